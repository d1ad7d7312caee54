/**
 * One entry point for the worker (and for tests and the benchmark): text or file bytes in,
 * messages, analysis and what went wrong out. Never throws.
 */
import { analyzeTrace, type Analysis } from './analyze';
import type { Knowledge } from './knowledge';
import type { SipMessage } from './message';
import { parseTrace } from './parse';
import { isCapture, readCapture } from './pcap';

export type TraceInput = { kind: 'text'; text: string } | { kind: 'file'; bytes: ArrayBuffer };

export type TraceOutcome =
  | 'ok'
  | 'empty' // nothing given
  | 'no-sip' // text without a SIP message
  | 'not-capture' // a binary file that is not pcap/pcapng
  | 'capture-no-sip'
  | 'failed';

/** What the page shows of a message: the worker sends this, not the header fields and bodies. */
export type MessageView = Pick<SipMessage, 'kind' | 'method' | 'status' | 'reason' | 'startLine' | 'line' | 'time' | 'transport' | 'problems'>;

function view(m: SipMessage): MessageView {
  const v: MessageView = { kind: m.kind, startLine: m.startLine, line: m.line, problems: m.problems };
  if (m.method !== undefined) v.method = m.method;
  if (m.status !== undefined) v.status = m.status;
  if (m.reason !== undefined) v.reason = m.reason;
  if (m.time !== undefined) v.time = m.time;
  if (m.transport !== undefined) v.transport = m.transport;
  return v;
}

export interface TraceResult {
  outcome: TraceOutcome;
  source: 'text' | 'pcap' | 'pcapng';
  messages: MessageView[];
  analysis?: Analysis;
  packets?: number;
  /** The capture file ends inside a packet. */
  cut?: boolean;
  /** For a capture, the messages as text (for "copy redacted"; pasted text the page has already). */
  text?: string;
  error?: string;
  /** Milliseconds spent reading and analysing (for the benchmark). */
  timings?: { read: number; analyze: number };
}

/** Bytes that look like a binary file rather than text: NULs or many control characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  const control = sample.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g)?.length ?? 0;
  return control > sample.length * 0.05;
}

export function messageText(m: SipMessage): string {
  return [m.startLine, ...m.headers.map((h) => `${h.name}: ${h.value}`), '', m.body].join('\r\n');
}

export function runTrace(input: TraceInput, knowledge: Knowledge, onProgress?: (fraction: number) => void): TraceResult {
  try {
    if (input.kind === 'file' && isCapture(input.bytes)) {
      const capture = readCapture(input.bytes, onProgress);
      const source = capture.format ?? 'pcap';
      if (capture.messages.length === 0) return { outcome: 'capture-no-sip', source, messages: [], packets: capture.packets };
      return {
        outcome: 'ok',
        source,
        messages: capture.messages.map(view),
        analysis: analyzeTrace(capture.messages, knowledge),
        packets: capture.packets,
        cut: capture.problem === 'cut',
        text: capture.messages.map(messageText).join('\r\n'),
      };
    }
    const text = input.kind === 'text' ? input.text : new TextDecoder('utf-8').decode(input.bytes);
    if (text.trim() === '') return { outcome: 'empty', source: 'text', messages: [] };
    if (input.kind === 'file' && looksBinary(text)) return { outcome: 'not-capture', source: 'text', messages: [] };
    const started = performance.now();
    const { messages } = parseTrace(text, onProgress ? { onProgress } : {});
    if (messages.length === 0) return { outcome: 'no-sip', source: 'text', messages: [] };
    const read = performance.now();
    const analysis = analyzeTrace(messages, knowledge);
    const timings = { read: read - started, analyze: performance.now() - read };
    return { outcome: 'ok', source: 'text', messages: messages.map(view), analysis, timings, ...(input.kind === 'file' ? { text } : {}) };
  } catch (error) {
    return { outcome: 'failed', source: 'text', messages: [], error: error instanceof Error ? error.message : String(error) };
  }
}
