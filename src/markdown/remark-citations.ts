import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationId, findCitations, referenceId } from '../lib/citations.ts';
import { relativeFile } from './file-path.ts';

/** What the plugin leaves for the page in `remarkPluginFrontmatter`, to render the numbered reference list. */
export interface CitationData {
  /** Source ids in order of first citation: reference [n] is order[n - 1]. */
  order: string[];
  /** How many times each source is cited, for the back-links from the reference list. */
  counts: Record<string, number>;
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * [@source-id] → a superscript [n] linking to the reference list, numbered by first citation as in
 * Wikipedia. Each marker gets its own id so the reference can link back to every place that cites it.
 */
export const remarkCitations: Plugin<[], Root> = () => {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroData;
    const frontmatter = data.astro?.frontmatter ?? {};
    const sources = Array.isArray(frontmatter.sources) ? (frontmatter.sources as { id?: unknown }[]) : [];
    const known = new Set(sources.map((s) => String(s.id)));
    const order: string[] = [];
    const counts: Record<string, number> = {};

    const cite = (id: string) => {
      if (!order.includes(id)) order.push(id);
      counts[id] = (counts[id] ?? 0) + 1;
      return { n: order.indexOf(id) + 1, anchor: citationId(id, counts[id]) };
    };
    const isQuote = (node: Nodes): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'Quote';
    visit(tree, (node: Nodes, position, parent) => {
      if (isQuote(node)) {
        // An attributed quotation is a citation too: it gets a number and a back-link like [@id].
        const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'cite')?.value;
        if (typeof id !== 'string' || !known.has(id)) return;
        const { n, anchor } = cite(id);
        node.attributes.push(
          { type: 'mdxJsxAttribute', name: 'citeNumber', value: String(n) },
          { type: 'mdxJsxAttribute', name: 'citeAnchor', value: anchor },
          { type: 'mdxJsxAttribute', name: 'citeHref', value: `#${referenceId(id)}` },
        );
        return;
      }
      if (node.type !== 'text' || !parent || position === undefined || !node.value.includes('[@')) return;
      const found = findCitations(node.value);
      if (!found.length) return;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      for (const { id, index } of found) {
        if (!known.has(id) && (file.data as { lenient?: boolean }).lenient) continue;
        if (!known.has(id)) {
          const line = (node.position?.start.line ?? 0) + node.value.slice(0, index).split('\n').length - 1;
          throw new Error(
            `${relativeFile(file)}:${line}: [@${id}] cites no source with that id. Add it under "sources:" or fix the id.`,
          );
        }
        const { n, anchor } = cite(id);
        if (index > last) replacement.push({ type: 'text', value: node.value.slice(last, index) });
        replacement.push({
          type: 'link',
          url: `#${referenceId(id)}`,
          children: [{ type: 'text', value: `[${n}]` }],
          data: {
            hName: 'a',
            hProperties: { id: anchor, className: ['cite'] },
          },
        });
        last = index + id.length + 3;
      }
      if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });

    if (data.astro?.frontmatter) {
      const citations: CitationData = { order, counts };
      data.astro.frontmatter.citations = citations;
    }
  };
};
