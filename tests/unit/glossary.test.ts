import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { CAUSES } from '../../src/data/q850';
import {
  codeEntryTexts,
  correctionTexts,
  englishNames,
  englishRuns,
  jaTextProblems,
  japaneseLiterals,
  mdxTexts,
  otherDataTexts,
  requiredTermProblems,
  type JaProblem,
  type JaText,
} from '../../src/lib/glossary-check';
import { JA_BASELINE } from './ja-baseline';

const names = englishNames(CODES);
const MDX_DIRS = ['content/compare/ja', 'content/guides/ja'];
const mdxFiles = MDX_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => `${dir}/${f}`));

/** A problem's identity without line numbers, so the baseline survives edits elsewhere in a file. */
const key = (p: JaProblem) => `${p.rule} | ${p.where.replace(/:\d+$/, '')} | ${p.match}`;
const known = new Set(JA_BASELINE);
const seen = new Set<string>();
/** Problems not in the baseline, as lines a reader can act on. */
function newProblems(problems: JaProblem[]): string[] {
  problems.forEach((p) => seen.add(key(p)));
  return problems.filter((p) => !known.has(key(p))).map((p) => `${p.where}: [${p.rule}] ${p.message} — «${p.match}»`);
}
const check = (texts: JaText[]) => texts.flatMap((t) => jaTextProblems(t, names));

describe('all Japanese text follows the glossary and docs/ja-style.md', () => {
  it.each(CODES.map((entry) => [entry.code, entry] as const))('code %i: text, header notes, call-flow caption and step notes, keywords, also-seen sources', (_code, entry) => {
    expect(newProblems([...requiredTermProblems(entry), ...check(codeEntryTexts(entry))])).toEqual([]);
  });

  it('classes, unregistered codes, Q.850 causes and notes, HTTP notes', () => {
    expect(newProblems(check(otherDataTexts()))).toEqual([]);
  });

  it('the corrections log: titles, what was wrong, what the pages say now', () => {
    expect(newProblems(check(correctionTexts()))).toEqual([]);
  });

  it('the Japanese UI strings (src/i18n/ja.ts), including call-flow labels and SVG titles', () => {
    expect(newProblems(check(japaneseLiterals('src/i18n/ja.ts', readFileSync('src/i18n/ja.ts', 'utf8'))))).toEqual([]);
  });

  it.each(mdxFiles)('%s', (file) => {
    const { texts, problems } = mdxTexts(file, readFileSync(file, 'utf8'));
    expect(newProblems([...problems, ...check(texts)])).toEqual([]);
  });

  afterAll(() => {
    // Fixed problems must leave the baseline: it only shrinks. (A warning, not a failure, so that
    // fixing a text never breaks the build before the list is edited.)
    const fixed = JA_BASELINE.filter((entry) => !seen.has(entry));
    if (fixed.length > 0 && seen.size > 0) console.warn(`tests/unit/ja-baseline.ts: ${fixed.length} entries are fixed; delete them:\n${fixed.join('\n')}`);
  });
});

describe('the Japanese checks catch what a reader would notice', () => {
  const problemsOf = (text: string, kind: JaText['kind'] = 'prose') => jaTextProblems({ where: 'test', text, kind }, names);
  const rules = (text: string, kind: JaText['kind'] = 'prose') => problemsOf(text, kind).map((p) => `${p.rule}: ${p.match}`);

  it('reads the Japanese note of every call-flow step that has one', () => {
    const entry = CODES.find((e) => e.code === 481)!;
    const step = entry.flow!.steps.findIndex((s) => s.note);
    expect(codeEntryTexts(entry)).toContainEqual({ where: `481 flow.steps[${step}].note.ja`, text: entry.flow!.steps[step]!.note!.ja, kind: 'prose' });
    const broken = { ...entry, flow: { ...entry.flow!, steps: entry.flow!.steps.map((s) => (s.note ? { ...s, note: { en: s.note.en, ja: 'タイマーの満了後(再送)' } } : s)) } };
    const problems = codeEntryTexts(broken).flatMap((t) => jaTextProblems(t, names)).filter((p) => p.where.includes('note'));
    expect(problems.map((p) => p.rule).sort()).toEqual(['glossary', 'half-width-punctuation', 'half-width-punctuation']);
  });

  it('English cause names inside Japanese sentences', () => {
    expect(englishRuns('cause 17「user busy」は 486 になる。', names)).toEqual(['user busy']);
    expect(englishRuns('理由表示 21「call rejected」を 403 に変換する。', names)).toEqual(['call rejected']);
    expect(englishRuns('Q.850 の理由表示 1「unallocated number」', names)).toEqual(['unallocated number']);
    expect(englishRuns('理由表示 47（Resource unavailable, unspecified）', names)).toEqual(['Resource unavailable, unspecified']);
    expect(englishRuns('理由表示 17 の着ユーザビジー（User busy）', names)).toEqual(['User busy']);
  });

  it('a requirement level joined to its citation with 。 instead of 、', () => {
    expect(rules('プロキシはキャンセルすべきである（SHOULD。RFC 3261 §16.7）。')).toEqual(['strength-citation: （SHOULD。']);
    expect(rules('送ってはならない（MUST NOT。RFC 3428 §4）。')).toEqual(['strength-citation: （MUST NOT。']);
    expect(rules('プロキシはキャンセルすべきである（SHOULD、RFC 3261 §16.7）。')).toEqual([]);
  });

  it('but not names: reason phrases, headers, methods, tokens, products', () => {
    const text =
      '486 Busy Here を受けた Asterisk は Retry-After を読み、INVITE と BYE、SDP の a=sendrecv、`Timer C`、' +
      'Session Timer Too Small、Warning: 370 の Insufficient bandwidth、HTTP の Unprocessable Content、SIP Outbound を扱う。' +
      'トランザクションだけの失敗（Transaction Only）として扱う。';
    expect(englishRuns(text, names)).toEqual([]);
  });

  it('an ASCII space after 「。」, also after a bold lead-in', () => {
    expect(rules('最終応答である。 486 は話中を示す。')).toEqual(['space-after-period: 最終応答である。 486 は話中を示す。']);
    expect(rules('**話中である。** 486 は端末に届いた。').map((r) => r.split(':')[0])).toEqual(['space-after-period']);
    expect(rules('話中である。486 は端末に届いた。')).toEqual([]);
  });

  it('half-width punctuation next to Japanese, but not a URI scheme', () => {
    expect(rules('定義: RFC 3261').map((r) => r.split(':')[0])).toEqual(['half-width-punctuation']);
    expect(rules('仕様(RFC 3261)を読む').map((r) => r.split(':')[0])).toEqual(['half-width-punctuation', 'half-width-punctuation']);
    expect(rules('tel:、sip: などのスキーム')).toEqual([]);
    expect(rules('pjsip_sip2cause()（res_pjsip）が選ぶ')).toEqual([]);
  });

  it('glossary variants, calques and the retry sense of 再送, but 再送 for retransmission', () => {
    expect(rules('ユーザーのサーバー')).toEqual(['glossary: サーバー', 'glossary: ユーザー']);
    expect(rules('理由フレーズで示す')).toEqual(['glossary: 理由フレーズ']);
    expect(rules('行儀の良いサーバは 603 を主張する').sort()).toEqual(['glossary: 主張', 'glossary: 行儀の良い']);
    expect(rules('時間をおいて再送')).toEqual(['glossary: 時間をおいて再送']);
    expect(rules('タイマ A による再送を止める')).toEqual([]);
    expect(rules('Timer B が満了する')).toEqual(['glossary: Timer B']);
    expect(rules('レルム（realm）を確かめ、realm を比べる')).toEqual(['glossary: realm']);
    expect(rules('情報要素を読む')).toEqual([]);
    expect(rules('プロキシという要素')).toEqual(['glossary: 要素']);
  });

  it('サブスクライバ for the SIP-events role, 加入者 for a telephone subscriber; ブランチ for a forking branch, 分岐 for a code path', () => {
    expect(rules('NOTIFY を待つ加入者はいつまでも待つ')).toEqual(['glossary: NOTIFY を待つ加入者']);
    expect(rules('加入者はリフレッシュの SUBSCRIBE にタグを入れる')).toEqual(['glossary: 加入者']);
    expect(rules('サブスクライバは次の SUBSCRIBE にタグを入れる')).toEqual([]);
    expect(rules('理由表示 20（加入者不在）は 480 になる')).toEqual([]);
    expect(rules('加入者の携帯端末にフォーキングする。SUBSCRIBE は別の話である。')).toEqual([]);
    expect(rules('概要では「加入者が NOTIFY を受ける」としていた')).toEqual([]);
    expect(rules('他の分岐はまだ鳴る')).toEqual(['glossary: 分岐']);
    expect(rules('他のブランチはまだ鳴る。関数の既定の分岐で 500 になる')).toEqual([]);
    expect(rules('分岐の失敗', 'keyword')).toEqual([]);
    expect(rules('UAS は保留中の INVITE に応答しなければならない')).toEqual(['glossary: 保留中の INVITE']);
    expect(rules('UAS は応答待ちの INVITE に応答しなければならない。相手が呼を保留にした')).toEqual([]);
    expect(rules('緊急通報ネットワークから入ってきた呼').sort()).toEqual(['glossary: 緊急通報ネットワーク']);
    expect(rules('緊急通報網から入ってきた呼は、ネットワーク上では 417 になる')).toEqual([]);
    expect(rules('プロキシは応答待ちのブランチを取り消す')).toEqual(['glossary: ブランチを取り消']);
    expect(rules('プロキシは応答待ちのブランチをキャンセルする。相手が鳴る前に発信を取り消す')).toEqual([]);
    expect(rules('SUBSCRIBE がフォークされると')).toEqual(['glossary: フォークさ']);
    expect(rules('フォーキングしたプロキシ')).toEqual([]);
    expect(rules('ローカルのリングバックを鳴らす')).toEqual(['glossary: リングバック']);
    expect(rules('ローカルで呼出音（リングバック）を鳴らしてよい')).toEqual([]);
    expect(rules('リングバックトーン', 'keyword')).toEqual([]);
  });

  it('ビジー only in the JT-Q850 name, レスポンスコード only as a gloss, search keywords keep their words', () => {
    expect(rules('理由表示 17（着ユーザビジー）')).toEqual([]);
    expect(rules('相手がビジーである')).toEqual(['glossary: ビジー']);
    expect(rules('SIP 応答コード（レスポンスコード）一覧')).toEqual([]);
    expect(rules('レスポンスコードを返す')).toEqual(['glossary: レスポンスコード']);
    expect(rules('おやすみモード', 'keyword')).toEqual([]);
    expect(rules('おやすみモードの端末')).toEqual(['glossary: おやすみモード']);
  });

  it('cause 21 is never 着信拒否, and a reason-phrase gloss has no brackets', () => {
    expect(rules('理由表示 21（着信拒否）')).toEqual(['cause-21: 理由表示 21（着信拒否']);
    expect(rules('受理（非推奨）', 'title')).toEqual(['gloss-brackets: 受理（非推奨）']);
    expect(rules('受理', 'title')).toEqual([]);
  });

  it('finds the text of a UI dictionary and of MDX, without markup', () => {
    const literals = japaneseLiterals('ja.ts', "const a = { t: (c) => `${c} を受けた。`, u: 'Busy', v: '話中' }; // 注記");
    expect(literals.map((l) => l.text)).toEqual(['X を受けた。', '話中']);
    const mdx = mdxTexts('x.mdx', '---\ntitle: "SIP の着信拒否"\n---\n\n詳しくは [486 と 603 の違い](/ja/compare/486-vs-603/) を参照。\n\n```\nuser busy\n```\n<Code n={503} /> は `Timer B` で終わる。');
    expect(mdx.texts.map((t) => t.text)).toEqual(['SIP の着信拒否', '詳しくは 486 と 603 の違い を参照。', 'X は `Timer B` で終わる。']);
    expect(mdx.problems.map((p) => `${p.where} ${p.rule}`)).toEqual(['x.mdx:5 particle-after-link']);
  });
});

describe('reason-phrase glosses', () => {
  const title = (code: number) => CODES.find((e) => e.code === code)!.text.ja.title;
  it('the three "Not Acceptable" codes are one family, and only 603 is 着信拒否', () => {
    expect([406, 488, 606].map((code) => title(code).endsWith('受付不可'))).toEqual([true, true, true]);
    expect(CODES.filter((e) => e.text.ja.title === '着信拒否').map((e) => e.code)).toEqual([603]);
  });
});

describe('Q.850 causes in Japanese', () => {
  it('use the JT-Q850 names engineers know, and cause 21 is not 603', () => {
    expect(CAUSES[1]!.ja).toBe('欠番');
    expect(CAUSES[17]!.ja).toBe('着ユーザビジー');
    expect(CAUSES[21]!.ja).toBe('通信拒否');
    expect(CAUSES[27]!.ja).toBe('相手端末故障中');
    const titles = new Set(CODES.map((c) => c.text.ja.title));
    expect(Object.values(CAUSES).filter((c) => titles.has(c.ja)).map((c) => c.value)).toEqual([]);
  });

  it('mark every name not confirmed in a published JT-Q850 table', () => {
    expect(Object.values(CAUSES).filter((c) => !c.jtQ850).map((c) => c.value)).toEqual([23, 25, 52, 54, 55, 87, 88, 102, 111, 127]);
  });
});
