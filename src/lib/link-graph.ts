import type { TreeLink } from './content/collect.ts';
import { resolveLink, type LinkIndex } from './link-index.ts';
import type { Collection } from './slug.ts';

/** A document and the cross-references collected from its syntax tree (src/lib/content/collect.ts). */
export interface GraphDocument {
  collection: Collection;
  slug: string;
  title: string;
  links: readonly Pick<TreeLink, 'target' | 'fragment' | 'context'>[];
}

/** One document mentioning an entry, with the sentence it does so in (contextual backlinks). */
export interface Mention {
  collection: Collection;
  slug: string;
  title: string;
  /** The sentence around the first link, as plain text. */
  context: string;
}

export interface LinkGraph {
  /** Entry slugs each document links to, first mention first, without repeats. Keyed by `collection/slug`. */
  outgoing: ReadonlyMap<string, readonly string[]>;
  /** Documents that link to each entry slug, each once, in the order given. */
  backlinks: ReadonlyMap<string, readonly Mention[]>;
}

export const documentKey = (collection: Collection, slug: string) => `${collection}/${slug}`;

/**
 * Builds the whole link graph once per build. Unresolvable links are skipped here: the content check
 * reports them, and a failed check stops the build before any page is rendered.
 */
export function buildLinkGraph(index: LinkIndex, documents: readonly GraphDocument[]): LinkGraph {
  const outgoing = new Map<string, string[]>();
  const backlinks = new Map<string, Mention[]>();
  for (const doc of documents) {
    const targets: string[] = [];
    for (const link of doc.links) {
      const result = resolveLink(index, link);
      if (!result.ok) continue;
      const to = result.target.slug;
      if (to === doc.slug && doc.collection === 'entries') continue;
      if (targets.includes(to)) continue;
      targets.push(to);
      const list = backlinks.get(to) ?? [];
      list.push({ collection: doc.collection, slug: doc.slug, title: doc.title, context: link.context });
      backlinks.set(to, list);
    }
    outgoing.set(documentKey(doc.collection, doc.slug), targets);
  }
  return { outgoing, backlinks };
}

/**
 * Entries related to `slug`: those it links to or is linked from, ranked by how many links run
 * between them (both directions count), then by how many neighbours they share.
 */
export function relatedEntries(graph: LinkGraph, slug: string, limit = 6): string[] {
  const score = new Map<string, number>();
  const bump = (s: string, by: number) => s !== slug && score.set(s, (score.get(s) ?? 0) + by);
  const mine = graph.outgoing.get(documentKey('entries', slug)) ?? [];
  for (const to of mine) bump(to, 2);
  for (const m of graph.backlinks.get(slug) ?? []) if (m.collection === 'entries') bump(m.slug, 2);
  for (const to of mine) for (const next of graph.outgoing.get(documentKey('entries', to)) ?? []) bump(next, 0.25);
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([s]) => s);
}
