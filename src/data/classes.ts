/** What each class of response means (RFC 3261 §7.2 and §21), in both languages. */
import type { Localized, RfcRefString } from './schema';
import type { CodeClass } from './validate';

export interface ClassInfo {
  klass: CodeClass;
  refs: RfcRefString[];
  text: Localized<{ summary: string; description: string[] }>;
}

export const CLASSES: readonly ClassInfo[] = [
  {
    klass: 1,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.1'],
    text: {
      en: {
        summary: 'Provisional responses: the request was received and is being worked on; a final response will follow.',
        description: [
          'A 1xx response never ends a transaction. It tells the client that its request arrived and what is happening to it: a proxy is trying (100), the callee is alerted (180), the call is queued or forwarded, or early media is flowing (183).',
          '100 Trying is hop by hop and a proxy never forwards it; every other 1xx travels back to the caller (RFC 3261 §16.7). Provisional responses other than 100 can create an early dialog when they carry a To tag, and RFC 3262 makes them reliable with PRACK.',
          'A user agent client stops retransmitting an INVITE over UDP when it receives any provisional response (RFC 3261 §17.1.1.2).',
        ],
      },
      ja: {
        summary: '暫定応答：リクエストを受信し処理中であることを示す。後に最終応答が続く。',
        description: [
          '1xx 応答がトランザクションを終了させることはない。リクエストが届いたこと、そしてその処理状況（プロキシが処理中 100、着信者を呼び出し中 180、キューイングや転送中、アーリーメディアの送出 183 など）をクライアントに伝える。',
          '100 Trying はホップごとの応答で、プロキシが転送することはない。それ以外の 1xx は発信者まで届く（RFC 3261 §16.7）。100 以外の暫定応答は To タグを持つとアーリーダイアログを生成し、RFC 3262 の PRACK によって信頼性を持たせることができる。',
          'UDP 上の INVITE について、UAC は何らかの暫定応答を受信すると再送を止める（RFC 3261 §17.1.1.2）。',
        ],
      },
    },
  },
  {
    klass: 2,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.2'],
    text: {
      en: {
        summary: 'Success: the request was understood, accepted and carried out.',
        description: [
          'A 2xx response to INVITE establishes a dialog and is acknowledged end to end with ACK; the UAS retransmits it until the ACK arrives (RFC 3261 §13.3.1.4). A 2xx to any other request simply completes its transaction.',
          'Because a forked INVITE can be answered by several user agents, a caller may receive more than one 2xx and must acknowledge each of them (RFC 3261 §13.2.2.4). The registry holds 200 OK, the deprecated 202 Accepted and 204 No Notification.',
        ],
      },
      ja: {
        summary: '成功：リクエストを理解し、受け付け、実行した。',
        description: [
          'INVITE への 2xx 応答はダイアログを確立し、エンドツーエンドの ACK で確認される。UAS は ACK が届くまで 2xx を再送する（RFC 3261 §13.3.1.4）。INVITE 以外のリクエストへの 2xx は、そのトランザクションを完了させるだけである。',
          'フォーキングされた INVITE には複数の UA が応答しうるため、発信者が複数の 2xx を受け取ることがあり、そのそれぞれに ACK を返さなければならない（RFC 3261 §13.2.2.4）。レジストリには 200 OK、非推奨の 202 Accepted、204 No Notification が登録されている。',
        ],
      },
    },
  },
  {
    klass: 3,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.3'],
    text: {
      en: {
        summary: 'Redirection: the request should be tried again at one or more other addresses, given in Contact.',
        description: [
          'A redirect server or a user agent answers 3xx instead of forwarding the request itself. The Contact header lists where to try instead; the client, or a recursing proxy, sends a new request to those targets (RFC 3261 §8.1.3.4).',
          'Redirection is how a location service can be consulted without staying in the signalling path. 380 Alternative Service is the odd one: it points to a service rather than an address.',
        ],
      },
      ja: {
        summary: 'リダイレクト：Contact に示された別のアドレスで、リクエストをやり直すべきことを示す。',
        description: [
          'リダイレクトサーバや UA は、リクエストを自ら転送する代わりに 3xx を返す。Contact ヘッダに試すべき宛先が並び、クライアント（または再帰処理を行うプロキシ）がそれらの宛先へ新しいリクエストを送る（RFC 3261 §8.1.3.4）。',
          'リダイレクトは、位置情報サービスがシグナリング経路に残ることなく問い合わせに答えるための仕組みである。380 Alternative Service だけは例外的で、アドレスではなくサービスを示す。',
        ],
      },
    },
  },
  {
    klass: 4,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.4'],
    text: {
      en: {
        summary: 'Client failure: the request cannot be fulfilled by this server as sent; a changed request may succeed.',
        description: [
          'A 4xx response puts the problem on the request side: bad syntax, missing credentials, an unknown user, an unsupported extension or body. The same request should not be sent again unmodified to the same server (RFC 3261 §21.4).',
          'A 4xx is the answer of one server or one branch only. A forking proxy keeps waiting for the other branches and forwards the best response it collected (RFC 3261 §16.7), so a 486 from one phone does not stop another phone of the same user from ringing.',
          'Several 4xx codes come with a header that says how to fix the request: 401 and 407 carry a challenge, 405 Allow, 420 Unsupported, 421 Require, 422 Min-SE, 423 Min-Expires.',
        ],
      },
      ja: {
        summary: 'クライアントエラー：このままのリクエストはこのサーバでは処理できない。修正すれば成功しうる。',
        description: [
          '4xx 応答は問題がリクエスト側にあることを示す。構文の誤り、認証情報の欠如、存在しないユーザ、サポートされない拡張やボディなどである。同じリクエストを修正せずに同じサーバへ送り直してはならない（RFC 3261 §21.4）。',
          '4xx は 1 つのサーバ、1 つのブランチだけの答えである。フォーキングを行うプロキシは他のブランチの応答を待ち続け、集めた中で最良の応答を転送する（RFC 3261 §16.7）。そのため、ある電話機が返した 486 によって、同じユーザの別の電話機の呼出しが止まることはない。',
          'いくつかの 4xx には、リクエストの直し方を示すヘッダが付く。401 と 407 のチャレンジ、405 の Allow、420 の Unsupported、421 の Require、422 の Min-SE、423 の Min-Expires などである。',
        ],
      },
    },
  },
  {
    klass: 5,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.5'],
    text: {
      en: {
        summary: 'Server failure: the request may well be valid, but the server failed to carry it out.',
        description: [
          'A 5xx response says the fault lies with the server or with something behind it: an internal error, an unimplemented method, an unreachable or overloaded next hop, a timeout further along.',
          'Some 5xx responses are the usual reason to try elsewhere: a client that gets 503 tries the next server found through DNS (RFC 3263 §4.3), honouring Retry-After. A proxy does not pass a 503 upstream as it is; it answers 500 instead (RFC 3261 §16.7), so that the 503 is not mistaken for its own overload.',
        ],
      },
      ja: {
        summary: 'サーバエラー：リクエスト自体は正しい可能性があるが、サーバがそれを実行できなかった。',
        description: [
          '5xx 応答は、サーバ自身またはその先に原因があることを示す。内部エラー、未実装のメソッド、到達できないか過負荷の次ホップ、さらに先でのタイムアウトなどである。',
          '5xx の一部は、別の宛先を試す一般的な契機になる。503 を受けたクライアントは DNS で見つけた次のサーバを試し（RFC 3263 §4.3）、Retry-After に従う。プロキシは受け取った 503 をそのまま上流へ転送せず、500 に変えて返す（RFC 3261 §16.7）。プロキシ自身の過負荷と誤解されないようにするためである。',
        ],
      },
    },
  },
  {
    klass: 6,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.6'],
    text: {
      en: {
        summary: 'Global failure: the server has definitive information that the request will fail at every location of the user.',
        description: [
          'A 6xx response is authoritative for the user, not only for the device that sent it. A forking proxy that receives one stops forking and cancels every branch still pending (RFC 3261 §16.7), so the caller\'s other targets stop ringing.',
          'That is why the choice between 486 Busy Here and 600 Busy Everywhere, or between 480 and 603 Decline, matters: a 6xx from one device ends the call attempt for all of them.',
        ],
      },
      ja: {
        summary: 'グローバルエラー：ユーザのどの宛先でもリクエストが失敗することを、サーバが確実に知っている。',
        description: [
          '6xx 応答は、送信した端末だけでなくユーザ全体についての確定的な答えである。6xx を受けたフォーキング中のプロキシはフォーキングをやめ、保留中のすべてのブランチをキャンセルする（RFC 3261 §16.7）。そのため、この呼の他の宛先の呼出しも止まる。',
          'だからこそ 486 Busy Here と 600 Busy Everywhere、あるいは 480 と 603 Decline の選択が重要になる。1 台の端末が返した 6xx が、すべての端末への発信を終わらせてしまうからである。',
        ],
      },
    },
  },
];

export function classInfo(klass: CodeClass): ClassInfo {
  const info = CLASSES.find((c) => c.klass === klass);
  if (!info) throw new Error(`unknown class ${klass}xx`);
  return info;
}
