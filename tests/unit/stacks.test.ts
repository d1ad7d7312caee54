import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { KNOWN, MAPPER_INFO, STACKS, STACK_ROW_COUNT, STACK_TABLES, STACK_TSV, StackDataError, mapperProblems, parseStackTables, sourceUrl, type MapperInfo, type StackFile } from '../../src/data/stacks';
import { SIP_TO_ISUP } from '../../src/data/q850';
import { CONDITIONAL_CAUSES, allDisagreements, causeConstants, causeInStacks, unregisteredCodes, codeInStacks, groupDefaults, mappedCauses, rfcCausesFor, rfcCodesFor, sentFor } from '../../src/lib/stacks';
import { disagreementSentence, emptyStackCell } from '../../src/lib/stacks-text';
import { t } from '../../src/i18n';

/** The seven real tables with one of them replaced. */
function problemsWith(file: StackFile, edit: (text: string) => string): string[] {
  try {
    parseStackTables({ ...STACK_TSV, [file]: edit(STACK_TSV[file]) }, KNOWN);
  } catch (error) {
    expect(error).toBeInstanceOf(StackDataError);
    return (error as StackDataError).problems;
  }
  return [];
}

/** Replaces field `column` of data row `row` (its line in the file, header = 1). */
function setField(row: number, column: string, value: string) {
  return (text: string) => {
    const lines = text.split('\n');
    const header = lines[0]!.split('\t');
    const cells = lines[row - 1]!.split('\t');
    cells[header.indexOf(column)] = value;
    lines[row - 1] = cells.join('\t');
    return lines.join('\n');
  };
}

describe('stack tables', () => {
  it('load every row of the seven files', () => {
    expect(STACK_ROW_COUNT).toBe(918);
    expect(STACKS.map((s) => s.id)).toEqual(['asterisk', 'freeswitch', 'pjsip', 'sofia', 'kamailio', 'opensips', 'wireshark']);
    expect(STACK_TABLES.freeswitch.causes).toHaveLength(82);
    expect(STACK_TABLES.pjsip).toHaveLength(81);
  });

  it('link a fact to its lines at its commit', () => {
    const row = STACK_TABLES.asterisk.mappings.find((m) => m.driver === 'pjsip' && m.direction === 'sip_to_cause' && m.code === 486)!;
    expect(sourceUrl(row.source)).toBe('https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip.c#L3569-L3570');
    const pj = STACK_TABLES.pjsip.find((e) => e.code === 486)!;
    expect(sourceUrl(pj.constantSource!)).toMatch(/^https:\/\/github\.com\/pjsip\/pjproject\/blob\/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4\/pjsip\/include\/pjsip\/sip_msg\.h#L\d+$/);
  });
});

describe('stack tables reject bad rows, naming the file, the row and the field', () => {
  it('an unknown code', () => {
    expect(problemsWith('pjsip.tsv', setField(2, 'code', '498'))).toContain('pjsip.tsv: row 2: code: unknown code 498');
  });

  it('a registered code with the wrong IANA phrase', () => {
    expect(problemsWith('sofia.tsv', setField(3, 'iana_phrase', 'Ringing!'))).toContain('sofia.tsv: row 3: iana_phrase: "Ringing!" is not the registered phrase of 180 ("Ringing")');
  });

  it('an unknown cause', () => {
    expect(problemsWith('asterisk.tsv', setField(2, 'q850_value', '200'))).toContain('asterisk.tsv: row 2: q850_value: unknown cause 200');
    const fs = problemsWith('freeswitch.tsv', setField(90, 'numeric_value', '999'));
    expect(fs.some((p) => p.startsWith('freeswitch.tsv: row 90: numeric_value: unknown cause 999'))).toBe(true);
  });

  it('a FreeSWITCH constant that is not the enum constant of its value', () => {
    const row = STACK_TSV['freeswitch.tsv'].split('\n').findIndex((l) => l.startsWith('cause_to_sip\t486')) + 1;
    expect(problemsWith('freeswitch.tsv', setField(row, 'switch_cause_constant', 'SWITCH_CAUSE_NO_ANSWER'))).toContain(
      `freeswitch.tsv: row ${row}: switch_cause_constant: SWITCH_CAUSE_NO_ANSWER is not the enum constant of 17 (SWITCH_CAUSE_USER_BUSY)`,
    );
  });

  it('a missing provenance field', () => {
    expect(problemsWith('kamailio.tsv', setField(4, 'commit', ''))).toContain('kamailio.tsv: row 4: commit: is empty');
    expect(problemsWith('opensips.tsv', setField(5, 'repo', ''))).toContain('opensips.tsv: row 5: repo: is empty');
    expect(problemsWith('asterisk.tsv', setField(6, 'line', ''))).toContain('asterisk.tsv: row 6: line: is empty');
    expect(problemsWith('wireshark.tsv', setField(7, 'location', ''))).toContain('wireshark.tsv: row 7: location: is empty');
  });

  it('a malformed commit, line or row', () => {
    expect(problemsWith('pjsip.tsv', setField(2, 'commit', 'b7317ff'))).toContain('pjsip.tsv: row 2: commit: "b7317ff" is not a 40-digit commit hash');
    expect(problemsWith('asterisk.tsv', setField(3, 'line', '12-3'))).toContain('asterisk.tsv: row 3: line: "12-3" is not a valid range');
    expect(problemsWith('asterisk.tsv', setField(3, 'line', 'l.12'))).toContain('asterisk.tsv: row 3: line: "l.12" is not a line or a range of lines');
    const truncated = problemsWith('sofia.tsv', (text) => text.replace(/\n(180\t[^\n]*?)\t[^\t\n]*\n/, '\n$1\n'));
    expect(truncated).toContain('sofia.tsv: row 3: (row): has 14 fields, the header has 15');
  });

  it('a missing column', () => {
    expect(problemsWith('kamailio.tsv', (text) => text.replace('\tcommit\t', '\tsha\t'))).toContain('kamailio.tsv: row 1: commit: missing column in the header row');
  });
});

describe('each mapper\'s default rests on its table row', () => {
  const noteOf = (file: StackFile, line: string, note: string) => {
    const rows = STACK_TSV[file].split('\n');
    const row = rows.findIndex((l) => l.startsWith('cause_to_sip') && l.split('\t').includes(line)) + 1;
    expect(row).toBeGreaterThan(1);
    return parseStackTables({ ...STACK_TSV, [file]: setField(row, 'note', note)(STACK_TSV[file]) }, KNOWN);
  };

  it('holds for the real tables', () => {
    expect(mapperProblems(MAPPER_INFO, STACK_TABLES)).toEqual([]);
  });

  it('a mapper without its default, or with an unknown one', () => {
    const { defaultBy: _, ...bare } = MAPPER_INFO.freeswitch;
    expect(mapperProblems({ ...MAPPER_INFO, freeswitch: bare as MapperInfo }, STACK_TABLES)).toContain('freeswitch: defaultBy: "undefined" is not one of function, driver-rejects');
    const { defaultRow: __, ...rowless } = MAPPER_INFO.asterisk;
    expect(mapperProblems({ ...MAPPER_INFO, asterisk: rowless as MapperInfo }, STACK_TABLES)).toContain('asterisk: defaultRow: missing');
    const { chan_sip: ___, ...two } = MAPPER_INFO;
    expect(mapperProblems(two as typeof MAPPER_INFO, STACK_TABLES)).toContain('chan_sip: no description');
  });

  it('a default the row does not say: the function returning no code, or another line', () => {
    expect(mapperProblems({ ...MAPPER_INFO, chan_sip: { ...MAPPER_INFO.chan_sip, defaultBy: 'function' } }, STACK_TABLES)).toEqual(['chan_sip: defaultBy: "function", but the default row gives no code']);
    expect(mapperProblems({ ...MAPPER_INFO, freeswitch: { ...MAPPER_INFO.freeswitch, defaultRow: { ...MAPPER_INFO.freeswitch.defaultRow, lines: [292, 373] } } }, STACK_TABLES)).toEqual([
      'freeswitch: defaultRow: lines 292-373, but the default row was read at 370-371',
    ]);
  });

  it('a re-read row whose note no longer says it', () => {
    expect(mapperProblems(MAPPER_INFO, noteOf('asterisk.tsv', '2590-2592', 'returns 0'))).toEqual([
      'asterisk: defaultRow: the note of the default row does not say "the code is only sent when Asterisk rejects an unanswered incoming INVITE"',
    ]);
    expect(mapperProblems(MAPPER_INFO, noteOf('freeswitch.tsv', '370-371', ''))).toEqual(['freeswitch: defaultRow: the note of the default row does not say "every cause not listed"']);
  });
});

describe('the RFC mappings', () => {
  // Agreement with the 37 rows of RFC 3398 §8.2.6.1, as counted from the source (stacks README §4a).
  const listed = SIP_TO_ISUP.map((r) => r.code);
  const differing = (mapper: 'asterisk' | 'freeswitch', rfc: 'rfc3398' | 'rfc4497') =>
    allDisagreements()
      .filter((d) => d.direction === 'receipt' && d.mapper === mapper && listed.includes(d.code!) && d.rfcs.some((r) => r.rfc === rfc && r.expected.kind === 'listed'))
      .map((d) => d.code);

  it('Asterisk differs from RFC 3398 on 16 listed codes, FreeSWITCH on 2', () => {
    expect(differing('asterisk', 'rfc3398')).toEqual([400, 402, 405, 406, 408, 415, 420, 480, 481, 482, 483, 500, 501, 502, 503, 513]);
    expect(differing('freeswitch', 'rfc3398')).toEqual([485, 604]);
  });

  it('FreeSWITCH differs from RFC 4497 Table 2 also on 488 and 606', () => {
    const warning = (code: number) => allDisagreements().some((d) => d.mapper === 'freeswitch' && d.code === code && d.rfcs.some((r) => r.rfc === 'rfc4497' && r.expected.kind === 'note8'));
    expect(differing('freeswitch', 'rfc4497')).toEqual([485, 604]);
    expect([488, 606].filter(warning)).toEqual([488, 606]);
  });

  it('cause 21: Asterisk 403, FreeSWITCH 603, both within what the RFCs allow', () => {
    expect(sentFor('asterisk', 21).code).toBe(403);
    expect(sentFor('freeswitch', 21).code).toBe(603);
    expect(rfcCodesFor('rfc3398', 21).values).toEqual([403, 603]);
    expect(rfcCodesFor('rfc4497', 21).values).toEqual([603, 403]);
    expect(causeInStacks(21).disagreements.filter((d) => d.direction === 'send')).toEqual([]);
  });

  it('causes 21 and 22: the RFCs choose on the location or the diagnostic, which the stacks never read, and the pages say so instead of "follow both RFCs"', () => {
    // The two causes whose RFC rows offer two responses, in both RFCs' tables.
    const twoWay = mappedCauses().filter((cause) => (['rfc4497', 'rfc3398'] as const).some((rfc) => rfcCodesFor(rfc, cause).kind === 'listed' && rfcCodesFor(rfc, cause).values.length > 1));
    expect(CONDITIONAL_CAUSES.map((c) => c.cause)).toEqual(twoWay);
    expect(causeInStacks(22).conditional?.sends.map((s) => [s.mapper, s.code])).toEqual([['asterisk', 410], ['freeswitch', 410]]);
    expect(causeInStacks(21).conditional?.sends.map((s) => [s.mapper, s.code])).toEqual([['asterisk', 403], ['freeswitch', 603]]);
    for (const code of [301, 403, 410, 603]) expect(codeInStacks(code, undefined).conditional.length, String(code)).toBe(1);
    for (const code of CODES.map((c) => c.code).filter((c) => ![301, 403, 410, 603].includes(c))) expect(codeInStacks(code, undefined).conditional, String(code)).toEqual([]);
    expect(causeInStacks(17).conditional).toBeUndefined();
  });

  it('cause 22: the rule gives RFC 3398’s Contact with its condition and level, not as part of the mapping', () => {
    const en = t('en').stacks.conditionalRule[22]!;
    const ja = t('ja').stacks.conditionalRule[22]!;
    // RFC 3398 §7.2.4.1: "If the MGC is able to process this information it SHOULD be added to the SIP response (301) in a Contact header."
    expect(en).toMatch(/able to process .* SHOULD put it in a Contact header/);
    expect(en).not.toMatch(/give 301, with the new number in a Contact header/);
    expect(ja).toContain('処理できるゲートウェイ');
    expect(ja).toContain('（SHOULD）');
    expect(ja).not.toContain('301 を返してその番号を Contact ヘッダに入れ');
  });

  it('unregistered codes of a stack include its phrase-table entries as well as its error replies', () => {
    const registered = new Set(CODES.map((e) => e.code));
    expect(unregisteredCodes('opensips', registered).map((f) => f.text)).toEqual(['409 Conflict', '411 Length Required', '473 Filtered destination (473/SL)', '475 Bad URI (475/SL)', '476 Unresolvable destination (476/SL)', '477 Send failed (477/SL)']);
    expect(unregisteredCodes('kamailio', registered).map((f) => f.text.split(' ')[0])).toEqual(['477', '478', '479']);
    expect(unregisteredCodes('wireshark', registered).map((f) => f.text)).toEqual(['299 Success - Others', '399 Redirection - Others', '499 Client Error - Others', '599 Server Error - Others', '699 Global Failure - Others', '999 Unknown response']);
  });

  it('a code missing from Wireshark’s table shows the statistics bucket it is counted under, not an empty phrase', () => {
    expect(codeInStacks(417, 'Unknown Resource-Priority').wireshark.phrase).toMatchObject({ text: 'Client Error - Others', status: 'missing' });
    expect(codeInStacks(580, 'Precondition Failure').wireshark.phrase).toMatchObject({ text: 'Server Error - Others', status: 'missing' });
  });

  it('Kamailio’s 500 relayed from a 503 is a tm note, not an internal error', () => {
    const kam = codeInStacks(500, 'Server Internal Error').kamailio!;
    expect(kam.notes.map((n) => [n.kind, n.text])).toEqual([['tm_remap_503_500', 'Service Unavailable']]);
    expect(kam.errors.map((e) => e.text)).not.toContain('Service Unavailable');
  });

  it('legacy chan_sip: a code sent with two texts shows both, each linked to its line (500 for causes 38 and 127)', () => {
    const shown = codeInStacks(500, 'Server Internal Error').chanSipPhrases;
    expect(shown.map((f) => f.text)).toEqual(['Server internal failure', 'Network error']);
    expect(shown.map((f) => f.href.replace(/.*#/, ''))).toEqual(['L7164-L7165', 'L7175-L7176']);
    // A code whose chan_sip text is the registered phrase shows none.
    expect(codeInStacks(503, 'Service Unavailable').chanSipPhrases).toEqual([]);
  });

  it('legacy chan_sip: no case gives NULL, and sip_hangup() then sends 603 Declined', () => {
    const sent = sentFor('chan_sip', 23);
    expect(sent.code).toBe(603);
    expect(sourceUrl(sent.source)).toMatch(/channels\/chan_sip\.c#L7342-L7345$/);
    expect(causeInStacks(23).disagreements.some((d) => d.mapper === 'chan_sip' && d.code === 603)).toBe(true);
    // Where chan_sip and chan_pjsip both fall back to 603, only chan_pjsip is named.
    expect(causeInStacks(41).disagreements.filter((d) => d.direction === 'send').map((d) => d.mapper)).toEqual(['asterisk']);
  });

  it('an unmapped cause: Asterisk 603, FreeSWITCH 480, both RFCs 500', () => {
    expect(sentFor('asterisk', 47).code).toBe(603);
    expect(sentFor('freeswitch', 111).code).toBe(480);
    expect(rfcCodesFor('rfc3398', 52)).toEqual({ values: [500], kind: 'default' });
    expect(rfcCodesFor('rfc4497', 52)).toEqual({ values: [500], kind: 'default' });
  });

  it('cause 16: RFC 3398 sends no response, RFC 4497 NOTE 3 the default 500 if one must be sent', () => {
    expect(rfcCodesFor('rfc3398', 16)).toEqual({ values: [], kind: 'none' });
    expect(rfcCodesFor('rfc4497', 16)).toEqual({ values: [500], kind: 'note3' });
    const sends = causeInStacks(16).disagreements.filter((d) => d.direction === 'send');
    expect(sends.map((d) => [d.mapper, d.code, d.rfcs.map((r) => r.rfc)])).toEqual([
      ['asterisk', 603, ['rfc4497']],
      ['freeswitch', 480, ['rfc4497']],
    ]);
    expect(disagreementSentence(sends[0]!, 'en')).toContain('RFC 4497 gives 500, the default, which should be used if a response must be sent at all');
    // Not a row of RFC 4497 Table 1, so the 500 page does not list it.
    expect(codeInStacks(500, 'Server Internal Error').disagreements.some((d) => d.cause === 16)).toBe(false);
  });

  it('cause 44: RFC 3398 sends no status code, RFC 4497 NOTE 2 503 (congestion) or the default 500 (gateway failure)', () => {
    expect(rfcCodesFor('rfc3398', 44)).toEqual({ values: [], kind: 'untranslatable' });
    expect(rfcCodesFor('rfc4497', 44)).toEqual({ values: [503, 500], kind: 'note2' });
    const sends = causeInStacks(44).disagreements.filter((d) => d.direction === 'send');
    expect(sends.map((d) => [d.mapper, d.code, d.rfcs.map((r) => r.rfc)])).toEqual([
      ['asterisk', 603, ['rfc3398', 'rfc4497']],
      ['freeswitch', 503, ['rfc3398']],
    ]);
    expect(disagreementSentence(sends[0]!, 'en')).toContain('RFC 4497 gives 503 or 500 if no other channel can be tried');
    // Not a row of RFC 4497 Table 1, so the 500 page does not list Asterisk's 603 for it.
    expect(codeInStacks(500, 'Server Internal Error').disagreements.some((d) => d.cause === 44)).toBe(false);
  });

  it('a cause page lists the responses the RFCs map to it that a stack maps elsewhere', () => {
    const freeswitch = causeInStacks(1).disagreements.filter((d) => d.mapper === 'freeswitch');
    expect(freeswitch.map((d) => [d.code, d.cause])).toEqual([
      [485, 3],
      [604, 3],
    ]);
    expect(causeInStacks(65).disagreements.some((d) => d.direction === 'receipt' && d.code === 488 && d.mapper === 'freeswitch')).toBe(true);
    expect(causeInStacks(17).disagreements).toEqual([]);
  });

  it('cause 31 lists the responses the RFC tables leave to that default that a stack maps to another cause', () => {
    const receipts = causeInStacks(31).disagreements.filter((d) => d.direction === 'receipt');
    expect(receipts.some((d) => d.mapper === 'asterisk' && d.code === 491 && d.cause === 127)).toBe(true);
    expect(receipts.some((d) => d.mapper === 'freeswitch' && d.code === 608 && d.cause === 21)).toBe(true);
    // RFC 4497 NOTE 7 gives 31 for 487 only if clearing must be started: not listed.
    expect(receipts.some((d) => d.code === 487)).toBe(false);
    // The default is 31 only: no other cause page gains these rows.
    expect(causeInStacks(127).disagreements.some((d) => d.cause !== 127 && d.rfcs.every((r) => r.expected.kind === 'default'))).toBe(false);
  });

  it('487: RFC 3398 gives no mapping, RFC 4497 NOTE 7 the default 31 if clearing must be started', () => {
    expect(rfcCausesFor('rfc3398', 487)).toEqual({ values: [], kind: 'none' });
    expect(rfcCausesFor('rfc4497', 487)).toEqual({ values: [31], kind: 'note7' });
    const receipts = codeInStacks(487, 'Request Terminated').disagreements.filter((d) => d.direction === 'receipt');
    expect(receipts.map((d) => [d.mapper, d.cause])).toEqual([
      ['asterisk', 127],
      ['freeswitch', 487],
    ]);
    // Not a row that maps 487 to 31, so cause 31's page does not list 487.
    expect(causeInStacks(31).rfcFrom.rfc4497).not.toContain(487);
  });

  it('RFC 4497 differs from RFC 3398 where its tables do (26, 69, 488)', () => {
    expect(rfcCodesFor('rfc3398', 26).values).toEqual([404]);
    expect(rfcCodesFor('rfc4497', 26).kind).toBe('default');
    expect(rfcCodesFor('rfc4497', 69).values).toEqual([501]);
    expect(rfcCausesFor('rfc4497', 488).values).toEqual([65, 31]);
    expect(rfcCausesFor('rfc3398', 200).kind).toBe('na');
    // Both RFCs map final responses to an INVITE only (RFC 3398 §8.2.6, RFC 4497 §8.4.4).
    for (const code of [439, 469, 555]) for (const rfc of ['rfc3398', 'rfc4497'] as const) expect(rfcCausesFor(rfc, code).kind, `${rfc} ${code}`).toBe('na');
    expect(rfcCausesFor('rfc3398', 580)).toEqual({ values: [31], kind: 'default' });
  });
});

describe('what pages say', () => {
  const sentences = (lang: 'en' | 'ja') => groupDefaults(allDisagreements()).map((d) => [d, disagreementSentence(d, lang)] as const);

  it.each(['en', 'ja'] as const)('%s: every difference is one sentence naming its code and cause, with nothing left blank', (lang) => {
    for (const [d, text] of sentences(lang)) {
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(text).toContain(String(d.code));
      for (const cause of 'causes' in d ? d.causes : [d.cause]) expect(text).toContain(String(cause));
      expect(text.endsWith(lang === 'ja' ? '。' : '.')).toBe(true);
      if (lang === 'ja') expect(text).not.toMatch(/。 |[、。] |\( | \)/);
    }
  });

  // The source shows what hangup_cause2sip() and hangup_cause_to_sip() return, not what reaches the wire
  // (Asterisk uses it only to reject an unanswered INVITE), as for causes 21 and 22.
  it.each(['en', 'ja'] as const)('%s: a difference in sending says what the mapping function returns, never that the stack sends it', (lang) => {
    let read = 0;
    for (const [d, text] of sentences(lang)) {
      if (d.direction === 'receipt') continue;
      read++;
      // Without a case, Asterisk's function returns 0 (chan_sip's NULL): the code is what the driver sends when it
      // rejects an unanswered incoming INVITE. FreeSWITCH's function returns its default itself.
      const rejects = d.mapper !== 'freeswitch' && (d.direction === 'defaults' || !d.explicit);
      if (lang === 'en') {
        expect(text).toMatch(rejects ? /[Tt]he mapping function of .+ has no case.+rejects an unanswered incoming INVITE with its default \d{3}/ : /[Tt]he mapping function of .+ returns (its default )?\d{3}/);
        expect(text).not.toMatch(/\bsends?\b/);
      } else {
        expect(text).toMatch(rejects ? /の対応関数は.*case を持た.*応答前の着信 INVITE を拒否する場合.*既定の \d{3} を送る/ : /の対応関数は.*を返す/);
        if (!rejects) expect(text).not.toMatch(/を送る/);
      }
    }
    expect(read).toBeGreaterThan(10);
    const cause23 = sentences(lang).find(([d]) => d.direction === 'send' && d.mapper === 'asterisk' && d.cause === 23)![1];
    expect(sentences(lang).find(([d]) => d.direction === 'send' && d.mapper === 'chan_sip' && d.cause === 23)![1]).toBe(
      lang === 'en'
        ? 'For cause 23 (Redirection to new destination), the mapping function of Asterisk chan_sip (legacy) has no case, and the driver rejects an unanswered incoming INVITE with its default 603; RFC 3398 and RFC 4497 give 410.'
        : '理由表示 23（新しい宛先へのリダイレクト）に対して、Asterisk chan_sip（旧ドライバ）の対応関数は case を持たず、応答前の着信 INVITE を拒否する場合はドライバが既定の 603 を送る。RFC 3398・RFC 4497 では 410 である。',
    );
    expect(cause23).toBe(
      lang === 'en'
        ? 'For cause 23 (REDIRECTED_TO_NEW_DESTINATION), the mapping function of Asterisk returns 302; RFC 3398 and RFC 4497 give 410.'
        : '理由表示 23（REDIRECTED_TO_NEW_DESTINATION）に対して、Asterisk の対応関数は 302 を返す。RFC 3398・RFC 4497 では 410 である。',
    );
  });

  it('an empty cell of the names table says what it means: Asterisk without an rc_map entry (425, 485), without a chan_sip text, pjsip without a constant, sofia-sip without a macro', () => {
    for (const code of [425, 485]) {
      const view = codeInStacks(code, CODES.find((e) => e.code === code)!.phrase);
      expect(view.pjsipHangup).toEqual([]);
      const name = emptyStackCell('asterisk-name', view, 'en')!;
      expect(name.text).toBe(`no entry in rc_map: PJSIPHangup takes no name for ${code}`);
      expect(name.href).toMatch(/res\/res_pjsip\.c#L3629$/);
      expect(emptyStackCell('asterisk-name', view, 'ja')!.text).toBe(`rc_map にエントリなし：PJSIPHangup は ${code} の名前を受け付けない`);
      expect(view.chanSipHasText).toBe(false);
      expect(emptyStackCell('asterisk-phrase', view, 'en')!.text).toBe(`chan_pjsip has no phrase table of its own and uses pjsip’s (the pjsip row); chan_sip’s hangup_cause2sip() has no text for ${code}`);
      expect(emptyStackCell('asterisk-phrase', view, 'ja')!.text).toBe(`chan_pjsip は独自のフレーズ表を持たず、pjsip のものを使う（pjsip の行）。chan_sip の hangup_cause2sip() には ${code} の文字列がない`);
    }
    expect(emptyStackCell('pjsip-name', codeInStacks(425, 'Bad Alert Message'), 'en')!.text).toBe('pjsip has no constant for 425');
    expect(emptyStackCell('pjsip-name', codeInStacks(485, 'Ambiguous'), 'en')).toBeUndefined();
    // sofia-sip returns "Stale Date" for 439 from a variable that no SIP_439_* macro names; 608 it does not know at all.
    expect(emptyStackCell('sofia-name', codeInStacks(439, 'First Hop Lacks Outbound Support'), 'en')!.text).toBe('sofia-sip has no SIP_439_* macro');
    expect(emptyStackCell('sofia-name', codeInStacks(608, 'Rejected'), 'ja')!.text).toBe('sofia-sip には SIP_608_* マクロがない');
    expect(emptyStackCell('sofia-name', codeInStacks(486, 'Busy Here'), 'en')).toBeUndefined();
    // 403: chan_sip's text is the registered phrase, so none is shown; 486: "Busy here" differs, so the cell is not empty.
    expect(emptyStackCell('asterisk-phrase', codeInStacks(403, 'Forbidden'), 'en')!.text).toMatch(/chan_sip’s text for 403 is the registered phrase$/);
    expect(emptyStackCell('asterisk-phrase', codeInStacks(486, 'Busy Here'), 'en')).toBeUndefined();
    // Every other code has a PJSIPHangup name, so its name cell is never empty.
    for (const entry of CODES.filter((e) => ![425, 485].includes(e.code))) expect(emptyStackCell('asterisk-name', codeInStacks(entry.code, entry.phrase), 'en'), `${entry.code}`).toBeUndefined();
  });

  it('every registered code has a stack view with a Wireshark filter and a cause from both mappers', () => {
    for (const entry of CODES) {
      const view = codeInStacks(entry.code, entry.phrase);
      expect(view.wireshark.filter.text).toBe(`sip.Status-Code == ${entry.code}`);
      expect(view.receipt.asterisk, `${entry.code}`).toBeDefined();
      expect(view.receipt.freeswitch, `${entry.code}`).toBeDefined();
    }
  });

  it('phrases that differ from IANA are marked as such (sofia-sip 504, Kamailio 417, Wireshark 199)', () => {
    expect(codeInStacks(504, 'Server Time-out').sofia?.phrase).toMatchObject({ text: 'Gateway Time-out', status: 'differs' });
    expect(codeInStacks(417, 'Unknown Resource-Priority').kamailio?.phrase).toMatchObject({ text: 'Bad Extension', status: 'differs' });
    expect(codeInStacks(199, 'Early Dialog Terminated').wireshark.phrase).toMatchObject({ text: 'Informational - Others', status: 'differs' });
    expect(codeInStacks(486, 'Busy Here').pjsip?.phrase?.status).toBe('same');
    expect(codeInStacks(429, 'Provide Referrer Identity').sofia?.phrase).toMatchObject({ text: '', status: 'missing' });
  });

  // mod_sofia.c 499–531: disable_q850_reason suppresses the header only when true; ignore_completed_elsewhere
  // keeps the cause in it; a passed-through 603+ Reason replaces or removes it.
  it.each(['en', 'ja'] as const)('%s: the Reason header of FreeSWITCH’s own causes, with every exception mod_sofia makes', (lang) => {
    const text = t(lang).stacks.internalIntro;
    expect(text).toMatch(lang === 'en' ? /disable_q850_reason is true/ : /disable_q850_reason が true/);
    for (const name of ['sip_reason', 'ignore_completed_elsewhere', 'sip_603plus_passthrough', 'PICKED_OFF', 'LOSE_RACE']) expect(text).toContain(name);
  });

  it('a page for every cause any stack or RFC maps, each with a name', () => {
    expect(mappedCauses()).toHaveLength(39);
    expect(mappedCauses()).toEqual(expect.arrayContaining([17, 19, 41, 44, 52, 54, 66, 69, 127]));
  });

  it('a cause Asterisk has no case for still gets its causes.h constant; one without a constant gets none', () => {
    expect(causeConstants(88).asterisk.map((f) => f.text)).toEqual(['AST_CAUSE_INCOMPATIBLE_DESTINATION']);
    expect(causeConstants(88).asterisk[0]!.href).toMatch(/include\/asterisk\/causes\.h#L135$/);
    expect(causeConstants(44).asterisk.map((f) => f.text)).toEqual(['AST_CAUSE_REQUESTED_CHAN_UNAVAIL']);
    expect(causeConstants(25).asterisk).toEqual([]);
    expect(causeConstants(16).asterisk.map((f) => f.text)).toEqual(['AST_CAUSE_NORMAL', 'AST_CAUSE_NORMAL_CLEARING']);
  });
});
