/** Citations in entry bodies: [@source-id], pointing into the entry's frontmatter `sources`. */
export const CITATION = /\[@([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export interface Citation {
  id: string;
  index: number;
}

export function findCitations(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((m) => ({ id: m[1]!, index: m.index }));
}

/** Anchor ids shared by the in-text marker and the reference list, so each can link to the other. */
export const referenceId = (sourceId: string) => `ref-${sourceId}`;
export const citationId = (sourceId: string, occurrence: number) => `cite-${sourceId}-${occurrence}`;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The accessible name of the reference list's back-link to citation `i` of `count`, as Wikipedia words it: the
 * visible mark is "^" alone for a single citation, else the letter, which the name ends with (WCAG 2.5.3).
 * Past 26 citations the letters run on as aa, ab, ….
 */
export function backLinkLabel(i: number, count: number): string {
  if (count === 1) return 'Jump up to the citation';
  const letter = i < LETTERS.length ? LETTERS[i]! : LETTERS[Math.floor(i / LETTERS.length) - 1]! + LETTERS[i % LETTERS.length]!;
  return `Jump up to citation ${letter}`;
}
