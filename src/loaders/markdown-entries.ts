import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDir, loadContentModel } from '../integrations/content-files.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import type { Collection } from '../lib/slug.ts';

/**
 * Fills a collection from the content model (src/lib/content-check.ts), which has already read, validated and
 * compiled every file: nothing is read or parsed again here. Documents whose frontmatter is invalid are left
 * out (the model reports them). Bodies are not copied into the store: pages take the compiled body from the
 * model (src/data/render.ts), which keeps the store, and the build's memory, small at thousands of entries.
 */
export function modelEntries(collection: Collection): Loader {
  return {
    name: `peninsula:${collection}`,
    load: async (context) => {
      // parseData and generateDigest are called on the context: they are methods, not free functions.
      const { store, watcher, logger } = context;
      const fill = async (fresh: boolean) => {
        const model = loadContentModel({ fresh });
        // After an edit in `npm run dev`, say in the terminal too what the pages now show (once, not per collection).
        if (fresh && collection === 'entries') {
          const errors = model.diagnostics.filter((d) => d.severity === 'error');
          for (const d of errors) logger.error(formatDiagnostic(d));
          if (!errors.length) logger.info('content: no errors');
        }
        const docs = collection === 'entries' ? model.entries : model.opinions;
        store.clear();
        for (const doc of docs) {
          const data = await context.parseData({
            id: doc.slug,
            data: doc.data,
            filePath: doc.file,
          });
          store.set({ id: doc.slug, data, filePath: doc.file, digest: context.generateDigest(doc.compiled?.code ?? doc.file) });
        }
      };
      await fill(false);
      // In `npm run dev`, an edit to any content file rebuilds the model and both collections. Vite watches only
      // the project root: a PENINSULA_CONTENT folder elsewhere must be added, or edits there never reach the store.
      watcher?.add(resolve(contentDir()));
      // Its watcher (chokidar) drops a file's change events for 50 ms after one it reports, so a second save in that
      // window never arrives and the store kept the first: re-read once the files have been quiet for 100 ms, so the
      // last save always counts. Re-reads run one after another, never interleaved on the store.
      let timer: ReturnType<typeof setTimeout> | undefined;
      let refills = Promise.resolve();
      watcher?.on('all', (_event, path) => {
        if (!path.endsWith('.mdx')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          refills = refills.then(() => fill(true)).catch((err: unknown) => logger.error(String(err)));
        }, 100);
      });
    },
  };
}
