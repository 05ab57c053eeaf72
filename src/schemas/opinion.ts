import { z } from 'astro/zod';
import { isoDate, isoDay, text, webUrl } from './common.ts';

/** A claim the opinion piece makes, paired with the entry where readers can weigh the evidence. */
export const claimSchema = z.strictObject({
  /** The claim, paraphrased in our words and attributed to the author. */
  claim: text('the claim, in our words', 400),
  /** The entry holding the evidence: a title or alias, optionally with #Heading, as in [[…]]. */
  entry: text('the entry that holds the evidence', 200),
});

/** An opinion piece: an attributed summary of someone else's argument, `content/opinion/<slug>.mdx` → `/opinion/<slug>/`. */
export const opinionSchema = z.strictObject({
  /** The original headline. */
  title: text('the original headline', 200),
  /** One line in our own words saying what the piece argues. */
  subtitle: text('one line on what it argues', 240),
  /** Who wrote it. */
  author: z.strictObject({
    /** The author's name as published. */
    name: text("the author's name", 120),
    /** One sentence of background, so readers can weigh the author's standpoint. */
    background: text("the author's background", 400),
  }),
  /** Where it first appeared (The National Interest). */
  publication: text('the original publication', 120),
  /** When it first appeared. */
  published: isoDate,
  /** Link to the original, which remains the authoritative text. */
  url: webUrl,
  /** Entries the piece concerns (titles or aliases); each shows it under "Discussed in opinion". */
  concerns: z.array(text('an entry title or alias', 200)).min(1, { error: 'needs at least one entry it concerns' }),
  /** Two or three sentences summarising the argument, attributed ("Lee argues that …"). */
  summary: text('an attributed summary', 800),
  /** The factual claims it makes, each linked to the entry with the evidence. */
  claims: z.array(claimSchema).default([]),
  /** The day an editor last checked the summary against the original. */
  lastReviewed: isoDay,
});

export type OpinionData = z.output<typeof opinionSchema>;
