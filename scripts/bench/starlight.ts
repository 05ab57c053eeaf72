/**
 * The peer site for `npm run bench -- --peer starlight`: Starlight, Astro's documentation theme, over the same
 * synthetic corpus, so search cost can be compared with a site whose search is Pagefind's own UI. Starlight is
 * not a dependency of Peninsula: it is installed once into bench-out/starlight/ (its own package.json, pinning
 * the Astro and Pagefind we use), and each corpus size gets a project bench-out/starlight-<n>/ whose
 * node_modules links that install's packages (as scripts/lib/astro-build.ts does for our own copies).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runAstro, type BuildResult } from '../lib/astro-build.ts';

export const STARLIGHT_VERSION = '0.42.4';

const version = (pkg: string, root = '.') =>
  (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Installs Starlight into `dir` unless an install of the same versions is already there. The versions of
 * Astro and Pagefind are ours, so the two sites differ in theme and search UI, not in engine.
 */
export function installStarlight(dir: string): void {
  const pkg = {
    name: 'peninsula-bench-starlight',
    private: true,
    type: 'module',
    dependencies: {
      '@astrojs/starlight': STARLIGHT_VERSION,
      astro: version('astro'),
      pagefind: version('pagefind'),
    },
  };
  const text = `${JSON.stringify(pkg, null, 2)}\n`;
  const file = join(dir, 'package.json');
  const installed = () => {
    try {
      return version('@astrojs/starlight', dir) === STARLIGHT_VERSION && version('astro', dir) === pkg.dependencies.astro;
    } catch {
      return false;
    }
  };
  if (existsSync(file) && readFileSync(file, 'utf8') === text && installed()) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`installing @astrojs/starlight@${STARLIGHT_VERSION} into ${dir}… `);
  // Without npm's own variables from `npm run bench`, the install cannot mistake our project for its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: resolve(dir),
    env,
    encoding: 'utf8',
  });
  if (npm.status !== 0 || !installed()) {
    throw new Error(`npm install in ${dir} failed:\n${npm.stdout}${npm.stderr}`);
  }
}

/** Where an entry of the bench corpus lives in Starlight: the same address as on our site. */
const slugOf = (file: string) => basename(file).replace(/\.mdx?$/, '');

/**
 * One of our MDX files as a Starlight Markdown page. The text Pagefind indexes on our entry pages is kept:
 * title, lede (Starlight shows the description only in meta tags, so it opens the body) and aliases.
 * [[Wikilinks]] become Markdown links to the same addresses (plain text when the target is unknown),
 * citations [@id] are dropped, and any MDX component tags are dropped with their text kept. GFM tables
 * and footnotes stay: Starlight's Markdown renders both.
 */
export function toStarlightPage(file: string, slugs: Map<string, string>): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error('bench corpus file without frontmatter');
  const data = parse(match[1]!) as { title: string; description?: string; summary?: string; aliases?: unknown[] };
  const body = match[2]!
    .replace(/\[\[([^\]|#]+)(#[^\]|]*)?(?:\|([^\]]+))?\]\]/g, (_, target: string, anchor = '', label?: string) => {
      const slug = slugs.get(target.trim().toLowerCase());
      const text = label ?? target;
      return slug ? `[${text}](/entries/${slug}/${anchor})` : text;
    })
    .replace(/\[@[^\]]+\]/g, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/g, '');
  const description = data.description ?? data.summary ?? '';
  const aliases = (data.aliases ?? []).map(String);
  const lede = [description, aliases.length ? `Also known as: ${aliases.join(', ')}` : ''].filter(Boolean).join('\n\n');
  return `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${lede}\n\n${body}`;
}

/** A Starlight project for the corpus in `corpus` (our content folder layout), linked to the install in `install`. */
export function writeStarlightProject(corpus: string, project: string, install: string): void {
  rmSync(project, { recursive: true, force: true });
  const docs = join(project, 'src', 'content', 'docs');
  mkdirSync(join(docs, 'entries'), { recursive: true });
  mkdirSync(join(docs, 'opinion'), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync(join(install, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(resolve(install, 'node_modules', name), join(project, 'node_modules', name));
  }
  writeFileSync(join(project, 'package.json'), readFileSync(join(install, 'package.json')));
  // The sidebar Starlight generates by default lists every page on every page: 10,000 links on each of
  // 10,000 pages. A large site would not keep it, so the peer has a one-link sidebar.
  writeFileSync(
    join(project, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [starlight({ title: 'Peninsula bench (Starlight)', sidebar: [{ label: 'Home', link: '/' }] })],
});
`,
  );
  writeFileSync(
    join(project, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    join(docs, 'index.md'),
    '---\ntitle: Peninsula bench\ndescription: The bench corpus in Starlight.\n---\n\nThe synthetic bench corpus, built with Starlight.\n',
  );
  const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx') || f.endsWith('.md')) : []);
  const slugs = new Map<string, string>();
  for (const f of files(join(corpus, 'entries'))) {
    const title = /^title: (.+)$/m.exec(readFileSync(join(corpus, 'entries', f), 'utf8'))?.[1];
    if (title) slugs.set(title.trim().toLowerCase(), slugOf(f));
  }
  for (const section of ['entries', 'opinion'] as const) {
    for (const f of files(join(corpus, section))) {
      const page = toStarlightPage(readFileSync(join(corpus, section, f), 'utf8'), slugs);
      writeFileSync(join(docs, section, `${slugOf(f)}.md`), page);
    }
  }
}

/** `astro build` of the Starlight project with the Node that runs the bench (Node 22 under `npm run`). */
export function buildStarlight(project: string, onStart?: (pid: number) => void): Promise<BuildResult> {
  return runAstro(resolve(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), ['build'], resolve(project), {}, onStart);
}

/**
 * Pagefind UI's debounce as Starlight ships it: the `debounce_timeout_ms` default in @pagefind/default-ui,
 * which Starlight does not override unless its `pagefind` option sets `debounceTimeoutMs` (ours does not).
 */
export function starlightDebounce(install: string): { ms: number; source: string } {
  const ui = join(install, 'node_modules', '@pagefind', 'default-ui');
  const code = readFileSync(join(ui, 'npm_dist', 'mjs', 'ui-core.mjs'), 'utf8');
  const ms = Number(/debounce_timeout_ms\s*=\s*(\d+)/.exec(code)?.[1]);
  if (!ms) throw new Error(`no debounce_timeout_ms default found in ${ui}`);
  return { ms, source: `@pagefind/default-ui ${version('@pagefind/default-ui', install)} (debounce_timeout_ms default)` };
}
