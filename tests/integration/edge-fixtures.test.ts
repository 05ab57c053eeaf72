import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../../scripts/lib/astro-build.ts';

/**
 * Valid content at the edges of the rules (tests/fixtures/edge/): the longest title and lede the schema allows,
 * a title in Hangul only, an entry with no Korean name, no infobox and no events, a GFM table holding
 * cross-references and citations, the author components (Aside, Quote, Figure), and an opinion piece with no claims. The real build must accept them all
 * and render what they hold.
 */
const work = mkdtempSync(join(tmpdir(), 'peninsula-edge-'));
const dist = join(work, 'dist');
let build: BuildResult;
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(async () => {
  build = await astroBuild('tests/fixtures/edge', dist, { projectCopy: join(work, 'project') });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build accepts valid edge cases', () => {
  it('builds with no content errors or warnings', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('4 entries and 1 opinion piece checked');
    expect(build.output).not.toMatch(/: (error|warning): /);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('renders a 120-character title whole, and lists it in the A–Z index', () => {
    const title =
      'The Very Long and Carefully Qualified Title of an Agreement Between the Two Koreas on Matters of Mutual Interest 1991–92';
    expect(title).toHaveLength(120);
    expect(page('entries/long-title-agreement')).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    expect(page('entries')).toContain(title);
  });

  it('publishes a Hangul-only title at its ASCII file name, listed in the index and linkable by it', () => {
    expect(page('entries/gaeseong-gongdan')).toMatch(/<h1[^>]*>개성공단<\/h1>/);
    expect(page('entries')).toMatch(
      /<a[^>]*href="\/entries\/gaeseong-gongdan\/"[^>]*>\s*(?:<span lang="ko">)?개성공단(?:<\/span>)?\s*<\/a>/,
    );
    expect(page('entries/epsilon-council')).toMatch(
      /<a href="\/entries\/gaeseong-gongdan\/"[^>]*>(?:<span lang="ko">)?개성공단(?:<\/span>)?<\/a>/,
    );
  });

  it('renders an entry with no Korean name, infobox or events, and repeated headings with distinct anchors', () => {
    const html = page('entries/epsilon-council');
    expect(html).toMatch(/<h1[^>]*>Epsilon Council<\/h1>/);
    expect(html).toContain('id="history"');
    expect(html).toContain('id="history-1"');
    // [[Epsilon Council#History|council]] goes to the first of the two.
    expect(page('entries/gaeseong-gongdan')).toContain('href="/entries/epsilon-council/#history"');
    // "## References" in the body must not repeat the id of the page's reference list.
    expect(html.match(/ id="references"/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="references-1">References');
    // Code keeps its braces and tags as text.
    expect(html).toContain('<code>{x}</code>');
  });

  it('renders a GFM table whose cells hold cross-references (pipe escaped) and citations', () => {
    const table = /<table>[\s\S]*?<\/table>/.exec(page('entries/zeta-table'))?.[0] ?? '';
    expect(table).toContain('<a href="/entries/gaeseong-gongdan/" class="xref"><span lang="ko">개성공단</span></a>');
    expect(table).toContain('<a href="/entries/epsilon-council/" class="xref">Council seat</a>');
    expect(table).toContain('href="#ref-zeta-three"');
    expect(table.match(/<tr>/g)).toHaveLength(3);
  });

  it('renders an opinion piece with no claims', () => {
    const html = page('opinion/no-claims-view');
    expect(html).toMatch(/<h1[^>]*>A view with no claims<\/h1>/);
    expect(html).toContain('href="/entries/gaeseong-gongdan/"');
  });

  it('renders the author components: both kinds of Aside, a numbered Quote and a Figure of a local SVG', () => {
    const html = page('entries/zeta-table');
    const asides = [
      ...html.matchAll(/<div class="callout callout-(\w+)[^"]*" role="note" aria-label="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g),
    ];
    expect(asides.map(([, kind, label]) => [kind, label])).toEqual([
      ['note', 'Note'],
      ['caution', 'Mind the dates'],
    ]);
    expect(asides[0]![3]).toContain('<a href="/entries/gaeseong-gongdan/" class="xref"><span lang="ko">개성공단</span></a>');
    expect(asides[1]![3]).toMatch(
      /<p>Figures before 1991 are estimates\.<a href="#ref-zeta-two" id="cite-zeta-two-\d" class="cite">\[2\]<\/a><\/p>/,
    );

    const quote = /<figure class="quote[^"]*"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    // Scoped styles add data-astro-cid-* attributes to the component's own elements.
    expect(quote).toMatch(/<blockquote[^>]*><p>We “agreed” on nothing but the table\.<\/p><\/blockquote>/);
    // zeta-three is cited in the table first, as [3]; the quotation is its second citation.
    expect(quote).toMatch(
      /— A delegate, 1991<a href="#ref-zeta-three" id="cite-zeta-three-2" class="cite[^"]*"[^>]*>\s*\[3\]\s*<\/a>/,
    );
    expect(html).toMatch(/<a href="#cite-zeta-three-2"/);

    const figure = /<figure class="figure[^"]*"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    const img = /<img [^>]*>/.exec(figure)?.[0] ?? '';
    expect(img).toContain('alt="Three bars, each taller than the last"');
    expect(img).toMatch(/src="\/_astro\/zeta-bars\.[\w-]+\.svg"/);
    expect(img).toContain('loading="lazy"');
    const src = /src="([^"]+)"/.exec(img)![1]!;
    expect(readFileSync(join(dist, src), 'utf8')).toContain('<svg');
    expect(figure).toMatch(
      /<figcaption[^>]*>\s*<span[^>]*>Seats by year\. <\/span><span class="figure-credit[^"]*"[^>]*>Peninsula test fixture · CC0<\/span>/,
    );
  });
});
