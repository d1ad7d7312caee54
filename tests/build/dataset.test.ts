import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/data/registry';
import { datasetSchema } from '../../src/lib/dataset';
import { STACK_ROW_COUNT } from '../../src/data/stacks';
import { DIST, allPages, page, requireBuild } from '../support/dist';

beforeAll(requireBuild);

const read = (name: string) => readFileSync(join(DIST, 'data', name), 'utf8');

/** Minimal RFC 4180 reader for the test: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

describe('the dataset', () => {
  it('JSON matches its schema and has every registered code with its registered phrase', () => {
    const data = datasetSchema.parse(JSON.parse(read('sip-response-codes.json')));
    expect(data.codes.map((c) => [c.code, c.reasonPhrase])).toEqual(REGISTRY.map((r) => [r.code, r.phrase]));
    expect(data.registry.updated).toBe('2025-04-22');
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const c of data.codes) expect(c.text.ja.summary).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('JSON carries each call-flow step with its protocol label and its note in both languages', () => {
    const data = datasetSchema.parse(JSON.parse(read('sip-response-codes.json')));
    const steps = data.codes.find((c) => c.code === 481)!.flow!.steps;
    expect(steps.find((s) => s.label === 'CANCEL')?.note).toEqual({ en: 'sent before the 200 OK arrived', ja: '200 OK が届く前に送信' });
    expect(steps.find((s) => s.label === 'INVITE')).not.toHaveProperty('note');
    const schema = JSON.parse(read('sip-response-codes.schema.json'));
    expect(schema.properties.codes.items.properties.flow.properties.steps.items.properties.note.properties).toHaveProperty('ja');
  });

  it('publishes a JSON Schema that describes the codes array', () => {
    const schema = JSON.parse(read('sip-response-codes.schema.json'));
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.properties.codes.type).toBe('array');
    expect(schema.properties.codes.items.required).toEqual(expect.arrayContaining(['code', 'reasonPhrase', 'text']));
  });

  it('CSV has a header and one row per code, the same as the JSON', () => {
    const rows = parseCsv(read('sip-response-codes.csv'));
    const [header, ...body] = rows;
    expect(header?.slice(0, 3)).toEqual(['code', 'reason_phrase', 'class']);
    expect(body.map((r) => [Number(r[0]), r[1]])).toEqual(REGISTRY.map((r) => [r.code, r.phrase]));
    expect(body.every((r) => r.length === header!.length)).toBe(true);
  });

  it('JSON carries every stack row with the source line it was read from, and the stack CSV the same rows', () => {
    const data = datasetSchema.parse(JSON.parse(read('sip-response-codes.json')));
    expect(data.stacks.rows).toHaveLength(STACK_ROW_COUNT);
    expect(data.stacks.sources.map((s) => s.stack)).toEqual(['asterisk', 'freeswitch', 'pjsip', 'sofia', 'kamailio', 'opensips', 'wireshark']);
    for (const row of data.stacks.rows) expect(row.source.url.startsWith(`https://github.com/${row.source.repository}/blob/${row.source.commit}/${row.source.path}`)).toBe(true);
    const busy = data.stacks.rows.find((r) => r.stack === 'asterisk' && r.table === 'chan_pjsip' && r.direction === 'sip_to_cause' && r.code === 486)!;
    expect(busy).toMatchObject({ cause: 17, name: 'AST_CAUSE_BUSY', fallback: false, source: { path: 'res/res_pjsip.c', lines: [3569, 3570] } });
    const [header, ...body] = parseCsv(read('sip-stacks.csv'));
    expect(header?.slice(0, 5)).toEqual(['stack', 'table', 'direction', 'code', 'cause']);
    expect(body).toHaveLength(STACK_ROW_COUNT);
    expect(body.every((r) => r.length === header!.length)).toBe(true);
  });

  it('is linked from the footer of every page', () => {
    const missing = allPages()
      .filter((p) => /^\/(en|ja)\//.test(p))
      .filter((p) => !page(p).querySelectorAll('footer a').some((a) => a.getAttribute('href') === '/data/sip-response-codes.json'));
    expect(missing).toEqual([]);
  });
});
