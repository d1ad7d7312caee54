import { RFC_REF_PATTERN, type RfcRef, type RfcRefString } from '../data/schema';
import index from '../data/rfc-sections.json';

export function parseRfcRef(ref: string): RfcRef {
  const match = RFC_REF_PATTERN.exec(ref);
  if (!match) throw new Error(`malformed RFC reference "${ref}" (expected "RFC3261 §21.4.9")`);
  return { rfc: Number(match[1]), section: match[2]! };
}

/** rfc-editor.org anchors: numbered sections are #section-N, lettered appendices #appendix-X. */
export function rfcUrl({ rfc, section }: RfcRef): string {
  const kind = /^[A-Z]/.test(section) ? 'appendix' : 'section';
  return `https://www.rfc-editor.org/rfc/rfc${rfc}.html#${kind}-${section}`;
}

/** "RFC 3261 §21.4.9": the form readers see. */
export function formatRfcRef({ rfc, section }: RfcRef): string {
  return `RFC ${rfc} §${section}`;
}

// ---- Titles, read from the RFCs themselves (src/data/rfc-sections.json, built by scripts/rfc-sections.ts) ----

interface IndexedRfc {
  title: string;
  sections: ReadonlyMap<string, string>;
}
const RFCS: ReadonlyMap<number, IndexedRfc> = new Map(
  Object.entries(index.rfcs).map(([rfc, entry]) => [
    Number(rfc),
    { title: entry.title, sections: new Map(entry.sections.map(([section, title]) => [section!, title!])) },
  ]),
);

/** The RFCs the index holds, in ascending order. */
export const indexedRfcs = (): number[] => [...RFCS.keys()];

/** The document title: rfcTitle(3261) → "SIP: Session Initiation Protocol". */
export const rfcTitle = (rfc: number): string | undefined => RFCS.get(rfc)?.title;

/** The heading of a section: sectionTitle(3261, '13.3.1.3') → "The INVITE is Rejected". */
export const sectionTitle = (rfc: number, section: string): string | undefined => RFCS.get(rfc)?.sections.get(section);

export interface RefLink {
  label: string;
  href: string;
  rfc: number;
  /** The section's heading in the RFC (English); undefined only for a section the index lacks. */
  title: string | undefined;
}

export function refLink(ref: RfcRefString): RefLink {
  const parsed = parseRfcRef(ref);
  return { label: formatRfcRef(parsed), href: rfcUrl(parsed), rfc: parsed.rfc, title: sectionTitle(parsed.rfc, parsed.section) };
}
