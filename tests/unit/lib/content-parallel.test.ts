import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles, readDataFiles } from '../../../src/integrations/content-files.ts';
import { checkContent, type ContentFile } from '../../../src/lib/content-check.ts';
import { PARALLEL_FROM, workerCount } from '../../../src/lib/content/parallel.ts';

/*
 * A large corpus is shared between the main thread and worker threads (src/lib/content/parallel.ts). What a
 * reader or an editor gets must not depend on how many there were: the same pages, the same errors, in the
 * same order. Faults are spread over both shares, including ones decided across files (a duplicate slug, a
 * name clash, links to nowhere).
 */

const BROKEN = 'tests/fixtures/broken';

/** Every broken fixture's files under names of their own, so that all the faults sit in one corpus. */
function brokenFiles(): ContentFile[] {
  const out: ContentFile[] = [];
  for (const fault of readdirSync(BROKEN, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(BROKEN, fault.name), { recursive: true, encoding: 'utf8' })) {
      const collection = name.split('/')[0];
      if (!name.endsWith('.mdx') || (collection !== 'entries' && collection !== 'opinion')) continue;
      out.push({
        collection,
        path: `content/${collection}/${fault.name}-${basename(name)}`,
        text: readFileSync(join(BROKEN, fault.name, name), 'utf8'),
      });
    }
  }
  return out;
}

const real = readContentFiles('content');
const dataFiles = readDataFiles('content');
const broken = brokenFiles();
// The first real entry again at the end: the original is in the main thread's share, the copy in a worker's.
const corpus = [...real, ...broken, { ...real[0]!, path: real[0]!.path.replace(/([^/]+\.mdx)$/, 'later/$1') }];

const check = (workers: number) => checkContent(corpus, { contentRoot: 'content', dataFiles, workers });
// Structured clone keeps `undefined` fields that were never set; JSON compares what a page can read.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('a corpus checked in parallel', () => {
  const serial = check(0);

  it('holds faults in every share, decided across files too', () => {
    expect(real.length).toBeGreaterThan(70);
    expect(broken.length).toBeGreaterThanOrEqual(35);
    const errors = serial.diagnostics.filter((d) => d.severity === 'error');
    expect(new Set(errors.map((d) => d.file)).size).toBeGreaterThanOrEqual(35);
    expect(errors.some((d) => d.message.includes('has the same URL slug'))).toBe(true);
    expect(errors.some((d) => d.message.includes('matches no entry'))).toBe(true);
    expect(serial.entries.filter((e) => e.compiled).length).toBeGreaterThan(70);
  });

  it.each([1, 2])('gives the same model, errors and compiled pages with %i worker thread(s)', (workers) => {
    const parallel = check(workers);
    expect(parallel.diagnostics.length).toBe(serial.diagnostics.length);
    expect(plain(parallel.diagnostics)).toEqual(plain(serial.diagnostics));
    expect(plain(parallel.entries)).toEqual(plain(serial.entries));
    expect(plain(parallel.opinions)).toEqual(plain(serial.opinions));
    expect(plain([...parallel.graph.backlinks])).toEqual(plain([...serial.graph.backlinks]));
    expect(parallel.index.names).toEqual(serial.index.names);
  });
});

describe('workerCount', () => {
  it('starts no thread for a corpus too small to gain from one, and never more than the cores allow', () => {
    expect(workerCount(PARALLEL_FROM - 1)).toBe(0);
    expect(workerCount(76)).toBe(0);
    expect(workerCount(10_000)).toBe(Math.min(availableParallelism() - 1, 3));
    expect(workerCount(10, 2)).toBe(2);
  });
});
