/**
 * English UI strings. This object defines the shape (`UiStrings`) that every other
 * language must match key for key: a missing translation is a type error.
 */
import type { Method, PartyRole, Role, RetryPolicy, Scope, Strength } from '../data/schema';
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
    hop: 'Hop by hop: never forwarded',
    endpoint: 'This server or user agent only',
    global: 'Global: no location will do better',
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
    later: 'Resend later',
    redirect: 'Resend to the Contact addresses given',
  } as Record<RetryPolicy, string>,
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
    metaDescription: (a: Named, b: Named) =>
      `SIP ${a.code} ${a.name} compared with ${b.code} ${b.name}: class, scope, retry and failover, headers, methods and RFCs, with guidance on which to send.`,
    summary: 'In short',
    differences: 'What differs',
    shared: 'What they have in common',
    nothingShared: 'They share none of the properties compared here.',
    aspect: 'Property',
    whenToUse: 'Which one to send, and what a received one means',
    guide: 'Guidance',
    eachCode: 'The two codes',
    pickerTitle: 'Compare two codes',
    first: 'First code',
    second: 'Second code',
    go: 'Compare',
    sameCode: 'Pick two different codes.',
    aspects: {
      status: 'Registry status',
      class: 'Class',
      finality: 'Kind of response',
      scope: 'Scope',
      methods: 'Requests it answers',
      sentBy: 'Typically sent by',
      retry: 'Retry',
      failover: 'Failover',
      headers: 'Headers',
      rfcs: 'Defined in',
    },
    /** One sentence per computed difference. */
    says: {
      status: (dep: Named, active: Named) =>
        `${dep.code} is deprecated in the IANA registry; ${active.code} is in current use.`,
      class: (a: Named & { klass: CodeClass }, b: Named & { klass: CodeClass }, names: Record<CodeClass, string>) =>
        `${a.code} is a ${a.klass}xx ${names[a.klass]} response; ${b.code} is a ${b.klass}xx ${names[b.klass]} response.`,
      finality: (prov: Named, fin: Named) =>
        `${prov.code} is provisional: the transaction goes on and a final response follows. ${fin.code} is final and ends the transaction.`,
      scopeGlobal: (global: Named, other: Named) =>
        `${global.code} speaks for every location of the user: a proxy stops forking and cancels the other branches (RFC 3261 §16.7). ${other.code} speaks only for the server that sent it, so other branches or targets may still succeed.`,
      scopeHop: (hop: Named, other: Named) =>
        `${hop.code} only travels one hop and is never forwarded; ${other.code} travels back to the client.`,
      methodsDisjoint: (a: Named, am: readonly Method[], b: Named, bm: readonly Method[]) =>
        `They never answer the same request: ${a.code} concerns ${list(am)}, ${b.code} concerns ${list(bm)}.`,
      methodsOneAny: (specific: Named, methods: readonly Method[], general: Named) =>
        `${specific.code} concerns ${list(methods)} only; ${general.code} can answer any request.`,
      methodsShared: (a: Named, am: readonly Method[], b: Named, bm: readonly Method[], shared: readonly Method[]) =>
        `Both can answer ${list(shared)}; ${a.code} concerns ${list(am)}, ${b.code} concerns ${list(bm)}.`,
      sentBy: (a: Named, ar: string[], b: Named, br: string[]) =>
        `They come from different places: ${a.code} from ${list(ar).toLowerCase()}; ${b.code} from ${list(br).toLowerCase()}.`,
      retry: (a: Named, ar: RetryPolicy, b: Named, br: RetryPolicy) =>
        `After ${a.code}: ${retryClause[ar]}. After ${b.code}: ${retryClause[br]}.`,
      failover: (yes: Named, no: Named) =>
        `${yes.code} is a reason to try another server, route or gateway; ${no.code} is not: it is an answer that another server would most likely repeat.`,
      headers: (a: Named, ah: string[], b: Named, bh: string[]) =>
        `${a.code} ${ah.length ? `involves ${list(ah)}` : 'involves no specific header'}; ${b.code} ${bh.length ? `involves ${list(bh)}` : 'involves no specific header'}.`,
      rfcs: (a: Named, ar: number[], b: Named, br: number[]) =>
        `${a.code} is defined in ${list(ar.map((n) => `RFC ${n}`))}; ${b.code} in ${list(br.map((n) => `RFC ${n}`))}.`,
    },
    noDifference:
      'On every property compared here the two codes agree: same class, scope, requests, senders, retry and failover behaviour. What separates them is the situation each one reports, below.',
    situational: (a: Named, aSummary: string, b: Named, bSummary: string) =>
      `Both behave alike on the wire; they report different situations. ${a.code}: ${aSummary} ${b.code}: ${bSummary}`,
    deprecated: (code: number) => `Do not send ${code}: the registry marks it deprecated.`,
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

const retryClause: Record<RetryPolicy, string> = {
  none: 'nothing to retry',
  never: 'do not send the same request again',
  modify: 'send the request again only after fixing what the response points at',
  later: 'the same request may succeed later (honour Retry-After where given)',
  redirect: 'send the request to the Contact addresses the response lists',
};

export type UiStrings = typeof en;
