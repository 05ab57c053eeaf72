import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { AUTHOR_COMPONENTS, isAuthorComponent } from '../lib/content/components.ts';

/**
 * `<Aside>One line.</Aside>` written on one line is, to MDX, a tag inside a paragraph. Authors mean a block, so
 * a paragraph holding nothing but one author component becomes that component as a block (a <div> inside a
 * <p> would be invalid HTML). Anything else inside a paragraph is left for the body check to refuse.
 */
export function unwrapComponentParagraphs(tree: Root): void {
  const visit = (parent: { children: RootContent[] }) => {
    parent.children = parent.children.map((node) => {
      if (node.type === 'paragraph') {
        const block = soleComponent(node);
        if (block) return block;
      }
      if ('children' in node) visit(node);
      return node;
    });
  };
  visit(tree);
}

function soleComponent(paragraph: Paragraph): MdxJsxFlowElement | undefined {
  const content = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const only = content[0] as MdxJsxTextElement | undefined;
  if (content.length !== 1 || only?.type !== 'mdxJsxTextElement' || !only.name || !isAuthorComponent(only.name)) return undefined;
  const { children, ...rest } = only;
  // Inline children (the one line of text) become a paragraph inside the block, as they would on lines of their own.
  const inner: MdxJsxFlowElement['children'] =
    children.length && AUTHOR_COMPONENTS[only.name].children
      ? [{ type: 'paragraph', children, position: paragraph.position }]
      : (children as unknown as MdxJsxFlowElement['children']);
  return { ...rest, type: 'mdxJsxFlowElement', children: inner };
}

export const remarkComponentBlocks: Plugin<[], Root> = () => (tree: Root) => unwrapComponentParagraphs(tree);
