import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../../src/lib/content-check.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/valid/${name}`, 'utf8');
const alpha = fixture('entries/alpha-war.mdx');
const beta = fixture('entries/beta-agreement.mdx');
const gamma = fixture('opinion/gamma-view.mdx');

const files = (overrides: Partial<Record<'alpha' | 'beta' | 'gamma', string>> = {}): ContentFile[] => [
  { collection: 'entries', path: 'content/entries/alpha-war.mdx', text: overrides.alpha ?? alpha },
  { collection: 'entries', path: 'content/entries/beta-agreement.mdx', text: overrides.beta ?? beta },
  { collection: 'opinion', path: 'content/opinion/gamma-view.mdx', text: overrides.gamma ?? gamma },
];

const errors = (f: ContentFile[]) =>
  checkContent(f)
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);

describe('checkContent', () => {
  it('accepts the valid fixtures and builds the link index from titles and aliases', () => {
    const model = checkContent(files());
    expect(model.diagnostics).toEqual([]);
    expect(model.entries.map((e) => e.slug)).toEqual(['alpha-war', 'beta-agreement']);
    expect(model.index.byName.get('aw')?.slug).toBe('alpha-war');
  });

  it('names file, line and field when the title is missing', () => {
    expect(errors(files({ beta: beta.replace('title: Beta Agreement\n', '') }))).toEqual([
      'content/entries/beta-agreement.mdx:2: error: title: is required but missing (found: (missing))\n' +
        '    fix: add "title:" to the frontmatter; it must be text (the entry title)',
      // The alpha entry links to Beta Agreement, which no longer has a title to match.
      expect.stringContaining(
        'content/entries/alpha-war.mdx:36:64: error: [[Beta Agreement|armistice]] matches no entry title or alias.',
      ),
      expect.stringContaining('content/entries/alpha-war.mdx:40:31: error: [[beta agreement#Terms]] matches no entry'),
      expect.stringContaining('content/opinion/gamma-view.mdx'),
    ]);
  });

  it('lists the allowed values for a bad kind, on the line of the field', () => {
    expect(errors(files({ alpha: alpha.replace('kind: event', 'kind: battle') }))).toEqual([
      'content/entries/alpha-war.mdx:4: error: kind: has a value that is not allowed (found: "battle")\n' +
        '    fix: correct the value: it must be one of: event, agreement, person, place, policy, organisation, country, topic',
    ]);
  });

  it('rejects impossible dates and malformed URLs in sources, naming the nested field', () => {
    const bad = alpha.replace('date: 2020-01-02', 'date: "2020-02-30"').replace('https://example.org/three', 'example.org/three');
    const found = errors(files({ alpha: bad }));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^content\/entries\/alpha-war\.mdx:26: error: sources\[1\]\.date: has a value that is not allowed \(found: "2020-02-30"\)/,
    );
    expect(found[1]).toMatch(/^content\/entries\/alpha-war\.mdx:32: error: sources\[2\]\.url: .*must be a full web address/s);
  });

  it('fails a cross-reference to a missing entry with file:line and a suggestion', () => {
    expect(errors(files({ beta: beta.replace('[[AW]]', '[[Alpha Wars]]') }))).toEqual([
      'content/entries/beta-agreement.mdx:24:30: error: [[Alpha Wars]] matches no entry title or alias. Did you mean "Alpha War"?\n' +
        '    fix: link to an existing title or alias (see the A–Z index), or write the entry first',
    ]);
  });

  it('fails duplicate titles and aliases across entries', () => {
    const found = errors(files({ beta: beta.replace('title: Beta Agreement', 'title: Beta Agreement\naliases: [aw]') }));
    expect(found[0]).toContain(
      'content/entries/beta-agreement.mdx: error: title/aliases: "aw" is already the title or an alias of content/entries/alpha-war.mdx',
    );
  });

  it('fails a citation of an unknown source and warns about a source never cited', () => {
    const model = checkContent(files({ beta: beta.replace('[@three]', '[@four]') }));
    expect(model.diagnostics.map(formatDiagnostic)).toEqual([
      'content/entries/beta-agreement.mdx:24:49: error: cites "four", which is not the id of any of its sources (found: [@four])\n' +
        '    fix: use one of: one, two, three, or add a source with id: four',
      'content/entries/beta-agreement.mdx: warning: sources: source "three" is never cited in the text (found: three)\n' +
        '    fix: cite it as [@three] after the statement it supports, or remove it',
    ]);
  });

  it('refuses code in content: import, expressions, script tags and event handlers', () => {
    const body = '\nimport X from "y"\n\nText {1 + 1}.\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)" />\n';
    const found = errors(files({ beta: beta + body }));
    expect(found.some((e) => e.includes('uses "import", which runs code when the site is built'))).toBe(true);
    expect(found.some((e) => e.includes('curly brace'))).toBe(true);
    expect(found.some((e) => e.includes("<script> would run in readers' browsers"))).toBe(true);
    expect(found.some((e) => e.includes('inline event handlers'))).toBe(true);
  });

  it('fails two files that would publish at the same URL', () => {
    const dup: ContentFile = {
      collection: 'entries',
      path: 'content/entries/more/alpha-war.mdx',
      text: alpha.replace('Alpha War', 'Alpha War 2').replace('[AW, ', '['),
    };
    expect(errors([...files(), dup])[0]).toContain('has the same URL slug "alpha-war" as content/entries/alpha-war.mdx');
  });

  it('checks the opinion piece links its concerns and claims to real entries', () => {
    const found = errors(files({ gamma: gamma.replace('concerns: [Alpha War]', 'concerns: [Alpha Warr]') }));
    expect(found[0]).toContain(
      'content/opinion/gamma-view.mdx: error: concerns[0]: "Alpha Warr" matches no entry title or alias. Did you mean "Alpha War"?',
    );
  });
});
