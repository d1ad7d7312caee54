/**
 * What the trace explainer knows about each code, taken from the data module at build time and
 * handed to the browser as JSON: the phrase, whether the registry marks it deprecated (with the
 * registry's references), and the header fields a response with that code MUST carry, with the
 * RFC section and the condition under which the requirement applies. No second list: every check
 * comes from `headers` entries with in: 'response' and strength: 'MUST'.
 */
import type { HeaderCondition, Lang, RfcRefString } from '../../data/schema';
import type { CodeEntry } from '../../data/validate';
import { plainText } from '../inline';

export interface Requirement {
  name: string;
  ref: RfcRefString;
  when?: HeaderCondition;
}

export interface CodeKnowledge {
  phrase: string;
  deprecated?: RfcRefString[];
  must: Requirement[];
}

export type Knowledge = Record<number, CodeKnowledge>;

export function traceKnowledge(codes: readonly CodeEntry[]): Knowledge {
  const out: Knowledge = {};
  for (const entry of codes) {
    const must = entry.headers
      .filter((h) => h.in === 'response' && h.strength === 'MUST')
      .map((h) => ({ name: h.name, ref: h.ref, ...(h.when ? { when: h.when } : {}) }));
    out[entry.code] = { phrase: entry.phrase, must, ...(entry.status === 'deprecated' ? { deprecated: entry.refs } : {}) };
  }
  return out;
}

/** Per language: the one-sentence summary of each code, for the annotations. */
export function traceSummaries(codes: readonly CodeEntry[], lang: Lang): Record<number, string> {
  return Object.fromEntries(codes.map((entry) => [entry.code, plainText(entry.text[lang].summary)]));
}
