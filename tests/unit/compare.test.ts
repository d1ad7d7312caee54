import { describe, expect, it } from 'vitest';
import { CODES, getCode } from '../../src/data';
import { compareCodes, methodOverlap } from '../../src/lib/compare';
import { differenceSentences, sharedAspects } from '../../src/lib/compare-text';

const named = (code: number, lang: 'en' | 'ja') => {
  const e = getCode(code);
  return { code, name: lang === 'ja' ? e.text.ja.title : e.phrase, klass: e.klass };
};

describe('methodOverlap', () => {
  it('tells codes that can never answer the same request', () => {
    expect(methodOverlap(['PUBLISH'], ['SUBSCRIBE', 'REFER'])).toEqual({ kind: 'disjoint' });
    expect(methodOverlap(['INVITE', 'BYE'], ['INVITE'])).toEqual({ kind: 'shared', shared: ['INVITE'] });
    expect(methodOverlap('any', ['INVITE'])).toEqual({ kind: 'one-any', specific: 'b' });
    expect(methodOverlap('any', 'any')).toEqual({ kind: 'both-any' });
  });
});

describe('compareCodes', () => {
  it('orders the pair lower code first whatever the argument order', () => {
    const c = compareCodes(getCode(412), getCode(202));
    expect([c.a.code, c.b.code]).toEqual([202, 412]);
  });

  it('refuses to compare a code with itself', () => {
    expect(() => compareCodes(getCode(412), getCode(412))).toThrow(/itself/);
  });

  it('finds what differs between 202 and 412 from their facts, and what they share', () => {
    const c = compareCodes(getCode(202), getCode(412));
    expect(c.differs).toEqual(expect.arrayContaining(['status', 'class', 'methods', 'sentBy', 'retry', 'headers', 'rfcs']));
    expect(c.methods).toEqual({ kind: 'disjoint' });
    expect(c.shares).toEqual(expect.arrayContaining(['finality', 'scope', 'failover']));
    expect(c.differs.filter((k) => c.shares.includes(k))).toEqual([]);
  });

  it('says each difference once, naming both codes, in both languages', () => {
    for (const [a, b] of CODES.flatMap((x, i) => CODES.slice(i + 1).map((y) => [x.code, y.code] as const))) {
      const c = compareCodes(getCode(a), getCode(b));
      for (const lang of ['en', 'ja'] as const) {
        const sentences = differenceSentences(lang, c, named(a, lang), named(b, lang)).map((d) => d.sentence).filter(Boolean);
        expect(sentences.length > 0).toBe(c.differs.length > 0);
        expect(new Set(sentences).size).toBe(sentences.length);
        for (const s of sentences) {
          expect(s).toContain(String(a));
          expect(s).not.toMatch(/undefined|NaN|\[object/);
          if (lang === 'ja') {
            expect(s).toMatch(/[\u3040-\u30ff]/);
            // Japanese style: a half-width space between Japanese and Latin words or numbers.
            expect(s).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3040-\u30ff\u4e00-\u9fff]/);
          }
        }
      }
    }
  });

  it('lists shared properties with their value, leaving out an empty header set', () => {
    const c = compareCodes(getCode(202), getCode(412));
    const shared = sharedAspects('en', c);
    expect(shared.find((s) => s.aspect === 'failover')?.value).toBe('No');
    expect(shared.some((s) => s.aspect === 'headers')).toBe(false);
  });
});
