/**
 * Which language a run of CJK text is in, so it can carry `lang` (screen readers switch voice, browsers pick
 * a Korean or Chinese font). English text around it needs nothing: the page is lang="en".
 *
 * A run is a stretch of Hangul and Han characters, with the spaces and middle dots that join words inside it
 * ("남북 정상회담", "6·25 전쟁" from the 전쟁 on). A run with any Hangul is Korean, Hanja included
 * ("南北韓 남북한"); a run of Han characters alone is Chinese, unless the caller knows better (the Hanja
 * of a Korean name is rendered with lang="ko" by the infobox, which knows it is Korean).
 */
const HANGUL = '\\u1100-\\u11ff\\u3130-\\u318f\\ua960-\\ua97f\\uac00-\\ud7af\\ud7b0-\\ud7ff';
const HAN = '\\u2e80-\\u2fdf\\u3005\\u3007\\u3021-\\u3029\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK = `[${HANGUL}${HAN}]`;
const RUN = new RegExp(`${CJK}(?:[\\s\\u00b7\\u30fb]*${CJK})*`, 'gu');
const HAS_HANGUL = new RegExp(`[${HANGUL}]`, 'u');
const HAS_CJK = new RegExp(CJK, 'u');

export type RunLang = 'ko' | 'zh';
export interface Segment {
  text: string;
  /** Set on Korean and Chinese runs; absent on the text between them. */
  lang?: RunLang;
}

export const hasHangul = (s: string): boolean => HAS_HANGUL.test(s);
export const hasCjk = (s: string): boolean => HAS_CJK.test(s);
export const runLang = (run: string): RunLang => (HAS_HANGUL.test(run) ? 'ko' : 'zh');

/** The text cut into runs: joined back, the segments give the text unchanged. */
export function langSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const at = match.index;
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push({ text: match[0], lang: runLang(match[0]) });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Two spellings of one name compare equal: case, spaces, hyphens and middle dots aside (한국 전쟁 = 한국전쟁). */
export const sameName = (name: string): string =>
  name
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[\s\-\u00b7]/g, '');
