/**
 * The hangup-cause mappers the pages compare with RFC 3398 and RFC 4497: Asterisk's chan_pjsip, its legacy
 * chan_sip, and FreeSWITCH. Each says which stack page lists it and how its default (the code for a cause
 * its mapping function has no case for) reaches the wire, with the table row that says so. Importing the
 * stack data checks every mapper against that row (mapperProblems), so a mapper added without a default,
 * or a re-read table whose row no longer says it, fails the build.
 */
import type { AsteriskMapping, FreeswitchMapping, StackTables } from './parse';

export const MAPPERS = ['asterisk', 'chan_sip', 'freeswitch'] as const;
export type MapperId = (typeof MAPPERS)[number];

/**
 * How a mapper's default reaches the wire.
 * - function: the mapping function returns the code itself (FreeSWITCH's hangup_cause_to_sip() returns 480).
 * - driver-rejects: the function returns no code (chan_pjsip's 0, chan_sip's NULL), and the driver sends its
 *   default only when it rejects an unanswered incoming INVITE.
 */
export type DefaultBy = 'function' | 'driver-rejects';
export const DEFAULT_BY: readonly DefaultBy[] = ['function', 'driver-rejects'];

export interface MapperInfo {
  /** The stack whose page lists the mapper, and whose name names it. */
  stack: 'asterisk' | 'freeswitch';
  /** Asterisk mappers: the driver of their asterisk.tsv rows. */
  driver?: AsteriskMapping['driver'];
  /** Named "<stack> chan_sip (legacy)" (ui.stacks.legacy). */
  legacy?: true;
  defaultBy: DefaultBy;
  /**
   * The cause_to_sip row of the default branch that says how the default reaches the wire: the source lines
   * it was read from, and words its note holds.
   */
  defaultRow: { lines: readonly [number, number]; note: string };
}

export const MAPPER_INFO: Readonly<Record<MapperId, MapperInfo>> = {
  asterisk: {
    stack: 'asterisk',
    driver: 'pjsip',
    defaultBy: 'driver-rejects',
    defaultRow: { lines: [2590, 2592], note: 'the code is only sent when Asterisk rejects an unanswered incoming INVITE' },
  },
  // sip_hangup() sends 603 for the NULL (CHAN_SIP_HANGUP_DEFAULT, asterisk-causes.ts).
  chan_sip: { stack: 'asterisk', driver: 'chan_sip', legacy: true, defaultBy: 'driver-rejects', defaultRow: { lines: [7179, 7181], note: 'returns NULL' } },
  freeswitch: { stack: 'freeswitch', defaultBy: 'function', defaultRow: { lines: [370, 371], note: 'every cause not listed' } },
};

/** The cause_to_sip row of the mapper's default branch (the one without a case label). */
export function defaultRowOf(info: MapperInfo, tables: StackTables): AsteriskMapping | FreeswitchMapping | undefined {
  if (info.stack === 'freeswitch') return tables.freeswitch.mappings.find((m) => m.direction === 'cause_to_sip' && m.cause === undefined);
  return tables.asterisk.mappings.find((m) => m.direction === 'cause_to_sip' && m.driver === info.driver && m.constant === undefined);
}

/** Every way the mapper descriptions disagree with the tables: "freeswitch: defaultBy: …". */
export function mapperProblems(mappers: Readonly<Record<MapperId, MapperInfo>>, tables: StackTables): string[] {
  const problems: string[] = [];
  for (const id of MAPPERS) {
    const info = mappers[id] as MapperInfo | undefined;
    if (!info) {
      problems.push(`${id}: no description`);
      continue;
    }
    if (!DEFAULT_BY.includes(info.defaultBy)) problems.push(`${id}: defaultBy: "${String(info.defaultBy)}" is not one of ${DEFAULT_BY.join(', ')}`);
    if ((info.stack === 'asterisk') !== Boolean(info.driver)) problems.push(`${id}: driver: an Asterisk mapper needs one, and only an Asterisk mapper has one`);
    if (!info.defaultRow) {
      problems.push(`${id}: defaultRow: missing`);
      continue;
    }
    const row = defaultRowOf(info, tables);
    if (!row) {
      problems.push(`${id}: defaultRow: the tables have no default cause_to_sip row for it`);
      continue;
    }
    const [from, to] = info.defaultRow.lines;
    if (row.source.lines?.[0] !== from || row.source.lines?.[1] !== to) problems.push(`${id}: defaultRow: lines ${from}-${to}, but the default row was read at ${row.source.lines?.join('-') ?? 'no line'}`);
    if (!row.note?.includes(info.defaultRow.note)) problems.push(`${id}: defaultRow: the note of the default row does not say "${info.defaultRow.note}"`);
    if (info.defaultBy === 'function' && row.code === undefined) problems.push(`${id}: defaultBy: "function", but the default row gives no code`);
  }
  return problems;
}
