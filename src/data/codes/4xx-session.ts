import type { CodeEntryInput } from '../schema';

// 480 and 486: RFC 3261 §21.4's SHOULD NOT for every 4xx, and the Retry-After their own sections allow.
const RETRY_BETTER_TIME_TO_CALL = {
  label: {
    en: 'Should not be resent unchanged (SHOULD NOT); the response MAY give a better time to call in Retry-After',
    ja: '同じリクエストを変更せずに再試行すべきではない（SHOULD NOT）。応答は Retry-After でより適切な発信時刻を示してもよい（MAY）',
  },
  next: {
    en: 'the client SHOULD NOT retry the same request without modification; the response MAY indicate a better time to call in a Retry-After header',
    ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、応答は Retry-After ヘッダでより適切な発信時刻を示してもよい（MAY）',
  },
};

export const codes4xxSession: CodeEntryInput[] = [
  {
    code: 480,
    phrase: 'Temporarily Unavailable',
    status: 'active',
    refs: ['RFC3261 §21.4.18'],
    seeAlso: ['RFC3261 §16.5', 'RFC3261 §20.33', 'RFC3398 §7.2.4.1', 'RFC3398 §7.2.8'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'redirect-server', 'gateway'],
        refs: ['RFC3261 §21.4.18', 'RFC3261 §16.5', 'RFC3398 §7.2.4.1'],
        byRole: {
          uas: ['RFC3261 §21.4.18'],
          proxy: ['RFC3261 §21.4.18', 'RFC3261 §16.5'],
          'redirect-server': ['RFC3261 §21.4.18'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.18', 'RFC3261 §16.5'] },
      retry: {
        value: 'later',
        refs: ['RFC3261 §21.4.18', 'RFC3261 §21.4'],
        // RFC 3261 §21.4, for every 4xx: SHOULD NOT retry the same request without modification; §21.4.18: the response
        // MAY indicate a better time to call in Retry-After.
        ...RETRY_BETTER_TIME_TO_CALL,
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
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
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '480 Temporarily Unavailable' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'a', label: '480 Temporarily Unavailable' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The callee\'s softphone has do-not-disturb on and rejects the INVITE with 480; the proxy acknowledges it and, with no other contact to try, relays it to the caller, who acknowledges it in turn.',
        ja: '着信側のソフトフォンは DND（応答不可）が有効なため、INVITE を 480 で拒否する。プロキシはこれに ACK を返し、ほかに試す宛先がないので 480 を発信者へ中継し、発信者も ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20 SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK2d4790.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'Max-Forwards: 69',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 480 Temporarily Unavailable',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK2d4790.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Retry-After: 3600',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Retry-After'],
    },
    text: {
      en: {
        title: 'Temporarily Unavailable',
        summary:
          'The callee cannot take the request where it was sent right now, for example because the phone is not registered, do-not-disturb is on, or the proxy has no current contact for the address. As RFC 3261 defines it, 480 comes from the callee\'s own device or from a proxy or redirect server that recognizes the user, and the user may still be reachable elsewhere; a gateway following RFC 3398 also sends it for ISUP cause 31 (normal, unspecified), which does not say the user was found.',
        description: [
          'Two kinds of sender use 480 (RFC 3261 §21.4.18). A user agent answers with it when its user cannot be reached at the moment, for example because the user is not logged in, is in a state that rules out communication, or has switched on "do not disturb". A proxy or redirect server answers with it when it recognizes the user in the Request-URI but has no valid place to forward the request to; RFC 3261 §16.5 names 480 as the response a proxy SHOULD send when its target set ends up empty.',
          'Nothing permanent is said about the user. The response may carry Retry-After with a better time to call, and RFC 3261 §21.4.18 asks that the reason phrase state more precisely why the callee is unavailable, so phrases such as "Not registered" or "Do Not Disturb" are legitimate and worth reading. Like any 4xx, it is the answer of this branch only: a forking proxy stores it as a candidate for the best final response, and RFC 3261 §16.7 has the proxy cancel its pending branches (SHOULD) when a 6xx arrives, not when a 4xx does, so the caller may still reach voicemail or another device of the user. A stateful proxy MAY still cancel a branch at any time once it has received a provisional response on it (RFC 3261 §16.10).',
          'Two look-alikes are easily confused with it. [[486]] means the callee\'s device was reached but the callee is not willing or able to take another call there (RFC 3261 §21.4.24); 480 means the callee is currently unavailable, for example not logged in or with do-not-disturb on (RFC 3261 §21.4.18). [[404]] means the user does not exist in the domain (RFC 3261 §21.4.5), whereas the 480 of RFC 3261 §21.4.18 comes from the callee\'s own device or from a server that recognizes the user. Gateways add a third: in the mapping RFC 3398 §7.2.4.1 recommends, ISUP causes 19 (no answer from the user) and 20 (subscriber absent) become 480 but cause 18 (no user responding) becomes [[408]]. On the telephone-network side, a call that rang without an answer belongs to 480: when a gateway\'s timer T9 runs out on a call that is still alerting, it SHOULD send 480 to the SIP side and cause 19 to the telephone network (RFC 3398 §7.2.8).',
        ],
        scenarios: [
          'A caller dials an extension whose desk phone lost its registration during a network outage. The PBX finds the user in its directory but no contact in the location service, and answers the INVITE with "480 Temporarily Unavailable"; the reason phrase may say why, such as "User not registered", as RFC 3261 §21.4.18 recommends.',
          'A softphone user turns on do-not-disturb. The softphone rejects incoming INVITEs with 480, sometimes adding "Retry-After: 3600" to indicate a better time to call, and the PBX sends the call to voicemail.',
          'A call over a SIP trunk to a mobile number is released in the PSTN with ISUP cause 20 (subscriber absent: handset switched off or out of coverage). The carrier\'s gateway passes it back to the SIP side as 480.',
          'An application sends a MESSAGE to a user who is not online; the proxy holds no registered contact for that user and answers 480.',
        ],
        fixes: [
          'On the callee side, check the registration first: does the registrar hold a current binding for the address-of-record (query it with REGISTER or look at the PBX\'s contact list)? Once a phone\'s binding expires without a refresh, a call to it finds no contact, and a proxy whose target set ends up empty SHOULD answer 480 (RFC 3261 §16.5); callers get that answer until the phone registers again.',
          'Read the reason phrase, and any Warning or Reason header: RFC 3261 §21.4.18 expects the sender to say why, and "DND", "Not registered" and "No answer" call for different fixes.',
          'In routing logic, read 480 as "this user, not now". Voicemail, forwarding on not-reachable, or a later retry that honours Retry-After are reasonable. 480 is not among the failures after which RFC 3263 §4.3 says a client SHOULD send the request to the next server (a [[503]], a transport failure or a timeout). Trying another carrier or trunk is a routing policy of your own, not a rule of the RFCs: a 4xx does not rule out that the same request succeeds at a different server (RFC 3261 §21.4), and in the mapping RFC 3398 recommends, a gateway also answers 480 for ISUP cause 31 "normal, unspecified" (RFC 3398 §7.2.4.1), which does not say the user was found.',
          'If your own proxy or PBX answers 480 for users who are registered, check that the lookup canonicalizes the Request-URI the way the registrar stored the binding: RFC 3261 §16.5 requires the canonical form of §10.3 (URI parameters removed, escaped characters unescaped); compare the user part, the domain and tel versus sip URI as well. A mismatch leaves the target set empty, and the proxy then answers with an error, which RFC 3261 §16.5 says SHOULD be 480.',
        ],
      },
      ja: {
        title: '一時的に利用不可',
        summary:
          '送られた先では、着信者が現時点でリクエストを受けられない。端末の未登録、DND（応答不可）の設定、プロキシ側に有効なコンタクトがないことなどが原因である。RFC 3261 の定義では、480 を返すのは着信者自身の端末か、そのユーザを認識しているプロキシやリダイレクトサーバであり、ユーザは別の場所でなら応答できる可能性もある。一方、RFC 3398 に従うゲートウェイは ISUP の理由表示 31（その他の正常クラス）にも 480 を返す。この理由表示は、ユーザが見つかったことを示さない。',
        description: [
          '480 を返す送信元は二種類ある（RFC 3261 §21.4.18）。UA は、ユーザがログインしていない、通信できない状態にある、DND を有効にしている、といった理由でいまは応じられないときにこれを返す。プロキシやリダイレクトサーバは、Request-URI のユーザを認識していながら、転送先として有効な場所を持たないときに返す。RFC 3261 §16.5 も、ターゲットセットが空のまま残ったときにプロキシが返すべき応答（SHOULD）として 480 を挙げている。',
          'このコードはユーザについて恒久的なことは何も示さない。Retry-After ヘッダで再試行に適した時刻を示してよく、RFC 3261 §21.4.18 は、着信者が応答できない具体的な理由をリーズンフレーズに入れるよう求めている。したがって `Not registered` や `Do Not Disturb` といったフレーズは正当なもので、読む価値がある。他の 4xx と同じく、これはこのブランチだけの答えである。フォーキングしているプロキシは 480 を最良の最終応答の候補として保持する。RFC 3261 §16.7 がプロキシに応答待ちのブランチのキャンセルを求める（SHOULD）のは 6xx を受けたときであり、4xx を受けたときではない。そのため、発信者がボイスメールやそのユーザの別の端末につながる可能性も残る。ただし、ステートフルなプロキシは、ブランチで暫定応答を受けていれば、いつでもそのブランチをキャンセルしてよい（MAY、RFC 3261 §16.10）。',
          '480 と混同しやすい似たコードが二つある。[[486]] は着信者の端末に到達したが、着信者がその端末ではこれ以上の呼を受けるつもりがないか受けられないことを示す（RFC 3261 §21.4.24）。480 は、着信者が現在応対できない状態にある（ログインしていない、DND（応答不可）を設定しているなど）ことを示す（RFC 3261 §21.4.18）。[[404]] はそのユーザがドメインに存在しないことを示す（RFC 3261 §21.4.5）。これに対して RFC 3261 §21.4.18 の 480 は、着信者自身の端末か、そのユーザを認識しているサーバが返すものである。ゲートウェイが絡むとさらに紛らわしく、RFC 3398 §7.2.4.1 が推奨する対応付けでは、ISUP の理由表示（cause 値）19（着ユーザ呼出中／応答なし）と 20（加入者不在）は 480 に、18（着ユーザレスポンスなし）は [[408]] になる。PSTN 側で「鳴らしたが出ない」呼は 480 にあたる。呼出し中のまま応答のない呼でゲートウェイのタイマ T9 が満了したときは、SIP 側には 480、電話網側には理由表示 19 を送るべきである（SHOULD、RFC 3398 §7.2.8）。',
        ],
        scenarios: [
          'ネットワーク障害で内線電話機の登録が外れた状態で、その内線に着信がある。PBX はディレクトリ上でユーザを見つけるが、ロケーションサービスにコンタクトがないため、INVITE に「480 Temporarily Unavailable」を返す。RFC 3261 §21.4.18 が勧めるとおり、`User not registered` のようなリーズンフレーズで理由を示すこともある。',
          'ソフトフォンのユーザが DND を有効にする。ソフトフォンは着信した INVITE を 480 で拒否し、かけ直しに適した時刻の目安として「Retry-After: 3600」を付けることもある。PBX はこの応答を受けて呼をボイスメールに回す。',
          'SIP トランク経由で携帯電話番号にかけた呼が、PSTN 側で ISUP の理由表示 20（加入者不在。電源断や圏外）により解放される。キャリアのゲートウェイはこれを 480 として SIP 側に返す。',
          'アプリケーションがオンラインでないユーザに MESSAGE を送る。プロキシはそのユーザの登録済みコンタクトを持っておらず、480 を返す。',
        ],
        fixes: [
          '着信側ではまず登録状態を確認する。その AoR に対する有効なバインディングがレジストラにあるか（REGISTER による問い合わせや PBX のコンタクト一覧で確認できる）。電話機が Expires の切れる前に再登録しないとバインディングが失効し、その電話機への呼はコンタクトが見つからなくなる。ターゲットセットが空になったプロキシは 480 を返すべきなので（SHOULD、RFC 3261 §16.5）、電話機が再登録するまで発信者にはこの応答が返る。',
          'リーズンフレーズと、Warning ヘッダや Reason ヘッダがあればその内容を読む。RFC 3261 §21.4.18 は送信側に理由を示すよう求めており、`DND`、`Not registered`、`No answer` ではそれぞれ対処が違う。',
          'ルーティングの設計では、480 を「このユーザは、いまは出られない」と解釈する。ボイスメール、不在時転送、Retry-After に従った後からの再試行は妥当である。480 は、クライアントがリクエストを次のサーバへ送るべきである（SHOULD）と RFC 3263 §4.3 が定める失敗（[[503]]、トランスポートの障害、タイムアウト）に含まれない。別のキャリアやトランクを試すかどうかは、RFC の規則ではなく各自のルーティングポリシーで決めることである。4xx は、同じリクエストが別のサーバでなら成功する可能性を否定しない（RFC 3261 §21.4）。また RFC 3398 が推奨する対応付けでは、ゲートウェイは ISUP の理由表示 31（その他の正常クラス）にも 480 を返す（RFC 3398 §7.2.4.1）。この場合の 480 は、ユーザが見つかったことを示さない。',
          '登録済みのユーザに対して自分のプロキシや PBX が 480 を返しているなら、検索時の Request-URI の正規化がレジストラの保存形式と一致しているかを確認する。RFC 3261 §16.5 は §10.3 の正規形（URI パラメータを除き、エスケープされた文字を元に戻した形）を求めている。ユーザ部、ドメイン、tel URI と sip URI の違いもあわせて比べる。一致しないとターゲットセットが空になり、プロキシはエラー応答を返す。RFC 3261 §16.5 によれば、それは 480 であるべきである（SHOULD）。',
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
      'RFC3261 §17.2.2',
      'RFC3262 §3',
      'RFC5057 §5.1',
      'RFC6026 §7.1',
      'RFC6665 §4.1.2.4',
      'RFC6665 §4.2.2',
    ],
    alsoSeen: [
      {
        phrase: 'Call Leg/Transaction Does Not Exist',
        source: {
          en: 'RFC 2543, which introduced the code under this name; RFC 3261 still uses it in §9.2 and in its grammar. The status tables of pjsip, sofia-sip, Kamailio and Wireshark use the registered phrase, and that of OpenSIPS the same words with a lower-case "not"',
          ja: 'この名称でコードを定義した RFC 2543。RFC 3261 も §9.2 と文法定義で旧名称を使っている。pjsip、sofia-sip、Kamailio、Wireshark のステータス表は登録済みの名称を使い、OpenSIPS の表は同じ語句の「not」を小文字にして使う',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.4.19'],
        byRole: {
          uas: ['RFC3261 §21.4.19'],
        },
      },
      methods: {
        value: 'any',
        named: ['BYE', 'CANCEL', 'NOTIFY', 'PRACK', 'INVITE'],
        namedRefs: { BYE: ['RFC3261 §15.1.2'], CANCEL: ['RFC3261 §9.2'], NOTIFY: ['RFC6665 §4.1.3'], PRACK: ['RFC3262 §3'], INVITE: ['RFC3891 §3'] },
        refs: ['RFC3261 §21.4.19', 'RFC3261 §9.2', 'RFC3261 §12.2.2', 'RFC6665 §4.1.3', 'RFC3262 §3', 'RFC3891 §3', 'RFC3261 §15.1.2'],
      },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'To',
        in: 'request',
        ref: 'RFC3261 §12.2.2',
        note: {
          en: 'Its tag, together with Call-ID and the From tag, names the dialog; a request whose To tag maps to no dialog the UAS holds gets 481 unless the UAS chooses to recreate the dialog.',
          ja: 'To タグは Call-ID、From タグとともにダイアログを識別する。To タグが UAS の保持するどのダイアログにも対応しないリクエストには、UAS がダイアログを再作成しない限り 481 が返る。',
        },
      },
    ],
    related: [487, 408, 491, 489, 500],
    keywords: {
      en: ['call leg', 'dialog not found', 'no matching dialog', 'late BYE', 'CANCEL race', 'stale dialog', 'subscription does not exist', 'To tag'],
      ja: ['コールレッグ', 'ダイアログなし', 'ダイアログ不一致', 'BYE 遅延', 'CANCEL 競合', '古いダイアログ', 'To タグ', 'サブスクリプションなし'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'a', label: '180 Ringing' },
        { from: 'b', to: 'a', label: '200 OK' },
        { from: 'a', to: 'b', label: 'CANCEL', note: { en: 'sent before the 200 OK arrived', ja: '200 OK が届く前に送信' } },
        { from: 'b', to: 'a', label: '481 Call/Transaction Does Not Exist' },
        { from: 'a', to: 'b', label: 'ACK' },
        { from: 'a', to: 'b', label: 'BYE' },
        { from: 'b', to: 'a', label: '200 OK' },
      ],
      caption: {
        en: 'The caller hangs up just as the callee answers: the CANCEL arrives after the 200 OK at a UAS that no longer holds the INVITE transaction and gets 481 (a UAS that keeps the transaction in the Accepted state of RFC 6026 §7.1 still has a matching transaction and answers such a CANCEL with 200 instead, RFC 3261 §9.2). Either way the caller acknowledges the 200 and ends the call with BYE.',
        ja: '着信側が応答した瞬間に発信者が切断する。CANCEL は 200 OK の後、INVITE トランザクションをもう保持していない UAS に届くため 481 となる（RFC 6026 §7.1 の Accepted 状態でトランザクションを保持している UAS なら、一致するトランザクションがまだあるので、この CANCEL には 200 を返す。RFC 3261 §9.2）。どちらの場合も、発信者は 200 に ACK を返してから BYE で呼を終える。',
      },
    },
    example: {
      request: [
        'CANCEL sip:bob@192.0.2.20 SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 1 CANCEL',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 481 Call/Transaction Does Not Exist',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9',
        'From: Alice <sip:alice@example.com>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>;tag=8321234356',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 1 CANCEL',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Via', 'CSeq'],
    },
    text: {
      en: {
        title: 'Call/Transaction Does Not Exist',
        summary:
          'The user agent server received a request that belongs to a dialog or transaction it does not know, typically a late BYE or CANCEL, a request after a restart, or a NOTIFY for a subscription that is gone.',
        description: [
          'Requests inside a dialog are matched by Call-ID, From tag and To tag. When a request carries a To tag but the resulting dialog identifier matches nothing, RFC 3261 §12.2.2 lets the UAS either recover the dialog or refuse the request, and refusing MUST be done with 481. The UAS SHOULD answer with the same code a CANCEL that matches no server transaction (RFC 3261 §9.2) and a BYE for an unknown dialog (RFC 3261 §15.1.2). Extensions reuse it: a PRACK that acknowledges no outstanding reliable provisional response gets 481 (RFC 3262 §3), and a subscriber whose Timer N has expired SHOULD reject with 481 any NOTIFY that would create a new dialog usage (RFC 6665 §4.1.2.4).',
          'For a request inside a dialog, 481 says that the peer has lost its state for the dialog, or for the usage of the dialog the request belongs to; it is not a verdict on that one request. RFC 3261 §12.2.1.2 says a UAC that receives 481 (or 408) for a mid-dialog request SHOULD terminate the dialog, and a UAC whose BYE is answered with 481 MUST consider the session and the dialog terminated (RFC 3261 §15.1.1). A UAC whose re-INVITE is answered with 481 therefore SHOULD end the call, not merely treat the modification as failed (RFC 3261 §14.1). When one dialog carries several usages, such as a call and a subscription, RFC 5057 §5.1 reads 481 as the loss of the usage the request belonged to: the dialog should end only with its last usage. A 481 to a CANCEL is the exception: it affects only the CANCEL transaction, and the INVITE goes on (RFC 5057 §5.1).',
          'It is easily mixed up with [[487]], yet the two answer different requests. 487 is what a UAS SHOULD send to the original INVITE when a CANCEL arrived in time; 481 is what it SHOULD send to the CANCEL itself when it matches no transaction, for example because it arrived after the UAS had let go of the INVITE transaction (RFC 3261 §9.2). When a caller hangs up just as the callee answers, the trace shows 200 OK to the INVITE, then 200 or 481 to the CANCEL depending on whether the UAS still holds the INVITE transaction, then a BYE; there is no 487, because the INVITE already has its final response and the CANCEL has no effect on it (RFC 3261 §9.2).',
        ],
        scenarios: [
          'A caller hangs up at the very moment the callee answers. The CANCEL reaches the callee\'s phone after it has sent 200 OK and let go of the INVITE transaction, so the CANCEL is answered 481. The caller\'s phone still has to ACK the 200 (RFC 3261 §13.2.2.4); RFC 3261 §15 then lets it continue the session or end it with BYE (MAY), and as its user has hung up it ends it with BYE.',
          'An SBC or PBX restarts in the middle of calls and loses its dialog state. The next re-INVITE, session-timer UPDATE or BYE from the far end carries a To tag the restarted box does not know; it answers 481, and the far end tears the call down.',
          'A BYE arrives after the dialog has already ended: a second BYE sent in a new transaction, or one sent after a session timer expired on one side and cleared the call first. The UAS SHOULD answer such a BYE with 481 (RFC 3261 §15.1.2). A retransmission of a BYE already answered is different: while its server transaction is in the Completed state, that transaction sends the earlier response again (RFC 3261 §17.2.2).',
          'A phone subscribed to a PBX\'s dialog (BLF) or message-summary events reboots. The PBX\'s next NOTIFY for the old subscription reaches a phone that holds no such subscription any more, which answers 481 (RFC 6665 §4.1.3); the PBX MUST then remove the subscription (RFC 6665 §4.2.2), and the SUBSCRIBE the phone sends after its restart sets up a new one.',
        ],
        fixes: [
          'Compare the Call-ID, From tag and To tag of the rejected request with those of the dialog it should belong to. A To tag rewritten on one leg by a B2BUA or SBC, or a request routed to a different node of a cluster than the one holding the dialog, produces 481 while the call still exists.',
          'For CANCEL: send it only after a provisional response has arrived, to the same address, port and transport as the INVITE, with the same Request-URI, Call-ID, From, To, CSeq number and top Via branch, and with the INVITE\'s Route header field values if it had any (RFC 3261 §9.1). A 481 to a CANCEL that crossed a 200 OK is harmless: complete the call with ACK and end it with BYE.',
          'When a mid-dialog request other than CANCEL gets 481, treat the usage it belongs to as gone (RFC 5057 §5.1) and do not send the same request again (RFC 3261 §21.4). If that usage is the call (the request was a re-INVITE or an UPDATE, for example), end it with a BYE, which may itself be answered 481, and release the call; RFC 3261 §12.2.1.2 says the UAC SHOULD terminate the dialog, which for an INVITE dialog means sending a BYE. If it belongs to another usage of the same dialog, such as a NOTIFY for a REFER, RFC 5057 §5.1 recommends ending only that usage: the dialog should not be destroyed unless this was its last usage, so the call can go on. The same section notes that some implementations destroy the whole dialog on a 481; such a peer answers 481 to the requests of the call as well.',
          'If your own server answers 481 after a restart or failover, consider dialog recovery: RFC 3261 §12.2.2 allows a UAS to accept requests carrying To tags it finds acceptable, such as its own or those of a failed UAS it provides recovery for, which keeps calls up through a crash, provided CSeq numbers, route set and media state can be rebuilt.',
          'Search logs for both "Call/Transaction Does Not Exist" and the RFC 2543 wording "Call Leg/Transaction Does Not Exist"; both are 481.',
        ],
      },
      ja: {
        title: '該当するダイアログ・トランザクションなし',
        summary:
          'UAS が、自分の知らないダイアログまたはトランザクションに属するリクエストを受け取った。遅れて届いた BYE や CANCEL、再起動後のリクエスト、すでに存在しないサブスクリプションへの NOTIFY などが典型である。',
        description: [
          'ダイアログ内のリクエストは Call-ID、From タグ、To タグで照合される。To タグが付いているのに、そこから求めたダイアログ識別子がどのダイアログとも一致しない場合、RFC 3261 §12.2.2 は UAS にダイアログを復元するか拒否するかを委ねており、拒否するときは 481 を返さなければならない。どのサーバトランザクションとも一致しない CANCEL（RFC 3261 §9.2）や、未知のダイアログに対する BYE（RFC 3261 §15.1.2）にも、UAS は同じコードを返すべきである（SHOULD）。拡張仕様もこのコードを流用しており、未確認の信頼性暫定応答のどれにも対応しない PRACK には 481 を返す（RFC 3262 §3）。またタイマ N が満了したサブスクライバは、新たなダイアログの用途（usage）を生むことになる NOTIFY を 481 で拒否すべきである（SHOULD、RFC 6665 §4.1.2.4）。',
          'ダイアログ内のリクエストに対する 481 は、一つのリクエストに対する判定ではなく、相手がそのダイアログ、またはリクエストが属するダイアログの用途の状態を失ったことを示す。RFC 3261 §12.2.1.2 は、ダイアログ内リクエストに 481（または 408）を受けた UAC はダイアログを終了すべき（SHOULD）としており、BYE に 481 を受けた UAC は、セッションとダイアログを終了したものとみなさなければならない（MUST、RFC 3261 §15.1.1）。そのため、re-INVITE に 481 を受けた UAC は、セッション変更の失敗として扱うだけでなく、呼そのものを終えるべきである（SHOULD、RFC 3261 §14.1）。一つのダイアログが通話とサブスクリプションのように複数の用途を持つ場合、RFC 5057 §5.1 は 481 を、そのリクエストが属する用途が失われたことと解釈し、ダイアログを終えるべきなのは最後の用途が終わるときだけとしている。CANCEL への 481 は例外で、影響は CANCEL のトランザクションだけに留まり、INVITE は続く（RFC 5057 §5.1）。',
          '[[487]] と取り違えられやすいが、両者は別のリクエストへの応答である。487 は CANCEL が間に合ったときに UAS が元の INVITE に返すべき応答（SHOULD）であり、481 はどのトランザクションとも一致しなかった CANCEL そのものに UAS が返すべき応答（SHOULD）である。たとえば、UAS が INVITE トランザクションを手放した後に CANCEL が届いた場合である（RFC 3261 §9.2）。着信者が応答した瞬間に発信者が切った場合、トレースでは INVITE に 200 OK が返り、CANCEL には UAS が INVITE トランザクションをまだ保持しているかどうかで 200 か 481 が返り、その後に BYE が続く。INVITE にはすでに最終応答が返っており、CANCEL はそれに影響しないので、487 は現れない（RFC 3261 §9.2）。',
        ],
        scenarios: [
          '着信者が応答したまさにその瞬間に、発信者が電話を切る。CANCEL が着信側の電話機に届いたときには、すでに 200 OK を送って INVITE トランザクションを手放しているため、CANCEL には 481 が返る。発信側の電話機は、それでも 200 に ACK を返さなければならない（RFC 3261 §13.2.2.4）。その後はセッションを続けることも BYE で終えることもできるが（MAY、RFC 3261 §15）、ユーザがすでに切っているので BYE で終える。',
          '通話中に SBC や PBX が再起動してダイアログ状態を失う。相手側から次に届く re-INVITE、セッションタイマの UPDATE、BYE には再起動した装置の知らない To タグが入っているため 481 が返り、相手側は呼を切断する。',
          'ダイアログが終わった後に BYE が届く。新しいトランザクションで送られた二つ目の BYE や、一方でセッションタイマが満了して先に呼を解放した後に送られた BYE である。UAS はこうした BYE に 481 を返すべきである（SHOULD、RFC 3261 §15.1.2）。応答済みの BYE の再送は別で、サーバトランザクションが Completed 状態にある間は、そのトランザクションが前と同じ応答を送り直す（RFC 3261 §17.2.2）。',
          'PBX の dialog（BLF）イベントや message-summary イベントをサブスクライブしていた電話機が再起動する。PBX が古いサブスクリプション宛てに次の NOTIFY を送ると、もうそのサブスクリプションを持たない電話機は 481 を返す（RFC 6665 §4.1.3）。PBX はそこでサブスクリプションを削除しなければならず（RFC 6665 §4.2.2）、電話機が再起動後に送る SUBSCRIBE が新しいサブスクリプションを作る。',
        ],
        fixes: [
          '拒否されたリクエストの Call-ID、From タグ、To タグを、それが属するはずのダイアログの値と突き合わせる。B2BUA や SBC が片側のレッグで To タグを書き換えている場合や、リクエストがダイアログを保持していないクラスタ内の別ノードに振り分けられた場合、呼はまだ存在するのに 481 になる。',
          'CANCEL は暫定応答を受けてから送り、宛先のアドレス・ポート・トランスポートと、Request-URI、Call-ID、From、To、CSeq 番号、先頭 Via の branch を INVITE と同じにし、INVITE に Route ヘッダがあればその値も入れる（RFC 3261 §9.1）。200 OK と行き違った CANCEL への 481 は害がないので、ACK で呼を完了させてから BYE で終える。',
          'CANCEL 以外のダイアログ内リクエストに 481 が返ったら、そのリクエストが属する用途はもう存在しないものとして扱い（RFC 5057 §5.1）、同じリクエストは送り直さない（RFC 3261 §21.4）。その用途が通話そのもの（re-INVITE や UPDATE への 481 など）なら、BYE で通話を終え（その BYE にも 481 が返りうる）、呼を解放する。RFC 3261 §12.2.1.2 は、UAC はダイアログを終了すべきである（SHOULD）としており、INVITE で確立したダイアログでは BYE を送ることがこれにあたる。REFER に伴う NOTIFY のように、同じダイアログの別の用途に属するリクエストであれば、RFC 5057 §5.1 はその用途だけを終えることを推奨している。同節は、最後の用途でない限りダイアログ自体は破棄すべきではないとしているので、通話は続けられる。ただし同節は、481 でダイアログ全体を破棄する実装もあると記している。そのような相手は、通話のリクエストにも 481 を返す。',
          '自分のサーバが再起動やフェイルオーバーの後に 481 を返しているなら、ダイアログ復元を検討する。RFC 3261 §12.2.2 は、自分が発行した To タグや、復旧を肩代わりしている障害中の UAS の To タグなど、受け入れられると判断した To タグのリクエストを UAS が受け入れることを認めており、CSeq 番号、ルートセット、メディアの状態を再構築できれば、障害をまたいで通話を維持できる。',
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
    seeAlso: ['RFC3261 §16.3', 'RFC3261 §16.6', 'RFC3261 §6', 'RFC3261 §8.2.2.2', 'RFC5393 §4.1', 'RFC5393 §4.2.1', 'RFC5393 §4.2.2', 'RFC5853 §2', 'RFC5057 §5.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'uas', 'b2bua'],
        refs: ['RFC3261 §21.4.20', 'RFC3261 §16.3', 'RFC3261 §8.2.2.2', 'RFC7332 §4', 'RFC5393 §4.2.2'],
        byRole: {
          proxy: ['RFC3261 §21.4.20', 'RFC3261 §16.3'],
          uas: ['RFC3261 §8.2.2.2'],
          // RFC 7332 §4 recommends the loop detection RFC 5393 defines for a proxy; its §4.2.2 answers a loop with 482.
          b2bua: ['RFC7332 §4', 'RFC5393 §4.2.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.20'] },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Via',
        in: 'request',
        ref: 'RFC3261 §16.3',
        note: {
          en: 'The whole branch value differs on every pass of a looped or spiralled request (RFC 3261 §16.6, item 8). A proxy that checks for loops and finds its own earlier sent-by value in the Via list therefore recomputes only the loop-detection part of its branch parameter for this request and compares it with the same part stored there (under RFC 5393 §4.2.2 the "second part", which is only there if the proxy forked the request when it added that Via); equal values mean a loop.',
          ja: 'branch の値全体は、ループやスパイラルで同じプロキシを通過するたびに異なる（RFC 3261 §16.6 の項目 8）。そのため、ループを検査するプロキシは、Via の並びに自分が以前入れた sent-by の値を見つけると、このリクエストについて branch パラメータのループ検出用の部分だけを計算し直し、そこに記録された同じ部分と比べる（RFC 5393 §4.2.2 では「第 2 部分」で、その Via を入れたときにプロキシがリクエストをフォーキングしていた場合にだけある）。一致すればループである。',
        },
      },
    ],
    related: [483, 440, 408],
    keywords: {
      en: ['routing loop', 'SIP loop', 'spiral', 'merged request', 'Via branch', 'forking loop'],
      ja: ['ルーティングループ', '転送ループ', 'スパイラル', 'マージされたリクエスト', 'Via', 'branch パラメータ'],
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
        { from: 'p2', to: 'p1', label: 'INVITE' },
        { from: 'p1', to: 'p2', label: '482 Loop Detected' },
        { from: 'p2', to: 'p1', label: 'ACK' },
        { from: 'p2', to: 'p1', label: '482 Loop Detected' },
        { from: 'p1', to: 'p2', label: 'ACK' },
        { from: 'p1', to: 'a', label: '482 Loop Detected' },
        { from: 'a', to: 'p1', label: 'ACK' },
      ],
      caption: {
        en: 'Two proxies each route example.org to the other; when the INVITE comes back to proxy 1 with an unchanged Request-URI, proxy 1, which checks for loops, finds its own Via entry, sees that the loop-detection part of its branch is unchanged, answers 482, and the response travels back hop by hop, each hop acknowledging it.',
        ja: '2 台のプロキシが example.org 宛てのリクエストを互いに相手へルーティングしている。Request-URI が変わらないまま INVITE がプロキシ 1 に戻ると、ループを検査するプロキシ 1 は自分の Via を見つけ、その branch のループ検出用の部分が変わっていないことを確かめて 482 を返す。応答はホップごとに送り返され、各ホップが ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.org SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK9c3e51.1',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK4b43c2ff8.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'Max-Forwards: 68',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:bob@example.org>',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 482 Loop Detected',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK9c3e51.1',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK4b43c2ff8.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:bob@example.org>;tag=314ab8e2',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Via'],
    },
    text: {
      en: {
        title: 'Loop Detected',
        summary:
          'A proxy found that the request had already passed through it with the same routing decision (a loop), or a user agent received a second copy of a forked request by another path.',
        description: [
          'RFC 3261 uses 482 for two different situations, and the trace tells them apart. In the first, a proxy notices that a request it is about to forward has passed through it before: a Via header carries a sent-by value the proxy itself inserted. If it checks for loops, the proxy recomputes the part of the branch parameter it uses for loop detection, which reflects the fields that decide how it routes the request, and compares it with the same part of the branch in that Via; the branch as a whole differs on every pass, because its first part is unique to each forwarded copy (RFC 3261 §16.6, item 8). Equal values mean a true loop; different values mean a legitimate spiral, typically a request that came back with a changed Request-URI (RFC 3261 §6), and processing continues. On a loop RFC 3261 lets the proxy answer 482 (RFC 3261 §16.3, item 4); RFC 5393 requires a proxy that forks a request to make sure it is not looping, recommends its corrected version of the check for the purpose (RFC 5393 §4.1), and in the item 4 that replaces RFC 3261\'s makes the 482 a MUST once the check finds a loop (RFC 5393 §4.2.2).',
          'In the second, no loop exists at all. A forking proxy sent copies of one request along different paths, and two of them reached the same user agent. The UAS MUST check each request without a To tag against its ongoing transactions: a copy whose From tag, Call-ID and CSeq match one of them but which does not match that transaction itself (a different branch, not a retransmission) is a merged request. The UAS processes the first copy normally and SHOULD answer the later ones with 482 (RFC 3261 §8.2.2.2). Proxies themselves must not treat such merged requests as an error (RFC 3261 §16.3).',
          'Loop detection is optional in RFC 3261. RFC 5393 strengthened it for proxies that fork, because a loop combined with forking multiplies traffic, corrected the detection algorithm, and added Max-Breadth ([[440]]) to cap parallel branches. RFC 7332 §4 recommends that B2BUAs perform the same Via-based check as such a proxy, so a B2BUA can answer 482 on a loop too. A loop that escapes detection ends instead with [[483]] once Max-Forwards runs out, provided the elements on it carry the count on; RFC 5393 §7 warns that when a request passes into the PSTN and back into SIP and its history is lost, a loop can be built that neither Max-Forwards nor loop detection protects against. A routing loop can therefore end in either code, or in neither.',
        ],
        scenarios: [
          'Two proxies each route a domain that neither of them owns to the other, for example after a DNS or dial-plan change. An INVITE bounces between them until one that checks for loops finds its own Via entry with an unchanged loop-detection part in the branch value and answers 482.',
          'A user is registered with two contacts that both reach the same PBX through proxies only, for example after the PBX registered the same line twice under two contact addresses. The proxy co-located with the registrar forks the call, the PBX receives two copies with the same From tag, Call-ID and CSeq, rings normally on the first and answers the second with 482. The call itself is fine. (If both copies pass through one SBC, the SBC receives them as a user agent server and is the element that SHOULD answer the later copy with 482, RFC 3261 §8.2.2.2; an SBC that instead sends each copy on with a new Call-ID and From tag, as RFC 5853 §2 says some SBCs do, delivers them to the PBX as two separate calls.)',
          'A hunt group on a PBX that proxies calls, rather than bridging them, contains an external number that the provider forwards straight back to the hunt group, with only SIP proxies on the way out and back. The returning INVITE carries the PBX\'s own Via, the loop-detection part of that branch matches what the PBX computes for the new arrival, and the PBX stops it with 482. (Had the forwarding passed through a B2BUA or the PSTN, the INVITE coming back would be a new request without the PBX\'s Via, and this check could not catch it.)',
        ],
        fixes: [
          'Read the Via headers of the rejected request from the bottom up: the element that sent the 482 finds its own earlier entry in the list, and the loop is made of the hops from that entry to the top, the element itself included. Another hop that appears twice has also had the request pass through it twice, but a legitimate spiral does that too (RFC 3261 §6), so that alone does not show a loop. Find which of those hops sends the request back, whether by a static route, a DNS SRV target, or a dial-plan rule that sends a domain or number range back where it came from, and correct it there.',
          'Before chasing a loop, check whether the 482 came from a user agent answering a merged request: it arrives on one branch of a forked call while another branch proceeds. That is expected behaviour (RFC 3261 §8.2.2.2) and needs no fix, unless the forking itself is unwanted, as with duplicate registrations of the same device. A client can meet the same case without any forking proxy: if it fails over under RFC 3263 to a second server before the first has answered, the request has in effect forked, and RFC 5057 §5.1 says it should pick the non-482 response as the best one, as a forking proxy would.',
          'If you run a forking proxy, implement the loop check of RFC 3261 §16.3 with the corrections of RFC 5393, and make sure a spiral (the same proxy reached again with a changed Request-URI or other routing input) is not flagged as a loop; the branch comparison exists to tell the two apart.',
        ],
      },
      ja: {
        title: 'ループ検出',
        summary:
          'リクエストが同じルーティング判断のまま自分を再び通過した（ループ）ことをプロキシが検出したか、フォーキングされたリクエストの複製が別経路で同じ UA に届いた。',
        description: [
          'RFC 3261 は 482 を二つの異なる状況に使っており、どちらなのかはトレースで見分けられる。一つ目は、転送しようとしているリクエストが以前にも自分を通過していたとプロキシが気づく場合である。Via ヘッダの中に、プロキシ自身が挿入した sent-by の値がある。ループを検査するプロキシなら、branch パラメータのうちループ検出に使う部分（リクエストのルーティングを左右するフィールドを反映する）をこのリクエストについて計算し直し、その Via の branch の同じ部分と比べる。branch 全体は、先頭部分が転送する複製ごとに一意なので、通過のたびに異なる（RFC 3261 §16.6 の項目 8）。一致すれば本物のループであり、異なれば正当なスパイラル（典型的には Request-URI が変わって戻ってきたもの。RFC 3261 §6）なので処理を続ける。RFC 3261 では、ループの場合にプロキシは 482 を返してよい（RFC 3261 §16.3 の項目 4）。RFC 5393 は、リクエストをフォーキングするプロキシにループしていないことの確認を義務付け、そのために自らが訂正した検査を推奨し（RFC 5393 §4.1）、RFC 3261 の項目 4 を置き換えた新しい項目 4 で、検査がループを見つけたら 482 で拒否しなければならない（MUST）とした（RFC 5393 §4.2.2）。',
          '二つ目では、実はループは存在しない。フォーキングするプロキシが同じリクエストの複製を別々の経路に送り、そのうち二つが同じ UA に着いた場合である。UAS は To タグのないリクエストを処理中のトランザクションと照合しなければならない（MUST）。From タグ、Call-ID、CSeq がそのどれかと一致するのに、トランザクション自体とは一致しない（再送ではなく別のブランチの）複製は、マージされたリクエストである。UAS は最初の一つを通常どおり処理し、後から来た複製には 482 を返すべきである（SHOULD、RFC 3261 §8.2.2.2）。プロキシ自身は、こうしたマージされたリクエストをエラーとして扱ってはならない（RFC 3261 §16.3）。',
          'RFC 3261 ではループ検出は任意である。ループとフォーキングが重なるとトラフィックが増幅されるため、RFC 5393 はフォーキングするプロキシに対する要件を強化し、検出アルゴリズムを訂正したうえで、並列ブランチ数を制限する Max-Breadth（[[440]]）を追加した。RFC 7332 §4 は、B2BUA もそうしたプロキシと同じ Via による検査を行うことを推奨しており（RECOMMENDED）、B2BUA もループに 482 を返しうる。検出をすり抜けたループは、経路上の装置が Max-Forwards を引き継いでいれば、それが尽きた時点で [[483]] で終わる。ただし RFC 5393 §7 は、リクエストが PSTN を経由して SIP に戻り、その間にリクエストの履歴が失われると、Max-Forwards でもループ検出でも防げないループが作れてしまうと警告している。したがって、ルーティングループはどちらのコードでも終わりうるし、どちらでも終わらないこともある。',
        ],
        scenarios: [
          '二つのプロキシが、どちらも担当していないドメインのルートとして互いを指している。DNS やダイヤルプランを変更した後などに起きる。INVITE が両者の間を往復し、ループを検査するプロキシが自分の Via エントリを見つけ、その branch のループ検出用の部分が変わっていないことから 482 を返す。',
          'あるユーザが、プロキシだけを経由して同じ PBX に至る二つのコンタクトで登録している。たとえば PBX が同じ回線を二つのコンタクトアドレスで二重に登録した場合である。レジストラと同居するプロキシが呼をフォーキングすると、PBX は From タグ、Call-ID、CSeq が同じ複製を二つ受け取り、一つ目では通常どおり呼び出し、二つ目には 482 を返す。呼そのものに問題はない（二つの複製が同じ SBC を経由する場合、SBC はそれらを UAS として受け取るので、後の複製に 482 を返すべきなのは SBC である（SHOULD、RFC 3261 §8.2.2.2）。そうせずに、RFC 5853 §2 が示すように新しい Call-ID と From タグを生成してそれぞれの複製を送り出す SBC を経由すると、二つの複製は別々の呼として PBX に届く）。',
          '呼をブリッジせずプロキシとして中継する PBX のハントグループに外部番号が含まれており、事業者がその番号を同じハントグループにそのまま転送し返す。行きも帰りも、経路上には SIP プロキシしかない。戻ってきた INVITE には PBX 自身の Via があり、その branch のループ検出用の部分が新たに届いたリクエストについて PBX が計算した値と一致するので、PBX は 482 で止める（転送の経路に B2BUA や PSTN が入っていれば、戻ってくる INVITE は PBX の Via を持たない新しいリクエストになり、この検査では検出できない）。',
        ],
        fixes: [
          '拒否されたリクエストの Via ヘッダを下から順に読む。482 を返した装置は、並びの中に自分が以前に入れたエントリを見つけている。ループを作っているのは、そのエントリから先頭までのホップ（その装置自身を含む）である。ほかにも二度現れるホップがあれば、そのホップもリクエストを二度通しているが、正当なスパイラルでもそうなるので（RFC 3261 §6）、それだけではループを示さない。それらのホップのうち、静的ルート、DNS SRV のターゲット、ドメインや番号帯を元の方向へ送り返すダイヤルプランのルールなどでリクエストを送り返しているものを突き止め、そこで直す。',
          'ループを追いかける前に、その 482 がマージされたリクエストに対して UA が返したものではないかを確かめる。フォーキングされた呼の一方のブランチにだけ 482 が返り、他方は進行している場合がそれにあたる。これは想定どおりの動作（RFC 3261 §8.2.2.2）で修正は要らない。ただし同じ端末の重複登録のように、フォーキング自体が望ましくない場合は別である。フォーキングするプロキシがなくても、クライアントが同じ状況に出会うことがある。最初のサーバが応答する前に RFC 3263 に従って二つ目のサーバへフェイルオーバーすると、リクエストは実質的にフォーキングされたことになる。RFC 5057 §5.1 は、その場合もフォーキングするプロキシと同じように、482 以外の応答を最良の応答として選ぶべきであるとしている。',
          'フォーキングするプロキシを運用しているなら、RFC 3261 §16.3 のループ検査を RFC 5393 の訂正を踏まえて実装し、スパイラル（Request-URI などのルーティングの入力が変わって同じプロキシに再び届いたもの）をループと誤判定しないようにする。branch の比較は、この二つを区別するためにある。',
        ],
      },
    },
  },
  {
    code: 483,
    phrase: 'Too Many Hops',
    status: 'active',
    refs: ['RFC3261 §21.4.21'],
    seeAlso: ['RFC3261 §16.3', 'RFC3261 §16.6', 'RFC3261 §20.22', 'RFC3261 §8.1.1.6', 'RFC3261 §21.4', 'RFC5057 §5.1', 'RFC7332 §5', 'RFC7332 §7'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'b2bua'],
        refs: ['RFC3261 §21.4.21', 'RFC3261 §16.3', 'RFC7332 §5'],
        byRole: {
          proxy: ['RFC3261 §21.4.21', 'RFC3261 §16.3'],
          b2bua: ['RFC7332 §5'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.21'] },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Max-Forwards',
        in: 'request',
        ref: 'RFC3261 §20.22',
        note: {
          en: 'Counts down the hops a request may still take; a proxy that receives it at 0 MUST NOT forward the request and MUST answer 483, except that for an OPTIONS it MAY respond itself as the final recipient (RFC 3261 §16.3, item 3).',
          ja: 'あと何ホップ転送できるかを表す。値 0 で受け取ったプロキシはリクエストを転送してはならず（MUST NOT）、483 を返さなければならない（MUST）。ただし OPTIONS には、自ら最終的な受信者として応答してもよい（MAY、RFC 3261 §16.3 の項目 3）。',
        },
      },
    ],
    related: [482, 440, 408],
    keywords: {
      en: ['Max-Forwards', 'hop count', 'hop limit', 'routing loop', 'B2BUA loop', 'Max-Forwards 0', 'TTL'],
      ja: ['ホップ数', 'ホップ数上限', 'Max-Forwards', 'ルーティングループ', 'B2BUA ループ', 'Max-Forwards 0', 'TTL'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE (Max-Forwards: 70)' },
        { from: 'p', to: 's', label: 'INVITE (Max-Forwards: 69)' },
        { from: 's', to: 'p', label: 'INVITE (Max-Forwards: 68)' },
        { from: 'p', to: 's', label: 'INVITE (Max-Forwards: 1)' },
        { from: 's', to: 'p', label: 'INVITE (Max-Forwards: 0)' },
        { from: 'p', to: 's', label: '483 Too Many Hops' },
        { from: 's', to: 'p', label: 'ACK' },
        { from: 's', to: 'p', label: '483 Too Many Hops' },
        { from: 'p', to: 's', label: 'ACK' },
        { from: 'p', to: 'a', label: '483 Too Many Hops' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'A proxy and an SBC route the same number to each other, and each pass lowers Max-Forwards by one (the passes between 68 and 1 are left out); the proxy receives the INVITE with 0 and answers 483, which travels back pass by pass to the caller, each hop acknowledging it.',
        ja: 'プロキシと SBC が同じ番号を互いに相手へルーティングしており、リクエストが 1 回転送されるたびに Max-Forwards が 1 ずつ減る（68 から 1 までの途中の往復は省略）。プロキシは値 0 の INVITE を受け取って 483 を返し、483 は往復をさかのぼって発信者まで戻る。各ホップはそれぞれ ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12125550123@example.com;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK3f9a1c07',
        'Max-Forwards: 0',
        'From: <sip:+12125550100@example.net;user=phone>;tag=5e8a1c93',
        'To: <sip:+12125550123@example.com;user=phone>',
        'Call-ID: 7c1b2e9f4d3a@203.0.113.5',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12125550100@203.0.113.5:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 483 Too Many Hops',
        'Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK3f9a1c07',
        'From: <sip:+12125550100@example.net;user=phone>;tag=5e8a1c93',
        'To: <sip:+12125550123@example.com;user=phone>;tag=b91f02d7',
        'Call-ID: 7c1b2e9f4d3a@203.0.113.5',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Max-Forwards'],
    },
    text: {
      en: {
        title: 'Too Many Hops',
        summary:
          'A proxy, or a B2BUA that carries Max-Forwards across, received the request with Max-Forwards already at zero and refused to forward it further; for a request that started at the recommended 70, that points to a routing loop.',
        description: [
          'Max-Forwards is SIP\'s hop limit. Each proxy that forwards a request decrements the value by one, and inserts the header with a value that SHOULD be 70 when it is missing (RFC 3261 §16.6, item 3). A proxy that receives a request whose Max-Forwards is zero MUST NOT forward it: for OPTIONS it MAY respond as the final recipient, and otherwise, for any other request or an OPTIONS it does not answer itself, it MUST return 483 (RFC 3261 §16.3, item 3).',
          'RFC 3261 chose 70 as large enough that no request is dropped in any SIP network when there are no loops (RFC 3261 §8.1.1.6), so a 483 on a request that started at 70 means it has been going round in circles. The Via-based loop check behind [[482]] (optional in RFC 3261; RFC 5393 §4.1 requires a proxy that forks a request to make sure it is not looping and recommends this check for the purpose) relies on a proxy finding its own Via entry, which elements that regenerate requests prevent, and such loops then run until the hop budget is spent, provided those elements carry Max-Forwards on. RFC 7332 deals with the worst variant: B2BUAs, which create new requests as user agent clients, could start every pass with a fresh Max-Forwards value and keep a loop alive indefinitely, so RFC 7332 §5 now requires every B2BUA, for dialog-forming and out-of-dialog requests, to copy the received value, decremented, into the requests it generates and to check it for zero itself; a B2BUA can therefore answer 483 too.',
          'The OPTIONS exception turns Max-Forwards into a diagnostic tool: an OPTIONS sent with a small value stops at the element where the count reaches zero, and if that element answers, it shows how far the request got. A 483 to an initial request says nothing about the destination. RFC 3261 §21.4 says a client SHOULD NOT send the same request again without modification, and unless something along the path, or the request\'s Max-Forwards, changes, it fails the same way. Inside a dialog a 483 is aberrant, and RFC 5057 §5.1 lists it among the responses that destroy the dialog: a retry with a larger Max-Forwards may recover, and a user agent that does not retry should treat the dialog as ended.',
        ],
        scenarios: [
          'A PBX sends an unassigned number range to its SIP trunk, and the carrier\'s SBC routes the same range back to the PBX. Both carry Max-Forwards across, as RFC 7332 requires of B2BUAs, so every pass lowers Max-Forwards until one side receives 0 and answers 483. The caller hears a failure after a few seconds, and the trace shows dozens of near-identical INVITEs with falling Max-Forwards values.',
          'A user agent configured with "Max-Forwards: 5" for a lab test is moved to a production network, where its calls cross an SBC, several IMS proxies and an application server. The sixth element on the path receives the request with 0 and answers 483.',
          'An engineer checks reachability by sending OPTIONS with "Max-Forwards: 0" to the first proxy. Depending on its configuration, the proxy answers the OPTIONS itself or rejects it with 483; either response proves that hop is alive.',
        ],
        fixes: [
          'Count how often the same request appears in the capture and read its Max-Forwards values: a value that falls pass by pass toward 0 on near-identical INVITEs is a loop, not a long path. Follow the Request-URI and Route headers to the rule that sends the request back.',
          'Make sure no element originates requests with a low Max-Forwards; 70 is the value RFC 3261 recommends.',
          'Where a B2BUA or SBC is part of the loop, have it carry the received Max-Forwards, decremented, into the request it sends on the other leg instead of starting again at 70. RFC 7332 §5 requires this of every B2BUA for dialog-forming and out-of-dialog requests (a vendor may offer a setting to turn it off, but it must be on by default, RFC 7332 §7), and it makes a loop end with 483 instead of running on indefinitely.',
        ],
      },
      ja: {
        title: 'ホップ数超過',
        summary:
          'Max-Forwards がすでに 0 になったリクエストを受けたプロキシ（または Max-Forwards を引き継ぐ B2BUA）が、それ以上の転送を拒否した（推奨値の 70 から始まったリクエストであれば、ルーティングループを示している）。',
        description: [
          'Max-Forwards は SIP のホップ数制限である。リクエストを転送するプロキシは値を 1 ずつ減らし、ヘッダがなければ追加する（その値は 70 とすべきである。RFC 3261 §16.6 の項目 3）。Max-Forwards が 0 のリクエストを受けたプロキシはそれを転送してはならない（MUST NOT）。OPTIONS であれば自ら最終的な受信者として応答してもよい（MAY）。そうしない場合は、ほかのリクエストにも、自ら応答しない OPTIONS にも、483 を返さなければならない（MUST、RFC 3261 §16.3 の項目 3）。',
          'RFC 3261 は、ループがなければどの SIP 網でもリクエストが落とされないだけの大きさとして 70 を選んだ（RFC 3261 §8.1.1.6）。したがって、70 から始まったリクエストへの 483 は、リクエストが堂々巡りしていたことを意味する。[[482]] の元になる Via によるループ検査（RFC 3261 では任意。RFC 5393 §4.1 は、リクエストをフォーキングするプロキシにループしていないことの確認を義務付け、そのためにこの検査を推奨している）は、プロキシが自分の Via エントリを見つけられることを前提にしているが、リクエストを作り直す装置が間に入るとそれができず、その装置が Max-Forwards を引き継いでいれば、ループはホップ数を使い切るまで続く。最悪の形を扱っているのが RFC 7332 である。B2BUA は UAC として新しいリクエストを生成するので、通過のたびに Max-Forwards を新しい値から始めることができ、ループを際限なく続けさせてしまう。そこで RFC 7332 §5 は、ダイアログを生成するリクエストとダイアログ外のリクエストについて、受信した値を 1 減らして生成するリクエストに引き継ぐこと、値が 0 かどうかを自ら確認することを、すべての B2BUA に義務付けた。このため B2BUA も 483 を返しうる。',
          'OPTIONS の例外のおかげで、Max-Forwards は診断の道具にもなる。小さな値を付けて送った OPTIONS は値が 0 になった装置で止まり、その装置が応答すれば、リクエストがどこまで届いたかがわかる。最初のリクエストへの 483 は宛先については何も示さない。RFC 3261 §21.4 は、同じリクエストを変更せずに再試行すべきでない（SHOULD NOT）としており、経路上の何か、またはリクエストの Max-Forwards が変わらない限り、同じように失敗する。ダイアログ内での 483 は異常であり、RFC 5057 §5.1 はダイアログを終わらせる応答に数えている。より大きな Max-Forwards で再試行すれば回復できることもあり、再試行しない UA はそのダイアログを終了したものとして扱うべきである。',
        ],
        scenarios: [
          'PBX が未割り当ての番号帯を SIP トランクに送り、キャリアの SBC は同じ番号帯を PBX へ送り返している。RFC 7332 が B2BUA に求めるとおり、どちらも Max-Forwards を引き継ぐので、転送のたびに Max-Forwards が減り、一方が 0 を受け取って 483 を返す。発信者側では数秒後に発信が失敗し、トレースには Max-Forwards の値が次々に下がっていく、ほぼ同じ INVITE が何十個も並ぶ。',
          '検証用に「Max-Forwards: 5」を設定した UA が本番網に移され、その呼が SBC、複数の IMS プロキシ、アプリケーションサーバを経由するようになる。経路上の 6 番目の装置が値 0 のリクエストを受け取り、483 を返す。',
          'エンジニアが最初のプロキシに「Max-Forwards: 0」の OPTIONS を送り、到達性を確認する。設定によってプロキシは OPTIONS に自ら応答するか 483 で拒否するが、どちらの応答でもそのホップが生きていることはわかる。',
        ],
        fixes: [
          'キャプチャに同じリクエストが何回現れるかを数え、Max-Forwards の値を読む。ほぼ同じ INVITE で値が転送ごとに 0 へ近づいていくなら、長い経路ではなくループである。Request-URI と Route ヘッダをたどり、リクエストを送り返しているルールを突き止める。',
          '小さな Max-Forwards でリクエストを生成している装置がないことを確認する。RFC 3261 が推奨する値は 70 である。',
          'B2BUA や SBC がループに含まれる場合は、受信した Max-Forwards を 1 減らした値を反対側のレッグで送るリクエストに引き継がせ、70 からやり直さないようにする。RFC 7332 §5 は、ダイアログを生成するリクエストとダイアログ外のリクエストについて、すべての B2BUA にこれを義務付けている（製造元は無効にする設定を用意してもよいが、初期設定では有効でなければならない。RFC 7332 §7）。これによってループは、いつまでも続くことなく 483 で終わる。',
        ],
      },
    },
  },
  {
    code: 484,
    phrase: 'Address Incomplete',
    status: 'active',
    refs: ['RFC3261 §21.4.22'],
    seeAlso: ['RFC3261 §16.7', 'RFC3261 §21.4.5', 'RFC3398 §7.2.4.1', 'RFC3398 §8.2.6.1', 'RFC3578 §1', 'RFC3578 §2', 'RFC3578 §3.1', 'RFC3578 §3.2'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'gateway', 'uas'],
        refs: ['RFC3261 §21.4.22', 'RFC3976 §4.2', 'RFC3976 §5.1', 'RFC3398 §7.2.4.1'],
        byRole: {
          // §21.4.22 names "the server"; RFC 3976 (Informational) names the proxy: its IN-enabled SIP entity "can be a
          // proxy or a B2BUA" (§4.2), and on a digit-collection timeout in overlap dialling it sends a non-2xx final
          // response, "possibly a 484" (§5.1). RFC 3261 §6 and §16.1 name no code.
          proxy: ['RFC3261 §21.4.22', 'RFC3976 §4.2', 'RFC3976 §5.1'],
          gateway: ['RFC3398 §7.2.4.1'],
          uas: ['RFC3261 §21.4.22'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.22'] },
      retry: { value: 'modify', refs: ['RFC3261 §21.4.22', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [404, 485, 604, 410],
    keywords: {
      en: ['overlap dialing', 'overlap sending', 'incomplete number', 'too few digits', 'digit map', 'dial plan', 'Q.850 cause 28', 'invalid number format'],
      ja: ['オーバーラップダイヤル', 'オーバーラップ信号', '桁不足', '番号不完全', 'ダイヤルプラン', 'デジットマップ', '桁間タイマ', '理由表示 28'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE sip:5550123@example.net' },
        { from: 's', to: 'a', label: '100 Trying' },
        { from: 's', to: 'a', label: '484 Address Incomplete' },
        { from: 'a', to: 's', label: 'ACK' },
        { from: 'a', to: 's', label: 'INVITE sip:2125550123@example.net' },
        { from: 's', to: 'a', label: '100 Trying' },
        { from: 's', to: 'a', label: '180 Ringing' },
      ],
      caption: {
        en: 'A phone sends a number without its area code and the trunk SBC answers 484; once the user dials again with the area code, the new INVITE is routed and the far end rings.',
        ja: '電話機が市外局番を付けずに番号を送ったため、トランクの SBC が 484 を返す。ユーザが市外局番を付けてかけ直すと、新しい INVITE はルーティングされ、相手側が呼び出される。',
      },
    },
    example: {
      request: [
        'INVITE sip:5550123@example.net SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK5c1d8e2',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=76ff7a07',
        'To: <sip:5550123@example.net>',
        'Call-ID: c3x842276298220188511@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 484 Address Incomplete',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK5c1d8e2',
        'From: Alice <sip:alice@example.com>;tag=76ff7a07',
        'To: <sip:5550123@example.net>;tag=1a2b3c4d',
        'Call-ID: c3x842276298220188511@192.0.2.10',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['To'],
    },
    text: {
      en: {
        title: 'Address Incomplete',
        summary:
          'The Request-URI does not hold a complete address, such as a dialled number with too few digits, in which case more digits are needed.',
        description: [
          'An incomplete Request-URI is what 484 reports (RFC 3261 §21.4.22), and the sender SHOULD add detail in the reason phrase. When the Request-URI holds a telephone number, in a sip: URI with user=phone or in a tel: URI, the server responsible for that number range can see from its numbering plan that the digits stop too early.',
          'RFC 3261 §21.4.22 notes that the code allows overlap dialling: a client that does not know how long the number will be sends INVITEs with growing digit strings and prompts the user for more input each time 484 comes back, until some other answer arrives; RFC 3578 describes how ISUP overlap signalling is mapped onto this, but it treats overlap in SIP as the exception: "Like modern switches, SIP uses en-bloc signalling", native SIP endpoints never generate overlap signalling, and a gateway should preferably collect the digits and send a single INVITE (RFC 3578 §1). A phone that does not implement overlap dialling sends its INVITE once it considers the number complete, by a digit map or an inter-digit timeout, so for its user a 484 ends the call attempt instead of prompting for more digits.',
          'Because it carries information for resubmitting the request, 484 is one of the responses a forking proxy SHOULD give preference to when it picks the best 4xx response to send upstream, together with 401, 407, 415 and 420 (RFC 3261 §16.7, item 6). Compare [[404]], where the address is well formed but does not exist, and [[485]], where it is complete but matches several users. For the PSTN, RFC 3398 recommends mapping ISUP cause 28 (address incomplete, "invalid number format" in Q.850) to 484, and 484 back to cause 28 (RFC 3398 §7.2.4.1, §8.2.6.1).',
        ],
        scenarios: [
          'A user dials a national number without the area code or trunk prefix. The phone\'s digit map sends it when the inter-digit timeout expires, and the carrier\'s SBC answers the INVITE with "484 Address Incomplete" because the number is too short for its numbering plan.',
          'An ISDN PBX connected through a gateway uses overlap sending. The gateway forwards the first digits in an INVITE, the SIP side answers 484, and the gateway sends a new INVITE each time the PBX delivers more digits, until the call can be routed.',
          'A softphone configured to dial as soon as the digits match a pattern sends the INVITE while the user is still typing an extension; the PBX answers 484 for the partial number.',
        ],
        fixes: [
          'Check the number in the Request-URI, and its normalization to E.164 or to the local plan, against what the next hop expects: look for a missing country code, area code or trunk prefix.',
          'Tighten the digit map or lengthen the inter-digit timeout on phones and ATAs, so that numbers are not sent before they are complete.',
          'When interworking with overlap signalling, RFC 3578 prefers that the gateway collect the digits, by number analysis and timers, and send a single INVITE (RFC 3578 §1, §2). Overlap signalling in SIP is for where that conversion results in unacceptable call setup delays (RFC 3578 §1), and RFC 3578 §3.1 sets three limits on it: a gateway can be configured to send a new INVITE with all the digits so far each time more arrive (RFC 3578 §3.2) only if the SIP routing infrastructure ensures that the INVITEs will only reach one gateway; where the routing is not under the control of the gateway\'s administrator, the gateway has to collect the digits and send one INVITE instead; and overlap signalling should not be used to reach parts of the PSTN where a number and a shorter prefix of it can both be valid addresses of different terminals.',
          'On your own server, return 484 when the Request-URI is incomplete (RFC 3261 §21.4.22), for example when the digits are the start of longer valid numbers, and [[404]] when no valid number starts with them, since then you have definitive information that the user does not exist (RFC 3261 §21.4.5); clients then do not wait for digits that can never help.',
        ],
      },
      ja: {
        title: '番号不完全',
        summary:
          'Request-URI のアドレスが完全でない。たとえばダイヤルされた番号の桁が足りない場合であり、そのときは追加の桁が必要になる。',
        description: [
          '484 が伝えるのは Request-URI が不完全だということであり（RFC 3261 §21.4.22）、送信側はリーズンフレーズで詳しい情報を補うべきである（SHOULD）。Request-URI が user=phone 付きの sip URI や tel URI に入った電話番号であれば、その番号帯を担当するサーバは番号計画から桁が途中で終わっていると判断できる。',
          'RFC 3261 §21.4.22 は、このコードによってオーバーラップダイヤルが可能になると注記している。番号の長さを知らないクライアントは、桁数を増やしながら INVITE を送り、484 が返るたびにユーザに続きの入力を促し、別の応答が返るまでこれを繰り返す。ISUP のオーバーラップ信号をこの方式に対応付ける方法は RFC 3578 が記述しているが、同 RFC は SIP でのオーバーラップを例外として扱う。SIP は現代の交換機と同じくエンブロック方式であり、SIP 本来の端末はオーバーラップ信号を生成せず、ゲートウェイは桁を集めてから INVITE を 1 つ送るのが望ましいとしている（RFC 3578 §1）。オーバーラップダイヤルを実装していない電話機は、デジットマップや桁間タイムアウトで番号が揃ったと判断してから INVITE を送るので、そのユーザにとって 484 は、続きの入力を促すものではなく発信の失敗になる。',
          'リクエストを出し直すための情報を含む応答なので、フォーキングするプロキシが上流に返す最良の 4xx 応答を選ぶ際に優先すべき（SHOULD）応答の一つであり、401・407・415・420 と並べて挙げられている（RFC 3261 §16.7 の項目 6）。[[404]] は形式としては正しいが存在しないアドレス、[[485]] は完全だが複数のユーザに該当するアドレスを示すのと対照的である。PSTN との間では、ISUP の理由表示 28 の無効番号フォーマット（不完全番号）を 484 に、484 を理由表示 28 に対応付けることを RFC 3398 が推奨している（RFC 3398 §7.2.4.1、§8.2.6.1）。',
        ],
        scenarios: [
          'ユーザが市外局番やトランクプレフィックスを付けずに国内番号をダイヤルする。電話機のデジットマップは桁間タイムアウトの満了時に送出し、キャリアの SBC は番号計画上桁が足りないとして、INVITE に「484 Address Incomplete」を返す。',
          'ゲートウェイ経由で接続した ISDN PBX がオーバーラップ送出を使っている。ゲートウェイは最初の数桁を INVITE で送り、SIP 側が 484 を返す。PBX から桁が届くたびにゲートウェイは新しい INVITE を送り、呼がルーティングできるまでこれを続ける。',
          'パターンに一致した時点で発信する設定のソフトフォンが、ユーザが内線番号を打ち終える前に INVITE を送ってしまう。PBX は途中までの番号に 484 を返す。',
        ],
        fixes: [
          'Request-URI の番号と、その E.164 やローカル番号計画への正規化の結果が、次ホップの期待する形式になっているかを確認する。国番号、市外局番、トランクプレフィックスが欠けていないかを確かめる。',
          '電話機や ATA のデジットマップを厳しくするか、桁間タイムアウトを延ばし、番号が揃う前に送出されないようにする。',
          'オーバーラップ信号と相互接続する場合、RFC 3578 が望ましいとするのは、ゲートウェイが番号分析とタイマで桁を集め、INVITE を 1 つだけ送る方法である（RFC 3578 §1、§2）。SIP でオーバーラップ信号を使うのは、この変換によって呼設定の遅延が許容できないほど長くなる場合であり（RFC 3578 §1）、RFC 3578 §3.1 はこれに三つの制限を定めている。桁が届くたびにそれまでの全桁を入れた新しい INVITE を送る（RFC 3578 §3.2）ようゲートウェイを設定できるのは、SIP のルーティング基盤によって、すべての INVITE が一つのゲートウェイだけに届くことが保証される場合に限られる。ゲートウェイの管理者がルーティングを管理していない場合は、代わりに桁を集めて INVITE を 1 つ送る方法を使わなければならない。また、ある番号と、その先頭部分にあたるより短い番号とが、それぞれ別の端末の有効なアドレスでありうる PSTN の区域に発信する場合は、オーバーラップ信号を使うべきではない。',
          '自分のサーバでは、Request-URI が不完全な場合（RFC 3261 §21.4.22）、たとえばその桁がより長い有効番号の先頭部分である場合に 484 を返す。その桁で始まる有効番号が一つもなければ、ユーザが存在しないという確かな情報があるので [[404]] を返す（RFC 3261 §21.4.5）。いくら桁を足しても意味のない入力を、クライアントに待たせないためである。',
        ],
      },
    },
  },
  {
    code: 485,
    phrase: 'Ambiguous',
    status: 'active',
    refs: ['RFC3261 §21.4.23'],
    seeAlso: ['RFC3261 §16.5', 'RFC4497 §8.3.9'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'uas', 'gateway'],
        refs: ['RFC3261 §21.4.23', 'RFC3261 §16.5', 'RFC4497 §8.3.9'],
        byRole: {
          proxy: ['RFC3261 §16.5'],
          // No section names a redirect server's 485: RFC 3261 §8.3 says only that one either refuses a request or answers 3xx.
          uas: ['RFC3261 §21.4.23'],
          gateway: ['RFC4497 §8.3.9'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.23'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4.23', 'RFC3261 §16.5', 'RFC3261 §21.4'],
        // §21.4.23: the response MAY list unambiguous addresses in Contact, and a server MUST be configurable to leave the
        // list out; §16.5: a proxy's 485 SHOULD carry it. A 485 without the list names nothing to change.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the response MAY list unambiguous addresses in Contact (a proxy\'s 485 SHOULD), and the user has to choose among them',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、応答は一意なアドレスを Contact に列挙してもよく（MAY、プロキシの 485 では SHOULD）、その中からユーザが選ぶ必要がある',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; the response MAY list possible unambiguous addresses in Contact header fields, which a proxy\'s 485 SHOULD do, and user intervention is required to choose among them',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、応答は一意なアドレスの候補を Contact ヘッダに列挙してもよく（MAY）、プロキシの 485 ではそうすべきであり（SHOULD）、その中から選ぶにはユーザの判断が必要である',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Contact',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.4.23',
        note: {
          en: 'May list unambiguous addresses for the user to choose from; for a proxy, RFC 3261 §16.5 recommends including them (SHOULD), but it must be possible to configure a server to suppress the list or to answer 404 instead.',
          ja: 'ユーザが選べるよう、一意なアドレスを列挙してよい。プロキシについては RFC 3261 §16.5 が含めることを推奨している（SHOULD）が、一覧を出さないか、代わりに 404 を返すよう、サーバを設定できなければならない。',
        },
      },
    ],
    related: [300, 404, 484],
    keywords: {
      en: ['ambiguous address', 'dial by name', 'name dialing', 'directory lookup', 'multiple matches'],
      ja: ['あいまい', '曖昧', '名前ダイヤル', 'ディレクトリ検索', '複数該当', '宛先候補'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE sip:j.smith@example.com' },
        { from: 'p', to: 'a', label: '485 Ambiguous + Contact', note: { en: '3 Contact headers', ja: 'Contact ヘッダ 3 つ' } },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'a', to: 'p', label: 'INVITE sip:john.smith@example.com' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
      ],
      caption: {
        en: 'A name-based address matches three people: the proxy answers 485 listing their addresses in Contact headers, and the caller places a new call to the one the user chose.',
        ja: '名前によるアドレスが 3 人に該当する。プロキシは候補のアドレスを Contact ヘッダに列挙した 485 を返し、発信側はユーザが選んだアドレスへ改めて発信する。',
      },
    },
    example: {
      request: [
        'INVITE sip:j.smith@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8a1f3b6',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=3c7d91e0',
        'To: <sip:j.smith@example.com>',
        'Call-ID: 5d2c7e98a1b4@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 485 Ambiguous',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8a1f3b6',
        'From: Alice <sip:alice@example.com>;tag=3c7d91e0',
        'To: <sip:j.smith@example.com>;tag=a8f21c55',
        'Call-ID: 5d2c7e98a1b4@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: "John Smith" <sip:john.smith@example.com>',
        'Contact: "Jane Smith" <sip:jane.smith@example.com>',
        'Contact: "Joe Smith" <sip:joe.smith@example.com>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Contact'],
    },
    text: {
      en: {
        title: 'Ambiguous',
        summary:
          'The Request-URI fits more than one user and the server cannot tell which one is meant; it may list the candidates in Contact headers for a person to choose from (a SIP–QSIG gateway also gives it to an overlap-sending INVITE whose number does not extend the digits already received).',
        description: [
          'Some addresses are complete yet fit more than one person. The classic example in RFC 3261 §21.4.23 is a name-based URI such as sip:lee@example.com at a domain with several people called Lee. A proxy that cannot build a target set from such a URI SHOULD answer 485 and SHOULD list the addresses to try in Contact headers (RFC 3261 §16.5). RFC 3261 §21.4.23 defines the code without tying it to proxies, so a user agent server can refuse an ambiguous address with 485 too. RFC 4497 gives the code a second, unrelated use at a SIP–QSIG gateway receiving overlap sending: an INVITE that matches an earlier one of the same call (same Call-ID, same From with its tag, no To tag, the earlier one not yet given a final response other than 484) but whose Request-URI does not carry all the digits already received plus new ones SHALL get 485 (RFC 4497 §8.3.9).',
          'What separates it from [[300]] is who makes the choice. RFC 3261 §21.4.23 explains that the choices of a 300 are assumed to reach the same person or service, so an automated choice or a sequential search makes sense for it. The candidates in a 485 are different people, and the same section says user intervention is required; a client should not quietly call the first Contact on its own.',
          'Listing the alternatives reveals who belongs to an organization, so RFC 3261 §21.4.23 requires that a server can be configured to suppress the list or to answer [[404]] instead. So a server that answers 404 where another would answer 485 is behaving correctly. RFC 3261 §21.4.23 notes that some email and voice mail systems offer such a list of choices.',
        ],
        scenarios: [
          'An enterprise proxy lets staff dial colleagues by name. An INVITE to sip:j.smith@corp.example matches three directory entries, and the proxy answers 485 with three Contact headers carrying the full addresses.',
          'A unified messaging server receives a MESSAGE addressed by first name only and answers 485, listing the matching mailboxes.',
          'A proxy configured for privacy receives the same kind of request and, as RFC 3261 §21.4.23 allows, returns [[404]] instead of revealing the candidates.',
          'A gateway from ISUP that passes overlap signalling on sends a SIP–QSIG gateway a new INVITE for the same call each time digits arrive. One of them carries a number that does not begin with the digits already sent, for example because a translation rule rewrote the prefix once more digits were known, and the QSIG gateway answers that INVITE with 485 (RFC 4497 §8.3.9).',
        ],
        fixes: [
          'Show the Contact URIs of the 485 to the user and place a new call to the one chosen; do not handle the list like the target set of a 3xx redirect.',
          'Address users with unique identifiers, such as a full URI, an extension or an E.164 number, so that no lookup can match more than one person.',
          'If a gateway answers 485 to one INVITE in a series of overlap INVITEs, compare its Request-URI with the previous one: the QSIG gateway treats an INVITE as overlap sending only when its Request-URI gives a superset of the digits of the previous one, and answers 485 when that is the only condition not met (RFC 4497 §8.3.9), so look for the rule that rewrites the number between two INVITEs.',
          'On your own proxy, decide deliberately whether ambiguous lookups return 485 with candidates, 485 without them, or 404 (RFC 3261 §21.4.23 requires that a server can be configured either to answer 404 or to suppress the list), and make sure the Contact list exposes no address you would not publish.',
        ],
      },
      ja: {
        title: '宛先があいまい',
        summary:
          'Request-URI が複数のユーザに当てはまり、どれを指すのかサーバが判断できない。候補を Contact ヘッダに列挙し、人が選べるようにすることがある（SIP–QSIG ゲートウェイは、番号がすでに受けた桁の続きになっていないオーバーラップ送出の INVITE にも返す）。',
        description: [
          '形式としては完全でも、複数の人物に当てはまってしまうアドレスがある。RFC 3261 §21.4.23 が挙げる典型例は、Lee という人物が何人もいるドメインに宛てた sip:lee@example.com のような名前ベースの URI である。このような URI からターゲットセットを作れないプロキシは 485 を返すべきであり、試すべきアドレスを Contact ヘッダに列挙すべきである（RFC 3261 §16.5）。RFC 3261 §21.4.23 はこのコードをプロキシに限らずに定めており、UAS もあいまいなアドレスを 485 で拒否できる。RFC 4497 はこのコードに、オーバーラップ送出を受ける SIP–QSIG ゲートウェイでの、まったく別の用途を定めている。同じ呼の以前の INVITE と一致する（Call-ID が同じ、タグを含めて From が同じ、To タグがない、以前の INVITE に 484 以外の最終応答をまだ返していない）のに、Request-URI がすでに受けた桁のすべてに新しい桁を加えたものになっていない INVITE には、485 を返す（SHALL、RFC 4497 §8.3.9）。',
          '[[300]] との違いは、誰が選ぶかにある。RFC 3261 §21.4.23 によれば、300 の候補はどれも同じ人物やサービスにつながるものと想定されているので、自動で一つを選ぶことや順に試すことに意味がある。485 の候補は別々の人物であり、同節はユーザの判断が必要だとしている。クライアントが先頭の Contact に勝手に発信するべきではない。',
          '候補を列挙すると組織に誰がいるかが明らかになるため、RFC 3261 §21.4.23 は、一覧を出さないよう、あるいは代わりに [[404]] を返すようサーバを設定できなければならないとしている。したがって、あるサーバが 485 を返す場面で別のサーバが 404 を返すのも正しい動作である。RFC 3261 §21.4.23 は、一部の電子メールやボイスメールのシステムがこのような候補の一覧を示すと記している。',
        ],
        scenarios: [
          '企業のプロキシが名前による発信に対応している。sip:j.smith@corp.example 宛ての INVITE がディレクトリの三件に該当し、プロキシは完全なアドレスを入れた三つの Contact ヘッダを付けて 485 を返す。',
          'ユニファイドメッセージングサーバが、ファーストネームだけを宛先にした MESSAGE を受け取り、該当するメールボックスを列挙して 485 を返す。',
          'プライバシーを重視する設定のプロキシが同じ種類のリクエストを受け、RFC 3261 §21.4.23 が認めるとおり、候補を明かす代わりに [[404]] を返す。',
          'オーバーラップ信号をそのまま SIP に渡す ISUP 側のゲートウェイが、桁が届くたびに同じ呼の新しい INVITE を SIP–QSIG ゲートウェイに送る。そのうちの一つが、たとえば桁が増えた時点で変換ルールがプレフィックスを書き換えたために、すでに送った桁で始まらない番号を運び、QSIG 側のゲートウェイはその INVITE に 485 を返す（RFC 4497 §8.3.9）。',
        ],
        fixes: [
          '485 の Contact にある URI をユーザに示し、選ばれた宛先に改めて発信する。この一覧を 3xx のリダイレクト先と同じようには扱わない。',
          'ユーザの指定には、完全な URI、内線番号、E.164 番号などの一意な識別子を使い、検索が複数の人物に該当しないようにする。',
          'オーバーラップ送出の一連の INVITE のうち一つにゲートウェイが 485 を返したら、その Request-URI を直前の INVITE のものと比べる。QSIG 側のゲートウェイがオーバーラップ送出として扱うのは、Request-URI の桁が直前の INVITE の桁をすべて含む場合だけであり、満たされない条件がこれだけなら 485 を返す（RFC 4497 §8.3.9）。二つの INVITE の間で番号を書き換えているルールを探す。',
          '自分のプロキシでは、あいまいな検索に候補付きの 485、候補なしの 485、404 のどれを返すのかを意図して決め（RFC 3261 §21.4.23 は、404 を返すか一覧を出さないかのどちらかにサーバを設定できることを求めている）、公開したくないアドレスが Contact 一覧から漏れないようにする。',
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
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'gateway'],
        refs: ['RFC3261 §21.4.24', 'RFC3261 §13.3.1.3', 'RFC3398 §7.2.4.1'],
        byRole: {
          // §21.4.24 names "the callee's end system"; §13.3.1.3 names the UAS that SHOULD return 486.
          uas: ['RFC3261 §21.4.24', 'RFC3261 §13.3.1.3'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', named: ['INVITE'], namedRefs: { INVITE: ['RFC3261 §13.3.1.3'] }, refs: ['RFC3261 §21.4.24', 'RFC3261 §13.3.1.3'] },
      retry: {
        value: 'later',
        refs: ['RFC3261 §21.4.24', 'RFC3261 §21.4'],
        // RFC 3261 §21.4, for every 4xx: SHOULD NOT retry the same request without modification; §21.4.24: the response
        // MAY indicate a better time to call in Retry-After.
        ...RETRY_BETTER_TIME_TO_CALL,
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
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
      ja: ['話中', '話中音', '通話中', '割込通話', 'キャッチホン', '拒否ボタン', '理由表示 17'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas', tag: '1' },
        { id: 'v', role: 'uas', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '486 Busy Here' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'v', label: 'INVITE' },
        { from: 'v', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'v', label: 'ACK' },
      ],
      caption: {
        en: 'The callee\'s desk phone (UAS 1) is on another call and answers 486; the PBX, acting as a proxy, acknowledges it and applies its forward-on-busy rule, so voicemail (UAS 2) answers the call.',
        ja: '着信側の卓上電話機（UAS 1）は別の通話中のため 486 を返す。プロキシとして動作する PBX はこれに ACK を返して話中時転送の設定を適用し、ボイスメール（UAS 2）がその呼に応答する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20 SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK7e3d1a.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds8',
        'Max-Forwards: 69',
        'Record-Route: <sip:198.51.100.10;lr>',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 9b1e5f0c24d7@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 486 Busy Here',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK7e3d1a.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds8',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=c2e9f4a1',
        'Call-ID: 9b1e5f0c24d7@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Retry-After: 120',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Retry-After'],
    },
    text: {
      en: {
        title: 'Busy Here',
        summary:
          'The callee\'s device was reached but cannot or will not take another call right now; other devices, voicemail or a later attempt may still succeed.',
        description: [
          'The word "Here" carries the meaning of this code: the callee\'s end system was contacted successfully, but the callee is not willing or able to take additional calls at that end system (RFC 3261 §21.4.24). The verdict covers this device only. RFC 3261 §13.3.1.3 makes 486 the response a UAS SHOULD send in that situation, and the response MAY give a better time to call in Retry-After (RFC 3261 §21.4.24).',
          'Being a 4xx, it does not end the search of a forking proxy: the proxy keeps the 486 as a candidate for the best final response, and the rules that have it cancel its pending branches (SHOULD) and create no new ones (MUST NOT) apply to a 6xx, not to a 4xx (RFC 3261 §16.7). The user\'s other phones can go on ringing, and a forward-on-busy rule may send the call to voicemail. A claim that no other end system will accept the call takes a 6xx; for a busy callee that is [[600]] Busy Everywhere, returned only when it is known that no other end point will answer (RFC 3261 §21.6.1). RFC 3261 §13.3.1.3 itself notes that a UAS can rarely know that, so 486 is the normal busy signal in SIP.',
          'Engineers mix it up with three neighbours. [[480]] means the callee is currently unavailable (not logged in, do-not-disturb), while 486 means the device is occupied or its user pressed reject. [[603]] Decline is a 6xx, after which a forking proxy SHOULD cancel every other branch (RFC 3261 §16.7), which is wrong for one handset of a user who owns several. [[487]] is what a ringing phone SHOULD send when the caller gives up and cancels the call (RFC 3261 §9.2), not a refusal by the callee. At PSTN gateways, in the mappings RFC 3398 recommends, 486 and ISUP cause 17 (user busy) map onto each other (RFC 3398 §7.2.4.1, §8.2.6.1).',
        ],
        scenarios: [
          'A desk phone without call waiting is on a call when a second INVITE arrives; it answers 486 at once, and the PBX applies its forward-on-busy rule and offers the call to voicemail.',
          'A softphone user presses "reject" while a call rings. The softphone is set to answer 486, so only its own branch ends: the proxy holds the 486 while the user\'s other devices, on separate branches, keep ringing, and the 486 reaches the caller only if none of them answers and the proxy picks it as its final response (RFC 3261 §16.7).',
          'A call to the PSTN reaches a subscriber who is already on the phone. The terminating exchange releases it with ISUP cause 17 (user busy), and the carrier\'s gateway passes it back as 486.',
        ],
        fixes: [
          'As the caller, treat 486 as final for this attempt: play busy tone, offer a callback or retry later (respecting Retry-After if present). 486 is not among the failures after which RFC 3263 §4.3 says a client SHOULD send the request to the next server (a 503, a transport failure or a timeout), and the callee\'s end system was reached (RFC 3261 §21.4.24); trying another trunk or carrier anyway is a routing policy of your own, not a rule of the RFCs.',
          'If a phone on a call answers 486 to a second call that its user would have taken, check its call-waiting setting and its limit of calls per line or call appearance; with a limit of one call per line, the phone rejects any new call while one is in progress, and RFC 3261 §13.3.1.3 says 486 SHOULD be returned when the callee is not able to take additional calls at this end system.',
          'If your application\'s reject button sends 603 and users complain that their other devices stop ringing, make it send 486, and keep 603 for an explicit refusal meant to cover all of the user\'s devices, which RFC 3261 §21.6.2 says is returned only when the client knows that no other end point will answer the request.',
          'If your PBX or SBC answers 486 when it runs out of channels or licences, consider [[503]] instead: the shortage belongs to the server, not to the callee, and with 503 an upstream client can try another path.',
        ],
      },
      ja: {
        title: '着信側話中',
        summary:
          '着信者の端末には到達したが、いまは新たな呼を受けられない、または受けるつもりがない。他の端末、ボイスメール、時間をおいた発信ならつながる可能性がある。',
        description: [
          'このコードの意味は、名前にある「Here」に込められている。着信者の端末への接続には成功したが、着信者がその端末ではこれ以上の呼を受けられない、あるいは受けるつもりがない（RFC 3261 §21.4.24）。判定はこの端末に限られる。RFC 3261 §13.3.1.3 はこの状況で UAS が返すべき応答を 486 としており（SHOULD）、応答は Retry-After でかけ直しに適した時刻を示してもよい（MAY、RFC 3261 §21.4.24）。',
          '4xx なので、フォーキングしているプロキシの探索は 486 では終わらない。プロキシは 486 を最良の最終応答の候補として保持する。応答待ちのブランチをキャンセルし（SHOULD）、新しいブランチを作らない（MUST NOT）という規則は 6xx に対するものであり、4xx には当てはまらない（RFC 3261 §16.7）。ユーザの他の電話機は鳴り続けうるし、話中時転送の設定があれば呼がボイスメールに回ることもある。他のどの端末でも呼を受けられないと示すには 6xx を使う。話中の着信者の場合は [[600]] Busy Everywhere であり、他のどのエンドポイントも応答しないとわかっている場合にだけ返される（RFC 3261 §21.6.1）。UAS がそれを知りうることはまれだと RFC 3261 §13.3.1.3 自身が注記しているので、SIP で通常使われる話中応答は 486 である。',
          '486 と紛らわしいコードが三つある。[[480]] は着信者が現在応対できない状態（ログインしていない、DND を設定しているなど）にあることを示す。これに対して 486 は、端末がふさがっているか、ユーザが拒否ボタンを押したことを示す。[[603]] Decline は 6xx であり、これを受けたフォーキングプロキシは他のブランチをすべてキャンセルすべきである（SHOULD、RFC 3261 §16.7）。したがって、複数の端末を持つユーザの 1 台が返す応答としては誤りである。[[487]] は発信者が呼出し中に発信を取りやめた（CANCEL した）ときに鳴動中の電話機が返すべき応答（SHOULD、RFC 3261 §9.2）であり、着信者が断ったときの応答ではない。PSTN ゲートウェイについて RFC 3398 が推奨する対応付けでは、486 と ISUP の理由表示（cause 値）17（着ユーザビジー）が相互に対応する（RFC 3398 §7.2.4.1、§8.2.6.1）。',
        ],
        scenarios: [
          '割込通話（キャッチホン）を使わない設定の卓上電話機が通話中に二本目の INVITE を受け、ただちに 486 を返す。PBX は話中時転送の設定に従い、呼をボイスメールに回す。',
          '鳴動中にソフトフォンのユーザが「拒否」を押す。このソフトフォンは 486 を返す設定なので、終わるのはそのブランチだけである。プロキシは 486 を手元に保持し、別ブランチにあるユーザの他の端末は鳴り続ける。この 486 が発信者に届くのは、どの端末も応答せず、プロキシが最終応答としてこれを選んだ場合だけである（RFC 3261 §16.7）。',
          'PSTN への呼が、すでに通話している加入者に達する。着信側の交換機は ISUP の理由表示 17（着ユーザビジー）で呼を解放し、キャリアのゲートウェイがこれを 486 として返す。',
        ],
        fixes: [
          '発信側では、486 をこの発信に対する最終結果として扱う。話中音を流し、折り返しや時間をおいた再試行を案内する（Retry-After があればそれに従う）。486 は、クライアントがリクエストを次のサーバへ送るべきである（SHOULD）と RFC 3263 §4.3 が定める失敗（503、トランスポートの障害、タイムアウト）に含まれず、着信者の端末には到達している（RFC 3261 §21.4.24）。それでも別のトランクやキャリアを試すかどうかは、RFC の規則ではなく各自のルーティングポリシーで決めることである。',
          '通話中の電話機が、ユーザなら受けたはずの二本目の呼に 486 を返すなら、割込通話の設定と、回線（コールアピアランス）あたりの通話数の上限を確認する。1 回線 1 通話の設定では、通話中に来た新しい呼はすべて拒否される。RFC 3261 §13.3.1.3 は、着信者がこの端末でこれ以上の呼を受けられない場合に返すべき応答（SHOULD）を 486 としている。',
          'アプリケーションの拒否ボタンが 603 を送っていて、他の端末まで鳴り止むという苦情が出ているなら、486 を送るように変える。603 は、ユーザのすべての端末について明示的に断る場合のために残しておく。ただし RFC 3261 §21.6.2 によれば、603 を返すのは、他のどのエンドポイントもリクエストに応答しないことをクライアントが知っている場合だけである。',
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
    seeAlso: ['RFC3261 §9.1', 'RFC3261 §9.2', 'RFC3261 §13.3.1', 'RFC3261 §15.1.2', 'RFC3261 §16.7', 'RFC3261 §16.8', 'RFC3261 §16.10', 'RFC3326 §2'],
    alsoSeen: [
      {
        phrase: 'Request Canceled',
        source: {
          en: 'Cisco IOS SIP configuration guides, on call transfer; Perl’s Net::SIP library writes "Request canceled" when it answers an INVITE that a CANCEL ended',
          ja: 'Cisco IOS の SIP 設定ガイドの呼転送の説明。Perl の Net::SIP ライブラリは、CANCEL で終わった INVITE への応答に `Request canceled` と書く',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'gateway'],
        refs: ['RFC3261 §21.4.25', 'RFC3261 §9.2', 'RFC3398 §7.1.7'],
        byRole: {
          uas: ['RFC3261 §21.4.25', 'RFC3261 §9.2'],
          gateway: ['RFC3398 §7.1.7'],
        },
      },
      methods: { value: 'any', named: ['INVITE'], namedRefs: { INVITE: ['RFC3261 §9.2'] }, except: ['CANCEL'], exceptRefs: ['RFC3261 §21.4.25'], exceptNever: true, refs: ['RFC3261 §21.4.25', 'RFC3261 §9.2', 'RFC3261 §15.1.2'] },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Expires',
        in: 'request',
        ref: 'RFC3261 §13.3.1',
        note: {
          en: 'An INVITE may limit how long it stays valid; if that time passes before a final response, the UAS SHOULD end the invitation with 487.',
          ja: 'INVITE は自分の有効期間を指定できる。最終応答の前にその時間が過ぎた場合、UAS は 487 で呼出しを終えるべきである（SHOULD）。',
        },
      },
    ],
    related: [481, 486, 603, 199, 408],
    keywords: {
      en: ['CANCEL', 'caller hung up', 'abandoned call', 'call completed elsewhere', 'ring group', 'ORIGINATOR_CANCEL', 'Request Cancelled'],
      ja: ['キャンセル', '発信者切断', '放棄呼', '呼出し中止', '他の端末で応答', '代表着信', 'ORIGINATOR_CANCEL'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
        { from: 'a', to: 'p', label: 'CANCEL' },
        { from: 'p', to: 'a', label: '200 OK (CANCEL)' },
        { from: 'p', to: 'b', label: 'CANCEL' },
        { from: 'b', to: 'p', label: '200 OK (CANCEL)' },
        { from: 'b', to: 'p', label: '487 Request Terminated' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'a', label: '487 Request Terminated' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The caller hangs up while the callee\'s phone is ringing: the CANCEL travels hop by hop and each hop answers it with 200 OK, the phone ends the INVITE with 487, and each hop acknowledges the 487.',
        ja: '着信側の電話機が鳴っている間に発信者が切断する。CANCEL はホップごとに送られ、各ホップが 200 OK で応答する。電話機は INVITE を 487 で終了させ、487 には各ホップが ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20 SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK5a9c2e.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKf81d4c3',
        'Max-Forwards: 69',
        'From: Alice <sip:alice@example.com>;tag=4c2f8e1a',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 2e7b9d0f5c1a@192.0.2.10',
        'CSeq: 101 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 487 Request Terminated',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK5a9c2e.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKf81d4c3',
        'From: Alice <sip:alice@example.com>;tag=4c2f8e1a',
        'To: Bob <sip:bob@example.com>;tag=7d3a91b0',
        'Call-ID: 2e7b9d0f5c1a@192.0.2.10',
        'CSeq: 101 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['CSeq'],
    },
    text: {
      en: {
        title: 'Request Terminated',
        summary:
          'The request was ended before it received a final response: by a CANCEL for an INVITE not yet answered, by the INVITE\'s own Expires running out, or by a BYE that ended its dialog.',
        description: [
          'Only a request that is still waiting for its final response can be terminated, and 487 is the answer it then receives; the CANCEL itself never gets 487 (RFC 3261 §21.4.25). One trigger is a CANCEL for an INVITE that has no final response yet, such as one still ringing: the UAS answers the CANCEL with 200 OK and SHOULD answer the INVITE with 487 (RFC 3261 §9.2). The two others are an INVITE whose Expires interval runs out before a final response, which the UAS SHOULD answer with 487 (RFC 3261 §13.3.1), and requests still pending in a dialog when a BYE ends it, for which 487 is RECOMMENDED (RFC 3261 §15.1.2).',
          'Forking produces 487s that the caller never sees. When one branch answers 2xx, the proxy forwards it and MUST cancel every branch still ringing (RFC 3261 §16.7, item 10), and each of those phones SHOULD answer its INVITE with 487 (RFC 3261 §9.2). After a 6xx the proxy SHOULD cancel every pending branch in the same way before it forwards the 6xx (RFC 3261 §16.7, items 5 and 10). A cancelled branch\'s 487 can reach the caller only if no branch answered 2xx or 6xx, as when the caller sent the CANCEL or a proxy cancelled its remaining branches on its own, for example because Timer C fired (RFC 3261 §16.8), and then only if the proxy picks it as the best final response (RFC 3261 §16.7, item 6). Where no hop shows a CANCEL, look for the other two triggers.',
          'A UAC cannot count on receiving 487: an RFC 2543 user agent never sends it, so a client that has sent CANCEL SHOULD consider the INVITE transaction cancelled if no final response arrives within 64*T1 (RFC 3261 §9.1). Nor is 487 a refusal by the callee: a UAS rejecting a ringing call sends a rejection such as [[486]] (RFC 3261 §13.3.1.3) or [[603]]. And a CANCEL that matches no transaction is not answered 487: the UAS SHOULD answer it [[481]] (RFC 3261 §9.2).',
        ],
        scenarios: [
          'A caller hangs up while the far phone is still ringing. The caller\'s phone sends CANCEL; the callee\'s phone answers the CANCEL with 200 OK and the INVITE with 487, and the caller\'s phone sends ACK for the 487.',
          'A call to a ring group alerts four desk phones in parallel and one of them answers. The PBX or proxy sends CANCEL on the other three branches, which may carry a Reason header such as `Reason: SIP;cause=200;text="Call completed elsewhere"` (RFC 3326 §3.1), and each phone answers its INVITE with 487.',
          'A contact-centre dialler gives up after 30 seconds of ringing and sends CANCEL. The carrier answers the CANCEL with 200 OK and the INVITE with 487: the attempt ended because the dialler gave up, not because the carrier failed. FreeSWITCH, for one, maps a received 487 to its ORIGINATOR_CANCEL cause.',
          'An INVITE carrying "Expires: 60" has rung unanswered for a minute; the UAS stops alerting and answers 487 on its own, the response RFC 3261 §13.3.1 says SHOULD be generated when an invitation expires before the UAS has generated a final response.',
        ],
        fixes: [
          'If 487 appears where you expected an answered call, find out who sent the CANCEL: for example the caller (user hang-up, a dialler or IVR timeout), a proxy whose Timer C expired, or a forking proxy after another branch answered; a stateful proxy may cancel a request it forwarded at any time once it has received a provisional response to it (RFC 3261 §16.10, RFC 3261 §9.1). Follow the CANCEL upstream hop by hop: a stateful proxy answers it and sends a CANCEL of its own carrying only its own Via (RFC 3261 §9.1, §16.10), so the Via of the CANCEL you received does not show where the cancellation began. A Reason header, which a proxy SHOULD copy into the CANCEL it sends (RFC 3326 §2), may say why. If no hop shows a CANCEL, look for an Expires in the INVITE that ran out (RFC 3261 §13.3.1), or, for a request inside a dialog, a BYE that ended the dialog (RFC 3261 §15.1.2).',
          'If your application answers 487 to reject a ringing call that nobody cancelled, change it to [[486]] or [[603]]; otherwise the calling side can record the call as abandoned by the caller instead of rejected (FreeSWITCH, for one, maps a received 487 to its ORIGINATOR_CANCEL cause).',
          'As a UAC, acknowledge the 487 like any other non-2xx final response (the INVITE client transaction does it), and do not wait for it forever: after 64*T1 without a final response, the client SHOULD consider the INVITE cancelled (RFC 3261 §9.1).',
          'Keep 487s caused by callers hanging up out of failure alarms and count them separately as abandoned calls. They still lower the Session Establishment Ratio of RFC 6076 §4.6, which that RFC calls similar to the Answer Seizure Ratio (ASR) of ITU-T E.411: the new-session INVITEs answered 200 OK over all attempted INVITEs less those answered 3xx.',
        ],
      },
      ja: {
        title: 'リクエスト中止',
        summary:
          'リクエストが最終応答を得る前に打ち切られた。まだ応答のない INVITE に対する CANCEL、INVITE 自身の Expires の期間切れ、またはダイアログを終えた BYE による。',
        description: [
          '打ち切られうるのは最終応答をまだ待っているリクエストだけであり、そのとき返るのが 487 である。CANCEL 自身に 487 が返ることはない（RFC 3261 §21.4.25）。きっかけの一つは、最終応答がまだない INVITE（鳴動中のものなど）に対する CANCEL である。UAS は CANCEL には 200 OK を返し、INVITE には 487 を返すべきである（SHOULD、RFC 3261 §9.2）。残る二つのきっかけとして、最終応答の前に Expires の期間が過ぎた INVITE には UAS が 487 を返すべきであり（SHOULD、RFC 3261 §13.3.1）、BYE でダイアログが終了した時点でまだ処理中だったリクエストにも 487 を返すことが推奨される（RECOMMENDED、RFC 3261 §15.1.2）。',
          'フォーキングでは、発信者には見えない 487 が生じる。あるブランチが 2xx で応答すると、プロキシはそれを転送し、まだ鳴動中のブランチすべてをキャンセルしなければならない（RFC 3261 §16.7 の項目 10）。それぞれの電話機は INVITE に 487 を返すべきである（SHOULD、RFC 3261 §9.2）。6xx を受けた場合、プロキシは 6xx を転送する前に、応答待ちのブランチを同じようにすべてキャンセルすべきである（SHOULD、RFC 3261 §16.7 の項目 5 と 10）。キャンセルされたブランチの 487 が発信者まで届きうるのは、どのブランチも 2xx や 6xx を返さなかった場合だけである。発信者自身が CANCEL を送った場合や、たとえばタイマ C の満了によってプロキシが残りのブランチを自らキャンセルした場合（RFC 3261 §16.8）がこれに当たり、そのうえでプロキシがその 487 を最良の最終応答として選んだときに限られる（RFC 3261 §16.7 の項目 6）。どのホップにも CANCEL が見当たらなければ、残る二つのきっかけを探す。',
          'UAC は 487 を当てにできない。RFC 2543 準拠の UA は 487 を送らないため、CANCEL を送ったクライアントは、64*T1 の間に最終応答が来なければ INVITE トランザクションをキャンセル済みとみなすべきである（SHOULD、RFC 3261 §9.1）。また 487 は着信者による拒否でもない。鳴動中の呼を拒否する UAS は、[[486]]（RFC 3261 §13.3.1.3）や [[603]] のような拒否の応答を返す。さらに、どのトランザクションとも一致しない CANCEL にも 487 は返らない。UAS はその CANCEL に [[481]] を返すべきである（SHOULD、RFC 3261 §9.2）。',
        ],
        scenarios: [
          '相手の電話機が鳴っている間に発信者が電話を切る。発信側の電話機が CANCEL を送り、着信側の電話機は CANCEL に 200 OK、INVITE に 487 を返す。発信側の電話機はその 487 に ACK を送る。',
          '代表着信で四台の卓上電話機を同時に鳴らし、そのうち一台が応答する。PBX やプロキシは残り三つのブランチに CANCEL を送り、そこには `Reason: SIP;cause=200;text="Call completed elsewhere"` のような Reason ヘッダ（RFC 3326 §3.1）が付くことがある。各電話機は INVITE に 487 を返す。',
          'コールセンターの自動発信システムが 30 秒鳴らしても応答がないため CANCEL を送る。キャリアは CANCEL に 200 OK を、INVITE に 487 を返す。発信が終わったのは自動発信システムが打ち切ったためであり、キャリアの障害ではない。たとえば FreeSWITCH は、受信した 487 を ORIGINATOR_CANCEL の切断理由に対応付ける。',
          '「Expires: 60」付きの INVITE が 1 分間応答されずに鳴り続けた。UAS は呼出しを止め、自ら 487 を返す。RFC 3261 §13.3.1 は、UAS が最終応答を生成する前に INVITE の有効期限が切れた場合、487 を生成すべきである（SHOULD）としている。',
        ],
        fixes: [
          '応答されるはずの呼に 487 が返ったら、誰が CANCEL を送ったかを調べる。たとえば発信者（ユーザの切断、自動発信システムや IVR のタイムアウト）、タイマ C が満了したプロキシ、他のブランチが応答した後のフォーキングプロキシである。ステートフルプロキシは、自分が転送したリクエストに暫定応答を受けていれば、いつでもそれをキャンセルしてよい（RFC 3261 §16.10、RFC 3261 §9.1）。CANCEL はホップごとにさかのぼって調べる。ステートフルプロキシは CANCEL に応答し、自分の Via だけを持つ CANCEL を新たに送るので（RFC 3261 §9.1、§16.10）、受け取った CANCEL の Via からはキャンセルの起点はわからない。理由は Reason ヘッダに書かれていることがあり、プロキシはこれを自分の送る CANCEL にコピーすべきである（SHOULD、RFC 3326 §2）。どのホップにも CANCEL がなければ、INVITE の Expires が切れていないか（RFC 3261 §13.3.1）、ダイアログ内のリクエストであれば BYE でダイアログが終了していないか（RFC 3261 §15.1.2）を確認する。',
          '誰もキャンセルしていない鳴動中の呼を拒否するのにアプリケーションが 487 を使っているなら、[[486]] か [[603]] に変える。そうしないと発信側では、拒否ではなく発信者が途中で切った呼として記録されうる（たとえば FreeSWITCH は、受信した 487 を ORIGINATOR_CANCEL の切断理由に対応付ける）。',
          'UAC としては、487 にも他の非 2xx 最終応答と同じく ACK を返す（INVITE クライアントトランザクションが行う）。ただし 487 をいつまでも待たず、64*T1 の間に最終応答がなければ、クライアントは INVITE をキャンセルされたものとみなすべきである（SHOULD、RFC 3261 §9.1）。',
          '発信者の切断による 487 は障害アラームの対象から外し、放棄呼として別に集計する。ただし、RFC 6076 §4.6 のセッション確立率（SER）は下がる。SER は、200 OK が返った新規セッションの INVITE の数を、試行したすべての INVITE から 3xx が返ったものを除いた数で割ったもので、RFC 6076 は ITU-T E.411 の応答率（ASR）に類似した指標としている。',
        ],
      },
    },
  },
  {
    code: 488,
    phrase: 'Not Acceptable Here',
    status: 'active',
    refs: ['RFC3261 §21.4.26'],
    seeAlso: ['RFC3261 §13.3.1.3', 'RFC3261 §14.1', 'RFC3261 §14.2', 'RFC3261 §8.2.3', 'RFC3261 §16.7', 'RFC3261 §20.43', 'RFC3261 §21.6.2', 'RFC3311 §5.2', 'RFC3398 §7.2.4.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'gateway'],
        refs: ['RFC3261 §21.4.26', 'RFC3261 §13.3.1.3', 'RFC3398 §7.2.4.1'],
        byRole: {
          uas: ['RFC3261 §21.4.26', 'RFC3261 §13.3.1.3'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: {
        value: 'any',
        named: ['INVITE', 'UPDATE'],
        namedRefs: { INVITE: ['RFC3261 §21.4.26', 'RFC3261 §13.3.1.3'], UPDATE: ['RFC3311 §5.2'] },
        refs: ['RFC3261 §21.4.26', 'RFC3261 §13.3.1.3', 'RFC3311 §5.2'],
      },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4.26', 'RFC3261 §13.3.1.3', 'RFC3311 §5.2', 'RFC3261 §21.4'],
        // §21.4.26: a body describing media capabilities MAY be present; §13.3.1.3 (INVITE) and RFC 3311 §5.2 (UPDATE): a 488
        // rejecting the offer SHOULD carry a Warning. Nothing makes the response point at what to change.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the response MAY describe media capabilities, and a 488 rejecting an offer in an INVITE or an UPDATE SHOULD carry a Warning saying why',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、応答にはメディア能力の記述を入れてもよく（MAY）、INVITE または UPDATE のオファーを拒否する 488 には理由を示す Warning を入れるべきである（SHOULD）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; the response MAY carry a body describing media capabilities, and a 488 that rejects an offer in an INVITE or an UPDATE SHOULD carry a Warning header explaining why',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、応答にはメディア能力を記述したボディを入れてもよく（MAY）、INVITE または UPDATE のオファーを拒否する 488 には、理由を説明する Warning ヘッダを入れるべきである（SHOULD）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Warning',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §13.3.1.3',
        // §13.3.1.3 asks for it when the 488 rejects an offer in an INVITE (re-INVITEs included, §14.2);
        // RFC 3311 §5.2 asks the same of a 488 that rejects the session description in an UPDATE.
        when: { methods: ['INVITE', 'UPDATE'] },
        note: {
          en: 'Explains why the offer was rejected with a three-digit warning code from RFC 3261 §20.43 (such as 305 "Incompatible media format"), the host and a text. RFC 3261 §13.3.1.3 asks for it in a 488 to an INVITE, and RFC 3311 §5.2 in a 488 to an UPDATE.',
          ja: 'オファーを拒否した理由を、RFC 3261 §20.43 の 3 桁の警告コード（305 `Incompatible media format` など）、ホスト名、テキストで示す。INVITE への 488 には RFC 3261 §13.3.1.3 が、UPDATE への 488 には RFC 3311 §5.2 が、これを付けるべきだとしている（SHOULD）。',
        },
      },
    ],
    related: [606, 415, 406, 603, 580],
    keywords: {
      en: ['codec mismatch', 'no common codec', 'SDP rejected', 'incompatible media', 'SRTP', 'Warning 305', 'T.38', 'fax'],
      ja: ['コーデック不一致', '共通コーデックなし', 'SDP', 'メディア不一致', 'SRTP', '暗号化', 'T.38', 'FAX'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE (SDP: Opus, G.722)' },
        { from: 's', to: 'a', label: '100 Trying' },
        { from: 's', to: 'a', label: '488 Not Acceptable Here + Warning: 305' },
        { from: 'a', to: 's', label: 'ACK' },
      ],
      caption: {
        en: 'A softphone offers only Opus and G.722 to a trunk SBC that accepts G.711 and G.729; the SBC rejects the offer with 488 and Warning code 305, and the softphone acknowledges the response.',
        ja: 'ソフトフォンが Opus と G.722 だけをオファーするが、トランクの SBC が受け付けるのは G.711 と G.729 である。SBC は警告コード 305 を付けた 488 でオファーを拒否し、ソフトフォンはこの応答に ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12125550123@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK2b7e4f9',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=e4a1c7d2',
        'To: <sip:+12125550123@example.net;user=phone>',
        'Call-ID: 6f3c1b8e2a9d@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Type: application/sdp',
        'Content-Length: 163',
        '',
        'v=0',
        'o=alice 2890844526 2890844526 IN IP4 192.0.2.10',
        's=-',
        'c=IN IP4 192.0.2.10',
        't=0 0',
        'm=audio 49170 RTP/AVP 96 9',
        'a=rtpmap:96 opus/48000/2',
        'a=rtpmap:9 G722/8000',
      ].join('\n'),
      response: [
        'SIP/2.0 488 Not Acceptable Here',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK2b7e4f9',
        'From: Alice <sip:alice@example.com>;tag=e4a1c7d2',
        'To: <sip:+12125550123@example.net;user=phone>;tag=93b0f6a2',
        'Call-ID: 6f3c1b8e2a9d@192.0.2.10',
        'CSeq: 1 INVITE',
        'Warning: 305 sbc.example.net "Incompatible media format"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Warning'],
    },
    text: {
      en: {
        title: 'Not Acceptable Here',
        summary:
          'The user agent was reached but rejects the session described in the offer (codecs, media types, transport or encryption); another device may accept it.',
        description: [
          'A 488 rejects the session description, not the request as such. RFC 3261 §13.3.1.3 says a UAS that rejects the offer in an INVITE SHOULD answer 488 and SHOULD explain why in a Warning header. RFC 3261 §14.2 says a UAS can give the same answer to a re-INVITE whose new offer is unacceptable, and the UA that receives it MUST then keep the session parameters unchanged, as if no re-INVITE had been issued (RFC 3261 §14.1); a UAS can refuse an UPDATE carrying an unacceptable offer the same way (RFC 3311 §5.2). Warning codes such as 304 (media type not available), 305 (incompatible media format) and 370 (insufficient bandwidth) name the part that failed (RFC 3261 §20.43).',
          'RFC 3261 §21.4.26 defines 488 as [[606]] restricted to the resource in the Request-URI: the request may succeed elsewhere. A forking proxy has no rule to cancel its other branches on a 488: it keeps the 488 as a candidate for the best final response (RFC 3261 §16.7). A 606, by contrast, is returned only if the client knows that no other end point will answer the request (RFC 3261 §21.6.4), and a stateful proxy that receives a 6xx SHOULD cancel its pending branches (RFC 3261 §16.7). Like 606, a 488 MAY carry a body describing what the UAS does support, formatted as the INVITE\'s Accept header asked, or as SDP by default.',
          'Two other codes can be mistaken for it. [[415]] Unsupported Media Type is for a body in a format the server does not support for the requested method (RFC 3261 §21.4.13): a body whose type, language or encoding the UAS does not understand, in a part that is not optional, checked before any SDP is read (RFC 3261 §8.2.3); 488 is for SDP that parses fine but describes a session the UAS will not accept. [[603]] Decline says the user does not wish to or cannot take part (RFC 3261 §21.6.2); as a 6xx it makes a forking proxy cancel its other branches (SHOULD), and a proxy that picks the best final response MUST choose from the 6xx responses if there are any (RFC 3261 §16.7), so "no common codec" should not be signalled with it. For ISUP causes 65 (bearer capability not implemented) and 70 (only restricted digital information bearer capability available), RFC 3398 recommends that a gateway answer 488 (RFC 3398 §7.2.4.1).',
        ],
        scenarios: [
          'A softphone offers only Opus and G.722 to a carrier trunk that accepts G.711 and G.729. The carrier\'s SBC answers the INVITE with 488 and `Warning: 305 sbc.example.net "Incompatible media format"`.',
          'An IP phone configured to require SRTP receives an INVITE whose SDP offers only plain RTP/AVP, and answers 488.',
          'In the middle of a call, a fax machine behind an ATA tries to switch to T.38 with a re-INVITE. The far end does not support T.38 and answers 488, and the call stays on the audio codec already in use.',
        ],
        fixes: [
          'Compare the m= lines and a=rtpmap entries of the offer with what the rejecting side supports, and read the Warning code. Add a codec both sides share, such as G.711, or enable transcoding on the SBC.',
          'Check transport and security profiles as well as codecs: RTP/AVP against RTP/SAVP, SDES against DTLS-SRTP, ICE requirements, ptime or bandwidth (b=) limits can all produce 488 with identical codec lists.',
          'After a 488 to a re-INVITE the call continues with the previous session, so do not tear it down. Retry only with a different offer; for fax, fall back to G.711 pass-through when T.38 is refused.',
          'If your own UA answers 488, add a Warning header that names the reason (SHOULD, RFC 3261 §13.3.1.3), and answer [[606]] only when it is known that no other end point will answer the request (RFC 3261 §21.6.4).',
        ],
      },
      ja: {
        title: 'この宛先では受付不可',
        summary:
          'UA には到達したが、オファーで示されたセッション（コーデック、メディア種別、トランスポート、暗号化）を受け入れない。別の端末なら受け入れられる可能性がある。',
        description: [
          '488 が拒否しているのはリクエストそのものではなく、セッション記述である。RFC 3261 §13.3.1.3 は、INVITE のオファーを拒否する UAS は 488 を返すべきであり、理由を Warning ヘッダで説明すべきだとしている（どちらも SHOULD）。RFC 3261 §14.2 によれば、UAS は新しいオファーを受け入れられない re-INVITE にも同じ応答を返すことができ、その応答を受けた UA は、re-INVITE がなかったものとしてセッションのパラメータを変えずに保たなければならない（MUST、RFC 3261 §14.1）。受け入れられないオファーを含む UPDATE も、UAS は同じように拒否できる（RFC 3311 §5.2）。304（メディア種別が利用不可）、305（メディアフォーマットの非互換）、370（帯域不足）などの Warning コードが、どこで失敗したかを示す（RFC 3261 §20.43）。',
          'RFC 3261 §21.4.26 は、488 を Request-URI のリソースに限定した [[606]] と定義しており、リクエストは他の場所でなら成功しうる。488 を受けたフォーキングプロキシには、他のブランチをキャンセルする規則はなく、プロキシは 488 を最良の最終応答の候補として保持する（RFC 3261 §16.7）。これに対して 606 は、他のどのエンドポイントも応答しないとクライアントがわかっている場合にだけ返され（RFC 3261 §21.6.4）、6xx を受けたステートフルプロキシは応答待ちのブランチをキャンセルすべきである（SHOULD、RFC 3261 §16.7）。606 と同じく、488 にも UAS が対応できる内容を記述したボディを付けてよい（MAY）。形式は INVITE の Accept ヘッダが求めたもの、指定がなければ SDP である。',
          '488 と取り違えやすいコードが二つある。[[415]] Unsupported Media Type は、ボディが要求されたメソッドについてサーバが対応していない形式である場合の応答であり（RFC 3261 §21.4.13）、省略可能でないパートのタイプ、言語、エンコーディングを UAS が理解できない場合に、SDP を読む前の段階で判定される（RFC 3261 §8.2.3）。488 は、SDP は解釈できるが、そこに記述されたセッションを UAS が受け入れない場合である。[[603]] Decline はユーザが参加を望まない、または参加できないことを示す（RFC 3261 §21.6.2）。6xx なので、フォーキングしているプロキシは他のブランチをキャンセルすべきであり（SHOULD）、最良の最終応答を選ぶプロキシは、6xx があればその中から選ばなければならない（MUST、RFC 3261 §16.7）。そのため「共通コーデックなし」を 603 で伝えるべきではない。RFC 3398 は、ISUP の理由表示 65（未提供伝達能力指定）と 70（制限ディジタル情報伝達能力）を受けたゲートウェイが 488 を返すことを推奨している（RFC 3398 §7.2.4.1）。',
        ],
        scenarios: [
          'ソフトフォンが Opus と G.722 だけをオファーし、G.711 と G.729 しか受け付けないキャリアのトランクに発信する。キャリアの SBC は INVITE に 488 を返し、`Warning: 305 sbc.example.net "Incompatible media format"` を付ける。',
          'SRTP 必須に設定された IP 電話機が、平文の RTP/AVP だけを提示する SDP の INVITE を受け取り、488 を返す。',
          '通話の途中で、ATA 配下の FAX が re-INVITE で T.38 に切り替えようとする。相手側は T.38 に対応しておらず 488 を返し、呼はそれまでの音声コーデックのまま続く。',
        ],
        fixes: [
          'オファーの m= 行と a=rtpmap を、拒否した側が対応しているコーデックと比べ、Warning コードを読む。双方に共通するコーデック（G.711 など）を追加するか、SBC でトランスコーディングを有効にする。',
          'コーデックだけでなく、トランスポートとセキュリティのプロファイルも確認する。RTP/AVP と RTP/SAVP、SDES と DTLS-SRTP、ICE の要否、ptime や帯域（b=）の制限は、コーデック一覧が同じでも 488 の原因になる。',
          're-INVITE に 488 が返った後も呼は以前のセッションのまま続くので、切断しない。再試行はオファーを変えた場合に限る。FAX なら、T.38 が拒否されたときは G.711 のパススルーに戻す。',
          '自分の UA が 488 を返すときは、理由を示す Warning ヘッダを付けるべきである（SHOULD、RFC 3261 §13.3.1.3）。他のどのエンドポイントも応答しないとわかっている場合に限り、[[606]] を返す（RFC 3261 §21.6.4）。',
        ],
      },
    },
  },
  {
    code: 489,
    phrase: 'Bad Event',
    status: 'active',
    refs: ['RFC6665 §8.3.2'],
    seeAlso: ['RFC6665 §3.1.2', 'RFC6665 §3.2.1', 'RFC6665 §4.1.3', 'RFC6665 §4.1.2.2', 'RFC6665 §4.2.2', 'RFC6665 §4.2.3', 'RFC6665 §4.4.4', 'RFC6665 §8.2.1', 'RFC3903 §4.1', 'RFC3903 §6', 'RFC3903 §11.1.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['notifier', 'esc', 'uas'],
        refs: ['RFC6665 §4.2.1.1', 'RFC6665 §4.1.3', 'RFC3903 §6'],
        byRole: {
          notifier: ['RFC6665 §4.2.1.1'],
          esc: ['RFC3903 §6'],
          uas: ['RFC6665 §4.1.3'],
        },
      },
      methods: {
        value: 'any',
        named: ['SUBSCRIBE', 'NOTIFY', 'PUBLISH'],
        namedRefs: { SUBSCRIBE: ['RFC6665 §4.2.1.1'], NOTIFY: ['RFC6665 §4.1.3'], PUBLISH: ['RFC3903 §6'] },
        refs: ['RFC6665 §8.3.2', 'RFC6665 §4.2.1.1', 'RFC6665 §4.1.3', 'RFC3903 §6'],
      },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
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
      {
        name: 'Allow-Events',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3903 §11.1.1',
        note: {
          en: 'Mandatory in a 489 to PUBLISH: the header table of RFC 3903 §11.1.1 marks Allow-Events "m" for 489, so the compositor lists the packages it handles. For SUBSCRIBE and NOTIFY, RFC 6665 keeps no such table; a notifier SHOULD list its packages in the requests that create dialogs, in their responses and in responses to OPTIONS (RFC 6665 §4.4.4). Template-packages such as ".winfo" are never listed (RFC 6665 §4.4.4).',
          ja: 'PUBLISH への 489 では必須である。RFC 3903 §11.1.1 のヘッダ表は 489 の Allow-Events を「m」としており、ESC は自分が扱うパッケージを列挙する。SUBSCRIBE と NOTIFY については RFC 6665 にこうした表はなく、ノーティファイアは、ダイアログを作るリクエストとその応答、および OPTIONS への応答に対応パッケージを列挙すべきである（SHOULD、RFC 6665 §4.4.4）。「.winfo」のようなテンプレートパッケージは列挙されない（RFC 6665 §4.4.4）。',
        },
        when: { methods: ['PUBLISH'] },
      },
    ],
    related: [412, 481, 405, 501],
    keywords: {
      en: ['event package', 'Event header', 'Allow-Events', 'BLF', 'busy lamp field', 'presence', 'MWI', 'message-summary', 'dialog event'],
      ja: ['イベントパッケージ', 'Event ヘッダ', 'Allow-Events', 'BLF', 'プレゼンス', 'MWI', '留守番電話通知', 'ダイアログイベント'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'n', role: 'notifier' },
      ],
      steps: [
        { from: 'a', to: 'n', label: 'SUBSCRIBE (Event: dialog)' },
        { from: 'n', to: 'a', label: '489 Bad Event' },
      ],
      caption: {
        en: 'A phone subscribes to dialog events for a busy lamp field key; the PBX does not support the dialog package and answers 489, so no subscription is created and no NOTIFY follows.',
        ja: '電話機が BLF キーのためにダイアログイベントをサブスクライブする。PBX は dialog パッケージに対応していないため 489 を返す。サブスクリプションは作られず、NOTIFY も送られない。',
      },
    },
    example: {
      request: [
        'SUBSCRIBE sip:201@pbx.example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1f6d2a8',
        'Max-Forwards: 70',
        'From: <sip:200@pbx.example.com>;tag=8b4e2c17',
        'To: <sip:201@pbx.example.com>',
        'Call-ID: 0a7e3f9b5d21@192.0.2.10',
        'CSeq: 1 SUBSCRIBE',
        'Contact: <sip:200@192.0.2.10>',
        'Event: dialog',
        'Accept: application/dialog-info+xml',
        'Expires: 3600',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 489 Bad Event',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1f6d2a8',
        'From: <sip:200@pbx.example.com>;tag=8b4e2c17',
        'To: <sip:201@pbx.example.com>;tag=2d9f7b31',
        'Call-ID: 0a7e3f9b5d21@192.0.2.10',
        'CSeq: 1 SUBSCRIBE',
        'Allow-Events: presence, message-summary',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Event', 'Allow-Events'],
    },
    text: {
      en: {
        title: 'Bad Event',
        summary:
          'The recipient does not support the event package named in the Event header of a SUBSCRIBE, PUBLISH or NOTIFY (an event state compositor MUST also give it to a PUBLISH with no Event header, and a notifier that does not support PINT SHOULD give it to a SUBSCRIBE with none).',
        description: [
          'A SUBSCRIBE, NOTIFY or PUBLISH MUST name an event package in its Event header (RFC 6665 §3.1.2, §3.2.1; RFC 3903 §4.1): presence, dialog, message-summary, reg, refer and so on. RFC 6665 §8.3.2 defines 489 for a server that does not understand the package it was given, and RFC 6665 and RFC 3903 name three senders: a notifier answering a SUBSCRIBE for a package it does not understand, where 489 is a SHOULD (RFC 6665 §4.2.1.1), as it is for a SUBSCRIBE with no Event header at a notifier that does not support PINT (RFC 6665 §4.2.3); an event state compositor answering a PUBLISH whose Event header is missing or names a package it does not handle, where 489 is a MUST (RFC 3903 §6); and a subscriber answering a NOTIFY whose package it does not support (RFC 6665 §4.1.3).',
          'A 489 says nothing about the resource or the user. The same server may accept the same SUBSCRIBE with another package, and it clearly handles the method. That sets it apart from [[405]] and [[501]], which refuse the method itself, and from [[481]], which refuses a NOTIFY or refresh for a subscription that no longer exists. RFC 3261 §21.4 says a client SHOULD NOT send the same request again unchanged, and with the same Event header it fails the same way until the server supports that package. Inside an existing subscription a 489 ends it: a subscriber that gets 489 to a refreshing SUBSCRIBE MUST consider the subscription terminated (RFC 6665 §4.1.2.2), and a notifier that gets 489 to a NOTIFY MUST remove the subscription (RFC 6665 §4.2.2).',
          'With PUBLISH it is easily confused with [[412]]. Both concern event state publication, but 412 means the entity-tag in SIP-If-Match matches no publication stored for the resource and event package of the request, whereas 489 rejects the request before any entity-tag is looked at, because the package itself is unknown. The Allow-Events header is the first thing to read after a 489: a compositor MUST put it in a 489 to PUBLISH (RFC 3903 §11.1.1); a notifier MAY put it in a 489 (RFC 6665 §8.2.2) and SHOULD list the packages it serves in the requests that create dialogs, in their responses and in responses to OPTIONS (RFC 6665 §4.4.4).',
        ],
        scenarios: [
          'An IP phone with busy lamp field keys sends SUBSCRIBE with "Event: dialog" to a PBX or hosted platform that does not implement the dialog package; the server answers 489 and the lamps stay dark.',
          'A phone subscribes to "Event: message-summary" for voicemail indication at a server that implements only presence, and gets 489.',
          'A presence client sends PUBLISH to a compositor that expects "Event: presence", but uses a vendor-specific package name or leaves the Event header out; the compositor answers 489 (RFC 3903 §6).',
        ],
        fixes: [
          'Compare the Event header of the rejected request with the Allow-Events list the server advertises, in the 489 itself or in its responses to OPTIONS; the base package has to be one the server lists. Template-packages such as ".winfo" never appear in Allow-Events: probe them with a SUBSCRIBE (for example with Expires: 0), where a 489 means that the package with the template, such as "presence.winfo", is unsupported (RFC 6665 §4.4.4).',
          'Enable the package on the server (dialog for BLF, message-summary, presence) or point the subscription at the server that hosts it; until one of these changes, sending the request again with the same Event header meets the same 489.',
          'If your compositor answers a PUBLISH with 489, include Allow-Events with the packages it does handle: RFC 3903 §11.1.1 makes it mandatory. For SUBSCRIBE and NOTIFY no rule asks for it in the 489: a notifier SHOULD list its packages in the requests that create dialogs, in their responses and in responses to OPTIONS (RFC 6665 §4.4.4), and MAY add Allow-Events to any other request or response, a 489 included (RFC 6665 §8.2.2). Answer [[405]] instead when the UAS recognizes the method but does not support it (RFC 3261 §8.2.1), and [[501]] when it does not recognize the method at all (RFC 3261 §21.5.2).',
        ],
      },
      ja: {
        title: 'イベントパッケージ未対応',
        summary:
          'SUBSCRIBE、PUBLISH、NOTIFY の Event ヘッダで指定されたイベントパッケージに、受信側が対応していない。Event ヘッダのない PUBLISH にも ESC は 489 を返さなければならず（MUST）、PINT に対応しないノーティファイアは、Event ヘッダのない SUBSCRIBE に 489 を返すべきである（SHOULD）。',
        description: [
          'SUBSCRIBE、NOTIFY、PUBLISH は、Event ヘッダでイベントパッケージ（presence、dialog、message-summary、reg、refer など）を指定しなければならない（MUST、RFC 6665 §3.1.2、§3.2.1、RFC 3903 §4.1）。RFC 6665 §8.3.2 が定める 489 は、指定されたパッケージを理解できないサーバの応答であり、RFC 6665 と RFC 3903 は三種類の送信元を挙げている。理解できないパッケージの SUBSCRIBE を受けたノーティファイア、Event ヘッダがないか扱わないパッケージを指定した PUBLISH を受けたイベント状態コンポジタ（ESC）、そして対応していないパッケージの NOTIFY を受けたサブスクライバ（RFC 6665 §4.1.3）である。ノーティファイアは 489 を返すべきであり（SHOULD、RFC 6665 §4.2.1.1）、PINT に対応していなければ Event ヘッダのない SUBSCRIBE にも 489 を返すべきである（RFC 6665 §4.2.3）。ESC は 489 を返さなければならない（MUST、RFC 3903 §6）。',
          '489 はリソースやユーザについては何も示さない。同じサーバが、パッケージを変えた同じ SUBSCRIBE なら受け付けることもあり、メソッド自体には明らかに対応している。この点で、メソッドそのものを拒否する [[405]] や [[501]]、もう存在しないサブスクリプションへの NOTIFY やリフレッシュを拒否する [[481]] とは異なる。RFC 3261 §21.4 は、同じリクエストを変更せずに再試行すべきでない（SHOULD NOT）としており、同じ Event ヘッダのままでは、サーバがそのパッケージに対応するまで同じ理由で失敗する。既存のサブスクリプションの中で返された 489 は、そのサブスクリプションを終わらせる。リフレッシュの SUBSCRIBE に 489 を受けたサブスクライバはサブスクリプションを終了したものとみなさなければならず（RFC 6665 §4.1.2.2）、NOTIFY に 489 を受けたノーティファイアはサブスクリプションを削除しなければならない（RFC 6665 §4.2.2）。',
          'PUBLISH では [[412]] と混同しやすい。どちらもイベント状態の公開に関わるが、412 は、リクエストのリソースとイベントパッケージについて、SIP-If-Match のエンティティタグに一致する保存済みパブリケーションがないことを示す。489 はパッケージそのものが未知なので、エンティティタグを調べる前の段階でリクエストを拒否する。489 を受けたら、まず Allow-Events ヘッダを確認する。PUBLISH への 489 には ESC がこのヘッダを付けなければならない（RFC 3903 §11.1.1）。ノーティファイアは 489 にこのヘッダを付けてもよく（MAY、RFC 6665 §8.2.2）、ダイアログを作るリクエストとその応答、および OPTIONS への応答に対応パッケージを列挙すべきである（SHOULD、RFC 6665 §4.4.4）。',
        ],
        scenarios: [
          'BLF（話中ランプ表示）キーを設定した IP 電話機が、dialog パッケージを実装していない PBX やクラウド PBX に、ダイアログ状態を監視する「Event: dialog」の SUBSCRIBE を送る。サーバは 489 を返し、ランプは消えたままになる。',
          '電話機がボイスメールの通知のために「Event: message-summary」をサブスクライブするが、相手のサーバはプレゼンスしか実装しておらず、489 が返る。',
          'プレゼンスクライアントが、「Event: presence」を期待する ESC に対し、独自のパッケージ名で、あるいは Event ヘッダを付けずに PUBLISH を送る。ESC は 489 を返す（RFC 3903 §6）。',
        ],
        fixes: [
          '拒否されたリクエストの Event ヘッダを、サーバが Allow-Events で示している一覧（489 そのものや OPTIONS への応答に含まれる）と比べる。基本となるパッケージは一覧にあるものでなければならない。「.winfo」のようなテンプレートパッケージは Allow-Events に載らないため、SUBSCRIBE（たとえば Expires: 0）を送って対応を確かめる。489 が返れば、テンプレートを付けたそのパッケージ（たとえば「presence.winfo」）には対応していない（RFC 6665 §4.4.4）。',
          'サーバ側でそのパッケージ（BLF 用の dialog、message-summary、presence）を有効にするか、そのパッケージを扱うサーバにサブスクリプションを向ける。そのどちらかが変わるまでは、同じ Event ヘッダのまま再試行しても同じ 489 が返る。',
          '自分の ESC が PUBLISH に 489 を返すなら、扱えるパッケージを Allow-Events に列挙する。RFC 3903 §11.1.1 はこれを必須としている。SUBSCRIBE と NOTIFY については、489 にこのヘッダを求める規則はない。ノーティファイアは、ダイアログを作るリクエストとその応答、および OPTIONS への応答に対応パッケージを列挙すべきであり（SHOULD、RFC 6665 §4.4.4）、それ以外のリクエストや応答にも、489 を含めて Allow-Events を付けてよい（MAY、RFC 6665 §8.2.2）。UAS がメソッドを認識しているが対応していない場合は [[405]] を返し（RFC 3261 §8.2.1）、メソッドをまったく認識しない場合は [[501]] を返す（RFC 3261 §21.5.2）。',
        ],
      },
    },
  },
  {
    code: 491,
    phrase: 'Request Pending',
    status: 'active',
    refs: ['RFC3261 §21.4.27'],
    seeAlso: ['RFC3261 §14.1', 'RFC3261 §14.2', 'RFC3311 §5.2', 'RFC3311 §5.3', 'RFC4028 §7.4', 'RFC3264 §8.4', 'RFC5057 §5.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.4.27', 'RFC3261 §14.2'],
        byRole: {
          uas: ['RFC3261 §21.4.27', 'RFC3261 §14.2'],
        },
      },
      methods: {
        value: 'any',
        // RFC 3261 §21.4.27: the request was received by a UAS that had a pending request within the same dialog.
        dialog: 'inside',
        dialogRefs: ['RFC3261 §21.4.27'],
        named: ['INVITE', 'UPDATE'],
        namedRefs: { INVITE: ['RFC3261 §14.2'], UPDATE: ['RFC3311 §5.2'] },
        refs: ['RFC3261 §21.4.27', 'RFC3261 §14.2', 'RFC3311 §5.2'],
      },
      retry: {
        value: 'later',
        refs: ['RFC3261 §14.1', 'RFC3311 §5.3'],
        // RFC 3261 §14.1 (re-INVITE) and RFC 3311 §5.3 (UPDATE): after a 491, the UAC SHOULD start a timer and, when it fires, SHOULD attempt the request once more.
        label: {
          en: 'After a 491 to a re-INVITE or an UPDATE, the UAC SHOULD wait a random time and SHOULD then attempt the request once more, if it still wants the change',
          ja: 're-INVITE または UPDATE への 491 を受けた UAC は、ランダムな時間を待ち（SHOULD）、その変更をまだ望むならそのリクエストをもう一度試みるべきである（SHOULD）',
        },
        next: {
          en: 'if the request was a re-INVITE or an UPDATE, the UAC SHOULD start a timer with a random value (2.1 to 4 seconds if it generated the Call-ID of the dialog, 0 to 2 seconds if not) and, when the timer fires, SHOULD attempt the request once more if it still wants that session modification',
          ja: 'リクエストが re-INVITE または UPDATE であれば、UAC はランダムな値（ダイアログの Call-ID を自分で生成したなら 2.1～4 秒、そうでなければ 0～2 秒）のタイマを開始すべきであり（SHOULD）、タイマが満了したとき、そのセッション変更をまだ望むならそのリクエストをもう一度試みるべきである（SHOULD）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [500, 488, 481, 487],
    keywords: {
      en: ['glare', 're-INVITE collision', 'offer collision', 'hold', 'resume', 'race condition', 'simultaneous re-INVITE'],
      ja: ['グレア', 're-INVITE 衝突', 'オファー衝突', '保留', '保留解除', '競合', '同時 re-INVITE'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'INVITE (a=sendonly)' },
        { from: 'b', to: 'a', label: 'INVITE (a=sendonly)' },
        { from: 'b', to: 'a', label: '491 Request Pending' },
        { from: 'a', to: 'b', label: '491 Request Pending' },
        { from: 'a', to: 'b', label: 'ACK' },
        { from: 'b', to: 'a', label: 'ACK' },
        { from: 'b', to: 'a', label: 'INVITE (a=sendonly)' },
        { from: 'a', to: 'b', label: '200 OK (a=recvonly)' },
        { from: 'b', to: 'a', label: 'ACK' },
      ],
      caption: {
        en: 'Both users press hold at the same moment and each phone answers the other\'s re-INVITE with 491; the callee\'s phone, which does not own the Call-ID, waits 0 to 2 seconds, sends its re-INVITE again and succeeds.',
        ja: '両方のユーザが同時に保留を押し、それぞれの電話機が相手の re-INVITE に 491 を返す。Call-ID の所有者ではない着信側の電話機は 0〜2 秒待ってから re-INVITE を送り直し、成功する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20 SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3e8c6d1',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314160 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Type: application/sdp',
        'Content-Length: 146',
        '',
        'v=0',
        'o=alice 2890844526 2890844527 IN IP4 192.0.2.10',
        's=-',
        'c=IN IP4 192.0.2.10',
        't=0 0',
        'm=audio 49170 RTP/AVP 0',
        'a=rtpmap:0 PCMU/8000',
        'a=sendonly',
      ].join('\n'),
      response: [
        'SIP/2.0 491 Request Pending',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3e8c6d1',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314160 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['To', 'CSeq'],
    },
    text: {
      en: {
        title: 'Request Pending',
        summary:
          'Both ends tried to change the same session at the same moment: the user agent already has its own re-INVITE outstanding on this dialog (for an incoming UPDATE with an offer: an offer of its own still unanswered) and rejects the incoming request; each side SHOULD wait a random time and then try again if it still wants the change.',
        description: [
          'A user agent must not start an INVITE transaction on a dialog while another one is in progress in either direction (RFC 3261 §14.1). When both user agents send a re-INVITE at nearly the same moment, a situation called glare, each receives the other\'s request while its own is still pending, and RFC 3261 §14.2 says each MUST answer the received INVITE with 491. RFC 3311 §5.2 gives the same answer to an UPDATE that carries an offer when the recipient\'s own offer, in an UPDATE, PRACK or INVITE, is still unanswered, and §5.3 gives the UPDATE the same back-off timer; RFC 3311 prescribes no 491 for an UPDATE without an offer.',
          'The code comes with its own back-off rule instead of a Retry-After header. A UAC that receives 491 to a re-INVITE SHOULD start a timer and, when it fires, try the re-INVITE once more if it still wants the change (RFC 3261 §14.1); RFC 3311 §5.3 sets the same rule, with the same timer values, for a 491 to an UPDATE. The owner of the dialog\'s Call-ID, the side that generated it, waits a random 2.1 to 4 seconds; the other side waits 0 to 2 seconds, both in units of 10 ms. Because the ranges do not overlap, the side that did not place the call normally resends first; if its re-INVITE has reached the other side by the time that side\'s timer fires, the other side must wait until that transaction is over before starting its own (RFC 3261 §14.1). If the two requests still cross on the wire, they can collide again.',
          'A 491 leaves the dialog and the current session intact: after any non-2xx final response to a re-INVITE, the session parameters stay as they were (RFC 3261 §14.1), and RFC 5057 counts 491 among the responses that affect only the transaction (RFC 5057 §5.1). Do not confuse it with a UAS receiving a second INVITE from its peer before it has answered the peer\'s first one; that case gets [[500]] with a Retry-After of 0 to 10 seconds (RFC 3261 §14.2). A 491 is about two requests crossing in opposite directions.',
        ],
        scenarios: [
          'Two PBX users on a call press "hold" at the same moment, and both phones send a re-INVITE with a=sendonly. Each answers the other\'s re-INVITE with 491; after 0 to 2 seconds the phone that did not place the call sends its hold again and succeeds.',
          'An SBC refreshes the session timer with a re-INVITE just as the far end sends a re-INVITE to move its media, for example after a mobile client changed networks. Each answers the other\'s re-INVITE with 491 (RFC 3261 §14.2), and each repeats its own request when its timer fires if it still needs it, the side that does not own the Call-ID first.',
          'During an early dialog, both sides send an UPDATE with a new offer to change codecs, and each answers the other\'s UPDATE with 491 (RFC 3311 §5.2).',
        ],
        fixes: [
          'Implement exactly the timer that a UAC SHOULD start after a 491 (RFC 3261 §14.1, RFC 3311 §5.3): a random 2.1 to 4 seconds for the Call-ID owner, 0 to 2 seconds for the other side. Resending at once, or after the same fixed delay on both sides, lets the requests collide again.',
          'Keep the call up after a 491 and resend only if you still want the change (RFC 3261 §14.1); if the call has been ended with BYE, the RFC\'s own example, do not send it again. Build the resent offer on the session as the other side\'s change left it: a hold is placed separately in each direction, so after the other side has put the call on hold your own hold marks the stream inactive instead of sendonly (RFC 3264 §8.4).',
          'If your B2BUA or SBC returns 491 often, check whether it generates re-INVITEs of its own (session refresh, media anchoring) at moments when endpoints are likely to send theirs. Refreshing with an UPDATE without an offer, which is not an INVITE transaction, or staggering the timers reduces collisions; RFC 4028 §7.4 recommends UPDATE for session refreshes when the peer supports it, without an offer.',
        ],
      },
      ja: {
        title: 'リクエスト競合',
        summary:
          '両端が同じ瞬間に同じセッションを変更しようとした。UA は、このダイアログで自分が送った re-INVITE がまだ完了していないため（オファー付きの UPDATE を受けた場合は、自分が出したオファーへのアンサーをまだ受けていないため）、届いたリクエストを拒否する。双方はランダムな時間待ち、まだ変更が必要ならやり直すべきである（SHOULD）。',
        description: [
          'UA は、ダイアログ上でどちらかの方向の INVITE トランザクションが進行中の間は、新しい INVITE トランザクションを始めてはならない（RFC 3261 §14.1）。両方の UA がほぼ同時に re-INVITE を送る、いわゆるグレアが起きると、それぞれ、自分のリクエストが完了しないうちに相手のリクエストを受け取る。RFC 3261 §14.2 は、この場合に受け取った INVITE へ 491 を返さなければならないとしている。RFC 3311 §5.2 は、オファーを含む UPDATE を受けたときに、自分が UPDATE、PRACK、INVITE で出したオファーへのアンサーをまだ受けていなければ、同じく 491 を返すとしており、§5.3 は UPDATE にも同じ待ち時間の規則を定めている。オファーを含まない UPDATE に 491 を返す規定は RFC 3311 にはない。',
          'このコードは Retry-After ヘッダの代わりに独自の待ち時間の規則を持つ。re-INVITE に 491 を受けた UAC はタイマを開始し、タイマが満了した時点でまだ変更が必要なら、re-INVITE をもう一度試みる（再試行する）べきである（RFC 3261 §14.1）。UPDATE への 491 についても、RFC 3311 §5.3 が同じタイマ値で同じ規則を定めている。ダイアログの Call-ID の所有者（その値を生成した側）は 2.1〜4 秒、もう一方は 0〜2 秒の範囲でランダムに待ち、いずれも 10 ms 単位で選ぶ。範囲が重ならないので、通常は呼を発信しなかった側が先に送り直す。もう一方の側は、自分のタイマが満了した時点でその re-INVITE がすでに届いていれば、それが完了するまで自分の re-INVITE を始めてはならない（RFC 3261 §14.1）。それでも二つのリクエストが伝送中にすれ違えば、再び衝突しうる。',
          '491 はダイアログも現在のセッションも壊さない。re-INVITE に非 2xx の最終応答が返った場合、セッションのパラメータは元のまま残り（RFC 3261 §14.1）、RFC 5057 も 491 をトランザクションだけに影響する応答に数えている（RFC 5057 §5.1）。相手からの最初の INVITE にまだ応答していないうちに、同じ相手から二つ目の INVITE が届いた場合と混同しないこと。そちらには 0〜10 秒の Retry-After 付きで [[500]] を返す（RFC 3261 §14.2）。491 は、逆方向に送られた二つのリクエストがすれ違った場合のものである。',
        ],
        scenarios: [
          '通話中の二人の PBX ユーザが同時に「保留」を押し、両方の電話機が a=sendonly の re-INVITE を送る。互いに相手の re-INVITE へ 491 を返し、0〜2 秒後に呼を発信しなかった側の電話機が保留の re-INVITE を送り直して成功する。',
          'SBC がセッションタイマのリフレッシュとして re-INVITE を送ったちょうどそのとき、相手側がメディアを移すための re-INVITE を送る（たとえばモバイルクライアントがネットワークを切り替えた後）。それぞれが相手の re-INVITE に 491 を返し（RFC 3261 §14.2）、まだ必要なら、タイマの満了後にそれぞれ自分のリクエストを送り直す。先に送るのは Call-ID の所有者ではない側である。',
          'アーリーダイアログの間に、両側がコーデックを変えるための新しいオファーを入れた UPDATE を送り、それぞれが相手の UPDATE に 491 を返す（RFC 3311 §5.2）。',
        ],
        fixes: [
          '491 を受けた UAC が開始すべき（SHOULD）タイマ（RFC 3261 §14.1、RFC 3311 §5.3）を正確に実装する。Call-ID の所有者は 2.1〜4 秒、もう一方は 0〜2 秒の範囲でランダムに選ぶ。即座に送り直したり、両側で同じ固定の遅延を使ったりすると、再び衝突しうる。',
          '491 の後も呼は維持し、まだその変更が必要な場合に限って送り直す（RFC 3261 §14.1）。同 RFC が例に挙げるように、呼が BYE で終了していれば送り直さない。送り直すオファーは、相手側の変更を反映した現在のセッションをもとに作る。保留は方向ごとに別々にかけられるので、相手がすでに呼を保留にしていれば、自分の保留ではストリームを sendonly ではなく inactive にする（RFC 3264 §8.4）。',
          '自分の B2BUA や SBC が頻繁に 491 を返すなら、端末が re-INVITE を送りそうなタイミングで独自の re-INVITE（セッションリフレッシュ、メディアアンカリング）を生成していないかを確認する。INVITE トランザクションにならない、オファーなしの UPDATE でリフレッシュする、タイマをずらす、といった方法で衝突は減らせる。RFC 4028 §7.4 も、相手が UPDATE に対応していればセッションのリフレッシュには UPDATE を使い、オファーを入れないことを推奨している。',
        ],
      },
    },
  },
  {
    code: 493,
    phrase: 'Undecipherable',
    status: 'active',
    refs: ['RFC3261 §21.4.28'],
    seeAlso: ['RFC3261 §23.2', 'RFC3261 §23.3', 'RFC3261 §21.4.13', 'RFC8591 §7.3'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.4.28'],
        byRole: {
          uas: ['RFC3261 §21.4.28'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.28', 'RFC3261 §23.2'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4.28', 'RFC3261 §23.2', 'RFC3261 §21.4'],
        // What the 493 tells the sender depends on its body: RFC 3261 §23.2 asks for a certificate (SHOULD), and a 493
        // without one says the respondent cannot or will not use S/MIME encrypted messages; it names nothing to change then.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the 493 SHOULD carry a certificate of the respondent, whose public key should be used to encrypt bodies sent to it; a 493 without any certificate says the respondent cannot or will not use S/MIME encrypted messages',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、493 には応答した側の証明書を入れるべきであり（SHOULD）、その公開鍵は、その UA に送るボディの暗号化に使うべき鍵である。証明書のない 493 は、応答した側が S/MIME で暗号化されたメッセージを使えない、または使わないことを示す',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; the 493 SHOULD carry a certificate of the respondent, holding the public key that should be used to encrypt MIME bodies sent to that UA, and a 493 sent without any certificate indicates that the respondent cannot or will not use S/MIME encrypted messages, though it may still support S/MIME signatures',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、493 には、その UA に送る MIME ボディの暗号化に使うべき公開鍵を持つ、応答した側の証明書を入れるべきであり（SHOULD）、証明書なしで送られた 493 は、応答した側が S/MIME で暗号化されたメッセージを使えない、または使わないことを示し、S/MIME の署名には対応している場合もある',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Content-Type',
        in: 'request',
        ref: 'RFC3261 §23.3',
        note: {
          en: 'An encrypted S/MIME body arrives as application/pkcs7-mime; 493 means the recipient understood the type but has no key to open it, or will not use one.',
          ja: '暗号化された S/MIME ボディは application/pkcs7-mime として届く。493 は、受信側がこの形式は理解したものの、開くための鍵を持っていないか、使おうとしないことを意味する。',
        },
      },
    ],
    related: [415, 488],
    keywords: {
      en: ['S/MIME', 'encrypted body', 'decrypt', 'decryption failed', 'pkcs7-mime', 'public key', 'certificate', 'end-to-end encryption'],
      ja: ['S/MIME', '暗号化', '復号', '復号失敗', 'pkcs7-mime', '公開鍵', '証明書', 'エンドツーエンド暗号化'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'MESSAGE (application/pkcs7-mime)' },
        { from: 'b', to: 'a', label: '493 Undecipherable' },
        { from: 'a', to: 'b', label: 'MESSAGE (application/pkcs7-mime)' },
        { from: 'b', to: 'a', label: '200 OK' },
      ],
      caption: {
        en: 'A MESSAGE encrypted with an outdated certificate of the recipient gets a 493 that carries the recipient\'s current certificate; the sender encrypts the body again with it, and the MESSAGE is accepted.',
        ja: '受信者の古い証明書で暗号化した MESSAGE は、受信者の現在の証明書を付けた 493 で拒否される。送信者がその証明書でボディを暗号化し直すと、MESSAGE は受け付けられる。',
      },
    },
    example: {
      request: [
        'MESSAGE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/TLS 192.0.2.10:5061;branch=z9hG4bK6d2f9a4',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=49583',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 1e4b7c2d9f0a@192.0.2.10',
        'CSeq: 1 MESSAGE',
        'Content-Type: application/pkcs7-mime; smime-type=auth-enveloped-data; name=smime.p7m',
        'Content-Disposition: attachment; handling=required; filename=smime.p7m',
        'Content-Length: 285',
        '',
        '*******************************************************',
        '* Content-Type: text/plain                            *',
        '*                                                     *',
        '* Running late, start without me.                     *',
        '*******************************************************',
      ].join('\n'),
      response: [
        'SIP/2.0 493 Undecipherable',
        'Via: SIP/2.0/TLS 192.0.2.10:5061;branch=z9hG4bK6d2f9a4',
        'From: Alice <sip:alice@example.com>;tag=49583',
        'To: Bob <sip:bob@example.com>;tag=ab30317f',
        'Call-ID: 1e4b7c2d9f0a@192.0.2.10',
        'CSeq: 1 MESSAGE',
        'Content-Type: application/pkcs7-mime; smime-type=certs-only; name=smime.p7c',
        'Content-Disposition: attachment; handling=required; filename=smime.p7c',
        'Content-Length: 171',
        '',
        '*******************************************************',
        '* certs-only: current certificate of bob@example.com  *',
        '*******************************************************',
      ].join('\n'),
      highlight: ['Content-Type'],
    },
    text: {
      en: {
        title: 'Undecipherable',
        summary:
          'The user agent server received a request with an encrypted MIME body that it cannot decrypt, because it lacks the matching private key or will not use it.',
        description: [
          'RFC 3261 lets a sender protect a message body end to end with S/MIME: the body, for example the SDP of an INVITE or the text of a MESSAGE, is encrypted with the recipient\'s public key and sent as application/pkcs7-mime (RFC 3261 §23.3). When the recipient does not possess the private key that matches, or will not make it available, it answers 493 (RFC 3261 §21.4.28): a UA that receives a body encrypted with a public key unknown to it MUST reject the request with 493, and the 493 SHOULD carry the responder\'s certificate in a body with smime-type "certs-only" (RFC 3261 §23.2). A 493 without a certificate says that the responder cannot or will not use S/MIME encryption, though it may still support S/MIME signatures. For MESSAGE, RFC 8591 §7.3 relaxes the rule: the UAS SHOULD answer 493 when it tries to decrypt at once and finds the wrong certificate, but MAY answer 2xx when it defers decryption, for example to a message store, so a 200 to an encrypted MESSAGE does not prove it could be read.',
          'The code is specific to encryption failure. A recipient that does not understand the body type at all, for example one with no S/MIME support, MUST answer [[415]] Unsupported Media Type instead when the body is marked "handling=required" (RFC 3261 §23.2), as S/MIME bodies should be (RFC 3261 §23.3), and for MESSAGE RFC 8591 §7.3 makes 415 the answer to any unsupported type; a recipient that decrypts the SDP successfully but cannot accept the session it describes can answer [[488]] Not Acceptable Here. 493 sits between them: the type is understood, but the content stays locked.',
          'RFC 8591 §1 noted in 2019 that S/MIME was not in common use for SIP-based messaging, and RFC 3261 §23 warns that secure MIME may keep intermediaries that rely on viewing or modifying bodies, especially SDP, from working; it calls such intermediaries rare, not typical proxy servers, and names certain firewalls; a B2BUA or SBC that must rewrite the SDP is in the same position.',
        ],
        scenarios: [
          'A secure messaging client encrypts a MESSAGE with the certificate it cached for a contact. The contact has since reinstalled the client, which generated a new key pair, so the new installation cannot decrypt the body and answers 493, with its current certificate attached as RFC 3261 §23.2 says it SHOULD.',
          'A user has a desk phone and a softphone registered to the same address, and only the softphone holds the private key. An INVITE with an encrypted SDP body is forked to both; the desk phone answers 493 while the softphone can answer normally.',
          'An SBC that anchors media must rewrite the SDP of every INVITE. When a caller sends the SDP encrypted end to end, the SBC, acting as the user agent server for its leg, cannot read the body and rejects the INVITE with 493.',
        ],
        fixes: [
          'If the 493 carries a certificate (a certs-only body), validate it and compare its subject with the To of the response, as RFC 3261 §23.2 says you SHOULD, bearing in mind that the same section says the two may well differ without any breach of security; if it cannot be verified because it is self-signed or signed by no known authority, you MUST notify the user of its status (its subject, its signer and any key fingerprint) and request explicit permission before proceeding (RFC 3261 §23.2). Then encrypt the request again with that key. If it carries none, the recipient cannot or will not take encrypted bodies (RFC 3261 §23.2), so fetching another certificate will not help; send the request unencrypted only if your security policy allows it.',
          'If an intermediary such as an SBC or B2BUA needs to read the body, end-to-end encryption of that body will not work through it: if your security policy allows that element to read the body, send it unencrypted over TLS-protected hops instead; otherwise route the request so that no element on the way has to read or rewrite it.',
          'On the receiving side, 493 is the answer to an encrypted body for which you do not possess, or will not provide, an appropriate decryption key (RFC 3261 §21.4.28); sent without a certificate, it tells the sender that you cannot or will not use S/MIME encryption (RFC 3261 §23.2). For an S/MIME body marked handling=required whose MIME type you do not understand, answer 415 instead (MUST, RFC 3261 §23.2); a UA that receives that 415 SHOULD tell its user that the remote device does not support S/MIME (RFC 3261 §23.2); a part marked handling=optional that you do not understand MUST be ignored (RFC 3204 §6).',
        ],
      },
      ja: {
        title: '復号不能',
        summary:
          'UAS が暗号化された MIME ボディを含むリクエストを受け取ったが、対応する秘密鍵を持っていない、あるいは使わないため、復号できない。',
        description: [
          'RFC 3261 では、送信側が S/MIME を使ってメッセージボディをエンドツーエンドで保護できる。ボディ（たとえば INVITE の SDP や MESSAGE の本文）は受信側の公開鍵で暗号化され、application/pkcs7-mime として送られる（RFC 3261 §23.3）。受信側が対応する秘密鍵を持っていない場合、あるいは使おうとしない場合は 493 を返す（RFC 3261 §21.4.28）。自分の知らない公開鍵で暗号化されたボディを受けた UA は、リクエストを 493 で拒否しなければならず、その 493 には smime-type が「certs-only」のボディで自分の証明書を入れるべきである（SHOULD、RFC 3261 §23.2）。証明書のない 493 は、応答した側が S/MIME の暗号化を使えない、あるいは使わないことを示す（S/MIME の署名には対応している場合もある）。MESSAGE については RFC 8591 §7.3 がこの規則を緩めている。UAS は、すぐに復号を試みて証明書の誤りがわかった場合は 493 を返すべきである（SHOULD）が、メッセージストアに渡すなどして復号を後回しにする場合は 2xx を返してもよい（MAY）。したがって、暗号化した MESSAGE に 200 が返っても、読めたことの証明にはならない。',
          'このコードは暗号化の失敗に限って使われる。ボディの形式自体を理解できない受信側、たとえば S/MIME に対応していない受信側は、ボディに「handling=required」が指定されていれば [[415]] Unsupported Media Type を返さなければならない（RFC 3261 §23.2）。S/MIME のボディにはこの指定を付けるべきである（RFC 3261 §23.3）。MESSAGE については、RFC 8591 §7.3 が、対応していない形式にはすべて 415 を返すと定めている。SDP の復号には成功したが、そこに記述されたセッションを受け入れられない受信側は [[488]] Not Acceptable Here を返せる。493 はその中間にあたり、形式は分かるが中身は開けないという状態である。',
          'RFC 8591 §1 は 2019 年の時点で、SIP によるメッセージングで S/MIME は一般には使われていないとしていた。また RFC 3261 §23 は、ボディ（特に SDP）の参照や書き換えに頼る中継装置が、保護された MIME ボディのために機能しなくなりうると注意しており、そうした装置はまれで一般的なプロキシではないとしたうえで、例として一部のファイアウォールを挙げている。SDP を書き換えなければならない B2BUA や SBC も同じ立場にある。',
        ],
        scenarios: [
          'セキュアメッセージングのクライアントが、連絡先についてキャッシュしていた証明書で MESSAGE を暗号化する。相手はその後クライアントを再インストールして新しい鍵ペアを生成していたため、新しいクライアントはボディを復号できず、493 を返す。RFC 3261 §23.2 に従えば、この 493 には現在の証明書を添えるべきである（SHOULD）。',
          'あるユーザが同じアドレスに卓上電話とソフトフォンを登録しており、秘密鍵を持っているのはソフトフォンだけである。暗号化された SDP を持つ INVITE が両方にフォーキングされると、卓上電話は 493 を返し、ソフトフォンは通常どおり応答できる。',
          'メディアをアンカーする SBC は、すべての INVITE の SDP を書き換えなければならない。発信者が SDP をエンドツーエンドで暗号化して送ると、自分の区間の UAS として動作する SBC はボディを読めず、INVITE を 493 で拒否する。',
        ],
        fixes: [
          '493 に証明書（certs-only のボディ）が付いていれば、それを検証し、サブジェクトを応答の To と照合する（SHOULD、RFC 3261 §23.2）。ただし同節によれば、両者が異なることは十分にありえ、それが必ずしもセキュリティ侵害を示すわけではない。自己署名である、または既知の認証局の署名がないために検証できなければ、証明書の状態（サブジェクト、署名者、鍵のフィンガープリント）をユーザに通知し、明示的な許可を求めてから先へ進まなければならない（MUST、RFC 3261 §23.2）。そのうえで、その鍵でリクエストを暗号化し直す。付いていなければ、受信側は暗号化されたボディを扱えないか扱わないので（RFC 3261 §23.2）、別の証明書を入手しても解決しない。暗号化せずに送り直すのは、自分のセキュリティポリシーが許す場合に限る。',
          'SBC や B2BUA などの中継装置がボディを読む必要がある経路では、そのボディのエンドツーエンド暗号化は成り立たない。その装置にボディを読ませることを自分のセキュリティポリシーが許すなら、代わりに TLS で保護した区間で暗号化せずに送る。許さないなら、途中でボディを読んだり書き換えたりする必要のある装置を通らない経路にする。',
          '受信側では、493 は、暗号化されたボディに対する適切な復号鍵を持っていない、または提供しない場合に返す応答である（RFC 3261 §21.4.28）。証明書を付けずに返せば、S/MIME の暗号化を使えない、または使わないことを送信側に伝える（RFC 3261 §23.2）。handling=required が指定された S/MIME ボディの MIME タイプそのものを理解できない場合は、代わりに 415 を返さなければならない（MUST、RFC 3261 §23.2）。その 415 を受けた UA は、相手の端末が S/MIME に対応していないことをユーザに知らせるべきである（SHOULD、RFC 3261 §23.2）。handling=optional が指定されたパートを理解できない場合は、そのパートを無視しなければならない（MUST、RFC 3204 §6）。',
        ],
      },
    },
  },
  {
    code: 494,
    phrase: 'Security Agreement Required',
    status: 'active',
    refs: ['RFC3329 §6.4'],
    seeAlso: ['RFC3329 §2.3', 'RFC3329 §2.3.1', 'RFC3329 §2.3.2', 'RFC3329 §2.4', 'RFC3329 §2.6', 'RFC3329 §A', 'RFC3261 §17', 'RFC3261 §20'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'registrar', 'uas'],
        refs: ['RFC3329 §2.3', 'RFC3329 §2.3.1', 'RFC3329 §2.3.2', 'RFC3329 §2.6'],
        byRole: {
          proxy: ['RFC3329 §2.3', 'RFC3329 §2.3.1', 'RFC3329 §2.3.2', 'RFC3329 §2.6'],
          registrar: ['RFC3329 §2.6'],
          uas: ['RFC3329 §2.3', 'RFC3329 §2.6'],
        },
      },
      methods: { value: 'any', except: ['CANCEL', 'PRACK'], exceptInferred: true, exceptRefs: ['RFC3329 §2.6', 'RFC3329 §2.3.1', 'RFC3261 §20'], refs: ['RFC3329 §2.3.1', 'RFC3329 §2.3.2', 'RFC3329 §2.6', 'RFC3261 §20'] },
      retry: { value: 'modify', refs: ['RFC3329 §2.3.1', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
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
        name: 'Require',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3329 §2.3.2',
        note: {
          en: 'Carries "sec-agree" when the server starts the agreement itself, answering a request that lists sec-agree only in Supported; RFC 3329 §2.3.1 does not ask for it in a 494 to a request that already requires sec-agree.',
          ja: 'サーバが自ら合意を始める場合、つまり Supported にだけ sec-agree を挙げたリクエストに答える場合に「sec-agree」を入れる。すでに sec-agree を要求しているリクエストへの 494 については、RFC 3329 §2.3.1 はこれを求めていない。',
        },
        when: { untestable: true },
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
          en: 'Copies the server\'s Security-Server list into the requests the client then sends over the protected channel, so the server can detect a downgrade; the server answers an unprotected request that requires sec-agree with 494, whatever this header says (RFC 3329 §2.3.1).',
          ja: 'サーバの Security-Server のリストを、クライアントがその後保護されたチャネルで送るリクエストに写し、サーバがダウングレード攻撃を検出できるようにする。サーバは、sec-agree を要求する保護されていないリクエストに、このヘッダの内容にかかわらず 494 を返す（RFC 3329 §2.3.1）。',
        },
      },
    ],
    related: [421, 420, 401, 407],
    keywords: {
      en: ['sec-agree', 'security agreement', 'Security-Client', 'Security-Server', 'Security-Verify', 'IPsec', 'ipsec-3gpp', 'TLS', 'IMS', 'VoLTE', 'P-CSCF'],
      ja: ['sec-agree', 'セキュリティ合意', 'セキュリティネゴシエーション', 'IPsec', 'TLS', 'IMS', 'VoLTE', 'P-CSCF', '登録失敗'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE + Security-Client' },
        { from: 'p', to: 'a', label: '494 Security Agreement Required' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'a', to: 'p', label: 'TLS', note: { en: 'handshake', ja: 'ハンドシェイク' } },
        { from: 'a', to: 'p', label: 'INVITE + Security-Verify' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
      ],
      caption: {
        en: 'The client asks for security agreement over an unprotected hop; the first-hop proxy answers 494 with its Security-Server list, the client sets up TLS and resends the INVITE with Security-Verify, and the proxy forwards it.',
        ja: 'クライアントが保護されていないホップでセキュリティ合意を求める。ファーストホップのプロキシは Security-Server のリストを付けた 494 を返し、クライアントは TLS を確立して Security-Verify 付きの INVITE を送り直す。プロキシはそれを先へ転送する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK9a4e1c6',
        'Max-Forwards: 70',
        'Route: <sip:proxy.example.com;lr>',
        'From: Alice <sip:alice@example.com>;tag=2f8d5b3e',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 8c5a2e7f1b3d@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Security-Client: tls',
        'Security-Client: digest',
        'Require: sec-agree',
        'Proxy-Require: sec-agree',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 494 Security Agreement Required',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK9a4e1c6',
        'From: Alice <sip:alice@example.com>;tag=2f8d5b3e',
        'To: Bob <sip:bob@example.com>;tag=6e1c9a04',
        'Call-ID: 8c5a2e7f1b3d@192.0.2.10',
        'CSeq: 1 INVITE',
        'Security-Server: ipsec-ike;q=0.1',
        'Security-Server: tls;q=0.2',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Security-Client', 'Security-Server', 'Proxy-Require'],
    },
    text: {
      en: {
        title: 'Security Agreement Required',
        summary:
          'The first-hop server requires the client to negotiate a security mechanism for their hop (RFC 3329) before it will process requests; the response lists the mechanisms the server offers.',
        description: [
          'RFC 3329 gives a user agent and its first-hop server a way to agree on how their hop is protected, TLS, Digest or one of the IPsec variants (among them ipsec-3gpp, which RFC 3329 Appendix A defines for the 3GPP IP Multimedia Subsystem), without an attacker being able to talk them down to a weaker choice. The client lists its mechanisms in Security-Client and puts "sec-agree" in Require and Proxy-Require. A server that receives such a request unprotected must answer 494 with a Security-Server header listing the mechanisms it supports (RFC 3329 §2.3.1). The client MUST pick, among the mechanisms it knows, the one in the server\'s list with the highest "q" value and set it up; the requests it then sends to that server SHOULD use the protected channel and MUST carry a Security-Verify header that repeats the server\'s list, which lets the server check that its list was not modified on the way (RFC 3329 §2.3.1).',
          'The agreement covers a single hop. Only the first-hop server takes part; a server that receives a request on an interface configured for the mechanism and sees several Via entries is not the first hop, MUST NOT use the mechanism, and returns [[502]] instead (RFC 3329 §2.3.2). The next hop can also be a user agent server (RFC 3329 §2.3). RFC 3329 §2.3.2 also lets the server start the negotiation on its own when the client merely lists "sec-agree" in Supported, and in that case too the 494 tells the client what to set up.',
          'RFC 3329 names no method that 494 must not answer. Its header table (RFC 3329 §2.6) marks Security-Server, which every 494 must carry (RFC 3329 §2.3.1), with "-" for CANCEL and PRACK, and for ACK, which gets no response at all (RFC 3261 §17). RFC 3329 does not define that mark; in the legend of RFC 3261 §20, "-" for a response means that the UAS MUST NOT place the header field in it. Read that way, the table leaves no valid 494 to a CANCEL or a PRACK, and that inference is the only ground for the exception under "Requests it answers".',
          'Under RFC 3329 §2.3.2, 494 and [[421]] Extension Required answer different requests, not different needs: a server whose policy requires the agreement sends 421 when the request names sec-agree nowhere and 494 when it lists sec-agree in Supported, and both responses carry Security-Server, "Require: sec-agree" and whatever the client needs to start the preferred mechanism. It is not an authentication challenge like [[401]] or [[407]] either, although the two can travel together: when "digest" is the mechanism the client will choose, the common one with the highest "q" value, the 494 carries the Digest challenge the client needs (RFC 3329 §2.3.1, §2.4).',
        ],
        scenarios: [
          'A mobile handset registers without asking for security agreement with an operator whose first hop requires IPsec-protected signalling. RFC 3329 §2.3.2 tells that server what to answer: 494 if the REGISTER lists sec-agree only in Supported, [[421]] if it names sec-agree nowhere, both with Security-Server, "Require: sec-agree" and what the client needs to start the preferred mechanism. The handset has to negotiate the mechanism, for instance ipsec-3gpp, before it can register.',
          'A SIP client sends an INVITE to its outbound proxy with Security-Client, "Require: sec-agree" and "Proxy-Require: sec-agree", but over a plain connection. The proxy answers 494 listing "tls" and "digest" in Security-Server; the client opens TLS and retries with Security-Verify.',
          'A client under development sends a request with Security-Verify and "Require: sec-agree" that does not travel over the agreed association. The server treats it as unprotected and answers 494, whatever the Security-Verify header contains (RFC 3329 §2.3.1).',
        ],
        fixes: [
          'Client side: set up the mechanism in Security-Server with the highest "q" value among those you support (open the TLS connection, or create the IPsec security associations with the parameters given), then send the request again over it with Security-Verify holding a copy of the Security-Server values, and with "sec-agree" still in Require and Proxy-Require (RFC 3329 §2.3.1).',
          'If 494 repeats after a protected retry, compare the Security-Verify you sent with the Security-Server you received: under the SIP header comparison rules they must list the same mechanisms in the same order, each with the same parameter values (RFC 3329 §2.3.1). Also make sure the retry really left through the protected port or connection.',
          'Server side: send 494 only as the first hop (a single Via), always with Security-Server and with what the client needs to start the preferred mechanism, such as a Proxy-Authenticate challenge when that mechanism is Digest (RFC 3329 §2.3.1), and also with "Require: sec-agree" when you start the agreement yourself (RFC 3329 §2.3.2); as a proxy, remove "sec-agree" from Require and Proxy-Require before forwarding a request whose Security-Verify you checked (RFC 3329 §2.3.1), because the next hops are not part of the agreement.',
        ],
      },
      ja: {
        title: 'セキュリティ合意が必要',
        summary:
          'ファーストホップのサーバが、リクエストを処理する前に、その区間のセキュリティメカニズムをクライアントと取り決める（RFC 3329）よう求めている。応答にはサーバが提供するメカニズムが列挙される。',
        description: [
          'RFC 3329 は、UA とファーストホップのサーバが、その区間を TLS、ダイジェスト認証、IPsec の各方式（RFC 3329 の付録 A が 3GPP の IP マルチメディアサブシステム向けに定める ipsec-3gpp を含む）のどれで保護するかを、攻撃者に弱い方式へ引き下げられることなく取り決める方法を定めている。クライアントは対応するメカニズムを Security-Client に列挙し、Require と Proxy-Require に「sec-agree」を入れる。このようなリクエストを保護されていない状態で受け取ったサーバは、対応するメカニズムを列挙した Security-Server ヘッダを付けて 494 を返さなければならない（RFC 3329 §2.3.1）。クライアントは、サーバのリストのうち自分が知っているメカニズムの中から「q」値が最も高いものを選んで確立しなければならない（MUST）。その後クライアントがそのサーバへ送るリクエストは、保護されたチャネルを使うべきであり（SHOULD）、サーバのリストを繰り返す Security-Verify ヘッダを付けなければならない（MUST）。これにより、サーバは自分のリストが途中で書き換えられていないかを確認できる（RFC 3329 §2.3.1）。',
          '合意の対象は 1 区間だけである。参加するのはファーストホップのサーバのみで、この仕組みを使うよう設定されたインタフェースで Via が複数あるリクエストを受けたサーバはファーストホップではないため、この仕組みを使ってはならず、代わりに [[502]] を返す（RFC 3329 §2.3.2）。なお、次のホップが UAS であることもある（RFC 3329 §2.3）。RFC 3329 §2.3.2 では、クライアントが Supported に「sec-agree」を挙げているだけの場合にサーバ側から交渉を始めることもでき、その場合も 494 がクライアントに確立すべきものを伝える。',
          'RFC 3329 は、494 で答えてはならないメソッドを挙げていない。そのヘッダの表（RFC 3329 §2.6）は、すべての 494 に入れなければならない Security-Server（RFC 3329 §2.3.1）について、CANCEL と PRACK の欄を「-」としている。ACK の欄も「-」だが、ACK にはそもそも応答が返らない（RFC 3261 §17）。RFC 3329 はこの記号を定義していないが、RFC 3261 §20 の凡例では、応答について「-」とされたヘッダは UAS がその応答に入れてはならない（MUST NOT）。そのように読めば、CANCEL や PRACK への正しい 494 は作れない。「対象のリクエスト」の例外は、この推論だけを根拠としている。',
          'RFC 3329 §2.3.2 では、494 と [[421]] Extension Required の違いは求める内容ではなく、受けたリクエストにある。合意を必須とするポリシーのサーバは、sec-agree がどこにもないリクエストには 421 を、Supported に sec-agree があるリクエストには 494 を返し、どちらの応答にも Security-Server、「Require: sec-agree」、および優先するメカニズムをクライアントが始めるのに必要な情報を入れる。また [[401]] や [[407]] のような認証のチャレンジでもないが、両者が一緒に現れることはある。クライアントが選ぶメカニズム、つまり共通するもののうち「q」値が最も高いものが「digest」であれば、494 にはクライアントが必要とするダイジェスト認証のチャレンジが入る（RFC 3329 §2.3.1、§2.4）。',
        ],
        scenarios: [
          '携帯端末が、ファーストホップで IPsec による保護を必須とする事業者の網に、セキュリティ合意を求めずに登録しようとする。サーバの応答は RFC 3329 §2.3.2 が定めており、REGISTER が Supported にだけ sec-agree を挙げていれば 494、どこにも sec-agree がなければ [[421]] を、いずれも Security-Server、「Require: sec-agree」、および優先するメカニズムをクライアントが始めるのに必要な情報を付けて返す。端末は ipsec-3gpp などのメカニズムを交渉しない限り登録できない。',
          'SIP クライアントが Security-Client、「Require: sec-agree」、「Proxy-Require: sec-agree」を付けた INVITE を、保護されていない接続でアウトバウンドプロキシに送る。プロキシは Security-Server に「tls」と「digest」を列挙した 494 を返し、クライアントは TLS 接続を開いて Security-Verify 付きで再試行する。',
          '開発中のクライアントが、合意したアソシエーションを通らないリクエストに Security-Verify と「Require: sec-agree」を付けて送る。サーバはこれを保護されていないリクエストとして扱い、Security-Verify の内容にかかわらず 494 を返す（RFC 3329 §2.3.1）。',
        ],
        fixes: [
          'クライアント側では、Security-Server のうち自分が対応するメカニズムで「q」値が最も高いものを確立し（TLS 接続を開く、または与えられたパラメータで IPsec のセキュリティアソシエーションを作る）、その上で、Security-Server の値を写した Security-Verify を付け、Require と Proxy-Require には「sec-agree」を残したまま、リクエストを送り直す（RFC 3329 §2.3.1）。',
          '保護した再試行の後も 494 が繰り返されるなら、送った Security-Verify と受け取った Security-Server を比べる。SIP のヘッダの比較規則により、両者は同じメカニズムを同じ順序で挙げ、それぞれのパラメータの値も同じでなければならない（RFC 3329 §2.3.1）。また、再試行が本当に保護されたポートや接続から出ているかを確認する。',
          'サーバ側では、494 はファーストホップ（Via が 1 つ）のときにだけ送り、必ず Security-Server と、優先するメカニズムをクライアントが始めるのに必要な情報（そのメカニズムがダイジェスト認証なら Proxy-Authenticate のチャレンジなど）を付ける（RFC 3329 §2.3.1）。自ら合意を始める場合は「Require: sec-agree」も付ける（RFC 3329 §2.3.2）。プロキシは、Security-Verify を確認したリクエストを転送する前に Require と Proxy-Require から「sec-agree」を取り除く（RFC 3329 §2.3.1）。後続の区間はこの合意の当事者ではないからである。',
        ],
      },
    },
  },
];
