import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, distFile } from './site.ts';

/** Readers type and paste addresses without the trailing slash; every page answers at both. */
const pages = builtPages().filter((p) => p !== '/' && p.endsWith('/'));

const heading = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();

for (const path of pages) {
  test(`${path.slice(0, -1)} (no slash) serves ${path}`, async ({ request }) => {
    const expected = heading(readFileSync(distFile(path), 'utf8'));
    expect(expected).toBeTruthy();
    const res = await request.get(path.slice(0, -1));
    expect(res.status()).toBe(200);
    expect(heading(await res.text())).toBe(expected);
  });
}

test('a slashless search address keeps its query and shows results', async ({ page }) => {
  await page.goto('/search?q=dmz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.locator('#search-input')).toHaveValue('dmz');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('an address that names nothing still gets the 404 page, slash or not', async ({ request }) => {
  for (const path of ['/entries/no-such-entry', '/entries/no-such-entry/']) {
    const res = await request.get(path);
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain('Page not found');
  }
});
