import { dateSortKey, parseIsoDate } from './dates.ts';

/** The periods the timeline groups events into: the usual periodisation of inter-Korean relations. */
export const ERAS = [
  { id: 'division-and-war', label: 'Division and war', from: 1945, to: 1953 },
  { id: 'cold-war', label: 'Armistice and Cold War', from: 1954, to: 1997 },
  { id: 'engagement', label: 'The engagement decade', from: 1998, to: 2007 },
  { id: 'confrontation', label: 'Confrontation and sanctions', from: 2008, to: 2016 },
  { id: 'diplomacy', label: 'Summit diplomacy', from: 2017, to: 2019 },
  { id: 'two-states', label: 'Toward two hostile states', from: 2020, to: 9999 },
] as const;

export interface TimelineEvent<T = unknown> {
  date: string;
  end?: string | undefined;
  title: string;
  /** Whatever the caller needs to link and filter the event (entry slug, kind, topics). */
  source: T;
}

/** One event as the timeline lists it: the same happening recorded by several entries appears once, linking them all. */
export interface MergedEvent<T = unknown> {
  date: string;
  end?: string | undefined;
  /** The title of the record that best represents the others (see `sameEvent`). */
  title: string;
  /** Every entry that records it, the one whose title is shown first. */
  sources: T[];
}

export interface Era<T> {
  id: string;
  label: string;
  from: number;
  to: number;
  events: MergedEvent<T>[];
}

export interface TimelineOptions<T> {
  /** The names a source is known by (an entry's title and aliases): an event naming another's entry is about it. */
  names?: (source: T) => readonly string[];
}

// Words that say nothing about which event it was: grammar, the names every event in this field shares, and
// the commonest surname and verbs of reporting (two statements by two Kims on one day are two events).
const STOP_WORDS = new Set(
  (
    'a an the and or of in on at to for from by with as its it is are was were be into over after before since than ' +
    'that this their his her first two north south korea korean koreas kim says say announces announce government president'
  ).split(' '),
);

/** The content words of a title, lowercased, without accents, crudely singular ("talks" and "talk" match). */
export function titleWords(title: string): Set<string> {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // A hyphen inside a word keeps it whole: Jong-un and Yo-jong are two names, not two halves sharing "jong".
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return new Set(words);
}

/** How alike two titles are: shared content words over the words of the shorter one (overlap coefficient, 0–1). */
export function titleSimilarity(a: string, b: string): { shared: number; score: number } {
  const wa = titleWords(a);
  const wb = titleWords(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const smaller = Math.min(wa.size, wb.size);
  return { shared, score: smaller ? shared / smaller : 0 };
}

const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);
const mentions = (title: string, name: string) => name.length > 3 && title.toLowerCase().includes(name.toLowerCase());

/**
 * Whether two records are of one event. Both must be dated to the same day (a bare year or month holds many
 * events), and then either their titles share a content word (see `titleWords`: "Armistice signed at
 * Panmunjom" / "Armistice creates the Military Demarcation Line": one day's records that name the same thing
 * tell of one happening), or one title names the other's entry ("… halts operations at the Kaesong Industrial
 * Complex", recorded by South Korea, and the Kaesong Industrial Complex entry's "complete shutdown" that day).
 */
export function sameEvent<T>(a: TimelineEvent<T>, b: TimelineEvent<T>, options: TimelineOptions<T> = {}): boolean {
  if (a.date !== b.date || !isDay(a.date)) return false;
  if (titleSimilarity(a.title, b.title).shared > 0) return true;
  const names = options.names;
  if (!names) return false;
  return names(b.source).some((n) => mentions(a.title, n)) || names(a.source).some((n) => mentions(b.title, n));
}

/** Records of one date merged into events: any two records of one event join it, so the grouping is transitive. */
function mergeDay<T>(records: TimelineEvent<T>[], options: TimelineOptions<T>): MergedEvent<T>[] {
  const groups: TimelineEvent<T>[][] = [];
  // An entry lists distinct happenings, so one event never holds two records of the same entry: the submarine
  // found aground and the crew found dead the same day are two events, though both say "submarine", and a
  // third entry's record of that day joins the one it is most like, not both.
  const likeness = (record: TimelineEvent<T>, g: TimelineEvent<T>[]) =>
    Math.max(...g.map((other) => titleSimilarity(record.title, other.title).score));
  for (const record of records) {
    const candidates = groups
      .filter((g) => g.some((other) => sameEvent(record, other, options)) && !g.some((o) => o.source === record.source))
      .sort((x, y) => likeness(record, y) - likeness(record, x));
    const merged = [record];
    for (const g of candidates) {
      if (g.some((o) => merged.some((m) => m.source === o.source))) continue;
      merged.push(...g);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.map((group) => {
    // The record most like the rest speaks for the event; ties go to the longer, usually fuller, title.
    const centrality = (r: TimelineEvent<T>) =>
      group.reduce((sum, other) => sum + (other === r ? 0 : titleSimilarity(r.title, other.title).score), 0);
    const ranked = [...group].sort(
      (x, y) => centrality(y) - centrality(x) || y.title.length - x.title.length || x.title.localeCompare(y.title),
    );
    const lead = ranked[0]!;
    const end = group.map((r) => r.end).find(Boolean);
    return { date: lead.date, end: lead.end ?? end, title: lead.title, sources: ranked.map((r) => r.source) };
  });
}

/**
 * Every event in date order (a bare year before its months, ties by title), records of one event merged
 * (`sameEvent`), grouped by era; empty eras dropped.
 */
export function buildTimeline<T>(events: readonly TimelineEvent<T>[], options: TimelineOptions<T> = {}): Era<T>[] {
  const byDate = new Map<string, TimelineEvent<T>[]>();
  for (const event of events) byDate.set(event.date, [...(byDate.get(event.date) ?? []), event]);
  const merged = [...byDate.values()]
    .flatMap((records) => mergeDay(records, options))
    .sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || a.title.localeCompare(b.title));
  const eras: Era<T>[] = ERAS.map((e) => ({ ...e, events: [] }));
  for (const event of merged) {
    const year = parseIsoDate(event.date)?.year ?? 0;
    const era = eras.find((e) => year >= e.from && year <= e.to) ?? eras[0]!;
    era.events.push(event);
  }
  return eras.filter((e) => e.events.length);
}
