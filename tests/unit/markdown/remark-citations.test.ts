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

  it('marks links that leave the site as external', async () => {
    const { code } = await renderMarkdown('[UN](https://un.org/)', { sources });
    expect(code).toContain('rel="noopener noreferrer external"');
    expect(code).toContain('class="external"');
  });

  it('gives headings ids and a copyable anchor link', async () => {
    const { code } = await renderMarkdown('## Korea’s division', { sources });
    expect(code).toContain('<h2 id="koreas-division">');
    expect(code).toContain(
      '<h2 id="koreas-division">Korea’s division<a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#koreas-division"></a></h2>',
    );
  });
});
