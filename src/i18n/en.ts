/**
 * English UI strings. This object defines the shape (`UiStrings`) that every other
 * language must match key for key: a missing translation is a type error.
 */
import type { Failover, PartyRole, Role, RetryPolicy, Scope, Strength } from '../data/schema';
import type { CodeClass } from '../data/validate';

type Named = { code: number; name: string };

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

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
      'A reference for engineers with a SIP trace open: what each response code means, who sends it, when you meet it and what to do about it, with every statement linked to the RFC section behind it.',
    guides: 'Which code should I send?',
    byClass: 'Codes by class',
    featured: 'Often confused',
    allCodes: 'See all codes',
    compareTitle: 'Compare two codes',
    compareHelp: 'Pick two codes to see what really differs between them.',
    q850Description: 'How a gateway translates between SIP responses and ISUP cause values (RFC 3398).',
  },
  codes: {
    indexTitle: 'All SIP response codes',
    indexIntro: (n: number, date: string) =>
      `The ${n} response codes of the IANA “Session Initiation Protocol (SIP) Parameters” registry (last updated ${date}), grouped by class.`,
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
    inRequest: 'In the request that provokes it',
    noHeaders: 'No header field is specific to this code.',
    related: 'Related codes',
    references: 'Specifications',
    definedIn: 'Defined in',
    seeAlso: 'See also',
    compareWith: 'Compare with another code',
    compareLabel: 'Compare with',
    compareGo: 'Compare',
    compareAll: (code: number) => `All comparisons with ${code}`,
    deprecatedNote: 'The IANA registry marks this code as deprecated.',
  },
  unregistered: {
    heading: 'Seen in logs, never registered',
    intro: 'Codes that SIP stacks print or send although IANA never registered them. Each page says where the code comes from and what to do.',
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
    anyMethod: 'Any request method',
    yes: 'Yes',
    no: 'No',
  },
  status: { active: 'Active', deprecated: 'Deprecated' } as Record<'active' | 'deprecated', string>,
  finality: { provisional: 'Provisional (1xx): a final response follows', final: 'Final: ends the transaction' } as Record<
    'provisional' | 'final',
    string
  >,
  classes: {
    name: { 1: 'Provisional', 2: 'Success', 3: 'Redirection', 4: 'Client Failure', 5: 'Server Failure', 6: 'Global Failure' } as Record<
      CodeClass,
      string
    >,
    label: (k: CodeClass) => `${k}xx`,
    pageTitle: (k: CodeClass, name: string) => `SIP ${k}xx ${name} responses`,
  },
  scope: {
    hop: 'Hop by hop: a stateful proxy never forwards it',
    provisional: 'Forwarded at once; a final response follows',
    success: 'Forwarded at once; other branches are cancelled',
    branch: 'One branch: a forking proxy weighs it against the others',
    'not-relayed': 'Not forwarded upstream by a proxy (it sends 500 instead)',
    global: 'Ends the search: other branches are cancelled',
  } as Record<Scope, string>,
  roles: {
    uas: 'User agent server',
    proxy: 'Proxy',
    'edge-proxy': 'Edge proxy (SIP Outbound)',
    registrar: 'Registrar',
    'redirect-server': 'Redirect server',
    notifier: 'Notifier',
    esc: 'Event state compositor',
    verifier: 'STIR verification service',
    gateway: 'Gateway',
    analytics: 'Call-analytics intermediary',
  } as Record<Role, string>,
  retry: {
    none: 'Nothing to retry',
    never: 'Do not resend the same request',
    modify: 'Resend only after changing the request',
    authenticate: 'Resend with credentials',
    later: 'May succeed later',
    'if-retry-after': 'Not without a Retry-After saying when',
    redirect: 'New request to a Contact address',
    'via-proxy': 'Same request through the proxy in Contact',
    alternative: 'Alternative services in the body',
  } as Record<RetryPolicy, string>,
  failover: {
    no: 'No',
    'next-server': 'Yes: try another server',
    'local-timeout': 'When your own timer fired (Timer B or F)',
    'other-flow': 'The authoritative proxy tries another flow',
  } as Record<Failover, string>,
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
  } as Record<PartyRole, string>,
  flow: {
    heading: 'Call flow',
    asText: 'The same flow as text',
    step: (from: string, to: string, label: string) => `${from} → ${to}: ${label}`,
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
    toIsup: (code: number) => ({ before: `A gateway that receives ${code} releases the ISUP call with cause `, after: '' }),
    toIsupNone: (code: number) => `RFC 3398 maps ${code} to no fixed cause`,
    fromIsup: (code: number, _first: boolean) => ({ before: `A gateway answers ${code} when the ISUP release carries cause `, after: '' }),
    noCause: 'no cause value',
    reason: 'Since RFC 6432, a SIP response can carry the cause itself in a Reason header, for example',
    tableLink: 'All mappings in one table',
    pageTitle: 'SIP and Q.850 (ISUP) cause mapping',
    pageIntro:
      'When a call crosses between SIP and the telephone network, a gateway translates between SIP status codes and the cause values of ISUP (ITU-T Q.850). RFC 3398 recommends the mappings below; many gateways follow them, and a Reason header (RFC 6432) can carry the original cause across SIP.',
    namesNote: 'Cause names are the ones RFC 3398 prints.',
    unconfirmedName: '',
    isupToSipHeading: 'ISUP cause → SIP response',
    sipToIsupHeading: 'SIP response → ISUP cause',
    cause: 'Cause',
    causeName: 'Meaning',
    englishName: 'Name in Q.850',
    response: 'SIP response',
    note: 'Note',
    source: 'Source',
  },
  httpFriend: {
    heading: 'Not the HTTP code of the same number',
    differentMeaning: (code: number, phrase: string) => `In HTTP, ${code} is “${phrase}”, with another meaning.`,
    differentPhrase: (code: number, phrase: string) => `In HTTP, ${code} is “${phrase}”: a similar meaning under another phrase.`,
  },
  strength: { MUST: 'MUST', SHOULD: 'SHOULD', MAY: 'MAY' } as Record<Strength, string>,
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
      rfcs: 'Defined in',
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
      notifier: 'a notifier',
      esc: 'an event state compositor',
      verifier: 'a STIR verification service',
      gateway: 'a gateway',
      analytics: 'a call-analytics intermediary',
    } as Record<Role, string>,
    onlyMethods: (methods: readonly string[]) => `${list(methods)} only`,
    anyNamed: (methods: readonly string[]) => `Any; the RFCs name ${list(methods)}`,
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
    } as Record<CodeClass, string>,
    /** What a proxy does with the code (RFC 3261 §16.7), after "For 486, ". */
    scopeClause: {
      hop: 'a stateful proxy never forwards it upstream',
      provisional: 'a proxy forwards it upstream at once, and a final response still follows',
      success: 'a proxy forwards it at once and cancels its other pending branches',
      branch: 'a forking proxy weighs it against the answers of its other branches and forwards the best final response',
      'not-relayed': 'a proxy SHOULD NOT forward it upstream and, when no other response arrived, sends 500 instead',
      global: 'a proxy SHOULD cancel its other branches and forwards a 6xx in preference to any other failure',
    } as Record<Scope, string>,
    /** What the client does next with the same request, after "After 486, ". */
    retryClause: (retry: RetryPolicy, retryAfter: boolean) =>
      ({
        none: 'there is nothing to retry',
        never: 'do not send the same request again',
        modify: 'change what the response points at before sending the request again',
        authenticate: 'send the request again with credentials for the challenge it carries',
        later: retryAfter ? 'the same request may succeed later; a Retry-After header, when present, says when' : 'the same request may succeed later',
        'if-retry-after': 'do not retry unless a Retry-After header says when',
        redirect: 'send a new request with an address from the Contact header as its Request-URI',
        'via-proxy': 'repeat this same request through the proxy named in Contact; the Request-URI stays as it was',
        alternative: 'the response body describes alternative services that may be tried',
      })[retry],
    /** Whether the code sends the client elsewhere, after "503 " (RFC 3263 §4.3). */
    failoverClause: {
      no: 'is not a reason to try another server',
      'next-server': 'is a reason to try another server',
      'local-timeout': 'is a reason to try the next server when your own transaction timed out (Timer B or F) and your stack reports it; a 408 received from a server is not',
      'other-flow': 'makes the authoritative proxy try another flow to the same device; an endpoint that receives it treats it as 400',
    } as Record<Failover, string>,
    /** The failover part of what to do next, after "After 503, ". */
    failoverNext: {
            'next-server': 'try another server',
      'local-timeout': 'if your own transaction timed out (Timer B or F), try the next server, but not after a 408 received from a server',
      'other-flow': 'the authoritative proxy tries another flow to the same device; an endpoint that gets it treats it as 400 (Bad Request)',
    } as Record<Exclude<Failover, 'no'>, string>,
    /** What the receiver does next, for codes with nothing to retry, after "After 180, ". */
    waitNext: {
      hop: 'wait for the final response; 100 stops INVITE retransmissions on this hop and goes no further',
      provisional: 'wait for the final response that follows',
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
      status: (dep: Named, cite: string, active: Named) => `${dep.code} is deprecated in the IANA registry${cite}; ${active.code} is in current use.`,
      class: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} is ${aClause}${aCite}; ${b.code} is ${bClause}${bCite}.`,
      finality: (prov: Named, fin: Named, cite: string) =>
        `${prov.code} is provisional: the transaction goes on and a final response follows${cite}. ${fin.code} is final and ends the transaction.`,
      scope: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `For ${a.code}, ${aClause}${aCite}. For ${b.code}, ${bClause}${bCite}.`,
      methodsDisjoint: (a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `They never answer the same request: ${a.code} answers ${list(am)} only${aCite}; ${b.code} answers ${list(bm)} only${bCite}.`,
      methodsShared: (shared: readonly string[], a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `Both can answer ${list(shared)}; ${a.code} answers ${list(am)} only${aCite}, ${b.code} answers ${list(bm)} only${bCite}.`,
      methodsOneRestricted: (r: Named, rm: readonly string[], rCite: string, u: Named, uCite: string) =>
        `${r.code} answers ${list(rm)} only${rCite}; the RFCs do not restrict ${u.code} to particular methods${uCite}.`,
      methodsNamed: (parts: readonly string[]) =>
        `The RFCs restrict neither code to particular methods; they name ${parts.join(' and ')}.`,
      methodsNamedPart: (a: Named, methods: readonly string[], cite: string) => `${list(methods)} for ${a.code}${cite}`,
      sentByDisjoint: (a: Named, ar: readonly string[], aCite: string, b: Named, br: readonly string[], bCite: string) =>
        `They come from different senders: ${a.code} typically from ${list(ar)}${aCite}; ${b.code} from ${list(br)}${bCite}.`,
      sentByShared: (shared: readonly string[], cite: string) => `Both can come from ${list(shared)}${cite}.`,
      sentByAlso: (a: Named, roles: readonly string[], cite: string) => `${a.code} can also come from ${list(roles)}${cite}.`,
      retry: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `After ${a.code}, ${aClause}${aCite}. After ${b.code}, ${bClause}${bCite}.`,
      failover: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} ${aClause}${aCite}; ${b.code} ${bClause}${bCite}.`,
      headersOf: (a: Named, parts: readonly string[]) =>
        parts.length ? `Headers that matter for ${a.code}: ${parts.join(' and ')}.` : `No header is specific to ${a.code}.`,
      headersPart: (names: readonly string[], where: 'response' | 'request', cite: string) => `${list(names)} in the ${where}${cite}`,
      rfcs: (a: Named, ar: readonly string[], b: Named, br: readonly string[]) => `${a.code} is defined in ${list(ar)}; ${b.code} in ${list(br)}.`,
    },
    noDifference:
      'On every property compared here the two codes agree. What separates them is the situation each one reports, in the lead above.',
    deprecated: (code: number) => `Do not send ${code}: the registry marks it deprecated.`,
  },
  // The trace explainer. Strings with {placeholders} are formatted in the browser, so they stay plain strings.
  trace: {
    nav: 'Trace explainer',
    title: 'SIP trace explainer',
    metaDescription:
      'Paste a SIP trace or drop a pcap: every message read, a ladder diagram per call, each response explained from the RFCs. Nothing leaves your browser.',
    intro:
      'Paste a SIP trace or drop a capture file: the page reads every SIP message, draws a ladder diagram per call and explains each response from the RFCs.',
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
    dialogCount: 'Calls and other dialogs (by Call-ID): {n}',
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
      via: 'Via has empty parameters or separators.',
      'header-line': 'A line in the header part is not "name: value" ({d}).',
    } as Record<string, string>,
    findings: {
      'missing-header': 'No {header} field: a {code} must carry it ({ref}).',
      deprecated: '{code} is deprecated ({refs}).',
      'auth-retried': 'The request was sent again with {header} in message {n}.',
      'auth-rejected-again': 'That retry was challenged again: check the user name, password and realm.',
      'auth-not-retried': 'No request with {header} follows in this trace.',
      codecs: 'The offer in message {n} proposed: {list}.',
      'no-offer': 'The request of this response carries no SDP offer in this trace.',
      'retry-after': 'Retry-After: {value} (seconds before the client may send the request to this server again).',
      'no-retry-after': 'No Retry-After: the client must act as if it had received a 500 ({ref}).',
      cancelled: 'The caller cancelled the INVITE: CANCEL in message {n}.',
      'not-cancelled': 'No CANCEL for this INVITE appears in this trace.',
      'cancel-result': 'Cancels the INVITE of message {invite}; the INVITE ended with {status} (message {n}).',
      'cancel-no-final': 'No final response to the cancelled INVITE appears in this trace.',
    } as Record<string, string>,
  },
  footer: {
    dataset: 'Dataset',
    json: 'JSON',
    csv: 'CSV',
    schema: 'JSON Schema',
    registry: (date: string) => `Reason phrases and references follow the IANA registry as updated on ${date}.`,
    rfcNote: 'Every statement links to the RFC section behind it.',
    corrections: 'Corrections log',
  },
  corrections: {
    title: 'Corrections log',
    metaTitle: 'Corrections log: what we got wrong and the RFC text that settles it',
    intro:
      'Every factual correction made to a published page: when it was made, which pages it changed, what was wrong, and the words of the RFC that settle it. Each corrected page links to its entry here.',
    none: 'No page has been corrected yet.',
    pages: 'Pages corrected',
    wrong: 'What was wrong',
    now: 'What the pages say now',
    source: 'Source',
    /** A day as readers of this language write it. */
    date: (iso: string) => iso,
    /** The note on a corrected page: before and after its date, then the entries' titles. */
    noteBefore: 'Corrected on ',
    noteAfter: ', see the corrections log: ',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. Try the list of all codes or search.',
  },
  languagePicker: { title: 'SIP Response Codes', choose: 'Choose a language' },
};


export type UiStrings = typeof en;
