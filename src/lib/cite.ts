import { MONTHS, parseIsoDate } from './dates.ts';

/** What a reader needs to cite an entry: the page as a web document with a stable URL. */
export interface CitablePage {
  title: string;
  url: string;
  siteName: string;
  /** Day the content was last reviewed: the version date readers cite. */
  updated: string;
  /** Day the reader looks at it. */
  accessed: string;
}

const MONTHS_MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(iso: string) {
  const p = parseIsoDate(iso);
  if (!p || p.month === undefined || p.day === undefined) throw new Error(`citation dates must be full days, got "${iso}"`);
  return p as { year: number; month: number; day: number };
}

/** APA 7: Title. (Year, Month Day). *Site*. Retrieved Month Day, Year, from URL */
export function apa(page: CitablePage): string {
  const u = parts(page.updated);
  return `${page.title}. (${u.year}, ${MONTHS[u.month - 1]} ${u.day}). ${page.siteName}. Retrieved ${formatUs(page.accessed)}, from ${page.url}`;
}

/** MLA 9: "Title." *Site*, Day Mon. Year, URL. Accessed Day Mon. Year. */
export function mla(page: CitablePage): string {
  return `“${page.title}.” ${page.siteName}, ${formatMla(page.updated)}, ${page.url.replace(/^https?:\/\//, '')}. Accessed ${formatMla(page.accessed)}.`;
}

/** Chicago (notes-bibliography, website): "Title." Site. Last modified Month Day, Year. URL. */
export function chicago(page: CitablePage): string {
  return `“${page.title}.” ${page.siteName}. Last modified ${formatUs(page.updated)}. Accessed ${formatUs(page.accessed)}. ${page.url}.`;
}

/** BibTeX @misc with a key from the URL slug, braces escaped so titles keep their capitals. */
export function bibtex(page: CitablePage): string {
  const slug = page.url.replace(/\/$/, '').split('/').pop() ?? 'entry';
  const key = `${page.siteName}-${slug}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const u = parts(page.updated);
  const esc = (s: string) => s.replace(/([{}&%$#_])/g, '\\$1');
  return [
    `@misc{${key},`,
    `  title = {{${esc(page.title)}}},`,
    `  howpublished = {${esc(page.siteName)}},`,
    `  year = {${u.year}},`,
    `  month = {${u.month}},`,
    `  url = {${page.url}},`,
    `  note = {Last reviewed ${page.updated}; accessed ${page.accessed}},`,
    `}`,
  ].join('\n');
}

function formatUs(iso: string): string {
  const p = parts(iso);
  return `${MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
}
function formatMla(iso: string): string {
  const p = parts(iso);
  return `${p.day} ${MONTHS_MLA[p.month - 1]} ${p.year}`;
}

export const CITATION_STYLES = { APA: apa, MLA: mla, Chicago: chicago, BibTeX: bibtex } as const;
