/** The hand-written comparison guides (content/compare/{lang}/LOW-vs-HIGH.mdx). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../data/schema';
import { findCode } from '../data';
import { compareSlug, compareUrl } from './urls';
import { curatedProblems } from './curated-check';

export type Curated = CollectionEntry<'comparisons'>;

let all: Promise<Curated[]> | undefined;

/** The validated guides, loaded once per build. */
const curated = (): Promise<Curated[]> => (all ??= loadAll());

async function loadAll(): Promise<Curated[]> {
  const entries = await getCollection('comparisons');
  const problems = entries.flatMap((e) => curatedProblems(e.id, e.data.codes, (code) => !!findCode(code)));
  if (problems.length) throw new Error(`Curated comparisons are invalid:\n  - ${problems.join('\n  - ')}`);
  return entries;
}

export async function curatedFor(lang: Lang, a: number, b: number): Promise<Curated | undefined> {
  return (await curated()).find((e) => e.id === `${lang}/${compareSlug(a, b)}`);
}

/** The slugs ("480-vs-486") of every pair with a guide, in either language. */
export async function curatedSlugs(): Promise<ReadonlySet<string>> {
  return new Set((await curated()).map((e) => e.id.split('/')[1]!));
}

/** The curated pairs a code is part of, for "often confused with" links. */
export async function curatedPairsFor(lang: Lang, code: number): Promise<{ path: string; title: string; other: number }[]> {
  return (await curated())
    .filter((e) => e.id.startsWith(`${lang}/`) && e.data.codes.includes(code))
    .map((e) => {
      const other = e.data.codes[0] === code ? e.data.codes[1] : e.data.codes[0];
      return { path: compareUrl(lang, code, other), title: `${e.data.codes[0]} vs ${e.data.codes[1]}`, other };
    })
    .sort((x, y) => x.other - y.other);
}

/** Every curated pair in a language, for the home page. */
export async function curatedPairs(lang: Lang): Promise<{ path: string; title: string }[]> {
  return (await curated())
    .filter((e) => e.id.startsWith(`${lang}/`))
    .map((e) => ({ path: compareUrl(lang, e.data.codes[0], e.data.codes[1]), title: `${e.data.codes[0]} vs ${e.data.codes[1]}`, codes: e.data.codes }))
    .sort((x, y) => x.codes[0] - y.codes[0] || x.codes[1] - y.codes[1])
    .map(({ path, title }) => ({ path, title }));
}
