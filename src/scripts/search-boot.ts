/**
 * The only script a page loads up front (well under 1 KB): it waits for the reader to show
 * interest in search (pointer over or focus on the search button, the button itself, the "/"
 * key) and only then loads the search UI and Pagefind.
 * It also enables the compare picker and the copy buttons of example messages.
 */
declare const __SEARCH_UI_URL__: string;

export function bootSearch(): void {
  let ui: Promise<typeof import('./search-ui')> | undefined;
  // On the first sign of intent, fetch the search UI and Pagefind side by side; the UI then loads
  // the index, so that the first query does not wait for it.
  const warm = () => {
    if (ui) return ui;
    const pagefind = document.getElementById('search')?.dataset['pagefind'];
    if (pagefind) import(/* @vite-ignore */ pagefind).catch(() => {});
    // A URL Vite does not follow: the UI is compiled apart (src/integrations/search-ui.ts).
    ui = import(/* @vite-ignore */ __SEARCH_UI_URL__) as Promise<typeof import('./search-ui')>;
    void ui.then((m) => m.warmSearch(), () => (ui = undefined));
    return ui;
  };
  // The dialog is in the page: open it at once, so that no keystroke waits for (or is lost before)
  // the search UI; the UI then searches whatever was typed meanwhile.
  const open = () => {
    const dialog = document.getElementById('search') as HTMLDialogElement | null;
    const input = document.getElementById('search-input') as HTMLInputElement | null;
    if (dialog && input && !dialog.open) {
      dialog.showModal();
      input.focus();
      input.select();
    }
    void warm().then((m) => m.openSearch());
  };
  const button = document.getElementById('search-open');
  button?.addEventListener('click', open);
  for (const intent of ['pointerenter', 'focus', 'touchstart']) button?.addEventListener(intent, warm, { once: true, passive: true });
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
    // The second list arrives with only its chosen code; it offers the same codes as the first.
    const [first, second] = form.querySelectorAll('select');
    if (first && second) {
      const chosen = second.value;
      second.replaceChildren(...[...first.options].map((o) => new Option(o.text, o.value)));
      second.value = chosen;
    }
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
