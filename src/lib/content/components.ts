/**
 * The components authors may write in an entry body, and the props each declares. This list is the MDX
 * allow-list: the body check refuses every other element and every undeclared prop, so nothing reaches a
 * page that is not described here. The renderers live in src/components/mdx/.
 */
export interface PropSpec {
  required: boolean;
  /** The only values allowed, when the prop is a choice. */
  values?: readonly string[];
  /** What the prop holds, for error messages and CONTRIBUTING.md. */
  describe: string;
}

export interface ComponentSpec {
  props: Readonly<Record<string, PropSpec>>;
  /** Whether Markdown may sit between the opening and closing tag. */
  children: boolean;
  /** A correct use, quoted in error messages. */
  example: string;
}

export const AUTHOR_COMPONENTS = {
  Aside: {
    props: {
      kind: { required: false, values: ['note', 'caution'], describe: 'note (the default) or caution' },
      title: { required: false, describe: 'a short heading for the box' },
    },
    children: true,
    example: '<Aside kind="note">…text…</Aside>',
  },
  Quote: {
    props: {
      source: { required: true, describe: 'who said or wrote it, e.g. "Kim Dae-jung, Nobel lecture, 2000"' },
      cite: { required: true, describe: "the id of one of the entry's sources" },
    },
    children: true,
    example: '<Quote source="Kim Dae-jung, Nobel lecture" cite="nobel-lecture">…the quoted words…</Quote>',
  },
  Figure: {
    props: {
      src: { required: true, describe: 'a .svg, .png, .jpg or .webp file beside the entry, e.g. ./dmz-map.svg' },
      alt: { required: true, describe: 'what the image shows, for readers who cannot see it' },
      caption: { required: false, describe: 'the caption shown under the image' },
      credit: { required: true, describe: 'who made the image' },
      licence: { required: true, describe: 'its licence, e.g. CC BY-SA 4.0 or Public domain' },
    },
    children: false,
    example: '<Figure src="./dmz-map.svg" alt="…" caption="…" credit="…" licence="CC BY-SA 4.0" />',
  },
  Chart: {
    props: {
      data: { required: true, describe: 'the id of a dataset, the file name in content/data/ without .yaml, e.g. "nuclear-tests"' },
      caption: { required: false, describe: 'a caption shown under the chart, in place of the dataset description' },
    },
    children: false,
    example: '<Chart data="nuclear-tests" caption="…" />',
  },
  PeninsulaMap: {
    props: {},
    children: false,
    example: '<PeninsulaMap />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type AuthorComponent = keyof typeof AUTHOR_COMPONENTS;

export const isAuthorComponent = (name: string): name is AuthorComponent => Object.hasOwn(AUTHOR_COMPONENTS, name);

/** Image files a <Figure> may show. */
export const FIGURE_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp'] as const;
