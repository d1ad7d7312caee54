/**
 * Renders the small inline markup of the data module's prose to HTML:
 * `code` → <code>, [[486]] → a link to that code's page, "RFC 3261 §21.4.9" → a link to the section
 * (its heading from the RFC as the link's title, read by screen readers as its description).
 * Everything else is escaped, so data text can never inject markup.
 */
import type { Lang } from '../data/schema';
import { rfcTitle, rfcUrl, sectionTitle } from './rfc';
import { codeUrl } from './urls';
import { escapeHtml } from './html';

export { escapeHtml };

const TOKEN = /`([^`]+)`|\[\[(\d{3})\]\]|RFC ?([1-9]\d{3})(?: ?§ ?((?:\d+|[A-Z])(?:\.\d+)*))?/g;

export function renderInline(text: string, lang: Lang): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    html += escapeHtml(text.slice(last, match.index));
    const [whole, code, linkedCode, rfc, section] = match;
    if (code !== undefined) {
      html += `<code>${escapeHtml(code)}</code>`;
    } else if (linkedCode !== undefined) {
      html += `<a href="${codeUrl(lang, Number(linkedCode))}">${linkedCode}</a>`;
    } else if (rfc !== undefined) {
      const href = section ? rfcUrl({ rfc: Number(rfc), section }) : `https://www.rfc-editor.org/rfc/rfc${rfc}.html`;
      const title = section ? sectionTitle(Number(rfc), section) : rfcTitle(Number(rfc));
      html += `<a href="${href}" class="rfc"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(whole)}</a>`;
    }
    last = match.index + whole.length;
  }
  return html + escapeHtml(text.slice(last));
}

/** The same text with the markup removed, for meta descriptions and search records. */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1').replace(/\[\[(\d{3})\]\]/g, '$1');
}
