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
 * Heading ids as rehype-slug makes them (github-slugger), so that `[[Entry#Heading]]` and the rendered
 * `<h2 id>` always agree. One slugger per document: repeated headings get -1, -2 suffixes in order.
 */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
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
