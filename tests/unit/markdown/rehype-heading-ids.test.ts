import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers.ts';

/**
 * Headings through the real processor: the ids come from the content model's list (the one the contents
 * box and [[Entry#Heading]] links read), and each heading gets an empty, aria-labelled anchor link, so the
 * heading's own text is the heading alone.
 */
describe('headings and the contents list', () => {
  it('gives headings ids and a copyable anchor link, and lists them as the contents box reads them', async () => {
    const { code, metadata } = await renderMarkdown(
      [
        'Opening paragraph.',
        '',
        '## Korea’s division',
        '',
        '### After the [[Korean War|war]][@un]',
        '',
        '## Background',
        '',
        '## Background',
        '',
        '## The `code` and *emphasis*',
        '',
        '#### Deep',
      ].join('\n'),
      { sources: [{ id: 'un' }] },
    );
    expect(code).toMatchInlineSnapshot(`
      "<p>Opening paragraph.</p>
      <h2 id="koreas-division">Korea’s division<a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#koreas-division"></a></h2>
      <h3 id="after-the-war">After the <a href="/entries/korean-war/" class="xref">war</a><a href="#ref-un" id="cite-un-1" class="cite">[1]</a><a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#after-the-war"></a></h3>
      <h2 id="background">Background<a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#background"></a></h2>
      <h2 id="background-1">Background<a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#background-1"></a></h2>
      <h2 id="the-code-and-emphasis">The <code>code</code> and <em>emphasis</em><a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#the-code-and-emphasis"></a></h2>
      <h4 id="deep">Deep<a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#deep"></a></h4>"
    `);
    expect(metadata.headings).toMatchInlineSnapshot(`
      [
        {
          "depth": 2,
          "id": "koreas-division",
          "line": 3,
          "text": "Korea’s division",
        },
        {
          "depth": 3,
          "id": "after-the-war",
          "line": 5,
          "text": "After the war",
        },
        {
          "depth": 2,
          "id": "background",
          "line": 7,
          "text": "Background",
        },
        {
          "depth": 2,
          "id": "background-1",
          "line": 9,
          "text": "Background",
        },
        {
          "depth": 2,
          "id": "the-code-and-emphasis",
          "line": 11,
          "text": "The code and emphasis",
        },
        {
          "depth": 4,
          "id": "deep",
          "line": 13,
          "text": "Deep",
        },
      ]
    `);
  });

  it('leaves the GFM footnotes heading its own id and out of the contents list', async () => {
    const { code, metadata } = await renderMarkdown('## Notes\n\nText.[^1]\n\n[^1]: A footnote.');
    expect(code).toContain('<h2 id="notes">');
    expect(code).toContain('id="footnote-label"');
    expect(metadata.headings.map((h) => h.id)).toEqual(['notes']);
  });
});
