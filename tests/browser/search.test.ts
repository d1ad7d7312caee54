import type { CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { causeUrl, codeUrl, compareUrl } from '../../src/lib/urls';
import { searchFor, watchErrors } from '../support/browser';
import { useSite } from '../support/site';

const site = useSite();

/** Every origin any tested page contacted: only the site itself. */
const origins = new Set<string>();
// expect.poll gives up after 1 s by default: too short for a browser round trip on a loaded CI machine.
const POLL = { timeout: 10_000 };

async function open(path: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await site.browser.newPage();
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => {
    requests.push(new URL(request.url()).pathname);
    origins.add(new URL(request.url()).origin);
  });
  await page.goto(`${site.url}${path}`);
  return { page, errors, requests };
}

/** The Japanese home page with search open, and a DevTools session to type through an input method. */
async function openForInputMethod(): Promise<{ page: Page; errors: string[]; ime: CDPSession }> {
  const { page, errors } = await open('/ja/');
  await page.keyboard.press('/');
  await page.locator('#search-input:focus').waitFor();
  return { page, errors, ime: await page.context().newCDPSession(page) };
}

/**
 * One home page per language, reused by the ranking tests: Pagefind loads once per language, as for
 * a reader who searches again, instead of once per query. Each search waits for its own results.
 */
const searchPages = new Map<'en' | 'ja', ReturnType<typeof open>>();
function searchPage(lang: 'en' | 'ja'): ReturnType<typeof open> {
  if (!searchPages.has(lang)) searchPages.set(lang, open(`/${lang}/`));
  return searchPages.get(lang)!;
}
afterAll(async () => {
  for (const opened of searchPages.values()) await (await opened).page.close();
});

describe('search', () => {
  it('loads no search code until the reader opens search', async () => {
    const { page, errors, requests } = await open(codeUrl('en', 412));
    await page.waitForLoadState('networkidle');
    // Only the HTML document itself: CSS and the boot script are inline.
    expect(requests).toEqual([codeUrl('en', 412), '/favicon.svg'].filter((p) => requests.includes(p)));
    expect(requests.some((p) => p.includes('pagefind') || p.includes('search-ui'))).toBe(false);
    await page.keyboard.press('/');
    await expect.poll(() => page.locator('#search').evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(true);
    await searchFor(page, '412');
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(errors).toEqual([]);
    expect(origins.size, `requests went to ${[...origins]}`).toBe(1);
    await page.close();
  });

  const english: [string, number][] = [
    ['conditional', 412],
    ['412', 412],
    ['PUBLISH', 412],
    ['486', 486],
    ['603', 603],
    ['Busy Here', 486],
    ['Request Terminated', 487],
    ['Server Internal Error', 500],
  ];
  it.each(english)('English: "%s" finds the %i page first', async (query, code) => {
    const { page, errors } = await searchPage('en');
    const results = await searchFor(page, query);
    expect(results[0]).toBe(codeUrl('en', code));
    expect(errors).toEqual([]);
  });

  const japanese: [string, number][] = [
    ['条件付き', 412],
    ['412', 412],
    ['486', 486],
    ['Busy Here', 486],
  ];
  it.each(japanese)('Japanese: 「%s」 finds the Japanese %i page first', async (query, code) => {
    const { page, errors } = await searchPage('ja');
    const results = await searchFor(page, query);
    expect(results[0]).toBe(codeUrl('ja', code));
    expect(results.every((url) => url.startsWith('/ja/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  // With every code indexed, other pages share these words: 429 Provide Referrer Identity is also
  // a REFER-only response, 405 is what a UA that does not support REFER answers (its topics name
  // "REFER rejected"), and 181 Call Is Being Forwarded is 転送中. The page must stay near the top.
  const nearTop: ['en' | 'ja', string, number[], number][] = [
    ['en', 'REFER', [202, 429], 3],
    ['ja', '転送', [202, 181], 4],
    ['en', 'Internal Server Error', [500], 3],
    ['en', 'Request Canceled', [487], 3],
    ['en', 'Gateway Time-out', [504], 3],
    ['en', 'busy', [486, 600], 2],
    // Pagefind's Japanese query segmentation also matches 話 inside 電話, so 607 (迷惑着信, whose page says 電話
    // often) can come between 486 and 600; both busy codes must still lead the list.
    ['ja', '話中', [486, 600], 3],
    ['ja', '認証', [401, 407], 2],
    ['ja', 'タイムアウト', [408, 504], 2],
  ];
  it.each(nearTop)('%s: "%s" puts %j within the first %i results', async (lang, query, codes, within) => {
    const { page, errors } = await searchPage(lang);
    const top = (await searchFor(page, query)).slice(0, within);
    for (const code of codes) expect(top).toContain(codeUrl(lang, code));
    expect(errors).toEqual([]);
  });

  // What engineers copy from a stack's log, source or filter bar: the code or cause page comes first.
  const stackTerms: ['en' | 'ja', string, string][] = [
    ['en', 'USER_BUSY', causeUrl('en', 17)],
    ['en', 'NORMAL_TEMPORARY_FAILURE', causeUrl('en', 41)],
    ['en', 'AST_CAUSE_NO_ANSWER', causeUrl('en', 19)],
    ['en', 'PJSIP_SC_BUSY_HERE', codeUrl('en', 486)],
    ['en', 'SIP_486_BUSY_HERE', codeUrl('en', 486)],
    ['en', 'hangupcause 19', causeUrl('en', 19)],
    ['ja', '理由表示 17', causeUrl('ja', 17)],
    ['ja', 'USER_BUSY', causeUrl('ja', 17)],
  ];
  it.each(stackTerms)('%s: "%s" finds %s first', async (lang, query, expected) => {
    const { page, errors } = await searchPage(lang);
    const results = await searchFor(page, query);
    expect(results[0]).toBe(expected);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '480 486'],
    ['en', '486 vs 480'],
    ['ja', '480 486'],
    ['ja', '480と486の違い'],
  ] as const)('%s: "%s" finds the comparison page first', async (lang, query) => {
    const { page, errors } = await searchPage(lang);
    const results = await searchFor(page, query);
    expect(results[0]).toBe(compareUrl(lang, 480, 486));
    expect(errors).toEqual([]);
  });

  it('a one-code query lists code pages before comparisons, and only a few comparisons', async () => {
    const { page } = await searchPage('en');
    const results = await searchFor(page, '486');
    expect(results[0]).toBe(codeUrl('en', 486));
    const firstCompare = results.findIndex((u) => u.includes('/compare/'));
    const lastCode = results.findLastIndex((u) => u.includes('/codes/'));
    if (firstCompare >= 0) expect(firstCompare).toBeGreaterThan(lastCode);
    expect(results.filter((u) => u.includes('/compare/')).length).toBeLessThanOrEqual(3);
  });

  it('is driven from the keyboard: arrows pick a result, Enter opens it, Esc closes', async () => {
    const { page, errors } = await open('/en/');
    const results = await searchFor(page, 'PUBLISH');
    expect(results.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#search').evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(false);
    const busy = await searchFor(page, 'busy');
    expect(busy.length).toBeGreaterThan(2);
    // Down twice and up once: the second result.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe('search-result-1');
    await Promise.all([page.waitForURL(`**${busy[1]}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(busy[1]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The list comes from the page table (pagefind/table.<lang>.json); each excerpt from its fragment.
  it.each(['en', 'ja'] as const)('%s: lists titles and links before any excerpt has loaded', async (lang) => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.goto(`${site.url}/${lang}/`);
    const results = await searchFor(page, '486');
    expect(results[0]).toBe(codeUrl(lang, 486));
    const first = page.locator('#search-results [role=option]').first();
    expect(await first.locator('strong').textContent()).toContain('486');
    expect(await first.locator('span').textContent()).toBe('');
    // Only the blocked excerpts failed.
    expect(errors.filter((e) => !e.includes('/pagefind/fragment/'))).toEqual([]);
    await page.close();
  });

  it('fills in the excerpts', async () => {
    const { page } = await searchPage('en');
    await searchFor(page, 'Busy Here');
    await expect.poll(() => page.locator('#search-results [role=option] span mark').count(), POLL).toBeGreaterThan(0);
  });

  // Japanese is typed through an input method: the text is composed (わちゅう), converted (話中) and
  // committed with Enter. Results follow the composition; Enter and Esc belong to the input method.
  it('ja: searches while a query is composed, and the keys that commit or cancel it stay with the input method', async () => {
    const { page, errors, ime } = await openForInputMethod();
    // Every query the list shows results for, in order.
    await page.locator('#search-results').evaluate((list) => {
      const seen: string[] = ((window as unknown as { __queries: string[] }).__queries = []);
      new MutationObserver(() => seen.push(list.dataset['query'] ?? '')).observe(list, { attributes: true, attributeFilter: ['data-query'] });
    });
    for (const text of ['w', 'わ', 'わちゅう', '話中']) {
      await ime.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => document.getElementById('search-results')!.dataset['query'] === '話中');
    // Romaji and kana still being composed are not searched: only the converted word is.
    expect(await page.evaluate(() => (window as unknown as { __queries: string[] }).__queries)).toEqual(['話中']);
    const composed = await page.locator('#search-results [role=option]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['href']));
    expect(composed).toContain(codeUrl('ja', 486));
    // The keydown an input method sends with Enter (commit) and Esc (cancel) while composing.
    for (const key of ['Enter', 'Escape']) {
      await page.locator('#search-input').evaluate((input, key) => input.dispatchEvent(new KeyboardEvent('keydown', { key, isComposing: true, bubbles: true, cancelable: true })), key);
    }
    await ime.send('Input.insertText', { text: '話中' });
    expect(new URL(page.url()).pathname).toBe('/ja/');
    expect(await page.locator('#search').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.locator('#search-input').inputValue()).toBe('話中');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ja: a word committed while its search runs is searched once', async () => {
    const { page, errors, ime } = await openForInputMethod();
    await page.locator('#search-results').evaluate((list) => {
      const seen: string[] = ((window as unknown as { __queries: string[] }).__queries = []);
      new MutationObserver(() => seen.push(list.dataset['query'] ?? '')).observe(list, { attributes: true, attributeFilter: ['data-query'] });
    });
    // Converted and committed at once: compositionend arrives while Pagefind loads and searches 話中.
    await ime.send('Input.imeSetComposition', { text: '話中', selectionStart: 2, selectionEnd: 2 });
    await ime.send('Input.insertText', { text: '話中' });
    await page.waitForFunction(() => document.getElementById('search-results')!.dataset['query'] === '話中', undefined, { timeout: 10_000 });
    await page.waitForTimeout(1000); // time for a second search of the same word to show itself
    expect(await page.evaluate(() => (window as unknown as { __queries: string[] }).__queries)).toEqual(['話中']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ja: kana committed without conversion is searched when the composition ends', async () => {
    const { page, errors, ime } = await openForInputMethod();
    for (const text of ['t', 'た', 'たいむあうと']) await ime.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await ime.send('Input.insertText', { text: 'たいむあうと' });
    await page.waitForFunction(() => document.getElementById('search-results')!.dataset['query'] === 'たいむあうと', undefined, { timeout: 10_000 });
    expect(await page.locator('#search-status').textContent()).not.toBe('');
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
    await searchFor(page, '<zzqxj>');
    expect(await page.locator('#search-status').textContent()).toContain('<zzqxj>');
    expect(await page.locator('zzqxj').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('example messages', () => {
  it('copy the plain message text with one click', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}${codeUrl('en', 412)}`);
    const button = page.locator('button[data-copy="response-412"]');
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Exactly the message of the data module: no markup, no highlighting artefacts.
    expect(copied).toBe(CODES.find((e) => e.code === 412)!.example!.response);
    expect(await button.textContent()).toBe('Copied');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('compare picker', () => {
  it('goes from the home page to the comparison of the two chosen codes, lower first', async () => {
    const { page, errors } = await open('/ja/');
    const form = page.locator('form[data-compare]');
    // Both lists offer every registered code in order, with its phrase.
    for (const n of [0, 1]) {
      const options = await form.locator('select').nth(n).locator('option').evaluateAll((os) => os.map((o) => o.textContent));
      expect(options).toEqual(CODES.map((e) => `${e.code} ${e.phrase}`));
    }
    await form.locator('select').nth(0).selectOption('486');
    await form.locator('select').nth(1).selectOption('480');
    await Promise.all([page.waitForURL('**/ja/compare/480-vs-486/'), form.locator('button').click()]);
    expect(new URL(page.url()).pathname).toBe(compareUrl('ja', 480, 486));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for two different codes instead of comparing a code with itself', async () => {
    const { page } = await open('/en/');
    const form = page.locator('form[data-compare]');
    await form.locator('select').nth(0).selectOption('486');
    await form.locator('select').nth(1).selectOption('486');
    await form.locator('button').click();
    await expect.poll(() => form.locator('output').textContent(), POLL).toBe('Pick two different codes.');
    expect(new URL(page.url()).pathname).toBe('/en/');
    await page.close();
  });
});

describe('404 page', () => {
  it('answers an unknown address in both languages with links back', async () => {
    const { page } = await open('/ja/codes/999/');
    expect(await page.locator('h1').textContent()).toContain('404');
    expect(await page.locator('[lang=ja] h2').textContent()).toBe('ページが見つかりません');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/en/codes/', '/ja/codes/']));
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
