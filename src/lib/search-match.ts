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

/** A normalized name without its spaces: "Kim Jong Un" and "kimjongun" are the same name. */
export const compact = (s: string) => s.replace(/ /g, '');

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

/** Whether `words` appear among `name`'s words in the same order (not necessarily next to each other). */
function inOrder(words: readonly string[], name: readonly string[]): boolean {
  let at = 0;
  for (const word of name) if (word === words[at]) at++;
  return at === words.length;
}

/**
 * Scores one title or alias against the query; 0 when it does not match. A correction is only ever word by
 * word: each misspelt word must be close to one word of the name, and a word of three letters or fewer is
 * never changed, so "kim jong il" is not corrected into "Kim Jong-un" (another person) although the two
 * names differ by two letters.
 */
export function scoreName(query: string, name: string): TokenScore {
  return scoreNormalized(normalizeQuery(query), normalizeQuery(name));
}

function scoreNormalized(q: string, n: string): TokenScore {
  if (!q || !n) return { score: 0, corrected: false };
  if (q === n || compact(q) === compact(n)) return { score: 100, corrected: false };
  if (q.length >= 3 && (n.startsWith(q) || compact(n).startsWith(compact(q)))) return { score: 80, corrected: false };
  const qTokens = q.split(' ');
  const nTokens = n.split(' ');
  // Words run together or apart ("nucleartests", "kaesong industrialcomplex"), with at most one slip besides.
  if (qTokens.length !== nTokens.length && compact(q).length >= 6 && editDistance(compact(q), compact(n)) <= 1) {
    return { score: 90, corrected: true };
  }
  let sum = 0;
  let corrected = false;
  let whole = qTokens.length === nTokens.length;
  for (const token of qTokens) {
    const s = scoreToken(token, nTokens);
    if (s.score === 0) return { score: 0, corrected: false };
    sum += s.score;
    corrected ||= s.corrected;
    whole &&= s.score !== 0.85;
  }
  // The whole name, with a word or two misspelt ("sunshine polcy"): as good as a one-word correction.
  if (whole && corrected) return { score: 90, corrected: true };
  // Every word typed is a word of the name, in order ("2000 summit" → "2000 inter-Korean summit"): the
  // student named this entry, in short; enough to put it first if no other name fits as well.
  if (qTokens.length >= 2 && inOrder(qTokens, nTokens)) return { score: 62, corrected: false };
  // Every query word matched: prefer names the query covers most fully ("sunshine" → Sunshine Policy, not a longer title).
  return { score: 50 * (sum / qTokens.length) + 10 * Math.min(1, qTokens.length / nTokens.length), corrected };
}

/**
 * Each entry's names, normalized once: the search page matches every query against the same loaded names,
 * and normalizing (Unicode decomposition and a regular expression per name) was most of a match's time.
 */
const normalizedCache = new WeakMap<SearchName, string[]>();
function normalizedNames(entry: SearchName): string[] {
  let names = normalizedCache.get(entry);
  if (!names) normalizedCache.set(entry, (names = entry.names.map(normalizeQuery)));
  return names;
}

/** Entries whose titles or aliases match the query, best first, one row per entry. */
export function matchNames(query: string, entries: readonly SearchName[], limit = 5): NameMatch[] {
  const q = normalizeQuery(query);
  const matches: NameMatch[] = [];
  for (const entry of entries) {
    let best: NameMatch | undefined;
    const normalized = normalizedNames(entry);
    for (const [i, name] of entry.names.entries()) {
      const { score, corrected } = scoreNormalized(q, normalized[i]!);
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
 * The entry whose whole title or alias the query contains ("liaison office demolished" → Inter-Korean Liaison
 * Office, by its alias "Liaison office"), when exactly one longest such name exists. Used only when the
 * query as typed finds little: a student who adds a word the pages do not use should still reach the entry.
 */
export function containedName(query: string, entries: readonly SearchName[]): NameMatch | undefined {
  const words = normalizeQuery(query).split(' ');
  const padded = ` ${words.join(' ')} `;
  let found: NameMatch[] = [];
  let longest = 0;
  for (const entry of entries) {
    for (const name of entry.names) {
      const n = normalizeQuery(name);
      const size = n ? n.split(' ').length : 0;
      // One short word ("war", "kim") says too little to stand for the query.
      if (!size || size >= words.length || (size === 1 && n.length < 5) || !padded.includes(` ${n} `)) continue;
      if (size > longest) [found, longest] = [[], size];
      if (size === longest && !found.some((m) => m.url === entry.url))
        found.push({ url: entry.url, title: entry.title, name, score: 60, corrected: false });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Endings that make one word of two spellings: "reunion"/"reunions", "study"/"studies", "demolish"/"demolished". */
const ENDINGS = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'e', 'y', 'ies', 'ied', 'er', 'ers', 'al', 'ly']);

function sameWord(word: string, text: string): boolean {
  if (text.startsWith(word)) return true;
  let common = 0;
  while (common < word.length && word[common] === text[common]) common++;
  return common >= 3 && ENDINGS.has(word.slice(common)) && ENDINGS.has(text.slice(common));
}

/**
 * Whether the pages found hold every word of the query as typed, or with another ending ("reunions" in a page
 * that says "reunion"). Pagefind quietly drops a word it does not know ("agreed framwork" finds the pages that
 * say "agreed") and matches an unknown word by its known parts or a near spelling ("jaesong" finds "Jae",
 * "armistise" finds "armistice"), so its result count alone cannot say whether the query was understood; only
 * a query that was not may be corrected.
 */
export function wordsFound(query: string, texts: readonly string[]): boolean {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  const vocabulary = [...new Set(texts.flatMap((t) => normalizeQuery(t).split(' ')))];
  return words.every((word) => vocabulary.some((v) => sameWord(word, v)));
}
