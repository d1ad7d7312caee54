/**
 * What really differs between two codes, computed from their structured facts.
 * Pure data out; the templates and the UI dictionaries turn it into sentences.
 */
import type { Method, Role, RetryPolicy, Scope } from '../data/schema';
import type { CodeClass, CodeEntry } from '../data/validate';
import { parseRfcRef } from './rfc';

export type Finality = 'provisional' | 'final';

export interface CodeFacts {
  code: number;
  klass: CodeClass;
  finality: Finality;
  scope: Scope;
  sentBy: Role[];
  methods: Method[] | 'any';
  retry: RetryPolicy;
  failover: boolean;
  /** Headers the response itself carries. */
  responseHeaders: string[];
  /** Request headers that provoke it. */
  requestHeaders: string[];
  rfcs: number[];
  deprecated: boolean;
}

export function factsOf(entry: CodeEntry): CodeFacts {
  return {
    code: entry.code,
    klass: entry.klass,
    finality: entry.klass === 1 ? 'provisional' : 'final',
    scope: entry.facts.scope,
    sentBy: entry.facts.sentBy,
    methods: entry.facts.methods,
    retry: entry.facts.retry,
    failover: entry.facts.failover,
    responseHeaders: entry.headers.filter((h) => h.in === 'response').map((h) => h.name),
    requestHeaders: entry.headers.filter((h) => h.in === 'request').map((h) => h.name),
    rfcs: [...new Set(entry.refs.map((ref) => parseRfcRef(ref).rfc))],
    deprecated: entry.status === 'deprecated',
  };
}

/** How the methods two codes concern relate: a code for PUBLISH never answers an INVITE. */
export type MethodOverlap =
  | { kind: 'both-any' }
  | { kind: 'one-any'; specific: 'a' | 'b' }
  | { kind: 'shared'; shared: Method[] }
  | { kind: 'disjoint' };

export function methodOverlap(a: Method[] | 'any', b: Method[] | 'any'): MethodOverlap {
  if (a === 'any' && b === 'any') return { kind: 'both-any' };
  if (a === 'any') return { kind: 'one-any', specific: 'b' };
  if (b === 'any') return { kind: 'one-any', specific: 'a' };
  const shared = a.filter((m) => b.includes(m));
  return shared.length ? { kind: 'shared', shared } : { kind: 'disjoint' };
}

export type AspectKey = 'class' | 'finality' | 'scope' | 'sentBy' | 'methods' | 'retry' | 'failover' | 'headers' | 'rfcs' | 'status';

export interface Comparison {
  a: CodeFacts;
  b: CodeFacts;
  /** Aspects where the two codes differ, in the order a reader needs them. */
  differs: AspectKey[];
  /** Aspects the two share, said once. */
  shares: AspectKey[];
  methods: MethodOverlap;
  /** Roles both may send. */
  sharedSenders: Role[];
}

const sameSet = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v) => y.includes(v));

export function compareCodes(entryA: CodeEntry, entryB: CodeEntry): Comparison {
  if (entryA.code === entryB.code) throw new Error(`compare: cannot compare code ${entryA.code} with itself`);
  const [first, second] = entryA.code < entryB.code ? [entryA, entryB] : [entryB, entryA];
  const a = factsOf(first);
  const b = factsOf(second);
  const methods = methodOverlap(a.methods, b.methods);

  const equal: Record<AspectKey, boolean> = {
    class: a.klass === b.klass,
    finality: a.finality === b.finality,
    scope: a.scope === b.scope,
    sentBy: sameSet(a.sentBy, b.sentBy),
    methods: methods.kind === 'both-any' || (a.methods !== 'any' && b.methods !== 'any' && sameSet(a.methods, b.methods)),
    retry: a.retry === b.retry,
    failover: a.failover === b.failover,
    headers: sameSet(a.responseHeaders, b.responseHeaders) && sameSet(a.requestHeaders, b.requestHeaders),
    rfcs: sameSet(a.rfcs, b.rfcs),
    status: a.deprecated === b.deprecated,
  };
  const order: AspectKey[] = ['status', 'class', 'finality', 'scope', 'methods', 'sentBy', 'retry', 'failover', 'headers', 'rfcs'];
  return {
    a,
    b,
    differs: order.filter((key) => !equal[key]),
    shares: order.filter((key) => equal[key]),
    methods,
    sharedSenders: a.sentBy.filter((role) => b.sentBy.includes(role)),
  };
}
