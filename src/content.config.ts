import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './integrations/content-files.ts';
import { entrySchema } from './schemas/entry.ts';
import { opinionSchema } from './schemas/opinion.ts';

// The file name is the URL slug (content/entries/korean-war.mdx → /entries/korean-war/), whatever folder it sits in.
const slugId = ({ entry }: { entry: string }) => entry.split('/').pop()!.replace(/\.mdx$/, '');

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./${contentDir()}/entries`, generateId: slugId }),
    schema: entrySchema,
  }),
  opinion: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./${contentDir()}/opinion`, generateId: slugId }),
    schema: opinionSchema,
  }),
};
