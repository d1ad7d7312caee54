import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, dist, page, requireBuild } from '../support/dist';
import { brokenLinks } from '../support/links';

beforeAll(requireBuild);

const RFC_LINK = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d{3,4})\.html(?:#(section|appendix)-([0-9A-Z]+(?:\.\d+)*))?$/;

describe('links on every built page', { timeout: 300_000 }, () => {
  it('every internal link and #fragment resolves', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('Japanese pages link to Japanese pages (the language switch aside)', () => {
    const wrong: string[] = [];
    for (const from of allPages().filter((p) => p.startsWith('/ja/'))) {
      for (const a of page(from).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (a.id === 'lang-switch' || /^https?:/.test(href) || href.startsWith('/data/') || href.startsWith('#')) continue;
        if (!href.startsWith('/ja/')) wrong.push(`${from} → ${href}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('RFC links point at the RFC and section their text names', () => {
    const wrong: string[] = [];
    for (const from of allPages()) {
      for (const a of page(from).querySelectorAll('a[href^="https://www.rfc-editor.org"]')) {
        const href = a.getAttribute('href')!;
        const match = RFC_LINK.exec(href);
        const label = /RFC ?(\d{3,4})(?: ?§ ?([0-9A-Z]+(?:\.\d+)*))?/.exec(a.text);
        if (!match || !label || match[1] !== label[1] || (match[3] ?? '') !== (label[2] ?? '')) wrong.push(`${from}: "${a.text}" → ${href}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('no page loads anything from another origin', () => {
    const external: string[] = [];
    for (const from of allPages()) {
      for (const el of page(from).querySelectorAll('script[src], link[rel=stylesheet], link[rel=preload], link[rel=modulepreload], img[src], iframe')) {
        const src = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(src)) external.push(`${from}: ${src}`);
      }
    }
    expect(external).toEqual([]);
  });
});
