import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { contentDir } from './integrations/content-files.ts';
import { markdownEntries } from './loaders/markdown-entries.ts';
import { entrySchema } from './schemas/entry.ts';
import { opinionSchema } from './schemas/opinion.ts';

// The file name is the URL slug (content/entries/korean-war.mdx → /entries/korean-war/), whatever folder it sits in.
export const collections = {
  entries: defineCollection({
    loader: markdownEntries({ base: join(contentDir(), 'entries') }),
    schema: entrySchema,
  }),
  opinion: defineCollection({
    loader: markdownEntries({ base: join(contentDir(), 'opinion') }),
    schema: opinionSchema,
  }),
};
