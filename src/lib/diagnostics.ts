/** A problem an editor can cause, said so that an editor can fix it without reading code. */
// Optional fields accept an explicit undefined (exactOptionalPropertyTypes): callers pass what they found.
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Repository-relative path, e.g. content/entries/korean-war.mdx. */
  file: string;
  line?: number | undefined;
  /** 1-based column, for faults found in the body's syntax tree. */
  column?: number | undefined;
  /** Frontmatter field path (sources[2].url) when the problem is in the frontmatter. */
  field?: string | undefined;
  /** The offending value, as written. */
  value?: string | undefined;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix?: string | undefined;
  /** Set on refusals of what could run code or load from elsewhere: the rendering pipeline never compiles such a body. */
  unsafe?: true;
}

/** `file:line: field: message (found: value)` then the fix on its own line: the shape of compiler errors editors know. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  const field = d.field ? `${d.field}: ` : '';
  const found = d.value !== undefined ? ` (found: ${d.value})` : '';
  const fix = d.fix ? `\n    fix: ${d.fix}` : '';
  return `${where}: ${d.severity}: ${field}${d.message}${found}${fix}`;
}

export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const lines = diagnostics.map(formatDiagnostic);
  lines.push(`${errors} content error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

/** Values as an editor wrote them, short enough for one line. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? `(${typeof value})`);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Marks errors that are the editor's to fix: printed without a stack trace, which would only distract. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** "1 entry", "76 entries": counts in messages an editor reads. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
