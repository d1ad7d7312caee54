/**
 * Renders a call flow as an SVG ladder diagram: one lifeline per party, one arrow per message,
 * the page's own code emphasised. Code pages draw it at build time; the trace explainer draws the
 * ladders of a pasted trace with it in the browser (so it imports nothing heavier than html.ts).
 * Colours come from CSS (currentColor and classes), so the diagram follows the light or dark
 * scheme. No script, no external resources.
 */
import type { Flow, Lang } from '../data/schema';
import { escapeHtml } from './html';

/** What a ladder needs: a code's Flow in one language (ladderOf) fits, and so does a trace's dialog. */
export interface Ladder {
  parties: readonly { id: string }[];
  /** `note`: words about the step in the page's language, drawn as a smaller line under the label. */
  steps: readonly { from: string; to: string; label: string; note?: string | undefined }[];
}

/** A code's flow with each step's note in one language. */
export function ladderOf(flow: Flow, lang: Lang): Ladder {
  return { parties: flow.parties, steps: flow.steps.map((s) => ({ from: s.from, to: s.to, label: s.label, note: s.note?.[lang] })) };
}

export interface FlowLayout {
  width: number;
  height: number;
  columns: Map<string, number>;
  /** The y of each step's arrow. */
  arrows: number[];
}

const DEFAULT_COLUMN = 150;
const MARGIN = 20;
const HEADER = 54;
const ROW = 38;
/** Font sizes in px: global.css draws labels at 12px and notes at 11px. */
const LABEL_SIZE = 12;
const NOTE_SIZE = 11;
/** The extra height of a row with a note: the note's line, between the label and the arrow. */
const NOTE_LINE = 13;

/**
 * A generous estimate of a text's width in px: a CJK character or full-width form is one em wide,
 * anything else 0.6 em (the average Latin glyph of the sans-serif faces is narrower). Bold labels fit too.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\u115f\u2e80-\u303f\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.6;
  return ems * size;
}

/**
 * Columns one per party, rows one per step (taller for a step with a note). A label or note wider
 * than the room beside its arrow widens the diagram (and moves the columns right, for text that
 * would start left of 0), so no text is clipped.
 */
export function layoutFlow(flow: Ladder, column = DEFAULT_COLUMN): FlowLayout {
  let width = MARGIN * 2 + column * flow.parties.length;
  const base = new Map(flow.parties.map((p, i) => [p.id, MARGIN + column / 2 + i * column]));
  let left = 0;
  let right = width;
  for (const step of flow.steps) {
    const mid = ((base.get(step.from) ?? 0) + (base.get(step.to) ?? 0)) / 2;
    const half = Math.max(textWidth(step.label, LABEL_SIZE), step.note ? textWidth(step.note, NOTE_SIZE) : 0) / 2 + 4;
    left = Math.min(left, mid - half);
    right = Math.max(right, mid + half);
  }
  const shift = Math.ceil(-left);
  width = Math.ceil(right) + shift;
  const columns = new Map([...base].map(([id, x]) => [id, x + shift]));
  const arrows: number[] = [];
  let top = HEADER;
  for (const step of flow.steps) {
    const extra = step.note ? NOTE_LINE : 0;
    arrows.push(top + 20 + extra);
    top += ROW + extra;
  }
  return { width, height: top + 24, columns, arrows };
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
export function flowSvg(flow: Ladder, names: Map<string, string>, opts: FlowSvgOptions): string {
  const COLUMN = opts.column ?? DEFAULT_COLUMN;
  const { width, height, columns, arrows } = layoutFlow(flow, COLUMN);
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
    const y = arrows[i]!;
    const [x1, x2] = [x(step.from), x(step.to)];
    const own = opts.code !== undefined && step.label.startsWith(`${opts.code} `);
    const dir = x2 > x1 ? 1 : x2 < x1 ? -1 : 0;
    parts.push(
      `<g class="step${own ? ' own' : ''}"${opts.stepAttributes ? ` ${opts.stepAttributes(i)}` : ''}>`,
      `<line x1="${x1 + dir * 4}" y1="${y}" x2="${x2 - dir * 6}" y2="${y}" marker-end="url(#${opts.id}-arrow)"/>`,
      `<text x="${(x1 + x2) / 2}" y="${y - 7 - (step.note ? NOTE_LINE : 0)}" text-anchor="middle">${escapeHtml(step.label)}</text>`,
      step.note ? `<text class="note" x="${(x1 + x2) / 2}" y="${y - 7}" text-anchor="middle">${escapeHtml(step.note)}</text>` : '',
      `</g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
