import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/data';
import { DataError, labelProse, validateCodes } from '../../src/data/validate';

/** A valid entry to break in one place at a time. */
function input(code: number): Record<string, any> {
  const { klass: _derived, ...entry } = structuredClone(CODES.find((e) => e.code === code)!);
  return entry;
}
const base = () => input(412);
const other = () => input(202);

/** The fixtures are two entries; their related codes are checked against the whole module. */
const known = new Set(CODES.map((e) => e.code));

function problemsOf(inputs: unknown[]): string[] {
  try {
    validateCodes(inputs, { knownCodes: known });
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  return [];
}

describe('validateCodes rejects bad input with the code and the field', () => {
  it('accepts the real data', () => {
    expect(problemsOf([base(), other()])).toEqual([]);
  });

  it('checks related codes against the validated entries themselves by default', () => {
    expect(() => validateCodes([base()])).toThrow(/412: related\.\d: unknown code/);
  });

  it('a duplicate code', () => {
    expect(problemsOf([base(), base(), other()])).toContain('412: code: duplicate entry');
  });

  it('an unknown related code', () => {
    const entry = base();
    entry.related = [202, 999];
    expect(problemsOf([entry, other()])).toContain('412: related.1: unknown code 999');
  });

  it('a code related to itself', () => {
    const entry = base();
    entry.related = [412];
    expect(problemsOf([entry, other()])).toContain('412: related.0: a code cannot be related to itself');
  });

  it('a section listed twice in refs and seeAlso (the Specifications list would show it twice)', () => {
    const entry = base();
    entry.seeAlso = [entry.refs[0], 'RFC3261 §8.1.3.2', 'RFC3261 §8.1.3.2'];
    expect(problemsOf([entry, other()])).toEqual([
      `412: seeAlso.0: ${entry.refs[0]} is already in refs or seeAlso`,
      '412: seeAlso.2: RFC3261 §8.1.3.2 is already in refs or seeAlso',
    ]);
  });

  it('a missing Japanese field', () => {
    const entry = base();
    delete entry.text.ja.fixes;
    const problems = problemsOf([entry, other()]);
    expect(problems.some((p) => p.startsWith('412: text.ja.fixes:'))).toBe(true);
  });

  it('an empty Japanese summary', () => {
    const entry = base();
    entry.text.ja.summary = '  ';
    expect(problemsOf([entry, other()])).toContain('412: text.ja.summary: must not be empty');
  });

  it('a single scenario', () => {
    const entry = base();
    entry.text.en.scenarios = ['only one'];
    expect(problemsOf([entry, other()])).toContain('412: text.en.scenarios: needs at least two scenarios');
  });

  it('a malformed RFC section in refs and in a header', () => {
    const entry = base();
    entry.refs = ['RFC 3903 section 11.2.1'];
    entry.headers[0].ref = 'RFC3903 §';
    const problems = problemsOf([entry, other()]);
    expect(problems).toContain('412: refs.0: must look like "RFC3261 §21.4.9"');
    expect(problems).toContain('412: headers.0.ref: must look like "RFC3261 §21.4.9"');
  });

  it('a link to an unknown code in prose', () => {
    const entry = base();
    entry.text.ja.description[0] += ' [[499]]';
    expect(problemsOf([entry, other()])).toContain('412: text.ja.description.0: links unknown code [[499]]');
  });

  it('facts that contradict the class or RFC 3261 §16.7', () => {
    const entry = base();
    entry.facts.scope.value = 'global';
    entry.facts.retry.value = 'none';
    entry.facts.failover.value = 'local-timeout';
    const problems = problemsOf([entry, other()]);
    expect(problems).toContain('412: facts.scope.value: a 4xx response is "branch" or "not-relayed" (RFC 3261 §16.7, §21.1.1), not "global"');
    expect(problems).toContain('412: facts.retry.value: "none" is only for 1xx and 2xx');
    expect(problems).toContain('412: facts.failover.value: "local-timeout" is the 408 a stack reports itself');
  });

  it('a recursion mark on a response no proxy weighs, or without RFC 3261 §16.7', () => {
    const entry = base();
    entry.facts.scope.recurse = 'sip-uri';
    entry.facts.scope.value = 'not-relayed';
    const message = '412: facts.scope.recurse: a proxy recurses only on a response it weighs on one branch: scope "branch", citing RFC3261 §16.7';
    expect(problemsOf([entry, other()])).toContain(message);
    entry.facts.scope.value = 'branch';
    entry.facts.scope.refs = ['RFC3903 §5'];
    expect(problemsOf([entry, other()])).toContain(message);
  });

  it('"resource-value" only for 417 (RFC 4412 §4.7.1)', () => {
    const entry = base();
    entry.facts.retry.value = 'resource-value';
    expect(problemsOf([entry, other()])).toContain('412: facts.retry.value: "resource-value" is what RFC 4412 §4.7.1 lets a UAC do after 417');
  });

  it('a generic retry text without the section that states it, and a 2xx with nothing to retry citing no section that says it succeeded', () => {
    const redirect = input(302);
    redirect.facts.retry.refs = ['RFC3261 §21.3.3'];
    const later = input(408);
    later.facts.retry.refs = ['RFC3261 §21.4'];
    const success = input(202);
    success.facts.retry.refs = ['RFC6665 §8.3.1'];
    const problems = problemsOf([redirect, later, success]);
    expect(problems).toContain('302: facts.retry.refs: the generic "redirect" texts state RFC 3261 §8.1.3.4 (clients SHOULD use the Contact URIs to formulate new requests): cite RFC3261 §8.1.3.4, or give the code its own label and next');
    expect(problems).toContain('408: facts.retry.refs: the generic "later" texts state RFC 3261 §21.4.9 or §21.5.1 (the client MAY send the request again later): cite RFC3261 §21.4.9 or RFC3261 §21.5.1, or give the code its own label and next');
    expect(problems.some((p) => p.startsWith('202: facts.retry.refs: a 2xx has nothing to retry because the request succeeded'))).toBe(true);
    // A code with its own cell and sentence is held to those, not to the generic texts' source.
    const own = input(480);
    expect(own.facts.retry.label).toBeDefined();
    expect(problemsOf([own, other()])).toEqual([]);
  });

  it('a fact without the RFC section that backs it, or with a malformed one', () => {
    const entry = base();
    entry.facts.methods.refs = [];
    entry.facts.retry.refs = ['RFC 3903 section 5'];
    const problems = problemsOf([entry, other()]);
    expect(problems).toContain('412: facts.methods.refs: needs the RFC section that backs it (at least one)');
    expect(problems).toContain('412: facts.retry.refs.0: must look like "RFC3261 §21.4.9"');
  });

  it('a retry that the headers cannot support, and named methods beside a restricted list', () => {
    const entry = base();
    entry.facts.retry.value = 'if-retry-after';
    entry.facts.methods = { value: ['PUBLISH'], named: ['PUBLISH'], refs: ['RFC3903 §11.2.1'] };
    const problems = problemsOf([entry, other()]);
    expect(problems).toContain('412: facts.retry.value: "if-retry-after" needs the Retry-After response header in headers');
    expect(problems).toContain('412: facts.methods.named: only for "any": a list in value already names the methods');
  });

  it('excepted methods beside a restricted list, or both named and excepted', () => {
    const listed = base();
    listed.facts.methods = { value: ['PUBLISH'], except: ['CANCEL'], refs: ['RFC3903 §11.2.1'] };
    expect(problemsOf([listed, other()])).toContain('412: facts.methods.except: only for "any": a list in value already leaves the other methods out');
    const both = base();
    both.facts.methods = { value: 'any', named: ['CANCEL'], except: ['CANCEL'], refs: ['RFC3903 §11.2.1'] };
    expect(problemsOf([both, other()])).toContain('412: facts.methods.except: a method cannot be both named and excepted');
  });

  it('a dialog condition beside a list or an exception, without its sections, or citing a section methods does not cite', () => {
    const at = (methods: Record<string, unknown>) => {
      const entry = base();
      entry.facts.methods = methods;
      return problemsOf([entry, other()]);
    };
    expect(at({ value: ['PUBLISH'], dialog: 'outside', dialogRefs: ['RFC3903 §11.2.1'], refs: ['RFC3903 §11.2.1'] })).toContain(
      '412: facts.methods.dialog: only with "any": a list in value already says which requests the code answers',
    );
    expect(at({ value: 'any', except: ['CANCEL'], dialog: 'outside', dialogRefs: ['RFC3903 §11.2.1'], refs: ['RFC3903 §11.2.1'] })).toContain(
      '412: facts.methods.dialog: not with except: the facts table and comparisons say one condition or the other',
    );
    expect(at({ value: 'any', dialog: 'outside', refs: ['RFC3903 §11.2.1'] })).toContain(
      '412: facts.methods.dialogRefs: needed with dialog: list the sections that say the code answers requests outside a dialog',
    );
    expect(at({ value: 'any', dialogRefs: ['RFC3903 §11.2.1'], refs: ['RFC3903 §11.2.1'] })).toContain('412: facts.methods.dialogRefs: only with dialog');
    expect(at({ value: 'any', dialog: 'outside', dialogRefs: ['RFC8197 §4'], refs: ['RFC3903 §11.2.1'] })).toContain('412: facts.methods.dialogRefs: RFC8197 §4 is not among facts.methods.refs');
    expect(at({ value: 'any', dialog: 'elsewhere', dialogRefs: ['RFC3903 §11.2.1'], refs: ['RFC3903 §11.2.1'] }).some((p) => p.startsWith('412: facts.methods.dialog:'))).toBe(true);
    // 'inside' goes with a list too (204: SUBSCRIBE within an established dialog, RFC 5839 §7.1).
    expect(at({ value: ['PUBLISH'], dialog: 'inside', dialogRefs: ['RFC3903 §11.2.1'], refs: ['RFC3903 §11.2.1'] })).toEqual([]);
    expect(at({ value: 'any', dialog: 'outside', dialogRefs: ['RFC3903 §11.2.1'], refs: ['RFC3903 §11.2.1'] })).toEqual([]);
  });

  it('sender sections that do not match the senders and the sections of sentBy', () => {
    const missing = base();
    missing.facts.sentBy.value = ['esc', 'uas'];
    expect(problemsOf([missing, other()])).toContain('412: facts.sentBy.byRole.uas: "uas" is a sender in value: list the sections that show it');

    const extra = base();
    extra.facts.sentBy.byRole.proxy = ['RFC3903 §6'];
    expect(problemsOf([extra, other()])).toContain('412: facts.sentBy.byRole.proxy: "proxy" is not a sender in value');

    const foreign = base();
    foreign.facts.sentBy.byRole.esc = ['RFC3903 §6', 'RFC3903 §5'];
    expect(problemsOf([foreign, other()])).toContain('412: facts.sentBy.byRole.esc: RFC3903 §5 is not among facts.sentBy.refs');

    const orphan = base();
    orphan.facts.sentBy.refs = ['RFC3903 §6', 'RFC3903 §5'];
    expect(problemsOf([orphan, other()])).toContain('412: facts.sentBy.byRole: RFC3903 §5 backs no sender: list it under the role it shows');
  });

  it('sentBy without byRole, with an unknown role or with a sender left without a section', () => {
    const absent = base();
    delete absent.facts.sentBy.byRole;
    expect(problemsOf([absent, other()]).some((p) => p.startsWith('412: facts.sentBy.byRole:'))).toBe(true);

    const unknown = base();
    unknown.facts.sentBy.byRole.softswitch = ['RFC3903 §6'];
    expect(problemsOf([unknown, other()]).some((p) => p.startsWith('412: facts.sentBy.byRole'))).toBe(true);

    const empty = base();
    empty.facts.sentBy.byRole.esc = [];
    expect(problemsOf([empty, other()])).toContain('412: facts.sentBy.byRole.esc: needs the section that shows this sender (at least one)');
  });

  it('named-method sections that do not match the named methods and the sections of methods', () => {
    const missing = base();
    missing.facts.methods.named = ['PUBLISH', 'SUBSCRIBE'];
    expect(problemsOf([missing, other()])).toContain('412: facts.methods.namedRefs.SUBSCRIBE: "SUBSCRIBE" is named: list the sections that name it with the code');

    const extra = base();
    extra.facts.methods.namedRefs.INVITE = ['RFC3903 §5'];
    expect(problemsOf([extra, other()])).toContain('412: facts.methods.namedRefs.INVITE: "INVITE" is not among facts.methods.named');

    const foreign = base();
    foreign.facts.methods.namedRefs.PUBLISH = ['RFC3903 §5', 'RFC3903 §6'];
    expect(problemsOf([foreign, other()])).toContain('412: facts.methods.namedRefs.PUBLISH: RFC3903 §6 is not among facts.methods.refs');

    // A section of refs that names no method is allowed: refs also back the 'any' value (RFC 3903 §11.2.1 here).
    expect(base().facts.methods.namedRefs.PUBLISH).not.toContain('RFC3903 §11.2.1');
  });

  it('named without namedRefs, namedRefs without named, an unknown method or a method left without a section', () => {
    const absent = base();
    delete absent.facts.methods.namedRefs;
    expect(problemsOf([absent, other()])).toContain('412: facts.methods.namedRefs: needed with named: list, for each named method, the sections that name it with the code');

    const alone = base();
    delete alone.facts.methods.named;
    expect(problemsOf([alone, other()])).toContain('412: facts.methods.namedRefs: only with named');

    const unknown = base();
    unknown.facts.methods.namedRefs.FETCH = ['RFC3903 §5'];
    expect(problemsOf([unknown, other()]).some((p) => p.startsWith('412: facts.methods.namedRefs'))).toBe(true);

    const empty = base();
    empty.facts.methods.namedRefs.PUBLISH = [];
    expect(problemsOf([empty, other()])).toContain('412: facts.methods.namedRefs.PUBLISH: needs the section that names this method with the code (at least one)');
  });

  it('a response header without its requirement keyword', () => {
    const entry = base();
    entry.headers[0].in = 'response';
    expect(problemsOf([entry, other()])).toContain('412: headers.0.strength: SIP-If-Match needs MUST, SHOULD or MAY, or null where the RFC sets none');
  });

  it('a response header whose RFC sets no requirement level, stated as null, passes', () => {
    const entry = base();
    entry.headers[0].in = 'response';
    entry.headers[0].strength = null;
    expect(problemsOf([entry, other()]).filter((p) => p.includes('strength'))).toEqual([]);
  });

  it('an unknown field (a typo) instead of silently dropping it', () => {
    const entry = base();
    entry.text.ja.fixs = ['typo'];
    expect(problemsOf([entry, other()]).some((p) => p.startsWith('412: text.ja:'))).toBe(true);
  });

  it('a flow step between unknown parties, and a flow that never shows the code', () => {
    const entry = base();
    entry.flow.steps = [{ from: 'a', to: 'x', label: 'PUBLISH' }, { from: 'e', to: 'a', label: '200 OK' }];
    const problems = problemsOf([entry, other()]);
    expect(problems).toContain('412: flow.steps.0.to: no party "x"');
    expect(problems).toContain('412: flow.steps: no step carries 412 (a label starting "412 ")');
  });

  it('English prose in a flow label (it belongs in the step\'s note), and a note with inline markup', () => {
    const entry = base();
    entry.flow.steps[2] = { ...entry.flow.steps[2], label: 'PUBLISH (full state, no SIP-If-Match)' };
    expect(problemsOf([entry, other()])).toEqual([
      '412: flow.steps.2.label: "PUBLISH (full state, no SIP-If-Match)" has English words (full, state, no): a label is protocol text; put words about the step in note {en, ja}',
    ]);
    const marked = base();
    marked.flow.steps[0] = { ...marked.flow.steps[0], note: { en: 'a `SIP-If-Match`', ja: 'x' } };
    expect(problemsOf([marked, other()])).toContain('412: flow.steps.0.note.en: is plain text: no `code` or [[NNN]] markup');
    const fixed = base();
    fixed.flow.steps[2] = { ...fixed.flow.steps[2], label: 'PUBLISH', note: { en: 'full state, no SIP-If-Match', ja: '状態全体、SIP-If-Match なし' } };
    expect(problemsOf([fixed, other()])).toEqual([]);
  });

  it('flow labels: protocol text passes, lowercase English words do not', () => {
    for (const label of [
      'CANCEL',
      '486 Busy Here',
      'INVITE (CSeq 2, re-INVITE)',
      'INVITE (a=sendonly)',
      'INVITE + Require: 100rel',
      'SUBSCRIBE (Event: dialog)',
      'INVITE (SDP: opus, G729)',
      'REGISTER + reg-id, Supported: outbound',
      'REL (cause 27)',
      'INVITE + SDP offer',
      'OPTIONS + Accept: application/sdp',
      'INVITE sip:alice@example.com',
      'REFER (Refer-To: Carol)',
    ]) {
      expect(labelProse(label), label).toEqual([]);
    }
    expect(labelProse('CANCEL (sent before the 200 OK arrived)')).toEqual(['sent', 'before', 'the', 'arrived']);
    expect(labelProse('INVITE over TCP')).toEqual(['over']);
    expect(labelProse('TLS handshake')).toEqual(['handshake']);
    expect(labelProse('INVITE (From number replaced)')).toEqual(['number', 'replaced']);
  });

  it('every label of the real data is protocol text', () => {
    const prose = CODES.flatMap((e) => (e.flow?.steps ?? []).filter((s) => labelProse(s.label).length > 0).map((s) => `${e.code}: ${s.label}`));
    expect(prose).toEqual([]);
  });

  it('an example whose status line, request line or Content-Length is wrong', () => {
    const entry = base();
    entry.example.response = entry.example.response.replace('412 Conditional Request Failed', '412 Precondition Failed');
    entry.example.request = entry.example.request.replace('PUBLISH sip:', 'PUBLISHX sip:');
    entry.example.request = entry.example.request.replace('Content-Length: 0', 'Content-Length: 0\n\nbody');
    entry.example.highlight = ['SIP-ETag'];
    const problems = problemsOf([entry, other()]);
    expect(problems).toContain('412: example.response: must start with "SIP/2.0 412 Conditional Request Failed"');
    expect(problems).toContain('412: example.request: must start with a request line such as "INVITE sip:bob@example.com SIP/2.0"');
    expect(problems).toContain('412: example.request: Content-Length says 0, the body is 6 bytes (CRLF line ends)');
    expect(problems).toContain('412: example.highlight: SIP-ETag appears in neither message');
  });

  it('names an entry without a code by its position', () => {
    expect(problemsOf([other(), { phrase: 'x' }]).some((p) => p.startsWith('entry #2: code:'))).toBe(true);
  });
});
