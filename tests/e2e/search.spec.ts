import { expect, test } from '@playwright/test';

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

test('only article text is indexed: searching a navigation label finds no chrome', async ({ page }) => {
  await page.goto('/search/?q=skip');
  await expect(page.locator('#search-status')).toContainText(/No results|result/);
  for (const href of await page
    .locator('#search-results a.result-title')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/(entries|opinion)\//);
  }
});
