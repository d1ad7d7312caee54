/**
 * Codes engineers meet in logs that IANA never registered. Each gets a page that says so
 * plainly, where the code comes from, and what to do about it.
 */
import type { Localized } from './schema';

export interface UnregisteredCode {
  /** As it appears in logs: "409", "701". */
  code: string;
  /** The phrase that comes with it in the stacks that use it. */
  phrase: string;
  /** Registered codes to read instead or as well. */
  related: number[];
  text: Localized<{
    /** One sentence: what it is and that it is not registered. */
    summary: string;
    /** Where it comes from, who emits it. Paragraphs; inline markup as in the data module. */
    origin: string[];
    /** What to do when you see it. */
    fixes: string[];
  }>;
}

export const UNREGISTERED: UnregisteredCode[] = [
  {
    code: '409',
    phrase: 'Conflict',
    related: [400, 403, 491],
    text: {
      en: {
        summary:
          '`409 Conflict` is a leftover from RFC 2543, the first SIP specification; RFC 3261 dropped it, and it is not an IANA-registered SIP response code.',
        origin: [
          'RFC 2543 took 409 Conflict from HTTP/1.1 and gave it one narrow use: a REGISTER whose `action` parameter conflicted with the bindings the registrar already held (RFC 2543 §7.4.10). RFC 3261, which obsoleted RFC 2543 in 2002, deprecated the `action` parameter (RFC 3261 §10.2) and left 409 out of its list of response codes, from which the IANA registry was first filled (RFC 3261 §27.4); the registry does not list 409. An Internet-Draft of 2003, draft-roach-sip-409, proposed a Conflict response code for SIP again; it expired in 2004 without becoming an RFC.',
          'The code still turns up. The status tables of pjsip, sofia-sip and OpenSIPS still give it its phrase, and Microsoft\'s protocol documentation for Lync and Skype for Business has the server answer some requests with 409 Conflict when the version number they carry is out of date. A standards-compliant UAC that does not know the code treats it as [[400]] Bad Request (RFC 3261 §8.1.3.2): the request failed, and like any 4xx it should not be sent again without being changed (RFC 3261 §21.4).',
        ],
        fixes: [
          'If your own element sends 409, change it to a registered code that says what went wrong: [[403]] for a request refused by policy, [[400]] for a malformed or inconsistent one, [[491]] for an INVITE that arrives on a dialog while your own INVITE on it is in progress, and [[500]] with a Retry-After of a random 0 to 10 seconds for a second INVITE on the same dialog that arrives before you have answered the first (RFC 3261 §14.2).',
          'If a registrar answers REGISTER with 409, it follows RFC 2543 or a vendor extension: look for `action=` or other RFC 2543-era parameters in the Contact header and remove them (RFC 3261 §10.2 says UACs should not use `action`), or ask the vendor which condition its 409 reports.',
          'When the 409 comes from a Lync or Skype for Business server, read the ms-diagnostics header, which gives the reason, and the XML body, which gives the version number the request carried and the server\'s current one; fetch the current state and send the request again with it.',
        ],
      },
      ja: {
        summary:
          '`409 Conflict` は最初の SIP 仕様である RFC 2543 の名残であり、RFC 3261 で削除された。IANA に登録された SIP 応答コードでもない。',
        origin: [
          'RFC 2543 は HTTP/1.1 から 409 Conflict を取り込み、REGISTER の `action` パラメータが、レジストラが保持している既存の登録と矛盾する場合という、ごく限られた用途を与えた（RFC 2543 §7.4.10）。2002 年に RFC 2543 を廃止した RFC 3261 は `action` パラメータを非推奨とし（RFC 3261 §10.2）、応答コードの一覧から 409 を外した。IANA のレジストリは当初この一覧から作られており（RFC 3261 §27.4）、409 は載っていない。SIP に Conflict の応答コードを改めて設ける Internet-Draft（draft-roach-sip-409）が 2003 年に出されたが、RFC にならないまま 2004 年に失効している。',
          'それでも 409 は現場で見かける。pjsip、sofia-sip、OpenSIPS のステータス表には今もフレーズが載っており、Microsoft の Lync / Skype for Business 向けプロトコル文書では、バージョン番号が古くなった一部のリクエストにサーバが 409 Conflict を返すと定めている。このコードを知らない標準準拠の UAC は [[400]] Bad Request として扱う（RFC 3261 §8.1.3.2）。つまりリクエストは失敗であり、他の 4xx と同じく、変更しないまま送り直すべきではない（RFC 3261 §21.4）。',
        ],
        fixes: [
          '自分の機器が 409 を送っているなら、何が問題かを示す登録済みのコードに改める。ポリシーによる拒否なら [[403]]、不正な、または矛盾を含むリクエストなら [[400]]、自分が送った INVITE の処理中に同じダイアログで INVITE を受けたなら [[491]]、同じダイアログで先に受けた INVITE に最終応答を返す前に次の INVITE を受けたなら、0〜10 秒のランダムな値の Retry-After を付けた [[500]] である（RFC 3261 §14.2）。',
          'レジストラが REGISTER に 409 を返す場合、そのレジストラは RFC 2543 かベンダ独自の拡張に従っている。Contact ヘッダに `action=` など RFC 2543 時代のパラメータが残っていないかを確認して削除するか（RFC 3261 §10.2 は UAC が `action` を使うべきではないとしている）、その 409 がどの状態を示すのかをベンダに確認する。',
          'Lync / Skype for Business のサーバが返した 409 であれば、ms-diagnostics ヘッダと XML ボディを読む。ヘッダには理由が、ボディにはリクエストが持っていたバージョン番号とサーバの現在のバージョン番号が書かれているので、現在の状態を取得し直し、それに合わせてリクエストを送り直す。',
        ],
      },
    },
  },
  {
    code: '411',
    phrase: 'Length Required',
    related: [400, 413, 513],
    text: {
      en: {
        summary:
          '`411 Length Required` is an HTTP code that RFC 2543 borrowed; RFC 3261 does not define it, and it is not an IANA-registered SIP response code.',
        origin: [
          'In HTTP, 411 means the server refuses a request that has no defined Content-Length (RFC 9110 §15.5.12). RFC 2543 carried the code over to SIP (RFC 2543 §7.4.12); RFC 3261, which obsoleted RFC 2543, left it out. In today\'s SIP the question does not arise in that form: Content-Length MUST be present on stream transports such as TCP and TLS (RFC 3261 §20.14, §18.3), so a message that lacks it there breaks the base rules rather than a server\'s policy.',
          'The code survives in the status tables of pjsip, sofia-sip and OpenSIPS, which still give it its phrase, so a device may still send it. A standards-compliant UAC that does not recognize it treats it as [[400]] Bad Request (RFC 3261 §8.1.3.2).',
        ],
        fixes: [
          'Check the request that drew the 411: over TCP or TLS it must carry a Content-Length header equal to the body length in bytes, and `Content-Length: 0` when there is no body.',
          'Look for an element that changes the body after the length was computed: an SBC or ALG that rewrites the SDP, or an application that adds a body, must update Content-Length as well.',
          'If you control the element that sends 411, have it answer [[400]] instead, with a reason phrase that names the missing or wrong Content-Length. That is what RFC 3261 asks for in the nearest case it covers: a request over UDP whose body ends before its Content-Length says SHOULD get a 400 (RFC 3261 §18.3), whose reason phrase SHOULD name the syntax problem (RFC 3261 §21.4.1).',
        ],
      },
      ja: {
        summary:
          '`411 Length Required` は RFC 2543 が HTTP から借りたコードであり、RFC 3261 には定義がなく、IANA に登録された SIP 応答コードではない。',
        origin: [
          'HTTP の 411 は、Content-Length が定まっていないリクエストをサーバが受け付けないことを示す（RFC 9110 §15.5.12）。RFC 2543 はこのコードを SIP に持ち込んだが（RFC 2543 §7.4.12）、RFC 2543 を廃止した RFC 3261 はこれを外した。現在の SIP ではこの問題は同じ形では起きない。TCP や TLS などのストリーム型トランスポートでは Content-Length が必須（MUST）であり（RFC 3261 §20.14、§18.3）、それを欠くメッセージは、サーバのポリシー以前に基本の規則に反している。',
          'それでも 411 は pjsip、sofia-sip、OpenSIPS のステータス表に残っており、今もフレーズが与えられているので、機器が送ってくることはありうる。このコードを認識しない標準準拠の UAC は [[400]] Bad Request として扱う（RFC 3261 §8.1.3.2）。',
        ],
        fixes: [
          '411 を招いたリクエストを確認する。TCP や TLS 上では、ボディのバイト数と一致する Content-Length ヘッダが必要であり、ボディがなければ `Content-Length: 0` とする。',
          '長さを計算した後でボディを変えている装置を探す。SDP を書き換える SBC や ALG、ボディを付け加えるアプリケーションは、Content-Length も更新しなければならない。',
          '411 を送る機器を管理しているなら、代わりに [[400]] を返すよう変更し、Content-Length の欠落や誤りをリーズンフレーズに書く。RFC 3261 が扱う最も近い場合もそうなっている。UDP で届いたリクエストのボディが Content-Length の示す長さより前に終わっていれば 400 を返すべきであり（SHOULD、RFC 3261 §18.3）、そのリーズンフレーズは構文上の問題を示すべきである（SHOULD、RFC 3261 §21.4.1）。',
        ],
      },
    },
  },
  {
    code: '478',
    phrase: 'Unresolvable destination',
    related: [400, 503, 404],
    text: {
      en: {
        summary:
          '`478 Unresolvable destination` is a Kamailio (SER) code sent when the proxy cannot resolve the next hop in DNS; it is not an IANA-registered SIP response code.',
        origin: [
          'Kamailio inherited the code from SER. OpenSIPS, also descended from SER, renumbered the same error to 476 in 2007, when it was still called OpenSER (commit b3e6532d4eeb), so there the failure reads `476 Unresolvable destination (476/SL)`. When the Kamailio proxy tries to forward a request and cannot turn the next-hop host (the destination URI set by Route processing or by the script, or else the Request-URI) into an address, its internal error `E_BAD_ADDRESS` (-478) becomes a reply with status 478 and the reason phrase `Unresolvable destination`, followed by a tag for the part that replied: `(478/SL)` from a stateless reply, `(478/TM)` from the transaction module. Unlike pjsip\'s 701 to 703, it really is sent on the wire, back to whoever sent the request.',
          'Other stacks know it too: JsSIP, for example, lists 478 among its constants as a custom code copied from Kamailio. A standards-compliant UAC that does not know it treats it as [[400]] Bad Request (RFC 3261 §8.1.3.2), that is, as a fault in its own request rather than a temporary server condition. Nor is it one of the failures RFC 3263 §4.3 names (a [[503]], a transport error or a timeout), after which the client SHOULD try the next server from DNS.',
        ],
        fixes: [
          'Find the host name Kamailio tried to resolve: its log names it (for example `sip_hostport2su(): could not resolve hostname`). Look that name up with `dig` against the resolver Kamailio uses, including the SRV records of RFC 3263 when the URI gives no port; Kamailio also queries NAPTR records only when its `dns_try_naptr` setting is on, which it is not by default.',
          'If the target is a `.invalid` host from the Contact of a WebSocket client (SIP over WebSocket, RFC 7118), DNS will never answer: send the request over the client\'s existing connection instead of to the Contact host, for example with the Contact alias handling of the nathelper module.',
          'When `t_relay()` cannot forward the request, the tm module replies `(478/TM)` itself unless the script has turned that off with `t_set_disable_internal_reply()`, and it holds that reply until the script has run to its end (from Kamailio 6.1, setting tm\'s `delayed_reply` parameter, 1 by default, to 0 makes it reply at once). After a failed `t_relay()` the stock configuration calls `sl_reply_error()` (`send_reply_error()` from 6.1). Since Kamailio 5.8 both functions see that tm\'s reply is pending and send nothing, and tm replies only if the script has sent no final reply of its own; with the internal reply turned off, the call replies from the same internal error, `(478/SL)` from `sl_reply_error()`, `(478/TM)` through tm from `send_reply_error()`. In 5.7 and earlier, `sl_reply_error()` sent a stateless `(478/SL)` at once, and tm, which did not know of it, still sent its `(478/TM)` when the script ended. If your peers should see a registered code, send one explicitly in place of that call, with a reason phrase that says DNS resolution failed. RFC 3261 gives no code for a next hop that does not resolve, so weigh what each tells the client: [[504]] says an external server it accessed did not answer in time (RFC 3261 §21.5.5), which fits a DNS timeout; on a [[503]] the client SHOULD try another server and SHOULD NOT send this one other requests for the Retry-After time (RFC 3261 §21.5.4). Since 5.8 tm then sends no reply of its own; in 5.7 and earlier, send the code through tm with `t_reply()`, or turn the internal reply off first.',
        ],
      },
      ja: {
        summary:
          '`478 Unresolvable destination` は、プロキシが次ホップを DNS で解決できないときに Kamailio（SER）が送る独自コードであり、IANA に登録された SIP 応答コードではない。',
        origin: [
          'Kamailio はこのコードを SER から受け継いでいる。同じく SER から派生した OpenSIPS は、まだ OpenSER という名前だった 2007 年に同じエラーを 476 に番号変更しており（コミット b3e6532d4eeb）、そちらでは `476 Unresolvable destination (476/SL)` となる。Kamailio のプロキシがリクエストを転送しようとして次ホップのホスト（Route の処理やスクリプトが設定した宛先 URI、それがなければ Request-URI）をアドレスに変換できないと、内部エラー `E_BAD_ADDRESS`（-478）がステータス 478、リーズンフレーズ `Unresolvable destination` の応答になる。フレーズの後には応答した部分を示すタグが付き、ステートレス応答なら `(478/SL)`、トランザクションモジュールなら `(478/TM)` となる。pjsip の 701〜703 と違い、これは実際にワイヤ上に送出され、リクエストの送信元に返る。',
          '他のスタックにも知られており、たとえば JsSIP は Kamailio から写した独自コードとして 478 を定数に持つ。このコードを知らない標準準拠の UAC は [[400]] Bad Request として扱う（RFC 3261 §8.1.3.2）。つまりサーバの一時的な状態ではなく、自分のリクエストの誤りと解釈する。また、RFC 3263 §4.3 が挙げる失敗（[[503]]、トランスポートエラー、タイムアウト）にも当たらない。これらの失敗の後は、クライアントは DNS で得た次のサーバを試すべきである（SHOULD）。',
        ],
        fixes: [
          'Kamailio が解決しようとしたホスト名を特定する。ログにその名前が出る（例：`sip_hostport2su(): could not resolve hostname`）。その名前を Kamailio が使っているリゾルバに対して `dig` で引き、URI にポートの指定がなければ RFC 3263 の SRV レコードも確認する。Kamailio が NAPTR レコードも引くのは `dns_try_naptr` 設定が有効なときだけであり、既定では無効である。',
          '宛先が WebSocket クライアント（SIP over WebSocket、RFC 7118）の Contact にある `.invalid` ホストであれば、DNS が答えることはない。Contact のホストではなく、クライアントとの既存の接続を通してリクエストを送る。たとえば nathelper モジュールの Contact エイリアス処理を使う。',
          '`t_relay()` がリクエストを転送できないと、スクリプトが `t_set_disable_internal_reply()` で無効にしていない限り、tm モジュール自身が `(478/TM)` の応答を送る。この応答はスクリプトの実行が終わるまで保留される（Kamailio 6.1 からは、既定値 1 の tm の `delayed_reply` パラメータを 0 にすれば、ただちに応答する）。標準の設定は、`t_relay()` が失敗すると `sl_reply_error()`（6.1 からは `send_reply_error()`）を呼ぶ。Kamailio 5.8 以降では、どちらの関数も tm の応答が保留中であることを見て何も送らず、tm はスクリプトが自分で最終応答を送っていない場合に限って応答する。内部応答を無効にしている場合は、この呼び出しが同じ内部エラーから応答を作り、`sl_reply_error()` なら `(478/SL)` を、`send_reply_error()` なら tm を通じて `(478/TM)` を送る。5.7 以前では、`sl_reply_error()` がただちにステートレスな `(478/SL)` を送り、それを知らない tm もスクリプトの終了時に `(478/TM)` を送っていた。相手に登録済みのコードを返したいなら、この呼び出しの代わりに、そのコードを DNS 解決の失敗を示すリーズンフレーズとともに明示的に送る。次ホップを名前解決できない場合のコードを RFC 3261 は定めていないので、各コードがクライアントに何を伝えるかを比べて選ぶ。[[504]] は、アクセスした外部のサーバから時間内に応答がなかったことを示し（RFC 3261 §21.5.5）、DNS のタイムアウトにはこれが合う。[[503]] を受けたクライアントは別のサーバを試すべきであり（SHOULD）、Retry-After の間はこのサーバにほかのリクエストを送るべきではない（SHOULD NOT、RFC 3261 §21.5.4）。5.8 以降であれば、そのとき tm は自身の応答を送らない。5.7 以前では、`t_reply()` で tm を通じて送るか、先に内部応答を無効にする。',
        ],
      },
    },
  },
  {
    code: '490',
    phrase: 'Request Updated',
    related: [491, 487, 400],
    text: {
      en: {
        summary:
          '`490 Request Updated` appears in the status tables of pjsip and sofia-sip, but no RFC defines it and it is not an IANA-registered SIP response code.',
        origin: [
          'Both libraries place 490 between [[489]] and [[491]] in their tables of status phrases. Neither RFC 3261 nor any later RFC gives it a meaning, and IANA has no entry for it. The situations its name suggests are covered by registered codes: [[491]] Request Pending when offers cross, [[487]] Request Terminated for a request that was cancelled.',
          'pjsip does use the number itself, but only locally. When an application sends a SUBSCRIBE or REFER while the previous one in the same subscription is still waiting for its final response, pjsip ends the older client transaction with status 490 ("by convention", says its source) and its subscription code then ignores that transaction. Nothing is sent: the 490 stays inside pjsip, as the status of the transaction it ended. sofia-sip has no code that uses 490 outside its table, so a 490 on the wire was chosen by an application, built on one of these libraries or not. A standards-compliant UAC that does not know it treats it as [[400]] Bad Request (RFC 3261 §8.1.3.2).',
        ],
        fixes: [
          'Find the application that chose 490 (the Server header of the response names the software, when it is present) and change it to a registered code: [[491]] for an offer that arrives while an offer of your own is still unanswered, [[500]] with a Retry-After of a random 0 to 10 seconds for one that arrives while you have not yet answered an earlier offer (RFC 3311 §5.2, RFC 3261 §14.2), [[487]] if the request was cancelled, [[400]] if the request was simply wrong.',
          'On the receiving side, handle 490 like [[400]]: report the failure and do not send the same request again unchanged.',
          'If pjsip or an application built on it reports 490 as the final status of its own SUBSCRIBE or REFER transaction and no 490 is on the wire, nothing failed there: the application sent a newer request (an unsubscribe, for example) before the older one was answered, and pjsip dropped the older one. Look at the newer request\'s outcome instead.',
        ],
      },
      ja: {
        summary:
          '`490 Request Updated` は pjsip と sofia-sip のステータス表にあるが、どの RFC にも定義がなく、IANA に登録された SIP 応答コードではない。',
        origin: [
          'どちらのライブラリもステータスフレーズ表で 490 を [[489]] と [[491]] の間に置いている。RFC 3261 にもその後の RFC にも意味の定義はなく、IANA のレジストリにも登録はない。名前から連想される状況は登録済みのコードで表せる。オファーが交差した場合は [[491]] Request Pending、キャンセルされたリクエストには [[487]] Request Terminated である。',
          'pjsip 自身もこの番号を使うが、ローカルに限られる。同じサブスクリプションで先の SUBSCRIBE や REFER が最終応答を待っている間にアプリケーションが次のものを送ると、pjsip は古いクライアントトランザクションをステータス 490 で終了させ（ソースには「慣例として」とある）、サブスクリプションの処理はそのトランザクションを無視する。何も送出されず、490 は打ち切られたトランザクションのステータスとして pjsip の内部にとどまる。sofia-sip には表の外で 490 を使うコードがないので、ワイヤ上の 490 は、これらのライブラリを基にしているかどうかにかかわらず、アプリケーションが選んだものである。このコードを知らない標準準拠の UAC は [[400]] Bad Request として扱う（RFC 3261 §8.1.3.2）。',
        ],
        fixes: [
          '490 を選んだアプリケーションを特定し（応答に Server ヘッダがあれば、そこにソフトウェア名が出ている）、登録済みのコードに変更する。自分のオファーへのアンサーを待っている間にオファーを受けたなら [[491]]、受けたオファーにまだアンサーを返していない間に次のオファーを受けたなら、0〜10 秒のランダムな値の Retry-After を付けた [[500]]（RFC 3311 §5.2、RFC 3261 §14.2）、リクエストがキャンセルされたなら [[487]]、単にリクエストが誤っているなら [[400]] である。',
          '受信側では 490 を [[400]] と同じように扱う。失敗として処理し、同じリクエストを変更せずに送り直すことはしない。',
          'pjsip やそれを基にしたアプリケーションが、自分の送った SUBSCRIBE や REFER のトランザクションの最終ステータスとして 490 を示し、ワイヤ上には 490 がないなら、そこでは何も失敗していない。先のリクエストに応答が来る前にアプリケーションが次のリクエスト（たとえばサブスクリプションを解除する SUBSCRIBE）を送ったため、pjsip が古いほうを打ち切ったのである。新しいほうのリクエストの結果を確認する。',
        ],
      },
    },
  },
  {
    code: '687',
    phrase: 'Dialog Terminated',
    related: [600, 603, 481, 487],
    text: {
      en: {
        summary:
          '`687 Dialog Terminated` is a status constant of the sofia-sip library, which FreeSWITCH uses; no RFC defines it and it is not an IANA-registered SIP response code.',
        origin: [
          'sofia-sip defines 687 with the phrase "Dialog Terminated" next to the registered 6xx codes in its status table. No RFC defines the code and IANA does not register it, but one RFC does carry the phrase: RFC 3485, the static dictionary that SigComp uses to compress SIP messages, lists the string "687 Dialog Terminated" and refers for it to a draft of the SIP Replaces header that was then a work in progress (RFC 3485 Appendix A). The Replaces header as published has no such code: when an INVITE\'s Replaces header matches a dialog that has already terminated, the UA SHOULD decline the request with [[603]], a 6xx response so that the UA does not ring for a replacement call that is not wanted (RFC 3891 §3). The status tables of pjsip, Kamailio, OpenSIPS and Wireshark do not have 687, so when a 687 turns up, an element built on sofia-sip, such as FreeSWITCH, is the first place to look. Neither sofia-sip nor FreeSWITCH\'s SIP module uses the code outside that table, so a 687 on the wire was chosen by an application or a dialplan.',
          'Being a 6xx code, it does harm if it reaches the wire. A stateful proxy that receives any 6xx SHOULD cancel its other pending branches and MUST NOT start new ones (RFC 3261 §16.7), so forking and the search for the callee end there. A standards-compliant UAC that does not recognize the code treats it as [[600]] Busy Everywhere (RFC 3261 §8.1.3.2), which says that the callee was reached but is busy, and which is returned only when it is known that no other end point will answer (RFC 3261 §21.6.1).',
        ],
        fixes: [
          'Find what sent it: the Server header of the response names the software when it is present (RFC 3261 §20.35), and on a FreeSWITCH system the `EXECUTE` lines of the log before the hangup show which dialplan application ran, with its arguments.',
          'If the dialog really no longer exists, answer requests within it with [[481]]; if a pending INVITE was cancelled, answer it with [[487]]. Both are 4xx codes, on which a forking proxy has no rule to cancel its other branches (RFC 3261 §16.7).',
          'If the 687 answers an INVITE whose Replaces header names a dialog that has already terminated, send [[603]] instead, as RFC 3891 §3 says the UA should.',
          'If a peer sends 687 and you cannot change it, map it at your SBC or proxy to a 4xx code, so that it does not end forking or the search for the callee, or to [[603]] when it answers an INVITE with a Replaces header.',
        ],
      },
      ja: {
        summary:
          '`687 Dialog Terminated` は FreeSWITCH が使う sofia-sip ライブラリのステータス定数であり、どの RFC にも定義がなく、IANA に登録された SIP 応答コードではない。',
        origin: [
          'sofia-sip はステータス表の中で、登録済みの 6xx コードと並べて 687 とリーズンフレーズ `Dialog Terminated` を定義している。このコードを定義した RFC はなく、IANA にも登録されていないが、このフレーズを載せている RFC が一つある。SigComp が SIP メッセージの圧縮に使う静的辞書を定める RFC 3485 は、`687 Dialog Terminated` という文字列を挙げ、その出典として、当時策定中だった SIP の Replaces ヘッダのドラフトを示している（RFC 3485 Appendix A）。発行された Replaces ヘッダの仕様にこのコードはない。INVITE の Replaces ヘッダがすでに終了したダイアログに一致する場合、UA はそのリクエストを [[603]] で断るべきである（SHOULD）。6xx の応答を使うのは、不要な置き換えの呼で UA が鳴動しないようにするためである（RFC 3891 §3）。pjsip、Kamailio、OpenSIPS、Wireshark のステータス表には 687 がないため、687 を見かけたら、まず FreeSWITCH など sofia-sip を基にした装置を調べるとよい。sofia-sip も FreeSWITCH の SIP モジュールも表の外でこのコードを使っていないので、ワイヤ上の 687 はアプリケーションかダイヤルプランが選んだものである。',
          '6xx のコードなので、ワイヤ上に出ると害が大きい。6xx を受けたステートフルプロキシは、応答待ちの他のブランチをキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT、RFC 3261 §16.7）。つまりフォーキングと着信者の探索はそこで終わる。このコードを認識しない標準準拠の UAC は [[600]] Busy Everywhere として扱う（RFC 3261 §8.1.3.2）。600 は、着信者には到達したが話中であることを示し、他のどのエンドポイントも応答しないとわかっている場合に限って返される応答である（RFC 3261 §21.6.1）。',
        ],
        fixes: [
          '送信元を特定する。応答に Server ヘッダがあれば、そこにソフトウェア名が出ている（RFC 3261 §20.35）。FreeSWITCH であれば、切断前のログの `EXECUTE` の行に、どのダイヤルプランのアプリケーションがどの引数で実行されたかが出ている。',
          'ダイアログが本当にもう存在しないなら、そのダイアログ内のリクエストには [[481]] を返す。処理中の INVITE がキャンセルされたのなら [[487]] を返す。どちらも 4xx であり、これを受けたフォーキングプロキシに他のブランチをキャンセルする規則はない（RFC 3261 §16.7）。',
          'Replaces ヘッダがすでに終了したダイアログを指す INVITE に 687 を返しているなら、RFC 3891 §3 が UA に求めるとおり、代わりに [[603]] を返す。',
          '相手が送ってくる 687 を変えられない場合は、SBC やプロキシで 4xx のコードに置き換え、フォーキングや着信者の探索を終わらせないようにする。Replaces ヘッダ付きの INVITE への応答であれば [[603]] に置き換える。',
        ],
      },
    },
  },
  {
    code: '701',
    phrase: 'No response from destination server',
    related: [408, 503],
    text: {
      en: {
        summary:
          '`701 No response from destination server` is a local status of the pjsip stack for a transaction that timed out; it is not a SIP response and not an IANA-registered code.',
        origin: [
          'pjsip\'s table of status phrases goes past the 6xx class with three entries, 701 to 703, for transactions that end in a local failure rather than with a response from the peer. They are local outcomes that the stack hands to the application in place of a status code, never something a peer sends (pjsip\'s own header says this class "should not get transmitted on the wire"): SIP has only six classes of response (RFC 3261 §7.2), so a 7xx status cannot appear in a valid message.',
          '701 is the timeout case. pjsip\'s code of 2005 and 2006 gave this number to a client transaction whose timer fired before any response arrived, and to a server INVITE transaction whose final response was never acknowledged with an ACK (Timer H in RFC 3261 §17.2.1). A client transaction stopped its timer at the first response, a provisional one included, and had no timer in the Proceeding state, so it could not time out once a provisional response had come (RFC 3261 §17.1.2.2 keeps Timer F running there for a non-INVITE request). Since October 2006 pjsip follows RFC 3261 §8.1.3.1 and reports a transaction timeout as [[408]] Request Timeout. The phrase is still in the table, and the number can still turn up in logs of software built on pjsip from before then (PJSUA, softphones).',
        ],
        fixes: [
          'Treat it as a timeout, like [[408]]: the request went out, or should have, and nothing came back, not even a provisional response. Check in a packet capture whether the request reached the wire at all, and whether the destination, a firewall or a NAT dropped it or its responses. If the 701 belongs to an incoming INVITE that pjsip answered, it is the ACK that never came: check that the final response reached the caller.',
          'Check that responses can find their way back. Over UDP the peer MUST send them to the source address of the request (the received parameter) but to the port in the Via header (RFC 3261 §18.2.2), unless the client asked for the source port with rport and the peer supports it (RFC 3581 §4); behind NAT the client needs rport, and a firewall must let the responses through.',
          'If the peer is slow rather than silent, look at the transaction timers before changing them (Timer B and Timer F are 64×T1, 32 seconds by default): a peer that needs longer than that is the thing to fix.',
        ],
      },
      ja: {
        summary:
          '`701 No response from destination server` は、タイムアウトしたトランザクションに対する pjsip スタックのローカルなステータスであり、SIP の応答ではなく、IANA に登録されたコードでもない。',
        origin: [
          'pjsip のステータスフレーズ表には 6xx の先に 701〜703 の三つの項目があり、相手からの応答ではなくローカルな失敗で終わったトランザクションを表す。これらはスタックがステータスコードの代わりにアプリケーションへ渡すローカルな結果であり、相手が送ってくるものではない（pjsip のヘッダファイル自体が、このクラスは「ワイヤ上に送出すべきではない」としている）。SIP の応答クラスは六つしかない（RFC 3261 §7.2）ため、7xx のステータスが正しいメッセージに現れることはない。',
          '701 はタイムアウトの場合である。2005〜2006 年の pjsip のコードは、応答が一つも届かないうちにタイマが満了したクライアントトランザクションにこの番号を与えていた。最終応答に対する ACK が届かなかった INVITE のサーバトランザクションにも与えていた（RFC 3261 §17.2.1 のタイマ H に当たる）。クライアントトランザクションは最初の応答で、暫定応答であってもタイマを止め、Proceeding 状態ではタイマを持たなかった。このため、暫定応答が届いた後はタイムアウトしえなかった（RFC 3261 §17.1.2.2 では、INVITE 以外のリクエストのタイマ F は Proceeding 状態でも動き続ける）。2006 年 10 月以降の pjsip は RFC 3261 §8.1.3.1 に従い、トランザクションのタイムアウトを [[408]] Request Timeout として報告する。フレーズは表に残っており、それより前の pjsip を基にしたソフトウェア（PJSUA やソフトフォン）のログには、今もこの番号が出てくることがある。',
        ],
        fixes: [
          '[[408]] と同じくタイムアウトとして扱う。リクエストは送出された（はずだ）が、暫定応答も含めて何も返ってこなかった。パケットキャプチャで、リクエストが実際にワイヤに出たか、宛先やファイアウォール、NAT がリクエストや応答を捨てていないかを確認する。pjsip が応答した着信 INVITE の 701 であれば、届かなかったのは ACK である。その最終応答が発信側に届いているかを確認する。',
          '応答が戻ってこられるかを確認する。UDP では、相手は応答をリクエストの送信元アドレス（received パラメータ）に、ただしポートは Via ヘッダにあるものに送らなければならない（MUST、RFC 3261 §18.2.2）。クライアントが rport で送信元ポートを求めており、相手が rport に対応していれば、そのポートに送る（RFC 3581 §4）。NAT 配下のクライアントには rport が必要であり、ファイアウォールは応答を通さなければならない。',
          '相手が無応答なのではなく遅いだけなら、変更する前にトランザクションタイマを確認する（タイマ B とタイマ F は 64×T1、既定で 32 秒）。それより長くかかる相手の側を直すべきである。',
        ],
      },
    },
  },
  {
    code: '702',
    phrase: 'Unable to resolve destination server',
    related: [502, 503],
    text: {
      en: {
        summary:
          '`702 Unable to resolve destination server` is a local status of the pjsip stack for a destination whose DNS lookup failed; it is not a SIP response and not an IANA-registered code.',
        origin: [
          'pjsip\'s table of status phrases goes past the 6xx class with three entries, 701 to 703, for transactions that end in a local failure rather than with a response from the peer. They are local outcomes that the stack hands to the application in place of a status code, never something a peer sends (pjsip\'s own header says this class "should not get transmitted on the wire"): SIP has only six classes of response (RFC 3261 §7.2), so a 7xx status cannot appear in a valid message.',
          '702 is the DNS case: the stack could not turn the destination host name into an address, so no request was sent at all. pjsip\'s code of 2005, which did a plain host-name lookup and left RFC 3263 server resolution on its to-do list, reported it with this number; from January 2006 pjsip reported the failure as a transport error (703, then [[503]] from October 2006), and since 2009 (pjproject ticket #870) it reports a name that does not exist in DNS, and any failed lookup through the operating system\'s resolver, as [[502]] Bad Gateway, with the resolver\'s error as text; other failures of its own DNS resolver, such as a timeout, still come out as [[503]]. The nearest thing on the wire is Kamailio\'s `478 Unresolvable destination`.',
        ],
        fixes: [
          'Look up the destination host yourself, from the same machine and with the same resolver (`dig`): its A or AAAA record, and, when the URI gives no port, the SRV record for the transport that RFC 3263 uses. Current pjsip queries SRV only when the application has given it DNS servers of its own (pjsua\'s nameserver setting): it then queries SRV (for UDP when no transport is given) and falls back to A or AAAA on the name itself when that fails, without NAPTR. Otherwise it asks the operating system\'s resolver for the name alone. A failure therefore means that no lookup gave an address, or that the application cannot reach its resolver.',
          'Check the host name in the account or trunk settings: a typo, a bare domain used where a server name is expected, or a name that resolves only on another network (split DNS, VPN).',
        ],
      },
      ja: {
        summary:
          '`702 Unable to resolve destination server` は、宛先の DNS 解決に失敗したときの pjsip スタックのローカルなステータスであり、SIP の応答ではなく、IANA に登録されたコードでもない。',
        origin: [
          'pjsip のステータスフレーズ表には 6xx の先に 701〜703 の三つの項目があり、相手からの応答ではなくローカルな失敗で終わったトランザクションを表す。これらはスタックがステータスコードの代わりにアプリケーションへ渡すローカルな結果であり、相手が送ってくるものではない（pjsip のヘッダファイル自体が、このクラスは「ワイヤ上に送出すべきではない」としている）。SIP の応答クラスは六つしかない（RFC 3261 §7.2）ため、7xx のステータスが正しいメッセージに現れることはない。',
          '702 は DNS の場合で、宛先のホスト名をアドレスに変換できず、リクエストが一度も送られなかったことを示す。単純なホスト名の解決だけを行い、RFC 3263 のサーバ解決は今後の課題としていた 2005 年の pjsip のコードは、この番号で報告していた。2006 年 1 月からはトランスポートエラーとして（703、2006 年 10 月からは [[503]] で）報告するようになり、2009 年以降（pjproject のチケット #870）は、DNS に存在しない名前と、OS のリゾルバによる解決の失敗を、[[502]] Bad Gateway にリゾルバのエラーを文字列として添えて報告する。自前の DNS リゾルバでのそれ以外の失敗（タイムアウトなど）は、今も [[503]] になる。ワイヤ上でこれに最も近いのは Kamailio の `478 Unresolvable destination` である。',
        ],
        fixes: [
          '同じマシンから同じリゾルバを使って宛先ホストを自分で引く（`dig`）。A または AAAA レコードと、URI にポートの指定がなければ、RFC 3263 が使うそのトランスポートの SRV レコードである。現在の pjsip が SRV を引くのは、アプリケーションが専用の DNS サーバを設定している場合（pjsua の nameserver 設定）だけである。その場合は SRV を引き（トランスポートの指定がなければ UDP）、失敗すると名前そのものの A または AAAA を引く。NAPTR は引かない。設定がなければ、OS のリゾルバで名前そのものを解決する。したがって解決の失敗は、どの検索でもアドレスが得られなかったか、アプリケーションがリゾルバに到達できないことを意味する。',
          'アカウントやトランクの設定にあるホスト名を確認する。綴りの誤り、サーバ名を書くべき所にドメイン名だけを書いている、別のネットワークでしか解決できない名前（スプリット DNS、VPN）などである。',
        ],
      },
    },
  },
  {
    code: '703',
    phrase: 'Error sending message to destination server',
    related: [503, 408],
    text: {
      en: {
        summary:
          '`703 Error sending message to destination server` is a local status of the pjsip stack for a request that could not be sent; it is not a SIP response and not an IANA-registered code.',
        origin: [
          'pjsip\'s table of status phrases goes past the 6xx class with three entries, 701 to 703, for transactions that end in a local failure rather than with a response from the peer. They are local outcomes that the stack hands to the application in place of a status code, never something a peer sends (pjsip\'s own header says this class "should not get transmitted on the wire"): SIP has only six classes of response (RFC 3261 §7.2), so a 7xx status cannot appear in a valid message.',
          '703 is the transport case: the socket refused the message, or a TCP connection could not be opened or broke (pjsip gained TLS only in December 2006, after 703 had gone); from January to October 2006 pjsip also used it when the destination name could not be resolved (see 702). RFC 3261 §8.1.3.1 says a fatal transport error is to be treated as [[503]] Service Unavailable, and pjsip has reported it that way since October 2006 (current releases add the operating system\'s or TLS library\'s error as text); the 703 phrase remains in the table and in older logs.',
        ],
        fixes: [
          'Read the error logged next to the code: "connection refused" and "network unreachable" point to different fixes.',
          'Check that the destination listens on the port and transport in use and that a firewall lets the connection through; if the log shows that the destination name could not be resolved, look it up as described for 702.',
        ],
      },
      ja: {
        summary:
          '`703 Error sending message to destination server` は、リクエストを送出できなかったときの pjsip スタックのローカルなステータスであり、SIP の応答ではなく、IANA に登録されたコードでもない。',
        origin: [
          'pjsip のステータスフレーズ表には 6xx の先に 701〜703 の三つの項目があり、相手からの応答ではなくローカルな失敗で終わったトランザクションを表す。これらはスタックがステータスコードの代わりにアプリケーションへ渡すローカルな結果であり、相手が送ってくるものではない（pjsip のヘッダファイル自体が、このクラスは「ワイヤ上に送出すべきではない」としている）。SIP の応答クラスは六つしかない（RFC 3261 §7.2）ため、7xx のステータスが正しいメッセージに現れることはない。',
          '703 はトランスポートの場合で、ソケットがメッセージを受け付けなかった、TCP の接続を開けなかった、または途中で切れた、といった状況を示す（pjsip が TLS に対応したのは、703 がなくなった後の 2006 年 12 月である）。2006 年 1 月から 10 月までは、宛先の名前を解決できなかった場合にも使っていた（702 を参照）。RFC 3261 §8.1.3.1 は致命的なトランスポートエラーを [[503]] Service Unavailable として扱うよう定めており、2006 年 10 月以降の pjsip はそのように報告する（現在のリリースは OS や TLS ライブラリのエラーを文字列として添える）。703 のフレーズは表と古いログに残っている。',
        ],
        fixes: [
          'ログでコードの隣に出ているエラーを読む。`connection refused` と `network unreachable` では対処が異なる。',
          '宛先が使用中のポートとトランスポートで待ち受けているか、ファイアウォールが接続を通すかを確認する。宛先の名前を解決できなかったことがログに出ていれば、702 のページで示した方法でその名前を引く。',
        ],
      },
    },
  },
  {
    code: '303',
    phrase: 'See Other',
    related: [300, 301, 302],
    text: {
      en: {
        summary:
          '`303 See Other` is an HTTP status code that RFC 2543 listed for SIP without defining it; RFC 3261 dropped it, and it is not an IANA-registered SIP response code.',
        origin: [
          'SIP took much of its status code scheme from HTTP/1.1. RFC 2543 still named 303 See Other in its list of redirection codes (RFC 2543 §5.1.1) but gave it no definition among the 3xx responses it describes (RFC 2543 §7.3); RFC 3261 left it out, and the IANA registry holds only five redirection codes: [[300]], [[301]], [[302]], [[305]] and [[380]]. In HTTP, 303 tells a client to fetch the result of a request from another URI, with a GET or HEAD request (RFC 9110 §15.4.4); SIP has no such step.',
          'In a trace, a 303 may well belong to HTTP traffic captured next to the SIP: a phone fetching its provisioning file, a PBX\'s web or REST interface, or the HTTP handshake that opens a SIP-over-WebSocket connection. If a SIP element does put `SIP/2.0 303` on the wire, a standards-compliant UAC treats it as [[300]] Multiple Choices (RFC 3261 §8.1.3.2), and should then use the URIs in its Contact header to form new requests (RFC 3261 §8.1.3.4).',
        ],
        fixes: [
          'Read the start line: `HTTP/1.1 303 See Other` is an HTTP response, so follow its Location header to the HTTP server involved (provisioning, web interface) rather than the SIP path.',
          'If a SIP element really sends 303, have it send [[302]] instead (or [[301]] for a permanent move) with the new target in the Contact header: SIP has no Location header field, and a redirected client SHOULD use the URIs in Contact to form its new requests (RFC 3261 §8.1.3.4).',
        ],
      },
      ja: {
        summary:
          '`303 See Other` は、RFC 2543 が定義しないまま SIP の一覧に挙げていた HTTP のステータスコードである。RFC 3261 で外され、IANA にも SIP 応答コードとして登録されていない。',
        origin: [
          'SIP はステータスコードの体系の多くを HTTP/1.1 から受け継いだ。RFC 2543 はリダイレクトのコードの一覧に 303 See Other を挙げていたが（RFC 2543 §5.1.1）、3xx の応答を説明する節では定義していない（RFC 2543 §7.3）。RFC 3261 はこれを外し、IANA のレジストリにあるリダイレクトのコードは [[300]]、[[301]]、[[302]]、[[305]]、[[380]] の五つだけである。HTTP の 303 は、リクエストの結果を別の URI から GET または HEAD で取得するようクライアントに指示するものだが（RFC 9110 §15.4.4）、SIP にはそうした手順がない。',
          'トレースに 303 がある場合、SIP と一緒にキャプチャされた HTTP の通信であることが考えられる。電話機が設定ファイルを取得するプロビジョニング、PBX の Web や REST のインタフェース、SIP over WebSocket の接続を開く HTTP ハンドシェイクなどがそれに当たる。SIP 装置が実際に `SIP/2.0 303` を送出した場合、標準準拠の UAC はこれを [[300]] Multiple Choices として扱い（RFC 3261 §8.1.3.2）、その Contact ヘッダの URI を使って新しいリクエストを組み立てるべきである（SHOULD、RFC 3261 §8.1.3.4）。',
        ],
        fixes: [
          'スタートラインを読む。`HTTP/1.1 303 See Other` は HTTP の応答なので、SIP の経路ではなく、Location ヘッダをたどって関係する HTTP サーバ（プロビジョニング、Web インタフェース）を調べる。',
          'SIP 装置が本当に 303 を送っているなら、代わりに [[302]]（恒久的な移転なら [[301]]）を送り、新しい宛先を Contact ヘッダに入れるよう改める。SIP には Location ヘッダがなく、リダイレクトを受けたクライアントは Contact の URI を使って新しいリクエストを組み立てるべきである（SHOULD、RFC 3261 §8.1.3.4）。',
        ],
      },
    },
  },
];
