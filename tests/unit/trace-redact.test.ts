import { describe, expect, test } from 'vitest';
import { redactTrace } from '../../src/lib/trace/redact';

const trace = [
  'INVITE sip:+81312345678@example.com SIP/2.0',
  'Via: SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK74bf9',
  'From: "Taro Yamada" <sip:taro@example.com>;tag=9fx',
  'To: <sip:+81312345678@example.com>',
  'P-Asserted-Identity: <tel:+81-3-1234-5678>',
  'Contact: <sip:taro@[2001:db8:85a3::8a2e:370:7334]:5060>',
  'Call-ID: a84b4c76e66710@203.0.113.7',
  'CSeq: 1 INVITE',
  'c=IN IP4 203.0.113.7',
  'Caller: 0312345678',
].join('\n');

describe('copy redacted', () => {
  const out = redactTrace(trace);
  test('addresses, user parts, display names and numbers are gone', () => {
    for (const secret of ['203.0.113.7', '81312345678', 'taro', 'Taro Yamada', '8a2e:370:7334', '0312345678', '1234-5678']) {
      expect(out).not.toContain(secret);
    }
  });
  test('the same original gets the same replacement, and the SIP structure stays', () => {
    expect(out.match(/192\.0\.2\.1\b/g)).toHaveLength(3);
    expect(out).toContain('INVITE sip:user1@example.com SIP/2.0');
    expect(out).toContain('To: <sip:user1@example.com>');
    expect(out).toContain('Contact: <sip:user2@[2001:db8::1]:5060>');
    expect(out).toContain('CSeq: 1 INVITE');
    expect(out).toContain('branch=z9hG4bK74bf9');
  });
  test('unquoted display names are replaced too, as the page says (RFC 3261 §25.1 display-name)', () => {
    const plain = redactTrace(['From: Hanako Sato <sip:hanako@example.com>;tag=1', 't: Bob <sips:bob@example.com>', 'Contact: <sip:a@example.com>, Carol <tel:+81312345678>'].join('\n'));
    for (const secret of ['Hanako', 'Sato', 'Bob', 'Carol']) expect(plain).not.toContain(secret);
    expect(plain).toContain('From: name1 <sip:user1@example.com>;tag=1');
    expect(plain).toContain('Contact: <sip:user3@example.com>, name3 <tel:');
  });
  test('times are not taken for IPv6 addresses', () => {
    expect(redactTrace('at 10:00:00.123 sent')).toBe('at 10:00:00.123 sent');
  });
});
