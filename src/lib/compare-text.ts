/**
 * Puts a computed comparison into words in one language: the lead (what each code means, then what
 * the receiving side does next), a table cell per code, one sentence per difference, and what the
 * two share, said once. Every sentence cites the RFC sections its facts carry; a sentence is built
 * only when its premise holds for both codes (compare.ts leaves the other aspects out).
 */
import type { Lang, RetryPolicy, RfcRefString } from '../data/schema';
import type { CodeClass } from '../data/validate';
import { t } from '../i18n';
import { joinSentences, mergeCitationBrackets } from '../i18n/punctuation';
import { isFinalFailure, isRetryAfterVariant, refsFor, type AspectKey, type CodeFacts, type Comparison, type Finality } from './compare';

export interface Named {
  code: number;
  name: string;
  klass: CodeClass;
}

export interface Difference {
  aspect: AspectKey;
  a: string;
  b: string;
  sentence: string;
}

/** "RFC3261 §16.7" as prose writes it, "RFC 3261 §16.7", which the inline renderer links. */
export const refText = (ref: RfcRefString | string) => ref.replace(/^RFC(\d+)/, 'RFC $1');

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

function citeOf(lang: Lang, ...refs: (readonly string[])[]): string {
  return t(lang).compare.cite(unique(refs.flat()).map(refText));
}

const classRef = (klass: CodeClass): RfcRefString => `RFC3261 §21.${klass}`;

/**
 * The sections behind "provisional" or "final", wherever the kind of response is shown (the code
 * page's row, the comparisons). §21.1 says a 1xx server does not yet have a definitive response; the
 * class sections 21.2 to 21.6 never call their responses final: the definition of a final response,
 * one that terminates the transaction, is in RFC 3261 §6.
 */
export const finalityRefs = (finality: Finality): RfcRefString[] => (finality === 'provisional' ? ['RFC3261 §21.1', 'RFC3261 §6'] : ['RFC3261 §6']);

/** The value of one aspect for one code, as a table cell (plain text with RFC references). */
export function aspectValue(lang: Lang, aspect: AspectKey, f: CodeFacts): string {
  const ui = t(lang);
  const c = ui.compare;
  switch (aspect) {
    case 'status':
      return ui.status[f.deprecated ? 'deprecated' : 'active'];
    case 'class':
      return `${f.klass}xx ${ui.classes.name[f.klass]}`;
    case 'finality':
      return ui.finality[f.finality];
    case 'scope':
      return f.recurse ? c.scopeRecurse[f.recurse] : ui.scope[f.scope];
    case 'methods':
      if (f.methods !== 'any') {
        if (f.methodsDialog === 'inside') return c.onlyMethodsInsideDialog(f.methods);
        if (f.methodsOthersForbidden) return c.onlyMethodsOthersForbidden(f.methods);
        return f.methodsOnlyFrom ? c.onlyMethodsFromStateful(f.methods) : c.onlyMethods(f.methods);
      }
      if (f.methodsDialog === 'outside') return c.outsideDialog(f.methodsNamed);
      if (f.methodsDialog === 'inside') return c.insideDialog(f.methodsNamed);
      if (f.methodsExcept.length) return c.anyExcept(f.methodsExcept, f.methodsNamed, f.methodsExceptBasis);
      return f.methodsNamed.length ? c.anyNamed(f.methodsNamed) : ui.facts.anyMethod;
    case 'sentBy':
      return c.list(f.sentBy.map((r) => ui.roles[r]));
    case 'retry':
      if (f.retryLabel) return f.retryLabel[lang];
      return f.retryAfter && isRetryAfterVariant(f.retry) ? ui.facts.retryAfterCell[f.retry] : ui.retry[f.retry];
    case 'failover':
      return ui.failover[f.failover];
    case 'headers': {
      // A request header is marked as such: a bare name reads as a header of the response itself.
      const names = [...unique(f.responseHeaders.map((h) => h.name)), ...unique(f.requestHeaders.map((h) => h.name)).map(c.inRequest)];
      return names.length ? c.list(names) : '–';
    }
    case 'rfcs':
      return c.list(f.refs.map(refText));
  }
}

/** The RFC sections behind one aspect of one code. */
export function aspectRefs(aspect: AspectKey, f: CodeFacts): string[] {
  switch (aspect) {
    case 'status':
    case 'rfcs':
      return f.refs;
    case 'class':
      return [classRef(f.klass)];
    case 'finality':
      return finalityRefs(f.finality);
    case 'scope':
      return f.scopeRefs;
    case 'methods':
      return f.methodsRefs;
    case 'sentBy':
      return f.sentByRefs;
    case 'retry':
      return f.retryRefs;
    case 'failover':
      return f.failoverRefs;
    case 'headers':
      return unique([...f.responseHeaders, ...f.requestHeaders].map((h) => h.ref));
  }
}

/** What a proxy does with the code, after "For 302, ": with what it may do instead where it can recurse on it (RFC 3261 §16.7 step 4). */
export const scopeClauseOf = (lang: Lang, f: Pick<CodeFacts, 'scope' | 'recurse'>): string => {
  const c = t(lang).compare;
  return f.recurse ? c.scopeClauseRecurse[f.recurse] : c.scopeClause[f.scope];
};

/** What the client does next with the same request: the code's own sentence where it has one. */
/** The generic next-step clause of a retry value: its Retry-After form when the response can carry Retry-After. */
export function retryClause(lang: Lang, retry: RetryPolicy, retryAfter: boolean): string {
  const c = t(lang).compare;
  return retryAfter && isRetryAfterVariant(retry) ? c.retryAfterClause[retry] : c.retryClause[retry];
}

const retryText = (lang: Lang, f: CodeFacts): string => f.retryNext?.[lang] ?? retryClause(lang, f.retry, f.retryAfter);

/** What the receiving side does next after this code, and the sections that say so. */
export function nextStep(lang: Lang, f: CodeFacts): { text: string; refs: string[] } {
  const c = t(lang).compare;
  // The 100 text also says that the INVITE client transaction SHOULD NOT retransmit any more: RFC 3261 §17.1.1.2 (Proceeding state).
  if (f.klass === 1) return { text: c.waitNext[f.scope === 'hop' ? 'hop' : 'provisional'], refs: f.scope === 'hop' ? [...f.scopeRefs, 'RFC3261 §17.1.1.2'] : f.retryRefs };
  if (f.klass === 2) return { text: c.waitNext.success, refs: f.retryRefs };
  const retry = retryText(lang, f);
  if (f.failover === 'no') return { text: retry, refs: f.retryRefs };
  // After 430 the proxy, not the client, acts; the text says what each side does.
  if (f.failover === 'other-flow') return { text: c.failoverNext[f.failover], refs: f.failoverRefs };
  return { text: c.nextWithFailover(c.failoverNext[f.failover], retry), refs: unique([...f.failoverRefs, ...f.retryRefs]) };
}

/** "On receipt: …", with the sections behind it. */
export function receiptOf(lang: Lang, f: CodeFacts): string {
  const step = nextStep(lang, f);
  return t(lang).compare.receipt(step.text, citeOf(lang, step.refs));
}

function sentence(lang: Lang, aspect: AspectKey, cmp: Comparison, a: Named, b: Named): string | undefined {
  const c = t(lang).compare;
  const says = c.says;
  const cite = (...refs: (readonly string[])[]) => citeOf(lang, ...refs);
  const { a: fa, b: fb } = cmp;
  const roles = (rs: readonly (keyof typeof c.roles)[]) => rs.map((r) => c.roles[r]);
  switch (aspect) {
    case 'status':
      return fa.deprecated ? says.status(a, cite(fa.refs), b) : says.status(b, cite(fb.refs), a);
    case 'class':
      // A provisional/final difference says more; the class sentence would repeat it.
      if (cmp.differs.includes('finality')) return undefined;
      return says.class(a, c.classClause[fa.klass], cite([classRef(fa.klass)]), b, c.classClause[fb.klass], cite([classRef(fb.klass)]));
    case 'finality': {
      const [provisional, final] = fa.finality === 'provisional' ? [a, b] : [b, a];
      return says.finality(provisional, final, cite(finalityRefs('provisional')), cite(finalityRefs('final')));
    }
    case 'scope':
      return says.scope(a, scopeClauseOf(lang, fa), cite(fa.scopeRefs), b, scopeClauseOf(lang, fb), cite(fb.scopeRefs));
    case 'methods': {
      const m = cmp.methods;
      if (fa.methodsOnlyFrom || fb.methodsOnlyFrom || fa.methodsOthersForbidden || fb.methodsOthersForbidden || fa.methodsDialog || fb.methodsDialog) {
        // A list that binds only some senders, a list that rests on a prohibition (RFC 4320 §4.1: MUST NOT), or a code
        // for requests outside or within a dialog: say whom the list binds and at what level, or the dialog condition,
        // and each code's methods on their own, never that the codes cannot answer the same request, nor that they
        // answer the same ones.
        const own = (x: Named, fx: CodeFacts): string[] => {
          if (fx.methods !== 'any' && fx.methodsDialog === 'inside') return [says.methodsOnlyInsideDialog(x, fx.methods, cite(fx.methodsRefs, fx.methodsDialogRefs))];
          if (fx.methods !== 'any' && fx.methodsOthersForbidden) return [says.methodsOthersForbidden(x, fx.methods, cite(fx.methodsRefs))];
          if (fx.methods !== 'any') return [fx.methodsOnlyFrom ? says.methodsOnlyFromStateful(x, fx.methods, cite(fx.methodsRefs)) : says.methodsOnly(x, fx.methods, cite(fx.methodsRefs))];
          if (fx.methodsDialog === 'inside') return [says.methodsInsideDialog(x, cite(fx.methodsDialogRefs), fx.methodsNamed, cite(refsFor(fx.methodsNamedRefs, fx.methodsNamed)))];
          if (fx.methodsDialog === 'outside') return [says.methodsOutsideDialog(x, cite(fx.methodsDialogRefs), fx.methodsNamed, cite(refsFor(fx.methodsNamedRefs, fx.methodsNamed)))];
          if (fx.methodsExcept.length) return [says.methodsExcept(x, fx.methodsExcept, cite(fx.methodsExceptRefs), fx.methodsExceptBasis)];
          return [says.methodsUnrestricted(x, cite(fx.methodsRefs), fx.methodsNamed, cite(refsFor(fx.methodsNamedRefs, fx.methodsNamed)))];
        };
        return joinSentences(lang, [...own(a, fa), ...own(b, fb)]);
      }
      if (m.kind === 'disjoint' && fa.methods !== 'any' && fb.methods !== 'any') {
        return says.methodsDisjoint(a, fa.methods, cite(fa.methodsRefs), b, fb.methods, cite(fb.methodsRefs));
      }
      if (m.kind === 'shared' && fa.methods !== 'any' && fb.methods !== 'any') {
        return says.methodsShared(m.shared, a, fa.methods, cite(fa.methodsRefs), b, fb.methods, cite(fb.methodsRefs));
      }
      if (m.kind === 'disjoint') {
        // One code answers any method but those an RFC excludes, and the other only methods among them.
        const [r, fr, u, fu] = fa.methods === 'any' ? [b, fb, a, fa] : [a, fa, b, fb];
        return says.methodsExcluded(r, fr.methods as string[], cite(fr.methodsRefs), u, cite(fu.methodsExceptRefs), fu.methodsExceptBasis);
      }
      if (m.kind === 'one-restricted') {
        const [r, fr, u, fu] = m.restricted === 'a' ? [a, fa, b, fb] : [b, fb, a, fa];
        // The unrestricted code's clause cites all its sections (they back 'any'); the methods it names, only theirs.
        return says.methodsOneRestricted(r, fr.methods as string[], cite(fr.methodsRefs), u, cite(fu.methodsRefs), fu.methodsExcept, fu.methodsNamed, cite(refsFor(fu.methodsNamedRefs, fu.methodsNamed)), fu.methodsExceptBasis);
      }
      // Neither is restricted: what differs is which methods the RFCs happen to name or exclude.
      // Each code's named methods cite only the sections that name them with that code.
      const parts = [
        ...(fa.methodsNamed.length ? [says.methodsNamedPart(a, fa.methodsNamed, cite(refsFor(fa.methodsNamedRefs, fa.methodsNamed)))] : []),
        ...(fb.methodsNamed.length ? [says.methodsNamedPart(b, fb.methodsNamed, cite(refsFor(fb.methodsNamedRefs, fb.methodsNamed)))] : []),
      ];
      const excluded = ([[a, fa], [b, fb]] as const).flatMap(([x, fx]) => (fx.methodsExcept.length ? [says.methodsExcept(x, fx.methodsExcept, cite(fx.methodsExceptRefs), fx.methodsExceptBasis)] : []));
      const sentences = [...(parts.length ? [says.methodsNamed(parts)] : []), ...excluded];
      return sentences.length ? joinSentences(lang, sentences) : undefined;
    }
    case 'sentBy': {
      // Each sentence cites only the sections that show the senders it names, for the code it is about.
      const s = cmp.senders;
      // No sender in common: each code's senders are all named, and so all its sections cited. The
      // senders are never called different: one element can act in roles of both lists (a registrar, a
      // redirect server and a B2BUA are UASs, and a proxy that answers a request itself acts as one).
      if (s.shared.length === 0) return says.sentByEach(a, roles(fa.sentBy), cite(fa.sentByRefs), b, roles(fb.sentBy), cite(fb.sentByRefs));
      return joinSentences(lang, [
        says.sentByShared(roles(s.shared), cite(refsFor(fa.sentByRoleRefs, s.shared), refsFor(fb.sentByRoleRefs, s.shared))),
        ...(s.onlyA.length ? [says.sentByAlso(a, roles(s.onlyA), cite(refsFor(fa.sentByRoleRefs, s.onlyA)))] : []),
        ...(s.onlyB.length ? [says.sentByAlso(b, roles(s.onlyB), cite(refsFor(fb.sentByRoleRefs, s.onlyB)))] : []),
      ]);
    }
    case 'retry':
      // compare.ts lists retry only when both codes are final failures.
      if (!isFinalFailure(fa) || !isFinalFailure(fb)) return undefined;
      return says.retry(a, retryText(lang, fa), cite(fa.retryRefs), b, retryText(lang, fb), cite(fb.retryRefs));
    case 'failover':
      if (!isFinalFailure(fa) || !isFinalFailure(fb)) return undefined;
      return says.failover(a, c.failoverClause[fa.failover], cite(fa.failoverRefs), b, c.failoverClause[fb.failover], cite(fb.failoverRefs));
    case 'headers': {
      const parts = (f: CodeFacts) => [
        ...(f.responseHeaders.length ? [says.headersPart(f.responseHeaders.map((h) => h.name), 'response', cite(f.responseHeaders.map((h) => h.ref)))] : []),
        ...(f.requestHeaders.length ? [says.headersPart(f.requestHeaders.map((h) => h.name), 'request', cite(f.requestHeaders.map((h) => h.ref)))] : []),
      ];
      return joinSentences(lang, [says.headersOf(a, parts(fa)), says.headersOf(b, parts(fb))]);
    }
    case 'rfcs':
      return says.rfcs(a, fa.refs.map(refText), b, fb.refs.map(refText));
  }
}

export function differenceSentences(lang: Lang, cmp: Comparison, a: Named, b: Named): Difference[] {
  return cmp.differs.map((aspect) => ({
    aspect,
    a: aspectValue(lang, aspect, cmp.a),
    b: aspectValue(lang, aspect, cmp.b),
    sentence: sentence(lang, aspect, cmp, a, b) ?? '',
  }));
}

/**
 * The senders both codes share, each followed by the sections that show it sending either code. One
 * citation after the whole list would end up inside the bracket of the last sender's name
 * (「プロキシ・UAS（ユーザエージェントサーバ、RFC 3261 §16.7…）」, "Proxy and Back-to-back user agent
 * (B2BUA, RFC 3261 §16.3…)") and seem to cite that sender alone, with sections that show another one.
 */
function sharedSenders(lang: Lang, cmp: Comparison): string {
  const ui = t(lang);
  const { a, b } = cmp;
  return ui.compare.list(a.sentBy.map((role) => `${ui.roles[role]}${citeOf(lang, refsFor(a.sentByRoleRefs, [role]), refsFor(b.sentByRoleRefs, [role]))}`));
}

/** What the two codes have in common: each shared property once, with its value and its sections. */
export function sharedAspects(lang: Lang, cmp: Comparison): { aspect: AspectKey; value: string }[] {
  const noHeaders = cmp.a.responseHeaders.length + cmp.a.requestHeaders.length === 0;
  return cmp.shares
    .filter((aspect) => !(aspect === 'headers' && noHeaders) && aspect !== 'status')
    .map((aspect) => ({
      aspect,
      value:
        aspect === 'sentBy'
          ? sharedSenders(lang, cmp)
          : `${aspectValue(lang, aspect, cmp.a)}${aspect === 'rfcs' ? '' : citeOf(lang, aspectRefs(aspect, cmp.a), aspectRefs(aspect, cmp.b))}`,
    }));
}

export interface Lead {
  /** Per code: what it means, its whole summary in either language. */
  meanings: [string, string];
  /** The difference that changes what the receiving side does next, with its RFC sections. */
  next: string;
}

/**
 * The lead of every comparison: what each code means, then what the receiving side does after each.
 * For two final failures that lead to the same next step, what tells them apart for a proxy comes
 * first (a 6xx ends the search, a 503 is not relayed); if that is the same too, the lead says so.
 */
export function leadOf(lang: Lang, cmp: Comparison, a: Named & { summary: string }, b: Named & { summary: string }): Lead {
  const c = t(lang).compare;
  const meanings: [string, string] = [c.meaning(a, a.summary), c.meaning(b, b.summary)];
  const na = nextStep(lang, cmp.a);
  const nb = nextStep(lang, cmp.b);
  const bothFailures = isFinalFailure(cmp.a) && isFinalFailure(cmp.b);
  const pair = () => c.leadNext(a, na.text, citeOf(lang, na.refs), b, nb.text, citeOf(lang, nb.refs));
  if (bothFailures && cmp.a.failover !== cmp.b.failover) return { meanings, next: pair() };
  if (bothFailures && cmp.a.scope !== cmp.b.scope) {
    return { meanings, next: c.says.scope(a, scopeClauseOf(lang, cmp.a), citeOf(lang, cmp.a.scopeRefs), b, scopeClauseOf(lang, cmp.b), citeOf(lang, cmp.b.scopeRefs)) };
  }
  if (na.text !== nb.text) return { meanings, next: pair() };
  return { meanings, next: c.leadSame(na.text, citeOf(lang, na.refs, nb.refs)) };
}

export interface ComparisonText {
  lead: Lead;
  /** Table rows and sentences; a sentence the lead already says is left out here. */
  differences: Difference[];
  shared: { aspect: AspectKey; value: string }[];
  /** "On receipt: …" for each code. */
  receipts: [string, string];
}

/** Everything computed a comparison page says, each statement once. */
export function comparisonText(lang: Lang, cmp: Comparison, a: Named & { summary: string }, b: Named & { summary: string }): ComparisonText {
  const merged = (s: string) => mergeCitationBrackets(lang, s);
  const lead = leadOf(lang, cmp, a, b);
  return {
    lead: { ...lead, next: merged(lead.next) },
    differences: differenceSentences(lang, cmp, a, b).map((d) => ({ ...d, sentence: d.sentence === lead.next ? '' : merged(d.sentence) })),
    shared: sharedAspects(lang, cmp).map((s) => ({ ...s, value: merged(s.value) })),
    receipts: [merged(receiptOf(lang, cmp.a)), merged(receiptOf(lang, cmp.b))],
  };
}
