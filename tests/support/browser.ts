/** Debian's Chromium driven by playwright-core (no browser download). */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Collects console errors and failed requests so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  // A request the browser itself cancels because the reader navigated away is not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return errors;
}

/** Opens search with the keyboard, types a query and returns the result URLs in order. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  if (!(await page.locator('#search[open]').count())) await page.keyboard.press('/');
  const input = page.locator('#search-input');
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      return (document.getElementById('search-input') as HTMLInputElement).value === q && status !== '' && !status.includes('…');
    },
    query,
    { timeout: 15_000 },
  );
  // The status line is written together with the list it describes.
  return page.locator('#search-results [role=option]').evaluateAll((items) => items.map((li) => new URL((li as HTMLElement).dataset['href']!, location.href).pathname));
}
