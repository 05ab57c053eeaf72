import GithubSlugger from 'github-slugger';

/** A URL slug of an entry or opinion piece: its file name without extension. Branded so it is not mixed with titles. */
export type Slug = string & { readonly __brand: 'Slug' };

export type Collection = 'entries' | 'opinion';

/** Every URL the site gives a document; the one place that knows the URL scheme. */
export function documentHref(collection: Collection, slug: string, base = '/'): string {
  return `${base.replace(/\/$/, '')}/${collection}/${slug}/`;
}

/** `content/entries/korean-war.mdx` → `korean-war`. */
export function slugFromPath(path: string): Slug {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.mdx?$/, '') as Slug;
}

/**
 * Ids that entry and opinion pages give elements around the body (layout, header, infobox, reference list,
 * further reading, what links here, related entries, opinion summary and claims, the map's title and
 * description). A body heading whose text slugs to one of them ("## References", "## Summary") would repeat
 * the id: an HTML error (the Nu checker's "Duplicate ID") and a #fragment that lands on the page's section
 * instead of the author's. tests/unit/lib/slug.test.ts checks that every literal id in those templates is here.
 */
export const PAGE_IDS: readonly string[] = [
  'content',
  'content-errors-title',
  'header-search',
  'theme-toggle',
  'infobox-title',
  'references',
  'further-reading',
  'what-links-here',
  'related-entries',
  'discussed-in-opinion',
  'summary',
  'claims',
  'concerns',
  'peninsula-map-title',
  'peninsula-map-desc',
];

/**
 * Heading ids as rehype-slug makes them (github-slugger), so that `[[Entry#Heading]]` and the rendered
 * `<h2 id>` always agree. One slugger per document: repeated headings get -1, -2 suffixes in order, and
 * the page's own ids (PAGE_IDS) count as taken, so "## References" gets #references-1.
 */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id);
  return (text: string) => slugger.slug(text);
}

/** Normalises a title or alias for case-insensitive matching: case, spacing and dash variants do not matter. */
export function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
