import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers.ts';

/**
 * The author components as the pipeline passes them: the props the author wrote, plus those the site adds
 * after the body check (a figure's file inside content/, the entry a map is on, a quotation's citation).
 * The helper renders them with stubs that print every prop; the built components are covered by the edge
 * fixtures (tests/integration/edge-fixtures.test.ts).
 */
const EDGE = { contentRoot: 'tests/fixtures/edge' };
const file = 'tests/fixtures/edge/entries/some-entry.mdx';

describe('author components and the props they receive', () => {
  it('Aside: kind and title as written, Markdown inside rendered', async () => {
    const { code } = await renderMarkdown(
      '<Aside>\n\nA plain note with [[DMZ]].\n\n</Aside>\n\n<Aside kind="caution" title="Mind the date">\n\nTwo\n\n*paragraphs*.\n\n</Aside>',
    );
    expect(code).toMatchInlineSnapshot(`
      "<aside-stub><p>A plain note with <a href="/entries/korean-demilitarized-zone/" class="xref">DMZ</a>.</p></aside-stub>
      <aside-stub kind="caution" title="Mind the date"><p>Two</p><p><em>paragraphs</em>.</p></aside-stub>"
    `);
  });

  it('Quote: numbered as a citation of its source, with the anchor the reference links back to', async () => {
    const { code } = await renderMarkdown(
      'Cited first.[@two]\n\n<Quote source="Kim Dae-jung, 2000" cite="one">\n\n"Peace" comes first.\n\n</Quote>',
      {
        sources: [{ id: 'one' }, { id: 'two' }],
      },
    );
    expect(code).toMatchInlineSnapshot(`
      "<p>Cited first.<a href="#ref-two" id="cite-two-1" class="cite">[1]</a></p>
      <quote-stub cite="one" citeAnchor="cite-one-1" citeHref="#ref-one" citeNumber="2" source="Kim Dae-jung, 2000"><p>“Peace” comes first.</p></quote-stub>"
    `);
  });

  it('Figure: the file beside the entry, relative to the content folder', async () => {
    const { code } = await renderMarkdown(
      '<Figure src="./zeta-bars.svg" alt="Three bars rising" caption="Growth" credit="Peninsula" licence="CC0" />',
      {},
      file,
      EDGE,
    );
    expect(code).toMatchInlineSnapshot(
      `"<figure-stub alt="Three bars rising" caption="Growth" credit="Peninsula" file="entries/zeta-bars.svg" licence="CC0" src="./zeta-bars.svg"></figure-stub>"`,
    );
  });

  it('PeninsulaMap: told which entry it is on', async () => {
    const { code } = await renderMarkdown('<PeninsulaMap />', {}, 'content/entries/korean-demilitarized-zone.mdx');
    expect(code).toMatchInlineSnapshot(`"<map-stub current="korean-demilitarized-zone"></map-stub>"`);
  });
});
