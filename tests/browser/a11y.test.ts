import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { CODES, LANGS } from '../../src/data';
import { UNREGISTERED } from '../../src/data/unregistered';
import { correctedCodePages, correctionDayParts } from '../../src/lib/corrections';
import { causeUrl, classUrl, codeUrl, codesIndexUrl, compareUrl, correctionsCodeUrl, correctionsDayUrl, correctionsUrl, homeUrl, localePath, stackUrl, stacksIndexUrl, unregisteredUrl } from '../../src/lib/urls';
import { watchErrors } from '../support/browser';
import { useSite } from '../support/site';

const site = useSite();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page itself and returns "rule: first targets" per violation. Injected
 * directly rather than through @axe-core/playwright, whose default mode opens a second page per
 * run to merge frame results: the site has no frames, and a direct run takes half the time.
 */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([tags, include]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const results = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    },
    [WCAG_TAGS, include] as const,
  );
}

/** One page of every template, in both languages, and every page of the corrections log (its index and each page of each day) but one list of a code page's corrections. */
const templates = LANGS.flatMap((lang) => [
  homeUrl(lang),
  codesIndexUrl(lang),
  classUrl(lang, 4),
  codeUrl(lang, CODES.find((e) => e.status === 'deprecated')?.code ?? CODES[0]!.code),
  codeUrl(lang, CODES.at(-1)!.code),
  compareUrl(lang, CODES[0]!.code, CODES.at(-1)!.code),
  ...(UNREGISTERED[0] ? [unregisteredUrl(lang, UNREGISTERED[0].code)] : []),
  localePath(lang, 'q850'),
  causeUrl(lang, 21),
  stacksIndexUrl(lang),
  stackUrl(lang, 'asterisk'),
  stackUrl(lang, 'freeswitch'),
  stackUrl(lang, 'sofia'),
  stackUrl(lang, 'kamailio'),
  stackUrl(lang, 'wireshark'),
  localePath(lang, 'guides/rejecting-calls'),
  correctionsUrl(lang),
  ...correctionDayParts().map(({ date, part }) => correctionsDayUrl(lang, date, part)),
  correctionsCodeUrl(lang, correctedCodePages()[0]!.code),
]);
const paths = [...templates, '/', '/404.html'];

// Each page is loaded once: axe runs on it in the light scheme at 1280 px, then again in the dark
// scheme at 375 px (the dark scheme changes only colour custom properties, so a second load would
// add nothing), and it is measured for horizontal overflow at both widths. Loading and injecting axe
// once per page instead of once per scheme saves a third of the file's time. Two pages at a time
// share the one browser: axe is CPU-bound in the page, and there are two cores.
describe.concurrent('accessibility (axe: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) and layout', () => {
  // A page of the corrections log holds up to CORRECTIONS_PER_PAGE (100) long entries: axe needs more than the default on a busy machine.
  it.for(paths)('%s has no violations in light (1280 px) or dark (375 px) mode, no console errors and no horizontal overflow', { timeout: 120_000 }, async (path, { expect }) => {
    const context = await site.browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}${path}`);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const light = { violations: await axeViolations(page), overflow: await overflow() };
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const darkScheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    const dark = { violations: await axeViolations(page), overflow: await overflow() };
    expect({ light, dark, darkScheme }).toEqual({ light: { violations: [], overflow: 0 }, dark: { violations: [], overflow: 0 }, darkScheme: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  // The harness itself: a page given an unlabelled image and low-contrast text must fail, in the
  // whole document and inside an included region, or an empty list above would prove nothing.
  it('reports violations it is shown', async ({ expect }) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${homeUrl('en')}`);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const faint = Object.assign(document.createElement('p'), { textContent: 'faint' });
      // Set through the CSSOM: the page's Content-Security-Policy ignores style attributes in markup.
      Object.assign(faint.style, { color: '#ccc', background: '#fff' });
      main.prepend(Object.assign(document.createElement('img'), { src: '/favicon.svg' }), faint);
    });
    const whole = await axeViolations(page);
    expect(whole.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    expect(await axeViolations(page, 'main')).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt: /)]));
    expect(await axeViolations(page, 'header')).toEqual([]);
    await context.close();
  });

  it.for(LANGS)('%s: the open search dialog has no violations', async (lang, { expect }) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${homeUrl(lang)}`);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('4');
    await page.waitForSelector('#search-results [role=option]');
    expect(await axeViolations(page, '#search')).toEqual([]);
    await context.close();
  });
});

describe.concurrent('comparison tables at 375 px', () => {
  // The pairs whose registered phrases hold the longest words, and a common one.
  const longest = (phrase: string) => Math.max(...phrase.split(/[^A-Za-z0-9]+/).map((w) => w.length));
  const wordy = [...CODES].sort((x, y) => longest(y.phrase) - longest(x.phrase)).slice(0, 3);
  const pairs: [number, number][] = [[wordy[0]!.code, wordy[1]!.code], [wordy[1]!.code, wordy[2]!.code], [480, 486], [202, 412]];
  it.for(LANGS.flatMap((lang) => pairs.map(([a, b]) => compareUrl(lang, a, b))))('%s breaks no word in the middle', async (path, { expect }) => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    // A Latin word (between spaces, hyphens and punctuation) must sit on one line: one client rect.
    const split = await page.locator('main table').evaluateAll((tables) => {
      const out: string[] = [];
      for (const table of tables) {
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/[A-Za-z0-9]{2,}/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) out.push(match[0]);
          }
        }
      }
      return out;
    });
    expect(split).toEqual([]);
    await context.close();
  });
});

