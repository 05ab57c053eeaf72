import { z } from 'astro/zod';
import { sourceUrlProblem } from '../lib/content/urls.ts';
import { dateToIso, parseIsoDate } from '../lib/dates.ts';
import { FURTHER_READING_KINDS, FURTHER_READING_KIND_NAMES } from '../lib/further-reading.ts';

/**
 * An ISO date of year, month or day precision that exists on the calendar. YAML turns an unquoted
 * 2025-08-25 into a Date; that is accepted and turned back into the string the author wrote.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? dateToIso(value) : value),
  z
    .string({ error: 'must be a date written "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), e.g. "1953-07-27"' })
    .refine((value) => parseIsoDate(value) !== null, {
      error: 'must be a real date written "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), e.g. "1953-07-27"',
    }),
);

/** A day-precision date, for things we know to the day (review dates, access dates). */
export const isoDay = isoDate.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
  error: 'must be a full date written "YYYY-MM-DD", e.g. "2026-11-24"',
});

/** Plain, non-empty text on one logical line (YAML folding is fine). */
export const text = (what: string, max: number) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, { error: `must not be empty (${what})` })
    .max(max, { error: `is too long: at most ${max} characters (${what})` });

/** An absolute web address; editors paste these from the browser bar. */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'must be a full web address starting with https:// (or http://)',
});

/** A source's address: a web address that also looks like one a browser would open (no mistyped host). */
export const sourceUrl = webUrl.superRefine((value, ctx) => {
  const problem = sourceUrlProblem(value);
  if (problem) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a working web address, and this one ${problem}: copy it again from the browser's address bar`,
    });
  }
});

/** A cited source: rendered as a numbered reference and cited in the text as [@id]. */
export const sourceSchema = z.strictObject({
  /** Short handle used to cite the source in the text as [@id]: lowercase letters, digits and hyphens. */
  id: z.string({ error: 'must be a short id such as "un-res-1718"' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lowercase letters, digits and single hyphens, e.g. "un-res-1718"',
  }),
  /** Title of the document or page, as published. */
  title: text('the document title', 300),
  /** Organisation or publication that issued it (UN Security Council, Reuters, Encyclopaedia Britannica). */
  publisher: text('the publisher or publication', 200),
  /** Author(s), when named. */
  author: text('the author', 200).optional(),
  /** Publication date, as precise as known. */
  date: isoDate.optional(),
  /** Where a reader can check it: a full https:// (or http://) address with a well-formed host. */
  url: sourceUrl,
  /** When an editor last checked the URL said what the entry cites it for. */
  accessed: isoDay,
});

export type Source = z.output<typeof sourceSchema>;

/**
 * A document or site for readers who want more, listed under "Further reading" after the references: not
 * cited in the text, so never one of the entry's sources (the check refuses an address that is).
 */
export const furtherReadingSchema = z.strictObject({
  /** The document's or site's own title, as published. */
  title: text('the document title', 300),
  /** Organisation or publication that issued it (UN Peacemaker, Wilson Center Digital Archive, Ministry of Unification). */
  publisher: text('the publisher or publication', 200),
  /** Author(s), when named: for studies. */
  author: text('the author', 200).optional(),
  /** Year of publication, where it has one (a treaty text's year is the year it was signed). */
  year: z
    .number({ error: 'must be a year written as four digits without quotes, e.g. 2018' })
    .int({ error: 'must be a whole year, e.g. 2018' })
    .min(1800, { error: 'must be a year from 1800 on, e.g. 2018' })
    .max(2100, { error: 'must be a year before 2100, e.g. 2018' })
    .optional(),
  /** What it is, which picks its group on the page. */
  kind: z.enum(FURTHER_READING_KIND_NAMES, {
    error: `must be one of: ${FURTHER_READING_KIND_NAMES.map((k) => `${k} (${FURTHER_READING_KINDS[k].rule})`).join('; ')}`,
  }),
  /** Where to read it: a full https:// address with a well-formed host, checked as source addresses are. */
  url: sourceUrl,
});

export type FurtherReading = z.output<typeof furtherReadingSchema>;
