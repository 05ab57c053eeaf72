import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, distFile, isEntryPage, readPage, walkCoverage } from './site.ts';

/**
 * Page-weight budgets on the real site (issue: performance). Bytes are what a reader downloads before
 * interacting, gzip-compressed as any static host serves them. Search and previews load on demand and
 * are excluded by construction: they are fetched only after a keypress, hover or focus.
 *
 * One test per page, so the walk grows with the site without a single timeout over all of it.
 */
const BUDGET = { htmlCss: 25_000, js: 5_000, searchJs: 8_000 };
const pages = builtPages();
const gz = (s: string | Buffer) => gzipSync(s, { level: 6 }).length;

test('the walks cover every built page, one per entry among them', () => {
  const { entries, expected, total } = walkCoverage(pages);
  expect(expected).toBeGreaterThan(0);
  expect(entries).toBe(expected);
  expect(total).toBeGreaterThan(entries);
});

/** HTML and the stylesheets it links, from the files in dist/: no browser is needed to weigh them. */
function htmlCssBytes(path: string) {
  const html = readPage(path);
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return { html: gz(html), sheets, css: sheets.reduce((n, href) => n + gz(readFileSync(distFile(href))), 0) };
}

test.describe('HTML+CSS budget, from dist/', () => {
  for (const path of pages.filter(isEntryPage)) {
    test(`${path} stays within ${BUDGET.htmlCss / 1000} kB of HTML+CSS (gzip)`, () => {
      const w = htmlCssBytes(path);
      // A page that lost its stylesheet would weigh less and pass: it must have one.
      expect(w.sheets.length, path).toBeGreaterThanOrEqual(1);
      expect(w.css, path).toBeGreaterThan(0);
      expect(w.html + w.css, path).toBeLessThanOrEqual(BUDGET.htmlCss);
    });
  }
});

/** Everything the page fetches up to network idle, by origin and type, gzip-compressed. */
async function load(page: Page, path: string) {
  const seen = { document: 0, stylesheet: 0, script: 0 };
  const foreign: string[] = [];
  let js = 0;
  // The preview server's origin, wherever the config puts it: anything else is another site.
  const origin = new URL(test.info().project.use.baseURL!).origin;
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== origin) foreign.push(req.url());
  });
  const bodies: Promise<void>[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type === 'document' || type === 'stylesheet' || type === 'script') seen[type]++;
    if (type === 'script')
      bodies.push(
        res.body().then(
          (b) => void (js += gz(b)),
          () => undefined,
        ),
      );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(bodies);
  // Inline module scripts count as JavaScript.
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
  return { seen, foreign, js: js + inline.reduce((n, s) => n + gz(s), 0) };
}

test.describe('every page in a browser', () => {
  for (const path of pages) {
    test(`${path} loads nothing from another origin and stays within the JavaScript budget`, async ({ page }) => {
      const w = await load(page, path);
      // The listeners saw the page and its own files, so an empty foreign list means something.
      expect(w.seen.document, path).toBe(1);
      expect(w.seen.stylesheet, path).toBeGreaterThanOrEqual(1);
      expect(w.js, path).toBeGreaterThan(0);
      expect(w.foreign, path).toEqual([]);
      expect(w.js, path).toBeLessThanOrEqual(path.startsWith('/search/') ? BUDGET.searchJs : BUDGET.js);
    });
  }
});

test('search fetches its index only when asked: nothing before typing, the index after', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  const index = () => fetched.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search-names/'));
  await page.goto(pages.find(isEntryPage)!, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(fetched.length).toBeGreaterThan(1);
  expect(index()).toEqual([]);
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.fill('korea');
  await box.press('Enter');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  expect(index().some((p) => p.startsWith('/pagefind/'))).toBe(true);
});
