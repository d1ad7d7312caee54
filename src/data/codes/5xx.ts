import type { CodeEntryInput } from '../schema';

export const codes5xx: CodeEntryInput[] = [
  {
    code: 500,
    phrase: 'Server Internal Error',
    status: 'active',
    refs: ['RFC3261 §21.5.1'],
    seeAlso: ['RFC3261 §10.3', 'RFC3261 §12.2.2', 'RFC3261 §14.1', 'RFC3261 §14.2', 'RFC3261 §16.7', 'RFC3261 §20.33', 'RFC3261 §20.35', 'RFC3261 §20.43', 'RFC3261 §21.5.4'],
    alsoSeen: [
      {
        phrase: 'Internal Server Error',
        source: {
          en: 'the HTTP/1.1 wording, used by sofia-sip (FreeSWITCH) and by Wikipedia',
          ja: 'HTTP/1.1 の名称。sofia-sip（FreeSWITCH）や Wikipedia がこの表記を使う',
        },
      },
    ],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'registrar', 'gateway'],
      methods: 'any',
      retry: 'later',
      failover: false,
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.5.1',
        note: {
          en: 'Says how many seconds the condition should last; for an INVITE that overlaps an unfinished one in the same dialog it becomes mandatory, with a random value from 0 to 10 (RFC 3261 §14.2).',
          ja: '障害が続く見込みの秒数を示す。同じダイアログで前の INVITE が終わっていないうちに届いた INVITE への 500 では必須となり、0〜10 秒のランダムな値を入れる（RFC 3261 §14.2）。',
        },
      },
    ],
    related: [503, 491, 501, 502, 504],
    keywords: {
      en: ['internal server error', 'server error', 'CSeq out of order', 'overlapping re-INVITE', 'database failure', 'crash', 'Q.850 cause 41', 'temporary failure'],
      ja: ['内部エラー', 'サーバエラー', 'CSeq 逆順', 're-INVITE 競合', 'データベース障害', '理由表示 41', '一時的障害'],
    },
    text: {
      en: {
        title: 'Server Internal Error',
        summary:
          'The server hit an unexpected condition and could not complete the request; the fault lies with that server, and the same request may work if sent again a few seconds later.',
        description: [
          'RFC 3261 §21.5.1 defines 500 as the catch-all for a server that failed while handling a request it otherwise understood: a software exception, a lost database connection, an internal resource that could not be allocated. The client may show the error and may retry after several seconds, and a server that knows the fault is temporary may say when with Retry-After. The code is not a judgement on the request itself; a malformed request deserves a 4xx, typically [[400]].',
          'The RFC also prescribes 500 for a handful of precise situations, and these explain most 500s met in traces. A UAS must reject a mid-dialog request whose CSeq number is lower than the last one it received, as out of order (RFC 3261 §12.2.2). A UAS that receives a re-INVITE while it has not yet sent the final response to an earlier INVITE in the same dialog must answer 500 with a Retry-After between 0 and 10 seconds; this is the counterpart of [[491]], which covers the case where the UAS itself has an INVITE outstanding (RFC 3261 §14.2). A registrar whose binding update fails to commit must return 500 and roll back every change from that REGISTER (RFC 3261 §10.3).',
          'Proxies manufacture 500 too. A proxy that receives [[503]] from the next hop should not pass it upstream unless it cannot serve any request at all, and if 503 was the only answer it got, it should send 500 instead (RFC 3261 §16.7). That rule is why a 500 at the UAC often hides an overloaded server further down, and why a 500 does not say "try another server" the way 503 does: nothing in the RFCs makes it a failover signal.',
        ],
        scenarios: [
          'Two re-INVITEs cross in an established call: a session timer refresh from one side arrives at a PBX that is still processing a hold re-INVITE from the same side. The PBX answers the second one with 500 and a Retry-After of a few seconds, and the phone sends it again after the wait (RFC 3261 §14.2).',
          'A B2BUA fails over to its standby node in the middle of a call, and the standby restarts CSeq numbering for the existing dialog; its next re-INVITE or BYE carries a lower CSeq than the last request the peer received in that dialog, and the peer rejects it with 500 as out of order (RFC 3261 §12.2.2).',
          'A registrar cannot write a REGISTER to its location database because the database cluster is failing over, and answers 500; the phone\'s previous binding stays as it was (RFC 3261 §10.3).',
          'A SIP-to-PSTN gateway receives an ISUP release with cause 127 "interworking, unspecified" and reports it to the SIP side as 500, in line with the RFC 3398 mapping; in the other direction a 500 reaches the PSTN as cause 41 "temporary failure".',
        ],
        fixes: [
          'Read the Retry-After, Warning and Reason headers and the reason phrase of the response: many stacks put the actual exception or cause there. Then look at the logs of the server that generated the 500, not at the caller; the Server header, the agent named in a Warning header or a capture at each hop tells you which element that was.',
          'If the 500 answers a re-INVITE or UPDATE, check for overlapping transactions: a client must not start a new INVITE transaction in a dialog while another is in progress in either direction (RFC 3261 §14.1). Honour the Retry-After and send the request again once the earlier one has completed.',
          'If it answers a BYE, INFO or other mid-dialog request, compare its CSeq with the previous requests in the same direction: the numbers must grow, so a client that restarts its counter after a reboot or failover gets 500.',
          'If your own proxy turns downstream 503s into 500s, that is the behaviour RFC 3261 §16.7 asks for; make sure your routing logic fails over to an alternate server on the 503 before it falls back to sending 500 upstream.',
        ],
      },
      ja: {
        title: 'サーバ内部エラー',
        summary:
          'サーバが想定外の状態に陥り、リクエストを処理しきれなかった。原因はそのサーバ側にあり、数秒おいて同じリクエストを送れば成功することもある。',
        description: [
          'RFC 3261 §21.5.1 の 500 は、リクエスト自体は理解できたのに処理の途中でサーバが失敗した場合の包括的な応答である。ソフトウェアの例外、データベース接続の喪失、内部リソースの確保失敗などがこれにあたる。クライアントはエラーを表示してよく、数秒後に再試行してもよい。一時的な障害だとわかっていれば、サーバは Retry-After で再試行できる時期を示してよい。500 はリクエストの内容を否定するものではなく、形式の誤ったリクエストには [[400]] などの 4xx を返すべきである。',
          'RFC は特定の状況でも 500 を使うよう定めており、トレースで見かける 500 の多くはこれで説明がつく。ダイアログ内リクエストの CSeq 番号が直前に受信したものより小さい場合、UAS は順序違いとして 500 で拒否しなければならない（RFC 3261 §12.2.2）。同じダイアログで先に受けた INVITE にまだ最終応答を返していないうちに re-INVITE を受けた UAS は、0〜10 秒の Retry-After を付けた 500 を返さなければならない。UAS 自身が送った INVITE が未完了の場合を扱う [[491]] と対になる規定である（RFC 3261 §14.2）。バインディングの更新を確定できなかったレジストラは、その REGISTER による変更をすべて取り消したうえで 500 を返す（RFC 3261 §10.3）。',
          'プロキシも 500 を作り出す。次ホップから [[503]] を受けたプロキシは、自分がどのリクエストも処理できない場合を除いて 503 を上流へ転送すべきではなく、受け取った応答が 503 だけなら代わりに 500 を返すべきである（RFC 3261 §16.7）。UAC に届いた 500 の裏に、その先で過負荷になったサーバが隠れていることが多いのはこのためである。また 500 は 503 と違い「別のサーバを試せ」という意味を持たない。RFC 上、500 はフェイルオーバーの契機ではない。',
        ],
        scenarios: [
          '確立済みの通話で re-INVITE が重なる。一方の端末からのセッションタイマのリフレッシュが、同じ端末からの保留用 re-INVITE をまだ処理中の PBX に届く。PBX は後の re-INVITE に数秒の Retry-After を付けた 500 を返し、端末は待ってから送り直す（RFC 3261 §14.2）。',
          '通話の途中で B2BUA が待機系ノードに切り替わり、待機系が既存のダイアログの CSeq を振り直す。次の re-INVITE や BYE の CSeq は、相手がこのダイアログで最後に受けたリクエストより小さくなり、相手は順序違いとして 500 で拒否する（RFC 3261 §12.2.2）。',
          'データベースクラスタの切替え中で、レジストラが REGISTER の内容を位置情報データベースに書き込めず 500 を返す。電話機の以前のバインディングはそのまま残る（RFC 3261 §10.3）。',
          'SIP と PSTN を結ぶゲートウェイが、理由表示 127「interworking, unspecified」の ISUP 切断を受け、RFC 3398 の対応付けに従って SIP 側へ 500 を返す。逆方向では、500 は理由表示 41「temporary failure」として PSTN に伝わる。',
        ],
        fixes: [
          '応答の Retry-After、Warning、Reason の各ヘッダと理由フレーズを読む。実際の例外や原因をそこに書くスタックは多い。そのうえで、発信者側ではなく 500 を生成したサーバのログを調べる。どの要素が生成したかは、Server ヘッダ、Warning ヘッダに記されたエージェント、各ホップでのキャプチャからわかる。',
          're-INVITE や UPDATE への 500 なら、トランザクションの重なりを疑う。どちらかの方向で INVITE トランザクションが進行中のダイアログでは、新しい INVITE トランザクションを始めてはならない（RFC 3261 §14.1）。Retry-After に従い、前のトランザクションが終わってから送り直す。',
          'BYE や INFO などダイアログ内リクエストへの 500 なら、同じ方向の直前のリクエストと CSeq を比べる。番号は増えていかなければならず、再起動やフェイルオーバーでカウンタを戻したクライアントは 500 を受ける。',
          '自分のプロキシが下流の 503 を 500 に変えて返しているなら、それは RFC 3261 §16.7 が求める動作である。ただし、500 を上流へ返す前に、503 を契機として別のサーバへフェイルオーバーするようルーティングを組んでおく。',
        ],
      },
    },
  },
  {
    code: 501,
    phrase: 'Not Implemented',
    status: 'active',
    refs: ['RFC3261 §21.5.2'],
    seeAlso: ['RFC3261 §8.2.1', 'RFC3261 §11', 'RFC3261 §13.1', 'RFC3261 §13.3.1.4', 'RFC3261 §20.5', 'RFC3261 §21.4.6'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: ['UPDATE', 'PRACK', 'REFER', 'MESSAGE', 'INFO', 'SUBSCRIBE', 'NOTIFY', 'PUBLISH'],
      retry: 'never',
      failover: false,
    },
    headers: [],
    related: [405, 420, 500, 488],
    keywords: {
      en: ['method not supported', 'unknown method', 'unsupported method', 'Allow header', 'REFER not supported', 'UPDATE not supported', 'Q.850 cause 79'],
      ja: ['メソッド未対応', '未知のメソッド', '未サポート', 'Allow ヘッダ', 'REFER 非対応', 'UPDATE 非対応', '理由表示 79'],
    },
    text: {
      en: {
        title: 'Not Implemented',
        summary:
          'The user agent does not recognize the request method at all and cannot support it for any user; the request was understood as SIP but asks for functionality this server simply lacks.',
        description: [
          'RFC 3261 §21.5.2 reserves 501 for a server that lacks the functionality a request needs, and names the typical case: a UAS that does not recognize the method and could not support it for any user. It is a statement about the software, not about the caller, the target or the moment, so sending the same method to the same device again is pointless.',
          'Its look-alike is [[405]]. A UAS that knows a method but will not accept it here must answer 405 and list what it does accept in an Allow header (RFC 3261 §8.2.1, §21.4.6); 501 is for a method the implementation has never heard of. The distinction matters in practice: a 405 tells the client what to use instead, while a 501 only says "not this". Neither is [[420]], which concerns option tags in Require rather than methods, nor [[488]], which rejects a session description.',
          'Some methods may never draw a 501 from a conforming user agent: every UA must support OPTIONS (RFC 3261 §11), and one that supports INVITE must also support ACK, CANCEL and BYE (RFC 3261 §13.1). Proxies, for their part, forward requests whatever the method (RFC 3261 §21.5.2), so a 501 normally comes from the endpoint or gateway at the end of the path. The extension methods, UPDATE, PRACK, REFER, MESSAGE, INFO, SUBSCRIBE, NOTIFY and PUBLISH, are where 501 shows up.',
        ],
        scenarios: [
          'A PBX performs an attended transfer by sending REFER to an old analog telephone adapter that only implements the RFC 3261 core methods; the adapter answers 501 and the transfer fails, while the call itself stays up.',
          'An SBC refreshes a session timer with UPDATE towards a carrier gateway that does not implement RFC 3311; the gateway replies 501, and the SBC has to fall back to re-INVITE for the refresh.',
          'A softphone sends MESSAGE for instant messaging to a desk phone whose firmware has no messaging support; the phone answers 501 Not Implemented.',
          'A PSTN gateway receives an ISUP release with cause 79 "service or option not implemented" for a call it placed and reports it to the SIP side as 501, following the RFC 3398 mapping.',
        ],
        fixes: [
          'Before sending an extension method inside a dialog, read the Allow header of the peer\'s 2xx to the INVITE (RFC 3261 §13.3.1.4) or of a 200 to OPTIONS, and only send methods listed there.',
          'Fall back to what the peer does implement: re-INVITE instead of UPDATE for session refreshes and media changes, a PBX-side transfer or a re-INVITE to the new party instead of REFER, and no PRACK unless the peer advertised 100rel.',
          'If your own UA answers 501 to a method it does know but has disabled by policy, change it to 405 with an Allow header listing the methods it accepts (RFC 3261 §8.2.1); and never answer 501 to OPTIONS, BYE, CANCEL or ACK.',
        ],
      },
      ja: {
        title: '未実装',
        summary:
          'UA がリクエストのメソッドをまったく認識しておらず、どのユーザに対してもサポートできない。SIP として解釈はできたが、要求された機能そのものをこのサーバが持っていない。',
        description: [
          'RFC 3261 §21.5.2 は、リクエストの処理に必要な機能をサーバが備えていない場合に 501 を使うとしており、典型例として、UAS がメソッドを認識できず、どのユーザについてもサポートできない場合を挙げている。これは発信者や宛先、時期の問題ではなくソフトウェアの能力の問題なので、同じ装置に同じメソッドを送り直しても意味がない。',
          '紛らわしいのは [[405]] である。メソッドは知っているがここでは受け付けない UAS は 405 を返し、受け付けるメソッドを Allow ヘッダに列挙しなければならない（RFC 3261 §8.2.1、§21.4.6）。501 は実装が知りもしないメソッドに対する応答である。実務上この違いは大きく、405 は代わりに何を使えばよいかを教えてくれるが、501 は「これは使えない」としか言わない。Require のオプションタグを扱う [[420]] や、セッション記述を拒否する [[488]] とも別物である。',
          '準拠した UA が 501 を返してはならないメソッドもある。すべての UA は OPTIONS をサポートしなければならず（RFC 3261 §11）、INVITE をサポートする UA は ACK、CANCEL、BYE もサポートしなければならない（RFC 3261 §13.1）。また、プロキシはメソッドにかかわらずリクエストを転送するため（RFC 3261 §21.5.2）、501 は通常、経路の終端にある端末やゲートウェイから返る。実際に 501 が出るのは UPDATE、PRACK、REFER、MESSAGE、INFO、SUBSCRIBE、NOTIFY、PUBLISH といった拡張メソッドである。',
        ],
        scenarios: [
          'PBX が在席転送のために REFER を送るが、相手は RFC 3261 の基本メソッドしか実装していない古いアナログ電話アダプタで、501 が返る。転送は失敗するが、通話そのものは続く。',
          'SBC がセッションタイマのリフレッシュとして UPDATE を送るが、キャリアのゲートウェイは RFC 3311 を実装しておらず 501 を返す。SBC は re-INVITE によるリフレッシュに切り替える必要がある。',
          'ソフトフォンがインスタントメッセージとして MESSAGE を送るが、宛先の卓上電話機のファームウェアはメッセージ機能を持たず、501 Not Implemented を返す。',
          'PSTN ゲートウェイが、自ら発信した呼について理由表示 79「service or option not implemented」の ISUP 切断を受け、RFC 3398 の対応付けに従って SIP 側へ 501 を返す。',
        ],
        fixes: [
          'ダイアログ内で拡張メソッドを送る前に、相手が INVITE に返した 2xx（RFC 3261 §13.3.1.4）や OPTIONS への 200 の Allow ヘッダを確認し、そこに載っているメソッドだけを送る。',
          '相手が実装している手段に切り替える。セッションリフレッシュやメディア変更には UPDATE の代わりに re-INVITE を使い、REFER の代わりに PBX 側での転送や新しい相手への re-INVITE を使う。相手が 100rel を示していなければ PRACK は送らない。',
          '自分の UA が、知っているがポリシーで無効にしているメソッドに 501 を返しているなら、受け付けるメソッドを Allow ヘッダに載せた 405 に改める（RFC 3261 §8.2.1）。OPTIONS、BYE、CANCEL、ACK に 501 を返してはならない。',
        ],
      },
    },
  },
  {
    code: 502,
    phrase: 'Bad Gateway',
    status: 'active',
    refs: ['RFC3261 §21.5.3'],
    seeAlso: ['RFC3261 §8.1.3.1', 'RFC3261 §20.35', 'RFC3261 §20.43', 'RFC3261 §21.5.4', 'RFC3261 §21.5.5'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'gateway'],
      methods: 'any',
      retry: 'later',
      failover: false,
    },
    headers: [],
    related: [503, 504, 500, 404],
    keywords: {
      en: ['invalid response', 'malformed response', 'downstream error', 'destination out of order', 'Q.850 cause 27', 'DNS resolution failure', 'SBC'],
      ja: ['不正な応答', '下流の異常', '相手端末故障', '理由表示 27', '名前解決失敗', 'DNS エラー', 'SBC'],
    },
    text: {
      en: {
        title: 'Bad Gateway',
        summary:
          'A proxy or gateway passed the request on and got back something it could not use from the next server; the failure lies beyond the element that sent the 502.',
        description: [
          'RFC 3261 §21.5.3 gives 502 to an element acting as a gateway or proxy that received an invalid response from the downstream server it used to fulfil the request. The sender of the 502 is therefore a messenger: it reached the next hop, or the network behind it, and what came back was unusable. That places the fault one step further than the element that generated the 502.',
          'The code sits between two neighbours. [[504]] means the downstream server, or another external server, gave no timely answer at all (RFC 3261 §21.5.5); 502 means an answer arrived but was wrong. [[503]] means the element itself, or the server it contacted, is overloaded or in maintenance, and invites the client to try an alternate server (RFC 3261 §21.5.4); nothing in the RFCs attaches that failover meaning to 502.',
          'Two sources that are not SIP parse errors produce many of the 502s in real traces. Gateways translating ISUP use it for Q.850 cause 27 "destination out of order", following RFC 3398, so a subscriber line that is faulty or unplugged on the PSTN side comes back as 502. And some stacks generate a local 502 when they cannot resolve the next hop\'s host name: pjsip switched from 503 to 502 for this in 2009, because a 503 (which RFC 3261 §8.1.3.1 prescribes for fatal transport errors) would have triggered retries that cannot succeed.',
        ],
        scenarios: [
          'A call from a SIP trunk to a fixed-line number reaches the carrier\'s media gateway; the local exchange releases with ISUP cause 27 because the subscriber\'s line is out of order, and the gateway answers the INVITE with 502.',
          'An SBC forwards an INVITE to a customer PBX, which replies with a malformed response (for example a 200 OK with a broken Contact or an SDP the SBC cannot parse); the SBC cannot relay it and answers the caller with 502.',
          'A pjsip-based softphone is configured with an outbound proxy host name that does not resolve; the REGISTER never leaves the phone, and the application shows 502 generated by the stack.',
        ],
        fixes: [
          'Find the hop behind the sender of the 502: work out which element generated it (its Server header, the agent in a Warning header, or captures hop by hop) and capture on that element\'s far side. The reason phrase, a Warning header or a Reason header carrying a Q.850 cause usually says what went wrong downstream.',
          'If the Reason header or the gateway log shows Q.850 cause 27, the problem is the destination line or terminal on the PSTN side; retrying later or reporting the line fault is all the caller can do.',
          'If nothing reached the wire, check DNS: resolve the proxy or domain by hand (NAPTR, SRV, A/AAAA) from the device and correct the host name or the resolver settings.',
          'If your SBC or B2BUA emits 502 for malformed responses from a peer, log the offending message in full; the peer has to fix it, and relaying a clear reason phrase or Warning upstream saves the next engineer a capture.',
        ],
      },
      ja: {
        title: '不正なゲートウェイ応答',
        summary:
          'プロキシやゲートウェイがリクエストを先へ送ったところ、次のサーバから使いものにならない応答が返ってきた。障害は 502 を返した要素のさらに先にある。',
        description: [
          'RFC 3261 §21.5.3 は、ゲートウェイやプロキシとして動作している要素が、リクエストを処理するために使った下流のサーバから不正な応答を受け取った場合に 502 を使うとしている。つまり 502 の送信元は伝令役であり、次ホップやその先のネットワークまでは到達したが、返ってきたものが使えなかったということである。障害箇所は、502 を生成した要素よりもう一段先にある。',
          'このコードは 2 つの隣接コードの間に位置する。[[504]] は下流や外部のサーバから期限内に応答がまったくなかったことを表し（RFC 3261 §21.5.5）、502 は応答は届いたが内容が誤っていたことを表す。[[503]] はその要素自身や接続先のサーバが過負荷や保守中であることを表し、クライアントに別のサーバを試すよう促す（RFC 3261 §21.5.4）。RFC は 502 にそのようなフェイルオーバーの意味を与えていない。',
          '実際のトレースに現れる 502 の多くは、SIP の構文エラーとは別の 2 つの原因から来る。ISUP を変換するゲートウェイは、RFC 3398 に従って Q.850 の理由表示 27「destination out of order」を 502 に対応付ける。そのため、PSTN 側で加入者線が故障していたり端末が外されていたりすると 502 が返る。また、次ホップのホスト名を名前解決できないときにローカルで 502 を生成するスタックもある。pjsip は 2009 年にこのケースを 503 から 502 に変更した。RFC 3261 §8.1.3.1 が致命的なトランスポートエラーに定める 503 では、成功の見込みのない再試行を招くからである。',
        ],
        scenarios: [
          'SIP トランクから固定電話番号への呼がキャリアのメディアゲートウェイに届くが、加入者線が故障しているため、収容交換機が理由表示 27 で ISUP 切断を返す。ゲートウェイは INVITE に 502 を返す。',
          'SBC が顧客 PBX へ INVITE を転送したところ、PBX が不正な応答（Contact が壊れた 200 OK や、SBC が解析できない SDP など）を返す。SBC はそれを中継できず、発信者に 502 を返す。',
          'pjsip ベースのソフトフォンに、名前解決できないアウトバウンドプロキシのホスト名が設定されている。REGISTER は端末から一度も送出されず、アプリケーションにはスタックが生成した 502 が表示される。',
        ],
        fixes: [
          '502 の送信元の先にあるホップを特定する。Server ヘッダ、Warning ヘッダのエージェント、ホップごとのキャプチャから 502 を生成した要素を割り出し、その向こう側でキャプチャを取る。理由フレーズ、Warning ヘッダ、Q.850 の理由表示を載せた Reason ヘッダに、下流で何が起きたかが書かれていることが多い。',
          'Reason ヘッダやゲートウェイのログに Q.850 の理由表示 27 があれば、問題は PSTN 側の着信先回線や端末にある。発信者側にできるのは、時間をおいてかけ直すか回線故障を申告することだけである。',
          'ネットワークに何も送出されていなければ DNS を確認する。端末からプロキシやドメインを手動で名前解決（NAPTR、SRV、A/AAAA）し、ホスト名やリゾルバの設定を直す。',
          '自分の SBC や B2BUA が相手からの不正な応答に対して 502 を返しているなら、問題のメッセージを丸ごとログに残す。修正すべきは相手側であり、わかりやすい理由フレーズや Warning を上流へ返しておけば、次に調べる技術者がキャプチャを取る手間が省ける。',
        ],
      },
    },
  },
  {
    code: 503,
    phrase: 'Service Unavailable',
    status: 'active',
    refs: ['RFC3261 §21.5.4'],
    seeAlso: ['RFC3261 §8.1.3.1', 'RFC3261 §16.7', 'RFC3261 §16.9', 'RFC3261 §20.33', 'RFC3261 §21.5.1', 'RFC3263 §4.3'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'uas', 'registrar', 'gateway'],
      methods: 'any',
      retry: 'later',
      failover: true,
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.5.4',
        note: {
          en: 'Tells the client how long to leave this server alone; without it the client must treat the 503 as a 500.',
          ja: 'このサーバへの送信を控えるべき時間をクライアントに伝える。これがない 503 は、クライアントが 500 として扱わなければならない。',
        },
      },
    ],
    related: [500, 502, 504, 480, 486, 403],
    keywords: {
      en: ['overload', 'overloaded', 'maintenance', 'capacity', 'call limit', 'CPS limit', 'no route', 'trunk down', 'Q.850 cause 34', 'Q.850 cause 41'],
      ja: ['過負荷', '輻輳', '保守', '容量超過', '同時通話数超過', '回線不足', 'トランク障害', '理由表示 34', '理由表示 41'],
    },
    text: {
      en: {
        title: 'Service Unavailable',
        summary:
          'The server is temporarily unable to handle the request because it is overloaded or under maintenance; the client should send the request to another server and may come back after the Retry-After interval.',
        description: [
          'A 503 describes the state of the server, not the fate of this one request. RFC 3261 §21.5.4 lets the server say how long the condition will last in Retry-After, and tells the client, proxy or UAC, to try an alternate server and to send no other requests to this one for that period. Without Retry-After the client must act as for a [[500]]. RFC 3263 §4.3 turns this into the failover rule engineers rely on: a 503, like a transport failure or a timeout, makes a client move to the next address obtained from the DNS SRV or A records of the target.',
          'Because it means "this server cannot serve anyone right now", a stateful proxy should not simply forward a 503 it received from a downstream server: unless it knows it cannot serve any request itself, it should fail over or, if 503 was the only response, send [[500]] upstream instead (RFC 3261 §16.7). A 503 that reaches a caller therefore normally comes from the first server that is itself unavailable, or from a proxy with no route left. Clients also meet 503s that never crossed the wire: a UAC must treat a fatal transport error, such as an ICMP error or a refused TCP connection, as a 503 (RFC 3261 §8.1.3.1), and a proxy does the same when forwarding fails (RFC 3261 §16.9).',
          'This is what separates it from the codes that answer on behalf of the callee. [[486]] and [[480]] say the user was reached but cannot take the call, so trying another trunk or server would ring the same busy or absent person; 503 says nothing about the user. And when a registrar is short of capacity, 503 with Retry-After is the honest answer: [[403]] tells the phone its credentials or rights are wrong, and many clients then stop registering or loop.',
        ],
        scenarios: [
          'A SIP trunk provider\'s SBC reaches the customer\'s licensed number of concurrent calls or calls per second and answers further INVITEs with 503; a PBX with a second trunk in the route should move the call to it at once.',
          'A load-balancing proxy, such as a Kamailio or OpenSIPS dispatcher set up this way, finds every gateway in its destination set marked down and answers the INVITE with 503; the phone or upstream proxy then tries the secondary server listed in the SRV records.',
          'A softphone logs "503 Service Unavailable" for a REGISTER although the capture shows nothing on the wire: the TCP or TLS connection to the registrar was refused, or the host name could not be resolved, and the stack reported the transport failure as a 503 (RFC 3261 §8.1.3.1). Some stacks say so in the reason phrase, e.g. "503 No DNS results".',
          'A PSTN gateway runs out of circuits towards the exchange, or receives an ISUP release with cause 34 "no circuit/channel available" or 42 "switching equipment congestion", and answers the INVITE with 503, in line with RFC 3398.',
        ],
        fixes: [
          'Honour Retry-After: stop sending to that server for the stated number of seconds and route to an alternate server or trunk in the meantime (RFC 3261 §21.5.4). Retrying the same server at once turns an overload into a retry storm.',
          'Provide somewhere to fail over to: publish several SRV records for the domain, or configure a secondary proxy or trunk on the PBX, so that a 503 from one server moves traffic instead of failing the call (RFC 3263 §4.3).',
          'If the 503 is local (no response on the wire), debug the transport: DNS NAPTR/SRV/A records, the TCP or TLS port, certificates, firewalls. The remote server may be perfectly healthy.',
          'If your proxy receives 503 from a downstream node, fail over or convert it to 500 before answering upstream (RFC 3261 §16.7); forwarding it tells upstream clients to avoid your proxy for all traffic. Do not use 503 for a callee that is busy or unreachable: use 486 or 480 so the caller\'s side does not fail over.',
        ],
      },
      ja: {
        title: 'サービス利用不可',
        summary:
          'サーバが過負荷または保守中のため、一時的にリクエストを処理できない。クライアントはリクエストを別のサーバへ送るべきであり、Retry-After の時間が過ぎれば戻ってよい。',
        description: [
          '503 が表すのは、このリクエストの結果ではなくサーバの状態である。RFC 3261 §21.5.4 では、サーバは状態が続く時間を Retry-After で示してよく、クライアント（プロキシまたは UAC）は別のサーバを試し、その間はこのサーバに他のリクエストも送らないべきだとされている。Retry-After がなければ、クライアントは [[500]] と同じに扱わなければならない。これを技術者が頼りにするフェイルオーバーの規則にしたのが RFC 3263 §4.3 で、トランスポート障害やタイムアウトと同様、503 を受けたクライアントは宛先の DNS SRV や A レコードから得た次のアドレスへ移る。',
          '503 は「このサーバは今は誰の要求にも応えられない」という意味なので、ステートフルプロキシは下流から受けた 503 をそのまま転送すべきではない。自分自身がどのリクエストも処理できない場合を除き、フェイルオーバーするか、応答が 503 だけだったなら代わりに [[500]] を上流へ返す（RFC 3261 §16.7）。したがって発信者に届く 503 は、通常、自ら利用不可になっている最初のサーバか、もう経路が残っていないプロキシから来ている。ネットワークを通っていない 503 もある。ICMP エラーや TCP 接続の拒否といった致命的なトランスポートエラーを、UAC は 503 として扱わなければならず（RFC 3261 §8.1.3.1）、プロキシも転送に失敗したときは同様に扱う（RFC 3261 §16.9）。',
          'この点が、着信者に代わって答えるコードとの違いである。[[486]] や [[480]] は、ユーザまで到達したが応じられないことを示すので、別のトランクやサーバを試しても同じ話中や不在の相手を呼ぶだけである。503 はユーザについて何も述べていない。また、レジストラの容量が足りないときに正直な答えは Retry-After 付きの 503 である。[[403]] を返すと端末は認証情報や権限が誤っていると受け取り、多くのクライアントは登録をやめるかループに陥る。',
        ],
        scenarios: [
          'SIP トランク事業者の SBC が、契約上の同時通話数や秒間呼数の上限に達し、以降の INVITE に 503 を返す。経路に 2 本目のトランクを持つ PBX は、直ちにそちらへ呼を移すべきである。',
          'そのように設定された Kamailio や OpenSIPS のディスパッチャなど、負荷分散用のプロキシが、宛先セットのゲートウェイがすべてダウンと判定されているため INVITE に 503 を返す。電話機や上流のプロキシは、SRV レコードに載っている予備のサーバを試す。',
          'ソフトフォンが REGISTER について「503 Service Unavailable」をログに記録するが、キャプチャにはネットワーク上の通信が何もない。レジストラへの TCP/TLS 接続が拒否されたか、ホスト名を名前解決できず、スタックがそのトランスポート障害を 503 として報告したのである（RFC 3261 §8.1.3.1）。「503 No DNS results」のように理由フレーズで原因を示すスタックもある。',
          'PSTN ゲートウェイが交換機向けの回線を使い切るか、理由表示 34「no circuit/channel available」や 42「switching equipment congestion」の ISUP 切断を受け、RFC 3398 に沿って INVITE に 503 を返す。',
        ],
        fixes: [
          'Retry-After に従う。示された秒数の間はそのサーバへの送信をやめ、その間は別のサーバやトランクへルーティングする（RFC 3261 §21.5.4）。同じサーバへすぐに再試行すると、過負荷が再試行の嵐に変わる。',
          'フェイルオーバー先を用意する。ドメインに複数の SRV レコードを登録するか、PBX に予備のプロキシやトランクを設定しておけば、あるサーバからの 503 で呼が失敗せず、トラフィックが移る（RFC 3263 §4.3）。',
          '503 がローカルで生成されたもの（ネットワーク上に応答がない）なら、トランスポートを調べる。DNS の NAPTR/SRV/A レコード、TCP や TLS のポート、証明書、ファイアウォールを確認する。相手のサーバはまったく正常かもしれない。',
          '自分のプロキシが下流のノードから 503 を受けたら、フェイルオーバーするか 500 に変えてから上流へ返す（RFC 3261 §16.7）。そのまま転送すると、上流のクライアントはあらゆるトラフィックについて自分のプロキシを避けるようになる。着信者が話中や到達不能なときに 503 を使ってはならない。486 や 480 を使えば、発信者側が無用なフェイルオーバーをせずに済む。',
        ],
      },
    },
  },
  {
    code: 504,
    phrase: 'Server Time-out',
    status: 'active',
    refs: ['RFC3261 §21.5.5'],
    seeAlso: ['RFC3261 §8.1.3.1', 'RFC3261 §16.7', 'RFC3261 §21.4.9', 'RFC3261 §21.5.3'],
    alsoSeen: [
      {
        phrase: 'Gateway Time-out',
        source: {
          en: 'the HTTP/1.1 phrase for 504, carried over by stacks and tools that reuse HTTP status tables',
          ja: 'HTTP/1.1 における 504 の名称。HTTP のステータス表を流用したスタックやツールで見られる',
        },
      },
      {
        phrase: 'Server Timeout',
        source: {
          en: 'gateway documentation that drops the hyphen, e.g. the AudioCodes tables mapping SIP responses to ISDN release causes',
          ja: 'ハイフンを省いた表記。AudioCodes の SIP 応答と ISDN 切断理由の対応表など、ゲートウェイの資料で見られる',
        },
      },
    ],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'gateway', 'uas'],
      methods: 'any',
      retry: 'later',
      failover: false,
    },
    headers: [],
    related: [408, 503, 502, 480],
    keywords: {
      en: ['timeout', 'upstream timeout', 'gateway timeout', 'ENUM timeout', 'DNS timeout', 'HSS', 'database timeout', 'Q.850 cause 102'],
      ja: ['タイムアウト', 'サーバタイムアウト', '外部サーバ無応答', 'ENUM', 'DNS タイムアウト', 'データベース応答なし', '理由表示 102'],
    },
    text: {
      en: {
        title: 'Server Time-out',
        summary:
          'A server could not finish the request because another server it had to consult, such as a database, DNS or ENUM resolver or a downstream SIP server, did not answer in time.',
        description: [
          'RFC 3261 §21.5.5 defines 504 in terms of a second server: the one that answers was itself waiting on an external server it contacted while processing the request, and that server did not respond in time. The external server need not speak SIP. A routing database, a number-portability or ENUM lookup, a subscriber database in IMS or a policy server can all leave a SIP element with nothing to do but give up and say so.',
          'The border with [[408]] is drawn by who was slow. RFC 3261 §21.5.5 points to 408 when the time limit that ran out was the one the requester set in the Expires header; in practice 408 is what a proxy sends when the targets it forwarded to never produced a final response, and what a client stack reports when its own transaction timer fires (RFC 3261 §8.1.3.1). A 504 says the answering server itself was alive and working but stuck behind a dependency. Unlike [[502]], no answer came back at all; unlike [[503]], the server is not declaring itself unavailable, and RFC 3263 does not make 504 a failover trigger.',
          'Gateways carry the same meaning into the telephone network: RFC 3398 maps a SIP 504 to Q.850 cause 102 "recovery on timer expiry", so a PSTN caller whose call died on a 504 typically sees that cause. The reason phrase varies a great deal between products ("Server Time-out", "Server Timeout", HTTP\'s "Gateway Time-out"), so searching logs by the number is safer than by the text.',
        ],
        scenarios: [
          'A carrier\'s routing proxy queries an ENUM or number-portability database for every call; the database cluster stops responding, and calls start failing with 504 after the proxy\'s query timeout.',
          'A proxy that checks every REGISTER against a RADIUS or Diameter AAA server loses contact with that server; instead of accepting or challenging the registrations, it rejects them with 504 once its query times out.',
          'A cloud telephony platform that fetches call-handling instructions from the customer\'s web application for each incoming call gets no answer from that web server within its limit; a platform that reports this condition as 504 ends the INVITE with it.',
        ],
        fixes: [
          'Identify which server was slow: the element that sent the 504 is healthy enough to answer, so check its logs for the dependency it timed out on (database, DNS, ENUM, Diameter peer, HTTP service) and the timeout it applied.',
          'Fix or scale the dependency, or shorten the path to it; raising the SIP element\'s query timeout only helps if it stays well inside the client\'s transaction timers (Timer B and F default to 32 seconds).',
          'If your own server answers 504 when downstream SIP targets simply never responded, consider 408 instead, which is what RFC 3261 §16.7 prescribes for a proxy whose branches ended without a final response.',
        ],
      },
      ja: {
        title: 'サーバタイムアウト',
        summary:
          'リクエストの処理中に問い合わせる必要があった別のサーバ（データベース、DNS や ENUM のリゾルバ、下流の SIP サーバなど）が期限内に応答しなかったため、サーバが処理を完了できなかった。',
        description: [
          'RFC 3261 §21.5.5 は 504 を「もう 1 台のサーバ」を使って定義している。応答したサーバ自身が、リクエストの処理中に問い合わせた外部サーバの応答を待っており、その外部サーバが期限内に応えなかったということである。外部サーバが SIP を話す必要はない。ルーティング用データベース、番号ポータビリティや ENUM の検索、IMS の加入者データベース、ポリシーサーバのいずれでも、SIP 要素はあきらめてその旨を返すしかなくなる。',
          '[[408]] との境界は、誰が遅かったかで決まる。RFC 3261 §21.5.5 は、期限切れになったのが要求元が Expires ヘッダで指定した時間である場合には 408 を使うよう指示している。実際には、転送先の宛先がどれも最終応答を返さなかったときにプロキシが返すのが 408 であり、クライアントのスタックも自分のトランザクションタイマが切れると 408 として報告する（RFC 3261 §8.1.3.1）。504 は、応答したサーバ自体は生きて動いているが、依存先のせいで行き詰まったことを示す。[[502]] と違って応答はまったく返っておらず、[[503]] と違ってサーバが自らを利用不可と宣言しているわけでもない。RFC 3263 も 504 をフェイルオーバーの契機とはしていない。',
          'ゲートウェイはこの意味を電話網へも持ち込む。RFC 3398 は SIP の 504 を Q.850 の理由表示 102「recovery on timer expiry」に対応付けているので、504 で切れた呼の PSTN 側の発信者には通常この理由表示が見える。理由フレーズは製品によって「Server Time-out」「Server Timeout」、HTTP 由来の「Gateway Time-out」などとまちまちなので、ログは文言ではなく番号で検索するほうが確実である。',
        ],
        scenarios: [
          'キャリアのルーティングプロキシが、呼ごとに ENUM や番号ポータビリティのデータベースを検索している。データベースクラスタが応答しなくなり、プロキシの問い合わせタイムアウトを過ぎた呼から 504 で失敗し始める。',
          'すべての REGISTER を RADIUS や Diameter の AAA サーバに照会しているプロキシが、そのサーバと通信できなくなる。プロキシは登録を受け付けることもチャレンジすることもできず、照会がタイムアウトした時点で 504 で拒否する。',
          '着信のたびに顧客の Web アプリケーションへ呼処理の指示を問い合わせるクラウド電話プラットフォームが、制限時間内にその Web サーバから応答を得られない。この状況を 504 で報告するプラットフォームでは、INVITE が 504 で終わる。',
        ],
        fixes: [
          'どのサーバが遅かったのかを特定する。504 を返した要素は応答できる程度には正常なので、そのログで、タイムアウトした依存先（データベース、DNS、ENUM、Diameter ピア、HTTP サービス）と適用されたタイムアウト値を確認する。',
          '依存先を修理・増強するか、そこまでの経路を短くする。SIP 要素側の問い合わせタイムアウトを延ばすのは、それがクライアントのトランザクションタイマ（タイマ B と F は既定で 32 秒）に十分収まる場合にしか役に立たない。',
          '下流の SIP 宛先が単に応答しなかっただけなのに自分のサーバが 504 を返しているなら、408 に改めることを検討する。ブランチが最終応答なしで終わったプロキシに RFC 3261 §16.7 が定めているのは 408 である。',
        ],
      },
    },
  },
  {
    code: 505,
    phrase: 'Version Not Supported',
    status: 'active',
    refs: ['RFC3261 §21.5.6'],
    seeAlso: ['RFC3261 §7.1', 'RFC3261 §25.1', 'RFC4475 §3.1.2.16'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'registrar', 'gateway'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [],
    related: [400, 501, 513],
    keywords: {
      en: ['SIP version', 'SIP/2.0', 'protocol version', 'request line', 'malformed start line', 'torture test', 'badvers'],
      ja: ['SIP バージョン', 'SIP/2.0', 'プロトコルバージョン', 'リクエストライン', '開始行', 'トーチャーテスト', 'badvers'],
    },
    text: {
      en: {
        title: 'Version Not Supported',
        summary:
          'The server will not process the request because its start line names a SIP protocol version other than the one it speaks, in practice anything but SIP/2.0.',
        description: [
          'Every SIP request line ends with a protocol version, and RFC 3261 §7.1 requires senders to write exactly "SIP/2.0". RFC 3261 §21.5.6 gives a server that does not support, or refuses to support, the version in a request the 505 response: it declines to complete the request with that major version and says so with this error alone. Since SIP/2.0 is the only version in use (RFC 2543 already used it), a 505 in the field almost always means that the version token was garbled, not that a newer SIP exists.',
          'The comparison has a subtlety that servers get wrong: the version string is case-insensitive on receipt, and only senders must write it in upper case (RFC 3261 §7.1). A server that answers 505 to "sip/2.0" is itself at fault. The SIP torture tests include the opposite case, a request with "SIP/7.0", and expect an element to answer it with 505 (RFC 4475 §3.1.2.16) rather than process or silently drop it.',
          'Compared with its neighbours, 505 is narrow. [[400]] covers malformed requests in general, including a request line that cannot be parsed at all; [[501]] says the method is unknown; [[513]] says the message is too large. A 505 pins the fault to the version field of the start line, which is why it is almost always a bug in whatever built the request, not a condition of the network.',
        ],
        scenarios: [
          'A conformance suite replays the RFC 4475 "badvers" message, an OPTIONS whose request line ends in "SIP/7.0", against a new SBC; a compliant SBC answers 505 Version Not Supported.',
          'A SIPp scenario or a hand-built test request contains a typo in the request line, such as "SIP/2.O" with the letter O or a stray character after the version, and the server under test replies 505.',
          'A proxy with a case-sensitive parser receives a request that a small embedded device sent with "sip/2.0" in lower case and answers 505, although RFC 3261 §7.1 obliges it to accept that spelling.',
          'A port scanner or a web client sends "GET / HTTP/1.1" to a SIP port; a stack that parses it as a request line sees an unsupported protocol version and may answer 505 instead of ignoring it.',
        ],
        fixes: [
          'Inspect the raw request line byte by byte: it must be method, a single space, Request-URI, a single space, "SIP/2.0" and CRLF. Look for look-alike characters, extra spaces, tabs or a missing CRLF introduced by templates or string concatenation.',
          'If your server answers 505 to "sip/2.0" or another case variant of SIP/2.0, fix the parser to compare the version case-insensitively (RFC 3261 §7.1), while still sending "SIP/2.0" in upper case.',
          'If 505s are answers to HTTP or other non-SIP probes, they are noise from scanners: filter the traffic at the firewall or SBC rather than changing the SIP stack.',
        ],
      },
      ja: {
        title: 'バージョン非対応',
        summary:
          '開始行に記されたプロトコルバージョンが、サーバが扱う SIP のバージョン（実際には SIP/2.0）と異なるため、サーバはリクエストを処理しない。',
        description: [
          'SIP のリクエストラインは必ずプロトコルバージョンで終わり、RFC 3261 §7.1 は送信側に「SIP/2.0」と正確に書くことを求めている。RFC 3261 §21.5.6 によれば、リクエストのバージョンをサポートしない、またはサポートを拒むサーバは 505 を返す。そのメジャーバージョンではこのエラー以外の形でリクエストを完了しない、という意思表示である。実際に使われているバージョンは SIP/2.0 だけなので（RFC 2543 もすでに 2.0 だった）、現場で見る 505 は、新しい SIP が存在するからではなく、ほぼ例外なくバージョン表記が壊れていることを意味する。',
          'この比較には、サーバ側が誤りやすい点がある。バージョン文字列は受信時には大文字小文字を区別せず、大文字で書かなければならないのは送信側だけである（RFC 3261 §7.1）。「sip/2.0」に 505 を返すサーバは、それ自体が誤っている。SIP のトーチャーテストには逆のケース、つまり「SIP/7.0」を含むリクエストがあり、要素はそれを処理したり黙って捨てたりせず、505 で応答することが期待されている（RFC 4475 §3.1.2.16）。',
          '隣接するコードと比べると、505 の意味は狭い。[[400]] は解析できないリクエストラインを含む形式誤り全般を、[[501]] はメソッドが未知であることを、[[513]] はメッセージが大きすぎることを表す。505 は障害を開始行のバージョン欄に特定するものであり、だからこそネットワークの状態ではなく、リクエストを組み立てた側の不具合であることがほとんどである。',
        ],
        scenarios: [
          '適合性試験スイートが、リクエストラインが「SIP/7.0」で終わる OPTIONS である RFC 4475 の「badvers」メッセージを新しい SBC に送る。準拠した SBC は 505 Version Not Supported を返す。',
          'SIPp のシナリオや手作りの試験リクエストのリクエストラインに、数字の 0 の代わりに英字の O を書いた「SIP/2.O」や、バージョンの後ろの余計な文字といった誤記があり、試験対象のサーバが 505 を返す。',
          '小型の組込み機器が小文字の「sip/2.0」で送ったリクエストを、大文字小文字を区別するパーサを持つプロキシが受け、505 を返す。RFC 3261 §7.1 上、プロキシはこの表記を受け付けなければならない。',
          'ポートスキャナや Web クライアントが SIP のポートに「GET / HTTP/1.1」を送る。これをリクエストラインとして解析したスタックは未対応のプロトコルバージョンとみなし、無視せずに 505 を返すことがある。',
        ],
        fixes: [
          'リクエストラインの生データを 1 バイトずつ確認する。メソッド、空白 1 つ、Request-URI、空白 1 つ、「SIP/2.0」、CRLF の順でなければならない。テンプレートや文字列連結で入り込んだ紛らわしい文字、余分な空白、タブ、CRLF の欠落を探す。',
          '自分のサーバが「sip/2.0」など SIP/2.0 の大文字小文字違いに 505 を返しているなら、バージョンを大文字小文字を区別せずに比較するようパーサを直す（RFC 3261 §7.1）。送信時は引き続き大文字の「SIP/2.0」を使う。',
          '505 が HTTP など SIP 以外の探査への応答であれば、スキャナによるノイズである。SIP スタックを変えるのではなく、ファイアウォールや SBC でそのトラフィックを遮断する。',
        ],
      },
    },
  },
  {
    code: 513,
    phrase: 'Message Too Large',
    status: 'active',
    refs: ['RFC3261 §21.5.7'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §18', 'RFC3261 §18.1.1', 'RFC3261 §21.4.11', 'RFC3261 §21.4.12'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'uas', 'gateway', 'registrar'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [],
    related: [413, 414, 400, 505],
    keywords: {
      en: ['message size', 'MTU', 'UDP fragmentation', 'IP fragmentation', 'large SDP', 'switch to TCP', '1300 bytes', 'maximum message size'],
      ja: ['メッセージサイズ', 'MTU', 'UDP フラグメント', 'IP フラグメンテーション', 'SDP 肥大化', 'TCP 切替', '1300 バイト', '最大メッセージ長'],
    },
    text: {
      en: {
        title: 'Message Too Large',
        summary:
          'The server could not process the request because the message as a whole, start line, headers and body together, was longer than it can handle.',
        description: [
          'RFC 3261 §21.5.7 says only that the length of the message exceeded what the server could handle. The limit is the server\'s own: a buffer size, a configured maximum message size on an SBC, or a cap on datagrams it will reassemble. Because it is a 5xx, the fault is framed as the server\'s limitation rather than a malformed request, but the remedy lies with the sender: make the message smaller or carry it differently.',
          'Message size is closely tied to transport in SIP. RFC 3261 §18.1.1 requires a request that comes within 200 bytes of the path MTU, or exceeds 1300 bytes when the MTU is unknown, to be sent over a congestion-controlled transport such as TCP, and every SIP element must implement both UDP and TCP (RFC 3261 §18). The same section requires implementations to handle messages up to the maximum datagram size, 65,535 bytes for UDP including IP and UDP headers. A server that returns 513 for a UDP request well below that size is enforcing a local limit the RFC does not endorse; more often, an oversized UDP request is fragmented and the fragments are lost in a NAT or firewall, and the sender sees a timeout instead of any response.',
          'Two 4xx codes look similar but point at parts of the message. [[413]] rejects the body only, and a client should retry with a smaller body or none (RFC 3261 §8.1.3.5, §21.4.11); [[414]] rejects a Request-URI that is too long (RFC 3261 §21.4.12). 513 concerns the total size, which headers alone can push over a limit: long Via and Record-Route stacks added by each proxy on the path, IMS P- headers, or large vendor X- headers.',
        ],
        scenarios: [
          'A WebRTC gateway offers audio and video with many codecs and a long list of ICE candidates; after three proxies have added their Via and Record-Route entries, the INVITE exceeds the maximum message size configured on the carrier\'s SBC, which answers 513.',
          'A messaging client sends MESSAGE with a long text or a base64-encoded image in the body to a server that caps message size, and receives 513. Large content belongs in a session-mode transport such as MSRP (RFC 4975), not in MESSAGE.',
          'A phone forced to UDP sends a 1,900-byte INVITE; the request is fragmented at the IP layer, and the receiving proxy, which refuses to reassemble datagrams above its buffer size, rejects it with 513 instead of handling it as RFC 3261 §18.1.1 requires.',
        ],
        fixes: [
          'Let the message move to TCP or TLS: enable those transports on both ends, stop forcing UDP in the phone or trunk configuration, and check that the stack switches transport for large requests as RFC 3261 §18.1.1 requires.',
          'Shrink the request: offer fewer codecs, drop media lines you do not use, limit ICE candidates, and remove verbose custom headers or bodies that do not need to travel with every INVITE.',
          'On the server side, raise the configured maximum message size of the SBC or proxy; for UDP, RFC 3261 §18.1.1 expects messages up to 65,535 bytes to be handled. If only the body is the problem, answer 413 instead so that the client knows it can retry with a smaller body.',
        ],
      },
      ja: {
        title: 'メッセージ過大',
        summary:
          '開始行、ヘッダ、ボディを合わせたメッセージ全体の長さが処理能力を超えていたため、サーバがリクエストを処理できなかった。',
        description: [
          'RFC 3261 §21.5.7 が述べているのは、メッセージの長さがサーバの処理能力を超えたということだけである。上限はサーバ自身のもので、バッファサイズ、SBC に設定された最大メッセージ長、再構成を受け付けるデータグラムの上限などがそれにあたる。5xx なので、リクエストの形式誤りではなくサーバ側の制約として表現されるが、対処するのは送信側である。メッセージを小さくするか、運び方を変える。',
          'SIP ではメッセージサイズとトランスポートが密接に結び付いている。RFC 3261 §18.1.1 は、パス MTU まで 200 バイト以内に迫るリクエストや、MTU が不明な場合に 1300 バイトを超えるリクエストを、TCP など輻輳制御のあるトランスポートで送らなければならないとしている。すべての SIP 要素は UDP と TCP の両方を実装しなければならない（RFC 3261 §18）。同じ節は、最大データグラムサイズ、すなわち UDP では IP ヘッダと UDP ヘッダを含めて 65,535 バイトまでのメッセージを処理できることも求めている。それより十分小さい UDP リクエストに 513 を返すサーバは、RFC が認めていない独自の上限を課していることになる。実際には、大きすぎる UDP リクエストが IP フラグメントに分割され、その断片が NAT やファイアウォールで失われて、送信側には応答ではなくタイムアウトが見えることのほうが多い。',
          '似た 4xx が 2 つあるが、いずれもメッセージの一部分を指している。[[413]] はボディだけを拒否するもので、クライアントはボディを小さくするか省いて再試行すべきである（RFC 3261 §8.1.3.5、§21.4.11）。[[414]] は長すぎる Request-URI を拒否する（RFC 3261 §21.4.12）。513 が問題にするのは全体のサイズであり、ヘッダだけでも上限を超えうる。経路上のプロキシごとに追加される Via や Record-Route の列、IMS の P- ヘッダ、ベンダ独自の大きな X- ヘッダなどである。',
        ],
        scenarios: [
          'WebRTC ゲートウェイが、多数のコーデックと長い ICE 候補のリストを付けて音声と映像をオファーする。3 台のプロキシが Via と Record-Route を追加した結果、INVITE がキャリアの SBC に設定された最大メッセージ長を超え、SBC が 513 を返す。',
          'メッセージングクライアントが、長文や base64 で符号化した画像をボディに入れた MESSAGE を、メッセージサイズに上限を設けたサーバへ送り、513 を受ける。大きなコンテンツは MESSAGE ではなく、MSRP（RFC 4975）のようなセッションモードの手段で送るべきものである。',
          'UDP に固定された電話機が 1,900 バイトの INVITE を送る。リクエストは IP 層でフラグメントに分割され、バッファサイズを超えるデータグラムの再構成を拒む受信側プロキシは、RFC 3261 §18.1.1 の求めどおりに処理せず 513 で拒否する。',
        ],
        fixes: [
          'メッセージを TCP や TLS で運べるようにする。両端でこれらのトランスポートを有効にし、電話機やトランクの設定で UDP を強制するのをやめ、RFC 3261 §18.1.1 のとおり大きなリクエストでスタックがトランスポートを切り替えるかを確認する。',
          'リクエストを小さくする。オファーするコーデックを減らし、使わないメディア行を削り、ICE 候補を絞り、すべての INVITE に載せる必要のない冗長な独自ヘッダやボディを外す。',
          'サーバ側では、SBC やプロキシに設定された最大メッセージ長を引き上げる。UDP について RFC 3261 §18.1.1 は 65,535 バイトまでのメッセージの処理を想定している。問題がボディだけなら 413 を返し、ボディを小さくすれば再試行できることをクライアントに伝える。',
        ],
      },
    },
  },
  {
    code: 555,
    phrase: 'Push Notification Service Not Supported',
    status: 'active',
    refs: ['RFC8599 §8.1'],
    seeAlso: ['RFC8599 §4.1', 'RFC8599 §5.4', 'RFC8599 §5.6.1', 'RFC8599 §8.2', 'RFC3261 §8.1.3.2'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy'],
      methods: ['REGISTER'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Contact',
        in: 'request',
        ref: 'RFC8599 §4.1',
        note: {
          en: 'The REGISTER\'s Contact URI carries pn-provider (which push service, e.g. apns or fcm), pn-prid (the device\'s push token) and pn-param; the pn-provider value is what the 555 refuses.',
          ja: 'REGISTER の Contact URI に pn-provider（apns、fcm などプッシュサービスの種類）、pn-prid（端末のプッシュトークン）、pn-param を入れる。555 が拒否しているのは pn-provider の値である。',
        },
      },
      {
        name: 'Feature-Caps',
        in: 'request',
        ref: 'RFC8599 §5.4',
        note: {
          en: 'A proxy that supports the push service adds "+sip.pns" with the provider name before forwarding the REGISTER; a REGISTER that arrives without it tells the next proxy that no one so far has taken the job.',
          ja: 'そのプッシュサービスをサポートするプロキシは、REGISTER を転送する前にプロバイダ名付きの「+sip.pns」を追加する。これを持たない REGISTER は、ここまでの経路で誰もプッシュを引き受けていないことを次のプロキシに示す。',
        },
      },
    ],
    related: [423, 500, 501, 403],
    keywords: {
      en: ['push notification', 'APNs', 'FCM', 'pn-provider', 'pn-prid', 'sip.pns', 'mobile softphone', 'iOS VoIP push', 'Android background'],
      ja: ['プッシュ通知', 'APNs', 'FCM', 'pn-provider', 'pn-prid', 'モバイルソフトフォン', 'バックグラウンド着信', 'iOS', 'Android'],
    },
    text: {
      en: {
        title: 'Push Notification Service Not Supported',
        summary:
          'A proxy on the registration path does not support the push notification service named in the pn-provider parameter of the REGISTER\'s Contact, and no other element on the path will; the registration is refused.',
        description: [
          'RFC 8599 lets a mobile SIP client sleep while the operating system suspends it. The client obtains a push token from its platform\'s push service, Apple\'s APNs or Google\'s FCM for instance, and registers with pn-provider, pn-prid and pn-param in its Contact URI. A SIP proxy on the REGISTER path that supports that service says so with a "+sip.pns" feature-capability indicator (RFC 8599 §5.4, §8.2); later, when an INVITE or MESSAGE arrives for the client, it sends a push, holds the request until the woken client refreshes its registration, and then delivers it.',
          'A 555 is the negative answer to such a REGISTER, and RFC 8599 §8.1 defines it for REGISTER responses only. It is deliberately rare: a proxy that does not support the requested service should normally forward the REGISTER towards the registrar, since another proxy further on may support it, and may answer 555 only if its local configuration tells it that no proxy between it and the registrar supports that service (RFC 8599 §5.6.1). A client can also ask without committing, by registering with pn-provider but no pn-prid; if it left pn-provider empty, a 555 means the network supports no push service at all (RFC 8599 §4.1).',
          'Being a final failure response to REGISTER, a 555 leaves the client with no new binding: it is not registered through this request, with or without push. Absence of 555 does not prove support either; unless the 2xx carries Feature-Caps with "+sip.pns" naming the same provider, the client must not count on push (RFC 8599 §4.1). A client stack that predates RFC 8599 sees an unknown 5xx and handles it as [[500]] (RFC 3261 §8.1.3.2). Of the codes around it, [[423]] is the one that appears in the same flow: a proxy that supports the push service but finds the requested registration interval too short to wake the client in time answers 423 instead.',
        ],
        scenarios: [
          'An iOS softphone registers with pn-provider=apns to a service whose push proxy only handles FCM for Android clients; the operator has configured the proxy as the only push-capable element, so it answers 555, and the app cannot receive calls while in the background.',
          'A client sends a query REGISTER with an empty pn-provider parameter and no pn-prid to learn which push services the network offers; the network offers none, and the proxy answers 555.',
          'After a platform upgrade, an edge proxy starts answering 555 to every REGISTER carrying pn-* parameters, although a push-capable proxy sits behind it; the edge proxy was set to reject instead of forwarding, against RFC 8599 §5.6.1.',
        ],
        fixes: [
          'Compare the pn-provider value with what the service supports: register once with an empty pn-provider and no pn-prid, and read the "+sip.pns" values in the Feature-Caps of the 2xx to see which providers the network accepts.',
          'If the network supports none of your push services, register without the pn-* parameters and keep the client reachable another way, such as a persistent connection with keepalives (SIP Outbound, RFC 5626), at the cost of battery.',
          'If a 423 comes back instead, the push service is supported but the requested Expires is too short for the proxy to wake the client before the binding lapses: register again with at least the Min-Expires value.',
          'If your proxy sends 555: send it only when local configuration guarantees that no proxy between you and the registrar supports the requested service, and otherwise forward the REGISTER; when you do support it, put the matching "+sip.pns" indicator in the 2xx (RFC 8599 §5.6.1).',
        ],
      },
      ja: {
        title: 'プッシュ通知サービス非対応',
        summary:
          'REGISTER の Contact にある pn-provider パラメータが示すプッシュ通知サービスを、登録経路上のプロキシがサポートしておらず、経路上の他の要素も引き受けないため、登録が拒否された。',
        description: [
          'RFC 8599 は、OS によって一時停止されるモバイルの SIP クライアントが休止したままでいられる仕組みを定めている。クライアントはプラットフォームのプッシュサービス（Apple の APNs や Google の FCM など）からプッシュトークンを取得し、Contact URI に pn-provider、pn-prid、pn-param を付けて登録する。REGISTER の経路上でそのサービスをサポートする SIP プロキシは、「+sip.pns」の機能表示でその旨を示す（RFC 8599 §5.4、§8.2）。その後クライアント宛ての INVITE や MESSAGE が届くと、プロキシはプッシュを送り、起こされたクライアントが登録をリフレッシュするまでリクエストを保留してから配送する。',
          '555 はこうした REGISTER への否定の応答であり、RFC 8599 §8.1 は REGISTER への応答に限って定義している。意図的にめったに出ないようになっている。要求されたサービスをサポートしないプロキシは、その先のプロキシがサポートしているかもしれないので、通常は REGISTER をレジストラへ向けて転送すべきである。555 を返してよいのは、自分とレジストラの間にそのサービスをサポートするプロキシがないことをローカル設定で知っている場合に限られる（RFC 8599 §5.6.1）。クライアントは、pn-provider だけを付けて pn-prid を付けない REGISTER で、登録を前提とせずに問い合わせることもできる。pn-provider を空にした問い合わせに 555 が返れば、ネットワークはどのプッシュサービスもサポートしていない（RFC 8599 §4.1）。',
          'REGISTER への最終応答としての失敗なので、555 を受けたクライアントには新しいバインディングができない。プッシュの有無にかかわらず、このリクエストでは登録されていないのである。逆に 555 が返らないことも、サポートの証明にはならない。2xx に同じプロバイダ名の「+sip.pns」を含む Feature-Caps がなければ、クライアントはプッシュを当てにしてはならない（RFC 8599 §4.1）。RFC 8599 以前のクライアントスタックは未知の 5xx として [[500]] と同じに扱う（RFC 3261 §8.1.3.2）。周辺のコードで同じ流れに現れるのは [[423]] である。プッシュサービスはサポートしているが、要求された登録間隔が短すぎてクライアントを間に合うように起こせないと判断したプロキシは、代わりに 423 を返す。',
        ],
        scenarios: [
          'iOS のソフトフォンが pn-provider=apns を付けて登録するが、サービス側のプッシュ用プロキシは Android 向けの FCM しか扱わない。事業者はこのプロキシを唯一のプッシュ対応要素として設定しているため 555 が返り、アプリはバックグラウンドでは着信を受けられない。',
          'クライアントが、ネットワークが提供するプッシュサービスを調べるために、pn-provider を空にし pn-prid を付けない問い合わせ用の REGISTER を送る。ネットワークは何も提供しておらず、プロキシは 555 を返す。',
          'プラットフォームの更新後、エッジプロキシが pn-* パラメータ付きのすべての REGISTER に 555 を返し始める。実際には背後にプッシュ対応のプロキシがあるのに、エッジプロキシが転送せずに拒否する設定になっていた。これは RFC 8599 §5.6.1 に反する。',
        ],
        fixes: [
          'pn-provider の値とサービス側のサポート状況を突き合わせる。pn-provider を空にし pn-prid を付けずに一度登録し、2xx の Feature-Caps にある「+sip.pns」の値から、ネットワークが受け付けるプロバイダを確認する。',
          'ネットワークが自分のプッシュサービスをどれもサポートしていなければ、pn-* パラメータを付けずに登録し、キープアライブ付きの常時接続（SIP Outbound、RFC 5626）など別の方法で着信可能な状態を保つ。その分、電池を消費する。',
          '代わりに 423 が返ってきた場合は、プッシュサービスはサポートされているが、要求した Expires が短すぎて、プロキシがバインディングの失効前にクライアントを起こせない。少なくとも Min-Expires の値で登録し直す。',
          '自分のプロキシが 555 を送る側なら、自分とレジストラの間に要求されたサービスをサポートするプロキシがないことがローカル設定で保証されている場合に限って送り、それ以外は REGISTER を転送する。サポートしている場合は、対応する「+sip.pns」の表示を 2xx に入れる（RFC 8599 §5.6.1）。',
        ],
      },
    },
  },
  {
    code: 580,
    phrase: 'Precondition Failure',
    status: 'active',
    refs: ['RFC3312 §8'],
    seeAlso: ['RFC3261 §21.4.26', 'RFC3261 §21.5.4'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: ['INVITE'],
      retry: 'modify',
      failover: false,
    },
    headers: [],
    related: [412, 488, 420, 503, 183],
    keywords: {
      en: ['precondition', 'QoS precondition', 'resource reservation', 'VoLTE', 'VoNR', 'IMS', 'dedicated bearer', 'a=des', 'a=curr', 'Require: precondition'],
      ja: ['プリコンディション', '前提条件', 'QoS', 'リソース予約', 'VoLTE', 'VoNR', 'IMS', '専用ベアラ', 'a=des'],
    },
    text: {
      en: {
        title: 'Precondition Failure',
        summary:
          'The callee\'s side cannot meet a precondition, typically a quality-of-service resource reservation, that the session description makes mandatory, so the session is refused before the callee is alerted.',
        description: [
          'RFC 3312 lets an offer state conditions that must hold before the callee\'s phone rings. The usual one is quality of service: the media path must have network resources reserved in one or both directions, described in SDP with current-status, desired-status and confirmation attributes (a=curr, a=des, a=conf) and a strength such as "mandatory" or "optional". The callee\'s user agent answers, typically in a reliable 183 Session Progress, reserves resources, and alerts the user only once the mandatory preconditions are met.',
          'When a mandatory precondition cannot be met, the answerer refuses the offer with 580, defined in RFC 3312 §8, and describes in the SDP of the 580 which precondition failed. This is where the code is met today: IMS voice (VoLTE, VoNR, the procedures of 3GPP TS 24.229) runs almost every call with QoS preconditions, and a failure to set up the dedicated voice bearer on the radio or core side ends the INVITE with 580 before anyone rings.',
          'The name invites confusion. 580 has nothing to do with [[412]] Conditional Request Failed, which concerns SIP-If-Match on PUBLISH, even though sofia-sip labels 412 "Precondition Failed". It is not [[488]] either: 488 rejects the session description itself (no common codec, unacceptable media), while 580 accepts what is offered but cannot obtain the resources it depends on. A UAS that does not support preconditions at all, and receives "Require: precondition", answers [[420]] instead. And unlike [[503]], a 580 is about this session\'s media path, so RFC 3261 gives no reason to retry the INVITE on another server (RFC 3261 §21.5.4).',
        ],
        scenarios: [
          'A VoLTE call reaches the callee\'s handset, which starts reserving a dedicated voice bearer after answering the offer in a 183; the network rejects the resource request, for example because the cell is congested, and the handset ends the INVITE with 580 before alerting.',
          'An IMS network hands an INVITE with mandatory QoS preconditions and "Require: precondition" to an interconnect gateway that cannot reserve media resources on its side of the call; the gateway answers 580 with an SDP marking the failed precondition.',
          'Calls to subscribers in one coverage area fail with 580 sent by the terminating handsets; the PCRF or PCF logs for those calls show the requests for a voice bearer being refused, so the problem lies in resource policy or radio capacity, not in SIP.',
        ],
        fixes: [
          'Read the SDP in the 580: the a=des and a=curr lines show which precondition (local or remote, send or receive direction) failed. Then look at the resource reservation layer, the bearer setup and policy server (PCRF, PCF) logs, rather than at SIP.',
          'Towards peers that do not need preconditions, do not mark them mandatory: on an SBC or interconnect border, terminate preconditions on the IMS side and offer the peer a plain SDP, or use "optional" strength so that a session can proceed without a reservation.',
          'If your UAS returns 580 for a codec or media mismatch, change it to 488; if it does not implement preconditions at all, answer 420 to "Require: precondition" rather than 580.',
        ],
      },
      ja: {
        title: 'プリコンディション失敗',
        summary:
          'セッション記述が必須とするプリコンディション（多くは QoS のためのリソース予約）を着信者側で満たせないため、着信者を呼び出す前にセッションが拒否された。',
        description: [
          'RFC 3312 では、着信者の電話機が鳴る前に満たされているべき条件をオファーに記述できる。代表的なのは QoS で、メディア経路の片方向または双方向にネットワークのリソースが予約されていることを求める。SDP では現在状態、希望状態、確認の各属性（a=curr、a=des、a=conf）と、「mandatory」や「optional」といった強度で表す。着信者の UA は、通常は信頼性のある 183 Session Progress でアンサーを返してリソースを予約し、必須のプリコンディションが満たされてから初めてユーザを呼び出す。',
          '必須のプリコンディションを満たせない場合、アンサー側は RFC 3312 §8 で定義された 580 でオファーを拒否し、どのプリコンディションが満たされなかったかを 580 の SDP に記述する。今日このコードに出会うのはこの場面である。IMS の音声（VoLTE、VoNR、3GPP TS 24.229 の手順）ではほぼすべての呼に QoS プリコンディションが使われており、無線側やコア側で音声用の専用ベアラを確立できないと、誰も呼び出されないうちに INVITE が 580 で終わる。',
          '名称は誤解を招きやすい。580 は PUBLISH の SIP-If-Match を扱う [[412]] Conditional Request Failed とは無関係だが、sofia-sip は 412 に「Precondition Failed」という名称を付けている。[[488]] とも違う。488 はセッション記述そのもの（共通のコーデックがない、受け入れられないメディアなど）を拒否するのに対し、580 はオファーの内容は受け入れるが、それが依存するリソースを得られないことを示す。プリコンディションを一切サポートしない UAS が「Require: precondition」を受けた場合に返すのは [[420]] である。また [[503]] と違い、580 はこのセッションのメディア経路についての応答なので、RFC 3261 上、別のサーバで INVITE を再試行する理由にはならない（RFC 3261 §21.5.4）。',
        ],
        scenarios: [
          'VoLTE の呼が着信者の端末に届き、端末は 183 でオファーにアンサーした後、音声用の専用ベアラの予約を始める。セルの輻輳などでネットワークがリソース要求を拒否し、端末は呼び出す前に INVITE を 580 で終える。',
          'IMS 網が、必須の QoS プリコンディションと「Require: precondition」を含む INVITE を相互接続ゲートウェイに渡すが、ゲートウェイは自分の側でメディアリソースを予約できない。ゲートウェイは、満たせなかったプリコンディションを示す SDP を付けて 580 を返す。',
          '特定のエリアにいる加入者への呼だけが、着信側端末の返す 580 で失敗する。該当する呼の PCRF や PCF のログには音声ベアラの要求が拒否された記録があり、問題は SIP ではなく、リソースのポリシーや無線の容量にある。',
        ],
        fixes: [
          '580 の SDP を読む。a=des と a=curr の行から、どのプリコンディション（ローカルかリモートか、送信方向か受信方向か）が満たされなかったかがわかる。そのうえで、SIP ではなくリソース予約の層、つまりベアラ確立やポリシーサーバ（PCRF、PCF）のログを調べる。',
          'プリコンディションを必要としない相手に対しては、必須にしない。SBC や相互接続の境界で IMS 側のプリコンディションを終端して相手にはプリコンディションのない SDP をオファーするか、強度を「optional」にして、予約なしでもセッションを進められるようにする。',
          '自分の UAS がコーデックやメディアの不一致に 580 を返しているなら、488 に改める。プリコンディションを実装していないなら、「Require: precondition」には 580 ではなく 420 を返す。',
        ],
      },
    },
  },
];
