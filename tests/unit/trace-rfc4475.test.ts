/**
 * RFC 4475's torture messages: every valid message (§3.1.1) is read as one message without a
 * syntax problem; every invalid message (§3.1.2) is read and reported with the fault the RFC names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTrace } from '../../src/lib/trace/parse';
import type { ProblemKind } from '../../src/lib/trace/message';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/rfc4475/${name}.dat`, import.meta.url), 'latin1');

// §3.1.1: valid messages ("Message Details" name of each section).
const VALID = ['wsinv', 'intmeth', 'esc01', 'escnull', 'esc02', 'lwsdisp', 'longreq', 'semiuri', 'transports', 'mpart01', 'unreason', 'noreason'];

// §3.1.2: invalid messages and the fault each section describes.
const INVALID: [string, string, ProblemKind][] = [
  ['3.1.2.1', 'badinv01', 'via'],
  ['3.1.2.2', 'clerr', 'truncated'],
  ['3.1.2.3', 'ncl', 'content-length-negative'],
  ['3.1.2.4', 'scalar02', 'overlarge'],
  ['3.1.2.5', 'scalarlg', 'overlarge'],
  ['3.1.2.6', 'quotbal', 'unterminated-quote'],
  ['3.1.2.7', 'ltgtruri', 'request-uri-angle'],
  ['3.1.2.8', 'lwsruri', 'request-uri-space'],
  ['3.1.2.9', 'lwsstart', 'start-line-spaces'],
  ['3.1.2.10', 'trws', 'start-line-trailing-space'],
  ['3.1.2.11', 'escruri', 'request-uri-headers'],
  ['3.1.2.12', 'baddate', 'date'],
  ['3.1.2.13', 'regbadct', 'addr-spec'],
  ['3.1.2.14', 'badaspec', 'addr-spec'],
  ['3.1.2.15', 'baddn', 'display-name'],
  ['3.1.2.16', 'badvers', 'version'],
  ['3.1.2.17', 'mismatch01', 'cseq-method-mismatch'],
  ['3.1.2.18', 'mismatch02', 'cseq-method-mismatch'],
  ['3.1.2.19', 'bigcode', 'status-code'],
];

describe('RFC 4475 §3.1.1 valid messages', () => {
  test.each(VALID)('%s is one message with no problem', (name) => {
    const { messages } = parseTrace(fixture(name), { latin1: true });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.problems).toEqual([]);
    expect(messages[0]!.truncated).toBe(false);
  });

  test('the tortuous INVITE (§3.1.1.1) unfolds its header fields and reads compact forms', () => {
    const [msg] = parseTrace(fixture('wsinv'), { latin1: true }).messages;
    expect(msg!.method).toBe('INVITE');
    expect(msg!.headers.filter((h) => h.name === 'Via')).toHaveLength(2); // "Via  :" and "v:"
    expect(msg!.headers.find((h) => h.name === 'CSeq')!.value).toBe('0009 INVITE');
    expect(msg!.headers.find((h) => h.name === 'Contact')!.value).toMatch(/^"Quoted string/);
    expect(msg!.body).toMatch(/^v=0\r\n.*a=rtpmap:31 LPC\r\n$/s);
  });

  test('a multipart body with binary octets is bounded by Content-Length (§3.1.1.11)', () => {
    const [msg] = parseTrace(fixture('mpart01'), { latin1: true }).messages;
    expect(msg!.body.startsWith('--7a9cbec02ceef655')).toBe(true);
    expect(msg!.body.trimEnd().endsWith('--7a9cbec02ceef655--')).toBe(true);
  });

  test('an empty reason phrase still makes a response (§3.1.1.13)', () => {
    const [msg] = parseTrace(fixture('noreason'), { latin1: true }).messages;
    expect(msg).toMatchObject({ kind: 'response', status: 100, reason: '' });
  });
});

describe('RFC 4475 §3.1.2 invalid messages', () => {
  test.each(INVALID)('§%s %s is read and reported as %s', (_section, name, kind) => {
    const { messages } = parseTrace(fixture(name), { latin1: true });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.problems.map((p) => p.kind)).toContain(kind);
  });

  test('reading goes on after an invalid message', () => {
    const text = INVALID.map(([, name]) => fixture(name)).join('\r\n');
    const { messages } = parseTrace(text, { latin1: true });
    expect(messages).toHaveLength(INVALID.length);
    expect(messages.every((m) => m.problems.length > 0)).toBe(true);
  });
});

describe('RFC 4475 §3.3 application-layer messages', () => {
  test('missing Call-ID, From and To are named (§3.3.1)', () => {
    const [msg] = parseTrace(fixture('insuf'), { latin1: true }).messages;
    expect(msg!.problems).toContainEqual({ kind: 'missing-header', detail: 'Call-ID, From, To' });
  });
  test('several Content-Length values are reported (§3.3.9)', () => {
    const [msg] = parseTrace(fixture('mcl01'), { latin1: true }).messages;
    expect(msg!.problems.map((p) => p.kind)).toContain('content-length-multiple');
  });
  test('every other message of §3.2–§3.4 is read as exactly one message', () => {
    for (const name of ['badbranch', 'unkscm', 'novelsc', 'unksm2', 'bext01', 'invut', 'regaut01', 'multi01', 'bcast', 'zeromf', 'cparam01', 'cparam02', 'regescrt', 'sdp01', 'inv2543']) {
      expect(parseTrace(fixture(name), { latin1: true }).messages, name).toHaveLength(1);
    }
  });
});

describe('Warning values (RFC 3261 §25.1: warn-code = 3DIGIT)', () => {
  const warningProblems = (value: string) => {
    const msg = ['SIP/2.0 488 Not Acceptable Here', 'Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1', 'From: <sip:a@example.com>;tag=1', 'To: <sip:b@example.com>;tag=2', 'Call-ID: w1', 'CSeq: 1 INVITE', `Warning: ${value}`, 'Content-Length: 0', '', ''].join('\r\n');
    return parseTrace(msg).messages[0]!.problems.filter((p) => p.header === 'Warning').map((p) => p.kind);
  };
  test('a three-digit code is fine; four digits is too large; fewer digits or letters are not a warn-code', () => {
    expect(warningProblems('305 example.com "Incompatible media format"')).toEqual([]);
    expect(warningProblems('1812 example.com "x"')).toEqual(['overlarge']);
    expect(warningProblems('99 example.com "x"')).toEqual(['warn-code']);
    expect(warningProblems('abc example.com "x"')).toEqual(['warn-code']);
    expect(warningProblems('399')).toEqual([]);
  });
});

describe('Overlarge values: only fields with a legal range', () => {
  const problemsOf = (extra: string) => {
    const msg = ['SIP/2.0 503 Service Unavailable', 'Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1', 'From: <sip:a@example.com>;tag=1', 'To: <sip:b@example.com>;tag=2', 'Call-ID: o1', 'CSeq: 1 INVITE', extra, 'Content-Length: 0', '', ''].join('\r\n');
    return parseTrace(msg).messages[0]!.problems.map((p) => `${p.kind} ${p.header ?? ''}`.trim());
  };
  test('Expires and Min-Expires above (2**32)-1 are too large (RFC 3261 §20.19, §20.23)', () => {
    expect(problemsOf('Expires: 4294967296')).toEqual(['overlarge Expires']);
    expect(problemsOf('Min-Expires: 4294967296')).toEqual(['overlarge Min-Expires']);
  });
  test('Retry-After, Session-Expires and Min-SE have no legal range to exceed (RFC 4475 §3.1.2.5)', () => {
    expect(problemsOf('Retry-After: 949302838503028349304023988')).toEqual([]);
    expect(problemsOf('Session-Expires: 4294967296')).toEqual([]);
    expect(problemsOf('Min-SE: 4294967296')).toEqual([]);
  });
});
