/**
 * Search cost in a real Chromium, as GitHub issue 14 asks: for a query typed on a cold page (a fresh browser
 * context that has loaded the page but fetched no index yet), the bytes and requests from the moment the reader
 * focuses the search box (ours starts loading Pagefind then) or opens the search dialog (Starlight) until the
 * results are shown and the network is idle, and the time from the input event to the first result of that
 * query in the DOM, less the site's debounce. Then the same for a second, different query on the same page.
 *
 * Each site is served by a small static server that sends what a static host sends: text gzipped, Pagefind's
 * already-compressed files (.pf_meta, .pf_index, .pf_fragment, .pagefind) as they are. It counts the response
 * bodies it sends, so the count does not depend on what the browser reports.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, systemChromium } from '../lib/chromium.ts';
import type { BenchQuery } from './corpus.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};
/** Pagefind writes these gzipped already (and decompresses them itself); a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_meta|pf_index|pf_fragment|pagefind)$/;
const TEXT = /\.(html|js|mjs|css|json|svg|xml|txt)$/;

export interface Fetched {
  path: string;
  status: number;
  bytes: number;
}

export interface StaticSite {
  url: string;
  /** Requests answered since the last reset, with the body bytes sent. */
  log: Fetched[];
  reset: () => void;
  /** Resolves once no request has been open for `quietMs`. */
  idle: (quietMs?: number) => Promise<void>;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string): Promise<StaticSite> {
  const root = resolve(dir);
  const cache = new Map<string, { body: Buffer; encoding?: string }>();
  let log: Fetched[] = [];
  let open = 0;
  let last = performance.now();
  const server: Server = createServer((req, res) => {
    open++;
    res.on('close', () => {
      open--;
      last = performance.now();
    });
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, normalize(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      log.push({ path: pathname, status: 404, bytes: 0 });
      res.writeHead(404).end();
      return;
    }
    let sent = cache.get(file);
    if (!sent) {
      const raw = readFileSync(file);
      sent = TEXT.test(file) && !PRECOMPRESSED.test(file) ? { body: gzipSync(raw), encoding: 'gzip' } : { body: raw };
      cache.set(file, sent);
    }
    // The browser asks for the favicon again whenever the address changes (our page keeps the query in it):
    // browser chrome, not search, so it is served but not counted.
    if (!/^\/favicon\./.test(pathname)) log.push({ path: pathname, status: 200, bytes: sent.body.length });
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': sent.body.length,
      // As GitHub Pages sends it.
      'Cache-Control': 'max-age=600',
      ...(sent.encoding && { 'Content-Encoding': sent.encoding }),
    });
    res.end(sent.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get log() {
      return log;
    },
    reset: () => (log = []),
    idle: async (quietMs = 500) => {
      while (open > 0 || performance.now() - last < quietMs) await new Promise((ok) => setTimeout(ok, 50));
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** How the bench drives one site's search. */
export interface SearchSite {
  name: string;
  dist: string;
  /** The page the reader searches from. */
  path: string;
  debounceMs: number;
  /** Where the debounce figure comes from, for the report. */
  debounceSource: string;
  input: string;
  /** A CSS selector that matches once a result of the current query is in the DOM. */
  result: string;
  /** Waits until the page can take a query (scripts run, UI mounted). */
  ready: (page: Page) => Promise<void>;
  /** What the reader does before typing: focus the box, or open the dialog. */
  open: (page: Page) => Promise<void>;
}

/**
 * Our /search/ page: it debounces input (the delay is read from src/scripts/search.ts, which another change may
 * retune) and starts loading Pagefind when the box gets focus. Results are `#search-results > li`.
 */
export function peninsulaSite(dist: string): SearchSite {
  const code = readFileSync('src/scripts/search.ts', 'utf8');
  const found =
    /addEventListener\(\s*'input'[\s\S]*?setTimeout\([\s\S]*?\},\s*(\d+)\s*\)/.exec(code)?.[1] ??
    /DEBOUNCE\w*\s*=\s*(\d+)/.exec(code)?.[1];
  return {
    name: 'Peninsula',
    dist,
    path: '/search/',
    debounceMs: Number(found ?? 120),
    debounceSource: found ? 'src/scripts/search.ts' : 'assumed: no debounce found in src/scripts/search.ts',
    input: '#search-input',
    result: '#search-results > li',
    ready: async (page) => {
      await page.locator('#search-input').waitFor();
    },
    open: (page) => page.focus('#search-input'),
  };
}

/**
 * Starlight's search: a dialog opened by the search button, holding Pagefind's Default UI, which Starlight
 * mounts when the browser is idle after load and which loads pagefind.js on focus of its input. A result is
 * shown once its link is in the DOM (until a result's data arrives the UI shows a placeholder without one).
 */
export function starlightSite(dist: string, debounce: { ms: number; source: string }): SearchSite {
  return {
    name: 'Starlight',
    dist,
    path: '/',
    debounceMs: debounce.ms,
    debounceSource: debounce.source,
    input: '#starlight__search input.pagefind-ui__search-input',
    result: '#starlight__search .pagefind-ui__result a.pagefind-ui__result-link',
    ready: async (page) => {
      await page.locator('button[data-open-modal]:not([disabled])').waitFor();
      await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor({ state: 'attached' });
    },
    open: (page) => page.click('button[data-open-modal]'),
  };
}

export interface QueryCost {
  query: string;
  bytes: number;
  requests: number;
  /** From the input event to the first result in the DOM, less the debounce. */
  ms: number;
  /** The same with the debounce: what the reader waits after typing. */
  msFromInput: number;
  /** The status line (ours) or Pagefind UI's message once the network is idle. */
  status: string;
  files: Fetched[];
}

export interface SearchRun {
  site: string;
  kind: BenchQuery['kind'];
  rep: number;
  first: QueryCost;
  next: QueryCost;
  /** Index requests made before the reader touched search: should be none on a cold page. */
  beforeOpen: Fetched[];
}

declare global {
  interface Window {
    __bench?: { input: number; shown: number };
  }
}

/** Arms the page for one query: the next input event starts the clock, the next matching node stops it. */
async function arm(page: Page, result: string) {
  await page.evaluate((selector) => {
    const state = { input: 0, shown: 0 };
    window.__bench = state;
    document.addEventListener('input', () => (state.input ||= performance.now()), { capture: true, once: true });
    const observer = new MutationObserver((records) => {
      if (!state.input) return;
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node instanceof Element && node.isConnected && (node.matches(selector) || node.querySelector(selector))) {
            state.shown = performance.now();
            observer.disconnect();
            return;
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, result);
}

async function typeQuery(page: Page, site: SearchSite, server: StaticSite, query: string, before?: () => Promise<void>) {
  await arm(page, site.result);
  server.reset();
  await before?.();
  await page.fill(site.input, query);
  await page.waitForFunction(() => (window.__bench?.shown ?? 0) > 0, undefined, { timeout: 120_000, polling: 50 });
  await server.idle();
  const { input, shown } = (await page.evaluate(() => window.__bench))!;
  const status = await page
    .locator(site.name === 'Starlight' ? '#starlight__search .pagefind-ui__message' : '#search-status')
    .first()
    .textContent();
  const files = [...server.log];
  return {
    query,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    requests: files.length,
    ms: Math.round(shown - input - site.debounceMs),
    msFromInput: Math.round(shown - input),
    status: (status ?? '').trim(),
    files,
  } satisfies QueryCost;
}

/** One measurement: a fresh context, the page loaded, the first query on the cold page, then the next one. */
export async function measureSearch(
  browser: Browser,
  site: SearchSite,
  server: StaticSite,
  q: BenchQuery,
  rep: number,
): Promise<SearchRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    server.reset();
    await page.goto(`${server.url}${site.path}`, { waitUntil: 'networkidle' });
    await site.ready(page);
    await server.idle();
    const beforeOpen = server.log.filter((f) => /\/(pagefind|search-names)\//.test(f.path));
    const first = await typeQuery(page, site, server, q.first, () => site.open(page));
    const next = await typeQuery(page, site, server, q.next);
    for (const cost of [first, next]) {
      // Both sites name the query in their status line; a line without it may mean the wrong results were timed.
      if (!cost.status.toLowerCase().includes(cost.query)) {
        console.warn(`\n${site.name}: status “${cost.status}” after “${cost.query}” does not name the query`);
      }
    }
    return { site: site.name, kind: q.kind, rep, first, next, beforeOpen };
  } finally {
    await context.close();
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...(systemChromium && { executablePath: systemChromium }), args: CHROMIUM_ARGS });
}
