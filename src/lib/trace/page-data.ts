/**
 * What the trace page's script needs, per language, served as /{lang}/trace/data.json and loaded
 * with the page (so reading a trace later makes no request): the data module's requirements, each
 * code's summary and page, the RFC links the notes cite, and the UI strings.
 */
import { CODES, type Lang, type RfcRefString } from '../../data';
import { t } from '../../i18n';
import { refLink } from '../rfc';
import { codeUrl } from '../urls';
import { NO_RETRY_AFTER_REF } from './analyze';
import { traceKnowledge, traceSummaries } from './knowledge';

export function tracePageData(lang: Lang) {
  const ui = t(lang);
  const knowledge = traceKnowledge(CODES);
  const summaries = traceSummaries(CODES, lang);
  const refs = new Set<RfcRefString>([NO_RETRY_AFTER_REF as RfcRefString]);
  for (const k of Object.values(knowledge)) {
    for (const r of k.must) refs.add(r.ref);
    for (const r of k.deprecated ?? []) refs.add(r);
  }
  return {
    knowledge,
    codes: Object.fromEntries(CODES.map((c) => [c.code, { summary: summaries[c.code]!, url: codeUrl(lang, c.code) }])),
    refs: Object.fromEntries(
      [...refs].map((r) => {
        const { label, href } = refLink(r);
        return [r, { label, href }];
      }),
    ),
    // Protocol text and arrows are the same in every language; the step sentence is the code pages' own.
    strings: { ...ui.trace, step: ui.flow.step('{from}', '{to}', '{label}'), dialogTitle: 'Call-ID {id}', fromTo: '{from} → {to}' },
  };
}
