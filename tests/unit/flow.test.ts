import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { flowSvg, layoutFlow } from '../../src/lib/flow-svg';
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
  const svg = flowSvg(flow, new Map([['a', 'UAC'], ['p', 'Proxy & co']]), { code: 407, id: 'f', title: 'T', description: 'D' });

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
    const { columns } = layoutFlow(flow);
    expect(columns.get('a')).toBeLessThan(columns.get('p')!);
    const arrows = [...svg.matchAll(/<g class="step[^"]*"><line x1="(\d+)" y1="\d+" x2="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(arrows[0]![0]).toBeLessThan(arrows[0]![1]!); // INVITE goes right, to the proxy
    expect(arrows[1]![0]).toBeGreaterThan(arrows[1]![1]!); // 407 comes back left
  });

  it('draws the real flows of the data module without error', () => {
    for (const entry of CODES.filter((e) => e.flow)) {
      const out = flowSvg(entry.flow!, new Map(entry.flow!.parties.map((p) => [p.id, p.role])), { code: entry.code, id: 'x', title: 't', description: 'd' });
      expect(out).toContain('class="step own"');
    }
  });
});
