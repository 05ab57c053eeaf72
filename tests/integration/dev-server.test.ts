import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/astro-build.ts';

/**
 * GitHub issue 11, the editor's loop: `npm run new` writes a skeleton, `npm run dev` serves its page at once
 * (HTTP 200, the title in the <h1>), and a content error saved while the server runs is shown on the page as
 * file:line:column, and in the terminal, without the server falling over; once fixed, it is gone.
 *
 * The server runs in a copy of the project (its caches its own, as in astro-build.ts) on the valid fixtures,
 * copied to a temporary folder that PENINSULA_CONTENT points at.
 */
const work = mkdtempSync(join(tmpdir(), 'peninsula-dev-'));
const content = join(work, 'content');
const entryFile = join(content, 'entries/delta-treaty.mdx');
const PAGE = '/entries/delta-treaty/';
const STARTUP_MS = 60_000;
const CHANGE_MS = 30_000;
const POLL_MS = 250;

/*
 * The environment an editor's terminal has, not vitest's. Vitest sets VITEST (and VITEST_WORKER_ID, VITEST_POOL_ID
 * …) and NODE_ENV=test in its workers, and the child would inherit them. Astro's dev-server plugin
 * (astro/dist/vite-plugin-astro-server/plugin.js, configureServer) returns early when process.env.VITEST is set,
 * so no page handler is installed and Vite answers every address with 404 "Cannot GET /": that is why an earlier
 * version of this test never got a page. NODE_ENV=test also turns off HMR (astro/dist/core/create-vite.js).
 */
const editorEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(VITEST|NODE_ENV$|TEST$|MODE$|PROD$|DEV$|SSR$|BASE_URL$)/.test(name)) env[name] = value;
  }
  return { ...env, PENINSULA_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
};

let server: ChildProcess | undefined;
let exited: string | undefined;
let log = '';
let origin = '';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

/** What failed, with everything the server printed, so a failure in CI can be read without rerunning it. */
const diagnosis = (what: string) =>
  `${what}${exited ? `\nthe dev server exited: ${exited}` : ''}\n--- astro dev output ---\n${log || '(nothing)'}\n---`;

async function get(path: string) {
  const res = await fetch(origin + path, { signal: AbortSignal.timeout(30_000) });
  return { status: res.status, html: await res.text() };
}

/** Polls `probe` every POLL_MS until it gives a value, the server exits, or `ms` pass. */
async function until<T>(what: string, ms: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  let last = '';
  while (Date.now() < end && exited === undefined) {
    try {
      const found = await probe();
      if (found !== undefined) return found;
    } catch (err) {
      last = String(err);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(diagnosis(`gave up after ${ms / 1000} s waiting for ${what}${last ? ` (last error: ${last})` : ''}`));
}

/** The text of the content-errors box, entities decoded; undefined when the page shows none. */
function shownErrors(html: string): string | undefined {
  const box = /<section class="content-errors[\s\S]*?<\/section>/.exec(html)?.[0];
  return box
    ?.replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const h1 = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();

beforeAll(async () => {
  expect(Number(process.versions.node.split('.')[0]), 'run through npx/npm run, which give Node 22').toBeGreaterThanOrEqual(22);
  cpSync('tests/fixtures/valid', content, { recursive: true });
  // As an editor does it: the npm script, pointed at the content folder the server will read.
  const made = spawnSync('npm', ['run', '--silent', 'new', '--', 'Delta Treaty', '--kind', 'agreement'], {
    env: editorEnv(),
    encoding: 'utf8',
  });
  expect(made.status, `${made.stdout}${made.stderr}`).toBe(0);
  expect(made.stdout).toContain('published at /entries/delta-treaty/');

  const root = copyProject(join(work, 'project'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env: editorEnv(),
      // Its own process group, so afterAll can end it together with the workers it starts (esbuild).
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  server.on('exit', (code, signal) => (exited = `code ${code}, signal ${signal}`));
  server.on('error', (err) => (exited = `could not start: ${err.message}`));
  await until('the dev server to answer', STARTUP_MS, async () => ((await get('/')).status === 200 ? true : undefined));
}, STARTUP_MS + 60_000);

afterAll(async () => {
  const pid = server?.pid;
  if (pid !== undefined && exited === undefined) {
    const gone = new Promise((done) => server?.once('exit', done));
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const killed = await Promise.race([gone.then(() => true), new Promise((r) => setTimeout(() => r(false), 5_000))]);
    if (!killed) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  rmSync(work, { recursive: true, force: true });
}, 15_000);

describe('npm run dev on a fresh skeleton (issue 11)', () => {
  it('serves the skeleton at once: HTTP 200, its title in the <h1>, its template notes as content errors', async () => {
    const { status, html } = await get(PAGE);
    expect(status, diagnosis(`GET ${PAGE}`)).toBe(200);
    expect(h1(html), diagnosis('the <h1>')).toBe('Delta Treaty');
    expect(shownErrors(html), diagnosis('the template notes')).toMatch(
      /entries\/delta-treaty\.mdx:4: error: description: still holds template text/,
    );
  });

  it('shows a content error saved while it runs, with file:line:column, on the page and in the terminal, and keeps serving', async () => {
    const skeleton = readFileSync(entryFile, 'utf8');
    // The new paragraph's line: after the skeleton's last line and a blank one; the link follows "See also ".
    const line = skeleton.split('\n').length + 1;
    const at = new RegExp(
      `entries/delta-treaty\\.mdx:${line}:10: error: \\[\\[No Such Entry\\]\\] matches no entry title or alias`,
    );
    const printedBefore = log.length;
    writeFileSync(entryFile, `${skeleton}\nSee also [[No Such Entry]].\n`);

    const shown = await until('the page to show the new error', CHANGE_MS, async () => {
      const page = await get(PAGE);
      return at.test(shownErrors(page.html) ?? '') ? page : undefined;
    });
    expect(shown.status).toBe(200);
    expect(h1(shown.html)).toBe('Delta Treaty');
    // The terminal says it too: the loader re-read the folder when the watcher saw the change.
    await until('the terminal to print the new error', CHANGE_MS, () => (at.test(log.slice(printedBefore)) ? true : undefined));
    // Shown on every page, not only the entry's, and the server is still up.
    const home = await get('/');
    expect(home.status, diagnosis('the home page after the edit')).toBe(200);
    expect(shownErrors(home.html)).toMatch(at);
    expect(exited, diagnosis('the server after the edit')).toBeUndefined();
    expect(log).not.toMatch(/unhandled error|Internal server error|\[ERROR\] \[vite\]/i);

    // Fixed: the link names an entry that exists. The error goes; the skeleton's own notes stay.
    writeFileSync(entryFile, `${skeleton}\nSee also [[Alpha War]].\n`);
    const fixed = await until('the error to go', CHANGE_MS, async () => {
      const page = await get(PAGE);
      return !/No Such Entry/.test(shownErrors(page.html) ?? '') ? page : undefined;
    });
    expect(fixed.status).toBe(200);
    expect(h1(fixed.html)).toBe('Delta Treaty');
    expect(shownErrors(fixed.html), diagnosis('the page after the fix')).toMatch(
      /entries\/delta-treaty\.mdx:4: error: description: still holds template text/,
    );
    expect(fixed.html).toMatch(/<a[^>]*href="\/entries\/alpha-war\/"[^>]*>Alpha War<\/a>/);
    expect(exited).toBeUndefined();
  });

  it('shows a frontmatter edit at once, the last of two quick saves: the entry retitled, its <h1> follows', async () => {
    // Titles come from the collection store, which only the loader's watcher refreshes (the errors box reads the
    // content model directly): this fails if the watcher never sees the content folder, or keeps the first of two
    // saves made 45 ms apart (as a format-on-save does), which the watcher reports as one change.
    const text = readFileSync(entryFile, 'utf8');
    writeFileSync(entryFile, text.replace(/^title: Delta Treaty$/m, 'title: Delta Pact'));
    await new Promise((r) => setTimeout(r, 45));
    writeFileSync(entryFile, text.replace(/^title: Delta Treaty$/m, 'title: Delta Accord'));
    const page = await until('the new title', CHANGE_MS, async () => {
      const p = await get(PAGE);
      return h1(p.html) === 'Delta Accord' ? p : undefined;
    });
    expect(page.status).toBe(200);
    // Still so once every re-read has run.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(h1((await get(PAGE)).html), diagnosis('the title a second later')).toBe('Delta Accord');
    expect(exited, diagnosis('the server after the retitle')).toBeUndefined();
  });
});
