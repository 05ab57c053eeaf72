import { run } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { BodyCheckContext } from '../../src/lib/content/body-check.ts';
import { collectHeadings } from '../../src/lib/content/collect.ts';
import { createLinkIndex, type LinkIndex, type LinkTarget } from '../../src/lib/link-index.ts';
import { headingSlugger, type Collection, type Slug } from '../../src/lib/slug.ts';
import { compileBody, createBodyPipeline, parseBody as parseTree } from '../../src/markdown/index.ts';
import type { CitationData } from '../../src/markdown/remark-citations.ts';
import { unwrapComponentParagraphs } from '../../src/markdown/remark-component-blocks.ts';
import { remarkSmartQuotes } from '../../src/markdown/remark-smart-quotes.ts';

/** A link target with sensible defaults, for table-driven tests. Heading ids come from the site's slugger. */
export function target(slug: string, title: string, aliases: string[] = [], headings: string[] = []): LinkTarget {
  const slugger = headingSlugger();
  return {
    slug: slug as Slug,
    title,
    aliases,
    headings: headings.map((text) => ({ text, id: slugger(text) })),
    file: `content/entries/${slug}.mdx`,
  };
}

export const sampleIndex = createLinkIndex([
  target('korean-war', 'Korean War', ['6·25 War', '한국 전쟁'], ['Armistice', 'Background']),
  target('korean-armistice-agreement', 'Korean Armistice Agreement', ['Armistice']),
  target('korean-demilitarized-zone', 'Korean Demilitarized Zone', ['DMZ']),
  target('sunshine-policy', 'Sunshine Policy'),
]);

const pipeline = createBodyPipeline();
const smartQuotes = (remarkSmartQuotes as unknown as () => (tree: Root) => void)();

/**
 * Stand-in for Astro's JSX runtime that renders to a string: the static HTML the pipeline folds into
 * `<Fragment set:html>` is emitted as is, and author components render through `components` (real
 * components are Astro's; the built-site tests cover those).
 */
type Props = Record<string, unknown> & { children?: unknown };
const Fragment = Symbol('Fragment');
// Children are strings (rendered HTML) or arrays of them.
const flat = (c: unknown): string =>
  Array.isArray(c) ? c.map(flat).join('') : c == null ? '' : typeof c === 'string' ? c : JSON.stringify(c);
const jsx = (type: unknown, props: Props): string => {
  if (type === Fragment) return typeof props['set:html'] === 'string' ? props['set:html'] : flat(props.children);
  if (typeof type === 'function') return (type as (p: Props) => string)(props);
  throw new Error(`unexpected element ${String(type)} in compiled body`);
};

/** A stub that prints every prop as passed (sorted, site-added ones included) around its children. */
const stub =
  (tag: string) =>
  ({ children, ...props }: Props): string => {
    const attrs = Object.keys(props)
      .sort()
      .map((k) => ` ${k}="${String(props[k])}"`)
      .join('');
    return `<${tag}${attrs}>${flat(children)}</${tag}>`;
  };

export const stubComponents = {
  Fragment,
  Aside: stub('aside-stub'),
  Quote: stub('quote-stub'),
  Figure: stub('figure-stub'),
  PeninsulaMap: stub('map-stub'),
};

export interface RenderOptions {
  collection?: Collection;
  index?: LinkIndex;
  contentRoot?: string;
}

/**
 * An MDX body through the site's real pipeline (parse, body check, every plugin, MDX compile), run and
 * rendered to HTML. Faults throw, as they stop a build.
 */
export async function renderMarkdown(
  markdown: string,
  frontmatter: Record<string, unknown> = {},
  path = 'content/entries/test.mdx',
  { collection = 'entries', index = sampleIndex, contentRoot = 'content' }: RenderOptions = {},
) {
  const file = new VFile({ path, value: markdown });
  const tree = parseTree(pipeline, file);
  unwrapComponentParagraphs(tree);
  smartQuotes(tree);
  const headings = collectHeadings(tree);
  const sources = Array.isArray(frontmatter.sources) ? (frontmatter.sources as { id: string }[]) : [];
  const check: BodyCheckContext = {
    file: path,
    collection,
    slug: path
      .split('/')
      .pop()!
      .replace(/\.mdx$/, ''),
    sourceIds: collection === 'entries' ? sources.map((s) => s.id) : undefined,
    index,
    contentRoot,
  };
  file.data = { check, index, headings, astro: { frontmatter: { ...frontmatter } } };
  const code = compileBody(pipeline, tree, file);
  const { default: Content } = await run(code, { jsx, jsxs: jsx, Fragment, baseUrl: import.meta.url });
  const html = (Content as unknown as (p: { components: typeof stubComponents }) => string)({ components: stubComponents });
  const fm = (file.data as { astro: { frontmatter: Record<string, unknown> & { citations?: CitationData } } }).astro.frontmatter;
  return { code: html, compiled: code, metadata: { headings, frontmatter: fm } };
}

/** A body's syntax tree as the content model reads it: the MDX grammar, then typographic quotes. */
export function parseBody(markdown: string): Root {
  const tree = parseTree(pipeline, new VFile({ path: 'content/entries/test.mdx', value: markdown }));
  smartQuotes(tree);
  return tree;
}
