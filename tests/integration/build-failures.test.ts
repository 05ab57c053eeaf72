import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';

/**
 * The real `astro build` on a copy of the valid fixtures with one fault: the build must fail and say where.
 * These are slow (a build each), so only the faults the foundation promises are built here; the content
 * checks themselves are unit-tested in tests/unit/lib/content-check.test.ts.
 */
const work = mkdtempSync(join(tmpdir(), 'peninsula-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds in a private copy of the project, so its caches never mix with another build's (astro-build.ts). */
function buildWith(name: string, edit: (dir: string) => void) {
  const content = join(work, name, 'content');
  cpSync('tests/fixtures/valid', content, { recursive: true });
  edit(content);
  return astroBuild(content, join(work, name, 'dist'), { projectCopy: join(work, name, 'project') });
}

const editFile = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));

describe('astro build stops on content errors, naming the file', () => {
  it('builds the valid fixtures', async () => {
    const { status, output } = await buildWith('valid', () => {});
    expect(output).toContain('2 entries and 1 opinion piece checked');
    expect(status).toBe(0);
  });

  it('fails on a cross-reference to a missing entry, with file:line and the closest title', async () => {
    const { status, output } = await buildWith('missing-link', (dir) =>
      editFile(join(dir, 'entries/beta-agreement.mdx'), (t) => t.replace('[[AW]]', '[[Alpha Warr]]')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/entries\/beta-agreement\.mdx:24:30: error: \[\[Alpha Warr\]\] matches no entry title or alias\. Did you mean "Alpha War"\?/,
    );
    expect(output).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
  });

  it('fails on an entry with no title, naming the file and the field', async () => {
    const { status, output } = await buildWith('missing-title', (dir) =>
      editFile(join(dir, 'entries/alpha-war.mdx'), (t) => t.replace('title: Alpha War\n', '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/entries\/alpha-war\.mdx:2: error: title: is required but missing/);
    expect(output).toContain('fix: add "title:" to the frontmatter');
  });
});
