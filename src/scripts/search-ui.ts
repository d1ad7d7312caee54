/**
 * The search dialog, loaded on first use. Pagefind picks the index of the page's
 * <html lang>, so a reader on a /ja/ page searches the Japanese index.
 * Everything from the query and the index is rendered as text, never as HTML.
 */
import { pairOf } from '../lib/search';
import { describePage, searchTableFile, type PageSummary, type SearchKind, type SearchTable } from '../lib/search-table';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: object): Promise<void>;
  search(query: string | null, options?: { filters?: object }): Promise<{ results: PagefindResult[] }>;
  preload(query: string, options?: { filters?: object }): Promise<void>;
}
interface Strings {
  loading: string;
  failed: string;
  none: string;
  one: string;
  many: string;
}

/** Text an input method is still composing from letters: romaji, hiragana and the long-vowel mark. */
const UNCONVERTED = /^[A-Za-z\u3041-\u309f\u30fc']*$/;
const MAX_RESULTS = 10;
/** Comparison pages shown for a query that does not name two codes: they must not flood the list. */
const MAX_COMPARISONS = 3;
/** Guides discuss many codes: a couple after the code pages is enough. */
const MAX_GUIDES = 2;

/** The engine with the page table of the page's language (src/lib/search-table.ts). */
interface Engine {
  pf: Pagefind;
  table: SearchTable;
  lang: string;
  /** The directory holding pagefind/, under the site's base path: Pagefind's own base URL. */
  base: string;
}

/** A result as the list shows it: from the table, or from its fragment when the table lacks it. */
interface Shown {
  result: PagefindResult;
  summary?: PageSummary | undefined;
}

/**
 * Reference pages (codes, classes, indexes) first, then a couple of guides and a few comparisons;
 * a query naming two codes puts their comparison page on top. One search ranks every page; the
 * table says each result's kind (the pages' filter `kind`). Comparisons carry the filter `pair`.
 */
async function rankedSearch(engine: Engine, query: string): Promise<Shown[]> {
  const { pf, table, lang } = engine;
  const pair = pairOf(query);
  const [pairHit, all] = await Promise.all([pair ? pf.search(null, { filters: { pair } }) : Promise.resolve({ results: [] }), pf.search(query)]);
  const byKind: Record<SearchKind, Shown[]> = { reference: [], guide: [], compare: [] };
  for (const result of all.results) {
    const summary = describePage(lang, table, result.id);
    // A page the table does not know (an older table than the index) is ranked as a reference page.
    byKind[summary?.kind ?? 'reference'].push({ result, summary });
  }
  const seen = new Set<string>();
  const codes = byKind.reference.slice(0, MAX_RESULTS - MAX_GUIDES - 1);
  return [
    ...pairHit.results.map((result) => ({ result, summary: describePage(lang, table, result.id) })),
    ...codes,
    ...byKind.guide.slice(0, MAX_GUIDES),
    ...byKind.compare.slice(0, pair ? MAX_RESULTS : MAX_COMPARISONS),
    ...byKind.reference.slice(codes.length),
  ].filter(
    (r) => !seen.has(r.result.id) && seen.add(r.result.id),
  );
}

/** Pagefind's own rule for a page URL under its base URL (fullUrl in pagefind.js). */
function pageUrl(base: string, url: string): string {
  return `${base}/${url}`.replace(/\/+/g, '/');
}

let pagefind: Promise<Engine> | undefined;
let loaded: Pagefind | undefined;
let wired = false;

/**
 * Starts loading Pagefind (its module, WebAssembly and the index metadata) and the page table
 * once, as soon as the reader shows an intent to search: by the time the first word is typed they
 * are ready.
 */
function loadPagefind(): Promise<Engine> {
  // The bundle's URL (under the site's base path) comes from the page: src/lib/urls.ts made it.
  const bundle = new URL(document.getElementById('search')!.dataset['pagefind']!, location.href);
  const lang = document.documentElement.lang;
  pagefind ??= (async () => {
    const table = fetch(new URL(searchTableFile(lang), bundle)).then((response) => {
      if (!response.ok) throw new Error(`search table: HTTP ${response.status}`);
      return response.json() as Promise<SearchTable>;
    });
    const pf = (await import(/* @vite-ignore */ bundle.href)) as Pagefind;
    // Code pages are long and comparison pages index only their title (and a guide summary): without this,
    // the short pages would outrank the page of the code the reader asked for.
    await pf.options({ ranking: { pageLength: 0 } });
    await pf.init();
    // A search that matches nothing: it starts Pagefind's worker and WebAssembly and loads the
    // filter index of pairs while the reader is still typing, not after the last key. (Kinds come
    // from the table, so the kind filter index is never needed here.)
    await pf.search(null, { filters: { pair: 'none' } });
    const engine = { pf, table: await table, lang, base: new URL('..', bundle).pathname };
    loaded = pf;
    return engine;
  })();
  return pagefind;
}

/** Called by the boot script on the first sign of intent (hover or focus of the search button). */
export function warmSearch(): void {
  loadPagefind().catch(() => {
    // Reported when the reader searches; a later attempt may succeed.
    pagefind = undefined;
  });
}

/** Pagefind excerpts mark matches with <mark>; rebuild them from text nodes only. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function openSearch(): void {
  const dialog = document.getElementById('search') as HTMLDialogElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  const list = document.getElementById('search-results') as HTMLUListElement;
  const status = document.getElementById('search-status') as HTMLParagraphElement;
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as Strings;

  const firstOpen = !wired;
  if (!wired) {
    wired = true;
    let active = -1;
    const options = () => [...list.querySelectorAll<HTMLLIElement>('[role=option]')];
    const setActive = (index: number) => {
      const items = options();
      items.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
      active = index;
      const current = items[index];
      input.setAttribute('aria-expanded', String(items.length > 0));
      if (current) {
        input.setAttribute('aria-activedescendant', current.id);
        current.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };

    // No debounce: a search over the loaded index takes a few tens of milliseconds, less than the
    // time between two keystrokes. Keystrokes that arrive while a search runs are folded into one
    // search of the latest text, and the index chunks for that text start loading at once.
    let running = false;
    let again = false;
    /** The text the running search is for. */
    let searching: string | undefined;
    const onText = () => {
      const query = input.value.trim();
      // compositionend after a conversion: the converted text is already the one shown, or being searched.
      if (query && query === (running ? searching : list.dataset['query'])) return;
      status.textContent = query ? strings.loading : '';
      if (query) void loaded?.preload(query);
      if (running) {
        again = true;
        return;
      }
      running = true;
      searching = query; // until update() reads the text it searches, after Pagefind has loaded
      void (async () => {
        do {
          again = false;
          await update();
        } while (again);
        running = false;
        searching = undefined;
      })();
    };
    input.addEventListener('input', (event) => {
      // Romaji and kana an input method is still composing are not yet the word the reader means (話中 is
      // typed as わちゅう): searching them would load index chunks and fragments the converted word does
      // not use, in the worker the converted word then waits for. The converted text is searched as soon
      // as it appears, and text committed unconverted when the composition ends.
      if ((event as InputEvent).isComposing && UNCONVERTED.test(input.value.trim())) return;
      onText();
    });
    input.addEventListener('compositionend', onText);
    const update = async () => {
      let engine: Engine;
      try {
        engine = await loadPagefind();
      } catch {
        pagefind = undefined;
        status.textContent = strings.failed;
        return;
      }
      // Read the text only now: what was typed while Pagefind loaded is searched once, not letter by letter.
      const query = input.value.trim();
      searching = query;
      if (!query) {
        list.replaceChildren();
        delete list.dataset['query'];
        status.textContent = '';
        setActive(-1);
        return;
      }
      const shown = (await rankedSearch(engine, query)).slice(0, MAX_RESULTS);
      // Pages the table lacks wait for their fragment; the rest are listed at once.
      const missing = await Promise.all(shown.map((s) => (s.summary ? undefined : s.result.data())));
      if (input.value.trim() !== query) return; // superseded by a newer query, searched next
      const excerpts: HTMLSpanElement[] = [];
      list.replaceChildren(
        ...shown.map((s, i) => {
          const url = s.summary ? pageUrl(engine.base, s.summary.url) : missing[i]!.url;
          // An option, not a link: the combobox pattern keeps focus in the input.
          const item = document.createElement('li');
          item.id = `search-result-${i}`;
          item.setAttribute('role', 'option');
          item.dataset['href'] = url;
          const title = document.createElement('strong');
          title.textContent = s.summary?.title ?? missing[i]!.meta['title'] ?? url;
          const excerpt = document.createElement('span');
          if (missing[i]) excerpt.append(...excerptNodes(missing[i].excerpt));
          excerpts.push(excerpt);
          item.append(title, excerpt);
          return item;
        }),
      );
      // The query these results answer: the benchmark and the tests wait for it.
      list.dataset['query'] = query;
      const total = shown.length;
      status.textContent = total === 0 ? strings.none.replace('%s', query) : total === 1 ? strings.one : strings.many.replace('%d', String(total));
      setActive(shown.length ? 0 : -1);
      // Excerpts follow as their fragments arrive, while these results are still the ones shown.
      shown.forEach((s, i) => {
        if (missing[i]) return;
        void s.result.data().then(
          (data) => {
            if (list.dataset['query'] === query && excerpts[i]!.isConnected) excerpts[i]!.replaceChildren(...excerptNodes(data.excerpt));
          },
          () => {
            // The title and link are already shown; an excerpt that cannot load is left out.
          },
        );
      });
    };

    /**
     * A key the input method is using: Enter that commits a Japanese conversion, Esc that cancels
     * it, arrows that pick a candidate. They must not open a result or close the dialog. Safari
     * ends the composition before the keydown, leaving only the legacy keyCode 229 to tell.
     */
    const forInputMethod = (event: KeyboardEvent) => event.isComposing || (event as { keyCode?: number }).keyCode === 229;

    input.addEventListener('keydown', (event) => {
      if (forInputMethod(event)) return;
      const count = options().length;
      if (event.key === 'ArrowDown' && count) {
        event.preventDefault();
        setActive((active + 1) % count);
      } else if (event.key === 'ArrowUp' && count) {
        event.preventDefault();
        setActive((active - 1 + count) % count);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const target = options()[active];
        if (target?.dataset['href']) location.href = target.dataset['href'];
      }
    });
    // In a type=search field Chromium's Esc only clears the text; close the dialog as readers expect.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !forInputMethod(event)) {
        event.preventDefault();
        dialog.close();
      }
    });
    list.addEventListener('click', (event) => {
      const item = (event.target as Element).closest<HTMLLIElement>('[role=option]');
      if (item?.dataset['href']) location.href = item.dataset['href'];
    });
  }

  warmSearch();
  if (!dialog.open) {
    dialog.showModal();
    input.focus();
    input.select();
  }
  // Text typed after the page opened the dialog and before this module arrived.
  if (firstOpen && input.value.trim()) input.dispatchEvent(new Event('input'));
}
