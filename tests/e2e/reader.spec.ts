import { expect, test } from '@playwright/test';
import { builtPages, isEntryPage, sourceEntries } from './site.ts';

const ENTRY = '/entries/korean-armistice-agreement/';

test.describe('cross-reference previews', () => {
  test('mouse: hovering a cross-reference shows its title, kind and lede without moving the text', async ({ page }) => {
    await page.goto(ENTRY);
    const link = page.locator('.prose p a.xref[href="/entries/korean-war/"]').first();
    const before = await page.locator('.prose').boundingBox();
    await link.hover();
    const preview = page.locator('#xref-preview');
    await expect(preview).toBeVisible();
    await expect(preview.locator('.xref-title')).toHaveText('Korean War');
    await expect(preview.locator('.xref-kind')).toHaveText('Event');
    await expect(preview).toContainText('1950');
    expect(await page.locator('.prose').boundingBox()).toEqual(before);
    await page.mouse.move(0, 0);
    await expect(preview).toBeHidden();
  });

  test('keyboard: focusing a cross-reference describes it, Escape closes, Enter follows', async ({ page }) => {
    await page.goto(ENTRY);
    const link = page.locator('.prose p a.xref[href="/entries/korean-war/"]').first();
    await link.focus();
    const preview = page.locator('#xref-preview');
    await expect(preview).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'xref-preview');
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/entries\/korean-war\/$/);
  });

  test.describe('touch', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    test('first tap previews, a second tap follows the link', async ({ page }) => {
      await page.goto(ENTRY);
      const link = page.locator('.prose p a.xref[href="/entries/korean-war/"]').first();
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      const preview = page.locator('#xref-preview');
      await expect(preview).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${ENTRY}$`));
      await expect(preview.getByRole('link', { name: 'Read “Korean War”' })).toBeVisible();
      await link.tap();
      await expect(page).toHaveURL(/\/entries\/korean-war\/$/);
    });
  });
});

test.describe('table of contents', () => {
  test('wide screens: open beside the text, and it follows the reader down the page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ENTRY);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc).toBeVisible();
    const first = toc.getByRole('link').first();
    const target = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target!)).toBeInViewport();
    await page.mouse.wheel(0, 3000);
    await expect(toc).toBeInViewport();
  });

  test('phones: folded until opened', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(ENTRY);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc).toBeHidden();
    await page.locator('details.toc summary').click();
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link', { name: 'References' })).toBeVisible();
  });
});

test.describe('contents box on every entry page', () => {
  test.use({ javaScriptEnabled: false });
  const entries = builtPages().filter(isEntryPage);

  test('is checked on one page per entry', () => {
    expect(entries.length).toBe(sourceEntries().length);
    expect(entries.length).toBeGreaterThan(0);
  });

  for (const path of entries) {
    test(`${path}: each contents link goes to a heading on the page and reads exactly as it does`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const bodyHeadings = await page.locator('.prose :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
      const links = await page
        .getByRole('navigation', { name: 'Contents' })
        .getByRole('link')
        .evaluateAll((as) => {
          const text = (n: Node | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim();
          return (as as HTMLAnchorElement[]).map((a) => {
            const heading = document.getElementById(decodeURIComponent(a.hash.slice(1)));
            return { href: a.getAttribute('href'), link: text(a), heading: text(heading), tag: heading?.tagName };
          });
        });
      // The box is shown for three sections or more (src/components/Toc.astro); without it there are fewer.
      if (!links.length) {
        expect(bodyHeadings.length).toBeLessThanOrEqual(2);
        return;
      }
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const { href, link, heading, tag } of links) {
        expect(tag, href!).toMatch(/^H[23]$/);
        expect(heading, href!).toBe(link);
        expect(link, href!).toBeTruthy();
      }
      // Every section of the text is listed.
      expect(links.map((l) => l.href)).toEqual(expect.arrayContaining(bodyHeadings.map((id) => `#${id}`)));
    });
  }
});

test('citations: each reference links back to every place that cites it', async ({ page }) => {
  await page.goto(ENTRY);
  const refs = page.locator('.references li');
  expect(await refs.count()).toBeGreaterThanOrEqual(3);
  const back = refs.first().locator('.backrefs a').first();
  const href = await back.getAttribute('href');
  await back.click();
  await expect(page.locator(href!)).toBeInViewport();
  await expect(page.locator(href!)).toHaveText('[1]');
});

test('cite this page offers four styles with the stable URL and copies them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ENTRY);
  await page.getByText('Cite this page').click();
  const box = page.locator('.cite-this');
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX'])
    await expect(box.locator(`pre[data-style="${style}"]`)).toContainText('korean-armistice-agreement');
  await box.getByRole('button', { name: 'Copy BibTeX' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{peninsula-korean-armistice-agreement,');
});

test('timeline filters by topic and by kind, keeping the choice in the URL', async ({ page }) => {
  await page.goto('/timeline/');
  const events = page.locator('.timeline li');
  const all = await events.count();
  expect(all).toBeGreaterThan(50);
  await page.locator('#timeline-filters select[name="kind"]').selectOption('person');
  await expect(page).toHaveURL(/kind=person/);
  const people = await page.locator('.timeline li:visible').count();
  expect(people).toBeGreaterThan(0);
  expect(people).toBeLessThan(all);
  // An event several entries record is shown when any of them is of the kind.
  for (const kinds of await page
    .locator('.timeline li:visible')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.kinds!.split(' '))))
    expect(kinds).toContain('person');
  await page.locator('#timeline-filters select[name="kind"]').selectOption('');
  await page.locator('#timeline-filters select[name="topic"]').selectOption('sanctions');
  const sanctioned = await page
    .locator('.timeline li:visible')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.topics));
  expect(sanctioned.length).toBeGreaterThan(0);
  expect(sanctioned.length).toBeLessThan(all);
  for (const topics of sanctioned) expect(topics).toContain('sanctions');
  await page.reload();
  await expect(page.locator('#timeline-filters select[name="topic"]')).toHaveValue('sanctions');
});

test('theme: the switch changes the colours, survives a reload and shows no flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ENTRY);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click();
  await expect(toggle).toHaveText('Theme: light');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: dark');
  const dark = await bg();
  expect(dark).not.toBe(light);
  // The saved theme is on <html> before any stylesheet or module script runs.
  const response = await page.goto(ENTRY, { waitUntil: 'commit' });
  expect(response?.ok()).toBe(true);
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await bg()).toBe(dark);
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveText('Theme: auto');
  expect(await bg()).toBe(light);
});

test('opinion page: labelled, attributed, linked to the original, claims tied to entries', async ({ page }) => {
  await page.goto('/opinion/');
  await page.locator('.card-list a.title').first().click();
  await expect(page.locator('.opinion-banner')).toContainText('Opinion');
  await expect(page.getByRole('link', { name: 'Read the original' })).toHaveAttribute('href', /^https:\/\//);
  const claims = page.getByRole('region', { name: 'Claims and where to weigh them' }).locator('li');
  expect(await claims.count()).toBeGreaterThanOrEqual(3);
  await claims.first().locator('a.xref').hover();
  await expect(page.locator('#xref-preview')).toBeVisible();
});

test('print: no site chrome, references kept, link addresses printed', async ({ page }) => {
  await page.goto(ENTRY);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
  const after = await page
    .locator('.references li a.external')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

test('layout holds at 320 px: nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', ENTRY, '/timeline/', '/search/?q=dmz', '/entries/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('feeds and metadata: RSS labels opinion, sitemap lists entries, pages carry canonical URLs and JSON-LD', async ({
  page,
  request,
}) => {
  const rss = await (await request.get('/rss.xml')).text();
  expect(rss).toContain('<title>Opinion: ');
  expect(rss).toContain('/entries/korean-war/');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/entries/korean-armistice-agreement/');
  expect(sitemap).not.toContain('404');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: ');
  await page.goto(ENTRY);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/entries\/korean-armistice-agreement\/$/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    '@type': string;
    citation: unknown[];
  };
  expect(ld['@type']).toBe('Article');
  expect(ld.citation.length).toBeGreaterThanOrEqual(3);
});
