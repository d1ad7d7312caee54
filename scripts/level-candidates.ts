/**
 * A reviewer's aid, not a test: lists the English sentences of the built site that cite an RFC section
 * containing a requirement keyword (MUST, SHOULD, MAY …) while the sentence itself has no word of
 * obligation or permission, or has an absolute word (never, always, only, cannot). Most are fine (a
 * definition, a header's syntax); the ones that are not state a SHOULD or MAY as what an element always
 * does, or a MUST NOT as what cannot happen: the errors readers of the site found most often.
 *
 *   npm run build
 *   npm run level-candidates -- DIR [PAGE-PREFIX …] > candidates.md
 *
 * DIR holds rfcNNNN.txt files from rfc-editor.org; PAGE-PREFIX limits the pages read ("codes/48",
 * "guides/"; default: codes, guides and compare). Each distinct sentence (code numbers aside) is listed
 * once, under the first page it appears on, with the keyword sentences of the cited sections that share
 * most words with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { sectionText } from '../src/lib/rfc-text.ts';
import { ROOT } from './site-citations.ts';

const [dir, ...prefixes] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npm run level-candidates -- DIR [PAGE-PREFIX …]   (DIR holds rfcNNNN.txt files)');
  process.exit(2);
}
const DIST = join(ROOT, 'dist', 'en');
const wanted = prefixes.length > 0 ? prefixes : ['codes/', 'guides/', 'compare/'];

/** RFC 2119/8174 keywords as the RFCs print them. */
const KEYWORD = /\b(MUST(?: NOT)?|SHOULD(?: NOT)?|MAY|SHALL(?: NOT)?|REQUIRED|(?:NOT )?RECOMMENDED|OPTIONAL)\b/;
/** Words by which an English sentence of ours keeps a level or a permission. */
const LEVEL_WORD =
  /\b(must|should|shall|may|might|required?|requires|recommended|recommends|optional(?:ly)?|can|cannot|can't|allowed|allows?|permit(?:s|ted)?|lets?|needs?|mandatory|expected|ought|prohibit(?:s|ed)?|forbid(?:s|den)?|free to|is to|are to|has to|have to|advised?|advises)\b/i;
/** Sentences that name sources or senders, not behaviour: the page notes on corrections, registry references, sender lists. */
const NOT_BEHAVIOUR = /^Corrected on |^The IANA registry cites |typically comes from |^Headers that matter for /;
/** Absolute words: a claim of its own ("can never be sent", "only a proxy") even beside a level word. */
const ABSOLUTE = /\b(never|always|only|cannot|can't|impossible)\b/i;
const BLOCKS = 'p, li, td, dd, figcaption, caption, blockquote';
const STOP = new Set('the a an of to and or in on for is are be by it its with that this as at from not no when if which than'.split(' '));

const texts = new Map<number, string | null>();
function rfcText(rfc: number): string | null {
  if (!texts.has(rfc)) {
    const file = join(dir!, `rfc${rfc}.txt`);
    texts.set(rfc, existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  return texts.get(rfc)!;
}

const sections = new Map<string, string[]>();
/** The sentences of a section that carry a keyword. */
function keywordSentences(rfc: number, section: string): string[] {
  const key = `${rfc} ${section}`;
  if (!sections.has(key)) {
    const text = rfcText(rfc);
    const body = text ? sectionText(text, section) : undefined;
    sections.set(key, body ? body.split(/(?<=[.:;])\s+(?=[A-Z"(])/).filter((s) => KEYWORD.test(s)) : []);
  }
  return sections.get(key)!;
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9-]+/g)?.filter((w) => !STOP.has(w)) ?? []);
function closest(sentence: string, candidates: string[]): string[] {
  const own = words(sentence);
  return candidates
    .map((c) => ({ c, score: [...words(c)].filter((w) => own.has(w)).length }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map(({ c }) => (c.length > 300 ? `${c.slice(0, 300)}…` : c));
}

/** "RFC 3261 §16.7 and §9.2" → [[3261, '16.7'], [3261, '9.2']]. */
function citationsOf(sentence: string): [number, string][] {
  const found: [number, string][] = [];
  let rfc: number | undefined;
  for (const match of sentence.matchAll(/RFC ?(\d{3,4})|§\s?((?:\d{1,2}|[A-Z])(?:\.\d{1,2})*)/g)) {
    if (match[1]) rfc = Number(match[1]);
    else if (rfc !== undefined) found.push([rfc, match[2]!]);
  }
  return found;
}

function pages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.replace(/\/?index\.html$/, ''))
    .filter((page) => wanted.some((prefix) => page.startsWith(prefix)))
    .sort();
}

const seen = new Map<string, { sentence: string; page: string; more: number; sources: string[] }>();
for (const page of pages()) {
  const main = parse(readFileSync(join(DIST, page, 'index.html'), 'utf8')).querySelector('main');
  if (!main) continue;
  for (const block of main.querySelectorAll(BLOCKS) as HTMLElement[]) {
    // Leaf blocks only: a list item holding a paragraph is read through the paragraph.
    if (block.querySelector(BLOCKS)) continue;
    const text = block.text.replace(/\s+/g, ' ').trim();
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)) {
      const own = sentence.replace(/(?:RFC ?\d+ )?§[\w.]+/g, '');
      // A label of a few words (a table cell, a reference list's section title) states no behaviour.
      if ((own.match(/[A-Za-z]{2,}/g) ?? []).length < 5 || (LEVEL_WORD.test(own) && !ABSOLUTE.test(own)) || NOT_BEHAVIOUR.test(own)) continue;
      const cited = citationsOf(sentence);
      const sources = cited.flatMap(([rfc, section]) =>
        closest(sentence, keywordSentences(rfc, section)).map((s) => `RFC ${rfc} §${section}: ${s}`),
      );
      if (sources.length === 0) continue;
      // Computed pages say the same thing of different codes: "For 100, …" and "For 180, …" are one sentence to read.
      const key = own.replace(/\b[1-6]\d\d\b/g, 'NNN').replace(/\([\s,;and]*\)/g, '');
      const entry = seen.get(key);
      if (entry) entry.more += 1;
      else seen.set(key, { sentence, page, more: 0, sources });
    }
  }
}

let current = '';
for (const { sentence, page, more, sources } of seen.values()) {
  if (page !== current) console.log(`\n## ${(current = page)}\n`);
  console.log(`- ${sentence}${more > 0 ? ` (also on ${more} more pages)` : ''}`);
  for (const source of sources) console.log(`  - ${source}`);
}
console.error(`${seen.size} sentences cite a section with a requirement keyword and have no level word of their own`);
