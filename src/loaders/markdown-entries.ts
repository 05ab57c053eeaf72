import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { slugFromPath } from '../lib/slug.ts';

/**
 * Loads `<base>/**\/*.mdx` as data and Markdown source. Pages render the body with the site's Markdown
 * pipeline (src/data/render.ts) instead of Astro compiling one JavaScript module per entry, which is what
 * made builds slow and memory-hungry at thousands of entries (two thirds of the build time).
 *
 * Rendering MDX files as Markdown is sound here because the content check admits only Markdown:
 * no import/export, no {expressions}, no tags (src/lib/mdx-safety.ts). It is also the safer choice:
 * no content ever becomes code. If components for authors are added, they need the MDX path again.
 */
export function markdownEntries({ base }: { base: string }): Loader {
  return {
    name: 'peninsula:markdown-entries',
    load: async ({ store, parseData, generateDigest }) => {
      const root = resolve(base);
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.mdx'))
        .sort();
      store.clear();
      for (const file of files) {
        const path = resolve(root, file);
        const text = readFileSync(path, 'utf8');
        const id = slugFromPath(file);
        // Frontmatter lines are blanked, not removed, so line numbers in rendering errors match the file.
        const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
        const filePath = relative(process.cwd(), path);
        const data = await parseData({ id, data: frontmatter, filePath });
        store.set({ id, data, body: content, filePath, digest: generateDigest(text) });
      }
    },
  };
}
