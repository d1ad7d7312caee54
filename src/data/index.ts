/**
 * The single source of truth: every SIP response code of the IANA registry, validated.
 * Importing this module fails (and so fails the build) when any entry is invalid.
 */
import { codes1xx } from './codes/1xx';
import { codes2xx } from './codes/2xx';
import { codes3xx } from './codes/3xx';
import { codes4xxRequest } from './codes/4xx-request';
import { codes4xxExtensions } from './codes/4xx-extensions';
import { codes4xxSession } from './codes/4xx-session';
import { codes5xx } from './codes/5xx';
import { codes6xx } from './codes/6xx';
import { validateCodes, type CodeEntry } from './validate';

export type { CodeEntry, CodeClass } from './validate';
export * from './schema';

export const CODES: readonly CodeEntry[] = validateCodes([
  ...codes1xx,
  ...codes2xx,
  ...codes3xx,
  ...codes4xxRequest,
  ...codes4xxExtensions,
  ...codes4xxSession,
  ...codes5xx,
  ...codes6xx,
]);

const byNumber = new Map(CODES.map((entry) => [entry.code, entry]));

export function findCode(code: number): CodeEntry | undefined {
  return byNumber.get(code);
}

/** Looks a code up, failing loudly: a page or comparison naming an unknown code must not build. */
export function getCode(code: number, context = 'lookup'): CodeEntry {
  const entry = byNumber.get(code);
  if (!entry) throw new Error(`${context}: unknown SIP response code ${code}`);
  return entry;
}
