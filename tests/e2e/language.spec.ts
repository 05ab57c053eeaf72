import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();

/**
 * Every run of Hangul a reader can meet is inside an element with lang="ko" (and Han-only runs inside lang="zh"
 * or "ko"), so screen readers switch voice and browsers pick a Korean font. Scripts run: the timeline and
 * search pages render text too.
 */
test.describe('language of Korean and Chinese text', () => {
  for (const path of pages) {
    test(`${path}: every Hangul run is in lang="ko"`, async ({ page }) => {
      await page.goto(path);
      const runs = await page.evaluate(() => {
        const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
        const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
        const found = { hangul: 0, han: 0, wrong: [] as string[] };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const el = node.parentElement!;
          if (el.closest('script, style, template')) continue;
          const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
          if (HANGUL.test(text)) {
            found.hangul++;
            if (!lang.startsWith('ko')) found.wrong.push(`${lang}: ${text.trim().slice(0, 60)}`);
          } else if (HAN.test(text)) {
            found.han++;
            if (!/^(zh|ko|ja)/.test(lang)) found.wrong.push(`${lang}: ${text.trim().slice(0, 60)}`);
          }
        }
        // Attributes a screen reader reads out (placeholder, aria-label, title, alt) are checked as text too.
        for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt]')) {
          for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
            const value = el.getAttribute(name) ?? '';
            if (!HANGUL.test(value)) continue;
            found.hangul++;
            const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
            if (!lang.startsWith('ko')) found.wrong.push(`${name}="${value.slice(0, 60)}" (${lang})`);
          }
        }
        return found;
      });
      expect(runs.wrong).toEqual([]);
      // A page whose infobox gives the Korean name has Korean text to find: the walk saw it.
      if (await page.locator('.infobox-korean').count()) expect(runs.hangul).toBeGreaterThan(0);
    });
  }
});
