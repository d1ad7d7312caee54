/**
 * RFC 4497 (SIP–QSIG interworking), transcribed from its Table 1 (RFC 4497 §8.4.1, QSIG cause → SIP final
 * response to an INVITE) and Table 2 (RFC 4497 §8.4.4, SIP 4xx–6xx → QSIG cause). FreeSWITCH's mapping
 * functions cite these sections in their comments; RFC 3398 (ISUP) is in q850.ts.
 */

export interface Rfc4497CauseToSip {
  cause: number;
  /** The responses the table allows; more than one where a condition chooses (see `condition`). */
  codes: number[];
  condition?: 'location-user' | 'diagnostic-contact' | 'note3';
}

/** RFC 4497 §8.4.1: "SIP response 500 (Server internal error) SHALL be used as the default for cause values not shown in Table 1." */
export const RFC4497_DEFAULT_CODE = 500;

export const RFC4497_CAUSE_TO_SIP: readonly Rfc4497CauseToSip[] = [
  { cause: 1, codes: [404] },
  { cause: 2, codes: [404] },
  { cause: 3, codes: [404] },
  // NOTE 3: normally BYE or CANCEL; if a response must be sent, the default (500).
  { cause: 16, codes: [], condition: 'note3' },
  { cause: 17, codes: [486] },
  { cause: 18, codes: [408] },
  { cause: 19, codes: [480] },
  { cause: 20, codes: [480] },
  // 603 if the location field indicates user, otherwise 403.
  { cause: 21, codes: [603, 403], condition: 'location-user' },
  // 301 if the diagnostic can make a Contact header, otherwise 410.
  { cause: 22, codes: [301, 410], condition: 'diagnostic-contact' },
  { cause: 23, codes: [410] },
  { cause: 27, codes: [502] },
  { cause: 28, codes: [484] },
  { cause: 29, codes: [501] },
  { cause: 31, codes: [480] },
  { cause: 34, codes: [503] },
  { cause: 38, codes: [503] },
  { cause: 41, codes: [503] },
  { cause: 42, codes: [503] },
  { cause: 47, codes: [503] },
  { cause: 55, codes: [403] },
  { cause: 57, codes: [403] },
  { cause: 58, codes: [503] },
  { cause: 65, codes: [488] },
  { cause: 69, codes: [501] },
  { cause: 70, codes: [488] },
  { cause: 79, codes: [501] },
  { cause: 87, codes: [403] },
  { cause: 88, codes: [503] },
  { cause: 102, codes: [504] },
];

/**
 * RFC 4497 §8.4.1 NOTE 2: cause 44 (a channel the peer would not accept) is not in Table 1. The gateway
 * should send another SETUP with a different channel; if it cannot, it treats the call as congestion
 * (503, as §8.3.1 has for no channel available) or as a gateway failure (the default 500).
 */
export const RFC4497_NOTE2 = { cause: 44, codes: [503, 500] } as const;

export interface Rfc4497SipToCause {
  code: number;
  /** The causes the table allows: 488 and 606 give 65 or 31 depending on the Warning header (NOTE 8). */
  causes: number[];
  /** NOTE 7: 487 needs no cause; if clearing must be started, the default. */
  note7?: true;
}

/** RFC 4497 §8.4.4: "Cause value 31 (Normal, unspecified) SHALL be used as the default for SIP responses not shown in Table 2." */
export const RFC4497_DEFAULT_CAUSE = 31;

export const RFC4497_SIP_TO_CAUSE: readonly Rfc4497SipToCause[] = [
  { code: 400, causes: [41] },
  { code: 401, causes: [21] },
  { code: 402, causes: [21] },
  { code: 403, causes: [21] },
  { code: 404, causes: [1] },
  { code: 405, causes: [63] },
  { code: 406, causes: [79] },
  { code: 407, causes: [21] },
  { code: 408, causes: [102] },
  { code: 410, causes: [22] },
  { code: 413, causes: [127] },
  { code: 414, causes: [127] },
  { code: 415, causes: [79] },
  { code: 416, causes: [127] },
  { code: 420, causes: [127] },
  { code: 421, causes: [127] },
  { code: 423, causes: [127] },
  { code: 480, causes: [18] },
  { code: 481, causes: [41] },
  { code: 482, causes: [25] },
  { code: 483, causes: [25] },
  { code: 484, causes: [28] },
  { code: 485, causes: [1] },
  { code: 486, causes: [17] },
  { code: 487, causes: [], note7: true },
  { code: 488, causes: [65, 31] },
  { code: 500, causes: [41] },
  { code: 501, causes: [79] },
  { code: 502, causes: [38] },
  { code: 503, causes: [41] },
  { code: 504, causes: [102] },
  { code: 505, causes: [127] },
  { code: 513, causes: [127] },
  { code: 600, causes: [17] },
  { code: 603, causes: [21] },
  { code: 604, causes: [1] },
  { code: 606, causes: [65, 31] },
];

export const RFC4497_REFS = { causeToSip: 'RFC4497 §8.4.1', sipToCause: 'RFC4497 §8.4.4' } as const;
