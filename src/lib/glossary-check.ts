import type { CodeEntryInput } from '../data/schema';
import { GLOSSARY } from '../i18n/glossary';

function allText(entry: CodeEntryInput, lang: 'en' | 'ja'): string {
  const t = entry.text[lang];
  return [t.title, t.summary, ...t.description, ...t.scenarios, ...t.fixes, ...entry.headers.map((h) => h.note[lang])].join('\n');
}

/** Where an entry's Japanese text departs from the glossary, one line per problem. */
export function glossaryProblems(entry: CodeEntryInput): string[] {
  const en = allText(entry, 'en');
  const ja = allText(entry, 'ja');
  const problems: string[] = [];
  for (const term of GLOSSARY) {
    for (const bad of term.avoid ?? []) {
      if (ja.includes(bad)) problems.push(`${entry.code}: text.ja: writes "${bad}"; the glossary says "${term.ja}"`);
    }
    if (term.required && term.match?.test(en) && !ja.includes(term.ja)) {
      problems.push(`${entry.code}: text.ja: the English says "${term.en}" but the Japanese never uses "${term.ja}"`);
    }
  }
  return problems;
}
