// `npm run check`: the build's content checks on their own, in about a second, for editors before they push.
import { contentDir, readContentFiles } from '../src/integrations/content-files.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { formatReport } from '../src/lib/diagnostics.ts';

const files = readContentFiles();
const { diagnostics, entries, opinions } = checkContent(files, { contentRoot: contentDir() });
console.log(formatReport(diagnostics));
console.log(`Checked ${entries.length} entries and ${opinions.length} opinion pieces in ${files.length} files.`);
process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
