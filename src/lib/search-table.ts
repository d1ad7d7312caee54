/**
 * The search list's table of pages: for every page Pagefind indexed in one language, its kind,
 * URL and title, keyed by Pagefind's page id. Built after indexing from Pagefind's own fragments
 * (src/integrations/pagefind.ts) and loaded with the search engine, it lets the list show titles
 * the moment a search returns, and lets one search serve all kinds; each excerpt follows when its
 * fragment arrives. A page missing from the table (a stale copy) is shown from its fragment.
 */

/** How the search list groups pages: the filter `kind` each page's <main> carries. */
export type SearchKind = 'reference' | 'guide' | 'compare';

export interface SearchTable {
  /**
   * The names comparison titles are made of: a comparison's title is `${a} vs ${b}: ${names[a]} /
   * ${names[b]}` and its URL `/${lang}/compare/${a}-vs-${b}/`, so it is stored as "a-b" alone.
   */
  names: Record<string, string>;
  /** Page id → "a-b" for a comparison, or [kind, URL, title]. */
  pages: Record<string, string | [SearchKind, string, string]>;
}

/** What the list shows of a page before its excerpt, and where the page sits in the ranking. */
export interface PageSummary {
  kind: SearchKind;
  /** As Pagefind records it: from the site root, without the base path. */
  url: string;
  title: string;
}

const COMPARISON_TITLE = /^(\d{3}) vs (\d{3}): (.+) \/ (.+)$/;

const comparisonUrl = (lang: string, a: string, b: string) => `/${lang}/compare/${a}-vs-${b}/`;

/** The table for one language, from every page's summary. Comparisons that fit the pattern are stored as "a-b". */
export function buildSearchTable(lang: string, pages: ReadonlyMap<string, PageSummary>): SearchTable {
  const names: Record<string, string> = {};
  // A code's name is the one its comparison titles agree on; a code named two ways gets no name.
  const conflicting = new Set<string>();
  for (const page of pages.values()) {
    const m = page.kind === 'compare' ? COMPARISON_TITLE.exec(page.title) : null;
    if (!m) continue;
    for (const [code, name] of [[m[1]!, m[3]!], [m[2]!, m[4]!]] as const) {
      if (names[code] !== undefined && names[code] !== name) conflicting.add(code);
      names[code] ??= name;
    }
  }
  for (const code of conflicting) delete names[code];
  const table: SearchTable = { names, pages: {} };
  for (const [id, page] of pages) {
    const m = page.kind === 'compare' ? COMPARISON_TITLE.exec(page.title) : null;
    const short = m ? `${m[1]}-${m[2]}` : undefined;
    // Stored short only when it reads back exactly as the page it stands for.
    table.pages[id] = short && sameSummary(describePage(lang, { names, pages: { [id]: short } }, id), page) ? short : [page.kind, page.url, page.title];
  }
  return table;
}

/** A page's kind, URL and title from the table, or undefined when the table does not know it. */
export function describePage(lang: string, table: SearchTable, id: string): PageSummary | undefined {
  const entry = table.pages[id];
  if (entry === undefined) return undefined;
  if (typeof entry !== 'string') return { kind: entry[0], url: entry[1], title: entry[2] };
  const [a, b] = entry.split('-') as [string, string];
  const nameA = table.names[a];
  const nameB = table.names[b];
  if (nameA === undefined || nameB === undefined) return undefined;
  return { kind: 'compare', url: comparisonUrl(lang, a, b), title: `${a} vs ${b}: ${nameA} / ${nameB}` };
}

function sameSummary(x: PageSummary | undefined, y: PageSummary): boolean {
  return x !== undefined && x.kind === y.kind && x.url === y.url && x.title === y.title;
}

/** The search-table file of a language, next to Pagefind's bundle: `pagefind/table.en.json`. */
export const searchTableFile = (lang: string) => `table.${lang}.json`;
