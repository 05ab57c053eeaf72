import type { Root, RootContent } from 'mdast';
import { CITATION } from '../citations.ts';
import { resolveLink, type LinkIndex } from '../link-index.ts';
import { sentenceAround } from '../plain-text.ts';
import { headingSlugger } from '../slug.ts';
import { findWikiLinks, linkText } from '../wikilinks.ts';

export interface SourceHeading {
  depth: number;
  /** The heading as readers see it: link text kept, citations dropped. */
  text: string;
  /** The id the rendered heading gets (the pipeline sets it from this list). */
  id: string;
  line: number;
}

/** An outgoing cross-reference found in the tree, with the sentence it sits in (for contextual backlinks). */
export interface TreeLink {
  target: string;
  fragment?: string | undefined;
  raw: string;
  context: string;
}

type Node = Root | RootContent;

/** Text as a reader sees it: [[links]] as their shown text, [@citations] dropped, code kept. */
export function plainText(node: Node): string {
  return collapse(flatten(node).map((p) => p.text).join(''));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Piece {
  text: string;
  link?: { target: string; fragment?: string | undefined; raw: string };
}

function flatten(node: Node): Piece[] {
  if (node.type === 'text') {
    const pieces: Piece[] = [];
    let last = 0;
    for (const link of findWikiLinks(node.value)) {
      pieces.push({ text: node.value.slice(last, link.index).replace(CITATION, '') });
      pieces.push({ text: linkText(link), link });
      last = link.index + link.raw.length;
    }
    pieces.push({ text: node.value.slice(last).replace(CITATION, '') });
    return pieces;
  }
  if (node.type === 'inlineCode') return [{ text: node.value }];
  if (node.type === 'break') return [{ text: ' ' }];
  if (node.type === 'code' || node.type.startsWith('mdxjs') || node.type.endsWith('Expression')) return [];
  if ('children' in node) {
    const parts = (node.children as RootContent[]).flatMap(flatten);
    // Blocks inside blocks (list items, cells) must not run their words together.
    return node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? [...parts, { text: ' ' }] : parts;
  }
  return [];
}

/** Headings in document order with the ids the page gives them (github-slugger, one per document). */
export function collectHeadings(tree: Root): SourceHeading[] {
  const slug = headingSlugger();
  const headings: SourceHeading[] = [];
  const visit = (node: Node) => {
    if (node.type === 'heading') {
      const text = plainText(node);
      headings.push({ depth: node.depth, text, id: slug(text), line: node.position?.start.line ?? 0 });
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return headings;
}

/**
 * Cross-references in document order, each with its sentence. Only text nodes are read, so a [[…]] written
 * inside `code` is code, as on the page, and links nobody.
 */
export function collectLinks(tree: Root): TreeLink[] {
  const links: TreeLink[] = [];
  const visit = (node: Node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const pieces = flatten(node);
      let offset = 0;
      const text = pieces.map((p) => p.text).join('');
      for (const p of pieces) {
        if (p.link) links.push({ ...p.link, context: collapse(sentenceAround(text, offset)) });
        offset += p.text.length;
      }
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return links;
}

/** The entry slugs a document links to, first mention first, without repeats or links to itself. */
export function outgoingSlugs(links: readonly TreeLink[], index: LinkIndex, self?: string): string[] {
  const out: string[] = [];
  for (const link of links) {
    const result = resolveLink(index, link);
    if (!result.ok || result.target.slug === self || out.includes(result.target.slug)) continue;
    out.push(result.target.slug);
  }
  return out;
}

/** The datasets a body shows with <Chart data="…">, in document order. */
export function collectCharts(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Chart') {
      const data = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data')?.value;
      if (typeof data === 'string') out.push(data);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}
