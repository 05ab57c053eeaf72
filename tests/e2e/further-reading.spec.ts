import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readPage, sourceEntries } from './site.ts';

/**
 * "Further reading" (issue 13), read from dist/: each entry that lists it shows exactly its items, as outside
 * links marked the way references are, in a section search leaves out, after References and in the contents
 * box; an entry without it shows neither.
 */
interface Item {
  url: string;
}
const entries = sourceEntries().map(({ slug, source }) => {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const data = parse(frontmatter) as { furtherReading?: Item[] } | null;
  return { slug, items: data?.furtherReading ?? [] };
});
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
const section = (html: string, cls: string) => new RegExp(`<section class="${cls}"[^>]*>([\\s\\S]*?)</section>`).exec(html);

test('is checked on one page per entry', () => {
  expect(entries.length).toBeGreaterThan(0);
});

for (const { slug, items } of entries) {
  test(`/entries/${slug}/: further reading as its frontmatter lists it`, () => {
    const html = readPage(`/entries/${slug}/`);
    const found = section(html, 'further-reading');
    const contents = /<nav aria-label="Contents">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    if (!items.length) {
      expect(found, 'a section with nothing in it').toBeNull();
      expect(contents).not.toContain('#further-reading');
      return;
    }
    expect(found![0]).toMatch(/^<section class="further-reading" aria-labelledby="further-reading" data-pagefind-ignore/);
    const links = [...found![1]!.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]!);
    expect(links.map((a) => unescape(/href="([^"]*)"/.exec(a)![1]!)).sort()).toEqual(items.map((i) => i.url).sort());
    for (const a of links) {
      expect(a).toContain('class="external"');
      expect(a).toContain('rel="noopener noreferrer external"');
    }
    // After References, on the page and in the contents box (where the box is shown).
    expect(html.indexOf('id="further-reading"')).toBeGreaterThan(html.indexOf('id="references"'));
    if (contents) expect(contents.indexOf('#further-reading')).toBeGreaterThan(contents.indexOf('#references'));
    // Nothing the entry cites is listed again.
    const references = section(html, 'references')?.[1] ?? '';
    for (const i of items) expect(references).not.toContain(`href="${i.url.replace(/&/g, '&amp;')}"`);
  });
}
