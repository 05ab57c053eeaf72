import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, distFile } from './site.ts';

const pages = builtPages();

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of pages) {
    test(`${path} reads: a heading, text and working navigation`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'A–Z index' })).toBeVisible();
      expect((await page.getByRole('main').innerText()).length).toBeGreaterThan(80);
    });
  }

  test('the header search form still leads somewhere useful', async ({ page }) => {
    await page.goto('/entries/korean-war/');
    const box = page.getByRole('banner').getByRole('searchbox');
    await box.fill('kaesong');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=kaesong$/);
    await page.getByRole('main').getByRole('link', { name: 'A–Z index' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A–Z index');
  });
});

test('every internal link and #anchor in the built site resolves', async ({ request }) => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) {
      const html = readFileSync(distFile(path), 'utf8');
      ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    return ids.get(path)!;
  };
  const broken: string[] = [];
  const checked = new Set<string>();
  for (const path of pages) {
    const html = readFileSync(distFile(path), 'utf8');
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), `http://site.invalid${path}`);
      const target = url.pathname;
      if (!checked.has(target)) {
        checked.add(target);
        const res = await request.get(target);
        if (res.status() !== 200) broken.push(`${path} → ${href} (${res.status()})`);
      }
      if (url.hash && target.endsWith('/') && !/\.(css|js|svg|xml)$/.test(target)) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) broken.push(`${path} → ${href} (no element with id "${id}")`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(5);
});
