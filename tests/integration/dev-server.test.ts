import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/astro-build.ts';

/**
 * The editor's loop: `npm run new`, then `npm run dev`, and the page is there at once, with the template's
 * notes listed as content errors on the page; an unsafe edit saved while the server runs is shown too, and
 * the server keeps serving. The server runs in a copy of the project so its caches are its own.
 */
const work = mkdtempSync(join(tmpdir(), 'peninsula-dev-'));
const content = join(work, 'content');
// Astro moves to the next free port when this one is taken; the address is read from its output.
const PORT = 4700 + Math.floor(Math.random() * 200);
let base = '';
let server: ChildProcess;
let log = '';

const page = async (path: string) => {
  const res = await fetch(base + path, { signal: AbortSignal.timeout(60_000) });
  return { status: res.status, html: await res.text() };
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 240_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}; server output:\n${log}`);
}

beforeAll(async () => {
  cpSync('tests/fixtures/valid', content, { recursive: true });
  const made = spawnSync(process.execPath, ['scripts/new-entry.ts', 'Delta Treaty', '--kind', 'agreement'], {
    env: { ...process.env, PENINSULA_CONTENT: content },
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  const root = copyProject(join(work, 'project'));
  server = spawn(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: root,
      env: { ...process.env, PENINSULA_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  server.stdout?.on('data', (c) => (log += c));
  server.stderr?.on('data', (c) => (log += c));
  base = await until('the dev server to say where it listens', () =>
    Promise.resolve(/Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1]),
  );
  let last = 0;
  await until('the home page', async () => ((last = (await page('/')).status) === 200 ? true : undefined)).catch((err: Error) => {
    throw new Error(`${err.message}\nlast status: ${last}`);
  });
}, 300_000);

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev on a fresh skeleton', () => {
  it('serves the new entry at once, with its title and its template notes listed as content errors', async () => {
    const { status, html } = await page('/entries/delta-treaty/');
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Delta Treaty<\/h1>/);
    expect(html).toMatch(/content errors?: the build will refuse this content/);
    expect(html).toMatch(/delta-treaty\.mdx:\d+: error: description: still holds template text/);
    // Said as content errors, not as a crash of the site.
    expect(log).not.toMatch(/unhandled error|Browser APIs are not available/i);
  });

  it('shows an unsafe edit saved while it runs, on every page, and never runs it', async () => {
    appendFileSync(join(content, 'entries/beta-agreement.mdx'), '\n<script>window.pwned = 1</script>\n');
    const other = await until('the error on another page', async () => {
      const p = await page('/entries/alpha-war/');
      return /beta-agreement\.mdx:\d+:1: error: has the tag &lt;script&gt;/.test(p.html) ? p : undefined;
    });
    expect(other.status).toBe(200);
    const beta = await page('/entries/beta-agreement/');
    expect(beta.status).toBe(200);
    expect(beta.html).toMatch(/<h1[^>]*>Beta Agreement<\/h1>/);
    expect(beta.html).not.toContain('window.pwned');
  });
});
