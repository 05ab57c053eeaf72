/**
 * Page previews for cross-references, as on Wikipedia: hover or focus a link to an entry and its title,
 * kind and lede appear beside it. Touch: the first tap shows the preview (with a link to the entry), a
 * second tap follows the link. The preview floats above the page (no layout shift); its data is the
 * entry's small preview.json, fetched on the first hover or focus of a link to it. Without scripts the
 * links are plain links.
 */
import type { EntryPreview } from '../lib/preview.ts';
import { setLangText } from './lang.ts';

const SHOW_DELAY = 300;
const HIDE_DELAY = 250;

export function installPreviews(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a.xref');
  if (!links.length) return;
  const cache = new Map<string, Promise<EntryPreview | null>>();
  const load = (link: HTMLAnchorElement) => {
    const path = new URL(link.href).pathname;
    if (!cache.has(path)) {
      cache.set(
        path,
        fetch(`${path}preview.json`)
          .then((r) => (r.ok ? (r.json() as Promise<EntryPreview>) : null))
          .catch(() => null),
      );
    }
    return cache.get(path)!;
  };

  const box = document.createElement('div');
  box.id = 'xref-preview';
  box.className = 'xref-preview';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  document.body.append(box);

  let current: HTMLAnchorElement | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPointer = 'mouse';

  async function show(link: HTMLAnchorElement, withLink: boolean) {
    const entry = await load(link);
    if (!entry) return;
    clearTimeout(hideTimer);
    if (current && current !== link) current.removeAttribute('aria-describedby');
    current = link;
    const kind = document.createElement('p');
    kind.className = 'xref-kind';
    kind.textContent = entry.kind;
    const title = document.createElement('p');
    title.className = 'xref-title';
    setLangText(title, entry.title);
    const lede = document.createElement('p');
    setLangText(lede, entry.description);
    box.replaceChildren(kind, title, lede);
    if (withLink) {
      const go = document.createElement('a');
      go.href = link.href;
      setLangText(go, `Read “${entry.title}”`);
      box.append(go);
    }
    link.setAttribute('aria-describedby', box.id);
    box.hidden = false;
    place(link);
  }

  function place(link: HTMLAnchorElement) {
    const r = link.getBoundingClientRect();
    const width = Math.min(352, document.documentElement.clientWidth - 16);
    box.style.width = `${width}px`;
    const left = Math.max(8, Math.min(r.left + scrollX, scrollX + document.documentElement.clientWidth - width - 8));
    const below = r.bottom + 8 + box.offsetHeight < innerHeight;
    box.style.left = `${left}px`;
    box.style.top = `${(below ? r.bottom + 6 : r.top - box.offsetHeight - 6) + scrollY}px`;
  }

  function hide() {
    clearTimeout(showTimer);
    box.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  }
  const hideSoon = () => {
    clearTimeout(showTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY);
  };

  for (const link of links) {
    link.addEventListener('pointerenter', (e) => {
      if (e.pointerType !== 'mouse') return;
      void load(link);
      clearTimeout(showTimer);
      showTimer = setTimeout(() => void show(link, false), SHOW_DELAY);
    });
    link.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && hideSoon());
    link.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType));
    link.addEventListener('focus', () => {
      if (lastPointer === 'touch') return;
      void show(link, false);
    });
    link.addEventListener('blur', hideSoon);
    link.addEventListener('click', (e) => {
      // First tap on a touch screen previews; a second tap on the same link follows it.
      if (lastPointer !== 'touch' || (current === link && !box.hidden)) return;
      e.preventDefault();
      void show(link, true);
    });
  }
  box.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  box.addEventListener('pointerleave', hideSoon);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && !box.hidden && hide());
  document.addEventListener('pointerdown', (e) => {
    if (!box.hidden && !box.contains(e.target as Node) && !(e.target as Element).closest?.('a.xref')) hide();
  });
}
