import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../../scripts/lib/astro-build.ts';

/**
 * Every fault an editor can make in a pull request, each as a fixture in tests/fixtures/broken/<fault>/ holding
 * the one file that differs from tests/fixtures/valid. The real `astro build` must stop on it, name the file
 * (and line, where there is one) and say what is wrong and how to fix it. Each build stops at config setup,
 * about a second, so they run two at a time.
 */
interface Expected {
  /** Where the error is reported, relative to the content folder, with the line (and column, in bodies) when known. */
  at: string;
  /** The error as printed after "error: ". */
  error: string;
  /** A part of the "fix:" line, where the error line alone does not say what to do. */
  fix?: string;
}

const FAULTS: Record<string, Expected> = {
  'source-without-url': {
    at: 'entries/alpha-war.mdx:18',
    error: 'sources[0].url: is required but missing',
    fix: 'add "url:" to the frontmatter; it must be a full web address',
  },
  'malformed-source-url': {
    at: 'entries/alpha-war.mdx:32',
    error: 'sources[2].url: has a value that is not allowed (found: "example.org/three")',
    fix: 'must be a full web address starting with https://',
  },
  'further-reading-repeats-source': {
    at: 'entries/alpha-war.mdx:38',
    error:
      'furtherReading[0].url: is already the address of sources[1] ("two"), which References lists; further reading is for what the entry does not cite (found: "https://example.org/two")',
    fix: 'delete furtherReading[0]: the document is listed under References already',
  },
  'too-few-sources': {
    at: 'entries/beta-agreement.mdx:6',
    error: 'sources: has too few items (found: 2 items)',
    fix: 'add more: it needs at least three sources',
  },
  'impossible-date': {
    at: 'entries/alpha-war.mdx:15',
    error: 'events[0].date: has a value that is not allowed (found: "1950-02-30")',
    fix: 'must be a real date written "YYYY-MM-DD"',
  },
  'event-end-before-date': {
    at: 'entries/alpha-war.mdx:16',
    error: 'events[0].end: has a value that is not allowed (found: "1950-06-24")',
    fix: "must not be before the event's date",
  },
  'hangul-without-hangul': {
    at: 'entries/alpha-war.mdx:8',
    error: 'korean.hangul: has a value that is not allowed (found: "Alpa Jeonjaeng")',
    fix: 'must contain Hangul characters',
  },
  'empty-description': {
    at: 'entries/beta-agreement.mdx:3',
    error: 'description: is empty (found: "")',
    fix: 'fill it in: it must not be empty',
  },
  'description-too-long': {
    at: 'entries/beta-agreement.mdx:3',
    error: 'description: is too long (353 characters)',
    fix: 'shorten it: it is too long: at most 320 characters',
  },
  'unknown-field': {
    at: 'entries/beta-agreement.mdx:5',
    error: '(frontmatter): unknown field "signatories"',
    fix: 'allowed fields here: title, description, kind',
  },
  'invalid-kind': {
    at: 'entries/beta-agreement.mdx:4',
    error: 'kind: has a value that is not allowed (found: "treaty")',
    fix: 'must be one of: event, agreement, person',
  },
  'invalid-yaml': {
    // The unclosed [ is on line 5; the YAML parser only notices on line 6.
    at: 'entries/beta-agreement.mdx:5',
    error: 'frontmatter is not valid YAML: missed comma between flow collection entries',
  },
  'no-frontmatter': {
    at: 'entries/delta-note.mdx:1',
    error: 'has no frontmatter',
    fix: 'start the file with a block between two "---" lines',
  },
  'bad-file-name': {
    at: 'entries/Delta_Agreement.mdx',
    error: 'has a file name that cannot be a URL',
    fix: 'rename it, e.g. to delta-agreement.mdx',
  },
  'image-without-alt': {
    at: 'entries/beta-agreement.mdx:30:1',
    error: 'has an image with no alt text (found: "./line-map.png")',
    fix: 'use a figure, which requires alt text, a credit and a licence: <Figure',
  },
  'remote-image': {
    at: 'entries/beta-agreement.mdx:30:1',
    error: 'has a Markdown image (found: "https://example.org/line-map.png")',
  },
  'mdx-import': { at: 'entries/beta-agreement.mdx:24:1', error: 'uses "import", which runs code when the site is built' },
  'mdx-export': { at: 'entries/beta-agreement.mdx:30:1', error: 'uses "export", which runs code when the site is built' },
  'mdx-expression': {
    at: 'entries/beta-agreement.mdx:30:15',
    error: 'has a {…} expression, which MDX runs as JavaScript (found: "{1950 + 3}")',
  },
  'script-tag': {
    at: 'entries/beta-agreement.mdx:30:1',
    error: "has the tag <script>: a <script> would run in readers' browsers",
  },
  'inline-event-handler': {
    at: 'entries/beta-agreement.mdx:30:3',
    error: "has the tag <span>: inline event handlers run code in readers' browsers",
  },
  iframe: { at: 'entries/beta-agreement.mdx:30:1', error: 'has the tag <iframe>: an <iframe> embeds another site in ours' },
  'html-tag': {
    at: 'entries/beta-agreement.mdx:30:13',
    error: 'has the tag <b>: HTML is not allowed in entries',
    fix: 'use Markdown instead',
  },
  'html-comment': { at: 'entries/beta-agreement.mdx:30:1', error: 'has an HTML comment, which MDX does not allow' },
  'level-one-heading': { at: 'entries/beta-agreement.mdx:26:1', error: 'uses a level-1 heading', fix: 'start sections at "## "' },
  'duplicate-title': {
    at: 'entries/delta-agreement.mdx',
    error: 'title/aliases: "alpha war" is already the title or an alias of ',
  },
  'duplicate-alias': { at: 'entries/delta-agreement.mdx', error: 'title/aliases: "AW" is already the title or an alias of ' },
  'duplicate-slug': { at: 'entries/later/beta-agreement.mdx', error: 'has the same URL slug "beta-agreement" as ' },
  'missing-link-target': {
    at: 'entries/beta-agreement.mdx:24:30',
    error: '[[Alpha Warr]] matches no entry title or alias. Did you mean "Alpha War"?',
  },
  'missing-link-heading': {
    at: 'entries/beta-agreement.mdx:24:30',
    error: '[[AW#Aftermath]] points to a heading "Aftermath" that "Alpha War" does not have.',
  },
  'table-link-pipe': {
    at: 'entries/beta-agreement.mdx:32:1',
    error: 'has a cross-reference with a "|" inside a table, which splits the cell in two',
    fix: 'write the pipe as \\| inside tables: [[Alpha War\\|the war]]',
  },
  'unclosed-link': { at: 'entries/beta-agreement.mdx:24:30', error: 'has a cross-reference that is not closed' },
  'unknown-citation': {
    at: 'entries/beta-agreement.mdx:24:57',
    error: 'cites "four", which is not the id of any of its sources',
    fix: 'use one of: one, two, three',
  },
  'template-leftover': {
    at: 'entries/beta-agreement.mdx:28:1',
    error: 'still holds template text: the REPLACE note left by "npm run new"',
  },
  'opinion-unknown-entry': {
    at: 'opinion/gamma-view.mdx',
    error: 'concerns[0]: "Alpha Warr" matches no entry title or alias. Did you mean "Alpha War"?',
  },
  'unknown-component': {
    at: 'entries/beta-agreement.mdx:30:1',
    error: 'has the tag <Callout>: it is not one of the components authors may use (Aside, Quote, Figure, Chart, PeninsulaMap)',
    fix: 'use one of Aside, Quote, Figure, Chart, PeninsulaMap',
  },
  'unknown-prop': { at: 'entries/beta-agreement.mdx:30:1', error: '<Aside> has no prop "tone"', fix: 'use only "kind", "title"' },
  'javascript-link': {
    at: 'entries/beta-agreement.mdx:30:5',
    error: 'has a link to a "javascript:" address, which could run code in readers\' browsers (found: "javascript:alert(1)")',
  },
  'figure-missing-licence': {
    at: 'entries/beta-agreement.mdx:30:1',
    error: '<Figure> is missing the required prop "licence"',
    fix: 'add licence="…"',
  },
  'unknown-dataset': {
    at: 'entries/beta-agreement.mdx:26:1',
    error: '<Chart> shows "alpha-casualty", which is not a dataset in content/data/ (did you mean "alpha-casualties"?)',
    fix: 'use one of: alpha-casualties, or add content/data/alpha-casualty.yaml',
  },
  'dataset-unknown-source': {
    at: 'data/alpha-casualties.yaml:20',
    error: 'points[1].sources[0]: has a value that is not allowed (found: "minstry")',
    fix: "must be the id of one of the dataset's sources: ministry",
  },
  'opinion-citation': { at: 'opinion/gamma-view.mdx:19:58', error: 'has a citation, but opinion pieces have no source list' },
};

const BROKEN = 'tests/fixtures/broken';
const faults = readdirSync(BROKEN, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const work = mkdtempSync(join(tmpdir(), 'peninsula-broken-'));
const results = new Map<string, BuildResult>();

function build(fault: string): Promise<BuildResult> {
  const content = join(work, fault, 'content');
  cpSync('tests/fixtures/valid', content, { recursive: true });
  cpSync(join(BROKEN, fault), content, { recursive: true });
  return astroBuild(content, join(work, fault, 'dist'));
}

beforeAll(async () => {
  const queue = [...faults];
  const worker = async () => {
    for (let fault = queue.shift(); fault; fault = queue.shift()) results.set(fault, await build(fault));
  };
  await Promise.all([worker(), worker()]);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build refuses each broken fixture, naming the file and the fault', () => {
  it('has an expectation for every fixture folder, and a folder for every expectation', () => {
    expect(faults).toEqual(Object.keys(FAULTS).sort());
    expect(faults.length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(FAULTS))('%s', (fault, expected) => {
    const result = results.get(fault);
    expect(result, `no build ran for ${fault}`).toBeDefined();
    const { status, output } = result!;
    expect(status, output).not.toBe(0);
    // One fault, one error: the build lists exactly the problem the fixture holds.
    expect(output).toContain('1 content error; fix it and build again:');
    expect(output).toContain(`content/${expected.at}: error: ${expected.error}`);
    if (expected.fix)
      expect(output).toMatch(new RegExp(`\\n {4}fix: [^\\n]*${expected.fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // An editor's mistake is not a crash: no stack trace.
    expect(output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
  });
});
