import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers.ts';

describe('rehype-external-links through the real processor', () => {
  it('marks http(s) links as external, in text and autolinked, and leaves site and anchor links alone', async () => {
    const { code } = await renderMarkdown(
      [
        '[UN](https://un.org/) and [plain http](http://example.org/a?b=1&c=2), a bare https://example.org/auto,',
        'a [[Korean War]] cross-reference, a [page](/timeline/) and an [anchor](#background).',
      ].join('\n'),
    );
    expect(code).toMatchInlineSnapshot(`
      "<p><a href="https://un.org/" rel="noopener noreferrer external" class="external">UN</a> and <a href="http://example.org/a?b=1&#x26;c=2" rel="noopener noreferrer external" class="external">plain http</a>, a bare <a href="https://example.org/auto" rel="noopener noreferrer external" class="external">https://example.org/auto</a>,
      a <a href="/entries/korean-war/" class="xref">Korean War</a> cross-reference, a <a href="/timeline/">page</a> and an <a href="#background">anchor</a>.</p>"
    `);
  });

  it('marks an external link inside a heading, beside the heading’s own anchor', async () => {
    const { code } = await renderMarkdown('## Heading [with a link](https://example.org/)');
    expect(code).toMatchInlineSnapshot(
      `"<h2 id="heading-with-a-link">Heading <a href="https://example.org/" rel="noopener noreferrer external" class="external">with a link</a><a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#heading-with-a-link"></a></h2>"`,
    );
  });
});
