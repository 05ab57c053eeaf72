import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { checkBodyTree, type BodyCheckContext } from '../lib/content/body-check.ts';
import { ContentError, formatDiagnostic } from '../lib/diagnostics.ts';

/**
 * The body check as the first step of the rendering pipeline: whatever path a body takes to a page, the
 * tree is checked before anything is compiled, and a refused tree is never compiled. The content model runs
 * the same check earlier to list every problem at once; this is the guarantee that nothing unsafe skips it.
 */
export const remarkBodyCheck: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const ctx = (file.data as { check?: BodyCheckContext }).check;
  if (!ctx) throw new Error(`${file.path}: the body pipeline needs file.data.check (a BodyCheckContext)`);
  // Only what could run or load from elsewhere stops rendering here: editorial faults (a template note, a
  // missing cross-reference) are the content model's to report, and a draft with them can still be previewed.
  const errors = checkBodyTree(tree, ctx).filter((d) => d.severity === 'error' && d.unsafe);
  if (errors.length) throw new ContentError(errors.map(formatDiagnostic).join('\n'));
};
