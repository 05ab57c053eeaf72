/**
 * Joining generated text without doubling its punctuation: a source by "Boose Jr." or an event "at 10 p.m."
 * must not read "Jr.." or "p.m..". Templates that end a field with a full stop call `stop()` instead.
 */
const ENDS_SENTENCE = /[.!?…][)\]’”"'»]*$/u;

/** True when the text already ends a sentence (a stop, question or exclamation mark, maybe inside quotes or brackets). */
export const endsSentence = (text: string): boolean => ENDS_SENTENCE.test(text.trimEnd());

/** The text with a full stop after it, unless it already ends with one (or with ? or !). */
export const stop = (text: string): string => (endsSentence(text) ? text.trimEnd() : `${text.trimEnd()}.`);
