/**
 * The shape of one SIP message read from a trace, and small accessors over its header fields.
 * Pure: no DOM, no Node APIs (it runs in a Web Worker, in Node tests and at build time).
 */

/** What is wrong with a message, as a kind (the page words it in the reader's language) plus details. */
export const PROBLEM_KINDS = [
  'truncated', // the input ended (or another message began) before Content-Length bytes of body
  'content-length-negative',
  'content-length-invalid',
  'content-length-multiple',
  'start-line-spaces', // more than one SP between start-line elements (RFC 3261 §7.1)
  'start-line-trailing-space',
  'request-uri-angle', // Request-URI enclosed in <> (RFC 3261 §25.1 Request-Line)
  'request-uri-space', // LWS inside the Request-URI
  'request-uri-headers', // an escaped header in a SIP Request-URI (RFC 3261 §19.1.5)
  'version', // not SIP/2.0
  'status-code', // not three digits between 100 and 699
  'missing-header', // Call-ID, CSeq, From, To, Via
  'cseq-invalid',
  'cseq-method-mismatch', // start line and CSeq name different methods (RFC 3261 §8.1.1.5)
  'overlarge', // a scalar field beyond what the grammar allows
  'unterminated-quote',
  'display-name', // unquoted display name with characters outside token (RFC 3261 §25.1 display-name)
  'addr-spec', // spaces inside <...>, or an addr-spec with , ; ? outside <> (RFC 3261 §20)
  'date', // Date not in GMT (RFC 3261 §25.1 SIP-date)
  'via', // empty Via parameters or separators
  'warn-code', // a Warning value whose warn-code is not three digits (RFC 3261 §25.1 warn-code = 3DIGIT)
  'header-line', // a line in the header part that is not "name: value"
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface Problem {
  kind: ProblemKind;
  /** The header field concerned, when there is one. */
  header?: string | undefined;
  /** Protocol text showing the fault (not translated). */
  detail?: string | undefined;
}

export interface Header {
  /** Canonical name ("Call-ID" for "i", "call-id", "CALL-ID"). */
  name: string;
  /** The value with line folding undone. */
  value: string;
}

export interface SipMessage {
  /** Position among the messages of the input, from 0. */
  index: number;
  kind: 'request' | 'response';
  method?: string;
  requestUri?: string;
  status?: number;
  reason?: string;
  startLine: string;
  headers: Header[];
  body: string;
  /** 1-based line of the start line in the input text (0 for a capture). */
  line: number;
  /** "192.0.2.1:5060", "[2001:db8::1]:5060" when the trace says. */
  from?: string;
  to?: string;
  /** Transport named by the trace or the capture (UDP, TCP, TLS, WS, WSS, SCTP). */
  transport?: string;
  /** Time as the trace gives it (text), or capture time in seconds. */
  time?: string;
  truncated: boolean;
  problems: Problem[];
}

/** RFC 3261 §7.3.3 and §20, RFC 6665 §8.4 (o, u), RFC 3515 (r), RFC 3892 (b), RFC 4028 (x), RFC 3841 (a, j, d). */
export const COMPACT_FORMS: Readonly<Record<string, string>> = {
  i: 'Call-ID', m: 'Contact', e: 'Content-Encoding', l: 'Content-Length', c: 'Content-Type', f: 'From',
  s: 'Subject', k: 'Supported', t: 'To', v: 'Via', o: 'Event', u: 'Allow-Events', r: 'Refer-To',
  b: 'Referred-By', x: 'Session-Expires', a: 'Accept-Contact', j: 'Reject-Contact', d: 'Request-Disposition',
};

const SPELLING: Record<string, string> = Object.fromEntries(
  [
    'Call-ID', 'CSeq', 'WWW-Authenticate', 'Min-SE', 'RSeq', 'RAck', 'SIP-ETag', 'SIP-If-Match', 'MIME-Version',
    'P-Asserted-Identity', 'P-Preferred-Identity', 'Allow-Events', 'Min-Expires', 'Retry-After', 'Max-Forwards',
  ].map((n) => [n.toLowerCase(), n]),
);

/** "call-id" / "i" / "CALL-ID" → "Call-ID"; unknown names get each word capitalised. */
const canonical = new Map<string, string>();

export function canonicalName(raw: string): string {
  // Traces repeat the same few spellings thousands of times.
  let name = canonical.get(raw);
  if (name === undefined) {
    const lower = raw.trim().toLowerCase();
    name =
      lower.length === 1 && COMPACT_FORMS[lower]
        ? COMPACT_FORMS[lower]
        : (SPELLING[lower] ?? lower.replace(/(^|-)([a-z])/g, (_m, dash: string, ch: string) => dash + ch.toUpperCase()));
    if (canonical.size < 5000) canonical.set(raw, name);
  }
  return name;
}

// Header field names compare case-insensitively (RFC 3261 §7.3.1); canonical names are for display.
const same = (a: string, b: string) => a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());

export function header(msg: Pick<SipMessage, 'headers'>, name: string): string | undefined {
  return msg.headers.find((h) => same(h.name, name))?.value;
}

export function headerValues(msg: Pick<SipMessage, 'headers'>, name: string): string[] {
  return msg.headers.filter((h) => same(h.name, name)).map((h) => h.value);
}

export function hasHeader(msg: Pick<SipMessage, 'headers'>, name: string): boolean {
  return msg.headers.some((h) => same(h.name, name));
}

/** Splits a header value at commas outside quotes and angle brackets. */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(value.slice(start).trim());
  return out.filter((v) => v !== '');
}

/** The top Via (first value of the first Via field). */
export function topVia(msg: Pick<SipMessage, 'headers'>): string | undefined {
  const first = header(msg, 'Via');
  return first === undefined ? undefined : splitList(first)[0];
}

export function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const re = new RegExp(`;\\s*${name}\\s*(?:=\\s*("[^"]*"|[^;,\\s>]*))?`, 'i');
  const match = re.exec(value.replace(/<[^>]*>/g, '<>'));
  if (!match) return undefined;
  return (match[1] ?? '').replace(/^"|"$/g, '');
}

export function cseq(msg: Pick<SipMessage, 'headers'>): { number: number; method: string } | undefined {
  const match = /^\s*(\d+)\s+([^\s]+)\s*$/.exec(header(msg, 'CSeq') ?? '');
  return match ? { number: Number(match[1]), method: match[2]! } : undefined;
}

/** The method a message belongs to: a request's own, a response's CSeq method. */
export function methodOf(msg: SipMessage): string | undefined {
  return msg.kind === 'request' ? msg.method : cseq(msg)?.method;
}

export function callId(msg: Pick<SipMessage, 'headers'>): string | undefined {
  return header(msg, 'Call-ID')?.trim();
}

/** Transaction key (RFC 3261 §17.1.3 / §17.2.3): top Via branch plus CSeq method; ACK joins its INVITE. */
export function transactionKey(msg: SipMessage): string | undefined {
  const branch = param(topVia(msg), 'branch');
  const method = cseq(msg)?.method;
  if (!method) return undefined;
  const m = method === 'ACK' ? 'INVITE' : method;
  return `${branch ?? `cseq:${cseq(msg)!.number}`}|${m}`;
}

/** Host (and port) of the top Via's sent-by: who sent a request when the trace does not say. */
export function viaSentBy(msg: Pick<SipMessage, 'headers'>): string | undefined {
  const via = topVia(msg);
  const match = /^SIP\s*\/\s*[\d.]+\s*\/\s*[A-Za-z]+\s+([^;\s]+)/i.exec(via ?? '');
  return match?.[1];
}
