/**
 * What a trace shows: messages grouped into dialogs (Call-ID) and transactions (top Via branch
 * plus CSeq method), who sent each message to whom, and findings per response: header fields a
 * response with that code MUST carry but does not (from the data module's requirements), deprecated
 * codes, and for failures what happened around them (credentials sent after a 401/407, the codecs
 * offered before a 488, Retry-After on a 503, the CANCEL behind a 487).
 * Pure: no DOM.
 */
import type { Knowledge, Requirement } from './knowledge';
import {
  callId,
  cseq,
  hasHeader,
  header,
  headerValues,
  param,
  splitList,
  transactionKey,
  viaSentBy,
  type SipMessage,
} from './message';

/** RFC 3261 §21.5.4: without Retry-After, a 503 counts as a 500 for the client. */
export const NO_RETRY_AFTER_REF = 'RFC3261 §21.5.4';

export type Finding =
  | { kind: 'missing-header'; index: number; code: number; header: string; ref: string }
  | { kind: 'deprecated'; index: number; code: number; refs: string[] }
  /** rejectedAgain: 'stale' when every new challenge says stale=true (RFC 2617 §3.2.1: rejected because the nonce was stale). */
  | { kind: 'auth-retried'; index: number; code: number; retry: number; rejectedAgain: boolean | 'stale' }
  | { kind: 'auth-not-retried'; index: number; code: number }
  | { kind: 'codecs'; index: number; request: number; offered: string[] }
  | { kind: 'no-offer'; index: number }
  | { kind: 'retry-after'; index: number; value: string }
  | { kind: 'no-retry-after'; index: number; ref: string }
  | { kind: 'cancelled'; index: number; cancel: number }
  | { kind: 'not-cancelled'; index: number }
  | { kind: 'cancel-result'; index: number; invite?: number | undefined; final?: number | undefined };

export interface Transaction {
  key: string;
  method: string;
  messages: number[];
}

export interface Dialog {
  callId: string;
  messages: number[];
  /** Addresses (or names) in the order they first appear. */
  parties: string[];
  transactions: Transaction[];
}

export interface Analysis {
  dialogs: Dialog[];
  /** Sender and receiver of each message, by index: from the trace, else inferred. */
  ends: [string, string][];
  findings: Finding[];
}

/** Static RTP payload types of RFC 3551 Tables 4 and 5. */
const STATIC_PAYLOADS: Record<string, string> = {
  0: 'PCMU/8000', 3: 'GSM/8000', 4: 'G723/8000', 5: 'DVI4/8000', 6: 'DVI4/16000', 7: 'LPC/8000', 8: 'PCMA/8000',
  9: 'G722/8000', 10: 'L16/44100/2', 11: 'L16/44100', 12: 'QCELP/8000', 13: 'CN/8000', 14: 'MPA/90000', 15: 'G728/8000',
  16: 'DVI4/11025', 17: 'DVI4/22050', 18: 'G729/8000', 25: 'CelB/90000', 26: 'JPEG/90000', 28: 'nv/90000', 31: 'H261/90000',
  32: 'MPV/90000', 33: 'MP2T/90000', 34: 'H263/90000',
};

/** "audio: PCMU/8000, PCMA/8000" per m= line of an SDP body. */
export function offeredCodecs(sdp: string): string[] {
  const lines = sdp.split(/\r?\n/);
  const rtpmap = new Map<string, string>();
  for (const line of lines) {
    const m = /^a=rtpmap:(\d+)\s+(\S+)/.exec(line.trim());
    if (m) rtpmap.set(m[1]!, m[2]!);
  }
  const out: string[] = [];
  for (const line of lines) {
    const m = /^m=(\w+)\s+\d+(?:\/\d+)?\s+(\S+)\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    const formats = m[3]!.trim().split(/\s+/).map((pt) => rtpmap.get(pt) ?? STATIC_PAYLOADS[pt] ?? pt);
    out.push(`${m[1]} (${m[2]}): ${formats.join(', ')}`);
  }
  return out;
}

function hostOf(uri: string | undefined): string | undefined {
  const m = /^(?:<)?[a-zA-Z][\w+.-]*:(?:[^@>]*@)?(\[[^\]]+\]|[^;>?:]+)(?::(\d+))?/.exec(uri ?? '');
  if (!m) return undefined;
  return m[2] ? `${m[1]}:${m[2]}` : m[1];
}

function applies(req: Requirement, response: SipMessage, request: SipMessage | undefined): boolean {
  const when = req.when;
  if (!when) return true;
  if (when.untestable) return false;
  const method = cseq(response)?.method;
  if (when.methods && !(method && (when.methods as string[]).includes(method))) return false;
  if (when.requestHas && !(request && hasHeader(request, when.requestHas))) return false;
  if (when.toTag && !param(header(response, 'To'), 'tag')) return false;
  if (when.responseHas) {
    const { name, value } = when.responseHas;
    const values = headerValues(response, name).flatMap(splitList).map((v) => v.toLowerCase());
    if (!values.includes(value.toLowerCase())) return false;
  }
  return true;
}

const FINAL = (m: SipMessage) => m.kind === 'response' && (m.status ?? 0) >= 200;

export function analyzeTrace(messages: readonly SipMessage[], knowledge: Knowledge): Analysis {
  const findings: Finding[] = [];
  const requestOf = new Map<string, number>();
  const byTransaction = new Map<string, Transaction>();
  const dialogs = new Map<string, Dialog>();
  const responseOf: (number | undefined)[] = [];

  messages.forEach((m, i) => {
    const key = transactionKey(m);
    if (key) {
      if (m.kind === 'request' && m.method !== 'ACK' && !requestOf.has(key)) requestOf.set(key, i);
      let tx = byTransaction.get(key);
      if (!tx) byTransaction.set(key, (tx = { key, method: cseq(m)?.method === 'ACK' ? 'INVITE' : (cseq(m)?.method ?? '?'), messages: [] }));
      tx.messages.push(i);
      if (m.kind === 'response') responseOf[i] = requestOf.get(key);
    }
  });

  // Who sent what to whom: the trace's own addresses, else the top Via (sender of a request) and the
  // Request-URI host; a response travels back the way its request came.
  const ends: [string, string][] = messages.map((m, i) => {
    if (m.from && m.to) return [m.from, m.to];
    if (m.kind === 'request') {
      return [m.from ?? viaSentBy(m) ?? '?', m.to ?? hostOf(m.requestUri) ?? '?'];
    }
    const req = responseOf[i];
    if (req !== undefined) {
      const r = messages[req]!;
      const rf = r.from ?? viaSentBy(r) ?? '?';
      const rt = r.to ?? hostOf(r.requestUri) ?? '?';
      return [m.from ?? rt, m.to ?? rf];
    }
    return [m.from ?? '?', m.to ?? viaSentBy(m) ?? '?'];
  });

  messages.forEach((m, i) => {
    const id = callId(m) ?? '';
    let dialog = dialogs.get(id);
    if (!dialog) dialogs.set(id, (dialog = { callId: id, messages: [], parties: [], transactions: [] }));
    dialog.messages.push(i);
    for (const end of ends[i]!) if (!dialog.parties.includes(end)) dialog.parties.push(end);
  });
  for (const tx of byTransaction.values()) {
    const id = callId(messages[tx.messages[0]!]!) ?? '';
    dialogs.get(id)?.transactions.push(tx);
  }

  messages.forEach((m, i) => {
    if (m.kind !== 'response' || m.status === undefined) return;
    const code = m.status;
    const known = knowledge[code];
    const reqIndex = responseOf[i];
    const request = reqIndex === undefined ? undefined : messages[reqIndex];
    if (known) {
      for (const req of known.must) {
        if (!hasHeader(m, req.name) && applies(req, m, request)) {
          findings.push({ kind: 'missing-header', index: i, code, header: req.name, ref: req.ref });
        }
      }
      if (known.deprecated) findings.push({ kind: 'deprecated', index: i, code, refs: known.deprecated });
    }
    const cs = cseq(m);
    const id = callId(m);
    if ((code === 401 || code === 407) && cs) {
      const credentials = code === 401 ? 'Authorization' : 'Proxy-Authorization';
      let retry: number | undefined;
      for (let k = i + 1; k < messages.length; k++) {
        const r = messages[k]!;
        const rc = cseq(r);
        if (r.kind === 'request' && r.method === cs.method && callId(r) === id && rc && rc.number > cs.number && hasHeader(r, credentials)) {
          retry = k;
          break;
        }
      }
      if (retry === undefined) findings.push({ kind: 'auth-not-retried', index: i, code });
      else {
        const key = transactionKey(messages[retry]!);
        const challenges = messages.filter((r, k) => k > retry && FINAL(r) && transactionKey(r) === key && (r.status === 401 || r.status === 407));
        const stale = (r: SipMessage) =>
          headerValues(r, r.status === 401 ? 'WWW-Authenticate' : 'Proxy-Authenticate').some((v) => /\bstale\s*=\s*"?true\b/i.test(v));
        const again = challenges.length === 0 ? false : challenges.every(stale) ? 'stale' : true;
        findings.push({ kind: 'auth-retried', index: i, code, retry, rejectedAgain: again });
      }
    }
    if (code === 488 || code === 606) {
      const sdp = request && /application\/sdp/i.test(header(request, 'Content-Type') ?? '') ? request.body : '';
      const offered = sdp ? offeredCodecs(sdp) : [];
      if (reqIndex !== undefined && offered.length) findings.push({ kind: 'codecs', index: i, request: reqIndex, offered });
      else if (reqIndex !== undefined) findings.push({ kind: 'no-offer', index: i });
    }
    if (code === 503) {
      const value = header(m, 'Retry-After');
      findings.push(value === undefined ? { kind: 'no-retry-after', index: i, ref: NO_RETRY_AFTER_REF } : { kind: 'retry-after', index: i, value });
    }
    if (code === 487 && cs?.method === 'INVITE') {
      const branch = param(header(m, 'Via')?.split(',')[0], 'branch');
      const cancel = messages.findIndex(
        (r) => r.kind === 'request' && r.method === 'CANCEL' && callId(r) === id && cseq(r)?.number === cs.number && param(header(r, 'Via')?.split(',')[0], 'branch') === branch,
      );
      findings.push(cancel >= 0 ? { kind: 'cancelled', index: i, cancel } : { kind: 'not-cancelled', index: i });
    }
  });

  // Each CANCEL: the answer to the CANCEL itself and the INVITE's final response.
  messages.forEach((m, i) => {
    if (m.kind !== 'request' || m.method !== 'CANCEL') return;
    const branch = param(header(m, 'Via')?.split(',')[0], 'branch');
    const inviteKey = `${branch ?? `cseq:${cseq(m)?.number}`}|INVITE`;
    const invite = requestOf.get(inviteKey);
    const final = messages.findIndex((r, k) => k > i && FINAL(r) && transactionKey(r) === inviteKey);
    findings.push({ kind: 'cancel-result', index: i, invite, final: final >= 0 ? final : undefined });
  });

  findings.sort((a, b) => a.index - b.index);
  return { dialogs: [...dialogs.values()], ends, findings };
}
