/** The link checker, shared by the build tests (dist/) and the base-path build test. */
import type { BuiltSite } from './dist';

/**
 * Every internal link (a[href], link[href]) of every page that leads nowhere in the build: a
 * missing file, a missing #fragment, or a path outside the site's base path.
 */
export function brokenLinks(site: BuiltSite, limit = 20): string[] {
  // The ids of each target page, read once: thousands of pages link to the same few fragments.
  const idsByPage = new Map<string, Set<string>>();
  const ids = (path: string) => {
    let found = idsByPage.get(path);
    if (!found) {
      found = new Set(site.page(path).querySelectorAll('[id]').map((el) => el.id));
      idsByPage.set(path, found);
    }
    return found;
  };
  const broken: string[] = [];
  for (const from of site.allPages()) {
    for (const a of site.page(from).querySelectorAll('a[href], link[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${from}`);
      const target = url.pathname;
      if (!target.startsWith(site.base)) broken.push(`${from} → ${href} (outside ${site.base})`);
      else if (!site.exists(target)) broken.push(`${from} → ${href}`);
      else if (url.hash && target.endsWith('/') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${href} (no such fragment)`);
      if (broken.length >= limit) return broken;
    }
  }
  return broken;
}

/**
 * Canonical and hreflang links of every localized page: absolute, on `siteUrl`'s origin, under the
 * base path, the canonical naming the page itself and every alternate naming a built page.
 */
export function wrongAbsoluteLinks(site: BuiltSite, siteUrl: string, limit = 20): string[] {
  const problems: string[] = [];
  for (const path of site.allPages().filter((p) => /^\/(en|ja)\//.test(site.local(p)))) {
    const doc = site.page(path);
    const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
    if (canonical !== new URL(path, siteUrl).href) problems.push(`${path}: canonical ${canonical}`);
    for (const alt of doc.querySelectorAll('link[rel=alternate][hreflang]')) {
      const href = alt.getAttribute('href') ?? '';
      const url = new URL(href, 'http://invalid');
      if (url.origin !== new URL(siteUrl).origin || !site.exists(url.pathname)) problems.push(`${path}: ${alt.getAttribute('hreflang')} → ${href}`);
    }
    if (problems.length >= limit) break;
  }
  return problems;
}
