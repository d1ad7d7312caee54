/**
 * Every URL of the site, in one place. Paths follow Astro's i18n routing with
 * `prefixDefaultLocale: true` and `trailingSlash: 'always'`: /en/…/ and /ja/…/, under the base
 * path the site is built for (`base` in astro.config.mjs, from BASE_PATH): with
 * BASE_PATH=/sip-response-codes/, codeUrl('en', 486) is /sip-response-codes/en/codes/486/.
 * Templates never write a path by hand: they call these helpers.
 */
import { LANGS, type Lang } from '../data/schema';
import type { CodeClass } from '../data/validate';

/** "/" or "/sip-response-codes/": always one leading and one trailing slash. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base path of this build. Astro replaces import.meta.env.BASE_URL at build time; read it on
 * every call (not once at import) so that tests can switch it with vi.stubEnv.
 */
export const basePath = (): string => normalizeBase(import.meta.env.BASE_URL);

/** A file of the site that is not in a language: sitePath('data/sip-response-codes.json'). */
export const sitePath = (path = ''): string => `${basePath()}${path.replace(/^\/+/, '')}`;

/** The language-picker page at the root of the site. */
export const rootUrl = (): string => sitePath();

export const localePath = (lang: Lang, path = ''): string => sitePath(`${lang}/${path ? `${path.replace(/^\/|\/$/g, '')}/` : ''}`);

export const homeUrl = (lang: Lang) => localePath(lang);
export const codesIndexUrl = (lang: Lang) => localePath(lang, 'codes');
export const codeUrl = (lang: Lang, code: number) => localePath(lang, `codes/${code}`);
export const classUrl = (lang: Lang, klass: CodeClass) => localePath(lang, `classes/${klass}xx`);
export const unregisteredUrl = (lang: Lang, code: string) => localePath(lang, `unregistered/${code}`);
export const correctionsUrl = (lang: Lang) => localePath(lang, 'corrections');
/**
 * One part of a day of the corrections log, with its entries in full: part 1 is the day's own URL,
 * /en/corrections/2026-12-05/, and a day too long for one page goes on at /en/corrections/2026-12-05/2/, /3/ …
 * Which entry is on which part: correctionDayParts() and correctionUrl() in lib/corrections.ts.
 */
export const correctionsDayUrl = (lang: Lang, date: string, part = 1) => {
  if (!Number.isInteger(part) || part < 1) throw new Error(`not a part of a day: ${part}`);
  return localePath(lang, part === 1 ? `corrections/${date}` : `corrections/${date}/${part}`);
};
/**
 * Which part of a long day holds which entry, as JSON ({ parts: [{ url, ids }] }), beside the day's
 * pages: /en/corrections/2026-12-05/parts.json. A part page fetches it only when its URL names an
 * entry that it does not hold (an old link from before the entry moved to a later part).
 */
export const correctionsDayMapUrl = (lang: Lang, date: string) => `${correctionsDayUrl(lang, date)}parts.json`;
/** The corrections made to one code's page, by title, newest first: /en/corrections/codes/486/. */
export const correctionsCodeUrl = (lang: Lang, code: number) => localePath(lang, `corrections/codes/${code}`);
export const q850Url = (lang: Lang) => localePath(lang, 'q850');
/** The guides, one MDX file per language each in content/guides/ (a unit test keeps this list equal to the files). */
export const GUIDE_SLUGS = ['failover', 'rejecting-calls'] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];
export const guideUrl = (lang: Lang, slug: GuideSlug) => localePath(lang, `guides/${slug}`);
/** A Q.850 cause: /en/q850/17/. */
export const causeUrl = (lang: Lang, cause: number) => localePath(lang, `q850/${cause}`);
export const stacksIndexUrl = (lang: Lang) => localePath(lang, 'stacks');
/** A SIP stack: /en/stacks/asterisk/. */
export const stackUrl = (lang: Lang, stack: string) => localePath(lang, `stacks/${stack}`);
export const traceUrl = (lang: Lang) => localePath(lang, 'trace');
/** What the trace page's script loads with the page (src/pages/[lang]/trace/data.json.ts). */
export const traceDataUrl = (lang: Lang) => `${traceUrl(lang)}data.json`;

/** Comparison pages put the lower code first: /en/compare/480-vs-486/. */
export function comparePair(a: number, b: number): [number, number] {
  if (a === b) throw new Error(`cannot compare code ${a} with itself`);
  return a < b ? [a, b] : [b, a];
}
export const compareSlug = (a: number, b: number) => comparePair(a, b).join('-vs-');
export const compareUrl = (lang: Lang, a: number, b: number) => localePath(lang, `compare/${compareSlug(a, b)}`);

/** Reads "480-vs-486" back; undefined for anything else. */
export function parseCompareSlug(slug: string): [number, number] | undefined {
  const match = /^(\d{3})-vs-(\d{3})$/.exec(slug);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The path below the base: "/sip-response-codes/en/codes/486/" → "/en/codes/486/". */
export function withoutBase(path: string): string {
  const base = basePath();
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** The language of a localized path (with or without the base), or undefined. */
export function langOfPath(path: string): Lang | undefined {
  const match = /^\/(en|ja)(\/|$)/.exec(withoutBase(path));
  return match ? (match[1] as Lang) : undefined;
}

/** The same page in the other languages: swaps the /en/ or /ja/ after the base. */
export function translatePath(path: string, to: Lang): string {
  const match = /^\/(en|ja)(\/.*)?$/.exec(withoutBase(path));
  if (!match) throw new Error(`not a localized path: ${path}`);
  return sitePath(`${to}${match[2] ?? '/'}`);
}

/**
 * An absolute URL for canonical links, hreflang, the sitemap and the dataset. `path` is a site
 * path from the helpers above (base included), so only the origin of `site` counts.
 */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}

/** hreflang alternates for a localized path: one per language plus x-default (English). */
export function alternates(site: string | URL, path: string): { hreflang: string; href: string }[] {
  return [
    ...LANGS.map((lang) => ({ hreflang: lang, href: absoluteUrl(site, translatePath(path, lang)) })),
    { hreflang: 'x-default', href: absoluteUrl(site, translatePath(path, 'en')) },
  ];
}
