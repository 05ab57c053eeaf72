// `npm run screenshots -- [paths…]`: desktop, phone, dark and print captures of pages of a running preview,
// written to screenshots/ (ignored by git) for reviewing layout by eye before calling a page done.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/entries/korean-war/', '/opinion/reconciliation-is-not-an-option/', '/search/?q=kaesong', '/entries/'];
const browser = await chromium.launch({ ...(systemChromium && { executablePath: systemChromium }), args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
const variants = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: 'phone', viewport: { width: 375, height: 740 }, colorScheme: 'light' as const },
  { name: 'desktop-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
  { name: 'phone-dark', viewport: { width: 375, height: 740 }, colorScheme: 'dark' as const },
];
for (const path of paths) {
  const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
  for (const v of variants) {
    const page = await browser.newPage({ viewport: v.viewport, colorScheme: v.colorScheme });
    await page.goto(`http://127.0.0.1:4321${path}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `screenshots/${slug}-${v.name}.png`, fullPage: !v.name.startsWith('desktop') ? false : false });
    await page.close();
  }
}
await browser.close();
console.log(`screenshots of ${paths.length} pages written to screenshots/`);
