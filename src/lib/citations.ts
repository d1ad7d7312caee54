/**
 * Finds the RFC citations in a source file's text, in every form the site writes them:
 * the registry notation of data references and <Rfc ref="RFC3261 §21.4.9" /> in MDX, prose
 * ("RFC 3261 §16.7"), lists that continue one RFC ("RFC 3261 §16.6, §16.7 and §16.8",
 * "RFC 3903 §4.1、§5") and a bare "§21.4.22" after an RFC named earlier on the same line.
 * No imports, so scripts/rfc-sections.ts can run it under plain Node.
 */

export interface Citation {
  rfc: number;
  /** Undefined when the text names the RFC as a whole ("RFC 4180"). */
  section?: string;
  /** 1-based line of the file. */
  line: number;
  /** The citation as written, for messages: "RFC 3261 §16.8", "§21.4.22". */
  written: string;
}

/** A bare § whose line names no RFC before it: nothing says which document it means. */
export interface Orphan {
  line: number;
  written: string;
}

const TOKEN = /RFC ?([1-9]\d{3})(?![\d])(?: ?§ ?((?:\d+|[A-Z])(?:\.\d+)*)(?![A-Za-z\d]))?|§ ?((?:\d+|[A-Z])(?:\.\d+)*)(?![A-Za-z\d])/g;

export function citationsIn(source: string): { citations: Citation[]; orphans: Orphan[] } {
  const citations: Citation[] = [];
  const orphans: Orphan[] = [];
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    let current: number | undefined;
    for (const match of text.matchAll(TOKEN)) {
      const [written, rfc, section, bare] = match;
      if (rfc !== undefined) {
        current = Number(rfc);
        citations.push(section === undefined ? { rfc: current, line, written } : { rfc: current, section, line, written });
      } else if (current !== undefined) {
        citations.push({ rfc: current, section: bare!, line, written });
      } else {
        orphans.push({ line, written });
      }
    }
  });
  return { citations, orphans };
}
