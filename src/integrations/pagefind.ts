/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`,
 * so that `npm run build` alone leaves a complete, searchable site.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildSearchTable, searchTableFile, type PageSummary, type SearchKind } from '../lib/search-table';

const KINDS: readonly SearchKind[] = ['reference', 'guide', 'compare'];

/**
 * Writes pagefind/table.<lang>.json (src/lib/search-table.ts) from the fragments Pagefind just
 * wrote: each is gzip of "pagefind_dcd" followed by the page's JSON (url, meta.title, filters).
 */
function writeSearchTables(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const files = readdirSync(join(bundle, 'fragment'));
  let count = 0;
  for (const lang of Object.keys(entry.languages)) {
    const pages = new Map<string, PageSummary>();
    for (const file of files.filter((f) => f.startsWith(`${lang}_`) && f.endsWith('.pf_fragment'))) {
      const text = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
      const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url?: string; meta?: { title?: string }; filters?: { kind?: string[] } };
      const kind = fragment.filters?.kind?.[0] as SearchKind | undefined;
      if (!fragment.url || !fragment.meta?.title || !kind || !KINDS.includes(kind)) {
        throw new Error(`Pagefind fragment ${file} (${fragment.url ?? 'no url'}): needs a url, a title and a kind filter (${KINDS.join(', ')}) for the search table`);
      }
      pages.set(file.replace(/\.pf_fragment$/, ''), { kind, url: fragment.url, title: fragment.meta.title });
    }
    writeFileSync(join(bundle, searchTableFile(lang)), JSON.stringify(buildSearchTable(lang, pages)));
    count += pages.size;
  }
  return count;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: could not create an index: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const tabled = writeSearchTables(`${site}/pagefind`);
        logger.info(`indexed ${added.page_count} pages (${tabled} in the search tables) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
