/**
 * Interworking with the PSTN: the mappings RFC 3398 recommends between ISUP (Q.850) cause values
 * and SIP status codes, transcribed from RFC 3398 §7.2.4.1 (ISUP → SIP) and §8.2.6.1 (SIP → ISUP).
 * Cause names are the ones RFC 3398 prints; the Japanese column explains them, it is not the
 * wording of a Japanese standard.
 */
import type { Localized } from './schema';

export interface Cause {
  value: number;
  name: string;
  ja: string;
}

export const CAUSES: Record<number, Cause> = Object.fromEntries(
  (
    [
      [1, 'Unallocated number', '割り当てのない番号'],
      [2, 'No route to network', '指定網へのルートなし'],
      [3, 'No route to destination', '宛先へのルートなし'],
      [16, 'Normal call clearing', '正常切断'],
      [17, 'User busy', '着ユーザ話中'],
      [18, 'No user responding', '着ユーザ応答なし'],
      [19, 'No answer from the user', '呼出中に応答なし'],
      [20, 'Subscriber absent', '加入者不在'],
      [21, 'Call rejected', '着信拒否'],
      [22, 'Number changed', '番号変更'],
      [23, 'Redirection to new destination', '新しい宛先へのリダイレクト'],
      [25, 'Exchange routing error', '交換機のルーティング誤り'],
      [26, 'Non-selected user clearing', '非選択ユーザの切断'],
      [27, 'Destination out of order', '宛先の故障'],
      [28, 'Invalid number format (address incomplete)', '番号形式の誤り（番号不完全）'],
      [29, 'Facility rejected', 'ファシリティ拒否'],
      [31, 'Normal, unspecified', 'その他の正常'],
      [34, 'No circuit/channel available', '空き回線なし'],
      [38, 'Network out of order', '網の故障'],
      [41, 'Temporary failure', '一時的な障害'],
      [42, 'Switching equipment congestion', '交換機の輻輳'],
      [47, 'Resource unavailable, unspecified', 'リソース使用不可'],
      [55, 'Incoming calls barred within CUG', 'CUG 内の着信規制'],
      [57, 'Bearer capability not authorized', '伝達能力が許可されていない'],
      [58, 'Bearer capability not presently available', '伝達能力が現在使用できない'],
      [63, 'Service or option not available, unspecified', 'サービスまたはオプションが使用できない'],
      [65, 'Bearer capability not implemented', '伝達能力が未実装'],
      [70, 'Only restricted digital information bearer capability is available', '制限デジタル情報の伝達能力のみ使用可能'],
      [79, 'Service or option not implemented, unspecified', 'サービスまたはオプションが未実装'],
      [87, 'User not member of CUG', 'CUG のメンバでない'],
      [88, 'Incompatible destination', '宛先の属性不一致'],
      [102, 'Recovery on timer expiry', 'タイマ満了による回復'],
      [111, 'Protocol error, unspecified', 'プロトコル誤り'],
      [127, 'Interworking, unspecified', 'インタワーキング'],
    ] as const
  ).map(([value, name, ja]) => [value, { value, name, ja }]),
);

export interface IsupToSip {
  cause: number;
  /** The SIP response RFC 3398 recommends; undefined where a request (BYE, CANCEL) is used instead. */
  code?: number;
  note?: Localized;
}

/** RFC 3398 §7.2.4.1: a gateway receives REL with this cause and answers the INVITE with this code. */
export const ISUP_TO_SIP: readonly IsupToSip[] = [
  { cause: 1, code: 404 },
  { cause: 2, code: 404 },
  { cause: 3, code: 404 },
  { cause: 16, note: { en: 'Usually results in BYE or CANCEL, not a response.', ja: '通常は応答ではなく BYE または CANCEL になる。' } },
  { cause: 17, code: 486 },
  { cause: 18, code: 408 },
  { cause: 19, code: 480 },
  { cause: 20, code: 480 },
  { cause: 21, code: 403, note: { en: 'With cause location "user", 603 may be sent instead.', ja: '原因の発生場所が「ユーザ」なら 603 を返してもよい。' } },
  { cause: 21, code: 603, note: { en: 'Optional: with cause location "user", a 6xx could be given instead of 403.', ja: '任意。ロケーションが「ユーザ」なら、403 の代わりに 6xx を返してもよい。' } },
  { cause: 22, code: 410, note: { en: 'Without a diagnostic; with a new number in the diagnostic, 301 with that number in Contact.', ja: '診断情報なしの場合。診断情報に新番号があれば、その番号を Contact に入れた 301 になる。' } },
  { cause: 22, code: 301, note: { en: 'With a new number in the diagnostic field; a gateway that can process it puts it in Contact.', ja: '診断情報に新番号がある場合。それを処理できるゲートウェイは、その番号を Contact に入れる。' } },
  { cause: 23, code: 410 },
  { cause: 26, code: 404, note: { en: 'In ANSI networks cause 26 signals a misrouted ported number.', ja: 'ANSI 網では、番号ポータビリティで誤ってルーティングされた番号を示す。' } },
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
  /** The cause RFC 3398 recommends in the REL; undefined where it gives none. */
  cause?: number;
  note?: Localized;
}

const PROTOCOL_ERROR: Localized = {
  en: 'RFC 3398 asks the gateway to fix the request and try again before giving up with this cause.',
  ja: 'RFC 3398 は、この原因値で諦める前に、リクエストを直して発信し直すことをゲートウェイに求めている。',
};
const CREDENTIALS: Localized = {
  en: 'Only when the gateway cannot authenticate itself; otherwise it answers the challenge and the call proceeds.',
  ja: 'ゲートウェイが自ら認証できない場合に限る。認証できるならチャレンジに応じて呼を続ける。',
};
const BY_WARNING: Localized = {
  en: 'No fixed cause: chosen from the Warning header (31 by default, 65 when the warning concerns an unavailable bearer capability).',
  ja: '固定の原因値はなく、Warning ヘッダから選ぶ（既定は 31、伝達能力が使えないことを示す警告なら 65）。',
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
  { code: 410, cause: 22 },
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
  { code: 487, note: { en: 'No mapping: the INVITE was cancelled.', ja: '対応なし。INVITE はキャンセルされている。' } },
  { code: 488, note: BY_WARNING },
  { code: 500, cause: 41 },
  { code: 501, cause: 79 },
  { code: 502, cause: 38 },
  { code: 503, cause: 41 },
  { code: 504, cause: 102 },
  {
    code: 505,
    cause: 127,
    note: {
      en: 'The RFC prints this row as "504 Version Not Supported"; the phrase shows it is meant for 505.',
      ja: 'RFC の表ではこの行が「504 Version Not Supported」と誤記されているが、フレーズから 505 を指すことがわかる。',
    },
  },
  { code: 513, cause: 127, note: PROTOCOL_ERROR },
  { code: 600, cause: 17 },
  { code: 603, cause: 21 },
  { code: 604, cause: 1 },
  { code: 606, note: BY_WARNING },
];

export const Q850_REFS = { isupToSip: 'RFC3398 §7.2.4.1', sipToIsup: 'RFC3398 §8.2.6.1' } as const;
