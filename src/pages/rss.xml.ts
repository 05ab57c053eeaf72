import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../config.ts';
import { getSite } from '../data/site.ts';
import { documentHref } from '../lib/slug.ts';

/** One feed of entries and opinion pieces; opinion is labelled as such in the item title, as everywhere. */
export const GET: APIRoute = async ({ site }) => {
  const { entries, opinions } = await getSite();
  const base = import.meta.env.BASE_URL;
  const items = [
    ...entries.map((e) => ({
      title: e.data.title,
      description: e.data.description,
      link: documentHref('entries', e.id, base),
      pubDate: new Date(`${e.data.lastReviewed}T00:00:00Z`),
      categories: ['Entry'],
    })),
    ...opinions.map((o) => ({
      title: `Opinion: ${o.data.title}`,
      description: `${o.data.author.name}, ${o.data.publication}. ${o.data.summary}`,
      link: documentHref('opinion', o.id, base),
      pubDate: new Date(`${o.data.lastReviewed}T00:00:00Z`),
      categories: ['Opinion'],
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: SITE_NAME,
    description: 'A neutral, sourced reference on relations between North and South Korea.',
    site: site!,
    items,
  });
};
