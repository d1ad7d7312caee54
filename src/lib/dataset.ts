/**
 * The machine-readable dataset (/data/sip-response-codes.json and .csv), built from the same
 * module as the pages. Its JSON Schema is generated from the Zod schema below.
 */
import { z } from 'astro/zod';
import { FACT_KEYS, FAILOVERS, METHODS, PARTY_ROLES, RETRY_POLICIES, ROLES, SCOPES, STRENGTHS, type HeaderCondition, type Lang } from '../data/schema';
import { ISUP_TO_SIP, SIP_TO_ISUP } from '../data/q850';
import { httpFalseFriend } from '../data/http';
import type { CodeEntry } from '../data/validate';
import { plainText } from './inline';
import { parseRfcRef, rfcUrl, sectionTitle } from './rfc';
import { absoluteUrl, codeUrl } from './urls';
import { correctedPageLink, correctionUrl, type Correction } from './corrections';
import { STACKS, STACK_TABLES, sourceUrl, type Source, type StackTables } from '../data/stacks';

/** Bump the major version when a field changes meaning or disappears. */
export const DATASET_VERSION = '2.9.0';

const reference = z.object({
  rfc: z.number().int(),
  section: z.string(),
  url: z.url(),
  title: z.string().optional().describe('The heading of the section, as the RFC prints it.'),
});
const localizedString = z.object({ en: z.string(), ja: z.string() });
const localizedText = z.object({
  title: z.string(),
  summary: z.string(),
  description: z.array(z.string()),
  scenarios: z.array(z.string()),
  fixes: z.array(z.string()),
});

const stackSource = z.object({
  repository: z.string().describe('GitHub owner/name.'),
  path: z.string(),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  lines: z.tuple([z.number().int(), z.number().int()]).optional().describe('First and last line at that commit.'),
  location: z.string().optional().describe('Where in the file, when the snapshot read had no line numbers (Wireshark).'),
  function: z.string().optional(),
  url: z.url(),
});

const STACK_IDS = ['asterisk', 'freeswitch', 'pjsip', 'sofia', 'kamailio', 'opensips', 'wireshark'] as const;

export const stackRowSchema = z.object({
  stack: z.enum(STACK_IDS),
  table: z
    .enum(['chan_pjsip', 'chan_sip', 'rc_map', 'cause_enum', 'mod_sofia', 'status', 'error_text', 'err2reason_phrase', 'tm_parameter', 'tm_remap_503_500', 'display_filter_field', 'sip_response_code_vals'])
    .describe('The function or table of the source the row was read from.'),
  direction: z.enum(['sip_to_cause', 'cause_to_sip']).optional().describe('For hangup-cause mappings: a received code to a cause, or a cause to the code sent.'),
  code: z.number().int().optional().describe('SIP status code (some are not IANA-registered).'),
  cause: z.number().int().optional().describe('Q.850 cause value, or a FreeSWITCH value above 127.'),
  name: z.string().optional().describe('Constant, macro, cause name or display-filter field as the source writes it.'),
  phrase: z.string().optional().describe('Reason phrase or reply text the stack uses.'),
  fallback: z.boolean().describe('true when the value comes from a default or class-fallback branch, not an entry of its own.'),
  source: stackSource,
});

export const datasetSchema = z
  .object({
    version: z.string().describe('Dataset version (semver).'),
    registry: z.object({ name: z.string(), url: z.url(), updated: z.iso.date() }),
    codes: z.array(
      z.object({
        code: z.number().int().min(100).max(699),
        reasonPhrase: z.string().describe('The reason phrase registered with IANA, verbatim.'),
        class: z.number().int().min(1).max(6),
        status: z.enum(['active', 'deprecated']),
        references: z.array(reference).describe('The references the IANA registry gives for the code (not always the text that defines it: 202 cites RFC 6665 §8.3.1 and RFC 7647 §5).'),
        seeAlso: z.array(reference),
        alsoSeen: z.array(z.object({ phrase: z.string(), source: z.object({ en: z.string(), ja: z.string() }) })),
        scope: z.enum(SCOPES).describe('What a proxy does with the response (RFC 3261 §16.7).'),
        sentBy: z.array(z.enum(ROLES)).describe('Typical senders; not a restriction.'),
        sentByRefs: z
          .partialRecord(z.enum(ROLES), z.array(reference))
          .describe('For each sender in sentBy, the RFC sections that show it sending the code (together, factReferences.sentBy).'),
        methods: z
          .union([z.literal('any'), z.array(z.enum(METHODS))])
          .describe('A list: the RFCs restrict the code to these methods; "any": no restriction among the requests that take a response (ACK takes none, RFC 3261 §22.1).'),
        methodsNamed: z.array(z.enum(METHODS)).optional().describe('With "any": the methods the RFCs name for the code.'),
        methodsNamedRefs: z
          .partialRecord(z.enum(METHODS), z.array(reference))
          .optional()
          .describe('With methodsNamed: for each named method, the RFC sections that name it with the code (a subset of factReferences.methods).'),
        methodsExcept: z
          .array(z.enum(METHODS))
          .optional()
          .describe('With "any": the methods an RFC forbids answering with the code, or (with methodsExceptNever) says the code is never returned for.'),
        methodsExceptInferred: z
          .literal(true)
          .optional()
          .describe('With methodsExcept: no RFC sentence states the exception; it is inferred from a header table that marks with "-" for these methods a header field every response with the code must carry (494: RFC 3329 §2.6 with §2.3.1, read with the legend of RFC 3261 §20).'),
        methodsExceptNever: z
          .literal(true)
          .optional()
          .describe(
            'Since 2.8.0. With methodsExcept: the RFC does not forbid these methods with a requirement keyword; it says, as a plain statement, that the code is never returned for them (487: RFC 3261 §21.4.25, "This response is never returned for a CANCEL request itself").',
          ),
        methodsOthersForbidden: z
          .literal(true)
          .optional()
          .describe(
            'Since 2.9.0. With a list: an RFC forbids (MUST NOT) answering any other request with the code, rather than stating the restriction as a fact (180, 181, 182, 183, 199: RFC 4320 §4.1).',
          ),
        methodsOnlyFrom: z
          .literal('transaction-stateful')
          .optional()
          .describe('With a list: the restriction binds only this kind of sender; others may answer other methods with the code (408: RFC 4320 §4.2).'),
        methodsDialog: z
          .enum(['outside', 'inside'])
          .optional()
          .describe(
            '"outside" (with "any"): the RFCs provide the code for requests outside a dialog, whatever their method (607: RFC 8197 §4; 608: RFC 8688 §3.1). "inside" (since 2.7.0; with "any" or a list): the RFCs make the code an answer to requests sent within a dialog (204: RFC 5839 §7.1; 491: RFC 3261 §21.4.27). Absent: no such condition.',
          ),
        methodsDialogRefs: z
          .array(reference)
          .optional()
          .describe('With methodsDialog: the RFC sections that say so (a subset of factReferences.methods).'),
        retry: z.enum(RETRY_POLICIES),
        failover: z.enum(FAILOVERS),
        factReferences: z
          .object(Object.fromEntries(FACT_KEYS.map((key) => [key, z.array(reference)])) as Record<(typeof FACT_KEYS)[number], z.ZodArray<typeof reference>>)
          .describe('The RFC sections behind scope, sentBy, methods, retry and failover.'),
        headers: z.array(
          z.object({
            name: z.string(),
            in: z.enum(['response', 'request']),
            strength: z
              .enum(STRENGTHS)
              .optional()
              .describe('The RFC requirement level for a response header; absent for request headers and where the RFC sets none (305 Contact).'),
            reference,
            note: z.object({ en: z.string(), ja: z.string() }),
            when: z
              .object({
                methods: z.array(z.enum(METHODS)).optional().describe('Only in responses to these methods.'),
                requestHas: z.string().optional().describe('Only when the request carried this header field.'),
                responseHas: z
                  .object({ name: z.string(), value: z.string() })
                  .optional()
                  .describe('Only when the response itself carries this header field with this value among its values.'),
                toTag: z.literal(true).optional().describe('Only when the response has a To tag.'),
                conditionInNote: z
                  .literal(true)
                  .optional()
                  .describe('Only under a further condition, stated in the note, that the messages themselves do not show (who generated the response, the kind of fault).'),
              })
              .optional()
              .describe('For a response header: when the requirement applies. Absent: in every response with this code.'),
          }),
        ),
        related: z.array(z.number().int()),
        text: z.object({ en: localizedText, ja: localizedText }),
        flow: z
          .object({
            parties: z.array(z.object({ id: z.string(), role: z.enum(PARTY_ROLES), tag: z.string().optional() })),
            steps: z.array(
              z.object({
                from: z.string(),
                to: z.string(),
                label: z.string().describe('What travels, as protocol text (method or status, header fields, SDP attributes): the same in every language.'),
                note: localizedString.optional().describe('Words about the step, in English and Japanese ("sent before the 200 OK arrived").'),
              }),
            ),
            caption: z.object({ en: z.string(), ja: z.string() }),
          })
          .optional()
          .describe('The main scenario as a ladder diagram.'),
        example: z
          .object({ request: z.string(), response: z.string(), highlight: z.array(z.string()) })
          .optional()
          .describe('A request that provokes the code and the response, lines separated by LF.'),
        q850: z
          .object({
            toIsupCause: z.number().int().optional().describe('RFC 3398 §8.2.6.1: the ISUP cause RFC 3398 recommends a gateway send on receiving this code (when no ISUP is encapsulated in the response).'),
            fromIsupCauses: z.array(z.number().int()).describe('RFC 3398 §7.2.4.1: ISUP causes RFC 3398 maps to this code (including 21 to 603, which it allows for a cause from the user instead of 403).'),
          })
          .describe('PSTN interworking per RFC 3398.'),
        http: z
          .object({ phrase: z.string(), kind: z.enum(['different-meaning', 'different-phrase']), reference, note: z.object({ en: z.string(), ja: z.string() }) })
          .optional()
          .describe('Where HTTP uses the same number differently.'),
        urls: z.object({ en: z.url(), ja: z.url() }),
      }),
    ),
    corrections: z
      .array(
        z.object({
          id: z.string(),
          date: z.iso.date(),
          title: localizedString,
          pages: z.array(z.object({ en: z.url(), ja: z.url() })).describe('The pages the correction changed.'),
          wrong: localizedString.describe('What the pages said and why it was wrong.'),
          now: localizedString.describe('What they say now.'),
          sources: z.array(
            z.union([
              reference.extend({ quote: z.string().describe('The words of the RFC that settle it, verbatim.') }),
              z.object({ name: z.string(), url: z.url(), quote: z.string() }).describe('A SIP stack\'s source file at a commit.'),
            ]),
          ),
          urls: z.object({ en: z.url(), ja: z.url() }).describe('The entry in the corrections log.'),
        }),
      )
      .describe('Factual corrections made to published pages, newest first.'),
    stacks: z
      .object({
        sources: z.array(z.object({ stack: z.enum(STACK_IDS), name: z.string(), repository: z.string(), commit: z.string() })),
        rows: z.array(stackRowSchema),
      })
      .describe('What SIP stacks call each code and which causes they map it to, one row per fact read from their source, with the line it was read from.'),
  })
  .describe('Every SIP response code of the IANA registry, with facts and explanations in English and Japanese.');

export type Dataset = z.infer<typeof datasetSchema>;

/** A header row's condition as the dataset gives it: the site's "untestable" is a condition the note states. */
function headerCondition({ untestable, ...shown }: HeaderCondition) {
  return { ...shown, ...(untestable ? { conditionInNote: true as const } : {}) };
}

function ref(r: string) {
  const parsed = parseRfcRef(r);
  const title = sectionTitle(parsed.rfc, parsed.section);
  return { ...parsed, url: rfcUrl(parsed), ...(title ? { title } : {}) };
}

export function buildDataset(
  codes: readonly CodeEntry[],
  opts: { site: string | URL; registryUrl: string; registryUpdated: string; corrections?: readonly Correction[] },
): Dataset {
  const both = (path: (lang: Lang) => string) => ({ en: absoluteUrl(opts.site, path('en')), ja: absoluteUrl(opts.site, path('ja')) });
  const text = (e: CodeEntry, lang: Lang) => {
    const t = e.text[lang];
    return {
      title: t.title,
      summary: plainText(t.summary),
      description: t.description.map(plainText),
      scenarios: t.scenarios.map(plainText),
      fixes: t.fixes.map(plainText),
    };
  };
  return {
    version: DATASET_VERSION,
    registry: { name: 'IANA Session Initiation Protocol (SIP) Parameters: Response Codes', url: opts.registryUrl, updated: opts.registryUpdated },
    codes: codes.map((e) => ({
      code: e.code,
      reasonPhrase: e.phrase,
      class: e.klass,
      status: e.status,
      references: e.refs.map(ref),
      seeAlso: (e.seeAlso ?? []).map(ref),
      alsoSeen: e.alsoSeen ?? [],
      scope: e.facts.scope.value,
      sentBy: e.facts.sentBy.value,
      sentByRefs: Object.fromEntries(e.facts.sentBy.value.map((role) => [role, (e.facts.sentBy.byRole[role] ?? []).map(ref)])),
      methods: e.facts.methods.value,
      ...(e.facts.methods.named ? { methodsNamed: e.facts.methods.named } : {}),
      ...(e.facts.methods.named
        ? { methodsNamedRefs: Object.fromEntries(e.facts.methods.named.map((method) => [method, (e.facts.methods.namedRefs?.[method] ?? []).map(ref)])) }
        : {}),
      ...(e.facts.methods.except ? { methodsExcept: e.facts.methods.except } : {}),
      ...(e.facts.methods.exceptInferred ? { methodsExceptInferred: true as const } : {}),
      ...(e.facts.methods.exceptNever ? { methodsExceptNever: true as const } : {}),
      ...(e.facts.methods.othersForbidden ? { methodsOthersForbidden: true as const } : {}),
      ...(e.facts.methods.onlyFrom ? { methodsOnlyFrom: e.facts.methods.onlyFrom } : {}),
      ...(e.facts.methods.dialog ? { methodsDialog: e.facts.methods.dialog, methodsDialogRefs: (e.facts.methods.dialogRefs ?? []).map(ref) } : {}),
      retry: e.facts.retry.value,
      failover: e.facts.failover.value,
      factReferences: Object.fromEntries(FACT_KEYS.map((key) => [key, e.facts[key].refs.map(ref)])) as Record<(typeof FACT_KEYS)[number], ReturnType<typeof ref>[]>,
      headers: e.headers.map((h) => ({
        name: h.name,
        in: h.in,
        ...(h.strength ? { strength: h.strength } : {}),
        reference: ref(h.ref),
        note: { en: plainText(h.note.en), ja: plainText(h.note.ja) },
        ...(h.when ? { when: headerCondition(h.when) } : {}),
      })),
      related: e.related,
      text: { en: text(e, 'en'), ja: text(e, 'ja') },
      ...(e.flow ? { flow: e.flow } : {}),
      ...(e.example ? { example: e.example } : {}),
      q850: q850Json(e.code),
      ...(httpFalseFriend(e.code) ? { http: httpJson(e.code) } : {}),
      urls: { en: absoluteUrl(opts.site, codeUrl('en', e.code)), ja: absoluteUrl(opts.site, codeUrl('ja', e.code)) },
    })),
    corrections: (opts.corrections ?? []).map((c) => ({
      id: c.id,
      date: c.date,
      title: c.title,
      pages: c.pages.map((page) => both((lang) => correctedPageLink(lang, page).href)),
      wrong: { en: plainText(c.wrong.en), ja: plainText(c.wrong.ja) },
      now: { en: plainText(c.now.en), ja: plainText(c.now.ja) },
      sources: c.sources.map((source) => ('ref' in source ? { ...ref(source.ref), quote: source.quote } : source)),
      urls: both((lang) => correctionUrl(lang, c)),
    })),
    stacks: {
      sources: STACKS.map((s) => ({ stack: s.id, name: s.name, repository: s.repo, commit: s.commit })),
      rows: stackRows(),
    },
  };
}

export type StackRow = z.infer<typeof stackRowSchema>;

function sourceJson(s: Source): StackRow['source'] {
  return {
    repository: s.repo,
    path: s.path,
    commit: s.commit,
    ...(s.lines ? { lines: [s.lines[0], s.lines[1]] as [number, number] } : {}),
    ...(s.location ? { location: s.location } : {}),
    ...(s.fn ? { function: s.fn } : {}),
    url: sourceUrl(s),
  };
}

/** Every row of the seven stack tables, flattened to one shape. */
export function stackRows(tables: StackTables = STACK_TABLES): StackRow[] {
  const row = (r: Omit<StackRow, 'source' | 'fallback'> & { fallback?: boolean; source: Source }): StackRow => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined && v !== '') out[k] = v;
    return { ...(out as StackRow), fallback: r.fallback ?? false, source: sourceJson(r.source) };
  };
  return [
    ...tables.asterisk.mappings.map((m) => row({ stack: 'asterisk', table: m.driver === 'pjsip' ? 'chan_pjsip' : 'chan_sip', direction: m.direction, code: m.code, cause: m.cause, name: m.constant, phrase: m.phrase, fallback: !m.explicit, source: m.source })),
    ...tables.asterisk.names.map((n) => row({ stack: 'asterisk', table: 'rc_map', code: n.code, name: n.names.join(' / '), fallback: n.names.length === 0, source: n.source })),
    ...tables.freeswitch.causes.map((c) => row({ stack: 'freeswitch', table: 'cause_enum', cause: c.value, name: c.name, source: c.source })),
    ...tables.freeswitch.mappings.map((m) => row({ stack: 'freeswitch', table: 'mod_sofia', direction: m.direction, code: m.code, cause: m.cause, name: m.name, fallback: !m.explicit, source: m.source })),
    ...tables.pjsip.map((e) => row({ stack: 'pjsip', table: 'status', code: e.code, name: e.constant, phrase: e.phrase, fallback: e.fallback, source: e.source })),
    ...tables.sofia.map((e) => row({ stack: 'sofia', table: 'status', code: e.code, name: e.macros.join(' '), phrase: e.phrase, fallback: e.fallback, source: e.source })),
    ...(['kamailio', 'opensips'] as const).flatMap((stack) => [
      ...tables[stack].phrases.map((e) => row({ stack, table: 'error_text', code: e.code, phrase: e.phrase, fallback: e.fallback, source: e.source })),
      ...tables[stack].errors.map((e) => row({ stack, table: 'err2reason_phrase', code: e.code, name: e.error, phrase: e.text, fallback: !e.error, source: e.source })),
    ]),
    ...tables.kamailio.notes.map((n) => row({ stack: 'kamailio', table: n.kind, code: n.code, phrase: n.phrase, source: n.source })),
    ...tables.wireshark.fields.map((f) => row({ stack: 'wireshark', table: 'display_filter_field', name: f.field, source: f.source })),
    ...tables.wireshark.phrases.map((e) => row({ stack: 'wireshark', table: 'sip_response_code_vals', code: e.code, phrase: e.phrase, fallback: e.fallback, source: e.source })),
  ];
}

const STACK_CSV_COLUMNS = ['stack', 'table', 'direction', 'code', 'cause', 'name', 'phrase', 'fallback', 'repository', 'path', 'commit', 'line_start', 'line_end', 'url'] as const;

/** RFC 4180 CSV of the stack rows (/data/sip-stacks.csv). */
export function stackCsv(dataset: Dataset): string {
  const rows = dataset.stacks.rows.map((r) => [
    r.stack, r.table, r.direction ?? '', r.code ?? '', r.cause ?? '', r.name ?? '', r.phrase ?? '', r.fallback,
    r.source.repository, r.source.path, r.source.commit, r.source.lines?.[0] ?? '', r.source.lines?.[1] ?? '', r.source.url,
  ]);
  return [STACK_CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function q850Json(code: number) {
  const cause = SIP_TO_ISUP.find((r) => r.code === code)?.cause;
  return {
    ...(cause !== undefined ? { toIsupCause: cause } : {}),
    fromIsupCauses: ISUP_TO_SIP.filter((r) => r.code === code).map((r) => r.cause),
  };
}

function httpJson(code: number) {
  const f = httpFalseFriend(code)!;
  return { phrase: f.httpPhrase, kind: f.kind, reference: ref(f.ref), note: f.note };
}

export function datasetJsonSchema(): object {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'SIP response codes', ...z.toJSONSchema(datasetSchema) };
}

const CSV_COLUMNS = [
  'code', 'reason_phrase', 'class', 'status', 'references', 'scope', 'methods', 'retry', 'failover',
  'title_ja', 'summary_en', 'summary_ja', 'url_en', 'url_ja',
] as const;

function csvCell(value: string | number | boolean): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV, one row per code, the most used fields only (the JSON has everything). */
export function datasetCsv(dataset: Dataset): string {
  const rows = dataset.codes.map((c) => [
    c.code,
    c.reasonPhrase,
    `${c.class}xx`,
    c.status,
    c.references.map((r) => `RFC${r.rfc} §${r.section}`).join('; '),
    c.scope,
    c.methods === 'any'
      ? [c.methodsDialog === 'outside' ? 'out-of-dialog' : c.methodsDialog === 'inside' ? 'in-dialog' : 'any', ...(c.methodsExcept?.length ? ['except', ...c.methodsExcept] : [])].join(' ')
      : [...c.methods, ...(c.methodsOnlyFrom ? ['from', c.methodsOnlyFrom] : []), ...(c.methodsDialog === 'inside' ? ['in-dialog'] : [])].join(' '),
    c.retry,
    c.failover,
    c.text.ja.title,
    c.text.en.summary,
    c.text.ja.summary,
    c.urls.en,
    c.urls.ja,
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
