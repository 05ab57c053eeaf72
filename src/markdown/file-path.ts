import { relative } from 'node:path';
import type { VFile } from 'vfile';

/** The file a plugin is working on, relative to the project, as editors see it in their editor. */
export function relativeFile(file: VFile): string {
  return file.path ? relative(process.cwd(), file.path) : '(unknown file)';
}
