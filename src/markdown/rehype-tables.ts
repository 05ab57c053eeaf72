import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The caption convention (Pandoc's): a paragraph starting "Table:" right before or right after the table. */
const CAPTION_PREFIX = /^\s*Table:\s*/;

type Parent = Root | Element;

const isElement = (node: RootContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (!tag || node.tagName === tag);
const isBlank = (node: RootContent) => node.type === 'text' && !node.value.trim();

/** The sibling next to index `i` in direction `step`, skipping the newlines between blocks. */
function neighbour(parent: Parent, i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < parent.children.length && isBlank(parent.children[j]!)) j += step;
  return j;
}

function captionParagraph(parent: Parent, i: number): number | undefined {
  for (const step of [-1, 1] as const) {
    const j = neighbour(parent, i, step);
    const node = parent.children[j];
    if (!isElement(node, 'p')) continue;
    const first = node.children[0];
    if (first?.type === 'text' && CAPTION_PREFIX.test(first.value)) return j;
  }
  return undefined;
}

/** The text of the heading the table sits under, for tables an author gave no caption. */
function headingBefore(parent: Parent, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const node = parent.children[j]!;
    if (isElement(node) && /^h[2-6]$/.test(node.tagName)) return toString(node).trim();
  }
  return undefined;
}

/**
 * Tables a phone can read and a screen reader can name. Each table gets:
 * - a `<caption>`: the author's "Table: …" paragraph next to it (moved into the table), else the heading it
 *   sits under (visually hidden, as the heading already shows it), else the document's title;
 * - `scope="col"` on its header cells (GFM tables have one header row);
 * - a wrapper that scrolls sideways instead of the page, named by the caption (role="region") and
 *   focusable, so keyboard users can scroll it too; the edge shadows in global.css show there is more.
 */
export const rehypeTables: Plugin<[], Root> = () => (tree, file) => {
  let n = 0;
  const title = (file.data as { astro?: { frontmatter?: { title?: unknown } } }).astro?.frontmatter?.title;
  visit(tree, 'element', (node: Element, index, ancestor) => {
    const parent = ancestor as Parent | undefined;
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    n++;
    const id = `table-caption-${n}`;
    const at = captionParagraph(parent, index);
    let caption: Element;
    if (at !== undefined) {
      const p = parent.children[at] as Element;
      const [first, ...rest] = p.children as [Text, ...ElementContent[]];
      const lead = first.value.replace(CAPTION_PREFIX, '');
      caption = el('caption', { id }, [...(lead ? [{ type: 'text', value: lead } as Text] : []), ...rest]);
      parent.children.splice(at, 1);
      if (at < index) index--;
    } else {
      const text = headingBefore(parent, index) ?? (typeof title === 'string' ? title : `Table ${n}`);
      caption = el('caption', { id, className: ['visually-hidden'] }, [{ type: 'text', value: text }]);
    }
    for (const row of node.children) {
      if (!isElement(row, 'thead')) continue;
      visit(row, 'element', (cell: Element) => {
        if (cell.tagName === 'th') cell.properties.scope = 'col';
      });
    }
    node.children.unshift(caption);
    const wrapper = el('div', { className: ['table-scroll'], role: 'region', ariaLabelledBy: [id], tabIndex: 0 }, [node]);
    parent.children[index] = wrapper;
    return index + 1;
  });
};

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
