// `npm run lighthouse`: Lighthouse (mobile) on the home page, an entry, the opinion page and search, against
// the built site (run `npm run build` first). Prints the four category scores per page and fails unless
// every score is 100. Uses Debian's Chromium where present, as the browser tests do.
import { launch } from 'chrome-launcher';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.ts';

const ORIGIN = 'http://127.0.0.1:4321';
const opinion = readdirSync('dist/opinion').find((d) => d !== 'index.html');
const PAGES = ['/', '/entries/korean-armistice-agreement/', `/opinion/${opinion}/`, '/search/?q=kaesong'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function serverUp(): Promise<boolean> {
  return fetch(ORIGIN).then(
    (r) => r.ok,
    () => false,
  );
}

let preview: ReturnType<typeof spawn> | undefined;
if (!(await serverUp())) {
  preview = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', '4321'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100 && !(await serverUp()); i++) await new Promise((r) => setTimeout(r, 200));
}

const chrome = await launch({
  ...(systemChromium ? { chromePath: systemChromium } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let failed = false;
try {
  console.log(`| page | ${CATEGORIES.join(' | ')} |\n| --- | --- | --- | --- | --- |`);
  for (const path of PAGES) {
    const result = await lighthouse(`${ORIGIN}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = result!.lhr;
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    console.log(`| ${path} | ${scores.join(' | ')} |`);
    for (const c of CATEGORIES) {
      if ((lhr.categories[c]?.score ?? 0) < 1) {
        failed = true;
        for (const ref of lhr.categories[c]!.auditRefs) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            console.log(`    ${c}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  preview?.kill();
}
if (failed) {
  console.log('Some scores are below 100.');
  process.exitCode = 1;
} else console.log('All pages score 100 in all four categories.');
