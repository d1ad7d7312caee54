import { describe, expect, it } from 'vitest';
import { siteCitations, where } from '../../scripts/site-citations.ts';
import { citationsIn } from '../../src/lib/citations';
import { parseRfcSections, quoteFound, sectionText } from '../../src/lib/rfc-text';
import { indexedRfcs, rfcTitle, sectionTitle } from '../../src/lib/rfc';

// A made-up RFC in the rfc-editor layout: running header and footer at column 0 on every page,
// an indented table of contents, old-style and new-style headings, a wrapped title, appendices.
const SAMPLE = [
  'Network Working Group                                         A. Author',
  'Request for Comments: 9999                                      Example',
  'Category: Standards Track                                     June 2002',
  '',
  '                    An Example Protocol for Testing',
  '',
  'Table of Contents',
  '',
  '   1.  Introduction . . . . . . . . . . . . . . . . . . . . . . . .   2',
  '   2.  Behaviour  . . . . . . . . . . . . . . . . . . . . . . . . .   2',
  '',
  '1.  Introduction',
  '',
  '   Text that mentions section 2.1 and wraps onto a line that starts',
  '12 with a number at column 0, which must not pass for a heading.',
  '',
  'Author                      Standards Track                    [Page 1]',
  '\f',
  'RFC 9999              An Example Protocol for Testing         June 2002',
  '',
  '',
  '2.  Behaviour',
  '',
  '2.1.  A Heading Long Enough That the RFC Editor Had to Wrap It onto',
  '      a Second Line',
  '',
  '   Body.',
  '',
  '2008 was a year, not a section.',
  '',
  '2.2 old style heading without a dot',
  '',
  'Appendix A.  Acknowledgements',
  '',
  'A.1.  People',
  '',
  'Appendix B - Changes from an Earlier Version',
  '',
  'B.1.Glued to its number, as in RFC 3428',
  '',
].join('\n');

describe('RFC section headings', () => {
  it('reads numbered sections, wrapped titles and appendices, and nothing from page breaks or stray lines', () => {
    expect(parseRfcSections(SAMPLE)).toEqual({
      title: 'An Example Protocol for Testing',
      sections: {
        '1': 'Introduction',
        '2': 'Behaviour',
        '2.1': 'A Heading Long Enough That the RFC Editor Had to Wrap It onto a Second Line',
        '2.2': 'old style heading without a dot',
        A: 'Acknowledgements',
        'A.1': 'People',
        B: 'Changes from an Earlier Version',
        'B.1': 'Glued to its number, as in RFC 3428',
      },
    });
  });

  it('gives a section its own text, so a quote is checked against the section it cites', () => {
    const intro = sectionText(SAMPLE, '1')!;
    expect(intro).toContain('Text that mentions section 2.1 and wraps onto a line that starts 12 with a number');
    expect(intro).not.toContain('[Page 1]');
    expect(quoteFound('mentions section 2.1 and wraps onto a line', intro)).toBe(true);
    expect(quoteFound('Text that mentions … a number at column 0', intro)).toBe(true);
    expect(quoteFound('a number at column 0 … Text that mentions', intro)).toBe(false);
    expect(quoteFound('Body.', intro)).toBe(false);
    expect(sectionText(SAMPLE, '9')).toBeUndefined();
  });

  // Checked by hand against the RFC texts (rfc-editor.org).
  it('holds the headings the RFCs print', () => {
    expect(sectionTitle(3261, '13.3.1.3')).toBe('The INVITE is Rejected');
    expect(sectionTitle(3261, 'A')).toBe('Table of Timer Values');
    expect(sectionTitle(3261, '21.4.24')).toBe('486 Busy Here');
    expect(sectionTitle(3398, '8.2.6.1')).toBe('SIP Status Code to ISDN Cause Code Mapping');
    expect(sectionTitle(3398, '12.2')).toBe('tel URL to ISUP format mapping');
    expect(sectionTitle(6665, '8.3.2')).toBe('489 (Bad Event) Response Code');
    expect(sectionTitle(6665, 'B.3')).toBe('Bug 669: Clarify: SUBSCRIBE for a duration might be answered with a NOTIFY/expires=0');
    expect(sectionTitle(8224, '6.2.4')).toBe('Handling the Full Form of PASSporT');
    expect(sectionTitle(3903, '11.1.1')).toBe('PUBLISH Method');
    expect(sectionTitle(6442, 'A')).toBe('Requirements for SIP Location Conveyance');
    expect(rfcTitle(8224)).toBe('Authenticated Identity Management in the Session Initiation Protocol (SIP)');
    expect(sectionTitle(3261, '21.4.99')).toBeUndefined();
  });
});

describe('citations in text', () => {
  it('finds every notation, lists that continue one RFC, and bare sections', () => {
    const found = citationsIn(
      'See RFC3261 §21.4.9 and RFC 3261 §16.6, §16.7 and §16.8.\n<Rfc ref="RFC3398 §8.2.6.1" />（RFC 3903 §4.1、§5）、RFC 4180。\nas §21.4.22 asks',
    );
    expect(found.citations.map((c) => `${c.line}:${c.rfc}:${c.section ?? '-'}`)).toEqual([
      '1:3261:21.4.9', '1:3261:16.6', '1:3261:16.7', '1:3261:16.8', '2:3398:8.2.6.1', '2:3903:4.1', '2:3903:5', '2:4180:-',
    ]);
    expect(found.orphans).toEqual([{ line: 3, written: '§21.4.22' }]);
  });
});

describe('every section the site cites', () => {
  const { citations, orphans } = siteCitations();
  const indexed = new Set(indexedRfcs());

  it('are found in data, i18n strings, components and MDX', () => {
    const files = new Set(citations.map((c) => c.file));
    expect(citations.length).toBeGreaterThan(2000);
    for (const file of ['src/data/codes/4xx-request.ts', 'src/i18n/en.ts', 'src/data/q850.ts', 'content/compare/en/202-vs-412.mdx']) {
      expect(files, file).toContain(file);
    }
  });

  it('exists in the RFC it names', () => {
    const problems: string[] = [];
    // A whole RFC named without a section ("RFC 4180") needs no index entry: its links simply carry no title.
    for (const c of citations.filter((c) => c.section !== undefined)) {
      if (!indexed.has(c.rfc)) {
        problems.push(`${where(c)}: ${c.written}: RFC ${c.rfc} is not in src/data/rfc-sections.json (run npm run rfc-sections -- DIR)`);
      } else if (sectionTitle(c.rfc, c.section!) === undefined) {
        problems.push(`${where(c)}: ${c.written}: RFC ${c.rfc} has no section ${c.section}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names its RFC on the same line', () => {
    expect(orphans.map((o) => `${o.file}:${o.line}: ${o.written}: no RFC before it on this line; write "RFC 3261 ${o.written}" or <Rfc ref=… />`)).toEqual([]);
  });
});
