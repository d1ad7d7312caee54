import { describe, expect, it } from 'vitest';
import { CODES, LANGS, RFC_REF_PATTERN } from '../../src/data';

describe('the data module', () => {
  it('holds codes in ascending order with no duplicates', () => {
    const numbers = CODES.map((entry) => entry.code);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  });

  it.each(CODES.map((entry) => [entry.code, entry] as const))('%i has every field in both languages', (_code, entry) => {
    for (const lang of LANGS) {
      const text = entry.text[lang];
      expect(text.title.trim()).not.toBe('');
      expect(text.summary.trim()).not.toBe('');
      expect(text.description.length).toBeGreaterThan(0);
      expect(text.scenarios.length).toBeGreaterThanOrEqual(2);
      expect(text.fixes.length).toBeGreaterThan(0);
    }
    // The two languages say the same number of things.
    expect(entry.text.ja.scenarios.length).toBe(entry.text.en.scenarios.length);
    expect(entry.text.ja.fixes.length).toBe(entry.text.en.fixes.length);
    expect(entry.text.ja.description.length).toBe(entry.text.en.description.length);
  });

  it.each(CODES.map((entry) => [entry.code, entry] as const))('%i cites well-formed RFC sections', (_code, entry) => {
    for (const ref of [...entry.refs, ...(entry.seeAlso ?? []), ...entry.headers.map((h) => h.ref)]) {
      expect(ref).toMatch(RFC_REF_PATTERN);
    }
  });
});

describe('no boilerplate', () => {
  it('no two codes share a sentence of their prose, in either language', () => {
    const seen = new Map<string, number>();
    const shared: string[] = [];
    for (const entry of CODES) {
      for (const lang of LANGS) {
        const t = entry.text[lang];
        const sentences = [...t.description, ...t.scenarios, ...t.fixes]
          .flatMap((p) => p.split(lang === 'ja' ? /。/ : /(?<=\.)\s+/))
          .map((x) => x.trim())
          .filter((x) => x.length >= 30);
        for (const sentence of new Set(sentences)) {
          const other = seen.get(sentence);
          if (other !== undefined && other !== entry.code) shared.push(`${other} and ${entry.code}: ${sentence}`);
          seen.set(sentence, entry.code);
        }
      }
    }
    expect(shared).toEqual([]);
  });
});
