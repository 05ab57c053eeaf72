import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { describeUnresolved, resolveLink, type LinkIndex } from '../lib/link-index.ts';
import { relativeFile } from './file-path.ts';
import { findWikiLinks, linkText } from '../lib/wikilinks.ts';

export interface WikiLinkOptions {
  /** Defaults to `file.data.index`, set per document by the content model. */
  index?: LinkIndex;
  /** The site's base path, so links work when it is served from a sub-folder. */
  base?: string;
}

/**
 * [[Target]], [[Target|text]] and [[Target#Heading]] → links to the entry (and heading). A link that matches
 * nothing stops the build with file:line and suggestions: a silently broken page is worse than a failed build.
 */
export const remarkWikiLinks: Plugin<[WikiLinkOptions?], Root> = (options = {}) => {
  return (tree: Root, file: VFile) => {
    // lenient: the content model has already recorded the fault (and fails the build on it); a draft in
    // `npm run dev` still renders, with the unresolved link as the text the author wrote.
    const data = file.data as { index?: LinkIndex; base?: string; lenient?: boolean };
    const index = options.index ?? data.index;
    const base = options.base ?? data.base ?? '/';
    if (!index) throw new Error(`${relativeFile(file)}: cross-references need a link index (file.data.index)`);
    visit(tree, 'text', (node: Text, position, parent) => {
      if (!parent || position === undefined || !node.value.includes('[[')) return;
      const links = findWikiLinks(node.value);
      if (!links.length) return;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      for (const link of links) {
        const result = resolveLink(index, link, base);
        if (!result.ok && data.lenient) continue;
        if (!result.ok) {
          const line = (node.position?.start.line ?? 0) + lineOffset(node.value, link.index);
          throw new Error(`${relativeFile(file)}:${line}: ${describeUnresolved(link, result)}`);
        }
        if (link.index > last) replacement.push({ type: 'text', value: node.value.slice(last, link.index) });
        const anchor: Link = {
          type: 'link',
          url: result.href,
          children: [{ type: 'text', value: linkText(link) }],
          data: { hProperties: { className: ['xref'] } },
        };
        replacement.push(anchor);
        last = link.index + link.raw.length;
      }
      if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });
  };
};

function lineOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}
