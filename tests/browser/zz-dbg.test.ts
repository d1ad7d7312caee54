import { it } from 'vitest';
import { useSite } from '../support/site';
const site = useSite();
it('dbg', { timeout: 600_000 }, async () => {
  for (const [lang, q] of [['en', 'REFER'], ['ja', 'タイムアウト']] as const) {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/${lang}/`);
    const r = await page.evaluate(async (q) => {
      const url = document.getElementById('search')!.dataset['pagefind']!;
      const pf: any = await (new Function('u', 'return import(u)'))(url);
      await pf.options({ ranking: { pageLength: 0 } });
      await pf.init();
      const f = await pf.search(q, { filters: { kind: 'reference' } });
      const u = await pf.search(q);
      const fd = await Promise.all(f.results.slice(0, 5).map(async (x: any) => `${(await x.data()).url} ${x.score.toFixed(3)}`));
      const ud = await Promise.all(u.results.slice(0, 12).map(async (x: any) => `${(await x.data()).url} ${x.score.toFixed(3)}`));
      return { fd, ud };
    }, q);
    console.log(lang, q, '\nfiltered:', r.fd.join(', '), '\nunfiltered:', r.ud.join(', '));
    await page.close();
  }
});
