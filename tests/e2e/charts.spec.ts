import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations } from './axe.ts';
import { builtPages, distFile } from './site.ts';

/**
 * Charts drawn from content/data/ (issue 13, "Figures from data"), on every built page that has one: each is a
 * named, described image, follows the theme, and keeps its data in a table with a row per point and its sources.
 */
interface DataFile {
  title: string;
  points: unknown[];
  sources: unknown[];
}
const dataset = (id: string) => parse(readFileSync(`content/data/${id}.yaml`, 'utf8')) as DataFile;

/** Pages with charts, and the dataset ids each shows, read from the built HTML so new charts are covered. */
const chartPages = builtPages()
  .map((path) => ({
    path,
    ids: [...readFileSync(distFile(path), 'utf8').matchAll(/<div class="chart" id="chart-([a-z0-9-]+)"/g)].map((m) => m[1]!),
  }))
  .filter((p) => p.ids.length);

test('the site has charts on at least four entry pages', () => {
  expect(chartPages.filter((p) => p.path.startsWith('/entries/')).length).toBeGreaterThanOrEqual(4);
});

const fill = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).fill);

for (const { path, ids } of chartPages) {
  test.describe(path, () => {
    test('each chart is a named, described image with a table of every point and its sources', async ({ page }) => {
      await page.goto(path);
      for (const id of ids) {
        const data = dataset(id);
        const chart = page.locator(`#chart-${id}`);
        const image = chart.getByRole('img');
        await expect(image).toBeVisible();
        await expect(image).toHaveAccessibleName(data.title);
        await expect(image).toHaveAccessibleDescription(/figures for \d+ years|dated points/);
        await expect(chart.locator('figcaption')).toContainText(data.title);
        // The table is after the figure, not inside it (a <details> in a <figure> is invalid HTML).
        await expect(chart.locator('figure details')).toHaveCount(0);
        const details = chart.locator(':scope > details');
        await expect(details).toHaveCount(1);
        await details.locator('summary').click();
        const table = details.getByRole('table', { name: data.title });
        await expect(table).toBeVisible();
        await expect(table.locator('tbody > tr')).toHaveCount(data.points.length);
        await expect(table.locator('tbody th[scope="row"]')).toHaveCount(data.points.length);
        await expect(details.locator('ol.chart-sources > li')).toHaveCount(data.sources.length);
        await expect(details.locator('ol.chart-sources a[href^="http"]')).toHaveCount(data.sources.length);
      }
    });

    test('charts follow the theme: colours differ between light and dark', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const marks = (await page.locator('.chart-bar').count()) ? '.chart-bar' : '.chart-dot';
      const light = { mark: await fill(page, marks), text: await fill(page, '.chart-tick') };
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = { mark: await fill(page, marks), text: await fill(page, '.chart-tick') };
      expect(light.mark).toMatch(/^rgb/);
      expect(dark.mark).not.toBe(light.mark);
      expect(dark.text).not.toBe(light.text);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`no axe violations with the data tables open, ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const summaries = page.locator('.chart-data > summary');
        await expect(summaries).toHaveCount(ids.length);
        for (const summary of await summaries.all()) await summary.click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('at 390 px each chart and its open table fit the screen (wide tables scroll inside their box)', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(path);
      for (const id of ids) {
        const chart = page.locator(`#chart-${id}`);
        const svg = await chart.locator('svg').boundingBox();
        expect(svg!.width).toBeGreaterThan(300);
        await chart.locator('summary').click();
        // Other content of the page (older wide tables) is not the chart's to judge: measure the chart alone.
        const right = await chart.evaluate((el) =>
          Math.max(...[el, ...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
        );
        const inside = await chart.locator('.table-scroll').evaluate((el) => el.getBoundingClientRect().right);
        expect(inside).toBeLessThanOrEqual(390);
        expect(svg!.x + svg!.width).toBeLessThanOrEqual(390);
        // Cells beyond the edge are only inside the scrolling box, never widen the chart itself.
        const outside = await chart.evaluate(
          (el) =>
            [...el.querySelectorAll('*')].filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > 390.5)
              .length,
        );
        expect(outside, `elements of #chart-${id} past the right edge (rightmost at ${right})`).toBe(0);
      }
    });
  });
}
