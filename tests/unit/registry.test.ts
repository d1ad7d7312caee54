import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { REGISTRY } from '../../src/data/registry';
import { parseRegistryCsv } from '../../src/lib/registry';

describe('the data module matches the IANA registry snapshot', () => {
  it('has exactly the registered codes', () => {
    expect(CODES.map((entry) => entry.code)).toEqual(REGISTRY.map((row) => row.code));
  });

  it.each(REGISTRY.map((row) => [row.code, row] as const))('%i has the registered phrase, references and status', (code, row) => {
    const entry = CODES.find((e) => e.code === code);
    expect(entry, `no entry for registered code ${code}`).toBeDefined();
    expect(entry?.phrase).toBe(row.phrase);
    expect(entry?.refs).toEqual(row.refs);
    expect(entry?.status).toBe(row.status);
  });

  it('rejects a malformed registry row', () => {
    expect(() => parseRegistryCsv('code,reason_phrase,references,status\n486,Busy Here,RFC3261 §21.4.24')).toThrow(/line 2/);
  });
});
