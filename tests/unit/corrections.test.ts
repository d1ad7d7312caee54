import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORRECTIONS, CORRECTIONS_PER_PAGE, correctedPageLink, correctionDayMap, correctionDayParts, correctionDays, correctionUrl, correctionsForCode, correctionsForPair, validateCorrections } from '../../src/lib/corrections';
import { codesIndexUrl, correctionsDayUrl, correctionsUrl, stacksIndexUrl, traceUrl } from '../../src/lib/urls';
import { CODES } from '../../src/data';
import { sectionTitle } from '../../src/lib/rfc';

const good = {
  id: '408-failover-after-timeout',
  date: '2026-12-04',
  title: { en: '408: fail over after a client timeout', ja: '408：タイムアウト後のフェイルオーバー' },
  pages: [{ code: 408 }, { compare: [408, 504] }],
  wrong: { en: 'The page said never to fail over.', ja: 'フェイルオーバーしないと書いていた。' },
  now: { en: 'It says when to fail over (RFC 3263 §4.3).', ja: 'フェイルオーバーする場合を示す（RFC 3263 §4.3）。' },
  sources: [{ ref: 'RFC3263 §4.3', quote: 'If a failure occurs, the client SHOULD create a new request' }],
};
const broken = (patch: object) => ({ ...good, ...patch });
const problems = (inputs: unknown[]) => {
  try {
    validateCorrections(inputs);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('corrections log data', () => {
  it('accepts a well-formed entry', () => {
    expect(validateCorrections([good])).toHaveLength(1);
  });

  it('fails naming the entry and the field', () => {
    expect(problems([broken({ pages: [{ code: 999 }] })])).toContain('408-failover-after-timeout: pages.0.code: unknown code 999');
    expect(problems([broken({ pages: [{ compare: [504, 408] }] })])).toContain('408-failover-after-timeout: pages.0.compare: put the lower code first');
    expect(problems([broken({ pages: [{ guide: 'no-such-guide' }] })])).toContain('408-failover-after-timeout: pages.0.guide: must be one of the guides: failover, rejecting-calls');
    expect(problems([broken({ pages: [{ klass: 7 }] })])).toContain('408-failover-after-timeout: pages.0.klass: must be a class from 1 to 6');
    expect(problems([broken({ pages: [{ cause: 250 }] })])).toContain('408-failover-after-timeout: pages.0.cause: no page for cause 250');
    expect(problems([broken({ pages: [{ stack: 'yate' }] })])).toContain('408-failover-after-timeout: pages.0.stack: must be one of the stacks: asterisk, freeswitch');
    expect(problems([broken({ pages: [{ index: 'guides' }] })])).toContain('408-failover-after-timeout: pages.0.index: must be one of the index pages: codes, stacks');
    expect(problems([broken({ sources: [{ ref: 'RFC 3263 4.3', quote: 'x' }] })])).toContain('408-failover-after-timeout: sources.0.ref: must look like');
    expect(problems([broken({ sources: [{ ref: 'RFC3263 §4.9', quote: 'x' }] })])).toContain('408-failover-after-timeout: sources.0.ref: RFC 3263 has no section 4.9');
    expect(problems([broken({ wrong: { en: 'Only English.' } })])).toContain('408-failover-after-timeout: wrong.ja:');
    expect(problems([broken({ now: { en: 'x', ja: ' ' } })])).toContain('408-failover-after-timeout: now.ja: must not be empty');
    expect(problems([broken({ date: '2026-02-30' })])).toContain('408-failover-after-timeout: date: 2026-02-30 is not a calendar date');
    expect(problems([broken({ sources: [] })])).toContain('408-failover-after-timeout: sources: must quote at least one source');
    expect(problems([good, good])).toContain('408-failover-after-timeout: id: two entries share this id');
    expect(problems([broken({ id: 'Not An Anchor' })])).toContain('Not An Anchor: id: must be lowercase words');
  });

  it('holds only entries whose pages and sources exist', () => {
    const codes = new Set(CODES.map((e) => e.code));
    for (const entry of CORRECTIONS) {
      for (const page of entry.pages) {
        const named = 'code' in page ? [page.code] : 'compare' in page ? page.compare : 'comparisonsWith' in page ? [page.comparisonsWith] : [];
        for (const code of named) expect(codes, entry.id).toContain(code);
      }
      for (const source of entry.sources) {
        if (!('ref' in source)) {
          // Source code is cited at a commit, so the line quoted cannot move.
          if (source.url.startsWith('https://github.com/')) expect(source.url, entry.id).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(blob\/[0-9a-f]{40}\/|commit\/[0-9a-f]{40}$)/);
          continue;
        }
        const [, rfc, section] = /^RFC(\d+) §(.+)$/.exec(source.ref)!;
        expect(sectionTitle(Number(rfc), section!), `${entry.id}: ${source.ref}`).toBeDefined();
      }
    }
  });

  it('links an index page to that index in each language', () => {
    expect(correctedPageLink('en', { index: 'codes' }).href).toBe(codesIndexUrl('en'));
    expect(correctedPageLink('ja', { index: 'stacks' }).href).toBe(stacksIndexUrl('ja'));
    expect(correctedPageLink('ja', { index: 'stacks' }).label).toBe('スタック一覧');
    expect(correctedPageLink('en', { index: 'trace' }).href).toBe(traceUrl('en'));
    expect(correctedPageLink('ja', { index: 'corrections' }).href).toBe(correctionsUrl('ja'));
  });

  it('finds the entries of a code page and of a comparison page, in either order', () => {
    for (const entry of CORRECTIONS) {
      for (const page of entry.pages) {
        if ('code' in page) expect(correctionsForCode(page.code)).toContain(entry);
        else if ('comparisonsWith' in page) expect(correctionsForPair(page.comparisonsWith, page.comparisonsWith === 100 ? 180 : 100)).toContain(entry);
        else if ('allComparisons' in page) expect(correctionsForPair(486, 600)).toContain(entry);
        else if ('compare' in page) {
          expect(correctionsForPair(...page.compare)).toContain(entry);
          expect(correctionsForPair(page.compare[1], page.compare[0])).toContain(entry);
        }
      }
    }
  });
});

describe('the log by day', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('puts every entry on the page of its date, once, the days newest first and the entries in the log\'s order', () => {
    const days = correctionDays();
    expect(days.map((d) => d.date)).toEqual([...new Set(CORRECTIONS.map((e) => e.date))].sort().reverse());
    for (const day of days) expect(day.entries.every((e) => e.date === day.date), day.date).toBe(true);
    expect(days.flatMap((d) => d.entries)).toEqual([...CORRECTIONS]);
  });

  it('groups any entries by date, a day of several entries and a day of one', () => {
    const entry = (id: string, date: string) => ({ ...good, id, date }) as (typeof CORRECTIONS)[number];
    const days = correctionDays([entry('b', '2026-12-05'), entry('a', '2026-12-04'), entry('c', '2026-12-05')]);
    expect(days.map((d) => [d.date, d.entries.map((e) => e.id)])).toEqual([['2026-12-05', ['b', 'c']], ['2026-12-04', ['a']]]);
    expect(correctionDays([])).toEqual([]);
  });

  it('links an entry to its anchor on the page of its day that holds it, under the base path', () => {
    const parts = correctionDayParts();
    const entry = parts.find((p) => p.part === 1)!.entries[0]!;
    const later = parts.find((p) => p.part === 2)?.entries[0];
    expect(correctionUrl('en', entry)).toBe(`/en/corrections/${entry.date}/#${entry.id}`);
    if (later) expect(correctionUrl('en', later)).toBe(`/en/corrections/${later.date}/2/#${later.id}`);
    expect(correctionsDayUrl('ja', '2026-12-05')).toBe('/ja/corrections/2026-12-05/');
    expect(correctionsDayUrl('ja', '2026-12-05', 1)).toBe('/ja/corrections/2026-12-05/');
    expect(correctionsDayUrl('en', '2026-12-06', 3)).toBe('/en/corrections/2026-12-06/3/');
    expect(() => correctionsDayUrl('en', '2026-12-06', 0)).toThrow();
    expect(() => correctionUrl('en', { id: 'no-such-entry', date: '2026-12-04' })).toThrow(/no-such-entry/);
    vi.stubEnv('BASE_URL', '/sip-response-codes/');
    expect(correctionUrl('ja', entry)).toBe(`/sip-response-codes/ja/corrections/${entry.date}/#${entry.id}`);
    expect(correctionsDayUrl('ja', '2026-12-06', 2)).toBe('/sip-response-codes/ja/corrections/2026-12-06/2/');
    expect(correctionsUrl('en')).toBe('/sip-response-codes/en/corrections/');
  });

  it('links every entry of the log to the part of its day that holds it', () => {
    for (const { date, part, entries } of correctionDayParts()) {
      for (const e of entries) expect(correctionUrl('en', e), e.id).toBe(`${correctionsDayUrl('en', date, part)}#${e.id}`);
    }
  });
});

describe('the pages of a day', () => {
  const entry = (id: string, date: string) => ({ ...good, id, date }) as (typeof CORRECTIONS)[number];
  const day = (n: number, date = '2026-12-06') => Array.from({ length: n }, (_, i) => entry(`e${String(i + 1).padStart(4, '0')}`, date));
  const shape = (entries: (typeof CORRECTIONS)[number][], size?: number) =>
    correctionDayParts(entries, size).map((p) => [p.date, p.part, p.parts, p.first, p.last, p.total, p.entries.length]);

  it('puts at most 100 entries on a page', () => {
    expect(CORRECTIONS_PER_PAGE).toBe(100);
  });

  it('keeps a day of exactly 100 entries on one page, and starts a second page at the 101st', () => {
    expect(shape(day(100))).toEqual([['2026-12-06', 1, 1, 1, 100, 100, 100]]);
    expect(shape(day(101))).toEqual([
      ['2026-12-06', 1, 2, 1, 100, 101, 100],
      ['2026-12-06', 2, 2, 101, 101, 101, 1],
    ]);
    expect(shape(day(99))).toEqual([['2026-12-06', 1, 1, 1, 99, 99, 99]]);
    expect(shape(day(1))).toEqual([['2026-12-06', 1, 1, 1, 1, 1, 1]]);
    expect(correctionDayParts([])).toEqual([]);
  });

  it('cuts a long day in the log\'s order: 370 entries are 1–100, 101–200, 201–300, 301–370', () => {
    const entries = day(370);
    const parts = correctionDayParts(entries);
    expect(parts.map((p) => [p.part, p.first, p.last])).toEqual([[1, 1, 100], [2, 101, 200], [3, 201, 300], [4, 301, 370]]);
    expect(parts.flatMap((p) => p.entries)).toEqual(entries);
    for (const p of parts) expect(p.entries).toEqual(entries.slice(p.first - 1, p.last));
  });

  it('numbers the parts of each day on their own, days newest first, and takes any page size', () => {
    const entries = [...day(3, '2026-12-05'), ...day(5, '2026-12-06')];
    expect(shape(entries, 2)).toEqual([
      ['2026-12-06', 1, 3, 1, 2, 5, 2],
      ['2026-12-06', 2, 3, 3, 4, 5, 2],
      ['2026-12-06', 3, 3, 5, 5, 5, 1],
      ['2026-12-05', 1, 2, 1, 2, 3, 2],
      ['2026-12-05', 2, 2, 3, 3, 3, 1],
    ]);
    expect(() => correctionDayParts(entries, 0)).toThrow();
    expect(() => correctionDayParts(entries, 1.5)).toThrow();
  });

  it('maps a long day\'s entries to the parts that hold them (for forwarding old links), and has no map for a day of one part', () => {
    const entries = [...day(3, '2026-12-05'), ...day(5, '2026-12-06')];
    const parts = correctionDayParts(entries, 2);
    expect(correctionDayMap('en', '2026-12-06', parts)).toEqual({
      parts: [
        { url: correctionsDayUrl('en', '2026-12-06', 1), ids: ['e0001', 'e0002'] },
        { url: correctionsDayUrl('en', '2026-12-06', 2), ids: ['e0003', 'e0004'] },
        { url: correctionsDayUrl('en', '2026-12-06', 3), ids: ['e0005'] },
      ],
    });
    expect(correctionDayMap('ja', '2026-12-05', parts)!.parts.map((p) => p.url)).toEqual([correctionsDayUrl('ja', '2026-12-05', 1), correctionsDayUrl('ja', '2026-12-05', 2)]);
    expect(correctionDayMap('en', '2026-12-05', correctionDayParts(entries))).toBeUndefined();
    expect(correctionDayMap('en', '2026-12-07', parts)).toBeUndefined();
    // The log itself: every entry of a long day once, on the part correctionUrl names.
    for (const date of new Set(correctionDayParts().filter((p) => p.parts > 1).map((p) => p.date))) {
      for (const { url, ids } of correctionDayMap('en', date)!.parts) for (const id of ids) expect(correctionUrl('en', CORRECTIONS.find((e) => e.id === id)!)).toBe(`${url}#${id}`);
      expect(correctionDayMap('en', date)!.parts.flatMap((p) => p.ids)).toEqual(correctionDays().find((d) => d.date === date)!.entries.map((e) => e.id));
    }
  });

  it('puts every entry of the log on exactly one part, no part over the limit, in the order of the days', () => {
    const parts = correctionDayParts();
    const ids = parts.flatMap((p) => p.entries.map((e) => e.id));
    expect(ids).toEqual(correctionDays().flatMap((d) => d.entries.map((e) => e.id)));
    expect(new Set(ids).size).toBe(CORRECTIONS.length);
    for (const p of parts) {
      expect(p.entries.length, `${p.date} part ${p.part}`).toBeGreaterThan(0);
      expect(p.entries.length).toBeLessThanOrEqual(CORRECTIONS_PER_PAGE);
      expect(p.entries.length).toBe(p.last - p.first + 1);
      expect(p.entries.every((e) => e.date === p.date)).toBe(true);
    }
  });

});
