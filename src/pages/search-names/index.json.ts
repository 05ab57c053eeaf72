import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';

/** The names index's manifest: which shard holds which words. The search page loads it with Pagefind. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getSite()).names.manifest), { headers: { 'Content-Type': 'application/json' } });
