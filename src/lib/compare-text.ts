/**
 * Puts a computed comparison into words in one language: a table cell per code and
 * one sentence per difference; what the two share is listed once with its value.
 */
import type { Lang, Method } from '../data/schema';
import type { CodeClass } from '../data/validate';
import { t } from '../i18n';
import type { AspectKey, CodeFacts, Comparison } from './compare';

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

export function aspectValue(lang: Lang, aspect: AspectKey, f: CodeFacts): string {
  const ui = t(lang);
  const sep = lang === 'ja' ? '、' : ', ';
  switch (aspect) {
    case 'status':
      return ui.status[f.deprecated ? 'deprecated' : 'active'];
    case 'class':
      return `${f.klass}xx ${ui.classes.name[f.klass]}`;
    case 'finality':
      return ui.finality[f.finality];
    case 'scope':
      return ui.scope[f.scope];
    case 'methods':
      return f.methods === 'any' ? ui.facts.anyMethod : f.methods.join(sep);
    case 'sentBy':
      return f.sentBy.map((r) => ui.roles[r]).join(sep);
    case 'retry':
      return ui.retry[f.retry];
    case 'failover':
      return f.failover ? ui.facts.yes : ui.facts.no;
    case 'headers':
      return [...f.responseHeaders, ...f.requestHeaders].join(sep) || '–';
    case 'rfcs':
      return f.rfcs.map((n) => `RFC ${n}`).join(sep);
  }
}

function sentence(lang: Lang, aspect: AspectKey, c: Comparison, a: Named, b: Named): string | undefined {
  const says = t(lang).compare.says;
  const ui = t(lang);
  const methodsOf = (f: CodeFacts) => f.methods as Method[];
  switch (aspect) {
    case 'status':
      return c.a.deprecated ? says.status(a, b) : says.status(b, a);
    case 'class':
      // A provisional/final difference says more; the class sentence would repeat it.
      return c.differs.includes('finality') ? undefined : says.class(a, b, ui.classes.name);
    case 'finality':
      return c.a.finality === 'provisional' ? says.finality(a, b) : says.finality(b, a);
    case 'scope':
      if (c.a.scope === 'global') return says.scopeGlobal(a, b);
      if (c.b.scope === 'global') return says.scopeGlobal(b, a);
      return c.a.scope === 'hop' ? says.scopeHop(a, b) : says.scopeHop(b, a);
    case 'methods':
      switch (c.methods.kind) {
        case 'disjoint':
          return says.methodsDisjoint(a, methodsOf(c.a), b, methodsOf(c.b));
        case 'one-any':
          return c.methods.specific === 'a' ? says.methodsOneAny(a, methodsOf(c.a), b) : says.methodsOneAny(b, methodsOf(c.b), a);
        case 'shared':
          return says.methodsShared(a, methodsOf(c.a), b, methodsOf(c.b), c.methods.shared);
        case 'both-any':
          return undefined;
      }
    case 'sentBy':
      return says.sentBy(a, c.a.sentBy.map((r) => ui.roles[r]), b, c.b.sentBy.map((r) => ui.roles[r]));
    case 'retry':
      return says.retry(a, c.a.retry, b, c.b.retry);
    case 'failover':
      return c.a.failover ? says.failover(a, b) : says.failover(b, a);
    case 'headers':
      return says.headers(a, [...c.a.responseHeaders, ...c.a.requestHeaders], b, [...c.b.responseHeaders, ...c.b.requestHeaders]);
    case 'rfcs':
      return says.rfcs(a, c.a.rfcs, b, c.b.rfcs);
  }
}

export function differenceSentences(lang: Lang, c: Comparison, a: Named, b: Named): Difference[] {
  return c.differs.map((aspect) => ({
    aspect,
    a: aspectValue(lang, aspect, c.a),
    b: aspectValue(lang, aspect, c.b),
    sentence: sentence(lang, aspect, c, a, b) ?? '',
  }));
}

/** What the two codes have in common: each shared property once, with its value. */
export function sharedAspects(lang: Lang, c: Comparison): { aspect: AspectKey; value: string }[] {
  return c.shares
    .filter((aspect) => !(aspect === 'headers' && c.a.responseHeaders.length + c.a.requestHeaders.length === 0))
    .map((aspect) => ({ aspect, value: aspectValue(lang, aspect, c.a) }));
}
