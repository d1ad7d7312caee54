import type { CodeEntryInput } from '../schema';

export const codes4xxRequest: CodeEntryInput[] = [
  {
    code: 400,
    phrase: 'Bad Request',
    status: 'active',
    refs: ['RFC3261 §21.4.1'],
    seeAlso: [
      'RFC3261 §8.1.1',
      'RFC3261 §8.1.3.2',
      'RFC3261 §8.2.2',
      'RFC3261 §10.3',
      'RFC3261 §14.1',
      'RFC3261 §16.3',
      'RFC3261 §18.1.1',
      'RFC3261 §18.3',
      'RFC3261 §19.1.2',
      'RFC3261 §21.5.2',
      'RFC3261 §7.3.1',
      'RFC3515 §2.4.1',
      'RFC3515 §2.4.2',
      'RFC5057 §5.1',
    ],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'registrar'],
        refs: ['RFC3261 §18.3', 'RFC3515 §2.4.2', 'RFC3261 §10.3'],
        byRole: {
          uas: ['RFC3261 §18.3', 'RFC3515 §2.4.2'],
          proxy: ['RFC3261 §18.3'],
          registrar: ['RFC3261 §10.3'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.1'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4', 'RFC3261 §21.4.1'],
        // The code itself names no part of the request: what to change is in the reason phrase, which RFC 3261 §21.4.1
        // says SHOULD identify the syntax problem, so a 400 that ignores the SHOULD points at nothing.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the reason phrase SHOULD identify the syntax problem',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、構文上の問題はリーズンフレーズで示すべきである（SHOULD）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification, and the reason phrase of the 400 SHOULD identify the syntax problem in more detail',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、400 のリーズンフレーズは構文上の問題をより詳しく示すべきである（SHOULD）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [415, 416, 420, 413, 513, 488],
    keywords: {
      en: ['malformed', 'syntax error', 'parse error', 'invalid request', 'missing header', 'Content-Length mismatch'],
      ja: ['構文エラー', 'パースエラー', '解析エラー', '形式不正', 'ヘッダ欠落', '不正な要求'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE sip:*21#@example.com' },
        { from: 's', to: 'a', label: '400 Bad Request' },
        { from: 'a', to: 's', label: 'ACK' },
        { from: 'a', to: 's', label: 'INVITE sip:*21%23@example.com' },
        { from: 's', to: 'a', label: '100 Trying' },
      ],
      caption: {
        en: 'An SBC rejects an INVITE whose Request-URI carries an unescaped "#"; the phone acknowledges the 400 and sends a new INVITE with the "#" escaped as %23.',
        ja: 'SBC は、Request-URI にエスケープされていない「#」を含む INVITE を 400 で拒否し、端末はこれに ACK を返したうえで「#」を %23 にエスケープした新しい INVITE を送る。',
      },
    },
    example: {
      request: [
        'INVITE sip:*21#@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3f7a21c',
        'Max-Forwards: 70',
        'From: "Alice" <sip:alice@example.com>;tag=8d2c41',
        'To: <sip:*21#@example.com>',
        'Call-ID: 6b0f2e1a9c@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 400 Bad Request',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3f7a21c',
        'From: "Alice" <sip:alice@example.com>;tag=8d2c41',
        'To: <sip:*21#@example.com>;tag=a53e90',
        'Call-ID: 6b0f2e1a9c@192.0.2.10',
        'CSeq: 1 INVITE',
        'Warning: 399 sbc.example.com "Invalid character \'#\' in Request-URI user part"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Warning'],
    },
    text: {
      en: {
        title: 'Bad Request',
        summary:
          'The receiver could not parse the request or found it structurally invalid as a SIP message; the reason phrase should name the defect, and the request should not be sent again without correcting it.',
        description: [
          'A 400 means the request is broken as a SIP message: for example, a mandatory header is missing or duplicated, a header needed for processing cannot be parsed, the Request-URI violates the URI grammar, or the body of a UDP request ends before the length its Content-Length gives. RFC 3261 §21.4.1 asks the sender to describe the defect in the reason phrase itself, so a status line such as "SIP/2.0 400 Missing Max-Forwards" says far more than a bare "400 Bad Request". Read the whole status line in the trace, not only the number.',
          'Several rules call for it explicitly. A UDP datagram whose body ends before the byte count given in Content-Length SHOULD be answered with 400 (RFC 3261 §18.3). A registrar MUST refuse a REGISTER that combines "Contact: *" with other contacts or with a non-zero expiration (RFC 3261 §10.3, whose text calls it "400 (Invalid Request)"). An agent responding to a REFER with no Refer-To, or with more than one, MUST return 400 (RFC 3515 §2.4.2). And a UAC that receives a 4xx code it does not recognise handles it as 400 (RFC 3261 §8.1.3.2), which makes 400 the fallback meaning of the whole class.',
          'Only the transaction fails. A 400 to an initial INVITE ends the call attempt, but a 400 to a re-INVITE, UPDATE or INFO inside an established call leaves the dialog and the session as they were (RFC 3261 §14.1; RFC 5057 §5.1 counts 400 among the responses that affect only the transaction). Unlike [[415]] (body in a format not supported for the requested method), [[416]] (URI scheme unknown) or [[420]] (option tag in Require or Proxy-Require unknown), which each name a specific capability the server lacks, 400 says the message itself is defective. Receivers can also be too strict: a proxy must not refuse a request because of a method or header it does not know, and a malformed header that plays no part in processing should be ignored rather than answered with 400 (RFC 3261 §16.3, §8.2.2).',
        ],
        scenarios: [
          'A softphone dials a feature code such as "*21#" and puts the "#" unescaped into the user part of the Request-URI. The URI grammar does not allow "#" there; it must travel as "%23" (RFC 3261 §19.1.2), so the carrier\'s SBC rejects the INVITE with 400.',
          'An INVITE offering many codecs, ICE candidates and SRTP keys grows past the path MTU and is still sent over UDP. A SIP ALG in a router, or a receive buffer sized for small datagrams, cuts it short; the body arrives shorter than Content-Length, and the receiving proxy answers 400, the response RFC 3261 §18.3 says an element SHOULD generate for such a request.',
          'A header-manipulation rule on a B2BUA or SBC removes the Call-ID or duplicates the CSeq of INVITEs sent to a carrier. The carrier answers every call with 400 and a reason phrase naming the broken header.',
          'A transfer from an IP phone fails at once: the REFER it sends carries no Refer-To (or two of them), and the PBX answers 400 as RFC 3515 §2.4.2 requires.',
        ],
        fixes: [
          'Read the reason phrase and any Warning header of the 400. Then capture the request as the server actually received it, after every SBC, ALG and B2BUA on the path, not as your application logged it: the defect can be introduced on the way.',
          'Check the points RFC 3261 rules on: the mandatory headers To, From, CSeq, Call-ID, Max-Forwards and Via all present, and all but Via exactly once (RFC 3261 §8.1.1, §7.3.1); URI characters escaped as the grammar requires (RFC 3261 §19.1.2); Content-Length equal to the byte count of the body; no "Contact: *" in a REGISTER unless it is the only Contact and the expiration is 0 (RFC 3261 §10.3).',
          'Move large messages to TCP or TLS: RFC 3261 §18.1.1 requires a congestion-controlled transport when a request comes within 200 bytes of the path MTU, or exceeds 1300 bytes when the MTU is unknown. Turning off the SIP ALG in the customer router can end the truncation as well.',
          'Do not retry the identical request; correct it first. If your own server sends 400, make it name the problem in the reason phrase (RFC 3261 §21.4.1), and check what it does with what it does not know. A method it does not recognise is no syntax error: [[501]] is the appropriate answer when a UAS does not recognise the method and cannot support it for any user (RFC 3261 §21.5.2), and a proxy forwards it (RFC 3261 §16.3). A header field it does not understand MUST be ignored, and a malformed one it does not need for processing SHOULD be ignored (RFC 3261 §8.2.2).',
        ],
      },
      ja: {
        title: '不正なリクエスト',
        summary:
          '受信側がリクエストを SIP メッセージとして解析できない、または構造上不正と判断した。応答側はリーズンフレーズで欠陥の内容を示すべきであり、送信側は修正しないまま同じリクエストを再試行すべきではない。',
        description: [
          '400 は、リクエストが SIP メッセージとして壊れていることを示す。必須ヘッダの欠落や重複、処理に必要なヘッダの構文誤り、URI の文法に反する Request-URI、UDP で届いたリクエストのボディが Content-Length の示す長さより短い場合などが該当する。RFC 3261 §21.4.1 は欠陥の内容をリーズンフレーズ自体に書くよう求めており、「SIP/2.0 400 Missing Max-Forwards」のようなステータス行は、単なる「400 Bad Request」よりはるかに多くの情報を持つ。トレースでは番号だけでなくステータス行全体を読むこと。',
          '400 を明示的に求める規定もある。UDP で受信したボディが Content-Length の示すバイト数より短ければ 400 を返すべきとされる（RFC 3261 §18.3）。「Contact: *」を他の Contact や 0 以外の有効期限と組み合わせた REGISTER は、レジストラが 400 で拒否しなければならない（RFC 3261 §10.3。本文では `400 (Invalid Request)` と書かれている）。Refer-To がない、または複数ある REFER に応答する側も、400 を返さなければならない（RFC 3515 §2.4.2）。さらに UAC は認識できない 4xx を 400 として扱う（RFC 3261 §8.1.3.2）ため、400 は 4xx クラス全体の既定の意味でもある。',
          '失敗するのはそのトランザクションだけである。最初の INVITE への 400 は発信の失敗を意味するが、確立済みの通話内で送った re-INVITE、UPDATE、INFO への 400 では、ダイアログもセッションも元のまま残る（RFC 3261 §14.1。RFC 5057 §5.1 は、400 をトランザクションだけに影響する応答に数えている）。[[415]]（ボディが要求されたメソッドについて非対応の形式）、[[416]]（URI スキームが不明）、[[420]]（Require または Proxy-Require のオプションタグが不明）はサーバに欠けている特定の機能を示すが、400 はメッセージそのものの欠陥を示す。逆に受信側が厳しすぎるのも誤りである。プロキシは知らないメソッドやヘッダを理由にリクエストの中継を拒んではならず、処理に関係しない不正なヘッダは 400 を返さずに無視すべきとされる（RFC 3261 §16.3、§8.2.2）。',
        ],
        scenarios: [
          'ソフトフォンが「*21#」のような機能コードに発信し、Request-URI のユーザ部に「#」をエスケープせずに入れる。URI の文法ではこの位置に「#」は書けず「%23」として送る必要があるため（RFC 3261 §19.1.2）、通信事業者の SBC が INVITE を 400 で拒否する。',
          '多数のコーデック、ICE 候補、SRTP 鍵を載せた INVITE がパス MTU を超えたまま UDP で送られる。ルータの SIP ALG や、小さなデータグラムを前提にした受信バッファがメッセージを切り詰め、ボディが Content-Length より短くなったため、受信したプロキシが 400 を返す。RFC 3261 §18.3 は、このようなリクエストを受けた装置が 400 を生成すべきである（SHOULD）としている。',
          'B2BUA や SBC のヘッダ操作ルールが、通信事業者へ送る INVITE から Call-ID を消したり CSeq を重複させたりする。事業者はすべての呼に 400 を返し、リーズンフレーズで壊れたヘッダの名前を示す。',
          'IP 電話機で転送を操作した直後に失敗する。送った REFER に Refer-To がない（または 2 つある）ため、PBX が RFC 3515 §2.4.2 に従って 400 を返している。',
        ],
        fixes: [
          '400 のリーズンフレーズと Warning ヘッダを読む。そのうえで、アプリケーションのログではなく、経路上の SBC、ALG、B2BUA をすべて通過した後にサーバが実際に受け取ったリクエストをキャプチャする。欠陥が途中で作り込まれることもある。',
          'RFC 3261 が定める次の点を確認する。必須ヘッダの To、From、CSeq、Call-ID、Max-Forwards、Via がすべてあり、Via 以外はそれぞれ 1 つだけか（RFC 3261 §8.1.1、§7.3.1）、URI の文字が文法どおりエスケープされているか（RFC 3261 §19.1.2）、Content-Length がボディのバイト数と一致しているか、REGISTER で「Contact: *」を使うなら、それが唯一の Contact で、有効期限が 0 になっているか（RFC 3261 §10.3）。',
          '大きなメッセージは TCP か TLS で送る。RFC 3261 §18.1.1 は、リクエストがパス MTU まで 200 バイト以内に迫る場合、または MTU が不明で 1300 バイトを超える場合に、輻輳制御のあるトランスポートを必須としている。ユーザ側ルータの SIP ALG を無効にすると、切り詰めが解消することもある。',
          '同じリクエストをそのまま再試行せず、先に修正する。自分のサーバが 400 を返している場合は、リーズンフレーズで問題を示しているか（RFC 3261 §21.4.1）と、知らないものをどう扱っているかを確認する。認識できないメソッドは構文の誤りではない。UAS がそのメソッドを認識できず、どのユーザについても対応できない場合の適切な応答は [[501]] であり（RFC 3261 §21.5.2）、プロキシはそれを転送する（RFC 3261 §16.3）。理解できないヘッダは無視しなければならず（MUST）、処理に必要のない不正なヘッダは無視すべきである（SHOULD、RFC 3261 §8.2.2）。',
        ],
      },
    },
  },
  {
    code: 401,
    phrase: 'Unauthorized',
    status: 'active',
    refs: ['RFC3261 §21.4.2'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §10.3', 'RFC3261 §16.7', 'RFC3261 §21.4.8', 'RFC3261 §22.1', 'RFC3261 §22.2', 'RFC3261 §22.3', 'RFC3261 §22.4', 'RFC2617 §3.2.1', 'RFC2617 §3.2.2', 'RFC8760 §2.1', 'RFC8760 §2.3', 'RFC8760 §2.4'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'registrar', 'redirect-server'],
        refs: ['RFC3261 §21.4.2', 'RFC3261 §22.1'],
        byRole: {
          uas: ['RFC3261 §21.4.2', 'RFC3261 §22.1'],
          registrar: ['RFC3261 §21.4.2', 'RFC3261 §22.1'],
          'redirect-server': ['RFC3261 §22.1'],
        },
      },
      methods: { value: 'any', except: ['CANCEL'], exceptRefs: ['RFC3261 §22.1'], refs: ['RFC3261 §21.4.2', 'RFC3261 §22.1'] },
      retry: { value: 'authenticate', refs: ['RFC3261 §22.2', 'RFC3261 §8.1.3.5'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'WWW-Authenticate',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §22.2',
        note: {
          en: 'Carries the challenge: scheme, realm, nonce and, from a compliant server, qop. Several values appear when the server offers one per digest algorithm for the same realm, the preferred one first (RFC 8760 §2.3), or when a forking proxy has merged the challenges of several branches (RFC 3261 §16.7).',
          ja: 'チャレンジ（方式、レルム、nonce、準拠したサーバなら qop）を運ぶ。サーバが同じレルムについてダイジェストのアルゴリズムごとに 1 つずつ、優先するものを先頭にして入れた場合（RFC 8760 §2.3）や、フォーキングしたプロキシが複数のブランチのチャレンジをまとめた場合（RFC 3261 §16.7）は、複数の値が入る。',
        },
      },
      {
        name: 'Authorization',
        in: 'request',
        ref: 'RFC3261 §22.2',
        note: {
          en: 'The client\'s answer to the challenge. Without it the first 401 is expected; with it, a new 401 naming the same realm means the credentials were refused or the nonce went stale, unless it carries a challenge of that realm from a server whose challenge the credentials did not answer: a forked request can reach several servers sharing the realm, one response can carry all their challenges, and the client MAY answer each of them and SHOULD use the same credentials (RFC 3261 §22.3). One naming another realm is a new challenge, for example from another branch of a forked request.',
          ja: 'チャレンジに対するクライアントの応答。これがなければ最初の 401 は想定どおりである。付けていても同じレルムを示す 401 が返るなら、認証情報が拒否されたか nonce が期限切れになっている。ただし、そのチャレンジが、送った認証情報の答えていないそのレルムのサーバからのものであれば別である。フォーキングされたリクエストがそのレルムを共有する複数のサーバに届くと、1 つの応答に同じレルムのチャレンジが複数入りうる。クライアントはそのそれぞれに答えてよく（MAY）、同じ認証情報を使うべきである（SHOULD、RFC 3261 §22.3）。別のレルムを示す 401 なら、フォーキングされたリクエストの別のブランチからのものなど、新しいチャレンジである。',
        },
      },
    ],
    related: [407, 403, 494],
    keywords: {
      en: ['authentication', 'digest', 'challenge', 'nonce', 'realm', 'wrong password', 'registration failed', 'auth loop'],
      ja: ['認証', 'ダイジェスト認証', 'チャレンジ', '認証エラー', 'パスワード間違い', '登録失敗', '認証ループ'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'r', role: 'registrar' },
      ],
      steps: [
        { from: 'a', to: 'r', label: 'REGISTER' },
        { from: 'r', to: 'a', label: '401 Unauthorized + WWW-Authenticate' },
        { from: 'a', to: 'r', label: 'REGISTER + Authorization' },
        { from: 'r', to: 'a', label: '200 OK' },
      ],
      caption: {
        en: 'The registrar challenges a first REGISTER sent without credentials; the phone sends it again with an Authorization header computed from the challenge and is registered.',
        ja: '認証情報を持たない最初の REGISTER にレジストラがチャレンジを返し、端末はそのチャレンジから計算した Authorization ヘッダを付けて REGISTER を送り直し、登録が完了する。',
      },
    },
    example: {
      request: [
        'REGISTER sip:example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds7',
        'Max-Forwards: 70',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Expires: 3600',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 401 Unauthorized',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds7',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>;tag=1410948204',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'WWW-Authenticate: Digest realm="example.com", nonce="ea9c8e88df84f1cec4341ae6cbe5a359", algorithm=SHA-256, qop="auth"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['WWW-Authenticate'],
    },
    text: {
      en: {
        title: 'Unauthorized',
        summary:
          'The user agent server or registrar wants the request authenticated: the response carries a WWW-Authenticate challenge, and the client is expected to send the request again with an Authorization header computed from it.',
        description: [
          '401 is a challenge, not a verdict. A user agent server, a registrar or a redirect server that wants to know who is asking rejects the request with 401 and MUST include at least one WWW-Authenticate header giving the scheme (Digest, the one RFC 3261 §22.4 specifies for SIP), the realm and a nonce (RFC 3261 §22.2, §22.1). The client SHOULD, if it is able, send the request again with an Authorization header for that realm (RFC 3261 §22.2, §8.1.3.5), and MUST increment its CSeq when it does (RFC 3261 §22.2). A registrar SHOULD authenticate the UAC (RFC 3261 §10.3), and a Digest client needs a nonce from the server before it can compute its answer, so REGISTER, 401, REGISTER with Authorization, 200 is the normal shape of a successful registration.',
          'A proxy MUST NOT challenge with 401; it challenges with [[407]] and Proxy-Authenticate instead (RFC 3261 §21.4.2, §22.1). A stateful proxy adds a 401 it receives to the responses it chooses from, and forwards it if it picks it as the best one (RFC 3261 §16.7). The distinction tells you which element wants credentials: a 401 challenge comes from the far end, a registrar or a redirect server, a 407 from a proxy on the path or from an element that guards access to a channel, such as a telephony gateway (RFC 3261 §21.4.8). When a forking proxy forwards a 401 or 407, it MUST copy into it every WWW-Authenticate and Proxy-Authenticate value of the other 401 and 407 responses it received (RFC 3261 §16.7), so one 401 can hold challenges for several realms. Servers MUST NOT challenge ACK or CANCEL (RFC 3261 §22.1).',
          'A second 401 naming the same realm, to a request that already carried credentials for it, means they were refused, unless the new challenge reports a stale nonce or comes from a server of that realm whose challenge the credentials did not answer: RFC 3261 §22.3 notes that a forked request can reach several servers of one domain that share a realm, so one response can hold several challenges of that realm, and that the client MAY answer each of them and SHOULD use the same credentials for that realm. A challenge among them that the credentials did not answer is therefore no refusal. A 401 naming another realm is a new challenge, for example from another branch of a forked request. Credentials that were refused MUST NOT be sent again (RFC 3261 §22.1), and the server may answer [[403]] instead of challenging once more. That is the real line between the two codes: 401 invites the client to prove who it is, 403 says that proving it will not change the answer.',
        ],
        scenarios: [
          'An IP phone boots and sends REGISTER without credentials. The PBX or hosted registrar answers 401 with "WWW-Authenticate: Digest realm="pbx.example.com", nonce="...", qop="auth"", the phone sends the REGISTER again with an Authorization header and gets 200. With a wrong password the second REGISTER gets either a new 401, after which the phone must not send the same credentials again, or a [[403]] (RFC 3261 §22.1).',
          'A PBX places an outbound call over a SIP trunk, and the carrier\'s SBC, acting as the far-end UAS, challenges the INVITE with 401. The PBX must answer with the trunk\'s username and password rather than an extension\'s; the 401 is acknowledged with ACK like any other failure to an INVITE, and the new INVITE keeps the Call-ID with a higher CSeq.',
          'A registration that has worked for hours gets a 401 on a refresh: the registrar\'s nonce has expired and the challenge carries "stale=TRUE". The phone can compute a new response with the new nonce and retry without asking the user for the password again (RFC 2617 §3.2.1): stale=TRUE says the previous request was rejected because its nonce was stale, and a server should set it only when the digest was valid for that nonce.',
          'An INVITE forked to two devices in different realms comes back as a single 401 with two WWW-Authenticate headers (RFC 3261 §16.7). When it retries, the client needs to supply credentials for each challenge (RFC 3261 §16.7), and MAY include an Authorization value for each (RFC 3261 §22.3). If it answers only one realm, the retried INVITE carries no credentials for the other, and the device of that realm can challenge it again instead of taking the call (RFC 3261 §22.2).',
        ],
        fixes: [
          'Compare the realm in the challenge with the realm your credentials are configured for, and check the authentication username: a trunk or hosted PBX can use an auth ID that differs from the extension number or the user part of From.',
          'If every attempt ends in 401, recompute the digest by hand from a trace: the uri parameter must be the Request-URI in quotes, qop, nc and cnonce must be sent when the challenge offers qop (RFC 3261 §22.4, RFC 2617 §3.2.2), and the algorithm must be one the server offered: MD5 by default, or since RFC 8760 another one from the IANA registry, such as SHA-256 or SHA-512-256 (RFC 8760 §2.1, §2.2). When one realm is challenged with several algorithms, the client SHOULD use the topmost one it supports (RFC 8760 §2.4).',
          'Answer each challenge once: send the request again with its CSeq incremented (MUST, RFC 3261 §22.2) and the same Call-ID, To and From (SHOULD, RFC 3261 §8.1.3.5), retry automatically when the challenge says stale=TRUE, and stop instead of looping when the same credentials are refused.',
          'If your server sends the 401: always include WWW-Authenticate with a qop parameter (RFC 3261 §22.2, §22.4), never challenge ACK or CANCEL, and use [[407]] when the element is acting as a proxy. After repeated failures, answer [[403]] rather than challenging forever.',
        ],
      },
      ja: {
        title: '認証が必要',
        summary:
          'UAS またはレジストラがリクエストの認証を求めている。応答には WWW-Authenticate のチャレンジが入っており、クライアントはそこから計算した Authorization ヘッダを付けてリクエストを送り直すものとされる。',
        description: [
          '401 は判定ではなくチャレンジである。相手が誰かを確かめたい UAS、レジストラ、リダイレクトサーバは、リクエストを 401 で拒否し、方式（RFC 3261 §22.4 が SIP 向けに定める Digest）、レルム（realm）、nonce を示す WWW-Authenticate ヘッダを少なくとも 1 つ入れなければならない（RFC 3261 §22.2、§22.1）。クライアントは、可能であれば、そのレルム用の Authorization ヘッダを付けて同じリクエストを送り直すべきであり（SHOULD、RFC 3261 §22.2、§8.1.3.5）、送り直す際は CSeq を増やさなければならない（MUST、RFC 3261 §22.2）。レジストラは UAC を認証すべきであり（RFC 3261 §10.3）、ダイジェスト認証のクライアントは応答値を計算する前にサーバから nonce を受け取る必要がある。そのため、REGISTER、401、Authorization 付きの REGISTER、200 という並びが、登録成功時の通常の流れである。',
          'プロキシは 401 でチャレンジしてはならず、代わりに [[407]] と Proxy-Authenticate でチャレンジする（RFC 3261 §21.4.2、§22.1）。ステートフルプロキシは受信した 401 を選択の対象となる応答に加え、最良の応答として選べばそれを転送する（RFC 3261 §16.7）。この違いから、どの装置が認証情報を求めているかがわかる。401 のチャレンジは着信側、レジストラ、リダイレクトサーバから、407 は経路上のプロキシ、または電話網ゲートウェイのように通信路へのアクセスを管理する装置から来る（RFC 3261 §21.4.8）。フォーキングしたプロキシが 401 または 407 を転送するときは、受信した他の 401 と 407 にあるすべての WWW-Authenticate と Proxy-Authenticate の値を、そこへコピーしなければならない（RFC 3261 §16.7）。そのため 1 つの 401 に複数のレルムのチャレンジが入ることがある。サーバは ACK と CANCEL をチャレンジしてはならない（RFC 3261 §22.1）。',
          '認証情報を付けたリクエストに、同じレルムを示す 401 が再び返った場合、新しいチャレンジが nonce の期限切れを示しているか、送った認証情報の答えていないそのレルムのサーバからのものでない限り、その認証情報は拒否されている。RFC 3261 §22.3 が示すとおり、フォーキングされたリクエストは、レルムを共有する同じドメインの複数のサーバに届くことがあり、そのため 1 つの応答に同じレルムのチャレンジが複数入りうる。クライアントはそのそれぞれに答えてよく（MAY）、そのレルムには同じ認証情報を使うべきである（SHOULD）。したがって、そのうち認証情報が答えていないチャレンジは拒否ではない。別のレルムを示す 401 は、フォーキングされたリクエストの別のブランチからのものなど、新しいチャレンジである。クライアントは拒否された認証情報で送り直してはならず（RFC 3261 §22.1）、サーバはチャレンジを繰り返す代わりに [[403]] を返してもよい。2 つのコードの本当の境界はここにある。401 は身元の証明を促し、403 は証明しても答えは変わらないと告げる。',
        ],
        scenarios: [
          'IP 電話機が起動し、認証情報なしで REGISTER を送る。PBX やクラウドのレジストラは「WWW-Authenticate: Digest realm="pbx.example.com", nonce="...", qop="auth"」付きの 401 を返し、電話機が Authorization ヘッダを付けて REGISTER を送り直すと 200 が返る。パスワードが誤っていれば、2 回目の REGISTER には再び 401 が返るか（電話機は同じ認証情報で送り直してはならない）、[[403]] が返る（RFC 3261 §22.1）。',
          'PBX が SIP トランク経由で外線発信すると、着信側 UAS として動作する事業者の SBC が INVITE に 401 でチャレンジする。PBX は内線ではなくトランクのユーザ名とパスワードで応答しなければならない。401 は INVITE に対する他の失敗応答と同じく ACK で確認され、新しい INVITE は Call-ID を変えずに CSeq を増やして送られる。',
          '数時間問題なく動いていた登録が、リフレッシュ時に 401 を受ける。レジストラの nonce が期限切れとなり、チャレンジに「stale=TRUE」が入っている。電話機は新しい nonce で応答値を計算し直し、ユーザにパスワードを入力し直させずに再試行できる（RFC 2617 §3.2.1）。stale=TRUE は、前のリクエストが nonce の期限切れを理由に拒否されたことを示し、サーバが stale を TRUE にするのは、その nonce に対するダイジェストが正しかった場合だけにすべきとされている。',
          '異なるレルムに属する 2 台の端末へフォーキングされた INVITE が、WWW-Authenticate を 2 つ持つ 1 つの 401 として戻ってくる（RFC 3261 §16.7）。クライアントは再試行の際、それぞれのチャレンジに認証情報を付ける必要があり（RFC 3261 §16.7）、チャレンジごとに Authorization の値を付けてもよい（MAY、RFC 3261 §22.3）。一方のレルムにしか応答しなければ、再試行した INVITE にはもう一方のレルムの認証情報がなく、そのレルムの端末は呼を受ける代わりに再びチャレンジしうる（RFC 3261 §22.2）。',
        ],
        fixes: [
          'チャレンジのレルムと、認証情報を設定したレルムが一致しているかを比べ、認証ユーザ名も確認する。トランクやクラウド PBX では、認証 ID が内線番号や From のユーザ部と異なる場合がある。',
          '毎回 401 で終わる場合は、トレースからダイジェストを手計算で検証する。uri パラメータが引用符付きの Request-URI であること、チャレンジが qop を示していれば qop、nc、cnonce を送っていること（RFC 3261 §22.4、RFC 2617 §3.2.2）、アルゴリズムがサーバの提示したものであることを確かめる。既定は MD5 だが、RFC 8760 以降は SHA-256 や SHA-512-256 など IANA レジストリにあるアルゴリズムも使える（RFC 8760 §2.1、§2.2）。1 つのレルムに複数のアルゴリズムでチャレンジされた場合、クライアントは対応しているもののうち最も上にあるものを使うべきである（SHOULD、RFC 8760 §2.4）。',
          '1 つのチャレンジには 1 回だけ応答する。CSeq を増やし（MUST、RFC 3261 §22.2）、Call-ID、To、From は変えずに（SHOULD、RFC 3261 §8.1.3.5）送り直す。チャレンジが stale=TRUE を示していれば自動で再試行し、同じ認証情報が拒否された場合はループせずに止める。',
          '自分のサーバが 401 を送る場合は、必ず qop パラメータ付きの WWW-Authenticate を入れ（RFC 3261 §22.2、§22.4）、ACK と CANCEL はチャレンジせず、プロキシとして動作している装置では [[407]] を使う。失敗が続いたら、チャレンジを繰り返さず [[403]] を返す。',
        ],
      },
    },
  },
  {
    code: 402,
    phrase: 'Payment Required',
    status: 'active',
    refs: ['RFC3261 §21.4.3'],
    seeAlso: ['RFC3261 §21', 'RFC3261 §21.4', 'RFC3261 §8.1.3.2', 'RFC3261 §8.1.3.5', 'RFC3261 §16.7', 'RFC3261 §20.35', 'RFC5057 §5.1', 'RFC3398 §8.2.6.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        // No RFC names a sender of 402: §21.4.3 reserves it, §21.4 has every 4xx come from "a particular server".
        // §16.1 (a proxy may answer with any appropriate error code) does not name 402, so no proxy is listed.
        value: ['uas'],
        refs: ['RFC3261 §21.4.3', 'RFC3261 §21.4'],
        byRole: {
          uas: ['RFC3261 §21.4.3', 'RFC3261 §21.4'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.3'] },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [403, 603, 503],
    keywords: {
      en: ['insufficient balance', 'no credit', 'prepaid', 'billing', 'out of funds', 'account suspended', 'top up'],
      ja: ['残高不足', 'プリペイド', '課金', '料金未払い', 'クレジット不足', 'アカウント停止', 'チャージ', '予約コード'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'b2bua' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'a', label: '402 Payment Required' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'A PBX calls an international number over a prepaid trunk whose balance has run out; the carrier refuses the INVITE with 402 before anything rings, and the PBX acknowledges it.',
        ja: 'PBX が残高の尽きたプリペイドトランク経由で国際番号に発信すると、キャリアは呼び出す前に INVITE を 402 で拒否し、PBX はこれに ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+442079460123@trunk.example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK5f1e2d3c',
        'Max-Forwards: 70',
        'From: <sip:+81355550100@trunk.example.net;user=phone>;tag=4c7b9a',
        'To: <sip:+442079460123@trunk.example.net;user=phone>',
        'Call-ID: 0a9f6c2e8b7d@198.51.100.20',
        'CSeq: 101 INVITE',
        'Contact: <sip:+81355550100@198.51.100.20:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 402 Payment Required',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK5f1e2d3c',
        'From: <sip:+81355550100@trunk.example.net;user=phone>;tag=4c7b9a',
        'To: <sip:+442079460123@trunk.example.net;user=phone>;tag=sb77e2c0',
        'Call-ID: 0a9f6c2e8b7d@198.51.100.20',
        'CSeq: 101 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Payment Required',
        summary:
          'Registered but never given a meaning: RFC 3261 reserves 402 for future use, so a 402 seen on a network carries whatever the sending platform decided, for example "no credit".',
        description: [
          'SIP\'s response codes are consistent with those of HTTP/1.1, and RFC 3261 §21 keeps only the HTTP codes it finds appropriate; 402 is one of them. RFC 3261 §21.4.3 defines nothing beyond "Reserved for future use", and no later RFC has given it a procedure, a header or a method. RFC 5057 §5.1 says that a 402, if encountered, should be treated as an unrecognised 4xx, which a UAC handles as a 400 (RFC 3261 §8.1.3.2): a failure of this request only. RFC 3261 §8.1.3.5 lists the 4xx codes that need processing of their own in the UA, and 402 is not among them.',
          'A 402 seen in the field can come from a billing system in the call path: a prepaid or wholesale carrier, a calling-card platform or a hosted PBX can use it when the account behind the caller has no balance or has reached a spending limit. That is a private convention, which no RFC describes. Because the meaning comes from a private arrangement, the same code can stand for "top up", "account suspended" or "destination not in your plan" depending on who sent it; the reason phrase and any Warning text are where the sender can say which.',
          'At the protocol level a 402 is a plain 4xx: a final refusal by one server, after which the same request should not be sent again unchanged (RFC 3261 §21.4). For a 402 that carries no encapsulated ISUP, RFC 3398 §8.2.6.1 recommends mapping it, like 403, to Q.850 cause 21 "call rejected", so behind a gateway that follows this recommendation the caller gets a generic rejection rather than a request to pay.',
        ],
        scenarios: [
          'A PBX sends an INVITE to an international number over a prepaid SIP trunk whose balance has run out. The carrier\'s softswitch answers 402, possibly with a reason phrase of its own describing the account state, and the call fails before it rings.',
          'A calling-card or reseller platform built on a B2BUA checks the caller\'s credit for each destination and rejects calls to premium-rate or international ranges that the plan does not cover with 402.',
          'A SIP-to-PSTN gateway receives 402 from the softswitch behind it and releases the ISDN or ISUP call with cause 21; the PSTN caller hears a rejection tone or announcement, nothing about payment.',
        ],
        fixes: [
          'Check the account on the platform that sent the 402: balance, credit limit, suspension, and which destinations the plan covers. A Server header, when present, describes the software that answered (RFC 3261 §20.35); the Via entries do not name the element that answered, because each proxy removes its own value from the response before passing it back (RFC 3261 §16.7).',
          'Do not send the same request again unchanged on the same trunk (RFC 3261 §21.4); if the 402 reflects the account, it will keep failing until the account is fixed. Whether a routing engine should move the call to another carrier is a business decision; RFC 3261 §21.4 only notes that a different server might accept the request.',
          'If you run the platform, document what your 402 means and give it a specific reason phrase, because peers without that arrangement see only an unexplained 4xx. Map it consistently at your gateways, for example to cause 21, as RFC 3398 recommends for a 402 that carries no encapsulated ISUP, so that PSTN-side records agree with SIP-side ones.',
        ],
      },
      ja: {
        title: '支払いが必要',
        summary:
          '登録されているが、意味が定義されたことのないコードである。RFC 3261 は将来の利用のために予約しているだけなので、実際に現れる 402 は送信側の基盤が独自に決めた意味（たとえば「残高不足」）を表す。',
        description: [
          'SIP の応答コードは HTTP/1.1 のステータスコードと整合しており、RFC 3261 §21 は HTTP のコードのうち適切なものだけを採り入れている。402 もその一つである。RFC 3261 §21.4.3 が定めるのは「将来の使用のために予約」という一文だけであり、その後の RFC も、手順・ヘッダ・メソッドを何も定めていない。RFC 5057 §5.1 は、402 を受けた場合は認識できない 4xx として扱うべきだとしており、UAC はそれを 400 として扱う（RFC 3261 §8.1.3.2）。つまり、そのリクエストだけの失敗である。RFC 3261 §8.1.3.5 は UA に固有の処理を求める 4xx を挙げているが、402 はその中にない。',
          '現場で見かける 402 は、呼の経路にある課金システムから来ることがある。プリペイドや卸の通信事業者、コーリングカード基盤、クラウド PBX は、発信者のアカウントに残高がないときや利用上限に達したときに、これを返すことがある。これは個別の慣行であり、どの RFC にも書かれていない。意味は個別の取り決めから来るため、送信元によって「チャージが必要」「アカウント停止中」「契約外の宛先」など内容が変わる。どれに当たるかを送信側が示せるのは、リーズンフレーズと Warning の文面である。',
          'プロトコル上の 402 は、ただの 4xx である。1 台のサーバによる最終的な拒否であり、同じリクエストを変更せずに送り直すべきではない（RFC 3261 §21.4）。RFC 3398 §8.2.6.1 は、ISUP がカプセル化されていない 402 を、403 と同じく Q.850 の理由表示 21（通信拒否）に対応付けることを推奨しており、この推奨に従うゲートウェイの先にいる発信者には、支払いの要求ではなく一般的な拒否として伝わる。',
        ],
        scenarios: [
          'PBX が、残高の尽きたプリペイド SIP トランク経由で国際番号へ INVITE を送る。事業者のソフトスイッチが 402 を返し（アカウントの状態を示す独自のリーズンフレーズが付くこともある）、呼出音が鳴る前に発信が失敗する。',
          'B2BUA で構築されたコーリングカード基盤や再販事業者の基盤が、宛先ごとに発信者のクレジットを確認し、プランの対象外である高額番号や国際番号への呼を 402 で拒否する。',
          'SIP-PSTN ゲートウェイが背後のソフトスイッチから 402 を受け取り、ISDN や ISUP の呼を理由表示 21（通信拒否）で解放する。PSTN 側の発信者には拒否のトーンやアナウンスが流れ、支払いについては何も伝わらない。',
        ],
        fixes: [
          '402 を送った基盤でアカウントを確認する。残高、与信枠、停止状態、プランの対象となる宛先などである。Server ヘッダがあれば、応答したソフトウェアを示す（RFC 3261 §20.35）。Via の値は応答した装置を示さない。応答を中継するプロキシは、それぞれ自分の Via の値を取り除いてから上流へ送るからである（RFC 3261 §16.7）。',
          '同じトランクで同じリクエストを変更せずに送り直さない（RFC 3261 §21.4）。402 がアカウントの状態によるものなら、アカウントが直るまで失敗し続ける。別の事業者へ経路を切り替えるかどうかは業務上の判断であり、RFC 3261 §21.4 は、別のサーバなら受け付ける可能性があると注記しているにすぎない。',
          '自分が基盤を運用している場合は、402 の意味を文書化し、具体的なリーズンフレーズを付ける。取り決めのない相手には、理由のわからない 4xx としか見えないからである。ゲートウェイでの変換も統一し、たとえば ISUP がカプセル化されていない 402 について RFC 3398 が推奨するとおり理由表示 21 に対応させれば、PSTN 側の記録と SIP 側の記録が食い違わない。',
        ],
      },
    },
  },
  {
    code: 403,
    phrase: 'Forbidden',
    status: 'active',
    refs: ['RFC3261 §21.4.4'],
    seeAlso: ['RFC3261 §8.2.2.1', 'RFC3261 §10.3', 'RFC3261 §15', 'RFC3261 §16.7', 'RFC3261 §20.35', 'RFC3261 §21.4.5', 'RFC3261 §21.5.4', 'RFC3261 §22.1', 'RFC3398 §7.2.4.1', 'RFC3398 §8.2.6.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'registrar', 'gateway'],
        refs: ['RFC3261 §21.4.4', 'RFC3261 §10.3', 'RFC3325 §6', 'RFC5626 §5.3.1', 'RFC3398 §7.2.4.1'],
        byRole: {
          uas: ['RFC3261 §21.4.4'],
          proxy: ['RFC3325 §6', 'RFC5626 §5.3.1'],
          registrar: ['RFC3261 §10.3'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.4'] },
      retry: {
        value: 'never',
        refs: ['RFC3261 §21.4.4', 'RFC3261 §21.4'],
        // RFC 3261 §21.4.4 says more than §21.4 for a 403: the request SHOULD NOT be repeated at all, and authorization will not help.
        label: {
          en: 'SHOULD NOT be repeated; authorization will not help',
          ja: 'リクエストを繰り返すべきではなく（SHOULD NOT）、認証情報を付けても解決しない',
        },
        next: {
          en: 'the request SHOULD NOT be repeated: the server understood it and is refusing to fulfill it, and authorization will not help',
          ja: 'サーバはリクエストを理解したうえでその実行を拒否しており、認証情報を付けても解決しないため、そのリクエストを繰り返すべきではない（SHOULD NOT）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Authorization',
        in: 'request',
        ref: 'RFC3261 §22.1',
        note: {
          en: 'When the refused request carried credentials, a 403 can mean they were rejected, or that they were accepted for a user who may not do this, or that the request was refused for a reason the credentials do not touch; in every case, sending them again will not help.',
          ja: '拒否されたリクエストに認証情報が付いていた場合、403 は、それが拒否されたこと、受け入れられたもののその操作を許されないユーザだったこと、または認証情報とは関係のない理由で拒否されたことを示しうる。いずれの場合も、同じものを送り直しても変わらない。',
        },
      },
    ],
    related: [401, 407, 404, 603, 503, 608],
    keywords: {
      en: ['rejected', 'access denied', 'not allowed', 'IP not allowed', 'ACL', 'call barring', 'blocked', 'wrong password', 'permission denied'],
      ja: ['拒否', 'アクセス拒否', '発信規制', '規制', 'IP 制限', 'ACL', '許可されていない', '権限なし', 'ブロック', 'パスワード誤り'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'r', role: 'registrar' },
      ],
      steps: [
        { from: 'a', to: 'r', label: 'REGISTER' },
        { from: 'r', to: 'a', label: '401 Unauthorized' },
        { from: 'a', to: 'r', label: 'REGISTER + Authorization' },
        { from: 'r', to: 'a', label: '403 Forbidden' },
      ],
      caption: {
        en: 'A phone configured with the wrong password answers the challenge; the registrar refuses the credentials with 403 instead of challenging again.',
        ja: '誤ったパスワードが設定された端末がチャレンジに応答し、レジストラは再びチャレンジせず、その認証情報を 403 で拒否する。',
      },
    },
    example: {
      request: [
        'REGISTER sip:example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK7c1d9e2',
        'Max-Forwards: 70',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 2 REGISTER',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Authorization: Digest username="alice", realm="example.com", nonce="ea9c8e88df84f1cec4341ae6cbe5a359", uri="sip:example.com", response="7a1b3c94e2f0d86a5c4b9e1f03d7a2c6b8e5f9104d3a7c2e6b1f8d09a4c3e5b7", algorithm=SHA-256, cnonce="0a4f113b", qop=auth, nc=00000001',
        'Expires: 3600',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 403 Forbidden',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK7c1d9e2',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>;tag=37GkEhwl6',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 2 REGISTER',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Authorization'],
    },
    text: {
      en: {
        title: 'Forbidden',
        summary:
          'The server understood the request and refuses to carry it out; unlike 401, sending credentials will not change the answer, and the request should not be repeated.',
        description: [
          'With 403 a server says it understood the request and will not act on it, whatever credentials come with it. RFC 3261 §21.4.4 adds that authorization will not help and that the request SHOULD NOT be repeated. The specification itself uses the code in several places: a registrar MUST answer 403 when an authenticated user tries to change the bindings of an address-of-record it is not entitled to (RFC 3261 §10.3); a UAS that decides to turn away a request whose To header is not its own identity SHOULD use 403 (RFC 3261 §8.2.2.1); and a server that has just refused a client\'s credentials may answer 403 instead of challenging again (RFC 3261 §22.1).',
          'Operators stretch it further: a trunk or SBC can answer 403 for a source address missing from the allow-list, a calling number the customer does not own, a barred destination class such as international or premium-rate numbers, or a suspended account. These are operators\' own policies. The calling identity has an RFC behind it: a proxy that finds that the identity a user asks for in P-Preferred-Identity is none of that user\'s valid identities can add a P-Asserted-Identity of its own construction instead, or reject the request, for example with 403 (RFC 3325 §6). The other reasons fit RFC 3261 §21.4.4 because the server understood the request and refuses it. RFC 3261 §15 even names 403 as a good way for a phone to reject a call before answering, and RFC 3398 §7.2.4.1 recommends that an ISUP gateway turn Q.850 cause 21 "call rejected" into 403, noting that [[603]] could be given instead when the cause location is the user. The same three digits can therefore mean "wrong password", "not permitted" or "the callee said no"; the reason phrase or a Warning header is where a server can say which.',
          'A 403 binds only the server that sent it; [[603]] is the code that claims to speak for the user everywhere. It is easily confused with [[401]], which asks for credentials and expects the request again with them, and with [[404]], which says that the user does not exist at the domain of the Request-URI (RFC 3261 §21.4.5). Using 403 for a temporary condition, such as a registrar that has run out of capacity, tells the client the wrong thing: a request refused with 403 SHOULD NOT be repeated (RFC 3261 §21.4.4), whereas [[503]] with Retry-After says when to try again (RFC 3261 §21.5.4).',
        ],
        scenarios: [
          'After a router replacement, a customer\'s PBX starts sending calls from a new public IP address. The carrier\'s SBC does not recognise the source, does not even challenge, and answers every INVITE with 403.',
          'A contact-center platform puts a campaign number that is not assigned to its trunk into the From header. The carrier refuses each INVITE with 403 because the calling number does not belong to the customer.',
          'A phone with a mistyped password tries to register: 401, then the REGISTER with credentials, and the registrar answers 403 instead of challenging again, as RFC 3261 §22.1 allows.',
          'A user presses "Reject" on an incoming call and the phone answers the INVITE with 403 rather than [[486]] or [[603]], which RFC 3261 §15 allows; a gateway that follows the mapping recommended in RFC 3398 §8.2.6.1 passes it on to a PSTN caller as cause 21.',
        ],
        fixes: [
          'Read the reason phrase and any Warning header: a carrier may say there whether the source IP, the calling number, the destination or the account was the problem. If there is nothing, a Server header, when present, describes the software that answered (RFC 3261 §20.35); the Via entries do not name the refusing element, because each proxy removes its own value from the response before passing it back (RFC 3261 §16.7).',
          'On a trunk, confirm with the provider that your public IP, the number format in From and P-Asserted-Identity, and the dialled destination class are allowed on your account. For registrations, check that the authentication user is entitled to the address-of-record in To (RFC 3261 §10.3).',
          'Do not repeat the same request automatically: a request refused with 403 SHOULD NOT be repeated (RFC 3261 §21.4.4), and a UAC MUST NOT send it again with the credentials that have just been rejected (RFC 3261 §22.1). Stop and raise an alarm so that the account, the credentials or the provider\'s policy can be fixed.',
          'If your server sends 403: challenge with [[401]] (with [[407]] if it is a proxy, which MUST NOT send 401, RFC 3261 §22.1) when valid credentials would make the request succeed, and keep 403 for requests that credentials will not change or for credentials already refused (RFC 3261 §21.4.4, §22.1); use [[503]] with Retry-After for overload or capacity limits, and put the specific cause into the reason phrase.',
        ],
      },
      ja: {
        title: 'アクセス禁止',
        summary:
          'サーバがリクエストを理解したうえで、その実行を拒否したことを示す。401 と違い、認証情報を送っても答えは変わらず、そのリクエストを繰り返すべきではない。',
        description: [
          '403 は、サーバがリクエストを理解したうえで、どのような認証情報が付いていても実行しないと告げる応答である。RFC 3261 §21.4.4 は、認証しても結果は変わらず、リクエストを繰り返すべきではないとしている。RFC 自身もいくつかの箇所でこのコードを使う。認証済みユーザが権限のないアドレスオブレコードのバインディングを変更しようとした場合、レジストラは 403 を返さなければならない（RFC 3261 §10.3）。To ヘッダが自分の ID ではないリクエストを断ると決めた UAS は 403 を使うべきとされ（RFC 3261 §8.2.2.1）、クライアントの認証情報を拒否した直後のサーバは、再びチャレンジする代わりに 403 を返してもよい（RFC 3261 §22.1）。',
          '事業者はこれをさらに広く使う。トランクや SBC は、許可リストにない送信元アドレス、顧客が保有していない発信者番号、国際電話や高額課金番号など発信規制の対象となる宛先種別、停止中のアカウントに対して 403 を返すことがある。これらは事業者独自のポリシーである。発信者の ID については RFC に根拠があり、ユーザが P-Preferred-Identity で希望した ID がそのユーザの有効な ID のどれでもない場合、プロキシは代わりに自ら作った P-Asserted-Identity を付けるか、リクエストを拒否でき、拒否の例として 403 が挙げられている（RFC 3325 §6）。それ以外の理由は、サーバがリクエストを理解したうえで拒否している点で RFC 3261 §21.4.4 に当てはまる。RFC 3261 §15 は、電話機が応答前に着信を拒否する手段としても 403 を挙げており、RFC 3398 §7.2.4.1 は、ISUP ゲートウェイが Q.850 の理由表示（cause 値）21（通信拒否）を 403 に変換することを推奨しており、ロケーションがユーザであれば代わりに [[603]] を返すこともできるとしている。このように 403 は「パスワード誤り」「権限なし」「着信者による拒否」のいずれの意味にもなりうる。どれに当たるかをサーバが示せるのは、リーズンフレーズか Warning ヘッダである。',
          '403 はそれを返したサーバだけの判断である。ユーザのすべての端末に代わって拒否を示すのは [[603]] である。認証情報を求め、それを付けたリクエストが送り直されるのを待つ [[401]] や、Request-URI のドメインにそのユーザが存在しないことを示す [[404]]（RFC 3261 §21.4.5）とも混同されやすい。容量を使い切ったレジストラのような一時的な状況に 403 を使うと、クライアントに誤った指示を与える。403 で拒否されたリクエストは繰り返すべきではない（RFC 3261 §21.4.4）が、Retry-After 付きの [[503]] なら、いつ再試行すればよいかを伝えられる（RFC 3261 §21.5.4）。',
        ],
        scenarios: [
          'ルータを交換した後、顧客の PBX が新しいグローバル IP アドレスから発信するようになる。通信事業者の SBC は送信元を認識できず、チャレンジもせずにすべての INVITE に 403 を返す。',
          'コンタクトセンターのシステムが、トランクに割り当てられていないキャンペーン用の番号を From ヘッダに入れる。発信番号が顧客のものではないため、事業者は INVITE をすべて 403 で拒否する。',
          'パスワードが誤って設定された電話機が登録を試みる。401、認証情報を付けた再試行と続き、レジストラは再びチャレンジする代わりに 403 を返す。RFC 3261 §22.1 が認める動作である。',
          'ユーザが着信に対して「拒否」を押し、電話機が [[486]] や [[603]] ではなく 403 で INVITE に応答する。RFC 3261 §15 が認める使い方である。RFC 3398 §8.2.6.1 が推奨する対応に従うゲートウェイなら、その先にいる PSTN の発信者には理由表示 21（通信拒否）として届く。',
        ],
        fixes: [
          'リーズンフレーズと Warning ヘッダを読む。送信元 IP、発信番号、宛先、アカウントのどれが問題かを、事業者がそこに示していることがある。何も書かれていなければ、Server ヘッダがあれば応答したソフトウェアを示す（RFC 3261 §20.35）。Via の値は拒否した装置を示さない。各プロキシは応答を返す前に自分の値を取り除くからである（RFC 3261 §16.7）。',
          'トランクでは、グローバル IP、From や P-Asserted-Identity の番号形式、発信先の種別がアカウントで許可されているかを事業者に確認する。登録では、認証ユーザが To のアドレスオブレコードを操作する権限を持っているかを確認する（RFC 3261 §10.3）。',
          '同じリクエストを自動で繰り返さない。403 で拒否されたリクエストは繰り返すべきではなく（SHOULD NOT、RFC 3261 §21.4.4）、UAC は拒否されたばかりの認証情報で送り直してはならない（MUST NOT、RFC 3261 §22.1）。送信を止めてアラームを上げ、アカウント、認証情報、事業者のポリシーのどれかを直せるよう運用者に知らせる。',
          '自サーバで拒否する場合は、正しい認証情報で成功するリクエストには [[401]] でチャレンジし（プロキシは 401 を使ってはならないので [[407]] を使う。RFC 3261 §22.1）、403 は認証情報で結果が変わらないリクエストか、すでに拒否した認証情報に対して使う（RFC 3261 §21.4.4、§22.1）。過負荷や容量制限には Retry-After 付きの [[503]] を使い、具体的な原因をリーズンフレーズに書く。',
        ],
      },
    },
  },
  {
    code: 404,
    phrase: 'Not Found',
    status: 'active',
    refs: ['RFC3261 §21.4.5'],
    seeAlso: [
      'RFC3261 §8.2.2.1',
      'RFC3261 §10.3',
      'RFC3261 §16.5',
      'RFC3261 §16.7',
      'RFC3261 §16.10',
      'RFC3261 §20.33',
      'RFC3261 §21.4.10',
      'RFC3261 §21.4.22',
      'RFC3261 §21.4.23',
      'RFC3398 §7.2.4.1',
      'RFC3398 §8.2.6.1',
    ],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'registrar', 'redirect-server', 'gateway'],
        refs: ['RFC3261 §21.4.5', 'RFC3261 §8.2.2.1', 'RFC3261 §10.3', 'RFC3261 §16.5', 'RFC3261 §8.3', 'RFC3398 §7.2.4.1'],
        byRole: {
          uas: ['RFC3261 §21.4.5', 'RFC3261 §8.2.2.1'],
          proxy: ['RFC3261 §16.5'],
          registrar: ['RFC3261 §10.3'],
          'redirect-server': ['RFC3261 §8.3'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.5'] },
      retry: { value: 'never', refs: ['RFC3261 §21.4', 'RFC3261 §20.33'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        // The level is Table 3 of §20 ("o" for Retry-After in a 404); §20.33 says only that the field "can be used" with a 404.
        ref: 'RFC3261 §20',
        note: {
          en: 'Optional: as RFC 3261 §20.33 defines it, tells the caller when the called party expects to be reachable again. The level is that of the header table of RFC 3261 §20, which marks Retry-After optional in a 404: the sender MAY add it and the caller\'s UA MAY ignore it.',
          ja: '任意。RFC 3261 §20.33 の定義では、着信側が再び到達可能になる見込みの時刻を発信者に伝える。この要求レベルは RFC 3261 §20 のヘッダ表によるもので、表は 404 の Retry-After を任意としている。送信側は付けてよく（MAY）、発信者の UA は無視してよい（MAY）。',
        },
      },
      {
        name: 'To',
        in: 'request',
        ref: 'RFC3261 §10.3',
        note: {
          en: 'In a REGISTER, the address-of-record to be bound; when it is not valid for the domain in the Request-URI, the registrar MUST answer 404. A registrar\'s 404 can also mean that it does not handle the domain in the Request-URI at all (RFC 3261 §21.4.5).',
          ja: 'REGISTER ではバインドするアドレスオブレコードを示す。それが Request-URI のドメインで有効でなければ、レジストラは 404 を返さなければならない（MUST）。レジストラの 404 は、Request-URI のドメインをそもそも扱っていないことを示す場合もある（RFC 3261 §21.4.5）。',
        },
      },
    ],
    related: [480, 484, 410, 485, 604, 403],
    keywords: {
      en: ['user not found', 'unknown user', 'number not found', 'unallocated number', 'no such user', 'wrong number', 'dial plan', 'extension not found', 'number not in service'],
      ja: ['番号不明', '存在しない番号', '欠番', 'ユーザ不明', '未割当番号', 'ダイヤルプラン', '内線番号', '番号が使われていない'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE sip:2099@example.com' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'a', label: '404 Not Found' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'A phone dials an extension that is not in the PBX dial plan; the PBX, the proxy for its own domain, answers 404 and the phone acknowledges it.',
        ja: '端末が PBX のダイヤルプランにない内線番号に発信すると、自ドメインのプロキシとして動作する PBX が 404 を返し、端末はこれに ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:2099@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'Max-Forwards: 70',
        'From: "Alice" <sip:2001@example.com>;tag=1928301774',
        'To: <sip:2099@example.com>',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Contact: <sip:2001@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 404 Not Found',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'From: "Alice" <sip:2001@example.com>;tag=1928301774',
        'To: <sip:2099@example.com>;tag=5f8c2a71',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Not Found',
        summary:
          'The server knows for certain that the user in the Request-URI does not exist in the domain of the Request-URI, or it does not handle that domain at all.',
        description: [
          'The server answering 404 claims definite knowledge about the address, not about the user\'s current state: the user does not exist in the domain of the Request-URI, or that domain is not one the server handles (RFC 3261 §21.4.5). A proxy MUST send it when the Request-URI names a resource of its own that does not exist (RFC 3261 §16.5); a registrar MUST send it when the address-of-record in the To header of a REGISTER is not valid for the domain in the Request-URI (RFC 3261 §10.3); and a UA SHOULD send it when the Request-URI does not identify an address it is willing to accept requests for (RFC 3261 §8.2.2.1). A request that arrives at a contact address the UA no longer uses is one example.',
          'Its neighbours each say something more precise. [[480]] is for a user the server knows but cannot reach now, for example one with no current registration; RFC 3261 §16.5 makes 480 the preferred answer when the target set ends up empty. [[484]] means the Request-URI is incomplete, such as a dialled number with too few digits (RFC 3261 §21.4.22), [[410]] means the user existed and is permanently gone (a server that cannot tell whether the condition is permanent SHOULD use 404 instead, RFC 3261 §21.4.10), [[485]] says the address is ambiguous and MAY list unambiguous ones in Contact, though it MUST be possible to configure a server to leave that list out or to answer 404 instead (RFC 3261 §21.4.23), and [[604]] states with authority that the user exists nowhere. RFC 3398 recommends mapping Q.850 cause 1 "unallocated number" to 404, and 404 back to cause 1 (RFC 3398 §7.2.4.1, §8.2.6.1).',
          'On a forked INVITE, the proxy stores a 404 from one branch as a candidate for the best final response. RFC 3261 sets no rule to cancel the other branches on a 4xx, as it does on a 6xx (RFC 3261 §16.7), though a stateful proxy MAY cancel any request it has forwarded once a provisional response to it has arrived (RFC 3261 §16.10). When every branch has ended, it forwards a 6xx if it received one and otherwise SHOULD choose from the lowest class it received (RFC 3261 §16.7). A 404 may carry Retry-After to say when the called party expects to be reachable (RFC 3261 §20.33). A 404 to REGISTER points at the domain or the user name rather than at routing: the registrar MUST send it when the address-of-record in To is not valid for the domain in the Request-URI (RFC 3261 §10.3), and 404 is also the answer when the domain in the Request-URI is not one the recipient handles (RFC 3261 §21.4.5).',
        ],
        scenarios: [
          'A user dials an extension that is not in the IP-PBX dial plan. The PBX, acting as the proxy for its own domain, answers the INVITE with 404.',
          'A call to a PSTN number reaches the terminating carrier, whose switch reports the number as unallocated. The SIP gateway translates Q.850 cause 1 into 404, and the originating PBX plays a "number not in service" announcement.',
          'An IP phone sends REGISTER to "sip:192.0.2.10" with To "sip:1001@pbx.example.com". The registrar serves only pbx.example.com and does not count the IP address among its domains, so it answers 404, the response for a Request-URI whose domain matches none of the domains the recipient handles (RFC 3261 §21.4.5).',
          'After a NAT binding changes, a proxy keeps sending calls to the old registered contact of a phone. The device now answering at that address (or the phone itself, if its contact has changed) does not accept requests for that Request-URI and responds 404: RFC 3261 §8.2.2.1 says a UAS SHOULD reject with 404 a request whose Request-URI does not identify an address it is willing to accept requests for.',
        ],
        fixes: [
          'Check the number format the server expects: E.164 with "+", national format, or an outside-line prefix. A 404 says that no such user exists at the address as it was sent (RFC 3261 §21.4.5), so digits in a format the dial plan does not match can draw it even when the number itself is in service. Correct the digits before trying again: after a 4xx the client SHOULD NOT retry the same request unmodified (RFC 3261 §21.4).',
          'For REGISTER, use the domain the registrar is configured for in both the Request-URI and the To header, and check that the username exists; use the server\'s domain name rather than its IP address unless the registrar is set up to accept it.',
          'On a proxy, compare the Request-URI of the failed INVITE with the contacts in the location service: a stale contact can draw 404 from whatever UA now answers at that address (RFC 3261 §8.2.2.1), while an expired registration leaves the target set empty, for which RFC 3261 §16.5 recommends [[480]].',
          'If your server sends 404 for users who exist but are offline, switch to [[480]]. Keep 404 for addresses that do not exist, use [[484]] for incomplete digits, and send [[604]] only when you are authoritative for every location of the user.',
        ],
      },
      ja: {
        title: '宛先不明',
        summary:
          'Request-URI のユーザがその Request-URI のドメインに存在しないこと、またはサーバがそのドメイン自体を扱っていないことを、サーバが確かな情報として知っている。',
        description: [
          '404 は、サーバがユーザの現在の状態ではなく、アドレスそのものについて確かな情報を持っていることを示す。Request-URI のドメインにそのユーザは存在しない、またはそのドメインはサーバの担当ではない、という意味である（RFC 3261 §21.4.5）。Request-URI が自分の管理する存在しないリソースを指していれば、プロキシは 404 を返さなければならない（RFC 3261 §16.5）。REGISTER の To にあるアドレスオブレコードが Request-URI のドメインで有効でなければ、レジストラは 404 を返さなければならない（RFC 3261 §10.3）。UA も、Request-URI が、自分がリクエストを受け付けるつもりのあるアドレスを示していなければ、404 を返すべきである（SHOULD、RFC 3261 §8.2.2.1）。UA がもう使っていない Contact アドレスに届いたリクエストはその一例である。',
          '周辺のコードは、それぞれより具体的な意味を持つ。[[480]] はサーバが知っているが今は到達できないユーザ、たとえば現在登録のないユーザに使う。RFC 3261 §16.5 は、ターゲットセットが空になった場合の応答として 480 を推奨している。[[484]] は Request-URI が不完全であること（桁の足りない番号など。RFC 3261 §21.4.22）、[[410]] はかつて存在したユーザが恒久的にいなくなったこと（恒久的かどうかを判断できないサーバは、代わりに 404 を使うべきである（SHOULD）と RFC 3261 §21.4.10 にある）を示す。[[485]] はアドレスが曖昧であることを示し、曖昧でない候補を Contact に列挙してもよいが、その列挙をやめるか、代わりに 404 を返すようサーバを設定できなければならない（RFC 3261 §21.4.23）。[[604]] はユーザがどこにも存在しないという権威ある判断を示す。RFC 3398 は、Q.850 の理由表示（cause 値）1（欠番）を 404 に、404 を理由表示 1 に対応付けることを推奨している（RFC 3398 §7.2.4.1、§8.2.6.1）。',
          'フォーキングされた INVITE では、プロキシは 1 つのブランチから返った 404 を最良の最終応答の候補として保持する。RFC 3261 は、6xx の場合と異なり、4xx を受けたときに他のブランチをキャンセルする規則を定めていない（RFC 3261 §16.7）。ただし、ステートフルプロキシは、自分が転送したリクエストを、その暫定応答を受けていればキャンセルしてよい（MAY、RFC 3261 §16.10）。すべてのブランチが終了したら、6xx を受け取っていればそれを転送し、そうでなければ受け取った中で最も低いクラスから選ぶべきである（SHOULD、RFC 3261 §16.7）。404 には着信側が再び到達可能になる時刻を示す Retry-After を付けてもよい（RFC 3261 §20.33）。REGISTER への 404 は、経路ではなくドメインかユーザ名の問題を示す。To のアドレスオブレコードが Request-URI のドメインで有効でなければ、レジストラは 404 を返さなければならず（RFC 3261 §10.3）、Request-URI のドメインが受信側の扱うドメインでない場合も 404 が返る（RFC 3261 §21.4.5）。',
        ],
        scenarios: [
          'ユーザが IP-PBX のダイヤルプランにない内線番号へ発信する。自ドメインのプロキシとして動作する PBX が、INVITE に 404 を返す。',
          'PSTN 番号への呼が着信側の事業者に届き、交換機がその番号を未割当と判定する。SIP ゲートウェイが Q.850 の理由表示 1（欠番）を 404 に変換し、発信側の PBX は「この番号は現在使われておりません」のアナウンスを流す。',
          'IP 電話機が To を「sip:1001@pbx.example.com」として「sip:192.0.2.10」へ REGISTER を送る。レジストラは pbx.example.com しか扱わず、IP アドレスを自分のドメインとはみなさないため、404 を返す。Request-URI のドメインが受信側の扱うどのドメインとも一致しない場合の応答である（RFC 3261 §21.4.5）。',
          'NAT のバインディングが変わった後も、プロキシが電話機の古い登録済み Contact へ呼を送り続ける。そのアドレスで応答した装置（Contact が変わった場合は電話機自身）は、その Request-URI 宛てのリクエストを受け付けず、404 を返す。RFC 3261 §8.2.2.1 は、受け付けるつもりのあるアドレスを Request-URI が示していないリクエストを、UAS は 404 で拒否すべきである（SHOULD）としている。',
        ],
        fixes: [
          'サーバが期待する番号形式を確認する。「+」付きの E.164、国内形式、外線発信番号付きなどである。404 は、送られたとおりのアドレスにそのユーザが存在しないことを示す（RFC 3261 §21.4.5）。そのため、ダイヤルプランに一致しない形式の桁列には、番号自体は使われていても 404 が返りうる。4xx を受けたクライアントは同じリクエストを修正せずに再試行すべきではないので（RFC 3261 §21.4）、桁を直してから送り直す。',
          'REGISTER では、Request-URI と To の両方にレジストラが設定されているドメインを使い、ユーザ名が存在することを確認する。レジストラが IP アドレスを受け付けるよう設定されていない限り、IP アドレスではなくサーバのドメイン名を使う。',
          'プロキシでは、失敗した INVITE の Request-URI とロケーションサービス上の Contact を比べる。古い Contact には、そのアドレスで応答する UA が 404 を返すことがある（RFC 3261 §8.2.2.1）。登録が期限切れならターゲットセットは空になり、RFC 3261 §16.5 はその場合に [[480]] を推奨している。',
          '存在するがオフラインのユーザに自分のサーバが 404 を返しているなら、[[480]] に変更する。404 は存在しないアドレスに限り、桁の不足には [[484]] を使い、[[604]] はユーザのすべての所在について権威を持つ場合にだけ返す。',
        ],
      },
    },
  },
  {
    code: 405,
    phrase: 'Method Not Allowed',
    status: 'active',
    refs: ['RFC3261 §21.4.6'],
    seeAlso: [
      'RFC3261 §8.2',
      'RFC3261 §8.2.1',
      'RFC3261 §10.3',
      'RFC3261 §11',
      'RFC3261 §13.3.1.4',
      'RFC3261 §16.1',
      'RFC3261 §16.3',
      'RFC3261 §20.5',
      'RFC3261 §21.5.2',
      'RFC3515 §2.4.4',
      'RFC5057 §5.1',
    ],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'registrar'],
        refs: ['RFC3261 §21.4.6', 'RFC3261 §8.2.1', 'RFC3261 §10.3'],
        byRole: {
          uas: ['RFC3261 §21.4.6', 'RFC3261 §8.2.1'],
          // §10.3: a registrar is a UAS that handles requests according to §8.2 and accepts only REGISTER.
          registrar: ['RFC3261 §21.4.6', 'RFC3261 §8.2.1', 'RFC3261 §10.3'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.6'] },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Allow',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §21.4.6',
        note: {
          en: 'Lists the methods the address does accept. A 405 without it breaks the protocol; with it, the client knows what to use instead.',
          ja: 'そのアドレスが受け付けるメソッドを列挙する。405 にこれがないのはプロトコル違反であり、あればクライアントは代わりに何を使えばよいかがわかる。',
        },
      },
    ],
    related: [501, 489, 420],
    keywords: {
      en: ['method not supported', 'unsupported method', 'Allow header', 'REFER rejected', 'transfer failed', 'MESSAGE not supported', 'NOTIFY rejected'],
      ja: ['メソッド非対応', '未対応メソッド', '許可されていないメソッド', '転送失敗', 'REFER 拒否', 'Allow ヘッダ'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'transferor' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE' },
        { from: 's', to: 'a', label: '200 OK' },
        { from: 'a', to: 's', label: 'ACK' },
        { from: 'a', to: 's', label: 'REFER (Refer-To: Carol)' },
        { from: 's', to: 'a', label: '405 Method Not Allowed + Allow' },
      ],
      caption: {
        en: 'Inside an established call, a REFER for a blind transfer is refused by the carrier\'s SBC with 405 and the methods it accepts in Allow; the call itself stays up.',
        ja: '確立済みの通話中にブラインド転送の REFER を送ると、キャリアの SBC は受け付けるメソッドを Allow に列挙した 405 で拒否するが、通話自体は継続する。',
      },
    },
    example: {
      request: [
        'REFER sip:+81312345678@203.0.113.5:5060 SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK9a7c3e1',
        'Max-Forwards: 70',
        'From: <sip:+81355550100@trunk.example.net>;tag=4c7b9a',
        'To: <sip:+81312345678@trunk.example.net>;tag=as58f4201b',
        'Call-ID: 7d3a9c1e5f@198.51.100.20',
        'CSeq: 102 REFER',
        'Contact: <sip:+81355550100@198.51.100.20:5060>',
        'Refer-To: <sip:+81398765432@trunk.example.net;user=phone>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 405 Method Not Allowed',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK9a7c3e1',
        'From: <sip:+81355550100@trunk.example.net>;tag=4c7b9a',
        'To: <sip:+81312345678@trunk.example.net>;tag=as58f4201b',
        'Call-ID: 7d3a9c1e5f@198.51.100.20',
        'CSeq: 102 REFER',
        'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Allow'],
    },
    text: {
      en: {
        title: 'Method Not Allowed',
        summary:
          'The server knows the method but does not accept it for the address in the Request-URI; the response must list the methods it does accept in an Allow header.',
        description: [
          '405 answers "this method, here" with no. The method is recognised, but the resource named by the Request-URI does not accept it (RFC 3261 §21.4.6), and the response MUST carry an Allow header listing what that address does accept (RFC 3261 §8.2.1, §21.4.6). RFC 3261 §8.2 asks a UAS to make this check right after authentication and before it inspects header fields or body (the order of the steps is a SHOULD), so a 405 from a UAS that keeps that order says nothing about the rest of the request.',
          'Its look-alike is [[501]], the appropriate answer when a UAS does not recognise the method at all and cannot support it for any user; 405 is sent when the server recognises the method but it is not allowed or supported (RFC 3261 §21.5.2). Proxies play neither role for requests they forward, since they must not refuse to relay a method because they do not know it (RFC 3261 §16.3, §21.5.2). A 405 comes from whichever element acts as the user agent server for the request (RFC 3261 §8.2.1): the far-end phone, a PBX, a gateway, a stand-alone registrar, which accepts only REGISTER (RFC 3261 §10.3), or an SBC or proxy on the path that answers the request itself instead of forwarding it. RFC 3261 §16.1 lets any element that could proxy a request answer it with any appropriate error code, and it then acts as a UAS. A user agent cannot legitimately refuse OPTIONS this way, since every UA MUST support it (RFC 3261 §11); that rule is about user agents, not about the registrar above. The Allow header of a 405, like any Allow header, must list every method the UA understands, ACK and CANCEL included (RFC 3261 §20.5).',
          'Inside a call, a 405 does not end the dialog. RFC 5057 §5.1 counts it among the responses that affect at most the usage the request belonged to, and only the transaction when the request was not integral to a usage; a REFER refused with 405 never creates its subscription, while the INVITE usage, with its session and media, continues. The transferor has to fall back to another way of transferring or keep the call. Before sending REFER, UPDATE, MESSAGE or SUBSCRIBE, look at the Allow header in earlier responses from the same peer: a 2xx to INVITE SHOULD carry one (RFC 3261 §13.3.1.4).',
        ],
        scenarios: [
          'A PBX tries a blind transfer by sending REFER over a SIP trunk. The carrier\'s SBC does not accept REFER from customers and answers 405 with "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS"; the PBX has to carry out the transfer itself by bridging a new call.',
          'A transfer is accepted, but when the transferee sends NOTIFY with "Event: refer" to report progress (RFC 3515 §2.4.4), the transferor\'s softphone answers 405. NOTIFY is required by the subscription, so RFC 5057 §5.1 treats the 405 as unrecoverable for it: the transferee should stop sending NOTIFYs, and the outcome of the transfer is never reported.',
          'A messaging application sends MESSAGE to a desk phone or a PSTN gateway whose SIP stack recognises MESSAGE but has messaging turned off. The device answers 405 and lists INVITE, ACK, BYE, CANCEL and OPTIONS in Allow; for a device that does not recognise the method at all and cannot support it for any user, the appropriate answer is [[501]] instead (RFC 3261 §21.5.2).',
        ],
        fixes: [
          'Read the Allow header of the 405 and send that address only methods it lists. For a transfer, let the PBX bridge the call instead of sending REFER to a peer that refuses it.',
          'If your own UA answers 405 to NOTIFY after it has sent REFER, it loses the outcome of the transfer: the NOTIFY mechanism MUST be used to report the status of the reference to the REFER sender (RFC 3515 §2.4.4), and a 405 to a NOTIFY makes the notifier remove the subscription (MUST, RFC 6665 §4.2.2). A REFER sender that does not want the reports may end the subscription, by unsubscribing or by rejecting a NOTIFY; either way, ending it is no indication that the referenced request should be withdrawn (RFC 3515 §2.4.4). If your UA answers 405 to OPTIONS, fix it: OPTIONS support is mandatory for every UA (RFC 3261 §11).',
          'If your server sends 405, include an Allow header listing the valid methods for that address (RFC 3261 §21.4.6); like any Allow header, it must include every method the UA understands, ACK and CANCEL among them (RFC 3261 §20.5). Use [[501]] for methods it does not recognise, and never answer 405 where the element should simply proxy the request.',
        ],
      },
      ja: {
        title: '許可されていないメソッド',
        summary:
          'サーバがそのメソッドを知っているものの、Request-URI のアドレスに対しては受け付けないことを示す。応答には、受け付けるメソッドを Allow ヘッダで列挙しなければならない。',
        description: [
          '405 は「このメソッドは、ここでは受け付けない」という応答である。メソッドは認識されているが、Request-URI が示すリソースはそれを受け付けない（RFC 3261 §21.4.6）。応答には、そのアドレスが受け付けるメソッドを列挙した Allow ヘッダを入れなければならない（RFC 3261 §8.2.1、§21.4.6）。RFC 3261 §8.2 は、UAS がこの確認を認証の直後、ヘッダやボディを調べる前に行うよう求めている（手順の順序は SHOULD）。その順序に従う UAS の 405 は、リクエストの他の部分については何も示していない。',
          '似たコードは [[501]] である。501 は、UAS がメソッド自体を認識できず、どのユーザについても対応できない場合の適切な応答であり、405 は、サーバがメソッドを認識しているが許可または対応していない場合に送られる（RFC 3261 §21.5.2）。プロキシは自分が中継するリクエストについてどちらも返さない。知らないメソッドであることを理由に中継を拒んではならないからである（RFC 3261 §16.3、§21.5.2）。405 を返すのは、そのリクエストに対して UAS として動作する装置である（RFC 3261 §8.2.1）。着信側の電話機、PBX、ゲートウェイ、REGISTER しか受け付けない単独のレジストラ（RFC 3261 §10.3）のほか、経路上の SBC やプロキシがリクエストを転送せずに自ら応答することもある。RFC 3261 §16.1 は、プロキシとして動作しうる装置が適切な任意のエラーコードで自ら応答することを認めており、そのとき装置は UAS として振る舞う。すべての UA は OPTIONS をサポートしなければならないので（RFC 3261 §11）、UA が OPTIONS をこの方法で断ることは認められない。この規定は UA についてのものであり、上に挙げたレジストラについてのものではない。また 405 の Allow ヘッダも、ほかの Allow ヘッダと同じく、ACK と CANCEL を含め、その UA が理解するすべてのメソッドを列挙しなければならない（RFC 3261 §20.5）。',
          '通話中の 405 でダイアログが終わることはない。RFC 5057 §5.1 は 405 を、影響がそのリクエストの属する用途（ユーセージ）までにとどまる応答に分類しており、リクエストが用途に不可欠なものでなければ影響はそのトランザクションだけである。405 で拒否された REFER はサブスクリプションを作らないが、INVITE の用途、つまりセッションとメディアはそのまま続く。転送元は別の転送方法に切り替えるか、通話を続けることになる。REFER、UPDATE、MESSAGE、SUBSCRIBE を送る前に、同じ相手からのそれまでの応答にある Allow ヘッダを確認するとよい。INVITE への 2xx には Allow を入れるべきとされている（SHOULD、RFC 3261 §13.3.1.4）。',
        ],
        scenarios: [
          'PBX が SIP トランク経由で REFER を送り、ブラインド転送を試みる。事業者の SBC は顧客からの REFER を受け付けておらず、「Allow: INVITE, ACK, CANCEL, BYE, OPTIONS」付きの 405 を返す。PBX が新しい呼をブリッジして、自分で転送を行う必要がある。',
          '転送は受け付けられたが、被転送者が進捗を報告するために「Event: refer」付きの NOTIFY を送ると（RFC 3515 §2.4.4）、転送元のソフトフォンが 405 を返す。NOTIFY はサブスクリプションに必須のメソッドなので、RFC 5057 §5.1 はこの 405 を回復不能とみなす。被転送者は NOTIFY の送信をやめるべきであり、転送の結果は報告されないままになる。',
          'メッセージングアプリケーションが、SIP スタックは MESSAGE を認識するがメッセージ機能を無効にしている卓上電話機や PSTN ゲートウェイへ MESSAGE を送る。装置は 405 を返し、Allow に INVITE・ACK・BYE・CANCEL・OPTIONS を並べる。メソッド自体を認識できず、どのユーザについても対応できない装置であれば、適切な応答は代わりに [[501]] である（RFC 3261 §21.5.2）。',
        ],
        fixes: [
          '405 の Allow ヘッダを読み、そのアドレスにはそこに並んだメソッドだけを送る。転送については、REFER を拒否する相手に送るのではなく、PBX 側で呼をブリッジする。',
          '自分の UA が REFER を送った後の NOTIFY に 405 を返すと、転送の結果がわからなくなる。REFER の送信側への参照の状態の通知には NOTIFY の仕組みを使わなければならず（MUST、RFC 3515 §2.4.4）、NOTIFY に 405 を受けたノーティファイアはサブスクリプションを削除しなければならない（MUST、RFC 6665 §4.2.2）。通知が不要な REFER の送信側は、サブスクリプションの解除か NOTIFY の拒否によってサブスクリプションを終わらせてもよい。どちらの場合も、終わらせたことは、参照先へのリクエストを取り消すべきだという意味にはならない（RFC 3515 §2.4.4）。OPTIONS に 405 を返している場合は修正する。OPTIONS のサポートはすべての UA に必須である（RFC 3261 §11）。',
          '自分のサーバが 405 を送る場合は、そのアドレスで有効なメソッドを Allow ヘッダに列挙する（RFC 3261 §21.4.6）。ほかの Allow ヘッダと同じく、ACK と CANCEL を含め、その UA が理解するすべてのメソッドを入れなければならない（RFC 3261 §20.5）。認識しないメソッドには [[501]] を使う。本来プロキシとしてリクエストを中継すべき装置では、405 を返さずに中継する。',
        ],
      },
    },
  },
  {
    code: 406,
    phrase: 'Not Acceptable',
    status: 'active',
    refs: ['RFC3261 §21.4.7'],
    seeAlso: ['RFC3261 §11.1', 'RFC3261 §11.2', 'RFC3261 §13.3.1.3', 'RFC3261 §20.1', 'RFC3261 §21.4.13', 'RFC3261 §21.4.26', 'RFC3261 §21.6', 'RFC3261 §21.6.4', 'RFC6665 §3.1.3', 'RFC6665 §4.1.2.1', 'RFC4475 §3.3.15'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.4.7', 'RFC6665 §4.1.2.1', 'RFC4475 §3.3.15'],
        byRole: {
          // §21.4.7 names only the resource; RFC 6665 §4.1.2.1 gives 406 to the notifier (a user agent, §2),
          // RFC 4475 §3.3.15 to the recipient of an INVITE, a UA.
          uas: ['RFC3261 §21.4.7', 'RFC6665 §4.1.2.1', 'RFC4475 §3.3.15'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.7'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4', 'RFC3261 §21.4.7'],
        // A 406 names nothing to fix: RFC 3261 §21.4.7 points at the Accept header of the request.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); what a 406 objects to is the Accept header of the request',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、406 が問題にしているのはリクエストの Accept ヘッダである',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification, and what a 406 objects to is the Accept header of the request, which allows none of the bodies the resource can generate',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、406 が問題にしているのは、リソースが生成できるどのボディも受け付けないリクエストの Accept ヘッダである',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Accept',
        in: 'request',
        ref: 'RFC3261 §20.1',
        note: {
          en: 'Lists the body types the client can take in the response; 406 means the resource can produce none of them. Without Accept the server should assume application/sdp; an empty one means no body type is acceptable.',
          ja: 'クライアントが応答で受け取れるボディの種類を列挙する。406 は、リソースがそのどれも生成できないことを意味する。Accept がなければサーバは application/sdp を仮定すべきであり（SHOULD）、値が空なら受け取れる種類はない。',
        },
      },
    ],
    related: [488, 415, 606],
    keywords: {
      en: ['Accept header', 'content negotiation', 'body type', 'MIME type', 'media type', 'unacceptable content'],
      ja: ['受理不可', 'コンテンツネゴシエーション', 'ボディ形式', 'MIME タイプ', 'メディアタイプ', 'Accept ヘッダ'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'g', role: 'gateway' },
      ],
      steps: [
        { from: 'a', to: 'g', label: 'OPTIONS + Accept: text/plain' },
        { from: 'g', to: 'a', label: '406 Not Acceptable' },
        { from: 'a', to: 'g', label: 'OPTIONS + Accept: application/sdp' },
        { from: 'g', to: 'a', label: '200 OK (SDP)' },
      ],
      caption: {
        en: 'A monitoring system asks a gateway for a text/plain answer it cannot produce and gets 406; with application/sdp in Accept the same OPTIONS gets 200 OK.',
        ja: '監視システムがゲートウェイの生成できない text/plain での応答を求めて 406 を受け、Accept に application/sdp を指定した同じ OPTIONS では 200 OK を受け取る。',
      },
    },
    example: {
      request: [
        'OPTIONS sip:gw1.example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.30:5060;branch=z9hG4bKhjhs8ass877',
        'Max-Forwards: 70',
        'From: <sip:monitor@example.com>;tag=93810874',
        'To: <sip:gw1.example.com>',
        'Call-ID: 2f8e5d1c7b@192.0.2.30',
        'CSeq: 63104 OPTIONS',
        'Accept: text/plain',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 406 Not Acceptable',
        'Via: SIP/2.0/UDP 192.0.2.30:5060;branch=z9hG4bKhjhs8ass877',
        'From: <sip:monitor@example.com>;tag=93810874',
        'To: <sip:gw1.example.com>;tag=c1d02e77',
        'Call-ID: 2f8e5d1c7b@192.0.2.30',
        'CSeq: 63104 OPTIONS',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Accept'],
    },
    text: {
      en: {
        title: 'Not Acceptable',
        summary:
          'Every response body the server could produce is of a type the Accept header of the request rules out; the problem is content negotiation, not the session description.',
        description: [
          'Content negotiation, borrowed from HTTP, is all 406 is about. The Accept header of a request lists the body types the client can take in the response; when everything the resource could send falls outside that list, the server answers 406 (RFC 3261 §21.4.7). The defaults matter: without an Accept header the server should assume application/sdp, and an Accept header with an empty value means that no body type is acceptable (RFC 3261 §20.1).',
          'In RFC 3261 a 406 is about the body of the response, so there it only matters when the answer would carry one, and a request without Accept should be taken as accepting application/sdp (RFC 3261 §20.1). SUBSCRIBE is different: its Accept header names the body formats allowed in the NOTIFY requests that follow, each event package MUST define how a SUBSCRIBE without Accept is treated (RFC 6665 §3.1.3), and 406 is the proper error response when Accept names no type the notifier can generate in its NOTIFY requests (RFC 6665 §4.1.2.1). It can arise with OPTIONS: the request SHOULD say in Accept which body it wants back, and the type of any body in the answer is determined by that header (RFC 3261 §11.1, §11.2); but that body is optional (MAY), so a UAS can also answer 200 without one. It can also arise with applications whose responses must carry one specific body type. A 406 does not say which types the resource can produce: RFC 3261 §21.4.7 asks for no list, unlike a [[415]], which MUST list the acceptable formats in Accept, Accept-Encoding or Accept-Language (RFC 3261 §21.4.13). The client\'s way forward is to widen its Accept header, or to drop it when what it wants is application/sdp, the type a server SHOULD assume when Accept is absent (RFC 3261 §20.1).',
          'Three codes get mixed up with it. [[415]] is the mirror image: the body the client sent is in a format the server does not support for the requested method, and the 415 lists the acceptable formats in its own Accept, Accept-Encoding or Accept-Language header (RFC 3261 §21.4.13). [[488]] and [[606]] reject the session described in the SDP offer, its codecs, media or addressing, at this UA or, with the definitive information a 6xx carries about the user, everywhere (RFC 3261 §21.4.26, §21.6, §21.6.4). A server that answers 406 because no codec matched is using the wrong code, and it sends the caller\'s engineers to check the Accept header instead of the offer.',
        ],
        scenarios: [
          'A monitoring system sends OPTIONS with an Accept header listing only "text/plain" to a gateway that builds its capability answer around an SDP body. A gateway that will not leave the body out answers 406 instead of 200, and the monitor marks a healthy trunk as down.',
          'A PBX or softphone answers an INVITE whose SDP offers only G.729 with 406 instead of [[488]]. The calling side logs a content-negotiation failure, and automation that reacts to 488 by offering other codecs never runs.',
          'A gateway receives 406 from the SIP side, finds nothing it can correct in the request and send again, which RFC 3398 §8.2.6.1 asks it to try first (SHOULD), and releases the PSTN call with Q.850 cause 79 "service or option not implemented", the cause that section recommends for 406 when the response carries no encapsulated ISUP. The PSTN fault record shows only that cause; without the SIP trace nobody sees that an Accept header was the problem.',
        ],
        fixes: [
          'Compare the Accept header of the request that got 406 with the body the server normally returns. Add the type it produces (for OPTIONS typically application/sdp, RFC 3261 §11.1), or, when that type is application/sdp, drop the Accept header: a server SHOULD assume application/sdp when Accept is absent (RFC 3261 §20.1).',
          'Check that no SBC or header-manipulation rule rewrote or emptied Accept on the way; an empty Accept tells the server that no body type is acceptable (RFC 3261 §20.1).',
          'If the 406 answers an INVITE and the real problem is the SDP (no common codec, unsupported media or transport), troubleshoot it as a [[488]], and ask the vendor of the answering system to send 488 instead, with a Warning header saying why the offer was rejected (both SHOULD, RFC 3261 §13.3.1.3), or [[606]] when it is known that no other end point will answer the request (RFC 3261 §21.6.4), since a 6xx carries definitive information about the user, not only about the device addressed (RFC 3261 §21.6); if it is your own stack, change it.',
        ],
      },
      ja: {
        title: '応答形式が受付不可',
        summary:
          'サーバが生成できる応答ボディは、どれもリクエストの Accept ヘッダで除外された種類である。問題はセッション記述ではなく、コンテンツネゴシエーションにある。',
        description: [
          '406 が扱うのは、HTTP から持ち込まれたコンテンツネゴシエーションだけである。リクエストの Accept ヘッダは、クライアントが応答で受け取れるボディの種類を列挙する。リソースが送れるものがすべてその一覧から外れる場合、サーバは 406 を返す（RFC 3261 §21.4.7）。ここでは既定値が重要である。Accept ヘッダがなければサーバは application/sdp を仮定すべきであり（SHOULD）、値が空の Accept ヘッダは、受け取れるボディの種類が一つもないことを意味する（RFC 3261 §20.1）。',
          'RFC 3261 では 406 は応答のボディに関するものなので、問題になるのは応答がボディを持つ場合だけであり、Accept のないリクエストは application/sdp を受け付けるものとみなすべきである（RFC 3261 §20.1）。SUBSCRIBE は事情が異なる。SUBSCRIBE の Accept ヘッダは、その後の NOTIFY リクエストで使えるボディ形式を示し、Accept のない SUBSCRIBE の扱いは各イベントパッケージが定めなければならない（MUST、RFC 6665 §3.1.3）。Accept に、ノーティファイアが NOTIFY リクエストで生成できる種類が一つもなければ、返すべきエラー応答は 406 である（RFC 6665 §4.1.2.1）。406 は OPTIONS への応答でも起こりうる。リクエスト側は返してほしいボディを Accept で示すべきとされ、応答にボディを入れるならその種類は Accept で決まる（RFC 3261 §11.1、§11.2）。ただし、そのボディは任意（MAY）なので、UAS はボディなしの 200 を返すこともできる。応答に特定の種類のボディを入れなければならないアプリケーションでも起こりうる。406 は、リソースが生成できる種類を示さない。RFC 3261 §21.4.7 は一覧を求めていない。この点で、受け付け可能な形式を Accept、Accept-Encoding、Accept-Language のいずれかで示さなければならない（MUST）[[415]] とは異なる（RFC 3261 §21.4.13）。クライアントにできるのは、Accept の範囲を広げるか、求めるものが application/sdp であれば Accept を外すことである。Accept がないとき、サーバは application/sdp を仮定すべきとされている（SHOULD、RFC 3261 §20.1）。',
          '混同されやすいコードが 3 つある。[[415]] は逆向きで、クライアントが送ったボディが、要求されたメソッドについてサーバが対応していない形式である場合に返り、415 は自身の Accept、Accept-Encoding、Accept-Language のいずれかのヘッダで受け付け可能な形式を示す（RFC 3261 §21.4.13）。[[488]] と [[606]] は、SDP オファーに記述されたセッション（コーデック、メディア、アドレス形式）を、この UA で、あるいは 6xx がユーザについての確定的な情報を示すことから、どこでも受け付けられないという応答である（RFC 3261 §21.4.26、§21.6、§21.6.4）。コーデックが一致しないことを理由に 406 を返すサーバは誤ったコードを使っており、発信者側の技術者はオファーではなく Accept ヘッダを調べることになってしまう。',
        ],
        scenarios: [
          '監視システムが、Accept に「text/plain」だけを入れた OPTIONS を、SDP ボディを前提に能力情報の応答を組み立てるゲートウェイへ送る。ボディを省こうとしないゲートウェイは 200 ではなく 406 を返し、監視側は正常なトランクを停止と判定してしまう。',
          'PBX やソフトフォンが、G.729 だけを提示した INVITE に [[488]] ではなく 406 を返す。発信側のログにはコンテンツネゴシエーションの失敗として記録され、488 を受けて別のコーデックを提示し直す自動処理は動かない。',
          'ゲートウェイが SIP 側から 406 を受け取る。RFC 3398 §8.2.6.1 はまずリクエストを直して送り直すよう求めている（SHOULD）が、直せるところが見つからないため、同節が、カプセル化された ISUP を含まない 406 に推奨する Q.850 の理由表示 79（その他のサービス又はオプションの未提供クラス）で PSTN の呼を解放する。PSTN 側の障害記録にはその原因しか残らず、SIP のトレースを見なければ Accept ヘッダが問題だったとは誰も気づかない。',
        ],
        fixes: [
          '406 を受けたリクエストの Accept ヘッダと、サーバが通常返すボディを比べる。サーバが生成する種類（OPTIONS なら一般に application/sdp、RFC 3261 §11.1）を追加するか、その種類が application/sdp であれば Accept ヘッダを外す。Accept がないとき、サーバは application/sdp を仮定すべきとされている（SHOULD、RFC 3261 §20.1）。',
          '経路上の SBC やヘッダ操作ルールが Accept を書き換えたり空にしたりしていないかを確認する。空の Accept は、受け付けられるボディの種類がないことをサーバに伝える（RFC 3261 §20.1）。',
          'INVITE への 406 で、実際の問題が SDP（共通のコーデックがない、メディアやトランスポートが非対応）にある場合は、[[488]] として切り分ける。応答した製品のベンダには、代わりに 488 を返し、オファーを拒否した理由を Warning ヘッダで示すよう求め（いずれも SHOULD、RFC 3261 §13.3.1.3）、他のどのエンドポイントも応答しないとわかっている場合は [[606]] を返すよう求める（RFC 3261 §21.6.4）。6xx は、宛先の端末だけでなく、そのユーザについての確定的な情報を示す応答である（RFC 3261 §21.6）。自社のスタックであれば修正する。',
        ],
      },
    },
  },
  {
    code: 407,
    phrase: 'Proxy Authentication Required',
    status: 'active',
    refs: ['RFC3261 §21.4.8'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §16.7', 'RFC3261 §21.4.2', 'RFC3261 §22.1', 'RFC3261 §22.2', 'RFC3261 §22.3', 'RFC3261 §22.4', 'RFC8760 §2.3'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'gateway'],
        refs: ['RFC3261 §21.4.2', 'RFC3261 §22.3', 'RFC3261 §21.4.8'],
        byRole: {
          proxy: ['RFC3261 §21.4.2', 'RFC3261 §22.3', 'RFC3261 §21.4.8'],
          gateway: ['RFC3261 §21.4.8'],
        },
      },
      methods: { value: 'any', except: ['CANCEL'], exceptRefs: ['RFC3261 §22.1'], refs: ['RFC3261 §21.4.8', 'RFC3261 §22.1'] },
      retry: { value: 'authenticate', refs: ['RFC3261 §22.3', 'RFC3261 §8.1.3.5'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Proxy-Authenticate',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §22.3',
        note: {
          en: 'Holds the challenger\'s Digest challenge (realm, nonce, qop, algorithm). One 407 can carry several: the challenger MAY offer one per digest algorithm for the same realm, the preferred one first (RFC 8760 §2.3), and after forking it carries the challenges of every branch that challenged (RFC 3261 §16.7).',
          ja: 'チャレンジする側のダイジェスト認証のチャレンジ（レルム、nonce、qop、algorithm）を運ぶ。1 つの 407 に複数入ることがある。チャレンジする側は同じレルムについてダイジェストのアルゴリズムごとに 1 つずつ、優先するものを先頭にして入れてよく（RFC 8760 §2.3）、フォーキングの後はチャレンジしたすべてのブランチのチャレンジが入る（RFC 3261 §16.7）。',
        },
      },
      {
        name: 'Proxy-Authorization',
        in: 'request',
        ref: 'RFC3261 §22.3',
        note: {
          en: 'Carries the answer to the challenge for one realm. A proxy MAY authenticate the originator of a request and can challenge one that comes without it with a 407 (RFC 3261 §22.3); when the proxy rejects the credentials it carries, the proxy may challenge again with another 407 or answer 403 (RFC 3261 §22.1).',
          ja: '1 つのレルムに対するチャレンジへの回答を運ぶ。プロキシはリクエストの送信元を認証してよく（MAY）、これのないリクエストには 407 でチャレンジできる（RFC 3261 §22.3）。載せた認証情報をプロキシが受け入れない場合、プロキシは再び 407 でチャレンジすることも、403 を返すこともできる（RFC 3261 §22.1）。',
        },
      },
    ],
    related: [401, 403],
    keywords: {
      en: ['authentication', 'digest', 'challenge', 'realm', 'nonce', 'stale nonce', 'wrong password', 'SIP trunk credentials'],
      ja: ['認証', 'ダイジェスト認証', 'プロキシ認証', 'チャレンジ', 'レルム', 'nonce', 'nonce の期限切れ', 'パスワード', 'パスワード誤り', 'SIP トランク'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'a', label: '407 Proxy Authentication Required' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'a', to: 'p', label: 'INVITE + Proxy-Authorization' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'The proxy challenges the first INVITE; the caller acknowledges the 407, sends the INVITE again with Proxy-Authorization, and the proxy forwards it to the callee.',
        ja: 'プロキシが最初の INVITE にチャレンジを返し、発信者は 407 に ACK を返したうえで Proxy-Authorization を付けた INVITE を送り直し、プロキシがそれを着信者へ転送する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74b43',
        'Max-Forwards: 70',
        'From: "Alice" <sip:alice@example.com>;tag=9fxced76sl',
        'To: <sip:bob@example.com>',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 407 Proxy Authentication Required',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74b43',
        'From: "Alice" <sip:alice@example.com>;tag=9fxced76sl',
        'To: <sip:bob@example.com>;tag=3flal12sf',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 1 INVITE',
        'Proxy-Authenticate: Digest realm="example.com", nonce="f84f1cec41e6cbe5aea9c8e88d359", algorithm=SHA-256, qop="auth"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Proxy-Authenticate'],
    },
    text: {
      en: {
        title: 'Proxy Authentication Required',
        summary:
          'A proxy on the path, or an element that guards access to a channel such as a telephony gateway, will not take the request further until the sender authenticates to it; send the request again with a Proxy-Authorization header that answers the challenge in Proxy-Authenticate.',
        description: [
          'A 407 is a challenge, not a refusal. The proxy that sends it has not passed the request on; it first wants the originator to prove its identity, and RFC 3261 §22.3 obliges it to put its challenge in a Proxy-Authenticate header; with Digest that is the realm, a nonce and, always, qop (RFC 3261 §22.4). The client SHOULD, if it is able, send the same request again with a Proxy-Authorization header computed for that realm (RFC 3261 §22.3, §8.1.3.5), and MUST increment the CSeq when it does (RFC 3261 §22.2).',
          'Whether a challenge arrives as [[401]] or as 407 depends on the role of the challenger, not on the request. User agent servers, registrars and redirect servers challenge with 401 and WWW-Authenticate; proxies challenge with 407 and Proxy-Authenticate and must never use 401 (RFC 3261 §21.4.2, §22.1). RFC 3261 §21.4.8 also allows 407 where what needs authentication is access to the communication channel, a telephony gateway for example, rather than the callee. The credentials travel in different headers too, and a proxy whose realm does not match the realm parameter of a Proxy-Authorization value MUST NOT consume that value, which is what allows several proxies in a chain to challenge the same request one after the other (RFC 3261 §22.3).',
          'Forking adds a twist: when several branches challenge, the forking proxy copies every WWW-Authenticate and Proxy-Authenticate value it received into the single 401 or 407 it forwards (RFC 3261 §16.7), and when the client retries, it MAY include credentials for each challenge (RFC 3261 §22.3). Unlike [[403]], which says that credentials will not help, a 407 invites another attempt; a second 407 after a correct-looking retry means, when it names the same realm, that the credentials were rejected or the nonce went stale, unless it comes from a proxy of that realm whose challenge the credentials did not answer: a forked request can reach several proxies of one domain sharing the realm, one 407 can then carry several challenges of that realm, and the client MAY answer each of them and SHOULD use the same credentials (RFC 3261 §22.3); when it names another realm, it means that a further proxy is challenging. Under RFC 3261 §22.1 a UAC MUST NOT re-attempt the request with credentials that have just been rejected, though it may retry the request if the nonce was stale.',
        ],
        scenarios: [
          'A softswitch that is both registrar and proxy for its phones challenges REGISTER with 401, as a registrar, and INVITE with 407, as a proxy. The phone answers with Proxy-Authorization, so a call it places without credentials shows INVITE, 407, ACK, INVITE, 100 Trying in the trace; that sequence is normal, not a failure. A UA configured with the realm of its outbound proxy MAY cache the credentials across dialogs (RFC 3261 §22.3), so a phone that sends them from the first INVITE may show no 407 at all.',
          'A SIP trunk provider challenges the outbound INVITEs of a customer PBX with 407. If the PBX has no credentials for that realm, for instance because the trunk was built for IP-address authentication only, it cannot answer and every outbound call fails at the first INVITE.',
          'An INVITE crosses an outbound proxy and then the provider\'s proxy, and each challenges in its own realm. After the client answers the first 407, a second 407 arrives naming a different realm: a new challenge to answer, not a rejected password.',
        ],
        fixes: [
          'Configure credentials for the realm in the challenge: compare the realm in Proxy-Authenticate with the one the device or trunk is set up for, check username and password, and send the request again with its CSeq incremented (MUST, RFC 3261 §22.2) and the same Call-ID, From and To (SHOULD, RFC 3261 §8.1.3.5).',
          'If 407 comes back after you answered it, read the new challenge before blaming the password. A different realm means another proxy is challenging, so answer both; stale=true says the request was rejected because its nonce was stale, so compute the response again with the new nonce; a server should set it only when the digest was valid for that nonce (RFC 2617 §3.2.1). A forked request that reached several proxies sharing one realm can bring back several challenges of that realm in one 407, and one your credentials did not answer is no refusal: you MAY answer each of them, and SHOULD use the same credentials (RFC 3261 §22.3). Otherwise, the same realm without stale means the credentials were rejected: do not send them again (RFC 3261 §22.1).',
          'If your server sends it: challenge with 407 and Proxy-Authenticate when acting as a proxy or when what you guard is access to a channel, such as a telephony gateway (RFC 3261 §21.4.8), and with 401 and WWW-Authenticate as a registrar or UAS; never challenge ACK or CANCEL (RFC 3261 §22.1); and when forking, if the response you forward is a 401 or 407, add to it every WWW-Authenticate and Proxy-Authenticate value of the other 401 and 407 responses you received (RFC 3261 §16.7).',
        ],
      },
      ja: {
        title: 'プロキシ認証が必要',
        summary:
          '経路上のプロキシ、または電話網ゲートウェイのように通信路へのアクセスを管理する装置が、送信元の認証が済むまでリクエストを先へ進めない。Proxy-Authenticate のチャレンジに答える Proxy-Authorization ヘッダを付けて送り直せばよい。',
        description: [
          '407 は拒否ではなくチャレンジである。この応答を返したプロキシはリクエストをまだ先へ送っておらず、まず送信元に身元の証明を求めている。RFC 3261 §22.3 により、プロキシは 407 にチャレンジを入れた Proxy-Authenticate ヘッダを付けなければならない。ダイジェスト認証なら、その中身はレルム（realm）、nonce、そして必ず qop である（RFC 3261 §22.4）。クライアントは、可能であれば、そのレルム用に計算した Proxy-Authorization ヘッダを付けて同じリクエストを送り直すべきであり（SHOULD、RFC 3261 §22.3、§8.1.3.5）、送り直す際は CSeq を増やさなければならない（MUST、RFC 3261 §22.2）。',
          'チャレンジが [[401]] で来るか 407 で来るかは、リクエストの種類ではなくチャレンジする側の役割で決まる。UAS、レジストラ、リダイレクトサーバは 401 と WWW-Authenticate で、プロキシは 407 と Proxy-Authenticate でチャレンジし、プロキシが 401 を使うことは禁じられている（RFC 3261 §21.4.2、§22.1）。RFC 3261 §21.4.8 は、着信者ではなく通信路へのアクセス（たとえば電話網ゲートウェイ）に認証が必要な場合にも 407 を使えるとしている。認証情報を載せるヘッダも異なり、Proxy-Authorization の値を、その値が示すレルムと自分のレルムが一致しないプロキシが消費してはならない（MUST NOT）。そのため、経路上に並んだ複数のプロキシが同じリクエストを順にチャレンジできる（RFC 3261 §22.3）。',
          'フォーキングが絡むと話が少し変わる。複数のブランチがチャレンジを返すと、フォーキングしたプロキシは受け取った WWW-Authenticate と Proxy-Authenticate の値をすべて、上流へ返す 1 つの 401 または 407 にまとめる（RFC 3261 §16.7）。クライアントは再試行する際、チャレンジごとに認証情報を付けてよい（MAY、RFC 3261 §22.3）。認証情報を出しても無駄だと告げる [[403]] と違い、407 は再度の試みを促す応答である。正しく答えたはずなのに再び 407 が返った場合、同じレルムなら認証情報が拒否されたか nonce が古くなったのである。ただし、送った認証情報の答えていないそのレルムのプロキシからのチャレンジであれば別である。フォーキングされたリクエストがそのレルムを共有する同じドメインの複数のプロキシに届くと、1 つの 407 に同じレルムのチャレンジが複数入りうる。クライアントはそのそれぞれに答えてよく（MAY）、同じ認証情報を使うべきである（SHOULD、RFC 3261 §22.3）。別のレルムなら経路上の別のプロキシがチャレンジしている。RFC 3261 §22.1 により、UAC は拒否されたばかりの認証情報でリクエストを再試行してはならない（MUST NOT）。ただし、nonce が古かった場合はリクエストを再試行してよい。',
        ],
        scenarios: [
          '配下の電話機に対してレジストラとプロキシを兼ねるソフトスイッチが、レジストラとして REGISTER には 401 で、プロキシとして INVITE には 407 でチャレンジする。電話機は Proxy-Authorization を付けて答えるので、認証情報を付けずに発信した呼では、トレースに INVITE、407、ACK、INVITE、100 Trying が並ぶ。これは正常な流れであり、障害ではない。アウトバウンドプロキシのレルムを設定された UA はその認証情報をダイアログをまたいでキャッシュしてよく（RFC 3261 §22.3）、最初の INVITE から認証情報を付けて送る電話機では 407 がまったく現れないこともある。',
          'SIP トランク事業者が、顧客 PBX からの発信 INVITE に 407 でチャレンジする。トランクを IP アドレス認証だけの前提で構築したなど、PBX にそのレルムの認証情報がなければチャレンジに答えられず、発信はすべて最初の INVITE で失敗する。',
          'INVITE がアウトバウンドプロキシを経て事業者のプロキシに届き、それぞれが自分のレルムでチャレンジする。クライアントが 1 つ目の 407 に答えると、別のレルムを示す 2 つ目の 407 が届く。これは答えるべき新しいチャレンジであり、パスワードが拒否されたわけではない。',
        ],
        fixes: [
          'チャレンジのレルムに対応する認証情報を設定する。Proxy-Authenticate のレルムと端末やトランクに設定したレルムを突き合わせ、ユーザ名とパスワードを確認する。そのうえで、CSeq を増やし（MUST、RFC 3261 §22.2）、Call-ID、From、To は変えずに（SHOULD、RFC 3261 §8.1.3.5）リクエストを送り直す。',
          '答えた後に再び 407 が返ってきたら、パスワードを疑う前に新しいチャレンジを読む。レルムが違えば別のプロキシのチャレンジなので両方に答える。stale=true は nonce の期限切れを理由に拒否されたことを示すので、新しい nonce で計算し直す。サーバが stale を true にするのは、その nonce に対するダイジェストが正しい場合だけにすべきだとされている（RFC 2617 §3.2.1）。フォーキングされたリクエストが同じレルムを共有する複数のプロキシに届くと、1 つの 407 にそのレルムのチャレンジが複数入ることがあり、送った認証情報が答えていないものは拒否ではない。それぞれに答えてよく（MAY）、同じ認証情報を使うべきである（SHOULD、RFC 3261 §22.3）。それ以外で、レルムが同じで stale もなければ認証情報が拒否されたのであり、同じ認証情報で送り直してはならない（RFC 3261 §22.1）。',
          '自分のサーバが送る側なら、407 と Proxy-Authenticate でチャレンジするのは、プロキシとして動くときと、電話網ゲートウェイのように通信路へのアクセスを管理するとき（RFC 3261 §21.4.8）にし、レジストラや UAS としては 401 と WWW-Authenticate を使う。ACK と CANCEL はチャレンジしてはならない（RFC 3261 §22.1）。フォーキングした場合、上流へ返す応答が 401 か 407 なら、受信した他の 401 と 407 にある WWW-Authenticate と Proxy-Authenticate の値をすべてそこへ加える（RFC 3261 §16.7）。',
        ],
      },
    },
  },
  {
    code: 408,
    phrase: 'Request Timeout',
    status: 'active',
    refs: ['RFC3261 §21.4.9'],
    seeAlso: [
      'RFC3261 §8.1.3.1',
      'RFC3261 §9.2',
      'RFC3261 §12.2.1.2',
      'RFC3261 §15.1.1',
      'RFC3261 §16.6',
      'RFC3261 §16.7',
      'RFC3261 §16.8',
      'RFC3261 §21.5.5',
      'RFC3263 §4.3',
      'RFC3398 §7.2.8',
      'RFC4320 §2.2',
      'RFC4320 §4.2',
      'RFC5057 §5.2',
      'RFC6665 §4.1.2.2',
    ],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'gateway', 'uas'],
        refs: ['RFC3261 §21.4.9', 'RFC3261 §16.7', 'RFC3398 §7.2.4.1'],
        byRole: {
          proxy: ['RFC3261 §16.7'],
          gateway: ['RFC3398 §7.2.4.1'],
          uas: ['RFC3261 §21.4.9'],
        },
      },
      methods: { value: ['INVITE'], refs: ['RFC4320 §4.2'], onlyFrom: 'transaction-stateful' },
      retry: { value: 'later', refs: ['RFC3261 §21.4.9'] },
      failover: { value: 'local-timeout', refs: ['RFC3263 §4.3', 'RFC3261 §8.1.3.1'] },
    },
    headers: [],
    related: [480, 504, 481, 487],
    keywords: {
      en: ['timeout', 'timed out', 'no response', 'no answer', 'Timer B', 'Timer C', 'Timer F', 'Q.850 cause 18'],
      ja: ['タイムアウト', '無応答', '応答なし', 'タイマ B', 'タイマ C', 'タイマ F', '呼出し無応答', '理由表示 18'],
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
        { from: 'p', to: 'b', label: 'INVITE', note: { en: 'retransmission', ja: '再送' } },
        { from: 'p', to: 'b', label: 'INVITE', note: { en: 'retransmission', ja: '再送' } },
        { from: 'p', to: 'a', label: '408 Request Timeout' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The proxy forwards the INVITE to a registered contact that no longer answers; when its retransmissions go unanswered and Timer B expires, it returns 408 to the caller.',
        ja: 'プロキシは登録済みのコンタクトへ INVITE を転送するが、再送にも応答がないままタイマ B が満了したため、発信者に 408 を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8e1f0b4',
        'Max-Forwards: 70',
        'From: "Alice" <sip:alice@example.com>;tag=58a1c39e',
        'To: <sip:bob@example.com>',
        'Call-ID: 9c41d7e2b05f@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 408 Request Timeout',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8e1f0b4',
        'From: "Alice" <sip:alice@example.com>;tag=58a1c39e',
        'To: <sip:bob@example.com>;tag=0d7f3b12',
        'Call-ID: 9c41d7e2b05f@192.0.2.10',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Request Timeout',
        summary:
          'No final response came in time: a server such as a proxy or gateway could not produce one within a suitable time (for example, it could not locate the user, or the far side did not answer), or the client\'s own transaction timer fired and its stack reports the timeout as a 408.',
        description: [
          'RFC 3261 §21.4.9 defines 408 loosely: the server could not produce a response within a suitable time, for example because it could not locate the user quickly enough, and the client may retry the same request unchanged later. A 408 in a log has one of two origins. On the wire, it comes from a server; a stateful proxy, for one, sends it to an INVITE when every target it tried ended without a final response: its client transactions timed out, or Timer C fired on an INVITE branch that had received no provisional response (RFC 3261 §16.6, §16.7, §16.8). A gateway that follows the mapping RFC 3398 recommends also sends it for ISUP cause 18, as described below. Off the wire, a user agent whose own Timer B or Timer F expires must act as if a 408 had arrived (RFC 3261 §8.1.3.1), so a stack\'s log can show "408" for requests the far end never answered at all.',
          'Inside a dialog the consequence can be drastic. RFC 3261 §12.2.1.2 says a UAC SHOULD terminate the dialog when a request inside it gets a 408, as it does for a [[481]], and a UAC whose BYE gets a 408 MUST consider the session and the dialog terminated (RFC 3261 §15.1.1). Later text narrows this for a dialog shared by several usages, such as a call and a subscription: RFC 5057 §5.2 says a timeout should affect only the usage the request belonged to, and 408 is not among the responses after which a subscriber must consider a refreshed subscription terminated (RFC 6665 §4.1.2.2). For requests other than INVITE, RFC 4320 §4.2 forbids transaction-stateful elements to send 408 at all: by the time it would arrive the client has timed out on its own, and the response only wastes network resources (RFC 4320 §2.2).',
          'Its neighbours mean different things. [[480]] says the callee is currently unavailable, and comes from the callee\'s end system or from a proxy or redirect server that knows the user but has no valid forwarding location for them (RFC 3261 §21.4.18); [[504]] says a server got no timely answer from an external server it consulted while processing the request (RFC 3261 §21.5.5); [[487]] answers an INVITE that a CANCEL or BYE terminated (RFC 3261 §21.4.25); the CANCEL may come from the caller or from a proxy, one cancelling its other branches (RFC 3261 §16.7) or one whose Timer C fired on a branch that had a provisional response (RFC 3261 §16.8). For gateways, RFC 3398 §7.2.4.1 recommends mapping ISUP cause 18 ("no user responding") to 408 and cause 19 ("no answer from the user") to 480. The ring-no-answer case belongs to 480: when a gateway gives up on a call that has been alerting without an answer, RFC 3398 §7.2.8 says it SHOULD send 480 to the SIP side and cause 19 to the telephone network.',
        ],
        scenarios: [
          'A phone sends INVITE through a proxy to a registered contact that disappeared without unregistering, for instance after losing Wi-Fi or when its NAT binding expired. The proxy\'s client transaction retransmits until Timer B fires after 64*T1 (32 seconds with the default T1), and with no other branch left the proxy answers the caller with 408.',
          'A SIP-to-PSTN gateway receives an ISUP REL with cause 18 "no user responding" from the telephone network and, following the RFC 3398 mapping, answers the INVITE with 408.',
          'A user agent logs "408 Request Timeout" for an OPTIONS keepalive or a REGISTER sent over UDP to a server that never answers, because the host is off or a firewall drops the packets. Nothing came back on the wire: Timer F expired and the stack reported it as 408 (RFC 3261 §8.1.3.1). Had a fatal ICMP error come back, or a TCP connection been refused, the stack would have had a fatal transport error, which it treats as 503 instead (same section).',
        ],
        fixes: [
          'First establish whether the 408 crossed the wire. If the capture shows no response at all, nobody answered the request or its retransmissions: check routing, DNS, firewalls, NAT pinholes for UDP, and whether the target is alive. That "408" came from your own stack\'s timer.',
          'Decide on failover by where the 408 came from. When your own Timer B or Timer F fired without any response at all, provisional or final, RFC 3263 §4.3 counts that as a failure of that server: the client SHOULD send the same request, with a new Via branch, to the next server in the list it got from DNS. A 408 received on the wire from a proxy is not one of the failures §4.3 lists, so RFC 3263 gives no reason to try another server of the same domain after it.',
          'If a proxy sent it, look downstream of that proxy, for instance for a contact that still points at a device that is gone, as in the first scenario. A shorter registration interval, or SIP Outbound flows with keepalives (RFC 5626 §5.4), let the proxy notice dead contacts sooner.',
          'If a 408 ends a call that was already up, the dialog is gone: a request inside it, such as a re-INVITE or UPDATE sent as a session refresh, got a 408 or no answer at all. Check the path of mid-dialog requests (Record-Route, reachability of the Contact behind NAT) rather than the route of the initial INVITE.',
          'If your server sends it: a transaction-stateful element MUST NOT answer a non-INVITE request with 408 (RFC 4320 §4.2). A proxy\'s Timer C must be larger than three minutes (RFC 3261 §16.6). When it fires and the proxy does not reset it, the proxy MUST behave as if a branch that has had no provisional response had received a 408, and MUST send CANCEL on a branch that has had one, even only 100 Trying (RFC 3261 §16.8); the UAS SHOULD then answer the INVITE with 487 (RFC 3261 §9.2).',
        ],
      },
      ja: {
        title: 'リクエストタイムアウト',
        summary:
          '期限内に最終応答が得られなかった。プロキシやゲートウェイなどのサーバが適切な時間内に応答を作れなかった場合（ユーザの所在を特定できなかった、先方が応答しなかったなど）と、クライアント自身のトランザクションタイマが切れてスタックがそれを 408 として報告した場合とがある。',
        description: [
          'RFC 3261 §21.4.9 の定義は緩やかで、サーバが適切な時間内に応答を作れなかった（たとえばユーザの所在を時間内に特定できなかった）ことを表すだけであり、クライアントは後で同じリクエストを変更せずに再試行してよい。ログに現れる 408 の発生源は 2 つに分かれる。ネットワーク上を流れる 408 はサーバが返すもので、たとえばステートフルプロキシは、INVITE を転送して試した宛先のどれからも最終応答が得られなかったときに返す。クライアントトランザクションがタイムアウトした場合や、暫定応答を一つも受けていない INVITE ブランチでタイマ C が満了した場合がこれにあたる（RFC 3261 §16.6、§16.7、§16.8）。後述のとおり、RFC 3398 が推奨する対応付けに従うゲートウェイも、ISUP の理由表示 18 を受けて 408 を返す。もう 1 つはネットワークに現れない 408 で、UA は自分のタイマ B やタイマ F が満了すると 408 を受信したものとして扱わなければならない（RFC 3261 §8.1.3.1）。そのため、相手が一度も応答しなかったリクエストでも、スタックのログには「408」が記録されうる。',
          'ダイアログ内では影響が大きくなりうる。RFC 3261 §12.2.1.2 は、ダイアログ内のリクエストに 408 を受けた UAC は [[481]] の場合と同じくダイアログを終了すべきである（SHOULD）とし、BYE に 408 を受けた UAC は、セッションもダイアログも終了したものとみなさなければならない（MUST、RFC 3261 §15.1.1）。ただし、INVITE による通話とサブスクリプションのように一つのダイアログを複数の用途で共有する場合について、後の RFC は影響の範囲を狭めている。RFC 5057 §5.2 は、タイムアウトの影響をそのリクエストが属する用途だけにとどめるべきだとしており、RFC 6665 §4.1.2.2 がサブスクリプションの更新について「終了したとみなさなければならない」応答として挙げる中に 408 は含まれていない。INVITE 以外のリクエストについては、RFC 4320 §4.2 がトランザクションステートフルな装置による 408 の送信そのものを禁じている。408 が届く頃にはクライアントがすでに自らタイムアウトしており、その応答はネットワーク資源を浪費するだけだからである（RFC 4320 §2.2）。',
          '隣り合うコードは意味が異なる。[[480]] は着信者が現在応じられないことを示し、着信者の端末のほか、ユーザを知っていても有効な転送先を持たないプロキシやリダイレクトサーバも返す（RFC 3261 §21.4.18）。[[504]] は、処理の途中で問い合わせた外部サーバから期限内に応答がなかったことを示す（RFC 3261 §21.5.5）。[[487]] は CANCEL や BYE で終了させられた INVITE への応答である（RFC 3261 §21.4.25）。その CANCEL は発信者からのこともプロキシからのこともあり、プロキシの場合は、ほかのブランチをキャンセルするとき（RFC 3261 §16.7）や、暫定応答を受けたブランチでタイマ C が満了したとき（RFC 3261 §16.8）である。ゲートウェイについては、RFC 3398 §7.2.4.1 が、ISUP の理由表示（cause 値）18（着ユーザレスポンスなし）を 408 に、19（着ユーザ呼出中／応答なし）を 480 に対応付けることを推奨している。呼び出したまま応答がない場合は 480 側であり、RFC 3398 §7.2.8 は、呼出し中のまま応答のない呼をゲートウェイが打ち切るとき、SIP 側に 480、電話網側に理由表示 19 を送るべきである（SHOULD）としている。',
        ],
        scenarios: [
          '電話機がプロキシ経由で INVITE を送るが、宛先の登録済みコンタクトは、Wi-Fi の切断や NAT バインディングの失効などで登録を解除しないまま消えている。プロキシのクライアントトランザクションは再送を続け、64*T1（既定の T1 で 32 秒）後にタイマ B が満了する。ほかにブランチが残っていなければ、プロキシは発信者に 408 を返す。',
          'SIP と PSTN を結ぶゲートウェイが、電話網から理由表示 18（着ユーザレスポンスなし）付きの ISUP REL を受け取り、RFC 3398 の対応付けに従って INVITE に 408 を返す。',
          'UA が、UDP で送った OPTIONS のキープアライブや REGISTER について「408 Request Timeout」をログに記録する。送信先のホストの電源が落ちているか、ファイアウォールがパケットを破棄しているため、サーバはまったく応答しない。ネットワーク上には何も返ってきておらず、タイマ F の満了をスタックが 408 として報告しただけである（RFC 3261 §8.1.3.1）。致命的な ICMP エラーが返ってきた場合や TCP 接続が拒否された場合は、スタックにとっては致命的なトランスポートエラーであり、408 ではなく 503 として扱われる（同節）。',
        ],
        fixes: [
          'まず、その 408 が実際にネットワークを流れたのかを確かめる。キャプチャに応答が 1 つもなければ、リクエストにもその再送にも誰も答えていない。ルーティング、DNS、ファイアウォール、UDP の NAT ピンホール、宛先の死活を確認する。その「408」は自分のスタックのタイマが出したものである。',
          'フェイルオーバーするかどうかは、408 の出どころで判断する。暫定応答も最終応答も一つも届かないまま自分のタイマ B やタイマ F が満了した場合、RFC 3263 §4.3 はそれをそのサーバの障害とみなし、クライアントは Via のブランチ ID を変えた同じリクエストを、DNS から得た一覧の次のサーバへ送るべきである（SHOULD）としている。プロキシから実際に受信した 408 は §4.3 が挙げる障害に当たらないため、RFC 3263 はそれを受けて同じドメインの別のサーバを試す理由を与えていない。',
          'プロキシが送った 408 なら、そのプロキシより先を調べる。たとえば 1 つ目の事例のように、もう存在しない端末を指したままのコンタクトがないかを確かめる。登録の間隔を短くするか、キープアライブ付きの SIP Outbound フロー（RFC 5626 §5.4）を使えば、プロキシは消えたコンタクトを早く検出できる。',
          '確立済みの通話が 408 で終わった場合、ダイアログはすでに失われている。セッションリフレッシュの re-INVITE や UPDATE など、ダイアログ内のリクエストが 408 を受けたか、まったく応答を得られなかったのであり、最初の INVITE の経路ではなく、ダイアログ内リクエストの経路（Record-Route、NAT 配下にある Contact への到達性）を確認する。',
          '自分のサーバが送る側なら、トランザクションステートフルな装置は INVITE 以外のリクエストに 408 を返してはならない（MUST NOT、RFC 4320 §4.2）。プロキシのタイマ C は 3 分より長くなければならない（RFC 3261 §16.6）。タイマ C が満了し、プロキシがそれを再設定しない場合、プロキシは、暫定応答を一つも受けていないブランチについては 408 を受けたものとして動作しなければならず、暫定応答を受けたブランチには、それが 100 Trying だけであっても CANCEL を送らなければならない（MUST、RFC 3261 §16.8）。UAS はその INVITE に 487 を返すべきである（SHOULD、RFC 3261 §9.2）。',
        ],
      },
    },
  },
  {
    code: 410,
    phrase: 'Gone',
    status: 'active',
    refs: ['RFC3261 §21.4.10'],
    seeAlso: ['RFC3261 §21.3.2', 'RFC3261 §21.4', 'RFC3261 §21.4.5', 'RFC3261 §21.6.3', 'RFC3398 §7.2.4.1', 'RFC3398 §8.2.6.1', 'RFC6665 §4.1.2.2', 'RFC6665 §4.2.2'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'gateway'],
        refs: ['RFC3261 §21.4.10', 'RFC6665 §4.1.2.2', 'RFC6665 §4.2.2', 'RFC3398 §7.2.4.1'],
        byRole: {
          // §21.4.10 names only "the server". RFC 6665 gives 410 as an answer to a refresh SUBSCRIBE (from the
          // notifier) and to a NOTIFY (from the subscriber), both user agents (§2). No section names a proxy with 410.
          uas: ['RFC3261 §21.4.10', 'RFC6665 §4.1.2.2', 'RFC6665 §4.2.2'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.10'] },
      retry: { value: 'never', refs: ['RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [404, 301, 604, 480],
    keywords: {
      en: ['number changed', 'disconnected number', 'number no longer in service', 'deleted account', 'Q.850 cause 22'],
      ja: ['番号変更', '廃止番号', '使われていない番号', 'アカウント削除', '理由表示 22'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'g', role: 'gateway' },
        { id: 'n', role: 'pstn' },
      ],
      steps: [
        { from: 'a', to: 'g', label: 'INVITE' },
        { from: 'g', to: 'a', label: '100 Trying' },
        { from: 'g', to: 'n', label: 'IAM' },
        { from: 'n', to: 'g', label: 'REL (cause 22)' },
        { from: 'g', to: 'n', label: 'RLC' },
        { from: 'g', to: 'a', label: '410 Gone' },
        { from: 'a', to: 'g', label: 'ACK' },
      ],
      caption: {
        en: 'A call to a number that has been changed: the telephone network releases it with cause 22 "number changed", and the gateway answers the INVITE with 410.',
        ja: '番号が変更された相手への呼を電話網が理由表示 22（相手加入者端末番号変更）で解放し、ゲートウェイは INVITE に 410 を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+81312345678@gw.example.com;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK2b6d8f0a',
        'Max-Forwards: 70',
        'From: <sip:+81355550100@example.com;user=phone>;tag=77c4e1a2',
        'To: <sip:+81312345678@gw.example.com;user=phone>',
        'Call-ID: 5e1b9d3f7a@198.51.100.20',
        'CSeq: 1 INVITE',
        'Contact: <sip:+81355550100@198.51.100.20:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 410 Gone',
        'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK2b6d8f0a',
        'From: <sip:+81355550100@example.com;user=phone>;tag=77c4e1a2',
        'To: <sip:+81312345678@gw.example.com;user=phone>;tag=gw0c3f58',
        'Call-ID: 5e1b9d3f7a@198.51.100.20',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Gone',
        summary:
          'The address once reached a user or resource, has been withdrawn for good, and the server knows of no new address to send the request to.',
        description: [
          'A 410 makes two statements at once: the address in the Request-URI used to be valid, and it is not coming back (RFC 3261 §21.4.10). It also admits that the server has nowhere to send the caller. That is the line between 410 and [[301]]: a server that knows the new address answers 301 with a Contact header instead.',
          'The permanence is the whole point. RFC 3261 §21.4.10 says that a server that does not know, or cannot tell, whether the condition is permanent SHOULD answer [[404]] instead. A client can therefore take 410 as grounds to delete the address from address books, speed dials and caches, and has no reason to try it again later. It says nothing about the person\'s other addresses: being a 4xx, it leaves other locations open, unlike [[604]], which states that the user does not exist anywhere.',
          'Telephone networks have a matching cause. RFC 3398 §7.2.4.1 recommends mapping Q.850 cause 22 "number changed" without a diagnostic to 410, as it does cause 23 "redirection to new destination"; when the release carries a new number in its diagnostic, it recommends [[301]] instead, and a gateway able to read that number SHOULD put it in Contact. In the other direction, RFC 3398 §8.2.6.1 recommends that a gateway receiving a 410 with no encapsulated ISUP release the PSTN call with cause 22.',
        ],
        scenarios: [
          'A call to a mobile or fixed number that was changed reaches the PSTN; the terminating exchange releases with cause 22 "number changed" and no new number, and the SIP gateway answers the INVITE with 410.',
          'An employee leaves and the PBX administrator marks the extension and SIP URI as deactivated rather than deleting them; the PBX answers INVITE and MESSAGE to that address with 410, so callers learn the address is permanently dead instead of getting 404.',
          'A presence client keeps sending SUBSCRIBE to a list URI that the service has retired; the server answers 410. The client has no reason to subscribe again on a timer and can drop the URI from its buddy list.',
        ],
        fixes: [
          'When you receive 410, stop using the address: remove it from directories, speed dials and routing tables, and find the new number or URI by other means; a 410 has no forwarding address to offer.',
          'If the number should still work, take it up with the terminating carrier and check your own routing for it. If a PSTN gateway sent the 410 in translating a release from the telephone network by the mapping RFC 3398 recommends, that release carried cause 22 without a diagnostic or cause 23, the only causes the mapping turns into 410 (RFC 3398 §7.2.4.1).',
          'If your server sends it: use 410 only for addresses you know are permanently withdrawn, answer 404 when you cannot tell (RFC 3261 §21.4.10), and answer 301 with the new Contact when you know where the user went.',
        ],
      },
      ja: {
        title: '宛先廃止',
        summary:
          'この宛先のユーザやリソースがかつて存在したものの恒久的に廃止されており、リクエストを送るべき新しい宛先もサーバが知らないことを示す。',
        description: [
          '410 は 2 つのことを同時に示す。Request-URI のアドレスがかつては有効だったこと、そして今後も復活しないことである（RFC 3261 §21.4.10）。さらに、発信者を案内できる移転先を持っていないことも認めている。ここが [[301]] との境目であり、新しいアドレスを知っているサーバは、410 ではなく Contact ヘッダを付けた 301 を返す。',
          '要点は恒久性にある。RFC 3261 §21.4.10 は、状態が恒久的かどうかを知らない、または判断する手段がないサーバは、代わりに [[404]] を返すべきである（SHOULD）としている。したがってクライアントは、410 をアドレス帳や短縮ダイヤル、キャッシュからそのアドレスを消す根拠として扱ってよく、後で同じアドレスを再び試す理由もない。ただし、同じ人物の別のアドレスについては何も示さない。410 は 4xx なので他の場所の探索は閉ざされず、ユーザがどこにも存在しないことを示す [[604]] とはこの点が異なる。',
          '電話網にも対応する理由表示がある。RFC 3398 §7.2.4.1 は、診断情報のない Q.850 の理由表示 22（相手加入者端末番号変更）を、理由表示 23（新しい宛先へのリダイレクト）と同じく 410 に対応付けることを推奨している。解放メッセージの診断情報に新番号があれば、代わりに [[301]] を推奨しており、その番号を読み取れるゲートウェイはそれを Contact に入れるべきである（SHOULD）。逆方向については、ISUP がカプセル化されていない 410 を受けたゲートウェイが、PSTN の呼を理由表示 22 で解放することを RFC 3398 §8.2.6.1 が推奨している。',
        ],
        scenarios: [
          '番号が変更された携帯・固定番号への呼が PSTN に到達し、着信側の交換機が新番号を含まない理由表示 22（相手加入者端末番号変更）で解放する。SIP ゲートウェイはこれを受けて INVITE に 410 を返す。',
          '社員の退職後、PBX 管理者が内線番号と SIP URI を削除せず「廃止」として設定する。PBX はそのアドレス宛の INVITE や MESSAGE に 410 を返すので、発信者は 404 ではなく、そのアドレスが恒久的に使えないことを知る。',
          'プレゼンスクライアントが、サービス側で廃止されたリスト URI に SUBSCRIBE を送り続け、サーバが 410 を返す。クライアントにはタイマで SUBSCRIBE をやり直す理由はなく、その URI をバディリストから外してよい。',
        ],
        fixes: [
          '410 を受信したら、そのアドレスの使用をやめる。電話帳、短縮ダイヤル、ルーティングテーブルから削除し、新しい番号や URI は別の手段で調べる。410 には案内できる移転先がない。',
          'まだ使えるはずの番号なら、着信側の事業者に問い合わせ、自分のルーティングも確認する。PSTN ゲートウェイが電話網からの解放を RFC 3398 の推奨する対応付けで変換して 410 を送ったのであれば、その解放の理由表示は 22（診断情報なし）または 23 である。この対応付けで 410 になる理由表示はこの 2 つだけである（RFC 3398 §7.2.4.1）。',
          '自分のサーバが送る側なら、410 は恒久的に廃止されたと分かっているアドレスだけに使う。判断できないときは 404 を返し（RFC 3261 §21.4.10）、ユーザの移転先を知っているなら新しい Contact を付けた 301 を返す。',
        ],
      },
    },
  },
  {
    code: 412,
    phrase: 'Conditional Request Failed',
    status: 'active',
    refs: ['RFC3903 §11.2.1'],
    seeAlso: ['RFC3903 §4.1', 'RFC3903 §4.2', 'RFC3903 §4.3', 'RFC3903 §5', 'RFC3903 §6', 'RFC3903 §8.1', 'RFC3903 §8.2', 'RFC3903 §11.3.1', 'RFC3903 §11.3.2', 'RFC2616 §10.4.13'],
    alsoSeen: [
      {
        phrase: 'Precondition Failed',
        source: {
          en: 'sofia-sip, the SIP stack of FreeSWITCH, which keeps the HTTP phrase for 412',
          ja: 'FreeSWITCH の SIP スタックである sofia-sip。HTTP の 412 の名称を使っている',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['esc'],
        refs: ['RFC3903 §6'],
        byRole: {
          esc: ['RFC3903 §6'],
        },
      },
      methods: { value: 'any', named: ['PUBLISH'], namedRefs: { PUBLISH: ['RFC3903 §5'] }, refs: ['RFC3903 §11.2.1', 'RFC3903 §5'] },
      retry: {
        value: 'modify',
        refs: ['RFC3903 §5'],
        // RFC 3903 §5 sets its own level for the EPA: MUST NOT reattempt, SHOULD publish anew (stronger than RFC 3261 §21.4).
        label: {
          en: 'The EPA MUST NOT reattempt the PUBLISH; it SHOULD perform an initial publication, without SIP-If-Match',
          ja: 'EPA は PUBLISH を再試行してはならず（MUST NOT）、SIP-If-Match のない最初の公開を行うべきである（SHOULD）',
        },
        next: {
          en: 'the EPA MUST NOT reattempt the PUBLISH request and MUST discard the entity-tag that produced the error; to publish event state, it SHOULD perform an initial publication, a PUBLISH without a SIP-If-Match header field',
          ja: 'EPA は PUBLISH リクエストを再試行してはならず（MUST NOT）、このエラーを招いたエンティティタグを破棄しなければならず（MUST）、イベント状態を公開するには、最初の公開、すなわち SIP-If-Match ヘッダのない PUBLISH を行うべきである（SHOULD）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'SIP-If-Match',
        in: 'request',
        ref: 'RFC3903 §4.1',
        note: {
          en: 'Names the entity-tag of the publication a PUBLISH refreshes, modifies or removes. 412 means the compositor holds no publication with that tag for this resource and event package (RFC 3903 §6).',
          ja: 'PUBLISH がリフレッシュ・変更・削除しようとするパブリケーションのエンティティタグを示す。412 は、このリソースとイベントパッケージについて、そのタグのパブリケーションが ESC に存在しないことを意味する（RFC 3903 §6）。',
        },
      },
    ],
    related: [580, 489, 423, 202],
    keywords: {
      en: ['PUBLISH', 'entity-tag', 'ETag', 'SIP-ETag', 'presence', 'event state publication'],
      ja: ['PUBLISH', '条件付き', 'エンティティタグ', 'ETag', 'SIP-ETag', 'プレゼンス', 'パブリッシュ', 'イベント状態'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'e', role: 'esc' },
      ],
      steps: [
        { from: 'a', to: 'e', label: 'PUBLISH + SIP-If-Match: dx200xyz' },
        { from: 'e', to: 'a', label: '412 Conditional Request Failed' },
        { from: 'a', to: 'e', label: 'PUBLISH', note: { en: 'initial publication, no SIP-If-Match', ja: '初回の PUBLISH、SIP-If-Match なし' } },
        { from: 'e', to: 'a', label: '200 OK + SIP-ETag: kwj449x' },
      ],
      caption: {
        en: 'A refresh quotes an entity-tag the compositor no longer holds; the client publishes afresh and keeps the new SIP-ETag.',
        ja: 'リフレッシュが ESC のもう保持していないエンティティタグを指定したため、クライアントは公開をやり直し、新しい SIP-ETag を保存する。',
      },
    },
    example: {
      request: [
        'PUBLISH sip:alice@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK652hsge',
        'Max-Forwards: 70',
        'From: <sip:alice@example.com>;tag=1234wxyz',
        'To: <sip:alice@example.com>',
        'Call-ID: 81818181@192.0.2.10',
        'CSeq: 2 PUBLISH',
        'Event: presence',
        'Expires: 3600',
        'SIP-If-Match: dx200xyz',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 412 Conditional Request Failed',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK652hsge',
        'From: <sip:alice@example.com>;tag=1234wxyz',
        'To: <sip:alice@example.com>;tag=x99ab',
        'Call-ID: 81818181@192.0.2.10',
        'CSeq: 2 PUBLISH',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['SIP-If-Match'],
    },
    text: {
      en: {
        title: 'Conditional Request Failed',
        summary:
          'The event state compositor has no publication for the resource and event package of the PUBLISH request matching the entity-tag in its SIP-If-Match header, for example because the publication has expired.',
        description: [
          'RFC 3903 lets a user agent publish event state, such as presence, to an event state compositor (ESC) with PUBLISH. Every successful PUBLISH is answered with a 2xx that carries a SIP-ETag header; later PUBLISH requests that refresh, modify or remove that state quote the tag in SIP-If-Match.',
          'When the tag in SIP-If-Match does not match any publication the compositor currently holds for the resource and event package of the request, it answers 412 (RFC 3903 §6). The case RFC 3903 §4.3 gives is a publication that has already expired because the refresh came too late. A compositor that restarted and lost its publications gives the same answer, and so does a tag that a later 2xx has replaced: every successful PUBLISH gets a new entity-tag (RFC 3903 §6).',
          'The mechanism is adapted from the entity-tags of HTTP/1.1, where a failed precondition is also answered 412 ("Precondition Failed", RFC 2616 §10.4.13), but SIP gives the header fields names of their own and allows one entity-tag per request (RFC 3903 §8.1). It has nothing to do with the QoS preconditions of RFC 3312: a UAS acting as answerer that cannot or will not meet those SHOULD refuse the offer with [[580]] (RFC 3312 §8).',
        ],
        scenarios: [
          'A softphone refreshes its presence with a PUBLISH that has no body and "SIP-If-Match: dx200xyz", but the refresh was sent after the publication\'s Expires interval ran out; the presence server answers 412.',
          'A presence server or IMS application server restarts and loses its publications. The next refresh or modification from every client carries a tag the server no longer knows, and each one gets 412.',
          'A client keeps quoting the entity-tag of its first publication, although each successful refresh returned a new SIP-ETag that replaces it (RFC 3903 §4.3); the compositor answers 412.',
        ],
        fixes: [
          'Do not send the failed PUBLISH again, and discard the entity-tag that produced the 412 (both MUST, RFC 3903 §5). To publish the state again, make an initial publication, a PUBLISH with no SIP-If-Match header (SHOULD, RFC 3903 §5), which MUST carry the event state in its body (RFC 3903 §4.2). Then store the new entity-tag that the 2xx returns in SIP-ETag, in place of the old one (RFC 3903 §4.1, §8.2), and quote it in SIP-If-Match when you refresh (RFC 3903 §4.3).',
          'Refresh before the publication expires: schedule refreshes from the Expires value the compositor returned in its 2xx, not the one you asked for (RFC 3903 §4.3).',
          'If 412 appears for every client at once, look at the compositor: a restart that loses its stored publications, or a failover to a server that does not share them, leaves every entity-tag without a match.',
        ],
      },
      ja: {
        title: '条件付きリクエスト失敗',
        summary:
          'PUBLISH のリソースとイベントパッケージについて、SIP-If-Match ヘッダに指定したエンティティタグに一致するパブリケーションがイベント状態コンポジタ（ESC）に存在しない。パブリケーションの有効期限切れなどが原因である。',
        description: [
          'RFC 3903 では、UA はプレゼンスなどのイベント状態を PUBLISH でイベント状態コンポジタ（ESC）に公開する。PUBLISH が成功すると 2xx 応答に SIP-ETag ヘッダが付き、その状態をリフレッシュ・変更・削除する以後の PUBLISH では、このタグを SIP-If-Match に入れて送る。',
          'SIP-If-Match のタグが、ESC がリクエストのリソースとイベントパッケージについて現在保持しているどのパブリケーションとも一致しない場合、ESC は 412 を返す（RFC 3903 §6）。RFC 3903 §4.3 が挙げるのは、リフレッシュが遅れてパブリケーションの有効期限がすでに切れていた場合である。ESC が再起動してパブリケーションを失った場合や、後の 2xx で置き換えられたタグを使った場合も同じ応答になる。PUBLISH が成功するたびに新しいエンティティタグが割り当てられるからである（RFC 3903 §6）。',
          'この仕組みは HTTP/1.1 のエンティティタグを取り入れたもので、HTTP でも前提条件が満たされないリクエストには 412（「Precondition Failed」、RFC 2616 §10.4.13）が返る。ただし SIP ではヘッダに独自の名前を付け、1 つのリクエストに指定できるエンティティタグを 1 つに限っている（RFC 3903 §8.1）。RFC 3312 の QoS プリコンディションとは関係がない。そのプリコンディションを満たせない、または満たすつもりのない、アンサー側として動作する UAS は、[[580]] でオファーを拒否すべきである（SHOULD、RFC 3312 §8）。',
        ],
        scenarios: [
          'ソフトフォンがボディなし・「SIP-If-Match: dx200xyz」付きの PUBLISH でプレゼンスをリフレッシュしたが、送信がパブリケーションの Expires を過ぎていたため、プレゼンスサーバが 412 を返す。',
          'プレゼンスサーバや IMS のアプリケーションサーバが再起動してパブリケーションを失う。各クライアントの次のリフレッシュや変更にはサーバが知らないタグが入っているため、すべて 412 になる。',
          'リフレッシュが成功するたびに新しい SIP-ETag が返り、古いタグを置き換える（RFC 3903 §4.3）にもかかわらず、クライアントが最初のパブリケーションのエンティティタグを使い続け、ESC が 412 を返す。',
        ],
        fixes: [
          '失敗した PUBLISH を再試行せず、412 の原因になったエンティティタグを破棄する（いずれも MUST、RFC 3903 §5）。状態を公開し直すときは、SIP-If-Match を付けない初回の PUBLISH を送るべきであり（SHOULD、RFC 3903 §5）、その PUBLISH はボディにイベント状態を入れなければならない（MUST、RFC 3903 §4.2）。そのうえで、2xx が SIP-ETag で返す新しいエンティティタグを古いものに代えて保存し（RFC 3903 §4.1、§8.2）、リフレッシュのときに SIP-If-Match に入れる（RFC 3903 §4.3）。',
          '有効期限が切れる前にリフレッシュする。リフレッシュ間隔は、要求した値ではなく ESC が 2xx で返した Expires の値から決める（RFC 3903 §4.3）。',
          'すべてのクライアントで同時に 412 が出る場合は ESC 側を調べる。保存していたパブリケーションを失う再起動や、パブリケーションを共有しないサーバへのフェイルオーバーが起きると、どのエンティティタグも一致しなくなる。',
        ],
      },
    },
  },
  {
    code: 413,
    phrase: 'Request Entity Too Large',
    status: 'active',
    refs: ['RFC3261 §21.4.11'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §18.1.1', 'RFC3261 §20.33', 'RFC3261 §21.5.7', 'RFC3428 §8'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy'],
        refs: ['RFC3261 §21.4.11', 'RFC3261 §8.1.3.5', 'RFC3261 §6'],
        byRole: {
          // §8.1.3.5 says the 413 means the body was longer than the UAS was willing to accept.
          uas: ['RFC3261 §21.4.11', 'RFC3261 §8.1.3.5'],
          // §21.4.11 names "the server"; §6 counts proxies among servers.
          proxy: ['RFC3261 §21.4.11', 'RFC3261 §6'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.11'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4', 'RFC3261 §8.1.3.5', 'RFC3261 §21.4.11'],
        // RFC 3261 §8.1.3.5 sets its own level for a 413: if possible, the UAC SHOULD retry without the body or with a shorter one.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); if possible, the UAC SHOULD retry without the body or with a shorter one, and if the response gives a Retry-After time, the client MAY try again after it',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、可能なら UAC はボディを省くか短くして再試行すべきである（SHOULD）。Retry-After があれば、クライアントはその時間の後に再試行してよい（MAY）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; if possible, the UAC SHOULD retry it as a new request, either omitting the body or using one of a smaller length; when the response carries Retry-After, the client MAY try again after that time',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、可能なら UAC は、ボディを省くかより短いボディにした新しいリクエストで再試行すべきであり（SHOULD）、応答に Retry-After があれば、クライアントはその時間の後に再試行してよい（MAY）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §21.4.11',
        when: { untestable: true },
        note: {
          en: 'Added when the size limit is only temporary, to say after how long the client may send the request again.',
          ja: 'サイズの制限が一時的な場合に付け、どれだけ待てばクライアントがリクエストを送り直してよいかを示す。',
        },
      },
      {
        name: 'Content-Length',
        in: 'request',
        ref: 'RFC3261 §20.14',
        note: {
          en: 'Declares the body size in bytes, so a server can refuse an oversized request as soon as it has read the headers.',
          ja: 'ボディの大きさをバイト単位で示す。サーバはヘッダを読んだ時点で過大なリクエストを拒否できる。',
        },
      },
    ],
    related: [513, 414, 415],
    keywords: {
      en: ['body too large', 'payload too large', 'message size limit', 'large SDP', 'MTU', 'UDP fragmentation'],
      ja: ['ボディサイズ', 'メッセージサイズ', 'サイズ超過', 'SDP が大きい', 'MTU', 'フラグメント'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE + SDP', note: { en: 'audio and video', ja: '音声と映像' } },
        { from: 's', to: 'a', label: '413 Request Entity Too Large' },
        { from: 'a', to: 's', label: 'ACK' },
        { from: 'a', to: 's', label: 'INVITE + SDP', note: { en: 'audio only', ja: '音声のみ' } },
        { from: 's', to: 'a', label: '100 Trying' },
      ],
      caption: {
        en: 'An SBC that caps the size of message bodies refuses an INVITE whose SDP offer is over its limit; the client acknowledges the 413 and offers again with a smaller SDP.',
        ja: 'ボディの大きさに上限を設けた SBC が、上限を超える SDP オファーを載せた INVITE を 413 で拒否し、クライアントはこれに ACK を返したうえで、より小さな SDP でオファーし直す。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/TCP 192.0.2.10:5060;branch=z9hG4bK4f2a7c61',
        'Max-Forwards: 70',
        'From: "Alice" <sip:alice@example.com>;tag=e61b0c9d',
        'To: <sip:bob@example.com>',
        'Call-ID: 0f9b7d3c1e@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060;transport=tcp>',
        'Content-Type: application/sdp',
        'Content-Length: 1609',
        '',
        'v=0',
        'o=- 4611731400430051336 2 IN IP4 192.0.2.10',
        's=-',
        't=0 0',
        'a=ice-ufrag:8hhY',
        'a=ice-pwd:asd88fgpdd777uzjYhagZg',
        'a=fingerprint:sha-256 A5:4D:CA:18:25:30:BB:1D:6D:13:2C:DE:D6:23:7B:2E:D9:1E:3F:72:1F:CB:19:71:17:44:94:D6:49:3C:9D:5C',
        'm=audio 50000 UDP/TLS/RTP/SAVPF 111 9 0 8 13 110 126',
        'c=IN IP4 192.0.2.10',
        'a=rtcp-mux',
        'a=setup:actpass',
        'a=candidate:1 1 udp 2122260223 192.0.2.10 50000 typ host',
        'a=candidate:2 1 udp 1686052607 203.0.113.7 61000 typ srflx raddr 192.0.2.10 rport 50000',
        'a=candidate:3 1 udp 41885439 198.51.100.99 49170 typ relay raddr 203.0.113.7 rport 61000',
        'a=candidate:4 1 tcp 1518280447 192.0.2.10 9 typ host tcptype active',
        'a=rtpmap:111 opus/48000/2',
        'a=fmtp:111 minptime=10;useinbandfec=1',
        'a=rtpmap:9 G722/8000',
        'a=rtpmap:0 PCMU/8000',
        'a=rtpmap:8 PCMA/8000',
        'a=rtpmap:13 CN/8000',
        'a=rtpmap:110 telephone-event/48000',
        'a=rtpmap:126 telephone-event/8000',
        'a=sendrecv',
        'm=video 50002 UDP/TLS/RTP/SAVPF 96 97 98 99',
        'c=IN IP4 192.0.2.10',
        'a=rtcp-mux',
        'a=setup:actpass',
        'a=candidate:1 1 udp 2122260223 192.0.2.10 50002 typ host',
        'a=candidate:2 1 udp 1686052607 203.0.113.7 61002 typ srflx raddr 192.0.2.10 rport 50002',
        'a=candidate:3 1 udp 41885439 198.51.100.99 49172 typ relay raddr 203.0.113.7 rport 61002',
        'a=candidate:4 1 tcp 1518280447 192.0.2.10 9 typ host tcptype active',
        'a=rtpmap:96 VP8/90000',
        'a=rtcp-fb:96 nack',
        'a=rtcp-fb:96 nack pli',
        'a=rtcp-fb:96 ccm fir',
        'a=rtpmap:97 rtx/90000',
        'a=fmtp:97 apt=96',
        'a=rtpmap:98 H264/90000',
        'a=fmtp:98 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
        'a=rtcp-fb:98 nack',
        'a=rtcp-fb:98 nack pli',
        'a=rtpmap:99 rtx/90000',
        'a=fmtp:99 apt=98',
        'a=sendrecv',
      ].join('\n'),
      response: [
        'SIP/2.0 413 Request Entity Too Large',
        'Via: SIP/2.0/TCP 192.0.2.10:5060;branch=z9hG4bK4f2a7c61',
        'From: "Alice" <sip:alice@example.com>;tag=e61b0c9d',
        'To: <sip:bob@example.com>;tag=8b2e4d70',
        'Call-ID: 0f9b7d3c1e@192.0.2.10',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Content-Length'],
    },
    text: {
      en: {
        title: 'Request Entity Too Large',
        summary:
          'The server refuses the request because its message body is larger than it is willing or able to process; send it again without the body or with a smaller one.',
        description: [
          'The objection in a 413 is to the body, not to the request line or the headers. RFC 3261 §21.4.11 defines it as a server\'s refusal to process a request whose body is larger than the server is willing or able to process, and lets the server close the connection (MAY) to stop the client from sending more. When the limit is only temporary, a buffer shortage under load for example, the server should add Retry-After to say when the client may try again.',
          'RFC 3261 §8.1.3.5 asks the UAC to retry, if it can, either without the body or with a shorter one, in a new transaction with a higher CSeq. What "shorter" means depends on the content: fewer codecs and ICE candidates in an SDP offer, a trimmed resource list, an instant message split over several MESSAGE requests, or large content moved to a session-mode transfer such as MSRP (RFC 4975).',
          'Two neighbours look alike. [[513]] Message Too Large is a 5xx about the size of the whole message, headers included, and [[414]] concerns only the Request-URI. A body that is merely too big for UDP is a different problem again: RFC 3261 §18.1.1 requires a request larger than 1300 bytes on a path of unknown MTU, or within 200 bytes of the path MTU, to go over a congestion-controlled transport such as TCP; this, the section says, prevents fragmentation of messages over UDP.',
        ],
        scenarios: [
          'A WebRTC client or softphone sends an INVITE whose SDP offers audio and video with a long codec list, many ICE candidates and DTLS fingerprints; an SBC that caps the size of message bodies answers 413.',
          'An IMS or enterprise messaging client sends a pasted image or a long text in a MESSAGE request, although outside a media session RFC 3428 §8 limits MESSAGE to 1300 bytes unless the client knows that no hop is a congestion-unsafe link or that the request stays 200 bytes below the lowest MTU on the path; the messaging server caps MESSAGE bodies and answers 413.',
          'A resource-list server sends a watcher a NOTIFY whose multipart/related body covers several hundred contacts, and the watcher\'s handset, whose receive buffer is smaller, rejects it with 413.',
        ],
        fixes: [
          'Send the request again with a smaller body: fewer codecs and candidates in the SDP, no optional body parts the peer does not need (such as a multipart alternative), or the content split across several requests (RFC 3261 §8.1.3.5).',
          'If Retry-After is present, the server is saying that the limit is temporary: after that time the client MAY try again (RFC 3261 §21.4.11).',
          'If your own SBC or proxy sends 413, compare its maximum message or body size with the largest legitimate SDP and MESSAGE bodies in your network. A limit sized for one Ethernet frame (about 1500 bytes) is too small: larger requests arrive over TCP or TLS, and RFC 3261 §18.1.1 requires implementations to be able to handle messages up to the maximum datagram size, for UDP 65,535 bytes including the IP and UDP headers.',
          'Large requests over UDP that simply vanish are not a 413 case: send them over TCP as RFC 3261 §18.1.1 requires.',
        ],
      },
      ja: {
        title: 'リクエストボディ過大',
        summary:
          'メッセージボディが、サーバが処理する意思または能力のある大きさを超えているため、リクエストが拒否された。ボディを省くか小さくして送り直す。',
        description: [
          '413 が問題にしているのはボディであり、リクエスト行やヘッダではない。RFC 3261 §21.4.11 は 413 を、ボディがサーバの処理する意思または能力のある大きさを超えているため、サーバがリクエストの処理を拒否していることを示す応答として定めている。サーバはクライアントにそれ以上送らせないよう接続を閉じてもよい（MAY）。負荷の高いときのバッファ不足のように制限が一時的なものなら、サーバは Retry-After を付けて、いつ再試行してよいかを示すべきである。',
          'RFC 3261 §8.1.3.5 は UAC に対し、可能であればボディを省くか短くして、CSeq を増やした新しいトランザクションで再試行するよう求めている。何を「短く」するかは内容による。SDP オファーのコーデックや ICE 候補を減らす、リソースリストを絞る、インスタントメッセージを複数の MESSAGE に分ける、大きなコンテンツは MSRP（RFC 4975）のようなセッションモードの転送に移す、といった方法がある。',
          '似たコードが 2 つある。[[513]] Message Too Large はヘッダを含むメッセージ全体の大きさに関する 5xx であり、[[414]] は Request-URI だけを対象とする。単に UDP には大きすぎるボディは、また別の問題である。RFC 3261 §18.1.1 は、パス MTU が不明で 1300 バイトを超えるリクエストや、パス MTU まで 200 バイト以内のリクエストを、TCP などの輻輳制御付きトランスポートで送るよう求めている。同節によれば、この規定は UDP でのメッセージのフラグメント化を防ぐためのものである。',
        ],
        scenarios: [
          'WebRTC クライアントやソフトフォンが、音声と映像の長いコーデックリスト、多数の ICE 候補、DTLS フィンガープリントを含む SDP を載せた INVITE を送り、ボディの大きさに上限を設けた SBC が 413 を返す。',
          'IMS や企業向けのメッセージングクライアントが、貼り付けた画像や長文を MESSAGE リクエストで送る。RFC 3428 §8 は、輻輳に対して安全でないリンクをどのホップでも通らないこと、またはリクエストが経路上の最小の MTU より 200 バイト以上小さいことをクライアントが知っている場合を除き、メディアセッション外の MESSAGE を 1300 バイトまでに制限している。メッセージングサーバは MESSAGE のボディに上限を設けており、413 を返す。',
          'リソースリストサーバが、数百件の連絡先を含む multipart/related ボディの NOTIFY をウォッチャに送り、受信バッファがそれより小さい端末が 413 で拒否する。',
        ],
        fixes: [
          'ボディを小さくして送り直す。SDP のコーデックや候補を減らす、相手に不要な省略可能なボディパート（multipart の代替表現など）を外す、内容を複数のリクエストに分ける、のいずれかである（RFC 3261 §8.1.3.5）。',
          'Retry-After が付いていれば、サーバは制限が一時的なものだと伝えている。クライアントはその時間が過ぎた後、再試行してよい（MAY、RFC 3261 §21.4.11）。',
          '自社の SBC やプロキシが 413 を返している場合は、最大メッセージサイズやボディサイズの設定を、ネットワーク内で正当に使われる最大の SDP や MESSAGE ボディと比べる。イーサネットのフレーム 1 個（約 1500 バイト）を前提にした上限は小さすぎる。それより大きなリクエストは TCP や TLS で届き、RFC 3261 §18.1.1 は、データグラムの最大サイズ（UDP では IP ヘッダと UDP ヘッダを含めて 65,535 バイト）までのメッセージを処理できることを実装に求めている。',
          'UDP で送った大きなリクエストが跡形もなく消える場合は 413 の問題ではない。RFC 3261 §18.1.1 が求めるとおり TCP で送る。',
        ],
      },
    },
  },
  {
    code: 414,
    phrase: 'Request-URI Too Long',
    status: 'active',
    refs: ['RFC3261 §21.4.12'],
    seeAlso: ['RFC3261 §19.1.1', 'RFC3261 §19.1.5', 'RFC3261 §21.4.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy'],
        refs: ['RFC3261 §21.4.12', 'RFC3261 §6'],
        byRole: {
          uas: ['RFC3261 §21.4.12'],
          // §21.4.12 names "the server"; §6 counts proxies among servers.
          proxy: ['RFC3261 §21.4.12', 'RFC3261 §6'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.12'] },
      retry: { value: 'modify', refs: ['RFC3261 §21.4', 'RFC3261 §21.4.12'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [413, 513, 416, 400],
    keywords: {
      en: ['URI too long', 'long Request-URI', 'URI length limit', 'URI parameters', 'escaped headers in URI'],
      ja: ['URI が長い', 'URI 長', 'リクエスト URI', 'URI パラメータ', '長さ制限'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'b2bua' },
        { id: 's', role: 'sbc' },
        { id: 'p', role: 'proxy' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE', note: { en: 'URI with application parameters', ja: 'アプリケーションのパラメータ付き URI' } },
        { from: 's', to: 'p', label: 'INVITE', note: { en: 'URI with SBC route parameters added', ja: 'SBC のルーティング用パラメータを追加した URI' } },
        { from: 'p', to: 's', label: '414 Request-URI Too Long' },
        { from: 's', to: 'p', label: 'ACK' },
        { from: 's', to: 'a', label: '414 Request-URI Too Long' },
        { from: 'a', to: 's', label: 'ACK' },
      ],
      caption: {
        en: 'A click-to-call application packs its data into URI parameters, the SBC appends its own, and the carrier\'s edge proxy refuses the INVITE with 414; each hop acknowledges the response.',
        ja: 'クリックトゥコールのアプリケーションがデータを URI パラメータに詰め込み、SBC がさらに独自のパラメータを追加したため、キャリアのエッジプロキシが INVITE を 414 で拒否し、各ホップがその応答に ACK を返す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+81312345678@carrier.example.net;user=phone;cid=7f3e9a1c4b2d8e60;campaign=spring-renewal-2024-outbound-b;agent=tokyo-queue-17;crm=acct-00421987-opp-55730192;tok=eyJhbGciOiJIUzI1NiJ9.eyJjYWxsIjoiN2YzZTlhMWM0YjJkOGU2MCIsInEiOiJ0a3lvLTE3In0.5nT2m9Qx7Lr0VbW1yK3dHcFjPz8aUeIo4sRtYgNhB6E;sbc-route=trunk-grp-04-osaka-primary;orig-zone=jp-east-2;sbc-leg=3b9d0e72a14c SIP/2.0',
        'Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK61c0e8a3',
        'Max-Forwards: 69',
        'From: <sip:+81355550100@sbc.example.com>;tag=b7e19c04',
        'To: <sip:+81312345678@carrier.example.net;user=phone>',
        'Call-ID: 4a7c2e9f1b@203.0.113.5',
        'CSeq: 1 INVITE',
        'Contact: <sip:+81355550100@203.0.113.5:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 414 Request-URI Too Long',
        'Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK61c0e8a3',
        'From: <sip:+81355550100@sbc.example.com>;tag=b7e19c04',
        'To: <sip:+81312345678@carrier.example.net;user=phone>;tag=ce5a0b93',
        'Call-ID: 4a7c2e9f1b@203.0.113.5',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Request-URI Too Long',
        summary:
          'The Request-URI is longer than the server is willing to interpret, so it refuses the request without processing it.',
        description: [
          'RFC 3261 §21.4.12 defines 414 as a server\'s refusal to service a request because its Request-URI is longer than the server is willing to interpret. SIP itself sets no maximum, so the limit is the server\'s own: a parser buffer, a database column, or a policy against oversized input. Only the request line is at fault; the headers and the body may be perfectly acceptable.',
          'Software that builds Request-URIs can make them long. Some applications and B2BUAs encode routing state, tokens or correlation IDs in the user part or in URI parameters, and elements that rewrite the Request-URI along the path may add parameters of their own; each addition is legal, but together they can cross a limit. Escaped header fields are another source. A URI taken from outside the request, such as a Refer-To or the Contact of a 3xx, may carry them after "?". Header fields are not allowed in a Request-URI (RFC 3261 §19.1.1, Table 1), and RFC 3261 §19.1.5 says that an implementation forming a request from such a URI should treat them as a wish to include those header fields in the message, deciding on each one. A client that copies them into the Request-URI instead sends a needlessly long URI.',
          'Keep 414 apart from [[413]], which is about the body, from [[513]], which covers a whole message that is too large, and from [[416]], which objects to the scheme of the URI rather than its length. A URI that is short enough but malformed calls for [[400]].',
        ],
        scenarios: [
          'A click-to-call or contact-centre application puts customer and campaign data into URI parameters of the INVITE Request-URI; after an SBC appends its own routing parameters, the carrier\'s edge proxy answers 414.',
          'In an attended transfer, the transferee builds its INVITE from a Refer-To URI that contains an escaped Replaces header but leaves the header inside the Request-URI instead of moving it into the request; the target PBX limits URI length and answers 414.',
          'A SIP load-testing or fuzzing tool sends requests with deliberately oversized Request-URIs, and a hardened proxy rejects them with 414 instead of spending memory on them.',
        ],
        fixes: [
          'Shorten the Request-URI: move application data out of URI parameters into header fields or the body, or keep it on the server and send only a short reference.',
          'When building a request from a URI that carries escaped headers, such as a 3xx Contact or a Refer-To, keep them out of the Request-URI, where RFC 3261 §19.1.1 does not allow them. RFC 3261 §19.1.5 says an implementation should treat them as a wish to include those header fields in the request, decide on each one, and should not honour From, Call-ID, CSeq, Via, Record-Route or Route.',
          'If your server sends 414, set the limit well above the longest legitimate URI in your traffic, log the rejected URI, and find out which element on the path keeps appending parameters.',
        ],
      },
      ja: {
        title: 'リクエスト URI 過長',
        summary:
          'Request-URI がサーバの解釈する意思のある長さを超えているため、サーバがリクエストを処理せずに拒否したことを示す。',
        description: [
          'RFC 3261 §21.4.12 は 414 を、Request-URI がサーバの解釈する意思のある長さを超えているため、サーバがリクエストの処理を拒否していることを示す応答として定めている。SIP 自体には長さの上限がないので、上限はサーバ側の事情で決まる。パーサのバッファ、データベースのカラム長、過大な入力を拒むポリシーなどである。問題はリクエスト行だけにあり、ヘッダやボディにはまったく問題がないこともある。',
          'Request-URI を組み立てるソフトウェアは、URI を長くしてしまうことがある。アプリケーションや B2BUA の中には、ルーティング状態、トークン、相関 ID などをユーザ部や URI パラメータに埋め込むものがあり、経路上で Request-URI を書き換える装置もそれぞれ独自のパラメータを加えることがある。一つひとつは正当でも、積み重なると上限を超えることがある。エスケープされたヘッダも原因になる。Refer-To や 3xx の Contact のように、リクエストの外から得た URI には、「?」の後にヘッダが含まれていることがある。URI のヘッダ部分は Request-URI では認められておらず（RFC 3261 §19.1.1 の表 1）、RFC 3261 §19.1.5 は、そうした URI からリクエストを組み立てる実装は、それらのヘッダをメッセージに含めたいという意思の表れとして扱い、ヘッダごとに応じるかどうかを決めるべきだとしている。ヘッダを Request-URI にそのまま写すクライアントは、不必要に長い URI を送ることになる。',
          'ボディを対象とする [[413]]、メッセージ全体が大きすぎることを示す [[513]]、長さではなく URI のスキームを拒否する [[416]] とは区別すること。長さは問題ないが構文が不正な URI には [[400]] がふさわしい。',
        ],
        scenarios: [
          'クリックトゥコールやコンタクトセンターのアプリケーションが、顧客情報やキャンペーン情報を INVITE の Request-URI の URI パラメータに入れる。SBC が独自のルーティングパラメータをさらに追加した結果、通信事業者のエッジプロキシが 414 を返す。',
          '打診転送で、被転送側がエスケープされた Replaces ヘッダを含む Refer-To の URI から INVITE を組み立てるが、そのヘッダをリクエストのヘッダに移さず Request-URI に残したまま送る。URI 長を制限している転送先の PBX が 414 を返す。',
          'SIP の負荷試験ツールやファジングツールが、意図的に巨大な Request-URI を持つリクエストを送る。堅牢化されたプロキシは、メモリを費やす代わりに 414 で拒否する。',
        ],
        fixes: [
          'Request-URI を短くする。アプリケーションのデータは URI パラメータからヘッダやボディに移すか、サーバ側に保持して短い参照だけを送る。',
          '3xx の Contact や Refer-To のように、エスケープされたヘッダを含む URI からリクエストを組み立てるときは、それらを Request-URI に入れない。RFC 3261 §19.1.1 は Request-URI にヘッダを認めていない。RFC 3261 §19.1.5 によれば、それらは「このヘッダをリクエストに含めてほしい」という要望として扱い、ヘッダごとに応じるかどうかを決めるべきである。ただし From、Call-ID、CSeq、Via、Record-Route、Route には応じるべきではない。',
          '自分のサーバが 414 を返している場合は、上限を実際のトラフィックで最も長い正当な URI より十分大きく設定し、拒否した URI をログに残して、どの装置がパラメータを追加し続けているかを突き止める。',
        ],
      },
    },
  },
  {
    code: 415,
    phrase: 'Unsupported Media Type',
    status: 'active',
    refs: ['RFC3261 §21.4.13'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §8.2.3', 'RFC3261 §13.3.1.3', 'RFC3261 §16.7', 'RFC3261 §20.11', 'RFC3261 §20.43', 'RFC3261 §21.4.26', 'RFC3204 §6', 'RFC3994 §4'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.4.13', 'RFC3261 §8.2.3'],
        byRole: {
          uas: ['RFC3261 §21.4.13', 'RFC3261 §8.2.3'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.13'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4.13', 'RFC3261 §8.1.3.5', 'RFC3261 §21.4'],
        // RFC 3261 §8.1.3.5 sets its own level for a 415: the UAC SHOULD retry with what the response accepts.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the UAC SHOULD retry with content of the types, encodings and languages listed in the Accept, Accept-Encoding and Accept-Language of the response',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、UAC は、応答の Accept・Accept-Encoding・Accept-Language に挙がったタイプ・エンコーディング・言語のコンテンツで再試行すべきである（SHOULD）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; the UAC SHOULD retry it as a new request, this time with content of the types listed in the Accept header of the response, in the encodings listed in its Accept-Encoding and in the languages listed in its Accept-Language',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、UAC は、応答の Accept に挙がったタイプ、Accept-Encoding に挙がったエンコーディング、Accept-Language に挙がった言語のコンテンツを使った新しいリクエストで再試行すべきである（SHOULD）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Accept',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §8.2.3',
        note: {
          en: 'Lists the body types the server understands; required whenever the 415 is about a body type it does not support.',
          ja: 'サーバが理解できるボディのタイプを列挙する。未対応のボディタイプを理由に 415 を返すときは必須。',
        },
        when: { untestable: true },
      },
      {
        name: 'Accept-Encoding',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §8.2.3',
        note: {
          en: 'Lists the content encodings the server understands; required when the refusal is about the Content-Encoding of the request.',
          ja: 'サーバが理解できるコンテンツエンコーディングを列挙する。リクエストの Content-Encoding が拒否の理由なら必須。',
        },
        when: { untestable: true },
      },
      {
        name: 'Accept-Language',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §8.2.3',
        note: {
          en: 'Lists the languages the server understands; required when the refusal is about the Content-Language of the body.',
          ja: 'サーバが理解できる言語を列挙する。ボディの Content-Language が拒否の理由なら必須。',
        },
        when: { untestable: true },
      },
      {
        name: 'Content-Type',
        in: 'request',
        ref: 'RFC3261 §20.15',
        note: {
          en: 'A body type the UAS does not understand, in a part that is not optional, provokes the 415 (RFC 3261 §8.2.3); this header names the MIME type of the body.',
          ja: 'UAS が理解できないボディのタイプが省略不可のパートにあると 415 になる（RFC 3261 §8.2.3）。このヘッダはボディの MIME タイプを示す。',
        },
      },
      {
        name: 'Content-Disposition',
        in: 'request',
        ref: 'RFC3261 §20.11',
        note: {
          en: 'With handling=optional, a UAS that does not understand the body part MUST ignore it instead of answering 415 (RFC 3204 §6, which RFC 3261 §20.11 refers to). A part without the parameter SHOULD be treated as required.',
          ja: 'handling=optional が付いていれば、ボディパートを理解できない UAS は、415 を返さずにそのパートを無視しなければならない（MUST、RFC 3204 §6。RFC 3261 §20.11 が参照する定義）。このパラメータのないパートは、required として扱うべきである（SHOULD）。',
        },
      },
    ],
    related: [488, 606, 406, 413],
    keywords: {
      en: ['Content-Type', 'MIME type', 'body type', 'unsupported content', 'multipart', 'Accept header', 'application/sdp'],
      ja: ['メディアタイプ', 'MIME タイプ', 'ボディの形式', 'コンテントタイプ', '非対応ボディ', 'マルチパート'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'MESSAGE (Content-Type: text/html)' },
        { from: 'b', to: 'a', label: '415 Unsupported Media Type + Accept' },
        { from: 'a', to: 'b', label: 'MESSAGE (Content-Type: text/plain)' },
        { from: 'b', to: 'a', label: '200 OK' },
      ],
      caption: {
        en: 'A chat client sends an HTML message to a desk phone that reads only plain text; the phone answers 415 with "Accept: text/plain", and the client sends the text again as text/plain.',
        ja: 'チャットクライアントがプレーンテキストしか扱えない卓上電話機へ HTML のメッセージを送ると、電話機は「Accept: text/plain」を付けた 415 を返し、クライアントは同じ内容を text/plain で送り直す。',
      },
    },
    example: {
      request: [
        'MESSAGE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776sgdkse',
        'Max-Forwards: 70',
        'From: "Alice" <sip:alice@example.com>;tag=49583',
        'To: <sip:bob@example.com>',
        'Call-ID: asd88asd77a@192.0.2.10',
        'CSeq: 1 MESSAGE',
        'Content-Type: text/html',
        'Content-Length: 43',
        '',
        '<p>The meeting moved to <b>15:00</b>.</p>',
      ].join('\n'),
      response: [
        'SIP/2.0 415 Unsupported Media Type',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776sgdkse',
        'From: "Alice" <sip:alice@example.com>;tag=49583',
        'To: <sip:bob@example.com>;tag=ab30317f1a784dc48ff824d0d3715d86',
        'Call-ID: asd88asd77a@192.0.2.10',
        'CSeq: 1 MESSAGE',
        'Accept: text/plain',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Content-Type', 'Accept'],
    },
    text: {
      en: {
        title: 'Unsupported Media Type',
        summary:
          'The server refuses the request because its body is in a format the server does not support for the requested method (its MIME type, content encoding or language), and the response lists the acceptable formats.',
        description: [
          'Despite the name, 415 is not about the audio or video streams of a call. "Media type" here is the MIME type of the SIP message body, as given by Content-Type, together with its Content-Encoding and Content-Language (RFC 3261 §8.2.3, §21.4.13). A UAS that meets a body it does not understand, in a part not marked optional, must reject the request with 415 and say what it does accept: Accept for types, Accept-Encoding for encodings, Accept-Language for languages.',
          'The client SHOULD then send the request again using only what those headers list (RFC 3261 §8.1.3.5). A proxy that picks a 4xx from the responses of a forked request SHOULD give preference to those that help the client resubmit it, such as 401, 407, 415, 420 and 484 (RFC 3261 §16.7). A UAS that does not understand a body part marked with Content-Disposition handling=optional MUST ignore it (RFC 3204 §6, the definition RFC 3261 §20.11 refers to), which is how a multipart body can carry extras that older peers skip.',
          'Do not confuse it with [[488]]. When the body is SDP and the UAS understands SDP but cannot accept the session it describes, because there is no common codec, no usable transport or an unsupported media line, a UAS rejecting an offer contained in an INVITE SHOULD answer 488, not 415 (RFC 3261 §13.3.1.3). [[606]] means the same, but for every location of the user, whereas a 488 applies only to the resource the Request-URI addressed and the request may succeed elsewhere (RFC 3261 §21.4.26, §21.6). 415 is for a body in a format the server does not support for the requested method (RFC 3261 §21.4.13), such as an application/isup part it does not support. [[406]] is the reverse situation: the server could answer, but not in a type that the Accept header of the request allows.',
        ],
        scenarios: [
          'A SIP-I or SIP-T gateway sends an INVITE with a multipart/mixed body holding SDP and an application/isup part marked handling=required; an enterprise SBC that does not support ISUP encapsulation answers 415 with "Accept: application/sdp, multipart/mixed", the body types it does understand.',
          'A chat client sends MESSAGE with Content-Type application/im-iscomposing+xml or text/html to a desk phone that only accepts text/plain; the phone answers 415 with "Accept: text/plain". After a 415 to an isComposing status message, the client MUST stop sending them (RFC 3994 §4).',
          'A phone relays key presses in INFO requests with Content-Type application/dtmf-relay, and the far-end PBX, which only understands application/dtmf, answers every INFO with 415.',
        ],
        fixes: [
          'Read the Accept, Accept-Encoding or Accept-Language header of the 415 and send the request again with a body the server lists, or without the unsupported part (RFC 3261 §8.1.3.5).',
          'For optional extras in a multipart body, mark the part with Content-Disposition handling=optional, so that a peer that does not understand it ignores it instead of rejecting the request (RFC 3261 §8.2.3; RFC 3204 §6).',
          'If your server answers a codec mismatch in an INVITE with 415, change it to 488, which SHOULD carry a Warning header explaining why the offer was rejected (RFC 3261 §13.3.1.3; §20.43 lists the SDP-related warning codes). Whenever you do send 415, include the header the RFC requires for the problem: Accept for a body type, Accept-Encoding for an encoding, Accept-Language for a language (RFC 3261 §8.2.3).',
        ],
      },
      ja: {
        title: '非対応のメディアタイプ',
        summary:
          'リクエストのボディが、要求されたメソッドについてサーバが対応していない形式（MIME タイプ、コンテンツエンコーディング、言語）であるため、サーバはリクエストを拒否する。応答には受け付け可能な形式が列挙される。',
        description: [
          '名前に反して、415 は通話の音声や映像のストリームについての応答ではない。ここでいう「メディアタイプ」は、Content-Type で示される SIP メッセージボディの MIME タイプのことであり、Content-Encoding と Content-Language も対象になる（RFC 3261 §8.2.3、§21.4.13）。理解できないボディを受け取り、そのパートが省略可能と示されていなければ、UAS は 415 でリクエストを拒否し、受け付けられるものを示さなければならない。タイプは Accept、エンコーディングは Accept-Encoding、言語は Accept-Language で示す。',
          'クライアントは、それらのヘッダに挙げられたものだけを使ってリクエストを送り直すべきである（SHOULD、RFC 3261 §8.1.3.5）。フォーキングしたリクエストの応答から 4xx を選ぶプロキシは、401、407、415、420、484 のように、クライアントがリクエストを送り直す助けになる応答を優先すべきである（SHOULD、RFC 3261 §16.7）。Content-Disposition に handling=optional が付いたボディパートを理解できない UAS は、そのパートを無視しなければならない（MUST、RFC 3204 §6。RFC 3261 §20.11 が参照する定義）。multipart ボディに、古い相手が読み飛ばせる追加情報を載せられるのはこのためである。',
          '[[488]] と混同しないこと。ボディが SDP で、UAS が SDP を理解したうえで記述されたセッションを受け入れられない場合（共通のコーデックがない、使えるトランスポートがない、対応していないメディア行があるなど）は、INVITE に含まれるオファーを拒否する UAS は 415 ではなく 488 を返すべきである（SHOULD、RFC 3261 §13.3.1.3）。[[606]] も意味は同じだが、488 が Request-URI の示すリソースだけに当てはまり、他の宛先では成功しうるのに対し、606 はそのユーザのどの宛先にも当てはまる（RFC 3261 §21.4.26、§21.6）。415 は、対応していない application/isup パートのように、ボディが要求されたメソッドについてサーバが対応していない形式である場合のための応答である（RFC 3261 §21.4.13）。[[406]] はその逆で、サーバは応答できるが、リクエストの Accept ヘッダが許す形式では返せないことを示す。',
        ],
        scenarios: [
          'SIP-I や SIP-T のゲートウェイが、SDP と handling=required の application/isup パートからなる multipart/mixed ボディ付きの INVITE を送る。ISUP のカプセル化に対応していない企業の SBC は、自らが理解できるボディのタイプを挙げた「Accept: application/sdp, multipart/mixed」を付けて 415 を返す。',
          'チャットクライアントが、Content-Type が application/im-iscomposing+xml や text/html の MESSAGE を、text/plain しか受け付けない卓上電話機に送る。電話機は「Accept: text/plain」を付けて 415 を返す。isComposing の状態メッセージに 415 が返った後は、クライアントはその送信をやめなければならない（MUST、RFC 3994 §4）。',
          '電話機が Content-Type が application/dtmf-relay の INFO でキー入力を伝えるが、application/dtmf しか理解しない相手の PBX が、すべての INFO に 415 を返す。',
        ],
        fixes: [
          '415 の Accept、Accept-Encoding、Accept-Language ヘッダを読み、サーバが挙げた形式のボディで、または非対応のパートを外してリクエストを送り直す（RFC 3261 §8.1.3.5）。',
          'multipart ボディに省略可能な追加情報を載せるときは、そのパートに Content-Disposition の handling=optional を付ける。理解できない相手は、リクエストを拒否せずにそのパートを無視する（RFC 3261 §8.2.3、RFC 3204 §6）。',
          '自分のサーバが INVITE のコーデック不一致に 415 を返しているなら 488 に改める。488 には、オファーを拒否した理由を示す Warning ヘッダを付けるべきである（RFC 3261 §13.3.1.3。SDP 関連の警告コードは RFC 3261 §20.43 にある）。415 を送るときは、問題に応じて RFC が必須とするヘッダを付ける。ボディのタイプなら Accept、エンコーディングなら Accept-Encoding、言語なら Accept-Language である（RFC 3261 §8.2.3）。',
        ],
      },
    },
  },
  {
    code: 416,
    phrase: 'Unsupported URI Scheme',
    status: 'active',
    refs: ['RFC3261 §21.4.14'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §8.2.2.1', 'RFC3261 §16.3', 'RFC3261 §16.7', 'RFC3261 §19.1.6', 'RFC5057 §5.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', recurse: 'sip-uri', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy'],
        refs: ['RFC3261 §21.4.14', 'RFC3261 §8.2.2.1', 'RFC3261 §16.3'],
        byRole: {
          uas: ['RFC3261 §21.4.14', 'RFC3261 §8.2.2.1'],
          proxy: ['RFC3261 §16.3'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.14'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4.14', 'RFC3261 §8.1.3.5', 'RFC3261 §21.4'],
        // RFC 3261 §8.1.3.5 sets its own level for a 416: the client SHOULD retry using a SIP URI.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the client SHOULD retry using a SIP URI',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、クライアントは SIP URI を使って再試行すべきである（SHOULD）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; it SHOULD retry the request as a new request, this time using a SIP URI',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、今度は SIP URI を使った新しいリクエストで再試行すべきである（SHOULD）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [404, 484, 400, 414],
    keywords: {
      en: ['tel URI', 'tel URL', 'URI scheme', 'user=phone', 'urn:service:sos', 'E.164', 'number normalization'],
      ja: ['URI スキーム', 'tel URI', '電話番号 URI', 'E.164', '番号正規化', 'スキーム非対応'],
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
        { from: 'p', to: 'b', label: 'INVITE tel:+81312345678' },
        { from: 'b', to: 'p', label: '416 Unsupported URI Scheme' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'b', label: 'INVITE sip:+81312345678@pbx.example.com' },
        { from: 'b', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
      ],
      caption: {
        en: 'A proxy that turned the target into a tel URI gets 416 from the PBX, acknowledges it and retries the same number as a SIP URI at the PBX\'s domain; the caller only sees the call ringing.',
        ja: '宛先を tel URI に書き換えたプロキシは PBX から 416 を受けると ACK を返し、同じ番号を PBX のドメインの SIP URI にして再試行するため、発信者には呼出し中であることしか見えない。',
      },
    },
    example: {
      request: [
        'INVITE tel:+81312345678 SIP/2.0',
        'Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK2d4790.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK0c9a3b71',
        'Max-Forwards: 69',
        'From: "Alice" <sip:alice@example.com>;tag=a1f57c02',
        'To: <sip:+81312345678@example.com;user=phone>',
        'Call-ID: 8d2f6a0c4e@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 416 Unsupported URI Scheme',
        'Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK2d4790.1',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK0c9a3b71',
        'From: "Alice" <sip:alice@example.com>;tag=a1f57c02',
        'To: <sip:+81312345678@example.com;user=phone>;tag=7e3c91d5',
        'Call-ID: 8d2f6a0c4e@192.0.2.10',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Unsupported URI Scheme',
        summary:
          'The server does not know the scheme of the Request-URI, such as tel: or urn:, and cannot process or route the request; the client should retry with a SIP URI.',
        description: [
          'The check behind 416 happens early, before the server looks for the user: a UAS and a proxy both inspect the scheme of the Request-URI and, if they do not understand it, should reject the request with 416 (RFC 3261 §8.2.2.1, §16.3). Examples are tel: for telephone numbers, urn: service URNs, and im: or pres: URIs. Only the Request-URI counts; RFC 3261 §8.2.2.1 recommends accepting a request even when its To header uses an unfamiliar scheme.',
          'The repair is built into SIP. RFC 3261 §8.1.3.5 says the client SHOULD retry with a SIP URI. A proxy that itself rewrote a sip: or sips: URI into another scheme and got 416 back should try the SIP form of the same target: for a tel URL, the telephone-subscriber part goes into the user part of a SIP URI at the domain it just tried (RFC 3261 §16.7, §19.1.6). A proxy that recurses this way SHOULD leave the 416 out of its response context (RFC 3261 §16.7), and a 416 left out of it does not reach the client.',
          'The scheme is the only thing 416 objects to. An unknown user in a known scheme gets [[404]], too few digits [[484]], a URI that cannot be parsed at all [[400]], and an overlong one [[414]]. A 416 is therefore about how the request was addressed (by dial-plan or number-normalization settings, for example), not about the called party. Inside a dialog it is more serious: the Request-URI refused is the remote target the peer itself set with its Contact, so RFC 5057 §5.1 counts 416 among the responses that destroy the dialog.',
        ],
        scenarios: [
          'An IMS network or a hosted-voice platform routes an INVITE with Request-URI tel:+81312345678 to an older IP-PBX that only accepts sip: URIs, and the PBX answers 416.',
          'A handset places an emergency call with Request-URI urn:service:sos (RFC 5031) through a proxy that has no support for service URNs; the proxy answers 416 instead of routing the call.',
          'A click-to-dial web page hands a tel: or callto: link to a softphone, which copies it unchanged into the Request-URI; the outbound proxy answers 416.',
        ],
        fixes: [
          'Turn the target into a SIP URI before sending, for a telephone number sip:+81312345678@carrier.example;user=phone (RFC 3261 §19.1.6), and retry in that form as RFC 3261 §8.1.3.5 advises.',
          'On a PBX or SBC that receives tel: URIs from an IMS or carrier trunk, either enable tel URI support or add a normalization rule at the edge that rewrites tel: into sip: with user=phone.',
          'If your proxy converts sip: into tel: towards a gateway or another network and gets 416, let it recurse with the SIP form of the number, as RFC 3261 §16.7 describes, instead of passing the 416 back to the caller.',
        ],
      },
      ja: {
        title: '非対応の URI スキーム',
        summary:
          'サーバが Request-URI のスキーム（tel: や urn: など）を知らず、リクエストを処理もルーティングもできない。クライアントは SIP URI で再試行すべきである。',
        description: [
          '416 の判定は、サーバがユーザを探すより前の早い段階で行われる。UAS もプロキシも Request-URI のスキームを調べ、理解できなければ 416 でリクエストを拒否すべきとされている（RFC 3261 §8.2.2.1、§16.3）。例としては、電話番号を表す tel:、サービス URN の urn:、im: や pres: の URI がある。対象は Request-URI だけであり、To ヘッダのスキームが見慣れないものでも、RFC 3261 §8.2.2.1 はリクエストを受け付けることを推奨している。',
          '修復の手段は SIP に組み込まれている。RFC 3261 §8.1.3.5 は、クライアントは SIP URI で再試行すべきである（SHOULD）としている。sip: や sips: の URI を自ら別のスキームに書き換えて中継したプロキシが 416 を受け取った場合は、同じ宛先の SIP 形式を試すべきである。tel URL なら telephone-subscriber 部分を SIP URI のユーザ部に入れ、ホスト部には直前に送った先のドメインを使う（RFC 3261 §16.7、§19.1.6）。こうして再帰処理したプロキシは 416 を応答コンテキストに加えるべきではなく（SHOULD NOT、RFC 3261 §16.7）、加えなかった 416 はクライアントに届かない。',
          '416 が問題にするのはスキームだけである。既知のスキームで未知のユーザなら [[404]]、桁数不足なら [[484]]、構文として解析できない URI なら [[400]]、長すぎる URI なら [[414]] になる。したがって 416 が示すのは、相手先ではなく、宛先の書き方の問題（たとえばダイヤルプランや番号正規化の設定）である。ダイアログ内では、より深刻である。拒否された Request-URI は相手自身が Contact で設定したリモートターゲットなので、RFC 5057 §5.1 は 416 をダイアログを破棄する応答に数えている。',
        ],
        scenarios: [
          'IMS 網やホスト型の音声プラットフォームが、Request-URI が tel:+81312345678 の INVITE を、sip: URI しか受け付けない古い IP-PBX にルーティングし、PBX が 416 を返す。',
          '端末が Request-URI を urn:service:sos（RFC 5031）として緊急通報を発信するが、経由したプロキシがサービス URN に対応しておらず、呼をルーティングせずに 416 を返す。',
          'クリックトゥダイヤルの Web ページが tel: や callto: のリンクをソフトフォンに渡し、ソフトフォンがそれをそのまま Request-URI に入れる。アウトバウンドプロキシは 416 を返す。',
        ],
        fixes: [
          '送信前に宛先を SIP URI に変換する。電話番号なら sip:+81312345678@carrier.example;user=phone の形にし（RFC 3261 §19.1.6）、RFC 3261 §8.1.3.5 のとおりこの形式で再試行する。',
          'IMS や通信事業者のトランクから tel: URI を受け取る PBX や SBC では、tel URI への対応を有効にするか、tel: を user=phone 付きの sip: に書き換える正規化ルールをエッジに追加する。',
          'ゲートウェイや他網に向けて sip: を tel: に変換しているプロキシが 416 を受け取った場合は、416 を発信者に返すのではなく、RFC 3261 §16.7 のとおり番号の SIP 形式で再帰処理させる。',
        ],
      },
    },
  },
  {
    code: 417,
    phrase: 'Unknown Resource-Priority',
    status: 'active',
    refs: ['RFC4412 §4.6.2'],
    seeAlso: ['RFC4412 §3.1', 'RFC4412 §3.2', 'RFC4412 §4.3', 'RFC4412 §4.7.1', 'RFC4412 §9', 'RFC3261 §8.2.2.3'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'gateway'],
        refs: ['RFC4412 §4.6.2', 'RFC4412 §1'],
        byRole: {
          uas: ['RFC4412 §4.6.2', 'RFC4412 §1'],
          proxy: ['RFC4412 §4.6.2', 'RFC4412 §1'],
          gateway: ['RFC4412 §4.6.2', 'RFC4412 §1'],
        },
      },
      methods: { value: 'any', refs: ['RFC4412 §4.6.2'] },
      retry: { value: 'resource-value', refs: ['RFC4412 §4.7.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Resource-Priority',
        in: 'request',
        ref: 'RFC4412 §3.1',
        note: {
          en: 'Carries namespace.priority values such as "dsn.flash" or "ets.0"; a 417 says the recipient recognised none of them and the request carried Require: resource-priority, so it could not be handled at default priority instead (RFC 4412 §4.6.2).',
          ja: '「dsn.flash」や「ets.0」のような「名前空間.優先度」の値を運ぶ。417 は、受信側がそのどれも認識できず、しかもリクエストに Require: resource-priority があったため、代わりに既定の優先度で処理することもできなかったことを示す（RFC 4412 §4.6.2）。',
        },
      },
      {
        name: 'Require',
        in: 'request',
        ref: 'RFC4412 §4.3',
        note: {
          en: 'With the option tag resource-priority the client insists that the recipient support the extension: a user agent that lacks it altogether MUST answer 420 (RFC 4412 §4.3), and a recipient that understands none of the values MUST answer 417 (RFC 4412 §4.6.2). Without the tag, a recipient that knows none of the values handles the request at default priority and sends no 417 (RFC 4412 §4.6.2).',
          ja: 'オプションタグ resource-priority を入れると、クライアントは受信側にこの拡張への対応を必須として求める。拡張そのものを実装していない UA は 420 を返さなければならず（MUST、RFC 4412 §4.3）、値をどれも理解できない受信側は 417 を返さなければならない（MUST、RFC 4412 §4.6.2）。このオプションタグがなければ、どの値も知らない受信側は既定の優先度でリクエストを処理し、417 は返さない（RFC 4412 §4.6.2）。',
        },
      },
      {
        name: 'Accept-Resource-Priority',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC4412 §4.6.2',
        note: {
          en: 'Included by local policy: lists the resource values the server is willing to process, which does not promise that a call using them will find resources (RFC 4412 §3.2). A client that retries SHOULD choose, from these, values it is authorised to use (RFC 4412 §4.7.1).',
          ja: 'ローカルポリシーに従って付ける。サーバが処理する意思のある Resource-Priority の値を列挙する。その値を使った呼が必ずリソースを得られるという意味ではない（RFC 4412 §3.2）。再試行するクライアントは、その中から自分に認められた値を選ぶべきである（SHOULD、RFC 4412 §4.7.1）。',
        },
      },
    ],
    related: [420, 421],
    keywords: {
      en: ['Resource-Priority', 'priority call', 'precedence', 'MLPP', 'GETS', 'WPS', 'ETS', 'emergency priority', 'Expectation Failed'],
      ja: ['優先呼', '優先度', 'リソース優先度', '重要通信', '緊急通報', 'MLPP', '名前空間'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'g', role: 'gateway' },
      ],
      steps: [
        { from: 'a', to: 'g', label: 'INVITE + Resource-Priority: dsn.flash' },
        { from: 'g', to: 'a', label: '417 Unknown Resource-Priority' },
        { from: 'a', to: 'g', label: 'ACK' },
        { from: 'a', to: 'g', label: 'INVITE + Resource-Priority: ets.0' },
        { from: 'g', to: 'a', label: '100 Trying' },
      ],
      caption: {
        en: 'A gateway that knows only the ets namespace rejects an INVITE that carries Resource-Priority: dsn.flash with Require: resource-priority and lists the values it accepts; the caller acknowledges the 417 and retries with ets.0, a listed value it is authorised to use.',
        ja: 'ets 名前空間しか扱わないゲートウェイが、Require: resource-priority を付けて Resource-Priority: dsn.flash を指定した INVITE を拒否して受け付ける値を列挙し、発信側は 417 に ACK を返したうえで、列挙された値のうち自分に認められた ets.0 を指定して再試行する。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12025550123@gw.example.com;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.40:5060;branch=z9hG4bK5e8a1f37',
        'Max-Forwards: 70',
        'From: <sip:+13015550100@example.org;user=phone>;tag=6f1d0b2c',
        'To: <sip:+12025550123@gw.example.com;user=phone>',
        'Call-ID: 3c8e0a6d2f@198.51.100.40',
        'CSeq: 1 INVITE',
        'Contact: <sip:+13015550100@198.51.100.40:5060>',
        'Require: resource-priority',
        'Resource-Priority: dsn.flash',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 417 Unknown Resource-Priority',
        'Via: SIP/2.0/UDP 198.51.100.40:5060;branch=z9hG4bK5e8a1f37',
        'From: <sip:+13015550100@example.org;user=phone>;tag=6f1d0b2c',
        'To: <sip:+12025550123@gw.example.com;user=phone>;tag=2a9f4c81',
        'Call-ID: 3c8e0a6d2f@198.51.100.40',
        'CSeq: 1 INVITE',
        'Accept-Resource-Priority: ets.0, ets.1, ets.2, ets.3, ets.4',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Resource-Priority', 'Require', 'Accept-Resource-Priority'],
    },
    text: {
      en: {
        title: 'Unknown Resource-Priority',
        summary:
          'The server recognises none of the namespace.priority values in the Resource-Priority header and, because the request carries Require: resource-priority, refuses it instead of handling it at normal priority.',
        description: [
          'RFC 4412 lets a request ask for preferential treatment. Its Resource-Priority header names one or more namespace.priority values, such as "dsn.flash" for military precedence or "ets.0" for a government emergency service, and elements that honour them can favour the call on trunks, in queues and at gateways. RFC 4412 §4.6.2 says what a recipient does when it understands none of the values, whether because the namespace is unknown or the priority level within it: without the option tag resource-priority in Require, it processes the request at default priority as if there were no Resource-Priority header; with the tag, it MUST reject the request with 417.',
          'A client that would rather have the request refused than processed at default priority by a recipient that understands none of its values says so with Require: resource-priority (RFC 4412 §4.3, §4.6.2). The tag does not make every element on the path honour the priority: proxies MAY ignore the Resource-Priority header (RFC 4412 §4.7.3). It is with this tag that 417 and [[420]] Bad Extension part: 420 comes from a user agent that does not implement the resource-priority extension at all (MUST, RFC 4412 §4.3; RFC 3261 §8.2.2.3), 417 from a user agent or proxy that implements it but understands none of the values in this request. The 417 may list what the server does accept in Accept-Resource-Priority (RFC 4412 §3.2, §4.6.2); a client that retries SHOULD choose, from that list, values it is authorised to use (RFC 4412 §4.7.1).',
          'Despite the number, it has nothing to do with HTTP\'s 417 Expectation Failed. Because it needs a request that carries both Resource-Priority and Require: resource-priority (RFC 4412 §4.6.2), it arises only where requests are marked for priority handling, such as defence networks with precedence levels, government emergency telecommunications and wireless priority services, and emergency-services networks using the esnet namespace (RFC 7135). On an ordinary trunk it points to a request from such a network that carries Require: resource-priority and met an element that implements RFC 4412 but knows none of its values.',
        ],
        scenarios: [
          'A defence-network softswitch sends an INVITE with "Resource-Priority: dsn.flash" and "Require: resource-priority" to a commercial gateway that knows only the ets and wps namespaces; the gateway answers 417 and lists the ets and wps values it accepts in Accept-Resource-Priority.',
          'A government emergency-service call enters a carrier\'s IMS carrying "Resource-Priority: ets.2" and "Require: resource-priority", and an application server provisioned for the wps namespace only has to reject the INVITE with 417.',
          'An emergency-services network marks calls with the esnet namespace (RFC 7135) and adds Require: resource-priority; a gateway towards a PSAP that implements RFC 4412 for other namespaces only answers 417. To complete the call, the originating network can retry it without Require: resource-priority, or with a value the gateway accepts and the network is authorised to use.',
        ],
        fixes: [
          'Read Accept-Resource-Priority in the 417, if present, and retry with a namespace and priority it lists that you are authorised to use (RFC 4412 §4.7.1), or, where your network and the other have agreed how their values correspond, translate yours at the boundary: RFC 4412 defines no such mapping and only mentions that an interworking function may one day need one (RFC 4412 §9).',
          'Decide in advance whether a call may proceed without priority. RFC 4412 §4.7.1 lets the UAC retry with the same or a different resource value (MAY); it says nothing about dropping priority. What RFC 4412 §4.6.2 does say is that without Require: resource-priority, a recipient that understands none of the values processes the request at default priority instead of answering 417: a request sent without that option tag is one such a recipient can still complete.',
          'If your server sends 417 for traffic that should pass, add the namespaces your network is expected to carry (dsn, drsn, q735, ets and wps from RFC 4412, esnet from RFC 7135) to its configuration. Requests without Require: resource-priority are already handled at normal priority when no value is known; for those with it, RFC 4412 §4.6.2 requires a 417 (MUST).',
        ],
      },
      ja: {
        title: '不明なリソース優先度',
        summary:
          'Resource-Priority ヘッダにある「名前空間.優先度」の値をサーバが一つも認識できず、リクエストに Require: resource-priority があるため、通常の優先度で処理せずに拒否した。',
        description: [
          'RFC 4412 では、リクエストが優先的な扱いを求めることができる。Resource-Priority ヘッダに「名前空間.優先度」の形式で 1 つ以上の値を入れ、たとえば軍用の優先順位なら「dsn.flash」、政府の緊急通信サービスなら「ets.0」と書く。これに対応する装置は、トランク、キュー、ゲートウェイでその呼を優先できる。RFC 4412 §4.6.2 は、未知の名前空間や、名前空間の中の知らない優先度のために、受信側がどの値も理解できない場合の扱いを定めている。Require にオプションタグ resource-priority がなければ、Resource-Priority ヘッダがないものとして既定の優先度で処理し、オプションタグがあれば 417 で拒否しなければならない。',
          '値をどれも理解できない受信側に既定の優先度で処理されるよりは、拒否されるほうを選ぶクライアントは、Require: resource-priority でそれを明示する（RFC 4412 §4.3、§4.6.2）。このタグを付けても、経路上のすべての装置が優先度を尊重するわけではない。プロキシは Resource-Priority ヘッダを無視してよい（MAY、RFC 4412 §4.7.3）。417 と [[420]] Bad Extension が分かれるのも、このタグがあるときである。420 は resource-priority 拡張そのものを実装していない UA が返し（MUST、RFC 4412 §4.3。RFC 3261 §8.2.2.3）、417 は拡張を実装してはいるが、このリクエストの値をどれも理解できない UA やプロキシが返す。417 には、サーバが受け付ける値を Accept-Resource-Priority（RFC 4412 §3.2、§4.6.2）で列挙してもよい。再試行するクライアントは、その中から自分に認められた値を選ぶべきである（SHOULD、RFC 4412 §4.7.1）。',
          '番号は同じでも、HTTP の 417 Expectation Failed とは関係がない。このコードは、Resource-Priority と Require: resource-priority の両方を持つリクエストにしか返らない（RFC 4412 §4.6.2）ため、現れるのはリクエストに優先処理の印を付けている環境に限られる。優先順位を持つ防衛網、政府の緊急通信サービスや無線優先サービス、esnet 名前空間（RFC 7135）を使う緊急通報網などである。一般のトランクで見かけた場合は、そうした網から入ってきた、Require: resource-priority を付けたリクエストが、RFC 4412 を実装してはいるがその値をどれも知らない装置に当たったことを示している。',
        ],
        scenarios: [
          '防衛網のソフトスイッチが「Resource-Priority: dsn.flash」と「Require: resource-priority」を付けた INVITE を、ets と wps の名前空間しか知らない商用ゲートウェイに送る。ゲートウェイは 417 を返し、受け付ける ets と wps の値を Accept-Resource-Priority に列挙する。',
          '政府の緊急通信サービスの呼が「Resource-Priority: ets.2」と「Require: resource-priority」付きで通信事業者の IMS に入るが、wps 名前空間だけが設定されたアプリケーションサーバは INVITE を 417 で拒否するしかない。',
          '緊急通報網が esnet 名前空間（RFC 7135）で呼に印を付け、Require: resource-priority も付ける。PSAP 向けのゲートウェイは RFC 4412 をほかの名前空間についてしか実装しておらず、417 を返す。発信側の網は、Require: resource-priority なしで再試行するか、ゲートウェイが受け付け、かつ自網に認められた値で再試行すれば、呼を通せる。',
        ],
        fixes: [
          '417 に Accept-Resource-Priority があれば読み、そこに挙げられた名前空間と優先度のうち、自分に認められたもので再試行する（RFC 4412 §4.7.1）。または、相手の網と値の対応を取り決めてあるなら、網の境界で自網の値を変換する。RFC 4412 はそのような対応付けを定めておらず、相互接続機能でいずれ必要になるかもしれないと触れているだけである（RFC 4412 §9）。',
          '優先度なしでも呼を通してよいかを前もって決めておく。RFC 4412 §4.7.1 は、同じまたは別の値での再試行を UAC に認めている（MAY）が、優先度をやめることには触れていない。一方、RFC 4412 §4.6.2 によれば、Require: resource-priority がなければ、値をどれも理解できない受信側は 417 を返さず、既定の優先度でリクエストを処理する。このオプションタグなしで送ったリクエストは、そのような受信側でも完了しうる。',
          '通すべきトラフィックに自分のサーバが 417 を返しているなら、網で扱うべき名前空間（RFC 4412 の dsn、drsn、q735、ets、wps、RFC 7135 の esnet）を設定に加える。Require: resource-priority のないリクエストは、知っている値がなくても通常の優先度で処理される。このオプションタグがあるリクエストには、知っている値がなければ 417 を返さなければならない（MUST、RFC 4412 §4.6.2）。',
        ],
      },
    },
  },
];
