import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers.ts';

/** What MDX compiles a body to, from the content function's return on: the rest is MDX's own boilerplate. */
const body = (compiled: string) => compiled.slice(compiled.indexOf('  return _jsx'), compiled.indexOf('\nfunction MDXContent'));

describe('rehype-static-html: plain HTML folded into strings between components', () => {
  it('compiles a body without components to one string', async () => {
    const { compiled, code } = await renderMarkdown('# Title\n\nA *paragraph* with "quotes", & and a > sign.\n\n- one\n- two');
    expect(body(compiled)).toMatchInlineSnapshot(`
      "  return _jsx(Fragment, {
          "set:html": "<h1 id=\\"title\\">Title<a class=\\"heading-anchor\\" aria-label=\\"Link to this section\\" data-pagefind-ignore=\\"\\" href=\\"#title\\"></a></h1>\\n<p>A <em>paragraph</em> with “quotes”, &#x26; and a > sign.</p>\\n<ul>\\n<li>one</li>\\n<li>two</li>\\n</ul>"
        });
      }"
    `);
    expect(code).toMatchInlineSnapshot(`
      "<h1 id="title">Title<a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#title"></a></h1>
      <p>A <em>paragraph</em> with “quotes”, &#x26; and a > sign.</p>
      <ul>
      <li>one</li>
      <li>two</li>
      </ul>"
    `);
  });

  it('keeps components as calls, folding the HTML around and inside them', async () => {
    const { compiled } = await renderMarkdown(
      'Before.\n\n<Aside>\n\nInside, *folded* too.\n\n</Aside>\n\nBetween.\n\n<Aside kind="caution">\n\nTwo\n\nparagraphs.\n\n</Aside>\n\nAfter.',
    );
    expect(body(compiled)).toMatchInlineSnapshot(`
      "  return _jsxs(_Fragment, {
          children: [_jsx(Fragment, {
            "set:html": "<p>Before.</p>\\n"
          }), _jsx(Aside, {
            children: _jsx(Fragment, {
              "set:html": "<p>Inside, <em>folded</em> too.</p>"
            })
          }), _jsx(Fragment, {
            "set:html": "\\n<p>Between.</p>\\n"
          }), _jsx(Aside, {
            kind: "caution",
            children: _jsx(Fragment, {
              "set:html": "<p>Two</p><p>paragraphs.</p>"
            })
          }), _jsx(Fragment, {
            "set:html": "\\n<p>After.</p>"
          })]
        });
      }"
    `);
  });
});
