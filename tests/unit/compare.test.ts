import { describe, expect, it } from 'vitest';
import { CODES, getCode, type CodeEntry, type Lang } from '../../src/data';
import type { Method, MethodRefs, RfcRefString, Role, SenderRefs } from '../../src/data/schema';
import { t } from '../../src/i18n';
import { compareCodes, factsOf, isIndexablePair, methodOverlap, type Comparison } from '../../src/lib/compare';
import { aspectValue, comparisonText, retryClause, type ComparisonText } from '../../src/lib/compare-text';

const LANGS: Lang[] = ['en', 'ja'];
const named = (e: CodeEntry, lang: Lang) => ({ code: e.code, name: lang === 'ja' ? e.text.ja.title : e.phrase, klass: e.klass });
const withSummary = (e: CodeEntry, lang: Lang) => ({ ...named(e, lang), summary: e.text[lang].summary });

/** Everything a comparison page says in computed text, per pair and language. */
interface Page {
  a: CodeEntry;
  b: CodeEntry;
  lang: Lang;
  c: Comparison;
  meanings: [string, string];
  next: string;
  receipts: [string, string];
  differences: ComparisonText['differences'];
  shared: ComparisonText['shared'];
  /** The computed sentences (not the reused summaries). */
  sentences: string[];
}

function pageOf(a: CodeEntry, b: CodeEntry, lang: Lang): Page {
  const c = compareCodes(a, b);
  const out = comparisonText(lang, c, withSummary(a, lang), withSummary(b, lang));
  return {
    a,
    b,
    lang,
    c,
    meanings: out.lead.meanings,
    next: out.lead.next,
    receipts: out.receipts,
    differences: out.differences,
    shared: out.shared,
    sentences: [out.lead.next, ...out.receipts, ...out.differences.map((d) => d.sentence).filter(Boolean)],
  };
}

const PAIRS = CODES.flatMap((x, i) => CODES.slice(i + 1).map((y) => [x, y] as const));
const PAGES = LANGS.flatMap((lang) => PAIRS.map(([a, b]) => pageOf(a, b, lang)));
const page = (a: number, b: number, lang: Lang = 'en') => PAGES.find((p) => p.lang === lang && p.a.code === a && p.b.code === b)!;
const text = (p: Page) => p.sentences.join('\n');
/** A list item inside a sentence or cell, with the joiner of each language. */
const itemsOf = (s: string) => s.split(/, | and |・/).map((x) => x.trim());

describe('methodOverlap', () => {
  it('relates restricted lists only; "any" is no restriction', () => {
    expect(methodOverlap(['PUBLISH'], ['SUBSCRIBE', 'REFER'])).toEqual({ kind: 'disjoint' });
    expect(methodOverlap(['INVITE', 'BYE'], ['INVITE'])).toEqual({ kind: 'shared', shared: ['INVITE'] });
    expect(methodOverlap('any', ['INVITE'])).toEqual({ kind: 'one-restricted', restricted: 'b' });
    expect(methodOverlap('any', 'any')).toEqual({ kind: 'both-any' });
  });

  it('a list made only of methods the other code must not answer shares nothing with it', () => {
    expect(methodOverlap('any', ['CANCEL'], ['CANCEL'])).toEqual({ kind: 'disjoint' });
    expect(methodOverlap(['CANCEL'], 'any', [], ['CANCEL'])).toEqual({ kind: 'disjoint' });
    expect(methodOverlap(['CANCEL', 'BYE'], 'any', [], ['CANCEL'])).toEqual({ kind: 'one-restricted', restricted: 'a' });
  });
});

describe('404 may say with Retry-After when the called party is available again (RFC 3261 §20.33)', () => {
  it('its retry fact and its comparisons give what Retry-After means, with no exception to §21.4 that no RFC makes', () => {
    const facts = compareCodes(getCode(100), getCode(404)).b;
    const meaning = 'a Retry-After, when present, gives the time the called party expects to be available again';
    expect(aspectValue('en', 'retry', facts)).toBe(`Should not be resent unchanged (SHOULD NOT); ${meaning}`);
    expect(aspectValue('ja', 'retry', facts)).toContain('Retry-After があれば、着信者が再び応答できると見込む時刻を示す');
    expect(text(page(403, 404))).toContain(meaning);
    expect(text(page(403, 404))).not.toContain('unless a Retry-After');
    expect(text(page(403, 404))).toContain('After 403, the request SHOULD NOT be repeated: the server understood it and is refusing to fulfill it, and authorization will not help');
  });
});

describe('the retry cell adds no "only" to RFC 3261 §21.4, which says SHOULD NOT and that another server might succeed', () => {
  it('no code\'s retry cell says "only" (のみ, だけ) in either language, and every plain "modify" cell says what §21.4 says, citing it', () => {
    let modify = 0;
    for (const e of CODES) {
      const facts = factsOf(e);
      const en = aspectValue('en', 'retry', facts);
      const ja = aspectValue('ja', 'retry', facts);
      expect(en, `${e.code}`).not.toMatch(/\bonly\b/i);
      expect(ja, `${e.code}`).not.toMatch(/のみ|だけ/);
      if (facts.retry === 'modify' && !facts.retryAfter && !facts.retryLabel) {
        modify++;
        expect(en, `${e.code}`).toBe('Should not be resent unchanged (SHOULD NOT); the response points at what to change');
        expect(ja, `${e.code}`).toBe('同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、変える点は応答が示す');
        expect(facts.retryRefs, `${e.code}`).toContain('RFC3261 §21.4');
      }
    }
    expect(modify).toBeGreaterThan(0);
  });
});

describe('400: what to change is in the reason phrase, which RFC 3261 §21.4.1 says SHOULD identify the syntax problem', () => {
  it('no comparison with 400 says that a 400 points at what to change; each gives the SHOULD, in both languages', () => {
    for (const p of PAGES.filter((x) => x.a.code === 400 || x.b.code === 400)) {
      const facts = p.a.code === 400 ? p.c.a : p.c.b;
      const cell = aspectValue(p.lang, 'retry', facts);
      const receipt = p.receipts[p.a.code === 400 ? 0 : 1];
      if (p.lang === 'en') {
        expect(cell).toBe('Should not be resent unchanged (SHOULD NOT); the reason phrase SHOULD identify the syntax problem');
        expect(receipt).toContain('the reason phrase of the 400 SHOULD identify the syntax problem in more detail (RFC 3261 §21.4, RFC 3261 §21.4.1)');
        expect(receipt).not.toContain('points at what to change');
      } else {
        expect(cell).toBe('同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、構文上の問題はリーズンフレーズで示すべきである（SHOULD）');
        expect(receipt).toContain('400 のリーズンフレーズは構文上の問題をより詳しく示すべきである（SHOULD、RFC 3261 §21.4、RFC 3261 §21.4.1）');
        expect(receipt).not.toContain('変える点は応答が示');
      }
    }
  });
});

describe('417: the UAC MAY retry with the same or another resource value (RFC 4412 §4.7.1)', () => {
  it('its retry cell and its comparisons say what §4.7.1 says, in both languages, and never "only after changing"', () => {
    const facts = compareCodes(getCode(417), getCode(488)).a;
    expect(facts.retry).toBe('resource-value');
    expect(facts.retryRefs).toEqual(['RFC4412 §4.7.1']);
    expect(aspectValue('en', 'retry', facts)).toBe(
      'The UAC MAY retry with the same or another resource value; from Accept-Resource-Priority, if present, it SHOULD choose values it is authorised to use',
    );
    expect(aspectValue('ja', 'retry', facts)).toBe(
      'UAC は同じまたは別の Resource-Priority の値で再試行してよく（MAY）、Accept-Resource-Priority があれば、その中から自分に認められた値を選ぶべき（SHOULD）',
    );
    expect(page(417, 488).next).toContain(
      'After 417, the UAC MAY send a new request with the same or a different resource value; if the response carries Accept-Resource-Priority, the UAC SHOULD choose among its values ones it is authorised to use (RFC 4412 §4.7.1).',
    );
    expect(page(417, 488, 'ja').next).toContain(
      '417 を受けたら、UAC は同じまたは別の Resource-Priority の値で再試行してよく（MAY）、応答に Accept-Resource-Priority があれば、そこに挙げられた値のうち自分に認められたものを選ぶべきである（SHOULD、RFC 4412 §4.7.1）。',
    );
    for (const p of PAGES.filter((x) => x.a.code === 417 || x.b.code === 417)) {
      const own = p.a.code === 417 ? 0 : 1;
      expect(p.receipts[own], `${p.a.code} vs ${p.b.code} ${p.lang}`).not.toMatch(/fix what the response points out|直してから再試行/);
      expect(p.c.shares, `${p.a.code} vs ${p.b.code}`).not.toContain('retry');
      expect(p.next).not.toMatch(/After either code, fix|どちらのコードでも、応答が指摘した/);
    }
  });
});

/**
 * The requirement keywords each section cited by a retry row carries, read in the RFC text: a retry cell or
 * next-step sentence may use a keyword only if one of the sections it cites has it.
 */
const RETRY_LEVELS: Record<string, readonly string[]> = {
  'RFC3261 §21.4': ['SHOULD NOT'], // "The client SHOULD NOT retry the same request without modification"
  'RFC3261 §21.4.4': ['SHOULD NOT'], // "the request SHOULD NOT be repeated"
  'RFC3261 §21.4.1': ['SHOULD'], // "The Reason-Phrase SHOULD identify the syntax problem in more detail"
  'RFC3261 §21.4.26': ['MAY'], // "A message body containing a description of media capabilities MAY be present in the response"
  'RFC3261 §21.4.23': ['MAY', 'MUST'], // "The response MAY contain a listing of possible unambiguous addresses in Contact header fields."
  'RFC3261 §16.5': ['SHOULD', 'MUST', 'MAY'], // "This response SHOULD contain a Contact header field containing URIs of new addresses to be tried."
  'RFC3261 §13.3.1.3': ['SHOULD'], // "Such a response SHOULD include a Warning header field value explaining why the offer was rejected."
  'RFC3311 §5.2': ['MUST', 'SHOULD'], // "This response SHOULD include a Warning header field."
  'RFC3261 §21.4.11': ['MAY'], // "after what time the client MAY try again"
  'RFC3261 §8.1.3.4': ['SHOULD', 'MAY', 'MUST', 'MUST NOT'], // "clients SHOULD use the URI(s) in the Contact header field"
  'RFC3261 §8.1.3.5': ['SHOULD'], // "the UAC SHOULD follow the authorization procedures ... to retry the request with credentials"
  'RFC3261 §21.6.1': ['MAY'], // "The response MAY indicate a better time to call in the Retry-After header field."
  'RFC3261 §21.6.2': ['MAY'],
  'RFC3903 §5': ['MUST NOT', 'MUST', 'SHOULD', 'MAY'], // "it MUST NOT reattempt the PUBLISH request"
  'RFC3398 §8.2.6.1': ['SHOULD'], // "(+) If at all possible, a SIP gateway SHOULD respond to these protocol errors by remedying"
  'RFC4412 §4.7.1': ['MUST', 'SHOULD', 'MAY'], // "MAY attempt a subsequent request with the same or different resource value"
  'RFC5079 §4': ['MUST NOT', 'MAY', 'SHOULD NOT'], // "MUST NOT retry the request without anonymity unless"
  'RFC3261 §21.3.4': ['MUST'], // "The requested resource MUST be accessed through the proxy given by the Contact field."
  'RFC3261 §21.4.9': ['MAY'], // "The client MAY repeat the request without modifications at any later time."
  'RFC3261 §21.4.18': ['MAY', 'SHOULD'], // "The response MAY indicate a better time to call in the Retry-After header field."
  'RFC3261 §21.4.24': ['MAY', 'SHOULD'], // "The response MAY indicate a better time to call in the Retry-After header field."
  'RFC3261 §21.5.1': ['MAY'], // "MAY retry the request after several seconds"
  'RFC3261 §21.5.4': ['MAY', 'MUST', 'SHOULD', 'SHOULD NOT'], // "the client MUST act as if it had received a 500"
  'RFC3261 §14.1': ['SHOULD', 'MUST', 'MUST NOT', 'MAY'], // "When the timer fires, the UAC SHOULD attempt the re-INVITE once more"
  'RFC3311 §5.3': ['SHOULD', 'MUST'], // "When the timer fires, the UAC SHOULD attempt the UPDATE once more"
  'RFC4028 §7.3': ['MAY', 'SHOULD'], // "then the UAC MAY retry the request"
  'RFC4028 §7.4': ['MUST', 'MAY', 'SHOULD'], // "The UAC MUST insert the Min-SE header field"
  'RFC3261 §10.2.8': ['MAY'], // "If a UA receives a 423 (Interval Too Brief) response, it MAY retry the registration"
  'RFC3892 §2.1': ['MAY'], // "it MAY submit a new REFER request containing a Referred-By token"
  'RFC5626 §4.2.1': ['MUST', 'MAY'], // "it MAY re-attempt registration without using the outbound mechanism (subject to local policy at the client)"
  'RFC3261 §21.4.28': ['MAY'], // "This response MAY have a single body containing an appropriate public key"
  'RFC3261 §23.2': ['MUST', 'SHOULD', 'SHOULD NOT', 'MAY'], // "This response SHOULD contain a valid certificate for the respondent"
  'RFC8224 §6.1.1': ['SHOULD', 'SHOULD NOT'], // "it SHOULD retry the request with the full form ... SHOULD NOT retry the request more than once"
};
const keywordsOf = (text: string) => [...text.matchAll(/\b(MUST NOT|SHOULD NOT|MUST|SHOULD|MAY)\b/g)].map((m) => m[1]!);
/** The next-step text of a code: its own sentence, or the generic one for its retry value. */
const retryText = (lang: Lang, e: CodeEntry) => e.facts.retry.next?.[lang] ?? retryClause(lang, e.facts.retry.value, factsOf(e).retryAfter);

describe('retry rows and next steps carry the level of the sections they cite (every code, both languages)', () => {
  it('uses a requirement keyword only where a cited section has it', () => {
    const problems: string[] = [];
    for (const e of CODES) {
      const allowed = new Set(e.facts.retry.refs.flatMap((ref) => RETRY_LEVELS[ref] ?? []));
      for (const lang of LANGS) {
        for (const [where, text] of [['cell', aspectValue(lang, 'retry', factsOf(e))], ['next', retryText(lang, e)]] as const) {
          for (const k of keywordsOf(text)) if (!allowed.has(k)) problems.push(`${e.code} ${lang} ${where}: ${k} not in ${e.facts.retry.refs.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('prints the generic "never" and "modify" texts (RFC 3261 §21.4, SHOULD NOT) only for a 4xx that cites §21.4', () => {
    for (const lang of LANGS) {
      const generic = [t(lang).retry.never, t(lang).retry.modify, t(lang).facts.retryAfterCell.modify, t(lang).facts.retryAfterCell.never];
      for (const e of CODES) {
        const cell = aspectValue(lang, 'retry', factsOf(e));
        if (!generic.includes(cell)) continue;
        expect(e.klass, `${e.code}`).toBe(4);
        expect(e.facts.retry.refs, `${e.code}`).toContain('RFC3261 §21.4');
      }
    }
  });

  it('gives every 5xx and 6xx with "never" or "modify" a cell and sentence of its own, with no SHOULD NOT from §21.4', () => {
    for (const e of CODES.filter((x) => x.klass >= 5 && ['never', 'modify'].includes(x.facts.retry.value))) {
      expect(e.facts.retry.label, `${e.code}`).toBeDefined();
      expect(e.facts.retry.next, `${e.code}`).toBeDefined();
      for (const lang of LANGS) {
        expect(aspectValue(lang, 'retry', factsOf(e))).not.toContain('SHOULD NOT');
        expect(retryText(lang, e)).not.toContain('SHOULD NOT');
      }
    }
    // 6xx: RFC 3261 §7.2 and §21.6.x set no level for resending; the rows of 604, 606, 607 and 608 use none.
    for (const code of [604, 606, 607, 608]) for (const lang of LANGS) expect(keywordsOf(aspectValue(lang, 'retry', factsOf(getCode(code))))).toEqual([]);
  });

  it('shares a retry row between two codes only when both say the same, for every pair', () => {
    const problems: string[] = [];
    for (const p of PAGES) {
      if (!p.c.shares.includes('retry')) continue;
      const [a, b] = [getCode(p.a.code), getCode(p.b.code)];
      if (aspectValue(p.lang, 'retry', p.c.a) !== aspectValue(p.lang, 'retry', p.c.b)) problems.push(`${p.lang} ${a.code}-vs-${b.code}: cells differ`);
      // A code with a sentence of its own shares the row only with one that has the same sentence.
      if ((a.facts.retry.next || b.facts.retry.next) && retryText(p.lang, a) !== retryText(p.lang, b)) problems.push(`${p.lang} ${a.code}-vs-${b.code}: next steps differ`);
    }
    expect(problems).toEqual([]);
  });

  it('no comparison tells the client to "fix what the response points out" or "do not send" without the level', () => {
    for (const p of PAGES) expect(text(p), `${p.lang} ${p.a.code}-vs-${p.b.code}`).not.toMatch(/fix what the response points out|do not send the same request again unchanged|応答が指摘した点を直してから再試行|同じリクエストをそのまま再び送らない/);
  });
});

describe('codes for requests within a dialog (204: RFC 5839 §7.1; 491: RFC 3261 §21.4.27), every pair in both languages', () => {
  it('marks 204 and 491 only, with the sections that say so', () => {
    expect(CODES.filter((e) => e.facts.methods.dialog === 'inside').map((e) => [e.code, e.facts.methods.dialogRefs])).toEqual([
      [204, ['RFC5839 §7.1']],
      [491, ['RFC3261 §21.4.27']],
    ]);
  });
  it('says the condition in the cell and sentence of such a code, and never that it answers the same requests as a code without it', () => {
    const problems: string[] = [];
    const inside = (e: CodeEntry) => e.facts.methods.dialog === 'inside';
    for (const p of PAGES) {
      if (!inside(p.a) && !inside(p.b)) continue;
      const id = `${p.lang} ${p.a.code}-vs-${p.b.code}`;
      const shared = p.shared.find((x) => x.aspect === 'methods');
      if (shared && inside(p.a) !== inside(p.b)) problems.push(`${id}: methods shared: ${shared.value}`);
      const d = p.differences.find((x) => x.aspect === 'methods');
      if (!d) continue;
      for (const [e, cell] of [[p.a, d.a], [p.b, d.b]] as const) {
        if (inside(e) !== /within a dialog|ダイアログ内/.test(cell)) problems.push(`${id}: ${e.code} cell: ${cell}`);
      }
      if (/never answer the same request|Both can answer|restrict neither code|同じリクエストへの応答になることはない|どちらも/.test(d.sentence)) problems.push(`${id}: ${d.sentence}`);
      for (const e of [p.a, p.b].filter(inside)) {
        const cite = t(p.lang).compare.cite((e.facts.methods.dialogRefs ?? []).map((r) => r.replace(/^RFC(\d+)/, 'RFC $1')));
        if (!d.sentence.includes(cite.replace(/[)）]$/, ''))) problems.push(`${id}: ${e.code} condition not cited: ${d.sentence}`);
        if (!new RegExp(`${e.code} (answers [^.]*within a dialog|の対象はダイアログ内)`).test(d.sentence)) problems.push(`${id}: ${e.code} condition not said: ${d.sentence}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('the headers cell of the comparison table', () => {
  it('marks a header of the request, so that it does not read as a header of the response', () => {
    const facts = compareCodes(getCode(100), getCode(401)).b;
    expect(aspectValue('en', 'headers', facts)).toBe('WWW-Authenticate and Authorization (in the request)');
    expect(aspectValue('ja', 'headers', facts)).toContain('Authorization（リクエスト側）');
  });
});

describe('401 and 407 never answer CANCEL (RFC 3261 §22.1)', () => {
  it('their facts say so in both languages, and so does every comparison with a code that may answer it', () => {
    for (const code of [401, 407]) {
      const facts = compareCodes(getCode(100), getCode(code)).b; // the higher code of a pair is b
      expect(aspectValue('en', 'methods', facts)).toBe('Any request that takes a response, except CANCEL');
      expect(aspectValue('ja', 'methods', facts)).toBe('CANCEL 以外の、応答を受けるすべてのリクエスト');
    }
    expect(text(page(401, 403))).toContain('A server must not answer CANCEL with 401 (RFC 3261 §22.1).');
    expect(text(page(401, 403, 'ja'))).toContain('サーバは CANCEL に 401 を返してはならない');
    expect(text(page(401, 407))).not.toContain('must not answer CANCEL');
    for (const p of PAGES.filter((x) => [401, 407].includes(x.a.code) !== [401, 407].includes(x.b.code))) {
      // A code with the same exception and nothing else to say about methods (420: RFC 3261 §8.2.2.3) shares the
      // aspect: the facts table gives both codes the same cell, and no sentence is needed.
      const other = factsOf(getCode([401, 407].includes(p.a.code) ? p.b.code : p.a.code));
      if (other.methods === 'any' && other.methodsExcept.join() === 'CANCEL' && !other.methodsNamed.length && !other.methodsDialog) continue;
      expect(p.sentences.join(' '), `${p.lang} ${p.a.code} vs ${p.b.code}`).toMatch(/ CANCEL (with 40[17]|に 40[17] を返してはならない|以外の、応答を受けるすべてのリクエスト)|takes a response, except CANCEL/);
    }
    expect(text(page(401, 408))).toContain('A server must not answer CANCEL with 401 (RFC 3261 §22.1). A transaction-stateful element must not answer any method but INVITE with 408 (RFC 4320 §4.2).');
  });
});

describe('420 does not answer CANCEL: RFC 3261 §8.2.2.3 has Require and Proxy-Require ignored in it, and 420 answers only their tags', () => {
  it('its facts give the exception, citing §8.2.2.3, and comparisons state it at the MUST level', () => {
    const facts = factsOf(getCode(420));
    expect(aspectValue('en', 'methods', facts)).toBe('Any request that takes a response, except CANCEL');
    expect(aspectValue('ja', 'methods', facts)).toBe('CANCEL 以外の、応答を受けるすべてのリクエスト');
    expect(facts.methodsExceptRefs).toEqual(['RFC3261 §8.2.2.3']);
    expect(text(page(420, 421))).toContain('A server must not answer CANCEL with 420 (RFC 3261 §8.2.2.3).');
    expect(text(page(420, 421, 'ja'))).toContain('サーバは CANCEL に 420 を返してはならない（RFC 3261 §8.2.2.3）');
  });
});

describe('487 and CANCEL: RFC 3261 §21.4.25 says 487 "is never returned for a CANCEL request itself", with no requirement keyword', () => {
  it('no comparison of 487 says "must not" about CANCEL; each says what §21.4.25 says; 401 and 407 keep the MUST NOT of §22.1', () => {
    const with487 = PAGES.filter((p) => p.a.code === 487 || p.b.code === 487);
    expect(with487).toHaveLength((CODES.length - 1) * LANGS.length);
    for (const p of with487) {
      const all = text(p);
      const where = `${p.lang} ${p.a.code} vs ${p.b.code}`;
      expect(all, where).not.toMatch(/must not answer (?:[A-Z]+(?:, | or ))*CANCEL(?:(?:, | or )[A-Z]+)* with 487|CANCEL(?:・[A-Z]+)* に 487 を返してはならない/);
      const methods = p.differences.find((d) => d.aspect === 'methods')?.sentence ?? '';
      if (methods) {
        // Either §21.4.25's own words, or the exception inside a sentence about a code restricted to a list.
        const own = p.lang === 'en' ? 'The RFC says 487 is never returned for a CANCEL request itself (RFC 3261 §21.4.25).' : 'RFC は、CANCEL リクエスト自身に 487 が返ることはないとしている（RFC 3261 §21.4.25）。';
        const inList = p.lang === 'en' ? '487 can answer any request that takes a response, except CANCEL' : '487 は CANCEL 以外の、応答を受けるすべてのリクエストへの応答になりうる';
        expect(methods.includes(own) || methods.includes(inList), `${where}: ${methods}`).toBe(true);
      }
    }
    expect(factsOf(getCode(487)).methodsExceptBasis).toBe('never');
    for (const code of [401, 407]) {
      expect(factsOf(getCode(code)).methodsExceptBasis).toBe('forbidden');
      for (const p of PAGES.filter((x) => (x.a.code === code) !== (x.b.code === code))) {
        const methods = p.differences.find((d) => d.aspect === 'methods')?.sentence ?? '';
        if (!methods || (p.a.code === 401 && p.b.code === 407)) continue;
        expect(methods, `${p.lang} ${p.a.code} vs ${p.b.code}`).toMatch(p.lang === 'en' ? new RegExp(`must not answer CANCEL with ${code}|${code} can answer any request that takes a response, except CANCEL`) : new RegExp(`CANCEL に ${code} を返してはならない|${code} は CANCEL 以外の、応答を受けるすべてのリクエスト`));
      }
    }
    expect(text(page(401, 487))).toContain('A server must not answer CANCEL with 401 (RFC 3261 §22.1). The RFC says 487 is never returned for a CANCEL request itself (RFC 3261 §21.4.25).');
    expect(text(page(401, 487, 'ja'))).toContain('サーバは CANCEL に 401 を返してはならない（RFC 3261 §22.1）。RFC は、CANCEL リクエスト自身に 487 が返ることはないとしている（RFC 3261 §21.4.25）。');
  });

  it('the facts cell of 487 says "except CANCEL" with no note: that is what §21.4.25 says', () => {
    const facts = factsOf(getCode(487));
    expect(aspectValue('en', 'methods', facts)).toBe('Any request that takes a response, except CANCEL; the RFCs name INVITE');
    expect(aspectValue('ja', 'methods', facts)).toBe('CANCEL 以外の、応答を受けるすべてのリクエスト。RFC が挙げるのは INVITE');
  });
});

describe('compareCodes', () => {
  it('orders the pair lower code first whatever the argument order, and refuses a code with itself', () => {
    const c = compareCodes(getCode(412), getCode(202));
    expect([c.a.code, c.b.code]).toEqual([202, 412]);
    expect(() => compareCodes(getCode(412), getCode(412))).toThrow(/itself/);
  });

  it('finds what differs between 202 and 412 and what they share, each aspect once', () => {
    const c = compareCodes(getCode(202), getCode(412));
    expect(c.differs).toEqual(expect.arrayContaining(['status', 'class', 'methods', 'sentBy', 'headers', 'rfcs']));
    expect(c.differs.filter((k) => c.shares.includes(k))).toEqual([]);
    // Retry and failover say nothing about a 2xx: neither differs nor is shared.
    expect([...c.differs, ...c.shares]).not.toContain('retry');
    expect([...c.differs, ...c.shares]).not.toContain('failover');
  });
});

describe('every pair in both languages (property tests)', () => {
  /** Collects what is wrong over all pages and asserts once: fast, and the failure lists every case. */
  const check = (test: (p: Page, fail: (why: string) => void) => void) => {
    const problems: string[] = [];
    for (const p of PAGES) test(p, (why) => problems.push(`${p.lang} ${p.a.code}-vs-${p.b.code}: ${why}`));
    expect(problems.slice(0, 20)).toEqual([]);
  };
  /** A parenthesised citation list, "(RFC 3261 §16.5, RFC 3398 §7.2.4.1)" or its Japanese form, or one merged into a bracket before it, "(MAY, RFC 5626 §4.2.1)". */
  const citation = /(?:[(（]|(?<=（[^（）]*)、|(?<=\([^()]*), )((?:RFC \d{4} §[0-9A-Z.]+(?:, |、)?)+)[)）]/g;
  /** The sections of such a list, written as the data writes them ("RFC3261 §16.5"). */
  const refsCited = (list: string) => list.split(/, |、/).map((ref) => ref.replace(/^RFC (\d{4})/, 'RFC$1') as RfcRefString);

  it('covers all 2,775 pairs in each language', () => {
    expect(PAIRS).toHaveLength(2775);
    expect(PAGES).toHaveLength(5550);
  });

  it('leads with what each code means, then what the receiver does next, with an RFC section', () => {
    check((p, fail) => {
      if (!p.meanings[0].startsWith(String(p.a.code))) fail(`meaning of ${p.a.code}`);
      if (!p.meanings[1].startsWith(String(p.b.code))) fail(`meaning of ${p.b.code}`);
      if (!/RFC \d{4} §/.test(p.next)) fail(`no section in the lead: ${p.next}`);
      // Never open with method or sender lists.
      if (/answers? .* only|come from|のみ|から返され/.test(p.next)) fail(`lead about methods or senders: ${p.next}`);
    });
  });

  it('gives the whole summary of each code in the lead, in Japanese as in English', () => {
    // Japanese summaries often split into two sentences what the English says in one (405: the
    // Allow header the response MUST carry); a lead cut at the first 「。」 said less than the English.
    check((p, fail) => {
      if (!p.meanings[0].endsWith(p.a.text[p.lang].summary)) fail(`summary of ${p.a.code} cut short`);
      if (!p.meanings[1].endsWith(p.b.text[p.lang].summary)) fail(`summary of ${p.b.code} cut short`);
    });
  });

  it('cites an RFC section in every computed statement', () => {
    check((p, fail) => p.sentences.filter((s) => !/RFC \d{4}/.test(s)).forEach((s) => fail(s)));
  });

  it('says each sentence once, and no item twice in a list', () => {
    check((p, fail) => {
      const said = [p.next, ...p.differences.map((d) => d.sentence).filter(Boolean)];
      if (new Set(said).size !== said.length) fail(`a sentence twice: ${said.join(' | ')}`);
      for (const d of p.differences) {
        for (const cell of [d.a, d.b]) {
          const items = itemsOf(cell.replace(/\s*\(.*\)$/, ''));
          if (new Set(items).size !== items.length) fail(`${d.aspect}: ${cell}`);
        }
      }
      const headerSentence = p.differences.find((d) => d.aspect === 'headers')?.sentence ?? '';
      for (const name of new Set([...p.a.headers, ...p.b.headers].map((h) => h.name))) {
        if (headerSentence.split(new RegExp(`(?<![\\w-])${name}(?![\\w-])`)).length - 1 > 2) fail(`${name} more than once per code: ${headerSentence}`);
      }
    });
  });

  it('never puts an ASCII space after 「。」 and keeps a space between Japanese and Latin words', () => {
    const jaThenLatin = /[\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff]/;
    const spaceBetweenJapanese = /[\u3040-\u30ff\u4e00-\u9fff] [\u3040-\u30ff\u4e00-\u9fff]/;
    check((p, fail) => {
      if (p.lang !== 'ja') return;
      for (const s of [...p.sentences, ...p.meanings.map((m) => m.slice(0, m.indexOf('：') + 1))]) {
        if (/。 /.test(s)) fail(`「。 」: ${s}`);
        if (jaThenLatin.test(s)) fail(`no space between Japanese and Latin: ${s}`);
        if (spaceBetweenJapanese.test(s)) fail(`space between Japanese words: ${s}`);
      }
      // Items inside sentences are joined with 「・」, never with 「、」 between two Latin names.
      for (const s of p.sentences) if (/[A-Z]{3,}、(?!RFC \d)[A-Z]{3,}/.test(s)) fail(`「、」 between items: ${s}`);
    });
  });

  it('never sets two brackets side by side in Japanese: a citation after a bracket goes inside it', () => {
    check((p, fail) => {
      if (p.lang !== 'ja') return;
      for (const s of [...p.sentences, ...p.shared.map((x) => x.value)]) if (s.includes('）（')) fail(s);
    });
  });

  it('never sets two brackets side by side in either language: a requirement level takes the citation inside its bracket, a reason phrase loses its brackets', () => {
    // Reason phrases of every code, as a bracket that a citation was merged into: "(Bad Request, RFC", 「（Bad Request、RFC」.
    const phrases = CODES.map((e) => e.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const phraseWithCitation = new RegExp(`[(（](?:${phrases})(?:, |、)RFC \\d`);
    check((p, fail) => {
      const side = p.lang === 'en' ? /\) \(/ : /）（/;
      for (const s of [...p.sentences, ...p.shared.map((x) => x.value), ...p.differences.flatMap((d) => [d.a, d.b])]) {
        if (side.test(s)) fail(`two brackets: ${s}`);
        if (phraseWithCitation.test(s)) fail(`a citation inside a reason phrase's bracket: ${s}`);
      }
    });
    expect(page(439, 483).differences.find((d) => d.aspect === 'failover')?.sentence).toContain('if it has one (MAY, RFC 5626 §4.2.1); 483 is not');
    expect(page(439, 483, 'ja').differences.find((d) => d.aspect === 'failover')?.sentence).toContain('登録し直してよい理由になる（MAY、RFC 5626 §4.2.1）。');
    expect(page(430, 436).receipts[0]).toBe(
      'On receipt: the authoritative proxy SHOULD try another flow to the same UA instance, if one is registered; an endpoint that gets it should treat it as 400 Bad Request (RFC 5626 §11.5, RFC 5626 §7).',
    );
    expect(page(430, 436, 'ja').receipts[0]).toContain('400（Bad Request）として扱うべきとされる（RFC 5626 §11.5、RFC 5626 §7）。');
  });

  it('in Japanese, says what follows a code in one sentence closed by its citation, as the English does, so that the citation backs all of it', () => {
    // 「同じ宛先の別のサーバを試す。そうでなければ、…（RFC 3263 §4.3、RFC 3261 §21.5.4）」 cited the failover
    // section after the retry sentence and left the failover sentence uncited; 404 cited RFC 3261 §21.4 after
    // the Retry-After sentence, 430 its §7 (the authoritative proxy's rule) after the endpoint's.
    check((p, fail) => {
      if (p.lang !== 'ja') return;
      const cited = [
        ...p.receipts,
        ...(p.next.startsWith('どちらのコードでも') ? [] : [p.next]),
        ...p.differences.filter((d) => d.aspect === 'retry' || d.aspect === 'failover').map((d) => d.sentence),
      ].filter(Boolean);
      for (const s of cited) if (/[^）]。/.test(s)) fail(`a sentence without its citation: ${s}`);
      for (const r of p.receipts) if (r.split('。').length !== 2) fail(`more than one sentence: ${r}`);
    });
  });

  it('in Japanese, never takes a citation into a bracket that holds a statement, where it would seem to cite that statement alone', () => {
    // A requirement level, a gloss or 「リクエスト側」 may take the citation after it; an aside ending in a
    // predicate may not: 「（端末が受けた場合は 400 として扱うべきとされる、RFC 5626 §11.5、RFC 5626 §7）」.
    check((p, fail) => {
      if (p.lang !== 'ja') return;
      for (const s of [...p.sentences, ...p.shared.map((x) => x.value)]) {
        for (const [, inside] of s.matchAll(/（([^（）]*?)、RFC \d{4} §/g)) if (/[\u3041-\u3096]$/.test(inside ?? '')) fail(`（${inside}、RFC…）: ${s}`);
      }
    });
  });

  it('in Japanese, marks every requirement level the English sentence carries, as the English does', () => {
    // 「送り直してはならない」 after 433 and 「再試行してもよい」 after 413 carried no （MUST NOT） and （MAY）, where the
    // English has "MUST NOT" and "MAY" and the other Japanese clauses mark theirs.
    const levels = (s: string) => (s.match(/\b(?:MUST NOT|MUST|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|REQUIRED|MAY|OPTIONAL)\b/g) ?? []).sort().join(', ');
    const problems: string[] = [];
    for (const [a, b] of PAIRS) {
      const [en, ja] = [page(a.code, b.code), page(a.code, b.code, 'ja')];
      const said = (p: Page) => [p.next, ...p.receipts, ...p.differences.map((d) => d.sentence), ...p.shared.map((s) => s.value)];
      const [enSaid, jaSaid] = [said(en), said(ja)];
      enSaid.forEach((s, i) => {
        if (levels(s) !== levels(jaSaid[i]!)) problems.push(`${a.code}-vs-${b.code}: ${s} | ${jaSaid[i]}`);
      });
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('in Japanese, the 6xx class sentence says what RFC 3261 §21.6 and the English say: not just the instance in the Request-URI', () => {
    let sixes = 0;
    check((p, fail) => {
      const s = p.differences.find((d) => d.aspect === 'class')?.sentence;
      if (!s || (p.a.klass !== 6 && p.b.klass !== 6)) return;
      sixes++;
      const said = p.lang === 'en' ? 'not just this instance' : 'Request-URI が示すインスタンスに限らず';
      if (!s.includes(said)) fail(s);
    });
    expect(sixes).toBe(2 * 378);
  });

  it('in Japanese, names the senders of each code as typical, as the English does for both ("412 typically comes from …; 439 from …")', () => {
    check((p, fail) => {
      if (p.lang !== 'ja' || p.c.senders.shared.length > 0 || !p.c.differs.includes('sentBy')) return;
      const s = p.differences.find((d) => d.aspect === 'sentBy')?.sentence ?? '';
      if (s.split('主に').length - 1 !== 2) fail(s);
    });
  });

  it('says "only" solely about methods an RFC restricts the code to', () => {
    const restricted = (e: CodeEntry) => e.facts.methods.value !== 'any';
    check((p, fail) => {
      const onlyWord = p.lang === 'en' ? /\bonly\b/ : /のみ|だけ|限る|限られ/;
      for (const d of p.differences) {
        if (!onlyWord.test(d.sentence)) continue;
        if (d.aspect !== 'methods' || !(restricted(p.a) || restricted(p.b))) fail(d.sentence);
      }
      for (const s of [p.next, ...p.receipts]) if ((p.lang === 'en' ? /\bonly\b/ : /のみ|だけ/).test(s)) fail(s);
    });
  });

  it('has no retry or failover clause for a 1xx or 2xx, and no failover talk when neither code fails over', () => {
    check((p, fail) => {
      const ui = t(p.lang).compare;
      for (const [e, f, receipt] of [[p.a, p.c.a, p.receipts[0]], [p.b, p.c.b, p.receipts[1]]] as const) {
        if (e.klass > 2) continue;
        if (p.c.differs.includes('retry') || p.c.differs.includes('failover')) fail('retry or failover listed');
        if (!receipt.includes(e.klass === 2 ? ui.waitNext.success : ui.waitNext[f.scope === 'hop' ? 'hop' : 'provisional'])) fail(receipt);
      }
      if (p.a.facts.failover.value === 'no' && p.b.facts.failover.value === 'no' && /another server|next server|another flow|別のサーバ|次のサーバ|別のフロー/.test(text(p))) {
        fail('failover talk');
      }
    });
  });

  it('never calls the senders of two codes different: one element can act in roles of both lists (RFC 3261 §6, §10.3, §16)', () => {
    // A redirect server and a B2BUA are UASs (RFC 3261 §6), a registrar is one (§10.3), and a proxy that
    // answers a request itself plays the role of a UAS (§16): no two role lists name disjoint kinds of element.
    const differentSenders = /different senders|senders differ|送信元が異なる|送信元は異なる/;
    let disjoint = 0;
    check((p, fail) => {
      const all = [...p.sentences, ...p.shared.map((x) => x.value), ...p.differences.flatMap((d) => [d.a, d.b])];
      for (const s of all) if (differentSenders.test(s)) fail(s);
      if (p.c.senders.shared.length > 0 || !p.c.differs.includes('sentBy')) return;
      disjoint++;
      // With no role in common, the sentence names each code's senders.
      const s = p.differences.find((d) => d.aspect === 'sentBy')?.sentence ?? '';
      const ui = t(p.lang).compare;
      for (const role of [...p.c.a.sentBy, ...p.c.b.sentBy]) if (!s.includes(ui.roles[role])) fail(`${role} not named: ${s}`);
    });
    expect(disjoint).toBeGreaterThan(2 * 132);
    // A pair the comparisons used to call "different senders": an ESC and a registrar both answer as UASs.
    expect(page(412, 439).differences.find((d) => d.aspect === 'sentBy')?.sentence).toBe('412 typically comes from an event state compositor (RFC 3903 §6); 439 from a registrar (RFC 5626 §11.6).');
    expect(page(412, 439, 'ja').differences.find((d) => d.aspect === 'sentBy')?.sentence).toBe('412 は主に ESC から（RFC 3903 §6）、439 は主にレジストラから返される（RFC 5626 §11.6）。');
    expect(page(433, 608).differences.find((d) => d.aspect === 'sentBy')?.sentence).toBe(
      '433 typically comes from a user agent server and a proxy (RFC 5079 §3, RFC 5079 §1); 608 from an intermediary acting for the user, a proxy or B2BUA (RFC 8688 §3, RFC 8688 §3.1).',
    );
    expect(page(430, 503, 'ja').differences.find((d) => d.aspect === 'sentBy')?.sentence).toBe(
      '430 は主にエッジプロキシから（RFC 5626 §11.5、RFC 5626 §5.3.1）、503 は主にプロキシ・UAS・レジストラ・ゲートウェイから返される（RFC 3261 §21.5.4、RFC 3261 §16.7、RFC 5626 §4.2.1、RFC 3398 §7.2.4.1）。',
    );
  });

  it('cites for each sender named in a sender sentence only the sections that show that sender, for the code the clause is about', () => {
    // The longest labels first: "an edge proxy" and the analytics intermediary contain "a proxy".
    const labelsOf = (lang: Lang) => (Object.entries(t(lang).compare.roles) as [Role, string][]).sort(([, x], [, y]) => y.length - x.length);
    check((p, fail) => {
      const sentence = p.differences.find((d) => d.aspect === 'sentBy')?.sentence;
      if (!sentence) return;
      const clauses = [...sentence.matchAll(citation)];
      if (clauses.length === 0) fail(`no citation: ${sentence}`);
      let from = 0;
      for (const match of clauses) {
        let words = sentence.slice(from, match.index);
        from = match.index + match[0].length;
        const cited = refsCited(match[1]!);
        const named: Role[] = [];
        for (const [role, label] of labelsOf(p.lang)) {
          if (!words.includes(label)) continue;
          named.push(role);
          words = words.replaceAll(label, ' ');
        }
        const about = /\bBoth\b|どちらも/.test(words) ? [p.a, p.b] : [p.a, p.b].filter((e) => new RegExp(`(?<!\\d)${e.code}(?!\\d)`).test(words));
        if (about.length === 0) fail(`a clause about neither code: ${words}`);
        if (named.length === 0) fail(`a clause that names no sender: ${words}`);
        // What the clause may cite: the sections of the senders it names, of the code(s) it is about.
        const backing = new Set(about.flatMap((e) => named.flatMap((role) => (e.facts.sentBy.byRole as SenderRefs)[role] ?? [])));
        for (const ref of cited) if (!backing.has(ref)) fail(`${ref} backs none of ${named.join(', ')} for ${about.map((e) => e.code).join(' and ')}: ${sentence}`);
        for (const ref of backing) if (!cited.includes(ref)) fail(`${ref} left out for ${named.join(', ')}: ${sentence}`);
      }
    });
  });

  it('cites each sender of a shared sender list right after its name, with the sections that show it sending either code, and no other', () => {
    // One citation after the whole list went inside the bracket of the last name and seemed to cite that
    // sender alone: 「プロキシ・UAS（ユーザエージェントサーバ、RFC 3261 §16.7…）」, "Proxy and Back-to-back
    // user agent (B2BUA, RFC 5393 §5.3.3, RFC 7332 §6, RFC 3261 §21.4.21, RFC 3261 §16.3, RFC 7332 §5)".
    // The table's names, longest first ("Edge proxy (SIP Outbound)" holds no "Proxy", but 「（プロキシまたは B2BUA）」
    // holds 「プロキシ」); a name with a bracket takes its citation inside it, so match it without the closing bracket.
    const labelsOf = (lang: Lang) => (Object.entries(t(lang).roles) as [Role, string][]).map(([role, label]) => [role, label.replace(/[)）]$/, '')] as const).sort(([, x], [, y]) => y.length - x.length);
    let lists = 0;
    check((p, fail) => {
      const value = p.shared.find((s) => s.aspect === 'sentBy')?.value;
      if (!value) return;
      if (p.c.a.sentBy.length > 1) lists++;
      let from = 0;
      const seen: Role[] = [];
      for (const match of value.matchAll(citation)) {
        let words = value.slice(from, match.index);
        from = match.index + match[0].length;
        const named: Role[] = [];
        for (const [role, label] of labelsOf(p.lang)) {
          if (!words.includes(label)) continue;
          named.push(role);
          words = words.replaceAll(label, ' ');
        }
        if (named.length !== 1) fail(`a citation after ${named.length} senders: ${value}`);
        seen.push(...named);
        const cited = refsCited(match[1]!);
        const backing = new Set([p.a, p.b].flatMap((e) => named.flatMap((role) => (e.facts.sentBy.byRole as SenderRefs)[role] ?? [])));
        for (const ref of cited) if (!backing.has(ref)) fail(`${ref} shows none of ${named.join(', ')}: ${value}`);
        for (const ref of backing) if (!cited.includes(ref)) fail(`${ref} left out for ${named.join(', ')}: ${value}`);
      }
      if (seen.join() !== p.c.a.sentBy.join()) fail(`senders ${seen.join(', ')} cited, ${p.c.a.sentBy.join(', ')} shared: ${value}`);
    });
    expect(lists).toBe(2 * 109);
    expect(page(440, 483).shared.find((s) => s.aspect === 'sentBy')?.value).toBe(
      'Proxy (RFC 5393 §5.3.3, RFC 3261 §21.4.21, RFC 3261 §16.3) and Back-to-back user agent (B2BUA, RFC 7332 §6, RFC 7332 §5)',
    );
    expect(page(300, 302, 'ja').shared.find((s) => s.aspect === 'sentBy')?.value).toBe(
      'リダイレクトサーバ（RFC 3261 §8.3）・UAS（ユーザエージェントサーバ、RFC 3261 §21.3.1、RFC 3261 §13.3.1.2、RFC 3261 §21.3.3）',
    );
  });

  it('never takes the citation of a shared list of two or more items into the bracket of its last item', () => {
    // Headers shared by two codes: "Contact and Identity (in the request, RFC …)" would cite the last header alone.
    check((p, fail) => {
      for (const s of p.shared) {
        if (s.aspect === 'sentBy') continue;
        const raw = aspectValue(p.lang, s.aspect, p.c.a);
        const many = itemsOf(raw.replace(/[(（][^()（）]*[)）]/g, '')).length > 1;
        if (many && /[)）]$/.test(raw) && s.value.startsWith(raw.slice(0, -1)) && /^(?:, |、)RFC \d/.test(s.value.slice(raw.length - 1))) fail(`${s.aspect}: ${s.value}`);
      }
    });
  });

  it('cites for the methods a sentence says the RFCs name only the sections that name them with that code, and all of them', () => {
    // The clauses that list named methods, and whose code they are about: "INVITE and UPDATE for 488",
    // "and name INVITE for it" (the code the RFCs do not restrict), "488 では INVITE・UPDATE", "RFC が挙げるのは INVITE である".
    const namedClause: Record<Lang, RegExp[]> = {
      en: [/(?<methods>[A-Z]+(?:(?:, | and )[A-Z]+)*) for (?<code>\d{3})$/, /\bname (?<methods>[A-Z]+(?:(?:, | and )[A-Z]+)*) for it$/],
      ja: [/(?<code>\d{3}) では (?<methods>[A-Z]+(?:・[A-Z]+)*)$/, /RFC が挙げるのは (?<methods>[A-Z]+(?:・[A-Z]+)*) である$/],
    };
    let clausesRead = 0;
    check((p, fail) => {
      const sentence = p.differences.find((d) => d.aspect === 'methods')?.sentence;
      if (!sentence) return;
      let from = 0;
      let found = 0;
      for (const match of sentence.matchAll(citation)) {
        const words = sentence.slice(from, match.index).trimEnd();
        from = match.index + match[0].length;
        const groups = namedClause[p.lang].map((re) => words.match(re)?.groups).find(Boolean);
        if (!groups) continue;
        found++;
        // "for it" and "RFC が挙げるのは": the code the clause's sentence is about, the last of the two named
        // before it ("the RFCs do not restrict 607 …, and name … for it"; "607 answers requests outside a dialog …").
        const subject = [...sentence.slice(0, match.index).matchAll(/\b\d{3}\b/g)].map((m) => Number(m[0])).filter((code) => code === p.a.code || code === p.b.code).at(-1);
        const about = groups.code ? [p.a, p.b].find((e) => e.code === Number(groups.code)) : [p.a, p.b].find((e) => e.code === subject);
        if (!about) return fail(`a named-methods clause about neither code: ${words}`);
        const methods = itemsOf(groups.methods!) as Method[];
        if (!methods.every((m) => about.facts.methods.named?.includes(m))) fail(`${methods.join(', ')} not all named for ${about.code}: ${sentence}`);
        const cited = refsCited(match[1]!);
        const backing = new Set(methods.flatMap((m) => (about.facts.methods.namedRefs as MethodRefs | undefined)?.[m] ?? []));
        for (const ref of cited) if (!backing.has(ref)) fail(`${ref} names none of ${methods.join(', ')} with ${about.code}: ${sentence}`);
        for (const ref of backing) if (!cited.includes(ref)) fail(`${ref} left out for ${methods.join(', ')} of ${about.code}: ${sentence}`);
      }
      // A sentence that says which methods the RFCs name has a clause for each code it names them for.
      const expected = [p.a, p.b].filter((e) => e.facts.methods.value === 'any' && e.facts.methods.named && sentence.includes(e.facts.methods.named[0]!)).length;
      if (/\bname\b|挙げる/.test(sentence) && found === 0) fail(`no named-methods clause read: ${sentence}`);
      if (found > expected) fail(`more named-methods clauses than codes with named methods: ${sentence}`);
      clausesRead += found;
    });
    expect(clausesRead).toBeGreaterThan(100);
  });

  it('never says that 503 travels upstream, nor that two codes behave alike', () => {
    check((p, fail) => {
      if (/behave alike|travels back|振る舞いは似て/.test(text(p))) fail('behave alike / travels back');
      if (p.a.code !== 503 && p.b.code !== 503) return;
      const clauses = t(p.lang).compare.scopeClause;
      for (const s of p.sentences) {
        const i = s.indexOf(p.lang === 'en' ? 'For 503, ' : '503 の場合、');
        if (i === -1) continue;
        // A Japanese clause that ends in a bracket takes its citation inside it: compare without the bracket.
        const notRelayed = clauses['not-relayed'].replace(/）$/, '');
        if (!s.slice(i).includes(notRelayed) || s.slice(i, i + 60).includes(clauses.provisional)) fail(s);
      }
    });
  });

  it('gives every aspect that differs a value per code and, but for the class when finality differs, a sentence', () => {
    check((p, fail) => {
      for (const d of p.differences) {
        if (d.a === d.b) fail(`${d.aspect}: same value ${d.a}`);
        // A sentence is left out when the class would repeat the finality, or when the lead says it already.
        if (d.sentence === '' && !(d.aspect === 'class' ? p.c.differs.includes('finality') : ['retry', 'failover', 'scope'].includes(d.aspect))) fail(`${d.aspect}: no sentence`);
        if (/undefined|NaN|\[object/.test(d.sentence)) fail(d.sentence);
      }
      for (const s of p.shared) if (/undefined|\[object/.test(s.value)) fail(s.value);
    });
  });

  it('says about the methods of each code only what its facts bear out, for both codes of every pair: lists, exceptions, the senders a list binds, and requests outside a dialog', () => {
    type F = CodeEntry['facts']['methods'];
    const m = (e: CodeEntry): F => e.facts.methods;
    const list = (e: CodeEntry) => (Array.isArray(m(e).value) ? (m(e).value as Method[]) : undefined);
    const sameItems = (x: readonly string[] | undefined, y: readonly string[]) => !!x && x.length === y.length && x.every((v) => y.includes(v));
    const items = (s: string) => s.split(/, | and | or |・/).map((x) => x.trim());
    /** Each clause a methods sentence can hold, with the premise it needs of the code(s) it names. */
    const clauses: Record<Lang, [RegExp, (g: string[], p: Page) => CodeEntry | boolean][]> = {
      en: [
        [/(\d{3}) answers ([A-Z]+(?:(?:, | and )[A-Z]+)*) only/g, ([c, l], p) => code(p, c) && sameItems(list(code(p, c)), items(l!)) && !m(code(p, c)).onlyFrom && !m(code(p, c)).othersForbidden],
        [/(\d{3}) can answer any request that takes a response, except ([A-Z]+(?:(?:, | and )[A-Z]+)*)/g, ([c, l], p) => m(code(p, c)).value === 'any' && sameItems(m(code(p, c)).except, items(l!)) && !m(code(p, c)).dialog],
        [/do not restrict (\d{3}) to particular methods/g, ([c], p) => m(code(p, c)).value === 'any' && !m(code(p, c)).except && !m(code(p, c)).dialog],
        [/must not answer ([A-Z]+(?:(?:, | or )[A-Z]+)*) with (\d{3})/g, ([l, c], p) => !m(code(p, c)).exceptNever && items(l!).every((x) => m(code(p, c)).except?.includes(x as Method))],
        [/says (\d{3}) is never returned for a ([A-Z]+(?:(?:, | or )[A-Z]+)*) request itself/g, ([c, l], p) => !!m(code(p, c)).exceptNever && items(l!).every((x) => m(code(p, c)).except?.includes(x as Method))],
        [/A transaction-stateful element must not answer any method but ([A-Z]+(?:(?:, | or )[A-Z]+)*) with (\d{3})/g, ([l, c], p) => !!m(code(p, c)).onlyFrom && sameItems(list(code(p, c)), items(l!))],
        [/A SIP element must not answer any method but ([A-Z]+(?:(?:, | or )[A-Z]+)*) with (\d{3})/g, ([l, c], p) => !!m(code(p, c)).othersForbidden && sameItems(list(code(p, c)), items(l!))],
        [/(\d{3}) answers requests outside a dialog/g, ([c], p) => m(code(p, c)).dialog === 'outside'],
        [/restrict neither code to particular methods/g, (_, p) => [p.a, p.b].every((e) => m(e).value === 'any' && !m(e).dialog)],
        [/never answer the same request/g, (_, p) => disjoint(p)],
        [/Both can answer ([A-Z]+(?:(?:, | and )[A-Z]+)*)/g, ([l], p) => [p.a, p.b].every((e) => !m(e).onlyFrom && items(l!).every((x) => list(e)?.includes(x as Method)))],
      ],
      ja: [
        [/(\d{3}) の対象は ([A-Z]+(?:・[A-Z]+)*) のみ/g, ([c, l], p) => sameItems(list(code(p, c)), items(l!)) && !m(code(p, c)).onlyFrom && !m(code(p, c)).othersForbidden],
        [/、(\d{3}) が ([A-Z]+(?:・[A-Z]+)*) のみ/g, ([c, l], p) => sameItems(list(code(p, c)), items(l!)) && !m(code(p, c)).onlyFrom && !m(code(p, c)).othersForbidden],
        [/(\d{3}) は ([A-Z]+(?:・[A-Z]+)*) 以外の、応答を受けるすべてのリクエストへの応答になりうる/g, ([c, l], p) => m(code(p, c)).value === 'any' && sameItems(m(code(p, c)).except, items(l!)) && !m(code(p, c)).dialog],
        [/(\d{3}) は、応答を受けるリクエストの中で特定のメソッドに限定されていない/g, ([c], p) => m(code(p, c)).value === 'any' && !m(code(p, c)).except && !m(code(p, c)).dialog],
        [/サーバは ([A-Z]+(?:・[A-Z]+)*) に (\d{3}) を返してはならない/g, ([l, c], p) => !m(code(p, c)).exceptNever && items(l!).every((x) => m(code(p, c)).except?.includes(x as Method))],
        [/([A-Z]+(?:・[A-Z]+)*) リクエスト自身に (\d{3}) が返ることはない/g, ([l, c], p) => !!m(code(p, c)).exceptNever && items(l!).every((x) => m(code(p, c)).except?.includes(x as Method))],
        [/トランザクションステートフルな装置は、([A-Z]+(?:・[A-Z]+)*) 以外のリクエストに (\d{3}) を返してはならない/g, ([l, c], p) => !!m(code(p, c)).onlyFrom && sameItems(list(code(p, c)), items(l!))],
        [/SIP 装置は、([A-Z]+(?:・[A-Z]+)*) 以外のリクエストに (\d{3}) を返してはならない/g, ([l, c], p) => !!m(code(p, c)).othersForbidden && sameItems(list(code(p, c)), items(l!))],
        [/(\d{3}) の対象はダイアログ外の、応答を受けるリクエスト/g, ([c], p) => m(code(p, c)).dialog === 'outside'],
        [/どちらも特定のメソッドに限定されていない/g, (_, p) => [p.a, p.b].every((e) => m(e).value === 'any' && !m(e).dialog)],
        [/同じリクエストへの応答になることはない/g, (_, p) => disjoint(p)],
        [/どちらも ([A-Z]+(?:・[A-Z]+)*) への応答になりうる/g, ([l], p) => [p.a, p.b].every((e) => !m(e).onlyFrom && items(l!).every((x) => list(e)?.includes(x as Method)))],
      ],
    };
    function code(p: Page, c: string | undefined): CodeEntry {
      const e = [p.a, p.b].find((x) => x.code === Number(c));
      if (!e) throw new Error(`${p.a.code}-vs-${p.b.code}: a methods clause names ${c}, neither code`);
      return e;
    }
    /** "Never the same request": two lists with no method in common, or a list of methods only that the other code must not answer; no condition on senders or dialogs. */
    function disjoint(p: Page): boolean {
      if ([p.a, p.b].some((e) => m(e).onlyFrom || m(e).othersForbidden || m(e).dialog)) return false;
      const [la, lb] = [list(p.a), list(p.b)];
      if (la && lb) return la.every((x) => !lb.includes(x));
      const [l, other] = la ? [la, p.b] : [lb!, p.a];
      return l.every((x) => m(other).except?.includes(x));
    }
    const sentenceOf = { en: /(\d{3}) answers requests outside a dialog that take a response \(([^)]*)\)/, ja: /(\d{3}) の対象はダイアログ外の、応答を受けるリクエスト(?:であり|である)（([^）]*)）/ };
    let read = 0;
    let outside = 0;
    check((p, fail) => {
      const d = p.differences.find((x) => x.aspect === 'methods');
      const shared = p.shared.find((x) => x.aspect === 'methods');
      const dialogCodes = [p.a, p.b].filter((e) => m(e).dialog === 'outside');
      if (shared) {
        // The same methods: only when both codes have the same condition (both outside a dialog, or neither).
        if (dialogCodes.length === 1) fail(`methods shared with only one code outside a dialog: ${shared.value}`);
        if (dialogCodes.length === 2 && !shared.value.startsWith(t(p.lang).compare.outsideDialog(m(p.a).named ?? []))) fail(shared.value);
        return;
      }
      if (!d) return;
      // The cells: "outside a dialog" for a code with the condition, never for one without it.
      for (const [e, cell] of [[p.a, d.a], [p.b, d.b]] as const) {
        if ((m(e).dialog === 'outside') !== /outside a dialog|ダイアログ外/.test(cell)) fail(`${e.code} cell: ${cell}`);
        if (m(e).dialog && /^Any\b|すべてのメソッド|すべてのリクエスト|制限なし/.test(cell)) fail(`${e.code} cell says any method: ${cell}`);
      }
      const bare = d.sentence.replace(citation, '');
      for (const [re, premise] of clauses[p.lang]) {
        for (const match of bare.matchAll(re)) {
          read++;
          if (!premise(match.slice(1), p)) fail(`premise of "${match[0]}" does not hold: ${d.sentence}`);
        }
      }
      // A code outside a dialog: its condition said for it, with exactly the sections that say so.
      for (const e of dialogCodes) {
        outside++;
        const said = [...d.sentence.matchAll(new RegExp(sentenceOf[p.lang], 'g'))].find((x) => Number(x[1]) === e.code);
        if (!said) fail(`${e.code}: no "outside a dialog" clause: ${d.sentence}`);
        else if (!sameItems(refsCited(said[2]!), m(e).dialogRefs ?? [])) fail(`${e.code}: cites ${said[2]} for outside a dialog: ${d.sentence}`);
      }
    });
    expect(read).toBeGreaterThan(2000);
    // 607 and 608 against every other code but each other, in both languages.
    expect(outside).toBe(2 * 2 * 73);
  });

  it('"forwarded at once" always carries its condition (until the proxy has sent a final response, and for a 2xx to INVITE even after) and its level, MUST (RFC 3261 §16.7 step 5)', () => {
    // §16.7 step 5: provisional responses and 2xx are forwarded immediately only until a final response has been
    // sent; after it, only a 2xx to INVITE is, and a stateful proxy "MUST NOT immediately forward any other responses"
    // (RFC 6665 §8.3.1: a 202 to SUBSCRIBE "may be absorbed by a proxy"; RFC 4320 §4.2: no late non-INVITE responses).
    const atOnce = { en: /at once/i, ja: /ただちに/ } as const;
    const conditioned = {
      en: /(?:has not yet sent a final response[^.;]*at once|at once,? until the proxy has sent a final response)/i,
      ja: /(?:まだ最終応答を送っていないプロキシは[^。]*ただちに|最終応答を送るまでは[^。]*ただちに)/,
    } as const;
    const inviteException = { en: 'a 2xx to INVITE, even after', ja: 'INVITE への 2xx' } as const;
    const mustForward = { en: /MUST (?:be forwarded|forward it)[^.;]* at once/, ja: /ただちに[^。]*転送しなければなら[なず]/ } as const;
    // The facts cell of every code page says it too.
    for (const lang of LANGS) {
      for (const e of CODES) {
        const cell = aspectValue(lang, 'scope', factsOf(e));
        if (atOnce[lang].test(cell)) expect(cell, `${lang} ${e.code}`).toMatch(mustForward[lang]);
      }
    }
    let success = 0;
    check((p, fail) => {
      const texts = [p.next, ...p.receipts, ...p.differences.flatMap((d) => [d.a, d.b, d.sentence]), ...p.shared.map((s) => s.value)];
      for (const s of texts) {
        for (const piece of s.split(p.lang === 'ja' ? /(?<=。)/ : /(?<=\.) /)) {
          if (atOnce[p.lang].test(piece) && !conditioned[p.lang].test(piece)) fail(`"at once" without its condition: ${piece}`);
          // §16.7 step 5: "the following responses MUST be forwarded immediately": the level, never a plain fact.
          if (atOnce[p.lang].test(piece) && !mustForward[p.lang].test(piece)) fail(`"at once" without MUST: ${piece}`);
        }
      }
      for (const [e, f] of [[p.a, p.c.a], [p.b, p.c.b]] as const) {
        if (f.scope !== 'success') continue;
        success++;
        const scopeTexts = [...p.differences.filter((d) => d.aspect === 'scope').flatMap((d) => [e === p.a ? d.a : d.b, d.sentence || p.next]), ...p.shared.filter((s) => s.aspect === 'scope').map((s) => s.value)];
        if (!scopeTexts.length) fail(`${e.code}: no scope statement`);
        for (const s of scopeTexts) if (!s.includes(inviteException[p.lang])) fail(`${e.code}: no 2xx-to-INVITE exception: ${s}`);
      }
    });
    // Each of 200, 202 and 204 in its 74 pairs, in both languages.
    expect(success).toBe(2 * 3 * 74);
  });

  it('a 3xx with Contact and 416: every scope statement says that a proxy may recurse instead, and then SHOULD NOT keep the response (RFC 3261 §16.7 step 4); no other code\'s does', () => {
    // §16.7 step 4: "If the proxy recurses on all of the contacts in a 3xx response, the proxy SHOULD NOT add the
    // resulting contactless response to the response context"; "if a proxy "recurses" on the 416 by trying a SIP or
    // SIPS URI instead, the 416 response SHOULD NOT be added to the response context."
    const said = {
      contacts: { en: 'recurses on all its Contact addresses', ja: 'Contact のアドレスすべてへ再帰した' },
      'sip-uri': { en: 'SIP URI version', ja: 'SIP URI 版' },
    } as const;
    const any = { en: /recurs|SIP URI version/, ja: /再帰|SIP URI 版/ } as const;
    const codes = new Set<number>();
    check((p, fail) => {
      for (const [e, f, side] of [[p.a, p.c.a, 'a'], [p.b, p.c.b, 'b']] as const) {
        const d = p.differences.find((x) => x.aspect === 'scope');
        const statements = [
          ...(d ? [d[side]] : []),
          ...p.shared.filter((x) => x.aspect === 'scope').map((x) => x.value),
          // The sentence (or the lead that says it): the clause after "For 302, " / 「302 の場合、」.
          ...[d?.sentence || p.next].flatMap((s) => (s.match(new RegExp(p.lang === 'ja' ? `${e.code} の場合、[^。]*。` : `For ${e.code}, [^.]*(?:\\.\\d[^.]*)*\\.`, 'g')) ?? [])),
        ];
        for (const s of statements) {
          if (f.recurse) {
            codes.add(e.code);
            if (!s.includes(said[f.recurse][p.lang])) fail(`${e.code}: scope without its recursion: ${s}`);
          } else if (any[p.lang].test(s)) fail(`${e.code}: recursion said of a code with none: ${s}`);
        }
      }
    });
    expect([...codes].sort()).toEqual([300, 301, 302, 305, 416]);
  });

  it('the best final response: a stateful proxy MUST forward it if all branches have ended with no 2xx forwarded (RFC 3261 §16.7 step 6), never "forwards" it as a plain fact or without the condition', () => {
    // §16.7 step 6: "A stateful proxy MUST send a final response to a response context's server transaction if no final
    // responses have been immediately forwarded by the above rules and all client transactions in this response context
    // have been terminated." Only a 2xx is forwarded immediately (step 5).
    const best = { en: /best final response/, ja: /最良の最終応答/ } as const;
    const kept = { en: /if all have ended with no 2xx forwarded, MUST forward the best final response/, ja: /2xx を転送しないまますべてのブランチが終わったら、最良の最終応答を転送しなければならない（MUST/ } as const;
    let read = 0;
    check((p, fail) => {
      const texts = [p.next, ...p.receipts, ...p.differences.flatMap((d) => [d.a, d.b, d.sentence]), ...p.shared.map((s) => s.value)];
      for (const s of texts) {
        for (const piece of s.split(p.lang === 'ja' ? /(?<=。)/ : /(?<=\.) /)) {
          if (!best[p.lang].test(piece)) continue;
          read++;
          if (!kept[p.lang].test(piece)) fail(`"best final response" without its level or condition: ${piece}`);
        }
      }
    });
    expect(read).toBeGreaterThan(1000);
  });

  it('a 6xx: the proxy that SHOULD cancel its other branches and MUST choose from the 6xx responses is a stateful one (RFC 3261 §16.7 steps 5 and 6; §16.11)', () => {
    // §16.7 step 5: "the stateful proxy SHOULD cancel all client pending transactions"; step 6: "A stateful proxy MUST
    // send a final response … It MUST choose from the 6xx class responses if any exist". §16.11: "Response processing
    // as described in Section 16.7 does not apply to a proxy behaving statelessly."
    const cancel = { en: /proxy SHOULD cancel/, ja: /プロキシは他のブランチをキャンセルすべき/ } as const;
    const stateful = { en: /\bstateful proxy SHOULD cancel/, ja: /ステートフルプロキシは他のブランチをキャンセルすべき/ } as const;
    let sixes = 0;
    check((p, fail) => {
      const sentences = [p.next, ...p.differences.map((d) => d.sentence)];
      for (const s of sentences) if (cancel[p.lang].test(s) && !stateful[p.lang].test(s)) fail(`cancelling proxy not said to be stateful: ${s}`);
      if ([p.c.a, p.c.b].some((f) => f.scope === 'global') && p.c.differs.includes('scope')) {
        sixes++;
        if (!sentences.some((s) => stateful[p.lang].test(s))) fail('a 6xx scope sentence without the stateful proxy');
      }
    });
    expect(sixes).toBeGreaterThan(100);
  });
});

describe('regression: the audit of the generated comparisons (2026-12)', () => {
  it('200 vs 603: a 2xx ends the search too; 200 does not "speak only for the server"', () => {
    const p = page(200, 603);
    expect(text(p)).not.toMatch(/speaks only|may still succeed/);
    expect(p.c.a.scope).toBe('success');
    expect(text(p)).toContain('MUST then send CANCEL on its other pending branches, which can end an INVITE but not a SUBSCRIBE or NOTIFY');
  });

  it('100 vs 503: no "answer another server would repeat"; 503 is not relayed upstream', () => {
    const p = page(100, 503);
    expect(text(p)).not.toMatch(/most likely repeat|travels back/);
    expect(p.differences.find((d) => d.aspect === 'failover')).toBeUndefined();
    expect(text(p)).toContain('SHOULD NOT forward it upstream');
    expect(p.next).toContain('After 503, the client SHOULD try another server');
    expect(page(100, 503, 'ja').sentences.join('')).not.toContain('同じ答えが返る');
  });

  it('480, 484, 603 and 607 are not restricted to INVITE; 607 names more than INVITE', () => {
    for (const code of [480, 484, 603, 607, 438]) expect(getCode(code).facts.methods.value).toBe('any');
    expect(getCode(603).facts.methods.named).toContain('SUBSCRIBE');
    expect(getCode(607).facts.methods.named).toEqual(expect.arrayContaining(['INVITE', 'MESSAGE', 'SUBSCRIBE']));
    for (const [a, b] of [[200, 603], [403, 607], [484, 604]] as const) expect(text(page(a, b))).not.toMatch(/(484|603|607) (concerns|answers) INVITE/);
  });

  it('607 and 608 answer requests outside a dialog (RFC 8197 §4, RFC 8688 §3.1), not any method: facts, cells and sentences in both languages', () => {
    expect(CODES.filter((e) => e.facts.methods.dialog === 'outside').map((e) => e.code)).toEqual([607, 608]);
    for (const code of [607, 608]) {
      expect(aspectValue('en', 'methods', factsOf(getCode(code)))).toBe('Requests outside a dialog that take a response; the RFCs name INVITE, MESSAGE and SUBSCRIBE');
      expect(aspectValue('ja', 'methods', factsOf(getCode(code)))).toBe('ダイアログ外の、応答を受けるリクエスト。RFC が挙げるのは INVITE・MESSAGE・SUBSCRIBE');
    }
    const sentence = (a: number, b: number, lang: Lang = 'en') => page(a, b, lang).differences.find((d) => d.aspect === 'methods')?.sentence;
    expect(sentence(480, 607)).toBe(
      'Among requests that take a response, the RFCs do not restrict 480 to particular methods (RFC 3261 §21.4.18, RFC 3261 §16.5). 607 answers requests outside a dialog that take a response (RFC 8197 §4), and the RFCs name INVITE, MESSAGE and SUBSCRIBE for it (RFC 8197 §4).',
    );
    expect(sentence(603, 608, 'ja')).toContain('608 の対象はダイアログ外の、応答を受けるリクエストであり（RFC 8688 §3.1）、RFC が挙げるのは INVITE・MESSAGE・SUBSCRIBE である（RFC 8688 §3.1）。');
    expect(sentence(181, 607)).toBe('A SIP element must not answer any method but INVITE with 181 (RFC 3261 §21.1.3, RFC 4320 §4.1). 607 answers requests outside a dialog that take a response (RFC 8197 §4), and the RFCs name INVITE, MESSAGE and SUBSCRIBE for it (RFC 8197 §4).');
    // Both outside a dialog, naming the same methods: said once, as what they share.
    expect(page(607, 608).shared.find((s) => s.aspect === 'methods')?.value).toBe('Requests outside a dialog that take a response; the RFCs name INVITE, MESSAGE and SUBSCRIBE (RFC 8197 §4, RFC 8688 §3.1)');
    for (const other of CODES.filter((e) => e.code !== 607 && e.code !== 608)) {
      for (const code of [607, 608]) {
        for (const lang of LANGS) {
          const p = page(Math.min(code, other.code), Math.max(code, other.code), lang);
          expect(p.shared.map((s) => s.aspect), `${code} vs ${other.code}`).not.toContain('methods');
          expect(sentence(p.a.code, p.b.code, lang), `${code} vs ${other.code}`).not.toMatch(new RegExp(`restrict neither code|do not restrict ${code}|Both can answer|never answer the same request|どちらも|${code} は、応答を受けるリクエストの中で特定のメソッドに限定されていない|同じリクエストへの応答になることはない`));
        }
      }
    }
  });

  it('305: the resource MUST be accessed through the proxy in Contact (RFC 3261 §21.3.4); 302 retargets (SHOULD, §8.1.3.4)', () => {
    const p = page(302, 305);
    expect(p.next).toContain('After 305, the requested resource MUST be accessed through the proxy given in Contact, and the recipient is expected to repeat this single request via that proxy');
    expect(p.next).not.toContain('Request-URI stays');
    expect(p.next).toContain('After 302, the client SHOULD use the addresses in the Contact header to formulate one or more new requests');
    expect(page(305, 380).receipts[0]).not.toContain('Contact addresses');
  });

  it('200 lists Contact once', () => {
    const p = page(200, 603);
    const cell = p.differences.find((d) => d.aspect === 'headers')!.a;
    expect(cell.split('Contact').length - 1).toBe(1);
  });

  it('603 and 600: Retry-After MAY give a better time to call; the RFC forbids no retry (RFC 3261 §21.6.1, §21.6.2)', () => {
    for (const code of [600, 603]) expect(getCode(code).facts.retry.value).toBe('if-retry-after');
    expect(page(200, 603).receipts[1]).toContain('MAY give a better time to call in a Retry-After header');
    for (const p of PAGES) expect(text(p)).not.toMatch(/do not retry unless|時刻が示されない限り再試行しない/);
  });

  it('"try another server" only for 503 (RFC 3263 §4.3); after 439 another outbound proxy MAY be tried (RFC 5626 §4.2.1)', () => {
    for (const e of CODES) {
      if (e.facts.failover.value === 'next-server') expect(e.facts.failover.refs, `${e.code}`).toContain('RFC3263 §4.3');
      if (e.facts.failover.value === 'other-proxy') expect(e.code).toBe(439);
    }
    for (const p of PAGES) expect(text(p), `${p.a.code} vs ${p.b.code}`).not.toMatch(/After 439, try another server|439 is a reason to try another server/);
    expect(page(439, 503).next).toContain('After 439, the UA MAY register again through another outbound proxy');
  });

  it('a deprecated code gets a fact, not an order: 202 still answers MESSAGE (RFC 3428 §7)', () => {
    for (const lang of LANGS) expect(t(lang).compare.deprecated(202)).not.toMatch(/Do not send|送信してはならない/);
    for (const p of PAGES) expect(text(p)).not.toMatch(/in current use|現在も使われている/);
  });

  it('calls the registry references what they are: RFC 7647 §5 does not define 202', () => {
    for (const p of PAGES) expect(text(p)).not.toMatch(/is defined in|で定義されている/);
    expect(page(200, 202).differences.find((d) => d.aspect === 'rfcs')?.sentence).toBe(
      'The IANA registry cites RFC 3261 §21.2.1 for 200, and RFC 6665 §8.3.1 and RFC 7647 §5 for 202.',
    );
  });

  it('408: a locally generated timeout fails over (RFC 3263 §4.3); no Retry-After boilerplate', () => {
    expect(getCode(408).facts.failover.value).toBe('local-timeout');
    const p = page(408, 487);
    expect(p.next).toContain('Timer B or F');
    // RFC 3263 §4.3: a timeout "without ever having received any response, provisional or final".
    for (const p of PAGES.filter((x) => x.c.a.failover === 'local-timeout' || x.c.b.failover === 'local-timeout')) {
      expect(text(p)).toMatch(p.lang === 'en' ? /without any response/ : /応答を一つも受けないまま|暫定応答も最終応答も受けないまま/);
    }
    expect(p.next).toContain('RFC 3263 §4.3');
    expect(p.receipts[0]).not.toContain('Retry-After');
    expect(page(408, 480).differences.find((d) => d.aspect === 'failover')?.a).toBe(t('en').failover['local-timeout']);
  });

  it('181 is not sent by a plain proxy (RFC 3261 §16.7)', () => {
    expect(getCode(181).facts.sentBy.value).not.toContain('proxy');
  });

  it('a sender sentence cites the sections of the senders it names, not a gateway mapping for "a proxy"', () => {
    const sentence = (a: number, b: number, lang: Lang = 'en') => page(a, b, lang).differences.find((d) => d.aspect === 'sentBy')?.sentence;
    expect(sentence(404, 486)).toBe(
      'Both can come from a user agent server and a gateway (RFC 3261 §21.4.5, RFC 3261 §8.2.2.1, RFC 3398 §7.2.4.1, RFC 3261 §21.4.24, RFC 3261 §13.3.1.3). ' +
        '404 can also come from a proxy, a registrar and a redirect server (RFC 3261 §16.5, RFC 3261 §10.3, RFC 3261 §8.3).',
    );
    expect(sentence(100, 180, 'ja')).toContain('100 はプロキシからも返されうる（RFC 3261 §21.1.1、RFC 3261 §16.2）。');
  });

  it('202 to SUBSCRIBE, NOTIFY and REFER is forbidden, not unrestricted (RFC 6665 §8.3.1, RFC 7647 §5)', () => {
    const sentence = (a: number, b: number, lang: Lang = 'en') => page(a, b, lang).differences.find((d) => d.aspect === 'methods')?.sentence;
    // 204 is for a SUBSCRIBE within a dialog (RFC 5839 §7.1): each code's methods on their own, the condition said.
    expect(sentence(202, 204)).toBe('A server must not answer SUBSCRIBE, NOTIFY or REFER with 202 (RFC 6665 §8.3.1, RFC 7647 §5). 204 answers SUBSCRIBE only, sent within a dialog (RFC 5839 §7.1).');
    expect(sentence(202, 204, 'ja')).toBe('サーバは SUBSCRIBE・NOTIFY・REFER に 202 を返してはならない（RFC 6665 §8.3.1、RFC 7647 §5）。204 の対象はダイアログ内で送られた SUBSCRIBE のみである（RFC 5839 §7.1）。');
    expect(page(202, 204).differences.find((d) => d.aspect === 'methods')?.a).toBe('Any request that takes a response, except SUBSCRIBE, NOTIFY and REFER; the RFCs name MESSAGE');
  });

  it('408 is INVITE-only for transaction-stateful elements alone (RFC 4320 §4.2): no comparison says it never answers the same request as another code', () => {
    const sentence = (a: number, b: number, lang: Lang = 'en') => page(a, b, lang).differences.find((d) => d.aspect === 'methods')?.sentence;
    expect(sentence(204, 408)).toBe('204 answers SUBSCRIBE only, sent within a dialog (RFC 5839 §7.1). A transaction-stateful element must not answer any method but INVITE with 408 (RFC 4320 §4.2).');
    expect(sentence(408, 439, 'ja')).toBe('トランザクションステートフルな装置は、INVITE 以外のリクエストに 408 を返してはならない（RFC 4320 §4.2）。439 の対象は REGISTER のみである（RFC 5626 §11.6）。');
    expect(page(408, 480).differences.find((d) => d.aspect === 'methods')?.a).toBe('INVITE only, when a transaction-stateful element sends it');
    const bound = CODES.filter((e) => e.facts.methods.onlyFrom).map((e) => e.code);
    expect(bound).toContain(408);
    for (const code of bound) {
      for (const other of CODES) {
        if (other.code === code) continue;
        for (const lang of LANGS) {
          const text = sentence(Math.min(code, other.code), Math.max(code, other.code), lang) ?? '';
          expect(text, `${code} vs ${other.code}`).not.toMatch(new RegExp(`never answer the same request|${code} answers|同じリクエストへの応答になることはない|${code} の対象は`));
        }
      }
    }
  });

  it('180, 181, 182, 183 and 199 to INVITE only: RFC 4320 §4.1 is a MUST NOT that binds every element, so no cell or comparison states it as a fact or says two codes never answer the same request', () => {
    // RFC 4320 §4.1: "An SIP element MUST NOT send any provisional response with a Status-Code other than 100 to a non-INVITE request."
    const forbidden = CODES.filter((e) => e.facts.methods.othersForbidden).map((e) => e.code);
    expect(forbidden).toEqual(CODES.filter((e) => e.klass === 1 && e.code !== 100).map((e) => e.code));
    for (const e of CODES) if (e.facts.methods.value !== 'any' && e.facts.methods.refs.includes('RFC4320 §4.1')) expect(e.facts.methods.othersForbidden, `${e.code}`).toBe(true);
    const cell = { en: 'INVITE: a SIP element MUST NOT send it in answer to any other request', ja: 'INVITE：SIP 装置は、INVITE 以外のリクエストにこのコードを返してはならない（MUST NOT）' } as const;
    const rule = { en: (c: number) => `A SIP element must not answer any method but INVITE with ${c} (`, ja: (c: number) => `SIP 装置は、INVITE 以外のリクエストに ${c} を返してはならない（` } as const;
    const asFact = { en: (c: number) => new RegExp(`${c} answers INVITE only|never answer the same request|Both can answer`), ja: (c: number) => new RegExp(`${c} の対象は INVITE のみ|${c} が INVITE のみ|同じリクエストへの応答になることはない|どちらも INVITE への応答になりうる`) } as const;
    let read = 0;
    for (const lang of LANGS) {
      for (const code of forbidden) expect(aspectValue(lang, 'methods', factsOf(getCode(code)))).toBe(cell[lang]);
      for (const p of PAGES.filter((x) => x.lang === lang && [x.a.code, x.b.code].some((c) => forbidden.includes(c)))) {
        const shared = p.shared.find((x) => x.aspect === 'methods');
        const d = p.differences.find((x) => x.aspect === 'methods');
        read++;
        if (shared) {
          // Two such codes: the same list on the same basis, said once with its level.
          // Japanese takes the citation into the bracket of the level: 「（MUST NOT、RFC 3261 §21.1.2、…）」.
          expect(shared.value.startsWith(cell[lang].replace(/）$/, '')), `${p.a.code}-vs-${p.b.code}: ${shared.value}`).toBe(true);
          continue;
        }
        expect(d, `${p.a.code}-vs-${p.b.code}`).toBeDefined();
        for (const c of [p.a.code, p.b.code].filter((x) => forbidden.includes(x))) {
          expect([d!.a, d!.b][c === p.a.code ? 0 : 1]).toBe(cell[lang]);
          expect(d!.sentence, `${lang} ${p.a.code}-vs-${p.b.code}`).toContain(rule[lang](c));
          expect(d!.sentence, `${lang} ${p.a.code}-vs-${p.b.code}`).not.toMatch(asFact[lang](c));
        }
      }
    }
    // Each of the five codes against the 74 others, less the 10 pairs between two of them counted twice, in both languages.
    expect(read).toBe(2 * (5 * 74 - 10));
  });

  it('a named-methods sentence cites the sections that name those methods with the code, not every section of methods', () => {
    const sentence = (a: number, b: number, lang: Lang = 'en') => page(a, b, lang).differences.find((d) => d.aspect === 'methods')?.sentence;
    expect(sentence(202, 486)).toBe(
      'Among requests that take a response, the RFCs restrict neither code to particular methods; they name MESSAGE for 202 (RFC 3428 §7) and INVITE for 486 (RFC 3261 §13.3.1.3). A server must not answer SUBSCRIBE, NOTIFY or REFER with 202 (RFC 6665 §8.3.1, RFC 7647 §5).',
    );
    expect(sentence(202, 422, 'ja')).toContain('が、RFC が挙げるのは MESSAGE である（RFC 3428 §7）。');
  });

  it('401 vs 421 and 302 vs 305: no "behave alike" lead', () => {
    for (const [a, b] of [[401, 421], [302, 305]] as const) {
      for (const lang of LANGS) expect(page(a, b, lang).next).not.toMatch(/alike|似て/);
    }
    expect(page(401, 421).next).toContain('credentials for the challenge');
  });

  it('422 vs 494: the lead says what each means, not two method lists', () => {
    const p = page(422, 494);
    expect(p.meanings[0]).toContain(getCode(422).text.en.summary);
    expect(p.next).not.toMatch(/INVITE|REGISTER/);
  });

  it('488: the response MAY describe media capabilities and SHOULD carry a Warning when it rejects an offer (RFC 3261 §21.4.26, §13.3.1.3; RFC 3311 §5.2); it does not always point at what to change', () => {
    for (const lang of LANGS) {
      expect(keywordsOf(retryText(lang, getCode(488)))).toEqual(['SHOULD NOT', 'MAY', 'SHOULD']);
      expect(keywordsOf(aspectValue(lang, 'retry', factsOf(getCode(488))))).toEqual(['SHOULD NOT', 'MAY', 'SHOULD']);
    }
    expect(text(page(488, 493))).not.toContain('points at what to change');
    expect(page(488, 493).next).toContain('(RFC 3261 §21.4.26, RFC 3261 §13.3.1.3, RFC 3311 §5.2, RFC 3261 §21.4)');
  });

  it('485: the response MAY list unambiguous addresses in Contact, a proxy\'s SHOULD (RFC 3261 §21.4.23, §16.5); it does not always point at what to change', () => {
    for (const lang of LANGS) {
      expect(keywordsOf(retryText(lang, getCode(485)))).toEqual(['SHOULD NOT', 'MAY', 'SHOULD']);
      expect(keywordsOf(aspectValue(lang, 'retry', factsOf(getCode(485))))).toEqual(['SHOULD NOT', 'MAY', 'SHOULD']);
    }
    expect(page(484, 485).receipts[1]).not.toContain('points at what to change');
    expect(page(484, 485, 'ja').receipts[1]).not.toContain('変える点は応答が示');
    expect(page(484, 485).next).toContain('user intervention is required to choose among them');
  });

  it('senders: 100 vs 503 and 305 vs 380 share a sender, so no "different places"', () => {
    for (const [a, b] of [[100, 503], [305, 380], [401, 421], [481, 487]] as const) {
      for (const lang of LANGS) expect(text(page(a, b, lang))).not.toMatch(/different (places|senders)|送信元が異なる/);
    }
  });

  it('Japanese: titles in the reviewed form, 「・」 in lists, no calques from the old templates', () => {
    const ja = t('ja').compare;
    expect(ja.pageTitle({ code: 480, name: '一時的に利用不可' }, { code: 486, name: '話中' })).toBe('SIP 480（一時的に利用不可）と 486（話中）の違い');
    const p = page(480, 486, 'ja');
    expect(p.differences.find((d) => d.aspect === 'sentBy')?.sentence).toContain('UAS・ゲートウェイ');
    expect(text(p)).not.toContain('UAS（ユーザエージェントサーバ）');
    for (const q of PAGES.filter((x) => x.lang === 'ja')) expect(text(q)).not.toMatch(/再試行するものはない|同じ答えが返る|ユーザのすべての宛先について答える/);
  });

  it('the meta description promises guidance only where a guide exists', () => {
    expect(t('ja').compare.metaDescription({ code: 100, name: 'x' }, { code: 503, name: 'y' }, false)).not.toContain('指針');
    expect(t('en').compare.metaDescription({ code: 100, name: 'x' }, { code: 503, name: 'y' }, false)).not.toContain('guidance');
  });

  it('shared facts carry their sections too', () => {
    const p = page(480, 486);
    const scope = p.shared.find((s) => s.aspect === 'scope');
    expect(scope?.value).toBe(`${aspectValue('en', 'scope', p.c.a)} (RFC 3261 §16.7)`);
  });
});

describe('which pairs search engines index', () => {
  const guides = new Set(['480-vs-486', '401-vs-407']);
  it('indexes pairs with a guide and pairs one code lists as related, in either order', () => {
    expect(isIndexablePair(getCode(486), getCode(480), guides)).toBe(true);
    expect(isIndexablePair(getCode(503), getCode(500), new Set())).toBe(getCode(503).related.includes(500) || getCode(500).related.includes(503));
    expect(isIndexablePair(getCode(100), getCode(503), guides)).toBe(false);
    expect(isIndexablePair(getCode(305), getCode(380), guides)).toBe(false);
    expect(isIndexablePair(getCode(422), getCode(494), guides)).toBe(false);
  });

  it('keeps the indexed set small: a few hundred of the 2,775 pairs', () => {
    const n = PAIRS.filter(([a, b]) => isIndexablePair(a, b, guides)).length;
    expect(n).toBeGreaterThan(100);
    expect(n).toBeLessThan(400);
  });
});

describe('"any" methods means any request that takes a response: ACK takes none (RFC 3261 §22.1, §17)', () => {
  it('no code\'s methods cell calls its requests "any method" or "any request" without saying they take a response, in either language', () => {
    for (const e of CODES) {
      const facts = factsOf(e);
      if (facts.methods !== 'any') continue;
      expect(aspectValue('en', 'methods', facts), `${e.code}`).toMatch(/that takes? a response/);
      expect(aspectValue('ja', 'methods', facts), `${e.code}`).toContain('応答を受ける');
      expect(aspectValue('en', 'methods', facts), `${e.code}`).not.toMatch(/^Any( request method)?( but|;|$)/);
      expect(aspectValue('ja', 'methods', facts), `${e.code}`).not.toMatch(/すべてのメソッド|制限なし/);
    }
  });

  it('no comparison, for any pair in either language, speaks of any method or of no restriction to methods without limiting it to requests that take a response', () => {
    const problems: string[] = [];
    for (const p of PAGES) {
      const all = [...p.sentences, ...p.shared.map((s) => s.value), ...p.differences.flatMap((d) => [d.a, d.b])].join('\n');
      // "must not answer any method but INVITE with 408" forbids; it claims nothing about ACK.
      const en = all.replace(/must not answer any method but/g, '');
      if (p.lang === 'en' && /any (request )?method|(?<!Among requests that take a response, the RFCs )(?<!among requests that take a response, the RFCs )(do not restrict|restrict neither)/i.test(en)) problems.push(`en ${p.a.code}-vs-${p.b.code}`);
      if (p.lang === 'ja' && (/すべてのメソッド|制限なし/.test(all) || /(?<!応答を受けるリクエストの中で、)どちらも特定のメソッドに限定されていない|\d{3} は特定のメソッドに限定されていない/.test(all))) problems.push(`ja ${p.a.code}-vs-${p.b.code}`);
      if (/requests (outside|within) a dialog(?! that take a response)/.test(all) || /ダイアログ[外内]のリクエスト/.test(all)) problems.push(`${p.lang} ${p.a.code}-vs-${p.b.code}: dialog`);
    }
    expect(problems).toEqual([]);
  });
});

describe('retry cells and sentences of every value state their sections, with the level (every code, every pair)', () => {

  it('every retry cell and next step of a 3xx to 6xx carries a requirement keyword or says that its sections set none', () => {
    const problems: string[] = [];
    for (const e of CODES.filter((x) => x.klass >= 3)) {
      for (const lang of LANGS) {
        for (const text of [aspectValue(lang, 'retry', factsOf(e)), retryText(lang, e)]) {
          if (!/\b(MUST|SHOULD|MAY)\b/.test(text) && !/no retry rule|no rule|no requirement level|neither sets a rule|none of the cited sections sets a rule|do not say|does not say|set no|sets no|say nothing|規定はない|規定しておらず|規定していない|規定がない|定めていない|示していない|規定なし/i.test(text)) problems.push(`${e.code} ${lang}: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('3xx: redirect SHOULD (RFC 3261 §8.1.3.4), 305 MUST be accessed through the proxy (§21.3.4) with no claim about the Request-URI, 380 sets no rule (§21.3.5)', () => {
    for (const code of [300, 301, 302]) {
      expect(getCode(code).facts.retry.refs).toContain('RFC3261 §8.1.3.4');
      expect(aspectValue('en', 'retry', factsOf(getCode(code)))).toBe('The client SHOULD send new requests to the Contact addresses');
    }
    expect(getCode(305).facts.retry.refs).toContain('RFC3261 §21.3.4');
    for (const lang of LANGS) expect(retryText(lang, getCode(305))).toMatch(/MUST/);
    for (const p of PAGES) expect(text(p)).not.toMatch(/Request-URI stays|Request-URI は変えずに/);
    expect(getCode(380).facts.retry.refs).toContain('RFC3261 §21.3.5');
    for (const lang of LANGS) expect(keywordsOf(aspectValue(lang, 'retry', factsOf(getCode(380))))).toEqual([]);
  });

  it('later: MAY for 408 and 500 (RFC 3261 §21.4.9, §21.5.1); 480 and 486 a 4xx that SHOULD NOT be retried unchanged (§21.4); 470 cites §5.9.1; 491 §14.1; 503 §21.5.4', () => {
    expect(retryText('en', getCode(408))).toBe('the client MAY send the request again later');
    expect(getCode(408).facts.retry.refs).toContain('RFC3261 §21.4.9');
    expect(getCode(500).facts.retry.refs).toContain('RFC3261 §21.5.1');
    for (const code of [480, 486]) {
      expect(getCode(code).facts.retry.refs).toContain('RFC3261 §21.4');
      expect(aspectValue('en', 'retry', factsOf(getCode(code)))).toMatch(/^Should not be resent unchanged \(SHOULD NOT\)/);
      for (const p of PAGES.filter((x) => x.a.code === code || x.b.code === code)) expect(text(p)).not.toMatch(new RegExp(`After ${code}, the same request may succeed later`));
    }
    expect(getCode(470).facts.retry.refs).toEqual(expect.arrayContaining(['RFC5360 §5.9.1', 'RFC5360 §5.9.2']));
    expect(retryText('en', getCode(470))).toContain('once it has permissions for all the URIs');
    // RFC 3261 §14.1 for a re-INVITE, RFC 3311 §5.3 for an UPDATE: the same timer and the same SHOULD.
    expect(retryText('en', getCode(491))).toContain('if the request was a re-INVITE or an UPDATE');
    expect(retryText('en', getCode(491))).toContain('SHOULD attempt the request once more');
    expect(getCode(491).facts.retry.refs).toEqual(['RFC3261 §14.1', 'RFC3311 §5.3']);
    for (const lang of LANGS) expect(aspectValue(lang, 'retry', factsOf(getCode(491)))).toContain('UPDATE');
    expect(retryText('en', getCode(503))).toContain('MUST act as if it had received a 500');
    expect(getCode(503).facts.retry.refs).toContain('RFC3261 §21.5.1');
  });

  it('433, 422 and 438 say what RFC 5079 §4, RFC 4028 §7.3/§7.4 and RFC 8224 §6.1.1 say', () => {
    for (const lang of LANGS) expect(keywordsOf(aspectValue(lang, 'retry', factsOf(getCode(433))))).toEqual(['MUST NOT', 'MAY']);
    // RFC 4028 §7.4: within a dialog, the largest Min-SE "returned in all 422 responses or received in session refresh requests".
    expect(aspectValue('en', 'retry', factsOf(getCode(422)))).toBe('The UAC MAY retry; the new request MUST carry Min-SE with the largest value received in the 422 responses and, within a dialog, in the session refresh requests received on it');
    for (const lang of LANGS) expect(retryText(lang, getCode(422))).toContain(lang === 'en' ? '422 responses and session refresh requests received on the dialog' : '422 応答とセッションリフレッシュのリクエスト');
    expect(getCode(422).facts.retry.refs).toEqual(['RFC4028 §7.3', 'RFC4028 §7.4']);
    expect(keywordsOf(retryText('en', getCode(438)))).toEqual(['SHOULD', 'SHOULD NOT']);
    expect(getCode(438).facts.retry.refs).toEqual(['RFC8224 §6.1.1']);
  });

  it('after a 100 the INVITE client transaction SHOULD NOT retransmit (RFC 3261 §17.1.1.2): no pair, in either language, says the 100 stops retransmissions as a fact', () => {
    const problems: string[] = [];
    for (const p of PAGES) {
      const all = [...p.sentences, ...p.meanings];
      for (const s of all) {
        if (!(p.lang === 'en' ? /retransmi/i : /再送/).test(s)) continue;
        if (/stops INVITE retransmissions|再送を止め/.test(s) || !s.includes('SHOULD NOT') && !/should no longer|再送すべきではな/.test(s)) problems.push(`${p.lang} ${p.a.code}-vs-${p.b.code}: ${s}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('a 2xx has nothing to retry because the request succeeded, and cites a section that says so (202: RFC 3261 §21.2)', () => {
    expect(getCode(202).facts.retry.refs).toContain('RFC3261 §21.2');
  });
});

describe('failover sentences keep the level of RFC 3263 §4.3', () => {
  // "is not among the failures after which RFC 3263 has a client try another server" stated the SHOULD as a fact.
  it('every failover clause names its requirement level, in both languages', () => {
    for (const lang of LANGS) {
      for (const [value, clause] of Object.entries(t(lang).compare.failoverClause)) {
        expect(clause, `${lang} ${value}`).toMatch(lang === 'en' ? /\b(SHOULD|MAY)\b/ : /（(SHOULD|MAY)[）、]/);
      }
    }
  });
});

