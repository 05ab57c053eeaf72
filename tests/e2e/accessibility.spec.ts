import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages, walkCoverage } from './site.ts';

const pages = builtPages();

test('the axe walk covers every built page, one per entry among them', () => {
  const { entries, expected, total } = walkCoverage(pages);
  expect(expected).toBeGreaterThan(0);
  expect(entries).toBe(expected);
  expect(total).toBeGreaterThan(entries);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the search page with results open has no violations', async ({ page }) => {
  await page.goto('/search/?q=kaesong');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard: skip link, then the header search, reach their targets', async ({ page }) => {
  await page.goto('/entries/korean-war/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.focus();
  await page.keyboard.type('sunshine');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results a.result-title').first()).toHaveText('Sunshine Policy');
});
