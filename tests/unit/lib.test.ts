import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeHtml, plainText, renderInline } from '../../src/lib/inline';
import { formatRfcRef, parseRfcRef, rfcUrl } from '../../src/lib/rfc';
import { absoluteUrl, alternates, codeUrl, compareSlug, compareUrl, homeUrl, langOfPath, parseCompareSlug, rootUrl, sitePath, translatePath } from '../../src/lib/urls';
import { jsonLdScript } from '../../src/lib/seo';
import { parseRegistryCsv } from '../../src/lib/registry';

describe('RFC references', () => {
  it('parse the registry notation and link the exact section', () => {
    const ref = parseRfcRef('RFC3261 §21.4.24');
    expect(ref).toEqual({ rfc: 3261, section: '21.4.24' });
    expect(rfcUrl(ref)).toBe('https://www.rfc-editor.org/rfc/rfc3261.html#section-21.4.24');
    expect(formatRfcRef(ref)).toBe('RFC 3261 §21.4.24');
  });
  it('link appendices to their appendix anchor', () => {
    expect(rfcUrl(parseRfcRef('RFC3261 §A'))).toBe('https://www.rfc-editor.org/rfc/rfc3261.html#appendix-A');
  });
  it('reject malformed references with the reference in the message', () => {
    expect(() => parseRfcRef('RFC 3261 21.4')).toThrow('"RFC 3261 21.4"');
  });
});

describe('URLs', () => {
  it('put the lower code first in comparisons, whatever the order asked', () => {
    expect(compareUrl('en', 486, 480)).toBe('/en/compare/480-vs-486/');
    expect(compareSlug(480, 486)).toBe('480-vs-486');
    expect(parseCompareSlug('480-vs-486')).toEqual([480, 486]);
    expect(parseCompareSlug('480-486')).toBeUndefined();
    expect(() => compareSlug(486, 486)).toThrow(/itself/);
  });
  it('switch language by swapping the prefix only', () => {
    expect(translatePath('/en/codes/486/', 'ja')).toBe('/ja/codes/486/');
    expect(translatePath('/ja/', 'en')).toBe('/en/');
    expect(() => translatePath('/fr/codes/', 'en')).toThrow();
    expect(codeUrl('ja', 603)).toBe('/ja/codes/603/');
  });
  it('give absolute hreflang alternates for en, ja and x-default', () => {
    expect(alternates('https://example.org', '/ja/codes/486/')).toEqual([
      { hreflang: 'en', href: 'https://example.org/en/codes/486/' },
      { hreflang: 'ja', href: 'https://example.org/ja/codes/486/' },
      { hreflang: 'x-default', href: 'https://example.org/en/codes/486/' },
    ]);
  });
});

describe('URLs under a base path (BASE_PATH=/sip-response-codes/)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('put every page, file and the root under the base', () => {
    vi.stubEnv('BASE_URL', '/sip-response-codes/');
    expect(codeUrl('en', 486)).toBe('/sip-response-codes/en/codes/486/');
    expect(homeUrl('ja')).toBe('/sip-response-codes/ja/');
    expect(compareUrl('ja', 486, 480)).toBe('/sip-response-codes/ja/compare/480-vs-486/');
    expect(sitePath('data/sip-response-codes.json')).toBe('/sip-response-codes/data/sip-response-codes.json');
    expect(sitePath('/favicon.svg')).toBe('/sip-response-codes/favicon.svg');
    expect(rootUrl()).toBe('/sip-response-codes/');
  });
  it('switch language and read the language after the base', () => {
    vi.stubEnv('BASE_URL', '/sip-response-codes/');
    expect(translatePath('/sip-response-codes/en/codes/486/', 'ja')).toBe('/sip-response-codes/ja/codes/486/');
    expect(langOfPath('/sip-response-codes/ja/compare/480-vs-486/')).toBe('ja');
    expect(langOfPath('/sip-response-codes/data/x.json')).toBeUndefined();
  });
  it('make absolute URLs on the public origin, with the base once', () => {
    vi.stubEnv('BASE_URL', '/tools/sip');
    expect(codeUrl('ja', 486)).toBe('/tools/sip/ja/codes/486/');
    expect(absoluteUrl('https://intranet.example', codeUrl('ja', 486))).toBe('https://intranet.example/tools/sip/ja/codes/486/');
    expect(absoluteUrl('https://intranet.example/tools/sip/', codeUrl('ja', 486))).toBe('https://intranet.example/tools/sip/ja/codes/486/');
    expect(alternates('https://intranet.example', codeUrl('ja', 486))[0]).toEqual({ hreflang: 'en', href: 'https://intranet.example/tools/sip/en/codes/486/' });
  });
});

describe('inline markup of data prose', () => {
  it('escapes HTML in data text', () => {
    expect(renderInline('<img src=x onerror=alert(1)>', 'en')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
  it('links RFC sections, codes in the page language, and marks code', () => {
    expect(renderInline('See RFC 3261 §21.4.24.', 'en')).toBe(
      'See <a href="https://www.rfc-editor.org/rfc/rfc3261.html#section-21.4.24" class="rfc" title="486 Busy Here">RFC 3261 §21.4.24</a>.',
    );
    expect(renderInline('[[486]] と比較', 'ja')).toBe('<a href="/ja/codes/486/">486</a> と比較');
    expect(renderInline('`Retry-After: 120`', 'en')).toBe('<code>Retry-After: 120</code>');
    expect(renderInline('RFC 3515', 'en')).toBe(
      '<a href="https://www.rfc-editor.org/rfc/rfc3515.html" class="rfc" title="The Session Initiation Protocol (SIP) Refer Method">RFC 3515</a>',
    );
    // A heading with quotes stays inside its attribute.
    expect(renderInline('RFC 6665 §8.2.2', 'en')).toContain('title="&quot;Allow-Events&quot; Header Field"');
  });
  it('strips the markup for plain-text uses', () => {
    expect(plainText('`SIP-ETag` and [[580]]')).toBe('SIP-ETag and 580');
  });
});

describe('structured data', () => {
  it('cannot be closed early by data text', () => {
    expect(jsonLdScript([{ name: '</script><script>alert(1)</script>' }])).not.toContain('</script>');
  });
});

describe('registry snapshot parsing', () => {
  it('splits several references', () => {
    const [row] = parseRegistryCsv('code,reason_phrase,references,status\n202,Accepted,RFC6665 §8.3.1; RFC7647 §5,deprecated');
    expect(row).toEqual({ code: 202, phrase: 'Accepted', refs: ['RFC6665 §8.3.1', 'RFC7647 §5'], status: 'deprecated' });
  });
});

describe('search queries naming two codes', () => {
  it('find the comparison, lower code first, in either language', async () => {
    const { pairOf } = await import('../../src/lib/search');
    expect(pairOf('480 486')).toBe('480-vs-486');
    expect(pairOf('486 vs 480')).toBe('480-vs-486');
    expect(pairOf('480と486の違い')).toBe('480-vs-486');
    expect(pairOf('486')).toBeUndefined();
    expect(pairOf('486 486')).toBeUndefined();
    expect(pairOf('4861 480')).toBeUndefined();
    expect(pairOf('busy')).toBeUndefined();
  });
});

describe('interworking tables', () => {
  it('name only registered codes and known causes, each code once in SIP → ISUP', async () => {
    const { CAUSES, ISUP_TO_SIP, SIP_TO_ISUP } = await import('../../src/data/q850');
    const { REGISTERED_CODES } = await import('../../src/data/registry');
    const { HTTP_FALSE_FRIENDS } = await import('../../src/data/http');
    for (const row of SIP_TO_ISUP) {
      expect(REGISTERED_CODES.has(row.code), `${row.code}`).toBe(true);
      if (row.cause !== undefined) expect(CAUSES[row.cause], `cause ${row.cause}`).toBeDefined();
      else expect(row.note, `${row.code} without a cause needs a note`).toBeDefined();
    }
    expect(new Set(SIP_TO_ISUP.map((r) => r.code)).size).toBe(SIP_TO_ISUP.length);
    for (const row of ISUP_TO_SIP) {
      expect(CAUSES[row.cause], `cause ${row.cause}`).toBeDefined();
      if (row.code !== undefined) expect(REGISTERED_CODES.has(row.code), `${row.code}`).toBe(true);
    }
    for (const friend of HTTP_FALSE_FRIENDS) expect(REGISTERED_CODES.has(friend.code), `${friend.code}`).toBe(true);
  });

  it('give 488 and 606 the cause RFC 3398 §8.2.6.1 chooses by the Warning header, not "no cause"', async () => {
    const { SIP_TO_ISUP } = await import('../../src/data/q850');
    const { rfcCausesFor } = await import('../../src/lib/stacks');
    const { t } = await import('../../src/i18n');
    // "488 Not Acceptable here --- by Warning header": 31 by default, 65 for an unavailable bearer capability.
    expect(SIP_TO_ISUP.filter((r) => r.byWarning).map((r) => r.code)).toEqual([488, 606]);
    // Only 487 has no mapping at all ("--- (no mapping)").
    expect(SIP_TO_ISUP.filter((r) => r.cause === undefined && !r.byWarning).map((r) => r.code)).toEqual([487]);
    for (const row of SIP_TO_ISUP.filter((r) => r.byWarning)) expect(rfcCausesFor('rfc3398', row.code)).toEqual({ values: [65, 31], kind: 'warning' });
    for (const lang of ['en', 'ja'] as const) {
      const ui = t(lang).interworking;
      expect(ui.byWarning, lang).toContain('31');
      expect(ui.byWarning, lang).toContain('65');
      expect(ui.byWarning, lang).toContain('Warning');
    }
  });

  it('present every mapping as what RFC 3398 recommends (§7.2.4.1, §8.2.6.1), and 603 for cause 21 as an allowed alternative', async () => {
    const { ISUP_DEFAULT_CODE, ISUP_TO_SIP, SIP_TO_ISUP } = await import('../../src/data/q850');
    const { t } = await import('../../src/i18n');
    const codes = new Set([...SIP_TO_ISUP.map((r) => r.code), ...ISUP_TO_SIP.flatMap((r) => (r.code === undefined ? [] : [r.code]))]);
    for (const code of codes) {
      for (const [lang, word] of [['en', 'recommends'], ['ja', '推奨している']] as const) {
        const ui = t(lang).interworking;
        const to = ui.toIsup(code);
        const from = ui.fromIsup(code, true);
        expect(to.before + to.after, `${lang} ${code}`).toContain(word);
        expect(from.before + from.after, `${lang} ${code}`).toContain(word);
      }
    }
    // RFC 3398 maps cause 21 to 403; 603 only "could be given" when the cause location is the user.
    expect(ISUP_TO_SIP.filter((r) => r.cause === 21 && r.insteadOf === undefined).map((r) => r.code)).toEqual([403]);
    expect(ISUP_TO_SIP.find((r) => r.code === 603)?.insteadOf).toBe(403);
    expect(ISUP_DEFAULT_CODE).toBe(500);
  });
});

describe('the dataset: requests outside a dialog', () => {
  it('exports methodsDialog and its sections for 204, 491, 607 and 608 only, in the JSON (valid against its schema) and the CSV', async () => {
    const { CODES } = await import('../../src/data');
    const { buildDataset, datasetCsv, datasetSchema, DATASET_VERSION } = await import('../../src/lib/dataset');
    const data = buildDataset(CODES, { site: 'https://example.com', registryUrl: 'https://www.iana.org/assignments/sip-parameters/', registryUpdated: '2025-04-22' });
    expect(() => datasetSchema.parse(data)).not.toThrow();
    expect(DATASET_VERSION).toBe('2.9.0');
    expect(data.codes.filter((c) => c.methodsDialog).map((c) => [c.code, c.methodsDialog, c.methodsDialogRefs?.map((r) => `RFC${r.rfc} §${r.section}`)])).toEqual([
      [204, 'inside', ['RFC5839 §7.1']],
      [491, 'inside', ['RFC3261 §21.4.27']],
      [607, 'outside', ['RFC8197 §4']],
      [608, 'outside', ['RFC8688 §3.1']],
    ]);
    const rows = datasetCsv(data).split('\r\n');
    const methodsColumn = rows[0]!.split(',').indexOf('methods');
    const cell = (code: number) => rows.find((r) => r.startsWith(`${code},`))!.split(',')[methodsColumn];
    expect([cell(607), cell(608), cell(480), cell(401), cell(491), cell(204)]).toEqual(['out-of-dialog', 'out-of-dialog', 'any', 'any except CANCEL', 'in-dialog', 'SUBSCRIBE in-dialog']);
  });

  it('marks the INVITE-only provisional codes whose restriction is RFC 4320 §4.1\'s MUST NOT, and only those', async () => {
    const { CODES } = await import('../../src/data');
    const { buildDataset, datasetSchema } = await import('../../src/lib/dataset');
    const data = buildDataset(CODES, { site: 'https://example.com', registryUrl: 'https://www.iana.org/assignments/sip-parameters/', registryUpdated: '2025-04-22' });
    expect(() => datasetSchema.parse(data)).not.toThrow();
    expect(data.codes.filter((c) => c.methodsOthersForbidden).map((c) => c.code)).toEqual([180, 181, 182, 183, 199]);
    // 408's INVITE-only rule binds transaction-stateful elements only: not a prohibition on every sender.
    expect(data.codes.find((c) => c.code === 408)!.methodsOthersForbidden).toBeUndefined();
  });
});
