import { expect, test } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { builtPages, distFile, readPage, walkCoverage } from './site.ts';

const pages = builtPages();

test('the no-JavaScript walk covers every built page, one per entry among them', () => {
  const { entries, expected, total } = walkCoverage(pages);
  expect(expected).toBeGreaterThan(0);
  expect(entries).toBe(expected);
  expect(total).toBeGreaterThan(entries);
});

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

test.describe('internal links and #anchors, read from dist/', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) ids.set(path, new Set([...readPage(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(path)!;
  };
  for (const path of pages) {
    test(`${path}: every internal link and #anchor resolves`, () => {
      const broken: string[] = [];
      let internal = 0;
      for (const [, href] of readPage(path).matchAll(/\shref="([^"]+)"/g)) {
        if (!href || /^(https?:|mailto:)/.test(href)) continue;
        internal++;
        const url = new URL(href.replaceAll('&amp;', '&'), `http://127.0.0.1:4321${path}`);
        const target = decodeURIComponent(url.pathname);
        // The preview server serves dist/ as it is: a link resolves when its file is there.
        if (!existsSync(distFile(target)) || !statSync(distFile(target)).isFile()) {
          broken.push(`${href} (no file for ${target})`);
          continue;
        }
        if (url.hash && target.endsWith('/')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idsOf(target).has(id)) broken.push(`${href} (no element with id "${id}")`);
        }
      }
      // Every page has the site's navigation, so a page with no internal link was not read.
      expect(internal).toBeGreaterThan(5);
      expect(broken).toEqual([]);
    });
  }
});
