/**
 * HTTP false friends: SIP borrowed HTTP's numbering, but some numbers mean something else in
 * HTTP, or carry another phrase. Engineers who also run web services misread these.
 * HTTP meanings: RFC 9110 (HTTP Semantics), RFC 4918 (WebDAV), RFC 6585, RFC 8470.
 */
import type { Localized, RfcRefString } from './schema';

export interface HttpFalseFriend {
  code: number;
  /** The HTTP reason phrase of the same number. */
  httpPhrase: string;
  ref: RfcRefString;
  /** The same or a close meaning under another phrase (the note says which), or another meaning altogether. */
  kind: 'different-meaning' | 'different-phrase';
  note: Localized;
}

export const HTTP_FALSE_FRIENDS: readonly HttpFalseFriend[] = [
  {
    code: 302,
    httpPhrase: 'Found',
    ref: 'RFC9110 §15.4.3',
    kind: 'different-phrase',
    note: {
      en: 'The meanings are close: both send the client to another address. SIP registers the phrase "Moved Temporarily", and a SIP client SHOULD retry the request at the Contact addresses (RFC 3261 §21.3.3) rather than follow a Location header.',
      ja: '意味は近く、どちらもクライアントを別のアドレスへ向ける。SIP の登録名は「Moved Temporarily」である。SIP クライアントは Location ヘッダをたどるのではなく、Contact のアドレスでリクエストを再試行すべきである（SHOULD、RFC 3261 §21.3.3）。',
    },
  },
  {
    code: 412,
    httpPhrase: 'Precondition Failed',
    ref: 'RFC9110 §15.5.13',
    kind: 'different-phrase',
    note: {
      en: 'The meanings are close: in both, a condition given in the request failed. RFC 3903 adapts the entity-tags of HTTP to PUBLISH, with its own SIP-If-Match header and one entity-tag per request, and SIP 412 is unrelated to the QoS preconditions of RFC 3312: a UAS acting as answerer that cannot or will not meet those SHOULD refuse the offer with 580. In HTTP, 412 answers a request whose conditional header fields, such as If-Match or If-Unmodified-Since, evaluated to false.',
      ja: '意味は近く、どちらもリクエストに付けた条件が満たされなかったことを示す。RFC 3903 は HTTP のエンティティタグの仕組みを、独自の SIP-If-Match ヘッダを使い 1 つのリクエストのエンティティタグを 1 つに限る形で PUBLISH に取り入れた。SIP の 412 は、RFC 3312 の QoS プリコンディションとは無関係である。そのプリコンディションを満たせない、または満たすつもりのない、アンサー側として動作する UAS は、580 でオファーを拒否すべきである（SHOULD）。HTTP の 412 は、If-Match や If-Unmodified-Since などの条件ヘッダが偽と評価されたリクエストに返る。',
    },
  },
  {
    code: 416,
    httpPhrase: 'Range Not Satisfiable',
    ref: 'RFC9110 §15.5.17',
    kind: 'different-meaning',
    note: {
      en: 'HTTP 416 rejects the ranges asked for in a Range header; SIP 416 says the Request-URI scheme (for example tel: or an unknown scheme) is not supported.',
      ja: 'HTTP では Range ヘッダで要求された範囲を拒否するコードだが、SIP では Request-URI のスキーム（tel: や未知のスキームなど）に対応していないことを示す。',
    },
  },
  {
    code: 417,
    httpPhrase: 'Expectation Failed',
    ref: 'RFC9110 §15.5.18',
    kind: 'different-meaning',
    note: {
      en: 'HTTP 417 says an expectation in the Expect header could not be met; SIP 417 rejects a request that carries Require: resource-priority when the recipient understands none of its Resource-Priority values.',
      ja: 'HTTP では Expect ヘッダの期待に応えられないことを示すが、SIP では、Require: resource-priority を付けたリクエストのうち、受信側が Resource-Priority の値を一つも理解できないものを拒否する。',
    },
  },
  {
    code: 421,
    httpPhrase: 'Misdirected Request',
    ref: 'RFC9110 §15.5.20',
    kind: 'different-meaning',
    note: {
      en: 'HTTP 421 means the request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI; SIP 421 means the server requires an extension listed in its Require header.',
      ja: 'HTTP では、対象 URI について権威ある応答を返せない、または返すつもりのないサーバにリクエストが向けられたことを示す。SIP では、Require ヘッダに示した拡張をサーバが必要としていることを示す。',
    },
  },
  {
    code: 422,
    httpPhrase: 'Unprocessable Content',
    ref: 'RFC9110 §15.5.21',
    kind: 'different-meaning',
    note: {
      en: 'HTTP 422 rejects content that is well formed but semantically wrong; SIP 422 says the Session-Expires interval is below the minimum the server accepts, which the 422 gives in Min-SE.',
      ja: 'HTTP では、形式は正しいが意味的に処理できない内容を拒否する。SIP では、Session-Expires の値がサーバの受け付ける最小値を下回っていることを示し、その最小値を 422 の Min-SE で伝える。',
    },
  },
  {
    code: 423,
    httpPhrase: 'Locked',
    ref: 'RFC4918 §11.3',
    kind: 'different-meaning',
    note: {
      en: 'WebDAV 423 means the resource is locked; SIP 423 means the Expires interval is too short and gives the minimum in Min-Expires.',
      ja: 'WebDAV ではリソースがロックされていることを示すが、SIP では Expires が短すぎることを示し、その最小値を Min-Expires で伝える。',
    },
  },
  {
    code: 424,
    httpPhrase: 'Failed Dependency',
    ref: 'RFC4918 §11.4',
    kind: 'different-meaning',
    note: {
      en: 'WebDAV 424 reports a failed dependent action; SIP 424 reports unusable location information in a Geolocation request.',
      ja: 'WebDAV では依存する処理の失敗を示すが、SIP では Geolocation の位置情報が使えないことを示す。',
    },
  },
  {
    code: 425,
    httpPhrase: 'Too Early',
    ref: 'RFC8470 §5.2',
    kind: 'different-meaning',
    note: {
      en: 'HTTP 425 means the server will not risk processing a request that might be replayed, such as one sent in TLS early data; SIP 425 rejects an alert message (emergency alerting) it cannot use.',
      ja: 'HTTP では、TLS のアーリーデータで送られたものなど、リプレイされたかもしれないリクエストの処理を避けることを示すが、SIP では利用できない警報メッセージ（緊急警報）を拒否する。',
    },
  },
  {
    code: 428,
    httpPhrase: 'Precondition Required',
    ref: 'RFC6585 §3',
    kind: 'different-meaning',
    note: {
      en: 'HTTP 428 asks for a conditional request; SIP 428 asks for an Identity header (STIR).',
      ja: 'HTTP では条件付きリクエストを求めるが、SIP では Identity ヘッダ（STIR）を求める。',
    },
  },
  {
    code: 429,
    httpPhrase: 'Too Many Requests',
    ref: 'RFC6585 §4',
    kind: 'different-meaning',
    note: {
      en: 'HTTP 429 is rate limiting. SIP 429 has nothing to do with rate: it asks for a signed Referred-By token, which only the referrer of a REFER can supply. SIP overload is 503, optionally with Retry-After.',
      ja: 'HTTP ではレート制限を示すが、SIP ではレートとは無関係で、REFER のリファラだけが用意できる署名付きの Referred-By トークンを求める。SIP の過負荷は 503 で示し、Retry-After を付けることもできる。',
    },
  },
  {
    code: 500,
    httpPhrase: 'Internal Server Error',
    ref: 'RFC9110 §15.6.1',
    kind: 'different-phrase',
    note: {
      en: 'Both define it in the same words, that the server encountered an unexpected condition that prevented it from fulfilling the request; RFC 3261 adds that the client MAY retry the request after several seconds and that, if the condition is temporary, the server MAY say in a Retry-After header when to retry. The phrases differ, their words reversed: SIP registers "Server Internal Error". sofia-sip, and so FreeSWITCH, prints the HTTP phrase, so a log search for one phrase misses the other.',
      ja: 'どちらも、サーバがリクエストの遂行を妨げる予期しない状態に遭遇したという同じ言葉で定義している。RFC 3261 はさらに、クライアントは数秒後にリクエストを再試行してよく（MAY）、状態が一時的なものであれば、サーバは再試行できる時期を Retry-After ヘッダで示してよい（MAY）としている。名称は語順が逆で、SIP の登録名は「Server Internal Error」である。sofia-sip（したがって FreeSWITCH）は HTTP の名称を出力するため、一方の名称でログを検索すると他方を見落とす。',
    },
  },
  {
    code: 504,
    httpPhrase: 'Gateway Timeout',
    ref: 'RFC9110 §15.6.5',
    kind: 'different-phrase',
    note: {
      en: 'SIP registers "Server Time-out". The meanings are close: in both, the server did not receive a timely response from another server it accessed for the request, and HTTP defines this for a server acting as a gateway or proxy.',
      ja: 'SIP の登録名は「Server Time-out」である。意味は近く、どちらも、リクエストの処理のためにアクセスした別のサーバから時間内に応答がなかったことを示す。HTTP はこれを、ゲートウェイまたはプロキシとして動作するサーバについて定めている。',
    },
  },
];

export function httpFalseFriend(code: number): HttpFalseFriend | undefined {
  return HTTP_FALSE_FRIENDS.find((f) => f.code === code);
}
