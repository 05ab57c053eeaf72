import type { AstroIntegration } from 'astro';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import type { ContentModel } from '../lib/content-check.ts';

/**
 * Runs the content checks before Astro renders anything, and stops the build on any error with every
 * problem listed as file:line: field: message, fix. Warnings are printed and the build goes on.
 */
export function contentCheck(model: ContentModel): AstroIntegration {
  return {
    name: 'peninsula:content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        // Preview serves an existing build; the content it was built from was checked then.
        if (command === 'preview') return;
        const errors = model.diagnostics.filter((d) => d.severity === 'error');
        for (const d of model.diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
        if (errors.length) {
          throw new ContentError(
            `${errors.length} content error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} and build again:\n\n` +
              errors.map(formatDiagnostic).join('\n') +
              '\n',
          );
        }
        logger.info(`${model.entries.length} entries and ${model.opinions.length} opinion pieces checked`);
      },
    },
  };
}

/** Marks errors that are the editor's to fix: printed without a stack trace, which would only distract. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}
