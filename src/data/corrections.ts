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

/** A page the correction changed. */
export type CorrectedPage =
  | { code: number } // the code page, /codes/NNN/
  | { compare: [number, number] }; // one comparison page, /compare/LOW-vs-HIGH/

export interface CorrectionSource {
  ref: RfcRefString;
  /** The words of the RFC that settle the point, verbatim (English). */
  quote: string;
}

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

export const CORRECTION_ENTRIES: CorrectionInput[] = [
  {
    id: '408-failover-after-local-timeout',
    date: '2026-12-04',
    title: { en: '408: fail over when your own Timer B or F fired', ja: '408：自分のタイマ B／F が満了したときのフェイルオーバー' },
    pages: [{ code: 408 }],
    wrong: {
      en: 'The page gave no failover advice for a 408 and its facts said never to fail over, although most 408s in logs are the client\'s own Timer B or Timer F firing with no response at all.',
      ja: '408 ではフェイルオーバーしないとだけ示し、応答が一つもないまま自分のタイマ B／F が満了した場合の扱いを示していなかった。ログに出る 408 の多くはこの場合である。',
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
      ja: '副作用とは、他のネットワーク要素が 604 を額面どおりに受け取ってユーザが存在しないものと扱い、ユーザが受けたい呼まで届かなくなることである。',
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
      ja: '「PSTN ゲートウェイは 403 と同じく cause 21 に変換するのが一般的」と、出典のない慣行として書いていた。',
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
      ja: '503 は「その要素自身や接続先のサーバ」の過負荷を表すとしていた（プロキシは下流の 503 を中継しない）。また、名前解決の失敗時にローカルで生成する 502 を「そうするスタックもある」と一般化し、pjsip の理由を事実として書いていた。',
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
      ja: '「受信側は 200 OK と同じに扱い、送信側は 200 を返さなければならない」を、MESSAGE を含むすべてのメソッドについて述べていた。',
    },
    now: {
      en: 'That holds for SUBSCRIBE, NOTIFY and REFER (RFC 6665, RFC 7647). RFC 3428, updated by neither, still has a message relay answer MESSAGE with 202: accepted, but not yet delivered.',
      ja: 'それが当てはまるのは SUBSCRIBE・NOTIFY・REFER である（RFC 6665、RFC 7647）。どちらにも更新されていない RFC 3428 では、MESSAGE の中継装置は今も 202 を返し、受け付けたがまだ配信していないことを示す。',
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
      ja: 'RFC 3261 は 380 のボディの形式を他の仕様に委ねている。3GPP のボディ形式（`application/3gpp-ims+xml`、`<alternative-service>`、`<type>emergency</type>`、`<action>emergency-registration</action>`）は、公開されたベンダー文書（Oracle Communications Session Border Controller 8.3 のマニュアル「380 Response Format」）の記述として示すようにした。同製品が P-CSCF として送る 380 の説明である。',
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
];
