/**
 * Renders a call flow as an SVG ladder diagram: one lifeline per party, one arrow per message,
 * the page's own code emphasised. Code pages draw it at build time; the trace explainer draws the
 * ladders of a pasted trace with it in the browser (so it imports nothing heavier than html.ts).
 * Colours come from CSS (currentColor and classes), so the diagram follows the light or dark
 * scheme. No script, no external resources.
 */
import type { Flow } from '../data/schema';
import { escapeHtml } from './html';

/** What a ladder needs: a code's Flow fits, and so does a trace's dialog. */
export interface Ladder {
  parties: readonly { id: string }[];
  steps: readonly { from: string; to: string; label: string }[];
}

export interface FlowLayout {
  width: number;
  height: number;
  columns: Map<string, number>;
}

const DEFAULT_COLUMN = 150;
const MARGIN = 20;
const HEADER = 54;
const ROW = 38;

export function layoutFlow(flow: Ladder, column = DEFAULT_COLUMN): FlowLayout {
  const columns = new Map(flow.parties.map((p, i) => [p.id, MARGIN + column / 2 + i * column]));
  return {
    width: MARGIN * 2 + column * flow.parties.length,
    height: HEADER + ROW * flow.steps.length + 24,
    columns,
  };
}

export interface FlowSvgOptions {
  /** The code the page is about: its steps are emphasised. */
  code?: number;
  id: string;
  title: string;
  description: string;
  /** Column width in px (party names longer than fit are shortened with "…"). */
  column?: number;
  /** Extra attributes for a step's group, e.g. data-status="486". */
  stepAttributes?: (index: number) => string;
}

/**
 * @param names the label of each party, by id, in the page's language
 */
export function flowSvg(flow: Flow | Ladder, names: Map<string, string>, opts: FlowSvgOptions): string {
  const COLUMN = opts.column ?? DEFAULT_COLUMN;
  const { width, height, columns } = layoutFlow(flow, COLUMN);
  const max = Math.floor((COLUMN - 20) / 7);
  const fit = (name: string) => (opts.column && name.length > max ? `${name.slice(0, max - 1)}…` : name);
  const x = (id: string) => columns.get(id)!;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc">`,
    `<title id="${opts.id}-title">${escapeHtml(opts.title)}</title>`,
    `<desc id="${opts.id}-desc">${escapeHtml(opts.description)}</desc>`,
    `<defs><marker id="${opts.id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`,
  );
  for (const party of flow.parties) {
    const cx = x(party.id);
    parts.push(
      `<rect class="party" x="${cx - COLUMN / 2 + 8}" y="4" width="${COLUMN - 16}" height="30" rx="6"/>`,
      `<text class="party-name" x="${cx}" y="24" text-anchor="middle">${escapeHtml(fit(names.get(party.id) ?? party.id))}</text>`,
      `<line class="lifeline" x1="${cx}" y1="34" x2="${cx}" y2="${height - 8}"/>`,
    );
  }
  flow.steps.forEach((step, i) => {
    const y = HEADER + ROW * i + 20;
    const [x1, x2] = [x(step.from), x(step.to)];
    const own = opts.code !== undefined && step.label.startsWith(`${opts.code} `);
    const dir = x2 > x1 ? 1 : x2 < x1 ? -1 : 0;
    parts.push(
      `<g class="step${own ? ' own' : ''}"${opts.stepAttributes ? ` ${opts.stepAttributes(i)}` : ''}>`,
      `<line x1="${x1 + dir * 4}" y1="${y}" x2="${x2 - dir * 6}" y2="${y}" marker-end="url(#${opts.id}-arrow)"/>`,
      `<text x="${(x1 + x2) / 2}" y="${y - 7}" text-anchor="middle">${escapeHtml(step.label)}</text>`,
      `</g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
