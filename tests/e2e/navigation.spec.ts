import { expect, test } from '@playwright/test';

test('a reader goes from the home page to the overview, follows a cross-reference to the Korean War and comes back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'North Korea–South Korea relations' }).first().click();
  await expect(page).toHaveURL(/\/entries\/north-korea-south-korea-relations\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Korea–South Korea relations');

  const xref = page.locator('.prose a.xref[href="/entries/korean-war/"]').first();
  await expect(xref).toBeVisible();
  await xref.click();
  await expect(page).toHaveURL(/\/entries\/korean-war\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korean War');
  // The war's entry lists the overview among the pages that link to it, with the sentence it does so in.
  const backlinks = page.getByRole('region', { name: 'What links here' });
  await expect(backlinks.getByRole('link', { name: 'North Korea–South Korea relations' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/entries\/north-korea-south-korea-relations\/$/);
});

test('citations in the text jump to the numbered reference and back', async ({ page }) => {
  await page.goto('/entries/korean-war/');
  const cite = page.locator('.prose a.cite').first();
  const target = await cite.getAttribute('href');
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const reference = page.locator(target!);
  await expect(reference).toBeInViewport();
  await expect(reference.getByRole('link').last()).toHaveAttribute('href', /^https?:\/\//);
});

test('an unknown address shows the 404 page with a way on', async ({ page }) => {
  const response = await page.goto('/entries/no-such-entry/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'A–Z index' })).toBeVisible();
});
