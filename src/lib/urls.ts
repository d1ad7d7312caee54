/**
 * Every URL of the site, in one place. Paths follow Astro's i18n routing with
 * `prefixDefaultLocale: true` and `trailingSlash: 'always'`: /en/…/ and /ja/…/.
 */
import { LANGS, type Lang } from '../data/schema';
import type { CodeClass } from '../data/validate';

export const localePath = (lang: Lang, path = ''): string => `/${lang}/${path ? `${path.replace(/^\/|\/$/g, '')}/` : ''}`;

export const homeUrl = (lang: Lang) => localePath(lang);
export const codesIndexUrl = (lang: Lang) => localePath(lang, 'codes');
export const codeUrl = (lang: Lang, code: number) => localePath(lang, `codes/${code}`);
export const classUrl = (lang: Lang, klass: CodeClass) => localePath(lang, `classes/${klass}xx`);
export const unregisteredUrl = (lang: Lang, code: string) => localePath(lang, `unregistered/${code}`);
export const correctionsUrl = (lang: Lang) => localePath(lang, 'corrections');
/** One entry of the corrections log: its anchor on the log page. */
export const correctionUrl = (lang: Lang, id: string) => `${correctionsUrl(lang)}#${id}`;
export const q850Url = (lang: Lang) => localePath(lang, 'q850');
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

/** The same page in the other languages: swaps the leading /en/ or /ja/. */
export function translatePath(path: string, to: Lang): string {
  const match = /^\/(en|ja)(\/.*)?$/.exec(path);
  if (!match) throw new Error(`not a localized path: ${path}`);
  return `/${to}${match[2] ?? '/'}`;
}

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
