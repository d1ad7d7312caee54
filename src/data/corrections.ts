/**
 * The corrections log: every factual correction made to a published page, with the source text
 * that settles it. Rendered at /en/corrections/ and /ja/corrections/ and as a note on each page it
 * touched; validated at build by src/lib/corrections.ts (unknown code, malformed or missing RFC
 * section, missing language: the build fails naming the entry and the field).
 *
 * Add an entry when a published statement turns out to be wrong or unsupported and is changed.
 * Quotes are copied from the RFC text verbatim (whitespace aside), short enough to read in place.
 */
import type { Localized, RfcRefString } from './schema';
import type { CodeClass } from './validate';
import type { GuideSlug } from '../lib/urls';
import type { StackId } from './stacks';

/** A page the correction changed. */
export type CorrectedPage =
  | { code: number } // the code page, /codes/NNN/
  | { compare: [number, number] } // one comparison page, /compare/LOW-vs-HIGH/
  | { comparisonsWith: number } // every comparison page of that code (computed sentences, facts)
  | { allComparisons: true } // every comparison page
  | { unregistered: string } // the page of a code seen in logs but never registered, /unregistered/NNN/
  | { guide: GuideSlug } // a guide, /guides/SLUG/
  | { klass: CodeClass } // a class page, /classes/Nxx/
  | { q850: true } // the Q.850 mapping page, /q850/
  | { cause: number } // a Q.850 cause page, /q850/N/
  | { stack: StackId } // a SIP stack's page, /stacks/ID/
  | { index: IndexPage }; // the list of all codes (/codes/) or of all stacks (/stacks/)

/** The index pages that carry statements of their own. */
export const INDEX_PAGES = ['codes', 'stacks'] as const;
export type IndexPage = (typeof INDEX_PAGES)[number];

/** The RFC section that settles the point, or, for what a SIP stack does, its source file at a commit. */
export type CorrectionSource =
  | {
      ref: RfcRefString;
      /** The words of the RFC that settle the point, verbatim (English). */
      quote: string;
    }
  | {
      /** A permanent link: a file at a commit, with its line. */
      url: string;
      /** What the link is: "sofia-sip, libsofia-sip-ua/sip/sip_status.c, line 105". */
      name: string;
      quote: string;
    };

export interface CorrectionInput {
  /** Anchor of the entry on the log page: lowercase words joined by hyphens. */
  id: string;
  /** The day the corrected text was published, YYYY-MM-DD. */
  date: string;
  /** A few words naming the correction: the entry's heading, the link text in page notes. */
  title: Localized;
  pages: CorrectedPage[];
  /** What the pages said and why it was wrong. */
  wrong: Localized;
  /** What they say now. */
  now: Localized;
  sources: CorrectionSource[];
}

/** A code's page and every comparison page of that code (corrections to the facts, which both show). */
const withComparisons = (...codes: number[]): CorrectedPage[] => codes.flatMap((code): CorrectedPage[] => [{ code }, { comparisonsWith: code }]);

export const CORRECTION_ENTRIES: CorrectionInput[] = [
  {
    id: '408-failover-after-local-timeout',
    date: '2026-12-04',
    title: { en: '408: fail over when your own Timer B or F fired', ja: '408：自分のタイマ B／F が満了したときのフェイルオーバー' },
    pages: [{ code: 408 }],
    wrong: {
      en: 'The page gave no failover advice for a 408 and its facts said never to fail over, although a 408 in a stack\'s log can be its own Timer B or Timer F firing with no response at all, which RFC 3263 treats as a failure of that server.',
      ja: '408 ではフェイルオーバーしないとだけ示し、応答が一つもないまま自分のタイマ B／F が満了した場合の扱いを示していなかった。スタックのログに出る 408 は、このように自分のタイマが満了したもののことがあり、RFC 3263 はこれをそのサーバの障害として扱う。',
    },
    now: {
      en: 'When your own Timer B or Timer F fired without any response, the client SHOULD send the request again, with a new Via branch, to the next server it got from DNS (RFC 3263 §4.3). A 408 received on the wire from a proxy is not such a failure.',
      ja: '応答が一つもないまま自分のタイマ B／F が満了した場合、クライアントは Via のブランチ ID を変えた同じリクエストを、DNS から得た次のサーバへ送るべきである（SHOULD、RFC 3263 §4.3）。プロキシから受信した 408 はこれに当たらない。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote:
          'Failure also occurs if the transaction layer times out without ever having received any response, provisional or final (i.e., timer B or timer F in RFC 3261 [1] fires). If a failure occurs, the client SHOULD create a new request, which is identical to the previous, but has a different value of the Via branch ID',
      },
    ],
  },
  {
    id: '408-dialog-termination-per-usage',
    date: '2026-12-04',
    title: { en: '408 inside a dialog: the usage, not always the whole dialog', ja: 'ダイアログ内の 408：終わるのは用途であり、常にダイアログ全体ではない' },
    pages: [{ code: 408 }],
    wrong: {
      en: 'The page said "a 408 to a re-INVITE, BYE or other mid-dialog request makes the UAC terminate the dialog, just as 481 does", an unconditional rule for every usage of a dialog.',
      ja: '「ダイアログ内リクエストへの 408 を受けた UAC は、481 の場合と同じくダイアログを終了する」と、どの用途にも当てはまる無条件の規則として書いていた。',
    },
    now: {
      en: 'RFC 3261 §12.2.1.2 says the UAC SHOULD terminate the dialog; RFC 5057 §5.2 limits a timeout to the usage the request belonged to, and RFC 6665 §4.1.2.2 does not list 408 among the responses that end a refreshed subscription.',
      ja: 'RFC 3261 §12.2.1.2 はダイアログを終了すべき（SHOULD）とするが、RFC 5057 §5.2 はタイムアウトの影響をそのリクエストが属する用途に限るべきだとし、RFC 6665 §4.1.2.2 はサブスクリプションの更新を終わらせる応答に 408 を含めていない。',
    },
    sources: [
      {
        ref: 'RFC3261 §12.2.1.2',
        quote: 'If the response for a request within a dialog is a 481 (Call/Transaction Does Not Exist) or a 408 (Request Timeout), the UAC SHOULD terminate the dialog.',
      },
      { ref: 'RFC5057 §5.2', quote: 'Generally, a transaction timeout should affect only the usage in which the transaction occurred.' },
      {
        ref: 'RFC6665 §4.1.2.2',
        quote: 'If a SUBSCRIBE request to refresh a subscription receives a 404, 405, 410, 416, 480-485, 489, 501, or 604 response, the subscriber MUST consider the subscription terminated.',
      },
    ],
  },
  {
    id: '408-480-ring-no-answer',
    date: '2026-12-04',
    title: { en: 'Ring-no-answer from the PSTN is 480, not 408', ja: '電話網で呼び出したまま応答がない呼は 408 ではなく 480' },
    pages: [{ code: 408 }, { code: 480 }],
    wrong: {
      en: 'The pages said a ring-no-answer from the telephone network "can arrive as either code" (408 or 480).',
      ja: '電話網側で呼び出したまま応答のない呼は「どちらのコードでも届きうる」（408 または 480）としていた。',
    },
    now: {
      en: 'Ring-no-answer belongs to 480: a gateway that gives up on a call still alerting sends 480 to SIP and cause 19 to ISUP (RFC 3398 §7.2.8); cause 18 ("no user responding") is the one that maps to 408 (RFC 3398 §7.2.4.1).',
      ja: '呼び出したまま応答がない呼は 480 に当たる。呼出中のまま応答のない呼を打ち切るゲートウェイは、SIP 側に 480、ISUP 側に理由表示 19 を送る（RFC 3398 §7.2.8）。408 に対応付けられるのは理由表示 18 である（RFC 3398 §7.2.4.1）。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.8',
        quote:
          'Usually, this means that the callee\'s terminal has been alerted for many rings but has not been answered. … A \'480 Temporarily Unavailable\' response code SHOULD be sent to the SIP network, and an REL message with cause value 19 (no answer from the user) SHOULD be sent to the ISUP network.',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: '18 no user responding 408 Request Timeout 19 no answer from the user 480 Temporarily unavailable' },
    ],
  },
  {
    id: '489-template-packages',
    date: '2026-12-04',
    title: { en: '489: template-packages are never listed in Allow-Events', ja: '489：テンプレートパッケージは Allow-Events に載らない' },
    pages: [{ code: 489 }],
    wrong: {
      en: 'A fix said the package "including any template suffix such as \'.winfo\', has to be one the server lists" in Allow-Events.',
      ja: '「『.winfo』のようなテンプレート部分も含め、一覧にあるパッケージでなければならない」としていた。',
    },
    now: {
      en: 'Only base packages appear in Allow-Events; template-packages are never listed. A client probes for one with a SUBSCRIBE, and a 489 means the template-package is not supported.',
      ja: 'Allow-Events に載るのは基本のパッケージだけで、テンプレートパッケージは列挙されない。対応しているかは SUBSCRIBE で確かめ、489 が返れば未対応である。',
    },
    sources: [
      {
        ref: 'RFC6665 §4.4.4',
        quote:
          'The "Allow-Events" header field does not include a list of the event template-packages supported by an implementation. … If the response is a 489 error code, then the client can deduce that "presence.winfo" is unsupported.',
      },
    ],
  },
  {
    id: '489-allow-events-mandatory',
    date: '2026-12-04',
    title: { en: '489 to PUBLISH: Allow-Events is mandatory', ja: 'PUBLISH への 489：Allow-Events は必須' },
    pages: [{ code: 489 }],
    wrong: {
      en: 'The Headers block listed only Event, and the page treated Allow-Events in a 489 as optional advice, although a 489 to PUBLISH must carry it.',
      ja: 'ヘッダ欄には Event しかなく、489 の Allow-Events を任意の助言として扱っていた。PUBLISH への 489 では必須である。',
    },
    now: {
      en: 'Allow-Events is listed as MUST in a 489 to PUBLISH (RFC 3903 §11.1.1); for other requests a notifier SHOULD list the packages it supports (RFC 6665 §4.4.4). The example 489 now carries Allow-Events.',
      ja: 'PUBLISH への 489 では Allow-Events を必須（MUST）とした（RFC 3903 §11.1.1）。ほかのリクエストについては、ノーティファイアが対応するパッケージを列挙すべきである（SHOULD、RFC 6665 §4.4.4）。例の 489 にも Allow-Events を付けた。',
    },
    sources: [
      { ref: 'RFC3903 §11.1.1', quote: '| Allow-Events | 489 | m |' },
      {
        ref: 'RFC6665 §4.4.4',
        quote:
          'Any user agent that can act as a notifier for one or more event packages SHOULD include an appropriate "Allow-Events" header field indicating all supported events in all methods which initiate dialogs and their responses (such as INVITE) and OPTIONS responses.',
      },
    ],
  },
  {
    id: '438-full-form-passport',
    date: '2026-12-04',
    title: { en: '438: what the full form of PASSporT changes', ja: '438：フルフォームの PASSporT で変わること' },
    pages: [{ code: 438 }],
    wrong: {
      en: 'The page said the full form of PASSporT "carries the claims instead of leaving the verifier to rebuild them", as if it let a signed identity survive header rewriting.',
      ja: 'フルフォームの PASSporT は「検証側にクレームを組み立て直させず、クレームそのものを運ぶ」と書き、ヘッダを書き換えられても署名が通るかのように示していた。',
    },
    now: {
      en: 'The verifier always takes the originating identity from the SIP headers and recomputes the signature with it; the full form only lets it use "iat" in place of a rewritten Date and helps to find canonicalisation problems.',
      ja: '検証側は発信者の ID を常に SIP ヘッダから取り出し、それを使って署名を計算し直す。フルフォームで変わるのは、書き換えられた Date の代わりに「iat」を使えることと、正規化の食い違いを調べやすくなることだけである。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.4',
        quote:
          'the verification service MUST NOT treat the value in the "orig" of a full-form PASSporT as the originating identity of the call: the originating identity of the call is always derived from the SIP signaling, and it is that value … that is used to recompute the signature at the verification service.',
      },
      { ref: 'RFC8224 §6.2', quote: 'the verification service SHOULD perform the computation required by Step 5, using the "iat" value instead of the Date header field value.' },
    ],
  },
  {
    id: '438-e164-canonicalisation',
    date: '2026-12-04',
    title: { en: '438: a change of number format is not what breaks the signature', ja: '438：署名を壊すのは番号形式の違いではない' },
    pages: [{ code: 438 }],
    wrong: {
      en: 'The text, a scenario, the call flow and the example said numbers "reformatted between national and E.164 form" break the signature.',
      ja: '本文・シナリオ・コールフロー・例で、「国内形式と E.164 形式の間での番号の書き換え」が署名を壊すとしていた。',
    },
    now: {
      en: 'Canonicalisation converts numbers to E.164 before signing and verifying whenever it can, so a change of format usually survives; a substituted number does not. The scenario, flow and example now show a B2BUA replacing the calling number.',
      ja: '正規化は、変換できる限り番号を E.164 形式に直してから署名・検証するので、形式の違いだけなら通常は問題にならない。署名を壊すのは番号の差し替えである。シナリオ・フロー・例は、B2BUA が発信者番号を差し替える場面に改めた。',
    },
    sources: [
      {
        ref: 'RFC8224 §8.3',
        quote:
          'If not, implementations SHOULD convert the number into E.164 format, adding a country code if necessary … It is only in the case that an implementation cannot determine how to convert the number to a globally routable format that this step may be skipped.',
      },
    ],
  },
  {
    id: '438-four-failure-codes',
    date: '2026-12-04',
    title: { en: 'STIR has four failure codes; the 438 rule is in RFC 8224 §6.2.2', ja: 'STIR の失敗コードは 4 つ、438 の規則は RFC 8224 §6.2.2' },
    pages: [{ code: 438 }],
    wrong: {
      en: 'The page spoke of "the three STIR failure codes", and the Identity header note cited RFC 8224 §4 (syntax) for the 438 rule.',
      ja: '「STIR の 3 つの失敗コード」と書き、Identity ヘッダの注記では 438 の規則の出典として RFC 8224 §4（構文）を挙げていた。',
    },
    now: {
      en: 'RFC 8224 keeps the four failure codes of RFC 4474 (428, 436, 437 and 438); the 438 rule is cited from RFC 8224 §6.2.2.',
      ja: 'RFC 8224 が RFC 4474 から引き継いだ失敗コードは 428・436・437・438 の 4 つであり、438 の規則の出典は RFC 8224 §6.2.2 とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote:
          '[RFC4474] originally defined four response codes for failure conditions specific to the Identity header field and its original mechanism. … The 438 "Invalid Identity Header" response indicates that of the set of Identity header fields in a request, no header field with a valid and supported PASSporT object has been received.',
      },
    ],
  },
  {
    id: '436-rules-are-rfc-8224-not-shaken',
    date: '2026-12-04',
    title: { en: '436: the rules are RFC 8224\'s; treatment of failed calls is local policy', ja: '436：規則は RFC 8224 のもの、検証失敗の扱いはローカルポリシー' },
    pages: [{ code: 436 }],
    wrong: {
      en: 'The page tied the rule that the info URI equals x5u to SHAKEN, required the certificate "over HTTPS to anyone, promptly", and said without a source that "many terminating networks deliver calls that fail verification and only mark them unverified".',
      ja: 'info の URI と x5u が一致するという規則を SHAKEN のものとし、証明書は「誰でも HTTPS ですぐに」取得できなければならないとし、出典なしに「検証に失敗した呼を『未検証』として着信させる着信網も多い」と書いていた。',
    },
    now: {
      en: 'RFC 8224 itself requires x5u to equal the info URI; the URI SHOULD be dereferenceable by any entity that could receive the request, with no transport named; how a network treats an unverifiable request is local policy, which RFC 8224 leaves open.',
      ja: 'x5u と info の URI の一致は RFC 8224 自体の規則である。URI はリクエストを受け取りうるどの装置からも参照できるべきだが、転送方式は定められていない。検証できないリクエストの扱いはローカルポリシーであり、RFC 8224 は定めていない。',
    },
    sources: [
      { ref: 'RFC8224 §4.1', quote: 'the JSON key "x5u" MUST have a value equivalent to the quoted URI in the "info" parameter' },
      { ref: 'RFC8224 §7.3', quote: 'For common cases, this means that the URI SHOULD be dereferencable by any entity on the public Internet.' },
      {
        ref: 'RFC8224 §6.2.1',
        quote: 'This specification does not propose any authorization policy for UAs or proxy servers to follow based on … the presence of an invalid Identity header field',
      },
    ],
  },
  {
    id: '437-trusted-authorities',
    date: '2026-12-04',
    title: { en: '437: which authorities to trust is the verifier\'s choice', ja: '437：どの認証局を信頼するかは検証側が決める' },
    pages: [{ code: 437 }],
    wrong: {
      en: 'The page stated as fact what "437 usually means" under SHAKEN ("approved STI certification authorities", "the governing authority"), from specifications we had not read.',
      ja: 'SHAKEN では 437 は「たいてい」承認済みの STI 認証局につながらないことを意味する、など、読んでいない仕様の内容を事実として書いていた。',
    },
    now: {
      en: 'The trusted authorities are the verifier\'s own choice: RFC 8226 §3 makes the verifier responsible for trusting the trust anchor that issued the certificate, and RFC 4474 §6 already named an untrusted or unknown authority as a reason for 437.',
      ja: '信頼する認証局は検証側が決める。RFC 8226 §3 は、証明書を発行したトラストアンカーを信頼できるか確かめる責任を検証側に負わせている。信頼されていない、あるいは未知の認証局は、RFC 4474 §6 でもすでに 437 の理由であった。',
    },
    sources: [
      { ref: 'RFC8224 §6.2.2', quote: 'does not support said credential(s), for reasons such as failing to trust the issuing certification authority (CA)' },
      { ref: 'RFC8226 §3', quote: 'verification services must be mindful of the need to ensure that they trust the trust anchor that issued the certificate' },
      {
        ref: 'RFC4474 §6',
        quote:
          'If the certificate cannot be validated (it is self-signed and untrusted, or signed by an untrusted or unknown certificate authority, expired, or revoked), the verifier MUST send a 437 \'Unsupported Certificate\' response.',
      },
    ],
  },
  {
    id: '600-604-cause-location',
    date: '2026-12-04',
    title: { en: '600 and 604 reach the PSTN differently from 486 and 404', ja: '600・604 は 486・404 とは異なる形で電話網に届く' },
    pages: [{ code: 600 }, { code: 604 }],
    wrong: {
      en: 'The pages said 600 and 486 (and 604 and 404) "look alike on the PSTN side" because they map to the same ISUP cause, so "the difference only exists in SIP".',
      ja: '600 と 486（604 と 404）は同じ理由表示になるので「PSTN 側では両者は同じに見え、違いは SIP の中にしか存在しない」としていた。',
    },
    now: {
      en: 'The cause value is the same (17 for 600 and 486, 1 for 604 and 404), but by default the cause location is "user" for a 6xx and "network" for a 4xx, so the difference reaches the telephone network.',
      ja: '理由表示は同じ（600 と 486 は 17、604 と 404 は 1）だが、既定ではロケーションが 6xx なら「ユーザ」、4xx なら「網」となるので、違いは電話網側にも伝わる。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'By default, the cause location associated with the CAI parameter should be encoded such that 6xx codes are given the location \'user\', whereas 4xx and 5xx codes are given a \'network\' location.',
      },
    ],
  },
  {
    id: '603-cause-21-optional',
    date: '2026-12-04',
    title: { en: 'Cause 21 maps to 403; 603 is only an option', ja: '理由表示 21 の対応先は 403、603 は選択肢にすぎない' },
    pages: [{ code: 603 }],
    wrong: {
      en: 'The page said "RFC 3398 §7.2.4.1 maps cause 21 back to 403, or to 603 when the cause location is the user", presenting the 603 mapping as the rule.',
      ja: '「理由表示 21 を 403 に、原因の場所がユーザであれば 603 に対応付けている」と、603 への対応付けを規則として書いていた。',
    },
    now: {
      en: 'Cause 21 maps to 403; when the location is "user" a gateway could send 603 instead. It is an option, not the mapping.',
      ja: '理由表示 21 の対応先は 403 である。ロケーションが「ユーザ」なら代わりに 603 を返すこともできるが、それは選択肢にとどまる。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: '21 call rejected 403 Forbidden (+) … (+) If the cause location is \'user\' than the 6xx code could be given rather than the 4xx code (i.e., 403 becomes 603)',
      },
    ],
  },
  {
    id: '604-rfc-8688-side-effect',
    date: '2026-12-04',
    title: { en: '604: the side effect RFC 8688 warns about', ja: '604：RFC 8688 が警告する副作用' },
    pages: [{ code: 604 }],
    wrong: {
      en: 'A scenario called "a legitimate caller\'s dialler marks the number as invalid and never calls again" the side effect RFC 8688 §1 warns about; that is what the blocking service intends.',
      ja: '「正当な発信者の自動発信システムはその番号を無効と記録し、二度と発信しない」ことを RFC 8688 §1 が警告する副作用としていた。それはブロックサービスの狙いそのものである。',
    },
    now: {
      en: 'The side effect is that other network elements take the 604 at its word and treat the user as non-existent, so the user can no longer receive calls they want.',
      ja: '副作用とは、網内の他の装置が 604 を額面どおりに受け取ってユーザが存在しないものと扱い、ユーザが受けたい呼まで届かなくなることである。',
    },
    sources: [
      {
        ref: 'RFC8688 §1',
        quote:
          'However, other network elements might also interpret this to mean the user truly does not exist, which might result in the user not being able to receive calls from anyone, even if they wanted to receive the calls.',
      },
    ],
  },
  {
    id: '607-feature-capability',
    date: '2026-12-04',
    title: { en: '607: sip.607 promises no particular action', ja: '607：sip.607 は特定の対応を約束しない' },
    pages: [{ code: 607 }],
    wrong: {
      en: 'The page said the sip.607 feature capability lets phones "show a spam button only where it has an effect", and a scenario said the phone shows the button "only then".',
      ja: '`sip.607` があれば電話機は「効果がある場合にだけ」迷惑電話ボタンを表示できるとし、シナリオでも「その場合にだけ」表示するとしていた。',
    },
    now: {
      en: 'sip.607 says the provider supports 607; it implies no particular action, and a UA may show a spam button without it.',
      ja: '`sip.607` は事業者が 607 に対応していることを示すだけで、特定の対応を約束しない。これがなくても UA が迷惑電話ボタンを表示することはある。',
    },
    sources: [
      {
        ref: 'RFC8197 §4',
        quote:
          'The presence of the feature capability does not imply that the provider will take any particular action, such as blocking future calls. A UA may still decide to render a "spam" button even without such a capability',
      },
    ],
  },
  {
    id: '1xx-ringback-local-policy',
    date: '2026-12-04',
    title: { en: '180, 181, 183: ringback is local policy', ja: '180・181・183：リングバックはローカルポリシー' },
    pages: [{ code: 180 }, { code: 181 }, { code: 183 }],
    wrong: {
      en: 'The ringback policy of RFC 3960 §3.2 was called "the usual" or "the common" policy, and the 180 page said a 180 with SDP "often ends in silence when the RTP never arrives", which contradicts that policy.',
      ja: 'RFC 3960 §3.2 のリングバックの方針を「一般的なポリシー」と呼び、180 では「SDP 付きの 180 を受けたのに RTP が来ないと、無音になりやすい」と、その方針と矛盾することを書いていた。',
    },
    now: {
      en: 'RFC 3960 leaves ringback to local policy and gives the 180 rule as an example for a UA that imitates a telephone; under it a 180 without incoming media gives local ringing. Silence comes from UAs that decide on SDP instead of on arriving RTP, which §3.2 warns against.',
      ja: 'RFC 3960 はリングバックをローカルポリシーに委ね、180 の規則は電話機を模した UA の例として示している。この例では、メディアが届かない 180 ならローカルで呼出音を鳴らす。無音になるのは、届く RTP ではなく SDP の有無で判断する UA であり、§3.2 はそうした判断を戒めている。',
    },
    sources: [
      {
        ref: 'RFC3960 §3.2',
        quote:
          '2. If a 180 (Ringing) has been received but there are no incoming media packets, generate local ringing. … it is not desirable to standardize a common local policy to be followed by every SIP UA',
      },
    ],
  },
  {
    id: '301-603-isup-causes',
    date: '2026-12-04',
    title: { en: '301 and 603: the ISUP causes that map to them', ja: '301・603：対応する ISUP の理由表示' },
    pages: [{ code: 301 }, { code: 603 }],
    wrong: {
      en: 'The PSTN interworking block of 301 and of 603 listed no ISUP cause, although RFC 3398 maps cause 22 with a diagnostic to 301 and allows 603 for cause 21 with the location "user".',
      ja: '301 と 603 の PSTN 相互接続欄に ISUP の理由表示がなかった。RFC 3398 は診断情報付きの理由表示 22 を 301 に対応付け、ロケーションが「ユーザ」の理由表示 21 には 603 を認めている。',
    },
    now: {
      en: '301 ← cause 22 "number changed" with the new number in the diagnostic; 603 ← cause 21 "call rejected", optionally, when the location is "user" (403 is the default).',
      ja: '301 ← 理由表示 22（診断情報に新しい番号がある場合）。603 ← 理由表示 21（ロケーションが「ユーザ」の場合に選べる対応先。既定は 403）。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: '22 number changed (w/ diagnostic) 301 Moved Permanently',
      },
    ],
  },
  {
    id: '402-cause-21',
    date: '2026-12-04',
    title: { en: '402: the cause 21 mapping is RFC 3398\'s, not a habit', ja: '402：理由表示 21 への対応付けは慣行ではなく RFC 3398 の規定' },
    pages: [{ code: 402 }],
    wrong: {
      en: 'The page said "PSTN gateways usually translate it, like 403, into Q.850 cause 21", a practice ("usually") that no source we read supports.',
      ja: '「PSTN ゲートウェイは 403 と同じく理由表示 21 に変換するのが一般的」と、出典のない慣行として書いていた。',
    },
    now: {
      en: 'RFC 3398 §8.2.6.1 maps 402, like 403, to cause 21.',
      ja: 'RFC 3398 §8.2.6.1 は、402 を 403 と同じく理由表示 21 に対応付けている。',
    },
    sources: [{ ref: 'RFC3398 §8.2.6.1', quote: '402 Payment required 21 Call rejected' }],
  },
  {
    id: '469-transaction-only-failure',
    date: '2026-12-04',
    title: { en: '469 fails the INFO transaction only', ja: '469 で失敗するのは INFO のトランザクションだけ' },
    pages: [{ code: 469 }],
    wrong: {
      en: 'The page said "RFC 3261 §12.2.1.2 ends a dialog only on a 481 or 408 to a request inside it", although the section says no "only", and the Info-Package header cited RFC 6086 §4.2.2 for the sender\'s rule.',
      ja: '「RFC 3261 §12.2.1.2 でダイアログ内のリクエストへの応答がダイアログを終わらせるのは、481 か 408 の場合だけである」としていたが、同節に「だけ」はない。また、Info-Package ヘッダの出典を、送信側の規則ではない RFC 6086 §4.2.2 としていた。',
    },
    now: {
      en: 'RFC 6086 §4.2.1 itself says a 469 is a Transaction Only failure and the UA MUST NOT terminate the invite dialog usage; the sender\'s rule to include Info-Package is cited from the same section.',
      ja: 'RFC 6086 §4.2.1 自体が、469 はトランザクションだけの失敗であり、UA は INVITE のダイアログユーセージを終了してはならないと定めている。Info-Package を付ける送信側の規則の出典も同じ節とした。',
    },
    sources: [
      {
        ref: 'RFC6086 §4.2.1',
        quote:
          'If a UA receives a 469 (Bad Info Package) response to an INFO request, based on RFC 5057 [RFC5057], the response represents a Transaction Only failure, and the UA MUST NOT terminate the invite dialog usage.',
      },
    ],
  },
  {
    id: '502-503-and-pjsip',
    date: '2026-12-04',
    title: { en: '502: what 503 means, and whose practice a local 502 is', ja: '502：503 の意味と、ローカルの 502 がどの実装の慣行か' },
    pages: [{ code: 502 }],
    wrong: {
      en: 'The page said "503 means the element itself, or the server it contacted, is overloaded" (a proxy does not relay a downstream 503), and attributed a locally generated 502 on DNS failure to "some stacks", with pjsip\'s reasoning given as fact.',
      ja: '503 は、送信した装置自身または接続先のサーバの過負荷を表すとしていた（プロキシは下流の 503 を中継しない）。また、名前解決の失敗時にローカルで生成する 502 を「そうするスタックもある」と一般化し、pjsip の理由を事実として書いていた。',
    },
    now: {
      en: '503 speaks for the server that sent it, and a proxy SHOULD NOT forward a 503 but send 500 when it was the only response. Among the stacks read, only pjsip maps a failed host resolution to 502 (pjproject, since 2009, because "with 503 normally client should try again").',
      ja: '503 はそれを返したサーバ自身の状態を表し、プロキシは 503 を転送すべきではなく、それが唯一の応答なら 500 を返すべきである。名前解決の失敗を 502 にするのは、調べた実装の中では pjsip だけである（pjproject、2009 年から）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.4',
        quote: 'The server is temporarily unable to process the request due to a temporary overloading or maintenance of the server.',
      },
      {
        ref: 'RFC3261 §16.7',
        quote:
          'A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it upstream unless it can determine that any subsequent requests it might proxy will also generate a 503. … If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.',
      },
    ],
  },
  {
    id: '202-message-relay',
    date: '2026-12-04',
    title: { en: '202 is deprecated for SUBSCRIBE, NOTIFY and REFER, not for MESSAGE', ja: '202 が廃止されたのは SUBSCRIBE・NOTIFY・REFER であり、MESSAGE ではない' },
    pages: [{ code: 202 }],
    wrong: {
      en: 'The page said "receivers treat it exactly like 200 OK and senders must use 200 instead" for every method, MESSAGE included.',
      ja: '「受信側は 200 OK と同じに扱い、送信側は 200 を返さなければならない」を、MESSAGE を含むすべてのメソッドに当てはまるものとして書いていた。',
    },
    now: {
      en: 'That holds for SUBSCRIBE, NOTIFY and REFER (RFC 6665, RFC 7647). RFC 3428, updated by neither, still has a message relay answer MESSAGE with 202: the message was accepted, but delivery to the recipient has not been guaranteed.',
      ja: 'それが当てはまるのは SUBSCRIBE・NOTIFY・REFER である（RFC 6665、RFC 7647）。どちらにも更新されていない RFC 3428 では、MESSAGE の中継装置は今も 202 を返し、メッセージを受け付けたが、受信者までの配信は保証されていないことを示す。',
    },
    sources: [
      {
        ref: 'RFC3428 §7',
        quote:
          'A UAS which is, in fact, a message relay, storing the message and forwarding it later on, or forwarding it into a non-SIP domain, SHOULD return a 202 (Accepted) [5] response indicating that the message was accepted, but end to end delivery has not been guaranteed.',
      },
    ],
  },
  {
    id: '302-proxy-181',
    date: '2026-12-04',
    title: { en: '302: a proxy cannot send 181 on its own', ja: '302：プロキシは自ら 181 を送れない' },
    pages: [{ code: 302 }],
    wrong: {
      en: 'The page said "to tell the caller only that forwarding is under way, a proxy can send 181".',
      ja: '「転送中であることを発信者に知らせるだけなら、プロキシが 181 を送ればよい」としていた。',
    },
    now: {
      en: 'A proxy cannot issue a provisional response other than 100 on its own; 181 comes from an element answering as a UAS, such as a forwarding server that retargets the call itself.',
      ja: 'プロキシは 100 以外の暫定応答を自ら送ることができない。181 を送るのは、自ら呼の宛先を変える転送サーバのように、UAS として応答する装置である。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'Since a proxy may not insert a tag into the To header field of a 1xx response to a request that did not contain one, it cannot issue non-100 provisional responses on its own.',
      },
    ],
  },
  {
    id: '380-3gpp-body-source',
    date: '2026-12-04',
    title: { en: '380: the 3GPP body format is now attributed to its source', ja: '380：3GPP のボディ形式に出典を示した' },
    pages: [{ code: 380 }],
    wrong: {
      en: 'The page stated procedures of 3GPP TS 24.229 as fact (when a P-CSCF sends 380, what the UE then does), from a specification we had not read.',
      ja: '読んでいない 3GPP TS 24.229 の手順（P-CSCF がいつ 380 を返し、UE がその後どうするか）を事実として書いていた。',
    },
    now: {
      en: 'RFC 3261 leaves the body of a 380 to other specifications. The 3GPP body format (`application/3gpp-ims+xml`, `<alternative-service>`, `<type>emergency</type>`, `<action>emergency-registration</action>`) is now attributed to a published vendor manual, Oracle Communications Session Border Controller 8.3, "380 Response Format", which describes the 380 the product sends in its P-CSCF role.',
      ja: 'RFC 3261 は 380 のボディの形式を他の仕様に委ねている。3GPP のボディ形式（`application/3gpp-ims+xml`、`<alternative-service>`、`<type>emergency</type>`、`<action>emergency-registration</action>`）は、公開されたベンダー文書（Oracle Communications Session Border Controller 8.3 のマニュアルで 380 の形式を説明する節）の記述として示すようにした。同製品が P-CSCF として送る 380 の説明である。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.3.5',
        quote:
          'The alternative services are described in the message body of the response. Formats for such bodies are not defined here, and may be the subject of future standardization.',
      },
    ],
  },
  {
    id: '1xx-ims-scenarios',
    date: '2026-12-04',
    title: { en: '181, 183, 199: scenarios name the roles the RFCs define', ja: '181・183・199：シナリオを RFC が定める役割で書き直した' },
    pages: [{ code: 181 }, { code: 183 }, { code: 199 }],
    wrong: {
      en: 'Scenarios stated IMS-specific behaviour as fact (an IMS application server sends 181 for diversion, IMS handsets use preconditions, the S-CSCF sends 199) without a 3GPP source we had read.',
      ja: 'シナリオで、IMS 固有の動作（IMS のアプリケーションサーバが転送時に 181 を送る、IMS 端末がプリコンディションを使う、S-CSCF が 199 を送る）を、読んだ 3GPP の出典なしに事実として書いていた。',
    },
    now: {
      en: 'The scenarios now name the roles the RFCs define: an application server applying diversion (RFC 3261 §21.1.3), a handset that uses RFC 3312 preconditions, and the forking proxy that sends 199 (RFC 6228 §6).',
      ja: 'シナリオを RFC が定める役割で書き直した。転送を行うアプリケーションサーバ（RFC 3261 §21.1.3）、RFC 3312 のプリコンディションを使う端末、199 を送るフォーキングプロキシ（RFC 6228 §6）である。',
    },
    sources: [
      {
        ref: 'RFC6228 §6',
        quote:
          'When a forking proxy receives a non-2xx final response to an initial dialog initiation request that it recognizes as terminating one or more early dialogs associated with the request, it MUST generate and send a 199 response upstream for each of the terminated early dialogs',
      },
      { ref: 'RFC3261 §21.1.3', quote: 'A server MAY use this status code to indicate that the call is being forwarded to a different set of destinations.' },
    ],
  },

  {
    id: '421-494-sec-agree-split',
    date: '2026-12-04',
    title: { en: '420, 421, 494: RFC 3329 itself decides between 421 and 494', ja: '420・421・494：421 と 494 の使い分けは RFC 3329 自体が定める' },
    pages: [{ code: 494 }, { code: 421 }, { code: 420 }],
    wrong: {
      en: 'The 494 page attributed the choice between 421 and 494 to "operators\' device requirements" and stated as fact that in IMS "the P-CSCF normally adds its Security-Server header to the 401", from 3GPP specifications we had not read; 421 and 420 described the sec-agree cases through IMS roles.',
      ja: '494 のページで、421 と 494 の使い分けを「事業者の端末要件」によるものとし、IMS では「P-CSCF は通常 401 チャレンジに自分の Security-Server ヘッダを加える」と、読んでいない 3GPP 仕様の内容を事実として書いていた。421 と 420 も P-CSCF などの IMS の役割で説明していた。',
    },
    now: {
      en: 'RFC 3329 §2.3.2 makes the split: a server whose policy requires the agreement returns 421 when the request names sec-agree nowhere and 494 when sec-agree is only in Supported. A 494 offering digest carries a Digest challenge (RFC 3329 §2.4); ipsec-3gpp is the mechanism RFC 3329 Appendix A defines for 3GPP IMS.',
      ja: '使い分けは RFC 3329 §2.3.2 が定めている。合意を必須とするポリシーのサーバは、sec-agree がどこにもなければ 421、Supported にだけあれば 494 を返す。digest を提示する 494 にはダイジェスト認証のチャレンジが入る（RFC 3329 §2.4）。ipsec-3gpp は、RFC 3329 の付録 A が 3GPP の IMS 向けに定めるメカニズムである。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3.2',
        quote:
          'A server that by policy requires the use of this specification and receives a request that does not have the sec-agree option tag in a Require, Proxy-Require or Supported header field MUST return a 421 (Extension Required) response. If the request had the sec-agree option tag in a Supported header field, it MUST return a 494 (Security Agreement Required) response.',
      },
      { ref: 'RFC3329 §2.4', quote: 'If "digest" is chosen, the 494 (Security Agreement Required) response will contain an HTTP Digest authentication challenge.' },
    ],
  },
  {
    id: '423-esc-not-s-cscf',
    date: '2026-12-04',
    title: { en: '423: a scenario from an RFC instead of unread 3GPP text', ja: '423：読んでいない 3GPP の記述に代えて RFC の場面を示した' },
    pages: [{ code: 423 }],
    wrong: {
      en: 'A scenario said an S-CSCF rejects short registrations with 423 and that "3GPP TS 24.229 notes this behaviour", a source we had not read.',
      ja: 'S-CSCF が短い登録を 423 で拒否し、「3GPP TS 24.229 にもこの動作が記されている」としていたが、その出典は確認していなかった。',
    },
    now: {
      en: 'The scenario is now one the RFCs define: an event state compositor MAY reject a PUBLISH whose expiration is below its minimum with 423 and Min-Expires (RFC 3903 §6).',
      ja: 'RFC が定める場面に差し替えた。ESC は、期限が最小値より短い PUBLISH を Min-Expires 付きの 423 で拒否してよい（RFC 3903 §6）。',
    },
    sources: [
      {
        ref: 'RFC3903 §6',
        quote:
          'Only if the requested expiration interval is greater than zero and less than a locally-configured minimum, the ESC MAY reject the publication with a response of 423 (Interval Too Brief), and skip the remaining steps. This response MUST contain a Min-Expires header field that states the minimum expiration interval the ESC is willing to honor.',
      },
    ],
  },
  {
    id: '503-no-dns-results',
    date: '2026-12-04',
    title: { en: '503: transport failures, and no "No DNS results" phrase', ja: '503：トランスポート障害と、根拠のなかった「No DNS results」' },
    pages: [{ code: 503 }],
    wrong: {
      en: 'A scenario gave "503 No DNS results" as a reason phrase some stacks use and counted an unresolvable host name among the transport failures reported as 503; no stack source we read uses that phrase, and pjsip reports a failed resolution as 502.',
      ja: '「503 No DNS results」というリーズンフレーズを使うスタックがあるとし、名前解決の失敗も 503 として報告されるトランスポート障害に含めていた。読んだスタックのソースにこのフレーズはなく、pjsip は名前解決の失敗を 502 として報告する。',
    },
    now: {
      en: 'A refused TCP or TLS connection is a fatal transport error that the stack must treat as 503 (RFC 3261 §8.1.3.1); how a failed DNS lookup is reported differs between stacks (pjsip: 502).',
      ja: 'TCP や TLS の接続拒否は致命的なトランスポートエラーであり、スタックは 503 として扱わなければならない（RFC 3261 §8.1.3.1）。名前解決の失敗をどう報告するかはスタックによって異なる（pjsip は 502）。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.1.3.1',
        quote:
          'If a fatal transport error is reported by the transport layer (generally, due to fatal ICMP errors in UDP or connection failures in TCP), the condition MUST be treated as a 503 (Service Unavailable) status code.',
      },
    ],
  },
  {
    id: '430-flow-failed',
    date: '2026-12-04',
    title: { en: '430: when the edge proxy sends it, and what follows', ja: '430：エッジプロキシが返す条件と、その後の応答' },
    pages: [{ code: 430 }],
    wrong: {
      en: 'The edge proxy was said to answer 430 when the connection "has closed or its keepalives have stopped" (the keepalives are the UA\'s; the edge proxy does not track them), and the authoritative proxy\'s own final response was "typically" 480, without a source.',
      ja: 'エッジプロキシは接続が閉じたり「キープアライブが途絶えていたりすると」430 を返すとし（キープアライブは UA 側のもので、エッジプロキシはそれを追っていない）、権威プロキシ自身の最終応答を出典なしに「典型的には」480 としていた。',
    },
    now: {
      en: 'If the flow the token names no longer exists, the edge proxy SHOULD answer 430 (RFC 5626 §5.3.1); when no flow is left, the authoritative proxy\'s target set is empty and RFC 3261 §16.5 makes its answer 480.',
      ja: 'トークンが示すフローがもう存在しなければ、エッジプロキシは 430 を返すべきである（SHOULD、RFC 5626 §5.3.1）。残るフローがなければターゲットセットが空になり、RFC 3261 §16.5 に従って権威プロキシは 480 を返す。',
    },
    sources: [
      { ref: 'RFC5626 §5.3.1', quote: 'If the flow no longer exists, the proxy SHOULD send a 430 (Flow Failed) response to the request.' },
      {
        ref: 'RFC3261 §16.5',
        quote: 'If the target set remains empty after applying all of the above, the proxy MUST return an error response, which SHOULD be the 480 (Temporarily Unavailable) response.',
      },
    ],
  },
  {
    id: '439-outbound-option-tag',
    date: '2026-12-04',
    title: { en: '439 needs both reg-id and the outbound option tag', ja: '439 には reg-id と outbound オプションタグの両方が必要' },
    pages: [{ code: 439 }],
    wrong: {
      en: 'The page said reg-id and +sip.instance alone ask for Outbound and draw 439, left out the outbound option tag the rule requires, described an IMS case from unread 3GPP text, and cited RFC 5626 §11.5 (the registration of 430) among its sources.',
      ja: 'reg-id と +sip.instance だけで Outbound を求めたことになり 439 の対象になるとし、規則が求める outbound オプションタグに触れず、読んでいない 3GPP の IMS の例を挙げ、出典に 430 の登録である RFC 5626 §11.5 を挙げていた。',
    },
    now: {
      en: 'The registrar answers 439 only when the REGISTER came through a proxy whose Path lacks "ob" (or with no Path) and carries both a reg-id and the outbound option tag in Supported; with a reg-id alone it ignores the reg-id. Supported was added to the Headers block, the scenario names the roles RFC 5626 defines, and the registration of 439 is cited as RFC 5626 §11.6.',
      ja: 'レジストラが 439 を返すのは、REGISTER が Path のない、または最初の Path URI に「ob」のないプロキシ経由で届き、かつ reg-id と Supported の outbound オプションタグの両方がある場合だけである。reg-id だけなら reg-id を無視する。ヘッダ欄に Supported を加え、シナリオは RFC 5626 が定める役割で書き直し、439 の登録の出典は RFC 5626 §11.6 とした。',
    },
    sources: [
      {
        ref: 'RFC5626 §6',
        quote:
          'if the REGISTER request contains the reg-id and the outbound option tag in a Supported header field, then the registrar MUST respond to the REGISTER request with a 439 (First Hop Lacks Outbound Support) response; otherwise, the registrar MUST ignore the "reg-id" parameter of the Contact header.',
      },
    ],
  },
  {
    id: '425-alert-present-but-unusable',
    date: '2026-12-04',
    title: { en: '425 answers an alert that is there but unusable, never a missing one', ja: '425 は、あるが使えない警報への応答であり、警報がない場合には使わない' },
    pages: [{ code: 425 }],
    wrong: {
      en: 'The page said 425 answers an alert that is "missing", gave example devices RFC 8876 does not name, left out that 425 MUST NOT answer a request with no alert, and pointed to a CAP profile "the emergency authority publishes" and CAP elements the RFC does not require.',
      ja: '警報が「欠落している」場合に 425 を返すとし、RFC 8876 にない機器の例を挙げ、警報を含まないリクエストに 425 を返してはならないことに触れず、「緊急機関が公開するプロファイル」や、RFC が求めていない CAP の項目を示していた。',
    },
    now: {
      en: '425 is for an alert that is present, in the body or by reference, but cannot be found, is corrupted or cannot be used; it MUST NOT answer a request that lacks an alert (RFC 8876 §5.1). A recipient may instead accept with AlertMsg-Error in a 200, and one that does not process alerts SHOULD answer 500 (RFC 8876 §5.2).',
      ja: '425 は、警報がボディまたは参照で示されているが、見つからない、壊れている、使えない場合のものであり、警報を含まないリクエストに返してはならない（RFC 8876 §5.1）。受信側は AlertMsg-Error 付きの 200 で受け付けることもでき、警報を処理しない場合は 500 を返すべきである（RFC 8876 §5.2）。',
    },
    sources: [
      {
        ref: 'RFC8876 §5.1',
        quote: 'A 425 response code MUST NOT be sent in response to a request that lacks an alert message (i.e., CAP data), as the user agent in that case may not support this extension.',
      },
      { ref: 'RFC8876 §5.2', quote: 'if an entity cannot or chooses not to process the alert message from a SIP request, a 500 (Server Internal Error) SHOULD be used' },
    ],
  },
  {
    id: '555-subsection-references',
    date: '2026-12-04',
    title: { en: '555: two rules cited from the right subsections', ja: '555：二つの規則の出典を正しい小節にした' },
    pages: [{ code: 555 }],
    wrong: {
      en: 'Two statements cited RFC 8599 §4.1, a section heading, for rules that are in its subsections: the query REGISTER with an empty pn-provider, and "the client must not count on push" without a matching sip.pns.',
      ja: '空の pn-provider による問い合わせの規則と、sip.pns がなければプッシュを当てにしてはならないという規則の出典を、小節ではなく見出しだけの RFC 8599 §4.1 としていた。',
    },
    now: {
      en: 'The query rules are cited from RFC 8599 §4.1.5 and the "must not assume" rule from RFC 8599 §4.1.1; the statements themselves are unchanged.',
      ja: '問い合わせの規則の出典を RFC 8599 §4.1.5、「当てにしてはならない」規則の出典を RFC 8599 §4.1.1 とした。記述の内容は変わらない。',
    },
    sources: [
      {
        ref: 'RFC8599 §4.1.1',
        quote:
          'If the UA receives a non-2xx response to the REGISTER, or if the UA receives a 2xx response that does not contain a Feature-Caps header field [RFC6809] with a \'sip.pns\' feature-capability indicator, the UA MUST NOT assume the proxy will request that push notifications are sent to the UA.',
      },
      {
        ref: 'RFC8599 §4.1.5',
        quote:
          'If the UA did not insert a \'pn-provider\' parameter in the REGISTER request, the response indicates that the network does not support any type of PNS while still supporting the 555 (Push Notification Service Not Supported) response.',
      },
    ],
  },
  {
    id: '580-preconditions-rfc-3312',
    date: '2026-12-04',
    title: { en: '580: what RFC 3312 requires, and only what we read of 3GPP', ja: '580：RFC 3312 が求めることと、読んだ範囲の 3GPP の記述' },
    pages: [{ code: 580 }],
    wrong: {
      en: 'The page stated as fact that IMS voice "runs almost every call with QoS preconditions" and that a failed dedicated bearer ends the INVITE with 580 "(the procedures of 3GPP TS 24.229)", named 3GPP policy servers in scenarios and fixes, and said the a=des and a=curr lines show the failed precondition.',
      ja: 'IMS の音声では「ほぼすべての呼に QoS プリコンディションが使われ」、専用ベアラを確立できないと 580 で終わる（3GPP TS 24.229 の手順）と事実として書き、シナリオや対処に 3GPP のポリシーサーバを挙げ、a=des と a=curr の行で失敗したプリコンディションがわかるとしていた。',
    },
    now: {
      en: 'A UAS that cannot or will not meet the preconditions SHOULD answer 580, with an SDP whose a=des line marks the failed precondition with the strength "failure" (RFC 3312 §8). Of 3GPP, only what was read is stated: TS 24.229 clause 5.1.4.1 (version 18.4.0) says the terminating UE should support preconditions.',
      ja: 'プリコンディションを満たせない、または満たすつもりのない UAS は 580 を返すべきであり、失敗したプリコンディションは SDP の a=des 行で強度「failure」として示す（RFC 3312 §8）。3GPP については読んだ範囲だけを書き、TS 24.229 の 5.1.4.1 節（バージョン 18.4.0）が着信側 UE にプリコンディションへの対応を求めていることのみとした。',
    },
    sources: [
      {
        ref: 'RFC3312 §8',
        quote:
          'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.',
      },
    ],
  },
  {
    id: '422-also-seen-phrase',
    date: '2026-12-04',
    title: { en: '422: who writes "Session Timer Too Small"', ja: '422：「Session Timer Too Small」を使うのは誰か' },
    pages: [{ code: 422 }],
    wrong: {
      en: 'The "also seen" phrase "Session Timer Too Small" was attributed to pjsip and to sofia-sip and FreeSWITCH because of their constant names, although both send the registered phrase; a scenario named Kamailio\'s session timer module without a source.',
      ja: '「Session Timer Too Small」を、定数名を根拠に pjsip と sofia-sip・FreeSWITCH の表記としていたが、両者が送るのは登録済みのリーズンフレーズである。シナリオでは出典なしに Kamailio のセッションタイマモジュールを挙げていた。',
    },
    now: {
      en: 'pjsip and sofia-sip print "Session Interval Too Small"; the other phrase appears in OpenSIPS\'s sst module documentation and sofia-sip\'s NUTAG_SESSION_TIMER documentation. The scenario now names OpenSIPS\'s sst module, which answers 422 with its own Min-SE (RFC 4028 §5 for the Min-SE rule).',
      ja: 'pjsip と sofia-sip が送るのは「Session Interval Too Small」である。もう一方の表記は、OpenSIPS の sst モジュールと sofia-sip の NUTAG_SESSION_TIMER の説明にある。シナリオは、自らの Min-SE を付けた 422 を返す OpenSIPS の sst モジュールに改めた（Min-SE の規則は RFC 4028 §5）。',
    },
    sources: [
      { url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/src/pjsip/sip_msg.c#L210', name: 'pjproject, pjsip/src/pjsip/sip_msg.c, line 210', quote: 'Session Interval Too Small' },
      { url: 'https://github.com/freeswitch/sofia-sip/blob/7333682a297f28130ff46d5ef0f9e2f72adca0e8/libsofia-sip-ua/sip/sip_status.c#L77', name: 'sofia-sip, libsofia-sip-ua/sip/sip_status.c, line 77', quote: 'Session Interval Too Small' },
    ],
  },
  {
    id: '481-500-503-unsourced-practice',
    date: '2026-12-04',
    title: { en: '481, 500, 503: practice claims replaced by what the sources show', ja: '481・500・503：出典のない慣行の記述を、出典が示す内容に改めた' },
    pages: [{ code: 481 }, { code: 500 }, { code: 503 }],
    wrong: {
      en: '481 said "many stacks and Kamailio scripts still send" the RFC 2543 phrase; 500 said "Internal Server Error" is used "by Wikipedia"; 503 said "a Kamailio or OpenSIPS dispatcher" answers 503 when all gateways are down. None had a source we could read.',
      ja: '481 では「今も多くのスタックや Kamailio のスクリプトが」旧フレーズを送る、500 では Wikipedia がこの表記を使う、503 では Kamailio や OpenSIPS のディスパッチャが 503 を返す、と出典なしに書いていた。',
    },
    now: {
      en: '481: RFC 3261 itself still uses the old phrase in §9.2, while the status tables of pjsip, sofia-sip, Kamailio, OpenSIPS and Wireshark use the registered one. 500: sofia-sip prints "Internal Server Error". 503: a load-balancing proxy configured to answer 503 when all gateways are down, with no product named.',
      ja: '481：RFC 3261 自体が §9.2 で旧フレーズを使っており、pjsip・sofia-sip・Kamailio・OpenSIPS・Wireshark のステータス表は登録済みのフレーズを使う。500：sofia-sip が「Internal Server Error」を出す。503：製品名を挙げず、全ゲートウェイがダウンしたときに 503 を返すよう設定した負荷分散プロキシとした。',
    },
    sources: [
      {
        ref: 'RFC3261 §9.2',
        quote: 'If the UAS did not find a matching transaction for the CANCEL according to the procedure above, it SHOULD respond to the CANCEL with a 481 (Call Leg/Transaction Does Not Exist).',
      },
      { url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/core/error.c#L201', name: 'Kamailio, src/core/error.c, line 201', quote: 'Call/Transaction Does Not Exist' },
      { url: 'https://github.com/freeswitch/sofia-sip/blob/7333682a297f28130ff46d5ef0f9e2f72adca0e8/libsofia-sip-ua/sip/sip_status.c#L101', name: 'sofia-sip, libsofia-sip-ua/sip/sip_status.c, line 101', quote: 'Internal Server Error' },
    ],
  },
  {
    id: '478-kamailio-not-opensips',
    date: '2026-12-04',
    title: { en: '478 comes from Kamailio; OpenSIPS sends 476', ja: '478 は Kamailio のもので、OpenSIPS は 476 を送る' },
    pages: [{ unregistered: '478' }],
    wrong: {
      en: 'The page said "Kamailio inherited the code from SER, as did OpenSIPS".',
      ja: '「同じく SER から派生した OpenSIPS にもある」としていた。',
    },
    now: {
      en: 'OpenSIPS renumbered the same error to 476 in 2007, so it sends "476 Unresolvable destination (476/SL)"; 478 comes from Kamailio.',
      ja: 'OpenSIPS は 2007 年に同じエラーを 476 に番号変更しており、`476 Unresolvable destination (476/SL)` を送る。478 は Kamailio のものである。',
    },
    sources: [
      { url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/core/error.c#L57-L59', name: 'Kamailio, src/core/error.c, lines 57–59', quote: 'Unresolvable destination (478/SL)' },
      { url: 'https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c#L66-L68', name: 'OpenSIPS, error.c, lines 66–68', quote: 'Unresolvable destination (476/SL)' },
    ],
  },
  {
    id: '404-unsourced-practice',
    date: '2026-12-04',
    title: { en: '404: three practice claims replaced by RFC rules', ja: '404：出典のない三つの慣行の記述を RFC の規則に改めた' },
    pages: [{ code: 404 }],
    wrong: {
      en: 'Three practice claims had no source: Retry-After is "rarely seen on a 404", "many PBXs and carriers also answer 404 for accounts that are misconfigured", and gateways "commonly" map cause 1 to 404.',
      ja: '出典のない慣行として、404 に Retry-After が付くのは「まれ」、「多くの PBX や事業者は設定を誤ったアカウントにも 404 を返す」、ゲートウェイは理由表示 1 と 404 を「相互に変換するのが一般的」と書いていた。',
    },
    now: {
      en: 'Retry-After is optional on 404 (RFC 3261 header table); a 404 to REGISTER points at the domain or the user name, because the registrar sends it when the address-of-record is not valid for the domain of the Request-URI (RFC 3261 §10.3); RFC 3398 maps cause 1 to 404 and 404 to cause 1.',
      ja: '404 の Retry-After は任意である（RFC 3261 のヘッダ表）。REGISTER への 404 は、AoR が Request-URI のドメインで有効でないときにレジストラが返すので（RFC 3261 §10.3）、ドメインかユーザ名の問題を示す。RFC 3398 は理由表示 1 を 404 に、404 を理由表示 1 に対応付けている。',
    },
    sources: [
      {
        ref: 'RFC3261 §10.3',
        quote: 'If the address-of-record is not valid for the domain in the Request-URI, the registrar MUST send a 404 (Not Found) response and skip the remaining steps.',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: '1 unallocated number 404 Not Found' },
      { ref: 'RFC3398 §8.2.6.1', quote: '404 Not found 1 Unallocated number' },
    ],
  },
  {
    id: '482-rfc-5393-loop-detection',
    date: '2026-12-04',
    title: { en: '482: RFC 5393 replaced RFC 3261\'s loop check', ja: '482：RFC 3261 のループ検査は RFC 5393 が置き換えた' },
    pages: [{ code: 482 }],
    wrong: {
      en: 'The page gave only RFC 3261\'s rule (on a loop the proxy MAY answer 482) and its branch comparison, although RFC 5393 replaced that item.',
      ja: 'RFC 3261 の規則（ループを検出したら 482 を返してよい）と branch の比較だけを示し、その項目を置き換えた RFC 5393 に触れていなかった。',
    },
    now: {
      en: 'RFC 5393 requires a forking proxy to make sure the request is not looping, recommends its corrected check, and makes 482 a MUST once that check finds a loop (RFC 5393 §4.1, §4.2.2).',
      ja: 'RFC 5393 は、フォーキングするプロキシにループしていないことの確認を義務付け、修正した検査を推奨し、検査でループが見つかれば 482 で拒否しなければならないとしている（RFC 5393 §4.1、§4.2.2）。',
    },
    sources: [
      { ref: 'RFC5393 §4.1', quote: 'When a SIP proxy forks a particular request to more than one location, it MUST ensure that request is not looping through this proxy.' },
      {
        ref: 'RFC5393 §4.2.2',
        quote: 'This section replaces all of item 4 in Section 16.3 of RFC 3261 … If these values are equal, the request has looped and the proxy MUST reject the request with a 482 (Loop Detected) response.',
      },
    ],
  },
  {
    id: '504-gateway-time-out-phrase',
    date: '2026-12-04',
    title: { en: '504: "Gateway Time-out" is sofia-sip\'s phrase', ja: '504：「Gateway Time-out」は sofia-sip の表記' },
    pages: [{ code: 504 }],
    wrong: {
      en: 'The "also seen" phrase "Gateway Time-out" was attributed to unnamed "stacks and tools that reuse HTTP status tables".',
      ja: '「Gateway Time-out」の出所を、名前を挙げずに「HTTP のステータス表を流用したスタックやツール」としていた。',
    },
    now: { en: 'sofia-sip, and so FreeSWITCH, prints "Gateway Time-out" for 504.', ja: '504 に「Gateway Time-out」を付けるのは sofia-sip であり、したがって FreeSWITCH である。' },
    sources: [{ url: 'https://github.com/freeswitch/sofia-sip/blob/7333682a297f28130ff46d5ef0f9e2f72adca0e8/libsofia-sip-ua/sip/sip_status.c#L105', name: 'sofia-sip, libsofia-sip-ua/sip/sip_status.c, line 105', quote: 'Gateway Time-out' }],
  },
  {
    id: '486-reject-button',
    date: '2026-12-04',
    title: { en: '486: a reject button\'s code is a device setting', ja: '486：拒否ボタンが送るコードは端末の設定による' },
    pages: [{ code: 486 }],
    wrong: {
      en: 'A scenario said a softphone answers 486 to a reject button "like most handsets", a practice claim with no source.',
      ja: 'シナリオで、拒否ボタンに 486 を返すのは「多くの端末と同じ」としていたが、出典のない慣行の記述だった。',
    },
    now: {
      en: 'The scenario describes a softphone set to answer 486; which code a reject button sends is a device setting, and RFC 3261 §13.3.1.3 asks for 486 when the callee will not take the call at this end system.',
      ja: '486 を返すよう設定したソフトフォンの場面に書き直した。拒否ボタンがどのコードを送るかは端末の設定であり、RFC 3261 §13.3.1.3 はこの端末で呼を受けない場合に 486 を求めている。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A common scenario occurs when the callee is currently not willing or able to take additional calls at this end system. A 486 (Busy Here) SHOULD be returned in such a scenario.',
      },
    ],
  },
  {
    id: '405-usage-not-dialog',
    date: '2026-12-04',
    title: { en: '405 inside a dialog, Allow in a 2xx, proxies and methods', ja: 'ダイアログ内の 405、2xx の Allow、プロキシとメソッド' },
    pages: [{ code: 405 }],
    wrong: {
      en: 'The page said RFC 3261 §12.2.1.2 ends a dialog after a 481, a 408 or a timeout "and not after other failures" (the section says no such thing), that "many user agents include" Allow in their 200 to INVITE (no source), and cited RFC 3261 §16.3 for the rule that proxies forward any method.',
      ja: 'RFC 3261 §12.2.1.2 で UAC がダイアログを終了させるのは 481、408、タイムアウトの場合「だけ」と限定していた（同節にそのような限定はない）。「多くの UA は INVITE への 200 に Allow を入れている」にも出典がなく、プロキシがどのメソッドも転送するという規則の出典を RFC 3261 §16.3 としていた。',
    },
    now: {
      en: 'RFC 5057 §5.1 classes 405 as affecting at most the usage, and only the transaction when the request was not integral to a usage, so a refused REFER leaves the call up; a 2xx to INVITE SHOULD carry Allow (RFC 3261 §13.3.1.4); proxies forward all requests regardless of method (RFC 3261 §21.5.2).',
      ja: 'RFC 5057 §5.1 は 405 を、影響が用途までにとどまり、用途に不可欠でないリクエストならトランザクションだけにとどまる応答に分類しているので、拒否された REFER で通話は終わらない。INVITE への 2xx には Allow を入れるべきである（RFC 3261 §13.3.1.4）。プロキシはメソッドにかかわらずすべてのリクエストを転送する（RFC 3261 §21.5.2）。',
    },
    sources: [
      {
        ref: 'RFC5057 §5.1',
        quote:
          'In general, these errors will affect at most the usage. If the request was not integral to the usage (it used an unknown method, or was an INFO inside an INVITE usage, for example), only the transaction will be affected.',
      },
      { ref: 'RFC3261 §13.3.1.4', quote: 'A 2xx response to an INVITE SHOULD contain the Allow header field and the Supported header field' },
      { ref: 'RFC3261 §21.5.2', quote: '(Proxies forward all requests regardless of method.)' },
    ],
  },

  {
    id: 'facts-408-failover',
    date: '2026-12-04',
    title: { en: '408 facts and comparisons: failover after your own timeout', ja: '408 の概要表と比較：自分のタイムアウト後のフェイルオーバー' },
    pages: withComparisons(408),
    wrong: {
      en: 'The facts table said "Fail over to another server? No", comparisons said 408 "is an answer that another server would most likely repeat", and the retry clause told readers to honour a Retry-After that 408 does not define.',
      ja: '概要表は「別のサーバへフェイルオーバーするか：しない」とし、比較ページは 408 を「別のサーバでもおそらく同じ答えになる」応答としていた。再試行の説明は、408 には定義のない Retry-After に従うよう求めていた。',
    },
    now: {
      en: 'A 408 that the client\'s own stack reports because Timer B or F fired with no response is a reason to try the next server (RFC 3263 §4.3); a 408 received from a server is not. The retry clause no longer mentions Retry-After. The dataset carries the same values.',
      ja: '応答のないままタイマ B／F が満了し、自分のスタックが報告する 408 は、次のサーバを試す理由になる（RFC 3263 §4.3）。サーバから受信した 408 はそうではない。再試行の説明から Retry-After を外した。データセットも同じ値になった。',
    },
    sources: [
      { ref: 'RFC3263 §4.3', quote: 'Failure also occurs if the transaction layer times out without ever having received any response, provisional or final (i.e., timer B or timer F in RFC 3261 [1] fires).' },
      { ref: 'RFC3261 §8.1.3.1', quote: 'treated as if a 408 (Request Timeout) status code has been received' },
    ],
  },
  {
    id: 'facts-603-methods',
    date: '2026-12-04',
    title: { en: '603 answers more than INVITE', ja: '603 は INVITE 以外にも返される' },
    pages: withComparisons(603),
    wrong: { en: 'The facts table said "Requests it answers: INVITE", and comparisons said "603 concerns INVITE only".', ja: '概要表は「対象のリクエスト：INVITE」とし、比較ページは「603 の対象は INVITE だけ」としていた。' },
    now: {
      en: 'Not restricted to a method: RFC 3261 §21.6.2 names none, and RFC 6665 §4.2.1.3 has a notifier answer a SUBSCRIBE with 603.',
      ja: 'メソッドは限定されない。RFC 3261 §21.6.2 はメソッドを挙げておらず、RFC 6665 §4.2.1.3 ではノーティファイアが SUBSCRIBE に 603 を返す。',
    },
    sources: [{ ref: 'RFC6665 §4.2.1.3', quote: 'the notifier SHOULD reply to the request with a 403 (Forbidden) or 603 (Decline) response' }],
  },
  {
    id: 'facts-607-608-methods',
    date: '2026-12-04',
    title: { en: '607 and 608 answer any out-of-dialog request', ja: '607・608 はダイアログ外のどのリクエストにも返される' },
    pages: withComparisons(607, 608),
    wrong: {
      en: 'The facts tables said "Requests it answers: INVITE, MESSAGE, SUBSCRIBE", and comparisons said "607 concerns INVITE, MESSAGE and SUBSCRIBE only".',
      ja: '概要表は「対象のリクエスト：INVITE・MESSAGE・SUBSCRIBE」とし、比較ページは「607 の対象は INVITE・MESSAGE・SUBSCRIBE だけ」としていた。',
    },
    now: {
      en: 'Not restricted: both RFCs name INVITE, MESSAGE and SUBSCRIBE among out-of-dialog requests (RFC 8197 §4, RFC 8688 §3.1).',
      ja: 'メソッドは限定されない。どちらの RFC も、INVITE・MESSAGE・SUBSCRIBE はダイアログ外のリクエストの例として挙げている（RFC 8197 §4、RFC 8688 §3.1）。',
    },
    sources: [
      { ref: 'RFC8197 §4', quote: 'The response code 607 MAY be used in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP request' },
      { ref: 'RFC8688 §3.1', quote: 'An intermediary MAY issue the 608 response code in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP [RFC3261] request' },
    ],
  },
  {
    id: 'facts-any-method-484-480-stir',
    date: '2026-12-04',
    title: { en: '428, 436-438, 480, 484 answer any request method', ja: '428・436～438・480・484 はどのメソッドにも返される' },
    pages: withComparisons(428, 436, 437, 438, 480, 484),
    wrong: {
      en: 'The facts tables listed only INVITE (428, 436-438, 484) or INVITE, MESSAGE, SUBSCRIBE and OPTIONS (480), and comparisons read the list as "only" ("484 concerns INVITE only").',
      ja: '概要表は対象のリクエストを INVITE だけ（428・436～438・484）、または INVITE・MESSAGE・SUBSCRIBE・OPTIONS（480）とし、比較ページはそれを「だけ」と読み替えていた（「484 の対象は INVITE だけ」）。',
    },
    now: {
      en: 'Any request method: RFC 3261 §21.4.22 names no method for 484, a proxy answers 480 to any request whose target set is empty (RFC 3261 §16.5), and the Identity header field may appear in any request (RFC 8224 §6.2).',
      ja: 'どのメソッドにも返される。RFC 3261 §21.4.22 は 484 にメソッドを挙げておらず、プロキシはターゲットセットが空になったどのリクエストにも 480 を返し（RFC 3261 §16.5）、Identity ヘッダはどのリクエストにも入りうる（RFC 8224 §6.2）。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.22', quote: 'The server received a request with a Request-URI that was incomplete.' },
      { ref: 'RFC3261 §16.5', quote: 'the proxy MUST return an error response, which SHOULD be the 480 (Temporarily Unavailable) response.' },
      { ref: 'RFC8224 §6.2', quote: 'A SIP request may contain zero, one, or more Identity header fields.' },
    ],
  },
  {
    id: 'facts-methods-only-where-restricted',
    date: '2026-12-04',
    title: { en: '"Requests it answers" lists methods only where an RFC restricts them', ja: '「対象のリクエスト」は RFC が限定する場合だけメソッドを挙げる' },
    pages: withComparisons(202, 380, 401, 407, 412, 420, 421, 422, 423, 424, 425, 429, 430, 433, 440, 470, 481, 485, 486, 487, 488, 489, 491, 493, 494, 501, 580, 600, 606),
    wrong: {
      en: '"Requests it answers" listed the methods each code is typically seen with, and comparisons turned the list into "X concerns … only" or "never answer the same request".',
      ja: '「対象のリクエスト」に、そのコードがよく返されるメソッドを挙げていた。比較ページはそれを「X の対象は…だけ」「同じリクエストに返されることはない」と言い換えていた。',
    },
    now: {
      en: 'A list appears only where an RFC restricts the code (180, 181, 182, 183 and 199 to INVITE, 204 to SUBSCRIBE, 439 and 555 to REGISTER, 469 to INFO). For the codes here the field says "any", with the methods the RFC sections name.',
      ja: 'メソッドを挙げるのは RFC がコードを限定している場合だけとした（180・181・182・183・199 は INVITE、204 は SUBSCRIBE、439 と 555 は REGISTER、469 は INFO）。ここに挙げたコードでは「すべてのメソッド」とし、RFC の各節が挙げるメソッドを併記した。',
    },
    sources: [
      { ref: 'RFC4320 §4.1', quote: 'An SIP element MUST NOT send any provisional response with a Status-Code other than 100 to a non-INVITE request.' },
      { ref: 'RFC5839 §7.1', quote: 'It is valid only in response to a SUBSCRIBE message sent within an established dialog' },
      { ref: 'RFC8599 §8.1', quote: 'The use of the SIP 555 response code is only defined for SIP REGISTER responses' },
    ],
  },
  {
    id: 'facts-181-sender',
    date: '2026-12-04',
    title: { en: '181 comes from a user agent server, not from a proxy as such', ja: '181 を送るのは UAS であり、プロキシとしてのプロキシではない' },
    pages: withComparisons(181),
    wrong: { en: 'The facts table said "Typically sent by: User agent server, Proxy".', ja: '概要表は「主な送信元：UAS、プロキシ」としていた。' },
    now: {
      en: 'A user agent server, such as a B2BUA or a UAS co-located with the proxy; a proxy acting as a proxy does not send 181.',
      ja: 'B2BUA やプロキシと同居する UAS など、UAS が送る。プロキシとして動作するプロキシは 181 を送らない。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'Since a proxy may not insert a tag into the To header field of a 1xx response to a request that did not contain one, it cannot issue non-100 provisional responses on its own.' },
    ],
  },
  {
    id: 'facts-470-sender',
    date: '2026-12-04',
    title: { en: '470 comes from a relay, which may be a proxy', ja: '470 を送るのはリレーであり、プロキシの場合もある' },
    pages: withComparisons(470),
    wrong: { en: 'The facts table named only the user agent server as sender.', ja: '概要表は送信元を UAS だけとしていた。' },
    now: { en: 'A relay, which may be a proxy or a B2BUA: proxy and user agent server.', ja: 'リレーが送る。リレーはプロキシでも B2BUA でもよいので、送信元はプロキシと UAS とした。' },
    sources: [
      { ref: 'RFC5360 §2', quote: 'Relay: Any SIP server, be it a proxy, B2BUA (Back-to-Back User Agent), or some hybrid' },
      { ref: 'RFC5360 §5.9.1', quote: 'A relay that receives a request-contained URI list with a URI for which the relay has no permissions SHOULD return a 470 (Consent Needed) response.' },
    ],
  },
  {
    id: 'facts-305-retry',
    date: '2026-12-04',
    title: { en: '305: repeat the request through the proxy, not to it', ja: '305：リクエストはプロキシ宛てではなく、プロキシ経由で繰り返す' },
    pages: withComparisons(305),
    wrong: {
      en: 'The facts table said "Resend to the Contact addresses given", and comparisons said "send the request to the Contact addresses the response lists", which is 3xx retargeting.',
      ja: '概要表は「Contact の宛先へ再試行」とし、比較ページも「応答に示された Contact の宛先へリクエストを送る」としていた。これは 3xx による宛先変更の説明である。',
    },
    now: { en: 'Repeat this same request through the proxy named in Contact; the Request-URI stays as it was.', ja: '同じリクエストを、Contact に示されたプロキシ経由で繰り返す。Request-URI は変えない。' },
    sources: [
      {
        ref: 'RFC3261 §21.3.4',
        quote: 'The requested resource MUST be accessed through the proxy given by the Contact field. The Contact field gives the URI of the proxy. The recipient is expected to repeat this single request via the proxy.',
      },
    ],
  },
  {
    id: 'facts-600-603-retry',
    date: '2026-12-04',
    title: { en: '600 and 603: no retry unless Retry-After says when', ja: '600・603：Retry-After が時期を示さない限り再試行しない' },
    pages: withComparisons(600, 603),
    wrong: {
      en: 'The facts tables said "Retry: Resend later", and comparisons said "After 603: the same request may succeed later".',
      ja: '概要表は「時間をおいて再試行」とし、比較ページは「603 の後は、同じリクエストが後で成功しうる」としていた。',
    },
    now: { en: 'Do not retry unless a Retry-After header field says when.', ja: 'Retry-After ヘッダが時期を示さない限り、再試行しない。' },
    sources: [
      {
        ref: 'RFC3261 §21.6.2',
        quote: 'The response MAY indicate a better time to call in the Retry-After header field. This status response is returned only if the client knows that no other end point will answer the request.',
      },
    ],
  },
  {
    id: 'facts-503-not-forwarded',
    date: '2026-12-04',
    title: { en: '503 is not passed upstream by a proxy', ja: 'プロキシは 503 を上流へ渡さない' },
    pages: withComparisons(503),
    wrong: { en: 'Comparisons said "503 travels back to the client".', ja: '比較ページは「503 はクライアントまで戻る」としていた。' },
    now: {
      en: 'A proxy SHOULD NOT forward a 503 upstream; when it is the only response, the proxy sends 500 instead (RFC 3261 §16.7).',
      ja: 'プロキシは 503 を上流へ転送すべきではなく、それが唯一の応答なら代わりに 500 を送る（RFC 3261 §16.7）。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.' },
    ],
  },
  {
    id: 'facts-2xx-scope',
    date: '2026-12-04',
    title: { en: 'A 2xx ends the other branches', ja: '2xx は他のブランチを終わらせる' },
    pages: withComparisons(200, 202, 204),
    wrong: {
      en: 'The scope of the 2xx codes was "This server or user agent only", and comparisons said "200 speaks only for the server that sent it, so other branches or targets may still succeed".',
      ja: '2xx の適用範囲を「このサーバまたは UA に限る」とし、比較ページは「200 は送信したサーバだけの答えであり、他のブランチや宛先はまだ成功しうる」としていた。',
    },
    now: { en: 'A proxy forwards a 2xx at once and cancels its other pending branches.', ja: 'プロキシは 2xx をただちに転送し、応答待ちの他のブランチをキャンセルする。' },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'If the forwarded response was a final response, the proxy MUST generate a CANCEL request for all pending client transactions associated with this response context.',
      },
    ],
  },
  {
    id: 'facts-scope-best-response',
    date: '2026-12-04',
    title: { en: 'Scope of 3xx-5xx: a forking proxy picks the best response', ja: '3xx～5xx の適用範囲：フォーキングプロキシは最良の応答を選ぶ' },
    pages: withComparisons(300, 301, 302, 305, 380, 400, 401, 402, 403, 404, 405, 406, 407, 408, 410, 412, 413, 414, 415, 416, 417, 420, 421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437, 438, 439, 440, 469, 470, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 493, 494, 500, 501, 502, 504, 505, 513, 555, 580),
    wrong: {
      en: 'Comparisons against a 6xx said, for example, "484 speaks only for the server that sent it, so other branches or targets may still succeed", which on 484 contradicted its advice to send more digits rather than try another route.',
      ja: '6xx との比較ページで、たとえば「484 は送信したサーバだけの答えであり、他のブランチや宛先はまだ成功しうる」としていた。484 については、別の経路ではなく桁を補って送り直すという助言と矛盾していた。',
    },
    now: {
      en: 'The scope says what a proxy does: a forking proxy weighs the response against the answers of its other branches and forwards the best final response, with no claim that another target will succeed.',
      ja: '適用範囲の説明は、プロキシの動作だけを示すようにした。フォーキングプロキシはこの応答を他のブランチの応答と比べ、最良の最終応答を転送する。別の宛先なら成功するとは書かない。',
    },
    sources: [{ ref: 'RFC3261 §16.7', quote: 'The stateful proxy MUST choose the "best" final response among those received and stored in the response context.' }],
  },
  {
    id: 'facts-1xx-2xx-no-retry',
    date: '2026-12-04',
    title: { en: 'No retry or failover statements for 1xx and 2xx', ja: '1xx・2xx には再試行やフェイルオーバーの記述をしない' },
    pages: withComparisons(100, 180, 181, 182, 183, 199, 200, 202, 204),
    wrong: {
      en: 'Comparisons said "After 100: nothing to retry", "Failover: No" and "100 is not: it is an answer that another server would most likely repeat".',
      ja: '比較ページで「100 の後は、再試行するものはない」「フェイルオーバー：しない」「100 は、別のサーバでもおそらく同じ答えになる」としていた。',
    },
    now: {
      en: 'No retry or failover statement for a 1xx or a 2xx: a 1xx means "wait for the final response" (100 stops INVITE retransmissions on this hop and is never forwarded upstream by a stateful proxy), and a 2xx means the request succeeded.',
      ja: '1xx と 2xx には再試行やフェイルオーバーの記述をしない。1xx は最終応答を待つことを示し（100 はこのホップでの INVITE の再送を止め、ステートフルプロキシが上流へ転送することはない）、2xx はリクエストが成功したことを示す。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.1.1',
        quote:
          'This response, like all other provisional responses, stops retransmissions of an INVITE by a UAC. The 100 (Trying) response is different from other provisional responses, in that it is never forwarded upstream by a stateful proxy.',
      },
    ],
  },
  {
    id: 'facts-430-retry-failover',
    date: '2026-12-04',
    title: { en: '430: the authoritative proxy tries another flow', ja: '430：権威プロキシは別のフローを試す' },
    pages: withComparisons(430),
    wrong: { en: 'The facts table said "Retry: Resend later" and "Fail over to another server? Yes".', ja: '概要表は「時間をおいて再試行」「別のサーバへフェイルオーバーするか：する」としていた。' },
    now: {
      en: 'The authoritative proxy tries another flow to the same instance; an endpoint that receives 430 treats it as 400.',
      ja: '権威プロキシは同じインスタンスへの別のフローを試す。430 を受け取った端末はそれを 400 として扱う。',
    },
    sources: [
      {
        ref: 'RFC5626 §11.5',
        quote: 'The Authoritative Proxy SHOULD attempt to forward to another target (flow) with the same instance-id and AOR. Endpoints should never receive a 430 response.',
      },
    ],
  },
  {
    id: 'facts-401-407-380-retry',
    date: '2026-12-04',
    title: { en: '401, 407, 380: what the client does next', ja: '401・407・380：クライアントが次にすること' },
    pages: withComparisons(401, 407, 380),
    wrong: {
      en: '401 and 407 said only "Retry: Resend only after changing the request" (comparisons of 401 and 421 said "Both behave alike on the wire"); 380 said the same.',
      ja: '401 と 407 は「修正して再試行」とだけ示し（401 と 421 の比較ページは「プロトコル上の振る舞いは似ている」としていた）、380 も同じだった。',
    },
    now: {
      en: '401 and 407: send the request again with credentials for the challenge (RFC 3261 §8.1.3.5). 380: the body describes the alternative services (RFC 3261 §21.3.5).',
      ja: '401・407：チャレンジに応じた認証情報を付けてリクエストを送り直す（RFC 3261 §8.1.3.5）。380：ボディが代替サービスを示す（RFC 3261 §21.3.5）。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.1.3.5',
        quote:
          'If a 401 (Unauthorized) or 407 (Proxy Authentication Required) response is received, the UAC SHOULD follow the authorization procedures of Section 22.2 and Section 22.3 to retry the request with credentials.',
      },
      { ref: 'RFC3261 §21.3.5', quote: 'The alternative services are described in the message body of the response.' },
    ],
  },
  {
    id: 'comparisons-rewritten',
    date: '2026-12-04',
    title: { en: 'Comparison pages: sentences true for every pair', ja: '比較ページ：どの組み合わせにも正しい文' },
    pages: [{ allComparisons: true }],
    wrong: {
      en: '"They come from different places" on pairs whose senders overlap, header lists naming a header twice, leads made of method lists, "Both behave alike on the wire"; in Japanese, lists joined with 「、」, an ASCII space after 「。」, and titles with ASCII spaces between Japanese words and bare glosses.',
      ja: '送信元が重なる組み合わせでも「送信元が異なる」とし、同じヘッダを二度挙げ、リードをメソッドの列挙で始め、「プロトコル上の振る舞いは似ている」としていた。日本語では列挙を「、」でつなぎ、「。」の後に半角スペースを入れ、題では日本語の語の間に半角スペースが入り、訳語を括弧なしで並べていた。',
    },
    now: {
      en: '"Different senders" only when no sender is shared, otherwise the shared and the extra ones; each header once; the lead says what each code means and what the receiving side does next, with the RFC section behind it; in Japanese, 「・」 inside lists, no space after 「。」, and titles such as 「SIP 480（…）と 486（…）の違い」.',
      ja: '送信元が一つも重ならない場合だけ「送信元が異なる」とし、それ以外は共通の送信元と一方だけの送信元を示す。ヘッダは一度だけ挙げる。リードでは、それぞれのコードの意味と受信側が次にすることを、根拠の RFC の節とともに示す。日本語では列挙に「・」を使い、「。」の後にスペースを入れず、題は「SIP 480（…）と 486（…）の違い」の形にした。',
    },
    sources: [{ ref: 'RFC3261 §16.7', quote: 'The stateful proxy MUST choose the "best" final response among those received and stored in the response context.' }],
  },
  {
    id: 'guide-202-vs-412-message',
    date: '2026-12-04',
    title: { en: '202 vs 412 guide: 202 to MESSAGE still means "accepted, not delivered"', ja: '202 と 412 の解説：MESSAGE への 202 は今も「受け付けたが未配信」' },
    pages: [{ compare: [202, 412] }],
    wrong: { en: 'The guide said "a received 202 means exactly the same as 200".', ja: '解説は「受信した 202 は 200 とまったく同じ意味である」としていた。' },
    now: {
      en: 'That holds for SUBSCRIBE, NOTIFY and REFER; a 202 to MESSAGE still means a relay accepted the message, and the UAC MUST NOT assume it was delivered (RFC 3428 §4, §7).',
      ja: 'それは SUBSCRIBE・NOTIFY・REFER の場合である。MESSAGE への 202 は今も中継装置がメッセージを受け付けたことを示し、UAC は配信されたとみなしてはならない（RFC 3428 §4、§7）。',
    },
    sources: [
      { ref: 'RFC3428 §4', quote: 'the UAC MUST NOT assume the message has been delivered to the final destination.' },
      { ref: 'RFC3428 §7', quote: 'SHOULD return a 202 (Accepted) [5] response indicating that the message was accepted, but end to end delivery has not been guaranteed.' },
    ],
  },
  {
    id: 'guide-603-vs-607-feature-capability',
    date: '2026-12-04',
    title: { en: '603 vs 607 guide: what sip.607 says', ja: '603 と 607 の解説：sip.607 が示すこと' },
    pages: [{ compare: [603, 607] }],
    wrong: {
      en: 'The guide said the sip.607 feature-capability indicator "tells a phone whether a spam button has any effect".',
      ja: '解説は、sip.607 のフィーチャーケイパビリティ表示が「迷惑電話ボタンに効果があるかを電話機に知らせる」としていた。',
    },
    now: {
      en: 'sip.607 says the server supports, and will process, the 607 response code; it implies no blocking or other action, and a phone may show a spam button without it (RFC 8197 §4, §5.2).',
      ja: 'sip.607 は、サーバが 607 に対応し、それを処理することを示すだけである。着信拒否などの対応は意味せず、これがなくても電話機が迷惑電話ボタンを表示することはある（RFC 8197 §4、§5.2）。',
    },
    sources: [
      { ref: 'RFC8197 §5.2', quote: 'the server supports, and will process, the 607 (Unwanted) response code' },
      { ref: 'RFC8197 §4', quote: 'The presence of the feature capability does not imply that the provider will take any particular action, such as blocking future calls.' },
    ],
  },
  {
    id: 'guide-408-vs-480-invite-expires',
    date: '2026-12-04',
    title: { en: '408 vs 480 guide: an INVITE with Expires ends with 487', ja: '408 と 480 の解説：Expires 付きの INVITE は 487 で終わる' },
    pages: [{ compare: [408, 480] }],
    wrong: { en: 'The guide said "a ringing INVITE keeps ringing until someone cancels it".', ja: '解説は「呼出中の INVITE は、誰かがキャンセルするまで鳴り続ける」としていた。' },
    now: {
      en: 'It rings until someone cancels it or, when the INVITE carries Expires, until that time runs out and the UAS answers 487 (RFC 3261 §13.3.1).',
      ja: '誰かがキャンセルするまで、または INVITE に Expires があればその時間が過ぎて UAS が 487 を返すまで鳴り続ける（RFC 3261 §13.3.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1',
        quote: 'If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated) response SHOULD be generated.',
      },
    ],
  },
  {
    id: 'guide-486-vs-600-cause-location',
    date: '2026-12-04',
    title: { en: '486 vs 600 guide: the PSTN keeps them apart by cause location', ja: '486 と 600 の解説：電話網はロケーションで両者を区別する' },
    pages: [{ compare: [486, 600] }],
    wrong: { en: 'The guide said "On the PSTN the difference disappears": both codes become cause 17.', ja: '解説は「PSTN 側ではこの区別は消える」としていた。' },
    now: {
      en: 'Both go out as cause 17, but the cause location differs by default: "user" for 600, "network" for 486 (RFC 3398 §8.2.6.1). Cause 17 maps back to 486.',
      ja: 'どちらも理由表示 17 になるが、ロケーションは既定で 600 が「ユーザ」、486 が「網」と異なる（RFC 3398 §8.2.6.1）。理由表示 17 は 486 に戻る。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'By default, the cause location associated with the CAI parameter should be encoded such that 6xx codes are given the location \'user\', whereas 4xx and 5xx codes are given a \'network\' location.',
      },
    ],
  },

  {
    id: '410-cause-22',
    date: '2026-12-04',
    title: { en: '410 and cause 22: only without a diagnostic', ja: '410 と理由表示 22：対応するのは診断情報がない場合だけ' },
    pages: [{ code: 410 }],
    wrong: {
      en: 'The page said "RFC 3398 pairs Q.850 cause 22 \'number changed\' with 410 in both directions", so that calls to changed or disconnected numbers come back as 410, and a fix blamed stale number-portability data for cause 22 without a source.',
      ja: '「RFC 3398 は理由表示 22 と 410 を双方向で対応付けている」とし、変更や廃止された番号への呼が 410 になるとしていた。また、理由表示 22 の原因を出典なしに番号ポータビリティのデータの古さに求めていた。',
    },
    now: {
      en: 'Cause 22 maps to 410 only without a diagnostic (with the new number in the diagnostic it maps to 301); cause 23 also maps to 410; 410 maps back to cause 22. A disconnected number is not what cause 22 says, and the cause comes from the telephone network: the gateway only translates it.',
      ja: '理由表示 22 が 410 になるのは診断情報がない場合だけで、新しい番号があれば 301 になる。理由表示 23 も 410 に対応付けられ、410 は理由表示 22 に戻される。廃止された番号は理由表示 22 の意味ではなく、理由表示は電話網が付けたものをゲートウェイが変換しているだけである。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: '22 number changed (w/o diagnostic) 410 Gone 22 number changed (w/ diagnostic) 301 Moved Permanently 23 redirection to new destination 410 Gone' },
      { ref: 'RFC3398 §8.2.6.1', quote: '410 Gone 22 Number changed' },
    ],
  },
  {
    id: '484-en-bloc',
    date: '2026-12-04',
    title: { en: '484: en-bloc dialling is what RFC 3578 says of SIP', ja: '484：SIP がエンブロック方式であることは RFC 3578 が示している' },
    pages: [{ code: 484 }],
    wrong: { en: 'The page stated "Most SIP networks today dial en bloc instead" as an observation without a source.', ja: '「現在の SIP 網の多くはエンブロック方式で」と、出典のない観察として書いていた。' },
    now: {
      en: 'RFC 3578 itself says SIP uses en-bloc signalling and that native SIP endpoints never generate overlap signalling; RFC 3398 sections are now cited for the cause 28 mapping.',
      ja: 'RFC 3578 自体が、SIP はエンブロック方式であり、SIP 本来の端末はオーバーラップ信号を生成しないとしている。理由表示 28 の対応付けには RFC 3398 の節を示した。',
    },
    sources: [
      {
        ref: 'RFC3578 §1',
        quote: 'Like modern switches, SIP uses en-bloc signalling. The Request-URI of an INVITE request always contains the whole address of the callee. Native SIP end-points never generate overlap signalling.',
      },
    ],
  },
  {
    id: '701-702-pjsip-history',
    date: '2026-12-04',
    title: { en: '701 and 702: what pjsip reports today, and who used it', ja: '701・702：現在の pjsip の報告と、使っていた実装' },
    pages: [{ unregistered: '702' }, { unregistered: '701' }],
    wrong: {
      en: '702 said current pjsip releases report a failed resolution "with a registered code, typically 503"; 701 counted "PBXs such as Asterisk" among software built on older pjsip.',
      ja: '702 では、現在の pjsip は名前解決の失敗を「登録済みのコード（通常は 503）」で報告するとし、701 では古い pjsip を基にしたソフトウェアに「Asterisk などの PBX」を含めていた。',
    },
    now: {
      en: 'pjsip reported a resolution failure as 702 in 2005, then as a transport error (703, and 503 from late 2006), and as 502 since 2009. Asterisk adopted pjsip long after 701 was retired, so it is no longer named.',
      ja: 'pjsip は名前解決の失敗を、2005 年には 702、その後はトランスポートエラー（703、2006 年末からは 503）として報告し、2009 年以降は 502 として報告する。Asterisk が pjsip を採用したのは 701 が使われなくなったずっと後なので、名前を外した。',
    },
    sources: [
      {
        url: 'https://github.com/pjsip/pjproject/commit/25bc205793da6fa54c218d45be20145da2ebf2be',
        name: 'pjproject, commit 25bc205 (2009-06-02)',
        quote: 'Ticket #870: Changed the mapping of host resolution failure to SIP status code 502 from 503',
      },
    ],
  },

  {
    id: '302-forwarding-by-redirection',
    date: '2026-12-04',
    title: { en: '302: forwarding by redirection is possible, not "what many do"', ja: '302：リダイレクトによる転送は「多くの実装の方式」ではなく、選べる方式の一つ' },
    pages: [{ code: 302 }],
    wrong: {
      en: 'The page said "Many PBXs and hosted platforms implement call forwarding by redirection with 302", a practice with no source.',
      ja: '「多くの PBX やホスティング型の基盤は、リダイレクトによる着信転送を 302 で実現している」と、出典のない慣行として書いていた。',
    },
    now: {
      en: 'A PBX or hosted platform can implement call forwarding by redirection with 302; what the RFCs define is how the receiver acts on it (a gateway SHOULD try the Contact URIs, RFC 3398 §8.2.5).',
      ja: 'PBX やホスティング型の基盤は、着信転送を 302 によるリダイレクトで実現することができる。RFC が定めるのは受信側の扱いである（ゲートウェイは Contact の URI を試すべきである。RFC 3398 §8.2.5）。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.5',
        quote:
          'When any 3xx response (a redirection) is received, the gateway SHOULD try to reach the destination by sending one or more new call setup requests using URIs found in any Contact header field(s) present in the response',
      },
    ],
  },
  {
    id: '183-sbc-mapping',
    date: '2026-12-04',
    title: { en: '183: turning it into 180 is one SBC\'s documented option', ja: '183：180 への変換は、ある SBC の文書に記載された設定' },
    pages: [{ code: 183 }],
    wrong: {
      en: 'The page said "many gateways and SBCs can be configured to convert 183 to 180 or to add one", a generalisation with no source.',
      ja: '「多くのゲートウェイや SBC では、183 を 180 に変換する、または 180 を追加する設定ができる」と、出典なしに一般化していた。',
    },
    now: {
      en: 'An SBC on the path can be configured to turn such a 183 into a 180; the documentation of Oracle Communications Session Border Controller, for one, describes a response-code mapping from 183 to 180 for this purpose.',
      ja: '経路上の SBC で、このような 183 を 180 に変える設定をすることもできる。たとえば Oracle Communications Session Border Controller の文書は、そのための 183 から 180 への応答コードの変換を説明している。',
    },
    sources: [
      {
        url: 'https://docs.oracle.com/en/industries/communications/session-border-controller/9.2.0/configuration/supported-local-media-playback-triggers.html',
        name: 'Oracle Communications Session Border Controller 9.2.0 Configuration Guide, "Supported Local Media Triggers"',
        quote: 'You can also configure the SBC with HMR response code mapping on the SIP call egress side to map a 183 into a 180 response, thereby triggering playback on 180 Ringing.',
      },
    ],
  },
  {
    id: '500-503-unsourced-generalisations',
    date: '2026-12-04',
    title: { en: '500 and 503: two generalisations replaced', ja: '500・503：出典のない二つの一般化を改めた' },
    pages: [{ code: 500 }, { code: 503 }],
    wrong: {
      en: '500 said "many stacks put the actual exception or cause there" (in the reason phrase and headers); 503 said that after a 403 "many clients then stop registering or loop". Neither had a source.',
      ja: '500 では「実際の例外や原因をそこに書くスタックは多い」、503 では 403 を受けると「多くのクライアントは登録をやめるかループに陥る」と、出典なしに一般化していた。',
    },
    now: {
      en: '500: some servers put the internal error in the reason phrase, as Kamailio and OpenSIPS do ("Forking capacity exceeded (12/SL)"). 503: a 403 would tell the phone its credentials or rights are wrong, which is not the problem (RFC 3261 §21.5.4 says what 503 means).',
      ja: '500：内部のエラーをリーズンフレーズに書くサーバもあり、Kamailio や OpenSIPS は`Forking capacity exceeded (12/SL)` のようなフレーズを返す。503：403 では認証情報や権限の誤りを端末に伝えてしまうが、問題はそこにはない（503 の意味は RFC 3261 §21.5.4 による）。',
    },
    sources: [
      { url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/core/error.c#L81-L83', name: 'Kamailio, src/core/error.c, lines 81–83', quote: 'Forking capacity exceeded' },
      { url: 'https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c#L90-L92', name: 'OpenSIPS, error.c, lines 90–92', quote: 'Forking capacity exceeded' },
      { ref: 'RFC3261 §21.5.4', quote: 'The server is temporarily unable to process the request due to a temporary overloading or maintenance of the server.' },
    ],
  },
  // Statement-by-statement review, 1xx, 2xx, 3xx and 6xx.
  {
    id: '181-ringback-after-forwarding',
    date: '2026-12-04',
    title: { en: '181: a 181 neither starts nor stops local ringback', ja: '181：181 は呼出音を始めも止めもしない' },
    pages: [{ code: 181 }],
    wrong: {
      en: 'The page said that under the example ringback policy of RFC 3960 "the caller hears ringing again only when the new destination rings", as if a 181 stopped the ringback a first 180 had started.',
      ja: 'RFC 3960 の例のリングバックポリシーでは「発信者に再び呼出音が聞こえるのは新しい宛先が鳴ったときである」とし、最初の 180 で始まった呼出音を 181 が止めるかのように書いていた。',
    },
    now: {
      en: 'Under that policy only a 180 starts local ringback: a 181 that arrives before any 180 brings no ringing, and one that follows a 180 changes nothing, so the caller keeps hearing local ringback as long as no media arrives.',
      ja: 'このポリシーで呼出音を始めるのは 180 だけである。180 より前の 181 だけでは呼出音は聞こえず、180 の後の 181 は何も変えないので、メディアが届かない限り呼出音は鳴り続ける。',
    },
    sources: [
      {
        ref: 'RFC3960 §3.2',
        quote:
          '1. Unless a 180 (Ringing) response is received, never generate local ringing. 2. If a 180 (Ringing) has been received but there are no incoming media packets, generate local ringing.',
      },
    ],
  },
  {
    id: '182-reason-phrase-and-timer-c',
    date: '2026-12-04',
    title: { en: '182: reason-phrase display and proxy timeouts, as the RFC says them', ja: '182：リーズンフレーズの表示とプロキシのタイムアウトを RFC どおりに' },
    pages: [{ code: 182 }],
    wrong: {
      en: 'The page said "many UAs never display the reason phrase", a claim with no source, and that the carrier\'s proxies "would otherwise give up on the branch after three minutes", where RFC 3261 lets a proxy reset Timer C instead.',
      ja: '「リーズンフレーズを表示しない UA も多い」と出典なしに書き、通信事業者のプロキシは暫定応答のないまま 3 分たつと分岐を「打ち切ってしまう」としていた。RFC 3261 では、プロキシはタイマ C を再設定してもよい。',
    },
    now: {
      en: 'No client is required to display the reason phrase (RFC 3261 §7.2). A proxy may cancel the branch once its Timer C, of more than three minutes, fires without a provisional response; it may also reset the timer.',
      ja: 'クライアントはリーズンフレーズを表示しなくてもよい（RFC 3261 §7.2）。プロキシは、暫定応答のないまま 3 分以上のタイマ C が満了したときに分岐を取り消すことがあるが、タイマを再設定してもよい。',
    },
    sources: [
      { ref: 'RFC3261 §7.2', quote: 'The Status-Code is intended for use by automata, whereas the Reason-Phrase is intended for the human user. A client is not required to examine or display the Reason-Phrase.' },
      { ref: 'RFC3261 §16.8', quote: 'If timer C should fire, the proxy MUST either reset the timer with any value it chooses, or terminate the client transaction.' },
    ],
  },
  {
    id: '199-proxy-must-send-with-reason',
    date: '2026-12-04',
    title: { en: '199: a forking proxy MUST send it, always with a Reason header', ja: '199：フォーキングプロキシは送らなければならず、Reason ヘッダを必ず付ける' },
    pages: [{ code: 199 }],
    wrong: {
      en: 'The page said a forking proxy "should" send 199 and that a UAS managing several early dialogs "can send 199 in the same way"; its headers and its example 199 lacked the Reason header that every 199 must carry.',
      ja: 'フォーキングプロキシは 199 を「送るべき」とし、複数のアーリーダイアログを扱う UAS も「同様に 199 を送れる」としていた。ヘッダの一覧と 199 の例には、すべての 199 に必須の Reason ヘッダがなかった。',
    },
    now: {
      en: 'A forking proxy MUST send 199 when the conditions of RFC 6228 §6 hold (Supported: 199, no Require: 100rel, the final response not forwarded at once, no final response sent yet), with the To tag of the early dialog and a Reason header naming the response that ended it. A UAS SHOULD NOT send 199 unless it is configured to or its environment requires it (RFC 6228 §5).',
      ja: 'RFC 6228 §6 の条件（Supported: 199 があり、100rel が Require されておらず、最終応答をすぐには中継せず、まだ最終応答を送っていない）を満たすとき、フォーキングプロキシは 199 を送らなければならない。199 にはアーリーダイアログの To タグと、ダイアログを終わらせた応答を示す Reason ヘッダを入れる。UAS は、そう設定されている場合や環境が求める場合を除き、199 を送るべきではない（RFC 6228 §5）。',
    },
    sources: [
      {
        ref: 'RFC6228 §6',
        quote:
          'it MUST generate and send a 199 response upstream for each of the terminated early dialogs that satisfy each of the following conditions … A proxy MUST also insert a Reason header field that contains the SIP response code of the response that triggered the 199 response.',
      },
      {
        ref: 'RFC6228 §5',
        quote: 'it SHOULD NOT send a 199 response on an early dialog associated with the request before it sends a non-2xx final response.',
      },
    ],
  },
  {
    id: '100-stateless-proxies-and-rfc4320',
    date: '2026-12-04',
    title: { en: '100: stateless proxies pass it on; RFC 4320 requires it for slow non-INVITE answers', ja: '100：ステートレスプロキシは中継する。RFC 4320 は遅い非 INVITE の応答で 100 を求める' },
    pages: [{ code: 100 }],
    wrong: {
      en: 'The page said a 100 "is never relayed further upstream" and that each 100 in a trace speaks for exactly one hop, which holds only for stateful proxies; and it said RFC 4320 "allowed" a 100 to a non-INVITE request once Timer E reaches T2, where it requires one.',
      ja: '100 は「それより上流へは中継されない」とし、トレース上の 100 はそれぞれ 1 ホップ分の事実しか表さないとしていたが、これはステートフルプロキシについてだけ成り立つ。また RFC 4320 はタイマ E が T2 に達した後の非 INVITE リクエストへの 100 を「認めた」としていたが、実際には求めている。',
    },
    now: {
      en: 'A stateful proxy never forwards a 100; a stateless proxy forwards every response, a 100 included. For a non-INVITE request, a 100 is allowed at any time over a reliable transport, forbidden over UDP until Timer E would have reached T2, and required on any transport once that time has passed without another response.',
      ja: 'ステートフルプロキシは 100 を中継しないが、ステートレスプロキシは 100 も含めてすべての応答を中継する。非 INVITE リクエストへの 100 は、信頼性のあるトランスポートではいつでも送ってよく、UDP ではタイマ E が T2 に達するまで送ってはならず、その時間が過ぎても他の応答を返していなければトランスポートによらず送らなければならない。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.11',
        quote: 'Response processing as described in Section 16.7 does not apply to a proxy behaving statelessly.',
      },
      {
        ref: 'RFC4320 §4.1',
        quote:
          'Without regard to transport, an SIP element MUST respond to a non-INVITE request with a Status-Code of 100 if it has not otherwise responded after the amount of time it takes a client transaction\'s Timer E to be reset to T2.',
      },
    ],
  },
  {
    id: '200-header-requirements-per-method',
    date: '2026-12-04',
    title: { en: '200: which headers each method requires', ja: '200：メソッドごとに必要なヘッダ' },
    pages: [{ code: 200 }],
    wrong: {
      en: 'The page listed Allow and Supported as SHOULD in every 200, where RFC 3261 asks for them in a 2xx to INVITE and a 200 to OPTIONS, and it left out the Expires that a 200 to SUBSCRIBE must carry and the Expires and SIP-ETag that a 200 to PUBLISH must carry.',
      ja: 'Allow と Supported をすべての 200 で SHOULD としていたが、RFC 3261 が求めているのは INVITE への 2xx と OPTIONS への 200 である。また、SUBSCRIBE への 200 に必須の Expires と、PUBLISH への 200 に必須の Expires・SIP-ETag が載っていなかった。',
    },
    now: {
      en: 'Allow and Supported are SHOULD in a 2xx to INVITE and a 200 to OPTIONS (a proxy answering OPTIONS should leave Allow out); Expires is MUST in a 200 to SUBSCRIBE; Expires and SIP-ETag are MUST in a 200 to PUBLISH.',
      ja: 'Allow と Supported は INVITE への 2xx と OPTIONS への 200 で SHOULD（OPTIONS に自ら応答するプロキシは Allow を含めるべきではない）。SUBSCRIBE への 200 では Expires が、PUBLISH への 200 では Expires と SIP-ETag が MUST である。',
    },
    sources: [
      { ref: 'RFC3261 §13.3.1.4', quote: 'A 2xx response to an INVITE SHOULD contain the Allow header field and the Supported header field, and MAY contain the Accept header field.' },
      { ref: 'RFC6665 §3.1.1', quote: '200-class responses to SUBSCRIBE requests also MUST contain an "Expires" header field.' },
      {
        ref: 'RFC3903 §6',
        quote: 'The response MUST contain an Expires header field indicating the expiration interval chosen by the ESC. The response MUST also contain a SIP-ETag header field that contains a single entity-tag identifying the publication.',
      },
    ],
  },
  {
    id: '200-options-and-cancel',
    date: '2026-12-04',
    title: { en: '200 to OPTIONS and to CANCEL: what follows and what does not', ja: 'OPTIONS と CANCEL への 200：そこから言えること、言えないこと' },
    pages: [{ code: 200 }],
    wrong: {
      en: 'The page said a 200 to OPTIONS means "the UA would accept an INVITE right now", without the case of a proxy answering OPTIONS itself, and that after a 200 to CANCEL "the INVITE itself then ends with 487", which holds only if the INVITE had no final response yet.',
      ja: 'OPTIONS への 200 は「いま INVITE が来れば受け付けることを意味する」とし、プロキシが OPTIONS に自ら応答する場合に触れていなかった。また CANCEL への 200 の後は「INVITE 自体はその後 487 で終わる」としていたが、これは INVITE にまだ最終応答を返していない場合に限られる。',
    },
    now: {
      en: 'A UA\'s 200 to OPTIONS means it would accept an INVITE; a proxy answering OPTIONS returns 200 with its own capabilities. After a 200 to CANCEL the UAS should answer the INVITE with 487 if it had not sent a final response yet.',
      ja: 'UA が OPTIONS に返す 200 は INVITE を受け付けることを意味するが、OPTIONS に自ら応答するプロキシは自身の能力を示す 200 を返す。CANCEL への 200 の後、UAS は INVITE にまだ最終応答を返していなければ 487 を返すべきである。',
    },
    sources: [
      { ref: 'RFC3261 §11.2', quote: 'If the response to an OPTIONS is generated by a proxy server, the proxy returns a 200 (OK), listing the capabilities of the server.' },
      {
        ref: 'RFC3261 §9.2',
        quote: 'If the UAS has not issued a final response for the original request, its behavior depends on the method of the original request. If the original request was an INVITE, the UAS SHOULD immediately respond to the INVITE with a 487 (Request Terminated).',
      },
    ],
  },
  {
    id: '202-event-header-and-notify',
    date: '2026-12-04',
    title: { en: '202: the Event header belongs to the NOTIFY, and no 202 to NOTIFY either', ja: '202：Event ヘッダは NOTIFY のもの、NOTIFY への 202 も禁止' },
    pages: [{ code: 202 }],
    wrong: {
      en: 'The headers block listed Event as a header of the REFER that provokes the 202, although it is the NOTIFY requests that follow which carry "Event: refer"; the page also said only that a notifier must not send 202, although RFC 6665 forbids a 202 in answer to a NOTIFY as well.',
      ja: 'ヘッダの一覧で Event を 202 を引き起こす REFER のヘッダとしていたが、「Event: refer」を持つのは後続の NOTIFY である。また、202 を送ってはならないのはノーティファイアだとだけ書いていたが、RFC 6665 は NOTIFY への 202 も禁じている。',
    },
    now: {
      en: 'The Event row is gone (the prose says the NOTIFY requests carry it); no implementation may answer SUBSCRIBE or NOTIFY with 202.',
      ja: 'Event の行を削除した（NOTIFY が持つことは本文に記載している）。SUBSCRIBE にも NOTIFY にも 202 を返してはならない。',
    },
    sources: [
      { ref: 'RFC3515 §2.4.4', quote: 'Each NOTIFY MUST contain an Event header field with a value of refer and possibly an id parameter' },
      { ref: 'RFC6665 §8.3.1', quote: 'Implementations conformant with the current specification MUST treat an incoming 202 response as identical to a 200 response and MUST NOT generate 202 response codes to SUBSCRIBE or NOTIFY requests.' },
    ],
  },
  {
    id: '204-notify-suppression-rules',
    date: '2026-12-04',
    title: { en: '204: what the notifier must do, and the Expires it must send', ja: '204：ノーティファイアがすべきことと、必須の Expires' },
    pages: [{ code: 204 }],
    wrong: {
      en: 'The page said that for a SUBSCRIBE outside a dialog the notifier "can at most leave the body out" of the NOTIFY, where RFC 5839 requires it to; it said the subscription is always refreshed, although a 204 to Expires: 0 ends it; it had no Expires header, which every 2xx to SUBSCRIBE must carry; and one scenario, a subscriber "doubling" the traffic, had no source.',
      ja: 'ダイアログ外の SUBSCRIBE について、ノーティファイアに「できるのは NOTIFY のボディを省くことまで」としていたが、RFC 5839 はボディの省略を求めている。サブスクリプションは常にリフレッシュされるとしていたが、Expires: 0 への 204 では終了する。SUBSCRIBE へのすべての 2xx に必須の Expires ヘッダが載っておらず、加入者が通信量を「倍に」するという場面には出典がなかった。',
    },
    now: {
      en: 'The notifier must suppress the NOTIFY and answer 204 for a matching in-dialog SUBSCRIBE, and must send a bodiless NOTIFY for a matching SUBSCRIBE outside a dialog; a 204 extends the subscription or, to Expires: 0, ends it; Expires is listed as MUST. The scenario now describes the B2BUA problem RFC 5839 §5.8 itself names.',
      ja: '一致するダイアログ内の SUBSCRIBE には NOTIFY を抑止して 204 を返し、一致するダイアログ外の SUBSCRIBE にはボディなしの NOTIFY を送らなければならない。204 はサブスクリプションを延長し、Expires: 0 への 204 は終了させる。Expires を MUST として載せた。場面は RFC 5839 §5.8 自身が挙げる B2BUA の問題に置き換えた。',
    },
    sources: [
      {
        ref: 'RFC5839 §6.2',
        quote: 'when a condition in a SUBSCRIBE request for suppressing notifications is true and the SUBSCRIBE message is not sent within an established dialog, the notifier MUST send a NOTIFY request with a suppressed entity body.',
      },
      { ref: 'RFC5839 §5.7', quote: 'If the condition evaluates to true, the notifier sends a 204 (No Notification) response, which concludes the subscription' },
      { ref: 'RFC6665 §3.1.1', quote: '200-class responses to SUBSCRIBE requests also MUST contain an "Expires" header field.' },
    ],
  },
  {
    id: '608-intermediary-and-redress-advice',
    date: '2026-12-04',
    title: { en: '608: who the intermediary is, and what STIR signing changes', ja: '608：中継装置とは何か、STIR の署名で何が変わるか' },
    pages: [{ code: 608 }],
    wrong: {
      en: 'The summary called the rejecting intermediary "typically a call-analytics engine", where RFC 8688 defines it as a proxy or B2BUA acting as UAS for the user, which may consult an analytics engine; and a fix advised "full attestation" and "consistent caller IDs" to reduce blocking, advice no cited text supports.',
      ja: '拒否する中継装置を「多くは通話分析エンジン」としていたが、RFC 8688 は中継装置をユーザに代わって UAS として動くプロキシまたは B2BUA と定義しており、分析エンジンはその問い合わせ先である。また、ブロックを減らすために「完全な証明レベル」や「発信者番号の一貫」を勧めていたが、これを裏付ける文書はなかった。',
    },
    now: {
      en: 'The intermediary is a proxy or B2BUA acting for the called user, for example after consulting an analytics engine. The fix now says what RFC 8688 §6 does say: an intermediary may limit the Call-Info and the announcement to requests that pass STIR validation, so an unsigned call can be blocked with no redress information.',
      ja: '中継装置は着信ユーザに代わって動くプロキシまたは B2BUA であり、たとえば分析エンジンに問い合わせたうえで拒否する。対処には RFC 8688 §6 が実際に示す内容を書いた。中継装置は Call-Info やアナウンスを STIR の検証に通ったリクエストに限ることがあり、署名のない呼は救済情報のないままブロックされうる。',
    },
    sources: [
      {
        ref: 'RFC8688 §3',
        quote: 'This section uses the term "intermediary" to mean the entity that acts as a SIP UAS on behalf of the user in the network as opposed to the user\'s UAS (usually, but not necessarily, their phone). The intermediary could be a back-to-back user agent (B2BUA) or a SIP Proxy.',
      },
      {
        ref: 'RFC8688 §6',
        quote: 'intermediary operators may wish to configure their response to only include a Call-Info header field for INVITE, or other signed initiating methods, that pass validation by STIR [RFC8224].',
      },
    ],
  },

  // Statement-by-statement review, 400–417.
  {
    id: '401-registration-trace-and-stale-nonce',
    date: '2026-12-04',
    title: { en: '401: what the RFCs say about challenged registrations', ja: '401：チャレンジされる登録について RFC が定めていること' },
    pages: [{ code: 401 }],
    wrong: {
      en: 'The page said "Most registrars challenge the first REGISTER of every device" without a source; it gave the trace of a wrong password as "REGISTER, 401, REGISTER, 401, and then silence or a 403", a 403 that no request provokes; and it called a password prompt after a stale nonce "a client bug".',
      ja: '「多くのレジストラは端末の最初の REGISTER を必ずチャレンジする」と出典なしに書き、パスワード誤りのトレースを「REGISTER、401、REGISTER、401 と並んだ後、何も続かないか 403 が現れる」と、対応するリクエストのない 403 を含めて示していた。また、nonce の期限切れの後にパスワード入力を求めることを「クライアントの不具合」としていた。',
    },
    now: {
      en: 'A registrar SHOULD authenticate the UAC (RFC 3261 §10.3). With a wrong password the second REGISTER gets either a new 401, after which the same credentials must not be sent again, or a 403 (RFC 3261 §22.1). After stale=TRUE the client may retry without asking the user again (RFC 2617 §3.2.1).',
      ja: 'レジストラは UAC を認証すべきである（RFC 3261 §10.3）。パスワードが誤っていれば、2 回目の REGISTER には再び 401 が返り、同じ認証情報で送り直してはならないか、または 403 が返る（RFC 3261 §22.1）。stale=TRUE の後は、ユーザに入力し直させずに再試行できる（RFC 2617 §3.2.1）。',
    },
    sources: [
      { ref: 'RFC3261 §10.3', quote: 'A registrar SHOULD authenticate the UAC.' },
      {
        ref: 'RFC3261 §22.1',
        quote: 'In this instance a server may repeat its challenge, or it may respond with a 403 Forbidden. A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though the request may be retried if the nonce was stale).',
      },
      {
        ref: 'RFC2617 §3.2.1',
        quote: 'If stale is TRUE (case-insensitive), the client may wish to simply retry the request with a new encrypted response, without reprompting the user for a new username and password.',
      },
    ],
  },
  {
    id: '407-second-challenge-other-realm',
    date: '2026-12-04',
    title: { en: '407: a second challenge can come from another proxy', ja: '407：2 度目のチャレンジは別のプロキシからのこともある' },
    pages: [{ code: 407 }],
    wrong: {
      en: 'The description said "a second 407 after a correct-looking retry means the credentials were rejected or the nonce went stale", although each proxy in a chain challenges in its own realm, as the page\'s own third scenario shows.',
      ja: '説明では「正しく答えたはずなのに再び 407 が返るのは、認証情報が拒否されたか nonce が古くなったため」としていたが、経路上のプロキシはそれぞれ自分のレルムでチャレンジする。このページの 3 つ目の事例もその場合である。',
    },
    now: {
      en: 'A second 407 in the same realm means the credentials were rejected or the nonce went stale; in another realm it is a further proxy challenging, whose Proxy-Authorization value only that proxy consumes (RFC 3261 §22.3).',
      ja: '同じレルムでの 2 度目の 407 は認証情報の拒否か nonce の期限切れを意味し、別のレルムなら経路上の別のプロキシのチャレンジである。Proxy-Authorization の値を消費するのはレルムが一致するプロキシだけである（RFC 3261 §22.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.3',
        quote: 'When multiple proxies are used in a chain, a Proxy-Authorization header field value MUST NOT be consumed by any proxy whose realm does not match the "realm" parameter specified in that value.',
      },
    ],
  },
  {
    id: '403-rejected-credentials-sequence',
    date: '2026-12-04',
    title: { en: '403: no third attempt with rejected credentials', ja: '403：拒否された認証情報での 3 回目の試行はない' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'A scenario described a phone with a mistyped password going "401, credentials, 401 again, and on the third attempt the registrar answers 403, as RFC 3261 §22.1 allows", a third attempt with the credentials just rejected, which that section forbids.',
      ja: '誤ったパスワードの電話機について「401、認証情報を付けた再試行、再び 401 と続き、3 回目にはレジストラが 403 を返す」としていたが、拒否されたばかりの認証情報での 3 回目の試行は、引用していた節自体が禁じている。',
    },
    now: {
      en: 'The registrar answers the REGISTER that carries the wrong credentials with 403 instead of challenging again; after a second 401 the phone must not send the same credentials again.',
      ja: 'レジストラは、誤った認証情報を付けた REGISTER に、再びチャレンジする代わりに 403 を返す。2 度目の 401 を受けた電話機は、同じ認証情報で送り直してはならない。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.1',
        quote: 'In this instance a server may repeat its challenge, or it may respond with a 403 Forbidden. A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though the request may be retried if the nonce was stale).',
      },
    ],
  },
  {
    id: '403-unsourced-practice',
    date: '2026-12-04',
    title: { en: '403: operator and client behaviour no longer stated as fact', ja: '403：事業者やクライアントの挙動を事実として書くのをやめた' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'The page stated as fact, without a source, that trunks and SBCs return 403 for an unknown source address, number or destination, that "some PBXs" send 404 for mis-credentialled accounts, that clients treat a 403 from a full registrar as bad credentials "and either give up or loop", that carriers "usually" explain the refusal, and that registrars block addresses after repeated failures.',
      ja: 'トランクや SBC が未知の送信元や番号、宛先に 403 を返すこと、「一部の PBX」が認証情報の誤ったアカウントに 404 を返すこと、容量不足のレジストラからの 403 をクライアントが認証情報の誤りと解釈して「登録を断念するかループに陥る」こと、事業者が「多くの場合」拒否の理由を示すこと、失敗が続いた端末のアドレスを遮断するレジストラがあることを、出典なしに事実として書いていた。',
    },
    now: {
      en: 'The operator uses are described as possible and fitted to RFC 3261 §21.4.4; 404 is described by its definition; the 403-versus-503 advice rests on what the two codes tell the client: a 403 SHOULD NOT be repeated, a 503 can say in Retry-After when to retry.',
      ja: '事業者による使い方は、ありうるものとして RFC 3261 §21.4.4 に照らして説明し、404 はその定義で説明した。403 と 503 の使い分けは、二つのコードがクライアントに伝える内容に基づけた。403 は繰り返すべきではなく、503 は Retry-After で再試行の時期を示せる。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.4', quote: 'The server understood the request, but is refusing to fulfill it. Authorization will not help, and the request SHOULD NOT be repeated.' },
      { ref: 'RFC3261 §21.4.5', quote: 'The server has definitive information that the user does not exist at the domain specified in the Request-URI.' },
      { ref: 'RFC3261 §21.5.4', quote: 'The server MAY indicate when the client should retry the request in a Retry-After header field.' },
    ],
  },
  {
    id: '400-refer-and-dialog-sections',
    date: '2026-12-04',
    title: { en: '400: the sections behind REFER and the dialog', ja: '400：REFER とダイアログについての根拠の節' },
    pages: [{ code: 400 }],
    wrong: {
      en: 'The page cited RFC 3515 §2.4.1 for "a REFER with no Refer-To, or with more than one, MUST get 400", and RFC 3261 §12.2.1.2 for a 400 inside a call leaving the dialog as it was. RFC 3515 §2.4.1 only says how to form a REFER; RFC 3261 §12.2.1.2 names 481 and 408 and says nothing of 400.',
      ja: '「Refer-To がない、または複数ある REFER には 400 を返さなければならない」の根拠に RFC 3515 §2.4.1 を、通話中の 400 がダイアログを変えないことの根拠に RFC 3261 §12.2.1.2 を挙げていた。RFC 3515 §2.4.1 は REFER の組み立て方を示すだけであり、RFC 3261 §12.2.1.2 は 481 と 408 を挙げるだけで 400 には触れていない。',
    },
    now: {
      en: 'The 400 rule for REFER is cited from RFC 3515 §2.4.2, where it is written; RFC 5057 §5.1 is cited for a 400 affecting only the transaction.',
      ja: 'REFER への 400 の規定は、それが書かれている RFC 3515 §2.4.2 を引用し、400 がトランザクションだけに影響することは RFC 5057 §5.1 を引用した。',
    },
    sources: [
      { ref: 'RFC3515 §2.4.2', quote: 'An agent responding to a REFER method MUST return a 400 (Bad Request) if the request contained zero or more than one Refer-To header field values.' },
      { ref: 'RFC5057 §5.1', quote: 'Transaction Only The error affects only the transaction, not the usage or dialog the transaction occurs in (beyond affecting the local CSeq).' },
    ],
  },
  {
    id: '412-http-origin-and-causes',
    date: '2026-12-04',
    title: { en: '412: adapted from HTTP, and its causes as RFC 3903 gives them', ja: '412：HTTP から取り入れた仕組みと、RFC 3903 が挙げる原因' },
    pages: [{ code: 412 }],
    wrong: {
      en: 'The page said "this is not HTTP\'s 412 Precondition Failed", although RFC 3903 adapts the entity-tags of HTTP/1.1 and a failed HTTP precondition gets 412 too; it called expiry and compositor restarts "the usual cause" without a source; and it credited the phrase "Precondition Failed" to sofia-sip "and stacks that borrowed the HTTP phrase", of which the stack tables show only sofia-sip.',
      ja: '「HTTP の『412 Precondition Failed』とは別物」としていたが、RFC 3903 は HTTP/1.1 のエンティティタグを取り入れており、HTTP でも前提条件の失敗には 412 が返る。また、有効期限切れと ESC の再起動を出典なしに「よくある原因」とし、「Precondition Failed」の名称を sofia-sip「など、HTTP の名称を流用したスタック」のものとしていたが、スタックの表でこの名称を使うのは sofia-sip だけである。',
    },
    now: {
      en: 'The page says the mechanism is adapted from HTTP/1.1 with its own header names and one entity-tag per request, cites the expired publication that RFC 3903 §4.3 gives as the case, adds a tag replaced by a later 2xx, and names sofia-sip alone.',
      ja: '仕組みは HTTP/1.1 から取り入れたもので、ヘッダの名前が独自であり、エンティティタグは 1 つのリクエストに 1 つであると書いた。原因には RFC 3903 §4.3 が挙げる有効期限切れを引用し、後の 2xx で置き換えられたタグの場合を加えた。名称については sofia-sip だけを挙げた。',
    },
    sources: [
      { ref: 'RFC3903 §8.1', quote: 'While the main functionality is preserved, the syntax and semantics for entity-tags and the corresponding header fields is adapted specifically for use with the PUBLISH method.' },
      { ref: 'RFC2616 §10.4.13', quote: 'The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.' },
      { ref: 'RFC3903 §4.3', quote: 'If there is no matching event state, e.g., the event state to be refreshed has already expired, the EPA receives a 412 (Conditional Request Failed) response to the PUBLISH request.' },
    ],
  },
  {
    id: '417-only-with-require',
    date: '2026-12-04',
    title: { en: '417 only when the request requires priority handling', ja: '417 が返るのは優先処理を必須とするリクエストだけ' },
    pages: [{ code: 417 }],
    wrong: {
      en: 'The page said 417 answers a request whose Resource-Priority value the recipient does not recognise, described elements "configured to reject" unknown values, and suggested letting a server handle unknown values at normal priority instead of sending 417. RFC 4412 sends 417 only when the recipient understands none of the values and the request carries Require: resource-priority; then the rejection is mandatory.',
      ja: '受信側が Resource-Priority の値を認識できないリクエストに 417 が返るとし、未知の値を「拒否する設定」の装置を例に挙げ、417 の代わりに未知の値を通常の優先度で処理させることを勧めていた。RFC 4412 で 417 が返るのは、受信側がどの値も理解できず、かつリクエストに Require: resource-priority がある場合だけであり、そのときの拒否は必須である。',
    },
    now: {
      en: 'Without the option tag, a recipient that knows none of the values processes the request at default priority; with it, it MUST answer 417, which may list the accepted values in Accept-Resource-Priority. The scenarios now include the Require header.',
      ja: 'オプションタグがなければ、どの値も知らない受信側は既定の優先度でリクエストを処理し、オプションタグがあれば 417 を返さなければならない。417 には受け付ける値を Accept-Resource-Priority で列挙してもよい。事例には Require ヘッダを加えた。',
    },
    sources: [
      {
        ref: 'RFC4412 §4.6.2',
        quote: 'Without the option tag, the RP actor treats the request as if it contained no \'Resource-Priority\' header field and processes it with default priority. … With the option tag, it MUST reject the request with a 417 (Unknown Resource-Priority) response code.',
      },
    ],
  },
  {
    id: '402-billing-practice',
    date: '2026-12-04',
    title: { en: '402: a reserved code, its billing use a private convention', ja: '402：予約されたコードであり、課金での使用は個別の慣行' },
    pages: [{ code: 402 }],
    wrong: {
      en: 'The page said a 402 means "most often \'no credit\'" and that "prepaid and wholesale carriers, calling-card platforms and some hosted PBXs return it", both without a source, and that "nothing separates 402 from 403" at the protocol level.',
      ja: '402 の意味は「多くは『残高不足』」であり、「プリペイドや卸の通信事業者、コーリングカード基盤、一部のクラウド PBX」がこれを返すと、どちらも出典なしに書いていた。また、プロトコル上は「402 と 403 を区別するものは何もない」としていた。',
    },
    now: {
      en: 'Billing platforms can use 402, as a private convention no RFC describes. What the RFCs say: 402 is reserved (RFC 3261 §21.4.3), and a 402, if encountered, should be treated as an unrecognised 4xx (RFC 5057 §5.1), that is as a 400 (RFC 3261 §8.1.3.2).',
      ja: '課金の基盤が 402 を使うことはあるが、それはどの RFC にも書かれていない個別の慣行である。RFC が定めているのは、402 が予約されていること（RFC 3261 §21.4.3）と、受けた場合は認識できない 4xx として（RFC 5057 §5.1）、つまり 400 として扱うこと（RFC 3261 §8.1.3.2）である。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.3', quote: 'Reserved for future use.' },
      { ref: 'RFC5057 §5.1', quote: '402 Payment Required: This is a reserved response code. If encountered, it should be treated as an unrecognized 4xx.' },
      { ref: 'RFC3261 §8.1.3.2', quote: 'A UAC MUST treat any final response it does not recognize as being equivalent to the x00 response code of that class' },
    ],
  },

  // Statement-by-statement review, 420–470.
  {
    id: '422-methods-invite-update',
    date: '2026-12-04',
    title: { en: '422 answers INVITE and UPDATE only', ja: '422 が返るのは INVITE と UPDATE だけである' },
    pages: withComparisons(422),
    wrong: {
      en: '"Requests it answers" said any method, naming INVITE and UPDATE only as examples, and comparisons drew their sentences from that.',
      ja: '「対象のリクエスト」をすべてのメソッドとし、INVITE と UPDATE は例として挙げるだけだった。比較ページの文もこれに基づいていた。',
    },
    now: {
      en: 'INVITE and UPDATE: 422 rejects a Session-Expires value, and RFC 4028 §4 allows that header only in those two requests (its Table 1 makes Min-SE mandatory in a 422 to INVITE and UPDATE and lists it for no other method).',
      ja: 'INVITE と UPDATE とした。422 は Session-Expires の値を拒否する応答であり、RFC 4028 §4 はこのヘッダをこの二つのリクエストにしか認めていない（同節の表 1 も、422 の Min-SE を INVITE と UPDATE について必須とし、他のメソッドには挙げていない）。',
    },
    sources: [
      { ref: 'RFC4028 §4', quote: 'It is placed only in INVITE or UPDATE requests, as well as in any 2xx response to an INVITE or UPDATE.' },
      { ref: 'RFC4028 §6', quote: 'It is generated by a UAS or proxy when a request contains a Session-Expires header field with a duration below the minimum timer for the server.' },
    ],
  },
  {
    id: '423-subscription-refresh-in-dialog',
    date: '2026-12-04',
    title: { en: '423 can answer a subscription refresh inside its dialog', ja: '423 はダイアログ内のサブスクリプションのリフレッシュにも返る' },
    pages: [{ code: 423 }],
    wrong: {
      en: 'The page said "A 423 never involves a dialog or a call", although a SUBSCRIBE refresh is sent inside the subscription\'s dialog and the notifier should answer a too-short one with 423. Two fixes also claimed without a source that most stacks retry REGISTER automatically and that some stacks treat a low Min-Expires as invalid.',
      ja: '「423 がダイアログや呼に関わることはない」としていたが、SUBSCRIBE のリフレッシュはサブスクリプションのダイアログ内で送られ、短すぎればノーティファイアは 423 を返すべきである。対処法でも、REGISTER ではほとんどのスタックが自動で再試行する、低い Min-Expires を無効とみなすスタックもある、と出典なしに書いていた。',
    },
    now: {
      en: 'A 423 is not about a call, but it can arrive inside a dialog: a notifier SHOULD answer a too-short subscription refresh with 423 (RFC 6665 §4.2.1.4), and the subscription stays valid until its current expiration (RFC 6665 §4.1.2.2). The two generalisations are gone.',
      ja: '423 は呼に関わるものではないが、ダイアログ内で返ることはある。短すぎるサブスクリプションのリフレッシュにはノーティファイアが 423 を返すべきであり（RFC 6665 §4.2.1.4）、サブスクリプションは現在の期限まで有効なままである（RFC 6665 §4.1.2.2）。二つの一般化は削除した。',
    },
    sources: [
      { ref: 'RFC6665 §4.2.1.4', quote: 'If the duration specified in a SUBSCRIBE request is unacceptably short, the notifier SHOULD respond with a 423 (Interval Too Brief) response.' },
      {
        ref: 'RFC6665 §4.1.2.2',
        quote:
          'If a SUBSCRIBE request to refresh a subscription fails with any error code other than those listed above, the original subscription is still considered valid for the duration of the most recently known "Expires" value',
      },
    ],
  },
  {
    id: '429-referee-and-suspect-referrer',
    date: '2026-12-04',
    title: { en: '429: the referee may send it too; unverified referrers are flagged only when shown', ja: '429：リファリも返しうる。未検証のリファラは表示する場合に疑わしいと示す' },
    pages: [{ code: 429 }],
    wrong: {
      en: 'The page described 429 only as the refer target\'s answer and said a 429 is unrelated to the REFER\'s own response, although a referee may reject a REFER without a token with 429. It also said a refer target accepting a request without a token must present the Referred-By information as unverified; RFC 3892 requires that only if it shows the information at all.',
      ja: '429 をリファー先の応答としてだけ説明し、REFER 自体への応答とは無関係としていたが、リファリもトークンのない REFER を 429 で拒否してよい。また、トークンのないリクエストを受け付けるリファー先は Referred-By の情報を未検証として示さなければならないとしていたが、RFC 3892 が求めるのは、その情報をユーザに示す場合に疑わしいと伝えることである。',
    },
    now: {
      en: 'A referee may also reject a REFER that lacks a token with 429, which the referrer then receives directly (RFC 3892 §2.1, §2.2); a refer target that shows its user anything from Referred-By without a token must say it is suspect (RFC 3892 §2.3).',
      ja: 'リファリもトークンのない REFER を 429 で拒否してよく、リファラはそれを直接受け取る（RFC 3892 §2.1、§2.2）。トークンなしで Referred-By の情報をユーザに示すリファー先は、それが疑わしいことを伝えなければならない（RFC 3892 §2.3）。',
    },
    sources: [
      { ref: 'RFC3892 §2.2', quote: 'A referee MAY reject a REFER request that does not contain a Referred-By token with a 429 "Provide Referrer Identity" response.' },
      {
        ref: 'RFC3892 §2.3',
        quote: 'If the agent provides any information from the Referred-By header to its user as part of processing the request, it MUST notify the user that the information is suspect.',
      },
    ],
  },
  {
    id: '433-what-counts-as-anonymous',
    date: '2026-12-04',
    title: { en: '433: what makes a request anonymous, and the caller\'s consent', ja: '433：何がリクエストを匿名にするか、および発信者の同意' },
    pages: [{ code: 433 }],
    wrong: {
      en: 'The Privacy header note counted "header" among the values that make a request anonymous, and the From note tied anonymity to the lack of an asserted identity. The page called a UAC that asks its user before retrying without privacy merely "well-behaved", and said that before RFC 5079 such calls were refused with 403 or 603 and that some networks still do so, without a source.',
      ja: 'Privacy ヘッダの注記で、リクエストを匿名にする値に「header」を含め、From の注記では匿名かどうかを認証済みの身元情報の有無に結び付けていた。プライバシーを外して再試行する前にユーザに確認する UAC を「適切な」UAC とするだけで、RFC 5079 以前は 403 や 603 で拒否されており今もそうする網がある、と出典なしに書いていた。',
    },
    now: {
      en: 'Only the Privacy values "id" and "user", a From URI in anonymous.invalid, an "Anonymous" display name or an explicitly anonymous URI make a request anonymous; a missing P-Asserted-Identity alone does not (RFC 5079 §3). A UAC must not retry without anonymity unless its user confirms (RFC 5079 §4). Before RFC 5079 the closest code was 403 (RFC 5079 §1).',
      ja: 'リクエストを匿名にするのは、Privacy の「id」と「user」、anonymous.invalid ドメインの From の URI、表示名「Anonymous」、明示的に匿名を示す URI であり、P-Asserted-Identity がないことだけでは匿名にならない（RFC 5079 §3）。UAC は、ユーザが了承しない限り匿名をやめて再試行してはならない（RFC 5079 §4）。RFC 5079 以前に最も近いコードは 403 だった（RFC 5079 §1）。',
    },
    sources: [
      {
        ref: 'RFC5079 §3',
        quote: 'The request contained a Privacy header field whose value indicates that the user wishes its identity withheld.  Values meeting this criteria are \'id\' [RFC3325] or \'user\'.',
      },
      {
        ref: 'RFC5079 §3',
        quote: 'Lack of a network-asserted identity (such as the P-Asserted-Identity header field), in and of itself, SHOULD NOT be considered an indication of anonymity.',
      },
      {
        ref: 'RFC5079 §4',
        quote: 'A User Agent Client (UAC) receiving a 433 (Anonymity Disallowed) MUST NOT retry the request without anonymity unless it obtains confirmation from the user that this is desirable.',
      },
    ],
  },
  {
    id: '424-no-corrective-424-for-emergency-calls',
    date: '2026-12-04',
    title: { en: '424: a corrective 424 is not expected on emergency calls', ja: '424：緊急通報に訂正のための 424 は想定されていない' },
    pages: [{ code: 424 }],
    wrong: {
      en: 'A scenario had an enterprise call server reject an emergency call with 424 and its own location so that the phone would retry, and the page called emergency services the main users of RFC 6442. RFC 6442 §3.4 says emergency calls are not expected to receive such a corrective 424, and §3.3 names location-based routing in general.',
      ja: 'シナリオで、社内の呼制御サーバが緊急通報を自らの位置情報付きの 424 で拒否し、電話機に再試行させていた。また RFC 6442 の主な利用先を緊急通報としていた。RFC 6442 §3.4 は緊急通報がこのような訂正のための 424 を受けることを想定しておらず、§3.3 は位置情報に基づくルーティング全般を挙げている。',
    },
    now: {
      en: 'The scenario is a call to a location-based service, and says that for emergency calls an intermediary would rather insert the location itself (RFC 6442 §3.4); emergency calling is the best-known use among others (RFC 6442 §3.3).',
      ja: 'シナリオを位置情報を使うサービスへの発信に改め、緊急通報では中継装置がむしろ自ら位置情報を挿入することを示した（RFC 6442 §3.4）。緊急通報は用途の一つとして最もよく知られたものとした（RFC 6442 §3.3）。',
    },
    sources: [
      {
        ref: 'RFC6442 §3.4',
        quote:
          'As an aside, it is not envisioned that any SIP-based emergency services request (i.e., IP-911 or 112 type of call attempt) will receive a corrective \'Bad Location Information\' response from an intermediary.',
      },
    ],
  },
  {
    id: '440-when-a-proxy-answers-440',
    date: '2026-12-04',
    title: { en: '440: when a proxy answers it', ja: '440：プロキシが 440 を返す条件' },
    pages: [{ code: 440 }],
    wrong: {
      en: 'The page said the proxy "could not forward the request" because the budget was used up, and answers 440 when a branch has no budget left. A proxy always receives a Max-Breadth of at least 1 and can fork serially; RFC 5393 requires 440 when the budget is too small for the parallel fork it wants and it will not fork serially or redirect. It also said every proxy may lower Max-Breadth by its own policy, whereas a proxy should not lower it unless it exceeds the proxy\'s maximum.',
      ja: '枠が使い切られていたためプロキシが「リクエストを転送できなかった」とし、枠のないブランチについて 440 を返すとしていた。プロキシが受け取る Max-Breadth は常に 1 以上であり、順次フォーキングはできる。RFC 5393 が 440 を求めるのは、行いたい並列フォーキングに枠が足りず、順次フォーキングやリダイレクトで代えない場合である。また各プロキシがポリシーで値を下げうるとしていたが、プロキシは自身の上限を超えない限り値を下げるべきではない。',
    },
    now: {
      en: 'A proxy answers 440 when its Max-Breadth is too small for the parallel fork it wants and it is unwilling or unable to fork serially or redirect; with a value of 1 it may still answer 440 rather than fork. Proxies cap the value at their own maximum, 60 by recommendation (RFC 5393 §5.3.3).',
      ja: 'プロキシが 440 を返すのは、行いたい並列フォーキングに Max-Breadth が足りず、順次フォーキングやリダイレクトで代えられない、または代えない場合である。値が 1 ならフォーキングせずに 440 を返してもよい。プロキシは値を自身の上限（推奨値は 60）で抑える（RFC 5393 §5.3.3）。',
    },
    sources: [
      {
        ref: 'RFC5393 §5.3.3',
        quote:
          'If a SIP proxy determines a response context has insufficient Incoming Max-Breadth to carry out a desired parallel fork, and the proxy is unwilling/unable to compensate by forking serially or sending a redirect, that proxy MUST return a 440 (Max-Breadth Exceeded) response.',
      },
      {
        ref: 'RFC5393 §5.3.3',
        quote: 'A proxy SHOULD NOT use a smaller amount of Max-Breadth than was present in the original request unless the Incoming Max-Breadth exceeded the proxy\'s maximum acceptable value.',
      },
    ],
  },
  {
    id: '470-client-adds-missing-uris',
    date: '2026-12-04',
    title: { en: '470: the client adds the missing URIs; the relay then asks for permission', ja: '470：足りない URI はクライアントが加え、リレーが許可を求める' },
    pages: [{ code: 470 }],
    wrong: {
      en: 'The page said the targets\' permission would come through the framework\'s exchange, with no step for the sender, and that 470 speaks for recipients "before they have been asked". RFC 5360 §5.9.2 has the client add the missing URIs to the relay\'s list, after which the relay obtains the permissions; a 470 also follows a request the targets have not answered or have refused.',
      ja: '宛先の許可はフレームワークのやり取りで得られるとし、送信側が行う手順を示していなかった。また 470 は「まだ意思を尋ねられていない」受信者に代わるものとしていた。RFC 5360 §5.9.2 では、クライアントが足りない URI をリレーのリストに加え、その後リレーが許可を得る。宛先が回答していない場合や拒否した場合にも 470 は返る。',
    },
    now: {
      en: 'The client adds the URIs named in Permission-Missing to the relay\'s list with a mechanism such as XCAP, the relay asks for permission, and the Pending Additions event package reports the outcome (RFC 5360 §5.9.2, §5.2).',
      ja: 'クライアントは Permission-Missing に挙がった URI を XCAP などでリレーのリストに加え、リレーが許可を求め、結果は pending-additions イベントパッケージで通知される（RFC 5360 §5.9.2、§5.2）。',
    },
    sources: [
      {
        ref: 'RFC5360 §5.9.2',
        quote: 'A client receiving a 470 (Consent Needed) response uses a manipulation mechanism (e.g., XCAP) to add those URIs to the relay\'s list of URIs.  The relay will obtain permissions for those URIs as usual.',
      },
    ],
  },

  // Statement-by-statement review, 480–494 and 5xx.
  {
    id: '481-usage-and-cancel',
    date: '2026-12-04',
    title: { en: '481: the usage ends, and a 481 to CANCEL ends nothing', ja: '481：終わるのは用途であり、CANCEL への 481 は何も終わらせない' },
    pages: [{ code: 481 }],
    wrong: {
      en: 'The page said "For the client, 481 is a verdict on the whole dialog, not on one request" and told readers to treat the dialog as gone after any 481, although its own flow shows a 481 to a CANCEL that leaves the call in place. The flow caption said the 200 OK "has ended the INVITE transaction", which RFC 6026 changed.',
      ja: '「クライアントにとって 481 は、一つのリクエストではなくダイアログ全体に対する判定である」とし、どの 481 の後もダイアログはないものとして扱うよう勧めていたが、ページ自身のフローでは CANCEL への 481 の後も呼は続いている。フローの説明は 200 OK で「INVITE トランザクションが終わった」としていたが、これは RFC 6026 が変更している。',
    },
    now: {
      en: 'RFC 3261 §12.2.1.2 still says the UAC SHOULD terminate the dialog; RFC 5057 §5.1 reads a 481 as the loss of the usage, ending the dialog only with its last usage, and a 481 to a CANCEL affects only the CANCEL. Under RFC 6026 §7.1 the INVITE server transaction stays in the Accepted state after a 2xx, so a late CANCEL may get 200 rather than 481.',
      ja: 'RFC 3261 §12.2.1.2 はダイアログを終了すべき（SHOULD）としているが、RFC 5057 §5.1 は 481 を用途が失われたことと解釈し、ダイアログを終えるのは最後の用途とともにだけとしている。CANCEL への 481 は CANCEL だけに影響する。RFC 6026 §7.1 では 2xx の後も INVITE のサーバトランザクションが Accepted 状態で残るため、遅れた CANCEL には 481 でなく 200 が返ることがある。',
    },
    sources: [
      {
        ref: 'RFC5057 §5.1',
        quote:
          'This response indicates that the peer has lost its copy of the dialog usage state. The dialog itself should not be destroyed unless this was the last usage.',
      },
      { ref: 'RFC5057 §5.1', quote: 'A 481 response to a CANCEL affects only the CANCEL transaction. The usage associated with the INVITE is not affected.' },
      {
        ref: 'RFC6026 §7.1',
        quote: 'If the SIP element\'s TU (Transaction User) issues a 2xx response for this transaction while the state machine is in the "Proceeding" state, the state machine MUST transition to the "Accepted" state and set Timer L to 64*T1',
      },
    ],
  },

  {
    id: '481-notifier-removes-subscription',
    date: '2026-12-04',
    title: { en: '481 to a NOTIFY: the notifier must remove the subscription', ja: 'NOTIFY への 481：ノーティファイアはサブスクリプションを削除しなければならない' },
    pages: [{ code: 481 }],
    wrong: {
      en: 'A scenario said that after a phone reboots "The PBX keeps sending NOTIFY requests for the old subscription" and the phone "answers each of them with 481", as if that were normal, although the first 481 obliges the notifier to remove the subscription.',
      ja: '電話機の再起動後に「PBX は古いサブスクリプション宛てに NOTIFY を送り続け」、電話機は「そのすべてに 481 を返す」と、それが通常の動作であるかのように書いていたが、最初の 481 を受けた時点でノーティファイアはサブスクリプションを削除しなければならない。',
    },
    now: {
      en: 'The phone answers the next NOTIFY with 481, the PBX MUST then remove the subscription, and the phone\'s new SUBSCRIBE sets up a fresh one.',
      ja: '電話機は次の NOTIFY に 481 を返し、PBX はそこでサブスクリプションを削除しなければならない。電話機の新しい SUBSCRIBE が新たなサブスクリプションを作る。',
    },
    sources: [
      {
        ref: 'RFC6665 §4.2.2',
        quote: 'If the NOTIFY transaction fails due to the receipt of a 404, 405, 410, 416, 480-485, 489, 501, or 604 response to the NOTIFY request, the notifier MUST remove the corresponding subscription.',
      },
    ],
  },
  {
    id: '487-cancel-via',
    date: '2026-12-04',
    title: { en: '487: the Via of a CANCEL does not show who cancelled', ja: '487：CANCEL の Via からはキャンセルした者はわからない' },
    pages: [{ code: 487 }],
    wrong: {
      en: 'The page said "The Via and Reason headers of the CANCEL tell you which" party sent the CANCEL, and that a forking proxy\'s CANCEL "often" carries a Reason header, without a source.',
      ja: '誰が CANCEL を送ったかは「CANCEL の Via と Reason ヘッダを見ればわかる」とし、フォーキングプロキシの CANCEL には Reason ヘッダが「付くことが多い」と出典なしに書いていた。',
    },
    now: {
      en: 'A stateful proxy answers the CANCEL itself and sends its own, whose only Via is the proxy\'s, so the CANCEL has to be followed upstream hop by hop; a Reason header, which proxies SHOULD copy, may say why.',
      ja: 'ステートフルプロキシは CANCEL に自ら応答し、自分の Via だけを持つ CANCEL を新たに送るので、CANCEL はホップごとにさかのぼって調べる必要がある。理由は、プロキシがコピーすべき（SHOULD）Reason ヘッダに書かれていることがある。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.10',
        quote: 'If a matching response context is found, the element MUST immediately return a 200 (OK) response to the CANCEL request.',
      },
      { ref: 'RFC3261 §9.1', quote: 'A CANCEL constructed by a client MUST have only a single Via header field value matching the top Via value in the request being cancelled.' },
      {
        ref: 'RFC3326 §2',
        quote: 'Proxies generating a CANCEL request upon reception of a CANCEL from the previous hop that contains a Reason header field SHOULD copy it into the new CANCEL request.',
      },
    ],
  },
  {
    id: '503-proxy-with-no-route',
    date: '2026-12-04',
    title: { en: '503: a proxy with no route left is not where it should come from', ja: '503：経路の尽きたプロキシが返すべきコードではない' },
    pages: [{ code: 503 }],
    wrong: {
      en: 'The page said a 503 that reaches a caller "normally comes from the first server that is itself unavailable, or from a proxy with no route left". No RFC gives 503 to a proxy that has run out of routes.',
      ja: '発信者に届く 503 は「自ら利用不可になっている最初のサーバか、もう経路が残っていないプロキシから来ている」としていた。経路の尽きたプロキシに 503 を返させる RFC はない。',
    },
    now: {
      en: 'A 503 reaching a caller normally comes from a server that is itself unavailable: a proxy whose only response was a 503 SHOULD send 500 upstream, and a proxy whose target set is empty returns an error that SHOULD be 480.',
      ja: '発信者に届く 503 は、通常、自ら利用不可になっているサーバから来ている。受けた応答が 503 だけのプロキシは上流へ 500 を返すべきであり（SHOULD）、ターゲットセットが空になったプロキシが返すエラーは 480 であるべきである（SHOULD）。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.' },
      {
        ref: 'RFC3261 §16.5',
        quote: 'If the target set remains empty after applying all of the above, the proxy MUST return an error response, which SHOULD be the 480 (Temporarily Unavailable) response.',
      },
    ],
  },
  {
    id: '500-not-always-the-server',
    date: '2026-12-04',
    title: { en: '500: not always the server\'s fault, and "most" and "often" without a source', ja: '500：常にサーバ側の原因とは限らない。出典のない「多く」も改めた' },
    pages: [{ code: 500 }],
    wrong: {
      en: 'The summary said "the fault lies with that server", although the page itself describes 500s that RFC 3261 prescribes for a client\'s out-of-order CSeq and overlapping INVITE. It also said these cases "explain most 500s met in traces" and that a 500 "often hides" an overloaded server, with no source.',
      ja: '概要で「原因はそのサーバ側にあり」としていたが、ページ自身が、クライアントの CSeq の順序違いや INVITE の重なりに RFC 3261 が定める 500 を説明している。また、これらが「トレースで見かける 500 の多く」を説明するとし、500 の裏に過負荷のサーバが「隠れていることが多い」と出典なしに書いていた。',
    },
    now: {
      en: 'The summary names both kinds: an unexpected server condition and the protocol errors RFC 3261 answers with 500. The frequency claims are gone; a 500 can hide a downstream 503. The UPDATE case now cites RFC 3311 §5.2.',
      ja: '概要はサーバの想定外の状態と、RFC 3261 が 500 で応えるプロトコル上の誤りの両方を示す。頻度の記述は削り、500 の裏に下流の 503 が隠れていることがある、とした。UPDATE の場合は RFC 3311 §5.2 を示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §12.2.2',
        quote: 'If the remote sequence number was not empty, but the sequence number of the request is lower than the remote sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal Error) response.',
      },
      {
        ref: 'RFC3261 §14.2',
        quote: 'A UAS that receives a second INVITE before it sends the final response to a first INVITE with a lower CSeq sequence number on the same dialog MUST return a 500 (Server Internal Error) response to the second INVITE',
      },
      {
        ref: 'RFC3311 §5.2',
        quote: 'A UAS that receives an UPDATE before it has generated a final response to a previous UPDATE on the same dialog MUST return a 500 response to the new UPDATE',
      },
    ],
  },
  {
    id: '485-where-it-is-met',
    date: '2026-12-04',
    title: { en: '485: where it is met, from the RFC rather than from observation', ja: '485：使われる場面は、観察ではなく RFC に基づいて示す' },
    pages: [{ code: 485 }],
    wrong: {
      en: 'The page said "In practice 485 is seldom met outside enterprise directories", an observation with no source.',
      ja: '「実際に 485 を目にするのは社内ディレクトリなどに限られ」と、出典のない観察を書いていた。',
    },
    now: {
      en: 'The page quotes what RFC 3261 §21.4.23 itself says: some email and voice mail systems provide this functionality.',
      ja: 'RFC 3261 §21.4.23 自体の記述に従い、一部の電子メールやボイスメールのシステムがこの機能を提供しているとした。',
    },
    sources: [{ ref: 'RFC3261 §21.4.23', quote: 'Some email and voice mail systems provide this functionality.' }],
  },
  {
    id: '493-certificate-and-rfc-8591',
    date: '2026-12-04',
    title: { en: '493: what a 493 without a certificate means, and MESSAGE under RFC 8591', ja: '493：証明書のない 493 の意味と、RFC 8591 による MESSAGE の扱い' },
    pages: [{ code: 493 }],
    wrong: {
      en: 'The page told a sender whose 493 carried no key to "obtain the recipient\'s current certificate before resending", although such a 493 says the recipient cannot or will not use S/MIME encryption at all. It said the response "may" carry a key, where RFC 3261 §23.2 says it SHOULD carry a certificate, and claimed without a source that a 493 "almost always points to a key mismatch". It also missed RFC 8591, which lets a UAS answer 2xx to an encrypted MESSAGE it decrypts later.',
      ja: '鍵の付いていない 493 を受けた送信側に「送り直す前に受信側の現在の証明書を入手する」よう勧めていたが、そのような 493 は、受信側が S/MIME の暗号化をそもそも使えない、あるいは使わないことを示す。また、応答に鍵を含めて「よい」としていたが RFC 3261 §23.2 では証明書を含めるべき（SHOULD）であり、493 は「ほぼ例外なく」鍵の食い違いを示すと出典なしに書いていた。さらに、後で復号する暗号化 MESSAGE に UAS が 2xx を返すことを認めた RFC 8591 に触れていなかった。',
    },
    now: {
      en: 'A 493 SHOULD carry the responder\'s certificate; one without a certificate means the responder does not take encrypted bodies, so another certificate will not help. For MESSAGE, the UAS SHOULD answer 493 when it decrypts at once and MAY answer 2xx when it defers decryption (RFC 8591 §7.3).',
      ja: '493 には応答した側の証明書を入れるべきであり（SHOULD）、証明書のない 493 は暗号化されたボディを受け付けないことを示すので、別の証明書を入手しても解決しない。MESSAGE については、すぐに復号する UAS は 493 を返すべきであり（SHOULD）、復号を後回しにする UAS は 2xx を返してもよい（MAY、RFC 8591 §7.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §23.2',
        quote: 'A 493 (Undecipherable) sent without any certificate indicates that the respondent cannot or will not utilize S/MIME encrypted messages, though they may still support S/MIME signatures.',
      },
      {
        ref: 'RFC3261 §23.2',
        quote: 'If a UA receives an S/MIME body that has been encrypted with a public key unknown to the recipient, it MUST reject the request with a 493 (Undecipherable) response. This response SHOULD contain a valid certificate for the respondent',
      },
      {
        ref: 'RFC8591 §7.3',
        quote: 'This document updates RFC 3261 to say that the UAS SHOULD return a SIP 493 response if it immediately attempts to decrypt the message and determines that the message was encrypted to the wrong certificate. However, it MAY return a 200-class response if decryption is deferred.',
      },
    ],
  },
  {
    id: '494-421-both-carry-security-server',
    date: '2026-12-04',
    title: { en: '494 and 421: under RFC 3329 both carry Security-Server', ja: '494 と 421：RFC 3329 ではどちらも Security-Server を運ぶ' },
    pages: [{ code: 494 }],
    wrong: {
      en: 'The page said "421 only says an option tag is required, whereas 494 carries everything needed to start the negotiation". A sec-agree server\'s 421 must carry the same Security-Server list, "Require: sec-agree" and start-up information as its 494.',
      ja: '「421 はオプションタグが必要だと告げるだけだが、494 は交渉を始めるのに必要な情報をすべて運ぶ」としていた。sec-agree を使うサーバの 421 にも、494 と同じく Security-Server のリスト、「Require: sec-agree」、メカニズムを始めるための情報が入らなければならない。',
    },
    now: {
      en: 'The two answer different requests: 421 when the request names sec-agree nowhere, 494 when it lists sec-agree in Supported; both carry Security-Server, "Require: sec-agree" and what the client needs to start the mechanism (RFC 3329 §2.3.2).',
      ja: '両者は受けたリクエストによって使い分ける。sec-agree がどこにもなければ 421、Supported にあれば 494 であり、どちらも Security-Server、「Require: sec-agree」、メカニズムを始めるのに必要な情報を運ぶ（RFC 3329 §2.3.2）。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3.2',
        quote:
          'In both situation the server MUST also include in the response a Security-Server header field listing its capabilities and a Require header field with an option-tag "sec-agree" in it. The server MUST also add necessary information so that the client can initiate the preferred security mechanism',
      },
    ],
  },
  {
    id: '505-almost-always',
    date: '2026-12-04',
    title: { en: '505: "almost always" replaced by what the version rule implies', ja: '505：「ほぼ例外なく」を、バージョンの規則から言えることに改めた' },
    pages: [{ code: 505 }],
    wrong: {
      en: 'The page said a 505 "almost always means that the version token was garbled" and "is almost always a bug in whatever built the request", and that servers "get wrong" the case-insensitive comparison, without a source; its own scenarios include 505s answering HTTP probes.',
      ja: '505 は「ほぼ例外なくバージョン表記が壊れている」、「リクエストを組み立てた側の不具合であることがほとんど」とし、大文字小文字を区別しない比較を「サーバ側が誤りやすい」と出典なしに書いていた。ページ自身の場面には HTTP の探査への 505 も含まれている。',
    },
    now: {
      en: 'SIP/2.0 is the only version defined, so a 505 means the version token was garbled or the message was not SIP; the case rule is stated as RFC 3261 §7.1 gives it.',
      ja: '定義されたバージョンは SIP/2.0 だけなので、505 はバージョン表記が壊れているか、SIP ではないメッセージだったことを意味する。大文字小文字の規則は RFC 3261 §7.1 のとおりに示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §7.1',
        quote: 'To be compliant with this specification, applications sending SIP messages MUST include a SIP-Version of "SIP/2.0". The SIP-Version string is case-insensitive, but implementations MUST send upper-case.',
      },
    ],
  },
  {
    id: '513-timeouts-more-often',
    date: '2026-12-04',
    title: { en: '513: no source for "more often a timeout"', ja: '513：「タイムアウトのほうが多い」には出典がない' },
    pages: [{ code: 513 }],
    wrong: {
      en: 'The page said that "more often" an oversized UDP request is fragmented, its fragments are lost in a NAT or firewall and the sender sees a timeout, a comparison of frequencies with no source.',
      ja: '大きすぎる UDP リクエストはフラグメントに分割されて断片が NAT やファイアウォールで失われ、送信側にはタイムアウトが見える「ことのほうが多い」と、出典のない頻度の比較を書いていた。',
    },
    now: {
      en: 'An oversized UDP request can also fail with a timeout instead of a 513 when a fragment is lost; RFC 3261 §18.1.1 moves such requests to TCP to prevent fragmentation over UDP. The MESSAGE scenario now cites the 1300-byte limit of RFC 3428 §8.',
      ja: '大きすぎる UDP リクエストは、断片が失われると 513 ではなくタイムアウトで失敗することもある、とした。RFC 3261 §18.1.1 は、UDP でのフラグメント化を防ぐため、このようなリクエストを TCP で送らせる。MESSAGE の場面には RFC 3428 §8 の 1300 バイトの上限を示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §18.1.1',
        quote: 'This prevents fragmentation of messages over UDP and provides congestion control for larger messages.',
      },
      { ref: 'RFC3428 §8', quote: 'The size of MESSAGE requests outside of a media session MUST NOT exceed 1300 bytes' },
    ],
  },

  // Second reading, 408, 410, 415, 417.
  {
    id: '408-no-unsourced-frequencies',
    date: '2026-12-04',
    title: { en: '408: no unsourced "very often" or "usual cause"', ja: '408：出典のない「非常に多い」「よくある原因」を削除' },
    pages: [{ code: 408 }],
    wrong: {
      en: 'The summary said that "very often" a 408 is the client\'s own transaction timer firing, a fix called stale contacts "the usual cause" of a 408 sent by a proxy, and another said a call ended by a 408 meant "a re-INVITE or UPDATE, often a session refresh, timed out". No source gives these frequencies, and a 408 or no answer to any request inside the dialog can end the call.',
      ja: '要約では、408 は「非常に多く」クライアント自身のトランザクションタイマの満了であるとし、修正方法ではプロキシが送る 408 について古いコンタクトを「よくある原因」とし、さらに通話を終わらせた 408 は「セッションリフレッシュなどの re-INVITE や UPDATE がタイムアウトした」ものだとしていた。これらの頻度を示す出典はなく、ダイアログ内のどのリクエストへの 408 や無応答でも通話は終わりうる。',
    },
    now: {
      en: 'The page names both origins without ranking them: a timeout reported by the client\'s own transaction layer is treated as a 408 (RFC 3261 §8.1.3.1), and a stateful proxy sends 408 when no branch produced a final response (RFC 3261 §16.7). A contact left behind by a device that disappeared is given as one example, and a call can end after a 408 to, or no answer for, any request inside its dialog (RFC 3261 §12.2.1.2).',
      ja: 'ページは 2 つの発生源を順位付けせずに示す。クライアント自身のトランザクション層が報告したタイムアウトは 408 として扱われ（RFC 3261 §8.1.3.1）、ステートフルプロキシはどのブランチからも最終応答が得られなければ 408 を返す（RFC 3261 §16.7）。消えた端末のコンタクトはその一例として示し、通話はダイアログ内のどのリクエストへの 408 や無応答でも終わりうるとした（RFC 3261 §12.2.1.2）。',
    },
    sources: [
      { ref: 'RFC3261 §8.1.3.1', quote: 'When a timeout error is received from the transaction layer, it MUST be treated as if a 408 (Request Timeout) status code has been received.' },
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
      {
        ref: 'RFC3261 §12.2.1.2',
        quote: 'If the response for a request within a dialog is a 481 (Call/Transaction Does Not Exist) or a 408 (Request Timeout), the UAC SHOULD terminate the dialog. A UAC SHOULD also terminate a dialog if no response at all is received for the request',
      },
    ],
  },
  {
    id: '410-no-portability-topic',
    date: '2026-12-04',
    title: { en: '410: no number-portability topic; the telephone network as the source only behind a gateway', ja: '410：番号ポータビリティの話題を削除し、理由表示が電話網から来るのはゲートウェイ経由の場合に限定' },
    pages: [{ code: 410 }],
    wrong: {
      en: 'The page still listed "ported number" among its topics, although neither RFC 3261 nor RFC 3398 ties 410 to number portability (RFC 3398 pairs cause 26, used in ANSI networks for a misrouted ported number, with 404). A fix also said of a 410 for a number that "the cause comes from the telephone network, and the gateway only translates it", although a SIP server can send 410 with no telephone network behind it.',
      ja: 'ページの話題に「番号ポータビリティ」が残っていたが、RFC 3261 にも RFC 3398 にも 410 と番号ポータビリティを結び付ける記述はない（RFC 3398 は、ANSI の網でポーティングされた番号の誤ルーティングを表す理由表示 26 を 404 に対応付けている）。また修正方法では、番号への 410 について「理由表示は電話網が付けたもので、ゲートウェイはそれを 410 に変換しているだけ」としていたが、SIP サーバは電話網を介さずに 410 を返すこともある。',
    },
    now: {
      en: 'The topic is gone. The fix says the cause comes from the telephone network when the 410 comes from a PSTN gateway, which maps cause 22 without a diagnostic, and cause 23, to 410 (RFC 3398 §7.2.4.1); a server that knows an address is permanently withdrawn answers 410 itself (RFC 3261 §21.4.10).',
      ja: '話題からは削除した。修正方法では、理由表示が電話網から来るのは 410 が PSTN ゲートウェイから来た場合だとした。ゲートウェイは診断情報のない理由表示 22 と理由表示 23 を 410 に対応付ける（RFC 3398 §7.2.4.1）。アドレスが恒久的に廃止されたと知っているサーバは、自ら 410 を返す（RFC 3261 §21.4.10）。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: "26 non-selected user clearing 404 Not Found (=) … (=) ANSI procedure - in ANSI networks, 26 is overloaded to signify 'misrouted ported number'.",
      },
      { ref: 'RFC3261 §21.4.10', quote: 'The requested resource is no longer available at the server and no forwarding address is known. This condition is expected to be considered permanent.' },
    ],
  },
  {
    id: '415-proxy-preference-and-accept-headers',
    date: '2026-12-04',
    title: { en: '415: what a proxy prefers, and which Accept header is required', ja: '415：プロキシが優先する応答と、必須となる Accept 系ヘッダ' },
    pages: [{ code: 415 }],
    wrong: {
      en: 'The page said a proxy "should prefer a 415 over other 4xx answers", although RFC 3261 §16.7 names 415 together with 401, 407, 420 and 484 as responses to prefer. A fix said to include "the Accept header the RFC requires" whenever a 415 is sent, although Accept is required when a body type is the problem, Accept-Encoding for an encoding and Accept-Language for a language; it also called the Warning header of a 488 rejecting an offer optional ("ideally").',
      ja: '「プロキシは他の 4xx より 415 を優先すべき」としていたが、RFC 3261 §16.7 は 401、407、415、420、484 をまとめて優先すべき応答として挙げている。また修正方法では、415 を送るときは常に「RFC が必須とする Accept ヘッダ」を付けるとしていたが、Accept が必須なのはボディのタイプが問題の場合であり、エンコーディングなら Accept-Encoding、言語なら Accept-Language が必須である。オファーを拒否する 488 の Warning ヘッダも「できれば」付けるものとしていた。',
    },
    now: {
      en: 'A proxy that picks a 4xx should give preference to responses that help the client resubmit, such as 401, 407, 415, 420 and 484 (RFC 3261 §16.7). A 415 carries the header that matches the problem (RFC 3261 §8.2.3), and a 488 rejecting an offer SHOULD carry a Warning header (RFC 3261 §13.3.1.3).',
      ja: '4xx を選ぶプロキシは、401、407、415、420、484 のように、クライアントが送り直す助けになる応答を優先すべきである（RFC 3261 §16.7）。415 には問題に応じたヘッダを付け（RFC 3261 §8.2.3）、オファーを拒否する 488 には Warning ヘッダを付けるべきである（RFC 3261 §13.3.1.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'The proxy SHOULD give preference to responses that provide information affecting resubmission of this request, such as 401, 407, 415, 420, and 484 if the 4xx class is chosen.',
      },
      {
        ref: 'RFC3261 §8.2.3',
        quote: 'The response MUST contain an Accept header field listing the types of all bodies it understands, in the event the request contained bodies of types not supported by the UAS. If the request contained content encodings not understood by the UAS, the response MUST contain an Accept-Encoding header field listing the encodings understood by the UAS.',
      },
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response. Such a response SHOULD include a Warning header field value explaining why the offer was rejected.',
      },
    ],
  },
  {
    id: '417-retry-with-authorised-values',
    date: '2026-12-04',
    title: { en: '417: a retry uses values the client is authorised to use', ja: '417：再試行にはクライアントに認められた値を使う' },
    pages: [{ code: 417 }],
    wrong: {
      en: 'The page said Accept-Resource-Priority "tells the client what to use in a retry", citing RFC 4412 §3.2 and §4.6.2, which say nothing about retries; the rule is in §4.7.1 and limits the choice to values the client is authorised to use. A scenario also said the originating network "has to retry the call without insisting on priority", although it may also retry with a value the gateway accepts.',
      ja: 'Accept-Resource-Priority は「クライアントが再試行で使う値を示す」とし、再試行に触れていない RFC 4412 §3.2 と §4.6.2 を出典にしていた。規則は §4.7.1 にあり、選べるのはクライアントに認められた値に限られる。また事例では、発信側のネットワークは「優先度を強制せずに呼を再試行しなければならない」としていたが、ゲートウェイが受け付ける値で再試行することもできる。',
    },
    now: {
      en: 'After a 417 the UAC may retry; if Accept-Resource-Priority is present, it SHOULD choose authorised values from it (RFC 4412 §4.7.1). The scenario names both ways to complete the call.',
      ja: '417 を受けた UAC は再試行してよく、Accept-Resource-Priority があれば、その中から認められた値を選ぶべきである（RFC 4412 §4.7.1）。事例には呼を通す 2 つの方法を示した。',
    },
    sources: [
      {
        ref: 'RFC4412 §4.7.1',
        quote: "Upon receiving a 417 (Unknown Resource-Priority) response, the UAC MAY attempt a subsequent request with the same or different resource value. If available, it SHOULD choose authorized resource values from the set of values returned in the 'Accept-Resource-Priority' header field.",
      },
    ],
  },

  // Second reading, 100, 428, 488, 607.
  {
    id: '100-first-hop-only',
    date: '2026-12-04',
    title: { en: '100: a 100 proves only that the first hop has the INVITE', ja: '100：100 が示すのはファーストホップが INVITE を受け取ったことだけ' },
    pages: [{ code: 100 }],
    wrong: {
      en: 'A fix said that when a call sits after 100 Trying and then ends with 408 or a CANCEL, "the fault lies beyond the first hop". The first hop\'s 100 says only that it received the request; the first hop itself may never have forwarded it.',
      ja: '100 Trying の後で呼が止まり 408 や CANCEL で終わる場合、「障害はファーストホップより先にある」としていた。ファーストホップの 100 が示すのはリクエストを受け取ったことだけであり、ファーストホップ自身が INVITE を転送していないこともある。',
    },
    now: {
      en: 'The 100 shows only that the first hop received the INVITE; check whether the first hop forwarded it, then follow it downstream to the element that never produced a 180 or 183.',
      ja: '100 が示すのはファーストホップが INVITE を受け取ったことだけである。ファーストホップが転送したかを確かめ、そのうえで下流へたどって 180 や 183 を返していない装置を特定する。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.1.1',
        quote:
          'This response indicates that the request has been received by the next-hop server and that some unspecified action is being taken on behalf of this call',
      },
    ],
  },
  {
    id: '428-local-policy',
    date: '2026-12-04',
    title: { en: '428: sent only where local policy requires a signature', ja: '428：署名を求めるローカルポリシーがある場合にだけ送られる' },
    pages: [{ code: 428 }],
    wrong: {
      en: 'The page called STIR verification "normally advisory", which RFC 8224 does not say, and a scenario had a verifier answer 428 to a request carrying only an unsupported "ppt" extension without saying that its policy required a signature.',
      ja: 'STIR の検証の結果は「通常参考情報にとどまる」としていたが、RFC 8224 にそのような記述はない。また、未対応の「ppt」拡張だけを持つリクエストに検証サービスが 428 を返す場面で、ポリシーが署名を求めていることに触れていなかった。',
    },
    now: {
      en: 'Verification by itself entails no particular treatment of the request; local policy decides. A verifier sends 428 when it cannot use any Identity header (none, or only unsupported "ppt" values) and its local policy requires one; the scenario now states that policy.',
      ja: '検証そのものはリクエストの特定の扱いを伴わず、扱いはローカルポリシーが決める。検証サービスが 428 を送るのは、使える Identity ヘッダがなく（ヘッダがない、または未対応の「ppt」値のものだけ）、かつローカルポリシーがそれを求める場合である。場面の説明にもそのポリシーを明記した。',
    },
    sources: [
      { ref: 'RFC8224 §6.2.1', quote: 'The verification of an Identity header field does not entail any particular treatment of the request.' },
      {
        ref: 'RFC8224 §6.2',
        quote:
          'If a verification service cannot use any Identity header in a request, due to the absence of Identity headers or unsupported "ppt" parameters, and the presence of an Identity header field is required by local policy',
      },
    ],
  },
  {
    id: '428-enterprise-signing',
    date: '2026-12-04',
    title: { en: '428: a UA may sign if it holds the credential', ja: '428：認証情報を持つ UA は自ら署名できる' },
    pages: [{ code: 428 }],
    wrong: {
      en: 'A fix told enterprise and PBX owners receiving 428 that they "cannot sign" themselves. RFC 8224 lets a UA act as the authentication service, provided it holds the private key of a credential for the identity.',
      ja: '428 を受け取った企業や PBX の運用者は「自分で署名することはできない」としていた。RFC 8224 は、その ID の認証情報の秘密鍵を持っていれば UA が認証サービスになることを認めている。',
    },
    now: {
      en: 'An enterprise can sign only if it holds the private key of a credential for its domain or numbers; otherwise its provider has to sign its calls.',
      ja: '企業が自ら署名できるのは、自分のドメインや番号に対する認証情報の秘密鍵を持っている場合だけであり、そうでなければ事業者に署名してもらう必要がある。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.1',
        quote:
          'Any entity that instantiates the authentication service role MUST possess the private key of one or more credentials that can be used to sign for a domain or a telephone number',
      },
      { ref: 'RFC8224 §6.1', quote: 'The authentication service role can be instantiated, for example, by an intermediary such as a proxy server or by a UA.' },
    ],
  },
  {
    id: '607-user-or-ua-logic',
    date: '2026-12-04',
    title: { en: '607: the user, or the UA\'s own logic', ja: '607：ユーザの操作、または UA 内部のロジック' },
    pages: [{ code: 607 }],
    wrong: {
      en: 'The summary and a fix said the called user flagged the call, and the advice for implementers said to send 607 "only on a user\'s action or a user-configured rule". RFC 8197 also lets the called party\'s UA send it by its own logic, as the page\'s description said.',
      ja: '概要と対処法では着信したユーザが呼を不要と判断したとし、実装者向けの助言では 607 を「ユーザの操作かユーザが設定したルールでだけ」送るとしていた。RFC 8197 は、説明文にもあるとおり、着信側の UA が内部のロジックで送ることも認めている。',
    },
    now: {
      en: 'The called party\'s UA sends 607 on the user\'s input or by its own logic; a network analytics decision uses 608, because downstream analytics weigh a 607 as a human rejection.',
      ja: '607 は着信側の UA がユーザの操作または UA 内部のロジックに基づいて送る。網の分析判断による拒否には 608 を使う。下流の分析システムは 607 を人間による拒否として重み付けするからである。',
    },
    sources: [
      {
        ref: 'RFC8197 §1',
        quote:
          'The user agent (UA) of the called party, based on input from the called party or some UA-internal logic, uses this to indicate that this call is unwanted',
      },
      {
        ref: 'RFC8688 §1',
        quote: 'a downstream network element that sees a 607 response code can weigh it as a human rejection in its call analytics',
      },
    ],
  },
  {
    id: '607-signing-and-global-filters',
    date: '2026-12-04',
    title: { en: '607: what signing your calls does and does not do', ja: '607：呼への署名でできること、できないこと' },
    pages: [{ code: 607 }],
    wrong: {
      en: 'A fix reasoned that because RFC 8197 §6 restricts network-wide filters built from 607 to authenticated callers, signing your calls is "your best protection". The restriction works the other way: it keeps reports on spoofed, unauthenticated calls out of such filters, while reports on your own signed calls are the ones the filters may use.',
      ja: '対処法で、RFC 8197 §6 が 607 による網全体のフィルタを認証済みの発信者に限っているので、署名が「最善の防御」になるとしていた。この制限の働きは逆で、詐称された未認証の呼への報告をフィルタから除くものであり、署名した自分の呼への報告はむしろフィルタが使いうる報告である。',
    },
    now: {
      en: 'Signing lets networks tell your calls from spoofed ones that use your number; it does not shield you from reports on your own signed calls.',
      ja: '署名すれば、網は自分の呼と自分の番号を詐称した呼を区別できる。ただし、署名した自分の呼への報告は防げない。',
    },
    sources: [
      {
        ref: 'RFC8197 §6',
        quote:
          'the response code SHOULD NOT be used for creating global call filters unless the calling party identity has been authenticated using [SIP-IDENTITY] as being assigned to the caller placing the unwanted call.',
      },
    ],
  },

  // Second reading, 180, 183, 200, 302.
  {
    id: '180-silence-one-cause',
    date: '2026-12-04',
    title: { en: '180: one cause of silence, not the cause', ja: '180：無音の原因の一つであって唯一の原因ではない' },
    pages: [{ code: 180 }],
    wrong: {
      en: 'The page said "Silence after a 180 comes from UAs that decide on the presence of SDP instead of on arriving RTP", naming a single cause with no source; the same page lists blocked early media as another.',
      ja: '「180 の後に無音になるのは、届く RTP ではなく SDP の有無で判断する UA である」と、出典なしに原因を一つに限っていた。同じページは、遮断されたアーリーメディアも別の原因として挙げている。',
    },
    now: {
      en: 'One cause of silence after a 180 is a UA that decides on the presence of SDP instead of on arriving RTP, which RFC 3960 §3.2 warns against.',
      ja: '180 の後に無音になる原因の一つは、届く RTP ではなく SDP の有無で判断する UA であり、RFC 3960 §3.2 はこれを戒めている。',
    },
    sources: [
      {
        ref: 'RFC3960 §3.2',
        quote:
          'Therefore, by only looking at the SIP signalling, a UAC cannot be sure whether or not there will be early media for a particular session.  The UAC needs to check if media packets are arriving at a given moment.',
      },
    ],
  },
  {
    id: '183-sdp-not-nearly-always',
    date: '2026-12-04',
    title: { en: '183: SDP is one possible detail, not "nearly always" there', ja: '183：SDP は詳細の一つの形であり「ほぼ必ず」ではない' },
    pages: [{ code: 183 }],
    wrong: {
      en: 'The page said that in practice the detail of a 183 is "nearly always an SDP body", that a 183 is "most often" carrying SDP, and that the far end is "typically" a PSTN gateway or an announcement server: frequency claims with no source. RFC 3261 lets the reason phrase, header fields or body carry the detail.',
      ja: '183 の詳細は実際には「ほぼ必ず SDP ボディ」であり、183 は「多くは」SDP を伴い、相手側は「多くは」PSTN ゲートウェイやアナウンスサーバであると、出典なしに頻度を示していた。RFC 3261 では、詳細はリーズンフレーズ、ヘッダ、ボディのいずれで伝えてもよい。',
    },
    now: {
      en: 'The detail can be an SDP body, and a 183 can carry SDP so that the caller hears early media; a PSTN gateway or an announcement server is given as an example of the far end.',
      ja: '詳細が SDP ボディであることもあり、183 は SDP を伴って発信者にアーリーメディアを聞かせることができる。PSTN ゲートウェイやアナウンスサーバは相手側の例として挙げる。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.1.5',
        quote: 'The Reason-Phrase, header fields, or message body MAY be used to convey more details about the call progress.',
      },
    ],
  },
  {
    id: '302-contact-header-parameters',
    date: '2026-12-04',
    title: { en: '302: Contact header parameters can add to a header, not only override it', ja: '302：Contact のヘッダパラメータは上書きだけでなく追加もする' },
    pages: [{ code: 302 }],
    wrong: {
      en: 'The page said the retry reuses the original headers "except where header parameters in the Contact URI override them". For a header field that takes a comma-separated list, the value from the Contact may instead be appended.',
      ja: '再試行では元のヘッダを「Contact URI のヘッダパラメータで上書きされるもの以外」そのまま使うとしていた。カンマ区切りのリストを取るヘッダでは、Contact からの値は追加されることもある。',
    },
    now: {
      en: 'The retry reuses the original headers and body except where header parameters in the Contact URI replace or add to them (RFC 3261 §8.1.3.4).',
      ja: '元のヘッダとボディは、Contact URI のヘッダパラメータで上書きまたは追加されるもの以外そのまま使う（RFC 3261 §8.1.3.4）。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.1.3.4',
        quote:
          'As a general rule, if the header field can accept a comma-separated list of values, then the new header field value MAY be appended to any existing values in the original redirected request.',
      },
    ],
  },

  // Second reading, 401, 403, 404, 407.
  {
    id: '401-proxies-forward-401',
    date: '2026-12-04',
    title: { en: '401: proxies pass 401s on; an unanswered branch challenges again', ja: '401：プロキシは 401 を転送する。応答されなかった分岐が再びチャレンジする' },
    pages: [{ code: 401 }],
    wrong: {
      en: 'The description said "Proxies never send 401" and that a 401 comes from "the far end or the registrar", while the next sentence had a forking proxy return one 401 holding every challenge. A scenario said a client that answers only the first of two challenges "is challenged again", though the new 401 reaches the client only if no other branch answers first.',
      ja: '説明では「プロキシは 401 を送らず」、401 は「着信側かレジストラから」来るとしながら、次の文ではフォーキングしたプロキシがすべてのチャレンジを入れた 401 を 1 つ返すとしていた。また、2 つのチャレンジのうち最初にしか応答しないクライアントは「再びチャレンジを受ける」としていたが、他の分岐が先に応答すれば、その 401 はクライアントに届かない。',
    },
    now: {
      en: 'A proxy MUST NOT challenge with 401 and passes on the 401s it receives; a 401 challenge comes from the far end, a registrar or a redirect server. The client MAY supply an Authorization value for each challenge; if it answers only one, the device in the other realm rejects the retried INVITE with a new challenge and cannot be reached.',
      ja: 'プロキシは 401 でチャレンジしてはならず、受信した 401 は転送する。401 のチャレンジは着信側、レジストラ、リダイレクトサーバから来る。クライアントはチャレンジごとに Authorization の値を付けてもよく、1 つにしか応答しなければ、もう一方のレルムの端末は再送された INVITE を新しいチャレンジで拒否し、その端末には着信しない。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.1',
        quote: 'Additionally, registrars and redirect servers MAY make use of 401 (Unauthorized) responses for authentication, but proxies MUST NOT, and instead MAY use the 407 (Proxy Authentication Required)',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'The resulting 401 (Unauthorized) or 407 (Proxy Authentication Required) response could have several WWW-Authenticate AND Proxy-Authenticate header field values.',
      },
      {
        ref: 'RFC3261 §22.3',
        quote: 'a UAC MAY include an Authorization value for each WWW-Authenticate value and a Proxy-Authorization value for each Proxy-Authenticate value for which the UAC wishes to supply a credential.',
      },
    ],
  },
  {
    id: '403-via-does-not-name-refuser',
    date: '2026-12-04',
    title: { en: '403: the Via entries of a response do not show which element refused', ja: '403：応答の Via から拒否した装置はわからない' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'A fix said that when a 403 gives no reason, "the Server header and the Via entries show which element refused". The element that generates a response does not add a Via value to it, and each proxy removes its own Via value before passing the response back, so a response reaching the client carries only the client\'s own Via.',
      ja: '対処法では、403 に理由が書かれていなければ「Server ヘッダや Via の並びから拒否した装置を特定する」としていた。応答を生成した装置は応答に Via を加えず、各プロキシは応答を返す前に自分の Via の値を取り除くため、クライアントに届く応答にはクライアント自身の Via しか残らない。',
    },
    now: {
      en: 'A Server header, when present, describes the software that answered; the page says the Via entries do not name the refusing element.',
      ja: 'Server ヘッダがあれば応答したソフトウェアを示すが、Via の値は拒否した装置を示さないとした。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'The proxy removes the topmost Via header field value from the response.' },
      { ref: 'RFC3261 §20.35', quote: 'The Server header field contains information about the software used by the UAS to handle the request.' },
    ],
  },
  {
    id: '404-no-most-common-cause',
    date: '2026-12-04',
    title: { en: '404: no unsourced "most common cause"; 485 may list addresses, or be answered as 404', ja: '404：出典のない「最も多い原因」を削除し、485 は候補を列挙してもよく、404 で代えることもあると訂正' },
    pages: [{ code: 404 }],
    wrong: {
      en: 'A fix called digits that do not match the dial plan "the most common cause" of a 404; no source gives that frequency. The description said that 485 "lists ambiguous matches", but the listing is optional, and a server must be configurable to answer an ambiguous Request-URI with 404 instead.',
      ja: '対処法では、ダイヤルプランに一致しない桁列を 404 の「最も多い原因」としていたが、この頻度を示す出典はない。説明では 485 が「候補が複数あること」を示すとしていたが、候補の列挙は任意であり、曖昧な Request-URI に代わりに 404 を返すようサーバを設定できなければならない。',
    },
    now: {
      en: 'Digits that match no entry in the dial plan are given as an address that does not exist, without a frequency. 485 says the address is ambiguous and MAY list unambiguous ones in Contact, and a server MUST be configurable to answer 404 instead (RFC 3261 §21.4.23).',
      ja: 'ダイヤルプランのどの項目にも一致しない桁列は、頻度を示さずに存在しないアドレスとして扱われるとした。485 はアドレスが曖昧であることを示し、曖昧でない候補を Contact に列挙してもよく、代わりに 404 を返すようサーバを設定できなければならないとした（RFC 3261 §21.4.23）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.23',
        quote: 'The response MAY contain a listing of possible unambiguous addresses in Contact header fields.',
      },
      {
        ref: 'RFC3261 §21.4.23',
        quote: 'It MUST be possible to configure a server to respond with status 404 (Not Found) or to suppress the listing of possible choices for ambiguous Request-URIs.',
      },
    ],
  },

  // Second reading, 480, 481, 486, 487.
  {
    id: '486-only-600-everywhere',
    date: '2026-12-04',
    title: { en: '486: 600 is not the only code that speaks for every device', ja: '486：ユーザのすべての端末について断るコードは 600 だけではない' },
    pages: [{ code: 486 }],
    wrong: {
      en: 'The page said "Only 600 Busy Everywhere claims that no other end system will accept the call". RFC 3261 says the same of 603 Decline, which the same page recommends for a refusal covering all of the user\'s devices.',
      ja: '「他のどの端末でも呼を受けられないことを示すのは 600 Busy Everywhere だけ」としていた。RFC 3261 は 603 Decline についても同じことを定めており、同じページも、ユーザのすべての端末について断る場合には 603 を勧めている。',
    },
    now: {
      en: 'That claim takes a 6xx; for a busy callee it is 600, returned only if the client knows that no other end point will answer (RFC 3261 §21.6.1).',
      ja: 'すべての端末について断るには 6xx を使う。話中の着信者の場合は 600 であり、他のどの端末も応答しないとクライアントが知っている場合にだけ返される（RFC 3261 §21.6.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6.2',
        quote: 'This status response is returned only if the client knows that no other end point will answer the request.',
      },
      {
        ref: 'RFC3261 §21.6.1',
        quote: 'This status response is returned only if the client knows that no other end point (such as a voice mail system) will answer the request.',
      },
    ],
  },
  {
    id: '480-not-registered-phrase',
    date: '2026-12-04',
    title: { en: '480: no source for how often the phrase says "not registered"', ja: '480：「未登録」のフレーズがどれほど多いかには出典がない' },
    pages: [{ code: 480 }],
    wrong: {
      en: 'A scenario said a PBX\'s 480 for an unregistered phone "often" carries a phrase such as "User not registered". No source supports "often": the stack source rows we hold give no such phrase, and RFC 3261 only recommends that the phrase say why.',
      ja: 'シナリオで、未登録の電話機に対する PBX の 480 には `User not registered` のようなフレーズが「伴うことが多い」としていた。「多い」を裏付ける出典はない。確認したスタックのソースにそのようなフレーズは見当たらず、RFC 3261 はフレーズで理由を示すよう勧めているだけである。',
    },
    now: {
      en: 'The reason phrase may say why, such as "User not registered", as RFC 3261 §21.4.18 recommends.',
      ja: 'RFC 3261 §21.4.18 が勧めるとおり、`User not registered` のようなリーズンフレーズで理由を示すこともある、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.18',
        quote: 'The reason phrase SHOULD indicate a more precise cause as to why the callee is unavailable.',
      },
    ],
  },
  {
    id: '487-answer-seizure-ratio',
    date: '2026-12-04',
    title: { en: '487: abandoned calls still count in the answer-seizure ratio', ja: '487：放棄呼も応答率（ASR）の計算に入る' },
    pages: [{ code: 487 }],
    wrong: {
      en: 'A fix advised keeping 487s from callers hanging up out of answer-seizure-ratio figures. The ratio counts every attempt that was not answered, abandoned ones included; leaving them out reports a different, higher figure under the same name.',
      ja: '対処法で、発信者の切断による 487 を応答率（ASR）の計算から外すよう勧めていた。この比率は応答されなかった発信をすべて数え、放棄呼もそこに含まれる。外せば、同じ名前で別の、より高い値を報告することになる。',
    },
    now: {
      en: 'Keep them out of failure alarms and count them separately as abandoned calls; they still count against the answer-seizure ratio, whose SIP analogue, the Session Establishment Ratio, divides by all INVITEs except those answered 3xx (RFC 6076 §4.6).',
      ja: '障害アラームの対象からは外し、放棄呼として別に集計する。ただし ASR を下げる要因には数えられる。ASR に類似した SIP の指標であるセッション確立率は、3xx が返ったものを除くすべての INVITE で割る（RFC 6076 §4.6）。',
    },
    sources: [
      {
        ref: 'RFC6076 §4.6',
        quote:
          'SER is defined as the ratio of the number of new session INVITE requests resulting in a 200 OK response, to the total number of attempted INVITE requests less INVITE requests resulting in a 3XX response. This metric is similar to the Answer Seizure Ratio (ASR) defined in [E.411].',
      },
    ],
  },

  // Second reading, 500, 503, 603, 488.

  {
    id: '503-b2bua-carries-503',
    date: '2026-12-04',
    title: { en: '503: a B2BUA can carry a downstream 503 to the caller', ja: '503：B2BUA は下流の 503 を発信者まで伝えうる' },
    pages: [{ code: 503 }],
    wrong: {
      en: 'The page concluded from the proxy rule of RFC 3261 §16.7 that "a 503 that reaches a caller therefore normally comes from the first server that is itself unavailable". The rule binds proxies only, and common B2BUAs map a 503 from their outgoing leg to a cause that they turn back into 503 towards the caller.',
      ja: 'RFC 3261 §16.7 のプロキシの規則から、「発信者に届く 503 は、通常、自ら利用不可になっている最初のサーバから来ている」と結論していた。この規則が縛るのはプロキシだけであり、よく使われる B2BUA は発信側の区間で受けた 503 を理由表示に対応付け、発信者へはそれを 503 に戻して返す。',
    },
    now: {
      en: 'A 503 forwarded by a proxy speaks for the proxy itself; a B2BUA is not bound by that rule, and FreeSWITCH (through cause 41) and Asterisk (through cause 34) turn a 503 from the next hop back into 503 towards the caller.',
      ja: 'プロキシが転送する 503 はそのプロキシ自身の状態を表す。B2BUA はこの規則に縛られず、FreeSWITCH（理由表示 41 を介して）や Asterisk（理由表示 34 を介して）は、次ホップからの 503 を発信者へ 503 として返す。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote:
          'A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it upstream unless it can determine that any subsequent requests it might proxy will also generate a 503.',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia_glue.c#L1852-L1853',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia_glue.c, lines 1852–1853',
        quote: 'case 503: return SWITCH_CAUSE_NORMAL_TEMPORARY_FAILURE;',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L325-L328',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 325–328',
        quote: 'case SWITCH_CAUSE_NORMAL_TEMPORARY_FAILURE: … return 503;',
      },
    ],
  },
  {
    id: '503-registrar-not-403',
    date: '2026-12-04',
    title: { en: '503: what a 403 from a busy registrar would say', ja: '503：容量不足のレジストラが 403 を返すと何を伝えるか' },
    pages: [{ code: 503 }],
    wrong: {
      en: 'The page said a 403 from a registrar short of capacity "would tell the phone that its credentials or rights are wrong". RFC 3261 defines 403 the other way round: authorization will not help, and the request should not be repeated.',
      ja: '容量不足のレジストラが返す 403 は「認証情報や権限の誤りを端末に伝えてしまう」としていた。RFC 3261 の 403 の定義はむしろ逆で、認証しても結果は変わらず、リクエストを繰り返すべきではないというものである。',
    },
    now: {
      en: 'A 403 says that authorization will not help and that the REGISTER should not be repeated, although the registrar will accept it once it has capacity again; 503 with Retry-After says when to come back.',
      ja: '403 は、認証しても結果は変わらず REGISTER を繰り返すべきではないことを示すが、レジストラは容量が戻ればそれを受け付ける。Retry-After 付きの 503 なら、いつ戻ればよいかを示せる。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.4', quote: 'Authorization will not help, and the request SHOULD NOT be repeated.' },
      {
        ref: 'RFC3261 §21.5.4',
        quote: 'The server MAY indicate when the client should retry the request in a Retry-After header field.',
      },
    ],
  },
  {
    id: '603-not-every-6xx',
    date: '2026-12-04',
    title: { en: '603: "no other end point will answer" is said of 600 and 603, not of every 6xx', ja: '603：「他のエンドポイントも応答しない」は 600 と 603 の規定で、すべての 6xx のものではない' },
    pages: [{ code: 603 }],
    wrong: {
      en: 'The description said that "like every 6xx" a 603 carries the claim that no other end point will answer. RFC 3261 says this of 600 and 603; its 606, for one, only says the session description was not acceptable.',
      ja: '説明文で、603 は「他の 6xx と同じく」他のエンドポイントも応答しないことを示すとしていた。RFC 3261 がそう定めているのは 600 と 603 であり、たとえば 606 はセッション記述を受け入れられなかったことを示すだけである。',
    },
    now: {
      en: 'A 603 is to be returned only when it is known that no other end point will answer the request (RFC 3261 §21.6.2).',
      ja: '603 を返すのは、他のエンドポイントがこのリクエストに応答しないとわかっている場合に限られる（RFC 3261 §21.6.2）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6.2',
        quote: 'This status response is returned only if the client knows that no other end point will answer the request.',
      },
      {
        ref: 'RFC3261 §21.6.4',
        quote:
          'The user\'s agent was contacted successfully but some aspects of the session description such as the requested media, bandwidth, or addressing style were not acceptable.',
      },
    ],
  },
  {
    id: '603-608-is-a-may',
    date: '2026-12-04',
    title: { en: '603: RFC 8688 lets an intermediary send 608; it does not expect it to', ja: '603：RFC 8688 は仲介装置に 608 を送ることを認めているが、求めてはいない' },
    pages: [{ code: 603 }],
    wrong: {
      en: 'A fix said "a machine that blocks calls is expected to send 608". RFC 8688 says an intermediary MAY send 608 when it rejects a call as unwanted, and says nothing of machines that block calls for other reasons.',
      ja: '対処法で「機械的に呼をブロックする装置は 608 を送るのが筋」としていた。RFC 8688 は、呼を不要なものとして拒否する仲介装置が 608 を送ってもよい（MAY）と定めているだけであり、それ以外の理由で呼をブロックする装置については何も定めていない。',
    },
    now: {
      en: 'RFC 8688 §3.1 gives an intermediary that rejects a call as unwanted 608, which it MAY send, so that the rejection is not taken for the user\'s.',
      ja: 'RFC 8688 §3.1 は、呼を不要なものとして拒否する仲介装置のために 608 を用意しており、仲介装置はこれを送ってもよい（MAY）。こうすれば、その拒否がユーザによるものと受け取られない。',
    },
    sources: [
      {
        ref: 'RFC8688 §3.1',
        quote:
          'An intermediary MAY issue the 608 response code in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP [RFC3261] request to indicate that an intermediary rejected the offered communication as unwanted by the user.',
      },
    ],
  },

  // Second reading, 430, 440, 469, 470.
  {
    id: '430-no-flow-left',
    date: '2026-12-05',
    title: { en: '430: RFC 5626 does not say what the authoritative proxy answers when every flow has failed', ja: '430：すべてのフローが失敗したときの応答を RFC 5626 は定めていない' },
    pages: [{ code: 430 }],
    wrong: {
      en: 'The page said that when no flow is left, the authoritative proxy\'s target set is empty and RFC 3261 §16.5 makes its answer 480. That rule is for a target set that is empty when the proxy looks up the user. A proxy whose branches have all answered 430 has responses in its response context, and RFC 3261 §16.7 has it forward one of them.',
      ja: '残るフローがなければ権威プロキシのターゲットセットは空になり、RFC 3261 §16.5 に従って 480 を返すとしていた。この規則は、ユーザを検索した時点でターゲットセットが空の場合のものである。すべてのブランチが 430 を返したプロキシのレスポンスコンテキストには応答が残っており、RFC 3261 §16.7 によれば、プロキシはそのうちの 1 つを転送する。',
    },
    now: {
      en: 'RFC 5626 does not say what the proxy answers then: RFC 3261 §16.7 would forward the 430, which endpoints should never receive (RFC 5626 §11.5), so the proxy chooses a final response of its own. Only once the failed bindings are gone does a later request find no target, and for that case RFC 3261 §16.5 recommends 480.',
      ja: 'その場合に何を返すかを RFC 5626 は定めていない。RFC 3261 §16.7 に従えば 430 を転送することになるが、エンドポイントは 430 を受け取らないはずである（RFC 5626 §11.5）。そのためプロキシは自ら選んだ最終応答を返す。後続のリクエストでターゲットが見つからなくなるのは、失敗したバインディングが消えた後であり、その場合について RFC 3261 §16.5 は 480 を勧めている。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'Otherwise, the proxy MUST forward a response from the responses stored in the response context.',
      },
      { ref: 'RFC5626 §11.5', quote: 'Endpoints should never receive a 430 response.' },
      {
        ref: 'RFC3261 §16.5',
        quote: 'If the target set remains empty after applying all of the above, the proxy MUST return an error response, which SHOULD be the 480 (Temporarily Unavailable) response.',
      },
    ],
  },
  {
    id: '430-edge-proxy-must-know',
    date: '2026-12-05',
    title: { en: '430: the edge proxy answers it once it knows the flow is gone', ja: '430：エッジプロキシが 430 を返すのは、フローが失われたと知った後' },
    pages: [{ code: 430 }],
    wrong: {
      en: 'Two scenarios had the edge proxy answer 430 for a connection the phone or a NAT had lost without the edge proxy seeing it close, "noticing only when it tries to deliver the next request". The edge proxy sends 430 when the flow no longer exists; while it still holds the connection it forwards the request over it. A fix also said that until the UA registers again "every incoming request fails with 430", although the authoritative proxy moves requests to the UA\'s other flows.',
      ja: '二つのシナリオで、端末や NAT が失った接続について、エッジプロキシがその切断を検知していないのに「次のリクエストを届けようとして初めて気付き」430 を返すとしていた。エッジプロキシが 430 を返すのはフローがもう存在しない場合であり、接続をまだ保持していればリクエストはそこへ転送される。また対処法で、UA が再登録するまで「すべての着信リクエストが 430 で失敗する」としていたが、権威プロキシはリクエストを UA の他のフローへ移す。',
    },
    now: {
      en: 'The edge proxy answers 430 once it has seen the connection close, or, if it sent a Flow-Timer, once that time has passed without a keep-alive (RFC 5626 §5.4). Until the UA registers a new flow, requests routed over the failed flow get 430 and move to another flow if there is one.',
      ja: 'エッジプロキシが 430 を返すのは、接続の切断を認識した後、または Flow-Timer を送っていればその時間がキープアライブなしに過ぎた後である（RFC 5626 §5.4）。UA が新しいフローを登録するまでは、失敗したフローにルーティングされたリクエストが 430 となり、他のフローがあればそちらへ移る。',
    },
    sources: [
      { ref: 'RFC5626 §5.3.1', quote: 'If the flow no longer exists, the proxy SHOULD send a 430 (Flow Failed) response to the request.' },
      {
        ref: 'RFC5626 §5.4',
        quote: 'The reason a proxy would send a Flow-Timer is if it wishes to detect flow failures proactively and take appropriate action (e.g., log alarms, provide alternative treatment if incoming requests for the UA are received, etc.).',
      },
      {
        ref: 'RFC5626 §7',
        quote: 'If a request for a particular AOR and instance-id fails with a 430 (Flow Failed) response, the proxy SHOULD replace the failed branch with another target (if one is available) with the same AOR and instance-id, but a different reg-id.',
      },
    ],
  },
  {
    id: '440-scenarios-serial-forking',
    date: '2026-12-05',
    title: { en: '440: a proxy low on Max-Breadth can still fork serially', ja: '440：Max-Breadth が少ないプロキシも順次フォーキングはできる' },
    pages: [{ code: 440 }],
    wrong: {
      en: 'Scenarios said a proxy deep in a group tree "has nothing left to give a branch and returns 440 for it", and that mutual forwarding "ends with 440 or 482" as branches "run out of Max-Breadth". A proxy always receives a Max-Breadth of at least 1, which still allows serial forking; 440 answers the whole request, and only when the proxy will not fork serially or redirect. A returning request is stopped by loop detection with 482.',
      ja: 'シナリオで、グループの木の深い位置にあるプロキシは「ブランチに割り当てる枠がなくなり、そのブランチに 440 を返す」とし、互いの転送では「ブランチが Max-Breadth を使い切る」ことで「440 か 482 で止まる」としていた。プロキシが受け取る Max-Breadth は常に 1 以上であり、順次フォーキングはできる。440 はリクエスト全体への応答であり、プロキシが順次フォーキングもリダイレクトもしない場合に返される。戻ってきたリクエストを止めるのはループ検出の 482 である。',
    },
    now: {
      en: 'A proxy whose Max-Breadth is too small for the parallel fork it wants answers 440 unless it forks serially or redirects; a request that comes back unchanged is rejected with 482 by the loop-detection test of RFC 5393 §4.2.2.',
      ja: 'Max-Breadth が足りず、望む並列フォーキングを行えないプロキシは、順次フォーキングかリダイレクトで代替しない限り 440 を返す。変更されずに戻ってきたリクエストは、RFC 5393 §4.2.2 のループ検出テストにより 482 で拒否される。',
    },
    sources: [
      {
        ref: 'RFC5393 §5.3.3',
        quote: 'Notice that these requirements mean a proxy receiving a request with a Max-Breadth of 1 can only fork serially, but it is not required to fork at all -- it can return a 440 instead.',
      },
      {
        ref: 'RFC5393 §4.2.2',
        quote: 'If these values are equal, the request has looped and the proxy MUST reject the request with a 482 (Loop Detected) response.',
      },
    ],
  },
  {
    id: '440-mitigation-not-closure',
    date: '2026-12-05',
    title: { en: '440: Max-Breadth limits forking amplification; it does not end it', ja: '440：Max-Breadth はフォーキングによる増幅を抑えるが、なくしはしない' },
    pages: [{ code: 440 }],
    wrong: {
      en: 'The page said RFC 5393 "closed a hole" in SIP forking. The RFC says Max-Breadth limits only the number of concurrent branches, and that an attacker with enough distinct resources can still cause a very large number of messages.',
      ja: 'RFC 5393 は SIP のフォーキングに潜む「穴をふさいだ」としていた。RFC 自身は、Max-Breadth が制限するのは同時に存在するブランチの数だけであり、十分な数の異なるリソースを使える攻撃者は依然として非常に多くのメッセージを発生させられるとしている。',
    },
    now: {
      en: 'RFC 5393 addresses the weakness: it limits concurrency, not the total number of branches, and by its own account leaves an attacker with enough distinct resources able to cause many messages, spread over a longer time (RFC 5393 §1).',
      ja: 'RFC 5393 はこの弱点に対処するが、制限するのは同時に存在するブランチの数であって、総数ではない。RFC 自身も、十分な数の異なるリソースを使える攻撃者なら、時間をかけて多くのメッセージを発生させられるとしている（RFC 5393 §1）。',
    },
    sources: [
      {
        ref: 'RFC5393 §1',
        quote: 'However, an attacker with access to a sufficient number of distinct resources will still be able to stimulate a very large number of messages.',
      },
      { ref: 'RFC5393 §1', quote: 'The mechanism only limits concurrency.  It does not limit the total number of branches a request can traverse over its lifetime.' },
    ],
  },
  {
    id: '469-481-ends-the-usage',
    date: '2026-12-05',
    title: { en: '469: a 481 to INFO ends the usage, and the dialog only if it was the last', ja: '469：INFO への 481 が終わらせるのはユーセージで、ダイアログは最後のユーセージの場合だけ' },
    pages: [{ code: 469 }],
    wrong: {
      en: 'Comparing neighbouring codes, the page said a 481 to an INFO "ends the dialog". RFC 5057 classes 481 as destroying the usage: the dialog itself should not be destroyed unless this was its last usage.',
      ja: '似たコードとの比較で、INFO への 481 は「ダイアログを終わらせる」としていた。RFC 5057 は 481 をユーセージを破棄するものに分類しており、ダイアログ自体は、それが最後のユーセージでない限り破棄すべきではない。',
    },
    now: {
      en: 'A 481 ends the invite dialog usage the INFO belongs to, and the dialog itself only if that was its last usage (RFC 5057 §5.1).',
      ja: '481 は INFO が属する INVITE のダイアログユーセージを終わらせ、ダイアログ自体が終わるのはそれが最後のユーセージだった場合だけである（RFC 5057 §5.1）。',
    },
    sources: [
      {
        ref: 'RFC5057 §5.1',
        quote: 'This response indicates that the peer has lost its copy of the dialog usage state.  The dialog itself should not be destroyed unless this was the last usage.',
      },
    ],
  },
  {
    id: '469-recv-info-only-if-asked',
    date: '2026-12-05',
    title: { en: '469: a response carries Recv-Info only if the request did', ja: '469：応答に Recv-Info を付けられるのはリクエストに Recv-Info があった場合だけ' },
    pages: [{ code: 469 }],
    wrong: {
      en: 'A fix told the receiving side to list its packages in the Recv-Info "of your INVITE or 2xx", and said that leaving the header out "leaves the peer with no package it may send". A UA MUST NOT put Recv-Info in a response to a request without one; the sender of an initial INVITE MUST include it.',
      ja: '対処法で、受信側は扱えるパッケージを「自分の INVITE または 2xx」の Recv-Info に入れるとし、ヘッダを省けば「相手は送ってよいパッケージを 1 つも持たない」としていた。Recv-Info のないリクエストへの応答に Recv-Info を付けてはならず（MUST NOT）、最初の INVITE の送信側はこれを必ず含めなければならない（MUST）。',
    },
    now: {
      en: 'List the packages in the Recv-Info of your initial INVITE, or of your reliable 18x or 2xx to an INVITE that carried one (RFC 6086 §5.2.3); until you list a package, the peer MUST NOT send INFO for it (RFC 6086 §4.2.1).',
      ja: 'パッケージは、自分の最初の INVITE の Recv-Info か、Recv-Info を含む INVITE に対する信頼性のある 18x や 2xx の Recv-Info に列挙する（RFC 6086 §5.2.3）。列挙するまで、相手はそのパッケージの INFO を送ってはならない（RFC 6086 §4.2.1）。',
    },
    sources: [
      {
        ref: 'RFC6086 §5.2.3',
        quote: 'A UA MUST NOT include a Recv-Info header field in a response if the associated request did not contain a Recv-Info header field.',
      },
      {
        ref: 'RFC6086 §5.2.3',
        quote: 'The sender of an initial INVITE request MUST include a Recv-Info header field in the initial INVITE request, even if the sender is not willing to receive INFO requests associated with any Info Package.',
      },
    ],
  },
  {
    id: '469-legacy-info',
    date: '2026-12-05',
    title: { en: '469: RFC 6086 calls for it only for an INFO that names a package', ja: '469：RFC 6086 が 469 を求めるのはパッケージを示す INFO に対してだけ' },
    pages: [{ code: 469 }],
    wrong: {
      en: 'A scenario described a library that answers every INFO, legacy INFO without an Info-Package header included, with 469, without saying that this goes beyond the RFC; the description also said that before Info Packages "every pairing of devices needed its own agreement", where RFC 6086 says legacy uses often required static configuration.',
      ja: 'シナリオで、Info-Package ヘッダのない従来型の INFO も含め、すべての INFO に 469 を返すライブラリを、それが RFC の定めを超えていることに触れずに紹介していた。また説明文で、Info パッケージ以前は「機器の組み合わせごとに個別の取り決めが必要だった」としていたが、RFC 6086 は、従来型の使い方では静的な設定が必要になることが多かったとしている。',
    },
    now: {
      en: 'The scenario says that RFC 6086 §4.2.2 calls for 469 only for an INFO that names a package; the description follows RFC 6086 §2.',
      ja: 'シナリオに、RFC 6086 §4.2.2 が 469 を求めているのはパッケージを示す INFO に対してだけであることを加え、説明文は RFC 6086 §2 に合わせた。',
    },
    sources: [
      {
        ref: 'RFC6086 §4.2.2',
        quote: 'If a UA receives an INFO request associated with an Info Package that the UA has not indicated willingness to receive, the UA MUST send a 469 (Bad Info Package) response (see Section 11.6), which contains a Recv-Info header field with Info Packages for which the UA is willing to receive INFO requests.',
      },
      {
        ref: 'RFC6086 §2',
        quote: 'Due to the problems described above, legacy INFO usages often require static configuration to indicate the types of applications and contexts for which the UAs support the INFO method, and the way they handle application information transported in INFO messages.',
      },
    ],
  },
  {
    id: '470-should-not-must',
    date: '2026-12-05',
    title: { en: '470: the relay MUST NOT translate the list, and SHOULD answer 470', ja: '470：リレーはリストの変換をしてはならず、470 を返すべきである' },
    pages: [{ code: 470 }],
    wrong: {
      en: 'The description said that when the list arrives inside the request the relay "refuses the request instead, with 470", as a plain fact. RFC 5360 §5.9.1 says the relay MUST NOT perform the translation when permission is missing for any URI on the list, and that it SHOULD return an error response, which SHOULD be 470.',
      ja: '説明文で、リストがリクエストの中に載って届いた場合、リレーは「そのリクエスト自体を 470 で拒否する」と事実として書いていた。RFC 5360 §5.9.1 は、リスト中のいずれかの URI について許可がなければリレーは変換を行ってはならない（MUST NOT）とし、エラー応答を返すべきであり（SHOULD）、それは 470 であるべき（SHOULD）としている。',
    },
    now: {
      en: 'If permission is missing for even one URI on a request-contained list, the relay MUST NOT perform the translation at all, and SHOULD answer 470 (RFC 5360 §5.9.1).',
      ja: 'リクエストに載ったリストの URI のうち 1 つでも許可がなければ、リレーは変換をまったく行ってはならず（MUST NOT）、470 を返すべきである（SHOULD、RFC 5360 §5.9.1）。',
    },
    sources: [
      {
        ref: 'RFC5360 §5.9.1',
        quote: 'If it lacks permissions for one or more URIs, the relay MUST NOT perform the translation and SHOULD return an error response.',
      },
      {
        ref: 'RFC5360 §5.9.1',
        quote: 'A relay that receives a request-contained URI list with a URI for which the relay has no permissions SHOULD return a 470 (Consent Needed) response.',
      },
    ],
  },

  // Second reading, 300, 301, 305, 400, 402.
  {
    id: '300-retryable-4xx-not-failure',
    date: '2026-12-05',
    title: { en: '300: a challenge from one target is answered, not skipped', ja: '300：ターゲットからのチャレンジには応じ、飛ばさない' },
    pages: [{ code: 300 }],
    wrong: {
      en: 'A fix said to move to the next target "on any response above 399". RFC 3261 §8.1.3.4 does count codes above 399 as failures, but adds that a response which lets the request be retried, such as a 401 or 407 challenge, is not one: the client answers it at the same target.',
      ja: '対処法では「400 以上の応答を受けたら」次のターゲットへ進むとしていた。RFC 3261 §8.1.3.4 は 399 を超えるコードを失敗としているが、401 や 407 のチャレンジのように再試行できる応答は失敗に当たらないとしており、クライアントは同じターゲットでそれに応じる。',
    },
    now: {
      en: 'Move to the next target on a failure response (above 399), but first answer a 401 or 407 challenge, or another 4xx that RFC 3261 §8.1.3.5 says to retry with a change, at the same target.',
      ja: '失敗応答（400 以上）を受けたら次のターゲットへ進むが、401 や 407 のチャレンジや、RFC 3261 §8.1.3.5 が修正したうえでの再試行を求めるその他の 4xx には、まず同じターゲットで応じる、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.1.3.4',
        quote: 'Note that some response codes (detailed in 8.1.3.5) indicate that the request can be retried; requests that are reattempted should not be considered failures.',
      },
    ],
  },
  {
    id: '301-no-usually-302-expiry',
    date: '2026-12-05',
    title: { en: '301: no unsourced "usually"; a 302 address lasts as long as its expiry', ja: '301：出典のない「たいてい」を削除し、302 のアドレスは有効期限の間使えると訂正' },
    pages: [{ code: 301 }],
    wrong: {
      en: 'The page said a 301 from a carrier gateway "usually" means a changed number with its successor in Contact, a frequency no source gives, and that a 302 is "normally only acted on once", although RFC 3261 lets a client cache a 302 address for the expiry time the response gives.',
      ja: '事業者のゲートウェイから来た 301 は「たいてい」番号変更を意味し新しい番号が Contact に入っているとしていたが、この頻度を示す出典はない。また 302 は「通常その場で一度使われるだけ」としていたが、RFC 3261 では応答が示す有効期限の間、302 のアドレスをキャッシュしてよい。',
    },
    now: {
      en: 'A 301 from a gateway that follows the RFC 3398 mapping means the dialled number was changed, with the new number in Contact when the gateway could read it. The address from a 302 may be cached for the expiry time given, and without one serves a single retry (RFC 3261 §21.3.3).',
      ja: 'RFC 3398 の対応表に従うゲートウェイから来た 301 は番号変更を意味し、ゲートウェイが新しい番号を読み取れた場合はそれが Contact に入っているとした。302 のアドレスは示された有効期限の間だけキャッシュしてよく、期限がなければ 1 回の再試行にしか使えないとした（RFC 3261 §21.3.3）。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: 'A REL with ISDN cause 22 (number changed) might contain information about a new number where the callee might be reachable in the diagnostic field. If the MGC is able to process this information it SHOULD be added to the SIP response (301) in a Contact header.',
      },
      {
        ref: 'RFC3261 §21.3.3',
        quote: 'Both proxies and UAs MAY cache this URI for the duration of the expiration time. If there is no explicit expiration time, the address is only valid once for recursing, and MUST NOT be cached for future transactions.',
      },
    ],
  },
  {
    id: '305-support-unsourced',
    date: '2026-12-05',
    title: { en: '305: no unsourced claim that it is rare or ignored', ja: '305：「まれ」「無視される」という出典のない記述を削除' },
    pages: [{ code: 305 }],
    wrong: {
      en: 'The page said "In practice 305 is rare, and many user agents ignore it or treat it as a plain failure" and called its support "uneven", with no source; its advice to trust only some 305s gave no source either.',
      ja: '「実際には 305 はまれで、多くの UA は無視するか単なる失敗として扱う」とし、対応が「まちまち」としていたが、いずれも出典がなかった。一部の 305 にだけ従うという助言にも出典がなかった。',
    },
    now: {
      en: 'RFC 3261 says no more about 305 than §21.3.4, so whether a user agent acts on it depends on the implementation. The section repeats HTTP/1.1\'s 305, whose text warns that ignoring its limits has significant security consequences, which is why a careful client follows a 305 only from a sender it trusts.',
      ja: 'RFC 3261 が 305 について定めているのは §21.3.4 だけなので、UA が従うかどうかは実装次第であるとした。この節は HTTP/1.1 の 305 を引き継いでおり、HTTP はその制限を守らなければセキュリティ上の重大な問題が生じると注記している。そのため慎重なクライアントは、信頼できる送信元からの 305 にだけ従うとした。',
    },
    sources: [
      {
        ref: 'RFC2616 §10.3.6',
        quote: '305 was intended to redirect a single request, and to be generated by origin servers only. Not observing these limitations has significant security consequences.',
      },
    ],
  },
  {
    id: '400-content-length-shorter-body',
    date: '2026-12-05',
    title: { en: '400: a body shorter than Content-Length, not any mismatch', ja: '400：Content-Length との不一致一般ではなく、ボディが短い場合' },
    pages: [{ code: 400 }],
    wrong: {
      en: 'The description listed "the body does not match its Content-Length" among the defects that get 400. RFC 3261 §18.3 treats only a datagram that ends before the body does as an error; bytes beyond the declared length are discarded. The summary also said the request "has to be corrected" before it is sent again, where RFC 3261 §21.4 says SHOULD NOT and adds that another server might accept it.',
      ja: '説明では、400 になる欠陥に「Content-Length と一致しないボディ」を挙げていた。RFC 3261 §18.3 が誤りとするのは、ボディの途中でデータグラムが終わる場合だけであり、宣言された長さを超えるバイトは破棄される。また概要では、修正しないまま送り直しても「結果は変わらない」としていたが、RFC 3261 §21.4 は送り直すべきではない（SHOULD NOT）とし、別のサーバなら成功しうるとも注記している。',
    },
    now: {
      en: 'The defect is a UDP request whose body ends before the length its Content-Length gives, and the request should not be sent again without correcting it.',
      ja: '欠陥として挙げるのは、UDP で届いたリクエストのボディが Content-Length の示す長さより短い場合とし、リクエストは修正せずに送り直すべきではないとした。',
    },
    sources: [
      {
        ref: 'RFC3261 §18.3',
        quote: 'If there are additional bytes in the transport packet beyond the end of the body, they MUST be discarded. If the transport packet ends before the end of the message body, this is considered an error.',
      },
      {
        ref: 'RFC3261 §21.4',
        quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization). However, the same request to a different server might be successful.',
      },
    ],
  },
  {
    id: '402-via-and-billing-source',
    date: '2026-12-05',
    title: { en: '402: Via does not name the sender; billing is one possible source', ja: '402：Via から送信元はわからず、課金システムは送信元の一つ' },
    pages: [{ code: 402 }],
    wrong: {
      en: 'A fix said "the Server header and the Via entries of the response show which element answered"; the element that answers adds no Via value and each proxy removes its own, so the Via entries do not show it. The description said a 402 in the field "comes from a billing system", a generalisation no source supports, and that 402 came from HTTP "along with the rest", although RFC 3261 keeps only the HTTP codes it finds appropriate.',
      ja: '対処法では「応答の Server ヘッダや Via の並びから」応答した装置がわかるとしていた。応答する装置は Via を加えず、各プロキシは自分の値を取り除くので、Via の値からはわからない。また説明では、現場の 402 は課金システムがある場合に現れると一般化していたが出典はなく、402 は HTTP から「その一つとして入ってきた」としていたが、RFC 3261 は HTTP のコードのうち適切なものだけを採り入れている。',
    },
    now: {
      en: 'A Server header, when present, describes the software that answered, and the Via entries do not name it. A 402 seen in the field can come from a billing system, and RFC 3261 §21 keeps only the HTTP codes it finds appropriate, 402 among them.',
      ja: 'Server ヘッダがあれば応答したソフトウェアを示し、Via の値は応答した装置を示さないとした。現場の 402 は課金システムから来ることがあるとし、RFC 3261 §21 は HTTP のコードのうち適切なものだけを採り入れており、402 もその一つであるとした。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'The proxy removes the topmost Via header field value from the response.' },
      { ref: 'RFC3261 §20.35', quote: 'The Server header field contains information about the software used by the UAS to handle the request.' },
      { ref: 'RFC3261 §21', quote: 'Not all HTTP/1.1 response codes are appropriate, and only those that are appropriate are given here.' },
    ],
  },

  // Second reading, 181, 182, 199, 202, 204.
  {
    id: '199-caller-not-told-at-once',
    date: '2026-12-05',
    title: { en: '199: without it the caller learns of the ended early dialog late, not never', ja: '199：199 がなくても発信者には遅れて伝わる（伝わらないわけではない）' },
    pages: [{ code: 199 }],
    wrong: {
      en: 'The page said that under RFC 3261 alone the caller "is never told" that the device behind a failed branch has gone, and that it holds resources "until the whole INVITE completes".',
      ja: 'RFC 3261 だけでは、失敗した分岐の先の端末が消えたことは発信者に「伝わらない」とし、リソースは「INVITE 全体が完了するまで」確保されるとしていた。',
    },
    now: {
      en: 'The caller is not told at that moment, and may keep resources reserved until the proxy sends a final response (RFC 6228 §1); a non-2xx final response then ends all early dialogs (RFC 3261 §12.3).',
      ja: 'その時点では発信者に伝わらず、発信者はプロキシが最終応答を送るまでリソースを確保し続けることがある（RFC 6228 §1）。2xx 以外の最終応答が届けば、すべてのアーリーダイアログが終わる（RFC 3261 §12.3）。',
    },
    sources: [
      {
        ref: 'RFC6228 §1',
        quote:
          'upstream SIP entities (including the UAC that initiated the request) are not immediately informed that an early dialog has been terminated, and will therefore maintain resources associated with the early dialog reserved until a final response is sent by the proxy',
      },
    ],
  },

  // Second reading, 436, 437, 438, 439.
  {
    id: '436-437-identity-note-section',
    date: '2026-12-05',
    title: { en: '436, 437: what the codes mean is RFC 8224 §6.2.2, not the syntax section', ja: '436・437：コードの意味は構文の節ではなく RFC 8224 §6.2.2 にある' },
    pages: [{ code: 436 }, { code: 437 }],
    wrong: {
      en: 'The Identity header notes cited only RFC 8224 §4, the syntax section, for what 436 and 437 mean. The 436 note also said the URI "could not be dereferenced into a usable credential": an unusable credential that was obtained is a 437, and the note left out that 436 is for the case where this holds for every Identity header.',
      ja: 'Identity ヘッダの注記は、436・437 の意味の出典として構文の節である RFC 8224 §4 だけを挙げていた。436 の注記はさらに、URI から「使える証明書を取得できなかった」としていた。入手できたが使えない認証情報は 437 であり、また 436 はすべての Identity ヘッダについてそうである場合のものだという点が抜けていた。',
    },
    now: {
      en: '436: the verifier could not dereference the URI or acquire the credential, for every Identity header in the request; 437: it holds the credential but does not support it. Both cite RFC 8224 §6.2.2.',
      ja: '436 は、リクエスト中のすべての Identity ヘッダについて、検証側が URI を参照できないか認証情報を入手できなかった場合、437 は、認証情報を持っているがそれに対応しない場合とし、どちらも RFC 8224 §6.2.2 を出典とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote:
          'this response code should only be sent when the verification service is unable to dereference the URIs and/or acquire the credentials associated with all Identity header fields in the request.',
      },
      {
        ref: 'RFC8224 §6.2.2',
        quote:
          'is sent when a verification service can acquire, or already holds, the credential represented by the "info" parameter of at least one Identity header field in the request but does not support said credential(s)',
      },
    ],
  },
  {
    id: '436-438-stale-date-may',
    date: '2026-12-05',
    title: { en: '436, 438: a stale Date may draw 403; the RFC does not require it', ja: '436・438：古い Date には 403 を送ってよいが、義務ではない' },
    pages: [{ code: 436 }, { code: 438 }],
    wrong: {
      en: 'The pages said as plain fact that a stale Date or iat "is reported with" (436) or "draws" (438) a 403 "Stale Date". RFC 8224 says a 403 may be sent and the phrase can be sent.',
      ja: '古い Date や iat は 403（`Stale Date`）「になる」と、事実として書いていた。RFC 8224 は、403 を送ってよく、そのフレーズを使うこともできる、としているだけである。',
    },
    now: {
      en: 'For a Date or iat older than the freshness policy allows, the verifier may send 403, and the phrase "Stale Date" can be used.',
      ja: '鮮度ポリシーより古い Date や iat に対して、検証側は 403 を送ってよく、フレーズ `Stale Date` を使うこともできる、とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote:
          'Finally, a 403 response may be sent when the verification service receives a request with a Date header field value that is older than the local policy for freshness permits. The same response may be used when the "iat" in the full form of a PASSporT has a value older than the local policy for freshness permits. The reason phrase "Stale Date" can be sent to help humans debug the failure.',
      },
    ],
  },
  {
    id: '436-renewed-certificate-old-url',
    date: '2026-12-05',
    title: { en: '436: a renewed certificate gives 436 only once the old URL stops working', ja: '436：証明書の更新で 436 になるのは古い URL が使えなくなったとき' },
    pages: [{ code: 436 }],
    wrong: {
      en: 'A scenario said that a provider who publishes a renewed certificate under a new URL but keeps the old URL in its configuration gets 436 on every call. While the old URL still answers, the verifier can fetch a credential, so that is not a 436; and RFC 8224 asks signers to keep older URLs available.',
      ja: 'シナリオで、更新した証明書を新しい URL で公開しながら設定に古い URL を残した事業者は、すべての呼で 436 を受けるとしていた。古い URL がまだ応答する間は検証側は認証情報を取得できるので 436 にはならない。また RFC 8224 は、古い URL を引き続き参照できるようにしておくよう署名側に求めている。',
    },
    now: {
      en: 'The scenario has the provider take the file at the old URL down while its authentication service still names that URL, and says what RFC 8224 §7.4 asks for at a rollover.',
      ja: 'シナリオを、事業者が古い URL のファイルを削除したのに認証サービスがまだその URL を示している場面に改め、鍵の切り替え時に RFC 8224 §7.4 が求めることを書き添えた。',
    },
    sources: [
      {
        ref: 'RFC8224 §7.4',
        quote:
          'When a rollover occurs, authentication services SHOULD thus provide new "info" URIs for each new credential and SHOULD continue to make older key acquisition URIs available for a duration longer than the plausible lifetime of a SIP transaction (a minute would most likely suffice).',
      },
    ],
  },
  {
    id: '438-dest-from-to',
    date: '2026-12-05',
    title: { en: '438: RFC 8224 takes the called identity from To', ja: '438：RFC 8224 は着信側の ID を To から取る' },
    pages: [{ code: 438 }],
    wrong: {
      en: 'A fix said to check the dest claim against "To or Request-URI". RFC 8224 derives the called identity from the To header field and does not name the Request-URI for it.',
      ja: '対処法で、dest クレームを「To または Request-URI」と照合するよう書いていた。RFC 8224 は着信側の ID を To ヘッダから取り出しており、Request-URI は挙げていない。',
    },
    now: { en: 'The dest claim is checked against To.', ja: 'dest クレームは To と照合する、とした。' },
    sources: [
      {
        ref: 'RFC8224 §12.1',
        quote: 'The To header field value provides the identity of the SIP user that this request originally targeted.',
      },
    ],
  },
  {
    id: '439-ob-first-hop-only',
    date: '2026-12-05',
    title: { en: '439: only the first-hop edge proxy puts "ob" in its Path URI', ja: '439：Path URI に「ob」を付けるのはファーストホップのエッジプロキシだけ' },
    pages: [{ code: 439 }],
    wrong: {
      en: 'The page said that any edge proxy supporting Outbound adds a Path URI with "ob", and the Path note said the registrar answers 439 whenever a REGISTER through a proxy lacks that URI. Only the first hop adds "ob" (others must not), and the registrar answers 439 only if the REGISTER also carries a reg-id and the outbound option tag; otherwise it ignores the reg-id.',
      ja: 'Outbound に対応したエッジプロキシなら「ob」付きの Path URI を追加するとし、Path の注記では、プロキシ経由の REGISTER にその URI がなければレジストラは必ず 439 を返すとしていた。「ob」を付けるのはファーストホップだけである（それ以外は付けてはならない）。また、レジストラが 439 を返すのは REGISTER に reg-id と outbound オプションタグもある場合だけであり、そうでなければレジストラは reg-id を無視する。',
    },
    now: {
      en: 'The first-hop edge proxy stores a flow token in its Path URI and adds "ob"; an edge proxy that is not the first hop must not. The Path note gives the registrar\'s full rule from RFC 5626 §6.',
      ja: 'ファーストホップのエッジプロキシは Path URI にフロートークンを入れて「ob」を付け、ファーストホップでないエッジプロキシは「ob」を付けてはならない、とした。Path の注記には RFC 5626 §6 のレジストラの規則をそのまま示した。',
    },
    sources: [
      {
        ref: 'RFC5626 §5.1',
        quote:
          'In addition, the first node MUST include an "ob" URI parameter in its Path header field value. If the edge proxy is not the first SIP node after the UAC it MUST NOT place an "ob" URI parameter in a Path header field value.',
      },
      {
        ref: 'RFC5626 §6',
        quote:
          'if the REGISTER request contains the reg-id and the outbound option tag in a Supported header field, then the registrar MUST respond to the REGISTER request with a 439 (First Hop Lacks Outbound Support) response; otherwise, the registrar MUST ignore the "reg-id" parameter of the Contact header.',
      },
    ],
  },

  // Second reading, 380, 600, 604, 606, 608.
  {
    id: '380-oracle-trigger-and-3gpp-procedure',
    date: '2026-12-05',
    title: { en: '380: when Oracle\'s SBC sends it, and what RFC 3261 leaves to 3GPP', ja: '380：Oracle の SBC が送る条件と、RFC 3261 が 3GPP に委ねていること' },
    pages: [{ code: 380 }],
    wrong: {
      en: 'A scenario said the Oracle SBC sends its 380 "when its send-380-response setting is configured"; its manual says the SBC sends 380 for an emergency call it cannot complete, and the setting only supplies the `<reason>` text. The page also said, with no 3GPP text we had read, that `<action>emergency-registration</action>` asks the device to register for emergency services, and its flow, example and first scenario showed a 3GPP procedure (an unmarked INVITE to an emergency number, 380, emergency registration, a new INVITE to `urn:service:sos`) as what happens.',
      ja: 'シナリオで、Oracle の SBC は「send-380-response を設定すると」380 を送るとしていた。マニュアルによれば、SBC は完了できない緊急呼に対して 380 を送り、この設定は `<reason>` の文字列を与えるだけである。また、確認した 3GPP の文書を示さずに `<action>emergency-registration</action>` は緊急サービス用の登録を端末に求めるものだとし、コールフロー、メッセージ例、最初のシナリオで、3GPP の手順（緊急呼の表示のない緊急番号への INVITE、380、緊急登録、`urn:service:sos` 宛ての新しい INVITE）を実際に起こることとして示していた。',
    },
    now: {
      en: 'The flow and example follow Oracle\'s manual: its SBC in the P-CSCF role answers an emergency call it cannot complete with 380 and an `application/3gpp-ims+xml` body. The undetected-emergency-number case is attributed to Android\'s IMS API, which names a reason code for it. What the values in the 3GPP body mean, and what the device does next, are said to be defined by 3GPP, outside RFC 3261.',
      ja: 'コールフローとメッセージ例は Oracle のマニュアルに沿うものにした。P-CSCF として動作する同社の SBC は、完了できない緊急呼に `application/3gpp-ims+xml` ボディ付きの 380 を返す。検出されなかった緊急番号の場合は、そのための理由コードを定めている Android の IMS API の記述として示した。3GPP のボディの値の意味と端末のその後の動作は、RFC 3261 の範囲外で 3GPP が定めるものとした。',
    },
    sources: [
      {
        url: 'https://docs.oracle.com/en/industries/communications/session-border-controller/8.4.0/configuration/ir-92-compliance-sip-380-response.html',
        name: 'Oracle Communications Session Border Controller 8.4.0 Configuration Guide, "IR.92 Compliance via SIP 380 Response"',
        quote: 'When the Oracle Communications Session Border Controller receives an emergency call, which it can not complete, it returns a 380 (Alternative Service) response to the sender.',
      },
      {
        url: 'https://developer.android.com/reference/android/telephony/ims/ImsReasonInfo#CODE_SIP_ALTERNATE_EMERGENCY_CALL',
        name: 'Android API reference, android.telephony.ims.ImsReasonInfo, CODE_SIP_ALTERNATE_EMERGENCY_CALL',
        quote: 'Call failed due to SIP code 380 (Alternative Service response) while dialing an "undetected emergency number".',
      },
      {
        ref: 'RFC3261 §21.3.5',
        quote: 'The alternative services are described in the message body of the response. Formats for such bodies are not defined here, and may be the subject of future standardization.',
      },
    ],
  },
  {
    id: '600-604-isup-mapping-recommended',
    date: '2026-12-05',
    title: { en: '600, 604: RFC 3398\'s cause mapping is a recommendation', ja: '600・604：RFC 3398 の理由表示の対応付けは推奨である' },
    pages: [{ code: 600 }, { code: 604 }],
    wrong: {
      en: 'The pages said as plain fact that gateways translate 600 and 486 into cause 17 and that a gateway uses cause 1 for 604, and gave the cause location as fixed. RFC 3398 recommends these mappings when no encapsulated ISUP release is present, and the location is a default.',
      ja: 'ゲートウェイは 600 と 486 を理由表示 17 に、604 を理由表示 1 に変換すると事実として書き、ロケーションも固定であるかのように書いていた。RFC 3398 は、カプセル化された ISUP の REL がない場合にこれらの対応付けを推奨しているのであり、ロケーションは既定値である。',
    },
    now: {
      en: 'RFC 3398 §8.2.6.1 recommends cause 17 for 600 and 486 and cause 1 for 604 and 404, and by default gives a 6xx the location "user" and a 4xx or 5xx the location "network".',
      ja: 'RFC 3398 §8.2.6.1 は、600 と 486 に理由表示 17、604 と 404 に理由表示 1 を推奨し、既定では 6xx に「ユーザ」、4xx と 5xx に「網」のロケーションを付けるとしている、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.',
      },
    ],
  },
  {
    id: '604-blocking-services-hedged',
    date: '2026-12-05',
    title: { en: '604: what RFC 8688 says about blocking with 604, and whom it harms', ja: '604：604 によるブロックについて RFC 8688 が記していることと、その害を受ける側' },
    pages: [{ code: 604 }],
    wrong: {
      en: 'The page said as fact that call-blocking services answer unwanted calls with 604 "hoping to" get the number removed from calling lists, where RFC 8688 says they may, and that this might be the strategy. A fix said sending 608 instead keeps legitimate callers from being told the subscriber has ceased to exist; the harm RFC 8688 names is that other network elements conclude the user does not exist, so the user may stop receiving calls they want.',
      ja: '迷惑電話ブロックサービスは発信リストから番号を消させ「ようとして」604 を返す、と事実として書いていた。RFC 8688 は、そうしたサービスが 604 を返すことがあり、それが策である可能性がある、と記しているにすぎない。また対処では、608 を送れば正当な発信者に加入者がいなくなったと誤解させずに済むとしていたが、RFC 8688 が挙げる害は、網内の他の装置がユーザは存在しないと判断し、ユーザが受けたい呼まで受けられなくなることである。',
    },
    now: {
      en: 'Some call-blocking services may answer 604, possibly to get the number removed from calling databases; other network elements might then conclude the user truly does not exist, and the user might receive no calls at all. A 608 avoids that.',
      ja: '一部のブロックサービスは 604 を返すことがあり、それは番号をデータベースから消させる策かもしれない。すると網内の他の装置がユーザは本当に存在しないと判断し、ユーザがまったく呼を受けられなくなるおそれがある。608 を使えばそれを避けられる、とした。',
    },
    sources: [
      {
        ref: 'RFC8688 §1',
        quote:
          'Some call-blocking services may return responses such as 604 (Does Not Exist Anywhere). This might be a strategy to try to get a destination\'s address removed from a calling database. However, other network elements might also interpret this to mean the user truly does not exist, which might result in the user not being able to receive calls from anyone, even if they wanted to receive the calls.',
      },
    ],
  },
  {
    id: '606-when-and-proxy-strength',
    date: '2026-12-05',
    title: { en: '606: sent when no other end point will answer; the proxy should cancel', ja: '606：他のエンドポイントが応答しない場合に送る。プロキシはキャンセルすべきである' },
    pages: [{ code: 606 }],
    wrong: {
      en: 'The page called 606 the exception "for a user whose every device shares the same limitation", and its summary said the session "cannot be supported anywhere the user is", a condition RFC 3261 does not state (another end point, such as voicemail, could still answer), and said a 606 "makes" a forking proxy cancel the remaining branches, where RFC 3261 says the proxy SHOULD cancel them and MUST NOT create new ones.',
      ja: '606 を「ユーザのすべての端末が同じ制約を抱えている場合」の例外とし、要約でもセッションは「ユーザのどの端末でもサポートできない」としていたが、RFC 3261 はそうした条件を定めていない（ボイスメールなど他のエンドポイントが応答することはありうる）。また 606 はフォーキング中のプロキシに残りのブランチを「キャンセルさせる」としていたが、RFC 3261 は、プロキシはキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT）としている。',
    },
    now: {
      en: '606 is for a UAS that knows no other end point of the user will answer (RFC 3261 §21.6.4); after it, a forking proxy SHOULD cancel the remaining branches and MUST NOT start new ones (RFC 3261 §16.7).',
      ja: '606 は、ユーザの他のエンドポイントが応答しないことを UAS が知っている場合のものである（RFC 3261 §21.6.4）。これを受けたフォーキング中のプロキシは、残りのブランチをキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT、RFC 3261 §16.7）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.6.4', quote: 'This status response is returned only if the client knows that no other end point will answer the request.' },
      {
        ref: 'RFC3261 §16.7',
        quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
    ],
  },
  {
    id: '608-flow-intermediary-not-engine',
    date: '2026-12-05',
    title: { en: '608: the proxy rejects the call, the analytics engine advises', ja: '608：呼を拒否するのはプロキシであり、分析エンジンは判定するだけ' },
    pages: [{ code: 608 }],
    wrong: {
      en: 'The call flow showed the call-analytics engine receiving the INVITE and answering 608 itself. RFC 8688 defines the intermediary that sends 608 as a B2BUA or proxy acting as UAS for the user, and draws the analytics engine as something that proxy consults, likely not over SIP. The summary also said a Call-Info header points to the signed contact card, without the exception RFC 8688 makes when the caller seems likely to misuse it.',
      ja: 'コールフローで、通話分析エンジンが INVITE を受け取り、自ら 608 を返していた。RFC 8688 は 608 を送る中継装置を、ユーザに代わって UAS として動く B2BUA またはプロキシと定義しており、分析エンジンはそのプロキシが（おそらく SIP 以外で）問い合わせる先として描かれている。また要約では、Call-Info ヘッダが署名付き連絡先カードを指すとだけ書き、発信者が悪用しそうな場合の例外に触れていなかった。',
    },
    now: {
      en: 'In the flow, the called party\'s proxy in the terminating network asks its analytics engine outside SIP and sends the 608 itself. The summary says the Call-Info is there unless the caller seems likely to misuse it.',
      ja: 'コールフローでは、着信側網にある着信者側のプロキシが SIP の外で分析エンジンに問い合わせ、自ら 608 を返すようにした。要約では、発信者が悪用しそうでない限り Call-Info が付く、とした。',
    },
    sources: [
      {
        ref: 'RFC8688 §3',
        quote: 'This section uses the term "intermediary" to mean the entity that acts as a SIP UAS on behalf of the user in the network as opposed to the user\'s UAS (usually, but not necessarily, their phone). The intermediary could be a back-to-back user agent (B2BUA) or a SIP Proxy.',
      },
      {
        ref: 'RFC8688 §3.1',
        quote: 'If an intermediary issues a 608 code and there are no indicators the calling party will use the contents of the Call-Info header field for malicious purposes (see Section 6), the intermediary MUST include a Call-Info header field in the response.',
      },
    ],
  },

  // Second reading, 412, 413, 414, 416.
  {
    id: '412-http-same-kind-of-precondition',
    date: '2026-12-05',
    title: { en: '412: HTTP\'s 412 has a similar meaning, not another one', ja: '412：HTTP の 412 は意味が異なるのではなく、ほぼ同じである' },
    pages: [{ code: 412 }],
    wrong: {
      en: 'The note on the HTTP code of the same number said that HTTP 412 "Precondition Failed" has another meaning, and that SIP 412 "only concerns PUBLISH". RFC 3903 defines 412 as a failed precondition of the request, the meaning HTTP gives it, and adapts HTTP\'s entity-tags to PUBLISH; its definition of 412 names no method.',
      ja: '同じ番号の HTTP コードについての注記で、HTTP の 412（Precondition Failed）は意味が異なるとし、SIP の 412 は「PUBLISH の SIP-If-Match だけに関わる」としていた。RFC 3903 は 412 を、HTTP と同じくリクエストの前提条件が満たされなかったことと定義し、HTTP のエンティティタグを PUBLISH に取り入れている。412 の定義そのものはメソッドを限定していない。',
    },
    now: {
      en: 'The note says that HTTP\'s 412 has a similar meaning under another phrase, that RFC 3903 adapts the entity-tags of HTTP to PUBLISH with SIP-If-Match and one entity-tag per request, and that HTTP answers 412 to conditional header fields that evaluated to false.',
      ja: 'HTTP の 412 は名称が異なるだけで意味はほぼ同じであるとし、RFC 3903 が HTTP のエンティティタグを SIP-If-Match として（1 リクエストに 1 つという形で）PUBLISH に取り入れたこと、HTTP の 412 は条件ヘッダが偽と評価されたときに返ることを書いた。',
    },
    sources: [
      { ref: 'RFC3903 §11.2.1', quote: '412 (Conditional Request Failed) is used to indicate that the precondition given for the request has failed.' },
      { ref: 'RFC9110 §15.5.13', quote: 'The 412 (Precondition Failed) status code indicates that one or more conditions given in the request header fields evaluated to false when tested on the server' },
    ],
  },
  {
    id: '413-size-limit-datagram',
    date: '2026-12-05',
    title: { en: '413: a UDP datagram can be 65,535 bytes, and SIP implementations must handle that size', ja: '413：UDP データグラムは 65,535 バイトまであり、SIP の実装はその大きさを処理できなければならない' },
    pages: [{ code: 413 }],
    wrong: {
      en: 'A fix said that a size limit "sized for a single UDP datagram" is too small for requests over TCP or TLS. A UDP datagram can hold up to 65,535 bytes, and RFC 3261 requires implementations to handle messages of that size; the small limit meant was one sized for an Ethernet frame.',
      ja: '対処法で、「UDP データグラム 1 個を前提にした上限」は TCP や TLS で届くリクエストには小さすぎるとしていた。UDP データグラムは 65,535 バイトまで入り、RFC 3261 はその大きさのメッセージを処理できることを実装に求めている。小さすぎるのは、イーサネットのフレーム 1 個を前提にした上限である。',
    },
    now: {
      en: 'A limit sized for one Ethernet frame (about 1500 bytes) is too small: larger requests arrive over TCP or TLS, and implementations must be able to handle messages up to 65,535 bytes, the UDP maximum.',
      ja: 'イーサネットのフレーム 1 個（約 1500 バイト）を前提にした上限は小さすぎる。それより大きなリクエストは TCP や TLS で届き、実装は UDP の最大である 65,535 バイトまでのメッセージを処理できなければならない、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §18.1.1',
        quote: 'However, implementations MUST be able to handle messages up to the maximum datagram packet size. For UDP, this size is 65,535 bytes, including IP and UDP headers.',
      },
    ],
  },
  {
    id: '414-escaped-headers-in-uri',
    date: '2026-12-05',
    title: { en: '414: headers escaped in a URI are left out of the Request-URI (RFC 3261 §19.1.1), and honoured one by one (§19.1.5)', ja: '414：URI にエスケープされたヘッダは Request-URI に入れず（RFC 3261 §19.1.1）、1 つずつ応じるかを決める（§19.1.5）' },
    pages: [{ code: 414 }],
    wrong: {
      en: 'The page said that RFC 3261 §8.1.3.4 and §19.1.5 "turn" headers escaped in a URI into headers of the new request and "require" removing them from the Request-URI. §8.1.3.4, on 3xx processing, says nothing about them; §19.1.5 says an implementation should treat them as a wish to include them and decide on each one, and should not honour some of them. That header fields do not belong in a Request-URI is in Table 1 of §19.1.1. The page also said without a source that long URIs are "usually" produced by software.',
      ja: 'RFC 3261 §8.1.3.4 と §19.1.5 によれば、URI にエスケープされたヘッダは新しいリクエストのヘッダに「変換され」、Request-URI から取り除くことが「求められる」としていた。3xx の処理を扱う §8.1.3.4 はこれに触れておらず、§19.1.5 は、それらを含めたいという意思として扱い、ヘッダごとに応じるかを決めるべきであり、一部には応じるべきではないとしている。ヘッダを Request-URI に入れないことは §19.1.1 の表 1 による。また、長い URI を作るのは「たいてい」ソフトウェアだと出典なしに書いていた。',
    },
    now: {
      en: 'Header fields are not allowed in a Request-URI (RFC 3261 §19.1.1, Table 1); RFC 3261 §19.1.5 says an implementation should treat headers in a URI as a wish to include those header fields, decide on each one, and should not honour From, Call-ID, CSeq, Via, Record-Route or Route. The description says that software building Request-URIs can make them long.',
      ja: 'ヘッダは Request-URI には入れられない（RFC 3261 §19.1.1 の表 1）。RFC 3261 §19.1.5 は、URI 中のヘッダをメッセージに含めるべきヘッダとして扱い、ヘッダごとに応じるかどうかを決め、From、Call-ID、CSeq、Via、Record-Route、Route には応じるべきではないとしている、と書いた。説明は、Request-URI を組み立てるソフトウェアが URI を長くすることがある、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §19.1.5',
        quote: 'An implementation SHOULD treat the presence of any headers or body parts in the URI as a desire to include them in the message, and choose to honor the request on a per-component basis.',
      },
      {
        ref: 'RFC3261 §19.1.5',
        quote: 'An implementation SHOULD NOT honor these obviously dangerous header fields: From, Call-ID, CSeq, Via, and Record-Route.',
      },
      {
        ref: 'RFC3261 §19.1.1',
        quote: 'Entries marked "m" are mandatory, those marked "o" are optional, and those marked "-" are not allowed.',
      },
    ],
  },
  {
    id: '416-retry-with-sip-uri',
    date: '2026-12-05',
    title: { en: '416: the client should retry with a SIP URI; that it will then be processed is not promised', ja: '416：クライアントは SIP URI で再試行すべきだが、それで処理されるとは限らない' },
    pages: [{ code: 416 }],
    wrong: {
      en: 'The summary said that a SIP URI "is expected instead" (in Japanese: that the server could process the request with a SIP URI), a fix said to retry "once", and the description said without a source that a 416 "usually" points at dial-plan settings. RFC 3261 says only that the server cannot process the scheme and that the client should retry using a SIP URI; a SIP URI can still be answered with, for example, 404.',
      ja: '要約で「SIP URI であれば処理できる」とし、対処法では「一度だけ」再試行するとし、説明では 416 が指すのは「通常」ダイヤルプランの設定であると出典なしに書いていた。RFC 3261 が定めているのは、サーバがそのスキームを処理できないこと、クライアントは SIP URI を使って再試行すべきことだけであり、SIP URI でも、たとえば 404 が返ることはある。',
    },
    now: {
      en: 'The summary says the client should retry with a SIP URI, the fix no longer says "once", and the description says that a 416 is about how the request was addressed, not about the called party.',
      ja: '要約は、クライアントは SIP URI で再試行すべきである、とした。対処法から「一度だけ」を除き、説明は、416 が示すのは相手先ではなく宛先の書き方の問題である、とした。',
    },
    sources: [
      { ref: 'RFC3261 §8.1.3.5', quote: 'If a 416 (Unsupported URI Scheme) response is received (Section 21.4.14), the Request-URI used a URI scheme not supported by the server. The client SHOULD retry the request, this time, using a SIP URI.' },
      { ref: 'RFC3261 §21.4.14', quote: 'The server cannot process the request because the scheme of the URI in the Request-URI is unknown to the server.' },
    ],
  },

  // Second reading, 489, 491, 493, 494.
  {
    id: '489-subscribe-without-event',
    date: '2026-12-05',
    title: { en: '489: a SUBSCRIBE with no Event header can get it too', ja: '489：Event ヘッダのない SUBSCRIBE にも返されうる' },
    pages: [{ code: 489 }],
    wrong: {
      en: 'The summary named a missing Event header as a cause of 489 for PUBLISH only, and the description gave the notifier\'s 489 without its strength. RFC 6665 also has a notifier that does not support PINT answer 489 to a SUBSCRIBE with no Event header, and both of the notifier\'s 489s are SHOULDs.',
      ja: '概要では、Event ヘッダがないことを 489 の原因として PUBLISH についてだけ挙げ、説明ではノーティファイアの 489 の強さを示していなかった。RFC 6665 は、PINT に対応しないノーティファイアが Event ヘッダのない SUBSCRIBE に 489 を返すことも定めており、ノーティファイアの 489 はどちらも SHOULD である。',
    },
    now: {
      en: 'A notifier SHOULD answer 489 to a SUBSCRIBE whose package it does not understand (RFC 6665 §4.2.1.1), and, unless it supports PINT, to one with no Event header (RFC 6665 §4.2.3); the compositor\'s 489 to PUBLISH stays a MUST (RFC 3903 §6).',
      ja: 'ノーティファイアは、理解できないパッケージの SUBSCRIBE に 489 を返すべきであり（RFC 6665 §4.2.1.1）、PINT に対応していなければ Event ヘッダのない SUBSCRIBE にも返すべきである（RFC 6665 §4.2.3）、とした。PUBLISH への ESC の 489 は MUST のままである（RFC 3903 §6）。',
    },
    sources: [
      {
        ref: 'RFC6665 §4.2.3',
        quote: 'If a notifier does not support PINT, it SHOULD return 489 (Bad Event) to any SUBSCRIBE requests without an "Event" header field.',
      },
      {
        ref: 'RFC6665 §4.2.1.1',
        quote: 'The notifier SHOULD check that the event package specified in the "Event" header field is understood.  If not, the notifier SHOULD return a 489 (Bad Event) response to indicate that the specified event/event class is not understood.',
      },
    ],
  },
  {
    id: '489-package-not-understood',
    date: '2026-12-05',
    title: { en: '489: the server does not understand the package; a feature switched off is not the same', ja: '489：サーバがパッケージを理解しない場合のコードであり、機能が無効なだけの場合とは違う' },
    pages: [{ code: 489 }],
    wrong: {
      en: 'A scenario said a PBX or hosted platform "where BLF is not enabled" answers a dialog SUBSCRIBE with 489. 489 is defined for a server that does not understand the event package; a server that implements the package but has not enabled it for the user may answer otherwise, and we have no source for what such servers send.',
      ja: 'シナリオで、「BLF が有効になっていない」PBX やクラウド PBX は dialog の SUBSCRIBE に 489 を返すとしていた。489 はイベントパッケージを理解できないサーバのためのコードである。パッケージを実装していてもユーザに対して有効にしていないサーバは別の応答を返すことがあり、そうしたサーバが何を返すかについて出典はない。',
    },
    now: {
      en: 'The scenario has a server that does not implement the dialog package, as the call flow already had.',
      ja: 'シナリオを、コールフローと同じく dialog パッケージを実装していないサーバの場面に改めた。',
    },
    sources: [
      {
        ref: 'RFC6665 §8.3.2',
        quote: '489 (Bad Event) is used to indicate that the server did not understand the event package specified in a "Event" header field.',
      },
    ],
  },
  {
    id: '491-both-sides-answer-491',
    date: '2026-12-05',
    title: { en: '491: when two re-INVITEs cross, both sides get 491', ja: '491：re-INVITE がすれ違うと、両側が 491 を受ける' },
    pages: [{ code: 491 }],
    wrong: {
      en: 'A scenario with an SBC\'s session refresh crossing the far end\'s re-INVITE said "one of them receives 491". Each user agent receives the other\'s INVITE while its own is in progress, and each must answer it with 491, so both requests fail and both sides run the back-off timer.',
      ja: 'SBC のセッションリフレッシュと相手側の re-INVITE がすれ違うシナリオで、「一方が 491 を受け」るとしていた。それぞれの UA は自分の INVITE が進行中に相手の INVITE を受け取り、どちらも 491 を返さなければならないので、両方のリクエストが失敗し、両側が待ち時間のタイマを動かす。',
    },
    now: {
      en: 'Each side answers the other\'s re-INVITE with 491 and repeats its own request when its timer fires, if it still needs it; the side that does not own the Call-ID goes first.',
      ja: 'それぞれが相手の re-INVITE に 491 を返し、まだ必要ならタイマの満了後に自分のリクエストを送り直す。先に送るのは Call-ID の所有者ではない側である、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.2',
        quote: 'A UAS that receives an INVITE on a dialog while an INVITE it had sent on that dialog is in progress MUST return a 491 (Request Pending) response to the received INVITE.',
      },
    ],
  },
  {
    id: '491-update-offers',
    date: '2026-12-05',
    title: { en: '491 to UPDATE: RFC 3311 ties it to an unanswered offer', ja: 'UPDATE への 491：RFC 3311 はまだアンサーのないオファーに結び付けている' },
    pages: [{ code: 491 }],
    wrong: {
      en: 'The summary said a user agent with "its own re-INVITE (or UPDATE) outstanding" rejects the incoming request. RFC 3311 gives 491 to an incoming UPDATE only when it carries an offer and the recipient has an offer of its own, sent in an UPDATE, PRACK or INVITE, still unanswered; it is not about UPDATE transactions as such.',
      ja: '概要で、「自分の re-INVITE（または UPDATE）をまだ処理中」の UA は届いた方を拒否するとしていた。RFC 3311 が 491 を返させるのは、届いた UPDATE がオファーを含み、受信側が UPDATE、PRACK、INVITE で出した自分のオファーへのアンサーをまだ受けていない場合であり、UPDATE トランザクションそのものの重なりではない。',
    },
    now: {
      en: 'For an incoming UPDATE with an offer, the condition is an offer of the recipient\'s own still unanswered (RFC 3311 §5.2); RFC 3311 prescribes no 491 for an UPDATE without an offer.',
      ja: 'オファーを含む UPDATE を受けた場合の条件は、自分のオファーへのアンサーをまだ受けていないこと（RFC 3311 §5.2）とし、オファーを含まない UPDATE に 491 を返す規定は RFC 3311 にはない、とした。',
    },
    sources: [
      {
        ref: 'RFC3311 §5.2',
        quote: 'If an UPDATE is received that contains an offer, and the UAS has generated an offer (in an UPDATE, PRACK or INVITE) to which it has not yet received an answer, the UAS MUST reject the UPDATE with a 491 response.',
      },
    ],
  },
  {
    id: '493-example-carries-certificate',
    date: '2026-12-05',
    title: { en: '493: the example now carries the recipient\'s certificate', ja: '493：例の応答に受信側の証明書を入れた' },
    pages: [{ code: 493 }],
    wrong: {
      en: 'The example 493 had no body. A 493 without a certificate says the responder cannot or will not use S/MIME encryption at all, which contradicted the page\'s own call flow, where the sender encrypts again for the current certificate and succeeds; RFC 3261 says the 493 should carry that certificate.',
      ja: '例の 493 にはボディがなかった。証明書のない 493 は、応答した側が S/MIME の暗号化をそもそも使えないか使わないことを示すので、送信側が現在の証明書で暗号化し直して成功するというページ自身のコールフローと食い違っていた。RFC 3261 は、493 にその証明書を入れるべきだとしている。',
    },
    now: {
      en: 'The example 493 carries the recipient\'s certificate in an application/pkcs7-mime body with smime-type "certs-only", and the caption says the sender encrypts again with it.',
      ja: '例の 493 では、smime-type が「certs-only」の application/pkcs7-mime ボディで受信側の証明書を運ぶようにし、キャプションも、送信側がその証明書で暗号化し直す内容にした。',
    },
    sources: [
      {
        ref: 'RFC3261 §23.2',
        quote: "This response SHOULD contain a valid certificate for the respondent (corresponding, if possible, to any address of record given in the To header field of the rejected request) within a MIME body with a 'certs-only' \"smime-type\" parameter.",
      },
      {
        ref: 'RFC3261 §23.2',
        quote: 'A 493 (Undecipherable) sent without any certificate indicates that the respondent cannot or will not utilize S/MIME encrypted messages, though they may still support S/MIME signatures.',
      },
    ],
  },
  {
    id: '493-415-when-required',
    date: '2026-12-05',
    title: { en: '493 or 415: the 415 rule is for bodies marked handling=required', ja: '493 か 415 か：415 の規則は handling=required のボディについてのもの' },
    pages: [{ code: 493 }],
    wrong: {
      en: 'The page said a recipient that does not support the body type "answers 415" instead of 493, without the condition RFC 3261 attaches: the 415 is required for an S/MIME body that is not optional. It also left out that RFC 8591 makes 415 the answer to any unsupported type in a MESSAGE.',
      ja: 'ボディの形式に対応していない受信側は 493 ではなく「415 を返す」としていたが、RFC 3261 が付けている条件、つまり 415 が必須なのは任意扱いでない S/MIME ボディの場合だという点が抜けていた。また、RFC 8591 が MESSAGE では対応していない形式すべてに 415 を返させることにも触れていなかった。',
    },
    now: {
      en: 'A recipient that does not understand the type MUST answer 415 when the body is marked handling=required, as S/MIME bodies should be; for MESSAGE, RFC 8591 §7.3 requires 415 for any unsupported type.',
      ja: '形式を理解できない受信側は、ボディに handling=required が指定されていれば 415 を返さなければならず、S/MIME のボディにはこの指定を付けるべきである。MESSAGE については、RFC 8591 §7.3 が対応していない形式すべてに 415 を求める、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §23.2',
        quote: 'Note that a user agent that receives a request containing an S/MIME body that is not optional (with a Content-Disposition header "handling" parameter of "required") MUST reject the request with a 415 Unsupported Media Type response if the MIME type is not understood.',
      },
      {
        ref: 'RFC8591 §7.3',
        quote: 'This document updates Section 11.3 of [RFC3428] to add the statement that a UAC that receives a SIP MESSAGE request with an unsupported media type MUST return a 415 response.',
      },
    ],
  },
  {
    id: '494-user-agent-server',
    date: '2026-12-05',
    title: { en: '494: a user agent server can send it too', ja: '494：UAS も送ることがある' },
    pages: withComparisons(494),
    wrong: {
      en: 'The facts table named only proxies and registrars as senders of 494. RFC 3329 says the next hop of a user agent client can also be a user agent server, and names the UAS among the entities the agreement runs with.',
      ja: '概要表は 494 の送信元としてプロキシとレジストラだけを挙げていた。RFC 3329 は、UAC の次のホップが UAS であることもあるとし、合意の相手となる装置に UAS を挙げている。',
    },
    now: {
      en: 'User agent servers are listed beside proxies and registrars, citing RFC 3329 §2.3 and §2.6.',
      ja: 'プロキシとレジストラに加えて UAS を挙げ、RFC 3329 §2.3 と §2.6 を出典とした。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3',
        quote: 'However, the reader should bear in mind that a user agent server can also be the next-hop for a user agent client.',
      },
      {
        ref: 'RFC3329 §2.6',
        quote: 'The header fields defined in this document may be used to negotiate the security mechanisms between a UAC and other SIP entities including UAS, proxy, and registrar.',
      },
    ],
  },
  {
    id: '494-digest-challenge-when-chosen',
    date: '2026-12-05',
    title: { en: '494: the Digest challenge comes when digest is the mechanism the client will choose', ja: '494：ダイジェストのチャレンジが入るのは、クライアントが digest を選ぶ場合' },
    pages: [{ code: 494 }],
    wrong: {
      en: 'The page said that "when the server offers digest" its 494 carries a Digest challenge. The server adds what the client needs for the one mechanism the client will choose, the common one with the highest "q" value; a 494 that lists digest below a preferred common mechanism such as TLS need not carry a challenge.',
      ja: '「サーバが digest を提示する場合」、494 にダイジェスト認証のチャレンジが入るとしていた。サーバが加えるのは、クライアントが選ぶ一つのメカニズム、つまり共通するもののうち「q」値が最も高いものに必要な情報である。TLS のような優先度の高い共通メカニズムより下に digest を挙げた 494 には、チャレンジがなくてもよい。',
    },
    now: {
      en: 'When digest is the common mechanism with the highest "q" value, the 494 carries the Digest challenge (RFC 3329 §2.3.1, §2.4). The description and the client fix also say the client picks by "q" value.',
      ja: '共通するメカニズムのうち「q」値が最も高いものが digest であれば、494 にダイジェスト認証のチャレンジが入る（RFC 3329 §2.3.1、§2.4）とした。説明とクライアント側の対処法でも、クライアントは「q」値で選ぶとした。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3.1',
        quote: 'When the client receives this response, it will choose the common security mechanism with the highest "q" value.  Therefore, the server MUST add the necessary information so that the client can initiate that mechanism (e.g., a Proxy-Authenticate header field for HTTP Digest).',
      },
      {
        ref: 'RFC3329 §2.4',
        quote: 'If "digest" is chosen, the 494 (Security Agreement Required) response will contain an HTTP Digest authentication challenge.',
      },
    ],
  },
  {
    id: '494-require-sec-agree',
    date: '2026-12-05',
    title: { en: '494: "Require: sec-agree" added to the header list', ja: '494：ヘッダ欄に「Require: sec-agree」を加えた' },
    pages: [{ code: 494 }],
    wrong: {
      en: 'The Headers block listed only the Security-* fields, although a server that starts the agreement itself must put a Require header field with "sec-agree" in its 494.',
      ja: 'ヘッダ欄には Security-* ヘッダしかなかったが、自ら合意を始めるサーバは、494 に「sec-agree」を入れた Require ヘッダを付けなければならない。',
    },
    now: {
      en: 'Require is listed as MUST in a server-initiated 494 (RFC 3329 §2.3.2), that is, one answering a request that lists sec-agree only in Supported.',
      ja: 'サーバが始める場合、つまり Supported にだけ sec-agree を挙げたリクエストへの 494 では、Require を必須（MUST）とした（RFC 3329 §2.3.2）。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3.2',
        quote: 'In both situation the server MUST also include in the response a Security-Server header field listing its capabilities and a Require header field with an option-tag "sec-agree" in it.',
      },
    ],
  },
  {
    id: '412-489-notifier-sections',
    date: '2026-12-05',
    title: { en: '412 vs 489: the notifier\'s 489 is a SHOULD, cited from RFC 6665 §4.2.1.1', ja: '412 と 489：ノーティファイアの 489 は SHOULD で、出典は RFC 6665 §4.2.1.1' },
    pages: [{ compare: [412, 489] }],
    wrong: {
      en: 'The comparison said a compositor looks at the Event header "before anything else" and that a notifier and a subscriber answer an unknown package "the same way" as the compositor\'s MUST, citing RFC 6665 §8.3.2. The compositor first checks that it is responsible for the Request-URI (404 if not); §8.3.2 only defines the code, and the notifier\'s 489 is a SHOULD.',
      ja: '比較ページで、ESC は「まず」Event ヘッダを調べるとし、ノーティファイアとサブスクライバも未知のパッケージに ESC の MUST と「同じ応答を返す」として RFC 6665 §8.3.2 を挙げていた。ESC はその前に Request-URI が自分の担当かを確かめ（そうでなければ 404）、§8.3.2 はコードを定義しているだけで、ノーティファイアの 489 は SHOULD である。',
    },
    now: {
      en: 'The compositor checks the Event header after the Request-URI and before the entity-tag (RFC 3903 §6); a notifier SHOULD answer 489 (RFC 6665 §4.2.1.1), and a subscriber answers 489 to a NOTIFY for an unsupported package (RFC 6665 §4.1.3).',
      ja: 'ESC は Request-URI の後、エンティティタグより前に Event ヘッダを調べる（RFC 3903 §6）。ノーティファイアは 489 を返すべきであり（RFC 6665 §4.2.1.1）、サブスクライバは対応していないパッケージの NOTIFY に 489 を返す（RFC 6665 §4.1.3）、とした。',
    },
    sources: [
      {
        ref: 'RFC3903 §6',
        quote: 'The ESC inspects the Request-URI to determine whether this request is targeted to a resource for which the ESC is responsible for maintaining event state.  If not, the ESC MUST return a 404 (Not Found) response and skip the remaining steps.',
      },
      {
        ref: 'RFC6665 §4.2.1.1',
        quote: 'If not, the notifier SHOULD return a 489 (Bad Event) response to indicate that the specified event/event class is not understood.',
      },
      {
        ref: 'RFC6665 §4.1.3',
        quote: 'If, for some reason, the event package designated in the "Event" header field of the NOTIFY request is not supported, the subscriber will respond with a 489 (Bad Event) response.',
      },
    ],
  },
  {
    id: '491-500-immediate-retry',
    date: '2026-12-05',
    title: { en: '491 vs 500: an immediate retry collides again only if both sides do it', ja: '491 と 500：すぐに再試行して再び衝突するのは、両側がそうした場合' },
    pages: [{ compare: [491, 500] }],
    wrong: {
      en: 'The comparison said a UA that retries a 491 at once "simply collides again". If only one side retries at once while the other waits for its timer, the retry finds no INVITE in progress and goes through; a new collision needs both sides to resend at the same moment. It also stated without a source that UAs answer genuine glare with 500.',
      ja: '比較ページで、491 を受けてすぐに再試行する UA は「再び衝突するだけ」としていた。一方だけがすぐに再試行し、もう一方がタイマを待っていれば、再試行は進行中の INVITE に出会わずに通る。再び衝突するのは両側が同時に送り直した場合である。また、本当のグレアに 500 を返す UA があることを出典なしに事実として書いていた。',
    },
    now: {
      en: 'Two UAs that both retry at once can collide again, which is what the timers of RFC 3261 §14.1 prevent; answering glare with 500 is described as a mistake, not as something that happens.',
      ja: '両方の UA がすぐに再試行すれば再び衝突しうるとし、これを防ぐのが RFC 3261 §14.1 のタイマであるとした。グレアに 500 を返すことは、起きている事実としてではなく、避けるべき誤りとして書いた。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.1',
        quote: 'If a UAC receives a 491 response to a re-INVITE, it SHOULD start a timer with a value T chosen as follows:',
      },
      {
        ref: 'RFC3261 §14.2',
        quote: 'A UAS that receives an INVITE on a dialog while an INVITE it had sent on that dialog is in progress MUST return a 491 (Request Pending) response to the received INVITE.',
      },
    ],
  },

  // Second reading, 420, 421, 422, 423.
  {
    id: '421-sec-agree-not-in-supported',
    date: '2026-12-05',
    title: { en: '421: a sec-agree client answers with Require and Proxy-Require, not Supported', ja: '421：sec-agree のクライアントは Supported ではなく Require と Proxy-Require で応じる' },
    pages: [{ code: 421 }],
    wrong: {
      en: 'The description, the Require note and a fix said the client can only succeed by resending the request with the required tag in Supported, and listed sec-agree among those tags. For sec-agree that is not enough: after a response with Security-Server the client starts the agreement, and its next requests carry Security-Verify and sec-agree in both Require and Proxy-Require; an unprotected request with sec-agree only in Supported draws 494.',
      ja: '説明、Require の注記、対処法で、クライアントが成功するには必要なタグを Supported に入れて送り直すしかないとし、そのタグに sec-agree も含めていた。sec-agree ではそれでは足りない。Security-Server 付きの応答を受けたクライアントは合意の手順を始め、以後のリクエストには Security-Verify を付け、Require と Proxy-Require の両方に sec-agree を入れる。保護されていないリクエストで Supported にだけ sec-agree を入れると 494 が返る。',
    },
    now: {
      en: 'Supported is how the client offers 100rel or path; for sec-agree the page gives the procedure of RFC 3329 §2.3.1 and says that sec-agree only in Supported draws 494 (RFC 3329 §2.3.2).',
      ja: '100rel や path は Supported で提示するものとし、sec-agree については RFC 3329 §2.3.1 の手順を示して、Supported にだけ入れると 494 が返ることを書いた（RFC 3329 §2.3.2）。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3.1',
        quote:
          'These requests MUST contain a Security-Verify header field that mirrors the server\'s list received previously in the Security-Server header field. These requests MUST also have both a Require and Proxy-Require header fields with the value "sec-agree".',
      },
      {
        ref: 'RFC3329 §2.3.2',
        quote: 'If the request had the sec-agree option tag in a Supported header field, it MUST return a 494 (Security Agreement Required) response.',
      },
    ],
  },

  {
    id: '422-proxy-raises-session-expires',
    date: '2026-12-05',
    title: { en: '422: for a client without timer support the proxy raises Session-Expires itself', ja: '422：タイマ非対応のクライアントには、プロキシ自身が Session-Expires を引き上げる' },
    pages: [{ code: 422 }],
    wrong: {
      en: 'The page said that for a request without "Supported: timer" a proxy inserts or raises Min-SE and "lets the interval be corrected further along", and the Supported note said a short interval "is corrected on the way". RFC 4028 §8.1 has that proxy correct it: after inserting or raising Min-SE (SHOULD), it MUST increase Session-Expires to the Min-SE value.',
      ja: '「Supported: timer」のないリクエストについて、プロキシは Min-SE を挿入または引き上げ、「間隔の補正を先の装置に委ねる」とし、Supported の注記でも短すぎる間隔は「途中で補正される」としていた。RFC 4028 §8.1 では、補正するのはそのプロキシ自身である。Min-SE を挿入または引き上げたうえで（SHOULD）、Session-Expires を Min-SE の値まで引き上げなければならない（MUST）。',
    },
    now: {
      en: 'Instead of rejecting such a request, a proxy should insert Min-SE with its minimum or raise an existing one, and must then raise Session-Expires to that value before forwarding (RFC 4028 §8.1).',
      ja: 'そうしたリクエストを拒否する代わりに、プロキシは自らの最小値で Min-SE を挿入するか既存の値を引き上げるべきであり、そのうえで Session-Expires をその値まで引き上げてから転送しなければならない、とした（RFC 4028 §8.1）。',
    },
    sources: [
      {
        ref: 'RFC4028 §8.1',
        quote:
          'Rather, the proxy SHOULD insert a Min-SE header field containing its minimum interval. If a Min-SE header field is already present, the proxy SHOULD increase (but MUST NOT decrease) the value to its minimum interval. The proxy MUST then increase the Session-Expires header field value to be equal to the value in the Min-SE header field, as described above.',
      },
    ],
  },
  {
    id: '422-reject-and-retry-optional',
    date: '2026-12-05',
    title: { en: '422: rejecting and retrying are both optional', ja: '422：拒否も再試行も任意である' },
    pages: [{ code: 422 }],
    wrong: {
      en: 'The page said as plain fact that a request whose Session-Expires is below an element\'s minimum "is answered 422", that the UAC "is expected to" send the request again, and in a scenario that "a correct client immediately retries". RFC 4028 lets a proxy or UAS reject with 422 (MAY) and lets the UAC retry (MAY). A fix also called 1800 seconds "a common operator value", without a source; the figure is RFC 4028\'s recommendation.',
      ja: 'Session-Expires が装置の最小値を下回るリクエストには「422 が返る」、UAC は送り直すことが「求められる」と事実として書き、シナリオでは「正しく実装されたクライアントはすぐに再試行する」としていた。RFC 4028 では、プロキシや UAS は 422 で拒否してよく（MAY）、UAC は再試行してよい（MAY）。また対処法で 1800 秒を出典なしに「事業者で一般的な値」としていたが、これは RFC 4028 の推奨値である。',
    },
    now: {
      en: 'Elements may answer 422; the UAC may retry, and if it does, the new request carries Min-SE with the largest value from the 422 responses (RFC 4028 §7.4). 1800 seconds is given as the value RFC 4028 §4 recommends.',
      ja: '装置は 422 を返してよく、UAC は再試行してよい。再試行する場合、新しいリクエストには 422 の Min-SE のうち最大の値を入れる（RFC 4028 §7.4）。1800 秒は RFC 4028 §4 の推奨値として示した。',
    },
    sources: [
      {
        ref: 'RFC4028 §8.1',
        quote:
          'If the request contains a Supported header field with a value \'timer\', the proxy MAY reject the INVITE request with a 422 (Session Interval Too Small) response if the session interval in the Session-Expires header field is smaller than the minimum interval defined by the proxy\'s local policy.',
      },
      {
        ref: 'RFC4028 §7.3',
        quote: 'If the response to a session refresh request is a 422 (Session Interval Too Small) response message, then the UAC MAY retry the request.',
      },
      {
        ref: 'RFC4028 §4',
        quote: 'However, 1800 seconds (30 minutes) is RECOMMENDED as the value for the Session-Expires header field.',
      },
    ],
  },
  {
    id: '422-min-se-bounds-interval',
    date: '2026-12-05',
    title: { en: '422: Min-SE 1800 bounds the session interval, not the time between refreshes', ja: '422：Min-SE 1800 が制限するのはセッション間隔であり、リフレッシュの周期ではない' },
    pages: [{ code: 422 }],
    wrong: {
      en: 'A scenario said an SBC that "does not want refreshes more often than every 30 minutes" answers 422 with "Min-SE: 1800". Min-SE is the minimum session interval, and the refresher is recommended to refresh once half the interval has elapsed, so a 1800-second interval still means a refresh about every 15 minutes.',
      ja: 'シナリオで、「30 分より短い周期のリフレッシュを望まない」SBC が「Min-SE: 1800」を付けた 422 を返すとしていた。Min-SE はセッション間隔の最小値であり、リフレッシャは間隔の半分が過ぎた時点でリフレッシュすることが推奨されるので、1800 秒の間隔でもリフレッシュはおよそ 15 分ごとになる。',
    },
    now: { en: 'The SBC accepts no session interval under 30 minutes.', ja: 'SBC は 30 分未満のセッション間隔を受け付けない、とした。' },
    sources: [
      { ref: 'RFC4028 §5', quote: 'It indicates the minimum value of the session interval that the server is willing to accept.' },
      { ref: 'RFC4028 §7.2', quote: 'It is RECOMMENDED that this refresh be sent once half the session interval has elapsed.' },
    ],
  },

  // Second reading, 202, 204, 405, 406.
  {
    id: '202-deprecation-scope-and-reasons',
    date: '2026-12-05',
    title: { en: '202: what RFC 6665 and RFC 7647 each forbid, and the reasons RFC 6665 gives', ja: '202：RFC 6665 と RFC 7647 がそれぞれ禁じていることと、RFC 6665 が挙げる理由' },
    pages: [{ code: 202 }],
    wrong: {
      en: 'The summary said that for SUBSCRIBE, NOTIFY and REFER "senders must use 200 instead". RFC 6665 §8.3.1 forbids 202 only in answer to SUBSCRIBE and NOTIFY, naming 200 as an example of the success response to send instead; only RFC 7647 §5 requires a 200, for REFER. The description said "no implementation may send it", where RFC 6665 binds implementations that conform to it, and gave as the reason "the distinction never helped anyone", which no RFC says.',
      ja: '概要では、SUBSCRIBE・NOTIFY・REFER について「送信側は 200 を返さなければならない」としていた。RFC 6665 §8.3.1 が禁じるのは SUBSCRIBE と NOTIFY への 202 だけで、代わりに送る成功応答としては 200 を例に挙げているにすぎない。200 を義務づけているのは REFER についての RFC 7647 §5 だけである。また説明では「どの実装も送ってはならない」としていたが、RFC 6665 の規定が適用されるのはそれに準拠する実装であり、理由とした「この区別は実運用で役に立たなかった」はどの RFC にも書かれていない。',
    },
    now: {
      en: 'Each rule has its scope: implementations conforming to RFC 6665 must not send 202 to SUBSCRIBE or NOTIFY and treat a received 202 as 200; an element accepting a REFER must send 200 (RFC 7647 §5). The description gives the reasons RFC 6665 §8.3.1 states: a proxy may absorb a 202 when a SUBSCRIBE forks, 202 is processed no differently from 200, and interoperability tests found implementations handling the two differently.',
      ja: '規則ごとに適用範囲を示した。RFC 6665 に準拠する実装は SUBSCRIBE・NOTIFY に 202 を返してはならず、受信した 202 を 200 として扱う。REFER を受け付ける装置は 200 を返さなければならない（RFC 7647 §5）。説明には RFC 6665 §8.3.1 自身が挙げる理由を書いた。SUBSCRIBE がフォーキングされると 202 はプロキシに吸収されることがあり、202 と 200 に処理上の違いはなく、相互接続試験で両者を異なる扱いにする実装が見つかった、というものである。',
    },
    sources: [
      {
        ref: 'RFC6665 §8.3.1',
        quote:
          'Due to response handling in forking cases, any 202 response to a SUBSCRIBE request may be absorbed by a proxy, and thus it can never be guaranteed to be received by the UAC. Furthermore, there is no actual processing difference for a 202 as compared to a 200; a NOTIFY request is sent after the subscription is processed, and it conveys the correct state. SIP interoperability tests found that implementations were handling 202 differently from 200, leading to incompatibilities.',
      },
      {
        ref: 'RFC6665 §8.3.1',
        quote:
          'Implementations conformant with the current specification MUST treat an incoming 202 response as identical to a 200 response and MUST NOT generate 202 response codes to SUBSCRIBE or NOTIFY requests.',
      },
      {
        ref: 'RFC7647 §5',
        quote:
          'Specifically, an element accepting a REFER request MUST NOT reply with a 202 response code and MUST treat any 202 responses received as identical to a 200 response. Wherever [RFC3515] requires sending a 202 response code, a 200 response code MUST be sent instead.',
      },
    ],
  },
  {
    id: '204-wildcard-always-matches',
    date: '2026-12-05',
    title: { en: '204: a wildcard Suppress-If-Match also draws 204', ja: '204：ワイルドカードの Suppress-If-Match でも 204 になる' },
    pages: [{ code: 204 }],
    wrong: {
      en: 'The summary said the notifier sends 204 "because the subscriber already holds the current state", and the Suppress-If-Match note said 204 answers a tag that still matches the current state. Neither mentioned the wildcard "*", which always evaluates to true whatever the current entity-tag, so a subscriber can get 204 without holding the current state.',
      ja: '概要では、ノーティファイアが 204 を返すのは「加入者がすでに最新の状態を持っているため」とし、Suppress-If-Match の注記では、204 は現在の状態とまだ一致するタグへの応答であるとしていた。どちらも、現在のエンティティタグにかかわらず常に真となるワイルドカード「*」に触れておらず、加入者は最新の状態を持っていなくても 204 を受けることがある。',
    },
    now: {
      en: 'The summary and the note say 204 answers an in-dialog SUBSCRIBE whose Suppress-If-Match condition held: the quoted entity-tag is still current, or it is the wildcard "*", which always matches. The description says the same.',
      ja: '概要と注記では、204 は Suppress-If-Match の条件が成り立ったダイアログ内の SUBSCRIBE への応答であり、その条件とは示されたエンティティタグがまだ現在のものであるか、常に一致するワイルドカードの「*」であることだとした。説明も同じ内容にした。',
    },
    sources: [
      {
        ref: 'RFC5839 §6.3',
        quote:
          'When a condition in a SUBSCRIBE request to suppress notifications is true (i.e., the local entity-tag of the resource and the entity-tag in a Suppress-If-Match header field match), and the SUBSCRIBE is sent within an established dialog, then the notifier MUST suppress the resulting NOTIFY request, and generate a 204 (No Notification) response.',
      },
      { ref: 'RFC5839 §6.3', quote: 'A Suppress-If-Match header field that includes an entity-tag with the value of "*" MUST always evaluate to true.' },
    ],
  },
  {
    id: '204-most-of-the-time-scenario',
    date: '2026-12-05',
    title: { en: '204: no source says a client sees 204 "most of the time"', ja: '204：「ほとんどの場合」204 を受けるという出典はない' },
    pages: [{ code: 204 }],
    wrong: {
      en: 'A scenario said a mobile client that re-checks a resource list or dialog-event state at every refresh "sees 204 most of the time", a frequency no source gives.',
      ja: 'シナリオで、リソースリストやダイアログイベントの状態をリフレッシュのたびに確認するモバイルクライアントは「ほとんどの場合」204 を受け取るとしていたが、この頻度を示す出典はない。',
    },
    now: {
      en: 'The scenario is the use RFC 5839 itself describes: a client that detects no user activity refreshes with "Suppress-If-Match: *" to make its subscriptions dormant, gets 204, and then receives only body-less NOTIFYs reporting changes in subscription state.',
      ja: 'シナリオを RFC 5839 自身が示す使い方に改めた。ユーザの操作がないことを検出したクライアントが「Suppress-If-Match: *」でリフレッシュしてサブスクリプションを休止させ、204 を受け、その後はサブスクリプションの状態の変化を知らせるボディなしの NOTIFY だけを受け取る。',
    },
    sources: [
      {
        ref: 'RFC5839 §5.2',
        quote:
          'Such a wildcard condition effectively quenches a subscription; the only notifications received are those reporting changes to the subscription state and those in response to a SUBSCRIBE message sent outside of an existing dialog. In both cases, the notifications will not contain a body.',
      },
    ],
  },
  {
    id: '405-check-order-and-unrecognised-method',
    date: '2026-12-05',
    title: { en: '405: the order of a UAS\'s checks is a SHOULD, and an unrecognised method gets 501', ja: '405：UAS の確認の順序は SHOULD であり、認識しないメソッドには 501 が返る' },
    pages: [{ code: 405 }],
    wrong: {
      en: 'The description stated as fact that a UAS checks the method right after authentication and before headers and body, so that a 405 says nothing about the rest of the request; RFC 3261 §8.2 says a UAS SHOULD follow that order. A scenario had a desk phone or gateway "that implements calls only" answer MESSAGE with 405, but a UAS that does not recognise a method answers 501; 405 is for a method it recognises but does not support.',
      ja: '説明では、UAS は認証の直後、ヘッダやボディより前にメソッドを確認するので 405 はリクエストの他の部分について何も示さない、と事実として書いていた。RFC 3261 §8.2 は、UAS がその順序で処理すべきである（SHOULD）としている。また、シナリオでは「通話機能しか実装していない」卓上電話機やゲートウェイが MESSAGE に 405 を返すとしていたが、メソッドを認識しない UAS が返すのは 501 であり、405 は認識しているがサポートしないメソッドに対するものである。',
    },
    now: {
      en: 'The description says RFC 3261 §8.2 asks a UAS to check the method first (SHOULD), so a 405 from a UAS that keeps that order says nothing about the rest. The scenario\'s device recognises MESSAGE but has messaging turned off, and the page adds that a device that does not recognise the method answers 501.',
      ja: '説明では、RFC 3261 §8.2 が UAS に最初にメソッドを確認するよう求めており（SHOULD）、その順序に従う UAS の 405 は他の部分について何も示さない、とした。シナリオの装置は MESSAGE を認識するがメッセージ機能を無効にしているものとし、メソッド自体を認識しない装置は 501 を返すことを書き添えた。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.2',
        quote:
          'UASs SHOULD process the requests in the order of the steps that follow in this section (that is, starting with authentication, then inspecting the method, the header fields, and so on throughout the remainder of this section).',
      },
      {
        ref: 'RFC3261 §8.2.1',
        quote: 'If the UAS recognizes but does not support the method of a request, it MUST generate a 405 (Method Not Allowed) response.',
      },
      {
        ref: 'RFC3261 §21.5.2',
        quote: 'This is the appropriate response when a UAS does not recognize the request method and is not capable of supporting it for any user.',
      },
    ],
  },
  {
    id: '406-accept-default-should-options-body-may',
    date: '2026-12-05',
    title: { en: '406: the application/sdp default is a SHOULD, and an OPTIONS answer may leave the body out', ja: '406：application/sdp の既定は SHOULD であり、OPTIONS への応答はボディを省ける' },
    pages: [{ code: 406 }],
    wrong: {
      en: 'The page said as plain fact that without an Accept header the server assumes application/sdp, where RFC 3261 §20.1 says it SHOULD. It also said "few responses" give 406 a chance because "most carry SDP ... or no body at all", a frequency no source gives, and that 406 "shows up with OPTIONS" without saying that a body in the answer to OPTIONS is optional.',
      ja: 'Accept ヘッダがなければサーバは application/sdp を仮定する、と事実として書いていたが、RFC 3261 §20.1 では SHOULD である。また、406 が返る場面は限られ、「ほとんどの応答」は SDP を運ぶかボディを持たないとしていたが、この頻度を示す出典はない。さらに 406 は「主に OPTIONS で」現れるとしながら、OPTIONS への応答のボディが任意であることに触れていなかった。',
    },
    now: {
      en: 'Without Accept the server should assume application/sdp. 406 matters only when the answer would carry a body; it can arise with OPTIONS, whose answer takes the type of any body from Accept, but a body there is optional, so a UAS can also answer 200 without one.',
      ja: 'Accept がなければサーバは application/sdp を仮定すべきである、とした。406 が問題になるのは応答がボディを持つ場合だけである。OPTIONS では応答のボディの種類が Accept で決まるので 406 が起こりうるが、そのボディは任意であり、UAS はボディなしの 200 を返すこともできる、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §20.1',
        quote: 'if no Accept header field is present, the server SHOULD assume a default value of application/sdp.',
      },
      {
        ref: 'RFC3261 §11.2',
        quote:
          'A message body MAY be sent, the type of which is determined by the Accept header field in the OPTIONS request (application/sdp is the default if the Accept header field is not present).',
      },
    ],
  },

  // Second reading, 482, 483, 484, 485.
  {
    id: '482-loop-detection-part-of-branch',
    date: '2026-12-05',
    title: { en: '482: a looped request carries a different branch; only its loop-detection part matches', ja: '482：ループしたリクエストの branch は異なり、一致するのはループ検出用の部分だけ' },
    pages: [{ code: 482 }],
    wrong: {
      en: 'The call-flow caption and two scenarios said the returning request carries the proxy\'s own Via "with the same branch" or a "matching branch value", and the description had the proxy compare the whole branch parameter. RFC 3261 makes the branch different for every instance of a looped or spiralled request; what a proxy that checks for loops compares is the part of the branch it builds for loop detection (the "second part" of RFC 5393).',
      ja: 'コールフローの説明と二つのシナリオは、戻ってきたリクエストにはプロキシ自身の Via が「同じ branch」や「一致する branch 値」で入っているとし、説明文ではプロキシが branch パラメータ全体を比べるとしていた。RFC 3261 では、ループやスパイラルで同じプロキシを通るリクエストの branch は通過のたびに異なる。ループを検査するプロキシが比べるのは、ループ検出のために組み立てた branch の一部（RFC 5393 の「第 2 部分」）である。',
    },
    now: {
      en: 'The page says the proxy recomputes the loop-detection part of the branch and compares it with the same part in its earlier Via, that the whole branch differs on every pass (RFC 3261 §16.6, item 8), and that under RFC 5393 this part is only there if the proxy forked the request.',
      ja: 'プロキシは branch のループ検出用の部分を計算し直して以前の Via の同じ部分と比べること、branch 全体は通過のたびに異なること（RFC 3261 §16.6 の項目 8）、RFC 5393 ではこの部分はプロキシがリクエストをフォーキングした場合にだけあることを示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.6',
        quote: 'Note that this implies that the branch parameter will be different for different instances of a spiraled or looped request through a proxy.',
      },
      {
        ref: 'RFC5393 §4.2.2',
        quote: 'This second part will not be present if the message was not forked when that Via header field value was added. If the second field is present, the proxy MUST perform the second-part calculation described in Section 4.2.1 of RFC 5393 on this request and compare the result to the value from the Via header field.',
      },
    ],
  },
  {
    id: '482-merged-request-should-and-sbc',
    date: '2026-12-05',
    title: { en: '482: a UAS SHOULD answer a merged request with 482, and an SBC can hide the merge', ja: '482：マージされたリクエストには 482 を返すべき（SHOULD）であり、SBC を通るとマージにならないことがある' },
    pages: [{ code: 482 }],
    wrong: {
      en: 'The description said as plain fact that a UAS answers the later copies of a merged request with 482, and left out that a copy counts as merged only when it does not match the ongoing transaction itself. A scenario had the two forked copies reach one PBX through the same SBC and still be rejected as merged, without saying that this needs an SBC that keeps Call-ID and From tag: an SBC that generates new ones, as some do, delivers two separate calls.',
      ja: 'UAS はマージされたリクエストの後の複製に 482 を返すと事実として書き、処理中のトランザクション自体とは一致しない複製だけがマージとみなされることを書いていなかった。また、フォーキングされた二つの複製が同じ SBC を経由して一台の PBX に届き、マージとして拒否されるというシナリオがあったが、それには SBC が Call-ID と From タグを変えないことが前提になる。新しい値を生成する SBC もあり、その場合 PBX には別々の呼として届く。',
    },
    now: {
      en: 'The UAS SHOULD answer 482 to a request without a To tag whose From tag, Call-ID and CSeq match an ongoing transaction but which does not match that transaction. The scenario now has the copies reach the PBX through proxies only, and notes what an SBC that generates a new Call-ID and From tag changes.',
      ja: 'To タグがなく、From タグ、Call-ID、CSeq が処理中のトランザクションと一致するが、そのトランザクション自体とは一致しないリクエストに、UAS は 482 を返すべきである（SHOULD）とした。シナリオは複製がプロキシだけを経由して PBX に届く場面に改め、新しい Call-ID と From タグを生成する SBC を経由した場合の違いを書き添えた。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.2.2.2',
        quote: 'If the From tag, Call-ID, and CSeq exactly match those associated with an ongoing transaction, but the request does not match that transaction (based on the matching rules in Section 17.2.3), the UAS core SHOULD generate a 482 (Loop Detected) response and pass it to the server transaction.',
      },
      {
        ref: 'RFC5853 §2',
        quote: 'Other SBCs replace the value of the Contact header field with the SBCs\' address and generate a new Call-ID and new To and From tags.',
      },
    ],
  },
  {
    id: '483-why-it-points-to-a-loop',
    date: '2026-12-05',
    title: { en: '483: why it points to a loop, from RFC 3261 rather than "almost always"', ja: '483：ループを示す理由は「ほとんどの場合」ではなく RFC 3261 に基づく' },
    pages: [{ code: 483 }],
    wrong: {
      en: 'The summary said a 483 "in practice almost always points to a routing loop", and the description that it "usually means" the request went round in circles, both without a source.',
      ja: '要約では 483 は「実際にはほとんどの場合」ルーティングループを示すとし、説明文では「たいてい」堂々巡りを意味するとしていたが、どちらも出典がなかった。',
    },
    now: {
      en: 'RFC 3261 chose the recommended starting value of 70 to be large enough that no request is dropped in any SIP network without loops, so a 483 on a request that started at 70 points to a loop.',
      ja: 'RFC 3261 は、ループがなければどの SIP 網でもリクエストが落とされないだけの大きさとして推奨値 70 を選んだ。したがって 70 から始まったリクエストへの 483 はループを示す、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.1.1.6',
        quote: 'This number was chosen to be sufficiently large to guarantee that a request would not be dropped in any SIP network when there were no loops, but not so large as to consume proxy resources when a loop does occur.',
      },
    ],
  },
  {
    id: '483-options-and-dialogs',
    date: '2026-12-05',
    title: { en: '483: OPTIONS can still get 483, and inside a dialog a 483 ends the dialog', ja: '483：OPTIONS にも 483 が返りうること、ダイアログ内の 483 はダイアログを終わらせること' },
    pages: [{ code: 483 }],
    wrong: {
      en: 'The Max-Forwards note said a proxy answers 483 at zero "(OPTIONS excepted)", although for OPTIONS the proxy only may answer as the final recipient and otherwise must still return 483. The description said a 483 "ends only this request", although RFC 5057 lists 483 received inside a dialog among the responses that destroy the dialog.',
      ja: 'Max-Forwards の注記は、値 0 のときプロキシは 483 を返す「（OPTIONS は例外）」としていたが、OPTIONS には最終的な受信者として応答してもよいだけで、そうしなければやはり 483 を返さなければならない。また説明文では 483 が終わらせるのは「このリクエストだけ」としていたが、RFC 5057 はダイアログ内で受けた 483 を、ダイアログを終わらせる応答に数えている。',
    },
    now: {
      en: 'The note says a proxy may answer an OPTIONS itself and otherwise answers 483. The description says that inside a dialog a 483 is aberrant, that a retry with a larger Max-Forwards may recover, and that otherwise the dialog is treated as ended (RFC 5057 §5.1).',
      ja: '注記は、OPTIONS にはプロキシが自ら応答してもよく、そうしなければ 483 を返す、とした。説明文には、ダイアログ内の 483 は異常であり、より大きな Max-Forwards での再試行で回復できることもあるが、そうでなければダイアログを終了したものとして扱う、と書いた（RFC 5057 §5.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.3',
        quote: 'If the request was for OPTIONS, the element MAY act as the final recipient and respond per Section 11. Otherwise, the element MUST return a 483 (Too many hops) response.',
      },
      {
        ref: 'RFC5057 §5.1',
        quote: 'Unlike 482, recovery may be possible by increasing Max-Forwards (assuming that the requester did something strange like using a smaller value for Max-Forwards in mid-dialog requests than it used for an initial request). If the request isn\'t tried with an increased Max-Forwards, then the agent should follow the Destroy Dialog actions.',
      },
    ],
  },
  {
    id: '483-rfc-7332-b2bua-must',
    date: '2026-12-05',
    title: { en: '483: RFC 7332 requires B2BUAs to carry Max-Forwards across', ja: '483：RFC 7332 は B2BUA に Max-Forwards の引き継ぎを義務付けている' },
    pages: [{ code: 483 }],
    wrong: {
      en: 'The page said RFC 7332 "sets out requirements of this kind" and that they turn a loop into "a prompt 483". RFC 7332 requires (MUST) every B2BUA to copy and decrement Max-Forwards for dialog-forming and out-of-dialog requests and to check it for zero itself; it does not make the 483 prompt, it makes the loop end. A scenario with a PBX and an SBC also assumed, without saying so, that both carry Max-Forwards across.',
      ja: 'RFC 7332 は「この種の要件」を定めており、それによってループが「すぐに 483 で」止まるとしていた。RFC 7332 は、ダイアログを生成するリクエストとダイアログ外のリクエストについて、Max-Forwards を 1 減らして引き継ぐこと、値 0 を自ら確認することをすべての B2BUA に義務付けている（MUST）。483 を早めるのではなく、ループを終わらせるものである。また PBX と SBC のシナリオは、両者が Max-Forwards を引き継ぐことを明記せずに前提としていた。',
    },
    now: {
      en: 'The page gives the MUST of RFC 7332 §5, notes that it must be on by default (RFC 7332 §7), that a B2BUA can therefore answer 483 too, and that the scenario\'s PBX and SBC carry Max-Forwards across.',
      ja: 'RFC 7332 §5 の義務（MUST）と、それが初期設定で有効でなければならないこと（RFC 7332 §7）、したがって B2BUA も 483 を返しうることを示し、シナリオの PBX と SBC が Max-Forwards を引き継ぐことを明記した。',
    },
    sources: [
      {
        ref: 'RFC7332 §5',
        quote: 'All B2BUA types MUST copy the received Max-Forwards header field from the received SIP request on their UAS side, to any request(s) they generate on their UAC side, and decrement the value, as if they were a proxy following the requirements described in [RFC3261]. Being a UAS, B2BUAs MUST also check the received Max-Forwards header field and reject or respond to the request if the value is zero, as defined in [RFC3261].',
      },
      {
        ref: 'RFC7332 §7',
        quote: 'In order to comply with this RFC, manufacturers MUST comply with the normative rules defined herein by default, but MAY provide user-configurable overrides as they see fit.',
      },
    ],
  },
  {
    id: '484-best-response-and-overlap',
    date: '2026-12-05',
    title: { en: '484: preferred together with 401, 407, 415, 420; RFC 3578 prefers en-bloc at the gateway', ja: '484：401・407・415・420 と並んで優先される応答であり、RFC 3578 はゲートウェイでのエンブロック化を望ましいとする' },
    pages: [{ code: 484 }],
    wrong: {
      en: 'The page said a forking proxy SHOULD prefer 484 "over other 4xx responses"; RFC 3261 names 484 together with 401, 407, 415 and 420 as responses to give preference to. A fix told gateways to send a new INVITE as each digit arrives and to collect digits first only when overlap is not supported, which reverses RFC 3578: collecting the digits and sending one INVITE is the preferred solution, and SIP overlap signalling is for when that delay is unacceptable and the routing keeps all INVITEs on one gateway. The description and a fix also said, without a source, that the Request-URI is "in practice" a telephone number, that a 484 "usually" reaches the user as a failed call, and that a missing prefix is "the usual cause".',
      ja: 'フォーキングするプロキシは「他の 4xx より」484 を優先すべきとしていたが、RFC 3261 は 484 を 401・407・415・420 と並べて、優先すべき応答として挙げている。また対処法で、ゲートウェイは桁が届くたびに新しい INVITE を送り、オーバーラップに対応しない場合に限って全桁を集めるとしていたが、これは RFC 3578 と逆である。桁を集めて INVITE を 1 つ送るのが望ましい方法であり、SIP でのオーバーラップ信号は、その遅延が許容できず、かつルーティングによってすべての INVITE が一つのゲートウェイに届く場合のためのものである。さらに説明文と対処法で、Request-URI は「ほとんど」電話番号である、484 はユーザには発信失敗として現れることが「多い」、プレフィックスの欠落が「よくある原因」であると、出典なしに書いていた。',
    },
    now: {
      en: 'The page names 484 among the responses RFC 3261 §16.7 prefers, gives RFC 3578\'s preference for en-bloc conversion and the condition for overlap in SIP (RFC 3578 §1, §3.1), and drops the unsourced frequencies.',
      ja: '484 を RFC 3261 §16.7 が優先する応答の一つとして示し、RFC 3578 がエンブロックへの変換を望ましいとしていることと、SIP でオーバーラップを使う条件（RFC 3578 §1、§3.1）を示した。出典のない頻度の記述は削除した。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'The proxy SHOULD give preference to responses that provide information affecting resubmission of this request, such as 401, 407, 415, 420, and 484 if the 4xx class is chosen.',
      },
      {
        ref: 'RFC3578 §1',
        quote: 'Therefore, the preferred solution for a gateway handling PSTN overlap signalling and SIP is to convert the PSTN overlap signalling into SIP en-bloc signalling using number analysis and timers.',
      },
      {
        ref: 'RFC3578 §3.1',
        quote: 'Therefore, a gateway can be configured to generate SIP overlap signalling in the way described below only if the SIP routing infrastructure ensures that INVITEs will only reach one gateway.',
      },
    ],
  },
  {
    id: '485-senders',
    date: '2026-12-05',
    title: { en: '485: RFC 3261 does not name voicemail or email systems as senders', ja: '485：RFC 3261 はボイスメールや電子メールのシステムを送信者として挙げていない' },
    pages: [{ code: 485 }],
    wrong: {
      en: 'The description said "a UAS such as a voicemail or email system" can answer 485. RFC 3261 §21.4.23 mentions email and voice mail systems only as systems that provide this kind of functionality, not as SIP servers that send 485.',
      ja: '「ボイスメール・電子メールシステムのような UAS」も 485 を返せるとしていた。RFC 3261 §21.4.23 が電子メールやボイスメールのシステムに触れているのは、同様の機能を提供するものとしてだけであり、485 を送る SIP サーバとしてではない。',
    },
    now: {
      en: 'A redirect server, which either refuses a request or redirects it (RFC 3261 §8.3), or a user agent server can refuse an ambiguous address with 485.',
      ja: 'リクエストを拒否するかリダイレクトするかのどちらかであるリダイレクトサーバ（RFC 3261 §8.3）や UAS も、あいまいなアドレスを 485 で拒否できる、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.23', quote: 'Some email and voice mail systems provide this functionality.' },
      {
        ref: 'RFC3261 §8.3',
        quote: 'After receiving a request other than CANCEL, the server either refuses the request or gathers the list of alternative locations from the location service and returns a final response of class 3xx.',
      },
    ],
  },

  // Second reading, 424, 425, 429, 433, 555.
  {
    id: '425-example-carries-an-alert',
    date: '2026-12-05',
    title: { en: '425: the example request now carries an alert; a 200 with AlertMsg-Error is a may', ja: '425：例のリクエストに警報を含めた。AlertMsg-Error 付きの 200 は任意である' },
    pages: [{ code: 425 }],
    wrong: {
      en: 'The call flow and example answered 425 to a MESSAGE with no body and a Call-Info pointing to a body part that was not there, that is, a request lacking CAP data, which RFC 8876 §5.1 says a 425 MUST NOT answer. The page also said a recipient accepting a bad alert "puts" AlertMsg-Error in its 200 (the RFC says it MAY), and that emergency services are "expected" to act on whatever is usable, where the RFC says they usually do and ties 425 to the request as a whole.',
      ja: 'コールフローと例では、ボディがなく、存在しないボディパートを Call-Info が指す MESSAGE、つまり CAP データを含まないリクエストに 425 を返していた。RFC 8876 §5.1 は、そうしたリクエストに 425 を返してはならないとしている。また、問題のある警報を受け付ける受信側は 200 に AlertMsg-Error を「付ける」とし（RFC では MAY）、緊急機関は使える情報があれば動く「ものとされている」としていた。RFC は、通常は拒否されないとしたうえで、425 の条件をリクエスト全体について定めている。',
    },
    now: {
      en: 'The example MESSAGE gives the alert by an HTTPS URI in Call-Info that the emergency routing proxy cannot fetch, and the 425 carries AlertMsg-Error 101 with its recommended text. A 200 with AlertMsg-Error is something a recipient may send, and 425 is appropriate only when nothing else in the request is usable.',
      ja: '例の MESSAGE は Call-Info の HTTPS URI で警報を示し、緊急通報のルーティングプロキシがそれを取得できない場面とし、425 には推奨テキスト付きの AlertMsg-Error 101 を付けた。AlertMsg-Error 付きの 200 は受信側が送ってもよいものとし、425 が適切なのはリクエストの他の部分にも使える情報がない場合だけとした。',
    },
    sources: [
      {
        ref: 'RFC8876 §5.1',
        quote: 'It is usually the case that emergency calls are not rejected if there is any useful information that can be acted upon. It is only appropriate to generate a 425 response when the responding entity has no other information in the request that is usable by the responder.',
      },
      { ref: 'RFC8876 §5.2', quote: 'The AlertMsg-Error header field MAY be included in any response if an alert message was in the request part of the same transaction.' },
      { ref: 'RFC8876 §4.1', quote: 'The header field may contain a URI that is used by the recipient (or in some cases, an intermediary) to obtain the CAP alert.' },
    ],
  },
  {
    id: '425-http-too-early-might-be-replayed',
    date: '2026-12-05',
    title: { en: 'HTTP 425 Too Early: a request that might be replayed', ja: 'HTTP 425 Too Early：リプレイされたかもしれないリクエスト' },
    pages: [{ code: 425 }],
    wrong: {
      en: 'The note on the HTTP code of the same number said HTTP 425 refuses "a request replayed" in TLS early data. RFC 8470 says the server is unwilling to risk processing a request that might be replayed.',
      ja: '同じ番号の HTTP コードの注記で、HTTP 425 は TLS のアーリーデータで送られたリクエストを拒否するとしていた。RFC 8470 では、425 は、リプレイされたかもしれないリクエストを処理する危険をサーバが冒したくないことを示す。',
    },
    now: {
      en: 'HTTP 425 means the server will not risk processing a request that might be replayed, such as one sent in TLS early data.',
      ja: 'HTTP 425 は、TLS のアーリーデータで送られたものなど、リプレイされたかもしれないリクエストの処理を避けることを示す、とした。',
    },
    sources: [
      { ref: 'RFC8470 §5.2', quote: 'A 425 (Too Early) status code indicates that the server is unwilling to risk processing a request that might be replayed.' },
    ],
  },
  {
    id: '555-423-or-forward-should-may',
    date: '2026-12-05',
    title: { en: '555: a proxy answers 423 or forwards; 555 is a MAY after a SHOULD forward', ja: '555：プロキシは 423 を返すか転送する。555 は「転送すべき」を前提とした MAY' },
    pages: [{ code: 555 }],
    wrong: {
      en: 'The page said a push proxy that finds the interval too short "answers 423", and a fix read any 423 as proof that the push service is supported. It called 555 "deliberately rare", cited RFC 8599 §5.6.1 and §5.4 for rules that are in RFC 8599 §5.6.1.1 and §5.6.1.2, said pn-param is always sent, had the proxy itself "send a push" and deliver once the client "refreshes", left out that the proxy also puts "+sip.pns" in the REGISTER it forwards, and offered keepalives without saying a suspended client cannot send them.',
      ja: '登録間隔が短すぎると判断したプッシュ用プロキシは「423 を返す」とし、対処法では 423 が返ればプッシュサービスはサポートされているとしていた。また、555 を「意図的にめったに出ない」としていた。さらに、RFC 8599 §5.6.1.1・§5.6.1.2 にある規則の出典を §5.6.1 や §5.4 とし、pn-param を常に付けるものとしていた。配送については、プロキシ自身が「プッシュを送り」、クライアントが「リフレッシュする」とし、プロキシが転送する REGISTER にも「+sip.pns」を入れることに触れていなかった。一時停止されたクライアントはキープアライブを送れないことを書かずに、キープアライブを勧めていた。',
    },
    now: {
      en: 'Such a proxy MUST either answer 423 or forward the REGISTER, and a 423 may also come from policy or the registrar. A proxy that lacks the service SHOULD forward and MAY answer 555 only when its configuration says no proxy up to the registrar supports it; for a query, 555 is a MUST NOT unless no other proxy supports the services. pn-param is sent when the service needs it; the proxy asks the push service to wake the client and forwards the held request after the 2xx to the refreshing REGISTER.',
      ja: 'そうしたプロキシは 423 を返すか REGISTER を転送するかのどちらかをしなければならず、423 はポリシーやレジストラから来ることもある、とした。サービスをサポートしないプロキシは転送すべきで、レジストラまでのどのプロキシもサポートしないと設定で知っている場合にだけ 555 を返してよい。問い合わせでは、他のどのプロキシもサポートしていない場合を除き 555 を返してはならない。pn-param はサービスが必要とする場合に付け、プロキシはプッシュサービスにクライアントを起こすよう依頼し、リフレッシュの REGISTER への 2xx の後で保留したリクエストを転送する、とした。',
    },
    sources: [
      {
        ref: 'RFC8599 §5.6.1.1',
        quote:
          'If the proxy supports the type of PNS supported by the UA, but considers the requested binding expiration interval [RFC3261] to be too short (see below), the proxy MUST either send a 423 (Interval Too Brief) response to the REGISTER request or forward the request towards the registrar and skip the rest of the procedures in this section.',
      },
      {
        ref: 'RFC8599 §5.6.1.1',
        quote:
          'the proxy SHOULD forward the request towards the registrar and skip the rest of the procedures in this section. If the proxy knows (by means of local configuration) that no other proxies between itself and the registrar support the type of PNS supported by the UA, the proxy MAY send a SIP 555 (Push Notification Service Not Supported) response instead of forwarding the request.',
      },
      {
        ref: 'RFC8599 §5.6.1.2',
        quote:
          'The proxy MUST NOT send a SIP 555 (Push Notification Service Not Supported) response unless it knows (by means of local configuration) that no other proxy supports any of the types of PNSs supported by the UA.',
      },
      {
        ref: 'RFC8599 §4.1.1',
        quote: "the UA MUST insert the following SIP URI parameters in the SIP Contact header field URI of the REGISTER request: 'pn-provider', 'pn-prid', and 'pn-param' (if required for the specific PNS).",
      },
      {
        ref: 'RFC8599 §1',
        quote: 'A suspended UA will not be able to maintain connections, e.g., using the SIP Outbound Mechanism [RFC5626], because it cannot send periodic keep-alive messages.',
      },
    ],
  },
  {
    id: '424-supported-profile-and-500-should',
    date: '2026-12-05',
    title: { en: '424: the example request lists its location profile; 500 for location not processed is a SHOULD', ja: '424：例のリクエストに位置情報プロファイルを示した。位置情報を処理しない場合の 500 は SHOULD' },
    pages: [{ code: 424 }],
    wrong: {
      en: 'The example INVITE sent a location URI without the Supported header that RFC 6442 §4.6 requires with it. The Geolocation-Routing note said "no" "leads to" Geolocation-Error 202, where the RFC only defines 202 as the code for that case. The page said the recipient answers 424 whenever the location is bad (it may instead accept with Geolocation-Error in a 200), called emergency calling the "best-known use", and stated the 500 alternative without its SHOULD.',
      ja: '例の INVITE は、RFC 6442 §4.6 が位置情報 URI と一緒に求める Supported ヘッダなしで位置情報 URI を送っていた。Geolocation-Routing の注記は「no」が Geolocation-Error 202 に「なる」としていたが、RFC はその場合のコードとして 202 を定めているだけである。また、位置情報に問題があれば受信側は 424 を返すとしていた（Geolocation-Error 付きの 200 で受け付けることもできる）。緊急通報を「最もよく知られた用途」とし、500 を使う場合の SHOULD を示していなかった。',
    },
    now: {
      en: 'The example carries "Supported: geolocation-http", and the fix for 300 says to check it. 424 is for a recipient that cannot accept the request without a suitable location; "no" means intermediaries must not view the location, and 202 is the code a routing proxy can give; a recipient that does not process location SHOULD answer 500.',
      ja: '例に「Supported: geolocation-http」を加え、300 の対処法でもそれを確認するようにした。424 は適切な位置情報なしにはリクエストを受け付けられない受信側のものとし、「no」は中継装置が位置情報を見てはならないことを意味し、202 はルーティングするプロキシが返せるコードであるとした。位置情報を処理しない受信側は 500 を返すべきである（SHOULD）、とした。',
    },
    sources: [
      {
        ref: 'RFC6442 §4.6',
        quote: 'If a location URI is included in a SIP request, the sending user agent MUST also include a Supported header field indicating which location profiles it supports.',
      },
      {
        ref: 'RFC6442 §4.4',
        quote: "If, on the other hand, Bob cannot accept Alice's INVITE without a suitable location, a 424 (Bad Location Information) response is sent.",
      },
      {
        ref: 'RFC6442 §4.4',
        quote: 'Additionally, if an LR cannot or chooses not to process location from a SIP request, a 500 (Server Internal Error) SHOULD be used with or without a configurable Retry-After header field.',
      },
    ],
  },
  {
    id: '429-invalid-token-every-target',
    date: '2026-12-05',
    title: { en: '429: every refer target MUST reject an invalid token, not only those whose policy depends on it', ja: '429：無効なトークンを拒否する義務は、すべてのリファー先にある' },
    pages: [{ code: 429 }],
    wrong: {
      en: 'The page tied both the MAY (no or stale token) and the MUST (invalid token) to "a refer target whose admission policy depends on who referred the request", and left out the SHOULD that such a target require a token. A fix said SBCs and B2BUAs "must" pass Referred-By unchanged, a rule RFC 3892 §3 sets for proxies only. The HTTP note said SIP 429 asks for a token "in a REFER"; a refer target asks for it in the referenced request.',
      ja: 'トークンがない・古い場合の MAY と、無効な場合の MUST の両方を、「誰からの転送かによって受け入れを判断するリファー先」に限っていた。また、そうしたリファー先はトークンを求めるべきだという SHOULD が抜けていた。対処法では SBC や B2BUA が Referred-By をそのまま通さ「なければならない」としていたが、RFC 3892 §3 のこの規則はプロキシに対するものである。HTTP の注記は SIP 429 が「REFER に」トークンを求めるとしていたが、リファー先は誘発されたリクエストにトークンを求める。',
    },
    now: {
      en: 'Any refer target may reject with 429 when the token is absent or stale, SHOULD require one when a forged Referred-By could affect its admission policy, and MUST reject an otherwise well-formed request with an invalid token. The B2BUA advice is our own, with the proxy rule attributed to RFC 3892 §3.',
      ja: 'どのリファー先も、トークンがない・古い場合は 429 で拒否してよく、偽造された Referred-By が受け入れの判断に影響しうるならトークンを求めるべきであり、トークンが無効なら、それ以外は正しい形式のリクエストを拒否しなければならない、とした。B2BUA についての助言は当サイトのものとし、プロキシの規則を RFC 3892 §3 のものとして示した。',
    },
    sources: [
      {
        ref: 'RFC3892 §2.3',
        quote:
          'If such behavior could affect admission policy (including influencing the agent\'s user by rendering misleading content), the refer target SHOULD require that a valid Referred-By token be present.',
      },
      {
        ref: 'RFC3892 §2.3',
        quote: 'The refer target MUST reject an otherwise well-formed request with an invalid Referred-By token (see Section 4) with a 429 error response.',
      },
      { ref: 'RFC3892 §3', quote: 'Proxies do not need to be able to read Referred-By header field values and MUST NOT remove or modify them.' },
    ],
  },
  {
    id: '433-403-when-sensitive',
    date: '2026-12-05',
    title: { en: '433: where refusing anonymous calls is itself sensitive, a UAS should answer 403', ja: '433：非通知拒否そのものを知られたくない場合、UAS は 403 を返すべきである' },
    pages: [{ code: 433 }],
    wrong: {
      en: 'A fix told servers to answer 433 rather than 403 without the exception of RFC 5079 §7. The page gave "a clear way forward" as the purpose of the code, where RFC 5079 §1 gives an indication automata can act on; cited RFC 3261 §16.7 for proxies sending 433; said a caller "typically" uses the anonymous From, which is RFC 3323\'s recommendation; and stated the anonymity tests of RFC 5079 §3, which are SHOULDs, as plain fact.',
      ja: '対処法で、RFC 5079 §7 の例外に触れずに、403 ではなく 433 で応答するよう勧めていた。また、コードの目的を「発信者に取るべき道を示すこと」としていたが、RFC 5079 §1 が挙げる目的は機械が解釈できる表示である。プロキシが 433 を送ることの出典を RFC 3261 §16.7 とし、匿名の From を発信者が「通常」使うものとしていたが、これは RFC 3323 の推奨である。RFC 5079 §3 の匿名の判定（SHOULD）を事実として書いていた。',
    },
    now: {
      en: 'The fix adds that a UAS SHOULD answer 403 instead when revealing the refusal is sensitive, and that 433 is not for identities that merely failed validation. The purpose is cited from RFC 5079 §1, the sender from RFC 5079 §1 and §3, the From form from RFC 3323 §4.1.1.3, and the anonymity tests as "should be considered". The rule for anonymizing B2BUAs (RFC 5079 §7) is added.',
      ja: '対処法に、拒否を知られることが問題になる場合は UAS は代わりに 403 を返すべきであること、身元の検証に失敗しただけのリクエストには 433 を使わないことを加えた。目的は RFC 5079 §1、送信元は RFC 5079 §1・§3、From の形は RFC 3323 §4.1.1.3 を出典とし、匿名の判定は「みなすべき」とした。B2BUA として動く匿名化サービスの規則（RFC 5079 §7）も加えた。',
    },
    sources: [
      {
        ref: 'RFC5079 §7',
        quote:
          'The fact that a request was rejected because it was anonymous does reveal information about the called party -- that the called party does not accept anonymous calls. This information may or may not be sensitive. If it is, a UAS SHOULD reject the request with a 403 instead.',
      },
      {
        ref: 'RFC5079 §1',
        quote:
          'An indication that can be understood by an automaton would allow for programmatic handling, including user interface prompts, or conversion to equivalent error codes in the Public Switched Telephone Network (PSTN) when the client is a gateway.',
      },
      {
        ref: 'RFC5079 §1',
        quote:
          'SIP does not provide a response code that allows the User Agent Server (UAS), or a proxy acting on its behalf, to explicitly indicate that the request was rejected because it was anonymous.',
      },
      {
        ref: 'RFC3323 §4.1.1.3',
        quote: 'The full recommended form of the From header for anonymity is',
      },
    ],
  },

  // Second reading, unregistered 409 and 490.
  {
    id: '409-490-which-code-for-crossing-requests',
    date: '2026-12-05',
    title: { en: '409 and 490: 491 is for a request that crosses your own, 500 for one that arrives before you answered', ja: '409・490：491 は自分のリクエストと交差した場合、500 は応答前に次が届いた場合' },
    pages: [{ unregistered: '409' }, { unregistered: '490' }],
    wrong: {
      en: 'The 409 page advised 491 "when another request on the same dialog is still being processed", and the 490 page advised 491 "if another offer/answer exchange is in progress". A second INVITE that arrives before the first has been answered, and an offer that arrives while an earlier offer received is still unanswered, get 500 with Retry-After, not 491. The 490 page also said a 490 "usually" comes from software built on pjsip or sofia-sip, and that the Server header "usually" names it, with no source for either.',
      ja: '409 のページは「同じダイアログで別のリクエストが処理中なら」491 を、490 のページは「別のオファー／アンサー交換が進行中なら」491 を勧めていた。先の INVITE に応答する前に届いた次の INVITE や、受けたオファーにまだアンサーを返していない間に届いたオファーには、491 ではなく Retry-After 付きの 500 を返す。また 490 のページは、490 は「たいてい」pjsip か sofia-sip を基にしたソフトウェアが送るもので、Server ヘッダに「多くの場合」名前が出るとしていたが、どちらにも出典がなかった。',
    },
    now: {
      en: '491 is for an INVITE (or an offer) that arrives while your own is still pending; 500 with Retry-After for one that arrives before you have answered the previous one (RFC 3261 §14.2, RFC 3311 §5.2). A 490 can come from software built on those libraries, and the Server header names the software when it is present (RFC 3261 §20.35).',
      ja: '491 は、自分の INVITE（またはオファー）がまだ処理中の間に届いたものに返し、Retry-After 付きの 500 は、先のものに応答する前に届いたものに返す（RFC 3261 §14.2、RFC 3311 §5.2）。490 はこれらのライブラリを基にしたソフトウェアが送る可能性があり、Server ヘッダがあればソフトウェア名がわかる（RFC 3261 §20.35）。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.2',
        quote: 'A UAS that receives a second INVITE before it sends the final response to a first INVITE with a lower CSeq sequence number on the same dialog MUST return a 500 (Server Internal Error) response to the second INVITE and MUST include a Retry-After header field with a randomly chosen value of between 0 and 10 seconds.',
      },
      {
        ref: 'RFC3261 §14.2',
        quote: 'A UAS that receives an INVITE on a dialog while an INVITE it had sent on that dialog is in progress MUST return a 491 (Request Pending) response to the received INVITE.',
      },
      {
        ref: 'RFC3311 §5.2',
        quote: 'Similarly, if an UPDATE is received that contains an offer, and the UAS has received an offer (in an UPDATE, PRACK, or INVITE) to which it has not yet generated an answer, the UAS MUST reject the UPDATE with a 500 response, and MUST include a Retry-After header field with a randomly chosen value between 0 and 10 seconds.',
      },
      { ref: 'RFC3261 §20.35', quote: 'The Server header field contains information about the software used by the UAS to handle the request.' },
    ],
  },

  // Second reading, 580, 501, 502, 504, 505, 513.
  {
    id: '580-retry-not-specified',
    date: '2026-12-05',
    title: { en: '580: RFC 3312 does not say whether the caller retries', ja: '580：発信側が再試行するかどうかを RFC 3312 は定めていない' },
    pages: withComparisons(580),
    wrong: {
      en: 'The facts said that after a 580 the request is to be sent again only after changing what the response points at, citing RFC 3312 §8. That section says the UAS SHOULD reject the offer with 580 and that the 580 SHOULD carry an SDP showing which desired status triggered the failure; it says nothing about the caller sending the request again, changed or not, and RFC 4032, which updates RFC 3312, does not mention 580.',
      ja: '概要表では、580 を受けたら応答が指摘した点を直してから再試行するとし、出典に RFC 3312 §8 を挙げていた。この節が定めるのは、UAS が 580 でオファーを拒否すべきこと（SHOULD）と、その 580 に、どの希望状態で失敗したかを示す SDP を付けるべきこと（SHOULD）であり、発信側が修正のうえで、あるいはそのまま再試行することについては何も書いていない。RFC 3312 を更新する RFC 4032 も 580 に触れていない。',
    },
    now: {
      en: 'Retry now reads "The RFCs do not say" (RFC 3312 §8), and the description says that RFC 3312 neither tells the caller to try again, with other preconditions or without them, nor tells it not to.',
      ja: '再試行の欄を「RFC に規定なし」（RFC 3312 §8）とし、説明文には、RFC 3312 が別のプリコンディションで、あるいはプリコンディションなしで再試行せよとも、再試行するなとも書いていないことを記した。',
    },
    sources: [
      {
        ref: 'RFC3312 §8',
        quote:
          'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.',
      },
      {
        ref: 'RFC3312 §8',
        quote:
          '580 (Precondition Failure) responses and BYE and CANCEL requests, indicating failure to meet certain preconditions, SHOULD contain an SDP description, indicating which desired status triggered the failure.',
      },
    ],
  },
  {
    id: '580-refuses-the-offer',
    date: '2026-12-05',
    title: { en: '580: a refusal of the offer, sent when the answerer cannot or will not meet its preconditions', ja: '580：アンサー側がプリコンディションを満たせない、または満たすつもりがないときのオファーの拒否' },
    pages: [{ code: 580 }],
    wrong: {
      en: 'The summary said the session is refused before the callee is alerted, which holds for a new call but not for an offer in an UPDATE, and the description said a 580 "accepts what is offered but cannot obtain the resources it depends on", where RFC 3312 covers an answerer that cannot or is not willing to meet the preconditions. It also stated two SHOULDs as plain fact (not alerting before the mandatory preconditions are met; answering an unacceptable offer in a response and then sending CANCEL or BYE), and said that RFC 3261 §21.5.4, the 503 section, gives no reason to retry a 580 elsewhere.',
      ja: '要約ではセッションが着信者の呼出し前に拒否されるとしていたが、これは新しい呼には当てはまっても UPDATE のオファーには当てはまらない。説明文では 580 は「オファーの内容は受け入れるが、それが依存するリソースを得られない」ことを示すとしていたが、RFC 3312 が対象とするのは、プリコンディションを満たせない、または満たすつもりがないアンサー側である。また、2 つの SHOULD（必須のプリコンディションが満たされるまで呼び出さないこと、応答で届いた受け入れられないオファーにアンサーを返してから CANCEL か BYE を送ること）を事実として書き、503 の節である RFC 3261 §21.5.4 を根拠に、580 は別のサーバで再試行する理由にならないとしていた。',
    },
    now: {
      en: 'The answerer that cannot or will not meet the preconditions refuses the offer with 580; the two SHOULDs are given as SHOULDs (RFC 3312 §6, §8); and the contrast with 503 says that 580 is not among the failures for which RFC 3263 §4.3 has a client try the next server.',
      ja: 'プリコンディションを満たせない、または満たすつもりがないアンサー側が 580 でオファーを拒否する、とした。2 つの SHOULD は SHOULD として示し（RFC 3312 §6、§8）、503 との対比では、RFC 3263 §4.3 がクライアントに次のサーバを試させる失敗に 580 は含まれない、とした。',
    },
    sources: [
      {
        ref: 'RFC3312 §6',
        quote:
          'A user agent server that receives an offer with preconditions SHOULD NOT alert the user until all the mandatory preconditions are met;',
      },
      {
        ref: 'RFC3312 §8',
        quote:
          'If a UAC generates an initial INVITE without an offer and receives an offer in a 1xx or 2xx response which is not acceptable, it SHOULD respond to this offer with a correctly formed answer and immediately send a CANCEL or a BYE.',
      },
      {
        ref: 'RFC3263 §4.3',
        quote:
          'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).',
      },
    ],
  },

  {
    id: '501-retry-not-specified',
    date: '2026-12-05',
    title: { en: '501: RFC 3261 does not say whether to send the request again', ja: '501：リクエストを再び送るかどうかを RFC 3261 は定めていない' },
    pages: withComparisons(501),
    wrong: {
      en: 'The facts said not to send the same request again, citing RFC 3261 §21.5.2, and the description called a resend "pointless". The section defines 501 and separates it from 405; it says nothing about the client sending the request again.',
      ja: '概要表では同じリクエストを再び送らないとし、出典に RFC 3261 §21.5.2 を挙げ、説明文では送り直しても「意味がない」としていた。この節は 501 を定義して 405 との違いを示しているだけで、クライアントがリクエストを再び送ることについては何も書いていない。',
    },
    now: {
      en: 'Retry reads "The RFCs do not say" (RFC 3261 §21.5.2); the description says that RFC 3261 is silent, and that a server that cannot support the method for any user gives no reason to expect a different answer.',
      ja: '再試行の欄を「RFC に規定なし」（RFC 3261 §21.5.2）とした。説明文では、RFC 3261 は何も定めていないこと、どのユーザについてもそのメソッドをサポートできないサーバなら違う答えを期待する理由はないことを示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.2',
        quote:
          'The server does not support the functionality required to fulfill the request. This is the appropriate response when a UAS does not recognize the request method and is not capable of supporting it for any user.',
      },
    ],
  },
  {
    id: '501-functionality-allow',
    date: '2026-12-05',
    title: { en: '501: lacking functionality, with an unknown method as the named case; Allow is not for 405 alone', ja: '501：機能がないことを示し、未知のメソッドはその一例。Allow は 405 だけのものではない' },
    pages: [{ code: 501 }],
    wrong: {
      en: 'The summary defined 501 as a user agent that does not recognize the method, where RFC 3261 defines it as a server lacking the functionality the request needs and names the unknown method as the case for which it is appropriate. The description said a 501 "only says not this" next to an example 501 that carries Allow; the last fix told UAs never to answer 501 to ACK, which gets no response at all, and to BYE and CANCEL without saying this holds for a UA that supports INVITE; and it said 501 "shows up" for the extension methods, with no source.',
      ja: '要約では 501 を、UA がメソッドを認識できない場合のコードとしていた。RFC 3261 の定義は、リクエストに必要な機能をサーバがサポートしていないことであり、未知のメソッドはそれが適切な応答となる場合として挙げられている。説明文では 501 は「これは使えない」としか言わないとしていたが、例の 501 には Allow がある。最後の対処法は、応答がそもそも返らない ACK も含めて 501 を返すなとし、BYE と CANCEL については INVITE をサポートする UA に限ることを書いていなかった。また、501 が出るのは拡張メソッドだと根拠なく書いていた。',
    },
    now: {
      en: 'The summary follows RFC 3261 §21.5.2; a 405 must list the supported methods in Allow while a 501 need not, though any response may (RFC 3261 §8.2.1, §20.5); OPTIONS must be supported by every UA, and CANCEL and BYE by a UA that supports INVITE (RFC 3261 §11, §13.1); any other method can draw 501 from a UA that does not implement it.',
      ja: '要約を RFC 3261 §21.5.2 の定義に合わせた。405 は Allow にサポートするメソッドを列挙しなければならないが、501 にはその必要がない（どの応答にも付けられる。RFC 3261 §8.2.1、§20.5）。OPTIONS はすべての UA が、CANCEL と BYE は INVITE をサポートする UA がサポートしなければならない（RFC 3261 §11、§13.1）。それ以外のメソッドは、実装していない UA から 501 を受けうる、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §20.5',
        quote: 'Supplying an Allow header field in responses to methods other than OPTIONS reduces the number of messages needed.',
      },
      { ref: 'RFC3261 §13.1', quote: 'A UA that supports INVITE MUST also support ACK, CANCEL and BYE.' },
    ],
  },

  {
    id: '502-504-retry-not-specified',
    date: '2026-12-05',
    title: { en: '502, 504: RFC 3261 does not say that the request may succeed later', ja: '502・504：後で成功しうるとは RFC 3261 に書かれていない' },
    pages: withComparisons(502, 504),
    wrong: {
      en: 'The facts of 502 and 504 said the same request may succeed later, citing RFC 3261 §21.5. That section only says that 5xx responses are given when a server itself has erred, and the sections of 502 and 504 (§21.5.3, §21.5.5) say nothing about sending the request again. Among the 5xx sections of RFC 3261, only those of 500 and 503 have such text.',
      ja: '502 と 504 の概要表では、同じリクエストが後で成功しうるとし、出典に RFC 3261 §21.5 を挙げていた。この節は 5xx がサーバ自身の誤りで返る応答だとするだけで、502 と 504 の節（§21.5.3、§21.5.5）もリクエストを再び送ることについては何も書いていない。RFC 3261 の 5xx の節でそうした記述があるのは 500 と 503 だけである。',
    },
    now: {
      en: 'Retry reads "The RFCs do not say", citing the section that defines each code (RFC 3261 §21.5.3, §21.5.5).',
      ja: '再試行の欄を「RFC に規定なし」とし、出典にはそれぞれのコードを定義する節（RFC 3261 §21.5.3、§21.5.5）を挙げた。',
    },
    sources: [
      { ref: 'RFC3261 §21.5', quote: '5xx responses are failure responses given when a server itself has erred.' },
      {
        ref: 'RFC3261 §21.5.1',
        quote: 'The client MAY display the specific error condition and MAY retry the request after several seconds.',
      },
    ],
  },
  {
    id: '502-sources-not-counted',
    date: '2026-12-05',
    title: { en: '502: no count of where 502s come from; RFC 3398 recommends the cause 27 mapping', ja: '502：502 の出どころの多寡は数えていない。理由表示 27 の対応付けは RFC 3398 の推奨' },
    pages: [{ code: 502 }],
    wrong: {
      en: 'The description said two sources that are not parse errors "produce many of the 502s in real traces", a count with no source, and a fix said a reason phrase, Warning or Reason header "usually" says what went wrong downstream.',
      ja: '説明文で、構文エラー以外の 2 つの原因が「実際のトレースに現れる 502 の多く」を占めるとし、対処法では、リーズンフレーズや Warning、Reason ヘッダに下流の問題が「書かれていることが多い」としていたが、どちらも出典のない頻度の記述だった。',
    },
    now: {
      en: 'Two sources of 502 have nothing to do with a malformed response: RFC 3398 §7.2.4.1 recommends 502 for cause 27, and pjsip reports an unresolvable next hop as 502. The headers may say what went wrong; RFC 6432 §3 allows a Reason header with a Q.850 cause in any response but 100.',
      ja: '不正な応答と関係のない 502 の出どころが 2 つある、とした。RFC 3398 §7.2.4.1 は理由表示 27 を 502 に対応付けることを推奨し、pjsip は名前解決できない次ホップを 502 として報告する。ヘッダには下流の問題が書かれていることがあり、Q.850 の理由表示を載せた Reason ヘッダは RFC 6432 §3 により 100 以外のどの応答にも付けてよい、とした。',
    },
    sources: [
      {
        ref: 'RFC6432 §3',
        quote: 'Any SIP Response message, with the exception of a 100 (Trying), MAY contain a Reason header field with a Q.850 [Q.850] cause code.',
      },
    ],
  },

  {
    id: '504-timely-408-must-cause-102',
    date: '2026-12-05',
    title: { en: '504: no timely answer, not none at all; a proxy MUST send 408; what RFC 3398 recommends for cause 102', ja: '504：応答がまったくないのではなく期限内にない。プロキシは 408 を送らなければならない。理由表示 102 について RFC 3398 が推奨すること' },
    pages: [{ code: 504 }],
    wrong: {
      en: 'The page said that after a 504, unlike 502, "no answer came back at all", where RFC 3261 speaks of no timely response; called the 408 a proxy sends when no branch produced a final response "practice", and the last fix only asked to "consider" it, where RFC 3261 §16.7 makes it a MUST; said a PSTN caller whose call died on a 504 "typically sees" cause 102, with no source; and cited RFC 3261 §16.7, which does not mention 504, for who sends it.',
      ja: '504 では 502 と違って「応答はまったく返っていない」としていたが、RFC 3261 が定めているのは期限内に応答がないことである。どのブランチも最終応答を返さなかったときにプロキシが送る 408 を「実際には」の話とし、最後の対処法では検討を促すだけだったが、RFC 3261 §16.7 はこれを必須（MUST）としている。また、504 で切れた呼の PSTN 側の発信者には「通常」理由表示 102 が見えると出典なしに書き、送信元の出典に 504 に触れていない RFC 3261 §16.7 を挙げていた。',
    },
    now: {
      en: 'No answer came back in time; a proxy MUST send 408 when no branch produced a final response (RFC 3261 §16.7); RFC 3398 recommends cause 102 for a SIP 504 (§8.2.6.1) and 504 for cause 102 (§7.2.4.1); the senders cite RFC 3261 §21.5.5 and RFC 3398 §7.2.4.1.',
      ja: '応答は期限内に返っていない、とした。どのブランチも最終応答を返さなかったプロキシは 408 を送らなければならない（RFC 3261 §16.7）。RFC 3398 は SIP の 504 に理由表示 102 を（§8.2.6.1）、理由表示 102 に 504 を（§7.2.4.1）推奨している。送信元の出典は RFC 3261 §21.5.5 と RFC 3398 §7.2.4.1 とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.5',
        quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.',
      },
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
      { ref: 'RFC3398 §8.2.6.1', quote: '504 Server time-out 102 Recovery on timer expiry' },
    ],
  },

  {
    id: '505-rfc-4475-should-respond',
    date: '2026-12-05',
    title: { en: '505: what RFC 4475 expects of "badvers", and what else a 505 can point to', ja: '505：「badvers」について RFC 4475 が期待することと、505 が示しうるもの' },
    pages: [{ code: 505 }],
    wrong: {
      en: 'The page said the torture tests expect an element to answer "SIP/7.0" with 505 "rather than process or silently drop it"; RFC 4475 only says the element should respond with 505. It also said a 505 means the version token was garbled or the message was not SIP, leaving out the parser that compares the version wrongly, a case the page itself describes.',
      ja: 'トーチャーテストは「SIP/7.0」を「処理したり黙って捨てたりせず」505 で応答することを求めているとしていたが、RFC 4475 は 505 で応答すべきだとしているだけである。また、505 はバージョン表記の破損か SIP 以外のメッセージを意味するとしており、ページ自身が説明しているバージョンの比較を誤るパーサの場合が抜けていた。',
    },
    now: {
      en: 'RFC 4475 §3.1.2.16 says the element should respond with 505; a 505 points to a garbled version token, a parser that compares it wrongly, a deliberate test, or traffic that was not SIP. The page adds that a gateway receiving 505 SHOULD remedy the request and re-originate the session if at all possible (RFC 3398 §8.2.6.1), which the retry fact now cites.',
      ja: 'RFC 4475 §3.1.2.16 は 505 で応答すべきだとしている、とした。505 が示しうるのは、バージョン表記の破損、比較を誤るパーサ、意図的な試験、SIP ではないトラフィックである。あわせて、505 を受けたゲートウェイは可能な限り問題を正してセッションを再び試みるべきである（RFC 3398 §8.2.6.1）ことを加え、再試行の欄の出典にもこの節を挙げた。',
    },
    sources: [
      { ref: 'RFC4475 §3.1.2.16', quote: 'The element should respond to the request with a 505 Version Not Supported error.' },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'If at all possible, a SIP gateway SHOULD respond to these protocol errors by remedying unacceptable behavior and attempting to re-originate the session.',
      },
    ],
  },
  {
    id: '513-caption-and-strengths',
    date: '2026-12-05',
    title: { en: '513: a phone forced to UDP cannot resend over TCP; RFC 3261 §18.1.1 requires the 65,535 bytes', ja: '513：UDP に固定された電話機は TCP で送り直せない。65,535 バイトは RFC 3261 §18.1.1 の必須要件' },
    pages: [{ code: 513 }],
    wrong: {
      en: 'The call-flow caption had "a phone forced to UDP" send the same INVITE again over TCP. A fix said RFC 3261 §18.1.1 "expects" messages up to 65,535 bytes to be handled, where it says implementations MUST handle them, and the description put the remedy with the sender alone although the page also advises raising the server\'s limit.',
      ja: 'コールフローの説明で、「UDP に固定された電話機」が同じ INVITE を TCP で送り直していた。対処法では、65,535 バイトまでのメッセージの処理を RFC 3261 §18.1.1 が「想定している」としていたが、同節はこれを必須（MUST）としている。また説明文では対処するのは送信側だとしていたが、ページ自身がサーバ側の上限の引き上げも勧めている。',
    },
    now: {
      en: 'The phone sends the INVITE over UDP although RFC 3261 §18.1.1 has it use TCP, and sends it again over TCP; implementations MUST handle messages up to 65,535 bytes over UDP; the sender can often avoid a 513, and a gateway that receives one SHOULD remedy and re-originate if at all possible (RFC 3398 §8.2.6.1).',
      ja: '電話機は RFC 3261 §18.1.1 によれば TCP で送るべき INVITE を UDP で送り、その後 TCP で送り直す、とした。UDP では 65,535 バイトまでのメッセージを処理しなければならない。513 は送信側の工夫で避けられることが多く、513 を受けたゲートウェイは可能な限り問題を正して再び試みるべきである（RFC 3398 §8.2.6.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §18.1.1',
        quote: 'However, implementations MUST be able to handle messages up to the maximum datagram packet size. For UDP, this size is 65,535 bytes, including IP and UDP headers.',
      },
    ],
  },

  // Second reading, guides, classes, HTTP and Q.850 notes.
  {
    id: '500-http-phrase-which-stack',
    date: '2026-12-05',
    title: { en: '500: which stack prints the HTTP phrase', ja: '500：HTTP の名称を出力するスタック' },
    pages: [{ code: 500 }],
    wrong: {
      en: 'The note on the HTTP phrase said "Stacks that print the HTTP phrase make log searches miss", naming no stack.',
      ja: 'HTTP の名称についての注記で、「HTTP の名称を出力するスタックもある」と、スタック名を挙げずに書いていた。',
    },
    now: {
      en: 'sofia-sip, and so FreeSWITCH, prints "Internal Server Error" for 500; a log search for one phrase misses the other.',
      ja: 'sofia-sip（したがって FreeSWITCH）は 500 に「Internal Server Error」を出力する。一方の名称でログを検索すると他方を見落とす。',
    },
    sources: [
      { url: 'https://github.com/freeswitch/sofia-sip/blob/7333682a297f28130ff46d5ef0f9e2f72adca0e8/libsofia-sip-ua/sip/sip_status.c#L101', name: 'sofia-sip, libsofia-sip-ua/sip/sip_status.c, line 101', quote: 'Internal Server Error' },
    ],
  },

  // Second reading, unregistered codes.
  {
    id: '303-listed-by-rfc-2543',
    date: '2026-12-05',
    title: { en: '303: RFC 2543 listed it, without defining it', ja: '303：RFC 2543 は定義しないまま一覧に挙げていた' },
    pages: [{ unregistered: '303' }],
    wrong: {
      en: 'The page said SIP does not define 303 and that it appears on SIP code lists "only because they were compiled from HTTP\'s table"; it also said a 303 in a trace "usually" belongs to HTTP traffic. The first SIP specification itself named 303 See Other among its redirection codes, and nothing supports "usually".',
      ja: 'SIP には 303 の定義がなく、SIP のコード一覧に 303 があるのは「HTTP の表を基に作られたためにすぎない」とし、トレースの 303 は「たいてい」HTTP の通信だとしていた。しかし最初の SIP 仕様自体がリダイレクトのコードに 303 See Other を挙げており、「たいてい」にも根拠がない。',
    },
    now: {
      en: 'RFC 2543 listed 303 See Other among the redirection codes (§5.1.1) but gave it no definition in §7.3; RFC 3261 left it out and IANA does not list it. A 303 in a trace may belong to HTTP traffic captured next to the SIP.',
      ja: 'RFC 2543 はリダイレクトのコードの一覧に 303 See Other を挙げたが（§5.1.1）、§7.3 では定義していない。RFC 3261 はこれを外し、IANA にも登録はない。トレースの 303 は、SIP と一緒にキャプチャされた HTTP の通信であることが考えられる。',
    },
    sources: [
      { ref: 'RFC2543 §5.1.1', quote: 'Redirection = "300" ; Multiple Choices | "301" ; Moved Permanently | "302" ; Moved Temporarily | "303" ; See Other' },
    ],
  },
  {
    id: '409-411-who-lists-them',
    date: '2026-12-05',
    title: { en: '409 and 411: the stacks that list them, and what a 4xx allows', ja: '409・411：これらを載せているスタックと、4xx で許されること' },
    pages: [{ unregistered: '409' }, { unregistered: '411' }],
    wrong: {
      en: 'Both pages said "older stacks" and "old gateway manuals" list the codes, with no stack or manual named, and 411 added that "an older device may still send it". 409 said a request refused with it "must not be sent again unchanged", and that the 2003 draft would have revived 409 "with a general meaning", which we had not read.',
      ja: 'どちらのページも、名前を挙げずに「古いスタック」や「古いゲートウェイのマニュアル」に載っているとし、411 では「古い機器が送ってくることがある」としていた。409 では、拒否されたリクエストは「変更しないまま送り直してはならない」とし、2003 年のドラフトは 409 を「一般的な意味で」復活させるものだとしていたが、その内容は確認していなかった。',
    },
    now: {
      en: 'The status tables of pjsip, sofia-sip and OpenSIPS still give both codes their phrases. Like any 4xx, a request refused with 409 SHOULD NOT be sent again without modification (RFC 3261 §21.4). The draft is named (draft-roach-sip-409, 2003, expired 2004) without a claim about its content. 409 also cites RFC 2543 §7.4.10 and the deprecation of `action` in RFC 3261 §10.2.',
      ja: 'pjsip、sofia-sip、OpenSIPS のステータス表には今も両方のコードのフレーズがある。409 で拒否されたリクエストは、他の 4xx と同じく、変更せずに送り直すべきではない（SHOULD NOT、RFC 3261 §21.4）。ドラフトは名前（draft-roach-sip-409、2003 年、2004 年に失効）だけを示し、内容については書かない。409 では RFC 2543 §7.4.10 と、RFC 3261 §10.2 による `action` の非推奨も示した。',
    },
    sources: [
      { ref: 'RFC3261 §21.4', quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).' },
      { ref: 'RFC3261 §10.2', quote: 'action: The "action" parameter from RFC 2543 has been deprecated. UACs SHOULD NOT use the "action" parameter.' },
      { url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/src/pjsip/sip_msg.c#L199-L201', name: 'pjproject, pjsip/src/pjsip/sip_msg.c, lines 199–201', quote: 'pj_strset2( &status_phrase[409], "Conflict");' },
      { url: 'https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c#L154-L156', name: 'OpenSIPS, error.c, lines 154–156', quote: 'case 411: return "Length Required";' },
      { url: 'https://datatracker.ietf.org/doc/draft-roach-sip-409/history/', name: 'IETF Datatracker, draft-roach-sip-409, history', quote: 'Document has expired' },
    ],
  },
  {
    id: '478-tm-replies-itself',
    date: '2026-12-05',
    title: { en: '478: where the reply comes from in current Kamailio, and what the client does next', ja: '478：現在の Kamailio で応答を送る箇所と、クライアントの次の動作' },
    pages: [{ unregistered: '478' }],
    wrong: {
      en: 'The page said the stock configuration answers a failed t_relay() with sl_reply_error(), "which is where (478/SL) comes from". Since February 2025 it calls send_reply_error(), and the tm module itself replies "(478/TM)" when it cannot forward, unless the script turns that off. It also named "an outbound proxy" as a source of the next hop, said a UAC "will not try another server" after it, and contrasted it with "most home-made codes".',
      ja: '標準の設定は t_relay() の失敗に sl_reply_error() で応答し、「`(478/SL)` はここから出る」としていた。2025 年 2 月からは send_reply_error() を呼んでおり、また tm モジュールは転送できないとき、スクリプトで無効にしない限り自身で `(478/TM)` を返す。さらに、次ホップの出所に「アウトバウンドプロキシ」を挙げ、UAC は「別のサーバを試すことはしない」とし、「独自コードの多く」と比べていた。',
    },
    now: {
      en: 'tm replies "(478/TM)" itself unless t_set_disable_internal_reply() is used; the stock configuration follows a failed t_relay() with send_reply_error() (sl_reply_error() before 2025). The next hop is the destination URI or else the Request-URI. A 478 is not one of the failures (503, transport error, timeout) after which RFC 3263 §4.3 has a client try the next server. The contrast is now with pjsip\'s 701 to 703.',
      ja: 't_set_disable_internal_reply() を使わない限り tm が自身で `(478/TM)` を返す。標準の設定は t_relay() の失敗後に send_reply_error()（2025 年より前は sl_reply_error()）を呼ぶ。次ホップは宛先 URI、それがなければ Request-URI である。478 は、RFC 3263 §4.3 がクライアントに次のサーバを試させる失敗（503、トランスポートエラー、タイムアウト）に当たらない。比較の相手は pjsip の 701〜703 にした。',
    },
    sources: [
      { url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/modules/tm/t_funcs.c#L175-L176', name: 'Kamailio, src/modules/tm/t_funcs.c, lines 175–176 (kill_transaction)', quote: 'ret = err2reason_phrase( error, &sip_err, err_buffer, sizeof(err_buffer), "TM");' },
      { url: 'https://github.com/kamailio/kamailio/commit/6a7c8c232132078b97bd3023efaed30f369cfe63', name: 'Kamailio, commit 6a7c8c2 (2025-02-18)', quote: 'etc/kamailio.cfg: use send_reply_error() instead of sl_reply_error()' },
      { ref: 'RFC3263 §4.3', quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).' },
    ],
  },
  {
    id: '490-pjsip-uses-it-locally',
    date: '2026-12-05',
    title: { en: '490: pjsip uses it locally for a superseded SUBSCRIBE or REFER', ja: '490：pjsip は置き換えられた SUBSCRIBE や REFER にローカルで使う' },
    pages: [{ unregistered: '490' }],
    wrong: {
      en: 'The page called 490 "a leftover of an Internet-Draft", with no draft named, and said either library "will send the code if an application asks for it", as the only way a 490 appears. It did not say that pjsip itself ends a pending outgoing SUBSCRIBE or REFER transaction with status 490 when the application sends a newer one, without sending anything.',
      ja: '490 を、ドラフト名を示さずに「RFC にならなかった Internet-Draft の名残」とし、490 が現れるのは「アプリケーションが指定すれば」ライブラリが送出する場合だけのように書いていた。pjsip 自身が、アプリケーションが新しい SUBSCRIBE や REFER を送ると、未完了の古いクライアントトランザクションを何も送らずにステータス 490 で終わらせることには触れていなかった。',
    },
    now: {
      en: 'The draft claim is removed. The page explains pjsip\'s local 490 and adds a fix for it; a 490 on the wire was chosen by an application, since sofia-sip has no code that uses it outside its table.',
      ja: 'ドラフトについての記述を外した。pjsip のローカルな 490 を説明し、その対処を加えた。sofia-sip には表の外で 490 を使うコードがないので、ワイヤ上の 490 はアプリケーションが選んだものである。',
    },
    sources: [
      { url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/src/pjsip-simple/evsub.c#L1740-L1743', name: 'pjproject, pjsip/src/pjsip-simple/evsub.c, lines 1740–1743', quote: 'By convention, we use 490 (Request Updated) status code. When transaction handler (below) see this status code, it will ignore the transaction.' },
    ],
  },
  {
    id: '687-what-a-6xx-does',
    date: '2026-12-05',
    title: { en: '687: what a proxy and a UAC do with a 6xx, and who chooses 687', ja: '687：プロキシと UAC が 6xx をどう扱うか、誰が 687 を選ぶか' },
    pages: [{ unregistered: '687' }],
    wrong: {
      en: 'The page said the caller "may be shown a busy indication", with no source, and that a 687 "points to" an element built on sofia-sip; it also said the FreeSWITCH log shows "what state the dialog was in". Neither sofia-sip nor FreeSWITCH\'s SIP module uses 687 outside the status table, so the code is chosen by an application or a dialplan.',
      ja: '発信者には「話中が示されることがある」と出典なしに書き、687 は sofia-sip を基にした装置を「出所と考えてよい」とし、FreeSWITCH のログで「ダイアログがどの状態だったか」がわかるとしていた。sofia-sip も FreeSWITCH の SIP モジュールも表の外で 687 を使っておらず、このコードを選ぶのはアプリケーションかダイヤルプランである。',
    },
    now: {
      en: 'A stateful proxy that receives any 6xx SHOULD cancel its pending branches and MUST NOT create new ones (RFC 3261 §16.7); a UAC reads an unknown 6xx as 600, whose meaning is given from §21.6.1. A sofia-sip element is the first place to look, and FreeSWITCH\'s EXECUTE log lines show which dialplan application ran.',
      ja: '6xx を受けたステートフルプロキシは応答待ちのブランチをキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT）（RFC 3261 §16.7）。UAC は未知の 6xx を 600 として扱い、その意味は §21.6.1 に従って示した。まず sofia-sip を基にした装置を調べ、FreeSWITCH ではログの EXECUTE の行でどのダイヤルプランのアプリケーションが実行されたかを見る。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.' },
      { ref: 'RFC3261 §21.6.1', quote: 'The callee\'s end system was contacted successfully but the callee is busy and does not wish to take the call at this time.' },
    ],
  },
  {
    id: '702-478-naptr',
    date: '2026-12-05',
    title: { en: '702 and 478: neither stack queries NAPTR as the pages implied', ja: '702・478：どちらのスタックも、ページが示したようには NAPTR を引かない' },
    pages: [{ unregistered: '702' }, { unregistered: '478' }],
    wrong: {
      en: '702 said pjsip failed to resolve "by the RFC 3263 procedure (NAPTR, SRV, then A or AAAA records)" and named a missing SRV record as the usual cause; 478 told readers to check NAPTR records as part of what Kamailio looks up. The pjsip code that used 702 did a plain host-name lookup, current pjsip does not query NAPTR and falls back to A or AAAA when the SRV lookup fails, and Kamailio queries NAPTR only when dns_try_naptr is on, which it is not by default.',
      ja: '702 では、pjsip は「RFC 3263 の手順（NAPTR、SRV、次いで A または AAAA）」で解決に失敗したとし、SRV レコードの欠落をよくある原因としていた。478 では、Kamailio が引くものとして NAPTR レコードの確認を勧めていた。しかし 702 を使っていた pjsip のコードは単純なホスト名の解決しかしておらず、現在の pjsip は NAPTR を引かず、SRV の検索に失敗すると A または AAAA を引く。Kamailio が NAPTR を引くのは dns_try_naptr が有効なときだけで、既定では無効である。',
    },
    now: {
      en: '702 describes the host-name lookup of 2005 and the SRV-then-A/AAAA lookup of current pjsip, without NAPTR; 478 names SRV records and says NAPTR is queried only with dns_try_naptr on.',
      ja: '702 では 2005 年のホスト名の解決と、現在の pjsip の SRV から A／AAAA への解決を、NAPTR なしで説明した。478 では SRV レコードを挙げ、NAPTR は dns_try_naptr が有効なときだけ引くとした。',
    },
    sources: [
      { url: 'https://github.com/pjsip/pjproject/blob/4c5dcfdb622074382cf9ae558560530578c48952/pjsip/src/pjsip/sip_resolve.c#L57', name: 'pjproject, pjsip/src/pjsip/sip_resolve.c, line 57 (2005-11-09)', quote: 'PJ_TODO(SUPPORT_RFC3263_SERVER_RESOLUTION)' },
      { url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/include/pjsip/sip_resolve.h#L72-L82', name: 'pjproject, pjsip/include/pjsip/sip_resolve.h, lines 72–82', quote: 'currently #pjsip_resolve() doesn\'t support DNS NAPTR record.' },
      { url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/core/cfg_core.c#L76', name: 'Kamailio, src/core/cfg_core.c, line 76', quote: 'dns_try_naptr -- off by default' },
    ],
  },
  {
    id: '701-702-703-dates-and-return-path',
    date: '2026-12-05',
    title: { en: '701 to 703: when pjsip changed, and how responses find their way back', ja: '701〜703：pjsip が変わった時期と、応答が戻る経路' },
    pages: [{ unregistered: '701' }, { unregistered: '702' }, { unregistered: '703' }],
    wrong: {
      en: '701 said the number turns up in logs of "tools that copied pjsip\'s list", and that the Via header "must carry an address and port the peer can reach"; over UDP the peer sends the response to the request\'s source address and to the Via port unless rport is used. 702 called a missing SRV record or an unreachable resolver "the usual cause", and gave the dates of pjsip\'s changes only as "from 2006" and "late 2006".',
      ja: '701 では「pjsip の一覧を写したツール」のログにもこの番号が出るとし、Via ヘッダには「相手から到達できるアドレスとポートが必要」としていた。UDP では、相手は応答をリクエストの送信元アドレスに、rport がなければ Via のポートに送る。702 では、SRV レコードの欠落や到達できないリゾルバを「よくある原因」とし、pjsip の変更時期を「2006 年から」「2006 年末から」としか示していなかった。',
    },
    now: {
      en: 'pjsip replaced 701 with 408 and 703 with 503 in October 2006, and stopped using 702 in January 2006. The tools claim and "usual" are gone. The return path follows RFC 3261 §18.2.2 and RFC 3581 §4. The shared paragraph quotes pjsip\'s header on the 7xx class.',
      ja: 'pjsip は 2006 年 10 月に 701 を 408 に、703 を 503 に置き換え、702 は 2006 年 1 月に使わなくなった。ツールについての記述と「よくある」を外した。応答の戻り経路は RFC 3261 §18.2.2 と RFC 3581 §4 に従って示した。共通の段落では 7xx クラスについての pjsip のヘッダの記述を引いた。',
    },
    sources: [
      { url: 'https://github.com/pjsip/pjproject/commit/4ddad2c1fc74d84455f7af13f9af54479ba9f572', name: 'pjproject, commit 4ddad2c (2006-10-18), pjsip/include/pjsip/sip_msg.h', quote: 'PJSIP_SC_TSX_TIMEOUT = PJSIP_SC_REQUEST_TIMEOUT,' },
      { url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/include/pjsip/sip_msg.h#L450-L453', name: 'pjproject, pjsip/include/pjsip/sip_msg.h, lines 450–453', quote: 'This status class however should not get transmitted on the wire.' },
      { ref: 'RFC3261 §18.2.2', quote: 'if the top Via has a "received" parameter, the response MUST be sent to the address in the "received" parameter, using the port indicated in the "sent-by" value' },
      { ref: 'RFC3581 §4', quote: 'the response MUST be sent to the IP address listed in the "received" parameter, and the port in the "rport" parameter.' },
    ],
  },

  // Second reading, guides, class pages and the Q.850 table (entries for the changes above).
  {
    id: 'failover-guide-408-502-6xx',
    date: '2026-12-05',
    title: { en: 'Failover guide: no 408 to a non-INVITE, 500 for a transport error, and what a 6xx forbids', ja: 'フェイルオーバーの使い分けガイド：INVITE 以外には 408 を返さない、転送エラーには 500、6xx が禁じること' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The decision table told an element whose Timer B or F fired to answer "408 if no alternative is left" for any request; for a transport error or an unresolvable next hop it recommended "502 (or 500)" and said "gateways and SBCs" use 502, which "names the next hop more precisely". A heading said the codes that follow "must not" trigger rerouting, although only a 6xx carries a MUST NOT, and a 408 received from a proxy was said to mean "the callee side stayed silent".',
      ja: '判断表は、タイマ B／F が満了した装置に、どのリクエストについても「代替がなければ 408」を返すよう示していた。転送エラーや解決できない次ホップについては「502（または 500）」を勧め、「ゲートウェイや SBC」が 502 を使い、502 のほうが「次ホップをより正確に示す」としていた。また見出しは、続くコードがリルートの契機に「なってはならない」としていたが、MUST NOT があるのは 6xx だけである。プロキシから受けた 408 は「着信側が応答しなかった」ことを意味するとしていた。',
    },
    now: {
      en: 'For an INVITE, 408 if no alternative is left; a non-INVITE request gets no response at all (RFC 4320 §4.2). A transport error counts as a 503 received (RFC 3261 §16.9), which a proxy SHOULD pass upstream as 500 (§16.7); a local 502 for a name that does not resolve is pjsip\'s practice. The codes "should not" trigger rerouting, and a proxy that receives a 6xx MUST NOT create new branches (§16.7). A 408 from a proxy means nothing beyond it gave a final response in time.',
      ja: 'INVITE なら代替がないときに 408、INVITE 以外のリクエストには何も応答しない（RFC 4320 §4.2）。転送エラーは 503 を受けたものとして扱い（RFC 3261 §16.9）、プロキシはそれを 500 として上流へ返すべきである（§16.7）。名前を解決できないときにローカルで 502 を返すのは pjsip の実装である。見出しは「契機にすべきでない」とし、6xx を受けたプロキシは新しいブランチを作ってはならない（§16.7）とした。プロキシからの 408 は、その先の誰も時間内に最終応答を返さなかったことを示す。',
    },
    sources: [
      { ref: 'RFC4320 §4.2', quote: 'A transaction-stateful SIP element MUST NOT send a response with Status-Code of 408 to a non-INVITE request.' },
      {
        ref: 'RFC3261 §16.9',
        quote: 'If the transport layer notifies a proxy of an error when it tries to forward a request (see Section 18.4), the proxy MUST behave as if the forwarded request received a 503 (Service Unavailable) response.',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
    ],
  },
  {
    id: 'rejecting-calls-guide-607-608-cause-21',
    date: '2026-12-05',
    title: { en: 'Guide to rejecting calls: 607 and 608 map to cause 31, sip.607 promises no action, cause 21 comes back as 403', ja: '着信拒否の使い分けガイド：607・608 は理由表示 31、sip.607 は対処を約束しない、理由表示 21 は 403 に戻る' },
    pages: [{ guide: 'rejecting-calls' }],
    wrong: {
      en: 'The table said 607 and 608 are "not mapped" to ISUP; the text said a registrar advertises with sip.607 that the provider "acts on such reports", that cause 21 becomes 403 "unless the location says user", and that a proxy passes a 6xx upstream even when another branch returned "a lower code", which would include a 2xx.',
      ja: '表は 607 と 608 は ISUP に「対応付けられない」とし、本文は、レジストラが sip.607 によって事業者が「そうした報告に対処する」ことを示す、理由表示 21 は「ロケーションが user でない限り」403 になる、プロキシは他のブランチが「より小さいコード」を返していても 6xx を上流へ渡す（2xx も含むことになる）としていた。',
    },
    now: {
      en: 'Codes RFC 3398 does not list, 607 and 608 among them, should map to cause 31. sip.607 says the proxy supports the code and promises no particular action. Cause 21 becomes 403, and a gateway may give 603 when the location is "user". A proxy passes a 6xx upstream over 3xx, 4xx and 5xx responses (RFC 3261 §16.7).',
      ja: 'RFC 3398 に載っていないコード（607 と 608 を含む）は理由表示 31 に対応付けるべきである。sip.607 はプロキシがこのコードをサポートすることを示すだけで、特定の対処を約束しない。理由表示 21 は 403 になり、ロケーションが「ユーザ」ならゲートウェイは 603 を返してもよい。プロキシは 3xx・4xx・5xx の応答より 6xx を優先して上流へ渡す（RFC 3261 §16.7）。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'Any SIP status codes not listed below (associated with SIP extensions, versions of SIP subsequent to the issue of this document, or simply omitted) should be mapping to cause code 31 "Normal, unspecified".',
      },
      { ref: 'RFC8197 §4', quote: 'The presence of the feature capability does not imply that the provider will take any particular action, such as blocking future calls.' },
      { ref: 'RFC3398 §7.2.4.1', quote: "(+) If the cause location is 'user' than the 6xx code could be given rather than the 4xx code (i.e., 403 becomes 603)" },
    ],
  },
  {
    id: 'class-pages-4xx-5xx-scope',
    date: '2026-12-05',
    title: { en: 'Class pages: what 4xx and 5xx say, and how strict the rules are', ja: 'クラスのページ：4xx と 5xx が示すこと、規則の強さ' },
    pages: [{ klass: 1 }, { klass: 2 }, { klass: 4 }, { klass: 5 }, { klass: 6 }],
    wrong: {
      en: 'The 4xx page said the problem is always on the request side, and in Japanese that the same request "must not" be sent again unmodified; the 5xx page said the fault lies with the server or something behind it; the 2xx page said a 2xx to any request other than INVITE "simply completes its transaction"; the 1xx and 6xx pages stated SHOULDs (stop retransmitting, cancel pending branches) as plain facts and did not limit early dialogs to INVITE.',
      ja: '4xx のページは問題が常にリクエスト側にあるとし、日本語版は同じリクエストを修正せずに送り直して「はならない」としていた。5xx のページはサーバかその先に原因があるとし、2xx のページは INVITE 以外への 2xx は「トランザクションを完了させるだけ」としていた。1xx と 6xx のページは SHOULD（再送の停止、応答待ちのブランチのキャンセル）を確定した事実として書き、アーリーダイアログを INVITE に限っていなかった。',
    },
    now: {
      en: '4xx: bad syntax or not possible at this server, including the callee\'s own state such as 486; the client SHOULD NOT resend unchanged, and another server might succeed (RFC 3261 §7.2, §21.4). 5xx: a server failed an apparently valid request, though RFC 3261 answers an out-of-order CSeq with 500 (§12.2.2). A 2xx to SUBSCRIBE accepts a subscription (RFC 6665 §4.1.2.1). The SHOULDs are marked, and early dialogs are limited to INVITE (RFC 3261 §12.1).',
      ja: '4xx は構文の誤りか、このサーバでは処理できないことを示し、486 のような着信者自身の状態も含む。クライアントは修正せずに送り直すべきではなく、別のサーバなら成功する可能性がある（RFC 3261 §7.2、§21.4）。5xx は一見正当なリクエストをサーバが処理できなかったことを示すが、RFC 3261 はダイアログ内の CSeq の順序違いに 500 で応える（§12.2.2）。SUBSCRIBE への 2xx はサブスクリプションの受付を示す（RFC 6665 §4.1.2.1）。SHOULD を明記し、アーリーダイアログを INVITE に限った（RFC 3261 §12.1）。',
    },
    sources: [
      { ref: 'RFC3261 §7.2', quote: '4xx: Client Error -- the request contains bad syntax or cannot be fulfilled at this server;' },
      {
        ref: 'RFC3261 §21.4',
        quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization). However, the same request to a different server might be successful.',
      },
      { ref: 'RFC3261 §12.2.2', quote: 'the request is out of order and MUST be rejected with a 500 (Server Internal Error) response.' },
      { ref: 'RFC6665 §4.1.2.1', quote: '200-class responses indicate that the subscription has been accepted and that a NOTIFY request will be sent immediately.' },
    ],
  },
  {
    id: 'q850-table-not-many-gateways',
    date: '2026-12-05',
    title: { en: 'Q.850 table: stacks do not all follow RFC 3398', ja: 'Q.850 対応表：すべてのスタックが RFC 3398 に従うわけではない' },
    pages: [{ q850: true }],
    wrong: {
      en: 'The introduction said "many gateways follow" RFC 3398\'s mappings, with no source for how many.',
      ja: '冒頭で「多くのゲートウェイはこれに従って」いるとしていたが、どれだけかの出典はなかった。',
    },
    now: {
      en: 'It says how closely a stack follows them varies: FreeSWITCH, for one, maps 604 to cause 3 where RFC 3398 recommends cause 1, and the stack pages list each difference.',
      ja: 'スタックがどこまで従うかはさまざまであるとした。たとえば FreeSWITCH は、RFC 3398 が理由表示 1 を推奨する 604 を、理由表示 3 に対応させている。違いはスタックのページに一覧で示している。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: '604 Does not exist anywhere 1 Unallocated number' },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia_glue.c#L1830-L1832',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia_glue.c, lines 1830–1832',
        quote: 'case 485: case 604: return SWITCH_CAUSE_NO_ROUTE_DESTINATION;',
      },
    ],
  },

  {
    id: '6xx-scope-cancel-is-should',
    date: '2026-12-05',
    title: { en: '6xx: cancelling the other branches is a SHOULD', ja: '6xx：他のブランチのキャンセルは SHOULD' },
    pages: withComparisons(600, 603, 604, 606, 607, 608),
    wrong: {
      en: 'For every 6xx code, its page and its comparison tables described what a proxy does with it as "Ends the search: other branches are cancelled", as if cancelling were certain.',
      ja: '6xx の各コードのページと比較表は、プロキシでの扱いを「探索を終わらせる：他のブランチはキャンセルされる」とし、キャンセルが確実に行われるかのように書いていた。',
    },
    now: {
      en: '"Ends the search: no new branches, and the others SHOULD be cancelled": a proxy MUST NOT create new branches after a 6xx and SHOULD cancel the pending ones (RFC 3261 §16.7).',
      ja: '「探索を終わらせる：新しいブランチは作られず、他のブランチはキャンセルすべきである（SHOULD）」とした。6xx を受けたプロキシは新しいブランチを作ってはならず、応答待ちのブランチをキャンセルすべきである（RFC 3261 §16.7）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'A proxy SHOULD also generate a CANCEL request for all pending client transactions associated with this response context when it receives a 6xx response.',
      },
    ],
  },

  // Second reading, comparison guides: 404-vs-410 … 412-vs-580.
  {
    id: 'guide-404-vs-410-no-portability',
    date: '2026-12-05',
    title: { en: '404 vs 410 guide: no unsourced number-portability cause', ja: '404 と 410 の解説：出典のない番号ポータビリティ原因説を削除' },
    pages: [{ compare: [404, 410] }],
    wrong: {
      en: 'The guide said a 410 for a number that should work "is usually a number-portability problem", with the old exchange releasing with cause 22. No source ties 410 to portability: RFC 3398 pairs the ANSI "misrouted ported number" cause 26 with 404. It also said the PSTN caller "hears a different announcement", which depends on the network.',
      ja: '解説は、使えるはずの番号に 410 が返るのは「たいてい番号ポータビリティの問題」で、旧交換機が理由表示 22 で切断するとしていた。410 とポータビリティを結び付ける出典はなく、RFC 3398 は ANSI の「ポーティングされた番号の誤ルーティング」である理由表示 26 を 404 に対応付けている。また PSTN の発信者が「聞くアナウンスも異なる」としていたが、これは網による。',
    },
    now: {
      en: 'The guide tells the reader to take such a 410 up with the terminating carrier and check their own routing, noting that a gateway only translates the cause it receives (RFC 3398 §7.2.4.1), and says only that the two codes reach the telephone network as different causes (RFC 3398 §8.2.6.1).',
      ja: 'そうした 410 は着信側の事業者に問い合わせ、自分のルーティングを確認するよう改め、ゲートウェイは受け取った理由表示を変換しているだけであることを示した（RFC 3398 §7.2.4.1）。2 つのコードは電話網に別の理由表示として伝わる、とだけ示す（RFC 3398 §8.2.6.1）。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: "26 non-selected user clearing 404 Not Found (=)" },
      { ref: 'RFC3398 §7.2.4.1', quote: "(=) ANSI procedure - in ANSI networks, 26 is overloaded to signify 'misrouted ported number'." },
      { ref: 'RFC3398 §8.2.6.1', quote: '410 Gone 22 Number changed (w/o diagnostic)' },
    ],
  },
  {
    id: 'guide-404-vs-480-not-permanent-failover',
    date: '2026-12-05',
    title: { en: '404 vs 480 guide: 404 is definite, not permanent; another route is a policy question', ja: '404 と 480 の解説：404 は確定的だが恒久的ではなく、別経路を試すかは方針の問題' },
    pages: [{ compare: [404, 480] }],
    wrong: {
      en: 'The summary called 404 "a permanent statement about the number", although RFC 3261 reserves permanence for 410 and has a server that cannot tell whether a condition is permanent send 404. The guide also said neither code is a reason to try another carrier because a second route "would only repeat" the answer, and said "many" PBXs send 404 for an unregistered phone, with no source for the frequency.',
      ja: '要約は 404 を「番号についての恒久的な判定」としていたが、RFC 3261 で恒久性を示すのは 410 であり、恒久的かどうか判断できないサーバは 404 を返す。また、別の経路は同じ応答を「繰り返すだけ」なので、どちらも別キャリアを試す理由にならないとし、登録のない電話機に 404 を返す PBX が「多い」としていたが、頻度の出典はない。',
    },
    now: {
      en: 'The summary calls 404 a definite statement about the address. The guide says neither code triggers DNS failover, which RFC 3263 §4.3 reserves for a 503 or no response, and that a 4xx does not rule out success at a different server (RFC 3261 §21.4), so trying another carrier is a routing policy. The frequency is gone.',
      ja: '要約では 404 をアドレスについての確定的な判定とした。どちらのコードも DNS によるフェイルオーバーの対象ではなく（RFC 3263 §4.3 は 503 と無応答に限る）、4xx は別のサーバでの成功を否定しない（RFC 3261 §21.4）ため、別キャリアを試すかはルーティングの方針の問題だとした。頻度の記述は削除した。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.10', quote: 'If the server does not know, or has no facility to determine, whether or not the condition is permanent, the status code 404 (Not Found) SHOULD be used instead.' },
      { ref: 'RFC3261 §21.4', quote: 'However, the same request to a different server might be successful.' },
      { ref: 'RFC3263 §4.3', quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort' },
    ],
  },
  {
    id: 'guide-404-vs-484-preference-en-bloc',
    date: '2026-12-05',
    title: { en: '404 vs 484 guide: 484 is one of several preferred 4xx responses; en-bloc dialling from RFC 3578', ja: '404 と 484 の解説：484 は優先される複数の 4xx の 1 つ、一括ダイヤルの出典は RFC 3578' },
    pages: [{ compare: [404, 484] }],
    wrong: {
      en: 'The guide said a forking proxy choosing among 4xx responses "SHOULD prefer 484". RFC 3261 §16.7 asks for preference to responses that affect resubmission and names 484 only as one example, with 401, 407, 415 and 420. It also said "most SIP phones dial en bloc", with no source, and that for them a 484 points at the phone rather than the network.',
      ja: '解説は、複数の 4xx から選ぶフォーキングプロキシは「484 を優先すべき」としていた。RFC 3261 §16.7 が優先を求めるのはリクエストの出し直し方に影響する応答であり、484 は 401、407、415、420 と並ぶ例の 1 つにすぎない。また出典なしに「多くの SIP 電話機は一括ダイヤル」とし、その場合の 484 の原因は電話機側にあるとしていた。',
    },
    now: {
      en: 'The proxy SHOULD prefer 4xx responses that affect resubmission, 484 among them with 401, 407, 415 and 420 (RFC 3261 §16.7). The en-bloc point now comes from RFC 3578 §1: native SIP endpoints never generate overlap signalling. For a phone, a 484 is a final failure, and the guide lists too few digits dialled, an early digit-map match and a short inter-digit timeout as things to check.',
      ja: 'プロキシはリクエストの出し直し方に影響する 4xx を優先すべきであり、484 は 401、407、415、420 とともにその例である（RFC 3261 §16.7）とした。一括ダイヤルについては RFC 3578 §1 を出典とし、本来の SIP 端末はオーバーラップ信号を生成しないとした。電話機にとって 484 は最終的な失敗であり、ダイヤルした桁の不足、ダイヤルマップの早すぎる一致、短すぎる桁間タイムアウトを確認すべき点として挙げた。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'The proxy SHOULD give preference to responses that provide information affecting resubmission of this request, such as 401, 407, 415, 420, and 484 if the 4xx class is chosen.',
      },
      { ref: 'RFC3578 §1', quote: 'Like modern switches, SIP uses en-bloc signalling.  The Request-URI of an INVITE request always contains the whole address of the callee.  Native SIP end-points never generate overlap signalling.' },
    ],
  },
  {
    id: 'guide-404-vs-604-cancel-location',
    date: '2026-12-05',
    title: { en: '404 vs 604 guide: cancelling branches is a SHOULD, and the PSTN sees a different cause location', ja: '404 と 604 の解説：ブランチのキャンセルは SHOULD、電話網ではロケーションが異なる' },
    pages: [{ compare: [404, 604] }],
    wrong: {
      en: 'The guide said a 604 "makes a stateful proxy cancel the outstanding branches", although cancelling is a SHOULD (only starting new branches is forbidden), and that on the PSTN side the two "look the same" and the distinction "only exists inside SIP". Both map to cause 1, but RFC 3398 gives a 6xx the cause location "user" and a 4xx "network" by default.',
      ja: '解説は、604 を受けたステートフルプロキシは未完了のブランチを「キャンセルする」としていたが、キャンセルは SHOULD であり、禁止されているのは新しいブランチの開始である。また PSTN 側では両者の「区別はない」、違いは「SIP の中にしか存在しない」としていた。どちらも理由表示 1 になるが、RFC 3398 は既定で 6xx にロケーション「ユーザ」、4xx に「網」を付ける。',
    },
    now: {
      en: 'On any 6xx a stateful proxy SHOULD cancel the outstanding branches and MUST NOT start new ones (RFC 3261 §16.7). Both codes reach the PSTN as cause 1, with the cause location "user" for 604 and "network" for 404 by default (RFC 3398 §8.2.6.1).',
      ja: '6xx を受けたステートフルプロキシは未完了のブランチをキャンセルすべきであり（SHOULD）、新しいブランチを開始してはならない（RFC 3261 §16.7）。どちらも電話網には理由表示 1 として伝わり、ロケーションは既定で 604 が「ユーザ」、404 が「網」になる（RFC 3398 §8.2.6.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: "By default, the cause location associated with the CAI parameter should be encoded such that 6xx codes are given the location 'user', whereas 4xx and 5xx codes are given a 'network' location.",
      },
    ],
  },
  {
    id: 'guide-405-vs-501-usage-allow-refer',
    date: '2026-12-05',
    title: { en: '405 vs 501 guide: at most the usage is affected (RFC 5057), and a rejected NOTIFY does not undo a transfer', ja: '405 と 501 の解説：影響は最大で用途まで（RFC 5057）、NOTIFY の拒否で転送は取り消されない' },
    pages: [{ compare: [405, 501] }],
    wrong: {
      en: 'The guide said a rejected in-dialog REFER, UPDATE, INFO or MESSAGE "fails only its own transaction", citing RFC 3261 §12.2.1.2, which says nothing about 405 or 501; RFC 5057 §5.1 says they affect at most the usage, and only the transaction when the request was not integral to it. It said the peer\'s Allow is "often" in its 200 to the INVITE (no source for the frequency), gave `Allow: REGISTER` as the textbook header although Allow must list every method understood, ACK and CANCEL included, and said rejecting the NOTIFY after a REFER "breaks some transfers", although RFC 3515 says ending the subscription is no reason to withdraw the referenced request.',
      ja: '解説は、ダイアログ内で拒否された REFER、UPDATE、INFO、MESSAGE は「そのトランザクションだけが失敗する」として、405 や 501 に触れていない RFC 3261 §12.2.1.2 を挙げていた。RFC 5057 §5.1 によれば影響は最大で用途までで、リクエストが用途に不可欠でなければトランザクションだけである。また相手の Allow は「多くは」INVITE への 200 にあるとし（頻度の出典はない）、典型例として `Allow: REGISTER` を示していたが、Allow には ACK と CANCEL を含め理解するすべてのメソッドを並べなければならない。さらに REFER の後の NOTIFY を拒否すると「転送が失敗する実装もある」としていたが、RFC 3515 はサブスクリプションの終了を参照先のリクエストを取りやめる理由にしていない。',
    },
    now: {
      en: 'The guide cites RFC 5057 §5.1 for the effect inside a dialog, says a 2xx to an INVITE SHOULD carry Allow (RFC 3261 §13.3.1.4), has the registrar list REGISTER and the other methods it understands, ACK and CANCEL included (RFC 3261 §20.5), and says a rejected NOTIFY costs the transferor the progress reports but does not withdraw the transfer (RFC 3515 §2.4.4).',
      ja: 'ダイアログ内での影響は RFC 5057 §5.1 を出典とし、INVITE への 2xx は Allow を含めるべきである（RFC 3261 §13.3.1.4）とし、レジストラは REGISTER をはじめ ACK と CANCEL を含む理解できるメソッドを並べる（RFC 3261 §20.5）とした。NOTIFY を拒否すると転送元は経過報告を失うが、転送は取り消されない（RFC 3515 §2.4.4）とした。',
    },
    sources: [
      { ref: 'RFC5057 §5.1', quote: 'In general, these errors will affect at most the usage.  If the request was not integral to the usage (it used an unknown method, or was an INFO inside an INVITE usage, for example), only the transaction will be affected.' },
      { ref: 'RFC3261 §13.3.1.4', quote: 'A 2xx response to an INVITE SHOULD contain the Allow header field and the Supported header field' },
      { ref: 'RFC3261 §20.5', quote: 'All methods, including ACK and CANCEL, understood by the UA MUST be included in the list of methods in the Allow header field, when present.' },
      { ref: 'RFC3515 §2.4.4', quote: 'Terminating a subscription, either by explicitly unsubscribing or rejecting NOTIFY, is not an indication that the referenced request should be withdrawn or abandoned.' },
    ],
  },
  {
    id: 'guide-406-vs-488-should-assume-options',
    date: '2026-12-05',
    title: { en: '406 vs 488 guide: the application/sdp default is a SHOULD; no "mostly with OPTIONS"', ja: '406 と 488 の解説：application/sdp の既定は SHOULD、「主に OPTIONS」を削除' },
    pages: [{ compare: [406, 488] }],
    wrong: {
      en: 'The guide said that without Accept the server "assumes" application/sdp, although RFC 3261 §20.1 says it SHOULD assume it, and that 406 "turns up mostly with OPTIONS", a frequency no source gives.',
      ja: '解説は、Accept がなければサーバは application/sdp を「仮定する」としていたが、RFC 3261 §20.1 では仮定すべき（SHOULD）である。また 406 が「現れるのは主に OPTIONS」としていたが、この頻度を示す出典はない。',
    },
    now: {
      en: 'The server SHOULD assume application/sdp (RFC 3261 §20.1). A 406 can arise with OPTIONS, where the type of any body in the answer is determined by Accept, although that body is optional (RFC 3261 §11.2).',
      ja: 'サーバは application/sdp を仮定すべきである（RFC 3261 §20.1）とし、406 は OPTIONS でも起こりうる、その応答にボディを入れるなら種類は Accept で決まるがボディ自体は任意である（RFC 3261 §11.2）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §20.1', quote: 'if no Accept header field is present, the server SHOULD assume a default value of application/sdp.' },
      { ref: 'RFC3261 §11.2', quote: 'A message body MAY be sent, the type of which is determined by the Accept header field in the OPTIONS request' },
    ],
  },
  {
    id: 'guide-408-vs-480-origins-dialog',
    date: '2026-12-05',
    title: { en: '408 vs 480 guide: no "often" for the client\'s own timer; a 408 does not always point at the path', ja: '408 と 480 の解説：クライアント自身のタイマについての「多くは」を削除、408 が常に経路の問題とは限らない' },
    pages: [{ compare: [408, 480] }],
    wrong: {
      en: 'The summary said a 408 "is often produced by the client\'s own timer", with no source for the frequency. The guide limited 408 to giving up on a downstream final response to an INVITE, although RFC 3261 §21.4.9 also names failing to locate the user in time; said a received 408 "points at the path", although the same guide shows a PSTN "no user responding" arriving as 408; said failover after a 408 from a proxy "will not help"; and said a 408 to a re-INVITE or BYE "means the dialog is gone", where RFC 3261 §12.2.1.2 says the UAC SHOULD terminate it.',
      ja: '要約は 408 を「多くはクライアント自身のタイマの満了」としていたが、頻度の出典はない。また 408 を返すのは INVITE の下流の最終応答を待ちきれなかった場合だけとしていたが、RFC 3261 §21.4.9 はユーザの位置を時間内に特定できない場合も挙げている。受信した 408 は「経路上の問題を指している」としていたが、同じ解説が PSTN の「着ユーザレスポンスなし」が 408 として届くことを示している。プロキシからの 408 では「フェイルオーバーしても解決しない」とし、re-INVITE や BYE への 408 は「ダイアログが失われたことを意味する」としていたが、RFC 3261 §12.2.1.2 では UAC がダイアログを終了すべき（SHOULD）である。',
    },
    now: {
      en: 'The summary says a 408 may come from the client\'s own timer. A server sends 408 when it could not produce a response in time (RFC 3261 §21.4.9). A received 408 may be a PSTN "no user responding" or a path problem; RFC 3263 §4.3 fails over only when no response came at all; and after a 408 inside a dialog the UAC SHOULD terminate the dialog (RFC 3261 §12.2.1.2).',
      ja: '要約では、408 はクライアント自身のタイマの満了であることもある、とした。サーバが 408 を返すのは時間内に応答を作れなかった場合である（RFC 3261 §21.4.9）。受信した 408 は PSTN の「着ユーザレスポンスなし」のことも経路上の問題のこともあり、RFC 3263 §4.3 のフェイルオーバーはまったく応答がない場合に限られ、ダイアログ内で 408 を受けた UAC はダイアログを終了すべきである（RFC 3261 §12.2.1.2）とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.9', quote: 'The server could not produce a response within a suitable amount of time, for example, if it could not determine the location of the user in time.' },
      { ref: 'RFC3398 §7.2.4.1', quote: '18 no user responding 408 Request Timeout' },
      { ref: 'RFC3263 §4.3', quote: 'Failure also occurs if the transaction layer times out without ever having received any response, provisional or final (i.e., timer B or timer F in RFC 3261 [1] fires).' },
      { ref: 'RFC3261 §12.2.1.2', quote: 'If the response for a request within a dialog is a 481 (Call/Transaction Does Not Exist) or a 408 (Request Timeout), the UAC SHOULD terminate the dialog.' },
    ],
  },
  {
    id: 'guide-408-vs-504-no-ims-claim',
    date: '2026-12-05',
    title: { en: '408 vs 504 guide: no unsourced IMS practice or frequencies; a proxy with only a 503 sends 500', ja: '408 と 504 の解説：出典のない IMS の慣行と頻度を削除、503 しか得られなかったプロキシは 500 を送る' },
    pages: [{ compare: [408, 504] }],
    wrong: {
      en: 'The guide said "some IMS cores" turn an upstream 503 into 504 so as not to trigger failover, with no source; RFC 3261 says a proxy whose only response was a 503 SHOULD send 500. It also said 408 is "often" Timer C and that "many" 408s in logs were never on the wire, with no source for either, put the fault of a 504 in "the provider\'s own infrastructure" (the server consulted may be anyone\'s), and stated as plain facts that a 408 inside a dialog "makes the UAC end the dialog" and that 408 is "the answer" in the Expires case, where RFC 3261 says SHOULD and should.',
      ja: '解説は、「IMS コアの中には」フェイルオーバーを避けるため上流の 503 を 504 に変換するものがあるとしていたが、出典はない。RFC 3261 では、受け取った応答が 503 だけのプロキシは 500 を送るべきである。また 408 は「多くは」タイマ C によるもの、ログの 408 の「多く」は回線を流れていないとしていたが、どちらも出典がない。504 の原因を「事業者側の設備」としていたが、問い合わせ先は誰のサーバでもありうる。ダイアログ内の 408 で UAC はダイアログを「終了する」、Expires の場合は「408 である」と断定していたが、RFC 3261 ではどちらも SHOULD（should）である。',
    },
    now: {
      en: 'The IMS sentence is replaced by the rule that a proxy whose only response was a 503 SHOULD send 500 (RFC 3261 §16.7). Timer C is one example, a logged 408 may never have been on the wire, a 504 puts the fault with the server consulted rather than the callee, the UAC SHOULD end the dialog after an in-dialog 408 (RFC 3261 §12.2.1.2), and 408 should be used in the Expires case (RFC 3261 §21.5.5).',
      ja: 'IMS の記述は、応答が 503 だけだったプロキシは 500 を送るべきであるという規定（RFC 3261 §16.7）に置き換えた。タイマ C は一例とし、ログの 408 は回線を流れていないことがある、504 の原因は問い合わせ先のサーバの側にあって着信者にはない、ダイアログ内の 408 の後 UAC はダイアログを終了すべきである（RFC 3261 §12.2.1.2）、Expires の場合は 408 を使うべきである（RFC 3261 §21.5.5）とした。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.' },
      { ref: 'RFC3261 §21.5.5', quote: '408 (Request Timeout) should be used instead if there was no response within the period specified in the Expires header field from the upstream server.' },
      { ref: 'RFC3261 §12.2.1.2', quote: 'If the response for a request within a dialog is a 481 (Call/Transaction Does Not Exist) or a 408 (Request Timeout), the UAC SHOULD terminate the dialog.' },
    ],
  },
  {
    id: 'guide-412-vs-580-should-refuse',
    date: '2026-12-05',
    title: { en: '412 vs 580 guide: refusing with 580 is a SHOULD, for any precondition the answerer cannot or will not meet', ja: '412 と 580 の解説：580 での拒否は SHOULD で、満たせない、または満たすつもりのないプリコンディションすべてが対象' },
    pages: [{ compare: [412, 580] }],
    wrong: {
      en: 'The guide said an answerer that cannot satisfy a "mandatory" precondition "refuses the offer with 580", and the summary limited 580 to mandatory preconditions, "typically" QoS. RFC 3312 §8 says a UAS that cannot or is not willing to meet the preconditions of an offer SHOULD reject it with 580. The guide also said, with no source, that IMS networks use preconditions to tie call setup to bearer reservation.',
      ja: '解説は、「必須の」プリコンディションを満たせないアンサー側は「580 でオファーを拒否する」とし、要約は 580 を必須のプリコンディション（「典型的には」QoS）に限っていた。RFC 3312 §8 では、オファーのプリコンディションを満たせない、または満たすつもりのない UAS は 580 で拒否すべき（SHOULD）である。また出典なしに、IMS ネットワークはプリコンディションで呼の確立をベアラの確保に結び付けているとしていた。',
    },
    now: {
      en: 'A UAS that cannot or will not meet the preconditions of an offer SHOULD refuse it with 580, with an SDP marking the failed precondition "failure", and this works for offers in an INVITE or UPDATE but not for offers in responses (RFC 3312 §8). The IMS sentence is gone.',
      ja: 'オファーのプリコンディションを満たせない、または満たすつもりのない UAS は 580 で拒否すべきであり、満たせなかったプリコンディションを「failure」で示す SDP を付けるべきである。これは INVITE や UPDATE のオファーには使えるが、応答で届いたオファーには使えない（RFC 3312 §8）、とした。IMS の記述は削除した。',
    },
    sources: [
      { ref: 'RFC3312 §8', quote: 'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.' },
      { ref: 'RFC3312 §8', quote: 'However, SIP does not provide a means to refuse offers that arrive in a response (1xx or 2xx) to an INVITE.' },
    ],
  },
  // Second reading, comparison guides: 100-vs-180, 180-vs-183, 199-vs-487, 200-vs-202, 202-vs-204, 202-vs-412, 301-vs-302, 401-vs-403, 401-vs-407, 403-vs-404.
  {
    id: 'guide-200-vs-202-message',
    date: '2026-12-05',
    title: { en: '200 vs 202 guide: 202 is not deprecated for MESSAGE', ja: '200 と 202 の解説：MESSAGE への 202 は非推奨ではない' },
    pages: [{ compare: [200, 202] }],
    wrong: {
      en: 'The guide said 202 "only ever appeared in the event framework, for SUBSCRIBE and REFER", and answered "Which one to send" with "Always 200".',
      ja: '解説は、202 が使われたのは「イベント通知フレームワークの SUBSCRIBE と REFER だけ」とし、「どちらを返すか」に「常に 200 である」と答えていた。',
    },
    now: {
      en: '200 to SUBSCRIBE, NOTIFY and REFER (RFC 6665 §8.3.1, RFC 7647 §5). RFC 3428, updated by neither, still has a message relay answer MESSAGE with 202 (SHOULD), and a UAC that receives it MUST NOT assume the message reached its final destination (RFC 3428 §7, §4).',
      ja: 'SUBSCRIBE・NOTIFY・REFER には 200 を返す（RFC 6665 §8.3.1、RFC 7647 §5）。どちらの RFC によっても変更されていない RFC 3428 では、メッセージの中継装置は今も MESSAGE に 202 を返すべきであり（SHOULD）、それを受けた UAC はメッセージが最終的な宛先に届いたとみなしてはならない（RFC 3428 §7、§4）、とした。',
    },
    sources: [
      {
        ref: 'RFC3428 §7',
        quote:
          'A UAS which is, in fact, a message relay, storing the message and forwarding it later on, or forwarding it into a non-SIP domain, SHOULD return a 202 (Accepted) [5] response indicating that the message was accepted, but end to end delivery has not been guaranteed.',
      },
      { ref: 'RFC3428 §4', quote: 'In this case, the UAC MUST NOT assume the message has been delivered to the final destination.' },
    ],
  },
  {
    id: 'guide-200-vs-202-reasons',
    date: '2026-12-05',
    title: { en: '200 vs 202 guide: the reasons RFC 6665 gives for deprecating 202', ja: '200 と 202 の解説：RFC 6665 が挙げる 202 非推奨の理由' },
    pages: [{ compare: [200, 202] }],
    wrong: {
      en: 'The guide said that "Neither distinction helped anybody" and that RFC 6665 §8.3.1 "therefore" deprecated 202; it also said RFC 3515 had a REFER answered 202 "because the referred request had not been attempted yet", a reason RFC 3515 does not give.',
      ja: '解説は「どちらの区別も役に立たなかった」とし、「そこで」RFC 6665 §8.3.1 が 202 を非推奨にしたとしていた。また RFC 3515 が REFER に 202 を返させたのは「参照先へのリクエストをまだ試みていないことから」としていたが、RFC 3515 はそのような理由を挙げていない。',
    },
    now: {
      en: 'RFC 6665 §8.3.1 states its own reasons: a 202 to a forked SUBSCRIBE may be absorbed by a proxy, there is no actual processing difference from 200, and interoperability tests found implementations handling the two differently. RFC 3515 §2.4.2 simply required 202 from a UA accepting a REFER.',
      ja: 'RFC 6665 §8.3.1 は自ら理由を挙げている。フォーキングされた SUBSCRIBE への 202 はプロキシに吸収されうること、200 と処理上の違いが実際にはないこと、相互接続試験で両者を異なる扱いにする実装が見つかったことである。RFC 3515 §2.4.2 は、REFER を受け付ける UA に単に 202 を求めていた、とした。',
    },
    sources: [
      {
        ref: 'RFC6665 §8.3.1',
        quote:
          'Due to response handling in forking cases, any 202 response to a SUBSCRIBE request may be absorbed by a proxy, and thus it can never be guaranteed to be received by the UAC. Furthermore, there is no actual processing difference for a 202 as compared to a 200;',
      },
      { ref: 'RFC3515 §2.4.2', quote: 'If no final response has been generated according to the rules above, the UA MUST return a 202 Accepted response before the REFER transaction expires.' },
    ],
  },
  {
    id: 'guide-202-vs-204-wildcard',
    date: '2026-12-05',
    title: { en: '202 vs 204 guide: a wildcard Suppress-If-Match also draws 204', ja: '202 と 204 の解説：ワイルドカードの Suppress-If-Match でも 204 になる' },
    pages: [{ compare: [202, 204] }],
    wrong: {
      en: 'The guide said the subscriber quotes "the last tag it received" in Suppress-If-Match and that 204 comes when that tag still matches; it left out the wildcard "*". It also said 204 is limited to in-dialog SUBSCRIBE "because an initial SUBSCRIBE needs its NOTIFY to complete the subscription", a reason RFC 5839 does not give.',
      ja: '解説は、サブスクライバは Suppress-If-Match に「最後に受け取ったタグ」を入れ、それが一致していれば 204 になるとし、ワイルドカードの「*」に触れていなかった。また 204 がダイアログ内の SUBSCRIBE に限られるのは「最初の SUBSCRIBE は NOTIFY が届いて初めてサブスクリプションが成立するから」としていたが、RFC 5839 はそのような理由を挙げていない。',
    },
    now: {
      en: 'The subscriber copies an entity-tag from a previously received NOTIFY or uses "*", which always evaluates to true (RFC 5839 §5.2, §6.3); either way the in-dialog SUBSCRIBE is answered 204. To a SUBSCRIBE outside a dialog the notifier still sends a NOTIFY, without a body (RFC 5839 §6.2).',
      ja: 'サブスクライバは以前に受け取った NOTIFY のエンティティタグをコピーするか、常に真となる「*」を使う（RFC 5839 §5.2、§6.3）。どちらでもダイアログ内の SUBSCRIBE には 204 が返る。ダイアログ外の SUBSCRIBE には、ノーティファイアはボディなしの NOTIFY を送る（RFC 5839 §6.2）、とした。',
    },
    sources: [
      { ref: 'RFC5839 §6.3', quote: 'A Suppress-If-Match header field that includes an entity-tag with the value of "*" MUST always evaluate to true.' },
      {
        ref: 'RFC5839 §6.2',
        quote:
          'when a condition in a SUBSCRIBE request for suppressing notifications is true and the SUBSCRIBE message is not sent within an established dialog, the notifier MUST send a NOTIFY request with a suppressed entity body.',
      },
    ],
  },
  {
    id: 'guide-202-vs-204-never-202',
    date: '2026-12-05',
    title: { en: '202 vs 204 guide: "never 202" holds for SUBSCRIBE, not for MESSAGE', ja: '202 と 204 の解説：「202 は返さない」のは SUBSCRIBE の場合で、MESSAGE には当てはまらない' },
    pages: [{ compare: [202, 204] }],
    wrong: { en: 'The guide said "Never 202: send 200."', ja: '解説は「202 は返さず、200 を返す」としていた。' },
    now: {
      en: 'To a SUBSCRIBE, never 202 (RFC 6665 §8.3.1); a 202 to MESSAGE still means a relay accepted the message without guaranteeing delivery (RFC 3428 §7).',
      ja: 'SUBSCRIBE には 202 を返さない（RFC 6665 §8.3.1）。MESSAGE への 202 は今も、中継装置がメッセージを受け付けたが配信は保証していないことを示す（RFC 3428 §7）、とした。',
    },
    sources: [
      { ref: 'RFC6665 §8.3.1', quote: 'MUST NOT generate 202 response codes to SUBSCRIBE or NOTIFY requests.' },
      { ref: 'RFC3428 §7', quote: 'SHOULD return a 202 (Accepted) [5] response indicating that the message was accepted, but end to end delivery has not been guaranteed.' },
    ],
  },

  {
    id: 'guide-100-vs-180-who-sends-100',
    date: '2026-12-05',
    title: { en: '100 vs 180 guide: a 100 alone does not show the call reached no phone', ja: '100 と 180 の解説：100 しか届かなくても、どの電話機にも届いていないとは限らない' },
    pages: [{ compare: [100, 180] }],
    wrong: {
      en: 'The summary said "A call that never gets past 100 has not reached any phone", and the prose said the 100 a caller sees "comes from its first hop", generated "almost automatically".',
      ja: '要約は「100 から先に進まない呼は、どの電話機にも届いていない」とし、本文は発信者が受け取る 100 は「ファーストホップ」から来るもので、「ほぼ自動的に」生成されるとしていた。',
    },
    now: {
      en: 'Every INVITE server transaction, a phone\'s included, must send 100 unless it knows a response will follow within 200 ms (RFC 3261 §17.2.1), and a stateful proxy never forwards one (RFC 3261 §21.1.1). So the 100 comes from the nearest stateful element, which is the callee\'s own device when nothing stateful stands in between; a 100 alone does not show that the call reached a phone.',
      ja: 'INVITE のサーバトランザクションは、電話機のものも含め、200 ms 以内に応答が出るとわかっている場合を除いて 100 を送らなければならず（RFC 3261 §17.2.1）、ステートフルプロキシは 100 を転送しない（RFC 3261 §21.1.1）。したがって 100 は最も近いステートフルな装置から来るもので、間にそれがなければ着信者の端末そのものから来る。100 だけでは、呼が電話機に届いたことは示されない、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §17.2.1',
        quote: 'The server transaction MUST generate a 100 (Trying) response unless it knows that the TU will generate a provisional or final response within 200 ms, in which case it MAY generate a 100 (Trying) response.',
      },
      { ref: 'RFC3261 §21.1.1', quote: 'The 100 (Trying) response is different from other provisional responses, in that it is never forwarded upstream by a stateful proxy.' },
    ],
  },
  {
    id: 'guide-180-vs-183-ringback-policy',
    date: '2026-12-05',
    title: { en: '180 vs 183 guide: local ringback is an example policy, and 180 is sent whenever the user is alerted', ja: '180 と 183 の解説：ローカルのリングバックは例示のポリシーであり、呼び出し中なら 180 を送る' },
    pages: [{ compare: [180, 183] }],
    wrong: {
      en: 'The guide called local ringback after a 180 "the usual policy", said a 180 with SDP but no RTP "tends to produce silence", and advised sending 180 only when "you have no tone of your own to play".',
      ja: '解説は、180 の後のローカルのリングバックを「一般的なポリシー」とし、SDP 付きで RTP のない 180 は「無音になりやすい」とし、180 を送るのは「自前で流すトーンがなければ」としていた。',
    },
    now: {
      en: 'RFC 3960 §3.2 leaves ringback to local policy and gives, as an example for a telephone-like UA, a policy under which a 180 with no incoming media packets still produces local ringing; a UA that decides on the SDP instead is what produces silence. A UAS should send 180 whenever the callee is being alerted, regardless of early media.',
      ja: 'RFC 3960 §3.2 はリングバックをローカルポリシーに委ね、電話機を模した UA の例として、メディアパケットが届かない 180 ならローカルで呼出音を鳴らすポリシーを挙げている。無音になるのは SDP で判断する UA の場合である。UAS は、アーリーメディアの状態にかかわらず、着信者を呼び出しているなら 180 を送るべきである、とした。',
    },
    sources: [
      { ref: 'RFC3960 §3.2', quote: 'If a 180 (Ringing) has been received but there are no incoming media packets, generate local ringing.' },
      {
        ref: 'RFC3960 §3.2',
        quote: 'a UAS should send such a response if the callee is being alerted, regardless of the status of the early media session.',
      },
    ],
  },
  {
    id: 'guide-199-vs-487-senders',
    date: '2026-12-05',
    title: { en: '199 vs 487 guide: who sends 199, and a 487 without a CANCEL', ja: '199 と 487 の解説：199 を送る装置と、CANCEL のない 487' },
    pages: [{ compare: [199, 487] }],
    wrong: {
      en: 'The guide named only a forking proxy as the sender of 199, with the Supported option tag as its only condition; called handling 199 as an unknown 1xx "harmless"; and said a 487 always "has a CANCEL before it".',
      ja: '解説は 199 の送信元としてフォーキングプロキシだけを挙げ、条件は Supported のオプションタグだけとし、未知の 1xx として扱っても「害がない」とし、487 の前には必ず CANCEL があるとしていた。',
    },
    now: {
      en: 'A proxy must not send 199 when the INVITE requires 100rel (RFC 6228 §6); a UAS may send 199 but should not unless configured to or required by its environment (RFC 6228 §5); no compliant element sends 199 to a UAC that did not list it in Supported. A 487 can also end an INVITE whose Expires ran out (RFC 3261 §13.3.1).',
      ja: 'INVITE が 100rel を Require していればプロキシは 199 を送ってはならない（RFC 6228 §6）。UAS も 199 を送れるが、そう設定されている場合や環境が求める場合を除き送るべきではない（RFC 6228 §5）。Supported に 199 を入れていない UAC に、仕様に従う装置が 199 を送ることはない。487 は、Expires が切れた INVITE を終わらせる場合もある（RFC 3261 §13.3.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC6228 §6',
        quote: 'If the Require header field of an initial dialog initiation request contains a "100rel" option-tag, a proxy MUST NOT generate and send 199 responses associated with that request.',
      },
      {
        ref: 'RFC6228 §5',
        quote: 'If a UAS receives an initial dialog initiation request with a Supported header field that contains a "199" option-tag, it SHOULD NOT send a 199 response on an early dialog associated with the request before it sends a non-2xx final response.',
      },
      {
        ref: 'RFC3261 §13.3.1',
        quote: 'If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated) response SHOULD be generated.',
      },
    ],
  },
  {
    id: 'guide-202-vs-412-strengths',
    date: '2026-12-05',
    title: { en: '202 vs 412 guide: MUST, SHOULD and MAY where the RFCs put them', ja: '202 と 412 の解説：RFC どおりの MUST・SHOULD・MAY に' },
    pages: [{ compare: [202, 412] }],
    wrong: {
      en: 'The guide said a notifier or REFER recipient "should send 200 instead" of 202, that after 412 the client "has to publish afresh", and that a too short Expires "is answered with" 423; its summary left out MESSAGE.',
      ja: '解説は、ノーティファイアや REFER の受信側は 202 の代わりに 200 を「返す」とし、412 の後クライアントは「公開をやり直す」とし、短すぎる Expires には 423 を「返す」としていた。要約は MESSAGE に触れていなかった。',
    },
    now: {
      en: 'A REFER recipient MUST send 200 where RFC 3515 required 202 (RFC 7647 §5), and a MESSAGE relay should still send 202 (RFC 3428 §7); after 412 the client MUST NOT retry the same PUBLISH and SHOULD publish afresh (RFC 3903 §5); a compositor MAY reject an Expires below its minimum with 423 (RFC 3903 §6).',
      ja: 'REFER の受信側は、RFC 3515 が 202 としていた箇所で 200 を返さなければならない（RFC 7647 §5）。MESSAGE の中継装置は今も 202 を返すべきである（RFC 3428 §7）。412 の後、クライアントは同じ PUBLISH を再試行してはならず、公開をやり直すべきである（RFC 3903 §5）。ESC は最小値より短い Expires を 423 で拒否してよい（RFC 3903 §6）、とした。',
    },
    sources: [
      { ref: 'RFC7647 §5', quote: 'Wherever [RFC3515] requires sending a 202 response code, a 200 response code MUST be sent instead.' },
      {
        ref: 'RFC3903 §5',
        quote: 'If an EPA receives a 412 (Conditional Request Failed) response, it MUST NOT reattempt the PUBLISH request. Instead, to publish event state, the EPA SHOULD perform an initial publication',
      },
      {
        ref: 'RFC3903 §6',
        quote: 'Only if the requested expiration interval is greater than zero and less than a locally-configured minimum, the ESC MAY reject the publication with a response of 423 (Interval Too Brief)',
      },
    ],
  },
  {
    id: 'guide-301-vs-302-single-retry',
    date: '2026-12-05',
    title: { en: '301 vs 302 guide: the original Request-URI may be tried again once', ja: '301 と 302 の解説：元の Request-URI を再び試せるのは一度だけ' },
    pages: [{ compare: [301, 302] }],
    wrong: {
      en: 'The guide said that when an address cached from a 302 fails, the client "MAY go back to the original Request-URI".',
      ja: '解説は、302 でキャッシュしたアドレスが使えなくなった場合、クライアントは「元の Request-URI に戻ってよい」としていた。',
    },
    now: {
      en: 'It MAY try the original Request-URI again a single time (RFC 3261 §21.3.3).',
      ja: '元の Request-URI をもう一度だけ試してよい（RFC 3261 §21.3.3）、とした。',
    },
    sources: [{ ref: 'RFC3261 §21.3.3', quote: 'If the URI cached from the Contact header field fails, the Request-URI from the redirected request MAY be tried again a single time.' }],
  },
  {
    id: 'guide-401-vs-403-rechallenge',
    date: '2026-12-05',
    title: { en: '401 vs 403 guide: what RFC 3261 says after rejected credentials', ja: '401 と 403 の解説：認証情報が拒否された後について RFC 3261 が定めること' },
    pages: [{ compare: [401, 403] }],
    wrong: {
      en: 'The guide said "Registrars and carriers typically allow a few fresh challenges and then switch to 403", a practice it did not source, and did not say what the client may do with the rejected credentials.',
      ja: '解説は「レジストラや通信事業者は、数回は新しいチャレンジを返し、その後は 403 に切り替えるのが一般的である」としていたが、その根拠を示しておらず、拒否された認証情報をクライアントがどう扱うかにも触れていなかった。',
    },
    now: {
      en: 'The server may challenge again or answer 403, and the client MUST NOT retry with the credentials just rejected unless only the nonce was stale (RFC 3261 §22.1); re-challenging a few times before 403 is given as one possible server policy.',
      ja: 'サーバは再度チャレンジしても 403 を返してもよく、クライアントは nonce が古くなっただけの場合を除き、拒否されたばかりの認証情報で再試行してはならない（RFC 3261 §22.1）。数回チャレンジしてから 403 に切り替えるのは、ありうるサーバのポリシーの一例として示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.1',
        quote: 'In this instance a server may repeat its challenge, or it may respond with a 403 Forbidden. A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though the request may be retried if the nonce was stale).',
      },
    ],
  },
  {
    id: 'guide-401-vs-407-channel-access',
    date: '2026-12-05',
    title: { en: '401 vs 407 guide: 407 also guards access to a channel such as a gateway', ja: '401 と 407 の解説：407 はゲートウェイのような通信路へのアクセスにも使える' },
    pages: [{ compare: [401, 407] }],
    wrong: {
      en: 'The guide said a REGISTER "usually" meets 401 and an INVITE "often" meets 407, that "an SBC or outbound proxy" sends 407 while a B2BUA or PBX that terminates the call sends 401, and that ACK and CANCEL "are never challenged".',
      ja: '解説は、REGISTER には「通常」401、INVITE には 407 が返ることが「多い」とし、「SBC やアウトバウンドプロキシ」は 407、呼を終端する B2BUA や PBX は 401 を返すとし、ACK と CANCEL は「チャレンジされない」としていた。',
    },
    now: {
      en: 'The code follows the challenger\'s role: proxies MUST NOT use 401 (RFC 3261 §22.1), and RFC 3261 §21.4.8 also allows 407 where access to a communication channel, such as a telephony gateway, rather than the callee needs authentication. Servers MUST NOT challenge ACK or CANCEL (RFC 3261 §22.1).',
      ja: 'コードはチャレンジする側の役割で決まる。プロキシは 401 を使ってはならず（RFC 3261 §22.1）、RFC 3261 §21.4.8 は、着信者ではなく電話網ゲートウェイのような通信路へのアクセスに認証が必要な場合にも 407 を使えるとしている。サーバは ACK と CANCEL をチャレンジしてはならない（RFC 3261 §22.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.8',
        quote: 'This status code can be used for applications where access to the communication channel (for example, a telephony gateway) rather than the callee requires authentication.',
      },
      { ref: 'RFC3261 §22.1', quote: 'Servers MUST NOT attempt to challenge an ACK.' },
    ],
  },
  {
    id: 'guide-403-vs-404-address',
    date: '2026-12-05',
    title: { en: '403 vs 404 guide: 403 does not say the address is known', ja: '403 と 404 の解説：403 はアドレスが既知であることを示さない' },
    pages: [{ compare: [403, 404] }],
    wrong: {
      en: 'The summary said 403 means "the address is known but the requester may not do this with it"; the guide also said some PBXs send 404 when the username and the authentication name disagree, without a source, and listed the "usual" causes of 404 and 403 from carriers.',
      ja: '要約は 403 を「アドレスは既知だが要求者にはその操作が許されていない」としていた。また、ユーザ名と認証用ユーザ名が一致しないと 404 を返す PBX があるとしていたが根拠がなく、通信事業者が 404 や 403 を返す原因として「多い」ものを挙げていた。',
    },
    now: {
      en: '403 says only that the server understood the request and refuses it, and that authorization will not help (RFC 3261 §21.4.4); it says nothing about whether the address exists. The unsourced PBX behaviour is gone, and the carrier causes are listed as things to check.',
      ja: '403 が示すのは、サーバがリクエストを理解したうえで拒否しており、認証しても変わらないことだけである（RFC 3261 §21.4.4）。アドレスが存在するかどうかは示さない。根拠のない PBX の挙動は削除し、通信事業者の原因は確認すべき項目として挙げた。',
    },
    sources: [{ ref: 'RFC3261 §21.4.4', quote: 'The server understood the request, but is refusing to fulfill it. Authorization will not help, and the request SHOULD NOT be repeated.' }],
  },

  // Second reading, comparison guides: 415-vs-488, 420-vs-421, 422-vs-423, 428-vs-438, 430-vs-439, 436-vs-437, 437-vs-438, 480-vs-486, 480-vs-503, 481-vs-487.
  {
    id: 'compare-480-486-both-reached',
    date: '2026-12-05',
    title: { en: '480 vs 486: in both definitions the callee\'s device was reached', ja: '480 と 486：どちらの定義でも着信者の端末には到達している' },
    pages: [{ compare: [480, 486] }],
    wrong: {
      en: 'The guide set 486 ("reached") against 480 ("could not be offered the call at all"), and said a 486 "nearly always" comes from a device while a 480 "often" comes from the network. RFC 3261 opens the definition of 480 with the same words as 486: the callee\'s end system was contacted successfully. No source gave the frequencies.',
      ja: '486（「到達した」）と 480（「そもそも着信させられなかった」）を対比し、486 は「ほぼ必ず」端末から、480 は「多くの場合」ネットワークから来るとしていた。RFC 3261 の 480 の定義は 486 と同じく、着信者の端末への接続には成功した、という文で始まる。頻度には出典がなかった。',
    },
    now: {
      en: 'Both start from a reached end system: 486 means the callee is not willing or able to take another call there, 480 that the callee is currently unavailable (not logged in, do-not-disturb); a proxy or redirect server also sends 480 when it knows the user but has no forwarding location, so 480 can come from the network with no phone involved (RFC 3261 §21.4.18, §21.4.24).',
      ja: 'どちらも端末には到達している。486 は着信者がその端末ではこれ以上の呼を受けるつもりがないか受けられないこと、480 は着信者がいまは応じられないこと（未ログイン、DND）を示す。プロキシやリダイレクトサーバも、ユーザを認識しているが転送先を持たないときに 480 を返すので、480 は電話機の関与なしにネットワークから返ることがある、とした（RFC 3261 §21.4.18、§21.4.24）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.18',
        quote: 'The callee\'s end system was contacted successfully but the callee is currently unavailable',
      },
      {
        ref: 'RFC3261 §21.4.24',
        quote: 'The callee\'s end system was contacted successfully, but the callee is currently not willing or able to take additional calls at this end system.',
      },
      {
        ref: 'RFC3261 §21.4.18',
        quote: 'This status is also returned by a redirect or proxy server that recognizes the user identified by the Request-URI, but does not currently have a valid forwarding location for that user.',
      },
    ],
  },
  {
    id: 'compare-480-486-pstn-recommended',
    date: '2026-12-05',
    title: { en: '480 vs 486: a switched-off mobile is 480 under RFC 3398\'s recommended table, not "never" 486', ja: '480 と 486：電源の切れた携帯電話が 480 になるのは RFC 3398 の推奨表によるもので、「決して 486 にならない」わけではない' },
    pages: [{ compare: [480, 486] }],
    wrong: {
      en: 'The guide said a mobile that is switched off or rang out surfaces as 480, "never as 486", and that call forwarding "usually" treats the two differently. RFC 3398 gives its cause mappings as RECOMMENDED, and the result depends on the cause the mobile network reports; no source gave the forwarding habit.',
      ja: '電源の切れた携帯電話や鳴らしても出なかった携帯電話は 480 として現れ「486 になることはない」とし、着信転送は両者を区別する「のが普通」としていた。RFC 3398 の理由表示の対応付けは推奨（RECOMMENDED）であり、結果は移動網が返す理由表示による。転送の慣行には出典がなかった。',
    },
    now: {
      en: 'In the mappings RFC 3398 recommends, causes 19 and 20 become 480, so such a mobile surfaces as 480 when its network reports one of them (RFC 3398 §7.2.4.1); a PBX can use 486 and 480 as triggers for forward-on-busy and forward-on-unavailable.',
      ja: 'RFC 3398 が推奨する対応付けでは理由表示 19 と 20 が 480 になるので、網がそのどちらかを返す場合、そうした携帯電話は 480 として現れる（RFC 3398 §7.2.4.1）。PBX は 486 と 480 を話中時転送と不在時転送の契機に使える、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: 'The following mapping values are RECOMMENDED:',
      },
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: '20 subscriber absent 480 Temporarily unavailable',
      },
    ],
  },
  {
    id: 'compare-480-503-proxy-should-500',
    date: '2026-12-05',
    title: { en: '480 vs 503: a proxy SHOULD turn a lone 503 into 500, and failover is defined by the failures RFC 3263 lists', ja: '480 と 503：単独の 503 を 500 に変えるのは SHOULD であり、フェイルオーバーの条件は RFC 3263 が挙げる失敗である' },
    pages: [{ compare: [480, 503] }],
    wrong: {
      en: 'The guide said as plain fact that a proxy whose only response is a 503 "sends 500 instead", that a 480 "passes through unchanged", and that a 480 from one carrier "would be the same from any other". RFC 3261 makes the 500 a SHOULD; a 480 is not forwarded unchanged in every case, only not subject to that rule; and the carrier claim had no source.',
      ja: '503 しか受け取っていないプロキシは「代わりに 500 を返す」、480 は「そのまま中継される」、あるキャリアが返した 480 は「別のキャリアでも同じになる」と、事実として書いていた。RFC 3261 では 500 にするのは SHOULD であり、480 は常にそのまま中継されるわけではなく、この規則の対象外というだけである。キャリアについての記述には出典がなかった。',
    },
    now: {
      en: 'A proxy SHOULD send 500 when a 503 is its only response (RFC 3261 §16.7); 480 is not subject to that rule, and it is not among the failures (503, transport failure, timeout) that send a client to the next server (RFC 3263 §4.3).',
      ja: '503 しか受け取っていないプロキシは 500 を返すべきであり（SHOULD、RFC 3261 §16.7）、480 はこの規則の対象外である。また、480 はクライアントを次のサーバへ移らせる失敗（503、トランスポートの障害、タイムアウト）に含まれない（RFC 3263 §4.3）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.',
      },
      {
        ref: 'RFC3263 §4.3',
        quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).',
      },
    ],
  },
  {
    id: 'compare-415-488-should-not-always',
    date: '2026-12-05',
    title: { en: '415 vs 488: 488 for a rejected offer is a SHOULD, and its Warning comes from RFC 3261 §13.3.1.3', ja: '415 と 488：拒否したオファーに 488 を返すのは SHOULD であり、Warning の根拠は RFC 3261 §13.3.1.3 にある' },
    pages: [{ compare: [415, 488] }],
    wrong: {
      en: 'The guide said "a codec mismatch is always 488, never 415", cited RFC 3261 §20.43 for the SHOULD on the Warning header, and said without a source that "some PBXs and carrier SBCs" answer a codec mismatch with 415. §20.43 only lists the warning codes; the SHOULDs for 488 and its Warning are in §13.3.1.3.',
      ja: '「コーデックの不一致は常に 488 であり、415 ではない」とし、Warning ヘッダの SHOULD の出典に RFC 3261 §20.43 を挙げ、コーデックの不一致に 415 を返す「PBX やキャリアの SBC がある」と出典なしに書いていた。§20.43 は警告コードを列挙しているだけで、488 とその Warning についての SHOULD は §13.3.1.3 にある。',
    },
    now: {
      en: 'A UAS rejecting an offer SHOULD return 488 with a Warning explaining why (RFC 3261 §13.3.1.3); §20.43 is cited for the code 305. The common mistake is described as what a server that answers 415 does, not as a habit of named kinds of product.',
      ja: 'オファーを拒否する UAS は 488 を返し、理由を示す Warning を付けるべきである（RFC 3261 §13.3.1.3）とし、§20.43 はコード 305 の出典とした。よくある誤りは、特定の種類の製品の習慣としてではなく、415 を返すサーバが引き起こすこととして書いた。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response. Such a response SHOULD include a Warning header field value explaining why the offer was rejected.',
      },
    ],
  },
  {
    id: 'compare-420-421-sec-agree',
    date: '2026-12-05',
    title: { en: '420 vs 421: for sec-agree, the tag in Supported draws 494, not success', ja: '420 と 421：sec-agree では、タグを Supported に入れても 494 が返る' },
    pages: [{ compare: [420, 421] }],
    wrong: {
      en: 'The guide said that after a 421 the client can retry "with the tag in Supported" if it implements the extension. That does not hold for every extension: a server that requires the RFC 3329 security agreement answers a request listing sec-agree only in Supported with 494.',
      ja: '421 の後、クライアントは拡張を実装していれば「タグを Supported に入れて」再試行できる、としていた。すべての拡張に当てはまるわけではない。RFC 3329 のセキュリティアグリーメントを必須とするサーバは、sec-agree を Supported にだけ挙げたリクエストに 494 を返す。',
    },
    now: {
      en: 'The client has to implement the extension and offer it in the retry: for 100rel the tag in Supported; for sec-agree the agreement itself, with Security-Verify and sec-agree in Require and Proxy-Require (RFC 3329 §2.3.1, §2.3.2).',
      ja: 'クライアントは拡張を実装し、再試行で提示する必要がある。100rel なら Supported にタグを入れ、sec-agree なら合意の手順を行い、Security-Verify を付けて Require と Proxy-Require に sec-agree を入れる、とした（RFC 3329 §2.3.1、§2.3.2）。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3.2',
        quote: 'If the request had the sec-agree option tag in a Supported header field, it MUST return a 494 (Security Agreement Required) response.',
      },
      {
        ref: 'RFC3329 §2.3.1',
        quote: 'These requests MUST also have both a Require and Proxy-Require header fields with the value "sec-agree".',
      },
    ],
  },
  {
    id: 'compare-422-423-may-reject',
    date: '2026-12-05',
    title: { en: '422 vs 423: rejecting and retrying are MAYs, and 422 needs timer in Supported', ja: '422 と 423：拒否も再試行も MAY であり、422 には Supported の timer が前提となる' },
    pages: [{ compare: [422, 423] }],
    wrong: {
      en: 'The guide said as plain fact that a UAS or proxy whose minimum is higher "answers 422", that the UAC "retries", that a registrar "answers 423", and that a device set to Session-Expires: 60 "will collect 422s from any compliant peer". RFC 4028 lets a UAS or proxy send 422 only if the request lists timer in Supported, and then only MAY; without the tag a proxy raises Min-SE and Session-Expires instead. Retrying after 422 or 423 and rejecting with 423 are MAYs too.',
      ja: '最小値の大きい UAS やプロキシは 422 を「返す」、UAC は「再試行する」、レジストラは 423 を「返す」、`Session-Expires: 60` の装置は仕様に従うどの相手からも 422 を「受けることになる」と、事実として書いていた。RFC 4028 で UAS やプロキシが 422 を返せるのはリクエストの Supported に timer がある場合だけで、それも MAY である。タグがなければ、プロキシは代わりに Min-SE と Session-Expires を引き上げる。422 や 423 の後の再試行も、423 による拒否も MAY である。',
    },
    now: {
      en: 'A UAS or proxy MAY answer 422 when the request lists timer in Supported; otherwise a proxy SHOULD raise Min-SE and MUST raise Session-Expires to match (RFC 4028 §8.1, §9). The UAC MAY retry (RFC 4028 §7.3). A registrar MAY answer 423 (RFC 3261 §10.3) and the UA MAY retry (RFC 3261 §10.2.8).',
      ja: 'リクエストの Supported に timer があれば UAS やプロキシは 422 を返してよく、なければプロキシは Min-SE を引き上げるべきであり、Session-Expires も合わせて引き上げなければならない（RFC 4028 §8.1、§9）。UAC は再試行してよい（RFC 4028 §7.3）。レジストラは 423 を返してよく（RFC 3261 §10.3）、UA は再試行してよい（RFC 3261 §10.2.8）、とした。',
    },
    sources: [
      {
        ref: 'RFC4028 §8.1',
        quote: "If the request contains a Supported header field with a value 'timer', the proxy MAY reject the INVITE request with a 422 (Session Interval Too Small) response if the session interval in the Session-Expires header field is smaller than the minimum interval defined by the proxy's local policy.",
      },
      {
        ref: 'RFC4028 §8.1',
        quote: 'The proxy MUST then increase the Session-Expires header field value to be equal to the value in the Min-SE header field, as described above.',
      },
      {
        ref: 'RFC4028 §7.3',
        quote: 'If the response to a session refresh request is a 422 (Session Interval Too Small) response message, then the UAC MAY retry the request.',
      },
      {
        ref: 'RFC3261 §10.3',
        quote: 'the registrar MAY reject the registration with a response of 423 (Interval Too Brief).',
      },
    ],
  },
  {
    id: 'compare-428-438-ppt-and-repair',
    date: '2026-12-05',
    title: { en: '428 vs 438: 428 also covers unsupported "ppt" values, and 438 has a recommended repair', ja: '428 と 438：428 は対応しない ppt 値も含み、438 には推奨される修復方法がある' },
    pages: [{ compare: [428, 438] }],
    wrong: {
      en: 'The guide defined 428 as a request with no Identity header at all, said a 438 was "typically" caused by a number replaced or a header re-encoded, and gave, without a source, that statistics "often" lump the two together and that a stripping element is "often" an SBC. RFC 8224 also sends 428 when every Identity header has an unsupported "ppt" value; its own example of a broken signature is a transit network altering Date, and it recommends retrying with the full form of PASSporT.',
      ja: '428 を Identity ヘッダがまったくないリクエストとして定義し、438 の原因は「典型的には」番号の差し替えやヘッダの符号化し直しであるとし、統計では両者がひとまとめに「されがち」で、ヘッダを削る装置は SBC で「あることが多い」と出典なしに書いていた。RFC 8224 は、すべての Identity ヘッダが対応しない ppt 値を持つ場合にも 428 を返すとしており、署名が壊れる例として挙げるのは中継網による Date の書き換えで、フルフォームの PASSporT での再試行を推奨している。',
    },
    now: {
      en: '428: no Identity header the verifier can use (none, or only unsupported "ppt" values) while policy requires one (RFC 8224 §6.2). 438: no Identity header with a valid and supported PASSporT; a transit network altering Date is the RFC\'s example, and retrying with the full form of PASSporT is the recommended repair (RFC 8224 §6.2.2).',
      ja: '428 は、ポリシーが署名を求めているのに使える Identity ヘッダがない（まったくないか、対応しない ppt 値のものしかない）場合（RFC 8224 §6.2）、438 は、有効で対応可能な PASSporT を持つ Identity ヘッダがない場合とし、中継網による Date の書き換えを RFC の例として、フルフォームの PASSporT での再試行を推奨される修復方法として挙げた（RFC 8224 §6.2.2）。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2',
        quote: 'If a verification service cannot use any Identity header in a request, due to the absence of Identity headers or unsupported "ppt" parameters, and the presence of an Identity header field is required by local policy',
      },
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'Note that in some cases, an Identity header field may be broken for other reasons than that an originator is attempting to spoof an identity: for example, when a transit network alters the Date header field of the request.',
      },
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'the recommended way to attempt to repair this failure is to retry the request with the full form of PASSporT if it had originally been sent with the compact form.',
      },
    ],
  },
  {
    id: 'compare-430-439-flow-known-gone',
    date: '2026-12-05',
    title: { en: '430 vs 439: the edge proxy answers 430 for a flow it knows is gone', ja: '430 と 439：エッジプロキシが 430 を返すのは、フローが失われたと分かっている場合である' },
    pages: [{ compare: [430, 439] }],
    wrong: {
      en: 'The guide said an edge proxy answers 430 when the TCP connection closed "or the NAT binding expired", and that a 430 means the UA "has not yet registered a new flow". RFC 5626 has the edge proxy send 430 (a SHOULD) when the flow no longer exists, which it learns from the connection or its keepalive monitoring; a NAT binding that expires unnoticed leads to a timeout instead. And 430 concerns one flow: the authoritative proxy SHOULD try another registered flow of the same instance.',
      ja: 'TCP 接続が閉じた場合や「NAT のバインディングが期限切れになった」場合にエッジプロキシが 430 を返すとし、430 は UA が「まだ新しいフローを登録していない」ことを示すとしていた。RFC 5626 では、エッジプロキシはフローがもう存在しない場合に 430 を返すべき（SHOULD）であり、それを知るのは接続の状態やキープアライブの監視による。気づかれないまま切れた NAT バインディングでは、代わりにタイムアウトになる。また 430 は一つのフローについての応答であり、権威プロキシは同じインスタンスの別の登録済みフローを試すべきである。',
    },
    now: {
      en: 'If the flow no longer exists, the edge proxy SHOULD send 430 (RFC 5626 §5.3.1), for example after a closed connection or keepalives missing past the Flow-Timer (RFC 5626 §5.4); the authoritative proxy SHOULD try another flow with the same AOR and instance-id (RFC 5626 §7, §11.5), and may do so after a 408 too.',
      ja: 'フローがもう存在しなければ、エッジプロキシは 430 を返すべきである（RFC 5626 §5.3.1）。たとえば接続が閉じた場合や、Flow-Timer を過ぎてもキープアライブが来ない場合である（RFC 5626 §5.4）。権威プロキシは同じ AOR とインスタンス ID を持つ別のフローを試すべきであり（RFC 5626 §7、§11.5）、408 の後にもそうしてよい、とした。',
    },
    sources: [
      {
        ref: 'RFC5626 §5.3.1',
        quote: 'If the flow no longer exists, the proxy SHOULD send a 430 (Flow Failed) response to the request.',
      },
      {
        ref: 'RFC5626 §7',
        quote: 'If a request for a particular AOR and instance-id fails with a 430 (Flow Failed) response, the proxy SHOULD replace the failed branch with another target (if one is available) with the same AOR and instance-id, but a different reg-id.',
      },
      {
        ref: 'RFC5626 §5.4',
        quote: 'The reason a proxy would send a Flow-Timer is if it wishes to detect flow failures proactively',
      },
    ],
  },
  {
    id: 'compare-436-437-every-header',
    date: '2026-12-05',
    title: { en: '436 vs 437: 436 is for every Identity header, 437 for at least one', ja: '436 と 437：436 はすべての Identity ヘッダについて、437 は少なくとも一つについての応答である' },
    pages: [{ compare: [436, 437] }],
    wrong: {
      en: 'The guide defined 436 as a verifier that could not obtain "the" credential from the info URI, without saying that RFC 8224 keeps 436 for the case where this holds for all Identity headers in the request, and defined 437 as a fetched credential the verifier "cannot validate or trust", which in a STIR/SHAKEN network "usually" means an unapproved authority or stale trust anchors; no source gave the frequency.',
      ja: '436 を、info の URI から認証情報を取得できなかった場合と定義していたが、RFC 8224 が 436 をリクエスト中のすべての Identity ヘッダについてそうである場合に限っていることを書いていなかった。437 は、取得した認証情報を「検証できない、または信頼できない」場合とし、STIR/SHAKEN のネットワークでは承認されていない認証局か古いトラストアンカーを「意味することが多い」としていたが、頻度には出典がなかった。',
    },
    now: {
      en: '436: no Identity header in the request had a credential the verifier could dereference or acquire; 437: the verifier could acquire, or already held, the credential of at least one Identity header but does not support it, for example an untrusted issuing authority or an unsupported algorithm (RFC 8224 §6.2.2).',
      ja: '436 は、リクエスト中のどの Identity ヘッダについても検証サービスが認証情報を参照・入手できなかった場合、437 は、少なくとも一つについて認証情報を入手できた（または既に持っていた）がそれに対応しない場合で、例は信頼していない発行元の認証局や対応していないアルゴリズムである、とした（RFC 8224 §6.2.2）。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'this response code should only be sent when the verification service is unable to dereference the URIs and/or acquire the credentials associated with all Identity header fields in the request.',
      },
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'but does not support said credential(s), for reasons such as failing to trust the issuing certification authority (CA) or failing to support the algorithm with which the credential was signed.',
      },
    ],
  },
  {
    id: 'compare-437-438-causes-and-repair',
    date: '2026-12-05',
    title: { en: '437 vs 438: the RFC\'s example of a 438 cause, and its recommended repair', ja: '437 と 438：RFC が挙げる 438 の原因の例と、推奨される修復方法' },
    pages: [{ compare: [437, 438] }],
    wrong: {
      en: 'The guide gave "typical causes" of 438 without a source, left out the cause RFC 8224 itself names (a transit network altering Date) and its recommended repair, and said the originating identity is always taken from From, although local policy may take it from P-Asserted-Identity.',
      ja: '438 の「典型的な原因」を出典なしに挙げ、RFC 8224 自身が挙げる原因（中継網による Date の書き換え）と推奨される修復方法を書いておらず、発信側の ID は常に From から取るとしていた。ローカルポリシーによっては P-Asserted-Identity から取ることもある。',
    },
    now: {
      en: 'The RFC\'s example is a transit network that alters Date, and retrying with the full form of PASSporT is the recommended repair (RFC 8224 §6.2.2); the originating identity comes from From, or from P-Asserted-Identity where local policy uses it (RFC 8224 §8). Other causes are given as possible ones.',
      ja: 'RFC の例は中継網による Date の書き換えであり、推奨される修復方法はフルフォームの PASSporT での再試行である（RFC 8224 §6.2.2）とし、発信側の ID は From から、ローカルポリシーによっては P-Asserted-Identity から取る（RFC 8224 §8）とした。その他の原因は、ありうるものとして挙げた。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'for example, when a transit network alters the Date header field of the request.',
      },
      {
        ref: 'RFC8224 §8',
        quote: 'local policy might therefore dictate that the canonical identity derives from the P-Asserted-Identity header field rather than the From header field.',
      },
    ],
  },
  {
    id: 'compare-481-487-usage-not-dialog',
    date: '2026-12-05',
    title: { en: '481 vs 487: a 481 ends the usage, and the dialog only if it was the last', ja: '481 と 487：481 が終わらせるのは用途であり、ダイアログは最後の用途だった場合だけである' },
    pages: [{ compare: [481, 487] }],
    wrong: {
      en: 'The guide said that after a 481 to a mid-dialog request the UAC should consider the dialog terminated, without RFC 5057\'s narrowing for dialogs with several usages; said that after a 200 OK wins the race the UAS answers the CANCEL 481, although a UAS that still holds the transaction answers 200; and stated the 487 and 481 rules of RFC 3261 §9.2 and §15.1.2 without their SHOULD and RECOMMENDED.',
      ja: 'ダイアログ内のリクエストに 481 が返れば UAC はダイアログが終了したとみなすべきだとし、複数の用途を持つダイアログについての RFC 5057 の絞り込みを書いていなかった。また 200 OK が先に届いた場合に UAS は CANCEL に 481 を返すとしていたが、トランザクションをまだ保持している UAS は 200 を返す。RFC 3261 §9.2 と §15.1.2 の 487・481 の規則は、SHOULD や RECOMMENDED を付けずに書いていた。',
    },
    now: {
      en: 'A 481 means the peer lost the usage the request belongs to; the dialog should end only if that was its last usage (RFC 5057 §5.1), so a 481 to a NOTIFY ends only that subscription. A CANCEL that still matches the answered INVITE gets 200 and has no effect (RFC 3261 §9.2).',
      ja: '481 は相手がリクエストの属する用途を失ったことを示し、ダイアログを終えるのはそれが最後の用途だった場合だけである（RFC 5057 §5.1）。したがって NOTIFY への 481 はそのサブスクリプションだけを終わらせる。応答済みの INVITE にまだ一致する CANCEL は 200 を受け、何の影響も与えない（RFC 3261 §9.2）、とした。',
    },
    sources: [
      {
        ref: 'RFC5057 §5.1',
        quote: 'This response indicates that the peer has lost its copy of the dialog usage state. The dialog itself should not be destroyed unless this was the last usage.',
      },
      {
        ref: 'RFC3261 §9.2',
        quote: 'If it has, the CANCEL request has no effect on the processing of the original request, no effect on any session state, and no effect on the responses generated for the original request.',
      },
    ],
  },
  {
    id: 'compare-430-439-retry-may',
    date: '2026-12-05',
    title: { en: '430 vs 439: after a 439 the UA may re-register another way', ja: '430 と 439：439 の後、UA は別の方法で登録し直してよい' },
    pages: [{ compare: [430, 439] }],
    wrong: {
      en: 'The guide said of a 439 that "no retry fixes it". RFC 5626 lets the UA re-register without outbound, or through another outbound proxy it has available; only resending the same REGISTER the same way fails again.',
      ja: '439 について「再試行では解決しない」としていた。RFC 5626 は、UA が outbound を使わずに、あるいは使える別のアウトバウンドプロキシを経由して登録し直すことを認めている。失敗し続けるのは、同じ REGISTER を同じように送り直した場合だけである。',
    },
    now: {
      en: 'The UA MAY re-register through another outbound proxy or without outbound (RFC 5626 §4.2.1); resending the same REGISTER the same way does not help.',
      ja: 'UA は別のアウトバウンドプロキシを経由して、または outbound を使わずに登録し直してよく（RFC 5626 §4.2.1）、同じ REGISTER を同じように送り直しても解決しない、とした。',
    },
    sources: [
      {
        ref: 'RFC5626 §4.2.1',
        quote: 'If the registering UA receives a 439 (First Hop Lacks Outbound Support) response to a REGISTER request, it MAY re-attempt registration without using the outbound mechanism (subject to local policy at the client).',
      },
      {
        ref: 'RFC5626 §4.2.1',
        quote: 'If the client has one or more alternate outbound proxies available, it MAY re-attempt registration through such outbound proxies.',
      },
    ],
  },

  // Second reading, comparison guides: 482-vs-483, 486-vs-487, 486-vs-600, 486-vs-603, 488-vs-606, 491-vs-500, 500-vs-503, 502-vs-503, 603-vs-607, 603-vs-608, 607-vs-608.
  {
    id: 'guide-482-vs-483-loop-detection-part',
    date: '2026-12-05',
    title: { en: '482 vs 483 guide: a proxy compares the loop-detection part of the branch, not the whole branch', ja: '482 と 483 の解説：プロキシが比べるのは branch 全体ではなくループ検出用の部分' },
    pages: [{ compare: [482, 483] }],
    wrong: {
      en: 'The guide said a proxy that finds its own Via "recomputes the branch it would generate" and has a loop "when the values match". The branch differs on every pass of a looped or spiralled request; only the part the proxy builds for loop detection can match.',
      ja: '解説は、自分の Via を見つけたプロキシが「自分が生成するはずの branch を計算し直し」、「値が一致すれば」ループと判断するとしていた。ループやスパイラルで同じプロキシを通るリクエストの branch は通過のたびに異なり、一致しうるのはプロキシがループ検出のために組み立てた部分だけである。',
    },
    now: {
      en: 'The proxy recomputes the loop-detection part of the branch and compares it with the same part in its earlier Via; the whole branch differs on every pass (RFC 3261 §16.6, item 8). Under RFC 5393 the part is only there if the proxy forked the request, and a match MUST be answered with 482 (RFC 5393 §4.2.2).',
      ja: 'プロキシは branch のループ検出用の部分を計算し直し、以前の Via の同じ部分と比べる。branch 全体は通過のたびに異なる（RFC 3261 §16.6 の項目 8）。RFC 5393 では、この部分はプロキシがリクエストをフォーキングした場合にだけあり、一致すれば 482 を返さなければならない（RFC 5393 §4.2.2）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.6',
        quote: 'Note that this implies that the branch parameter will be different for different instances of a spiraled or looped request through a proxy.',
      },
      {
        ref: 'RFC5393 §4.2.2',
        quote: 'This second part will not be present if the message was not forked when that Via header field value was added.',
      },
    ],
  },
  {
    id: 'guide-482-vs-483-frequency-and-should',
    date: '2026-12-05',
    title: { en: '482 vs 483 guide: no "nearly always" or "usually", and a UAS SHOULD answer a merged request with 482', ja: '482 と 483 の解説：「ほぼ必ず」「たいてい」を削除し、マージされたリクエストへの 482 は SHOULD とした' },
    pages: [{ compare: [482, 483] }],
    wrong: {
      en: 'The guide said a 483 "nearly always" means an undetected loop, and "usually" so in the summary, and that a 482 from a phone in a hunt group is "usually" a harmless duplicate, all without a source. It also said as plain fact that a UAS answers the later copies of a merged request with 482.',
      ja: '解説は、483 は「ほぼ必ず」（要約では「たいてい」）検出されなかったループを意味するとし、ハントグループの電話機から返る 482 は「たいてい」無害な重複であるとしていたが、いずれも出典がなかった。また、UAS はマージされたリクエストの後のコピーに 482 を返すと事実として書いていた。',
    },
    now: {
      en: 'RFC 3261 chose 70 as large enough that no request is dropped in a network without loops, so a 483 on a request that started at 70 points to a loop (RFC 3261 §8.1.1.6). A 482 in a hunt group "can be" the harmless case. The UAS SHOULD answer a later copy that does not match the ongoing transaction with 482 (RFC 3261 §8.2.2.2).',
      ja: 'RFC 3261 はループがない網でリクエストが落とされない大きさとして 70 を選んだので、70 から始まったリクエストへの 483 はループを示す（RFC 3261 §8.1.1.6）とした。ハントグループでの 482 は無害なケース「であることがある」とした。処理中のトランザクションと一致しない後のコピーには、UAS は 482 を返すべきである（SHOULD、RFC 3261 §8.2.2.2）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.1.1.6',
        quote: 'This number was chosen to be sufficiently large to guarantee that a request would not be dropped in any SIP network when there were no loops',
      },
      {
        ref: 'RFC3261 §8.2.2.2',
        quote: 'the UAS core SHOULD generate a 482 (Loop Detected) response and pass it to the server transaction.',
      },
    ],
  },
  {
    id: 'guide-486-vs-487-bye-pending-request',
    date: '2026-12-05',
    title: { en: '486 vs 487 guide: a BYE also ends pending requests with 487', ja: '486 と 487 の解説：BYE で終わったダイアログの処理中のリクエストにも 487 が返る' },
    pages: [{ compare: [486, 487] }],
    wrong: {
      en: 'The guide said 487 belongs "only" to an INVITE that a CANCEL matched or whose Expires ran out, and that a 487 without a CANCEL before it and without Expires in the INVITE is a misuse. RFC 3261 also recommends 487 for requests still pending in a dialog when a BYE ends it.',
      ja: '解説は、487 を返してよいのは CANCEL が一致した INVITE か Expires が切れた INVITE に対して「だけ」であり、前に CANCEL がなく INVITE に Expires もない 487 は誤用であるとしていた。RFC 3261 は、BYE でダイアログが終わった時点でまだ処理中のリクエストにも 487 を返すことを推奨している。',
    },
    now: {
      en: 'The guide names all three triggers: a matching CANCEL (RFC 3261 §9.2), an expired INVITE (RFC 3261 §13.3.1) and a BYE ending the dialog of a pending request (RFC 3261 §15.1.2), and the trace check allows for the BYE.',
      ja: '一致する CANCEL（RFC 3261 §9.2）、期限切れの INVITE（RFC 3261 §13.3.1）、処理中のリクエストがあるダイアログを終わらせる BYE（RFC 3261 §15.1.2）の三つのきっかけを挙げ、トレースの確認でも BYE の場合を考慮した。',
    },
    sources: [
      {
        ref: 'RFC3261 §15.1.2',
        quote: 'The UAS MUST still respond to any pending requests received for that dialog. It is RECOMMENDED that a 487 (Request Terminated) response be generated to those pending requests.',
      },
    ],
  },
  {
    id: 'guide-486-vs-600-should-and-recommended-mapping',
    date: '2026-12-05',
    title: { en: '486 vs 600 guide: a proxy SHOULD cancel on 600, and the ISUP mappings are recommendations', ja: '486 と 600 の解説：600 を受けたプロキシのキャンセルは SHOULD であり、ISUP との対応付けは推奨である' },
    pages: [{ compare: [486, 600] }],
    wrong: {
      en: 'The summary said a 600 "makes a forking proxy cancel every other branch", and the guide that the user\'s other phones stop ringing, as plain fact; RFC 3261 says the proxy SHOULD cancel. The guide stated the cause 17 mappings in both directions as what happens, although RFC 3398 only recommends them. It also said RFC 3261 adds that a busy-everywhere situation "is rarely the case"; the RFC says a UAS is unlikely to know it.',
      ja: '要約は 600 が「フォーキング中のプロキシに他のブランチをすべてキャンセルさせる」とし、解説はユーザの他の電話機が鳴り止むことを事実として書いていたが、RFC 3261 ではプロキシはキャンセルすべき（SHOULD）とされている。理由表示 17 との双方向の対応付けも必ずそうなるように書いていたが、RFC 3398 は推奨しているだけである。さらに RFC 3261 が、どこでも話中という状況は「まれ」と注記しているとしていたが、RFC が示しているのは、UAS がそれを知ることは一般に難しいということである。',
    },
    now: {
      en: 'A proxy that receives a 6xx SHOULD cancel its pending branches and MUST NOT create new ones (RFC 3261 §16.7). The cause 17 mappings are RFC 3398\'s recommended ones (RFC 3398 §8.2.6.1, §7.2.4.1), so a 600 returns as 486 through a gateway that follows them. RFC 3261 §13.3.1.3 says a UAS is unlikely to know in general that no other end system can accept the call.',
      ja: '6xx を受けたプロキシは応答待ちのブランチをキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT、RFC 3261 §16.7）とした。理由表示 17 との対応付けは RFC 3398 が推奨するもの（RFC 3398 §8.2.6.1、§7.2.4.1）であり、600 が 486 として戻るのはそれに従うゲートウェイを通った場合とした。RFC 3261 §13.3.1.3 は、他の端末が呼を受けられないことを UAS が一般に知るのは難しいとしている、と改めた。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.',
      },
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'However, it is unlikely that a UAS will be able to know this in general, and thus this response will not usually be used.',
      },
    ],
  },
  {
    id: 'guide-486-vs-603-cause-21-and-handsets',
    date: '2026-12-05',
    title: { en: '486 vs 603 guide: cause 21 with location "user" could become 603; no claim about "most handsets"', ja: '486 と 603 の解説：ロケーション「ユーザ」の理由表示 21 は 603 にしてもよいだけ。「多くの端末」の記述を削除' },
    pages: [{ compare: [486, 603] }],
    wrong: {
      en: 'The guide said cause 21 maps back to 403 "unless its location says the user rejected the call, and only then to 603", stating the mappings as fixed; RFC 3398 recommends them and only says that with location "user" the 6xx code could be given. It said a reject key sending 486 "is also what most handsets do", without a source, and that a 603 "makes" the proxy cancel every branch, where RFC 3261 says SHOULD.',
      ja: '解説は、理由表示 21 は SIP 側で 403 になり、「ロケーションがユーザによる拒否を示す場合に限って 603 になる」と、対応付けを決まったもののように書いていた。RFC 3398 はこれらを推奨しているだけで、ロケーションが「ユーザ」なら 6xx を返してもよいとするにとどまる。また、拒否ボタンが 486 を送るのは「多くの端末もそう実装している」と出典なしに書き、603 がプロキシに全ブランチを「キャンセルさせる」としていたが、RFC 3261 では SHOULD である。',
    },
    now: {
      en: 'The guide gives RFC 3398\'s recommended mappings as recommendations: 603 to cause 21 (RFC 3398 §8.2.6.1), cause 21 back to 403, and 603 as an option when the location is "user" (RFC 3398 §7.2.4.1). The handset claim is gone, and a proxy SHOULD cancel pending branches on a 6xx and MUST NOT create new ones (RFC 3261 §16.7).',
      ja: 'RFC 3398 の対応付けを推奨として示した。603 は理由表示 21 に（RFC 3398 §8.2.6.1）、理由表示 21 は 403 に戻り、ロケーションが「ユーザ」なら 603 も選べる（RFC 3398 §7.2.4.1）。端末の実装についての記述は削除し、6xx を受けたプロキシは応答待ちのブランチをキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT、RFC 3261 §16.7）とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: '(+) If the cause location is \'user\' than the 6xx code could be given rather than the 4xx code (i.e., 403 becomes 603)',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
    ],
  },
  {
    id: 'guide-488-vs-606-when-606',
    date: '2026-12-05',
    title: { en: '488 vs 606 guide: 606 is for a responder that knows no other end point will answer', ja: '488 と 606 の解説：606 は他のエンドポイントが応答しないと知っている応答側のもの' },
    pages: [{ compare: [488, 606] }],
    wrong: {
      en: 'The guide said 606 claims that "no device of the user can support the session" and should be used only by an element "authoritative for every device of the user" when the limitation applies to all of them, with a policy server as the example. RFC 3261 returns 606 only if the client knows that no other end point will answer the request, and defines it as the answer of the user\'s agent. The guide also said a 6xx "makes" a forking proxy cancel the other branches, where RFC 3261 says SHOULD.',
      ja: '解説は、606 は「ユーザのどの端末もそのセッションに対応できない」ことを示し、制約がすべての端末に当てはまるときに「ユーザのすべての端末について権限を持つ」装置だけが使うとして、ポリシーサーバを例に挙げていた。RFC 3261 では 606 は他のどのエンドポイントもリクエストに応答しないとクライアントが知っている場合にだけ返され、ユーザの UA の応答として定義されている。また 6xx はフォーキング中のプロキシに他のブランチを「キャンセルさせる」としていたが、RFC 3261 では SHOULD である。',
    },
    now: {
      en: '606 is used only when the responder knows that no other end point will answer (RFC 3261 §21.6.4), for example a phone that is the user\'s only device; a proxy SHOULD cancel the pending branches on a 6xx and MUST NOT create new ones (RFC 3261 §16.7).',
      ja: '606 は他のどのエンドポイントも応答しないと応答側が知っている場合にだけ使う（RFC 3261 §21.6.4）とし、例をユーザ唯一の端末である電話機に改めた。6xx を受けたプロキシは応答待ちのブランチをキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT、RFC 3261 §16.7）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6.4',
        quote: 'This status response is returned only if the client knows that no other end point will answer the request.',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
    ],
  },
  {
    id: 'guide-500-vs-503-proxy-should',
    date: '2026-12-05',
    title: { en: '500 vs 503 guide: what a proxy SHOULD do with a 503, and what the element in front then does', ja: '500 と 503 の解説：503 を受けたプロキシがすべきこと（SHOULD）と、手前の装置がその後にすること' },
    pages: [{ compare: [500, 503] }],
    wrong: {
      en: 'The guide said a proxy that collected only a 503 "generates a 500 instead", under a heading saying what a proxy "must" do, although RFC 3261 says SHOULD. It said an element that receives a relayed 503 "marks the proxy as failed for all traffic" and that "every upstream element" fails over, without a source; RFC 3261 says the client SHOULD try an alternate server and SHOULD NOT send that server other requests for the Retry-After period.',
      ja: '解説は、プロキシが「しなければならない」ことという見出しの下で、503 しか受けなかったプロキシは「代わりに 500 を生成して返す」としていたが、RFC 3261 では SHOULD である。また、中継された 503 を受けた装置は「全トラフィックについてプロキシを障害扱いにする」、上流の装置は「律儀に」フェイルオーバーする、と出典なしに書いていた。RFC 3261 では、クライアントは別のサーバを試すべきであり（SHOULD）、Retry-After の期間そのサーバに他のリクエストを送るべきではない（SHOULD NOT）とされている。',
    },
    now: {
      en: 'The proxy SHOULD generate a 500 (RFC 3261 §16.7), and the element in front SHOULD send the proxy no other requests for the Retry-After period (RFC 3261 §21.5.4); a 503 for a one-call problem "can" turn into a retry storm.',
      ja: 'プロキシは 500 を生成すべきであり（SHOULD、RFC 3261 §16.7）、手前の装置は Retry-After の期間そのプロキシに他のリクエストを送るべきでない（RFC 3261 §21.5.4）とした。1 つの呼の問題に 503 を返すと再試行の集中に発展「しうる」とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.',
      },
      {
        ref: 'RFC3261 §21.5.4',
        quote: 'It SHOULD NOT forward any other requests to that server for the duration specified in the Retry-After header field, if present.',
      },
    ],
  },
  {
    id: 'guide-502-vs-503-unreachable-next-hop',
    date: '2026-12-05',
    title: { en: '502 vs 503 guide: an unreachable next hop leads a proxy to 500, not 502', ja: '502 と 503 の解説：次ホップに到達できないプロキシが返すのは 502 ではなく 500' },
    pages: [{ compare: [502, 503] }],
    wrong: {
      en: 'The guide said a gateway or SBC that "cannot resolve or reach the host it must forward to should send 502", and its summary counted an "unresolvable or broken next hop" as a 502. RFC 3261 gives 502 to an invalid response from the downstream server; a proxy that gets a transport error behaves as if it had received 503 and, if that is the only response, SHOULD send 500 upstream. The guide also gave RFC 3398\'s cause mappings as the way causes "split", though they are recommendations and map network-side congestion causes to 503, and said elements in front "will take the whole platform out of rotation".',
      ja: '解説は、転送先のホストを「名前解決できない、到達できない」ゲートウェイや SBC は「502 を返すべきである」とし、要約でも「名前解決できない、または壊れた次のホップ」を 502 に含めていた。RFC 3261 の 502 は下流のサーバから不正な応答を受けた場合のものであり、トランスポートエラーを受けたプロキシは 503 を受けたものとして振る舞い、それが唯一の応答なら上流へ 500 を返すべきである（SHOULD）。また RFC 3398 の対応付けを理由表示が「同じように分かれる」ものとして示していたが、これは推奨であり、網側の輻輳を示す理由表示も 503 に対応付けている。手前の装置が「プラットフォーム全体を振り分け対象から外してしまう」とも書いていた。',
    },
    now: {
      en: '502 is for an invalid response from the next hop (RFC 3261 §21.5.3); an unreachable next hop counts as a 503 received (RFC 3261 §16.9), which the proxy SHOULD turn into 500 (RFC 3261 §16.7). pjsip\'s local 502 for an unresolvable host is given as pjsip\'s choice. The cause mappings are RFC 3398\'s recommended ones, and a gateway\'s 503 can describe congestion in the telephone network (RFC 3398 §7.2.4.1). A relayed 503 means the element in front SHOULD NOT send other requests for the Retry-After period (RFC 3261 §21.5.4).',
      ja: '502 は次ホップからの不正な応答に対するもの（RFC 3261 §21.5.3）とし、到達できない次ホップは 503 を受けたものとして扱われ（RFC 3261 §16.9）、プロキシはそれを 500 にすべきである（RFC 3261 §16.7）とした。名前解決できないホストに対する pjsip のローカルな 502 は pjsip の選択として示した。理由表示の対応付けは RFC 3398 の推奨であり、ゲートウェイの 503 は電話網の輻輳を表すことがある（RFC 3398 §7.2.4.1）とした。中継された 503 を受けた手前の装置は、Retry-After の期間他のリクエストを送るべきでない（RFC 3261 §21.5.4）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.3',
        quote: 'The server, while acting as a gateway or proxy, received an invalid response from the downstream server it accessed in attempting to fulfill the request.',
      },
      {
        ref: 'RFC3261 §16.9',
        quote: 'If the transport layer notifies a proxy of an error when it tries to forward a request (see Section 18.4), the proxy MUST behave as if the forwarded request received a 503 (Service Unavailable) response.',
      },
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: '34 no circuit available 503 Service unavailable',
      },
    ],
  },
  {
    id: 'guide-603-vs-607-no-reason-section',
    date: '2026-12-05',
    title: { en: '603 vs 607 guide: "no reason" comes from RFC 3261 §21.6.1, and a proxy SHOULD cancel', ja: '603 と 607 の解説：「理由を示さない」の根拠は RFC 3261 §21.6.1、プロキシのキャンセルは SHOULD' },
    pages: [{ compare: [603, 607] }],
    wrong: {
      en: 'The guide cited RFC 3261 §21.6.2 for a 603 giving no reason; that section does not say so, §21.6.1 does. It also said a forking proxy "stops ringing" the user\'s other devices on either code, where RFC 3261 says the proxy SHOULD cancel the pending branches.',
      ja: '解説は、603 が理由を示さないことの根拠に RFC 3261 §21.6.2 を挙げていたが、同節にその記述はなく、記述があるのは §21.6.1 である。また、どちらのコードでもフォーキング中のプロキシはユーザの他の端末の呼出しを「止める」としていたが、RFC 3261 ではプロキシは応答待ちのブランチをキャンセルすべき（SHOULD）とされている。',
    },
    now: {
      en: 'A 603 is the code for a callee who does not wish to reveal the reason (RFC 3261 §21.6.1), and a forking proxy SHOULD cancel the other branches on either code (RFC 3261 §16.7).',
      ja: '603 は理由を明かしたくない着信者が使うコードである（RFC 3261 §21.6.1）とし、どちらのコードでもフォーキング中のプロキシは他のブランチをキャンセルすべきである（SHOULD、RFC 3261 §16.7）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6.1',
        quote: 'If the callee does not wish to reveal the reason for declining the call, the callee uses status code 603 (Decline) instead.',
      },
    ],
  },
  {
    id: 'guide-603-vs-608-intermediary',
    date: '2026-12-05',
    title: { en: '603 vs 608 guide: 608 comes from a proxy or B2BUA acting for the user, and the announcement rule', ja: '603 と 608 の解説：608 を送るのはユーザに代わるプロキシや B2BUA であること、アナウンスの規定' },
    pages: [{ compare: [603, 608] }],
    wrong: {
      en: 'The summary said 608 comes from a network intermediary, "usually a call-analytics service", without a source; RFC 8688 defines the intermediary as the entity acting as UAS for the user, a B2BUA or a proxy, which may consult an analytics engine. The guide cited RFC 8688 §3.1 for that definition (it is in §3) and said as fact that "no phone rang", where RFC 8688 says the UAS typically does not receive the INVITE. It said that if "your side never advertised sip.608" the intermediary plays the announcement; RFC 8688 gives that duty to the first element that inserted sip.608, and to the intermediary only when the INVITE arrives without it, as a MUST with exceptions. It also said both 6xx codes "end the forked call on every branch", where RFC 3261 says the proxy SHOULD cancel.',
      ja: '要約は、608 を送るのはネットワーク上の中継装置で「通常は通話分析サービス」であると出典なしに書いていた。RFC 8688 は中継装置を、ユーザに代わって UAS として動作する B2BUA またはプロキシと定義しており、分析エンジンはそれが問い合わせる相手である。解説はこの定義の根拠に RFC 8688 §3.1 を挙げていたが（定義は §3 にある）、「電話機は一度も鳴っていない」と事実として書いていた。RFC 8688 は、UAS は通常 INVITE を受け取らないとしている。また「自分の側が sip.608 を通知していなければ」中継装置がアナウンスを流すとしていたが、RFC 8688 はその役割を sip.608 を挿入した最初の装置に与えており、中継装置が流すのは INVITE に sip.608 がない場合で、例外付きの MUST である。さらに、どちらの 6xx も「すべてのブランチで呼を終わらせる」としていたが、RFC 3261 ではプロキシはキャンセルすべき（SHOULD）とされている。',
    },
    now: {
      en: 'A 608 comes from a proxy or B2BUA acting as UAS for the user (RFC 8688 §3), and the user\'s phone typically never receives the INVITE (RFC 8688 §1). Without sip.608 in the INVITE the intermediary MUST play the announcement unless the exceptions apply, and otherwise the element that inserted sip.608 conveys it (RFC 8688 §3.4). A forking proxy SHOULD cancel the other branches on either code (RFC 3261 §16.7), and the cause mappings are given as RFC 3398\'s recommendations.',
      ja: '608 はユーザに代わって UAS として動作するプロキシまたは B2BUA が送り（RFC 8688 §3）、ユーザの電話機には通常 INVITE が届かない（RFC 8688 §1）とした。INVITE に sip.608 がなければ、例外に当たらない限り中継装置がアナウンスを流さなければならず、そうでなければ sip.608 を挿入した装置が情報を伝える（RFC 8688 §3.4）とした。どちらのコードでもフォーキング中のプロキシは他のブランチをキャンセルすべきである（RFC 3261 §16.7）とし、理由表示との対応付けは RFC 3398 の推奨として示した。',
    },
    sources: [
      {
        ref: 'RFC8688 §3',
        quote: 'This section uses the term "intermediary" to mean the entity that acts as a SIP UAS on behalf of the user in the network as opposed to the user\'s UAS (usually, but not necessarily, their phone). The intermediary could be a back-to-back user agent (B2BUA) or a SIP Proxy.',
      },
      {
        ref: 'RFC8688 §1',
        quote: 'Note that the UAS typically does not receive an INVITE since the called party proxy rejects the call on behalf of the user.',
      },
      {
        ref: 'RFC8688 §3.4',
        quote: 'If the caveats described in Sections 3.5 and 6 do not hold, the intermediary MUST play the announcement.',
      },
    ],
  },
  {
    id: 'guide-607-vs-608-who-decided',
    date: '2026-12-05',
    title: { en: '607 vs 608 guide: a 607 may come from the UA\'s own logic, and a 608 from a proxy or B2BUA, not an analytics engine', ja: '607 と 608 の解説：607 は UA 自身のロジックから送られることもあり、608 を送るのは分析エンジンではなくプロキシや B2BUA' },
    pages: [{ compare: [607, 608] }],
    wrong: {
      en: 'The summary called a 607 "a human judgement" and the guide said it follows the user\'s input "or rules the user set"; RFC 8197 lets the UA send it on the called party\'s input or on UA-internal logic. The summary named "a call-analytics engine" as the intermediary that sends 608; RFC 8688 defines the intermediary as a B2BUA or proxy acting as UAS for the user, and the analytics engine as something it consults. The guide also said redialling after a 608 is pointless because "as a 6xx, the 608 already says further attempts to that user are likely to fail", which is what RFC 8197 says of 607, not what RFC 3261 says of 6xx.',
      ja: '要約は 607 を「人の判断」とし、解説はユーザの操作「またはユーザが設定したルール」に基づくとしていた。RFC 8197 では、UA は着信者の入力または UA 内部のロジックに基づいて 607 を送る。また要約は 608 を送る中継装置として「通話分析エンジン」を挙げていたが、RFC 8688 は中継装置をユーザに代わって UAS として動作する B2BUA またはプロキシと定義しており、分析エンジンはそれが問い合わせる相手である。さらに、608 の後にかけ直しても意味がない理由を「608 は 6xx であり、以後の発信もおそらく失敗することをすでに伝えている」としていたが、これは RFC 8197 が 607 について定めていることで、RFC 3261 が 6xx について定めていることではない。',
    },
    now: {
      en: 'A 607 comes from the called user\'s agent on the user\'s input or its own logic (RFC 8197 §1); a 608 from a proxy or B2BUA acting as UAS for the user (RFC 8688 §3). A redial after 608 is likely to meet the same block, and a 6xx carries definitive information about the user (RFC 3261 §21.6). The intermediary\'s announcement duty is a MUST with exceptions (RFC 8688 §3.4), and a forking proxy SHOULD cancel the other branches (RFC 3261 §16.7).',
      ja: '607 は着信ユーザの UA がユーザの操作または自身のロジックに基づいて送り（RFC 8197 §1）、608 はユーザに代わって UAS として動作するプロキシまたは B2BUA が送る（RFC 8688 §3）とした。608 の後のかけ直しは同じブロックに当たる可能性が高く、6xx はユーザについての確定的な情報を表す（RFC 3261 §21.6）とした。中継装置のアナウンスは例外付きの MUST であり（RFC 8688 §3.4）、フォーキング中のプロキシは他のブランチをキャンセルすべきである（SHOULD、RFC 3261 §16.7）とした。',
    },
    sources: [
      {
        ref: 'RFC8197 §1',
        quote: 'The user agent (UA) of the called party, based on input from the called party or some UA-internal logic, uses this to indicate that this call is unwanted and that future attempts are likely to be similarly rejected.',
      },
      {
        ref: 'RFC8688 §3',
        quote: 'The intermediary could be a back-to-back user agent (B2BUA) or a SIP Proxy.',
      },
      {
        ref: 'RFC3261 §21.6',
        quote: '6xx responses indicate that a server has definitive information about a particular user, not just the particular instance indicated in the Request-URI.',
      },
    ],
  },
  // Second reading: code-page sentences that the comparison guides' reading showed wrong.
  {
    id: '480-486-603-unavailable-and-cancel-should',
    date: '2026-12-05',
    title: { en: '480, 486, 603: 480 is "currently unavailable", and a 6xx makes cancelling a SHOULD', ja: '480・486・603：480 は「現在応対できない」、6xx 後のキャンセルは SHOULD' },
    pages: [{ code: 480 }, { code: 486 }, { code: 603 }],
    wrong: {
      en: 'The 480 and 486 pages said 480 means the callee "could not be offered the call at all"; RFC 3261 defines 480 as an end system contacted successfully whose user is currently unavailable. The 486 and 603 pages said a 6xx "makes" a forking proxy cancel the other branches, which RFC 3261 makes a SHOULD.',
      ja: '480 と 486 のページは、480 は「そもそも着信させられなかった」ことを示すとしていた。RFC 3261 は 480 を、エンドシステムには到達したが着信者が現在応対できない場合と定義している。また 486 と 603 のページは、6xx を受けたフォーキングプロキシは他のブランチを「キャンセルする」としていたが、RFC 3261 ではこれは SHOULD である。',
    },
    now: {
      en: '480: the callee is currently unavailable, for example not logged in or with do-not-disturb on (RFC 3261 §21.4.18). After a 6xx a forking proxy MUST NOT create new branches and SHOULD cancel the others (§16.7).',
      ja: '480 は、着信者が現在応対できない状態（ログインしていない、DND を設定しているなど）にあることを示す（RFC 3261 §21.4.18）。6xx を受けたフォーキングプロキシは新しいブランチを作ってはならず、他のブランチをキャンセルすべきである（§16.7）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.18',
        quote: 'The callee\'s end system was contacted successfully but the callee is currently unavailable (for example, is not logged in, logged in but in a state that precludes communication with the callee, or has activated the "do not disturb" feature).',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
    ],
  },
  {
    id: '503-scope-should-not-forward',
    date: '2026-12-05',
    title: { en: '503: a proxy SHOULD NOT forward it, and SHOULD send 500 instead', ja: '503：プロキシは転送すべきではなく、500 を返すべきである' },
    pages: withComparisons(503),
    wrong: {
      en: 'The 503 page and its comparison tables described what a proxy does with it as "Not forwarded upstream by a proxy (it sends 500 instead)", as if both were certain.',
      ja: '503 のページとその比較表は、プロキシでの扱いを「プロキシは上流へ転送しない（代わりに 500 を返す）」とし、どちらも確実に行われるかのように書いていた。',
    },
    now: {
      en: '"A proxy SHOULD NOT forward it upstream; when it is the only response, the proxy SHOULD send 500": RFC 3261 §16.7 allows forwarding when the proxy can tell that every request it might forward would get 503 too.',
      ja: '「プロキシは上流へ転送すべきではなく（SHOULD NOT）、受けた応答がこれだけなら 500 を返すべきである（SHOULD）」とした。RFC 3261 §16.7 は、転送しうるどのリクエストにも 503 が返るとプロキシが判断できる場合には転送を認めている。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it upstream unless it can determine that any subsequent requests it might proxy will also generate a 503.',
      },
      { ref: 'RFC3261 §16.7', quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.' },
    ],
  },

  // Second reading, sentences printed by templates.
  {
    id: 'interworking-rfc3398-recommends',
    date: '2026-12-05',
    title: { en: 'PSTN interworking: the RFC 3398 mappings are recommendations', ja: 'PSTN との相互接続：RFC 3398 の対応は推奨である' },
    pages: [301, 400, 401, 402, 403, 404, 405, 406, 407, 408, 410, 413, 414, 415, 416, 420, 421, 423, 480, 481, 482, 483, 484, 485, 486, 488, 500, 501, 502, 503, 504, 505, 513, 600, 603, 604].map((code) => ({ code })),
    wrong: {
      en: 'Each code page said "A gateway that receives N releases the ISUP call with cause X" and "A gateway answers N when the ISUP release carries cause X", as if every gateway did so. RFC 3398 calls both tables RECOMMENDED, and the SIP-to-ISUP one applies only when the response carries no encapsulated ISUP; when it does, the cause of the encapsulated REL SHOULD be used.',
      ja: '各コードのページは「N を受けたゲートウェイは ISUP の呼を理由表示 X で解放する」「REL の理由表示が X のとき、ゲートウェイは N を返す」と、どのゲートウェイもそうするかのように書いていた。RFC 3398 は両方の表を推奨（RECOMMENDED）としており、SIP から ISUP への表は、応答に ISUP がカプセル化されていない場合のものである。カプセル化された REL があれば、その理由表示を使うべきである（SHOULD）。',
    },
    now: {
      en: '"RFC 3398 recommends that a gateway receiving N with no encapsulated ISUP release the ISUP call with cause X" and "RFC 3398 recommends that a gateway answer N when the ISUP release carries cause X".',
      ja: '「RFC 3398 は、ISUP がカプセル化されていない N を受けたゲートウェイが、理由表示を X とすることを推奨している」「RFC 3398 は、REL の理由表示が X のとき、ゲートウェイが N を返すことを推奨している」とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'When a REL message is generated due to a SIP rejection response that contains an encapsulated REL message, the Cause Indicator (CAI) parameter in the generated REL SHOULD be set to the value of the CAI parameter received in the encapsulated REL. If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
    ],
  },
  {
    id: 'interworking-603-cause-21-500-default',
    date: '2026-12-05',
    title: { en: '603 and 500 at a gateway: 603 is an allowed alternative to 403; 500 is the default', ja: 'ゲートウェイでの 603 と 500：603 は 403 の代わりに許される応答、500 は既定の応答' },
    pages: [{ code: 603 }, { code: 500 }],
    wrong: {
      en: 'The 603 page said "A gateway answers 603 when the ISUP release carries cause 21". RFC 3398 maps cause 21 to 403 and only says a 6xx "could be given" instead when the cause location is the user. The 500 page named causes 111 and 127 only, although RFC 3398 makes 500 the default, which SHOULD be used, for every cause it does not list.',
      ja: '603 のページは「REL の理由表示が 21 のとき、ゲートウェイは 603 を返す」としていた。RFC 3398 は理由表示 21 を 403 に対応させ、ロケーションがユーザの場合に代わりに 6xx を返しうるとしているだけである。500 のページは理由表示 111 と 127 だけを挙げていたが、RFC 3398 は表にないすべての理由表示について 500 を既定の応答とし、それを使うべきである（SHOULD）としている。',
    },
    now: {
      en: '603: "For cause 21 with the location “user”, RFC 3398 lets a gateway answer 603 instead of 403." 500: "For a cause value it does not list, RFC 3398 says the default response 500 SHOULD be used."',
      ja: '603 は「RFC 3398 では、理由表示が 21 でロケーションが『ユーザ』のとき、ゲートウェイは 403 の代わりに 603 を返してもよい」とし、500 には「RFC 3398 は、表に挙げていない理由表示を受けたときは既定の応答 500 を使うべきである（SHOULD）としている」を加えた。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: "(+) If the cause location is 'user' than the 6xx code could be given rather than the 4xx code (i.e., 403 becomes 603)" },
      { ref: 'RFC3398 §7.2.4.1', quote: "If a cause value other than those listed below is received, the default response '500 Server internal error' SHOULD be used." },
    ],
  },
  {
    id: '439-another-outbound-proxy-may',
    date: '2026-12-05',
    title: { en: '439: the UA MAY register through another outbound proxy', ja: '439：UA は別のアウトバウンドプロキシ経由で登録し直してもよい' },
    pages: withComparisons(439),
    wrong: {
      en: 'The facts and comparisons gave 439 the failover of 503: "Yes: try another server", "After 439, try another server". RFC 5626 §4.2.1 says the registering UA MAY re-attempt registration without Outbound, and MAY re-attempt it through alternate outbound proxies if it has any; RFC 3263 §4.3, which makes a client try the next server, names 503, not 439.',
      ja: '概要表と比較ページは 439 に 503 と同じフェイルオーバーを与え、「する：別のサーバを試す」「439 を受けたら、別のサーバを試す」としていた。RFC 5626 §4.2.1 によれば、登録しようとした UA は Outbound を使わずに登録し直してもよく（MAY）、別のアウトバウンドプロキシがあればそれを経由して登録し直してもよい（MAY）。クライアントに次のサーバを試させる RFC 3263 §4.3 が挙げるのは 503 であり、439 ではない。',
    },
    now: {
      en: 'Failover: "The UA MAY register through another outbound proxy"; after 439, "the UA MAY register again through another outbound proxy, if it has one; otherwise change what the response points at before sending the request again".',
      ja: 'フェイルオーバーの欄を「UA は別のアウトバウンドプロキシ経由で登録し直してもよい（MAY）」とし、439 を受けた後は「別のアウトバウンドプロキシがあればそれを経由して登録し直してもよい。そうでなければ、応答が指摘した点を直してから再試行する」とした。',
    },
    sources: [
      {
        ref: 'RFC5626 §4.2.1',
        quote: 'If the registering UA receives a 439 (First Hop Lacks Outbound Support) response to a REGISTER request, it MAY re-attempt registration without using the outbound mechanism (subject to local policy at the client). If the client has one or more alternate outbound proxies available, it MAY re-attempt registration through such outbound proxies.',
      },
    ],
  },
  {
    id: '408-local-timeout-without-any-response',
    date: '2026-12-05',
    title: { en: '408 failover: a timeout without any response at all', ja: '408 のフェイルオーバー：応答を一つも受けないままのタイムアウト' },
    pages: withComparisons(408),
    wrong: {
      en: 'The facts and comparisons made any local timeout of the transaction (Timer B or F) a reason to try the next server. RFC 3263 §4.3 counts a timeout only when no response, provisional or final, was ever received; a non-INVITE transaction whose Timer F fires after a 1xx is not such a failure.',
      ja: '概要表と比較ページは、トランザクションのローカルなタイムアウト（タイマ B または F）であれば次のサーバを試す理由になるとしていた。RFC 3263 §4.3 が失敗とするのは、暫定応答も最終応答も一度も受けないままタイムアウトした場合だけであり、1xx を受けた後に INVITE 以外のトランザクションのタイマ F が満了した場合はこれに当たらない。',
    },
    now: {
      en: '"When your own transaction timed out with no response at all (Timer B or F)"; a 408 received from a server is still no reason to fail over.',
      ja: '「応答を一つも受けないまま自分のトランザクションがタイムアウトした場合（タイマ B または F）」とした。サーバから受信した 408 がフェイルオーバーの理由にならない点は変わらない。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'Failure also occurs if the transaction layer times out without ever having received any response, provisional or final (i.e., timer B or timer F in RFC 3261 [1] fires).',
      },
    ],
  },
  {
    id: '600-603-retry-after-may',
    date: '2026-12-05',
    title: { en: '600 and 603: Retry-After MAY give a better time to call', ja: '600・603：Retry-After でより適切な発信時刻を示してもよい' },
    pages: withComparisons(600, 603),
    wrong: {
      en: 'The facts and comparisons said "Not without a Retry-After saying when" and "do not retry unless a Retry-After header says when", citing RFC 3261 §21.6.1 and §21.6.2. Those sections only say that the response MAY indicate a better time to call in Retry-After; they forbid no retry.',
      ja: '概要表と比較ページは RFC 3261 §21.6.1・§21.6.2 を出典に「Retry-After で時刻が示されたときに限る」「Retry-After で時刻が示されない限り再試行しない」としていた。これらの節が定めるのは、応答が Retry-After でより適切な発信時刻を示してもよい（MAY）ことだけであり、再試行を禁じてはいない。',
    },
    now: {
      en: '"Retry-After MAY give a better time to call"; on receipt, "the response MAY give a better time to call in a Retry-After header; RFC 3261 names no other time to call again". The pages of 600 and 603 still explain why calling back at once is pointless.',
      ja: '「Retry-After でより適切な発信時刻を示してもよい（MAY）」とし、受信時の対応は「応答は Retry-After でより適切な発信時刻を示してもよく（MAY）、RFC 3261 はそれ以外に発信し直す時期を示していない」とした。すぐにかけ直しても意味がない理由は、600 と 603 のページで引き続き説明している。',
    },
    sources: [
      { ref: 'RFC3261 §21.6.1', quote: 'The response MAY indicate a better time to call in the Retry-After header field.' },
      { ref: 'RFC3261 §21.6.2', quote: 'The response MAY indicate a better time to call in the Retry-After header field.' },
    ],
  },
  {
    id: 'comparisons-202-deprecated-not-an-order',
    date: '2026-12-05',
    title: { en: 'Comparisons with 202: deprecated for SUBSCRIBE and NOTIFY, still sent to MESSAGE', ja: '202 との比較：非推奨は SUBSCRIBE と NOTIFY について、MESSAGE には今も返す' },
    pages: [{ comparisonsWith: 202 }],
    wrong: {
      en: 'Every comparison with 202 said "Do not send 202: the registry marks it deprecated" and that the other code "is in current use". RFC 6665 §8.3.1 forbids 202 only in answer to SUBSCRIBE and NOTIFY, and RFC 3428 §7 still has a relay answer MESSAGE with 202; whether a code is "in current use" is a matter of practice, not of the registry.',
      ja: '202 とのすべての比較ページが「202 はレジストリで非推奨とされているため、送信してはならない」とし、もう一方のコードは「現在も使われている」としていた。RFC 6665 §8.3.1 が 202 を禁じるのは SUBSCRIBE と NOTIFY への応答だけであり、RFC 3428 §7 は今も MESSAGE を中継する装置に 202 を返させている。「現在も使われている」かどうかは運用の問題であり、レジストリが示すことではない。',
    },
    now: {
      en: '"The IANA registry marks 202 deprecated; its page says which requests it may still answer", and "202 is deprecated in the IANA registry (…); N is not".',
      ja: '「202 は IANA レジストリで非推奨とされている。どのリクエストへの応答としてなお使えるかは、202 のページに示す」「202 は IANA レジストリで非推奨とされている（…）。N は非推奨ではない」とした。',
    },
    sources: [
      { ref: 'RFC6665 §8.3.1', quote: 'MUST NOT generate 202 response codes to SUBSCRIBE or NOTIFY requests.' },
      { ref: 'RFC3428 §7', quote: 'SHOULD return a 202 (Accepted) [5] response indicating that the message was accepted, but end to end delivery has not been guaranteed.' },
    ],
  },
  {
    id: '503-scope-500-when-only-response',
    date: '2026-12-05',
    title: { en: '503 scope: 500 in its place only when it was the only response', ja: '503 の適用範囲：500 を返すのは 503 しか受けなかった場合' },
    pages: withComparisons(503),
    wrong: {
      en: 'The Scope row said a proxy "SHOULD NOT forward it upstream (it SHOULD send 500 instead)", as if every 503 turned into a 500. RFC 3261 §16.7 asks for a 500 only when the 503 is the only response received; otherwise the proxy chooses the best of the others.',
      ja: '適用範囲の欄は「プロキシは上流へ転送すべきではない（代わりに 500 を返すべきである）」とし、どの 503 も 500 に置き換わるかのように書いていた。RFC 3261 §16.7 が 500 を求めるのは、受けた応答が 503 だけの場合であり、それ以外はほかの応答から最良のものを選ぶ。',
    },
    now: {
      en: '"A proxy SHOULD NOT forward it upstream; when it is the only response, the proxy SHOULD send 500".',
      ja: '「プロキシは上流へ転送すべきではなく（SHOULD NOT）、受けた応答がこれだけなら 500 を返すべきである（SHOULD）」とした。',
    },
    sources: [{ ref: 'RFC3261 §16.7', quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.' }],
  },
  {
    id: 'class-pages-100-stateless-2xx-3xx-summaries',
    date: '2026-12-05',
    title: { en: 'Class pages: a stateful proxy drops 100; what 2xx and 3xx say', ja: 'クラスのページ：100 を転送しないのはステートフルプロキシ、2xx と 3xx が示すこと' },
    pages: [{ klass: 1 }, { klass: 2 }, { klass: 3 }],
    wrong: {
      en: 'The 1xx page said that "a proxy never forwards" 100 Trying, but only a stateful proxy MUST NOT; a stateless proxy forwards every response. The 2xx summary said the request was "carried out", which a 202 to MESSAGE does not say. The 3xx summary said the request "should be tried again at one or more other addresses, given in Contact", which 380 does not do, and the 3xx page stated the client\'s SHOULD as plain fact.',
      ja: '1xx のページは 100 Trying を「プロキシが転送することはない」としていたが、転送してはならない（MUST NOT）のはステートフルプロキシであり、ステートレスプロキシはすべての応答を転送する。2xx の要約はリクエストを「実行した」としていたが、MESSAGE への 202 はそこまで示さない。3xx の要約は「Contact に示された別のアドレスで、リクエストをやり直すべき」としていたが、380 はそうではなく、3xx のページはクライアントの SHOULD を事実として書いていた。',
    },
    now: {
      en: '1xx: "a stateful proxy never forwards it, and forwards every other 1xx at once toward the caller". 2xx: "the request was received, understood and accepted" (RFC 3261 §7.2). 3xx: "the response gives the user\'s new location, in Contact, or alternative services that might satisfy the call" (§21.3), and the client SHOULD use the Contact URIs for new requests (§8.1.3.4).',
      ja: '1xx は「ステートフルプロキシが転送することはない。それ以外の 1xx は、ステートフルプロキシがただちに発信者の方向へ転送する」、2xx は「リクエストを受信し、理解し、受け付けた」（RFC 3261 §7.2）、3xx は「ユーザの新しい所在を Contact で示すか、呼を満たしうる代替サービスを示す」（§21.3）とし、クライアントは Contact の URI を使って新しいリクエストを組み立てるべきである（SHOULD、§8.1.3.4）とした。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'In particular, a stateful proxy MUST NOT forward any 100 (Trying) response.' },
      { ref: 'RFC3261 §16.11', quote: 'Response processing as described in Section 16.7 does not apply to a proxy behaving statelessly.' },
      { ref: 'RFC3261 §7.2', quote: '2xx: Success -- the action was successfully received, understood, and accepted;' },
      { ref: 'RFC3261 §21.3', quote: "3xx responses give information about the user's new location, or about alternative services that might be able to satisfy the call." },
      {
        ref: 'RFC3261 §8.1.3.4',
        quote: 'clients SHOULD use the URI(s) in the Contact header field to formulate one or more new requests based on the redirected request.',
      },
    ],
  },
  {
    id: 'registry-references-not-definitions',
    date: '2026-12-05',
    title: { en: 'Registry references are not always where a code is defined', ja: 'レジストリの参照は、コードを定義した箇所とは限らない' },
    pages: [{ allComparisons: true }, { code: 202 }],
    wrong: {
      en: 'Code pages labelled the IANA registry\'s references "Defined in", and comparisons said "N is defined in …". For 202 the registry cites RFC 6665 §8.3.1 and RFC 7647 §5; RFC 7647 §5 does not define 202, it forbids sending it to REFER, and RFC 6665 §8.3.1 adds it back only "for historical purposes".',
      ja: 'コードのページは IANA レジストリの参照を「定義」と表示し、比較ページは「N は … で定義されている」としていた。202 についてレジストリが挙げるのは RFC 6665 §8.3.1 と RFC 7647 §5 であるが、RFC 7647 §5 は 202 を定義したものではなく REFER への 202 を禁じたものであり、RFC 6665 §8.3.1 も「歴史的な目的で」加えただけである。',
    },
    now: {
      en: 'The row reads "IANA registry reference", and comparisons say "The IANA registry cites … for N".',
      ja: '欄の名前を「IANA レジストリの参照」とし、比較ページは「IANA レジストリが参照として挙げるのは、N では … である」とした。',
    },
    sources: [
      { ref: 'RFC6665 §8.3.1', quote: 'For historical purposes, the 202 (Accepted) response code is added to the "Success" header field definition.' },
      { ref: 'RFC7647 §5', quote: 'Specifically, an element accepting a REFER request MUST NOT reply with a 202 response code and MUST treat any 202 responses received as identical to a 200 response.' },
    ],
  },
  {
    id: 'interworking-401-407-authenticate-should',
    date: '2026-12-05',
    title: { en: '401 and 407 at a gateway: authenticating is a SHOULD', ja: 'ゲートウェイでの 401・407：認証するのは SHOULD' },
    pages: [{ code: 401 }, { code: 407 }, { q850: true }],
    wrong: {
      en: 'The note said that a gateway able to authenticate itself "answers the challenge and the call proceeds", as a fact.',
      ja: '注記は、自ら認証できるゲートウェイは「チャレンジに応じて呼を続ける」と、事実として書いていた。',
    },
    now: { en: 'If it can authenticate itself, it SHOULD do so and proceed with the call (RFC 3398 §8.2.6.1).', ja: '認証できるなら、そうして呼を続けるべきである（SHOULD、RFC 3398 §8.2.6.1）。' },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'If the gateway can authenticate itself, then obviously it SHOULD do so and proceed with the call; only if the gateway cannot authenticate itself should cause code 21 be sent.',
      },
    ],
  },

  // Second reading, stack and Q.850 cause pages.
  {
    id: 'wireshark-missing-code-statistics-bucket',
    date: '2026-12-05',
    title: { en: 'Wireshark: a code missing from its table is counted under the class bucket', ja: 'Wireshark：表にないコードはクラスの集計行に数えられる' },
    pages: [...[417, 424, 425, 469, 555, 580].map((code): CorrectedPage => ({ code })), { stack: 'wireshark' }],
    wrong: {
      en: 'The stack table gave Wireshark’s phrase for this code as an empty string (“no entry: ""”). Wireshark has no entry for the code in sip_response_code_vals, and its SIP statistics count such a code under the bucket of its class, such as 499 “Client Error - Others”. The phrase table of the Wireshark page did the same, under a column headed “Reason phrase sent”, though Wireshark shows and counts phrases but sends none.',
      ja: 'スタックの表で、このコードに対する Wireshark のフレーズを空文字列（「エントリなし：""」）としていた。Wireshark の sip_response_code_vals にはこのコードのエントリがなく、SIP の統計ではこうしたコードをクラスごとの集計行（499 の `Client Error - Others` など）に数える。Wireshark のページのフレーズ表も同じであり、その列の見出しは「送るリーズンフレーズ」であったが、Wireshark はフレーズを表示・集計するだけで、送ることはない。',
    },
    now: {
      en: 'It says there is no entry and names the bucket the code is counted under. On the Wireshark page the column is headed “Phrase in its table”.',
      ja: 'エントリがないことと、そのコードが数えられる集計行を示した。Wireshark のページでは、列の見出しを「表にあるフレーズ」とした。',
    },
    sources: [
      {
        url: 'https://github.com/1g4-mirror/wireshark/blob/4a974d49716d640e4c6ada262bc198066dabe742/epan/dissectors/packet-sip.c',
        name: 'Wireshark (GitHub mirror 1g4-mirror/wireshark), epan/dissectors/packet-sip.c, sip_stat_packet()',
        quote: '} else if (!try_val_to_str(response_code, sip_response_code_vals)) { response_code = ((response_code / 100) * 100) + 99; }',
      },
    ],
  },
  {
    id: '500-kamailio-503-remap-not-internal-error',
    date: '2026-12-05',
    title: { en: '500: Kamailio’s “Service Unavailable” comes from relaying a 503', ja: '500：Kamailio の「Service Unavailable」は 503 の中継から来る' },
    pages: [{ code: 500 }],
    wrong: {
      en: 'The stack table listed “Service Unavailable” among Kamailio’s internal-error replies for 500. It is not an internal error: with remap_503_500 on (the default), tm replaces a final 503 it relays with a 500 but keeps the 503’s reason phrase.',
      ja: 'スタックの表で、500 に対する Kamailio の内部エラー応答の一つとして「Service Unavailable」を挙げていた。これは内部エラーではなく、remap_503_500 が有効（既定）なとき、tm が中継する最終応答 503 を 500 に置き換え、503 のリーズンフレーズをそのまま使うことによる。',
    },
    now: {
      en: 'It is shown on its own line, as the phrase tm sends when it relays a final 503 as 500.',
      ja: 'tm が最終応答 503 を 500 として中継するときのフレーズとして、別の行に示した。',
    },
    sources: [
      {
        url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/modules/tm/t_reply.c#L2035-L2051',
        name: 'Kamailio, src/modules/tm/t_reply.c, lines 2035–2051',
        quote: 'reason.s = error_text(relayed_code); reason.len = strlen(reason.s); buf = build_res_buf_from_sip_req( 500, &reason, to_tag, t->uas.request, &res_len, &bm);',
      },
    ],
  },
  {
    id: '603-chan-sip-sends-603-declined',
    date: '2026-12-05',
    title: { en: '603: legacy chan_sip also sends 603 for a cause it has no case for', ja: '603：旧 chan_sip も case のない理由表示には 603 を送る' },
    pages: [
      { code: 603 },
      ...[16, 23, 25, 26, 41, 44, 47, 52, 54, 55, 57, 63, 65, 69, 70, 79, 87, 88, 102, 111].map((cause): CorrectedPage => ({ cause })),
      { stack: 'asterisk' },
    ],
    wrong: {
      en: 'The hangup-cause table showed legacy chan_sip as sending 603 for no cause. Its hangup_cause2sip() returns nothing for a cause without a case, but sip_hangup() then rejects the unanswered incoming call with "603 Declined", just as chan_pjsip falls back to 603. The cause pages and the Asterisk page showed chan_sip sending nothing (“—”) for such a cause.',
      ja: '切断理由の表で、旧 chan_sip はどの理由表示に対しても 603 を送らないとしていた。hangup_cause2sip 関数は case のない理由表示には何も返さないが、その場合 sip_hangup 関数は応答前の着信呼を「603 Declined」で拒否する。chan_pjsip が 603 にフォールバックするのと同じである。理由表示のページと Asterisk のページでも、こうした理由表示に対して chan_sip は何も送らない（「—」）としていた。',
    },
    now: {
      en: 'chan_sip, like chan_pjsip, sends 603 for any cause without a case, so the table no longer lists it separately; for cause 23, which chan_pjsip maps to 302 but chan_sip has no case for, chan_sip’s 603 is listed among the differences from the RFCs’ 410. The cause pages and the Asterisk page show chan_sip’s 603 for a cause without a case.',
      ja: 'chan_sip も chan_pjsip と同じく case のない理由表示には 603 を送るため、表で別に示すのをやめた。chan_pjsip が 302 に対応させ、chan_sip には case のない理由表示 23 については、chan_sip の 603 を RFC の 410 との違いとして挙げた。理由表示のページと Asterisk のページでは、case のない理由表示に対する chan_sip の 603 を示した。',
    },
    sources: [
      {
        url: 'https://github.com/asterisk/asterisk/blob/1f072600089c8321b8c4141f431742b06cae1c66/channels/chan_sip.c#L7342-L7345',
        name: 'Asterisk 20.20.1, channels/chan_sip.c, lines 7342–7345',
        quote: 'if (p->hangupcause && (res = hangup_cause2sip(p->hangupcause))) transmit_response_reliable(p, res, &p->initreq); else transmit_response_reliable(p, "603 Declined", &p->initreq);',
      },
    ],
  },
  {
    id: 'stacks-nothing-to-compare-1xx-3xx-487',
    date: '2026-12-05',
    title: { en: 'Hangup causes: nothing to compare for 1xx–3xx codes', ja: '切断理由：1xx〜3xx のコードには比較するものがない' },
    pages: [100, 180, 181, 182, 183, 199, 200, 202, 204, 300, 305, 380].map((code) => ({ code })),
    wrong: {
      en: 'Under "Where they differ from RFC 3398 and RFC 4497", the page said Asterisk and FreeSWITCH follow both RFCs for this code. Neither RFC maps this code to a cause (their tables cover final 4xx–6xx responses) or sends it for a cause, so there was nothing to follow.',
      ja: '「RFC 3398・RFC 4497 との違い」で、このコードについて Asterisk と FreeSWITCH は両 RFC に従っているとしていた。どちらの RFC もこのコードを理由表示に対応させておらず（表は 4xx〜6xx の最終応答だけを扱う）、どの理由表示に対してもこのコードを送らないので、従う対象がなかった。',
    },
    now: {
      en: 'It says neither RFC gives a cause for this code or sends it for a cause, so there is nothing to compare.',
      ja: 'どちらの RFC もこのコードを理由表示に対応させず、どの理由表示に対しても送らないため、比較するものがないとした。',
    },
    sources: [
      { ref: 'RFC4497 §8.4.4', quote: 'on receipt of a SIP final response (4xx-6xx) to a SIP INVITE request' },
    ],
  },
  {
    id: '487-rfc4497-note7-default-cause',
    date: '2026-12-05',
    title: { en: '487: RFC 4497 asks for cause 31 if clearing must be started', ja: '487：切断を始める必要があれば RFC 4497 は理由表示 31 を求める' },
    pages: [{ code: 487 }, { cause: 127 }, { stack: 'asterisk' }, { stack: 'freeswitch' }],
    wrong: {
      en: 'The hangup-cause table said Asterisk and FreeSWITCH follow both RFCs for 487. RFC 3398 gives 487 no mapping, but RFC 4497 NOTE 7 says that if clearing does need to be started the default cause 31 should be used; Asterisk sets 127 and FreeSWITCH its own 487. The page of cause 127 and the Asterisk and FreeSWITCH pages left these differences out.',
      ja: '切断理由の表で、487 について Asterisk と FreeSWITCH は両 RFC に従っているとしていた。RFC 3398 は 487 に対応を示していないが、RFC 4497 の NOTE 7 は、切断を始める必要がある場合は既定の理由表示 31 を使うべきだとしている。Asterisk は 127、FreeSWITCH は独自の 487 を設定する。理由表示 127 のページと、Asterisk と FreeSWITCH のページも、これらの違いを挙げていなかった。',
    },
    now: {
      en: 'RFC 4497 shows 31 if the call must be cleared at all, and the differences list Asterisk’s 127 and FreeSWITCH’s 487 against it, as do the page of cause 127 and the Asterisk and FreeSWITCH pages.',
      ja: 'RFC 4497 の欄に「切断を始める必要がある場合は 31」と示し、違いとして Asterisk の 127 と FreeSWITCH の 487 を挙げた。理由表示 127 のページと、Asterisk と FreeSWITCH のページにも挙げた。',
    },
    sources: [
      { ref: 'RFC4497 §8.4.4', quote: 'If QSIG call clearing does, however, need to be initiated, the default cause value should be used.' },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip.c#L3571-L3572',
        name: 'Asterisk, res/res_pjsip.c, lines 3571–3572',
        quote: 'case 487: /* Request terminated */ return AST_CAUSE_INTERWORKING;',
      },
    ],
  },
  {
    id: 'q850-table-cause-names-are-q850',
    date: '2026-12-05',
    title: { en: 'Q.850 table: the cause names are Q.850’s, not RFC 3398’s', ja: 'Q.850 対応表：理由表示の英語名は RFC 3398 ではなく Q.850 のもの' },
    pages: [{ q850: true }, { cause: 1 }, { cause: 2 }, { cause: 19 }],
    wrong: {
      en: 'The table said its cause names are the ones RFC 3398 prints, but most are the longer ITU-T Q.850 names: RFC 3398 prints, for example, "Service or option unavailable" for cause 63 and "no circuit available" for cause 34. Causes 1, 2 and 19 did carry RFC 3398’s short forms ("Unallocated number", "No route to network", "No answer from the user") while the cause pages labelled them ITU-T Q.850 names.',
      ja: '表の理由表示の英語名は RFC 3398 に印刷されたものだとしていたが、ほとんどはより長い ITU-T Q.850 の名称であった。たとえば RFC 3398 は理由表示 63 を `Service or option unavailable`、理由表示 34 を `no circuit available` と記している。一方で理由表示 1・2・19 だけは RFC 3398 の短い形（`Unallocated number`、`No route to network`、`No answer from the user`）になっており、理由表示のページではそれを ITU-T Q.850 の名称として示していた。',
    },
    now: {
      en: 'The note says the names are the ITU-T Q.850 names and that RFC 3398 prints several of them in shorter forms; causes 1, 2 and 19 now carry their Q.850 names: Unallocated (unassigned) number, No route to specified transit network, No answer from user (user alerted).',
      ja: '名称は ITU-T Q.850 のもので、RFC 3398 はその一部を短い形で記しているとした。理由表示 1・2・19 も Q.850 の名称（`Unallocated (unassigned) number`、`No route to specified transit network`、`No answer from user (user alerted)`）に改めた。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: '405 Method not allowed 63 Service or option unavailable' },
      { ref: 'RFC3398 §7.2.4.1', quote: '34 no circuit available 503 Service unavailable' },
      { ref: 'RFC3398 §7.2.4.1', quote: '2 no route to network 404 Not found' },
    ],
  },

  {
    id: 'guide-480-vs-486-other-carrier-is-policy',
    date: '2026-12-05',
    title: { en: '480 vs 486 guide: trying another carrier is a policy, not forbidden', ja: '480 と 486 の比較：別キャリアを試すかはポリシーの問題であり、禁じられてはいない' },
    pages: [{ compare: [480, 486] }],
    wrong: {
      en: 'The guide said neither code "is grounds to fail over to another carrier, because the user was found", as if the RFCs ruled it out.',
      ja: '比較ページは、どちらも「ユーザ自体には到達しているので、別キャリアへフェイルオーバーする理由にはならない」とし、RFC がそれを禁じているかのように書いていた。',
    },
    now: {
      en: 'Neither is among the failures after which RFC 3263 §4.3 has a client move to the next server; trying another carrier after either is a routing policy of your own. RFC 3261 §21.4 notes that the same request might succeed at a different server.',
      ja: 'どちらも、RFC 3263 §4.3 がクライアントに次のサーバへ移らせる失敗には含まれない。別キャリアを試すかどうかは各自のルーティングポリシーである。RFC 3261 §21.4 は、同じリクエストでも別のサーバなら成功しうるとしている。',
    },
    sources: [
      { ref: 'RFC3261 §21.4', quote: 'However, the same request to a different server might be successful.' },
    ],
  },

  // Third reading, sections behind the facts.
  {
    id: 'compare-failover-sentences-rfc-3263-terms',
    date: '2026-12-05',
    title: { en: 'Comparisons: failover sentences in the terms of RFC 3263', ja: '比較ページ：フェイルオーバーの文を RFC 3263 の言葉で' },
    pages: [{ allComparisons: true }],
    wrong: {
      en: 'Where two codes differ on failover, comparisons said a code “is not a reason to try another server for the same destination”, which reads as a prohibition, and that 503 “is a reason” to, which drops the SHOULD. RFC 3263 §4.3 only lists the failures after which the client SHOULD try the next server.',
      ja: 'フェイルオーバーの扱いが異なる 2 つのコードについて、比較ページはあるコードを「同じ宛先の別のサーバへフェイルオーバーする理由にはならない」とし、禁止のように読める書き方をしていた。503 については「別のサーバを試す理由になる」とし、SHOULD であることを示していなかった。RFC 3263 §4.3 は、クライアントが次のサーバを試すべき（SHOULD）失敗を挙げているだけである。',
    },
    now: {
      en: 'A code is “not among the failures after which RFC 3263 has a client try another server for the same destination”, and 503 “is a failure after which the client SHOULD try another server for the same destination”.',
      ja: 'あるコードは「同じ宛先の別のサーバを試す理由として RFC 3263 が挙げる失敗には含まれない」とし、503 は「クライアントが同じ宛先の別のサーバを試すべき（SHOULD）失敗に当たる」とした。',
    },
    sources: [
      { ref: 'RFC3263 §4.3', quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).' },
      { ref: 'RFC3263 §4.3', quote: 'If a failure occurs, the client SHOULD create a new request, which is identical to the previous, but has a different value of the Via branch ID than the previous (and therefore constitutes a new SIP transaction).' },
    ],
  },
  {
    id: 'facts-404-retry-after',
    date: '2026-12-05',
    title: { en: '404: a Retry-After can say when to try again', ja: '404：Retry-After が再び試す時期を示すことがある' },
    pages: withComparisons(404),
    wrong: {
      en: 'The facts row said only “Do not resend the same request”, citing RFC 3261 §21.4, although the page lists Retry-After among 404’s headers and RFC 3261 §20.33 lets a 404 say with it when the called party expects to be available again.',
      ja: '概要表は RFC 3261 §21.4 を根拠に「同じリクエストを再び送らない」とだけ示していた。しかしページは 404 のヘッダとして Retry-After を挙げており、RFC 3261 §20.33 では 404 がそれによって着信者が再び応答できると見込む時刻を示せる。',
    },
    now: {
      en: 'The row and the comparisons say not to resend the same request unchanged, unless a Retry-After says when the called party expects to be available again (RFC 3261 §21.4, §20.33).',
      ja: '概要表と比較ページは、Retry-After が着信者の再び応答できる時刻を示していない限り、同じリクエストをそのまま再び送らないとした（RFC 3261 §21.4、§20.33）。',
    },
    sources: [
      { ref: 'RFC3261 §20.33', quote: 'with a 404 (Not Found), 413 (Request Entity Too Large), 480 (Temporarily Unavailable), 486 (Busy Here), 600 (Busy), or 603 (Decline) response to indicate when the called party anticipates being available again.' },
      { ref: 'RFC3261 §21.4', quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).' },
    ],
  },
  {
    id: 'rfc-3398-mappings-recommended-remaining-pages',
    date: '2026-12-05',
    title: { en: 'RFC 3398 cause mappings are recommendations: the remaining pages', ja: 'RFC 3398 の理由表示の対応付けは推奨である：残っていたページ' },
    pages: [{ code: 402 }, { code: 404 }, { code: 603 }, { compare: [404, 480] }, { guide: 'rejecting-calls' }],
    wrong: {
      en: 'These pages still said that RFC 3398 “maps” 402, 404 and 603 to ISUP causes and back, that a 603 “reaches the PSTN caller as cause 21”, that cause 20 “arrives as 480”, that gateways “turn 404 into ISUP cause 1”, and headed the guide’s table “ISUP cause sent by a gateway”, as if every gateway did so.',
      ja: 'これらのページには、RFC 3398 が 402・404・603 を ISUP の理由表示に（またその逆に）「対応付けている」、603 は「PSTN の発信者に理由表示 21 として届く」、理由表示 20 は「480 として届く」、ゲートウェイは 404 を「理由表示 1 に変換する」という記述が残っており、ガイドの表の見出しも「ゲートウェイが送る ISUP の理由表示」と、どのゲートウェイもそうするかのようになっていた。',
    },
    now: {
      en: 'They say RFC 3398 recommends these mappings, for a response that carries no encapsulated ISUP in the direction SIP to ISUP (§8.2.6.1), and that the gateway follows them where it follows the recommendation.',
      ja: 'RFC 3398 がこれらの対応付けを推奨していること（SIP から ISUP への方向では、ISUP がカプセル化されていない応答について、§8.2.6.1）と、推奨に従うゲートウェイがそのように変換することを示した。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
    ],
  },
  {
    id: 'facts-proxy-sender-section',
    date: '2026-12-05',
    title: { en: 'Proxies as senders: the section that lets a proxy answer with an error', ja: '送信元としてのプロキシ：プロキシがエラー応答を返せるとする節' },
    pages: withComparisons(413, 414, 484, 494),
    wrong: {
      en: 'The facts row “Typically sent by” backed the proxy with RFC 3261 §16.7, which covers the responses a proxy receives and forwards, not the ones it generates.',
      ja: '概要表の「主な送信元」は、プロキシの根拠に RFC 3261 §16.7 を挙げていた。この節はプロキシが受け取って転送する応答を扱うもので、プロキシ自身が生成する応答についてではない。',
    },
    now: {
      en: 'The row cites RFC 3261 §16.1, under which an element that could act as a proxy may instead answer a request with any appropriate error code, acting as a user agent server; for 494, RFC 3329 §2.3 already names the server that answers.',
      ja: 'プロキシとして動作しうる装置が、代わりに UAS としてふさわしいエラーコードで応答してよいとする RFC 3261 §16.1 を示した。494 については、応答するサーバを RFC 3329 §2.3 がすでに定めている。',
    },
    sources: [
      { ref: 'RFC3261 §16.1', quote: 'The element MAY respond with any appropriate error code. When responding directly to a request, the element is playing the role of a UAS and MUST behave as described in Section 8.2.' },
    ],
  },
  {
    id: 'guide-199-vs-487-what-ends-an-invite',
    date: '2026-12-05',
    title: { en: '199 vs 487 guide: what ends an INVITE with 487, and where its CANCEL shows', ja: '199 と 487 の比較：INVITE を 487 で終わらせるもの、その CANCEL が見える場所' },
    pages: [{ compare: [199, 487] }],
    wrong: {
      en: 'The guide said an INVITE answered 487 was terminated “normally by a CANCEL” and that a 487 “normally has a CANCEL before it”, from the caller or from a proxy whose Timer C fired. No RFC says how often, and when a proxy cancels on its own it sends the CANCEL downstream only, so the caller’s capture shows a 487 with no CANCEL before it.',
      ja: '比較ページは、487 が返る INVITE は「通常は CANCEL によって」終了させられ、487 の前には「通常」発信者またはタイマ C が満了したプロキシからの CANCEL がある、としていた。頻度を示す RFC はなく、プロキシが自ら取り消すときは CANCEL を下流へだけ送るので、発信者側のキャプチャには CANCEL の前置きのない 487 が現れる。',
    },
    now: {
      en: 'The INVITE was terminated by a CANCEL or a BYE (RFC 3261 §21.4.25) or because its Expires time ran out (§13.3.1). In a trace, look first for the CANCEL behind the 487, which may be one a proxy sent downstream on its own (§16.8, §16.10) and so absent from the caller’s capture.',
      ja: 'INVITE は CANCEL や BYE によって（RFC 3261 §21.4.25）、あるいは Expires の時間切れによって（§13.3.1）終了させられたとした。トレースでは、まず 487 の元になった CANCEL を探す。それはプロキシが自ら下流へ送ったもの（§16.8、§16.10）で、発信者側のキャプチャには現れないこともある。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.25', quote: 'The request was terminated by a BYE or CANCEL request.' },
      { ref: 'RFC3261 §16.10', quote: 'A stateful proxy MAY generate a CANCEL to any other request it has generated at any time' },
    ],
  },
  {
    id: 'facts-401-407-not-for-cancel',
    date: '2026-12-05',
    title: { en: '401 and 407 do not answer CANCEL', ja: '401・407 は CANCEL には返されない' },
    pages: withComparisons(401, 407),
    wrong: {
      en: 'The facts tables said both codes answer any request method, and comparisons said the RFCs restrict neither to particular methods, although RFC 3261 forbids servers to challenge a CANCEL.',
      ja: '概要表はどちらのコードもすべてのメソッドへの応答になるとし、比較ページは RFC がどちらも特定のメソッドに限定していないとしていた。しかし RFC 3261 は、サーバが CANCEL をチャレンジすることを禁じている。',
    },
    now: {
      en: 'The facts say “Any request method but CANCEL”, and comparisons with codes that may answer a CANCEL say that a server must not answer it with 401 or 407 (RFC 3261 §22.1). The dataset carries the exception as methodsExcept.',
      ja: '概要表は「CANCEL 以外のすべてのメソッド」とし、CANCEL への応答になりうるコードとの比較ページでは、サーバは CANCEL に 401 や 407 を返してはならないとした（RFC 3261 §22.1）。データセットではこの例外を `methodsExcept` として示す。',
    },
    sources: [
      { ref: 'RFC3261 §22.1', quote: 'Although the CANCEL method does take a response (a 2xx), servers MUST NOT attempt to challenge CANCEL requests since these requests cannot be resubmitted.' },
    ],
  },
  {
    id: 'facts-604-607-608-retry-section',
    date: '2026-12-05',
    title: { en: '604, 607, 608: the section behind “do not resend the same request”', ja: '604・607・608：「同じリクエストを再び送らない」の根拠となる節' },
    pages: withComparisons(604, 607, 608),
    wrong: {
      en: 'The facts row “Do not resend the same request” rested only on sections that do not say so by themselves: RFC 3261 §21.6 and §16.7 (what 6xx means, and what a forking proxy does with one), and for 607 and 608 their own RFCs (RFC 8197 §3 and §4, RFC 8688 §3.3), which leave the code to normal 6xx processing.',
      ja: '概要表の「同じリクエストを再び送らない」は、それだけではそう定めていない節だけを根拠としていた。RFC 3261 §21.6・§16.7（6xx の意味と、フォークするプロキシが 6xx をどう扱うか）と、607 と 608 では、コードを 6xx の通常の処理に委ねているそれぞれの RFC（RFC 8197 §3・§4、RFC 8688 §3.3）である。',
    },
    now: {
      en: 'The row first cites RFC 3261 §7.2, which defines a 6xx as a request that cannot be fulfilled at any server, then the code\'s own sections (RFC 3261 §21.6.3; RFC 8197 §3 and §4; RFC 8688 §3.3).',
      ja: '6xx をどのサーバでも処理できないリクエストとする RFC 3261 §7.2 を最初に示し、続けてコード自体の節（RFC 3261 §21.6.3、RFC 8197 §3・§4、RFC 8688 §3.3）を示した。',
    },
    sources: [{ ref: 'RFC3261 §7.2', quote: '6xx: Global Failure -- the request cannot be fulfilled at any server.' }],
  },

  // Third reading, 480, 486, 600.
  {
    id: '480-summary-user-may-be-elsewhere',
    date: '2026-12-05',
    title: { en: '480: the user may still be reachable elsewhere', ja: '480：ユーザは別の場所でなら応答できる可能性がある' },
    pages: [{ code: 480 }, { comparisonsWith: 480 }],
    wrong: {
      en: 'The summary said that with 480 "nobody can take the request right now". RFC 3261 says the responder speaks for the place it was asked, and that the user could also be available elsewhere, unbeknownst to it.',
      ja: '要約は、480 では「現時点ではリクエストを受けられない」と、どこでも受けられないかのように書いていた。RFC 3261 によれば、応答側が示しているのは問い合わせを受けた場所のことであり、ユーザは応答側の知らない別の場所でなら応答できる可能性がある。',
    },
    now: {
      en: 'The user is known but cannot take the request where it was sent right now, and may still be reachable elsewhere (RFC 3261 §21.4.18).',
      ja: 'ユーザ自体は存在するが、送られた先では現時点でリクエストを受けられず、別の場所でなら応答できる可能性もある、とした（RFC 3261 §21.4.18）。',
    },
    sources: [{ ref: 'RFC3261 §21.4.18', quote: 'The user could also be available elsewhere (unbeknownst to this server).' }],
  },
  {
    id: '480-look-alikes-486-and-t9',
    date: '2026-12-05',
    title: { en: '480: what 486 means, and ring-no-answer on the telephone-network side', ja: '480：486 の意味と、電話網側で応答のない呼' },
    pages: [{ code: 480 }],
    wrong: {
      en: 'Both languages said 486 means the callee\'s device is "occupied with other calls", leaving out a callee who is not willing to take the call, gave the ISUP mappings as fact rather than as RFC 3398\'s recommendation, and said a gateway that gives up on a call still alerting "sends" 480, a SHOULD in RFC 3398. The English page also said "a call that rang without an answer belongs to 480" without limiting it to the telephone network, where RFC 3398 gives the rule.',
      ja: '両言語とも、486 を着信者の端末が「他の通話でふさがっている」ことだけとして呼を受けるつもりがない場合を落とし、ISUP との対応付けを RFC 3398 の推奨ではなく事実として書き、呼出し中のまま応答のない呼を打ち切るゲートウェイは 480 を「送る」としていたが、RFC 3398 ではこれは SHOULD である。英語版はさらに、規則を定めている RFC 3398 の範囲である電話網側に限らずに「呼び出したまま応答のない呼は 480 に当たる」としていた。',
    },
    now: {
      en: '486: the callee is not willing or able to take another call at that end system (RFC 3261 §21.4.24). On the telephone-network side, when a gateway\'s timer T9 runs out on a call still alerting, it SHOULD send 480 to SIP and cause 19 to ISUP (RFC 3398 §7.2.8); the cause mappings are those RFC 3398 §7.2.4.1 recommends.',
      ja: '486 は、着信者がその端末ではこれ以上の呼を受けるつもりがないか受けられないことを示す（RFC 3261 §21.4.24）。電話網側では、呼出し中のまま応答のない呼でゲートウェイのタイマ T9 が満了したとき、SIP 側に 480、ISUP 側に理由表示 19 を送るべきである（SHOULD、RFC 3398 §7.2.8）。理由表示の対応付けは RFC 3398 §7.2.4.1 が推奨するものとした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.24',
        quote: 'The callee\'s end system was contacted successfully, but the callee is currently not willing or able to take additional calls at this end system.',
      },
      {
        ref: 'RFC3398 §7.2.8',
        quote: 'A \'480 Temporarily Unavailable\' response code SHOULD be sent to the SIP network, and an REL message with cause value 19 (no answer from the user) SHOULD be sent to the ISUP network.',
      },
    ],
  },
  {
    id: '480-empty-target-set-should',
    date: '2026-12-05',
    title: { en: '480 for an expired registration is a SHOULD, and callers are the ones who get it', ja: '登録の切れた電話機への 480 は SHOULD であり、受け取るのは発信者である' },
    pages: [{ code: 480 }],
    wrong: {
      en: 'A fix said a phone whose registration ran out "gets 480 for every incoming call", and another that RFC 3261 §16.5 "produces 480" when the lookup finds nothing. The callers, not the phone, get the answer, and §16.5 requires an error response of which 480 is the recommended one.',
      ja: '対処法で、登録の切れた電話機は「着信がすべて 480 になる」とし、検索で何も見つからなければ RFC 3261 §16.5 に従って「480 が返る」としていた。応答を受け取るのは電話機ではなく発信者であり、§16.5 が求めているのはエラー応答を返すことで、480 はその推奨（SHOULD）である。',
    },
    now: {
      en: 'Calls to a phone whose binding has expired find no contact, and a proxy whose target set ends up empty SHOULD answer 480, so callers get it until the phone registers again. The lookup must use the canonical form of RFC 3261 §10.3, as RFC 3261 §16.5 requires.',
      ja: 'バインディングが失効した電話機への呼はコンタクトが見つからず、ターゲットセットが空になったプロキシは 480 を返すべきなので、再登録するまで発信者に 480 が返る、とした。検索には RFC 3261 §16.5 が求める RFC 3261 §10.3 の正規形を使う、とも記した。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.5',
        quote: 'If the target set remains empty after applying all of the above, the proxy MUST return an error response, which SHOULD be the 480 (Temporarily Unavailable) response.',
      },
      {
        ref: 'RFC3261 §16.5',
        quote: 'When accessing the location service constructed by a registrar, the Request-URI MUST first be canonicalized as described in Section 10.3 before being used as an index.',
      },
    ],
  },
  {
    id: '480-486-other-carrier-is-policy',
    date: '2026-12-05',
    title: { en: '480, 486: trying another carrier is a routing policy, not ruled out by the RFCs', ja: '480・486：別キャリアを試すかはルーティングポリシーであり、RFC は禁じていない' },
    pages: [{ code: 480 }, { code: 486 }],
    wrong: {
      en: 'The fixes said failing over to another carrier or trunk after 480 "is not" reasonable "because the user was found", and that after 486 the caller should "not fail over to another trunk or carrier, because the callee was reached", as if the RFCs ruled it out. RFC 3261 says a 4xx does not rule out success at a different server, and under RFC 3398\'s recommended mapping a gateway also answers 480 for cause 31 "normal, unspecified", which says nothing about the user being found.',
      ja: '対処法で、480 の後に別のキャリアやトランクへフェイルオーバーするのは「ユーザ自体は見つかっているから」筋違いだとし、486 の後は「着信者には到達しているので」別のトランクやキャリアへのフェイルオーバーは行わないとして、RFC がそれを禁じているかのように書いていた。RFC 3261 によれば 4xx は別のサーバでの成功を否定せず、RFC 3398 の推奨する対応付けではゲートウェイは理由表示 31（その他の正常クラス）にも 480 を返す。この場合の 480 はユーザが見つかったことを示さない。',
    },
    now: {
      en: 'Neither code is among the failures after which a client moves to the next server (RFC 3263 §4.3); trying another carrier or trunk after either is a routing policy of your own, not a rule of the RFCs. The 480 page adds the cause 31 mapping.',
      ja: 'どちらも、クライアントを次のサーバへ移らせる失敗には含まれない（RFC 3263 §4.3）。別のキャリアやトランクを試すかどうかは、RFC の規則ではなく各自のルーティングポリシーで決めることである、とした。480 のページには理由表示 31 の対応付けも記した。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).',
      },
      { ref: 'RFC3261 §21.4', quote: 'However, the same request to a different server might be successful.' },
      { ref: 'RFC3398 §7.2.4.1', quote: '31 normal unspecified 480 Temporarily unavailable' },
    ],
  },
  {
    id: '486-reject-caller-hears-busy-only-at-the-end',
    date: '2026-12-05',
    title: { en: '486: while other branches ring, the caller does not hear busy yet', ja: '486：他のブランチが鳴っている間、発信者にはまだ話中音は聞こえない' },
    pages: [{ code: 486 }],
    wrong: {
      en: 'A scenario said that when one softphone answers 486 to a reject button, "the caller hears a busy signal while the user\'s other devices, on separate branches, keep ringing". A forking proxy does not forward a 4xx at once: it stores it and sends a final response only when all branches have ended.',
      ja: 'シナリオで、ソフトフォンが拒否ボタンで 486 を返すと「発信者には話中音が聞こえ、別ブランチにあるユーザの他の端末は鳴り続ける」としていた。フォーキングプロキシは 4xx をすぐには転送せず、保持しておき、すべてのブランチが終わってから最終応答を送る。',
    },
    now: {
      en: 'Only the softphone\'s branch ends; the proxy holds the 486 while the other devices ring, and the caller hears busy only if none of them answers and the proxy picks the 486 as its final response (RFC 3261 §16.7).',
      ja: '終わるのはソフトフォンのブランチだけである。他の端末が鳴っている間プロキシは 486 を保持し、発信者に話中音が聞こえるのは、どの端末も応答せず、プロキシが最終応答としてこの 486 を選んだ場合だけである、とした（RFC 3261 §16.7）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'Final responses received are stored in the response context until a final response is generated on the server transaction associated with this context.',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'A stateful proxy MUST send a final response to a response context\'s server transaction if no final responses have been immediately forwarded by the above rules and all client transactions in this response context have been terminated.',
      },
    ],
  },
  {
    id: '486-isup-17-recommended',
    date: '2026-12-05',
    title: { en: '486 and ISUP cause 17: a recommended mapping', ja: '486 と ISUP の理由表示 17：推奨される対応付け' },
    pages: [{ code: 486 }],
    wrong: {
      en: 'The page said that at PSTN gateways 486 and cause 17 "map onto each other", as if every gateway did so.',
      ja: 'PSTN ゲートウェイでは 486 と理由表示 17 が「相互に対応付けられる」と、どのゲートウェイもそうするかのように書いていた。',
    },
    now: {
      en: 'In the mappings RFC 3398 recommends, 486 and cause 17 map onto each other (RFC 3398 §7.2.4.1, §8.2.6.1).',
      ja: 'RFC 3398 が推奨する対応付けでは、486 と理由表示 17 が相互に対応する、とした（RFC 3398 §7.2.4.1、§8.2.6.1）。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
    ],
  },
  {
    id: '600-flow-phone-set-to-answer-600',
    date: '2026-12-05',
    title: { en: '600: the call flow shows a phone set to answer 600, not an ordinary busy phone', ja: '600：コールフローは 600 を返す設定の電話機であり、通常の話中の電話機ではない' },
    pages: [{ code: 600 }],
    wrong: {
      en: 'The call flow\'s caption had a desk phone answer 600 simply because it was busy on another call, although the user also had a softphone. For an ordinary busy phone RFC 3261 asks for 486, and 600 only when the UAS knows no other end system can accept the call.',
      ja: 'コールフローの説明では、ユーザがソフトフォンも持っているのに、卓上電話機が別の通話中だというだけで 600 を返していた。通常の話中について RFC 3261 が求めているのは 486 であり、600 は他のどの端末も呼を受けられないと UAS が知っている場合である。',
    },
    now: {
      en: 'The desk phone is set to answer 600 when busy, as in the page\'s "busy on busy" scenario; the rest of the flow is unchanged.',
      ja: '卓上電話機は、ページのシナリオにある `busy on busy` のように、話中時に 600 を返す設定であるとした。フローのそれ以外の部分は変えていない。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A 486 (Busy Here) SHOULD be returned in such a scenario. If the UAS knows that no other end system will be able to accept this call, a 600 (Busy Everywhere) response SHOULD be sent instead.',
      },
    ],
  },
  {
    id: 'guides-486-600-603-other-trunk-is-policy',
    date: '2026-12-05',
    title: { en: '486 vs 600, 486 vs 603: after a 486, trying another trunk is a routing policy', ja: '486 と 600、486 と 603：486 の後に別のトランクを試すかはルーティングポリシーである' },
    pages: [{ compare: [486, 600] }, { compare: [486, 603] }],
    wrong: {
      en: 'The guides said neither code is a reason to fail over to another trunk or carrier "because the callee was reached", as if the RFCs ruled it out for 486 as well.',
      ja: '解説は、着信者には到達しているので、どちらのコードも別のトランクやキャリアへフェイルオーバーする理由にはならないとし、486 についても RFC がそれを禁じているかのように書いていた。',
    },
    now: {
      en: 'Neither is among the failures after which RFC 3263 §4.3 has a client move to the next server; a 600 or 603 also claims that no other end point will answer, while trying another trunk after a 486 is a routing policy of your own (RFC 3261 §21.4 notes that a 4xx does not rule out another server).',
      ja: 'どちらも、RFC 3263 §4.3 がクライアントに次のサーバへ移らせる失敗には含まれない。600 や 603 は他のどのエンドポイントも応答しないことも示すが、486 の後に別のトランクを試すかどうかは各自のルーティングポリシーである、とした（RFC 3261 §21.4 によれば、4xx は別のサーバでの成功を否定しない）。',
    },
    sources: [
      { ref: 'RFC3261 §21.4', quote: 'However, the same request to a different server might be successful.' },
      {
        ref: 'RFC3261 §21.6.1',
        quote: 'This status response is returned only if the client knows that no other end point (such as a voice mail system) will answer the request.',
      },
    ],
  },
  {
    id: 'guide-480-vs-503-route-can-send-480',
    date: '2026-12-05',
    title: { en: '480 vs 503 guide: a 480 can come from the route, and a second trunk is a policy choice', ja: '480 と 503 の解説：480 は経路から来ることもあり、二本目のトランクを試すかは方針の問題' },
    pages: [{ compare: [480, 503] }],
    wrong: {
      en: 'The guide said failing over to another server or carrier "is not the remedy" for 480, that "another carrier leads to the same user in the same state", and that rerouting to a second trunk "only reaches the same unavailable user again". Under RFC 3398\'s recommended mapping a gateway also answers 480 for cause 31 "normal, unspecified", which comes from the route, not from the user.',
      ja: '480 では別のサーバやキャリアへフェイルオーバーしても「解決しない」、「別のキャリアを通しても同じ状態の同じユーザにたどり着く」、二本目のトランクへ迂回しても「同じユーザにもう一度たどり着くだけである」としていた。RFC 3398 の推奨する対応付けでは、ゲートウェイは理由表示 31（その他の正常クラス）にも 480 を返し、これはユーザではなく経路から来る応答である。',
    },
    now: {
      en: '480 is not among the failures that send a client to another server (RFC 3263 §4.3); another carrier reaches the same user in the same state when the 480 came from the callee\'s device or the user\'s own proxy, and rerouting is a routing policy of your own (RFC 3261 §21.4), which can help when the 480 came from the route itself.',
      ja: '480 はクライアントを別のサーバへ移らせる失敗に含まれない（RFC 3263 §4.3）。着信者の端末やユーザ自身のプロキシが返した 480 なら別のキャリアでも同じユーザにたどり着くが、迂回するかどうかは各自のルーティングポリシーであり（RFC 3261 §21.4）、480 が経路そのものから来た場合は迂回が役立ちうる、とした。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: '31 normal unspecified 480 Temporarily unavailable' },
      { ref: 'RFC3261 §21.4', quote: 'However, the same request to a different server might be successful.' },
    ],
  },
  {
    id: 'guide-408-vs-480-ring-no-answer-is-480',
    date: '2026-12-05',
    title: { en: '408 vs 480 guide: from the PSTN, a call that rang without an answer arrives as 480', ja: '408 と 480 の解説：PSTN で呼び出したが応答のなかった呼は 480 として届く' },
    pages: [{ compare: [408, 480] }],
    wrong: {
      en: 'The guide\'s summary said a ring-no-answer from the PSTN "can arrive as either" 408 or 480 "because RFC 3398 maps cause 18 to 408 and cause 19 to 480", and the body gave the mappings as fact. Cause 19 is the one for a user who was alerted and did not answer; RFC 3398 recommends these mappings.',
      ja: '解説の要約は、RFC 3398 が理由表示 18 を 408 に、19 を 480 に対応付けているため「PSTN からの呼出し無応答はどちらのコードでも届きうる」とし、本文も対応付けを事実として書いていた。呼び出されたが応答しなかった場合の理由表示は 19 であり、RFC 3398 はこれらの対応付けを推奨している。',
    },
    now: {
      en: 'Under the mapping RFC 3398 recommends, a call that rang without an answer (cause 19) arrives as 480, and cause 18 "no user responding" as 408, and the body gives the mappings as RFC 3398\'s recommendation.',
      ja: 'RFC 3398 が推奨する対応付けでは、呼び出したが応答のなかった呼（理由表示 19）は 480 として、理由表示 18（着ユーザレスポンスなし）は 408 として届く、とした。本文の対応付けも RFC 3398 の推奨として記した。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: '18 no user responding 408 Request Timeout 19 no answer from the user 480 Temporarily unavailable' },
      {
        ref: 'RFC3398 §7.2.8',
        quote: 'Usually, this means that the callee\'s terminal has been alerted for many rings but has not been answered.',
      },
    ],
  },

  // Third reading, 404, 401, 407, 488.
  {
    id: '407-gateway-guarding-a-channel',
    date: '2026-12-05',
    title: { en: '407: also sent by an element guarding a channel, such as a gateway', ja: '407：ゲートウェイのように通信路へのアクセスを管理する装置も送る' },
    pages: [...withComparisons(407), { code: 401 }],
    wrong: {
      en: 'The facts table gave a proxy as the only typical sender of 407, the 407 and 401 pages and the summary of the 401 vs 407 guide said a 407 comes from a proxy while user agent servers and registrars use 401, and a fix told servers to challenge with 407 "only when acting as a proxy". RFC 3261 §21.4.8 also allows 407 where access to the communication channel, a telephony gateway for example, rather than the callee needs authentication.',
      ja: '概要表は 407 の主な送信元をプロキシだけとし、407 と 401 のページと 401 と 407 の解説の要約は、407 はプロキシから来て UAS とレジストラは 401 を使うとしていた。対処法でも、407 でチャレンジするのは「プロキシとして動くときだけ」としていた。RFC 3261 §21.4.8 は、着信者ではなく通信路へのアクセス（たとえば電話網ゲートウェイ）に認証が必要な場合にも 407 を使えるとしている。',
    },
    now: {
      en: 'Typically sent by: a proxy and a gateway (RFC 3261 §21.4.8). A 407 comes from a proxy on the path or from an element that guards access to a channel, such as a telephony gateway; user agent servers, registrars and redirect servers challenge with 401, and proxies MUST NOT.',
      ja: '主な送信元をプロキシとゲートウェイとした（RFC 3261 §21.4.8）。407 は経路上のプロキシ、または電話網ゲートウェイのように通信路へのアクセスを管理する装置から来る。UAS・レジストラ・リダイレクトサーバは 401 でチャレンジし、プロキシは 401 を使ってはならない。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.8',
        quote: 'This status code can be used for applications where access to the communication channel (for example, a telephony gateway) rather than the callee requires authentication.',
      },
      {
        ref: 'RFC3261 §22.1',
        quote: 'Additionally, registrars and redirect servers MAY make use of 401 (Unauthorized) responses for authentication, but proxies MUST NOT, and instead MAY use the 407 (Proxy Authentication Required)',
      },
    ],
  },
  {
    id: '401-407-one-challenge-per-algorithm',
    date: '2026-12-05',
    title: { en: '401 and 407: one server may offer a challenge per digest algorithm', ja: '401・407：1 つのサーバがダイジェストのアルゴリズムごとにチャレンジを入れることがある' },
    pages: [{ code: 401 }, { code: 407 }],
    wrong: {
      en: 'The header notes said several WWW-Authenticate or Proxy-Authenticate values appear when a forking proxy has merged the challenges of several branches (on 407, "one for each proxy that challenged"), and the 401 page named MD5 and SHA-256 as the digest algorithms. Since RFC 8760 one server may offer several challenges for the same realm, one per algorithm, and any algorithm of the IANA registry may be used, SHA-512-256 among them.',
      ja: 'ヘッダの説明では、WWW-Authenticate や Proxy-Authenticate が複数入るのは、フォーキングしたプロキシが複数のブランチのチャレンジをまとめた場合であるとし（407 では「チャレンジしたプロキシの数だけ」）、401 のページはダイジェストのアルゴリズムとして MD5 と SHA-256 だけを挙げていた。RFC 8760 以降、1 つのサーバが同じレルムについてアルゴリズムごとに複数のチャレンジを入れてよく、IANA レジストリにあるアルゴリズム（SHA-512-256 を含む）を使える。',
    },
    now: {
      en: 'Several values also appear when the server offers one per algorithm for the same realm, the preferred one first (RFC 8760 §2.3); the client SHOULD use the topmost one it supports (RFC 8760 §2.4). The algorithm is MD5 by default, or one of the IANA registry such as SHA-256 or SHA-512-256 (RFC 8760 §2.1).',
      ja: 'サーバが同じレルムについてアルゴリズムごとに 1 つずつ、優先するものを先頭にして入れた場合にも複数の値が入り（RFC 8760 §2.3）、クライアントは対応しているもののうち最も上にあるものを使うべきである（RFC 8760 §2.4）とした。アルゴリズムは既定では MD5 で、SHA-256 や SHA-512-256 など IANA レジストリにあるものも使える（RFC 8760 §2.1）とした。',
    },
    sources: [
      { ref: 'RFC8760 §2.3', quote: 'The UAS MAY add multiple WWW-Authenticate/Proxy-Authenticate header fields to allow the UAS to utilize the best available algorithm supported by the client.' },
      {
        ref: 'RFC8760 §2.4',
        quote: 'When the UAC receives a response with multiple WWW-Authenticate/ Proxy-Authenticate header fields with the same realm, it SHOULD use the topmost header field that it supports unless a local policy dictates otherwise.',
      },
      { ref: 'RFC8760 §2.1', quote: 'This document extends [RFC3261] to allow use of any algorithm listed in the "Hash Algorithms for HTTP Digest Authentication" IANA registry.' },
    ],
  },
  {
    id: '401-second-challenge-other-realm',
    date: '2026-12-05',
    title: { en: '401: a second challenge in another realm is not a refusal', ja: '401：別のレルムでの 2 度目のチャレンジは拒否ではない' },
    pages: [{ code: 401 }],
    wrong: {
      en: 'The description and the note on Authorization said that a new 401 to a request that carried credentials means they were refused or the nonce went stale, while the page\'s own forking scenario has the device in another realm answer the retried request with a new challenge.',
      ja: '説明と Authorization の注記では、認証情報を付けたリクエストに再び 401 が返れば、認証情報が拒否されたか nonce が期限切れになったとしていたが、同じページのフォーキングの事例では、別のレルムの端末が再送されたリクエストに新しいチャレンジを返している。',
    },
    now: {
      en: 'A second 401 naming the same realm means the credentials were refused, unless the nonce was stale; one naming another realm is a new challenge, for example from another branch of a forked request. The rule against sending credentials again (MUST NOT) applies to those that were refused (RFC 3261 §22.1).',
      ja: '同じレルムを示す 2 度目の 401 は、nonce の期限切れでない限り認証情報の拒否を意味し、別のレルムを示す 401 は、フォーキングされたリクエストの別の分岐からのものなど、新しいチャレンジであるとした。認証情報を再び送ってはならない（MUST NOT）という規則は、拒否された認証情報に対するものであるとした（RFC 3261 §22.1）。',
    },
    sources: [
      { ref: 'RFC3261 §22.1', quote: 'The realm string alone defines the protection domain.' },
      {
        ref: 'RFC3261 §22.1',
        quote: 'A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though the request may be retried if the nonce was stale).',
      },
      {
        ref: 'RFC3261 §22.3',
        quote: 'When resubmitting its request in response to a 401 (Unauthorized) or 407 (Proxy Authentication Required) that contains multiple challenges, a UAC MAY include an Authorization value for each WWW-Authenticate value',
      },
    ],
  },
  {
    id: '407-not-every-call-challenged',
    date: '2026-12-05',
    title: { en: '407: not every call has to be challenged', ja: '407：すべての呼がチャレンジされるとは限らない' },
    pages: [{ code: 407 }],
    wrong: {
      en: 'A scenario said that, behind a softswitch that challenges INVITE as a proxy, "every outgoing call" starts INVITE, 407, ACK, INVITE, 100 Trying.',
      ja: 'プロキシとして INVITE をチャレンジするソフトスイッチの配下では、「発信のたびに」トレースに INVITE、407、ACK、INVITE、100 Trying が並ぶとしていた。',
    },
    now: {
      en: 'A call placed without credentials shows that sequence. A UA configured with the realm of its outbound proxy MAY cache the credentials across dialogs, so a phone that sends them from the first INVITE may show no 407 at all.',
      ja: '認証情報を付けずに発信した呼ではその並びになるとした。アウトバウンドプロキシのレルムを設定された UA はその認証情報をダイアログをまたいでキャッシュしてよく、最初の INVITE から認証情報を付けて送る電話機では 407 が現れないこともあるとした。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.3',
        quote: 'however, if a UA is configured with the realm of its local outbound proxy, when one exists, then the UA MAY cache credentials for that realm across dialogs.',
      },
    ],
  },
  {
    id: '404-retry-after-dial-plan-best-response',
    date: '2026-12-05',
    title: { en: '404: Retry-After, dial-plan digits and the response a forking proxy forwards', ja: '404：Retry-After、ダイヤルプランに合わない桁列、フォーキングプロキシが転送する応答' },
    pages: [{ code: 404 }],
    wrong: {
      en: 'The Japanese note on Retry-After said it tells the caller when it may retry, which neither RFC 3261 §20.33 nor the English note says. A fix said that digits matching no entry of a PBX or carrier dial plan "are answered as an address that does not exist", as if every such server answered 404. The description said that when every branch fails a forking proxy "normally" returns a response of the lowest class, although it MUST choose a 6xx when it received one.',
      ja: '日本語の Retry-After の注記は、再試行してよい時期を伝えるとしていたが、RFC 3261 §20.33 にも英語の注記にもその記述はない。対処法では、PBX や事業者のダイヤルプランのどの項目にも一致しない桁列は「存在しないアドレスとして扱われる」と、どのサーバも 404 を返すかのように書いていた。説明では、すべての分岐が失敗するとフォーキングプロキシは「通常は」最も低いクラスの応答を返すとしていたが、6xx を受け取っていれば 6xx を選ばなければならない。',
    },
    now: {
      en: 'Retry-After on a 404 says when the called party expects to be available again. A 404 says no such user exists at the address as sent, so digits in a format the dial plan does not match can draw it; correct them first, since after a 4xx the client SHOULD NOT retry the same request unmodified. A forking proxy forwards a 6xx if it received one, and otherwise SHOULD choose from the lowest class.',
      ja: '404 の Retry-After は、着信側が再び到達可能になる見込みの時刻を示すとした。404 は送られたとおりのアドレスにそのユーザが存在しないことを示すので、ダイヤルプランに合わない形式の桁列には 404 が返りうるとし、4xx の後は同じリクエストを修正せずに再試行すべきではないため、桁を直してから送り直すとした。フォーキングプロキシは 6xx を受け取っていればそれを転送し、そうでなければ最も低いクラスから選ぶべきであるとした。',
    },
    sources: [
      { ref: 'RFC3261 §20.33', quote: 'with a 404 (Not Found), 413 (Request Entity Too Large), 480 (Temporarily Unavailable), 486 (Busy Here), 600 (Busy), or 603 (Decline) response to indicate when the called party anticipates being available again.' },
      { ref: 'RFC3261 §21.4', quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).' },
      {
        ref: 'RFC3261 §16.7',
        quote: 'It MUST choose from the 6xx class responses if any exist in the context. If no 6xx class responses are present, the proxy SHOULD choose from the lowest response class stored in the response context.',
      },
    ],
  },
  {
    id: '488-confused-codes-6xx-gateway',
    date: '2026-12-05',
    title: { en: '488: no "regularly sent in its place"; what a 6xx does; RFC 3398 recommends', ja: '488：「誤って送られがち」を削除、6xx の扱い、RFC 3398 の推奨' },
    pages: [{ code: 488 }],
    wrong: {
      en: 'The description said two other codes "are regularly sent in its place", a frequency with no source; that 603, as a 6xx, "ends every branch", where RFC 3261 §16.7 says a proxy SHOULD cancel the pending branches; that ISUP causes 65 and 70 "arrive as 488", where RFC 3398 gives the mapping as recommended; and that 488 is for SDP describing "nothing the UAS can do", where the meaning it shares with 606 is that some aspects of the session are not acceptable.',
      ja: '説明では、488 の代わりに「誤って送られがち」なコードが二つあるとしていたが、この頻度に出典はない。また、603 は 6xx として「すべてのブランチを終わらせる」としていたが、RFC 3261 §16.7 ではプロキシが応答待ちのブランチをキャンセルすべき（SHOULD）とされている。ISUP の理由表示 65 と 70 は 488 に「変換される」としていたが、RFC 3398 はこの対応を推奨としている。488 は SDP に「UAS が実現できるものが何もない」場合としていたが、488 が 606 と共有する意味は、セッション記述の一部が受け入れられないことである。',
    },
    now: {
      en: 'Two codes "can be mistaken for it". On a 6xx a forking proxy SHOULD cancel its other branches and forwards the 6xx in preference to any other failure. RFC 3398 recommends that a gateway answer 488 for causes 65 and 70. 488 is for SDP that describes a session the UAS will not accept.',
      ja: '488 と「取り違えやすい」コードが二つあるとした。6xx を受けたフォーキングプロキシは他のブランチをキャンセルすべきであり、他のどの失敗応答よりも優先して 6xx を転送するとした。RFC 3398 は理由表示 65 と 70 に対してゲートウェイが 488 を返すことを推奨しているとした。488 は、SDP に記述されたセッションを UAS が受け入れない場合であるとした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      {
        ref: 'RFC3261 §21.6.4',
        quote: "The user's agent was contacted successfully but some aspects of the session description such as the requested media, bandwidth, or addressing style were not acceptable.",
      },
    ],
  },

  // Third reading, 487, 603, 481.
  {
    id: '487-should-stated-as-fact',
    date: '2026-12-05',
    title: { en: '487: four RFC 3261 recommendations were stated as facts', ja: '487：RFC 3261 の四つの推奨を事実として書いていた' },
    pages: [{ code: 487 }],
    wrong: {
      en: 'The description said that after a 6xx "the same happens to every pending branch" (the proxy cancels it and each phone answers 487), that a client which has sent CANCEL "treats" the INVITE as cancelled after 64*T1, and that a CANCEL matching nothing "is answered" 481, all as plain facts. RFC 3261 makes each of these a SHOULD; only the cancelling of the other branches after forwarding a 2xx is a MUST.',
      ja: '説明文で、6xx を受けた後は「応答待ちのブランチで同じことが起きる」（プロキシがキャンセルし、各電話機が 487 を返す）、CANCEL を送ったクライアントは 64*T1 の後に INVITE をキャンセル済みと「みなす」、何とも一致しない CANCEL には 481 が「返る」と、いずれも事実として書いていた。RFC 3261 はこれらをすべて SHOULD としている。MUST なのは、2xx を転送した後に他のブランチをキャンセルすることだけである。',
    },
    now: {
      en: 'Each carries RFC 3261\'s own strength: the proxy MUST cancel the other branches once it forwards a 2xx and SHOULD on a 6xx (§16.7); the phone SHOULD answer the cancelled INVITE with 487 (§9.2); the client SHOULD consider the INVITE cancelled after 64*T1 (§9.1); the UAS SHOULD answer an unmatched CANCEL with 481 (§9.2).',
      ja: 'それぞれ RFC 3261 の強さで書いた。プロキシは 2xx を転送したら他のブランチをキャンセルしなければならず、6xx のときはキャンセルすべきである（§16.7）。電話機はキャンセルされた INVITE に 487 を返すべきであり（§9.2）、クライアントは 64*T1 の後に INVITE をキャンセル済みとみなすべきであり（§9.1）、UAS は一致しない CANCEL に 481 を返すべきである（§9.2）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'A proxy SHOULD also generate a CANCEL request for all pending client transactions associated with this response context when it receives a 6xx response.',
      },
      { ref: 'RFC3261 §9.2', quote: 'If the original request was an INVITE, the UAS SHOULD immediately respond to the INVITE with a 487 (Request Terminated).' },
      {
        ref: 'RFC3261 §9.1',
        quote: 'If there is no final response for the original request in 64*T1 seconds (T1 is defined in Section 17.1.1.1), the client SHOULD then consider the original transaction cancelled and SHOULD destroy the client transaction handling the original request.',
      },
      {
        ref: 'RFC3261 §9.2',
        quote: 'If the UAS did not find a matching transaction for the CANCEL according to the procedure above, it SHOULD respond to the CANCEL with a 481 (Call Leg/Transaction Does Not Exist).',
      },
    ],
  },
  {
    id: '603-calling-again-not-limited',
    date: '2026-12-05',
    title: { en: '603: RFC 3261 does not limit calling again to the Retry-After time', ja: '603：RFC 3261 はかけ直しを Retry-After の時刻に限っていない' },
    pages: [{ code: 603 }, { compare: [486, 603] }],
    wrong: {
      en: 'A fix on the 603 page said "Retry only if Retry-After says when, and not before that time", and the 486 vs 603 guide said a Retry-After in a 603 "names the earliest time worth another attempt". RFC 3261 only says that a 603 MAY indicate a better time to call in Retry-After: it forbids no retry and sets no earliest time. The facts tables had already been corrected; these two sentences kept the old rule. The fix also ruled out other "routes" to the callee, which the section does not speak of: it speaks of other end points.',
      ja: '603 のページの対処法は「再試行は Retry-After で時刻が示された場合に限り、その時刻より前には行わない」とし、486 と 603 の比較ページは 603 の Retry-After を「次の発信に意味のある最も早い時刻」としていた。RFC 3261 が定めるのは、603 が Retry-After でより適切な発信時刻を示してもよい（MAY）ことだけであり、再試行を禁じても、最も早い時刻を定めてもいない。概要表はすでに訂正していたが、この二文には古い規則が残っていた。また対処法は同じ着信者への別の「経路」も試さないよう求めていたが、この節が示しているのは他のエンドポイントのことであり、経路には触れていない。',
    },
    now: {
      en: 'Do not try other contacts of the same callee, since a 603 is returned only when it is known that no other end point will answer. RFC 3261 sets no rule on calling again: the 603 MAY carry a Retry-After with a better time to call, the time at which the called party expects to be available again (RFC 3261 §20.33).',
      ja: '603 は他のどのエンドポイントも応答しないとわかっている場合にだけ返されるので、同じ着信者の他のコンタクトは試さない。再試行について RFC 3261 は規則を定めていない。603 は Retry-After でより適切な発信時刻を示してもよく、それは着信者が再び応対できると見込む時刻である（RFC 3261 §20.33）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6.2',
        quote: 'The response MAY indicate a better time to call in the Retry-After header field. This status response is returned only if the client knows that no other end point will answer the request.',
      },
      { ref: 'RFC3261 §20.33', quote: 'or 603 (Decline) response to indicate when the called party anticipates being available again.' },
    ],
  },

  {
    id: 'guide-486-vs-487-cancel-downstream',
    date: '2026-12-05',
    title: { en: '486 vs 487 guide: a genuine 487 can come without a CANCEL on the caller\'s hop', ja: '486 と 487 の比較：発信者側のホップに CANCEL がない正当な 487 もある' },
    pages: [{ compare: [486, 487] }],
    wrong: {
      en: 'The guide said "A genuine 487 has a CANCEL before it on the same hop", so that a 487 without one meant the sender was misusing the code. When a proxy\'s Timer C fires on a ringing branch, the proxy itself sends the CANCEL downstream, and the caller receives a 487 on a hop that carried no CANCEL.',
      ja: '比較ページは「正当な 487 なら、同じホップでその前に CANCEL が送られている」とし、CANCEL がなければ送信側の誤用だとしていた。鳴動中のブランチでプロキシのタイマ C が満了すると、プロキシ自身が下流へ CANCEL を送るため、発信者は CANCEL の通らなかったホップで 487 を受け取る。',
    },
    now: {
      en: 'A genuine 487 has a CANCEL before it: on the same hop when the caller cancelled, and only downstream when a proxy cancelled on its own, which a stateful proxy MAY do at any time (RFC 3261 §16.10), for example because its Timer C fired (RFC 3261 §16.8). Only when no hop shows one, and neither Expires nor a BYE explains it, is the code misused.',
      ja: '正当な 487 の前には CANCEL がある。発信者がキャンセルした場合は同じホップに、プロキシが自らキャンセルした場合はそのプロキシより下流にだけ現れる。ステートフルプロキシは自分が生成したリクエストをいつキャンセルしてもよく（MAY、RFC 3261 §16.10）、タイマ C の満了はその一例である（RFC 3261 §16.8）。どのホップにも CANCEL がなく、Expires や BYE でも説明できない場合に限って、コードの誤用である。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.8',
        quote: 'If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request matching that transaction.',
      },
      {
        ref: 'RFC3261 §16.10',
        quote: 'A stateful proxy MAY generate a CANCEL to any other request it has generated at any time (subject to receiving a provisional response to that request as described in section 9.1).',
      },
    ],
  },

  // Third reading, 408, 503, 500.
  {
    id: '408-methods-invite-only',
    date: '2026-12-05',
    title: { en: '408 answers INVITE only; the sections behind its senders', ja: '408 が答えるのは INVITE だけ。送信元の出典' },
    pages: withComparisons(408),
    wrong: {
      en: 'The facts table said "Requests it answers: Any; the RFCs name INVITE", citing RFC 3261 §21.4.9, which names no method, next to RFC 4320 §4.2, which rules out every other method, and comparisons said the RFCs restrict 408 to no particular method. RFC 4320 §4.2 forbids a transaction-stateful element to send 408 to any request other than INVITE. The senders cited RFC 3261 §8.1.3.1, which is about the client treating its own timeout as a 408, and §16.8 rather than §16.7, the section where the proxy MUST send 408.',
      ja: '概要表は「対象のリクエスト：制限なし（RFC が挙げるのは INVITE）」とし、メソッドに触れていない RFC 3261 §21.4.9 を、INVITE 以外のメソッドを除外する RFC 4320 §4.2 と並べて出典に挙げていた。比較ページも、RFC は 408 を特定のメソッドに限定していないとしていた。RFC 4320 §4.2 は、トランザクションステートフルな装置が INVITE 以外のリクエストに 408 を送ることを禁じている。また送信元の出典に、クライアントが自分のタイムアウトを 408 として扱うことを定めた RFC 3261 §8.1.3.1 と、プロキシに 408 の送信を義務づける §16.7 ではなく §16.8 を挙げていた。',
    },
    now: {
      en: 'INVITE only (RFC 4320 §4.2). A 408 that a stack reports for its own Timer F on a REGISTER or OPTIONS is not a response anyone sent, as the page explains. The senders cite RFC 3261 §21.4.9, §16.7 and RFC 3398 §7.2.4.1.',
      ja: 'INVITE だけとした（RFC 4320 §4.2）。REGISTER や OPTIONS について自分のタイマ F の満了をスタックが 408 として報告するのは、誰かが送った応答ではない。このことはページ本文で説明している。送信元の出典は RFC 3261 §21.4.9、§16.7、RFC 3398 §7.2.4.1 とした。',
    },
    sources: [
      { ref: 'RFC4320 §4.2', quote: 'A transaction-stateful SIP element MUST NOT send a response with Status-Code of 408 to a non-INVITE request.' },
      {
        ref: 'RFC3261 §21.4.9',
        quote: 'The server could not produce a response within a suitable amount of time, for example, if it could not determine the location of the user in time.',
      },
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
    ],
  },
  {
    id: '408-timer-c-ringing-and-transport-errors',
    date: '2026-12-05',
    title: { en: '408: Timer C on a ringing branch leads to CANCEL; a refused connection is a 503', ja: '408：呼出し中のブランチでタイマ C が満了すると CANCEL になり、接続拒否は 503 になる' },
    pages: [{ code: 408 }],
    wrong: {
      en: 'A fix said to keep Timer C above three minutes "so that calls which are merely ringing long are not cut off as timeouts", implying a 408; when Timer C fires on a branch that has had a provisional response, the proxy sends CANCEL instead. A scenario counted a server "that is down" among the causes of a locally reported 408, although an ICMP error or a refused TCP connection is a transport error, which the stack treats as 503.',
      ja: '対処法で、タイマ C を 3 分より長く保つのは「長く呼び出しているだけの呼がタイムアウトとして切られないようにする」ためとし、408 になるかのように書いていた。暫定応答を受けたブランチでタイマ C が満了すると、プロキシは 408 ではなく CANCEL を送る。また事例では、ローカルで報告される 408 の原因に「停止中のサーバ」を含めていたが、ICMP エラーや TCP 接続の拒否はトランスポートエラーであり、スタックは 503 として扱う。',
    },
    now: {
      en: 'Timer C must be larger than three minutes (RFC 3261 §16.6); when it fires, a branch with no provisional response is treated as a 408, and a ringing branch gets a CANCEL (RFC 3261 §16.8). The scenario names a host that never answers over UDP, and says that an ICMP error or a refused TCP connection is treated as 503 (RFC 3261 §8.1.3.1).',
      ja: 'タイマ C は 3 分より長くなければならない（RFC 3261 §16.6）。満了すると、暫定応答のないブランチは 408 として扱われ、呼出し中のブランチには CANCEL が送られる（RFC 3261 §16.8）。事例は UDP でまったく応答しないホストの場合とし、ICMP エラーや TCP 接続の拒否は 503 として扱われることを加えた（RFC 3261 §8.1.3.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.8',
        quote: 'If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request matching that transaction. If the client transaction has not received a provisional response, the proxy MUST behave as if the transaction received a 408 (Request Timeout) response.',
      },
      {
        ref: 'RFC3261 §8.1.3.1',
        quote: 'If a fatal transport error is reported by the transport layer (generally, due to fatal ICMP errors in UDP or connection failures in TCP), the condition MUST be treated as a 503 (Service Unavailable) status code.',
      },
    ],
  },
  {
    id: '408-480-rfc-3398-recommends',
    date: '2026-12-05',
    title: { en: '408, 408 vs 480: the ISUP mappings are recommendations, and ring-no-answer is 480', ja: '408、408 と 480 の比較：ISUP との対応付けは推奨であり、呼出し無応答は 480' },
    pages: [{ code: 408 }, { compare: [408, 480] }],
    wrong: {
      en: 'The 408 page said "Gateways map" cause 18 to 408 and cause 19 to 480 and that RFC 3398 §7.2.8 "has" a gateway send 480 on ring-no-answer, as plain fact. The 408 vs 480 guide still said a ring-no-answer from the PSTN "can arrive as either", which was corrected on the code pages on 2026-12-04.',
      ja: '408 のページは、ゲートウェイは理由表示 18 を 408 に、19 を 480 に「対応付ける」とし、呼出し無応答のときは RFC 3398 §7.2.8 によりゲートウェイが 480 を「送る」と、事実として書いていた。408 と 480 の比較ページの要約には、PSTN からの呼出し無応答は「どちらのコードでも届きうる」という記述が残っていた。コードのページでは 2026-12-04 に訂正済みである。',
    },
    now: {
      en: 'RFC 3398 recommends mapping cause 18 to 408 and cause 19 to 480 (§7.2.4.1), and says a gateway whose Timer T9 expires SHOULD send 480 to SIP and cause 19 to ISUP (§7.2.8). The guide says a PSTN ring-no-answer (cause 19) arrives as 480 under that mapping.',
      ja: 'RFC 3398 は理由表示 18 を 408 に、19 を 480 に対応付けることを推奨し（§7.2.4.1）、タイマ T9 が満了したゲートウェイは SIP 側に 480、ISUP 側に理由表示 19 を送るべきである（SHOULD）としている（§7.2.8）。比較ページでは、この対応付けのもとで PSTN からの呼出し無応答（理由表示 19）は 480 として届くとした。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      {
        ref: 'RFC3398 §7.2.8',
        quote: "A '480 Temporarily Unavailable' response code SHOULD be sent to the SIP network, and an REL message with cause value 19 (no answer from the user) SHOULD be sent to the ISUP network.",
      },
    ],
  },
  {
    id: 'guide-408-vs-504-other-carrier-and-isup',
    date: '2026-12-05',
    title: { en: '408 vs 504 guide: trying another carrier after a 408 is a policy; the ISUP mapping is a recommendation', ja: '408 と 504 の比較：408 の後で別キャリアを試すかはポリシー、ISUP との対応付けは推奨' },
    pages: [{ compare: [408, 504] }],
    wrong: {
      en: 'The guide said of a 408 to an initial INVITE that "another carrier will not reach a phone that is switched off", as if a received 408 meant a phone switched off and ruled out another route, and it stated the cause 18 and 102 mappings as what every gateway does.',
      ja: '最初の INVITE への 408 について「電源の切れた電話機には別の通信事業者を経由しても届かない」とし、受信した 408 が電源断を意味し、別ルートを試す意味がないかのように書いていた。また、理由表示 18 と 102 の対応付けを、どのゲートウェイもそうするかのように書いていた。',
    },
    now: {
      en: 'A 408 that arrived is not among the failures after which RFC 3263 §4.3 moves a client to the next server, so trying another carrier is a routing policy of your own; the cause 18 and 102 mappings are the ones RFC 3398 recommends (§7.2.4.1).',
      ja: '実際に届いた 408 は RFC 3263 §4.3 がクライアントに次のサーバへ移らせる失敗に含まれないため、別の通信事業者を試すかどうかは各自のルーティングポリシーであるとした。理由表示 18 と 102 の対応付けは RFC 3398 が推奨するものとした（§7.2.4.1）。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
    ],
  },
  {
    id: '503-registrar-sender-source',
    date: '2026-12-05',
    title: { en: '503 from a registrar: the section behind it', ja: 'レジストラが返す 503：その出典' },
    pages: withComparisons(503),
    wrong: {
      en: 'The facts cited RFC 3261 §10.3 for the registrar among the senders of 503; that section has a registrar answer 500, and says nothing of 503.',
      ja: '概要表は、503 の送信元にレジストラを挙げる出典として RFC 3261 §10.3 を示していたが、同節がレジストラに返させるのは 500 であり、503 には触れていない。',
    },
    now: {
      en: 'The facts cite RFC 5626 §4.2.1, which tells a registering UA to honour 503 responses to registrations.',
      ja: '登録に対する 503 に従うよう登録側の UA に求めている RFC 5626 §4.2.1 を出典とした。',
    },
    sources: [
      { ref: 'RFC3261 §10.3', quote: 'the request MUST fail with a 500 (Server Error) response and all tentative binding updates MUST be removed.' },
      { ref: 'RFC5626 §4.2.1', quote: 'The UA needs to honor 503 (Service Unavailable) responses to registrations as described in [RFC3261] and [RFC3263].' },
    ],
  },
  {
    id: '503-should-and-routing-policy',
    date: '2026-12-05',
    title: { en: '503: what the client SHOULD do, and what a 486 or 480 leaves to routing policy', ja: '503：クライアントがすべきこと（SHOULD）と、486 や 480 の後はルーティングポリシーに委ねられること' },
    pages: [{ code: 503 }, { compare: [500, 503] }, { compare: [502, 503] }],
    wrong: {
      en: 'The page said RFC 3261 "tells" a client to try an alternate server and RFC 3263 §4.3 "makes a client move" to the next address, "the failover rule engineers rely on", where both sections say SHOULD. It said trying another trunk after a 486 or 480 "would ring the same busy or absent person", as if the RFCs ruled it out; that forwarding a 503 tells upstream clients to avoid the proxy "for all traffic", although that SHOULD NOT lasts for the Retry-After period and needs one; and, with no source, that retrying at once "turns an overload into a retry storm". The 500 vs 503 and 502 vs 503 guides likewise said a 503 "moves" the client to the next SRV target, and the 500 vs 503 guide said, also with no source, that a 503 sent for a one-route problem "can turn a single bad route into a retry storm".',
      ja: 'RFC 3261 はクライアントに別のサーバを試させ、RFC 3263 §4.3 により 503 を受けたクライアントは次のアドレスへ「移る」と、どちらも SHOULD である規定を確定的に書いていた。486 や 480 の後で別のトランクを試しても「同じ話中や不在の相手を呼ぶだけ」と、RFC がそれを禁じているかのように書いていた。さらに、503 を転送すると上流のクライアントは「あらゆるトラフィックについて」プロキシを避けるとしていたが、送信を控えるべき（SHOULD NOT）なのは Retry-After がある場合のその期間だけである。すぐに再試行すると「再試行の集中に発展する」にも出典がなかった。500 と 503、502 と 503 の比較ページも、503 を受けたクライアントは次の SRV ターゲットへ「進む」と確定的に書いていた。500 と 503 の比較ページは、1 本のルートだけの問題に 503 を返すと「再試行の集中に発展しうる」とも、出典なしに書いていた。',
    },
    now: {
      en: 'A client SHOULD try an alternate server and SHOULD NOT send other requests to that server for the Retry-After period, if given (RFC 3261 §21.5.4); after a 503, RFC 3263 §4.3 says the client SHOULD send the request to the next address. 486 and 480 are not among those failures, and trying another trunk after them is a routing policy. Sending again at once adds load to a server that has said it is overloaded. The guides say the client SHOULD send the request to the next SRV target (RFC 3263 §4.3), and that such a 503 has upstream elements fail over and, for the Retry-After period, send a healthy node no request at all (RFC 3261 §21.5.4).',
      ja: 'クライアントは別のサーバを試すべきであり、Retry-After があればその期間はそのサーバに他のリクエストを送るべきではない（RFC 3261 §21.5.4）。503 の後、クライアントは次のアドレスへリクエストを送るべきである（SHOULD、RFC 3263 §4.3）。486 と 480 はこの失敗に含まれず、その後で別のトランクを試すかどうかはルーティングポリシーである。すぐに送り直せば、過負荷だと伝えてきたサーバにさらに負荷をかけることになる、とした。比較ページでは、クライアントは次の SRV ターゲットへリクエストを送るべきである（SHOULD、RFC 3263 §4.3）とし、そうした 503 は上流の装置にフェイルオーバーを促し、Retry-After の期間は正常なノードへのリクエストまで止めさせる（RFC 3261 §21.5.4）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.4',
        quote: 'A client (proxy or UAC) receiving a 503 (Service Unavailable) SHOULD attempt to forward the request to an alternate server. It SHOULD NOT forward any other requests to that server for the duration specified in the Retry-After header field, if present.',
      },
      { ref: 'RFC3263 §4.3', quote: 'If a failure occurs, the client SHOULD create a new request, which is identical to the previous, but has a different value of the Via branch ID' },
      { ref: 'RFC3261 §21.4', quote: 'However, the same request to a different server might be successful.' },
    ],
  },
  {
    id: '500-cseq-reordering-and-cause-41',
    date: '2026-12-05',
    title: { en: '500: an out-of-order CSeq is not always the client\'s error; cause 41 is a recommendation', ja: '500：CSeq の順序違いは常にクライアントの誤りとは限らない。理由表示 41 は推奨' },
    pages: [{ code: 500 }],
    wrong: {
      en: 'The summary called an out-of-order CSeq a "protocol error of the client", although a request overtaken on the way by a later one is rejected in the same way, and a fix blamed only a client that restarts its counter. A scenario said a 500 "reaches the PSTN as cause 41", a mapping that RFC 3398 recommends for a 500 carrying no encapsulated ISUP.',
      ja: '要約は CSeq の順序違いを「クライアント側のプロトコル上の誤り」としていたが、後から送ったリクエストに途中で追い越されたリクエストも同じく拒否される。対処法もカウンタを戻したクライアントだけを原因としていた。また事例では、500 は「理由表示 41 として PSTN に伝わる」としていたが、これは ISUP がカプセル化されていない 500 について RFC 3398 が推奨する対応付けである。',
    },
    now: {
      en: 'The summary speaks of protocol situations that are no server fault; the fix says any request with a CSeq lower than the last one received gets 500 (RFC 3261 §12.2.2), whatever made it so. The scenario says RFC 3398 recommends cause 41 for a 500 with no encapsulated ISUP (RFC 3398 §8.2.6.1).',
      ja: '要約は、サーバの障害ではないプロトコル上の状況とした。対処法では、原因が何であれ、最後に受けたものより CSeq が小さいリクエストは 500 となるとした（RFC 3261 §12.2.2）。事例では、ISUP がカプセル化されていない 500 には理由表示 41 が推奨されるとした（RFC 3398 §8.2.6.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §12.2.2',
        quote: 'If the remote sequence number was not empty, but the sequence number of the request is lower than the remote sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal Error) response.',
      },
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
      { ref: 'RFC3398 §8.2.6.1', quote: '500 Server internal error 41 Temporary failure' },
    ],
  },

  // Stack and Q.850 cause pages, logged after the fact.
  {
    id: 'cause-16-rfc4497-note3-default-500',
    date: '2026-12-05',
    title: { en: 'Cause 16: RFC 4497 gives 500 if a response must be sent', ja: '理由表示 16：応答を送る必要があれば RFC 4497 は 500 を示す' },
    pages: [{ cause: 16 }, { code: 480 }, { code: 603 }, { stack: 'asterisk' }, { stack: 'freeswitch' }],
    wrong: {
      en: 'The page of cause 16 gave RFC 4497’s result as “no response (BYE or CANCEL, or none)” and said Asterisk and FreeSWITCH follow both RFCs for this cause. RFC 4497 NOTE 3 says cause 16 normally leads to a BYE or CANCEL, but if a response to the INVITE is sent, the default 500 should be used; for cause 16 Asterisk answers an unanswered incoming INVITE with 603 and FreeSWITCH with 480, as for any cause they have no case for. The pages of 480 and 603 and the Asterisk and FreeSWITCH pages likewise left cause 16 out of the causes for which each sends its default code where the RFCs give another.',
      ja: '理由表示 16 のページでは、RFC 4497 の結果を「応答なし（BYE・CANCEL、または送らない）」とし、この理由表示について Asterisk と FreeSWITCH は両 RFC に従っているとしていた。RFC 4497 の NOTE 3 によれば、理由表示 16 は通常 BYE か CANCEL の送信になるが、INVITE に応答を送る場合は既定の 500 を使うべきである。理由表示 16 に対して、Asterisk は応答前の着信 INVITE に 603 を、FreeSWITCH は 480 を返す。どちらも case のない理由表示と同じ扱いである。480 と 603 のページ、Asterisk と FreeSWITCH のページも、RFC が別のコードを示すのに既定のコードを送る理由表示に 16 を含めていなかった。',
    },
    now: {
      en: 'The cause page gives RFC 4497’s result as “normally BYE or CANCEL; 500 (the default) if a response must be sent”, and lists Asterisk’s 603 and FreeSWITCH’s 480 as differences from it; the other pages count cause 16 among the causes each sends its default code for.',
      ja: '理由表示 16 のページでは、RFC 4497 の結果を「通常は BYE か CANCEL。応答を送る必要がある場合は既定値の 500」とし、Asterisk の 603 と FreeSWITCH の 480 をこれとの違いとして挙げた。ほかのページでも、既定のコードを送る理由表示に 16 を加えた。',
    },
    sources: [
      {
        ref: 'RFC4497 §8.4.1',
        quote:
          'NOTE 3: A QSIG call clearing message containing cause value 16 will normally result in the sending of a SIP BYE or CANCEL request. However, if a SIP response is to be sent to the INVITE request, the default response code should be used.',
      },
      { ref: 'RFC4497 §8.4.1', quote: 'SIP response 500 (Server internal error) SHALL be used as the default for cause values not shown in Table 1.' },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip_session.c#L3448-L3449',
        name: 'Asterisk, res/res_pjsip_session.c, lines 3448–3449',
        quote: 'if (!response) { response = 603;',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L370-L371',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 370–371',
        quote: 'default: return 480;',
      },
    ],
  },
  {
    id: 'causes-stack-responses-mapped-elsewhere',
    date: '2026-12-05',
    title: { en: 'Cause pages: responses the RFCs map to the cause that a stack maps elsewhere', ja: '理由表示のページ：RFC がこの理由表示に対応させる応答をスタックが別の理由表示にする場合' },
    pages: [1, 18, 21, 25, 31, 38, 41, 63, 65, 79, 102, 127].map((cause) => ({ cause })),
    wrong: {
      en: '“Where they differ from RFC 3398 and RFC 4497” listed only what a stack does with this cause, not the responses the RFCs map to this cause that a stack turns into another one; on the pages of causes 1 and 31 it said Asterisk and FreeSWITCH follow both RFCs. FreeSWITCH, for example, turns 485 and 604 into cause 3, where both RFCs give 1, and 488 and 606 into cause 88, where they give 65 or 31.',
      ja: '「RFC 3398・RFC 4497 との違い」には、スタックがこの理由表示をどう扱うかだけを挙げ、RFC がこの理由表示に対応させる応答をスタックが別の理由表示にする場合を挙げていなかった。理由表示 1 と 31 のページでは、Asterisk と FreeSWITCH は両 RFC に従っているとしていた。たとえば FreeSWITCH は、両 RFC が 1 とする 485 と 604 を理由表示 3 に、65 か 31 とする 488 と 606 を理由表示 88 にする。',
    },
    now: {
      en: 'The list gives those responses too, with the cause the stack sets instead.',
      ja: 'こうした応答も、スタックが代わりに設定する理由表示とともに挙げた。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: '485 Ambiguous 1 Unallocated number' },
      { ref: 'RFC4497 §8.4.4', quote: '485 Ambiguous 1 Unallocated Number' },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia_glue.c#L1830-L1832',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia_glue.c, lines 1830–1832',
        quote: 'case 485: case 604: return SWITCH_CAUSE_NO_ROUTE_DESTINATION;',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia_glue.c#L1859-L1861',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia_glue.c, lines 1859–1861',
        quote: 'case 488: case 606: return SWITCH_CAUSE_INCOMPATIBLE_DESTINATION;',
      },
    ],
  },
  {
    id: 'cause-31-rfc-default-for-unlisted-responses',
    date: '2026-12-05',
    title: { en: 'Cause 31: the RFCs’ default for every response not in their tables', ja: '理由表示 31：RFC の表にないすべての応答の既定値' },
    pages: [{ cause: 31 }],
    wrong: {
      en: 'Under “SIP responses → cause 31”, the RFC 3398 and RFC 4497 rows listed only 488 and 606. Both RFCs also map every response their tables do not list to cause 31, and “Where they differ from RFC 3398 and RFC 4497” did not list the responses left to that default that a stack maps to another cause.',
      ja: '「SIP の応答 → 理由表示 31」で、RFC 3398 と RFC 4497 の行には 488 と 606 だけを挙げていた。両 RFC は、表にないすべての応答も理由表示 31 に対応させている。「RFC 3398・RFC 4497 との違い」も、この既定値に当たる応答をスタックが別の理由表示にする場合を挙げていなかった。',
    },
    now: {
      en: 'Each RFC row adds “and every response not in the table (the default)”, and “Where they differ” lists the responses left to that default that a stack maps to another cause, such as Asterisk’s 491 (cause 127) and FreeSWITCH’s 608 (cause 21).',
      ja: '両 RFC の行に「表にないすべての応答（既定値）」を加えた。「RFC 3398・RFC 4497 との違い」には、この既定値に当たる応答をスタックが別の理由表示にする場合を挙げた（Asterisk の 491 は理由表示 127、FreeSWITCH の 608 は理由表示 21 など）。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote:
          'Any SIP status codes not listed below (associated with SIP extensions, versions of SIP subsequent to the issue of this document, or simply omitted) should be mapping to cause code 31 "Normal, unspecified".',
      },
      { ref: 'RFC4497 §8.4.4', quote: 'Cause value 31 (Normal, unspecified) SHALL be used as the default for SIP responses not shown in Table 2.' },
    ],
  },
  {
    id: 'causes-stack-rows-every-mapped-code',
    date: '2026-12-05',
    title: { en: 'Cause pages: a stack’s row lists every code it maps, not only final responses', ja: '理由表示のページ：スタックの行は最終応答に限らず、対応させるすべてのコードを挙げる' },
    pages: [16, 23, 31].map((cause) => ({ cause })),
    wrong: {
      en: 'The table “SIP responses → cause” was introduced as “the final responses to an INVITE that end the call with this cause”. That holds for the RFC rows, but a stack’s row lists every code its mapping function turns into the cause: Asterisk’s ast_sip_hangup_sip2cause() gives codes below 400 cause 16 through its default branch and 302 cause 23, FreeSWITCH gives 200 cause 16 and unlisted 1xx–3xx codes cause 31, and Asterisk also applies the function to the code of a received Reason: SIP;cause=N header.',
      ja: '「SIP の応答 → 理由表示」の表を「INVITE に対してこれらの最終応答を受けると、この理由表示で呼を終える」と説明していた。これは RFC の行には当てはまるが、スタックの行は、そのスタックの対応関数がこの理由表示に変換するすべてのコードである。Asterisk の ast_sip_hangup_sip2cause 関数は、既定の分岐で 400 未満のコードを理由表示 16 に、302 を理由表示 23 にする。FreeSWITCH は 200 を理由表示 16 に、表にない 1xx〜3xx のコードを理由表示 31 にする。また Asterisk は、受信した Reason: SIP;cause=N ヘッダのコードにもこの関数を使う。',
    },
    now: {
      en: 'The introduction says the RFC rows are final responses to an INVITE, and a stack’s row every code its mapping function turns into the cause, including codes below 400; it adds that Asterisk applies the function to a received Reason header too.',
      ja: 'RFC の行は INVITE に対する最終応答であり、スタックの行は対応関数がこの理由表示に変換するすべてのコード（400 未満のコードを含む）であると説明を改めた。Asterisk が受信した Reason ヘッダにもこの関数を使うことも加えた。',
    },
    sources: [
      { ref: 'RFC4497 §8.4.4', quote: 'on receipt of a SIP final response (4xx-6xx) to a SIP INVITE request' },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip.c#L3529-L3530',
        name: 'Asterisk, res/res_pjsip.c, lines 3529–3530',
        quote: 'case 302: /* Redirect */ return AST_CAUSE_REDIRECTED_TO_NEW_DESTINATION;',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia_glue.c#L1817-L1818',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia_glue.c, lines 1817–1818',
        quote: 'case 200: return SWITCH_CAUSE_NORMAL_CLEARING;',
      },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip_rfc3326.c#L64-L65',
        name: 'Asterisk, res/res_pjsip_rfc3326.c, lines 64–65',
        quote: '} else if (code_sip) { ast_channel_hangupcause_set(session->channel, ast_sip_hangup_sip2cause(code_sip));',
      },
    ],
  },
  {
    id: 'causes-asterisk-constants-without-mapping',
    date: '2026-12-05',
    title: { en: 'Cause pages: Asterisk’s constant for a cause no mapping names', ja: '理由表示のページ：対応関数が扱わない理由表示にも Asterisk の定数がある' },
    pages: [26, 44, 52, 54, 57, 65, 69, 88, 111].map((cause) => ({ cause })),
    wrong: {
      en: 'The names table gave Asterisk’s constant for this cause as “none”. Asterisk’s include/asterisk/causes.h defines one; it is only that neither ast_sip_hangup_sip2cause() nor hangup_cause2sip() has a case for the cause.',
      ja: '名前の表で、この理由表示に対する Asterisk の定数を「なし」としていた。Asterisk の include/asterisk/causes.h には定数が定義されている。ast_sip_hangup_sip2cause 関数にも hangup_cause2sip 関数にも、この理由表示の case がないだけである。',
    },
    now: {
      en: 'The table names the constant and links to its line in causes.h: AST_CAUSE_ANSWERED_ELSEWHERE (26), AST_CAUSE_REQUESTED_CHAN_UNAVAIL (44), AST_CAUSE_OUTGOING_CALL_BARRED (52), AST_CAUSE_INCOMING_CALL_BARRED (54), AST_CAUSE_BEARERCAPABILITY_NOTAUTH (57), AST_CAUSE_BEARERCAPABILITY_NOTIMPL (65), AST_CAUSE_FACILITY_NOT_IMPLEMENTED (69), AST_CAUSE_INCOMPATIBLE_DESTINATION (88), AST_CAUSE_PROTOCOL_ERROR (111).',
      ja: '表にその定数を示し、causes.h の行にリンクした（26 は `AST_CAUSE_ANSWERED_ELSEWHERE`、44 は `AST_CAUSE_REQUESTED_CHAN_UNAVAIL`、52 は `AST_CAUSE_OUTGOING_CALL_BARRED`、54 は `AST_CAUSE_INCOMING_CALL_BARRED`、57 は `AST_CAUSE_BEARERCAPABILITY_NOTAUTH`、65 は `AST_CAUSE_BEARERCAPABILITY_NOTIMPL`、69 は `AST_CAUSE_FACILITY_NOT_IMPLEMENTED`、88 は `AST_CAUSE_INCOMPATIBLE_DESTINATION`、111 は `AST_CAUSE_PROTOCOL_ERROR`）。',
    },
    sources: [
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/include/asterisk/causes.h#L114',
        name: 'Asterisk, include/asterisk/causes.h, line 114',
        quote: '#define AST_CAUSE_ANSWERED_ELSEWHERE 26',
      },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/include/asterisk/causes.h#L125-L135',
        name: 'Asterisk, include/asterisk/causes.h, lines 125–135',
        quote:
          '#define AST_CAUSE_REQUESTED_CHAN_UNAVAIL 44 #define AST_CAUSE_FACILITY_NOT_SUBSCRIBED 50 #define AST_CAUSE_OUTGOING_CALL_BARRED 52 #define AST_CAUSE_INCOMING_CALL_BARRED 54 #define AST_CAUSE_BEARERCAPABILITY_NOTAUTH 57 #define AST_CAUSE_BEARERCAPABILITY_NOTAVAIL 58 #define AST_CAUSE_BEARERCAPABILITY_NOTIMPL 65 #define AST_CAUSE_CHAN_NOT_IMPLEMENTED 66 #define AST_CAUSE_FACILITY_NOT_IMPLEMENTED 69 #define AST_CAUSE_INVALID_CALL_REFERENCE 81 #define AST_CAUSE_INCOMPATIBLE_DESTINATION 88',
      },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/include/asterisk/causes.h#L145',
        name: 'Asterisk, include/asterisk/causes.h, line 145',
        quote: '#define AST_CAUSE_PROTOCOL_ERROR 111',
      },
    ],
  },
  {
    id: 'freeswitch-reason-header-and-phrase-exceptions',
    date: '2026-12-05',
    title: { en: 'FreeSWITCH: exceptions to its Reason header and reply phrase', ja: 'FreeSWITCH：Reason ヘッダとリーズンフレーズの例外' },
    pages: [{ stack: 'freeswitch' }],
    wrong: {
      en: 'The FreeSWITCH page said that when one of FreeSWITCH’s own causes (above 127) ends a call, mod_sofia writes the Reason header as SIP;cause=<value>, and that the reason phrase of a rejection is what sofia-sip’s sip_status_phrase() returns unless a respond_phrase is set. Both have further exceptions: disable_q850_reason leaves the Reason header out and sip_reason replaces it, PICKED_OFF and LOSE_RACE get SIP;cause=200 “Call completed elsewhere”, and a 603 that passes a 603+ Reason through gets the phrase “Network Blocked”.',
      ja: 'FreeSWITCH のページでは、FreeSWITCH 独自の理由表示（127 超）で呼が終わると mod_sofia は Reason ヘッダを SIP;cause=<値> として書くとし、呼を拒否するときのリーズンフレーズは、respond_phrase が設定されていない限り sofia-sip の sip_status_phrase 関数が返す文字列であるとしていた。どちらにも例外がある。disable_q850_reason が設定されていれば Reason ヘッダを付けず、sip_reason が設定されていればその値を使う。PICKED_OFF と LOSE_RACE では SIP;cause=200（`Call completed elsewhere`）となる。603+ の Reason を引き継いだ 603 のフレーズは `Network Blocked` となる。',
    },
    now: {
      en: 'The page names these exceptions, with the lines of mod_sofia.c they were read from (499–511 and 574–585).',
      ja: 'これらの例外を、読んだ mod_sofia.c の行（499〜511 行と 574〜585 行）とともに示した。',
    },
    sources: [
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L499-L503',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 499–503',
        quote:
          'val = switch_channel_get_variable(tech_pvt->channel, "disable_q850_reason"); if (!val || switch_false(val)) { if ((val = switch_channel_get_variable(tech_pvt->channel, "sip_reason"))) { reason = switch_core_session_sprintf(session, "%s", val);',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L505-L511',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 505–511',
        quote:
          'if ((switch_channel_test_flag(channel, CF_INTERCEPT) || cause == SWITCH_CAUSE_PICKED_OFF || cause == SWITCH_CAUSE_LOSE_RACE) && !switch_true(switch_channel_get_variable(channel, "ignore_completed_elsewhere"))) { reason = switch_core_session_sprintf(session, "SIP;cause=200;text=\\"Call completed elsewhere\\""); } else if (cause > 0 && cause < 128) { reason = switch_core_session_sprintf(session, "Q.850;cause=%d;text=\\"%s\\"", cause, switch_channel_cause2str(cause)); } else { reason = switch_core_session_sprintf(session, "SIP;cause=%d;text=\\"%s\\"", cause, switch_channel_cause2str(cause));',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L578-L582',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 578–582',
        quote: '} else if (sip_cause == 603 && !zstr(reason) && switch_true(passthrough_603plus) && !zstr(switch_channel_get_variable(channel, "sip_603plus_reason"))) { phrase = "Network Blocked";',
      },
    ],
  },
  {
    id: 'kamailio-error-text-some-local-replies',
    date: '2026-12-05',
    title: { en: 'Kamailio: error_text() names only some of the replies it builds', ja: 'Kamailio：error_text 関数がフレーズを返すのは自身が組み立てる応答の一部だけ' },
    pages: [{ stack: 'kamailio' }],
    wrong: {
      en: 'The Kamailio page said error_text() gives the reason phrase of the replies Kamailio builds itself, such as the transaction module’s local replies. It gives the phrase of only some of them: the 408 that tm generates itself takes its text from the reply_408_reason parameter.',
      ja: 'Kamailio のページでは、error_text 関数は、トランザクションモジュールのローカル応答など、Kamailio 自身が組み立てる応答のリーズンフレーズを返すとしていた。実際に返すのはその一部だけであり、tm が自ら生成する 408 のテキストは reply_408_reason パラメータから取る。',
    },
    now: {
      en: 'It says error_text() gives the phrase of some replies Kamailio builds itself, such as the final replies tm generates locally, except 408, whose text is the reply_408_reason parameter.',
      ja: 'error_text 関数がリーズンフレーズを返すのは、tm がローカルに生成する最終応答など、Kamailio 自身が組み立てる応答の一部であり、408 だけは reply_408_reason パラメータのテキストを使うとした。',
    },
    sources: [
      {
        url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/modules/tm/t_reply.c#L2024-L2028',
        name: 'Kamailio, src/modules/tm/t_reply.c, lines 2024–2028',
        quote: 'if(relayed_code == _tm_reply_408_code) { reason = _tm_reply_408_reason; } else { reason.s = error_text(relayed_code);',
      },
      {
        url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/modules/tm/tm.c#L234-L235',
        name: 'Kamailio, src/modules/tm/tm.c, lines 234–235',
        quote: 'int _tm_reply_408_code = 408; str _tm_reply_408_reason = str_init("Request Timeout");',
      },
    ],
  },
  {
    id: 'pjsip-7xx-codes-not-sent',
    date: '2026-12-05',
    title: { en: 'pjsip: its 7xx codes are not sent', ja: 'pjsip：7xx のコードは送出されない' },
    pages: [{ stack: 'pjsip' }],
    wrong: {
      en: 'The pjsip page listed 701, 702 and 703 under “Codes it sends that IANA does not register”. pjsip declares the 7xx class for errors the stack generates itself and says it should not be transmitted on the wire; 409, 411 and 490 in the same list are entries of its phrase table, which does not show that pjsip sends them.',
      ja: 'pjsip のページでは、701・702・703 を「IANA に登録されていない送出コード」に挙げていた。pjsip は 7xx をスタック自身が生成するエラーのためのクラスとし、ネットワークに送出すべきではないとしている。同じ一覧の 409・411・490 もフレーズ表のエントリであり、pjsip がそれらを送ることを示すものではない。',
    },
    now: {
      en: 'The list is headed “Unregistered codes in its reason-phrase table or error replies”.',
      ja: '一覧の見出しを「リーズンフレーズ表やエラー応答にある IANA 未登録のコード」とした。',
    },
    sources: [
      {
        url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/include/pjsip/sip_msg.h#L450-L453',
        name: 'pjproject, pjsip/include/pjsip/sip_msg.h, lines 450–453',
        quote: 'In addition, it also declares new status class 7xx for errors generated by the stack. This status class however should not get transmitted on the wire.',
      },
    ],
  },
  {
    id: 'asterisk-chan-sip-own-reason-phrases',
    date: '2026-12-05',
    title: { en: 'Asterisk: legacy chan_sip had reason phrases of its own', ja: 'Asterisk：旧 chan_sip は独自のリーズンフレーズを持っていた' },
    pages: [{ stack: 'asterisk' }],
    wrong: {
      en: 'The Asterisk page said Asterisk has no phrase table of its own. That holds for chan_pjsip, which uses pjsip’s phrases, but the legacy chan_sip’s hangup_cause2sip() returned its own “NNN phrase” strings, such as “480 Temporarily unavailable”, whose phrase differs from the registered one in letter case.',
      ja: 'Asterisk のページでは、Asterisk は独自のフレーズ表を持たないとしていた。これは pjsip のフレーズを使う chan_pjsip には当てはまるが、旧 chan_sip の hangup_cause2sip 関数は、コードに独自のフレーズを付けた文字列を返していた。たとえば `480 Temporarily unavailable` のフレーズは、登録名と大文字・小文字が異なる。',
    },
    now: {
      en: 'It says chan_pjsip has no phrase table of its own and uses pjsip’s, and that chan_sip’s hangup_cause2sip() returned its own “NNN phrase” strings.',
      ja: 'chan_pjsip は独自のフレーズ表を持たず pjsip のフレーズを使うこと、chan_sip の hangup_cause2sip 関数はコードに独自のフレーズを付けた文字列を返していたことを示した。',
    },
    sources: [
      {
        url: 'https://github.com/asterisk/asterisk/blob/1f072600089c8321b8c4141f431742b06cae1c66/channels/chan_sip.c#L7151-L7153',
        name: 'Asterisk 20.20.1, channels/chan_sip.c, lines 7151–7153',
        quote: 'case AST_CAUSE_NO_ANSWER: /* 19 */ case AST_CAUSE_UNREGISTERED: /* 20 */ return "480 Temporarily unavailable";',
      },
    ],
  },
  {
    id: 'opensips-error-text-409-411',
    date: '2026-12-05',
    title: { en: 'OpenSIPS: its phrase table has the unregistered 409 and 411', ja: 'OpenSIPS：フレーズ表に IANA 未登録の 409 と 411 がある' },
    pages: [{ stack: 'opensips' }],
    wrong: {
      en: 'The OpenSIPS page listed as unregistered codes only the error replies of err2reason_phrase() (473, 475, 476 and 477). Its error_text() also has phrases for 409 “Conflict” and 411 “Length Required”, which IANA does not register.',
      ja: 'OpenSIPS のページでは、IANA 未登録のコードとして err2reason_phrase 関数のエラー応答（473・475・476・477）だけを挙げていた。error_text 関数には、IANA に登録されていない 409（`Conflict`）と 411（`Length Required`）のフレーズもある。',
    },
    now: {
      en: 'The list gives 409 and 411 as well, linked to their lines in error.c.',
      ja: '一覧に 409 と 411 も加え、error.c の該当行にリンクした。',
    },
    sources: [
      {
        url: 'https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c#L154-L156',
        name: 'OpenSIPS, error.c, lines 154–156',
        quote: 'case 409: return "Conflict"; case 410: return "Gone"; case 411: return "Length Required";',
      },
    ],
  },

  // Third reading, 484, 502, 504, 606.
  {
    id: '504-timer-b-after-100-trying',
    date: '2026-12-05',
    title: { en: '504: Timer B no longer runs once an INVITE has a provisional response', ja: '504：INVITE に暫定応答が届けばタイマ B はもう効かない' },
    pages: [{ code: 504 }],
    wrong: {
      en: 'A fix said that raising a SIP element\'s query timeout only helps while it stays well inside the client\'s transaction timers, Timer B and F, at 32 seconds by default. For an INVITE this is wrong once a provisional response such as 100 Trying has arrived: the client transaction then leaves the Calling state, and Timer B only acts in that state.',
      ja: '対処法で、SIP 装置の問い合わせタイムアウトを延ばすのは、それがクライアントのトランザクションタイマ（タイマ B と F、既定で 32 秒）に十分収まる場合にしか役に立たないとしていた。INVITE については、100 Trying などの暫定応答が届いた後はこれは誤りである。クライアントトランザクションは Calling 状態を離れ、タイマ B が働くのはその状態の間だけだからである。',
    },
    now: {
      en: 'For a non-INVITE request such as REGISTER, Timer F (32 seconds by default) keeps running after a provisional response (RFC 3261 §17.1.2.2). An INVITE client relies on Timer B only until a provisional response arrives (RFC 3261 §17.1.1.2); after that, the limit is the Timer C of each proxy on the path, more than 3 minutes (RFC 3261 §16.6), and the caller\'s patience.',
      ja: 'REGISTER などの非 INVITE リクエストでは、暫定応答を受けた後もタイマ F（既定で 32 秒）が動き続ける（RFC 3261 §17.1.2.2）。INVITE のクライアントがタイマ B に頼るのは暫定応答が届くまでであり（RFC 3261 §17.1.1.2）、その後の上限は、経路上の各プロキシのタイマ C（3 分より長い、RFC 3261 §16.6）と発信者が待てる時間である、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §17.1.1.2',
        quote:
          'If the client transaction is still in the "Calling" state when timer B fires, the client transaction SHOULD inform the TU that a timeout has occurred. … If the client transaction receives a provisional response while in the "Calling" state, it transitions to the "Proceeding" state.',
      },
      {
        ref: 'RFC3261 §17.1.2.2',
        quote: 'If timer F fires while in the "Proceeding" state, the TU MUST be informed of a timeout, and the client transaction MUST transition to the terminated state.',
      },
      { ref: 'RFC3261 §16.6', quote: 'Timer C MUST be set for each client transaction when an INVITE request is proxied. The timer MUST be larger than 3 minutes.' },
    ],
  },

  {
    id: '502-local-502-is-pjsip',
    date: '2026-12-05',
    title: { en: '502: a 502 with nothing on the wire is what pjsip reports for a name it cannot resolve', ja: '502：何も送出されずに出る 502 は、名前解決できないときの pjsip の報告' },
    pages: [{ code: 502 }],
    wrong: {
      en: 'A fix said to check DNS whenever a 502 came with nothing on the wire, as if any stack reported a local failure that way; RFC 3261 has a fatal transport error treated as 503, and among the stacks read only pjsip reports an unresolvable next hop as 502. The description also said a call released with cause 27 "comes back as 502", where RFC 3398 recommends that mapping.',
      ja: '対処法で、ネットワークに何も送出されずに 502 が出たら DNS を確認するとし、どのスタックもローカルの失敗をそう報告するかのように書いていた。RFC 3261 は致命的なトランスポートエラーを 503 として扱うとしており、調べたスタックのうち名前解決できない次ホップを 502 として報告するのは pjsip だけである。また説明文で、理由表示 27 で解放された呼は「502 として返る」としていたが、これは RFC 3398 が推奨する対応付けである。',
    },
    now: {
      en: 'The DNS check is for a 502 generated on the device itself with nothing on the wire, as pjsip does when the next hop\'s host name does not resolve. A call released with cause 27 comes back as 502 from a gateway that follows RFC 3398 §7.2.4.1.',
      ja: 'DNS の確認は、pjsip が次ホップのホスト名を名前解決できないときのように、502 が端末自身で生成され、何も送出されていない場合のものとした。理由表示 27 で解放された呼が 502 として返るのは、RFC 3398 §7.2.4.1 に従うゲートウェイの場合とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.1.3.1',
        quote:
          'If a fatal transport error is reported by the transport layer (generally, due to fatal ICMP errors in UDP or connection failures in TCP), the condition MUST be treated as a 503 (Service Unavailable) status code.',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
    ],
  },

  {
    id: 'guides-404-484-408-504-recommended-mappings',
    date: '2026-12-05',
    title: { en: '404 vs 484 and 408 vs 504 guides: the ISUP mappings are recommendations; another route after a 504 is routing policy', ja: '404 と 484、408 と 504 の解説：ISUP の対応付けは推奨であり、504 の後に別ルートを試すのはルーティングポリシー' },
    pages: [{ compare: [404, 484] }, { compare: [408, 504] }],
    wrong: {
      en: 'The guides said that cause 1 "arrives as" 404 and cause 28 as 484, and that cause 18 "becomes" 408 and cause 102 504, where RFC 3398 recommends these mappings to gateways. The 408 vs 504 guide also said a least-cost router "can reasonably" try another route after a 504, without saying that RFC 3263 does not count a 504 among the failures that send a client to the next server.',
      ja: '解説は、理由表示 1 は 404 として、28 は 484 として「届く」、18 は 408 に、102 は 504 に「なる」としていたが、これらは RFC 3398 がゲートウェイに推奨する対応付けである。また 408 と 504 の解説は、504 の後に LCR が別のルートを試すのは「妥当」としていたが、RFC 3263 がクライアントを次のサーバへ向かわせる失敗に 504 を含めていないことに触れていなかった。',
    },
    now: {
      en: 'RFC 3398 recommends 404 for cause 1, 484 for cause 28, 408 for cause 18 and 504 for cause 102 (RFC 3398 §7.2.4.1). RFC 3263 does not make a 504 a reason to try the next server (RFC 3263 §4.3); a least-cost router or trunk group may still try another route under its own routing policy.',
      ja: 'RFC 3398 は、理由表示 1 に 404、28 に 484、18 に 408、102 に 504 を推奨している（RFC 3398 §7.2.4.1）とした。RFC 3263 は 504 を次のサーバを試す理由としていない（RFC 3263 §4.3）が、LCR やトランクグループが自らのルーティングポリシーとして別のルートを試すことはできる、とした。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      {
        ref: 'RFC3263 §4.3',
        quote:
          'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).',
      },
    ],
  },

  // Third reading, 180, 183, 302, 403.
  {
    id: '180-reinvite-no-ringing-reason',
    date: '2026-12-05',
    title: { en: '180: why a re-INVITE may get no 180', ja: '180：re-INVITE に 180 が返らないことがある理由' },
    pages: [{ code: 180 }],
    wrong: {
      en: 'A fix said a UAS may skip 180 for a re-INVITE "because nobody is being alerted", a reason RFC 3261 §14.2 does not give.',
      ja: '対処法で、UAS が re-INVITE に 180 を返さなくてよいのは「誰も呼び出していないため」としていたが、RFC 3261 §14.2 はそのような理由を挙げていない。',
    },
    now: {
      en: 'A UAS MAY skip 180 for a re-INVITE because UACs do not typically show it to the user (RFC 3261 §14.2).',
      ja: 'UAC は通常それをユーザに示さないため、UAS は re-INVITE に 180 を返さなくてよい（MAY、RFC 3261 §14.2）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.2',
        quote: 'A UAS MAY choose not to generate 180 (Ringing) responses for a re-INVITE because UACs do not typically render this information to the user.',
      },
    ],
  },
  {
    id: '180-forking-which-response-ends-early-dialogs',
    date: '2026-12-05',
    title: { en: '180: a 199 ends one early dialog, a non-2xx final response ends them all', ja: '180：199 が終わらせるのは一つのアーリーダイアログ、2xx 以外の最終応答はすべて' },
    pages: [{ code: 180 }],
    wrong: {
      en: 'A fix for forking said "a 199 or the final response may end some of them while another device keeps ringing". A non-2xx final response reaching the caller ends every early dialog of the INVITE, not some of them.',
      ja: 'フォーキングの対処法で「別の端末が鳴り続けている間に 199 や最終応答がその一部を終わらせる」としていたが、発信者に届いた 2xx 以外の最終応答は、その INVITE のアーリーダイアログを一部ではなくすべて終わらせる。',
    },
    now: {
      en: 'A 199 ends only the early dialog it belongs to, and the other devices can keep ringing (RFC 6228 §4); a non-2xx final response ends all of them at once (RFC 3261 §13.2.2.3).',
      ja: '199 が終わらせるのはそれが属するアーリーダイアログだけで、他の端末は鳴り続けうる（RFC 6228 §4）。2xx 以外の最終応答は、すべてのアーリーダイアログを一度に終わらせる（RFC 3261 §13.2.2.3）、とした。',
    },
    sources: [
      { ref: 'RFC6228 §4', quote: 'The 199 response does not affect other early dialogs associated with the session establishment.' },
      { ref: 'RFC3261 §13.2.2.3', quote: 'All early dialogs are considered terminated upon reception of the non-2xx final response.' },
    ],
  },
  {
    id: '183-preconditions-100rel-in-supported',
    date: '2026-12-05',
    title: { en: '183: RFC 3312 asks for 100rel in Supported, not in Require', ja: '183：RFC 3312 が求めるのは Supported の 100rel であり Require ではない' },
    pages: [{ code: 183 }],
    wrong: {
      en: 'A scenario said a handset that uses QoS preconditions "sends an INVITE with Require: 100rel", citing RFC 3312, which asks for the 100rel tag in Supported.',
      ja: 'シナリオで、QoS プリコンディションを使う端末は「Require: 100rel を付け」て INVITE を送るとし、RFC 3312 を根拠としていたが、RFC 3312 が求めるのは Supported への 100rel である。',
    },
    now: {
      en: 'The handset sends the INVITE with 100rel in Supported, as RFC 3312 §11 requires, and a precondition offer.',
      ja: '端末は、RFC 3312 §11 の定めどおり Supported に 100rel を入れ、プリコンディションを含むオファーで INVITE を送る、とした。',
    },
    sources: [
      {
        ref: 'RFC3312 §11',
        quote: 'a user agent including preconditions in the SDP MUST support the PRACK and UPDATE methods. Consequently, it MUST include the "100rel" [7] tag in the Supported header field',
      },
    ],
  },
  {
    id: '183-sdp-without-media',
    date: '2026-12-05',
    title: { en: '183: SDP in a 183 need not mean media will flow', ja: '183：183 の SDP はメディアが流れることを意味するとは限らない' },
    pages: [{ code: 183 }],
    wrong: {
      en: 'A fix told gateways and SBCs to "include SDP only when media will actually flow". With preconditions a UAS answers in a reliable provisional response with no early media intended, so the rule contradicted a use that the same page describes.',
      ja: '対処法で、ゲートウェイや SBC は「実際にメディアが流れるときだけ SDP を付け」るとしていた。プリコンディションを使う場合、UAS はアーリーメディアを送るつもりがなくても信頼性のある暫定応答でアンサーを返すので、同じページが説明する使い方と矛盾していた。',
    },
    now: {
      en: 'Send 180 whenever the user is being alerted, whatever the state of early media (RFC 3960 §3.2); SDP in a 183 does not by itself promise media, and a caller whose UA waits for media because of it hears silence.',
      ja: 'ユーザを呼び出しているときは、アーリーメディアの状態にかかわらず 180 を送る（RFC 3960 §3.2）。183 の SDP はそれだけではメディアが流れることを約束せず、その SDP を見てメディアを待つ UA では発信者は無音のまま待つことになる、とした。',
    },
    sources: [
      {
        ref: 'RFC3960 §3.2',
        quote: 'it can send an answer in a reliable provisional response without any intention of sending early media (this is the case when preconditions are used).',
      },
      {
        ref: 'RFC3960 §3.2',
        quote: 'a UAS should send such a response if the callee is being alerted, regardless of the status of the early media session.',
      },
    ],
  },
  {
    id: '302-retry-is-should',
    date: '2026-12-05',
    title: { en: '302: retrying at the Contact is a SHOULD', ja: '302：Contact での再試行は SHOULD' },
    pages: [{ code: 302 }],
    wrong: {
      en: 'The description said "A 302 tells the client to retry the request at the address or addresses in the Contact header field", without the strength RFC 3261 gives it.',
      ja: '説明で「302 は Contact ヘッダのアドレスでリクエストを再試行するようクライアントに指示し」と、RFC 3261 が定める強さを示していなかった。',
    },
    now: {
      en: 'On a 302 the client SHOULD retry the request at the Contact address or addresses (RFC 3261 §21.3.3).',
      ja: '302 を受けたクライアントは、Contact のアドレスでリクエストを再試行すべきである（SHOULD、RFC 3261 §21.3.3）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.3.3', quote: 'The requesting client SHOULD retry the request at the new address(es) given by the Contact header field (Section 20.10).' },
    ],
  },
  {
    id: '403-cause-21-recommended',
    date: '2026-12-05',
    title: { en: '403: cause 21 to 403 and back is what RFC 3398 recommends', ja: '403：理由表示 21 と 403 の相互変換は RFC 3398 の推奨' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'The description said "ISUP gateways turn Q.850 cause 21 \'call rejected\' into 403", and a scenario said "a gateway passes it on to a PSTN caller as cause 21", as if every gateway did so. RFC 3398 recommends both mappings, and says 603 could be given instead of 403 when the cause location is the user.',
      ja: '説明で「ISUP ゲートウェイは理由表示 21（通信拒否）を 403 に変換する」とし、シナリオで 403 は「PSTN の発信者には理由表示 21 として届く」と、どのゲートウェイもそうするかのように書いていた。RFC 3398 はどちらの対応も推奨としており、ロケーションがユーザなら 403 の代わりに 603 を返すこともできるとしている。',
    },
    now: {
      en: 'RFC 3398 §7.2.4.1 recommends that an ISUP gateway turn cause 21 into 403, noting that 603 could be given instead when the cause location is the user; a gateway following the mapping of RFC 3398 §8.2.6.1 passes a 403 on as cause 21.',
      ja: 'RFC 3398 §7.2.4.1 は理由表示 21 を 403 に変換することを推奨し、ロケーションがユーザなら代わりに 603 を返すこともできるとしている。RFC 3398 §8.2.6.1 の対応に従うゲートウェイは 403 を理由表示 21 として伝える、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: 'The following mapping values are RECOMMENDED: … 21 call rejected 403 Forbidden (+) … (+) If the cause location is \'user\' than the 6xx code could be given rather than the 4xx code (i.e., 403 becomes 603)',
      },
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
    ],
  },
  {
    id: '403-no-automatic-repeat',
    date: '2026-12-05',
    title: { en: '403: stop, not back off', ja: '403：間隔を延ばすのではなく送信を止める' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'A fix said "A device that keeps sending REGISTER after 403 can get its address blocked; back off and raise an alarm instead": a blocking practice with no source, and advice to back off, that is to repeat the request later, which RFC 3261 §21.4.4 says not to do.',
      ja: '対処法で「403 の後も REGISTER を送り続けると送信元アドレスを遮断されることがあるので、再登録の間隔を延ばし、アラームを上げる」としていた。遮断は出典のない慣行であり、間隔を延ばすとはリクエストを後で繰り返すことで、RFC 3261 §21.4.4 はそれをしないよう求めている。',
    },
    now: {
      en: 'Do not repeat the same request automatically (RFC 3261 §21.4.4), nor with the credentials just rejected (RFC 3261 §22.1); stop and raise an alarm so that the cause can be fixed.',
      ja: '同じリクエストを自動で繰り返さず（RFC 3261 §21.4.4）、拒否されたばかりの認証情報でも送り直さない（RFC 3261 §22.1）。送信を止めてアラームを上げ、原因を直せるようにする、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.4', quote: 'Authorization will not help, and the request SHOULD NOT be repeated.' },
      { ref: 'RFC3261 §22.1', quote: 'A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though the request may be retried if the nonce was stale).' },
    ],
  },
  {
    id: '403-proxy-challenges-with-407',
    date: '2026-12-05',
    title: { en: '403: a proxy challenges with 407, not 401', ja: '403：プロキシのチャレンジは 401 ではなく 407' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'The advice for servers that send 403 said to "challenge with 401 when valid credentials would make the request succeed", also to the proxies and SBCs the page discusses, although a proxy must not use 401.',
      ja: '403 を送るサーバへの助言で、「正しい認証情報で成功するリクエストには 401 でチャレンジし」としていたが、ページが扱うプロキシや SBC にも当てはまる形で書いており、プロキシは 401 を使ってはならない。',
    },
    now: {
      en: 'Challenge with 401, or with 407 if the server is a proxy, which MUST NOT send 401 (RFC 3261 §22.1).',
      ja: '401 でチャレンジする。プロキシは 401 を使ってはならないので 407 を使う（RFC 3261 §22.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.1',
        quote: 'registrars and redirect servers MAY make use of 401 (Unauthorized) responses for authentication, but proxies MUST NOT, and instead MAY use the 407 (Proxy Authentication Required) response.',
      },
    ],
  },
  {
    id: '403-facts-proxy-sender-sections',
    date: '2026-12-05',
    title: { en: '403 facts: the sections that show a proxy sending it', ja: '403 の概要表：プロキシが送ることを示す節' },
    pages: withComparisons(403),
    wrong: {
      en: 'The facts row "Typically sent by" cited RFC 3261 §16.7 for a proxy among the senders of 403. That section covers how a proxy processes the responses it receives, and does not have a proxy send 403.',
      ja: '概要表の「主な送信元」は、403 を送る装置にプロキシを含める根拠として RFC 3261 §16.7 を示していた。この節は受信した応答をプロキシがどう処理するかを扱っており、プロキシが 403 を送るとはしていない。',
    },
    now: {
      en: 'The row cites RFC 5626 §5.3.1 (an edge proxy SHOULD send 403 for a tampered flow token) and RFC 3325 §6 (a proxy can reject an unusable P-Preferred-Identity hint with 403).',
      ja: 'RFC 5626 §5.3.1（改ざんされたフロートークンにはエッジプロキシが 403 を送るべきである）と、RFC 3325 §6（使えない P-Preferred-Identity のヒントをプロキシが 403 で拒否できる）を示した。',
    },
    sources: [
      { ref: 'RFC5626 §5.3.1', quote: 'If the flow token has been tampered with, the proxy SHOULD send a 403 (Forbidden) response.' },
      { ref: 'RFC3325 §6', quote: 'the proxy can add a P-Asserted-Identity header of its own construction, or it can reject the request (for example, with a 403 Forbidden).' },
    ],
  },

  // Third reading, 482, 483, 485, 489, 491.
  {
    id: '482-merged-copies-through-one-sbc',
    date: '2026-12-05',
    title: { en: '482: an SBC that receives both forked copies is itself the UAS that should answer 482', ja: '482：フォーキングされた複製を両方受ける SBC は、それ自身が 482 を返すべき UAS である' },
    pages: [{ code: 482 }],
    wrong: {
      en: 'A scenario said that two forked copies passing through an SBC that generates a new Call-ID and From tag "would reach the PBX as two separate calls", without saying that an SBC, a back-to-back user agent, receives both copies as a user agent server and so SHOULD answer the later one with 482 itself.',
      ja: 'シナリオで、新しい Call-ID と From タグを生成する SBC を経由すると二つの複製は「別々の呼として PBX に届く」としていたが、B2BUA である SBC は両方の複製を UAS として受け取るので、SBC 自身が後の複製に 482 を返すべき（SHOULD）であることを示していなかった。',
    },
    now: {
      en: 'If both copies pass through one SBC, the SBC SHOULD answer the later copy with 482 (RFC 3261 §8.2.2.2); only an SBC that instead sends each copy on with a new Call-ID and From tag delivers them to the PBX as two separate calls.',
      ja: '二つの複製が同じ SBC を経由する場合、後の複製に 482 を返すべきなのは SBC である（SHOULD、RFC 3261 §8.2.2.2）。そうせずに新しい Call-ID と From タグでそれぞれの複製を送り出す SBC の場合に限り、PBX には別々の呼として届く、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §6',
        quote: 'A back-to-back user agent (B2BUA) is a logical entity that receives a request and processes it as a user agent server (UAS).',
      },
      {
        ref: 'RFC3261 §8.2.2.2',
        quote:
          'If the From tag, Call-ID, and CSeq exactly match those associated with an ongoing transaction, but the request does not match that transaction (based on the matching rules in Section 17.2.3), the UAS core SHOULD generate a 482 (Loop Detected) response and pass it to the server transaction.',
      },
    ],
  },
  {
    id: '483-max-forwards-rule-section',
    date: '2026-12-05',
    title: { en: '483: the rule for a Max-Forwards of zero is in RFC 3261 §16.3, and it covers an OPTIONS the proxy does not answer', ja: '483：Max-Forwards が 0 のときの規則は RFC 3261 §16.3 にあり、プロキシが自ら応答しない OPTIONS にも及ぶ' },
    pages: [{ code: 483 }],
    wrong: {
      en: 'The Max-Forwards note cited only RFC 3261 §20.22, which defines the header but does not say that a proxy answers 483 at zero or may answer an OPTIONS itself. The description said that for OPTIONS a proxy MAY respond as the final recipient "and for any other request it MUST return 483", which left out an OPTIONS the proxy does not answer itself.',
      ja: 'Max-Forwards の注記は RFC 3261 §20.22 だけを出典としていたが、この節はヘッダを定義しているだけで、値 0 でプロキシが 483 を返すことや、OPTIONS に自ら応答してもよいことは示していない。また説明文は、OPTIONS には最終的な受信者として応答してもよく（MAY）、「それ以外のリクエストには」483 を返さなければならないとしており、プロキシが自ら応答しない OPTIONS が抜けていた。',
    },
    now: {
      en: 'The note cites RFC 3261 §16.3, item 3, for the rule, and the description says that a proxy that does not answer an OPTIONS itself MUST return 483 to it as to any other request.',
      ja: '注記は規則の出典として RFC 3261 §16.3 の項目 3 を示し、説明文は、自ら応答しない OPTIONS にも、ほかのリクエストと同じく 483 を返さなければならない、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.3',
        quote:
          'If the request contains a Max-Forwards header field with a field value of zero (0), the element MUST NOT forward the request. If the request was for OPTIONS, the element MAY act as the final recipient and respond per Section 11. Otherwise, the element MUST return a 483 (Too many hops) response.',
      },
    ],
  },
  {
    id: '485-qsig-gateway-overlap',
    date: '2026-12-05',
    title: { en: '485: a SIP–QSIG gateway also sends it, to an overlap INVITE whose digits do not extend the earlier ones', ja: '485：SIP–QSIG ゲートウェイも、桁が以前の続きになっていないオーバーラップの INVITE に返す' },
    pages: withComparisons(485),
    wrong: {
      en: 'The page described 485 only as the answer to an address that fits several users, and listed no gateway among its senders. RFC 4497 requires a SIP–QSIG gateway to answer 485 to an INVITE that matches an earlier overlap-sending INVITE of the same call in every respect except that its Request-URI does not extend the digits already received, a 485 that has nothing to do with directory lookups.',
      ja: '485 を複数のユーザに当てはまるアドレスへの応答としてだけ説明し、送信元にゲートウェイを挙げていなかった。RFC 4497 は、同じ呼のオーバーラップ送出の INVITE とすべての点で一致するが Request-URI がすでに受けた桁の続きになっていない INVITE に、SIP–QSIG ゲートウェイが 485 を返すことを定めている。ディレクトリ検索とは関係のない 485 である。',
    },
    now: {
      en: 'The summary, the description, a scenario and a fix give this use (RFC 4497 §8.3.9), and the facts list a gateway among the senders.',
      ja: '要約、説明、シナリオ、対処法にこの用途を示し（RFC 4497 §8.3.9）、概要表の送信元にゲートウェイを加えた。',
    },
    sources: [
      {
        ref: 'RFC4497 §8.3.9',
        quote:
          'If a gateway receives a SIP INVITE request that meets all of the conditions for a SIP INVITE request for the purpose of overlap sending except the condition concerning the Request-URI, the gateway SHALL respond to the new request with a SIP 485 (Ambiguous) response.',
      },
    ],
  },
  {
    id: '491-timers-do-not-rule-out-collision',
    date: '2026-12-05',
    title: { en: '491: the back-off timers make a second collision unlikely, not impossible', ja: '491：待ち時間のタイマは、再度の衝突を起こりにくくするが、なくしはしない' },
    pages: [{ code: 491 }, { compare: [491, 500] }],
    wrong: {
      en: 'The page said that, because the two ranges do not overlap, "the collision does not recur", and the 491 vs 500 guide that "the collision does not repeat". RFC 3261 promises no such thing: what keeps the second attempts apart is that a UA must not start a re-INVITE while it has an INVITE server transaction in progress, which helps only if the first resent re-INVITE has arrived before the other side\'s timer fires.',
      ja: '二つの範囲が重ならないので「衝突は繰り返されない」とし、491 と 500 の解説でも同じように書いていた。RFC 3261 はそうは定めていない。二度目の試みがぶつからないのは、INVITE サーバトランザクションが進行中の UA は re-INVITE を始めてはならないからであり、それが効くのは、先に送り直された re-INVITE が相手のタイマの満了までに届いている場合だけである。',
    },
    now: {
      en: 'The side that does not own the Call-ID normally resends first; if its re-INVITE has reached the other side when that side\'s timer fires, the other side must wait until that transaction is over (RFC 3261 §14.1). If the two still cross on the wire, they can collide again.',
      ja: 'Call-ID の所有者ではない側が通常は先に送り直す。相手のタイマが満了した時点でその re-INVITE が届いていれば、相手はそのトランザクションが終わるまで待たなければならない（RFC 3261 §14.1）。それでも二つが伝送中にすれ違えば、再び衝突しうる、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.1',
        quote:
          'If there is an ongoing INVITE server transaction, the TU MUST wait until the transaction reaches the confirmed or terminated state before initiating the new INVITE.',
      },
      {
        ref: 'RFC3261 §14.1',
        quote: 'If the UAC is not the owner of the Call-ID of the dialog ID, T has a randomly chosen value of between 0 and 2 seconds in units of 10 ms.',
      },
    ],
  },
  {
    id: '491-resend-after-crossing-hold',
    date: '2026-12-05',
    title: { en: '491: the other side\'s hold does not put the call on hold in your direction', ja: '491：相手の保留で、自分の方向まで保留になるわけではない' },
    pages: [{ code: 491 }],
    wrong: {
      en: 'A fix said not to resend after a 491 when "the other side\'s change already produced the state you wanted (both sides put the call on hold)". A hold is placed separately in each direction, so the other side\'s hold does not produce yours; RFC 3261 ties the resend to whether the UA still wants the change, with a call already ended by BYE as its example.',
      ja: '対処法で、「相手側の変更によってすでに望む状態になっている（両者とも保留にした）」場合は 491 の後に送り直さないとしていた。保留は方向ごとに別々にかけられるので、相手の保留で自分の保留が実現するわけではない。RFC 3261 は、送り直すかどうかを UA がまだその変更を望むかどうかで決めるとし、例として BYE で終了した呼を挙げている。',
    },
    now: {
      en: 'Resend only if you still want the change, and not after a BYE (RFC 3261 §14.1); build the resent offer on the session as the other side left it, so that after the other side\'s hold your own hold marks the stream inactive instead of sendonly (RFC 3264 §8.4).',
      ja: 'まだ変更が必要な場合に限って送り直し、BYE の後は送り直さない（RFC 3261 §14.1）。送り直すオファーは相手側の変更を反映したセッションをもとに作り、相手が保留にした後の自分の保留では、ストリームを sendonly ではなく inactive にする（RFC 3264 §8.4）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.1',
        quote:
          'When the timer fires, the UAC SHOULD attempt the re-INVITE once more, if it still desires for that session modification to take place. For example, if the call was already hung up with a BYE, the re-INVITE would not take place.',
      },
      {
        ref: 'RFC3264 §8.4',
        quote:
          'If the stream to be placed on hold was previously a recvonly media stream, it is placed on hold by marking it inactive. This means that a stream is placed "on hold" separately in each direction.',
      },
    ],
  },
  {
    id: 'guide-491-vs-500-dialog-after-non-2xx',
    date: '2026-12-05',
    title: { en: '491 vs 500 guide: not every non-2xx response to a re-INVITE leaves the dialog up', ja: '491 と 500 の解説：re-INVITE への 2xx 以外の応答がすべてダイアログを残すわけではない' },
    pages: [{ compare: [491, 500] }],
    wrong: {
      en: 'The guide said that "after a non-2xx final response to a re-INVITE, the dialog and the session stay as they were", citing RFC 3261 §14.1. That section keeps the session parameters unchanged after any non-2xx response, but has the UAC terminate the dialog after a 481 or 408.',
      ja: '解説は、RFC 3261 §14.1 を挙げて「re-INVITE に 2xx 以外の最終応答が返っても、ダイアログとセッションは元のまま残る」としていた。この節は、2xx 以外のどの応答の後もセッションのパラメータを変えないとしているが、481 や 408 の後には UAC がダイアログを終了するとしている。',
    },
    now: {
      en: 'The session stays as it was (RFC 3261 §14.1); for the dialog, RFC 5057 counts 491 and 500 among the responses that affect only the transaction (RFC 5057 §5.1), and the guide notes that a 481 or 408 to a re-INVITE ends the dialog (RFC 3261 §14.1), or, as RFC 5057 narrows it, the invite usage, leaving any other usage of the dialog (RFC 5057 §5.1, §5.2).',
      ja: 'セッションは元のまま残る（RFC 3261 §14.1）。ダイアログについては、RFC 5057 が 491 と 500 をトランザクションだけに影響する応答に数えている（RFC 5057 §5.1）とし、re-INVITE への 481 や 408 はダイアログを終わらせる（RFC 3261 §14.1）こと、RFC 5057 はこれを INVITE の用途の終了に狭めており、同じダイアログのほかの用途は残る（RFC 5057 §5.1、§5.2）ことを書き添えた。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.1',
        quote:
          'If a UA receives a non-2xx final response to a re-INVITE, the session parameters MUST remain unchanged, as if no re-INVITE had been issued. Note that, as stated in Section 12.2.1.2, if the non-2xx final response is a 481 (Call/Transaction Does Not Exist), or a 408 (Request Timeout), or no response at all is received for the re-INVITE (that is, a timeout is returned by the INVITE client transaction), the UAC will terminate the dialog.',
      },
      {
        ref: 'RFC5057 §5.1',
        quote: 'Transaction Only The error affects only the transaction, not the usage or dialog the transaction occurs in (beyond affecting the local CSeq).',
      },
      { ref: 'RFC5057 §5.1', quote: 'The dialog itself should not be destroyed unless this was the last usage.' },
      { ref: 'RFC5057 §5.2', quote: 'Generally, a transaction timeout should affect only the usage in which the transaction occurred.' },
    ],
  },

  // Third reading, 400, 402, 405, 406, 410.
  {
    id: '400-unknown-method-gets-501',
    date: '2026-12-05',
    title: { en: '400: a UAS answers an unknown method with 501, a proxy forwards it', ja: '400：認識できないメソッドには UAS は 501 を返し、プロキシは転送する' },
    pages: [{ code: 400 }],
    wrong: {
      en: 'A fix told the reader whose server sends 400 to make sure it "does not reject requests for unknown methods", citing RFC 3261 §16.3, which binds proxies. A UAS that does not recognise a method does reject the request, with 501; what it should not do is answer 400 as if the method were a syntax error.',
      ja: '対処法で、400 を返しているサーバについて「知らないメソッド」を理由に拒否していないか確認するよう求め、プロキシについての規定である RFC 3261 §16.3 を根拠としていた。メソッドを認識しない UAS はリクエストを拒否するが、その応答は 501 であり、構文の誤りとして 400 を返すべきではない。',
    },
    now: {
      en: 'A method the server does not recognise gets 501 from a UAS (RFC 3261 §21.5.2) and is forwarded by a proxy (RFC 3261 §16.3); a header field the UAS does not understand MUST be ignored, and a malformed one it does not need SHOULD be ignored (RFC 3261 §8.2.2).',
      ja: '認識できないメソッドには UAS は 501 を返し（RFC 3261 §21.5.2）、プロキシはそれを転送する（RFC 3261 §16.3）。UAS は理解できないヘッダを無視しなければならず（MUST）、処理に必要のない不正なヘッダは無視すべきである（SHOULD、RFC 3261 §8.2.2）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.2',
        quote: 'This is the appropriate response when a UAS does not recognize the request method and is not capable of supporting it for any user.',
      },
      { ref: 'RFC3261 §16.3', quote: 'An element MUST NOT refuse to proxy a request because it contains a method or header field it does not know about.' },
      {
        ref: 'RFC3261 §8.2.2',
        quote: 'the server MUST ignore that header field and continue processing the message. A UAS SHOULD ignore any malformed header fields that are not necessary for processing requests.',
      },
    ],
  },
  {
    id: 'facts-402-410-proxy-answers-itself',
    date: '2026-12-05',
    title: { en: '402 and 410 facts: the section that lets a proxy answer on its own', ja: '402 と 410 の概要表：プロキシが自ら応答できるとする節' },
    pages: withComparisons(402, 410),
    wrong: {
      en: 'The facts tables of 402 and 410 cited RFC 3261 §16.7 for a proxy among the typical senders. That section says what a proxy does with the responses it receives and forwards; it does not say that a proxy sends 402 or 410.',
      ja: '402 と 410 の概要表は、主な送信元にプロキシを挙げる根拠として RFC 3261 §16.7 を示していた。この節が定めるのはプロキシが受け取って転送する応答の扱いであり、プロキシが 402 や 410 を送ることは定めていない。',
    },
    now: {
      en: 'The row cites RFC 3261 §16.1: an element that can act as a proxy MAY answer a request itself with any appropriate error code, and does so as a UAS. The dataset carries the same values.',
      ja: '根拠を RFC 3261 §16.1 とした。プロキシとして動作できる装置は、適切なエラーコードで自らリクエストに応答してよく（MAY）、そのときは UAS として振る舞う。データセットも同じ値になった。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.1',
        quote: 'The element MAY respond with any appropriate error code. When responding directly to a request, the element is playing the role of a UAS and MUST behave as described in Section 8.2.',
      },
    ],
  },
  {
    id: '405-proxy-rule-section',
    date: '2026-12-05',
    title: { en: '405: the rule that proxies relay unknown methods is in RFC 3261 §16.3', ja: '405：プロキシが知らないメソッドも中継するという規定は RFC 3261 §16.3 にある' },
    pages: [{ code: 405 }],
    wrong: {
      en: 'The description said proxies "must relay methods they do not know" and cited RFC 3261 §16.2, which lists the steps a proxy takes for every request, unknown methods included, but states no such requirement. An earlier correction had removed §16.3, where the requirement is written.',
      ja: '説明では、プロキシは「知らないメソッドでも中継しなければならない」とし、RFC 3261 §16.2 を根拠としていた。この節は、未知のメソッドを含むすべてのリクエストについてプロキシがとる手順を挙げているが、そのような要件は定めていない。要件が書かれている §16.3 は、以前の訂正で外されていた。',
    },
    now: {
      en: 'Proxies must not refuse to relay a request because they do not know its method (RFC 3261 §16.3), and forward all requests regardless of method (RFC 3261 §21.5.2).',
      ja: 'プロキシは、知らないメソッドであることを理由に中継を拒んではならず（RFC 3261 §16.3）、メソッドにかかわらずすべてのリクエストを転送する（RFC 3261 §21.5.2）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §16.3', quote: 'An element MUST NOT refuse to proxy a request because it contains a method or header field it does not know about.' },
      { ref: 'RFC3261 §21.5.2', quote: '(Proxies forward all requests regardless of method.)' },
    ],
  },
  {
    id: '410-rfc3398-mappings-recommended',
    date: '2026-12-05',
    title: { en: '410: the cause 22 mappings are RFC 3398\'s recommendations', ja: '410：理由表示 22 との対応は RFC 3398 の推奨' },
    pages: [{ code: 410 }, { compare: [404, 410] }],
    wrong: {
      en: 'The 410 page said that "a 410 from the SIP side reaches a PSTN caller as cause 22", and that when the release carries the new number in its diagnostic "the gateway answers 301 with that number", as if every gateway did so. The 404 vs 410 guide said the two codes "map to different causes" at a PSTN gateway. RFC 3398 only recommends these mappings, uses cause 22 for a 410 only when the response carries no encapsulated ISUP, and puts the new number in Contact only when the gateway can process it.',
      ja: '410 のページは「SIP 側の 410 は PSTN の発信者に理由表示 22 として伝わる」とし、解放メッセージの診断情報に新番号があれば「ゲートウェイはその番号を付けた 301 を返す」と、どのゲートウェイもそうするかのように書いていた。404 と 410 の解説も、PSTN ゲートウェイでは両者が「別の理由表示に変換される」としていた。RFC 3398 はこれらの対応を推奨しているだけであり、410 に理由表示 22 を使うのは応答に ISUP がカプセル化されていない場合で、新番号を Contact に入れるのはゲートウェイがそれを処理できる場合である。',
    },
    now: {
      en: 'RFC 3398 recommends cause 22 without a diagnostic, and cause 23, to 410, and 301 when the diagnostic carries a new number, which a gateway able to process it SHOULD put in Contact (RFC 3398 §7.2.4.1); it recommends cause 22 for a 410 that carries no encapsulated ISUP (RFC 3398 §8.2.6.1). The guide speaks of a gateway that follows these recommended mappings.',
      ja: 'RFC 3398 は、診断情報のない理由表示 22 と理由表示 23 を 410 に、診断情報に新番号がある理由表示 22 を 301 に対応付けることを推奨し、その番号を処理できるゲートウェイは Contact に入れるべきである（SHOULD、RFC 3398 §7.2.4.1）とした。ISUP がカプセル化されていない 410 には理由表示 22 を推奨している（RFC 3398 §8.2.6.1）とした。解説は、これらの推奨に従うゲートウェイの場合として書き改めた。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: 'A REL with ISDN cause 22 (number changed) might contain information about a new number where the callee might be reachable in the diagnostic field. If the MGC is able to process this information it SHOULD be added to the SIP response (301) in a Contact header.',
      },
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
    ],
  },

  // Third reading, 100, 181, 182, 199, 200.
  {
    id: '100-also-from-the-callee-ua',
    date: '2026-12-05',
    title: { en: '100: it may come from the callee\'s own user agent', ja: '100：着信者の UA 自身が送ることもある' },
    pages: [{ code: 100 }],
    wrong: {
      en: 'The description opened with "100 Trying comes from the neighbouring server, not from the called party", although the INVITE server transaction of the callee\'s user agent has to send a 100 too unless it knows a response will follow within 200 ms, and the call flow on the same page shows it doing so.',
      ja: '説明の冒頭で「100 Trying を返すのは着信者ではなく、隣接する次ホップのサーバである」としていたが、着信者の UA の INVITE サーバトランザクションも、200 ms 以内に応答が出ると分かっている場合を除いて 100 を送らなければならず、同じページのコールフローもそれを示している。',
    },
    now: {
      en: '100 Trying speaks for the next hop, not for the called user: it may come from a proxy, a PBX or an SBC, or from the callee\'s own user agent, since the rule of RFC 3261 §17.2.1 applies to a UAS as much as to a proxy.',
      ja: '100 Trying が示すのは次ホップの状態であり、着信ユーザの状態ではない。送るのはプロキシ・PBX・SBC のこともあれば着信者の UA そのもののこともある。RFC 3261 §17.2.1 の規則はプロキシだけでなく UAS にも適用されるからである、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §17.2.1',
        quote: 'The server transaction MUST generate a 100 (Trying) response unless it knows that the TU will generate a provisional or final response within 200 ms, in which case it MAY generate a 100 (Trying) response.',
      },
      { ref: 'RFC3261 §8.2.6.1', quote: 'If there is a delay in generating the response, the UAS SHOULD add a delay value into the Timestamp value in the response.' },
    ],
  },
  {
    id: 'guide-100-vs-180-only-100',
    date: '2026-12-05',
    title: { en: '100 vs 180 guide: when only 100 arrives, the INVITE may have stopped at the element that sent it', ja: '100 と 180 の解説：100 しか届かないとき、INVITE は 100 を送った装置で止まっていることもある' },
    pages: [{ compare: [100, 180] }],
    wrong: {
      en: 'The guide said that when only 100 arrives, the element that sent it "has the call, and the fault most likely lies beyond it", and to follow the INVITE "to the next hop". The likelihood has no source, and the 100 shows only that this element received the INVITE, not that it forwarded it.',
      ja: '解説は、100 しか届かない場合、100 を送った装置は「呼を受け取っており、障害はおそらくその先」にあるとし、INVITE を「次のホップまで」追うよう勧めていた。この見込みには出典がなく、100 が示すのはその装置が INVITE を受け取ったことだけで、転送したことではない。',
    },
    now: {
      en: 'The 100 shows only that the element that sent it received the INVITE (RFC 3261 §21.1.1); the INVITE may have stopped there or been lost further along. Check whether that element forwarded it, then follow it hop by hop.',
      ja: '100 が示すのは、それを送った装置が INVITE を受け取ったことだけであり（RFC 3261 §21.1.1）、INVITE はそこで止まったのかもしれず、その先で失われたのかもしれない。その装置が INVITE を転送したかを確かめ、1 ホップずつ追う、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.1.1',
        quote: 'This response indicates that the request has been received by the next-hop server and that some unspecified action is being taken on behalf of this call',
      },
    ],
  },
  {
    id: 'guide-100-vs-180-failover-after-100',
    date: '2026-12-05',
    title: { en: '100 vs 180 guide: after a 100, RFC 3263 failover comes only from a 503 or a transport failure', ja: '100 と 180 の解説：100 の後の RFC 3263 のフェイルオーバーは 503 かトランスポートの障害によるものだけ' },
    pages: [{ compare: [100, 180] }],
    wrong: {
      en: 'The guide named "stopping failover as soon as the carrier answers 100" as a common mistake. RFC 3263 §4.3 counts a timeout as a failure only when no response, provisional or final, has arrived, and after a 100 the INVITE client transaction is in the Proceeding state, where Timer B no longer ends it.',
      ja: '解説は「キャリアが 100 を返した時点でフェイルオーバーをやめてしまう」ことをよくある誤りとしていた。RFC 3263 §4.3 がタイムアウトを失敗とみなすのは暫定応答も最終応答も届いていない場合だけであり、100 の後の INVITE クライアントトランザクションは Proceeding 状態にあって、タイマ B で終わることはない。',
    },
    now: {
      en: 'After a 100, the failover of RFC 3263 can come only from a 503 or a transport failure (RFC 3263 §4.3, RFC 3261 §17.1.1.2). Giving up on a carrier that answered 100 but nothing more takes a timer and a CANCEL: RFC 3261 sets only a proxy\'s Timer C, of more than three minutes, after which the proxy MUST cancel a branch that has a provisional response (RFC 3261 §16.6, §16.8); giving up sooner is local policy, which the RFCs do not define.',
      ja: '100 の後に RFC 3263 のフェイルオーバーが起きるのは、503 かトランスポートの障害の場合だけである（RFC 3263 §4.3、RFC 3261 §17.1.1.2）。100 だけを返して先へ進まないキャリアを見切るにはタイマと CANCEL が要る。RFC 3261 が定めるのは 3 分を超えるプロキシのタイマ C だけで、満了すると、プロキシは暫定応答を受けた分岐をキャンセルしなければならない（RFC 3261 §16.6、§16.8）。それより早く見切るのは RFC が定めないローカルポリシーである、とした。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'Failure also occurs if the transaction layer times out without ever having received any response, provisional or final (i.e., timer B or timer F in RFC 3261 [1] fires).',
      },
      {
        ref: 'RFC3261 §17.1.1.2',
        quote: 'If the client transaction is still in the "Calling" state when timer B fires, the client transaction SHOULD inform the TU that a timeout has occurred.',
      },
      { ref: 'RFC3261 §16.6', quote: 'Timer C MUST be set for each client transaction when an INVITE request is proxied. The timer MUST be larger than 3 minutes.' },
      { ref: 'RFC3261 §16.8', quote: 'If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request matching that transaction.' },
    ],
  },
  {
    id: 'compare-100-on-receipt-stateful-proxy',
    date: '2026-12-05',
    title: { en: 'Comparisons with 100: a stateful proxy does not forward it, a stateless one does', ja: '100 との比較：転送しないのはステートフルプロキシであり、ステートレスプロキシは転送する' },
    pages: withComparisons(100),
    wrong: {
      en: 'The lead and the "On receipt" line of every comparison with 100 said that 100 "goes no further" than this hop. A stateless proxy forwards every response it receives, a 100 included; only a stateful proxy never forwards it.',
      ja: '100 を含む比較ページの冒頭と「受信したとき」の行で、100 は「それより先へは転送されない」としていた。ステートレスプロキシは届いた応答を 100 も含めてすべて転送する。100 を転送しないのはステートフルプロキシである。',
    },
    now: {
      en: '"100 stops INVITE retransmissions on this hop, and a stateful proxy does not forward it" (RFC 3261 §21.1.1).',
      ja: '「100 はこのホップでの INVITE の再送を止めるもので、ステートフルプロキシはこれを上流へ転送しない」（RFC 3261 §21.1.1）とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.1.1', quote: 'The 100 (Trying) response is different from other provisional responses, in that it is never forwarded upstream by a stateful proxy.' },
      { ref: 'RFC3261 §16.11', quote: 'Response processing as described in Section 16.7 does not apply to a proxy behaving statelessly.' },
    ],
  },
  {
    id: '199-none-when-last-branch-fails',
    date: '2026-12-05',
    title: { en: '199: none comes when the failed branch was the last one pending', ja: '199：失敗した分岐が最後の応答待ちの分岐なら 199 は来ない' },
    pages: [{ code: 199 }],
    wrong: {
      en: 'The fix for "you never see 199 although branches fail" listed Supported: 199, Require: 100rel and proxy support, but not that a forking proxy sends 199 only when it does not forward the final response at once, which it does when the failed branch was the last one pending and it tries no further target.',
      ja: '「分岐が失敗しているのに 199 が一度も来ない」場合の対処法は、Supported: 199、Require: 100rel、プロキシの対応を挙げていたが、フォーキングプロキシが 199 を送るのは最終応答を直ちには中継しない場合だけであり、失敗した分岐が最後の応答待ちの分岐で、それ以上の宛先を試さないなら直ちに中継する、という点を挙げていなかった。',
    },
    now: {
      en: 'Expect no 199 when the failed branch was the last one pending and the proxy tries no further target: the proxy then forwards a final response at once, which ends every early dialog, and RFC 6228 §6 asks for a 199 only when it does not.',
      ja: '失敗した分岐が最後の応答待ちの分岐で、プロキシがそれ以上の宛先を試さない場合も 199 は来ない。プロキシは最終応答を直ちに中継し、それがすべてのアーリーダイアログを終わらせる。RFC 6228 §6 が 199 を求めるのは、直ちには中継しない場合だけである、とした。',
    },
    sources: [
      { ref: 'RFC6228 §6', quote: 'The forking proxy does not intend to forward the final response immediately (in accordance with rules for a forking proxy).' },
      { ref: 'RFC3261 §12.3', quote: 'if a request outside of a dialog generates a non-2xx final response, any early dialogs created through provisional responses to that request are terminated.' },
    ],
  },
  {
    id: '200-non-invite-single-2xx',
    date: '2026-12-05',
    title: { en: '200: a non-INVITE request gets a single 2xx, as RFC 3261 §17.1.2.1 puts it', ja: '200：非 INVITE リクエストに届く 2xx は一つだけ（RFC 3261 §17.1.2.1 の表現どおり）' },
    pages: [{ code: 200 }],
    wrong: {
      en: 'The description said a non-INVITE request "delivers exactly one final response to the client", citing RFC 3261 §17.1.2.1, which says that only a single 2xx response to a non-INVITE is ever delivered to a UAC; a non-INVITE transaction can also end in a timeout with no final response.',
      ja: '説明で、非 INVITE リクエストでは「クライアントに届く最終応答はちょうど一つである」とし、RFC 3261 §17.1.2.1 を根拠としていたが、同節が示すのは非 INVITE への 2xx が UAC に一つしか届かないことであり、非 INVITE トランザクションは最終応答なしにタイムアウトで終わることもある。',
    },
    now: {
      en: 'For a non-INVITE request, only a single 2xx is ever delivered to the client (RFC 3261 §17.1.2.1).',
      ja: '非 INVITE リクエストでは、クライアントに届く 2xx は一つだけである（RFC 3261 §17.1.2.1）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §17.1.2.1', quote: 'The result is that only a single 2xx response to a non-INVITE is ever delivered to a UAC.' },
    ],
  },
  {
    id: '200-subscribe-refer-and-204',
    date: '2026-12-05',
    title: { en: '200: what follows a 200 to SUBSCRIBE, and what 204 really suppresses', ja: '200：SUBSCRIBE への 200 の後に来るもの、204 が実際に省くもの' },
    pages: [{ code: 200 }],
    wrong: {
      en: 'The description said "For SUBSCRIBE and REFER, 200 replaces the deprecated 202 and the outcome follows in NOTIFY; 204 is the variant that announces no NOTIFY at all". 204 answers only a SUBSCRIBE sent within an established dialog, never a REFER, and suppresses only the NOTIFY that this request would have triggered; the subscription goes on.',
      ja: '説明で「SUBSCRIBE と REFER では、非推奨となった 202 の代わりに 200 を返し、結果は後続の NOTIFY で届く。NOTIFY がまったく来ないことを示す変種が 204 である」としていた。204 を返せるのは確立済みのダイアログ内で送られた SUBSCRIBE だけで、REFER には返さず、省くのはそのリクエストで送られるはずだった NOTIFY だけであり、サブスクリプションは続く。',
    },
    now: {
      en: 'To SUBSCRIBE, NOTIFY and REFER, 200 is the success response: RFC 6665 §8.3.1 and RFC 7647 §5 forbid 202 there. After a 200 to SUBSCRIBE the notifier must send a NOTIFY with the current state at once (RFC 6665 §4.2.1.2); 204 answers only a SUBSCRIBE within an established dialog and says that the NOTIFY this request would have triggered will not be sent (RFC 5839 §7.1).',
      ja: 'SUBSCRIBE・NOTIFY・REFER に成功を返すときは 200 を使う。RFC 6665 §8.3.1 と RFC 7647 §5 は、これらに 202 を返すことを禁じている。SUBSCRIBE に 200 を返したノーティファイアは、現在の状態を運ぶ NOTIFY を直ちに送らなければならない（MUST、RFC 6665 §4.2.1.2）。204 は確立済みのダイアログ内の SUBSCRIBE にだけ返し、そのリクエストで送られるはずだった NOTIFY を送らないことを示す（RFC 5839 §7.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC5839 §7.1',
        quote: 'The 204 (No Notification) response code indicates that the request was successful, but the notification associated with the request will not be sent. It is valid only in response to a SUBSCRIBE message sent within an established dialog.',
      },
      { ref: 'RFC6665 §4.2.1.2', quote: 'Upon successfully accepting or refreshing a subscription, notifiers MUST send a NOTIFY request immediately to communicate the current resource state to the subscriber.' },
      { ref: 'RFC7647 §5', quote: 'an element accepting a REFER request MUST NOT reply with a 202 response code' },
    ],
  },

  // Third reading, 202, 204, 300, 301, 305, 380.
  {
    id: '380-sender-and-unrecognised-code',
    date: '2026-12-05',
    title: { en: '380: no RFC names a proxy as its sender', ja: '380：プロキシを送信元とする RFC はない' },
    pages: withComparisons(380),
    wrong: {
      en: 'The facts table listed a proxy among the typical senders of 380 and cited RFC 3261 §16.7 for it, but that section says what a proxy does with the responses it receives, not that a proxy generates 380, and no RFC we have read names a proxy as its sender. The description also said that a UAC which "does not implement 380 at all" treats it as 300, where RFC 3261 §8.1.3.2 speaks of a final response the UAC does not recognise.',
      ja: '概要表は 380 の主な送信元にプロキシを挙げ、その根拠に RFC 3261 §16.7 を示していたが、この節が定めるのはプロキシが受信した応答の扱いであり、プロキシが 380 を生成することではない。確認した RFC のなかに、プロキシを 380 の送信元とするものはない。また説明では、380 を「実装していない」UAC はこれを 300 として扱うとしていたが、RFC 3261 §8.1.3.2 が定めるのは UAC が認識しない最終応答の扱いである。',
    },
    now: {
      en: 'Typical sender: a user agent server, citing RFC 3261 §21.3.5 and the definition in RFC 3261 §6, under which any element that responds to a request acts as a UAS for that transaction, as Oracle\'s SBC does when, in its P-CSCF role, it answers an emergency call with 380. A UAC that does not recognise 380 treats it as 300. The dataset carries the same values.',
      ja: '主な送信元は UAS とし、RFC 3261 §21.3.5 と、リクエストに応答する装置はそのトランザクションの間 UAS として動作するという RFC 3261 §6 の定義を示した。P-CSCF として動作する Oracle の SBC が緊急呼に 380 を返す場合もこれに当たる。380 を認識しない UAC がこれを 300 として扱う、とした。データセットも同じ値になった。',
    },
    sources: [
      { ref: 'RFC3261 §6', quote: 'In other words, if a piece of software responds to a request, it acts as a UAS for the duration of that transaction.' },
      { ref: 'RFC3261 §8.1.3.2', quote: 'A UAC MUST treat any final response it does not recognize as being equivalent to the x00 response code of that class' },
    ],
  },
  {
    id: '305-outbound-proxy-workaround',
    date: '2026-12-05',
    title: { en: '305: check the named proxy before making it the outbound proxy', ja: '305：示されたプロキシをアウトバウンドプロキシにする前に確認する' },
    pages: [{ code: 305 }],
    wrong: {
      en: 'A fix told the operator of a client that does not support 305 to configure the proxy a 305 names as the outbound proxy for that destination, with no check of who sent it, although the page advises acting on a 305 only from a sender one trusts, and RFC 3261 makes a 305 cover a single request.',
      ja: '対処法では、305 に対応していないクライアントについて、305 が示すプロキシをその宛先向けのアウトバウンドプロキシとして設定するよう勧め、送信元の確認には触れていなかった。同じページは信頼できる送信元からの 305 にだけ従うよう勧めており、RFC 3261 も 305 の対象を 1 つのリクエストに限っている。',
    },
    now: {
      en: 'First confirm with whoever runs the destination that the named proxy is the one to use, then configure it as the outbound proxy. That configuration is the operator\'s own choice: RFC 3261 §21.3.4 makes a 305 cover only the single request it answers.',
      ja: 'まず宛先の運用者に、示されたプロキシが経由すべきものであることを確認してから、アウトバウンドプロキシとして設定する、とした。その設定は運用者自身の判断であり、RFC 3261 §21.3.4 では 305 の対象は応答した 1 つのリクエストに限られる。',
    },
    sources: [
      { ref: 'RFC3261 §21.3.4', quote: 'The recipient is expected to repeat this single request via the proxy.' },
      { ref: 'RFC2616 §10.3.6', quote: 'Not observing these limitations has significant security consequences.' },
    ],
  },
  {
    id: '204-b2bua-transient-errors',
    date: '2026-12-05',
    title: { en: '204: what a B2BUA unaware of conditional notification gets wrong', ja: '204：条件付き通知を知らない B2BUA が誤ること' },
    pages: [{ code: 204 }],
    wrong: {
      en: 'A scenario said a B2BUA that does not know RFC 5839 "treats the 204 … as an error". RFC 5839 §5.8 names two other problems: such a B2BUA may treat a NOTIFY with a suppressed body as an error, or may expect every SUBSCRIBE to have a NOTIFY; and an element that follows RFC 3261 §8.1.3.2 handles a 2xx it does not recognise as a 200.',
      ja: 'シナリオでは、RFC 5839 を知らない B2BUA が「204 … をエラーとして扱う」としていた。RFC 5839 §5.8 が示すのは別の二つの問題で、そうした B2BUA はボディを抑止した NOTIFY をエラーとして扱ったり、どの SUBSCRIBE にも NOTIFY が続くものと想定したりする。また RFC 3261 §8.1.3.2 に従う装置は、認識しない 2xx を 200 として扱う。',
    },
    now: {
      en: 'The scenario names the two problems of RFC 5839 §5.8, and says that a B2BUA which follows RFC 3261 §8.1.3.2 handles the unknown 204 like a 200 and then waits for a NOTIFY that never comes.',
      ja: 'シナリオに RFC 5839 §5.8 が示す二つの問題を書き、RFC 3261 §8.1.3.2 に従う B2BUA は認識しない 204 を 200 と同じに扱い、届くことのない NOTIFY を待つ、とした。',
    },
    sources: [
      {
        ref: 'RFC5839 §5.8',
        quote: 'It is possible that some B2BUA devices may treat a NOTIFY with suppressed body as an error, or may expect all SUBSCRIBE messages to have an associated NOTIFY message.',
      },
      { ref: 'RFC3261 §8.1.3.2', quote: 'A UAC MUST treat any final response it does not recognize as being equivalent to the x00 response code of that class' },
    ],
  },
  {
    id: '300-q-order-is-optional-ja',
    date: '2026-12-05',
    title: { en: '300: ordering the targets by q is allowed, not required', ja: '300：q 値による順序付けは任意であり、必須ではない' },
    pages: [{ code: 300 }],
    wrong: {
      en: 'The Japanese description said the client orders its target set by the Contact q values, as a rule of RFC 3261 §8.1.3.4; the English page and the RFC say it may generate the requests in any order, ordering by q being a common mechanism.',
      ja: '日本語の説明では、クライアントはターゲットセットを Contact の q 値で順序付けすると、RFC 3261 §8.1.3.4 の規則のように書いていた。英語のページと RFC では、リクエストはどの順序で生成してもよく（MAY）、q 値による順序付けは一般的な方法の一つにすぎない。',
    },
    now: { en: 'The client may order the set by the q values, and may try the targets serially or in parallel.', ja: 'クライアントは q 値で順序付けしてもよく、直列でも並列でも試してよい、とした。' },
    sources: [
      {
        ref: 'RFC3261 §8.1.3.4',
        quote: 'As the target set grows, the client MAY generate new requests to the URIs in any order. A common mechanism is to order the set by the "q" parameter value from the Contact header field value.',
      },
    ],
  },

  {
    id: '202-vs-204-notify-after-2xx',
    date: '2026-12-05',
    title: { en: '202 vs 204 guide: a 204 is the 2xx after which no NOTIFY is due', ja: '202 と 204 の比較：NOTIFY が続かない 2xx が 204 である' },
    pages: [{ compare: [202, 204] }],
    wrong: {
      en: 'The guide said both codes "refresh the subscription", although a 204 to a SUBSCRIBE with Expires: 0 ends it, and that the notifier sends a NOTIFY right away "as it must after any 2xx to a SUBSCRIBE", although after a 204 the notifier must not send one.',
      ja: '比較ページは、どちらのコードも「サブスクリプションをリフレッシュする」としていたが、Expires: 0 の SUBSCRIBE への 204 はサブスクリプションを終わらせる。また、ノーティファイアは「SUBSCRIBE へのどの 2xx の後でもそうであるように」NOTIFY を直ちに送るとしていたが、204 の後には NOTIFY を送ってはならない。',
    },
    now: {
      en: 'Both codes answer SUBSCRIBE; RFC 6665 requires a NOTIFY right away after a 2xx to SUBSCRIBE, and 204 is the exception RFC 5839 adds.',
      ja: 'どちらも SUBSCRIBE への応答であり、RFC 6665 は SUBSCRIBE への 2xx の後に NOTIFY を直ちに送るよう求めているが、204 は RFC 5839 が加えたその例外である、とした。',
    },
    sources: [
      {
        ref: 'RFC5839 §6.3',
        quote: 'and the SUBSCRIBE is sent within an established dialog, then the notifier MUST suppress the resulting NOTIFY request, and generate a 204 (No Notification) response.',
      },
      { ref: 'RFC5839 §5.7', quote: 'If the condition evaluates to true, the notifier sends a 204 (No Notification) response, which concludes the subscription' },
    ],
  },

  // Third reading, 413, 415, 420, 421, 422, 423.
  {
    id: '413-retry-after-same-request',
    date: '2026-12-05',
    title: { en: '413: after Retry-After, the same request may be sent again', ja: '413：Retry-After の後は、同じリクエストを再試行してよい' },
    pages: withComparisons(413),
    wrong: {
      en: 'The facts table said “Resend only after changing the request”, and comparisons told the reader to change the request before sending it again. When the size limit is temporary, the 413 carries Retry-After, after which the client MAY try again (RFC 3261 §21.4.11); the page\'s own fix said so.',
      ja: '概要表の英語版は「リクエストを変えた後にだけ再送する」とし、比較ページは、応答が指摘した点を直してから再試行するとだけ示していた。制限が一時的な場合、413 には Retry-After が付き、その時間の後はクライアントが再試行してよい（MAY、RFC 3261 §21.4.11）。同じページの対処法もそう示していた。',
    },
    now: {
      en: 'Resend after changing the request, or unchanged once the Retry-After time has passed (RFC 3261 §21.4.11). Comparisons with 413 say the same.',
      ja: '修正して再試行し、Retry-After があれば、その時間の後は修正せずに再試行してもよい（MAY、RFC 3261 §21.4.11）とした。413 の比較ページも同じ内容にした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.11', quote: 'to indicate that it is temporary and after what time the client MAY try again.' },
      { ref: 'RFC3261 §8.1.3.5', quote: 'If possible, the UAC SHOULD retry the request, either omitting the body or using one of a smaller length.' },
    ],
  },
  {
    id: 'compare-420-421-415-488-proxy-preference',
    date: '2026-12-05',
    title: { en: '420 vs 421, 415 vs 488: the 4xx responses a proxy prefers', ja: '420 と 421、415 と 488：プロキシが優先する 4xx 応答' },
    pages: [{ compare: [420, 421] }, { compare: [415, 488] }],
    wrong: {
      en: 'The 420 vs 421 guide said a forking proxy that must pick one of several 4xx answers “should prefer the 420”, and the 415 vs 488 guide that it SHOULD give preference to “the 415”, as if that one code came before every other 4xx. RFC 3261 §16.7 names 401, 407, 415, 420 and 484 together as responses to prefer.',
      ja: '420 と 421 のガイドは、複数の 4xx から一つを選ぶフォーキングプロキシは「420 を優先すべき」とし、415 と 488 のガイドは「415 を優先すべき」としていた。これでは、そのコードが他のどの 4xx よりも先に来るように読める。RFC 3261 §16.7 は、優先すべき応答として 401、407、415、420、484 をまとめて挙げている。',
    },
    now: {
      en: 'The proxy should give preference to the 420 over the 421, and to the 415 over the 488; RFC 3261 names each among such responses with the other four (RFC 3261 §16.7).',
      ja: 'プロキシは 421 より 420 を、488 より 415 を優先すべきであるとし、RFC 3261 はそれぞれを他の 4 つとともに挙げていると示した（SHOULD、RFC 3261 §16.7）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'The proxy SHOULD give preference to responses that provide information affecting resubmission of this request, such as 401, 407, 415, 420, and 484 if the 4xx class is chosen.',
      },
    ],
  },
  {
    id: '415-optional-part-must-be-ignored',
    date: '2026-12-05',
    title: { en: '415: a part marked handling=optional MUST be ignored', ja: '415：handling=optional のパートは無視しなければならない' },
    pages: [{ code: 415 }],
    wrong: {
      en: 'The description, the Content-Disposition note and a fix said that a body part marked handling=optional "may be ignored" by a UAS that does not understand it, citing RFC 3261 §20.11, which refers to RFC 3204 for that parameter. RFC 3204 says the UAS MUST ignore such a part, and MUST answer 415 when the part is marked required.',
      ja: '説明、Content-Disposition の注記、対処法で、handling=optional が付いたボディパートは、理解できない UAS が「無視してよい」とし、RFC 3261 §20.11 を根拠としていた。同節がこのパラメータについて参照する RFC 3204 は、UAS はそのパートを無視しなければならず、required が付いていれば 415 を返さなければならないとしている。',
    },
    now: {
      en: 'A UAS that does not understand a part marked handling=optional MUST ignore it (RFC 3204 §6); a part without the parameter SHOULD be treated as required (RFC 3261 §20.11).',
      ja: 'handling=optional のパートを理解できない UAS はそのパートを無視しなければならず（MUST、RFC 3204 §6）、パラメータのないパートは required として扱うべきである（SHOULD、RFC 3261 §20.11）、とした。',
    },
    sources: [
      {
        ref: 'RFC3204 §6',
        quote: 'If the parameter has the value "optional", the UAS MUST ignore the message body; if it has the value "required", the UAS MUST return 415 (Unsupported Media Type).',
      },
      { ref: 'RFC3261 §20.11', quote: 'If the handling parameter is missing, the value "required" SHOULD be assumed.' },
    ],
  },

  // Third reading, 501, 505, 513, 580, 604, 607, 608.
  {
    id: 'guide-404-vs-604-recommended-mapping-and-senders',
    date: '2026-12-05',
    title: { en: '404 vs 604 guide: the cause 1 mapping is a recommendation, and a transit carrier without a route is not told to send 404', ja: '404 と 604 の解説：理由表示 1 への対応付けは推奨であり、ルートを持たない中継事業者に 404 を求めてはいない' },
    pages: [{ compare: [404, 604] }],
    wrong: {
      en: 'The guide said both codes reach the PSTN as cause 1 "because gateways release both" with it, where RFC 3398 recommends that mapping for a response with no encapsulated ISUP. It said a transit carrier without a route or an SBC without a dial-plan entry "should send 404", which no RFC says (a proxy whose target set stays empty SHOULD send 480), and it said as fact that call-blocking services answer with 604 "hoping" the number is dropped and that the user then "loses" wanted calls, where RFC 8688 says they may, that this might be the strategy, and that the user might not receive calls.',
      ja: '解説は、両者が電話網に理由表示 1 として伝わるのは「ゲートウェイはどちらも」それで切断するからとしていたが、これは ISUP がカプセル化されていない応答について RFC 3398 が推奨する対応付けである。また、ルートを持たない中継事業者やダイヤルプランに該当エントリのない SBC は「404 を返すべき」としていたが、そう定める RFC はない（ターゲットセットが空のままのプロキシが返すべきなのは 480 である）。さらに、迷惑電話ブロックサービスは番号が消されることを「期待して」604 を返し、ユーザは必要な着信を「失う」と事実として書いていたが、RFC 8688 は、そうしたサービスが 604 を返すことがあり、それが策かもしれず、ユーザが呼を受けられなくなるおそれがある、と記しているにすぎない。',
    },
    now: {
      en: 'For a response with no encapsulated ISUP, RFC 3398 recommends cause 1 for both (RFC 3398 §8.2.6.1). A PBX without the extension answers 404, as a proxy MUST for a resource of its own that does not exist (RFC 3261 §16.5); a transit carrier or SBC without a route is not authoritative for the address and should not send 604. Some blocking services may answer 604, possibly to get the number removed, and the user might then not receive wanted calls (RFC 8688 §1).',
      ja: 'ISUP がカプセル化されていない応答について、RFC 3398 はどちらにも理由表示 1 を推奨している（RFC 3398 §8.2.6.1）。内線のない PBX は 404 を返す。自分のリソースが存在しなければプロキシはそうしなければならない（RFC 3261 §16.5）。ルートを持たない中継事業者や SBC はそのアドレスについて権威を持たず、604 を返すべきではない。一部のブロックサービスは 604 を返すことがあり、番号を消させる策かもしれず、ユーザは望む呼を受けられなくなるおそれがある（RFC 8688 §1）、とした。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
      {
        ref: 'RFC3261 §16.5',
        quote: 'If the Request-URI indicates a resource at this proxy that does not exist, the proxy MUST return a 404 (Not Found) response. If the target set remains empty after applying all of the above, the proxy MUST return an error response, which SHOULD be the 480 (Temporarily Unavailable) response.',
      },
      {
        ref: 'RFC8688 §1',
        quote: 'Some call-blocking services may return responses such as 604 (Does Not Exist Anywhere). This might be a strategy to try to get a destination\'s address removed from a calling database.',
      },
    ],
  },
  {
    id: '607-608-sender-is-proxy-or-b2bua',
    date: '2026-12-05',
    title: { en: '607, 608: a 608 is sent by a proxy or B2BUA acting for the user, not by an analytics engine', ja: '607・608：608 を送るのは分析エンジンではなく、ユーザに代わって動くプロキシや B2BUA' },
    pages: [{ code: 607 }, { code: 608 }],
    wrong: {
      en: 'The 607 page said a 608 "comes from an intermediary such as an analytics engine", and a 608 scenario had the call "blocked by an analytics service". RFC 8688 has the 608 sent by an intermediary, a proxy or B2BUA acting as UAS for the user; the analytics engine it consults is reached, as its figures show, likely not over SIP.',
      ja: '607 のページは 608 を「分析エンジンのような中継装置が送る」とし、608 のシナリオは呼が「分析サービスにブロックされる」としていた。RFC 8688 で 608 を送るのは、ユーザに代わって UAS として動く中継装置、つまりプロキシまたは B2BUA であり、問い合わせ先の分析エンジンとは、図が示すとおり、おそらく SIP 以外の手段でやり取りする。',
    },
    now: {
      en: 'A 608 comes from an intermediary acting for the user, a proxy or B2BUA, for example on a call-analytics engine\'s verdict (RFC 8688 §3).',
      ja: '608 は、ユーザに代わって動く中継装置（プロキシまたは B2BUA）が、たとえば通話分析エンジンの判定に従って送る（RFC 8688 §3）、とした。',
    },
    sources: [
      {
        ref: 'RFC8688 §3',
        quote: 'This section uses the term "intermediary" to mean the entity that acts as a SIP UAS on behalf of the user in the network as opposed to the user\'s UAS (usually, but not necessarily, their phone). The intermediary could be a back-to-back user agent (B2BUA) or a SIP Proxy.',
      },
    ],
  },
  {
    id: '607-stop-calling-the-number',
    date: '2026-12-05',
    title: { en: '607: stop calling the number, not just from the same identity', ja: '607：同じ発信者 ID からに限らず、その番号への発信をやめる' },
    pages: [{ code: 607 }, { compare: [603, 607] }, { compare: [607, 608] }],
    wrong: {
      en: 'The advice on receiving 607 was not to call the number again "from the same identity", which reads as if calling from another identity were fine. RFC 8688 says a 607 can tell a legitimate caller to stop attempting to call the user, and to use other channels if it believes the rejection was in error. The 607 vs 608 guide also said after a 607 "the person you called does not want your calls", although the UA may have sent it on its own logic, and that redialling after a 608 "is likely to" meet the same block, a likelihood no RFC gives.',
      ja: '607 を受けたときの助言は「同じ発信者 ID で」その番号に発信し直さないというもので、別の発信者 ID からなら発信してよいかのように読めた。RFC 8688 は、607 を受けた正当な発信者はユーザへの発信をやめ、誤って拒否されたと考えるなら別の手段で連絡できるとしている。また 607 と 608 の解説は、607 の後は「着信者がこの発信者からの呼を望んでいない」としていたが、607 は UA 自身のロジックで送られることもある。608 の後にかけ直すと同じブロックに当たる「可能性が高い」ともしていたが、そうした見込みを示す RFC はない。',
    },
    now: {
      en: 'Stop calling that number and remove it from automatic dialling; if you think the call was marked in error, reach the person another way (RFC 8688 §1). After a 607 the called party\'s agent says later attempts are likely to be rejected too (RFC 8197 §1); redialling after a 608 can meet the same block.',
      ja: 'その番号への発信をやめて自動発信の対象から外し、誤って判断されたと考えるなら別の手段で連絡する（RFC 8688 §1）。607 は、着信側の UA が今後の発信も同様に拒否される可能性が高いと伝えるものであり（RFC 8197 §1）、608 の後にかけ直しても同じブロックに当たりうる、とした。',
    },
    sources: [
      {
        ref: 'RFC8688 §1',
        quote: 'For calls rejected with a 607 from a legitimate caller, receiving a 607 response code can inform the caller to stop attempting to call the user. Moreover, if a legitimate caller believes the user is rejecting their calls in error, they can use other channels to contact the user.',
      },
      {
        ref: 'RFC8197 §1',
        quote: 'The user agent (UA) of the called party, based on input from the called party or some UA-internal logic, uses this to indicate that this call is unwanted and that future attempts are likely to be similarly rejected.',
      },
    ],
  },
  {
    id: '501-refer-fallback-reinvite-stays-in-dialog',
    date: '2026-12-05',
    title: { en: '501: a re-INVITE cannot be sent to the new party of a transfer', ja: '501：転送先の新しい相手に re-INVITE を送ることはできない' },
    pages: [{ code: 501 }],
    wrong: {
      en: 'A fix offered "a re-INVITE to the new party" as a fallback when a peer answers REFER with 501. A re-INVITE is sent within the dialog that established the session, so it cannot reach a party outside that dialog.',
      ja: '対処法で、相手が REFER に 501 を返したときの代替として「新しい相手への re-INVITE」を挙げていた。re-INVITE はセッションを確立したダイアログの中で送るものなので、そのダイアログの外にいる相手には届かない。',
    },
    now: {
      en: 'Instead of REFER, the PBX carries out the transfer itself; a re-INVITE stays inside its dialog (RFC 3261 §14), so it can move the call\'s media towards the new party but cannot reach that party.',
      ja: 'REFER の代わりに PBX 自身が転送を行う。re-INVITE はそのダイアログの中で送るものなので（RFC 3261 §14）、通話のメディアを新しい相手へ向けることはできても、新しい相手に届くわけではない、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §14',
        quote: 'This is accomplished by sending a new INVITE request within the same dialog that established the session. An INVITE request sent within an existing dialog is known as a re-INVITE.',
      },
    ],
  },
  {
    id: 'facts-505-513-604-proxy-sender-sections',
    date: '2026-12-05',
    title: { en: '505, 513, 604 facts: the sections that show a proxy among the senders', ja: '505・513・604 の概要表：送信元にプロキシを含める根拠となる節' },
    pages: withComparisons(505, 513, 604),
    wrong: {
      en: 'The facts row "Typically sent by" cited RFC 3261 §16.7 for a proxy among the senders of 505, 513 and 604. That section covers how a proxy processes and forwards the responses it receives; it does not have a proxy send any of these codes.',
      ja: '505・513・604 の概要表の「主な送信元」は、プロキシを含める根拠として RFC 3261 §16.7 を示していた。この節は、受信した応答をプロキシがどう処理し転送するかを扱っており、プロキシがこれらのコードを送るとはしていない。',
    },
    now: {
      en: 'The row cites RFC 3261 §6, whose definition of a server, the element the sections defining these codes speak of, names proxies; for 505 also RFC 4475 §3.1.2.16, which has any element answer a request with SIP/7.0 with 505.',
      ja: 'これらのコードを定義する節が主語とするサーバについて、その定義にプロキシを含める RFC 3261 §6 を示した。505 については、SIP/7.0 のリクエストにはどの装置も 505 で応答すべきであるとする RFC 4475 §3.1.2.16 も示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §6',
        quote: 'Server: A server is a network element that receives requests in order to service them and sends back responses to those requests. Examples of servers are proxies, user agent servers, redirect servers, and registrars.',
      },
      { ref: 'RFC4475 §3.1.2.16', quote: 'The element should respond to the request with a 505 Version Not Supported error.' },
    ],
  },
  {
    id: '513-sender-may-get-past-it',
    date: '2026-12-05',
    title: { en: '513: the sender may get past it, with no claim of how often', ja: '513：送信側が回避できることがある（頻度は示さない）' },
    pages: [{ code: 513 }],
    wrong: {
      en: 'The description said the sender "can often" get past a 513 by making the message smaller or carrying it differently, a frequency no source gives.',
      ja: '説明で、送信側がメッセージを小さくするか運び方を変えれば 513 を「避けられることが多い」としていたが、その頻度を示す出典はない。',
    },
    now: {
      en: 'The sender may get past it that way: a request that comes within 200 bytes of the path MTU, or exceeds 1300 bytes when the MTU is unknown, MUST go over a congestion-controlled transport such as TCP (RFC 3261 §18.1.1).',
      ja: '送信側はそうして回避できることがある。パス MTU まで 200 バイト以内のリクエストや、MTU が不明なときに 1300 バイトを超えるリクエストは、TCP など輻輳制御のあるトランスポートで送らなければならない（RFC 3261 §18.1.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §18.1.1',
        quote: 'If a request is within 200 bytes of the path MTU, or if it is larger than 1300 bytes and the path MTU is unknown, the request MUST be sent using an … congestion controlled transport protocol, such as TCP.',
      },
    ],
  },
  {
    id: 'guide-412-vs-580-uas-answers',
    date: '2026-12-05',
    title: { en: '412 vs 580 guide: 580 comes from the UAS that answers the offer', ja: '412 と 580 の解説：580 を返すのはオファーに答える UAS' },
    pages: [{ compare: [412, 580] }],
    wrong: {
      en: 'The guide said "a UA or network element" that cannot meet the QoS or security preconditions of an offer should answer 580. RFC 3312 gives that SHOULD to a UAS acting as answerer; a proxy that relays the offer does not answer it.',
      ja: '解説は、オファーの QoS やセキュリティのプリコンディションを満たせない「UA やネットワーク装置」は 580 を返すべきとしていた。RFC 3312 がこの SHOULD を課しているのは、アンサー側として動く UAS であり、オファーを中継するプロキシはそれに答えない。',
    },
    now: {
      en: 'A UAS that, as answerer, cannot or will not meet the preconditions of an offer SHOULD answer 580 (RFC 3312 §8).',
      ja: 'アンサー側としてオファーのプリコンディションを満たせない、または満たすつもりのない UAS は、580 を返すべきである（SHOULD、RFC 3312 §8）、とした。',
    },
    sources: [
      {
        ref: 'RFC3312 §8',
        quote: 'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.',
      },
    ],
  },
  {
    id: 'facts-607-retry-and-sender-sections',
    date: '2026-12-05',
    title: { en: '607 facts: the section that says later attempts are likely to be rejected', ja: '607 の概要表：今後の試行も拒否される可能性が高いとする節' },
    pages: withComparisons(607),
    wrong: {
      en: 'The facts row "Do not resend the same request" cited RFC 8197 §3, which explains why 603 was not enough and says nothing about sending the request again.',
      ja: '概要表の「同じリクエストを再び送らない」は RFC 8197 §3 を根拠としていたが、この節は 603 では足りない理由を説明するもので、リクエストを再び送ることには触れていない。',
    },
    now: {
      en: 'The row cites RFC 8197 §1, where the called party\'s UA uses 607 to say that future attempts are likely to be similarly rejected; the sender row cites it too.',
      ja: '着信側の UA が 607 で今後の試行も同様に拒否される可能性が高いことを伝えるとする RFC 8197 §1 を示した。送信元の行にも同じ節を示した。',
    },
    sources: [
      {
        ref: 'RFC8197 §1',
        quote: 'The user agent (UA) of the called party, based on input from the called party or some UA-internal logic, uses this to indicate that this call is unwanted and that future attempts are likely to be similarly rejected.',
      },
    ],
  },
  {
    id: 'guide-603-vs-608-unlisted-code-cause-31',
    date: '2026-12-05',
    title: { en: '603 vs 608 guide: RFC 3398 maps a code it does not list, such as 608, to cause 31', ja: '603 と 608 の解説：RFC 3398 は表にないコード（608 など）を理由表示 31 に対応付ける' },
    pages: [{ compare: [603, 608] }],
    wrong: {
      en: 'The guide said a gateway that predates RFC 8688 handles 608 as 600 and so may signal a block as "user busy", leaving out that RFC 3398 maps status codes not in its table, 608 among them, to cause 31 "normal, unspecified"; and it called the announcement "the only reliable hint" for PSTN callers, a claim no text makes.',
      ja: '解説は、RFC 8688 より前のゲートウェイは 608 を 600 として扱い、ブロックを「着ユーザビジー」として伝えることがあるとしていたが、RFC 3398 が表にない応答コード（608 を含む）を理由表示 31 に対応付けるとしていることに触れていなかった。また、アナウンスを PSTN の発信者にとって「確かな手がかりはアナウンスだけ」としていたが、そう示す文書はない。',
    },
    now: {
      en: 'RFC 3398 maps the codes it does not list to cause 31 (RFC 3398 §8.2.6.1), and a gateway that first treats 608 as 600 (RFC 3261 §8.1.3.2) may signal "user busy"; neither cause tells a PSTN caller that a block happened, which is why RFC 8688 §3.4 has the announcement.',
      ja: 'RFC 3398 は表にないコードを理由表示 31 に対応付け（RFC 3398 §8.2.6.1）、608 をまず 600 として扱う（RFC 3261 §8.1.3.2）ゲートウェイは着ユーザビジーを伝えることがある。どちらの理由表示もブロックされたことを PSTN の発信者に伝えないので、RFC 8688 §3.4 はアナウンスを設けている、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'Any SIP status codes not listed below (associated with SIP extensions, versions of SIP subsequent to the issue of this document, or simply omitted) should be mapping to cause code 31 "Normal, unspecified".',
      },
      { ref: 'RFC3261 §8.1.3.2', quote: 'A UAC MUST treat any final response it does not recognize as being equivalent to the x00 response code of that class' },
    ],
  },
  {
    id: '501-unrecognized-not-merely-unimplemented',
    date: '2026-12-05',
    title: { en: '501: for a method the UA does not recognize; one it recognizes but does not support gets 405', ja: '501：UA が認識しないメソッドに返す。認識していてサポートしないメソッドには 405' },
    pages: [{ code: 501 }],
    wrong: {
      en: 'The description said any method other than OPTIONS, ACK, CANCEL and BYE "can draw 501 from a UA that does not implement it". A UAS that recognizes a method but does not support it MUST answer 405, so not implementing a method is not enough for a 501.',
      ja: '説明で、OPTIONS・ACK・CANCEL・BYE 以外のメソッドには「実装していない UA から 501 が返りうる」としていた。メソッドを認識していてもサポートしない UAS は 405 を返さなければならないので、実装していないだけでは 501 にならない。',
    },
    now: {
      en: 'Any other method can draw 501 from a UA that neither recognizes nor implements it; one that recognizes a method it does not support MUST answer 405 (RFC 3261 §8.2.1).',
      ja: 'それ以外のメソッドには、そのメソッドを認識も実装もしていない UA から 501 が返りうる。認識していてもサポートしないメソッドには 405 を返さなければならない（RFC 3261 §8.2.1）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §8.2.1', quote: 'If the UAS recognizes but does not support the method of a request, it MUST generate a 405 (Method Not Allowed) response.' },
      {
        ref: 'RFC3261 §21.5.2',
        quote: 'This is the appropriate response when a UAS does not recognize the request method and is not capable of supporting it for any user.',
      },
    ],
  },

  // Third reading, 424, 425, 428, 429.
  {
    id: '424-emergency-proxies-should-not-send-424',
    date: '2026-12-05',
    title: { en: '424: proxies handling emergency calls should not send it', ja: '424：緊急通報を処理するプロキシは返すべきではない' },
    pages: [{ code: 424 }, { code: 425 }],
    wrong: {
      en: 'The call flow, the example and a scenario showed an emergency-services routing proxy answering an emergency INVITE with 424 because it could not dereference the location URI, and the 425 page said the two codes may meet in the same emergency network. RFC 6881, the best current practice for emergency calls, says proxies processing emergency calls SHOULD NOT return 424: they dereference the location, ask a LIS or use a default location, and route the call.',
      ja: 'コールフロー、例、シナリオでは、緊急通報のルーティングプロキシが位置情報 URI を参照できないため緊急通報の INVITE に 424 を返していた。425 のページも、両コードが同じ緊急通報網で出会うことがあるとしていた。緊急通報の BCP である RFC 6881 は、緊急通報を処理するプロキシは 424 を返すべきではないと定めている。プロキシは位置情報を参照し、LIS に問い合わせ、あるいは既定の位置情報を使って呼をルーティングする。',
    },
    now: {
      en: 'The flow, the example and the scenario are a proxy routing calls to a taxi service by location, which the INVITE allows with "Geolocation-Routing: yes". The 424 page says proxies handling emergency calls SHOULD NOT return 424 (RFC 6881 §9.3), and the 425 page says such a proxy is not expected to answer a location problem with 424.',
      ja: 'フロー、例、シナリオを、INVITE が「Geolocation-Routing: yes」で許す位置情報を使って、タクシー配車サービスへの呼をルーティングするプロキシの場面に改めた。424 のページには、緊急通報を処理するプロキシは 424 を返すべきではないこと（SHOULD NOT、RFC 6881 §9.3）を加え、425 のページでは、そうしたプロキシが位置情報の問題に 424 で応えることは想定されていないとした。',
    },
    sources: [
      { ref: 'RFC6881 §9.3', quote: 'Proxies SHOULD NOT return a 424 error. They should process the INVITE as best they can.' },
      {
        ref: 'RFC6881 §9.3',
        quote: 'If no location is present and the proxy does not have access to a LIS that could provide location, the proxy MUST supply a default location (see Section 6.11).',
      },
    ],
  },
  {
    id: '424-better-location-and-425-scope',
    date: '2026-12-05',
    title: { en: '424: a responder with a better location may send it too; 425 only when nothing else is usable', ja: '424：より適切な位置情報を持つ応答側も返せる。425 は他に使える情報がない場合だけ' },
    pages: [{ code: 424 }],
    wrong: {
      en: 'The advice for servers said to send 424 only when you need a usable location, leaving out the second case RFC 6442 allows, a responder with additional location to provide. The description said a malformed alert body in a non-interactive emergency call "is answered with" 425, whereas RFC 8876 makes 425 appropriate only when nothing else in the request is usable.',
      ja: 'サーバ側への助言は、使える位置情報が必要な場合にだけ 424 を送るとしており、RFC 6442 が認めるもう一つの場合、つまり応答側が追加の位置情報を返せる場合を落としていた。また説明では、非会話型の緊急通報で警報のボディが不正なら 425 を「返す」としていたが、RFC 8876 が 425 を適切とするのは、リクエストの他の部分に使える情報がない場合だけである。',
    },
    now: {
      en: 'Send 424 when you need a location and none in the request is usable, or when you have a better location to give back (RFC 6442 §4.3). A problem with the alert itself is the domain of 425, appropriate only when nothing else in the request is usable (RFC 8876 §5.1).',
      ja: '位置情報が必要なのにリクエスト内に使えるものがない場合か、より適切な位置情報を返せる場合に 424 を送る（RFC 6442 §4.3）、とした。警報そのものの問題は 425 の領分であり、リクエストの他の部分に使える情報がない場合に限って適切である（RFC 8876 §5.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC6442 §4.3',
        quote: 'It is only appropriate to generate a 424 response when the responding entity needs a locationValue and there are no values in the request that are usable by the responder, or when the responder has additional location information to provide.',
      },
      { ref: 'RFC8876 §5.1', quote: 'It is only appropriate to generate a 425 response when the responding entity has no other information in the request that is usable by the responder.' },
    ],
  },
  {
    id: '428-supported-ppt-and-608-may',
    date: '2026-12-05',
    title: { en: '428: send an Identity header of a type the peer supports; 608 is a may', ja: '428：相手が対応する種類の Identity ヘッダを送る。608 は任意' },
    pages: [{ code: 428 }],
    wrong: {
      en: 'A fix told senders of PASSporT extensions to add a baseline Identity header without "ppt". What avoids a 428 is any Identity header the verifier can use, without "ppt" or with a supported "ppt" value; SHAKEN PASSporTs themselves carry "ppt" "shaken". The description also said call analytics that block a call "use" 608, where RFC 8688 says an intermediary MAY send it.',
      ja: '対処法では、PASSporT の拡張を送る場合は「ppt」のない基本形の Identity ヘッダも送るよう勧めていた。428 を避けるのに必要なのは、検証サービスが使える Identity ヘッダ、つまり「ppt」がないか、対応している「ppt」値のものであり、SHAKEN の PASSporT 自体も「ppt」に「shaken」を持つ。また説明では、呼分析で呼を遮断する場合は 608 を「使う」としていたが、RFC 8688 では中継装置が送ってもよい（MAY）ものである。',
    },
    now: {
      en: 'Include at least one Identity header the peer\'s verifier supports: the baseline form, or a "ppt" value agreed with the peer, such as "shaken" (RFC 8224 §6.2.2, §9; RFC 8588 §6). An intermediary that rejects a call as unwanted may answer 608 (RFC 8688 §3.1).',
      ja: '相手の検証サービスが対応する Identity ヘッダを少なくとも 1 つ含める。基本形か、「shaken」のように相手と取り決めた「ppt」値のものである（RFC 8224 §6.2.2、§9、RFC 8588 §6）、とした。不要な呼として拒否する中継装置は 608 を返してよい（MAY、RFC 8688 §3.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'A 428 response will be sent (per Section 6.2) when an Identity header field is required but no Identity header field without a "ppt" parameter or with a supported "ppt" value has been received.',
      },
      { ref: 'RFC8224 §9', quote: 'this specification specifies an optional "ppt" parameter of the Identity header field, which mirrors the "ppt" header in PASSporT.' },
      {
        ref: 'RFC8688 §3.1',
        quote: 'An intermediary MAY issue the 608 response code in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP [RFC3261] request to indicate that an intermediary rejected the offered communication as unwanted by the user.',
      },
    ],
  },
  {
    id: 'compare-428-438-verifier-in-proxy-or-endpoint',
    date: '2026-12-05',
    title: { en: '428 vs 438: where RFC 8224 places the verifier in a proxy or an endpoint', ja: '428 と 438：検証サービスをプロキシにも端末にも置けるとする箇所' },
    pages: [{ compare: [428, 438] }],
    wrong: {
      en: 'The guide cited RFC 8224 §6.2 for a verification service being a role that a proxy or a user agent can take. That section defines the role for "SIP entities" without naming either; RFC 8224 §6.2.3 names both.',
      ja: 'ガイドは、検証サービスがプロキシも UA も担える役割であることの出典を RFC 8224 §6.2 としていた。同節は役割を「SIP entities」のものとして定めるだけで、どちらも挙げていない。両方を挙げているのは RFC 8224 §6.2.3 である。',
    },
    now: {
      en: 'The sentence cites RFC 8224 §6.2.2 and §6.2.3.',
      ja: '出典を RFC 8224 §6.2.2 と §6.2.3 にした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.3',
        quote: 'However, if the verification service is implemented in an endpoint, the endpoint will need to override the default UAS behavior',
      },
    ],
  },
  {
    id: '429-referenced-request-invite',
    date: '2026-12-05',
    title: { en: '429 facts: the referenced request, often an INVITE, is named too', ja: '429 の概要表：誘発されたリクエスト（多くは INVITE）も挙げた' },
    pages: withComparisons(429),
    wrong: {
      en: 'The facts named only REFER among the requests 429 answers, citing RFC 3892 §5 and §2.1. A referee may answer a REFER with 429, but §5 defines 429 as the refer target\'s answer to the referenced request, which RFC 3892 says is often an INVITE.',
      ja: '概要表は、429 が応答するリクエストとして REFER だけを挙げ、RFC 3892 §5 と §2.1 を出典としていた。リファリが REFER に 429 を返すこともあるが、§5 は 429 を、誘発されたリクエストに対するリファー先の応答として定めており、RFC 3892 はそのリクエストを多くの場合 INVITE としている。',
    },
    now: {
      en: 'The facts name INVITE and REFER (RFC 3892 §1, §2.3, §2.2); comparisons with 429 say the same.',
      ja: '概要表には INVITE と REFER を挙げ（RFC 3892 §1、§2.3、§2.2）、429 の比較ページも同じ内容にした。',
    },
    sources: [
      { ref: 'RFC3892 §1', quote: 'If that URI is a SIP URI, the referee will send a SIP request, often an INVITE, to that URI (the refer target).' },
      { ref: 'RFC3892 §5', quote: 'The 429 client error response code is used by a refer target to indicate that the referee must provide a valid Referred-By token.' },
    ],
  },

  // Third reading, 430, 433, 439, 440.
  {
    id: '430-flow-timer-grace-period',
    date: '2026-12-05',
    title: { en: '430: an edge proxy waits longer than its Flow-Timer before taking a flow as failed', ja: '430：エッジプロキシはフローを失敗とみなす前に Flow-Timer より長く待つ' },
    pages: [{ code: 430 }],
    wrong: {
      en: 'A scenario said an edge proxy that sent a Flow-Timer can take the flow as failed "once that time passes" without a keep-alive. RFC 5626 §5.4 requires the server to wait longer than the Flow-Timer, as a grace period for transport delay.',
      ja: 'シナリオで、Flow-Timer を送ったエッジプロキシは、キープアライブなしに「その時間が過ぎれば」フローを失敗とみなせるとしていた。RFC 5626 §5.4 は、転送遅延の猶予として、サーバが Flow-Timer より長く待つことを求めている。',
    },
    now: {
      en: 'The edge proxy can take the flow as failed once longer than the Flow-Timer has passed without a keep-alive (RFC 5626 §5.4).',
      ja: 'エッジプロキシは、Flow-Timer を超えてもキープアライブが来なければフローを失敗とみなせる（RFC 5626 §5.4）、とした。',
    },
    sources: [
      {
        ref: 'RFC5626 §5.4',
        quote: 'The server MUST wait for an amount of time larger than the Flow-Timer in order to have a grace period to account for transport delay.',
      },
    ],
  },
  {
    id: '433-identity-withheld-not-missing',
    date: '2026-12-05',
    title: { en: '433: an identity the caller withheld, not one that is merely missing', ja: '433：問題は発信者が隠した身元であり、単に欠けている身元ではない' },
    pages: [{ code: 433 }],
    wrong: {
      en: 'The page said 433 is about "the absence of an identity", and its summary had the called party or a server acting for it refuse the call. RFC 5079 §3 counts a request as anonymous when the originator has explicitly withheld its identity; a missing network-asserted identity alone, or an identity that could not be validated, does not make it anonymous. The same section says the server generally acts for the called party, though this need not be the case.',
      ja: '433 は「身元がないこと」を問題にするとし、概要では着信者またはその代理のサーバが呼を拒否するとしていた。RFC 5079 §3 がリクエストを匿名とみなすのは、発信者が明示的に身元を隠した場合であり、網が認証した身元情報がないことだけや、身元を検証できなかったことでは匿名にならない。また同節は、サーバは一般に着信者のために動くが、そうでなくてもよいとしている。',
    },
    now: {
      en: '433 is about an identity the caller has chosen to withhold; a request that merely lacks an asserted identity should not be considered anonymous on that ground alone, and one whose identity could not be validated is not anonymous. The server refusing it generally acts for the called party (RFC 5079 §3), and the scenario of a contact centre refuses calls whose number was withheld.',
      ja: '433 が問題にするのは発信者が自ら隠した身元であり、網が認証した身元情報がないことだけを理由にリクエストを匿名とみなすべきではなく、身元を検証できなかったリクエストも匿名ではない、とした。拒否するサーバは一般に着信者のために動くものとし（RFC 5079 §3）、コンタクトセンターのシナリオは番号が非通知にされた呼を拒否する設定に改めた。',
    },
    sources: [
      {
        ref: 'RFC5079 §3',
        quote: 'A request SHOULD be considered anonymous when the identity of the originator of the request has been explicitly withheld by the originator.',
      },
      {
        ref: 'RFC5079 §3',
        quote: 'Lack of a network-asserted identity (such as the P-Asserted-Identity header field), in and of itself, SHOULD NOT be considered an indication of anonymity.',
      },
      {
        ref: 'RFC5079 §3',
        quote: 'In addition, requests where the identity of the requestor cannot be determined or validated, but it is not a consequence of an explicit action on the part of the requestor, are not considered anonymous.',
      },
      {
        ref: 'RFC5079 §3',
        quote: 'A server (generally acting on behalf of the called party, though this need not be the case) MAY generate a 433 (Anonymity Disallowed) response when it receives an anonymous request',
      },
    ],
  },
  {
    id: '439-drop-reg-id-keep-option-tag',
    date: '2026-12-05',
    title: { en: '439: to register without Outbound, drop reg-id; the outbound option tag stays', ja: '439：Outbound なしで登録するには reg-id を外す。outbound オプションタグは残す' },
    pages: [{ code: 439 }],
    wrong: {
      en: 'A fix told the client to drop reg-id "(and the outbound option tag)" from the REGISTER. RFC 5626 §4.2.1 requires a UA that supports Outbound to include the outbound option tag in Supported in a REGISTER, and lets it choose per registration whether to ask for Outbound by including or omitting reg-id.',
      ja: '対処法で、REGISTER から reg-id「（と outbound オプションタグ）」を外すよう勧めていた。RFC 5626 §4.2.1 は、Outbound に対応した UA に対し、REGISTER の Supported に outbound オプションタグを入れることを求めており、Outbound を求めるかどうかは登録ごとに reg-id の有無で選べるとしている。',
    },
    now: {
      en: 'Register without Outbound by leaving reg-id off the Contact, or by turning the SIP Outbound option off; when only reg-id is dropped, the option tag stays in Supported. The call flow shows the first REGISTER with reg-id and Supported: outbound, both of which 439 requires.',
      ja: 'Contact に reg-id を付けずに、または SIP Outbound 設定を無効にして、Outbound なしで登録するとし、reg-id だけを外す場合は Supported のオプションタグを残すとした。コールフローの最初の REGISTER には、439 の条件である reg-id と Supported: outbound の両方を示した。',
    },
    sources: [
      {
        ref: 'RFC5626 §4.2.1',
        quote: 'UAs that support this specification MUST include the outbound option tag in a Supported header field in a REGISTER request.',
      },
      {
        ref: 'RFC5626 §4.2.1',
        quote: 'The UAC can situationally decide whether to request outbound behavior by including or omitting the "reg-id" Contact header field parameter.',
      },
    ],
  },
  {
    id: '440-larger-max-breadth-when-set-low',
    date: '2026-12-05',
    title: { en: '440: a larger Max-Breadth helps where the value was set low', ja: '440：値が小さく設定されていた場合は、Max-Breadth を大きくすると効果がある' },
    pages: [{ code: 440 }],
    wrong: {
      en: 'The page said a client "cannot simply retry with a larger Max-Breadth" because every proxy caps it at its own maximum. Proxies lower only a value above their maximum, 60 by recommendation; a value that the client, or an SBC by policy, set lower than that can be raised, as the page\'s own fix for such an SBC said. It also called 440 "the width counter running out", whereas a proxy left with a Max-Breadth of 1 can still fork serially.',
      ja: 'クライアントが Max-Breadth を「大きくして再試行すれば済むわけではない」とし、その理由を各プロキシが自身の上限で値を抑えることとしていた。プロキシが抑えるのは上限（推奨値は 60）を超える値だけであり、クライアントやポリシーを持つ SBC がそれより小さく設定した値は大きくできる。同じページの SBC についての対処法もそう示していた。また 440 を「幅のカウンタが尽きた」ことと書いていたが、Max-Breadth が 1 しか残っていないプロキシも順次フォーキングはできる。',
    },
    now: {
      en: 'A larger Max-Breadth helps only where the value was set low to begin with; a proxy caps a value above its own maximum, 60 by recommendation (RFC 5393 §5.3.3), the value also recommended to a UAC (RFC 5393 §5.3.4). Otherwise the search has to be made less broad (RFC 5393 §5.1). 440 is described as the budget falling short of the parallel fork a proxy wants.',
      ja: 'Max-Breadth を大きくして効果があるのは、もともと小さな値が設定されていた場合だけであるとした。プロキシは上限（推奨値は 60）を超える値を抑え（RFC 5393 §5.3.3）、UAC に推奨される値も 60 である（RFC 5393 §5.3.4）。それ以外の場合は探索の範囲を狭める（RFC 5393 §5.1）。440 は、プロキシの行いたい並列フォーキングに枠が足りないことを示すとした。',
    },
    sources: [
      {
        ref: 'RFC5393 §5.3.3',
        quote: 'Proxies MUST have a maximum allowable Incoming Max-Breadth value, which is RECOMMENDED to be 60. If this maximum is exceeded in a received request, the proxy MUST overwrite it with a value that SHOULD be no greater than its allowable maximum.',
      },
      { ref: 'RFC5393 §5.3.4', quote: 'A User Agent Client (UAC) MAY place a Max-Breadth header field value in outgoing requests.  If so, this value is RECOMMENDED to be 60.' },
      {
        ref: 'RFC5393 §5.3.3',
        quote: 'A proxy SHOULD NOT use a smaller amount of Max-Breadth than was present in the original request unless the Incoming Max-Breadth exceeded the proxy\'s maximum acceptable value.',
      },
    ],
  },

  // Third reading, 436, 437, 438, 470.
  {
    id: 'compare-436-437-verifier-steps',
    date: '2026-12-05',
    title: { en: '436 vs 437: the verifier\'s steps are in RFC 8224 §6.2', ja: '436 と 437：検証の手順は RFC 8224 §6.2 にある' },
    pages: [{ compare: [436, 437] }],
    wrong: {
      en: 'The guide cited RFC 8224 §6.2.2 for the order in which a verifier works (fetch the credential, decide whether to trust it, check the signature) and said 436 and 437 "stop at the first two steps". The order is set in RFC 8224 §6.2, whose first two steps are about the "ppt" parameter and the originator\'s identity; the credential is Step 3, and the freshness of Date (Step 4) comes before the signature (Step 5).',
      ja: 'ガイドは、検証サービスの処理順序（認証情報の取得、信頼の判断、署名の検証）の出典を RFC 8224 §6.2.2 とし、436 と 437 は「最初の 2 段階で止まる」としていた。順序を定めているのは RFC 8224 §6.2 であり、その最初の 2 つのステップは「ppt」パラメータと発信者の ID の確認である。認証情報はステップ 3 で扱われ、署名の検証（ステップ 5）の前に Date の鮮度の確認（ステップ 4）がある。',
    },
    now: {
      en: 'The guide gives Steps 3, 4 and 5 of RFC 8224 §6.2 and says that 436 and 437 are both failures of the credential step, reached before any signature is checked.',
      ja: 'ガイドには RFC 8224 §6.2 のステップ 3、4、5 を示し、436 と 437 はどちらも認証情報の段階での失敗で、署名はまだ検証されていないとした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2',
        quote: 'In order to verify an Identity header field in a message, an entity acting as a verifier MUST perform the following steps, in the order specified below.',
      },
      { ref: 'RFC8224 §6.2', quote: 'Step 3: Identify Credential for Validation' },
    ],
  },
  {
    id: 'compare-437-self-signed-and-trust-anchors',
    date: '2026-12-05',
    title: { en: '437: a self-signed certificate is refused only if the verifier does not trust it', ja: '437：自己署名の証明書が拒否されるのは検証側が信頼していない場合' },
    pages: [{ compare: [436, 437] }, { compare: [437, 438] }],
    wrong: {
      en: 'Both guides said that a self-signed certificate is a case of 437 without condition, and the 436 vs 437 guide said that under STIR/SHAKEN 437 can mean a certificate "not issued by an approved certification authority", from specifications we had not read. RFC 4474 named a self-signed certificate only when it is also untrusted, and RFC 8226 leaves the trust anchors to the verifier.',
      ja: 'どちらのガイドも、自己署名の証明書は条件なしに 437 にあたるとし、436 と 437 のガイドはさらに、STIR/SHAKEN では 437 は「承認された認証局以外が発行した証明書」を意味しうるとしていた。これは読んでいない仕様に基づく記述であった。RFC 4474 が挙げたのは、信頼されていない自己署名の証明書である。また RFC 8226 は、どのトラストアンカーを信頼するかを検証側に委ねている。',
    },
    now: {
      en: 'A self-signed certificate that the verifier has not chosen to trust is the first of the RFC\'s examples (RFC 4474 §6); which trust anchors to accept is the verifier\'s decision (RFC 8226 §3), so an out-of-date list of trust anchors also leads to 437.',
      ja: '検証側が信頼すると決めていない自己署名の証明書は、RFC の例の前者にあたる（RFC 4474 §6）。どのトラストアンカーを受け入れるかは検証側が決めること（RFC 8226 §3）なので、トラストアンカーの一覧が古い場合も 437 になる、とした。',
    },
    sources: [
      {
        ref: 'RFC4474 §6',
        quote: 'If the certificate cannot be validated (it is self-signed and untrusted, or signed by an untrusted or unknown certificate authority, expired, or revoked), the verifier MUST send a 437 \'Unsupported Certificate\' response.',
      },
      { ref: 'RFC8226 §3', quote: 'verification services must be mindful of the need to ensure that they trust the trust anchor that issued the certificate' },
    ],
  },
  {
    id: '436-437-old-phrases-in-stacks',
    date: '2026-12-05',
    title: { en: '436, 437: which software still prints the RFC 4474 phrases', ja: '436・437：RFC 4474 の名称を今も表示するソフトウェア' },
    pages: [{ code: 436 }, { compare: [437, 438] }],
    wrong: {
      en: 'The 436 page said that the old phrase "Bad Identity-Info" is printed by SIP stacks "whose status tables predate RFC 8224", and the 437 vs 438 guide that "older equipment" prints "Unsupported Certificate". Neither the age of those tables nor of the equipment was checked; the current source of pjsip, OpenSIPS and Wireshark prints both old phrases.',
      ja: '436 のページは、旧称「Bad Identity-Info」は「RFC 8224 より前に作られた」SIP スタックの応答コード表に残っているとし、437 と 438 のガイドは「古い装置」が「Unsupported Certificate」を使うとしていた。表や装置がいつ作られたかは確かめていなかった。現行の pjsip、OpenSIPS、Wireshark のソースは、どちらの旧称も表示する。',
    },
    now: {
      en: 'Both pages name pjsip, OpenSIPS and Wireshark, whose status tables still print the RFC 4474 phrases.',
      ja: 'どちらのページも、応答コード表に RFC 4474 の名称が残っている pjsip、OpenSIPS、Wireshark を挙げた。',
    },
    sources: [
      {
        url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/src/pjsip/sip_msg.c#L217-L218',
        name: 'pjproject, pjsip/src/pjsip/sip_msg.c, lines 217–218',
        quote: 'Bad Identity-Info … Unsupported Certificate',
      },
      {
        url: 'https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c#L169-L170',
        name: 'OpenSIPS, error.c, lines 169–170',
        quote: 'Bad Identity-Info … Unsupported Certificate',
      },
    ],
  },
  {
    id: 'compare-437-438-policy-and-compact-form',
    date: '2026-12-05',
    title: { en: '437 vs 438: 438 is sent by local policy, and the compact form has no claims to decode', ja: '437 と 438：438 はローカルポリシーで送られ、コンパクトフォームにはデコードするクレームがない' },
    pages: [{ compare: [437, 438] }],
    wrong: {
      en: 'The guide said that when no Identity header carries a valid and supported PASSporT "the answer is 438", as a plain fact, and told the reader to decode the PASSporT and compare its orig and dest claims, which a compact-form PASSporT does not carry. RFC 8224 sends 438 when local policy makes a broken signature grounds for rejecting the request.',
      ja: 'ガイドは、有効で対応可能な PASSporT を持つ Identity ヘッダがなければ「438 になる」と事実として書き、PASSporT をデコードして orig と dest のクレームを比べるよう示していた。コンパクトフォームの PASSporT にはこれらのクレームが入っていない。RFC 8224 では、署名が壊れていることをリクエスト拒否の理由とするローカルポリシーの場合に 438 が送られる。',
    },
    now: {
      en: 'A verifier whose local policy rejects requests with a broken signature answers 438; for a full-form PASSporT the reader decodes the claims, for the compact form compares the headers as sent with those received.',
      ja: '署名が壊れたリクエストを拒否するローカルポリシーの検証サービスが 438 を返す、とした。フルフォームならクレームをデコードし、コンパクトフォームなら送信時と受信時のヘッダを比べる、とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'Like the 428 response, this is sent by a verification service when its local policy dictates that a broken signature in an Identity header field is grounds for rejecting a request.',
      },
      {
        ref: 'RFC8224 §4.1',
        quote: 'The resulting PASSporT may be carried in SIP in either (1) a full form, which includes the header and payload as well as the signature or (2) a compact form, which only carries the signature per [RFC8225], Section 7.',
      },
    ],
  },
  {
    id: '438-date-full-form-retry-once',
    date: '2026-12-05',
    title: { en: '438: a changed Date need not break a full-form PASSporT; retry once', ja: '438：Date の変更でフルフォームの PASSporT が壊れるとは限らない。再試行は 1 回' },
    pages: [{ code: 438 }],
    wrong: {
      en: 'A fix said that any difference introduced on the way that canonicalisation does not undo breaks the signature. A changed Date does not, when the PASSporT is in the full form and its iat is still fresh: the verifier SHOULD then use the iat. The fixes also left out that the authentication service SHOULD retry only once with the full form.',
      ja: '対処法で、途中で生じた差分のうち正規化で元に戻らないものは署名を壊すとしていた。フルフォームの PASSporT で iat がまだ鮮度の範囲内にあれば、Date の変更は署名を壊さない。その場合、検証側は iat を使うべきである（SHOULD）。また対処法には、認証サービスがフルフォームで再試行するのは 1 回だけにすべきことが抜けていた。',
    },
    now: {
      en: 'A change to the signed headers breaks the signature, except a changed Date when the PASSporT is in the full form and its iat is still within the freshness policy; after a 438 an authentication service that sent the compact form SHOULD retry once with the full form and SHOULD NOT retry more than once (RFC 8224 §6.1.1).',
      ja: '署名対象のヘッダの変更は署名を壊すが、フルフォームの PASSporT で iat が鮮度ポリシーの範囲内にあれば Date の変更は例外である、とした。438 の後、コンパクトフォームで送った認証サービスはフルフォームで 1 回再試行すべきであり、2 回以上再試行すべきではない（SHOULD NOT、RFC 8224 §6.1.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2',
        quote: 'If the two are different, and the "iat" value differs from the Date header field value but remains within verification service policy for freshness, the verification service SHOULD perform the computation required by Step 5, using the "iat" value instead of the Date header field value.',
      },
      {
        ref: 'RFC8224 §6.1.1',
        quote: 'it SHOULD retry the request with the full form after receiving a 438 response; however, implementations SHOULD NOT retry the request more than once.',
      },
    ],
  },
  {
    id: '470-same-request-after-permissions',
    date: '2026-12-05',
    title: { en: '470: when the same request goes through, and Permission-Missing is a SHOULD', ja: '470：同じリクエストが通るのはいつか、Permission-Missing は SHOULD' },
    pages: [{ code: 470 }],
    wrong: {
      en: 'The description cited RFC 5360 §5.9.2 for "once they have granted it the same request goes through"; that section says only that the client adds the URIs and the relay obtains permissions. A fix said Permission-Missing "names exactly whose consent is missing" as if it were always present; the relay SHOULD include it.',
      ja: '説明文は「許可が得られれば同じリクエストが通るようになる」の出典を RFC 5360 §5.9.2 としていた。同節が示すのは、クライアントが URI を加え、リレーが許可を得ることだけである。また対処法は、Permission-Missing には誰の同意が欠けているかが「そのまま書かれている」とし、常に付くかのように示していた。リレーはこのヘッダを付けるべき（SHOULD）とされているだけである。',
    },
    now: {
      en: 'Once the relay holds permissions for every URI on the list, it performs the translation when the same request is sent again (RFC 5360 §5.9.1); Permission-Missing, which the relay SHOULD include, names the URIs it had no permission for (RFC 5360 §5.9.2).',
      ja: 'リスト中のすべての URI について許可がそろえば、同じリクエストを送り直したときにリレーは変換を行う（RFC 5360 §5.9.1）。Permission-Missing はリレーが付けるべきヘッダで（SHOULD、RFC 5360 §5.9.2）、許可のなかった URI を挙げる、とした。',
    },
    sources: [
      {
        ref: 'RFC5360 §5.9.1',
        quote: 'On receiving a request-contained URI list, the relay checks whether or not it has permissions for all the URIs contained in the incoming URI list.  If it does, the relay performs the translation.',
      },
      {
        ref: 'RFC5360 §5.9.2',
        quote: 'A user agent server generating a 470 (Consent Needed) response SHOULD include a Permission-Missing header field in it.',
      },
    ],
  },

  // Third reading, 469, 493, 494, 555.
  {
    id: '469-unlisted-package-must-not',
    date: '2026-12-05',
    title: { en: '469: no INFO for a package the recipient has not listed', ja: '469：受信側が列挙していないパッケージの INFO は送ってはならない' },
    pages: [{ code: 469 }],
    wrong: {
      en: 'The description said the sender learns from the Recv-Info in the 469 that it "should stop" sending INFO for this purpose. RFC 6086 makes it a requirement: a UA MUST NOT send INFO for a package the remote UA has not indicated willingness to receive in that dialog.',
      ja: '説明文で、送信側は 469 の Recv-Info から、この用途での INFO 送信を「やめるべきか」を知るとしていた。RFC 6086 ではこれは要件であり、相手の UA がそのダイアログで受信する意思を示していないパッケージの INFO を送ってはならない（MUST NOT）。',
    },
    now: {
      en: 'The sender learns which packages it may use instead; for a package not listed there it MUST NOT send INFO (RFC 6086 §4.2.1).',
      ja: '送信側は代わりに使えるパッケージを知ることができ、列挙されていないパッケージの INFO は送ってはならない（MUST NOT、RFC 6086 §4.2.1）とした。',
    },
    sources: [
      {
        ref: 'RFC6086 §4.2.1',
        quote: 'A UA MUST NOT send an INFO request outside an invite dialog usage and MUST NOT send an INFO request for an Info Package inside an invite dialog usage if the remote UA has not indicated willingness to receive that Info Package within that dialog.',
      },
    ],
  },
  {
    id: '469-neighbours-405-501-481',
    date: '2026-12-05',
    title: { en: '469: what 405, 501 and 481 to an INFO say', ja: '469：INFO への 405・501・481 が示すこと' },
    pages: [{ code: 469 }],
    wrong: {
      en: 'The description said a 501 "or a 405" means the recipient does not handle INFO at all, although a 405 means the method is understood but not allowed for the address. It also said a 481 ends the dialog "only if" the usage was its last, stating as fact what RFC 5057 gives as a should, and left out that RFC 5057 reports implementations that destroy the whole dialog.',
      ja: '説明文で、501「や 405」は受信側が INFO そのものを扱わない場合としていたが、405 はメソッドを理解したうえでそのアドレスには許可していないことを示す。また、481 でダイアログが終わるのは最後のユーセージだった場合「だけ」としていたが、RFC 5057 ではこれは「破棄すべきではない」という推奨であり、ダイアログ全体を破棄する実装もあると同 RFC が記していることにも触れていなかった。',
    },
    now: {
      en: '501: the recipient does not recognise INFO (RFC 3261 §21.5.2); 405: it recognises INFO but does not allow it for this address (RFC 3261 §21.4.6). A 481 ends the invite dialog usage, and RFC 5057 §5.1 says the dialog should not be destroyed unless this was its last usage, noting that some implementations do destroy it.',
      ja: '501 は受信側が INFO を認識しない場合（RFC 3261 §21.5.2）、405 は INFO を認識しているがこのアドレスには許可していない場合（RFC 3261 §21.4.6）とした。481 は INVITE のダイアログユーセージを終わらせ、RFC 5057 §5.1 は、それが最後のユーセージでない限りダイアログは破棄すべきではないとしつつ、破棄する実装もあると記している、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.6', quote: 'The method specified in the Request-Line is understood, but not allowed for the address identified by the Request-URI.' },
      { ref: 'RFC5057 §5.1', quote: 'The dialog itself should not be destroyed unless this was the last usage.' },
      {
        ref: 'RFC5057 §5.1',
        quote: 'There are implementations that have chosen the meaning recommended here, and others that destroy the entire dialog without regard to the number of outstanding usages.',
      },
    ],
  },
  {
    id: '469-dtmf-fallback-needs-sdp',
    date: '2026-12-05',
    title: { en: '469: RFC 4733 DTMF is a fallback only if the SDP negotiated it', ja: '469：RFC 4733 の DTMF に切り替えられるのは SDP で取り決めている場合だけ' },
    pages: [{ code: 469 }],
    wrong: {
      en: 'A fix said that for DTMF the sender should "fall back to RFC 4733 telephone-events in RTP" when the peer lists no suitable package, without saying that the telephone-event payload has to be negotiated between the two sides first, by SDP for example.',
      ja: '対処法で、相手が適切なパッケージを列挙していなければ、DTMF は「RTP の RFC 4733 telephone-event に切り替える」としていたが、telephone-event のペイロードを SDP などで事前に双方の間で取り決めておく必要があることに触れていなかった。',
    },
    now: {
      en: 'RFC 4733 telephone-events are an alternative only if the SDP offer and answer negotiated a telephone-event payload (RFC 4733 §2.5.1.1). The same fix also names the other messages that can carry the peer\'s Recv-Info (RFC 6086 §7.1).',
      ja: 'RFC 4733 の telephone-event が代わりになるのは、SDP のオファーとアンサーで telephone-event のペイロードを取り決めている場合に限るとした（RFC 4733 §2.5.1.1）。同じ対処法で、相手の Recv-Info を運びうる他のメッセージも挙げた（RFC 6086 §7.1）。',
    },
    sources: [
      { ref: 'RFC4733 §2.5.1.1', quote: 'Negotiation of payloads between sender and receiver is achieved by out-of-band means, using SDP, for example.' },
    ],
  },
  {
    id: '493-certificate-needs-permission',
    date: '2026-12-05',
    title: { en: '493: a certificate that cannot be verified needs the user\'s permission', ja: '493：検証できない証明書には、ユーザの許可が必要' },
    pages: [{ code: 493 }],
    wrong: {
      en: 'A fix told the sender to "verify" the certificate in a 493 and encrypt again with it, without the steps RFC 3261 §23.2 sets for a UAC: compare the certificate\'s subject with the To of the response, and, when it cannot be verified (self-signed, or signed by no known authority), notify the user and get explicit permission before proceeding. The description also gave B2BUAs and SBCs as RFC 3261 §23\'s examples of intermediaries that secure MIME can stop; the section names certain firewalls.',
      ja: '対処法で、493 の証明書を「検証」してその鍵で暗号化し直すとだけしていたが、RFC 3261 §23.2 が UAC に定める手順、つまり証明書のサブジェクトを応答の To と照合すること、検証できない場合（自己署名や、既知の認証局の署名がない場合）はユーザに通知して明示的な許可を得てから先へ進むことが抜けていた。また説明文で、保護された MIME によって機能しなくなりうる中継装置の例として B2BUA や SBC を RFC 3261 §23 のものとしていたが、同節が挙げているのは一部のファイアウォールである。',
    },
    now: {
      en: 'The fix gives the comparison with To (SHOULD; the two may differ without a breach of security) and the user\'s explicit permission for a certificate that cannot be verified (MUST), both from RFC 3261 §23.2. The description says RFC 3261 §23 names certain firewalls, and that a B2BUA or SBC that rewrites SDP is in the same position.',
      ja: '対処法に、To との照合（SHOULD）と、検証できない証明書についてのユーザの明示的な許可（MUST）を、いずれも RFC 3261 §23.2 に従って加えた。証明書のサブジェクトが To と異なっても、必ずしもセキュリティ侵害ではないことも示した。説明文は、RFC 3261 §23 が挙げるのは一部のファイアウォールであり、SDP を書き換える B2BUA や SBC も同じ立場にある、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §23.2',
        quote: 'The UAC SHOULD also determine the subject of the certificate and compare this value to the To field of the response; although the two may very well be different, and this is not necessarily indicative of a security breach.',
      },
      {
        ref: 'RFC3261 §23.2',
        quote: 'If the certificate cannot be verified because it is self-signed, or signed by no known authority, the UAC MUST notify its user of the status of the certificate (including the subject of the certificate, its signator, and any key fingerprint information) and request explicit permission before proceeding.',
      },
      { ref: 'RFC3261 §23', quote: 'This applies particularly to certain types of firewalls.' },
    ],
  },
  {
    id: '493-optional-part-ignored',
    date: '2026-12-05',
    title: { en: '493 or 415: an optional part that is not understood is ignored', ja: '493 か 415 か：理解できない optional のパートは無視する' },
    pages: [{ code: 493 }],
    wrong: {
      en: 'A fix for the receiving side said to "use 415" whenever you do not handle the S/MIME type at all. RFC 3261 §23.2 requires the 415 for a body marked handling=required; a part marked handling=optional that the UAS does not understand MUST be ignored (RFC 3204 §6).',
      ja: '受信側の対処法で、S/MIME の形式そのものを扱えない場合は常に「415 を返す」としていた。RFC 3261 §23.2 が 415 を求めているのは handling=required が指定されたボディについてであり、handling=optional が指定されたパートを理解できない UAS は、そのパートを無視しなければならない（RFC 3204 §6）。',
    },
    now: {
      en: 'The fix gives 415 for a required S/MIME body whose type is not understood (RFC 3261 §23.2), and says an optional part that is not understood MUST be ignored (RFC 3204 §6).',
      ja: '形式を理解できない required の S/MIME ボディには 415 を返し（RFC 3261 §23.2）、理解できない optional のパートは無視しなければならない（MUST、RFC 3204 §6）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §23.2',
        quote: 'Note that a user agent that receives a request containing an S/MIME body that is not optional (with a Content-Disposition header "handling" parameter of "required") MUST reject the request with a 415 Unsupported Media Type response if the MIME type is not understood.',
      },
      { ref: 'RFC3204 §6', quote: 'If the parameter has the value "optional", the UAS MUST ignore the message body;' },
    ],
  },
  {
    id: '494-502-interface-and-verify-comparison',
    date: '2026-12-05',
    title: { en: '494: the 502 rule is for interfaces using the mechanism; Security-Verify is compared by header rules', ja: '494：502 の規則はこの仕組みを使うインタフェースのもの。Security-Verify はヘッダの比較規則で照合する' },
    pages: [{ code: 494 }],
    wrong: {
      en: 'The description said any server that sees several Via entries answers 502; RFC 3329 §2.3.2 gives that rule for a request received on a network interface configured to use the mechanism. A fix told the client to compare Security-Verify with Security-Server "character by character", although RFC 3329 §2.3.1 compares them by the SIP header comparison rules: the same mechanisms in the same order, with the same parameter values. The client fix also left out that the retry MUST keep "sec-agree" in Require and Proxy-Require, and the server fix that a 494 the server starts itself MUST carry "Require: sec-agree".',
      ja: '説明文で、Via が複数あるリクエストを受けたサーバは 502 を返すとしていたが、RFC 3329 §2.3.2 がこの規則を定めているのは、この仕組みを使うよう設定されたネットワークインタフェースで受けたリクエストについてである。また対処法で、Security-Verify と Security-Server を「1 文字ずつ」比べるとしていたが、RFC 3329 §2.3.1 では SIP のヘッダの比較規則で照合し、同じメカニズムが同じ順序で、同じパラメータの値を持つことを求めている。クライアント側の対処法では、再試行でも Require と Proxy-Require に「sec-agree」を入れなければならない（MUST）ことが、サーバ側の対処法では、サーバが自ら始める 494 には「Require: sec-agree」を付けなければならない（MUST）ことが抜けていた。',
    },
    now: {
      en: 'The 502 rule is given with its condition (RFC 3329 §2.3.2); the fixes compare the lists mechanism by mechanism in order and keep "sec-agree" in Require and Proxy-Require on the retry (RFC 3329 §2.3.1), and a server-initiated 494 carries "Require: sec-agree" (RFC 3329 §2.3.2).',
      ja: '502 の規則をその条件とともに示し（RFC 3329 §2.3.2）、対処法では、リストをメカニズムごとに順序どおり照合すること、再試行でも Require と Proxy-Require に「sec-agree」を残すこと（RFC 3329 §2.3.1）、サーバが自ら始める 494 には「Require: sec-agree」を付けること（RFC 3329 §2.3.2）を示した。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.3.2',
        quote: 'If a server receives a request from the network interface that is configured to use this mechanism, it must check that the request has only one Via entry.',
      },
      {
        ref: 'RFC3329 §2.3.1',
        quote: 'Note that, following the standard SIP header field comparison rules defined in [1], both lists have to contain the same security mechanisms in the same order to be considered equivalent.  In addition, for each particular security mechanism, its parameters in both lists need to have the same values.',
      },
      {
        ref: 'RFC3329 §2.3.1',
        quote: 'These requests MUST also have both a Require and Proxy-Require header fields with the value "sec-agree".',
      },
      {
        ref: 'RFC3329 §2.3.2',
        quote: 'In both situation the server MUST also include in the response a Security-Server header field listing its capabilities and a Require header field with an option-tag "sec-agree" in it.',
      },
    ],
  },
  {
    id: '555-scenario-register-failed',
    date: '2026-12-05',
    title: { en: '555: after it, the client is not registered by that request at all', ja: '555：555 の後、そのリクエストによる登録はまったく成立していない' },
    pages: [{ code: 555 }],
    wrong: {
      en: 'A scenario ended with the app that got 555 being unable to receive calls "while in the background", as if it were registered without push. A 555 is a final failure to the REGISTER: the request creates no binding, and only after registering again without pn-* parameters can the app receive calls, and then not while suspended.',
      ja: 'シナリオの結びで、555 を受けたアプリは「バックグラウンドでは」着信を受けられないとしており、プッシュなしで登録されているかのように読めた。555 は REGISTER への最終的な失敗応答であり、そのリクエストによるバインディングはできない。pn-* パラメータなしで登録し直して初めて着信を受けられるようになり、それでも一時停止中は受けられない。',
    },
    now: {
      en: 'The scenario says the REGISTER failed and leaves no new binding, and that after registering again without pn-* parameters the app still cannot be woken while suspended (RFC 8599 §1).',
      ja: 'シナリオで、REGISTER は失敗して新しいバインディングは残らず、pn-* パラメータなしで登録し直しても一時停止中は起こしてもらえない（RFC 8599 §1）とした。',
    },
    sources: [
      {
        ref: 'RFC8599 §1',
        quote: 'When a Session Initiation Protocol (SIP) User Agent (UA)[RFC3261] is suspended in such an environment, it is unable to send binding-refresh SIP REGISTER requests, unable to receive incoming SIP requests, and might not be able to use internal timers to wake itself.',
      },
    ],
  },

  // Third reading, 412, 414, 416, 417.
  {
    id: '412-580-should-and-no-reattempt',
    date: '2026-12-05',
    title: { en: '412: the failed PUBLISH is not sent again, and 580 for a precondition is a SHOULD', ja: '412：失敗した PUBLISH は再試行せず、プリコンディションへの 580 は SHOULD' },
    pages: [{ code: 412 }, { compare: [412, 580] }],
    wrong: {
      en: 'The description and the note on the HTTP code of the same number said that the QoS preconditions of RFC 3312 "fail with 580", as if that always followed; RFC 3312 §8 says an answerer that cannot or will not meet them SHOULD refuse the offer with 580. The fix "publish afresh" left out that the failed PUBLISH MUST NOT be sent again and that its entity-tag MUST be discarded. The 412 vs 580 guide said that a 412 to an INVITE means someone "borrowed the HTTP meaning of the number", which no source shows, and that "a UA or network element" answers 580, where RFC 3312 §8 names a UAS acting as answerer.',
      ja: '説明と同じ番号の HTTP コードについての注記は、RFC 3312 の QoS プリコンディションの失敗は「580 で通知される」とし、必ずそうなるかのように書いていた。RFC 3312 §8 が定めるのは、プリコンディションを満たせない、または満たすつもりのないアンサー側は 580 でオファーを拒否すべきであること（SHOULD）である。また対処法の「パブリケーションをやり直す」は、失敗した PUBLISH を再試行してはならないこと、そのエンティティタグを破棄しなければならないことを示していなかった。412 と 580 の解説は、INVITE への 412 は「誰かがこの番号の HTTP での意味を借用している」ことを示すとしていたが、その根拠はない。また 580 を返すのは「UA やネットワーク装置」としていたが、RFC 3312 §8 が挙げるのはアンサー側として動作する UAS である。',
    },
    now: {
      en: 'Refusing with 580 is given as a SHOULD (RFC 3312 §8). The fix says the client MUST NOT send the failed PUBLISH again, MUST discard its entity-tag, and SHOULD publish afresh without SIP-If-Match (RFC 3903 §5). The guide says only that a 412 to an INVITE does not report an SDP precondition, and that an offer whose preconditions cannot be met is refused with 580 by the UAS answering it.',
      ja: 'プリコンディションを満たせない、または満たすつもりのないアンサー側は、580 でオファーを拒否すべきである（SHOULD、RFC 3312 §8）とした。対処法は、クライアントは失敗した PUBLISH を再試行してはならず、そのエンティティタグを破棄しなければならず、SIP-If-Match なしで公開し直すべきである（RFC 3903 §5）とした。解説は、INVITE への 412 は SDP のプリコンディションについての応答ではなく、満たせないプリコンディションを含むオファーは、それに応答する UAS が 580 で拒否する、とだけ示す。',
    },
    sources: [
      {
        ref: 'RFC3312 §8',
        quote: 'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.',
      },
      {
        ref: 'RFC3903 §5',
        quote: 'If an EPA receives a 412 (Conditional Request Failed) response, it MUST NOT reattempt the PUBLISH request. Instead, to publish event state, the EPA SHOULD perform an initial publication, i.e., a PUBLISH request without a SIP-If-Match header field, as described in Section 4.2. The EPA MUST also discard the entity-tag that produced this error response.',
      },
    ],
  },
  {
    id: '417-420-from-user-agent',
    date: '2026-12-05',
    title: { en: '417 vs 420: a user agent without the extension MUST answer 420; 417 needs the Require tag', ja: '417 と 420：拡張のない UA は 420 を返さなければならず、417 には Require のオプションタグが要る' },
    pages: [{ code: 417 }],
    wrong: {
      en: 'The Require note and the description said that 420 comes from any recipient, or any "server", that lacks the resource-priority extension; RFC 4412 §4.3 puts that MUST on a user agent. The description also said, without a source, that 417 turns up "almost only" where priority calling is deployed, and the note on the HTTP code of the same number said that SIP 417 "rejects an unknown Resource-Priority namespace or priority value", which RFC 4412 §4.6.2 requires only when none of the values is understood and the request carries Require: resource-priority.',
      ja: 'Require の注記と説明は、resource-priority 拡張を実装していない受信側や「サーバ」が 420 を返すとしていたが、RFC 4412 §4.3 がこの MUST を課すのは UA である。また説明は、417 が現れるのは「ほぼ」優先呼を運用している環境に限られると出典なしに書き、同じ番号の HTTP コードについての注記は、SIP の 417 は「未知の Resource-Priority の名前空間や優先度を拒否する」としていた。RFC 4412 §4.6.2 が 417 を求めるのは、どの値も理解できず、かつリクエストに Require: resource-priority がある場合だけである。',
    },
    now: {
      en: 'A user agent that lacks the extension MUST answer 420 (RFC 4412 §4.3); 417 comes from a user agent or proxy that implements it but understands none of the values. The description says that 417 needs a request with both Resource-Priority and Require: resource-priority, and so arises only where requests are marked for priority handling; the HTTP note names both conditions.',
      ja: '拡張を実装していない UA は 420 を返さなければならず（MUST、RFC 4412 §4.3）、417 は拡張を実装していてもどの値も理解できない UA やプロキシが返す、とした。説明は、417 は Resource-Priority と Require: resource-priority の両方を持つリクエストにしか返らないので、優先処理の印を付けている環境にしか現れない、とした。HTTP の注記にも両方の条件を示した。',
    },
    sources: [
      {
        ref: 'RFC4412 §4.3',
        quote: "if a SIP request contains the 'Require' header field with the 'resource-priority' option tag, a SIP user agent MUST respond with a 420 (Bad Extension) if it does not support the SIP extensions described in this document.",
      },
      { ref: 'RFC4412 §1', quote: "For conciseness, we refer to SIP proxies and user agents (UAs) that act on the 'Resource-Priority' header field as RP actors." },
      { ref: 'RFC4412 §4.6.2', quote: 'With the option tag, it MUST reject the request with a 417 (Unknown Resource-Priority) response code.' },
    ],
  },
  {
    id: '417-retry-section',
    date: '2026-12-05',
    title: { en: '417 facts: what a client does next is in RFC 4412 §4.7.1', ja: '417 の概要表：クライアントの次の動作は RFC 4412 §4.7.1 にある' },
    pages: withComparisons(417),
    wrong: {
      en: 'The facts table cited RFC 4412 §4.6.2 for what a client does after 417, and the comparisons with 417 repeated it; that section says when a 417 is sent, not what the client does with it.',
      ja: '概要表は、417 を受けたクライアントの動作の根拠に RFC 4412 §4.6.2 を示し、417 の比較ページも同じ節を示していた。この節が定めるのは 417 を返す条件であり、受けたクライアントの動作ではない。',
    },
    now: {
      en: 'The retry fact cites RFC 4412 §4.7.1, under which the UAC MAY send a subsequent request with the same or a different resource value and SHOULD choose authorised values from Accept-Resource-Priority, and RFC 3261 §21.4. Comparisons with 417 cite the same.',
      ja: '再試行の根拠として、UAC は同じまたは別のリソース値で次のリクエストを送ってよく（MAY）、Accept-Resource-Priority の中から認められた値を選ぶべきである（SHOULD）とする RFC 4412 §4.7.1 と、RFC 3261 §21.4 を示した。417 の比較ページも同じ節を示す。',
    },
    sources: [
      {
        ref: 'RFC4412 §4.7.1',
        quote: "Upon receiving a 417 (Unknown Resource-Priority) response, the UAC MAY attempt a subsequent request with the same or different resource value. If available, it SHOULD choose authorized resource values from the set of values returned in the 'Accept-Resource-Priority' header field.",
      },
    ],
  },

  // Check of today's corrections, 4.
  {
    id: 'compare-420-421-415-488-no-ranking-of-the-pair',
    date: '2026-12-05',
    title: {
      en: '420 vs 421, 415 vs 488: RFC 3261 names the 4xx to prefer, but does not rank these pairs',
      ja: '420 と 421、415 と 488：RFC 3261 は優先すべき 4xx を挙げるが、この 2 組の優劣は定めていない',
    },
    pages: [{ compare: [420, 421] }, { compare: [415, 488] }],
    wrong: {
      en: 'After an earlier correction the same day, the guides said a proxy should give preference to the 420 over the 421, and to the 415 over the 488. RFC 3261 §16.7 asks a proxy choosing among 4xx responses to prefer those that affect how the request can be resubmitted, and names 401, 407, 415, 420 and 484 as examples; it compares none of them with 421 or 488. A 421 itself names in Require the extension the client must add, and a 488 may carry a description of the media capabilities (RFC 3261 §21.4.16, §21.4.26).',
      ja: '同じ日の先の訂正の後、両ガイドは、プロキシは 421 より 420 を、488 より 415 を優先すべきであるとしていた。RFC 3261 §16.7 は、複数の 4xx から選ぶプロキシに、リクエストの出し直し方に影響する応答を優先するよう求め、その例として 401、407、415、420、484 を挙げているが、これらを 421 や 488 と比べてはいない。421 もクライアントが追加すべき拡張を Require に示し、488 にはメディア能力の記述を載せてよい（RFC 3261 §21.4.16、§21.4.26）。',
    },
    now: {
      en: 'A proxy that picks its final response from the 4xx class SHOULD give preference to responses that affect how the request can be resubmitted; RFC 3261 names 420 and 415 among them and does not rank them against 421 or 488 (RFC 3261 §16.7).',
      ja: '4xx のクラスから最終応答を選ぶプロキシは、リクエストの出し直し方に影響する応答を優先すべきであり（SHOULD）、RFC 3261 はその例に 420 と 415 を挙げているが、421 や 488 との優劣は定めていない（RFC 3261 §16.7）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'The proxy SHOULD give preference to responses that provide information affecting resubmission of this request, such as 401, 407, 415, 420, and 484 if the 4xx class is chosen.',
      },
      { ref: 'RFC3261 §21.4.16', quote: 'Responses with this status code MUST contain a Require header field listing the required extensions.' },
      { ref: 'RFC3261 §21.4.26', quote: 'A message body containing a description of media capabilities MAY be present in the response' },
    ],
  },

  // Fourth reading, 480, 486.
  {
    id: '486-call-waiting-check-on-a-call',
    date: '2026-12-05',
    title: { en: '486: the call-waiting check is for a phone already on a call', ja: '486：割込通話の確認は、すでに通話中の電話機についてのもの' },
    pages: [{ code: 486 }],
    wrong: {
      en: 'A fix told the reader to check call waiting and the limit of calls per line when a phone answers 486 "although its user is free". Those settings only come into play while the phone already has a call in progress, so the advice did not fit the case it named.',
      ja: '対処法で、「ユーザが空いているのに」電話機が 486 を返すなら割込通話の設定と回線あたりの通話数の上限を確認するとしていた。これらの設定が効くのは電話機がすでに通話中の場合だけであり、挙げた状況に対処法が合っていなかった。',
    },
    now: {
      en: 'The check is for a phone on a call that answers 486 to a second call its user would have taken; RFC 3261 §13.3.1.3 asks for 486 when the callee is not willing or able to take additional calls at this end system.',
      ja: '通話中の電話機が、ユーザなら受けたはずの二本目の呼に 486 を返す場合の確認とした。RFC 3261 §13.3.1.3 は、着信者がこの端末でこれ以上の呼を受けるつもりがないか受けられない場合に 486 を求めている。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A common scenario occurs when the callee is currently not willing or able to take additional calls at this end system. A 486 (Busy Here) SHOULD be returned in such a scenario.',
      },
    ],
  },
  {
    id: 'guide-486-vs-600-not-only-occupied',
    date: '2026-12-05',
    title: { en: '486 vs 600 guide: 486 does not say the callee is occupied', ja: '486 と 600 の解説：486 は着信者がふさがっているとは限らない' },
    pages: [{ compare: [486, 600] }],
    wrong: {
      en: 'The guide said both responses mean that the callee "is occupied", citing RFC 3261 §21.4.24 and §21.6.1. The definition of 486 does not say occupied: it covers a callee who is not willing, as well as one who is not able, to take additional calls at that end system.',
      ja: '解説は、どちらの応答も着信者が「ふさがっている」ことを示すとし、RFC 3261 §21.4.24 と §21.6.1 を挙げていた。486 の定義はふさがっているとは書いておらず、その端末でこれ以上の呼を受けられない着信者だけでなく、受けるつもりがない着信者も含む。',
    },
    now: {
      en: 'Both start from an end system contacted successfully: with 486 the callee is not willing or able to take additional calls there (RFC 3261 §21.4.24); with 600 the callee is busy and does not wish to take the call at this time (RFC 3261 §21.6.1).',
      ja: 'どちらも端末への接続には成功している。486 では着信者がその端末でこれ以上の呼を受けるつもりがないか受けられず（RFC 3261 §21.4.24）、600 では着信者が話中で、いまは呼を受けるつもりがない（RFC 3261 §21.6.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.24',
        quote: 'The callee\'s end system was contacted successfully, but the callee is currently not willing or able to take additional calls at this end system.',
      },
      {
        ref: 'RFC3261 §21.6.1',
        quote: 'The callee\'s end system was contacted successfully but the callee is busy and does not wish to take the call at this time.',
      },
    ],
  },
  {
    id: 'guide-486-vs-603-no-busy-tone-claim',
    date: '2026-12-05',
    title: { en: '486 vs 603 guide: no claim about what the telephone network plays', ja: '486 と 603 の解説：電話網が流す音についての記述を削除' },
    pages: [{ compare: [486, 603] }],
    wrong: {
      en: 'The guide said that once a gateway turns 486 into ISUP cause 17, "the caller hears a busy tone". What the telephone network plays to the caller is not in RFC 3398, and the guide gave no other source.',
      ja: '解説は、ゲートウェイが 486 を理由表示 17 に変換すると「発信者には話中音が聞こえる」としていた。電話網が発信者に何を流すかは RFC 3398 に書かれておらず、解説は他の出典も示していなかった。',
    },
    now: {
      en: 'The guide says only that, under the mapping RFC 3398 recommends, a gateway turns 486 into cause 17 "user busy" and 603 into cause 21 "call rejected" (RFC 3398 §8.2.6.1).',
      ja: 'RFC 3398 が推奨する対応付けでは、ゲートウェイは 486 を理由表示 17（着ユーザビジー）に、603 を理由表示 21（通信拒否）に変換する、とだけ記した（RFC 3398 §8.2.6.1）。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: '486 Busy here 17 User busy' },
      { ref: 'RFC3398 §8.2.6.1', quote: '603 Decline 21 Call rejected' },
    ],
  },
  {
    id: 'guide-404-vs-480-failover-includes-transport-failure',
    date: '2026-12-05',
    title: { en: '404 vs 480 guide: RFC 3263 failover also covers a transport failure', ja: '404 と 480 の解説：RFC 3263 のフェイルオーバーはトランスポートの障害も対象とする' },
    pages: [{ compare: [404, 480] }],
    wrong: {
      en: 'The guide said the DNS failover of RFC 3263 "is reserved for a 503 or no response at all". RFC 3263 §4.3 also counts a transport failure, such as a fatal ICMP error or a failed TCP connection; the earlier correction of this guide had kept the short list.',
      ja: '解説は、RFC 3263 の DNS によるフェイルオーバーは「503 か応答がまったくない場合に限られる」としていた。RFC 3263 §4.3 は、致命的な ICMP エラーや TCP の接続失敗といったトランスポートの障害も失敗に数えている。この解説の以前の訂正でも、短いほうの列挙が残っていた。',
    },
    now: {
      en: 'The failover of RFC 3263 is for a 503, a transport failure, or a transaction that timed out without any response (RFC 3263 §4.3); neither 404 nor 480 is among them.',
      ja: 'RFC 3263 のフェイルオーバーの対象は、503、トランスポートの障害、応答を一つも受けずに満了したトランザクションであり（RFC 3263 §4.3）、404 も 480 もこれに含まれない、とした。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP). Failure also occurs if the transaction layer times out without ever having received any response, provisional or final (i.e., timer B or timer F in RFC 3261 [1] fires).',
      },
    ],
  },
  {
    id: 'guide-404-vs-480-cause-1-recommended',
    date: '2026-12-05',
    title: { en: '404 vs 480 guide: 404 to cause 1 is RFC 3398\'s recommendation', ja: '404 と 480 の解説：404 を理由表示 1 にするのは RFC 3398 の推奨である' },
    pages: [{ compare: [404, 480] }],
    wrong: {
      en: 'The guide still said as plain fact that "gateways turn 404 into ISUP cause 1", so that a PSTN caller "is told" the number is not allocated. RFC 3398 recommends this mapping for a response without encapsulated ISUP, and it says nothing of what the caller is told.',
      ja: '解説には、「ゲートウェイは 404 を理由表示 1 に変換する」ので PSTN の発信者には番号が割り当てられていないと「伝わる」という、事実としての記述が残っていた。RFC 3398 は、ISUP がカプセル化されていない応答についてこの対応付けを推奨しているのであり、発信者に何が伝わるかは示していない。',
    },
    now: {
      en: 'A gateway that follows the mapping RFC 3398 recommends turns 404 into cause 1 "unallocated number", so the telephone network is told the number is not allocated (RFC 3398 §8.2.6.1).',
      ja: 'RFC 3398 が推奨する対応付けに従うゲートウェイは 404 を理由表示 1（欠番）に変換するので、電話網には番号が割り当てられていないと伝わる、とした（RFC 3398 §8.2.6.1）。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
      { ref: 'RFC3398 §8.2.6.1', quote: '404 Not found 1 Unallocated number' },
    ],
  },

  // Fourth reading, 408, 503.
  {
    id: '408-timer-c-any-provisional-response',
    date: '2026-12-05',
    title: { en: '408: Timer C leads to CANCEL on any branch with a provisional response, not only a ringing one', ja: '408：タイマ C で CANCEL になるのは呼出し中のブランチに限らず、暫定応答を受けたすべてのブランチ' },
    pages: [{ code: 408 }],
    wrong: {
      en: 'A fix said that when Timer C fires, a branch with no provisional response is treated as a 408 and "a branch that is ringing" gets a CANCEL, which left out branches that had only 100 Trying or another provisional response. RFC 3261 §16.8 sends a CANCEL on every branch that has received a provisional response; only a branch with none is treated as a 408.',
      ja: '対処法で、タイマ C が満了すると、暫定応答のないブランチは 408 として扱われ、「呼出し中のブランチ」には CANCEL が送られるとしており、100 Trying などの暫定応答しか受けていないブランチが抜けていた。RFC 3261 §16.8 では、暫定応答を受けたブランチにはすべて CANCEL が送られ、408 として扱われるのは暫定応答を一つも受けていないブランチだけである。',
    },
    now: {
      en: 'A branch that has had a provisional response, even only 100 Trying, gets a CANCEL when Timer C fires; a branch that has had none is treated as answered with 408 (RFC 3261 §16.8).',
      ja: '暫定応答を受けたブランチには、それが 100 Trying だけであっても、タイマ C の満了時に CANCEL が送られる。暫定応答を一つも受けていないブランチは 408 を返したものとして扱われる（RFC 3261 §16.8）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.8',
        quote: 'If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request matching that transaction. If the client transaction has not received a provisional response, the proxy MUST behave as if the transaction received a 408 (Request Timeout) response.',
      },
    ],
  },
  {
    id: '408-comparisons-received-408-not-forbidden',
    date: '2026-12-05',
    title: { en: '408 comparisons: RFC 3263 does not count a received 408, but it does not forbid another server either', ja: '408 の比較：RFC 3263 は受信した 408 を失敗に数えないが、別のサーバを試すことを禁じてもいない' },
    pages: [{ comparisonsWith: 408 }],
    wrong: {
      en: 'Comparison pages told the reader, after a 408, to "try the next server, but not after a 408 received from a server", a prohibition no RFC makes. RFC 3263 §4.3 only leaves a received 408 out of the failures after which the client SHOULD try the next server, and RFC 3261 §21.4 says of 4xx responses that the same request to a different server might succeed.',
      ja: '比較ページで、408 を受けたときの動作を「次のサーバを試す（サーバから受信した 408 ではフェイルオーバーしない）」としており、どの RFC も定めていない禁止として書いていた。RFC 3263 §4.3 は、クライアントが次のサーバを試すべき（SHOULD）失敗に受信した 408 を含めていないだけであり、RFC 3261 §21.4 は 4xx について、同じリクエストでも別のサーバなら成功しうるとしている。',
    },
    now: {
      en: 'After your own Timer B or F fired with no response, try the next server; a 408 received from a server is not a reason under RFC 3263 to do so (RFC 3263 §4.3).',
      ja: '応答を一つも受けないまま自分のタイマ B または F が満了したのなら次のサーバを試す。サーバから受信した 408 は、RFC 3263 では次のサーバを試す理由にならない（RFC 3263 §4.3）とした。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP). Failure also occurs if the transaction layer times out without ever having received any response, provisional or final (i.e., timer B or timer F in RFC 3261 [1] fires).',
      },
      { ref: 'RFC3261 §21.4', quote: 'However, the same request to a different server might be successful.' },
    ],
  },
  {
    id: 'guides-408-definition-and-rfc-3263-should',
    date: '2026-12-05',
    title: { en: '408 vs 504, 408 vs 480: what 408 is defined as, and what RFC 3263 SHOULD', ja: '408 と 504、408 と 480 の比較：408 の定義と、RFC 3263 の SHOULD' },
    pages: [{ compare: [408, 504] }, { compare: [408, 480] }],
    wrong: {
      en: 'The 408 vs 504 guide said "With 408 the silent party is the destination", although the example RFC 3261 §21.4.9 gives for 408 is a server that could not determine the user\'s location in time, the kind of lookup the guide assigned to 504. It also said RFC 3263 "moves" a client to the next server, and the 408 vs 480 guide that RFC 3263 "has the client try" it; RFC 3263 §4.3 says SHOULD.',
      ja: '408 と 504 の比較ページは「408 で応答しなかったのは宛先である」としていたが、RFC 3261 §21.4.9 が 408 の例として挙げるのは、ユーザの所在を時間内に特定できなかったサーバであり、このページが 504 に割り当てていた種類の問い合わせである。また同ページは RFC 3263 がクライアントを次のサーバへ「移らせる」とし、408 と 480 の比較ページは RFC 3263 に「従い」次のサーバを試すとしていたが、RFC 3263 §4.3 の規定は SHOULD である。',
    },
    now: {
      en: 'The 408 vs 504 guide gives the definition of 408 with its own example, names the case where a proxy MUST send 408, and notes that a location lookup that ran out of time fits both definitions. Both guides say the client SHOULD try the next server (RFC 3263 §4.3).',
      ja: '408 と 504 の比較ページでは、408 の定義をその例とともに示し、プロキシが 408 を返さなければならない場合を挙げ、所在の問い合わせが時間切れになった場合はどちらの定義にも当てはまるとした。どちらの比較ページも、クライアントは次のサーバを試すべきである（SHOULD、RFC 3263 §4.3）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.9',
        quote: 'The server could not produce a response within a suitable amount of time, for example, if it could not determine the location of the user in time.',
      },
      { ref: 'RFC3261 §21.5.5', quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.' },
      { ref: 'RFC3263 §4.3', quote: 'If a failure occurs, the client SHOULD create a new request, which is identical to the previous, but has a different value of the Via branch ID' },
    ],
  },
  {
    id: '503-after-486-480-and-srv-should',
    date: '2026-12-05',
    title: { en: '503: a 486 or 480 does not stop the caller\'s side failing over; the SRV retry is a SHOULD', ja: '503：486 や 480 でも発信者側のフェイルオーバーが止まるとは限らない。SRV の次のサーバへの再送は SHOULD' },
    pages: [{ code: 503 }],
    wrong: {
      en: 'A fix said to answer 486 or 480 instead of 503 "so the caller\'s side does not fail over", although the page itself says trying another trunk after them is a routing policy: RFC 3263 §4.3 only leaves them out of the failures it lists. A scenario said the phone or upstream proxy "then tries" the secondary server in the SRV records, and the description that RFC 3263 §4.3 "has a client move" to the next server, where that section says SHOULD.',
      ja: '対処法で、503 ではなく 486 や 480 を使えば「発信者側が無用なフェイルオーバーをせずに済む」としていたが、ページ自身が、それらの後で別のトランクを試すかどうかはルーティングポリシーだとしている。RFC 3263 §4.3 は、それらを挙げる失敗に含めていないだけである。また事例では、電話機や上流のプロキシが SRV レコードの予備のサーバを「試す」と書き、説明文では RFC 3263 §4.3 がクライアントを次のサーバへ「移らせる」と書いていたが、同節の規定は SHOULD である。',
    },
    now: {
      en: 'The fix says 486 and 480 are not among the failures RFC 3263 §4.3 lists, so the caller\'s side is not told to try another server; the scenario and the description say the client SHOULD try the next server (RFC 3263 §4.3).',
      ja: '対処法では、486 と 480 は RFC 3263 §4.3 が挙げる失敗に含まれないので、発信者側に別のサーバを試すよう伝えることにはならないとした。事例と説明文では、クライアントは次のサーバを試すべきである（SHOULD、RFC 3263 §4.3）とした。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort (generally, due to fatal ICMP errors in UDP or connection failures in TCP).',
      },
      { ref: 'RFC3263 §4.3', quote: 'If a failure occurs, the client SHOULD create a new request, which is identical to the previous, but has a different value of the Via branch ID' },
    ],
  },
  {
    id: 'guide-500-vs-503-without-retry-after',
    date: '2026-12-05',
    title: { en: '500 vs 503 guide: a 503 without Retry-After loses how long to stay away, not the chance to retry', ja: '500 と 503 の比較：Retry-After のない 503 で失われるのは避けるべき期間であり、再試行の可能性ではない' },
    pages: [{ compare: [500, 503] }],
    wrong: {
      en: 'The guide said a 503 without Retry-After, which the client handles as a 500, "loses the come back later hint". A 500 itself lets the client retry after several seconds; what the client does not learn is how long to leave the server alone.',
      ja: 'Retry-After のない 503 はクライアント側で 500 として扱われ、「後で来てほしい」という情報が失われるとしていた。500 でも、クライアントは数秒後に再試行してよい。伝わらないのは、どれだけの間そのサーバを避けるべきかである。',
    },
    now: {
      en: 'A 503 without Retry-After is handled as a 500 (RFC 3261 §21.5.4), which only says the request MAY be sent again after several seconds (RFC 3261 §21.5.1); the client learns nothing about how long to stay away.',
      ja: 'Retry-After のない 503 は 500 として扱われ（RFC 3261 §21.5.4）、500 が示すのは数秒後に再試行してよいことだけなので（RFC 3261 §21.5.1）、どれだけの間そのサーバを避けるべきかはクライアントに伝わらない、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.4', quote: 'If no Retry-After is given, the client MUST act as if it had received a 500 (Server Internal Error) response.' },
      { ref: 'RFC3261 §21.5.1', quote: 'The client MAY display the specific error condition and MAY retry the request after several seconds.' },
    ],
  },
  {
    id: 'guide-502-vs-503-transport-error-not-silence',
    date: '2026-12-05',
    title: { en: '502 vs 503 guide: a transport error counts as a 503, a silent next hop does not', ja: '502 と 503 の比較：503 とみなされるのはトランスポートエラーであり、応答のない次ホップではない' },
    pages: [{ compare: [502, 503] }],
    wrong: {
      en: 'The guide said a proxy "that cannot reach the next hop at all" behaves as if that hop had answered 503. RFC 3261 §16.9 says this of an error the transport layer reports when the proxy forwards the request. A next hop that stays silent over UDP is no such error: for an INVITE the proxy is left with no final response and MUST answer 408, and RFC 4320 forbids a 408 to other requests.',
      ja: '「次のホップにそもそも到達できない」プロキシは、そのホップが 503 を返したものとして振る舞うとしていた。RFC 3261 §16.9 がそう定めているのは、リクエストの転送時にトランスポート層がエラーを通知した場合である。UDP で次のホップが何も返さないのはそのようなエラーではなく、INVITE であればプロキシは最終応答を一つも得られずに 408 を返さなければならない。それ以外のリクエストへの 408 は RFC 4320 が禁じている。',
    },
    now: {
      en: 'A transport error on forwarding, such as a refused TCP connection, is treated as a 503 (RFC 3261 §16.9); a silent next hop leaves an INVITE with no final response, which the proxy MUST answer with 408 (RFC 3261 §16.7), and other requests get no 408 (RFC 4320 §4.2).',
      ja: 'TCP 接続の拒否など、転送時のトランスポートエラーは 503 として扱われる（RFC 3261 §16.9）。次のホップが何も返さない場合、INVITE では最終応答が一つも得られないので、プロキシは 408 を返さなければならず（RFC 3261 §16.7）、それ以外のリクエストには 408 を送らない（RFC 4320 §4.2）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.9',
        quote: 'If the transport layer notifies a proxy of an error when it tries to forward a request (see Section 18.4), the proxy MUST behave as if the forwarded request received a 503 (Service Unavailable) response.',
      },
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
      { ref: 'RFC4320 §4.2', quote: 'A transaction-stateful SIP element MUST NOT send a response with Status-Code of 408 to a non-INVITE request.' },
    ],
  },

  // Fourth reading, 487, 603.
  {
    id: '487-triggers-and-what-reaches-the-caller',
    date: '2026-12-05',
    title: { en: '487: a CANCEL is one trigger of three, and a cancelled branch\'s 487 reaches the caller only as the best response', ja: '487：CANCEL は三つのきっかけの一つであり、キャンセルされたブランチの 487 が発信者に届くのは最良の応答として選ばれた場合だけ' },
    pages: [{ code: 487 }],
    wrong: {
      en: 'The description called a CANCEL for a ringing INVITE "the usual trigger" of 487, a frequency no source gives, and said "A 487 reaches the caller when the caller sent the CANCEL, or when a proxy cancelled the remaining branch on its own". That left out the 487 a UAS sends on its own when the INVITE\'s Expires runs out, with no CANCEL on any hop, and that a forking proxy forwards a cancelled branch\'s 487 only when no branch answered 2xx or 6xx and it picks that 487 as the best final response.',
      ja: '説明で、鳴動中の INVITE に対する CANCEL を 487 の「典型的なきっかけ」としていたが、その頻度を示す出典はない。また「487 が発信者まで届くのは、発信者自身が CANCEL を送った場合か、プロキシが残りのブランチを自らキャンセルした場合である」としていた。これは、INVITE の Expires が切れたときに UAS が自ら返す、どのホップにも CANCEL のない 487 を除外しており、フォーキングプロキシがキャンセルしたブランチの 487 を転送するのは、どのブランチも 2xx や 6xx を返さず、その 487 を最良の最終応答として選んだ場合だけであることも示していなかった。',
    },
    now: {
      en: 'A CANCEL for an INVITE without a final response is one of three triggers (RFC 3261 §9.2, §13.3.1, §15.1.2). A cancelled branch\'s 487 can reach the caller only if no branch answered 2xx or 6xx, and then only if the proxy picks it as the best final response (RFC 3261 §16.7); where no hop shows a CANCEL, the fixes point to the INVITE\'s Expires and to a BYE.',
      ja: '最終応答のない INVITE に対する CANCEL は、三つのきっかけの一つとした（RFC 3261 §9.2、§13.3.1、§15.1.2）。キャンセルされたブランチの 487 が発信者に届きうるのは、どのブランチも 2xx や 6xx を返さず、プロキシがそれを最良の最終応答として選んだ場合だけであるとし（RFC 3261 §16.7）、どのホップにも CANCEL がなければ INVITE の Expires と BYE を確認するよう対処法に加えた。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1',
        quote: 'If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated) response SHOULD be generated.',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'The stateful proxy MUST choose the "best" final response among those received and stored in the response context.',
      },
    ],
  },
  {
    id: '487-pstn-note-rfc4497-default-cause',
    date: '2026-12-05',
    title: { en: '487 at a PSTN gateway: RFC 3398 gives no reason for leaving it unmapped', ja: 'PSTN ゲートウェイでの 487：RFC 3398 は対応がない理由を示していない' },
    pages: [{ code: 487 }, { q850: true }],
    wrong: {
      en: 'The interworking note said "The INVITE was cancelled, so there is nothing to map", as if that were RFC 3398\'s reason. RFC 3398 gives none, a 487 can also follow an expired INVITE, and RFC 4497 gives its default cause 31 for a call that must still be cleared.',
      ja: 'PSTN 連携の注記で「INVITE はすでにキャンセルされており、対応させる理由表示はない」と、RFC 3398 の理由であるかのように書いていた。RFC 3398 は理由を示しておらず、487 は期限切れの INVITE に返ることもある。また RFC 4497 は、それでも切断を始める必要がある呼には既定の理由表示 31 を使うとしている。',
    },
    now: {
      en: 'RFC 3398 gives no reason; RFC 4497 notes that the call will normally already be cleared or clearing, and gives its default cause 31 for when clearing must still be started.',
      ja: 'RFC 3398 は理由を示していない。RFC 4497 は、呼は通常すでに切断済みか切断中であるとし、それでも切断を始める必要がある場合には既定の理由表示 31 を使うとしている、とした。',
    },
    sources: [
      {
        ref: 'RFC4497 §8.4.4',
        quote: 'The circumstances in which SIP response code 487 can be expected to arise do not require it to be mapped to a QSIG cause code, since the QSIG call will normally already be cleared or in the process of clearing. If QSIG call clearing does, however, need to be initiated, the default cause value should be used.',
      },
    ],
  },
  {
    id: 'guide-486-vs-487-expired-invite-and-6xx',
    date: '2026-12-05',
    title: { en: '486 vs 487 guide: a 487 can also follow an expired INVITE, and a proxy also cancels after a 6xx', ja: '486 と 487 の解説：487 は期限切れの INVITE にも返り、プロキシは 6xx の後にもキャンセルする' },
    pages: [{ compare: [486, 487] }],
    wrong: {
      en: 'The summary said 487 "answers an INVITE that was cancelled before anyone answered, by the caller or by a proxy", and the advice on receiving one said "your side, or a proxy on its path, cancelled the request", leaving out the INVITE whose own Expires ran out and the request ended by a BYE. The list of upstream decisions (in Japanese, "one of" them) named a forking proxy cancelling only "after another one answered"; RFC 3261 also has it cancel when it receives a 6xx.',
      ja: '要約は 487 を「誰かが応答する前に発信者やプロキシによってキャンセルされた INVITE への応答」とし、受信したときの説明は「リクエストをキャンセルしたのは自分の側か、経路上のプロキシ」としており、自身の Expires が切れた INVITE と、BYE で終わったリクエストを除外していた。また上流での判断を「いずれか」として列挙し、フォーキングプロキシがキャンセルするのは「別のブランチが応答した」ときだけとしていたが、RFC 3261 では 6xx を受けたときにもキャンセルする。',
    },
    now: {
      en: 'The summary names all three ways a request is ended before an answer; the upstream decisions are examples, including a forking proxy cancelling after another branch answered 2xx or 6xx (RFC 3261 §16.7); and the advice on receiving one adds the time the INVITE set in Expires (RFC 3261 §13.3.1).',
      ja: '要約で、応答前にリクエストが打ち切られる三つの場合をすべて挙げた。上流での判断は例として示し、別のブランチが 2xx か 6xx を返した後のフォーキングプロキシによるキャンセルを含めた（RFC 3261 §16.7）。受信したときの説明には、INVITE が Expires で指定した時間の経過を加えた（RFC 3261 §13.3.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1',
        quote: 'If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated) response SHOULD be generated.',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'A proxy SHOULD also generate a CANCEL request for all pending client transactions associated with this response context when it receives a 6xx response.',
      },
    ],
  },
  {
    id: '603-do-not-disturb-scenario',
    date: '2026-12-05',
    title: { en: '603: the example no longer has a do-not-disturb client decline while another device rings', ja: '603：他の端末が鳴っている間に DND のクライアントが拒否する例をやめた' },
    pages: [{ code: 603 }],
    wrong: {
      en: 'A scenario and the call flow showed a mobile client "in a do-not-disturb period" answering every INVITE with 603 while the user\'s desk phone was still ringing, as an ordinary use of the code. RFC 3261 returns 603 only when no other end point will answer, and names do-not-disturb among the examples of 480; the page\'s own fixes advise 480 for do-not-disturb.',
      ja: 'シナリオと呼フローで、DND（応答不可）中のモバイルクライアントが、ユーザの卓上電話機がまだ鳴っている間にすべての INVITE に 603 を返す様子を、このコードの通常の使い方として示していた。RFC 3261 では 603 を返すのは他のどのエンドポイントも応答しない場合に限られ、DND は 480 の例として挙げられている。このページの対処法も DND には 480 を勧めている。',
    },
    now: {
      en: 'The scenario and the flow show a user in a meeting declining the call on the mobile client, which answers 603 with Retry-After: 3600; the proxy cancels the desk phone\'s branch, and the caller is told when the user expects to be available again (RFC 3261 §20.33).',
      ja: 'シナリオと呼フローでは、会議中のユーザがモバイルクライアントで呼を拒否し、クライアントが Retry-After: 3600 付きの 603 を返す様子を示した。プロキシは卓上電話機へのブランチをキャンセルし、発信者には、ユーザが再び応対できると見込む時刻が伝わる（RFC 3261 §20.33）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6.2',
        quote: 'This status response is returned only if the client knows that no other end point will answer the request.',
      },
      {
        ref: 'RFC3261 §21.4.18',
        quote: 'The callee\'s end system was contacted successfully but the callee is currently unavailable (for example, is not logged in, logged in but in a state that precludes communication with the callee, or has activated the "do not disturb" feature).',
      },
    ],
  },
  {
    id: 'guide-603-retry-after-is-a-better-time',
    date: '2026-12-05',
    title: { en: '603 vs 607 and 603 vs 608 guides: Retry-After gives a better time to call, not the earliest one', ja: '603 と 607、603 と 608 の解説：Retry-After が示すのはより適切な発信時刻であり、最も早い時刻ではない' },
    pages: [{ compare: [603, 607] }, { compare: [603, 608] }],
    wrong: {
      en: 'The Japanese text of both guides told the reader to call again after the time in a 603\'s Retry-After (「その時刻以降に」), making it the earliest time, and the English 603 vs 608 guide said to "try again later if Retry-After says when". RFC 3261 only says a 603 MAY indicate a better time to call; it sets no earliest time and does not make a later call depend on Retry-After. The English 603 vs 607 guide said a later call "may well succeed", a likelihood no source gives.',
      ja: '両解説の日本語版は、603 の Retry-After の「その時刻以降に」かけるよう書き、最も早い時刻として扱っていた。603 と 608 の解説の英語版も「Retry-After が時刻を示していれば後でかけ直す」としていた。RFC 3261 が定めるのは、603 が Retry-After でより適切な発信時刻を示してもよい（MAY）ことだけであり、最も早い時刻も定めず、後の発信を Retry-After の有無に結び付けてもいない。603 と 607 の解説の英語版は、後の発信は「十分に成功しうる」と、出典のない見込みを書いていた。',
    },
    now: {
      en: 'A later call may succeed, and a Retry-After, if present, gives a better time to call (RFC 3261 §21.6.2).',
      ja: '後でかければつながる可能性があり、Retry-After があれば、それがより適切な発信時刻を示す（RFC 3261 §21.6.2）とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.6.2', quote: 'The response MAY indicate a better time to call in the Retry-After header field.' },
    ],
  },
  {
    id: 'guide-603-vs-608-608-is-a-may',
    date: '2026-12-05',
    title: { en: '603 vs 608 guide: an intermediary MAY send 608, and a 603 is not always the user\'s', ja: '603 と 608 の解説：仲介装置は 608 を送ってもよい（MAY）、603 がいつもユーザによるとは限らない' },
    pages: [{ compare: [603, 608] }],
    wrong: {
      en: 'The guide said "An intermediary should send 608 instead" of 603; RFC 8688 says an intermediary MAY send 608. It then said as fact that after a 603 "the person, or a rule they set on their device, declined", although the paragraph before it describes blocking platforms that send 603.',
      ja: '解説は、仲介装置は 603 の代わりに「608 を送るべきである」としていたが、RFC 8688 は仲介装置が 608 を送ってもよい（MAY）としている。続けて、603 の後は「相手本人か、相手が端末に設定したルールが呼を断っている」と事実として書いていたが、直前の段落は 603 を送るブロックプラットフォームを取り上げている。',
    },
    now: {
      en: 'RFC 8688 gives an intermediary 608 for this, which it MAY send instead (RFC 8688 §3.1). A 603 says that the person, or a rule they set, declined, though a blocking platform may send it too.',
      ja: 'RFC 8688 はこのために 608 を用意しており、仲介装置は代わりにこれを送ってもよい（MAY、RFC 8688 §3.1）とした。603 は相手本人か、相手が設定したルールが呼を断ったことを示すが、ブロックプラットフォームが送っていることもある、とした。',
    },
    sources: [
      {
        ref: 'RFC8688 §3.1',
        quote: 'An intermediary MAY issue the 608 response code in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP [RFC3261] request to indicate that an intermediary rejected the offered communication as unwanted by the user.',
      },
    ],
  },

  // Check of today's corrections, 3.
  {
    id: '482-loop-is-the-hops-above-the-own-via',
    date: '2026-12-05',
    title: {
      en: '482: the loop is made of the hops above the detecting element\'s own Via entry',
      ja: '482：ループを作っているのは、検出した装置自身の Via エントリより上のホップである',
    },
    pages: [{ code: 482 }],
    wrong: {
      en: 'A fix said that the loop "closes at the element that sent the 482", or at a hop that appears twice, and to correct the routing there. The element that sent the 482 only detected the loop: it found a Via entry it had placed in the request before, so the request came back to it through every hop whose Via lies above that entry, and any of them may be the one that sends it back.',
      ja: '対処法は、ループが閉じている箇所は「482 を返した装置」か二度現れるホップであるとし、そこでルーティングを直すよう勧めていた。482 を返した装置はループを検出しただけである。以前にリクエストへ入れた自分の Via エントリを見つけたのであり、リクエストはそのエントリより上に Via を持つすべてのホップを経て戻ってきている。リクエストを送り返しているのは、そのどれでもありうる。',
    },
    now: {
      en: 'The fix says that the loop is made of the hops from that element\'s earlier Via entry to the top of the list, the element itself included, since each proxy inserts its Via before the existing ones (RFC 3261 §16.3, item 4; §16.6, item 8), and to find which of those hops sends the request back.',
      ja: '対処法は、各プロキシは既存の Via の前に自分の Via を挿入するので（RFC 3261 §16.3 の項目 4、§16.6 の項目 8）、ループを作っているのはその装置の以前の Via エントリから並びの先頭までのホップ（その装置自身を含む）であるとし、そのうちリクエストを送り返しているものを突き止めるよう改めた。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.3',
        quote: 'If the request contains a Via header field with a sent-by value that equals a value placed into previous requests by the proxy, the request has been forwarded by this element before.',
      },
      { ref: 'RFC3261 §16.6', quote: 'The proxy MUST insert a Via header field value into the copy before the existing Via header field values.' },
    ],
  },

  // Fourth reading, 424, 433, 440.
  {
    id: '424-methods-requests-with-geolocation',
    date: '2026-12-05',
    title: { en: '424 answers only requests that can carry a Geolocation header', ja: '424 が返されるのは Geolocation ヘッダを持ちうるリクエストだけ' },
    pages: withComparisons(424),
    wrong: {
      en: '"Requests it answers" said "Any", naming the methods of RFC 6442 §4.1 as examples, and comparison pages said the RFCs do not restrict 424 to particular methods. RFC 6442 defines the Geolocation header as valid in those eleven requests only, and forbids a 424 to a request without that header, so CANCEL and PRACK cannot draw one.',
      ja: '「対象のリクエスト」を「制限なし」とし、RFC 6442 §4.1 のメソッドを例として挙げていた。比較ページも、RFC は 424 を特定のメソッドに限定していないとしていた。RFC 6442 は Geolocation ヘッダを有効とするリクエストをその 11 種に定め、このヘッダのないリクエストへの 424 を禁じているので、CANCEL や PRACK に 424 が返ることはない。',
    },
    now: {
      en: 'INVITE, REGISTER, OPTIONS, BYE, UPDATE, INFO, MESSAGE, REFER, SUBSCRIBE, NOTIFY and PUBLISH only (RFC 6442 §4.1, §4.3), on the code page and its comparisons.',
      ja: 'コードのページと比較ページで、INVITE・REGISTER・OPTIONS・BYE・UPDATE・INFO・MESSAGE・REFER・SUBSCRIBE・NOTIFY・PUBLISH のみとした（RFC 6442 §4.1、§4.3）。',
    },
    sources: [
      { ref: 'RFC6442 §4.1', quote: 'This document defines the Geolocation header field as valid in the following SIP requests:' },
      {
        ref: 'RFC6442 §4.3',
        quote: 'A 424 response MUST NOT be sent in response to a request that lacks a Geolocation header entirely, as the user agent in that case may not support this extension at all.',
      },
    ],
  },
  {
    id: '433-retry-only-with-user-confirmation',
    date: '2026-12-05',
    title: { en: '433: no retry without anonymity unless the user confirms it', ja: '433：ユーザが了承しない限り、匿名をやめて再試行しない' },
    pages: withComparisons(433),
    wrong: {
      en: 'The facts table said "Resend only after changing the request", and every comparison with 433 told the receiver to "change what the response points at before sending the request again", without the condition RFC 5079 §4 puts on it: a UAC MUST NOT retry without anonymity unless its user confirms. A fix also said that destinations with anonymous call rejection "will answer 433", where RFC 5079 makes 433 a MAY and asks a UAS to answer 403 when the refusal itself is sensitive.',
      ja: '概要表は「修正して再試行」とし、433 を含むすべての比較ページは受信側に「応答が指摘した点を直してから再試行する」よう示していたが、RFC 5079 §4 が付ける条件、つまりユーザが了承しない限り UAC は匿名をやめて再試行してはならないことが抜けていた。また対処法で、非通知着信拒否を設定している宛先は「433 を返す」としていたが、RFC 5079 は 433 を MAY とし、拒否していること自体が知られたくない情報であれば 403 で拒否するよう UAS に求めている。',
    },
    now: {
      en: 'The UAC MUST NOT send the request again without anonymity unless the user confirms it, directly or by a policy the user has set (RFC 5079 §4), in the facts table and the comparisons. Such destinations can refuse with 433, or with 403 where they keep the reason to themselves (RFC 5079 §7).',
      ja: '概要表と比較ページで、ユーザが直接、またはユーザが設定したポリシーで了承しない限り、UAC は匿名をやめてリクエストを送り直してはならないとした（MUST NOT、RFC 5079 §4）。そうした宛先は 433 で拒否しうるが、理由を明かさない宛先なら 403 で拒否する（RFC 5079 §7）、とした。',
    },
    sources: [
      {
        ref: 'RFC5079 §4',
        quote: 'A User Agent Client (UAC) receiving a 433 (Anonymity Disallowed) MUST NOT retry the request without anonymity unless it obtains confirmation from the user that this is desirable.',
      },
      { ref: 'RFC5079 §4', quote: 'Such confirmation could be obtained through the user interface, or by accessing user-defined policy.' },
      { ref: 'RFC5079 §7', quote: 'This information may or may not be sensitive. If it is, a UAS SHOULD reject the request with a 403 instead.' },
    ],
  },

  // Fourth reading, 469, 493, 555.
  {
    id: '493-example-auth-enveloped-data',
    date: '2026-12-05',
    title: { en: '493: an encrypted MESSAGE uses auth-enveloped-data; sending the body in clear is a policy decision', ja: '493：暗号化した MESSAGE は auth-enveloped-data を使う。ボディを平文で送るかはポリシーで決める' },
    pages: [{ code: 493 }],
    wrong: {
      en: 'The example MESSAGE carried its encrypted body as application/pkcs7-mime with smime-type=enveloped-data, although RFC 8591, which the page cites for MESSAGE, requires a sending UA to use smime-type=auth-enveloped-data. A fix also told the sender, when an SBC or B2BUA has to read the body, to send it unencrypted over TLS instead, without the condition the other fix sets: only if the sender\'s security policy allows it.',
      ja: '例の MESSAGE は、暗号化したボディを smime-type=enveloped-data の application/pkcs7-mime として運んでいたが、ページが MESSAGE について出典とする RFC 8591 は、送信側の UA に smime-type=auth-enveloped-data を使うよう求めている。また対処法の一つで、SBC や B2BUA がボディを読む必要がある場合は代わりに TLS で暗号化せずに送るよう勧めていたが、別の対処法が付けている条件、つまり送信側のセキュリティポリシーが許す場合に限るという条件がなかった。',
    },
    now: {
      en: 'The example uses smime-type=auth-enveloped-data (RFC 8591 §4.2). The fix sends the body unencrypted over TLS-protected hops only if the security policy allows that intermediary to read it, and otherwise routes the request around such elements.',
      ja: '例では smime-type=auth-enveloped-data を使うようにした（RFC 8591 §4.2）。対処法は、その中継装置にボディを読ませることをセキュリティポリシーが許す場合に限って TLS で保護した区間で暗号化せずに送り、許さない場合はそうした装置を通らない経路にする、とした。',
    },
    sources: [
      {
        ref: 'RFC8591 §4.2',
        quote: 'When generating an encrypted message, sending UAs MUST follow the conventions specified in [RFC8551] for the application/pkcs7-mime media type with smime-type=auth-enveloped-data.',
      },
    ],
  },
  {
    id: '555-query-still-registers',
    date: '2026-12-05',
    title: { en: '555: a query REGISTER asks without requesting push; it is still a registration', ja: '555：問い合わせの REGISTER はプッシュを要求しないが、登録であることに変わりはない' },
    pages: [{ code: 555 }],
    wrong: {
      en: 'The description said a client can ask "without committing" by registering with pn-provider but no pn-prid, and the Japanese text said the query is made without presupposing a registration. A query is an ordinary REGISTER: what it leaves out is the request for push notifications.',
      ja: '説明文は、pn-provider を付けて pn-prid を付けない REGISTER で「登録を前提とせずに」問い合わせることができるとしていた。問い合わせも通常の REGISTER であり、省かれているのはプッシュ通知の要求である。',
    },
    now: {
      en: 'A client can ask without requesting push: a REGISTER with pn-provider but no pn-prid is a query (RFC 8599 §4.1.5).',
      ja: 'クライアントは、pn-provider を付けて pn-prid を付けない REGISTER で、プッシュ通知を要求せずに問い合わせることができる（RFC 8599 §4.1.5）、とした。',
    },
    sources: [
      {
        ref: 'RFC8599 §4.1.5',
        quote: 'When a UA performs a query, it does not request push notifications from the SIP network.',
      },
    ],
  },

  // Fourth reading, 180, 302, 403.
  {
    id: '403-calling-identity-rfc3325',
    date: '2026-12-05',
    title: { en: '403: one operator reason does have an RFC behind it', ja: '403：事業者の拒否理由のうち一つには RFC の根拠がある' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'After listing the reasons for which trunks and SBCs send 403 (source address, calling number, barred destination, suspended account), the description said "No RFC lists these reasons". RFC 3325 §6 lets a proxy reject a request, for example with 403, when the identity a user asks for in P-Preferred-Identity is none of that user\'s valid identities, and the facts row of the same page cites that section.',
      ja: 'トランクや SBC が 403 を返す理由（送信元アドレス、発信者番号、規制対象の宛先、停止中のアカウント）を挙げた後、説明で「これらの理由を挙げた RFC はない」としていた。RFC 3325 §6 は、ユーザが P-Preferred-Identity で希望した ID がそのユーザの有効な ID のどれでもない場合に、プロキシがリクエストを拒否できるとし、その例として 403 を示している。同じページの概要表もこの節を示している。',
    },
    now: {
      en: 'The reasons are operators\' own policies; only the calling identity has an RFC behind it: when the identity a user asks for in P-Preferred-Identity is none of that user\'s valid identities, a proxy can add a P-Asserted-Identity of its own construction instead, or reject the request, for example with 403 (RFC 3325 §6). The others fit RFC 3261 §21.4.4.',
      ja: 'これらは事業者独自のポリシーであり、RFC に根拠があるのは発信者の ID だけである。そのようなプロキシは、代わりに自ら作った P-Asserted-Identity を付けるか、リクエストを拒否でき、拒否の例として 403 が示されている（RFC 3325 §6）。それ以外の理由は RFC 3261 §21.4.4 に当てはまる、とした。',
    },
    sources: [
      {
        ref: 'RFC3325 §6',
        quote: 'If such a hint does not correspond to any valid identity known to the proxy for that user, the proxy can add a P-Asserted-Identity header of its own construction, or it can reject the request (for example, with a 403 Forbidden).',
      },
    ],
  },
  {
    id: '403-authorization-note-not-only-credentials',
    date: '2026-12-05',
    title: { en: '403 with credentials: not always about them', ja: '認証情報付きのリクエストへの 403：原因は認証情報とは限らない' },
    pages: [{ code: 403 }],
    wrong: {
      en: 'The note on Authorization said that when the refused request carried credentials, 403 "means they were rejected, or accepted for a user who may not do this", as if these were the only cases. A 403 can also refuse a request for a reason the credentials do not touch, such as an edge proxy finding a tampered flow token.',
      ja: 'Authorization の注記で、拒否されたリクエストに認証情報が付いていた場合、403 は「それが拒否されたこと、または受け入れられたもののその操作を許されないユーザだったことを示す」と、この二つしかないかのように書いていた。エッジプロキシが改ざんされたフロートークンを見つけた場合のように、認証情報とは関係のない理由で 403 が返ることもある。',
    },
    now: {
      en: 'A 403 can mean the credentials were rejected, that they were accepted for a user who may not do this, or that the request was refused for another reason; in every case sending them again will not help (RFC 3261 §21.4.4).',
      ja: '403 は、認証情報が拒否されたこと、受け入れられたもののその操作を許されないユーザだったこと、または別の理由で拒否されたことを示しうる。いずれの場合も、同じものを送り直しても変わらない（RFC 3261 §21.4.4）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.4', quote: 'Authorization will not help, and the request SHOULD NOT be repeated.' },
      { ref: 'RFC5626 §5.3.1', quote: 'If the flow token has been tampered with, the proxy SHOULD send a 403 (Forbidden) response.' },
    ],
  },
  {
    id: '180-flow-local-ringback-may',
    date: '2026-12-05',
    title: { en: '180 call flow: local ringback is a MAY', ja: '180 のコールフロー：ローカルのリングバックは MAY' },
    pages: [{ code: 180 }],
    wrong: {
      en: 'The caption of the call flow said the caller "plays ringback until the 200 OK arrives", as a fact of every 180.',
      ja: 'コールフローの説明で、発信者は「200 OK が届いて ACK を返すまでリングバックトーンを鳴らす」と、どの 180 でもそうなるかのように書いていた。',
    },
    now: {
      en: 'The caller may play local ringback on the 180 (RFC 3261 §21.1.2) until the 200 OK arrives.',
      ja: '発信者は 180 を契機に、200 OK が届くまでローカルでリングバックトーンを鳴らしてよい（MAY、RFC 3261 §21.1.2）、とした。',
    },
    sources: [{ ref: 'RFC3261 §21.1.2', quote: 'The UA receiving the INVITE is trying to alert the user. This response MAY be used to initiate local ringback.' }],
  },
  {
    id: 'guide-401-vs-403-no-retry-after-second-401',
    date: '2026-12-05',
    title: { en: '401 vs 403 guide: no 403 follows a second 401 unless the client sends again', ja: '401 と 403 の解説：2 度目の 401 の後に 403 が来るのは、クライアントが再び送った場合だけ' },
    pages: [{ compare: [401, 403] }],
    wrong: {
      en: 'The guide gave "a 401, a second 401 without stale=true and then a 403" as the trace of a wrong password. A 403 after the second 401 answers a third request, which with the same credentials the client must not send; the section the guide cites in the same paragraph forbids it.',
      ja: '解説は、パスワード誤りのトレースとして「401、stale=true のない 2 度目の 401、そして 403」を挙げていた。2 度目の 401 の後の 403 は 3 度目のリクエストへの応答であり、同じ認証情報ではクライアントはそれを送ってはならない。同じ段落で引用している節自体が禁じている。',
    },
    now: {
      en: 'When the REGISTER that carries the credentials gets a second 401 without stale=true, or a 403, look first at the password or the authentication username, and do not send the same credentials again (RFC 3261 §22.1).',
      ja: '認証情報を付けた REGISTER に stale=true のない 2 度目の 401 か 403 が返った場合は、まずパスワードか認証用ユーザ名の誤りを疑い、同じ認証情報では送り直さない（RFC 3261 §22.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.1',
        quote: 'In this instance a server may repeat its challenge, or it may respond with a 403 Forbidden. A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though the request may be retried if the nonce was stale).',
      },
    ],
  },

  // Fourth reading, 100, 183, 200.
  {
    id: '183-oracle-mapping-triggers-the-sbc-playback',
    date: '2026-12-05',
    title: { en: '183: the SBC mapping to 180 that Oracle documents starts the SBC\'s own ringback', ja: '183：Oracle の文書にある 180 への変換は、SBC 自身のリングバック再生を始めるためのもの' },
    pages: [{ code: 183 }],
    wrong: {
      en: 'The fix for silence after a 183 without SDP said that the documentation of Oracle Communications Session Border Controller describes a mapping from 183 to 180 "for this purpose", the purpose being to make the phone start its own local ringback. The documentation describes the mapping as a way to trigger the SBC\'s own local media playback on 180 Ringing.',
      ja: 'SDP なしの 183 の後が無音になる場合の対処法で、Oracle Communications Session Border Controller の文書が「この目的で」183 を 180 に対応付ける変換を説明しているとしていた。ここでの目的とは端末自身にローカルのリングバックを始めさせることだったが、同文書はこの変換を、180 Ringing をきっかけに SBC 自身のローカルメディア再生を始める手段として説明している。',
    },
    now: {
      en: 'Some SBCs can then play ringback themselves: Oracle\'s documentation describes mapping such a 183 to a 180 with its header manipulation rules so that the 180 triggers the SBC\'s own local media playback.',
      ja: 'このとき SBC 自身がリングバックを流せる製品もあるとし、Oracle の文書は、ヘッダ操作ルールでこのような 183 を 180 に変換し、その 180 をきっかけに SBC 自身のローカルメディア再生を始めさせる設定を説明している、とした。',
    },
    sources: [
      {
        url: 'https://docs.oracle.com/en/industries/communications/session-border-controller/9.2.0/configuration/supported-local-media-playback-triggers.html',
        name: 'Oracle Communications Session Border Controller 9.2.0 Configuration Guide, "Supported Local Media Triggers"',
        quote: 'You can also configure the SBC with HMR response code mapping on the SIP call egress side to map a 183 into a 180 response, thereby triggering playback on 180 Ringing.',
      },
    ],
  },
  {
    id: '100-callee-may-skip-its-100',
    date: '2026-12-05',
    title: { en: '100: the callee\'s UA need not send one when it answers within 200 ms', ja: '100：着信者の UA は 200 ms 以内に応答するなら送らなくてよい' },
    pages: [{ code: 100 }],
    wrong: {
      en: 'A scenario said that on a path through two stateful proxies "every hop answers the INVITE with its own 100", the callee included. The INVITE server transaction must generate a 100 only when it does not know that its transaction user will respond within 200 ms; otherwise sending one is optional, so a trace may show no 100 from the callee.',
      ja: 'シナリオで、二つのステートフルプロキシを経由する経路では、着信者も含めて「各ホップがそれぞれ INVITE に 100 を返す」としていた。INVITE サーバトランザクションが 100 を生成しなければならないのは、TU が 200 ms 以内に応答すると分かっていない場合だけであり、それ以外では任意である。したがって、トレースに着信者の 100 が現れないこともある。',
    },
    now: {
      en: 'Each proxy answers with its own 100, and so does the callee unless it knows it will answer within 200 ms (RFC 3261 §17.2.1).',
      ja: '各プロキシがそれぞれ 100 を返し、着信者も 200 ms 以内に応答すると分かっている場合を除いて 100 を返す（RFC 3261 §17.2.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §17.2.1',
        quote: 'The server transaction MUST generate a 100 (Trying) response unless it knows that the TU will generate a provisional or final response within 200 ms, in which case it MAY generate a 100 (Trying) response.',
      },
    ],
  },
  {
    id: 'guide-100-vs-180-expires-and-timer-c-reset',
    date: '2026-12-05',
    title: { en: '100 vs 180 guide: RFC 3261 also lets the caller give up through Expires, and a proxy may reset Timer C', ja: '100 と 180 の解説：RFC 3261 は Expires による発信者側の打ち切りも定め、プロキシはタイマ C を再設定してもよい' },
    pages: [{ compare: [100, 180] }],
    wrong: {
      en: 'On giving up on a carrier that answered only 100, the guide said "The only such timer RFC 3261 sets is a proxy\'s Timer C", after which "the proxy MUST cancel a branch that has a provisional response", and that giving up sooner is local policy the RFCs do not define. RFC 3261 also lets the caller put an Expires header field in the INVITE, after which its UA core should send CANCEL; and when Timer C fires a proxy may instead reset it, sending CANCEL only if it ends a branch that has a provisional response.',
      ja: '100 しか返さないキャリアを見切る方法について、解説は「RFC 3261 が定めるそのようなタイマは、3 分を超えるプロキシのタイマ C だけ」であり、満了すると「プロキシは暫定応答を受けた分岐をキャンセルしなければならない」とし、それより早く見切るのはローカルポリシーで RFC は定めていないとしていた。RFC 3261 は、発信者が INVITE に Expires ヘッダを入れ、その時間が来れば UA コアが CANCEL を送る方法も定めている。またタイマ C が満了したとき、プロキシはタイマを再設定してもよく、CANCEL を送るのは暫定応答を受けた分岐を終了させる場合である。',
    },
    now: {
      en: 'RFC 3261 defines two timers: the caller MAY limit the invitation with Expires, and its UA core SHOULD send CANCEL when that time is reached with no final response (RFC 3261 §13.2.1); a proxy whose Timer C fires MUST either reset it or end the branch, with a CANCEL if a provisional response has arrived (RFC 3261 §16.8). Giving up in any other way is local policy.',
      ja: 'RFC 3261 が定めるタイマは二つあるとした。発信者は Expires で招待の有効期間を限ることができ（MAY）、その時間までに最終応答がなければ UA コアは CANCEL を送るべきである（SHOULD、RFC 3261 §13.2.1）。タイマ C が満了したプロキシは、タイマを再設定するか分岐を終了させなければならず、暫定応答を受けていれば CANCEL を送る（MUST、RFC 3261 §16.8）。それ以外の方法で見切るのはローカルポリシーである。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.2.1',
        quote: 'If the time indicated in the Expires header field is reached and no final answer for the INVITE has been received, the UAC core SHOULD generate a CANCEL request for the INVITE, as per Section 9.',
      },
      {
        ref: 'RFC3261 §16.8',
        quote: 'If timer C should fire, the proxy MUST either reset the timer with any value it chooses, or terminate the client transaction.',
      },
    ],
  },
  {
    id: 'guide-200-vs-202-ack-takes-no-response',
    date: '2026-12-05',
    title: { en: '200 vs 202 guide: ACK never ends in 200, since it takes no response', ja: '200 と 202 の解説：ACK は応答を受けないため、200 で終わることはない' },
    pages: [{ compare: [200, 202] }],
    wrong: {
      en: 'The guide said "Any SIP method can end in 200", citing RFC 3261 §21.2.1, and its summary called 200 the normal success response "to every SIP request". That section does not say so, and ACK takes no response at all.',
      ja: '解説は RFC 3261 §21.2.1 を挙げて「どのメソッドも 200 で成功しうる」とし、要約でも 200 を「あらゆる SIP リクエストに対する」通常の成功応答としていた。同節はそうは定めておらず、ACK はそもそも応答を受けない。',
    },
    now: {
      en: 'Any SIP request that takes a response can end in 200; ACK is the one that takes none (RFC 3261 §22.1).',
      ja: '応答を受けるリクエストであれば、どれも 200 で成功しうるとし、応答を受けないのは ACK であるとした（RFC 3261 §22.1）。',
    },
    sources: [
      { ref: 'RFC3261 §22.1', quote: 'some problems come up for any requests that take no response, including ACK.' },
    ],
  },

  // Fourth reading, 400, 412, 417.
  {
    id: '202-vs-412-if-match-section',
    date: '2026-12-05',
    title: { en: '202 vs 412 guide: the SIP-If-Match rule for refresh, modify and remove is in RFC 3903 §4.1', ja: '202 と 412 の解説：リフレッシュ・変更・削除での SIP-If-Match の規定は RFC 3903 §4.1 にある' },
    pages: [{ compare: [202, 412] }],
    wrong: {
      en: 'The guide said that a publisher must quote its entity-tag in SIP-If-Match when it refreshes, modifies or removes its state, and cited RFC 3903 §4.3. That section covers refreshing only; the requirement for all three operations is written in §4.1.',
      ja: '解説は、パブリッシャは状態をリフレッシュ・変更・削除するときにエンティティタグを SIP-If-Match に入れなければならないとし、RFC 3903 §4.3 を根拠としていた。この節が扱うのはリフレッシュだけであり、3 つの操作すべてについての要件は §4.1 に書かれている。',
    },
    now: {
      en: 'The guide cites RFC 3903 §4.1: a PUBLISH that updates published state MUST carry a single SIP-If-Match naming the state it refreshes, modifies or removes.',
      ja: '根拠を RFC 3903 §4.1 とした。公開済みの状態を更新する PUBLISH は、リフレッシュ・変更・削除する状態を示す SIP-If-Match を 1 つだけ含まなければならない。',
    },
    sources: [
      {
        ref: 'RFC3903 §4.1',
        quote: 'When updating previously published event state, PUBLISH requests MUST contain a single SIP-If-Match header field identifying the specific event state that the request is refreshing, modifying or removing.',
      },
    ],
  },
  {
    id: '412-vs-580-guide-no-rfc-and-republish',
    date: '2026-12-05',
    title: { en: '412 vs 580 guide: no RFC has them answer the same request, and republishing is a SHOULD', ja: '412 と 580 の解説：同じリクエストに両方を返すと定めた RFC はなく、公開のやり直しは SHOULD' },
    pages: [{ compare: [412, 580] }],
    wrong: {
      en: 'The guide said that the two codes "never answer the same request", which no source shows, while the same guide goes on to tell the reader what a 412 to an INVITE means. It also said that after a 412 the publisher "sends" a new initial PUBLISH "and the state is back", stating as plain fact what RFC 3903 §5 gives as a SHOULD and leaving out that the failed PUBLISH MUST NOT be sent again. Its summary said the two codes have "nothing in common", while the page lists what they share: both are final responses that a forking proxy weighs against its other branches.',
      ja: '解説は、2 つのコードが「同じリクエストに返されることはない」としていたが、その根拠はなく、同じ解説が INVITE への 412 の意味を説明してもいた。また 412 の後はパブリッシャが最初の PUBLISH を送り直せば「状態は元に戻る」と事実として書いていたが、RFC 3903 §5 ではこれは SHOULD であり、失敗した PUBLISH を再試行してはならないこと（MUST NOT）も示していなかった。要約は両者に「共通点はない」としていたが、同じページは、どちらも最終応答であり、フォーキングプロキシが他のブランチの応答と比べて選ぶという共通点を挙げている。',
    },
    now: {
      en: 'No RFC has the two codes answer the same request: 412 is defined for a PUBLISH whose entity-tag matches nothing (RFC 3903 §6), 580 for an offer whose preconditions the answerer cannot or will not meet (RFC 3312 §8). After a 412 the publisher MUST NOT send the failed PUBLISH again and SHOULD send a new initial PUBLISH without SIP-If-Match (RFC 3903 §5). The summary says that, apart from their names, the two codes are unrelated.',
      ja: '同じリクエストに両方を返すと定めた RFC はない、とした。412 はエンティティタグがどれにも一致しない PUBLISH について（RFC 3903 §6）、580 はアンサー側が満たせない、または満たすつもりのないプリコンディションを含むオファーについて（RFC 3312 §8）定められている。412 の後、パブリッシャは失敗した PUBLISH を再試行してはならず（MUST NOT）、SIP-If-Match を付けない最初の PUBLISH を送るべきである（SHOULD、RFC 3903 §5）とした。要約は、名前を除けば両者は無関係である、とした。',
    },
    sources: [
      {
        ref: 'RFC3903 §5',
        quote: 'If an EPA receives a 412 (Conditional Request Failed) response, it MUST NOT reattempt the PUBLISH request. Instead, to publish event state, the EPA SHOULD perform an initial publication, i.e., a PUBLISH request without a SIP-If-Match header field, as described in Section 4.2.',
      },
      {
        ref: 'RFC3903 §6',
        quote: 'If no match is found, the ESC MUST reject the publication with a response of 412 (Conditional Request Failed), and skip the remaining steps.',
      },
      {
        ref: 'RFC3312 §8',
        quote: 'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.',
      },
    ],
  },
  {
    id: '417-no-namespace-mapping-in-rfc4412',
    date: '2026-12-05',
    title: { en: '417: RFC 4412 defines no mapping between namespaces, and Accept-Resource-Priority promises no resources', ja: '417：RFC 4412 は名前空間どうしの対応を定めておらず、Accept-Resource-Priority はリソースを約束しない' },
    pages: [{ code: 417 }],
    wrong: {
      en: 'A fix told the reader, without a source, to "map your value to its equivalent in that namespace at the network boundary", as if RFC 4412 defined equivalents between namespaces. The note on Accept-Resource-Priority said it lists the values the server "will process", where RFC 4412 §3.2 says the values it is willing to process and adds that a call with them is not thereby sure to find resources. The call flow had the caller retry with a value from that list without saying it should be one the caller is authorised to use.',
      ja: '対処法は出典なしに「網の境界で、自網の値を相手の名前空間の同等の値に変換する」としており、RFC 4412 が名前空間どうしの同等の値を定めているかのようであった。Accept-Resource-Priority の注記は、サーバが「処理する」値を列挙するとしていたが、RFC 4412 §3.2 が定めるのは処理する意思のある値であり、その値を使った呼がリソースを得られるとは限らないとも示している。コールフローでは、発信側がその一覧の値で再試行していたが、自分に認められた値を選ぶべきことを示していなかった。',
    },
    now: {
      en: 'Translating values at the boundary is given as something two networks may agree on: RFC 4412 defines no such mapping and only mentions, in §9, that an interworking function may one day need one. The note says the server is willing to process the listed values, with no promise of resources (RFC 4412 §3.2), and the caller in the flow retries with a listed value it is authorised to use (SHOULD, RFC 4412 §4.7.1).',
      ja: '境界での値の変換は、2 つの網が取り決めた場合に行えるものとした。RFC 4412 はそのような対応付けを定めておらず、§9 で相互接続機能でいずれ必要になるかもしれないと触れているだけである。注記は、サーバが処理する意思のある値を列挙するもので、リソースを約束するものではない（RFC 4412 §3.2）とし、コールフローの発信側は列挙された値のうち自分に認められた値で再試行する（SHOULD、RFC 4412 §4.7.1）とした。',
    },
    sources: [
      {
        ref: 'RFC4412 §9',
        quote: 'This will greatly increase interoperability and reduce development time, and probably reduce future confusion if there is ever a need to map one namespace to another in an interworking function.',
      },
      {
        ref: 'RFC4412 §3.2',
        quote: "The 'Accept-Resource-Priority' response header field enumerates the resource values (r-values) a SIP user agent server is willing to process. (This does not imply that a call with such values will find sufficient resources and succeed.)",
      },
      {
        ref: 'RFC4412 §4.7.1',
        quote: "If available, it SHOULD choose authorized resource values from the set of values returned in the 'Accept-Resource-Priority' header field.",
      },
    ],
  },

  // Fourth reading, 501, 604, 607, 608.
  {
    id: '501-prack-acknowledges-a-reliable-provisional-response',
    date: '2026-12-05',
    title: { en: '501: PRACK is sent only to acknowledge a provisional response that requires 100rel', ja: '501：PRACK を送るのは、100rel を要求する暫定応答を確認するときだけ' },
    pages: [{ code: 501 }],
    wrong: {
      en: 'A fix, listing what to fall back to after a 501, said to send "no PRACK unless the peer advertised 100rel". A peer advertising 100rel, for example in Supported, is no reason to send a PRACK: RFC 3262 has the UAC send one only for a provisional response whose Require header field lists 100rel.',
      ja: '501 の後に切り替える手段を挙げた対処法で、「相手が 100rel を示していなければ PRACK は送らない」としていた。相手が Supported などで 100rel を示していても、それは PRACK を送る理由にならない。RFC 3262 で UAC が PRACK を送るのは、Require ヘッダに 100rel を含む暫定応答を受けたときだけである。',
    },
    now: {
      en: 'Send PRACK only to acknowledge a provisional response whose Require header lists 100rel (RFC 3262 §4).',
      ja: 'PRACK は、Require ヘッダに 100rel を含む暫定応答を確認するときにだけ送る（RFC 3262 §4）とした。',
    },
    sources: [
      {
        ref: 'RFC3262 §4',
        quote: 'If a provisional response is received for an initial request, and that response contains a Require header field containing the option tag 100rel, the response is to be sent reliably.',
      },
      { ref: 'RFC3262 §4', quote: 'Assuming the response is to be transmitted reliably, the UAC MUST create a new request with method PRACK.' },
    ],
  },
  {
    id: 'facts-608-one-sender-the-intermediary',
    date: '2026-12-05',
    title: { en: '608 facts: one sender, the intermediary acting for the user, a proxy or B2BUA', ja: '608 の概要表：送信元は一つ、ユーザに代わって動く中継装置（プロキシまたは B2BUA）' },
    pages: withComparisons(608),
    wrong: {
      en: 'The facts row "Typically sent by" listed two senders for 608, a "call-analytics intermediary" and a proxy, and the comparison pages said a 608 comes "from a call-analytics intermediary and a proxy"; in Japanese the sentence named a call-analytics device (通話分析装置). RFC 8688 has one sender, the intermediary that acts as UAS for the user, which is a proxy or a B2BUA; the analytics engine it may consult is reached, as the RFC\'s figures show, likely not over SIP, and sends no 608.',
      ja: '概要表の「主な送信元」は 608 について「通話分析を行う中継装置」とプロキシの二つを挙げ、比較ページの文も 608 は「通話分析装置・プロキシから返される」としていた。RFC 8688 で 608 を送るのは、ユーザに代わって UAS として動く中継装置だけであり、それはプロキシか B2BUA である。中継装置が問い合わせることのある分析エンジンとは、RFC の図が示すとおり、おそらく SIP 以外の手段でやり取りし、608 を送ることはない。',
    },
    now: {
      en: 'The row gives one sender, an intermediary acting for the user (a proxy or B2BUA), and cites RFC 8688 §3 with §3.1; the comparison pages say the same.',
      ja: '送信元は、ユーザに代わって動く中継装置（プロキシまたは B2BUA）の一つとし、RFC 8688 §3 と §3.1 を示した。比較ページも同じ表記になった。',
    },
    sources: [
      {
        ref: 'RFC8688 §3',
        quote: 'This section uses the term "intermediary" to mean the entity that acts as a SIP UAS on behalf of the user in the network as opposed to the user\'s UAS (usually, but not necessarily, their phone). The intermediary could be a back-to-back user agent (B2BUA) or a SIP Proxy.',
      },
    ],
  },
  {
    id: '607-608-608-is-a-may-and-607-not-always-human',
    date: '2026-12-05',
    title: { en: '607, 608: an intermediary MAY send 608, and a 607 may come from the UA\'s own logic', ja: '607・608：仲介装置は 608 を送ってもよい（MAY）、607 は UA 自身のロジックで送られることもある' },
    pages: [{ code: 607 }, { code: 608 }, { compare: [607, 608] }, { compare: [603, 607] }],
    wrong: {
      en: 'The 607 page said that an automated blocker "should send 608 rather than 607", and the 607 vs 608 guide that a blocking service, SBC or analytics-driven proxy "should send 608"; RFC 8688 says an intermediary MAY send 608. The 608 page called a 607 "the user reporting the caller as unwanted, a human judgement", and the 603 vs 607 guide called both codes "the called user refusing", although RFC 8197 also lets the called party\'s UA send 607 on its own logic.',
      ja: '607 のページは自動ブロック装置が「607 ではなく 608 を送るべき」とし、607 と 608 の解説もブロックサービス、SBC、分析結果に基づいて動作するプロキシは「608 を送るべきである」としていたが、RFC 8688 は仲介装置が 608 を送ってもよい（MAY）としている。また 608 のページは 607 を「ユーザが発信者を不要と報告したもの」で人間の判断とし、603 と 607 の解説は両方を「着信ユーザが」呼を断る応答としていたが、RFC 8197 では着信側の UA が自身のロジックで 607 を送ることもできる。',
    },
    now: {
      en: 'RFC 8688 gives an automated blocker 608, which an intermediary MAY send (RFC 8688 §3.1). A 607 comes from the called party\'s UA, on the user\'s input or by its own logic (RFC 8197 §1), and downstream analytics may weigh it as a human judgement (RFC 8688 §1).',
      ja: 'RFC 8688 は自動ブロック装置のために 608 を用意しており、仲介装置はこれを送ってもよい（MAY、RFC 8688 §3.1）とした。607 は着信側の UA がユーザの操作または UA 内部のロジックに基づいて送るもので（RFC 8197 §1）、下流の分析システムはこれを人間の判断として重み付けしうる（RFC 8688 §1）とした。',
    },
    sources: [
      {
        ref: 'RFC8688 §3.1',
        quote: 'An intermediary MAY issue the 608 response code in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP [RFC3261] request to indicate that an intermediary rejected the offered communication as unwanted by the user.',
      },
      {
        ref: 'RFC8197 §1',
        quote: 'The user agent (UA) of the called party, based on input from the called party or some UA-internal logic, uses this to indicate that this call is unwanted and that future attempts are likely to be similarly rejected.',
      },
    ],
  },

  {
    id: '608-call-pattern-inputs-no-short-call-rule',
    date: '2026-12-05',
    title: { en: '608: RFC 8197 names call duration and volume as possible filter inputs, not a rule against short calls', ja: '608：RFC 8197 は通話時間や通話量をフィルタの入力になりうるものとして挙げるだけで、短い呼が不利になるとはしていない' },
    pages: [{ code: 608 }],
    wrong: {
      en: 'A fix said that, because RFC 8197 §4 names call duration and call volume among the inputs of call-filtering algorithms, "bursts of very short calls can count against a caller". The section says only that such algorithms may use these characteristics and their changes over time; it does not say which values count against a caller.',
      ja: '対処法は、RFC 8197 §4 が迷惑呼を判定するアルゴリズムの入力として通話時間や通話量を挙げていることから、「ごく短い呼を一度に大量に発信すると不利に働きうる」としていた。この節が示すのは、そうしたアルゴリズムがこれらの特性とその推移を使いうることだけであり、どのような値が発信者に不利になるかは示していない。',
    },
    now: {
      en: 'The fix says that these inputs may be used, so how a caller places its calls, and not only who it is, may affect the verdict (RFC 8197 §4).',
      ja: 'これらの入力が使われうるので、発信者が誰かだけでなく、どのように発信しているかも判定に影響しうる（RFC 8197 §4）とした。',
    },
    sources: [
      {
        ref: 'RFC8197 §4',
        quote: 'These may use call characteristics such as call duration and call volumes for a particular caller, including changes in those metrics over time, as well as user feedback via non-SIP approaches and the mechanism described here.',
      },
    ],
  },

  // Fresh reading of stack pages.
  {
    id: 'asterisk-sends-codes-only-to-unanswered-incoming-invite',
    date: '2026-12-05',
    title: { en: 'Asterisk: every code of its table is sent only to an unanswered incoming INVITE', ja: 'Asterisk：表のコードはどれも応答前の着信 INVITE にだけ送られる' },
    pages: [{ stack: 'asterisk' }],
    wrong: {
      en: 'The Asterisk page listed the code Asterisk sends for each cause without a condition, and said only of its default 603 that it is sent when Asterisk rejects an unanswered incoming INVITE. Every code hangup_cause2sip() returns goes the same way: chan_pjsip passes it to ast_sip_session_terminate(), which sends it as a response only when pjsip_inv_end_session() builds one, that is to an unanswered incoming INVITE; in other states pjsip builds a request (BYE or CANCEL) instead.',
      ja: 'Asterisk のページでは、Asterisk が理由表示ごとに送るコードを条件なしに挙げ、応答前の着信 INVITE を拒否する場合にだけ送るとしたのは既定の 603 についてだけだった。hangup_cause2sip 関数が返すコードはどれも同じ扱いである。chan_pjsip はコードを ast_sip_session_terminate 関数に渡し、この関数は pjsip_inv_end_session 関数が応答を組み立てた場合、つまり応答前の着信 INVITE に対してだけ、コードを応答として送る。それ以外の状態では、pjsip は代わりにリクエスト（BYE か CANCEL）を組み立てる。',
    },
    now: {
      en: 'The sentence under the table says this of every code in the table as well as of the default 603.',
      ja: '表の下の文で、既定の 603 だけでなく表のすべてのコードについてこのことを示した。',
    },
    sources: [
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/channels/chan_pjsip.c#L2688-L2689',
        name: 'Asterisk, channels/chan_pjsip.c, lines 2688–2689',
        quote: 'cause = ast_channel_hangupcause(channel->session->channel); tech_cause = hangup_cause2sip(cause);',
      },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip_session.c#L3503-L3513',
        name: 'Asterisk, res/res_pjsip_session.c, lines 3503–3513',
        quote:
          'default: status = pjsip_inv_end_session(session->inv_session, response, NULL, &packet); if (status == PJ_SUCCESS && packet) { /* Flush any delayed requests so they cannot overlap this transaction. */ flush_delayed_requests(session); if (packet->msg->type == PJSIP_RESPONSE_MSG) { ast_sip_session_send_response(session, packet); } else { ast_sip_session_send_request(session, packet); }',
      },
    ],
  },
  {
    id: 'freeswitch-q850-reason-and-other-leg-code',
    date: '2026-12-05',
    title: { en: 'FreeSWITCH: a received Q.850 Reason and the other leg’s code take precedence over its mapping', ja: 'FreeSWITCH：受信した Q.850 の Reason と相手側レッグのコードは対応表より優先される' },
    pages: [{ stack: 'freeswitch' }],
    wrong: {
      en: 'The FreeSWITCH page gave the cause FreeSWITCH sets on receiving each response and the code it sends for each cause, without the conditions under which the source uses something else. A final response of 400 or above to an INVITE that carries a Reason header with a Q.850 cause ends the call with that cause, not the mapped one, unless ignore_q850_reason is true. When FreeSWITCH rejects an unanswered incoming call, a SIP code recorded from the leg it was connected to replaces the mapped code, unless sip_ignore_remote_cause is true; and it sends a response at all only in that case, ending an answered call with BYE and an unanswered outgoing one with CANCEL.',
      ja: 'FreeSWITCH のページでは、各応答を受信したときに FreeSWITCH が設定する理由表示と、各理由表示に対して送るコードを挙げていたが、ソースが別の値を使う条件を示していなかった。INVITE に対する 400 以上の最終応答に Q.850 の理由表示を載せた Reason ヘッダがあれば、ignore_q850_reason が true でない限り、対応表の理由表示ではなくその理由表示で呼を終える。応答前の着信呼を拒否するとき、接続先のレッグから記録した SIP のコードがあれば、sip_ignore_remote_cause が true でない限り、対応表のコードの代わりにそれを送る。また応答を送るのはこの場合だけで、応答後の呼は BYE で、応答前の発信呼は CANCEL で終える。',
    },
    now: {
      en: 'A sentence under the table gives these conditions, with the lines of sofia.c and mod_sofia.c they were read from.',
      ja: '表の下に、これらの条件を、読んだ sofia.c と mod_sofia.c の行とともに示した。',
    },
    sources: [
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia.c#L6680-L6683',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia.c, lines 6680–6683',
        quote:
          'if (status >= 400 && sip->sip_reason && sip->sip_reason->re_protocol && (!strcasecmp(sip->sip_reason->re_protocol, "Q.850") || !strcasecmp(sip->sip_reason->re_protocol, "FreeSWITCH") || !strcasecmp(sip->sip_reason->re_protocol, profile->sdp_username)) && sip->sip_reason->re_cause) { tech_pvt->q850_cause = atoi(sip->sip_reason->re_cause);',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia.c#L8731-L8735',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia.c, lines 8731–8735',
        quote: 'if (tech_pvt->q850_cause && !switch_channel_var_true(channel, "ignore_q850_reason")) { cause = tech_pvt->q850_cause; } else { cause = sofia_glue_sip_cause_to_freeswitch(status); }',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L456-L467',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 456–467',
        quote:
          'if (!((use_my_cause = switch_channel_get_variable(channel, "sip_ignore_remote_cause")) && switch_true(use_my_cause))) { ps_cause = switch_channel_get_variable(channel, "last_bridge_" SWITCH_PROTO_SPECIFIC_HANGUP_CAUSE_VARIABLE); } if (!zstr(ps_cause) && (!strncasecmp(ps_cause, "sip:", 4) || !strncasecmp(ps_cause, "sips:", 5))) { int new_cause = atoi(sofia_glue_strip_proto(ps_cause)); if (new_cause) {',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L537',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, line 537',
        quote: 'if (switch_channel_test_flag(channel, CF_ANSWERED) || sofia_test_flag(tech_pvt, TFLAG_ANS)) {',
      },
    ],
  },

  {
    id: 'opensips-out-of-memory-text-debug-builds-only',
    date: '2026-12-05',
    title: { en: 'OpenSIPS: “Excuse me I ran out of memory” only in DEBUG builds', ja: 'OpenSIPS：メモリ不足を告げるテキストは DEBUG ビルドだけ' },
    pages: [{ stack: 'opensips' }, { code: 500 }],
    wrong: {
      en: 'The table of internal errors on the OpenSIPS page, and the OpenSIPS row on the page of 500, gave E_OUT_OF_MEM the reply text “Excuse me I ran out of memory (2/SL)” for every build. That case of err2reason_phrase() is compiled only when DEBUG is defined (“don’t disclose lack of mem in release mode”); other builds fall through to the default branch and reply “Server error occurred (2/SL)”, with the same code 500.',
      ja: 'OpenSIPS のページの内部エラーの表と、500 のページの OpenSIPS の行では、E_OUT_OF_MEM の応答テキストを、どのビルドでも `Excuse me I ran out of memory (2/SL)` としていた。err2reason_phrase 関数のこの case は DEBUG を定義したときだけコンパイルされる（リリースビルドではメモリ不足を明かさないというコメントがある）。ほかのビルドでは既定の分岐に進み、同じ 500 のコードで `Server error occurred (2/SL)` を返す。',
    },
    now: {
      en: 'The OpenSIPS page says the text is sent only by builds with DEBUG defined, and gives what other builds reply; the page of 500 marks it “DEBUG builds only”.',
      ja: 'OpenSIPS のページでは、このテキストを返すのは DEBUG を定義したビルドだけであることと、ほかのビルドが返すテキストを示した。500 のページでは「DEBUG ビルドのみ」と付記した。',
    },
    sources: [
      {
        url: 'https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c#L110-L119',
        name: 'OpenSIPS, error.c, lines 110–119',
        quote:
          'case E_OUT_OF_MEM: /* don\'t disclose lack of mem in release mode */ #ifdef DEBUG error_txt="Excuse me I ran out of memory"; *sip_error=-E_BAD_SERVER; break; #endif default: error_txt="Server error occurred"; *sip_error=-E_BAD_SERVER;',
      },
    ],
  },

  // Fourth reading, 482, 483, 491.
  {
    id: '482-via-note-whole-branch-section',
    date: '2026-12-05',
    title: { en: '482: that the whole branch differs on every pass is in RFC 3261 §16.6, not §16.3', ja: '482：branch 全体が通過のたびに異なることを定めるのは RFC 3261 §16.3 ではなく §16.6' },
    pages: [{ code: 482 }],
    wrong: {
      en: 'The Via note ended with "The whole branch value differs on every pass", and the page printed RFC 3261 §16.3 as its source. That section\'s original item 4 compares the branch parameter as a whole; it is §16.6, item 8, that makes the branch different for every instance of a looped or spiralled request.',
      ja: 'Via の注記は「branch の値全体は通過のたびに異なる」で終わり、その出典として RFC 3261 §16.3 を示していた。同節の元の項目 4 は branch パラメータ全体を比べるとしており、ループやスパイラルで通過するたびに branch が異なると定めるのは §16.6 の項目 8 である。',
    },
    now: {
      en: 'The note opens with the whole branch differing on every pass, citing RFC 3261 §16.6, item 8, and then says why a proxy compares only the loop-detection part; RFC 3261 §16.3 is left as the source of the check itself.',
      ja: '注記の冒頭で、branch 全体が通過のたびに異なることを RFC 3261 §16.6 の項目 8 を出典として示し、そのためにプロキシはループ検出用の部分だけを比べる、と続けた。RFC 3261 §16.3 は検査そのものの出典として残した。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.6',
        quote: 'Note that this implies that the branch parameter will be different for different instances of a spiraled or looped request through a proxy.',
      },
      {
        ref: 'RFC3261 §16.3',
        quote: 'To determine if the request has looped, the element MAY perform the branch parameter calculation described in Step 8 of Section 16.6 on this message and compare it to the parameter received in that Via header field.',
      },
    ],
  },
  {
    id: '482-483-440-b2bua-senders',
    date: '2026-12-05',
    title: { en: '482, 483 and 440 facts: a B2BUA can send them too', ja: '482・483・440 の概要表：B2BUA も送りうる' },
    pages: withComparisons(440, 482, 483),
    wrong: {
      en: 'The facts gave only a proxy as the sender of 483, although the page\'s own first scenario has a PBX or SBC, both B2BUAs, answer it, and RFC 7332 requires every B2BUA to check Max-Forwards for zero and reject the request as RFC 3261 has a proxy do. The 483 summary also named only a proxy. For 482 and 440 the facts likewise left out B2BUAs, which RFC 7332 asks to run the same Via loop check as a proxy (RECOMMENDED) and to follow the proxy rules for Max-Breadth, including the 440 (MUST).',
      ja: '概要表は 483 の送信元をプロキシだけとしていたが、同じページの一つ目の状況では B2BUA である PBX や SBC が 483 を返しており、RFC 7332 はすべての B2BUA に、Max-Forwards が 0 かを確認し、RFC 3261 がプロキシに求めるとおりリクエストを拒否することを求めている。483 の要約もプロキシだけを挙げていた。482 と 440 の概要表も同様に B2BUA を除いていたが、RFC 7332 は B2BUA に、プロキシと同じ Via によるループ検査を行うこと（RECOMMENDED）と、440 を含む Max-Breadth のプロキシ向け規則に従うこと（MUST）を求めている。',
    },
    now: {
      en: 'The facts list a B2BUA among the senders of 483 (RFC 7332 §5), 482 (RFC 7332 §4) and 440 (RFC 7332 §6); the 483 summary names a B2BUA that carries Max-Forwards across, and the 482 description notes that a B2BUA can answer 482 on a loop.',
      ja: '概要表で、483（RFC 7332 §5）、482（RFC 7332 §4）、440（RFC 7332 §6）の送信元に B2BUA を加えた。483 の要約には Max-Forwards を引き継ぐ B2BUA を加え、482 の説明には B2BUA もループに 482 を返しうることを加えた。',
    },
    sources: [
      {
        ref: 'RFC7332 §5',
        quote: 'Being a UAS, B2BUAs MUST also check the received Max-Forwards header field and reject or respond to the request if the value is zero, as defined in [RFC3261].',
      },
      {
        ref: 'RFC7332 §4',
        quote: 'It is RECOMMENDED that B2BUAs implement the loop-detection mechanism for the Via header field, as defined for a proxy in [RFC5393].',
      },
      {
        ref: 'RFC7332 §6',
        quote: 'B2BUAs of all types MUST follow the requirements imposed on Proxies as described in Section 5.3.3 of [RFC5393], including generating the header field if none is received, limiting its maximum value, etc.',
      },
    ],
  },
  {
    id: '482-ja-summary-both-cases-on-comparisons',
    date: '2026-12-05',
    title: { en: '482 on Japanese comparison pages: both of its situations, not only a proxy loop', ja: '比較ページの 482：プロキシのループだけでなく二つの状況を示す' },
    pages: [{ comparisonsWith: 482 }],
    wrong: {
      en: 'The Japanese comparison pages print the first sentence of a code\'s summary. For 482 that sentence gave only the proxy that detects a loop; the second case, a user agent answering a merged copy of a forked request, was in a second sentence and was left out, while the English pages gave both.',
      ja: '日本語の比較ページは、コードの要約の最初の文を表示する。482 ではその文がループを検出したプロキシだけを示しており、もう一つの場合、すなわちフォーキングされたリクエストのマージされた複製に UA が応答する場合は二つ目の文にあったため表示されず、英語のページでは両方を示していた。',
    },
    now: {
      en: 'The Japanese summary of 482 is one sentence naming both situations, as the English one does.',
      ja: '482 の日本語の要約を、英語と同じく二つの状況を挙げる一つの文にした。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.2.2.2',
        quote: 'the UAS core SHOULD generate a 482 (Loop Detected) response and pass it to the server transaction.',
      },
    ],
  },
  {
    id: '483-loop-check-not-just-optional',
    date: '2026-12-05',
    title: { en: '483: the loop check behind 482 is optional in RFC 3261 but not for a proxy that forks', ja: '483：482 の元になるループ検査は RFC 3261 では任意だが、フォーキングするプロキシでは違う' },
    pages: [{ code: 483 }],
    wrong: {
      en: 'The description called the loop check behind 482 simply "optional". That is RFC 3261\'s word; RFC 5393 requires a proxy that forks a request to make sure it is not looping, and recommends that check for the purpose.',
      ja: '説明で、482 の元になるループ検査を単に「任意」としていた。これは RFC 3261 での扱いであり、RFC 5393 はリクエストをフォーキングするプロキシにループしていないことの確認を義務付け、そのためにこの検査を推奨している。',
    },
    now: {
      en: 'The description says the check is optional in RFC 3261 and gives the requirement of RFC 5393 §4.1 for proxies that fork.',
      ja: '説明で、この検査は RFC 3261 では任意であるとし、フォーキングするプロキシに対する RFC 5393 §4.1 の要件を示した。',
    },
    sources: [
      {
        ref: 'RFC5393 §4.1',
        quote: 'When a SIP proxy forks a particular request to more than one location, it MUST ensure that request is not looping through this proxy. It is RECOMMENDED that proxies meet this requirement by performing the loop-detection steps defined in this document.',
      },
    ],
  },
  {
    id: 'guide-482-vs-483-rfc-7332-scope',
    date: '2026-12-05',
    title: { en: '482 vs 483 guide: RFC 7332\'s Max-Forwards rule covers dialog-forming and out-of-dialog requests', ja: '482 と 483 の解説：RFC 7332 の Max-Forwards の規則はダイアログを生成するリクエストとダイアログ外のリクエストが対象' },
    pages: [{ compare: [482, 483] }],
    wrong: {
      en: 'The guide said RFC 7332 requires every B2BUA to copy the received Max-Forwards, decremented, into "the requests it generates", as if for every request. The requirement applies to dialog-forming and out-of-dialog requests; for in-dialog requests RFC 7332 leaves it optional.',
      ja: '解説で、RFC 7332 はすべての B2BUA に、受けた Max-Forwards を 1 減らして「生成するリクエスト」に引き継ぐことを求めているとし、すべてのリクエストが対象であるかのように書いていた。この要件の対象は、ダイアログを生成するリクエストとダイアログ外のリクエストであり、ダイアログ内のリクエストについては RFC 7332 は任意としている。',
    },
    now: {
      en: 'The guide names the requests the requirement covers (RFC 7332 §5).',
      ja: '解説で、要件の対象となるリクエストを示した（RFC 7332 §5）。',
    },
    sources: [
      {
        ref: 'RFC7332 §5',
        quote: 'This section applies for dialog-forming and out-of-dialog SIP requests. B2BUAs MAY perform the same actions for in-dialog requests,',
      },
    ],
  },
  {
    id: '482-hop-twice-can-be-a-spiral',
    date: '2026-12-05',
    title: { en: '482: a hop that appears twice in the Via list can also be a spiral', ja: '482：Via の並びに二度現れるホップはスパイラルでもありうる' },
    pages: [{ code: 482 }],
    wrong: {
      en: 'A fix said that, besides the element that sent the 482, "a hop that appears twice marks a loop the same way". A hop appears twice whenever the request passed through it twice, which a legitimate spiral also does; only the element that ran the loop check found that nothing deciding its routing had changed.',
      ja: '対処法で、482 を返した装置のほかに「二度現れるホップがあれば、同じようにループを示す」としていた。ホップが二度現れるのはリクエストがそこを二度通ったときであり、正当なスパイラルでもそうなる。ルーティングを左右するものが何も変わっていないことを確かめたのは、ループを検査した装置だけである。',
    },
    now: {
      en: 'The fix says that another hop appearing twice has also had the request pass through it twice, but that a spiral does that too (RFC 3261 §6), so that alone does not show a loop.',
      ja: '対処法で、ほかにも二度現れるホップはリクエストを二度通しているが、スパイラルでもそうなるので（RFC 3261 §6）、それだけではループを示さないとした。',
    },
    sources: [
      {
        ref: 'RFC3261 §6',
        quote: 'A spiral is a SIP request that is routed to a proxy, forwarded onwards, and arrives once again at that proxy, but this time differs in a way that will result in a different processing decision than the original request.',
      },
      {
        ref: 'RFC3261 §16.3',
        quote: 'The request has either looped or is legitimately spiraling through the element.',
      },
    ],
  },

  // Fourth reading, 301, 305, 380, 401, 402, 404.
  {
    id: '401-forked-other-realm-not-reached-this-attempt',
    date: '2026-12-05',
    title: { en: '401: a device in a realm the client did not answer can challenge again; it is not unreachable', ja: '401：クライアントが応答しなかったレルムの端末は再びチャレンジしうるのであり、到達不能になるのではない' },
    pages: [{ code: 401 }],
    wrong: {
      en: 'A scenario said that when a forked INVITE comes back as one 401 with challenges for two realms and the client answers "only the first", the device in the other realm "rejects the retried INVITE with a new challenge" and "cannot be reached". RFC 3261 §22.2 says only that a UAS can challenge a request that carries no credentials for it, and the client may answer that challenge in turn; the ordering of the challenges is not significant (RFC 3261 §22.3), so "the first" has no defined meaning.',
      ja: 'シナリオでは、フォーキングされた INVITE が 2 つのレルムのチャレンジを持つ 1 つの 401 として戻り、クライアントが「最初のチャレンジにしか」応答しなければ、もう一方のレルムの端末は再送された INVITE を「新しいチャレンジで拒否し」、その端末には「着信しない」としていた。RFC 3261 §22.2 が示すのは、認証情報のないリクエストに UAS がチャレンジしうることだけであり、クライアントはそのチャレンジにも応答できる。またチャレンジの順序には意味がない（RFC 3261 §22.3）ので、「最初の」には定まった意味がない。',
    },
    now: {
      en: 'When it retries, the client needs to supply credentials for each challenge (RFC 3261 §16.7) and MAY include an Authorization value for each (RFC 3261 §22.3). If it answers only one realm, the device in the other can challenge the retried INVITE again (RFC 3261 §22.2), so that device is not reached on this attempt.',
      ja: 'クライアントは再試行の際、それぞれのチャレンジに認証情報を付ける必要があり（RFC 3261 §16.7）、チャレンジごとに Authorization の値を付けてもよい（MAY、RFC 3261 §22.3）。一方のレルムにしか応答しなければ、もう一方のレルムの端末は再送された INVITE に再びチャレンジしうる（RFC 3261 §22.2）ので、この試行ではその端末に着信しない、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.2',
        quote: 'If no credentials (in the Authorization header field) are provided in the request, the UAS can challenge the originator to provide credentials by rejecting the request with a 401 (Unauthorized) status code.',
      },
      { ref: 'RFC3261 §16.7', quote: 'The client needs to receive all of those challenges and supply credentials for each of them when it retries the request.' },
      { ref: 'RFC3261 §22.3', quote: 'the ordering of these header field values is not significant.' },
    ],
  },
  {
    id: 'guide-301-vs-302-gateway-mapping-recommended',
    date: '2026-12-05',
    title: { en: '301 vs 302 guide: the cause 22 mapping to 301 is RFC 3398\'s recommendation', ja: '301 と 302 の比較：理由表示 22 から 301 への対応は RFC 3398 の推奨である' },
    pages: [{ compare: [301, 302] }],
    wrong: {
      en: 'The guide said "PSTN gateways follow the same logic" and that ISUP cause 22 with the new number in the diagnostic "becomes 301 with that number in Contact", as a statement about every gateway. RFC 3398 §7.2.4.1 gives its mappings as recommendations, and asks for the number in Contact (SHOULD) only when the gateway can process it.',
      ja: '比較ページは「PSTN ゲートウェイも同じ考え方に従う」とし、診断情報に新しい番号を含む ISUP の理由表示 22 は「その番号を Contact に入れた 301 になる」と、すべてのゲートウェイについての事実のように書いていた。RFC 3398 §7.2.4.1 の対応表は推奨であり、番号を Contact に入れるのも、ゲートウェイがその番号を処理できる場合に求められること（SHOULD）である。',
    },
    now: {
      en: 'RFC 3398 recommends the same logic for PSTN gateways: cause 22 "number changed" with the new number in the diagnostic maps to 301, and a gateway that can process that number SHOULD put it in Contact.',
      ja: 'RFC 3398 は PSTN ゲートウェイにも同じ考え方を推奨しており、新しい番号を診断情報に含む理由表示 22（相手加入者端末番号変更）は 301 に対応付けられ、その番号を処理できるゲートウェイは番号を Contact に入れるべきである（SHOULD、RFC 3398 §7.2.4.1）、とした。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      { ref: 'RFC3398 §7.2.4.1', quote: 'If the MGC is able to process this information it SHOULD be added to the SIP response (301) in a Contact header.' },
    ],
  },
  {
    id: 'guides-401-403-407-client-behaviour-unsourced',
    date: '2026-12-05',
    title: { en: '401 vs 403 and 401 vs 407 guides: no unsourced claims about what clients do', ja: '401 と 403、401 と 407 の比較：クライアントの動作について根拠のない記述をしない' },
    pages: [{ compare: [401, 403] }, { compare: [401, 407] }],
    wrong: {
      en: 'The 401 vs 403 guide said that clients "read" a 403 sent for a temporary refusal "as an account problem", and the 401 vs 407 guide that "some clients" give up after a second 407; no source we read describes either behaviour.',
      ja: '401 と 403 の比較ページは、一時的な拒否として送られた 403 をクライアントは「アカウントの問題と受け取る」とし、401 と 407 の比較ページは 2 回目の 407 で認証を断念する「クライアントがある」としていた。どちらの動作も、確認した資料には書かれていない。',
    },
    now: {
      en: 'A 403 tells the client not to repeat the request (RFC 3261 §21.4.4), while a 503 can say in Retry-After when to retry (RFC 3261 §21.5.4). A client that treats every second 407 as a wrong password gives up on requests it could complete, so the realm and the nonce are to be read first.',
      ja: '403 はリクエストを繰り返すべきではないと伝え（RFC 3261 §21.4.4）、503 なら Retry-After でいつ再試行すればよいかを示せる（RFC 3261 §21.5.4）、とした。また、2 回目の 407 を一律にパスワード誤りとみなすクライアントは完了できたはずのリクエストを断念することになるので、まずレルムと nonce を確認する、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.4', quote: 'Authorization will not help, and the request SHOULD NOT be repeated.' },
      { ref: 'RFC3261 §21.5.4', quote: 'The server MAY indicate when the client should retry the request in a Retry-After header field.' },
    ],
  },

  // Fourth reading, 505, 513, 580, 600, 606.
  {
    id: '580-failure-sdp-musts-within-a-should',
    date: '2026-12-05',
    title: { en: '580: the SDP in a 580 is a SHOULD, but what it must contain is MUST', ja: '580：580 に SDP を付けるのは SHOULD だが、その SDP の中身は MUST' },
    pages: [{ code: 580 }, { compare: [412, 580] }],
    wrong: {
      en: 'The page said the 580 SHOULD carry an SDP that marks the failed precondition with the strength "failure", with the port of every m= line set to zero, and the 412 vs 580 guide said the 580 SHOULD carry an SDP that marks the failed precondition with "failure". That puts the "failure" strength-tag and the zero ports under the SHOULD. RFC 3312 makes only the presence of the SDP a SHOULD; within it, the failed precondition MUST use the "failure" strength-tag, there MUST be one m= line for each in the last SDP received, and every port MUST be zero. The page also told the reader to read the SDP in the 580 as if one were always present.',
      ja: '580 のページは、満たされなかったプリコンディションを強度 failure で示し、すべての m= 行のポートを 0 にした SDP を 580 に付けるべきである（SHOULD）としていた。412 と 580 の解説も、満たせなかったプリコンディションを強度 failure で示す SDP を含めるべきである（SHOULD）としていた。これでは failure の強度タグとポート 0 まで SHOULD に含まれてしまう。RFC 3312 が SHOULD とするのは SDP を付けることだけで、その SDP では、失敗したプリコンディションの行は failure の強度タグを使わなければならず、最後に受けた SDP と同じ数の m= 行を持たなければならず、すべてのポートを 0 にしなければならない（MUST）。また対処法は、580 に SDP が常に付いているかのように、それを読むよう求めていた。',
    },
    now: {
      en: 'The 580 SHOULD carry an SDP that shows which desired status triggered the failure; that SDP MUST have one m= line for each in the last SDP received from the peer, every port MUST be zero, and the failed precondition MUST use the strength "failure" (RFC 3312 §8). The guide says the same, and the fix reads the SDP if the 580 carries one.',
      ja: '580 には、どの希望状態が失敗の原因かを示す SDP を付けるべきであり（SHOULD）、その SDP は相手から最後に受けた SDP と同じ数の m= 行を持ち、すべてのポートを 0 にし、失敗したプリコンディションの行は強度 failure を使わなければならない（MUST、RFC 3312 §8）とした。解説も同じ内容にし、対処法は 580 に SDP が付いていれば読むとした。',
    },
    sources: [
      {
        ref: 'RFC3312 §8',
        quote: '580 (Precondition Failure) responses and BYE and CANCEL requests, indicating failure to meet certain preconditions, SHOULD contain an SDP description, indicating which desired status triggered the failure.',
      },
      {
        ref: 'RFC3312 §8',
        quote: 'This SDP description MUST contain exactly the same number of "m=" lines as the last SDP description received. The port number of every "m=" line MUST be set to zero, but the connection address is arbitrary.',
      },
      {
        ref: 'RFC3312 §8',
        quote: 'The desired status line corresponding to the precondition that triggered the failure MUST use the "failure" strength-tag',
      },
    ],
  },

  // Fourth reading, 181, 182, 199, 202, 204, 300.
  {
    id: '181-ringback-policy-is-an-example',
    date: '2026-12-05',
    title: { en: '181: no local ringback under RFC 3960\'s example policy, but early media may still be heard', ja: '181：RFC 3960 の例のポリシーでは自ら呼出音を鳴らさないが、アーリーメディアは聞こえうる' },
    pages: [{ code: 181 }],
    wrong: {
      en: 'The description drew from the example ringback policy of RFC 3960 §3.2 the plain conclusion that a 181 arriving before any 180 "therefore gives the caller no ringing of its own", and the Japanese page went further: that the caller hears no ringing at all. RFC 3960 makes ringback a matter of each UA\'s local policy, gives that policy only as an example, and expects a UA to play early media, which may itself carry ringback or an announcement.',
      ja: '説明で、RFC 3960 §3.2 の例のリングバックポリシーから、180 より前に届いた 181 では「そのため」発信側端末は自ら呼出音を鳴らさない、と一般的な結論を導いており、日本語のページではさらに、発信者に呼出音は聞こえないとしていた。RFC 3960 は呼出音の扱いを各 UA のローカルポリシーとし、このポリシーは例として示すだけである。また UA はアーリーメディアを再生するものとしており、そのメディア自体が呼出音やアナウンスを運ぶことがある。',
    },
    now: {
      en: 'RFC 3960 §3.2 leaves ringback to local policy; under its example policy a 181 before any 180 starts no local ringback, though ringback or an announcement sent as early media may still be heard, and a 181 after a 180 changes nothing.',
      ja: 'RFC 3960 §3.2 は呼出音の扱いをローカルポリシーに委ねている。その例のポリシーでは、180 より前の 181 で発信側端末が自ら呼出音を鳴らすことはないが、アーリーメディアとして送られる呼出音やアナウンスは聞こえうる。180 の後の 181 は何も変えない、とした。',
    },
    sources: [
      {
        ref: 'RFC3960 §3.2',
        quote: 'Because of this, the way a SIP UA provides the user with information about the progress of session establishment is a matter of local policy.',
      },
      {
        ref: 'RFC3960 §3.2',
        quote: 'If the UAS generates early media (e.g., an announcement or a special ringing tone), the UAC is supposed to play it rather than generate the ringing tone locally.',
      },
    ],
  },

  // Fourth reading, 488, 489, 494, 500, 502, 504.
  {
    id: '504-summary-proxy-targets-408',
    date: '2026-12-05',
    title: { en: '504: a proxy whose SIP targets give no final response sends 408', ja: '504：転送先の SIP 宛先から最終応答がないプロキシは 408 を返す' },
    pages: withComparisons(504),
    wrong: {
      en: 'The summary, which comparison pages also print, named "a downstream SIP server" among the servers whose silence leads to a 504. When a proxy\'s SIP targets produce no final response, RFC 3261 §16.7 requires the proxy to send 408, as the page\'s own last fix says.',
      ja: '比較ページにも表示される要約は、応答しないと 504 になるサーバの例に「下流の SIP サーバ」を挙げていた。プロキシの転送先の SIP 宛先が最終応答を返さなかった場合、RFC 3261 §16.7 はプロキシに 408 を返すよう求めており、同じページの最後の対処法もそう書いている。',
    },
    now: {
      en: 'The summary names a database or a DNS or ENUM resolver as examples, and adds that a proxy whose SIP targets give no final response sends 408 instead.',
      ja: '要約の例はデータベースと DNS や ENUM のリゾルバとし、転送先の SIP 宛先から最終応答が得られなかったプロキシは 504 ではなく 408 を返すことを加えた。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.5',
        quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.',
      },
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
    ],
  },
  {
    id: '500-overlapping-reinvite-is-forbidden',
    date: '2026-12-05',
    title: { en: '500: the phone that overlaps its own re-INVITEs breaks RFC 3261 §14.1', ja: '500：自分の re-INVITE を重ねて送る電話機は RFC 3261 §14.1 に反している' },
    pages: [{ code: 500 }],
    wrong: {
      en: 'A scenario described two re-INVITEs from the same phone that "cross" at a PBX as an ordinary event, without saying that the phone may not start the second INVITE transaction while the first is in progress, and gave the Retry-After as "a few seconds" where RFC 3261 §14.2 prescribes a random value from 0 to 10 seconds.',
      ja: '事例は、同じ電話機からの 2 つの re-INVITE が PBX で「重なる」ことを通常の出来事として描き、最初の INVITE トランザクションの進行中に電話機が 2 つ目を始めてはならないことに触れていなかった。また Retry-After を「数秒」としていたが、RFC 3261 §14.2 が定めるのは 0〜10 秒のランダムな値である。',
    },
    now: {
      en: 'The scenario says that RFC 3261 §14.1 forbids the phone to start a new INVITE transaction while another is in progress, and gives the Retry-After as up to 10 seconds (RFC 3261 §14.2).',
      ja: '事例に、INVITE トランザクションの進行中に新しい INVITE トランザクションを始めることを RFC 3261 §14.1 が禁じていることを加え、Retry-After を 10 秒以内とした（RFC 3261 §14.2）。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.1',
        quote: 'Note that a UAC MUST NOT initiate a new INVITE transaction within a dialog while another INVITE transaction is in progress in either direction.',
      },
      {
        ref: 'RFC3261 §14.2',
        quote: 'A UAS that receives a second INVITE before it sends the final response to a first INVITE with a lower CSeq sequence number on the same dialog MUST return a 500 (Server Internal Error) response to the second INVITE and MUST include a Retry-After header field with a randomly chosen value of between 0 and 10 seconds.',
      },
    ],
  },
  {
    id: 'guide-500-vs-503-not-one-case',
    date: '2026-12-05',
    title: { en: '500 vs 503 guide: RFC 3261 prescribes 500 in more than one ordinary case', ja: '500 と 503 の比較：RFC 3261 が通常の状況で 500 を定める場面は 1 つではない' },
    pages: [{ compare: [500, 503] }],
    wrong: {
      en: 'The guide said RFC 3261 "uses 500 for one ordinary case", the overlapping INVITE of §14.2. RFC 3261 §12.2.2 also prescribes 500 for a mid-dialog request with an out-of-order CSeq, and the guide gave the §14.2 response without its MUST.',
      ja: '比較ページは、RFC 3261 が通常の処理で 500 を使う場面を §14.2 の重なった INVITE の「1 つ」としていた。RFC 3261 §12.2.2 は、CSeq が順序違いのダイアログ内リクエストにも 500 を定めている。また §14.2 の応答を MUST であることを示さずに書いていた。',
    },
    now: {
      en: 'The guide says RFC 3261 prescribes 500 for ordinary protocol cases that are no server fault: the overlapping INVITE, which MUST get 500 with Retry-After (§14.2), and the out-of-order CSeq (§12.2.2).',
      ja: 'サーバの障害ではない通常のプロトコル上の状況にも RFC 3261 は 500 を定めているとし、重なった INVITE には Retry-After を付けた 500 を返さなければならないこと（§14.2）と、CSeq の順序違い（§12.2.2）を挙げた。',
    },
    sources: [
      {
        ref: 'RFC3261 §12.2.2',
        quote: 'If the remote sequence number was not empty, but the sequence number of the request is lower than the remote sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal Error) response.',
      },
    ],
  },

  // Fourth reading, 425, 428, 429, 430, 436, 437.
  {
    id: '430-other-flow-is-a-should',
    date: '2026-12-05',
    title: { en: '430: the authoritative proxy SHOULD try another flow, if one is registered', ja: '430：権威プロキシは、登録された別のフローがあればそれを試すべき（SHOULD）' },
    pages: withComparisons(430),
    wrong: {
      en: 'The facts table said "The authoritative proxy tries another flow", and comparison pages said that after 430 the authoritative proxy "tries another flow to the same device" and an endpoint "treats it as 400", all as plain facts. RFC 5626 makes both recommendations: the proxy SHOULD forward to another flow of the same instance-id and AOR, if one is available, and an endpoint that receives 430 should treat it as 400.',
      ja: '概要表は「権威プロキシが別のフローを試す」とし、比較ページは 430 の後に権威プロキシが「同じ端末への別のフローを試す」、端末は「400 として扱う」と、いずれも事実として書いていた。RFC 5626 ではどちらも推奨であり、プロキシは同じ instance-id と AOR の別のフローがあればそれに転送すべきであり（SHOULD）、430 を受けた端末は 400 として扱うべきとされる。',
    },
    now: {
      en: 'The facts table says "The authoritative proxy SHOULD try another flow"; comparisons say the authoritative proxy SHOULD try another flow to the same UA instance, if one is registered, and an endpoint that gets a 430 should treat it as 400 (RFC 5626 §11.5, §7).',
      ja: '概要表を「権威プロキシは別のフローを試すべき（SHOULD）」とした。比較ページでは、権威プロキシは同じ UA インスタンスの別のフローが登録されていればそれを試すべきであり、430 を受けた端末は 400 として扱うべきとされる、とした（RFC 5626 §11.5、§7）。',
    },
    sources: [
      {
        ref: 'RFC5626 §11.5',
        quote: 'The Authoritative Proxy SHOULD attempt to forward to another target (flow) with the same instance-id and AOR. Endpoints should never receive a 430 response. If an endpoint receives a 430 response, it should treat it as a 400 (Bad Request) per normal procedures',
      },
      {
        ref: 'RFC5626 §7',
        quote: 'If a request for a particular AOR and instance-id fails with a 430 (Flow Failed) response, the proxy SHOULD replace the failed branch with another target (if one is available) with the same AOR and instance-id, but a different reg-id.',
      },
    ],
  },
  {
    id: '425-recipient-may-be-an-aggregator',
    date: '2026-12-05',
    title: { en: '425: the recipient may be an aggregator, not only a PSAP', ja: '425：受信側は PSAP に限らず集約装置のこともある' },
    pages: [{ code: 425 }],
    wrong: {
      en: 'The summary had "a PSAP or an emergency-services proxy" reject the call, and the description said the answer comes from the PSAP or from an intermediary in the emergency services network. RFC 8876 also has sensors send alerts to an aggregator that decides what to do next, and lets any recipient, or any SIP intermediary that finds the alert malformed, answer 425.',
      ja: '要約は「PSAP または緊急通報網のプロキシ」が拒否するとし、説明は応答を返すのは PSAP か緊急通報網の中継装置だとしていた。RFC 8876 は、センサーが警報を集約装置に送り、集約装置が次の対応を決める形態も示しており、425 は受信側でも、警報の不正を検出した SIP の中継装置でも返せる。',
    },
    now: {
      en: 'The recipient of the call, a PSAP or an aggregator the alert was sent to (RFC 8876 §3), or an intermediary that checks the alert on the way (RFC 8876 §5.1) may answer 425.',
      ja: '425 を返すのは、通報の受信側である PSAP や警報の宛先である集約装置（RFC 8876 §3）か、途中で警報を検査する中継装置（RFC 8876 §5.1）である、とした。',
    },
    sources: [
      {
        ref: 'RFC8876 §3',
        quote: 'Figure 1 shows a deployment variant where a sensor is pre-configured (using techniques outside the scope of this document) to issue an alert to an aggregator that processes these messages and performs whatever steps are necessary to appropriately react to the alert.',
      },
      {
        ref: 'RFC8876 §5.1',
        quote: 'A SIP intermediary can also use this code to reject an alert it receives from a User Agent (UA) when it detects that the provided alert is malformed.',
      },
    ],
  },
  {
    id: 'compare-425-names-message',
    date: '2026-12-05',
    title: { en: 'Comparisons with 425: the RFC names MESSAGE', ja: '425 の比較ページ：RFC が挙げるのは MESSAGE' },
    pages: [{ comparisonsWith: 425 }],
    wrong: {
      en: 'Where the other code answers listed methods only, as 424 does, comparison pages said "the RFCs do not restrict 425 to particular methods", citing RFC 8876 §4.1, and left out the method the code page names. That section defines the carriage of a CAP alert for MESSAGE and leaves other transactions undefined, and RFC 8876 §5.1 forbids a 425 to a request that carries no alert.',
      ja: '相手のコードが 424 のように特定のメソッドだけを対象とする場合、比較ページは「425 は特定のメソッドに限定されていない」とし、RFC 8876 §4.1 を出典に挙げながら、コードのページが示すメソッドを落としていた。同節が CAP 警報の運び方を定めるのは MESSAGE についてであり、他のトランザクションでの動作は定めていない。また RFC 8876 §5.1 は、警報を含まないリクエストに 425 を返すことを禁じている。',
    },
    now: {
      en: 'Such sentences add the methods the RFC sections name for the unrestricted code: "the RFCs do not restrict 425 to particular methods, and name MESSAGE for it". The template does the same for every pair of this kind.',
      ja: 'こうした文に、限定のない側のコードについて RFC の各節が挙げるメソッドを加え、「425 は特定のメソッドに限定されていないが、RFC が挙げるのは MESSAGE である」とした。同じ種類のすべての組で、テンプレートが同様に示す。',
    },
    sources: [
      {
        ref: 'RFC8876 §4.1',
        quote: 'This document addresses sending a CAP alert in a SIP MESSAGE transaction for a non-interactive emergency call. Behavior with other transactions is not defined.',
      },
      {
        ref: 'RFC8876 §5.1',
        quote: 'A 425 response code MUST NOT be sent in response to a request that lacks an alert message (i.e., CAP data), as the user agent in that case may not support this extension.',
      },
    ],
  },

  // Fourth reading, 405, 406, 407, 410, 413, 414.
  {
    id: '405-any-element-acting-as-uas',
    date: '2026-12-05',
    title: { en: '405: it can also come from an SBC or proxy that answers the request itself', ja: '405：リクエストに自ら応答する SBC やプロキシからも返りうる' },
    pages: [{ code: 405 }, { compare: [405, 501] }],
    wrong: {
      en: 'The 405 page said that proxies must not refuse to relay a method they do not know, and that a 405 "therefore" comes from the user agent server meant to process the request: the far-end phone, a PBX, a gateway or a registrar. The 405 vs 501 guide said the same of both codes. The rule cited covers only methods a proxy does not know, and 405 is for a method that is recognised; an element that could proxy a request may instead answer it with any appropriate error code, acting as a UAS, as the SBC in the page\'s own first scenario does.',
      ja: '405 のページは、プロキシは知らないメソッドを理由に中継を拒んではならないとし、「したがって」405 を返すのはリクエストを処理するはずの UAS、つまり着信側の電話機、PBX、ゲートウェイ、レジストラであるとしていた。405 と 501 の比較ガイドも両方のコードについて同じことを示していた。引用した規定は、プロキシが知らないメソッドだけを対象としており、405 は認識されたメソッドに対する応答である。プロキシとして動作しうる装置は、リクエストを転送せずに適切な任意のエラーコードで自ら応答してよく、そのときは UAS として振る舞う。ページ自身の一つ目の状況で 405 を返す SBC がこれにあたる。',
    },
    now: {
      en: 'A 405 comes from whichever element acts as the user agent server for the request: the far-end phone, a PBX, a gateway, a stand-alone registrar, or an SBC or proxy on the path that answers the request itself instead of forwarding it (RFC 3261 §16.1). The guide keeps the sentence for 501, which a proxy does not send for a method it does not know (RFC 3261 §16.3).',
      ja: '405 を返すのは、そのリクエストに対して UAS として動作する装置である。着信側の電話機、PBX、ゲートウェイ、単独のレジストラのほか、経路上の SBC やプロキシがリクエストを転送せずに自ら応答することもある（RFC 3261 §16.1）。比較ガイドでは、知らないメソッドについてプロキシが返すことのない 501 についてだけ、元の文を残した（RFC 3261 §16.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.1',
        quote: 'The element MAY respond with any appropriate error code. When responding directly to a request, the element is playing the role of a UAS and MUST behave as described in Section 8.2.',
      },
      {
        ref: 'RFC3261 §16.3',
        quote: 'An element MUST NOT refuse to proxy a request because it contains a method or header field it does not know about.',
      },
      {
        ref: 'RFC3261 §21.4.6',
        quote: 'The method specified in the Request-Line is understood, but not allowed for the address identified by the Request-URI.',
      },
    ],
  },
  {
    id: '406-606-definitive-for-the-user-section',
    date: '2026-12-05',
    title: { en: '406: that a 606 speaks for every device of the user is in RFC 3261 §21.6, not §21.6.4', ja: '406：606 がユーザのすべての端末についての応答であることを定めるのは RFC 3261 §21.6.4 ではなく §21.6' },
    pages: [{ code: 406 }],
    wrong: {
      en: 'A fix told the reader to ask for a 606 "when no other device of the user could accept the session" and cited RFC 3261 §21.6.4. That section defines 606 as some aspect of the session description being unacceptable; it does not speak of the user\'s other devices. That a 6xx carries definitive information about the user, not just the instance in the Request-URI, is in RFC 3261 §21.6.',
      ja: '対処方法の一つは、「ユーザの他の端末でもそのセッションを受けられない場合」に 606 を返すよう求めるとし、出典を RFC 3261 §21.6.4 としていた。同節は 606 を、セッション記述のいずれかの点が受け入れられないことを示す応答として定めており、ユーザの他の端末には触れていない。6xx が Request-URI の示す個々の端末だけでなく、そのユーザについての確定的な情報を示すと定めるのは RFC 3261 §21.6 である。',
    },
    now: {
      en: 'The fix asks for a 606 when the answering system knows that no other device of the user could accept the session either, since a 6xx carries definitive information about the user, not only about the device addressed (RFC 3261 §21.6).',
      ja: '対処方法では、ユーザの他の端末でもそのセッションを受けられないと分かっている場合に 606 を返すよう求め、6xx は宛先の端末だけでなくそのユーザについての確定的な情報を示す応答であるとした（RFC 3261 §21.6）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6',
        quote: '6xx responses indicate that a server has definitive information about a particular user, not just the particular instance indicated in the Request-URI.',
      },
      {
        ref: 'RFC3261 §21.6.4',
        quote: 'The user\'s agent was contacted successfully but some aspects of the session description such as the requested media, bandwidth, or addressing style were not acceptable.',
      },
    ],
  },
  {
    id: '407-rejected-credentials-may-draw-403',
    date: '2026-12-05',
    title: { en: '407: rejected credentials may draw another challenge or a 403', ja: '407：拒否された認証情報には、再度のチャレンジか 403 が返りうる' },
    pages: [{ code: 407 }],
    wrong: {
      en: 'The note on Proxy-Authorization said that a request whose credentials the proxy rejects "draws the 407". RFC 3261 §22.1 leaves the server two answers to credentials it will not accept: it may repeat its challenge, or it may respond with 403 Forbidden.',
      ja: 'Proxy-Authorization の注記は、プロキシが受け入れない認証情報を載せたリクエストには 407 が返るとしていた。RFC 3261 §22.1 は、受け入れない認証情報に対してサーバが取りうる応答を二つ示している。チャレンジを繰り返すことも、403 Forbidden を返すこともできる。',
    },
    now: {
      en: 'A request without Proxy-Authorization draws the 407; when the proxy rejects the credentials it carries, the proxy may challenge again with another 407 or answer 403 (RFC 3261 §22.1).',
      ja: 'Proxy-Authorization のないリクエストには 407 が返る。載せた認証情報をプロキシが受け入れない場合、プロキシは再び 407 でチャレンジすることも、403 を返すこともできる（RFC 3261 §22.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.1',
        quote: 'In this instance a server may repeat its challenge, or it may respond with a 403 Forbidden.',
      },
    ],
  },

  // Fourth reading, 438, 439, 470, 481, 484, 485.
  {
    id: '438-canonicalisation-is-a-should',
    date: '2026-12-05',
    title: { en: '438: canonicalising numbers to E.164 is a SHOULD, and the verifier SHOULD use a fresh iat', ja: '438：番号の E.164 への正規化は SHOULD、鮮度の範囲内の iat は検証側が使うべきもの' },
    pages: [{ code: 438 }],
    wrong: {
      en: 'The description said that a change between national and E.164 form "usually" does not break the signature, because canonicalisation "converts numbers to E.164 before signing and verifying whenever it can", and that the verifier "may" use the iat of a full-form PASSporT in place of a rewritten Date. RFC 8224 §8.3 says implementations SHOULD convert to E.164 and may skip the step when they cannot tell how, so the two ends can still disagree; and Step 4 says the verifier SHOULD use the iat while it is within its freshness policy.',
      ja: '説明で、国内形式と E.164 形式の間の書き換えは「通常は」署名を壊さず、その理由を正規化が「変換できる限り番号を E.164 形式に直してから署名・検証する」からとしていた。また、フルフォームの PASSporT の iat は、Date が書き換えられていても検証側が使える、としていた。RFC 8224 §8.3 が定めるのは E.164 に変換すべき（SHOULD）ことで、変換の方法を判断できなければこの手順は省かれうるため、両端の結果が食い違うこともある。また §6.2 のステップ 4 は、鮮度ポリシーの範囲内なら検証側は iat を使うべき（SHOULD）としている。',
    },
    now: {
      en: 'Such a change need not break the signature, because canonicalisation SHOULD convert numbers to E.164 (RFC 8224 §8.3), but a signer and a verifier that canonicalise the same number differently still disagree; the verifier SHOULD use a fresh iat in place of a changed Date (RFC 8224 §6.2, Step 4).',
      ja: 'このような書き換えで署名が壊れるとは限らない。正規化では番号を E.164 に直すべきだからである（SHOULD、RFC 8224 §8.3）。ただし、署名側と検証側が同じ番号を異なる形に正規化すれば一致しない、とした。また、鮮度の範囲内の iat は、書き換えられた Date の代わりに検証側が使うべきである（SHOULD、RFC 8224 §6.2 のステップ 4）、とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §8.3',
        quote: 'If not, implementations SHOULD convert the number into E.164 format, adding a country code if necessary;',
      },
      {
        ref: 'RFC8224 §8.3',
        quote: 'It is only in the case that an implementation cannot determine how to convert the number to a globally routable format that this step may be skipped.',
      },
      {
        ref: 'RFC8224 §6.2',
        quote: 'If the two are different, and the "iat" value differs from the Date header field value but remains within verification service policy for freshness, the verification service SHOULD perform the computation required by Step 5, using the "iat" value instead of the Date header field value.',
      },
    ],
  },
  {
    id: '481-opensips-phrase-letter-case',
    date: '2026-12-05',
    title: { en: '481: OpenSIPS prints the phrase with a lower-case "not"', ja: '481：OpenSIPS の表記は「not」が小文字' },
    pages: [{ code: 481 }],
    wrong: {
      en: 'The page said that the status tables of pjsip, sofia-sip, Kamailio, OpenSIPS and Wireshark use the registered phrase. OpenSIPS prints "Call/Transaction Does not Exist", with a lower-case "not".',
      ja: 'pjsip、sofia-sip、Kamailio、OpenSIPS、Wireshark のステータス表は登録済みの名称を使う、としていた。OpenSIPS が表示するのは、登録済みの名称の「not」を小文字にしたものである。',
    },
    now: {
      en: 'The page names pjsip, sofia-sip, Kamailio and Wireshark for the registered phrase, and OpenSIPS for the same words with a lower-case "not".',
      ja: '登録済みの名称を使うものとして pjsip、sofia-sip、Kamailio、Wireshark を挙げ、OpenSIPS は同じ語句の「not」を小文字にして使う、とした。',
    },
    sources: [
      {
        url: 'https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c#L173',
        name: 'OpenSIPS, error.c, line 173',
        quote: 'case 481: return "Call/Transaction Does not Exist";',
      },
    ],
  },
  {
    id: '481-named-methods-prack-invite',
    date: '2026-12-05',
    title: { en: '481: the RFCs also name PRACK and an INVITE with Replaces', ja: '481：RFC は PRACK と Replaces 付きの INVITE も挙げている' },
    pages: [{ code: 481 }, { comparisonsWith: 481 }],
    wrong: {
      en: 'The facts said that the RFCs name BYE, CANCEL and NOTIFY among the requests 481 answers. RFC 3262 also requires 481 for a PRACK that matches no unacknowledged reliable provisional response, which the page\'s own description mentions, and RFC 3891 for an INVITE whose Replaces header matches no dialog.',
      ja: '事実の欄で、481 を返すリクエストとして RFC が挙げるのは BYE、CANCEL、NOTIFY であるとしていた。RFC 3262 は、確認されていない信頼性暫定応答のどれにも一致しない PRACK にも 481 を求めており（ページの説明もこれに触れている）、RFC 3891 は、Replaces ヘッダがどのダイアログにも一致しない INVITE に 481 を返すとしている。',
    },
    now: {
      en: 'The facts name BYE, CANCEL, NOTIFY, PRACK and INVITE, citing RFC 3262 §3 and RFC 3891 §3 as well.',
      ja: '事実の欄に BYE、CANCEL、NOTIFY、PRACK、INVITE を挙げ、RFC 3262 §3 と RFC 3891 §3 も出典とした。',
    },
    sources: [
      {
        ref: 'RFC3262 §3',
        quote: 'If a PRACK request is received by the UA core that does not match any unacknowledged reliable provisional response, the UAS MUST respond to the PRACK with a 481 response.',
      },
      {
        ref: 'RFC3891 §3',
        quote: 'If no match is found, the UAS rejects the INVITE and returns a 481 Call/Transaction Does Not Exist response.',
      },
    ],
  },

  // Fresh reading of guides, 5.
  {
    id: 'guide-491-vs-500-glare-timers-do-not-overlap',
    date: '2026-12-05',
    title: { en: '491 vs 500 guide: the 491 retry timers never fire together', ja: '491 と 500 の解説：491 の再試行タイマは同時に満了しない' },
    pages: [{ compare: [491, 500] }],
    wrong: {
      en: 'The guide said two UAs that "both retry a 491 at once" can collide again, as if UAs following the RFC 3261 timers could retry at the same moment.',
      ja: '解説は、491 を受けた 2 つの UA がどちらもすぐに再試行すれば再び衝突しうるとしており、RFC 3261 のタイマに従う UA どうしでも同時に再試行しうるかのように読めた。',
    },
    now: {
      en: 'The Call-ID owner waits 2.1 to 4 seconds and the other side 0 to 2 seconds, so UAs that follow these timers never retry together; only UAs that ignore them can (RFC 3261 §14.1). Requests can still cross on the wire.',
      ja: 'Call-ID を生成した側は 2.1 〜 4 秒、もう一方は 0 〜 2 秒待つので、これらのタイマに従う UA どうしが同時に再試行することはなく、同時になるのはタイマを守らない UA だけである（RFC 3261 §14.1）。伝送中のすれ違いは起こりうる。',
    },
    sources: [
      {
        ref: 'RFC3261 §14.1',
        quote: 'If the UAC is the owner of the Call-ID of the dialog ID (meaning it generated the value), T has a randomly chosen value between 2.1 and 4 seconds in units of 10 ms.',
      },
      {
        ref: 'RFC3261 §14.1',
        quote: 'If the UAC is not the owner of the Call-ID of the dialog ID, T has a randomly chosen value of between 0 and 2 seconds in units of 10 ms.',
      },
    ],
  },
  {
    id: 'guide-603-vs-607-reject-key',
    date: '2026-12-05',
    title: { en: '603 vs 607 guide: what a reject key should send', ja: '603 と 607 の解説：拒否ボタンが送るべき応答' },
    pages: [{ compare: [603, 607] }],
    wrong: {
      en: 'The guide said, as a fact about phones, that "the reject key sends 603" and the spam key sends 607; a 603 is meant only for a refusal that no other end point will answer, and the guide on rejecting calls recommends 486 for an ordinary reject.',
      ja: '解説は、電話機についての事実として「拒否ボタンは 603 を送り」、迷惑電話ボタンは 607 を送るとしていた。603 は他のどの端点も応答しない場合の応答であり、呼の拒否の解説は通常の拒否に 486 を勧めている。',
    },
    now: {
      en: 'A reject key fits 603 only when the refusal should cover the user everywhere, and 486 when other devices or voicemail should still get the call (RFC 3261 §21.6.2); a "report spam" key fits 607 (RFC 8197 §3).',
      ja: '拒否ボタンに 603 が合うのはユーザのすべての端末で拒否したい場合だけであり、他の端末やボイスメールに呼を回したいなら 486 が合う（RFC 3261 §21.6.2）。「迷惑電話として報告」ボタンには 607 が合う（RFC 8197 §3）。',
    },
    sources: [
      { ref: 'RFC3261 §21.6.2', quote: 'This status response is returned only if the client knows that no other end point will answer the request.' },
      { ref: 'RFC8197 §3', quote: 'the called party invokes the "unwanted call" user interface and 607 (Unwanted) response indicating that it is instead the caller\'s identity that is causing the call to be rejected.' },
    ],
  },
  {
    id: 'guide-607-vs-608-without-sip-608',
    date: '2026-12-05',
    title: { en: '607 vs 608 guide: what a missing sip.608 tells the intermediary', ja: '607 と 608 の解説：sip.608 がないことが中継装置に示すこと' },
    pages: [{ compare: [607, 608] }],
    wrong: {
      en: 'The guide said that when the INVITE carries no sip.608, "no element upstream understands the code". Every SIP element handles a 608 as a 6xx; what is missing is an element that understands its Call-Info.',
      ja: '解説は、INVITE に sip.608 がなければ「上流にこのコードを理解する装置がない」としていた。どの SIP 装置も 608 を 6xx として扱う。欠けているのは、その Call-Info の意味を理解する装置である。',
    },
    now: {
      en: 'Without sip.608, every element upstream still handles the 608 as a 6xx, but none understands what its Call-Info means, so the intermediary MUST play the announcement unless the caveats of RFC 8688 §3.5 and §6 hold (RFC 8688 §3.4).',
      ja: 'sip.608 がなくても上流の装置は 608 を 6xx として扱うが、その Call-Info の意味を理解する装置はない。そのため、RFC 8688 §3.5 と §6 の留保に当たらない限り、中継装置がアナウンスを流さなければならない（MUST、RFC 8688 §3.4）。',
    },
    sources: [
      {
        ref: 'RFC8688 §3.4',
        quote: 'Obviously, any SIP device will understand that a 608 response code is a 6xx error. However, there are no other elements in the call path that understand the meaning of the value of the Call-Info header field.',
      },
    ],
  },
  {
    id: 'guide-failover-502-sender',
    date: '2026-12-05',
    title: { en: 'Failover guide: what a 502 says about its sender', ja: 'フェイルオーバーの解説：502 が送信元について示すこと' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The guide said "the element that sends a 502 is healthy". A 502 describes the invalid response it received from downstream; it says nothing either way about the sender\'s own health.',
      ja: '解説は「502 を返した装置自体は正常」であり、障害扱いにしてはならないとしていた。502 が示すのは下流から受けた不正な応答であり、送信元自体の状態については何も示さない。',
    },
    now: {
      en: 'A 502 does not say that the element sending it is overloaded or down, so it is no reason to mark that element down (RFC 3261 §21.5.3).',
      ja: '502 は、それを返した装置自体が過負荷や停止状態にあることを示すものではないので、その装置を障害扱いにする理由にはならない（RFC 3261 §21.5.3）。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.3', quote: 'The server, while acting as a gateway or proxy, received an invalid response from the downstream server it accessed in attempting to fulfill the request.' },
    ],
  },
  {
    id: 'guide-failover-504-callee',
    date: '2026-12-05',
    title: { en: 'Failover guide: a 504 does not say the callee was never reached', ja: 'フェイルオーバーの解説：504 は着信者に届かなかったとは示さない' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The guide said that after a 504 "the callee was never reached". RFC 3261 defines 504 by a timely response missing from an external server; it says nothing about whether the callee was reached.',
      ja: '解説は、504 の場合「着信者には届いていない」としていた。RFC 3261 は 504 を外部のサーバから時間内に応答がなかったこととして定義しており、着信者に届いたかどうかは示していない。',
    },
    now: {
      en: 'A 504 describes a server the element depended on, not the callee, so another route or trunk is a reasonable next step, although RFC 3263 does not list 504 (RFC 3261 §21.5.5).',
      ja: '504 が示すのはその装置が頼った外部のサーバの状態であって着信者の状態ではないので、別のルートやトランクを試すのは妥当である。ただし RFC 3263 は 504 を挙げていない（RFC 3261 §21.5.5）。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.5', quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.' },
    ],
  },
  {
    id: 'guide-rejecting-calls-608-requirements',
    date: '2026-12-05',
    title: { en: 'Rejecting calls guide: 608 is a MAY, and its MUSTs have exceptions', ja: '呼の拒否の解説：608 は MAY であり、その MUST には例外がある' },
    pages: [{ guide: 'rejecting-calls' }],
    wrong: {
      en: 'The guide said a blocking intermediary "sends 608", "adds" Call-Info and "plays" the announcement, without saying that RFC 8688 only allows 608 (MAY), that Call-Info may be left out when there are signs the caller would misuse it, and that the announcement is subject to the caveats of §3.5 and §6.',
      ja: '解説は、ブロックする中継装置が 608 を返し、Call-Info を付け、アナウンスを流すとだけ書いていた。RFC 8688 は 608 を許すだけ（MAY）であること、発信者が悪用する兆候があれば Call-Info を省けること、アナウンスには §3.5 と §6 の留保があることを示していなかった。',
    },
    now: {
      en: 'RFC 8688 lets an intermediary send 608 (MAY); with it, it MUST add Call-Info with purpose=jwscard unless there are signs the caller would misuse it (§3.1), and without sip.608 in the INVITE it MUST play the announcement unless the caveats of §3.5 and §6 apply (§3.4).',
      ja: 'RFC 8688 は中継装置が 608 を返すことを認めている（MAY）。608 を返すなら、発信者が悪用する兆候がない限り purpose=jwscard の Call-Info を付けなければならず（MUST、RFC 8688 §3.1）、INVITE に sip.608 がなければ、§3.5 と §6 の留保に当たらない限りアナウンスを流さなければならない（MUST、RFC 8688 §3.4）。',
    },
    sources: [
      { ref: 'RFC8688 §3.1', quote: 'An intermediary MAY issue the 608 response code in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP [RFC3261] request' },
      { ref: 'RFC8688 §3.1', quote: 'If an intermediary issues a 608 code and there are no indicators the calling party will use the contents of the Call-Info header field for malicious purposes (see Section 6), the intermediary MUST include a Call-Info header field in the response.' },
      { ref: 'RFC8688 §3.4', quote: 'If the caveats described in Sections 3.5 and 6 do not hold, the intermediary MUST play the announcement.' },
    ],
  },
  {
    id: 'guide-rejecting-calls-403-definition',
    date: '2026-12-05',
    title: { en: 'Rejecting calls guide: what 403 says', ja: '呼の拒否の解説：403 が示すこと' },
    pages: [{ guide: 'rejecting-calls' }],
    wrong: {
      en: 'The guide called 403 "a policy or account refusal aimed at the requester", citing RFC 3261 §21.4.4, which says neither.',
      ja: '解説は 403 を「要求元に向けたポリシーやアカウント上の拒否」とし、RFC 3261 §21.4.4 を出典としていたが、同節はそのどちらも示していない。',
    },
    now: {
      en: '403 says the server understood the request but refuses to fulfil it, that authorization will not help, and that the request SHOULD NOT be repeated (RFC 3261 §21.4.4).',
      ja: '403 は、サーバがリクエストを理解したうえでその実行を拒否しており、認証しても結果は変わらず、同じリクエストを繰り返すべきではないことを示す（SHOULD NOT、RFC 3261 §21.4.4）。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.4', quote: 'The server understood the request, but is refusing to fulfill it. Authorization will not help, and the request SHOULD NOT be repeated.' },
    ],
  },
  // Fresh reading of guides, 4.
  {
    id: '480-vs-486-reject-key-not-in-13-3-1-3',
    date: '2026-12-05',
    title: { en: '480 vs 486 guide: RFC 3261 §13.3.1.3 asks for 486 from a busy end system, not from every reject key', ja: '480 と 486 の解説：RFC 3261 §13.3.1.3 が 486 を求めるのは話中の端末であり、あらゆる拒否ボタンではない' },
    pages: [{ compare: [480, 486] }],
    wrong: {
      en: 'The guide said that a phone "whose user pressed reject" SHOULD send 486, citing RFC 3261 §13.3.1.3. That section gives the SHOULD for a callee not willing or able to take additional calls at this end system; a refusal meant for all of the user\'s devices is a 6xx, returned only if the client knows that no other end point will answer.',
      ja: '「ユーザが拒否ボタンを押した電話機」は 486 を返すべきである（SHOULD）とし、RFC 3261 §13.3.1.3 を挙げていた。同節の SHOULD は、着信者がその端末ではこれ以上の呼を受けるつもりがないか受けられない場面についてのものである。ユーザのすべての端末について断る拒否は 6xx であり、他のどの端末も応答しないとクライアントが知っている場合にだけ返される。',
    },
    now: {
      en: 'The SHOULD is given for the busy phone, the scenario the section names. A reject key that refuses the call at this device only fits the same definition, and a refusal meant for all of the user\'s devices is 603 (RFC 3261 §21.6.2).',
      ja: 'SHOULD は、同節が挙げる場面である話中の電話機について示した。この端末でだけ呼を断る拒否ボタンも同じ定義に当てはまり、ユーザのすべての端末について断る拒否は 603 であるとした（RFC 3261 §21.6.2）。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A common scenario occurs when the callee is currently not willing or able to take additional calls at this end system. A 486 (Busy Here) SHOULD be returned in such a scenario.',
      },
      {
        ref: 'RFC3261 §21.6.2',
        quote: 'This status response is returned only if the client knows that no other end point will answer the request.',
      },
    ],
  },
  {
    id: '481-vs-487-bye-after-lost-cancel-is-may',
    date: '2026-12-05',
    title: { en: '481 vs 487 guide: after a CANCEL loses to a 200, the ACK is a MUST and the BYE a choice', ja: '481 と 487 の解説：CANCEL が 200 に間に合わなかった後、ACK は MUST だが BYE は選択' },
    pages: [{ compare: [481, 487] }],
    wrong: {
      en: 'The guide said that when the 200 OK wins the race against a CANCEL, the caller "must still ACK the 200 and then end the call with BYE", with no citation. The ACK is required, but RFC 3261 lets the UAC either continue the session established by the 2xx or terminate it with BYE.',
      ja: 'CANCEL との競合で 200 OK が先に届いた場合、発信者は「200 に ACK を返し、そのうえで BYE で通話を終わらせなければならない」としていたが、出典を示していなかった。ACK は必須だが、RFC 3261 は 2xx で確立したセッションを続けることも、BYE で終わらせることも UAC に認めている。',
    },
    now: {
      en: 'The caller MUST ACK the 200 (RFC 3261 §13.2.2.4); RFC 3261 then lets it keep the session or end it with BYE (RFC 3261 §15), and a caller whose user has hung up ends it.',
      ja: '発信者は 200 に ACK を返さなければならない（MUST、RFC 3261 §13.2.2.4）。そのうえで RFC 3261 はセッションを続けることも BYE で終わらせることも認めており（RFC 3261 §15）、ユーザがすでに切っているなら発信者は BYE で終わらせる、とした。',
    },
    sources: [
      { ref: 'RFC3261 §13.2.2.4', quote: 'The UAC core MUST generate an ACK request for each 2xx received from the transaction layer.' },
      {
        ref: 'RFC3261 §15',
        quote: 'If the INVITE results in 2xx final response(s) to the INVITE, this means that a UAS accepted the invitation while the CANCEL was in progress. The UAC MAY continue with the sessions established by any 2xx responses, or MAY terminate them with BYE.',
      },
    ],
  },
  // Fifth reading, 403, 406, 424.
  {
    id: '424-location-reveal-limit-guards-the-sender',
    date: '2026-12-05',
    title: { en: '424: the limit of three rejections protects the sender of the location, not the responder', ja: '424：3 回という拒否の上限は、位置情報を送る側を守るためのもの' },
    pages: [{ code: 424 }],
    wrong: {
      en: 'The advice for a server that sends 424 told it to "limit repeated rejections that push the caller to reveal more location (RFC 6442 recommends at most three per transaction)". RFC 6442 §4.4 puts the guard on the other side: implementations must not reveal continually more location to a recipient that keeps rejecting in order to learn more, and the configurable limit of such rejections is part of that guard. A reader receiving 424s was not told about it.',
      ja: '424 を返すサーバ向けの対処方法で、「発信者により多くの位置情報を出させるための拒否の繰り返しは制限する（RFC 6442 はトランザクションごとに最大 3 回を推奨）」としていた。RFC 6442 §4.4 が備えを求めているのは反対側である。より多くの位置情報を得るために拒否を繰り返す受信側に対して、実装は位置情報を次々に明かしてはならず、そうした拒否の回数の上限はその備えの一部である。424 を受ける側の読者には、このことが示されていなかった。',
    },
    now: {
      en: 'The advice for a client that receives 424 now says: when the 424s keep asking for location the user chose to leave out, do not reveal more each time; implementations MUST guard against a recipient that rejects repeatedly to learn more, with a configurable limit on such rejections, RECOMMENDED at most three per transaction (RFC 6442 §4.4). The advice for a server keeps exactly one Geolocation-Error value and 500 for location it does not process, each with its section.',
      ja: '424 を受けた側の対処方法に、ユーザが意図して省いた位置情報を求めて 424 が繰り返される場合は、そのたびに多くを明かさないこと、実装はより多くの位置情報を得るために拒否を繰り返す受信側に備えなければならず（MUST）、そうした拒否の回数の上限を設定可能にし、トランザクションごとに最大 3 回とするよう推奨されていること（RFC 6442 §4.4）を加えた。サーバ側の対処方法には、Geolocation-Error の値を 1 つだけ入れることと、位置情報を処理しない場合の 500 を、それぞれ節を付けて残した。',
    },
    sources: [
      {
        ref: 'RFC6442 §4.4',
        quote: 'Implementations MUST be on guard for this, by not allowing continually more information to be revealed unless it is clear that any LR is permitted by Alice to know all that Alice knows about her location.',
      },
      {
        ref: 'RFC6442 §4.4',
        quote: 'A limit on the number of such rejections to learn more location information SHOULD be configurable, with a RECOMMENDED maximum of three times for each related transaction.',
      },
    ],
  },
  {
    id: '424-no-geolocation-rule-section',
    date: '2026-12-05',
    title: { en: '424: the rule against a 424 to a request without Geolocation is in RFC 6442 §4.3', ja: '424：Geolocation のないリクエストに 424 を返さないという規定は RFC 6442 §4.3 にある' },
    pages: [{ code: 424 }],
    wrong: {
      en: 'The description gave the rule that a request without a Geolocation header must never be answered 424 in one sentence with the rule for an intermediary that added location, and cited only RFC 6442 §4.1 for both. §4.1 has the second rule; the first is in §4.3.',
      ja: '説明では、Geolocation ヘッダのないリクエストに 424 を返してはならないという規定と、位置情報を自ら加えた中継装置についての規定を続けて示し、出典として RFC 6442 §4.1 だけを挙げていた。§4.1 が定めるのは後者であり、前者は §4.3 にある。',
    },
    now: {
      en: 'The first rule now cites RFC 6442 §4.3; the second keeps RFC 6442 §4.1.',
      ja: '前者には RFC 6442 §4.3 を、後者には引き続き RFC 6442 §4.1 を挙げた。',
    },
    sources: [
      {
        ref: 'RFC6442 §4.3',
        quote: 'A 424 response MUST NOT be sent in response to a request that lacks a Geolocation header entirely, as the user agent in that case may not support this extension at all.',
      },
    ],
  },
  {
    id: '406-no-list-of-acceptable-types',
    date: '2026-12-05',
    title: { en: '406: the response does not say which types would do', ja: '406：応答は、どの種類なら受け付けられるかを示さない' },
    pages: [{ code: 406 }],
    wrong: {
      en: 'The description said that a client receiving 406 "has been told to widen its Accept header, or to drop it so that the default applies". RFC 3261 §21.4.7 asks the 406 for no list of what the resource can produce, unlike 415, and dropping Accept only helps when the resource can produce application/sdp, the type a server should assume when Accept is absent. A fix gave the same advice to drop Accept without that condition.',
      ja: '説明では、406 を受けたクライアントは「Accept の範囲を広げるか、Accept を外して既定値に任せればよい」と告げられているとしていた。RFC 3261 §21.4.7 は、415 と違い、リソースが生成できるものの一覧を 406 に求めていない。また、Accept を外して役立つのは、Accept がないときにサーバが仮定すべき application/sdp をリソースが生成できる場合だけである。対処方法の一つも、この条件を付けずに Accept を外すよう勧めていた。',
    },
    now: {
      en: 'A 406 does not say which types the resource can produce: RFC 3261 §21.4.7 asks for no list, unlike a 415, which MUST list the acceptable formats (RFC 3261 §21.4.13). The client can widen its Accept header, or drop it when what it wants is application/sdp, the type a server SHOULD assume when Accept is absent (RFC 3261 §20.1). The fix to drop Accept now carries the same condition.',
      ja: '406 は、リソースが生成できる種類を示さない。RFC 3261 §21.4.7 は一覧を求めておらず、受け付け可能な形式を示さなければならない（MUST）415 とは異なる（RFC 3261 §21.4.13）。クライアントにできるのは、Accept の範囲を広げるか、求めるものが application/sdp であれば Accept を外すことである。Accept がないとき、サーバは application/sdp を仮定すべきとされている（SHOULD、RFC 3261 §20.1）、とした。Accept を外すよう勧める対処方法にも同じ条件を付けた。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.7',
        quote: 'The resource identified by the request is only capable of generating response entities that have content characteristics not acceptable according to the Accept header field sent in the request.',
      },
      {
        ref: 'RFC3261 §21.4.13',
        quote: 'The server MUST return a list of acceptable formats using the Accept, Accept-Encoding, or Accept-Language header field, depending on the specific problem with the content.',
      },
      {
        ref: 'RFC3261 §20.1',
        quote: 'if no Accept header field is present, the server SHOULD assume a default value of application/sdp.',
      },
    ],
  },
  {
    id: '406-gateway-remedies-before-cause-79',
    date: '2026-12-05',
    title: { en: '406: a gateway should try to correct the request before releasing with cause 79', ja: '406：ゲートウェイは、理由表示 79 で解放する前にリクエストを直して送り直すべきである' },
    pages: [{ code: 406 }],
    wrong: {
      en: 'A scenario had a gateway receive 406 and release the PSTN call with Q.850 cause 79, as "the RFC 3398 mapping". In RFC 3398 §8.2.6.1, 406 is one of the codes marked for which a gateway SHOULD first remedy the request and try again, and only if that proves impossible fail the ISUP half of the call.',
      ja: '発生する状況の一つで、ゲートウェイが 406 を受けて PSTN の呼を Q.850 の理由表示 79 で解放することを「RFC 3398 の対応表」どおりとしていた。RFC 3398 §8.2.6.1 では、406 は印の付いたコードの一つであり、ゲートウェイはまずリクエストを直して送り直すべきであり（SHOULD）、それができない場合に限って ISUP 側の呼を失敗させる。',
    },
    now: {
      en: 'The gateway finds nothing it can correct in the request and send again, which RFC 3398 §8.2.6.1 asks it to try first (SHOULD), and then releases the call with cause 79, the cause that section recommends for 406.',
      ja: 'ゲートウェイは、RFC 3398 §8.2.6.1 がまず求めているリクエストの修正と再送（SHOULD）を試みるが直せるところが見つからず、そのうえで同節が 406 に推奨する理由表示 79 で呼を解放する、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'If at all possible, a SIP gateway SHOULD respond to these protocol errors by remedying unacceptable behavior and attempting to re-originate the session.',
      },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'Only if this proves impossible should the SIP gateway fail the ISUP half of the call.',
      },
    ],
  },
  {
    id: '406-606-everywhere-section',
    date: '2026-12-05',
    title: { en: '406: that a 606 holds everywhere comes from RFC 3261 §21.6', ja: '406：606 がどこでも当てはまることの根拠は RFC 3261 §21.6' },
    pages: [{ code: 406 }],
    wrong: {
      en: 'The description said that 488 and 606 reject the session "at this UA or everywhere" and cited RFC 3261 §21.4.26 and §21.6.4. §21.6.4 defines 606 by an unacceptable session description and does not say that it holds for every device of the user; that a 6xx carries definitive information about the user is in §21.6. The fixes had already been corrected for the same point.',
      ja: '説明では、488 と 606 はセッションを「この UA で、あるいはどこでも」受け付けられないという応答であるとし、出典を RFC 3261 §21.4.26 と §21.6.4 としていた。§21.6.4 は 606 をセッション記述が受け入れられないことで定めており、ユーザのすべての端末に当てはまるとは示していない。6xx がユーザについての確定的な情報を示すと定めるのは §21.6 である。対処方法では同じ点がすでに直されていた。',
    },
    now: {
      en: 'The sentence says "everywhere" because of the definitive information a 6xx carries about the user and cites RFC 3261 §21.6 alongside §21.4.26 and §21.6.4.',
      ja: '「どこでも」の根拠を 6xx がユーザについての確定的な情報を示すことに置き、RFC 3261 §21.4.26、RFC 3261 §21.6.4 に加えて RFC 3261 §21.6 を挙げた。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.6',
        quote: '6xx responses indicate that a server has definitive information about a particular user, not just the particular instance indicated in the Request-URI.',
      },
    ],
  },
  // Fifth reading, 493, 504, 608.
  {
    id: '504-cause-102-without-encapsulated-isup',
    date: '2026-12-05',
    title: { en: '504: cause 102 is recommended only when no ISUP is encapsulated; "Server Timeout" is RFC 3398\'s spelling', ja: '504：理由表示 102 の推奨はカプセル化された ISUP がない場合。「Server Timeout」は RFC 3398 の表記' },
    pages: [{ code: 504 }],
    wrong: {
      en: 'The description said that RFC 3398 §8.2.6.1 recommends cause 102 for a SIP 504, so a gateway that follows it releases the PSTN call with that cause. The section recommends its table only when no ISUP is encapsulated; a 504 carrying an encapsulated REL SHOULD pass on that REL\'s cause. The variant phrase "Server Timeout" was credited to a vendor\'s tables that the page could not show.',
      ja: '説明で、RFC 3398 §8.2.6.1 は SIP の 504 に理由表示 102 を推奨しているので、これに従うゲートウェイは PSTN 側をこの理由表示で解放する、としていた。同節がこの表を推奨するのは、カプセル化された ISUP がない場合に限られる。カプセル化された REL を含む 504 では、その REL の理由表示を引き継ぐべきである（SHOULD）。また、別表記「Server Timeout」の出典を、確認できない製品資料としていた。',
    },
    now: {
      en: 'Cause 102 is recommended for a 504 without encapsulated ISUP, and a 504 carrying an encapsulated REL SHOULD pass on its cause (RFC 3398 §8.2.6.1). "Server Timeout" is the spelling RFC 3398 §7.2.2 uses for the 504 a gateway sends when ISUP timer T7 expires.',
      ja: '理由表示 102 が推奨されるのはカプセル化された ISUP を含まない 504 であり、カプセル化された REL を含む 504 ではその理由表示を引き継ぐべきである（SHOULD、RFC 3398 §8.2.6.1）、とした。「Server Timeout」は、ISUP のタイマ T7 が満了したときにゲートウェイが送る 504 について RFC 3398 §7.2.2 が用いる表記である、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'When a REL message is generated due to a SIP rejection response that contains an encapsulated REL message, the Cause Indicator (CAI) parameter in the generated REL SHOULD be set to the value of the CAI parameter received in the encapsulated REL. If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.',
      },
      { ref: 'RFC3398 §7.2.2', quote: "A '504 Server Timeout' SHOULD be sent back to the SIP network." },
    ],
  },

  // Fifth reading, 481, 482, 483.
  {
    id: '481-retransmitted-bye-and-usage-state',
    date: '2026-12-05',
    title: { en: '481: a retransmitted BYE gets the earlier response again, and a 481 reports lost usage state', ja: '481：BYE の再送には前の応答が再び返り、481 は用途の状態が失われたことを示す' },
    pages: [{ code: 481 }],
    wrong: {
      en: 'A scenario said that when "a BYE is sent twice" the late BYE gets 481, which a reader can take to include a retransmission; a retransmitted BYE that reaches a server transaction in the Completed state gets that transaction\'s earlier response again. The description also called a 481 "a verdict on the dialog state", although RFC 5057 reads it as the loss of the state of one usage of the dialog.',
      ja: 'シナリオで「BYE が二重に送られる」と遅れた BYE に 481 が返るとしており、再送も含むと読めた。Completed 状態のサーバトランザクションに届いた BYE の再送には、そのトランザクションが前の応答を送り直す。また説明で 481 を「ダイアログの状態に対する判定」としていたが、RFC 5057 は 481 を、ダイアログの一つの用途の状態が失われたことと解釈している。',
    },
    now: {
      en: 'The scenario names a second BYE sent in a new transaction, or a BYE sent after the dialog ended, which the UAS SHOULD answer with 481 (RFC 3261 §15.1.2), and sets a retransmission apart (RFC 3261 §17.2.2). The description says a 481 reports that the peer has lost its state for the dialog or for the usage the request belongs to (RFC 5057 §5.1).',
      ja: 'シナリオを、新しいトランザクションで送られた二つ目の BYE や、ダイアログが終わった後に送られた BYE とし、UAS はこれに 481 を返すべき（SHOULD、RFC 3261 §15.1.2）とした。再送はこれと区別した（RFC 3261 §17.2.2）。説明では、481 は相手がダイアログ、またはリクエストが属する用途の状態を失ったことを示す、とした（RFC 5057 §5.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §17.2.2',
        quote: 'While in the "Completed" state, the server transaction MUST pass the final response to the transport layer for retransmission whenever a retransmission of the request is received.',
      },
      {
        ref: 'RFC3261 §15.1.2',
        quote: 'If the BYE does not match an existing dialog, the UAS core SHOULD generate a 481 (Call/Transaction Does Not Exist) response and pass that to the server transaction.',
      },
      {
        ref: 'RFC5057 §5.1',
        quote: 'This response indicates that the peer has lost its copy of the dialog usage state. The dialog itself should not be destroyed unless this was the last usage.',
      },
    ],
  },
  {
    id: '481-recovery-to-tags-of-failed-uas',
    date: '2026-12-05',
    title: { en: '481: dialog recovery can also cover To tags of a failed UAS', ja: '481：ダイアログ復元は障害中の UAS の To タグにも及びうる' },
    pages: [{ code: 481 }],
    wrong: {
      en: 'A fix for a server that answers 481 "after a restart or failover" said RFC 3261 §12.2.2 lets a UAS accept requests carrying To tags "it recognizes as its own". The section also foresees To tags built so that a UAS can tell they belong to a failed UAS for which it provides recovery, which is the failover case.',
      ja: '再起動や「フェイルオーバー」の後に 481 を返すサーバへの対処法で、RFC 3261 §12.2.2 は UAS が「自分が発行したと判別できる」To タグのリクエストを受け入れることを認めている、としていた。同節は、UAS が復旧を肩代わりしている障害中の UAS のものと判別できるように To タグを組み立てる場合も想定しており、これがフェイルオーバーの場合にあたる。',
    },
    now: {
      en: 'The fix says the UAS may accept requests with To tags it finds acceptable, such as its own or those of a failed UAS it provides recovery for.',
      ja: '自分が発行した To タグや、復旧を肩代わりしている障害中の UAS の To タグなど、受け入れられると判断した To タグのリクエストを UAS は受け入れてよい、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §12.2.2',
        quote: 'the UASs can construct the To tags so that a UAS can identify that the tag was for a UAS for which it is providing recovery',
      },
      {
        ref: 'RFC3261 §12.2.2',
        quote: 'Based on the To tag, the UAS MAY either accept or reject the request. Accepting the request for acceptable To tags provides robustness, so that dialogs can persist even through crashes.',
      },
    ],
  },
  {
    id: '483-resend-should-not-not-same-path',
    date: '2026-12-05',
    title: { en: '483: a resent request fails the same way only if nothing on its path changes', ja: '483：送り直したリクエストが同じように失敗するのは、経路上で何も変わらない場合' },
    pages: [{ code: 483 }],
    wrong: {
      en: 'The description said that sending the same request again after a 483 "takes the same path and fails the same way", a plain fact with no source; routing can change between attempts.',
      ja: '説明で、483 の後に同じリクエストを送り直すと「同じ経路をたどり、同じように失敗する」と、出典のない事実として書いていた。経路は試行の間に変わりうる。',
    },
    now: {
      en: 'The description gives RFC 3261 §21.4 (a client SHOULD NOT send the same request again without modification) and says it fails the same way unless something along the path, or the request\'s Max-Forwards, changes.',
      ja: '説明で、RFC 3261 §21.4（同じリクエストを変更せずに再試行すべきでない、SHOULD NOT）を示し、経路上の何か、またはリクエストの Max-Forwards が変わらない限り同じように失敗する、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4',
        quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).',
      },
    ],
  },

  // Fresh reading of guides, 3.
  {
    id: 'compare-415-488-offer-in-invite',
    date: '2026-12-05',
    title: { en: '415 vs 488: the SHOULD to answer 488 is for an offer in an INVITE', ja: '415 と 488：488 を返すべきだとする規定は INVITE のオファーが対象' },
    pages: [{ compare: [415, 488] }],
    wrong: {
      en: 'The guide said that a UAS rejecting an SDP offer, "for a codec mismatch or any other reason", SHOULD answer 488, citing RFC 3261 §13.3.1.3. That section sets the SHOULD for an offer contained in an INVITE only; for an offer in an UPDATE, RFC 3311 says only that the UAS can reject it with 488.',
      ja: 'ガイドは、SDP オファーを拒否する UAS は「コーデックの不一致であれ他の理由であれ」488 を返すべきだとし、RFC 3261 §13.3.1.3 を出典としていた。この節が SHOULD を定めるのは INVITE に含まれるオファーについてだけであり、UPDATE のオファーについては、RFC 3311 が UAS は 488 で拒否できると示すにとどまる。',
    },
    now: {
      en: 'The summary and the prose give the SHOULD for an offer in an INVITE, with the Warning header the response SHOULD include (RFC 3261 §13.3.1.3), and add that a UAS can reject an unacceptable offer in an UPDATE with 488 as well (RFC 3311 §5.2).',
      ja: '要約と本文では、SHOULD を INVITE のオファーについての規定とし、その応答に付けるべき Warning ヘッダとともに示した（SHOULD、RFC 3261 §13.3.1.3）。UPDATE のオファーが受け入れられない場合も UAS は 488 で拒否できることを加えた（RFC 3311 §5.2）。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response. Such a response SHOULD include a Warning header field value explaining why the offer was rejected.',
      },
      {
        ref: 'RFC3311 §5.2',
        quote: 'If the new session description is not acceptable, the UAS can reject it by returning a 488 (Not Acceptable Here) response for the UPDATE.',
      },
    ],
  },
  {
    id: 'compare-436-437-identity-info-and-should',
    date: '2026-12-05',
    title: { en: '436 vs 437: where RFC 8224 retires Identity-Info, and 436 as a "should"', ja: '436 と 437：Identity-Info を廃止した節と、436 についての「should」' },
    pages: [{ compare: [436, 437] }],
    wrong: {
      en: 'The guide cited RFC 8224 §13.2 for the statement that the URI once travelled in a separate Identity-Info header; that section only records the change of the reason phrase, and the header\'s deprecation is in RFC 8224 §14. It also said RFC 8224 "reserves" 436 for the case where no Identity header\'s credential can be acquired, where the RFC says in lower case that 436 "should only be sent" then, and it called the choice of trust anchors the verifier\'s own decision, citing RFC 8226 §3, which says that verification services must make sure they trust the anchor that issued a certificate.',
      ja: 'ガイドは、URI がかつて別の Identity-Info ヘッダで運ばれていたという記述の出典を RFC 8224 §13.2 としていたが、この節はリーズンフレーズの変更を記すだけで、ヘッダの廃止は RFC 8224 §14 にある。また、どの Identity ヘッダの認証情報も入手できない場合に限って 436 を返すと RFC 8224 が定めているとしていたが、RFC は小文字の should でその場合にだけ送るべきだと示している。さらに、どのトラストアンカーを受け入れるかは検証側が決めることだとして RFC 8226 §3 を挙げていたが、この節が示すのは、検証サービスは証明書を発行したトラストアンカーを信頼していることを確かめる必要があるということである。',
    },
    now: {
      en: 'The sentence on Identity-Info cites RFC 8224 §13.2 for the phrase and RFC 8224 §14 for the deprecated header; 436 is described as what "should only be sent" when the credentials of all Identity headers cannot be acquired (RFC 8224 §6.2.2); and the guide says a verifier has to make sure it trusts the anchor that issued a certificate (RFC 8226 §3).',
      ja: 'Identity-Info についての文は、リーズンフレーズについて RFC 8224 §13.2、ヘッダの廃止について RFC 8224 §14 を出典とした。436 は、すべての Identity ヘッダの認証情報を入手できない場合にだけ送るべきものとした（RFC 8224 §6.2.2）。トラストアンカーについては、検証サービスは証明書を発行したトラストアンカーを信頼していることを確かめなければならないとした（RFC 8226 §3）。',
    },
    sources: [
      { ref: 'RFC8224 §13.2', quote: 'The 436 "Bad Identity-Info" default reason phrase has been changed to "Bad Identity Info" in the SIP "Response Codes" registry.' },
      {
        ref: 'RFC8224 §14',
        quote: 'The Identity-Info header field has been deprecated, and its components have been relocated into parameters of the Identity header field',
      },
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'this response code should only be sent when the verification service is unable to dereference the URIs and/or acquire the credentials associated with all Identity header fields in the request.',
      },
      {
        ref: 'RFC8226 §3',
        quote: 'verification services must be mindful of the need to ensure that they trust the trust anchor that issued the certificate',
      },
    ],
  },

  // Fresh reading of guides, 2.
  {
    id: 'compare-408-504-timer-c-not-16-7',
    date: '2026-12-05',
    title: { en: '408 vs 504: Timer C makes a branch count as a 408; it is not the RFC 3261 §16.7 case of no final response', ja: '408 と 504：タイマ C はブランチを 408 受信として扱わせるもので、RFC 3261 §16.7 の「最終応答なし」の場合ではない' },
    pages: [{ compare: [408, 504] }],
    wrong: {
      en: 'The guide gave Timer C expiring on an INVITE branch with no provisional response as an example of the case where a proxy MUST answer 408 because no branch produced a final response. When Timer C fires on such a branch, the proxy MUST behave as if that branch had received a 408, so the context does hold a final response, which the proxy weighs against the other branches\' responses.',
      ja: 'ガイドは、暫定応答のない INVITE のブランチでタイマ C が満了した場合を、どのブランチからも最終応答が得られずプロキシが 408 を返さなければならない場合の例として挙げていた。そのようなブランチでタイマ C が満了すると、プロキシはそのブランチが 408 を受信したものとして振る舞わなければならない。つまりレスポンスコンテキストには最終応答があり、プロキシはそれを他のブランチの応答と比べて選ぶ。',
    },
    now: {
      en: 'The guide gives the two rules separately: a proxy MUST send 408 when no final response is left in the context once all branches have ended (RFC 3261 §16.7), and a branch on which Timer C fires before any provisional response is treated as having received a 408, which then competes with the other responses (RFC 3261 §16.8).',
      ja: 'ガイドは 2 つの規則を分けて示す。すべてのブランチが終わってコンテキストに最終応答がなければ、プロキシは 408 を返さなければならない（MUST、RFC 3261 §16.7）。暫定応答の前にタイマ C が満了したブランチは 408 を受信したものとして扱われ、その 408 は他の応答と並んで候補になる（RFC 3261 §16.8）。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
      { ref: 'RFC3261 §16.8', quote: 'If the client transaction has not received a provisional response, the proxy MUST behave as if the transaction received a 408 (Request Timeout) response.' },
    ],
  },
  {
    id: 'compare-408-504-summary-no-blame',
    date: '2026-12-05',
    title: { en: '408 vs 504: the summary no longer places the fault', ja: '408 と 504：要約で原因の所在を断定しない' },
    pages: [{ compare: [408, 504] }],
    wrong: {
      en: 'The summary said a 504 means "the fault lies with that server and not with the callee". RFC 3261 defines 504 only as the absence of a timely response from an external server accessed while processing the request; it assigns no fault, and the guide\'s own body says only that a 504 says nothing about the callee.',
      ja: '要約では、504 について「原因はそのサーバの側にあり、着信者にはない」としていた。RFC 3261 は 504 を、リクエストの処理のためにアクセスした外部のサーバから時間内に応答がなかったこととしか定めておらず、原因の所在は示していない。ガイドの本文も、504 は着信者については何も示さないとしているだけである。',
    },
    now: {
      en: 'The summary says a 504 reports that a server on the path waited in vain for an external server it consulted while processing the request, and that it says nothing about the callee.',
      ja: '要約では、504 は経路上のサーバがリクエストの処理のために問い合わせた外部のサーバから応答を得られなかったことを示し、着信者については何も示さないとした。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.5', quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.' },
    ],
  },
  {
    id: 'compare-408-480-timer-c-and-487',
    date: '2026-12-05',
    title: { en: '408 vs 480: Timer C makes a branch count as a 408, and 487 on an expired INVITE is a SHOULD', ja: '408 と 480：タイマ C はブランチを 408 受信として扱わせ、期限切れの INVITE への 487 は SHOULD' },
    pages: [{ compare: [408, 480] }],
    wrong: {
      en: 'The guide said a proxy produces a 408 when Timer C fires on a branch that never sent a provisional response. RFC 3261 has the proxy behave as if that branch had received a 408; the proxy sends it upstream only if it is the best response it has. The guide also said that when an INVITE\'s Expires runs out "the UAS answers 487", where RFC 3261 says it SHOULD.',
      ja: 'ガイドは、暫定応答を返さなかったブランチでタイマ C が満了するとプロキシが 408 を生成するとしていた。RFC 3261 では、プロキシはそのブランチが 408 を受信したものとして振る舞うのであり、それを上流へ送るのは、それが手元の最良の応答である場合だけである。また、INVITE の Expires が切れると「UAS が 487 を返す」としていたが、RFC 3261 では SHOULD である。',
    },
    now: {
      en: 'The guide says the proxy treats such a branch as answered by 408 and forwards that 408 if no branch returns a better response (RFC 3261 §16.8), and that the UAS SHOULD answer 487 when the INVITE expires (RFC 3261 §13.3.1).',
      ja: 'ガイドは、プロキシはそのようなブランチを 408 を受信したものとして扱い、他のブランチからより良い応答が返らなければその 408 を転送するとし（RFC 3261 §16.8）、INVITE が期限切れになれば UAS は 487 を返すべきである（SHOULD、RFC 3261 §13.3.1）とした。',
    },
    sources: [
      { ref: 'RFC3261 §16.8', quote: 'If the client transaction has not received a provisional response, the proxy MUST behave as if the transaction received a 408 (Request Timeout) response.' },
      { ref: 'RFC3261 §13.3.1', quote: 'If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated) response SHOULD be generated.' },
    ],
  },
  {
    id: 'compare-404-604-best-response',
    date: '2026-12-05',
    title: { en: '404 vs 604: how a forking proxy picks among 4xx responses', ja: '404 と 604：フォーキングプロキシが 4xx の中から応答を選ぶ方法' },
    pages: [{ compare: [404, 604] }],
    wrong: {
      en: 'The guide said that after a 404 on one branch a forking proxy "only returns a 404 if nothing better arrives", as if that were a fixed rule. RFC 3261 says the proxy SHOULD choose from the lowest class received and SHOULD prefer, among 4xx, responses that help the request be resubmitted, such as 401, 407, 415, 420 and 484.',
      ja: 'ガイドは、1 つのブランチから 404 を受けたフォーキングプロキシは「それ以上の応答が得られなかったときにだけ 404 を返す」と、決まった規則のように書いていた。RFC 3261 では、プロキシは受け取った中で最も低いクラスから選ぶべきであり（SHOULD）、4xx の中では 401、407、415、420、484 のようにリクエストの出し直しに役立つ応答を優先すべきである（SHOULD）。',
    },
    now: {
      en: 'The guide gives these two SHOULDs and says a 404 is one candidate among the branches\' answers (RFC 3261 §16.7).',
      ja: 'ガイドはこの 2 つの SHOULD を示し、404 は各ブランチの応答の中の候補の一つにすぎないとした（RFC 3261 §16.7）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'If no 6xx class responses are present, the proxy SHOULD choose from the lowest response class stored in the response context. The proxy MAY select any response within that chosen class. The proxy SHOULD give preference to responses that provide information affecting resubmission of this request, such as 401, 407, 415, 420, and 484 if the 4xx class is chosen.',
      },
    ],
  },
  {
    id: 'compare-403-404-cause-21-may-be-603',
    date: '2026-12-05',
    title: { en: '403 vs 404: cause 21 from the PSTN can become 603', ja: '403 と 404：PSTN からの理由表示 21 は 603 になることもある' },
    pages: [{ compare: [403, 404] }],
    wrong: {
      en: 'The guide said 403 corresponds to Q.850 cause 21 "call rejected" in both directions. RFC 3398 maps 403 to cause 21, and cause 21 to 403, but notes that a 6xx can be given instead when the cause location is the user, so cause 21 can arrive as 603.',
      ja: 'ガイドは、403 はどちらの方向でも Q.850 の理由表示 21（通信拒否）に対応するとしていた。RFC 3398 は 403 を理由表示 21 に、理由表示 21 を 403 に対応付けるが、理由表示のロケーションがユーザであれば代わりに 6xx を返せるとしており、理由表示 21 は 603 として届くこともある。',
    },
    now: {
      en: 'The guide says 403 is mapped to cause 21, and cause 21 from the PSTN becomes 403, or may become 603 when the cause location is the user (RFC 3398 §7.2.4.1, §8.2.6.1).',
      ja: 'ガイドは、403 は理由表示 21 に変換され、PSTN からの理由表示 21 は 403 になり、ロケーションがユーザであれば 603 になることもあるとした（RFC 3398 §7.2.4.1、§8.2.6.1）。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: "(+) If the cause location is 'user' than the 6xx code could be given rather than the 4xx code (i.e., 403 becomes 603)" },
      { ref: 'RFC3398 §8.2.6.1', quote: '403 Forbidden 21 Call rejected' },
    ],
  },

  {
    id: 'compare-405-501-not-only-methods',
    date: '2026-12-05',
    title: { en: '405 vs 501: 501 is not only about unknown methods', ja: '405 と 501：501 は未知のメソッドだけのコードではない' },
    pages: [{ compare: [405, 501] }],
    wrong: {
      en: 'The summary said that 501 "says the server does not recognise the method at all", as if that were its whole meaning. RFC 3261 defines 501 as the server not supporting the functionality required to fulfil the request and calls the unknown method the appropriate case for it; RFC 3398 also recommends 501 for Q.850 causes 29 "facility rejected" and 79 "service or option not implemented".',
      ja: '要約では、501 は「サーバがメソッドをまったく認識していない」ことを示すと、それが 501 の意味のすべてであるかのように書いていた。RFC 3261 は 501 を、リクエストの実行に必要な機能をサーバがサポートしていないこととして定め、未知のメソッドをその適切な場合として挙げている。RFC 3398 も、Q.850 の理由表示 29（ファシリティ拒否）と 79（サービス又はオプションの未提供）に 501 を推奨している。',
    },
    now: {
      en: 'The summary speaks of 501 "for a method", and the guide adds that 501 is defined more broadly and that a gateway following RFC 3398 sends it for causes 29 and 79 (RFC 3261 §21.5.2, RFC 3398 §7.2.4.1).',
      ja: '要約では「メソッドについての 501」とし、本文に、501 の定義はもっと広く、RFC 3398 に従うゲートウェイは理由表示 29 と 79 にも 501 を返すことを加えた（RFC 3261 §21.5.2、RFC 3398 §7.2.4.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.5.2',
        quote: 'The server does not support the functionality required to fulfill the request. This is the appropriate response when a UAS does not recognize the request method and is not capable of supporting it for any user.',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: '29 facility rejected 501 Not implemented' },
    ],
  },

  // Fresh reading of guides, 1.
  {
    id: '180-vs-183-guide-silence-one-cause',
    date: '2026-12-05',
    title: { en: '180 vs 183 guide: one cause of silence after a 180, not the cause', ja: '180 と 183 の解説：180 の後の無音の原因の一つであって唯一の原因ではない' },
    pages: [{ compare: [180, 183] }],
    wrong: {
      en: 'The guide said silence after a 180 with SDP "comes from a UA that decides on the SDP instead of on arriving media", naming a single cause. RFC 3960 also notes that arriving media may carry only silence or comfort noise.',
      ja: '解説は、SDP 付きの 180 の後の無音は「実際に届くメディアではなく SDP の有無で判断する UA」によるものだとして、原因を一つに限っていた。RFC 3960 は、届くメディアが無音やコンフォートノイズだけを運ぶこともあると示している。',
    },
    now: {
      en: 'One cause of silence after such a 180 is a UA that decides on the SDP instead of on arriving media, which RFC 3960 §3.2 warns against.',
      ja: 'そうした 180 の後で無音になる原因の一つは、実際に届くメディアではなく SDP の有無で判断する UA であり、RFC 3960 §3.2 はこの判断を戒めている。',
    },
    sources: [
      {
        ref: 'RFC3960 §3.2',
        quote:
          'Therefore, by only looking at the SIP signalling, a UAC cannot be sure whether or not there will be early media for a particular session.  The UAC needs to check if media packets are arriving at a given moment.',
      },
    ],
  },
  {
    id: '202-vs-204-guide-wildcard-notifies',
    date: '2026-12-05',
    title: { en: '202 vs 204 guide: under a wildcard, two kinds of NOTIFY still come', ja: '202 と 204 の解説：ワイルドカードの下でも届く NOTIFY は二種類ある' },
    pages: [{ compare: [202, 204] }],
    wrong: {
      en: 'The guide said that while a wildcard Suppress-If-Match holds, "the only NOTIFYs are those reporting a change of subscription state", leaving out the NOTIFY that answers a SUBSCRIBE sent outside the dialog.',
      ja: '解説は、ワイルドカードの Suppress-If-Match が有効な間に届く NOTIFY は「サブスクリプションの状態の変化を知らせるものだけ」であるとし、ダイアログ外で送られた SUBSCRIBE に応える NOTIFY を落としていた。',
    },
    now: {
      en: 'The only NOTIFYs are those reporting a change of subscription state and those answering a SUBSCRIBE sent outside the dialog, and they carry no body (RFC 5839 §5.2).',
      ja: '届く NOTIFY は、サブスクリプションの状態の変化を知らせるものと、ダイアログ外で送られた SUBSCRIBE に応えるものだけであり、どちらもボディを持たない（RFC 5839 §5.2）。',
    },
    sources: [
      {
        ref: 'RFC5839 §5.2',
        quote:
          'Such a wildcard condition effectively quenches a subscription; the only notifications received are those reporting changes to the subscription state and those in response to a SUBSCRIBE message sent outside of an existing dialog.  In both cases, the notifications will not contain a body.',
      },
    ],
  },
  {
    id: '401-vs-407-guide-credentials-for-each-realm-recommended',
    date: '2026-12-05',
    title: { en: '401 vs 407 guide: keeping the first realm\'s credentials is RECOMMENDED, not required', ja: '401 と 407 の解説：最初のレルムの認証情報を入れ続けるのは推奨であり必須ではない' },
    pages: [{ compare: [401, 407] }],
    wrong: {
      en: 'The guide said that when a second realm challenges, the client "has to" answer it while still including its credentials for the first, stating as a requirement what RFC 3261 gives as a RECOMMENDED rule.',
      ja: '解説は、2 つ目のレルムがチャレンジしたとき、クライアントは 1 つ目の認証情報も入れたまま応える「必要がある」としており、RFC 3261 が推奨（RECOMMENDED）の規則として示すものを必須として示していた。',
    },
    now: {
      en: 'The client should answer it while still including its credentials for the first: RFC 3261 recommends putting the credentials for a realm in every later request with the same Call-ID (RFC 3261 §22.3).',
      ja: 'クライアントは、1 つ目のプロキシ向けの認証情報も入れたまま、これにも応えるべきである。RFC 3261 は、あるレルムの認証情報を同じ Call-ID を持つ以後のすべてのリクエストに入れることを推奨している（RECOMMENDED、RFC 3261 §22.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §22.3',
        quote:
          'The following rule is RECOMMENDED for proxy credential caching: If a UA receives a Proxy-Authenticate header field value in a 401/407 response to a request with a particular Call-ID, it should incorporate credentials for that realm in all subsequent requests that contain the same Call-ID.',
      },
    ],
  },

  {
    id: '202-guides-202-forbidden-200-one-success-response',
    date: '2026-12-05',
    title: { en: '200 vs 202 and 202 vs 412 guides: RFC 6665 forbids 202 to SUBSCRIBE, and 200 is one success response in its stead', ja: '200 と 202、202 と 412 の解説：RFC 6665 は SUBSCRIBE への 202 を禁じ、代わりの成功応答は 200 などである' },
    pages: [{ compare: [200, 202] }, { compare: [202, 412] }],
    wrong: {
      en: 'The guides said that for SUBSCRIBE and NOTIFY "200 must now be sent" and that a notifier "must send 200 instead". RFC 6665 forbids 202 and has a notifier send an alternate success response such as 200; only for REFER does RFC 7647 require 200.',
      ja: '解説は、SUBSCRIBE と NOTIFY には「いまは 200 を返さなければならない」、ノーティファイアは「代わりに 200 を返さなければならない」としていた。RFC 6665 は 202 を禁じ、200 などの別の成功応答を返すとしている。200 を必須とするのは REFER についての RFC 7647 だけである。',
    },
    now: {
      en: '202 must no longer be sent to SUBSCRIBE, NOTIFY or REFER; RFC 7647 requires 200 to a REFER, and RFC 6665 has a notifier send another success response, such as 200, to a SUBSCRIBE (RFC 6665 §8.3.1, RFC 7647 §5).',
      ja: 'SUBSCRIBE・NOTIFY・REFER には 202 を返してはならない。REFER には 200 を返すよう RFC 7647 が求めており、SUBSCRIBE には、RFC 6665 のとおり 200 などの別の成功応答を返す（RFC 6665 §8.3.1、RFC 7647 §5）。',
    },
    sources: [
      {
        ref: 'RFC6665 §8.3.1',
        quote:
          'Implementations compliant with the present document MUST NOT send a 202 response to a SUBSCRIBE request and will send an alternate success response (such as 200) in its stead.',
      },
      {
        ref: 'RFC7647 §5',
        quote: 'Wherever [RFC3515] requires sending a 202 response code, a 200 response code MUST be sent instead.',
      },
    ],
  },

  // Sixth reading, 406, 424.
  {
    id: '424-rejection-limit-is-should',
    date: '2026-12-05',
    title: { en: '424: the configurable limit on rejections is a SHOULD, not part of the MUST', ja: '424：拒否回数の上限を設定可能にすることは SHOULD であり、MUST の一部ではない' },
    pages: [{ code: 424 }],
    wrong: {
      en: 'The advice for a client receiving repeated 424s said that implementations MUST guard against a recipient that rejects repeatedly to learn more, "with a configurable limit on such rejections", which put the limit under the MUST. RFC 6442 §4.4 makes the guard a MUST, the configurable limit a SHOULD, and three per related transaction the RECOMMENDED maximum.',
      ja: '424 を繰り返し受けた側の対処方法で、より多くを得るために拒否を繰り返す受信側に実装は備えなければならない（MUST）とし、その中に拒否回数の上限を設定可能にすることを含めていた。RFC 6442 §4.4 が MUST とするのは備えそのものであり、上限を設定可能にすることは SHOULD、関連するトランザクションごとに最大 3 回という値は RECOMMENDED である。',
    },
    now: {
      en: 'Implementations MUST guard against a recipient that rejects repeatedly to learn more; a limit on such rejections SHOULD be configurable, with a RECOMMENDED maximum of three for each related transaction (RFC 6442 §4.4).',
      ja: '実装はより多くの位置情報を得るために拒否を繰り返す受信側に備えなければならず（MUST）、そうした拒否の回数の上限は設定可能にすべきであり（SHOULD）、関連するトランザクションごとに最大 3 回とすることが推奨される（RECOMMENDED、RFC 6442 §4.4）、とした。',
    },
    sources: [
      {
        ref: 'RFC6442 §4.4',
        quote: 'A limit on the number of such rejections to learn more location information SHOULD be configurable, with a RECOMMENDED maximum of three times for each related transaction.',
      },
    ],
  },
  {
    id: '424-forwarded-424-location-unchanged-section',
    date: '2026-12-05',
    title: { en: '424: the rule that a forwarded 424 keeps its location unchanged is in RFC 6442 §4.3', ja: '424：転送する 424 の位置情報を変えないという規定は RFC 6442 §4.3 にある' },
    pages: [{ code: 424 }],
    wrong: {
      en: 'The description said that proxies forwarding a 424 must not touch the location it carries, with no citation of its own, right after a clause citing RFC 6442 §4.1, which does not have this rule. It is in RFC 6442 §4.3, and it forbids adding, modifying or deleting any location in the response.',
      ja: '説明では、424 を転送するプロキシはそこに含まれる位置情報に手を加えてはならないとしていたが、独自の出典はなく、直前の RFC 6442 §4.1 を挙げた記述に続けていた。§4.1 にこの規定はない。規定は RFC 6442 §4.3 にあり、応答中の位置情報の追加、変更、削除を禁じている。',
    },
    now: {
      en: 'Proxies forwarding a 424 must not add, change or remove the location it carries (RFC 6442 §4.3).',
      ja: '424 を転送するプロキシは、そこに含まれる位置情報を追加、変更、削除してはならない（RFC 6442 §4.3）、とした。',
    },
    sources: [
      {
        ref: 'RFC6442 §4.3',
        quote: 'SIP intermediaries that are forwarding (as opposed to generating) a 424 response MUST NOT add, modify, or delete any location appearing in that response.',
      },
    ],
  },
  {
    id: '406-cause-79-without-encapsulated-isup',
    date: '2026-12-05',
    title: { en: '406: cause 79 is recommended only when no ISUP is encapsulated', ja: '406：理由表示 79 の推奨は、カプセル化された ISUP がない場合に限られる' },
    pages: [{ code: 406 }],
    wrong: {
      en: 'A scenario called cause 79 "the cause that section recommends for 406" without a condition. RFC 3398 §8.2.6.1 recommends its table only when no ISUP is encapsulated in the response; when the response carries an encapsulated REL, the cause of that REL SHOULD be used.',
      ja: '発生する状況の一つで、理由表示 79 を条件なしに「同節が 406 に推奨する」ものとしていた。RFC 3398 §8.2.6.1 がその対応表を推奨するのは、応答にカプセル化された ISUP がない場合だけであり、カプセル化された REL があれば、その理由表示を使うべきである（SHOULD）。',
    },
    now: {
      en: 'Cause 79 is the cause RFC 3398 §8.2.6.1 recommends for a 406 that carries no encapsulated ISUP.',
      ja: '理由表示 79 は、RFC 3398 §8.2.6.1 がカプセル化された ISUP を含まない 406 に推奨するものである、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.',
      },
    ],
  },
  // Second fresh reading of guides, 2.
  {
    id: '404-guides-404-definitive-not-unknown-here',
    date: '2026-12-05',
    title: { en: '404 vs 410 and 404 vs 604 guides: a 404 says the user does not exist at the domain, not merely that it is unknown here', ja: '404 と 410、404 と 604 の解説：404 はユーザがそのドメインに存在しないことを示すのであり、ここで未知というだけではない' },
    pages: [{ compare: [404, 410] }, { compare: [404, 604] }],
    wrong: {
      en: 'The summaries said a 404 says the address is "not known here" or the user is "not known at this server", as if it were a weaker, uncertain answer.',
      ja: '要約は、404 はアドレスが「ここでは未知」、ユーザが「このサーバでは未知」であることを示すとしており、弱い不確かな応答であるかのように読めた。',
    },
    now: {
      en: 'A 404 means the server has definitive information that the user does not exist at the domain in the Request-URI; what leaves other servers open is that it is a 4xx, which speaks for one server (RFC 3261 §21.4.5, §21.4).',
      ja: '404 は、Request-URI のドメインにそのユーザが存在しないという確定的な情報をサーバが持っていることを示す。別のサーバの可能性が残るのは、1 つのサーバの判定である 4xx だからである（RFC 3261 §21.4.5、§21.4）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.5',
        quote: 'The server has definitive information that the user does not exist at the domain specified in the Request-URI.',
      },
      {
        ref: 'RFC3261 §21.4',
        quote: 'However, the same request to a different server might be successful.',
      },
    ],
  },
  {
    id: '406-488-guide-406-for-codec-unsourced',
    date: '2026-12-05',
    title: { en: '406 vs 488 guide: no source shows user agents answering a codec mismatch with 406; RFC 3261 asks for 488', ja: '406 と 488 の解説：コーデック不一致に 406 を返す UA があるという記述には根拠がない。RFC 3261 は 488 を求めている' },
    pages: [{ compare: [406, 488] }],
    wrong: {
      en: 'The guide stated as an observed fact that "some user agents" answer an INVITE with no common codec with 406, without naming any.',
      ja: '解説は、共通のコーデックがない INVITE に 406 を返す UA が「ある」と、具体例を挙げずに事実として書いていた。',
    },
    now: {
      en: 'The guide describes what a 406 for a codec mismatch would cause, without claiming who sends it; a UAS rejecting an offer contained in an INVITE SHOULD answer 488, with a Warning explaining why (RFC 3261 §13.3.1.3).',
      ja: '解説は、コーデック不一致に 406 を返した場合に起きることを示すにとどめ、誰が返すかには触れない。INVITE に含まれるオファーを拒否する UAS は、理由を示す Warning を付けて 488 を返すべきである（SHOULD、RFC 3261 §13.3.1.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote:
          'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response. Such a response SHOULD include a Warning header field value explaining why the offer was rejected.',
      },
    ],
  },

  {
    id: 'guide-failover-timer-c-acts-as-408',
    date: '2026-12-05',
    title: { en: 'Failover guide: when Timer C fires, the branch acts as if it received a 408; that is not the RFC 3261 §16.7 case of no final response', ja: 'フェイルオーバーの解説：タイマ C が満了したブランチは 408 を受信したものとして扱われる。RFC 3261 §16.7 の「最終応答がない」場合とは別である' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The guide gave Timer C firing on a branch with no provisional response as an example of a proxy sending 408 because no branch produced a final response. RFC 3261 §16.8 instead makes that branch behave as if it had received a 408, which then competes with the other branches\' responses.',
      ja: '解説は、暫定応答のないブランチでタイマ C が満了した場合を、どのブランチからも最終応答がないためにプロキシが 408 を返す例として挙げていた。RFC 3261 §16.8 は、そのブランチが 408 を受信したものとして動作することを求めており、その 408 は他のブランチの応答とともに最良の応答の選択にかけられる。',
    },
    now: {
      en: 'A proxy MUST send 408 when no final response was received (RFC 3261 §16.7). When Timer C fires on an INVITE branch with no provisional response, the proxy MUST either reset the timer or behave as if that branch had received a 408 (RFC 3261 §16.8).',
      ja: 'どのブランチからも最終応答が得られなかったとき、プロキシは 408 を返さなければならない（MUST、RFC 3261 §16.7）。暫定応答を受けていない INVITE のブランチでタイマ C が満了した場合は、タイマをリセットするか、そのブランチが 408 を受信したものとして動作しなければならない（MUST、RFC 3261 §16.8）。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
      { ref: 'RFC3261 §16.8', quote: 'If the client transaction has not received a provisional response, the proxy MUST behave as if the transaction received a 408 (Request Timeout) response.' },
    ],
  },
  {
    id: 'guide-failover-408-non-invite-scope',
    date: '2026-12-05',
    title: { en: 'Failover guide: the RFC 4320 ban on 408 to non-INVITE applies to transaction-stateful elements; 503 without Retry-After is a MUST', ja: 'フェイルオーバーの解説：INVITE 以外への 408 を禁じる RFC 4320 の規定はトランザクションステートフルな装置が対象である。Retry-After のない 503 の扱いは MUST である' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The guide said "Never send 408 to a non-INVITE request", wider than RFC 4320 §4.2, which binds transaction-stateful elements. It also said a client "treats" a 503 without Retry-After as a 500, leaving out that RFC 3261 §21.5.4 makes this a MUST.',
      ja: '解説は「INVITE 以外のリクエストに 408 を返してはならない」と、トランザクションステートフルな装置を対象とする RFC 4320 §4.2 より広く書いていた。また、Retry-After のない 503 を 500 として「扱う」とし、RFC 3261 §21.5.4 がこれを MUST としていることを示していなかった。',
    },
    now: {
      en: 'A transaction-stateful element MUST NOT send 408 to a non-INVITE request (RFC 4320 §4.2). Without Retry-After, the client MUST act as if it had received a 500 (RFC 3261 §21.5.4).',
      ja: 'トランザクションステートフルな装置は、INVITE 以外のリクエストに 408 を返してはならない（MUST NOT、RFC 4320 §4.2）。`Retry-After` がなければ、クライアントは 500 を受信したものとして動作しなければならない（MUST、RFC 3261 §21.5.4）。',
    },
    sources: [
      { ref: 'RFC4320 §4.2', quote: 'A transaction-stateful SIP element MUST NOT send a response with Status-Code of 408 to a non-INVITE request.' },
      { ref: 'RFC3261 §21.5.4', quote: 'If no Retry-After is given, the client MUST act as if it had received a 500 (Server Internal Error) response.' },
    ],
  },

  // Third fresh reading of guides, 1.
  {
    id: '408-480-guide-no-branch-answered-is-16-7',
    date: '2026-12-05',
    title: { en: '408 vs 480 guide: a 408 because no branch answered is RFC 3261 §16.7, not §21.4.9; a proxy may reset Timer C instead', ja: '408 と 480 の解説：どのブランチも応答しなかったための 408 は RFC 3261 §21.4.9 ではなく §16.7 の規定であり、プロキシはタイマ C をリセットしてもよい' },
    pages: [{ compare: [408, 480] }],
    wrong: {
      en: 'The guide cited RFC 3261 §21.4.9 for two examples of when to send 408: no branch of a forwarded INVITE returned a final response, and the user\'s location could not be determined in time. §21.4.9 gives only the second; the first is the proxy rule of §16.7. The guide also said a proxy treats a branch as answered by 408 when Timer C fires before any provisional response, leaving out that RFC 3261 §16.8 lets the proxy reset the timer instead.',
      ja: '解説は、408 を返す場合の 2 つの例、すなわち転送した INVITE のどのブランチからも最終応答が返らなかった場合と、ユーザの位置を時間内に特定できなかった場合の出典を、ともに RFC 3261 §21.4.9 としていた。§21.4.9 が挙げるのは後者だけであり、前者は §16.7 のプロキシの規定である。また、暫定応答の前にタイマ C が満了したブランチはプロキシが 408 を受信したものとして扱うとし、RFC 3261 §16.8 がタイマのリセットも認めていることを示していなかった。',
    },
    now: {
      en: 'The first example cites RFC 3261 §16.7 and the second §21.4.9; the proxy treats such a branch as answered by 408 when Timer C fires and the proxy does not reset the timer (RFC 3261 §16.8).',
      ja: '前者の例は RFC 3261 §16.7、後者は §21.4.9 を出典とした。タイマ C が満了し、プロキシがタイマをリセットしなければ、そのブランチは 408 を受信したものとして扱われる（RFC 3261 §16.8）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §16.7', quote: 'If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server transaction.' },
      { ref: 'RFC3261 §21.4.9', quote: 'The server could not produce a response within a suitable amount of time, for example, if it could not determine the location of the user in time.' },
      { ref: 'RFC3261 §16.8', quote: 'If timer C should fire, the proxy MUST either reset the timer with any value it chooses, or terminate the client transaction.' },
    ],
  },
  {
    id: '408-504-guide-external-server-examples-ours',
    date: '2026-12-05',
    title: { en: '408 vs 504 guide: RFC 3261 says only "an external server"; HSS, ENUM and the rest are our examples', ja: '408 と 504 の解説：RFC 3261 が示すのは「外部のサーバ」だけであり、HSS や ENUM などは当サイトの例である' },
    pages: [{ compare: [408, 504] }],
    wrong: {
      en: 'The guide listed a location database, an HSS, an ENUM or DNS server and a policy or routing engine as the external server of a 504, with RFC 3261 §21.5.5 cited after the list, so it read as if the RFC named them. The section speaks only of an external server accessed in attempting to process the request.',
      ja: '解説は、504 の外部のサーバとして位置情報データベース、HSS、ENUM や DNS のサーバ、ポリシーやルーティングのエンジンを挙げ、その後に RFC 3261 §21.5.5 を出典として示していたため、RFC がこれらを挙げているように読めた。この節が示すのは、リクエストを処理するためにアクセスした外部のサーバということだけである。',
    },
    now: {
      en: 'The guide cites RFC 3261 §21.5.5 for the external server, says the RFC does not say what kind of server it is, and gives the list as examples from deployments.',
      ja: '解説は外部のサーバについて RFC 3261 §21.5.5 を示し、RFC はそれがどのようなサーバかを示していないとしたうえで、一覧を実際の構成での例として挙げた。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.5', quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.' },
    ],
  },
  {
    id: '406-488-guide-omit-accept-only-for-sdp',
    date: '2026-12-05',
    title: { en: '406 vs 488 guide: leaving Accept out cures a 406 only when the body wanted is SDP', ja: '406 と 488 の解説：Accept を外して 406 が解消するのは、求めるボディが SDP の場合だけである' },
    pages: [{ compare: [406, 488] }],
    wrong: {
      en: 'The guide said a client fixes a 406 by widening Accept "or leaving it out". Without Accept the server SHOULD assume application/sdp, so leaving the header out helps only when the body the server can send is SDP.',
      ja: '解説は、クライアントは `Accept` を広げる「か、外せば」406 を解消できるとしていた。`Accept` がなければサーバは application/sdp を仮定すべきである（SHOULD）ので、ヘッダを外して解決するのは、サーバが返せるボディが SDP の場合だけである。',
    },
    now: {
      en: 'The client widens Accept to a type the server can send; leaving Accept out helps only when that type is application/sdp, which the server then assumes (RFC 3261 §20.1).',
      ja: 'クライアントは、サーバが返せる種類まで Accept を広げる。Accept を外して解決するのは、その種類が application/sdp の場合だけである。Accept がなければサーバはこれを仮定するからである（RFC 3261 §20.1）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §20.1', quote: 'if no Accept header field is present, the server SHOULD assume a default value of application/sdp.' },
    ],
  },
  {
    id: '406-488-guide-488-should-for-invite-offer',
    date: '2026-12-05',
    title: { en: '406 vs 488 guide: the SHOULD to answer 488 is for an offer in an INVITE', ja: '406 と 488 の解説：488 を返すべきだとする規定は INVITE のオファーが対象' },
    pages: [{ compare: [406, 488] }],
    wrong: {
      en: 'The guide said that a UAS unable to use an SDP offer SHOULD answer 488 with a Warning, without saying that RFC 3261 §13.3.1.3 sets this SHOULD for an offer contained in an INVITE; for an offer in an UPDATE, RFC 3311 says only that the UAS can reject it with 488.',
      ja: '解説は、SDP オファーを使えない UAS は Warning を付けて 488 を返すべきであるとし、RFC 3261 §13.3.1.3 がこの SHOULD を INVITE に含まれるオファーについて定めていることを示していなかった。UPDATE のオファーについては、RFC 3311 は UAS が 488 で拒否できると示すにとどまる。',
    },
    now: {
      en: 'When the offer came in an INVITE, the UAS SHOULD answer 488 with a Warning naming the reason (RFC 3261 §13.3.1.3); an offer in an UPDATE can be rejected with 488 too (RFC 3311 §5.2).',
      ja: 'オファーが INVITE で届いた場合、UAS は理由を示す Warning を付けて 488 を返すべきであり（SHOULD、RFC 3261 §13.3.1.3）、UPDATE のオファーも 488 で拒否できる（RFC 3311 §5.2）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response. Such a response SHOULD include a Warning header field value explaining why the offer was rejected.',
      },
      { ref: 'RFC3311 §5.2', quote: 'If the new session description is not acceptable, the UAS can reject it by returning a 488 (Not Acceptable Here) response for the UPDATE.' },
    ],
  },
  {
    id: '405-501-guide-405-to-refer-notify-unsourced',
    date: '2026-12-05',
    title: { en: '405 vs 501 guide: no source shows user agents answering the NOTIFY after a REFER with 405', ja: '405 と 501 の解説：REFER の後の NOTIFY に 405 を返す UA があるという記述には根拠がない' },
    pages: [{ compare: [405, 501] }],
    wrong: {
      en: 'Under the heading "The common mistake", the guide stated as an observed fact that "some user agents" answer 405 to the NOTIFY that follows their REFER, naming none and giving no source for how common it is.',
      ja: '解説は「よくある誤り」という見出しのもとで、REFER の後に届く NOTIFY に 405 を返す UA が「ある」と、具体例も頻度の根拠も示さずに事実として書いていた。',
    },
    now: {
      en: 'Under "A mistake to avoid", the guide says that a user agent that has sent a REFER is wrong to answer 405 to that NOTIFY, since it MUST be prepared to receive it, even before the REFER transaction completes (RFC 3515 §2.4.4).',
      ja: '見出しを「避けるべき誤り」とし、REFER を送った UA がその NOTIFY に 405 を返すのは誤りであるとした。REFER を送った UA は、REFER のトランザクションが完了する前であっても NOTIFY を受け取る準備ができていなければならない（MUST、RFC 3515 §2.4.4）。',
    },
    sources: [
      { ref: 'RFC3515 §2.4.4', quote: 'the agent that issued the REFER MUST be prepared to receive a NOTIFY before the REFER transaction completes.' },
    ],
  },
  {
    id: 'guide-failover-504-examples-and-408-from-proxy',
    date: '2026-12-05',
    title: { en: 'Failover guide: the servers behind a 504 are our examples, and a proxy\'s 408 need not mean nothing beyond it answered', ja: 'フェイルオーバーの解説：504 の外部サーバの例は当サイトのものであり、プロキシの 408 はその先が応答しなかったことだけを意味するのではない' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The guide listed routing and number-portability databases, DNS, ENUM and policy engines inside the definition of 504 it attributed to RFC 3261 §21.5.5, which speaks only of an external server. It also said a 408 from a proxy means "nothing beyond it gave a final response in time", although RFC 3261\'s own example of a 408 is a server that could not determine the user\'s location in time. And it said Timer C firing on a branch without a provisional response makes the proxy treat the branch as answered by 408, leaving out that the proxy may reset the timer instead.',
      ja: '解説は、RFC 3261 §21.5.5 によるとした 504 の定義の中に、ルーティングや番号ポータビリティのデータベース、DNS、ENUM、ポリシーエンジンを挙げていたが、この節が示すのは外部のサーバということだけである。また、プロキシから届いた 408 は「その先のどこからも時間内に最終応答が得られなかった」ことを意味するとしていたが、RFC 3261 自身が挙げる 408 の例は、ユーザの所在を時間内に特定できなかったサーバである。さらに、暫定応答のないブランチでタイマ C が満了するとプロキシはそのブランチを 408 受信として扱うとし、タイマのリセットも認められていることを示していなかった。',
    },
    now: {
      en: 'A 504 reports an external server accessed while processing the request (RFC 3261 §21.5.5); the RFC does not say what kind, and the list is given as examples. A 408 from a proxy means no final response was produced in time, for example because nothing beyond it answered or because, as in RFC 3261 §21.4.9, the user\'s location could not be determined in time. When Timer C fires on a branch that has received no provisional response, the proxy MUST either reset the timer or treat the branch as answered by 408 (RFC 3261 §16.8).',
      ja: '504 はリクエストの処理中に問い合わせた外部のサーバについての応答であり（RFC 3261 §21.5.5）、RFC はそれがどのようなサーバかを示していないので、一覧は例として挙げた。プロキシからの 408 は、時間内に最終応答を作れなかったことを示す。その先から応答がなかった場合もあれば、RFC 3261 §21.4.9 の例のようにユーザの所在を時間内に特定できなかった場合もある。暫定応答を受けていないブランチでタイマ C が満了したとき、プロキシはタイマをリセットするか、そのブランチを 408 受信として扱わなければならない（MUST、RFC 3261 §16.8）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.5', quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.' },
      { ref: 'RFC3261 §21.4.9', quote: 'The server could not produce a response within a suitable amount of time, for example, if it could not determine the location of the user in time.' },
      { ref: 'RFC3261 §16.8', quote: 'If timer C should fire, the proxy MUST either reset the timer with any value it chooses, or terminate the client transaction.' },
    ],
  },
  {
    id: 'guide-failover-table-dns-and-503-condition',
    date: '2026-12-05',
    title: { en: 'Failover guide table: RFC 3261 gives no response for an unresolvable next hop, and a proxy may relay 503 only when every request would get one', ja: 'フェイルオーバーの解説の表：名前解決できない次ホップへの応答を RFC 3261 は定めておらず、503 を中継してよいのはどのリクエストにも 503 が返る場合である' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The decision table put a transport error and an unresolvable next hop in one row with "500 (RFC 3261)", although RFC 3261 turns only a transport error into a 503 received, after which a proxy SHOULD send 500 upstream when that is the only response. For a 503 received it said to send 500 "unless you are overloaded yourself", where RFC 3261 allows a proxy to forward a 503 only when it can tell that any request it might proxy will also get a 503.',
      ja: '判断の表は、トランスポートエラーと次ホップの名前解決失敗を 1 行にまとめ、「500（RFC 3261）」としていた。RFC 3261 が 503 の受信として扱うのはトランスポートエラーだけであり、それが唯一の応答なら、プロキシは上流へ 500 を返すべきである（SHOULD）としている。また、503 を受信した場合は「自分が過負荷なら 503」としていたが、RFC 3261 がプロキシに 503 の転送を認めるのは、転送しうるどのリクエストにも 503 が返るとわかる場合だけである。',
    },
    now: {
      en: 'The table has a row for a transport error (500 if it was the only response, RFC 3261 §16.9, §16.7) and one for a host name that does not resolve (RFC 3261 does not say; pjsip sends a local 502). After a 503 the proxy SHOULD send 500 rather than relay it, unless it can tell that every request it could forward would get a 503 too (RFC 3261 §16.7).',
      ja: '表は、トランスポートエラーの行（それが唯一の応答なら 500、RFC 3261 §16.9、§16.7）と、ホスト名を名前解決できない場合の行（RFC 3261 は定めていない。pjsip はローカルで 502 を生成する）に分けた。503 を受信した場合は、転送しうるどのリクエストにも 503 が返るとわかっているのでない限り、503 を中継せず 500 を返すべきである（SHOULD、RFC 3261 §16.7）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.9',
        quote: 'If the transport layer notifies a proxy of an error when it tries to forward a request (see Section 18.4), the proxy MUST behave as if the forwarded request received a 503 (Service Unavailable) response.',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it upstream unless it can determine that any subsequent requests it might proxy will also generate a 503.',
      },
      { ref: 'RFC3261 §16.7', quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.' },
      {
        url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/src/pjsip/sip_transaction.c#L2302-L2309',
        name: 'pjproject, pjsip/src/pjsip/sip_transaction.c, lines 2302–2309',
        quote: 'Server resolution error is now mapped to 502 instead of 503, since with 503 normally client should try again.',
      },
    ],
  },

  // Third fresh reading of guides, 3.
  {
    id: '199-487-guide-199-stop-sending-media',
    date: '2026-12-05',
    title: { en: '199 vs 487 guide: after a 199 the caller must also stop sending media on that early dialog, and releasing resources is optional', ja: '199 と 487 の解説：199 を受けた発信側は、そのアーリーダイアログでのメディアの送信もやめなければならない。資源の解放は任意である' },
    pages: [{ compare: [199, 487] }],
    wrong: {
      en: 'The guide said the right reaction to a 199 is to stop rendering the media of the terminated early dialog and release what was kept for it. It left out that RFC 6228 §4 forbids sending media on that dialog, and it made releasing resources sound required where the RFC says the client might.',
      ja: '解説は、199 への正しい対応を、終了したアーリーダイアログのメディア再生を止め、そのために確保していた資源を解放することだとしていた。そのダイアログでメディアを送ることを RFC 6228 §4 が禁じている点が抜けており、RFC が「してもよい」程度に書いている資源の解放を、必須であるかのように書いていた。',
    },
    now: {
      en: 'Once a client has accepted a 199, it MUST NOT send media on that early dialog and, if it can tell that dialog\'s incoming media apart, MUST NOT process it; it keeps waiting for other branches and may release the resources kept for the dialog, but SHALL NOT when the early dialog carries several usages and it is unclear which one the 199 ends (RFC 6228 §4).',
      ja: '199 を受け入れたクライアントは、そのアーリーダイアログでメディアを送ってはならず、そのダイアログの受信メディアを区別できるなら、それを処理してもならない（いずれも MUST NOT、RFC 6228 §4）。他のブランチを待ち続け、そのダイアログのために確保していた資源は解放してよい。ただし、そのアーリーダイアログに複数の用途（ユーセージ）があり、199 がどれを終了させるのかが明らかでない場合は解放しない（SHALL NOT）。',
    },
    sources: [
      {
        ref: 'RFC6228 §4',
        quote:
          'Once a UAC has received and accepted a 199 response, it MUST NOT send any media associated with the early dialog. In addition, if the UAC is able to associate received media with early dialogs, it MUST NOT process any received media associated with the early dialog that was terminated.',
      },
      {
        ref: 'RFC6228 §4',
        quote: 'When a UAC receives a 199 response, it might release resources associated with the terminated early dialog.',
      },
      {
        ref: 'RFC6228 §4',
        quote:
          'If multiple usages [RFC5057] are used within an early dialog, and it is not clear which dialog usage the 199 response terminates, SIP entities that keep dialog state SHALL NOT release resources associated with the early dialog when they receive the 199 response.',
      },
    ],
  },

  // Check of today's corrections, 6.
  {
    id: 'guide-failover-503-without-retry-after-still-fails-over',
    date: '2026-12-05',
    title: { en: 'Failover guide: a 503 without Retry-After is still a reason to try the next server', ja: 'フェイルオーバーの解説：Retry-After のない 503 でも、次のサーバを試す理由になる' },
    pages: [{ guide: 'failover' }, { compare: [500, 503] }],
    wrong: {
      en: 'The guide said that without Retry-After the client MUST act as if a 503 were a 500, and a paragraph later that a 500 is not a failover trigger in RFC 3263, so it could be read as if a 503 without Retry-After gave no reason to try the next server. RFC 3263 §4.3 counts a 503 as a failure with no condition on Retry-After, and RFC 3261 §21.5.4 says a client receiving a 503 SHOULD attempt an alternate server, also without such a condition. The 500 vs 503 guide left the same reading open: it says a 500 is not a failure in RFC 3263, and that a 503 without Retry-After is handled as a 500.',
      ja: '解説は、Retry-After がなければクライアントは 500 を受信したものとして動作しなければならないとし、その後の段落で、500 は RFC 3263 のフェイルオーバーの契機ではないとしていた。そのため、Retry-After のない 503 は次のサーバを試す理由にならないようにも読めた。RFC 3263 §4.3 は Retry-After の有無を条件とせずに 503 を失敗とみなしており、RFC 3261 §21.5.4 も、503 を受信したクライアントは代替サーバへの転送を試みるべきである（SHOULD）と、同じく条件を付けずに定めている。500 と 503 の解説も、500 は RFC 3263 の失敗に含まれないとし、Retry-After のない 503 は 500 として扱われるとしていて、同じ読み方ができた。',
    },
    now: {
      en: 'After the MUST to act as if a 500 had been received, the guide adds that RFC 3263 still counts a 503, with or without Retry-After, as a failure after which the client SHOULD try the next server (RFC 3263 §4.3). The 500 vs 503 guide, which also says such a 503 is handled as a 500, now says the same.',
      ja: '500 を受信したものとして動作しなければならないとする文の後に、RFC 3263 は Retry-After の有無にかかわらず 503 を失敗とみなしており、クライアントは次のサーバを試すべきである（SHOULD、RFC 3263 §4.3）、と補った。同じく Retry-After のない 503 は 500 として扱われるとしている 500 と 503 の解説にも、同じことを書き加えた。',
    },
    sources: [
      {
        ref: 'RFC3263 §4.3',
        quote: 'For SIP requests, failure occurs if the transaction layer reports a 503 error response or a transport failure of some sort',
      },
      { ref: 'RFC3263 §4.3', quote: 'If a failure occurs, the client SHOULD create a new request, which is identical to the previous, but has a different value of the Via branch ID' },
      { ref: 'RFC3261 §21.5.4', quote: 'A client (proxy or UAC) receiving a 503 (Service Unavailable) SHOULD attempt to forward the request to an alternate server.' },
    ],
  },

  // Third fresh reading of guides, 4.
  {
    id: 'guide-403-vs-404-404-does-not-exist',
    date: '2026-12-05',
    title: { en: '403 vs 404 guide: a 404 says the user does not exist at the domain, not that the address is unknown to the server', ja: '403 と 404 の解説：404 はユーザがそのドメインに存在しないことを示すのであり、サーバにとって未知というだけではない' },
    pages: [{ compare: [403, 404] }],
    wrong: {
      en: 'The summary said a 404 says the address "is unknown to this server", and the prose that a 404 says the dialled number "is not known" and should be sent when the address "is unknown", as if it were an uncertain answer.',
      ja: '要約は、404 はアドレスが「このサーバにとって未知」であることを示すとし、本文も、404 はダイヤルされた番号が「未知」であることを示し、アドレスが「未知」の場合に返すとしていた。不確かな応答であるかのように読めた。',
    },
    now: {
      en: 'A 404 means the server has definitive information that the user does not exist at the domain in the Request-URI, or that the domain is not one it handles (RFC 3261 §21.4.5).',
      ja: '404 は、Request-URI のドメインにそのユーザが存在しないという確定的な情報をサーバが持っていること、またはそのドメインがサーバの担当ではないことを示す（RFC 3261 §21.4.5）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.5',
        quote: 'The server has definitive information that the user does not exist at the domain specified in the Request-URI.',
      },
    ],
  },
  {
    id: 'guide-403-vs-404-register-403-step-first',
    date: '2026-12-05',
    title: { en: '403 vs 404 guide: a registrar checks authorization (403) before the address-of-record (404)', ja: '403 と 404 の解説：レジストラは、アドレスオブレコード（404）より先に権限（403）を確認する' },
    pages: [{ compare: [403, 404] }],
    wrong: {
      en: 'The guide said a registrar answers 404 when the address-of-record in To is not valid for the domain, and 403 when it is valid but the authenticated user may not change its bindings, as if the 403 came only once the address had been found valid. In RFC 3261 §10.3 the authorization step, which ends in 403, comes before the address-of-record step, which ends in 404.',
      ja: '解説は、`To` のアドレスオブレコードがドメインで有効でなければ 404、有効だが認証されたユーザにバインディングを変更する権限がなければ 403 を返すとしており、アドレスが有効と確かめられた後にだけ 403 が返るかのように読めた。RFC 3261 §10.3 では、403 で終わる権限の確認が、404 で終わるアドレスオブレコードの確認より先に来る。',
    },
    now: {
      en: 'If the authenticated user is not authorized to modify the bindings, the registrar MUST answer 403; after that step, if the address-of-record is not valid for the domain in the Request-URI, it MUST answer 404 (RFC 3261 §10.3).',
      ja: '認証されたユーザにバインディングを変更する権限がなければ、レジストラは 403 を返さなければならない（MUST）。その段階の後、アドレスオブレコードが Request-URI のドメインで有効でなければ、404 を返さなければならない（MUST、RFC 3261 §10.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §10.3',
        quote: 'If the authenticated user is not authorized to modify bindings, the registrar MUST return a 403 (Forbidden) and skip the remaining steps.',
      },
      {
        ref: 'RFC3261 §10.3',
        quote: 'If the address-of-record is not valid for the domain in the Request-URI, the registrar MUST send a 404 (Not Found) response and skip the remaining steps.',
      },
    ],
  },
  {
    id: 'guide-404-vs-480-404-should-not-repeat',
    date: '2026-12-05',
    title: { en: '404 vs 480 guide: not repeating the same request after a 404 is a SHOULD NOT', ja: '404 と 480 の解説：404 の後に同じリクエストを繰り返さないのは SHOULD NOT である' },
    pages: [{ compare: [404, 480] }],
    wrong: {
      en: 'The guide said that after a 404 "repeating the same request will not help", as a plain fact.',
      ja: '解説は、404 の後は「同じリクエストを繰り返しても結果は変わらない」と、事実として書いていた。',
    },
    now: {
      en: 'After a 404, as after any 4xx, the client SHOULD NOT retry the same request without modification (RFC 3261 §21.4).',
      ja: '404 の後も、他の 4xx と同じく、クライアントは同じリクエストを変更せずに再試行すべきではない（SHOULD NOT、RFC 3261 §21.4）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4',
        quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).',
      },
    ],
  },
  {
    id: 'guide-412-vs-580-mandatory-defined-in-5-1',
    date: '2026-12-05',
    title: { en: '412 vs 580 guide: what a mandatory precondition means is in RFC 3312 §5.1', ja: '412 と 580 の解説：必須のプリコンディションの意味は RFC 3312 §5.1 にある' },
    pages: [{ compare: [412, 580] }],
    wrong: {
      en: 'The guide cited only RFC 3312 §5.1.1 for an offer saying that the session must not proceed until resources are in place. That section shows the a=des line, but it is §5.1 that says session establishment must not continue without the reservation.',
      ja: '解説は、リソースが確保されるまでセッションを進めてはならないことをオファーで示せるという記述に、RFC 3312 §5.1.1 だけを引いていた。同節は a=des 行を示すが、予約がなければセッションの確立を続けてはならないと定めているのは §5.1 である。',
    },
    now: {
      en: 'The guide cites RFC 3312 §5.1, where a mandatory strength means the user agents MUST provide resource reservation and otherwise session establishment MUST NOT continue, and RFC 3312 §5.1.1 for the a=des:qos mandatory e2e sendrecv line.',
      ja: '解説は、強度 mandatory ではユーザエージェントがリソースを予約しなければならず（MUST）、そうでなければセッションの確立を続けてはならない（MUST NOT）と定める RFC 3312 §5.1 と、a=des:qos mandatory e2e sendrecv 行の例を示す RFC 3312 §5.1.1 を引く。',
    },
    sources: [
      {
        ref: 'RFC3312 §5.1',
        quote: 'Mandatory: the user agents MUST provide resource reservation. Otherwise, session establishment MUST NOT continue.',
      },
      { ref: 'RFC3312 §5.1.1', quote: 'a=des:qos mandatory e2e sendrecv' },
    ],
  },
  {
    id: 'guide-480-vs-503-user-may-be-elsewhere',
    date: '2026-12-05',
    title: { en: '480 vs 503 guide: after a 480 the user could still be available elsewhere', ja: '480 と 503 の解説：480 の後も、ユーザが別の場所では応じられる可能性がある' },
    pages: [{ compare: [480, 503] }],
    wrong: {
      en: 'The guide said that when a 480 comes from the callee\'s device or the user\'s own proxy, another carrier "leads to the same user in the same state", and that rerouting "reaches the same unavailable user again" unless the 480 came from the route. RFC 3261 §21.4.18 adds that the user could also be available elsewhere, unbeknownst to the server that answered.',
      ja: '解説は、480 が着信者の端末やユーザ自身のプロキシから来たものなら、別のキャリアを通しても「同じ状態の同じユーザにたどり着く」とし、480 が経路から来た場合を除いて、迂回しても「応じられない同じユーザにもう一度たどり着く」としていた。RFC 3261 §21.4.18 は、応答したサーバが知らないだけで、ユーザが別の場所では応じられる可能性もあるとしている。',
    },
    now: {
      en: 'Another carrier that leads to the same device or proxy finds the user in the same state, but the user could be available elsewhere without that server knowing; rerouting can reach the same unavailable user again (RFC 3261 §21.4.18).',
      ja: '同じ端末やプロキシに着く別のキャリアでは、ユーザは同じ状態のままだが、そのサーバが知らないだけで、ユーザが別の場所では応じられる可能性もある。迂回しても、応じられない同じユーザにもう一度たどり着くことがある（RFC 3261 §21.4.18）。',
    },
    sources: [{ ref: 'RFC3261 §21.4.18', quote: 'The user could also be available elsewhere (unbeknownst to this server).' }],
  },

  // Generated sentences, read against the guides.
  {
    id: '503-not-relayed-unless-all-would-fail',
    date: '2026-12-05',
    title: { en: '503: a proxy may forward it when every request it could forward would get a 503 too', ja: '503：転送しうるどのリクエストにも 503 が返る場合は、プロキシが転送してよい' },
    pages: withComparisons(503),
    wrong: {
      en: 'The facts row of 503 and the comparison table said only that a proxy SHOULD NOT forward a 503 upstream, leaving out the exception in the same sentence of RFC 3261 §16.7.',
      ja: '503 の概要表と比較表は、プロキシが 503 を上流へ転送すべきではない（SHOULD NOT）とだけ示し、RFC 3261 §16.7 の同じ文にある例外を示していなかった。',
    },
    now: {
      en: 'A proxy SHOULD NOT forward a 503 upstream unless it can tell that every request it might forward would get a 503 too; when the 503 is the only response, it SHOULD send 500 (RFC 3261 §16.7).',
      ja: 'プロキシは、転送しうるどのリクエストにも 503 が返ると判断できる場合を除き、503 を上流へ転送すべきではなく（SHOULD NOT）、受けた応答が 503 だけなら 500 を返すべきである（SHOULD、RFC 3261 §16.7）。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it upstream unless it can determine that any subsequent requests it might proxy will also generate a 503.',
      },
      { ref: 'RFC3261 §16.7', quote: 'If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.' },
    ],
  },

  // Fresh reading of stack pages, pjsip, sofia, wireshark.
  {
    id: 'sofia-status-phrase-null-outside-100-699',
    date: '2026-12-05',
    title: { en: 'sofia-sip: sip_status_phrase() returns NULL, not an empty string, outside 100–699', ja: 'sofia-sip：100〜699 の範囲外では sip_status_phrase 関数は空文字列でなく NULL を返す' },
    pages: [{ stack: 'sofia' }],
    wrong: {
      en: 'The sofia-sip page said sip_status_phrase() returns an empty string for any code it has no entry for. It does so only for a code from 100 to 699; for a code outside that range it returns NULL before looking at its table.',
      ja: 'sofia-sip のページでは、sip_status_phrase 関数はエントリのないコードにはどれも空文字列を返すとしていた。空文字列を返すのは 100〜699 のコードだけであり、この範囲外のコードには、表を見る前に NULL を返す。',
    },
    now: {
      en: 'It says the empty string is returned for a code from 100 to 699 without an entry, and NULL for a code outside that range.',
      ja: '100〜699 のうちエントリのないコードには空文字列を返し、この範囲外のコードには NULL を返すとした。',
    },
    sources: [
      {
        url: 'https://github.com/freeswitch/sofia-sip/blob/7333682a297f28130ff46d5ef0f9e2f72adca0e8/libsofia-sip-ua/sip/sip_status.c#L131-L132',
        name: 'sofia-sip, libsofia-sip-ua/sip/sip_status.c, lines 131–132',
        quote: 'if (status < 100 || status > 699) return NULL;',
      },
      {
        url: 'https://github.com/freeswitch/sofia-sip/blob/7333682a297f28130ff46d5ef0f9e2f72adca0e8/libsofia-sip-ua/sip/sip_status.c#L212',
        name: 'sofia-sip, libsofia-sip-ua/sip/sip_status.c, line 212',
        quote: 'return "";',
      },
    ],
  },
  {
    id: 'sofia-freeswitch-phrases-when-rejecting-a-call',
    date: '2026-12-05',
    title: { en: 'sofia-sip: FreeSWITCH takes the phrase from it when rejecting a call, not for every response', ja: 'sofia-sip：FreeSWITCH がここからフレーズを取るのは呼を拒否するときであり、すべての応答ではない' },
    pages: [{ stack: 'sofia' }],
    wrong: {
      en: 'The sofia-sip page said “FreeSWITCH takes its reason phrases from it”, without a condition. mod_sofia takes the phrase from sip_status_phrase() when it rejects a call, and then only if no respond_phrase is set and no 603+ Reason is passed through; some other responses it builds carry phrases of its own, such as 503 “Maximum Calls In Progress” when it is at its session limit.',
      ja: 'sofia-sip のページでは、「FreeSWITCH のリーズンフレーズはここから来る」と条件なしに書いていた。mod_sofia がフレーズを sip_status_phrase 関数から取るのは呼を拒否するときであり、それも respond_phrase が設定されておらず、603+ の Reason を引き継がない場合に限られる。mod_sofia が組み立てるほかの応答には、セッション数が上限に達したときの 503 の `Maximum Calls In Progress` のように、独自のフレーズを付けるものもある。',
    },
    now: {
      en: 'It says FreeSWITCH takes the phrase from sip_status_phrase() when it rejects a call, with those two exceptions, and that some other responses carry phrases of FreeSWITCH’s own.',
      ja: 'FreeSWITCH は呼を拒否するときに、この二つの場合を除きフレーズを sip_status_phrase 関数から取ること、ほかの応答には FreeSWITCH 独自のフレーズを付けるものもあることを示した。',
    },
    sources: [
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L575-L585',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 575–585',
        quote: 'phrase = sip_status_phrase(sip_cause);',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia.c#L2456',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia.c, line 2456',
        quote: 'nua_respond(nh, 503, "Maximum Calls In Progress", SIPTAG_RETRY_AFTER_STR("300"), NUTAG_WITH_THIS(nua), TAG_END());',
      },
    ],
  },
  {
    id: 'wireshark-legend-bucket-is-for-statistics',
    date: '2026-12-05',
    title: { en: 'Wireshark: the class bucket shown for a missing code is where its statistics count it', ja: 'Wireshark：表にないコードに示すクラスの集計行は、統計で数えられる行である' },
    pages: [{ stack: 'wireshark' }],
    wrong: {
      en: 'The legend of the Wireshark page said that “no entry” is followed by what the project gives instead. What follows is the bucket, such as 499 “Client Error - Others”, under which sip_stat_packet() counts a code missing from sip_response_code_vals in the SIP statistics; the sip.reason_cause_sip field uses the same table directly, with no such bucket.',
      ja: 'Wireshark のページの凡例では、「エントリなし」の後にそのプロジェクトが代わりに返すものを示すとしていた。後に示しているのは、sip_response_code_vals にないコードを sip_stat_packet 関数が SIP の統計で数える集計行（499 の `Client Error - Others` など）である。sip.reason_cause_sip フィールドは同じ表をそのまま使い、このような集計行はない。',
    },
    now: {
      en: 'The legend says “no entry” is followed by the row of Wireshark’s SIP statistics that counts the code.',
      ja: '凡例で、「エントリなし」の後に、Wireshark の SIP 統計でそのコードを数える行を示すとした。',
    },
    sources: [
      {
        url: 'https://github.com/1g4-mirror/wireshark/blob/4a974d49716d640e4c6ada262bc198066dabe742/epan/dissectors/packet-sip.c',
        name: 'Wireshark (GitHub mirror 1g4-mirror/wireshark), epan/dissectors/packet-sip.c, sip_stat_packet()',
        quote: '} else if (!try_val_to_str(response_code, sip_response_code_vals)) { response_code = ((response_code / 100) * 100) + 99; }',
      },
      {
        url: 'https://github.com/1g4-mirror/wireshark/blob/4a974d49716d640e4c6ada262bc198066dabe742/epan/dissectors/packet-sip.c',
        name: 'Wireshark (GitHub mirror 1g4-mirror/wireshark), epan/dissectors/packet-sip.c, proto_register_sip(), hf_sip_reason_cause_sip',
        quote: 'FT_UINT32, BASE_DEC, VALS(sip_response_code_vals), 0x0,',
      },
    ],
  },
  {
    id: 'wireshark-status-code-invalid-filter-name',
    date: '2026-12-05',
    title: { en: 'Wireshark: the invalid-status-code expert info is filtered as sip.Status-Code.invalid', ja: 'Wireshark：不正なステータスコードのエキスパート情報は sip.Status-Code.invalid で絞り込む' },
    pages: [{ stack: 'wireshark' }],
    wrong: {
      en: 'The display-filter table of the Wireshark page listed the expert info for an invalid status code as “(expert info)”, without the name a filter uses, and gave its C variable, ei_sip_Status_Code_invalid, in the Type column. Wireshark registers it as sip.Status-Code.invalid, in the group PI_MALFORMED with severity PI_NOTE.',
      ja: 'Wireshark のページの表示フィルタの表では、不正なステータスコードに対するエキスパート情報を、フィルタで使う名前を示さずに `(expert info)` として挙げ、型の列には C の変数名 ei_sip_Status_Code_invalid を示していた。Wireshark はこれを sip.Status-Code.invalid として、グループ PI_MALFORMED、重大度 PI_NOTE で登録している。',
    },
    now: {
      en: 'The row names the field sip.Status-Code.invalid, and its Type column says it is expert info (PI_MALFORMED, PI_NOTE).',
      ja: '行のフィールド名を sip.Status-Code.invalid とし、型の列にはエキスパート情報（PI_MALFORMED、PI_NOTE）であることを示した。',
    },
    sources: [
      {
        url: 'https://github.com/1g4-mirror/wireshark/blob/4a974d49716d640e4c6ada262bc198066dabe742/epan/dissectors/packet-sip.c',
        name: 'Wireshark (GitHub mirror 1g4-mirror/wireshark), epan/dissectors/packet-sip.c, proto_register_sip(), ei[]',
        quote: '{ &ei_sip_Status_Code_invalid, { "sip.Status-Code.invalid", PI_MALFORMED, PI_NOTE, "Invalid Status-Code", EXPFILL }},',
      },
    ],
  },

  // Third fresh reading of guides, 2.
  {
    id: 'guide-603-vs-607-after-607-other-channels',
    date: '2026-12-05',
    title: { en: '603 vs 607 guide: what a caller can do after a 607', ja: '603 と 607 の解説：607 を受けた発信者にできること' },
    pages: [{ compare: [603, 607] }],
    wrong: {
      en: 'The guide told the caller, after a 607, to "remove it from automatic dialling", which no RFC says, and said that "a legitimate business can reach the customer another way", citing RFC 8688 §1. That section says a 607 can inform a legitimate caller to stop attempting to call the user, and that a legitimate caller who believes the rejection was an error can use other channels to contact the user.',
      ja: '解説は、607 の後は番号を「自動発信の対象から外す」としていたが、そう定める RFC はない。また、RFC 8688 §1 を挙げて「正当な事業者であれば、別の手段で顧客に連絡できる」としていた。同節が示すのは、607 は正当な発信者にそのユーザへの発信をやめるよう知らせうること、拒否が誤りだと考える正当な発信者は別の手段でユーザに連絡できることである。',
    },
    now: {
      en: 'After 607, the caller can take it as a sign to stop calling the user, and a legitimate caller who believes the rejection was a mistake can use other channels to reach them (RFC 8688 §1).',
      ja: '607 の後は、発信者はそれを、そのユーザへの発信をやめる合図と受け取れる。拒否が誤りだと考える正当な発信者は、別の手段で相手に連絡できる（RFC 8688 §1）、とした。',
    },
    sources: [
      { ref: 'RFC8688 §1', quote: 'For calls rejected with a 607 from a legitimate caller, receiving a 607 response code can inform the caller to stop attempting to call the user.' },
      { ref: 'RFC8688 §1', quote: 'Moreover, if a legitimate caller believes the user is rejecting their calls in error, they can use other channels to contact the user.' },
    ],
  },
  {
    id: 'guide-603-vs-608-603-does-not-wish-or-cannot',
    date: '2026-12-05',
    title: { en: '603 vs 608 guide: a 603 covers a user who does not wish to or cannot take part', ja: '603 と 608 の解説：603 は参加を望まないユーザにも参加できないユーザにも使う' },
    pages: [{ compare: [603, 608] }],
    wrong: {
      en: 'The guide said a 603 reaches the caller after the user "explicitly chose not to take part", citing RFC 3261 §21.6.2, which also covers a user who cannot participate.',
      ja: '解説は、603 はユーザが「明示的に参加しないと選んだ」ときに届くとして RFC 3261 §21.6.2 を挙げていたが、同節は参加できないユーザも含めている。',
    },
    now: {
      en: 'A 603 reaches the caller after the callee\'s machine was contacted and the user explicitly does not wish to, or cannot, take part (RFC 3261 §21.6.2).',
      ja: '603 は、着信者の端末に接続したうえで、ユーザが明示的に参加を望まない、または参加できないときに発信者へ届く（RFC 3261 §21.6.2）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.6.2', quote: 'The callee\'s machine was successfully contacted but the user explicitly does not wish to or cannot participate.' },
    ],
  },
  {
    id: 'guide-603-vs-608-cause-31-is-a-lowercase-should',
    date: '2026-12-05',
    title: { en: '603 vs 608 guide: RFC 3398 says unlisted codes "should" map to cause 31, and its table applies without encapsulated ISUP', ja: '603 と 608 の解説：表にないコードを理由表示 31 に対応付けるのは小文字の should であり、対応表はカプセル化された ISUP がない場合のもの' },
    pages: [{ compare: [603, 608] }],
    wrong: {
      en: 'The guide said as plain fact that RFC 3398 "maps the codes it does not list to cause 31", where RFC 3398 §8.2.6.1 says in a lowercase "should" that they be mapped so, and it gave the recommended mappings of 603 and 600 without the condition that the response carries no encapsulated ISUP.',
      ja: '解説は、RFC 3398 は表にないコードを理由表示 31 に「対応付ける」と事実として書いていたが、RFC 3398 §8.2.6.1 は小文字の should でそう対応付けるべきだとしている。また、603 と 600 の推奨される対応付けを、応答にカプセル化された ISUP がないという条件なしに示していた。',
    },
    now: {
      en: 'When the response carries no encapsulated ISUP, RFC 3398 recommends mapping 603 to cause 21 and 600 to cause 17; it says, in a lowercase "should", that codes it does not list, 608 among them, be mapped to cause 31 "normal, unspecified" (RFC 3398 §8.2.6.1).',
      ja: '応答にカプセル化された ISUP がない場合、RFC 3398 は 603 を理由表示 21 に、600 を理由表示 17 に対応付けることを推奨している。表にないコード（608 を含む）は理由表示 31（その他の正常クラス）に対応付けるべきである（小文字の should）としている（RFC 3398 §8.2.6.1）、とした。',
    },
    sources: [
      { ref: 'RFC3398 §8.2.6.1', quote: 'If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.' },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'Any SIP status codes not listed below (associated with SIP extensions, versions of SIP subsequent to the issue of this document, or simply omitted) should be mapping to cause code 31 "Normal, unspecified".',
      },
    ],
  },
  {
    id: 'guide-437-vs-438-what-438-means',
    date: '2026-12-05',
    title: { en: '437 vs 438 guide: 438 means no Identity header carries a valid and supported PASSporT', ja: '437 と 438 の解説：438 は有効で対応可能な PASSporT を持つ Identity ヘッダがないことを示す' },
    pages: [{ compare: [437, 438] }],
    wrong: {
      en: 'The summary defined 438 as "the credential was acceptable but the signature in the Identity header does not verify", which is one way to reach it. RFC 8224 §6.2.2 defines 438 as no Identity header in the request carrying a valid and supported PASSporT.',
      ja: '要約は 438 を「認証情報には問題がないが、Identity ヘッダの署名が検証できない」ことと定義していたが、これは 438 に至る場合の一つにすぎない。RFC 8224 §6.2.2 は、438 をリクエスト中に有効で対応可能な PASSporT を持つ Identity ヘッダが一つもないことと定めている。',
    },
    now: {
      en: '438 means no Identity header carries a valid and supported PASSporT, for example because, with a credential the verifier accepts, the signature does not verify against the request as received (RFC 8224 §6.2.2).',
      ja: '438 は、有効で対応可能な PASSporT を持つ Identity ヘッダが一つもないことを示す。たとえば、認証情報は受け入れ可能だが、署名が受信したリクエストに対して検証できない場合である（RFC 8224 §6.2.2）、とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.2.2',
        quote: 'The 438 "Invalid Identity Header" response indicates that of the set of Identity header fields in a request, no header field with a valid and supported PASSporT object has been received.',
      },
    ],
  },
  {
    id: 'guide-404-vs-484-404-not-unknown',
    date: '2026-12-05',
    title: { en: '404 vs 484 guide: a 404 says no such user exists in the domain, not merely that it is unknown', ja: '404 と 484 の解説：404 はそのドメインにユーザが存在しないことを示すのであり、未知というだけではない' },
    pages: [{ compare: [404, 484] }],
    wrong: {
      en: 'The summary said a 404 says the number or user "is complete but unknown", the weaker reading already corrected in the 404 vs 410 and 404 vs 604 guides, and the advice on which code to send said to answer 404 for a number that is "not assigned or not known".',
      ja: '要約は、404 は番号やユーザが「完全だが未知」であることを示すとしていた。これは 404 と 410、404 と 604 の解説ですでに改めた弱い読み方である。どちらを返すかの説明も、番号が「割り当てられていない、または未知である」場合に 404 を返すとしていた。',
    },
    now: {
      en: 'A 404 takes the number or user as complete and says no such user exists in the domain (RFC 3261 §21.4.5); the advice is to answer 404 for a number of the right length that is not assigned.',
      ja: '404 は番号やユーザの指定を完全なものとして受け取り、そのドメインにそのユーザは存在しないことを示す（RFC 3261 §21.4.5）、とした。どちらを返すかの説明では、桁数は正しいが割り当てられていない番号に 404 を返すとした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.5', quote: 'The server has definitive information that the user does not exist at the domain specified in the Request-URI.' },
    ],
  },

  {
    id: '607-fix-no-dialling-list-advice',
    date: '2026-12-05',
    title: { en: '607: what RFC 8688 says a caller can take from it, without advice it does not give', ja: '607：RFC 8688 が示す発信者への意味にとどめ、根拠のない助言を削除' },
    pages: [{ code: 607 }],
    wrong: {
      en: 'The advice for callers said to stop automatic retries and remove the number from dialling lists. No RFC says this; RFC 8688 §1 says only that a 607 can inform a legitimate caller to stop attempting to call the user.',
      ja: '発信者への対処は、自動再試行を止めて発信リストから番号を外すとしていた。これを示す RFC はない。RFC 8688 §1 が示すのは、607 が正当な発信者にそのユーザへの発信をやめるよう伝えうることだけである。',
    },
    now: {
      en: 'RFC 8688 §1 says a 607 can tell a legitimate caller to stop trying to call that user; a caller who believes the rejection was an error can use another channel.',
      ja: 'RFC 8688 §1 によれば、607 は正当な発信者に、そのユーザへの発信をやめるよう伝えうる。拒否が誤りだと考える発信者は、別の手段で連絡できる。',
    },
    sources: [
      {
        ref: 'RFC8688 §1',
        quote: 'For calls rejected with a 607 from a legitimate caller, receiving a 607 response code can inform the caller to stop attempting to call the user. Moreover, if a legitimate caller believes the user is rejecting their calls in error, they can use other channels to contact the user.',
      },
    ],
  },

  // Sixth reading, 404, 408, 480, 486, 487.
  {
    id: '480-404-user-does-not-exist',
    date: '2026-12-05',
    title: { en: '480: a 404 says the user does not exist, not that the address is unknown', ja: '480：404 が示すのは、ユーザが存在しないこと' },
    pages: [{ code: 480 }],
    wrong: {
      en: 'Among the look-alikes, the English page said that 404 means "the address is unknown in the domain". RFC 3261 gives 404 a stronger meaning: the server has definitive information that the user does not exist at the domain. The Japanese page spoke of the address rather than the user and gave no section.',
      ja: '似たコードの説明で、英語版は 404 を「アドレスがドメインで知られていない」ことと説明していた。RFC 3261 が 404 に与える意味はそれより強く、そのドメインにユーザが存在しないことをサーバが確かな情報として知っている、というものである。日本語版はユーザではなくアドレスが存在しないという書き方で、節も示していなかった。',
    },
    now: {
      en: 'Both languages say that 404 means the user does not exist in the domain (RFC 3261 §21.4.5), whereas 480 presumes the user exists.',
      ja: '両言語とも、404 はそのユーザがドメインに存在しないことを示し（RFC 3261 §21.4.5）、480 はユーザが存在することを前提にしている、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.5', quote: 'The server has definitive information that the user does not exist at the domain specified in the Request-URI.' },
    ],
  },

  {
    id: '408-summary-server-could-not-respond-in-time',
    date: '2026-12-05',
    title: { en: '408: a server\'s 408 need not mean that the far side did not answer', ja: '408：サーバの 408 は、先方が応答しなかったことを意味するとは限らない' },
    pages: [{ code: 408 }, { comparisonsWith: 408 }],
    wrong: {
      en: 'The summary said a 408 comes "either" from a proxy or gateway that gave up waiting on the far side "or" from the client\'s own timer, and the description said that "in practice" it has two origins, naming a stateful proxy as the one on the wire. RFC 3261 §21.4.9 defines 408 for any server that could not produce a response in time, and its own example is a server that could not locate the user in time, which is not a wait on the far side.',
      ja: '要約は、408 の出どころを、先方の応答を待ちきれなかったプロキシやゲートウェイと、クライアント自身のタイマの二つに限る書き方をしており、説明も「実際の」発生源は 2 つあるとして、ネットワーク上のものにステートフルプロキシだけを挙げていた。RFC 3261 §21.4.9 は 408 を、時間内に応答を作れなかったサーバ一般について定めており、その例はユーザの所在を時間内に特定できなかったサーバである。これは先方の応答待ちではない。',
    },
    now: {
      en: 'The summary says a server such as a proxy or gateway could not produce a final response in time, for example because it could not locate the user or the far side did not answer, or the client\'s own timer fired. The description says a 408 in a log comes either from a server on the wire, a stateful proxy being one example, or from the client\'s own timer.',
      ja: '要約は、プロキシやゲートウェイなどのサーバが時間内に最終応答を作れなかった場合（ユーザの所在を特定できなかった、先方が応答しなかったなど）と、クライアント自身のタイマが切れた場合とがある、とした。説明は、ログに現れる 408 はネットワーク上でサーバが返したもの（ステートフルプロキシはその一例）か、クライアント自身のタイマによるものである、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.9', quote: 'The server could not produce a response within a suitable amount of time, for example, if it could not determine the location of the user in time.' },
    ],
  },

  // Third fresh reading of guides, 5.
  {
    id: '486-600-guide-summary-486-not-busy',
    date: '2026-12-05',
    title: { en: '486 vs 600 guide: the summary no longer says that a 486 means the callee is busy', ja: '486 と 600 の解説：486 が着信者の話中を示すという要約を改めた' },
    pages: [{ compare: [486, 600] }],
    wrong: {
      en: 'The summary said that both responses mean the callee "was reached and is busy". The prose had already been corrected on this point: the definition of 486 covers a callee who is not willing, as well as one who is not able, to take additional calls at that end system, and only the definition of 600 says the callee is busy.',
      ja: '要約は、どちらの応答も着信者に「到達したが話中である」ことを示すとしていた。本文はこの点をすでに改めていた。486 の定義は、その端末でこれ以上の呼を受けられない着信者だけでなく、受けるつもりがない着信者も含み、着信者が話中であるとしているのは 600 の定義だけである。',
    },
    now: {
      en: 'The summary says both reach the callee\'s end system without the call being taken; 486 speaks for that device only, while 600 says the callee is busy and that no other end point will answer (RFC 3261 §21.4.24, §21.6.1).',
      ja: '要約は、どちらも着信者の端末には到達したが呼は受けられなかったことを示すとし、486 はその端末だけについての判定、600 は着信者が話中で他のどのエンドポイントも応答しないことを示す、とした（RFC 3261 §21.4.24、§21.6.1）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.24',
        quote: 'The callee\'s end system was contacted successfully, but the callee is currently not willing or able to take additional calls at this end system.',
      },
      {
        ref: 'RFC3261 §21.6.1',
        quote: 'The callee\'s end system was contacted successfully but the callee is busy and does not wish to take the call at this time.',
      },
    ],
  },
  {
    id: '486-600-guide-6xx-and-2xx',
    date: '2026-12-05',
    title: { en: '486 vs 600 guide: a proxy picks the 6xx over 3xx to 5xx responses, but still forwards a 2xx at once', ja: '486 と 600 の解説：プロキシは 3xx〜5xx より 6xx を選ぶが、2xx はただちに転送する' },
    pages: [{ compare: [486, 600] }],
    wrong: {
      en: 'The guide said a proxy that received a 6xx must pick it as the final response "even when another branch returned something lower". A 2xx is lower too, and RFC 3261 §16.7 makes a proxy forward any 2xx at once until a final response has been sent; the 6xx wins only over the 3xx, 4xx and 5xx responses stored in the context.',
      ja: '解説は、6xx を受けたプロキシは「他のブランチがより小さいクラスの応答を返していても」最終応答を 6xx から選ばなければならないとしていた。2xx もより小さいクラスであり、RFC 3261 §16.7 では、最終応答を送るまでは 2xx をただちに転送しなければならない。6xx が優先されるのは、応答コンテキストに保存された 3xx、4xx、5xx に対してである。',
    },
    now: {
      en: 'The proxy MUST choose from the 6xx responses if any exist in the context, even when other branches returned a 3xx, 4xx or 5xx; only a 2xx, which it MUST forward at once, can still get through before its CANCELs take effect (RFC 3261 §16.7).',
      ja: 'コンテキストに 6xx があれば、他のブランチが 3xx、4xx、5xx を返していても、プロキシは最終応答を 6xx から選ばなければならない（MUST）。それでも通るのは 2xx だけであり、プロキシはこれをただちに転送しなければならないので（MUST）、CANCEL が効く前に届けば発信者に渡る（RFC 3261 §16.7）、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'Until a final response has been sent on the server transaction, the following responses MUST be forwarded immediately:',
      },
      {
        ref: 'RFC3261 §16.7',
        quote: 'It MUST choose from the 6xx class responses if any exist in the context.',
      },
    ],
  },
  {
    id: '486-487-guide-487-without-cancel',
    date: '2026-12-05',
    title: { en: '486 vs 487 guide: not every genuine 487 follows a CANCEL, and a BYE is one more reason not to retry', ja: '486 と 487 の解説：正当な 487 がすべて CANCEL の後に来るわけではなく、BYE も再試行しない理由の一つである' },
    pages: [{ compare: [486, 487] }],
    wrong: {
      en: 'The trace section opened with "A genuine 487 has a CANCEL before it", although the guide itself names two genuine 487s without one: to an INVITE whose Expires ran out, and to a request still pending when a BYE ended its dialog. The advice on receiving a 487 listed a cancellation and an expired INVITE as the only causes, leaving out the BYE.',
      ja: 'トレースの読み方の節は「正当な 487 なら、その前に CANCEL が送られている」で始まっていたが、解説自身が CANCEL のない正当な 487 を二つ挙げている。Expires が切れた INVITE への 487 と、BYE でダイアログが終了したときに処理中だったリクエストへの 487 である。また、487 を受信したときの説明は、原因をキャンセルと Expires の期限切れだけとし、BYE を挙げていなかった。',
    },
    now: {
      en: 'A 487 to a cancelled INVITE has a CANCEL before it; a 487 also answers an INVITE whose Expires ran out (RFC 3261 §13.3.1) and a request still pending in a dialog that a BYE ended (RFC 3261 §15.1.2), and neither is worth retrying.',
      ja: 'キャンセルされた INVITE への 487 なら、その前に CANCEL がある。487 は、Expires が切れた INVITE（RFC 3261 §13.3.1）や、BYE で終了したダイアログで処理中だったリクエスト（RFC 3261 §15.1.2）にも返り、どちらも再試行する対象ではない、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1',
        quote: 'If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated) response SHOULD be generated.',
      },
      {
        ref: 'RFC3261 §15.1.2',
        quote: 'It is RECOMMENDED that a 487 (Request Terminated) response be generated to those pending requests.',
      },
    ],
  },
  {
    id: '488-606-guide-warning-to-cause',
    date: '2026-12-05',
    title: { en: '488 vs 606 guide: the ISUP cause for both is 31 for most Warning codes, 65 for a bearer capability', ja: '488 と 606 の解説：両者の ISUP 理由表示は、大半の警告コードで 31、伝達能力についての警告なら 65 である' },
    pages: [{ compare: [488, 606] }],
    wrong: {
      en: 'The guide said the ISUP cause for 488 and 606 "is derived from the Warning header", as if each warn-code had its own cause. RFC 3398 recommends cause 31 for most assigned Warning codes and cause 65 only when the warning speaks to an unavailable bearer capability.',
      ja: '解説は、488 と 606 の ISUP 理由表示は「Warning ヘッダから決まる」とし、警告コードごとに理由表示があるかのように書いていた。RFC 3398 が推奨しているのは、大半の警告コードに理由表示 31、利用できない伝達能力を示す警告の場合に限って理由表示 65 である。',
    },
    now: {
      en: 'RFC 3398 maps both "by Warning header", recommending cause 31 "normal, unspecified" for most warn-codes and cause 65 "bearer capability not implemented" when the Warning speaks to an unavailable bearer capability (RFC 3398 §8.2.6.1).',
      ja: 'RFC 3398 はどちらも「Warning ヘッダによる」とし、大半の警告コードには理由表示 31（その他の正常クラス）を、Warning が使えない伝達能力を示す場合には理由表示 65（未提供伝達能力指定）を推奨している（RFC 3398 §8.2.6.1）、とした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'This document recommends that \'31 Normal, unspecified\' SHOULD by default be used for most currently assigned Warning codes. If the Warning code speaks to an unavailable bearer capability, cause code \'65 Bearer Capability Not Implemented\' is a RECOMMENDED mapping.',
      },
    ],
  },

  // Sixth reading, 403, 488, 500, 503, 603.
  {
    id: '503-gateway-out-of-circuits-not-rfc-3398',
    date: '2026-12-05',
    title: { en: '503: RFC 3398 maps ISUP causes to 503, not a gateway\'s own lack of circuits', ja: '503：RFC 3398 が 503 に対応付けるのは ISUP の理由表示であり、ゲートウェイ自身の回線不足ではない' },
    pages: [{ code: 503 }],
    wrong: {
      en: 'A scenario had a PSTN gateway that "runs out of circuits towards the exchange, or receives an ISUP release with cause 34 or 42" answer 503 "in line with RFC 3398". RFC 3398 §7.2.4.1 recommends 503 for ISUP release causes such as 34 and 42; a gateway whose own circuits are all in use has received no release, and RFC 3398 gives no code for that case.',
      ja: '事例で、PSTN ゲートウェイが「交換機向けの回線を使い切るか、理由表示 34 や 42 の ISUP 解放を受け」、「RFC 3398 に沿って」503 を返すとしていた。RFC 3398 §7.2.4.1 が 503 を推奨しているのは、34 や 42 などの理由表示を持つ ISUP 解放に対してである。自分の回線をすべて使っているゲートウェイは解放を受けておらず、RFC 3398 はこの場合のコードを定めていない。',
    },
    now: {
      en: 'For causes 34 and 42 the gateway answers 503, the code RFC 3398 §7.2.4.1 recommends; a gateway whose own circuits are all in use answers 503 because it is temporarily unable to process the request (RFC 3261 §21.5.4), not because RFC 3398 says so.',
      ja: '理由表示 34 や 42 には、RFC 3398 §7.2.4.1 が推奨する 503 を返す。自分の回線をすべて使っているゲートウェイが 503 を返すのは、一時的にリクエストを処理できないからであり（RFC 3261 §21.5.4）、RFC 3398 の定めによるものではない、とした。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      { ref: 'RFC3398 §7.2.4.1', quote: '34 no circuit available 503 Service unavailable' },
      { ref: 'RFC3261 §21.5.4', quote: 'The server is temporarily unable to process the request due to a temporary overloading or maintenance of the server.' },
    ],
  },
  {
    id: '603-why-608-exists-is-rfc-8688-section-1',
    date: '2026-12-05',
    title: { en: '603: why 608 exists is said in RFC 8688 §1, not §3.1', ja: '603：608 が設けられた理由を示すのは RFC 8688 §3.1 ではなく §1' },
    pages: [{ code: 603 }],
    wrong: {
      en: 'A fix said an intermediary MAY send 608 "so that the rejection is not taken for the user\'s", citing only RFC 8688 §3.1. That section gives the MAY and says what a 608 indicates; the purpose, telling a user\'s rejection from an intermediary\'s, is stated in RFC 8688 §1.',
      ja: '対処方法で、仲介装置は 608 を送ってもよく（MAY）、「こうすれば、その拒否がユーザによるものと受け取られない」とし、出典を RFC 8688 §3.1 だけとしていた。同節が定めるのは MAY と 608 が示す内容であり、ユーザによる拒否と仲介装置による拒否を区別するという目的を示しているのは RFC 8688 §1 である。',
    },
    now: {
      en: 'The MAY keeps RFC 8688 §3.1; the purpose, that a caller can tell an intermediary\'s rejection from the user\'s, now cites RFC 8688 §1.',
      ja: 'MAY の出典は RFC 8688 §3.1 のままとし、仲介装置による拒否とユーザによる拒否を発信者が区別できるようにするという目的には RFC 8688 §1 を挙げた。',
    },
    sources: [
      { ref: 'RFC8688 §3.1', quote: 'An intermediary MAY issue the 608 response code in a failure response for an INVITE, MESSAGE, SUBSCRIBE, or other out-of-dialog SIP [RFC3261] request to indicate that an intermediary rejected the offered communication as unwanted by the user.' },
      { ref: 'RFC8688 §1', quote: 'As described below, we need a distinct indicator to differentiate between a user rejection and an intermediary\'s rejection of a call.' },
    ],
  },
  {
    id: '500-definition-not-an-understood-request',
    date: '2026-12-05',
    title: { en: '500: RFC 3261 does not say the request was understood', ja: '500：RFC 3261 は、リクエストが理解されたとは示していない' },
    pages: [{ code: 500 }],
    wrong: {
      en: 'The description said RFC 3261 §21.5.1 defines 500 as "the catch-all for a server that failed while handling a request it otherwise understood". The section speaks of an unexpected condition that prevented the server from fulfilling the request; it says nothing about the request having been understood, and does not call the code a catch-all.',
      ja: '説明で、RFC 3261 §21.5.1 の 500 は「リクエスト自体は理解できたのに処理の途中でサーバが失敗した場合の包括的な応答」であるとしていた。同節が示すのは、想定外の状態のためにサーバがリクエストを処理できなかったことであり、リクエストが理解されたことには触れておらず、包括的な応答とも呼んでいない。',
    },
    now: {
      en: 'RFC 3261 §21.5.1 defines 500 for a server that ran into an unexpected condition and so could not fulfil the request; a software exception, a lost database connection or an internal resource that could not be allocated are examples the section does not name.',
      ja: 'RFC 3261 §21.5.1 は、想定外の状態のためにサーバがリクエストを処理しきれなかった場合の応答として 500 を定めている、とした。例として、ソフトウェアの例外、データベース接続の喪失、内部リソースの確保失敗を残し、同節が挙げる例ではないことを示した。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.1', quote: 'The server encountered an unexpected condition that prevented it from fulfilling the request.' },
    ],
  },
  {
    id: '488-606-guide-488-should-is-for-invite',
    date: '2026-12-05',
    title: { en: '488 vs 606 guide: the SHOULD to answer 488 is for an offer in an INVITE', ja: '488 と 606 の解説：488 を返すべき（SHOULD）とされるのは INVITE のオファーを拒否する場合' },
    pages: [{ compare: [488, 606] }],
    wrong: {
      en: 'The guide said "A UAS that rejects an offer SHOULD send 488", citing RFC 3261 §13.3.1.3, which says this of an offer contained in an INVITE. For a re-INVITE or an UPDATE, RFC 3261 §14.2 and RFC 3311 §5.2 say the UAS can reject it with 488.',
      ja: '解説は「オファーを拒否する UAS は 488 を返すべきである（SHOULD）」とし、RFC 3261 §13.3.1.3 を挙げていたが、同節がそう定めているのは INVITE に含まれるオファーについてである。re-INVITE や UPDATE については、RFC 3261 §14.2 と RFC 3311 §5.2 が 488 で拒否できるとしている。',
    },
    now: {
      en: 'A UAS that rejects the offer in an INVITE SHOULD send 488 (RFC 3261 §13.3.1.3).',
      ja: 'INVITE のオファーを拒否する UAS は 488 を返すべきである（SHOULD、RFC 3261 §13.3.1.3）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §13.3.1.3', quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response.' },
      { ref: 'RFC3311 §5.2', quote: 'If the new session description is not acceptable, the UAS can reject it by returning a 488 (Not Acceptable Here) response for the UPDATE.' },
    ],
  },

  // Sender citations per role.
  {
    id: 'comparisons-sender-citations-per-role',
    date: '2026-12-05',
    title: { en: 'Comparison pages: each sender is cited with the sections that show it', ja: '比較ページ：送信元ごとに、それを示す節だけを根拠に挙げる' },
    pages: [{ compare: [100, 180] }, { compare: [404, 486] }, { compare: [480, 486] }, { compare: [500, 501] }],
    wrong: {
      en: 'The sentences on senders ("Both can come from …", "… can also come from …") cited every sender section of both codes, whichever senders they named. "404 can also come from a proxy, a registrar and a redirect server" cited RFC 3398 §7.2.4.1, the ISUP-to-SIP mapping a gateway applies; "100 can also come from a proxy" cited RFC 3398 §7.2.1, where a gateway sends 100 Trying; and "Both can come from a user agent server and a gateway" on 480 vs 486 cited RFC 3261 §16.5, which is about proxies.',
      ja: '送信元についての文（「どちらも…から返されうる」「…からも返されうる」）は、挙げる送信元にかかわらず、両方のコードの送信元の節をすべて根拠に挙げていた。「404 はプロキシ・レジストラ・リダイレクトサーバからも返されうる」の根拠には、ゲートウェイが使う ISUP から SIP への対応表である RFC 3398 §7.2.4.1 を、「100 はプロキシからも返されうる」の根拠には、ゲートウェイが 100 Trying を送ることを示す RFC 3398 §7.2.1 を挙げていた。480 と 486 の「どちらも UAS・ゲートウェイから返されうる」の根拠にも、プロキシの動作を定める RFC 3261 §16.5 が含まれていた。',
    },
    now: {
      en: 'Each sentence cites, for the code it is about, only the sections that show the senders it names: "404 can also come from a proxy, a registrar and a redirect server (RFC 3261 §16.5, RFC 3261 §10.3, RFC 3261 §8.3)", "100 can also come from a proxy (RFC 3261 §21.1.1, RFC 3261 §16.2)". The data records for every code which section shows which sender, and the dataset gives them as sentByRefs.',
      ja: '各文は、対象のコードについて、挙げる送信元を示す節だけを根拠にする。「404 はプロキシ・レジストラ・リダイレクトサーバからも返されうる（RFC 3261 §16.5、RFC 3261 §10.3、RFC 3261 §8.3）」「100 はプロキシからも返されうる（RFC 3261 §21.1.1、RFC 3261 §16.2）」のようにした。どの節がどの送信元を示すかはすべてのコードについてデータに記録し、データセットでも sentByRefs として示す。',
    },
    sources: [
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: 'Note that it is not necessarily appropriate to map some ISDN cause codes to SIP messages because these cause codes are only meaningful to the ISUP interface of a gateway.',
      },
      {
        ref: 'RFC3398 §7.2.1',
        quote: 'When an INVITE request is received by the gateway, a "100 Trying" response MAY be sent back to the SIP network indicating that the gateway is handling the call.',
      },
      { ref: 'RFC3261 §16.5', quote: 'If the Request-URI indicates a resource at this proxy that does not exist, the proxy MUST return a 404 (Not Found) response.' },
      {
        ref: 'RFC3261 §16.2',
        quote: 'The proxy core MUST behave as a UAS with respect to sending an immediate provisional on that server transaction (such as 100 Trying) as described in Section 8.2.6.',
      },
    ],
  },

  {
    id: '4xx-never-resend-unchanged',
    date: '2026-12-05',
    title: { en: 'Final 4xx refusals: do not resend the same request unchanged, as RFC 3261 §21.4 puts it', ja: '4xx の拒否：RFC 3261 §21.4 のとおり、同じリクエストをそのまま再び送らない' },
    pages: withComparisons(402, 403, 404, 405, 410, 481, 482, 483, 487, 489),
    wrong: {
      en: 'The facts row and the comparison sentences said "Do not resend the same request", without the condition RFC 3261 §21.4 attaches: the client SHOULD NOT retry the same request without modification, and the same request to a different server might succeed.',
      ja: '概要表と比較の文は「同じリクエストを再び送らない」とし、RFC 3261 §21.4 の条件を示していなかった。クライアントが避けるべきなのは変更を加えずに同じリクエストを再び送ることであり（SHOULD NOT）、別のサーバなら同じリクエストが成功することもある。',
    },
    now: {
      en: 'They say "Do not resend the same request unchanged" (RFC 3261 §21.4).',
      ja: '「同じリクエストをそのまま再び送らない」とした（RFC 3261 §21.4）。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4',
        quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization). However, the same request to a different server might be successful.',
      },
    ],
  },

  {
    id: '488-warning-should-for-invite-offers',
    date: '2026-12-05',
    title: { en: '488: the Warning header is a SHOULD when the 488 rejects an offer in an INVITE', ja: '488：Warning ヘッダが SHOULD なのは、INVITE のオファーを 488 で拒否する場合である' },
    pages: [{ code: 488 }],
    wrong: {
      en: 'The headers list gave Warning as a SHOULD in every 488, and the trace explainer expected it in a 488 to any method. RFC 3261 §13.3.1.3 asks for it in the 488 that rejects an offer contained in an INVITE.',
      ja: 'ヘッダの一覧は、すべての 488 で Warning を SHOULD としており、トレース解析もどのメソッドへの 488 にもこれを求めていた。RFC 3261 §13.3.1.3 がこれを求めるのは、INVITE に含まれるオファーを拒否する 488 である。',
    },
    now: {
      en: 'Warning is listed as a SHOULD in a 488 to an INVITE (RFC 3261 §13.3.1.3).',
      ja: 'Warning は、INVITE への 488 で付けるべきもの（SHOULD）とした（RFC 3261 §13.3.1.3）。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response. Such a response SHOULD include a Warning header field value explaining why the offer was rejected.',
      },
    ],
  },

  {
    id: '408-non-invite-ban-is-for-transaction-stateful',
    date: '2026-12-05',
    title: { en: '408: the ban on 408 to a non-INVITE request binds transaction-stateful elements', ja: '408：INVITE 以外への 408 の禁止は、トランザクションステートフルな装置が対象である' },
    pages: [{ code: 408 }],
    wrong: {
      en: 'The advice for servers said "never answer a non-INVITE request with 408", wider than RFC 4320 §4.2 and without its strength.',
      ja: 'サーバ側への対処は「INVITE 以外のリクエストには 408 を返さない」とし、RFC 4320 §4.2 より広く、その強さも示していなかった。',
    },
    now: {
      en: 'A transaction-stateful element MUST NOT answer a non-INVITE request with 408 (RFC 4320 §4.2).',
      ja: 'トランザクションステートフルな装置は、INVITE 以外のリクエストに 408 を返してはならない（MUST NOT、RFC 4320 §4.2）。',
    },
    sources: [
      { ref: 'RFC4320 §4.2', quote: 'A transaction-stateful SIP element MUST NOT send a response with Status-Code of 408 to a non-INVITE request.' },
    ],
  },

  // Seventh reading, 501, 502, 504, 600, 606.
  {
    id: '504-server-timeout-is-rfc-3398s-spelling-not-a-products',
    date: '2026-12-05',
    title: { en: '504: "Server Timeout" is RFC 3398\'s spelling, not a product\'s that we can show', ja: '504：「Server Timeout」は RFC 3398 の表記であり、それを出す製品は示せない' },
    pages: [{ code: 504 }],
    wrong: {
      en: 'The description said the reason phrase "varies between products ("Server Time-out", "Server Timeout", HTTP\'s "Gateway Time-out")". None of the stacks whose source we read prints "Server Timeout": pjsip, OpenSIPS and Wireshark use the registered "Server Time-out", Kamailio "Server Time-Out" and sofia-sip "Gateway Time-out". "Server Timeout" is how RFC 3398 §7.2.2 writes the 504 a gateway sends when ISUP timer T7 expires, and no product was shown to print it.',
      ja: '説明で、リーズンフレーズは「製品によって『Server Time-out』『Server Timeout』、HTTP 由来の『Gateway Time-out』などとまちまち」としていた。ソースを読んだスタックに「Server Timeout」を出すものはない。pjsip、OpenSIPS、Wireshark は登録どおりの「Server Time-out」、Kamailio は「Server Time-Out」、sofia-sip は「Gateway Time-out」である。「Server Timeout」は、ISUP のタイマ T7 が満了したときにゲートウェイが返す 504 を RFC 3398 §7.2.2 が書き表した表記であり、これを出す製品は示されていなかった。',
    },
    now: {
      en: 'The reason phrase varies: IANA registers "Server Time-out", sofia-sip (and so FreeSWITCH) prints HTTP\'s "Gateway Time-out", and RFC 3398 itself writes "Server Timeout" (§7.2.2) and "Gateway timeout" (§7.2.4.1); searching logs by the number is safer than by the text.',
      ja: 'リーズンフレーズは一定しない。IANA の登録は「Server Time-out」、sofia-sip（したがって FreeSWITCH）が出すのは HTTP 由来の「Gateway Time-out」であり、RFC 3398 自身も「Server Timeout」（§7.2.2）や `Gateway timeout`（§7.2.4.1）と書いている。ログは文言ではなく番号で検索するほうが確実である、とした。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.2', quote: 'A \'504 Server Timeout\' SHOULD be sent back to the SIP network.' },
      { ref: 'RFC3398 §7.2.4.1', quote: '102 recovery of timer expiry 504 Gateway timeout' },
    ],
  },
  {
    id: '600-486-same-start-not-same-situation',
    date: '2026-12-05',
    title: { en: '600: RFC 3261 does not describe 486 as a busy callee', ja: '600：RFC 3261 は 486 を着信者の話中としては定めていない' },
    pages: [{ code: 600 }],
    wrong: {
      en: 'The description said RFC 3261 §21.6.1 describes "the same situation as 486 (the callee\'s end system was contacted and the callee is busy)". RFC 3261 §21.4.24 defines 486 as a callee not willing or able to take additional calls at that end system; "busy and does not wish to take the call at this time" is the wording of 600 only.',
      ja: '説明で、RFC 3261 §21.6.1 の 600 は「[[486]] と同じ状況で、着信者の端末には到達したが着信者が話中である」としていた。RFC 3261 §21.4.24 が定める 486 は、着信者がその端末ではこれ以上の呼を受けるつもりがない、または受けられない場合であり、「話中で、今は呼を受けたくない」は 600 だけの定義である。',
    },
    now: {
      en: 'RFC 3261 §21.6.1 starts where 486 starts, with the callee\'s end system contacted successfully and the call not taken (for 600, the callee is busy and does not wish to take the call at this time), and adds one claim: no other end point will answer.',
      ja: '600 の出発点は 486 と同じで、着信者の端末には到達したが呼は受けられない（600 では、着信者が話中で、今は呼を受けたくない）。そこに、他のエンドポイントも応答しないという点が加わる、とした。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.24', quote: 'The callee\'s end system was contacted successfully, but the callee is currently not willing or able to take additional calls at this end system.' },
      { ref: 'RFC3261 §21.6.1', quote: 'The callee\'s end system was contacted successfully but the callee is busy and does not wish to take the call at this time.' },
    ],
  },
  {
    id: '606-488-should-is-for-an-invite-offer',
    date: '2026-12-05',
    title: { en: '606: the SHOULD to answer 488 is for an offer in an INVITE, and the exception for 606 is in RFC 3261 §21.6.4', ja: '606：488 を返すべき（SHOULD）とされるのは INVITE のオファーであり、606 の例外は RFC 3261 §21.6.4 が定める' },
    pages: [{ code: 606 }],
    wrong: {
      en: 'The description said "RFC 3261 §13.3.1.3 says a UAS rejecting an offer SHOULD send 488"; that section says this of an offer contained in an INVITE. A fix told a UA to send 488 "unless you know that none of the user\'s other devices could accept the offer", citing only RFC 3261 §13.3.1.3, which names no such exception for 606; RFC 3261 §21.6.4 does.',
      ja: '説明で、「RFC 3261 §13.3.1.3 は、オファーを拒否する UAS は 488 を返すべきである（SHOULD）としている」としていたが、同節がそう定めているのは INVITE に含まれるオファーについてである。また対処方法で、「ユーザの他の端末もそのオファーを受けられないと確実にわかっている場合を除き」488 を返すとし、出典を RFC 3261 §13.3.1.3 だけとしていたが、606 についてのこの例外を示すのは同節ではなく RFC 3261 §21.6.4 である。',
    },
    now: {
      en: 'RFC 3261 §13.3.1.3 says a UAS rejecting an offer contained in an INVITE SHOULD send 488; the fix cites RFC 3261 §13.3.1.3 and §21.6.4, which returns 606 only when no other end point will answer.',
      ja: 'INVITE に含まれるオファーを拒否する UAS は 488 を返すべきである（SHOULD、RFC 3261 §13.3.1.3）とした。対処方法の出典には、他のエンドポイントが応答しない場合にだけ 606 を返すとする RFC 3261 §21.6.4 を加えた。',
    },
    sources: [
      { ref: 'RFC3261 §13.3.1.3', quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response.' },
      { ref: 'RFC3261 §21.6.4', quote: 'This status response is returned only if the client knows that no other end point will answer the request.' },
    ],
  },

  // Seventh reading, 180, 183, 200, 401, 407.
  {
    id: '200-proxy-sender-sections',
    date: '2026-12-05',
    title: { en: '200: the sections that show a proxy sending its own 200', ja: '200：プロキシが自ら 200 を返すことを示す節' },
    pages: withComparisons(200),
    wrong: {
      en: 'The facts table, and the comparison sentences "200 can also come from a proxy", cited RFC 3261 §16.7 for a proxy sending 200. That section is about the responses a proxy receives and forwards, 2xx among them; it never has the proxy answer with a 200 of its own, so it does not show a proxy as a sender of the code.',
      ja: '概要表と比較ページの「200 はプロキシからも返されうる」という文は、プロキシが 200 を送ることの根拠に RFC 3261 §16.7 を挙げていた。この節が定めるのは、プロキシが受け取って転送する応答（2xx を含む）の扱いであり、プロキシが自ら 200 で応答する場面はない。そのため、プロキシがこのコードの送信元であることの根拠にはならない。',
    },
    now: {
      en: 'A proxy is cited as a sender of 200 with the two sections where it answers a request itself: an OPTIONS it responds to, with a 200 listing its capabilities (RFC 3261 §11.2), and a CANCEL that matches a response context (RFC 3261 §16.10). The dataset carries the same sections.',
      ja: 'プロキシが 200 の送信元であることの根拠には、プロキシ自身がリクエストに応答する二つの節を挙げた。自ら応答する OPTIONS に、自身の能力を列挙した 200 を返す場合（RFC 3261 §11.2）と、応答コンテキストに一致する CANCEL に 200 を返す場合（RFC 3261 §16.10）である。データセットも同じ節になった。',
    },
    sources: [
      { ref: 'RFC3261 §11.2', quote: 'If the response to an OPTIONS is generated by a proxy server, the proxy returns a 200 (OK), listing the capabilities of the server.' },
      { ref: 'RFC3261 §16.10', quote: 'If a matching response context is found, the element MUST immediately return a 200 (OK) response to the CANCEL request.' },
    ],
  },
  {
    id: '180-forwarded-until-final-response',
    date: '2026-12-05',
    title: { en: '180 and comparisons of 1xx codes: forwarded at once until the proxy has sent a final response', ja: '180 と 1xx の比較ページ：直ちに中継されるのは、プロキシが最終応答を送るまで' },
    pages: [{ code: 180 }, { comparisonsWith: 180 }, { comparisonsWith: 181 }, { comparisonsWith: 182 }, { comparisonsWith: 183 }, { comparisonsWith: 199 }],
    wrong: {
      en: 'The description of 180 said that every proxy forwards a 180 upstream immediately, and comparisons of a 1xx code with a code of another scope said "a proxy forwards it upstream at once". RFC 3261 §16.7 requires that only until a final response has been sent on the server transaction; after that a stateful proxy forwards at once only a 2xx to an INVITE, so a 1xx arriving late on another branch is not forwarded immediately.',
      ja: '180 の説明は、各プロキシが 180 を直ちに上流へ中継するとしており、1xx のコードと適用範囲の異なるコードとの比較ページは「プロキシはただちに上流へ転送し」としていた。RFC 3261 §16.7 がそう求めるのは、サーバトランザクションで最終応答を送るまでである。その後ステートフルプロキシが直ちに転送するのは INVITE への 2xx だけなので、別のブランチから遅れて届いた 1xx は直ちには中継されない。',
    },
    now: {
      en: 'The 180 page, in both languages, says that a proxy that has not yet sent a final response forwards the 180 upstream immediately (RFC 3261 §16.7), and the comparisons say "a proxy that has not yet sent a final response forwards it upstream at once".',
      ja: '180 のページは両言語とも、まだ最終応答を送っていないプロキシは 180 を直ちに上流へ中継する（RFC 3261 §16.7）とし、比較ページは「まだ最終応答を送っていないプロキシはただちに上流へ転送し」とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'Until a final response has been sent on the server transaction, the following responses MUST be forwarded immediately: - Any provisional response other than 100 (Trying)',
      },
    ],
  },
  {
    id: '401-407-cancel-sentence-section',
    date: '2026-12-05',
    title: { en: 'Comparisons of 401 and 407: the section that forbids challenging CANCEL', ja: '401 と 407 の比較ページ：CANCEL へのチャレンジを禁じる節' },
    pages: [{ comparisonsWith: 401 }, { comparisonsWith: 407 }],
    wrong: {
      en: 'The sentences "A server must not answer CANCEL with 401" and "… with 407" cited, besides RFC 3261 §22.1, the definition of each code (RFC 3261 §21.4.2 for 401, §21.4.8 for 407). Neither definition says anything about CANCEL.',
      ja: '「サーバは CANCEL に 401 を返してはならない」「… 407 を返してはならない」という文は、RFC 3261 §22.1 に加えて、各コードの定義（401 は RFC 3261 §21.4.2、407 は §21.4.8）を根拠に挙げていた。どちらの定義も CANCEL には触れていない。',
    },
    now: {
      en: 'Both sentences cite only RFC 3261 §22.1, which forbids servers to challenge CANCEL because it cannot be resubmitted.',
      ja: 'どちらの文も、CANCEL は送り直せないのでチャレンジしてはならないと定める RFC 3261 §22.1 だけを根拠に挙げる。',
    },
    sources: [
      { ref: 'RFC3261 §22.1', quote: 'servers MUST NOT attempt to challenge CANCEL requests since these requests cannot be resubmitted.' },
    ],
  },

  // Seventh reading, 415, 481, 482, 484, 491.
  {
    id: '415-488-should-for-offer-in-invite-and-content-type-section',
    date: '2026-12-05',
    title: { en: '415: the SHOULD to answer 488 is for an offer in an INVITE, and the 415 rule for a body type is in RFC 3261 §8.2.3', ja: '415：488 を返すべきだとする規定は INVITE のオファーが対象であり、ボディのタイプで 415 とする規定は RFC 3261 §8.2.3 にある' },
    pages: [{ code: 415 }],
    wrong: {
      en: 'The description said that a UAS that understands SDP but rejects "the offer" SHOULD answer 488, and a fix told a server that answers a codec mismatch with 415 to change to 488, citing RFC 3261 §13.3.1.3; that section sets the SHOULD for an offer contained in an INVITE, while the page is about any request with a body. The Content-Type note said a body type the UAS cannot process provokes the 415, citing only RFC 3261 §20.15, which defines the header and says nothing about 415.',
      ja: '説明で、SDP を理解したうえで「オファー」を拒否する UAS は 488 を返すべきだとし、対処法でもコーデック不一致に 415 を返すサーバは 488 に改めるとして、RFC 3261 §13.3.1.3 を出典としていた。この節が SHOULD を定めるのは INVITE に含まれるオファーについてであり、このページはボディを持つあらゆるリクエストを扱っている。また Content-Type の注記で、UAS が処理できないボディのタイプが 415 を招くとし、出典を RFC 3261 §20.15 だけとしていたが、同節はヘッダを定義するもので、415 には触れていない。',
    },
    now: {
      en: 'The description and the fix give the SHOULD for an offer contained in an INVITE (RFC 3261 §13.3.1.3). The Content-Type note cites RFC 3261 §8.2.3 for the 415 rule: a body whose type is not understood, in a part that is not optional, MUST be rejected with 415.',
      ja: '説明と対処法では、SHOULD を INVITE に含まれるオファーについての規定とした（SHOULD、RFC 3261 §13.3.1.3）。Content-Type の注記では、415 の規定の出典を RFC 3261 §8.2.3 とした。タイプを理解できないボディが省略可能でないパートにあれば、415 で拒否しなければならない（MUST）。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.3',
        quote: 'A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response.',
      },
      {
        ref: 'RFC3261 §8.2.3',
        quote: 'If there are any bodies whose type (indicated by the Content-Type), language (indicated by the Content-Language) or encoding (indicated by the Content-Encoding) are not understood, and that body part is not optional (as indicated by the Content-Disposition header field), the UAS MUST reject the request with a 415 (Unsupported Media Type) response.',
      },
    ],
  },
  {
    id: '481-other-usage-of-the-dialog-and-cancel-200',
    date: '2026-12-05',
    title: { en: '481: a 481 to a request of another usage does not end the call, and why a held INVITE transaction gets a CANCEL 200', ja: '481：別の用途のリクエストへの 481 では通話は終わらない。また INVITE トランザクションを保持していれば CANCEL に 200 を返す理由' },
    pages: [{ code: 481 }],
    wrong: {
      en: 'A fix told the reader, after a 481 to any mid-dialog request other than CANCEL, to send a BYE for an INVITE dialog and release the call, citing RFC 5057 §5.1 among others. RFC 5057 §5.1 reads a 481 as the loss of the usage the request belongs to, and says the dialog should not be destroyed unless that was the last usage: a 481 to a NOTIFY for a REFER inside a call ends the subscription, not the call. The flow caption said a UAS that keeps the INVITE transaction in the Accepted state answers a late CANCEL with 200, citing only RFC 6026 §7.1, which defines that state and says nothing about CANCEL.',
      ja: '対処法で、CANCEL 以外のダイアログ内リクエストに 481 が返ったら、INVITE で確立したダイアログでは BYE を送って呼を解放するとし、出典の一つに RFC 5057 §5.1 を挙げていた。RFC 5057 §5.1 は 481 を、リクエストが属する用途が失われたことと解釈し、それが最後の用途でない限りダイアログは破棄すべきでないとしている。通話中の REFER に伴う NOTIFY への 481 で終わるのはサブスクリプションであり、通話ではない。また呼の流れの説明文で、Accepted 状態で INVITE トランザクションを保持している UAS は遅れた CANCEL に 200 を返すとし、出典を RFC 6026 §7.1 だけとしていたが、同節はこの状態を定めるもので、CANCEL には触れていない。',
    },
    now: {
      en: 'The fix has the reader treat the usage of the failed request as gone (RFC 5057 §5.1) and not send the same request again (RFC 3261 §21.4); only when that usage is the call does it end the call with a BYE, the way RFC 3261 §12.2.1.2 terminates an INVITE dialog, and a 481 to a request of another usage ends only that usage. The caption cites RFC 3261 §9.2 for the 200: the CANCEL still matches a transaction.',
      ja: '対処法では、失敗したリクエストの用途はもう存在しないものとして扱い（RFC 5057 §5.1）、同じリクエストは送り直さない（RFC 3261 §21.4）とした。その用途が通話そのものである場合に限って、RFC 3261 §12.2.1.2 が INVITE で確立したダイアログを終了する方法である BYE で通話を終えるとし、別の用途のリクエストへの 481 で終わるのはその用途だけとした。説明文では、200 の出典を RFC 3261 §9.2 とした。CANCEL が一致するトランザクションがまだあるからである。',
    },
    sources: [
      {
        ref: 'RFC5057 §5.1',
        quote: 'This response indicates that the peer has lost its copy of the dialog usage state. The dialog itself should not be destroyed unless this was the last usage.',
      },
      {
        ref: 'RFC3261 §9.2',
        quote: 'Regardless of the method of the original request, as long as the CANCEL matched an existing transaction, the UAS answers the CANCEL request itself with a 200 (OK) response.',
      },
    ],
  },

  // Fourth fresh reading of guides.
  {
    id: 'guide-failover-other-route-same-device',
    date: '2026-12-05',
    title: { en: 'Failover guide: another route finds the callee in the same state when it leads to the same device or server, and the user may be reachable elsewhere', ja: 'フェイルオーバーの解説：別の経路で着信者の状態が変わらないのは同じ端末やサーバに着く場合であり、ユーザは別の場所で応じられることもある' },
    pages: [{ guide: 'failover' }],
    wrong: {
      en: 'The guide said that when a response describes the callee, a second route or carrier "reaches the same callee and gets the same answer", without condition. RFC 3261 says of both 480 and 486 that the user could also be available elsewhere.',
      ja: '解説は、応答が着信者側の状態を示しているなら、別の経路やキャリアを通しても「同じ着信者に届き、同じ答えが返ってくる」と無条件に書いていた。RFC 3261 は 480 についても 486 についても、ユーザが別の場所では応じられる可能性を示している。',
    },
    now: {
      en: 'A second route or carrier that leads to the same device or server finds the callee in the same state and gets the same answer, so 480, 486, 603 and other 6xx responses are no reason to reroute; RFC 3261 notes that the user could still be available elsewhere, for example through voicemail (RFC 3261 §21.4.18, §21.4.24).',
      ja: '別の経路やキャリアを通っても同じ端末やサーバに着く限り、着信者の状態は変わらず同じ答えが返るので、480、486、603 などの 6xx は経路変更の理由にならない。RFC 3261 は、それでもユーザがボイスメールなど別の場所では応じられる可能性を示している（RFC 3261 §21.4.18、§21.4.24）。',
    },
    sources: [
      { ref: 'RFC3261 §21.4.18', quote: 'The user could also be available elsewhere (unbeknownst to this server).' },
      { ref: 'RFC3261 §21.4.24', quote: 'The user could also be available elsewhere, such as through a voice mail service.' },
    ],
  },
  {
    id: 'guide-412-vs-580-412-on-invite-undefined',
    date: '2026-12-05',
    title: { en: '412 vs 580 guide: a 412 to an INVITE is a use no RFC defines, not a response known not to concern preconditions', ja: '412 と 580 の解説：INVITE への 412 は RFC が定めていない使い方であり、プリコンディションと無関係だと断定はできない' },
    pages: [{ compare: [412, 580] }],
    wrong: {
      en: 'The guide said that a 412 found on an INVITE "does not report an SDP precondition", as if the meaning of a non-standard response were known. A sender that uses 412 there is outside the RFCs, and sofia-sip, for one, prints 412 as "Precondition Failed".',
      ja: '解説は、INVITE に返った 412 は「SDP のプリコンディションについての応答ではない」と、標準外の応答の意味がわかっているかのように書いていた。そこで 412 を使う送信側は RFC の外にあり、たとえば sofia-sip は 412 を「Precondition Failed」と表示する。',
    },
    now: {
      en: 'No RFC defines 412 for an INVITE: RFC 3903 defines it for a PUBLISH whose entity-tag matches no stored publication. The sender may have meant an SDP precondition, but the code the RFCs give for refusing an offer whose preconditions cannot be met is 580 (RFC 3903 §6, RFC 3312 §8).',
      ja: 'INVITE への 412 を定めた RFC はない。RFC 3903 は、エンティティタグがどの保存済みパブリケーションにも一致しない PUBLISH について 412 を定めている。送信側は SDP のプリコンディションのつもりだったのかもしれないが、満たせないプリコンディションを含むオファーを拒否するために RFC が定めるコードは 580 である（RFC 3903 §6、RFC 3312 §8）。',
    },
    sources: [
      { ref: 'RFC3903 §6', quote: 'If no match is found, the ESC MUST reject the publication with a response of 412 (Conditional Request Failed), and skip the remaining steps.' },
      { ref: 'RFC3312 §8', quote: 'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.' },
    ],
  },
  {
    id: '486-600-guide-cancelled-branches-generally-487',
    date: '2026-12-05',
    title: { en: '486 vs 600 guide: the branches a proxy cancels after a 600 generally, not always, end with 487', ja: '486 と 600 の解説：600 の後にプロキシがキャンセルしたブランチは、常にではなく通常 487 で終わる' },
    pages: [{ compare: [486, 600] }],
    wrong: {
      en: 'The guide said that after a 600 the cancelled branches "end with 487". RFC 3261 §16.7 says the CANCEL will generally result in 487 responses: a branch can still end otherwise, for example with a 2xx that arrives before the CANCEL takes effect.',
      ja: '解説は、600 の後にキャンセルされたブランチは「487 で終わる」としていた。RFC 3261 §16.7 は、CANCEL によって一般に 487 が返るとしている。CANCEL が効く前に届いた 2xx など、別の応答で終わるブランチもありうる。',
    },
    now: {
      en: 'After a 600 the proxy SHOULD cancel the pending branches, which generally end with 487 (RFC 3261 §16.7).',
      ja: '600 の後、プロキシは応答待ちのブランチをキャンセルすべきであり（SHOULD、RFC 3261 §16.7）、それらのブランチは通常 487 で終わる。',
    },
    sources: [
      {
        ref: 'RFC3261 §16.7',
        quote: 'Under the new rules, upon receiving a 6xx, a proxy will issue a CANCEL request, which will generally result in 487 responses from all outstanding client transactions, and then at that point the 6xx is forwarded upstream.',
      },
    ],
  },

  // Method citations per named method.
  {
    id: 'comparisons-named-method-citations',
    date: '2026-12-05',
    title: { en: 'Comparison pages: the methods the RFCs name are cited with the sections that name them', ja: '比較ページ：RFC が挙げるメソッドは、それを示す節だけを根拠に挙げる' },
    pages: [{ compare: [180, 202] }, { compare: [202, 486] }, { compare: [425, 429] }, { compare: [600, 603] }],
    wrong: {
      en: 'The sentences that say which methods the RFCs name for a code cited every section behind the code’s methods, whether or not it names them. "They name MESSAGE for 202" cited RFC 6665 §8.3.1 and RFC 7647 §5, which deprecate 202 for SUBSCRIBE, NOTIFY and REFER and name no MESSAGE; "INVITE for 486" and "INVITE for 600" cited the definitions, RFC 3261 §21.4.24 and §21.6.1, which name no method. "MESSAGE for 425" cited RFC 8876 §5.1, which names no method, and §4.1, which does not name 425; "INVITE and REFER for 429" cited RFC 3892 §1, which does not name 429, and §2.3, which lets the refer target reject a request other than REFER with 429 but names no INVITE. For INVITE with 603, no cited section named the method at all.',
      ja: 'RFC が挙げるメソッドを示す文は、そのメソッドを示すかどうかにかかわらず、コードのメソッドについての節をすべて根拠に挙げていた。「202 では MESSAGE」の根拠には、SUBSCRIBE・NOTIFY・REFER への 202 を非推奨とし、MESSAGE を示さない RFC 6665 §8.3.1 と RFC 7647 §5 を、「486 では INVITE」「600 では INVITE」の根拠には、メソッドを示さない定義の節である RFC 3261 §21.4.24 と §21.6.1 を挙げていた。「425 では MESSAGE」の根拠のうち RFC 8876 §5.1 はメソッドを示さず、§4.1 は 425 を示さない。「429 では INVITE・REFER」の根拠のうち RFC 3892 §1 は 429 を示さず、§2.3 は REFER 以外のリクエストを 429 で拒否しうることを定めるが INVITE を示さない。603 の INVITE については、それを示す節が根拠に一つもなかった。',
    },
    now: {
      en: 'Each code’s named methods cite only the sections that name them with that code: "they name MESSAGE for 202 (RFC 3428 §7) and INVITE for 486 (RFC 3261 §13.3.1.3)". When only the other code is restricted, "the RFCs do not restrict 202 to particular methods" keeps all its sections and "and name MESSAGE for it" cites RFC 3428 §7 alone. Where no cited section named a method, the section that does was added: RFC 8876 §5.2 for MESSAGE with 425, RFC 3892 §7.3 for INVITE with 429, RFC 3891 §3 for INVITE with 603 and RFC 3261 §15.1.2 for BYE with 481. The data records for every named method which sections name it, and the dataset gives them as methodsNamedRefs.',
      ja: '各コードについて挙げるメソッドには、そのコードとともにそのメソッドを示す節だけを根拠に挙げる。「RFC が挙げるメソッドは、202 では MESSAGE（RFC 3428 §7）、486 では INVITE（RFC 3261 §13.3.1.3）である」のようにした。一方のコードだけが限定されている場合、「202 は特定のメソッドに限定されていない」にはそのコードの節をすべて、「RFC が挙げるのは MESSAGE である」には RFC 3428 §7 だけを根拠に挙げる。メソッドを示す節が根拠になかった箇所には、それを示す節を加えた。加えた節は、425 の MESSAGE について RFC 8876 §5.2、429 の INVITE について RFC 3892 §7.3、603 の INVITE について RFC 3891 §3、481 の BYE について RFC 3261 §15.1.2 である。どの節がどのメソッドを示すかは、メソッドを挙げるすべてのコードについてデータに記録し、データセットでも methodsNamedRefs として示す。',
    },
    sources: [
      {
        ref: 'RFC6665 §8.3.1',
        quote: 'Implementations conformant with the current specification MUST treat an incoming 202 response as identical to a 200 response and MUST NOT generate 202 response codes to SUBSCRIBE or NOTIFY requests.',
      },
      {
        ref: 'RFC3428 §7',
        quote: 'A UAS which is, in fact, a message relay, storing the message and forwarding it later on, or forwarding it into a non-SIP domain, SHOULD return a 202 (Accepted) [5] response indicating that the message was accepted, but end to end delivery has not been guaranteed.',
      },
      {
        ref: 'RFC8876 §5.2',
        quote: 'For example, suppose a UA includes an alert in a MESSAGE to a PSAP. … If, on the other hand, the PSAP cannot accept the transaction without a suitable alert message, a 425 response is sent.',
      },
      { ref: 'RFC3892 §7.3', quote: 'F3 SIP/2.0 429 Provide Referrer Identity … CSeq: 889823409 INVITE' },
      {
        ref: 'RFC3891 §3',
        quote: 'Upon receiving an INVITE with a Replaces header, the User Agent (UA) attempts to match this information with a confirmed or early dialog. … If the Replaces header field matches a dialog which has already terminated, the UA SHOULD decline the request with a 603 Declined response.',
      },
    ],
  },

  {
    id: '487-never-to-cancel',
    date: '2026-12-05',
    title: { en: '487: never the answer to a CANCEL itself', ja: '487：CANCEL 自体への応答にはならない' },
    pages: withComparisons(487),
    wrong: {
      en: 'The facts row and the comparisons said 487 can answer any request method, although RFC 3261 §21.4.25 says it is never returned for a CANCEL request itself.',
      ja: '概要表と比較ページは、487 がどのメソッドへの応答にもなりうるとしていた。しかし RFC 3261 §21.4.25 は、CANCEL リクエスト自体に 487 が返ることはないと定めている。',
    },
    now: {
      en: '487 answers any request method but CANCEL (RFC 3261 §21.4.25).',
      ja: '487 は CANCEL を除くどのメソッドへの応答にもなりうる（RFC 3261 §21.4.25）。',
    },
    sources: [{ ref: 'RFC3261 §21.4.25', quote: 'The request was terminated by a BYE or CANCEL request. This response is never returned for a CANCEL request itself.' }],
  },

  // Ninth reading, class pages, the list of all codes, the list of stacks, the home page.
  {
    id: 'class-4xx-is-request-failure',
    date: '2026-12-06',
    title: { en: '4xx: the class is Request Failure (RFC 3261 §21.4), not “Client Failure”', ja: '4xx：クラス名は「クライアントエラー」ではなくリクエストエラー（RFC 3261 §21.4）' },
    pages: [
      { klass: 4 },
      { index: 'codes' },
      ...withComparisons(400, 401, 402, 403, 404, 405, 406, 407, 408, 410, 412, 413, 414, 415, 416, 417, 420, 421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437, 438, 439, 440, 469, 470, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 493, 494),
    ],
    wrong: {
      en: 'The class of 4xx was named “Client Failure” in headings, breadcrumbs, the Class row of each 4xx code and the comparison tables. RFC 3261 has no such name: the section that defines the class is headed “Request Failure 4xx” (§21.4), and its overview calls the class “Client Error” (§7.2).',
      ja: '見出し、パンくずリスト、各 4xx コードの「クラス」の行、比較表で、4xx のクラスを日本語版ではクライアントエラー、英語版では RFC 3261 にない名前（Client Failure）で呼んでいた。RFC 3261 でこのクラスを定義する節の見出しはリクエストエラーにあたる名前（Request Failure）であり（§21.4）、概要での呼び名はクライアントエラー（Client Error）である（§7.2）。',
    },
    now: {
      en: 'The class is named Request Failure, the heading of RFC 3261 §21.4, like Server Failure for 5xx (§21.5). The 4xx class page says that RFC 3261 names the class Request Failure in §21.4 and Client Error in its overview (§7.2).',
      ja: 'クラス名を、RFC 3261 §21.4 の見出しに合わせてリクエストエラー（Request Failure）とした。5xx のサーバエラーが §21.5 の見出しに合わせているのと同じである。4xx のクラスのページでは、RFC 3261 が §21.4 ではリクエストエラー、概要ではクライアントエラー（§7.2）と呼ぶことを示す。',
    },
    sources: [
      { ref: 'RFC3261 §21.4', quote: '21.4 Request Failure 4xx 4xx responses are definite failure responses from a particular server.' },
      { ref: 'RFC3261 §7.2', quote: '4xx: Client Error -- the request contains bad syntax or cannot be fulfilled at this server;' },
    ],
  },
  {
    id: 'class-1xx-no-final-response-yet',
    date: '2026-12-06',
    title: { en: '1xx: the server has no final response yet, which does not promise one', ja: '1xx：サーバはまだ最終応答を得ていないだけで、最終応答が続くとは限らない' },
    pages: [{ klass: 1 }, { index: 'codes' }],
    wrong: {
      en: 'The summary said “a final response will follow”; RFC 3261 §21.1 says only that the server is performing some further action and does not yet have a definitive response, and a transaction can end with no response at all (a timeout). The page also said a proxy sends 100, which comes from the next-hop server, whether proxy or UAS (§21.1.1); that a stateful proxy forwards every other 1xx at once, although §16.7 asks that only until a final response has been sent; and that RFC 3262 “makes” such responses reliable, although it lets a UAS send them reliably only when the INVITE carries the option tag 100rel (RFC 3262 §3).',
      ja: '概要で「後に最終応答が続く」としていた。RFC 3261 §21.1 が示すのは、サーバが処理を続けていてまだ最終応答を得ていないことだけであり、トランザクションは応答のないまま（タイムアウトで）終わることもある。また、100 を送るのはプロキシであるとしていたが、100 は次ホップのサーバが送り、それはプロキシとは限らない（§21.1.1）。ステートフルプロキシは 100 以外の 1xx をすべてただちに転送するとしていたが、§16.7 がそれを求めるのは最終応答を送るまでである。さらに英語版では RFC 3262 がこうした応答を信頼性のあるものに「する」としていたが、RFC 3262 が UAS に信頼性のある送信を認めるのは、INVITE にオプションタグ 100rel がある場合に限られる（RFC 3262 §3）。',
    },
    now: {
      en: 'The request was received and the server is still working on it; it has no final response yet. 100 means the next hop is working on the request; a stateful proxy forwards any other 1xx at once as long as it has not yet sent a final response; when the INVITE lists 100rel in Supported or Require, the UAS can send a 1xx reliably, acknowledged with PRACK.',
      ja: 'リクエストを受信し、処理を続けている。サーバはまだ最終応答を得ていない、とした。100 は次ホップのサーバが処理中であることを示し、ステートフルプロキシは、まだ最終応答を送っていなければ 100 以外の 1xx をただちに転送する。INVITE の Supported または Require にオプションタグ 100rel があれば、UAS は 1xx を信頼性のある暫定応答として送ることができ、UAC は PRACK で確認する。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.1',
        quote: 'Provisional responses, also known as informational responses, indicate that the server contacted is performing some further action and does not yet have a definitive response.',
      },
      { ref: 'RFC3261 §21.1.1', quote: 'This response indicates that the request has been received by the next-hop server' },
      { ref: 'RFC3261 §16.7', quote: 'Until a final response has been sent on the server transaction, the following responses MUST be forwarded immediately: - Any provisional response other than 100 (Trying)' },
      {
        ref: 'RFC3262 §3',
        quote: 'A UAS MAY send any non-100 provisional response to INVITE reliably, so long as the initial INVITE request (the request whose provisional response is being sent reliably) contained a Supported header field with the option tag 100rel.',
      },
    ],
  },
  {
    id: 'class-5xx-overload-is-the-servers-own',
    date: '2026-12-06',
    title: { en: '5xx: 503 is the server’s own overload, not that of the next hop', ja: '5xx：503 は次ホップではなく、そのサーバ自身の過負荷を示す' },
    pages: [{ klass: 5 }],
    wrong: {
      en: 'The page listed “an unreachable or overloaded next hop” among the failures 5xx stands for. In RFC 3261, 503 is the server’s own temporary overload or maintenance (§21.5.4), 502 is an invalid response from the server downstream (§21.5.3) and 504 a missing timely response from a server it accessed (§21.5.5); none of them is defined as a next hop that is overloaded or unreachable.',
      ja: '5xx が示す失敗として「到達できないか過負荷の次ホップ」を挙げていた。RFC 3261 では、503 はそのサーバ自身の一時的な過負荷や保守（§21.5.4）、502 は下流のサーバからの不正な応答（§21.5.3）、504 はアクセスした先のサーバから時間内に応答がないこと（§21.5.5）であり、過負荷や到達不能の次ホップとして定義されたものはない。',
    },
    now: {
      en: 'The list reads: an internal error (500), an unimplemented method (501), an invalid response from the server downstream (502), its own overload or maintenance (503), no timely response from a server it accessed (504).',
      ja: '内部エラー（500）、未実装のメソッド（501）、下流のサーバからの不正な応答（502）、そのサーバ自身の過負荷や保守（503）、アクセスした先のサーバから時間内に応答がないこと（504）と列挙した。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.4', quote: 'The server is temporarily unable to process the request due to a temporary overloading or maintenance of the server.' },
      { ref: 'RFC3261 §21.5.3', quote: 'The server, while acting as a gateway or proxy, received an invalid response from the downstream server it accessed in attempting to fulfill the request.' },
      { ref: 'RFC3261 §21.5.5', quote: 'The server did not receive a timely response from an external server it accessed in attempting to process the request.' },
    ],
  },
  {
    id: 'class-6xx-what-the-server-knows',
    date: '2026-12-06',
    title: { en: '6xx: definitive information about the user, and what a proxy does with it', ja: '6xx：ユーザについての確定的な情報と、プロキシの扱い' },
    pages: [{ klass: 6 }, { index: 'codes' }],
    wrong: {
      en: 'The summary said the server has definitive information “that the request will fail at every location of the user”; RFC 3261 §21.6 says the server has definitive information about a particular user, not just the instance in the Request-URI. The page also said a 6xx from one device “ends the call attempt for all of them”, although cancelling the other branches is a SHOULD and a device that answers first still gets its 2xx forwarded (§16.7).',
      ja: '概要で、サーバは「ユーザのどの宛先でもリクエストが失敗すること」を確実に知っているとしていた。RFC 3261 §21.6 が示すのは、サーバが Request-URI の 1 つの宛先だけでなく、特定のユーザについて確定的な情報を持っていることである。また、1 台の端末が返した 6xx が「すべての端末への発信を終わらせてしまう」としていたが、他のブランチのキャンセルは SHOULD であり、先に応答した端末の 2xx は転送される（§16.7）。',
    },
    now: {
      en: 'The server has definitive information about the user, not only about the one device the Request-URI reached. After a 6xx the proxy tries no other device, and unless another device answers first, the caller gets that 6xx rather than the final response of any other branch (RFC 3261 §16.7).',
      ja: 'サーバが、Request-URI が届いた 1 台の端末だけでなく、ユーザについての確定的な情報を持っている、とした。6xx を受けたプロキシは他の端末を試さず、別の端末が先に応答しない限り、発信者には他のブランチの最終応答ではなくその 6xx が届く（RFC 3261 §16.7）。',
    },
    sources: [
      { ref: 'RFC3261 §21.6', quote: '6xx responses indicate that a server has definitive information about a particular user, not just the particular instance indicated in the Request-URI.' },
      {
        ref: 'RFC3261 §16.7',
        quote: 'If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client pending transactions as described in Section 10, and it MUST NOT create any new branches in this context.',
      },
      { ref: 'RFC3261 §16.7', quote: 'It MUST choose from the 6xx class responses if any exist in the context.' },
    ],
  },
  {
    id: 'codes-index-unregistered-in-code-order-registry-date',
    date: '2026-12-06',
    title: { en: 'List of all codes: unregistered codes in code order; the registry as updated on its date', ja: 'コード一覧：未登録のコードをコード順に。レジストリは更新日の版として示す' },
    pages: [{ index: 'codes' }],
    wrong: {
      en: 'The list of unregistered codes put 303 after 703. The introduction gave the registry as “last updated 2025-04-22”, which is the version the list follows, not necessarily IANA’s latest change to the registry, and did not mention the unregistered codes below.',
      ja: '未登録のコードの一覧で 303 が 703 の後に並んでいた。冒頭の文ではレジストリを「2025 年 4 月 22 日更新」としていたが、これは一覧が従う版の日付であり、IANA の最新の更新日とは限らない。また下に続く未登録のコードに触れていなかった。',
    },
    now: {
      en: 'The list is in code order. The introduction names the registry “as updated on 2025-04-22”, as the footer does, and says the unregistered codes follow.',
      ja: '一覧はコード順にした。冒頭の文は、フッタと同じく「2025 年 4 月 22 日更新の」レジストリとし、続けて未登録のコードを示すことを記した。',
    },
    sources: [{ ref: 'RFC2543 §5.1.1', quote: 'Redirection = "300" ; Multiple Choices | "301" ; Moved Permanently | "302" ; Moved Temporarily | "303" ; See Other' }],
  },
  {
    id: 'stacks-index-wireshark-row-and-intro',
    date: '2026-12-06',
    title: { en: 'List of stacks: Wireshark’s table has unregistered codes too; what the pages show', ja: 'スタック一覧：Wireshark の表にも未登録のコードがある。各ページが示す内容' },
    pages: [{ index: 'stacks' }],
    wrong: {
      en: 'The Wireshark row showed “—” under “Unregistered codes in its reason-phrase table”, but sip_response_code_vals holds 299, 399, 499, 599 and 699 (“<class> - Others”) and 999 (“Unknown response”), rows of its SIP statistics. The introduction said the pages give what each of the seven projects “calls” each code and which phrase “their tables” give it, though Kamailio, OpenSIPS and Wireshark have no names for the codes and Asterisk (chan_pjsip) and FreeSWITCH have no phrase table of their own; it gave only the statistics as the use of Wireshark’s table, which also labels the cause of a Reason header; and it did not say that Wireshark was read from a GitHub mirror.',
      ja: 'Wireshark の行の「リーズンフレーズ表やエラー応答にある IANA 未登録のコード」を「—」としていたが、sip_response_code_vals には SIP 統計の行である 299・399・499・599・699（`<class> - Others`）と 999（`Unknown response`）がある。冒頭の文では、7 つのプロジェクトそれぞれが各コードを「何と呼び」、表にどのリーズンフレーズを持つかを示すとしていたが、Kamailio・OpenSIPS・Wireshark にはコードの名前がなく、Asterisk（chan_pjsip）と FreeSWITCH には独自のフレーズ表がない。Wireshark の表の用途として SIP 統計だけを挙げていたが、Reason ヘッダの cause の表示にも使われる。また Wireshark を GitHub 上のミラーで読んだことを記していなかった。',
    },
    now: {
      en: 'The Wireshark row lists 299, 399, 499, 599, 699 and 999. The introduction says what the seven projects do with SIP response codes, read at a pinned commit (Wireshark’s from a GitHub mirror): the reason phrases in the tables of pjsip, sofia-sip, Kamailio, OpenSIPS and Wireshark, whose table serves its SIP statistics and the cause of a Reason header, and the Q.850 causes Asterisk and FreeSWITCH map the codes to and from.',
      ja: 'Wireshark の行に 299・399・499・599・699・999 を示した。冒頭の文では、7 つのプロジェクトが SIP 応答コードをどう扱うかを特定のコミットで読んだこと（Wireshark は GitHub 上のミラーで読んだこと）、pjsip・sofia-sip・Kamailio・OpenSIPS・Wireshark の表にあるリーズンフレーズ（Wireshark はこの表を SIP 統計と Reason ヘッダの cause の表示に使う）、Asterisk と FreeSWITCH による各コードと Q.850 理由表示の対応を示すとした。',
    },
    sources: [
      {
        url: 'https://github.com/1g4-mirror/wireshark/blob/4a974d49716d640e4c6ada262bc198066dabe742/epan/dissectors/packet-sip.c',
        name: 'Wireshark (GitHub mirror 1g4-mirror/wireshark), epan/dissectors/packet-sip.c, sip_response_code_vals[]',
        quote: '{ 999, "Unknown response"}, /* Must be first */ … { 299, "Success - Others"}, /* used to keep track of other Success packets */ … { 699, "Global Failure - Others"},',
      },
      {
        url: 'https://github.com/1g4-mirror/wireshark/blob/4a974d49716d640e4c6ada262bc198066dabe742/epan/dissectors/packet-sip.c',
        name: 'Wireshark (GitHub mirror 1g4-mirror/wireshark), epan/dissectors/packet-sip.c, proto_register_sip(), hf_sip_reason_cause_sip',
        quote: 'FT_UINT32, BASE_DEC, VALS(sip_response_code_vals), 0x0,',
      },
    ],
  },

  // Eighth reading, 505, 513, 555, 580, 604, 607, 608.
  {
    id: '580-no-3gpp-claim-without-its-text',
    date: '2026-12-05',
    title: { en: '580: no claim about 3GPP that rests on text we do not cite', ja: '580：出典を示せない 3GPP の記述を外した' },
    pages: [{ code: 580 }],
    wrong: {
      en: 'The description said "Mobile voice networks use the mechanism" and that 3GPP TS 24.229 (clause 5.1.4.1, version 18.4.0) says the terminating UE should support preconditions. Neither claim rests on an RFC: the page cited no RFC for them and could show no text of TS 24.229.',
      ja: '説明で「移動体の音声網はこの仕組みを使っている」とし、3GPP TS 24.229（バージョン 18.4.0 の 5.1.4.1 節）が着信側 UE にプリコンディションの仕組みへの対応を求めているとしていた。いずれも RFC に基づく記述ではなく、ページは RFC を示しておらず、TS 24.229 の本文も示せなかった。',
    },
    now: {
      en: 'The sentence is removed. The page keeps what RFC 3312 itself says: a UAS that, as answerer, cannot or will not meet the preconditions of an offer SHOULD refuse it with 580 (RFC 3312 §8).',
      ja: 'この文を削除した。ページには RFC 3312 自身が定めること、つまりアンサー側の UAS がオファーのプリコンディションを満たせない、または満たすつもりがない場合は 580 で拒否すべきである（SHOULD、RFC 3312 §8）ことを残した。',
    },
    sources: [
      {
        ref: 'RFC3312 §8',
        quote:
          'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.',
      },
    ],
  },
  {
    id: '513-65535-bytes-is-section-18-1-1',
    date: '2026-12-05',
    title: { en: '513: the 65,535-byte rule is in RFC 3261 §18.1.1, not §18', ja: '513：65,535 バイトの規定は RFC 3261 §18 ではなく §18.1.1 にある' },
    pages: [{ code: 513 }],
    wrong: {
      en: 'The description cited RFC 3261 §18 for "every SIP element must implement both UDP and TCP" and went on: "The same section requires implementations to handle messages up to the maximum datagram size". Read after that citation, "the same section" points to §18, which does not say it; the requirement is in §18.1.1.',
      ja: '説明で「すべての SIP エンティティは UDP と TCP の両方を実装しなければならない」に RFC 3261 §18 を示し、続けて「同じ節は、最大データグラムサイズ……までのメッセージを処理できることも求めている」としていた。直前の出典に続けて読むと「同じ節」は §18 を指すが、§18 にはこの規定はなく、定めているのは §18.1.1 である。',
    },
    now: {
      en: 'RFC 3261 §18.1.1 also requires implementations to handle messages up to the maximum datagram size, 65,535 bytes for UDP including IP and UDP headers.',
      ja: 'RFC 3261 §18.1.1 は、最大データグラムサイズ、すなわち UDP では IP ヘッダと UDP ヘッダを含めて 65,535 バイトまでのメッセージを処理できることも求めている、とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §18.1.1',
        quote: 'However, implementations MUST be able to handle messages up to the maximum datagram packet size. For UDP, this size is 65,535 bytes, including IP and UDP headers.',
      },
      { ref: 'RFC3261 §18', quote: 'All SIP elements MUST implement UDP and TCP. SIP elements MAY implement other protocols.' },
    ],
  },

  // Ninth reading, the Q.850 mapping page and the cause pages 1–31.
  {
    id: 'cause-16-rfc-3398-usually-bye-or-cancel',
    date: '2026-12-06',
    title: { en: 'Cause 16: RFC 3398 says it usually results in a BYE or CANCEL', ja: '理由表示 16：RFC 3398 は通常 BYE か CANCEL になるとしている' },
    pages: [{ cause: 16 }],
    wrong: {
      en: 'The RFC 3398 row of the table “Cause 16 → SIP response” read “no response (BYE or CANCEL, or none)”. RFC 3398 gives cause 16 no response in its table and says only that cause 16 will usually result in a BYE or CANCEL: usually, not always, and it names no case in which nothing is sent.',
      ja: '表「理由表示 16 → SIP の応答」の RFC 3398 の行を「応答なし（BYE・CANCEL、または送らない）」としていた。RFC 3398 は表で理由表示 16 に応答を示さず、理由表示 16 は通常 BYE か CANCEL になるとしているだけである。常にではなく「通常は」であり、何も送らない場合も示していない。',
    },
    now: {
      en: 'The row reads “no response in the table: cause 16 usually results in a BYE or CANCEL”.',
      ja: 'この行を「表に応答はない（理由表示 16 は通常 BYE か CANCEL になるとしている）」とした。',
    },
    sources: [{ ref: 'RFC3398 §7.2.4.1', quote: '(*) ISDN Cause 16 will usually result in a BYE or CANCEL' }],
  },
  {
    id: 'q850-rfc-3398-conditions-of-its-tables',
    date: '2026-12-06',
    title: { en: 'Q.850 table: when RFC 3398 applies its tables, and what it gives for values they do not list', ja: 'Q.850 対応表：RFC 3398 が表を使う条件と、表にない値の扱い' },
    pages: [{ q850: true }],
    wrong: {
      en: 'The page gave the rows of RFC 3398’s two tables without the conditions the RFC sets around them. SIP → ISUP: the table is RECOMMENDED only when the response carries no encapsulated ISUP (with an encapsulated REL, that REL’s cause SHOULD be used); a response the table does not list should map to cause 31; by default the location is “user” for a 6xx response and “network” for a 4xx or 5xx. ISUP → SIP: the table is for a REL received before a final response has been sent; a cause it does not list SHOULD get the default 500; and cause 44 should not result in any SIP status code at all. A reader could take an unlisted value for one with no mapping, or give cause 44 the default 500.',
      ja: 'RFC 3398 の 2 つの表の行を示すだけで、RFC が表に付けている条件を示していなかった。SIP → ISUP では、表を推奨するのは ISUP がカプセル化されていない応答の場合に限られ（カプセル化された REL があればその REL の理由表示を使うべきである（SHOULD））、表にない応答は理由表示 31 に対応させ、ロケーションは既定で 6xx なら「ユーザ」、4xx と 5xx なら「網」とする。ISUP → SIP では、表は最終応答を送る前に REL を受けた場合のものであり、表にない理由表示には既定の 500 を使うべきであり（SHOULD）、理由表示 44 ではどの SIP 応答コードも送らない。これらがないと、表にない値には対応がないと読めるうえ、理由表示 44 に既定の 500 を当てはめかねなかった。',
    },
    now: {
      en: 'A paragraph under the source line of each table gives these conditions.',
      ja: '各表の出典の下に、これらの条件を示す段落を加えた。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote:
          'When a REL message is generated due to a SIP rejection response that contains an encapsulated REL message, the Cause Indicator (CAI) parameter in the generated REL SHOULD be set to the value of the CAI parameter received in the encapsulated REL. If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.',
      },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote:
          'Any SIP status codes not listed below (associated with SIP extensions, versions of SIP subsequent to the issue of this document, or simply omitted) should be mapping to cause code 31 "Normal, unspecified".',
      },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: "By default, the cause location associated with the CAI parameter should be encoded such that 6xx codes are given the location 'user', whereas 4xx and 5xx codes are given a 'network' location.",
      },
      { ref: 'RFC3398 §7.2.4', quote: 'This section applies when a REL is received before a final SIP response has been sent.' },
      { ref: 'RFC3398 §7.2.4.1', quote: "If a cause value other than those listed below is received, the default response '500 Server internal error' SHOULD be used." },
      {
        ref: 'RFC3398 §7.2.4.1',
        quote: 'the appropriate behavior in this case is for the originating switch to re-send the IAM for a different CIC, not for the call to be torn down.',
      },
      { ref: 'RFC3398 §7.2.4.1', quote: 'should not result in any SIP status code being sent; effectively, the cause code is untranslatable.' },
    ],
  },
  {
    id: 'q850-410-cause-22-without-diagnostic',
    date: '2026-12-06',
    title: { en: '410 at a gateway: cause 22 without a diagnostic', ja: 'ゲートウェイでの 410：診断情報のない理由表示 22' },
    pages: [{ q850: true }, { code: 410 }],
    wrong: {
      en: 'The Q.850 table and the page of 410 gave 410 → cause 22 (Number changed) without the qualifier of RFC 3398’s row, whose column “Cause value in the REL” reads cause 22 without a diagnostic.',
      ja: 'Q.850 対応表と 410 のページでは、410 → 理由表示 22（相手加入者端末番号変更）とだけ示し、RFC 3398 の表で「REL の理由表示」の列にある、診断情報のない理由表示 22 という限定を示していなかった。',
    },
    now: {
      en: 'The row and the 410 page add: the REL carries cause 22 without a diagnostic.',
      ja: '表の行と 410 のページに「REL の理由表示 22 には診断情報を付けない」と加えた。',
    },
    sources: [{ ref: 'RFC3398 §8.2.6.1', quote: 'Response received Cause value in the REL' }, { ref: 'RFC3398 §8.2.6.1', quote: '410 Gone 22 Number changed (w/o diagnostic)' }],
  },
  {
    id: 'causes-rfc-3398-encapsulated-isup-first',
    date: '2026-12-06',
    title: { en: 'Cause pages: RFC 3398 uses an encapsulated REL’s cause before its table', ja: '理由表示のページ：RFC 3398 は表よりカプセル化された REL の理由表示を優先する' },
    pages: [1, 2, 3, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 31, 34, 38, 41, 42, 44, 47, 52, 54, 55, 57, 58, 63, 65, 66, 69, 70, 79, 87, 88, 102, 111, 127].map((cause) => ({ cause })),
    wrong: {
      en: 'The table “SIP responses → cause” gave RFC 3398’s row as the responses that end the call with the cause, without its condition: RFC 3398 recommends its mapping only when the response carries no encapsulated ISUP; when it carries an encapsulated REL, the cause of that REL SHOULD be used.',
      ja: '「SIP の応答 → 理由表示」の表で、RFC 3398 の行をこの理由表示で呼を終える応答として示し、その条件を示していなかった。RFC 3398 がこの対応を推奨するのは ISUP がカプセル化されていない応答に限られ、カプセル化された REL を含む応答では、その REL の理由表示を使うべきである（SHOULD）。',
    },
    now: {
      en: 'The introduction of the table says that RFC 3398 recommends its row only for a response that carries no encapsulated ISUP, and that with an encapsulated REL the cause of that REL is used.',
      ja: '表の説明に、RFC 3398 がこの対応を推奨するのは ISUP がカプセル化されていない応答に限られ、カプセル化された REL があればその REL の理由表示を使うことを加えた。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote:
          'When a REL message is generated due to a SIP rejection response that contains an encapsulated REL message, the Cause Indicator (CAI) parameter in the generated REL SHOULD be set to the value of the CAI parameter received in the encapsulated REL. If no encapsulated ISUP is present, the mapping below between status code and cause codes are RECOMMENDED.',
      },
    ],
  },
  {
    id: 'causes-freeswitch-when-its-mapping-applies',
    date: '2026-12-06',
    title: { en: 'Cause pages: when FreeSWITCH uses its mapping', ja: '理由表示のページ：FreeSWITCH が対応表を使う場合' },
    pages: [1, 2, 3, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 31, 34, 38, 41, 42, 44, 47, 52, 54, 55, 57, 58, 63, 65, 66, 69, 70, 79, 87, 88, 102, 111, 127].map((cause) => ({ cause })),
    wrong: {
      en: 'The FreeSWITCH rows gave the code FreeSWITCH sends for the cause and the codes it turns into the cause, without saying when the source uses them. FreeSWITCH sends a response only when it rejects an unanswered incoming call (an answered call ends with BYE, an unanswered outgoing one with CANCEL), and a SIP code recorded from the leg it was connected to replaces the mapped code unless sip_ignore_remote_cause is true. On receipt, a final response of 400 or above to its INVITE that carries a Reason header with a Q.850 cause ends the call with that cause, not the mapped one, unless ignore_q850_reason is true.',
      ja: 'FreeSWITCH の行では、その理由表示に対して送るコードと、その理由表示に変換するコードを示すだけで、ソースがそれを使う場合を示していなかった。FreeSWITCH が応答を送るのは応答前の着信呼を拒否する場合だけで（応答後の呼は BYE で、応答前の発信呼は CANCEL で終える）、接続先のレッグから記録した SIP のコードがあれば、sip_ignore_remote_cause が true でない限り、対応表のコードの代わりにそれを送る。受信側では、自らの INVITE に対する 400 以上の最終応答に Q.850 の理由表示を載せた Reason ヘッダがあれば、ignore_q850_reason が true でない限り、対応表の理由表示ではなくその理由表示で呼を終える。',
    },
    now: {
      en: 'A sentence under each of the two tables gives these conditions, with the lines of mod_sofia.c and sofia.c they were read from.',
      ja: '2 つの表の下に、これらの条件を、読んだ mod_sofia.c と sofia.c の行とともに示した。',
    },
    sources: [
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L456-L467',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 456–467',
        quote:
          'if (!((use_my_cause = switch_channel_get_variable(channel, "sip_ignore_remote_cause")) && switch_true(use_my_cause))) { ps_cause = switch_channel_get_variable(channel, "last_bridge_" SWITCH_PROTO_SPECIFIC_HANGUP_CAUSE_VARIABLE); } if (!zstr(ps_cause) && (!strncasecmp(ps_cause, "sip:", 4) || !strncasecmp(ps_cause, "sips:", 5))) { int new_cause = atoi(sofia_glue_strip_proto(ps_cause)); if (new_cause) {',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L537',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, line 537',
        quote: 'if (switch_channel_test_flag(channel, CF_ANSWERED) || sofia_test_flag(tech_pvt, TFLAG_ANS)) {',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L554',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, line 554',
        quote: 'if (switch_channel_direction(channel) == SWITCH_CALL_DIRECTION_OUTBOUND) {',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L650',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, line 650',
        quote: 'nua_respond(tech_pvt->nh, sip_cause, phrase,',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia.c#L6680-L6683',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia.c, lines 6680–6683',
        quote:
          'if (status >= 400 && sip->sip_reason && sip->sip_reason->re_protocol && (!strcasecmp(sip->sip_reason->re_protocol, "Q.850") || !strcasecmp(sip->sip_reason->re_protocol, "FreeSWITCH") || !strcasecmp(sip->sip_reason->re_protocol, profile->sdp_username)) && sip->sip_reason->re_cause) { tech_pvt->q850_cause = atoi(sip->sip_reason->re_cause);',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia.c#L8731-L8735',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia.c, lines 8731–8735',
        quote: 'if (tech_pvt->q850_cause && !switch_channel_var_true(channel, "ignore_q850_reason")) { cause = tech_pvt->q850_cause; } else { cause = sofia_glue_sip_cause_to_freeswitch(status); }',
      },
    ],
  },

  // Eighth reading, 100, 181, 182, 199, 202, 204.
  {
    id: '199-releasing-resources-is-optional',
    date: '2026-12-05',
    title: { en: '199: releasing the early dialog\'s resources is allowed, not required, and forbidden when its usage is unclear', ja: '199：アーリーダイアログの資源の解放は任意であり、ユーセージが不明なら禁じられる' },
    pages: [{ code: 199 }],
    wrong: {
      en: 'The first fix told a client that receives 199 to stop media on the early dialog "and free its resources", as if releasing them were required and always allowed. RFC 6228 §4 says only that a UAC might release them, and forbids it when the early dialog carries several usages and it is unclear which one the 199 ends.',
      ja: '対処方法の最初の項目は、199 を受けたクライアントに、そのアーリーダイアログのメディアをやめて「リソースを解放」するよう指示しており、解放が必須で、常に許されるかのように読めた。RFC 6228 §4 が示すのは、UAC が資源を解放しうるということだけであり、アーリーダイアログに複数のユーセージがあって 199 がどれを終わらせるのか明らかでない場合は、解放を禁じている。',
    },
    now: {
      en: 'Stop sending and playing media on that early dialog and keep waiting for the final response; you may free what you reserved for it, but SHALL NOT when it carries several usages and it is unclear which one the 199 ends (RFC 6228 §4). The description says the same.',
      ja: 'そのアーリーダイアログでのメディアの送信と再生をやめ、最終応答を待ち続ける。確保していたリソースは解放してよいが、そのダイアログに複数のユーセージがあり、199 がどれを終わらせるのか明らかでない場合は解放してはならない（SHALL NOT、RFC 6228 §4）。説明文も同じ内容にした。',
    },
    sources: [
      {
        ref: 'RFC6228 §4',
        quote: 'When a UAC receives a 199 response, it might release resources associated with the terminated early dialog.',
      },
      {
        ref: 'RFC6228 §4',
        quote:
          'If multiple usages [RFC5057] are used within an early dialog, and it is not clear which dialog usage the 199 response terminates, SIP entities that keep dialog state SHALL NOT release resources associated with the early dialog when they receive the 199 response.',
      },
    ],
  },

  // Ninth reading, Q.850 cause pages above 31 and the sentences every cause page shares.
  {
    id: 'cause-44-rfc4497-note2',
    date: '2026-12-06',
    title: { en: 'Cause 44: RFC 4497 NOTE 2 gives 503 or 500 when no other channel can be tried', ja: '理由表示 44：ほかのチャネルを試せなければ RFC 4497 の NOTE 2 は 503 か 500 を示す' },
    pages: [{ cause: 44 }, { code: 503 }, { stack: 'freeswitch' }],
    wrong: {
      en: 'The page of cause 44 gave RFC 4497’s result as 500, the default for causes not in Table 1, and listed FreeSWITCH’s 503 as a difference from it; the page of 503 and the FreeSWITCH page said the same. RFC 4497 NOTE 2 deals with cause 44 itself: the gateway should send another SETUP with a different channel and, if it cannot, treat the call either as congestion, for which §8.3.1 gives 503, or as a gateway failure, for which the default 500 applies.',
      ja: '理由表示 44 のページでは、RFC 4497 の結果を Table 1 にない理由表示の既定値である 500 とし、FreeSWITCH の 503 をこれとの違いとして挙げていた。503 のページと FreeSWITCH のページも同じであった。RFC 4497 の NOTE 2 は理由表示 44 そのものを扱っている。ゲートウェイは別のチャネルを指定して SETUP を送り直すべきであり、それができなければ、輻輳として扱うか（§8.3.1 はこの場合に 503 を示す）、ゲートウェイの障害として扱う（既定の 500 を使う）。',
    },
    now: {
      en: 'The cause page gives RFC 4497’s result as a new attempt on another channel first, then 503 (congestion) or 500 (gateway failure, the default). FreeSWITCH’s 503 is listed as a difference from RFC 3398 only, and Asterisk’s 603 as a difference from both RFCs.',
      ja: '理由表示 44 のページでは、RFC 4497 の結果を「まず別のチャネルで再試行する。試せない場合は 503（輻輳）または 500（ゲートウェイの障害、既定値）」とした。FreeSWITCH の 503 は RFC 3398 との違いとしてだけ挙げ、Asterisk の 603 は両 RFC との違いとして挙げている。',
    },
    sources: [
      {
        ref: 'RFC4497 §8.4.1',
        quote:
          'A good example of this is cause value 44, "Requested circuit or channel not available", which signifies that the channel number in the transmitted QSIG SETUP message was not acceptable to the peer PINX. The appropriate behavior in this case is for the gateway to send another SETUP message indicating a different channel number. If this is not possible, the gateway should treat it either as a congestion situation (no channels available; see Section 8.3.1) or as a gateway failure situation (in which case the default SIP response code applies).',
      },
      { ref: 'RFC4497 §8.3.1', quote: 'If no suitable channel is available, the gateway should use response code 503 (Service Unavailable).' },
      { ref: 'RFC4497 §8.4.1', quote: 'SIP response 500 (Server internal error) SHALL be used as the default for cause values not shown in Table 1.' },
    ],
  },
  {
    id: '488-606-cause-31-by-default-65-for-bearer-capability',
    date: '2026-12-06',
    title: { en: '488 and 606: cause 31 by default, 65 only for a bearer capability problem', ja: '488 と 606：既定は理由表示 31、伝達能力の問題に限り 65' },
    pages: [{ cause: 31 }, { cause: 58 }, { cause: 65 }, { cause: 88 }, { code: 488 }, { code: 606 }, { stack: 'asterisk' }, { stack: 'freeswitch' }],
    wrong: {
      en: 'Where a stack’s cause for a received 488 or 606 was compared with the RFCs, the pages said both RFCs give “65 or 31, chosen by the Warning header”, as if the Warning header picked one of two equal choices. Both RFCs make 31 the default and 65 the exception: RFC 3398 recommends 31 for most warn-codes and 65 when the warn-code speaks to an unavailable bearer capability; RFC 4497 NOTE 8 has 65 generated only if a new attempt with a different bearer capability could avoid the problem, and the default 31 in other circumstances.',
      ja: 'スタックが 488 や 606 を受信したときに設定する理由表示を RFC と比べる箇所で、両 RFC は「Warning ヘッダに応じて 65 または 31」を示すとし、Warning ヘッダが対等な二つから選ぶかのように書いていた。両 RFC とも 31 が既定で、65 は例外である。RFC 3398 は、大半の警告コードには 31 を、警告コードが伝達能力を使えないことを示す場合は 65 を推奨している。RFC 4497 の NOTE 8 では、65 は伝達能力の内容を変えて再発信すれば問題を避けられる見込みがある場合に限り、それ以外では既定の 31 を使う。',
    },
    now: {
      en: 'The pages say both RFCs give “31, or 65 when the Warning code shows a bearer capability problem”.',
      ja: '両 RFC が示すのは「31、または Warning のコードが伝達能力の問題を示す場合は 65」であるとした。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote:
          'This document recommends that \'31 Normal, unspecified\' SHOULD by default be used for most currently assigned Warning codes. If the Warning code speaks to an unavailable bearer capability, cause code \'65 Bearer Capability Not Implemented\' is a RECOMMENDED mapping.',
      },
      {
        ref: 'RFC4497 §8.4.4',
        quote:
          'NOTE 8: When the Warning header is present in a SIP 606 or 488 message, the warning code should be examined to determine whether it is reasonable to generate cause value 65. This cause value should be generated only if there is a chance that a new call attempt with different content in the Bearer capability information element will avoid the problem. In other circumstances, the default cause value should be used.',
      },
    ],
  },
  {
    id: 'causes-stack-rows-what-mapping-functions-return',
    date: '2026-12-06',
    title: { en: 'Cause pages: the stack rows give what the mapping functions return', ja: '理由表示のページ：スタックの行は対応関数が返す値である' },
    pages: [1, 2, 3, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 31, 34, 38, 41, 42, 44, 47, 52, 54, 55, 57, 58, 63, 65, 66, 69, 70, 79, 87, 88, 102, 111, 127].map((cause) => ({ cause })),
    wrong: {
      en: 'The introduction of every cause page said it gives what Asterisk and FreeSWITCH “actually send” for the cause and “set it for”, and the table of received responses said a stack’s row lists “every code” its mapping function turns into the cause. The rows give what the mapping functions return, read for the registered codes and 409 and 411. Their default branches take unregistered codes as well (Asterisk turns any other 4xx into cause 127 and any other 5xx into 34). FreeSWITCH sends, instead of its row, the SIP code the leg it was connected to ended with, unless sip_ignore_remote_cause is true, and takes the cause of a Q.850 Reason header in a final response of 400 or above, unless ignore_q850_reason is true. Asterisk also sets the cause from a received Reason header.',
      ja: 'すべての理由表示のページで、冒頭の説明では Asterisk と FreeSWITCH が「実際に」送るコードと、この理由表示を設定する応答を示すとし、受信した応答の表の説明では、スタックの行は対応関数がこの理由表示に変換する「すべてのコード」であるとしていた。行に示すのは対応関数が返す値であり、登録済みのコードと 409・411 について読んだものである。関数の既定の分岐は未登録のコードも受け取る（Asterisk は、ほかの 4xx をすべて理由表示 127 に、ほかの 5xx をすべて 34 にする）。FreeSWITCH は、接続先のレッグが SIP のコードで終わっていれば、sip_ignore_remote_cause が true でない限り、行のコードの代わりにそのコードを送る。また 400 以上の最終応答の Reason ヘッダに Q.850 の理由表示があれば、ignore_q850_reason が true でない限り、その理由表示を使う。Asterisk も、受信した Reason ヘッダから理由表示を設定する。',
    },
    now: {
      en: 'The introduction speaks of what the mapping functions of Asterisk and FreeSWITCH give. The text above each table says the stack rows are what the functions return, and explains “(default)”; the exceptions are given with the lines they were read from, Asterisk’s Reason header above the table of received responses, FreeSWITCH’s two settings in the notes below each table.',
      ja: '冒頭の説明は、Asterisk と FreeSWITCH の対応関数が返す値を示すものとした。各表の説明では、スタックの行は対応関数が返す値であるとし、「（既定の分岐）」の意味を示した。例外は読んだソースの行とともに示し、Asterisk の Reason ヘッダは受信した応答の表の上に、FreeSWITCH の二つの設定は各表の下の注記に置いた。',
    },
    sources: [
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip.c#L3599-L3605',
        name: 'Asterisk, res/res_pjsip.c, lines 3599–3605',
        quote:
          'default: if (cause < 500 && cause >= 400) { /* 4xx class error that is unknown - someting wrong with our request */ return AST_CAUSE_INTERWORKING; } else if (cause < 600 && cause >= 500) { /* 5xx class error - problem in the remote end */ return AST_CAUSE_CONGESTION;',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L456-L467',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, lines 456–467',
        quote:
          'if (!((use_my_cause = switch_channel_get_variable(channel, "sip_ignore_remote_cause")) && switch_true(use_my_cause))) { ps_cause = switch_channel_get_variable(channel, "last_bridge_" SWITCH_PROTO_SPECIFIC_HANGUP_CAUSE_VARIABLE); } if (!zstr(ps_cause) && (!strncasecmp(ps_cause, "sip:", 4) || !strncasecmp(ps_cause, "sips:", 5))) { int new_cause = atoi(sofia_glue_strip_proto(ps_cause)); if (new_cause) {',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/sofia.c#L8731-L8735',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/sofia.c, lines 8731–8735',
        quote: 'if (tech_pvt->q850_cause && !switch_channel_var_true(channel, "ignore_q850_reason")) { cause = tech_pvt->q850_cause; } else { cause = sofia_glue_sip_cause_to_freeswitch(status); }',
      },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip_rfc3326.c#L62-L66',
        name: 'Asterisk, res/res_pjsip_rfc3326.c, lines 62–66',
        quote: 'if (code_q850) { ast_channel_hangupcause_set(session->channel, code_q850 & 0x7f); } else if (code_sip) { ast_channel_hangupcause_set(session->channel, ast_sip_hangup_sip2cause(code_sip)); }',
      },
    ],
  },
  {
    id: 'causes-rfc-rows-retry-before-releasing',
    date: '2026-12-06',
    title: { en: 'Cause pages: for some responses the RFCs have the gateway retry before releasing', ja: '理由表示のページ：一部の応答では、RFC は切断の前に再試行を求める' },
    pages: [1, 2, 3, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 31, 34, 38, 41, 42, 44, 47, 52, 54, 55, 57, 58, 63, 65, 66, 69, 70, 79, 87, 88, 102, 111, 127].map((cause) => ({ cause })),
    wrong: {
      en: 'Every cause page introduced the RFC rows of “SIP responses → cause” as the final responses that end the call with this cause, without the condition both RFCs put on some of them: for 401 and 407 a gateway that can authenticate itself should do so and go on with the call, and for the protocol errors they mark (such as 413, 415, 420 and 484) it should remedy the request and retry, releasing with the cause only if that is not possible.',
      ja: 'すべての理由表示のページで、「SIP の応答 → 理由表示」の RFC の行を、受けるとこの理由表示で呼を終える最終応答であると説明し、両 RFC が一部の応答に付けている条件を示していなかった。401 と 407 では、自ら認証できるゲートウェイは認証して呼を続けるべきであり、RFC が印を付けたプロトコルエラー（413・415・420・484 など）では、リクエストを直して再試行し、それができない場合に限ってこの理由表示で切断するべきである。',
    },
    now: {
      en: 'The introduction adds that for 401, 407 and the protocol errors the RFCs mark, the cause applies only when the gateway cannot authenticate itself or remedy the request and retry.',
      ja: '401・407 と RFC が印を付けたプロトコルエラーについては、ゲートウェイが自ら認証することも、リクエストを直して再試行することもできない場合に限ると説明に加えた。',
    },
    sources: [
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: 'If the gateway can authenticate itself, then obviously it SHOULD do so and proceed with the call; only if the gateway cannot authenticate itself should cause code 21 be sent.',
      },
      {
        ref: 'RFC3398 §8.2.6.1',
        quote: '(+) If at all possible, a SIP gateway SHOULD respond to these protocol errors by remedying unacceptable behavior and attempting to re-originate the session. Only if this proves impossible should the SIP gateway fail the ISUP half of the call.',
      },
      {
        ref: 'RFC4497 §8.4.4',
        quote: 'NOTE 6: For some response codes, the gateway may be able to retry the INVITE request in order to work around the problem. In particular, this may be the case with response codes indicating a protocol error. The gateway SHOULD clear the call in the QSIG network with the indicated cause value only if retry is not possible or fails.',
      },
    ],
  },

  // Eighth reading, 436, 437, 438, 439, 440, 469.
  {
    id: '439-register-without-outbound',
    date: '2026-12-05',
    title: { en: '439: when a reg-id is ignored, and what a REGISTER without Outbound can still get', ja: '439：reg-id が無視される条件と、Outbound なしの REGISTER に返りうるもの' },
    pages: [{ code: 439 }],
    wrong: {
      en: 'The Supported note said that a REGISTER with a reg-id but no outbound option tag has its reg-id ignored and its contact registered "the ordinary way", as if for every REGISTER; RFC 5626 §6 gives that rule only where the REGISTER came through a proxy and has no Path header, or a first Path URI without "ob". The description said that a client that registers again without Outbound after a 439 "is handled in the ordinary way", although RFC 5626 §6 lets a registrar be configured to reject registrations without instance-id and reg-id.',
      ja: 'Supported の注記は、reg-id はあるが outbound オプションタグのない REGISTER について、reg-id は無視されてコンタクトは「通常どおり」登録されると、どの REGISTER にも当てはまるかのように書いていた。RFC 5626 §6 がこの規則を定めているのは、プロキシを経由して届いた REGISTER に Path ヘッダがないか、最初の Path URI に「ob」がない場合だけである。また説明文は、439 の後に Outbound なしで登録し直したクライアントは「通常どおり処理される」としていたが、RFC 5626 §6 は、instance-id と reg-id を含まない登録を拒否するようレジストラを設定することを認めている。',
    },
    now: {
      en: 'The note states the condition of RFC 5626 §6 and says that a reg-id it ignores leaves the outbound option tag out of Require in the response; the description says a REGISTER without reg-id is not refused with 439 but may still be refused by a registrar whose local policy requires instance-id and reg-id.',
      ja: '注記は RFC 5626 §6 の条件を示し、reg-id が無視された場合、応答の Require には outbound オプションタグが入らないとした。説明文は、reg-id のない REGISTER が 439 で拒否されることはないが、instance-id と reg-id を求めるローカルポリシーのレジストラには拒否されうる、とした。',
    },
    sources: [
      {
        ref: 'RFC5626 §6',
        quote:
          'If the registrar is not the first hop, it MUST examine the Path header of the request. If the Path header field is missing or it exists but the first URI does not have an "ob" URI parameter, then outbound processing MUST NOT be applied to the registration. In this case, the following processing applies: if the REGISTER request contains the reg-id and the outbound option tag in a Supported header field, then the registrar MUST respond to the REGISTER request with a 439 (First Hop Lacks Outbound Support) response; otherwise, the registrar MUST ignore the "reg-id" parameter of the Contact header.',
      },
      {
        ref: 'RFC5626 §6',
        quote:
          'If the Contact header did not contain a "reg-id" Contact header field parameter or if that parameter was ignored (as described above), the registrar MUST NOT include the outbound option-tag in the Require header field of its response.',
      },
      {
        ref: 'RFC5626 §6',
        quote:
          'The registrar MAY be configured with local policy to reject any registrations that do not include the instance-id and reg-id, or with Path header field values that do not contain the "ob" URI parameter.',
      },
    ],
  },

  // Ninth reading, unregistered codes (409, 411, 478, 490, 687, 701, 702, 703, 303) and the unregistered section of the list of all codes.
  {
    id: '478-send-reply-error-after-t-relay',
    date: '2026-12-06',
    title: { en: '478: what follows a failed t_relay() differs before and since Kamailio 5.8', ja: '478：t_relay() の失敗後に送られる応答は、Kamailio 5.8 の前後で異なる' },
    pages: [{ unregistered: '478' }],
    wrong: {
      en: 'The page said that the call the stock configuration makes after a failed t_relay() (send_reply_error(), sl_reply_error() before 2025) "builds its reply from the same internal error, with the `/TM` or `/SL` tag", and told readers to turn tm\'s internal reply off before sending a registered code. That holds for Kamailio 5.7 and earlier, where sl_reply_error() sent a stateless `(478/SL)` at once and tm still sent its `(478/TM)` when the script ended. Since 5.8, tm sends its reply at the end of the script only if the script has sent no final reply, and sl_reply_error() and send_reply_error() (new in 5.8) see the delayed-reply flag and send nothing. The page did not tell the versions apart.',
      ja: '標準の設定で t_relay() の失敗後に呼ぶ関数（send_reply_error()、2025 年より前は sl_reply_error()）が「同じ内部エラーから `/TM` または `/SL` のタグ付きの応答を作る」とし、登録済みのコードを送る前に tm の内部応答を無効にするよう勧めていた。これは Kamailio 5.7 以前には当てはまり、sl_reply_error() がただちにステートレスな `(478/SL)` を送り、tm もスクリプトの終了時に `(478/TM)` を送っていた。5.8 以降の tm は、スクリプトが最終応答を送っていない場合に限ってスクリプトの終了時に応答し、sl_reply_error() と send_reply_error()（5.8 で追加）は遅延応答のフラグを見て何も送らない。ページはバージョンの違いを示していなかった。',
    },
    now: {
      en: 'Since Kamailio 5.8: tm replies `(478/TM)` when the script has ended, unless the script has replied or t_set_disable_internal_reply() is used; the stock configuration\'s sl_reply_error() (send_reply_error() from 6.1) sends nothing in the default case, and a registered code sent in place of that call is the only reply. In 5.7 and earlier: sl_reply_error() sent a stateless `(478/SL)` at once and tm its `(478/TM)` when the script ended, so the page advises sending a registered code through tm with t_reply() or turning the internal reply off first.',
      ja: 'Kamailio 5.8 以降では、スクリプトが応答しておらず t_set_disable_internal_reply() も使っていなければ、tm はスクリプトの終了時に `(478/TM)` を返す。標準の設定の sl_reply_error()（6.1 からは send_reply_error()）は既定の場合は何も送らず、この呼び出しの代わりに送った登録済みのコードだけが応答になる。5.7 以前では、sl_reply_error() がただちにステートレスな `(478/SL)` を送り、tm もスクリプトの終了時に `(478/TM)` を送っていた。このため、登録済みのコードは t_reply() で tm を通じて送るか、先に内部応答を無効にするよう勧めるようにした。',
    },
    sources: [
      { url: 'https://github.com/kamailio/kamailio/commit/76b7beef6d089272b749aa53f29e100711aa4c50', name: 'Kamailio, commit 76b7beef6d (2024-01-24, first released in 5.8.0)', quote: 'sl: do not send error reply if message marked with delayed-reply flag' },
      { url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/modules/tm/doc/params.xml#L1820-L1824', name: 'Kamailio, src/modules/tm/doc/params.xml, lines 1820–1824 (delayed_reply, a parameter since 6.1)', quote: 'If set to 1, the reply generation in case of request processing/forwarding error is delayed till the config script execution ends. This allows the script writer to send its own error reply.' },
      { url: 'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/modules/tm/tm.c#L236', name: 'Kamailio, src/modules/tm/tm.c, line 236', quote: 'int _tm_delayed_reply = 1;' },
      { url: 'https://github.com/kamailio/kamailio/blob/b228816f36f7963f1448c0f5a9fa2c5f434271d6/src/modules/sl/sl_funcs.c#L411-L415', name: 'Kamailio 5.7.7, src/modules/sl/sl_funcs.c, lines 411–415 (sl_reply_error)', quote: 'ret = err2reason_phrase( prev_ser_error, &sip_error, err_buf, sizeof(err_buf), "SL"); if(ret > 0) { sl_send_reply(msg, sip_error, err_buf);' },
      { url: 'https://github.com/kamailio/kamailio/blob/b228816f36f7963f1448c0f5a9fa2c5f434271d6/src/modules/tm/t_lookup.c#L2031-L2037', name: 'Kamailio 5.7.7, src/modules/tm/t_lookup.c, lines 2031–2037 (t_unref)', quote: 'if(unlikely(kr == REQ_ERR_DELAYED)) { LM_DBG("delayed error reply generation(%d)\\n", tm_error); if(unlikely(is_route_type(FAILURE_ROUTE))) { LM_BUG("called w/ kr=REQ_ERR_DELAYED in failure" " route for %p\\n", T); } else if(unlikely(kill_transaction(T, tm_error) <= 0)) {' },
      { url: 'https://github.com/kamailio/kamailio/blob/b228816f36f7963f1448c0f5a9fa2c5f434271d6/etc/kamailio.cfg#L614-L616', name: 'Kamailio 5.7.7, etc/kamailio.cfg, lines 614–616', quote: 'if (!t_relay()) { sl_reply_error(); }' },
    ],
  },
  {
    id: '701-ack-never-received',
    date: '2026-12-06',
    title: { en: '701: a final response to INVITE that was never acknowledged is a 701 too', ja: '701：ACK が届かなかった INVITE への最終応答も 701 になる' },
    pages: [{ unregistered: '701' }, { unregistered: '702' }, { unregistered: '703' }],
    wrong: {
      en: '701 said only that "the transaction timed out without a single response", its summary spoke of "a request that never got an answer", and the paragraph shared by 701 to 703 said the three codes are for failures "before any response arrives". pjsip\'s code of 2005 and 2006 also gave 701 to a server INVITE transaction whose final response was never acknowledged with an ACK (Timer H), a transaction that had itself sent a response.',
      ja: '701 については、トランザクションが「一つの応答も受け取らないまま」タイムアウトしたことを示すとだけ説明し、要約では「応答が得られなかったリクエスト」とし、701〜703 に共通の段落では三つのコードが「応答が届く前に起きた失敗」を表すとしていた。2005〜2006 年の pjsip のコードは、最終応答に ACK が届かなかった INVITE のサーバトランザクション（タイマ H）にも 701 を与えていた。これは自ら応答を送ったトランザクションである。',
    },
    now: {
      en: '701 is a transaction timeout: a client transaction whose timer fired before any response arrived, or a server INVITE transaction whose final response got no ACK (Timer H, RFC 3261 §17.2.1); a fix covers the ACK case. The page adds that pjsip stopped a client transaction\'s timer at the first response, a provisional one included, so that, unlike a non-INVITE client transaction in RFC 3261 §17.1.2.2, a transaction could not time out after a provisional response. The shared paragraph speaks of transactions that end in a local failure rather than with a response from the peer.',
      ja: '701 はトランザクションのタイムアウトであり、応答が一つも届かないうちにタイマが満了したクライアントトランザクションと、INVITE への最終応答に ACK が届かなかったサーバトランザクション（タイマ H、RFC 3261 §17.2.1）がある。ACK の場合の対処を加えた。また pjsip は暫定応答を含む最初の応答でクライアントトランザクションのタイマを止めていたため、RFC 3261 §17.1.2.2 の INVITE 以外のクライアントトランザクションと異なり、暫定応答の後はタイムアウトしえなかったことを加えた。共通の段落では、相手からの応答ではなくローカルな失敗で終わったトランザクションを表すとした。',
    },
    sources: [
      { ref: 'RFC3261 §17.2.1', quote: 'If timer H fires while in the "Completed" state, it implies that the ACK was never received.' },
      { ref: 'RFC3261 §17.1.2.2', quote: 'If timer F fires while in the "Proceeding" state, the TU MUST be informed of a timeout, and the client transaction MUST transition to the terminated state.' },
      { url: 'https://github.com/pjsip/pjproject/blob/0a749f11c76147500c0729c16f334591196d1e77/pjsip/src/pjsip/sip_transaction.c#L1735-L1739', name: 'pjproject, pjsip/src/pjsip/sip_transaction.c, lines 1735–1739 (2005-10-31)', quote: 'For INVITE, this means that ACK was never received.' },
      { url: 'https://github.com/pjsip/pjproject/blob/0a749f11c76147500c0729c16f334591196d1e77/pjsip/src/pjsip/sip_transaction.c#L1362-L1363', name: 'pjproject, pjsip/src/pjsip/sip_transaction.c, lines 1362–1363 (2005-10-31, Calling state, on any response)', quote: '/* Cancel timer B (transaction timeout) */ pjsip_endpt_cancel_timer(tsx->endpt, &tsx->timeout_timer);' },
      { url: 'https://github.com/pjsip/pjproject/blob/d52174b2477d4b52adb35be1ca2c87682dceafdc/pjsip/src/pjsip/sip_transaction.c#L2444-L2446', name: 'pjproject, pjsip/src/pjsip/sip_transaction.c, lines 2444–2446 (2006-10-18, Proceeding state of a client transaction)', quote: '} else { // Shouldn\'t happen because there\'s no timer for this state. pj_assert(!"Unexpected event");' },
    ],
  },
  {
    id: '702-502-for-nxdomain-srv-with-nameserver',
    date: '2026-12-06',
    title: { en: '702: current pjsip gives 502 only for some DNS failures, and queries SRV only with its own DNS servers', ja: '702：現在の pjsip が 502 を返すのは一部の DNS の失敗だけで、SRV を引くのは専用の DNS サーバがある場合だけ' },
    pages: [{ unregistered: '702' }],
    wrong: {
      en: 'The page said pjsip has reported a failed resolution as 502 since 2009, and that current pjsip queries SRV and then A or AAAA. pjsip gives 502 for a name that does not exist and for a failed lookup through the operating system\'s resolver; other failures of its own DNS resolver, such as a timeout, still give 503. It queries SRV only when the application has configured DNS servers for it; otherwise it resolves the name alone with the operating system\'s resolver.',
      ja: 'pjsip は 2009 年以降、名前解決の失敗を 502 として報告し、現在の pjsip は SRV を引いてから A または AAAA を引くとしていた。pjsip が 502 を返すのは、存在しない名前と、OS のリゾルバによる解決の失敗の場合であり、自前の DNS リゾルバでのタイムアウトなどそれ以外の失敗は今も 503 になる。SRV を引くのはアプリケーションが DNS サーバを設定している場合だけで、設定がなければ OS のリゾルバで名前そのものを解決する。',
    },
    now: {
      en: 'The page names the failures that give 502 and says the others give 503; it says SRV is queried only with pjsua\'s nameserver setting (or its equivalent), and lists 502 and 503 as related codes.',
      ja: '502 になる失敗を示し、それ以外は 503 になるとした。SRV を引くのは pjsua の nameserver 設定（またはそれに当たる設定）がある場合だけとし、関連するコードを 502 と 503 にした。',
    },
    sources: [
      { url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/src/pjsip/sip_transaction.c#L2302-L2312', name: 'pjproject, pjsip/src/pjsip/sip_transaction.c, lines 2302–2312', quote: 'if (-sent==PJ_ERESOLVE || -sent==PJLIB_UTIL_EDNS_NXDOMAIN || -sent==PJ_ECANCELLED) { sc = PJSIP_SC_BAD_GATEWAY; } else { sc = PJSIP_SC_TSX_TRANSPORT_ERROR; }' },
      { url: 'https://github.com/pjsip/pjproject/blob/b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4/pjsip/include/pjsua-lib/pjsua.h#L2543-L2545', name: 'pjproject, pjsip/include/pjsua-lib/pjsua.h, lines 2543–2545', quote: 'If no name server is configured, the SIP SRV resolution would be disabled, and domain will be resolved with standard pj_gethostbyname() function.' },
    ],
  },
  {
    id: '703-no-tls-then-dns-in-2006',
    date: '2026-12-06',
    title: { en: '703: pjsip had no TLS while it used 703, and used it for DNS failures in 2006', ja: '703：pjsip が 703 を使っていた間は TLS がなく、2006 年には DNS の失敗にも使っていた' },
    pages: [{ unregistered: '703' }],
    wrong: {
      en: 'The page counted a failed TLS connection or handshake among the causes of 703 and advised checking TLS certificates. pjsip replaced 703 with 503 in October 2006 and gained a TLS transport only in December 2006. It also left out that from January 2006 pjsip reported a failed DNS resolution as this transport error.',
      ja: '703 の原因に TLS の接続やハンドシェイクの失敗を含め、TLS 証明書の確認を勧めていた。pjsip が 703 を 503 に置き換えたのは 2006 年 10 月であり、TLS トランスポートを持ったのは 2006 年 12 月である。また 2006 年 1 月から pjsip が DNS 解決の失敗もこのトランスポートエラーとして報告していたことに触れていなかった。',
    },
    now: {
      en: '703 covers a refused send and a TCP connection that could not be opened or broke, and from January to October 2006 a destination name that could not be resolved; the TLS advice is gone.',
      ja: '703 は送出の拒否と、開けなかった、または切れた TCP 接続を表し、2006 年 1 月から 10 月までは解決できなかった宛先の名前も表すとした。TLS についての対処は外した。',
    },
    sources: [
      { url: 'https://github.com/pjsip/pjproject/commit/6e0e54bff38e77ca8a37cdb1cc24c9b91ead45c9', name: 'pjproject, commit 6e0e54b (2006-12-08)', quote: 'Initial implementation of TLS transport for ticket #3 (still not working at all)' },
      { url: 'https://github.com/pjsip/pjproject/blob/fa73e3e159141ac4f9e7d3116d27c84e009f69c8/pjsip/src/pjsip/sip_util.c#L890-L894', name: 'pjproject, pjsip/src/pjsip/sip_util.c, lines 890–894 (2006-01-05)', quote: '/* Fail on server resolution. */ if (status != PJ_SUCCESS) { if (stateless_data->app_cb) { pj_bool_t cont = PJ_FALSE; (*stateless_data->app_cb)(stateless_data, -status, &cont);' },
    ],
  },
  {
    id: 'codes-index-unregistered-intro',
    date: '2026-12-06',
    title: { en: 'List of all codes: not every unregistered code comes from a SIP stack', ja: 'コード一覧：未登録のコードがすべて SIP スタックから来るわけではない' },
    pages: [{ index: 'codes' }],
    wrong: {
      en: 'The unregistered section said its codes are ones "that SIP stacks print or send". No stack source read for the site has 303, which RFC 2543 listed and HTTP defines, and 409 and 411 are leftovers from RFC 2543.',
      ja: '未登録のコードの節で、これらを「SIP スタックが出力したり送信したりするコード」としていた。サイトが読んだスタックのソースには 303 がなく、303 は RFC 2543 が一覧に挙げ HTTP が定めるコードであり、409 と 411 は RFC 2543 の名残である。',
    },
    now: {
      en: 'The codes are ones that turn up in SIP logs and traces: codes of particular SIP stacks, leftovers from RFC 2543, and an HTTP code.',
      ja: 'SIP のログやトレースに現れるコードであり、特定の SIP スタックのコード、RFC 2543 の名残、HTTP のコードがあるとした。',
    },
    sources: [
      { ref: 'RFC2543 §5.1.1', quote: 'Redirection = "300" ; Multiple Choices | "301" ; Moved Permanently | "302" ; Moved Temporarily | "303" ; See Other' },
    ],
  },

  // Methods a conforming server must not answer with 202.
  {
    id: '202-not-to-subscribe-notify-refer',
    date: '2026-12-05',
    title: { en: '202: not an answer to SUBSCRIBE, NOTIFY or REFER', ja: '202：SUBSCRIBE・NOTIFY・REFER への応答にはしない' },
    pages: withComparisons(202),
    wrong: {
      en: 'The facts row gave 202 as an answer to any method, and the comparisons said the RFCs do not restrict 202 to particular methods, citing RFC 6665 §8.3.1 and RFC 7647 §5, the two sections that forbid it for SUBSCRIBE, NOTIFY and REFER.',
      ja: '概要表は 202 をどのメソッドへの応答にもなりうるとし、比較ページは「RFC は 202 を特定のメソッドに限定していない」として RFC 6665 §8.3.1 と RFC 7647 §5 を挙げていた。この二つの節は、SUBSCRIBE・NOTIFY・REFER に 202 を返すことを禁じている。',
    },
    now: {
      en: 'A server must not answer SUBSCRIBE, NOTIFY or REFER with 202 (RFC 6665 §8.3.1, RFC 7647 §5); the RFCs name MESSAGE for it (RFC 3428 §7). The 204 comparison says that 204 answers SUBSCRIBE only, which a server must not answer with 202.',
      ja: 'サーバは SUBSCRIBE・NOTIFY・REFER に 202 を返してはならない（RFC 6665 §8.3.1、RFC 7647 §5）。RFC が 202 について挙げるメソッドは MESSAGE である（RFC 3428 §7）。204 との比較ページは、204 の対象は SUBSCRIBE のみであり、サーバは SUBSCRIBE に 202 を返してはならないとしている。',
    },
    sources: [
      { ref: 'RFC6665 §8.3.1', quote: 'Implementations conformant with the current specification MUST treat an incoming 202 response as identical to a 200 response and MUST NOT generate 202 response codes to SUBSCRIBE or NOTIFY requests.' },
      { ref: 'RFC7647 §5', quote: 'Specifically, an element accepting a REFER request MUST NOT reply with a 202 response code and MUST treat any 202 responses received as identical to a 200 response.' },
    ],
  },

  // Ninth reading, 403, 404, 408, 480, 486, 487.
  {
    id: '404-485-list-left-out-or-404',
    date: '2026-12-06',
    title: { en: '404 and 485: a server must be configurable to leave out the 485 list or to answer 404', ja: '404 と 485：485 の候補一覧を省くか 404 を返すよう、サーバを設定できなければならない' },
    pages: [{ code: 404 }, { code: 485 }],
    wrong: {
      en: 'The description said that a server answering an ambiguous Request-URI "MUST be configurable to answer 404 instead" of 485. RFC 3261 §21.4.23 gives two ways to meet that MUST: a server can be configurable to answer 404, or to suppress the list of possible choices; either one is enough. The Contact note of 485 gave only the second: "a server must be configurable to suppress the list".',
      ja: '説明では、曖昧な Request-URI に答えるサーバは 485 の代わりに「404 を返すよう設定できなければならない」としていた。RFC 3261 §21.4.23 がこの MUST を満たす方法として挙げるのは二つで、404 を返すよう設定できることか、候補の一覧を省くよう設定できることであり、どちらか一方でよい。485 の Contact の注記は後者だけを挙げ、「サーバは一覧を出さないよう設定できなければならない」としていた。',
    },
    now: {
      en: '485 MAY list unambiguous addresses in Contact, though it MUST be possible to configure a server to leave that list out or to answer 404 instead (RFC 3261 §21.4.23). The Contact note of 485 gives the same two options.',
      ja: '485 は曖昧でない候補を Contact に列挙してもよいが、その列挙をやめるか、代わりに 404 を返すようサーバを設定できなければならない（RFC 3261 §21.4.23）。485 の Contact の注記でも同じ二つの方法を示した。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4.23',
        quote: 'It MUST be possible to configure a server to respond with status 404 (Not Found) or to suppress the listing of possible choices for ambiguous Request-URIs.',
      },
    ],
  },

  // Eighth reading, 300, 301, 302, 305, 380, 400.
  {
    id: '301-302-contact-should-for-invite',
    date: '2026-12-05',
    title: { en: '301 and 302: the SHOULD for a Contact is stated for a response to INVITE', ja: '301 と 302：Contact を含めるべきだとする規定は INVITE への応答についてのもの' },
    pages: [{ code: 301 }, { code: 302 }],
    wrong: {
      en: 'The Contact header field of 301 and 302 was listed as SHOULD in every response with the code, citing RFC 3261 §13.3.1.2, and the trace explainer checked it for every request method. That section is part of the UAS processing of an INVITE: it asks for a Contact when a UAS redirects a call.',
      ja: '301 と 302 の Contact ヘッダを、RFC 3261 §13.3.1.2 を出典として、そのコードのすべての応答に含めるべき（SHOULD）ものとし、トレース解析もすべてのメソッドについて確認していた。同節は UAS による INVITE の処理の一部であり、UAS が呼をリダイレクトする場合に Contact を求めている。',
    },
    now: {
      en: 'The notes say RFC 3261 §13.3.1.2 asks for the Contact (SHOULD) in a 301 or 302 to INVITE, and the trace explainer checks it only in responses to INVITE.',
      ja: '注記では、RFC 3261 §13.3.1.2 が Contact を含めるべき（SHOULD）としているのは INVITE への 301 または 302 であるとし、トレース解析も INVITE への応答についてだけ確認するようにした。',
    },
    sources: [
      {
        ref: 'RFC3261 §13.3.1.2',
        quote: 'If the UAS decides to redirect the call, a 3xx response is sent. A 300 (Multiple Choices), 301 (Moved Permanently) or 302 (Moved Temporarily) response SHOULD contain a Contact header field',
      },
    ],
  },

  // Ninth reading, 488, 500, 503, 603, 501, 502.
  {
    id: '500-http-definition-word-for-word',
    date: '2026-12-06',
    title: { en: '500: the HTTP definition is the same as SIP\'s, word for word', ja: '500：HTTP の定義は SIP と一字一句同じである' },
    pages: [{ code: 500 }],
    wrong: {
      en: 'The note on the HTTP code of the same number said in one sentence that HTTP 500 has "a similar meaning" and in the next "Same meaning", and the Japanese said only that the meaning was nearly the same. RFC 9110 and RFC 3261 define 500 in the same words; only the phrase differs.',
      ja: '同じ番号の HTTP コードについての注記で、英語版は HTTP の 500 の意味を「似ている」と書いた直後に「同じ」と書いており、日本語版は意味がほぼ同じとだけ書いていた。RFC 9110 と RFC 3261 は 500 を同じ文言で定義しており、違うのは名称だけである。',
    },
    now: {
      en: 'The note says that the two definitions are word for word the same and that only the phrase has its words reversed, in both languages.',
      ja: '両者の定義は一字一句同じで、名称の語順だけが逆であると、両言語で書いた。',
    },
    sources: [
      { ref: 'RFC3261 §21.5.1', quote: 'The server encountered an unexpected condition that prevented it from fulfilling the request.' },
      { ref: 'RFC9110 §15.6.1', quote: 'The 500 (Internal Server Error) status code indicates that the server encountered an unexpected condition that prevented it from fulfilling the request.' },
    ],
  },

  // Eighth reading, 416, 417, 420, 421, 422, 423.
  {
    id: '417-require-tag-does-not-guarantee-priority',
    date: '2026-12-05',
    title: { en: '417: Require: resource-priority asks for a refusal instead of default priority, not for the priority to be honoured', ja: '417：Require: resource-priority が求めるのは既定の優先度での処理に代わる拒否であり、優先度の尊重ではない' },
    pages: [{ code: 417 }],
    wrong: {
      en: 'The description said that a client that "needs the priority honoured rather than overlooked" says so with Require: resource-priority, citing RFC 4412 §4.3 and §4.6.2. Those sections say what the tag changes: a user agent without the extension answers 420, and a recipient that understands none of the values rejects the request with 417 instead of processing it at default priority. Neither says the tag makes the priority honoured, and RFC 4412 §4.7.3 lets proxies ignore the Resource-Priority header. The note on Require said in the same way that with the tag the client "insists on priority handling", and the note on Resource-Priority, the flow caption, a scenario, the last paragraph of the description and the comparison with HTTP\'s 417 said that such a request "requires priority handling".',
      ja: '説明で、「優先度を見過ごされては困る」クライアントは Require: resource-priority でそれを明示するとし、RFC 4412 §4.3 と §4.6.2 を出典としていた。これらの節が定めるのは、このタグで変わる扱いである。拡張を実装していない UA は 420 を返し、値をどれも理解できない受信側は既定の優先度で処理する代わりに 417 で拒否する。タグによって優先度が尊重されるとはどちらの節も書いておらず、RFC 4412 §4.7.3 はプロキシが Resource-Priority ヘッダを無視することを認めている。Require の注記も同じように、このタグでクライアントは「優先処理を必須とする」としており、Resource-Priority の注記、フロー図の説明、シナリオの 1 つ、説明の最後の段落、HTTP の 417 との比較も、そうしたリクエストは「優先処理を必須とする」としていた。',
    },
    now: {
      en: 'A client that would rather have the request refused than processed at default priority by a recipient that understands none of its values adds Require: resource-priority (RFC 4412 §4.3, §4.6.2); the tag does not make every element on the path honour the priority, since proxies MAY ignore the Resource-Priority header (RFC 4412 §4.7.3). The Require note says the client insists that the recipient support the extension, and gives both answers: 420 from a user agent without it, 417 from a recipient that understands none of the values. The other places say only that the request carries Require: resource-priority.',
      ja: '値をどれも理解できない受信側に既定の優先度で処理されるよりは、拒否されるほうを選ぶクライアントが Require: resource-priority を付ける（RFC 4412 §4.3、§4.6.2）、とした。このタグを付けても経路上のすべての装置が優先度を尊重するわけではなく、プロキシは Resource-Priority ヘッダを無視してよい（MAY、RFC 4412 §4.7.3）。Require の注記では、クライアントは受信側にこの拡張への対応を必須として求めるとし、拡張のない UA の 420 と、値をどれも理解できない受信側の 417 の両方を示した。ほかの箇所では、リクエストに Require: resource-priority が付いていることだけを示すようにした。',
    },
    sources: [
      {
        ref: 'RFC4412 §4.6.2',
        quote: "Without the option tag, the RP actor treats the request as if it contained no 'Resource-Priority' header field and processes it with default priority.",
      },
      { ref: 'RFC4412 §4.7.3', quote: "SIP proxies MAY ignore the 'Resource-Priority' header field." },
    ],
  },
  {
    id: '422-423-retry-more-than-once',
    date: '2026-12-05',
    title: { en: '422 vs 423: after a 422 a client may need more than one retry', ja: '422 と 423：422 の後の再試行は 1 回で済むとは限らない' },
    pages: [{ compare: [422, 423] }],
    wrong: {
      en: 'The comparison told the receiving side of either code to take the minimum from the response and "retry once with it". For 422, RFC 4028 expects several INVITE/422 iterations: each proxy on the path whose minimum is higher can answer 422, and the UAC carries in Min-SE the largest value from all the 422 responses it has received for that Call-ID.',
      ja: '比較ページは、どちらのコードについても、受信側は応答から最小値を取り出して「一度だけ」再試行するとしていた。422 について RFC 4028 は、INVITE と 422 のやり取りが何度か続くことを想定している。経路上で最小値がより大きいプロキシはそれぞれ 422 を返しうるので、UAC は同じ Call-ID で受けたすべての 422 のうち最大の値を Min-SE に入れる。',
    },
    now: {
      en: 'The receiving side takes the minimum from the response, retries with it and fixes the configured value; a 422 can come back from another element further along with a higher minimum, and the next retry then carries the largest Min-SE received so far (RFC 4028 §3, §7.4).',
      ja: '受信側は応答から最小値を取り出して再試行し、設定値も直す、とした。422 は経路のさらに先にある別の装置から、より大きな最小値を付けて再び返ることがあり、その場合の再試行には、それまでに受け取った Min-SE のうち最大の値を入れる（RFC 4028 §3、§7.4）。',
    },
    sources: [
      { ref: 'RFC4028 §3', quote: 'After several INVITE/422 iterations, the request eventually arrives at the UAS.' },
      {
        ref: 'RFC4028 §7.4',
        quote: 'If no dialog has been established, the Min-SE header field value is set to the largest value among all Min-SE header field values returned in all 422 responses for an INVITE request with the same Call-ID.',
      },
    ],
  },

  // Ninth reading, 504, 600, 606, 180, 183, 200.
  {
    id: '600-only-if-no-other-end-point-is-21-6-1',
    date: '2026-12-06',
    title: { en: '600: the "only if" is in RFC 3261 §21.6.1, not in §13.3.1.3', ja: '600：「場合に限る」は RFC 3261 §13.3.1.3 ではなく §21.6.1 の規定' },
    pages: [{ code: 600 }],
    wrong: {
      en: 'A fix attributed to RFC 3261 §13.3.1.3 both the SHOULD for 486 and a rule that 600 is sent "only if" the UAS knows that no other end system will accept the call. §13.3.1.3 says that a 600 SHOULD be sent instead if the UAS knows this; the restriction "only if" is the wording of §21.6.1.',
      ja: '対処方法で、486 を返すべきこと（SHOULD）と、600 を返すのは他のどの端末も呼を受けないと UAS が知っている場合「に限られる」ことの両方を RFC 3261 §13.3.1.3 の規定としていた。§13.3.1.3 が定めるのは、UAS がそれを知っている場合には代わりに 600 を送るべきであること（SHOULD）であり、「場合に限る」という制限は §21.6.1 の文言である。',
    },
    now: {
      en: 'RFC 3261 §13.3.1.3 says 486 SHOULD be returned for an ordinary busy line, and RFC 3261 §21.6.1 has 600 returned only when it is known that no other end point, such as a voicemail system, will answer.',
      ja: '通常の話中で返すべき応答は 486 である（SHOULD、RFC 3261 §13.3.1.3）。600 を返すのは、ボイスメールシステムなど他のどのエンドポイントも応答しないとわかっている場合に限られる（RFC 3261 §21.6.1）、とした。',
    },
    sources: [
      { ref: 'RFC3261 §13.3.1.3', quote: 'A 486 (Busy Here) SHOULD be returned in such a scenario. If the UAS knows that no other end system will be able to accept this call, a 600 (Busy Everywhere) response SHOULD be sent instead.' },
      { ref: 'RFC3261 §21.6.1', quote: 'This status response is returned only if the client knows that no other end point (such as a voice mail system) will answer the request.' },
    ],
  },
  {
    id: '180-alert-info-optional-by-the-header-table',
    date: '2026-12-06',
    title: { en: '180: Alert-Info is optional by the header table of RFC 3261 §20; §20.4 gives only its meaning', ja: '180：Alert-Info が任意であることは RFC 3261 §20 のヘッダ一覧表による。§20.4 が定めるのは意味だけである' },
    pages: withComparisons(180),
    wrong: {
      en: 'The Alert-Info note gave the level MAY with RFC 3261 §20.4 as its only source. §20.4 says what the header field means in a 180, but gives no requirement level. The level comes from the header table of §20, which marks Alert-Info optional in a 180 to INVITE and lets a proxy add it; there, optional means that an element MAY include the header field and a UA MAY ignore it.',
      ja: 'Alert-Info の注記は、レベル MAY の根拠として RFC 3261 §20.4 だけを挙げていた。§20.4 は 180 におけるこのヘッダの意味を定めるが、要求レベルは示していない。レベルは §20 のヘッダ一覧表によるもので、表は INVITE への 180 の Alert-Info を任意とし、プロキシが付け加えることも認めている。ここでいう任意とは、装置がそのヘッダを含めてよく（MAY）、UA は無視してよい（MAY）ということである。',
    },
    now: {
      en: 'The note gives the meaning from RFC 3261 §20.4 (an alternative ringback tone for the caller\'s UA) and the level from the header table of §20: the UAS or a proxy MAY add it, and the caller\'s UA MAY ignore it. The level is cited to RFC 3261 §20.',
      ja: '注記は、意味を RFC 3261 §20.4 から（発信者の UA が鳴らす別のリングバックトーン）、レベルを §20 のヘッダ一覧表から示すようにした。UAS やプロキシは付けてよく（MAY）、発信者の UA は無視してよい（MAY）。レベルの出典は RFC 3261 §20 とした。',
    },
    sources: [
      { ref: 'RFC3261 §20.4', quote: 'When present in a 180 (Ringing) response, the Alert-Info header field specifies an alternative ringback tone to the UAC.' },
      { ref: 'RFC3261 §20', quote: '"Optional" means that an element MAY include the header field in a request or response, and a UA MAY ignore the header field if present in the request or response' },
      { ref: 'RFC3261 §20', quote: 'a: A proxy can add or concatenate the header field if not present.' },
    ],
  },
  {
    id: '183-contact-is-the-early-dialog-remote-target',
    date: '2026-12-06',
    title: { en: '183: the Contact rule is RFC 3261 §12.1.1, and the Contact is the remote target of the early dialog', ja: '183：Contact の規則は RFC 3261 §12.1.1 であり、Contact はアーリーダイアログのリモートターゲットになる' },
    pages: [{ code: 183 }],
    wrong: {
      en: 'The Contact note said, citing RFC 3261 §13.3.1.1, that the Contact of a 183 is where the caller sends PRACK or UPDATE "while early media is playing". §13.3.1.1 says only that such a response follows the dialog-creating rules of §12.1.1; it says nothing about PRACK or UPDATE, and the use of the Contact does not depend on early media: the caller sets the remote target of the early dialog from it (§12.1.2).',
      ja: 'Contact の注記は RFC 3261 §13.3.1.1 を引いて、183 の Contact は「アーリーメディアの再生中に」発信者が PRACK や UPDATE を送る宛先であるとしていた。§13.3.1.1 が定めるのは、このような応答が §12.1.1 のダイアログ生成規則に従うことだけで、PRACK や UPDATE には触れていない。また Contact の使われ方はアーリーメディアの有無によらず、発信者はそこからアーリーダイアログのリモートターゲットを設定する（§12.1.2）。',
    },
    now: {
      en: 'A 183 with a To tag follows RFC 3261 §12.1.1: Contact present, Record-Route copied from the INVITE. The caller takes that Contact as the remote target of the early dialog (RFC 3261 §12.1.2) and sends its requests there, PRACK for instance.',
      ja: 'To タグ付きの 183 は RFC 3261 §12.1.1 に従い、Contact を含め、INVITE の Record-Route をコピーする。発信者はその Contact をアーリーダイアログのリモートターゲットとし（RFC 3261 §12.1.2）、PRACK などのリクエストをそこへ送る、とした。',
    },
    sources: [
      { ref: 'RFC3261 §13.3.1.1', quote: 'These provisional responses establish early dialogs and therefore follow the procedures of Section 12.1.1 in addition to those of Section 8.2.6.' },
      { ref: 'RFC3261 §12.1.1', quote: 'The UAS MUST add a Contact header field to the response.' },
      { ref: 'RFC3261 §12.1.2', quote: 'The remote target MUST be set to the URI from the Contact header field of the response.' },
    ],
  },

  // Eighth reading, 424, 425, 428, 429, 430, 433.
  {
    id: '425-scenarios-responder-needs-the-alert',
    date: '2026-12-05',
    title: { en: '425: the scenarios now meet the conditions RFC 8876 sets for sending it', ja: '425：シナリオを、RFC 8876 が 425 の送信に付ける条件に合わせた' },
    pages: [{ code: 425 }],
    wrong: {
      en: 'Two scenarios had an emergency services routing proxy answer 425 to an alert whose Content-ID reference matched no body part, and a PSAP answer 425 to a truncated CAP document, with no word on the conditions: RFC 8876 makes 425 appropriate only when the responder has no other usable information in the request, and names an intermediary that requires the alert to process the transaction as one that may send it.',
      ja: '2 つのシナリオで、Content-ID の参照がどのボディパートとも一致しない警報に緊急通報のルーティングプロキシが 425 を返し、途中で切り詰められた CAP 文書に PSAP が 425 を返すとしていたが、条件に触れていなかった。RFC 8876 は、425 が適切なのは応答側がリクエストの中に他に使える情報を持たない場合だけとし、425 を送ってよい中継装置として、トランザクションの処理に警報を必要とするものを挙げている。',
    },
    now: {
      en: 'The routing proxy is one set up to require the alert in order to process the request (RFC 8876 §5.2), and the PSAP answers 425 after finding nothing else in the request it can act on (RFC 8876 §5.1).',
      ja: 'ルーティングプロキシは、リクエストの処理に警報を必要とする設定のものとし（RFC 8876 §5.2）、PSAP はリクエストの他の部分にも対応に使える情報がないと判断してから 425 を返すとした（RFC 8876 §5.1）。',
    },
    sources: [
      { ref: 'RFC8876 §5.2', quote: "A SIP intermediary that requires the UA's alert message in order to properly process the transaction may also send a 425 response with an AlertMsg-Error code." },
      { ref: 'RFC8876 §5.1', quote: 'It is only appropriate to generate a 425 response when the responding entity has no other information in the request that is usable by the responder.' },
    ],
  },
  {
    id: '428-signature-from-any-credential-holder',
    date: '2026-12-05',
    title: { en: '428: the signature can come from any authentication service that holds a credential, not only the provider', ja: '428：署名を付けられるのは認証情報を持つ認証サービスであり、事業者に限らない' },
    pages: [{ code: 428 }],
    wrong: {
      en: 'The description said that for a telephone or PBX without signing credentials the signature "has to be added by its provider". RFC 8224 ties the authentication service role to holding the private key of a credential for a domain or a telephone number, and lets a proxy or a UA take the role; it does not name the provider as the only signer.',
      ja: '説明で、署名用の認証情報を持たない電話機や PBX の場合、署名は「事業者に付けてもらう必要がある」としていた。RFC 8224 は、認証サービスの役割をドメインや電話番号に対する認証情報の秘密鍵を持つことに結び付け、その役割はプロキシも UA も担えるとしており、署名できるのが事業者だけだとは定めていない。',
    },
    now: {
      en: 'The signature has to come from an authentication service that holds the private key of a credential for the caller\'s domain or number (RFC 8224 §6.1), such as one its provider runs.',
      ja: '署名を付けられるのは、発信者のドメインや電話番号に対する認証情報の秘密鍵を持つ認証サービスであり（RFC 8224 §6.1）、事業者が運用するものがその例である、とした。',
    },
    sources: [
      {
        ref: 'RFC8224 §6.1',
        quote: 'Any entity that instantiates the authentication service role MUST possess the private key of one or more credentials that can be used to sign for a domain or a telephone number (see Section 7.1). The authentication service role can be instantiated, for example, by an intermediary such as a proxy server or by a UA.',
      },
    ],
  },
  {
    id: '430-failed-flow-430-only-once-known',
    date: '2026-12-05',
    title: { en: '430: until the UA registers a new flow, a request gets 430 only from an edge proxy that knows the flow is gone', ja: '430：UA が新しいフローを登録するまでの間、430 が返るのはフローの喪失を知っているエッジプロキシからだけ' },
    pages: [{ code: 430 }],
    wrong: {
      en: 'A fix said that until the UA registers a new flow, requests routed over the failed flow "get 430". RFC 5626 has the edge proxy send 430 (SHOULD) when the flow no longer exists; an edge proxy that has not noticed the loss forwards the request into the dead flow, as a scenario on the same page says.',
      ja: '対処法で、UA が新しいフローを登録するまでは、失敗したフローにルーティングされたリクエストは「430 となる」としていた。RFC 5626 がエッジプロキシに 430 を返すよう求めているのは（SHOULD）、フローがもう存在しない場合である。喪失に気付いていないエッジプロキシは、同じページのシナリオのとおり、リクエストを切れたフローへ転送する。',
    },
    now: {
      en: 'Until then, an edge proxy that knows the flow is gone SHOULD answer a request routed over it with 430 (RFC 5626 §5.3.1), while one that has not noticed yet forwards the request into the dead flow; either way, if the UA has no other flow, the request does not reach it.',
      ja: 'それまでは、失敗したフローにルーティングされたリクエストに対し、フローが失われたことを知っているエッジプロキシは 430 を返すべきであり（SHOULD、RFC 5626 §5.3.1）、まだ気付いていないエッジプロキシはリクエストを切れたフローへ転送する。いずれにしても、UA に他のフローがなければリクエストは届かない、とした。',
    },
    sources: [{ ref: 'RFC5626 §5.3.1', quote: 'If the flow no longer exists, the proxy SHOULD send a 430 (Flow Failed) response to the request.' }],
  },

  // Eighth reading, 402, 405, 406, 410, 412, 413, 414.
  {
    id: '402-no-choice-left-to-the-client',
    date: '2026-12-05',
    title: { en: '402: RFC 3261 §8.1.3.5 does not leave retrying to the client', ja: '402：RFC 3261 §8.1.3.5 は再試行の判断をクライアントに委ねていない' },
    pages: [{ code: 402 }],
    wrong: {
      en: 'The description said that whether trying again makes sense "is left to the client, as RFC 3261 §8.1.3.5 leaves it for 4xx codes without defined processing". That section only lists the 4xx codes that need processing of their own and says nothing about the others, and for every 4xx RFC 3261 §21.4 says the client SHOULD NOT retry the same request without modification.',
      ja: '説明では、もう一度試す意味があるかはクライアントが判断し、処理が定義されていない 4xx について「RFC 3261 §8.1.3.5 はこの判断を実装に委ねている」としていた。同節は固有の処理を要する 4xx を挙げているだけで、それ以外のコードについては何も定めていない。また、どの 4xx についても、RFC 3261 §21.4 は同じリクエストを変更せずに再試行すべきではない（SHOULD NOT）としている。',
    },
    now: {
      en: 'RFC 3261 §8.1.3.5 lists the 4xx codes that need processing of their own in the UA, and 402 is not among them; the page goes on to say that the same request should not be sent again unchanged (RFC 3261 §21.4).',
      ja: 'RFC 3261 §8.1.3.5 は UA に固有の処理を求める 4xx を挙げているが、402 はその中にないとした。同じリクエストを変更せずに送り直すべきではないこと（RFC 3261 §21.4）は、ページの続きで示している。',
    },
    sources: [
      { ref: 'RFC3261 §8.1.3.5', quote: 'Certain 4xx response codes require specific UA processing, independent of the method.' },
      { ref: 'RFC3261 §21.4', quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).' },
    ],
  },
  {
    id: '405-allow-lists-ack-and-cancel',
    date: '2026-12-05',
    title: { en: '405: listing ACK and CANCEL in Allow is not a rule against refusing them', ja: '405：Allow に ACK と CANCEL を挙げる規定は、それらの拒否を禁じるものではない' },
    pages: [{ code: 405 }],
    wrong: {
      en: 'The description said "some methods cannot legitimately be refused this way" and gave as its reasons that every UA MUST support OPTIONS and that an Allow header must list every method the UA understands, ACK and CANCEL included, which read as if RFC 3261 §20.5 forbade refusing ACK or CANCEL with 405. That section only says what an Allow header, when present, must list.',
      ja: '説明では「この方法で断ってはならないメソッドもある」とし、その理由として、すべての UA が OPTIONS をサポートしなければならないことと、Allow ヘッダには ACK と CANCEL を含め UA が理解するすべてのメソッドを列挙しなければならないことを挙げていた。これでは RFC 3261 §20.5 が ACK や CANCEL を 405 で拒否することを禁じているように読める。同節が定めるのは、Allow ヘッダを付ける場合に何を列挙しなければならないかだけである。',
    },
    now: {
      en: 'OPTIONS cannot legitimately be refused with 405, since every UA MUST support it (RFC 3261 §11). Separately, the Allow header of a 405, like any Allow header, must list every method the UA understands, ACK and CANCEL included (RFC 3261 §20.5).',
      ja: 'すべての UA は OPTIONS をサポートしなければならないので（RFC 3261 §11）、OPTIONS は 405 で断れないとした。それとは別に、405 の Allow ヘッダも、ほかの Allow ヘッダと同じく、ACK と CANCEL を含め UA が理解するすべてのメソッドを列挙しなければならない（RFC 3261 §20.5）とした。',
    },
    sources: [
      { ref: 'RFC3261 §11', quote: 'All UAs MUST support the OPTIONS method.' },
      { ref: 'RFC3261 §20.5', quote: 'All methods, including ACK and CANCEL, understood by the UA MUST be included in the list of methods in the Allow header field, when present.' },
    ],
  },
  {
    id: '410-gateway-following-rfc-3398',
    date: '2026-12-05',
    title: { en: '410 from a PSTN gateway: a translated cause where the gateway follows RFC 3398', ja: 'PSTN ゲートウェイからの 410：理由表示を変換したものと言えるのは RFC 3398 に従うゲートウェイの場合' },
    pages: [{ code: 410 }, { compare: [404, 410] }],
    wrong: {
      en: 'The 410 page and the 404 vs 410 guide said that when a 410 comes from a PSTN gateway, the cause was set by the telephone network and the gateway only translated it, as if any 410 from a gateway were a translated release. RFC 3398 only recommends that mapping, for cause 22 without a diagnostic and for cause 23; a gateway can also answer 410 for reasons of its own.',
      ja: '410 のページと 404 と 410 の解説は、410 が PSTN ゲートウェイから来た場合、理由表示は電話網が付けたもので、ゲートウェイはそれを変換しているだけだとしていた。これでは、ゲートウェイからの 410 はどれも解放を変換したものであるかのように読める。RFC 3398 はこの対応付けを、診断情報のない理由表示 22 と理由表示 23 について推奨しているだけであり、ゲートウェイが独自の理由で 410 を返すこともある。',
    },
    now: {
      en: 'When a PSTN gateway that follows RFC 3398 sends the 410, it is translating a release from the telephone network with cause 22 and no diagnostic, or cause 23, which that RFC recommends mapping to 410 (RFC 3398 §7.2.4.1).',
      ja: 'RFC 3398 に従う PSTN ゲートウェイが 410 を送った場合、それは電話網からの、診断情報のない理由表示 22 または理由表示 23 による解放を変換したものであり、同 RFC はこれらを 410 に対応付けることを推奨している（RFC 3398 §7.2.4.1）とした。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: 'The following mapping values are RECOMMENDED:' },
      { ref: 'RFC3398 §7.2.4.1', quote: '22 number changed (w/o diagnostic) 410 Gone 22 number changed (w/ diagnostic) 301 Moved Permanently 23 redirection to new destination 410 Gone' },
    ],
  },
  {
    id: '412-vs-489-guide-481-when-rejecting',
    date: '2026-12-05',
    title: { en: '412 vs 489 guide: 481 is the answer when the refresh is rejected', ja: '412 と 489 の解説：481 を返すのはリフレッシュを拒否する場合' },
    pages: [{ compare: [412, 489] }],
    wrong: {
      en: 'The guide said that a SUBSCRIBE refresh for a subscription the notifier no longer knows "is answered with 481", citing RFC 3261 §12.2.2. That section lets the UAS accept or reject such a request, and requires 481 when it rejects it.',
      ja: '解説では、ノーティファイアがもう把握していないサブスクリプションへの SUBSCRIBE のリフレッシュには「481 が返る」とし、RFC 3261 §12.2.2 を根拠に挙げていた。同節は、UAS がそうしたリクエストを受け付けることも拒否することも認めており、拒否する場合に 481 を求めている。',
    },
    now: {
      en: 'A notifier that rejects a SUBSCRIBE refresh for a subscription it no longer knows MUST answer 481, not 412 (RFC 3261 §12.2.2).',
      ja: 'ノーティファイアが、もう把握していないサブスクリプションへの SUBSCRIBE のリフレッシュを拒否するなら、412 ではなく 481 を返さなければならない（MUST、RFC 3261 §12.2.2）とした。',
    },
    sources: [
      {
        ref: 'RFC3261 §12.2.2',
        quote: 'Based on the To tag, the UAS MAY either accept or reject the request. … If the UAS wishes to reject the request because it does not wish to recreate the dialog, it MUST respond to the request with a 481 (Call/Transaction Does Not Exist) status code and pass that to the server transaction.',
      },
    ],
  },

  // Causes the RFCs map on more than the cause value.
  {
    id: 'causes-21-22-rfc-choice-the-stacks-cannot-make',
    date: '2026-12-05',
    title: { en: 'Causes 21 and 22: the RFCs’ choice the stacks cannot make', ja: '理由表示 21・22：スタックにはできない RFC の選び分け' },
    pages: [{ cause: 21 }, { cause: 22 }, { code: 301 }, { code: 403 }, { code: 410 }, { code: 603 }],
    wrong: {
      en: 'The pages of causes 21 and 22 and of 301 said that Asterisk and FreeSWITCH follow both RFCs, because each sends one of the two responses the RFCs give (403 or 603, 410 or 301). The RFCs choose between the two on the cause location and on the diagnostic, which the stacks’ mapping functions never see; the pages of 403, 410 and 603 did not say so either.',
      ja: '理由表示 21・22 と 301 のページは、Asterisk と FreeSWITCH が両 RFC に従っているとしていた。それぞれが RFC の挙げる二つの応答（403 か 603、410 か 301）の一方を返すからである。しかし RFC はこの二つをロケーションと診断情報で選び分けており、スタックの対応関数はそれを受け取らない。403・410・603 のページもこの点を示していなかった。',
    },
    now: {
      en: 'Each of these pages gives the RFCs’ rule (RFC 3398 §7.2.4.1, RFC 4497 §8.4.1) and says that the mapping functions of Asterisk and FreeSWITCH take the cause value alone: for cause 21 Asterisk sends 403 and FreeSWITCH 603 whatever the location, and for cause 22 both send 410 whatever the diagnostic holds.',
      ja: 'これらのページは RFC の規則（RFC 3398 §7.2.4.1、RFC 4497 §8.4.1）を示し、Asterisk と FreeSWITCH の対応関数は理由表示の値だけを受け取ることを示すようにした。理由表示 21 ではロケーションにかかわらず Asterisk は 403、FreeSWITCH は 603 を返し、理由表示 22 では診断情報の内容にかかわらずどちらも 410 を返す。',
    },
    sources: [
      { ref: 'RFC4497 §8.4.1', quote: '21 Call rejected 603 Decline, if location field in Cause information element indicates user. Otherwise: 403 Forbidden 22 Number changed 301 Moved permanently, if information in diagnostic field of Cause information element is suitable for generating a SIP Contact header. Otherwise: 410 Gone' },
      { ref: 'RFC3398 §7.2.4.1', quote: "(+) If the cause location is 'user' than the 6xx code could be given rather than the 4xx code (i.e., 403 becomes 603)" },
      {
        url: 'https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/channels/chan_pjsip.c#L2550',
        name: 'Asterisk, channels/chan_pjsip.c, line 2550',
        quote: 'static int hangup_cause2sip(int cause)',
      },
      {
        url: 'https://github.com/signalwire/freeswitch/blob/cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c/src/mod/endpoints/mod_sofia/mod_sofia.c#L292',
        name: 'FreeSWITCH, src/mod/endpoints/mod_sofia/mod_sofia.c, line 292',
        quote: 'static int hangup_cause_to_sip(switch_call_cause_t cause)',
      },
    ],
  },

  // Eighth reading, 470, 483, 485, 489, 493, 494.
  {
    id: '485-redirect-server-not-named',
    date: '2026-12-05',
    title: { en: '485: no section names a redirect server as a sender', ja: '485：リダイレクトサーバを送信元とする節はない' },
    pages: withComparisons(485),
    wrong: {
      en: 'The facts table and the description named a redirect server among the senders of 485, citing RFC 3261 §8.3. That section says only that a redirect server either refuses a request or answers it with a 3xx; it names no response code for the refusal, and no section names a redirect server\'s 485. The comparison pages with 300, 404 and 484 repeated it.',
      ja: '概要表と説明で、485 の送信元にリダイレクトサーバを挙げ、出典を RFC 3261 §8.3 としていた。この節が示すのは、リダイレクトサーバがリクエストを拒否するか 3xx で応答するかのどちらかだということだけであり、拒否に使う応答コードは定めておらず、リダイレクトサーバの 485 を示す節はない。300・404・484 との比較ページも同じことを書いていた。',
    },
    now: {
      en: 'The senders are a proxy that cannot determine the target set (SHOULD, RFC 3261 §16.5), a user agent server, since RFC 3261 §21.4.23 defines the code without tying it to proxies, and a SIP–QSIG gateway receiving overlap sending (RFC 4497 §8.3.9). The dataset carries the same values.',
      ja: '送信元は、ターゲットセットを決められないプロキシ（SHOULD、RFC 3261 §16.5）、UAS（RFC 3261 §21.4.23 はこのコードをプロキシに限らずに定めている）、オーバーラップ送出を受ける SIP–QSIG ゲートウェイ（RFC 4497 §8.3.9）とした。データセットも同じ値になった。',
    },
    sources: [
      {
        ref: 'RFC3261 §8.3',
        quote: 'After receiving a request other than CANCEL, the server either refuses the request or gathers the list of alternative locations from the location service and returns a final response of class 3xx.',
      },
      {
        ref: 'RFC3261 §16.5',
        quote: 'If the Request-URI does not provide sufficient information for the proxy to determine the target set, it SHOULD return a 485 (Ambiguous) response.',
      },
    ],
  },
  {
    id: '494-registrar-sender-section',
    date: '2026-12-05',
    title: { en: '494: the registrar as a sender rests on RFC 3329 §2.6 alone', ja: '494：送信元としてのレジストラの出典は RFC 3329 §2.6 だけとする' },
    pages: withComparisons(494),
    wrong: {
      en: 'The facts table cited RFC 3261 §10.3 for a registrar sending 494. That section says a registrar is a user agent server that responds to REGISTER requests; it says nothing about security agreement or 494.',
      ja: '概要表は、レジストラが 494 を送ることの出典に RFC 3261 §10.3 を挙げていた。この節が示すのは、レジストラが REGISTER に応答する UAS だということであり、セキュリティ合意にも 494 にも触れていない。',
    },
    now: {
      en: 'The registrar is cited to RFC 3329 §2.6, which names it among the entities that negotiate the mechanism with a UAC.',
      ja: 'レジストラの出典は、UAC とメカニズムを取り決める相手にレジストラを挙げている RFC 3329 §2.6 とした。',
    },
    sources: [
      {
        ref: 'RFC3329 §2.6',
        quote: 'The header fields defined in this document may be used to negotiate the security mechanisms between a UAC and other SIP entities including UAS, proxy, and registrar.',
      },
    ],
  },
  {
    id: '470-pending-additions-subscription',
    date: '2026-12-05',
    title: { en: '470: the client learns of new permissions by subscribing to Pending Additions', ja: '470：許可がそろったことは、クライアントが pending-additions をサブスクライブして知る' },
    pages: [{ code: 470 }],
    wrong: {
      en: 'The description said the Pending Additions event package "tells the client" when the relay holds permissions for every URI on the list, as if the client were told in any case. RFC 5360 §5.2 says clients can use the package to be informed, which means subscribing to it at the relay.',
      ja: '説明で、リスト中のすべての URI について許可がそろうと pending-additions イベントパッケージでクライアントに「通知される」とし、クライアントがいずれにせよ知らされるかのように書いていた。RFC 5360 §5.2 が示すのは、クライアントがこのパッケージを使って知ることができるということであり、そのためにはリレーでサブスクライブする。',
    },
    now: {
      en: 'A client can subscribe to the Pending Additions event package to learn when that happens (RFC 5360 §5.2).',
      ja: 'クライアントは pending-additions イベントパッケージをサブスクライブすれば、それがいつかを知ることができる（RFC 5360 §5.2）。',
    },
    sources: [
      {
        ref: 'RFC5360 §5.2',
        quote: 'Clients can use the Pending Additions SIP event package to be informed about the status of the operations they requested.',
      },
    ],
  },
  {
    id: '489-resend-fails-until-package-supported',
    date: '2026-12-05',
    title: { en: '489: a resent request fails the same way until the server supports the package', ja: '489：送り直したリクエストが同じように失敗するのは、サーバがそのパッケージに対応するまでである' },
    pages: [{ code: 489 }],
    wrong: {
      en: 'The description said that, sent again with the same Event header, the request "will fail the same way", and a fix said it "cannot succeed", without condition; the same fix tells the reader to enable the package on the server, after which it can.',
      ja: '説明では、同じ Event ヘッダのまま送り直しても「同じ理由で失敗する」とし、対処法では「再試行しても成功しない」と、条件を付けずに書いていた。同じ対処法が、サーバでそのパッケージを有効にするよう勧めており、そうすれば成功しうる。',
    },
    now: {
      en: 'The description says that RFC 3261 §21.4 has a client not send the same request again unchanged (SHOULD NOT) and that, with the same Event header, the request fails the same way until the server supports that package; the fix says the same 489 comes back until the package is enabled or the subscription is pointed at a server that hosts it.',
      ja: '説明では、RFC 3261 §21.4 は同じリクエストを変更せずに再試行すべきでない（SHOULD NOT）としており、同じ Event ヘッダのままでは、サーバがそのパッケージに対応するまで同じ理由で失敗するとした。対処法では、パッケージを有効にするか、そのパッケージを扱うサーバにサブスクリプションを向けるまでは、同じ 489 が返るとした。',
    },
    sources: [
      {
        ref: 'RFC3261 §21.4',
        quote: 'The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).',
      },
    ],
  },

  // Citations that read as backing the wrong sentence; provisional responses.
  {
    id: 'header-notes-section-after-the-last-citation',
    date: '2026-12-06',
    title: { en: 'Header notes: the header\'s section no longer follows the last sentence\'s citation', ja: 'ヘッダの説明：ヘッダの根拠の節を最後の文の出典の後に置かない' },
    pages: [199, 200, 204, 301, 302, 401, 404, 407, 412, 417, 420, 421, 422, 424, 433, 436, 437, 439, 480, 483, 489, 600, 606, 608].map((code): CorrectedPage => ({ code })),
    wrong: {
      en: 'In the list of header fields, the section behind each header was appended to the end of its note. Where the note\'s last sentence already cited its own section, two citations stood side by side, "(RFC 3261 §11.2) (RFC 3261 §13.3.1.4)", as if both backed that sentence; on 200 the OPTIONS rule is §11.2\'s alone, and §13.3.1.4 is about a 2xx to INVITE.',
      ja: 'ヘッダの一覧で、各ヘッダの根拠の節を説明文の末尾に付けていた。説明の最後の文が自らの出典を示している場合は「（RFC 3261 §11.2）（RFC 3261 §13.3.1.4）」のように出典が二つ並び、どちらもその文の根拠であるかのように読めた。200 の場合、OPTIONS についての規則は §11.2 だけのものであり、§13.3.1.4 は INVITE への 2xx についての節である。',
    },
    now: {
      en: 'The header\'s section stands with its requirement level next to the header name ("In this response · SHOULD (RFC 3261 §13.3.1.4)"), and the note keeps only the citations of its own sentences. A build test fails when any page puts two bracketed citations in a row.',
      ja: 'ヘッダの根拠の節は、ヘッダ名の横に要求レベルとともに示す（「この応答・推奨（SHOULD、RFC 3261 §13.3.1.4）」）。説明文には各文自身の出典だけを残す。どのページでも括弧書きの出典が二つ続けば、ビルドテストが失敗する。',
    },
    sources: [
      { ref: 'RFC3261 §13.3.1.4', quote: 'A 2xx response to an INVITE SHOULD contain the Allow header field and the Supported header field' },
      { ref: 'RFC3261 §11.2', quote: 'If the response is generated by a proxy, the Allow header field SHOULD be omitted as it is ambiguous since a proxy is method agnostic.' },
    ],
  },
  {
    id: 'provisional-final-response-not-promised',
    date: '2026-12-06',
    title: { en: '1xx: the server has no final response yet; none is promised', ja: '1xx：サーバはまだ最終応答を得ていない。最終応答が届くとは限らない' },
    pages: [100, 180, 181, 182, 183, 199].flatMap((code): CorrectedPage[] => [{ code }, { comparisonsWith: code }]),
    wrong: {
      en: 'The facts of every 1xx code and the comparison sentences said "a final response follows" or "a final response still follows", a promise RFC 3261 does not make: a provisional response only says that the server does not yet have a definitive response, and a non-INVITE client transaction can still time out after one (Timer F) without any final response. The 181 description also said that "a final response follows later, for example from the new destination".',
      ja: 'すべての 1xx コードの事実欄と比較ページの文が「後に最終応答が続く」「その後に最終応答が続く」としていた。RFC 3261 はそのような約束をしていない。暫定応答が示すのは、サーバがまだ確定的な応答を得ていないことだけであり、INVITE 以外のクライアントトランザクションは暫定応答の後でも、最終応答を受けないままタイマ F で終わりうる。181 の説明でも「最終応答は後から、たとえば新しい宛先から届く」としていた。',
    },
    now: {
      en: 'Kind of response: "Provisional (1xx): the server has no final response yet" (RFC 3261 §21.1). Scope: "Forwarded at once, until the proxy has sent a final response" (RFC 3261 §16.7). After a 1xx the reader is told to wait for a final response, not that one follows. The 181 description says that a final response, when one comes, may be that of the new destination.',
      ja: '応答の種類は「暫定応答（1xx）：サーバはまだ最終応答を得ていない」（RFC 3261 §21.1）、転送範囲は「プロキシが最終応答を送るまでは、ただちに転送される」（RFC 3261 §16.7）とした。1xx の後は最終応答を待つよう示し、最終応答が続くとは書かない。181 の説明では、後に最終応答が届く場合、それは新しい宛先からの応答であることもあるとした。',
    },
    sources: [
      { ref: 'RFC3261 §21.1', quote: 'indicate that the server contacted is performing some further action and does not yet have a definitive response.' },
      { ref: 'RFC3261 §16.7', quote: 'Until a final response has been sent on the server transaction, the following responses MUST be forwarded immediately: - Any provisional response other than 100 (Trying)' },
      { ref: 'RFC3261 §17.1.2.2', quote: 'If timer F fires while in the "Proceeding" state, the TU MUST be informed of a timeout, and the client transaction MUST transition to the terminated state.' },
    ],
  },

  {
    id: '408-invite-only-binds-transaction-stateful-elements',
    date: '2026-12-06',
    title: { en: '408: "INVITE only" binds transaction-stateful elements, not the code', ja: '408：「INVITE のみ」はトランザクションステートフルな装置への制限であり、コード自体の制限ではない' },
    pages: withComparisons(408),
    wrong: {
      en: 'The facts gave 408\'s methods as "INVITE only", and comparisons with codes limited to other methods said "They never answer the same request: 408 answers INVITE only". RFC 4320 §4.2 forbids only a transaction-stateful element to send 408 to a non-INVITE request; a client still treats its own timeout of any request as a 408, as the page\'s Timer F scenario for REGISTER shows.',
      ja: '概要表は 408 の対象メソッドを「INVITE のみ」とし、他のメソッドに限られるコードとの比較ページでは「両者が同じリクエストへの応答になることはない。408 の対象は INVITE のみ」としていた。RFC 4320 §4.2 が禁じているのは、トランザクションステートフルな装置が INVITE 以外のリクエストに 408 を送ることだけである。クライアントはどのリクエストのタイムアウトも 408 として扱い、ページ自身も REGISTER のタイマ F のシナリオでそれを示している。',
    },
    now: {
      en: 'Facts: "INVITE only, when a transaction-stateful element sends it" (RFC 4320 §4.2). Comparisons state the rule and the other code\'s methods each on their own, and never that the two cannot answer the same request; a test reads every comparison with 408 in both languages. The dataset marks the restriction as methodsOnlyFrom: "transaction-stateful".',
      ja: '概要表は「トランザクションステートフルな装置が送る場合は INVITE のみ」とした（RFC 4320 §4.2）。比較ページでは、この規則と相手のコードの対象メソッドをそれぞれ示し、両者が同じリクエストへの応答にならないとは書かない。408 とのすべての比較ページを両言語でテストが確認する。データセットではこの制限を methodsOnlyFrom: "transaction-stateful" として示す。',
    },
    sources: [
      { ref: 'RFC4320 §4.2', quote: 'A transaction-stateful SIP element MUST NOT send a response with Status-Code of 408 to a non-INVITE request.' },
      { ref: 'RFC3261 §8.1.3.1', quote: 'When a timeout error is received from the transaction layer, it MUST be treated as if a 408 (Request Timeout) status code has been received.' },
    ],
  },

  // Facts and their sections, all codes.
  {
    id: 'facts-202-senders',
    date: '2026-12-04',
    title: { en: '202 facts: notifiers no longer send it, and MESSAGE is the method named', ja: '202 の概要表：ノーティファイアはもう送らず、挙げるメソッドは MESSAGE' },
    pages: withComparisons(202),
    wrong: {
      en: 'The facts table listed a notifier among the typical senders of 202 and cited RFC 6665 §8.3.1 for it, but that section forbids a notifier to send 202; only notifiers written before RFC 6665 do. It also gave SUBSCRIBE and REFER as methods the RFCs name for 202, though RFC 6665 and RFC 7647 name them only to stop 202 being sent to them.',
      ja: '概要表は 202 の主な送信元にノーティファイアを挙げ、その根拠に RFC 6665 §8.3.1 を示していたが、この節はノーティファイアが 202 を送ることを禁じている。送るのは RFC 6665 より前に実装されたノーティファイアだけである。また、RFC が 202 について挙げるメソッドに SUBSCRIBE と REFER を含めていたが、RFC 6665 と RFC 7647 がこれらを挙げるのは、202 を返さないようにするためである。',
    },
    now: {
      en: 'Typical sender: a UAS that accepts a MESSAGE for later delivery, as RFC 3428 §7 describes. The method the RFCs name for it is MESSAGE. The page text still explains the 202 of older notifiers. The dataset carries the same values.',
      ja: '主な送信元は、MESSAGE を受け付けて後で配送する UAS である（RFC 3428 §7）。RFC が 202 について挙げるメソッドは MESSAGE である。古いノーティファイアが送る 202 については、本文で引き続き説明している。データセットも同じ値になった。',
    },
    sources: [
      { ref: 'RFC6665 §8.3.1', quote: 'Implementations compliant with the present document MUST NOT send a 202 response to a SUBSCRIBE request' },
      { ref: 'RFC7647 §5', quote: 'an element accepting a REFER request MUST NOT reply with a 202 response code' },
      {
        ref: 'RFC3428 §7',
        quote: 'A UAS which is, in fact, a message relay, storing the message and forwarding it later on, or forwarding it into a non-SIP domain, SHOULD return a 202 (Accepted) [5] response',
      },
    ],
  },
  {
    id: 'facts-gateway-senders',
    date: '2026-12-04',
    title: { en: 'Gateways removed from the senders of codes no gateway rule produces', ja: 'ゲートウェイの規則が生まない応答コードの送信元からゲートウェイを外した' },
    pages: withComparisons(400, 405, 406, 505, 513, 580),
    wrong: {
      en: 'The facts tables of 400, 405, 406, 505, 513 and 580 listed a PSTN gateway among the typical senders, with no section behind it. The ISUP-to-SIP rules of RFC 3398 §7.2.4.1 never produce these codes; RFC 3398 §8.2.6.1 only says what a gateway does when it receives them.',
      ja: '400・405・406・505・513・580 の概要表は主な送信元に PSTN ゲートウェイを挙げていたが、その根拠となる節はなかった。RFC 3398 §7.2.4.1 の ISUP から SIP への対応表はこれらのコードを生まない。RFC 3398 §8.2.6.1 が定めるのは、ゲートウェイがこれらを受信したときの扱いだけである。',
    },
    now: {
      en: 'The senders are those the RFCs name: a UAS, a proxy and a registrar for 400 (RFC 3261 §18.3, §10.3), a UAS and a registrar for 405 (RFC 3261 §8.2.1, §10.3), a UAS for 406, a UAS, a proxy and a registrar for 505 and 513 (RFC 3261 §16.7, §10.3), a UAS answering an offer for 580 (RFC 3312 §8). Where a gateway does send a code (404, 408, 480, 486, 503 …), the facts now cite the RFC 3398 section that says so. The dataset carries the same values.',
      ja: '送信元は RFC が挙げるものに限った。400 は UAS・プロキシ・レジストラ（RFC 3261 §18.3、§10.3）、405 は UAS とレジストラ（RFC 3261 §8.2.1、§10.3）、406 は UAS、505 と 513 は UAS・プロキシ・レジストラ（RFC 3261 §16.7、§10.3）、580 はオファーに応答する UAS（RFC 3312 §8）である。ゲートウェイが実際に送るコード（404、408、480、486、503 など）では、そう定める RFC 3398 の節を示すようにした。データセットも同じ値になった。',
    },
    sources: [
      { ref: 'RFC3398 §7.2.4.1', quote: "If a cause value other than those listed below is received, the default response '500 Server internal error' SHOULD be used." },
      { ref: 'RFC3261 §18.3', quote: 'If the message is a request, the element SHOULD generate a 400 (Bad Request) response.' },
      { ref: 'RFC3261 §10.3', quote: 'A registrar handles requests according to Section 8.2 and Section 17.2, but it accepts only REGISTER requests.' },
      { ref: 'RFC3312 §8', quote: 'When a UAS, acting as an answerer, cannot or is not willing to meet the preconditions in the offer, it SHOULD reject the offer by returning a 580 (Precondition-Failure) response.' },
    ],
  },
  {
    id: 'facts-440-retry',
    date: '2026-12-04',
    title: { en: '440: narrow the search, then send again', ja: '440：探索を絞ってから送り直す' },
    pages: withComparisons(440),
    wrong: {
      en: 'The facts table said "Do not resend the same request" and cited RFC 5393 §5.1, but that section gives the client ways to recover: a less broad search, or a refined request.',
      ja: '概要表は同じリクエストを再び送らないとし、根拠に RFC 5393 §5.1 を示していたが、この節はクライアントが回復する方法として、探索の範囲を狭めることと、リクエストを絞り込むことを挙げている。',
    },
    now: {
      en: 'Resend only after changing the request so that the search is less broad (RFC 5393 §5.1). The dataset carries the same value.',
      ja: '探索の範囲が狭くなるようにリクエストを変えてから送り直す（RFC 5393 §5.1）。データセットも同じ値になった。',
    },
    sources: [
      {
        ref: 'RFC5393 §5.1',
        quote:
          'Recovery options are similar to those when receiving a 483 (Too Many Hops) response, and include affecting the routing decisions through whatever mechanisms are appropriate to result in a less broad search, or refining the request itself before submission to make the search space smaller.',
      },
    ],
  },

];
