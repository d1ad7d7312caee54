/**
 * Turns authored entries into validated ones, or fails with every problem found,
 * each naming the code and the field ("486: text.ja.scenarios: needs at least two scenarios").
 */
import { codeEntrySchema, FACT_KEYS, LANGS, METHODS, type CodeEntryInput, type RetryPolicy, type CodeText, type Method, type MethodRefs, type RfcRefString, type SenderRefs } from './schema';

export type CodeClass = 1 | 2 | 3 | 4 | 5 | 6;

export interface CodeEntry extends CodeEntryInput {
  klass: CodeClass;
}

const hasResponseHeader = (entry: CodeEntryInput, name: string) =>
  entry.headers.some((h) => h.in === 'response' && h.name.toLowerCase() === name.toLowerCase());

/**
 * The sections whose words the generic retry texts of src/i18n (the facts cell and the comparison sentence) state,
 * with their level. 'never', 'modify' and 'authenticate' are checked on their own; 'unspecified' says what the
 * defining sections do not say.
 */
export const GENERIC_RETRY_SOURCES: Partial<Record<RetryPolicy, { refs: readonly RfcRefString[]; says: string }>> = {
  redirect: { refs: ['RFC3261 §8.1.3.4'], says: 'RFC 3261 §8.1.3.4 (clients SHOULD use the Contact URIs to formulate new requests)' },
  'via-proxy': { refs: ['RFC3261 §21.3.4'], says: 'RFC 3261 §21.3.4 (MUST be accessed through the proxy in Contact)' },
  alternative: { refs: ['RFC3261 §21.3.5'], says: 'RFC 3261 §21.3.5 (alternative services described in the body, no level)' },
  'without-anonymity': { refs: ['RFC5079 §4'], says: 'RFC 5079 §4 (MUST NOT without anonymity unless the user confirms; then MAY)' },
  later: { refs: ['RFC3261 §21.4.9', 'RFC3261 §21.5.1'], says: 'RFC 3261 §21.4.9 or §21.5.1 (the client MAY send the request again later)' },
  'if-retry-after': { refs: ['RFC3261 §21.6.1', 'RFC3261 §21.6.2'], says: 'RFC 3261 §21.6.1 or §21.6.2 (the response MAY indicate a better time to call in Retry-After)' },
};

/** Sections that say a 2xx request succeeded, which is why it has nothing to retry. */
export const SUCCESS_SOURCES: readonly RfcRefString[] = ['RFC3261 §21.2', 'RFC3261 §21.2.1', 'RFC5839 §7.1'];

/**
 * The facts must agree with the class of the code and with RFC 3261 §16.7 and §21, and with the
 * headers the entry lists: a retry that waits for Retry-After needs a Retry-After to wait for.
 */
export function factProblems(entry: CodeEntryInput): [field: string, message: string][] {
  const problems: [string, string][] = [];
  const klass = classOf(entry.code);
  const { scope, methods, retry, failover } = entry.facts;
  const expected: Record<CodeClass, readonly string[]> = {
    1: entry.code === 100 ? ['hop'] : ['provisional'],
    2: ['success'],
    3: ['branch', 'not-relayed'],
    4: ['branch', 'not-relayed'],
    5: ['branch', 'not-relayed'],
    6: ['global'],
  };
  if (!expected[klass].includes(scope.value)) {
    problems.push(['facts.scope.value', `a ${klass}xx response is ${expected[klass].map((v) => `"${v}"`).join(' or ')} (RFC 3261 §16.7, §21.1.1), not "${scope.value}"`]);
  }
  // RFC 3261 §16.7 step 4 names 416 as the response a proxy "recurses" on by trying a SIP URI; only a branch response is weighed there.
  if (scope.recurse && (scope.value !== 'branch' || !scope.refs.includes('RFC3261 §16.7'))) {
    problems.push(['facts.scope.recurse', 'a proxy recurses only on a response it weighs on one branch: scope "branch", citing RFC3261 §16.7']);
  }
  if ((klass <= 2) !== (retry.value === 'none')) {
    problems.push(['facts.retry.value', klass <= 2 ? '1xx and 2xx responses have nothing to retry: use "none"' : '"none" is only for 1xx and 2xx']);
  }
  if (klass <= 2 && failover.value !== 'no') problems.push(['facts.failover.value', '1xx and 2xx responses never trigger failover: use "no"']);
  if ((retry.value === 'redirect' || retry.value === 'via-proxy') && !hasResponseHeader(entry, 'Contact')) {
    problems.push(['facts.retry.value', `"${retry.value}" sends the request on to Contact: list the Contact response header`]);
  }
  if ((retry.value === 'redirect' || retry.value === 'via-proxy' || retry.value === 'alternative') && klass !== 3) {
    problems.push(['facts.retry.value', `"${retry.value}" is a 3xx retry`]);
  }
  if (retry.value === 'if-retry-after' && !hasResponseHeader(entry, 'Retry-After')) {
    problems.push(['facts.retry.value', '"if-retry-after" needs the Retry-After response header in headers']);
  }
  if (retry.value === 'authenticate' && !hasResponseHeader(entry, 'WWW-Authenticate') && !hasResponseHeader(entry, 'Proxy-Authenticate')) {
    problems.push(['facts.retry.value', '"authenticate" needs the challenge header (WWW-Authenticate or Proxy-Authenticate) in headers']);
  }
  // A code with its own cell and next-step sentence prints none of the generic retry texts.
  const ownTexts = Boolean(retry.label && retry.next);
  // The generic texts of 'never' and 'modify' state RFC 3261 §21.4 (a 4xx: SHOULD NOT retry the same request
  // without modification): a code that prints one of them cites that section; a 5xx or 6xx, for which §21.4
  // says nothing, has its own cell and sentence. Those of 'authenticate' state RFC 3261 §8.1.3.5 (SHOULD).
  if (retry.value === 'never' || retry.value === 'modify') {
    if (klass !== 4 && !ownTexts) problems.push(['facts.retry', `RFC 3261 §21.4 is about 4xx responses: a ${klass}xx with "${retry.value}" needs its own label and next`]);
    if (klass === 4 && !ownTexts && !retry.refs.includes('RFC3261 §21.4')) {
      problems.push(['facts.retry.refs', `the generic "${retry.value}" texts state RFC 3261 §21.4 (SHOULD NOT): cite it, or give the code its own label and next`]);
    }
  }
  if (retry.value === 'authenticate' && !retry.refs.includes('RFC3261 §8.1.3.5')) problems.push(['facts.retry.refs', 'the "authenticate" texts state RFC 3261 §8.1.3.5 (SHOULD): cite it']);
  // The generic texts of the other values state what these sections say, with their level: a code that prints them
  // cites one of the sections (a code whose sections say something else has its own label and next).
  const genericSources = GENERIC_RETRY_SOURCES[retry.value];
  if (genericSources && !ownTexts && !retry.refs.some((ref) => genericSources.refs.includes(ref))) {
    problems.push(['facts.retry.refs', `the generic "${retry.value}" texts state ${genericSources.says}: cite ${genericSources.refs.join(' or ')}, or give the code its own label and next`]);
  }
  if (retry.value === 'none' && klass === 2 && !retry.refs.some((ref) => SUCCESS_SOURCES.includes(ref))) {
    problems.push(['facts.retry.refs', `a 2xx has nothing to retry because the request succeeded: cite a section that says so (${SUCCESS_SOURCES.join(', ')})`]);
  }
  if (retry.value === 'none' && klass === 1 && !retry.refs.includes('RFC3261 §21.1')) {
    problems.push(['facts.retry.refs', 'a 1xx has nothing to retry because no final response has come yet: cite RFC 3261 §21.1']);
  }
  if (retry.label && !retry.next && retry.value !== 'never' && retry.value !== 'modify') problems.push(['facts.retry.label', 'a code with its own cell needs its own next-step sentence too']);
  // The texts for a local timeout speak of 408, the code a stack reports when Timer B or F fires (RFC 3261 §8.1.3.1).
  if (failover.value === 'local-timeout' && entry.code !== 408) problems.push(['facts.failover.value', '"local-timeout" is the 408 a stack reports itself']);
  // The texts of "resource-value" state RFC 4412 §4.7.1, the UAC's rule after 417.
  if (retry.value === 'resource-value' && entry.code !== 417) problems.push(['facts.retry.value', '"resource-value" is what RFC 4412 §4.7.1 lets a UAC do after 417']);
  if (failover.value === 'other-proxy' && entry.code !== 439) problems.push(['facts.failover.value', '"other-proxy" is the outbound proxy a UA MAY change after 439']);
  if (methods.named && methods.value !== 'any') problems.push(['facts.methods.named', 'only for "any": a list in value already names the methods']);
  if (methods.except && methods.value !== 'any') problems.push(['facts.methods.except', 'only for "any": a list in value already leaves the other methods out']);
  if (methods.except?.some((m) => methods.named?.includes(m))) problems.push(['facts.methods.except', 'a method cannot be both named and excepted']);
  if (methods.exceptRefs && !methods.except) problems.push(['facts.methods.exceptRefs', 'only with except']);
  if (methods.exceptNever && !methods.except) problems.push(['facts.methods.exceptNever', 'only with except']);
  if (methods.exceptNever && methods.exceptInferred) problems.push(['facts.methods.exceptNever', 'not with exceptInferred: a section that says "never" states the exception']);
  if (methods.exceptNever && !methods.exceptRefs) problems.push(['facts.methods.exceptRefs', 'needed with exceptNever: the section that says the code is never returned for these methods']);
  if (methods.onlyFrom && methods.value === 'any') problems.push(['facts.methods.onlyFrom', 'only with a list of methods: "any" restricts no sender']);
  if (methods.othersForbidden && methods.value === 'any') problems.push(['facts.methods.othersForbidden', 'only with a list of methods: "any" forbids no method']);
  if (methods.othersForbidden && methods.onlyFrom) problems.push(['facts.methods.othersForbidden', 'not with onlyFrom: that restriction binds only some senders']);
  if (methods.dialog === 'outside' && methods.value !== 'any') problems.push(['facts.methods.dialog', 'only with "any": a list in value already says which requests the code answers']);
  if (methods.dialog && methods.except) problems.push(['facts.methods.dialog', 'not with except: the facts table and comparisons say one condition or the other']);
  if (methods.dialog && !methods.dialogRefs) problems.push(['facts.methods.dialogRefs', `needed with dialog: list the sections that say the code answers requests ${methods.dialog === 'inside' ? 'within' : 'outside'} a dialog`]);
  if (methods.dialogRefs && !methods.dialog) problems.push(['facts.methods.dialogRefs', 'only with dialog']);
  for (const ref of methods.dialogRefs ?? []) if (!methods.refs.includes(ref)) problems.push(['facts.methods.dialogRefs', `${ref} is not among facts.methods.refs`]);
  if (methods.dialogRefs && new Set(methods.dialogRefs).size !== methods.dialogRefs.length) problems.push(['facts.methods.dialogRefs', 'a section is listed twice']);
  for (const ref of methods.exceptRefs ?? []) if (!methods.refs.includes(ref)) problems.push(['facts.methods.exceptRefs', `${ref} is not among facts.methods.refs`]);
  if (Array.isArray(methods.value) && new Set(methods.value).size !== methods.value.length) problems.push(['facts.methods.value', 'a method is listed twice']);
  problems.push(...senderRefProblems(entry.facts.sentBy));
  problems.push(...namedRefProblems(methods));
  for (const key of FACT_KEYS) {
    const refs = entry.facts[key].refs;
    if (new Set(refs).size !== refs.length) problems.push([`facts.${key}.refs`, 'a section is listed twice']);
  }
  return problems;
}

/**
 * A map from each sender or named method to its sections (byRole, namedRefs) against the keys it must
 * have and the sections the fact cites: a key for each, no other, only cited sections, none twice.
 */
function keyedRefProblems<K extends string>(
  fact: 'sentBy' | 'methods',
  mapName: 'byRole' | 'namedRefs',
  keys: readonly K[],
  byKey: Partial<Record<K, RfcRefString[]>>,
  refs: readonly RfcRefString[],
  say: { missing: (key: K) => string; extra: (key: K) => string },
): [field: string, message: string][] {
  const field = `facts.${fact}.${mapName}`;
  const problems: [string, string][] = [];
  for (const key of keys) if (!byKey[key]) problems.push([`${field}.${key}`, say.missing(key)]);
  for (const [key, keyRefs] of Object.entries(byKey) as [K, RfcRefString[]][]) {
    if (!keys.includes(key)) problems.push([`${field}.${key}`, say.extra(key)]);
    for (const ref of keyRefs) if (!refs.includes(ref)) problems.push([`${field}.${key}`, `${ref} is not among facts.${fact}.refs`]);
    if (new Set(keyRefs).size !== keyRefs.length) problems.push([`${field}.${key}`, 'a section is listed twice']);
  }
  return problems;
}

/**
 * byRole must account for the senders and their sections exactly, and every cited section must back
 * some sender. Otherwise a comparison sentence could name a sender with no section, or a section would
 * back no sender.
 */
export function senderRefProblems(sentBy: CodeEntryInput['facts']['sentBy']): [field: string, message: string][] {
  const byRole: SenderRefs = sentBy.byRole;
  const problems = keyedRefProblems('sentBy', 'byRole', sentBy.value, byRole, sentBy.refs, {
    missing: (role) => `"${role}" is a sender in value: list the sections that show it`,
    extra: (role) => `"${role}" is not a sender in value`,
  });
  const assigned = new Set(Object.values(byRole).flat());
  for (const ref of sentBy.refs) {
    if (!assigned.has(ref)) problems.push(['facts.sentBy.byRole', `${ref} backs no sender: list it under the role it shows`]);
  }
  return problems;
}

/**
 * namedRefs must account for the named methods exactly, with only sections the fact cites. A section of
 * refs may stay out of it: refs also back the 'any' value. Otherwise a comparison sentence could name a
 * method with no section that names it.
 */
export function namedRefProblems(methods: CodeEntryInput['facts']['methods']): [field: string, message: string][] {
  const namedRefs: MethodRefs | undefined = methods.namedRefs;
  if (!namedRefs) return methods.named?.length ? [['facts.methods.namedRefs', 'needed with named: list, for each named method, the sections that name it with the code']] : [];
  // Without named, its own keys stand in for it: the one problem to report is that named is missing.
  const keys = methods.named ?? (Object.keys(namedRefs) as Method[]);
  return [
    ...(methods.named ? [] : [['facts.methods.namedRefs', 'only with named'] as [string, string]]),
    ...keyedRefProblems('methods', 'namedRefs', keys, namedRefs, methods.refs, {
      missing: (method) => `"${method}" is named: list the sections that name it with the code`,
      extra: (method) => `"${method}" is not among facts.methods.named`,
    }),
  ];
}

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`SIP code data is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'DataError';
  }
}

/** [[486]] in prose links to the page of code 486. */
export const CODE_LINK_PATTERN = /\[\[(\d{3})\]\]/g;

/**
 * Content-Length must count the body as sent: each body line ends with CRLF.
 * Returns what is wrong, or undefined.
 */
export function contentLengthProblem(message: string): string | undefined {
  const [head, ...rest] = message.split('\n\n');
  const declared = /^(?:Content-Length|l):\s*(\d+)\s*$/im.exec(head ?? '');
  const body = rest.join('\n\n');
  const actual = body ? new TextEncoder().encode(body.split('\n').map((line) => `${line}\r\n`).join('')).length : 0;
  if (!declared) return body ? 'has a body but no Content-Length' : undefined;
  return Number(declared[1]) === actual ? undefined : `Content-Length says ${declared[1]}, the body is ${actual} bytes (CRLF line ends)`;
}

/**
 * Lowercase words a flow label may use although they are no header field or value: "offer" and
 * "answer" name the SDP bodies of the RFC 3264 offer/answer model ("INVITE + SDP offer"), and "cause"
 * is the ISUP cause parameter ("REL (cause 27)").
 */
const LABEL_WORDS = new Set(['offer', 'answer', 'cause']);

/**
 * A flow label is protocol text, shown as it is on the pages of every language; words about the
 * step belong in its note. The label is split at spaces, brackets, "+" and ","; a piece made only of
 * lowercase letters is an English word, which is allowed only right after a piece ending in ":"
 * (a header field's value, "Event: dialog", "SDP: opus") or as one of LABEL_WORDS. Everything else
 * passes: methods and status lines, capitalised names (Contact, Carol), and tokens with a digit or
 * a sign (reg-id=1, a=sendonly, sip:alice@example.com, re-INVITE, text/plain).
 * Returns the English words found, or an empty list.
 */
export function labelProse(label: string): string[] {
  const pieces = label.split(/[\s()+,]+/).filter((piece) => piece.length > 0);
  return pieces.filter((piece, i) => /^[a-z]+$/.test(piece) && !LABEL_WORDS.has(piece) && !pieces[i - 1]?.endsWith(':'));
}

export function classOf(code: number): CodeClass {
  return Math.floor(code / 100) as CodeClass;
}

function label(entry: unknown, index: number): string {
  const code = (entry as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? String(code) : `entry #${index + 1}`;
}

export interface ValidateOptions {
  /** Codes that related codes and [[NNN]] links may name; by default, the codes being validated. */
  knownCodes?: ReadonlySet<number>;
}

export function validateCodes(inputs: readonly unknown[], options: ValidateOptions = {}): CodeEntry[] {
  const problems: string[] = [];
  const entries: CodeEntry[] = [];

  inputs.forEach((input, index) => {
    const result = codeEntrySchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${label(input, index)}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      }
      return;
    }
    const entry = result.data as CodeEntryInput;
    entries.push({ ...entry, klass: classOf(entry.code) });
  });

  const seen = new Set<number>();
  for (const entry of entries) {
    if (seen.has(entry.code)) problems.push(`${entry.code}: code: duplicate entry`);
    seen.add(entry.code);
  }
  const known = options.knownCodes ?? seen;

  for (const entry of entries) {
    const at = (field: string, message: string) => problems.push(`${entry.code}: ${field}: ${message}`);

    entry.related.forEach((related, i) => {
      if (related === entry.code) at(`related.${i}`, 'a code cannot be related to itself');
      else if (!known.has(related)) at(`related.${i}`, `unknown code ${related}`);
    });
    // The Specifications list shows refs, then seeAlso: a section in both, or twice in one, shows twice.
    const listed = new Set<string>(entry.refs);
    (entry.seeAlso ?? []).forEach((ref, i) => {
      if (listed.has(ref)) at(`seeAlso.${i}`, `${ref} is already in refs or seeAlso`);
      listed.add(ref);
    });
    entry.headers.forEach((header, i) => {
      if (header.in === 'response' && header.strength === undefined) at(`headers.${i}.strength`, `${header.name} needs MUST, SHOULD or MAY, or null where the RFC sets none`);
      if (header.in === 'request' && header.strength !== undefined) at(`headers.${i}.strength`, `${header.name} is a request header: leave strength out`);
      if (header.in === 'request' && header.when) at(`headers.${i}.when`, `${header.name} is a request header: a condition applies only to response headers`);
    });

    factProblems(entry).forEach(([field, message]) => at(field, message));

    if (entry.flow) {
      const ids = new Set(entry.flow.parties.map((p) => p.id));
      if (ids.size !== entry.flow.parties.length) at('flow.parties', 'two parties share an id');
      entry.flow.steps.forEach((step, i) => {
        if (!ids.has(step.from)) at(`flow.steps.${i}.from`, `no party "${step.from}"`);
        if (!ids.has(step.to)) at(`flow.steps.${i}.to`, `no party "${step.to}"`);
        if (step.from === step.to) at(`flow.steps.${i}`, 'a message must go between two parties');
        const prose = labelProse(step.label);
        if (prose.length > 0) at(`flow.steps.${i}.label`, `"${step.label}" has English words (${prose.join(', ')}): a label is protocol text; put words about the step in note {en, ja}`);
      });
      if (!entry.flow.steps.some((step) => step.label.startsWith(`${entry.code} `))) {
        at('flow.steps', `no step carries ${entry.code} (a label starting "${entry.code} ")`);
      }
    }
    if (entry.example) {
      const { request, response, highlight } = entry.example;
      // Any version: the request behind 505 is exactly one that is not SIP/2.0.
      const requestLine = /^([A-Z]+) \S+ SIP\/\d+\.\d+$/.exec(request.split('\n')[0] ?? '');
      if (!requestLine || !(METHODS as readonly string[]).includes(requestLine[1]!)) {
        at('example.request', 'must start with a request line such as "INVITE sip:bob@example.com SIP/2.0"');
      }
      if (!response.startsWith(`SIP/2.0 ${entry.code} ${entry.phrase}\n`)) {
        at('example.response', `must start with "SIP/2.0 ${entry.code} ${entry.phrase}"`);
      }
      for (const [field, message] of [['request', request], ['response', response]] as const) {
        const problem = contentLengthProblem(message);
        if (problem) at(`example.${field}`, problem);
      }
      for (const name of highlight) {
        const header = new RegExp(`^${name}:`, 'mi');
        if (!header.test(request) && !header.test(response)) at('example.highlight', `${name} appears in neither message`);
      }
    }

    for (const lang of LANGS) {
      const text: CodeText = entry.text[lang];
      const fields: [string, string][] = [
        ['summary', text.summary],
        ...text.description.map((p, i): [string, string] => [`description.${i}`, p]),
        ...text.scenarios.map((p, i): [string, string] => [`scenarios.${i}`, p]),
        ...text.fixes.map((p, i): [string, string] => [`fixes.${i}`, p]),
      ];
      for (const [field, value] of fields) {
        for (const match of value.matchAll(CODE_LINK_PATTERN)) {
          const linked = Number(match[1]);
          if (!known.has(linked)) at(`text.${lang}.${field}`, `links unknown code [[${linked}]]`);
        }
      }
    }
  }

  if (problems.length > 0) throw new DataError(problems);
  return entries.sort((a, b) => a.code - b.code);
}
