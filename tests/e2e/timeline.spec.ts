import { expect, test } from '@playwright/test';
import { titleWords } from '../../src/lib/timeline.ts';

/** One event recorded by several entries is listed once (src/lib/timeline.ts, `sameEvent`, defines "one event"). */
test('no event is listed twice, and an event several entries record links them all', async ({ page }) => {
  await page.goto('/timeline/');
  const items = await page.locator('.timeline li').evaluateAll((lis) =>
    lis.map((li) => ({
      date: li.querySelector('time')!.getAttribute('datetime')!,
      title: li.querySelector('.event-title')!.textContent.trim(),
      entries: [...li.querySelectorAll('.event-entries a')].map((a) => a.getAttribute('href')!),
    })),
  );
  expect(items.length).toBeGreaterThan(20);
  const byDay = new Map<string, typeof items>();
  for (const item of items)
    if (/^\d{4}-\d{2}-\d{2}$/.test(item.date)) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);
  const twice: string[] = [];
  for (const [date, day] of byDay)
    for (const [i, a] of day.entries())
      for (const b of day.slice(i + 1)) {
        // Two records of one entry are two happenings (src/lib/timeline.ts): the entry itself lists them apart.
        if (a.entries.some((e) => b.entries.includes(e))) continue;
        const shared = [...titleWords(a.title)].filter((w) => titleWords(b.title).has(w));
        if (shared.length) twice.push(`${date}: “${a.title}” / “${b.title}” (${shared.join(', ')})`);
      }
  expect(twice).toEqual([]);
  for (const item of items) expect(new Set(item.entries).size).toBe(item.entries.length);
  expect(items.filter((i) => i.entries.length > 1).length).toBeGreaterThan(0);
});

test('on a desktop the eras sit beside the events; with scripts off every event is listed', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/');
  const nav = await page.getByRole('navigation', { name: 'Eras' }).boundingBox();
  const events = await page.locator('.timeline').first().boundingBox();
  expect(nav!.x + nav!.width).toBeLessThanOrEqual(events!.x);
  expect(events!.width).toBeGreaterThan(700);
  const count = await page.locator('.timeline li').count();
  expect(count).toBeGreaterThan(20);
  await expect(page.locator('.timeline li:visible')).toHaveCount(count);
  await context.close();
});
