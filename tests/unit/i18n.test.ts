import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leaves(value as Tree, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(leaves(ja as unknown as Tree).map(([k]) => k)).toEqual(leaves(en as unknown as Tree).map(([k]) => k));
  });

  it('translate every string (only names and acronyms may stay the same)', () => {
    // Names and acronyms a Japanese engineer writes as they are.
    const sameOnPurpose = new Set([
      'footer.json', 'footer.csv', 'footer.schema', 'strength.MUST', 'strength.SHOULD', 'strength.MAY',
      'parties.b2bua', 'parties.sbc', 'parties.esc', 'parties.pstn',
    ]);
    const jaLeaves = new Map(leaves(ja as unknown as Tree));
    const untranslated = leaves(en as unknown as Tree)
      .filter(([key, value]) => typeof value === 'string' && !sameOnPurpose.has(key) && jaLeaves.get(key) === value)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('write Japanese in the Japanese dictionary', () => {
    const latinOnly = leaves(ja as unknown as Tree)
      .filter(([, value]) => typeof value === 'string' && value.length > 6 && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(value))
      .map(([key]) => key);
    // The language switch names the other language in its own script; "JSON Schema" is a name.
    expect(latinOnly).toEqual(['site.otherLanguage', 'footer.schema']);
  });
});

describe('a call-flow step as text', () => {
  it('adds the note after the label in each language, never with two brackets touching', () => {
    expect(en.flow.step('UAC', 'UAS', 'CANCEL')).toBe('UAC → UAS: CANCEL');
    expect(en.flow.step('UAC', 'UAS', 'CANCEL', 'sent before the 200 OK arrived')).toBe('UAC → UAS: CANCEL — sent before the 200 OK arrived');
    expect(ja.flow.step('UAC', 'UAS', 'CANCEL', '200 OK が届く前に送信')).toBe('UAC → UAS：CANCEL（200 OK が届く前に送信）');
    expect(ja.flow.step('UAC', 'UAS', 'INVITE (CSeq 4)', 'Retry-After の待機後')).toBe('UAC → UAS：INVITE (CSeq 4) （Retry-After の待機後）');
  });
});
