import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers.ts';

describe('remark-wikilinks through the real processor', () => {
  it.each([
    ['[[Korean War]]', '<a href="/entries/korean-war/" class="xref">Korean War</a>'],
    ['[[korean war|the war]]', '<a href="/entries/korean-war/" class="xref">the war</a>'],
    ['[[DMZ]]', '<a href="/entries/korean-demilitarized-zone/" class="xref">DMZ</a>'],
    ['[[Korean War#Armistice]]', '<a href="/entries/korean-war/#armistice" class="xref">Korean War</a>'],
    ['[[한국 전쟁]]', '<a href="/entries/korean-war/" class="xref"><span lang="ko">한국 전쟁</span></a>'],
  ])('%s becomes a link to the entry', async (md, html) => {
    const { code } = await renderMarkdown(`See ${md} here.`);
    expect(code).toContain(html);
  });

  it('links several cross-references in one paragraph and keeps the text between them', async () => {
    const { code } = await renderMarkdown('After the [[Korean War]], the [[DMZ]] and the [[Sunshine Policy]] followed.');
    expect(code).toBe(
      '<p>After the <a href="/entries/korean-war/" class="xref">Korean War</a>, the ' +
        '<a href="/entries/korean-demilitarized-zone/" class="xref">DMZ</a> and the ' +
        '<a href="/entries/sunshine-policy/" class="xref">Sunshine Policy</a> followed.</p>',
    );
  });

  it('fails with file:line, the link and the closest titles when no entry matches', async () => {
    await expect(renderMarkdown('First line.\n\nSee the [[Korean Wat]].', {}, 'content/entries/x.mdx')).rejects.toThrow(
      'content/entries/x.mdx:3: [[Korean Wat]] matches no entry title or alias. Did you mean "Korean War"?',
    );
  });

  it('fails naming the headings when the #heading does not exist', async () => {
    await expect(renderMarkdown('[[Korean War#Armistic]]')).rejects.toThrow(
      '[[Korean War#Armistic]] points to a heading "Armistic" that "Korean War" does not have. Did you mean "Armistice"?',
    );
  });

  it('leaves text without cross-references alone', async () => {
    const { code } = await renderMarkdown('A [single] bracket and [a link](https://example.org).');
    expect(code).toContain('[single] bracket');
    expect(code).toContain('href="https://example.org"');
  });

  it('renders cross-references in a heading, a list and a table as the page shows them', async () => {
    const { code } = await renderMarkdown(
      '## Since the [[Korean War]]\n\n- [[Korean War#Background|its background]]\n- [[6·25 War]]\n\n| Zone |\n| --- |\n| [[DMZ\\|the zone]] |',
    );
    expect(code).toMatchInlineSnapshot(`
      "<h2 id="since-the-korean-war">Since the <a href="/entries/korean-war/" class="xref">Korean War</a><a class="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="" href="#since-the-korean-war"></a></h2>
      <ul>
      <li><a href="/entries/korean-war/#background" class="xref">its background</a></li>
      <li><a href="/entries/korean-war/" class="xref">6·25 War</a></li>
      </ul>
      <div class="table-scroll" role="region" aria-labelledby="table-caption-1" tabindex="0"><table><caption id="table-caption-1" class="visually-hidden">Since the Korean War</caption>
      <thead>
      <tr>
      <th scope="col">Zone</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td><a href="/entries/korean-demilitarized-zone/" class="xref">the zone</a></td>
      </tr>
      </tbody>
      </table></div>"
    `);
  });
});
