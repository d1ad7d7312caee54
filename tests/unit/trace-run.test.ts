/** The worker's entry point: every kind of input ends in an outcome, never an exception. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CODES } from '../../src/data';
import { traceKnowledge } from '../../src/lib/trace/knowledge';
import { runTrace } from '../../src/lib/trace/run';

const knowledge = traceKnowledge(CODES);
const bytes = (s: string) => new TextEncoder().encode(s).buffer;
const sngrep = readFileSync(new URL('../fixtures/trace/sngrep.txt', import.meta.url), 'utf8');

describe('runTrace', () => {
  test('pasted text with SIP: messages as the page shows them, with analysis', () => {
    const r = runTrace({ kind: 'text', text: sngrep }, knowledge);
    expect(r.outcome).toBe('ok');
    expect(r.messages.map((m) => m.status ?? m.method)).toEqual(['INVITE', 100, 486, 'ACK']);
    expect(r.analysis!.dialogs).toHaveLength(1);
    // The page gets no header fields or bodies, only what it shows.
    expect(Object.keys(r.messages[0]!)).not.toContain('headers');
  });
  test('a text file is read like pasted text, and kept for "copy redacted"', () => {
    const r = runTrace({ kind: 'file', bytes: bytes(sngrep) }, knowledge);
    expect(r.outcome).toBe('ok');
    expect(r.text).toBe(sngrep);
  });
  test('empty, no SIP, binary, capture without SIP', () => {
    expect(runTrace({ kind: 'text', text: '  \n' }, knowledge).outcome).toBe('empty');
    expect(runTrace({ kind: 'text', text: 'error 486 at 10:00' }, knowledge).outcome).toBe('no-sip');
    expect(runTrace({ kind: 'file', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]).buffer }, knowledge).outcome).toBe('not-capture');
    const emptyPcap = Uint8Array.from([0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 1, 0, 0, 0]).buffer;
    expect(runTrace({ kind: 'file', bytes: emptyPcap }, knowledge)).toMatchObject({ outcome: 'capture-no-sip', source: 'pcap', packets: 0 });
  });
});
