/** Sentences about the stack tables, in the reader's language; pure, so tests can read every one. */
import type { Lang } from '../data/schema';
import { MAPPER_INFO, getStack, type Source } from '../data/stacks';
import { t } from '../i18n';
import { causeName, type CodeInStacks, type DefaultGroup, type Disagreement, type MapperId, type RfcExpectation, type RfcId } from './stacks';

const RFC_LABEL: Record<RfcId, string> = { rfc3398: 'RFC 3398', rfc4497: 'RFC 4497' };

/** "Asterisk", "Asterisk chan_sip (legacy)", "FreeSWITCH": the stack's name, and the legacy driver's. */
export function mapperLabel(mapper: MapperId, lang: Lang): string {
  const { stack, legacy } = MAPPER_INFO[mapper];
  return legacy ? `${getStack(stack).name} ${t(lang).stacks.legacy}` : getStack(stack).name;
}

/** "18 (NO_USER_RESPONSE)" / 「18（NO_USER_RESPONSE）」: the stack's own name where it has a case, else the Q.850 name. */
export function causeLabel(cause: number, lang: Lang, name?: string): string {
  const shown = name ? name.replace(/^(AST|SWITCH)_CAUSE_/, '') : causeName(cause, lang);
  return lang === 'ja' ? `${cause}（${shown}）` : `${cause} (${shown})`;
}

export function expectationText(e: RfcExpectation, lang: Lang): string {
  const ui = t(lang).stacks;
  if (e.kind === 'warning') return ui.rfcWarning;
  if (e.kind === 'note8') return ui.rfcNote8;
  if (e.kind === 'untranslatable') return ui.rfcNoCode;
  if (e.kind === 'default') return ui.rfcDefault(e.values[0]!);
  if (e.kind === 'note2') return ui.rfcNote2(e.values[0]!, e.values[1]!);
  if (e.kind === 'note3') return ui.rfcNote3(e.values[0]!);
  if (e.kind === 'note7') return ui.rfcNote7(e.values[0]!);
  return e.values.join(ui.or);
}

/** One sentence per difference; true for every input allDisagreements() can produce (tests check all). */
export function disagreementSentence(d: Disagreement | DefaultGroup, lang: Lang): string {
  const ui = t(lang).stacks;
  // Whether the default is the function's own code or the one its driver rejects an unanswered incoming INVITE with.
  const rejects = MAPPER_INFO[d.mapper].defaultBy === 'driver-rejects';
  if (d.direction === 'defaults') return ui.defaultsDiff(mapperLabel(d.mapper, lang), d.causes, d.code, rejects);
  // RFCs that say the same are named together: "RFC 3398 and RFC 4497 give 503".
  const said = new Map<string, string[]>();
  for (const { rfc, expected } of d.rfcs) said.set(expectationText(expected, lang), [...(said.get(expectationText(expected, lang)) ?? []), RFC_LABEL[rfc]]);
  const rfcs = [...said].map(([values, labels]) => ui.rfcSays(labels, values));
  const cause = causeLabel(d.cause, lang, d.explicit ? d.name : undefined);
  return d.direction === 'receipt'
    ? ui.receiptDiff(mapperLabel(d.mapper, lang), d.code!, cause, !d.explicit, rfcs)
    : ui.sendDiff(mapperLabel(d.mapper, lang), cause, d.code!, d.explicit, rfcs, rejects);
}

/** "res_pjsip.c:3541": a short label for a source link. */
export function sourceLabel(source: Source): string {
  const file = source.path.split('/').at(-1) ?? source.path;
  return source.lines ? `${file}:${source.lines[0]}` : file;
}

/**
 * What an empty cell of the names table means, said to screen readers (and in a tooltip) behind a dash:
 * Asterisk's name cell when rc_map lacks the code (425, 485), with the rc_map line; Asterisk's phrase cell
 * when chan_sip shows no text of its own (chan_pjsip uses pjsip's phrases); pjsip's name cell without a constant.
 */
export function emptyStackCell(cell: 'asterisk-name' | 'asterisk-phrase' | 'pjsip-name' | 'sofia-name', view: CodeInStacks, lang: Lang): { text: string; href?: string } | undefined {
  const ui = t(lang).stacks;
  if (cell === 'asterisk-name') return view.pjsipHangup.length === 0 && view.pjsipHangupAbsent ? { text: ui.asteriskNoName(view.code), href: view.pjsipHangupAbsent.href } : undefined;
  if (cell === 'asterisk-phrase') return view.chanSipPhrases.length === 0 ? { text: ui.asteriskPhraseEmpty(view.code, view.chanSipHasText) } : undefined;
  if (cell === 'sofia-name') return view.sofia && view.sofia.macros.length === 0 ? { text: ui.sofiaNoMacro(view.code) } : undefined;
  return view.pjsip && !view.pjsip.constant ? { text: ui.pjsipNoConstant(view.code) } : undefined;
}
