import { describe, expect, it } from 'vitest';
import { bestEntry, matchNames, type SearchName } from '../../../src/lib/search-match.ts';
import {
  buildNameIndex,
  nameKeys,
  shardsFor,
  shardsForQuery,
  type NameIndex,
  type NameRecord,
} from '../../../src/lib/search-names.ts';

const REAL: NameRecord[] = [
  ['kaesong-industrial-complex', 'Kaesong Industrial Complex', 'KIC', 'Kaesŏng', '개성공단'],
  ['kim-jong-il', 'Kim Jong-il', 'Kim Jong Il', '김정일'],
  ['kim-jong-un', 'Kim Jong-un', 'Kim Jong Un', '김정은'],
  ['sunshine-policy', 'Sunshine Policy', '햇볕정책'],
  ['inter-korean-liaison-office', 'Inter-Korean Liaison Office', 'Liaison office'],
];

/** A synthetic corpus: `n` entries named like real ones, each sharing a common head noun. */
function corpus(n: number): NameRecord[] {
  const syllables = 'ka ra sen dor mi lo vak tun hal ber nos ri gan pel zu mar'.split(' ');
  const heads = ['Treaty', 'Incident', 'Talks', 'Summit'];
  return Array.from({ length: n }, (_, i) => {
    const a = syllables[i % 16]!;
    const b = syllables[Math.floor(i / 16) % 16]!;
    const c = syllables[Math.floor(i / 256) % 16]!;
    const name = `${a}${b}${c}`.replace(/^./, (x) => x.toUpperCase());
    return [`e${i}`, `${name} ${heads[i % 4]!}`, `${name}${i}`] as NameRecord;
  });
}

/** What the search page does: fetch the query's shards from the index and match their names. */
function lookUp(index: NameIndex, query: string, fuzzy = false): SearchName[] {
  const files = shardsForQuery(query, index.manifest, { fuzzy });
  const records = files.flatMap((f) => index.shards.get(f) ?? []);
  return [
    ...new Map(records.map(([slug, title, ...aliases]) => [slug, { url: slug, title, names: [title, ...aliases] }])).values(),
  ];
}

describe('the names index', () => {
  it('finds every entry by its exact title, alias and Hangul name through the shards a query fetches', () => {
    const index = buildNameIndex([...REAL, ...corpus(600)], { capacity: 12 });
    let checked = 0;
    for (const [slug, ...names] of REAL) {
      for (const name of names) {
        expect(bestEntry(matchNames(name, lookUp(index, name)))?.url, name).toBe(slug);
        checked++;
      }
    }
    expect(checked).toBe(14);
  });

  it('keeps each shard bounded as the corpus grows, so a first query costs the same at 1,000 entries or 10,000', () => {
    const biggest = (n: number) => {
      const index = buildNameIndex(corpus(n), { capacity: 16 });
      return { shard: Math.max(...[...index.shards.values()].map((s) => JSON.stringify(s).length)), index };
    };
    const small = biggest(1000);
    const large = biggest(10000);
    expect(large.shard).toBeLessThanOrEqual(small.shard * 1.25);
    // The manifest grows, but by a separator per shard, not by a name per entry.
    expect(large.index.manifest.forward.length).toBeGreaterThan(small.index.manifest.forward.length);
    expect(JSON.stringify(large.index.manifest).length / 10000).toBeLessThan(8);
  });

  it('puts a word in too many names on the common list instead of in a shard', () => {
    const index = buildNameIndex(corpus(400), { capacity: 16, commonAt: 24 });
    expect(index.manifest.common).toEqual(['incident', 'summit', 'talks', 'treaty']);
    expect(shardsForQuery('treaty', index.manifest)).toEqual([]);
  });

  it('finds a word whose first letter is wrong in the reversed-word shards, fetched only when asked for', () => {
    const index = buildNameIndex([...REAL, ...corpus(2000)], { capacity: 12 });
    expect(shardsForQuery('jaesong', index.manifest).every((f) => f.startsWith('f-'))).toBe(true);
    const reversed = shardsForQuery('jaesong', index.manifest, { fuzzy: true }).filter((f) => f.startsWith('b-'));
    expect(reversed).toHaveLength(1);
    const found = index.shards
      .get(reversed[0]!)!
      .map(([slug, title, ...aliases]) => ({ url: slug, title, names: [title, ...aliases] }));
    expect(bestEntry(matchNames('jaesong', found))).toMatchObject({ url: 'kaesong-industrial-complex', corrected: true });
  });

  it('finds the run of a fragment typed so far, and the next run when the fragment continues into it', () => {
    const separators = ['', 'ka', 'kim', 'kimjongu', 'sun'];
    expect(shardsFor('kaesong', separators)).toEqual([1]);
    expect(shardsFor('kimjong', separators)).toEqual([2, 3]);
    expect(shardsFor('a', separators)).toEqual([0]);
    expect(shardsFor('zzz', separators)).toEqual([4]);
  });

  it('looks a name up by its words and by the whole name run together', () => {
    expect(nameKeys('Kim Jong-un')).toEqual(['kim', 'jong', 'un', 'kimjongun']);
    expect(nameKeys('개성공단')).toEqual(['개성공단']);
  });
});
