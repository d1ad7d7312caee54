/**
 * The trace explainer in Chromium: paste → count, messages in order (data-status / data-method),
 * ladder and link to the code page, in both languages; bad input gets a message; a dropped capture
 * is read; nothing is requested after the page has loaded.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCode, type Lang } from '../../src/data';
import { plainText } from '../../src/lib/inline';
import { codeUrl, traceUrl } from '../../src/lib/urls';
import { watchErrors } from '../support/browser';
import { useSite } from '../support/site';

const site = useSite();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/trace/${name}`, import.meta.url), 'utf8');

async function open(lang: Lang): Promise<{ page: Page; errors: string[]; late: string[] }> {
  const page = await site.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.url}${traceUrl(lang)}`);
  await page.waitForLoadState('networkidle');
  // Every request from here on is one the page made after loading.
  const late: string[] = [];
  page.on('request', (request) => late.push(request.url()));
  return { page, errors, late };
}

async function explain(page: Page, text: string) {
  await page.locator('#trace-input').fill(text);
  await page.locator('#trace-form button[type=submit]').click();
  await page.waitForFunction(() => !document.getElementById('trace-form')!.hasAttribute('aria-busy') && document.getElementById('trace-status')!.textContent !== '');
}

const order = (page: Page) =>
  page.locator('#trace-messages > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['status'] ?? (li as HTMLElement).dataset['method']));

describe('trace explainer', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: paste → count, messages in order, ladder, link to the code page; no request after load`, async () => {
      const { page, errors, late } = await open(lang);
      await explain(page, fixture('asterisk-pjsip.txt'));
      expect(await page.locator('#trace-status').textContent()).toMatch(lang === 'en' ? /^4 messages read/ : /^4 件のメッセージ/);
      expect(await order(page)).toEqual(['INVITE', '100', '486', 'ACK']);
      // One ladder for the one Call-ID, with an arrow per message and the text version.
      expect(await page.locator('.trace-dialog svg.flow .step').count()).toBe(4);
      expect(await page.locator('.trace-dialog .flow-text li').count()).toBe(4);
      // The 486 is explained in the page's language and links to its page.
      const busy = page.locator('#trace-messages > li[data-status="486"]');
      expect(await busy.locator('.trace-meaning').textContent()).toContain(plainText(getCode(486).text[lang].summary));
      const link = busy.locator(`a[href="${codeUrl(lang, 486)}"]`);
      expect(await link.count()).toBe(1);
      expect(late).toEqual([]);
      expect(errors).toEqual([]);
      await link.click();
      await page.waitForURL(`**${codeUrl(lang, 486)}`);
      await page.close();
    });
  }

  it('text without SIP gets a clear message, and the page keeps working', async () => {
    const { page, errors } = await open('en');
    await explain(page, 'Call failed with 486 at 10:00:01, see SIP/2.0 spec');
    expect(await page.locator('#trace-status').textContent()).toMatch(/No SIP message found/);
    expect(await page.locator('#trace-status.error').count()).toBe(1);
    await explain(page, fixture('ngrep-byline.txt'));
    expect(await order(page)).toEqual(['INVITE', '100', '486', 'ACK']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a dropped pcap is read: Ethernet, IPv4, UDP', async () => {
    // Global header (magic a1b2c3d4 little-endian, version 2.4, snaplen 65535, link type 1 = Ethernet),
    // one record (time, lengths) holding Ethernet + IPv4 + UDP + a SIP response.
    const sip = Buffer.from('SIP/2.0 503 Service Unavailable\r\nVia: SIP/2.0/UDP 192.0.2.10;branch=z9hG4bK1\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>;tag=2\r\nCall-ID: cap@x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n');
    const udp = Buffer.concat([Buffer.from([0x13, 0xc4, 0x13, 0xc4, (8 + sip.length) >> 8, (8 + sip.length) & 0xff, 0, 0]), sip]);
    const ip = Buffer.concat([Buffer.from([0x45, 0, (20 + udp.length) >> 8, (20 + udp.length) & 0xff, 0, 1, 0, 0, 64, 17, 0, 0, 198, 51, 100, 20, 192, 0, 2, 10]), udp]);
    const frame = Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0x08, 0x00]), ip]);
    const le = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24]);
    const pcap = Buffer.concat([le(0xa1b2c3d4), Buffer.from([2, 0, 4, 0]), le(0), le(0), le(65535), le(1), le(1796378400), le(0), le(frame.length), le(frame.length), frame]);
    const { page, errors, late } = await open('en');
    await page.locator('#trace-file').setInputFiles({ name: 'call.pcap', mimeType: 'application/vnd.tcpdump.pcap', buffer: pcap });
    await page.waitForSelector('#trace-messages > li');
    expect(await order(page)).toEqual(['503']);
    expect(await page.locator('#trace-messages > li .trace-meta').textContent()).toContain('198.51.100.20:5060 → 192.0.2.10:5060');
    expect(await page.locator('#trace-messages > li .finding-no-retry-after').count()).toBe(1);
    expect(late).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a file that is not a capture, and a RFC 4475 invalid message, are reported', async () => {
    const { page, errors } = await open('ja');
    await page.locator('#trace-file').setInputFiles({ name: 'x.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 0, 0, 0, 9, 8, 7]) });
    await page.waitForFunction(() => document.getElementById('trace-status')!.classList.contains('error'));
    expect(await page.locator('#trace-status').textContent()).toMatch(/pcap/);
    await explain(page, readFileSync(new URL('../fixtures/rfc4475/ltgtruri.dat', import.meta.url), 'latin1'));
    expect(await page.locator('#trace-messages .trace-problems').textContent()).toContain('Request-URI');
    expect(errors).toEqual([]);
    await page.close();
  });
});
