// `npm run bench`: builds synthetic corpora of 1,000 and 10,000 entries with the real pipeline and prints
// one table (and bench-out/results.json): build time, pages/s, peak memory, search indexing time, output
// size, entry-page weight and, on the largest build, search cost in Chromium. `-- 1000` runs one size only.
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuild } from '../lib/astro-build.ts';
import { CHROMIUM_ARGS, systemChromium } from '../lib/chromium.ts';
import { writeCorpus } from './corpus.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 10000];
const OUT = resolve('bench-out');

interface Result {
  entries: number;
  pages: number;
  buildSeconds: number;
  pagesPerSecond: number;
  peakMemoryMB: number;
  indexingSeconds: number;
  outputMB: number;
  outputFiles: number;
  entryPage: { htmlRaw: number; htmlGzip: number; cssRaw: number; cssGzip: number; jsRaw: number; jsGzip: number };
  search?: { coldBytes: number; coldMs: number; warmBytes: number; warmMs: number; query: string };
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

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

async function searchCost(dist: string, titles: string[]) {
  const server = createServer((req, res) => {
    let path = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    if (!existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((ok) => server.listen(4399, '127.0.0.1', ok));
  const browser = await chromium.launch({ ...(systemChromium && { executablePath: systemChromium }), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  let bytes = 0;
  // Bytes as a static host would send them: gzip for text, as-is for Pagefind's pre-compressed chunks.
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    bytes += /\.(pf_|pagefind)/.test(r.url()) ? body.length : gzipSync(body).length;
  });
  await page.goto('http://127.0.0.1:4399/search/', { waitUntil: 'networkidle' });
  const query = async (q: string) => {
    bytes = 0;
    const start = performance.now();
    await page.fill('#search-input', q);
    // Wait for this query's own status line: the previous query's results stay on screen until replaced.
    await page.locator('#search-status', { hasText: `for “${q}”` }).waitFor();
    await page.locator('#search-results > li').first().waitFor();
    const ms = performance.now() - start;
    await page.waitForLoadState('networkidle');
    await page.locator('#search-results > li').first().textContent();
    return { ms: Math.round(ms), bytes };
  };
  // A student looks up a topic by name: the middle entry's title, then another one.
  const target = titles[Math.floor(titles.length / 2)]!.toLowerCase();
  const cold = await query(target);
  await page.fill('#search-input', '');
  const warm = await query(titles[Math.floor(titles.length / 3)]!.toLowerCase());
  await browser.close();
  server.close();
  return { coldBytes: cold.bytes, coldMs: cold.ms, warmBytes: warm.bytes, warmMs: warm.ms, query: target };
}

const results: Result[] = [];
for (const n of SIZES) {
  const corpus = join(OUT, `corpus-${n}`);
  rmSync(join(OUT, `project-${n}`), { recursive: true, force: true });
  const dist = join(OUT, `dist-${n}`);
  process.stdout.write(`generating ${n} entries… `);
  const titles = writeCorpus(corpus, n);
  const typical = titles[41]!.toLowerCase().replace(/ /g, '-');
  rmSync(dist, { recursive: true, force: true });
  process.stdout.write('building… ');
  let peak = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const started = performance.now();
  const build = await astroBuild(corpus, dist, {
    projectCopy: join(OUT, `project-${n}`),
    onStart: (pid) => (timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 200)),
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  if (build.status !== 0) {
    console.error(build.output.slice(-3000));
    process.exit(1);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  const indexing = Number(/indexed \d+ pages in (\d+) ms/.exec(build.output)?.[1] ?? 0) / 1000;
  const files = walk(dist);
  const result: Result = {
    entries: n,
    pages,
    buildSeconds: +seconds.toFixed(1),
    pagesPerSecond: +(pages / seconds).toFixed(1),
    peakMemoryMB: Math.round(peak / 1024),
    indexingSeconds: +indexing.toFixed(1),
    outputMB: +(files.reduce((s, f) => s + statSync(f).size, 0) / 1e6).toFixed(1),
    outputFiles: files.length,
    entryPage: pageWeight(dist, typical),
  };
  if (n === Math.max(...SIZES)) result.search = await searchCost(dist, titles);
  results.push(result);
  console.log('done');
}

const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
console.log(
  '\n| entries | pages | build s | pages/s | peak MB | index s | output MB | files | entry HTML+CSS gz | entry JS gz |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.entries} | ${r.pages} | ${r.buildSeconds} | ${r.pagesPerSecond} | ${r.peakMemoryMB} | ${r.indexingSeconds} | ${r.outputMB} | ${r.outputFiles} | ${kB(r.entryPage.htmlGzip + r.entryPage.cssGzip)} | ${kB(r.entryPage.jsGzip)} |`,
  );
}
const last = results.at(-1)!;
if (last.search) {
  console.log(
    `\nsearch on ${last.entries} entries ("${last.search.query}"): first query ${kB(last.search.coldBytes)} fetched in ${last.search.coldMs} ms; next query ${kB(last.search.warmBytes)} in ${last.search.warmMs} ms`,
  );
}
if (results.length > 1) {
  const [a, b] = [results[0]!, results.at(-1)!];
  const ratio = b.buildSeconds / a.buildSeconds / (b.entries / a.entries);
  console.log(
    `build time ${a.entries}→${b.entries}: ×${(b.buildSeconds / a.buildSeconds).toFixed(2)} for ×${b.entries / a.entries} entries (${ratio.toFixed(2)} of linear)`,
  );
}
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to bench-out/results.json`);
