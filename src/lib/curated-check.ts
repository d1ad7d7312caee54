/** Checks on the hand-written comparison files that their schema cannot express. */
import { RFC_REF_PATTERN } from '../data/schema';
import { compareSlug } from './urls';

/** The codes exist, the lower comes first, the file name matches, the language folder is known. */
export function curatedProblems(id: string, codes: readonly [number, number], known: (code: number) => boolean): string[] {
  const problems: string[] = [];
  const file = `content/compare/${id}.mdx`;
  const [a, b] = codes;
  for (const code of codes) if (!known(code)) problems.push(`${file}: codes: unknown code ${code}`);
  if (!(a < b)) problems.push(`${file}: codes: put the lower code first`);
  if (!/^(en|ja)\//.test(id)) problems.push(`${file}: must live in content/compare/en or content/compare/ja`);
  if (a < b && id.split('/')[1] !== compareSlug(a, b)) problems.push(`${file}: codes: file name should be ${compareSlug(a, b)}.mdx`);
  return problems;
}

/** The <Rfc ref="…" /> and <Code n={…} /> uses in an MDX body that would fail at build. */
export function bodyProblems(id: string, body: string, known: (code: number) => boolean): string[] {
  const file = `content/compare/${id}.mdx`;
  const problems: string[] = [];
  for (const m of body.matchAll(/<Rfc ref="([^"]*)" \/>/g)) {
    if (!RFC_REF_PATTERN.test(m[1]!)) problems.push(`${file}: <Rfc ref="${m[1]}" />: must look like "RFC3261 §21.4.9"`);
  }
  for (const m of body.matchAll(/<Code n=\{(\d+)\} \/>/g)) {
    if (!known(Number(m[1]))) problems.push(`${file}: <Code n={${m[1]}} />: unknown code`);
  }
  if (/<(?!Rfc |Code |\/)[A-Za-z]/.test(body.replace(/`[^`]*`/g, ''))) problems.push(`${file}: only <Rfc /> and <Code /> tags are allowed`);
  return problems;
}
