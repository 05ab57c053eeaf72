import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { builtPages } from './site.ts';

/**
 * Page-weight budgets on the real site (issue: performance). Bytes are what a reader downloads before
 * interacting, gzip-compressed as any static host serves them. Search and previews load on demand and
 * are excluded by construction: they are fetched only after a keypress, hover or focus.
 */
const BUDGET = { htmlCss: 25_000, js: 5_000 };
const ORIGIN = `http://127.0.0.1:${process.env.PENINSULA_PORT ?? 4321}`;

async function weigh(page: Page, path: string) {
  const bytes = { html: 0, css: 0, js: 0, other: 0 };
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== ORIGIN) foreign.push(req.url());
  });
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    const body = await res.body().catch(() => Buffer.alloc(0));
    const gz = gzipSync(body, { level: 6 }).length;
    if (type === 'document') bytes.html += gz;
    else if (type === 'stylesheet') bytes.css += gz;
    else if (type === 'script') bytes.js += gz;
    else bytes.other += gz;
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // Inline module scripts count as JavaScript, not as HTML.
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
  const inlineJs = inline.reduce((n, s) => n + gzipSync(s).length, 0);
  return { ...bytes, inlineJs, foreign };
}

test('a typical entry page stays within 25 kB of HTML+CSS and 5 kB of JavaScript (gzip)', async ({ page }) => {
  const w = await weigh(page, '/entries/korean-armistice-agreement/');
  console.log(`entry page gzip: html ${w.html} B, css ${w.css} B, js ${w.js} B (+${w.inlineJs} B inline, counted in html)`);
  expect(w.html + w.css).toBeLessThanOrEqual(BUDGET.htmlCss);
  expect(w.js + w.inlineJs).toBeLessThanOrEqual(BUDGET.js);
  expect(w.foreign).toEqual([]);
});

// One test per page: a walk of every page in one test would outgrow any timeout as the encyclopedia grows.
for (const path of builtPages().filter((p) => /^\/entries\/[^/]+\/$/.test(p))) {
  test(`${path} stays within the HTML+CSS budget`, async ({ page }) => {
    const w = await weigh(page, path);
    expect(w.html, 'the page arrived').toBeGreaterThan(1000);
    expect(w.html + w.css, path).toBeLessThanOrEqual(BUDGET.htmlCss);
  });
}

for (const path of builtPages()) {
  test(`${path} loads nothing from another origin and stays within the JavaScript budget`, async ({ page }) => {
    const w = await weigh(page, path);
    expect(w.html, 'the page arrived').toBeGreaterThan(500);
    expect(w.foreign, path).toEqual([]);
    expect(w.js + w.inlineJs, path).toBeLessThanOrEqual(path.startsWith('/search/') ? 8_000 : BUDGET.js);
  });
}

test('search fetches its index only when asked: nothing before typing', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await page.goto('/entries/korean-war/', { waitUntil: 'networkidle' });
  expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.includes('search-names'))).toEqual([]);
});
