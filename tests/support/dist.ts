/** Reading the built site (dist/) in tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** URL path → file in dist/ ("/en/codes/486/" → dist/en/codes/486/index.html). */
export function fileFor(path: string): string {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function exists(path: string): boolean {
  return existsSync(fileFor(path));
}

const cache = new Map<string, HTMLElement>();
export function page(path: string): HTMLElement {
  let doc = cache.get(path);
  if (!doc) {
    doc = parse(readFileSync(fileFor(path), 'utf8'));
    cache.set(path, doc);
  }
  return doc;
}

/** Astro's static redirects (the reversed comparison URLs): a meta refresh, nothing else. */
export function isRedirect(path: string): boolean {
  return readFileSync(fileFor(path), 'utf8').includes('<meta http-equiv="refresh"');
}

/** Every content page (redirects left out) as a URL path: /en/codes/486/ (404.html as /404.html). */
export function allPages(): string[] {
  return allHtml().filter((p) => !/^\/(en|ja)\/compare\/(\d+)-vs-(\d+)\/$/.test(p) || isCanonicalPair(p));
}

function isCanonicalPair(path: string): boolean {
  const [, , a, b] = /^\/(en|ja)\/compare\/(\d+)-vs-(\d+)\/$/.exec(path)!;
  return Number(a) < Number(b);
}

/** Every HTML file as a URL path, redirects included. */
export function allHtml(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(DIST, full).split(sep).join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/**
 * The prose of a page's <main>: without navigation lists (data-pagefind-ignore), code samples and
 * text marked lang="en" on purpose (registered reason phrases, header names).
 */
export function proseOf(doc: HTMLElement): string {
  const main = doc.querySelector('main')?.clone() as HTMLElement | undefined;
  if (!main) return '';
  for (const el of main.querySelectorAll('[data-pagefind-ignore], code, [lang="en"]')) el.remove();
  return main.text;
}

/** Share of Japanese characters among the letters of a text (kana and kanji vs Latin letters). */
export function japaneseShare(text: string): number {
  const japanese = text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return japanese / Math.max(1, japanese + latin);
}
