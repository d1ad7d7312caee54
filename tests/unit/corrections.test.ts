import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORRECTIONS, correctedPageLink, correctionDays, correctionsForCode, correctionsForPair, validateCorrections } from '../../src/lib/corrections';
import { codesIndexUrl, correctionUrl, correctionsDayUrl, correctionsUrl, stacksIndexUrl, traceUrl } from '../../src/lib/urls';
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

  it('links an entry to its anchor on the page of its day, under the base path', () => {
    expect(correctionUrl('en', { id: '408-failover', date: '2026-12-04' })).toBe('/en/corrections/2026-12-04/#408-failover');
    expect(correctionsDayUrl('ja', '2026-12-05')).toBe('/ja/corrections/2026-12-05/');
    vi.stubEnv('BASE_URL', '/sip-response-codes/');
    expect(correctionUrl('ja', { id: '408-failover', date: '2026-12-04' })).toBe('/sip-response-codes/ja/corrections/2026-12-04/#408-failover');
    expect(correctionsUrl('en')).toBe('/sip-response-codes/en/corrections/');
  });
});
