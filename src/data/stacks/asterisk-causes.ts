/**
 * AST_CAUSE_* constants of include/asterisk/causes.h (at the Asterisk commit the tables were read
 * at) whose cause no mapping row of asterisk.tsv names: neither ast_sip_hangup_sip2cause() nor
 * hangup_cause2sip() has a case for them, but Asterisk still has a constant, and a cause page
 * should name it. Only causes that have a page are listed.
 */
export const ASTERISK_CAUSES_H = 'include/asterisk/causes.h';

export const ASTERISK_UNMAPPED_CONSTANTS: readonly { value: number; name: string; line: number }[] = [
  { value: 26, name: 'AST_CAUSE_ANSWERED_ELSEWHERE', line: 114 },
  { value: 44, name: 'AST_CAUSE_REQUESTED_CHAN_UNAVAIL', line: 125 },
  { value: 52, name: 'AST_CAUSE_OUTGOING_CALL_BARRED', line: 127 },
  { value: 54, name: 'AST_CAUSE_INCOMING_CALL_BARRED', line: 128 },
  { value: 57, name: 'AST_CAUSE_BEARERCAPABILITY_NOTAUTH', line: 129 },
  { value: 65, name: 'AST_CAUSE_BEARERCAPABILITY_NOTIMPL', line: 131 },
  { value: 69, name: 'AST_CAUSE_FACILITY_NOT_IMPLEMENTED', line: 133 },
  { value: 88, name: 'AST_CAUSE_INCOMPATIBLE_DESTINATION', line: 135 },
  { value: 111, name: 'AST_CAUSE_PROTOCOL_ERROR', line: 145 },
];

/**
 * Legacy chan_sip (tag 20.20.1): hangup_cause2sip() returns NULL for a cause it has no case for, and
 * sip_hangup() then rejects an unanswered incoming call with "603 Declined" (channels/chan_sip.c,
 * lines 7342–7345).
 */
export const CHAN_SIP_HANGUP_DEFAULT = { code: 603, lines: [7342, 7345] as const, fn: 'sip_hangup' };
