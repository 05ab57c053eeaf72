const HANGUL = '\\u1100-\\u11ff\\u3130-\\u318f\\uac00-\\ud7af';
/** A run of Hangul words, with the spaces, digits and punctuation between them (not around them). */
const RUN = new RegExp(`[${HANGUL}]+(?:[\\s\\d.,·:'"‘’“”%?!…~()-]+[${HANGUL}]+)*`, 'g');

/**
 * Text cut into runs of Hangul and of everything else, so that each Hangul run can carry lang="ko" (screen
 * readers then use a Korean voice and browsers a Korean font). Joined back, the parts give the text unchanged.
 */
export function hangulRuns(text: string): { text: string; ko: boolean }[] {
  const parts: { text: string; ko: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), ko: false });
    parts.push({ text: m[0], ko: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), ko: false });
  return parts;
}
