/**
 * Reads SIP messages out of pasted text: log output of SIP stacks and capture tools, or bare
 * messages. A message is found by its start line only (a request line "METHOD uri SIP/2.0" or a
 * status line "SIP/2.0 NNN phrase") that is followed by a header field; a number in a log line,
 * or a status line inside a body that Content-Length covers (message/sipfrag), never starts one.
 *
 * Per-line log prefixes (timestamps, syslog, process tags) are removed by learning the prefix of
 * the start line and stripping the same shape from the lines that follow. ngrep's "-W byline"
 * output (every line ends in "." for the CR), Wireshark's text export (dissection tree) and
 * double-spaced copies are recognised. Pure: no DOM, no Node APIs.
 */
import { canonicalName, type Header, type Problem, type SipMessage } from './message';
import { validateMessage } from './validate';

export interface ParseOptions {
  /** Called now and then with the share of the input read (0..1). */
  onProgress?: (fraction: number) => void;
  /** The text holds one octet per character (a capture payload or file read as Latin-1), not UTF-8 text. */
  latin1?: boolean;
}

export interface ParseResult {
  messages: SipMessage[];
  /** Lines that looked like SIP but could not be read as a message (kept for the reader). */
  skipped: number;
}

const TOKEN = "[A-Za-z0-9\\-.!%*_+`'~]+";
/** A start line at the beginning of a line: lenient, so that RFC 4475's malformed lines are still found. */
const REQUEST_AT_START = new RegExp(`^(${TOKEN})( +)((?:[a-zA-Z][a-zA-Z0-9+.-]*:|<)(?:.*\\S)?)( +)(SIP/\\d+\\.\\d+)( *)$`);
const STATUS_AT_START = /^(SIP\/\d+\.\d+)( +)(\d+)(?: (.*))?$/;
/** A start line after a log prefix: strict (uppercase method, URI with a scheme, single spaces). */
const REQUEST_IN_LINE = /(?:^|[\s:>\]|)])([A-Z][A-Z_-]*) ([a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+|<[^\s>]+>) (SIP\/2\.0)\s*$/;
const STATUS_IN_LINE = /(?:^|[\s:>\]|)])(SIP\/2\.0) ([1-6]\d\d)(?: ([^\r\n]*))?$/;
const HEADER_LINE = /^([!-9;-~]+)[ \t]*:(.*)$/;

interface StartMatch {
  /** Text before the start line on the same line. */
  prefix: string;
  content: string;
}

function findStart(line: string): StartMatch | undefined {
  if (!line.includes('SIP/')) return undefined;
  if (REQUEST_AT_START.test(line) || STATUS_AT_START.test(line)) return { prefix: '', content: line };
  // ngrep byline: the start line ends with "." standing for the CR.
  if (line.endsWith('.')) {
    const bare = line.slice(0, -1);
    if (/ SIP\/\d\.\d$/.test(bare) && REQUEST_AT_START.test(bare)) return { prefix: '', content: line };
  }
  if (!line.includes('SIP/2.0')) return undefined;
  const trimmed = line.replace(/\.$/, '');
  const req = REQUEST_IN_LINE.exec(trimmed) ?? STATUS_IN_LINE.exec(trimmed);
  if (!req) return undefined;
  const start = /^[\s:>\]|)]/.test(req[0]) ? req.index + 1 : req.index;
  return { prefix: line.slice(0, start), content: line.slice(start) };
}

/** A prefix made general: digit runs match any digits, space runs any spaces. */
function prefixPattern(prefix: string): RegExp | undefined {
  if (prefix === '') return undefined;
  if (/^[ \t]+$/.test(prefix)) return new RegExp(`^${prefix}`);
  const source = prefix
    .split(/(\d+|[ \t]+)/)
    .map((part) => (/^\d+$/.test(part) ? '\\d+' : /^[ \t]+$/.test(part) ? '[ \\t]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}`);
}

const META_LOOKBACK = 6;

/** Where a message went, read from the lines a tool prints before it. */
export interface Meta {
  from?: string | undefined;
  to?: string | undefined;
  transport?: string | undefined;
  time?: string | undefined;
}

const ADDR = String.raw`(?:\[[0-9A-Fa-f:.]+\](?::\d+)?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f.]+|[\w.-]+(?::\d+)?)`;
const ARROW = new RegExp(String.raw`(?:^|\s)(${ADDR})\s+-+>\s+(${ADDR})(?:\s|$)`);
const FS_STYLE = /\b(recv|send|sent)\s+\d+\s+bytes\s+(from|to)\s+(udp|tcp|tls|wss?|sctp)\/\[([^\]]+)\]:(\d+)/i;
const TRANSPORT_ADDR = new RegExp(String.raw`\b(from|to)\s+\[?(UDP|TCP|TLS|WSS?|SCTP)(?::\/\/|[: ])(${ADDR})`, 'i');
const CHAN_SIP = new RegExp(String.raw`(SIP read from|Transmitting(?: \([^)]*\))? to)\s+(?:(UDP|TCP|TLS|WSS?):)?(${ADDR})`, 'i');
const VERB_ADDR = new RegExp(String.raw`\b(rcv|recv|received|receiving|sent|send|sending)\s+(?:\w+\s+)?(from|to)\s+(${ADDR})`, 'i');
const SIPP = /\b(UDP|TCP|TLS|SCTP|WSS?) message (sent|received)/i;
const WIRESHARK_IP = /Src: ([0-9A-Fa-f:.]+), Dst: ([0-9A-Fa-f:.]+)/;
const WIRESHARK_PORT = /(User Datagram Protocol|Transmission Control Protocol), Src Port: (\d+), Dst Port: (\d+)/;
const TIME = /\b(\d{1,2}:\d\d:\d\d(?:[.,]\d+)?)\b/;
const LOCAL = 'local';

function withPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

function normaliseAddr(addr: string): string {
  // A bare IPv6 address with a trailing :port (ngrep prints them so) is ambiguous: leave it.
  return addr;
}

export function readMeta(lines: string[]): Meta {
  const meta: Meta = {};
  let ip: [string, string] | undefined;
  for (const line of lines) {
    let m: RegExpExecArray | null;
    if ((m = FS_STYLE.exec(line))) {
      const addr = withPort(m[4]!, m[5]!);
      if (m[2]!.toLowerCase() === 'from') Object.assign(meta, { from: addr, to: LOCAL });
      else Object.assign(meta, { from: LOCAL, to: addr });
      meta.transport = m[3]!.toUpperCase();
    } else if ((m = CHAN_SIP.exec(line))) {
      const addr = normaliseAddr(m[3]!);
      if (/read from/i.test(m[1]!)) Object.assign(meta, { from: addr, to: LOCAL });
      else Object.assign(meta, { from: LOCAL, to: addr });
      if (m[2]) meta.transport = m[2].toUpperCase();
    } else if ((m = TRANSPORT_ADDR.exec(line))) {
      const addr = normaliseAddr(m[3]!);
      if (m[1]!.toLowerCase() === 'from') Object.assign(meta, { from: addr, to: LOCAL });
      else Object.assign(meta, { from: LOCAL, to: addr });
      meta.transport = m[2]!.toUpperCase();
    } else if ((m = ARROW.exec(line))) {
      meta.from = normaliseAddr(m[1]!);
      meta.to = normaliseAddr(m[2]!);
      const proto = /^\s*([UT])\s/.exec(line);
      if (proto) meta.transport = proto[1] === 'U' ? 'UDP' : 'TCP';
    } else if ((m = WIRESHARK_IP.exec(line))) {
      ip = [m[1]!, m[2]!];
    } else if ((m = WIRESHARK_PORT.exec(line)) && ip) {
      meta.from = withPort(ip[0], m[2]!);
      meta.to = withPort(ip[1], m[3]!);
      meta.transport = m[1]!.startsWith('User') ? 'UDP' : 'TCP';
    } else if ((m = VERB_ADDR.exec(line)) && /\d/.test(m[3]!)) {
      const addr = m[3]!.replace(/:$/, '');
      if (m[2]!.toLowerCase() === 'from') Object.assign(meta, { from: addr, to: LOCAL });
      else Object.assign(meta, { from: LOCAL, to: addr });
    } else if ((m = SIPP.exec(line))) {
      meta.transport = m[1]!.toUpperCase();
      Object.assign(meta, m[2]!.toLowerCase() === 'sent' ? { from: LOCAL } : { to: LOCAL });
    }
    const time = TIME.exec(line);
    if (time) meta.time = time[1];
  }
  return meta;
}

/** Each real line followed by an empty one: collapse runs of k blank lines to floor(k/2). */
function undoDoubleSpacing(lines: string[]): string[] | undefined {
  let nonBlank = 0;
  let followedByBlank = 0;
  for (let i = 0; i < lines.length - 1 && nonBlank < 2000; i++) {
    if (lines[i]!.trim() === '') continue;
    nonBlank++;
    if (lines[i + 1]!.trim() === '') followedByBlank++;
  }
  if (nonBlank < 6 || followedByBlank / nonBlank < 0.9) return undefined;
  const out: string[] = [];
  let run = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      run++;
      continue;
    }
    for (let k = 0; k < Math.floor(run / 2); k++) out.push('');
    run = 0;
    out.push(line);
  }
  return out;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export interface LineReader {
  /** Lines of the input, line endings removed. */
  lines: string[];
  /** true where the original line ended with CR LF. */
  crlf?: boolean[];
}

/**
 * The input as lines. When the text is untouched (no rsyslog escapes, no double spacing), `text`
 * and `starts` let a body be cut at exactly Content-Length octets, whatever its line ends.
 */
export interface Lines {
  lines: string[];
  text?: string;
  /** Offset in `text` of each line. */
  starts?: number[];
  latin1?: boolean;
}

/** Splits text into lines, undoing rsyslog's #015#012 escapes and double spacing. */
export function toLines(text: string): Lines {
  // A byte-order mark and terminal colours (baresip prints its trace in ANSI colour) are not text.
  let input = text.replace(/^\uFEFF/, '').replace(/\x1b\[[0-9;]*m/g, '');
  let exact = true;
  if (/SIP\/2\.0(?:#015)?#012/.test(input)) {
    input = input.replace(/#015#012|#012/g, '\n').replace(/#011/g, '\t');
    exact = false;
  }
  const lines: string[] = [];
  const starts: number[] = [];
  let pos = 0;
  while (pos <= input.length) {
    let nl = input.indexOf('\n', pos);
    if (nl < 0) nl = input.length;
    starts.push(pos);
    lines.push(input.charCodeAt(nl - 1) === 13 && nl > pos ? input.slice(pos, nl - 1) : input.slice(pos, nl));
    pos = nl + 1;
  }
  const undone = undoDoubleSpacing(lines);
  if (undone) return { lines: undone };
  // Octet-exact bodies only where the text kept the wire's CR LF (a paste with bare LF has lost a byte a line).
  return exact && input.includes('\r\n') ? { lines, text: input, starts } : { lines };
}

/** The offset after `bytes` UTF-8 octets of text from `start` (Latin-1 input: one octet a character). */
function advanceBytes(text: string, start: number, bytes: number, latin1: boolean): number {
  if (latin1) return Math.min(text.length, start + bytes);
  let n = 0;
  let i = start;
  while (i < text.length && n < bytes) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

/** Strips the ngrep "." that stands for CR at the end of every line. */
const stripDot = (line: string) => (line.endsWith('.') ? line.slice(0, -1) : line);

export function parseTrace(text: string, options: ParseOptions = {}): ParseResult {
  const input = { ...toLines(text), latin1: options.latin1 ?? false };
  const lines = input.lines;
  const messages: SipMessage[] = [];
  let skipped = 0;
  let lastEnd = 0;
  const progressStep = Math.max(1, Math.floor(lines.length / 50));
  for (let i = 0; i < lines.length; i++) {
    if (options.onProgress && i % progressStep === 0) options.onProgress(i / lines.length);
    const line = lines[i]!;
    if (line.length < 12 || !line.includes('SIP/')) continue;
    const start = findStart(line);
    if (!start) continue;
    const wireshark = /^\s*(?:Request|Status)-Line: $/.test(start.prefix);
    const pattern = wireshark ? undefined : prefixPattern(start.prefix);
    const ngrep = start.content.endsWith('.') && (start.content.endsWith('SIP/2.0.') || stripDot(strip(lines[i + 1] ?? '', pattern)) !== strip(lines[i + 1] ?? '', pattern));
    const next = wireshark ? nextWiresharkHeader(lines, i) : strip(lines[i + 1] ?? '', pattern);
    if (next === undefined || !HEADER_LINE.test(next)) {
      if (/SIP\/2\.0 \d{3}|SIP\/2\.0$/.test(line)) skipped++;
      continue;
    }
    const meta = readMeta(lines.slice(Math.max(lastEnd, i - META_LOOKBACK), i).concat(start.prefix));
    const read = wireshark
      ? readWireshark(lines, i, start)
      : readMessage(input, i, pattern, ngrep);
    const msg: SipMessage = {
      index: messages.length,
      ...startLine(ngrep ? stripDot(start.content) : start.content),
      headers: read.headers,
      body: read.body,
      line: i + 1,
      ...(meta.from ? { from: meta.from } : {}),
      ...(meta.to ? { to: meta.to } : {}),
      ...(meta.transport ? { transport: meta.transport } : {}),
      ...(meta.time ? { time: meta.time } : {}),
      truncated: read.truncated,
      problems: read.problems,
    };
    validateMessage(msg);
    messages.push(msg);
    lastEnd = read.end;
    i = read.end - 1;
  }
  options.onProgress?.(1);
  return { messages, skipped };
}

function strip(line: string, pattern: RegExp | undefined): string {
  if (!pattern) return line;
  const m = pattern.exec(line);
  return m ? line.slice(m[0].length) : line;
}

export function startLine(content: string): Pick<SipMessage, 'kind' | 'method' | 'requestUri' | 'status' | 'reason' | 'startLine'> {
  const status = STATUS_AT_START.exec(content);
  if (status) {
    return { kind: 'response', status: Number(status[3]), reason: status[4] ?? '', startLine: content };
  }
  const request = REQUEST_AT_START.exec(content);
  if (request) return { kind: 'request', method: request[1]!, requestUri: request[3]!, startLine: content };
  // Found after a prefix by the strict in-line patterns.
  const inLine = REQUEST_IN_LINE.exec(content);
  return { kind: 'request', method: inLine?.[1] ?? content.split(' ')[0]!, requestUri: inLine?.[2] ?? '', startLine: content };
}

interface Read {
  headers: Header[];
  body: string;
  truncated: boolean;
  problems: Problem[];
  /** Index of the first line after the message. */
  end: number;
}

function looksLikeStart(lines: string[], i: number, pattern: RegExp | undefined): boolean {
  const line = strip(lines[i] ?? '', pattern);
  const start = findStart(line);
  if (!start) return false;
  const next = strip(lines[i + 1] ?? '', pattern);
  return HEADER_LINE.test(next);
}

/** Reads header fields and body from the line after the start line. */
export function readMessage(input: Lines, startIndex: number, pattern: RegExp | undefined, ngrep: boolean): Read {
  const { lines, text, starts } = input;
  const headers: Header[] = [];
  const problems: Problem[] = [];
  let i = startIndex + 1;
  let sawBlank = false;
  const clean = (raw: string) => {
    const s = strip(raw, pattern);
    return ngrep ? stripDot(s) : s.replace(/\r$/, '');
  };
  for (; i < lines.length; i++) {
    // Lines without the learned prefix are taken as they are: many tools prefix only the first line.
    const line = clean(lines[i]!);
    if (line.trim() === '') {
      sawBlank = true;
      i++;
      break;
    }
    if (/^[ \t]/.test(line) && headers.length > 0) {
      headers[headers.length - 1]!.value += ` ${line.trim()}`;
      continue;
    }
    const h = HEADER_LINE.exec(line);
    if (!h) {
      if (looksLikeStart(lines, i, pattern)) break;
      // Tool output after the header block ("<------------->", "----"): the message ends here.
      if (/^[-<>=#*\s]*$/.test(line) || /^[-=<]{3,}/.test(line.trim())) break;
      problems.push({ kind: 'header-line', detail: line.slice(0, 80) });
      continue;
    }
    headers.push({ name: canonicalName(h[1]!), value: h[2]!.trim() });
  }
  const lengths = headers.filter((h) => h.name === 'Content-Length').map((h) => h.value);
  const declared = lengths.length > 0 && /^\d+$/.test(lengths[0]!) ? Number(lengths[0]) : undefined;
  const contentType = headers.find((h) => h.name === 'Content-Type')?.value.toLowerCase() ?? '';
  const bodyLines: string[] = [];
  let truncated = false;
  if (!sawBlank) {
    truncated = i >= lines.length && (declared ?? 0) > 0;
    if (i >= lines.length && declared === undefined) truncated = true;
    return { headers, body: '', truncated, problems: truncated ? [...problems, { kind: 'truncated' }] : problems, end: i };
  }
  if (declared !== undefined && text !== undefined && starts !== undefined && !pattern && !ngrep && i < lines.length) {
    // Untouched input: cut the body at exactly Content-Length octets.
    const from = starts[i]!;
    let to = advanceBytes(text, from, declared, input.latin1 ?? false);
    let next = i;
    while (next < lines.length && starts[next]! < to) {
      // A new message inside the declared body means this one was cut (never for message/* bodies).
      if (next > i && !contentType.startsWith('message/') && looksLikeStart(lines, next, undefined)) {
        to = starts[next]!;
        break;
      }
      next++;
    }
    const body = text.slice(from, to);
    const got = input.latin1 ? body.length : utf8Length(body);
    if (got < declared) problems.push({ kind: 'truncated', detail: String(declared) });
    return { headers, body, truncated: got < declared, problems, end: next };
  } else if (declared !== undefined) {
    let bytes = 0;
    for (; i < lines.length && bytes < declared; i++) {
      const line = clean(lines[i]!);
      // A new message inside the declared body means this one was cut: never for message/* bodies.
      if (!contentType.startsWith('message/') && bodyLines.length > 0 && looksLikeStart(lines, i, pattern)) break;
      bodyLines.push(line);
      bytes += utf8Length(line) + 2;
    }
    // Lines are counted with CR LF, as on the wire.
    if (bytes < declared) truncated = true;
    // SDP lines after the counted bytes: the body used bare LF line ends.
    while (i < lines.length && /^[a-z]=/.test(clean(lines[i]!)) && /^v=0/.test(bodyLines[0] ?? '')) {
      bodyLines.push(clean(lines[i]!));
      i++;
    }
  } else {
    for (; i < lines.length; i++) {
      const line = clean(lines[i]!);
      if (!(contentType.startsWith('message/') && bodyLines.length === 0) && looksLikeStart(lines, i, pattern)) break;
      if (pattern && !pattern.test(lines[i]!) && line.trim() !== '') break;
      if (line.trim() === '' && (i + 1 >= lines.length || clean(lines[i + 1]!).trim() === '')) break;
      if (/^\s*-{4,}\s*$|^<-+>$/.test(line)) break;
      bodyLines.push(line);
    }
    while (bodyLines.length && bodyLines.at(-1)!.trim() === '') bodyLines.pop();
  }
  if (truncated) problems.push({ kind: 'truncated', detail: declared === undefined ? undefined : String(declared) });
  return { headers, body: bodyLines.join('\r\n'), truncated, problems, end: i };
}

function nextWiresharkHeader(lines: string[], i: number): string | undefined {
  for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
    const t = lines[j]!.trim();
    if (t === 'Message Header') return lines[j + 1]?.trim();
  }
  return undefined;
}

/** Wireshark "Export Packet Dissections → As Plain Text": headers one level under "Message Header". */
function readWireshark(lines: string[], startIndex: number, _start: StartMatch): Read {
  const indentOf = (s: string) => s.length - s.trimStart().length;
  const base = indentOf(lines[startIndex]!);
  const headers: Header[] = [];
  const body: string[] = [];
  let i = startIndex + 1;
  let section: 'start' | 'headers' | 'body' = 'start';
  let level = -1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || indentOf(line) < base) break;
    const t = line.trim();
    if (indentOf(line) === base) {
      if (t === 'Message Header') section = 'headers';
      else if (t === 'Message Body' || t.startsWith('Message Body')) section = 'body';
      level = -1;
      continue;
    }
    if (section === 'headers') {
      if (level < 0) level = indentOf(line);
      if (indentOf(line) !== level) continue;
      const h = HEADER_LINE.exec(t);
      if (h) headers.push({ name: canonicalName(h[1]!), value: h[2]!.trim() });
    } else if (section === 'body') {
      const sdp = /\(([a-z])\): (.*)$/.exec(t);
      if (sdp) body.push(`${sdp[1]}=${sdp[2]}`);
    }
  }
  return { headers, body: body.join('\r\n'), truncated: false, problems: [], end: i };
}
