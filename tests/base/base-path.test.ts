/**
 * The site hosted under a path, as on a GitHub Pages project site: builds into dist-base/ with
 * BASE_PATH=/sip-response-codes/ (dist/ stays as it is), then checks every link, the absolute URLs
 * and the redirects on disk, and search, the dataset and the 404 page in Chromium.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchFor, watchErrors } from '../support/browser';
import { BuiltSite, ROOT } from '../support/dist';
import { brokenLinks, wrongAbsoluteLinks } from '../support/links';
import { useSite } from '../support/site';
import { LANGS } from '../../src/data';
import { correctionDayParts, correctionsForCode } from '../../src/lib/corrections';

const BASE = '/sip-response-codes/';
const SITE_URL = 'https://octocat.github.io';
const built = new BuiltSite(join(ROOT, 'dist-base'), BASE);

beforeAll(async () => {
  rmSync(built.dir, { recursive: true, force: true });
  // Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; Vite would read them back
  // in the child build and override `base`.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: ROOT,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: BASE, SITE_URL, OUT_DIR: built.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`the base-path build failed (exit ${code}):\n${log.slice(-4000)}`);
}, 600_000);

const site = useSite(built);

describe(`the site built for ${BASE}`, () => {
  it('links every page only to pages and fragments under the base path', () => {
    expect(built.allPages().length).toBeGreaterThan(1000);
    expect(brokenLinks(built)).toEqual([]);
  });

  it('gives canonical and hreflang URLs on the public origin, under the base path', () => {
    expect(wrongAbsoluteLinks(built, SITE_URL)).toEqual([]);
    expect(built.page(`${BASE}ja/codes/486/`).querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE_URL}${BASE}ja/codes/486/`);
  });

  it('lists only built pages under the base path in the sitemap, and points robots.txt to it', () => {
    const xml = built.read(`${BASE}sitemap.xml`);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(locs.length).toBeGreaterThan(300);
    expect(locs.filter((u) => u.origin !== SITE_URL || !u.pathname.startsWith(BASE) || !built.exists(u.pathname)).map(String)).toEqual([]);
    expect(built.read(`${BASE}robots.txt`)).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap.xml`);
  });

  it('puts each page of each day of the corrections log under the base path, in the sitemap and in the notes that link its entries', () => {
    const xml = built.read(`${BASE}sitemap.xml`);
    const days = correctionDayParts().flatMap(({ date, part }) => LANGS.map((lang) => `${SITE_URL}${BASE}${lang}/corrections/${date}/${part === 1 ? '' : `${part}/`}`));
    expect(days.filter((url) => !xml.includes(`<loc>${url}</loc>`))).toEqual([]);
    const latest = correctionsForCode(486)[0]!;
    const links = built.page(`${BASE}ja/codes/486/`).querySelectorAll('.correction-note a').map((a) => a.getAttribute('href'));
    const part = correctionDayParts().find((p) => p.entries.includes(latest))!.part;
    const pagePath = `${BASE}ja/corrections/${latest.date}/${part === 1 ? '' : `${part}/`}`;
    expect(links).toContain(`${pagePath}#${latest.id}`);
    expect(built.page(pagePath).querySelector(`article#${latest.id}`)).not.toBeNull();
  });

  it('redirects reversed comparison URLs to the canonical page under the base path', () => {
    const doc = built.page(`${BASE}en/compare/486-vs-480/`);
    expect(doc.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(`0;url=${BASE}en/compare/480-vs-486/`);
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE_URL}${BASE}en/compare/480-vs-486/`);
  });

  it('gives page URLs under the base path in the dataset', () => {
    const data = JSON.parse(built.read(`${BASE}data/sip-response-codes.json`)) as { codes: { code: number; urls: { en: string; ja: string } }[] };
    expect(data.codes.find((c) => c.code === 486)?.urls).toEqual({ en: `${SITE_URL}${BASE}en/codes/486/`, ja: `${SITE_URL}${BASE}ja/codes/486/` });
  });

  it.each([
    ['en', '486', 'en/codes/486/'],
    ['ja', '話中', 'ja/codes/486/'],
  ])('%s: search loads from the base path and finds "%s" at %s', async (lang, query, first) => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    const outside: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith(BASE)) outside.push(path);
    });
    await page.goto(`${site.url}${BASE}${lang}/`);
    const results = await searchFor(page, query);
    expect(results[0]).toBe(`${BASE}${first}`);
    // Enter opens the first result, under the base path.
    await Promise.all([page.waitForURL(`**${BASE}${first}`), page.keyboard.press('Enter')]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers an unknown address under the base path with the 404 page, linking back under it', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}${BASE}en/no-such-page/`);
    expect(response?.status()).toBe(404);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((p) => !p.startsWith(BASE))).toEqual([]);
    await page.close();
  });
});
