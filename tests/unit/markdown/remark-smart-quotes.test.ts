import { describe, expect, it } from 'vitest';
import { smarten } from '../../../src/markdown/remark-smart-quotes.ts';
import { renderMarkdown } from '../helpers.ts';

describe('smart quotes', () => {
  it.each([
    ['"Two hostile states" doctrine', '“Two hostile states” doctrine'],
    ["North Korea's leader", 'North Korea’s leader'],
    ["the '90s famine", 'the ‘90s famine'],
    ["'single' quotes", '‘single’ quotes'],
    ['1950--1953 and a pause---then', '1950–1953 and a pause—then'],
    ['wait...', 'wait…'],
    ['(“already curly”)', '(“already curly”)'],
    ['a hyphen-ated word', 'a hyphen-ated word'],
  ])('%s → %s', (input, output) => expect(smarten(input)).toBe(output));

  it('runs in the real pipeline, leaves code alone and closes quotes after a link', async () => {
    const { code } = await renderMarkdown('Said "it\'s [[DMZ]]". And `"code"`; [[DMZ]]\'s line.');
    expect(code).toContain('Said “it’s');
    expect(code).toContain('</a>”.');
    expect(code).toContain('<code>"code"</code>');
    expect(code).toContain('</a>’s line');
  });

  it('renders a paragraph, a heading and a list item typographically, code untouched', async () => {
    const { code, metadata } = await renderMarkdown(
      '## "Sunshine" -- the \'90s\n\nHe said "it\'s over..." --- and left.\n\n- \'quoted\' item\n\n```\n"raw" -- code\n```',
    );
    expect(code).toMatchInlineSnapshot(`
      "<h2 id="sunshine--the-90s">“Sunshine” – the ‘90s<a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#sunshine--the-90s"></a></h2>
      <p>He said “it’s over…” — and left.</p>
      <ul>
      <li>‘quoted’ item</li>
      </ul>
      <pre><code>"raw" -- code
      </code></pre>"
    `);
    expect(metadata.headings[0]?.text).toMatchInlineSnapshot(`"“Sunshine” – the ‘90s"`);
  });
});
