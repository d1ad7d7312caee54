/**
 * The shape of every SIP response code entry, as TypeScript types (checked while
 * authoring) and as a Zod schema (checked at build, with messages that name the
 * code and the field).
 */
import { z } from 'astro/zod';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Something said once per language. Leaving one language out is a type error. */
export type Localized<T = string> = { [L in Lang]: T };

/** SIP methods a response code can concern (RFC 3261 and its extensions). */
export const METHODS = [
  'INVITE', 'ACK', 'BYE', 'CANCEL', 'REGISTER', 'OPTIONS', 'PRACK', 'UPDATE',
  'SUBSCRIBE', 'NOTIFY', 'PUBLISH', 'REFER', 'MESSAGE', 'INFO',
] as const;
export type Method = (typeof METHODS)[number];

/** Who typically sends a response code. Labels live in the UI dictionaries. */
export const ROLES = [
  'uas', // any user agent server answering a request
  'proxy',
  'edge-proxy', // first-hop proxy of SIP Outbound (RFC 5626)
  'registrar',
  'redirect-server',
  'b2bua', // back-to-back user agent, for what RFC 7332 requires of it as an intermediary
  'notifier', // RFC 6665 notifier answering SUBSCRIBE
  'esc', // RFC 3903 event state compositor answering PUBLISH
  'verifier', // STIR verification service (RFC 8224)
  'gateway', // PSTN or other gateway
  'analytics', // intermediary (proxy or B2BUA) rejecting calls for the user, e.g. on an analytics verdict (RFC 8688 §3)
] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a proxy does with the response (RFC 3261 §16.7), which is how far the answer reaches.
 * - hop: never forwarded upstream by a stateful proxy (100 Trying, RFC 3261 §21.1.1).
 * - provisional: forwarded at once until the proxy has sent a final response (RFC 3261 §16.7).
 * - success: forwarded at once; the proxy MUST then send CANCEL on its other pending branches (RFC 3261 §16.7, steps 5,
 *   10), which can end an INVITE (§9.2) but not a SUBSCRIBE or NOTIFY (RFC 6665 §4.6).
 * - branch: the answer of one branch; a forking proxy collects the final responses of all its branches
 *   and forwards the best one (RFC 3261 §16.7, step 6).
 * - not-relayed: like branch, but a proxy SHOULD NOT forward it upstream and sends 500 instead when it
 *   is the only answer (503, RFC 3261 §16.7, step 6).
 * - global: definitive for every location of the user; the proxy cancels its other branches and the
 *   6xx wins over any other final response (RFC 3261 §16.7, steps 6 and 10; RFC 3261 §21.6).
 */
export const SCOPES = ['hop', 'provisional', 'success', 'branch', 'not-relayed', 'global'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * What the client does next with the same request, as the RFC section behind it says.
 * - none: nothing to retry (1xx: no final response yet, RFC 3261 §21.1; 2xx: the request succeeded, RFC 3261 §21.2,
 *   and a 202 is treated as a 200, RFC 6665 §8.3.1).
 * - never: a 4xx: the client SHOULD NOT retry the same request without modification (RFC 3261 §21.4); nothing
 *   in the response says what to change. A 6xx with this value has its own texts (RFC 3261 §7.2 sets no level), and so has 403 (§21.4.4: SHOULD NOT be repeated).
 * - modify: as never, and the response points at what to change (Expires, SDP, URI …); a code whose own
 *   section sets another level (412: MUST NOT, RFC 3903 §5; 413, 415, 416, 420: SHOULD retry with the change,
 *   RFC 3261 §8.1.3.5; 423, 429: MAY, RFC 3261 §10.2.8, RFC 3892 §2.1) or none (505, 513, 606) has its own texts, and so
 *   has a code whose response does not always name the change (400: a reason phrase only by the SHOULD of RFC 3261
 *   §21.4.1; 406: the request's Accept; 488: a body the response MAY carry and a Warning it SHOULD carry, RFC 3261
 *   §21.4.26, §13.3.1.3; 493: a certificate only if it carries one, RFC 3261 §23.2).
 * - without-anonymity: the UAC MUST NOT send it again without anonymity unless the user confirms it, directly or by a
 *   policy the user has set; then it MAY (433, RFC 5079 §4).
 * - authenticate: the UAC SHOULD send it again with credentials for the challenge it carries (401, 407; RFC 3261 §8.1.3.5).
 * - resource-value: the UAC MAY send a new request with the same or a different resource value and, if the
 *   response carries Accept-Resource-Priority, SHOULD choose values it is authorised to use from it (417,
 *   RFC 4412 §4.7.1: the extension's own rule for this code, more specific than RFC 3261 §21.4).
 * - later: the client MAY send the request again later (408, RFC 3261 §21.4.9; 500, §21.5.1, whose Retry-After says
 *   when). A code whose sections say more, or set another level, has its own label and next: 470 (RFC 5360 §5.9.1, §5.9.2,
 *   no level), 480 and 486 (a 4xx: SHOULD NOT retry unchanged, RFC 3261 §21.4; Retry-After MAY give a better time to
 *   call), 491 (RFC 3261 §14.1: SHOULD wait a random time, then SHOULD try the re-INVITE once more), 503 (§21.5.4).
 * - if-retry-after: the response MAY give a better time to call in Retry-After, and the RFC names no other (600, 603).
 * - redirect: the client SHOULD use the Contact addresses to formulate one or more new requests (300, 301, 302;
 *   RFC 3261 §8.1.3.4).
 * - via-proxy: the resource MUST be accessed through the proxy in Contact, and the recipient is expected to repeat this
 *   single request via it (305, RFC 3261 §21.3.4).
 * - alternative: no retry rule: alternative services are possible, described in the body (380, RFC 3261 §21.3.5).
 * - unspecified: the sections that define the code say nothing about sending the request again (501, 502, 504, 555, 580).
 * Validation holds each code that prints a generic text to a section that says it (GENERIC_RETRY_SOURCES, validate.ts).
 */
export const RETRY_POLICIES = [
  'none', 'never', 'modify', 'without-anonymity', 'authenticate', 'resource-value', 'later', 'if-retry-after', 'redirect', 'via-proxy', 'alternative', 'unspecified',
] as const;
export type RetryPolicy = (typeof RETRY_POLICIES)[number];

/**
 * Whether the response makes the client try another server, route or flow.
 * - no: not a reason to fail over (RFC 3263 §4.3 lists the failures that are).
 * - next-server: a received response that sends the client to the next server (503, RFC 3263 §4.3).
 * - local-timeout: only when the client's own transaction timed out with no response at all (Timer B
 *   or F) and its stack reports 408; a 408 received from a server is not (RFC 3263 §4.3).
 * - other-flow: the authoritative proxy SHOULD try another flow to the same instance, if one is registered (430, RFC 5626 §11.5, §7).
 * - other-proxy: the registering UA MAY try again through another outbound proxy it has (439, RFC 5626 §4.2.1).
 */
export const FAILOVERS = ['no', 'next-server', 'local-timeout', 'other-flow', 'other-proxy'] as const;
export type Failover = (typeof FAILOVERS)[number];

export const STRENGTHS = ['MUST', 'SHOULD', 'MAY'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** "RFC3261 §21.4.9" (the registry's own notation), also appendices: "RFC3261 §A". */
export const RFC_REF_PATTERN = /^RFC([1-9]\d{3}) §((?:\d+|[A-Z])(?:\.\d+)*)$/;
export type RfcRefString = `RFC${number} §${string}`;

export interface RfcRef {
  rfc: number;
  section: string;
}

/** One structured fact and the RFC sections that back it (at least one). */
export interface Fact<T> {
  value: T;
  refs: RfcRefString[];
}

/** The sections that show each sender answering with the code: a subset of the fact's refs. */
export type SenderRefs = Partial<Record<Role, RfcRefString[]>>;

/** The sections that name each method with the code: a subset of the fact's refs. */
export type MethodRefs = Partial<Record<Method, RfcRefString[]>>;

export const FACT_KEYS = ['scope', 'sentBy', 'methods', 'retry', 'failover'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export interface HeaderUse {
  /** Header field name as the RFC spells it: "Min-Expires", "SIP-If-Match". */
  name: string;
  /** "response": carried by this response; "request": in the request that provokes it. */
  in: 'response' | 'request';
  /**
   * The RFC's requirement keyword for a response header; null where the RFC sets none for the field
   * (305: the MUST of RFC 3261 §21.3.4 binds the recipient, not the Contact header field). Omitted
   * for request headers.
   */
  strength?: Strength | null;
  ref: RfcRefString;
  note: Localized;
  /**
   * For a response header: when the requirement applies, so that a trace check can tell a missing
   * field from one that was not due. Omitted: in every response with this code.
   */
  when?: HeaderCondition;
}

/** The conditions a requirement can depend on that a trace shows (or that it never shows). */
export interface HeaderCondition {
  /** Only in responses to these methods. */
  methods?: Method[];
  /** Only when the request carried this header field. */
  requestHas?: string;
  /** Only when the response itself carries this field with this value among its values (Require: 100rel). */
  responseHas?: { name: string; value: string };
  /** Only when the response has a To tag (a provisional response that creates an early dialog). */
  toTag?: true;
  /** Depends on something a trace does not show (which body a 415 refuses, a registrar's bindings). */
  untestable?: true;
}

export interface AlsoSeen {
  phrase: string;
  /** Where engineers meet this phrase: stack, old RFC, vendor. */
  source: Localized;
}

/** The prose of one code in one language. Inline: `code`, [[486]] links a code, "RFC 3261 §21.4.9" links the RFC. */
export interface CodeText {
  /** A short name in this language; in English usually the registered phrase. */
  title: string;
  /** One sentence: what the code means. Used in lists, meta descriptions, comparisons. */
  summary: string;
  /** Paragraphs. */
  description: string[];
  /** "When you see it": who sent it, to which request, why. At least two. */
  scenarios: string[];
  /** What to check or change. At least one. */
  fixes: string[];
}

/** Who appears in a call-flow diagram. Labels live in the UI dictionaries. */
export const PARTY_ROLES = [
  'uac', 'uas', 'proxy', 'edge-proxy', 'registrar', 'redirect-server', 'b2bua', 'sbc', 'notifier', 'esc',
  'gateway', 'verifier', 'analytics', 'transferor', 'transferee', 'transfer-target', 'pstn',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface FlowParty {
  /** Short id used by the steps: "a", "p1", "b". */
  id: string;
  role: PartyRole;
  /** Tells two parties of the same role apart ("1", "2"). */
  tag?: string;
}

export interface FlowStep {
  from: string;
  to: string;
  /** What travels: a method ("INVITE"), a status ("486 Busy Here"), or a method with its key content
   * ("NOTIFY (SIP/2.0 200 OK)", "INVITE + Proxy-Authorization"). Protocol text: the same in every language,
   * so no prose (validate.ts rejects lowercase English words that are not protocol tokens). */
  label: string;
  /** Words about the step, in each language ("sent before the 200 OK arrived", 「再送」): drawn as a
   * smaller second line under the label. */
  note?: Localized;
}

/** The main scenario of a code as a ladder diagram (rendered to SVG at build time). */
export interface Flow {
  parties: FlowParty[];
  steps: FlowStep[];
  /** One sentence per language: what the diagram shows. */
  caption: Localized;
}

/** A realistic exchange: the request that provokes the code and the response. */
export interface ExampleMessages {
  request: string;
  response: string;
  /** Header field names to mark in the two messages ("Retry-After", "SIP-If-Match"). */
  highlight: string[];
}

/** A code entry as written in src/data/codes/*.ts. */
export interface CodeEntryInput {
  code: number;
  /** The registered reason phrase, exactly as IANA has it. */
  phrase: string;
  status: 'active' | 'deprecated';
  /** The registry's references for this code. */
  refs: RfcRefString[];
  /** Other RFC sections the page relies on. */
  seeAlso?: RfcRefString[];
  alsoSeen?: AlsoSeen[];
  /** What the RFCs say about the code, each value with the sections that back it. */
  facts: {
    /**
     * `recurse: 'sip-uri'`: instead of keeping the response for the best final one, a proxy that changed a SIP or SIPS
     * Request-URI to another scheme SHOULD try a SIP URI (RFC 3261 §16.7 step 4 names 416 for it). A 3xx with Contact
     * needs no mark: step 4 lets a proxy recurse on its contacts.
     */
    scope: Fact<Scope> & { recurse?: 'sip-uri' };
    /**
     * Who typically sends it: a list of common senders, not a restriction. `byRole` says, for each
     * sender, which of the refs show that sender with the code, so that a sentence naming some of the
     * senders cites only their sections (a gateway's section is no source for "a proxy").
     * A sender's sections name it with the code (RFC 3261 §13.3.1.3: the UAS SHOULD return 486), or give the
     * code's definition whose subject is "the server" together with RFC 3261 §6, which says which elements are
     * servers (413: §21.4.11 with §6 for a proxy). A section that does not name the code (§16.1: a proxy MAY answer
     * with "any appropriate error code") is no source on its own.
     */
    sentBy: Fact<Role[]> & { byRole: SenderRefs };
    /**
     * A list: the RFCs restrict the code to these methods. 'any': no restriction to methods among the requests that
     * take a response, which ACK does not (RFC 3261 §22.1: "any requests that take no response, including ACK"; §17);
     * the facts table says "Any request that takes a response" (`dialog` says
     * when the code is for requests outside a dialog, whatever their method); `named` lists the
     * methods the RFCs name for it (never a claim that other methods cannot get it), and `except` the
     * methods an RFC forbids answering with it (401 and 407: servers MUST NOT challenge CANCEL,
     * RFC 3261 §22.1) or says it is never returned for (487, with `exceptNever`). ACK is never listed: no response answers it. With `named`, `namedRefs` says for
     * each named method which of the refs name it with the code, so that a sentence naming the methods
     * cites only those sections (a section that deprecates 202 for SUBSCRIBE is no source for MESSAGE).
     */
    methods: Fact<Method[] | 'any'> & {
      named?: Method[];
      namedRefs?: MethodRefs;
      except?: Method[];
      /** Which of the refs forbid the excepted methods: a sentence about them cites only these. */
      exceptRefs?: RfcRefString[];
      /**
       * No RFC sentence states the exception: it is inferred from a header table that marks with "-",
       * for these methods, a header field every response with the code must carry; in the legend of
       * RFC 3261 §20, "-" for a response means the UAS MUST NOT place the field in it (494: RFC 3329
       * §2.6 with §2.3.1). Sentences about the exception then say that it is inferred, never "must not".
       */
      exceptInferred?: true;
      /**
       * The section does not forbid the excepted methods with a requirement keyword: it says, as a plain
       * statement, that the code is never returned for them (487: RFC 3261 §21.4.25, "This response is
       * never returned for a CANCEL request itself"). Sentences about the exception then say that the
       * section says so, never "must not". Not with exceptInferred.
       */
      exceptNever?: true;
      /**
       * With a list: the restriction binds only this kind of sender, and the code can still answer
       * other methods (408: RFC 4320 §4.2 forbids a transaction-stateful element to send it to a
       * non-INVITE request). Comparisons then never say the codes cannot answer the same request.
       */
      onlyFrom?: 'transaction-stateful';
      /**
       * With a list that binds every sender: the restriction is a prohibition (MUST NOT) of answering any other
       * request with the code, not a plain statement (180, 181, 182, 183, 199: RFC 4320 §4.1, "An SIP element MUST
       * NOT send any provisional response with a Status-Code other than 100 to a non-INVITE request"). Cells and
       * sentences then give the level, and never say as a fact that the code answers no other request, nor that two
       * codes never answer the same one. Not with onlyFrom.
       */
      othersForbidden?: true;
      /**
       * With 'any' (and no except): the sections that define the code provide it in answer to requests
       * outside a dialog, never naming a request within one (607: RFC 8197 §4; 608: RFC 8688 §3.1, "an
       * INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP request"). Comparisons then say so for the
       * code on its own and never that it answers the same requests as a code without the condition.
       * 'inside' (with 'any' or a list): the sections that define the code make it an answer to a request sent within a
       * dialog (204: RFC 5839 §7.1, "valid only in response to a SUBSCRIBE message sent within an established dialog";
       * 491: RFC 3261 §21.4.27, a request received by a UAS that had a pending request within the same dialog).
       */
      dialog?: 'outside' | 'inside';
      /** Which of the refs say so: the facts table and every sentence about the condition cite these. */
      dialogRefs?: RfcRefString[];
    };
    /**
     * `next`: what the receiving side does next, with the level and the actor of the sections in refs, for a
     * code the generic sentence of its value would misstate (505 and 513: RFC 3261 says nothing, and the rule
     * to change the request is RFC 3398's, for a gateway). Plain text; the comparison pages cite refs after it.
     * `label`: the facts-table cell, with the same level and actor as `next`, for a code whose generic cell would
     * misstate it. The generic cells of 'never' and 'modify' state RFC 3261 §21.4 (SHOULD NOT, for a 4xx), so a
     * code that uses them cites that section; a 5xx or 6xx with these values has its own `label` and `next`.
     */
    retry: Fact<RetryPolicy> & { next?: Localized; label?: Localized };
    failover: Fact<Failover>;
  };
  headers: HeaderUse[];
  /** Codes a reader of this page should also know (often the ones it is confused with). */
  related: number[];
  /** Extra search terms per language (words readers type that the prose may not contain). */
  keywords: Localized<string[]>;
  text: Localized<CodeText>;
  flow?: Flow;
  example?: ExampleMessages;
}

// ---- Runtime validation -------------------------------------------------------------------

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const rfcRef = z.string().regex(RFC_REF_PATTERN, 'must look like "RFC3261 §21.4.9"');
// Printed as plain text (a flow's caption and notes: figcaption, SVG text and description): no inline markup.
const plainText = nonEmpty.refine((text) => !/`|\[\[/.test(text), 'is plain text: no `code` or [[NNN]] markup');
const localized = <T extends z.ZodType>(schema: T) => z.object({ en: schema, ja: schema }).strict();
/** A fact is its value and the RFC sections that back it: a fact without a source fails the build. */
const fact = <T extends z.ZodType>(value: T) =>
  z.object({ value, refs: z.array(rfcRef).min(1, 'needs the RFC section that backs it (at least one)') }).strict();

const codeText = z
  .object({
    title: nonEmpty,
    summary: nonEmpty,
    description: z.array(nonEmpty).min(1, 'needs at least one paragraph'),
    scenarios: z.array(nonEmpty).min(2, 'needs at least two scenarios'),
    fixes: z.array(nonEmpty).min(1, 'needs at least one fix'),
  })
  .strict();

export const codeEntrySchema = z
  .object({
    code: z.number().int().min(100).max(699),
    phrase: nonEmpty,
    status: z.enum(['active', 'deprecated']),
    refs: z.array(rfcRef).min(1),
    seeAlso: z.array(rfcRef).optional(),
    alsoSeen: z.array(z.object({ phrase: nonEmpty, source: localized(nonEmpty) }).strict()).optional(),
    facts: z
      .object({
        scope: fact(z.enum(SCOPES)).extend({ recurse: z.literal('sip-uri').optional() }),
        sentBy: fact(z.array(z.enum(ROLES)).min(1)).extend({
          byRole: z.partialRecord(z.enum(ROLES), z.array(rfcRef).min(1, 'needs the section that shows this sender (at least one)')),
        }),
        methods: fact(z.union([z.literal('any'), z.array(z.enum(METHODS)).min(1)])).extend({
          named: z.array(z.enum(METHODS)).min(1).optional(),
          namedRefs: z.partialRecord(z.enum(METHODS), z.array(rfcRef).min(1, 'needs the section that names this method with the code (at least one)')).optional(),
          except: z.array(z.enum(METHODS)).min(1).optional(),
          exceptRefs: z.array(rfcRef).min(1).optional(),
          exceptInferred: z.literal(true).optional(),
          exceptNever: z.literal(true).optional(),
          onlyFrom: z.literal('transaction-stateful').optional(),
          othersForbidden: z.literal(true).optional(),
          dialog: z.enum(['outside', 'inside']).optional(),
          dialogRefs: z.array(rfcRef).min(1, 'needs the section that says so (at least one)').optional(),
        }),
        retry: fact(z.enum(RETRY_POLICIES)).extend({ next: localized(plainText).optional(), label: localized(plainText).optional() }),
        failover: fact(z.enum(FAILOVERS)),
      })
      .strict(),
    headers: z.array(
      z
        .object({
          name: z.string().regex(/^[A-Za-z][A-Za-z-]*$/, 'must be a header field name'),
          in: z.enum(['response', 'request']),
          strength: z.enum(STRENGTHS).nullable().optional(),
          ref: rfcRef,
          note: localized(nonEmpty),
          when: z
            .object({
              methods: z.array(z.enum(METHODS)).min(1).optional(),
              requestHas: z.string().regex(/^[A-Za-z][A-Za-z-]*$/).optional(),
              responseHas: z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z-]*$/), value: nonEmpty }).strict().optional(),
              toTag: z.literal(true).optional(),
              untestable: z.literal(true).optional(),
            })
            .strict()
            .optional(),
        })
        .strict(),
    ),
    related: z.array(z.number().int()),
    keywords: localized(z.array(nonEmpty)),
    text: localized(codeText),
    flow: z
      .object({
        parties: z
          .array(z.object({ id: z.string().regex(/^[a-z][a-z0-9]*$/), role: z.enum(PARTY_ROLES), tag: z.string().optional() }).strict())
          .min(2)
          .max(5),
        steps: z.array(z.object({ from: nonEmpty, to: nonEmpty, label: nonEmpty, note: localized(plainText).optional() }).strict()).min(2).max(14),
        caption: localized(plainText),
      })
      .strict()
      .optional(),
    example: z
      .object({ request: nonEmpty, response: nonEmpty, highlight: z.array(nonEmpty) })
      .strict()
      .optional(),
  })
  .strict();

/**
 * What an exception in facts.methods rests on: 'forbidden', a section forbids it (MUST NOT); 'never', a section
 * says the code is never returned for those methods, with no requirement keyword (487); 'inferred', no sentence
 * states it and it is read from a header table (494).
 */
export type ExceptBasis = 'forbidden' | 'never' | 'inferred';
