import { stringify } from 'yaml';
import type { Kind, Topic } from './taxonomy.ts';

/**
 * The templates `npm run new` and `npm run new:opinion` write (scripts/new-entry.ts). Every spot an editor
 * must fill holds the marker below; the templates satisfy the schemas, and the content check refuses any
 * file that still holds the marker, so a half-filled skeleton can be previewed but never merged.
 */
export const SCAFFOLD_MARKER = 'REPLACE';
/** The marker as a word: upper case, so "replace" in prose never matches. */
export const SCAFFOLD_MARKER_RE = /\bREPLACE\b/;

const todo = (what: string) => `${SCAFFOLD_MARKER}: ${what}`;
/** A frontmatter scalar, quoted only where YAML needs it (a title such as "1950" or "Korea: a history"). */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
const placeholderUrl = `https://example.org/${SCAFFOLD_MARKER}-with-the-address`;

/**
 * The slug (file name and URL) for a title: ASCII letters, digits and single hyphens. Accents are dropped
 * (Kaesŏng → kaesong); a title with no Latin letters (a Hangul title) gives "", and the editor picks one.
 */
export function slugFromTitle(title: string, maxLength = 80): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/** What a file name must look like: it becomes the URL. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface KindTemplate {
  /** What the lede should say for this kind of subject. */
  lede: string;
  infobox: [label: string, hint: string][];
  /** The `##` sections a reader expects, in reading order, each with what belongs in it. */
  sections: [heading: string, hint: string][];
  /** Whether the subject normally has dated events for the timeline. */
  events: boolean;
}

const ASSESSMENTS: [string, string] = [
  'Assessments',
  'how historians, both governments and other observers have judged it; attribute each view to those who hold it',
];

/** A reader's expectations by kind, taken from how the existing entries are organised. */
export const KIND_TEMPLATES: Record<Kind, KindTemplate> = {
  event: {
    lede: 'what happened, when (Korean local time) and where, and why it matters for relations between the two Koreas',
    infobox: [
      ['Date', 'when it happened, e.g. 26 March 2010'],
      ['Location', 'where it happened'],
    ],
    sections: [
      ['Background', 'what led up to it'],
      ['Course of events', 'what happened, in order, with dates'],
      ['Aftermath', 'what followed, and what changed because of it'],
      ASSESSMENTS,
    ],
    events: true,
  },
  agreement: {
    lede: 'who agreed what, when, and what became of it',
    infobox: [
      ['Signed', 'date and place of signature'],
      ['Parties', 'who signed it, by official name'],
    ],
    sections: [
      ['Background', 'the situation that led to the negotiations'],
      ['Negotiations', 'who negotiated, where and for how long'],
      ['Contents', 'what the text provides, in our own words'],
      ['Implementation', 'what was carried out and what was not, each with the date it was true as of'],
      ['Reactions', "each side's response, and other governments', attributed"],
    ],
    events: true,
  },
  person: {
    lede: 'who they are or were, the offices they held, and their part in relations between the two Koreas',
    infobox: [
      ['Born', 'date and place of birth; give both if sources disagree'],
      ['Office', 'the positions relevant here, with years'],
    ],
    sections: [
      ['Early life', 'birth, family and education'],
      ['Career', 'the offices held, in order'],
      ['Role in inter-Korean relations', 'policies, meetings and decisions concerning the other Korea'],
      ASSESSMENTS,
    ],
    events: false,
  },
  place: {
    lede: 'where it is, what it is, and why it matters for relations between the two Koreas',
    infobox: [
      ['Location', 'where it is, with distances a reader can picture'],
      ['Status', 'its current status, with the date it was true as of'],
    ],
    sections: [
      ['Geography', 'where it lies and what is there'],
      ['History', 'how it came to matter, in order'],
      ['Current status', 'the situation now, with the date it was true as of'],
    ],
    events: false,
  },
  policy: {
    lede: 'which government adopted it, when, what it aimed at, and what became of it',
    infobox: [
      ['Adopted by', 'the government or administration'],
      ['In force', 'from when to when'],
    ],
    sections: [
      ['Origins', 'why and by whom it was adopted'],
      ['Principles and practice', 'what it said, and what was done under it'],
      ['Results', 'what it achieved and did not, by the measures sources use'],
      ['Debate', 'the arguments for and against, each attributed'],
    ],
    events: false,
  },
  organisation: {
    lede: 'what the organisation is, who runs it, and its part in relations between the two Koreas',
    infobox: [
      ['Founded', 'when and by whom'],
      ['Headquarters', 'where it is based'],
    ],
    sections: [
      ['Origins', 'how and why it was founded'],
      ['Structure', 'who leads it and how it is organised'],
      ['Activities', 'what it does that concerns the two Koreas'],
      ASSESSMENTS,
    ],
    events: false,
  },
  country: {
    lede: "the state's official name, its system of government, and its place in relations on the peninsula",
    infobox: [
      ['Official name', 'in English, with the usual abbreviation'],
      ['Capital', 'the capital city'],
    ],
    sections: [
      ['Political system', 'how it is governed'],
      ['Policy toward the other Korea', 'its doctrines and their changes, with dates'],
      ['Foreign relations', 'the relations that bear on the peninsula'],
    ],
    events: false,
  },
  topic: {
    lede: 'what the subject covers and why it matters for relations between the two Koreas',
    infobox: [],
    sections: [
      ['Background', 'how the issue arose'],
      ['Developments', 'the main developments, in order, with dates'],
      ['Current situation', 'where things stand, with the date it was true as of'],
      ['Debate', 'the positions on it, each attributed to those who hold it'],
    ],
    events: false,
  },
};

export interface EntryTemplateOptions {
  title: string;
  kind: Kind;
  /** Topics from src/lib/taxonomy.ts; when none are given the template asks the editor to choose. */
  topics?: readonly Topic[];
  aliases?: readonly string[];
  /** Today's date, "YYYY-MM-DD": the template's review and access dates. */
  today: string;
}

const SOURCE_IDS = ['source-1', 'source-2', 'source-3'];

/** A new entry that satisfies the entry schema and holds a REPLACE note wherever the editor has work to do. */
export function entryTemplate({ title, kind, topics = [], aliases = [], today }: EntryTemplateOptions): string {
  const t = KIND_TEMPLATES[kind];
  const lines: string[] = ['---', `title: ${scalar(title)}`];
  lines.push('description: >-', `  ${todo(`the lede in one to three plain sentences (at most 320 characters): ${t.lede}.`)}`);
  lines.push(`kind: ${kind}`);
  lines.push(
    topics.length
      ? `topics: [${topics.join(', ')}]`
      : `topics: [history] # ${todo('one to four of: see src/lib/taxonomy.ts or CONTRIBUTING.md, then delete this comment')}`,
  );
  lines.push(aliases.length ? `aliases: [${aliases.map(scalar).join(', ')}]` : 'aliases: []');
  lines.push(
    `korean: # ${todo('fill in the three lines below, or delete all four if the subject has no Korean name')}`,
    `  hangul: ${scalar(todo('the name in Hangul, 한글'))}`,
    `  rr: ${scalar(todo('Revised Romanization'))}`,
    `  mr: ${scalar(todo('McCune–Reischauer'))}`,
  );
  if (t.infobox.length) {
    lines.push('infobox:');
    for (const [label, hint] of t.infobox) lines.push(`  - label: ${scalar(label)}`, `    value: ${scalar(todo(hint))}`);
  }
  if (t.events) {
    lines.push(
      'events:',
      `  - date: "${today.slice(0, 4)}" # ${todo('the date as precise as known, Korean local time; add "end:" for a span')}`,
      `    title: ${scalar(todo('what happened, in one short sentence of our own'))}`,
    );
  }
  lines.push('sources:');
  for (const id of SOURCE_IDS) {
    lines.push(
      `  - id: ${id}`,
      `    title: ${scalar(todo('the title of the document or page, as published'))}`,
      `    publisher: ${scalar(todo('the organisation or publication that issued it'))}`,
      `    url: ${placeholderUrl}`,
      `    accessed: "${today}"`,
    );
  }
  lines.push(`lastReviewed: "${today}"`, '---');
  lines.push(
    `${todo(`the opening paragraph: ${t.lede}, in three sentences a first-year student can follow. Link every subject that has an entry at its first mention, and cite a source after each statement it supports.`)}[@${SOURCE_IDS[0]}]`,
  );
  t.sections.forEach(([heading, hint], i) => {
    lines.push('', `## ${heading}`, '', `${todo(`${hint}.`)}[@${SOURCE_IDS[(i + 1) % SOURCE_IDS.length]}]`);
  });
  return `${lines.join('\n')}\n`;
}

export interface OpinionTemplateOptions {
  /** The original headline. */
  title: string;
  today: string;
}

/** A new opinion piece: an attributed summary of someone else's argument, with REPLACE notes to fill. */
export function opinionTemplate({ title, today }: OpinionTemplateOptions): string {
  return `${[
    '---',
    `title: ${scalar(title)}`,
    `subtitle: ${scalar(todo('one line in our own words on what the piece argues'))}`,
    'author:',
    `  name: ${scalar(todo("the author's name as published"))}`,
    `  background: ${scalar(todo('one sentence on who the author is, so readers can weigh the standpoint'))}`,
    `publication: ${scalar(todo('where it first appeared'))}`,
    `published: "${today}" # ${todo('the date it first appeared, then delete this comment')}`,
    `url: ${placeholderUrl}`,
    'concerns:',
    `  - ${scalar(todo('the title or an alias of an entry the piece concerns'))}`,
    'summary: >-',
    `  ${todo('two or three sentences summarising the argument, attributed ("The author argues that …").')}`,
    'claims:',
    `  - claim: ${scalar(todo('a factual claim the piece makes, in our words and attributed'))}`,
    `    entry: ${scalar(todo('the entry that holds the evidence: a title or alias, optionally #Heading'))}`,
    `lastReviewed: "${today}"`,
    '---',
    '## The argument',
    '',
    todo(
      'the argument in our own words, attributed throughout ("The author argues …"), with at most a few short quoted phrases. Link each entry it touches at its first mention.',
    ),
    '',
    '## Context',
    '',
    todo(
      'where readers can weigh the evidence: the entries that cover the facts and the other positions. Neither endorse nor rebut the piece.',
    ),
  ].join('\n')}\n`;
}
