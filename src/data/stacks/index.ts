/**
 * What SIP stacks call each response code and which Q.850 causes they map it to, read from each
 * project's source at a pinned commit. The tables are the TSV files next to this module (one row
 * per fact, with repository, path, commit and line); importing this module validates them, so a
 * bad row fails the build naming the file, the row and the field.
 */
import asterisk from './asterisk.tsv?raw';
import freeswitch from './freeswitch.tsv?raw';
import kamailio from './kamailio.tsv?raw';
import opensips from './opensips.tsv?raw';
import pjsip from './pjsip.tsv?raw';
import sofia from './sofia.tsv?raw';
import wireshark from './wireshark.tsv?raw';
import { CODES } from '../index';
import { CAUSES } from '../q850';
import { UNREGISTERED } from '../unregistered';
import { MAPPER_INFO, mapperProblems } from './mappers';
import { StackDataError, parseStackTables, type KnownValues } from './parse';

export * from './parse';
export * from './mappers';

export const STACK_TSV = { 'asterisk.tsv': asterisk, 'freeswitch.tsv': freeswitch, 'pjsip.tsv': pjsip, 'sofia.tsv': sofia, 'kamailio.tsv': kamailio, 'opensips.tsv': opensips, 'wireshark.tsv': wireshark } as const;

/**
 * Unregistered codes the stack tables name besides those with a page of their own (UNREGISTERED):
 * the Kamailio and OpenSIPS internal-error replies, and Wireshark's statistics buckets.
 */
export const STACK_ONLY_CODES: readonly number[] = [473, 475, 476, 477, 479, 299, 399, 499, 599, 699, 999];

export const KNOWN: KnownValues = {
  iana: new Map(CODES.map((entry) => [entry.code, entry.phrase])),
  unregistered: new Set([...UNREGISTERED.map((entry) => Number(entry.code)), ...STACK_ONLY_CODES]),
  causes: new Set(Object.keys(CAUSES).map(Number)),
};

export const STACK_TABLES = parseStackTables(STACK_TSV, KNOWN);

// Each mapper's default as the tables show it (mappers.ts).
const mapperErrors = mapperProblems(MAPPER_INFO, STACK_TABLES);
if (mapperErrors.length) throw new StackDataError(mapperErrors);

export const STACK_IDS = ['asterisk', 'freeswitch', 'pjsip', 'sofia', 'kamailio', 'opensips', 'wireshark'] as const;
export type StackId = (typeof STACK_IDS)[number];

export interface StackInfo {
  id: StackId;
  name: string;
  repo: string;
  commit: string;
  /** Where a second snapshot was read (Asterisk's legacy chan_sip at tag 20.20.1). */
  also?: { label: string; commit: string };
  /** The files the table was read from. */
  files: string[];
}

function commitsOf(sources: { repo: string; commit: string }[]): { repo: string; commit: string }[] {
  const seen = new Map<string, { repo: string; commit: string }>();
  for (const s of sources) seen.set(s.commit, { repo: s.repo, commit: s.commit });
  return [...seen.values()];
}

const T = STACK_TABLES;
const pjsipCommit = T.asterisk.mappings.filter((m) => m.driver === 'pjsip')[0]!.source;
const chanSipCommit = T.asterisk.mappings.filter((m) => m.driver === 'chan_sip')[0]!.source;

/** The projects, in the order pages list them; commits as the tables record them. */
export const STACKS: readonly StackInfo[] = [
  { id: 'asterisk', name: 'Asterisk', repo: pjsipCommit.repo, commit: pjsipCommit.commit, also: { label: 'chan_sip (20.20.1)', commit: chanSipCommit.commit }, files: [...new Set(T.asterisk.mappings.map((m) => m.source.path).concat(T.asterisk.names.map((n) => n.source.path)))] },
  { id: 'freeswitch', name: 'FreeSWITCH', ...commitsOf(T.freeswitch.mappings.map((m) => m.source))[0]!, files: [...new Set([...T.freeswitch.causes, ...T.freeswitch.mappings].map((m) => m.source.path))] },
  { id: 'pjsip', name: 'pjsip', ...commitsOf(T.pjsip.map((e) => e.source))[0]!, files: [...new Set(T.pjsip.flatMap((e) => [e.source.path, ...(e.constantSource ? [e.constantSource.path] : [])]))] },
  { id: 'sofia', name: 'sofia-sip', ...commitsOf(T.sofia.map((e) => e.source))[0]!, files: [...new Set(T.sofia.flatMap((e) => [e.source.path, ...(e.macroSource ? [e.macroSource.path] : [])]))] },
  { id: 'kamailio', name: 'Kamailio', ...commitsOf(T.kamailio.phrases.map((e) => e.source))[0]!, files: [...new Set([...T.kamailio.phrases, ...T.kamailio.errors, ...T.kamailio.notes].map((e) => e.source.path))] },
  { id: 'opensips', name: 'OpenSIPS', ...commitsOf(T.opensips.phrases.map((e) => e.source))[0]!, files: [...new Set([...T.opensips.phrases, ...T.opensips.errors].map((e) => e.source.path))] },
  { id: 'wireshark', name: 'Wireshark', ...commitsOf(T.wireshark.phrases.map((e) => e.source))[0]!, files: [...new Set(T.wireshark.phrases.map((e) => e.source.path))] },
];

export function getStack(id: string): StackInfo {
  const stack = STACKS.find((s) => s.id === id);
  if (!stack) throw new Error(`unknown stack "${id}"`);
  return stack;
}

/** Every data row of the seven tables (the header rows aside). */
export const STACK_ROW_COUNT = Object.values(STACK_TSV).reduce((sum, text) => sum + text.trim().split('\n').length - 1, 0);
