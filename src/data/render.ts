import { run } from '@mdx-js/mdx';
import * as runtime from 'astro/jsx-runtime';
import type { SourceHeading } from '../lib/content-check.ts';
import type { CitationData } from '../markdown/remark-citations.ts';
import { getSite, type Entry, type Opinion } from './site.ts';

export interface RenderedBody {
  /** The body as an MDX component; render it with the author components (src/components/mdx/index.ts). */
  Content: ((props: { components: Record<string, unknown> }) => unknown) | undefined;
  headings: SourceHeading[];
  citations: CitationData | undefined;
}

/**
 * An entry's or opinion piece's body, compiled once by the content model, turned into a component when its
 * page is built: @mdx-js/mdx's `run` with Astro's JSX runtime, as @astrojs/mdx does for .mdx modules. The
 * compiled code holds no author code (the body check refuses expressions, import/export and any element but
 * the author components), only strings of HTML and calls to those components.
 */
export async function renderBody(doc: Entry | Opinion): Promise<RenderedBody> {
  const { documents } = await getSite();
  const record = documents.get(`${doc.collection}/${doc.id}`);
  if (!record?.compiled) return { Content: undefined, headings: record?.headings ?? [], citations: undefined };
  const mod = await run(record.compiled.code, { ...runtime, baseUrl: import.meta.url });
  const Content = mod.default as RenderedBody['Content'] & { [key: symbol]: unknown };
  // Astro's JSX renderer (registered by @astrojs/mdx) recognises MDX components by this mark.
  Content[Symbol.for('mdx-component')] = true;
  return { Content, headings: record.headings, citations: record.compiled.citations };
}
