import type { AstroIntegration } from 'astro';
import { count, formatDiagnostic } from '../lib/diagnostics.ts';
import { loadContentModel } from './content-files.ts';

/**
 * Builds the content model (src/lib/content-check.ts) before Astro renders anything. `astro build` stops on
 * any content error with every problem listed as file:line:column: field: message, fix — printed as the
 * editor's to fix, without a stack trace or Astro's "unhandled error in a hook" framing, which would suggest a
 * bug in the site. `astro dev` keeps serving: the errors are printed here and shown on every page until fixed.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'peninsula:content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        // Preview serves an existing build; the content it was built from was checked then.
        if (command === 'preview') return;
        const model = loadContentModel();
        const errors = model.diagnostics.filter((d) => d.severity === 'error');
        for (const d of model.diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
        const summary = `${errors.length} content error${errors.length === 1 ? '' : 's'}`;
        if (errors.length && command === 'build') {
          logger.error(
            `${summary}; fix ${errors.length === 1 ? 'it' : 'them'} and build again:\n\n${errors.map(formatDiagnostic).join('\n')}\n`,
          );
          process.exit(1);
        }
        for (const d of errors) logger.error(formatDiagnostic(d));
        logger.info(
          `${count(model.entries.length, 'entry', 'entries')} and ${count(model.opinions.length, 'opinion piece', 'opinion pieces')} checked` +
            (model.datasets.length ? `, with ${model.datasets.length} datasets` : '') +
            (errors.length ? `; ${summary}, shown on every page until fixed` : ''),
        );
      },
    },
  };
}
