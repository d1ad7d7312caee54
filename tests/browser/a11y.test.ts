import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { CODES, LANGS } from '../../src/data';
import { UNREGISTERED } from '../../src/data/unregistered';
import { causeUrl, classUrl, codeUrl, codesIndexUrl, compareUrl, correctionsUrl, homeUrl, localePath, stackUrl, stacksIndexUrl, unregisteredUrl } from '../../src/lib/urls';
import { watchErrors } from '../support/browser';
import { useSite } from '../support/site';

const site = useSite();

/** One page of every template, in both languages. */
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
]);
const cases = [...templates, '/', '/404.html'].flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const));

describe('accessibility (axe: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA)', () => {
  it.each(cases)('%s in %s mode has no violations and no console errors', async (path, colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}${path}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000); // the corrections log has several hundred links: axe needs more than the default on a busy machine

  it.each(LANGS)('%s: the open search dialog has no violations', async (lang) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${homeUrl(lang)}`);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('4');
    await page.waitForSelector('#search-results [role=option]');
    const results = await new AxeBuilder({ page }).include('#search').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('layout', () => {
  it.each(templates.flatMap((path) => [375, 1280].map((width) => [path, width] as const)))('%s at %i px wide has no horizontal overflow', async (path, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await context.close();
  });
});
