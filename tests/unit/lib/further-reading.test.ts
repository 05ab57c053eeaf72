import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { comparableUrl, furtherReadingRepeats, groupFurtherReading } from '../../../src/lib/further-reading.ts';
import { furtherReadingSchema } from '../../../src/schemas/common.ts';
import { entrySchema } from '../../../src/schemas/entry.ts';

const item = {
  title: 'Agreement on Reconciliation, Non-aggression and Exchanges and Cooperation between the South and the North',
  publisher: 'UN Peacemaker',
  year: 1991,
  kind: 'official-text',
  url: 'https://peacemaker.un.org/en/node/9999',
};
const messages = (value: unknown) => {
  const result = furtherReadingSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('furtherReading items (schema)', () => {
  it('accepts an item with title, publisher, kind and address; author and year are optional', () => {
    expect(messages(item)).toEqual([]);
    const { year: _y, ...noYear } = item;
    expect(messages({ ...noYear, author: 'Jane Doe' })).toEqual([]);
  });

  it('is optional on an entry and defaults to an empty list', () => {
    const shape = entrySchema.shape.furtherReading;
    expect(shape.parse(undefined)).toEqual([]);
  });

  it('names the kinds allowed, with what each is for', () => {
    expect(messages({ ...item, kind: 'book' })).toEqual([
      expect.stringMatching(
        /^kind: must be one of: official-text \(the text of a treaty.*\); archive .*; study .*; official-site /,
      ),
    ]);
  });

  it('checks the address as source addresses are checked', () => {
    expect(messages({ ...item, url: 'peacemaker.un.org/x' })).toEqual([
      'url: must be a full web address starting with https:// (or http://)',
    ]);
    expect(messages({ ...item, url: 'https://wwww.wilsoncenter.org/x' })[0]).toContain('has a mistyped host');
    expect(messages({ ...item, url: 'javascript:alert(1)' })).toHaveLength(1);
  });

  it('refuses missing titles and publishers, unknown fields and a year in quotes', () => {
    const { title: _t, publisher: _p, ...bare } = item;
    expect(messages({ ...bare, note: 'x', year: '1991' })).toEqual([
      'title: must be text (the document title)',
      'publisher: must be text (the publisher or publication)',
      'year: must be a year written as four digits without quotes, e.g. 2018',
      ': Unrecognized key: "note"',
    ]);
  });
});

describe('comparableUrl', () => {
  it.each([
    ['https://www.Wilsoncenter.org/document/1/', 'wilsoncenter.org/document/1'],
    ['http://wilsoncenter.org/document/1#p2', 'wilsoncenter.org/document/1'],
    ['https://example.org/view.php?ud=1', 'example.org/view.php?ud=1'],
  ])('%s → %s', (url, key) => expect(comparableUrl(url)).toBe(key));

  it('keeps query strings apart: they name different pages', () => {
    expect(comparableUrl('https://example.org/view.php?ud=1')).not.toBe(comparableUrl('https://example.org/view.php?ud=2'));
  });
});

describe('furtherReadingRepeats', () => {
  const sources = [
    { id: 'pax', url: 'https://pax.peaceagreements.org/agreements/2104' },
    { id: 'un', url: 'https://www.un.org/x' },
  ];
  it('finds an item that is a source, whatever its scheme, www or trailing slash', () => {
    expect(
      furtherReadingRepeats(sources, [
        { url: 'https://un.org/y' },
        { url: 'http://www.pax.peaceagreements.org/agreements/2104/' },
      ]),
    ).toEqual([{ index: 1, repeats: { field: 'sources', index: 0, id: 'pax' } }]);
  });
  it('finds an item listed twice', () => {
    expect(
      furtherReadingRepeats(sources, [{ url: 'https://un.org/y' }, { url: 'https://un.org/z' }, { url: 'https://un.org/y/' }]),
    ).toEqual([{ index: 2, repeats: { field: 'furtherReading', index: 0 } }]);
  });
  it('finds nothing in a list of other documents', () => {
    expect(furtherReadingRepeats(sources, [{ url: 'https://un.org/y' }])).toEqual([]);
  });
});

describe('groupFurtherReading', () => {
  it('groups by kind in the fixed order, keeping the order written within a group', () => {
    const groups = groupFurtherReading([
      { kind: 'study' as const, n: 1 },
      { kind: 'official-text' as const, n: 2 },
      { kind: 'study' as const, n: 3 },
    ]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.n)])).toEqual([
      ['Official texts', [2]],
      ['Studies', [1, 3]],
    ]);
  });
});

describe('the content check refuses further reading that repeats a source', () => {
  const beta = readFileSync('tests/fixtures/valid/entries/beta-agreement.mdx', 'utf8');
  const alpha = readFileSync('tests/fixtures/valid/entries/alpha-war.mdx', 'utf8');
  const gamma = readFileSync('tests/fixtures/valid/opinion/gamma-view.mdx', 'utf8');
  const withReading = (yaml: string) => alpha.replace('lastReviewed:', `${yaml}lastReviewed:`);
  const errors = (alphaText: string) =>
    checkContent(
      [
        { collection: 'entries', path: 'content/entries/alpha-war.mdx', text: alphaText },
        { collection: 'entries', path: 'content/entries/beta-agreement.mdx', text: beta },
        { collection: 'opinion', path: 'content/opinion/gamma-view.mdx', text: gamma },
      ],
      { compile: false },
    )
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);

  const reading = (url: string) => `  - title: Elsewhere\n    publisher: Someone\n    kind: study\n    url: ${url}\n`;

  it('accepts other documents', () => {
    expect(errors(withReading(`furtherReading:\n${reading('https://example.org/more')}`))).toEqual([]);
  });

  it('names the file, line, field, the source it repeats and the fix', () => {
    const text = withReading(`furtherReading:\n${reading('https://example.org/more')}${reading('https://www.example.org/two/')}`);
    const line = text.split('\n').findIndex((l) => l.includes('https://www.example.org/two/')) + 1;
    expect(errors(text)).toEqual([
      `content/entries/alpha-war.mdx:${line}: error: furtherReading[1].url: is already the address of sources[1] ("two"), which References lists; further reading is for what the entry does not cite (found: "https://www.example.org/two/")\n` +
        '    fix: delete furtherReading[1]: the document is listed under References already (or give the address of the other document you meant)',
    ]);
  });

  it('refuses the same address twice in the list', () => {
    const text = withReading(`furtherReading:\n${reading('https://example.org/more')}${reading('https://example.org/more/')}`);
    expect(errors(text)).toEqual([
      expect.stringContaining(
        'error: furtherReading[1].url: is the same address as furtherReading[0] (found: "https://example.org/more/")',
      ),
    ]);
  });
});
