import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type ContentFile, type ContentModel, type DataFile } from '../lib/content-check.ts';
import { DATA_EXTENSIONS } from '../lib/content/datasets.ts';
import type { Collection } from '../lib/slug.ts';

/**
 * Where the corpus lives. PENINSULA_CONTENT points the whole pipeline at another folder (benchmarks,
 * fixture tests) without touching content/.
 */
export function contentDir(): string {
  return process.env.PENINSULA_CONTENT || 'content';
}

const COLLECTIONS: Collection[] = ['entries', 'opinion'];

function contentPaths(root: string): { collection: Collection; path: string }[] {
  const out: { collection: Collection; path: string }[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.mdx')) out.push({ collection, path: join(dir, name) });
    }
  }
  return out;
}

/** The data files behind charts: content/data/<id>.yaml (or .yml, .json), one dataset each. */
function dataPaths(root: string): string[] {
  const dir = join(root, 'data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { encoding: 'utf8' })
    .filter((name) => DATA_EXTENSIONS.some((ext) => name.endsWith(ext)))
    .sort()
    .map((name) => join(dir, name));
}

export function readDataFiles(root = contentDir()): DataFile[] {
  return dataPaths(root).map((path) => ({ path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') }));
}

export function readContentFiles(root = contentDir()): ContentFile[] {
  return contentPaths(root).map(({ collection, path }) => ({
    collection,
    path: relative(process.cwd(), path) || path,
    text: readFileSync(path, 'utf8'),
  }));
}

interface Cached {
  model: ContentModel;
  /** File names and modification times the model was built from, to notice edits in `npm run dev`. */
  stamp: string;
}

/*
 * The model is kept on globalThis because Astro loads this module twice in one process: once with the config,
 * and once inside the bundle that renders pages. Both must read the same corpus, built once.
 */
const KEY = Symbol.for('peninsula.content-model');
const store = globalThis as typeof globalThis & { [KEY]?: Cached };

function stampOf(root: string): string {
  return [...contentPaths(root).map(({ path }) => path), ...dataPaths(root)]
    .map((path) => `${path}:${statSync(path).mtimeMs}`)
    .join('\n');
}

/**
 * The corpus, parsed, checked and compiled once per build. With `fresh` (the dev server) the files' names and
 * modification times are compared on each call, and the model is rebuilt when an editor has saved a change.
 */
export function loadContentModel({ fresh = false }: { fresh?: boolean } = {}): ContentModel {
  const root = contentDir();
  const cached = store[KEY];
  if (cached && !fresh) return cached.model;
  const stamp = stampOf(root);
  if (cached && cached.stamp === stamp) return cached.model;
  const model = checkContent(readContentFiles(root), { contentRoot: root, dataFiles: readDataFiles(root) });

  store[KEY] = { model, stamp };
  return model;
}
