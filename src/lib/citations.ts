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
