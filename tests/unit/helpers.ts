import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { createLinkIndex, type LinkTarget } from '../../src/lib/link-index.ts';
import type { Slug } from '../../src/lib/slug.ts';
import { markdownPlugins } from '../../src/markdown/index.ts';

/** A link target with sensible defaults, for table-driven tests. */
export function target(slug: string, title: string, aliases: string[] = [], headings: string[] = []): LinkTarget {
  return {
    slug: slug as Slug,
    title,
    aliases,
    headings: headings.map((text) => ({ text, id: text.toLowerCase().replace(/\s+/g, '-') })),
    file: `content/entries/${slug}.mdx`,
  };
}

export const sampleIndex = createLinkIndex([
  target('korean-war', 'Korean War', ['6·25 War', '한국 전쟁'], ['Armistice', 'Background']),
  target('korean-armistice-agreement', 'Korean Armistice Agreement', ['Armistice']),
  target('korean-demilitarized-zone', 'Korean Demilitarized Zone', ['DMZ']),
  target('sunshine-policy', 'Sunshine Policy'),
]);

/** Markdown through the same unified pipeline and plugin list the site's config uses. */
export async function renderMarkdown(
  markdown: string,
  frontmatter: Record<string, unknown> = {},
  path = 'content/entries/test.mdx',
) {
  const processor = unified(markdownPlugins(sampleIndex));
  const renderer = await processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  return renderer.render(markdown, { frontmatter, fileURL: pathToFileURL(`${process.cwd()}/${path}`) });
}
