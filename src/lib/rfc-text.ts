/**
 * Reads the section headings of an RFC from its rfc-editor.org plain-text file.
 * Used by scripts/rfc-sections.ts to build src/data/rfc-sections.json; no imports, so Node runs it as is.
 *
 * Headings start at column 0 ("8.2.6.1.  Title", "13.3.1.3 The INVITE is Rejected" in the older style,
 * "Appendix A.  Title", "Appendix A - Title", "A.1.  Title", "A Table of Timer Values"); body text, the table of contents and
 * figures are indented. Page footers ("Rosenberg, et. al.  Standards Track  [Page 12]") and headers
 * ("RFC 3261  SIP: Session Initiation Protocol  June 2002") also start at column 0: they are removed
 * first, and every candidate must continue the numbering of the headings before it, so a stray line
 * at column 0 (a figure, an ABNF rule) cannot pass for a section.
 */

export interface RfcSections {
  /** The document title as printed on its first page. */
  title: string;
  /** Section number ("13.3.1.3", "A", "B.2") → heading title. */
  sections: Record<string, string>;
}

const PAGE_FOOTER = /\[Page [0-9ivx]+\]\s*$/;
const PAGE_HEADER = /^RFC ?\d+ .*\S\s{2,}\S.*(?:19|20)\d\d$/;
const TOC_LEADER = /(?:\.\s?){3,}\s*\d+\s*$/;
const HEADING = /^(Appendix\s+)?((?:\d{1,2}|[A-Z])(?:\.\d{1,2})*)(\.?)(\s*)(?:-\s+)?(\S.*)$/;

/** The RFC's text without page breaks: footers, form feeds and running headers removed. */
export function stripPageBreaks(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').replace(/\r/g, '').split('\n')) {
    const line = raw.replace(/\f/g, '').trimEnd();
    if (PAGE_FOOTER.test(line) || PAGE_HEADER.test(line)) {
      // The blank lines around a page break belong to neither page.
      while (out.length > 0 && out[out.length - 1] === '') out.pop();
      out.push('');
      continue;
    }
    if (line === '' && out.length > 0 && out[out.length - 1] === '') continue;
    out.push(line);
  }
  return out;
}

type Key = (number | string)[];
const keyOf = (section: string): Key => section.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Where a candidate may sit after the previous heading: its child, or the next one at some level. */
function follows(prev: Key | undefined, next: Key, known: Set<string>): boolean {
  const top = next[0]!;
  if (next.length > 1 && !known.has(next.slice(0, -1).join('.'))) return false;
  if (!prev) return next.length === 1 && (top === 1 || top === 'A');
  if (next.length === prev.length + 1 && next.slice(0, -1).join('.') === prev.join('.')) {
    return next[next.length - 1] === 1 || next[next.length - 1] === 0;
  }
  if (next.length > prev.length) return false;
  const level = next.length - 1;
  if (next.slice(0, level).join('.') !== prev.slice(0, level).join('.')) return false;
  const [a, b] = [prev[level]!, next[level]!];
  if (typeof a === 'number' && typeof b === 'number') return b > a && b <= a + 2;
  if (typeof a === 'string' && typeof b === 'string') return b.charCodeAt(0) === a.charCodeAt(0) + 1;
  // From the numbered sections to the first appendix.
  return level === 0 && typeof a === 'number' && b === 'A';
}

function documentTitle(lines: string[]): string {
  // Skip the first-page block (left column: working group, RFC number; right column: authors, date)
  // to the first centred line; the title is that line and the centred lines right after it.
  const centred = (line: string) => {
    const left = line.length - line.trimStart().length;
    return left > 0 && Math.abs(left - (72 - line.length)) <= 4;
  };
  let i = lines.findIndex(centred);
  const title: string[] = [];
  while (i >= 0 && i < lines.length && centred(lines[i]!)) title.push(lines[i++]!.trim());
  return title.join(' ').replace(/\s+/g, ' ');
}

interface Heading {
  section: string;
  title: string;
  /** Index of the heading's first line in the page-break-free lines. */
  line: number;
}

function headings(lines: string[]): Heading[] {
  const found: Heading[] = [];
  const known = new Set<string>();
  let prev: Key | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const match = HEADING.exec(line);
    if (!match || TOC_LEADER.test(line)) continue;
    const [, appendix, section, dot, gap, rest] = match;
    // A heading follows a blank line. A lone letter needs "Appendix", a dot or the old style's single space.
    if (i > 0 && lines[i - 1] !== '') continue;
    if (/^[A-Z]$/.test(section!) && !appendix && !dot && gap!.length > 2) continue;
    // "15.Normative References" (RFC 3428) lacks the space, but a number glued to a word is no heading.
    if (!dot && gap === '') continue;
    if (!/^["'(A-Za-z0-9]/.test(rest!)) continue;
    const key = keyOf(section!);
    if (!follows(prev, key, known)) continue;
    const start = i;
    let title = rest!;
    // A long title wraps onto indented lines that come before the blank line ending the heading.
    while (line.length > 55 && lines[i + 1] && /^\s{2,}\S/.test(lines[i + 1]!) && !/[.:]$/.test(title)) {
      const next = lines[i + 1]!.trim();
      if (next.length > 70) break;
      title += ` ${next}`;
      i++;
    }
    found.push({ section: section!, title: title.replace(/\s+/g, ' ').trim(), line: start });
    known.add(section!);
    prev = key;
  }
  return found;
}

export function parseRfcSections(text: string): RfcSections {
  const lines = stripPageBreaks(text);
  const sections: Record<string, string> = {};
  for (const heading of headings(lines)) sections[heading.section] = heading.title;
  return { title: documentTitle(lines), sections };
}

/** The text of one section (its own paragraphs, up to the next heading), whitespace collapsed; undefined if absent. */
export function sectionText(text: string, section: string): string | undefined {
  const lines = stripPageBreaks(text);
  const all = headings(lines);
  const index = all.findIndex((h) => h.section === section);
  if (index < 0) return undefined;
  const end = all[index + 1]?.line ?? lines.length;
  // Lines break at spaces or after a hyphen of the word itself ("Status-" / "Code"): rejoin the latter without a space.
  return lines
    .slice(all[index]!.line, end)
    .map((line) => line.trim())
    .join('\n')
    .replace(/(\S-)\n/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a quote (whitespace aside; "…" marks an omission) appears, in order, in a text. */
export function quoteFound(quote: string, text: string): boolean {
  let from = 0;
  for (const part of quote.split(/\s*(?:…|\.\.\.)\s*/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** The section numbers the table of contents lists (a cross-check for the parser, not the source). */
export function tableOfContents(text: string): string[] {
  const found: string[] = [];
  for (const line of stripPageBreaks(text)) {
    const match = /^\s{2,12}(?:Appendix\s+)?((?:\d{1,2}|[A-Z])(?:\.\d{1,2})*)\.?\s+\S.*?(?:\.\s?){2,}\s*\d+\s*$/.exec(line);
    if (match) found.push(match[1]!);
  }
  return found;
}
