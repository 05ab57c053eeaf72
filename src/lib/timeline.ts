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

export interface Era<T> {
  id: string;
  label: string;
  from: number;
  to: number;
  events: TimelineEvent<T>[];
}

/** Every event in date order (a bare year before its months, ties by title), grouped by era; empty eras dropped. */
export function buildTimeline<T>(events: readonly TimelineEvent<T>[]): Era<T>[] {
  const sorted = [...events].sort(
    (a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || a.title.localeCompare(b.title),
  );
  const eras: Era<T>[] = ERAS.map((e) => ({ ...e, events: [] }));
  for (const event of sorted) {
    const year = parseIsoDate(event.date)?.year ?? 0;
    const era = eras.find((e) => year >= e.from && year <= e.to) ?? eras[0]!;
    era.events.push(event);
  }
  return eras.filter((e) => e.events.length);
}
