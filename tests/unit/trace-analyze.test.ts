/**
 * Findings over whole traces, against the real data module: the header checks are the data's own
 * MUST requirements (no second list), the failure notes read what the trace shows.
 */
import { describe, expect, test } from 'vitest';
import { CODES, findCode } from '../../src/data';
import { analyzeTrace, offeredCodecs } from '../../src/lib/trace/analyze';
import { traceKnowledge } from '../../src/lib/trace/knowledge';
import { parseTrace } from '../../src/lib/trace/parse';

const knowledge = traceKnowledge(CODES);

function request(method: string, opts: { cseq?: number; branch?: string; extra?: string[]; body?: string; callId?: string } = {}) {
  const body = opts.body ?? '';
  return [
    `${method} sip:bob@example.com SIP/2.0`, `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=${opts.branch ?? 'z9hG4bKa'}`, 'Max-Forwards: 70',
    'From: <sip:alice@example.com>;tag=1', 'To: <sip:bob@example.com>', `Call-ID: ${opts.callId ?? 'c1'}`, `CSeq: ${opts.cseq ?? 1} ${method}`,
    ...(opts.extra ?? []), ...(body ? ['Content-Type: application/sdp'] : []), `Content-Length: ${body.length}`, '', body,
  ].join('\r\n');
}
function response(code: number, method: string, opts: { cseq?: number; branch?: string; extra?: string[]; callId?: string } = {}) {
  return [
    `SIP/2.0 ${code} ${findCode(code)?.phrase ?? 'Whatever'}`, `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=${opts.branch ?? 'z9hG4bKa'}`,
    'From: <sip:alice@example.com>;tag=1', 'To: <sip:bob@example.com>;tag=2', `Call-ID: ${opts.callId ?? 'c1'}`, `CSeq: ${opts.cseq ?? 1} ${method}`,
    ...(opts.extra ?? []), 'Content-Length: 0', '', '',
  ].join('\r\n');
}
const analyze = (...parts: string[]) => {
  const { messages } = parseTrace(parts.join(''));
  return { messages, ...analyzeTrace(messages, knowledge) };
};
const kinds = (a: ReturnType<typeof analyze>) => a.findings.map((f) => f.kind);

describe('header requirements come from the data module', () => {
  // Every requirement of the data that holds for every response with its code.
  const unconditional = CODES.flatMap((c) => c.headers.filter((h) => h.in === 'response' && h.strength === 'MUST' && !h.when).map((h) => [c.code, h.name, h.ref] as const));

  test('the issue\'s examples are among them, with their sections', () => {
    const named = unconditional.map(([code, name]) => `${code} ${name}`);
    for (const pair of ['405 Allow', '401 WWW-Authenticate', '407 Proxy-Authenticate', '420 Unsupported', '422 Min-SE']) {
      expect(named).toContain(pair);
    }
  });

  test.each(unconditional)('%i without %s is reported with %s; with it, not', (code, name, ref) => {
    const method = code === 489 ? 'SUBSCRIBE' : 'OPTIONS';
    const missing = analyze(request(method), response(code, method));
    expect(missing.findings).toContainEqual({ kind: 'missing-header', index: 1, code, header: name, ref });
    const present = analyze(request(method), response(code, method, { extra: [`${name}: x`] }));
    expect(present.findings.filter((f) => f.kind === 'missing-header' && f.header === name)).toEqual([]);
  });

  test('489 to PUBLISH without Allow-Events is reported (RFC 3903 §11.1.1); to SUBSCRIBE it is not required', () => {
    const publish = analyze(request('PUBLISH', { extra: ['Event: presence'] }), response(489, 'PUBLISH'));
    expect(publish.findings).toContainEqual({ kind: 'missing-header', index: 1, code: 489, header: 'Allow-Events', ref: 'RFC3903 §11.1.1' });
    const subscribe = analyze(request('SUBSCRIBE', { extra: ['Event: presence'] }), response(489, 'SUBSCRIBE'));
    expect(subscribe.findings.filter((f) => f.kind === 'missing-header')).toEqual([]);
  });

  test('423 without Min-Expires is reported to REGISTER (RFC 3261 §10.3) and PUBLISH (RFC 3903 §6); to SUBSCRIBE RFC 6665 §4.2.1.1 sets no level', () => {
    expect(analyze(request('REGISTER'), response(423, 'REGISTER')).findings).toContainEqual({ kind: 'missing-header', index: 1, code: 423, header: 'Min-Expires', ref: 'RFC3261 §10.3' });
    expect(analyze(request('PUBLISH', { extra: ['Event: presence'] }), response(423, 'PUBLISH')).findings).toContainEqual({ kind: 'missing-header', index: 1, code: 423, header: 'Min-Expires', ref: 'RFC3903 §6' });
    const subscribe = analyze(request('SUBSCRIBE', { extra: ['Event: presence'] }), response(423, 'SUBSCRIBE'));
    expect(subscribe.findings.filter((f) => f.kind === 'missing-header')).toEqual([]);
  });

  test('305 without Contact is not reported: the MUST of RFC 3261 §21.3.4 binds the recipient, not the header field', () => {
    const a = analyze(request('INVITE'), response(305, 'INVITE'));
    expect(a.findings.filter((f) => f.kind === 'missing-header')).toEqual([]);
  });

  test('100 must echo Timestamp only when the request carried one (RFC 3261 §8.2.6.1)', () => {
    expect(kinds(analyze(request('INVITE', { extra: ['Timestamp: 54'] }), response(100, 'INVITE')))).toContain('missing-header');
    expect(kinds(analyze(request('INVITE'), response(100, 'INVITE')))).not.toContain('missing-header');
  });

  test('a reliable 183 without RSeq is reported; an unreliable one is not (RFC 3262 §3)', () => {
    const reliable = analyze(request('INVITE'), response(183, 'INVITE', { extra: ['Require: 100rel', 'Contact: <sip:b@x>'] }));
    expect(reliable.findings).toContainEqual({ kind: 'missing-header', index: 1, code: 183, header: 'RSeq', ref: 'RFC3262 §3' });
    expect(kinds(analyze(request('INVITE'), response(183, 'INVITE', { extra: ['Contact: <sip:b@x>'] })))).not.toContain('missing-header');
  });

  test('a 200 to INVITE without Contact is reported; a 200 to OPTIONS is not', () => {
    expect(analyze(request('INVITE'), response(200, 'INVITE')).findings).toContainEqual({ kind: 'missing-header', index: 1, code: 200, header: 'Contact', ref: 'RFC3261 §12.1.1' });
    expect(kinds(analyze(request('OPTIONS'), response(200, 'OPTIONS')))).not.toContain('missing-header');
  });

  test('202 is reported as deprecated with the registry\'s references (RFC 6665 §8.3.1, RFC 7647 §5)', () => {
    const a = analyze(request('SUBSCRIBE', { extra: ['Event: presence'] }), response(202, 'SUBSCRIBE'));
    expect(a.findings).toContainEqual({ kind: 'deprecated', index: 1, code: 202, refs: ['RFC6665 §8.3.1', 'RFC7647 §5'] });
  });
});

describe('what the trace shows about failures', () => {
  test('401 answered with credentials, and the credentials refused again', () => {
    const a = analyze(
      request('REGISTER'), response(401, 'REGISTER', { extra: ['WWW-Authenticate: Digest realm="x", nonce="1"'] }),
      request('REGISTER', { cseq: 2, branch: 'z9hG4bKb', extra: ['Authorization: Digest username="a"'] }),
      response(401, 'REGISTER', { cseq: 2, branch: 'z9hG4bKb', extra: ['WWW-Authenticate: Digest realm="x", nonce="2"'] }),
    );
    expect(a.findings).toContainEqual({ kind: 'auth-retried', index: 1, code: 401, retry: 2, rejectedAgain: true });
    expect(a.findings).toContainEqual({ kind: 'auth-not-retried', index: 3, code: 401 });
  });

  test('a new challenge with stale=true is not a refusal of the credentials (RFC 2617 §3.2.1)', () => {
    const a = analyze(
      request('REGISTER'), response(401, 'REGISTER', { extra: ['WWW-Authenticate: Digest realm="x", nonce="1"'] }),
      request('REGISTER', { cseq: 2, branch: 'z9hG4bKb', extra: ['Authorization: Digest username="a"'] }),
      response(401, 'REGISTER', { cseq: 2, branch: 'z9hG4bKb', extra: ['WWW-Authenticate: Digest realm="x", nonce="2", stale=TRUE'] }),
    );
    expect(a.findings).toContainEqual({ kind: 'auth-retried', index: 1, code: 401, retry: 2, rejectedAgain: 'stale' });
  });

  test('407 answered with Proxy-Authorization and accepted', () => {
    const a = analyze(
      request('INVITE'), response(407, 'INVITE', { extra: ['Proxy-Authenticate: Digest realm="x", nonce="1"'] }),
      request('INVITE', { cseq: 2, branch: 'z9hG4bKb', extra: ['Proxy-Authorization: Digest username="a"'] }),
      response(200, 'INVITE', { cseq: 2, branch: 'z9hG4bKb', extra: ['Contact: <sip:b@x>'] }),
    );
    expect(a.findings).toContainEqual({ kind: 'auth-retried', index: 1, code: 407, retry: 2, rejectedAgain: false });
  });

  test('488: the codecs the INVITE offered, with static payload types named from RFC 3551', () => {
    const sdp = 'v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio 4000 RTP/AVP 18 96\r\na=rtpmap:96 opus/48000/2\r\n';
    const a = analyze(request('INVITE', { body: sdp }), response(488, 'INVITE', { extra: ['Warning: 305 bob.example.com "Incompatible media format"'] }));
    expect(a.findings).toContainEqual({ kind: 'codecs', index: 1, request: 0, offered: ['audio (RTP/AVP): G729/8000, opus/48000/2'] });
  });

  test('503 with and without Retry-After', () => {
    expect(analyze(request('INVITE'), response(503, 'INVITE', { extra: ['Retry-After: 120'] })).findings).toContainEqual({ kind: 'retry-after', index: 1, value: '120' });
    expect(analyze(request('INVITE'), response(503, 'INVITE')).findings).toContainEqual({ kind: 'no-retry-after', index: 1, ref: 'RFC3261 §21.5.4' });
  });

  test('a CANCEL and its 487', () => {
    const a = analyze(request('INVITE'), response(180, 'INVITE', { extra: ['Contact: <sip:b@x>'] }), request('CANCEL'), response(200, 'CANCEL'), response(487, 'INVITE'), request('ACK'));
    expect(a.findings).toContainEqual({ kind: 'cancelled', index: 4, cancel: 2 });
    expect(a.findings).toContainEqual({ kind: 'cancel-result', index: 2, invite: 0, final: 4 });
    expect(analyze(request('INVITE'), response(487, 'INVITE')).findings).toContainEqual({ kind: 'not-cancelled', index: 1 });
  });
});

describe('dialogs and transactions', () => {
  test('grouped by Call-ID, then by branch and CSeq method; ACK to a non-2xx joins its INVITE, CANCEL is its own', () => {
    const a = analyze(
      request('INVITE'), request('OPTIONS', { callId: 'c2', branch: 'z9hG4bKo' }), request('CANCEL'), response(200, 'CANCEL'),
      response(487, 'INVITE'), request('ACK'), response(200, 'OPTIONS', { callId: 'c2', branch: 'z9hG4bKo' }),
    );
    expect(a.dialogs.map((d) => [d.callId, d.messages])).toEqual([['c1', [0, 2, 3, 4, 5]], ['c2', [1, 6]]]);
    expect(a.dialogs[0]!.transactions.map((t) => [t.method, t.messages])).toEqual([['INVITE', [0, 4, 5]], ['CANCEL', [2, 3]]]);
  });

  test('a response without addresses in the trace travels back the way its request came', () => {
    const a = analyze(request('OPTIONS'), response(200, 'OPTIONS'));
    expect(a.ends).toEqual([['192.0.2.10:5060', 'example.com'], ['example.com', '192.0.2.10:5060']]);
  });

  test('SDP m= lines without rtpmap still name static payload types', () => {
    expect(offeredCodecs('m=audio 1 RTP/AVP 0 8\r\n')).toEqual(['audio (RTP/AVP): PCMU/8000, PCMA/8000']);
  });
});
