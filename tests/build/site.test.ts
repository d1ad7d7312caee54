import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODES, LANGS, findCode } from '../../src/data';
import { CLASSES } from '../../src/data/classes';
import { SITE_URL } from '../../src/site';
import { classUrl, codeUrl, codesIndexUrl, compareUrl, correctionsCodeUrl, correctionsDayMapUrl, correctionsDayUrl, correctionsUrl, homeUrl, langOfPath, localePath, translatePath, unregisteredUrl } from '../../src/lib/urls';
import { CORRECTIONS, CORRECTIONS_PER_PAGE, correctedCodePages, correctedPageLink, correctionDayMap, correctionDayParts, correctionDays, correctionUrl } from '../../src/lib/corrections';
import { t } from '../../src/i18n';
import type { Lang } from '../../src/data/schema';
import { CAUSES } from '../../src/data/q850';
import { UNREGISTERED } from '../../src/data/unregistered';
import { parse } from 'node-html-parser';
import { DIST, allPages, exists, fileFor, isRedirect, japaneseShare, page, proseOf, requireBuild } from '../support/dist';
import { isIndexablePair } from '../../src/lib/compare';
import { describePage, searchTableFile, type SearchTable } from '../../src/lib/search-table';

beforeAll(requireBuild);

const pairs = CODES.flatMap((a, i) => CODES.slice(i + 1).map((b) => [a.code, b.code] as const));
const localized = () => allPages().filter((p) => /^\/(en|ja)\//.test(p));

describe('the built site has every page in both languages', () => {
  it.each(LANGS)('%s: home, index, class and code pages', (lang) => {
    const expected = [homeUrl(lang), codesIndexUrl(lang), ...CLASSES.map((c) => classUrl(lang, c.klass)), ...CODES.map((e) => codeUrl(lang, e.code))];
    expect(expected.filter((p) => !exists(p))).toEqual([]);
  });

  it.each(LANGS)('%s: a comparison page for every pair, lower code first', (lang) => {
    expect(pairs.filter(([a, b]) => !exists(compareUrl(lang, a, b)))).toEqual([]);
    const built = allPages().filter((p) => p.startsWith(`/${lang}/compare/`));
    expect(built.length).toBe(pairs.length);
  });

  it.each(LANGS)('%s: the reversed comparison URL redirects to the canonical one and is kept out of indexes', (lang) => {
    const wrong = pairs.filter(([a, b]) => {
      const reversed = compareUrl(lang, a, b).replace(`${a}-vs-${b}`, `${b}-vs-${a}`);
      if (!isRedirect(reversed)) return true;
      const doc = page(reversed);
      return (
        doc.querySelector('meta[http-equiv=refresh]')?.getAttribute('content') !== `0;url=${compareUrl(lang, a, b)}` ||
        doc.querySelector('link[rel=canonical]')?.getAttribute('href') !== new URL(compareUrl(lang, a, b), SITE_URL).href ||
        doc.querySelector('meta[name=robots]')?.getAttribute('content') !== 'noindex'
      );
    });
    expect(wrong).toEqual([]);
  });

  it.each(LANGS)('%s: the code URL of a code seen in logs but not registered redirects to its page', (lang) => {
    expect(UNREGISTERED.length).toBeGreaterThan(0);
    const wrong = UNREGISTERED.filter((u) => {
      const path = localePath(lang, `codes/${u.code}`);
      if (!exists(path) || !isRedirect(path)) return true;
      const doc = page(path);
      return (
        doc.querySelector('meta[http-equiv=refresh]')?.getAttribute('content') !== `0;url=${unregisteredUrl(lang, u.code)}` ||
        doc.querySelector('link[rel=canonical]')?.getAttribute('href') !== new URL(unregisteredUrl(lang, u.code), SITE_URL).href
      );
    });
    expect(wrong.map((u) => u.code)).toEqual([]);
  });

  it('has a language picker at / and a 404 page', () => {
    const links = page('/').querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/en/', '/ja/']));
    expect(exists('/404.html')).toBe(true);
  });
});

describe('language, canonical and alternates on every localized page', { timeout: 120_000 }, () => {
  it('sets <html lang> from the URL', () => {
    const wrong = localized().filter((p) => page(p).querySelector('html')?.getAttribute('lang') !== p.slice(1, 3));
    expect(wrong).toEqual([]);
  });

  it('has a self-referencing absolute canonical', () => {
    const wrong = localized().filter((p) => page(p).querySelector('link[rel=canonical]')?.getAttribute('href') !== new URL(p, SITE_URL).href);
    expect(wrong).toEqual([]);
  });

  it('has hreflang en, ja and x-default, absolute, pointing at built pages', () => {
    const problems: string[] = [];
    for (const p of localized()) {
      const alts = page(p).querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')] as const);
      const expected = [
        ['en', new URL(translatePath(p, 'en'), SITE_URL).href],
        ['ja', new URL(translatePath(p, 'ja'), SITE_URL).href],
        ['x-default', new URL(translatePath(p, 'en'), SITE_URL).href],
      ];
      if (JSON.stringify(alts) !== JSON.stringify(expected)) problems.push(`${p}: ${JSON.stringify(alts)}`);
      for (const [, href] of alts) if (href && !exists(new URL(href).pathname)) problems.push(`${p}: alternate ${href} not built`);
    }
    expect(problems).toEqual([]);
  });

  it('has a language switch to the same page in the other language', () => {
    const wrong = localized().filter((p) => {
      const other = p.startsWith('/en/') ? 'ja' : 'en';
      const href = page(p).querySelector('#lang-switch')?.getAttribute('href');
      return href !== translatePath(p, other) || !exists(href);
    });
    expect(wrong).toEqual([]);
  });

  it('has Open Graph tags and a Content-Security-Policy', () => {
    const problems: string[] = [];
    for (const p of localized()) {
      const doc = page(p);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        if (!doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')) problems.push(`${p}: ${property}`);
      }
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      if (!csp.includes("default-src 'self'") || !csp.includes("object-src 'none'")) problems.push(`${p}: CSP`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('gives every page its own title and a description', () => {
    const titles = new Map<string, string>();
    const problems: string[] = [];
    for (const p of localized()) {
      const title = page(p).querySelector('title')?.text.trim() ?? '';
      const description = page(p).querySelector('meta[name=description]')?.getAttribute('content')?.trim() ?? '';
      if (!title || !description) problems.push(`${p}: missing title or description`);
      if (titles.has(title)) problems.push(`${p}: same title as ${titles.get(title)}`);
      titles.set(title, p);
    }
    expect(problems).toEqual([]);
  });
});

describe('Japanese pages are Japanese', { timeout: 120_000 }, () => {
  it('the prose of every /ja/ page is mostly Japanese script', () => {
    const latin = localized()
      .filter((p) => p.startsWith('/ja/'))
      .map((p) => [p, japaneseShare(proseOf(page(p)))] as const)
      .filter(([, share]) => share < 0.5)
      .map(([p, share]) => `${p}: ${Math.round(share * 100)}% Japanese`);
    expect(latin).toEqual([]);
  });

  it('the same measure tells an English page apart', () => {
    expect(japaneseShare(proseOf(page(codeUrl('en', 486))))).toBeLessThan(0.05);
  });
});

describe('corrections log', () => {
  const dayPages = (lang: Lang) => correctionDayParts().map(({ date, part }) => correctionsDayUrl(lang, date, part));
  /** The page of the day that holds an entry. */
  const partPath = (lang: Lang, id: string) => correctionUrl(lang, byId.get(id)!).split('#')[0]!;
  const byId = new Map(CORRECTIONS.map((e) => [e.id, e]));

  const codeLogPages = (lang: Lang) => correctedCodePages().map(({ code }) => correctionsCodeUrl(lang, code));

  it.each(LANGS)('%s: one page per part of a day of the log (day/, day/2/ …), one list per corrected code page (codes/486/), and no other page under corrections/', (lang) => {
    const built = allPages().filter((p) => p.startsWith(correctionsUrl(lang)) && p !== correctionsUrl(lang));
    expect(built.sort()).toEqual([...dayPages(lang), ...codeLogPages(lang)].sort());
    expect(dayPages(lang).length).toBeGreaterThan(0);
  });

  it.each(LANGS)('%s: every entry appears exactly once across the day pages, on the part of its date that correctionUrl names, in the log\'s order, at most CORRECTIONS_PER_PAGE to a page, and nowhere on the index', (lang) => {
    const found = new Map<string, string[]>();
    for (const path of dayPages(lang)) {
      for (const article of page(path).querySelectorAll('article.correction')) found.set(article.id, [...(found.get(article.id) ?? []), path]);
    }
    const wrong = CORRECTIONS.filter((e) => JSON.stringify(found.get(e.id)) !== JSON.stringify([partPath(lang, e.id)]) || !found.get(e.id)![0]!.startsWith(correctionsDayUrl(lang, e.date))).map((e) => `${e.id}: ${found.get(e.id) ?? 'missing'}`);
    expect(wrong).toEqual([]);
    expect(found.size).toBe(CORRECTIONS.length);
    for (const { date, part, entries } of correctionDayParts()) {
      const ids = page(correctionsDayUrl(lang, date, part)).querySelectorAll('article.correction').map((a) => a.id);
      expect(ids).toEqual(entries.map((e) => e.id));
      expect(ids.length).toBeLessThanOrEqual(CORRECTIONS_PER_PAGE);
    }
    expect(page(correctionsUrl(lang)).querySelectorAll('article.correction')).toHaveLength(0);
  });

  it.each(LANGS)('%s: the index lists each day, newest first, linking to its first page, with its number of entries (and of pages, if more than one), a link to each of its pages, and the code pages it corrected; no entry is listed there', (lang) => {
    const index = page(correctionsUrl(lang));
    const sections = index.querySelectorAll('section.correction-day');
    expect(sections.map((s) => s.querySelector('h2')!.id)).toEqual(correctionDays().map((d) => `day-${d.date}`));
    for (const [i, { date, entries }] of correctionDays().entries()) {
      const heading = sections[i]!.querySelector('h2 a')!;
      expect(heading.getAttribute('href')).toBe(correctionsDayUrl(lang, date));
      const parts = correctionDayParts().filter((p) => p.date === date);
      expect(heading.text).toBe(parts.length > 1 ? t(lang).corrections.dayHeadingParts(date, entries.length, parts.length) : t(lang).corrections.dayHeading(date, entries.length));
      // Every page of the day, so every entry is two clicks from the index.
      const partLinks = sections[i]!.querySelectorAll('nav.day-parts li a');
      expect(partLinks.map((a) => a.getAttribute('href'))).toEqual(parts.length > 1 ? parts.map((p) => correctionsDayUrl(lang, date, p.part)) : []);
      expect(partLinks.map((a) => a.text)).toEqual(parts.length > 1 ? parts.map((p) => t(lang).corrections.partRange(p.first, p.last)) : []);
      const codes = [...new Set(entries.flatMap((e) => e.pages.flatMap((p) => ('code' in p ? [p.code] : []))))].sort((a, b) => a - b);
      expect(sections[i]!.querySelectorAll('p.day-codes a').map((a) => [a.text, a.getAttribute('href')])).toEqual(codes.map((code) => [String(code), `${correctionsCodeUrl(lang, code)}#day-${date}`]));
    }
    // (The note at the top, on corrections to the log itself, links its own entries.)
    const entryLinks = index.querySelectorAll('main a').filter((a) => !a.closest('.correction-note') && /#./.test(a.getAttribute('href') ?? '') && (a.getAttribute('href') ?? '').includes('/corrections/20'));
    expect(entryLinks.map((a) => a.getAttribute('href'))).toEqual([]);
  });

  it.each(LANGS)('%s: the index has a line per corrected code page (its old anchor page-code-N kept) with its number of corrections, linking to the code\'s list, which gives every title, newest first by day, linking to the entry', (lang) => {
    const ui = t(lang).corrections;
    const index = page(correctionsUrl(lang));
    const lines = index.querySelectorAll('ul.by-page > li');
    expect(lines.map((li) => li.id)).toEqual(correctedCodePages().map(({ code }) => `page-code-${code}`));
    for (const [i, { code, entries }] of correctedCodePages().entries()) {
      const links = lines[i]!.querySelectorAll('a');
      expect(links.map((a) => a.getAttribute('href'))).toEqual([codeUrl(lang, code), correctionsCodeUrl(lang, code)]);
      expect(links[1]!.text).toBe(ui.codeCount(entries.length));
      expect(lines[i]!.querySelector('time')!.getAttribute('datetime')).toBe(entries[0]!.date);
      const log = page(correctionsCodeUrl(lang, code));
      expect(log.querySelector('h1')!.text).toBe(`${ui.codeLogTitleBefore}${code} ${findCode(code)!.phrase}${ui.codeLogTitleAfter}`);
      expect(log.querySelectorAll('main section h2').map((h) => h.id)).toEqual([...new Set(entries.map((e) => `day-${e.date}`))]);
      const titles = log.querySelectorAll('main section li a');
      expect(titles.map((a) => a.getAttribute('href'))).toEqual(entries.map((e) => correctionUrl(lang, e)));
      expect(titles.map((a) => a.text)).toEqual(entries.map((e) => e.title[lang]));
      expect(log.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(codeUrl(lang, code));
      expect(log.querySelector('[data-pagefind-body]')).toBeNull();
    }
  });

  it.each(LANGS)('%s: a day page names its day (and, for a day of several pages, its range of entries), has breadcrumbs to the log, links back to the index, and stays out of search (the index is what search finds)', (lang) => {
    const ui = t(lang);
    expect(page(correctionsUrl(lang)).querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(true);
    for (const { date, part, parts, first, last, total } of correctionDayParts()) {
      const path = correctionsDayUrl(lang, date, part);
      const doc = page(path);
      expect(doc.querySelector('h1')!.text).toBe(parts > 1 ? ui.corrections.dayPartTitle(date, first, last, total) : ui.corrections.dayTitle(date));
      expect(doc.querySelector('title')!.text).toBe(parts > 1 ? ui.corrections.dayPartMetaTitle(date, part, parts) : ui.corrections.dayMetaTitle(date));
      const crumbs = doc.querySelector('nav.breadcrumbs')!;
      expect(crumbs.querySelectorAll('li').map((li) => li.text)).toEqual([ui.nav.home, ui.corrections.title, ui.corrections.date(date)]);
      expect(crumbs.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([homeUrl(lang), correctionsUrl(lang)]);
      expect(doc.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`${correctionsUrl(lang)}#day-${date}`);
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
      // The part's own URL, and the same part in each language.
      expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(new URL(path, SITE_URL).href);
      const alts = Object.fromEntries(doc.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      expect(alts).toEqual({ ...Object.fromEntries(LANGS.map((other) => [other, new URL(correctionsDayUrl(other, date, part), SITE_URL).href])), 'x-default': new URL(correctionsDayUrl('en', date, part), SITE_URL).href });
    }
  });

  it.each(LANGS)('%s: the pages of a long day link to each other: every page in a labelled nav, the current one unlinked, the previous and the next', (lang) => {
    const ui = t(lang);
    const all = correctionDayParts();
    expect(all.some((p) => p.parts > 1)).toBe(true);
    for (const { date, part, parts } of all) {
      const doc = page(correctionsDayUrl(lang, date, part));
      const nav = doc.querySelector('nav.day-parts');
      if (parts === 1) {
        expect(nav, `${date}`).toBeNull();
        continue;
      }
      const siblings = all.filter((p) => p.date === date);
      expect(nav!.getAttribute('aria-label')).toBe(ui.corrections.dayParts(date));
      const items = nav!.querySelectorAll('ol > li');
      expect(items.map((li) => li.text)).toEqual(siblings.map((p) => ui.corrections.partRange(p.first, p.last)));
      expect(items.map((li) => li.querySelector('a')?.getAttribute('href') ?? li.getAttribute('aria-current'))).toEqual(
        siblings.map((p) => (p.part === part ? 'page' : correctionsDayUrl(lang, date, p.part))),
      );
      const step = (rel: string) => nav!.querySelector(`a[rel="${rel}"]`)?.getAttribute('href');
      expect(step('prev')).toBe(part > 1 ? correctionsDayUrl(lang, date, part - 1) : undefined);
      expect(step('next')).toBe(part < parts ? correctionsDayUrl(lang, date, part + 1) : undefined);
    }
  });

  it.each(LANGS)('%s: each page of a long day names its day\'s map of entries to parts (parts.json), which lists every entry on the part that holds it', (lang) => {
    for (const { date, part, parts } of correctionDayParts()) {
      const nav = page(correctionsDayUrl(lang, date, part)).querySelector('nav.day-parts');
      if (parts === 1) continue;
      expect(nav!.getAttribute('data-entry-map')).toBe(correctionsDayMapUrl(lang, date));
      expect(JSON.parse(readFileSync(fileFor(correctionsDayMapUrl(lang, date)), 'utf8'))).toEqual(correctionDayMap(lang, date));
    }
  });

  // Every page an entry names, of every kind (code, comparison, unregistered code, guide, class,
  // Q.850 table), must carry a note linking to that entry: the reader of the page learns it changed.
  it.each(LANGS)('%s: each corrected page links to its entry in the log, and the log links back to the page', (lang) => {
    const missing: string[] = [];
    for (const entry of CORRECTIONS) {
      const article = page(partPath(lang, entry.id)).querySelector(`article#${entry.id}`);
      for (const corrected of entry.pages) {
        if ('comparisonsWith' in corrected || 'allComparisons' in corrected) continue; // sets of pages, checked in unit tests
        const { href } = correctedPageLink(lang, corrected);
        const note = page(href).querySelectorAll('.correction-note a').map((a) => a.getAttribute('href'));
        // A code page lists its latest day's entries and links the others through the log's list of its corrections.
        const list = 'code' in corrected ? correctionsCodeUrl(lang, corrected.code) : undefined;
        const viaList = list !== undefined && note.includes(list) && page(list).querySelectorAll('main li a').some((a) => a.getAttribute('href') === correctionUrl(lang, entry));
        if (!note.includes(correctionUrl(lang, entry)) && !viaList) missing.push(`${href} has no note for ${entry.id}`);
        if (!article?.querySelectorAll('a').some((a) => a.getAttribute('href') === href)) missing.push(`log entry ${entry.id} does not link ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // Every link to the log from any page (notes, the index and its lines by code page): a log page
  // that exists, and for an entry, the page of its day with that entry's article at the anchor.
  it('every link to an entry, on any page, reaches the entry\'s article on an existing day page', () => {
    const articles = new Map<string, Set<string>>();
    const articlesOn = (path: string) => {
      let ids = articles.get(path);
      if (!ids) articles.set(path, (ids = new Set(exists(path) ? page(path).querySelectorAll('article.correction').map((a) => a.id) : [])));
      return ids;
    };
    const wrong: string[] = [];
    let checked = 0;
    for (const from of localized()) {
      for (const a of page(from).querySelectorAll('a[href*="/corrections/"]')) {
        const href = a.getAttribute('href')!;
        const [path, id] = href.split('#') as [string, string | undefined];
        if (!exists(path)) wrong.push(`${from} → ${href} (no page)`);
        else if (id && byId.has(id)) {
          checked++;
          if (!articlesOn(path).has(id) || path !== partPath(langOfPath(path)!, id)) wrong.push(`${from} → ${href} (not the entry's day page)`);
        } else if (id && !page(path).querySelector(`[id="${id}"]`)) wrong.push(`${from} → ${href} (no such anchor)`);
        if (wrong.length >= 20) break;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(CORRECTIONS.length);
  });
});

describe('corrections note on a code page', () => {
  it.each(LANGS)('%s: lists up to three entries of the latest day by title and links the others through the log\'s list of the page\'s corrections', (lang) => {
    const entries = CORRECTIONS.filter((e) => e.pages.some((p) => 'code' in p && p.code === 486));
    const listed = entries.filter((e) => e.date === entries[0]!.date).slice(0, 3);
    const links = page(codeUrl(lang, 486)).querySelectorAll('.correction-note a').map((a) => a.getAttribute('href'));
    for (const e of entries) expect(links.includes(correctionUrl(lang, e)), e.id).toBe(listed.includes(e));
    expect(links).toContain(correctionsCodeUrl(lang, 486));
    const list = page(correctionsCodeUrl(lang, 486)).querySelectorAll('main li a').map((a) => a.getAttribute('href'));
    for (const e of entries) expect(list).toContain(correctionUrl(lang, e));
  });

  it('ja: the link to the other corrections is a sentence of its own, after the quoted titles', () => {
    const text = page(codeUrl('ja', 486)).querySelector('.correction-note')!.text;
    expect(text).toMatch(/」。このページにはほかに \d+ 件の訂正がある。$/);
  });
});

describe('hangup causes of a code page', () => {
  it('RFC 4497 row lists the causes its NOTEs send the code for: 44 for 503 (NOTE 2), 16 and 44 for 500 (NOTE 3, NOTE 2)', () => {
    const row = (code: number) => page(codeUrl('en', code)).querySelectorAll('tr').find((tr) => tr.querySelector('th')?.text === 'RFC 4497')!.text;
    expect(row(503)).toContain('44 (NOTE 2)');
    expect(row(500)).toContain('16 (NOTE 3)');
    expect(row(500)).toContain('44 (NOTE 2)');
    expect(row(480)).not.toContain('NOTE');
  });
});

describe('header rows', () => {
  it('name the methods a requirement holds for (489 Allow-Events: MUST in a 489 to PUBLISH, RFC 3903 §11.1.1)', () => {
    expect(page(codeUrl('en', 489)).querySelector('main')!.text).toContain('In this response, to PUBLISH · MUST');
    expect(page(codeUrl('ja', 489)).querySelector('main')!.text).toContain('PUBLISH への応答・必須（MUST');
  });

  it('say when a requirement holds only under the condition in the note (494 Require: a server that starts the agreement, RFC 3329 §2.3.2)', () => {
    expect(page(codeUrl('en', 494)).querySelector('main')!.text).toContain('In this response · if the condition in the note holds · MUST');
    expect(page(codeUrl('ja', 494)).querySelector('main')!.text).toContain('この応答・注記の条件を満たす場合・必須（MUST');
    expect(page(codeUrl('en', 405)).querySelector('main')!.text).toContain('In this response · MUST');
  });
});

describe('code pages', () => {
  it.each(LANGS.flatMap((lang) => CODES.map((e) => [lang, e.code] as const)))('%s %i shows the registered phrase and links the defining RFC section', (lang, code) => {
    const entry = CODES.find((e) => e.code === code)!;
    const doc = page(codeUrl(lang, code));
    expect(doc.querySelector('h1')?.text).toContain(`${code} ${entry.phrase}`);
    const rfcLinks = doc.querySelectorAll('a.rfc').map((a) => a.getAttribute('href'));
    for (const ref of entry.refs) {
      const [, rfc, section] = /^RFC(\d+) §(.+)$/.exec(ref)!;
      expect(rfcLinks).toContain(`https://www.rfc-editor.org/rfc/rfc${rfc}.html#section-${section}`);
    }
  });

  it('link to their comparison with every other code, in order of number', () => {
    const wrong: string[] = [];
    for (const lang of LANGS) {
      for (const entry of CODES) {
        const links = page(codeUrl(lang, entry.code)).querySelectorAll('ul.compare-all a').map((a) => [a.text, a.getAttribute('href')]);
        const others = CODES.filter((e) => e.code !== entry.code);
        const expected = others.map((e) => [String(e.code), compareUrl(lang, entry.code, e.code)]);
        if (JSON.stringify(links) !== JSON.stringify(expected)) wrong.push(codeUrl(lang, entry.code));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('carry DefinedTerm and BreadcrumbList structured data', () => {
    for (const lang of LANGS) {
      for (const entry of CODES) {
        const json = JSON.parse(page(codeUrl(lang, entry.code)).querySelector('script[type="application/ld+json"]')!.text);
        const types = json['@graph'].map((n: { '@type': string }) => n['@type']);
        expect(types).toEqual(['DefinedTerm', 'BreadcrumbList']);
        expect(json['@graph'][0].termCode).toBe(String(entry.code));
      }
    }
  });
});

describe('call flows, example messages and interworking on code pages', () => {
  it.each(LANGS)('%s: every code page has a labelled SVG ladder diagram, the same flow as text, and example messages', (lang) => {
    const problems: string[] = [];
    for (const entry of CODES) {
      const doc = page(codeUrl(lang, entry.code));
      const svg = doc.querySelector('#flow ~ figure svg[role=img], section[aria-labelledby=flow] svg[role=img]');
      if (!svg?.querySelector('title')?.text || !svg.querySelector('desc')?.text) problems.push(`${entry.code}: no titled SVG`);
      if (svg && !svg.querySelector('.step.own')) problems.push(`${entry.code}: the diagram does not show ${entry.code}`);
      const steps = doc.querySelectorAll('.flow-text li').length;
      if (steps !== entry.flow?.steps.length) problems.push(`${entry.code}: ${steps} text steps`);
      const pres = doc.querySelectorAll('section[aria-labelledby=example] pre');
      // The parser keeps <pre> content raw: strip the markup (code, mark) before reading it.
      const responseText = pres[1]?.text.replace(/<[^>]+>/g, '') ?? '';
      if (pres.length !== 2 || !responseText.startsWith(`SIP/2.0 ${entry.code} ${entry.phrase}`)) problems.push(`${entry.code}: example messages missing`);
      if (doc.querySelectorAll('button[data-copy]').some((b) => b.getAttribute('hidden') === null)) problems.push(`${entry.code}: copy button visible without script`);
    }
    expect(problems).toEqual([]);
  });

  it('shows the RFC 3398 cause mapping where it applies, and the Q.850 table page in both languages', () => {
    const en486 = page(codeUrl('en', 486)).querySelector('section[aria-labelledby=interworking]')!.text;
    expect(en486).toContain('with cause 17 (User busy) (RFC 3398 §8.2.6.1).');
    expect(en486).toContain('Reason: Q.850;cause=17');
    expect(page(codeUrl('ja', 486)).querySelector('section[aria-labelledby=interworking]')!.text).toContain('理由表示（cause 値）を 17（着ユーザビジー）とすることを推奨している（RFC 3398 §8.2.6.1）。');
    for (const lang of LANGS) expect(exists(`/${lang}/q850/`)).toBe(true);
    expect(page(codeUrl('en', 100)).querySelector('section[aria-labelledby=interworking]')).toBeNull();
  });

  it('warns where HTTP uses the same number differently', () => {
    expect(page(codeUrl('en', 429)).querySelector('section[aria-labelledby=http]')!.text).toContain('Too Many Requests');
    expect(page(codeUrl('ja', 423)).querySelector('section[aria-labelledby=http]')!.text).toContain('Locked');
    expect(page(codeUrl('en', 486)).querySelector('section[aria-labelledby=http]')).toBeNull();
  });
});

describe('the 202 vs 412 comparison', () => {
  it.each(LANGS)('%s: explains the deprecation of 202 with RFC 6665 §8.3.1 and RFC 7647 §5, and the headers of both flows', (lang) => {
    const doc = page(compareUrl(lang, 202, 412));
    const links = doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.rfc-editor.org/rfc/rfc6665.html#section-8.3.1');
    expect(links).toContain('https://www.rfc-editor.org/rfc/rfc7647.html#section-5');
    const text = doc.querySelector('main')!.text;
    for (const term of ['SIP-If-Match', 'SIP-ETag', 'Refer-To', 'Event: refer', 'message/sipfrag', 'NOTIFY']) expect(text).toContain(term);
    const json = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
    expect(json['@graph'][0]['@type']).toBe('TechArticle');
  });

  it('links each code page from the comparison and back', () => {
    const doc = page(compareUrl('en', 202, 412));
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([codeUrl('en', 202), codeUrl('en', 412)]));
    const back = page(codeUrl('en', 412)).querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(back).toContain(compareUrl('en', 202, 412));
  });
});

describe('which comparison pages search engines index', () => {
  it.each(LANGS)('%s: pairs with a guide or a related code are indexed, every other pair says noindex, follow', (lang) => {
    const guided = new Set(readdirSync(join('content', 'compare', 'en')).map((f) => f.replace(/\.mdx$/, '')));
    const wrong = CODES.flatMap((a, i) => CODES.slice(i + 1).map((b) => [a, b] as const)).filter(([a, b]) => {
      const robots = page(compareUrl(lang, a.code, b.code)).querySelector('meta[name=robots]')?.getAttribute('content');
      return isIndexablePair(a, b, guided) ? robots !== undefined : robots !== 'noindex, follow';
    });
    expect(wrong.map(([a, b]) => `${a.code}-vs-${b.code}`)).toEqual([]);
    expect(page(compareUrl(lang, 480, 486)).querySelector('meta[name=robots]')).toBeNull();
    expect(page(compareUrl(lang, 100, 503)).querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, follow');
  });
});

describe('search index and sitemap', () => {
  it('builds a Pagefind index for each language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
  });

  // The search list shows each result's title and link from this table before its fragment loads.
  it.each(['en', 'ja'])('%s: the search table names every indexed page with the title search shows and its URL', (lang) => {
    const table = JSON.parse(readFileSync(join(DIST, 'pagefind', searchTableFile(lang)), 'utf8')) as SearchTable;
    const ids = readdirSync(join(DIST, 'pagefind', 'fragment')).filter((f) => f.startsWith(`${lang}_`)).map((f) => f.replace(/\.pf_fragment$/, ''));
    expect(Object.keys(table.pages).sort()).toEqual(ids.sort());
    const wrong = ids.flatMap((id) => {
      const summary = describePage(lang, table, id)!;
      // The title Pagefind records: the page's own meta title, otherwise its <h1>.
      const doc = page(summary.url);
      const title = doc.querySelector('[data-pagefind-meta^="title:"]')?.getAttribute('data-pagefind-meta')?.slice('title:'.length) ?? doc.querySelector('h1')?.text.replace(/\s+/g, ' ').trim();
      return title === summary.title && summary.url.startsWith(`/${lang}/`) ? [] : [`${id}: ${summary.url} ${summary.title} (page: ${title})`];
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  // Search finds a comparison by its title; the computed lead repeats the two codes' summaries, which
  // their own pages carry, and once made four fifths of each language's index. A hand-written guide's
  // summary is the comparison's own text and stays searchable.
  it.each(LANGS)('%s: a comparison page indexes its title and a guide summary, not the computed lead', (lang) => {
    const indexedParagraphs = (a: number, b: number) => {
      const body = page(compareUrl(lang, a, b)).querySelector('[data-pagefind-body]')!;
      expect(body.querySelector('h1')).not.toBeNull();
      return body.querySelectorAll('p, h2').filter((el) => !el.closest('[data-pagefind-ignore]')).length;
    };
    expect(indexedParagraphs(100, 503)).toBe(0);
    expect(indexedParagraphs(480, 486)).toBe(1);
  });

  it('lists every localized page in the sitemap with its language alternates', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const skipped = (p: string) => page(p).querySelector('meta[name=robots]')?.getAttribute('content')?.includes('noindex');
    expect(locs.sort()).toEqual(localized().filter((p) => !p.includes('/compare/') || !skipped(p)).sort());
    const entry = xml.split('\n').find((line) => line.includes(`<loc>${new URL(codeUrl('ja', 412), SITE_URL).href}</loc>`));
    expect(entry).toContain(`hreflang="en" href="${new URL(codeUrl('en', 412), SITE_URL).href}"`);
    expect(entry).toContain(`hreflang="x-default" href="${new URL(codeUrl('en', 412), SITE_URL).href}"`);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap.xml', SITE_URL).href}`);
  });
});

describe('Japanese punctuation, Q.850 names and titles on /ja/ pages', () => {
  const JA = '\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff60';
  // Also a stray backtick: inline code the template printed instead of rendering, and two brackets
  // side by side, 「（SHOULD）（RFC …）」, which the Japanese write as one, 「（SHOULD、RFC …）」.
  const BAD = new RegExp(`。 |）（|[${JA}] ?[,;()]|[,;()][${JA}]|[${JA}]: |\``);
  /** The text of a page block by block (<main> and the footer), code and English-only cells set aside. */
  function templateBlocks(path: string): string[] {
    const doc = parse(readFileSync(fileFor(path), 'utf8'));
    const roots = [doc.querySelector('main'), doc.querySelector('footer')].filter((el) => el !== null);
    for (const root of roots) {
      root.querySelectorAll('pre, [lang=en]').forEach((el) => el.remove());
      root.querySelectorAll('code').forEach((el) => el.replaceWith('X'));
    }
    return roots.flatMap((root) => root.querySelectorAll('p, li, dd, dt, td, th, h1, h2, h3, figcaption').filter((el) => !el.querySelector('p, li, dd, td')).map((el) => el.textContent.replace(/\s+/g, ' ').trim()));
  }
  const jaPages = () => [
    homeUrl('ja'),
    codesIndexUrl('ja'),
    localePath('ja', 'q850'),
    ...CLASSES.map((c) => classUrl('ja', c.klass)),
    ...CODES.map((e) => codeUrl('ja', e.code)),
    ...UNREGISTERED.map((u) => unregisteredUrl('ja', u.code)),
  ];

  it('（）：、・ and no space after 「。」 on every /ja/ page that is not a comparison, templates and prose alike', () => {
    const problems = jaPages().flatMap((p) => templateBlocks(p).filter((text) => BAD.test(text)).map((text) => `${p}: ${text.slice(0, 80)}`));
    expect(problems).toEqual([]);
  });

  it('comparison pages, computed lead and curated guide included, have no space after 「。」 and no half-width punctuation next to Japanese', () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      const path = compareUrl('ja', a, b);
      const main = parse(readFileSync(fileFor(path), 'utf8')).querySelector('main')!;
      main.querySelectorAll('pre, [lang=en]').forEach((el) => el.remove());
      main.querySelectorAll('code').forEach((el) => el.replaceWith('X'));
      for (const el of main.querySelectorAll('p, li, dd, dt, td, th, h1, h2, h3')) {
        if (el.querySelector('p, li, dd, td')) continue;
        const text = el.textContent.replace(/\s+/g, ' ').trim();
        if (BAD.test(text)) problems.push(`${path}: ${text.slice(0, 80)}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('no /ja/ page puts a half-width space between two Japanese characters (「では どの」), within one run of text', () => {
    const between = new RegExp(`[${JA}] [${JA}]`);
    const problems: string[] = [];
    for (const path of allPages().filter((p) => p.startsWith('/ja/'))) {
      const html = readFileSync(fileFor(path), 'utf8').replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, '<x>');
      for (const [, text] of html.matchAll(/>([^<]+)</g)) if (between.test(text!)) problems.push(`${path}: ${text!.trim().slice(0, 80)}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('no /ja/ page nests 「」 inside 「」 (an inner quotation takes 『』)', () => {
    const problems: string[] = [];
    for (const path of allPages().filter((p) => p.startsWith('/ja/'))) {
      const text = readFileSync(fileFor(path), 'utf8')
        .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, '');
      let depth = 0;
      for (const [i, char] of [...text].entries()) {
        if (char === '」') depth = Math.max(0, depth - 1);
        else if (char === '「' && ++depth > 1) {
          problems.push(`${path}: ${[...text].slice(Math.max(0, i - 30), i + 20).join('')}`);
          break;
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('no page follows one section citation with another in brackets of its own: "(RFC 3261 §11.2) (RFC 3261 §13.3.1.4)" reads as if both backed the last sentence', () => {
    const twice = /[(（]RFC \d{4}[^()（）]*[)）] ?[(（]RFC \d{4}/;
    const problems: string[] = [];
    // The corrections log quotes such pairs in telling what a page said.
    for (const path of localized().filter((p) => !p.includes('/corrections/'))) {
      const text = readFileSync(fileFor(path), 'utf8')
        .replace(/<(script|style|pre)\b[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
      const match = twice.exec(text);
      if (match) problems.push(`${path}: ${text.slice(Math.max(0, match.index - 40), match.index + 60)}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('the "(default)" mark of stack values has a space before it in English and none in Japanese', () => {
    const problems: string[] = [];
    for (const path of localized().filter((p) => /\/(q850|stacks|codes)\//.test(p))) {
      const text = readFileSync(fileFor(path), 'utf8').replace(/<[^>]+>/g, '');
      const bad = path.startsWith('/en/') ? /[^\s“]\(default\)/ : / （既定の分岐）/;
      const match = bad.exec(text);
      if (match) problems.push(`${path}: ${text.slice(Math.max(0, match.index - 20), match.index + 20)}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('no /ja/ page names a Q.850 cause in English (JT-Q850 names instead)', () => {
    const english = Object.values(CAUSES).map((c) => c.name.toLowerCase());
    const problems: string[] = [];
    for (const path of localized().filter((p) => p.startsWith('/ja/'))) {
      const scope = parse(readFileSync(fileFor(path), 'utf8')).querySelector('main');
      if (!scope) continue;
      scope.querySelectorAll('code, pre, [lang=en]').forEach((el) => el.remove());
      const text = scope.text.toLowerCase();
      problems.push(...english.filter((name) => text.includes(name)).map((name) => `${path}: "${name}"`));
    }
    expect(problems.slice(0, 20)).toEqual([]);
    const i486 = page(codeUrl('ja', 486)).querySelector('section[aria-labelledby=interworking]')!.text;
    expect(i486).toContain('17（着ユーザビジー）');
    expect(page(codeUrl('ja', 403)).querySelector('section[aria-labelledby=interworking]')!.text).toContain('21（通信拒否）');
  });

  it('call-flow labels keep the number on the name: 「UAS 1（着信側）」', () => {
    const svg = page(codeUrl('ja', 181)).querySelector('svg.flow')!.text;
    expect(svg).toContain('UAS 1（着信側）');
    expect(svg).not.toContain('（着信側） 1');
  });

  it('titles and descriptions carry what Japanese engineers search for', () => {
    const head = (path: string) => {
      const doc = page(path);
      return { title: doc.querySelector('title')!.text, description: doc.querySelector('meta[name=description]')!.getAttribute('content')! };
    };
    expect(head(codeUrl('ja', 486)).title).toBe('SIP 486 Busy Here（着信側話中）の意味・原因と対処');
    expect(head(codeUrl('ja', 404)).title).toBe('SIP 404 Not Found：意味・原因・対処');
    const wrongStart = CODES.filter((e) => !head(codeUrl('ja', e.code)).description.startsWith(`SIP ${e.code} ${e.phrase}（${e.text.ja.title}）：`));
    expect(wrongStart.map((e) => e.code)).toEqual([]);
    const home = head(homeUrl('ja')).title;
    for (const word of ['SIP', '一覧', 'レスポンスコード']) expect(home).toContain(word);
    expect(head(localePath('ja', 'q850')).title).toContain('理由表示');
    const long = jaPages().map((p) => [p, head(p).title] as const).filter(([, title]) => title.length > 70);
    expect(long).toEqual([]);
  });
});
