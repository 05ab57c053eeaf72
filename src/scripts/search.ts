/**
 * The /search/ page: Pagefind's JS API with our own small UI, so results show the entry/opinion type,
 * sub-results and excerpts in the site's style. The URL carries the query (?q=…&type=…), so results can be
 * shared, bookmarked and restored with Back. Loaded only on this page.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  debouncedSearch: (query: string, options?: { filters?: Record<string, string> }, ms?: number) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-input')!;
  const filters = document.querySelector<HTMLFieldSetElement>('#search-filters')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const fallback = document.querySelector<HTMLElement>('#search-fallback')!;
  const base = import.meta.env.BASE_URL;
  let pagefind: Promise<Pagefind> | undefined;
  let generation = 0;

  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.init();
      return pf;
    });
    return pagefind;
  };

  const state = () => {
    const params = new URLSearchParams(location.search);
    return { q: params.get('q')?.trim() ?? '', type: params.get('type') ?? '' };
  };

  const setUrl = (q: string, type: string, push: boolean) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (type) params.set('type', type);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const selectedType = () => filters.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';

  async function run(q: string, type: string) {
    const mine = ++generation;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      filters.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = '';
      fallback.hidden = false;
      return;
    }
    const search = await pf.search(q, type ? { filters: { type } } : {});
    if (mine !== generation || !search) return;
    updateCounts(search.totalFilters.type ?? search.filters.type ?? {}, search.results.length, type);
    filters.hidden = false;
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map(renderResult));
    const n = search.results.length;
    status.textContent =
      n === 0
        ? `No results for “${q}”. Try another spelling, or browse the A–Z index.`
        : `${n} result${n === 1 ? '' : 's'} for “${q}”${n > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
  }

  function updateCounts(counts: Record<string, number>, total: number, type: string) {
    for (const radio of filters.querySelectorAll<HTMLInputElement>('input[name="type"]')) {
      const label = radio.parentElement!;
      const name = radio.value || 'Everything';
      const count = radio.value ? counts[radio.value] ?? 0 : Object.values(counts).reduce((a, b) => a + b, 0) || total;
      label.lastChild!.textContent = ` ${name === 'Entry' ? 'Entries' : name} (${count})`;
      radio.checked = radio.value === type;
    }
  }

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const type = result.filters.type?.[0] ?? 'Entry';
    const tag = document.createElement('span');
    tag.className = `tag ${type === 'Opinion' ? 'opinion' : 'entry'}`;
    tag.textContent = type;
    const link = document.createElement('a');
    link.className = 'result-title';
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    // Pagefind escapes page text and adds only <mark>, so its excerpt is safe as HTML.
    excerpt.innerHTML = result.excerpt;
    li.append(tag, ' ', link, excerpt);
    const subs = result.sub_results.filter((s) => s.url !== result.url && s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'subs';
      for (const s of subs) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = s.title;
        item.append('§ ', a);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  const initial = state();
  input.value = initial.q;
  void run(initial.q, initial.type);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value.trim();
      setUrl(q, selectedType(), false);
      void run(q, selectedType());
    }, 150);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    setUrl(q, selectedType(), true);
    void run(q, selectedType());
  });
  filters.addEventListener('change', () => {
    const q = input.value.trim();
    setUrl(q, selectedType(), true);
    void run(q, selectedType());
  });
  addEventListener('popstate', () => {
    const s = state();
    input.value = s.q;
    void run(s.q, s.type);
  });
}
