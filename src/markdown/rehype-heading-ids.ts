import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { SourceHeading } from '../lib/content/collect.ts';

const HEADING = /^h[1-6]$/;

/**
 * Gives each heading the id the content model computed from the same tree (src/lib/content/collect.ts), so
 * the contents box, [[Entry#Heading]] links and the page cannot disagree. Headings that already have an id
 * (the GFM footnotes heading) keep it and are not counted.
 */
export const rehypeHeadingIds: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const headings = (file.data as { headings?: readonly SourceHeading[] }).headings ?? [];
  let i = 0;
  visit(tree, 'element', (node: Element) => {
    if (!HEADING.test(node.tagName) || node.properties.id !== undefined) return;
    const heading = headings[i++];
    if (heading) node.properties.id = heading.id;
  });
};
