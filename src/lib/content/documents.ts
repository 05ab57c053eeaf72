import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { compileBody, createBodyPipeline, parseBody as parseTree, type BodyPipeline } from '../../markdown/index.ts';
import type { CitationData } from '../../markdown/remark-citations.ts';
import { unwrapComponentParagraphs } from '../../markdown/remark-component-blocks.ts';
import { remarkSmartQuotes } from '../../markdown/remark-smart-quotes.ts';
import type { EntryData } from '../../schemas/entry.ts';
import type { OpinionData } from '../../schemas/opinion.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { createLinkIndex, type LinkIndex, type LinkTarget } from '../link-index.ts';
import type { Collection, Slug } from '../slug.ts';
import { checkBodyTree, type BodyCheckContext } from './body-check.ts';
import { collectCharts, collectHeadings, collectLinks, type SourceHeading, type TreeLink } from './collect.ts';
import { checkFileName, checkScaffoldMarkers, parseFrontmatter, type ContentFile } from './frontmatter.ts';
import { describeSyntaxError } from './syntax-errors.ts';

/*
 * The work on one document, in the two steps the corpus needs: `read` knows only the file (frontmatter, the one
 * parse, what the tree holds); `finish` also needs what every other file holds (the link index) to check the
 * tree and compile it. A DocumentStore keeps each tree between the two steps, so src/lib/content-check.ts can
 * run a store in the main thread or one per worker thread (./parallel.ts) and get the same answers: what
 * crosses between them is plain data, never a tree.
 */

/** A body compiled by the pipeline: MDX's function body, and the citations in the order they were numbered. */
export interface CompiledBody {
  code: string;
  citations: CitationData;
}

/** What `read` learns of one file, as plain data. */
export interface DocumentSummary {
  file: string;
  slug: Slug;
  collection: Collection;
  /** The validated frontmatter; undefined when it has errors. */
  data?: EntryData | OpinionData | undefined;
  /** What could be read of the title, aliases and source ids even when the frontmatter has errors. */
  title?: string | undefined;
  aliases: string[];
  sourceIds?: string[] | undefined;
  /** Headings as the page shows them, with their ids; read from the syntax tree. */
  headings: SourceHeading[];
  /** Cross-references in document order, with their sentences; read from the syntax tree. */
  links: TreeLink[];
  /** Ids of the datasets the body charts. */
  charts: string[];
  /** The body has a <PeninsulaMap />. */
  hasMapComponent: boolean;
  /** The body did not parse. */
  unparsed: boolean;
}

export interface DocumentRead {
  /** From the file name, scaffold markers and frontmatter. */
  front: Diagnostic[];
  /** Undefined when the file has no frontmatter at all. */
  doc?: DocumentSummary;
  /** The body's syntax errors. */
  body: Diagnostic[];
}

/** What `finish` needs of the whole corpus, as plain data. */
export interface CorpusFacts {
  /** The entries' link targets, in the order the index is built from. */
  targets: LinkTarget[];
  /** Files whose bodies did not parse. */
  unparsed: string[];
  datasetIds: string[];
  contentRoot: string;
  base: string;
  compile: boolean;
}

export interface DocumentFinish {
  /** The body check's findings. */
  found: Diagnostic[];
  compiled?: CompiledBody;
  /** Why the pipeline could not compile a body the check passed. */
  compileError?: string;
}

interface Working {
  summary: DocumentSummary;
  tree: Root;
  vfile: VFile;
}

const smartQuotes = (remarkSmartQuotes as unknown as () => (tree: Root) => void)();
let sharedPipeline: BodyPipeline | undefined;

export class DocumentStore {
  readonly #pipeline = (sharedPipeline ??= createBodyPipeline());
  readonly #working = new Map<string, Working>();

  /** Reads one file: frontmatter, then the body parsed once with the MDX grammar; the tree is kept for `finish`. */
  read(file: ContentFile): DocumentRead {
    const front = [...checkFileName(file), ...checkScaffoldMarkers(file)];
    const fm = parseFrontmatter(file, front);
    if (!fm) return { front, body: [] };
    const vfile = new VFile({ path: file.path, value: fm.body });
    const parsed = parseBody(this.#pipeline, vfile, fm.body, file.path);
    // The two tree transforms that change what the checks and the collected headings see; the pipeline repeats
    // the first (idempotent) so that a tree reaching it by any path is shaped the same.
    unwrapComponentParagraphs(parsed.tree);
    smartQuotes(parsed.tree);
    const summary: DocumentSummary = {
      file: file.path,
      slug: fm.slug,
      collection: fm.collection,
      ...(fm.ok
        ? {
            data: fm.data,
            title: fm.data.title,
            aliases: fm.collection === 'entries' ? fm.data.aliases : [],
            sourceIds: fm.collection === 'entries' ? fm.data.sources.map((s) => s.id) : undefined,
          }
        : { title: fm.title, aliases: fm.aliases, sourceIds: fm.sourceIds }),
      headings: collectHeadings(parsed.tree),
      links: collectLinks(parsed.tree),
      charts: collectCharts(parsed.tree),
      hasMapComponent: hasMap(parsed.tree),
      unparsed: parsed.errors.length > 0,
    };
    this.#working.set(file.path, { summary, tree: parsed.tree, vfile });
    return { front, doc: summary, body: parsed.errors };
  }

  /**
   * Checks and compiles the kept trees of `files` against the whole corpus, in that order, then lets every tree
   * go (keeping thousands would only hold memory). Trees of files not named (a duplicate slug) are dropped.
   */
  finish(files: readonly string[], facts: CorpusFacts, index: LinkIndex = createLinkIndex(facts.targets)): DocumentFinish[] {
    const unparsed = new Set(facts.unparsed);
    const out = files.map((path) => {
      const work = this.#working.get(path);
      if (!work) throw new Error(`${path} was not read by this store`);
      return this.#finishOne(work, facts, index, unparsed);
    });
    this.#working.clear();
    return out;
  }

  #finishOne({ summary: doc, tree, vfile }: Working, facts: CorpusFacts, index: LinkIndex, unparsed: Set<string>): DocumentFinish {
    const ctx: BodyCheckContext = {
      unparsed,
      file: doc.file,
      collection: doc.collection,
      slug: doc.slug,
      sourceIds: doc.sourceIds,
      index,
      contentRoot: facts.contentRoot,
      datasetIds: facts.datasetIds,
    };
    const found = checkBodyTree(tree, ctx);
    if (doc.data && 'map' in doc.data && doc.data.map && doc.hasMapComponent) {
      found.push({
        severity: 'error',
        file: doc.file,
        field: 'map',
        value: 'true',
        message: 'shows the map twice: "map: true" puts it at the top, and the body has <PeninsulaMap />',
        fix: 'keep one: delete "map: true" to show the map where <PeninsulaMap /> stands, or delete the component',
      });
    }
    // Unsafe bodies and invalid frontmatter are never compiled; other faults leave a previewable draft.
    const renderable = !doc.unparsed && !found.some((d) => d.unsafe) && doc.data !== undefined;
    if (!facts.compile || !renderable) return { found };
    vfile.data = {
      check: ctx,
      index,
      base: facts.base,
      headings: doc.headings,
      lenient: true,
      astro: { frontmatter: { title: doc.title, sources: doc.data && 'sources' in doc.data ? doc.data.sources : [] } },
    };
    try {
      const code = compileBody(this.#pipeline, tree, vfile);
      const citations = (vfile.data as { astro?: { frontmatter?: { citations?: CitationData } } }).astro?.frontmatter?.citations;
      return { found, compiled: { code, citations: citations ?? { order: [], counts: {} } } };
    } catch (err) {
      return { found, compileError: err instanceof Error ? err.message : String(err) };
    }
  }
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
