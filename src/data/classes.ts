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
        summary: 'Provisional responses: the request was received and the server is still working on it; it has no final response yet.',
        description: [
          'A 1xx response never ends a transaction. It tells the client that its request arrived and what is happening to it: the next hop is working on it (100), the callee is being alerted (180), the call is queued or forwarded, or the call is progressing, for example with early media (183).',
          '100 Trying is hop by hop: a stateful proxy MUST NOT forward it, and it MUST forward any other 1xx at once toward the caller, as long as it has not yet sent a final response (RFC 3261 §16.7). A provisional response other than 100 to an INVITE creates an early dialog when it carries a To tag (RFC 3261 §12.1). When the INVITE lists the option tag 100rel in Supported, the UAS MAY send such a response reliably; when it lists 100rel in Require, the UAS MUST send every such response reliably or, if it is unwilling to, reject the INVITE with 420 Bad Extension (RFC 3262 §3). The UAC MUST acknowledge a reliable provisional response with a PRACK (RFC 3262 §4).',
          'The client transaction of an INVITE sent over UDP SHOULD stop retransmitting the request once it receives any provisional response (RFC 3261 §17.1.1.2).',
        ],
      },
      ja: {
        summary: '暫定応答：リクエストを受信し、処理を続けている。サーバはまだ最終応答を得ていない。',
        description: [
          '1xx 応答がトランザクションを終了させることはない。リクエストが届いたことと、その処理状況をクライアントに伝える。次ホップのサーバが処理中であること（100）、着信者を呼び出していること（180）、呼のキューイングや転送、アーリーメディアなどによる呼の進行（183）などである。',
          '100 Trying はホップごとの応答で、ステートフルプロキシはこれを転送してはならない（MUST NOT）。それ以外の 1xx は、まだ最終応答を送っていなければ、ステートフルプロキシがただちに発信者の方向へ転送しなければならない（MUST、RFC 3261 §16.7）。INVITE への 100 以外の暫定応答は、To タグを持つとアーリーダイアログを生成する（RFC 3261 §12.1）。INVITE の Supported ヘッダにオプションタグ 100rel があれば、UAS はこうした応答を信頼性のある暫定応答として送ってよい（MAY）。Require ヘッダに 100rel があれば、UAS はこうした応答をすべて信頼性のある暫定応答として送らなければならず（MUST）、そうするつもりがなければ INVITE を 420（Bad Extension）で拒否しなければならない（RFC 3262 §3）。UAC は信頼性のある暫定応答を PRACK で確認しなければならない（MUST、RFC 3262 §4）。',
          'UDP で送った INVITE のクライアントトランザクションは、何らかの暫定応答を受信したら、それ以上リクエストを再送すべきではない（SHOULD NOT、RFC 3261 §17.1.1.2）。',
        ],
      },
    },
  },
  {
    klass: 2,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.2'],
    text: {
      en: {
        summary: 'Success: the request was received, understood and accepted.',
        description: [
          'A 2xx response to INVITE establishes a dialog and is acknowledged end to end with ACK; the UAS retransmits it until the ACK arrives (RFC 3261 §13.3.1.4). A 2xx to any other request is not acknowledged and completes its transaction; what it means beyond success depends on the method: a 2xx to SUBSCRIBE, for example, says the subscription was accepted and a NOTIFY follows (RFC 6665 §4.1.2.1).',
          'Because a forked INVITE can be answered by several user agents, a caller may receive more than one 2xx and must acknowledge each of them (RFC 3261 §13.2.2.4). The registry holds 200 OK, the deprecated 202 Accepted and 204 No Notification.',
        ],
      },
      ja: {
        summary: '成功：リクエストを受信し、理解し、受け付けた。',
        description: [
          'INVITE への 2xx 応答はダイアログを確立し、エンドツーエンドの ACK で確認される。UAS は ACK が届くまで 2xx を再送する（RFC 3261 §13.3.1.4）。INVITE 以外のリクエストへの 2xx には ACK を返さず、2xx によってそのトランザクションが完了する。成功以外に何を意味するかはメソッドによる。たとえば SUBSCRIBE への 2xx は、サブスクリプションが受け付けられ、NOTIFY が続くことを示す（RFC 6665 §4.1.2.1）。',
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
        summary: 'Redirection: the response gives the user\'s new location, in Contact, or alternative services that might satisfy the call.',
        description: [
          'A redirect server or a user agent answers 3xx instead of forwarding the request itself. The Contact header lists where to try instead; the client SHOULD use those URIs to formulate new requests, much as a proxy recursing on a 3xx does (RFC 3261 §8.1.3.4).',
          'Redirection is how a location service can be consulted without staying in the signalling path. 380 Alternative Service is the odd one: it points to a service rather than an address.',
        ],
      },
      ja: {
        summary: 'リダイレクト：ユーザの新しい所在を Contact で示すか、呼を満たしうる代替サービスを示す。',
        description: [
          'リダイレクトサーバや UA は、リクエストを自ら転送する代わりに 3xx を返す。Contact ヘッダに試すべき宛先が並び、クライアントはそれらの URI を使って新しいリクエストを組み立てるべきである（SHOULD、RFC 3261 §8.1.3.4）。3xx を受けて再帰処理を行うプロキシの動作と同様である。',
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
        summary: 'Request failure: the request cannot be fulfilled by this server as sent; a changed request, or another server, may succeed.',
        description: [
          'RFC 3261 names the class Request Failure in the section that defines it (RFC 3261 §21.4) and Client Error in its overview, where a 4xx means that the request contains bad syntax or cannot be fulfilled at this server (RFC 3261 §7.2). The causes range from bad syntax, missing credentials, an unknown user or an unsupported extension or body to the callee\'s own state, such as busy (486). The client SHOULD NOT send the same request again without modifying it, although the same request might succeed at a different server (RFC 3261 §21.4).',
          'A 4xx is the answer of one server or one branch only. A forking proxy MUST NOT forward it at once: it stores it with the other responses to the request and, unless a 2xx has been forwarded, MUST send the best final response once every branch has ended (RFC 3261 §16.7). RFC 3261 has the proxy cancel its pending branches when it receives a 6xx (SHOULD) or forwards a final response (MUST), not when a 4xx arrives, so a 486 from one phone does not by itself end the branches to the user\'s other phones; a stateful proxy MAY still cancel a branch at any time once it has received a provisional response on it (RFC 3261 §16.10).',
          'Several 4xx codes come with a header that says how to fix the request: 401 and 407 carry a challenge, 405 Allow, 420 Unsupported, 421 Require, 422 Min-SE, 423 Min-Expires.',
        ],
      },
      ja: {
        summary: 'リクエストエラー：このままのリクエストはこのサーバでは処理できない。修正するか、別のサーバへ送れば成功しうる。',
        description: [
          'RFC 3261 は、このクラスを定義する節では「リクエストエラー（Request Failure）」（RFC 3261 §21.4）、概要では「クライアントエラー（Client Error）」と呼ぶ。概要によれば、4xx はリクエストの構文が誤っているか、このサーバでは処理できないことを示す（RFC 3261 §7.2）。原因は、構文の誤り、認証情報の欠如、存在しないユーザ、サポートされない拡張やボディから、話中（486）のような着信者自身の状態まで幅がある。クライアントは同じリクエストを修正せずに送り直すべきではない（SHOULD NOT）が、同じリクエストでも別のサーバなら成功する可能性がある（RFC 3261 §21.4）。',
          '4xx は 1 つのサーバ、1 つのブランチだけの答えである。フォーキングを行うプロキシはそれをすぐに転送してはならず（MUST NOT）、そのリクエストへの他の応答とともに保持する。2xx を転送していなければ、すべてのブランチが終わった時点で最良の最終応答を送らなければならない（MUST、RFC 3261 §16.7）。RFC 3261 がプロキシに応答待ちのブランチのキャンセルを求めるのは、6xx を受けたとき（SHOULD）と最終応答を転送するとき（MUST）であり、4xx を受けたときではない。そのため、ある電話機が返した 486 だけで、同じユーザの他の電話機へのブランチが終わることはない。ただし、ステートフルなプロキシは、暫定応答を受けたブランチであればいつでもキャンセルしてよい（MAY、RFC 3261 §16.10）。',
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
          'RFC 3261 describes 5xx as a server failing to fulfil an apparently valid request (RFC 3261 §7.2): an internal error (500), an unimplemented method (501), an invalid response from the server downstream (502), its own overload or maintenance (503), no timely response from a server it accessed (504). The request is not always blameless, though: RFC 3261 answers an out-of-order CSeq within a dialog with 500 (RFC 3261 §12.2.2), and 505 and 513 concern the SIP version and the size of the request.',
          '503 is the 5xx that RFC 3263 names as a reason to try elsewhere: a client that gets one SHOULD try the next server found through DNS (RFC 3263 §4.3), and SHOULD NOT send that server other requests for the period in Retry-After (RFC 3261 §21.5.4). A proxy SHOULD NOT pass a 503 upstream unless it can tell that any later request it might forward would also draw a 503; when a 503 was its only response, it SHOULD send 500 instead (RFC 3261 §16.7), so that the 503 is not taken for its own overload.',
        ],
      },
      ja: {
        summary: 'サーバエラー：リクエスト自体は正しい可能性があるが、サーバがそれを実行できなかった。',
        description: [
          'RFC 3261 は 5xx を、一見正当なリクエストをサーバが処理できなかったことと説明する（RFC 3261 §7.2）。内部エラー（500）、未実装のメソッド（501）、下流のサーバからの不正な応答（502）、そのサーバ自身の過負荷や保守（503）、アクセスした先のサーバから時間内に応答がないこと（504）などである。ただしリクエストに問題がないとは限らない。RFC 3261 はダイアログ内の CSeq の順序違いに 500 を返すとしており（RFC 3261 §12.2.2）、505 と 513 はリクエストの SIP バージョンとサイズに関するものである。',
          '5xx のうち、RFC 3263 が別の宛先を試す契機として挙げるのは 503 である。503 を受けたクライアントは DNS で見つけた次のサーバを試すべきであり（SHOULD、RFC 3263 §4.3）、Retry-After の期間はそのサーバに他のリクエストを送るべきではない（SHOULD NOT、RFC 3261 §21.5.4）。プロキシは、以後に転送しうるリクエストもすべて 503 になると判断できない限り、503 を上流へ転送すべきではなく、受けた応答が 503 だけなら 500 を返すべきである（SHOULD、RFC 3261 §16.7）。プロキシ自身の過負荷と誤解されないようにするためである。',
        ],
      },
    },
  },
  {
    klass: 6,
    refs: ['RFC3261 §7.2', 'RFC3261 §21.6'],
    text: {
      en: {
        summary: 'Global failure: the server has definitive information about the user, not only about the one device the Request-URI reached.',
        description: [
          'A 6xx response is authoritative for the user, not only for the device that sent it. A forking proxy that receives one MUST NOT create new branches and SHOULD cancel every branch still pending (RFC 3261 §16.7), so the other targets of the call stop ringing.',
          'That is why the choice between 486 Busy Here and 600 Busy Everywhere, or between 480 and 603 Decline, matters: after a 6xx from one device, the proxy MUST NOT start a new branch, and once the other branches have ended it MUST forward a 6xx rather than the final response of any other branch. Only if another device answers before the proxy has forwarded the 6xx, while the other branches are still ending, does the caller get that device\'s 2xx instead (RFC 3261 §16.7).',
        ],
      },
      ja: {
        summary: 'グローバルエラー：サーバが、Request-URI が届いた 1 台の端末だけでなく、ユーザについての確定的な情報を持っている。',
        description: [
          '6xx 応答は、送信した端末だけでなくユーザ全体についての確定的な答えである。6xx を受けたフォーキング中のプロキシは新しいブランチを作ってはならず（MUST NOT）、応答待ちのすべてのブランチをキャンセルすべきである（SHOULD、RFC 3261 §16.7）。そのため、この呼の他の宛先の呼出しも止まる。',
          'だからこそ 486 Busy Here と 600 Busy Everywhere、あるいは 480 と 603 Decline の選択が重要になる。1 台の端末が 6xx を返すと、プロキシは新しいブランチを作ってはならず（MUST NOT）、他のブランチが終わった時点で、他のブランチの最終応答ではなく 6xx を転送しなければならない（MUST）。プロキシが 6xx を転送する前、つまり他のブランチがまだ終わらないうちに別の端末が応答した場合に限り、発信者には 6xx ではなくその端末の 2xx が届く（RFC 3261 §16.7）。',
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
