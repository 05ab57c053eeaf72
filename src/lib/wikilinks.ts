/**
 * The cross-reference syntax authors write: [[Target]], [[Target|shown text]], [[Target#Heading]],
 * [[Target#Heading|shown text]]. One parser, used by the remark plugin, the content check and the link graph.
 */
export interface WikiLink {
  /** The whole match, brackets included. */
  raw: string;
  /** Title or alias of the entry linked to. */
  target: string;
  /** Heading text (or id) within the target, if any. */
  fragment?: string | undefined;
  /** Text shown instead of the target's title. */
  label?: string | undefined;
  /** Offset of the opening brackets in the searched text. */
  index: number;
}

const WIKILINK = /\[\[([^[\]|#\n]*)(?:#([^[\]|\n]*))?(?:\|([^[\]\n]*))?\]\]/g;

export function findWikiLinks(text: string): WikiLink[] {
  const links: WikiLink[] = [];
  for (const m of text.matchAll(WIKILINK)) {
    // Inside a GFM table the pipe is written \| ([[Title\|text]]); the table parser removes the backslash.
    const unescape = (part: string) => part.trim().replace(/\\$/, '').trimEnd();
    links.push({
      raw: m[0],
      target: unescape(m[1] ?? ''),
      fragment: m[2] === undefined ? undefined : unescape(m[2]) || undefined,
      label: m[3]?.trim() || undefined,
      index: m.index,
    });
  }
  return links;
}

/** Text shown for a link: the label, else the target as written (authors choose its case). */
export function linkText(link: WikiLink): string {
  return link.label ?? link.target;
}

/** Opening brackets that no complete [[…]] closes: a typo the author must see, not text to print. */
export function findUnclosedWikiLinks(text: string): number[] {
  const closed = new Set(findWikiLinks(text).map((l) => l.index));
  const open: number[] = [];
  for (const m of text.matchAll(/\[\[/g)) {
    if (!closed.has(m.index)) open.push(m.index);
  }
  return open;
}

/** 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
