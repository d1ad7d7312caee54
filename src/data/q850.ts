/**
 * Interworking with the PSTN: the mappings RFC 3398 recommends between ISUP (Q.850) cause values
 * and SIP status codes, transcribed from RFC 3398 §7.2.4.1 (ISUP → SIP) and §8.2.6.1 (SIP → ISUP).
 *
 * `name` is the ITU-T Q.850 cause name (without its "(national use)" marks; RFC 3398 prints several names
 * in shorter forms). `ja` is the name Japanese engineers meet in equipment
 * logs and manuals: the TTC JT-Q850 name (理由表示), as NTT INS-Net tables reproduce it. Each
 * `jtQ850: true` name was checked against a published table:
 * - Furukawa Electric MUCHO help, 「ISDN網(NTT)から通知される内容」
 *   https://www.furukawa.co.jp/network/mucho/HOWTO/mucho-stps/html/cmd/errtable.html
 *   (causes 1–3, 16–19, 21, 22, 26–29, 31, 34, 38, 41, 42, 44, 47, 57, 58, 63, 65, 66, 69, 70, 79)
 * - YAMAHA NetVolante online help 「切断コード表」 (TTC 標準 JT-Q850 理由表示情報要素)
 *   https://www.rtpro.yamaha.co.jp/RTA54i/example/help/disconnect-code.html (causes 1–3, 16–20)
 * The sources write "/" where the site writes 「／」, and Furukawa misprints 26 as 「選択されなっかた」.
 * `jtQ850: false`: no published JT-Q850 table could be read for that cause (23, 25, 55, 87, 88, 102,
 * 111, 127, and 52, 54 added for the stack pages), so `ja` describes the English name and the Q.850 page says so. Do not present these
 * as JT-Q850 names until they are checked.
 */
import type { Localized } from './schema';

export interface Cause {
  value: number;
  name: string;
  ja: string;
  /** `ja` is the JT-Q850 name, checked in a published table (see above); false: a description. */
  jtQ850: boolean;
}

export const CAUSES: Record<number, Cause> = Object.fromEntries(
  (
    [
      [1, 'Unallocated (unassigned) number', '欠番', true],
      [2, 'No route to specified transit network', '指定中継網へのルートなし', true],
      [3, 'No route to destination', '相手へのルートなし', true],
      [16, 'Normal call clearing', '正常切断', true],
      [17, 'User busy', '着ユーザビジー', true],
      [18, 'No user responding', '着ユーザレスポンスなし', true],
      [19, 'No answer from user (user alerted)', '着ユーザ呼出中／応答なし', true],
      [20, 'Subscriber absent', '加入者不在', true],
      [21, 'Call rejected', '通信拒否', true],
      [22, 'Number changed', '相手加入者端末番号変更', true],
      [23, 'Redirection to new destination', '新しい宛先へのリダイレクト', false],
      [25, 'Exchange routing error', '交換機のルーティング誤り', false],
      [26, 'Non-selected user clearing', '選択されなかったユーザの切断復旧', true],
      [27, 'Destination out of order', '相手端末故障中', true],
      [28, 'Invalid number format (address incomplete)', '無効番号フォーマット（不完全番号）', true],
      [29, 'Facility rejected', 'ファシリティ拒否', true],
      [31, 'Normal, unspecified', 'その他の正常クラス', true],
      [34, 'No circuit/channel available', '利用可回線／チャネルなし', true],
      [38, 'Network out of order', '網障害', true],
      [41, 'Temporary failure', '一時的障害', true],
      [42, 'Switching equipment congestion', '交換機輻輳', true],
      [47, 'Resource unavailable, unspecified', 'その他のリソース使用不可クラス', true],
      [55, 'Incoming calls barred within CUG', 'CUG 内の着信規制', false],
      [57, 'Bearer capability not authorized', '伝達能力不許可', true],
      [58, 'Bearer capability not presently available', '現在利用不可伝達能力', true],
      [63, 'Service or option not available, unspecified', 'その他のサービス又はオプションの利用不可クラス', true],
      [65, 'Bearer capability not implemented', '未提供伝達能力指定', true],
      [70, 'Only restricted digital information bearer capability is available', '制限ディジタル情報伝達能力', true],
      [79, 'Service or option not implemented, unspecified', 'その他のサービス又はオプションの未提供クラス', true],
      [87, 'User not member of CUG', 'CUG のメンバでない', false],
      [88, 'Incompatible destination', '宛先の属性不一致', false],
      [102, 'Recovery on timer expiry', 'タイマ満了による回復', false],
      [111, 'Protocol error, unspecified', 'その他の手順誤り', false],
      [127, 'Interworking, unspecified', 'その他のインタワーキング', false],
      // Causes RFC 3398 does not list but Asterisk or FreeSWITCH map (src/data/stacks/): names as in
      // ITU-T Q.850, cause 69 as RFC 4497 Table 1 prints it. 44, 66 and 69 are in the Furukawa table
      // (JT-Q850 names); 52 and 54 are not, so `ja` describes them.
      [44, 'Requested circuit/channel not available', '要求回線／チャネル利用不可', true],
      [52, 'Outgoing calls barred', '発信規制', false],
      [54, 'Incoming calls barred', '着信規制', false],
      [66, 'Channel type not implemented', '未提供チャネル種別指定', true],
      [69, 'Requested facility not implemented', '未提供ファシリティ要求', true],
    ] as const
  ).map(([value, name, ja, jtQ850]) => [value, { value, name, ja, jtQ850 }]),
);

/** A cause as written in running text: "17 (User busy)" / 「17（着ユーザビジー）」. */
export function causeLabel(value: number, lang: 'en' | 'ja'): string {
  const cause = CAUSES[value];
  if (!cause) throw new Error(`Q.850 cause ${value} is not in CAUSES`);
  return lang === 'ja' ? `${value}（${cause.ja}）` : `${value} (${cause.name})`;
}

export interface IsupToSip {
  cause: number;
  /** The SIP response RFC 3398 recommends; undefined where a request (BYE, CANCEL) is used instead. */
  code?: number;
  /** The row is an alternative RFC 3398 allows ("could be given"), not the mapping it recommends: this code instead of that one. */
  insteadOf?: number;
  note?: Localized;
}

/** RFC 3398 §7.2.4.1: for a cause not in the table, the default response SHOULD be 500. */
export const ISUP_DEFAULT_CODE = 500;

/** RFC 3398 §7.2.4.1: a gateway receives REL with this cause and answers the INVITE with this code. */
export const ISUP_TO_SIP: readonly IsupToSip[] = [
  { cause: 1, code: 404 },
  { cause: 2, code: 404 },
  { cause: 3, code: 404 },
  { cause: 16, note: { en: 'Usually results in BYE or CANCEL, not a response.', ja: '通常は応答ではなく、BYE か CANCEL になる。' } },
  { cause: 17, code: 486 },
  { cause: 18, code: 408 },
  { cause: 19, code: 480 },
  { cause: 20, code: 480 },
  { cause: 21, code: 403, note: { en: 'When the location of cause 21 is "user", a 6xx (603) may be given instead.', ja: 'ただし、理由表示 21 のロケーションが「ユーザ」なら、6xx（603）を返してもよい。' } },
  { cause: 21, code: 603, insteadOf: 403, note: { en: 'This is optional: for cause 21 with location "user", a 6xx may be given instead of 403.', ja: 'これは任意であり、理由表示 21 のロケーションが「ユーザ」の場合に 403 の代わりに返してよい。' } },
  { cause: 22, code: 410, note: { en: 'That is for cause 22 without a diagnostic.', ja: 'これは理由表示 22 に診断情報がない場合である。' } },
  { cause: 22, code: 301, note: { en: 'That is for cause 22 whose diagnostic carries the new number; a gateway that can process it SHOULD put the number in Contact.', ja: 'これは理由表示 22 の診断情報に新しい番号がある場合であり、それを処理できるゲートウェイはその番号を Contact に入れるべきである（SHOULD）。' } },
  { cause: 23, code: 410 },
  { cause: 26, code: 404, note: { en: 'In ANSI networks cause 26 signals a misrouted ported number.', ja: 'ANSI 網では、理由表示 26 は番号ポータビリティで誤ってルーティングされた番号を示す。' } },
  { cause: 27, code: 502 },
  { cause: 28, code: 484 },
  { cause: 29, code: 501 },
  { cause: 31, code: 480 },
  { cause: 34, code: 503 },
  { cause: 38, code: 503 },
  { cause: 41, code: 503 },
  { cause: 42, code: 503 },
  { cause: 47, code: 503 },
  { cause: 55, code: 403 },
  { cause: 57, code: 403 },
  { cause: 58, code: 503 },
  { cause: 65, code: 488 },
  { cause: 70, code: 488 },
  { cause: 79, code: 501 },
  { cause: 87, code: 403 },
  { cause: 88, code: 503 },
  { cause: 102, code: 504 },
  { cause: 111, code: 500 },
  { cause: 127, code: 500 },
];

export interface SipToIsup {
  code: number;
  /** The cause RFC 3398 recommends in the REL; undefined where it gives no single one. */
  cause?: number;
  /** 488 and 606: RFC 3398 chooses the cause by the Warning header (31 by default, 65 for a bearer capability), not none. */
  byWarning?: true;
  note?: Localized;
}

const PROTOCOL_ERROR: Localized = {
  en: 'If at all possible, the gateway SHOULD remedy the request and try again; it should give up with this cause only if that proves impossible.',
  ja: 'ゲートウェイは、可能な限りリクエストを修正して再発信すべきであり（SHOULD）、この理由表示で切断するのは、それができない場合に限るべきである。',
};
const CREDENTIALS: Localized = {
  en: 'If the gateway can authenticate itself, it SHOULD do so and proceed with the call; it should send this cause only if it cannot.',
  ja: 'ゲートウェイが自ら認証できるなら、そうして呼を続けるべきであり（SHOULD）、この理由表示を送るのは、認証できない場合に限るべきである。',
};
const BY_WARNING: Localized = {
  en: 'For a response that carries no encapsulated ISUP, the mapping goes by the Warning header: 31 SHOULD be used by default for most warn-codes, and 65 is the RECOMMENDED mapping when the warning concerns an unavailable bearer capability.',
  ja: 'カプセル化された ISUP を含まない応答では、Warning ヘッダに応じて対応付ける。大半の警告コードには既定で 31（その他の正常クラス）を使うべきであり（SHOULD）、伝達能力が使えないことを示す警告には 65（未提供伝達能力指定）への対応付けが推奨される（RECOMMENDED）。',
};

/** RFC 3398 §8.2.6.1: a gateway receives this final response and releases the ISUP call with this cause. */
export const SIP_TO_ISUP: readonly SipToIsup[] = [
  { code: 400, cause: 41 },
  { code: 401, cause: 21, note: CREDENTIALS },
  { code: 402, cause: 21 },
  { code: 403, cause: 21 },
  { code: 404, cause: 1 },
  { code: 405, cause: 63 },
  { code: 406, cause: 79, note: PROTOCOL_ERROR },
  { code: 407, cause: 21, note: CREDENTIALS },
  { code: 408, cause: 102 },
  { code: 410, cause: 22, note: { en: 'The REL carries cause 22 without a diagnostic.', ja: 'REL の理由表示 22 には診断情報を付けない。' } },
  { code: 413, cause: 127, note: PROTOCOL_ERROR },
  { code: 414, cause: 127, note: PROTOCOL_ERROR },
  { code: 415, cause: 79, note: PROTOCOL_ERROR },
  { code: 416, cause: 127, note: PROTOCOL_ERROR },
  { code: 420, cause: 127, note: PROTOCOL_ERROR },
  { code: 421, cause: 127, note: PROTOCOL_ERROR },
  { code: 423, cause: 127, note: PROTOCOL_ERROR },
  { code: 480, cause: 18 },
  { code: 481, cause: 41 },
  { code: 482, cause: 25 },
  { code: 483, cause: 25 },
  { code: 484, cause: 28, note: PROTOCOL_ERROR },
  { code: 485, cause: 1 },
  { code: 486, cause: 17 },
  { code: 487, note: { en: 'RFC 3398 gives no reason. RFC 4497 notes that the call will normally already be cleared or clearing, and that if clearing must still be started, its default cause 31 should be used.', ja: 'RFC 3398 は理由を示していない。RFC 4497 は、呼は通常すでに切断済みか切断中であるとし、それでも切断を始める必要がある場合には既定の理由表示 31 を使うべきであるとしている。' } },
  { code: 488, byWarning: true, note: BY_WARNING },
  { code: 500, cause: 41 },
  { code: 501, cause: 79 },
  { code: 502, cause: 38 },
  { code: 503, cause: 41 },
  { code: 504, cause: 102 },
  {
    code: 505,
    cause: 127,
    note: {
      en: `The RFC prints this row as "504 Version Not Supported"; the phrase shows it is meant for 505. ${PROTOCOL_ERROR.en}`,
      ja: `RFC の表ではこの行が「504 Version Not Supported」と誤記されているが、フレーズから 505 を指すことがわかる。${PROTOCOL_ERROR.ja}`,
    },
  },
  { code: 513, cause: 127, note: PROTOCOL_ERROR },
  { code: 600, cause: 17 },
  { code: 603, cause: 21 },
  { code: 604, cause: 1 },
  { code: 606, byWarning: true, note: BY_WARNING },
];

export const Q850_REFS = { isupToSip: 'RFC3398 §7.2.4.1', sipToIsup: 'RFC3398 §8.2.6.1' } as const;
