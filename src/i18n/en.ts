/**
 * English UI strings. This object defines the shape (`UiStrings`) that every other
 * language must match key for key: a missing translation is a type error.
 */
import type { ExceptBasis, Failover, PartyRole, Role, RetryPolicy, Scope, Strength } from '../data/schema';
import type { CodeClass } from '../data/validate';
import type { Recursion, RetryAfterVariant } from '../lib/compare';

type Named = { code: number; name: string };

const list = (items: readonly string[], conj = 'and') =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conj} ${items.at(-1)}`;
/** A list under a prohibition: "must not answer A, B or C" forbids each one. */
const orList = (items: readonly string[]) => list(items, 'or');
/** What the header table behind 494's exception marks (RFC 3329 §2.6, §2.3.1, read with the legend of RFC 3261 §20). */
const headerTableMarks = (methods: readonly string[], code: number) =>
  `marks with “-”, for ${list(methods)}, a header field that every ${code} must carry, and in the legend of RFC 3261 §20 such a field is one the UAS must not place in the response`;

export const en = {
  langName: 'English',
  htmlLang: 'en',
  site: {
    name: 'SIP Response Codes',
    tagline: 'Every SIP response code in the IANA registry, explained from the RFCs, in English and Japanese.',
    skipToContent: 'Skip to content',
    switchLanguage: 'Language',
    otherLanguage: '日本語',
  },
  nav: { home: 'Home', codes: 'All codes', label: 'Main', breadcrumbs: 'Breadcrumb' },
  search: {
    open: 'Search',
    shortcut: 'Press / to search',
    label: 'Search codes and comparisons',
    placeholder: 'Code, phrase or term: 486, busy, PUBLISH…',
    close: 'Close',
    loading: 'Loading search…',
    none: (q: string) => `Nothing found for “${q}”.`,
    count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    failed: 'Search could not be loaded.',
  },
  home: {
    title: 'SIP response codes, explained from the RFCs',
    intro:
      'A reference for engineers with a SIP trace open: what each response code means, who sends it, when you meet it and what to do about it, with links to the RFC sections behind what it says.',
    guides: 'Which code should I send?',
    byClass: 'Codes by class',
    featured: 'Often confused',
    allCodes: 'See all codes',
    compareTitle: 'Compare two codes',
    compareHelp: 'Pick two codes to see what really differs between them.',
    q850Description: 'The mappings RFC 3398 recommends between SIP responses and ISUP cause values.',
  },
  codes: {
    indexTitle: 'All SIP response codes',
    indexIntro: (n: number, date: string) =>
      `The ${n} response codes of the IANA “Session Initiation Protocol (SIP) Parameters” registry as updated on ${date}, grouped by class, followed by codes seen in logs that IANA never registered.`,
    pageTitle: (code: number, phrase: string) => `SIP ${code} ${phrase}`,
    metaTitle: (code: number, phrase: string, _gloss: string) => `SIP ${code} ${phrase}: causes and fixes`,
    metaDescription: (_code: number, _phrase: string, _gloss: string, summary: string) => summary,
    topics: 'Topics',
    confused: 'Often confused with: comparisons with a guide',
    registeredPhrase: 'Registered reason phrase',
    alsoSeen: 'Also seen in logs',
    meaning: 'What it means',
    scenarios: 'When you see it',
    fixes: 'How to resolve it',
    facts: 'At a glance',
    headers: 'Headers',
    inResponse: 'In this response',
    /** A response header whose requirement holds only for some methods (489 Allow-Events: PUBLISH). */
    inResponseTo: (methods: readonly string[]) => `In this response, to ${orList(methods)}`,
    /** A requirement that holds only under a condition other than the method, which the note states. */
    underCondition: 'if the condition in the note holds',
    inRequest: 'In the request that provokes it',
    noHeaders: 'No header field is specific to this code.',
    related: 'Related codes',
    references: 'Specifications',
    definedIn: 'Defined in',
    /** The references the IANA registry gives: not always the defining text (202: RFC 6665 §8.3.1, RFC 7647 §5). */
    registryRefs: 'IANA registry reference',
    seeAlso: 'See also',
    compareWith: 'Compare with another code',
    compareLabel: 'Compare with',
    compareGo: 'Compare',
    compareAll: (code: number) => `All comparisons with ${code}`,
    deprecatedNote: 'The IANA registry marks this code as deprecated.',
  },
  unregistered: {
    heading: 'Seen in logs, never registered',
    intro: 'Codes that turn up in SIP logs and traces although IANA never registered them: codes of particular SIP stacks, leftovers from RFC 2543, and an HTTP code. Each page says where the code comes from and what to do.',
    pageTitle: (code: string, phrase: string) => `SIP ${code} ${phrase} (unregistered)`,
    notice: 'This is not an IANA-registered SIP response code.',
    origin: 'Where it comes from',
  },
  facts: {
    class: 'Class',
    status: 'Registry status',
    finality: 'Kind of response',
    scope: 'Scope',
    sentBy: 'Typically sent by',
    methods: 'Requests it answers',
    retry: 'Retry',
    failover: 'Fail over to another server?',
    // ACK takes no response (RFC 3261 §22.1, §17): "any" means any request that takes one.
    anyMethod: 'Any request that takes a response',
    /** The retry cell of a code whose response can carry Retry-After, by its retry value (RETRY_AFTER_VARIANTS, compare.ts). */
    retryAfterCell: {
      // 413: RFC 3261 §21.4, §21.4.11.
      modify: 'Should not be resent unchanged (SHOULD NOT); the response points at what to change, and if it gives a Retry-After time, the client MAY try again after it',
      // 404: RFC 3261 §21.4, §20.33.
      never: 'Should not be resent unchanged (SHOULD NOT); a Retry-After, when present, gives the time the called party expects to be available again',
      // 500: RFC 3261 §21.5.1.
      later: 'MAY be sent again later; a Retry-After, when present, says when',
    } satisfies Record<RetryAfterVariant, string>,
    yes: 'Yes',
    no: 'No',
  },
  status: { active: 'Active', deprecated: 'Deprecated' } satisfies Record<'active' | 'deprecated', string> as Record<'active' | 'deprecated', string>,
  finality: { provisional: 'Provisional (1xx): the server has no final response yet', final: 'Final: ends the transaction' } as Record<
    'provisional' | 'final',
    string
  >,
  classes: {
    name: { 1: 'Provisional', 2: 'Success', 3: 'Redirection', 4: 'Request Failure', 5: 'Server Failure', 6: 'Global Failure' } as Record<
      CodeClass,
      string
    >,
    label: (k: CodeClass) => `${k}xx`,
    pageTitle: (k: CodeClass, name: string) => `SIP ${k}xx ${name} responses`,
  },
  scope: {
    hop: 'Hop by hop: a stateful proxy never forwards it',
    // RFC 3261 §16.7 step 5: MUST be forwarded immediately until a final response has been sent (any provisional response but 100).
    provisional: 'MUST be forwarded at once, until the proxy has sent a final response',
    // RFC 3261 §16.7 step 5: forwarded at once until the proxy has sent a final response, a 2xx to INVITE even after; step 10: then CANCEL on
    // pending branches (MUST); §9.2 and RFC 6665 §4.6: a CANCEL does not stop a SUBSCRIBE or NOTIFY.
    success: 'MUST be forwarded at once until the proxy has sent a final response (a 2xx to INVITE, even after); a stateful proxy MUST then send CANCEL on its pending branches, which can end an INVITE but not a SUBSCRIBE or NOTIFY',
    branch: 'One branch: a forking proxy weighs it against the others',
    // RFC 3261 §16.7: SHOULD NOT forward, unless every request would fail too; SHOULD send 500 when it was the only response.
    'not-relayed': 'A proxy SHOULD NOT forward it upstream unless it can tell that every request it could forward would get a 503 too; when it is the only response, the proxy SHOULD send 500',
    // RFC 3261 §16.7: no new branches (MUST); cancelling the pending ones is a SHOULD for a 6xx.
    global: 'Ends the search: no new branches (MUST NOT), and the others SHOULD be cancelled',
  } satisfies Record<Scope, string> as Record<Scope, string>,
  roles: {
    uas: 'User agent server',
    proxy: 'Proxy',
    'edge-proxy': 'Edge proxy (SIP Outbound)',
    registrar: 'Registrar',
    'redirect-server': 'Redirect server',
    b2bua: 'Back-to-back user agent (B2BUA)',
    notifier: 'Notifier',
    esc: 'Event state compositor',
    verifier: 'STIR verification service',
    gateway: 'Gateway',
    analytics: 'Intermediary acting for the user (proxy or B2BUA)',
  } satisfies Record<Role, string> as Record<Role, string>,
  retry: {
    none: 'Nothing to retry',
    // RFC 3261 §21.4, for a 4xx: the client SHOULD NOT retry the same request without modification. A code whose
    // own section sets another level, or none (5xx, 6xx), has its own cell (facts.retry.label).
    never: 'Should not be resent unchanged (SHOULD NOT)',
    modify: 'Should not be resent unchanged (SHOULD NOT); the response points at what to change',
    // RFC 5079 §4: MUST NOT retry without anonymity unless the user confirms; then the UAC MAY.
    'without-anonymity': 'MUST NOT be resent without anonymity unless the user confirms it; then the UAC MAY',
    // RFC 3261 §8.1.3.5: the UAC SHOULD follow the authorization procedures to retry the request with credentials.
    authenticate: 'SHOULD be resent with credentials for the challenge',
    // RFC 4412 §4.7.1: the UAC MAY retry with the same or a different resource value; SHOULD choose authorised ones from Accept-Resource-Priority.
    'resource-value': 'The UAC MAY retry with the same or another resource value; from Accept-Resource-Priority, if present, it SHOULD choose values it is authorised to use',
    // RFC 3261 §21.4.9 (408: MAY repeat the request without modifications at any later time), §21.5.1 (500: MAY retry
    // after several seconds). A code whose sections say something else has its own cell (facts.retry.label).
    later: 'MAY be sent again later',
    'if-retry-after': 'Retry-After MAY give a better time to call',
    // RFC 3261 §8.1.3.4: clients SHOULD use the URI(s) in the Contact header field to formulate one or more new requests.
    redirect: 'The client SHOULD send new requests to the Contact addresses',
    // RFC 3261 §21.3.4: the resource MUST be accessed through the proxy in Contact; the recipient is expected to repeat this single request via it.
    'via-proxy': 'MUST be accessed through the proxy in Contact; the recipient is expected to repeat this single request via it',
    // RFC 3261 §21.3.5: alternative services are possible, described in the body; no rule for sending the request again.
    alternative: 'No retry rule in the cited section: alternative services are possible, described in the body',
    unspecified: 'No retry rule in the sections that define it',
  } satisfies Record<RetryPolicy, string> as Record<RetryPolicy, string>,
  failover: {
    no: 'No',
    // RFC 3263 §4.3: after a failure (a 503 among them) the client SHOULD send the request again, as a new transaction, to the next server.
    'next-server': 'Yes: the client SHOULD try another server',
    // RFC 3263 §4.3: the client SHOULD send the request to the next server.
    'local-timeout': 'SHOULD, when your own transaction timed out with no response at all (Timer B or F)',
    'other-flow': 'The authoritative proxy SHOULD try another flow',
    'other-proxy': 'The UA MAY register through another outbound proxy',
  } satisfies Record<Failover, string> as Record<Failover, string>,
  parties: {
    uac: 'UAC',
    uas: 'UAS',
    proxy: 'Proxy',
    'edge-proxy': 'Edge proxy',
    registrar: 'Registrar',
    'redirect-server': 'Redirect server',
    b2bua: 'B2BUA',
    sbc: 'SBC',
    notifier: 'Notifier',
    esc: 'ESC',
    gateway: 'Gateway',
    verifier: 'Verifier',
    analytics: 'Call analytics',
    transferor: 'Transferor',
    transferee: 'Transferee',
    'transfer-target': 'Transfer target',
    pstn: 'PSTN',
  } satisfies Record<PartyRole, string> as Record<PartyRole, string>,
  flow: {
    heading: 'Call flow',
    asText: 'The same flow as text',
    /** A step of the flow as text; its note, if any, after a dash: "UAC → UAS: CANCEL — sent before the 200 OK arrived". */
    step: (from: string, to: string, label: string, note?: string) => `${from} → ${to}: ${label}${note ? ` — ${note}` : ''}`,
    title: (code: number) => `Call flow for ${code}`,
  },
  example: {
    heading: 'Example messages',
    request: 'The request',
    response: 'The response',
    copy: 'Copy',
    copied: 'Copied',
    marked: 'Marked lines are the header fields that matter for this code.',
  },
  interworking: {
    heading: 'PSTN interworking (Q.850 / ISUP)',
    /** The sentence around the bold cause: before + cause + after, then the RFC reference. */
    // RFC 3398 §8.2.6.1 and §7.2.4.1: the mappings are RECOMMENDED; a response that carries an encapsulated REL gives its own cause.
    toIsup: (code: number) => ({ before: `RFC 3398 recommends that a gateway receiving ${code} with no encapsulated ISUP release the ISUP call with cause `, after: '' }),
    toIsupNone: (code: number) => `RFC 3398 maps ${code} to no fixed cause`,
    fromIsup: (code: number, _first: boolean) => ({ before: `RFC 3398 recommends that a gateway answer ${code} when the ISUP release carries cause `, after: '' }),
    /** A mapping RFC 3398 allows instead of the one it recommends (603 for 403, cause 21 from a user). */
    fromIsupAllowed: (code: number, instead: number) => ({
      before: `For cause `,
      after: ` with the location “user”, RFC 3398 lets a gateway answer ${code} instead of ${instead}`,
    }),
    fromIsupDefault: (code: number) => `For a cause value it does not list, RFC 3398 says the default response ${code} SHOULD be used.`,
    noCause: 'no cause value',
    // RFC 3398 §8.2.6.1 prints "--- by Warning header" for 488 and 606: a cause, chosen by the Warning code.
    byWarning: '31 or 65, by the Warning header',
    reason: 'Since RFC 6432, a SIP response can carry the cause itself in a Reason header, for example',
    tableLink: 'All mappings in one table',
    pageTitle: 'SIP and Q.850 (ISUP) cause mapping',
    pageIntro:
      'When a call crosses between SIP and the telephone network, a gateway translates between SIP status codes and the cause values of ISUP (ITU-T Q.850). RFC 3398 recommends the mappings below; how closely a stack follows them varies (Asterisk and FreeSWITCH map some SIP codes to other causes; the stack pages list where), and a Reason header (RFC 6432) can carry the original cause across SIP.',
    namesNote: 'Cause names are the ITU-T Q.850 names; RFC 3398 prints several of them in shorter forms.',
    unconfirmedName: '',
    isupToSipHeading: 'ISUP cause → SIP response',
    sipToIsupHeading: 'SIP response → ISUP cause',
    cause: 'Cause',
    causeName: 'Meaning',
    englishName: 'Name in Q.850',
    response: 'SIP response',
    note: 'Note',
    source: 'Source',
    // RFC 3398 §8.2.6.1 and §7.2.4 / §7.2.4.1: when each table applies, and what it gives for values it does not list.
    sipToIsupRules:
      'RFC 3398 recommends this table only for a response that carries no encapsulated ISUP: when the response carries an encapsulated REL, the cause of that REL SHOULD be used. A response the table does not list should map to cause 31 (Normal, unspecified). By default the location of the cause should be “user” for a 6xx response and “network” for a 4xx or 5xx response.',
    isupToSipRules:
      'This table is for a REL that arrives before the gateway has sent a final response to the INVITE. For a cause the table does not list, the default response 500 SHOULD be used, except cause 44 (Requested circuit/channel not available): it matters only to the ISUP side, where the appropriate behavior is for the originating switch to send the IAM again on another circuit, and it should not result in any SIP status code.',
  },
  httpFriend: {
    // The heading says "not" only where the meanings differ: 302 and 412 mean much the same in HTTP.
    heading: { 'different-meaning': 'Not the HTTP code of the same number', 'different-phrase': 'The HTTP code of the same number' },
    // The citation of the HTTP RFC goes between `before` and `after`, right after the HTTP phrase it backs.
    differentMeaning: (code: number, phrase: string) => ({ before: `In HTTP, ${code} is “${phrase}” (`, after: '), with another meaning.' }),
    // How close the meanings are differs by code (500 identical, 302, 412 and 504 close): the note says it.
    differentPhrase: (code: number, phrase: string) => ({ before: `In HTTP, ${code} is “${phrase}” (`, after: ').' }),
  },
  strength: { MUST: 'MUST', SHOULD: 'SHOULD', MAY: 'MAY' } satisfies Record<Strength, string> as Record<Strength, string>,
  compare: {
    pageTitle: (a: Named, b: Named) => `SIP ${a.code} ${a.name} vs ${b.code} ${b.name}`,
    metaTitle: (a: number, b: number) => `SIP ${a} vs ${b}: what really differs`,
    metaDescription: (a: Named, b: Named, guided: boolean) =>
      `SIP ${a.code} ${a.name} compared with ${b.code} ${b.name}: what each means, what the receiver does next, and what differs, with the RFC sections.${guided ? ' With guidance on which one to send.' : ''}`,
    summary: 'In short',
    differences: 'What differs',
    shared: 'What they have in common',
    nothingShared: 'They share none of the properties compared here.',
    aspect: 'Property',
    whenToUse: 'Which one to send, and what a received one means',
    onReceipt: 'On receipt',
    receipt: (next: string, cite: string) => `On receipt: ${next}${cite}.`,
    fullPage: (code: number) => `The ${code} page: causes, scenarios and fixes`,
    pickerTitle: 'Compare two codes',
    first: 'First code',
    second: 'Second code',
    go: 'Compare',
    sameCode: 'Pick two different codes.',
    aspects: {
      status: 'Registry status',
      class: 'Class',
      finality: 'Kind of response',
      scope: 'What a proxy does with it',
      methods: 'Requests it answers',
      sentBy: 'Typically sent by',
      retry: 'Retry',
      failover: 'Failover',
      headers: 'Headers',
      rfcs: 'IANA registry reference',
    },
    /** Joins items inside a sentence: "A, B and C". */
    list,
    /** RFC sections after a statement: " (RFC 3261 §16.7, RFC 3263 §4.3)". */
    cite: (refs: readonly string[]) => (refs.length ? ` (${refs.join(', ')})` : ''),
    /** Short role names for sentences. */
    roles: {
      uas: 'a user agent server',
      proxy: 'a proxy',
      'edge-proxy': 'an edge proxy',
      registrar: 'a registrar',
      'redirect-server': 'a redirect server',
      b2bua: 'a B2BUA',
      notifier: 'a notifier',
      esc: 'an event state compositor',
      verifier: 'a STIR verification service',
      gateway: 'a gateway',
      analytics: 'an intermediary acting for the user, a proxy or B2BUA',
    } satisfies Record<Role, string> as Record<Role, string>,
    onlyMethods: (methods: readonly string[]) => `${list(methods)} only`,
    /** A list that binds only transaction-stateful senders (408, RFC 4320 §4.2). */
    onlyMethodsFromStateful: (methods: readonly string[]) => `${list(methods)} only, when a transaction-stateful element sends it`,
    /** A list that rests on a prohibition binding every sender (1xx but 100: RFC 4320 §4.1, MUST NOT to a non-INVITE request). */
    onlyMethodsOthersForbidden: (methods: readonly string[]) => `${list(methods)}: a SIP element MUST NOT send it in answer to any other request`,
    anyNamed: (methods: readonly string[]) => `Any request that takes a response; the RFCs name ${list(methods)}`,
    /** A code the RFCs provide for requests outside a dialog (607: RFC 8197 §4; 608: RFC 8688 §3.1). */
    outsideDialog: (named: readonly string[]) => (named.length ? `Requests outside a dialog that take a response; the RFCs name ${list(named)}` : 'Requests outside a dialog that take a response'),
    /** A code the RFCs provide for requests within a dialog (491: RFC 3261 §21.4.27). */
    insideDialog: (named: readonly string[]) => (named.length ? `Requests within a dialog that take a response; the RFCs name ${list(named)}` : 'Requests within a dialog that take a response'),
    /** A list of methods, each within a dialog (204: RFC 5839 §7.1). */
    onlyMethodsInsideDialog: (methods: readonly string[]) => `${list(methods)} only, within a dialog`,
    inRequest: (name: string) => `${name} (in the request)`,
    /** 'inferred': no RFC sentence states the exception; it is read from a header table (494). 'never' (487) needs no note: "except" is what its section says. */
    anyExcept: (except: readonly string[], named: readonly string[], basis: ExceptBasis = 'forbidden') => {
      const but = `${list(except)}${basis === 'inferred' ? ' (inferred from a header table)' : ''}`;
      return named.length ? `Any request that takes a response, except ${but}; the RFCs name ${list(named)}` : `Any request that takes a response, except ${but}`;
    },
    /** What the code means, in one sentence. */
    meaning: (a: Named, summary: string) => `${a.code} ${a.name}: ${summary}`,
    /** What each class is, after "486 is" (RFC 3261 §21.1 to §21.6). */
    classClause: {
      1: 'a provisional response: the server is still working on the request',
      2: 'a success',
      3: 'a redirection: it gives the user’s new location or alternative services',
      4: 'a request failure from a particular server',
      5: 'a server failure',
      6: 'a global failure: the server has definitive information about the user, not just this instance',
    } satisfies Record<CodeClass, string> as Record<CodeClass, string>,
    /** What a proxy does with the code (RFC 3261 §16.7), after "For 486, ". */
    scopeClause: {
      hop: 'a stateful proxy never forwards it upstream',
      // RFC 3261 §16.7 step 5: "MUST be forwarded immediately".
      provisional: 'a proxy that has not yet sent a final response MUST forward it upstream at once',
      // RFC 3261 §16.7 step 5: after a final response, only a 2xx to INVITE is forwarded; a later 2xx to another method is not.
      // The CANCEL of step 10 is a stateful proxy's: §16.11, response processing of §16.7 does not apply to a stateless one.
      success: 'a proxy that has not yet sent a final response MUST forward it at once (a 2xx to INVITE, even after one); a stateful proxy MUST then send CANCEL on its other pending branches, which can end an INVITE but not a SUBSCRIBE or NOTIFY',
      // RFC 3261 §16.7 step 6: the stateful proxy MUST forward the best final response if none was forwarded immediately (a 2xx, step 5) and all its client transactions have ended.
      branch: 'a forking proxy weighs it against the answers of its other branches and, if all have ended with no 2xx forwarded, MUST forward the best final response',
      'not-relayed': 'a proxy SHOULD NOT forward it upstream unless it can tell that every request it might forward would get a 503 too, and, when no other response arrived, SHOULD send 500 instead',
      // RFC 3261 §16.7 steps 5 and 6 bind the stateful proxy (§16.11: response processing does not apply to a stateless one).
      global: 'a stateful proxy SHOULD cancel its other branches, and MUST choose the response it forwards from the 6xx responses it has received rather than from any other failure',
    } satisfies Record<Scope, string> as Record<Scope, string>,
    /**
     * The 'branch' clause for a code a proxy may recurse on instead (RFC 3261 §16.7 step 4): the Contact addresses of a
     * 3xx; a SIP or SIPS URI after a 416 to a request whose SIP or SIPS scheme the proxy changed (SHOULD).
     */
    scopeClauseRecurse: {
      contacts:
        'a forking proxy weighs it against the answers of its other branches and, if all have ended with no 2xx forwarded, MUST forward the best final response; a proxy that recurses on all its Contact addresses instead SHOULD NOT keep it among the responses it chooses from',
      'sip-uri':
        'a forking proxy weighs it against the answers of its other branches and, if all have ended with no 2xx forwarded, MUST forward the best final response; a proxy that had changed a SIP or SIPS Request-URI to another scheme SHOULD instead try a SIP URI version of the URI it tried, and then SHOULD NOT keep the 416 among the responses it chooses from',
    } satisfies Record<Recursion, string> as Record<Recursion, string>,
    /** The table cell for such a code. */
    scopeRecurse: {
      contacts: 'One branch: a forking proxy weighs it against the others, but SHOULD NOT keep it if it recurses on all its Contact addresses',
      'sip-uri': 'One branch: a forking proxy weighs it against the others, but SHOULD NOT keep it if it tries a SIP URI version instead',
    } satisfies Record<Recursion, string> as Record<Recursion, string>,
    /** What the client does next with the same request, after "After 486, ". */
    retryClause: {
      none: 'there is nothing to retry',
      // RFC 3261 §21.4, cited by every code that uses these two (a code whose level differs has its own facts.retry.next).
      never: 'the client SHOULD NOT retry the same request without modification',
      modify: 'the client SHOULD NOT retry the same request without modification, and the response points at what to change',
      // RFC 5079 §4, cited by 433.
      'without-anonymity': 'the UAC MUST NOT send the request again without anonymity unless the user confirms it, directly or by a policy the user has set; if the user has, the UAC MAY retry without requesting anonymity',
      // RFC 3261 §8.1.3.5, cited by 401 and 407.
      authenticate: 'the UAC SHOULD retry the request with credentials for the challenge it carries',
      'resource-value': 'the UAC MAY send a new request with the same or a different resource value; if the response carries Accept-Resource-Priority, the UAC SHOULD choose among its values ones it is authorised to use',
      // RFC 3261 §21.4.9 (408) and §21.5.1 (500, whose server MAY say in Retry-After when the client may retry).
      later: 'the client MAY send the request again later',
      'if-retry-after': 'the response MAY give a better time to call in a Retry-After header; RFC 3261 names no other time to call again',
      // RFC 3261 §8.1.3.4 (cited by every 'redirect' code): clients SHOULD use the URIs in Contact to formulate new requests.
      redirect: 'the client SHOULD use the addresses in the Contact header to formulate one or more new requests, each with one of them as its Request-URI',
      // RFC 3261 §21.3.4, cited by 305.
      'via-proxy': 'the requested resource MUST be accessed through the proxy given in Contact, and the recipient is expected to repeat this single request via that proxy',
      // RFC 3261 §21.3.5, cited by 380: no requirement level.
      alternative: 'RFC 3261 sets no rule for sending the request again: alternative services are possible, and the response body describes them',
      unspecified: 'the RFCs that define it do not say whether or how to send the request again',
    } satisfies Record<RetryPolicy, string>,
    /** retryClause of a code whose response can carry Retry-After, by its retry value (RETRY_AFTER_VARIANTS, compare.ts). */
    retryAfterClause: {
      // RFC 3261 §21.4 (404 also cites §20.33, 413 §21.4.11).
      never: 'the client SHOULD NOT retry the same request without modification; a Retry-After, when present, gives the time the called party expects to be available again',
      modify: 'the client SHOULD NOT retry the same request without modification, and the response points at what to change; when it carries Retry-After, the client MAY try again after that time',
      // RFC 3261 §21.5.1 (500, whose server MAY say in Retry-After when the client may retry).
      later: 'the client MAY send the request again later; a Retry-After header, when present, says when',
    } satisfies Record<RetryAfterVariant, string>,
    /** Whether the code sends the client elsewhere, after "503 " (RFC 3263 §4.3). */
    failoverClause: {
      no: 'is not among the failures RFC 3263 names, after which the client SHOULD try another server for the same destination',
      'next-server': 'is a failure after which the client SHOULD try another server for the same destination',
      'local-timeout': 'is a reason to try the next server (SHOULD) when your own transaction timed out without any response, provisional or final (Timer B or F), and your stack reports it; a 408 received from a server is not',
      'other-flow': 'is a reason for the authoritative proxy to try another flow to the same UA instance, if one is registered (SHOULD); an endpoint that receives it should treat it as 400',
      'other-proxy': 'lets the registering UA try again through another outbound proxy, if it has one (MAY)',
    } satisfies Record<Failover, string> as Record<Failover, string>,
    /** The failover part of what to do next, after "After 503, ". next-server carries the level of RFC 3263 §4.3 and RFC 3261 §21.5.4 (SHOULD). */
    failoverNext: {
      'next-server': 'the client SHOULD try another server for the same destination',
      'local-timeout': 'if your own transaction timed out without any response (Timer B or F), the client SHOULD send the request again, as a new transaction, to the next server; a 408 received from a server is not a reason under RFC 3263 to do so',
      'other-flow': 'the authoritative proxy SHOULD try another flow to the same UA instance, if one is registered; an endpoint that gets it should treat it as 400 (Bad Request)',
      'other-proxy': 'the UA MAY register again through another outbound proxy, if it has one',
    } as Record<Exclude<Failover, 'no'>, string>,
    /** What the receiver does next, for codes with nothing to retry, after "After 180, ". */
    waitNext: {
      hop: 'wait for the final response; on this hop the INVITE client transaction SHOULD NOT retransmit the request any more, and a stateful proxy does not forward a 100',
      provisional: 'the request is still being processed: wait for a final response',
      success: 'the request has succeeded: there is nothing to retry',
    },
    /** Joins the failover and the retry part of what to do next. */
    nextWithFailover: (failover: string, retry: string) => `${failover}; otherwise ${retry}`,
    /** The lead: what the receiving side does next after each code. */
    leadNext: (a: Named, aNext: string, aCite: string, b: Named, bNext: string, bCite: string) =>
      `After ${a.code}, ${aNext}${aCite}. After ${b.code}, ${bNext}${bCite}.`,
    leadSame: (next: string, cite: string) => `After either code, ${next}${cite}; what separates them is the situation each one reports.`,
    /** One sentence per computed difference; every one cites the sections it rests on. */
    says: {
      status: (dep: Named, cite: string, active: Named) => `${dep.code} is deprecated in the IANA registry${cite}; ${active.code} is not.`,
      class: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} is ${aClause}${aCite}; ${b.code} is ${bClause}${bCite}.`,
      finality: (prov: Named, fin: Named, provCite: string, finCite: string) =>
        `${prov.code} is provisional: the server does not yet have a final response and the transaction goes on${provCite}. ${fin.code} is final and ends the transaction${finCite}.`,
      scope: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `For ${a.code}, ${aClause}${aCite}. For ${b.code}, ${bClause}${bCite}.`,
      methodsDisjoint: (a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `They never answer the same request: ${a.code} answers ${list(am)} only${aCite}; ${b.code} answers ${list(bm)} only${bCite}.`,
      methodsShared: (shared: readonly string[], a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `Both can answer ${list(shared)}; ${a.code} answers ${list(am)} only${aCite}, ${b.code} answers ${list(bm)} only${bCite}.`,
      methodsOneRestricted: (r: Named, rm: readonly string[], rCite: string, u: Named, uCite: string, uExcept: readonly string[], uNamed: readonly string[], namedCite: string, basis: ExceptBasis = 'forbidden') =>
        `${r.code} answers ${list(rm)} only${rCite}; ${uExcept.length ? `${u.code} can answer any request that takes a response, except ${list(uExcept)}${basis === 'inferred' ? ', an exception inferred from a header table' : ''}${uCite}${uNamed.length ? `, and the RFCs name ${list(uNamed)} for it${namedCite}` : ''}` : `among requests that take a response, the RFCs do not restrict ${u.code} to particular methods${uCite}${uNamed.length ? `, and name ${list(uNamed)} for it${namedCite}` : ''}`}.`,
      methodsNamed: (parts: readonly string[]) =>
        `Among requests that take a response, the RFCs restrict neither code to particular methods; they name ${parts.join(' and ')}.`,
      methodsNamedPart: (a: Named, methods: readonly string[], cite: string) => `${list(methods)} for ${a.code}${cite}`,
      /** 'forbidden': a MUST NOT (401, 407); 'never': the section's plain statement, no requirement keyword (487); 'inferred': a header table (494). */
      methodsExcept: (a: Named, except: readonly string[], cite: string, basis: ExceptBasis = 'forbidden') =>
        basis === 'inferred'
          ? `No RFC sentence forbids answering ${orList(except)} with ${a.code}; the exception is inferred from a header table, which ${headerTableMarks(except, a.code)}${cite}.`
          : basis === 'never'
            ? `The RFC says ${a.code} is never returned for a ${orList(except)} request itself${cite}.`
            : `A server must not answer ${orList(except)} with ${a.code}${cite}.`,
      /** For a code whose list binds only transaction-stateful senders, and then for the other code on its own. */
      methodsOnlyFromStateful: (a: Named, m: readonly string[], cite: string) =>
        `A transaction-stateful element must not answer any method but ${orList(m)} with ${a.code}${cite}.`,
      /** For a code whose list rests on a MUST NOT that binds every sender (1xx but 100: RFC 4320 §4.1), and then for the other code on its own. */
      methodsOthersForbidden: (a: Named, m: readonly string[], cite: string) => `A SIP element must not answer any method but ${orList(m)} with ${a.code}${cite}.`,
      methodsOnly: (a: Named, m: readonly string[], cite: string) => `${a.code} answers ${list(m)} only${cite}.`,
      /** For a code the RFCs provide for requests outside a dialog, and then for the other code on its own. */
      methodsOutsideDialog: (a: Named, cite: string, named: readonly string[], namedCite: string) =>
        `${a.code} answers requests outside a dialog that take a response${cite}${named.length ? `, and the RFCs name ${list(named)} for it${namedCite}` : ''}.`,
      /** For a code the RFCs provide for requests within a dialog (491), and then for the other code on its own. */
      methodsInsideDialog: (a: Named, cite: string, named: readonly string[], namedCite: string) =>
        `${a.code} answers requests within a dialog that take a response${cite}${named.length ? `, and the RFCs name ${list(named)} for it${namedCite}` : ''}.`,
      /** For a code that answers only these methods, sent within a dialog (204). */
      methodsOnlyInsideDialog: (a: Named, m: readonly string[], cite: string) => `${a.code} answers ${list(m)} only, sent within a dialog${cite}.`,
      methodsUnrestricted: (a: Named, cite: string, named: readonly string[], namedCite: string) =>
        `Among requests that take a response, the RFCs do not restrict ${a.code} to particular methods${cite}${named.length ? `, and name ${list(named)} for it${namedCite}` : ''}.`,
      methodsExcluded: (r: Named, rm: readonly string[], rCite: string, u: Named, uCite: string, basis: ExceptBasis = 'forbidden') =>
        basis === 'inferred'
          ? `${r.code} answers ${list(rm)} only${rCite}. No RFC sentence forbids answering ${orList(rm)} with ${u.code}, but a header table ${headerTableMarks(rm, u.code)}${uCite}.`
          : basis === 'never'
            ? `${r.code} answers ${list(rm)} only${rCite}, and the RFC says ${u.code} is never returned for a ${orList(rm)} request itself${uCite}.`
            : `${r.code} answers ${list(rm)} only${rCite}, and a server must not answer ${orList(rm)} with ${u.code}${uCite}.`,
      /** No role in common: each code's typical senders, never called different (a redirect server and a B2BUA are UASs, RFC 3261 §6; a registrar too, §10.3). */
      sentByEach: (a: Named, ar: readonly string[], aCite: string, b: Named, br: readonly string[], bCite: string) =>
        `${a.code} typically comes from ${list(ar)}${aCite}; ${b.code} from ${list(br)}${bCite}.`,
      sentByShared: (shared: readonly string[], cite: string) => `Both can come from ${list(shared)}${cite}.`,
      sentByAlso: (a: Named, roles: readonly string[], cite: string) => `${a.code} can also come from ${list(roles)}${cite}.`,
      retry: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `After ${a.code}, ${aClause}${aCite}. After ${b.code}, ${bClause}${bCite}.`,
      failover: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} ${aClause}${aCite}; ${b.code} ${bClause}${bCite}.`,
      headersOf: (a: Named, parts: readonly string[]) =>
        parts.length ? `Headers that matter for ${a.code}: ${parts.join(' and ')}.` : `No header is specific to ${a.code}.`,
      headersPart: (names: readonly string[], where: 'response' | 'request', cite: string) => `${list(names)} in the ${where}${cite}`,
      rfcs: (a: Named, ar: readonly string[], b: Named, br: readonly string[]) => `The IANA registry cites ${list(ar)} for ${a.code}, and ${list(br)} for ${b.code}.`,
    },
    noDifference:
      'On every property compared here the two codes agree. What separates them is the situation each one reports, in the lead above.',
    // A fact, not an order: RFC 6665 §8.3.1 forbids 202 to SUBSCRIBE and NOTIFY only; RFC 3428 §7 still has relays answer MESSAGE with 202.
    deprecated: (code: number) => `The IANA registry marks ${code} deprecated; its page says which requests it may still answer.`,
  },
  stacks: {
    heading: 'In SIP stacks',
    intro: 'What the source of each project does with this code, read at the commits listed on the stack pages. Every value links to the line it was read from.',
    stack: 'Stack',
    name: 'Name in source',
    phrase: 'Reason phrase',
    phraseShown: 'Phrase in its table',
    asRegistered: 'as registered',
    noEntry: 'no entry:',
    noEntryWireshark: 'no entry; its statistics count the code under',
    // An empty name or phrase cell shows a dash (as the causes table does); these say what it means, to screen readers and in a tooltip.
    /** Asterisk's name cell when rc_map lacks the code (425, 485), linked to rc_map. */
    asteriskNoName: (code: number) => `no entry in rc_map: PJSIPHangup takes no name for ${code}`,
    /** Asterisk's phrase cell when chan_sip shows no text of its own; chan_pjsip has no phrase table (see the Asterisk stack page). */
    asteriskPhraseEmpty: (code: number, chanSipHasText: boolean) =>
      `chan_pjsip has no phrase table of its own and uses pjsip’s (the pjsip row); ${chanSipHasText ? `chan_sip’s text for ${code} is the registered phrase` : `chan_sip’s hangup_cause2sip() has no text for ${code}`}`,
    /** pjsip's name cell when pjsip has no PJSIP_SC_* constant for the code (425). */
    pjsipNoConstant: (code: number) => `pjsip has no constant for ${code}`,
    /** sofia-sip's name cell when it has no SIP_NNN_* macro for the code (439). */
    sofiaNoMacro: (code: number) => `sofia-sip has no SIP_${code}_* macro`,
    errorReplies: 'internal errors:',
    proxyNote: { tm_parameter: 'tm’s own 408 (reply_408_reason):', tm_remap_503_500: 'tm relaying a final 503 as 500 (remap_503_500, on by default):' },
    filter: 'display filter',
    causesCaption: 'Hangup causes',
    onReceipt: (code: number | string) => `Cause on receiving ${code}`,
    sendsFor: (code: number | string) => `Sends ${code} for cause`,
    /** Follows a value directly: English puts its own space before the bracket, Japanese none. */
    fallbackMark: ' (default)',
    anyOtherCause: 'any cause without a case',
    /** An RFC row: the table's default response (RFC 3398 §7.2.4.1, RFC 4497 §8.4.1). */
    rfcAnyOtherCause: 'any cause not in its table (default)',
    /** After a cause for which a NOTE of RFC 4497 gives the code under a condition: "44 (NOTE 2)". */
    rfcNoteMark: (note: number) => ` (NOTE ${note})`,
    legacy: 'chan_sip (legacy)',
    differences: 'Where they differ from RFC 3398 and RFC 4497',
    noDifferences: 'Asterisk and FreeSWITCH follow both RFCs for this code.',
    /** Causes for which the RFCs choose between two responses on what the release carries (lib/stacks.ts CONDITIONAL_CAUSES). */
    conditionalRule: {
      21: 'For cause 21, RFC 4497 gives 603 when the location of the cause is “user” and 403 otherwise; RFC 3398 gives 403, and says 603 could be given when the location is “user”',
      22: 'For cause 22, RFC 3398 gives 301 when the cause comes with a diagnostic and RFC 4497 when the diagnostic is suitable for generating a Contact header, and both give 410 otherwise; under RFC 3398 a gateway able to process the new number in the diagnostic SHOULD put it in a Contact header',
    } satisfies Record<number, string> as Record<number, string>,
    /** After the rule and its sections: why the stacks cannot follow it, then what each sends. */
    // What the functions return: whether that code reaches the wire depends on the call path (Asterisk uses it only to reject an unanswered INVITE).
    conditionalMappers: (names: string, _cause: number) => `The mapping functions of ${names} take the cause value alone, so `,
    conditionalSend: { before: (name: string) => `${name}’s returns `, join: ' and ', both: 'both return ', names: ' and ' },
    conditionalAfter: { 21: ' whatever the location.', 22: ' whatever the diagnostic holds.' } satisfies Record<number, string> as Record<number, string>,
    nothingToCompare: 'Neither RFC gives a cause for this code or sends it for a cause, so there is nothing to compare.',
    rfcSays: (rfcs: string[], values: string) => `${list(rfcs)} ${rfcs.length > 1 ? 'give' : 'gives'} ${values}`,
    rfcDefault: (value: number) => `${value} (the default for values not in the table)`,
    rfcNote3: (value: number) => `${value}, the default, which should be used if a response must be sent at all (normally a BYE or CANCEL is sent instead)`,
    rfcNote7: (value: number) => `${value}, the default, which should be used if clearing must be started at all (normally the call is already cleared or being cleared)`,
    rfcNote2: (congestion: number, failure: number) => `${congestion} or ${failure} if no other channel can be tried, when the gateway should treat the cause as congestion (${congestion}) or as a gateway failure (${failure}, the default)`,
    rfcNoCode: 'no status code at all (the cause is untranslatable)',
    // What the mapping functions return (hangup_cause2sip, hangup_cause_to_sip): whether that code reaches the wire depends on the call path.
    // rejects: the function has no code for these causes (Asterisk's returns 0, chan_sip's NULL) and the caller falls
    // back to its default when it rejects an unanswered incoming INVITE; FreeSWITCH's function returns its default itself.
    defaultsDiff: (stack: string, causes: number[], code: number, rejects = false) =>
      rejects
        ? `The mapping function of ${stack} has no case for causes ${list(causes.map(String))}; for each, ${stack} rejects an unanswered incoming INVITE with its default ${code}, where RFC 3398 or RFC 4497 gives another code: each cause’s page has the details.`
        : `The mapping function of ${stack} has no case for causes ${list(causes.map(String))}, so it returns its default ${code} for each, where RFC 3398 or RFC 4497 gives another code: each cause’s page has the details.`,
    rfcWarning: '31, or 65 when the Warning code shows a bearer capability problem',
    rfcNote8: '31, or 65, which should be generated only if a new attempt with a different bearer capability might avoid the problem',
    or: ' or ',
    receiptDiff: (stack: string, code: number, cause: string, fallback: boolean, rfcs: string[]) =>
      `On receiving ${code}, ${stack} sets cause ${cause}${fallback ? ' by its default branch' : ''}; ${list(rfcs)}.`,
    sendDiff: (stack: string, cause: string, code: number, explicit: boolean, rfcs: string[], rejects = false) =>
      !explicit && rejects
        ? `For cause ${cause}, the mapping function of ${stack} has no case, and the driver rejects an unanswered incoming INVITE with its default ${code}; ${list(rfcs)}.`
        : `For cause ${cause}, the mapping function of ${stack} returns ${code}${explicit ? '' : ', its default for causes it has no case for'}; ${list(rfcs)}.`,
    asteriskDefault: 'Asterisk sends its default 603 only when it rejects an unanswered incoming INVITE.',
    asteriskSends: 'Asterisk sends a code of this table, or its default 603, only when it rejects an unanswered incoming INVITE; in other states it ends the call with a request (BYE or CANCEL), not a response (res_pjsip_session.c, lines 3448–3516).',
    freeswitchOverrides:
      'A final response of 400 or above to an INVITE that carries a Reason header with a Q.850 cause sets that cause instead of the one in the table, unless ignore_q850_reason is true (sofia.c, lines 6680–6683 and 8731–8735). FreeSWITCH sends a code of this table only when it rejects an unanswered incoming call; when the SIP leg it was connected to ended with a SIP code, it sends that code instead, unless sip_ignore_remote_cause is true (mod_sofia.c, lines 456–467 and 537–585); a code the dialplan set with respond or redirect replaces both (lines 587–588).',
    indexTitle: 'SIP response codes in SIP stacks and tools',
    indexIntro:
      'What Asterisk, FreeSWITCH, pjsip, sofia-sip, Kamailio, OpenSIPS and Wireshark do with SIP response codes, read from each project’s source at a pinned commit (Wireshark’s from a GitHub mirror): the reason phrases in the tables of pjsip, sofia-sip, Kamailio, OpenSIPS and Wireshark (Wireshark uses its table in its SIP statistics and for the cause of a Reason header whose protocol is SIP), and the Q.850 causes Asterisk and FreeSWITCH map the codes to and from.',
    source: 'Source read',
    commit: 'Commit',
    files: 'Files',
    rows: (n: number) => `${n} rows`,
    // Only Asterisk and FreeSWITCH map codes to Q.850 causes; the other pages have no causes to show.
    pageTitle: (name: string, mapsCauses: boolean) => (mapsCauses ? `${name}: SIP response codes and Q.850 causes` : `${name}: SIP response codes`),
    pageIntro: (name: string) => `How ${name} names SIP response codes and what it does with them, read from its source.`,
    mappingHeading: 'The whole mapping',
    code: 'Code',
    iana: 'IANA phrase',
    internalHeading: 'FreeSWITCH’s own causes (above 127)',
    internalIntro:
      'Values above 127 are FreeSWITCH’s, not Q.850. When one of them ends a call, mod_sofia writes the Reason header as SIP;cause=<value> rather than Q.850;cause=, unless disable_q850_reason is true or sip_reason is set; PICKED_OFF and LOSE_RACE, like an intercepted call, get SIP;cause=200 “Call completed elsewhere” instead, unless ignore_completed_elsewhere is true (mod_sofia.c, lines 499–511). A 603+ Reason received earlier replaces the header when sip_603plus_passthrough is true, and removes it when that variable is false (lines 516–531).',
    value: 'Value',
    sends: 'Sends',
    unregisteredHeading: 'Unregistered codes in its reason-phrase table or error replies',
    phrasesHeading: 'Reason phrases that differ from IANA',
    missingHeading: 'Registered codes it has no entry for',
    fieldsHeading: 'Display-filter fields',
    field: 'Field',
    type: 'Type',
    // An expert info is not a field type: its Type cell names its group and severity.
    expertInfo: 'expert info',
    mirrorNote: 'Read from a GitHub mirror of Wireshark (1g4-mirror/wireshark); the file has no line numbers in the snapshot read, so links point to the file.',
    sourceLink: 'source',
    legend: 'Each value links to the source line it was read from; “(default)” marks a value that comes from a fall-through branch, not from a case of its own.',
    legendPhrases: 'Each value links to the source it was read from; “no entry” marks a code the table lacks, followed by what the project gives instead.',
    legendWireshark: 'Each value links to the source it was read from; “no entry” marks a code the table lacks, followed by the row of Wireshark’s SIP statistics that counts it (sip_stat_packet()).',
    freeswitchPhrase: 'FreeSWITCH has no phrase table of its own: when it rejects a call, the reason phrase is what sofia-sip’s sip_status_phrase() returns for the code, unless a respond_phrase is set or a 603 carries a passed-through 603+ Reason, which gets “Network Blocked” (mod_sofia.c, lines 574–585). See the sofia-sip page for those phrases.',
    errorsHeading: 'Internal errors turned into replies',
    errorsIntro: 'err2reason_phrase() turns an internal error into a reply code and a text; the reply carries the text followed by the error number and SL or TM, for the stateless or the transaction module.',
    error: 'Error',
    replyText: 'Reply text',
    otherErrors: 'any other error',
    debugBuildsOnly: ' (DEBUG builds only)',
    debugOnly: { before: ' (only in builds with DEBUG defined; other builds reply ', after: ')' },
    stackIntro: {
      asterisk: 'Asterisk sets a hangup cause for a received SIP response in ast_sip_hangup_sip2cause() (res/res_pjsip.c) and picks the response for a cause in hangup_cause2sip() (channels/chan_pjsip.c). The legacy chan_sip driver, deleted from master in 2023, was read at tag 20.20.1. chan_pjsip has no phrase table of its own and uses pjsip’s; chan_sip’s hangup_cause2sip() returned its own “NNN phrase” strings, such as “480 Temporarily unavailable”.',
      freeswitch: 'FreeSWITCH sets a hangup cause for a received SIP response in sofia_glue_sip_cause_to_freeswitch() and picks the response for a cause in hangup_cause_to_sip() (mod_sofia), whose comments cite RFC 4497 §8.4.4 and §8.4.1.',
      pjsip: 'pjsip (pjproject) names the codes in enum pjsip_status_code (sip_msg.h) and gives their reason phrases through pjsip_get_status_text() (sip_msg.c).',
      sofia: 'sofia-sip names the codes with SIP_NNN_* macros (sip_status.h) and gives reason phrases through sip_status_phrase() (sip_status.c), which returns an empty string for a code from 100 to 699 it has no entry for, and NULL for a code outside that range. When FreeSWITCH rejects a call, it takes the reason phrase from sip_status_phrase() unless respond_phrase is set or a 603+ Reason is passed through; some other responses FreeSWITCH builds carry phrases of its own, such as 503 “Maximum Calls In Progress”.',
      kamailio: 'Kamailio’s error_text() (src/core/error.c) gives the reason phrase of some replies Kamailio builds itself, such as the final replies the transaction module generates locally (except 408, whose text is the reply_408_reason parameter); a code without an entry gets the name of its class. err2reason_phrase() turns internal errors into a reply code and text.',
      opensips: 'OpenSIPS’s error_text() (error.c) maps a code to its reason phrase; a code without an entry gets the name of its class. err2reason_phrase() turns internal errors into a reply code and text, numbered differently from Kamailio’s since 2007.',
      wireshark: 'Wireshark filters on the status code with the field sip.Status-Code (a number, with no phrase table attached). Its own phrase table, sip_response_code_vals, is used for SIP statistics and for the sip.reason_cause_sip field of the Reason header.',
    } satisfies Record<'asterisk' | 'freeswitch' | 'pjsip' | 'sofia' | 'kamailio' | 'opensips' | 'wireshark', string> as Record<'asterisk' | 'freeswitch' | 'pjsip' | 'sofia' | 'kamailio' | 'opensips' | 'wireshark', string>,
    causesHeading: 'Q.850 causes',
    causesIntro: 'A page for every cause Asterisk, FreeSWITCH, RFC 3398 or RFC 4497 maps: what each sends for it and which responses become it.',
    indexLink: 'Every cause with its own page, with how Asterisk and FreeSWITCH map it, and what other SIP stacks do with the codes',
    allStacks: 'All stacks',
  },
  causes: {
    pageTitle: (cause: number, name: string) => `Q.850 cause ${cause}: ${name}`,
    /** Longest first: the page uses the first that keeps the whole title within 70 characters. */
    metaTitles: (cause: number, name: string) => [`Q.850 cause ${cause} ${name} in SIP`, `Q.850 cause ${cause} and SIP response codes`],
    description: (cause: number, name: string) =>
      `Q.850 cause ${cause}, ${name}: the SIP response RFC 3398 and RFC 4497 map it to and from, and what Asterisk and FreeSWITCH send and set.`,
    intro: 'Which SIP response RFC 3398 (ISUP) and RFC 4497 (QSIG) pair with this cause in each direction, and what the mapping functions of Asterisk and FreeSWITCH give in each, read from their source. Every stack value links to the line it was read from.',
    toSipIntro: 'The response sent to an INVITE not yet answered when the call ends with this cause. A stack’s row is the code its mapping function returns or, for a cause the function has no case for, the code the stack then sends.',
    fromSipIntro: 'The RFC rows are the final responses to an INVITE that end the call with this cause; for 401, 407 and the protocol errors the RFCs mark, only when the gateway cannot authenticate itself or remedy the request and retry. RFC 3398 recommends its row only for a response that carries no encapsulated ISUP; with an encapsulated REL, the cause of that REL SHOULD be used. A stack’s row lists the codes its mapping function turns into this cause, read for every registered code and for 409 and 411, including codes below 400; “(default)” marks a code that gets the cause from the function’s default branch. Asterisk also sets the hangup cause from a received Reason header, taking a Q.850 cause as it is and applying its mapping function to the code of Reason: SIP;cause=N (res_pjsip_rfc3326.c, lines 62–66).',
    names: 'Names',
    ituName: 'ITU-T Q.850 name',
    jaName: 'Japanese description (not checked in a JT-Q850 table)',
    asterisk: 'Asterisk constant',
    jtQ850Name: 'TTC JT-Q850 name',
    freeswitch: 'FreeSWITCH name',
    none: 'none',
    searchTerms: 'Also written',
    toSip: (cause: number) => `Cause ${cause} → SIP response`,
    fromSip: (cause: number) => `SIP responses → cause ${cause}`,
    who: 'Who',
    result: 'Result',
    noResponse: 'no response in the table: cause 16 usually results in a BYE or CANCEL',
    note3: 'normally BYE or CANCEL; if a response must be sent, the default 500 should be used',
    note2: (congestion: number, failure: number) => `first a new attempt on another channel; if none can be tried, the gateway should treat the cause as congestion (${congestion}) or as a gateway failure (${failure}, the default)`,
    codes: 'Codes',
    noCodes: 'none',
    andUnlisted: ', and every response not in the table (the default)',
    agree: 'Asterisk and FreeSWITCH follow both RFCs for this cause.',
    byDefault: '(the default for causes not in the table)',
    /** When FreeSWITCH uses its mapping at all: the conditions read from mod_sofia.c and sofia.c. */
    freeswitchSends:
      'FreeSWITCH sends the code in its row only when it rejects an unanswered incoming call (mod_sofia.c, lines 537–554 and 650). If the leg it was connected to ended with a SIP code, it sends that code instead, unless sip_ignore_remote_cause is true (lines 456–467); a code the dialplan set with respond or redirect replaces both (lines 587–588).',
    freeswitchReceipt:
      'When a final response of 400 or above to an INVITE FreeSWITCH sent carries a Reason header with a Q.850 cause, FreeSWITCH ends the call with that cause instead of the one in its row, unless ignore_q850_reason is true (sofia.c, lines 6680–6683 and 8731–8735).',
    causeLink: (cause: number) => `Cause ${cause}`,
  },
  // The trace explainer. Strings with {placeholders} are formatted in the browser, so they stay plain strings.
  trace: {
    nav: 'Trace explainer',
    title: 'SIP trace explainer',
    metaDescription:
      'Paste a SIP trace or drop a pcap: the page reads its SIP messages, draws a ladder diagram per call and explains each response from the RFCs. Nothing leaves your browser.',
    intro:
      'Paste a SIP trace or drop a capture file: the page reads the SIP messages it finds, draws a ladder diagram per call and explains each response from the RFCs.',
    privacy: 'Nothing you paste or drop leaves your browser: the page reads it on this device and sends no request.',
    formats:
      'It reads Asterisk (pjsip logger, chan_sip debug), FreeSWITCH siptrace, Kamailio and OpenSIPS logs, ngrep -W byline, sngrep, Wireshark (Follow stream, text export), SIPp, pjsua, linphone, baresip, JsSIP, SIP.js and drachtio output, bare messages, and pcap or pcapng captures (SIP over UDP, and TCP segments holding whole messages).',
    inputLabel: 'SIP trace',
    fileLabel: 'Or open a file (text, .pcap, .pcapng)',
    dropHint: 'You can also drop a file on the text box.',
    submit: 'Explain',
    working: 'Reading… {p} %',
    countOne: '1 message read',
    countMany: '{n} messages read',
    dialogCount: 'Call-IDs (calls, registrations and other exchanges): {n}',
    none: 'No SIP message found. Paste the messages themselves, each with its start line ("INVITE sip:… SIP/2.0" or "SIP/2.0 486 Busy Here") followed by its header fields.',
    empty: 'Paste a trace or choose a file first.',
    notCapture: 'This file is neither text nor a pcap or pcapng capture.',
    captureNoSip: 'The capture holds {n} packets but no SIP message carried over UDP or TCP. SIP over TLS is encrypted and cannot be read from a capture.',
    captureCut: 'The capture file ends in the middle of a packet: the packets before the cut are shown.',
    failed: 'The trace could not be read ({e}).',
    messagesHeading: 'Messages in input order',
    dialogsHeading: 'Ladder diagrams',
    diagramTitle: 'Messages of Call-ID {id}',
    diagramDescription: '{n} messages between {parties}.',
    separator: ', ',
    asText: 'The diagram as text',
    showMore: 'Show {n} more',
    moreDialogs: 'Show the diagram',
    local: 'this host',
    about: 'About {code}',
    unregistered: 'Not in the IANA registry.',
    line: 'line {n}',
    problemsHeading: 'Not valid',
    copyRedacted: 'Copy redacted trace',
    copied: 'Copied',
    redactNote: 'Phone numbers, user parts of addresses, display names and IP addresses are replaced before copying.',
    problems: {
      truncated: 'Cut: the trace ends, or the next message begins, before the Content-Length of the body is reached.',
      'content-length-negative': 'Content-Length is negative ({d}).',
      'content-length-invalid': 'Content-Length is not a number ({d}).',
      'content-length-multiple': 'Several Content-Length values ({d}).',
      'start-line-spaces': 'More than one space between the parts of the start line.',
      'start-line-trailing-space': 'Spaces at the end of the request line.',
      'request-uri-angle': 'The Request-URI is enclosed in < > ({d}).',
      'request-uri-space': 'The Request-URI contains spaces ({d}).',
      'request-uri-headers': 'The Request-URI carries header parameters after "?" ({d}).',
      version: 'Not SIP/2.0 ({d}).',
      'status-code': 'Not a status code between 100 and 699 ({d}).',
      'missing-header': 'Required header fields missing: {d}.',
      'cseq-invalid': 'CSeq is not a number followed by a method ({d}).',
      'cseq-method-mismatch': 'The method of the request line and of CSeq differ ({d}).',
      overlarge: '{h} holds a value larger than allowed ({d}).',
      'unterminated-quote': '{h}: a quoted string is not closed.',
      'display-name': '{h}: the display name must be quoted ({d}).',
      'addr-spec': '{h}: the address is malformed or must be enclosed in < > ({d}).',
      date: 'Date is not in GMT ({d}).',
      'warn-code': 'Warning has a warn-code that is not three digits ({d}).',
      via: 'Via is malformed: a value does not start with "SIP/2.0/transport" and a host, or has an empty parameter or separator.',
      'header-line': 'A line in the header part is not "name: value" ({d}).',
    } satisfies Record<string, string> as Record<string, string>,
    findings: {
      'missing-header': 'No {header} field: a {code} must carry it ({ref}).',
      deprecated: '{code} is deprecated ({refs}).',
      'auth-retried': 'The request was sent again with {header} in message {n}.',
      'auth-rejected-again': 'That retry was challenged again: check the user name, password and realm.',
      'auth-stale': 'That retry was challenged again with stale=true: the server rejected it because its nonce was stale, a flag it should set only when the digest was valid for that nonce, and the client can retry with the new nonce without asking for the password again (RFC 2617 §3.2.1).',
      'auth-not-retried': 'No request with {header} follows in this trace.',
      codecs: 'The offer in message {n} proposed: {list}.',
      'no-offer': 'The request of this response carries no SDP offer in this trace.',
      'retry-after': 'Retry-After: {value} (seconds before the client may send the request to this server again).',
      'no-retry-after': 'No Retry-After: the client must act as if it had received a 500 ({ref}).',
      cancelled: 'The INVITE was cancelled: CANCEL in message {n}, from the caller or from a proxy on the path.',
      'not-cancelled': 'No CANCEL for this INVITE appears in this trace.',
      'cancel-result': 'Cancels the INVITE of message {invite}; the INVITE ended with {status} (message {n}).',
      'cancel-no-final': 'No final response to the cancelled INVITE appears in this trace.',
    } satisfies Record<string, string> as Record<string, string>,
  },
  footer: {
    dataset: 'Dataset',
    json: 'JSON',
    csv: 'CSV',
    schema: 'JSON Schema',
    registry: (date: string) => `Reason phrases and references follow the IANA registry as updated on ${date}.`,
    rfcNote: 'Statements about the RFCs link to the sections behind them.',
    corrections: 'Corrections log',
  },
  corrections: {
    title: 'Corrections log',
    metaTitle: 'Corrections log: what we got wrong and the source text that settles it',
    intro:
      'Every factual correction made to a published page: when it was made, which pages it changed, what was wrong, and the text that settles it: the words of the RFC or, for what a SIP stack does, the lines of its source at a commit. Each corrected page links to its entries.',
    none: 'No page has been corrected yet.',
    pages: 'Pages corrected',
    wrong: 'What was wrong',
    now: 'What the pages say now',
    source: 'Source',
    everyComparisonWith: (code: number) => `every comparison with ${code}`,
    everyComparison: 'every comparison page',
    guide: { failover: 'the failover guide', 'rejecting-calls': 'the guide to rejecting calls' },
    classPage: (klass: number) => `the ${klass}xx class page`,
    q850Page: 'the Q.850 mapping',
    causePage: (cause: number) => `the page of Q.850 cause ${cause}`,
    stackPage: (name: string) => `the ${name} page`,
    indexPage: { codes: 'the list of all codes', stacks: 'the list of stacks', trace: 'the SIP trace explainer', corrections: 'this corrections log' },
    comparisonsWithBefore: 'every comparison with ',
    comparisonsWithAfter: '',
    /** A day as readers of this language write it. */
    date: (iso: string) => iso,
    /** The note on a corrected page: before and after its date, then the entries' titles. */
    noteBefore: 'Corrected on ',
    noteAfter: ', see the corrections log: ',
    /** On a code page, after the (at most three) entries of its latest day that the note lists. */
    more: (count: number) => `${count} more ${count === 1 ? 'correction' : 'corrections'} to this page`,
    /** The log's index: one heading per day (linking to its first page), the pages of a long day, and the code pages corrected that day. */
    byDayIntro: 'The log by day, newest first: how many entries each day has and the code pages they corrected. The entries are in full on the pages of their day; each code links to the titles of its corrections.',
    dayCodes: 'Code pages corrected: ',
    dayHeading: (iso: string, count: number) => `${iso} (${count} ${count === 1 ? 'entry' : 'entries'})`,
    /** The page of one day: its heading, title and description. */
    dayTitle: (iso: string) => `Corrections of ${iso}`,
    dayMetaTitle: (iso: string) => `Corrections log: ${iso}`,
    dayIntro: (iso: string, count: number) =>
      `The ${count === 1 ? 'correction' : `${count} corrections`} dated ${iso}, in full: the pages each changed, what was wrong, what the pages say now, and the text that settles it.`,
    allDays: 'All days of the corrections log',
    /** A day of more than CORRECTIONS_PER_PAGE entries is split into parts (pages); the index says how many. */
    dayHeadingParts: (iso: string, count: number, parts: number) => `${iso} (${count} entries on ${parts} pages)`,
    /** One part of a long day: its heading and title, the label of the list of parts, and the links between parts. */
    dayPartTitle: (iso: string, first: number, last: number, total: number) => `Corrections of ${iso}, entries ${first}–${last} of ${total}`,
    dayPartMetaTitle: (iso: string, part: number, parts: number) => `Corrections log: ${iso}, page ${part} of ${parts}`,
    dayParts: (iso: string) => `Pages of ${iso}`,
    partRange: (first: number, last: number) => `entries ${first}–${last}`,
    previousPart: 'Previous page: ',
    nextPart: 'Next page: ',
    byCodePage: 'Corrections by code page',
    byCodePageIntro: 'Every code page that has been corrected, with the number of its corrections and the day of the latest. Each number links to the list of those corrections by title.',
    /** A line of the index by code page: "12 corrections" (linking to the code's list), then the latest day. */
    codeCount: (count: number) => `${count} ${count === 1 ? 'correction' : 'corrections'}`,
    latestBefore: ' (latest ',
    latestAfter: ')',
    /** The list of the corrections to one code page: heading (the reason phrase follows, in English), title, description. */
    codeLogTitleBefore: 'Corrections to ',
    codeLogTitleAfter: '',
    codeLogMetaTitle: (code: number) => `Corrections log: ${code}`,
    codeLogIntro: (code: number, count: number) =>
      `The ${count === 1 ? 'correction' : `${count} corrections`} made to the page of ${code}, newest first. Each title links to the entry in full on the page of its day.`,
    codeLogPage: (code: number) => `The page of ${code}`,
    allCodePages: 'All corrected code pages',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. Try the list of all codes or search.',
  },
  languagePicker: { title: 'SIP Response Codes', choose: 'Choose a language' },
};


export type UiStrings = typeof en;
