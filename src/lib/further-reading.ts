/**
 * "Further reading" (GitHub issue 13): documents and sites an entry points readers to without citing them, as
 * Wikipedia's "Further reading" and "External links" sections do. The kinds are a fixed vocabulary, kept here
 * so the schema, its error messages and the page read the same list, in the order the page shows them.
 */
export const FURTHER_READING_KINDS = {
  'official-text': { label: 'Official texts', rule: 'the text of a treaty, declaration, resolution or statement' },
  archive: { label: 'Archives and document collections', rule: 'a collection of primary documents' },
  study: { label: 'Studies', rule: 'a book, report or article of scholarship or analysis' },
  'official-site': {
    label: 'Official websites',
    rule: 'the website of an organisation the entry is about or that is central to it',
  },
} as const;

export type FurtherReadingKind = keyof typeof FURTHER_READING_KINDS;
export const FURTHER_READING_KIND_NAMES = Object.keys(FURTHER_READING_KINDS) as [FurtherReadingKind, ...FurtherReadingKind[]];

/**
 * An address reduced to what tells two links to one page apart: the scheme (http/https), a leading "www.",
 * the letter case of the host, a trailing slash and the #fragment do not. Query strings do (?ud=1 is a page).
 */
export function comparableUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
  } catch {
    return url.trim();
  }
}

/** A further-reading item that repeats a source, or an earlier item of the list. */
export interface FurtherReadingRepeat {
  /** Index of the item in `furtherReading`. */
  index: number;
  /** What it repeats: a source (by index and id) or an earlier further-reading item. */
  repeats: { field: 'sources'; index: number; id: string } | { field: 'furtherReading'; index: number };
}

/**
 * Items whose address is already a source of the entry (it belongs under References, once) or an earlier item
 * of the list. A cited document listed again as further reading would show readers the same page twice.
 */
export function furtherReadingRepeats(
  sources: readonly { id: string; url: string }[],
  furtherReading: readonly { url: string }[],
): FurtherReadingRepeat[] {
  const bySource = new Map<string, number>();
  sources.forEach((s, i) => {
    const key = comparableUrl(s.url);
    if (!bySource.has(key)) bySource.set(key, i);
  });
  const seen = new Map<string, number>();
  const repeats: FurtherReadingRepeat[] = [];
  furtherReading.forEach((item, index) => {
    const key = comparableUrl(item.url);
    const source = bySource.get(key);
    if (source !== undefined) repeats.push({ index, repeats: { field: 'sources', index: source, id: sources[source]!.id } });
    else if (seen.has(key)) repeats.push({ index, repeats: { field: 'furtherReading', index: seen.get(key)! } });
    else seen.set(key, index);
  });
  return repeats;
}

/** The items grouped by kind, in the vocabulary's order, each group in the order the editor wrote it. */
export function groupFurtherReading<T extends { kind: FurtherReadingKind }>(
  items: readonly T[],
): { kind: FurtherReadingKind; label: string; items: T[] }[] {
  return FURTHER_READING_KIND_NAMES.map((kind) => ({
    kind,
    label: FURTHER_READING_KINDS[kind].label,
    items: items.filter((i) => i.kind === kind),
  })).filter((g) => g.items.length > 0);
}
