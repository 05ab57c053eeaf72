import { parseDatasets, type DataFile, type ParsedDataset } from './content/datasets.ts';
import {
  DocumentStore,
  type CompiledBody,
  type CorpusFacts,
  type DocumentFinish,
  type DocumentRead,
  type DocumentSummary,
} from './content/documents.ts';
import type { ContentFile } from './content/frontmatter.ts';
import { WorkerStore, workerCount } from './content/parallel.ts';
import type { SourceHeading, TreeLink } from './content/collect.ts';
import type { Diagnostic } from './diagnostics.ts';
import { buildLinkGraph, type LinkGraph } from './link-graph.ts';
import { createLinkIndex, describeUnresolved, resolveLink, type LinkIndex } from './link-index.ts';
import { SCAFFOLD_MARKER_RE } from './scaffold.ts';
import type { Slug } from './slug.ts';
import type { EntryData } from '../schemas/entry.ts';
import type { OpinionData } from '../schemas/opinion.ts';

export type { ContentFile } from './content/frontmatter.ts';
export type { SourceHeading } from './content/collect.ts';
export type { DataFile, ParsedDataset } from './content/datasets.ts';
export type { CompiledBody } from './content/documents.ts';

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
  /** Worker threads to share the documents with; by default one fewer than the cores for a large corpus, else none. */
  workers?: number;
}

/**
 * Reads, validates, cross-checks and compiles the whole corpus: each file's frontmatter is read once and its
 * body parsed once, with the MDX grammar, into the tree that every check walks, that headings and links are
 * collected from, and that is compiled for the page. Every problem is collected (not just the first), so an
 * editor fixes all of them at once. The per-document work runs in DocumentStores (./content/documents.ts),
 * several in parallel for a large corpus; what is decided across documents is decided here, in file order.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): ContentModel {
  const { compile = true, base = '/', contentRoot = 'content', dataFiles = [] } = options;
  const stores = openStores(files.length, options.workers);
  try {
    return buildModel(files, stores, { compile, base, contentRoot, dataFiles });
  } finally {
    stores.close();
  }
}

function buildModel(
  files: readonly ContentFile[],
  stores: Stores,
  { compile, base, contentRoot, dataFiles }: Required<Omit<CheckOptions, 'workers'>>,
): ContentModel {
  const diagnostics: Diagnostic[] = [];
  const { datasets, ids: datasetIds } = parseDatasets(dataFiles, diagnostics);
  const docs: DocumentSummary[] = [];
  const seenSlugs = new Map<string, string>();

  const reads = stores.read(files);
  for (const [i, { front, doc, body }] of reads.entries()) {
    diagnostics.push(...front);
    if (!doc) continue;
    const key = `${doc.collection}/${doc.slug}`;
    const other = seenSlugs.get(key);
    if (other) {
      diagnostics.push({
        severity: 'error',
        file: files[i]!.path,
        message: `has the same URL slug "${doc.slug}" as ${other}; both would be published at /${key}/`,
        fix: 'rename one of the two files (the file name is the URL)',
      });
      continue;
    }
    seenSlugs.set(key, doc.file);
    diagnostics.push(...body);
    docs.push(doc);
  }

  const targets = docs
    .filter((d) => d.collection === 'entries' && d.title)
    .map((d) => ({ slug: d.slug, title: d.title!, aliases: d.aliases, headings: d.headings, file: d.file }));
  const index = createLinkIndex(targets);
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
  const facts: CorpusFacts = {
    targets,
    unparsed: docs.filter((d) => d.unparsed).map((d) => d.file),
    datasetIds,
    contentRoot,
    base,
    compile,
  };
  const finished = stores.finish(
    docs.map((d) => d.file),
    facts,
    index,
  );
  for (const { found } of finished) diagnostics.push(...found);

  // Backlinks list the linking documents A–Z, as the index does.
  const byTitle = [...docs].sort((a, b) => (a.title ?? a.slug).localeCompare(b.title ?? b.slug, 'en', { sensitivity: 'base' }));
  const graph = buildLinkGraph(
    index,
    byTitle.map((d) => ({ collection: d.collection, slug: d.slug, title: d.title ?? d.slug, links: d.links })),
  );
  const model = docs.map((d, i) => toDocument(d, finished[i]!));
  const entries = model.filter((d): d is ParsedEntry => d.collection === 'entries' && d.data !== undefined);
  const opinions = model.filter((d): d is ParsedOpinion => d.collection === 'opinion' && d.data !== undefined);
  for (const op of opinions) checkOpinionLinks(op, index, diagnostics);
  diagnostics.push(...findOrphans(entries, opinions, graph, index));

  for (const [i, { compileError }] of finished.entries()) {
    const file = docs[i]!.file;
    // The pipeline's own check refuses what the model's check already reported: say it once.
    if (compileError === undefined || diagnostics.some((d) => d.file === file && d.severity === 'error')) continue;
    diagnostics.push({
      severity: 'error',
      file,
      message: `could not be rendered: ${compileError}`,
      fix: 'correct the line named above',
    });
  }
  return { entries, opinions, index, graph, datasets, diagnostics };
}

/** A document as pages read it; `data` is undefined when its frontmatter has errors (it is then left out). */
type Modelled = ParsedEntry | ParsedOpinion | (DocumentBase & { collection: DocumentSummary['collection']; data: undefined });

function toDocument(doc: DocumentSummary, done: DocumentFinish): Modelled {
  const { file, slug, collection, headings, links, data } = doc;
  // The summary's collection and data come from one frontmatter parse, so they agree.
  return { file, slug, collection, headings, links, data, compiled: done.compiled } as Modelled;
}

/** The DocumentStores the corpus is shared among: the main thread's, then one per worker, each a run of files. */
interface Stores {
  read(files: readonly ContentFile[]): DocumentRead[];
  finish(files: readonly string[], facts: CorpusFacts, index: LinkIndex): DocumentFinish[];
  close(): void;
}

function openStores(files: number, requested: number | undefined): Stores {
  const local = new DocumentStore();
  const count = WorkerStore.available() ? workerCount(files, requested) : 0;
  const workers = Array.from({ length: count }, () => new WorkerStore());
  // Which store read each file, so that its tree is checked and compiled where it is kept.
  const owner = new Map<string, number>();
  const share = <T>(items: readonly T[]): T[][] => {
    const size = Math.ceil(items.length / (workers.length + 1));
    return Array.from({ length: workers.length + 1 }, (_, i) => items.slice(i * size, (i + 1) * size));
  };
  return {
    read(all) {
      const parts = share(all);
      parts.forEach((part, i) => part.forEach((f) => owner.set(f.path, i)));
      workers.forEach((w, i) => w.send({ kind: 'read', files: parts[i + 1]! }));
      const mine = parts[0]!.map((f) => local.read(f));
      return [...mine, ...workers.flatMap((w) => w.receive<DocumentRead[]>())];
    },
    finish(all, facts, index) {
      const parts: string[][] = Array.from({ length: workers.length + 1 }, () => []);
      for (const file of all) parts[owner.get(file) ?? 0]!.push(file);
      workers.forEach((w, i) => w.send({ kind: 'finish', files: parts[i + 1]!, facts }));
      const results = new Map<string, DocumentFinish>();
      local.finish(parts[0]!, facts, index).forEach((r, i) => results.set(parts[0]![i]!, r));
      workers.forEach((w, i) => w.receive<DocumentFinish[]>().forEach((r, j) => results.set(parts[i + 1]![j]!, r)));
      return all.map((file) => results.get(file)!);
    },
    close() {
      for (const w of workers) w.close();
    },
  };
}

/** Datasets no body shows: a warning, since a new dataset often lands before the entry that charts it. */
function findUnshownDatasets(datasets: readonly ParsedDataset[], docs: readonly DocumentSummary[]): Diagnostic[] {
  const shown = new Set(docs.flatMap((d) => d.charts));
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
