import { isMap, isSeq, parseDocument } from 'yaml';
import { load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { entrySchema, type EntryData } from '../../schemas/entry.ts';
import { opinionSchema, type OpinionData } from '../../schemas/opinion.ts';
import { showValue, type Diagnostic } from '../diagnostics.ts';
import { SCAFFOLD_MARKER, SCAFFOLD_MARKER_RE, SLUG_RE, slugFromTitle } from '../scaffold.ts';
import { slugFromPath, type Collection, type Slug } from '../slug.ts';
import { lineAt } from '../wikilinks.ts';
import { furtherReadingRepeats } from '../further-reading.ts';
import { describeSchemaIssue, lineOfPath } from './yaml-issues.ts';

/** A content file as read from disk. */
export interface ContentFile {
  collection: Collection;
  /** Repository-relative path, used in every message. */
  path: string;
  text: string;
}

/** A file split into its validated frontmatter and its body, with the frontmatter blanked so lines match the file. */
export type FrontmatterResult =
  | { ok: true; collection: 'entries'; slug: Slug; body: string; data: EntryData; raw: Record<string, unknown> }
  | { ok: true; collection: 'opinion'; slug: Slug; body: string; data: OpinionData; raw: Record<string, unknown> }
  | {
      ok: false;
      collection: Collection;
      slug: Slug;
      body: string;
      /** What could still be read, so links to the file and its citations are checked all the same. */
      title?: string | undefined;
      aliases: string[];
      sourceIds?: string[] | undefined;
    };

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---)(?:\r?\n|$)/;

/** The file name is the URL: keep it to what every file system and browser treats alike. */
export function checkFileName(file: ContentFile): Diagnostic[] {
  const slug = slugFromPath(file.path);
  if (SLUG_RE.test(slug)) return [];
  return [
    {
      severity: 'error',
      file: file.path,
      value: JSON.stringify(file.path.split(/[\\/]/).pop()),
      message: 'has a file name that cannot be a URL: use lowercase letters, digits and single hyphens',
      fix: `rename it, e.g. to ${slugFromTitle(slug) || 'the-title-in-english'}.mdx`,
    },
  ];
}

/**
 * Text left from the `npm run new` templates (src/lib/scaffold.ts). The templates satisfy the schema so a
 * draft can be previewed, so this check is what stops a half-filled skeleton from being merged.
 */
export function checkScaffoldMarkers(file: ContentFile): Diagnostic[] {
  if (!SCAFFOLD_MARKER_RE.test(file.text)) return [];
  const match = FRONTMATTER.exec(file.text);
  // The body's notes are found on its syntax tree (src/lib/content/body-check.ts); these are the frontmatter's.
  const bodyStart = match ? match[0].length : 0;
  const frontmatter = match ? parseDocument(match[2]!) : undefined;
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  file.text.split('\n').forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    if (start >= bodyStart || !SCAFFOLD_MARKER_RE.test(line)) return;
    const at = line.search(SCAFFOLD_MARKER_RE);
    let field: string | undefined;
    if (match && frontmatter && start >= match[1]!.length && start < match[1]!.length + match[2]!.length) {
      // The field whose key, value or trailing comment holds the note.
      field = formatPath(fieldPathAt(frontmatter.contents, start - match[1]!.length + at));
    }
    // The note itself: to its closing quote when it is a quoted value, else to the end of the line.
    const close = line[at - 1] === '"' || line[at - 1] === "'" ? line.indexOf(line[at - 1]!, at) : -1;
    const note = (close >= 0 ? line.slice(at, close) : line.slice(at)).trimEnd();
    const inComment = field !== undefined && new RegExp(`\\s#\\s*${SCAFFOLD_MARKER}\\b`).test(line);
    diagnostics.push({
      severity: 'error',
      file: file.path,
      line: i + 1,
      field: field || undefined,
      value: showValue(note),
      message: `still holds template text: the ${SCAFFOLD_MARKER} note left by "npm run new"`,
      fix: inComment
        ? `do what the note says, then delete the comment (from "# ${SCAFFOLD_MARKER}" to the end of the line)`
        : field
          ? 'write the real value in place of the note (CONTRIBUTING.md describes every field)'
          : file.collection === 'entries'
            ? 'write your own text in place of the note, with a citation [@id] after each statement it supports'
            : 'write your own text in place of the note, linking the entries it touches as [[Title]]',
    });
  });
  return diagnostics;
}

function fieldPathAt(node: unknown, offset: number, path: (string | number)[] = []): (string | number)[] {
  const within = (range: number[] | undefined, from = range?.[0]) =>
    range !== undefined && from !== undefined && offset >= from && offset < range[2]!;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as { value?: unknown; range?: number[] } | null;
      const value = pair.value as { range?: number[] } | null;
      if (within(value?.range ?? key?.range, key?.range?.[0])) return fieldPathAt(value, offset, [...path, String(key?.value)]);
    }
  } else if (isSeq(node)) {
    const i = node.items.findIndex((item) => within((item as { range?: number[] }).range));
    if (i >= 0) return fieldPathAt(node.items[i], offset, [...path, i]);
  }
  return path;
}

const formatPath = (path: (string | number)[]) =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');

/** Reads and validates a file's frontmatter; every problem goes to `diagnostics`. Null when there is no frontmatter at all. */
export function parseFrontmatter(file: ContentFile, diagnostics: Diagnostic[]): FrontmatterResult | null {
  const match = FRONTMATTER.exec(file.text);
  if (!match) {
    diagnostics.push({
      severity: 'error',
      file: file.path,
      line: 1,
      message: 'has no frontmatter',
      fix: 'start the file with a block between two "---" lines holding title, description and the other fields (see CONTRIBUTING.md)',
    });
    return null;
  }
  const raw = match[2]!;
  const rawOffset = match[1]!.length;
  const lineOf = (offset: number) => lineAt(file.text, rawOffset + offset);
  const body = file.text.slice(0, match[0].length).replace(/[^\n]/g, ' ') + file.text.slice(match[0].length);
  const base = { slug: slugFromPath(file.path), body };

  let data: unknown;
  try {
    // js-yaml is what Astro parses frontmatter with, so values here are exactly what the schema sees in the build.
    data = loadYaml(raw);
  } catch (err) {
    const mark = err instanceof YAMLException ? err.mark : undefined;
    diagnostics.push({
      severity: 'error',
      file: file.path,
      line: mark ? yamlErrorLine(raw, mark.line) + 1 : undefined,
      message: `frontmatter is not valid YAML: ${err instanceof YAMLException ? err.reason : String(err)}`,
      fix: 'check indentation and quoting on that line; quote values that contain ": " or start with a special character',
    });
    // Still check the body, and index the title if a line of its own gives it, so links to it do not fail too.
    const title = /^title:[ \t]*(["']?)(.+?)\1[ \t]*$/m.exec(raw)?.[2];
    return { ...base, ok: false, collection: file.collection, title, aliases: [] };
  }
  const positions = parseDocument(raw);
  const schema: z.ZodType = file.collection === 'entries' ? entrySchema : opinionSchema;
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      diagnostics.push(describeSchemaIssue(issue, { file: file.path, data, positions, lineOf, schema, container: 'frontmatter' }));
    }
    // Still check the body and index the names it declares, so one build reports every problem at once.
    const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return {
      ...base,
      ok: false,
      collection: file.collection,
      title: typeof raw.title === 'string' ? raw.title : undefined,
      aliases: strings(raw.aliases),
      sourceIds: Array.isArray(raw.sources) ? raw.sources.map((x) => String((x as { id?: unknown })?.id)) : undefined,
    };
  }
  const rawData = data as Record<string, unknown>;
  if (file.collection === 'entries') {
    const entry = result.data as EntryData;
    diagnostics.push(...checkFurtherReading(file.path, entry, (path) => lineOfPath(positions, path, lineOf)));
  }
  return file.collection === 'entries'
    ? { ...base, ok: true, collection: 'entries', data: result.data as EntryData, raw: rawData }
    : { ...base, ok: true, collection: 'opinion', data: result.data as OpinionData, raw: rawData };
}

/**
 * Further reading lists what the entry does not cite: an address that is already a source belongs under
 * References (once), and one listed twice shows readers the same page twice. Errors, on the item's url line.
 */
export function checkFurtherReading(
  file: string,
  data: Pick<EntryData, 'sources' | 'furtherReading'>,
  lineOfField: (path: (string | number)[]) => number,
): Diagnostic[] {
  return furtherReadingRepeats(data.sources, data.furtherReading).map(({ index, repeats }) => {
    const item = data.furtherReading[index]!;
    const common = {
      severity: 'error' as const,
      file,
      line: lineOfField(['furtherReading', index, 'url']),
      field: `furtherReading[${index}].url`,
      value: showValue(item.url),
    };
    return repeats.field === 'sources'
      ? {
          ...common,
          message: `is already the address of sources[${repeats.index}] ("${repeats.id}"), which References lists; further reading is for what the entry does not cite`,
          fix: `delete furtherReading[${index}]: the document is listed under References already (or give the address of the other document you meant)`,
        }
      : {
          ...common,
          message: `is the same address as furtherReading[${repeats.index}]`,
          fix: `delete one of the two items (or give the address of the other document you meant)`,
        };
  });
}

/**
 * The 1-based line (within the YAML) an editor should look at. js-yaml notices an unclosed [ or { only on a
 * later line, where a comma or bracket was expected; the fault is the line that opened the collection.
 */
export function yamlErrorLine(raw: string, markLine: number): number {
  const lines = raw.split('\n').slice(0, markLine + 1);
  const open: number[] = [];
  lines.forEach((line, i) => {
    let quote: string | null = null;
    for (const c of line) {
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#') break;
      else if (c === '[' || c === '{') open.push(i);
      else if ((c === ']' || c === '}') && open.length) open.pop();
    }
  });
  return open.length ? open[0]! + 1 : markLine + 1;
}


