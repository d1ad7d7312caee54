import { describe, expect, it } from 'vitest';
import { CODES, type CodeEntry } from '../../src/data';
import { GLOSSARY } from '../../src/i18n/glossary';

function allText(entry: CodeEntry, lang: 'en' | 'ja'): string {
  const t = entry.text[lang];
  return [t.title, t.summary, ...t.description, ...t.scenarios, ...t.fixes, ...entry.headers.map((h) => h.note[lang])].join('\n');
}

describe('Japanese text follows the glossary', () => {
  it.each(CODES.map((entry) => [entry.code, entry] as const))('%i avoids the spellings the glossary rules out', (_code, entry) => {
    const ja = allText(entry, 'ja');
    const found = GLOSSARY.flatMap((term) => (term.avoid ?? []).filter((bad) => ja.includes(bad)).map((bad) => `${bad} → ${term.ja}`));
    expect(found).toEqual([]);
  });

  it.each(CODES.map((entry) => [entry.code, entry] as const))('%i uses the Japanese term wherever the English uses the term', (_code, entry) => {
    const en = allText(entry, 'en');
    const ja = allText(entry, 'ja');
    const missing = GLOSSARY.filter((term) => term.required && term.match?.test(en) && !ja.includes(term.ja)).map(
      (term) => `${term.en} → ${term.ja}`,
    );
    expect(missing).toEqual([]);
  });
});
