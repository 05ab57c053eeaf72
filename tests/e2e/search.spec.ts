import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { readPage, sourceEntries } from './site.ts';

test('a student searches "armistice" from the header and reaches the Korean Armistice Agreement', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.fill('armistice');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=armistice$/);
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const first = results.first().locator('a.result-title');
  await expect(first).toHaveText('Korean Armistice Agreement');
  await expect(results.first().locator('.tag')).toHaveText('Entry');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korean Armistice Agreement');
});

test('results can be filtered to opinion pieces, and the filter is kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=reconciliation');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await page.getByText('Filter by type, kind or topic').click();
  await page.getByRole('radio', { name: /^Opinion/ }).check();
  await expect(page).toHaveURL(/type=Opinion/);
  await expect(results.first().locator('.tag')).toHaveText('Opinion');
  for (const tag of await results.locator('> .tag').allTextContents()) expect(tag).toBe('Opinion');
  await page.getByRole('radio', { name: /^Entries/ }).check();
  await expect(results.first().locator('.tag')).toHaveText('Entry');
});

/**
 * Words that pages carry outside the indexed text: the skip link and footer on every page, the cite-this block
 * and "last modified" line on every entry. A content file may take one up, so only those no file uses (nor any
 * word sharing its stem, which Pagefind would match) are searched for.
 */
const CHROME_WORDS = ['skip', 'sourced', 'bibtex', 'retrieved', 'howpublished', 'encyclopedia'];

test('only article text is indexed: words of the page chrome find nothing, while article words do', async ({ page }) => {
  const sources = [
    ...sourceEntries().map((e) => e.source),
    ...readdirSync('content/opinion').map((f) => readFileSync(`content/opinion/${f}`, 'utf8')),
  ].map((s) => s.toLowerCase());
  const stem = (w: string) => (w.length < 5 ? `\\b${w}\\b` : `\\b${w.slice(0, -2)}`);
  const chromeOnly = CHROME_WORDS.filter((w) => !sources.some((s) => new RegExp(stem(w)).test(s)));
  expect(chromeOnly.length).toBeGreaterThanOrEqual(3);
  const entry = readPage('/entries/korean-war/').toLowerCase();
  for (const word of chromeOnly) expect(entry).toContain(word);

  // Pagefind matches an unknown word by its known parts ("retrieved" finds "re-armament"), so a result may
  // come back; what must not is a result whose text holds the chrome word itself.
  for (const word of chromeOnly) {
    await page.goto(`/search/?q=${word}&exact=1`);
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^(No results|\\d+ results?) for “${word}”`));
    const shown = await page.locator('#search-results').innerText();
    expect(shown.toLowerCase()).not.toContain(word);
  }
  // The same page finds words of the text, so the silence above is not a broken search.
  await page.goto('/search/?q=armistice&exact=1');
  await expect(page.locator('#search-results a.result-title').first()).toBeVisible();
  const hrefs = await page.locator('#search-results a.result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThanOrEqual(5);
  for (const href of hrefs) expect(href).toMatch(/^\/(entries|opinion)\/[^/]+\/(\?highlight=[^/]*)?$/);
});
