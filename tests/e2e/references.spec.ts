import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const entries = builtPages().filter((p) => /^\/entries\/[^/]+\/$/.test(p));

/**
 * The references block as Wikipedia sets it: "^ a b c", each back-link a target of at least 24 × 24 px
 * (WCAG 2.5.8) whose accessible name contains the letter it shows (WCAG 2.5.3), and the spot a jump lands on
 * highlighted.
 */
for (const path of entries) {
  test(`${path}: back-links are spaced 24 px targets named with their letter`, async ({ page }) => {
    await page.goto(path);
    const links = page.locator('.references .backrefs a');
    const n = await links.count();
    expect(n).toBeGreaterThanOrEqual(3);
    const seen = await links.evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        const visible = [...a.childNodes]
          .filter((c) => !(c instanceof HTMLElement && (c.classList.contains('visually-hidden') || c.hidden)))
          .map((c) => c.textContent)
          .join('')
          .trim();
        const group = a.closest('.backrefs')!.cloneNode(true) as HTMLElement;
        for (const hidden of group.querySelectorAll('.visually-hidden')) hidden.remove();
        return { width: r.width, height: r.height, visible, group: group.textContent.replace(/\s+/g, ' ').trim() };
      }),
    );
    expect(seen).toHaveLength(n);
    for (const [i, s] of seen.entries()) {
      expect(s.width, `back-link ${i} width`).toBeGreaterThanOrEqual(24);
      expect(s.height, `back-link ${i} height`).toBeGreaterThanOrEqual(24);
      if (s.visible === '^') await expect(links.nth(i)).toHaveAccessibleName('Jump up to the citation');
      else {
        expect(s.visible).toMatch(/^[a-z]{1,2}$/);
        // The name contains, and ends with, the letter the link shows.
        await expect(links.nth(i)).toHaveAccessibleName(`Jump up to citation ${s.visible}`);
        // "^ a b c": the letters stand apart, not run together as "abc".
        expect(s.group).toMatch(/^\^( [a-z]{1,2})+$/);
      }
    }
  });
}

test('jumping to a reference and back shows where the reader landed', async ({ page }) => {
  let checked = 0;
  for (const path of entries) {
    await page.goto(path);
    const multi = page.locator('.references li').filter({ has: page.locator('.backrefs a:nth-of-type(2)') });
    if (!(await multi.count())) continue;
    const li = multi.first();
    const id = await li.getAttribute('id');
    const cite = page.locator(`.prose a.cite[href="#${id}"]`).nth(1);
    await cite.click();
    await expect(li).toBeInViewport();
    const plain = await page
      .locator('.references li:not(:target)')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await li.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(plain);
    await li.locator('.backrefs a').nth(1).click();
    await expect(cite).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#${await cite.getAttribute('id')}$`));
    const citeBg = await cite.evaluate((el) => getComputedStyle(el).backgroundColor);
    const otherBg = await page
      .locator('.prose a.cite:not(:target)')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(citeBg).not.toBe(otherBg);
    checked++;
    break;
  }
  expect(checked).toBe(1);
});
