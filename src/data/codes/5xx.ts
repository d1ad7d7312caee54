import type { CodeEntryInput } from '../schema';

// 505 and 513: RFC 3261 does not say whether to retry; the (+) note of RFC 3398 §8.2.6.1 binds an ISUP gateway.
const RETRY_ISUP_GATEWAY_REMEDY = {
  label: {
    en: 'RFC 3261 does not say; an ISUP gateway SHOULD, if at all possible, remedy what the response objects to and re-originate the session',
    ja: 'RFC 3261 に規定はない。ISUP と相互接続する SIP ゲートウェイは、可能な限り、応答が問題にした動作を改めてセッションを発信し直すべきである（SHOULD）',
  },
  next: {
    en: 'RFC 3261 does not say whether to send the request again; a SIP gateway interworking with ISUP SHOULD, if at all possible, remedy the behaviour the response objects to and re-originate the session rather than fail the ISUP half of the call',
    ja: 'リクエストを送り直すかどうかを RFC 3261 は定めていないが、ISUP と相互接続する SIP ゲートウェイは、ISUP 側の呼を失敗させるのではなく、可能な限り、応答が問題にした動作を改めてセッションを発信し直すべきである（SHOULD）',
  },
};

export const codes5xx: CodeEntryInput[] = [
  {
    code: 500,
    phrase: 'Server Internal Error',
    status: 'active',
    refs: ['RFC3261 §21.5.1'],
    seeAlso: ['RFC3261 §10.3', 'RFC3261 §12.2.2', 'RFC3261 §14.1', 'RFC3261 §14.2', 'RFC3261 §16.7', 'RFC3261 §20.33', 'RFC3261 §20.35', 'RFC3261 §20.43', 'RFC3261 §21.5.4', 'RFC3311 §5.2'],
    alsoSeen: [
      {
        phrase: 'Internal Server Error',
        source: {
          en: 'the HTTP/1.1 wording, which sofia-sip (and so FreeSWITCH) prints for 500 (sip_status.c)',
          ja: 'HTTP/1.1 の名称。sofia-sip（したがって FreeSWITCH）が 500 に付ける表記（sip_status.c）',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'registrar', 'gateway'],
        refs: ['RFC3261 §21.5.1', 'RFC3261 §14.2', 'RFC3261 §16.7', 'RFC3261 §10.3', 'RFC3398 §7.2.4.1'],
        byRole: {
          // §21.5.1 names "the server"; §14.2 names a UAS that MUST return 500.
          uas: ['RFC3261 §21.5.1', 'RFC3261 §14.2'],
          proxy: ['RFC3261 §16.7'],
          registrar: ['RFC3261 §10.3'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.5.1'] },
      retry: { value: 'later', refs: ['RFC3261 §21.5.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.5.1',
        note: {
          en: 'Says how many seconds the condition should last; for an INVITE that overlaps an unfinished one in the same dialog it becomes mandatory, with a random value from 0 to 10 (RFC 3261 §14.2), and so it does for the 500s that RFC 3311 §5.2 prescribes for UPDATE.',
          ja: '障害が続く見込みの秒数を示す。同じダイアログで前の INVITE が終わっていないうちに届いた INVITE への 500 では必須となり、0〜10 秒のランダムな値を入れる（RFC 3261 §14.2）。RFC 3311 §5.2 が UPDATE について定める 500 でも同じである。',
        },
      },
    ],
    related: [503, 491, 501, 502, 504],
    keywords: {
      en: ['internal server error', 'server error', 'CSeq out of order', 'overlapping re-INVITE', 'database failure', 'crash', 'Q.850 cause 41', 'temporary failure'],
      ja: ['内部エラー', 'サーバエラー', 'CSeq 逆順', 're-INVITE 競合', 'データベース障害', '理由表示 41', '一時的障害'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'INVITE (CSeq 2, re-INVITE)' },
        { from: 'a', to: 'b', label: 'INVITE (CSeq 3, re-INVITE)' },
        { from: 'b', to: 'a', label: '500 Server Internal Error' },
        { from: 'a', to: 'b', label: 'ACK (CSeq 3)' },
        { from: 'b', to: 'a', label: '200 OK (CSeq 2)' },
        { from: 'a', to: 'b', label: 'ACK (CSeq 2)' },
        { from: 'a', to: 'b', label: 'INVITE (CSeq 4)', note: { en: 'after the Retry-After wait', ja: 'Retry-After の待機後' } },
        { from: 'b', to: 'a', label: '200 OK (CSeq 4)' },
        { from: 'a', to: 'b', label: 'ACK (CSeq 4)' },
      ],
      caption: {
        en: 'A second re-INVITE arrives while the first is still unanswered, which RFC 3261 §14.1 forbids the client to send; the UAS rejects it with 500 and a Retry-After of up to 10 seconds, finishes the first, and the client sends the request again after the wait.',
        ja: '最初の re-INVITE に応答する前に 2 つ目の re-INVITE が届いた。RFC 3261 §14.1 はクライアントがこれを送ることを禁じている。UAS は 10 秒以内の Retry-After を付けた 500 で拒否し、最初の INVITE を完了させる。クライアントは待機後に改めて送信する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20:5060 SIP/2.0',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 3 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 500 Server Internal Error',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 3 INVITE',
        'Retry-After: 4',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['CSeq', 'Retry-After'],
    },
    text: {
      en: {
        title: 'Server Internal Error',
        summary:
          'The server hit an unexpected condition and could not complete the request, and the same request may work if sent again a few seconds later. RFC 3261 also prescribes 500 for a few protocol situations that are no server fault, such as a mid-dialog request with an out-of-order CSeq or an INVITE that overlaps an unfinished one.',
        description: [
          'RFC 3261 §21.5.1 defines 500 for a server that ran into an unexpected condition and so could not fulfil the request. Examples of such a condition, which the section does not name, are a software exception, a lost database connection or an internal resource that could not be allocated. The client may show the error and may retry after several seconds, and a server that knows the fault is temporary may say when with Retry-After. Apart from the cases below, the code is not a judgement on the request itself; a malformed request deserves a 4xx, typically [[400]].',
          'The RFC also prescribes 500 for a handful of precise situations, which explain 500s that a server error would not. A UAS must reject a mid-dialog request whose CSeq number is lower than the last one it received, as out of order (RFC 3261 §12.2.2). A UAS that receives a re-INVITE while it has not yet sent the final response to an earlier INVITE in the same dialog must answer 500 with a Retry-After between 0 and 10 seconds; this is the counterpart of [[491]], which covers the case where the UAS itself has an INVITE outstanding (RFC 3261 §14.2). A registrar whose binding update fails to commit must return 500 and roll back every change from that REGISTER (RFC 3261 §10.3).',
          'Proxies manufacture 500 too. A proxy that receives [[503]] from the next hop should not pass it upstream unless it cannot serve any request at all, and if 503 was the only answer it got, it should send 500 instead (RFC 3261 §16.7). That rule is why a 500 at the UAC can hide an overloaded server further down. A 500 does not say "try another server" the way 503 does: after a 503, a transport failure or a timeout, the failures RFC 3263 §4.3 names, the client SHOULD send the request to the next server, and a 500 is not among them.',
        ],
        scenarios: [
          'Two re-INVITEs from the same side overlap in an established call: a phone sends a session timer refresh while the PBX is still processing its hold re-INVITE, although RFC 3261 §14.1 forbids a new INVITE transaction while another is in progress. The PBX answers the second one with 500 and a Retry-After of up to 10 seconds, and the phone sends it again after the wait (RFC 3261 §14.2).',
          'A B2BUA fails over to its standby node in the middle of a call, and the standby restarts CSeq numbering for the existing dialog; its next re-INVITE or BYE carries a lower CSeq than the last request the peer received in that dialog, and the peer rejects it with 500 as out of order (RFC 3261 §12.2.2).',
          'A registrar cannot write a REGISTER to its location database because the database cluster is failing over, and answers 500; the phone\'s previous binding stays as it was (RFC 3261 §10.3).',
          'A SIP-to-PSTN gateway receives an ISUP release with cause 127 "interworking, unspecified" and reports it to the SIP side as 500, as RFC 3398 recommends (RFC 3398 §7.2.4.1).',
        ],
        fixes: [
          'Read the Retry-After, Warning and Reason headers and the reason phrase of the response: some servers put the internal error there, as Kamailio and OpenSIPS do with phrases such as "Forking capacity exceeded (12/SL)". Then look at the logs of the server that generated the 500, not at the caller; the Server header, the agent named in a Warning header or a capture at each hop tells you which element that was.',
          'If the 500 answers a re-INVITE or UPDATE, check for overlapping transactions: a client must not start a new INVITE transaction in a dialog while another is in progress in either direction (RFC 3261 §14.1), and an UPDATE gets 500 when it arrives before the final response to an earlier UPDATE, or carries an offer while an earlier offer to the UAS is still unanswered (RFC 3311 §5.2). Honour the Retry-After and send the request again once the earlier one has completed.',
          'If it answers a BYE, INFO or other mid-dialog request, compare its CSeq with the previous requests in the same direction: a request whose CSeq is lower than the last one the UAS received gets 500 (RFC 3261 §12.2.2), whether the client restarted its counter after a reboot or failover or the request was overtaken on the way by a later one.',
          'If your own proxy turns downstream 503s into 500s, that is the behaviour RFC 3261 §16.7 asks for; make sure your routing logic fails over to an alternate server on the 503 before it falls back to sending 500 upstream.',
        ],
      },
      ja: {
        title: 'サーバ内部エラー',
        summary:
          'サーバが想定外の状態に陥り、リクエストを処理しきれなかった。数秒おいて同じリクエストを送れば成功することもある。RFC 3261 は、ダイアログ内リクエストの CSeq の順序違いや、終わっていない INVITE と重なった INVITE など、サーバの障害ではないプロトコル上の状況にも 500 を使うよう定めている。',
        description: [
          'RFC 3261 §21.5.1 は、想定外の状態のためにサーバがリクエストを処理しきれなかった場合の応答として 500 を定めている。同節は例を挙げていないが、ソフトウェアの例外、データベース接続の喪失、内部リソースの確保失敗などがこれにあたる。クライアントはエラーを表示してよく、数秒後に再試行してもよい。一時的な障害だとわかっていれば、サーバは Retry-After で再試行できる時期を示してよい。後述の場合を除き、500 はリクエストの内容を否定するものではなく、形式の誤ったリクエストに見合うのは、[[400]] をはじめとする 4xx である。',
          'RFC は特定の状況でも 500 を使うよう定めており、サーバの障害では説明のつかない 500 はこれで説明できる。ダイアログ内リクエストの CSeq 番号が直前に受信したものより小さい場合、UAS は順序違いとして 500 で拒否しなければならない（RFC 3261 §12.2.2）。同じダイアログで先に受けた INVITE にまだ最終応答を返していないうちに re-INVITE を受けた UAS は、0〜10 秒の Retry-After を付けた 500 を返さなければならない。UAS 自身が送った INVITE が未完了の場合を扱う [[491]] と対になる規定である（RFC 3261 §14.2）。バインディングの更新を確定できなかったレジストラは、500 を返さなければならず、その REGISTER による仮の変更もすべて取り消さなければならない（RFC 3261 §10.3）。',
          'プロキシも 500 を作り出す。次ホップから [[503]] を受けたプロキシは、自分がどのリクエストも処理できない場合を除いて 503 を上流へ転送すべきではなく、受け取った応答が 503 だけなら代わりに 500 を返すべきである（RFC 3261 §16.7）。UAC に届いた 500 の裏に、その先で過負荷になったサーバが隠れていることがあるのはこのためである。また 500 は 503 と違い「別のサーバを試せ」という意味を持たない。RFC 3263 §4.3 が挙げる失敗、つまり 503、トランスポート障害、タイムアウトの後は、クライアントは次のサーバへリクエストを送るべきである（SHOULD）が、500 はこの失敗に含まれない。',
        ],
        scenarios: [
          '確立済みの通話で、同じ側からの re-INVITE が重なる。PBX が保留用の re-INVITE をまだ処理しているうちに、電話機がセッションタイマのリフレッシュを送る。RFC 3261 §14.1 は、INVITE トランザクションの進行中に新しい INVITE トランザクションを始めることを禁じている。PBX は後の re-INVITE に 10 秒以内の Retry-After を付けた 500 を返し、電話機は待ってから送り直す（RFC 3261 §14.2）。',
          '通話の途中で B2BUA が待機系ノードに切り替わり、待機系が既存のダイアログの CSeq を振り直す。次の re-INVITE や BYE の CSeq は、相手がこのダイアログで最後に受けたリクエストより小さくなり、相手は順序違いとして 500 で拒否する（RFC 3261 §12.2.2）。',
          'データベースクラスタの切替え中で、レジストラが REGISTER の内容を位置情報データベースに書き込めず 500 を返す。電話機の以前のバインディングはそのまま残る（RFC 3261 §10.3）。',
          'SIP と PSTN を結ぶゲートウェイが、理由表示 127（その他のインタワーキング）の ISUP 解放を受け、RFC 3398 が推奨する対応付けに従って SIP 側へ 500 を返す（RFC 3398 §7.2.4.1）。',
        ],
        fixes: [
          '応答の Retry-After、Warning、Reason の各ヘッダとリーズンフレーズを読む。内部のエラーをそこに書くサーバもあり、Kamailio や OpenSIPS は `Forking capacity exceeded (12/SL)` のようなリーズンフレーズを返す。そのうえで、発信者側ではなく 500 を生成したサーバのログを調べる。どの装置が生成したかは、Server ヘッダ、Warning ヘッダに記されたエージェント、各ホップでのキャプチャからわかる。',
          're-INVITE や UPDATE への 500 なら、トランザクションの重なりを疑う。どちらかの方向で INVITE トランザクションが進行中のダイアログでは、新しい INVITE トランザクションを始めてはならない（RFC 3261 §14.1）。UPDATE は、前の UPDATE への最終応答の前に届いた場合や、UAS がまだアンサーを返していないオファーがあるのにオファーを含んでいる場合に 500 となる（RFC 3311 §5.2）。Retry-After に従い、前のトランザクションが終わってから送り直す。',
          'BYE や INFO などダイアログ内リクエストへの 500 なら、同じ方向の直前のリクエストと CSeq を比べる。UAS が最後に受けたものより CSeq が小さいリクエストは 500 となる（RFC 3261 §12.2.2）。クライアントが再起動やフェイルオーバーでカウンタを戻した場合も、後から送ったリクエストに途中で追い越された場合も同じである。',
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
    seeAlso: ['RFC3261 §8.2.1', 'RFC3261 §11', 'RFC3261 §13.1', 'RFC3261 §13.3.1.4', 'RFC3261 §20.5', 'RFC3261 §21.4.6', 'RFC3262 §4'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'gateway'],
        refs: ['RFC3261 §21.5.2', 'RFC3398 §7.2.4.1'],
        byRole: {
          uas: ['RFC3261 §21.5.2'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.5.2'] },
      retry: { value: 'unspecified', refs: ['RFC3261 §21.5.2'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [405, 420, 500, 488],
    keywords: {
      en: ['method not supported', 'unknown method', 'unsupported method', 'Allow header', 'REFER not supported', 'UPDATE not supported', 'Q.850 cause 79'],
      ja: ['メソッド未対応', '未知のメソッド', '未サポート', 'Allow ヘッダ', 'REFER 非対応', 'UPDATE 非対応', '理由表示 79'],
    },
    flow: {
      parties: [
        { id: 's', role: 'sbc' },
        { id: 'g', role: 'gateway' },
      ],
      steps: [
        { from: 's', to: 'g', label: 'UPDATE + Session-Expires: 1800' },
        { from: 'g', to: 's', label: '501 Not Implemented' },
        { from: 's', to: 'g', label: 'INVITE (re-INVITE)', note: { en: 'session timer refresh', ja: 'セッションタイマのリフレッシュ' } },
        { from: 'g', to: 's', label: '200 OK' },
        { from: 's', to: 'g', label: 'ACK' },
      ],
      caption: {
        en: 'An SBC refreshes the session timer with UPDATE inside an established call; the gateway does not implement the method, answers 501, and the SBC refreshes with a re-INVITE instead.',
        ja: 'SBC が確立済みの通話内で UPDATE によりセッションタイマをリフレッシュしようとする。ゲートウェイはこのメソッドを実装していないため 501 を返し、SBC は re-INVITE でリフレッシュし直す。',
      },
    },
    example: {
      request: [
        'UPDATE sip:gw1.example.net:5060 SIP/2.0',
        'Via: SIP/2.0/UDP sbc.example.com:5060;branch=z9hG4bK1f7c2a9',
        'Max-Forwards: 70',
        'From: <sip:+12025550100@example.com>;tag=8f3e21',
        'To: <sip:+12025550123@example.net>;tag=gw-5a6b',
        'Call-ID: 4c1d9e7f0a2b@sbc.example.com',
        'CSeq: 102 UPDATE',
        'Contact: <sip:sbc.example.com:5060>',
        'Supported: timer',
        'Session-Expires: 1800;refresher=uac',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 501 Not Implemented',
        'Via: SIP/2.0/UDP sbc.example.com:5060;branch=z9hG4bK1f7c2a9;received=203.0.113.5',
        'From: <sip:+12025550100@example.com>;tag=8f3e21',
        'To: <sip:+12025550123@example.net>;tag=gw-5a6b',
        'Call-ID: 4c1d9e7f0a2b@sbc.example.com',
        'CSeq: 102 UPDATE',
        'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['CSeq', 'Allow'],
    },
    text: {
      en: {
        title: 'Not Implemented',
        summary:
          'The server does not support the functionality the request needs; RFC 3261 names the case of a UAS that does not recognize the request method and cannot support it for any user.',
        description: [
          'RFC 3261 §21.5.2 reserves 501 for a server that lacks the functionality a request needs, and names the case for which it is the appropriate response: a UAS that does not recognize the method and is not capable of supporting it for any user. RFC 3261 does not say whether the client may send the request again; but a server that cannot support the method for any user gives no reason to expect a different answer to the same request.',
          'Its look-alike is [[405]]. A UAS that knows a method but will not accept it here must answer 405 and list what it does accept in an Allow header (RFC 3261 §8.2.1, §21.4.6); 501 is for a method the implementation has never heard of. The distinction matters in practice: a 405 must list the methods the UAS supports, while a 501 need not, although a 501 may carry one too (RFC 3261 §20.5). Neither is [[420]], which concerns option tags in Require rather than methods, nor [[488]], which rejects a session description.',
          'For the methods a user agent is required to support, the unknown-method case of 501 does not arise in a conforming UA: every UA must support OPTIONS (RFC 3261 §11), and one that supports INVITE must also support ACK, CANCEL and BYE (RFC 3261 §13.1). Proxies, for their part, forward requests whatever the method (RFC 3261 §21.5.2), so a 501 for an unknown method comes from the user agent server at the end of the path, which may be a gateway. Any other method can draw 501 from a UA that neither recognizes nor implements it (one that recognizes a method it does not support MUST answer 405, RFC 3261 §8.2.1), the extension methods UPDATE, PRACK, REFER, MESSAGE, INFO, SUBSCRIBE, NOTIFY and PUBLISH among them.',
        ],
        scenarios: [
          'A PBX performs an attended transfer by sending REFER to an old analog telephone adapter that only implements the RFC 3261 core methods; the adapter answers 501 and the transfer fails, while the call itself stays up.',
          'An SBC refreshes a session timer with UPDATE towards a carrier gateway that does not implement RFC 3311; the gateway replies 501, and the SBC has to fall back to re-INVITE for the refresh.',
          'A softphone sends MESSAGE for instant messaging to a desk phone whose firmware has no messaging support; the phone answers 501 Not Implemented.',
          'A PSTN gateway receives an ISUP release with cause 79 "service or option not implemented" for a call it placed and reports it to the SIP side as 501, following the RFC 3398 mapping.',
        ],
        fixes: [
          'Before sending an extension method inside a dialog, read the Allow header of the peer\'s 2xx to the INVITE, which SHOULD carry one (RFC 3261 §13.3.1.4), or of a 200 to OPTIONS; when it is present it lists every method the peer understands (RFC 3261 §20.5), so send only methods listed there.',
          'Fall back to what the peer does implement: re-INVITE instead of UPDATE for session refreshes and media changes, a transfer the PBX carries out itself instead of REFER (a re-INVITE stays inside its dialog, RFC 3261 §14, so it can move the call\'s media towards the new party but cannot reach that party), and send PRACK only to acknowledge a provisional response whose Require header lists 100rel (RFC 3262 §4).',
          'If your own UA answers 501 to a method it does know but has disabled by policy, change it to 405 with an Allow header listing the methods it accepts (RFC 3261 §8.2.1). Do not answer 501 to OPTIONS, which every UA must support (RFC 3261 §11), nor, in a UA that supports INVITE, to CANCEL or BYE (RFC 3261 §13.1).',
        ],
      },
      ja: {
        title: '未実装',
        summary:
          'リクエストの処理に必要な機能をサーバがサポートしていない。RFC 3261 が挙げるのは、UAS がリクエストのメソッドを認識できず、どのユーザに対してもサポートできない場合である。',
        description: [
          'RFC 3261 §21.5.2 は、リクエストの処理に必要な機能をサーバが備えていない場合に 501 を使うとしており、これが適切な応答となる場合として、UAS がメソッドを認識できず、どのユーザについてもサポートできない場合を挙げている。クライアントが再試行してよいかどうかを RFC 3261 は定めていない。ただ、どのユーザについてもそのメソッドをサポートできないサーバなら、同じリクエストに違う答えが返ると期待する理由はない。',
          '紛らわしいのは [[405]] である。メソッドは知っているがここでは受け付けない UAS は 405 を返し、受け付けるメソッドを Allow ヘッダに列挙しなければならない（RFC 3261 §8.2.1、§21.4.6）。501 は、実装がまったく知らないメソッドに対する応答である。実務上この違いは大きく、405 には UAS がサポートするメソッドを列挙しなければならないが、501 にはその必要がない。ただし、501 に Allow ヘッダを付けることもできる（RFC 3261 §20.5）。Require のオプションタグを扱う [[420]] や、セッション記述を拒否する [[488]] とも別物である。',
          '準拠した UA では、サポートを義務付けられているメソッドについて、未知のメソッドという 501 の理由は生じない。すべての UA は OPTIONS をサポートしなければならず（RFC 3261 §11）、INVITE をサポートする UA は ACK、CANCEL、BYE もサポートしなければならない（RFC 3261 §13.1）。また、プロキシはメソッドにかかわらずリクエストを転送するため（RFC 3261 §21.5.2）、未知のメソッドに対する 501 は経路の終端にある UAS（ゲートウェイの場合もある）から返る。それ以外のメソッドには、そのメソッドを認識も実装もしていない UA から 501 が返りうる（認識していてもサポートしないメソッドには 405 を返さなければならない。RFC 3261 §8.2.1）。UPDATE、PRACK、REFER、MESSAGE、INFO、SUBSCRIBE、NOTIFY、PUBLISH などの拡張メソッドも例外ではない。',
        ],
        scenarios: [
          'PBX が在席転送のために REFER を送るが、相手は RFC 3261 の基本メソッドしか実装していない古いアナログ電話アダプタで、501 が返る。転送は失敗するが、通話そのものは続く。',
          'SBC がセッションタイマのリフレッシュとして UPDATE を送るが、キャリアのゲートウェイは RFC 3311 を実装しておらず 501 を返す。SBC は re-INVITE によるリフレッシュに切り替える必要がある。',
          'ソフトフォンがインスタントメッセージとして MESSAGE を送るが、宛先の卓上電話機のファームウェアはメッセージ機能を持たず、501 Not Implemented を返す。',
          'PSTN ゲートウェイが、自ら発信した呼について理由表示 79（その他のサービス又はオプションの未提供クラス）の ISUP 解放を受け、RFC 3398 の対応付けに従って SIP 側へ 501 を返す。',
        ],
        fixes: [
          'ダイアログ内で拡張メソッドを送る前に、相手が INVITE に返した 2xx（Allow ヘッダを含めるべきとされる。RFC 3261 §13.3.1.4）や OPTIONS への 200 の Allow ヘッダを確認する。Allow があれば、相手が理解するメソッドがすべて載っているので（RFC 3261 §20.5）、そこに載っているメソッドだけを送る。',
          '相手が実装している手段に切り替える。セッションリフレッシュやメディア変更には UPDATE の代わりに re-INVITE を使い、REFER の代わりに PBX 自身が転送を行う。re-INVITE はそのダイアログの中で送るものなので（RFC 3261 §14）、通話のメディアを新しい相手へ向けることはできても、新しい相手に届くわけではない。PRACK は、Require ヘッダに 100rel を含む暫定応答を確認するときにだけ送る（RFC 3262 §4）。',
          '自分の UA が、実装してはいるがポリシーで無効にしているメソッドに 501 を返しているなら、受け付けるメソッドを Allow ヘッダに載せた 405 に改める（RFC 3261 §8.2.1）。すべての UA がサポートしなければならない OPTIONS（RFC 3261 §11）にも、INVITE をサポートする UA であれば CANCEL や BYE（RFC 3261 §13.1）にも、501 を返さない。',
        ],
      },
    },
  },
  {
    code: 502,
    phrase: 'Bad Gateway',
    status: 'active',
    refs: ['RFC3261 §21.5.3'],
    seeAlso: ['RFC3261 §8.1.3.1', 'RFC3261 §20.35', 'RFC3261 §20.43', 'RFC3261 §21.5.4', 'RFC3261 §21.5.5', 'RFC6432 §3', 'RFC3329 §2.3.2'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'gateway'],
        refs: ['RFC3261 §21.5.3', 'RFC3398 §7.2.4.1'],
        byRole: {
          proxy: ['RFC3261 §21.5.3'],
          gateway: ['RFC3261 §21.5.3', 'RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.5.3'] },
      retry: { value: 'unspecified', refs: ['RFC3261 §21.5.3'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [503, 504, 500, 404],
    keywords: {
      en: ['invalid response', 'malformed response', 'downstream error', 'destination out of order', 'Q.850 cause 27', 'SBC'],
      ja: ['不正な応答', '下流の異常', '相手端末故障', '理由表示 27', 'SBC'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'g', role: 'gateway' },
        { id: 'x', role: 'pstn' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'g', label: 'INVITE' },
        { from: 'g', to: 'p', label: '100 Trying' },
        { from: 'g', to: 'x', label: 'IAM' },
        { from: 'x', to: 'g', label: 'REL (cause 27)' },
        { from: 'g', to: 'x', label: 'RLC' },
        { from: 'g', to: 'p', label: '502 Bad Gateway' },
        { from: 'p', to: 'g', label: 'ACK' },
        { from: 'p', to: 'a', label: '502 Bad Gateway' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The exchange behind a PSTN gateway releases the call with ISUP cause 27 (destination out of order); the gateway answers 502, and each hop acknowledges the final response.',
        ja: 'PSTN ゲートウェイの先の交換機が ISUP 理由表示 27（相手端末故障中）で呼を解放したため、ゲートウェイは 502 を返す。最終応答には各ホップが ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12025550123@gw1.example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK2d4790.1',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK74bf9;received=192.0.2.10',
        'Max-Forwards: 69',
        'From: Alice <sip:+12025550100@example.com;user=phone>;tag=9fxced76sl',
        'To: <sip:+12025550123@example.com;user=phone>',
        'Call-ID: 3848276298220188511@pc33.example.com',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 502 Bad Gateway',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK2d4790.1;received=198.51.100.4',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK74bf9;received=192.0.2.10',
        'From: Alice <sip:+12025550100@example.com;user=phone>;tag=9fxced76sl',
        'To: <sip:+12025550123@example.com;user=phone>;tag=gw-3c81a',
        'Call-ID: 3848276298220188511@pc33.example.com',
        'CSeq: 1 INVITE',
        'Reason: Q.850;cause=27;text="Destination out of order"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Reason'],
    },
    text: {
      en: {
        title: 'Bad Gateway',
        summary:
          'A proxy or gateway passed the request on and got back an invalid response from the next server, so the failure lies beyond the element that sent the 502; RFC 3329 also has a server answer 502 to a request with several Via entries that arrives on an interface configured for its security agreement.',
        description: [
          'RFC 3261 §21.5.3 gives 502 to an element acting as a gateway or proxy that received an invalid response from the downstream server it used to fulfil the request. The sender of such a 502 is therefore a messenger: it reached the next hop, or the network behind it, and what came back was unusable. That places the fault one step further than the element that generated the 502.',
          'The code sits between two neighbours. [[504]] means that an external server the server accessed in attempting to process the request gave no timely answer (RFC 3261 §21.5.5); 502 means an answer arrived but was wrong. [[503]] means the server that sent it is temporarily overloaded or in maintenance, and invites the client to try an alternate server (RFC 3261 §21.5.4); a proxy that receives a 503 SHOULD NOT forward it upstream unless it can tell that every request it might proxy would also get a 503, and if it is the only response, SHOULD answer 500 instead (RFC 3261 §16.7). RFC 3263 §4.3 does not count a 502 among the failures that send a client to the next server.',
          'Two sources of 502 have nothing to do with a malformed response. For a gateway translating ISUP, RFC 3398 §7.2.4.1 recommends 502 for Q.850 cause 27 "destination out of order", so a call whose destination the telephone network reports as out of order comes back as 502 from a gateway that follows it. And a server using the security agreement of RFC 3329 (see [[494]]) checks that a request received on the network interface configured for it has only one Via entry: with several, it is not the first hop, MUST NOT use the mechanism, and returns 502 (RFC 3329 §2.3.2). That 502 is the server\'s own answer to a request it did not pass on, not a report of a failure beyond it.',
        ],
        scenarios: [
          'A call from a SIP trunk to a fixed-line number reaches the carrier\'s media gateway; the local exchange releases with ISUP cause 27 because the subscriber\'s line is out of order, and the gateway answers the INVITE with 502.',
          'An SBC forwards an INVITE to a customer PBX, which replies with a malformed response (for example a 200 OK with a broken Contact or an SDP the SBC cannot parse); the SBC cannot relay it and answers the caller with 502.',
        ],
        fixes: [
          'Find the hop behind the sender of the 502: work out which element generated it (its Server header, the agent in a Warning header, or captures hop by hop) and capture on that element\'s far side. The reason phrase, a Warning header or a Reason header carrying a Q.850 cause, which RFC 6432 §3 allows in any response but 100, may say what went wrong downstream.',
          'If the 502 comes from a server that uses RFC 3329 security agreement, count the Via entries of the request it received: with more than one, the server is not the first hop and answers 502 (RFC 3329 §2.3.2), so the request reached it through another element: find out which element that was, or why the interface it arrived on is configured for the mechanism.',
          'If the Reason header or the gateway log shows Q.850 cause 27, the problem is the destination line or terminal on the PSTN side; retrying later or reporting the line fault is all the caller can do.',
          'If the 502 was generated on the device itself and nothing reached the wire, read the stack\'s own log for the cause; if it points at name resolution, check DNS: resolve the proxy or domain by hand (NAPTR, SRV, A/AAAA) from the device and correct the host name or the resolver settings.',
          'If your SBC or B2BUA emits 502 for malformed responses from a peer, log the offending message in full; the peer has to fix it, and relaying a clear reason phrase or Warning upstream saves the next engineer a capture.',
        ],
      },
      ja: {
        title: '不正なゲートウェイ応答',
        summary:
          'プロキシやゲートウェイがリクエストを先へ送ったところ、次のサーバから不正な応答が返ってきたため、障害は 502 を返した装置のさらに先にある。また RFC 3329 では、そのセキュリティ合意を使うよう設定されたインタフェースに Via が複数あるリクエストが届いた場合にも、サーバが 502 を返す。',
        description: [
          'RFC 3261 §21.5.3 は、ゲートウェイやプロキシとして動作している装置が、リクエストを処理するために使った下流のサーバから不正な応答を受け取った場合に 502 を使うとしている。つまりこの 502 の送信元は結果を伝えているだけであり、次ホップやその先のネットワークまでは到達したが、返ってきたものが使えなかったということである。障害箇所は、502 を生成した装置よりもう一段先にある。',
          '502 は前後の 2 つのコードと区別する必要がある。[[504]] は、リクエストを処理するためにアクセスした外部のサーバから期限内に応答がなかったことを表し（RFC 3261 §21.5.5）、502 は応答は届いたが内容が誤っていたことを表す。[[503]] はそれを返したサーバ自身が一時的な過負荷や保守中であることを表し、クライアントに別のサーバを試すよう促す（RFC 3261 §21.5.4）。503 を受けたプロキシは、自分が転送しうるどのリクエストも 503 になると判断できる場合を除き、それを上流へ転送すべきではなく（SHOULD NOT）、受けた応答が 503 だけなら代わりに 500 を返すべきである（SHOULD、RFC 3261 §16.7）。RFC 3263 §4.3 は、クライアントを次のサーバへ向かわせる失敗に 502 を含めていない。',
          '不正な応答とは関係のない 502 の出どころが二つある。RFC 3398 §7.2.4.1 は、ISUP を変換するゲートウェイに、Q.850 の理由表示（cause 値）27（相手端末故障中）を 502 に対応付けることを推奨している（RECOMMENDED）。そのため、これに従うゲートウェイでは、電話網が着信先を故障中と報告した呼は 502 として返る。また、RFC 3329 のセキュリティ合意（[[494]] を参照）を使うサーバは、この仕組みを使うよう設定されたネットワークインタフェースで受けたリクエストの Via が 1 つだけであることを確認する。複数あればファーストホップではないため、この仕組みを使ってはならず（MUST NOT）、502 を返す（RFC 3329 §2.3.2）。この 502 は、サーバが先へ送らなかったリクエストへのサーバ自身の応答であり、その先での失敗を伝えるものではない。',
        ],
        scenarios: [
          'SIP トランクから固定電話番号への呼がキャリアのメディアゲートウェイに届くが、加入者線が故障しているため、収容交換機が理由表示 27 で呼を解放する（ISUP の REL）。ゲートウェイは INVITE に 502 を返す。',
          'SBC が顧客 PBX へ INVITE を転送したところ、PBX が不正な応答（Contact が壊れた 200 OK や、SBC が解析できない SDP など）を返す。SBC はそれを中継できず、発信者に 502 を返す。',
        ],
        fixes: [
          '502 の送信元の先にあるホップを特定する。Server ヘッダ、Warning ヘッダのエージェント、ホップごとのキャプチャから 502 を生成した装置を割り出し、その向こう側でキャプチャを取る。リーズンフレーズ、Warning ヘッダ、Q.850 の理由表示を載せた Reason ヘッダ（RFC 6432 §3 により 100 以外のどの応答にも付けてよい）に、下流で何が起きたかが書かれていることがある。',
          'RFC 3329 のセキュリティ合意を使うサーバが 502 を返したなら、そのサーバが受けたリクエストの Via の数を数える。2 つ以上あれば、そのサーバはファーストホップではないため 502 を返したのであり（RFC 3329 §2.3.2）、リクエストは別の装置を経由して届いている。経由した装置を特定するか、リクエストが届いたインタフェースがなぜこの仕組みを使うよう設定されているかを確認する。',
          'Reason ヘッダやゲートウェイのログに Q.850 の理由表示 27 があれば、問題は PSTN 側の着信先回線や端末にある。発信者側にできるのは、時間をおいてかけ直すか回線故障を申告することだけである。',
          '502 が端末自身で生成され、ネットワークに何も送出されていなければ、原因をスタック自身のログで確かめる。名前解決が原因なら DNS を確認する。端末からプロキシやドメインを手動で名前解決（NAPTR、SRV、A/AAAA）し、ホスト名やリゾルバの設定を直す。',
          '自分の SBC や B2BUA が相手からの不正な応答に対して 502 を返しているなら、問題のメッセージを丸ごとログに残す。修正すべきは相手側であり、わかりやすいリーズンフレーズや Warning を上流へ返しておけば、次に調べる技術者がキャプチャを取る手間が省ける。',
        ],
      },
    },
  },
  {
    code: 503,
    phrase: 'Service Unavailable',
    status: 'active',
    refs: ['RFC3261 §21.5.4'],
    seeAlso: ['RFC3261 §8.1.3.1', 'RFC3261 §16.7', 'RFC3261 §16.9', 'RFC3261 §20.33', 'RFC3261 §21.5.1', 'RFC3263 §4.2', 'RFC3263 §4.3'],
    alsoSeen: [],
    facts: {
      scope: { value: 'not-relayed', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'uas', 'registrar', 'gateway'],
        refs: ['RFC3261 §21.5.4', 'RFC3261 §16.7', 'RFC5626 §4.2.1', 'RFC3398 §7.2.4.1'],
        byRole: {
          proxy: ['RFC3261 §16.7'],
          uas: ['RFC3261 §21.5.4'],
          registrar: ['RFC5626 §4.2.1'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.5.4'] },
      retry: {
        value: 'later',
        refs: ['RFC3261 §21.5.4', 'RFC3261 §21.5.1'],
        // RFC 3261 §21.5.4: Retry-After MAY say when to retry; without it, the client MUST act as on a 500, which §21.5.1
        // lets the client retry after several seconds (MAY).
        label: {
          en: 'Retry-After MAY say when to retry; without one, the client MUST act as on a 500: it MAY retry the request after several seconds',
          ja: 'Retry-After で再試行の時期を示してもよく（MAY）、それがなければクライアントは 500 を受けたものとして扱わなければならない（MUST）。その場合、リクエストは数秒後に再試行してよい（MAY）',
        },
        next: {
          en: 'the response MAY say in a Retry-After header when the client should retry the request; if none is given, the client MUST act as if it had received a 500, and after a 500 the client MAY retry the request after several seconds',
          ja: '応答は Retry-After ヘッダでクライアントが再試行すべき時期を示してもよく（MAY）、それがなければ、クライアントは 500 を受けたものとして扱わなければならず（MUST）、その場合、リクエストは数秒後に再試行してよい（MAY）',
        },
      },
      failover: { value: 'next-server', refs: ['RFC3263 §4.3', 'RFC3261 §21.5.4'] },
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
      ja: ['過負荷', '輻輳', '保守', '容量超過', '同時通話数超過', '回線不足', 'トランク障害', '呼量制限', 'CPS 超過', '迂回', '理由表示 34', '理由表示 41'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's1', role: 'sbc', tag: '1' },
        { id: 's2', role: 'sbc', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 's1', label: 'INVITE' },
        { from: 's1', to: 'a', label: '503 Service Unavailable + Retry-After' },
        { from: 'a', to: 's1', label: 'ACK' },
        { from: 'a', to: 's2', label: 'INVITE' },
        { from: 's2', to: 'a', label: '100 Trying' },
        { from: 's2', to: 'a', label: '200 OK' },
        { from: 'a', to: 's2', label: 'ACK' },
      ],
      caption: {
        en: 'A PBX\'s first trunk is at its call limit and answers 503 with Retry-After; the PBX acknowledges it, moves the call to the second trunk at once, and keeps away from the first for the stated time.',
        ja: 'PBX の 1 本目のトランクが同時通話数の上限に達し、Retry-After 付きの 503 を返す。PBX は ACK を返してすぐに 2 本目のトランクへ呼を回し、指定された時間は 1 本目への送信を控える。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12025550123@sbc1.example.net SIP/2.0',
        'Via: SIP/2.0/UDP pbx.example.com:5060;branch=z9hG4bKc8d31a7',
        'Max-Forwards: 70',
        'From: "Sales" <sip:+12025550100@example.com>;tag=4f21a9',
        'To: <sip:+12025550123@example.net>',
        'Call-ID: 77a3c2e1f04b@pbx.example.com',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12025550100@pbx.example.com:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 503 Service Unavailable',
        'Via: SIP/2.0/UDP pbx.example.com:5060;branch=z9hG4bKc8d31a7;received=192.0.2.50',
        'From: "Sales" <sip:+12025550100@example.com>;tag=4f21a9',
        'To: <sip:+12025550123@example.net>;tag=sbc1-7731',
        'Call-ID: 77a3c2e1f04b@pbx.example.com',
        'CSeq: 1 INVITE',
        'Retry-After: 120',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Retry-After'],
    },
    text: {
      en: {
        title: 'Service Unavailable',
        summary:
          'The server is temporarily unable to handle the request because it is overloaded or under maintenance; the client should send the request to another server and may come back after the Retry-After interval.',
        description: [
          'A 503 describes the state of the server, not the fate of this one request. RFC 3261 §21.5.4 lets the server say how long the condition will last in Retry-After, and says the client, proxy or UAC, SHOULD try an alternate server and SHOULD NOT send other requests to this one for that period. Without Retry-After the client must act as for a [[500]]. RFC 3263 §4.3 makes this a failover rule: after a 503, as after a transport failure or a timeout with no response at all, the client SHOULD send the request again, as a new transaction, to the next server in the list it got from the DNS SRV records of the target, and RFC 3263 §4.2 says it SHOULD try the next address in the same way when the addresses come from A or AAAA records.',
          'Because it means "this server cannot serve anyone right now", a stateful proxy should not simply forward a 503 it received from a downstream server: unless it knows it cannot serve any request itself, it should try an alternate server (RFC 3261 §21.5.4) or, if 503 was the only response, send [[500]] upstream instead (RFC 3261 §16.7). Under this rule, a 503 forwarded by a proxy speaks for the proxy itself. A back-to-back user agent is not bound by it, because it answers the caller as a UAS on its own leg, and some widely used ones carry a 503 through: FreeSWITCH maps a 503 received on its outgoing leg to Q.850 cause 41 and cause 41 back to 503, and Asterisk does the same through cause 34, so a caller behind such a B2BUA can receive a 503 that speaks for a server further on. Clients also meet 503s that never crossed the wire: a UAC must treat a fatal transport error, such as an ICMP error or a refused TCP connection, as a 503 (RFC 3261 §8.1.3.1), and a proxy does the same when its transport layer reports an error on forwarding a request (RFC 3261 §16.9).',
          'This is what separates it from the codes that answer on behalf of the callee. [[486]] and [[480]] report on the callee, not on the server, and neither is among the failures after which RFC 3263 §4.3 says a client SHOULD try the next server; trying another trunk after them is a routing policy of your own. 503 says nothing about the user. And when a registrar is short of capacity, 503 with Retry-After is the honest answer: [[403]] says that authorization will not help and that the request should not be repeated (RFC 3261 §21.4.4), although the registrar will accept it once it has capacity again.',
        ],
        scenarios: [
          'A SIP trunk provider\'s SBC reaches the customer\'s licensed number of concurrent calls or calls per second and answers further INVITEs with 503; a PBX with a second trunk in the route should move the call to it at once.',
          'A load-balancing proxy whose configuration answers 503 when every gateway in its destination set is marked down does so for an INVITE; the phone or upstream proxy SHOULD then try the next server listed in the SRV records (RFC 3263 §4.3).',
          'A softphone logs "503 Service Unavailable" for a REGISTER although the capture shows no SIP response from the registrar: the TCP or TLS connection to the registrar was refused, and the stack reported the transport failure as a 503 (RFC 3261 §8.1.3.1). Read the stack\'s own log for the cause.',
          'A PSTN gateway receives an ISUP release with cause 34 "no circuit/channel available" or 42 "switching equipment congestion" and answers the INVITE with 503, the code RFC 3398 §7.2.4.1 recommends for both. A gateway whose own circuits towards the exchange are all in use has no ISUP cause to map; it answers 503 because it is temporarily unable to process the request (RFC 3261 §21.5.4), not because RFC 3398 says so.',
        ],
        fixes: [
          'Honour Retry-After: stop sending to that server for the stated number of seconds and route to an alternate server or trunk in the meantime (RFC 3261 §21.5.4). Sending to the same server again at once adds load to a server that has just said it is overloaded or in maintenance.',
          'Provide somewhere to fail over to: publish several SRV records for the domain, or configure a secondary proxy or trunk on the PBX, so that a 503 from one server moves traffic instead of failing the call (RFC 3263 §4.3).',
          'If the 503 is local (no response on the wire), debug the transport: DNS NAPTR/SRV/A records, the TCP or TLS port, certificates, firewalls. The remote server may be perfectly healthy.',
          'If your proxy receives 503 from a downstream node, fail over or convert it to 500 before answering upstream (RFC 3261 §16.7); forwarding it tells upstream clients to try another server and, if it carries Retry-After, to send your proxy no other requests for that period (RFC 3261 §21.5.4). For a callee that is busy or unreachable, use 486 or 480 rather than 503.',
        ],
      },
      ja: {
        title: 'サービス利用不可',
        summary:
          'サーバが過負荷または保守中のため、一時的にリクエストを処理できない。クライアントはリクエストを別のサーバへ送るべきであり、Retry-After の時間が過ぎれば戻ってよい。',
        description: [
          '503 が表すのは、このリクエストの結果ではなくサーバの状態である。RFC 3261 §21.5.4 では、サーバは状態が続く時間を Retry-After で示してよく、クライアント（プロキシまたは UAC）は別のサーバを試すべきであり（SHOULD）、その間はこのサーバに他のリクエストを送るべきではない（SHOULD NOT）とされている。Retry-After がなければ、クライアントは [[500]] と同様に扱わなければならない。これをフェイルオーバーの規則として定めたのが RFC 3263 §4.3 であり、トランスポート障害や、応答が一つもないままのタイムアウトと同様、503 を受けたクライアントは、宛先の DNS SRV レコードから得たリストの次のサーバへ、新しいトランザクションとしてリクエストを送り直すべきである（SHOULD）。アドレスを A や AAAA レコードから得た場合も、同じように次のアドレスを試すべきである（SHOULD、RFC 3263 §4.2）。',
          '503 は「このサーバは今は誰の要求にも応えられない」という意味なので、ステートフルプロキシは下流から受けた 503 をそのまま転送すべきではない。自分自身がどのリクエストも処理できない場合を除き、別のサーバを試すか（RFC 3261 §21.5.4）、応答が 503 だけだったなら代わりに [[500]] を上流へ返すべきである（SHOULD、RFC 3261 §16.7）。この規則のもとでは、プロキシが転送する 503 はそのプロキシ自身の状態を表す。ただし B2BUA は自分の区間では UAS として発信者に応答するので、この規則に縛られず、広く使われているものにも 503 を発信者まで伝えるものがある。FreeSWITCH は、自分が呼を送り出した側の区間で受けた 503 を Q.850 の理由表示 41 に対応付け、理由表示 41 を 503 に戻す。Asterisk も理由表示 34 を介して同じことをする。そのため、こうした B2BUA の先にいる発信者は、さらに先のサーバの状態を表す 503 を受け取ることがある。ネットワークを通っていない 503 もある。ICMP エラーや TCP 接続の拒否といった致命的なトランスポートエラーを、UAC は 503 として扱わなければならず（RFC 3261 §8.1.3.1）、プロキシも、リクエストの転送でトランスポート層からエラーを通知されたときは同様に扱う（RFC 3261 §16.9）。',
          'この点が、着信者に代わって答えるコードとの違いである。[[486]] や [[480]] が示すのはサーバではなく着信者の状態であり、どちらも、クライアントが次のサーバを試すべきである（SHOULD）と RFC 3263 §4.3 が定める失敗には含まれない。これらを受けて別のトランクを試すかどうかは、各自のルーティングポリシーである。503 はユーザについては何も示さない。また、レジストラの容量が足りないときに返すべきなのは Retry-After 付きの 503 である。[[403]] は、認証しても結果は変わらず、リクエストを繰り返すべきではないことを示す（RFC 3261 §21.4.4）。しかしレジストラは、容量が戻ればその REGISTER を受け付ける。',
        ],
        scenarios: [
          'SIP トランク事業者の SBC が、契約上の同時通話数や秒間呼数の上限に達し、以降の INVITE に 503 を返す。経路に 2 本目のトランクを持つ PBX は、直ちにそちらへ呼を移すべきである。',
          '宛先セットのゲートウェイがすべてダウンと判定されたときに 503 を返すよう設定された負荷分散用のプロキシが、INVITE に 503 を返す。電話機や上流のプロキシは、SRV レコードに載っている次のサーバを試すべきである（SHOULD、RFC 3263 §4.3）。',
          'ソフトフォンが REGISTER について「503 Service Unavailable」をログに記録するが、キャプチャにはレジストラからの SIP の応答が何もない。レジストラへの TCP/TLS 接続が拒否され、スタックがそのトランスポート障害を 503 として報告したのである（RFC 3261 §8.1.3.1）。原因はスタック自身のログで確かめる。',
          'PSTN ゲートウェイが、理由表示 34（利用可回線／チャネルなし）や 42（交換機輻輳）の ISUP 解放（REL）を受け、INVITE に 503 を返す。RFC 3398 §7.2.4.1 がどちらにも推奨するコードである。交換機向けの自分の回線をすべて使っているゲートウェイには、対応付ける ISUP の理由表示がない。この場合に 503 を返すのは、一時的にリクエストを処理できないからであり（RFC 3261 §21.5.4）、RFC 3398 の定めによるものではない。',
        ],
        fixes: [
          'Retry-After に従う。示された秒数の間はそのサーバへの送信をやめ、その間は別のサーバやトランクへルーティングする（RFC 3261 §21.5.4）。同じサーバへすぐに再試行すれば、過負荷や保守中だと伝えてきたばかりのサーバにさらに負荷をかけることになる。',
          'フェイルオーバー先を用意する。ドメインに複数の SRV レコードを登録するか、PBX に予備のプロキシやトランクを設定しておけば、あるサーバからの 503 で呼が失敗せず、トラフィックが移る（RFC 3263 §4.3）。',
          '503 がローカルで生成されたもの（ネットワーク上に応答がない）なら、トランスポートを調べる。DNS の NAPTR/SRV/A レコード、TCP や TLS のポート、証明書、ファイアウォールを確認する。相手のサーバはまったく正常かもしれない。',
          '自分のプロキシが下流のノードから 503 を受けたら、フェイルオーバーするか 500 に変えてから上流へ返す（RFC 3261 §16.7）。そのまま転送すると、上流のクライアントに別のサーバを試させ、Retry-After があればその間は自分のプロキシに他のリクエストを送らせないことになる（RFC 3261 §21.5.4）。着信者が話中や到達不能なときは、503 ではなく 486 や 480 を使う。',
        ],
      },
    },
  },
  {
    code: 504,
    phrase: 'Server Time-out',
    status: 'active',
    refs: ['RFC3261 §21.5.5'],
    seeAlso: ['RFC3261 §8.1.3.1', 'RFC3261 §14.2', 'RFC3261 §16.6', 'RFC3261 §16.7', 'RFC3261 §17.1.1.2', 'RFC3261 §17.1.2.2', 'RFC3261 §21.4.9', 'RFC3261 §21.5.3', 'RFC4320 §4.2', 'RFC3398 §8.2.6.1', 'RFC3311 §5.2', 'RFC3903 §6'],
    alsoSeen: [
      {
        phrase: 'Gateway Time-out',
        source: {
          en: 'the HTTP/1.1 phrase for 504, which sofia-sip (and so FreeSWITCH) prints (sip_status.c)',
          ja: 'HTTP/1.1 における 504 の名称。sofia-sip（したがって FreeSWITCH）がこの表記を出す（sip_status.c）',
        },
      },
      {
        phrase: 'Server Timeout',
        source: {
          en: 'the spelling of RFC 3398 §7.2.2, which says that a gateway whose ISUP timer T7 expires SHOULD send 504 to the SIP side',
          ja: 'RFC 3398 §7.2.2 の表記。同節は、ISUP のタイマ T7 が満了したゲートウェイは SIP 側へ 504 を返すべきである（SHOULD）としている',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'gateway', 'uas'],
        refs: ['RFC3050 §5.6', 'RFC3050 §3', 'RFC3398 §7.2.4.1', 'RFC3903 §6', 'RFC3311 §5.2'],
        byRole: {
          // RFC 3050 §5.6: a SIP CGI server whose script exceeds a time limit SHOULD abort the transaction with 504 or 500;
          // §3: SIP CGI runs primarily on proxy, redirect and registrar servers. No section of RFC 3261 names a proxy's 504.
          proxy: ['RFC3050 §5.6', 'RFC3050 §3'],
          gateway: ['RFC3398 §7.2.4.1'],
          // RFC 3903 §6: the ESC, a UAS, fails a PUBLISH it could not process with an error such as 504;
          // RFC 3311 §5.2: a UAS that cannot apply an UPDATE without prompting the user SHOULD reject it with 504.
          uas: ['RFC3903 §6', 'RFC3311 §5.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.5.5'] },
      retry: { value: 'unspecified', refs: ['RFC3261 §21.5.5'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [408, 503, 502, 480],
    keywords: {
      en: ['timeout', 'upstream timeout', 'gateway timeout', 'ENUM timeout', 'DNS timeout', 'HSS', 'database timeout', 'Q.850 cause 102'],
      ja: ['タイムアウト', 'サーバタイムアウト', '外部サーバ無応答', 'ENUM', 'DNS タイムアウト', 'データベース応答なし', '理由表示 102'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p1', role: 'proxy', tag: '1' },
        { id: 'p2', role: 'proxy', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'p1', label: 'INVITE' },
        { from: 'p1', to: 'a', label: '100 Trying' },
        { from: 'p1', to: 'p2', label: 'INVITE' },
        { from: 'p2', to: 'p1', label: '100 Trying' },
        { from: 'p2', to: 'p1', label: '504 Server Time-out + Warning' },
        { from: 'p1', to: 'p2', label: 'ACK' },
        { from: 'p1', to: 'a', label: '504 Server Time-out + Warning' },
        { from: 'a', to: 'p1', label: 'ACK' },
      ],
      caption: {
        en: 'The routing proxy waits for an ENUM lookup that never returns, gives up with 504, and the edge proxy relays it to the caller; each hop acknowledges the final response.',
        ja: 'ルーティングプロキシが ENUM 問い合わせの応答を待ったまま時間切れとなって 504 を返し、エッジのプロキシがそれを発信者へ中継する。最終応答には各ホップが ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12025550147@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP edge.example.net:5060;branch=z9hG4bK3e91c.0',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bKnashds8;received=192.0.2.10',
        'Max-Forwards: 69',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:+12025550147@example.net;user=phone>',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 504 Server Time-out',
        'Via: SIP/2.0/UDP edge.example.net:5060;branch=z9hG4bK3e91c.0;received=198.51.100.2',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bKnashds8;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:+12025550147@example.net;user=phone>;tag=rt-5c01',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 314159 INVITE',
        'Warning: 399 route.example.net "ENUM lookup timed out"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Warning'],
    },
    text: {
      en: {
        title: 'Server Time-out',
        summary:
          'A server could not finish the request because another server it had to consult, such as a database or a DNS or ENUM resolver, did not answer in time. A proxy whose SIP targets give no final response to an INVITE sends 408 instead; to other requests it MUST NOT send 408.',
        description: [
          'RFC 3261 §21.5.5 defines 504 in terms of a second server: the one that answers was itself waiting on an external server it contacted while processing the request, and that server did not respond in time. The external server need not speak SIP. A routing database, a number-portability or ENUM lookup, a subscriber database in IMS or a policy server can all leave a SIP element with nothing to do but give up and say so. RFC 3903 §6 gives one such case for a UAS, the event state compositor that processes PUBLISH: if an internal error, such as the inability to access a back-end database, occurs before processing is complete, the publication MUST NOT succeed and the compositor MUST fail the request with an appropriate error response, 504 being the example the section gives. RFC 3311 gives 504 a use with no external server at all: an UPDATE, unlike a re-INVITE, MUST be answered promptly, so a UAS that cannot change the session parameters without prompting its user SHOULD reject the UPDATE with 504 (RFC 3311 §5.2).',
          'The border with [[408]] is drawn by who was slow. RFC 3261 §21.5.5 points to 408 when the time limit that ran out was the one the requester set in the Expires header; for an INVITE, 408 is also what a proxy MUST send when none of the targets it forwarded to produced a final response (RFC 3261 §16.7), while to a non-INVITE request a transaction-stateful element MUST NOT send 408 and, if it cannot respond before the transaction expires, sends no final response at all (RFC 4320 §4.2); 408 is also what a client stack reports when its own transaction timer fires (RFC 3261 §8.1.3.1). Apart from the UPDATE case, a 504 says the answering server itself was alive and working but stuck behind a dependency. Unlike [[502]], no answer came back in time; unlike [[503]], the server is not declaring itself unavailable, and RFC 3263 does not make 504 a failover trigger.',
          'Gateways carry the same meaning into the telephone network: RFC 3398 §8.2.6.1 recommends Q.850 cause 102 "recovery on timer expiry" for a SIP 504 that carries no encapsulated ISUP, so a gateway that follows it releases the PSTN side of the call with that cause, while for a 504 that carries an encapsulated REL it SHOULD copy that message\'s cause; in the other direction it recommends 504 for cause 102 (RFC 3398 §7.2.4.1). The reason phrase varies: IANA registers "Server Time-out", sofia-sip (and so FreeSWITCH) prints HTTP\'s "Gateway Time-out", and RFC 3398 itself writes "Server Timeout" (RFC 3398 §7.2.2) and "Gateway timeout" (RFC 3398 §7.2.4.1), so searching logs by the number is safer than by the text.',
        ],
        scenarios: [
          'A carrier\'s routing proxy queries an ENUM or number-portability database for every call; the database cluster stops responding, and calls start failing with 504 after the proxy\'s query timeout.',
          'A proxy that checks every REGISTER against a RADIUS or Diameter AAA server loses contact with that server; instead of accepting or challenging the registrations, it rejects them with 504 once its query times out.',
          'A cloud telephony platform that fetches call-handling instructions from the customer\'s web application for each incoming call gets no answer from that web server within its limit; a platform that reports this condition as 504 ends the INVITE with it.',
        ],
        fixes: [
          'If the 504 answers an UPDATE, look at the session change it carried before looking for a slow server: a UAS that cannot change the session parameters without prompting its user SHOULD reject the UPDATE with 504, because an UPDATE must be answered promptly (RFC 3311 §5.2). The UAS of a re-INVITE may ask its user for confirmation before adjusting the session (RFC 3261 §14.2), so send such a change in a re-INVITE.',
          'Otherwise, identify which server was slow: the element that sent the 504 is healthy enough to answer, so check its logs for the dependency it timed out on (database, DNS, ENUM, Diameter peer, HTTP service) and the timeout it applied.',
          'Fix or scale the dependency, or shorten the path to it. Raising the SIP element\'s query timeout only helps if the answer still reaches the client before its transaction gives up. A non-INVITE client, such as a registering phone, keeps Timer F (32 seconds by default) running after a provisional response (RFC 3261 §17.1.2.2). An INVITE client relies on Timer B only until a provisional response such as 100 Trying arrives (RFC 3261 §17.1.1.2); after that, the limit is the Timer C of each proxy on the path, more than 3 minutes (RFC 3261 §16.6), and the caller\'s patience.',
          'If your own proxy answers 504 when downstream SIP targets simply never responded, change it, for an INVITE, to 408, which RFC 3261 §16.7 requires of a proxy whose branches ended without any final response. To a non-INVITE request it MUST NOT send 408 (RFC 4320 §4.2): if it cannot respond before the transaction expires, it sends no final response at all.',
        ],
      },
      ja: {
        title: 'サーバタイムアウト',
        summary:
          'リクエストの処理中に問い合わせる必要があった別のサーバ（データベース、DNS や ENUM のリゾルバなど）が期限内に応答しなかったため、サーバが処理を完了できなかった。INVITE の転送先の SIP 宛先から最終応答が得られなかったプロキシは、504 ではなく 408 を返す。INVITE 以外のリクエストに 408 を返してはならない（MUST NOT）。',
        description: [
          'RFC 3261 §21.5.5 は 504 を「もう 1 台のサーバ」を使って定義している。応答したサーバ自身が、リクエストの処理中に問い合わせた外部サーバの応答を待っており、その外部サーバが期限内に応えなかったということである。外部サーバが SIP を話す必要はない。ルーティング用データベース、番号ポータビリティや ENUM の検索、IMS の加入者データベース、ポリシーサーバのいずれでも、SIP 装置は処理を打ち切ってその旨を返すしかなくなる。RFC 3903 §6 は、PUBLISH を処理する UAS であるイベント状態コンポジタについて、その一例を示している。バックエンドのデータベースにアクセスできないといった内部エラーが処理の完了前に起きた場合、その公開を成功させてはならず（MUST NOT）、コンポジタは適切なエラー応答でリクエストを失敗させなければならない（MUST）。同節がその例に挙げるのが 504 である。RFC 3311 は、外部サーバがまったく関わらない 504 の使い方も定めている。UPDATE には re-INVITE と違って速やかに応答しなければならない（MUST）ため、ユーザに確認しなければセッションのパラメータを変更できない UAS は、その UPDATE を 504 で拒否すべきである（SHOULD、RFC 3311 §5.2）。',
          '[[408]] との境界は、誰が遅かったかで決まる。RFC 3261 §21.5.5 は、切れた期限が要求元の Expires ヘッダで指定したものである場合には 408 を使うとしている。また、INVITE を転送した宛先がどれも最終応答を返さなかったときにプロキシが返さなければならないのも 408 である（RFC 3261 §16.7）。トランザクションステートフルな装置は、INVITE 以外のリクエストに 408 を返してはならない（MUST NOT）。トランザクションが満了する前に応答できなければ、最終応答を一切返さない（RFC 4320 §4.2）。クライアントのスタックも自分のトランザクションタイマが切れると 408 として報告する（RFC 3261 §8.1.3.1）。UPDATE の場合を除けば、504 は、応答したサーバ自体は正常に動作しているが、依存先の応答待ちで処理が止まったことを示す。[[502]] と違って応答は期限内に返っておらず、[[503]] と違ってサーバが自らを利用不可と宣言しているわけでもない。RFC 3263 も 504 をフェイルオーバーの契機とはしていない。',
          'ゲートウェイはこの意味を電話網へも持ち込む。RFC 3398 §8.2.6.1 は、カプセル化された ISUP を含まない SIP の 504 に Q.850 の理由表示 102（タイマ満了による回復）を推奨しているので、これに従うゲートウェイはその呼の PSTN 側をこの理由表示で解放する。504 がカプセル化された REL を含む場合は、その REL の理由表示を引き継ぐべきである（SHOULD）。逆方向では、理由表示 102 に 504 を推奨している（RFC 3398 §7.2.4.1）。リーズンフレーズは一定しない。IANA の登録は「Server Time-out」だが、sofia-sip（したがって FreeSWITCH）は HTTP 由来の「Gateway Time-out」を出し、RFC 3398 自身も「Server Timeout」（RFC 3398 §7.2.2）や `Gateway timeout`（RFC 3398 §7.2.4.1）と書いている。ログは文言ではなく番号で検索するほうが確実である。',
        ],
        scenarios: [
          'キャリアのルーティングプロキシが、呼ごとに ENUM や番号ポータビリティのデータベースを検索している。データベースクラスタが応答しなくなり、プロキシの問い合わせタイムアウトを過ぎた呼から 504 で失敗し始める。',
          'すべての REGISTER を RADIUS や Diameter の AAA サーバに照会しているプロキシが、そのサーバと通信できなくなる。プロキシは登録を受け付けることもチャレンジすることもせず、照会がタイムアウトした時点で 504 で拒否する。',
          '着信のたびに顧客の Web アプリケーションへ呼処理の指示を問い合わせるクラウド電話プラットフォームが、制限時間内にその Web サーバから応答を得られない。この状況を 504 で報告するプラットフォームでは、INVITE が 504 で終わる。',
        ],
        fixes: [
          'UPDATE への 504 なら、遅いサーバを探す前に、その UPDATE が求めたセッションの変更を確認する。ユーザに確認しなければセッションのパラメータを変更できない UAS は、UPDATE には速やかに応答しなければならないため、その UPDATE を 504 で拒否すべきである（SHOULD、RFC 3311 §5.2）。re-INVITE の UAS は、ユーザに確認したうえでセッションを調整することができる（RFC 3261 §14.2）ので、そうした変更は re-INVITE で送る。',
          'それ以外の場合は、どのサーバが遅かったのかを特定する。504 を返した装置は応答できる程度には正常なので、そのログで、タイムアウトした依存先（データベース、DNS、ENUM、Diameter ピア、HTTP サービス）と適用されたタイムアウト値を確認する。',
          '依存先を修理・増強するか、そこまでの経路を短くする。SIP 装置側の問い合わせタイムアウトを延ばしても、クライアントのトランザクションがタイムアウトする前に応答が届かなければ役に立たない。登録する電話機のような非 INVITE のクライアントでは、暫定応答を受けた後もタイマ F（既定で 32 秒）が動き続ける（RFC 3261 §17.1.2.2）。INVITE のクライアントがタイマ B に頼るのは 100 Trying などの暫定応答が届くまでであり（RFC 3261 §17.1.1.2）、その後の上限は、経路上の各プロキシのタイマ C（3 分より長い、RFC 3261 §16.6）と発信者が待てる時間である。',
          '下流の SIP 宛先が単に応答しなかっただけなのに自分のプロキシが 504 を返しているなら、INVITE については 408 に改める。ブランチがどれも最終応答なしで終わったプロキシに、RFC 3261 §16.7 は 408 を送るよう求めている。INVITE 以外のリクエストには 408 を返してはならない（MUST NOT、RFC 4320 §4.2）。トランザクションが満了する前に応答できなければ、最終応答を一切返さない。',
        ],
      },
    },
  },
  {
    code: 505,
    phrase: 'Version Not Supported',
    status: 'active',
    refs: ['RFC3261 §21.5.6'],
    seeAlso: ['RFC3261 §7.1', 'RFC3261 §25.1', 'RFC4475 §3.1.2.16', 'RFC3398 §8.2.6.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'registrar'],
        refs: ['RFC3261 §21.5.6', 'RFC3261 §6', 'RFC4475 §3.1.2.16'],
        byRole: {
          // §21.5.6 names "the server"; §6 counts proxies, user agent servers and registrars among servers.
          // RFC 4475 §3.1.2.16 has "the element" answer "badvers" with 505. RFC 3261 §16.1 and RFC 3261 §10.3 never mention 505.
          uas: ['RFC3261 §21.5.6', 'RFC3261 §6', 'RFC4475 §3.1.2.16'],
          proxy: ['RFC3261 §21.5.6', 'RFC3261 §6', 'RFC4475 §3.1.2.16'],
          registrar: ['RFC3261 §21.5.6', 'RFC3261 §6'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.5.6'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.5.6', 'RFC3398 §8.2.6.1'],
        // RFC 3261 §21.5.6 says nothing about sending the request again; the change rests on the (+) note of RFC 3398 §8.2.6.1, for a gateway.
        ...RETRY_ISUP_GATEWAY_REMEDY,
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [400, 501, 513],
    keywords: {
      en: ['SIP version', 'SIP/2.0', 'protocol version', 'request line', 'malformed start line', 'torture test', 'badvers'],
      ja: ['SIP バージョン', 'SIP/2.0', 'プロトコルバージョン', 'リクエストライン', '開始行', 'トーチャーテスト', 'badvers'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'OPTIONS sip:t.watson@example.org SIP/7.0' },
        { from: 's', to: 'a', label: '505 Version Not Supported' },
        { from: 'a', to: 's', label: 'OPTIONS sip:t.watson@example.org SIP/2.0' },
        { from: 's', to: 'a', label: '200 OK' },
      ],
      caption: {
        en: 'A test client sends the RFC 4475 "badvers" OPTIONS, whose request line ends in SIP/7.0; the SBC refuses it with 505 and answers the same request written with SIP/2.0.',
        ja: '試験クライアントが、リクエストラインの末尾が SIP/7.0 となっている RFC 4475 の「badvers」OPTIONS を送ると、SBC は 505 で拒否する。SIP/2.0 と書いた同じリクエストには正常に応答する。',
      },
    },
    example: {
      request: [
        'OPTIONS sip:t.watson@example.org SIP/7.0',
        'Via: SIP/7.0/UDP 192.0.2.10:5060;branch=z9hG4bKkdjuw',
        'Max-Forwards: 70',
        'From: A. Bell <sip:a.g.bell@example.com>;tag=qweoiqpe',
        'To: T. Watson <sip:t.watson@example.org>',
        'Call-ID: 31417@192.0.2.10',
        'CSeq: 1 OPTIONS',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 505 Version Not Supported',
        'Via: SIP/7.0/UDP 192.0.2.10:5060;branch=z9hG4bKkdjuw',
        'From: A. Bell <sip:a.g.bell@example.com>;tag=qweoiqpe',
        'To: T. Watson <sip:t.watson@example.org>;tag=8fe2a1',
        'Call-ID: 31417@192.0.2.10',
        'CSeq: 1 OPTIONS',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Via'],
    },
    text: {
      en: {
        title: 'Version Not Supported',
        summary:
          'The server will not process the request because its start line names a SIP protocol version other than the one it speaks, in practice anything but SIP/2.0.',
        description: [
          'Every SIP request line ends with a protocol version, and RFC 3261 §7.1 requires senders to write exactly "SIP/2.0". RFC 3261 §21.5.6 gives a server that does not support, or refuses to support, the version in a request the 505 response: it declines to complete the request with that major version and says so with this error alone. Since SIP/2.0 is the only version the RFCs define (RFC 2543 already used it), a 505 does not mean that a newer SIP exists: it points to a garbled version token, a parser that compares it wrongly, a deliberate test, or something that was not a SIP message.',
          'The comparison has a subtlety: the version string is case-insensitive on receipt, and only senders must write it in upper case (RFC 3261 §7.1). A server that answers 505 to "sip/2.0" is itself at fault. The SIP torture tests include the opposite case, a request with "SIP/7.0", and say that the element should respond to it with 505 (RFC 4475 §3.1.2.16).',
          'Compared with its neighbours, 505 is narrow. [[400]] covers malformed requests in general, including a request line that cannot be parsed at all; [[501]] says the method is unknown; [[513]] says the message is too large. A 505 pins the fault to the version field of the start line, so it points at whatever built the request, or at traffic that was never SIP, not at a condition of the network. A gateway to the telephone network that receives a 505 SHOULD, if at all possible, remedy the request and try the session again, and fail the ISUP side of the call only if that proves impossible (RFC 3398 §8.2.6.1).',
        ],
        scenarios: [
          'A conformance suite replays the RFC 4475 "badvers" message, an OPTIONS whose request line ends in "SIP/7.0", against a new SBC; an SBC that follows RFC 4475 §3.1.2.16 answers 505 Version Not Supported.',
          'A SIPp scenario or a hand-built test request contains a typo in the request line, such as "SIP/2.O" with the letter O or a stray character after the version, and the server under test replies 505.',
          'A proxy with a case-sensitive parser receives a request that a small embedded device sent with "sip/2.0" in lower case and answers 505, although RFC 3261 §7.1 makes the version string case-insensitive, so "sip/2.0" is SIP/2.0.',
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
          '開始行に記されたプロトコルバージョンが、サーバが扱う SIP のバージョン（実際には SIP/2.0）と異なるため、サーバがリクエストを処理しないことを示す。',
        description: [
          'SIP のリクエストラインは必ずプロトコルバージョンで終わり、RFC 3261 §7.1 は送信側に「SIP/2.0」と正確に書くことを求めている。RFC 3261 §21.5.6 によれば、リクエストのバージョンをサポートしない、またはサポートを拒むサーバは 505 を返す。そのメジャーバージョンではこのエラー以外の形でリクエストを完了しない、という意思表示である。RFC が定義するバージョンは SIP/2.0 だけなので（RFC 2543 もすでに 2.0 だった）、505 は新しい SIP が存在することを意味しない。考えられるのは、バージョン表記が壊れている、パーサの比較が誤っている、意図的な試験である、届いたものが SIP のメッセージではない、といった場合である。',
          'この比較には注意点がある。バージョン文字列は受信時には大文字小文字を区別せず、大文字で書かなければならないのは送信側だけである（RFC 3261 §7.1）。「sip/2.0」に 505 を返すサーバは、それ自体が誤っている。SIP のトーチャーテストには逆のケース、つまり「SIP/7.0」を含むリクエストがあり、受信した装置はそれに 505 で応答すべきだとされている（RFC 4475 §3.1.2.16）。',
          '周辺のコードと比べると、505 の意味は狭い。[[400]] は解析できないリクエストラインを含む形式誤り全般を、[[501]] はメソッドが未知であることを、[[513]] はメッセージが大きすぎることを表す。505 は障害を開始行のバージョン欄に特定するものであり、ネットワークの状態ではなく、リクエストを組み立てた側か、そもそも SIP ではないトラフィックを指している。505 を受けた電話網とのゲートウェイは、可能な限りリクエストの問題を正してセッションを再び試み、それができない場合に限って ISUP 側の呼を失敗させるべきである（SHOULD、RFC 3398 §8.2.6.1）。',
        ],
        scenarios: [
          '適合性試験スイートが、リクエストラインが「SIP/7.0」で終わる OPTIONS である RFC 4475 の「badvers」メッセージを新しい SBC に送る。RFC 4475 §3.1.2.16 に従う SBC は 505 Version Not Supported を返す。',
          'SIPp のシナリオや手作りの試験リクエストのリクエストラインに、数字の 0 の代わりに英字の O を書いた「SIP/2.O」や、バージョンの後ろの余計な文字といった誤記があり、試験対象のサーバが 505 を返す。',
          '小型の組込み機器が小文字の「sip/2.0」で送ったリクエストを、大文字小文字を区別するパーサを持つプロキシが受け、505 を返す。RFC 3261 §7.1 ではバージョン文字列は大文字小文字を区別しないので、「sip/2.0」は SIP/2.0 と同じである。',
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
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §18', 'RFC3261 §18.1.1', 'RFC3261 §21.4.11', 'RFC3261 §21.4.12', 'RFC3428 §8', 'RFC3398 §8.2.6.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'uas', 'registrar'],
        refs: ['RFC3261 §21.5.7', 'RFC3261 §6'],
        byRole: {
          // §21.5.7 names "the server"; §6 counts proxies, user agent servers and registrars among servers.
          // §16.1 and §10.3 never mention 513.
          proxy: ['RFC3261 §21.5.7', 'RFC3261 §6'],
          uas: ['RFC3261 §21.5.7', 'RFC3261 §6'],
          registrar: ['RFC3261 §21.5.7', 'RFC3261 §6'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.5.7'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.5.7', 'RFC3398 §8.2.6.1'],
        // RFC 3261 §21.5.7 says nothing about sending the request again; the change rests on the (+) note of RFC 3398 §8.2.6.1, for a gateway.
        ...RETRY_ISUP_GATEWAY_REMEDY,
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [413, 414, 400, 505],
    keywords: {
      en: ['message size', 'MTU', 'UDP fragmentation', 'IP fragmentation', 'large SDP', 'switch to TCP', '1300 bytes', 'maximum message size'],
      ja: ['メッセージサイズ', 'MTU', 'UDP フラグメント', 'IP フラグメンテーション', 'SDP 肥大化', 'TCP 切替', '1300 バイト', '最大メッセージ長'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE (UDP)', note: { en: '1,535 bytes', ja: '1,535 バイト' } },
        { from: 'p', to: 'a', label: '513 Message Too Large' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'a', to: 'p', label: 'INVITE (TCP)' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'A phone sends over UDP an INVITE too large for one Ethernet datagram, which RFC 3261 §18.1.1 has it send over a congestion-controlled transport such as TCP; the proxy will not take the fragmented request and answers 513, and the INVITE sent again over TCP goes through.',
        ja: '電話機が、イーサネットの 1 データグラムに収まらない INVITE を UDP で送る（RFC 3261 §18.1.1 によれば TCP など輻輳制御のあるトランスポートで送らなければならないもの）。プロキシはフラグメント化されたリクエストを受け付けず 513 を返すが、TCP で送り直した INVITE は通る。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK5b9e1f3',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=88a7s3b',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 0ha0isndaksdj@pc33.example.com',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060;transport=udp>',
        'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, PRACK, REFER, NOTIFY, INFO, MESSAGE',
        'Allow-Events: talk, hold, conference, refer, dialog, message-summary',
        'Accept: application/sdp, message/sipfrag, application/dtmf-relay',
        'Supported: replaces, timer, 100rel',
        'Session-Expires: 1800',
        'User-Agent: ExamplePhone/4.2',
        'Content-Type: application/sdp',
        'Content-Length: 864',
        '',
        'v=0',
        'o=alice 2890844526 2890844526 IN IP4 192.0.2.10',
        's=-',
        'c=IN IP4 192.0.2.10',
        'b=AS:2112',
        't=0 0',
        'm=audio 49170 RTP/AVP 96 9 102 0 8 18 3 101',
        'a=rtpmap:96 opus/48000/2',
        'a=fmtp:96 useinbandfec=1',
        'a=rtpmap:9 G722/8000',
        'a=rtpmap:102 iLBC/8000',
        'a=fmtp:102 mode=30',
        'a=rtpmap:0 PCMU/8000',
        'a=rtpmap:8 PCMA/8000',
        'a=rtpmap:18 G729/8000',
        'a=fmtp:18 annexb=no',
        'a=rtpmap:3 GSM/8000',
        'a=rtpmap:101 telephone-event/8000',
        'a=fmtp:101 0-16',
        'a=rtcp:49171',
        'a=ptime:20',
        'a=sendrecv',
        'm=video 51372 RTP/AVP 97 98 99 100 34',
        'b=AS:2048',
        'a=rtpmap:97 H264/90000',
        'a=fmtp:97 profile-level-id=42e01f;packetization-mode=1',
        'a=rtpmap:98 H264/90000',
        'a=fmtp:98 profile-level-id=42e01f;packetization-mode=0',
        'a=rtpmap:99 H264/90000',
        'a=fmtp:99 profile-level-id=640028;packetization-mode=1',
        'a=rtpmap:100 VP8/90000',
        'a=rtpmap:34 H263/90000',
        'a=fmtp:34 CIF=1;QCIF=1',
        'a=rtcp:51373',
        'a=framerate:30',
        'a=sendrecv',
      ].join('\n'),
      response: [
        'SIP/2.0 513 Message Too Large',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK5b9e1f3;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=88a7s3b',
        'To: Bob <sip:bob@example.com>;tag=314159',
        'Call-ID: 0ha0isndaksdj@pc33.example.com',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Via', 'Content-Length'],
    },
    text: {
      en: {
        title: 'Message Too Large',
        summary:
          'The server could not process the request because the message as a whole, start line, headers and body together, was longer than it can handle.',
        description: [
          'RFC 3261 §21.5.7 says only that the length of the message exceeded what the server could handle. The limit is the server\'s own: a buffer size, a configured maximum message size on an SBC, or a cap on datagrams it will reassemble. Because it is a 5xx, the fault is framed as the server\'s limitation rather than a malformed request, and the sender may get past it by making the message smaller or carrying it differently. A gateway to the telephone network that receives a 513 SHOULD, if at all possible, do so and try the session again, and fail the ISUP side of the call only if that proves impossible (RFC 3398 §8.2.6.1).',
          'Message size is closely tied to transport in SIP. RFC 3261 §18.1.1 requires a request that comes within 200 bytes of the path MTU, or exceeds 1300 bytes when the MTU is unknown, to be sent over a congestion-controlled transport such as TCP, and every SIP element must implement both UDP and TCP (RFC 3261 §18). RFC 3261 §18.1.1 also requires implementations to handle messages up to the maximum datagram size, 65,535 bytes for UDP including IP and UDP headers. A server that returns 513 for a UDP request well below that size is enforcing a local limit the RFC does not endorse. An oversized UDP request can also fail without any response: it is fragmented at the IP layer, the loss of a single fragment loses the whole packet, and some NATs and firewalls drop fragments (RFC 8085 §3.2); the sender\'s transaction then times out (RFC 3261 §17.1.1.2, §17.1.2.2) instead of receiving a 513.',
          'Two 4xx codes look similar but point at parts of the message. [[413]] rejects the body only (RFC 3261 §21.4.11), and a UAC that receives it SHOULD, if possible, retry with a smaller body or none (RFC 3261 §8.1.3.5); [[414]] rejects a Request-URI that is too long (RFC 3261 §21.4.12). 513 concerns the total size, which headers alone can push over a limit: long Via and Record-Route stacks added by each proxy on the path, IMS P- headers, or large vendor X- headers.',
        ],
        scenarios: [
          'A WebRTC gateway offers audio and video with many codecs and a long list of ICE candidates; after three proxies have added their Via and Record-Route entries, the INVITE exceeds the maximum message size configured on the carrier\'s SBC, which answers 513.',
          'A messaging client sends MESSAGE with a long text or a base64-encoded image in the body to a server that caps message size, and receives 513. Outside a media session a MESSAGE request MUST NOT exceed 1300 bytes unless the UAC has positive knowledge that no hop on the way is congestion-unsafe or that the message is at least 200 bytes smaller than the lowest MTU on the route to the UAS; larger payloads may be sent as part of a media session, such as MSRP (RFC 4975), or by content indirection (RFC 3428 §8).',
          'A phone forced to UDP sends a 1,900-byte INVITE; the request is fragmented at the IP layer, and the receiving proxy, which refuses to reassemble datagrams above its buffer size, rejects it with 513 instead of handling it as RFC 3261 §18.1.1 requires.',
        ],
        fixes: [
          'Let the message move to TCP or TLS: enable those transports on both ends, stop forcing UDP in the phone or trunk configuration, and check that the stack switches transport for large requests as RFC 3261 §18.1.1 requires.',
          'Shrink the request: offer fewer codecs, drop media lines you do not use, limit ICE candidates, and remove verbose custom headers or bodies that do not need to travel with every INVITE.',
          'On the server side, raise the configured maximum message size of the SBC or proxy; RFC 3261 §18.1.1 requires implementations to handle messages up to the maximum datagram size, for UDP 65,535 bytes including the IP and UDP headers. If only the body is the problem, answer 413 instead: a UAC that receives 413 SHOULD, if possible, retry with a smaller body or none (RFC 3261 §8.1.3.5).',
        ],
      },
      ja: {
        title: 'メッセージ過大',
        summary:
          '開始行、ヘッダ、ボディを合わせたメッセージ全体の長さが処理能力を超えていたため、サーバがリクエストを処理できなかった。',
        description: [
          'RFC 3261 §21.5.7 が定めているのは、メッセージの長さがサーバの処理能力を超えたということだけである。上限はサーバ自身のもので、バッファサイズ、SBC に設定された最大メッセージ長、再構成を受け付けるデータグラムの上限などがそれにあたる。5xx なので、リクエストの形式誤りではなくサーバ側の制約として表現されるが、送信側がメッセージを小さくするか運び方を変えれば避けられることがある。513 を受けた電話網とのゲートウェイは、可能な限りそのように正してセッションを再び試み、それができない場合に限って ISUP 側の呼を失敗させるべきである（SHOULD、RFC 3398 §8.2.6.1）。',
          'SIP ではメッセージサイズとトランスポートが密接に結び付いている。RFC 3261 §18.1.1 は、パス MTU まで 200 バイト以内に迫るリクエストや、MTU が不明な場合に 1300 バイトを超えるリクエストを、TCP など輻輳制御のあるトランスポートで送らなければならないとしている。すべての SIP エンティティは UDP と TCP の両方を実装しなければならない（RFC 3261 §18）。RFC 3261 §18.1.1 は、最大データグラムサイズ、すなわち UDP では IP ヘッダと UDP ヘッダを含めて 65,535 バイトまでのメッセージを処理できることも求めている。それより十分小さい UDP リクエストに 513 を返すサーバは、RFC が認めていない独自の上限を課していることになる。大きすぎる UDP リクエストは、応答がないまま失敗することもある。IP 層でフラグメントに分割されたパケットは、断片が一つ失われるだけで全体が失われ、断片を破棄する NAT やファイアウォールもある（RFC 8085 §3.2）。そうなると送信側には 513 は届かず、トランザクションがタイムアウトする（RFC 3261 §17.1.1.2、§17.1.2.2）。',
          '似た 4xx が 2 つあるが、いずれもメッセージの一部分を指している。[[413]] はボディだけを拒否するもので（RFC 3261 §21.4.11）、これを受けた UAC は、可能であればボディを小さくするか省いて再試行すべきである（SHOULD、RFC 3261 §8.1.3.5）。[[414]] は長すぎる Request-URI を拒否する（RFC 3261 §21.4.12）。513 が問題にするのは全体のサイズであり、ヘッダだけでも上限を超えうる。経路上のプロキシごとに追加される Via や Record-Route の列、IMS の P- ヘッダ、ベンダ独自の大きな X- ヘッダなどである。',
        ],
        scenarios: [
          'WebRTC ゲートウェイが、多数のコーデックと長い ICE 候補のリストを付けて音声と映像をオファーする。3 台のプロキシが Via と Record-Route を追加した結果、INVITE がキャリアの SBC に設定された最大メッセージ長を超え、SBC が 513 を返す。',
          'メッセージングクライアントが、長文や base64 で符号化した画像をボディに入れた MESSAGE を、メッセージサイズに上限を設けたサーバへ送り、513 を受ける。メディアセッション外の MESSAGE リクエストは、輻輳に安全でないリンクをどのホップでも通らないことや、経路上の最小の MTU より 200 バイト以上小さいことを UAC が確実に知っている場合を除き、1300 バイトを超えてはならない（MUST NOT）。それより大きなペイロードは、MSRP（RFC 4975）のようなメディアセッションの一部として、またはコンテンツの間接参照で送ることができる（RFC 3428 §8）。',
          'UDP に固定された電話機が 1,900 バイトの INVITE を送る。リクエストは IP 層でフラグメントに分割され、バッファサイズを超えるデータグラムの再構成を拒む受信側プロキシは、RFC 3261 §18.1.1 の求めどおりに処理せず 513 で拒否する。',
        ],
        fixes: [
          'メッセージを TCP や TLS で運べるようにする。両端でこれらのトランスポートを有効にし、電話機やトランクの設定で UDP を強制するのをやめ、RFC 3261 §18.1.1 のとおり大きなリクエストでスタックがトランスポートを切り替えるかを確認する。',
          'リクエストを小さくする。オファーするコーデックを減らし、使わないメディア行を削り、ICE 候補を絞り、すべての INVITE に載せる必要のない冗長な独自ヘッダやボディを外す。',
          'サーバ側では、SBC やプロキシに設定された最大メッセージ長を引き上げる。RFC 3261 §18.1.1 は、最大データグラムサイズ、すなわち UDP では IP ヘッダと UDP ヘッダを含めて 65,535 バイトまでのメッセージを処理できることを実装に求めている。問題がボディだけなら 413 を返す。413 を受けた UAC は、可能であればボディを省くか小さくして再試行すべきである（SHOULD、RFC 3261 §8.1.3.5）。',
        ],
      },
    },
  },
  {
    code: 555,
    phrase: 'Push Notification Service Not Supported',
    status: 'active',
    refs: ['RFC8599 §8.1'],
    seeAlso: ['RFC8599 §4.1.1', 'RFC8599 §4.1.5', 'RFC8599 §5.4', 'RFC8599 §5.6.1.1', 'RFC8599 §5.6.1.2', 'RFC8599 §5.6.2', 'RFC8599 §8.2', 'RFC3261 §8.1.3.2'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy'],
        refs: ['RFC8599 §5.6.1.1', 'RFC8599 §5.6.1.2'],
        byRole: {
          proxy: ['RFC8599 §5.6.1.1', 'RFC8599 §5.6.1.2'],
        },
      },
      methods: { value: ['REGISTER'], refs: ['RFC8599 §8.1'] },
      retry: { value: 'unspecified', refs: ['RFC8599 §4.1.1', 'RFC8599 §4.1.5', 'RFC8599 §8.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Contact',
        in: 'request',
        ref: 'RFC8599 §4.1.1',
        note: {
          en: 'To request push, the REGISTER\'s Contact URI carries pn-provider (which push service, e.g. apns or fcm), pn-prid (the device\'s push token) and, if the service needs it, pn-param; a query carries pn-provider without pn-prid. The pn-provider value is what the 555 refuses.',
          ja: 'プッシュを要求する REGISTER の Contact URI には、pn-provider（apns、fcm などプッシュサービスの種類）、pn-prid（端末のプッシュトークン）、およびサービスが必要とする場合は pn-param を入れる。問い合わせでは pn-prid を付けずに pn-provider を入れる。555 が拒否しているのは pn-provider の値である。',
        },
      },
      {
        name: 'Feature-Caps',
        in: 'request',
        ref: 'RFC8599 §5.6.1.1',
        note: {
          en: 'A proxy that supports the push service MUST add "+sip.pns" with the provider name before forwarding the REGISTER, except a push request that already carries such an indicator, or one whose registration interval it considers too short and forwards without the push procedures. A REGISTER that already carries one gives a proxy no ground for a 555: a proxy MUST process a push request using normal SIP procedures (RFC 8599 §5.6.1.1), and MUST forward a query (RFC 8599 §5.6.1.2); only a REGISTER without it goes through the steps that can end in 555.',
          ja: 'そのプッシュサービスをサポートするプロキシは、REGISTER を転送する前にプロバイダ名付きの「+sip.pns」を追加しなければならない（MUST）。ただし、この表示をすでに含むプッシュ通知の要求と、登録間隔を短すぎると判断してプッシュの手順を飛ばして転送するプッシュ通知の要求は除く。これをすでに含む REGISTER は、プロキシが 555 を返す根拠にならない。プロキシは、プッシュ通知の要求なら通常の SIP の手順で処理しなければならず（MUST、RFC 8599 §5.6.1.1）、問い合わせなら転送しなければならない（MUST、RFC 8599 §5.6.1.2）。555 に至りうる手順を通るのは、これを含まない REGISTER だけである。',
        },
      },
    ],
    related: [423, 500, 501, 403],
    keywords: {
      en: ['push notification', 'APNs', 'FCM', 'pn-provider', 'pn-prid', 'sip.pns', 'mobile softphone', 'iOS VoIP push', 'Android background'],
      ja: ['プッシュ通知', 'APNs', 'FCM', 'pn-provider', 'pn-prid', 'モバイルソフトフォン', 'バックグラウンド着信', 'iOS', 'Android'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'r', role: 'registrar' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'REGISTER (pn-provider=apns)' },
        { from: 'p', to: 'a', label: '555 Push Notification Service Not Supported' },
        { from: 'a', to: 'p', label: 'REGISTER', note: { en: 'no pn-* parameters', ja: 'pn-* パラメータなし' } },
        { from: 'p', to: 'r', label: 'REGISTER' },
        { from: 'r', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
      ],
      caption: {
        en: 'The only push-capable proxy on the path does not support APNs and refuses the REGISTER with 555; the client registers again without pn-* parameters and stays reachable over its own connection for as long as it is not suspended.',
        ja: '経路上で唯一プッシュ通知に対応するプロキシが APNs をサポートしていないため、REGISTER を 555 で拒否する。クライアントは pn-* パラメータなしで登録し直し、一時停止されない限り、自身の接続を維持して着信を受ける。',
      },
    },
    example: {
      request: [
        'REGISTER sip:example.com SIP/2.0',
        'Via: SIP/2.0/TCP 192.0.2.10:53412;branch=z9hG4bK9c1d8e2',
        'Max-Forwards: 70',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'Contact: <sip:alice@192.0.2.10:53412;transport=tcp;pn-provider=apns;pn-param=DEF123GHIJ.com.example.softphone.voip;pn-prid=00fc13adff785122b4ad28809a3420982341241421348097878e577c991de8f0>',
        'Expires: 3600',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 555 Push Notification Service Not Supported',
        'Via: SIP/2.0/TCP 192.0.2.10:53412;branch=z9hG4bK9c1d8e2',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>;tag=pp-81c2',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Contact'],
    },
    text: {
      en: {
        title: 'Push Notification Service Not Supported',
        summary:
          'A proxy on the registration path does not support the push notification service named in the pn-provider parameter of the REGISTER\'s Contact (or, for a REGISTER that requests push, finds information that service requires missing), no proxy before it has indicated support with a "sip.pns" feature-capability indicator, and its configuration tells it that no other proxy on the way to the registrar supports the service (for a query, a REGISTER with pn-provider but no pn-prid: that no other proxy supports any of the push services the client supports); the registration is refused.',
        description: [
          'RFC 8599 lets a SIP client that the operating system has suspended be woken by push notifications. The client obtains a push token from its platform\'s push service, Apple\'s APNs or Google\'s FCM for instance, and registers with pn-provider, pn-prid and, if the service needs it, pn-param in its Contact URI (RFC 8599 §4.1.1). A SIP proxy on the REGISTER path that supports that service says so with a "+sip.pns" feature-capability indicator (RFC 8599 §5.4, §8.2); later, when a request for a new dialog or a standalone request such as INVITE or MESSAGE arrives for the client with the pn-* parameters in its Request-URI, it asks the push service to wake the client, holds the request until the 2xx to the client\'s refreshing REGISTER comes back, and then forwards it. As optimisations, it may forward sooner if it can itself authenticate and authorise the sender of that REGISTER, and it need not ask for a push if it knows that the client is awake and can receive the request without first refreshing its binding (RFC 8599 §5.6.2).',
          'A 555 is the negative answer to such a REGISTER, and RFC 8599 §8.1 defines it for REGISTER responses only. RFC 8599 makes it a proxy\'s fallback, not its default. To a REGISTER that requests push (pn-provider and pn-prid in the Contact URI) that already carries a Feature-Caps header field with a "sip.pns" feature-capability indicator, RFC 8599 gives a proxy no ground for a 555: the indicator says that another proxy between it and the UA supports the UA\'s type of push service and will request the push notifications, and the proxy MUST skip the push procedures and process the REGISTER using normal SIP procedures. Without that indicator, a proxy that does not support the UA\'s type of push service, or finds that the REGISTER does not contain all information required for that type, SHOULD forward the REGISTER towards the registrar, and MAY answer 555 instead if it knows by local configuration that no other proxy between itself and the registrar supports that type of service (RFC 8599 §5.6.1.1). A client can also ask without requesting push: a REGISTER with pn-provider but no pn-prid is a query, and if it left pn-provider without a value, a 555 means that the network supports no type of push service, while it still supports the 555 response (RFC 8599 §4.1.5). A proxy that does not support the service named in a query MUST forward it towards the registrar if it carries Feature-Caps indicating support of one or more types of push service; if it carries none, the proxy MUST either forward it or answer 555, and MUST NOT answer 555 unless it knows by local configuration that no other proxy supports any of the types of push service the UA supports (RFC 8599 §5.6.1.2).',
          'A proxy sends 555 instead of forwarding the REGISTER towards the registrar (RFC 8599 §5.6.1.1, §5.6.1.2), so no registrar processes this request: the client is not registered through it, with or without push. Absence of 555 does not prove support either: after a non-2xx response, or a 2xx without a Feature-Caps header field carrying a "sip.pns" indicator, the client MUST NOT assume that a proxy will request push notifications for it; it is a 2xx whose indicator names the same type of push service as its pn-provider that tells it a proxy will (RFC 8599 §4.1.1). A client stack that predates RFC 8599 sees an unknown 5xx and handles it as [[500]] (RFC 3261 §8.1.3.2). Of the codes around it, [[423]] is the one that appears in the same flow: a proxy that supports the push service but considers the requested registration interval too short, because the binding would expire before it could have the client woken or by its own policy, MUST either answer 423 or forward the REGISTER towards the registrar (RFC 8599 §5.6.1.1).',
        ],
        scenarios: [
          'An iOS softphone registers with pn-provider=apns to a service whose push proxy only handles FCM for Android clients; the operator has configured the proxy as the only push-capable element, so it answers 555. The REGISTER has failed: the app has no new binding from it, and even after registering again without the pn-* parameters it cannot be woken for incoming calls while the operating system has it suspended.',
          'A client sends a query REGISTER with an empty pn-provider parameter and no pn-prid to learn which push services the network offers; the network offers none, and the proxy answers 555.',
          'After a platform upgrade, an edge proxy starts answering 555 to every REGISTER carrying pn-* parameters, although a push-capable proxy sits behind it; the edge proxy had been set to reject instead of forwarding. RFC 8599 §5.6.1.1 says a proxy that does not support the service SHOULD forward the REGISTER, and MAY answer 555 instead if it knows by local configuration that no other proxy between itself and the registrar supports the service.',
        ],
        fixes: [
          'Compare the pn-provider value with what the service supports: register once with an empty pn-provider and no pn-prid, and read the "+sip.pns" values in the Feature-Caps of the 2xx to see which providers the network accepts.',
          'If the network supports none of your push services, register without the pn-* parameters and keep the client reachable another way, such as a persistent connection with keepalives (SIP Outbound, RFC 5626), at the cost of battery. That works only while the operating system lets the app run: a suspended client cannot send keepalives (RFC 8599 §1).',
          'If a 423 comes back instead, the requested Expires is too short for whoever sent it: from a push proxy this means it supports the service but would not get the client woken before the binding lapses, or its policy asks for a longer interval (RFC 8599 §5.6.1.1). If the 423 carries Min-Expires, the client MAY register again with every contact\'s interval at least that value (RFC 3261 §10.2.8); RFC 8599 does not require a push proxy\'s 423 to carry it.',
          'If your proxy sends 555: never to a REGISTER whose Feature-Caps already carries a "sip.pns" indicator from a proxy before you (process a push request normally, forward a query). Otherwise send it only when local configuration tells you that no other proxy between you and the registrar supports the requested service (for a query: that no other proxy supports any of the services the client named), and else forward the REGISTER; when you do support it, add the matching "+sip.pns" indicator to the REGISTER before forwarding it and to the 2xx on its way back, except, for a push request, when you find the requested interval too short (answer 423, or forward it without the indicator) or the interval in the 2xx too short (RFC 8599 §5.6.1.1, §5.6.1.2).',
        ],
      },
      ja: {
        title: 'プッシュ通知サービス非対応',
        summary:
          '登録経路上のプロキシが、REGISTER の Contact にある pn-provider パラメータが示すプッシュ通知サービスをサポートしておらず（プッシュ通知を要求する REGISTER では、そのサービスに必要な情報が欠けている場合も含む）、「sip.pns」の機能表示でサポートを示した手前のプロキシもなく、レジストラまでの他のプロキシもそのサービスをサポートしていないことを設定で知っているため（pn-prid がなく pn-provider だけを含む問い合わせの REGISTER では、クライアントがサポートするどのプッシュサービスも他のプロキシがサポートしていないことを設定で知っているため）、登録を拒否した。',
        description: [
          'RFC 8599 は、OS によって一時停止された SIP クライアントをプッシュ通知で起こす仕組みを定めている。クライアントはプラットフォームのプッシュサービス（Apple の APNs や Google の FCM など）からプッシュトークンを取得し、Contact URI に pn-provider、pn-prid、およびサービスが必要とする場合は pn-param を付けて登録する（RFC 8599 §4.1.1）。REGISTER の経路上でそのサービスをサポートする SIP プロキシは、「+sip.pns」の機能表示でその旨を示す（RFC 8599 §5.4、§8.2）。その後、Request-URI に pn-* パラメータを含む、INVITE や MESSAGE のような新しいダイアログのリクエストや単独のリクエストがクライアント宛てに届くと、プロキシはプッシュサービスにクライアントを起こすよう依頼し、クライアントがリフレッシュのために送った REGISTER への 2xx が返るまでリクエストを保留してから転送する。最適化として、その REGISTER の送信者を自ら認証し、認可を確認できるプロキシは 2xx を待たずに転送してもよく、クライアントが起きていて、バインディングをリフレッシュしなくてもリクエストを受けられることを知っているプロキシは、プッシュ通知を依頼しなくてよい（RFC 8599 §5.6.2）。',
          '555 はこうした REGISTER への否定の応答であり、RFC 8599 §8.1 は REGISTER への応答に限って定義している。RFC 8599 は 555 をプロキシの既定の動作ではなく、代わりの手段としている。プッシュ通知を要求する REGISTER（Contact URI に pn-provider と pn-prid がある）が「sip.pns」の機能表示を含む Feature-Caps ヘッダをすでに持っていれば、RFC 8599 はプロキシに 555 を返す根拠を与えていない。この表示は、自分と UA の間にある別のプロキシが UA のプッシュサービスの種類をサポートし、プッシュ通知を要求することを示す。プロキシはプッシュの手順を飛ばして、通常の SIP の手順で REGISTER を処理しなければならない（MUST）。この表示がない場合、UA のプッシュサービスの種類をサポートしていないプロキシ、または REGISTER にその種類に必要な情報がすべてはそろっていないと判断したプロキシは、REGISTER をレジストラへ向けて転送すべきであり（SHOULD）、自分とレジストラの間にその種類をサポートする他のプロキシがないことをローカル設定で知っている場合は、転送の代わりに 555 を返してもよい（MAY、RFC 8599 §5.6.1.1）。クライアントは、pn-provider を付けて pn-prid を付けない REGISTER で、プッシュ通知を要求せずに問い合わせることもできる。pn-provider の値を空にした問い合わせに 555 が返れば、ネットワークは 555 には対応しているが、どの種類のプッシュサービスもサポートしていない（RFC 8599 §4.1.5）。問い合わせに示されたサービスをサポートしていないプロキシは、その REGISTER がいずれかのプッシュサービスのサポートを示す Feature-Caps を含んでいればレジストラへ向けて転送しなければならない（MUST）。含んでいなければ、転送するか 555 を返すかのいずれかにしなければならず（MUST）、UA がサポートするどの種類のプッシュサービスも他のプロキシがサポートしていないことをローカル設定で知っている場合を除き、555 を返してはならない（MUST NOT、RFC 8599 §5.6.1.2）。',
          'プロキシは REGISTER をレジストラへ転送する代わりに 555 を返すので（RFC 8599 §5.6.1.1、§5.6.1.2）、このリクエストを処理するレジストラはない。このリクエストによる登録は、プッシュの有無を問わず成立していない。逆に 555 が返らないことも、サポートの証明にはならない。2xx 以外の応答を受けた場合や、「sip.pns」の機能表示を含む Feature-Caps ヘッダのない 2xx を受けた場合、クライアントは、プロキシが自分のためにプッシュ通知を要求するとみなしてはならない（MUST NOT）。プロキシがそうすることを示すのは、pn-provider と同じ種類のプッシュサービスを値とする表示を含む 2xx である（RFC 8599 §4.1.1）。RFC 8599 以前のクライアントスタックは未知の 5xx として [[500]] と同様に扱う（RFC 3261 §8.1.3.2）。周辺のコードで同じ流れに現れるのは [[423]] である。プッシュサービスはサポートしているが、要求された登録間隔を短すぎると判断したプロキシ（クライアントを起こす前にバインディングが失効する場合や、自身のポリシーによる場合）は、423 を返すか、REGISTER をレジストラへ向けて転送するか、いずれかにしなければならない（MUST、RFC 8599 §5.6.1.1）。',
        ],
        scenarios: [
          'iOS のソフトフォンが pn-provider=apns を付けて登録するが、サービス側のプッシュ用プロキシは Android 向けの FCM しか扱わない。事業者はこのプロキシを唯一のプッシュ対応装置として設定しているため 555 が返る。REGISTER は失敗しており、アプリにはこのリクエストによる新しいバインディングがない。pn-* パラメータなしで登録し直しても、OS に一時停止されている間は着信のために起こしてもらえない。',
          'クライアントが、ネットワークが提供するプッシュサービスを調べるために、pn-provider を空にし pn-prid を付けない問い合わせ用の REGISTER を送る。ネットワークは何も提供しておらず、プロキシは 555 を返す。',
          'プラットフォームの更新後、エッジプロキシが pn-* パラメータ付きのすべての REGISTER に 555 を返し始める。実際には背後にプッシュ対応のプロキシがあるのに、エッジプロキシが転送せずに拒否する設定になっていた。RFC 8599 §5.6.1.1 は、サービスをサポートしないプロキシは REGISTER を転送すべきであり（SHOULD）、自分とレジストラの間にそのサービスをサポートする他のプロキシがないことをローカル設定で知っている場合は、代わりに 555 を返してもよい（MAY）としている。',
        ],
        fixes: [
          'pn-provider の値とサービス側のサポート状況を突き合わせる。pn-provider を空にし pn-prid を付けずに一度登録し、2xx の Feature-Caps にある「+sip.pns」の値から、ネットワークが受け付けるプロバイダを確認する。',
          'ネットワークが自分のプッシュサービスをどれもサポートしていなければ、pn-* パラメータを付けずに登録し、キープアライブ付きの常時接続（SIP Outbound、RFC 5626）など別の方法で着信可能な状態を保つ。その分、電池を消費する。また、これが使えるのは OS がアプリの動作を許している間だけであり、一時停止されたクライアントはキープアライブを送れない（RFC 8599 §1）。',
          '代わりに 423 が返ってきた場合は、要求した Expires が送信元にとって短すぎる。プッシュ用のプロキシが送ったのなら、サービスはサポートしているが、バインディングの失効前にクライアントを起こせないか、そのポリシーがより長い間隔を求めている（RFC 8599 §5.6.1.1）。423 に Min-Expires があれば、クライアントはすべてのコンタクトの有効期間をその値以上にして登録し直してよい（MAY、RFC 3261 §10.2.8）。RFC 8599 は、プッシュプロキシの 423 に Min-Expires を入れることを求めていない。',
          '自分のプロキシが 555 を送る側なら、手前のプロキシが付けた「sip.pns」の表示を Feature-Caps にすでに含む REGISTER には送らない（プッシュ通知の要求なら通常どおり処理し、問い合わせなら転送する）。その他の REGISTER には、自分とレジストラの間に要求されたサービスをサポートする他のプロキシがないこと（問い合わせでは、クライアントが示したどのサービスも他のプロキシがサポートしていないこと）をローカル設定で知っている場合に限って送り、そうでなければ REGISTER を転送する。サポートしている場合は、対応する「+sip.pns」の表示を、転送する REGISTER と、戻ってくる 2xx の両方に入れる。ただし、プッシュ通知の要求で、要求された登録間隔を短すぎると判断した場合（423 を返すか、表示を付けずに転送する）と、2xx の登録間隔を短すぎると判断した場合は除く（RFC 8599 §5.6.1.1、§5.6.1.2）。',
        ],
      },
    },
  },
  {
    code: 580,
    phrase: 'Precondition Failure',
    status: 'active',
    refs: ['RFC3312 §8'],
    seeAlso: ['RFC3312 §1', 'RFC3312 §4', 'RFC3312 §5.1', 'RFC3312 §5.2', 'RFC3312 §6', 'RFC3312 §11', 'RFC3261 §8.2.2.3', 'RFC3261 §21.4.26', 'RFC3261 §21.5.4'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3312 §8'],
        byRole: {
          uas: ['RFC3312 §8'],
        },
      },
      methods: { value: 'any', named: ['INVITE', 'UPDATE'], namedRefs: { INVITE: ['RFC3312 §8'], UPDATE: ['RFC3312 §8'] }, refs: ['RFC3312 §8'] },
      retry: { value: 'unspecified', refs: ['RFC3312 §8'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [412, 488, 420, 503, 183],
    keywords: {
      en: ['precondition', 'QoS precondition', 'resource reservation', 'VoLTE', 'VoNR', 'IMS', 'dedicated bearer', 'a=des', 'a=curr', 'Require: precondition'],
      ja: ['プリコンディション', '前提条件', 'QoS', 'リソース予約', 'VoLTE', 'VoNR', 'IMS', '専用ベアラ', 'a=des'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE + Require: precondition' },
        { from: 'p', to: 'b', label: 'INVITE + Require: precondition' },
        { from: 'b', to: 'p', label: '183 Session Progress (SDP)' },
        { from: 'p', to: 'a', label: '183 Session Progress (SDP)' },
        { from: 'a', to: 'p', label: 'PRACK' },
        { from: 'p', to: 'b', label: 'PRACK' },
        { from: 'b', to: 'p', label: '200 OK (PRACK)' },
        { from: 'p', to: 'a', label: '200 OK (PRACK)' },
        { from: 'b', to: 'p', label: '580 Precondition Failure (SDP)' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'a', label: '580 Precondition Failure (SDP)' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The callee answers the QoS offer in a reliable 183 and starts reserving its voice bearer; the reservation is refused, so it ends the INVITE with 580 before alerting, its SDP marking the local precondition as failed.',
        ja: '着信側は QoS 付きのオファーに信頼性のある 183（100rel）で応答し、音声ベアラの予約を始める。予約が拒否されたため、呼出しを始める前に 580 で INVITE を終了し、その SDP でローカル側のプリコンディションが失敗したことを示す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12025550123@198.51.100.20:5060 SIP/2.0',
        'Via: SIP/2.0/UDP proxy.example.net:5060;branch=z9hG4bK3a9c5e.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8f2c41',
        'Max-Forwards: 69',
        'From: <sip:+12025550100@example.com;user=phone>;tag=h7g4Esbg',
        'To: <tel:+12025550123>',
        'Call-ID: b89rjhnedlrfjflslj40a222@192.0.2.10',
        'CSeq: 127 INVITE',
        'Contact: <sip:+12025550100@192.0.2.10:5060>',
        'Require: precondition',
        'Supported: 100rel',
        'Content-Type: application/sdp',
        'Content-Length: 295',
        '',
        'v=0',
        'o=- 1027933615 1027933615 IN IP4 192.0.2.10',
        's=-',
        'c=IN IP4 192.0.2.10',
        't=0 0',
        'm=audio 49152 RTP/AVP 97 101',
        'a=rtpmap:97 AMR-WB/16000',
        'a=rtpmap:101 telephone-event/16000',
        'a=curr:qos local none',
        'a=curr:qos remote none',
        'a=des:qos mandatory local sendrecv',
        'a=des:qos mandatory remote sendrecv',
      ].join('\n'),
      response: [
        'SIP/2.0 580 Precondition Failure',
        'Via: SIP/2.0/UDP proxy.example.net:5060;branch=z9hG4bK3a9c5e.1;received=203.0.113.10',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8f2c41',
        'From: <sip:+12025550100@example.com;user=phone>;tag=h7g4Esbg',
        'To: <tel:+12025550123>;tag=314159',
        'Call-ID: b89rjhnedlrfjflslj40a222@192.0.2.10',
        'CSeq: 127 INVITE',
        'Content-Type: application/sdp',
        'Content-Length: 194',
        '',
        'v=0',
        'o=- 2890842808 2890842809 IN IP4 198.51.100.20',
        's=-',
        'c=IN IP4 198.51.100.20',
        't=0 0',
        'm=audio 0 RTP/AVP 97',
        'a=rtpmap:97 AMR-WB/16000',
        'a=curr:qos local none',
        'a=des:qos failure local sendrecv',
      ].join('\n'),
      highlight: ['Require', 'Content-Type'],
    },
    text: {
      en: {
        title: 'Precondition Failure',
        summary:
          'The answerer cannot or will not meet the preconditions of an offer, such as a quality-of-service resource reservation, so it refuses the offer; for a new call, normally before the callee is alerted, since a UAS SHOULD NOT alert the user until the mandatory preconditions are met.',
        description: [
          'RFC 3312 lets an offer carry preconditions: constraints about the session, introduced so that network resources can be reserved before the callee is alerted (RFC 3312 §1). The type RFC 3312 itself defines is quality of service (RFC 3312 §4): the media path must have network resources reserved in one or both directions, described in SDP with current-status, desired-status and confirmation attributes (a=curr, a=des, a=conf) and a strength such as "mandatory" or "optional". The callee\'s user agent answers (in the examples of RFC 3312, in a 183 Session Progress), reserves resources, and SHOULD NOT alert the user until the mandatory preconditions are met (RFC 3312 §6).',
          'When a UAS, as answerer, cannot or will not meet the preconditions of an offer, it SHOULD refuse it with 580 (RFC 3312 §8). The 580 SHOULD carry an SDP that shows which desired status triggered the failure; that SDP is built on the last SDP received from the peer and MUST have as many m= lines, every port MUST be zero, and the line for the failed precondition MUST use the strength "failure". RFC 3312 §8 names offers in an INVITE or an UPDATE as those 580 can refuse. SIP gives no means to refuse an offer that arrives in a 1xx or 2xx response to an INVITE: a UAC that sent an initial INVITE without an offer and receives such an offer that is not acceptable SHOULD respond with a correctly formed answer and immediately send CANCEL or BYE; for an unacceptable offer in a response to a re-INVITE, RFC 3312 §8 repeats the recommendation of RFC 3261: the UAC SHOULD generate an answer with a valid session description and then send BYE, which ends the session. RFC 3312 does not say what the offerer does after a 580: nothing in it tells the offerer to try again, with other preconditions or without them, or not to.',
          'The name invites confusion. 580 has nothing to do with [[412]] Conditional Request Failed, which concerns SIP-If-Match on PUBLISH, even though sofia-sip labels 412 "Precondition Failed". It is not [[488]] either: 488 rejects the session description itself (no common codec, unacceptable media), while 580 says that the preconditions of the offer cannot or will not be met (RFC 3312 §8). A UAS that does not support preconditions at all, and receives "Require: precondition", answers [[420]] instead (RFC 3261 §8.2.2.3). And unlike [[503]], after which a client SHOULD attempt to forward the request to an alternate server (RFC 3261 §21.5.4), 580 is not among the failures after which RFC 3263 §4.3 says a client SHOULD send a new request to the next server.',
        ],
        scenarios: [
          'A call reaches a mobile handset that uses QoS preconditions. It answers the offer in a 183 and starts reserving network resources for the voice stream; the network refuses the reservation, for example because the cell is congested, and the handset ends the INVITE with 580 before alerting.',
          'An operator\'s network hands an INVITE with mandatory QoS preconditions and "Require: precondition" to an interconnect gateway that cannot reserve media resources on its side of the call; the gateway answers 580 with an SDP marking the failed precondition.',
          'Calls to subscribers in one coverage area fail with 580 sent by the terminating handsets; the resource reservation logs for those calls show the requests for voice resources being refused, so the problem lies in resource policy or radio capacity, not in SIP.',
        ],
        fixes: [
          'Read the SDP in the 580, if it carries one: the a=des line with the strength "failure" shows which precondition (end-to-end, local or remote status, send or receive direction) failed (RFC 3312 §8). Then look at the resource reservation layer, the bearer setup and the policy server that grants it, rather than at SIP.',
          'Towards peers that do not need preconditions, do not mark them mandatory: on an SBC or interconnect border, terminate preconditions on the mobile network side and offer the peer a plain SDP, or use "optional" strength, with which the session can continue whether or not resources are reserved (RFC 3312 §5.1), although the answerer may upgrade it to "mandatory" (RFC 3312 §5.2).',
          'If your UAS returns 580 for a codec or media mismatch, change it to 488; if it does not implement preconditions at all, answer 420 to "Require: precondition" rather than 580.',
        ],
      },
      ja: {
        title: 'プリコンディション失敗',
        summary:
          'アンサー側がオファーのプリコンディション（QoS のためのリソース予約など）を満たせない、または満たすつもりがないため、オファーを拒否した。UAS は必須のプリコンディションが満たされるまでユーザを呼び出すべきではない（SHOULD NOT）ので、新しい呼であれば、通常は着信者を呼び出す前に拒否される。',
        description: [
          'RFC 3312 では、オファーにプリコンディションを記述できる。プリコンディションはセッションについての制約であり、着信者を呼び出す前にネットワークのリソースを予約できるようにするために導入された（RFC 3312 §1）。RFC 3312 自身が定義する種類は QoS で（RFC 3312 §4）、メディア経路の片方向または双方向にネットワークのリソースが予約されていることを求める。SDP では現在状態、希望状態、確認の各属性（a=curr、a=des、a=conf）と、`mandatory` や `optional` といった強度で表す。着信者の UA はアンサーを返し（RFC 3312 の例では 183 Session Progress で返す）、リソースを予約する。必須のプリコンディションが満たされるまではユーザを呼び出すべきではない（SHOULD NOT、RFC 3312 §6）。',
          'アンサー側の UAS は、オファーのプリコンディションを満たせない、または満たすつもりがない場合、580 でオファーを拒否すべきである（SHOULD、RFC 3312 §8）。その 580 には、どの希望状態が失敗の原因かを示す SDP を付けるべきであり（SHOULD）、その SDP は相手から最後に受けた SDP をもとに作り、m= 行を同じ数だけ持たなければならず、すべてのポートを 0 にしなければならず、満たされなかったプリコンディションの行は強度 `failure` を使わなければならない（MUST）。RFC 3312 §8 は、580 で拒否できるオファーとして INVITE や UPDATE で届いたものを挙げている。INVITE への 1xx や 2xx の応答で届いたオファーを拒否する手段は SIP にない。オファーを含まない最初の INVITE を送った UAC は、応答で届いたオファーを受け入れられなければ、正しい形式のアンサーを返したうえで、ただちに CANCEL か BYE を送るべきである（SHOULD）。re-INVITE への応答で届いたオファーを受け入れられない場合について、RFC 3312 §8 は RFC 3261 の推奨を繰り返している。UAC は、有効なセッション記述でアンサーを作ってから BYE を送るべきであり（SHOULD）、これによりセッションは終了する。580 を受けたオファー側がどうするかを RFC 3312 は定めておらず、別のプリコンディションで、あるいはプリコンディションなしで再試行せよとも、再試行するなとも書いていない。',
          '名称は誤解を招きやすい。580 は PUBLISH の SIP-If-Match を扱う [[412]] Conditional Request Failed とは無関係だが、sofia-sip は 412 に「Precondition Failed」という名称を付けている。[[488]] とも違う。488 はセッション記述そのもの（共通のコーデックがない、受け入れられないメディアなど）を拒否するのに対し、580 はオファーのプリコンディションを満たせない、または満たすつもりがないことを示す（RFC 3312 §8）。プリコンディションを一切サポートしない UAS が「Require: precondition」を受けた場合に返すのは [[420]] である（RFC 3261 §8.2.2.3）。また、[[503]] の後はクライアントが別のサーバへのリクエストの転送を試みるべきである（SHOULD、RFC 3261 §21.5.4）のと異なり、RFC 3263 §4.3 がクライアントに新しいリクエストを次のサーバへ送るべきである（SHOULD）とする失敗に、580 は含まれない。',
        ],
        scenarios: [
          'QoS プリコンディションを使う携帯端末に呼が届く。端末は 183 でオファーにアンサーし、音声用のネットワークリソースの予約を始める。セルの輻輳などでネットワークが予約を拒否し、端末は呼び出す前に INVITE を 580 で終える。',
          '事業者の網が、必須の QoS プリコンディションと「Require: precondition」を含む INVITE を相互接続ゲートウェイに渡すが、ゲートウェイは自分の側でメディアリソースを予約できない。ゲートウェイは、満たせなかったプリコンディションを示す SDP を付けて 580 を返す。',
          '特定のエリアにいる加入者への呼だけが、着信側端末の返す 580 で失敗する。該当する呼のリソース予約のログには音声用リソースの要求が拒否された記録があり、問題は SIP ではなく、リソースのポリシーや無線の容量にある。',
        ],
        fixes: [
          '580 に SDP が付いていれば読む。強度が `failure` の a=des 行から、どのプリコンディション（エンドツーエンド・ローカル・リモートのどの状態か、送信方向か受信方向か）が満たされなかったかがわかる（RFC 3312 §8）。そのうえで、SIP ではなくリソース予約の層、つまりベアラの確立とそれを許可するポリシーサーバのログを調べる。',
          'プリコンディションを必要としない相手に対しては、必須にしない。SBC や相互接続の境界で移動体網側のプリコンディションを終端して相手にはプリコンディションのない SDP をオファーするか、強度を `optional` にする。`optional` なら、リソースを予約できてもできなくてもセッションを続けられる（RFC 3312 §5.1）。ただし、アンサー側はこれを `mandatory` に引き上げてもよい（RFC 3312 §5.2）。',
          '自分の UAS がコーデックやメディアの不一致に 580 を返しているなら、488 に改める。プリコンディションを実装していないなら、「Require: precondition」には 580 ではなく 420 を返す。',
        ],
      },
    },
  },
];
