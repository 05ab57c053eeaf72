// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { loadContentModel } from './src/integrations/content-files.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { markdownPlugins } from './src/markdown/index.ts';

// The corpus is read and checked once, here, before Astro renders anything (the content-check integration).
// Entry and opinion bodies are rendered by src/data/render.ts with the same markdownPlugins(); the processor
// below gives any Markdown page under src/pages the same pipeline.
const content = loadContentModel();
const base = '/';

export default defineConfig({
  site: process.env.PENINSULA_SITE || 'https://peninsula.example.org',
  base,
  trailingSlash: 'always',
  // Astro 7's default processor (Sätteri) ignores remark/rehype plugins; unified() runs them (and GFM).
  markdown: {
    processor: unified(markdownPlugins(content.index, base)),
    // Entries hold no code; highlighting would only cost build time.
    syntaxHighlight: false,
  },
  integrations: [contentCheck(content), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), pagefindIndex()],
  server: { host: '127.0.0.1', port: 4321 },
});
