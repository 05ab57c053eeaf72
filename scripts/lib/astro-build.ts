import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as an editor sees them in the terminal. */
  output: string;
}

/**
 * The real `astro build` of the content folder `content` into `outDir`, as CI runs it: the same config,
 * integrations and Node (process.execPath is the Node 22 npm put on PATH). Asynchronous, so builds that stop
 * at the content check can run side by side.
 *
 * A build that gets past the check writes `.astro/content-modules.mjs` and `node_modules/.astro/data-store.json`
 * under the project root, so two such builds of different content in one root would read each other's files
 * (vitest runs test files in parallel where there are cores). With `projectCopy`, the build runs in a copy of the
 * project made in that folder, whose node_modules links each package but keeps those two caches to itself.
 */
export function astroBuild(
  content: string,
  outDir: string,
  { projectCopy, onStart }: { projectCopy?: string; onStart?: (pid: number) => void } = {},
): Promise<BuildResult> {
  const root = projectCopy ? copyProject(projectCopy) : process.cwd();
  return runAstro(
    resolve('node_modules/astro/bin/astro.mjs'),
    ['build', '--outDir', resolve(outDir)],
    root,
    { PENINSULA_CONTENT: resolve(content) },
    onStart,
  );
}

/** Runs an Astro CLI with the Node that runs us (Node 22 under npm), collecting its output as the terminal shows it. */
export function runAstro(
  cli: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  onStart?: (pid: number) => void,
): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (child.pid !== undefined) onStart?.(child.pid);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

/** A copy of the project (config, src, public) whose node_modules links each package but keeps its caches to itself. */
export function copyProject(root: string): string {
  mkdirSync(root, { recursive: true });
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(file, join(root, file));
  for (const dir of ['src', 'public']) cpSync(dir, join(root, dir), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  // Dot entries (.astro, .vite, .bin) are caches and tools; each copy gets its own.
  for (const name of readdirSync('node_modules')) {
    if (!name.startsWith('.')) symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}
