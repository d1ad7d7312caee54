import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeUrl } from '../../src/lib/urls';
import { launch, searchFor, watchErrors } from '../support/browser';
import { requireBuild } from '../support/dist';
import { serveDist, type StaticServer } from '../support/server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}${path}`);
  return { page, errors, requests };
}

describe('search', () => {
  it('loads no search code until the reader opens search', async () => {
    const { page, errors, requests } = await open(codeUrl('en', 412));
    await page.waitForLoadState('networkidle');
    // Only the HTML document itself: CSS and the boot script are inline.
    expect(requests).toEqual([codeUrl('en', 412), '/favicon.svg'].filter((p) => requests.includes(p)));
    expect(requests.some((p) => p.includes('pagefind') || p.includes('search-ui'))).toBe(false);
    await page.keyboard.press('/');
    await expect.poll(() => page.locator('#search').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await searchFor(page, '412');
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  const english: [string, number][] = [
    ['conditional', 412],
    ['412', 412],
    ['PUBLISH', 412],
    ['REFER', 202],
  ];
  it.each(english)('English: "%s" finds the %i page first', async (query, code) => {
    const { page, errors } = await open('/en/');
    const results = await searchFor(page, query);
    expect(results[0]).toBe(codeUrl('en', code));
    expect(errors).toEqual([]);
    await page.close();
  });

  const japanese: [string, number][] = [
    ['条件付き', 412],
    ['412', 412],
    ['転送', 202],
  ];
  it.each(japanese)('Japanese: 「%s」 finds the Japanese %i page first', async (query, code) => {
    const { page, errors } = await open('/ja/');
    const results = await searchFor(page, query);
    expect(results[0]).toBe(codeUrl('ja', code));
    expect(results.every((url) => url.startsWith('/ja/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is driven from the keyboard: arrows pick a result, Enter opens it, Esc closes', async () => {
    const { page, errors } = await open('/en/');
    const results = await searchFor(page, 'PUBLISH');
    expect(results.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#search').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await searchFor(page, 'REFER');
    const firstUrl = (await page.locator('#search-results [role=option]').first().getAttribute('data-href'))!;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(`**${new URL(firstUrl, server.url).pathname}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(codeUrl('en', 202));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders a hostile query as text', async () => {
    const { page, errors } = await open('/en/');
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await searchFor(page, '<img src=x onerror=alert(1)>');
    expect(await page.locator('#search img').count()).toBe(0);
    await searchFor(page, '<b>zzqxj</b>');
    expect(await page.locator('#search-status').textContent()).toContain('<b>zzqxj</b>');
    expect(await page.locator('#search b').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('language switch', () => {
  it.each([
    [codeUrl('en', 412), codeUrl('ja', 412), 'ja'],
    ['/ja/compare/202-vs-412/', '/en/compare/202-vs-412/', 'en'],
  ])('from %s goes to %s', async (from, to, lang) => {
    const { page, errors } = await open(from);
    await Promise.all([page.waitForURL(`**${to}`), page.locator('#lang-switch').click()]);
    expect(new URL(page.url()).pathname).toBe(to);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(errors).toEqual([]);
    await page.close();
  });
});
