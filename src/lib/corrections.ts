/**
 * The corrections log, validated: importing this module fails (and so fails the build) when an entry
 * of src/data/corrections.ts names an unknown code, cites a malformed or non-existent RFC section,
 * or leaves out a language; every message names the entry and the field.
 */
import { z } from 'astro/zod';
import { findCode } from '../data';
import { UNREGISTERED } from '../data/unregistered';
import { CLASSES } from '../data/classes';
import { STACK_IDS, STACKS, type StackId } from '../data/stacks';
import { mappedCauses } from './stacks';
import { CORRECTION_ENTRIES, type CorrectedPage, type CorrectionInput, INDEX_PAGES, type IndexPage } from '../data/corrections';
import { RFC_REF_PATTERN, type Lang } from '../data/schema';
import { parseRfcRef, sectionTitle } from './rfc';
import {
  causeUrl,
  classUrl,
  codesIndexUrl,
  codeUrl,
  compareSlug,
  compareUrl,
  correctionsDayUrl,
  correctionsUrl,
  GUIDE_SLUGS,
  guideUrl,
  homeUrl,
  q850Url,
  stackUrl,
  stacksIndexUrl,
  traceUrl,
  unregisteredUrl,
  type GuideSlug,
} from './urls';
import type { CodeClass } from '../data/validate';
import { t } from '../i18n';

export type { CorrectedPage, CorrectionInput } from '../data/corrections';
export type Correction = CorrectionInput;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const localized = z.object({ en: nonEmpty, ja: nonEmpty }).strict();
const code = z.number().int();

const correctionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    title: localized,
    pages: z
      .array(
        z.union([
          z.object({ code }).strict(),
          z.object({ compare: z.tuple([code, code]) }).strict(),
          z.object({ comparisonsWith: code }).strict(),
          z.object({ allComparisons: z.literal(true) }).strict(),
          z.object({ unregistered: z.string() }).strict(),
          z.object({ guide: z.string() }).strict(),
          z.object({ klass: z.number() }).strict(),
          z.object({ q850: z.literal(true) }).strict(),
          z.object({ cause: z.number().int() }).strict(),
          z.object({ stack: z.string() }).strict(),
          z.object({ index: z.string() }).strict(),
        ]),
      )
      .min(1, 'must name at least one page'),
    wrong: localized,
    now: localized,
    sources: z
      .array(
        z.union([
          z.object({ ref: z.string().regex(RFC_REF_PATTERN, 'must look like "RFC3261 §21.4.9"'), quote: nonEmpty }).strict(),
          z.object({ url: z.url({ protocol: /^https$/ }), name: nonEmpty, quote: nonEmpty }).strict(),
        ]),
      )
      .min(1, 'must quote at least one source'),
  })
  .strict();

export interface CorrectionContext {
  knownCode: (code: number) => boolean;
  sectionExists: (rfc: number, section: string) => boolean;
}

const defaultContext: CorrectionContext = {
  knownCode: (n) => !!findCode(n),
  sectionExists: (rfc, section) => sectionTitle(rfc, section) !== undefined,
};

/** The entries, newest first, or an error listing every problem ("corrections: 408-failover: pages.0.code: unknown code 999"). */
export function validateCorrections(inputs: readonly unknown[], context: CorrectionContext = defaultContext): Correction[] {
  const problems: string[] = [];
  const entries: Correction[] = [];
  inputs.forEach((input, index) => {
    const id = (input as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' && id ? id : `entry #${index + 1}`;
    const at = (field: string, message: string) => problems.push(`${name}: ${field}: ${message}`);
    const result = correctionSchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) at(issue.path.join('.') || '(entry)', issue.message);
      return;
    }
    const entry = result.data as Correction;
    const day = new Date(`${entry.date}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== entry.date) at('date', `${entry.date} is not a calendar date`);
    entry.pages.forEach((page, i) => {
      const named: [string, number][] =
        'code' in page ? [['code', page.code]]
        : 'comparisonsWith' in page ? [['comparisonsWith', page.comparisonsWith]]
        : 'compare' in page ? page.compare.map((n, j): [string, number] => [`compare.${j}`, n])
        : [];
      for (const [field, n] of named) if (!context.knownCode(n)) at(`pages.${i}.${field}`, `unknown code ${n}`);
      if ('compare' in page && page.compare[0] >= page.compare[1]) at(`pages.${i}.compare`, 'put the lower code first');
    });
    entry.pages.forEach((page, i) => {
      if ('unregistered' in page && !UNREGISTERED.some((u) => u.code === page.unregistered)) at(`pages.${i}.unregistered`, `unknown code ${page.unregistered}`);
      if ('guide' in page && !(GUIDE_SLUGS as readonly string[]).includes(page.guide)) at(`pages.${i}.guide`, `must be one of the guides: ${GUIDE_SLUGS.join(', ')}`);
      if ('klass' in page && !CLASSES.some((c) => c.klass === page.klass)) at(`pages.${i}.klass`, 'must be a class from 1 to 6');
      if ('cause' in page && !mappedCauses().includes(page.cause)) at(`pages.${i}.cause`, `no page for cause ${page.cause}`);
      if ('index' in page && !(INDEX_PAGES as readonly string[]).includes(page.index)) at(`pages.${i}.index`, `must be one of the index pages: ${INDEX_PAGES.join(', ')}`);
      if ('stack' in page && !(STACK_IDS as readonly string[]).includes(page.stack)) at(`pages.${i}.stack`, `must be one of the stacks: ${STACK_IDS.join(', ')}`);
    });
    entry.sources.forEach((source, i) => {
      if (!('ref' in source)) return;
      const { rfc, section } = parseRfcRef(source.ref);
      if (!context.sectionExists(rfc, section)) at(`sources.${i}.ref`, `RFC ${rfc} has no section ${section}`);
    });
    entries.push(entry);
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) problems.push(`${entry.id}: id: two entries share this id`);
    seen.add(entry.id);
  }
  if (problems.length > 0) throw new Error(`The corrections log is invalid:\n  - ${problems.join('\n  - ')}`);
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export const CORRECTIONS: readonly Correction[] = validateCorrections(CORRECTION_ENTRIES);

/**
 * The days of the log, newest first, each with its entries in the log's order. A day is published as
 * one or more pages: correctionDayParts().
 */
export const correctionDays = (entries: readonly Correction[] = CORRECTIONS): { date: string; entries: Correction[] }[] => {
  const days = new Map<string, Correction[]>();
  for (const entry of entries) {
    const day = days.get(entry.date);
    if (day) day.push(entry);
    else days.set(entry.date, [entry]);
  }
  return [...days].sort(([a], [b]) => b.localeCompare(a)).map(([date, dayEntries]) => ({ date, entries: dayEntries }));
};

/**
 * At most this many entries on one page of the log. On 2026-12-06 a single day reached ~370 entries:
 * its one page weighed 1.06 MB (1.16 MB in Japanese), heavy to load and read on a phone, and axe
 * needed more than 120 s on it. With 100 entries the heaviest page weighed 0.39 MB (0.42 MB in Japanese).
 */
export const CORRECTIONS_PER_PAGE = 100;

/** One page of a day of the log: entries `first`–`last` (1-based, inclusive) of the day's `total`. */
export interface CorrectionDayPart {
  date: string;
  /** 1 for the day's own URL, then 2, 3 … */
  part: number;
  /** How many parts the day has. */
  parts: number;
  first: number;
  last: number;
  total: number;
  entries: Correction[];
}

/**
 * Every page of the log's days: each day (newest first) cut, in the log's order, into parts of at most
 * `size` entries, so that every entry is on exactly one part. A day of `size` entries or fewer is one part.
 */
export function correctionDayParts(entries: readonly Correction[] = CORRECTIONS, size = CORRECTIONS_PER_PAGE): CorrectionDayPart[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`entries per page must be a positive integer, not ${size}`);
  return correctionDays(entries).flatMap(({ date, entries: day }) => {
    const parts = Math.ceil(day.length / size);
    return Array.from({ length: parts }, (_, i) => ({
      date,
      part: i + 1,
      parts,
      first: i * size + 1,
      last: Math.min((i + 1) * size, day.length),
      total: day.length,
      entries: day.slice(i * size, (i + 1) * size),
    }));
  });
}

let partOfEntry: Map<string, number> | undefined;

/**
 * One entry of the log: its anchor on the part of its day that holds it, /en/corrections/2026-12-06/2/#id.
 * Entries never change date, but an entry can move to another part when entries are added to its day.
 */
export function correctionUrl(lang: Lang, entry: { id: string; date: string }): string {
  partOfEntry ??= new Map(correctionDayParts().flatMap(({ part, entries }) => entries.map((e): [string, number] => [e.id, part])));
  const part = partOfEntry.get(entry.id);
  if (part === undefined) throw new Error(`no entry ${entry.id} in the corrections log`);
  return `${correctionsDayUrl(lang, entry.date, part)}#${entry.id}`;
}

/**
 * The map a part page of a long day uses to forward an old link (day/#id, from before #id moved to a
 * later part when entries were added to the day) to the part that holds the entry: each part's URL
 * and the ids of its entries. Undefined for a day of one part, whose page holds every entry.
 */
export function correctionDayMap(lang: Lang, date: string, dayParts: readonly CorrectionDayPart[] = correctionDayParts()): { parts: { url: string; ids: string[] }[] } | undefined {
  const parts = dayParts.filter((p) => p.date === date);
  if (parts.length < 2) return undefined;
  return { parts: parts.map(({ part, entries }) => ({ url: correctionsDayUrl(lang, date, part), ids: entries.map((e) => e.id) })) };
}

const touches = (entry: Correction, test: (page: CorrectedPage) => boolean) => entry.pages.some(test);

/** Where a code page's line is in the log's index of code pages ("page-code-486"). */
export const codePageAnchor = (code: number) => `page-code-${code}`;

/** The code pages the log names, lowest code first, each with its entries newest first. */
/** The code pages some of these entries corrected, lowest first. */
export const codesCorrectedBy = (entries: readonly Correction[]): number[] =>
  [...new Set(entries.flatMap((entry) => entry.pages.flatMap((page) => ('code' in page ? [page.code] : []))))].sort((a, b) => a - b);

export const correctedCodePages = (): { code: number; entries: Correction[] }[] => codesCorrectedBy(CORRECTIONS).map((code) => ({ code, entries: correctionsForCode(code) }));

/** The corrections made to a code's page, newest first. */
export const correctionsForCode = (code: number): Correction[] =>
  CORRECTIONS.filter((entry) => touches(entry, (page) => 'code' in page && page.code === code));

/** The corrections made to an unregistered code's page, a guide, a class page, the Q.850 mapping page, a cause page, a stack page or an index page, newest first. */
export const correctionsForUnregistered = (code: string): Correction[] => CORRECTIONS.filter((entry) => touches(entry, (page) => 'unregistered' in page && page.unregistered === code));
export const correctionsForGuide = (slug: GuideSlug): Correction[] => CORRECTIONS.filter((entry) => touches(entry, (page) => 'guide' in page && page.guide === slug));
export const correctionsForClass = (klass: CodeClass): Correction[] => CORRECTIONS.filter((entry) => touches(entry, (page) => 'klass' in page && page.klass === klass));
export const correctionsForQ850 = (): Correction[] => CORRECTIONS.filter((entry) => touches(entry, (page) => 'q850' in page));
export const correctionsForCause = (cause: number): Correction[] => CORRECTIONS.filter((entry) => touches(entry, (page) => 'cause' in page && page.cause === cause));
export const correctionsForStack = (stack: StackId): Correction[] => CORRECTIONS.filter((entry) => touches(entry, (page) => 'stack' in page && page.stack === stack));
export const correctionsForIndex = (index: IndexPage): Correction[] => CORRECTIONS.filter((entry) => touches(entry, (page) => 'index' in page && page.index === index));

/** The corrections made to the comparison page of two codes (that page, every comparison of either code, or all), newest first. */
export const correctionsForPair = (a: number, b: number): Correction[] =>
  CORRECTIONS.filter((entry) =>
    touches(
      entry,
      (page) =>
        ('compare' in page && compareSlug(...page.compare) === compareSlug(a, b)) ||
        ('comparisonsWith' in page && (page.comparisonsWith === a || page.comparisonsWith === b)) ||
        'allComparisons' in page,
    ),
  );

/**
 * Where a corrected page lives and what to call it: "408" + "Request Timeout", "408 vs 504", or, for a
 * set of comparison pages, the list of them on the code page (or the comparison picker) and its label.
 */
export function correctedPageLink(lang: Lang, page: CorrectedPage): { href: string; label: string; phrase?: string } {
  const ui = t(lang).corrections;
  if ('code' in page) {
    const phrase = findCode(page.code)?.phrase;
    return { href: codeUrl(lang, page.code), label: String(page.code), ...(phrase ? { phrase } : {}) };
  }
  if ('compare' in page) return { href: compareUrl(lang, ...page.compare), label: `${page.compare[0]} vs ${page.compare[1]}` };
  if ('unregistered' in page) return { href: unregisteredUrl(lang, page.unregistered), label: page.unregistered };
  if ('guide' in page) return { href: guideUrl(lang, page.guide), label: ui.guide[page.guide] };
  if ('klass' in page) return { href: classUrl(lang, page.klass), label: ui.classPage(page.klass) };
  if ('q850' in page) return { href: q850Url(lang), label: ui.q850Page };
  if ('cause' in page) return { href: causeUrl(lang, page.cause), label: ui.causePage(page.cause) };
  if ('stack' in page) return { href: stackUrl(lang, page.stack), label: ui.stackPage(STACKS.find((s) => s.id === page.stack)?.name ?? page.stack) };
  if ('index' in page) {
    const href = { codes: codesIndexUrl, stacks: stacksIndexUrl, trace: traceUrl, corrections: correctionsUrl }[page.index](lang);
    return { href, label: ui.indexPage[page.index] };
  }
  if ('comparisonsWith' in page) return { href: `${codeUrl(lang, page.comparisonsWith)}#compare`, label: ui.everyComparisonWith(page.comparisonsWith) };
  return { href: `${homeUrl(lang)}#compare`, label: ui.everyComparison };
}
