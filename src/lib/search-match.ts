import { editDistance } from './suggest.ts';

/**
 * Matching a student's query against entry titles and aliases: what Pagefind cannot do (synonyms, typo
 * tolerance; its issues #777 and #2). Pure and small, so the search page can run it in the browser on a
 * names list loaded on demand, and tests can pin its behaviour.
 */
export interface SearchName {
  /** The entry's URL path. */
  url: string;
  title: string;
  /** Title first, then aliases. */
  names: string[];
}

export interface NameMatch {
  url: string;
  title: string;
  /** The title or alias that matched best. */
  name: string;
  score: number;
  /** True when the match needed spelling correction (a "did you mean"). */
  corrected: boolean;
}

/** Lowercase, no diacritics (Kaesŏng → kaesong), punctuation as spaces; Hangul is kept whole. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (s: string) => s.replace(/ /g, '');

/** Edits allowed for a word of this length: none for short words, where a typo is usually another word. */
const tolerance = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

interface TokenScore {
  score: number;
  corrected: boolean;
}

function scoreToken(q: string, tokens: string[]): TokenScore {
  let best: TokenScore = { score: 0, corrected: false };
  for (const t of tokens) {
    if (t === q) return { score: 1, corrected: false };
    if (q.length >= 3 && t.startsWith(q)) best = best.score >= 0.85 ? best : { score: 0.85, corrected: false };
    const allowed = tolerance(Math.min(q.length, t.length));
    if (allowed && Math.abs(q.length - t.length) <= allowed && best.score < 0.7) {
      if (editDistance(q, t) <= allowed) best = { score: 0.7, corrected: true };
    }
  }
  return best;
}

/** Scores one title or alias against the query; 0 when it does not match. */
export function scoreName(query: string, name: string): TokenScore {
  const q = normalizeQuery(query);
  const n = normalizeQuery(name);
  if (!q || !n) return { score: 0, corrected: false };
  if (q === n || compact(q) === compact(n)) return { score: 100, corrected: false };
  const whole = tolerance(compact(q).length);
  if (whole && editDistance(compact(q), compact(n)) <= whole) return { score: 90, corrected: true };
  if (q.length >= 3 && (n.startsWith(q) || compact(n).startsWith(compact(q)))) return { score: 80, corrected: false };
  const qTokens = q.split(' ');
  const nTokens = n.split(' ');
  let sum = 0;
  let corrected = false;
  for (const token of qTokens) {
    const s = scoreToken(token, nTokens);
    if (s.score === 0) return { score: 0, corrected: false };
    sum += s.score;
    corrected ||= s.corrected;
  }
  // Every query word matched: prefer names the query covers most fully ("sunshine" → Sunshine Policy, not a longer title).
  return { score: 50 * (sum / qTokens.length) + 10 * Math.min(1, qTokens.length / nTokens.length), corrected };
}

/** Entries whose titles or aliases match the query, best first, one row per entry. */
export function matchNames(query: string, entries: readonly SearchName[], limit = 5): NameMatch[] {
  const matches: NameMatch[] = [];
  for (const entry of entries) {
    let best: NameMatch | undefined;
    for (const name of entry.names) {
      const { score, corrected } = scoreName(query, name);
      if (score > 0 && (!best || score > best.score)) best = { url: entry.url, title: entry.title, name, score, corrected };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score || a.title.length - b.title.length).slice(0, limit);
}

/**
 * The entry to put first, if one clearly stands out: an exact or corrected title/alias match that scores
 * above every other entry. A tie ("kim" → three Kims) leaves the order to full-text ranking.
 */
export function bestEntry(matches: readonly NameMatch[]): NameMatch | undefined {
  const [first, second] = matches;
  if (!first || first.score < 60) return undefined;
  if (second && second.score >= first.score) return undefined;
  return first;
}

/**
 * Names are split into small shards by the first two characters of each word (one for Hangul, where a
 * syllable is already distinctive), so a query loads only the shards of its own words: a few kilobytes
 * whether the site has thirty entries or ten thousand. A typo in a word's first two letters is the price.
 */
export function shardKey(word: string): string {
  const chars = [...word];
  const prefix = /[\uac00-\ud7af]/.test(chars[0] ?? '') ? chars.slice(0, 1) : chars.slice(0, 2);
  return prefix.map((c) => c.codePointAt(0)!.toString(36)).join('-');
}

/**
 * Every shard a name belongs to: one per distinct word prefix, plus its whole compacted form. A query loads
 * the same shards of itself, which covers "nucleartest" → "Nuclear tests" as well as word matches.
 */
export function nameShards(name: string): string[] {
  const n = normalizeQuery(name);
  if (!n) return [];
  return [...new Set([...n.split(' ').map(shardKey), shardKey(compact(n))])];
}
