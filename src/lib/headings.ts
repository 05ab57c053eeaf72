import { toPlainText } from './plain-text.ts';
import { headingSlugger } from './slug.ts';

export interface SourceHeading {
  depth: number;
  text: string;
  id: string;
  line: number;
}

/**
 * Headings of a Markdown body with the ids rehype-slug will give them, read from the source so that the
 * link index can be built before any page is rendered. Fenced code is skipped.
 */
export function extractHeadings(body: string): SourceHeading[] {
  const slug = headingSlugger();
  const headings: SourceHeading[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((line, i) => {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      return;
    }
    if (fence) return;
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) return;
    const text = toPlainText(m[2]);
    headings.push({ depth: m[1].length, text, id: slug(text), line: i + 1 });
  });
  return headings;
}
