/** Reading a built site (dist/, or the base-path build in dist-base/) in tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { UNREGISTERED } from '../../src/data/unregistered';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/**
 * One build on disk. URL paths are the paths a browser asks for, base path included
 * ("/sip-response-codes/en/codes/486/"); files sit in `dir` without the base.
 */
export class BuiltSite {
  readonly base: string;
  readonly #pages = new Map<string, HTMLElement>();
  #html: string[] | undefined;

  constructor(
    readonly dir: string,
    base = '/',
  ) {
    this.base = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  }

  requireBuild(): void {
    if (!existsSync(join(this.dir, 'index.html'))) throw new Error(`${relative(ROOT, this.dir)}/ is missing: run \`npm run build\` first (npm test does).`);
  }

  /** URL path → file ("/en/codes/486/" → dist/en/codes/486/index.html); a path outside the base maps to no file. */
  fileFor(path: string): string {
    const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
    if (!clean.startsWith(this.base)) return join(this.dir, '\0outside-base');
    const rel = clean.slice(this.base.length);
    return join(this.dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
  }

  exists(path: string): boolean {
    return existsSync(this.fileFor(path));
  }

  read(path: string): string {
    return readFileSync(this.fileFor(path), 'utf8');
  }

  page(path: string): HTMLElement {
    let doc = this.#pages.get(path);
    if (!doc) {
      doc = parse(this.read(path));
      this.#pages.set(path, doc);
    }
    return doc;
  }

  /** Astro's static redirects (reversed comparison URLs, unregistered codes): a meta refresh, nothing else. */
  isRedirect(path: string): boolean {
    return this.read(path).includes('<meta http-equiv="refresh"');
  }

  /** The path below the base: "/sip-response-codes/en/" → "/en/". */
  local(path: string): string {
    return path.startsWith(this.base) ? `/${path.slice(this.base.length)}` : path;
  }

  /** Every HTML file as a URL path, redirects included. */
  allHtml(): string[] {
    if (this.#html) return this.#html;
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
        } else if (entry.name.endsWith('.html')) {
          const rel = `${this.base}${relative(this.dir, full).split(sep).join('/')}`;
          out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
        }
      }
    };
    walk(this.dir);
    this.#html = out.sort();
    return this.#html;
  }

  /** Every content page (redirects left out) as a URL path: /en/codes/486/ (404.html as /404.html). */
  allPages(): string[] {
    return this.allHtml().filter((p) => !isRedirectPath(this.local(p)));
  }

  /** The redirect pages: reversed comparison URLs and /codes/NNN/ of unregistered codes. */
  redirects(): string[] {
    return this.allHtml().filter((p) => isRedirectPath(this.local(p)));
  }
}

const REVERSED_PAIR = /^\/(en|ja)\/compare\/(\d+)-vs-(\d+)\/$/;
const CODE_PAGE = /^\/(en|ja)\/codes\/(\d+)\/$/;
const UNREGISTERED_CODES = new Set(UNREGISTERED.map((u) => u.code));

/** Redirects are known by their URL: a pair with the higher code first, or the code page of an unregistered code. */
function isRedirectPath(local: string): boolean {
  const pair = REVERSED_PAIR.exec(local);
  if (pair) return Number(pair[2]) > Number(pair[3]);
  const code = CODE_PAGE.exec(local);
  return code ? UNREGISTERED_CODES.has(code[2]!) : false;
}

/** The main build in dist/ at the root path. */
export const dist = new BuiltSite(DIST);

export const requireBuild = () => dist.requireBuild();
export const fileFor = (path: string) => dist.fileFor(path);
export const exists = (path: string) => dist.exists(path);
export const page = (path: string) => dist.page(path);
export const isRedirect = (path: string) => dist.isRedirect(path);
export const allPages = () => dist.allPages();
export const allHtml = () => dist.allHtml();

/**
 * The prose of a page's <main>: without navigation lists (data-pagefind-ignore), code samples and
 * text marked lang="en" on purpose (registered reason phrases, header names), and scripts.
 */
export function proseOf(doc: HTMLElement): string {
  const main = doc.querySelector('main')?.clone() as HTMLElement | undefined;
  if (!main) return '';
  for (const el of main.querySelectorAll('[data-pagefind-ignore], code, [lang="en"], script')) el.remove();
  return main.text;
}

/** Share of Japanese characters among the letters of a text (kana and kanji vs Latin letters). */
export function japaneseShare(text: string): number {
  const japanese = text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return japanese / Math.max(1, japanese + latin);
}
