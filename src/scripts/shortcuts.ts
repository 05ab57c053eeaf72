/**
 * "/" and Ctrl/Cmd-K jump to search from anywhere, as on Wikipedia, GitHub and Starlight docs. "/" is left
 * alone while typing in a field; Ctrl/Cmd-K works everywhere.
 */
export function installSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    const box =
      document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('#header-search');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

/**
 * Opening a search result carries ?highlight=term; mark the terms on the page. The highlighter is loaded
 * only then, so ordinary page views pay nothing for it.
 */
export function highlightSearchTerms(base: string): void {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)
    .then(
      ({ default: PagefindHighlight }: { default: new (options: Record<string, string>) => unknown }) =>
        new PagefindHighlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]' }),
    )
    .catch(() => undefined);
}
