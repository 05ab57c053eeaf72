import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { documentHref } from '../lib/slug.ts';
import { KINDS, TOPICS } from '../lib/taxonomy.ts';

/**
 * Titles and aliases of every entry, for the search page's alias and spelling matching. A separate file,
 * fetched only when a student searches, so no page carries it.
 */
export const GET: APIRoute = async () => {
  const { entries } = await getSite();
  const base = import.meta.env.BASE_URL;
  const body = entries.map((e) => ({
    url: documentHref('entries', e.id, base),
    title: e.data.title,
    names: [e.data.title, ...e.data.aliases],
    description: e.data.description,
    kind: KINDS[e.data.kind].label,
    topics: e.data.topics.map((t) => TOPICS[t].label),
  }));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
