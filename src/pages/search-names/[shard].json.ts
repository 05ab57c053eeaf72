import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { nameShards, type SearchName } from '../../lib/search-match.ts';
import { documentHref } from '../../lib/slug.ts';

/**
 * Titles and aliases, sharded by word prefix (src/lib/search-match.ts), for the search page's alias and
 * spelling matching. Built once per build; a query fetches only the shards of its own words.
 */
export const getStaticPaths = (async () => {
  const { entries } = await getSite();
  const base = import.meta.env.BASE_URL;
  const shards = new Map<string, SearchName[]>();
  for (const e of entries) {
    const record: SearchName = {
      url: documentHref('entries', e.id, base),
      title: e.data.title,
      names: [e.data.title, ...e.data.aliases],
    };
    for (const key of new Set(record.names.flatMap(nameShards))) {
      const list = shards.get(key) ?? [];
      list.push(record);
      shards.set(key, list);
    }
  }
  return [...shards].map(([shard, names]) => ({ params: { shard }, props: { names } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.names), { headers: { 'Content-Type': 'application/json' } });
