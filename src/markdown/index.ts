import { createProcessor } from '@mdx-js/mdx';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeLang } from './rehype-lang.ts';
import { rehypeStaticHtml } from './rehype-static-html.ts';
import { rehypeTables } from './rehype-tables.ts';
import { remarkBodyCheck } from './remark-body-check.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkComponentBlocks } from './remark-component-blocks.ts';
import { remarkComponentProps } from './remark-component-props.ts';
import { remarkWikiLinks } from './remark-wikilinks.ts';

import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export type BodyPipeline = ReturnType<typeof createBodyPipeline>;

/** Parses a body into the MDX syntax tree every check walks. Throws a VFileMessage on a syntax error. */
export function parseBody(pipeline: BodyPipeline, file: VFile): Root {
  return pipeline.parse(file);
}

/** Runs the pipeline's transforms on a parsed tree and returns the compiled MDX function body. */
export function compileBody(pipeline: BodyPipeline, tree: Root, file: VFile): string {
  // @mdx-js/mdx types its processor from the parse result onward as estree; the tree is the mdast parse gave.
  const estree = pipeline.runSync(tree as never, file);
  return String(pipeline.stringify(estree, file));
}

/**
 * The one pipeline every entry and opinion body goes through, from parse to compiled MDX: the MDX grammar
 * with GFM, one-line components made blocks, the body check (before anything else, so nothing it has not seen is compiled), cross-references, citations, the
 * props the site adds to author components, heading ids from the content model, heading anchors, external
 * links, tables (caption, header scope, a sideways-scrolling wrapper), `lang` on Korean and Chinese runs, and
 * static HTML folded into strings. The output is MDX's function body, run with Astro's JSX runtime
 * by src/data/render.ts. Plugins take what they need of the document from `file.data` (src/lib/content-check.ts).
 *
 * remark-smart-quotes is not in this list: the content model applies it to the tree right after parsing, so
 * the headings and backlink sentences it collects read as the page does.
 */
export function createBodyPipeline() {
  return createProcessor({
    format: 'mdx',
    outputFormat: 'function-body',
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    remarkPlugins: [remarkGfm, remarkComponentBlocks, remarkBodyCheck, remarkWikiLinks, remarkCitations, remarkComponentProps],
    rehypePlugins: [
      rehypeHeadingIds,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          // Named by aria-label, not by hidden text, so the contents box and the search index, which read
          // the heading's text, get the heading alone.
          properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section', dataPagefindIgnore: '' },
          content: [],
        },
      ],
      rehypeExternalLinks,
      rehypeTables,
      rehypeLang,
      rehypeStaticHtml,
    ],
  });
}
