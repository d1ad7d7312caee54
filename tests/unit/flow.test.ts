import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { flowSvg, ladderOf, layoutFlow, textWidth } from '../../src/lib/flow-svg';
import type { Flow } from '../../src/data/schema';

const flow: Flow = {
  parties: [
    { id: 'a', role: 'uac' },
    { id: 'p', role: 'proxy' },
  ],
  steps: [
    { from: 'a', to: 'p', label: 'INVITE <sip:x>' },
    { from: 'p', to: 'a', label: '407 Proxy Authentication Required' },
  ],
  caption: { en: 'c', ja: 'c' },
};

describe('flowSvg', () => {
  const svg = flowSvg(ladderOf(flow, 'en'), new Map([['a', 'UAC'], ['p', 'Proxy & co']]), { code: 407, id: 'f', title: 'T', description: 'D' });

  it('is an accessible image: role, title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="f-title f-desc"/);
    expect(svg).toContain('<title id="f-title">T</title>');
    expect(svg).toContain('<desc id="f-desc">D</desc>');
  });

  it('escapes labels and party names', () => {
    expect(svg).toContain('INVITE &lt;sip:x&gt;');
    expect(svg).toContain('Proxy &amp; co');
    expect(svg).not.toContain('<sip:x>');
  });

  it('draws one arrow per step, pointing the right way, and marks the page code', () => {
    expect(svg.match(/<g class="step/g)).toHaveLength(2);
    expect(svg).toMatch(/<g class="step own"><line x1="\d+" [^>]*\/><text[^>]*>407 Proxy Authentication Required<\/text>/);
    const { columns } = layoutFlow(ladderOf(flow, 'en'));
    expect(columns.get('a')).toBeLessThan(columns.get('p')!);
    const arrows = [...svg.matchAll(/<g class="step[^"]*"><line x1="(\d+)" y1="\d+" x2="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(arrows[0]![0]).toBeLessThan(arrows[0]![1]!); // INVITE goes right, to the proxy
    expect(arrows[1]![0]).toBeGreaterThan(arrows[1]![1]!); // 407 comes back left
  });

  it('draws the real flows of the data module without error', () => {
    for (const entry of CODES.filter((e) => e.flow)) {
      const out = flowSvg(ladderOf(entry.flow!, 'en'), new Map(entry.flow!.parties.map((p) => [p.id, p.role])), { code: entry.code, id: 'x', title: 't', description: 'd' });
      expect(out).toContain('class="step own"');
    }
  });
});

describe('step notes', () => {
  const noted: Flow = {
    ...flow,
    steps: [
      { from: 'a', to: 'p', label: 'INVITE', note: { en: 'retransmission', ja: '再送' } },
      { from: 'p', to: 'a', label: '407 Proxy Authentication Required' },
    ],
  };

  it('takes the note of the page language', () => {
    expect(ladderOf(noted, 'ja').steps.map((s) => s.note)).toEqual(['再送', undefined]);
    expect(ladderOf(noted, 'en').steps[0]!.note).toBe('retransmission');
  });

  it('draws the note as a second line between the label and its arrow, and makes its row taller', () => {
    const svg = flowSvg(ladderOf(noted, 'ja'), new Map([['a', 'UAC'], ['p', 'Proxy']]), { id: 'f', title: 'T', description: 'D' });
    const step = /<g class="step"><line x1="\d+" y1="(\d+)"[^>]*\/><text [^>]*y="(\d+)"[^>]*>INVITE<\/text><text class="note" [^>]*y="(\d+)"[^>]*>再送<\/text><\/g>/.exec(svg);
    expect(step).not.toBeNull();
    const [arrow, label, note] = step!.slice(1).map(Number) as [number, number, number];
    expect(label).toBeLessThan(note);
    expect(note).toBeLessThan(arrow);
    const plain = layoutFlow(ladderOf(flow, 'ja'));
    const taller = layoutFlow(ladderOf(noted, 'ja'));
    expect(taller.height - plain.height).toBe(taller.arrows[0]! - plain.arrows[0]!);
    expect(taller.arrows[1]! - taller.arrows[0]!).toBe(plain.arrows[1]! - plain.arrows[0]!);
    expect(flowSvg(ladderOf(flow, 'ja'), new Map(), { id: 'f', title: 'T', description: 'D' })).not.toContain('class="note"');
  });

  it('counts a CJK character as a full em and Latin as less', () => {
    expect(textWidth('再送', 11)).toBe(22);
    expect(textWidth('INVITE', 10)).toBeCloseTo(36);
  });

  it('widens the diagram so that a long note is not clipped, moving the columns when it would start left of 0', () => {
    const long = '発信者が切断した直後に送られたもので、着信側の 200 OK よりも後に届いた CANCEL';
    const wide: Flow = { ...flow, steps: [{ from: 'a', to: 'p', label: 'CANCEL', note: { en: 'x', ja: long } }, flow.steps[1]!] };
    const { width, columns } = layoutFlow(ladderOf(wide, 'ja'));
    const mid = (columns.get('a')! + columns.get('p')!) / 2;
    const half = textWidth(long, 11) / 2;
    expect(mid - half).toBeGreaterThanOrEqual(0);
    expect(mid + half).toBeLessThanOrEqual(width);
    expect(columns.get('a')).toBeGreaterThan(layoutFlow(ladderOf(flow, 'en')).columns.get('a')!);
    // The English note is short: the diagram keeps its usual size.
    expect(layoutFlow(ladderOf(wide, 'en')).width).toBe(layoutFlow(ladderOf(flow, 'en')).width);
  });

  it('fits the note of every real flow, in both languages, inside its diagram', () => {
    for (const entry of CODES.filter((e) => e.flow)) {
      for (const lang of ['en', 'ja'] as const) {
        const ladder = ladderOf(entry.flow!, lang);
        const { width, columns } = layoutFlow(ladder);
        for (const step of ladder.steps) {
          const mid = (columns.get(step.from)! + columns.get(step.to)!) / 2;
          for (const [text, size] of [[step.label, 12], [step.note ?? '', 11]] as const) {
            expect(mid - textWidth(text, size) / 2, `${entry.code} ${lang} ${text}`).toBeGreaterThanOrEqual(0);
            expect(mid + textWidth(text, size) / 2, `${entry.code} ${lang} ${text}`).toBeLessThanOrEqual(width);
          }
        }
      }
    }
  });
});
