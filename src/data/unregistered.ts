/**
 * Codes engineers meet in logs that IANA never registered. Each gets a page that says so
 * plainly, where the code comes from, and what to do about it.
 */
import type { Localized } from './schema';

export interface UnregisteredCode {
  /** As it appears in logs: "409", "701". */
  code: string;
  /** The phrase that comes with it in the stacks that use it. */
  phrase: string;
  /** Registered codes to read instead or as well. */
  related: number[];
  text: Localized<{
    /** One sentence: what it is and that it is not registered. */
    summary: string;
    /** Where it comes from, who emits it. Paragraphs; inline markup as in the data module. */
    origin: string[];
    /** What to do when you see it. */
    fixes: string[];
  }>;
}

export const UNREGISTERED: UnregisteredCode[] = [];
