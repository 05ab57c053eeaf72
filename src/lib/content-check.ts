import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { compileBody, createBodyPipeline, parseBody as parseTree, type BodyPipeline } from '../markdown/index.ts';
import type { CitationData } from '../markdown/remark-citations.ts';
import { unwrapComponentParagraphs } from '../markdown/remark-component-blocks.ts';
import { remarkSmartQuotes } from '../markdown/remark-smart-quotes.ts';
import type { EntryData } from '../schemas/entry.ts';
import type { OpinionData } from '../schemas/opinion.ts';
import { checkBodyTree, type BodyCheckContext } from './content/body-check.ts';
import { parseDatasets, type DataFile, type ParsedDataset } from './content/datasets.ts';
import { collectCharts, collectHeadings, collectLinks, type SourceHeading, type TreeLink } from './content/collect.ts';
import { checkFileName, checkScaffoldMarkers, parseFrontmatter, type ContentFile } from './content/frontmatter.ts';
import { describeSyntaxError } from './content/syntax-errors.ts';
import type { Diagnostic } from './diagnostics.ts';
import { buildLinkGraph, type LinkGraph } from './link-graph.ts';
import { createLinkIndex, describeUnresolved, resolveLink, type LinkIndex } from './link-index.ts';
import { SCAFFOLD_MARKER_RE } from './scaffold.ts';
import type { Collection, Slug } from './slug.ts';

export type { ContentFile } from './content/frontmatter.ts';
export type { SourceHeading } from './content/collect.ts';
export type { DataFile, ParsedDataset } from './content/datasets.ts';

/** A body compiled by the pipeline: MDX's function body, and the citations in the order they were numbered. */
export interface CompiledBody {
  code: string;
  citations: CitationData;
}

interface DocumentBase {
  file: string;
  slug: Slug;
  /** Headings as the page shows them, with their ids; read from the syntax tree. */
  headings: SourceHeading[];
  /** Cross-references in document order, with their sentences; read from the syntax tree. */
  links: TreeLink[];
  /** Undefined when the document has errors (it is then never rendered) or compiling was not asked for. */
  compiled?: CompiledBody | undefined;
}
export interface ParsedEntry extends DocumentBase {
  collection: 'entries';
  data: EntryData;
}
export interface ParsedOpinion extends DocumentBase {
  collection: 'opinion';
  data: OpinionData;
}

/** The corpus: every document parsed once, checked, linked and compiled. Pages, checks and search read it. */
export interface ContentModel {
  entries: ParsedEntry[];
  opinions: ParsedOpinion[];
  index: LinkIndex;
  graph: LinkGraph;
  /** The data behind charts (content/data/), validated, by file name order. */
  datasets: ParsedDataset[];
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  /** Compile each clean body (the build does; a check that only lists problems may skip it). */
  compile?: boolean;
  /** The site's base path, for cross-reference URLs. */
  base?: string;
  /** The content folder; figures must be inside it. */
  contentRoot?: string;
  /** The data files behind charts (content/data/*.yaml), read once with the rest of the corpus. */
  dataFiles?: readonly DataFile[];
}

/** A document while the model is built: its tree lives only until it is compiled. */
interface Working extends DocumentBase {
  collection: Collection;
  data?: EntryData | OpinionData;
  title?: string | undefined;
  aliases: string[];
  sourceIds?: string[] | undefined;
  tree?: Root;
  vfile: VFile;
  hasErrors: boolean;
}

let pipeline: BodyPipeline | undefined;
const smartQuotes = (remarkSmartQuotes as unknown as () => (tree: Root) => void)();

/**
 * Reads, validates, cross-checks and compiles the whole corpus: each file's frontmatter is read once and its
 * body parsed once, with the MDX grammar, into the tree that every check walks, that headings and links are
 * collected from, and that is compiled for the page. Every problem is collected (not just the first), so an
 * editor fixes all of them at once.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): ContentModel {
  const { compile = true, base = '/', contentRoot = 'content', dataFiles = [] } = options;
  pipeline ??= createBodyPipeline();
  const diagnostics: Diagnostic[] = [];
  const { datasets, ids: datasetIds } = parseDatasets(dataFiles, diagnostics);
  const docs: Working[] = [];
  const seenSlugs = new Map<string, string>();

  for (const file of files) {
    diagnostics.push(...checkFileName(file), ...checkScaffoldMarkers(file));
    const fm = parseFrontmatter(file, diagnostics);
    if (!fm) continue;
    const key = `${file.collection}/${fm.slug}`;
    const other = seenSlugs.get(key);
    if (other) {
      diagnostics.push({
        severity: 'error',
        file: file.path,
        message: `has the same URL slug "${fm.slug}" as ${other}; both would be published at /${key}/`,
        fix: 'rename one of the two files (the file name is the URL)',
      });
      continue;
    }
    seenSlugs.set(key, file.path);
    const vfile = new VFile({ path: file.path, value: fm.body });
    const doc: Working = {
      file: file.path,
      slug: fm.slug,
      collection: fm.collection,
      headings: [],
      links: [],
      vfile,
      hasErrors: false,
      ...(fm.ok
        ? {
            data: fm.data,
            title: fm.data.title,
            aliases: fm.collection === 'entries' ? fm.data.aliases : [],
            sourceIds: fm.collection === 'entries' ? fm.data.sources.map((s) => s.id) : undefined,
          }
        : { title: fm.title, aliases: fm.aliases, sourceIds: fm.sourceIds }),
    };
    const parsed = parseBody(pipeline, vfile, fm.body, file.path);
    diagnostics.push(...parsed.errors);
    if (parsed.errors.length) doc.hasErrors = true;
    // The two tree transforms that change what the checks and the collected headings see; the pipeline repeats
    // the first (idempotent) so that a tree reaching it by any path is shaped the same.
    unwrapComponentParagraphs(parsed.tree);
    smartQuotes(parsed.tree);
    doc.tree = parsed.tree;
    doc.headings = collectHeadings(parsed.tree);
    doc.links = collectLinks(parsed.tree);
    docs.push(doc);
  }

  const index = createLinkIndex(
    docs
      .filter((d) => d.collection === 'entries' && d.title)
      .map((d) => ({ slug: d.slug, title: d.title!, aliases: d.aliases, headings: d.headings, file: d.file })),
  );
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

  diagnostics.push(...findUnshownDatasets(datasets, docs));

  // Files whose body did not parse: their headings are not known, so links to their headings are not judged.
  const unparsed = new Set(docs.filter((d) => d.hasErrors).map((d) => d.file));
  for (const doc of docs) {
    if (!doc.tree) continue;
    const ctx: BodyCheckContext = {
      unparsed,
      file: doc.file,
      collection: doc.collection,
      slug: doc.slug,
      sourceIds: doc.sourceIds,
      index,
      contentRoot,
      datasetIds,
    };
    const found = checkBodyTree(doc.tree, ctx);
    if (doc.data && 'map' in doc.data && doc.data.map && hasMap(doc.tree)) {
      found.push({
        severity: 'error',
        file: doc.file,
        field: 'map',
        value: 'true',
        message: 'shows the map twice: "map: true" puts it at the top, and the body has <PeninsulaMap />',
        fix: 'keep one: delete "map: true" to show the map where <PeninsulaMap /> stands, or delete the component',
      });
    }
    diagnostics.push(...found);
    // Unsafe bodies and invalid frontmatter are never compiled; other faults leave a previewable draft.
    if (found.some((d) => d.unsafe) || !doc.data) doc.hasErrors = true;
    doc.vfile.data = {
      check: ctx,
      index,
      base,
      headings: doc.headings,
      lenient: true,
      astro: { frontmatter: { title: doc.title, sources: doc.data && 'sources' in doc.data ? doc.data.sources : [] } },
    };
  }

  // Backlinks list the linking documents A–Z, as the index does.
  const byTitle = [...docs].sort((a, b) => (a.title ?? a.slug).localeCompare(b.title ?? b.slug, 'en', { sensitivity: 'base' }));
  const graph = buildLinkGraph(
    index,
    byTitle.map((d) => ({ collection: d.collection, slug: d.slug, title: d.title ?? d.slug, links: d.links })),
  );
  const entries = docs.filter((d): d is Working & ParsedEntry => d.collection === 'entries' && !!d.data);
  const opinions = docs.filter((d): d is Working & ParsedOpinion => d.collection === 'opinion' && !!d.data);
  for (const op of opinions) checkOpinionLinks(op, index, diagnostics);
  diagnostics.push(...findOrphans(entries, opinions, graph, index));

  for (const doc of docs) {
    if (compile && doc.tree && !doc.hasErrors) doc.compiled = compileTree(pipeline, doc, diagnostics);
    // The tree has served every reader; keeping thousands of them would only hold memory.
    delete doc.tree;
  }
  const strip = <T extends Working>(d: T) => {
    const { vfile: _v, tree: _t, hasErrors: _h, title: _ti, aliases: _a, sourceIds: _s, ...rest } = d;
    return rest;
  };
  return {
    entries: entries.map(strip),
    opinions: opinions.map(strip),
    index,
    graph,
    datasets,
    diagnostics,
  };
}

/**
 * Parses a body with the MDX grammar. MDX stops at its first syntax error; so that an editor sees every one
 * at once, the faulty line is blanked and the body parsed again (up to 20 times). A body with any syntax
 * error is never compiled: its tree serves only to check and index the rest of it.
 */
function parseBody(processor: BodyPipeline, vfile: VFile, body: string, path: string): { tree: Root; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  let text = body;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const tree = parseTree(processor, attempt === 0 ? vfile : new VFile({ path: vfile.path, value: text }));
      return { tree, errors };
    } catch (err) {
      if (!(err instanceof VFileMessage)) throw err;
      errors.push(describeSyntaxError(err, path, text));
      const lines = text.split('\n');
      const line = err.line ?? 0;
      if (line < 1 || line > lines.length || !lines[line - 1]!.trim()) break;
      lines[line - 1] = lines[line - 1]!.replace(/./g, ' ');
      text = lines.join('\n');
    }
  }
  return { tree: { type: 'root', children: [] }, errors };
}

const hasMap = (node: Root | Root['children'][number]): boolean =>
  (node.type === 'mdxJsxFlowElement' && node.name === 'PeninsulaMap') || ('children' in node && node.children.some(hasMap));

function compileTree(processor: BodyPipeline, doc: Working, diagnostics: Diagnostic[]): CompiledBody | undefined {
  try {
    const code = compileBody(processor, doc.tree!, doc.vfile);
    const citations = (doc.vfile.data as { astro?: { frontmatter?: { citations?: CitationData } } }).astro?.frontmatter
      ?.citations;
    return { code, citations: citations ?? { order: [], counts: {} } };
  } catch (err) {
    // The pipeline's own check refuses what the model's check already reported: say it once.
    if (diagnostics.some((d) => d.file === doc.file && d.severity === 'error')) return undefined;
    diagnostics.push({
      severity: 'error',
      file: doc.file,
      message: `could not be rendered: ${err instanceof Error ? err.message : String(err)}`,
      fix: 'correct the line named above',
    });
    return undefined;
  }
}

/** Datasets no body shows: a warning, since a new dataset often lands before the entry that charts it. */
function findUnshownDatasets(datasets: readonly ParsedDataset[], docs: readonly Working[]): Diagnostic[] {
  const shown = new Set(docs.flatMap((d) => (d.tree ? collectCharts(d.tree) : [])));
  return datasets
    .filter((d) => !shown.has(d.id))
    .map((d) => ({
      severity: 'warning' as const,
      file: d.file,
      message: `dataset "${d.id}" is not shown on any page`,
      fix: `place it in the entry it illustrates with <Chart data="${d.id}" />, or remove the file`,
    }));
}

/**
 * Entries no other entry or opinion piece links to: readers reach them only through the index and search.
 * A warning, not an error: a new entry is often an orphan until its neighbours are edited to link it.
 */
function findOrphans(entries: ParsedEntry[], opinions: ParsedOpinion[], graph: LinkGraph, index: LinkIndex): Diagnostic[] {
  const linked = new Set(graph.backlinks.keys());
  // An opinion piece's concerns and claims are rendered as links to entries too.
  for (const op of opinions) {
    for (const name of [...op.data.concerns, ...op.data.claims.map((c) => c.entry)]) {
      const [target, fragment] = name.split('#');
      const result = resolveLink(index, { target: target!, fragment });
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

function checkOpinionLinks(op: ParsedOpinion, index: LinkIndex, diagnostics: Diagnostic[]): void {
  const check = (field: string, value: string) => {
    if (SCAFFOLD_MARKER_RE.test(value)) return;
    const [target, fragment] = value.split('#');
    const result = resolveLink(index, { target: target!, fragment });
    if (!result.ok) {
      diagnostics.push({
        severity: 'error',
        file: op.file,
        field,
        value: JSON.stringify(value),
        message: describeUnresolved({ raw: `"${value}"`, target: target!, fragment }, result),
        fix: 'use the exact title or an alias of an existing entry',
      });
    }
  };
  op.data.concerns.forEach((c, i) => check(`concerns[${i}]`, c));
  op.data.claims.forEach((c, i) => check(`claims[${i}].entry`, c.entry));
}
