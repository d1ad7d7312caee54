/**
 * The only script a page loads up front (well under 1 KB): it waits for the reader to ask
 * for search (the button or the "/" key) and only then loads the search UI and Pagefind.
 * It also enables the compare picker and the copy buttons of example messages.
 */
declare const __SEARCH_UI_URL__: string;

export function bootSearch(): void {
  let ui: Promise<typeof import('./search-ui')> | undefined;
  const open = () => {
    // A URL Vite does not follow: the UI is compiled apart (src/integrations/search-ui.ts).
    const url = __SEARCH_UI_URL__;
    ui ??= import(/* @vite-ignore */ url) as Promise<typeof import('./search-ui')>;
    void ui.then((m) => m.openSearch());
  };
  document.getElementById('search-open')?.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.target as Element).closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    open();
  });
  // Copy buttons of the example messages: shown only where the clipboard is available.
  if (navigator.clipboard) {
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        await navigator.clipboard.writeText(document.getElementById(button.dataset.copy!)!.textContent!.trimEnd());
        button.textContent = button.dataset.copied!;
      });
    }
  }
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-compare]')) {
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const [a, b] = [...form.querySelectorAll('select')].map((s) => Number(s.value));
      const output = form.querySelector('output');
      if (!a || !b || a === b) {
        if (output) output.textContent = form.dataset.same ?? '';
        return;
      }
      location.href = `${form.dataset.base}${Math.min(a, b)}-vs-${Math.max(a, b)}/`;
    });
  }
}
