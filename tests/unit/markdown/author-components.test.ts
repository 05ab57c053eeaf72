import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { renderMarkdown } from '../helpers.ts';

const sources = [{ id: 'un' }, { id: 'bbc' }];
const beta = readFileSync('tests/fixtures/valid/entries/beta-agreement.mdx', 'utf8');
const alpha = readFileSync('tests/fixtures/valid/entries/alpha-war.mdx', 'utf8');
const errorsFor = (body: string, frontmatter = (t: string) => t) =>
  checkContent(
    [
      { collection: 'entries', path: 'content/entries/alpha-war.mdx', text: alpha },
      { collection: 'entries', path: 'content/entries/beta-agreement.mdx', text: `${frontmatter(beta)}\n${body}\n` },
    ],
    { contentRoot: 'content' },
  )
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);

describe('author components through the real pipeline', () => {
  it('renders Aside with its Markdown, cross-references and citations inside', async () => {
    const { code } = await renderMarkdown('<Aside kind="caution">\nSee [[DMZ]].[@un]\n</Aside>', { sources });
    expect(code).toBe(
      '<aside-stub kind="caution"><p>See <a href="/entries/korean-demilitarized-zone/" class="xref">DMZ</a>.<a href="#ref-un" id="cite-un-1" class="cite">[1]</a></p></aside-stub>',
    );
  });

  it('treats a component written on one line as a block, not as a tag inside a paragraph', async () => {
    const { code } = await renderMarkdown('Before.\n\n<Aside>One line.</Aside>\n\nAfter.');
    expect(code).toBe('<p>Before.</p>\n<aside-stub><p>One line.</p></aside-stub>\n<p>After.</p>');
  });

  it('numbers a Quote as a citation of its source, in document order with [@id]', async () => {
    const { code, metadata } = await renderMarkdown(
      'First.[@bbc]\n\n<Quote source="A diplomat" cite="un">\nWords.\n</Quote>\n\nAgain.[@un]',
      {
        sources,
      },
    );
    expect(code).toContain(
      '<quote-stub cite="un" citeAnchor="cite-un-1" citeHref="#ref-un" citeNumber="2" source="A diplomat"><p>Words.</p></quote-stub>',
    );
    expect(code).toContain('id="cite-un-2"');
    expect(metadata.frontmatter.citations).toEqual({ order: ['bbc', 'un'], counts: { bbc: 1, un: 2 } });
  });

  it('gives the map the entry it is on, which authors cannot set', async () => {
    const { code } = await renderMarkdown('<PeninsulaMap />', {}, 'content/entries/northern-limit-line.mdx');
    expect(code).toBe('<map-stub current="northern-limit-line"></map-stub>');
  });
});

describe('component errors name the file, line, column and prop, with the fix', () => {
  it.each([
    [
      '<Aside kind="warning">x</Aside>',
      'beta-agreement.mdx:30:1: error: <Aside> has kind="warning", which is not allowed',
      'use kind="note" or kind="caution"',
    ],
    [
      '<Quote source="x">q</Quote>',
      'beta-agreement.mdx:30:1: error: <Quote> is missing the required prop "cite"',
      'add cite="…"',
    ],
    [
      '<Quote source="x" cite="nyt">q</Quote>',
      '<Quote> cites "nyt", which is not the id of any of its sources',
      'use one of: one, two, three',
    ],
    [
      '<Figure src="./none.svg" alt="a" credit="c" licence="l" />',
      '<Figure> points to a file that does not exist',
      'save the image',
    ],
    ['<PeninsulaMap>text</PeninsulaMap>', '<PeninsulaMap> takes no content between its tags', 'self-closing'],
    ['<Aside></Aside>', '<Aside> is empty', 'put the text between the tags'],
    ['A sentence with <Aside>x</Aside> inside.', 'has <Aside> inside a paragraph', 'lines of its own'],
  ])('%s', (body, error, fix) => {
    const found = errorsFor(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(error);
    expect(found[0]).toMatch(new RegExp(`\\n {4}fix: .*${fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('refuses the map twice: map: true and <PeninsulaMap />', () => {
    const found = errorsFor('<PeninsulaMap />', (t) => t.replace('kind: agreement', 'kind: agreement\nmap: true'));
    expect(found).toEqual([expect.stringContaining('map: shows the map twice')]);
  });

  it('refuses <PeninsulaMap /> twice in one body: its ids would clash (Nu checker: duplicate ID)', () => {
    const found = errorsFor('<PeninsulaMap />\n\nBetween.\n\n<PeninsulaMap />');
    expect(found).toEqual([expect.stringMatching(/beta-agreement\.mdx:\d+:1: error: shows the map a second time/)]);
    expect(found[0]).toContain('fix: show the map once per page');
  });
});
