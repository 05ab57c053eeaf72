import { documentHref, matchKey, type Slug } from './slug.ts';
import { closestMatches } from './suggest.ts';
import type { WikiLink } from './wikilinks.ts';

/** What the index needs to know of an entry to resolve links to it. */
export interface LinkTarget {
  slug: Slug;
  title: string;
  aliases: readonly string[];
  /** Headings in document order, with the ids rehype-slug gives them. */
  headings: readonly { text: string; id: string }[];
  /** Repository-relative file, for messages. */
  file: string;
}

export interface NameClash {
  name: string;
  first: LinkTarget;
  second: LinkTarget;
}

export interface LinkIndex {
  targets: readonly LinkTarget[];
  bySlug: ReadonlyMap<string, LinkTarget>;
  byName: ReadonlyMap<string, LinkTarget>;
  /** Every title and alias as written, for suggestions. */
  names: readonly string[];
  /** Two entries claiming one title or alias: links to it would be ambiguous. */
  clashes: readonly NameClash[];
}

export function createLinkIndex(targets: readonly LinkTarget[]): LinkIndex {
  const byName = new Map<string, LinkTarget>();
  const bySlug = new Map<string, LinkTarget>();
  const clashes: NameClash[] = [];
  const names: string[] = [];
  for (const target of targets) {
    bySlug.set(target.slug, target);
    for (const name of [target.title, ...target.aliases]) {
      const key = matchKey(name);
      const existing = byName.get(key);
      if (existing && existing !== target) {
        clashes.push({ name, first: existing, second: target });
        continue;
      }
      byName.set(key, target);
      names.push(name);
    }
  }
  return { targets, bySlug, byName, names, clashes };
}

export type Resolution =
  | { ok: true; target: LinkTarget; anchor?: string; href: string }
  | { ok: false; reason: 'no-entry' | 'no-heading'; target?: LinkTarget; suggestions: string[] };

/** Resolves [[Target#Heading]] against titles and aliases (case-insensitive) and the target's headings. */
export function resolveLink(index: LinkIndex, link: Pick<WikiLink, 'target' | 'fragment'>, base = '/'): Resolution {
  const target = index.byName.get(matchKey(link.target));
  if (!target) {
    return { ok: false, reason: 'no-entry', suggestions: closestMatches(link.target, index.names) };
  }
  const href = documentHref('entries', target.slug, base);
  if (!link.fragment) return { ok: true, target, href };
  const wanted = matchKey(link.fragment);
  const heading = target.headings.find((h) => matchKey(h.text) === wanted || h.id === wanted);
  if (!heading) {
    return {
      ok: false,
      reason: 'no-heading',
      target,
      suggestions: closestMatches(
        link.fragment,
        target.headings.map((h) => h.text),
      ),
    };
  }
  return { ok: true, target, anchor: heading.id, href: `${href}#${heading.id}` };
}

/** The author-facing sentence for a link that does not resolve. Tests pin this wording. */
export function describeUnresolved(
  link: Pick<WikiLink, 'raw' | 'target' | 'fragment'>,
  result: Extract<Resolution, { ok: false }>,
): string {
  const hint = (s: string[]) => (s.length ? ` Did you mean ${s.map((x) => `"${x}"`).join(', ')}?` : '');
  if (result.reason === 'no-heading' && result.target) {
    return (
      `${link.raw} points to a heading "${link.fragment}" that "${result.target.title}" does not have.` +
      (result.suggestions.length ? hint(result.suggestions) : ' Link the entry without #… or use one of its headings.')
    );
  }
  return (
    `${link.raw} matches no entry title or alias.` +
    (result.suggestions.length
      ? hint(result.suggestions)
      : ' Check the spelling, or add the entry (or an alias) before linking to it.')
  );
}
