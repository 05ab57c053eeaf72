import type { Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { existsSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { CITATION } from '../citations.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { describeUnresolved, resolveLink, type LinkIndex } from '../link-index.ts';
import { SCAFFOLD_MARKER, SCAFFOLD_MARKER_RE } from '../scaffold.ts';
import { closestMatches } from '../suggest.ts';
import type { Collection } from '../slug.ts';
import { findUnclosedWikiLinks, findWikiLinks } from '../wikilinks.ts';
import { AUTHOR_COMPONENTS, FIGURE_EXTENSIONS, isAuthorComponent, type ComponentSpec } from './components.ts';
import { offsetPoint, type Point } from './positions.ts';
import { isSafeLinkUrl, SAFE_SCHEMES, urlScheme } from './urls.ts';

/** What the body check needs to know of the document around the body. */
export interface BodyCheckContext {
  file: string;
  collection: Collection;
  slug: string;
  /** Ids of the entry's sources; undefined for opinion pieces, and for entries whose sources did not parse. */
  sourceIds: readonly string[] | undefined;
  /** Titles, aliases and headings of every entry; omit to skip cross-reference resolution. */
  index?: LinkIndex;
  /** The content folder: figures must live inside it. */
  contentRoot: string;
  /** Files whose bodies did not parse; a [[Title#Heading]] into one of them is not judged. */
  unparsed?: ReadonlySet<string>;
  /** Ids of the data files in content/data/, which a <Chart data="…"> may show; omit to skip that check. */
  datasetIds?: readonly string[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Every rule an entry body must follow, as one walk over the MDX syntax tree that is also the tree the site
 * renders (src/lib/content/pipeline.ts): what the check sees is exactly what would reach the page. MDX is code,
 * so anything that could run (import/export, {expressions}, elements other than the author components, props
 * they do not declare, addresses with a scheme other than http, https and mailto) is refused.
 */
export function checkBodyTree(tree: Root, ctx: BodyCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (at, message, fix, value, unsafe) =>
    out.push({ severity: 'error', file: ctx.file, line: at?.line, column: at?.column, value, message, fix, ...(unsafe ? { unsafe } : {}) });
  const cited = new Set<string>();
  const charted = new Set<string>();

  const walk = (node: Root | RootContent, inTableCell: boolean) => {
    const at = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm': {
        const word = /^\s*(import|export)/.exec(node.value)?.[1] ?? 'import';
        report(
          at,
          `uses "${word}", which runs code when the site is built`,
          'remove the line; content may not import or export anything',
          JSON.stringify(node.value.split('\n')[0]),
          true,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          at,
          'has a {…} expression, which MDX runs as JavaScript',
          'remove the braces, or reword: curly braces are not allowed in entry text (in code, write them inside `backticks`)',
          JSON.stringify(`{${node.value}}`),
          true,
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!checkElement(node, ctx, report, charted)) return;
        break;
      case 'heading':
        if (node.depth === 1) {
          report(at, 'uses a level-1 heading; the page title comes from the frontmatter title', 'start sections at "## "');
        }
        break;
      case 'link':
      case 'definition':
        if (!isSafeLinkUrl(node.url)) {
          report(
            at,
            `has a link to a "${urlScheme(node.url)}:" address, which could run code in readers' browsers`,
            `link only to ${SAFE_SCHEMES.join(', ')} addresses or to pages of this site (/entries/…)`,
            JSON.stringify(node.url),
            true,
          );
        }
        break;
      case 'image':
      case 'imageReference':
        report(
          at,
          node.alt?.trim() ? 'has a Markdown image' : 'has an image with no alt text',
          `use a figure, which requires alt text, a credit and a licence: ${AUTHOR_COMPONENTS.Figure.example}`,
          node.type === 'image' ? JSON.stringify(node.url) : undefined,
          true,
        );
        return;
      case 'text':
        checkText(node, ctx, inTableCell, report, cited);
        return;
      case 'inlineCode':
      case 'code':
        if (SCAFFOLD_MARKER_RE.test(node.value)) scaffold(node.position?.start, node.value, report, ctx);
        return;
      case 'tableRow':
        checkTableRowLinks(node.children, report);
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child, inTableCell || node.type === 'tableCell');
  };
  walk(tree, false);

  if (ctx.collection === 'entries' && ctx.sourceIds) {
    const seen = new Set<string>();
    for (const id of ctx.sourceIds) {
      if (seen.has(id)) {
        out.push({
          severity: 'error',
          file: ctx.file,
          field: 'sources',
          value: id,
          message: `has two sources with id "${id}"`,
          fix: 'give each source its own id',
        });
      }
      seen.add(id);
      if (!cited.has(id)) {
        out.push({
          severity: 'warning',
          file: ctx.file,
          field: 'sources',
          value: id,
          message: `source "${id}" is never cited in the text`,
          fix: `cite it as [@${id}] after the statement it supports, or remove it`,
        });
      }
    }
  }
  return out;
}

type Report = (at: Point | undefined, message: string, fix: string, value?: string, unsafe?: true) => void;

const RISKY_WHY: Record<string, string> = {
  script: "a <script> would run in readers' browsers",
  iframe: 'an <iframe> embeds another site in ours',
  style: 'a <style> would restyle the whole site',
};

/** Checks one JSX element; returns whether its children should be walked (they are, for allowed components). */
function checkElement(node: JsxElement, ctx: BodyCheckContext, report: Report, charted: Set<string>): boolean {
  const at = node.position?.start;
  const shown = node.name === null ? '<>' : `<${node.name}>`;
  if (node.name === null || !isAuthorComponent(node.name)) {
    const lower = node.name?.toLowerCase() ?? '';
    const handler = node.attributes.some((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name));
    const why =
      RISKY_WHY[lower] ??
      (handler
        ? "inline event handlers run code in readers' browsers"
        : node.name && /^[A-Z]/.test(node.name)
          ? `it is not one of the components authors may use (${Object.keys(AUTHOR_COMPONENTS).join(', ')})`
          : 'HTML is not allowed in entries');
    report(
      at,
      `has the tag ${shown}: ${why}`,
      node.name && /^[A-Z]/.test(node.name)
        ? `use one of ${Object.keys(AUTHOR_COMPONENTS).join(', ')} (see CONTRIBUTING.md), or remove it`
        : 'use Markdown instead (**bold**, lists, tables); write "less than" rather than "<"',
      JSON.stringify(shown),
      true,
    );
    return false;
  }
  const spec: ComponentSpec = AUTHOR_COMPONENTS[node.name];
  if (node.type === 'mdxJsxTextElement') {
    report(
      at,
      `has ${shown} inside a paragraph`,
      `put it on lines of its own, with a blank line before and after: ${spec.example}`,
      JSON.stringify(shown),
    );
  }
  const given = new Map<string, string>();
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      report(at, `has a {…} expression in ${shown}, which MDX runs as JavaScript`, `write each prop as name="text": ${spec.example}`, JSON.stringify(`{${attr.value}}`), true);
      continue;
    }
    const prop = spec.props[attr.name];
    if (!prop) {
      const names = Object.keys(spec.props);
      report(
        at,
        `${shown} has no prop "${attr.name}"`,
        names.length ? `use only ${names.map((n) => `"${n}"`).join(', ')}: ${spec.example}` : `write it without props: ${spec.example}`,
        JSON.stringify(attr.name),
        true,
      );
      continue;
    }
    if (typeof attr.value !== 'string') {
      report(
        at,
        attr.value ? `has a {…} expression as the "${attr.name}" of ${shown}, which MDX runs as JavaScript` : `${shown} has "${attr.name}" with no value`,
        `write it as ${attr.name}="…" (${prop.describe})`,
        attr.value ? JSON.stringify(`{${attr.value.value}}`) : JSON.stringify(attr.name),
        true,
      );
      continue;
    }
    if (prop.values && !prop.values.includes(attr.value)) {
      report(at, `${shown} has ${attr.name}="${attr.value}", which is not allowed`, `use ${prop.values.map((v) => `${attr.name}="${v}"`).join(' or ')}`, JSON.stringify(attr.value));
    } else if (!attr.value.trim()) {
      report(at, `${shown} has an empty "${attr.name}"`, `fill it in: ${prop.describe}`, '""');
    }
    given.set(attr.name, attr.value);
  }
  for (const [name, prop] of Object.entries(spec.props)) {
    if (prop.required && !given.has(name)) {
      report(at, `${shown} is missing the required prop "${name}"`, `add ${name}="…" (${prop.describe}): ${spec.example}`, JSON.stringify(shown));
    }
  }
  if (!spec.children && node.children.length) {
    report(at, `${shown} takes no content between its tags`, `write it as a self-closing tag: ${spec.example}`, JSON.stringify(shown));
  }
  if (spec.children && !node.children.length) {
    report(at, `${shown} is empty`, `put the text between the tags: ${spec.example}`, JSON.stringify(shown));
  }
  const cite = given.get('cite');
  if (node.name === 'Quote' && cite !== undefined && ctx.sourceIds && !ctx.sourceIds.includes(cite)) {
    report(
      at,
      `<Quote> cites "${cite}", which is not the id of any of its sources`,
      ctx.collection === 'entries' ? `use one of: ${ctx.sourceIds.join(', ')}` : 'opinion pieces have no source list: quote in an entry instead',
      JSON.stringify(cite),
    );
  }
  if (node.name === 'Quote' && ctx.collection === 'opinion') {
    report(at, '<Quote> needs a source list, which opinion pieces do not have', 'summarise in your own words, or quote a few words inline in quotation marks', JSON.stringify(shown));
  }
  const data = given.get('data');
  if (node.name === 'Chart' && data !== undefined && data.trim() && ctx.datasetIds && !ctx.datasetIds.includes(data)) {
    const near = closestMatches(data, ctx.datasetIds, 1)[0];
    report(
      at,
      `<Chart> shows "${data}", which is not a dataset in content/data/${near ? ` (did you mean "${near}"?)` : ''}`,
      ctx.datasetIds.length
        ? `use one of: ${ctx.datasetIds.join(', ')}, or add content/data/${data}.yaml (see CONTRIBUTING.md, "Charts")`
        : `add content/data/${data}.yaml (see CONTRIBUTING.md, "Charts")`,
      JSON.stringify(data),
    );
  }
  if (node.name === 'Chart' && data !== undefined) {
    // A chart's ids (its title, description, table) are the dataset's: twice on one page they would clash.
    if (charted.has(data)) {
      report(at, `shows the chart "${data}" a second time`, 'show each dataset once per page, and refer readers to the first chart in words', JSON.stringify(data));
    }
    charted.add(data);
  }
  if (node.name === 'PeninsulaMap') {
    // The map's ids (its title and description) are fixed: twice on one page they would clash, as a chart's do.
    // Kept in the same set as dataset ids, under a key no id can be (ids are lowercase).
    if (charted.has('<PeninsulaMap>')) {
      report(at, 'shows the map a second time', 'show the map once per page, and refer readers to it in words', '<PeninsulaMap />');
    }
    charted.add('<PeninsulaMap>');
  }
  const src = given.get('src');
  if (node.name === 'Figure' && src !== undefined) {
    const problem = figureProblem(src, ctx);
    if (problem) report(at, `<Figure> ${problem}`, 'save the image (with its licence) beside the entry and write src="./file-name.svg"', JSON.stringify(src), true);
  }
  return true;
}

/** Why a figure's src cannot be shown, or undefined when the file is a local image inside the content folder. */
function figureProblem(src: string, ctx: BodyCheckContext): string | undefined {
  if (urlScheme(src) !== undefined || src.startsWith('//')) return 'loads an image from another site; the site loads nothing from elsewhere';
  if (!src.startsWith('./') && !src.startsWith('../')) return 'needs a relative path starting with ./';
  const path = resolve(dirname(resolve(ctx.file)), src);
  const inside = relative(resolve(ctx.contentRoot), path);
  if (inside.startsWith('..') || inside === '') return 'points outside the content folder';
  if (!(FIGURE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) {
    return `shows a file that is not an image of type ${FIGURE_EXTENSIONS.join(', ')}`;
  }
  if (!existsSync(path)) return 'points to a file that does not exist';
  return undefined;
}

function checkText(node: Text, ctx: BodyCheckContext, inTableCell: boolean, report: Report, cited: Set<string>) {
  const value = node.value;
  const at = (offset: number) => offsetPoint(node, offset);
  if (SCAFFOLD_MARKER_RE.test(value)) scaffold(at(value.search(SCAFFOLD_MARKER_RE)), value, report, ctx);
  // In a table an unescaped | splits a link across cells; checkTableRowLinks reports that once, as such.
  if (!inTableCell) {
    for (const offset of findUnclosedWikiLinks(value)) {
      report(
        at(offset),
        'has a cross-reference that is not closed',
        'write it as [[Title]], [[Title|shown text]] or [[Title#Heading]] on one line',
        JSON.stringify(value.slice(offset, offset + 40).split('\n')[0]),
      );
    }
  }
  for (const link of findWikiLinks(value)) {
    if (SCAFFOLD_MARKER_RE.test(link.raw) || !ctx.index) continue;
    const result = resolveLink(ctx.index, link);
    if (!result.ok && result.reason === 'no-heading' && result.target && ctx.unparsed?.has(result.target.file)) continue;
    if (!result.ok) {
      report(
        at(link.index),
        describeUnresolved(link, result),
        result.reason === 'no-entry'
          ? 'link to an existing title or alias (see the A–Z index), or write the entry first'
          : `use a heading of ${result.target?.file ?? 'the target entry'}, or drop the #…`,
      );
    } else if (ctx.collection === 'entries' && result.target.slug === ctx.slug) {
      report(at(link.index), 'links the entry to itself', 'write the name as plain text', link.raw);
    }
  }
  for (const c of value.matchAll(CITATION)) {
    const id = c[1]!;
    cited.add(id);
    if (ctx.collection === 'entries' && ctx.sourceIds === undefined) continue;
    if (!ctx.sourceIds?.includes(id)) {
      report(
        at(c.index),
        ctx.collection === 'entries' ? `cites "${id}", which is not the id of any of its sources` : 'has a citation, but opinion pieces have no source list',
        ctx.sourceIds ? `use one of: ${ctx.sourceIds.join(', ')}, or add a source with id: ${id}` : 'link the entry that holds the evidence with [[…]] instead',
        `[@${id}]`,
      );
    }
  }
}

/** A [[Title|text]] in a GFM table: the | ends the cell, leaving "[[Title" in one cell and "text]]" in the next. */
function checkTableRowLinks(cells: RootContent[], report: Report) {
  const texts = cells.map((cell) => ('children' in cell ? cell.children : []).map((c) => ('value' in c ? c.value : '')).join(''));
  for (let i = 0; i < texts.length - 1; i++) {
    const open = findUnclosedWikiLinks(texts[i]!);
    if (!open.length) continue;
    const start = open.at(-1)!;
    const close = texts[i + 1]!.indexOf(']]');
    const raw = `${texts[i]!.slice(start).trimEnd()}|${close >= 0 ? texts[i + 1]!.slice(0, close + 2).trimStart() : ''}`;
    report(
      cells[i]!.position?.start,
      'has a cross-reference with a "|" inside a table, which splits the cell in two',
      `write the pipe as \\| inside tables: ${raw.replace(/([^\\])\|/, '$1\\|')}`,
      raw,
    );
  }
}

function scaffold(at: Point | undefined, value: string, report: Report, ctx: BodyCheckContext) {
  const note = value.slice(value.search(SCAFFOLD_MARKER_RE)).split('\n')[0]!.trimEnd();
  report(
    at,
    `still holds template text: the ${SCAFFOLD_MARKER} note left by "npm run new"`,
    ctx.collection === 'entries'
      ? 'write your own text in place of the note, with a citation [@id] after each statement it supports'
      : 'write your own text in place of the note, linking the entries it touches as [[Title]]',
    JSON.stringify(note.length > 77 ? `${note.slice(0, 76)}…` : note),
  );
}
