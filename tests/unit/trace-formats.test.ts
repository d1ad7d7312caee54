/**
 * One fixture per input format (tests/fixtures/trace/), each written in the shape that tool prints
 * (see the comment at the top of each case): the parser must find exactly the SIP messages, in order,
 * with their bodies, and where the tool says so, who sent them to whom.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTrace } from '../../src/lib/trace/parse';
import { header, type SipMessage } from '../../src/lib/trace/message';

const read = (name: string) => readFileSync(new URL(`../fixtures/trace/${name}`, import.meta.url), 'utf8');
const label = (m: SipMessage) => (m.kind === 'request' ? m.method : String(m.status));
const CALL = ['INVITE', '100', '486', 'ACK'];
const A = '192.0.2.10:5060';
const B = '198.51.100.20:5060';

// [fixture, labels, from → to of the INVITE (undefined: the format does not say)]
const CASES: [string, string[], [string, string] | undefined][] = [
  ['asterisk-pjsip.txt', CALL, [A, 'local']],
  ['asterisk-chansip.txt', CALL, [A, 'local']],
  ['freeswitch-siptrace.txt', CALL, [A, 'local']],
  ['ngrep-byline.txt', CALL, [A, B]],
  ['sngrep.txt', CALL, [A, B]],
  ['wireshark-follow.txt', CALL, undefined],
  ['wireshark-export.txt', ['INVITE', '488'], [A, B]],
  ['sipp-trace.txt', CALL, undefined],
  ['pjsua.txt', CALL, [A, 'local']],
  ['kamailio-syslog.txt', CALL, [A, 'local']],
  ['prefixed-lines.txt', CALL, [A, 'local']],
  ['double-spaced-tabs.txt', CALL, undefined],
  ['baresip.txt', CALL, [A, B]],
  ['linphone.txt', CALL, ['local', B]],
  ['jssip.txt', CALL, undefined],
  ['sipjs.txt', CALL, undefined],
  ['drachtio.txt', CALL, ['192.0.2.10:5061', 'local']],
  ['bare-compact-ipv6.txt', ['SUBSCRIBE', '202', 'NOTIFY', '200'], undefined],
];

describe('input formats', () => {
  test.each(CASES)('%s', (name, labels, route) => {
    const { messages } = parseTrace(read(name));
    expect(messages.map(label)).toEqual(labels);
    for (const m of messages) {
      expect(m.truncated, `${name} #${m.index}`).toBe(false);
      expect(m.problems, `${name} #${m.index}`).toEqual([]);
      expect(header(m, 'Call-ID'), `${name} #${m.index}`).toBeTruthy();
    }
    const invite = messages[0]!;
    if (invite.method === 'INVITE') {
      // The SDP offer is read whole, and nothing of the next message leaks into it.
      expect(invite.body.split(/\r?\n/).filter(Boolean)).toEqual([
        'v=0', 'o=alice 2890844526 2890844526 IN IP4 192.0.2.10', 's=-', 'c=IN IP4 192.0.2.10', 't=0 0',
        'm=audio 49170 RTP/AVP 0 8 101', 'a=rtpmap:0 PCMU/8000', 'a=rtpmap:8 PCMA/8000', 'a=rtpmap:101 telephone-event/8000',
      ]);
    }
    if (route) expect([invite.from, invite.to]).toEqual(route);
  });

  test('transports named by the trace: TLS (drachtio), TCP (ngrep "T"), UDP', () => {
    expect(parseTrace(read('drachtio.txt')).messages[0]!.transport).toBe('TLS');
    expect(parseTrace(read('ngrep-byline.txt')).messages[0]!.transport).toBe('UDP');
  });

  test('compact header forms are read under their full names (RFC 3261 §7.3.3)', () => {
    const [sub, , notify] = parseTrace(read('bare-compact-ipv6.txt')).messages;
    expect(header(sub!, 'Via')).toBe('SIP/2.0/TLS [2001:db8::10]:5061;branch=z9hG4bKsub1');
    expect(header(sub!, 'Call-ID')).toBe('sub-1@2001:db8::10');
    expect(header(sub!, 'Event')).toBe('presence');
    expect(header(sub!, 'Contact')).toBe('<sips:alice@[2001:db8::10]:5061>');
    expect(header(notify!, 'Content-Type')).toBe('message/sipfrag;version=2.0');
  });

  test('a status line inside a message/sipfrag body is body, not a message', () => {
    const notify = parseTrace(read('bare-compact-ipv6.txt')).messages[2]!;
    expect(notify.body.trim()).toBe('SIP/2.0 486 Busy Here');
  });

  test('numbers in log lines never make a message', () => {
    const text = [
      '2026-12-04 10:00:01.512001 [NOTICE] sofia.c:8643 Hangup sofia/internal/bob [CS_CONSUME_MEDIA] [USER_BUSY] 486',
      'Dec  4 10:00:01 proxy kamailio[2013]: NOTICE: <script>: reply SIP/2.0 486 Busy Here relayed',
      'the call got 503 Service Unavailable then SIP/2.0 200 OK',
    ].join('\n');
    expect(parseTrace(text).messages).toEqual([]);
  });
});

describe('bad input', () => {
  test('text with no SIP gives no message and no exception', () => {
    expect(parseTrace('hello\nworld\n').messages).toEqual([]);
    expect(parseTrace('').messages).toEqual([]);
    expect(parseTrace('\u0000\u0001\u0002binary\uFFFD'.repeat(100)).messages).toEqual([]);
  });

  test('a message cut inside its body is kept and marked truncated', () => {
    const full = read('sngrep.txt');
    const cut = full.slice(0, full.indexOf('a=rtpmap:8'));
    const [msg] = parseTrace(cut).messages;
    expect(msg!.method).toBe('INVITE');
    expect(msg!.truncated).toBe(true);
    expect(msg!.body).toContain('a=rtpmap:0 PCMU/8000');
    expect(msg!.problems.map((p) => p.kind)).toContain('truncated');
  });

  test('a message cut inside its header fields is kept and marked truncated', () => {
    const [msg] = parseTrace('SIP/2.0 180 Ringing\nVia: SIP/2.0/UDP 192.0.2.10;branch=z9hG4bK1\nCall-ID: x').messages;
    expect(msg).toMatchObject({ status: 180, truncated: true });
  });
});
