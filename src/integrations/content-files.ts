import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type ContentFile, type ContentModel } from '../lib/content-check.ts';
import type { Collection } from '../lib/slug.ts';

/**
 * Where the corpus lives. PENINSULA_CONTENT points the whole pipeline at another folder (benchmarks,
 * fixture tests) without touching content/.
 */
export function contentDir(): string {
  return process.env.PENINSULA_CONTENT || 'content';
}

const COLLECTIONS: Collection[] = ['entries', 'opinion'];

export function readContentFiles(root = contentDir()): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const path = join(dir, name);
      files.push({ collection, path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

let model: ContentModel | undefined;

/** The checked corpus, read once per process: the config, the check integration and pages all share it. */
export function loadContentModel(): ContentModel {
  model ??= checkContent(readContentFiles());
  return model;
}
