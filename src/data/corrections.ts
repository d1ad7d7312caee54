/**
 * The corrections log: every factual correction made to a published page, with the source text
 * that settles it. Rendered at /en/corrections/ and /ja/corrections/ and as a note on each page it
 * touched; validated at build by src/lib/corrections.ts (unknown code, malformed or missing RFC
 * section, missing language: the build fails naming the entry and the field).
 *
 * Add an entry when a published statement turns out to be wrong or unsupported and is changed.
 * Quotes are copied from the RFC text verbatim (whitespace aside), short enough to read in place.
 */
import type { Localized, RfcRefString } from './schema';

/** A page the correction changed. */
export type CorrectedPage =
  | { code: number } // the code page, /codes/NNN/
  | { compare: [number, number] }; // one comparison page, /compare/LOW-vs-HIGH/

export interface CorrectionSource {
  ref: RfcRefString;
  /** The words of the RFC that settle the point, verbatim (English). */
  quote: string;
}

export interface CorrectionInput {
  /** Anchor of the entry on the log page: lowercase words joined by hyphens. */
  id: string;
  /** The day the corrected text was published, YYYY-MM-DD. */
  date: string;
  /** A few words naming the correction: the entry's heading, the link text in page notes. */
  title: Localized;
  pages: CorrectedPage[];
  /** What the pages said and why it was wrong. */
  wrong: Localized;
  /** What they say now. */
  now: Localized;
  sources: CorrectionSource[];
}

export const CORRECTION_ENTRIES: CorrectionInput[] = [];
