/** What /entries/<slug>/preview.json holds: the endpoint writes it, cross-reference previews and search read it. */
export interface EntryPreview {
  url: string;
  title: string;
  /** The kind's label (Event, Person …). */
  kind: string;
  /** The entry's lede. */
  description: string;
}
