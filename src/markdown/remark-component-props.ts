import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { BodyCheckContext } from '../lib/content/body-check.ts';

/**
 * Props the site adds to author components after the body check has passed, so the components render
 * from facts the author cannot forge: the entry a map is on, and where a figure's file is inside content/.
 */
export const remarkComponentProps: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const ctx = (file.data as { check?: BodyCheckContext }).check;
  if (!ctx) return;
  const set = (node: MdxJsxFlowElement, name: string, value: string) => {
    node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
    node.attributes.push({ type: 'mdxJsxAttribute', name, value });
  };
  const visit = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement') {
      if (node.name === 'PeninsulaMap') set(node, 'current', ctx.slug);
      if (node.name === 'Figure') {
        const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
        if (typeof src === 'string') {
          const path = resolve(dirname(resolve(ctx.file)), src);
          set(node, 'file', relative(resolve(ctx.contentRoot), path).split('\\').join('/'));
        }
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
};
