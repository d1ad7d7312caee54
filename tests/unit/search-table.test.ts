import { describe, expect, it } from 'vitest';
import { buildSearchTable, describePage, type PageSummary } from '../../src/lib/search-table';

const pages = new Map<string, PageSummary>([
  ['en_aaa', { kind: 'reference', url: '/en/codes/486/', title: '486 Busy Here' }],
  ['en_bbb', { kind: 'guide', url: '/en/guides/rejecting-calls/', title: 'Rejecting calls' }],
  ['en_ccc', { kind: 'compare', url: '/en/compare/480-vs-486/', title: '480 vs 486: Temporarily Unavailable / Busy Here' }],
  ['en_ddd', { kind: 'compare', url: '/en/compare/486-vs-600/', title: '486 vs 600: Busy Here / Busy Everywhere' }],
  ['en_eee', { kind: 'compare', url: '/en/compare/480-vs-600/', title: '480 vs 600: Temporarily Unavailable / Busy Everywhere' }],
]);

describe('search table', () => {
  it('gives back every page exactly as indexed, comparisons stored as their two codes', () => {
    const table = buildSearchTable('en', pages);
    for (const [id, page] of pages) expect(describePage('en', table, id)).toEqual(page);
    expect(table.pages['en_ccc']).toBe('480-486');
    expect(table.names).toEqual({ 480: 'Temporarily Unavailable', 486: 'Busy Here', 600: 'Busy Everywhere' });
  });

  it('stores in full a comparison whose title or URL does not follow the pattern, and a code named two ways', () => {
    const odd = new Map(pages);
    odd.set('en_fff', { kind: 'compare', url: '/en/compare/100-vs-180/', title: 'Trying or Ringing?' });
    odd.set('en_ggg', { kind: 'compare', url: '/en/compare/181-vs-182/', title: '181 vs 182: Forwarded / Queued' });
    odd.set('en_hhh', { kind: 'compare', url: '/en/compare/181-vs-183/', title: '181 vs 183: Call Is Being Forwarded / Session Progress' });
    odd.set('en_iii', { kind: 'compare', url: '/en/compare/other/', title: '200 vs 202: OK / Accepted' });
    const table = buildSearchTable('en', odd);
    for (const [id, page] of odd) expect(describePage('en', table, id)).toEqual(page);
    expect(table.pages['en_fff']).toEqual(['compare', '/en/compare/100-vs-180/', 'Trying or Ringing?']);
    expect(table.names['181']).toBeUndefined();
    expect(Array.isArray(table.pages['en_iii'])).toBe(true);
  });

  it('knows nothing of a page it was not built with', () => {
    expect(describePage('en', buildSearchTable('en', pages), 'en_zzz')).toBeUndefined();
  });
});
