import { compact, normalizeQuery } from './search-match.ts';

/**
 * The names index behind the search page's alias and spelling matching: every entry's title and aliases,
 * split into shards that a query fetches by its own words. Pure, so the build writes it and the browser reads
 * it with the same functions, and tests pin both sides.
 *
 * Why this shape: a shard per fixed prefix (say the first two letters) grows linearly with the corpus, so the
 * first query gets slower as the encyclopedia grows. Here the lookup words are sorted and cut into runs of at
 * most `capacity` names, as a B-tree cuts its leaves, so a shard stays the same size at 100 entries or 10,000;
 * only the manifest, one short separator per shard, grows (a few bytes per hundred names). Sorted runs keep a
 * word next to the words that share its beginning, which is what prefix matching and most typos need. A
 * second run over the reversed words finds a word whose first letters are wrong ("jaesong" → Kaesong): a
 * single slip leaves either the start or the end of a word intact.
 */

/** One entry: its slug, its title, then its aliases. */
export type NameRecord = [slug: string, title: string, ...aliases: string[]];

/** The manifest the search page loads first: where each shard's words begin, and the words too common to index. */
export interface NameManifest {
  /** Shard i of the words as written holds the words from forward[i] up to forward[i + 1]. */
  forward: string[];
  /** The same over reversed words. */
  backward: string[];
  /** Words in so many names that they tell names apart poorly ("korea", "treaty"); not looked up. */
  common: string[];
}

export interface NameIndex {
  manifest: NameManifest;
  /** Shard file name (without .json) → the records of its words. */
  shards: Map<string, NameRecord[]>;
}

/** The lookup keys of a title or alias: its words and the whole name run together ("kimjongun"). */
export function nameKeys(name: string): string[] {
  const n = normalizeQuery(name);
  if (!n) return [];
  return [...new Set([...n.split(' '), compact(n)])];
}

const reverse = (s: string) => [...s].reverse().join('');

export const shardFile = (tree: 'f' | 'b', index: number) => `${tree}-${index}`;

/** The shortest beginning of `next` that sorts after `previous`: the separator a lookup compares against. */
function separator(previous: string, next: string): string {
  const chars = [...next];
  for (let length = 1; length <= chars.length; length++) {
    const prefix = chars.slice(0, length).join('');
    if (prefix > previous) return prefix;
  }
  return next;
}

/** Cuts sorted keys into consecutive runs of at most `capacity` weight (a single heavier key gets a run of its own). */
function runs(keys: readonly string[], weight: (key: string) => number, capacity: number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let total = 0;
  for (const key of keys) {
    const w = weight(key);
    if (current.length && total + w > capacity) {
      out.push(current);
      [current, total] = [[], 0];
    }
    current.push(key);
    total += w;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Builds the index. `capacity` bounds the names per shard; a word in more than `commonAt` names goes in the
 * manifest's common list instead (its names are still found by their other words and their whole form).
 */
export function buildNameIndex(records: readonly NameRecord[], { capacity = 48, commonAt = 24 } = {}): NameIndex {
  const postings = new Map<string, Set<number>>();
  records.forEach((record, i) => {
    for (const name of record.slice(1)) {
      for (const key of nameKeys(name)) postings.set(key, (postings.get(key) ?? new Set()).add(i));
    }
  });
  const common = [...postings].filter(([, ids]) => ids.size > commonAt).map(([key]) => key);
  for (const key of common) postings.delete(key);
  const shards = new Map<string, NameRecord[]>();
  const tree = (name: 'f' | 'b', turn: (key: string) => string) => {
    const byTurned = new Map([...postings.keys()].map((key) => [turn(key), key]));
    const ids = (turned: string) => postings.get(byTurned.get(turned)!)!;
    const cut = runs([...byTurned.keys()].sort(), (k) => ids(k).size, capacity);
    cut.forEach((members, i) => {
      const inRun = new Set(members.flatMap((k) => [...ids(k)]));
      shards.set(
        shardFile(name, i),
        [...inRun].sort((x, y) => x - y).map((id) => records[id]!),
      );
    });
    // The first run starts at the beginning ("" sorts before every word).
    return cut.map((members, i) => (i === 0 ? '' : separator(cut[i - 1]!.at(-1)!, members[0]!)));
  };
  const forward = tree('f', (k) => k);
  const backward = tree('b', reverse);
  return { manifest: { forward, backward, common: common.sort() }, shards };
}

/**
 * The shards a key falls in: the run it sorts into, and the next one when that also begins with the key
 * (a fragment typed so far, "sunsh", whose words continue past the end of its run).
 */
export function shardsFor(key: string, separators: readonly string[]): number[] {
  let low = 0;
  let high = separators.length - 1;
  // The last separator that sorts at or before the key.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (separators[mid]! <= key) low = mid;
    else high = mid - 1;
  }
  const next = separators[low + 1];
  return next?.startsWith(key) ? [low, low + 1] : [low];
}

/**
 * The shard files a query needs. `fuzzy` adds the reversed-word shards of words long enough to be corrected,
 * for when the query as typed found little.
 */
export function shardsForQuery(query: string, manifest: NameManifest, { fuzzy = false } = {}): string[] {
  if (!manifest.forward.length) return [];
  const common = new Set(manifest.common);
  const keys = nameKeys(query).filter((key) => !common.has(key));
  const files = keys.flatMap((key) => shardsFor(key, manifest.forward).map((i) => shardFile('f', i)));
  if (fuzzy) {
    for (const key of keys) {
      if ([...key].length >= 4) files.push(...shardsFor(reverse(key), manifest.backward).map((i) => shardFile('b', i)));
    }
  }
  return [...new Set(files)];
}
