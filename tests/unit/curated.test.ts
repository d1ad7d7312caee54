import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTERED_CODES } from '../../src/data/registry';
import { bodyProblems, curatedProblems } from '../../src/lib/curated-check';

const ROOT = join(import.meta.dirname, '..', '..', 'content', 'compare');
const files = (lang: string) => readdirSync(join(ROOT, lang)).filter((f) => f.endsWith('.mdx')).sort();
const known = (code: number) => REGISTERED_CODES.has(code);

function read(id: string) {
  const text = readFileSync(join(ROOT, `${id}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${id}: no front matter`);
  const codes = /^codes: \[(\d+), (\d+)\]$/m.exec(match[1]!);
  const summary = /^summary: "(.+)"$/m.exec(match[1]!);
  return { codes: codes ? ([Number(codes[1]), Number(codes[2])] as const) : undefined, summary: summary?.[1], body: match[2]! };
}

describe('curated comparisons', () => {
  it('exist in both languages, pair for pair', () => {
    expect(files('ja')).toEqual(files('en'));
  });

  it.each(['en', 'ja'].flatMap((lang) => files(lang).map((f) => `${lang}/${f.replace(/\.mdx$/, '')}`)))('%s is well formed', (id) => {
    const { codes, summary, body } = read(id);
    expect(codes, 'front matter "codes: [LOW, HIGH]"').toBeDefined();
    expect(summary, 'front matter summary: "…"').toBeTruthy();
    expect([...curatedProblems(id, codes!, known), ...bodyProblems(id, body, known)]).toEqual([]);
    if (id.startsWith('ja/')) expect(body).toMatch(/[\u3040-\u30ff]/);
  });

  it('report a misplaced or unknown code', () => {
    expect(curatedProblems('en/486-vs-480', [486, 480], known)).toContain('content/compare/en/486-vs-480.mdx: codes: put the lower code first');
    expect(curatedProblems('en/480-vs-999', [480, 999], known)).toContain('content/compare/en/480-vs-999.mdx: codes: unknown code 999');
    expect(bodyProblems('en/x', '<Rfc ref="RFC 3261 16.7" /> <Code n={499} />', known)).toHaveLength(2);
  });
});
