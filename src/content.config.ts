import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { contentDir } from './integrations/content-files.ts';
import { entrySchema } from './schemas/entry.ts';
import { opinionSchema } from './schemas/opinion.ts';

// The file name is the URL slug (content/entries/korean-war.mdx → /entries/korean-war/), whatever folder it sits in.
const base = (collection: string) =>
  isAbsolute(contentDir()) ? `${contentDir()}/${collection}` : `./${contentDir()}/${collection}`;

const slugId = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '');

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: base('entries'), generateId: slugId }),
    schema: entrySchema,
  }),
  opinion: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: base('opinion'), generateId: slugId }),
    schema: opinionSchema,
  }),
};
