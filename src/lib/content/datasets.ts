import { parseDocument } from 'yaml';
import { datasetSchema, type Dataset } from '../../schemas/dataset.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { SLUG_RE, slugFromTitle } from '../scaffold.ts';
import { lineAt } from '../wikilinks.ts';
import { yamlErrorLine } from './frontmatter.ts';
import { describeSchemaIssue } from './yaml-issues.ts';

/** A data file as read from disk: content/data/<id>.yaml. */
export interface DataFile {
  /** Repository-relative path, used in every message. */
  path: string;
  text: string;
}

/** A validated dataset, with the id its file name gives it and the file it came from. */
export interface ParsedDataset extends Dataset {
  id: string;
  file: string;
}

export const DATA_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export const datasetIdFromPath = (path: string) => (path.split(/[\\/]/).pop() ?? path).replace(/\.(ya?ml|json)$/, '');

/**
 * Reads and validates the data files behind charts, each once, reporting every problem with its file, line,
 * field, value and fix. JSON is YAML too, so one parser reads both. `datasets` holds the valid ones; `ids`
 * every file's id, so that a chart of a faulty file is not also reported as showing a missing one.
 */
export function parseDatasets(files: readonly DataFile[], diagnostics: Diagnostic[]): { datasets: ParsedDataset[]; ids: string[] } {
  const out: ParsedDataset[] = [];
  const ids: string[] = [];
  for (const file of files) {
    const id = datasetIdFromPath(file.path);
    if (!SLUG_RE.test(id)) {
      diagnostics.push({
        severity: 'error',
        file: file.path,
        value: JSON.stringify(file.path.split(/[\\/]/).pop()),
        message: 'has a file name that cannot be a dataset id: use lowercase letters, digits and single hyphens',
        fix: `rename it, e.g. to ${slugFromTitle(id) || 'nuclear-tests'}.yaml (the name is what <Chart data="…"> uses)`,
      });
      continue;
    }
    ids.push(id);
    const doc = parseDocument(file.text, { prettyErrors: false });
    if (doc.errors.length) {
      for (const err of doc.errors) {
        diagnostics.push({
          severity: 'error',
          file: file.path,
          // An unclosed { or [ is noticed lines later; the fault is on the line that opened it.
          line: yamlErrorLine(file.text, (err.linePos?.[0].line ?? lineAt(file.text, err.pos[0])) - 1),
          message: `is not valid YAML: ${err.message.split('\n')[0]}`,
          fix: 'check indentation and quoting on that line; quote values that contain ": " or start with a special character',
        });
      }
      continue;
    }
    const data: unknown = doc.toJS();
    const result = datasetSchema.safeParse(data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        diagnostics.push(
          describeSchemaIssue(issue, {
            file: file.path,
            data,
            positions: doc,
            lineOf: (offset) => lineAt(file.text, offset),
            schema: datasetSchema,
            container: 'data file',
          }),
        );
      }
      continue;
    }
    out.push({ ...result.data, id, file: file.path });
  }
  return { datasets: out, ids };
}
