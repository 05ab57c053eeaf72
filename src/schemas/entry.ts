import { z } from 'astro/zod';
import { endsBeforeStart } from '../lib/dates.ts';
import { KIND_NAMES, TOPIC_NAMES } from '../lib/taxonomy.ts';
import { furtherReadingSchema, isoDate, isoDay, sourceSchema, text } from './common.ts';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
// Han characters (with the digits and separators names mix in), and no Hangul: Hanja, not a Hangul spelling.
const HANJA_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9 \u00b7]+$/;

/** The Korean name of a topic, in Hangul with both romanizations (EDITORIAL.md, "Names"). */
export const koreanNameSchema = z.strictObject({
  /** The name in Hangul, e.g. 개성공업지구. */
  hangul: z.string({ error: 'must be the name in Hangul, e.g. 개성공업지구' }).regex(HANGUL, {
    error: 'must contain Hangul characters, e.g. 개성공업지구',
  }),
  /** Revised Romanization (South Korea's system), e.g. Gaeseong Gongeop Jigu. */
  rr: text('the Revised Romanization', 120),
  /** McCune–Reischauer (used by North Korea and many scholars), e.g. Kaesŏng Kongŏp Chigu. */
  mr: text('the McCune–Reischauer romanization', 120),
  /** The name in Hanja (Chinese characters as used in Korean), where it has one, e.g. 金大中; shown in the infobox. */
  hanja: z
    .string({ error: 'must be the name in Hanja, e.g. 金大中' })
    .trim()
    .regex(HANJA_ONLY, { error: 'must be Hanja (Chinese characters), with spaces or a middle dot between words, e.g. 金大中' })
    .optional(),
});

/** One labelled fact in the infobox ("Signed" → "27 July 1953"). */
export const infoboxFactSchema = z.strictObject({
  /** What the fact is: Date, Location, Signatories, Born, Office … */
  label: text('the infobox label', 40),
  /** The fact itself, as plain text. */
  value: text('the infobox value', 300),
});

/** A dated event for the site-wide timeline. Dates are Korean local time for events in Korea. */
export const eventSchema = z
  .strictObject({
    /** When it happened (or began). */
    date: isoDate,
    /** When it ended, for spans; not before `date`. */
    end: isoDate.optional(),
    /** What happened, in one short sentence of our own. */
    title: text('what happened', 200),
  })
  .refine((event) => event.end === undefined || !endsBeforeStart(event.date, event.end), {
    path: ['end'],
    error: "must not be before the event's date: a span ends on or after the day it begins",
  });

/** An encyclopedia entry: `content/entries/<slug>.mdx`, published at `/entries/<slug>/`. */
export const entrySchema = z.strictObject({
  /** The English title as commonly used in English-language sources (Kim Jong-un, Kaesong Industrial Complex). */
  title: text('the entry title', 120),
  /** The lede: one to three sentences saying what it is and why it matters. Used in previews, search and social cards. */
  description: text('the one-to-three-sentence lede', 320).refine((value) => !value.includes('[['), {
    error: 'must be plain text: cross-references [[…]] belong in the body',
  }),
  /** What sort of thing the entry is about; picks the infobox layout and the A–Z grouping. */
  kind: z.enum(KIND_NAMES, { error: `must be one of: ${KIND_NAMES.join(', ')}` }),
  /** Topics it belongs to (one to four); each has a page at /topics/<topic>/. */
  topics: z
    .array(z.enum(TOPIC_NAMES, { error: `must be one of: ${TOPIC_NAMES.join(', ')}` }))
    .min(1, { error: `needs at least one topic from: ${TOPIC_NAMES.join(', ')}` })
    .max(4, { error: 'has more than four topics; keep the one to four that fit best' }),
  /** Other names a reader may look for: acronyms (DMZ), other spellings (Kaesŏng), Hangul. Cross-references and search match them. */
  aliases: z.array(text('an alias', 120)).default([]),
  /** Korean name in Hangul with Revised Romanization and McCune–Reischauer; omit for topics with no Korean name. */
  korean: koreanNameSchema.optional(),
  /** Labelled facts for the infobox, in display order. */
  infobox: z.array(infoboxFactSchema).default([]),
  /** Dated events for the timeline, in chronological order. */
  events: z.array(eventSchema).default([]),
  /** At least three sources, each cited in the text as [@id]. */
  sources: z.array(sourceSchema).min(3, { error: 'needs at least three sources (EDITORIAL.md: "Sourced")' }),
  /** Documents and sites for readers who want more (treaty texts, archives, studies, official sites), not cited; never a source. */
  furtherReading: z.array(furtherReadingSchema).default([]),
  /** The day an editor last checked the whole entry against its sources. */
  lastReviewed: isoDay,
  /** Show the map of the peninsula (MDL, DMZ, NLL and key places) at the top of the entry; for border and overview entries. */
  map: z.boolean({ error: 'must be true or false' }).default(false),
});

export type EntryData = z.output<typeof entrySchema>;
