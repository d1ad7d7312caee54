/**
 * The sitemap: every localized page once per language, each with its hreflang alternates
 * (en, ja and x-default), as search engines expect for a bilingual site.
 */
import type { Lang } from '../data/schema';
import { absoluteUrl, alternates, translatePath } from './urls';

export function sitemapXml(site: string | URL, englishPaths: readonly string[], langs: readonly Lang[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = englishPaths.flatMap((path) =>
    langs.map((lang) => {
      const localized = translatePath(path, lang);
      const links = alternates(site, localized)
        .map((alt) => `<xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${escape(alt.href)}"/>`)
        .join('');
      return `<url><loc>${escape(absoluteUrl(site, localized))}</loc>${links}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
