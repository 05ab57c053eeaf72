import { expect, test, type Page } from '@playwright/test';

/**
 * What a student sees for queries the landed search got wrong (issue 14), and what each first query costs:
 * the cite block and page chrome are not searched, five results come first, and filter data is fetched only
 * when the reader opens the filters.
 */
const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.locator('#search-status');
const correction = (page: Page) => page.locator('#search-correction');
/** The number in the status line: "42 results for …". */
const count = async (page: Page) => Number(/^(\d+) results?/.exec((await status(page).textContent()) ?? '')?.[1] ?? 0);

test('“Kim Jong Il” finds Kim Jong-il, and is not corrected into Kim Jong-un', async ({ page }) => {
  await page.goto('/search/?q=Kim%20Jong%20Il');
  await expect(results(page).first().locator('a.result-title')).toHaveText('Kim Jong-il');
  await expect(status(page)).toContainText('for “Kim Jong Il”');
  await expect(correction(page)).toBeHidden();
  expect(await count(page)).toBeGreaterThanOrEqual(10);
});

test('“Cheonan”, a word on many pages, is searched as typed, not corrected to another spelling', async ({ page }) => {
  await page.goto('/search/?q=Cheonan');
  await expect(status(page)).toContainText('for “Cheonan”');
  await expect(correction(page)).toBeHidden();
  expect(await count(page)).toBeGreaterThanOrEqual(10);
  await expect(results(page).first().locator('a.result-title')).toHaveText('Cheonan sinking and Yeonpyeong bombardment');
});

test('“liaison office demolished” finds the office, and the pages with most of its words', async ({ page }) => {
  await page.goto('/search/?q=liaison%20office%20demolished');
  await expect(results(page).first().locator('a.result-title')).toHaveText('Inter-Korean Liaison Office');
  await expect(status(page)).toContainText('every word, the rest most of them');
  expect(await count(page)).toBeGreaterThanOrEqual(10);
  await expect(results(page)).toHaveCount(5);
});

test('a misspelt name that the pages do not use is corrected, and the reader is told', async ({ page }) => {
  await page.goto('/search/?q=kaesung');
  await expect(correction(page)).toContainText('Showing results for Kaesong');
  await expect(results(page).first().locator('a.result-title')).toHaveText('Kaesong Industrial Complex');
});

test('result snippets hold entry text only: no cite block, kicker or page actions', async ({ page }) => {
  await page.goto('/search/?q=korea');
  await expect(results(page)).toHaveCount(5);
  const snippets = await results(page).locator('> p').allTextContents();
  expect(snippets).toHaveLength(5);
  for (const text of snippets) expect(text).not.toMatch(/BibTeX|Encyclopedia entry|Copy citation|Edit this page|@misc/);
  await page.goto('/search/?q=bibtex');
  await expect(status(page)).toContainText('No results for “bibtex”');
});

test('five results come first; “More results” adds five and moves focus to the first new one', async ({ page }) => {
  await page.goto('/search/?q=korea');
  await expect(results(page)).toHaveCount(5);
  expect(await count(page)).toBeGreaterThan(10);
  const more = page.getByRole('button', { name: 'More results' });
  await more.click();
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).nth(5).locator('a.result-title')).toBeFocused();
});

test('filter data is fetched only when the reader opens the filters, and then counts show', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  await page.locator('#search-input').fill('sunshine');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const filterFiles = () => fetched.filter((p) => p.startsWith('/pagefind/filter/'));
  expect(fetched.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(3);
  expect(filterFiles()).toEqual([]);
  await page.getByText('Filter by type, kind or topic').click();
  await expect(page.getByRole('radio', { name: /^Entries \(\d+\)$/ })).toBeVisible();
  expect(filterFiles().length).toBeGreaterThan(0);
});

test('arriving with a filter in the address opens the filters and applies it', async ({ page }) => {
  await page.goto('/search/?q=reconciliation&type=Opinion');
  await expect(page.locator('#search-filters')).toHaveAttribute('open', '');
  await expect(results(page).first().locator('.tag')).toHaveText('Opinion');
});

test('while the reader types, no result text is downloaded; the pause brings the first five', async ({ page }) => {
  const fragments: string[] = [];
  const chunks: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/fragment/')) fragments.push(path);
    if (path.startsWith('/pagefind/index/')) chunks.push(path);
  });
  await page.goto('/search/');
  const box = page.locator('#search-input');
  await box.focus();
  await page.waitForLoadState('networkidle');
  // The debounce runs on a clock the test holds, so "still typing" lasts as long as the test needs.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await box.fill('sunshine policy');
  await expect.poll(() => chunks.length).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(fragments).toEqual([]);
  await expect(results(page)).toHaveCount(0);
  await page.clock.runFor(500);
  await expect(results(page)).toHaveCount(5);
  await expect(status(page)).toContainText('for “sunshine policy”');
  await expect(results(page).first().locator('a.result-title')).toHaveText('Sunshine Policy');
  expect(new Set(fragments).size).toBe(5);
});
