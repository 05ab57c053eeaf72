import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, systemChromium } from '../../scripts/lib/chromium.ts';
import { astroBuild, type BuildResult } from '../../scripts/lib/astro-build.ts';

/**
 * The editor's path from CONTRIBUTING.md, end to end: `npm run new` writes a skeleton into a content folder,
 * the check refuses it until the REPLACE notes are gone, the editor fills it in and links an existing entry,
 * and the real build publishes it in the A–Z index, in the linked entry's "What links here", and in the
 * Pagefind index, which a real Chromium queries.
 */
const work = mkdtempSync(join(tmpdir(), 'peninsula-new-entry-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const entryFile = join(content, 'entries/delta-treaty.mdx');
// A word found nowhere else, so a search hit can only come from the new entry's body.
const UNIQUE = 'quillwort';

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, PENINSULA_CONTENT: content },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const newEntry = (...args: string[]) => run('scripts/new-entry.ts', ...args);

let build: BuildResult;

beforeAll(() => cpSync('tests/fixtures/valid', content, { recursive: true }));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new → fill in → build → index, backlinks and search', () => {
  it('writes the skeleton where PENINSULA_CONTENT points', () => {
    const { status, output } = newEntry('Delta Treaty', '--kind', 'agreement', '--topic', 'diplomacy');
    expect(status, output).toBe(0);
    expect(output).toContain('delta-treaty.mdx (entry, kind: agreement), published at /entries/delta-treaty/.');
    const text = readFileSync(entryFile, 'utf8');
    expect(text).toMatch(/^---\ntitle: Delta Treaty\n/);
    expect(text).toContain('\n## Negotiations\n');
  });

  it('refuses a title or alias that exists (whatever its case), and a file name that is taken', () => {
    const title = newEntry('alpha WAR');
    expect(title.status).toBe(1);
    expect(title.output).toMatch(
      /npm run new: "alpha WAR" is already the title or an alias of .*content\/entries\/alpha-war\.mdx \("Alpha War"\)/,
    );
    const alias = newEntry('Another War', '--alias', 'aw');
    expect(alias.status).toBe(1);
    expect(alias.output).toContain('"aw" is already the title or an alias of');
    const slug = newEntry('Delta treaty (draft)', '--slug', 'delta-treaty');
    expect(slug.status).toBe(1);
    expect(slug.output).toMatch(/content\/entries\/delta-treaty\.mdx already exists, so \/entries\/delta-treaty\/ is taken/);
    const opinion = run('scripts/new-entry.ts', '--opinion', 'A View on the Alpha War');
    expect(opinion.status).toBe(1);
    expect(opinion.output).toMatch(/"A view on the Alpha War" is already an opinion piece: .*content\/opinion\/gamma-view\.mdx/);
    expect(existsSync(join(content, 'entries/another-war.mdx'))).toBe(false);
  });

  it('the untouched skeleton fails the check, on every REPLACE note', () => {
    const { status, output } = run('scripts/check-content.ts');
    expect(status).toBe(1);
    expect(output).toMatch(
      /delta-treaty\.mdx:4: error: description: still holds template text: the REPLACE note left by "npm run new"/,
    );
    expect(output).toMatch(/delta-treaty\.mdx:\d+:\d+: error: still holds template text/);
    expect(output).not.toMatch(/error: (?!.*still holds template text)/);
  });

  it('once filled in as CONTRIBUTING.md says, passes the check and builds', async () => {
    const skeleton = readFileSync(entryFile, 'utf8');
    const filled = skeleton
      .replace(/^ {2}REPLACE: the lede.*$/m, '  The Delta Treaty is a fictional agreement that settled the Alpha War for good.')
      .replace(/^ {2}hangul: .*$/m, '  hangul: 델타 조약')
      .replace(/^ {2}rr: .*$/m, '  rr: Delta Joyak')
      .replace(/^ {2}mr: .*$/m, '  mr: Delt’a Choyak')
      .replace(
        /^REPLACE: the opening paragraph.*\[@source-1\]$/m,
        `The Delta Treaty replaced the armistice that ended the [[Alpha War]].[@source-1] Its negotiators met in a ${UNIQUE} meadow.[@source-2]`,
      )
      // Every other note: the value written in its place, and comment notes deleted.
      .replace(/\s+# REPLACE:.*$/gm, '')
      .replace(/REPLACE-with-the-address/g, 'delta-treaty')
      .replace(/REPLACE: /g, '');
    expect(filled).not.toContain('REPLACE');
    writeFileSync(entryFile, filled);
    const check = run('scripts/check-content.ts');
    expect(check.output).toContain('0 content errors');
    expect(check.status).toBe(0);

    build = await astroBuild(content, dist, { projectCopy: join(work, 'project') });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('3 entries and 1 opinion piece checked');
  }, 180_000);

  it('appears in the A–Z index', () => {
    const index = readFileSync(join(dist, 'entries/index.html'), 'utf8');
    expect(index).toMatch(/<a[^>]*href="\/entries\/delta-treaty\/"[^>]*>\s*Delta Treaty\s*<\/a>/);
    expect(index).toContain('The Delta Treaty is a fictional agreement that settled the Alpha War for good.');
  });

  it('is listed under "What links here" on the entry it links to', () => {
    const alpha = readFileSync(join(dist, 'entries/alpha-war/index.html'), 'utf8');
    const section = /<section[^>]*aria-labelledby="what-links-here"[\s\S]*?<\/section>/.exec(alpha)?.[0];
    expect(section).toBeDefined();
    expect(section).toMatch(/<a href="\/entries\/delta-treaty\/">Delta Treaty<\/a>/);
  });

  describe('in search', () => {
    let server: Server;
    let origin: string;

    beforeAll(async () => {
      server = serveStatic(dist);
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('the Pagefind index, queried in Chromium, finds it by title and by a word of its body', async () => {
      const browser = await chromium.launch({ ...(systemChromium && { executablePath: systemChromium }), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        await page.goto(`${origin}/`);
        // Passed as source text: vitest would otherwise rewrite the import() for Node before Chromium sees it.
        const found: Record<string, { url: string; title: string }[]> = await page.evaluate(`(async (queries) => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.init();
          const hits = {};
          for (const q of queries) {
            const { results } = await pagefind.search(q);
            hits[q] = await Promise.all(results.map(async (r) => {
              const data = await r.data();
              return { url: data.url, title: data.meta.title };
            }));
          }
          return hits;
        })(${JSON.stringify(['Delta Treaty', UNIQUE])})`);
        expect(found['Delta Treaty']?.[0]).toEqual({ url: '/entries/delta-treaty/', title: 'Delta Treaty' });
        expect(found[UNIQUE]).toEqual([{ url: '/entries/delta-treaty/', title: 'Delta Treaty' }]);
      } finally {
        await browser.close();
      }
    }, 60_000);
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** The built site as a static host serves it: files as they are, a folder as its index.html. */
function serveStatic(root: string): Server {
  return createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
}
