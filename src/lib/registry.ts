import type { RfcRefString } from '../data/schema';

export interface RegistryRow {
  code: number;
  phrase: string;
  refs: RfcRefString[];
  status: 'active' | 'deprecated';
}

/** Parses the registry snapshot. Its fields hold no commas or quotes, so a plain split is exact. */
export function parseRegistryCsv(text: string): RegistryRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== 'code,reason_phrase,references,status') throw new Error(`registry CSV: unexpected header "${header}"`);
  return lines.map((line, i) => {
    const cells = line.split(',');
    const [code, phrase, refs, status] = cells;
    if (cells.length !== 4 || !code || !phrase || !refs || (status !== 'active' && status !== 'deprecated')) {
      throw new Error(`registry CSV line ${i + 2}: malformed row "${line}"`);
    }
    return { code: Number(code), phrase, refs: refs.split('; ') as RfcRefString[], status };
  });
}
