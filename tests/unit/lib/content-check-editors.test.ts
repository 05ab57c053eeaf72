import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../../src/lib/content-check.ts';
import { endsBeforeStart } from '../../../src/lib/dates.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';

/**
 * The checks that make an editor's pull request safe to merge: the ones added for contributors (images,
 * spans, template leftovers, file names, orphans) and the schema rules editors trip over most, pinned by wording.
 */
const fixture = (name: string) => readFileSync(`tests/fixtures/valid/${name}`, 'utf8');
const alpha = fixture('entries/alpha-war.mdx');
const beta = fixture('entries/beta-agreement.mdx');
const gamma = fixture('opinion/gamma-view.mdx');

const files = (overrides: Partial<Record<'alpha' | 'beta' | 'gamma', string>> = {}, extra: ContentFile[] = []): ContentFile[] => [
  { collection: 'entries', path: 'content/entries/alpha-war.mdx', text: overrides.alpha ?? alpha },
  { collection: 'entries', path: 'content/entries/beta-agreement.mdx', text: overrides.beta ?? beta },
  { collection: 'opinion', path: 'content/opinion/gamma-view.mdx', text: overrides.gamma ?? gamma },
  ...extra,
];
const report = (f: ContentFile[], severity: 'error' | 'warning' = 'error') =>
  checkContent(f)
    .diagnostics.filter((d) => d.severity === severity)
    .map(formatDiagnostic);

describe('frontmatter rules editors meet most', () => {
  it('a source without a URL names the nested field and says what to add', () => {
    expect(report(files({ alpha: alpha.replace('    url: https://example.org/one\n', '') }))).toEqual([
      'content/entries/alpha-war.mdx:18: error: sources[0].url: is required but missing (found: (missing))\n' +
        '    fix: add "url:" to the frontmatter; it must be a full web address starting with https:// (or http://)',
    ]);
  });

  it('fewer than three sources', () => {
    const two = beta.replace(/ {2}- id: three[\s\S]*?accessed: "2026-11-24"\n/, '').replace('[@three]', '');
    expect(report(files({ beta: two }))).toEqual([
      'content/entries/beta-agreement.mdx:6: error: sources: has too few items (found: 2 items)\n' +
        '    fix: add more: it needs at least three sources (EDITORIAL.md: "Sourced")',
    ]);
  });

  it('a Hangul field without Hangul', () => {
    expect(report(files({ alpha: alpha.replace('hangul: 알파 전쟁', 'hangul: Alpa Jeonjaeng') }))).toEqual([
      'content/entries/alpha-war.mdx:8: error: korean.hangul: has a value that is not allowed (found: "Alpa Jeonjaeng")\n' +
        '    fix: correct the value: it must contain Hangul characters, e.g. 개성공업지구',
    ]);
  });

  it('an empty description, and one too long, with its length', () => {
    expect(report(files({ beta: beta.replace(/^description: .*$/m, 'description: ""') }))).toEqual([
      'content/entries/beta-agreement.mdx:3: error: description: is empty (found: "")\n' +
        '    fix: fill it in: it must not be empty (the one-to-three-sentence lede)',
    ]);
    const long = `description: ${'A very long lede. '.repeat(20).trim()}`;
    expect(report(files({ beta: beta.replace(/^description: .*$/m, long) }))).toEqual([
      expect.stringMatching(
        /^content\/entries\/beta-agreement\.mdx:3: error: description: is too long \(359 characters\) \(found: "A very long lede\..*…\)\n {4}fix: shorten it: it is too long: at most 320 characters \(the one-to-three-sentence lede\)$/,
      ),
    ]);
  });
});

describe('event spans', () => {
  it('compares dates at the coarser precision', () => {
    expect(endsBeforeStart('1950-06-25', '1950-06-24')).toBe(true);
    expect(endsBeforeStart('1950-06-25', '1950-06-25')).toBe(false);
    expect(endsBeforeStart('1950-06-25', '1950')).toBe(false);
    expect(endsBeforeStart('1950', '1949-12')).toBe(true);
    expect(endsBeforeStart('1950-06', '1953-07-27')).toBe(false);
    expect(endsBeforeStart('1950-02-30', '1949')).toBe(false);
  });

  it('an end before the date is an error on the end line', () => {
    const bad = alpha.replace('  - date: "1950-06-25"\n', '  - date: "1950-06-25"\n    end: "1950-06-24"\n');
    expect(report(files({ alpha: bad }))).toEqual([
      'content/entries/alpha-war.mdx:16: error: events[0].end: has a value that is not allowed (found: "1950-06-24")\n' +
        "    fix: correct the value: it must not be before the event's date: a span ends on or after the day it begins",
    ]);
  });
});

describe('body rules', () => {
  it('an image must be a <Figure> (which needs alt text, a credit and a licence); code is left alone', () => {
    const body = '\n![](./map.png)\n\n![A map](https://example.org/map.png)\n\n`![](code is fine)`\n';
    const fix =
      '    fix: use a figure, which requires alt text, a credit and a licence: <Figure src="./dmz-map.svg" alt="…" caption="…" credit="…" licence="CC BY-SA 4.0" />';
    expect(report(files({ beta: beta + body }))).toEqual([
      `content/entries/beta-agreement.mdx:30:1: error: has an image with no alt text (found: "./map.png")\n${fix}`,
      `content/entries/beta-agreement.mdx:32:1: error: has a Markdown image (found: "https://example.org/map.png")\n${fix}`,
    ]);
  });

  it('refuses HTML comments, iframes, any tag and angle-bracket addresses, each with its line and column, but not code', () => {
    const body =
      '\n<!-- note -->\n\n<iframe src="x"></iframe>\n\nSee <https://example.org>.\n\nA <div>block</div>.\n\n```\n<b>{x}</b>\n```\n';
    const found = report(files({ beta: beta + body }));
    expect(found).toEqual([
      'content/entries/beta-agreement.mdx:30:1: error: has an HTML comment, which MDX does not allow (found: "<!-- note -->")\n' +
        '    fix: remove it; leave notes for other editors in the pull request instead',
      'content/entries/beta-agreement.mdx:34:5: error: has an address in angle brackets, which MDX reads as a tag (found: "<https://example.org>.")\n' +
        '    fix: write it as a link: [shown text](https://example.org)',
      expect.stringContaining(
        'beta-agreement.mdx:32:1: error: has the tag <iframe>: an <iframe> embeds another site in ours (found: "<iframe>")',
      ),
      expect.stringContaining(
        'beta-agreement.mdx:36:3: error: has the tag <div>: HTML is not allowed in entries (found: "<div>")',
      ),
    ]);
  });

  it('reports a well-formed element once, a stray closing tag as a syntax error, and a {…} expression as one', () => {
    const found = report(files({ beta: `${beta}\nA <b>bold</b> claim and {1950 + 3}.\n\nA stray </i> here.\n` }));
    expect(found.map((e) => e.split('\n')[0]!.replace(/^.*?error: /, ''))).toEqual([
      expect.stringMatching(
        /^has a "<" that MDX reads as the start of a tag, which cannot be parsed .*\(found: "<\/i> here\."\)$/,
      ),
      'has the tag <b>: HTML is not allowed in entries (found: "<b>")',
      'has a {…} expression, which MDX runs as JavaScript (found: "{1950 + 3}")',
    ]);
  });

  it('still checks the body of a file whose YAML is broken, and keeps its title linkable', () => {
    const broken = beta.replace('topics: [diplomacy]', 'topics: [diplomacy').replace('[[AW]]', '[[Alpha Warr]]');
    expect(report(files({ beta: broken })).map((e) => e.split('\n')[0])).toEqual([
      // The fault is the unclosed [ on line 5, although the YAML parser notices it on line 6.
      'content/entries/beta-agreement.mdx:5: error: frontmatter is not valid YAML: missed comma between flow collection entries',
      'content/entries/beta-agreement.mdx:24:30: error: [[Alpha Warr]] matches no entry title or alias. Did you mean "Alpha War"?',
    ]);
  });

  it('refuses export lines too', () => {
    expect(report(files({ beta: `${beta}\nexport const x = 1\n` }))[0]).toContain(
      'uses "export", which runs code when the site is built',
    );
  });
});

describe('cross-references in GFM tables', () => {
  const table = (cell: string) => `${beta}\n| Entry | Note |\n| --- | --- |\n| ${cell} | text |\n`;

  it('refuses a [[Title|text]] whose pipe would split the cell, and shows the escaped form', () => {
    expect(report(files({ beta: table('[[Alpha War|the war]]') }))).toEqual([
      'content/entries/beta-agreement.mdx:32:1: error: has a cross-reference with a "|" inside a table, which splits the cell in two (found: [[Alpha War|the war]])\n' +
        '    fix: write the pipe as \\| inside tables: [[Alpha War\\|the war]]',
    ]);
  });

  it('resolves the escaped form, as the table parser will hand it to the renderer', () => {
    expect(report(files({ beta: table('[[Alpha War\\|the war]] and [[AW#Armistice\\|truce]]') }))).toEqual([]);
    expect(report(files({ beta: table('[[Alpha Warr\\|the war]]') }))[0]).toContain(
      'beta-agreement.mdx:32:3: error: [[Alpha Warr|the war]] matches no entry title or alias. Did you mean "Alpha War"?',
    );
  });

  it('leaves a pipe alone outside tables', () => {
    expect(report(files({ beta: `${beta}\nThe [[Alpha War|war]] | and a pipe.\n` }))).toEqual([]);
  });
});

describe('template leftovers', () => {
  it('reports each REPLACE note with its line and, in frontmatter, its field', () => {
    const draft = alpha
      .replace('title: Source two', 'title: "REPLACE: the title"')
      .replace('  - date: "1950-06-25"', '  - date: "1950" # REPLACE: the date')
      .replace('The Alpha War was fought', 'REPLACE: the opening paragraph. The Alpha War was fought');
    expect(report(files({ alpha: draft }))).toEqual([
      'content/entries/alpha-war.mdx:15: error: events[0].date: still holds template text: the REPLACE note left by "npm run new" (found: "REPLACE: the date")\n' +
        '    fix: do what the note says, then delete the comment (from "# REPLACE" to the end of the line)',
      'content/entries/alpha-war.mdx:24: error: sources[1].title: still holds template text: the REPLACE note left by "npm run new" (found: "REPLACE: the title")\n' +
        '    fix: write the real value in place of the note (CONTRIBUTING.md describes every field)',
      expect.stringMatching(
        /^content\/entries\/alpha-war\.mdx:36:1: error: still holds template text: .*\n {4}fix: write your own text in place of the note, with a citation \[@id\]/,
      ),
    ]);
  });

  it('does not also report a REPLACE note in an opinion piece as a broken link', () => {
    const draft = gamma.replace('concerns: [Alpha War]', 'concerns: ["REPLACE: an entry title"]');
    expect(report(files({ gamma: draft }))).toEqual([
      'content/opinion/gamma-view.mdx:10: error: concerns[0]: still holds template text: the REPLACE note left by "npm run new" (found: "REPLACE: an entry title")\n' +
        '    fix: write the real value in place of the note (CONTRIBUTING.md describes every field)',
    ]);
  });

  it('leaves the word "replace" in prose alone', () => {
    expect(report(files({ beta: `${beta}\nA treaty was meant to replace it.[@one]\n` }))).toEqual([]);
  });
});

describe('file names and link structure', () => {
  it('a file name that cannot be a URL', () => {
    const extra: ContentFile = {
      collection: 'entries',
      path: 'content/entries/Delta War.mdx',
      text: beta.replace('Beta Agreement', 'Delta War').replace('[[AW]]', '[[Alpha War]]'),
    };
    expect(report(files({}, [extra]))).toEqual([
      'content/entries/Delta War.mdx: error: has a file name that cannot be a URL: use lowercase letters, digits and single hyphens (found: "Delta War.mdx")\n' +
        '    fix: rename it, e.g. to delta-war.mdx',
    ]);
  });

  it('warns, without failing, about an entry nothing links to', () => {
    const extra: ContentFile = {
      collection: 'entries',
      path: 'content/entries/delta-war.mdx',
      text: beta.replace('Beta Agreement', 'Delta War'),
    };
    const f = files({}, [extra]);
    expect(report(f)).toEqual([]);
    expect(report(f, 'warning')).toEqual([
      'content/entries/delta-war.mdx: warning: no other entry or opinion piece links to "Delta War", so readers find it only through the A–Z index and search\n' +
        '    fix: link it as [[Delta War]] at its first mention in the entries that discuss it',
    ]);
  });

  it("counts an opinion piece's concerns and claims as links", () => {
    // Beta Agreement is linked from Alpha War's body; drop those links and only gamma's claim still points at it.
    const unlinked = alpha.replace('[[Beta Agreement|armistice]]', 'armistice').replace('[[beta agreement#Terms]]', 'agreement');
    expect(report(files({ alpha: unlinked }), 'warning')).toEqual([]);
    const noClaims = gamma.replace(/claims:[\s\S]*?(?=lastReviewed)/, '');
    expect(report(files({ alpha: unlinked, gamma: noClaims }), 'warning')).toEqual([
      expect.stringContaining(
        'content/entries/beta-agreement.mdx: warning: no other entry or opinion piece links to "Beta Agreement"',
      ),
    ]);
  });
});
