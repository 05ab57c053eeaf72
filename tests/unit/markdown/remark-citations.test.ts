import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers.ts';

const sources = [{ id: 'un' }, { id: 'bbc' }, { id: 'never' }];

describe('remark-citations through the real processor', () => {
  it('numbers citations by first use and gives each marker its own id', async () => {
    const { code, metadata } = await renderMarkdown('One.[@bbc] Two.[@un] Three.[@bbc]', { sources });
    expect(code).toContain('<a href="#ref-bbc" id="cite-bbc-1" class="cite">[1]</a>');
    expect(code).toContain('<a href="#ref-un" id="cite-un-1" class="cite">[2]</a>');
    expect(code).toContain('<a href="#ref-bbc" id="cite-bbc-2" class="cite">[1]</a>');
    expect(metadata.frontmatter.citations).toEqual({ order: ['bbc', 'un'], counts: { bbc: 2, un: 1 } });
  });

  it('fails with the file and line when a citation names no source', async () => {
    await expect(renderMarkdown('Text.\n\nMore.[@nyt]', { sources }, 'content/entries/y.mdx')).rejects.toThrow(
      'content/entries/y.mdx:3: [@nyt] cites no source with that id.',
    );
  });

  it('renders citations in text, a list, a table cell and a quotation, numbered by first use', async () => {
    const { code, metadata } = await renderMarkdown(
      [
        'A claim.[@un] Two at once.[@bbc][@un]',
        '',
        '- In a list.[@never]',
        '',
        '| Cell |',
        '| --- |',
        '| In a cell.[@bbc] |',
        '',
        '<Quote source="A speaker" cite="un">',
        '',
        'Quoted words.',
        '',
        '</Quote>',
      ].join('\n'),
      { sources },
    );
    expect(code).toMatchInlineSnapshot(`
      "<p>A claim.<a href="#ref-un" id="cite-un-1" class="cite">[1]</a> Two at once.<a href="#ref-bbc" id="cite-bbc-1" class="cite">[2]</a><a href="#ref-un" id="cite-un-2" class="cite">[1]</a></p>
      <ul>
      <li>In a list.<a href="#ref-never" id="cite-never-1" class="cite">[3]</a></li>
      </ul>
      <div class="table-scroll" role="region" aria-labelledby="table-caption-1" tabindex="0"><table><caption id="table-caption-1" class="visually-hidden">Table 1</caption>
      <thead>
      <tr>
      <th scope="col">Cell</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>In a cell.<a href="#ref-bbc" id="cite-bbc-2" class="cite">[2]</a></td>
      </tr>
      </tbody>
      </table></div>
      <quote-stub cite="un" citeAnchor="cite-un-3" citeHref="#ref-un" citeNumber="1" source="A speaker"><p>Quoted words.</p></quote-stub>"
    `);
    expect(metadata.frontmatter.citations).toMatchInlineSnapshot(`
      {
        "counts": {
          "bbc": 2,
          "never": 1,
          "un": 3,
        },
        "order": [
          "un",
          "bbc",
          "never",
        ],
      }
    `);
  });
});
