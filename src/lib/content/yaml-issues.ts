import type { z } from 'astro/zod';
import { isMap, type Document } from 'yaml';
import { showValue, type Diagnostic } from '../diagnostics.ts';
import { unwrapSchema } from '../schema-fields.ts';

/** Where a schema issue was found: a YAML document (frontmatter or a data file) and what it was checked against. */
export interface IssueContext {
  /** Repository-relative path of the file, for the message. */
  file: string;
  /** The parsed YAML, as the schema saw it. */
  data: unknown;
  /** The same YAML with source positions, to find each field's line. */
  positions: Document;
  /** Turns an offset within the YAML into a 1-based line of the file. */
  lineOf: (offset: number) => number;
  schema: z.ZodType;
  /** What holds the fields, in messages: "frontmatter" or "data file". */
  container: string;
}

/**
 * One zod issue as an editor-grade diagnostic: the file and line, the field path, the value found and the fix,
 * with the allowed fields listed for an unknown one. Shared by entry frontmatter and the data files of charts.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue, where: IssueContext): Diagnostic {
  const { data, positions, lineOf, schema, container } = where;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const field = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  const value = path.reduce<unknown>(
    (v, p) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p as string] : undefined),
    data,
  );
  const line = lineOfPath(positions, path, lineOf);

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    return {
      severity: 'error',
      file: where.file,
      line: lineOfPath(positions, [...(path), issue.keys[0] ?? ''], lineOf) ?? line,
      field: field || `(${container})`,
      value: issue.keys.join(', '),
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      fix: allowed.length
        ? `remove it or correct its name; allowed fields here: ${allowed.join(', ')}`
        : 'remove it or correct its name',
    };
  }
  const missing = value === undefined;
  if (issue.code === 'too_small' && (Array.isArray(value) || typeof value === 'string')) {
    const empty = typeof value === 'string' || value.length === 0;
    return {
      severity: 'error',
      file: where.file,
      line,
      field,
      value: typeof value === 'string' ? showValue(value) : `${value.length} item${value.length === 1 ? '' : 's'}`,
      message: empty ? 'is empty' : 'has too few items',
      fix: `${empty ? 'fill it in' : 'add more'}: it ${issue.message}`,
    };
  }
  if (issue.code === 'too_big' && typeof value === 'string') {
    return {
      severity: 'error',
      file: where.file,
      line,
      field,
      value: showValue(value),
      message: `is too long (${[...value.trim()].length} characters)`,
      fix: `shorten it: it ${issue.message}`,
    };
  }
  return {
    severity: 'error',
    file: where.file,
    line,
    field: field || `(${container})`,
    value: showValue(value),
    message: missing ? 'is required but missing' : 'has a value that is not allowed',
    fix: missing
      ? `add "${String(path.at(-1))}:" to the ${container}; it ${issue.message}`
      : `correct the value: it ${issue.message}`,
  };
}

/** Line of a frontmatter field: its key's line, or the nearest existing parent's when the field is missing. */
export function lineOfPath(doc: Document, path: (string | number)[], lineOf: (offset: number) => number): number {
  for (let depth = path.length; depth > 0; depth--) {
    const sub = path.slice(0, depth);
    const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === sub.at(-1));
      const range = (pair?.key as { range?: number[] } | undefined)?.range;
      if (range) return lineOf(range[0]!);
    }
    const node = doc.getIn(sub, true) as { range?: number[] } | undefined;
    if (node?.range) return lineOf(node.range[0]!);
  }
  return lineOf(0);
}

function allowedKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  let node: unknown = schema;
  for (const p of path) {
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } })
      .def;
    if (!def) return [];
    if (def.type === 'object' && typeof p === 'string') node = def.shape?.[p];
    else if (def.type === 'array') node = def.element;
    else return [];
    node = unwrapSchema(node);
  }
  const shape = (unwrapSchema(node) as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}
