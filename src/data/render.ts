import { markdownConfigDefaults, unified, type MarkdownHeading } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CitationData } from '../markdown/remark-citations.ts';
import { markdownPlugins } from '../markdown/index.ts';
import { getSite, type Entry, type Opinion } from './site.ts';

export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
  citations: CitationData | undefined;
}

let renderer: ReturnType<typeof createRenderer> | undefined;

async function createRenderer() {
  const { index } = await getSite();
  return unified(markdownPlugins(index, import.meta.env.BASE_URL)).createRenderer({
    ...markdownConfigDefaults,
    syntaxHighlight: false,
  });
}

/**
 * An entry's or opinion piece's body as HTML, rendered by the site's Markdown pipeline when its page is
 * built. Rendering here rather than in the content layer keeps the content store small (no copy of every
 * page's HTML held in memory and written to disk), which kept memory and build time growing faster than
 * the number of entries.
 */
export async function renderBody(doc: Entry | Opinion): Promise<RenderedBody> {
  renderer ??= createRenderer();
  const file = doc.filePath ? pathToFileURL(resolve(doc.filePath)) : undefined;
  const { code, metadata } = await (
    await renderer
  ).render(doc.body ?? '', { frontmatter: { ...doc.data }, ...(file ? { fileURL: file } : {}) });
  return { html: code, headings: metadata.headings, citations: metadata.frontmatter.citations as CitationData | undefined };
}
