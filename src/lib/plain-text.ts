import { findWikiLinks, linkText } from './wikilinks.ts';
import { CITATION } from './citations.ts';

/** Markdown source → the words a reader sees: link text kept, citations and emphasis marks dropped. */
export function toPlainText(markdown: string): string {
  let out = '';
  let last = 0;
  for (const link of findWikiLinks(markdown)) {
    out += markdown.slice(last, link.index) + linkText(link);
    last = link.index + link.raw.length;
  }
  out += markdown.slice(last);
  return out
    .replace(CITATION, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words in a Markdown body, as a reader would count them. */
export function wordCount(markdown: string): number {
  const text = toPlainText(markdown.replace(/^#{1,6}\s.*$/gm, ''));
  return text ? text.split(/\s+/).length : 0;
}

/**
 * The sentence of `paragraph` that contains offset `at`. Splits after . ! ? followed by a capital or an
 * opening quote, which is right for our prose and never cuts inside "U.S." written without spaces.
 */
export function sentenceAround(paragraph: string, at: number): string {
  // Citation markers may sit between the full stop and the next sentence: "…1953.[@un] The DMZ…".
  const boundary = /[.!?]["”’)]?(?:\[@[a-z0-9-]+\])*\s+(?=["“‘([]?[A-Z0-9\u3131-\ud7a3])/g;
  let start = 0;
  for (const m of paragraph.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (end > at) return paragraph.slice(start, m.index + m[0].trimEnd().length);
    start = end;
  }
  return paragraph.slice(start);
}
