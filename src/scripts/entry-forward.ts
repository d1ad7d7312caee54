/**
 * Keeps old links to entries of the corrections log working. Entries of a day are sorted, so an entry
 * added to a long day can push later entries to the next part: a link published as day/#some-id may
 * now land on a part that no longer holds #some-id. When the URL's fragment names no element of the
 * page, this fetches the day's map (data-entry-map, see correctionDayMap) and moves to the part that
 * holds the entry. Anything else (no fragment, one the page holds, a malformed or unknown one, no
 * map, a failed fetch) leaves the reader where they are.
 */
export async function forwardToEntry(): Promise<void> {
  const map = document.querySelector<HTMLElement>('[data-entry-map]')?.dataset['entryMap'];
  if (!map) return;
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // a malformed escape ("#%E3")
  }
  if (!id || document.getElementById(id)) return;
  try {
    const response = await fetch(map);
    if (!response.ok) return;
    const { parts } = (await response.json()) as { parts: { url: string; ids: string[] }[] };
    const holder = parts.find((part) => part.ids.includes(id));
    if (!holder) return;
    const target = new URL(holder.url, location.href);
    // The map names this very page: nothing better to go to (and never a loop).
    if (target.pathname === location.pathname) return;
    target.hash = location.hash;
    location.replace(target.href);
  } catch {
    /* no map, or not the map we expect: stay */
  }
}

export function bootEntryForward(): void {
  void forwardToEntry();
  addEventListener('hashchange', () => void forwardToEntry());
}
