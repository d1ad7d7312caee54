/**
 * Old links to entries of the corrections log keep working. Entries of a day are sorted, so an entry
 * added to a long day pushes later entries to the next part: a link published as day/#id (part 1)
 * may name an entry that part 2 holds now. The part pages forward such a link to the part that holds
 * the entry (src/scripts/entry-forward.ts), and leave every other fragment alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data';
import { correctionDayParts } from '../../src/lib/corrections';
import { correctionsDayUrl } from '../../src/lib/urls';
import { watchErrors } from '../support/browser';
import { useSite } from '../support/site';

const site = useSite();

// The first entry of a part 2: the entry that a single addition to part 1 pushes over.
const second = correctionDayParts().find((p) => p.part === 2)!;
const first = correctionDayParts().find((p) => p.date === second.date && p.part === 1)!;
const moved = second.entries[0]!;
const stayed = first.entries[0]!;

async function open(lang: (typeof LANGS)[number], part: number, hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.url}${correctionsDayUrl(lang, second.date, part)}${hash}`);
  return { page, errors };
}

/** The entry's article is on screen: the browser scrolled to it. */
const onScreen = (page: Page, id: string) =>
  page.locator(`article[id="${id}"]`).evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    return top > -2 && top < innerHeight / 2;
  });

describe('an old link to an entry that moved to another part of its day', () => {
  it.for(LANGS)('%s: part 1 with the fragment of an entry on part 2 ends on part 2, at the entry', async (lang) => {
    const { page, errors } = await open(lang, 1, `#${moved.id}`);
    await page.waitForURL(`${site.url}${correctionsDayUrl(lang, second.date, 2)}#${moved.id}`, { timeout: 10_000 });
    await expect.poll(() => onScreen(page, moved.id), { timeout: 5_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('part 2 with the fragment of an entry on part 1 ends on part 1; a percent-encoded fragment is read decoded', async () => {
    const back = await open('en', 2, `#${stayed.id}`);
    await back.page.waitForURL(`${site.url}${correctionsDayUrl('en', second.date, 1)}#${stayed.id}`, { timeout: 10_000 });
    await back.page.close();
    const encoded = `#${moved.id.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
    const { page, errors } = await open('ja', 1, encoded);
    await page.waitForURL((url) => url.pathname === correctionsDayUrl('ja', second.date, 2), { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a fragment typed on part 1 after it loaded (hashchange) forwards too', async () => {
    const { page, errors } = await open('en', 1, '');
    await page.waitForLoadState('networkidle');
    await page.evaluate((id) => (location.hash = id), moved.id);
    await page.waitForURL(`${site.url}${correctionsDayUrl('en', second.date, 2)}#${moved.id}`, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.for(['', '#', '#%', '#%E3%81', '#%E3%81%82', '#no-such-entry', '#content', `#${stayed.id}`, `#${moved.id}-title`])(
    'part 1 with %j stays on part 1, without errors',
    async (hash) => {
      const { page, errors } = await open('en', 1, hash);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      expect(new URL(page.url()).pathname).toBe(correctionsDayUrl('en', second.date, 1));
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
