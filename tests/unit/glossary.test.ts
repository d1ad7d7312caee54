import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { glossaryProblems } from '../../src/lib/glossary-check';

describe('Japanese text follows the glossary', () => {
  it.each(CODES.map((entry) => [entry.code, entry] as const))('%i uses the glossary terms', (_code, entry) => {
    expect(glossaryProblems(entry)).toEqual([]);
  });

  it('catches a variant spelling and a missing term', () => {
    const entry = structuredClone(CODES[0]!);
    const ja = 'ユーザーのサーバー';
    entry.text.ja = { title: ja, summary: ja, description: [ja], scenarios: [ja, ja], fixes: [ja] };
    entry.headers = [];
    entry.text.en.summary = 'The callee is busy.';
    const problems = glossaryProblems(entry);
    expect(problems).toContain(`${entry.code}: text.ja: writes "ユーザー"; the glossary says "ユーザ"`);
    expect(problems).toContain(`${entry.code}: text.ja: writes "サーバー"; the glossary says "サーバ"`);
    expect(problems).toContain(`${entry.code}: text.ja: the English says "busy" but the Japanese never uses "話中"`);
  });
});
