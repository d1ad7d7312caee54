// Takes a full-page screenshot: node scripts/screenshot.mjs URL OUT.png [WIDTH] [light|dark]
import { chromium } from 'playwright-core';
const [,, url, out, width = '1280', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
