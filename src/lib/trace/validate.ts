/**
 * Syntax checks of one message, after RFC 3261's grammar (§7, §8.1.1, §20, §25) and the invalid
 * messages of RFC 4475 §3.1.2. Each fault is recorded as a Problem; reading goes on.
 */
import { splitList, type Problem, type SipMessage } from './message';

const TOKEN_CHARS = /^[A-Za-z0-9\-.!%*_+`'~]+$/;
const ADDRESS_HEADERS = ['To', 'From', 'Contact', 'Route', 'Record-Route', 'Reply-To', 'Refer-To', 'Referred-By', 'P-Asserted-Identity'];
/** RFC 3261 §8.1.1: the fields every request carries; responses copy them (§8.2.6.2). */
const REQUIRED = ['Call-ID', 'CSeq', 'From', 'To', 'Via'];
const U32 = 2 ** 32 - 1;

function tooLarge(digits: string, limit: number): boolean {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  return trimmed.length > 12 || Number(trimmed) > limit;
}

function unbalancedQuotes(value: string): boolean {
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    if (quoted && value[i] === '\\') i++;
    else if (value[i] === '"') quoted = !quoted;
  }
  return quoted;
}

function checkStartLine(msg: SipMessage, problems: Problem[]): void {
  const line = msg.startLine;
  if (msg.kind === 'response') {
    const m = /^(SIP\/\d+\.\d+)( +)(\d+)/.exec(line);
    if (!m) return;
    if (m[1] !== 'SIP/2.0') problems.push({ kind: 'version', detail: m[1] });
    if (m[2]!.length > 1) problems.push({ kind: 'start-line-spaces' });
    if (!/^[1-6]\d\d$/.test(m[3]!)) problems.push({ kind: 'status-code', detail: m[3] });
    return;
  }
  const m = /^(\S+)( +)(.+?)( +)(SIP\/\d+\.\d+)( *)$/.exec(line);
  if (!m) return;
  if (m[2]!.length > 1 || m[4]!.length > 1) problems.push({ kind: 'start-line-spaces' });
  if (m[6]!.length > 0) problems.push({ kind: 'start-line-trailing-space' });
  const uri = m[3]!;
  if (uri.startsWith('<')) problems.push({ kind: 'request-uri-angle', detail: uri });
  else if (/\s/.test(uri)) problems.push({ kind: 'request-uri-space', detail: uri });
  if (/^sips?:/i.test(uri) && uri.slice(uri.lastIndexOf('@') + 1).includes('?')) problems.push({ kind: 'request-uri-headers', detail: uri });
  if (m[5] !== 'SIP/2.0') problems.push({ kind: 'version', detail: m[5] });
}

function checkAddress(name: string, value: string, problems: Problem[]): void {
  if (unbalancedQuotes(value)) {
    problems.push({ kind: 'unterminated-quote', header: name, detail: value });
    return;
  }
  const parts = name === 'To' || name === 'From' ? [value] : splitList(value);
  for (const part of parts) {
    const lt = part.indexOf('<');
    if (lt >= 0) {
      const display = part.slice(0, lt).trim();
      if (display && !display.startsWith('"') && !display.split(/\s+/).every((w) => TOKEN_CHARS.test(w))) {
        problems.push({ kind: 'display-name', header: name, detail: display });
      }
      const inner = /<([^>]*)>/.exec(part)?.[1] ?? '';
      if (/\s/.test(inner)) problems.push({ kind: 'addr-spec', header: name, detail: `<${inner}>` });
    } else if (!part.startsWith('"') && part !== '*') {
      const spec = part.split(';')[0]!.trim();
      if (spec.includes('?') || /\s/.test(spec)) problems.push({ kind: 'addr-spec', header: name, detail: spec });
    }
  }
}

function checkVia(value: string, problems: Problem[]): void {
  const raw = value.split(',');
  if (raw.some((p) => p.trim() === '')) {
    problems.push({ kind: 'via', header: 'Via', detail: value });
    return;
  }
  for (const parm of raw) {
    const [sent, ...params] = parm.split(';');
    if (!/^\s*SIP\s*\/\s*\d+\s*\.\s*\d+\s*\/\s*[A-Za-z0-9\-.!%*_+`'~]+\s+\S/.test(sent!) || params.some((p) => p.trim() === '')) {
      problems.push({ kind: 'via', header: 'Via', detail: value });
      return;
    }
  }
}

export function validateMessage(msg: SipMessage): void {
  const problems = msg.problems;
  // One pass over the header fields; names compare case-insensitively.
  const fields = new Map<string, string[]>();
  for (const h of msg.headers) {
    const key = h.name.toLowerCase();
    const list = fields.get(key);
    if (list) list.push(h.value);
    else fields.set(key, [h.value]);
  }
  const headerValues = (_m: SipMessage, name: string) => fields.get(name.toLowerCase()) ?? [];
  const header = (_m: SipMessage, name: string) => fields.get(name.toLowerCase())?.[0];
  checkStartLine(msg, problems);
  const missing = REQUIRED.filter((name) => !fields.has(name.toLowerCase()));
  if (missing.length) problems.push({ kind: 'missing-header', detail: missing.join(', ') });

  const cs = header(msg, 'CSeq');
  if (cs !== undefined) {
    const parsed = /^\s*(\d+)\s+(\S+)\s*$/.exec(cs);
    if (!parsed) problems.push({ kind: 'cseq-invalid', header: 'CSeq', detail: cs });
    else {
      // RFC 3261 §8.1.1.5: a 32-bit unsigned integer, below 2**31 when chosen.
      if (tooLarge(parsed[1]!, U32)) problems.push({ kind: 'overlarge', header: 'CSeq', detail: parsed[1] });
      if (msg.kind === 'request' && parsed[2] !== msg.method) {
        problems.push({ kind: 'cseq-method-mismatch', header: 'CSeq', detail: `${msg.method} / ${cs.trim()}` });
      }
    }
  }
  const mf = header(msg, 'Max-Forwards');
  if (mf !== undefined && /^\d+$/.test(mf.trim()) && tooLarge(mf.trim(), 255)) {
    problems.push({ kind: 'overlarge', header: 'Max-Forwards', detail: mf });
  }
  // RFC 3261 §20.19 and §20.23 give Expires and Min-Expires the range 0 to (2**32)-1. Retry-After, Session-Expires and
  // Min-SE are bare delta-seconds with no legal range (RFC 4475 §3.1.2.5: "RFC 3261 does not define a legal range"
  // for Retry-After; RFC 4028 §4 and §5 none either), so a large value there is not reported as beyond what is allowed.
  for (const name of ['Expires', 'Min-Expires']) {
    const v = header(msg, name);
    const digits = /^\s*(\d+)/.exec(v ?? '')?.[1];
    if (digits && tooLarge(digits, U32)) problems.push({ kind: 'overlarge', header: name, detail: digits.slice(0, 24) });
  }
  for (const contact of headerValues(msg, 'Contact')) {
    const expires = /;\s*expires\s*=\s*(\d+)/i.exec(contact)?.[1];
    if (expires && tooLarge(expires, U32)) problems.push({ kind: 'overlarge', header: 'Contact', detail: `expires=${expires}` });
  }
  for (const warning of headerValues(msg, 'Warning')) {
    for (const w of splitList(warning)) {
      if (/^\d{3}\s/.test(w)) continue;
      const code = w.split(/\s/)[0];
      // Three digits with nothing after them: the warn-code itself is well formed, so neither message would be true.
      if (/^\d{3}$/.test(code ?? '')) continue;
      // Four or more digits is a number beyond the three the grammar allows; anything else is not a warn-code at all.
      problems.push({ kind: /^\d{4,}$/.test(code ?? '') ? 'overlarge' : 'warn-code', header: 'Warning', detail: code });
    }
  }
  const lengths = headerValues(msg, 'Content-Length').map((v) => v.trim());
  if (lengths.length > 1) problems.push({ kind: 'content-length-multiple', header: 'Content-Length', detail: lengths.join(', ') });
  if (lengths[0] !== undefined) {
    if (/^-\d+$/.test(lengths[0])) problems.push({ kind: 'content-length-negative', header: 'Content-Length', detail: lengths[0] });
    else if (!/^\d+$/.test(lengths[0])) problems.push({ kind: 'content-length-invalid', header: 'Content-Length', detail: lengths[0] });
  }
  const date = header(msg, 'Date');
  if (date !== undefined && !/\bGMT\s*$/.test(date)) problems.push({ kind: 'date', header: 'Date', detail: date });
  for (const via of headerValues(msg, 'Via')) checkVia(via, problems);
  for (const name of ADDRESS_HEADERS) for (const v of headerValues(msg, name)) checkAddress(name, v, problems);
}
