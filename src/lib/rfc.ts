import { RFC_REF_PATTERN, type RfcRef, type RfcRefString } from '../data/schema';

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

export function refLink(ref: RfcRefString): { label: string; href: string; rfc: number } {
  const parsed = parseRfcRef(ref);
  return { label: formatRfcRef(parsed), href: rfcUrl(parsed), rfc: parsed.rfc };
}
