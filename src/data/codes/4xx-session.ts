import type { CodeEntryInput } from '../schema';

export const codes4xxSession: CodeEntryInput[] = [
  {
    code: 480,
    phrase: 'Temporarily Unavailable',
    status: 'active',
    refs: ['RFC3261 §21.4.18'],
    seeAlso: ['RFC3261 §16.5', 'RFC3261 §20.33'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'redirect-server', 'gateway'],
      methods: ['INVITE', 'MESSAGE', 'SUBSCRIBE', 'OPTIONS'],
      retry: 'later',
      failover: false,
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.4.18',
        note: {
          en: 'Optional: tells the caller in how many seconds the callee expects to be reachable again, possibly with a comment and a "duration" parameter (RFC 3261 §20.33).',
          ja: '任意。着信者が再び応答できると見込まれるまでの秒数を示す。コメントや「duration」パラメータを付けることもできる（RFC 3261 §20.33）。',
        },
      },
    ],
    related: [486, 404, 408, 603, 487, 503],
    keywords: {
      en: ['unavailable', 'not registered', 'offline', 'do not disturb', 'DND', 'no answer', 'subscriber absent', 'Q.850 cause 20'],
      ja: ['不在', '未登録', '応答なし', '圏外', '電源断', 'おやすみモード', 'DND', '一時的に利用できません'],
    },
    text: {
      en: {
        title: 'Temporarily Unavailable',
        summary:
          'The user is known, but nobody can take the request right now: the phone is not registered, do-not-disturb is on, or the proxy has no current contact for the address.',
        description: [
          'Two kinds of sender use 480 (RFC 3261 §21.4.18). A user agent answers with it when its user cannot be reached at the moment: not logged in, in a state that rules out communication, or with "do not disturb" switched on. A proxy or redirect server answers with it when it recognizes the user in the Request-URI but has no valid place to forward the request to; RFC 3261 §16.5 names 480 as the response a proxy SHOULD send when its target set ends up empty.',
          'Nothing permanent is said about the user. The response may carry Retry-After with a better time to call, and RFC 3261 §21.4.18 asks that the reason phrase state more precisely why the callee is unavailable, so phrases such as "Not registered" or "Do Not Disturb" are legitimate and worth reading. Like any 4xx, it closes only this branch: a forking proxy goes on trying the user\'s other contacts, and the caller may still reach voicemail or another device.',
          'Two look-alikes cause most of the confusion. [[486]] means the callee\'s device was reached and is occupied with other calls; 480 means the callee was not in a position to be offered the call at all. [[404]] means the address is unknown in the domain, whereas 480 presumes the user exists. Gateways add a third: RFC 3398 maps ISUP causes 19 (no answer from user) and 20 (subscriber absent) to 480 but cause 18 (no user responding) to [[408]], so a ring-no-answer from the PSTN can arrive as either code.',
        ],
        scenarios: [
          'A caller dials an extension whose desk phone lost its registration during a network outage. The PBX finds the user in its directory but no contact in the location service, and answers the INVITE with "480 Temporarily Unavailable", often with a phrase such as "User not registered".',
          'A softphone user turns on do-not-disturb. The softphone rejects incoming INVITEs with 480, sometimes adding "Retry-After: 3600" as a hint for a call back, and the PBX sends the call to voicemail.',
          'A call over a SIP trunk to a mobile number is released in the PSTN with ISUP cause 20 (subscriber absent: handset switched off or out of coverage). The carrier\'s gateway passes it back to the SIP side as 480.',
          'An application sends a MESSAGE to a user who is not online; the proxy holds no registered contact for that user and answers 480.',
        ],
        fixes: [
          'On the callee side, check the registration first: does the registrar hold a current binding for the address-of-record (query it with REGISTER or look at the PBX\'s contact list)? A phone that fails to re-register before its Expires runs out gets 480 for every incoming call until it registers again.',
          'Read the reason phrase, and any Warning or Reason header: RFC 3261 §21.4.18 expects the sender to say why, and "DND", "Not registered" and "No answer" call for different fixes.',
          'In routing logic, read 480 as "this user, not now". Voicemail, forwarding on not-reachable, or a later retry that honours Retry-After are reasonable; failing over to another carrier or trunk, as you would after [[503]], is not, because the user was found.',
          'If your own proxy or PBX answers 480 for users who are registered, check that the lookup canonicalizes the Request-URI the way the registrar stored the binding (user part, domain, tel versus sip URI). A mismatch leaves the target set empty, and RFC 3261 §16.5 then produces 480.',
        ],
      },
      ja: {
        title: '一時的に利用不可',
        summary:
          'ユーザ自体は存在するが、現時点ではリクエストを受けられない。端末の未登録、DND（おやすみモード）の設定、プロキシ側に有効なコンタクトがないことなどが典型的な原因である。',
        description: [
          '480 を返す送信元は二種類ある（RFC 3261 §21.4.18）。UA は、ユーザがログインしていない、通信できない状態にある、DND を有効にしている、といった理由でいまは応じられないときにこれを返す。プロキシやリダイレクトサーバは、Request-URI のユーザを認識していながら、転送先として有効な場所を持たないときに返す。RFC 3261 §16.5 も、ターゲットセットが空のまま残ったときにプロキシが返すべき応答（SHOULD）として 480 を挙げている。',
          'このコードはユーザについて恒久的なことを何も述べていない。Retry-After ヘッダで再試行に適した時刻を示してよく、RFC 3261 §21.4.18 は、着信者が応答できない具体的な理由を理由フレーズに入れるよう求めている。したがって「Not registered」や「Do Not Disturb」といったフレーズは正当なもので、読む価値がある。他の 4xx と同じく終わるのはこのブランチだけであり、フォーキングしているプロキシはそのユーザの他のコンタクトを試し続け、発信者がボイスメールや別の端末につながる可能性も残る。',
          '混同の原因になる似たコードは主に二つある。[[486]] は着信者の端末に到達したうえで、他の通話でふさがっている（話中）ことを示す。480 は、そもそも呼を提示できる状態になかったことを示す。[[404]] はそのアドレスがドメインに存在しないことを意味するが、480 はユーザが存在することを前提にしている。ゲートウェイが絡むとさらに紛らわしく、RFC 3398 は ISUP の cause 19（ユーザ無応答、呼び出し済み）と 20（加入者不在）を 480 に、cause 18（ユーザ応答なし）を [[408]] に対応付けている。PSTN 側で「鳴らしたが出ない」呼は、どちらのコードでも返りうる。',
        ],
        scenarios: [
          'ネットワーク障害で内線電話機の登録が外れた状態で、その内線に着信がある。PBX はディレクトリ上でユーザを見つけるが、ロケーションサービスにコンタクトがないため、INVITE に「480 Temporarily Unavailable」を返す。「User not registered」のような理由フレーズを伴うことが多い。',
          'ソフトフォンのユーザが DND を有効にする。ソフトフォンは着信した INVITE を 480 で拒否し、折り返しの目安として「Retry-After: 3600」を付けることもある。PBX はこの応答を受けて呼をボイスメールに回す。',
          'SIP トランク経由で携帯電話番号にかけた呼が、PSTN 側で ISUP cause 20（加入者不在。電源断や圏外）により解放される。キャリアのゲートウェイはこれを 480 として SIP 側に返す。',
          'アプリケーションがオンラインでないユーザに MESSAGE を送る。プロキシはそのユーザの登録済みコンタクトを持っておらず、480 を返す。',
        ],
        fixes: [
          '着信側ではまず登録状態を確認する。その AoR に対する有効なバインディングがレジストラにあるか（REGISTER による問い合わせや PBX のコンタクト一覧で確認できる）。Expires が切れる前に再登録できなかった電話機は、次に登録するまで着信がすべて 480 になる。',
          '理由フレーズと、Warning ヘッダや Reason ヘッダがあればその内容を読む。RFC 3261 §21.4.18 は送信側に理由を示すよう求めており、「DND」「Not registered」「No answer」ではそれぞれ対処が違う。',
          'ルーティングの設計では、480 を「このユーザは、いまは出られない」と解釈する。ボイスメール、不在時転送、Retry-After に従った後からの再試行は妥当だが、[[503]] のときのように別のキャリアやトランクへフェイルオーバーするのは筋違いである。ユーザは見つかっている。',
          '登録済みのユーザに対して自分のプロキシや PBX が 480 を返しているなら、検索時の Request-URI の正規化がレジストラの保存形式と一致しているか（ユーザ部、ドメイン、tel URI と sip URI の違いなど）を確認する。一致しないとターゲットセットが空になり、RFC 3261 §16.5 に従って 480 が返る。',
        ],
      },
    },
  },
  {
    code: 481,
    phrase: 'Call/Transaction Does Not Exist',
    status: 'active',
    refs: ['RFC3261 §21.4.19'],
    seeAlso: [
      'RFC3261 §9.2',
      'RFC3261 §12.2.1.2',
      'RFC3261 §12.2.2',
      'RFC3261 §15.1.1',
      'RFC3261 §15.1.2',
      'RFC3262 §3',
      'RFC6665 §4.1.2.4',
    ],
    alsoSeen: [
      {
        phrase: 'Call Leg/Transaction Does Not Exist',
        source: {
          en: 'RFC 2543, which introduced the code under this name; RFC 3261 §9.2 still uses it, and many stacks and Kamailio scripts still send it',
          ja: 'この名称でコードを定義した RFC 2543。RFC 3261 §9.2 も旧名称のままで、今も多くのスタックや Kamailio のスクリプトがこの理由フレーズを送る',
        },
      },
    ],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas'],
      methods: ['BYE', 'CANCEL', 'INVITE', 'UPDATE', 'PRACK', 'NOTIFY', 'INFO', 'REFER'],
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'To',
        in: 'request',
        ref: 'RFC3261 §12.2.2',
        note: {
          en: 'Its tag, together with Call-ID and the From tag, names the dialog; a To tag the UAS cannot map to any dialog it holds is the usual trigger for 481.',
          ja: 'To タグは Call-ID、From タグとともにダイアログを識別する。UAS が保持するどのダイアログにも対応付けられない To タグが、481 の典型的な原因である。',
        },
      },
    ],
    related: [487, 408, 491, 489, 500],
    keywords: {
      en: ['call leg', 'dialog not found', 'no matching dialog', 'late BYE', 'CANCEL race', 'stale dialog', 'subscription does not exist', 'To tag'],
      ja: ['コールレッグ', 'ダイアログなし', 'ダイアログ不一致', 'BYE 遅延', 'CANCEL 競合', 'To タグ', 'サブスクリプションなし'],
    },
    text: {
      en: {
        title: 'Call/Transaction Does Not Exist',
        summary:
          'The user agent server received a request that belongs to a dialog or transaction it does not know: a late BYE or CANCEL, a request after a restart, or a NOTIFY for a subscription that is gone.',
        description: [
          'Requests inside a dialog are matched by Call-ID, From tag and To tag. When a request carries a To tag but the resulting dialog identifier matches nothing, RFC 3261 §12.2.2 lets the UAS either recover the dialog or refuse the request, and refusing MUST be done with 481. The same code answers a CANCEL that matches no server transaction (RFC 3261 §9.2) and a BYE for an unknown dialog (RFC 3261 §15.1.2). Extensions reuse it: a PRACK that acknowledges no outstanding reliable provisional response gets 481 (RFC 3262 §3), and a subscriber whose Timer N has expired rejects with 481 any NOTIFY that would create a new dialog usage (RFC 6665 §4.1.2.4).',
          'For the client, 481 is a verdict on the whole dialog, not on one request. RFC 3261 §12.2.1.2 says a UAC that receives 481 (or 408) for a mid-dialog request SHOULD terminate the dialog, and once a BYE has been answered with 481 the session and dialog are over (RFC 3261 §15.1.1). A re-INVITE answered with 481 therefore ends the call instead of merely failing the modification (RFC 3261 §14.1).',
          'It is easily mixed up with [[487]], yet the two answer different requests. 487 goes to the original INVITE when a CANCEL arrived in time; 481 goes to the CANCEL itself when it came too late or matched nothing. A trace of a caller hanging up just as the callee answers can show both patterns: 200 OK to the INVITE, then 200 or 481 to the CANCEL depending on whether the UAS still holds the INVITE transaction, then a BYE.',
        ],
        scenarios: [
          'A caller hangs up at the very moment the callee answers. The CANCEL reaches the callee\'s phone after it has sent 200 OK and let go of the INVITE transaction, so the CANCEL is answered 481; the caller\'s phone still has to ACK the 200 and then send BYE.',
          'An SBC or PBX restarts in the middle of calls and loses its dialog state. The next re-INVITE, session-timer UPDATE or BYE from the far end carries a To tag the restarted box does not know; it answers 481, and the far end tears the call down.',
          'A BYE is sent twice, or after the dialog has already ended (for example because a session timer expired on one side, which cleared the call first); the late BYE gets 481.',
          'A phone subscribed to a PBX\'s dialog (BLF) or message-summary events reboots. The PBX keeps sending NOTIFY requests for the old subscription, and the phone, which holds no such subscription any more, answers each of them with 481.',
        ],
        fixes: [
          'Compare the Call-ID, From tag and To tag of the rejected request with those of the dialog it should belong to. A To tag rewritten on one leg by a B2BUA or SBC, or a request routed to a different node of a cluster than the one holding the dialog, produces 481 while the call still exists.',
          'For CANCEL: send it only after a provisional response has arrived, to the same address, port and transport as the INVITE, with the same Request-URI, Call-ID, From, To, CSeq number and top Via branch (RFC 3261 §9.1). A 481 to a CANCEL that crossed a 200 OK is harmless: complete the call with ACK and end it with BYE.',
          'When a mid-dialog request gets 481, treat the dialog as gone (RFC 3261 §12.2.1.2): for an INVITE dialog send a BYE, which may itself be answered 481, release the call, and do not retry the failed request.',
          'If your own server answers 481 after a restart or failover, consider dialog recovery: RFC 3261 §12.2.2 allows a UAS to accept requests carrying To tags it recognizes as its own, which keeps calls up through a crash, provided CSeq numbers, route set and media state can be rebuilt.',
          'Search logs for both "Call/Transaction Does Not Exist" and the RFC 2543 wording "Call Leg/Transaction Does Not Exist"; both are 481.',
        ],
      },
      ja: {
        title: '該当するダイアログ・トランザクションなし',
        summary:
          'UAS が、自分の知らないダイアログまたはトランザクションに属するリクエストを受け取った。遅れて届いた BYE や CANCEL、再起動後のリクエスト、すでに存在しないサブスクリプションへの NOTIFY などが典型である。',
        description: [
          'ダイアログ内のリクエストは Call-ID、From タグ、To タグで照合される。To タグが付いているのに、そこから求めたダイアログ識別子がどのダイアログとも一致しない場合、RFC 3261 §12.2.2 は UAS にダイアログを復元するか拒否するかを委ねており、拒否するときは 481 を返さなければならない。どのサーバトランザクションとも一致しない CANCEL（RFC 3261 §9.2）や、未知のダイアログに対する BYE（RFC 3261 §15.1.2）にも同じコードを使う。拡張仕様もこのコードを流用しており、未確認の信頼性暫定応答のどれにも対応しない PRACK には 481 を返す（RFC 3262 §3）。また Timer N が満了したサブスクライバは、新たな dialog usage を生むことになる NOTIFY を 481 で拒否する（RFC 6665 §4.1.2.4）。',
          'クライアントにとって 481 は、一つのリクエストではなくダイアログ全体に対する判定である。RFC 3261 §12.2.1.2 は、ダイアログ内リクエストに 481（または 408）を受けた UAC はダイアログを終了すべき（SHOULD）としており、BYE に 481 が返った時点でセッションとダイアログは終わったものとみなされる（RFC 3261 §15.1.1）。そのため re-INVITE に 481 が返ると、セッション変更が失敗するだけでなく呼そのものが終わる（RFC 3261 §14.1）。',
          '[[487]] と取り違えられやすいが、両者は別のリクエストへの応答である。487 は CANCEL が間に合ったときに元の INVITE に返り、481 は遅すぎた、あるいは何とも一致しなかった CANCEL そのものに返る。着信者が応答した瞬間に発信者が切ったトレースでは、両方の流れが見えることがある。INVITE に 200 OK が返り、CANCEL には UAS が INVITE トランザクションをまだ保持しているかどうかで 200 か 481 が返り、その後に BYE が続く。',
        ],
        scenarios: [
          '着信者が応答したまさにその瞬間に、発信者が電話を切る。CANCEL が着信側の電話機に届いたときには、すでに 200 OK を送って INVITE トランザクションを手放しているため、CANCEL には 481 が返る。発信側の電話機は、それでも 200 に ACK を返し、続けて BYE を送る必要がある。',
          '通話中に SBC や PBX が再起動してダイアログ状態を失う。相手側から次に届く re-INVITE、セッションタイマの UPDATE、BYE には再起動した装置の知らない To タグが入っているため 481 が返り、相手側は呼を切断する。',
          'BYE が二重に送られる、あるいはダイアログが終わった後に送られる（たとえば一方でセッションタイマが満了し、先に呼を解放していた）。遅れた BYE には 481 が返る。',
          'PBX の dialog（BLF）イベントや message-summary イベントをサブスクライブしていた電話機が再起動する。PBX は古いサブスクリプション宛てに NOTIFY を送り続け、もうそのサブスクリプションを持たない電話機は、そのすべてに 481 を返す。',
        ],
        fixes: [
          '拒否されたリクエストの Call-ID、From タグ、To タグを、それが属するはずのダイアログの値と突き合わせる。B2BUA や SBC が片側のレッグで To タグを書き換えている場合や、リクエストがダイアログを保持していないクラスタ内の別ノードに振り分けられた場合、呼はまだ存在するのに 481 になる。',
          'CANCEL は暫定応答を受けてから送り、宛先のアドレス・ポート・トランスポートと、Request-URI、Call-ID、From、To、CSeq 番号、先頭 Via の branch を INVITE と同じにする（RFC 3261 §9.1）。200 OK と行き違った CANCEL への 481 は害がないので、ACK で呼を完了させてから BYE で終える。',
          'ダイアログ内リクエストに 481 が返ったら、ダイアログはもう存在しないものとして扱う（RFC 3261 §12.2.1.2）。INVITE で確立したダイアログなら BYE を送って（その BYE にも 481 が返りうる）呼を解放し、失敗したリクエストは再試行しない。',
          '自分のサーバが再起動やフェイルオーバーの後に 481 を返しているなら、ダイアログ復元を検討する。RFC 3261 §12.2.2 は、自分が発行したと判別できる To タグのリクエストを UAS が受け入れることを認めており、CSeq 番号、ルートセット、メディアの状態を再構築できれば、障害をまたいで通話を維持できる。',
          'ログは「Call/Transaction Does Not Exist」と、RFC 2543 の名称である「Call Leg/Transaction Does Not Exist」の両方で検索する。どちらも 481 である。',
        ],
      },
    },
  },
  {
    code: 482,
    phrase: 'Loop Detected',
    status: 'active',
    refs: ['RFC3261 §21.4.20'],
    seeAlso: ['RFC3261 §16.3', 'RFC3261 §8.2.2.2'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'uas'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'Via',
        in: 'request',
        ref: 'RFC3261 §16.3',
        note: {
          en: 'A proxy that finds its own earlier sent-by value in the Via list compares the branch parameter it would compute now with the one stored there; equal values mean a loop.',
          ja: 'Via の並びに自分が以前入れた sent-by の値を見つけたプロキシは、いま計算した branch パラメータとそこに記録された値を比べる。一致すればループである。',
        },
      },
    ],
    related: [483, 440, 408],
    keywords: {
      en: ['routing loop', 'SIP loop', 'spiral', 'merged request', 'Via branch', 'forking loop'],
      ja: ['ルーティングループ', '転送ループ', 'スパイラル', 'マージされたリクエスト', 'Via', 'branch パラメータ'],
    },
    text: {
      en: {
        title: 'Loop Detected',
        summary:
          'A proxy found that the request had already passed through it with the same routing decision (a loop), or a user agent received a second copy of a forked request by another path.',
        description: [
          'RFC 3261 uses 482 for two different situations, and the trace tells them apart. In the first, a proxy notices that a request it is about to forward has passed through it before: a Via header carries a sent-by value the proxy itself inserted. The proxy recomputes the branch parameter it would generate for this request and compares it with the one in that Via. Equal values mean a true loop; different values mean a legitimate spiral, in which the request came back with a changed Request-URI, and processing continues. On a loop the proxy MAY answer 482 (RFC 3261 §16.3, item 4).',
          'In the second, no loop exists at all. A forking proxy sent copies of one request along different paths, and two of them reached the same user agent. The UAS spots a request without a To tag whose From tag, Call-ID and CSeq match a transaction already in progress, processes the first copy normally and answers the later ones with 482 (RFC 3261 §8.2.2.2). Proxies themselves must not treat such merged requests as an error (RFC 3261 §16.3).',
          'Loop detection is optional in RFC 3261. RFC 5393 strengthened it for proxies that fork, because a loop combined with forking multiplies traffic, corrected the detection algorithm, and added Max-Breadth ([[440]]) to cap parallel branches. Loops that escape detection end instead with [[483]] once Max-Forwards runs out, which is why the two codes turn up in the same incidents.',
        ],
        scenarios: [
          'Two proxies each route a domain that neither of them owns to the other, a common leftover of a DNS or dial-plan change. An INVITE bounces between them until one checks its own Via entry, finds a matching branch value and answers 482.',
          'A user is registered with two contacts that both lead through the same SBC to one PBX. The proxy co-located with the registrar forks the call, the PBX receives the same INVITE twice, rings normally on the first copy and answers the second with 482. The call itself is fine.',
          'A hunt group on a PBX that proxies calls, rather than bridging them, contains an external number that is forwarded straight back to the hunt group. The returning INVITE carries the PBX\'s own Via with the same branch value, and the PBX stops it with 482.',
        ],
        fixes: [
          'Read the Via headers of the rejected request from the bottom up: the hop that appears twice is where the loop closes. Correct the routing there, whether a static route, a DNS SRV target, or a dial-plan rule that sends a domain or number range back where it came from.',
          'Before chasing a loop, check whether the 482 came from a user agent answering a merged request: it arrives on one branch of a forked call while another branch proceeds. That is expected behaviour (RFC 3261 §8.2.2.2) and needs no fix, unless the forking itself is unwanted, as with duplicate registrations of the same device.',
          'If you run a forking proxy, implement the loop check of RFC 3261 §16.3 with the corrections of RFC 5393, and make sure a spiral (same proxy, new Request-URI) is not flagged as a loop; the branch comparison exists to tell the two apart.',
        ],
      },
      ja: {
        title: 'ループ検出',
        summary:
          'リクエストが同じルーティング判断のまま自分を再び通過した（ループ）ことをプロキシが検出した。あるいは、フォーキングされたリクエストの複製が別経路で同じ UA に届いた。',
        description: [
          'RFC 3261 は 482 を二つの異なる状況に使っており、どちらなのかはトレースで見分けられる。一つ目は、転送しようとしているリクエストが以前にも自分を通過していたとプロキシが気づく場合である。Via ヘッダの中に、プロキシ自身が挿入した sent-by の値がある。プロキシはこのリクエストに対して自分が生成するはずの branch パラメータを計算し直し、その Via の値と比べる。一致すれば本物のループであり、異なれば Request-URI が書き換えられて戻ってきた正当なスパイラルなので処理を続ける。ループの場合、プロキシは 482 を返してよい（RFC 3261 §16.3 の項目 4）。',
          '二つ目では、実はループは存在しない。フォーキングするプロキシが同じリクエストの複製を別々の経路に送り、そのうち二つが同じ UA に着いた場合である。UAS は、To タグがなく、From タグ、Call-ID、CSeq が処理中のトランザクションと一致するリクエストを見つけると、最初の一つを通常どおり処理し、後から来た複製に 482 を返す（RFC 3261 §8.2.2.2）。プロキシ自身は、こうしたマージされたリクエストをエラーとして扱ってはならない（RFC 3261 §16.3）。',
          'RFC 3261 ではループ検出は任意である。ループとフォーキングが重なるとトラフィックが増幅されるため、RFC 5393 はフォーキングするプロキシに対する要件を強化し、検出アルゴリズムを訂正したうえで、並列ブランチ数を制限する Max-Breadth（[[440]]）を追加した。検出をすり抜けたループは、Max-Forwards が尽きた時点で [[483]] で終わる。この二つのコードが同じ障害の中で一緒に現れるのはそのためである。',
        ],
        scenarios: [
          '二つのプロキシが、どちらも担当していないドメインのルートとして互いを指している。DNS やダイヤルプランの変更後によく残る設定である。INVITE が両者の間を往復し、自分の Via エントリを確認したプロキシが branch の一致を見つけて 482 を返す。',
          'あるユーザが、同じ SBC を経由して一台の PBX に至る二つのコンタクトで登録している。レジストラと同居するプロキシが呼をフォーキングすると、PBX は同じ INVITE を二度受け取り、一つ目では通常どおり呼び出し、二つ目の複製には 482 を返す。呼そのものに問題はない。',
          '呼をブリッジせずプロキシとして中継する PBX のハントグループに外部番号が含まれており、その番号が同じハントグループにそのまま転送し返される。戻ってきた INVITE には同じ branch 値を持つ PBX 自身の Via があり、PBX は 482 で止める。',
        ],
        fixes: [
          '拒否されたリクエストの Via ヘッダを下から順に読む。二度現れるホップが、ループが閉じている場所である。そこで静的ルート、DNS SRV のターゲット、ドメインや番号帯を元の方向へ送り返すダイヤルプランのルールなど、原因となっているルーティングを直す。',
          'ループを追いかける前に、その 482 がマージされたリクエストに対して UA が返したものではないかを確かめる。フォーキングされた呼の一方のブランチにだけ 482 が返り、他方は進行している場合がそれにあたる。これは想定どおりの動作（RFC 3261 §8.2.2.2）で修正は要らない。ただし同じ端末の重複登録のように、フォーキング自体が望ましくない場合は別である。',
          'フォーキングするプロキシを運用しているなら、RFC 3261 §16.3 のループ検査を RFC 5393 の訂正を踏まえて実装し、スパイラル（同じプロキシを新しい Request-URI で通過するもの）をループと誤判定しないようにする。branch の比較は、この二つを区別するためにある。',
        ],
      },
    },
  },
  {
    code: 483,
    phrase: 'Too Many Hops',
    status: 'active',
    refs: ['RFC3261 §21.4.21'],
    seeAlso: ['RFC3261 §16.3', 'RFC3261 §16.6', 'RFC3261 §20.22'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'Max-Forwards',
        in: 'request',
        ref: 'RFC3261 §20.22',
        note: {
          en: 'Counts down the hops a request may still take; a proxy that receives it at 0 answers 483 instead of forwarding (OPTIONS excepted).',
          ja: 'あと何ホップ転送できるかを表す。値 0 で受け取ったプロキシは、転送せずに 483 を返す（OPTIONS は例外）。',
        },
      },
    ],
    related: [482, 440, 408],
    keywords: {
      en: ['Max-Forwards', 'hop count', 'hop limit', 'routing loop', 'B2BUA loop', 'Max-Forwards 0', 'TTL'],
      ja: ['ホップ数', 'ホップ数上限', 'Max-Forwards', 'ルーティングループ', 'B2BUA ループ', 'TTL'],
    },
    text: {
      en: {
        title: 'Too Many Hops',
        summary:
          'A proxy received the request with Max-Forwards already at zero and refused to forward it further; in practice this almost always points to a routing loop.',
        description: [
          'Max-Forwards is SIP\'s hop limit. Each proxy that forwards a request decrements the value by one, and inserts the header with a value that SHOULD be 70 when it is missing (RFC 3261 §16.6, item 3). A proxy that receives a request whose Max-Forwards is zero must not forward it: for OPTIONS it MAY respond as the final recipient, and for any other request it MUST return 483 (RFC 3261 §16.3, item 3).',
          'A starting value of 70 leaves far more room than any sensible path needs, so a 483 usually means the request has been going round in circles. The optional loop check behind [[482]] relies on a proxy finding its own Via entry, which elements that regenerate requests prevent, and such loops then run until the hop budget is spent. RFC 7332 deals with the worst variant: B2BUAs, which create new requests as user agent clients, can start every pass with a fresh Max-Forwards value and keep a loop alive indefinitely.',
          'The OPTIONS exception turns Max-Forwards into a diagnostic tool: an OPTIONS sent with a small value stops at the element where the count reaches zero, and if that element answers, it shows how far the request got. A 483 ends only this request and says nothing about the destination; sending the same request again will meet the same loop.',
        ],
        scenarios: [
          'A PBX sends an unassigned number range to its SIP trunk, and the carrier\'s SBC routes the same range back to the PBX. Every pass lowers Max-Forwards until one side receives 0 and answers 483. The caller hears a failure after a few seconds, and the trace shows dozens of near-identical INVITEs with falling Max-Forwards values.',
          'A user agent configured with "Max-Forwards: 5" for a lab test is moved to a production network, where its calls cross an SBC, several IMS proxies and an application server. The sixth element on the path receives the request with 0 and answers 483.',
          'An engineer checks reachability by sending OPTIONS with "Max-Forwards: 0" to the first proxy. Depending on its configuration, the proxy answers the OPTIONS itself or rejects it with 483; either response proves that hop is alive.',
        ],
        fixes: [
          'Count how often the same request appears in the capture and read its Max-Forwards values: a value that falls pass by pass toward 0 on near-identical INVITEs is a loop, not a long path. Follow the Request-URI and Route headers to the rule that sends the request back.',
          'Make sure no element originates requests with a low Max-Forwards; 70 is the value RFC 3261 recommends.',
          'Where a B2BUA or SBC is part of the loop, have it carry the received Max-Forwards, decremented, into the request it sends on the other leg instead of starting again at 70. RFC 7332 sets out requirements of this kind for B2BUAs, and they turn an endless loop into a prompt 483.',
        ],
      },
      ja: {
        title: 'ホップ数超過',
        summary:
          'Max-Forwards がすでに 0 になったリクエストを受けたプロキシが、それ以上の転送を拒否した。実際にはほとんどの場合、ルーティングループを示している。',
        description: [
          'Max-Forwards は SIP のホップ数制限である。リクエストを転送するプロキシは値を 1 ずつ減らし、ヘッダがなければ追加する（その値は 70 とすべきである。RFC 3261 §16.6 の項目 3）。Max-Forwards が 0 のリクエストを受けたプロキシはそれを転送してはならない。OPTIONS であれば自ら最終的な受信者として応答してもよい（MAY）が、それ以外のリクエストには 483 を返さなければならない（RFC 3261 §16.3 の項目 3）。',
          '初期値の 70 は、まともな経路に必要なホップ数を大きく上回る。したがって 483 は、たいていリクエストが堂々巡りしていたことを意味する。[[482]] の元になる任意のループ検査は、プロキシが自分の Via エントリを見つけられることを前提にしているが、リクエストを作り直す装置が間に入るとそれができず、ループはホップ数を使い切るまで続く。最悪の形を扱っているのが RFC 7332 である。B2BUA は UAC として新しいリクエストを生成するので、通過のたびに Max-Forwards を新しい値から始めることができ、ループをいつまでも生かしておけてしまう。',
          'OPTIONS の例外のおかげで、Max-Forwards は診断の道具にもなる。小さな値を付けて送った OPTIONS は値が 0 になった装置で止まり、その装置が応答すれば、リクエストがどこまで届いたかがわかる。483 が終わらせるのはこのリクエストだけで、宛先については何も語らない。同じリクエストを送り直しても、同じループにはまる。',
        ],
        scenarios: [
          'PBX が未割り当ての番号帯を SIP トランクに送り、キャリアの SBC は同じ番号帯を PBX へ送り返している。往復のたびに Max-Forwards が減り、一方が 0 を受け取って 483 を返す。発信者には数秒後に失敗が聞こえ、トレースには Max-Forwards の値が一往復ごとに下がっていく、ほぼ同じ INVITE が何十個も並ぶ。',
          '検証用に「Max-Forwards: 5」を設定した UA が本番網に移され、その呼が SBC、複数の IMS プロキシ、アプリケーションサーバを経由するようになる。経路上の 6 番目の装置が値 0 のリクエストを受け取り、483 を返す。',
          'エンジニアが最初のプロキシに「Max-Forwards: 0」の OPTIONS を送り、到達性を確認する。設定によってプロキシは OPTIONS に自ら応答するか 483 で拒否するが、どちらの応答でもそのホップが生きていることはわかる。',
        ],
        fixes: [
          'キャプチャに同じリクエストが何回現れるかを数え、Max-Forwards の値を読む。ほぼ同じ INVITE で値が往復ごとに 0 へ近づいていくなら、長い経路ではなくループである。Request-URI と Route ヘッダをたどり、リクエストを送り返しているルールを突き止める。',
          '小さな Max-Forwards でリクエストを生成している装置がないことを確認する。RFC 3261 が推奨する値は 70 である。',
          'B2BUA や SBC がループに含まれる場合は、受信した Max-Forwards を 1 減らした値を反対側のレッグで送るリクエストに引き継がせ、70 からやり直さないようにする。RFC 7332 は B2BUA にこの種の要件を定めており、これによって終わりのないループがすぐに 483 で止まるようになる。',
        ],
      },
    },
  },
  {
    code: 484,
    phrase: 'Address Incomplete',
    status: 'active',
    refs: ['RFC3261 §21.4.22'],
    seeAlso: ['RFC3261 §16.7'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'gateway', 'uas'],
      methods: ['INVITE'],
      retry: 'modify',
      failover: false,
    },
    headers: [],
    related: [404, 485, 604, 410],
    keywords: {
      en: ['overlap dialing', 'overlap sending', 'incomplete number', 'too few digits', 'digit map', 'dial plan', 'Q.850 cause 28', 'invalid number format'],
      ja: ['オーバーラップダイヤル', '桁不足', '番号不完全', 'ダイヤルプラン', 'デジットマップ', '桁間タイマ', 'cause 28'],
    },
    text: {
      en: {
        title: 'Address Incomplete',
        summary:
          'The Request-URI does not hold a complete address, typically a dialled number with too few digits; what is needed is more digits, not another route.',
        description: [
          'An incomplete Request-URI is what 484 reports (RFC 3261 §21.4.22), and the sender SHOULD add detail in the reason phrase. In practice the Request-URI holds a telephone number, in a sip: URI with user=phone or in a tel: URI, and the server responsible for that number range can see from its numbering plan that the digits stop too early.',
          'The code exists to support overlap dialling. A client that does not know how long the number will be sends INVITEs with growing digit strings and prompts the user for more input each time 484 comes back, until some other answer arrives; RFC 3578 describes how ISUP overlap signalling is mapped onto this. Most SIP networks today dial en bloc instead: the phone collects every digit, using a digit map or an inter-digit timeout, before it sends the INVITE, so a 484 usually reaches the user as a failed call.',
          'Because it invites a corrected request, a forking proxy SHOULD prefer 484 over other 4xx responses when it has to choose the best response to send upstream (RFC 3261 §16.7, item 6). Compare [[404]], where the address is well formed but unknown, and [[485]], where it is complete but matches several users. From the PSTN, ISUP cause 28 (invalid number format) arrives as 484 (RFC 3398).',
        ],
        scenarios: [
          'A user dials a national number without the area code or trunk prefix. The phone\'s digit map sends it when the inter-digit timeout expires, and the carrier\'s SBC answers the INVITE with "484 Address Incomplete" because the number is too short for its numbering plan.',
          'An ISDN PBX connected through a gateway uses overlap sending. The gateway forwards the first digits in an INVITE, the SIP side answers 484, and the gateway sends a new INVITE each time the PBX delivers more digits, until the call can be routed.',
          'A softphone configured to dial as soon as the digits match a pattern sends the INVITE while the user is still typing an extension; the PBX answers 484 for the partial number.',
        ],
        fixes: [
          'Check the number in the Request-URI, and its normalization to E.164 or to the local plan, against what the next hop expects: a missing country code, area code or trunk prefix is the usual cause.',
          'Tighten the digit map or lengthen the inter-digit timeout on phones and ATAs, so that numbers are not sent before they are complete.',
          'When interworking with overlap signalling, send a new INVITE with the additional digits as they arrive; when overlap is not supported, collect all digits first and send en bloc.',
          'On your own server, return 484 only when the digits are a proper prefix of a longer valid number, and [[404]] when no number starts with them, so that clients do not wait for digits that can never help.',
        ],
      },
      ja: {
        title: 'アドレス不完全',
        summary:
          'Request-URI のアドレスが完全でない。典型的にはダイヤルされた番号の桁が足りない。必要なのは別ルートではなく、追加の桁である。',
        description: [
          '484 が伝えるのは Request-URI が不完全だということであり（RFC 3261 §21.4.22）、送信側は理由フレーズで詳しい情報を補うべきである（SHOULD）。実際の Request-URI は、user=phone 付きの sip URI や tel URI に入った電話番号であることがほとんどで、その番号帯を担当するサーバは番号計画から桁が途中で終わっていると判断できる。',
          'このコードはオーバーラップダイヤルのためにある。番号の長さを知らないクライアントは、桁数を増やしながら INVITE を送り、484 が返るたびにユーザに続きの入力を促し、別の応答が返るまでこれを繰り返す。ISUP のオーバーラップ信号をこの方式に対応付ける方法は RFC 3578 が記述している。もっとも、現在の SIP 網の多くはエンブロック方式で、電話機がデジットマップや桁間タイムアウトで全桁を集めてから INVITE を送る。そのため 484 は、利用者から見れば単なる発信失敗として現れることが多い。',
          '訂正したリクエストの再送を促す応答なので、フォーキングするプロキシは上流に返す最良応答を選ぶ際、他の 4xx より 484 を優先すべきとされている（RFC 3261 §16.7 の項目 6）。[[404]] は形式としては正しいが存在しないアドレス、[[485]] は完全だが複数のユーザに該当するアドレスを示すのと対照的である。PSTN から届く ISUP cause 28（無効番号形式）は 484 に変換される（RFC 3398）。',
        ],
        scenarios: [
          'ユーザが市外局番やトランクプレフィックスを付けずに国内番号をダイヤルする。電話機のデジットマップは桁間タイムアウトの満了時に送出し、キャリアの SBC は番号計画上桁が足りないとして、INVITE に「484 Address Incomplete」を返す。',
          'ゲートウェイ経由で接続した ISDN PBX がオーバーラップ送出を使っている。ゲートウェイは最初の数桁を INVITE で送り、SIP 側が 484 を返す。PBX から桁が届くたびにゲートウェイは新しい INVITE を送り、呼がルーティングできるまでこれを続ける。',
          'パターンに一致した時点で発信する設定のソフトフォンが、ユーザが内線番号を打ち終える前に INVITE を送ってしまう。PBX は途中までの番号に 484 を返す。',
        ],
        fixes: [
          'Request-URI の番号と、その E.164 やローカル番号計画への正規化の結果が、次ホップの期待する形式になっているかを確認する。国番号、市外局番、トランクプレフィックスの欠落がよくある原因である。',
          '電話機や ATA のデジットマップを厳しくするか、桁間タイムアウトを延ばし、番号が揃う前に送出されないようにする。',
          'オーバーラップ信号と相互接続する場合は、追加の桁が届いた時点でそれを含めた新しい INVITE を送る。オーバーラップに対応しない場合は、全桁を集めてからエンブロックで送る。',
          '自分のサーバでは、その桁がより長い有効番号の先頭部分である場合に限って 484 を返し、その桁で始まる番号が一つもなければ [[404]] を返す。いくら桁を足しても意味のない入力を、クライアントに待たせないためである。',
        ],
      },
    },
  },
  {
    code: 485,
    phrase: 'Ambiguous',
    status: 'active',
    refs: ['RFC3261 §21.4.23'],
    seeAlso: ['RFC3261 §16.5'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'redirect-server', 'uas'],
      methods: ['INVITE', 'MESSAGE'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Contact',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.4.23',
        note: {
          en: 'May list unambiguous addresses for the user to choose from; for a proxy, RFC 3261 §16.5 recommends including them (SHOULD), but a server must be configurable to suppress the list.',
          ja: '利用者が選べるよう、一意なアドレスを列挙してよい。プロキシについては RFC 3261 §16.5 が含めることを推奨している（SHOULD）が、サーバは一覧を出さないよう設定できなければならない。',
        },
      },
    ],
    related: [300, 404, 484],
    keywords: {
      en: ['ambiguous address', 'dial by name', 'name dialing', 'directory lookup', 'multiple matches'],
      ja: ['あいまい', '曖昧', '名前ダイヤル', 'ディレクトリ検索', '複数該当', '宛先候補'],
    },
    text: {
      en: {
        title: 'Ambiguous',
        summary:
          'The Request-URI fits more than one user and the server cannot tell which one is meant; it may list the candidates in Contact headers for a person to choose from.',
        description: [
          'Some addresses are complete yet fit more than one person. The classic example in RFC 3261 §21.4.23 is a name-based URI such as sip:lee@example.com at a domain with several people called Lee. A proxy that cannot build a target set from such a URI SHOULD answer 485 and SHOULD list the addresses to try in Contact headers (RFC 3261 §16.5); a redirect server, or a UAS such as a voicemail or email system, can answer the same way.',
          'What separates it from [[300]] is who makes the choice. The locations in a 300 all lead to the same person or service, so a client may pick one automatically or try them in turn. The candidates in a 485 are different people, and RFC 3261 §21.4.23 says user intervention is required; a client should not quietly call the first Contact on its own.',
          'Listing the alternatives reveals who belongs to an organization, so RFC 3261 §21.4.23 requires that a server can be configured to suppress the list or to answer [[404]] instead. In practice 485 is seldom met outside enterprise directories, and a server that answers 404 where another would answer 485 is behaving correctly.',
        ],
        scenarios: [
          'An enterprise proxy lets staff dial colleagues by name. An INVITE to sip:j.smith@corp.example matches three directory entries, and the proxy answers 485 with three Contact headers carrying the full addresses.',
          'A unified messaging server receives a MESSAGE addressed by first name only and answers 485, listing the matching mailboxes.',
          'A proxy configured for privacy receives the same kind of request and, as RFC 3261 §21.4.23 allows, returns [[404]] instead of revealing the candidates.',
        ],
        fixes: [
          'Show the Contact URIs of the 485 to the user and place a new call to the one chosen; do not handle the list like the target set of a 3xx redirect.',
          'Address users with unique identifiers, such as a full URI, an extension or an E.164 number, so that no lookup can match more than one person.',
          'On your own proxy, decide deliberately whether ambiguous lookups return 485 with candidates or 404 without them, and make sure the Contact list exposes no address you would not publish.',
        ],
      },
      ja: {
        title: '宛先があいまい',
        summary:
          'Request-URI が複数のユーザに当てはまり、どれを指すのかサーバが判断できない。候補を Contact ヘッダに列挙し、人が選べるようにすることがある。',
        description: [
          '形式としては完全でも、複数の人物に当てはまってしまうアドレスがある。RFC 3261 §21.4.23 が挙げる典型例は、Lee という人物が何人もいるドメインに宛てた sip:lee@example.com のような名前ベースの URI である。このような URI からターゲットセットを作れないプロキシは 485 を返すべきであり、試すべきアドレスを Contact ヘッダに列挙すべきである（RFC 3261 §16.5）。リダイレクトサーバや、ボイスメール・電子メールシステムのような UAS も同じように応答できる。',
          '[[300]] との違いは、誰が選ぶかにある。300 が示す候補はどれも同じ人物やサービスにつながるので、クライアントが自動で一つを選んだり順に試したりしてよい。485 の候補は別々の人物であり、RFC 3261 §21.4.23 は利用者の判断が必要だとしている。クライアントが先頭の Contact に勝手に発信するべきではない。',
          '候補を列挙すると組織に誰がいるかが明らかになるため、RFC 3261 §21.4.23 は、一覧を出さないよう、あるいは代わりに [[404]] を返すようサーバを設定できなければならないとしている。実際に 485 を目にするのは社内ディレクトリなどに限られ、あるサーバが 485 を返す場面で別のサーバが 404 を返すのも正しい動作である。',
        ],
        scenarios: [
          '企業のプロキシが名前による発信に対応している。sip:j.smith@corp.example 宛ての INVITE がディレクトリの三件に該当し、プロキシは完全なアドレスを入れた三つの Contact ヘッダを付けて 485 を返す。',
          'ユニファイドメッセージングサーバが、ファーストネームだけを宛先にした MESSAGE を受け取り、該当するメールボックスを列挙して 485 を返す。',
          'プライバシーを重視する設定のプロキシが同じ種類のリクエストを受け、RFC 3261 §21.4.23 が認めるとおり、候補を明かす代わりに [[404]] を返す。',
        ],
        fixes: [
          '485 の Contact にある URI を利用者に示し、選ばれた宛先に改めて発信する。この一覧を 3xx のリダイレクト先と同じように扱ってはならない。',
          'ユーザの指定には、完全な URI、内線番号、E.164 番号などの一意な識別子を使い、検索が複数の人物に該当しないようにする。',
          '自分のプロキシでは、あいまいな検索に候補付きの 485 を返すのか、候補なしの 404 を返すのかを意図して決め、公開したくないアドレスが Contact 一覧から漏れないようにする。',
        ],
      },
    },
  },
  {
    code: 486,
    phrase: 'Busy Here',
    status: 'active',
    refs: ['RFC3261 §21.4.24'],
    seeAlso: ['RFC3261 §13.3.1.3', 'RFC3261 §20.33'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: ['INVITE'],
      retry: 'later',
      failover: false,
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.4.24',
        note: {
          en: 'Optional: a better time to call, in seconds; callers and automatic redial features can use it to schedule the next attempt.',
          ja: '任意。かけ直しに適した時刻を秒数で示す。発信者や自動再ダイヤル機能は、次の発信の予定に使える。',
        },
      },
    ],
    related: [600, 603, 480, 487, 503],
    keywords: {
      en: ['busy', 'user busy', 'line busy', 'busy signal', 'busy tone', 'call waiting', 'reject button', 'Q.850 cause 17'],
      ja: ['話中', 'ビジー', '話中音', '通話中', 'キャッチホン', '拒否ボタン', 'cause 17'],
    },
    text: {
      en: {
        title: 'Busy Here',
        summary:
          'The callee\'s device was reached but cannot or will not take another call right now; other devices, voicemail or a later attempt may still succeed.',
        description: [
          'The word "Here" carries the meaning of this code: the callee\'s end system was contacted successfully, but the callee is not willing or able to take additional calls at that end system (RFC 3261 §21.4.24). The verdict covers this device only. RFC 3261 §13.3.1.3 makes 486 the response a UAS SHOULD send in that situation, and it may add Retry-After to suggest when to call back.',
          'Being a 4xx, it does not stop a forking proxy: the user\'s other phones keep ringing, and a forward-on-busy rule may send the call to voicemail. Only [[600]] Busy Everywhere claims that no other end system will accept the call, and RFC 3261 §13.3.1.3 itself notes that a UAS can rarely know that, so 486 is the normal busy signal in SIP.',
          'Engineers mix it up with three neighbours. [[480]] means the callee could not be offered the call at all (not registered, do-not-disturb), while 486 means the device is occupied or its user pressed reject. [[603]] Decline is a 6xx and makes a proxy cancel every other branch, which is wrong for one handset of a user who owns several. [[487]] is what a ringing phone sends when the caller gives up, not when the callee refuses. At PSTN gateways, 486 and ISUP cause 17 (user busy) map onto each other (RFC 3398).',
        ],
        scenarios: [
          'A desk phone without call waiting is on a call when a second INVITE arrives; it answers 486 at once, and the PBX applies its forward-on-busy rule and offers the call to voicemail.',
          'A softphone user presses "reject" while a call rings. Like most handsets, the softphone answers 486, so the caller hears a busy signal while the user\'s other devices, on separate branches, keep ringing.',
          'A call to the PSTN reaches a subscriber who is already on the phone. The terminating exchange releases it with ISUP cause 17 (user busy), and the carrier\'s gateway passes it back as 486.',
        ],
        fixes: [
          'As the caller, treat 486 as final for this attempt: play busy tone, offer a callback or retry later (respecting Retry-After if present), and do not fail over to another trunk or carrier, because the callee was reached.',
          'If a phone answers 486 although its user is free, check its call-waiting setting and its limit of calls per line or call appearance; a limit of one call per line turns every second call into 486.',
          'If your application\'s reject button sends 603 and users complain that their other devices stop ringing, make it send 486, and keep 603 for an explicit refusal meant to cover all of the user\'s devices.',
          'If your PBX or SBC answers 486 when it runs out of channels or licences, consider [[503]] instead: the shortage belongs to the server, not to the callee, and with 503 an upstream client can try another path.',
        ],
      },
      ja: {
        title: '着信側話中',
        summary:
          '着信者の端末には到達したが、いまは新たな呼を受けられない、または受けるつもりがない。他の端末、ボイスメール、時間をおいた発信ならつながる可能性がある。',
        description: [
          'このコードの意味は、名前にある「Here」に込められている。着信者の端末への接続には成功したが、着信者がその端末ではこれ以上の呼を受けられない、あるいは受けるつもりがない（RFC 3261 §21.4.24）。判定はこの端末に限られる。RFC 3261 §13.3.1.3 はこの状況で UAS が返すべき応答を 486 としており（SHOULD）、Retry-After で折り返しに適した時刻を示してもよい。',
          '4xx なので、フォーキングしているプロキシは 486 で止まらない。ユーザの他の電話機は鳴り続け、話中時転送の設定があれば呼はボイスメールに回る。ほかのどの端末も呼を受けないと主張するのは [[600]] Busy Everywhere だけであり、UAS がそれを知りうることはまれだと RFC 3261 §13.3.1.3 自身が述べているので、SIP で通常使われる話中応答は 486 である。',
          '486 は三つの隣接コードと混同されやすい。[[480]] は呼を提示できる状態になかったこと（未登録、DND）を示し、486 は端末がふさがっているか、ユーザが拒否ボタンを押したことを示す。[[603]] Decline は 6xx であり、プロキシは他のブランチをすべてキャンセルする。複数の端末を持つユーザの一台が返す応答としては誤りである。[[487]] は発信者があきらめたときに鳴動中の電話機が返すもので、着信者が断ったときの応答ではない。PSTN ゲートウェイでは、486 と ISUP cause 17（ユーザ話中）が相互に対応付けられる（RFC 3398）。',
        ],
        scenarios: [
          'キャッチホンを使わない設定の卓上電話機が通話中に二本目の INVITE を受け、ただちに 486 を返す。PBX は話中時転送の設定に従い、呼をボイスメールに回す。',
          '鳴動中にソフトフォンのユーザが「拒否」を押す。多くの端末と同じくソフトフォンは 486 を返すので、発信者には話中音が聞こえ、別ブランチにあるユーザの他の端末は鳴り続ける。',
          'PSTN への呼が、すでに通話している加入者に達する。着信側の交換機は ISUP cause 17（ユーザ話中）で呼を解放し、キャリアのゲートウェイがこれを 486 として返す。',
        ],
        fixes: [
          '発信側では、486 をこの発信に対する最終結果として扱う。話中音を流し、折り返しや時間をおいた再試行を案内する（Retry-After があればそれに従う）。着信者には到達しているので、別のトランクやキャリアへのフェイルオーバーは行わない。',
          'ユーザが空いているのに電話機が 486 を返すなら、キャッチホンの設定と、回線（コールアピアランス）あたりの通話数の上限を確認する。1 回線 1 通話の設定では、二本目の呼がすべて 486 になる。',
          'アプリケーションの拒否ボタンが 603 を送っていて、他の端末まで鳴り止むという苦情が出ているなら、486 を送るように変える。603 は、ユーザのすべての端末について明示的に断る場合のために残しておく。',
          'PBX や SBC がチャネルやライセンスを使い切ったときに 486 を返しているなら、[[503]] を検討する。不足しているのは着信者ではなくサーバの資源であり、503 なら上流のクライアントが別の経路を試せる。',
        ],
      },
    },
  },
  {
    code: 487,
    phrase: 'Request Terminated',
    status: 'active',
    refs: ['RFC3261 §21.4.25'],
    seeAlso: ['RFC3261 §9.1', 'RFC3261 §9.2', 'RFC3261 §13.3.1', 'RFC3261 §15.1.2', 'RFC3261 §16.7', 'RFC3261 §16.8'],
    alsoSeen: [
      {
        phrase: 'Request Canceled',
        source: {
          en: 'Cisco IOS SIP gateway documentation and a few stacks (Perl Net::SIP writes "Request canceled")',
          ja: 'Cisco IOS の SIP ゲートウェイ関連文書と一部のスタック（Perl の Net::SIP は「Request canceled」と書く）',
        },
      },
    ],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: ['INVITE'],
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'Expires',
        in: 'request',
        ref: 'RFC3261 §13.3.1',
        note: {
          en: 'An INVITE may limit how long it stays valid; if that time passes before a final response, the UAS SHOULD end the invitation with 487.',
          ja: 'INVITE は自分の有効期間を指定できる。最終応答の前にその時間が過ぎた場合、UAS は 487 で呼び出しを終えるべきである（SHOULD）。',
        },
      },
    ],
    related: [481, 486, 603, 199, 408],
    keywords: {
      en: ['CANCEL', 'caller hung up', 'abandoned call', 'call completed elsewhere', 'ring group', 'ORIGINATOR_CANCEL', 'Request Cancelled'],
      ja: ['キャンセル', '発信者切断', '放棄呼', '呼び出し中止', '他の端末で応答', '代表着信', 'ORIGINATOR_CANCEL'],
    },
    text: {
      en: {
        title: 'Request Terminated',
        summary:
          'The request, almost always an INVITE, was ended before it received an answer, normally because a CANCEL arrived while it was still ringing.',
        description: [
          'Only a request that is still waiting for its final response can be terminated, and 487 is the answer it then receives; the CANCEL itself never gets 487 (RFC 3261 §21.4.25). The usual trigger is a CANCEL for a ringing INVITE: the UAS stops alerting, answers the CANCEL with 200 OK and SHOULD answer the INVITE with 487 (RFC 3261 §9.2). Two other triggers exist: an INVITE whose Expires interval runs out before a final response (RFC 3261 §13.3.1), and requests still pending in a dialog when a BYE ends it (RFC 3261 §15.1.2).',
          'Forking produces 487s that the caller never sees. When one branch answers 2xx, the proxy cancels every branch still ringing and each of those phones answers its INVITE with 487; after a 6xx the same happens to every pending branch (RFC 3261 §16.7, items 5 and 10). A 487 reaches the caller when the caller sent the CANCEL, or when a proxy cancelled the remaining branch on its own, for example because Timer C expired (RFC 3261 §16.8).',
          'A UAC cannot count on receiving 487: an RFC 2543 user agent never sends it, so a client that has sent CANCEL treats the INVITE transaction as cancelled if no final response arrives within 64*T1 (RFC 3261 §9.1). Nor is 487 a refusal by the callee. A UAS rejecting a ringing call should send [[486]] or [[603]], and a CANCEL that matches nothing is answered [[481]], not 487.',
        ],
        scenarios: [
          'A caller hangs up while the far phone is still ringing. The caller\'s phone sends CANCEL; the callee\'s phone answers the CANCEL with 200 OK and the INVITE with 487, and the caller\'s phone sends ACK for the 487.',
          'A call to a ring group alerts four desk phones in parallel and one of them answers. The PBX or proxy sends CANCEL on the other three branches, often with a Reason header such as `Reason: SIP;cause=200;text="Call completed elsewhere"` (RFC 3326), and each phone answers its INVITE with 487.',
          'A contact-centre dialler gives up after 30 seconds of ringing and sends CANCEL. The carrier returns 487, which billing and CDR tools record as an abandoned or unanswered attempt (FreeSWITCH, for example, logs ORIGINATOR_CANCEL).',
          'An INVITE carrying "Expires: 60" has rung unanswered for a minute; the UAS stops alerting and answers 487 on its own (RFC 3261 §13.3.1).',
        ],
        fixes: [
          'If 487 appears where you expected an answered call, find out who sent the CANCEL: the caller (user hang-up, a dialler or IVR timeout), a proxy whose Timer C expired, or a forking proxy after another branch answered. The Via and Reason headers of the CANCEL tell you which.',
          'If your application answers 487 to reject a ringing call that nobody cancelled, change it to [[486]] or [[603]]; otherwise the calling side records the call as abandoned by the caller instead of rejected.',
          'As a UAC, acknowledge the 487 like any other non-2xx final response (the INVITE client transaction does it), and do not wait for it forever: after 64*T1 without a final response, consider the INVITE cancelled (RFC 3261 §9.1).',
          'Keep 487s caused by callers hanging up out of failure alarms and answer-seizure-ratio figures, and count them separately as abandoned calls.',
        ],
      },
      ja: {
        title: 'リクエスト中止',
        summary:
          'リクエスト（ほとんどの場合 INVITE）が応答を得る前に打ち切られた。通常は、まだ鳴動中に CANCEL が届いたことによる。',
        description: [
          '打ち切られうるのは最終応答をまだ待っているリクエストだけであり、そのとき返るのが 487 である。CANCEL 自身に 487 が返ることはない（RFC 3261 §21.4.25）。典型的なきっかけは、鳴動中の INVITE に対する CANCEL である。UAS は呼び出しを止め、CANCEL には 200 OK を返し、INVITE には 487 を返すべきとされる（RFC 3261 §9.2）。ほかに、最終応答の前に Expires の期間が過ぎた INVITE（RFC 3261 §13.3.1）と、BYE でダイアログが終了した時点でまだ処理中だったリクエスト（RFC 3261 §15.1.2）にも 487 が返る。',
          'フォーキングでは、発信者には見えない 487 が生じる。あるブランチが 2xx で応答すると、プロキシはまだ鳴動中のブランチすべてをキャンセルし、それぞれの電話機が INVITE に 487 を返す。6xx を受けた場合も、保留中のブランチで同じことが起きる（RFC 3261 §16.7 の項目 5 と 10）。487 が発信者まで届くのは、発信者自身が CANCEL を送った場合か、たとえば Timer C の満了によってプロキシが残りのブランチを自らキャンセルした場合（RFC 3261 §16.8）である。',
          'UAC は 487 を当てにできない。RFC 2543 準拠の UA は 487 を送らないため、CANCEL を送ったクライアントは、64*T1 の間に最終応答が来なければ INVITE トランザクションをキャンセル済みとみなす（RFC 3261 §9.1）。また 487 は着信者による拒否でもない。鳴動中の呼を拒否する UAS は [[486]] か [[603]] を返すべきであり、どれとも一致しない CANCEL には 487 ではなく [[481]] が返る。',
        ],
        scenarios: [
          '相手の電話機が鳴っている間に発信者が電話を切る。発信側の電話機が CANCEL を送り、着信側の電話機は CANCEL に 200 OK、INVITE に 487 を返す。発信側の電話機はその 487 に ACK を送る。',
          '代表着信で四台の卓上電話機を同時に鳴らし、そのうち一台が応答する。PBX やプロキシは残り三つのブランチに CANCEL を送り、そこには「Reason: SIP;cause=200;text="Call completed elsewhere"」のような Reason ヘッダ（RFC 3326）が付くことが多い。各電話機は INVITE に 487 を返す。',
          'コールセンターの自動発信システムが 30 秒鳴らしても応答がないため CANCEL を送り、キャリアが 487 を返す。課金や CDR のツールは、これを放棄呼あるいは不応答の発信として記録する（たとえば FreeSWITCH は ORIGINATOR_CANCEL と記録する）。',
          '「Expires: 60」付きの INVITE が 1 分間応答されずに鳴り続けた。UAS は呼び出しを止め、自ら 487 を返す（RFC 3261 §13.3.1）。',
        ],
        fixes: [
          '応答されるはずの呼に 487 が返ったら、誰が CANCEL を送ったかを調べる。発信者（ユーザの切断、自動発信システムや IVR のタイムアウト）、Timer C が満了したプロキシ、他のブランチが応答した後のフォーキングプロキシのいずれかであり、CANCEL の Via と Reason ヘッダを見ればわかる。',
          '誰もキャンセルしていない鳴動中の呼を拒否するのにアプリケーションが 487 を使っているなら、[[486]] か [[603]] に変える。そうしないと発信側では、拒否ではなく発信者が途中で切った呼として記録される。',
          'UAC としては、487 にも他の非 2xx 最終応答と同じく ACK を返す（INVITE クライアントトランザクションが行う）。ただし 487 をいつまでも待たず、64*T1 の間に最終応答がなければ INVITE はキャンセルされたものとみなす（RFC 3261 §9.1）。',
          '発信者の切断による 487 は障害アラームや応答率（ASR）の計算から外し、放棄呼として別に集計する。',
        ],
      },
    },
  },
  {
    code: 488,
    phrase: 'Not Acceptable Here',
    status: 'active',
    refs: ['RFC3261 §21.4.26'],
    seeAlso: ['RFC3261 §13.3.1.3', 'RFC3261 §14.2', 'RFC3261 §20.43', 'RFC3311 §5.2'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: ['INVITE', 'UPDATE'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Warning',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §13.3.1.3',
        note: {
          en: 'Explains why the offer was rejected with a three-digit warning code from RFC 3261 §20.43 (such as 305 "Incompatible media format"), the host and a text.',
          ja: 'オファーを拒否した理由を、RFC 3261 §20.43 の 3 桁の警告コード（305「Incompatible media format」など）、ホスト名、テキストで示す。',
        },
      },
    ],
    related: [606, 415, 406, 603, 580],
    keywords: {
      en: ['codec mismatch', 'no common codec', 'SDP rejected', 'incompatible media', 'SRTP', 'Warning 305', 'T.38', 'fax'],
      ja: ['コーデック不一致', '共通コーデックなし', 'SDP', 'メディア不一致', 'SRTP', '暗号化', 'T.38', 'FAX'],
    },
    text: {
      en: {
        title: 'Not Acceptable Here',
        summary:
          'The user agent was reached but rejects the session described in the offer (codecs, media types, transport or encryption); another device may accept it.',
        description: [
          'A 488 rejects the session description, not the request as such. RFC 3261 §13.3.1.3 says a UAS that rejects the offer in an INVITE SHOULD answer 488 and SHOULD explain why in a Warning header. RFC 3261 §14.2 gives the same answer to a re-INVITE whose new offer is unacceptable, and the existing session then simply continues unchanged (RFC 3261 §14.1); an UPDATE carrying an unacceptable offer is refused the same way (RFC 3311 §5.2). Warning codes such as 304 (media type not available), 305 (incompatible media format) and 370 (insufficient bandwidth) name the part that failed (RFC 3261 §20.43).',
          'RFC 3261 §21.4.26 defines 488 as [[606]] restricted to the resource in the Request-URI: the request may succeed elsewhere. A forking proxy therefore keeps other branches going after a 488, whereas a 606 claims that no device of the user can support the session. Like 606, a 488 MAY carry a body describing what the UAS does support, formatted as the INVITE\'s Accept header asked, or as SDP by default.',
          'Two other codes are regularly sent in its place. [[415]] Unsupported Media Type is for a body the UAS cannot handle at all because of its Content-Type, encoding or language, checked before any SDP is read; 488 is for SDP that parses fine but describes nothing the UAS can do. [[603]] Decline is a human refusal that ends every branch, so "no common codec" should not be signalled with it. At gateways, ISUP causes 65 (bearer capability not implemented) and 70 (only restricted digital information bearer capability available) arrive as 488 (RFC 3398).',
        ],
        scenarios: [
          'A softphone offers only Opus and G.722 to a carrier trunk that accepts G.711 and G.729. The carrier\'s SBC answers the INVITE with 488 and `Warning: 305 sbc.example.net "Incompatible media format"`.',
          'An IP phone configured to require SRTP receives an INVITE whose SDP offers only plain RTP/AVP, and answers 488.',
          'In the middle of a call, a fax machine behind an ATA tries to switch to T.38 with a re-INVITE. The far end does not support T.38 and answers 488, and the call stays on the audio codec already in use.',
        ],
        fixes: [
          'Compare the m= lines and a=rtpmap entries of the offer with what the rejecting side supports, and read the Warning code. Add a codec both sides share (G.711 is the usual common ground on trunks) or enable transcoding on the SBC.',
          'Check transport and security profiles as well as codecs: RTP/AVP against RTP/SAVP, SDES against DTLS-SRTP, ICE requirements, ptime or bandwidth (b=) limits can all produce 488 with identical codec lists.',
          'After a 488 to a re-INVITE the call continues with the previous session, so do not tear it down. Retry only with a different offer; for fax, fall back to G.711 pass-through when T.38 is refused.',
          'If your own UA answers 488, add a Warning header that names the reason (RFC 3261 §13.3.1.3), and answer [[606]] only when you know that no other device of the user could accept the session.',
        ],
      },
      ja: {
        title: 'この宛先では受付不可',
        summary:
          'UA には到達したが、オファーで示されたセッション（コーデック、メディア種別、トランスポート、暗号化）を受け入れない。別の端末なら受け入れられる可能性がある。',
        description: [
          '488 が拒否しているのはリクエストそのものではなく、セッション記述である。RFC 3261 §13.3.1.3 は、INVITE のオファーを拒否する UAS は 488 を返すべきであり、理由を Warning ヘッダで説明すべきだとしている（どちらも SHOULD）。RFC 3261 §14.2 は新しいオファーを受け入れられない re-INVITE にも同じ応答を返すとしており、その場合は既存のセッションが変わらずに続く（RFC 3261 §14.1）。受け入れられないオファーを含む UPDATE も同じように拒否される（RFC 3311 §5.2）。304（メディア種別が利用不可）、305（メディアフォーマットの非互換）、370（帯域不足）などの Warning コードが、どこで失敗したかを示す（RFC 3261 §20.43）。',
          'RFC 3261 §21.4.26 は、488 を Request-URI のリソースに限定した [[606]] と定義しており、リクエストは他の場所でなら成功しうる。そのためフォーキングしているプロキシは 488 の後も他のブランチを続けるが、606 はユーザのどの端末もそのセッションに対応できないと主張する。606 と同じく、488 にも UAS が対応できる内容を記述したボディを付けてよい（MAY）。形式は INVITE の Accept ヘッダが求めたもの、指定がなければ SDP である。',
          '488 の代わりに誤って送られがちなコードが二つある。[[415]] Unsupported Media Type は、Content-Type、エンコーディング、言語のためにボディそのものを UAS が扱えない場合の応答で、SDP を読む前の段階で判定される。488 は、SDP は解釈できるが、そこに UAS が実現できるものが何もない場合である。[[603]] Decline は人による拒否ですべてのブランチを終わらせるので、「共通コーデックなし」を 603 で伝えるべきではない。ゲートウェイでは、ISUP cause 65（伝達能力未実装）と 70（制限デジタル情報の伝達能力のみ利用可）が 488 に変換される（RFC 3398）。',
        ],
        scenarios: [
          'ソフトフォンが Opus と G.722 だけをオファーし、G.711 と G.729 しか受け付けないキャリアのトランクに発信する。キャリアの SBC は INVITE に 488 を返し、「Warning: 305 sbc.example.net "Incompatible media format"」を付ける。',
          'SRTP 必須に設定された IP 電話機が、平文の RTP/AVP だけを提示する SDP の INVITE を受け取り、488 を返す。',
          '通話の途中で、ATA 配下の FAX が re-INVITE で T.38 に切り替えようとする。相手側は T.38 に対応しておらず 488 を返し、呼はそれまでの音声コーデックのまま続く。',
        ],
        fixes: [
          'オファーの m= 行と a=rtpmap を、拒否した側が対応しているコーデックと比べ、Warning コードを読む。双方に共通するコーデックを追加する（トランクでは G.711 が共通項になることが多い）か、SBC でトランスコーディングを有効にする。',
          'コーデックだけでなく、トランスポートとセキュリティのプロファイルも確認する。RTP/AVP と RTP/SAVP、SDES と DTLS-SRTP、ICE の要否、ptime や帯域（b=）の制限は、コーデック一覧が同じでも 488 の原因になる。',
          're-INVITE に 488 が返った後も呼は以前のセッションのまま続くので、切断しない。再試行はオファーを変えた場合に限る。FAX なら、T.38 が拒否されたときは G.711 のパススルーに戻す。',
          '自分の UA が 488 を返すときは、理由を示す Warning ヘッダを付ける（RFC 3261 §13.3.1.3）。ユーザの他のどの端末もそのセッションを受け入れられないとわかっている場合に限り、[[606]] を返す。',
        ],
      },
    },
  },
  {
    code: 489,
    phrase: 'Bad Event',
    status: 'active',
    refs: ['RFC6665 §8.3.2'],
    seeAlso: ['RFC6665 §4.1.3', 'RFC6665 §8.2.1', 'RFC3903 §6'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['notifier', 'esc', 'uas'],
      methods: ['SUBSCRIBE', 'PUBLISH', 'NOTIFY'],
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'Event',
        in: 'request',
        ref: 'RFC6665 §8.2.1',
        note: {
          en: 'Names the event package the request concerns (optionally with an id parameter); 489 means the recipient does not support that package.',
          ja: '対象となるイベントパッケージを示す（必要に応じて id パラメータを伴う）。489 は、受信側がそのパッケージに対応していないことを意味する。',
        },
      },
    ],
    related: [412, 481, 405, 501],
    keywords: {
      en: ['event package', 'Event header', 'Allow-Events', 'BLF', 'busy lamp field', 'presence', 'MWI', 'message-summary', 'dialog event'],
      ja: ['イベントパッケージ', 'Event ヘッダ', 'Allow-Events', 'BLF', 'プレゼンス', 'MWI', '留守番電話通知', 'ダイアログイベント'],
    },
    text: {
      en: {
        title: 'Bad Event',
        summary:
          'The recipient does not support the event package named in the Event header of a SUBSCRIBE, PUBLISH or NOTIFY (for PUBLISH, also when the header is missing).',
        description: [
          'Every SUBSCRIBE, NOTIFY and PUBLISH names an event package in its Event header: presence, dialog, message-summary, reg, refer and so on. RFC 6665 §8.3.2 registers 489 for a server that does not understand the package it was given, and three kinds of node send it: a notifier answering a SUBSCRIBE for a package it does not implement; an event state compositor answering a PUBLISH whose Event header is missing or names a package it does not handle, where 489 is a MUST (RFC 3903 §6); and a subscriber answering a NOTIFY whose package it does not support (RFC 6665 §4.1.3).',
          'A 489 says nothing about the resource or the user. The same server may accept the same SUBSCRIBE with another package, and it clearly handles the method. That sets it apart from [[405]] and [[501]], which refuse the method itself, and from [[481]], which refuses a NOTIFY or refresh for a subscription that no longer exists. Sent again with the same Event header, the request will fail the same way.',
          'With PUBLISH it is easily confused with [[412]]. Both concern event state publication, but 412 means the entity-tag in SIP-If-Match matches no stored publication, whereas 489 rejects the request before any entity-tag is looked at, because the package itself is unknown. Nodes advertise the packages they support in the Allow-Events header, which is the first thing to check after a 489.',
        ],
        scenarios: [
          'An IP phone with busy lamp field keys sends SUBSCRIBE with "Event: dialog" to a PBX or hosted platform where BLF is not enabled; the server answers 489 and the lamps stay dark.',
          'A phone subscribes to "Event: message-summary" for voicemail indication at a server that implements only presence, and gets 489.',
          'A presence client sends PUBLISH to a compositor that expects "Event: presence", but uses a vendor-specific package name or leaves the Event header out; the compositor answers 489 (RFC 3903 §6).',
        ],
        fixes: [
          'Compare the Event header of the rejected request with the Allow-Events list the server advertises, for example in its responses to OPTIONS or REGISTER; the package, including any template suffix such as ".winfo", has to be one the server lists.',
          'Enable the package on the server (dialog for BLF, message-summary, presence) or point the subscription at the server that hosts it; with the same Event header, sending the request again cannot succeed.',
          'If your notifier or compositor answers 489, list the packages it does implement in Allow-Events, so that clients can tell a missing package from a missing feature, and answer [[405]] or [[501]] instead when the method itself is not supported.',
        ],
      },
      ja: {
        title: 'イベントパッケージ未対応',
        summary:
          'SUBSCRIBE、PUBLISH、NOTIFY の Event ヘッダで指定されたイベントパッケージに、受信側が対応していない（PUBLISH では Event ヘッダがない場合も含む）。',
        description: [
          'SUBSCRIBE、NOTIFY、PUBLISH はいずれも Event ヘッダでイベントパッケージ（presence、dialog、message-summary、reg、refer など）を指定する。RFC 6665 §8.3.2 が登録した 489 は、指定されたパッケージを理解できないサーバの応答であり、送信元は三種類ある。実装していないパッケージの SUBSCRIBE を受けたノーティファイア、Event ヘッダがないか扱わないパッケージを指定した PUBLISH を受けたイベント状態コンポジタ（ESC。この場合 489 は MUST である。RFC 3903 §6）、そして対応していないパッケージの NOTIFY を受けたサブスクライバ（RFC 6665 §4.1.3）である。',
          '489 はリソースやユーザについては何も語らない。同じサーバが、パッケージを変えた同じ SUBSCRIBE なら受け付けることもあり、メソッド自体には明らかに対応している。この点で、メソッドそのものを拒否する [[405]] や [[501]]、もう存在しないサブスクリプションへの NOTIFY やリフレッシュを拒否する [[481]] とは異なる。同じ Event ヘッダのまま送り直しても、同じ理由で失敗する。',
          'PUBLISH では [[412]] と混同しやすい。どちらもイベント状態の公開に関わるが、412 は SIP-If-Match のエンティティタグに一致する保存済みパブリケーションがないことを示す。489 はパッケージそのものが未知なので、エンティティタグを調べる前の段階でリクエストを拒否する。ノードは対応しているパッケージを Allow-Events ヘッダで広告しているので、489 を受けたらまずそこを確認する。',
        ],
        scenarios: [
          'BLF（話中ランプ表示）キーを設定した IP 電話機が、BLF が有効になっていない PBX やクラウド PBX に、ダイアログ状態を監視する「Event: dialog」の SUBSCRIBE を送る。サーバは 489 を返し、ランプは消えたままになる。',
          '電話機が留守番電話の通知のために「Event: message-summary」をサブスクライブするが、相手のサーバはプレゼンスしか実装しておらず、489 が返る。',
          'プレゼンスクライアントが、「Event: presence」を期待する ESC に対し、独自のパッケージ名で、あるいは Event ヘッダを付けずに PUBLISH を送る。ESC は 489 を返す（RFC 3903 §6）。',
        ],
        fixes: [
          '拒否されたリクエストの Event ヘッダを、サーバが Allow-Events で広告している一覧（OPTIONS や REGISTER への応答などに含まれる）と比べる。「.winfo」のようなテンプレート部分も含め、一覧にあるパッケージでなければならない。',
          'サーバ側でそのパッケージ（BLF 用の dialog、message-summary、presence）を有効にするか、そのパッケージを扱うサーバにサブスクリプションを向ける。Event ヘッダが同じままでは、再試行しても成功しない。',
          '自分のノーティファイアや ESC が 489 を返すなら、実装しているパッケージを Allow-Events に列挙し、パッケージがないのか機能自体がないのかをクライアントが区別できるようにする。メソッド自体に対応していない場合は [[405]] か [[501]] を返す。',
        ],
      },
    },
  },
  {
    code: 491,
    phrase: 'Request Pending',
    status: 'active',
    refs: ['RFC3261 §21.4.27'],
    seeAlso: ['RFC3261 §14.1', 'RFC3261 §14.2', 'RFC3311 §5.2'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas'],
      methods: ['INVITE', 'UPDATE'],
      retry: 'later',
      failover: false,
    },
    headers: [],
    related: [500, 488, 481, 487],
    keywords: {
      en: ['glare', 're-INVITE collision', 'offer collision', 'hold', 'resume', 'race condition', 'simultaneous re-INVITE'],
      ja: ['グレア', 're-INVITE 衝突', 'オファー衝突', '保留', '保留解除', '競合', '同時 re-INVITE'],
    },
    text: {
      en: {
        title: 'Request Pending',
        summary:
          'Both ends tried to change the same session at the same moment: the user agent already has its own re-INVITE (or UPDATE) outstanding on this dialog and rejects the incoming one; each side waits a random time and tries again.',
        description: [
          'A dialog can carry only one INVITE transaction at a time, in either direction (RFC 3261 §14.1). When both user agents send a re-INVITE at nearly the same moment, a situation called glare, each receives the other\'s request while its own is still pending, and RFC 3261 §14.2 says each MUST answer the received INVITE with 491. RFC 3311 §5.2 settles colliding offers in UPDATE requests the same way.',
          'The code comes with its own back-off rule instead of a Retry-After header. A UAC that receives 491 SHOULD start a timer and, when it fires, try the re-INVITE once more if it still wants the change (RFC 3261 §14.1). The owner of the dialog\'s Call-ID, the side that generated it, waits a random 2.1 to 4 seconds; the other side waits 0 to 2 seconds, both in units of 10 ms. Because the ranges do not overlap, the side that did not place the call normally goes first and the collision does not recur.',
          'A 491 leaves the dialog and the current session intact: after any non-2xx final response to a re-INVITE, the session parameters stay as they were (RFC 3261 §14.1). Do not confuse it with a UAS receiving a second INVITE from its peer before it has answered the peer\'s first one; that case gets [[500]] with a Retry-After of 0 to 10 seconds (RFC 3261 §14.2). A 491 is about two requests crossing in opposite directions.',
        ],
        scenarios: [
          'Two PBX users on a call press "hold" at the same moment, and both phones send a re-INVITE with a=sendonly. Each answers the other\'s re-INVITE with 491; after 0 to 2 seconds the phone that did not place the call sends its hold again and succeeds.',
          'An SBC refreshes the session timer with a re-INVITE just as the far end sends a re-INVITE to move its media, for example after a mobile client changed networks. One of them receives 491 and repeats its request when its timer fires.',
          'During an early dialog, both sides send an UPDATE with a new offer to change codecs, and each answers the other\'s UPDATE with 491 (RFC 3311 §5.2).',
        ],
        fixes: [
          'Implement the timer of RFC 3261 §14.1 exactly: 2.1 to 4 seconds for the Call-ID owner, 0 to 2 seconds for the other side. Resending at once, or after the same fixed delay on both sides, repeats the collision until one side gives up.',
          'Keep the call up after a 491 and reassess before resending: if the other side\'s change already produced the state you wanted (both sides put the call on hold), or the call has been ended with BYE, do not send it again.',
          'If your B2BUA or SBC returns 491 often, check whether it generates re-INVITEs of its own (session refresh, media anchoring) at moments when endpoints are likely to send theirs. Refreshing with a bodiless UPDATE, which is not an INVITE transaction, or staggering the timers reduces collisions.',
        ],
      },
      ja: {
        title: 'リクエスト競合（グレア）',
        summary:
          '両端が同じ瞬間に同じセッションを変更しようとした。UA はこのダイアログで自分の re-INVITE（または UPDATE）をまだ処理中なので、届いた方を拒否する。双方がランダムな時間待ってからやり直す。',
        description: [
          '一つのダイアログで同時に進められる INVITE トランザクションは、方向を問わず一つだけである（RFC 3261 §14.1）。両方の UA がほぼ同時に re-INVITE を送る、いわゆるグレアが起きると、それぞれが自分のリクエストの処理中に相手のリクエストを受け取る。RFC 3261 §14.2 は、この場合に受け取った INVITE へ 491 を返さなければならないとしている。UPDATE でオファーが衝突した場合も、RFC 3311 §5.2 が同じ方法で解決する。',
          'このコードは Retry-After ヘッダの代わりに独自の待ち時間の規則を持つ。491 を受けた UAC はタイマを開始し、タイマが満了した時点でまだ変更が必要なら、re-INVITE をもう一度試みる（再試行する）べきである（RFC 3261 §14.1）。ダイアログの Call-ID の所有者（その値を生成した側）は 2.1〜4 秒、もう一方は 0〜2 秒の範囲でランダムに待ち、いずれも 10 ms 単位で選ぶ。範囲が重ならないので、通常は呼を発信しなかった側が先に送り直し、衝突は繰り返されない。',
          '491 はダイアログも現在のセッションも壊さない。re-INVITE に非 2xx の最終応答が返った場合、セッションのパラメータは元のまま残る（RFC 3261 §14.1）。相手からの最初の INVITE にまだ応答していないうちに、同じ相手から二つ目の INVITE が届いた場合と混同しないこと。そちらには 0〜10 秒の Retry-After 付きで [[500]] を返す（RFC 3261 §14.2）。491 は、逆方向に送られた二つのリクエストがすれ違った場合のものである。',
        ],
        scenarios: [
          '通話中の二人の PBX ユーザが同時に「保留」を押し、両方の電話機が a=sendonly の re-INVITE を送る。互いに相手の re-INVITE へ 491 を返し、0〜2 秒後に呼を発信しなかった側の電話機が保留の re-INVITE を送り直して成功する。',
          'SBC がセッションタイマのリフレッシュとして re-INVITE を送ったちょうどそのとき、相手側がメディアを移すための re-INVITE を送る（たとえばモバイルクライアントがネットワークを切り替えた後）。一方が 491 を受け、タイマの満了後にリクエストを送り直す。',
          'アーリーダイアログの間に、両側がコーデックを変えるための新しいオファーを入れた UPDATE を送り、それぞれが相手の UPDATE に 491 を返す（RFC 3311 §5.2）。',
        ],
        fixes: [
          'RFC 3261 §14.1 のタイマを正確に実装する。Call-ID の所有者は 2.1〜4 秒、もう一方は 0〜2 秒である。即座に送り直したり、両側で同じ固定の遅延を使ったりすると、どちらかがあきらめるまで衝突が続く。',
          '491 の後も呼は維持し、送り直す前に状況を見直す。相手側の変更によってすでに望む状態になっている（両者とも保留にした）場合や、呼が BYE で終了している場合は送り直さない。',
          '自分の B2BUA や SBC が頻繁に 491 を返すなら、端末が re-INVITE を送りそうなタイミングで独自の re-INVITE（セッションリフレッシュ、メディアアンカリング）を生成していないかを確認する。INVITE トランザクションにならないボディなしの UPDATE でリフレッシュする、タイマをずらす、といった方法で衝突は減らせる。',
        ],
      },
    },
  },
  {
    code: 493,
    phrase: 'Undecipherable',
    status: 'active',
    refs: ['RFC3261 §21.4.28'],
    seeAlso: ['RFC3261 §23.2', 'RFC3261 §23.3', 'RFC3261 §21.4.13'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas'],
      methods: ['INVITE', 'UPDATE', 'PRACK', 'MESSAGE', 'INFO', 'NOTIFY', 'PUBLISH'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Content-Type',
        in: 'request',
        ref: 'RFC3261 §23.3',
        note: {
          en: 'An encrypted S/MIME body arrives as application/pkcs7-mime; 493 means the recipient understood the type but had no key to open it.',
          ja: '暗号化された S/MIME ボディは application/pkcs7-mime として届く。493 は、受信側がこの形式は理解したものの、開くための鍵を持っていなかったことを意味する。',
        },
      },
    ],
    related: [415, 488],
    keywords: {
      en: ['S/MIME', 'encrypted body', 'decrypt', 'decryption failed', 'pkcs7-mime', 'public key', 'certificate', 'end-to-end encryption'],
      ja: ['S/MIME', '暗号化', '復号', '復号失敗', 'pkcs7-mime', '公開鍵', '証明書', 'エンドツーエンド暗号化'],
    },
    text: {
      en: {
        title: 'Undecipherable',
        summary:
          'The user agent server received a request with an encrypted MIME body that it cannot decrypt, because it lacks the matching private key or will not use it.',
        description: [
          'RFC 3261 lets a sender protect a message body end to end with S/MIME: the body, typically the SDP of an INVITE or the text of a MESSAGE, is encrypted with the recipient\'s public key and sent as application/pkcs7-mime (RFC 3261 §23.3). When the recipient does not possess the private key that matches, or will not make it available, it answers 493 (RFC 3261 §21.4.28). The response may include a single body holding the public key the sender should use instead, and RFC 3261 §23.2 describes how the parties exchange certificates around this.',
          'The code is specific to encryption failure. A recipient that does not support the body type at all, for example one with no S/MIME support, answers [[415]] Unsupported Media Type instead; a recipient that decrypts the SDP successfully but cannot accept the session it describes answers [[488]] Not Acceptable Here. 493 sits between them: the type is understood, but the content stays locked.',
          'S/MIME is seldom used for SIP bodies in operational networks, not least because B2BUAs and SBCs that rewrite SDP cannot work with encrypted bodies, so 493 is rare in practice. When it does appear, it almost always points to a key mismatch between the sender\'s idea of the recipient\'s certificate and the key the receiving device actually holds.',
        ],
        scenarios: [
          'A secure messaging client encrypts a MESSAGE with the certificate it cached for a contact. The contact has since reinstalled the client, which generated a new key pair, so the new installation cannot decrypt the body and answers 493, possibly with its current certificate attached.',
          'A user has a desk phone and a softphone registered to the same address, and only the softphone holds the private key. An INVITE with an encrypted SDP body is forked to both; the desk phone answers 493 while the softphone can answer normally.',
          'An SBC that anchors media must rewrite the SDP of every INVITE. When a caller sends the SDP encrypted end to end, the SBC, acting as the user agent server for its leg, cannot read the body and rejects the INVITE with 493.',
        ],
        fixes: [
          'If the 493 carries a body with a public key or certificate, verify it and encrypt the request again with that key; otherwise obtain the recipient\'s current certificate before resending.',
          'If an intermediary such as an SBC or B2BUA needs to read the body, end-to-end encryption of that body will not work through it: send the body unencrypted over a TLS-protected hop instead, or route the request so that no element on the way has to rewrite it.',
          'On the receiving side, answer 493 only for bodies you support but cannot decrypt, and use 415 when you do not handle the S/MIME type at all, so the sender can tell a missing key from missing support.',
        ],
      },
      ja: {
        title: '復号不能',
        summary:
          'UAS が暗号化された MIME ボディを含むリクエストを受け取ったが、対応する秘密鍵を持っていない、あるいは使わないため、復号できない。',
        description: [
          'RFC 3261 では、送信側が S/MIME を使ってメッセージボディをエンドツーエンドで保護できる。ボディ（多くは INVITE の SDP や MESSAGE の本文）は受信側の公開鍵で暗号化され、application/pkcs7-mime として送られる（RFC 3261 §23.3）。受信側が対応する秘密鍵を持っていない場合、あるいは使おうとしない場合は 493 を返す（RFC 3261 §21.4.28）。この応答には、送信側が代わりに使うべき公開鍵を入れたボディを 1 つ含めてよい。証明書のやり取りについては RFC 3261 §23.2 に記述がある。',
          'このコードは暗号化の失敗に限って使われる。ボディの形式自体を扱えない受信側、たとえば S/MIME に対応していない受信側は [[415]] Unsupported Media Type を返す。SDP の復号には成功したが、そこに記述されたセッションを受け入れられない受信側は [[488]] Not Acceptable Here を返す。493 はその中間にあたり、形式は分かるが中身は開けないという状態である。',
          '実際に運用されている網で SIP のボディに S/MIME が使われることはまれである。SDP を書き換える B2BUA や SBC が暗号化されたボディを扱えないことも大きな理由であり、493 を目にする機会は少ない。現れた場合はほぼ例外なく、送信側が想定している受信側の証明書と、受信端末が実際に持っている鍵とが食い違っている。',
        ],
        scenarios: [
          'セキュアメッセージングのクライアントが、連絡先についてキャッシュしていた証明書で MESSAGE を暗号化する。相手はその後クライアントを再インストールして新しい鍵ペアを生成していたため、新しいクライアントはボディを復号できず、493 を返す（現在の証明書を添えることもある）。',
          'あるユーザが同じアドレスに卓上電話とソフトフォンを登録しており、秘密鍵を持っているのはソフトフォンだけである。暗号化された SDP を持つ INVITE が両方にフォーキングされると、卓上電話は 493 を返し、ソフトフォンは通常どおり応答できる。',
          'メディアをアンカーする SBC は、すべての INVITE の SDP を書き換えなければならない。発信者が SDP をエンドツーエンドで暗号化して送ると、自分の区間の UAS として動作する SBC はボディを読めず、INVITE を 493 で拒否する。',
        ],
        fixes: [
          '493 に公開鍵や証明書を含むボディが付いていれば、それを検証したうえでその鍵でリクエストを暗号化し直す。付いていなければ、送り直す前に受信側の現在の証明書を入手する。',
          'SBC や B2BUA などの中間装置がボディを読む必要がある経路では、そのボディのエンドツーエンド暗号化は成り立たない。代わりに TLS で保護した区間で暗号化せずに送るか、途中でボディを書き換える必要のある装置を通らない経路にする。',
          '受信側では、対応しているのに復号できないボディにだけ 493 を返し、S/MIME の形式そのものを扱えない場合は 415 を返す。そうすれば送信側は、鍵がないのか対応していないのかを区別できる。',
        ],
      },
    },
  },
  {
    code: 494,
    phrase: 'Security Agreement Required',
    status: 'active',
    refs: ['RFC3329 §6.4'],
    seeAlso: ['RFC3329 §2.3.1', 'RFC3329 §2.3.2'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'registrar'],
      methods: ['REGISTER', 'INVITE', 'MESSAGE', 'SUBSCRIBE', 'OPTIONS', 'PUBLISH', 'REFER'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Security-Server',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3329 §2.3.1',
        note: {
          en: 'Lists the security mechanisms the server supports, with preferences; the client picks one and later echoes this list back in Security-Verify.',
          ja: 'サーバが対応するセキュリティメカニズムを優先度付きで列挙する。クライアントはここから 1 つを選び、後でこのリストを Security-Verify にそのまま入れて返す。',
        },
      },
      {
        name: 'Security-Client',
        in: 'request',
        ref: 'RFC3329 §2.3.1',
        note: {
          en: 'The client\'s own list of mechanisms, sent in the first request together with "sec-agree" in Require and Proxy-Require.',
          ja: 'クライアント自身が対応するメカニズムのリスト。最初のリクエストで、Require と Proxy-Require の「sec-agree」とともに送る。',
        },
      },
      {
        name: 'Security-Verify',
        in: 'request',
        ref: 'RFC3329 §2.3.1',
        note: {
          en: 'Copies the server\'s Security-Server list into the protected retry so the server can detect a downgrade; an unprotected request that requires sec-agree gets 494 whatever this header says.',
          ja: 'サーバの Security-Server のリストを保護済みの再試行リクエストに写し、サーバがダウングレード攻撃を検出できるようにする。sec-agree を要求する保護されていないリクエストには、このヘッダの内容にかかわらず 494 が返る。',
        },
      },
    ],
    related: [421, 420, 401, 407],
    keywords: {
      en: ['sec-agree', 'security agreement', 'Security-Client', 'Security-Server', 'Security-Verify', 'IPsec', 'ipsec-3gpp', 'TLS', 'IMS', 'VoLTE', 'P-CSCF'],
      ja: ['sec-agree', 'セキュリティ合意', 'セキュリティネゴシエーション', 'IPsec', 'TLS', 'IMS', 'VoLTE', 'P-CSCF', '登録失敗'],
    },
    text: {
      en: {
        title: 'Security Agreement Required',
        summary:
          'The first-hop server requires the client to negotiate a security mechanism for their hop (RFC 3329) before it will process requests; the response lists the mechanisms the server offers.',
        description: [
          'RFC 3329 gives a user agent and its first-hop server a way to agree on how their hop is protected, TLS, Digest or one of the IPsec variants (IMS uses ipsec-3gpp), without an attacker being able to talk them down to a weaker choice. The client lists its mechanisms in Security-Client and puts "sec-agree" in Require and Proxy-Require. A server that receives such a request unprotected must answer 494 with a Security-Server header listing the mechanisms it supports (RFC 3329 §2.3.1). The client picks the mechanism both support, sets it up, and sends the request again over the protected channel with a Security-Verify header that repeats the server\'s list, which lets the server spot any tampering with the first exchange.',
          'The agreement covers a single hop. Only the first-hop server takes part; a server that sees several Via entries is not the first hop and does not use the mechanism. RFC 3329 §2.3.2 also lets the server start the negotiation on its own when the client merely lists "sec-agree" in Supported, and in that case too the 494 tells the client what to set up.',
          '494 differs from [[421]] Extension Required in what it asks for: 421 only says an option tag is required, whereas 494 carries everything needed to start the negotiation. It is not an authentication challenge like [[401]] or [[407]] either, although the two often travel together. In 3GPP IMS, the P-CSCF normally adds its Security-Server header to the 401 that challenges the UE\'s first REGISTER, so a VoLTE trace usually shows sec-agree headers on a 401 rather than a 494; a 494 there means an unprotected request arrived where the P-CSCF expected a protected one.',
        ],
        scenarios: [
          'A VoLTE handset registers without asking for security agreement (sec-agree only in Supported, or absent) with an operator that requires IPsec-protected signalling. Operators\' device requirements ask such networks to refuse the unprotected REGISTER with 494 or [[421]], and the handset has to negotiate ipsec-3gpp before it can register.',
          'A SIP client sends an INVITE to its outbound proxy with Security-Client, "Require: sec-agree" and "Proxy-Require: sec-agree", but over a plain connection. The proxy answers 494 listing "tls" and "digest" in Security-Server; the client opens TLS and retries with Security-Verify.',
          'A test UE or IMS client under development sends Security-Verify on a request that does not travel over the agreed association. The server treats it as unprotected and answers 494, whatever the Security-Verify header contains.',
        ],
        fixes: [
          'Client side: set up the mechanism offered in Security-Server (open the TLS connection, or create the IPsec security associations with the parameters given), then send the request again over it with Security-Verify holding an exact copy of the Security-Server values.',
          'If 494 repeats after a protected retry, compare the Security-Verify you sent with the Security-Server you received, character by character, and make sure the retry really left through the protected port or connection.',
          'Server side: send 494 only as the first hop (a single Via), always with Security-Server, and remove "sec-agree" from Require and Proxy-Require before forwarding a request whose agreement you verified, because the next hops are not part of it.',
        ],
      },
      ja: {
        title: 'セキュリティ合意が必要',
        summary:
          'ファーストホップのサーバが、リクエストを処理する前に、その区間のセキュリティメカニズムをクライアントと取り決める（RFC 3329）よう求めている。応答にはサーバが提供するメカニズムが列挙される。',
        description: [
          'RFC 3329 は、UA とファーストホップのサーバが、その区間を TLS、ダイジェスト認証、IPsec の各方式（IMS では ipsec-3gpp）のどれで保護するかを、攻撃者に弱い方式へ引き下げられることなく取り決める方法を定めている。クライアントは対応するメカニズムを Security-Client に列挙し、Require と Proxy-Require に「sec-agree」を入れる。このようなリクエストを保護されていない状態で受け取ったサーバは、対応するメカニズムを列挙した Security-Server ヘッダを付けて 494 を返さなければならない（RFC 3329 §2.3.1）。クライアントは双方が対応するメカニズムを選んで確立し、保護されたチャネルでリクエストを再送する。その際、サーバのリストを繰り返す Security-Verify ヘッダを付けるので、サーバは最初のやり取りが改ざんされていないかを確認できる。',
          '合意の対象は 1 区間だけである。参加するのはファーストホップのサーバのみで、Via が複数あるリクエストを受けたサーバはファーストホップではないため、この仕組みを使わない。RFC 3329 §2.3.2 では、クライアントが Supported に「sec-agree」を挙げているだけの場合にサーバ側から交渉を始めることもでき、その場合も 494 がクライアントに確立すべきものを伝える。',
          '494 と [[421]] Extension Required は求める内容が違う。421 はオプションタグが必要だと告げるだけだが、494 は交渉を始めるのに必要な情報をすべて運ぶ。また [[401]] や [[407]] のような認証のチャレンジでもないが、両者はしばしば一緒に現れる。3GPP の IMS では、P-CSCF は通常、UE の最初の REGISTER に対する 401 チャレンジに自分の Security-Server ヘッダを加える。そのため VoLTE のトレースでは sec-agree 関連のヘッダは 494 ではなく 401 に載っているのが普通であり、そこで 494 が出るのは、P-CSCF が保護されたリクエストを期待していたところに保護されていないリクエストが届いた場合である。',
        ],
        scenarios: [
          'VoLTE 端末が、IPsec で保護したシグナリングを必須とする事業者の網に、セキュリティ合意を求めずに（sec-agree を Supported に挙げるだけ、あるいはまったく付けずに）登録しようとする。事業者の端末要件はこうした網に対し、保護されていない REGISTER を 494 か [[421]] で拒否するよう求めており、端末は ipsec-3gpp を交渉しない限り登録できない。',
          'SIP クライアントが Security-Client、「Require: sec-agree」、「Proxy-Require: sec-agree」を付けた INVITE を、保護されていない接続でアウトバウンドプロキシに送る。プロキシは Security-Server に「tls」と「digest」を列挙した 494 を返し、クライアントは TLS 接続を開いて Security-Verify 付きで再試行する。',
          '開発中の試験用 UE や IMS クライアントが、合意したアソシエーションを通らないリクエストに Security-Verify を付けて送る。サーバはこれを保護されていないリクエストとして扱い、Security-Verify の内容にかかわらず 494 を返す。',
        ],
        fixes: [
          'クライアント側では、Security-Server で提示されたメカニズムを確立し（TLS 接続を開く、または与えられたパラメータで IPsec のセキュリティアソシエーションを作る）、その上で、Security-Server の値をそのまま写した Security-Verify を付けてリクエストを再送する。',
          '保護した再試行の後も 494 が繰り返されるなら、送った Security-Verify と受け取った Security-Server を 1 文字ずつ比べ、再試行が本当に保護されたポートや接続から出ているかを確認する。',
          'サーバ側では、494 はファーストホップ（Via が 1 つ）のときにだけ、必ず Security-Server を付けて送る。合意を検証したリクエストを転送する前には Require と Proxy-Require から「sec-agree」を取り除く。後続の区間はこの合意の当事者ではないからである。',
        ],
      },
    },
  },
];
