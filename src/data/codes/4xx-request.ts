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
      'RFC3261 §12.2.1.2',
      'RFC3261 §14.1',
      'RFC3261 §16.3',
      'RFC3261 §18.1.1',
      'RFC3261 §18.3',
      'RFC3261 §19.1.2',
      'RFC3515 §2.4.1',
    ],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'registrar', 'gateway'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [],
    related: [415, 416, 420, 413, 513, 488],
    keywords: {
      en: ['malformed', 'syntax error', 'parse error', 'invalid request', 'missing header', 'Content-Length mismatch'],
      ja: ['構文エラー', 'パースエラー', '解析エラー', '形式不正', 'ヘッダ欠落', '不正な要求'],
    },
    text: {
      en: {
        title: 'Bad Request',
        summary:
          'The receiver could not parse the request or found it structurally invalid as a SIP message; the reason phrase should name the defect, and the request has to be corrected before it is sent again.',
        description: [
          'A 400 means the request is broken as a SIP message: a mandatory header is missing or duplicated, a header needed for processing cannot be parsed, the Request-URI violates the URI grammar, or the body does not match its Content-Length. RFC 3261 §21.4.1 asks the sender to describe the defect in the reason phrase itself, so a status line such as "SIP/2.0 400 Missing Max-Forwards" says far more than a bare "400 Bad Request". Read the whole status line in the trace, not only the number.',
          'Several rules call for it explicitly. A UDP datagram whose body ends before the byte count given in Content-Length SHOULD be answered with 400 (RFC 3261 §18.3). A registrar MUST refuse a REGISTER that combines "Contact: *" with other contacts or with a non-zero expiration (RFC 3261 §10.3, whose text calls it "400 (Invalid Request)"). A REFER with no Refer-To, or with more than one, MUST get 400 (RFC 3515 §2.4.1). And a UAC that receives a 4xx code it does not recognise handles it as 400 (RFC 3261 §8.1.3.2), which makes 400 the fallback meaning of the whole class.',
          'Only the transaction fails. A 400 to an initial INVITE ends the call attempt, but a 400 to a re-INVITE, UPDATE or INFO inside an established call leaves the dialog and the session as they were (RFC 3261 §14.1, §12.2.1.2). Unlike [[415]] (body type not supported), [[416]] (URI scheme unknown) or [[420]] (Require option tag unknown), which each name a specific capability the server lacks, 400 says the message itself is defective. Receivers can also be too strict: a proxy must not refuse a request because of a method or header it does not know, and a malformed header that plays no part in processing should be ignored rather than answered with 400 (RFC 3261 §16.3, §8.2.2).',
        ],
        scenarios: [
          'A softphone dials a feature code such as "*21#" and puts the "#" unescaped into the user part of the Request-URI. The URI grammar does not allow "#" there; it must travel as "%23" (RFC 3261 §19.1.2), so the carrier\'s SBC rejects the INVITE with 400.',
          'An INVITE offering many codecs, ICE candidates and SRTP keys grows past the path MTU and is still sent over UDP. A SIP ALG in a router, or a receive buffer sized for small datagrams, cuts it short; the body arrives shorter than Content-Length and the receiving proxy answers 400 (RFC 3261 §18.3).',
          'A header-manipulation rule on a B2BUA or SBC removes the Call-ID or duplicates the CSeq of INVITEs sent to a carrier. The carrier answers every call with 400 and a reason phrase naming the broken header.',
          'A transfer from an IP phone fails at once: the REFER it sends carries no Refer-To (or two of them), and the PBX answers 400 as RFC 3515 §2.4.1 requires.',
        ],
        fixes: [
          'Read the reason phrase and any Warning header of the 400. Then capture the request as the server actually received it, after every SBC, ALG and B2BUA on the path, not as your application logged it: the defect is often introduced on the way.',
          'Check the usual suspects: the mandatory headers To, From, CSeq, Call-ID, Max-Forwards and Via all present, and all but Via exactly once (RFC 3261 §8.1.1); URI characters escaped as the grammar requires (RFC 3261 §19.1.2); Content-Length equal to the byte count of the body; no "Contact: *" in a REGISTER unless Expires is 0.',
          'Move large messages to TCP or TLS: RFC 3261 §18.1.1 requires a congestion-controlled transport when a request comes within 200 bytes of the path MTU, or exceeds 1300 bytes when the MTU is unknown. Turning off the SIP ALG in the customer router often ends the truncation as well.',
          'Do not retry the identical request; correct it first. If your own server sends 400, make it name the problem in the reason phrase, and make sure it does not reject requests for unknown methods, unknown headers or malformed headers it does not need (RFC 3261 §16.3, §8.2.2).',
        ],
      },
      ja: {
        title: '不正なリクエスト',
        summary:
          '受信側がリクエストを SIP メッセージとして解析できない、または構造上不正と判断した。理由フレーズで欠陥の内容を示すべきとされ、修正しないまま送り直しても結果は変わらない。',
        description: [
          '400 は、リクエストが SIP メッセージとして壊れていることを示す。必須ヘッダの欠落や重複、処理に必要なヘッダの構文誤り、URI の文法に反する Request-URI、Content-Length と一致しないボディなどが該当する。RFC 3261 §21.4.1 は欠陥の内容を理由フレーズ自体に書くよう求めており、「SIP/2.0 400 Missing Max-Forwards」のようなステータス行は、単なる「400 Bad Request」よりはるかに多くの情報を持つ。トレースでは番号だけでなくステータス行全体を読むこと。',
          '400 を明示的に求める規定もある。UDP で受信したボディが Content-Length の示すバイト数より短ければ 400 を返すべきとされる（RFC 3261 §18.3）。「Contact: *」を他の Contact や 0 以外の有効期限と組み合わせた REGISTER は、レジストラが 400 で拒否しなければならない（RFC 3261 §10.3。本文では「400 (Invalid Request)」と書かれている）。Refer-To が無い、または複数ある REFER にも 400 を返さなければならない（RFC 3515 §2.4.1）。さらに UAC は認識できない 4xx を 400 として扱う（RFC 3261 §8.1.3.2）ため、400 は 4xx クラス全体の既定の意味でもある。',
          '失敗するのはそのトランザクションだけである。最初の INVITE への 400 は発信の失敗を意味するが、確立済みの通話内で送った re-INVITE、UPDATE、INFO への 400 では、ダイアログもセッションも元のまま残る（RFC 3261 §14.1、§12.2.1.2）。[[415]]（ボディの種類が非対応）、[[416]]（URI スキームが不明）、[[420]]（Require のオプションタグが不明）はサーバに欠けている特定の機能を示すが、400 はメッセージそのものの欠陥を示す。逆に受信側が厳しすぎるのも誤りである。プロキシは知らないメソッドやヘッダを理由にリクエストの中継を拒んではならず、処理に関係しない不正なヘッダは 400 を返さずに無視すべきとされる（RFC 3261 §16.3、§8.2.2）。',
        ],
        scenarios: [
          'ソフトフォンが「*21#」のような機能コードに発信し、Request-URI のユーザ部に「#」をエスケープせずに入れる。URI の文法ではこの位置に「#」は書けず「%23」として送る必要があるため（RFC 3261 §19.1.2）、通信事業者の SBC が INVITE を 400 で拒否する。',
          '多数のコーデック、ICE 候補、SRTP 鍵を載せた INVITE がパス MTU を超えたまま UDP で送られる。ルータの SIP ALG や、小さなデータグラムを前提にした受信バッファがメッセージを切り詰め、ボディが Content-Length より短くなったため、受信したプロキシが 400 を返す（RFC 3261 §18.3）。',
          'B2BUA や SBC のヘッダ操作ルールが、通信事業者へ送る INVITE から Call-ID を消したり CSeq を重複させたりする。事業者はすべての呼に 400 を返し、理由フレーズで壊れたヘッダの名前を示す。',
          'IP 電話機で転送を操作した直後に失敗する。送った REFER に Refer-To が無い（または 2 つある）ため、PBX が RFC 3515 §2.4.1 に従って 400 を返している。',
        ],
        fixes: [
          '400 の理由フレーズと Warning ヘッダを読む。そのうえで、アプリケーションのログではなく、経路上の SBC、ALG、B2BUA をすべて通過した後にサーバが実際に受け取ったリクエストをキャプチャする。欠陥は途中で作り込まれることが多い。',
          'よくある原因を確認する。必須ヘッダの To、From、CSeq、Call-ID、Max-Forwards、Via がすべてあり、Via 以外は 1 つずつか（RFC 3261 §8.1.1）、URI の文字が文法どおりエスケープされているか（RFC 3261 §19.1.2）、Content-Length がボディのバイト数と一致しているか、Expires が 0 でない REGISTER に「Contact: *」を入れていないか。',
          '大きなメッセージは TCP か TLS で送る。RFC 3261 §18.1.1 は、リクエストがパス MTU まで 200 バイト以内に迫る場合、または MTU が不明で 1300 バイトを超える場合に、輻輳制御のあるトランスポートを必須としている。利用者側ルータの SIP ALG を無効にすると、切り詰めも解消することが多い。',
          '同じリクエストをそのまま再試行せず、先に修正する。自分のサーバが 400 を返している場合は、理由フレーズで問題を示しているか、また知らないメソッドや知らないヘッダ、処理に不要な不正ヘッダを理由に拒否していないかを確認する（RFC 3261 §16.3、§8.2.2）。',
        ],
      },
    },
  },
  {
    code: 401,
    phrase: 'Unauthorized',
    status: 'active',
    refs: ['RFC3261 §21.4.2'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §16.7', 'RFC3261 §22.1', 'RFC3261 §22.2', 'RFC3261 §22.4'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'registrar', 'redirect-server'],
      methods: ['INVITE', 'BYE', 'REGISTER', 'OPTIONS', 'PRACK', 'UPDATE', 'SUBSCRIBE', 'NOTIFY', 'PUBLISH', 'REFER', 'MESSAGE', 'INFO'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'WWW-Authenticate',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §22.2',
        note: {
          en: 'Carries the challenge: scheme, realm, nonce and, from a compliant server, qop. Several values appear when a forking proxy has merged challenges from different branches.',
          ja: 'チャレンジ（方式、realm、nonce、準拠したサーバなら qop）を運ぶ。フォーキングしたプロキシが複数の分岐のチャレンジをまとめた場合は、複数の値が入る。',
        },
      },
      {
        name: 'Authorization',
        in: 'request',
        ref: 'RFC3261 §22.2',
        note: {
          en: 'The client\'s answer to the challenge. Without it the first 401 is expected; with it, a new 401 means the credentials were refused or the nonce went stale.',
          ja: 'チャレンジに対するクライアントの応答。これが無ければ最初の 401 は想定どおりであり、付けていても 401 が返るなら、認証情報が拒否されたか nonce が期限切れになっている。',
        },
      },
    ],
    related: [407, 403, 494],
    keywords: {
      en: ['authentication', 'digest', 'challenge', 'nonce', 'realm', 'wrong password', 'registration failed', 'auth loop'],
      ja: ['認証', 'ダイジェスト認証', 'チャレンジ', '認証エラー', 'パスワード間違い', '登録失敗', '認証ループ'],
    },
    text: {
      en: {
        title: 'Unauthorized',
        summary:
          'The user agent server or registrar wants the request authenticated: the response carries a WWW-Authenticate challenge, and the client is expected to send the request again with an Authorization header computed from it.',
        description: [
          '401 is a challenge, not a verdict. A user agent server, a registrar or a redirect server that wants to know who is asking rejects the request with 401 and MUST include at least one WWW-Authenticate header giving the scheme (Digest in practice), the realm and a nonce (RFC 3261 §22.2, §22.1). The client answers by sending the request again with an Authorization header for that realm and a CSeq one higher (RFC 3261 §8.1.3.5, §22.2). Most registrars challenge the first REGISTER of every device, so a 401 followed by a 200 is the normal shape of a successful registration.',
          'Proxies never send 401; they challenge with [[407]] and Proxy-Authenticate instead (RFC 3261 §21.4.2, §22.1). The distinction tells you which element wants credentials: a 401 comes from the far end or the registrar, a 407 from a proxy on the path. A forking proxy that collects several challenges returns one 401 or 407 and copies into it every WWW-Authenticate and Proxy-Authenticate value it received (RFC 3261 §16.7), so one 401 can hold challenges for several realms. ACK and CANCEL are never challenged (RFC 3261 §22.1).',
          'A second 401 to a request that already carried credentials means they were refused, unless the new challenge reports a stale nonce. The client MUST NOT send the same credentials again (RFC 3261 §22.1), and the server may answer [[403]] instead of challenging once more. That is the real line between the two codes: 401 invites the client to prove who it is, 403 says that proving it will not change the answer.',
        ],
        scenarios: [
          'An IP phone boots and sends REGISTER without credentials. The PBX or hosted registrar answers 401 with "WWW-Authenticate: Digest realm="pbx.example.com", nonce="...", qop="auth"", the phone sends the REGISTER again with an Authorization header and gets 200. With a wrong password the trace shows REGISTER, 401, REGISTER, 401, and then silence or a [[403]].',
          'A PBX places an outbound call over a SIP trunk, and the carrier\'s SBC, acting as the far-end UAS, challenges the INVITE with 401. The PBX must answer with the trunk\'s username and password rather than an extension\'s; the 401 is acknowledged with ACK like any other failure to an INVITE, and the new INVITE keeps the Call-ID with a higher CSeq.',
          'A registration that has worked for hours gets a 401 on a refresh: the registrar\'s nonce has expired and the challenge carries "stale=TRUE". The phone only has to compute a new response with the new nonce; prompting the user for the password at this point is a client bug.',
          'An INVITE forked to two devices in different realms comes back as a single 401 with two WWW-Authenticate headers (RFC 3261 §16.7). A client that answers only the first challenge is challenged again.',
        ],
        fixes: [
          'Compare the realm in the challenge with the realm your credentials are configured for, and check the authentication username: trunks and hosted PBXs often use an auth ID that differs from the extension number or the user part of From.',
          'If every attempt ends in 401, recompute the digest by hand from a trace: the uri parameter must be the Request-URI in quotes, qop, nc and cnonce must be sent when the challenge offers qop (RFC 3261 §22.4), and the algorithm must be one the server offered (MD5, or SHA-256 as added by RFC 8760).',
          'Answer each challenge once: send the request again with a new CSeq and the same Call-ID, To and From (RFC 3261 §8.1.3.5), retry automatically when the challenge says stale=TRUE, and stop instead of looping when the same credentials are refused.',
          'If your server sends the 401: always include WWW-Authenticate with a qop parameter (RFC 3261 §22.2, §22.4), never challenge ACK or CANCEL, and use [[407]] when the element is acting as a proxy. After repeated failures, answer [[403]] rather than challenging forever.',
        ],
      },
      ja: {
        title: '認証が必要',
        summary:
          'UAS またはレジストラがリクエストの認証を求めている。応答には WWW-Authenticate のチャレンジが入っており、クライアントはそこから計算した Authorization ヘッダを付けてリクエストを送り直すことが期待されている。',
        description: [
          '401 は判定ではなくチャレンジである。相手が誰かを確かめたい UAS、レジストラ、リダイレクトサーバは、リクエストを 401 で拒否し、方式（実際には Digest）、realm、nonce を示す WWW-Authenticate ヘッダを少なくとも 1 つ入れなければならない（RFC 3261 §22.2、§22.1）。クライアントはその realm 用の Authorization ヘッダを付け、CSeq を 1 つ増やして同じリクエストを送り直す（RFC 3261 §8.1.3.5、§22.2）。多くのレジストラは端末の最初の REGISTER を必ずチャレンジするため、401 の後に 200 が続くのは登録成功時の通常の流れである。',
          'プロキシは 401 を送らず、代わりに [[407]] と Proxy-Authenticate でチャレンジする（RFC 3261 §21.4.2、§22.1）。この違いから、どの要素が認証情報を求めているかがわかる。401 は着信側かレジストラから、407 は経路上のプロキシから来る。フォーキングしたプロキシは、集めたチャレンジを 1 つの 401 または 407 にまとめ、受信したすべての WWW-Authenticate と Proxy-Authenticate の値をそこへコピーする（RFC 3261 §16.7）。そのため 1 つの 401 に複数の realm のチャレンジが入ることがある。ACK と CANCEL がチャレンジされることはない（RFC 3261 §22.1）。',
          '認証情報を付けたリクエストに再び 401 が返った場合、新しいチャレンジが nonce の期限切れを示していない限り、その認証情報は拒否されている。クライアントは同じ認証情報で送り直してはならず（RFC 3261 §22.1）、サーバはチャレンジを繰り返す代わりに [[403]] を返してもよい。2 つのコードの本当の境界はここにある。401 は身元の証明を促し、403 は証明しても答えは変わらないと告げる。',
        ],
        scenarios: [
          'IP 電話機が起動し、認証情報なしで REGISTER を送る。PBX やクラウドのレジストラは「WWW-Authenticate: Digest realm="pbx.example.com", nonce="...", qop="auth"」付きの 401 を返し、電話機が Authorization ヘッダを付けて REGISTER を送り直すと 200 が返る。パスワードが誤っていれば、トレースには REGISTER、401、REGISTER、401 と並んだ後、何も続かないか [[403]] が現れる。',
          'PBX が SIP トランク経由で外線発信すると、着信側 UAS として動作する事業者の SBC が INVITE に 401 でチャレンジする。PBX は内線ではなくトランクのユーザ名とパスワードで応答しなければならない。401 は INVITE に対する他の失敗応答と同じく ACK で確認され、新しい INVITE は Call-ID を変えずに CSeq を増やして送られる。',
          '数時間問題なく動いていた登録が、リフレッシュ時に 401 を受ける。レジストラの nonce が期限切れとなり、チャレンジに「stale=TRUE」が入っている。電話機は新しい nonce で応答値を計算し直すだけでよく、ここで利用者にパスワード入力を求めるのはクライアントの不具合である。',
          '異なる realm に属する 2 台の端末へフォーキングされた INVITE が、WWW-Authenticate を 2 つ持つ 1 つの 401 として戻ってくる（RFC 3261 §16.7）。最初のチャレンジにしか応答しないクライアントは、再びチャレンジを受ける。',
        ],
        fixes: [
          'チャレンジの realm と、認証情報を設定した realm が一致しているかを比べ、認証ユーザ名も確認する。トランクやクラウド PBX では、認証 ID が内線番号や From のユーザ部と異なることが多い。',
          '毎回 401 で終わる場合は、トレースからダイジェストを手計算で検証する。uri パラメータが引用符付きの Request-URI であること、チャレンジが qop を示していれば qop、nc、cnonce を送っていること（RFC 3261 §22.4）、アルゴリズムがサーバの提示したもの（MD5、または RFC 8760 で追加された SHA-256）であることを確かめる。',
          '1 つのチャレンジには 1 回だけ応答する。CSeq を新しくし、Call-ID、To、From は変えずに送り直す（RFC 3261 §8.1.3.5）。チャレンジが stale=TRUE を示していれば自動で再試行し、同じ認証情報が拒否された場合はループせずに止める。',
          '自分のサーバが 401 を送る場合は、必ず qop パラメータ付きの WWW-Authenticate を入れ（RFC 3261 §22.2、§22.4）、ACK と CANCEL はチャレンジせず、プロキシとして動作している要素では [[407]] を使う。失敗が続いたら、いつまでもチャレンジせずに [[403]] を返す。',
        ],
      },
    },
  },
  {
    code: 402,
    phrase: 'Payment Required',
    status: 'active',
    refs: ['RFC3261 §21.4.3'],
    seeAlso: ['RFC3261 §21', 'RFC3261 §21.4', 'RFC3261 §8.1.3.5'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [],
    related: [403, 603, 503],
    keywords: {
      en: ['insufficient balance', 'no credit', 'prepaid', 'billing', 'out of funds', 'account suspended', 'top up'],
      ja: ['残高不足', 'プリペイド', '課金', '料金未払い', 'クレジット不足', 'アカウント停止'],
    },
    text: {
      en: {
        title: 'Payment Required',
        summary:
          'Registered but never given a meaning: RFC 3261 reserves 402 for future use, so a 402 seen on a network carries whatever the sending platform decided, most often "no credit".',
        description: [
          'SIP took its status codes from HTTP/1.1 (RFC 3261 §21), and 402 came along with the rest. RFC 3261 §21.4.3 defines nothing beyond "Reserved for future use", and no later RFC has given it a procedure, a header or a method. A standard SIP stack therefore has no special handling for it: the client treats it as a failure of the request and decides for itself whether trying again makes sense, which RFC 3261 §8.1.3.5 leaves open for 4xx codes without defined processing.',
          'In the field 402 appears where a billing system sits in the call path. Prepaid and wholesale carriers, calling-card platforms and some hosted PBXs return it when the account behind the caller has no balance or has reached a spending limit. Because the meaning comes from a private arrangement, the same code can stand for "top up", "account suspended" or "destination not in your plan" depending on who sent it; the reason phrase and any Warning text are the only clues.',
          'At the protocol level nothing separates 402 from [[403]]: both are final refusals by one server, and the same request should not be sent again unchanged (RFC 3261 §21.4). PSTN gateways usually translate it, like 403, into Q.850 cause 21 "call rejected" (the mapping RFC 3398 gives), so a caller on the far side of a gateway hears a generic rejection rather than a request to pay.',
        ],
        scenarios: [
          'A PBX sends an INVITE to an international number over a prepaid SIP trunk whose balance has run out. The carrier\'s softswitch answers "402 Payment Required", sometimes with a reason phrase of its own describing the account state, and the call fails before it rings.',
          'A calling-card or reseller platform built on a B2BUA checks the caller\'s credit for each destination and rejects calls to premium-rate or international ranges that the plan does not cover with 402.',
          'A SIP-to-PSTN gateway receives 402 from the softswitch behind it and releases the ISDN or ISUP call with cause 21; the PSTN caller hears a rejection tone or announcement, nothing about payment.',
        ],
        fixes: [
          'Check the account on the platform that sent the 402: balance, credit limit, suspension, and which destinations the plan covers. The Server header and the Via entries of the response show which element answered.',
          'Retrying on the same trunk will not succeed until the account is fixed. Whether a routing engine should move the call to another carrier is a business decision; RFC 3261 §21.4 only notes that a different server might accept the request.',
          'If you run the platform, document what your 402 means and give it a specific reason phrase, because peers without that arrangement see only an unexplained 4xx. Map it consistently at your gateways, for example to cause 21 as RFC 3398 does, so that PSTN-side records agree with SIP-side ones.',
        ],
      },
      ja: {
        title: '支払いが必要（予約コード）',
        summary:
          '登録されているが意味が定義されたことのないコード。RFC 3261 は将来の利用のために予約しているだけなので、実際に現れる 402 は送信側の基盤が独自に決めた意味、多くは「残高不足」を表す。',
        description: [
          'SIP は HTTP/1.1 のステータスコードを引き継いでおり（RFC 3261 §21）、402 もその一つとして入ってきた。RFC 3261 §21.4.3 が定めるのは「Reserved for future use」だけであり、後続の RFC も手順、ヘッダ、対象メソッドを与えていない。したがって標準的な SIP スタックに 402 固有の処理は無い。クライアントはリクエストの失敗として扱い、もう一度試す意味があるかを自分で判断する。処理が定義されていない 4xx について、RFC 3261 §8.1.3.5 はこの判断を実装に委ねている。',
          '現場で 402 が現れるのは、呼の経路に課金システムがある場合である。プリペイドや卸の通信事業者、コーリングカード基盤、一部のクラウド PBX は、発信者のアカウントに残高が無いときや利用上限に達したときにこれを返す。意味は個別の取り決めから来るため、送信元によって「チャージが必要」「アカウント停止中」「契約外の宛先」など内容が変わる。手がかりは理由フレーズと Warning の文面しかない。',
          'プロトコル上は 402 と [[403]] を区別するものは何も無い。どちらも 1 台のサーバによる最終的な拒否であり、同じリクエストを変更せずに送り直すべきではない（RFC 3261 §21.4）。PSTN ゲートウェイは 403 と同様に Q.850 の cause 21「call rejected」に変換するのが一般的で（RFC 3398 の対応表もそうなっている）、ゲートウェイの先にいる発信者には、支払いの要求ではなく一般的な拒否として伝わる。',
        ],
        scenarios: [
          'PBX が、残高の尽きたプリペイド SIP トランク経由で国際番号へ INVITE を送る。事業者のソフトスイッチが「402 Payment Required」を返し（アカウントの状態を示す独自の理由フレーズが付くこともある）、呼び出し音が鳴る前に発信が失敗する。',
          'B2BUA で構築されたコーリングカード基盤や再販事業者の基盤が、宛先ごとに発信者のクレジットを確認し、プランの対象外である高額番号や国際番号への呼を 402 で拒否する。',
          'SIP-PSTN ゲートウェイが背後のソフトスイッチから 402 を受け取り、ISDN や ISUP の呼を cause 21 で解放する。PSTN 側の発信者には拒否のトーンやアナウンスが流れ、支払いについては何も伝わらない。',
        ],
        fixes: [
          '402 を送った基盤でアカウントを確認する。残高、与信枠、停止状態、プランの対象となる宛先などである。どの要素が応答したかは、応答の Server ヘッダや Via の並びからわかる。',
          '同じトランクで再試行しても、アカウントが直るまでは成功しない。別の事業者へ経路を切り替えるかどうかは業務上の判断であり、RFC 3261 §21.4 は別のサーバなら受け付ける可能性があると述べているにすぎない。',
          '自分が基盤を運用している場合は、402 の意味を文書化し、具体的な理由フレーズを付ける。取り決めの無い相手には、理由のわからない 4xx としか見えないからである。ゲートウェイでの変換も統一し、たとえば RFC 3398 と同じく cause 21 に対応させれば、PSTN 側の記録と SIP 側の記録が食い違わない。',
        ],
      },
    },
  },
  {
    code: 403,
    phrase: 'Forbidden',
    status: 'active',
    refs: ['RFC3261 §21.4.4'],
    seeAlso: ['RFC3261 §8.2.2.1', 'RFC3261 §10.3', 'RFC3261 §15', 'RFC3261 §22.1'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'registrar', 'gateway'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'Authorization',
        in: 'request',
        ref: 'RFC3261 §22.1',
        note: {
          en: 'When the refused request carried credentials, 403 means they were rejected, or accepted for a user who may not do this; sending them again will not help.',
          ja: '拒否されたリクエストに認証情報が付いていた場合、403 はそれが拒否されたこと、または受け入れられたもののその操作を許されないユーザだったことを示す。同じものを送り直しても変わらない。',
        },
      },
    ],
    related: [401, 407, 404, 603, 503, 608],
    keywords: {
      en: ['rejected', 'access denied', 'not allowed', 'IP not allowed', 'ACL', 'call barring', 'blocked', 'wrong password', 'permission denied'],
      ja: ['拒否', 'アクセス拒否', '発信規制', '規制', 'IP 制限', '許可されていない', '権限なし', 'ブロック'],
    },
    text: {
      en: {
        title: 'Forbidden',
        summary:
          'The server understood the request and refuses to carry it out; unlike 401, sending credentials will not change the answer, and the request should not be repeated as it is.',
        description: [
          'With 403 a server says it understood the request and will not act on it, whatever credentials come with it. RFC 3261 §21.4.4 adds that authorization will not help and that the request SHOULD NOT be repeated. The specification itself uses the code in several places: a registrar MUST answer 403 when an authenticated user tries to change the bindings of an address-of-record it is not entitled to (RFC 3261 §10.3); a UAS that decides to turn away a request whose To header is not its own identity SHOULD use 403 (RFC 3261 §8.2.2.1); and a server that has just refused a client\'s credentials may answer 403 instead of challenging again (RFC 3261 §22.1).',
          'Operators stretch it further. SIP trunks and SBCs return 403 for a source address missing from the allow-list, a calling number the customer does not own, a barred destination class such as international or premium-rate numbers, or a suspended account. RFC 3261 §15 even names 403 as a good way for a phone to reject a call before answering, and ISUP gateways turn Q.850 cause 21 "call rejected" into 403 (the RFC 3398 mapping). The same three digits can therefore mean "wrong password", "not permitted" or "the callee said no"; a well-behaved server says which in the reason phrase.',
          'A 403 binds only the server that sent it; [[603]] is the code that claims to speak for the user everywhere. It is easily confused with [[401]], which asks for credentials and expects the request again with them, and with [[404]], which some PBXs send for unknown or mis-credentialled accounts. Using 403 for a temporary condition, such as a registrar that has run out of capacity, is a trap: clients read it as bad credentials and either give up or loop, where [[503]] with Retry-After would have told them to wait.',
        ],
        scenarios: [
          'After a router replacement, a customer\'s PBX starts sending calls from a new public IP address. The carrier\'s SBC does not recognise the source, does not even challenge, and answers every INVITE with 403.',
          'A contact-center platform puts a campaign number that is not assigned to its trunk into the From header. The carrier refuses each INVITE with 403 because the calling number does not belong to the customer.',
          'A phone with a mistyped password tries to register: 401, credentials, 401 again, and on the third attempt the registrar answers 403, as RFC 3261 §22.1 allows. Some registrars then also block the device\'s address for a while after repeated failures.',
          'A user presses "Reject" on an incoming call and the phone answers the INVITE with 403 rather than [[486]] or [[603]], which RFC 3261 §15 allows; a PSTN caller behind a gateway typically receives cause 21.',
        ],
        fixes: [
          'Read the reason phrase and any Warning header: carriers usually state whether the source IP, the calling number, the destination or the account was the problem. If there is nothing, the Server header and the Via entries show which element refused.',
          'On a trunk, confirm with the provider that your public IP, the number format in From and P-Asserted-Identity, and the dialled destination class are allowed on your account. For registrations, check that the authentication user is entitled to the address-of-record in To (RFC 3261 §10.3).',
          'Do not retry the same request automatically (RFC 3261 §21.4.4). A device that keeps sending REGISTER after 403 can get its address blocked; back off and raise an alarm instead.',
          'If your server sends 403: use [[401]] when valid credentials would make the request succeed and 403 only when they would not, use [[503]] with Retry-After for overload or capacity limits, and put the specific cause into the reason phrase.',
        ],
      },
      ja: {
        title: 'アクセス禁止',
        summary:
          'サーバはリクエストを理解したうえで実行を拒否している。401 と違い、認証情報を送っても答えは変わらず、同じリクエストをそのまま繰り返すべきではない。',
        description: [
          '403 は、サーバがリクエストを理解したうえで、どのような認証情報が付いていても実行しないと告げる応答である。RFC 3261 §21.4.4 は、認証しても結果は変わらず、リクエストを繰り返すべきではないとしている。RFC 自身もいくつかの箇所でこのコードを使う。認証済みユーザが権限の無いアドレスオブレコードのバインディングを変更しようとした場合、レジストラは 403 を返さなければならない（RFC 3261 §10.3）。To ヘッダが自分の ID ではないリクエストを断ると決めた UAS は 403 を使うべきとされ（RFC 3261 §8.2.2.1）、クライアントの認証情報を拒否した直後のサーバは、再びチャレンジする代わりに 403 を返してもよい（RFC 3261 §22.1）。',
          '事業者はこれをさらに広く使う。SIP トランクや SBC は、許可リストに無い送信元アドレス、顧客が保有していない発信番号、国際番号や高額番号など規制された宛先の種別、停止中のアカウントに対して 403 を返す。RFC 3261 §15 は、電話機が応答前に着信を拒否する手段としても 403 を挙げており、ISUP ゲートウェイは Q.850 の cause 21「call rejected」を 403 に変換する（RFC 3398 の対応表）。同じ 3 桁が「パスワード誤り」「許可されていない」「着信者が拒否した」のいずれでもありうるため、行儀の良いサーバは理由フレーズでどれかを示す。',
          '403 が拘束するのは、それを送ったサーバだけである。ユーザのすべての所在を代表して断るのは [[603]] である。認証情報を求め、それを付けた再送を期待する [[401]] や、一部の PBX が存在しないアカウントや認証情報の誤ったアカウントに返す [[404]] とも混同されやすい。容量を使い切ったレジストラのような一時的な状況に 403 を使うのは落とし穴である。クライアントは認証情報の誤りと解釈してあきらめるかループしてしまう。待つべきことを伝えるなら Retry-After 付きの [[503]] を使う。',
        ],
        scenarios: [
          'ルータを交換した後、顧客の PBX が新しいグローバル IP アドレスから発信するようになる。通信事業者の SBC は送信元を認識できず、チャレンジもせずにすべての INVITE に 403 を返す。',
          'コンタクトセンターの基盤が、トランクに割り当てられていないキャンペーン用の番号を From ヘッダに入れる。発信番号が顧客のものではないため、事業者は INVITE をすべて 403 で拒否する。',
          'パスワードを打ち間違えた電話機が登録を試みる。401、認証情報付きの再送、再び 401 と続き、3 回目にはレジストラが 403 を返す。RFC 3261 §22.1 が認める動作である。失敗が続いた端末のアドレスをしばらく遮断するレジストラもある。',
          '利用者が着信に対して「拒否」を押し、電話機が [[486]] や [[603]] ではなく 403 で INVITE に応答する。RFC 3261 §15 が認める使い方であり、ゲートウェイの先にいる PSTN の発信者には通常 cause 21 として届く。',
        ],
        fixes: [
          '理由フレーズと Warning ヘッダを読む。事業者は多くの場合、送信元 IP、発信番号、宛先、アカウントのどれが問題かを示している。何も書かれていなければ、Server ヘッダや Via の並びから拒否した要素を特定する。',
          'トランクでは、グローバル IP、From や P-Asserted-Identity の番号形式、発信先の種別がアカウントで許可されているかを事業者に確認する。登録では、認証ユーザが To のアドレスオブレコードを操作する権限を持っているかを確認する（RFC 3261 §10.3）。',
          '同じリクエストを自動で再試行しない（RFC 3261 §21.4.4）。403 の後も REGISTER を送り続ける端末はアドレスを遮断されることがあるため、間隔を空けて警報を上げる。',
          '自分のサーバが 403 を送る場合、正しい認証情報があれば成功するなら [[401]] を使い、そうでない場合に限って 403 を使う。過負荷や容量制限には Retry-After 付きの [[503]] を使い、具体的な原因を理由フレーズに書く。',
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
      'RFC3261 §20.33',
      'RFC3261 §21.4.10',
      'RFC3261 §21.4.23',
    ],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'registrar', 'redirect-server', 'gateway'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §20.33',
        note: {
          en: 'Optional: tells the caller when the called party expects to be reachable again. Rarely seen on a 404.',
          ja: '任意。着信側が再び到達可能になる見込みの時刻、つまり再試行してよい時期を発信者に伝える。404 に付くことはまれである。',
        },
      },
      {
        name: 'To',
        in: 'request',
        ref: 'RFC3261 §10.3',
        note: {
          en: 'In a REGISTER, the address-of-record to be bound; a 404 means it is not valid for the domain in the Request-URI.',
          ja: 'REGISTER ではバインドするアドレスオブレコードを示す。404 は、それが Request-URI のドメインでは有効でないことを意味する。',
        },
      },
    ],
    related: [480, 484, 410, 485, 604, 403],
    keywords: {
      en: ['user not found', 'unknown user', 'number not found', 'unallocated number', 'no such user', 'wrong number', 'dial plan', 'extension not found', 'number not in service'],
      ja: ['番号不明', '存在しない番号', '欠番', 'ユーザ不明', '未割当番号', 'ダイヤルプラン', '内線番号', '番号が使われていない'],
    },
    text: {
      en: {
        title: 'Not Found',
        summary:
          'The server knows for certain that the user in the Request-URI does not exist in its domain, or it does not handle that domain at all.',
        description: [
          'The server answering 404 claims definite knowledge about the address, not about the user\'s current state: the user does not exist in the domain of the Request-URI, or that domain is not one the server handles (RFC 3261 §21.4.5). A proxy MUST send it when the Request-URI names a resource of its own that does not exist (RFC 3261 §16.5); a registrar MUST send it when the address-of-record in the To header of a REGISTER is not valid for the domain in the Request-URI (RFC 3261 §10.3); and a UA SHOULD send it for a Request-URI it does not accept requests for, such as an outdated contact address (RFC 3261 §8.2.2.1).',
          'Its neighbours each say something more precise. [[480]] is for a user the server knows but cannot reach now, for example one with no current registration; RFC 3261 §16.5 makes 480 the preferred answer when the target set ends up empty. [[484]] means too few digits, [[410]] means the user existed and is permanently gone (with 404 as the fallback when the server cannot tell, RFC 3261 §21.4.10), [[485]] lists ambiguous matches, and [[604]] states with authority that the user exists nowhere. PSTN gateways commonly map Q.850 cause 1 "unallocated number" to 404 and back (RFC 3398).',
          'On a forked INVITE, a 404 from one branch does not stop the others: the proxy keeps collecting responses and, if every branch fails, normally returns one from the lowest class it received (RFC 3261 §16.7). A 404 may carry Retry-After to say when the called party expects to be reachable (RFC 3261 §20.33), though few servers use it. Because many PBXs and carriers also answer 404 for accounts that do not exist or are misconfigured, a 404 to REGISTER is usually a domain or username problem rather than a routing one.',
        ],
        scenarios: [
          'A user dials an extension that is not in the IP-PBX dial plan. The PBX, acting as the proxy for its own domain, answers the INVITE with 404.',
          'A call to a PSTN number reaches the terminating carrier, whose switch reports the number as unallocated. The SIP gateway translates Q.850 cause 1 into 404, and the originating PBX plays a "number not in service" announcement.',
          'An IP phone sends REGISTER to "sip:192.0.2.10" with To "sip:1001@pbx.example.com". The registrar serves only pbx.example.com and does not treat the IP address as that domain, so the REGISTER gets 404 (RFC 3261 §10.3).',
          'After a NAT binding changes, a proxy keeps sending calls to the old registered contact of a phone. The device now answering at that address (or the phone itself, if its contact has changed) does not accept requests for that Request-URI and responds 404 (RFC 3261 §8.2.2.1).',
        ],
        fixes: [
          'Check the number format the server expects: E.164 with "+", national format, or an outside-line prefix. Digits that do not match the PBX or carrier dial plan are the most common cause.',
          'For REGISTER, use the domain the registrar is configured for in both the Request-URI and the To header, and check that the username exists; use the server\'s domain name rather than its IP address unless the registrar is set up to accept it.',
          'On a proxy, compare the Request-URI of the failed INVITE with the contacts in the location service: an expired or stale registration shows up as 404 from the UA, or as [[480]] from a proxy that follows RFC 3261 §16.5.',
          'If your server sends 404 for users who exist but are offline, switch to [[480]]. Keep 404 for addresses that do not exist, use [[484]] for incomplete digits, and send [[604]] only when you are authoritative for every location of the user.',
        ],
      },
      ja: {
        title: '宛先不明',
        summary:
          'Request-URI のユーザが自ドメインに存在しないこと、またはそのドメイン自体を扱っていないことを、サーバが確かな情報として知っている。',
        description: [
          '404 を返すサーバは、ユーザの現在の状態ではなく、アドレスそのものについて確かな情報を持っていると主張している。Request-URI のドメインにそのユーザは存在しない、またはそのドメインはサーバの担当ではない、という意味である（RFC 3261 §21.4.5）。Request-URI が自分の管理する存在しないリソースを指していれば、プロキシは 404 を返さなければならない（RFC 3261 §16.5）。REGISTER の To にあるアドレスオブレコードが Request-URI のドメインで有効でなければ、レジストラは 404 を返さなければならない（RFC 3261 §10.3）。UA も、古くなった Contact アドレスのように受け付ける対象ではない Request-URI には 404 を返すべきとされる（RFC 3261 §8.2.2.1）。',
          '周辺のコードは、それぞれより具体的な意味を持つ。[[480]] はサーバが知っているが今は到達できないユーザ、たとえば現在登録の無いユーザに使う。RFC 3261 §16.5 は、ターゲットセットが空になった場合の応答として 480 を推奨している。[[484]] は桁数の不足、[[410]] はかつて存在したユーザが恒久的にいなくなったこと（判断できなければ 404 を使うと RFC 3261 §21.4.10 にある）、[[485]] は候補が複数あること、[[604]] はユーザがどこにも存在しないという権威ある判断を示す。PSTN ゲートウェイでは、Q.850 の cause 1「unallocated number」と 404 を相互に変換するのが一般的である（RFC 3398）。',
          'フォーキングされた INVITE では、1 つの分岐に 404 が返っても他の分岐は止まらない。プロキシは応答を集め続け、すべての分岐が失敗した場合は、通常は受け取った中で最も低いクラスの応答を返す（RFC 3261 §16.7）。404 には着信側が再び到達可能になる時刻を示す Retry-After を付けてもよいが（RFC 3261 §20.33）、使うサーバは少ない。多くの PBX や事業者は、存在しないアカウントや設定を誤ったアカウントにも 404 を返すため、REGISTER への 404 は経路の問題ではなく、ドメインかユーザ名の問題であることが多い。',
        ],
        scenarios: [
          '利用者が IP-PBX のダイヤルプランに無い内線番号へ発信する。自ドメインのプロキシとして動作する PBX が、INVITE に 404 を返す。',
          'PSTN 番号への呼が着信側の事業者に届き、交換機がその番号を未割当と判定する。SIP ゲートウェイが Q.850 の cause 1 を 404 に変換し、発信側の PBX は「この番号は現在使われておりません」のアナウンスを流す。',
          'IP 電話機が To を「sip:1001@pbx.example.com」として「sip:192.0.2.10」へ REGISTER を送る。レジストラは pbx.example.com しか扱わず、IP アドレスをそのドメインとはみなさないため、REGISTER に 404 が返る（RFC 3261 §10.3）。',
          'NAT のバインディングが変わった後も、プロキシが電話機の古い登録済み Contact へ呼を送り続ける。そのアドレスで応答した装置（Contact が変わった場合は電話機自身）は、その Request-URI 宛てのリクエストを受け付けず、404 を返す（RFC 3261 §8.2.2.1）。',
        ],
        fixes: [
          'サーバが期待する番号形式を確認する。「+」付きの E.164、国内形式、外線発信番号付きなどである。PBX や事業者のダイヤルプランと桁列が一致しないことが最も多い原因である。',
          'REGISTER では、Request-URI と To の両方にレジストラが設定されているドメインを使い、ユーザ名が存在することを確認する。レジストラが IP アドレスを受け付けるよう設定されていない限り、IP アドレスではなくサーバのドメイン名を使う。',
          'プロキシでは、失敗した INVITE の Request-URI とロケーションサービス上の Contact を比べる。期限切れや古い登録は、UA からは 404 として、RFC 3261 §16.5 に従うプロキシからは [[480]] として現れる。',
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
      'RFC3261 §8.2.1',
      'RFC3261 §10.3',
      'RFC3261 §11',
      'RFC3261 §12.2.1.2',
      'RFC3261 §16.3',
      'RFC3261 §20.5',
      'RFC3261 §21.5.2',
      'RFC3515 §2.4.4',
    ],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'registrar', 'gateway'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [
      {
        name: 'Allow',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §21.4.6',
        note: {
          en: 'Lists the methods the address does accept. A 405 without it breaks the protocol; with it, the client knows what to use instead.',
          ja: 'そのアドレスが受け付けるメソッドを列挙する。405 にこれが無いのはプロトコル違反であり、あればクライアントは代わりに何を使えばよいかがわかる。',
        },
      },
    ],
    related: [501, 489, 420],
    keywords: {
      en: ['method not supported', 'unsupported method', 'Allow header', 'REFER rejected', 'transfer failed', 'MESSAGE not supported', 'NOTIFY rejected'],
      ja: ['メソッド非対応', '未対応メソッド', '許可されていないメソッド', '転送失敗', 'REFER 拒否', 'Allow ヘッダ'],
    },
    text: {
      en: {
        title: 'Method Not Allowed',
        summary:
          'The server knows the method but does not accept it for the address in the Request-URI; the response must list the methods it does accept in an Allow header.',
        description: [
          '405 answers "this method, here" with no. The method is recognised, but the resource named by the Request-URI does not accept it (RFC 3261 §21.4.6), and the response MUST carry an Allow header listing what that address does accept (RFC 3261 §8.2.1, §21.4.6). A UAS makes this check right after authentication and before it examines headers or body, so a 405 says nothing about the rest of the request.',
          'Its look-alike is [[501]]: a server that does not recognise the method at all answers 501, and one that recognises it but will not take it here answers 405 (RFC 3261 §21.5.2). Proxies play neither role for requests they forward, since they must relay methods they do not know (RFC 3261 §16.3). A 405 therefore comes from the element meant to process the request: the far-end phone, a PBX, a gateway, or a stand-alone registrar, which accepts only REGISTER (RFC 3261 §10.3). Some methods cannot legitimately be refused this way: every UA MUST support OPTIONS (RFC 3261 §11), and an Allow header, when present, must include ACK and CANCEL too (RFC 3261 §20.5).',
          'Inside a call, a 405 fails only its own transaction. A REFER refused with 405 does not end the call: RFC 3261 §12.2.1.2 has the UAC terminate a dialog after a 481, a 408 or a timeout, not after other failures, so the session and its media continue, and the transferor has to fall back to another way of transferring or keep the call. Before sending REFER, UPDATE, MESSAGE or SUBSCRIBE, look at the Allow header in earlier responses from the same peer, which many user agents include in their 200 to INVITE.',
        ],
        scenarios: [
          'An IP phone tries a blind transfer by sending REFER over a SIP trunk. The carrier\'s SBC does not accept REFER from customers and answers 405 with "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS"; the PBX has to carry out the transfer itself by bridging a new call.',
          'A transfer is accepted, but when the transferee sends NOTIFY with "Event: refer" to report progress (RFC 3515 §2.4.4), the transferor\'s softphone answers 405. For the transferee the implicit subscription has failed, and the outcome of the transfer is never reported.',
          'A messaging application sends MESSAGE to a desk phone or a PSTN gateway that implements calls only. The device answers 405 and lists INVITE, ACK, BYE, CANCEL and OPTIONS in Allow.',
        ],
        fixes: [
          'Read the Allow header of the 405 and send that address only methods it lists. For a transfer, let the PBX bridge the call instead of sending REFER to a peer that refuses it.',
          'If your own UA answers 405 to NOTIFY after it has sent REFER, or to OPTIONS at all, fix it: the REFER sender is the subscriber of the implicit subscription and receives its NOTIFY requests (RFC 3515 §2.4.4), and OPTIONS support is mandatory for every UA (RFC 3261 §11).',
          'If your server sends 405, include an Allow header listing the methods valid for that address, ACK and CANCEL among them; use [[501]] for methods it does not recognise; and never answer 405 where the element should simply proxy the request.',
        ],
      },
      ja: {
        title: '許可されていないメソッド',
        summary:
          'サーバはそのメソッドを知っているが、Request-URI のアドレスに対しては受け付けない。応答には、受け付けるメソッドを Allow ヘッダで列挙しなければならない。',
        description: [
          '405 は「このメソッドは、ここでは受け付けない」という応答である。メソッドは認識されているが、Request-URI が示すリソースはそれを受け付けない（RFC 3261 §21.4.6）。応答には、そのアドレスが受け付けるメソッドを列挙した Allow ヘッダを入れなければならない（RFC 3261 §8.2.1、§21.4.6）。UAS はこの確認を認証の直後、ヘッダやボディを調べる前に行うため、405 はリクエストの他の部分については何も語っていない。',
          '似たコードは [[501]] である。メソッド自体を認識しないサーバは 501 を返し、認識しているがここでは受け付けないサーバは 405 を返す（RFC 3261 §21.5.2）。プロキシは自分が中継するリクエストについてどちらも返さない。知らないメソッドでも中継しなければならないからである（RFC 3261 §16.3）。したがって 405 を返すのは、リクエストを処理するはずの要素、つまり着信側の電話機、PBX、ゲートウェイ、あるいは REGISTER しか受け付けない単独のレジストラ（RFC 3261 §10.3）である。この方法で断ってはならないメソッドもある。すべての UA は OPTIONS をサポートしなければならず（RFC 3261 §11）、Allow ヘッダを付けるなら ACK と CANCEL も含めなければならない（RFC 3261 §20.5）。',
          '通話中の 405 が失敗させるのは、そのトランザクションだけである。REFER が 405 で拒否されても通話は終わらない。RFC 3261 §12.2.1.2 で UAC がダイアログを終了させるのは 481、408、タイムアウトの場合であり、それ以外の失敗ではセッションもメディアも続く。転送元は別の転送方法に切り替えるか、通話を続けることになる。REFER、UPDATE、MESSAGE、SUBSCRIBE を送る前に、同じ相手からのそれまでの応答にある Allow ヘッダを確認するとよい。多くの UA は INVITE への 200 に Allow を入れている。',
        ],
        scenarios: [
          'IP 電話機が SIP トランク経由で REFER を送り、ブラインド転送を試みる。事業者の SBC は顧客からの REFER を受け付けておらず、「Allow: INVITE, ACK, CANCEL, BYE, OPTIONS」付きの 405 を返す。PBX が新しい呼をブリッジして、自分で転送を行う必要がある。',
          '転送は受け付けられたが、被転送者が進捗を報告するために「Event: refer」付きの NOTIFY を送ると（RFC 3515 §2.4.4）、転送元のソフトフォンが 405 を返す。被転送者から見ると暗黙のサブスクリプションが失敗したことになり、転送の結果は報告されないままになる。',
          'メッセージングアプリケーションが、通話機能しか実装していない卓上電話機や PSTN ゲートウェイへ MESSAGE を送る。装置は 405 を返し、Allow に INVITE、ACK、BYE、CANCEL、OPTIONS を並べる。',
        ],
        fixes: [
          '405 の Allow ヘッダを読み、そのアドレスにはそこに並んだメソッドだけを送る。転送については、REFER を拒否する相手に送るのではなく、PBX 側で呼をブリッジする。',
          '自分の UA が REFER を送った後の NOTIFY に 405 を返している場合や、そもそも OPTIONS に 405 を返している場合は修正する。REFER の送信側は暗黙のサブスクリプションの加入者として NOTIFY を受け取る立場にあり（RFC 3515 §2.4.4）、OPTIONS のサポートはすべての UA に必須である（RFC 3261 §11）。',
          '自分のサーバが 405 を送る場合は、そのアドレスで有効なメソッドを ACK と CANCEL も含めて Allow ヘッダに列挙し、認識しないメソッドには [[501]] を使う。本来プロキシとしてリクエストを中継すべき要素が 405 を返してはならない。',
        ],
      },
    },
  },
  {
    code: 406,
    phrase: 'Not Acceptable',
    status: 'active',
    refs: ['RFC3261 §21.4.7'],
    seeAlso: ['RFC3261 §11.1', 'RFC3261 §11.2', 'RFC3261 §20.1', 'RFC3261 §21.4.13', 'RFC3261 §21.4.26', 'RFC3261 §21.6.4'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Accept',
        in: 'request',
        ref: 'RFC3261 §20.1',
        note: {
          en: 'Lists the body types the client can take in the response; 406 means the resource can produce none of them. No Accept means application/sdp, an empty one means no body type at all.',
          ja: 'クライアントが応答で受け取れるボディの種類を列挙する。406 は、リソースがそのどれも生成できないことを意味する。Accept が無ければ application/sdp とみなされ、値が空なら受け取れる種類は無い。',
        },
      },
    ],
    related: [488, 415, 606],
    keywords: {
      en: ['Accept header', 'content negotiation', 'body type', 'MIME type', 'media type', 'unacceptable content'],
      ja: ['受理不可', 'コンテンツネゴシエーション', 'ボディ形式', 'MIME タイプ', 'メディアタイプ', 'Accept ヘッダ'],
    },
    text: {
      en: {
        title: 'Not Acceptable',
        summary:
          'Every response body the server could produce is of a type the Accept header of the request rules out; the problem is content negotiation, not the session description.',
        description: [
          'Content negotiation, borrowed from HTTP, is all 406 is about. The Accept header of a request lists the body types the client can take in the response; when everything the resource could send falls outside that list, the server answers 406 (RFC 3261 §21.4.7). The defaults matter: without an Accept header the server assumes application/sdp, and an Accept header with an empty value means that no body type is acceptable (RFC 3261 §20.1).',
          'Real networks rarely produce it, because most responses carry SDP, which every client accepts by default, or no body at all. It shows up with OPTIONS, where the request SHOULD say in Accept which body it wants back and the body of the answer follows that choice (RFC 3261 §11.1, §11.2), and with applications whose responses must carry one specific body type. A client that receives 406 has not been refused service: it has been told to widen its Accept header or to stop asking for a body.',
          'Three codes get mixed up with it. [[415]] is the mirror image: the body the client sent is of a type the server cannot read, and the 415 lists acceptable types in its own Accept header (RFC 3261 §21.4.13). [[488]] and [[606]] reject the session described in the SDP offer, its codecs, media or addressing, at this UA or everywhere (RFC 3261 §21.4.26, §21.6.4). A server that answers 406 because no codec matched is using the wrong code, and it sends the caller\'s engineers to check the Accept header instead of the offer.',
        ],
        scenarios: [
          'A monitoring system sends OPTIONS with an Accept header listing only "text/plain" to a gateway that builds its capability answer around an SDP body. A gateway that will not leave the body out answers 406 instead of 200, and the monitor marks a healthy trunk as down.',
          'A PBX or softphone answers an INVITE whose SDP offers only G.729 with 406 instead of [[488]]. The calling side logs a content-negotiation failure, and automation that reacts to 488 by offering other codecs never runs.',
          'A gateway receives 406 from the SIP side and releases the PSTN call with Q.850 cause 79 "service or option not implemented" (the RFC 3398 mapping). The PSTN fault record shows only that cause; without the SIP trace nobody sees that an Accept header was the problem.',
        ],
        fixes: [
          'Compare the Accept header of the request that got 406 with the body the server normally returns. Add the type it produces (for OPTIONS usually application/sdp), or drop the Accept header so that the default applies.',
          'Check that no SBC or header-manipulation rule rewrote or emptied Accept on the way; an empty Accept tells the server that no body type is acceptable (RFC 3261 §20.1).',
          'If the 406 answers an INVITE and the real problem is the SDP (no common codec, unsupported media or transport), troubleshoot it as a [[488]], and ask the vendor of the answering system to send 488 or [[606]] with a Warning header instead; if it is your own stack, change it.',
        ],
      },
      ja: {
        title: '受理不可（形式不一致）',
        summary:
          'サーバが生成できる応答ボディは、どれもリクエストの Accept ヘッダで除外された種類である。問題はセッション記述ではなく、コンテンツネゴシエーションにある。',
        description: [
          '406 が扱うのは、HTTP から持ち込まれたコンテンツネゴシエーションだけである。リクエストの Accept ヘッダは、クライアントが応答で受け取れるボディの種類を列挙する。リソースが送れるものがすべてその一覧から外れる場合、サーバは 406 を返す（RFC 3261 §21.4.7）。ここでは既定値が重要である。Accept ヘッダが無ければサーバは application/sdp を仮定し、値が空の Accept ヘッダは、受け取れるボディの種類が一つも無いことを意味する（RFC 3261 §20.1）。',
          '実際のネットワークでこのコードを見ることは少ない。ほとんどの応答は、既定ですべてのクライアントが受け付ける SDP を運ぶか、ボディを持たないからである。現れるのは主に OPTIONS で、リクエスト側は返してほしいボディを Accept で示すべきとされ、応答のボディはその指定に従う（RFC 3261 §11.1、§11.2）。応答に特定の種類のボディを入れなければならないアプリケーションでも現れる。406 を受けたクライアントはサービスを断られたのではなく、Accept を広げるか、ボディを求めるのをやめるよう告げられたのである。',
          '混同されやすいコードが 3 つある。[[415]] は逆向きで、クライアントが送ったボディの種類をサーバが読めない場合に返り、415 は自身の Accept ヘッダで受け付け可能な種類を示す（RFC 3261 §21.4.13）。[[488]] と [[606]] は、SDP オファーに記述されたセッション（コーデック、メディア、アドレス形式）を、この UA で、あるいはどこでも受け付けられないという応答である（RFC 3261 §21.4.26、§21.6.4）。コーデックが一致しないことを理由に 406 を返すサーバは誤ったコードを使っており、発信者側の技術者はオファーではなく Accept ヘッダを調べることになってしまう。',
        ],
        scenarios: [
          '監視システムが、Accept に「text/plain」だけを入れた OPTIONS を、SDP ボディを前提に能力情報の応答を組み立てるゲートウェイへ送る。ボディを省けないゲートウェイは 200 ではなく 406 を返し、監視側は正常なトランクを停止と判定してしまう。',
          'PBX やソフトフォンが、G.729 だけを提示した INVITE に [[488]] ではなく 406 を返す。発信側のログにはコンテンツネゴシエーションの失敗として記録され、488 を受けて別のコーデックを提示し直す自動処理は動かない。',
          'ゲートウェイが SIP 側から 406 を受け取り、PSTN の呼を Q.850 の cause 79「service or option not implemented」で解放する（RFC 3398 の対応表）。PSTN 側の障害記録にはその原因しか残らず、SIP のトレースを見なければ Accept ヘッダが問題だったとは誰も気づかない。',
        ],
        fixes: [
          '406 を受けたリクエストの Accept ヘッダと、サーバが通常返すボディを比べる。サーバが生成する種類（OPTIONS なら通常は application/sdp）を追加するか、Accept ヘッダを外して既定値を適用させる。',
          '経路上の SBC やヘッダ操作ルールが Accept を書き換えたり空にしたりしていないかを確認する。空の Accept は、受け付けられるボディの種類が無いことをサーバに伝える（RFC 3261 §20.1）。',
          'INVITE への 406 で、実際の問題が SDP（共通のコーデックが無い、メディアやトランスポートが非対応）にある場合は、[[488]] として切り分ける。応答した製品のベンダには Warning ヘッダ付きの 488 か [[606]] を返すよう求め、自社のスタックであれば修正する。',
        ],
      },
    },
  },
  {
    code: 407,
    phrase: 'Proxy Authentication Required',
    status: 'active',
    refs: ['RFC3261 §21.4.8'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §16.7', 'RFC3261 §21.4.2', 'RFC3261 §22.1', 'RFC3261 §22.2', 'RFC3261 §22.3'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy'],
      methods: ['INVITE', 'BYE', 'REGISTER', 'OPTIONS', 'PRACK', 'UPDATE', 'SUBSCRIBE', 'NOTIFY', 'PUBLISH', 'REFER', 'MESSAGE', 'INFO'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Proxy-Authenticate',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §22.3',
        note: {
          en: 'Holds the proxy\'s Digest challenge (realm, nonce, qop, algorithm); after forking, one 407 can carry several, one for each proxy that challenged.',
          ja: 'プロキシのダイジェスト認証のチャレンジ（realm、nonce、qop、algorithm）を運ぶ。フォーキングの後は、チャレンジしたプロキシの数だけ 1 つの 407 に入ることがある。',
        },
      },
      {
        name: 'Proxy-Authorization',
        in: 'request',
        ref: 'RFC3261 §22.3',
        note: {
          en: 'Carries the answer to the challenge for one realm; a request without it, or with credentials the proxy rejects, draws the 407.',
          ja: '1 つのレルムに対するチャレンジへの回答を運ぶ。これがないリクエストや、プロキシが受け入れない認証情報を載せたリクエストに 407 が返る。',
        },
      },
    ],
    related: [401, 403],
    keywords: {
      en: ['authentication', 'digest', 'challenge', 'realm', 'nonce', 'stale nonce', 'wrong password', 'SIP trunk credentials'],
      ja: ['認証', 'ダイジェスト認証', 'プロキシ認証', 'チャレンジ', 'レルム', 'パスワード', 'SIP トランク'],
    },
    text: {
      en: {
        title: 'Proxy Authentication Required',
        summary:
          'A proxy on the path will not forward the request until the sender authenticates to it; send the request again with a Proxy-Authorization header that answers the challenge in Proxy-Authenticate.',
        description: [
          'A 407 is a challenge, not a refusal. The proxy that sends it has not passed the request on; it first wants the originator to prove its identity, and RFC 3261 §22.3 obliges it to put its Digest challenge (realm, nonce, qop) in a Proxy-Authenticate header. The client answers by sending the same request again with the CSeq incremented and a Proxy-Authorization header computed for that realm (RFC 3261 §8.1.3.5, §22.2).',
          'Whether a challenge arrives as [[401]] or as 407 depends on the role of the challenger, not on the request. User agent servers and registrars challenge with 401 and WWW-Authenticate; proxies challenge with 407 and Proxy-Authenticate and must never use 401 (RFC 3261 §21.4.2, §22.1). The credentials travel in different headers too, and a Proxy-Authorization value is consumed only by the proxy whose realm it names, which is what allows several proxies in a chain to challenge the same request one after the other (RFC 3261 §22.3).',
          'Forking adds a twist: when several branches challenge, the forking proxy copies every WWW-Authenticate and Proxy-Authenticate value it received into the single 401 or 407 it forwards (RFC 3261 §16.7), and the client answers each realm it holds credentials for. Unlike [[403]], which says that credentials will not help, a 407 invites another attempt; a second 407 after a correct-looking retry means the credentials were rejected or the nonce went stale, and RFC 3261 §22.1 forbids resending credentials that were just rejected unless only the nonce was stale.',
        ],
        scenarios: [
          'An IP-PBX or softswitch challenges REGISTER from its phones with 401 but INVITE with 407. The phone answers with Proxy-Authorization, so every outgoing call starts INVITE, 407, ACK, INVITE, 100 Trying in the trace; that sequence is normal, not a failure.',
          'A SIP trunk provider challenges the outbound INVITEs of a customer PBX with 407. If the PBX has no credentials for that realm, for instance because the trunk was built for IP-address authentication only, it cannot answer and every outbound call fails at the first INVITE.',
          'An INVITE crosses an outbound proxy and then the provider\'s proxy, and each challenges in its own realm. After the client answers the first 407, a second 407 arrives naming a different realm: a new challenge to answer, not a rejected password.',
        ],
        fixes: [
          'Configure credentials for the realm in the challenge: compare the realm in Proxy-Authenticate with the one the device or trunk is set up for, check username and password, and make sure the retried request increments CSeq while keeping Call-ID, From and To (RFC 3261 §8.1.3.5).',
          'If 407 comes back after you answered it, read the new challenge before blaming the password. A different realm means another proxy is challenging, so answer both; stale=true means only the nonce expired, so compute the response again with the new nonce. The same realm without stale means the credentials were rejected: do not send them again (RFC 3261 §22.1).',
          'If your server sends it: challenge with 407 and Proxy-Authenticate only when acting as a proxy, and with 401 and WWW-Authenticate as a registrar or UAS; never challenge ACK or CANCEL (RFC 3261 §22.1); and when forking, put every challenge you collected into the response you forward (RFC 3261 §16.7).',
        ],
      },
      ja: {
        title: 'プロキシ認証が必要',
        summary:
          '経路上のプロキシが、送信元の認証が済むまでリクエストを先へ送らない。Proxy-Authenticate のチャレンジに答える Proxy-Authorization ヘッダを付けて送り直せばよい。',
        description: [
          '407 は拒否ではなくチャレンジである。この応答を返したプロキシはリクエストをまだ先へ送っておらず、まず送信元に身元の証明を求めている。RFC 3261 §22.3 により、プロキシは 407 にダイジェスト認証のチャレンジ（realm、nonce、qop）を入れた Proxy-Authenticate ヘッダを付けなければならない。クライアントは CSeq を 1 つ増やし、そのレルム用に計算した Proxy-Authorization ヘッダを付けて同じリクエストを送り直す（RFC 3261 §8.1.3.5、§22.2）。',
          'チャレンジが [[401]] で来るか 407 で来るかは、リクエストの種類ではなくチャレンジする側の役割で決まる。UAS とレジストラは 401 と WWW-Authenticate で、プロキシは 407 と Proxy-Authenticate でチャレンジし、プロキシが 401 を使うことは禁じられている（RFC 3261 §21.4.2、§22.1）。認証情報を載せるヘッダも異なり、Proxy-Authorization の値は realm が一致するプロキシだけが消費する。そのため、経路上に並んだ複数のプロキシが同じリクエストを順にチャレンジできる（RFC 3261 §22.3）。',
          'フォーキングが絡むと話が少し変わる。複数のブランチがチャレンジを返すと、フォーキングしたプロキシは受け取った WWW-Authenticate と Proxy-Authenticate の値をすべて、上流へ返す 1 つの 401 または 407 にまとめる（RFC 3261 §16.7）。クライアントは、認証情報を持っているレルムそれぞれに答える。認証情報を出しても無駄だと告げる [[403]] と違い、407 は再度の試みを促す応答である。正しく答えたはずなのに再び 407 が返るのは、認証情報が拒否されたか nonce が古くなったためであり、RFC 3261 §22.1 は、nonce が古かっただけの場合を除き、拒否されたばかりの認証情報での再送を禁じている。',
        ],
        scenarios: [
          'IP-PBX やソフトスイッチが、配下の電話機からの REGISTER には 401 で、INVITE には 407 でチャレンジする。電話機は Proxy-Authorization を付けて答えるので、発信のたびにトレースには INVITE、407、ACK、INVITE、100 Trying が並ぶ。これは正常な流れであり、障害ではない。',
          'SIP トランク事業者が、顧客 PBX からの発信 INVITE に 407 でチャレンジする。トランクを IP アドレス認証だけの前提で構築したなど、PBX にそのレルムの認証情報がなければチャレンジに答えられず、発信はすべて最初の INVITE で失敗する。',
          'INVITE がアウトバウンドプロキシを経て事業者のプロキシに届き、それぞれが自分のレルムでチャレンジする。クライアントが 1 つ目の 407 に答えると、別のレルムを示す 2 つ目の 407 が届く。これは答えるべき新しいチャレンジであり、パスワードが拒否されたわけではない。',
        ],
        fixes: [
          'チャレンジのレルムに対応する認証情報を設定する。Proxy-Authenticate の realm と端末やトランクに設定したレルムを突き合わせ、ユーザ名とパスワードを確認する。再試行するリクエストでは CSeq を 1 つ増やし、Call-ID、From、To は元のままにする（RFC 3261 §8.1.3.5）。',
          '答えた後に再び 407 が返ってきたら、パスワードを疑う前に新しいチャレンジを読む。realm が違えば別のプロキシのチャレンジなので両方に答える。stale=true なら nonce の期限が切れただけなので、新しい nonce で計算し直す。realm が同じで stale もなければ認証情報が拒否されたのであり、同じものを再送してはならない（RFC 3261 §22.1）。',
          '自分のサーバが送る側なら、407 と Proxy-Authenticate でチャレンジするのはプロキシとして動くときだけにし、レジストラや UAS としては 401 と WWW-Authenticate を使う。ACK と CANCEL はチャレンジしてはならない（RFC 3261 §22.1）。フォーキングした場合は、集めたチャレンジをすべて上流へ返す応答に入れる（RFC 3261 §16.7）。',
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
      'RFC3261 §12.2.1.2',
      'RFC3261 §15.1.1',
      'RFC3261 §16.6',
      'RFC3261 §16.7',
      'RFC3261 §16.8',
      'RFC3261 §21.5.5',
      'RFC4320 §4.2',
    ],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['proxy', 'gateway', 'uas'],
      methods: ['INVITE'],
      retry: 'later',
      failover: false,
    },
    headers: [],
    related: [480, 504, 481, 487],
    keywords: {
      en: ['timeout', 'timed out', 'no response', 'no answer', 'Timer B', 'Timer C', 'Timer F', 'Q.850 cause 18'],
      ja: ['タイムアウト', '無応答', '応答なし', 'タイマ B', 'タイマ C', '呼出し無応答'],
    },
    text: {
      en: {
        title: 'Request Timeout',
        summary:
          'No final response came in time: either a proxy or gateway gave up waiting on the far side, or, very often, the client\'s own transaction timer fired and its stack reports the timeout as a 408.',
        description: [
          'RFC 3261 §21.4.9 defines 408 loosely: the server could not produce a response within a suitable time, for example because it could not locate the user quickly enough, and the client may retry the same request unchanged later. In practice it has two origins. On the wire, a stateful proxy sends it when every target it tried ended without a final response: its client transactions timed out, or Timer C fired on an INVITE branch that had not sent a provisional response (RFC 3261 §16.6, §16.7, §16.8). Off the wire, a user agent whose own Timer B or Timer F expires must act as if a 408 had arrived (RFC 3261 §8.1.3.1), so logs show "408" for requests the far end never answered at all.',
          'Inside a dialog the consequence is drastic: a 408 to a re-INVITE, BYE or other mid-dialog request makes the UAC terminate the dialog, just as [[481]] does (RFC 3261 §12.2.1.2, §15.1.1). For requests other than INVITE, RFC 4320 §4.2 forbids transaction-stateful elements to send 408 at all, because by the time it would arrive the client has timed out on its own and the response only adds traffic.',
          'Its neighbours mean different things. [[480]] says the callee was reached but is not available; [[504]] says a server got no timely answer from an external server it consulted while processing the request (RFC 3261 §21.5.5); [[487]] answers an INVITE the caller cancelled. Gateways blur the first pair: RFC 3398 maps ISUP cause 18 ("no user responding") to 408 and cause 19 ("no answer from user") to 480, so a ring-no-answer from the telephone network can arrive as either code.',
        ],
        scenarios: [
          'A phone sends INVITE through a proxy to a registered contact that disappeared without unregistering, for instance after losing Wi-Fi or when its NAT binding expired. The proxy\'s client transaction retransmits until Timer B fires after 64*T1 (32 seconds with the default T1), and with no other branch left the proxy answers the caller with 408.',
          'A SIP-to-PSTN gateway receives an ISUP REL with cause 18 "no user responding" from the telephone network and, following the RFC 3398 mapping, answers the INVITE with 408.',
          'A user agent logs "408 Request Timeout" for an OPTIONS keepalive or a REGISTER sent to a server that is down or blocked by a firewall. Nothing came back on the wire: Timer F expired and the stack reported it as 408 (RFC 3261 §8.1.3.1).',
        ],
        fixes: [
          'First establish whether the 408 crossed the wire. If the capture shows no response at all, nobody answered the request or its retransmissions: check routing, DNS, firewalls, NAT pinholes for UDP, and whether the target is alive. That "408" came from your own stack\'s timer.',
          'If a proxy sent it, look downstream of that proxy. Stale contacts that still point at dead devices are the usual cause; a shorter registration interval, or SIP Outbound flows with keepalives (RFC 5626), let the proxy notice dead contacts sooner.',
          'If a 408 ends a call that was already up, the dialog is gone: a re-INVITE or UPDATE, often a session refresh, timed out. Check the path of mid-dialog requests (Record-Route, reachability of the Contact behind NAT) rather than the route of the initial INVITE.',
          'If your server sends it: never answer a non-INVITE request with 408 (RFC 4320 §4.2), and keep Timer C above three minutes (RFC 3261 §16.6) so that calls which are merely ringing long are not cut off as timeouts.',
        ],
      },
      ja: {
        title: 'リクエストタイムアウト',
        summary:
          '期限内に最終応答が得られなかった。プロキシやゲートウェイが先方の応答を待ちきれずに返した場合と、クライアント自身のトランザクションタイマが切れてスタックがそれを 408 として報告した場合があり、後者が非常に多い。',
        description: [
          'RFC 3261 §21.4.9 の定義は緩やかで、サーバが適切な時間内に応答を作れなかった（たとえばユーザの所在を時間内に特定できなかった）ことを表すだけであり、クライアントは後で同じリクエストを変更せずに再試行してよい。実際の発生源は 2 つある。ネットワーク上を流れる 408 は、ステートフルプロキシが試した宛先のどれからも最終応答が得られなかったときに返すものである。クライアントトランザクションがタイムアウトした場合や、暫定応答を返さない INVITE ブランチでタイマ C が満了した場合がこれにあたる（RFC 3261 §16.6、§16.7、§16.8）。もう 1 つはネットワークに現れない 408 で、UA は自分のタイマ B やタイマ F が満了すると 408 を受信したものとして扱わなければならない（RFC 3261 §8.1.3.1）。そのため、相手が一度も応答しなかったリクエストでも、ログには「408」が記録される。',
          'ダイアログ内では影響が大きい。re-INVITE、BYE などダイアログ内リクエストへの 408 を受けた UAC は、[[481]] の場合と同じくダイアログを終了する（RFC 3261 §12.2.1.2、§15.1.1）。INVITE 以外のリクエストについては、RFC 4320 §4.2 がトランザクションステートフルな要素による 408 の送信そのものを禁じている。408 が届く頃にはクライアントがすでに自らタイムアウトしており、トラフィックを増やすだけだからである。',
          '隣り合うコードは意味が異なる。[[480]] は着信者まで到達したが応じられない状態、[[504]] は処理の途中で問い合わせた外部サーバから期限内に応答がなかったこと（RFC 3261 §21.5.5）、[[487]] は発信者が取り消した INVITE への応答である。ゲートウェイは 408 と 480 の境界を曖昧にする。RFC 3398 は ISUP の理由表示 18「no user responding」を 408 に、19「no answer from user」を 480 に対応付けているため、電話網側での呼出し無応答はどちらのコードでも届きうる。',
        ],
        scenarios: [
          '電話機がプロキシ経由で INVITE を送るが、宛先の登録済みコンタクトは、Wi-Fi の切断や NAT バインディングの失効などで登録を解除しないまま消えている。プロキシのクライアントトランザクションは再送を続け、64*T1（既定の T1 で 32 秒）後にタイマ B が満了する。ほかにブランチが残っていなければ、プロキシは発信者に 408 を返す。',
          'SIP と PSTN を結ぶゲートウェイが、電話網から理由表示 18「no user responding」付きの ISUP REL を受け取り、RFC 3398 の対応付けに従って INVITE に 408 を返す。',
          'UA が、停止中のサーバやファイアウォールで遮断されたサーバに送った OPTIONS のキープアライブや REGISTER について「408 Request Timeout」をログに記録する。ネットワーク上には何も返ってきておらず、タイマ F の満了をスタックが 408 として報告しただけである（RFC 3261 §8.1.3.1）。',
        ],
        fixes: [
          'まず、その 408 が実際にネットワークを流れたのかを確かめる。キャプチャに応答が 1 つもなければ、リクエストにもその再送にも誰も答えていない。ルーティング、DNS、ファイアウォール、UDP の NAT ピンホール、宛先の死活を確認する。その「408」は自分のスタックのタイマが出したものである。',
          'プロキシが送った 408 なら、そのプロキシより先を調べる。よくある原因は、応答しない端末を指したままの古いコンタクトである。登録の間隔を短くするか、キープアライブ付きの SIP Outbound フロー（RFC 5626）を使えば、プロキシは消えたコンタクトを早く検出できる。',
          '確立済みの通話が 408 で終わった場合、ダイアログはすでに失われている。セッションリフレッシュなどの re-INVITE や UPDATE がタイムアウトしたのであり、最初の INVITE の経路ではなく、ダイアログ内リクエストの経路（Record-Route、NAT 配下にある Contact への到達性）を確認する。',
          '自分のサーバが送る側なら、INVITE 以外のリクエストには 408 を返さない（RFC 4320 §4.2）。また、タイマ C は 3 分より長く保ち（RFC 3261 §16.6）、長く呼び出しているだけの呼がタイムアウトとして切られないようにする。',
        ],
      },
    },
  },
  {
    code: 410,
    phrase: 'Gone',
    status: 'active',
    refs: ['RFC3261 §21.4.10'],
    seeAlso: ['RFC3261 §21.3.2', 'RFC3261 §21.4', 'RFC3261 §21.4.5', 'RFC3261 §21.6.3'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'gateway'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [],
    related: [404, 301, 604, 480],
    keywords: {
      en: ['number changed', 'disconnected number', 'number no longer in service', 'ported number', 'deleted account', 'Q.850 cause 22'],
      ja: ['番号変更', '廃止番号', '使われていない番号', '番号ポータビリティ', '理由表示 22'],
    },
    text: {
      en: {
        title: 'Gone',
        summary:
          'The address once reached a user or resource, has been withdrawn for good, and the server knows of no new address to send the request to.',
        description: [
          'A 410 makes two statements at once: the address in the Request-URI used to be valid, and it is not coming back (RFC 3261 §21.4.10). It also admits that the server has nowhere to send the caller. That is the line between 410 and [[301]]: a server that knows the new address answers 301 with a Contact header instead.',
          'The permanence is the whole point. RFC 3261 §21.4.10 tells a server that does not know, or cannot tell, whether the condition is permanent to answer [[404]] instead. A client can therefore take 410 as grounds to delete the address from address books, speed dials and caches, and should not try it again later. It says nothing about the person\'s other addresses: being a 4xx, it leaves other locations open, unlike [[604]], which states that the user does not exist anywhere.',
          'Telephone networks have a matching cause. RFC 3398 pairs Q.850 cause 22 "number changed" with 410 in both directions, so a call to a changed or disconnected PSTN number tends to come back through the gateway as 410, and a 410 from the SIP side reaches a PSTN caller as cause 22.',
        ],
        scenarios: [
          'A call to a mobile or fixed number that was changed or taken out of service reaches the PSTN; the terminating exchange releases with cause 22 "number changed", and the SIP gateway answers the INVITE with 410.',
          'An employee leaves and the PBX administrator marks the extension and SIP URI as deactivated rather than deleting them; the PBX answers INVITE and MESSAGE to that address with 410, so callers learn the address is permanently dead instead of getting 404.',
          'A presence client keeps sending SUBSCRIBE to a list URI that the service has retired; the server answers 410, and the client should drop the URI from its buddy list instead of subscribing again on a timer.',
        ],
        fixes: [
          'When you receive 410, stop using the address: remove it from directories, speed dials and routing tables, and find the new number or URI by other means; a 410 has no forwarding address to offer.',
          'If the number should still work, check number-portability data and routing: a stale entry in a portability database, or a trunk to a carrier that still holds the old assignment, makes the PSTN release with cause 22 and the gateway turn it into 410.',
          'If your server sends it: use 410 only for addresses you know are permanently withdrawn, answer 404 when you cannot tell (RFC 3261 §21.4.10), and answer 301 with the new Contact when you know where the user went.',
        ],
      },
      ja: {
        title: '宛先廃止',
        summary:
          'この宛先のユーザやリソースはかつて存在したが恒久的に廃止されており、サーバはリクエストを送るべき新しい宛先も知らない。',
        description: [
          '410 を返すサーバは 2 つのことを同時に述べている。Request-URI のアドレスがかつては有効だったこと、そして今後も復活しないことである（RFC 3261 §21.4.10）。さらに、発信者を案内できる移転先を持っていないことも認めている。ここが [[301]] との境目であり、新しいアドレスを知っているサーバは、410 ではなく Contact ヘッダを付けた 301 を返す。',
          '要点は恒久性にある。RFC 3261 §21.4.10 は、状態が恒久的かどうかを知らない、または判断する手段がないサーバに対し、代わりに [[404]] を返すよう求めている。したがってクライアントは、410 をアドレス帳や短縮ダイヤル、キャッシュからそのアドレスを消す根拠として扱ってよく、後で同じアドレスを再び試すべきではない。ただし、同じ人物の別のアドレスについては何も述べていない。410 は 4xx なので他の場所の探索は閉ざされず、ユーザがどこにも存在しないことを示す [[604]] とはこの点が異なる。',
          '電話網にも対応する理由表示がある。RFC 3398 は Q.850 の理由表示 22「number changed」と 410 を双方向で対応付けている。そのため、変更や廃止された PSTN 番号への呼はゲートウェイを経て 410 として返ってくることが多く、逆に SIP 側の 410 は PSTN の発信者に理由表示 22 として伝わる。',
        ],
        scenarios: [
          '番号が変更された、または使われなくなった携帯・固定番号への呼が PSTN に到達し、着信側の交換機が理由表示 22「number changed」で解放する。SIP ゲートウェイはこれを受けて INVITE に 410 を返す。',
          '社員の退職後、PBX 管理者が内線番号と SIP URI を削除せず「廃止」として設定する。PBX はそのアドレス宛の INVITE や MESSAGE に 410 を返すので、発信者は 404 ではなく、そのアドレスが恒久的に使えないことを知る。',
          'プレゼンスクライアントが、サービス側で廃止されたリスト URI に SUBSCRIBE を送り続け、サーバが 410 を返す。クライアントはタイマで SUBSCRIBE をやり直すのではなく、その URI をバディリストから外すべきである。',
        ],
        fixes: [
          '410 を受信したら、そのアドレスの使用をやめる。電話帳、短縮ダイヤル、ルーティングテーブルから削除し、新しい番号や URI は別の手段で調べる。410 には案内できる移転先がない。',
          'まだ使えるはずの番号なら、番号ポータビリティのデータとルーティングを確認する。ポータビリティデータベースに古いエントリが残っていたり、旧来の割り当てを保持したままの事業者へのトランクを使っていたりすると、PSTN が理由表示 22 で解放し、ゲートウェイがそれを 410 に変換する。',
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
    seeAlso: ['RFC3903 §4.1', 'RFC3903 §5', 'RFC3903 §6', 'RFC3903 §11.3.1'],
    alsoSeen: [
      {
        phrase: 'Precondition Failed',
        source: {
          en: 'sofia-sip (FreeSWITCH) and stacks that borrowed the HTTP phrase for 412',
          ja: 'sofia-sip（FreeSWITCH）など、HTTP の 412 の名称を流用したスタック',
        },
      },
    ],
    facts: {
      scope: 'endpoint',
      sentBy: ['esc'],
      methods: ['PUBLISH'],
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'SIP-If-Match',
        in: 'request',
        ref: 'RFC3903 §11.3.2',
        note: {
          en: 'Names the entity-tag of the publication a PUBLISH refreshes, modifies or removes. 412 means the compositor holds no publication with that tag.',
          ja: 'PUBLISH がリフレッシュ・変更・削除しようとするパブリケーションのエンティティタグを示す。412 は、そのタグのパブリケーションが ESC に存在しないことを意味する。',
        },
      },
    ],
    related: [580, 489, 423, 202],
    keywords: {
      en: ['PUBLISH', 'entity-tag', 'ETag', 'SIP-ETag', 'presence', 'event state publication'],
      ja: ['条件付き', 'エンティティタグ', 'プレゼンス', 'パブリッシュ', 'イベント状態'],
    },
    text: {
      en: {
        title: 'Conditional Request Failed',
        summary:
          'The event state compositor has no publication matching the entity-tag in the PUBLISH request\'s SIP-If-Match header, usually because it expired.',
        description: [
          'RFC 3903 lets a user agent publish event state, such as presence, to an event state compositor (ESC) with PUBLISH. Every successful PUBLISH is answered with a 2xx that carries a SIP-ETag header; later PUBLISH requests that refresh, modify or remove that state quote the tag in SIP-If-Match.',
          'When the tag in SIP-If-Match does not match any publication the compositor currently holds, it answers 412 (RFC 3903 §6). The usual cause is that the publication expired because a refresh came too late, or that the compositor restarted and lost its soft state.',
          'Despite the number, this is not HTTP\'s "412 Precondition Failed", and it has nothing to do with the QoS preconditions of RFC 3312, which fail with [[580]].',
        ],
        scenarios: [
          'A softphone refreshes its presence with a PUBLISH that has no body and "SIP-If-Match: dx200xyz", but the refresh was sent after the publication\'s Expires interval ran out; the presence server answers 412.',
          'A presence server or IMS application server restarts and loses its publications. The next refresh or modification from every client carries a tag the server no longer knows, and each one gets 412.',
          'A client keeps the entity-tag from an old publication (for example after re-registering through another edge proxy) and uses it for a new PUBLISH; the compositor answers 412.',
        ],
        fixes: [
          'Publish afresh: send an initial PUBLISH with the full state in the body and no SIP-If-Match header, then store the SIP-ETag from the 2xx and quote it in later refreshes (RFC 3903 §4.1, §5).',
          'Refresh before the publication expires: schedule refreshes from the Expires value the compositor returned in its 2xx, not the one you asked for.',
          'If 412 appears for every client at once, look at the compositor: a restart or a failover without shared state invalidates every entity-tag.',
        ],
      },
      ja: {
        title: '条件付きリクエスト失敗',
        summary:
          'PUBLISH の SIP-If-Match ヘッダに指定したエンティティタグに一致するパブリケーションがイベント状態コンポジタ（ESC）に存在しない。多くは有効期限切れが原因。',
        description: [
          'RFC 3903 では、UA はプレゼンスなどのイベント状態を PUBLISH でイベント状態コンポジタ（ESC）に公開する。PUBLISH が成功すると 2xx 応答に SIP-ETag ヘッダが付き、その状態をリフレッシュ・変更・削除する以後の PUBLISH では、このタグを SIP-If-Match に入れて送る。',
          'SIP-If-Match のタグが、ESC が現在保持しているどのパブリケーションとも一致しない場合、ESC は 412 を返す（RFC 3903 §6）。よくある原因は、リフレッシュが遅れてパブリケーションの有効期限が切れたこと、または ESC が再起動してソフトステートを失ったことである。',
          '番号は同じでも HTTP の「412 Precondition Failed」とは別物であり、RFC 3312 の QoS プリコンディションとも関係がない。プリコンディションの失敗は [[580]] で通知される。',
        ],
        scenarios: [
          'ソフトフォンがボディなし・「SIP-If-Match: dx200xyz」付きの PUBLISH でプレゼンスをリフレッシュしたが、送信がパブリケーションの Expires を過ぎていたため、プレゼンスサーバが 412 を返す。',
          'プレゼンスサーバや IMS のアプリケーションサーバが再起動してパブリケーションを失う。各クライアントの次のリフレッシュや変更にはサーバが知らないタグが入っているため、すべて 412 になる。',
          'クライアントが古いパブリケーションのエンティティタグを保持したまま（たとえば別のエッジプロキシ経由で再登録した後に）新しい PUBLISH に使い、ESC が 412 を返す。',
        ],
        fixes: [
          'パブリケーションをやり直す。SIP-If-Match を付けず、ボディに状態全体を入れた初回の PUBLISH を送り、2xx の SIP-ETag を保存して以後のリフレッシュで使う（RFC 3903 §4.1、§5）。',
          '有効期限が切れる前にリフレッシュする。リフレッシュ間隔は、要求した値ではなく ESC が 2xx で返した Expires の値から決める。',
          'すべてのクライアントで同時に 412 が出る場合は ESC 側を調べる。状態を共有しない再起動やフェイルオーバーは、すべてのエンティティタグを無効にする。',
        ],
      },
    },
  },
  {
    code: 413,
    phrase: 'Request Entity Too Large',
    status: 'active',
    refs: ['RFC3261 §21.4.11'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §18.1.1', 'RFC3261 §20.33', 'RFC3261 §21.5.7'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §21.4.11',
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
    text: {
      en: {
        title: 'Request Entity Too Large',
        summary:
          'The server refuses the request because its message body is larger than it is willing or able to process; send it again without the body or with a smaller one.',
        description: [
          'The objection in a 413 is to the body, not to the request line or the headers. RFC 3261 §21.4.11 lets a server refuse a request whose body is larger than it will accept, and even close the connection to stop the client from sending more. When the limit is only temporary, a buffer shortage under load for example, the server should add Retry-After to say when the client may try again.',
          'RFC 3261 §8.1.3.5 asks the UAC to retry, if it can, either without the body or with a shorter one, in a new transaction with a higher CSeq. What "shorter" means depends on the content: fewer codecs and ICE candidates in an SDP offer, a trimmed resource list, an instant message split over several MESSAGE requests, or large content moved to a session-mode transfer such as MSRP (RFC 4975).',
          'Two neighbours look alike. [[513]] Message Too Large is a 5xx about the size of the whole message, headers included, and [[414]] concerns only the Request-URI. A body that is merely too big for UDP is a different problem again: RFC 3261 §18.1.1 requires a request larger than 1300 bytes on a path of unknown MTU, or within 200 bytes of the path MTU, to go over a congestion-controlled transport such as TCP, and a client that ignores this tends to see fragments lost and a timeout rather than a 413.',
        ],
        scenarios: [
          'A WebRTC client or softphone sends an INVITE whose SDP offers audio and video with a long codec list, many ICE candidates and DTLS fingerprints; an SBC with a fixed message buffer answers 413.',
          'An IMS or enterprise messaging client sends a pasted image or a long text in a MESSAGE request; the messaging server caps MESSAGE bodies and answers 413.',
          'A resource-list server sends a watcher a NOTIFY whose multipart/related body covers several hundred contacts, and the watcher\'s handset, whose receive buffer is smaller, rejects it with 413.',
        ],
        fixes: [
          'Send the request again with a smaller body: fewer codecs and candidates in the SDP, no optional body parts the peer does not need (such as a multipart alternative), or the content split across several requests (RFC 3261 §8.1.3.5).',
          'If Retry-After is present, the limit is temporary: wait for the interval and send the same request unchanged.',
          'If your own SBC or proxy sends 413, compare its maximum message or body size with the largest legitimate SDP and MESSAGE bodies in your network; a limit sized for a single UDP datagram is too small for requests that arrive over TCP or TLS.',
          'Large requests over UDP that simply vanish are not a 413 case: send them over TCP as RFC 3261 §18.1.1 requires.',
        ],
      },
      ja: {
        title: 'リクエストボディ過大',
        summary:
          'メッセージボディが、サーバが処理する意思または能力のある大きさを超えているため、リクエストが拒否された。ボディを省くか小さくして送り直す。',
        description: [
          '413 が問題にしているのはボディであり、リクエスト行やヘッダではない。RFC 3261 §21.4.11 は、受け付ける上限を超えるボディを持つリクエストの拒否を認めており、クライアントにそれ以上送らせないよう接続を閉じることまで許している。負荷の高いときのバッファ不足のように制限が一時的なものなら、サーバは Retry-After を付けて、いつ再試行してよいかを示すべきである。',
          'RFC 3261 §8.1.3.5 は UAC に対し、可能であればボディを省くか短くして、CSeq を増やした新しいトランザクションで再試行するよう求めている。何を「短く」するかは内容による。SDP オファーのコーデックや ICE 候補を減らす、リソースリストを絞る、インスタントメッセージを複数の MESSAGE に分ける、大きなコンテンツは MSRP（RFC 4975）のようなセッションモードの転送に移す、といった方法がある。',
          '似たコードが 2 つある。[[513]] Message Too Large はヘッダを含むメッセージ全体の大きさに関する 5xx であり、[[414]] は Request-URI だけを対象とする。単に UDP には大きすぎるボディは、また別の問題である。RFC 3261 §18.1.1 は、パス MTU が不明で 1300 バイトを超えるリクエストや、パス MTU まで 200 バイト以内のリクエストを、TCP などの輻輳制御付きトランスポートで送るよう求めている。これを守らないクライアントでは、413 ではなくフラグメントの欠落とタイムアウトが起きやすい。',
        ],
        scenarios: [
          'WebRTC クライアントやソフトフォンが、音声と映像の長いコーデックリスト、多数の ICE 候補、DTLS フィンガープリントを含む SDP を載せた INVITE を送り、メッセージバッファが固定長の SBC が 413 を返す。',
          'IMS や企業向けのメッセージングクライアントが、貼り付けた画像や長文を MESSAGE リクエストで送る。メッセージングサーバは MESSAGE のボディに上限を設けており、413 を返す。',
          'リソースリストサーバが、数百件の連絡先を含む multipart/related ボディの NOTIFY をウォッチャに送り、受信バッファがそれより小さい端末が 413 で拒否する。',
        ],
        fixes: [
          'ボディを小さくして送り直す。SDP のコーデックや候補を減らす、相手に不要な省略可能なボディパート（multipart の代替表現など）を外す、内容を複数のリクエストに分ける、のいずれかである（RFC 3261 §8.1.3.5）。',
          'Retry-After が付いていれば制限は一時的なものである。指定の時間だけ待ち、同じリクエストをそのまま送り直す。',
          '自社の SBC やプロキシが 413 を返している場合は、最大メッセージサイズやボディサイズの設定を、ネットワーク内で正当に使われる最大の SDP や MESSAGE ボディと比べる。UDP データグラム 1 個を前提にした上限は、TCP や TLS で届くリクエストには小さすぎる。',
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
    seeAlso: ['RFC3261 §8.1.3.4', 'RFC3261 §19.1.5', 'RFC3261 §21.4.1'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [],
    related: [413, 513, 416, 400],
    keywords: {
      en: ['URI too long', 'long Request-URI', 'URI length limit', 'URI parameters', 'escaped headers in URI'],
      ja: ['URI が長い', 'URI 長', 'リクエスト URI', 'URI パラメータ', '長さ制限'],
    },
    text: {
      en: {
        title: 'Request-URI Too Long',
        summary:
          'The Request-URI is longer than the server is willing to interpret, so it refuses the request without processing it.',
        description: [
          'RFC 3261 §21.4.12 gives a server the right to refuse a request whose Request-URI is longer than it is willing to interpret. SIP itself sets no maximum, so the limit is the server\'s own: a parser buffer, a database column, or a policy against oversized input. Only the request line is at fault; the headers and the body may be perfectly acceptable.',
          'Long URIs are usually produced by software rather than typed by people. Applications and B2BUAs encode routing state, tokens or correlation IDs in the user part or in URI parameters, and elements that rewrite the Request-URI along the path may add parameters of their own; each addition is legal, but together they can cross a limit. Escaped header fields are another source: RFC 3261 §8.1.3.4 and §19.1.5 turn them into headers of the new request and strip them from the Request-URI, so a client that leaves them in place sends a needlessly long URI.',
          'Keep 414 apart from [[413]], which is about the body, from [[513]], which covers a whole message that is too large, and from [[416]], which objects to the scheme of the URI rather than its length. A URI that is short enough but malformed calls for [[400]].',
        ],
        scenarios: [
          'A click-to-call or contact-centre application puts customer and campaign data into URI parameters of the INVITE Request-URI; after an SBC appends its own routing parameters, the carrier\'s edge proxy answers 414.',
          'In an attended transfer, the transferee builds its INVITE from a Refer-To URI that contains an escaped Replaces header but leaves the header inside the Request-URI instead of moving it into the request; the target PBX limits URI length and answers 414.',
          'A SIP load-testing or fuzzing tool sends requests with deliberately oversized Request-URIs, and a hardened proxy rejects them with 414 instead of spending memory on them.',
        ],
        fixes: [
          'Shorten the Request-URI: move application data out of URI parameters into header fields or the body, or keep it on the server and send only a short reference.',
          'When building a request from a URI that carries escaped headers, such as a 3xx Contact or a Refer-To, turn them into header fields of the new request and remove them from the Request-URI, as RFC 3261 §8.1.3.4 and §19.1.5 require.',
          'If your server sends 414, set the limit well above the longest legitimate URI in your traffic, log the rejected URI, and find out which element on the path keeps appending parameters.',
        ],
      },
      ja: {
        title: 'リクエスト URI 過長',
        summary:
          'Request-URI がサーバの解釈しようとする長さを超えているため、サーバはリクエストを処理せずに拒否した。',
        description: [
          'RFC 3261 §21.4.12 は、Request-URI がサーバの解釈する意思のある長さを超えている場合に、リクエストを拒否する権利をサーバに与えている。SIP 自体には長さの上限がないので、上限はサーバ側の事情で決まる。パーサのバッファ、データベースのカラム長、過大な入力を拒むポリシーなどである。問題はリクエスト行だけにあり、ヘッダやボディにはまったく問題がないこともある。',
          '長い URI を作るのは、たいてい人ではなくソフトウェアである。アプリケーションや B2BUA はルーティング状態、トークン、相関 ID などをユーザ部や URI パラメータに埋め込み、経路上で Request-URI を書き換える要素もそれぞれ独自のパラメータを加えることがある。一つひとつは正当でも、積み重なると上限を超える。エスケープされたヘッダも原因になる。RFC 3261 §8.1.3.4 と §19.1.5 によれば、URI に埋め込まれたヘッダは新しいリクエストのヘッダに変換され、Request-URI からは取り除かれる。これを残したままのクライアントは、不必要に長い URI を送ることになる。',
          'ボディを対象とする [[413]]、メッセージ全体が大きすぎることを示す [[513]]、長さではなく URI のスキームを拒否する [[416]] とは区別すること。長さは問題ないが構文が不正な URI には [[400]] がふさわしい。',
        ],
        scenarios: [
          'クリックトゥコールやコンタクトセンターのアプリケーションが、顧客情報やキャンペーン情報を INVITE の Request-URI の URI パラメータに入れる。SBC が独自のルーティングパラメータをさらに追加した結果、通信事業者のエッジプロキシが 414 を返す。',
          '打診転送で、被転送側がエスケープされた Replaces ヘッダを含む Refer-To の URI から INVITE を組み立てるが、そのヘッダをリクエストのヘッダに移さず Request-URI に残したまま送る。URI 長を制限している転送先の PBX が 414 を返す。',
          'SIP の負荷試験ツールやファジングツールが、意図的に巨大な Request-URI を持つリクエストを送る。堅牢化されたプロキシは、メモリを費やす代わりに 414 で拒否する。',
        ],
        fixes: [
          'Request-URI を短くする。アプリケーションのデータは URI パラメータからヘッダやボディに移すか、サーバ側に保持して短い参照だけを送る。',
          '3xx の Contact や Refer-To のように、エスケープされたヘッダを含む URI からリクエストを組み立てるときは、それらを新しいリクエストのヘッダに変換し、Request-URI からは取り除く（RFC 3261 §8.1.3.4、§19.1.5）。',
          '自分のサーバが 414 を返している場合は、上限を実際のトラフィックで最も長い正当な URI より十分大きく設定し、拒否した URI をログに残して、どの要素がパラメータを追加し続けているかを突き止める。',
        ],
      },
    },
  },
  {
    code: 415,
    phrase: 'Unsupported Media Type',
    status: 'active',
    refs: ['RFC3261 §21.4.13'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §8.2.3', 'RFC3261 §16.7', 'RFC3261 §20.11', 'RFC3261 §20.43', 'RFC3261 §21.4.26'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas'],
      methods: 'any',
      retry: 'modify',
      failover: false,
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
      },
      {
        name: 'Content-Type',
        in: 'request',
        ref: 'RFC3261 §20.15',
        note: {
          en: 'Names the MIME type of the body; a type the UAS cannot process, in a part that is not optional, provokes the 415.',
          ja: 'ボディの MIME タイプを示す。UAS が処理できないタイプが省略不可のパートにあると 415 になる。',
        },
      },
      {
        name: 'Content-Disposition',
        in: 'request',
        ref: 'RFC3261 §20.11',
        note: {
          en: 'With handling=optional, a body part the UAS does not understand may be ignored instead of provoking a 415.',
          ja: 'handling=optional が付いていれば、UAS は理解できないボディパートを 415 で拒否せずに無視してよい。',
        },
      },
    ],
    related: [488, 606, 406, 413],
    keywords: {
      en: ['Content-Type', 'MIME type', 'body type', 'unsupported content', 'multipart', 'Accept header', 'application/sdp'],
      ja: ['メディアタイプ', 'MIME タイプ', 'ボディの形式', 'コンテントタイプ', '非対応ボディ', 'マルチパート'],
    },
    text: {
      en: {
        title: 'Unsupported Media Type',
        summary:
          'The server cannot handle the body of the request: its MIME type, content encoding or language is not supported for this method, and the response lists what would be accepted.',
        description: [
          'Despite the name, 415 has nothing to do with audio or video. "Media type" here is the MIME type of the SIP message body, as given by Content-Type, together with its Content-Encoding and Content-Language (RFC 3261 §8.2.3, §21.4.13). A UAS that meets a body it does not understand, in a part not marked optional, must reject the request with 415 and say what it does accept: Accept for types, Accept-Encoding for encodings, Accept-Language for languages.',
          'The client is expected to send the request again using only what those headers list (RFC 3261 §8.1.3.5). A proxy choosing among the responses of a forked request should prefer a 415 over other 4xx answers, because it tells the client how to fix the request (RFC 3261 §16.7). A body part with Content-Disposition handling=optional may simply be ignored by a UAS that does not understand it (RFC 3261 §20.11), which is how a multipart body can carry extras that older peers skip.',
          'The common mix-up is with [[488]]. When the body is SDP and the UAS understands SDP but cannot accept the session it describes, because there is no common codec, no usable transport or an unsupported media line, the right answer is 488 (or [[606]] when no location can accept it), not 415. 415 is for a body the UAS cannot read at all, such as an application/isup part it does not support. [[406]] is the reverse situation: the server could answer, but not in a type that the Accept header of the request allows.',
        ],
        scenarios: [
          'A SIP-I or SIP-T gateway sends an INVITE with a multipart/mixed body holding SDP and an application/isup part marked handling=required; an enterprise SBC that does not support ISUP encapsulation answers 415 with "Accept: application/sdp".',
          'A chat client sends MESSAGE with Content-Type application/im-iscomposing+xml or text/html to a desk phone that only accepts text/plain; the phone answers 415 with "Accept: text/plain".',
          'A phone relays key presses in INFO requests with Content-Type application/dtmf-relay, and the far-end PBX, which only understands application/dtmf, answers every INFO with 415.',
        ],
        fixes: [
          'Read the Accept, Accept-Encoding or Accept-Language header of the 415 and send the request again with a body the server lists, or without the unsupported part (RFC 3261 §8.1.3.5).',
          'For optional extras in a multipart body, mark the part with Content-Disposition handling=optional, so that a peer that does not understand it can skip it instead of rejecting the request (RFC 3261 §8.2.3, §20.11).',
          'If your server answers a codec mismatch with 415, change it to 488, ideally with a Warning header naming the problem (RFC 3261 §20.43 lists the SDP-related warning codes); and whenever you do send 415, include the Accept header the RFC requires.',
        ],
      },
      ja: {
        title: '非対応のメディアタイプ',
        summary:
          'サーバがリクエストのボディを扱えない。MIME タイプ、コンテンツエンコーディング、言語のいずれかがこのメソッドでは非対応であり、応答には受け付け可能なものが列挙される。',
        description: [
          '名前に反して、415 は音声や映像とは関係がない。ここでいう「メディアタイプ」は、Content-Type で示される SIP メッセージボディの MIME タイプのことであり、Content-Encoding と Content-Language も対象になる（RFC 3261 §8.2.3、§21.4.13）。理解できないボディを受け取り、そのパートが省略可能と示されていなければ、UAS は 415 でリクエストを拒否し、受け付けられるものを示さなければならない。タイプは Accept、エンコーディングは Accept-Encoding、言語は Accept-Language で示す。',
          'クライアントは、それらのヘッダに挙げられたものだけを使ってリクエストを送り直すことになる（RFC 3261 §8.1.3.5）。フォーキングしたリクエストの応答から返すものを選ぶプロキシは、リクエストの直し方をクライアントに伝えられる 415 を、他の 4xx より優先すべきである（RFC 3261 §16.7）。Content-Disposition に handling=optional が付いたボディパートは、理解できない UAS が無視してよい（RFC 3261 §20.11）。multipart ボディに、古い相手が読み飛ばせる追加情報を載せられるのはこのためである。',
          'よく混同される相手は [[488]] である。ボディが SDP で、UAS が SDP を理解したうえで記述されたセッションを受け入れられない場合（共通のコーデックがない、使えるトランスポートがない、対応していないメディア行があるなど）は、415 ではなく 488（どの宛先でも受け入れられないなら [[606]]）が正しい。415 は、対応していない application/isup パートのように、UAS がボディをそもそも読めない場合のための応答である。[[406]] はその逆で、サーバは応答できるが、リクエストの Accept ヘッダが許す形式では返せないことを示す。',
        ],
        scenarios: [
          'SIP-I や SIP-T のゲートウェイが、SDP と handling=required の application/isup パートからなる multipart/mixed ボディ付きの INVITE を送る。ISUP のカプセル化に対応していない企業の SBC は、「Accept: application/sdp」を付けて 415 を返す。',
          'チャットクライアントが、Content-Type が application/im-iscomposing+xml や text/html の MESSAGE を、text/plain しか受け付けないデスクフォンに送る。電話機は「Accept: text/plain」を付けて 415 を返す。',
          '電話機が Content-Type が application/dtmf-relay の INFO でキー入力を伝えるが、application/dtmf しか理解しない相手の PBX が、すべての INFO に 415 を返す。',
        ],
        fixes: [
          '415 の Accept、Accept-Encoding、Accept-Language ヘッダを読み、サーバが挙げた形式のボディで、または非対応のパートを外してリクエストを送り直す（RFC 3261 §8.1.3.5）。',
          'multipart ボディに省略可能な追加情報を載せるときは、そのパートに Content-Disposition の handling=optional を付ける。理解できない相手は、リクエストを拒否せずにそのパートを読み飛ばせる（RFC 3261 §8.2.3、§20.11）。',
          '自分のサーバがコーデック不一致に 415 を返しているなら 488 に改め、できれば問題を示す Warning ヘッダを付ける（SDP 関連の警告コードは RFC 3261 §20.43 にある）。415 を送るときは、RFC が必須とする Accept ヘッダを必ず付ける。',
        ],
      },
    },
  },
  {
    code: 416,
    phrase: 'Unsupported URI Scheme',
    status: 'active',
    refs: ['RFC3261 §21.4.14'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §8.2.2.1', 'RFC3261 §16.3', 'RFC3261 §16.7', 'RFC3261 §19.1.6'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [],
    related: [404, 484, 400, 414],
    keywords: {
      en: ['tel URI', 'tel URL', 'URI scheme', 'user=phone', 'urn:service:sos', 'E.164', 'number normalization'],
      ja: ['URI スキーム', 'tel URI', '電話番号 URI', 'E.164', '番号正規化', 'スキーム非対応'],
    },
    text: {
      en: {
        title: 'Unsupported URI Scheme',
        summary:
          'The server does not know the scheme of the Request-URI, such as tel: or urn:, and cannot process or route the request; a SIP URI is expected instead.',
        description: [
          'The check behind 416 happens early, before the server looks for the user: a UAS and a proxy both inspect the scheme of the Request-URI and, if they do not understand it, should reject the request with 416 (RFC 3261 §8.2.2.1, §16.3). Typical culprits are tel: for telephone numbers, urn: service URNs, and im: or pres: URIs. Only the Request-URI counts; RFC 3261 §8.2.2.1 recommends accepting a request even when its To header uses an unfamiliar scheme.',
          'The repair is built into SIP. RFC 3261 §8.1.3.5 tells the client to retry with a SIP URI. A proxy that itself rewrote a sip: or sips: URI into another scheme and got 416 back should try the SIP form of the same target: for a tel URL, the telephone-subscriber part goes into the user part of a SIP URI at the domain it just tried (RFC 3261 §16.7, §19.1.6). A proxy that recurses this way leaves the 416 out of its response context, so the client never sees it.',
          'The scheme is the only thing 416 objects to. An unknown user in a known scheme gets [[404]], too few digits [[484]], a URI that cannot be parsed at all [[400]], and an overlong one [[414]]. A 416 therefore usually points at dial-plan or number-normalization settings, not at the called party.',
        ],
        scenarios: [
          'An IMS network or a hosted-voice platform routes an INVITE with Request-URI tel:+81312345678 to an older IP-PBX that only accepts sip: URIs, and the PBX answers 416.',
          'A handset places an emergency call with Request-URI urn:service:sos (RFC 5031) through a proxy that has no support for service URNs; the proxy answers 416 instead of routing the call.',
          'A click-to-dial web page hands a tel: or callto: link to a softphone, which copies it unchanged into the Request-URI; the outbound proxy answers 416.',
        ],
        fixes: [
          'Turn the target into a SIP URI before sending, for a telephone number sip:+81312345678@carrier.example;user=phone (RFC 3261 §19.1.6), and retry once in that form as RFC 3261 §8.1.3.5 advises.',
          'On a PBX or SBC that receives tel: URIs from an IMS or carrier trunk, either enable tel URI support or add a normalization rule at the edge that rewrites tel: into sip: with user=phone.',
          'If your proxy converts sip: into tel: towards a gateway or another network and gets 416, let it recurse with the SIP form of the number, as RFC 3261 §16.7 describes, instead of passing the 416 back to the caller.',
        ],
      },
      ja: {
        title: '非対応の URI スキーム',
        summary:
          'サーバが Request-URI のスキーム（tel: や urn: など）を知らず、リクエストを処理もルーティングもできない。代わりに SIP URI が期待されている。',
        description: [
          '416 の判定は、サーバがユーザを探すより前の早い段階で行われる。UAS もプロキシも Request-URI のスキームを調べ、理解できなければ 416 でリクエストを拒否すべきとされている（RFC 3261 §8.2.2.1、§16.3）。よく原因になるのは、電話番号を表す tel:、サービス URN の urn:、im: や pres: の URI である。対象は Request-URI だけであり、To ヘッダのスキームが見慣れないものでも、RFC 3261 §8.2.2.1 はリクエストを受け付けることを推奨している。',
          '修復の手段は SIP に組み込まれている。RFC 3261 §8.1.3.5 は、SIP URI での再試行をクライアントに求めている。sip: や sips: の URI を自ら別のスキームに書き換えて中継したプロキシが 416 を受け取った場合は、同じ宛先の SIP 形式を試すべきである。tel URL なら telephone-subscriber 部分を SIP URI のユーザ部に入れ、ホスト部には直前に送った先のドメインを使う（RFC 3261 §16.7、§19.1.6）。こうして再帰処理したプロキシは 416 を応答コンテキストに加えないので、クライアントがその 416 を目にすることはない。',
          '416 が問題にするのはスキームだけである。既知のスキームで未知のユーザなら [[404]]、桁数不足なら [[484]]、構文として解析できない URI なら [[400]]、長すぎる URI なら [[414]] になる。したがって 416 が指しているのは通常、相手先ではなく、ダイヤルプランや番号正規化の設定である。',
        ],
        scenarios: [
          'IMS ネットワークやホスト型の音声プラットフォームが、Request-URI が tel:+81312345678 の INVITE を、sip: URI しか受け付けない古い IP-PBX にルーティングし、PBX が 416 を返す。',
          '端末が Request-URI を urn:service:sos（RFC 5031）として緊急通報を発信するが、経由したプロキシがサービス URN に対応しておらず、呼をルーティングせずに 416 を返す。',
          'クリックトゥダイヤルの Web ページが tel: や callto: のリンクをソフトフォンに渡し、ソフトフォンがそれをそのまま Request-URI に入れる。アウトバウンドプロキシは 416 を返す。',
        ],
        fixes: [
          '送信前に宛先を SIP URI に変換する。電話番号なら sip:+81312345678@carrier.example;user=phone の形にし（RFC 3261 §19.1.6）、RFC 3261 §8.1.3.5 のとおりこの形式で一度だけ再試行する。',
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
    seeAlso: ['RFC4412 §3.1', 'RFC4412 §3.2', 'RFC4412 §4.3', 'RFC3261 §8.2.2.3'],
    alsoSeen: [],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'proxy', 'gateway'],
      methods: 'any',
      retry: 'modify',
      failover: false,
    },
    headers: [
      {
        name: 'Resource-Priority',
        in: 'request',
        ref: 'RFC4412 §3.1',
        note: {
          en: 'Carries namespace.priority values such as "dsn.flash" or "ets.0"; the 417 says the recipient does not recognise the namespace or the priority value.',
          ja: '「dsn.flash」や「ets.0」のような「名前空間.優先度」の値を運ぶ。417 は、受信側がその名前空間または優先度の値を認識できないことを示す。',
        },
      },
      {
        name: 'Require',
        in: 'request',
        ref: 'RFC4412 §4.3',
        note: {
          en: 'With the option tag resource-priority the client insists on priority handling; a recipient that lacks the extension altogether answers 420 instead.',
          ja: 'オプションタグ resource-priority を入れると、クライアントは優先処理を必須とする。拡張そのものを実装していない受信側は、代わりに 420 を返す。',
        },
      },
    ],
    related: [420, 421],
    keywords: {
      en: ['Resource-Priority', 'priority call', 'precedence', 'MLPP', 'GETS', 'WPS', 'ETS', 'emergency priority', 'Expectation Failed'],
      ja: ['優先呼', '優先度', 'リソース優先度', '重要通信', '緊急通報', 'MLPP', '名前空間'],
    },
    text: {
      en: {
        title: 'Unknown Resource-Priority',
        summary:
          'The server does not recognise the namespace or priority value in the Resource-Priority header of the request and refuses the request.',
        description: [
          'RFC 4412 lets a request ask for preferential treatment. Its Resource-Priority header names one or more namespace.priority values, such as "dsn.flash" for military precedence or "ets.0" for a government emergency service, and elements that honour them can favour the call on trunks, in queues and at gateways. RFC 4412 §4.6.2 defines 417 for a request whose Resource-Priority value the recipient does not recognise: an unknown namespace, or a priority level it does not know within that namespace.',
          'A client that needs the priority honoured rather than overlooked says so with Require: resource-priority (RFC 4412 §4.3). That is where 417 parts from [[420]] Bad Extension: 420 comes from a server that does not implement the resource-priority extension at all (RFC 3261 §8.2.2.3), 417 from one that implements it but not for the namespace or value in this request. The server can list what it does accept in Accept-Resource-Priority (RFC 4412 §3.2), which tells the client what to use in a retry.',
          'Despite the number, it has nothing to do with HTTP\'s 417 Expectation Failed. It turns up almost only where priority calling is deployed: defence networks with precedence levels, government emergency telecommunications and wireless priority services, and emergency-services networks using the esnet namespace (RFC 7135). On an ordinary trunk it points to a Resource-Priority header that entered from such a network and met an element configured to reject values it does not know.',
        ],
        scenarios: [
          'A defence-network softswitch sends an INVITE with "Resource-Priority: dsn.flash" and "Require: resource-priority" to a commercial gateway that knows only the ets and wps namespaces; the gateway answers 417 and lists ets.0 to ets.4 in Accept-Resource-Priority.',
          'A government emergency-service call enters a carrier\'s IMS carrying "Resource-Priority: ets.2", and an application server provisioned for the wps namespace only rejects the INVITE with 417.',
          'An emergency-services network marks calls with the esnet namespace (RFC 7135); a legacy gateway towards a PSAP, configured to reject unknown namespaces, answers 417, and the originating network has to retry the call without insisting on priority.',
        ],
        fixes: [
          'Read Accept-Resource-Priority in the 417, if present, and retry with a namespace and priority it lists, or map your value to its equivalent in that namespace at the network boundary.',
          'Decide in advance whether a call may proceed without priority; if it may, retry without the Resource-Priority header (or without Require: resource-priority) instead of letting the call fail.',
          'If your server sends 417 for traffic that should pass, add the namespaces your network is expected to carry (dsn, drsn, q735, ets and wps from RFC 4412, esnet from RFC 7135) to its configuration, or, where policy allows, let it handle requests with unknown values at normal priority.',
        ],
      },
      ja: {
        title: '不明なリソース優先度',
        summary:
          'リクエストの Resource-Priority ヘッダにある名前空間または優先度の値をサーバが認識できず、リクエストを拒否した。',
        description: [
          'RFC 4412 では、リクエストが優先的な扱いを求めることができる。Resource-Priority ヘッダに「名前空間.優先度」の形式で 1 つ以上の値を入れ、たとえば軍用の優先順位なら「dsn.flash」、政府の緊急通信サービスなら「ets.0」と書く。これに対応する要素は、トランク、キュー、ゲートウェイでその呼を優先できる。RFC 4412 §4.6.2 は、受信側が認識できない Resource-Priority の値、つまり未知の名前空間や、その名前空間の中で知らない優先度を含むリクエストに対する応答として 417 を定めている。',
          '優先度を見過ごされては困るクライアントは、Require: resource-priority でそれを明示する（RFC 4412 §4.3）。ここで [[420]] Bad Extension との違いが生じる。420 は resource-priority 拡張そのものを実装していないサーバが返し（RFC 3261 §8.2.2.3）、417 は拡張を実装してはいるが、このリクエストの名前空間や値には対応していないサーバが返す。サーバは受け付ける値を Accept-Resource-Priority（RFC 4412 §3.2）で列挙でき、クライアントはそれを見て再試行で使う値を決められる。',
          '番号は同じでも、HTTP の 417 Expectation Failed とは関係がない。このコードが現れるのは、ほぼ優先呼を運用している環境に限られる。優先順位を持つ防衛網、政府の緊急通信サービスや無線優先サービス、esnet 名前空間（RFC 7135）を使う緊急通報ネットワークなどである。一般のトランクで見かけた場合は、そうしたネットワークから入ってきた Resource-Priority ヘッダが、未知の値を拒否する設定の要素に当たったことを示している。',
        ],
        scenarios: [
          '防衛網のソフトスイッチが「Resource-Priority: dsn.flash」と「Require: resource-priority」を付けた INVITE を、ets と wps の名前空間しか知らない商用ゲートウェイに送る。ゲートウェイは 417 を返し、Accept-Resource-Priority に ets.0 から ets.4 までを列挙する。',
          '政府の緊急通信サービスの呼が「Resource-Priority: ets.2」付きで通信事業者の IMS に入るが、wps 名前空間だけが設定されたアプリケーションサーバが INVITE を 417 で拒否する。',
          '緊急通報ネットワークが esnet 名前空間（RFC 7135）で呼に印を付けるが、未知の名前空間を拒否する設定になっている PSAP 向けの古いゲートウェイが 417 を返す。発信側のネットワークは、優先度を強制せずに呼を再試行しなければならない。',
        ],
        fixes: [
          '417 に Accept-Resource-Priority があれば読み、そこに挙げられた名前空間と優先度で再試行する。または網の境界で、自網の値を相手の名前空間の同等の値に変換する。',
          '優先度なしでも呼を通してよいかを前もって決めておく。通してよいなら、呼を失敗させずに、Resource-Priority ヘッダなしで（または Require: resource-priority なしで）再試行する。',
          '通すべきトラフィックに自分のサーバが 417 を返しているなら、網で扱うべき名前空間（RFC 4412 の dsn、drsn、q735、ets、wps、RFC 7135 の esnet）を設定に加えるか、ポリシーが許す範囲で、未知の値を含むリクエストを通常の優先度で処理させる。',
        ],
      },
    },
  },
];
