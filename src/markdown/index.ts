import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { LinkIndex } from '../lib/link-index.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkWikiLinks } from './remark-wikilinks.ts';

/** The ordered plugin lists the Astro config and the unit tests share, so tests run the real pipeline. */
export function markdownPlugins(index: LinkIndex, base = '/'): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [[remarkWikiLinks, { index, base }], remarkCitations],
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
