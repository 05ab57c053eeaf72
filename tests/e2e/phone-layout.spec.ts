import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();

/**
 * On a phone no page scrolls sideways: wide tables scroll inside their own box, which is named (by its
 * caption) and focusable so the keyboard can scroll it too. Checked at 390 px and at 320 px on every page.
 */
for (const path of pages) {
  test(`${path} does not scroll sideways at 390 or 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `page wider than ${width} px`).toBe(0);
      // Tables folded away (a chart's data table in a closed <details>) take no width until opened.
      const tables = page.locator('main table:visible');
      const n = await tables.count();
      const boxes = page.locator('main .table-scroll:visible');
      await expect(boxes).toHaveCount(n);
      for (let i = 0; i < n; i++) {
        const box = boxes.nth(i);
        await expect(box).toHaveAttribute('role', 'region');
        await expect(box).toHaveAttribute('tabindex', '0');
        await expect(box).toHaveAccessibleName(/\S/);
        expect((await box.boundingBox())!.width).toBeLessThanOrEqual(width);
        await expect(box.locator('th[scope="col"]').first()).toBeAttached();
      }
    }
  });
}

test('a wide table scrolls in its box with the arrow keys, the page staying put', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  let found = false;
  for (const path of pages.filter((p) => p.startsWith('/entries/'))) {
    await page.goto(path);
    const wide = page.locator('main .table-scroll').filter({ has: page.locator('table') });
    for (let i = 0; i < (await wide.count()); i++) {
      const box = wide.nth(i);
      const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (!scrolls) continue;
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
      found = true;
      break;
    }
    if (found) break;
  }
  expect(found, 'no entry has a table wider than a 320 px screen').toBe(true);
});
