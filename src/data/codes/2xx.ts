import type { CodeEntryInput } from '../schema';

export const codes2xx: CodeEntryInput[] = [
  {
    code: 200,
    phrase: 'OK',
    status: 'active',
    refs: ['RFC3261 §21.2.1'],
    seeAlso: ['RFC3261 §9.2', 'RFC3261 §10.3', 'RFC3261 §11.2', 'RFC3261 §12.1.1', 'RFC3261 §13.2.2.4', 'RFC3261 §13.3.1.4', 'RFC3261 §16.7', 'RFC3261 §17.1.2.1'],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'registrar', 'notifier', 'esc', 'gateway'],
      methods: 'any',
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'Contact',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §12.1.1',
        note: {
          en: 'A 200 to INVITE creates the dialog, so it must carry the callee\'s Contact: the target of the ACK and of every later request in the call.',
          ja: 'INVITE への 200 はダイアログを確立するため、着信者の Contact を含めなければならない。ACK と以後の通話中リクエストはすべてここへ送られる。',
        },
      },
      {
        name: 'Record-Route',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §12.1.1',
        note: {
          en: 'The UAS must copy the INVITE\'s Record-Route values into the 200 in the same order, so that both ends build the same route set.',
          ja: 'UAS は INVITE の Record-Route の値を同じ順序で 200 にコピーしなければならない。これにより両端が同じルートセットを組み立てる。',
        },
      },
      {
        name: 'Contact',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §10.3',
        note: {
          en: 'In a registrar\'s 200 to REGISTER it lists every current binding of the address-of-record, each with an expires parameter chosen by the registrar.',
          ja: 'REGISTER に対するレジストラの 200 では、AoR の現在のバインディングをすべて列挙し、それぞれにレジストラが決めた expires パラメータを付ける。',
        },
      },
      {
        name: 'Allow',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §13.3.1.4',
        note: {
          en: 'Tells the caller which methods it may use during the call without probing; it is also expected in a 200 to OPTIONS from a UA (RFC 3261 §11.2).',
          ja: '通話中に使えるメソッドを、問い合わせなしに発信者へ伝える。UA が OPTIONS に返す 200 にも含めるべきである（RFC 3261 §11.2）。',
        },
      },
      {
        name: 'Supported',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §13.3.1.4',
        note: {
          en: 'Lists the extensions the answering UA understands, so the caller knows which ones it may rely on for the rest of the call.',
          ja: '応答した UA が理解する拡張を列挙し、通話の残りでどの拡張を使えるかを発信者に伝える。',
        },
      },
    ],
    related: [202, 204, 487, 180, 183],
    keywords: {
      en: ['success', 'call answered', 'ACK', '2xx', 'call drops after 32 seconds', 'OPTIONS ping', 'keepalive'],
      ja: ['成功', '応答', 'オフフック', 'ACK', '32 秒で切断', 'OPTIONS 死活監視', '2xx'],
    },
    text: {
      en: {
        title: 'OK',
        summary:
          'The request succeeded; what that means and what the response carries depend on the method: an answered call for INVITE, the current bindings for REGISTER, capabilities for OPTIONS.',
        description: [
          'RFC 3261 §21.2.1 keeps the definition short: the request has succeeded, and what the response contains depends on the method. For INVITE, 200 is the answer itself. It confirms the dialog, carries the SDP answer (or the offer, if the INVITE had none) and has to be acknowledged. The ACK for a 2xx is built by the caller\'s UA core and travels end to end, while the callee\'s UA core retransmits the 200, starting at T1 and doubling up to T2, until that ACK arrives; if none comes within 64*T1 (32 seconds with default timers), the callee should end the session with BYE (RFC 3261 §13.3.1.4).',
          'Forking makes 200 special among final responses. A proxy forwards every 2xx to an INVITE immediately, even after it has already forwarded another final response, and cancels the branches still pending (RFC 3261 §16.7). The caller can therefore receive several 200 OKs with different To tags: each is a separate dialog that has to be ACKed, and any unwanted one has to be closed with BYE (RFC 3261 §13.2.2.4). A non-INVITE request, in contrast, delivers exactly one final response to the client (RFC 3261 §17.1.2.1).',
          'For other methods 200 says different things. A registrar\'s 200 to REGISTER must list every current binding of the address-of-record with its own expires value (RFC 3261 §10.3). A 200 to OPTIONS means the UA would accept an INVITE right now, because the code must be the one an INVITE would have received (RFC 3261 §11.2). A 200 to CANCEL only confirms that the CANCEL matched a pending transaction; the INVITE itself then ends with [[487]] (RFC 3261 §9.2). For SUBSCRIBE and REFER, 200 replaces the deprecated [[202]] and the outcome follows in NOTIFY; [[204]] is the variant that announces no NOTIFY at all.',
        ],
        scenarios: [
          'Calls drop after about 32 seconds: the callee\'s phone keeps retransmitting its 200 OK because the ACK never reaches it, typically because the Contact in the 200 is a private address behind NAT or a proxy did not record-route, and after 64*T1 the phone sends BYE.',
          'A user has a desk phone and a softphone registered and both pick up at almost the same moment. The caller receives two 200 OKs with different To tags, ACKs both, and sends BYE on the dialog it does not keep.',
          'A softphone sends REGISTER with Expires: 3600 and gets a 200 OK listing its own Contact with expires=600, plus the Contacts of the same user\'s two other devices. The registrar has shortened the interval, and the client must refresh on the basis of 600 seconds.',
          'An SBC sends OPTIONS to a trunk every 30 seconds and marks it in service on each 200 OK. A UA that answers OPTIONS with 200 even when it could not take a call misleads such checks.',
        ],
        fixes: [
          'For drops after 32 seconds, follow the ACK: it is routed by the dialog\'s route set and the Contact of the 200 (RFC 3261 §13.2.2.4). Check that the Contact is reachable from the caller\'s side, that every proxy or SBC that must see the ACK added Record-Route, and that NAT handling rewrites Contact where needed.',
          'When the same 200 arrives again, send the ACK again each time: the retransmission means the previous ACK was lost. When 200s arrive from several devices, ACK every one and send BYE to those you do not want.',
          'For REGISTER, schedule the refresh from the expires parameter of your own Contact in the 200 (or from its Expires header), not from the value you asked for.',
          'If you implement a UAS: put the SDP answer in the 200 when the INVITE carried an offer, include Contact and copy Record-Route, and answer OPTIONS with the code an INVITE would get (RFC 3261 §13.3.1.4, §11.2).',
        ],
      },
      ja: {
        title: '成功',
        summary:
          'リクエストが成功したことを示す。その意味と応答の中身はメソッドによって異なり、INVITE なら呼への応答、REGISTER なら現在のバインディング、OPTIONS なら能力情報である。',
        description: [
          'RFC 3261 §21.2.1 の定義は短く、リクエストは成功し、応答の中身はメソッドによって異なる、とだけ述べている。INVITE に対する 200 は応答（オフフック）そのものである。ダイアログを確定させ、SDP のアンサー（INVITE にオファーがなければオファー）を運び、確認応答を必要とする。2xx に対する ACK は発信者の UA コアが作成してエンドツーエンドで送る。一方、着信者の UA コアは ACK が届くまで、T1 から始めて T2 まで倍々の間隔で 200 を再送する。64*T1（標準のタイマ値で 32 秒）以内に ACK が来なければ、着信者は BYE でセッションを終えるべきである（RFC 3261 §13.3.1.4）。',
          'フォーキングがあるため、200 は最終応答の中でも特別な扱いを受ける。プロキシは INVITE への 2xx を、すでに別の最終応答を中継した後であっても直ちにすべて中継し、まだ応答のない分岐を取り消す（RFC 3261 §16.7）。そのため発信者は To タグの異なる複数の 200 OK を受け取りうる。それぞれが別のダイアログであり、すべてに ACK を返し、不要なものは BYE で閉じなければならない（RFC 3261 §13.2.2.4）。これに対し非 INVITE リクエストでは、クライアントに届く最終応答はちょうど一つである（RFC 3261 §17.1.2.1）。',
          '他のメソッドでは 200 が伝える内容が変わる。REGISTER に対するレジストラの 200 は、その AoR（address-of-record）の現在のバインディングをすべて、それぞれの expires 値とともに列挙しなければならない（RFC 3261 §10.3）。OPTIONS に対する 200 は、いま INVITE が来れば受け付けることを意味する。OPTIONS の応答コードは INVITE に返すはずのものと同じでなければならないからである（RFC 3261 §11.2）。CANCEL に対する 200 は、CANCEL が処理中のトランザクションに一致したことを確認するだけで、INVITE 自体はその後 [[487]] で終わる（RFC 3261 §9.2）。SUBSCRIBE と REFER では、非推奨となった [[202]] の代わりに 200 を返し、結果は後続の NOTIFY で届く。NOTIFY がまったく来ないことを示す変種が [[204]] である。',
        ],
        scenarios: [
          '呼が約 32 秒で切れる。ACK が届かないため着信者の電話機が 200 OK を再送し続け、64*T1 経過後に BYE を送っている。典型的な原因は、200 の Contact が NAT 内のプライベートアドレスになっていることや、プロキシが Record-Route を付けていないことである。',
          'ユーザが卓上電話機とソフトフォンを登録しており、両方がほぼ同時に応答する。発信者は To タグの異なる二つの 200 OK を受け取り、両方に ACK を返し、残さない方のダイアログに BYE を送る。',
          'ソフトフォンが Expires: 3600 で REGISTER を送ると、200 OK には expires=600 の自分の Contact と、同じユーザの他の端末二台の Contact が列挙されている。レジストラが有効期間を短縮したので、クライアントは 600 秒を基準に登録を更新しなければならない。',
          'SBC が 30 秒ごとに OPTIONS をトランクへ送り、200 OK が返るたびに正常と判定する。呼を受けられない状態でも OPTIONS に 200 を返す UA は、こうした監視を誤らせる。',
        ],
        fixes: [
          '32 秒で切れる場合は ACK の経路を追う。ACK はダイアログのルートセットと 200 の Contact に従って送られる（RFC 3261 §13.2.2.4）。Contact が発信者側から到達可能か、ACK を通すべきプロキシや SBC がすべて Record-Route を付けているか、NAT 対策で必要な Contact の書き換えが行われているかを確認する。',
          '同じ 200 を再び受信したら、そのたびに ACK を送り直す。再送は前の ACK が失われたことを意味する。複数の端末から 200 が届いたら、すべてに ACK を返し、不要なものには BYE を送る。',
          'REGISTER では、要求した値ではなく、200 に含まれる自分の Contact の expires パラメータ（または Expires ヘッダ）から更新の時期を決める。',
          'UAS を実装する場合、INVITE にオファーがあれば 200 に SDP アンサーを入れ、Contact を含め、Record-Route をコピーする。OPTIONS には INVITE に返すのと同じコードで応答する（RFC 3261 §13.3.1.4、§11.2）。',
        ],
      },
    },
  },
  {
    code: 202,
    phrase: 'Accepted',
    status: 'deprecated',
    refs: ['RFC6665 §8.3.1', 'RFC7647 §5'],
    seeAlso: ['RFC3515 §2.4.2', 'RFC3515 §2.4.4', 'RFC3515 §2.4.5'],
    facts: {
      scope: 'endpoint',
      sentBy: ['notifier', 'uas'],
      methods: ['SUBSCRIBE', 'REFER'],
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'Refer-To',
        in: 'request',
        ref: 'RFC3515 §2.1',
        note: {
          en: 'The REFER names the target the recipient should contact; the 2xx only says the REFER was accepted.',
          ja: 'REFER で受信側に接続させたい宛先を示す。2xx が伝えるのは REFER を受け付けたことだけ。',
        },
      },
      {
        name: 'Event',
        in: 'request',
        ref: 'RFC3515 §2.4.4',
        note: {
          en: 'The NOTIFY requests that follow carry "Event: refer" and report progress in a message/sipfrag body.',
          ja: '後続の NOTIFY は「Event: refer」を持ち、進捗を message/sipfrag ボディで通知する。',
        },
      },
    ],
    related: [200, 204, 489, 481],
    alsoSeen: [],
    keywords: {
      en: ['call transfer', 'blind transfer', 'REFER', 'implicit subscription', 'sipfrag'],
      ja: ['転送', '呼転送', 'ブラインド転送', 'サブスクリプション', '非推奨'],
    },
    text: {
      en: {
        title: 'Accepted',
        summary:
          'A deprecated success code that once meant "accepted, result to follow"; receivers treat it exactly like 200 OK and senders must use 200 instead.',
        description: [
          'RFC 3265 introduced 202 so that a notifier could accept a SUBSCRIBE before it knew whether the subscriber was authorized, and RFC 3515 used it to accept a REFER. In both cases the answer carried no outcome: the real result arrived later in NOTIFY requests.',
          'The distinction never helped anyone. RFC 6665 §8.3.1 deprecated 202 for SUBSCRIBE and NOTIFY: a notifier must not send it, and a subscriber that receives it must process it as 200 OK. RFC 7647 §5 closed the remaining gap for REFER: wherever RFC 3515 said to send 202, a 200 must be sent instead.',
          'Engineers still meet 202 because older user agents, PBXs and SBCs answer REFER (and sometimes SUBSCRIBE) with it. Nothing is wrong with the call when that happens; the transfer or subscription proceeds exactly as after a 200.',
        ],
        scenarios: [
          'A phone performs a blind transfer: it sends REFER with a Refer-To header inside the call, and an older PBX answers 202 Accepted. The outcome of the transfer comes next in NOTIFY requests with "Event: refer" whose message/sipfrag bodies read "SIP/2.0 100 Trying", then "SIP/2.0 200 OK" or a failure status (RFC 3515 §2.4.5).',
          'A presence client sends SUBSCRIBE to a notifier implemented before RFC 6665, which answers 202 while the subscription is still pending authorization. The first NOTIFY that follows carries "Subscription-State: pending" or "active".',
          'A test tool or a strict stack flags a 202 answer to SUBSCRIBE or NOTIFY as a protocol violation: since RFC 6665 a notifier must not send it.',
        ],
        fixes: [
          'When you receive 202: handle it exactly like 200 OK (RFC 6665 §8.3.1). Establish the subscription, or the implicit subscription of a REFER, and wait for NOTIFY; do not treat 202 as a partial failure or wait for a second final response.',
          'When your own stack sends 202 to SUBSCRIBE, NOTIFY or REFER: change it to send 200 OK (RFC 6665 §8.3.1, RFC 7647 §5). Receivers have to accept both, so the change is safe.',
          'When a transfer seems stuck after 202: the result is in the NOTIFY requests, not in the 202. Check that NOTIFYs with "Event: refer" reach the transferor, and read the status line inside their message/sipfrag bodies.',
        ],
      },
      ja: {
        title: '受理（非推奨）',
        summary:
          '「受け付けた、結果は後で通知する」という意味で使われていた非推奨の成功応答。受信側は 200 OK と同じに扱い、送信側は 200 を返さなければならない。',
        description: [
          '202 は RFC 3265 で導入された応答で、ノーティファイアが加入者の認可を判断する前に SUBSCRIBE を受け付けるためのものだった。RFC 3515 も REFER の受付にこのコードを使った。どちらの場合も 202 自体は結果を含まず、実際の結果は後続の NOTIFY で届く。',
          'この区別は実運用で役に立たなかった。RFC 6665 §8.3.1 は SUBSCRIBE と NOTIFY に対する 202 を非推奨とし、ノーティファイアは 202 を送信してはならず、加入者は受信した 202 を 200 OK として処理しなければならないと定めた。REFER については RFC 7647 §5 が、RFC 3515 で 202 を返すとされていた箇所すべてで 200 を返さなければならないと改めた。',
          'それでも現場で 202 を目にするのは、古い UA、PBX、SBC が REFER（ときには SUBSCRIBE）に 202 を返すためである。その場合も呼に問題はなく、転送やサブスクリプションは 200 のときとまったく同じように進む。',
        ],
        scenarios: [
          '電話機がブラインド転送を行う。通話中のダイアログで Refer-To ヘッダを付けた REFER を送ると、古い PBX が 202 Accepted を返す。転送の結果はその後の「Event: refer」付き NOTIFY で届き、message/sipfrag ボディに「SIP/2.0 100 Trying」、続いて「SIP/2.0 200 OK」または失敗のステータスが入る（RFC 3515 §2.4.5）。',
          'プレゼンスクライアントが RFC 6665 以前の実装のノーティファイアに SUBSCRIBE を送ると、認可がまだ保留中のため 202 が返る。続く最初の NOTIFY には「Subscription-State: pending」または「active」が入っている。',
          '試験ツールや厳格なスタックが、SUBSCRIBE や NOTIFY への 202 をプロトコル違反として検出する。RFC 6665 以降、ノーティファイアは 202 を送信してはならない。',
        ],
        fixes: [
          '202 を受信した場合は 200 OK とまったく同じに扱う（RFC 6665 §8.3.1）。サブスクリプション（REFER の場合は暗黙のサブスクリプション）を確立して NOTIFY を待つ。202 を部分的な失敗とみなしたり、別の最終応答を待ったりしてはならない。',
          '自分のスタックが SUBSCRIBE、NOTIFY、REFER に 202 を返している場合は、200 OK を返すよう修正する（RFC 6665 §8.3.1、RFC 7647 §5）。受信側はどちらも受け付けなければならないので、この変更で相互接続が壊れることはない。',
          '202 の後で転送が進まないように見える場合、結果は 202 ではなく NOTIFY にある。「Event: refer」付きの NOTIFY が転送元に届いているかを確認し、message/sipfrag ボディ内のステータス行を読む。',
        ],
      },
    },
  },
  {
    code: 204,
    phrase: 'No Notification',
    status: 'active',
    refs: ['RFC5839 §7.1'],
    seeAlso: ['RFC3903 §11.3.1', 'RFC6665 §8.3.1'],
    facts: {
      scope: 'endpoint',
      sentBy: ['notifier'],
      methods: ['SUBSCRIBE'],
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'Suppress-If-Match',
        in: 'request',
        ref: 'RFC5839 §7.1',
        note: {
          en: 'Carries the entity-tag of the last NOTIFY the subscriber received; 204 is the answer when that tag still matches the current state.',
          ja: '加入者が最後に受け取った NOTIFY のエンティティタグを入れる。そのタグが現在の状態とまだ一致するときの応答が 204 である。',
        },
      },
    ],
    related: [200, 202, 412, 489],
    keywords: {
      en: ['conditional notification', 'Suppress-If-Match', 'SIP-ETag', 'subscription refresh', 'presence', 'NOTIFY suppressed'],
      ja: ['条件付き通知', 'NOTIFY 抑止', 'エンティティタグ', 'サブスクリプション更新', 'プレゼンス', 'SIP-ETag'],
    },
    text: {
      en: {
        title: 'No Notification',
        summary:
          'A SUBSCRIBE inside an existing subscription succeeded, but the notifier will not send the NOTIFY that would normally follow, because the subscriber already holds the current state.',
        description: [
          'In the SIP events framework every accepted SUBSCRIBE, refreshes included, is normally followed by a NOTIFY carrying the full current state, even when nothing has changed. RFC 5839 attaches entity-tags to event state so that this repetition can be skipped: each NOTIFY carries a SIP-ETag header naming the version of the state it reports, and the subscriber quotes the last tag it received in the Suppress-If-Match header of its next SUBSCRIBE.',
          'When that tag still matches the resource\'s current state, the notifier answers 204 No Notification: the subscription is refreshed as with any 2xx, but no NOTIFY follows. RFC 5839 §7.1 allows 204 only for a SUBSCRIBE sent within an established dialog; an initial SUBSCRIBE needs a NOTIFY to complete the subscription, so there the notifier can at most leave the body out of the NOTIFY. When the tag does not match, the notifier replies with an ordinary 200 and sends a NOTIFY with the new state and a new tag.',
          '204 is easily confused with its neighbours. A [[200]] to SUBSCRIBE means a NOTIFY is on its way; the deprecated [[202]] meant the same, and receivers treat it as 200; 204 means none will come, and a subscriber that waits for one waits in vain. The entity-tag mechanism resembles the one RFC 3903 uses for PUBLISH, but failure looks different: a stale tag in the SIP-If-Match of a PUBLISH yields [[412]], whereas a stale tag in Suppress-If-Match simply produces a normal NOTIFY.',
        ],
        scenarios: [
          'A presence client refreshes its subscription to a colleague\'s presence every hour, with Suppress-If-Match set to the SIP-ETag of the last NOTIFY. The colleague\'s status has not changed, so the presence server answers 204 and sends nothing else, saving a NOTIFY with a large PIDF body.',
          'A mobile client that re-checks a resource list or dialog-event state at every refresh sees 204 most of the time, and 200 followed by a NOTIFY only when the state really changed.',
          'A faulty subscriber keeps waiting after a 204, gets no NOTIFY, and tears down and re-creates its subscription, so a mechanism meant to save traffic ends up doubling it.',
        ],
        fixes: [
          'When you receive 204, keep the state you already have, treat the subscription as refreshed, and do not start a timer waiting for a NOTIFY.',
          'Schedule the next refresh from the Expires value in the 204, as after any 2xx to SUBSCRIBE; the notifier may have shortened the interval.',
          'If your notifier sends 204, do so only for an in-dialog SUBSCRIBE whose Suppress-If-Match equals the current entity-tag (RFC 5839 §7.1); answer an initial SUBSCRIBE with 200 and a NOTIFY, and mint a new entity-tag whenever the state changes.',
          'If subscribers miss a change, compare the SIP-ETag of the last NOTIFY with the tag the notifier matched: a notifier that reuses tags after a restart, or gives two versions of the state the same tag, wrongly answers 204.',
        ],
      },
      ja: {
        title: '通知なし',
        summary:
          '既存のサブスクリプション内の SUBSCRIBE は成功したが、加入者がすでに最新の状態を持っているため、ノーティファイアは通常続くはずの NOTIFY を送らない。',
        description: [
          'SIP のイベント通知の枠組みでは、受け付けた SUBSCRIBE には、リフレッシュも含めて、現在の状態全体を運ぶ NOTIFY が通常続く。何も変わっていなくても同じである。RFC 5839 はイベント状態にエンティティタグを付け、この繰り返しを省けるようにした。各 NOTIFY は報告する状態の版を示す SIP-ETag ヘッダを持ち、加入者は次の SUBSCRIBE の Suppress-If-Match ヘッダに、最後に受け取ったタグを入れる。',
          'そのタグがリソースの現在の状態とまだ一致していれば、ノーティファイアは 204 No Notification を返す。サブスクリプションは他の 2xx と同様にリフレッシュされるが、NOTIFY は続かない。RFC 5839 §7.1 は、204 を確立済みダイアログ内で送られた SUBSCRIBE への応答に限っている。初回の SUBSCRIBE はサブスクリプションを完成させるために NOTIFY を必要とするので、その場合ノーティファイアにできるのは NOTIFY のボディを省くことまでである。タグが一致しなければ通常の 200 を返し、新しい状態と新しいタグを持つ NOTIFY を送る。',
          '204 は近い番号と混同しやすい。SUBSCRIBE への [[200]] は NOTIFY が届くことを意味し、非推奨の [[202]] も同じ意味で、受信側はそれを 200 として扱う。204 は NOTIFY が来ないことを意味し、それを待つ加入者はいつまでも待つことになる。エンティティタグの仕組みは RFC 3903 が PUBLISH で使うものと似ているが、失敗したときの現れ方が違う。PUBLISH の SIP-If-Match のタグが古ければ [[412]] になるのに対し、Suppress-If-Match のタグが古い場合は普通の NOTIFY が送られるだけである。',
        ],
        scenarios: [
          'プレゼンスクライアントが同僚のプレゼンスへのサブスクリプションを 1 時間ごとにリフレッシュし、Suppress-If-Match に最後の NOTIFY の SIP-ETag を入れる。同僚の状態は変わっていないので、プレゼンスサーバは 204 を返すだけで他には何も送らず、大きな PIDF ボディを持つ NOTIFY を一つ省ける。',
          'リソースリストやダイアログイベントの状態をリフレッシュのたびに確認するモバイルクライアントは、ほとんどの場合 204 を受け取り、状態が実際に変わったときだけ 200 とそれに続く NOTIFY を受け取る。',
          '不具合のある加入者が 204 の後も NOTIFY を待ち続け、届かないためにサブスクリプションを終了して作り直す。通信量を減らすための仕組みが、かえって通信量を倍にしてしまう。',
        ],
        fixes: [
          '204 を受信したら手元の状態をそのまま保持し、サブスクリプションがリフレッシュされたものとして扱う。NOTIFY を待つタイマは起動しない。',
          '次のリフレッシュの時期は、SUBSCRIBE への他の 2xx と同じく 204 の Expires の値から決める。ノーティファイアが期間を短縮している場合がある。',
          '自分のノーティファイアが 204 を送る場合は、Suppress-If-Match が現在のエンティティタグと一致するダイアログ内の SUBSCRIBE に限る（RFC 5839 §7.1）。初回の SUBSCRIBE には 200 と NOTIFY を返し、状態が変わるたびに新しいエンティティタグを生成する。',
          '加入者が変化を取りこぼす場合は、最後の NOTIFY の SIP-ETag と、ノーティファイアが一致と判定したタグを比べる。再起動後にタグを再利用したり、異なる版の状態に同じタグを付けたりするノーティファイアは、誤って 204 を返す。',
        ],
      },
    },
  },
];
