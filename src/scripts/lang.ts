import { langSegments } from '../lib/lang-runs.ts';

/** Browser twin of <Lang>: sets an element's text with each Korean or Chinese run in its own `<span lang>`. */
export function setLangText(el: HTMLElement, text: string): void {
  el.replaceChildren(
    ...langSegments(text).map((s) => {
      if (!s.lang) return document.createTextNode(s.text);
      const span = document.createElement('span');
      span.lang = s.lang;
      span.textContent = s.text;
      return span;
    }),
  );
}

/** Marks the Korean and Chinese runs inside markup that arrived as HTML (search excerpts with their <mark>s). */
export function markLangRuns(root: HTMLElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const text of texts) {
    const segments = langSegments(text.data);
    if (!segments.some((s) => s.lang) || text.parentElement?.closest('[lang]') !== document.documentElement) continue;
    const holder = document.createElement('span');
    setLangText(holder, text.data);
    text.replaceWith(...holder.childNodes);
  }
}
