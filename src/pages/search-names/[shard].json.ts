import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';

/**
 * The names index's shards (src/lib/search-names.ts): each a few dozen titles with their aliases, fetched by
 * the search page for the words of a query. Built once per build with the rest of the site data.
 */
export const getStaticPaths = (async () => {
  const { names } = await getSite();
  return [...names.shards].map(([shard, records]) => ({ params: { shard }, props: { records } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.records), { headers: { 'Content-Type': 'application/json' } });
