/**
 * The /search/ page: Pagefind's JS API with our own small UI. On top of Pagefind's full-text ranking it puts
 * an entry first when the query is its title or an alias (DMZ, 개성공단, Kaesŏng), and corrects misspellings
 * against titles and aliases ("sunshine polcy"), which Pagefind cannot (its issues #2 and #777). The URL
 * carries the query and filters, so results can be shared, bookmarked and restored with Back.
 */
import type { EntryPreview } from '../lib/preview.ts';
import { markLangRuns, setLangText } from './lang.ts';
import { bestEntry, matchNames, nameShards, type NameMatch, type SearchName } from '../lib/search-match.ts';

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
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string | { any: string[] }> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

type Filters = { type: string; kind: string; topic: string };
const FILTER_KEYS = ['type', 'kind', 'topic'] as const;
const PAGE_SIZE = 10;

export function startSearchPage(): void {
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('#search-page-form');
  const input = $<HTMLInputElement>('#search-input');
  const filterBar = $<HTMLElement>('#search-filters');
  const status = $<HTMLElement>('#search-status');
  const correction = $<HTMLElement>('#search-correction');
  const list = $<HTMLOListElement>('#search-results');
  const fallback = $<HTMLElement>('#search-fallback');
  const base = import.meta.env.BASE_URL;
  let engine: Promise<{ pagefind: Pagefind; available: Record<string, Record<string, number>> }> | undefined;
  const shards = new Map<string, Promise<SearchName[]>>();
  // Only the name shards of the query's own words are fetched, each once (src/lib/search-match.ts).
  const namesFor = async (q: string) => {
    const lists = await Promise.all(
      nameShards(q).map((key) => {
        if (!shards.has(key)) {
          shards.set(
            key,
            fetch(`${base}search-names/${key}.json`)
              .then((r) => (r.ok ? (r.json() as Promise<SearchName[]>) : []))
              .catch(() => []),
          );
        }
        return shards.get(key)!;
      }),
    );
    const byUrl = new Map(lists.flat().map((n) => [n.url, n]));
    return [...byUrl.values()];
  };
  let generation = 0;

  const load = () => {
    engine ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({ highlightParam: 'highlight' });
      await pagefind.init();
      return { pagefind, available: await pagefind.filters() };
    });
    engine.catch(() => (engine = undefined));
    return engine;
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
    return { q: params.get('q')?.trim() ?? '', filters, exact: params.has('exact') };
  };
  const readForm = (): Filters => ({
    type: filterBar.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '',
    kind: filterBar.querySelector<HTMLSelectElement>('select[name="kind"]')!.value,
    topic: filterBar.querySelector<HTMLSelectElement>('select[name="topic"]')!.value,
  });
  const writeForm = (f: Filters) => {
    for (const radio of filterBar.querySelectorAll<HTMLInputElement>('input[name="type"]'))
      radio.checked = radio.value === f.type;
    filterBar.querySelector<HTMLSelectElement>('select[name="kind"]')!.value = f.kind;
    filterBar.querySelector<HTMLSelectElement>('select[name="topic"]')!.value = f.topic;
  };
  const setUrl = (q: string, f: Filters, push: boolean) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const k of FILTER_KEYS) if (f[k]) params.set(k, f[k]);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  async function run(q: string, f: Filters, exact = false) {
    const mine = ++generation;
    correction.hidden = true;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      filterBar.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    let loaded: Awaited<ReturnType<typeof load>>;
    try {
      loaded = await load();
    } catch {
      status.textContent = '';
      fallback.hidden = false;
      return;
    }
    fallback.hidden = true;
    const { pagefind, available } = loaded;
    // Pagefind counts only the filters named in a search, so inactive ones are named as "any value"
    // (every page has a type, kind and topic, so this excludes nothing).
    const pagefindFilters = Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k] || { any: Object.keys(available[k] ?? {}) }]));
    const best = exact || f.type === 'Opinion' ? undefined : bestEntry(matchNames(q, await namesFor(q)));
    if (mine !== generation) return;
    // With a kind or topic filter on, a pinned entry is only moved up if the filtered results hold it.
    const mayInsert = !f.kind && !f.topic;
    const pinned = best;
    // A corrected spelling is searched as corrected, and the reader is told, as search engines do.
    const query = pinned?.corrected ? pinned.name : q;
    const search = await pagefind.search(query, { filters: pagefindFilters });
    if (mine !== generation || !search) return;

    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    if (pinned) {
      // Result ids are not URLs, so the pinned entry is found once the first page's data is in; if full-text
      // ranking left it off the first page, its title and lede from its preview file stand in.
      const at = data.findIndex((d) => samePage(d.url, pinned.url));
      if (at > 0) data.unshift(...data.splice(at, 1));
    }
    const items = data.map(renderResult);
    if (pinned && mayInsert && !data.some((d) => samePage(d.url, pinned.url))) {
      const preview = await fetch(`${pinned.url}preview.json`)
        .then((r) => (r.ok ? (r.json() as Promise<EntryPreview>) : null))
        .catch(() => null);
      if (mine !== generation) return;
      if (preview) items.unshift(renderNamed(preview, pinned));
    }
    list.replaceChildren(...items);
    updateFilterCounts(search, f);
    filterBar.hidden = false;
    if (pinned?.corrected && (mayInsert || data.some((d) => samePage(d.url, pinned.url)))) showCorrection(q, pinned);
    const n = Math.max(search.results.length, items.length);
    setLangText(
      status,
      n === 0
        ? `No results for “${q}”. Try another spelling or fewer words, or browse the A–Z index.`
        : `${n} result${n === 1 ? '' : 's'} for “${query}”${n > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`,
    );
    if (n === 0) list.replaceChildren(noResults());
  }

  const samePage = (a: string, b: string) => a.split(/[?#]/)[0] === b;

  function showCorrection(q: string, match: NameMatch) {
    const link = document.createElement('a');
    const params = new URLSearchParams({ q: match.name });
    link.href = `${location.pathname}?${params}`;
    setLangText(link, match.name);
    const original = document.createElement('a');
    original.href = `${location.pathname}?${new URLSearchParams({ q, exact: '1' })}`;
    setLangText(original, q);
    correction.replaceChildren('Showing results for ', link, '. Search instead for ', original, '.');
    correction.hidden = false;
  }

  function updateFilterCounts(search: PagefindSearch, f: Filters) {
    const counts = search.filters;
    for (const radio of filterBar.querySelectorAll<HTMLInputElement>('input[name="type"]')) {
      const span = radio.nextElementSibling!;
      const label = radio.value === 'Entry' ? 'Entries' : radio.value || 'Everything';
      const count = radio.value ? (counts.type?.[radio.value] ?? 0) : Object.values(counts.type ?? {}).reduce((a, b) => a + b, 0);
      span.textContent = `${label} (${count})`;
    }
    for (const key of ['kind', 'topic'] as const) {
      for (const option of filterBar.querySelectorAll<HTMLOptionElement>(`select[name="${key}"] option`)) {
        if (!option.value) continue;
        option.textContent = `${option.value} (${counts[key]?.[option.value] ?? 0})`;
      }
    }
    writeForm(f);
  }

  function tag(type: string) {
    const el = document.createElement('span');
    el.className = `tag ${type === 'Opinion' ? 'opinion' : 'entry'}`;
    el.textContent = type;
    return el;
  }

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const type = result.filters.type?.[0] ?? 'Entry';
    const link = document.createElement('a');
    link.className = 'result-title';
    link.href = result.url;
    setLangText(link, result.meta.title ?? result.url);
    const excerpt = document.createElement('p');
    // Pagefind escapes page text and adds only <mark>, so its excerpt is safe as HTML.
    excerpt.innerHTML = result.excerpt;
    markLangRuns(excerpt);
    li.append(tag(type), ' ', link);
    const kind = result.filters.kind?.[0];
    if (kind) {
      const meta = document.createElement('span');
      meta.className = 'result-meta';
      meta.textContent = ` · ${kind}`;
      li.append(meta);
    }
    li.append(excerpt);
    const subs = result.sub_results.filter((s) => s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'subs';
      ul.setAttribute('aria-label', `Sections of ${link.textContent}`);
      for (const s of subs) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        setLangText(a, s.title);
        const p = document.createElement('p');
        p.innerHTML = s.excerpt;
        markLangRuns(p);
        item.append(a, p);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  function renderNamed(entry: EntryPreview, match: NameMatch): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'result-title';
    link.href = entry.url;
    link.textContent = entry.title;
    const meta = document.createElement('span');
    meta.className = 'result-meta';
    meta.textContent = match.name !== entry.title ? ` · ${entry.kind} · also known as ${match.name}` : ` · ${entry.kind}`;
    const p = document.createElement('p');
    p.textContent = entry.description;
    li.append(tag('Entry'), ' ', link, meta, p);
    return li;
  }

  function noResults() {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `${base}entries/`;
    a.textContent = 'Browse all entries A–Z';
    li.append(a);
    return li;
  }

  const initial = readUrl();
  // Arriving with a query: show the filters at once, so results arriving later do not push them in (layout shift).
  if (initial.q) filterBar.hidden = false;
  input.value = initial.q;
  writeForm(initial.filters);
  void run(initial.q, initial.filters, initial.exact);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value.trim();
      setUrl(q, readForm(), false);
      void run(q, readForm());
    }, 120);
  });
  // Start fetching the index as soon as the reader shows intent, so the first results come faster.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const q = input.value.trim();
    setUrl(q, readForm(), true);
    void run(q, readForm());
  });
  filterBar.addEventListener('change', () => {
    const q = input.value.trim();
    setUrl(q, readForm(), true);
    void run(q, readForm());
  });
  addEventListener('popstate', () => {
    const s = readUrl();
    input.value = s.q;
    writeForm(s.filters);
    void run(s.q, s.filters, s.exact);
  });
}
