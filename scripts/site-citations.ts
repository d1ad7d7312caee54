/**
 * Every RFC citation in the site's sources: code data, the other data modules, i18n strings,
 * components, pages and the MDX under content/. Used by scripts/rfc-sections.ts (which RFCs to
 * index) and by tests/unit/citations.test.ts (every cited section exists).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { citationsIn, type Citation, type Orphan } from '../src/lib/citations.ts';

export const ROOT = join(import.meta.dirname, '..');

/** The parser and extractor document the notations with examples; they cite nothing. */
const SKIP = new Set(['src/lib/citations.ts', 'src/lib/rfc-text.ts']);

export interface SiteCitation extends Citation {
  /** Path from the repository root: "src/data/codes/4xx-request.ts". */
  file: string;
  /** The code entry the line belongs to, for files of src/data/codes. */
  code?: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mdx|md|csv)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !SKIP.has(file))
    .sort();
}

/** The entry each line of a codes file belongs to: the last "code: NNN," above it. */
function codeOfLines(text: string): (number | undefined)[] {
  let code: number | undefined;
  return text.split('\n').map((line) => {
    const match = /^\s{2,6}code: (\d{3}),/.exec(line);
    if (match) code = Number(match[1]);
    return code;
  });
}

export function siteCitations(): { citations: SiteCitation[]; orphans: (Orphan & { file: string })[] } {
  const citations: SiteCitation[] = [];
  const orphans: (Orphan & { file: string })[] = [];
  for (const file of [...sourceFiles('src'), ...sourceFiles('content')]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const found = citationsIn(text);
    const codes = file.startsWith('src/data/codes/') ? codeOfLines(text) : [];
    for (const citation of found.citations) {
      const code = codes[citation.line - 1];
      citations.push(code === undefined ? { ...citation, file } : { ...citation, file, code });
    }
    // A bare § in a code comment ("§8.4.1" in the header of rfc4497.ts) is never shown to readers.
    const lines = text.split('\n');
    const comment = (line: number) => /\.(ts|astro)$/.test(file) && /^\s*(\/\/|\/\*|\*)/.test(lines[line - 1] ?? '');
    orphans.push(...found.orphans.filter((orphan) => !comment(orphan.line)).map((orphan) => ({ ...orphan, file })));
  }
  return { citations, orphans };
}

/** "src/data/codes/4xx-request.ts:1051 (code 408)". */
export function where(citation: { file: string; line: number; code?: number }): string {
  return `${citation.file}:${citation.line}${citation.code === undefined ? '' : ` (code ${citation.code})`}`;
}
