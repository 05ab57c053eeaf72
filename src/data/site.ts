import { getCollection, type CollectionEntry } from 'astro:content';
import { extractHeadings } from '../lib/headings.ts';
import { buildLinkGraph, type LinkGraph } from '../lib/link-graph.ts';
import { createLinkIndex, resolveLink, type LinkIndex } from '../lib/link-index.ts';
import type { Slug } from '../lib/slug.ts';
import { buildTimeline, type Era } from '../lib/timeline.ts';

export type Entry = CollectionEntry<'entries'>;
export type Opinion = CollectionEntry<'opinion'>;

/** Everything pages derive from the whole corpus, computed once per build and shared by every page. */
export interface Site {
  /** Entries sorted by title, as the A–Z index lists them. */
  entries: Entry[];
  opinions: Opinion[];
  bySlug: ReadonlyMap<string, Entry>;
  index: LinkIndex;
  graph: LinkGraph;
  /** Opinion pieces concerning each entry slug ("Discussed in opinion"). */
  opinionsAbout: ReadonlyMap<string, Opinion[]>;
  /** Every dated event of every entry, by era. */
  timeline: Era<Entry>[];
}

let site: Promise<Site> | undefined;

/** The one place pages get corpus-wide data from; the promise is shared, so the work runs once. */
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}

export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });

async function load(): Promise<Site> {
  const entries = (await getCollection('entries')).sort(byTitle);
  const opinions = (await getCollection('opinion')).sort((a, b) => b.data.published.localeCompare(a.data.published));
  const index = createLinkIndex(
    entries.map((e) => ({
      slug: e.id as Slug,
      title: e.data.title,
      aliases: e.data.aliases,
      headings: extractHeadings(e.body ?? '').map(({ text, id }) => ({ text, id })),
      file: e.filePath ?? e.id,
    })),
  );
  const graph = buildLinkGraph(index, [
    ...entries.map((e) => ({ collection: 'entries' as const, slug: e.id, title: e.data.title, body: e.body ?? '' })),
    ...opinions.map((o) => ({ collection: 'opinion' as const, slug: o.id, title: o.data.title, body: o.body ?? '' })),
  ]);
  const opinionsAbout = new Map<string, Opinion[]>();
  for (const op of opinions) {
    for (const name of op.data.concerns) {
      const result = resolveLink(index, { target: name });
      if (!result.ok) continue;
      const list = opinionsAbout.get(result.target.slug) ?? [];
      if (!list.includes(op)) list.push(op);
      opinionsAbout.set(result.target.slug, list);
    }
  }
  const timeline = buildTimeline(entries.flatMap((e) => e.data.events.map((ev) => ({ ...ev, source: e }))));
  return { entries, opinions, bySlug: new Map(entries.map((e) => [e.id, e])), index, graph, opinionsAbout, timeline };
}
