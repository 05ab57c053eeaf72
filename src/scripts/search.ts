/**
 * The /search/ page: Pagefind's JS API with our own small UI. On top of Pagefind's full-text ranking it puts
 * an entry first when the query is its title or an alias (DMZ, 개성공단, Kaesŏng), and corrects misspellings
 * against titles and aliases ("sunshine polcy"), which Pagefind cannot (its issues #2 and #777). The URL
 * carries the query and filters, so results can be shared, bookmarked and restored with Back.
 *
 * What the first query costs is kept small because students search cold: five result fragments (more on
 * request), name shards of a bounded size (src/lib/search-names.ts), and filter data only once the reader
 * opens the filter bar or arrives with a filter set.
 */
import type { EntryPreview } from '../lib/preview.ts';
import { markLangRuns, setLangText } from './lang.ts';
import {
  bestEntry,
  containedName,
  matchNames,
  normalizeQuery,
  wordsFound,
  type NameMatch,
  type SearchName,
} from '../lib/search-match.ts';
import { shardsForQuery, type NameManifest, type NameRecord } from '../lib/search-names.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  /** Milliseconds: `search` is the search itself, after the index chunks it needed were loaded. */
  timings: { preload: number; search: number; total: number };
}
interface SearchOptions {
  filters?: Record<string, string | { any: string[] }> | undefined;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: SearchOptions) => Promise<PagefindSearch | null>;
  preload: (query: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

type Filters = { type: string; kind: string; topic: string };
const FILTER_KEYS = ['type', 'kind', 'topic'] as const;
/** Results shown at first and added per "more": five fill a first screen, and each costs a fragment download. */
const PAGE_SIZE = 5;
/** A query as typed that finds fewer pages than this is worth correcting or relaxing. */
const FEW = 3;

export function startSearchPage(): void {
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('#search-page-form');
  const input = $<HTMLInputElement>('#search-input');
  const filterBar = $<HTMLDetailsElement>('#search-filters');
  const status = $<HTMLElement>('#search-status');
  const correction = $<HTMLElement>('#search-correction');
  const list = $<HTMLOListElement>('#search-results');
  const more = $<HTMLButtonElement>('#search-more');
  const fallback = $<HTMLElement>('#search-fallback');
  const base = import.meta.env.BASE_URL;
  let engine: Promise<{ pagefind: Pagefind; manifest: NameManifest | undefined }> | undefined;
  let available: Promise<Record<string, Record<string, number>>> | undefined;
  const shards = new Map<string, Promise<SearchName[]>>();
  // Only the name shards of the query's own words are fetched, each once (src/lib/search-names.ts).
  const namesFor = async (q: string, manifest: NameManifest | undefined, fuzzy: boolean) => {
    if (!manifest) return [];
    const lists = await Promise.all(
      shardsForQuery(q, manifest, { fuzzy }).map((file) => {
        if (!shards.has(file)) {
          shards.set(
            file,
            fetch(`${base}search-names/${file}.json`)
              .then((r) => (r.ok ? (r.json() as Promise<NameRecord[]>) : []))
              .then((records) =>
                records.map(([slug, title, ...aliases]) => ({
                  url: `${base}entries/${slug}/`,
                  title,
                  names: [title, ...aliases],
                })),
              )
              .catch(() => []),
          );
        }
        return shards.get(file)!;
      }),
    );
    const byUrl = new Map(lists.flat().map((n) => [n.url, n]));
    return [...byUrl.values()];
  };
  /**
   * The query as typed, searched: Pagefind's results, and the entry whose exact title or alias it is ("DMZ",
   * "개성공단"), which goes first. Started during the debounce (see the input listener) and taken by the search
   * that follows if nothing changed; one is kept, the reader's latest.
   */
  interface Typed {
    search: PagefindSearch | null;
    best: NameMatch | undefined;
  }
  let ahead: { key: string; result: Promise<Typed> } | undefined;
  const searchTyped = (
    pagefind: Pagefind,
    manifest: NameManifest | undefined,
    q: string,
    filters: SearchOptions['filters'],
    useNames: boolean,
  ) => {
    const key = JSON.stringify([q, filters ?? null, useNames]);
    if (ahead?.key !== key) {
      const result = Promise.all([pagefind.search(q, { filters }), useNames ? namesFor(q, manifest, false) : []]).then(
        ([search, names]): Typed => {
          // A correction is not an exact match: whether to correct is decided once the pages are in.
          const best = bestEntry(matchNames(q, names));
          return { search, best: best?.corrected ? undefined : best };
        },
      );
      result.catch(() => ahead?.result === result && (ahead = undefined));
      ahead = { key, result };
    }
    return ahead.result;
  };
  let generation = 0;
  let openedByScript = false;
  /** The rest of the current query's results, for "more results". */
  let rest: { results: PagefindResult[]; shown: number; q: string } | undefined;

  const load = () => {
    engine ??= Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
        // No worker: it is one more script to fetch before the first result, for searches that take milliseconds.
        await pagefind.options({ highlightParam: 'highlight', noWorker: true });
        await pagefind.init();
        return pagefind;
      }),
      // Without the names index, full-text search still works: only aliases and spelling help are lost.
      fetch(`${base}search-names/index.json`)
        .then((r) => (r.ok ? (r.json() as Promise<NameManifest>) : undefined))
        .catch(() => undefined),
    ]).then(([pagefind, manifest]) => ({ pagefind, manifest }));
    engine.catch(() => (engine = undefined));
    return engine;
  };
  // Filter values and counts cost a download that grows with the site; only a reader who filters pays it.
  const filterValues = (pagefind: Pagefind) => {
    available ??= pagefind.filters();
    available.catch(() => (available = undefined));
    return available;
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
    // An active filter is never hidden away in a closed bar (opened here, not by the reader: no second search).
    if (FILTER_KEYS.some((k) => f[k]) && !filterBar.open) {
      openedByScript = true;
      filterBar.open = true;
    }
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

  /**
   * Pagefind's filter argument: none while the filter bar is closed. Open, it names every key, the inactive
   * ones as "any value" (which excludes nothing), because Pagefind counts only the filters a search names.
   */
  async function filterArgument(pagefind: Pagefind, f: Filters) {
    if (!filterBar.open) return undefined;
    const values = await filterValues(pagefind);
    return Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k] || { any: Object.keys(values[k] ?? {}) }]));
  }

  /** Pages matching all but one of the query's words, best first, after those matching all of them. */
  async function withMostWords(pagefind: Pagefind, query: string, found: PagefindResult[], filters: SearchOptions['filters']) {
    const words = normalizeQuery(query).split(' ');
    if (words.length < 2 || words.length > 5) return found;
    const seen = new Set(found.map((r) => r.id));
    const extra = new Map<string, PagefindResult>();
    for (const search of await Promise.all(
      words.map((_, i) => pagefind.search(words.filter((__, j) => j !== i).join(' '), { filters })),
    )) {
      for (const r of search?.results ?? []) if (!seen.has(r.id) && (extra.get(r.id)?.score ?? -1) < r.score) extra.set(r.id, r);
    }
    return [...found, ...[...extra.values()].sort((a, b) => b.score - a.score)];
  }

  async function run(q: string, f: Filters, exact = false) {
    const mine = ++generation;
    correction.hidden = true;
    more.hidden = true;
    rest = undefined;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      filterBar.hidden = true;
      return;
    }
    // Marks split a search's wait (DevTools' Performance panel, or a bench trace): Pagefind's own search, the
    // first page's fragment downloads, then our ranking and rendering.
    performance.mark('search:start');
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
    const { pagefind, manifest } = loaded;
    const filters = await filterArgument(pagefind, f);
    const useNames = !exact && f.type !== 'Opinion';
    const { search: typed, best: exactName } = await searchTyped(pagefind, manifest, q, filters, useNames);
    if (mine !== generation || !typed) return;
    performance.mark('search:searched');

    // A spelling is corrected only when the pages found do not hold the query's words as typed, so a word the
    // pages use is never replaced by a name that merely looks like it ("Cheonan" stays Cheonan); and names are
    // corrected word by word (src/lib/search-match.ts).
    let best = exactName;
    const page = firstPage(typed.results);
    const early = await showFirst(q, typed, best);
    if (mine !== generation) return;
    let data = await page;
    if (mine !== generation) return;
    performance.mark('search:fragments');

    let query = q;
    let results = typed.results;
    let counted = typed;
    let corrected: NameMatch | undefined;
    const understood = wordsFound(
      q,
      data.map((d) => d.content),
    );
    if (useNames && !best && (!understood || typed.results.length < FEW)) {
      const near = await namesFor(q, manifest, true);
      const candidate = understood ? undefined : bestEntry(matchNames(q, near));
      const alt = candidate?.corrected ? await pagefind.search(candidate.name, { filters }) : null;
      if (candidate && alt?.results.length) {
        [best, corrected, query, results, counted] = [candidate, candidate, candidate.name, alt.results, alt];
        data = await firstPage(results);
      }
      best ??= containedName(q, near);
    }
    // Few pages hold every word: add those that hold all but one, after them.
    const complete = results.length;
    if (results.length < FEW && !corrected) {
      results = await withMostWords(pagefind, q, results, filters);
      if (results.length > complete) data = await firstPage(results);
    }
    if (mine !== generation) return;

    // With a kind or topic filter on, a pinned entry is only moved up if the filtered results hold it.
    const mayInsert = !f.kind && !f.topic;
    if (best) {
      // Result ids are not URLs, so the pinned entry is found once the first page's data is in; if full-text
      // ranking left it off the first page, its title and lede from its preview file stand in.
      const pinned = best;
      const at = data.findIndex((d) => samePage(d.url, pinned.url));
      if (at > 0) data.unshift(...data.splice(at, 1));
    }
    const items = data.map((d) => (d === early?.data ? early.item : renderResult(d)));
    const pinnedShown = best && data.some((d) => samePage(d.url, best.url));
    if (best && mayInsert && !pinnedShown) {
      const preview = await fetch(`${best.url}preview.json`)
        .then((r) => (r.ok ? (r.json() as Promise<EntryPreview>) : null))
        .catch(() => null);
      if (mine !== generation) return;
      if (preview) items.unshift(renderNamed(preview, best));
    }
    list.replaceChildren(...items);
    if (filters) updateFilterCounts(results.length > complete ? undefined : counted, f);
    filterBar.hidden = false;
    if (corrected) showCorrection(q, corrected);
    const n = Math.max(results.length, items.length);
    rest = { results, shown: data.length, q: query };
    more.hidden = results.length <= PAGE_SIZE;
    const found = `${n} result${n === 1 ? '' : 's'} for “${query}”`;
    setLangText(
      status,
      n === 0
        ? `No results for “${q}”. Try another spelling or fewer words, or browse the A–Z index.`
        : n > complete
          ? `${found}: ${complete === 0 ? 'none has' : `${complete} ${complete === 1 ? 'has' : 'have'}`} every word, the rest most of them.`
          : `${found}.`,
    );
    if (n === 0) list.replaceChildren(noResults());
    performance.mark('search:done');
  }

  /**
   * Shows the first result as soon as its fragment is in, while the other four are still downloading, when
   * nothing that follows can move or replace it: enough pages hold the query as typed (so it is neither
   * corrected nor relaxed), and the result is the pinned entry if there is one, or else holds every word of
   * the query. Otherwise the list waits for the whole first page, as before.
   */
  async function showFirst(q: string, typed: PagefindSearch, best: NameMatch | undefined) {
    const [first] = typed.results;
    if (!first || typed.results.length < FEW) return undefined;
    const data = await fragment(first);
    const settled = best ? samePage(data.url, best.url) : wordsFound(q, [data.content]);
    if (!settled) return undefined;
    const item = renderResult(data);
    list.replaceChildren(item);
    return { data, item };
  }

  /** The data of the first results (each a fragment download), kept for when the same pages are shown again. */
  const fragments = new Map<string, Promise<PagefindResultData>>();
  const fragment = (r: PagefindResult) => {
    if (!fragments.has(r.id)) fragments.set(r.id, r.data());
    return fragments.get(r.id)!;
  };
  const firstPage = (results: PagefindResult[]) => Promise.all(results.slice(0, PAGE_SIZE).map(fragment));

  async function showMore() {
    if (!rest) return;
    const mine = generation;
    const next = rest.results.slice(rest.shown, rest.shown + PAGE_SIZE);
    more.disabled = true;
    const data = await Promise.all(next.map(fragment));
    more.disabled = false;
    if (mine !== generation || !rest) return;
    const items = data.map(renderResult);
    list.append(...items);
    rest.shown += data.length;
    more.hidden = rest.shown >= rest.results.length;
    // Keyboard and screen-reader users continue at the first new result, not back at the button.
    items[0]?.querySelector<HTMLAnchorElement>('a.result-title')?.focus();
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

  /** Counts in the filter labels; none when the list joins several searches, whose counts would not add up. */
  function updateFilterCounts(search: PagefindSearch | undefined, f: Filters) {
    const counts = search?.filters ?? {};
    const shown = (text: string, n: number) => (search ? `${text} (${n})` : text);
    for (const radio of filterBar.querySelectorAll<HTMLInputElement>('input[name="type"]')) {
      const span = radio.nextElementSibling!;
      const label = radio.value === 'Entry' ? 'Entries' : radio.value || 'Everything';
      const count = radio.value ? (counts.type?.[radio.value] ?? 0) : Object.values(counts.type ?? {}).reduce((a, b) => a + b, 0);
      span.textContent = shown(label, count);
    }
    for (const key of ['kind', 'topic'] as const) {
      for (const option of filterBar.querySelectorAll<HTMLOptionElement>(`select[name="${key}"] option`)) {
        if (!option.value) continue;
        option.textContent = shown(option.value, counts[key]?.[option.value] ?? 0);
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
  // Arriving with a query: show the filter bar at once, so results arriving later do not push it in (layout shift).
  if (initial.q) filterBar.hidden = false;
  input.value = initial.q;
  writeForm(initial.filters);
  void run(initial.q, initial.filters, initial.exact);

  /**
   * While the reader types, the text so far is searched and its name shards fetched, so that after the
   * debounce only the first page's fragments and the list are left to do. This costs time on the processor,
   * not downloads: a search fetches only the index chunks of its words, as Pagefind's preload would, and the
   * fragments, a download each, wait for the pause. Only the newest text is searched, one search at a time.
   *
   * A search blocks the page while it runs, and its time grows with the index: about 10–45 ms at 1,000 pages
   * on our 2-core bench machine, 70–275 ms at 10,000. So the page searches ahead only up to SEARCH_AHEAD_PAGES,
   * and stops once a search has taken longer than SEARCH_AHEAD_MS (a slow device); from then on it only
   * preloads the index chunks, and the search waits for the pause, where a long task does not delay typing.
   */
  const SEARCH_AHEAD_PAGES = 2500;
  const SEARCH_AHEAD_MS = 50;
  let searchAheadOn = Number(form.dataset.indexed) <= SEARCH_AHEAD_PAGES;
  let latest: string | undefined;
  let searching = false;
  async function searchAhead(text: string) {
    latest = text;
    if (searching) return;
    searching = true;
    try {
      while (latest !== undefined) {
        const q = latest;
        latest = undefined;
        const { pagefind, manifest } = await load();
        if (!searchAheadOn) {
          await pagefind.preload(q);
          continue;
        }
        const f = readForm();
        const filters = await filterArgument(pagefind, f);
        const { search } = await searchTyped(pagefind, manifest, q, filters, f.type !== 'Opinion');
        // Pagefind's own timing of the search, without the index downloads it waited for.
        if ((search?.timings.search ?? 0) > SEARCH_AHEAD_MS) searchAheadOn = false;
      }
    } catch {
      // The search after the debounce reports what failed.
    } finally {
      searching = false;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typing = input.value.trim();
    if (typing) void searchAhead(typing);
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
  // Opening the bar is when counts are wanted: search again, this time counting.
  filterBar.addEventListener('toggle', () => {
    if (openedByScript) openedByScript = false;
    else if (filterBar.open && input.value.trim()) void run(input.value.trim(), readForm());
  });
  more.addEventListener('click', () => void showMore());
  addEventListener('popstate', () => {
    const s = readUrl();
    input.value = s.q;
    writeForm(s.filters);
    void run(s.q, s.filters, s.exact);
  });
}
