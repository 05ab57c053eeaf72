import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { LinkIndex } from '../lib/link-index.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkSmartQuotes } from './remark-smart-quotes.ts';
import { remarkWikiLinks } from './remark-wikilinks.ts';

/**
 * The processor options the Astro config and the unit tests share, so tests run the real pipeline.
 * SmartyPants is off because remark-smart-quotes does its job at a fraction of the cost.
 */
export function markdownPlugins(
  index: LinkIndex,
  base = '/',
): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins; gfm: true; smartypants: false } {
  return {
    gfm: true,
    smartypants: false,
    remarkPlugins: [[remarkWikiLinks, { index, base }], remarkCitations, remarkSmartQuotes],
    rehypePlugins: [
      rehypeSlug,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'] },
          content: {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: 'Link to this section' }],
          },
        },
      ],
      rehypeExternalLinks,
    ],
  };
}
