/**
 * Checks Japanese text against the glossary and the site's Japanese style (docs/ja-style.md):
 * - glossary terms: avoided spellings, calques, and terms the English requires;
 * - no run of two or more English words inside Japanese text, except names (registered reason
 *   phrases, also-seen phrases, HTTP phrases, header names, methods, tokens, standards, products);
 * - no ASCII space after 「。」 and no half-width , : ; ( ) next to Japanese characters;
 * - reason-phrase glosses without brackets, and Q.850 cause 21 never called 着信拒否.
 * The collectors gather every Japanese text of the site, each with where it lives.
 */
import type { CodeEntryInput } from '../data/schema';
import { CLASSES } from '../data/classes';
import { CAUSES, ISUP_TO_SIP, SIP_TO_ISUP } from '../data/q850';
import { HTTP_FALSE_FRIENDS } from '../data/http';
import { UNREGISTERED } from '../data/unregistered';
import { CORRECTION_ENTRIES } from '../data/corrections';
import { ENGLISH_NAMES, GLOSSARY, type JaTextKind } from '../i18n/glossary';

export interface JaText {
  /** Where the text lives, for the reader of a failure: "486 text.ja.fixes[1]", "content/guides/ja/failover.mdx:12". */
  where: string;
  text: string;
  kind: JaTextKind;
}

export interface JaProblem {
  where: string;
  rule: JaRule;
  /** The offending text, short. */
  match: string;
  message: string;
}

export type JaRule =
  | 'glossary'
  | 'required-term'
  | 'english-run'
  | 'space-after-period'
  | 'half-width-punctuation'
  | 'gloss-brackets'
  | 'cause-21'
  | 'particle-after-link'
  | 'strength-citation';

/** Kana, CJK ideographs, and full-width punctuation and forms. */
const JA = '\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff60';
const HAS_JA = new RegExp(`[${JA}]`);
// A colon right before Japanese is allowed: it ends a URI scheme (「tel:、」).
const HALF_WIDTH_PUNCT = new RegExp(`[${JA}] ?[,:;()]|[,;()][${JA}]`, 'g');
const SPACE_AFTER_PERIOD = /。[ \u00a0]/g;
/** A requirement level before its citation is joined with 、 as in （SHOULD、RFC 3261 §16.7）, never with 。. */
const STRENGTH_THEN_PERIOD = /（(?:MUST NOT|MUST|SHOULD NOT|SHOULD|MAY|NOT RECOMMENDED|RECOMMENDED|REQUIRED|OPTIONAL)。/g;
const CAUSE_21_AS_DECLINE = /(?:理由表示|cause|原因値)\s*21\s*[（「(]?\s*着信拒否/g;
/** Lower-case protocol tokens that read like words: SDP attributes and precondition values, URI parameters. */
const TOKENS = new Set([
  'sendrecv', 'sendonly', 'recvonly', 'inactive', 'qos', 'curr', 'des', 'conf', 'rport', 'lr', 'ob', 'maddr', 'gruu',
  'norefersub', 'tdialog', 'histinfo', 'jwscard', 'nonce', 'qop', 'opaque', 'sips', 'urn',
]);

export interface EnglishNames {
  /** Multi-word names, longest first. */
  phrases: readonly string[];
  /** English Q.850 cause names, lower case: never allowed in Japanese text, not even as a gloss. */
  causes: ReadonlySet<string>;
}

/** The English names that may stand in Japanese text: reason phrases of every kind, and ENGLISH_NAMES. */
export function englishNames(codes: readonly CodeEntryInput[]): EnglishNames {
  const phrases = new Set<string>([
    ...codes.map((c) => c.phrase),
    ...codes.flatMap((c) => (c.alsoSeen ?? []).map((s) => s.phrase)),
    ...UNREGISTERED.map((u) => u.phrase),
    ...HTTP_FALSE_FRIENDS.map((h) => h.httpPhrase),
    ...ENGLISH_NAMES,
  ]);
  return {
    phrases: [...phrases].filter((p) => p.includes(' ')).sort((a, b) => b.length - a.length),
    causes: new Set(Object.values(CAUSES).map((c) => c.name.toLowerCase())),
  };
}

/** The data module's inline code (`...`) and the MDX markup that is not text. */
function withoutCode(text: string): string {
  return text.replace(/`[^`]*`/g, 'X');
}

/** Runs of two or more plain English words (not names, not tokens) in one Latin stretch of a Japanese text. */
export function englishRuns(text: string, names: EnglishNames): string[] {
  let rest = withoutCode(text).replace(/[“”"‘’]/g, ' ');
  for (const phrase of names.phrases) rest = rest.split(phrase).join(' # ');
  // The English term glossed once after its Japanese, 「トランザクションだけの失敗（Transaction Only）」, may stay;
  // an English Q.850 cause name may not, even there.
  rest = rest.replace(/（([A-Za-z][A-Za-z ,'/-]*)）/g, (whole, inner: string) => (names.causes.has(inner.trim().toLowerCase()) ? whole : '#'));
  const runs: string[] = [];
  for (const stretch of rest.split(new RegExp(`[${JA}#]+`))) {
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 2) runs.push(run.join(' ').replace(/[,.;:]$/, ''));
      run = [];
    };
    for (const chunk of stretch.split(/\s+/)) {
      const word = chunk.replace(/[,.;:!?]$/, '');
      const plain = /^[A-Za-z][a-z]+$/.test(word) && !TOKENS.has(word.toLowerCase()) && word === chunk.replace(/[,.;:!?]$/, '');
      if (plain && chunk.length > 0) {
        run.push(chunk);
        // A word that ends a sentence or clause ends the run after it.
        if (/[.;:!?]$/.test(chunk)) flush();
      } else if (chunk.length > 0) {
        flush();
      }
    }
    flush();
  }
  return runs;
}

function avoidedSpellings(text: string, kind: JaTextKind): { bad: string; ja: string }[] {
  const found: { bad: string; ja: string }[] = [];
  for (const term of GLOSSARY) {
    if (term.allowIn?.includes(kind)) continue;
    for (const bad of term.avoid ?? []) {
      if (typeof bad === 'string') {
        if (text.includes(bad)) found.push({ bad, ja: term.ja });
      } else {
        const m = new RegExp(bad.source, bad.flags.replace('g', '')).exec(text);
        if (m) found.push({ bad: m[0], ja: term.ja });
      }
    }
  }
  return found;
}

/** Every style problem of one Japanese text. */
export function jaTextProblems(item: JaText, names: EnglishNames): JaProblem[] {
  const { where, kind } = item;
  // A function name written with its call parentheses, pjsip_sip2cause(), is code too.
  const text = withoutCode(item.text).replace(/\*\*/g, '').replace(/\w\(\)/g, 'X');
  const problems: JaProblem[] = [];
  const add = (rule: JaRule, match: string, message: string) => problems.push({ where, rule, match, message });
  for (const { bad, ja } of avoidedSpellings(text, kind)) add('glossary', bad, `writes "${bad}"; the glossary says "${ja}"`);
  if (!HAS_JA.test(text)) return problems;
  for (const run of englishRuns(item.text, names)) {
    add('english-run', run, `English words "${run}" inside Japanese text: translate them (names and registered phrases may stay)`);
  }
  for (const m of text.matchAll(SPACE_AFTER_PERIOD)) add('space-after-period', context(text, m.index), 'ASCII space after 「。」');
  for (const m of text.matchAll(STRENGTH_THEN_PERIOD)) add('strength-citation', m[0], 'write （SHOULD、RFC …）: a requirement level and its citation are joined with 、');
  for (const m of text.matchAll(HALF_WIDTH_PUNCT)) {
    add('half-width-punctuation', context(text, m.index), `half-width "${m[0].replace(/[^,:;()]/g, '')}" next to Japanese: use （）：、`);
  }
  for (const m of text.matchAll(CAUSE_21_AS_DECLINE)) add('cause-21', m[0], 'Q.850 cause 21 is 通信拒否 (JT-Q850); 着信拒否 is 603');
  if (kind === 'title' && /[（）()]/.test(text)) add('gloss-brackets', text, 'a reason-phrase gloss has no brackets: it is shown inside （）');
  return problems;
}

function context(text: string, index = 0): string {
  return text.slice(Math.max(0, index - 12), index + 14);
}

/** Where a code entry's Japanese text departs from the glossary's required terms (the English says "busy", the Japanese never 話中). */
export function requiredTermProblems(entry: CodeEntryInput): JaProblem[] {
  const join = (lang: 'en' | 'ja') => {
    const t = entry.text[lang];
    return [t.title, t.summary, ...t.description, ...t.scenarios, ...t.fixes, ...entry.headers.map((h) => h.note[lang])].join('\n');
  };
  const en = join('en');
  const ja = join('ja');
  return GLOSSARY.filter((term) => term.required && term.match?.test(en) && !ja.includes(term.ja)).map((term) => ({
    where: `${entry.code} text.ja`,
    rule: 'required-term' as const,
    match: term.ja,
    message: `the English says "${term.en}" but the Japanese never uses "${term.ja}"`,
  }));
}

/** Every Japanese text of one code entry. */
export function codeEntryTexts(entry: CodeEntryInput): JaText[] {
  const t = entry.text.ja;
  const at = (field: string) => `${entry.code} ${field}`;
  return [
    { where: at('text.ja.title'), text: t.title, kind: 'title' as const },
    { where: at('text.ja.summary'), text: t.summary, kind: 'prose' as const },
    ...t.description.map((text, i) => ({ where: at(`text.ja.description[${i}]`), text, kind: 'prose' as const })),
    ...t.scenarios.map((text, i) => ({ where: at(`text.ja.scenarios[${i}]`), text, kind: 'prose' as const })),
    ...t.fixes.map((text, i) => ({ where: at(`text.ja.fixes[${i}]`), text, kind: 'prose' as const })),
    ...entry.headers.map((h, i) => ({ where: at(`headers[${i}] ${h.name} note.ja`), text: h.note.ja, kind: 'prose' as const })),
    ...(entry.flow ? [{ where: at('flow.caption.ja'), text: entry.flow.caption.ja, kind: 'prose' as const }] : []),
    ...(entry.flow?.steps ?? []).flatMap((step, i) => (step.note ? [{ where: at(`flow.steps[${i}].note.ja`), text: step.note.ja, kind: 'prose' as const }] : [])),
    ...entry.keywords.ja.map((text, i) => ({ where: at(`keywords.ja[${i}]`), text, kind: 'keyword' as const })),
    ...(entry.alsoSeen ?? []).map((s, i) => ({ where: at(`alsoSeen[${i}].source.ja`), text: s.source.ja, kind: 'prose' as const })),
    // The code's own retry cell and next-step sentence, printed in the facts table and on every comparison page.
    ...(entry.facts.retry.label ? [{ where: at('facts.retry.label.ja'), text: entry.facts.retry.label.ja, kind: 'prose' as const }] : []),
    ...(entry.facts.retry.next ? [{ where: at('facts.retry.next.ja'), text: entry.facts.retry.next.ja, kind: 'prose' as const }] : []),
  ];
}

/** The Japanese of the other data modules: classes, unregistered codes, Q.850 causes and notes, HTTP notes. */
export function otherDataTexts(): JaText[] {
  const q850Notes = [...ISUP_TO_SIP.map((r) => ({ key: `cause ${r.cause}`, note: r.note })), ...SIP_TO_ISUP.map((r) => ({ key: `code ${r.code}`, note: r.note }))];
  return [
    ...CLASSES.flatMap((c) => [
      { where: `classes ${c.klass}xx summary.ja`, text: c.text.ja.summary, kind: 'prose' as const },
      ...c.text.ja.description.map((text, i) => ({ where: `classes ${c.klass}xx description.ja[${i}]`, text, kind: 'prose' as const })),
    ]),
    ...UNREGISTERED.flatMap((u) => [
      { where: `unregistered ${u.code} summary.ja`, text: u.text.ja.summary, kind: 'prose' as const },
      ...u.text.ja.origin.map((text, i) => ({ where: `unregistered ${u.code} origin.ja[${i}]`, text, kind: 'prose' as const })),
      ...u.text.ja.fixes.map((text, i) => ({ where: `unregistered ${u.code} fixes.ja[${i}]`, text, kind: 'prose' as const })),
    ]),
    ...Object.values(CAUSES).map((c) => ({ where: `q850 cause ${c.value} ja`, text: c.ja, kind: 'cause-name' as const })),
    ...q850Notes.flatMap(({ key, note }) => (note ? [{ where: `q850 ${key} note.ja`, text: note.ja, kind: 'prose' as const }] : [])),
    ...HTTP_FALSE_FRIENDS.map((h) => ({ where: `http ${h.code} note.ja`, text: h.note.ja, kind: 'prose' as const })),
  ];
}

/** The Japanese of the corrections log: each entry's title, what was wrong and what the pages say now. */
export function correctionTexts(): JaText[] {
  return CORRECTION_ENTRIES.flatMap((entry) =>
    (['title', 'wrong', 'now'] as const).map((field) => ({ where: `corrections ${entry.id} ${field}.ja`, text: entry[field].ja, kind: 'prose' as const })),
  );
}

/**
 * The string literals of a TypeScript source that contain Japanese, each with its line
 * (`${…}` placeholders read as "X"). Comments are skipped. For src/i18n/ja.ts.
 */
export function japaneseLiterals(file: string, source: string): JaText[] {
  const found: JaText[] = [];
  let i = 0;
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const readQuoted = (quote: string): string => {
    let out = '';
    i++;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        out += source[i + 1];
        i += 2;
      } else out += source[i++];
    }
    i++;
    return out;
  };
  const readTemplate = (): string => {
    let out = '';
    i++;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        out += source[i + 1];
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        i += 2;
        let depth = 1;
        while (i < source.length && depth > 0) {
          const c = source[i]!;
          if (c === '{') depth++;
          else if (c === '}') depth--;
          if (depth === 0) break;
          if (c === '`' || c === "'" || c === '"') scanLiteral();
          else i++;
        }
        i++;
        out += 'X';
      } else out += source[i++];
    }
    i++;
    return out;
  };
  const scanLiteral = () => {
    const start = i;
    const c = source[i];
    const text = c === '`' ? readTemplate() : readQuoted(c!);
    if (HAS_JA.test(text)) found.push({ where: `${file}:${lineAt(start)}`, text, kind: 'ui' });
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i) + 2;
    else if (c === '`' || c === "'" || c === '"') scanLiteral();
    else i++;
  }
  return found;
}

/**
 * The Japanese lines of an MDX file (front matter values and body), with the markup that is not
 * text removed: code, components, link targets, emphasis. Also reports links followed by a space
 * and a particle (「…の違い を参照」), which needs the raw line.
 */
export function mdxTexts(file: string, source: string): { texts: JaText[]; problems: JaProblem[] } {
  const texts: JaText[] = [];
  const problems: JaProblem[] = [];
  let inFence = false;
  let frontMatter = 0;
  source.split('\n').forEach((raw, index) => {
    const where = `${file}:${index + 1}`;
    if (raw.trim() === '---' && frontMatter < 2) {
      frontMatter++;
      return;
    }
    if (/^\s*```/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence || /^(import|export) /.test(raw)) return;
    let line = frontMatter === 1 ? raw.replace(/^\w+:\s*"?|"\s*$/g, '') : raw;
    for (const m of line.matchAll(/\]\([^)]*\) ([をにはがもとのへでや])/g)) {
      problems.push({ where, rule: 'particle-after-link', match: m[0], message: 'a link followed by a space and a particle: write 「[…](…)」を' });
    }
    line = line
      .replace(/<[A-Z]\w*[^>]*\/>/g, 'X')
      .replace(/<\/?[a-z][^>]*>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*(?:#+|[-*]|\d+\.)\s+/, '');
    if (HAS_JA.test(line)) texts.push({ where, text: line, kind: 'prose' });
  });
  return { texts, problems };
}
