/**
 * Punctuation that templates put between pieces of text, per language. Japanese pages use
 * full-width （）：、・ and no space between sentences; English uses ( ) : , and a space.
 * Templates take these from here instead of hard-coding "(", ": " or ", ".
 */
import type { Lang } from '../data/schema';

export interface Punctuation {
  /** Opens a parenthetical after a word: " (" in English, "（" in Japanese. */
  open: string;
  close: string;
  /** After a label: "Defined in: RFC 3261" / 「定義：RFC 3261」. */
  colon: string;
  /** Between the items of a list shown on its own (a table cell, a row of RFC links). */
  comma: string;
  /** Between the items of a list inside a sentence: English ", ", Japanese 「・」 (「、」 separates clauses). */
  item: string;
  /** Between alternatives that each carry their own note (also-seen phrases). */
  semicolon: string;
  /** Between links or labels in a row (footer, header labels): " · " / 「・」. */
  separator: string;
  /** Between two sentences: a space in English, nothing after 「。」. */
  sentenceGap: string;
  /** Ends a sentence. */
  period: string;
}

const PUNCTUATION: Record<Lang, Punctuation> = {
  en: { open: ' (', close: ')', colon: ': ', comma: ', ', item: ', ', semicolon: '; ', separator: ' · ', sentenceGap: ' ', period: '.' },
  ja: { open: '（', close: '）', colon: '：', comma: '、', item: '・', semicolon: '／', separator: '・', sentenceGap: '', period: '。' },
};

export function punctuation(lang: Lang): Punctuation {
  return PUNCTUATION[lang];
}

/**
 * `text (note)` / 「text（note）」. A Japanese note that has brackets of its own follows a colon
 * instead, 「text：note（…）」, so that brackets never nest.
 */
export function withParenthetical(lang: Lang, text: string, note: string): string {
  const p = PUNCTUATION[lang];
  if (lang === 'ja' && /[（(]/.test(note)) return `${text}${p.colon}${note}`;
  return `${text}${p.open}${note}${p.close}`;
}

/**
 * A label about to take a parenthetical whose content is markup (a linked citation): the label and
 * what goes before that content. A label that already ends in brackets takes it inside them, after a
 * comma, 「推奨（SHOULD、RFC 3261 §13.3.1.4）」, so that two brackets never stand side by side; the
 * caller closes with `close`.
 */
export function openParenthetical(lang: Lang, label: string): [string, string] {
  const p = PUNCTUATION[lang];
  return label.endsWith(p.close) ? [label.slice(0, -p.close.length), p.comma] : [label, p.open];
}

/** A requirement level as the RFCs write it in capitals, alone in a bracket: "(MAY)", 「（SHOULD NOT）」. */
const LEVEL = 'MUST NOT|MUST|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|REQUIRED|MAY|OPTIONAL';

/**
 * Computed text in which a citation follows a closing bracket takes no second bracket beside the first.
 * A requirement level takes the citation inside its bracket after a comma, "(MAY, RFC 5626 §4.2.1)",
 * 「（SHOULD、RFC 3261 §16.7）」, as code pages do (openParenthetical). In English, a reason phrase after
 * its code loses its brackets instead, "400 Bad Request (RFC 5626 §11.5)", so that the citation is not
 * read as part of the phrase; any other bracket takes the citation after a comma, as Japanese does with
 * every bracket.
 */
export function mergeCitationBrackets(lang: Lang, text: string): string {
  if (lang === 'ja') return text.replace(/）（(?=RFC \d)/g, '、');
  return text
    .replace(new RegExp(`\\((${LEVEL})\\) \\((?=RFC \\d)`, 'g'), '($1, ')
    .replace(/\b([1-6]\d\d) \(([^()]+)\) \((?=RFC \d)/g, '$1 $2 (')
    .replace(/\) \((?=RFC \d)/g, ', ');
}

/** Sentences in a row: separated by a space in English, run together after 「。」 in Japanese. */
export function joinSentences(lang: Lang, sentences: readonly string[]): string {
  return sentences.filter((s) => s.length > 0).join(PUNCTUATION[lang].sentenceGap);
}

/** `label: value` / 「label：value」. */
export function labelled(lang: Lang, label: string, value: string): string {
  return `${label}${PUNCTUATION[lang].colon}${value}`;
}

/**
 * A role label with a number tag: "UAS" + "1" → "UAS 1"; a label with a parenthetical keeps the
 * tag on the name, 「UAS（着信側）」 + "1" → 「UAS 1（着信側）」, never 「UAS（着信側） 1」.
 */
export function taggedLabel(label: string, tag: string | undefined): string {
  if (!tag) return label;
  const match = /^(.*?)(\s?[（(].*[)）])$/.exec(label);
  return match ? `${match[1]} ${tag}${match[2]}` : `${label} ${tag}`;
}

/**
 * Text about to be put inside 「」: its own 「」 become 『』, as Japanese nests quotations
 * (「480：『現在応対できない』と訂正」, not 「480：「現在応対できない」と訂正」).
 */
export function nestedQuotes(text: string): string {
  return text.replace(/「/g, '『').replace(/」/g, '』');
}
