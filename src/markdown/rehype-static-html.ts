import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';

type Child = RootContent | ElementContent;

const isMdx = (node: Child): boolean =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || ('children' in node && node.children.some(isMdx));

/**
 * Turns every run of plain HTML between components into one `<Fragment set:html>` holding a string, as
 * Astro's MDX `optimize` does: the compiled body is then a few strings and component calls rather than a
 * JSX call per element, which keeps compiling and rendering thousands of entries cheap. The strings come
 * from hast-util-to-html, which escapes text and attributes.
 */
export const rehypeStaticHtml: Plugin<[], Root> = () => (tree: Root) => {
  collapse(tree);
};

function collapse(parent: { children: Child[] }): void {
  const out: Child[] = [];
  let run: Child[] = [];
  const flush = () => {
    if (!run.length) return;
    const fragment: MdxJsxFlowElementHast = {
      type: 'mdxJsxFlowElement',
      name: 'Fragment',
      attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: toHtml(run) }],
      children: [],
    };
    out.push(fragment);
    run = [];
  };
  for (const child of parent.children) {
    if (!isMdx(child)) {
      run.push(child);
      continue;
    }
    flush();
    if ('children' in child) collapse(child);
    out.push(child);
  }
  flush();
  parent.children = out;
}
