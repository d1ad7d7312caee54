/** The IANA registry snapshot (see README.md beside this file). */
import csv from './iana-sip-response-codes.csv?raw';
import { parseRegistryCsv } from '../../lib/registry';

export const REGISTRY_UPDATED = '2025-04-22';
export const REGISTRY_URL = 'https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7';
export const REGISTRY = parseRegistryCsv(csv);
export const REGISTERED_CODES: ReadonlySet<number> = new Set(REGISTRY.map((row) => row.code));
