/** Structured data (JSON-LD) for the pages, as plain objects. */
import type { Lang } from '../data/schema';
import { absoluteUrl } from './urls';

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbList(site: string | URL, crumbs: Crumb[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(site, crumb.path),
    })),
  };
}

export function definedTerm(
  site: string | URL,
  opts: { lang: Lang; code: number; name: string; description: string; path: string; setName: string; setPath: string },
) {
  return {
    '@type': 'DefinedTerm',
    '@id': absoluteUrl(site, opts.path),
    name: opts.name,
    termCode: String(opts.code),
    description: opts.description,
    url: absoluteUrl(site, opts.path),
    inLanguage: opts.lang,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: opts.setName, url: absoluteUrl(site, opts.setPath) },
  };
}

export function techArticle(
  site: string | URL,
  opts: { lang: Lang; headline: string; description: string; path: string; about: { name: string; path: string }[] },
) {
  return {
    '@type': 'TechArticle',
    headline: opts.headline,
    description: opts.description,
    inLanguage: opts.lang,
    url: absoluteUrl(site, opts.path),
    about: opts.about.map((a) => ({ '@type': 'DefinedTerm', name: a.name, url: absoluteUrl(site, a.path) })),
  };
}

/** One JSON-LD document; `</` is escaped so the data can never close the script element. */
export function jsonLdScript(items: object[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': items }).replace(/</g, '\\u003c');
}
