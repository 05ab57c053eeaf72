/**
 * Deterministic synthetic corpora for `npm run bench`: N entries of realistic length (about 800 words),
 * with headings, a table, a footnote, three sources cited in the text, dated events and 8–15 cross-references
 * each, plus a few opinion pieces. Same N, same files, byte for byte (seeded PRNG), so runs are comparable.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_NAMES, TOPIC_NAMES } from '../../src/lib/taxonomy.ts';

const WORDS = (
  'agreement border talks ceasefire delegation envoy treaty summit inspection reactor sanctions committee ' +
  'statement ministry negotiation proposal aid shipment convoy family reunion factory workers wages harbour ' +
  'island patrol vessel artillery exercise alliance deterrence missile launch satellite engine warhead test ' +
  'province capital railway road bridge crossing village guard post tunnel mine survey census harvest famine ' +
  'market currency trade tariff ship cargo port customs embassy consulate parliament assembly party congress ' +
  'leader president premier minister general commander officer soldier veteran refugee defector journalist ' +
  'historian archive record document report resolution council panel inquiry witness testimony evidence ' +
  'the of and to in on with by for from after before during between under over against about across toward ' +
  'agreed announced rejected signed suspended resumed reopened closed demolished restored expanded reduced ' +
  'northern southern western eastern coastal inland military civilian economic political humanitarian formal'
).split(' ');

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ra sen dor mi lo vak tun hal ber nos ri gan pel zu mar tek sol yen dro bu ish om cha ki'.split(' ');
const HEADS = [
  'Agreement',
  'Incident',
  'Talks',
  'Zone',
  'Declaration',
  'Summit',
  'Island',
  'Policy',
  'Committee',
  'Crisis',
  'Treaty',
  'Railway',
  'Dam',
  'Port',
  'Accord',
  'Clash',
];

/**
 * Titles like real ones: a proper name and a head noun ("Vakdor Treaty"), unique per corpus. Proper names
 * are rare words, as place and person names are in a real encyclopedia; a corpus whose every title shared
 * the same words would make search and the name index look far worse than a real site's.
 */
export function benchTitles(count: number): string[] {
  const rand = prng(7);
  const seen = new Set<string>();
  const titles: string[] = [];
  while (titles.length < count) {
    const n = 2 + Math.floor(rand() * 2);
    const name = Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
    const title = `${name[0]!.toUpperCase()}${name.slice(1)} ${HEADS[Math.floor(rand() * HEADS.length)]}`;
    if (seen.has(title)) continue;
    seen.add(title);
    titles.push(title);
  }
  return titles;
}

export function writeCorpus(dir: string, count: number): string[] {
  const titles = benchTitles(count);
  const benchTitle = (i: number) => titles[i - 1]!;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'entries'), { recursive: true });
  mkdirSync(join(dir, 'opinion'), { recursive: true });
  const rand = prng(count);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = () => {
    // Mostly common words, with the odd proper name from elsewhere in the corpus, as real prose has.
    const words = Array.from({ length: int(10, 22) }, () =>
      rand() < 0.04 ? benchTitle(int(1, count)).split(' ')[0]! : pick(WORDS),
    );
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = (n = int(3, 5)) => Array.from({ length: n }, sentence).join(' ');

  for (let i = 1; i <= count; i++) {
    const links = new Set<number>();
    const want = int(8, 15);
    while (links.size < Math.min(want, count - 1)) {
      const j = int(1, count);
      if (j !== i) links.add(j);
    }
    const linkList = [...links];
    const withLinks = (text: string) => {
      const sentences = text.split('. ');
      const j = linkList.pop();
      if (j !== undefined) sentences[0] = `${sentences[0]} near [[${benchTitle(j)}]]`;
      const k = linkList.pop();
      if (k !== undefined && sentences.length > 1) sentences[1] = `${sentences[1]} and [[${benchTitle(k)}|the related case]]`;
      return sentences.join('. ');
    };
    const year = int(1946, 2024);
    const sections = ['Background', 'Course of events', 'Negotiations', 'Aftermath', 'Assessments'];
    let body = `${withLinks(paragraph())}[@source-1]\n\n`;
    for (const [s, heading] of sections.entries()) {
      body += `## ${heading}\n\n${withLinks(paragraph())}[@source-${(s % 3) + 1}]\n\n${withLinks(paragraph())}\n\n`;
      if (s === 1) {
        body += `| Year | Event | Outcome |\n| --- | --- | --- |\n`;
        for (let r = 0; r < 4; r++) body += `| ${year + r} | ${pick(WORDS)} ${pick(WORDS)} | ${pick(WORDS)} |\n`;
        body += '\n';
      }
      if (s === 2) body += `${sentence()}[^note]\n\n[^note]: ${sentence()}\n\n`;
    }
    while (linkList.length) body += `See also [[${benchTitle(linkList.pop()!)}]].\n\n`;
    const sources = [1, 2, 3]
      .map(
        (n) =>
          `  - id: source-${n}\n    title: Report ${i}-${n} on the ${pick(WORDS)} ${pick(WORDS)}\n    publisher: Bench Archive ${n}\n` +
          `    url: https://example.org/bench/${i}/${n}\n    accessed: "2026-11-24"`,
      )
      .join('\n');
    const events = [0, 1, 2]
      .map(
        (n) =>
          `  - date: "${year + n}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}"\n    title: The ${pick(WORDS)} ${pick(WORDS)} was ${pick(['signed', 'suspended', 'announced', 'resumed'])}`,
      )
      .join('\n');
    const file = `---
title: ${benchTitle(i)}
description: A synthetic entry for benchmarks, about the ${pick(WORDS)} ${pick(WORDS)} of ${year}. It has the length and structure of a real entry.
kind: ${pick(KIND_NAMES)}
topics: [${pick(TOPIC_NAMES)}]
aliases: [${benchTitle(i)
      .split(' ')
      .map((w) => w[0])
      .join('')}${i}]
events:
${events}
sources:
${sources}
lastReviewed: "2026-11-24"
---
${body}`;
    writeFileSync(join(dir, 'entries', `${benchTitle(i).toLowerCase().replace(/ /g, '-')}.mdx`), file);
  }
  for (let o = 1; o <= 3; o++) {
    writeFileSync(
      join(dir, 'opinion', `bench-opinion-${o}.mdx`),
      `---
title: Bench opinion ${o}
subtitle: A synthetic opinion piece for benchmarks.
author:
  name: Bench Author
  background: A synthetic author.
publication: Bench Review
published: "2025-0${o}-01"
url: https://example.org/bench/opinion/${o}
concerns: [${benchTitle(o)}]
summary: The author argues a synthetic case.
lastReviewed: "2026-11-24"
---
## The argument

${paragraph()} The author links [[${benchTitle(o + 1)}]].
`,
    );
  }
  return titles;
}

/** Words that make up sentences but that nobody searches for on their own. */
const FUNCTION_WORDS = new Set(
  'the of and to in on with by for from after before during between under over against about across toward'.split(' '),
);

export interface BenchQuery {
  kind: 'title' | 'word' | 'phrase';
  /** The query the bench types first on a cold page, and the different one it types next on the same page. */
  first: string;
  next: string;
  /** How it was chosen, for the report. */
  why: string;
}

/** An entry body as the words a reader sees: no frontmatter, links as their text, no citation or footnote marks. */
export function bodyText(file: string): string {
  return file
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]/g, (_, target: string, label?: string) => label ?? target)
    .replace(/\[@[^\]]+\]|\[\^[^\]]+\]:?/g, '');
}

/**
 * The three kinds of query the bench types, chosen from the corpus itself so that every size gets the same
 * kind of query: the title of the entry in the middle of the list (then the one a third of the way in), the
 * body word from WORDS found on the most entries (then the runner-up), and the two-word phrase of body words
 * found on the most entries (then the runner-up). Function words and the head nouns of titles are left out
 * of the word and the phrase, so they test full-text search rather than the title match. Ties go to the
 * alphabetically first, so the choice is the same on every run.
 */
export function benchQueries(entryFiles: Iterable<string>, titles: string[]): BenchQuery[] {
  const heads = new Set(HEADS.map((h) => h.toLowerCase()));
  const candidates = new Set(WORDS.filter((w) => !FUNCTION_WORDS.has(w) && !heads.has(w)));
  const wordPages = new Map<string, number>();
  const phrasePages = new Map<string, number>();
  let pages = 0;
  for (const file of entryFiles) {
    pages++;
    const words = new Set<string>();
    const phrases = new Set<string>();
    for (const sentence of bodyText(file)
      .toLowerCase()
      .split(/[.!?|\n]+/)) {
      const tokens = sentence.match(/[a-z]+/g) ?? [];
      for (const [i, t] of tokens.entries()) {
        if (!candidates.has(t)) continue;
        words.add(t);
        const u = tokens[i + 1];
        if (u !== undefined && candidates.has(u) && u !== t) phrases.add(`${t} ${u}`);
      }
    }
    for (const w of words) wordPages.set(w, (wordPages.get(w) ?? 0) + 1);
    for (const p of phrases) phrasePages.set(p, (phrasePages.get(p) ?? 0) + 1);
  }
  const top = (counts: Map<string, number>) =>
    [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).slice(0, 2) as [[string, number], [string, number]];
  const [w1, w2] = top(wordPages);
  const [p1, p2] = top(phrasePages);
  const mid = Math.floor(titles.length / 2);
  const third = Math.floor(titles.length / 3);
  return [
    {
      kind: 'title',
      first: titles[mid]!.toLowerCase(),
      next: titles[third]!.toLowerCase(),
      why: `titles of entries ${mid + 1} and ${third + 1} of ${titles.length}, lower-cased as typed`,
    },
    {
      kind: 'word',
      first: w1[0],
      next: w2[0],
      why: `the body words on the most entries (${w1[1]} and ${w2[1]} of ${pages})`,
    },
    {
      kind: 'phrase',
      first: p1[0],
      next: p2[0],
      why: `the two-word phrases on the most entries (${p1[1]} and ${p2[1]} of ${pages}), typed without quotes`,
    },
  ];
}
