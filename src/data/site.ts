import { getCollection, type CollectionEntry } from 'astro:content';
import { loadContentModel } from '../integrations/content-files.ts';
import type { ContentModel, ParsedDataset, ParsedEntry, ParsedOpinion } from '../lib/content-check.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { LinkGraph } from '../lib/link-graph.ts';
import { resolveLink, type LinkIndex } from '../lib/link-index.ts';
import { buildNameIndex, type NameIndex } from '../lib/search-names.ts';
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
  /** The content model's record of each document (headings, compiled body), by `collection/slug`. */
  documents: ReadonlyMap<string, ParsedEntry | ParsedOpinion>;
  /** Opinion pieces concerning each entry slug ("Discussed in opinion"). */
  opinionsAbout: ReadonlyMap<string, Opinion[]>;
  /** The data behind charts (content/data/), by id: the file name without extension. */
  datasets: ReadonlyMap<string, ParsedDataset>;
  /** Every dated event of every entry, by era. */
  timeline: Era<Entry>[];
  /** Titles and aliases, sharded for the search page (src/lib/search-names.ts). */
  names: NameIndex;
  /** Content errors: empty in a build (which stops on any); in `npm run dev`, shown on every page. */
  errors: Diagnostic[];
}

let site: { model: ContentModel; promise: Promise<Site> } | undefined;

/**
 * The one place pages get corpus-wide data from. Everything comes from the content model built once per build
 * (src/integrations/content-files.ts); in `npm run dev` a saved edit gives a new model, and a new Site.
 */
export function getSite(): Promise<Site> {
  const model = loadContentModel({ fresh: import.meta.env.DEV });
  if (site?.model !== model) site = { model, promise: load(model) };
  return site.promise;
}

export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });

async function load(model: ContentModel): Promise<Site> {
  const entries = (await getCollection('entries')).sort(byTitle);
  const opinions = (await getCollection('opinion')).sort((a, b) => b.data.published.localeCompare(a.data.published));
  const { index, graph } = model;
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
  const documents = new Map<string, ParsedEntry | ParsedOpinion>();
  for (const d of [...model.entries, ...model.opinions]) documents.set(`${d.collection}/${d.slug}`, d);
  const timeline = buildTimeline(
    entries.flatMap((e) => e.data.events.map((ev) => ({ ...ev, source: e }))),
    // A place, agreement, body or policy named in another entry's event that day is that event's subject; a
    // country or person named is not (they figure in many events of one day).
    { names: (e) => (['country', 'person', 'topic'].includes(e.data.kind) ? [] : [e.data.title, ...e.data.aliases]) },
  );
  return {
    entries,
    opinions,
    bySlug: new Map(entries.map((e) => [e.id, e])),
    index,
    graph,
    documents,
    opinionsAbout,
    datasets: new Map(model.datasets.map((d) => [d.id, d])),
    timeline,
    names: buildNameIndex(entries.map((e) => [e.id, e.data.title, ...e.data.aliases])),
    errors: model.diagnostics.filter((d) => d.severity === 'error'),
  };
}
