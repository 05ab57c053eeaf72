// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { resolve } from 'node:path';
import { contentDir } from './src/integrations/content-files.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// The corpus is read, checked and compiled once, by the content-check integration, before Astro renders
// anything (src/lib/content-check.ts); pages read that model. Bodies never pass through Astro's Markdown
// processor, so none is configured: @astrojs/mdx is here for its JSX renderer, which renders compiled bodies.
const base = '/';

export default defineConfig({
  site: process.env.PENINSULA_SITE || 'https://peninsula.example.org',
  base,
  // Pages are built as folders (/timeline/index.html) and every link ends in a slash, but readers type and paste
  // addresses without one: 'ignore' lets `npm start` (astro preview) and `npm run dev` serve /timeline and
  // /search?q=dmz as /timeline/ and /search/?q=dmz, query kept, where 'always' gave a bare 404. GitHub Pages
  // answers such an address with a 301 to the folder's slash address by itself (README, "Addresses").
  trailingSlash: 'ignore',
  markdown: { processor: unified(), syntaxHighlight: false },
  // <Figure> finds entry images through this alias, wherever PENINSULA_CONTENT points.
  vite: { resolve: { alias: { '@peninsula-content': resolve(contentDir()) } } },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), pagefindIndex()],
  server: { host: '127.0.0.1', port: 4321 },
});
