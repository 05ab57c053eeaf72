// `npm run check`: the build's content checks on their own (about 2.5 s for 76 entries on 2 cores), for editors before they push.
import { contentDir, readContentFiles, readDataFiles } from '../src/integrations/content-files.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { count, formatReport } from '../src/lib/diagnostics.ts';

const files = readContentFiles();
const dataFiles = readDataFiles();
const { diagnostics, entries, opinions, datasets } = checkContent(files, { contentRoot: contentDir(), dataFiles });
console.log(formatReport(diagnostics));
console.log(
  `Checked ${count(entries.length, 'entry', 'entries')}, ${count(opinions.length, 'opinion piece', 'opinion pieces')} and ${count(datasets.length, 'dataset', 'datasets')} in ${files.length + dataFiles.length} files.`,
);
process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
