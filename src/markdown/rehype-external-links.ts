import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Links that leave the site get rel="noopener noreferrer external" and a class for the style that marks them,
 * so readers know a link goes elsewhere. They open in the same tab: the reader decides.
 */
export const rehypeExternalLinks: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a') return;
    const href = node.properties?.href;
    if (typeof href !== 'string' || !/^https?:\/\//.test(href)) return;
    node.properties.rel = ['noopener', 'noreferrer', 'external'];
    const cls = node.properties.className;
    node.properties.className = [...(Array.isArray(cls) ? cls : []), 'external'];
  });
};
