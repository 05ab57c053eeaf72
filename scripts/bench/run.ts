// `npm run bench`: builds synthetic corpora of 1,000 and 10,000 entries with the real pipeline and prints
// tables (and bench-out/results.json): build time, pages/s, peak memory, search indexing time, output size and
// entry-page weight; then search cost in Chromium at each size (GitHub issue 14: first and next query's bytes,
// requests and time after the debounce, for a title, a common word and a two-word phrase; see search.ts).
//
//   npm run bench -- 1000                   one size only (any number of sizes may be given)
//   npm run bench -- --peer starlight       also a Starlight site over the same corpus, measured interleaved
//   npm run bench -- --reps 5               repetitions of each search measurement (default 3)
//   npm run bench -- --no-search            build figures only
//   npm run bench -- --search-only          search only, reusing the builds left in bench-out/ where present
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { astroBuild, type BuildResult } from '../lib/astro-build.ts';
import { benchQueries, benchTitles, writeCorpus, type BenchQuery } from './corpus.ts';
import {
  launchBrowser,
  measureSearch,
  peninsulaSite,
  serveStatic,
  starlightSite,
  type SearchRun,
  type SearchSite,
  type StaticSite,
} from './search.ts';
import { buildStarlight, installStarlight, STARLIGHT_VERSION, starlightDebounce, writeStarlightProject } from './starlight.ts';

const { values: flags, positionals } = parseArgs({
  options: {
    peer: { type: 'string' },
    reps: { type: 'string', default: '3' },
    'no-search': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const sizes = positionals.map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 10000];
const REPS = Math.max(1, Number(flags.reps) || 3);
if (flags.peer !== undefined && flags.peer !== 'starlight') {
  console.error(`--peer ${flags.peer}: the only peer is starlight`);
  process.exit(2);
}
const PEER = flags.peer === 'starlight';
const SEARCH = !flags['no-search'];
const REUSE = flags['search-only'];
const OUT = resolve('bench-out');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node}: run the bench with \`npm run bench\`, which uses the project's Node 22`);
  process.exit(2);
}

interface BuildFigures {
  pages: number;
  buildSeconds: number;
  pagesPerSecond: number;
  peakMemoryMB: number;
  indexingSeconds: number;
  outputMB: number;
  outputFiles: number;
  /** Everything Pagefind wrote (dist/pagefind), in MB. */
  searchIndexMB: number;
}

interface Stat {
  median: number;
  min: number;
  max: number;
}

interface SearchSummary {
  site: string;
  kind: BenchQuery['kind'];
  first: { query: string; bytes: Stat; requests: Stat; ms: Stat; msFromInput: Stat };
  next: { query: string; bytes: Stat; requests: Stat; ms: Stat; msFromInput: Stat };
}

interface Result extends Partial<BuildFigures> {
  entries: number;
  /** True when --search-only reused an earlier build, whose figures are then not known. */
  reused?: boolean;
  entryPage?: { htmlRaw: number; htmlGzip: number; cssRaw: number; cssGzip: number; jsRaw: number; jsGzip: number };
  peer?: { site: 'starlight'; version: string; reused?: boolean } & Partial<BuildFigures>;
  search?: {
    reps: number;
    queries: BenchQuery[];
    debounce: Record<string, { ms: number; source: string }>;
    summary: SearchSummary[];
    /** Peninsula / Starlight, of the medians. */
    ratios?: { kind: BenchQuery['kind']; firstBytes: number; firstMs: number; nextBytes: number; nextMs: number }[];
    runs: SearchRun[];
  };
}

/** Resident memory of a process and all its descendants (the build spawns Pagefind), in kB. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const megabytes = (files: string[]) => +(files.reduce((s, f) => s + statSync(f).size, 0) / 1e6).toFixed(1);

function pageWeight(dist: string, slug: string) {
  const html = readFileSync(join(dist, 'entries', slug, 'index.html'), 'utf8');
  const size = (s: string | Buffer) => ({ raw: Buffer.byteLength(s), gz: gzipSync(s).length });
  const h = size(html);
  let css = { raw: 0, gz: 0 };
  let js = { raw: 0, gz: 0 };
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const s = size(readFileSync(join(dist, href!)));
    css = { raw: css.raw + s.raw, gz: css.gz + s.gz };
  }
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const s = size(readFileSync(join(dist, src!)));
    js = { raw: js.raw + s.raw, gz: js.gz + s.gz };
  }
  for (const [, code] of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    const s = size(code!);
    js = { raw: js.raw + s.raw, gz: js.gz + s.gz };
  }
  return { htmlRaw: h.raw, htmlGzip: h.gz, cssRaw: css.raw, cssGzip: css.gz, jsRaw: js.raw, jsGzip: js.gz };
}

/** Runs one build, sampling the memory of its process tree, and reads the figures off its output and `dist`. */
async function timedBuild(
  label: string,
  dist: string,
  /** Seconds Pagefind took, as the build reports it. */
  indexed: (output: string) => number,
  run: (onStart: (pid: number) => void) => Promise<BuildResult>,
): Promise<BuildFigures> {
  process.stdout.write(`building ${label}… `);
  let peak = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const started = performance.now();
  const build = await run((pid) => (timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 200)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  if (build.status !== 0) {
    console.error(`\n${label} build failed:\n${build.output.slice(-3000)}`);
    process.exit(1);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  const files = walk(dist);
  return {
    pages,
    buildSeconds: +seconds.toFixed(1),
    pagesPerSecond: +(pages / seconds).toFixed(1),
    peakMemoryMB: Math.round(peak / 1024),
    indexingSeconds: +indexed(build.output).toFixed(1),
    outputMB: megabytes(files),
    outputFiles: files.length,
    searchIndexMB: megabytes(walk(join(dist, 'pagefind'))),
  };
}

const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s.at(-1)! };
};

function summarise(runs: SearchRun[], sites: SearchSite[], queries: BenchQuery[]): SearchSummary[] {
  return sites.flatMap((site) =>
    queries.map((q) => {
      const mine = runs.filter((r) => r.site === site.name && r.kind === q.kind);
      const figures = (which: 'first' | 'next') => ({
        query: q[which],
        bytes: stat(mine.map((r) => r[which].bytes)),
        requests: stat(mine.map((r) => r[which].requests)),
        ms: stat(mine.map((r) => r[which].ms)),
        msFromInput: stat(mine.map((r) => r[which].msFromInput)),
      });
      return { site: site.name, kind: q.kind, first: figures('first'), next: figures('next') };
    }),
  );
}

/** Search cost at one size: every repetition runs each query kind on each site in turn, ours first. */
async function searchCost(sites: SearchSite[], queries: BenchQuery[]): Promise<NonNullable<Result['search']>> {
  const servers = new Map<string, StaticSite>();
  for (const site of sites) servers.set(site.name, await serveStatic(site.dist));
  const browser = await launchBrowser();
  const runs: SearchRun[] = [];
  try {
    // One unrecorded round first, so that neither site pays for a cold disk cache or browser start.
    for (const site of sites) await measureSearch(browser, site, servers.get(site.name)!, queries[0]!, 0);
    for (let rep = 1; rep <= REPS; rep++) {
      process.stdout.write(`search ${rep}/${REPS}… `);
      for (const q of queries) {
        for (const site of sites) {
          const run = await measureSearch(browser, site, servers.get(site.name)!, q, rep);
          if (run.beforeOpen.length) {
            console.warn(`\n${site.name} fetched ${run.beforeOpen.map((f) => f.path).join(', ')} before search was opened`);
          }
          runs.push(run);
        }
      }
    }
  } finally {
    await browser.close();
    for (const server of servers.values()) await server.close();
  }
  const summary = summarise(runs, sites, queries);
  const search: NonNullable<Result['search']> = {
    reps: REPS,
    queries,
    debounce: Object.fromEntries(sites.map((s) => [s.name, { ms: s.debounceMs, source: s.debounceSource }])),
    summary,
    runs,
  };
  if (sites.length > 1) {
    const ratio = (a: number, b: number) => +(a / b).toFixed(2);
    search.ratios = queries.map((q) => {
      const [ours, peer] = sites.map((s) => summary.find((x) => x.site === s.name && x.kind === q.kind)!);
      return {
        kind: q.kind,
        firstBytes: ratio(ours!.first.bytes.median, peer!.first.bytes.median),
        firstMs: ratio(ours!.first.ms.median, peer!.first.ms.median),
        nextBytes: ratio(ours!.next.bytes.median, peer!.next.bytes.median),
        nextMs: ratio(ours!.next.ms.median, peer!.next.ms.median),
      };
    });
  }
  return search;
}

const results: Result[] = [];
const save = () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
};
const starlightInstall = join(OUT, 'starlight');
if (PEER) installStarlight(starlightInstall);

for (const n of SIZES) {
  const corpus = join(OUT, `corpus-${n}`);
  const dist = join(OUT, `dist-${n}`);
  const peerProject = join(OUT, `starlight-${n}`);
  const peerDist = join(peerProject, 'dist');
  const reuse = REUSE && existsSync(join(corpus, 'entries')) && existsSync(join(dist, 'pagefind'));
  const titles = benchTitles(n);
  const result: Result = { entries: n };
  if (reuse) {
    result.reused = true;
    process.stdout.write(`${n} entries: reusing bench-out/dist-${n}… `);
  } else {
    process.stdout.write(`${n} entries: generating… `);
    writeCorpus(corpus, n);
    rmSync(join(OUT, `project-${n}`), { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    const indexed = (output: string) => Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? 0) / 1000;
    const figures = await timedBuild('Peninsula', dist, indexed, (onStart) =>
      astroBuild(corpus, dist, { projectCopy: join(OUT, `project-${n}`), onStart }),
    );
    Object.assign(result, figures);
    result.entryPage = pageWeight(dist, titles[41]!.toLowerCase().replace(/ /g, '-'));
  }
  if (PEER) {
    result.peer = { site: 'starlight', version: STARLIGHT_VERSION };
    if (reuse && existsSync(join(peerDist, 'pagefind'))) {
      result.peer.reused = true;
    } else {
      writeStarlightProject(corpus, peerProject, starlightInstall);
      // Starlight logs "in 420ms" or "in 1.20s".
      const indexed = (output: string) => {
        const [, value = '0', unit] = /Finished building search index in ([\d.]+)(ms|s)/.exec(output) ?? [];
        return Number(value) / (unit === 'ms' ? 1000 : 1);
      };
      const figures = await timedBuild('Starlight', peerDist, indexed, (onStart) => buildStarlight(peerProject, onStart));
      Object.assign(result.peer, figures);
    }
  }
  if (SEARCH) {
    const entryDir = join(corpus, 'entries');
    const files = readdirSync(entryDir).map((f) => readFileSync(join(entryDir, f), 'utf8'));
    const queries = benchQueries(files, titles);
    const sites = [peninsulaSite(dist)];
    if (PEER) sites.push(starlightSite(peerDist, starlightDebounce(starlightInstall)));
    result.search = await searchCost(sites, queries);
  }
  results.push(result);
  save();
  console.log('done');
}

const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const built = results.filter((r) => !r.reused);
if (built.length) {
  console.log(
    '\n| entries | pages | build s | pages/s | peak MB | index s | output MB | files | entry HTML+CSS gz | entry JS gz |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of built) {
    const page = r.entryPage!;
    console.log(
      `| ${r.entries} | ${r.pages} | ${r.buildSeconds} | ${r.pagesPerSecond} | ${r.peakMemoryMB} | ${r.indexingSeconds} | ${r.outputMB} | ${r.outputFiles} | ${kB(page.htmlGzip + page.cssGzip)} | ${kB(page.jsGzip)} |`,
    );
  }
  if (built.length > 1) {
    const [a, b] = [built[0]!, built.at(-1)!];
    const ratio = b.buildSeconds! / a.buildSeconds! / (b.entries / a.entries);
    console.log(
      `\nbuild time ${a.entries}→${b.entries}: ×${(b.buildSeconds! / a.buildSeconds!).toFixed(2)} for ×${b.entries / a.entries} entries (${ratio.toFixed(2)} of linear)`,
    );
  }
}
const peers = results.filter((r) => r.peer?.buildSeconds !== undefined);
if (peers.length) {
  console.log(`\nbuilds of the same corpus, Peninsula and Starlight ${STARLIGHT_VERSION}:\n`);
  console.log('| entries | site | pages | build s | pages/s | peak MB | index s | output MB | search index MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of peers) {
    for (const [site, f] of [
      ['Peninsula', r],
      ['Starlight', r.peer!],
    ] as const) {
      if (f.buildSeconds === undefined) continue;
      console.log(
        `| ${r.entries} | ${site} | ${f.pages} | ${f.buildSeconds} | ${f.pagesPerSecond} | ${f.peakMemoryMB} | ${f.indexingSeconds} | ${f.outputMB} | ${f.searchIndexMB} |`,
      );
    }
  }
}

const range = (s: Stat, show: (x: number) => string) =>
  s.min === s.max ? show(s.median) : `${show(s.median)} (${show(s.min)}–${show(s.max)})`;
const kb = (b: number) => (b / 1000).toFixed(1);
const int = (x: number) => String(Math.round(x));
for (const r of results) {
  if (!r.search) continue;
  const { search } = r;
  console.log(
    `\nsearch at ${r.entries} entries, median (range) of ${search.reps} runs, each in a fresh browser context. ` +
      'kB: response bodies as a static host sends them (text gzipped, Pagefind’s compressed files as they are), ' +
      'from focus (Peninsula) or opening the dialog (Starlight) until results are shown and the network is idle; ' +
      'ms after debounce: input event to the first result in the DOM, less the debounce ' +
      `(${Object.entries(search.debounce)
        .map(([site, d]) => `${site} ${d.ms} ms, from ${d.source}`)
        .join('; ')}); ms from input: the same with the debounce (median).`,
  );
  for (const q of search.queries) console.log(`- ${q.kind}: “${q.first}”, then “${q.next}” (${q.why})`);
  console.log(
    '\n| site | query | first query | kB | requests | ms after debounce | ms from input | next query | kB | requests | ms after debounce | ms from input |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of search.summary) {
    console.log(
      `| ${s.site} | ${s.kind} | ${s.first.query} | ${range(s.first.bytes, kb)} | ${range(s.first.requests, int)} | ${range(s.first.ms, int)} | ${int(s.first.msFromInput.median)} | ${s.next.query} | ${range(s.next.bytes, kb)} | ${range(s.next.requests, int)} | ${range(s.next.ms, int)} | ${int(s.next.msFromInput.median)} |`,
    );
  }
  if (search.ratios) {
    console.log('\nPeninsula / Starlight, of the medians (below 1: Peninsula costs less):\n');
    console.log('| query | first kB | first ms after debounce | next kB | next ms after debounce |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const x of search.ratios) {
      console.log(`| ${x.kind} | ${x.firstBytes} | ${x.firstMs} | ${x.nextBytes} | ${x.nextMs} |`);
    }
  }
}
console.log(`\nwritten to bench-out/results.json`);
