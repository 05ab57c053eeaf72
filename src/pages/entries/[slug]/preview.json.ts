import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { documentHref } from '../../../lib/slug.ts';
import type { EntryPreview } from '../../../lib/preview.ts';
import { KINDS } from '../../../lib/taxonomy.ts';

/** What a cross-reference preview shows (title, kind, lede): one small file per entry, fetched on hover or focus. */
export const getStaticPaths = (async () => {
  const { entries } = await getSite();
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof getSite>>['entries'][number] };
  const body: EntryPreview = {
    url: documentHref('entries', entry.id, import.meta.env.BASE_URL),
    title: entry.data.title,
    kind: KINDS[entry.data.kind].label,
    description: entry.data.description,
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
