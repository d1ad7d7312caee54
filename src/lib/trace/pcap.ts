/**
 * Reads SIP out of a packet capture: classic pcap (either byte order, micro- or nanosecond
 * timestamps) and pcapng (Section Header, Interface Description, Enhanced/Simple/obsolete Packet
 * blocks). Link types: Ethernet (with 802.1Q/802.1ad tags), Linux cooked v1 and v2, raw IP, BSD
 * loopback. IPv4 and IPv6; SIP from UDP datagrams (one message each, RFC 3261 §18.3: octets after
 * Content-Length are ignored) and from TCP segments that hold whole messages. IP fragments and
 * messages split across TCP segments are counted, not reassembled.
 * Pure: ArrayBuffer in, messages out; no DOM, no Node APIs.
 */
import type { SipMessage } from './message';
import { parseTrace } from './parse';

export type CaptureProblem = 'not-capture' | 'no-sip' | 'cut';

export interface CaptureResult {
  format?: 'pcap' | 'pcapng';
  packets: number;
  messages: SipMessage[];
  /** Packets that could not be read as SIP although they carried data (fragments, other protocols). */
  otherPackets: number;
  problem?: CaptureProblem;
}

const LINK_ETHERNET = 1;
const LINK_NULL = 0;
const LINK_RAW = 101;
const LINK_LINUX_SLL = 113;
const LINK_IPV4 = 228;
const LINK_IPV6 = 229;
const LINK_LINUX_SLL2 = 276;
const LINK_LOOP = 108;

interface Packet {
  link: number;
  data: Uint8Array;
  /** Seconds since the epoch. */
  time: number;
}

/** True when the buffer starts like a pcap or pcapng file. */
export function isCapture(buffer: ArrayBuffer): boolean {
  if (buffer.byteLength < 4) return false;
  const v = new DataView(buffer);
  const magic = v.getUint32(0, false);
  return [0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1, 0x0a0d0d0a].includes(magic);
}

function* pcapPackets(v: DataView, state: { cut: boolean }): Generator<Packet> {
  const magicBE = v.getUint32(0, false);
  const little = magicBE === 0xd4c3b2a1 || magicBE === 0x4d3cb2a1;
  const nano = magicBE === 0xa1b23c4d || magicBE === 0x4d3cb2a1;
  if (v.byteLength < 24) {
    state.cut = true;
    return;
  }
  const link = v.getUint32(20, little) & 0x0fffffff;
  let off = 24;
  while (off + 16 <= v.byteLength) {
    const sec = v.getUint32(off, little);
    const frac = v.getUint32(off + 4, little);
    const incl = v.getUint32(off + 8, little);
    off += 16;
    if (off + incl > v.byteLength) {
      state.cut = true;
      return;
    }
    yield { link, data: new Uint8Array(v.buffer, v.byteOffset + off, incl), time: sec + frac / (nano ? 1e9 : 1e6) };
    off += incl;
  }
  if (off !== v.byteLength) state.cut = true;
}

function* pcapngPackets(v: DataView, state: { cut: boolean }): Generator<Packet> {
  let off = 0;
  let little = true;
  let interfaces: { link: number; resolution: number }[] = [];
  while (off + 12 <= v.byteLength) {
    let type = v.getUint32(off, little);
    if (v.getUint32(off, true) === 0x0a0d0d0a) {
      // Section Header Block: its byte-order magic decides the order of everything in the section.
      type = 0x0a0d0d0a;
      little = v.getUint32(off + 8, true) === 0x1a2b3c4d;
      interfaces = [];
    }
    const length = v.getUint32(off + 4, little);
    if (length < 12 || off + length > v.byteLength) {
      state.cut = true;
      return;
    }
    const body = off + 8;
    if (type === 1) {
      // Interface Description Block: link type, then options (if_tsresol = 9).
      let resolution = 1e-6;
      let o = body + 8;
      while (o + 4 <= off + length - 4) {
        const code = v.getUint16(o, little);
        const len = v.getUint16(o + 2, little);
        if (code === 0) break;
        if (code === 9 && len >= 1) {
          const r = v.getUint8(o + 4);
          resolution = r & 0x80 ? 2 ** -(r & 0x7f) : 10 ** -r;
        }
        o += 4 + Math.ceil(len / 4) * 4;
      }
      interfaces.push({ link: v.getUint16(body, little), resolution });
    } else if (type === 6 || type === 2) {
      // Enhanced Packet Block (6) or the obsolete Packet Block (2).
      const iface = type === 6 ? v.getUint32(body, little) : v.getUint16(body, little);
      const info = interfaces[iface];
      const high = v.getUint32(body + 4, little);
      const low = v.getUint32(body + 8, little);
      const captured = v.getUint32(body + 12, little);
      if (info && body + 20 + captured <= off + length) {
        yield { link: info.link, data: new Uint8Array(v.buffer, v.byteOffset + body + 20, captured), time: (high * 2 ** 32 + low) * info.resolution };
      }
    } else if (type === 3) {
      // Simple Packet Block: interface 0, no timestamp; captured length is what the block holds.
      const info = interfaces[0];
      const orig = v.getUint32(body, little);
      const captured = Math.min(orig, length - 16);
      if (info) yield { link: info.link, data: new Uint8Array(v.buffer, v.byteOffset + body + 4, captured), time: 0 };
    }
    off += length;
  }
  if (off !== v.byteLength) state.cut = true;
}

interface Segment {
  transport: 'UDP' | 'TCP';
  src: string;
  dst: string;
  payload: Uint8Array;
}

function ipv4(bytes: Uint8Array, i: number): string {
  return `${bytes[i]}.${bytes[i + 1]}.${bytes[i + 2]}.${bytes[i + 3]}`;
}

function ipv6(bytes: Uint8Array, i: number): string {
  const groups: string[] = [];
  for (let k = 0; k < 16; k += 2) groups.push(((bytes[i + k]! << 8) | bytes[i + k + 1]!).toString(16));
  // RFC 5952: the longest run of two or more zero groups becomes "::".
  let best = -1;
  let bestLen = 1;
  for (let s = 0; s < 8; s++) {
    let e = s;
    while (e < 8 && groups[e] === '0') e++;
    if (e - s > bestLen) [best, bestLen] = [s, e - s];
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

const endpoint = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** The IP packet inside a link-layer frame, or undefined. */
function ipPayload(link: number, d: Uint8Array): Uint8Array | undefined {
  let off: number;
  let proto: number | undefined;
  switch (link) {
    case LINK_ETHERNET: {
      off = 12;
      proto = (d[off]! << 8) | d[off + 1]!;
      off += 2;
      while ((proto === 0x8100 || proto === 0x88a8) && off + 4 <= d.length) {
        proto = (d[off + 2]! << 8) | d[off + 3]!;
        off += 4;
      }
      break;
    }
    case LINK_LINUX_SLL:
      off = 16;
      proto = (d[14]! << 8) | d[15]!;
      break;
    case LINK_LINUX_SLL2:
      off = 20;
      proto = (d[0]! << 8) | d[1]!;
      break;
    case LINK_NULL:
    case LINK_LOOP:
      off = 4;
      break;
    case LINK_RAW:
    case LINK_IPV4:
    case LINK_IPV6:
      off = 0;
      break;
    default:
      return undefined;
  }
  if (proto !== undefined && proto !== 0x0800 && proto !== 0x86dd) return undefined;
  return off < d.length ? d.subarray(off) : undefined;
}

function transportSegment(ip: Uint8Array): Segment | 'fragment' | undefined {
  const version = ip[0]! >> 4;
  let src: string;
  let dst: string;
  let proto: number;
  let off: number;
  let end = ip.length;
  if (version === 4) {
    const ihl = (ip[0]! & 0x0f) * 4;
    const total = (ip[2]! << 8) | ip[3]!;
    const flagsFrag = (ip[6]! << 8) | ip[7]!;
    if (flagsFrag & 0x3fff) return 'fragment'; // MF set or a non-zero offset
    proto = ip[9]!;
    src = ipv4(ip, 12);
    dst = ipv4(ip, 16);
    off = ihl;
    if (total >= ihl && total <= ip.length) end = total;
  } else if (version === 6) {
    if (ip.length < 40) return undefined;
    proto = ip[6]!;
    src = ipv6(ip, 8);
    dst = ipv6(ip, 24);
    off = 40;
    const payloadLength = (ip[4]! << 8) | ip[5]!;
    if (payloadLength > 0 && 40 + payloadLength <= ip.length) end = 40 + payloadLength;
    // Extension headers: hop-by-hop, routing, destination options; a fragment header ends the read.
    while ((proto === 0 || proto === 43 || proto === 60 || proto === 44) && off + 8 <= end) {
      if (proto === 44) return 'fragment';
      proto = ip[off]!;
      off += (ip[off + 1]! + 1) * 8;
    }
  } else return undefined;
  if (proto === 17 && off + 8 <= end) {
    const sport = (ip[off]! << 8) | ip[off + 1]!;
    const dport = (ip[off + 2]! << 8) | ip[off + 3]!;
    return { transport: 'UDP', src: endpoint(src, sport), dst: endpoint(dst, dport), payload: ip.subarray(off + 8, end) };
  }
  if (proto === 6 && off + 20 <= end) {
    const sport = (ip[off]! << 8) | ip[off + 1]!;
    const dport = (ip[off + 2]! << 8) | ip[off + 3]!;
    const dataOffset = (ip[off + 12]! >> 4) * 4;
    return { transport: 'TCP', src: endpoint(src, sport), dst: endpoint(dst, dport), payload: ip.subarray(off + dataOffset, end) };
  }
  return undefined;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Text read one octet a character shown as UTF-8 when it is valid UTF-8. */
function readable(text: string): string {
  if (!/[\x80-\xff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  try {
    return utf8.decode(bytes);
  } catch {
    return text;
  }
}

function clock(seconds: number): string | undefined {
  if (!seconds) return undefined;
  const d = new Date(Math.floor(seconds * 1000));
  const micro = String(Math.round((seconds % 1) * 1e6)).padStart(6, '0');
  return `${d.toISOString().slice(11, 19)}.${micro}`;
}

/** A payload that starts (after keep-alive CR LFs) with a SIP start line. */
const SIP_START = /^(?:\r?\n)*(?:[A-Za-z][A-Za-z0-9\-.!%*_+`'~]* \S+ SIP\/2\.0\r?\n|SIP\/2\.0 \d{3}[ \r\n])/;

export function readCapture(buffer: ArrayBuffer, onProgress?: (fraction: number) => void): CaptureResult {
  if (!isCapture(buffer)) return { packets: 0, messages: [], otherPackets: 0, problem: 'not-capture' };
  const v = new DataView(buffer);
  const format = v.getUint32(0, false) === 0x0a0d0d0a ? 'pcapng' : 'pcap';
  const state = { cut: false };
  const messages: SipMessage[] = [];
  let packets = 0;
  let otherPackets = 0;
  try {
    const iterator = format === 'pcap' ? pcapPackets(v, state) : pcapngPackets(v, state);
    for (const packet of iterator) {
      packets++;
      if (onProgress && packets % 500 === 0) onProgress(packet.data.byteOffset / buffer.byteLength);
      const ip = ipPayload(packet.link, packet.data);
      const segment = ip && transportSegment(ip);
      if (segment === 'fragment') {
        otherPackets++;
        continue;
      }
      if (!segment || segment.payload.length === 0) continue;
      const head = latin1(segment.payload.subarray(0, 200));
      if (!SIP_START.test(head)) {
        otherPackets++;
        continue;
      }
      const text = latin1(segment.payload);
      const found = parseTrace(text, { latin1: true }).messages;
      // One message per UDP datagram (RFC 3261 §18.3); a TCP segment may carry several.
      for (const m of segment.transport === 'UDP' ? found.slice(0, 1) : found) {
        const time = clock(packet.time);
        messages.push({
          ...m,
          index: messages.length,
          line: 0,
          startLine: readable(m.startLine),
          ...(m.reason !== undefined ? { reason: readable(m.reason) } : {}),
          headers: m.headers.map((h) => ({ name: h.name, value: readable(h.value) })),
          body: readable(m.body),
          from: segment.src,
          to: segment.dst,
          transport: segment.transport,
          ...(time ? { time } : {}),
        });
      }
    }
  } catch {
    state.cut = true;
  }
  onProgress?.(1);
  const result: CaptureResult = { format, packets, messages, otherPackets };
  if (messages.length === 0) result.problem = 'no-sip';
  else if (state.cut) result.problem = 'cut';
  return result;
}
