import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../../src/lib/content-check.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { entryTemplate, KIND_TEMPLATES, opinionTemplate, slugFromTitle } from '../../../src/lib/scaffold.ts';
import { KIND_NAMES } from '../../../src/lib/taxonomy.ts';

const valid: ContentFile[] = [
  {
    collection: 'entries',
    path: 'content/entries/alpha-war.mdx',
    text: readFileSync('tests/fixtures/valid/entries/alpha-war.mdx', 'utf8'),
  },
  {
    collection: 'entries',
    path: 'content/entries/beta-agreement.mdx',
    text: readFileSync('tests/fixtures/valid/entries/beta-agreement.mdx', 'utf8'),
  },
  {
    collection: 'opinion',
    path: 'content/opinion/gamma-view.mdx',
    text: readFileSync('tests/fixtures/valid/opinion/gamma-view.mdx', 'utf8'),
  },
];
const check = (file: ContentFile) => checkContent([...valid, file]).diagnostics.filter((d) => d.severity === 'error');

/** What CONTRIBUTING.md asks of an editor, done mechanically: each note replaced by text, each comment note deleted. */
const fill = (text: string) =>
  text
    .replace(/\s+# REPLACE:.*$/gm, '')
    .replace(/REPLACE-with-the-address/g, 'filled')
    .replace(/REPLACE: /g, '');

describe('slugFromTitle', () => {
  it.each([
    ['Kaesong Industrial Complex', 'kaesong-industrial-complex'],
    ['Kaesŏng Kongŏp Chigu', 'kaesong-kongop-chigu'],
    ['Kim Jong-un', 'kim-jong-un'],
    ["North Korea's nuclear test of 2006", 'north-koreas-nuclear-test-of-2006'],
    ['Six-Party Talks (2003–2009)', 'six-party-talks-2003-2009'],
    ['개성공단', ''],
  ])('%s → %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));

  it('cuts long titles at a word boundary', () => {
    expect(slugFromTitle('word '.repeat(40), 22)).toBe('word-word-word-word');
  });
});

describe('entryTemplate', () => {
  it.each(KIND_NAMES)('a %s skeleton satisfies the schema, fails only on its REPLACE notes, and passes once filled', (kind) => {
    const text = entryTemplate({ title: 'Delta Treaty', kind, topics: ['diplomacy'], today: '2026-11-24' });
    const file: ContentFile = { collection: 'entries', path: 'content/entries/delta-treaty.mdx', text };
    const errors = check(file);
    expect(errors.length).toBeGreaterThan(5);
    for (const e of errors)
      expect(formatDiagnostic(e)).toContain('still holds template text: the REPLACE note left by "npm run new"');
    // The lede and every section the kind promises are there, in order.
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(KIND_TEMPLATES[kind].sections.map(([h]) => h));
    expect(text.split('---\n')[2]).toMatch(/^REPLACE: the opening paragraph/);
    expect(check({ ...file, text: fill(text) }).map(formatDiagnostic)).toEqual([]);
  });

  it('asks for topics when none are given, and quotes titles YAML would misread', () => {
    const text = entryTemplate({ title: '1950: The year', kind: 'event', aliases: ['6·25', 'yes'], today: '2026-11-24' });
    expect(text).toContain('title: "1950: The year"\n');
    expect(text).toContain('topics: [history] # REPLACE: one to four of');
    expect(text).toContain('aliases: [6·25, yes]\n');
    const model = checkContent([{ collection: 'entries', path: 'content/entries/x.mdx', text: fill(text) }]);
    expect(model.entries[0]?.data.title).toBe('1950: The year');
    expect(model.entries[0]?.data.aliases).toEqual(['6·25', 'yes']);
  });
});

describe('opinionTemplate', () => {
  it('satisfies the schema, fails only on its REPLACE notes, and passes once filled', () => {
    const text = opinionTemplate({ title: 'Why the armistice must become a treaty', today: '2026-11-24' });
    const file: ContentFile = { collection: 'opinion', path: 'content/opinion/why.mdx', text };
    const errors = check(file);
    expect(errors.length).toBeGreaterThan(5);
    for (const e of errors) expect(formatDiagnostic(e)).toContain('still holds template text');
    const filled = fill(text)
      .replace('the title or an alias of an entry the piece concerns', 'Alpha War')
      .replace('the entry that holds the evidence: a title or alias, optionally #Heading', 'Beta Agreement#Terms');
    expect(check({ ...file, text: filled }).map(formatDiagnostic)).toEqual([]);
  });
});
