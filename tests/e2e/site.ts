import { readdirSync } from 'node:fs';
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

export const distFile = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);
