/**
 * Views over the stack tables for pages: what each stack does with one SIP code, with one Q.850
 * cause, and where that differs from RFC 3398 (ISUP) and RFC 4497 (QSIG). Pure functions: every
 * value carries the source line it was read from.
 */
import { CODES } from '../data';
import { CAUSES, ISUP_TO_SIP, SIP_TO_ISUP } from '../data/q850';
import { RFC4497_CAUSE_TO_SIP, RFC4497_DEFAULT_CAUSE, RFC4497_DEFAULT_CODE, RFC4497_NOTE2, RFC4497_SIP_TO_CAUSE } from '../data/rfc4497';
import { ASTERISK_CAUSES_H, ASTERISK_UNMAPPED_CONSTANTS, CHAN_SIP_HANGUP_DEFAULT } from '../data/stacks/asterisk-causes';
import { MAPPERS, MAPPER_INFO, STACK_TABLES, defaultRowOf, sourceUrl, type MapperId, type ProxyNote, type AsteriskMapping, type FreeswitchMapping, type PhraseEntry, type Source, type StackTables } from '../data/stacks';

/** A value and the source line it was read from. */
export interface Fact {
  text: string;
  href: string;
  /** From a default or fall-through branch, not a case of its own. */
  fallback?: boolean;
}

const fact = (text: string, source: Source, fallback = false): Fact => ({ text, href: sourceUrl(source), ...(fallback ? { fallback } : {}) });

// ---------------------------------------------------------------------------------------------
// The RFC mappings, both directions.

export type RfcId = 'rfc3398' | 'rfc4497';
export const RFC_IDS: readonly RfcId[] = ['rfc3398', 'rfc4497'];

/** What an RFC says for one input: the values it allows, and how it gets there. */
export interface RfcExpectation {
  values: number[];
  /**
   * listed: a row of the table; default: the default for unlisted values; warning: RFC 3398's 488/606,
   * chosen from the Warning header (65 or 31); note8: RFC 4497's 488/606 (NOTE 8), 65 only if a new
   * attempt with a different bearer capability might avoid the problem, else 31; none: no response or
   * cause (BYE/CANCEL, 487, cause 44);
   * na: the table covers only 4xx–6xx responses to an INVITE; untranslatable: RFC 3398 §7.2.4.1 says cause 44
   * should produce no SIP status code at all; note3: RFC 4497 NOTE 3 (cause 16), normally BYE or
   * CANCEL, but the default 500 if a response to the INVITE must be sent; note2: RFC 4497 NOTE 2
   * (cause 44), another channel first, else 503 (congestion) or the default 500 (gateway failure);
   * note7: RFC 4497 NOTE 7 (487), no cause needed, but the default 31 if clearing must be started.
   */
  kind: 'listed' | 'default' | 'warning' | 'none' | 'na' | 'untranslatable' | 'note2' | 'note3' | 'note7' | 'note8';
}

/** The SIP response each RFC gives for a cause. */
export function rfcCodesFor(rfc: RfcId, cause: number): RfcExpectation {
  if (rfc === 'rfc3398') {
    const row = ISUP_TO_SIP.find((r) => r.cause === cause);
    if (cause === 44) return { values: [], kind: 'untranslatable' };
    if (!row) return { values: [500], kind: 'default' };
    if (row.code === undefined) return { values: [], kind: 'none' };
    // 21: 403, or 603 with cause location "user"; 22: 410, or 301 with a new number in the diagnostic.
    const alternatives: Record<number, number> = { 21: 603, 22: 301 };
    return { values: alternatives[cause] ? [row.code, alternatives[cause]!] : [row.code], kind: 'listed' };
  }
  // NOTE 2: "the gateway should treat it either as a congestion situation ... or as a gateway failure situation".
  if (cause === RFC4497_NOTE2.cause) return { values: [...RFC4497_NOTE2.codes], kind: 'note2' };
  const row = RFC4497_CAUSE_TO_SIP.find((r) => r.cause === cause);
  if (!row) return { values: [RFC4497_DEFAULT_CODE], kind: 'default' };
  // NOTE 3: "if a SIP response is to be sent to the INVITE request, the default response code should be used."
  if (row.condition === 'note3') return { values: [RFC4497_DEFAULT_CODE], kind: 'note3' };
  return { values: row.codes, kind: 'listed' };
}

/**
 * Codes the RFCs let answer only requests other than INVITE (439 and 555: REGISTER, 469: INFO). Both
 * RFCs map only final responses to an INVITE (RFC 3398 §8.2.6, RFC 4497 §8.4.4), so they give these
 * codes no cause, not the default one.
 */
const NEVER_ANSWERS_INVITE = new Set(CODES.filter((c) => c.facts.methods.value !== 'any' && !c.facts.methods.value.includes('INVITE')).map((c) => c.code));

/** The cause each RFC gives for a received final response. */
export function rfcCausesFor(rfc: RfcId, code: number): RfcExpectation {
  if (code < 400 || code > 699 || NEVER_ANSWERS_INVITE.has(code)) return { values: [], kind: 'na' };
  if (rfc === 'rfc3398') {
    const row = SIP_TO_ISUP.find((r) => r.code === code);
    if (!row) return { values: [31], kind: 'default' };
    if (row.cause !== undefined) return { values: [row.cause], kind: 'listed' };
    return row.byWarning ? { values: [65, 31], kind: 'warning' } : { values: [], kind: 'none' };
  }
  const row = RFC4497_SIP_TO_CAUSE.find((r) => r.code === code);
  if (!row) return { values: [RFC4497_DEFAULT_CAUSE], kind: 'default' };
  // NOTE 7: "If QSIG call clearing does, however, need to be initiated, the default cause value should be used."
  if (row.note7) return { values: [RFC4497_DEFAULT_CAUSE], kind: 'note7' };
  return { values: row.causes, kind: row.causes.length > 1 ? 'note8' : 'listed' };
}

/** True when the RFC gives a value and `value` is not one it allows. */
export function disagrees(expectation: RfcExpectation, value: number): boolean {
  if (expectation.kind === 'untranslatable') return true;
  return expectation.values.length > 0 && !expectation.values.includes(value);
}

// ---------------------------------------------------------------------------------------------
// Hangup-cause mappings of Asterisk and FreeSWITCH, normalised.

export { MAPPERS, type MapperId } from '../data/stacks';

/** One mapping row: a code → cause on receipt, or a cause → code when sending. */
export interface CauseMapping {
  mapper: MapperId;
  code: number;
  cause: number;
  /** AST_CAUSE_* / FreeSWITCH cause name as the source writes it. */
  name: string;
  explicit: boolean;
  source: Source;
}

function fromAsterisk(m: AsteriskMapping): CauseMapping | undefined {
  if (m.code === undefined || m.cause === undefined || m.cause === 0) return undefined;
  return { mapper: m.driver === 'pjsip' ? 'asterisk' : 'chan_sip', code: m.code, cause: m.cause, name: m.constant ?? '', explicit: m.explicit, source: m.source };
}
function fromFreeswitch(m: FreeswitchMapping): CauseMapping | undefined {
  if (m.cause === undefined) return undefined;
  return { mapper: 'freeswitch', code: m.code, cause: m.cause, name: m.name ?? '', explicit: m.explicit, source: m.source };
}

export function receiptMappings(tables: StackTables = STACK_TABLES): CauseMapping[] {
  return [
    ...tables.asterisk.mappings.filter((m) => m.direction === 'sip_to_cause').map(fromAsterisk),
    ...tables.freeswitch.mappings.filter((m) => m.direction === 'sip_to_cause').map(fromFreeswitch),
  ].filter((m): m is CauseMapping => m !== undefined);
}

export function sendMappings(tables: StackTables = STACK_TABLES): CauseMapping[] {
  return [
    ...tables.asterisk.mappings.filter((m) => m.direction === 'cause_to_sip').map(fromAsterisk),
    ...tables.freeswitch.mappings.filter((m) => m.direction === 'cause_to_sip').map(fromFreeswitch),
  ].filter((m): m is CauseMapping => m !== undefined);
}

/** What a mapper sends for a cause it has no case for: Asterisk 603, FreeSWITCH 480, chan_sip 603 (its caller's fallback). */
export function defaultSend(mapper: MapperId, tables: StackTables = STACK_TABLES): { code?: number; source: Source } {
  const row = defaultRowOf(MAPPER_INFO[mapper], tables)!;
  if (row.code !== undefined) return { code: row.code, source: row.source };
  // chan_sip's hangup_cause2sip() returns NULL there; sip_hangup() then sends 603 Declined.
  return mapper === 'chan_sip' ? { code: CHAN_SIP_HANGUP_DEFAULT.code, source: { ...row.source, lines: CHAN_SIP_HANGUP_DEFAULT.lines, fn: CHAN_SIP_HANGUP_DEFAULT.fn } } : { source: row.source };
}

/** The code a mapper sends for a cause: its case, or its default. */
export function sentFor(mapper: MapperId, cause: number, tables: StackTables = STACK_TABLES): { code?: number; mapping?: CauseMapping; source: Source } {
  const mapping = sendMappings(tables).find((m) => m.mapper === mapper && m.cause === cause);
  if (mapping) return { code: mapping.code, mapping, source: mapping.source };
  return defaultSend(mapper, tables);
}

export function receivedAs(mapper: MapperId, code: number, tables: StackTables = STACK_TABLES): CauseMapping | undefined {
  return receiptMappings(tables).find((m) => m.mapper === mapper && m.code === code);
}

// ---------------------------------------------------------------------------------------------
// Disagreements with the RFCs, said as facts the templates put in words.

export interface Disagreement {
  /** receipt: the mapper turns `code` into `cause`; send: it answers `cause` with `code`. */
  direction: 'receipt' | 'send';
  mapper: MapperId;
  code: number | undefined;
  cause: number;
  /** The mapper's name for the cause, when it has a case. */
  name?: string;
  explicit: boolean;
  source: Source;
  /** The RFCs it differs from and what they give. */
  rfcs: { rfc: RfcId; expected: RfcExpectation }[];
}

function against(direction: 'receipt' | 'send', value: number, input: number) {
  return RFC_IDS.map((rfc) => ({ rfc, expected: direction === 'receipt' ? rfcCausesFor(rfc, input) : rfcCodesFor(rfc, input) })).filter(({ expected }) => disagrees(expected, value));
}

/** Every difference from the RFCs in the Asterisk and FreeSWITCH tables (chan_sip where it differs from chan_pjsip). */
export function allDisagreements(tables: StackTables = STACK_TABLES): Disagreement[] {
  const out: Disagreement[] = [];
  for (const m of receiptMappings(tables)) {
    if (m.mapper === 'chan_sip' && receivedAs('asterisk', m.code, tables)?.cause === m.cause) continue;
    const rfcs = against('receipt', m.cause, m.code);
    if (rfcs.length) out.push({ direction: 'receipt', mapper: m.mapper, code: m.code, cause: m.cause, name: m.name, explicit: m.explicit, source: m.source, rfcs });
  }
  for (const cause of mappedCauses(tables)) {
    for (const mapper of MAPPERS) {
      const sent = sentFor(mapper, cause, tables);
      if (mapper === 'chan_sip' && sentFor('asterisk', cause, tables).code === sent.code) continue;
      if (sent.code === undefined) continue;
      const rfcs = against('send', sent.code, cause);
      if (rfcs.length) out.push({ direction: 'send', mapper, code: sent.code, cause, ...(sent.mapping ? { name: sent.mapping.name } : {}), explicit: Boolean(sent.mapping), source: sent.source, rfcs });
    }
  }
  return out;
}

/**
 * Causes for which the RFCs choose between two responses on what the release carries besides the cause
 * value: cause 21's location (603 when it is the user, 403 otherwise; RFC 4497 §8.4.1, RFC 3398 §7.2.4.1)
 * and cause 22's diagnostic (301 with the new number in Contact, 410 otherwise). The mapping functions of
 * Asterisk and FreeSWITCH take the cause value alone, so each sends one of the two whatever the release
 * carries: no disagreement in the table, but not the RFCs' choice either, and the pages say so.
 * They are the rows of RFC 4497's table that carry such a condition.
 */
export const CONDITIONAL_CAUSES = RFC4497_CAUSE_TO_SIP.filter((row) => row.condition === 'location-user' || row.condition === 'diagnostic-contact');

export interface ConditionalSend {
  cause: number;
  /** The code each cause mapper sends for the cause, whatever the release carries. */
  sends: { mapper: MapperId; code: number; fact: Fact }[];
}

const NAMED_MAPPERS: readonly MapperId[] = ['asterisk', 'freeswitch'];

export function conditionalSend(cause: number, tables: StackTables = STACK_TABLES): ConditionalSend | undefined {
  const entry = CONDITIONAL_CAUSES.find((c) => c.cause === cause);
  if (!entry) return undefined;
  const sends = NAMED_MAPPERS.flatMap((mapper) => {
    const sent = sentFor(mapper, cause, tables);
    // A code outside the two is a disagreement, told as one.
    return sent.code !== undefined && entry.codes.includes(sent.code) ? [{ mapper, code: sent.code, fact: fact(String(sent.code), sent.source, !sent.mapping) }] : [];
  });
  return sends.length ? { cause: entry.cause, sends } : undefined;
}

/** The conditional causes whose two responses include `code`. */
export function conditionalSendsForCode(code: number, tables: StackTables = STACK_TABLES): ConditionalSend[] {
  return CONDITIONAL_CAUSES.filter((c) => c.codes.includes(code)).flatMap((c) => conditionalSend(c.cause, tables) ?? []);
}

/** Disagreements a code page shows: those where the code is received, sent, or what the RFC would send. */
export function disagreementsForCode(code: number, tables: StackTables = STACK_TABLES): Disagreement[] {
  return allDisagreements(tables).filter((d) => d.code === code || (d.direction === 'send' && d.rfcs.some((r) => r.expected.kind !== 'default' && r.expected.kind !== 'note2' && r.expected.kind !== 'note3' && r.expected.values.includes(code))));
}

/** Several causes a mapper sends its default code for, told in one sentence (each cause page has the details). */
export interface DefaultGroup {
  direction: 'defaults';
  mapper: MapperId;
  code: number;
  causes: number[];
  source: Source;
}

/** Folds three or more default-branch sends of the same mapper and code into one group. */
export function groupDefaults(items: Disagreement[]): (Disagreement | DefaultGroup)[] {
  const key = (d: Disagreement) => `${d.mapper}:${d.code}`;
  const counts = new Map<string, number>();
  for (const d of items) if (d.direction === 'send' && !d.explicit) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  const out: (Disagreement | DefaultGroup)[] = [];
  const groups = new Map<string, DefaultGroup>();
  for (const d of items) {
    if (d.direction !== 'send' || d.explicit || (counts.get(key(d)) ?? 0) < 3) {
      out.push(d);
      continue;
    }
    let group = groups.get(key(d));
    if (!group) {
      group = { direction: 'defaults', mapper: d.mapper, code: d.code!, causes: [], source: d.source };
      groups.set(key(d), group);
      out.push(group);
    }
    group.causes.push(d.cause);
  }
  return out;
}

/**
 * Disagreements a cause page shows: those about the cause, and responses the RFCs map to it that a
 * stack maps elsewhere, including, on the page of cause 31, the responses the RFC tables leave to
 * that default.
 */
export function disagreementsForCause(cause: number, tables: StackTables = STACK_TABLES): Disagreement[] {
  return allDisagreements(tables).filter(
    (d) =>
      d.cause === cause ||
      (d.direction === 'receipt' && d.rfcs.some((r) => (r.expected.kind === 'listed' || r.expected.kind === 'warning' || r.expected.kind === 'note8' || r.expected.kind === 'default') && r.expected.values.includes(cause))),
  );
}

// ---------------------------------------------------------------------------------------------
// Causes.

/** Q.850 causes (1–127) any stack maps in either direction, plus every cause RFC 3398 lists: each gets a page. */
export function mappedCauses(tables: StackTables = STACK_TABLES): number[] {
  const values = new Set<number>([
    ...[...receiptMappings(tables), ...sendMappings(tables)].map((m) => m.cause),
    ...ISUP_TO_SIP.map((r) => r.cause),
    ...SIP_TO_ISUP.flatMap((r) => (r.cause === undefined ? [] : [r.cause])),
    ...RFC4497_CAUSE_TO_SIP.map((r) => r.cause),
    ...RFC4497_SIP_TO_CAUSE.flatMap((r) => r.causes),
  ]);
  return [...values].filter((v) => v >= 1 && v <= 127).sort((a, b) => a - b);
}

export function causeName(cause: number, lang: 'en' | 'ja'): string {
  const entry = CAUSES[cause];
  if (!entry) throw new Error(`cause ${cause}: no name in src/data/q850.ts`);
  return lang === 'ja' ? entry.ja : entry.name;
}

/** Asterisk's AST_CAUSE_* constants and FreeSWITCH's name for a cause, from the rows that name them. */
export function causeConstants(cause: number, tables: StackTables = STACK_TABLES): { asterisk: Fact[]; freeswitch?: Fact } {
  const asterisk = new Map<string, Fact>();
  for (const m of tables.asterisk.mappings) {
    if (m.cause !== cause || !m.constant || m.driver !== 'pjsip') continue;
    for (const name of [m.constant, m.baseConstant]) if (name && !asterisk.has(name)) asterisk.set(name, fact(name, m.source));
  }
  if (!asterisk.size) {
    // No mapping names the cause, but causes.h may still define a constant for it.
    const at = tables.asterisk.mappings.find((m) => m.driver === 'pjsip')!.source;
    for (const c of ASTERISK_UNMAPPED_CONSTANTS.filter((c) => c.value === cause)) {
      asterisk.set(c.name, fact(c.name, { repo: at.repo, commit: at.commit, path: ASTERISK_CAUSES_H, lines: [c.line, c.line] }));
    }
  }
  const fs = tables.freeswitch.causes.find((c) => c.value === cause);
  return { asterisk: [...asterisk.values()], ...(fs ? { freeswitch: fact(fs.name, fs.source) } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Codes.

export interface PhraseFact extends Fact {
  /** same: as registered; differs: another phrase; missing: no entry (class fallback, empty, default text). */
  status: 'same' | 'differs' | 'missing';
}

function phraseFact(entry: PhraseEntry | undefined, registered: string | undefined): PhraseFact | undefined {
  if (!entry) return undefined;
  const phrase = entry.phrase ?? '';
  const status = entry.fallback ? 'missing' : registered !== undefined && phrase === registered ? 'same' : 'differs';
  return { ...fact(phrase, entry.source, entry.fallback), status };
}

export interface CodeInStacks {
  code: number;
  pjsip?: { constant?: Fact; phrase?: PhraseFact };
  sofia?: { macros: Fact[]; phrase?: PhraseFact };
  /** notes: reason phrases tm sends in its own situations (its 408, a relayed 503 turned into 500), when they differ from the registered one. */
  kamailio?: { phrase?: PhraseFact; errors: Fact[]; notes: (Fact & { kind: ProxyNote['kind'] })[] };
  /** errors: debugOnly marks a reply text compiled only with DEBUG defined (E_OUT_OF_MEM). */
  opensips?: { phrase?: PhraseFact; errors: (Fact & { debugOnly?: boolean })[] };
  wireshark: { filter: Fact; phrase?: PhraseFact };
  /** What the cause mappers do with the code, and for which causes they send it. */
  receipt: Partial<Record<MapperId, Fact & { cause: number; name: string }>>;
  sends: Partial<Record<MapperId, (Fact & { cause?: number })[]>>;
  /** chan_sip's own "NNN phrase" texts, one per distinct text, when any differs from the registered
   *  phrase: chan_sip can send a code with a different text for different causes (500). */
  chanSipPhrases: Fact[];
  /** The PJSIPHangup names Asterisk accepts (rc_map); empty when it accepts only the number. */
  pjsipHangup: Fact[];
  /** The rc_map line that lacks the code, when PJSIPHangup takes no name for it (425, 485). */
  pjsipHangupAbsent?: Fact;
  /** chan_sip's hangup_cause2sip() has a text for the code (shown in chanSipPhrases only when one differs from the registered phrase). */
  chanSipHasText: boolean;
  disagreements: Disagreement[];
  /** Causes for which the RFCs choose this code or another on what the release carries. */
  conditional: ConditionalSend[];
}

export function codeInStacks(code: number, registered: string | undefined, tables: StackTables = STACK_TABLES): CodeInStacks {
  const pj = tables.pjsip.find((e) => e.code === code);
  const sofia = tables.sofia.find((e) => e.code === code && !e.alternate);
  const kam = tables.kamailio.phrases.find((e) => e.code === code);
  const osips = tables.opensips.phrases.find((e) => e.code === code);
  const ws = tables.wireshark.phrases.find((e) => e.code === code);
  const statusField = tables.wireshark.fields.find((f) => f.field === 'sip.Status-Code')!;

  const receipt: CodeInStacks['receipt'] = {};
  for (const mapper of MAPPERS) {
    const m = receivedAs(mapper, code, tables);
    if (m) receipt[mapper] = { ...fact(`${m.cause} ${m.name.replace(/^(AST|SWITCH)_CAUSE_/, '')}`, m.source, !m.explicit), cause: m.cause, name: m.name };
  }
  const sends: CodeInStacks['sends'] = {};
  for (const mapper of MAPPERS) {
    const facts: (Fact & { cause?: number })[] = sendMappings(tables)
      .filter((m) => m.mapper === mapper && m.code === code)
      .sort((a, b) => a.cause - b.cause)
      .map((m) => ({ ...fact(`${m.cause} ${m.name.replace(/^(AST|SWITCH)_CAUSE_/, '')}`, m.source), cause: m.cause }));
    const fallback = defaultSend(mapper, tables);
    if (fallback.code === code) facts.push({ ...fact('*', fallback.source, true) });
    if (facts.length) sends[mapper] = facts;
  }
  // Each distinct text chan_sip sends with the code, with the first line that sends it.
  const chanSipTexts = new Map<string, Source>();
  for (const m of tables.asterisk.mappings) {
    if (m.driver === 'chan_sip' && m.direction === 'cause_to_sip' && m.code === code && m.phrase && !chanSipTexts.has(m.phrase)) chanSipTexts.set(m.phrase, m.source);
  }
  // rc_map's line for the code when it gives the code no PJSIPHangup name (425, 485).
  const nameless = tables.asterisk.names.find((n) => n.code === code && n.names.length === 0);
  const out: CodeInStacks = {
    code,
    wireshark: { filter: fact(`sip.Status-Code == ${code}`, statusField.source) },
    receipt,
    sends,
    chanSipPhrases: [...chanSipTexts.keys()].some((text) => text !== registered) ? [...chanSipTexts].map(([text, source]) => fact(text, source)) : [],
    pjsipHangup: tables.asterisk.names.filter((n) => n.code === code).flatMap((n) => n.names.slice(-1).map((name) => fact(name, n.source))),
    ...(nameless ? { pjsipHangupAbsent: fact('rc_map', nameless.source) } : {}),
    chanSipHasText: chanSipTexts.size > 0,
    disagreements: disagreementsForCode(code, tables),
    conditional: conditionalSendsForCode(code, tables),
  };
  if (pj) {
    out.pjsip = {};
    if (pj.constant && pj.constantSource) out.pjsip.constant = fact(pj.constant, pj.constantSource);
    const p = phraseFact(pj, registered);
    if (p) out.pjsip.phrase = p.status === 'missing' ? { ...p, text: 'Default status message' } : p;
  }
  if (sofia) {
    out.sofia = { macros: sofia.macroSource ? sofia.macros.map((m) => fact(m, sofia.macroSource!)) : [] };
    const p = phraseFact(sofia, registered);
    if (p) out.sofia.phrase = p;
  }
  if (kam) {
    const p = phraseFact(kam, registered);
    out.kamailio = {
      errors: tables.kamailio.errors.filter((e) => e.code === code).map((e) => fact(e.text, e.source)),
      notes: tables.kamailio.notes.filter((n) => n.code === code && n.phrase !== registered).map((n) => ({ ...fact(n.phrase, n.source), kind: n.kind })),
      ...(p ? { phrase: p } : {}),
    };
  }
  if (osips) {
    const p = phraseFact(osips, registered);
    out.opensips = { errors: tables.opensips.errors.filter((e) => e.code === code).map((e) => ({ ...fact(e.text, e.source), ...(e.debugOnly ? { debugOnly: true } : {}) })), ...(p ? { phrase: p } : {}) };
  }
  if (ws && !ws.fallback) {
    const p = phraseFact(ws, registered);
    if (p) out.wireshark.phrase = p;
  } else if (registered !== undefined) {
    // Missing from the table: Wireshark's statistics file it under the class bucket.
    const bucket = tables.wireshark.phrases.find((e) => e.code === Math.floor(code / 100) * 100 + 99);
    if (bucket) out.wireshark.phrase = { ...fact(bucket.phrase ?? '', bucket.source, true), status: 'missing' };
  }
  return out;
}

/** Unregistered codes in a stack's phrase table or error replies: Kamailio 477–479, OpenSIPS 473–477, pjsip 7xx, sofia-sip 490/687, Wireshark's statistics rows 299–699 and 999… */
export const STACKS_WITH_UNREGISTERED_CODES = ['pjsip', 'sofia', 'kamailio', 'opensips', 'wireshark'] as const;
export type StackWithUnregisteredCodes = (typeof STACKS_WITH_UNREGISTERED_CODES)[number];
export const hasUnregisteredCodes = (id: string): id is StackWithUnregisteredCodes => (STACKS_WITH_UNREGISTERED_CODES as readonly string[]).includes(id);

export function unregisteredCodes(stack: StackWithUnregisteredCodes, registered: ReadonlySet<number>, tables: StackTables = STACK_TABLES): Fact[] {
  const entries: { code: number; text: string; source: Source }[] =
    stack === 'pjsip'
      ? tables.pjsip.map((e) => ({ code: e.code, text: e.phrase ?? '', source: e.source }))
      : stack === 'sofia'
        ? tables.sofia.filter((e) => !e.alternate).map((e) => ({ code: e.code, text: e.phrase ?? '', source: e.source }))
        : stack === 'wireshark'
          ? // sip_response_code_vals: the statistics rows 299 … 699 ("<class> - Others") and 999 ("Unknown response").
            tables.wireshark.phrases.map((e) => ({ code: e.code, text: e.phrase ?? '', source: e.source }))
          : [
              // error_text() entries (OpenSIPS has 409 and 411), then err2reason_phrase() replies.
              ...tables[stack].phrases.filter((e) => !e.fallback).map((e) => ({ code: e.code, text: e.phrase ?? '', source: e.source })),
              ...tables[stack].errors.map((e) => ({ code: e.code, text: e.text, source: e.source })),
            ];
  return entries.filter((e) => !registered.has(e.code)).sort((a, b) => a.code - b.code).map((e) => fact(`${e.code} ${e.text}`, e.source));
}

// ---------------------------------------------------------------------------------------------
// One cause, both directions.

export interface CauseInStacks {
  cause: number;
  /** The code each mapper sends for the cause (its case, or its default). */
  sends: Partial<Record<MapperId, { code?: number; fact: Fact }>>;
  /** The codes each mapper turns into this cause on receipt. */
  receivedFrom: Partial<Record<MapperId, (Fact & { code: number })[]>>;
  rfcSends: Record<RfcId, RfcExpectation>;
  /** Codes each RFC maps to this cause (listed rows only, not the default). */
  rfcFrom: Record<RfcId, number[]>;
  disagreements: Disagreement[];
  conditional?: ConditionalSend;
}

export function causeInStacks(cause: number, tables: StackTables = STACK_TABLES): CauseInStacks {
  const sends: CauseInStacks['sends'] = {};
  const receivedFrom: CauseInStacks['receivedFrom'] = {};
  for (const mapper of MAPPERS) {
    const sent = sentFor(mapper, cause, tables);
    sends[mapper] = { ...(sent.code !== undefined ? { code: sent.code } : {}), fact: fact(sent.code === undefined ? '—' : String(sent.code), sent.source, !sent.mapping) };
    const from = receiptMappings(tables)
      .filter((m) => m.mapper === mapper && m.cause === cause)
      .sort((a, b) => a.code - b.code)
      .map((m) => ({ ...fact(String(m.code), m.source, !m.explicit), code: m.code }));
    if (from.length) receivedFrom[mapper] = from;
  }
  const listedFrom = (rfc: RfcId) =>
    (rfc === 'rfc3398' ? SIP_TO_ISUP.map((r) => r.code) : RFC4497_SIP_TO_CAUSE.map((r) => r.code)).filter((code) => {
      const e = rfcCausesFor(rfc, code);
      return e.kind !== 'default' && e.kind !== 'note7' && e.values.includes(cause);
    });
  const conditional = conditionalSend(cause, tables);
  return {
    cause,
    sends,
    receivedFrom,
    rfcSends: { rfc3398: rfcCodesFor('rfc3398', cause), rfc4497: rfcCodesFor('rfc4497', cause) },
    rfcFrom: { rfc3398: listedFrom('rfc3398'), rfc4497: listedFrom('rfc4497') },
    disagreements: disagreementsForCause(cause, tables),
    ...(conditional ? { conditional } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// One stack, whole table.

export interface StackRow {
  code: number;
  cells: (Fact[] | string)[];
}

const strip = (name: string) => name.replace(/^(AST|SWITCH)_CAUSE_/, '');

/** Asterisk or FreeSWITCH: per code, the cause set on receipt and the causes it is sent for. */
export function mapperRows(stack: 'asterisk' | 'freeswitch', tables: StackTables = STACK_TABLES): { rows: StackRow[]; chanSipDiffers: number[] } {
  const mappers: MapperId[] = stack === 'asterisk' ? ['asterisk', 'chan_sip'] : ['freeswitch'];
  const receipts = receiptMappings(tables);
  const sends = sendMappings(tables);
  const codes = [...new Set([...receipts, ...sends].filter((m) => mappers.includes(m.mapper)).map((m) => m.code))].sort((a, b) => a - b);
  const chanSipDiffers: number[] = [];
  const rows = codes.map((code) => {
    const cells: (Fact[] | string)[] = [];
    for (const mapper of mappers) {
      const r = receipts.find((m) => m.mapper === mapper && m.code === code);
      if (mapper === 'chan_sip') {
        const main = receipts.find((m) => m.mapper === 'asterisk' && m.code === code);
        if (r?.cause !== main?.cause) chanSipDiffers.push(code);
        cells.push(r && r.cause !== main?.cause ? [fact(`${r.cause} ${strip(r.name)}`, r.source, !r.explicit)] : r ? '=' : '—');
      } else cells.push(r ? [fact(`${r.cause} ${strip(r.name)}`, r.source, !r.explicit)] : '—');
    }
    const sent = sends.filter((m) => m.mapper === mappers[0] && m.code === code).sort((a, b) => a.cause - b.cause);
    cells.push(sent.length ? sent.map((m) => fact(`${m.cause} ${strip(m.name)}`, m.source)) : '—');
    return { code, cells };
  });
  return { rows, chanSipDiffers };
}
