/**
 * Dates in frontmatter are ISO strings of year, month or day precision ("1953", "1953-07", "1953-07-27").
 * They stay strings all the way to the page so that precision is never invented (a year is not 1 January).
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Parses an ISO date of year, month or day precision; returns null for malformed or impossible dates (2023-02-30). */
export function parseIsoDate(value: string): DateParts | null {
  const m = ISO_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day };
}

/**
 * YAML turns an unquoted 2025-08-25 into a Date at midnight UTC; bring it back to the string the author wrote.
 */
export function dateToIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** "27 July 1953", "July 1953" or "1953": the form reference works use, with no invented precision. */
export function formatDate(value: IsoDate): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** A sortable key: earlier dates first, and a bare year before any month of it. */
export function dateSortKey(value: IsoDate): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * Whether `end` is certainly before `start`, comparing at the coarser of the two precisions: a span from
 * "1950-06-25" to "1950" is fine (the year 1950 includes that day), one ending "1950-06-24" is not.
 * Unparseable dates are reported elsewhere, so they never count as before.
 */
export function endsBeforeStart(start: IsoDate, end: IsoDate): boolean {
  if (!parseIsoDate(start) || !parseIsoDate(end)) return false;
  const length = Math.min(start.length, end.length);
  return end.slice(0, length) < start.slice(0, length);
}
