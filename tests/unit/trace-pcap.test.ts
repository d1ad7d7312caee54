/**
 * Captures built byte by byte in the test (no downloaded files). Structure, per the pcap and pcapng
 * formats (draft-ietf-opsawg-pcap, draft-ietf-opsawg-pcapng):
 *   pcap:   24-byte global header (magic a1b2c3d4, version 2.4, snaplen, link type), then per packet a
 *           16-byte record header (seconds, microseconds, captured length, original length) + the frame.
 *   pcapng: Section Header Block (0x0A0D0D0A, byte-order magic 0x1A2B3C4D), Interface Description Block
 *           (type 1: link type, snaplen) and Enhanced Packet Blocks (type 6: interface, timestamp high/low,
 *           captured and original length, frame padded to 32 bits), each block ending with its length again.
 *   frames: Ethernet II (dst, src, EtherType 0x0800/0x86DD, optional 802.1Q tag), Linux cooked (SLL,
 *           protocol at offset 14), raw IP; IPv4 (20-byte header) or IPv6 (40-byte header); UDP (8 bytes)
 *           or TCP (20-byte header), then the SIP text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCapture } from '../../src/lib/trace/pcap';
import { header } from '../../src/lib/trace/message';

const enc = new TextEncoder();
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const u16 = (n: number) => [n >> 8, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u32le = (n: number) => u32be(n).reverse();
const ip4 = (s: string) => s.split('.').map(Number);
function ip6(s: string): number[] {
  const [head, tail = ''] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.flatMap((g) => u16(parseInt(g, 16)));
}

function udp(sport: number, dport: number, payload: Uint8Array) {
  return bytes(u16(sport), u16(dport), u16(8 + payload.length), [0, 0], payload);
}
function tcp(sport: number, dport: number, payload: Uint8Array) {
  return bytes(u16(sport), u16(dport), u32be(1), u32be(0), [0x50, 0x18], u16(65535), [0, 0, 0, 0], payload);
}
function ipv4(src: string, dst: string, proto: number, l4: Uint8Array, fragment = 0) {
  return bytes([0x45, 0], u16(20 + l4.length), [0, 1], u16(fragment), [64, proto, 0, 0], ip4(src), ip4(dst), l4);
}
function ipv6(src: string, dst: string, proto: number, l4: Uint8Array) {
  return bytes([0x60, 0, 0, 0], u16(l4.length), [proto, 64], ip6(src), ip6(dst), l4);
}
const ether = (type: number, ip: Uint8Array, vlan = false) =>
  bytes([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1], vlan ? [0x81, 0x00, 0, 42] : [], u16(type), ip);
const sll = (type: number, ip: Uint8Array) => bytes(u16(0), u16(1), u16(6), [2, 0, 0, 0, 0, 1, 0, 0], u16(type), ip);

function pcap(link: number, frames: Uint8Array[]): ArrayBuffer {
  const head = bytes(u32le(0xa1b2c3d4), [2, 0, 4, 0], u32le(0), u32le(0), u32le(65535), u32le(link));
  const records = frames.map((f, i) => bytes(u32le(1796378400 + i), u32le(250000), u32le(f.length), u32le(f.length), f));
  return bytes(head, ...records).buffer;
}

function pcapng(link: number, frames: Uint8Array[]): ArrayBuffer {
  const block = (type: number, body: Uint8Array) => {
    const padded = bytes(body, Array((4 - (body.length % 4)) % 4).fill(0));
    const total = 12 + padded.length;
    return bytes(u32le(type), u32le(total), padded, u32le(total));
  };
  const shb = block(0x0a0d0d0a, bytes(u32le(0x1a2b3c4d), [1, 0, 0, 0], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
  const idb = block(1, bytes([link & 0xff, link >> 8, 0, 0], u32le(65535)));
  const epbs = frames.map((f) => block(6, bytes(u32le(0), u32le(0x00061b2c), u32le(0x12345678), u32le(f.length), u32le(f.length), f)));
  return bytes(shb, idb, ...epbs).buffer;
}

const sip = (lines: string[]) => enc.encode(lines.join('\r\n') + '\r\n');
const invite = sip([
  'INVITE sip:bob@example.com SIP/2.0', 'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKp1', 'Max-Forwards: 70',
  'From: <sip:alice@example.com>;tag=1', 'To: <sip:bob@example.com>', 'Call-ID: cap-1@192.0.2.10', 'CSeq: 1 INVITE', 'Content-Length: 0', '',
]);
const busy = sip([
  'SIP/2.0 486 Busy Here', 'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKp1', 'From: <sip:alice@example.com>;tag=1',
  'To: <sip:bob@example.com>;tag=2', 'Call-ID: cap-1@192.0.2.10', 'CSeq: 1 INVITE', 'Content-Length: 0', '',
]);
const dns = bytes([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0], enc.encode('\x07example\x03com\x00'), [0, 1, 0, 1]);

describe('pcap', () => {
  test('Ethernet, IPv4, UDP: each datagram is one message with its addresses and time', () => {
    const frames = [
      ether(0x0800, ipv4('192.0.2.10', '198.51.100.20', 17, udp(5060, 5060, invite))),
      ether(0x0800, ipv4('198.51.100.20', '192.0.2.10', 17, udp(5060, 5060, busy)), true),
    ];
    const result = readCapture(pcap(1, frames));
    expect(result.format).toBe('pcap');
    expect(result.problem).toBeUndefined();
    expect(result.messages.map((m) => m.method ?? m.status)).toEqual(['INVITE', 486]);
    expect(result.messages[0]).toMatchObject({ from: '192.0.2.10:5060', to: '198.51.100.20:5060', transport: 'UDP', time: '10:00:00.250000' });
  });

  test('Linux cooked capture, IPv6, TCP segment holding two whole messages', () => {
    const frame = sll(0x86dd, ipv6('2001:db8::10', '2001:db8::20', 6, tcp(5060, 5060, bytes(invite, busy))));
    const { messages } = readCapture(pcap(113, [frame]));
    expect(messages.map((m) => m.method ?? m.status)).toEqual(['INVITE', 486]);
    expect(messages[0]).toMatchObject({ from: '[2001:db8::10]:5060', to: '[2001:db8::20]:5060', transport: 'TCP' });
  });

  test('raw IP link type', () => {
    const { messages } = readCapture(pcap(101, [ipv4('192.0.2.10', '198.51.100.20', 17, udp(5062, 5060, invite))]));
    expect(messages[0]).toMatchObject({ method: 'INVITE', from: '192.0.2.10:5062' });
  });

  test('octets after Content-Length in a UDP datagram are ignored (RFC 4475 §3.1.1.8)', () => {
    const dblreq = Uint8Array.from(readFileSync(new URL('../fixtures/rfc4475/dblreq.dat', import.meta.url)));
    const { messages } = readCapture(pcap(1, [ether(0x0800, ipv4('192.0.2.10', '198.51.100.20', 17, udp(5060, 5060, dblreq)))]));
    expect(messages.map((m) => m.method)).toEqual(['REGISTER']);
  });

  test('UTF-8 header values are shown as text', () => {
    const msg = sip(['MESSAGE sip:bob@example.com SIP/2.0', 'Via: SIP/2.0/UDP 192.0.2.10;branch=z9hG4bKu', 'From: "山田" <sip:yamada@example.com>;tag=1', 'To: <sip:bob@example.com>', 'Call-ID: u@x', 'CSeq: 1 MESSAGE', 'Content-Length: 0', '']);
    const { messages } = readCapture(pcap(1, [ether(0x0800, ipv4('192.0.2.10', '198.51.100.20', 17, udp(5060, 5060, msg)))]));
    expect(header(messages[0]!, 'From')).toBe('"山田" <sip:yamada@example.com>;tag=1');
  });
});

describe('pcapng', () => {
  test('Enhanced Packet Blocks on an Ethernet interface', () => {
    const frames = [
      ether(0x0800, ipv4('192.0.2.10', '198.51.100.20', 17, udp(5060, 5060, invite))),
      ether(0x86dd, ipv6('2001:db8::20', '2001:db8::10', 17, udp(5060, 5060, busy))),
    ];
    const result = readCapture(pcapng(1, frames));
    expect(result.format).toBe('pcapng');
    expect(result.messages.map((m) => m.method ?? m.status)).toEqual(['INVITE', 486]);
    expect(result.messages[1]!.from).toBe('[2001:db8::20]:5060');
  });
});

describe('captures without SIP, and files that are not captures', () => {
  test('a PNG file is not a capture', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], Array(100).fill(7));
    expect(readCapture(png.buffer)).toMatchObject({ problem: 'not-capture', messages: [] });
  });
  test('an empty buffer is not a capture', () => {
    expect(readCapture(new ArrayBuffer(0)).problem).toBe('not-capture');
  });
  test('a capture of DNS only has no SIP', () => {
    const result = readCapture(pcap(1, [ether(0x0800, ipv4('192.0.2.10', '192.0.2.53', 17, udp(40000, 53, dns)))]));
    expect(result).toMatchObject({ packets: 1, problem: 'no-sip', messages: [] });
  });
  test('a capture cut in the middle of a packet keeps the packets before it', () => {
    const full = new Uint8Array(pcap(1, [
      ether(0x0800, ipv4('192.0.2.10', '198.51.100.20', 17, udp(5060, 5060, invite))),
      ether(0x0800, ipv4('198.51.100.20', '192.0.2.10', 17, udp(5060, 5060, busy))),
    ]));
    const result = readCapture(full.slice(0, full.length - 40).buffer);
    expect(result.messages.map((m) => m.method)).toEqual(['INVITE']);
    expect(result.problem).toBe('cut');
  });
  test('IP fragments are counted, not misread', () => {
    const result = readCapture(pcap(1, [ether(0x0800, ipv4('192.0.2.10', '198.51.100.20', 17, udp(5060, 5060, invite), 0x2000))]));
    expect(result).toMatchObject({ problem: 'no-sip', otherPackets: 1 });
  });
  test('random bytes after a pcap magic never throw', () => {
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      const junk = bytes(u32le(0xa1b2c3d4), Array.from({ length: 300 }, () => (seed = (seed * 1103515245 + 12345) & 0xff)));
      expect(() => readCapture(junk.buffer)).not.toThrow();
    }
  });
});
