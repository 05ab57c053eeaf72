import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { sourceEntries } from './site.ts';

/** The map of the peninsula on the overview entry (reader-experience issue: "Map of the peninsula"). */
const OVERVIEW = '/entries/north-korea-south-korea-relations/';
const PLACES = ['Seoul', 'Pyongyang', 'Kaesong', 'Panmunjom (JSA)', 'Mount Kumgang', 'Yeonpyeong Island', 'Baengnyeong Island'];

test('the overview shows the map as a named image with a legend, a credit and a text alternative', async ({ page }) => {
  await page.goto(OVERVIEW);
  const map = page.getByRole('img', { name: /Map of the Korean peninsula/ });
  await expect(map).toBeVisible();
  await expect(map).toHaveAccessibleName(/Military Demarcation Line.*DMZ.*Northern Limit Line/);
  const figure = page.locator('.peninsula-map');
  await expect(figure.locator('figcaption')).toContainText('Natural Earth');
  await expect(figure.locator('figcaption')).toContainText('NLL (approximate) after');
  await expect(figure.locator('.map-legend')).toContainText('Northern Limit Line (approximate)');

  const description = figure.locator('details.map-description');
  await description.locator('summary').click();
  const places = description.locator('ul.map-places > li');
  await expect(places).toHaveCount(PLACES.length);
  for (const [i, place] of PLACES.entries()) await expect(places.nth(i)).toContainText(`${place} (`);
  await expect(places.locator('[lang="ko"]')).toHaveCount(PLACES.length);
  const lines = description.locator('ul.map-lines > li');
  await expect(lines.nth(0)).toContainText('Military Demarcation Line (MDL)');
  await expect(lines.nth(1)).toContainText('Demilitarized Zone (DMZ)');
  await expect(lines.nth(2)).toContainText('Northern Limit Line (NLL, approximate)');
});

test('an entry without `map: true` has no map, though its text is there', async ({ page }) => {
  // Any entry that neither asks for the map in its frontmatter nor places it in its body.
  const plain = sourceEntries().find((e) => !/^map:\s*true\s*$/m.test(e.source) && !e.source.includes('<PeninsulaMap'));
  expect(plain, 'an entry without the map').toBeDefined();
  await page.goto(`/entries/${plain!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('.prose p').count()).toBeGreaterThan(0);
  await expect(page.locator('.prose p').first()).toBeVisible();
  await expect(page.locator('figure.peninsula-map')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('the overview with the map, its description open, has no axe violations', async ({ page }) => {
      await page.goto(OVERVIEW);
      await page.locator('details.map-description summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the map fits the screen and the page does not scroll sideways', async ({ page }) => {
    await page.goto(OVERVIEW);
    const box = await page.getByRole('img', { name: /Map of the Korean peninsula/ }).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    expect(box!.height).toBeGreaterThan(box!.width * 0.5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
