import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { renderMarkdown } from '../helpers.ts';

/**
 * Bodies come from strangers. Each payload below is a way to get code, a script URL or unreviewed HTML into a
 * page. Every one must either be refused by the content model, naming file:line:column, and never compiled, or
 * pass through the real pipeline and come out inert, as asserted on the rendered HTML.
 */
const fixture = (name: string) => readFileSync(`tests/fixtures/valid/${name}`, 'utf8');
const alpha = fixture('entries/alpha-war.mdx');
const beta = fixture('entries/beta-agreement.mdx');
const BODY_LINE = beta.split('\n').length + 1;

const REFUSED: [string, string][] = [
  ['a fence whose info string holds a backtick, then a script', '``` `js\n<script>alert(1)</script>\n```'],
  ['a script element', '<script>alert(1)</script>'],
  ['a script inside SVG', '<svg><script>alert(1)</script></svg>'],
  ['an SVG onload handler', '<svg onload="alert(1)" />'],
  ['an image with onerror', '<img src="x" onerror="alert(1)" />'],
  ['a raw anchor with a javascript: href', '<a href="javascript:alert(1)">x</a>'],
  ['an iframe', '<iframe src="https://example.org/" />'],
  ['a style element', '<style>body</style>'],
  ['a lower-case aside (HTML, not the component)', '<aside>x</aside>'],
  ['a member-expression component', '<Aside.Inner>x</Aside.Inner>'],
  ['a namespaced element', '<svg:script>alert(1)</svg:script>'],
  ['an HTML comment hiding a script', '<!-- <script>alert(1)</script> -->'],
  ['a Markdown link to javascript:', '[x](javascript:alert(1))'],
  ['mixed case', '[x](JaVaScRiPt:alert(1))'],
  ['the scheme written with a decimal reference', '[x](&#106;avascript:alert(1))'],
  ['the scheme written with hex references and &colon;', '[x](&#x6A;&#x61;vascript&colon;alert(1))'],
  ['a tab inside the scheme', '[x](java&#x09;script:alert(1))'],
  ['a reference definition to javascript:', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ['an image with a javascript: source', '![x](javascript:alert(1))'],
  ['an angle-bracket autolink to javascript:', '<javascript:alert(1)>'],
  ['a data: URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a vbscript: URL', '[x](vbscript:msgbox(1))'],
  ['an expression in text', 'Two is {1 + 1}.'],
  ['an expression that runs at build time', '{process.exit(1)}'],
  ['import', 'import fs from "node:fs"'],
  ['export', 'export const x = 1'],
  ['a spread attribute on a component', '<Aside {...props}>x</Aside>'],
  ['an expression as a prop value', '<Aside kind={"note"}>x</Aside>'],
  ['an event handler on a component', '<Aside onClick="alert(1)">x</Aside>'],
  ['a prop the site sets, forged by the author', '<Quote source="x" cite="one" citeHref="javascript:alert(1)">q</Quote>'],
  ['a forged map prop', '<PeninsulaMap current="x" />'],
  ['a figure from another site', '<Figure src="https://example.org/x.png" alt="a" credit="c" licence="l" />'],
  ['a figure outside the content folder', '<Figure src="../../../../package.json" alt="a" credit="c" licence="l" />'],
  ['a Markdown image (no credit, no licence)', '![A map](./map.png)'],
];

describe('payloads the content model refuses, with file:line:column, and never compiles', () => {
  it.each(REFUSED)('%s', (_name, payload) => {
    const model = checkContent(
      [
        { collection: 'entries', path: 'content/entries/alpha-war.mdx', text: alpha },
        { collection: 'entries', path: 'content/entries/beta-agreement.mdx', text: `${beta}\n${payload}\n` },
      ],
      { contentRoot: 'content' },
    );
    const errors = model.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('beta-agreement.mdx'));
    expect(errors.length, model.diagnostics.map(formatDiagnostic).join('\n')).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.line).toBeGreaterThanOrEqual(BODY_LINE);
      expect(e.column).toBeGreaterThan(0);
      expect(formatDiagnostic(e)).toMatch(/^content\/entries\/beta-agreement\.mdx:\d+:\d+: error: .+\n {4}fix: .+/);
    }
    expect(model.entries.find((e) => e.slug === 'beta-agreement')?.compiled).toBeUndefined();
  });
});

describe('the rendering pipeline refuses the same payloads on its own', () => {
  // Parse errors never reach a tree; every other refusal is made again inside the pipeline that renders.
  const parsable = REFUSED.filter(([name]) => !/comment|autolink|namespaced/.test(name));
  it.each(parsable)('%s', async (_name, payload) => {
    await expect(renderMarkdown(payload, { sources: [{ id: 'one' }] })).rejects.toThrow(
      /content\/entries\/test\.mdx:\d+:\d+: error:/,
    );
  });
  it('covers at least 25 payloads', () => expect(parsable.length).toBeGreaterThanOrEqual(25));
});

const INERT: [string, string][] = [
  ['a script in inline code', '`<script>alert(1)</script>`'],
  ['a script in a fenced block', '```html\n<script>alert(1)</script>\n```'],
  ['character references for a tag', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['quotes that try to leave the href', '[x](https://example.org/"onmouseover="alert(1))'],
  ['a bare javascript: text (not linked by GFM)', 'javascript:alert(1)'],
  ['a cross-reference label holding a reference', '[[Korean War|&lt;img onerror=alert(1)&gt;]]'],
  ['an escaped brace', 'Braces \\{like this\\} are text.'],
];

describe('payloads that render, inert', () => {
  it.each(INERT)('%s', async (_name, payload) => {
    const { code } = await renderMarkdown(payload);
    expect(code).not.toMatch(/<script/i);
    expect(code).not.toMatch(/href="\s*javascript:/i);
    expect(code).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(code).not.toMatch(/<img/i);
    expect(code.length).toBeGreaterThan(payload.length / 2);
  });

  it('escapes what it keeps', async () => {
    expect((await renderMarkdown('`<script>alert(1)</script>`')).code).toBe(
      '<p><code>&#x3C;script>alert(1)&#x3C;/script></code></p>',
    );
    expect((await renderMarkdown('[x](https://example.org/"onmouseover="alert(1))')).code).toContain(
      'href="https://example.org/%22onmouseover=%22alert(1)"',
    );
  });
});
