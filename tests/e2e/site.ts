import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of the built site, as URL paths, read from dist/ so new pages are covered without editing tests. */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith(`pagefind${sep}`)) continue;
    const path = `/${relative('.', file).split(sep).join('/')}`;
    pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
  }
  return pages.sort();
}

export const isEntryPage = (path: string) => /^\/entries\/[^/]+\/$/.test(path);

export const distFile = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);

export const readPage = (path: string) => readFileSync(distFile(path), 'utf8');

/** The content folder the site was built from (tests may point the build elsewhere, as the README says). */
const contentRoot = process.env.PENINSULA_CONTENT ?? 'content';

/** Entry source files, so a walk can prove it saw every entry: a walk over zero pages would pass silently. */
export function sourceEntries(): { slug: string; source: string }[] {
  return readdirSync(join(contentRoot, 'entries'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.slice(0, -'.mdx'.length), source: readFileSync(join(contentRoot, 'entries', f), 'utf8') }));
}

/**
 * Tests generated per page pass vacuously when the list is empty (no build, a wrong folder): each walk also
 * checks it holds one page per entry and the site's other pages.
 */
export function walkCoverage(pages: string[]): { entries: number; expected: number; total: number } {
  return { entries: pages.filter(isEntryPage).length, expected: sourceEntries().length, total: pages.length };
}
