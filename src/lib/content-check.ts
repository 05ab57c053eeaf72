import { parseDocument, isMap, isSeq, type Document } from 'yaml';
import { load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { entrySchema, type EntryData } from '../schemas/entry.ts';
import { opinionSchema, type OpinionData } from '../schemas/opinion.ts';
import { findCitations } from './citations.ts';
import { showValue, type Diagnostic } from './diagnostics.ts';
import { extractHeadings, type SourceHeading } from './headings.ts';
import { checkImages } from './images.ts';
import { buildLinkGraph } from './link-graph.ts';
import { createLinkIndex, describeUnresolved, resolveLink, type LinkIndex } from './link-index.ts';
import { SCAFFOLD_MARKER, SCAFFOLD_MARKER_RE, SLUG_RE, slugFromTitle } from './scaffold.ts';
import { unwrapSchema } from './schema-fields.ts';
import { slugFromPath, type Collection, type Slug } from './slug.ts';
import { findUnclosedWikiLinks, findWikiLinks, lineAt } from './wikilinks.ts';
import { checkMdxSafety, maskCode } from './mdx-safety.ts';

/** A content file as read from disk. */
export interface ContentFile {
  collection: Collection;
  /** Repository-relative path, used in every message. */
  path: string;
  text: string;
}

interface ParsedBase {
  file: string;
  slug: Slug;
  /** The body with the frontmatter blanked out, so offsets and lines match the file. */
  body: string;
  headings: SourceHeading[];
}
export interface ParsedEntry extends ParsedBase {
  collection: 'entries';
  data: EntryData;
}
export interface ParsedOpinion extends ParsedBase {
  collection: 'opinion';
  data: OpinionData;
}

export interface ContentModel {
  entries: ParsedEntry[];
  opinions: ParsedOpinion[];
  index: LinkIndex;
  diagnostics: Diagnostic[];
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---)(?:\r?\n|$)/;

/**
 * Reads, validates and cross-checks the whole corpus in one pass: the single source of truth for what
 * the build may render. Every problem found is collected (not just the first) so an editor fixes all at once.
 */
export function checkContent(files: readonly ContentFile[]): ContentModel {
  const diagnostics: Diagnostic[] = [];
  const entries: ParsedEntry[] = [];
  const opinions: ParsedOpinion[] = [];
  const invalid: InvalidDocument[] = [];
  const seenSlugs = new Map<string, string>();

  for (const file of files) {
    diagnostics.push(...checkFileName(file), ...checkScaffoldMarkers(file));
    const parsed = parseFile(file, diagnostics);
    if (!parsed) continue;
    const key = `${file.collection}/${parsed.slug}`;
    const other = seenSlugs.get(key);
    if (other) {
      diagnostics.push({
        severity: 'error',
        file: file.path,
        message: `has the same URL slug "${parsed.slug}" as ${other}; both would be published at /${key}/`,
        fix: 'rename one of the two files (the file name is the URL)',
      });
      continue;
    }
    seenSlugs.set(key, file.path);
    if ('invalid' in parsed) invalid.push(parsed);
    else if (parsed.collection === 'entries') entries.push(parsed);
    else opinions.push(parsed);
  }

  const index = createLinkIndex([
    ...entries.map((e) => ({ slug: e.slug, title: e.data.title, aliases: e.data.aliases, headings: e.headings, file: e.file })),
    ...invalid
      .filter((d) => d.collection === 'entries' && d.title)
      .map((d) => ({ slug: d.slug, title: d.title!, aliases: d.aliases, headings: d.headings, file: d.file })),
  ]);
  for (const clash of index.clashes) {
    diagnostics.push({
      severity: 'error',
      file: clash.second.file,
      field: 'title/aliases',
      value: JSON.stringify(clash.name),
      message: `"${clash.name}" is already the title or an alias of ${clash.first.file}; a [[${clash.name}]] link would be ambiguous`,
      fix: `remove or change "${clash.name}" in one of the two files`,
    });
  }

  for (const doc of entries)
    checkBody(
      doc,
      doc.data.sources.map((s) => s.id),
      index,
      diagnostics,
    );
  for (const doc of opinions) checkBody(doc, undefined, index, diagnostics);
  for (const doc of invalid) checkBody(doc, doc.sourceIds, index, diagnostics);
  for (const op of opinions) checkOpinionLinks(op, index, diagnostics);
  diagnostics.push(...findOrphans(entries, opinions, invalid, index));
  return { entries, opinions, index, diagnostics };
}

/** The file name is the URL: keep it to what every file system and browser treats alike. */
function checkFileName(file: ContentFile): Diagnostic[] {
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
function checkScaffoldMarkers(file: ContentFile): Diagnostic[] {
  if (!SCAFFOLD_MARKER_RE.test(file.text)) return [];
  const match = FRONTMATTER.exec(file.text);
  const frontmatter = match ? parseDocument(match[2]) : undefined;
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  file.text.split('\n').forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    if (!SCAFFOLD_MARKER_RE.test(line)) return;
    const at = line.search(SCAFFOLD_MARKER_RE);
    let field: string | undefined;
    if (match && frontmatter && start >= match[1].length && start < match[1].length + match[2].length) {
      // The field whose key, value or trailing comment holds the note.
      field = formatPath(fieldPathAt(frontmatter.contents, start - match[1].length + at));
    }
    // The note itself: to its closing quote when it is a quoted value, else to the end of the line.
    const close = line[at - 1] === '"' || line[at - 1] === "'" ? line.indexOf(line[at - 1], at) : -1;
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
    range !== undefined && from !== undefined && offset >= from && offset < range[2];
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

/**
 * Entries no other entry or opinion piece links to: readers reach them only through the index and search.
 * A warning, not an error: a new entry is often an orphan until its neighbours are edited to link it.
 */
function findOrphans(
  entries: ParsedEntry[],
  opinions: ParsedOpinion[],
  invalid: InvalidDocument[],
  index: LinkIndex,
): Diagnostic[] {
  const graph = buildLinkGraph(index, [
    ...entries.map((e) => ({ collection: e.collection, slug: e.slug, title: e.data.title, body: e.body })),
    ...opinions.map((o) => ({ collection: o.collection, slug: o.slug, title: o.data.title, body: o.body })),
    ...invalid.map((d) => ({ collection: d.collection, slug: d.slug, title: d.title ?? d.slug, body: d.body })),
  ]);
  const linked = new Set(graph.backlinks.keys());
  // An opinion piece's concerns and claims are rendered as links to entries too.
  for (const op of opinions) {
    for (const name of [...op.data.concerns, ...op.data.claims.map((c) => c.entry)]) {
      const [target, fragment] = name.split('#');
      const result = resolveLink(index, { target, fragment });
      if (result.ok) linked.add(result.target.slug);
    }
  }
  return entries
    .filter((e) => !linked.has(e.slug))
    .map((e) => ({
      severity: 'warning' as const,
      file: e.file,
      message: `no other entry or opinion piece links to "${e.data.title}", so readers find it only through the A–Z index and search`,
      fix: `link it as [[${e.data.title}]] at its first mention in the entries that discuss it`,
    }));
}

/** A file whose frontmatter failed validation: not rendered, but its body is still checked. */
interface InvalidDocument extends ParsedBase {
  collection: Collection;
  invalid: true;
  title?: string;
  aliases: string[];
  sourceIds?: string[];
}

function parseFile(file: ContentFile, diagnostics: Diagnostic[]): ParsedEntry | ParsedOpinion | InvalidDocument | null {
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
  const raw = match[2];
  const rawOffset = match[1].length;
  const lineOf = (offset: number) => lineAt(file.text, rawOffset + offset);
  const body = file.text.slice(0, match[0].length).replace(/[^\n]/g, ' ') + file.text.slice(match[0].length);
  const base = { file: file.path, slug: slugFromPath(file.path), body, headings: extractHeadings(body) };

  let data: unknown;
  try {
    // js-yaml is what Astro parses frontmatter with, so values here are exactly what the schema sees in the build.
    data = loadYaml(raw);
  } catch (err) {
    const mark = err instanceof YAMLException ? err.mark : undefined;
    diagnostics.push({
      severity: 'error',
      file: file.path,
      line: mark ? mark.line + 2 : undefined,
      message: `frontmatter is not valid YAML: ${err instanceof YAMLException ? err.reason : String(err)}`,
      fix: 'check indentation and quoting on that line; quote values that contain ": " or start with a special character',
    });
    // Still check the body, and index the title if a line of its own gives it, so links to it do not fail too.
    const title = /^title:[ \t]*(["']?)(.+?)\1[ \t]*$/m.exec(raw)?.[2];
    return { ...base, collection: file.collection, invalid: true, title, aliases: [] };
  }
  const positions = parseDocument(raw);
  const schema: z.ZodType = file.collection === 'entries' ? entrySchema : opinionSchema;
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      diagnostics.push(describeIssue(issue, file, data, positions, lineOf, schema));
    }
    // Still check the body and index the names it declares, so one build reports every problem at once.
    const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return {
      ...base,
      collection: file.collection,
      invalid: true,
      title: typeof raw.title === 'string' ? raw.title : undefined,
      aliases: strings(raw.aliases),
      sourceIds: Array.isArray(raw.sources) ? raw.sources.map((x) => String((x as { id?: unknown })?.id)) : undefined,
    };
  }
  return file.collection === 'entries'
    ? { ...base, collection: 'entries', data: result.data as EntryData }
    : { ...base, collection: 'opinion', data: result.data as OpinionData };
}

function describeIssue(
  issue: z.core.$ZodIssue,
  file: ContentFile,
  data: unknown,
  positions: Document,
  lineOf: (offset: number) => number,
  schema: z.ZodType,
): Diagnostic {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const field = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  const value = path.reduce<unknown>(
    (v, p) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p as string] : undefined),
    data,
  );
  const line = lineOfPath(positions, path as (string | number)[], lineOf);

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path as (string | number)[]);
    return {
      severity: 'error',
      file: file.path,
      line: lineOfPath(positions, [...(path as (string | number)[]), issue.keys[0]], lineOf) ?? line,
      field: field || '(frontmatter)',
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
      file: file.path,
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
      file: file.path,
      line,
      field,
      value: showValue(value),
      message: `is too long (${[...value.trim()].length} characters)`,
      fix: `shorten it: it ${issue.message}`,
    };
  }
  return {
    severity: 'error',
    file: file.path,
    line,
    field: field || '(frontmatter)',
    value: showValue(value),
    message: missing ? 'is required but missing' : 'has a value that is not allowed',
    fix: missing
      ? `add "${String(path.at(-1))}:" to the frontmatter; it ${issue.message}`
      : `correct the value: it ${issue.message}`,
  };
}

/** Line of a frontmatter field: its key's line, or the nearest existing parent's when the field is missing. */
function lineOfPath(doc: Document, path: (string | number)[], lineOf: (offset: number) => number): number {
  for (let depth = path.length; depth > 0; depth--) {
    const sub = path.slice(0, depth);
    const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === sub.at(-1));
      const range = (pair?.key as { range?: number[] } | undefined)?.range;
      if (range) return lineOf(range[0]);
    }
    const node = doc.getIn(sub, true) as { range?: number[] } | undefined;
    if (node?.range) return lineOf(node.range[0]);
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

/** Body checks; `sourceIds` is undefined for opinion pieces (no source list) and for entries whose sources did not parse. */
function checkBody(
  doc: ParsedBase & { collection: Collection },
  sourceIds: string[] | undefined,
  index: LinkIndex,
  diagnostics: Diagnostic[],
): void {
  const at = (offset: number) => lineAt(doc.body, offset);
  diagnostics.push(...checkMdxSafety(doc.file, doc.body), ...checkImages(doc.file, doc.body));

  for (const h of doc.headings) {
    if (h.depth === 1) {
      diagnostics.push({
        severity: 'error',
        file: doc.file,
        line: h.line,
        value: JSON.stringify(`# ${h.text}`),
        message: 'uses a level-1 heading; the page title comes from the frontmatter title',
        fix: 'start sections at "## "',
      });
    }
  }

  for (const offset of findUnclosedWikiLinks(doc.body)) {
    diagnostics.push({
      severity: 'error',
      file: doc.file,
      line: at(offset),
      value: JSON.stringify(doc.body.slice(offset, offset + 40).split('\n')[0]),
      message: 'has a cross-reference that is not closed',
      fix: 'write it as [[Title]], [[Title|shown text]] or [[Title#Heading]] on one line',
    });
  }

  const tableRows = findTableRows(doc.body);
  for (const link of findWikiLinks(doc.body)) {
    // A template note inside a link is reported once, as template text, not again as a broken link.
    if (SCAFFOLD_MARKER_RE.test(link.raw)) continue;
    if (tableRows.has(at(link.index)) && /[^\\]\|/.test(link.raw)) {
      diagnostics.push({
        severity: 'error',
        file: doc.file,
        line: at(link.index),
        value: link.raw,
        message: 'has a cross-reference with a "|" inside a table, which splits the cell in two',
        fix: `write the pipe as \\| inside tables: ${link.raw.replace(/([^\\])\|/, '$1\\|')}`,
      });
      continue;
    }
    const result = resolveLink(index, link);
    if (!result.ok) {
      diagnostics.push({
        severity: 'error',
        file: doc.file,
        line: at(link.index),
        message: describeUnresolved(link, result),
        fix:
          result.reason === 'no-entry'
            ? 'link to an existing title or alias (see the A–Z index), or write the entry first'
            : `use a heading of ${result.target?.file ?? 'the target entry'}, or drop the #…`,
      });
    } else if (doc.collection === 'entries' && result.target.slug === doc.slug) {
      diagnostics.push({
        severity: 'error',
        file: doc.file,
        line: at(link.index),
        value: link.raw,
        message: 'links the entry to itself',
        fix: 'write the name as plain text',
      });
    }
  }

  const cited = new Set<string>();
  for (const c of findCitations(doc.body)) {
    cited.add(c.id);
    if (doc.collection === 'entries' && sourceIds === undefined) continue;
    if (!sourceIds?.includes(c.id)) {
      diagnostics.push({
        severity: 'error',
        file: doc.file,
        line: at(c.index),
        value: `[@${c.id}]`,
        message:
          doc.collection === 'entries'
            ? `cites "${c.id}", which is not the id of any of its sources`
            : 'has a citation, but opinion pieces have no source list',
        fix: sourceIds
          ? `use one of: ${sourceIds.join(', ')}, or add a source with id: ${c.id}`
          : 'link the entry that holds the evidence with [[…]] instead',
      });
    }
  }
  if (doc.collection === 'entries' && sourceIds) {
    const seen = new Set<string>();
    for (const id of sourceIds) {
      if (seen.has(id)) {
        diagnostics.push({
          severity: 'error',
          file: doc.file,
          field: 'sources',
          value: id,
          message: `has two sources with id "${id}"`,
          fix: 'give each source its own id',
        });
      }
      seen.add(id);
      if (!cited.has(id)) {
        diagnostics.push({
          severity: 'warning',
          file: doc.file,
          field: 'sources',
          value: id,
          message: `source "${id}" is never cited in the text`,
          fix: `cite it as [@${id}] after the statement it supports, or remove it`,
        });
      }
    }
  }
}

/** 1-based lines of a body that belong to GFM tables: a header row, its delimiter row and the rows after it. */
function findTableRows(body: string): Set<number> {
  const rows = new Set<number>();
  const lines = maskCode(body).split('\n');
  const delimiter = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
  for (let i = 1; i < lines.length; i++) {
    if (!delimiter.test(lines[i]) || !lines[i].includes('|') || !lines[i - 1].includes('|')) continue;
    rows.add(i).add(i + 1);
    for (let j = i + 1; j < lines.length && lines[j].includes('|') && lines[j].trim(); j++) rows.add(j + 1);
  }
  return rows;
}

function checkOpinionLinks(op: ParsedOpinion, index: LinkIndex, diagnostics: Diagnostic[]): void {
  const check = (field: string, value: string) => {
    if (SCAFFOLD_MARKER_RE.test(value)) return;
    const [target, fragment] = value.split('#');
    const result = resolveLink(index, { target, fragment });
    if (!result.ok) {
      diagnostics.push({
        severity: 'error',
        file: op.file,
        field,
        value: JSON.stringify(value),
        message: describeUnresolved({ raw: `"${value}"`, target, fragment }, result),
        fix: 'use the exact title or an alias of an existing entry',
      });
    }
  };
  op.data.concerns.forEach((c, i) => check(`concerns[${i}]`, c));
  op.data.claims.forEach((c, i) => check(`claims[${i}].entry`, c.entry));
}
