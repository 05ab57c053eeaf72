import { defineCollection } from 'astro:content';
import { modelEntries } from './loaders/markdown-entries.ts';
import { entrySchema } from './schemas/entry.ts';
import { opinionSchema } from './schemas/opinion.ts';

// Both collections come from the content model, which reads content/ (or PENINSULA_CONTENT) once.
// The file name is the URL slug (content/entries/korean-war.mdx → /entries/korean-war/).
export const collections = {
  entries: defineCollection({ loader: modelEntries('entries'), schema: entrySchema }),
  opinion: defineCollection({ loader: modelEntries('opinion'), schema: opinionSchema }),
};
