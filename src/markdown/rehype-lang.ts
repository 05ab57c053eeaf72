import type { ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { hasCjk, langSegments } from '../lib/lang-runs.ts';

/** Elements whose text is not prose to be read out: left as written. */
const RAW = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/**
 * Every run of Hangul in a body gets `<span lang="ko">`, every run of Han characters alone `<span lang="zh">`
 * (src/lib/lang-runs.ts defines a run), unless an enclosing element already says its language. Text inside
 * author components is reached too: the components render their children as given.
 */
export const rehypeLang: Plugin<[], Root> = () => (tree) => {
  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (!hasCjk(node.value)) return;
    const parent = ancestors.at(-1) as { children: ElementContent[] } | undefined;
    if (!parent) return;
    for (const a of ancestors) {
      if (a.type !== 'element') continue;
      const el = a;
      if (RAW.has(el.tagName) || el.properties?.lang !== undefined) return;
    }
    const segments = langSegments(node.value);
    const replacement: ElementContent[] = segments.map((s) =>
      s.lang
        ? { type: 'element', tagName: 'span', properties: { lang: s.lang }, children: [{ type: 'text', value: s.text }] }
        : { type: 'text', value: s.text },
    );
    const i = parent.children.indexOf(node);
    parent.children.splice(i, 1, ...replacement);
    return [SKIP, i + replacement.length];
  });
};
