/** Sentences of plain text (the text a reader sees, as src/lib/content/collect.ts reads it from the tree). */

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
