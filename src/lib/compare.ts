/**
 * What really differs between two codes, computed from their structured facts (each with the RFC
 * sections behind it). Pure data out; compare-text.ts turns it into sentences. Aspects whose premise
 * does not hold for both codes (retry and failover of a 1xx or 2xx) are left out, not filled in.
 */
import type { ExceptBasis, Failover, Localized, Method, MethodRefs, RetryPolicy, RfcRefString, Role, Scope, SenderRefs } from '../data/schema';
import type { CodeClass, CodeEntry } from '../data/validate';

export type Finality = 'provisional' | 'final';

/** See CodeFacts.recurse. */
export type Recursion = 'contacts' | 'sip-uri';

export interface HeaderRef {
  name: string;
  ref: RfcRefString;
}

export interface CodeFacts {
  code: number;
  klass: CodeClass;
  finality: Finality;
  deprecated: boolean;
  scope: Scope;
  scopeRefs: RfcRefString[];
  /**
   * What a proxy may do instead of keeping the response for the best final one (RFC 3261 §16.7 step 4):
   * recurse on the Contact addresses of a 3xx, or try a SIP or SIPS URI after a 416 to a URI whose scheme it
   * changed; then it SHOULD NOT add the response to the response context.
   */
  recurse?: Recursion;
  sentBy: Role[];
  /** Every section behind the senders (the code page cites them all). */
  sentByRefs: RfcRefString[];
  /** For each sender, the sections that show it sending the code. */
  sentByRoleRefs: SenderRefs;
  /** A list: the RFCs restrict the code to these methods. 'any': no restriction. */
  methods: Method[] | 'any';
  /** With 'any': the methods the RFCs name for the code (never exclusive). */
  methodsNamed: Method[];
  /** For each named method, the sections that name it with the code. */
  methodsNamedRefs: MethodRefs;
  /** With 'any': the methods an RFC forbids answering with the code. */
  methodsExcept: Method[];
  /** The sections that forbid the excepted methods. */
  methodsExceptRefs: RfcRefString[];
  /**
   * What the exception rests on: 'forbidden', a MUST NOT (401, 407: RFC 3261 §22.1); 'never', a section's plain
   * statement that the code is never returned for those methods (487: RFC 3261 §21.4.25); 'inferred', a header table (494).
   */
  methodsExceptBasis: ExceptBasis;
  /** With a list: the only senders the list binds; other senders are not restricted. */
  methodsOnlyFrom?: 'transaction-stateful';
  /** With a list: answering any other method with the code is forbidden (MUST NOT), not merely unmentioned (1xx but 100: RFC 4320 §4.1). */
  methodsOthersForbidden?: true;
  /**
   * 'outside' (with 'any'): the sections that define the code provide it for requests outside a dialog (607, 608).
   * 'inside': they make it an answer to requests within a dialog (204, 491).
   */
  methodsDialog?: 'outside' | 'inside';
  /** The sections that say so (empty without methodsDialog). */
  methodsDialogRefs: RfcRefString[];
  methodsRefs: RfcRefString[];
  retry: RetryPolicy;
  retryRefs: RfcRefString[];
  /** The code's own next-step sentence, where the generic one for its retry value would misstate it. */
  retryNext?: Localized;
  /** The code's own retry cell, where the generic one for its retry value would misstate it. */
  retryLabel?: Localized;
  failover: Failover;
  failoverRefs: RfcRefString[];
  /** Headers the response carries, each name once. */
  responseHeaders: HeaderRef[];
  /** Request headers that provoke it, each name once. */
  requestHeaders: HeaderRef[];
  /** Does the response carry Retry-After? Only then may a sentence mention it. */
  retryAfter: boolean;
  /** The registry's references for the code. */
  refs: RfcRefString[];
}

const uniqueHeaders = (entry: CodeEntry, where: 'response' | 'request'): HeaderRef[] => {
  const seen = new Set<string>();
  return entry.headers
    .filter((h) => h.in === where && !seen.has(h.name.toLowerCase()) && seen.add(h.name.toLowerCase()))
    .map((h) => ({ name: h.name, ref: h.ref }));
};

export function factsOf(entry: CodeEntry): CodeFacts {
  const { scope, sentBy, methods, retry, failover } = entry.facts;
  const responseHeaders = uniqueHeaders(entry, 'response');
  // RFC 3261 §16.7 step 4: a proxy may recurse on the contacts in a 3xx; the data marks the other case (416, a SIP URI).
  const recursion = (): Recursion | undefined => {
    if (scope.value !== 'branch') return undefined;
    if (entry.klass === 3 && responseHeaders.some((h) => h.name === 'Contact')) return 'contacts';
    return scope.recurse;
  };
  const recurse = recursion();
  return {
    code: entry.code,
    klass: entry.klass,
    finality: entry.klass === 1 ? 'provisional' : 'final',
    deprecated: entry.status === 'deprecated',
    scope: scope.value,
    scopeRefs: scope.refs,
    ...(recurse ? { recurse } : {}),
    sentBy: sentBy.value,
    sentByRefs: sentBy.refs,
    sentByRoleRefs: sentBy.byRole,
    methods: methods.value,
    methodsNamed: methods.named ?? [],
    methodsNamedRefs: methods.namedRefs ?? {},
    methodsExcept: methods.except ?? [],
    methodsExceptRefs: methods.exceptRefs ?? methods.refs,
    methodsExceptBasis: methods.exceptInferred ? 'inferred' : methods.exceptNever ? 'never' : 'forbidden',
    ...(methods.onlyFrom ? { methodsOnlyFrom: methods.onlyFrom } : {}),
    ...(methods.othersForbidden ? { methodsOthersForbidden: true as const } : {}),
    ...(methods.dialog ? { methodsDialog: methods.dialog } : {}),
    methodsDialogRefs: methods.dialogRefs ?? [],
    methodsRefs: methods.refs,
    retry: retry.value,
    retryRefs: retry.refs,
    ...(retry.next ? { retryNext: retry.next } : {}),
    ...(retry.label ? { retryLabel: retry.label } : {}),
    failover: failover.value,
    failoverRefs: failover.refs,
    responseHeaders,
    requestHeaders: uniqueHeaders(entry, 'request'),
    retryAfter: responseHeaders.some((h) => h.name === 'Retry-After'),
    refs: entry.refs,
  };
}

/**
 * The sections behind some of a code's senders (sentByRoleRefs) or named methods (methodsNamedRefs),
 * each once, in the order the keys are given: what a sentence naming only those may cite.
 */
export function refsFor<K extends string>(byKey: Partial<Record<K, RfcRefString[]>>, keys: readonly K[]): RfcRefString[] {
  return [...new Set(keys.flatMap((key) => byKey[key] ?? []))];
}

/**
 * The retry values whose cell and sentence change when the response can carry Retry-After (413 'modify',
 * 404 'never', 500 'later'). The UI strings key their Retry-After texts by RetryAfterVariant, so a value
 * added here needs its texts in every language before the site type-checks.
 */
export const RETRY_AFTER_VARIANTS = ['modify', 'never', 'later'] as const satisfies readonly RetryPolicy[];
export type RetryAfterVariant = (typeof RETRY_AFTER_VARIANTS)[number];
export const isRetryAfterVariant = (retry: RetryPolicy): retry is RetryAfterVariant => (RETRY_AFTER_VARIANTS as readonly RetryPolicy[]).includes(retry);

/** Is this a final failure (3xx to 6xx), the only kind of response that retry and failover apply to? */
export const isFinalFailure = (f: Pick<CodeFacts, 'klass'>) => f.klass >= 3;

/**
 * How the methods of two codes relate. Only restricted lists take part: a code the RFCs do not
 * restrict can answer any method, whatever methods the RFCs happen to name for it.
 */
export type MethodOverlap =
  | { kind: 'both-any' }
  | { kind: 'one-restricted'; restricted: 'a' | 'b' }
  | { kind: 'shared'; shared: Method[] }
  | { kind: 'disjoint' };

export function methodOverlap(a: Method[] | 'any', b: Method[] | 'any', aExcept: readonly Method[] = [], bExcept: readonly Method[] = []): MethodOverlap {
  // A list made only of methods the other code must not answer shares nothing with it.
  if (a === 'any') {
    if (b === 'any') return { kind: 'both-any' };
    return b.every((m) => aExcept.includes(m)) ? { kind: 'disjoint' } : { kind: 'one-restricted', restricted: 'b' };
  }
  if (b === 'any') return a.every((m) => bExcept.includes(m)) ? { kind: 'disjoint' } : { kind: 'one-restricted', restricted: 'a' };
  const shared = a.filter((m) => b.includes(m));
  return shared.length ? { kind: 'shared', shared } : { kind: 'disjoint' };
}

export type AspectKey = 'status' | 'class' | 'finality' | 'scope' | 'methods' | 'sentBy' | 'retry' | 'failover' | 'headers' | 'rfcs';

/**
 * How the typical senders of two codes relate: the roles both lists name, and those only one names.
 * Two lists with no role in common do not make the senders different: the roles are not disjoint kinds
 * of element (a registrar, a redirect server and a B2BUA are UASs, RFC 3261 §6), so sentences name each
 * code's senders and never say they differ.
 */
function sendersOf(a: readonly Role[], b: readonly Role[]): SenderOverlap {
  return {
    shared: a.filter((role) => b.includes(role)),
    onlyA: a.filter((role) => !b.includes(role)),
    onlyB: b.filter((role) => !a.includes(role)),
  };
}

/** How the typical senders of two codes relate. */
export interface SenderOverlap {
  shared: Role[];
  onlyA: Role[];
  onlyB: Role[];
}

export interface Comparison {
  a: CodeFacts;
  b: CodeFacts;
  /** Aspects where the two codes differ, in the order a reader needs them. */
  differs: AspectKey[];
  /** Aspects the two share, said once. */
  shares: AspectKey[];
  methods: MethodOverlap;
  senders: SenderOverlap;
}

const sameText = (x: Localized | undefined, y: Localized | undefined) => x?.en === y?.en && x?.ja === y?.ja;
const sameSet = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v) => y.includes(v));
const headerNames = (f: CodeFacts) => [...f.responseHeaders.map((h) => `>${h.name}`), ...f.requestHeaders.map((h) => `<${h.name}`)];

export const ASPECT_ORDER: readonly AspectKey[] = ['status', 'class', 'finality', 'scope', 'retry', 'failover', 'methods', 'sentBy', 'headers', 'rfcs'];

export function compareCodes(entryA: CodeEntry, entryB: CodeEntry): Comparison {
  if (entryA.code === entryB.code) throw new Error(`compare: cannot compare code ${entryA.code} with itself`);
  const [first, second] = entryA.code < entryB.code ? [entryA, entryB] : [entryB, entryA];
  const a = factsOf(first);
  const b = factsOf(second);
  // A list that binds only some senders restricts no request: the code can still answer any method.
  const methods = methodOverlap(a.methodsOnlyFrom ? 'any' : a.methods, b.methodsOnlyFrom ? 'any' : b.methods, a.methodsExcept, b.methodsExcept);
  // Retry and failover are about what to do after a failure: they say nothing about a 1xx or a 2xx.
  const failures = isFinalFailure(a) && isFinalFailure(b);

  const equal: Record<AspectKey, boolean | undefined> = {
    status: a.deprecated === b.deprecated,
    class: a.klass === b.klass,
    finality: a.finality === b.finality,
    scope: a.scope === b.scope && a.recurse === b.recurse,
    methods:
      (a.methods === 'any' ? b.methods === 'any' : b.methods !== 'any' && sameSet(a.methods, b.methods)) &&
      sameSet(a.methodsNamed, b.methodsNamed) &&
      sameSet(a.methodsExcept, b.methodsExcept) &&
      a.methodsOnlyFrom === b.methodsOnlyFrom &&
      a.methodsOthersForbidden === b.methodsOthersForbidden &&
      a.methodsDialog === b.methodsDialog,
    sentBy: sameSet(a.sentBy, b.sentBy),
    // A code whose retry text changes with Retry-After (413, 404, 500) shares the aspect only with one that also has it or also lacks it.
    // A code with its own retry cell or next-step sentence shares the retry aspect only with one that says the same.
    retry: failures
      ? a.retry === b.retry &&
        (!isRetryAfterVariant(a.retry) || a.retryAfter === b.retryAfter) &&
        sameText(a.retryLabel, b.retryLabel) &&
        sameText(a.retryNext, b.retryNext)
      : undefined,
    failover: failures ? a.failover === b.failover : undefined,
    headers: sameSet(headerNames(a), headerNames(b)),
    rfcs: sameSet(a.refs, b.refs),
  };
  return {
    a,
    b,
    differs: ASPECT_ORDER.filter((key) => equal[key] === false),
    shares: ASPECT_ORDER.filter((key) => equal[key] === true),
    methods,
    senders: sendersOf(a.sentBy, b.sentBy),
  };
}

/**
 * Which pairs search engines should index: the ones a reader plausibly confuses. A pair qualifies
 * when it has a hand-written guide, or when either code lists the other among its related codes
 * (the codes its page names as the ones it is mixed up with). Every other pair keeps its page,
 * reachable from the picker, search and code pages, but carries noindex and stays out of the sitemap.
 */
export function isIndexablePair(a: Pick<CodeEntry, 'code' | 'related'>, b: Pick<CodeEntry, 'code' | 'related'>, curatedSlugs: ReadonlySet<string>): boolean {
  const [low, high] = a.code < b.code ? [a, b] : [b, a];
  return curatedSlugs.has(`${low.code}-vs-${high.code}`) || low.related.includes(high.code) || high.related.includes(low.code);
}
