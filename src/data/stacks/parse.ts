/**
 * Reads the stack tables (src/data/stacks/*.tsv, one row per fact read from a project's source at a
 * pinned commit) into typed records, or fails with every problem found, each naming the file, the
 * row (its line in the file) and the field: "asterisk.tsv: row 12: q850_value: unknown cause 200".
 *
 * Pure: the caller passes the file texts and the codes and causes the rest of the data module knows.
 */

export const STACK_FILES = ['asterisk.tsv', 'freeswitch.tsv', 'pjsip.tsv', 'sofia.tsv', 'kamailio.tsv', 'opensips.tsv', 'wireshark.tsv'] as const;
export type StackFile = (typeof STACK_FILES)[number];

export class StackDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`SIP stack data is invalid:\n  - ${problems.slice(0, 40).join('\n  - ')}${problems.length > 40 ? `\n  … and ${problems.length - 40} more` : ''}`);
    this.name = 'StackDataError';
  }
}

/** Where a fact was read: a line range of a file at a commit (Wireshark rows have a description instead of lines). */
export interface Source {
  repo: string;
  path: string;
  commit: string;
  lines?: readonly [number, number];
  /** Wireshark only: where in the file, in words. */
  location?: string;
  /** The function or table the line belongs to. */
  fn?: string;
}

/** Asterisk ast_sip_hangup_sip2cause()/hangup_cause2sip() rows, for chan_pjsip (current) and chan_sip (legacy). */
export interface AsteriskMapping {
  driver: 'pjsip' | 'chan_sip';
  direction: 'sip_to_cause' | 'cause_to_sip';
  /** The SIP code; undefined for chan_sip's "no SIP code" (NULL) rows. */
  code?: number;
  /** AST_CAUSE_* as written in the case label; undefined for the default branch of hangup_cause2sip. */
  constant?: string;
  /** The constant the name aliases, when it is an alias (AST_CAUSE_BUSY → AST_CAUSE_USER_BUSY). */
  baseConstant?: string;
  cause?: number;
  /** ast_cause2str() name, e.g. "USER_BUSY". */
  causeName?: string;
  /** false: the value comes from a default branch, not from a case of its own. */
  explicit: boolean;
  /** chan_sip only: the "NNN Phrase" text hangup_cause2sip returns, phrase part. */
  phrase?: string;
  note?: string;
  source: Source;
}

/** Asterisk rc_map[]: the names PJSIPHangup accepts for a code. */
export interface AsteriskCodeName {
  code: number;
  names: string[];
  source: Source;
}

export interface FreeswitchCause {
  constant: string;
  name: string;
  value: number;
  /** Above 127: FreeSWITCH's own, not a Q.850 value. */
  internal: boolean;
  source: Source;
  /** The line of the name in CAUSE_CHART (src/switch_channel.c). */
  chartLine?: number;
}

export interface FreeswitchMapping {
  direction: 'sip_to_cause' | 'cause_to_sip';
  code: number;
  /** undefined for the default branch of hangup_cause_to_sip. */
  cause?: number;
  name?: string;
  explicit: boolean;
  note?: string;
  source: Source;
}

/** A phrase table entry: what a stack sends as the reason phrase of a code. */
export interface PhraseEntry {
  code: number;
  /** The phrase; '' when the library returns an empty string. */
  phrase?: string;
  /** true when the phrase comes from a class fallback or default, not an entry for the code. */
  fallback: boolean;
  source: Source;
}

export interface PjsipEntry extends PhraseEntry {
  constant?: string;
  constantSource?: Source;
}

export interface SofiaEntry extends PhraseEntry {
  macros: string[];
  macroSource?: Source;
  /** The 403 "Stale Date" variable: defined, but not what sip_status_phrase() returns. */
  alternate: boolean;
}

/** Kamailio/OpenSIPS err2reason_phrase(): an internal error that becomes a reply. */
export interface ErrorReply {
  code: number;
  /** The reply text, "Unresolvable destination (478/SL)". */
  text: string;
  /** E_BAD_ADDRESS, or undefined for the default branch. */
  error?: string;
  /** true when the case is compiled only with DEBUG defined (OpenSIPS E_OUT_OF_MEM); other builds take the default branch. */
  debugOnly?: boolean;
  note?: string;
  source: Source;
}

export interface ProxyNote {
  kind: 'tm_parameter' | 'tm_remap_503_500';
  code: number;
  phrase: string;
  note?: string;
  source: Source;
}

export interface WiresharkField {
  field: string;
  hf: string;
  ftype: string;
  source: Source;
}

export interface StackTables {
  asterisk: { mappings: AsteriskMapping[]; names: AsteriskCodeName[] };
  freeswitch: { causes: FreeswitchCause[]; mappings: FreeswitchMapping[] };
  pjsip: PjsipEntry[];
  sofia: SofiaEntry[];
  kamailio: { phrases: PhraseEntry[]; errors: ErrorReply[]; notes: ProxyNote[] };
  opensips: { phrases: PhraseEntry[]; errors: ErrorReply[] };
  wireshark: { fields: WiresharkField[]; phrases: PhraseEntry[] };
}

export interface KnownValues {
  /** IANA code → registered phrase. */
  iana: ReadonlyMap<number, string>;
  /** Codes the site knows although IANA does not register them (stack-internal, statistics buckets…). */
  unregistered: ReadonlySet<number>;
  /** Q.850 cause values (1–127) the site knows by name. */
  causes: ReadonlySet<number>;
}

type Row = Record<string, string> & { readonly __row: number };

const REPO = /^([A-Za-z0-9][\w.-]*\/[\w.-]+)(?: \(.+\))?$/;
const COMMIT = /^[0-9a-f]{40}$/;
const LINES = /^(\d+)(?:-(\d+))?$/;
const INT = /^-?\d+$/;

class Reader {
  readonly problems: string[] = [];
  constructor(readonly file: StackFile) {}

  fail(row: Row | number, field: string, message: string): void {
    const n = typeof row === 'number' ? row : row.__row;
    this.problems.push(`${this.file}: row ${n}: ${field}: ${message}`);
  }

  rows(text: string, required: readonly string[]): Row[] {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    while (lines.length && lines.at(-1) === '') lines.pop();
    const header = (lines[0] ?? '').split('\t');
    for (const column of required) if (!header.includes(column)) this.fail(1, column, 'missing column in the header row');
    const rows: Row[] = [];
    lines.slice(1).forEach((line, i) => {
      const n = i + 2;
      const cells = line.split('\t');
      if (cells.length !== header.length) {
        this.fail(n, '(row)', `has ${cells.length} fields, the header has ${header.length}`);
        return;
      }
      const row = Object.fromEntries(header.map((name, j) => [name, cells[j]!.trim()])) as Row;
      Object.defineProperty(row, '__row', { value: n });
      rows.push(row);
    });
    return rows;
  }

  text(row: Row, field: string): string {
    const value = row[field] ?? '';
    if (!value) this.fail(row, field, 'is empty');
    return value;
  }

  optional(row: Row, field: string): string | undefined {
    return row[field] || undefined;
  }

  int(row: Row, field: string, { optional = false } = {}): number | undefined {
    const value = row[field] ?? '';
    if (!value) {
      if (!optional) this.fail(row, field, 'is empty');
      return undefined;
    }
    if (!INT.test(value)) {
      this.fail(row, field, `"${value}" is not a number`);
      return undefined;
    }
    return Number(value);
  }

  lines(row: Row, field: string, { optional = false } = {}): readonly [number, number] | undefined {
    const cell = row[field] ?? '';
    // "129;130": one line per macro of the same code; keep the span.
    const parts = cell.split(';');
    const value = parts.length > 1 && parts.every((p) => /^\d+$/.test(p)) ? `${parts[0]}-${parts.at(-1)}` : cell;
    if (!value && optional) return undefined;
    const match = LINES.exec(value);
    if (!match) {
      this.fail(row, field, value ? `"${value}" is not a line or a range of lines` : 'is empty');
      return undefined;
    }
    const start = Number(match[1]);
    const end = Number(match[2] ?? match[1]);
    if (start < 1 || end < start) this.fail(row, field, `"${value}" is not a valid range`);
    return [start, end];
  }

  /** The provenance columns every row carries. */
  source(row: Row, { path = 'path', line = 'line' as string | undefined, fn = 'function' as string | undefined } = {}): Source {
    const repoCell = this.text(row, 'repo');
    const repo = REPO.exec(repoCell)?.[1];
    if (repoCell && !repo) this.fail(row, 'repo', `"${repoCell}" is not owner/name`);
    const commit = this.text(row, 'commit');
    if (commit && !COMMIT.test(commit)) this.fail(row, 'commit', `"${commit}" is not a 40-digit commit hash`);
    const source: Source = { repo: repo ?? '', path: this.text(row, path), commit };
    if (line === 'location') source.location = this.text(row, 'location');
    else if (line) {
      const lines = this.lines(row, line);
      if (lines) source.lines = lines;
    }
    const name = fn ? this.optional(row, fn) : undefined;
    if (name) source.fn = name;
    return source;
  }

  /** A SIP code: registered (then its IANA phrase column must match the registry) or known unregistered. */
  code(row: Row, known: KnownValues, field = 'code', { optional = false } = {}): number | undefined {
    const code = this.int(row, field, { optional });
    if (code === undefined) return undefined;
    const registered = known.iana.get(code);
    const ianaCell = row['iana_phrase'];
    if (registered !== undefined) {
      if (ianaCell !== undefined && ianaCell !== registered) this.fail(row, 'iana_phrase', `"${ianaCell}" is not the registered phrase of ${code} ("${registered}")`);
    } else if (known.unregistered.has(code)) {
      if (ianaCell) this.fail(row, 'iana_phrase', `${code} is not registered, but the row gives the phrase "${ianaCell}"`);
    } else this.fail(row, field, `unknown code ${code}`);
    return code;
  }

  cause(row: Row, field: string, known: KnownValues, extra: ReadonlySet<number> = new Set()): number | undefined {
    const cause = this.int(row, field);
    if (cause === undefined) return undefined;
    if (cause !== 0 && !known.causes.has(cause) && !extra.has(cause)) this.fail(row, field, `unknown cause ${cause}`);
    return cause;
  }
}

function direction(reader: Reader, row: Row, field: string): 'sip_to_cause' | 'cause_to_sip' | undefined {
  const value = row[field];
  if (value === 'sip_to_cause' || value === 'cause_to_sip') return value;
  reader.fail(row, field, `unknown direction "${value}"`);
  return undefined;
}

function parseAsterisk(text: string, known: KnownValues, reader: Reader): StackTables['asterisk'] {
  const rows = reader.rows(text, ['direction', 'driver', 'sip_code', 'iana_phrase', 'sip_phrase_in_source', 'ast_cause_constant', 'ast_cause_base_constant', 'q850_value', 'ast_cause2str_name', 'match', 'repo', 'path', 'commit', 'line', 'function', 'note']);
  const mappings: AsteriskMapping[] = [];
  const names: AsteriskCodeName[] = [];
  for (const row of rows) {
    if (row['direction'] === 'rc_map_name') {
      const code = reader.code(row, known, 'sip_code');
      // "absent from rc_map" rows (425, 485) name no names: PJSIPHangup does not accept one.
      const absent = row['match'] === 'absent from rc_map';
      const names_ = absent ? [] : reader.text(row, 'sip_phrase_in_source').split(' / ').filter(Boolean);
      if (code !== undefined) names.push({ code, names: names_, source: reader.source(row) });
      continue;
    }
    const dir = direction(reader, row, 'direction');
    const driverCell = row['driver'] ?? '';
    const driver = driverCell.startsWith('chan_pjsip') ? 'pjsip' : driverCell.startsWith('chan_sip') ? 'chan_sip' : undefined;
    if (!driver) reader.fail(row, 'driver', `unknown driver "${driverCell}"`);
    const constantCell = reader.text(row, 'ast_cause_constant');
    const isDefault = constantCell === 'default';
    if (constantCell && !isDefault && !/^AST_CAUSE_[A-Z0-9_]+$/.test(constantCell)) reader.fail(row, 'ast_cause_constant', `"${constantCell}" is not an AST_CAUSE_* constant`);
    // chan_sip's hangup_cause2sip returns NULL (no code) for its default and NOTDEFINED rows.
    const noCode = driver === 'chan_sip' && dir === 'cause_to_sip' && !row['sip_code'];
    const code = reader.code(row, known, 'sip_code', { optional: noCode });
    const cause = isDefault ? undefined : reader.cause(row, 'q850_value', known);
    const match = reader.text(row, 'match');
    if (!driver || !dir) continue;
    const mapping: AsteriskMapping = {
      driver,
      direction: dir,
      explicit: match === 'explicit case',
      source: reader.source(row),
    };
    if (code !== undefined) mapping.code = code;
    if (!isDefault) mapping.constant = constantCell;
    const base = reader.optional(row, 'ast_cause_base_constant');
    if (base) mapping.baseConstant = base;
    if (cause !== undefined) mapping.cause = cause;
    const causeName = reader.optional(row, 'ast_cause2str_name');
    if (causeName) mapping.causeName = causeName;
    const phrase = reader.optional(row, 'sip_phrase_in_source');
    if (phrase) mapping.phrase = phrase;
    const note = reader.optional(row, 'note');
    if (note) mapping.note = note;
    mappings.push(mapping);
  }
  return { mappings, names };
}

function parseFreeswitch(text: string, known: KnownValues, reader: Reader): StackTables['freeswitch'] {
  const rows = reader.rows(text, ['direction', 'sip_code', 'iana_phrase', 'switch_cause_constant', 'cause_name', 'numeric_value', 'value_kind', 'match', 'repo', 'path', 'commit', 'line', 'function', 'note']);
  const causes: FreeswitchCause[] = [];
  for (const row of rows.filter((r) => r['direction'] === 'cause_enum')) {
    const constant = reader.text(row, 'switch_cause_constant');
    const name = reader.text(row, 'cause_name');
    const value = reader.int(row, 'numeric_value');
    if (constant && name && constant !== `SWITCH_CAUSE_${name}`) reader.fail(row, 'cause_name', `"${name}" does not match ${constant}`);
    if (value === undefined) continue;
    const chart = /CAUSE_CHART line (\d+)/.exec(row['note'] ?? '');
    const cause: FreeswitchCause = { constant, name, value, internal: value > 127, source: reader.source(row) };
    if (chart) cause.chartLine = Number(chart[1]);
    causes.push(cause);
  }
  const byValue = new Map(causes.map((c) => [c.value, c]));
  const internal = new Set(causes.filter((c) => c.internal).map((c) => c.value));
  const mappings: FreeswitchMapping[] = [];
  for (const row of rows.filter((r) => r['direction'] !== 'cause_enum')) {
    const dir = direction(reader, row, 'direction');
    const code = reader.code(row, known, 'sip_code');
    const constant = reader.text(row, 'switch_cause_constant');
    const isDefault = constant === 'default';
    const cause = isDefault ? undefined : reader.cause(row, 'numeric_value', known, internal);
    if (cause !== undefined) {
      const declared = byValue.get(cause);
      if (!declared) reader.fail(row, 'numeric_value', `cause ${cause} is not in the switch_call_cause_t enum`);
      else if (declared.constant !== constant) reader.fail(row, 'switch_cause_constant', `${constant} is not the enum constant of ${cause} (${declared.constant})`);
    }
    if (!dir || code === undefined) continue;
    const mapping: FreeswitchMapping = { direction: dir, code, explicit: row['match'] === 'explicit case', source: reader.source(row) };
    if (cause !== undefined) {
      mapping.cause = cause;
      mapping.name = row['cause_name'] ?? '';
    }
    const note = reader.optional(row, 'note');
    if (note) mapping.note = note;
    mappings.push(mapping);
  }
  return { causes, mappings };
}

function parsePjsip(text: string, known: KnownValues, reader: Reader): PjsipEntry[] {
  const rows = reader.rows(text, ['code', 'iana_phrase', 'pjsip_status_code_constant', 'enum_line', 'pjsip_status_text', 'phrase_line', 'repo', 'enum_path', 'phrase_path', 'commit']);
  const entries: PjsipEntry[] = [];
  for (const row of rows) {
    const code = reader.code(row, known);
    const phrase = reader.optional(row, 'pjsip_status_text');
    // Codes pjsip lacks point at the default phrase ("Default status message", sip_msg.c).
    const source = reader.source(row, { path: 'phrase_path', line: phrase ? 'phrase_line' : '', fn: '' });
    if (!phrase) {
      const fallbackLine = /line (\d+)/.exec(row['note'] ?? '')?.[1];
      if (fallbackLine) source.lines = [Number(fallbackLine), Number(fallbackLine)];
      else reader.fail(row, 'phrase_line', 'is empty, and the note names no line for the default phrase');
    }
    if (code === undefined) continue;
    const entry: PjsipEntry = { code, fallback: !phrase, source };
    if (phrase) entry.phrase = phrase;
    const constant = reader.optional(row, 'pjsip_status_code_constant');
    if (constant) {
      if (!/^PJSIP_[AS]C_[A-Z0-9_]+$/.test(constant)) reader.fail(row, 'pjsip_status_code_constant', `"${constant}" is not a PJSIP_SC_* constant`);
      entry.constant = constant;
      entry.constantSource = reader.source(row, { path: 'enum_path', line: 'enum_line', fn: '' });
    }
    entries.push(entry);
  }
  return entries;
}

function parseSofia(text: string, known: KnownValues, reader: Reader): SofiaEntry[] {
  const rows = reader.rows(text, ['code', 'iana_phrase', 'sip_macros', 'macro_lines', 'sofia_phrase', 'phrase_line', 'sip_status_phrase_returns', 'sip_status_phrase_case_line', 'repo', 'header_path', 'source_path', 'commit']);
  const entries: SofiaEntry[] = [];
  for (const row of rows) {
    const code = reader.code(row, known);
    const macros = (row['sip_macros'] ?? '').split(/[,;/ ]+/).filter(Boolean);
    for (const macro of macros) if (!/^SIP_\d{3}_[A-Z0-9_]+$/.test(macro)) reader.fail(row, 'sip_macros', `"${macro}" is not a SIP_NNN_* macro`);
    const caseLine = reader.lines(row, 'sip_status_phrase_case_line', { optional: true });
    const returns = row['sip_status_phrase_returns'] ?? '';
    const alternate = /not returned by sip_status_phrase/.test(row['note'] ?? '');
    // Absent codes fall to sip_status_phrase()'s final `return ""`, whose line the row names.
    const emptyLine = /line (\d+)/.exec(returns)?.[1];
    const source: Source = reader.source(row, { path: 'source_path', line: caseLine ? 'sip_status_phrase_case_line' : alternate ? 'phrase_line' : '', fn: '' });
    if (!caseLine && !alternate) {
      if (emptyLine) source.lines = [Number(emptyLine), Number(emptyLine)];
      else reader.fail(row, 'sip_status_phrase_case_line', 'is empty, and sip_status_phrase_returns names no line');
    }
    if (code === undefined) continue;
    const entry: SofiaEntry = { code, macros, fallback: !caseLine && !alternate, alternate, source };
    if (caseLine) entry.phrase = returns;
    else if (alternate) entry.phrase = reader.text(row, 'sofia_phrase');
    else entry.phrase = '';
    if (macros.length) {
      const lines = reader.lines(row, 'macro_lines');
      const header: Source = { ...source, path: reader.text(row, 'header_path') };
      if (lines) header.lines = lines;
      entry.macroSource = header;
    }
    entries.push(entry);
  }
  return entries;
}

function parseProxy(text: string, known: KnownValues, reader: Reader) {
  const rows = reader.rows(text, ['kind', 'code', 'iana_phrase', 'phrase', 'match', 'repo', 'path', 'commit', 'line', 'function', 'note']);
  const phrases: PhraseEntry[] = [];
  const errors: ErrorReply[] = [];
  const notes: ProxyNote[] = [];
  for (const row of rows) {
    const code = reader.code(row, known);
    const source = reader.source(row);
    const phrase = reader.text(row, 'phrase');
    if (code === undefined) continue;
    const kind = row['kind'];
    const note = reader.optional(row, 'note');
    if (kind === 'error_text') phrases.push({ code, phrase, fallback: !(row['match'] ?? '').startsWith('explicit'), source });
    else if (kind === 'err2reason_phrase') {
      const error = /^case (E_[A-Z_]+)$/.exec(row['match'] ?? '')?.[1];
      const reply: ErrorReply = { code, text: phrase, source };
      if (error) reply.error = error;
      if (note) reply.note = note;
      if (/#ifdef DEBUG/.test(note ?? '')) reply.debugOnly = true;
      errors.push(reply);
    } else if (kind === 'tm_parameter' || kind === 'tm_remap_503_500') {
      const entry: ProxyNote = { kind, code, phrase, source };
      if (note) entry.note = note;
      notes.push(entry);
    } else reader.fail(row, 'kind', `unknown kind "${kind}"`);
  }
  return { phrases, errors, notes };
}

function parseWireshark(text: string, known: KnownValues, reader: Reader): StackTables['wireshark'] {
  const rows = reader.rows(text, ['kind', 'field', 'hf_variable', 'ftype', 'code', 'iana_phrase', 'wireshark_phrase', 'comparison', 'repo', 'path', 'commit', 'location']);
  const fields: WiresharkField[] = [];
  const phrases: PhraseEntry[] = [];
  for (const row of rows) {
    const source = reader.source(row, { line: 'location', fn: '' });
    if (row['kind'] === 'display_filter_field') {
      fields.push({ field: reader.text(row, 'field'), hf: reader.text(row, 'hf_variable'), ftype: row['ftype'] ?? '', source });
    } else if (row['kind'] === 'sip_response_code_vals') {
      const code = reader.code(row, known);
      const phrase = reader.optional(row, 'wireshark_phrase');
      if (code === undefined) continue;
      const entry: PhraseEntry = { code, fallback: !phrase, source };
      if (phrase) entry.phrase = phrase;
      phrases.push(entry);
    } else reader.fail(row, 'kind', `unknown kind "${row['kind']}"`);
  }
  return { fields, phrases };
}

/** Parses and validates all seven tables; throws StackDataError listing every problem. */
export function parseStackTables(files: Readonly<Record<StackFile, string>>, known: KnownValues): StackTables {
  const readers = Object.fromEntries(STACK_FILES.map((file) => [file, new Reader(file)])) as Record<StackFile, Reader>;
  const tables: StackTables = {
    asterisk: parseAsterisk(files['asterisk.tsv'], known, readers['asterisk.tsv']),
    freeswitch: parseFreeswitch(files['freeswitch.tsv'], known, readers['freeswitch.tsv']),
    pjsip: parsePjsip(files['pjsip.tsv'], known, readers['pjsip.tsv']),
    sofia: parseSofia(files['sofia.tsv'], known, readers['sofia.tsv']),
    kamailio: parseProxy(files['kamailio.tsv'], known, readers['kamailio.tsv']),
    opensips: (({ phrases, errors }) => ({ phrases, errors }))(parseProxy(files['opensips.tsv'], known, readers['opensips.tsv'])),
    wireshark: parseWireshark(files['wireshark.tsv'], known, readers['wireshark.tsv']),
  };
  const problems = STACK_FILES.flatMap((file) => readers[file].problems);
  if (problems.length) throw new StackDataError(problems);
  return tables;
}

/** https://github.com/owner/name/blob/<commit>/<path>#L10-L12: the lines at the commit they were read at. */
/**
 * A source link naming its commit by the first 12 hex digits, which GitHub resolves. Code pages use
 * it: the 40-digit form cost a Japanese code page its single round trip. Stack pages keep the full commit.
 */
export const shortCommitUrl = (href: string) => href.replace(/(\/blob\/[0-9a-f]{12})[0-9a-f]{28}\//, '$1/');

export function sourceUrl(source: Source): string {
  const anchor = source.lines ? (source.lines[0] === source.lines[1] ? `#L${source.lines[0]}` : `#L${source.lines[0]}-L${source.lines[1]}`) : '';
  return `https://github.com/${source.repo}/blob/${source.commit}/${source.path}${anchor}`;
}
