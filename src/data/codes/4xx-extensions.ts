import type { CodeEntryInput } from '../schema';

export const codes4xxExtensions: CodeEntryInput[] = [
  {
    code: 420,
    phrase: 'Bad Extension',
    status: 'active',
    refs: ['RFC3261 §21.4.15'],
    seeAlso: ['RFC3261 §8.1.3.5', 'RFC3261 §8.2.2.3', 'RFC3261 §16.3', 'RFC3261 §20.29', 'RFC3261 §20.32', 'RFC3261 §20.37', 'RFC3261 §20.40'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'registrar'],
        refs: ['RFC3261 §21.4.15', 'RFC3261 §8.2.2.3', 'RFC3261 §16.3', 'RFC3261 §10.3'],
        byRole: {
          uas: ['RFC3261 §21.4.15', 'RFC3261 §8.2.2.3'],
          proxy: ['RFC3261 §16.3'],
          // §10.3 step 2: the registrar processes Require as described for UASs in §8.2.2.
          registrar: ['RFC3261 §21.4.15', 'RFC3261 §8.2.2.3', 'RFC3261 §10.3'],
        },
      },
      // RFC 3261 §8.2.2.3: Require and Proxy-Require MUST be ignored in a CANCEL, and a 420 answers only tags in them (§21.4.15).
      methods: { value: 'any', except: ['CANCEL'], exceptRefs: ['RFC3261 §8.2.2.3'], refs: ['RFC3261 §21.4.15', 'RFC3261 §8.2.2.3'] },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §21.4.15', 'RFC3261 §8.1.3.5', 'RFC3261 §21.4'],
        // RFC 3261 §8.1.3.5 sets its own level for a 420: the UAC SHOULD retry without the extensions the response lists in Unsupported.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the UAC SHOULD retry without the extensions listed in the Unsupported header of the response',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、UAC は応答の Unsupported ヘッダに挙がった拡張を除いて再試行すべきである（SHOULD）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; the UAC SHOULD retry it as a new request, this time omitting any extensions listed in the Unsupported header of the response',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、UAC は、応答の Unsupported ヘッダに挙がった拡張をすべて除いた新しいリクエストで再試行すべきである（SHOULD）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Unsupported',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §21.4.15',
        note: {
          en: 'Lists the option-tags from Require or Proxy-Require that this server does not understand: the extensions the client SHOULD omit when it retries (RFC 3261 §8.1.3.5).',
          ja: 'Require または Proxy-Require に並んだオプションタグのうち、このサーバが理解できないものを列挙する。クライアントが再試行の際に外すべき拡張である（SHOULD、RFC 3261 §8.1.3.5）。',
        },
      },
      {
        name: 'Require',
        in: 'request',
        ref: 'RFC3261 §20.32',
        note: {
          en: 'Names extensions the UAS must understand to process the request; an unknown tag here draws 420 from the user agent server (RFC 3261 §8.2.2.3). A proxy checks Proxy-Require, not Require, before forwarding (RFC 3261 §16.3).',
          ja: 'リクエストの処理に UAS が理解していなければならない拡張を示す。ここに未知のタグがあると UAS が 420 を返す（RFC 3261 §8.2.2.3）。プロキシが転送前に検査するのは Proxy-Require であり、Require ではない（RFC 3261 §16.3）。',
        },
      },
      {
        name: 'Proxy-Require',
        in: 'request',
        ref: 'RFC3261 §20.29',
        note: {
          en: 'Names extensions every proxy on the path must understand; a proxy that does not know one of the tags answers 420 itself instead of forwarding (RFC 3261 §16.3).',
          ja: '経路上のすべてのプロキシが理解していなければならない拡張を示す。タグの 1 つでも知らないプロキシは、転送せずに自分で 420 を返す（RFC 3261 §16.3）。',
        },
      },
    ],
    related: [421, 494, 501],
    keywords: {
      en: ['Require', 'Proxy-Require', 'Unsupported', 'option-tag', 'option tag', '100rel', 'PRACK', 'extension not supported', 'sec-agree'],
      ja: ['拡張', 'オプションタグ', '未サポート', '非対応', '100rel', 'PRACK', '信頼性のある暫定応答'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'g', role: 'gateway' },
      ],
      steps: [
        { from: 'a', to: 'g', label: 'INVITE + Require: 100rel' },
        { from: 'g', to: 'a', label: '420 Bad Extension' },
        { from: 'a', to: 'g', label: 'ACK' },
        { from: 'a', to: 'g', label: 'INVITE + Supported: 100rel' },
        { from: 'g', to: 'a', label: '180 Ringing' },
        { from: 'g', to: 'a', label: '200 OK' },
        { from: 'a', to: 'g', label: 'ACK' },
      ],
      caption: {
        en: 'A UAC demands reliable provisional responses from a gateway without RFC 3262 support; after acknowledging the 420, it retries with 100rel only in Supported and the call proceeds.',
        ja: 'UAC が RFC 3262 に対応していないゲートウェイに信頼性のある暫定応答を必須として要求する。420 に ACK を返した後、100rel を Supported だけに入れて再試行すると呼は進む。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12155550131@gw.example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK2d4790',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:+12155550131@gw.example.net;user=phone>',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Require: 100rel',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 420 Bad Extension',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK2d4790;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:+12155550131@gw.example.net;user=phone>;tag=5a3e1f09',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Unsupported: 100rel',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Require', 'Unsupported'],
    },
    text: {
      en: {
        title: 'Bad Extension',
        summary:
          'The request demanded, in Require or Proxy-Require, a SIP extension that the answering server does not understand; the Unsupported header says which one.',
        description: [
          'SIP extensions are identified by option-tags such as 100rel, timer, precondition or replaces. A client that cannot do without an extension lists its tag in Require, addressed to the user agent server, or in Proxy-Require, addressed to every proxy on the path. A server that meets a tag it does not understand there must not silently carry on without it: it answers 420 and names the unknown tags in an Unsupported header (RFC 3261 §21.4.15). For Require that obligation falls on the UAS (RFC 3261 §8.2.2.3); for Proxy-Require it falls on each proxy, which rejects the request instead of forwarding it (RFC 3261 §16.3).',
          'The design puts the cost on the mismatch only: the exchange proceeds without delay when both sides understand every option, and slows down only when they do not (RFC 3261 §8.2.2.3). After a 420, RFC 3261 §8.1.3.5 says the client SHOULD retry without the extensions listed in Unsupported. Tags a client would merely like to use belong in Supported instead: 420 answers only tags in Require and Proxy-Require (RFC 3261 §21.4.15). CANCEL and ACK for a non-2xx response are exempt: Require and Proxy-Require must not appear in them and must be ignored if they do, so they give a server no ground for a 420 (RFC 3261 §8.2.2.3).',
          'Its mirror image is [[421]] Extension Required. With 420 the client asked for more than the server understands; with 421 the server needs something the client did not offer, and the extension names travel the other way round, in Unsupported for 420 and in Require for 421. A 420 comes from one server only; when a proxy forks, another branch may still accept the same Require.',
        ],
        scenarios: [
          'A softphone configured for "PRACK required" sends INVITE with "Require: 100rel" to an older PBX or PSTN gateway without RFC 3262 support. The gateway answers "420 Bad Extension" with "Unsupported: 100rel" and the call never rings.',
          'A user agent set up for the RFC 3329 security agreement sends REGISTER with "Require: sec-agree" and "Proxy-Require: sec-agree", as RFC 3329 §2.3.1 requires, but its first hop is an SBC or proxy that does not implement the agreement. The proxy does not know the sec-agree tag, so it answers 420 listing it.',
          'A UAC puts "Require: timer" or "Require: precondition" in an INVITE bound for a carrier trunk whose far end implements neither session timers (RFC 4028) nor QoS preconditions (RFC 3312), and every such call ends at the first INVITE with 420. For session timers RFC 4028 §7.1 does not recommend Require: timer in the request at all.',
        ],
        fixes: [
          'Read the Unsupported header, remove those tags from Require or Proxy-Require, and send the request again as a new transaction, with the same Call-ID, To and From (SHOULD) and a CSeq one higher (RFC 3261 §8.1.3.5). If the feature is only desirable, advertise it in Supported and let the other side opt in.',
          'On phones, PBXs and SBCs, look for settings such as "100rel: required", "session timer: always" or "preconditions: mandatory" and relax them to "supported" for trunks and peers that lack the extension; an SBC can also strip the tag on that leg.',
          'If your server sends it: answer 420 only for tags you really do not understand, always include Unsupported with those tags, never answer ACK or CANCEL with 420, and as a proxy check Proxy-Require only, leaving Require to the user agent server.',
        ],
      },
      ja: {
        title: '未対応の拡張',
        summary:
          'リクエストが Require または Proxy-Require で要求した SIP 拡張を、応答したサーバが理解できない。どの拡張かは Unsupported ヘッダに示される。',
        description: [
          'SIP の拡張は 100rel、timer、precondition、replaces といったオプションタグで識別される。ある拡張なしでは困るクライアントは、そのタグを UAS 宛てなら Require に、経路上の全プロキシ宛てなら Proxy-Require に入れる。そこで知らないタグに出会ったサーバは、その拡張を無視して処理を進めてはならず、420 を返して Unsupported ヘッダに未知のタグを列挙する（RFC 3261 §21.4.15）。Require を検査する義務は UAS にあり（RFC 3261 §8.2.2.3）、Proxy-Require については各プロキシが検査し、知らないタグがあればリクエストを転送せずに拒否する（RFC 3261 §16.3）。',
          'この仕組みでは、余計な手間が生じるのは双方の対応が食い違ったときだけである。双方がすべてのオプションを理解していればやり取りは遅れずに進み、理解していない場合にだけ遅くなる（RFC 3261 §8.2.2.3）。420 を受けたクライアントは、Unsupported に挙がった拡張を外して再試行すべきである（SHOULD、RFC 3261 §8.1.3.5）。使えれば使いたいという程度の拡張は Supported に書けばよい。420 の対象は Require と Proxy-Require のタグだけである（RFC 3261 §21.4.15）。なお CANCEL と非 2xx 応答に対する ACK は対象外で、これらに Require や Proxy-Require を入れてはならず、入っていても無視しなければならない。したがって、これらのヘッダはサーバが 420 を返す根拠にならない（RFC 3261 §8.2.2.3）。',
          '対になるのが [[421]] Extension Required である。420 はクライアントがサーバの理解を超える拡張を求めた場合、421 はクライアントが提示しなかった拡張をサーバが必要とする場合であり、拡張名の載るヘッダも 420 では Unsupported、421 では Require と逆になる。420 はあくまで 1 台のサーバの応答であり、プロキシがフォーキングしていれば、同じ Require を別のブランチが受け入れることもある。',
        ],
        scenarios: [
          '「PRACK 必須」に設定したソフトフォンが、RFC 3262 に対応していない古い PBX や PSTN ゲートウェイへ「Require: 100rel」付きの INVITE を送る。ゲートウェイは「Unsupported: 100rel」を付けた「420 Bad Extension」を返し、着信側は鳴らない。',
          'RFC 3329 のセキュリティアグリーメントを使うよう設定された UA が、RFC 3329 §2.3.1 のとおり「Require: sec-agree」と「Proxy-Require: sec-agree」を付けた REGISTER を送ったが、ファーストホップはこの仕組みを実装していない SBC やプロキシだった。sec-agree を知らないプロキシは、このタグを挙げた 420 を返す。',
          'UAC が「Require: timer」や「Require: precondition」を付けた INVITE をキャリアのトランクへ送るが、対向側がセッションタイマ（RFC 4028）にも QoS プリコンディション（RFC 3312）にも対応していないため、こうした呼はすべて最初の INVITE で 420 となる。セッションタイマについては、RFC 4028 §7.1 がリクエストに Require: timer を入れること自体を推奨していない（NOT RECOMMENDED）。',
        ],
        fixes: [
          'Unsupported ヘッダを読み、そこに挙がったタグを Require または Proxy-Require から外して、新しいトランザクションとして送り直す。Call-ID、To、From は前のリクエストと同じにし（SHOULD）、CSeq は 1 つ大きくする（RFC 3261 §8.1.3.5）。必須でない機能なら Supported で対応を示すだけにし、採用は相手に任せる。',
          '電話機、PBX、SBC で「100rel：必須」「セッションタイマ：常時」「プリコンディション：必須」などの設定を探し、その拡張を持たないトランクや対向装置に対しては「サポート」に緩める。SBC でその区間だけタグを削除する方法もある。',
          '自分のサーバが返している場合は、本当に理解できないタグに対してだけ 420 を返し、必ずそのタグを Unsupported に入れる。ACK や CANCEL に 420 を返してはならない。プロキシとして動作するときは Proxy-Require だけを検査し、Require の検査は UAS に任せる。',
        ],
      },
    },
  },
  {
    code: 421,
    phrase: 'Extension Required',
    status: 'active',
    refs: ['RFC3261 §21.4.16'],
    seeAlso: ['RFC3261 §8.2.4', 'RFC3261 §20.32', 'RFC3261 §20.37', 'RFC3329 §2.3.2'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy', 'registrar'],
        refs: ['RFC3261 §21.4.16', 'RFC3327 §5.2', 'RFC3329 §2.3.2', 'RFC3261 §8.2.4', 'RFC3261 §10.3'],
        byRole: {
          uas: ['RFC3261 §21.4.16'],
          proxy: ['RFC3327 §5.2', 'RFC3329 §2.3.2'],
          // No section names a registrar with 421. §10.3: "A registrar handles requests according to Section 8.2",
          // and §8.2.4 is the rule in §8.2 that lets the server send 421 (MAY, NOT RECOMMENDED).
          registrar: ['RFC3261 §8.2.4', 'RFC3261 §10.3'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.4.16'] },
      retry: { value: 'modify', refs: ['RFC3261 §21.4.16', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Require',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §21.4.16',
        note: {
          en: 'Names the extensions the server insists on, such as 100rel, path or sec-agree. The client has to support them and offer them when it resends: 100rel or path in Supported; for sec-agree, Security-Verify with sec-agree in Require and Proxy-Require (RFC 3329 §2.3.1).',
          ja: 'サーバが必須とする拡張（100rel、path、sec-agree など）を示す。クライアントはそれらに対応し、送り直すリクエストで提示する必要がある。100rel や path なら Supported に入れ、sec-agree なら Security-Verify を付けて Require と Proxy-Require に入れる（RFC 3329 §2.3.1）。',
        },
      },
      {
        name: 'Supported',
        in: 'request',
        ref: 'RFC3261 §20.37',
        note: {
          en: 'Lists the extensions the client can handle. When a tag the server cannot do without is missing here, the server may answer 421, although RFC 3261 §8.2.4 recommends serving the request with baseline SIP instead.',
          ja: 'クライアントが扱える拡張の一覧である。サーバがどうしても必要とするタグがこの一覧になければ、サーバは 421 を返してよい。ただし RFC 3261 §8.2.4 は、421 を返さずに基本仕様の SIP で処理するよう勧めている。',
        },
      },
    ],
    related: [420, 494, 439],
    keywords: {
      en: ['Require', 'Supported', 'option-tag', 'option tag', '100rel', 'PRACK', 'Path', 'sec-agree', 'extension missing'],
      ja: ['拡張', 'オプションタグ', '必須', '100rel', 'PRACK', 'Path', 'sec-agree', 'IMS'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'INVITE', note: { en: 'no 100rel in Supported', ja: 'Supported に 100rel なし' } },
        { from: 'b', to: 'a', label: '421 Extension Required' },
        { from: 'a', to: 'b', label: 'ACK' },
        { from: 'a', to: 'b', label: 'INVITE + Supported: 100rel' },
        { from: 'b', to: 'a', label: '180 Ringing + Require: 100rel' },
        { from: 'a', to: 'b', label: 'PRACK' },
        { from: 'b', to: 'a', label: '200 OK (PRACK)' },
        { from: 'b', to: 'a', label: '200 OK (INVITE)' },
        { from: 'a', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'A UAS that insists on reliable provisional responses rejects an INVITE without 100rel in Supported; the retry offers it, so the 180 is sent reliably and acknowledged with PRACK.',
        ja: '信頼性のある暫定応答を必須とする UAS が、Supported に 100rel のない INVITE を拒否する。再試行の INVITE が 100rel を提示したので、180 は信頼性のある暫定応答として送られ、PRACK で確認される。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Supported: replaces, timer',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 421 Extension Required',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>;tag=8321234356',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 1 INVITE',
        'Require: 100rel',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Supported', 'Require'],
    },
    text: {
      en: {
        title: 'Extension Required',
        summary:
          'The server needs a SIP extension to process the request, and the client did not list it in Supported; the Require header of the 421 names that extension.',
        description: [
          'Normally the server adapts to the client. A UAS may apply an extension to its response only if the request listed the extension in Supported, and when the client did not, the server SHOULD rely only on baseline SIP and any other extensions the client supports (RFC 3261 §8.2.4). In rare circumstances, where it cannot process the request without the extension, it MAY answer 421 instead, and the same section calls that choice NOT RECOMMENDED because it will generally break interoperability; RFC 3261 §21.4.16 adds that a UAS SHOULD NOT use 421 unless it truly cannot provide any useful service to the client. The response must name the missing extensions in a Require header (RFC 3261 §21.4.16).',
          'Here Require is used in an unusual direction: for other responses RFC 3261 §8.2.4 has it list the extensions applied to the response, while in a 421 it lists what the server is still waiting for the client to offer. Removing headers or changing values does not help: the client has to implement the extension and resend the request offering it. For 100rel or path that means the tag in Supported. sec-agree works differently: the client starts the agreement from the Security-Server list of the 421 and sends its next requests with Security-Verify and with sec-agree in both Require and Proxy-Require (RFC 3329 §2.3.1); to an unprotected request that lists sec-agree only in Supported, a server whose policy requires the agreement answers [[494]] (RFC 3329 §2.3.2).',
          'Because the two codes sit next to each other, 421 can be mistaken for [[420]] Bad Extension, yet the situations are opposite. A 420 says that the client demanded too much; a 421 says that the client offered too little. In the RFC 3329 sec-agree mechanism, 421 sits side by side with [[494]] Security Agreement Required: a server whose policy requires the agreement answers 421 when the request names sec-agree nowhere, and 494 when it lists sec-agree only in Supported (RFC 3329 §2.3.2).',
        ],
        scenarios: [
          'A SIP stack configured to require reliable provisional responses, such as a pjsip invite session with the PJSIP_INV_REQUIRE_100REL option, receives an INVITE without "Supported: 100rel" and rejects it with 421 and "Require: 100rel" instead of sending 180 and 183 unreliably.',
          'An edge proxy that must insert a Path header to reach its clients later receives a REGISTER whose Supported header lacks "path". Instead of forwarding a registration it could not route back to, it answers 421 with "Require: path", as RFC 3327 §5.2 says a proxy that requires the registrar to support Path SHOULD when the UA has not indicated support for it.',
          'A mobile operator\'s first-hop proxy, whose policy requires the RFC 3329 security agreement, receives a plain REGISTER that mentions sec-agree in no Require, Proxy-Require or Supported header. It answers 421 with "Require: sec-agree", a Security-Server header listing its mechanisms and what the client needs to start the preferred one (RFC 3329 §2.3.2), so that only protected registrations are accepted.',
        ],
        fixes: [
          'Read the Require header of the 421 and enable that extension on the client (100rel/PRACK, Path, sec-agree), then offer it in the resent request: 100rel or path in Supported; for sec-agree, run the agreement and send Security-Verify with sec-agree in Require and Proxy-Require (RFC 3329 §2.3.1).',
          'If the client cannot implement it, the call or registration cannot succeed through this server: route the request elsewhere, or ask the operator to treat the extension as optional for your trunk.',
          'If your server sends it: prefer baseline SIP when the client lacks an extension, as RFC 3261 §8.2.4 recommends; do not send 421 if you can provide any useful service to the client (SHOULD NOT, RFC 3261 §21.4.16), always include Require with the needed tags (for sec-agree, also a Security-Server header and whatever the client needs to start the preferred mechanism, such as a Proxy-Authenticate challenge for Digest, both MUSTs of RFC 3329 §2.3.2), and never use 421 to report an unknown tag in the client\'s Require, which is what 420 is for.',
        ],
      },
      ja: {
        title: '拡張が必要',
        summary:
          'サーバがリクエストの処理に必要とする SIP 拡張を、クライアントが Supported に挙げていないことを示す。必要な拡張は 421 の Require ヘッダに示される。',
        description: [
          '本来はサーバの側がクライアントに合わせる。UAS が応答に拡張を適用してよいのはリクエストの Supported にその拡張が挙がっている場合だけであり、挙がっていなければ、基本仕様の SIP とクライアントが対応する拡張だけで処理すべきである（SHOULD、RFC 3261 §8.2.4）。拡張なしではリクエストを処理できないというまれな場合には、代わりに 421 を返してもよい（MAY）が、一般に相互接続性を損なうため、同じ節はこの選択を NOT RECOMMENDED としている。RFC 3261 §21.4.16 も、クライアントに意味のあるサービスをまったく提供できない場合を除き、UAS は 421 を使うべきではない（SHOULD NOT）としている。応答には、足りない拡張を Require ヘッダで示さなければならない（RFC 3261 §21.4.16）。',
          'ここでの Require の使い方は独特である。RFC 3261 §8.2.4 では、421 以外の応答の Require はその応答に適用した拡張を示すのに対し、421 ではクライアントがまだ提示していない、サーバが待っている拡張を列挙する。ヘッダを削ったり値を変えたりしても解決しない。クライアントはその拡張を実装し、それを提示してリクエストを送り直す必要がある。100rel や path なら Supported にタグを入れる。sec-agree は扱いが異なる。クライアントは 421 の Security-Server の一覧をもとに合意の手順を始め、以後のリクエストには Security-Verify を付け、Require と Proxy-Require の両方に sec-agree を入れる（RFC 3329 §2.3.1）。合意を必須とするポリシーのサーバは、Supported にだけ sec-agree を入れた保護されていないリクエストに [[494]] を返す（RFC 3329 §2.3.2）。',
          '番号が隣り合うため 421 は [[420]] Bad Extension と混同されることがあるが、状況は正反対である。420 はクライアントの要求が過大であること、421 はクライアントの提示が不足していることを示す。RFC 3329 の sec-agree では、421 は [[494]] Security Agreement Required と並んで使われる。合意を必須とするポリシーのサーバは、リクエストのどこにも sec-agree がなければ 421 を、Supported にだけ sec-agree があれば 494 を返す（RFC 3329 §2.3.2）。',
        ],
        scenarios: [
          '信頼性のある暫定応答を必須にしたスタック（PJSIP_INV_REQUIRE_100REL を指定した pjsip の INVITE セッションなど）が、「Supported: 100rel」のない INVITE を受け取る。180 や 183 を信頼性なしで送る代わりに、「Require: 100rel」付きの 421 で拒否する。',
          '後でクライアントへ到達するために Path ヘッダを挿入する必要のあるエッジプロキシが、Supported に「path」のない REGISTER を受け取る。戻りの経路を作れない登録を転送する代わりに、「Require: path」付きの 421 を返す。RFC 3327 §5.2 は、UA がサポートを示していない場合、レジストラに Path のサポートを求めるプロキシはこうすべきである（SHOULD）としている。',
          'RFC 3329 のセキュリティアグリーメントを必須とするポリシーの、携帯事業者のファーストホップのプロキシに、Require・Proxy-Require・Supported のどこにも sec-agree のない保護なしの REGISTER が届く。プロキシは「Require: sec-agree」、対応メカニズムを列挙した Security-Server ヘッダ、および優先するメカニズムをクライアントが始めるのに必要な情報を付けた 421 を返し（RFC 3329 §2.3.2）、保護された登録だけを受け入れる。',
        ],
        fixes: [
          '421 の Require ヘッダを読み、その拡張（100rel/PRACK、Path、sec-agree）をクライアントで有効にしたうえで、送り直すリクエストで提示する。100rel や path なら Supported にオプションタグを入れ、sec-agree なら合意の手順を行い、Security-Verify を付けて Require と Proxy-Require に sec-agree を入れる（RFC 3329 §2.3.1）。',
          'クライアントがその拡張を実装できないなら、このサーバ経由では呼も登録も成功しない。別の経路へ送るか、自社トランクではその拡張を任意扱いにするよう事業者に依頼する。',
          '自分のサーバが返している場合は、RFC 3261 §8.2.4 の推奨どおり、クライアントが拡張を持たなければ基本仕様の SIP で処理する。クライアントに意味のあるサービスを少しでも提供できるなら 421 は返さない（SHOULD NOT、RFC 3261 §21.4.16）。421 を返すときは、必ず必要なタグを Require に入れる。sec-agree の場合は、Security-Server ヘッダと、優先するメカニズムをクライアントが始めるのに必要な情報（ダイジェスト認証なら Proxy-Authenticate のチャレンジなど）も入れなければならない（MUST、RFC 3329 §2.3.2）。クライアントの Require にある未知のタグを知らせるために 421 を使ってはならない。それは 420 の役目である。',
        ],
      },
    },
  },
  {
    code: 422,
    phrase: 'Session Interval Too Small',
    status: 'active',
    refs: ['RFC4028 §6'],
    seeAlso: ['RFC4028 §4', 'RFC4028 §5', 'RFC4028 §7', 'RFC4028 §8.1', 'RFC4028 §9'],
    alsoSeen: [
      {
        phrase: 'Session Timer Too Small',
        source: {
          en: 'The 422 that OpenSIPS\'s sst module sends (sst_422_rpl in modules/sst/sst_handlers.c) and that module\'s documentation, Wireshark\'s table of SIP status codes (sip_response_code_vals in packet-sip.c, used by its SIP statistics) and sofia-sip\'s documentation of NUTAG_SESSION_TIMER; pjsip and sofia-sip/FreeSWITCH name their constants this way (PJSIP_SC_SESSION_TIMER_TOO_SMALL, SIP_422_SESSION_TIMER_TOO_SMALL) but send the registered phrase',
          ja: 'OpenSIPS の sst モジュールが送る 422（modules/sst/sst_handlers.c の sst_422_rpl）とそのモジュールの説明、Wireshark の SIP ステータスコード表（packet-sip.c の sip_response_code_vals。SIP 統計で使われる）、sofia-sip の NUTAG_SESSION_TIMER の説明。pjsip と sofia-sip/FreeSWITCH は定数名をこう付けている（PJSIP_SC_SESSION_TIMER_TOO_SMALL、SIP_422_SESSION_TIMER_TOO_SMALL）が、送信するのは登録済みのリーズンフレーズである',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy'],
        refs: ['RFC4028 §6'],
        byRole: {
          uas: ['RFC4028 §6'],
          proxy: ['RFC4028 §6'],
        },
      },
      methods: { value: ['INVITE', 'UPDATE'], refs: ['RFC4028 §4', 'RFC4028 §6'] },
      retry: {
        value: 'modify',
        refs: ['RFC4028 §7.3', 'RFC4028 §7.4'],
        // RFC 4028 §7.3: the UAC MAY retry; §7.4: the retry MUST carry Min-SE, with the largest value received (within a dialog, in 422s and in session refresh requests).
        label: {
          en: 'The UAC MAY retry; the new request MUST carry Min-SE with the largest value received in the 422 responses and, within a dialog, in the session refresh requests received on it',
          ja: 'UAC は再試行してよく（MAY）、新しいリクエストには、受けた 422 応答と、ダイアログ内ではそのダイアログで受けたセッションリフレッシュのリクエストとが示した最大の値の Min-SE を入れなければならない（MUST）',
        },
        next: {
          en: 'the UAC MAY retry the request, as a new transaction; the new request MUST carry a Min-SE header field with the largest value among all the 422 responses and session refresh requests received on the dialog or, before a dialog exists, among all the 422 responses received for the same Call-ID',
          ja: 'UAC は新しいトランザクションとしてリクエストを再試行してよく（MAY）、そのリクエストには、同じダイアログで受けたすべての 422 応答とセッションリフレッシュのリクエストのうち、ダイアログがまだなければ同じ Call-ID で受けたすべての 422 応答のうち、最大の値を持つ Min-SE ヘッダを入れなければならない（MUST）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Min-SE',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC4028 §6',
        note: {
          en: 'States the smallest session interval, in seconds, that the rejecting element accepts; it MUST NOT be below 90 (RFC 4028 §5). A retried request MUST carry a Min-SE of at least this value: the largest received in 422 responses and, within a dialog, in session refresh requests received on it (RFC 4028 §7.4).',
          ja: '拒否した装置が受け入れる最小のセッション間隔を秒で示す。90 秒を下回ってはならない（MUST NOT、RFC 4028 §5）。送り直すリクエストには、この値以上の Min-SE を入れなければならない（MUST、RFC 4028 §7.4）。入れるのは、受けた 422 の Min-SE（ダイアログ内では、そのダイアログで受けたセッションリフレッシュのリクエストの Min-SE も含む）のうち最大の値である。',
        },
      },
      {
        name: 'Session-Expires',
        in: 'request',
        ref: 'RFC4028 §4',
        note: {
          en: 'The session interval the request proposes; 422 means this number is below the minimum of a proxy or of the UAS.',
          ja: 'リクエストが提案するセッション間隔である。422 は、この値がプロキシまたは UAS の最小値を下回っていることを意味する。',
        },
      },
      {
        name: 'Supported',
        in: 'request',
        ref: 'RFC4028 §9',
        note: {
          en: 'RFC 4028 lets a proxy or the UAS reject with 422 (MAY) a request whose Supported header contains "timer" (RFC 4028 §8.1, §9). A proxy cannot usefully reject a request without it, since that would fail the call: it SHOULD instead insert Min-SE with its minimum, or raise an existing one, and MUST then raise Session-Expires to that value (RFC 4028 §8.1).',
          ja: 'RFC 4028 は、Supported に「timer」を含むリクエストについて、プロキシや UAS が 422 で拒否してよい（MAY）としている（RFC 4028 §8.1、§9）。含まないリクエストをプロキシが拒否しても、呼が失敗するだけで意味がない。プロキシは代わりに、自らの最小値で Min-SE を挿入するか既存の値を引き上げるべきであり（SHOULD）、そのうえで Session-Expires をその値まで引き上げなければならない（MUST、RFC 4028 §8.1）。',
        },
      },
    ],
    related: [423, 420, 421],
    keywords: {
      en: ['session timer', 'session timers', 'Session-Expires', 'Min-SE', 'refresher', 'session refresh', 're-INVITE', 'keepalive'],
      ja: ['セッションタイマ', 'Min-SE', 'セッション間隔', 'リフレッシュ', 're-INVITE', '最小値'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE + Session-Expires: 90' },
        { from: 'p', to: 'a', label: '422 Session Interval Too Small' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'a', to: 'p', label: 'INVITE + Session-Expires/Min-SE: 1800' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'A proxy whose minimum session interval is 1800 seconds rejects a 90-second Session-Expires; the UAC acknowledges the 422 and retries with Session-Expires and Min-SE raised to 1800.',
        ja: 'セッション間隔の最小値を 1800 秒とするプロキシが、90 秒の Session-Expires を拒否する。UAC は 422 に ACK を返し、Session-Expires と Min-SE を 1800 に引き上げて再試行する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Supported: timer',
        'Session-Expires: 90',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 422 Session Interval Too Small',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=3e8a6c1d',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 1 INVITE',
        'Min-SE: 1800',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Supported', 'Session-Expires', 'Min-SE'],
    },
    text: {
      en: {
        title: 'Session Interval Too Small',
        summary:
          'A proxy or the UAS refuses the session interval proposed in Session-Expires because it is shorter than its own minimum; the Min-SE header of the 422 gives the smallest acceptable value.',
        description: [
          'Session timers (RFC 4028) make a dialog prove periodically that it is still alive: one side, the refresher, sends a re-INVITE or UPDATE before the negotiated interval runs out, and when no refresh arrives, the user agents are to send BYE and call-stateful proxies can drop the call state (RFC 4028 §1). Every refresh costs processing on each element that record-routes the dialog, so each of them may impose a lower bound (RFC 4028 §2). A request whose Session-Expires value falls below that bound may be answered 422, and the response must then carry a Min-SE header with the bound (RFC 4028 §6), which MUST NOT be less than 90 seconds (RFC 4028 §5).',
          'RFC 4028 allows a 422 (MAY) when the request shows that the sender understands session timers, that is, when its Supported header contains "timer" (RFC 4028 §8.1 for proxies, §9 for the UAS). If it does not, a proxy cannot usefully reject it, since that would fail the call: it SHOULD instead insert Min-SE with its minimum, or raise an existing one, and MUST then raise Session-Expires to that value itself before forwarding (RFC 4028 §8.1). A UAC that receives a 422 may send the request again (RFC 4028 §7.3). If it does, the new request MUST carry a Min-SE header: before a dialog exists, with the largest Min-SE of the 422 responses received for an INVITE with that Call-ID; within a dialog, with the largest Min-SE of the 422 responses and of the session refresh requests received on that dialog (RFC 4028 §7.4). RFC 4028 sets no requirement level for the Session-Expires of a retried initial INVITE; in a refresh within a dialog whose session timer is active, Session-Expires SHOULD be present and equal to the larger of Min-SE and the current session interval (RFC 4028 §7.4). Either way a proxy on the path that follows the session-timer rules of RFC 4028 MUST NOT set Session-Expires below Min-SE and MUST raise a lower value to it (RFC 4028 §8.1).',
          'The name and number sit next to [[423]] Interval Too Brief, and both say "your timer is too short", but they police different clocks: 422 concerns the lifetime of an INVITE session and the Min-SE header, 423 concerns the Expires of a registration, subscription or publication and the Min-Expires header. A 422 answering a session refresh inside an established dialog rejects only that refresh: the session stays as it was, but so does its expiration, and a refresh still has to succeed before it (RFC 4028 §10).',
        ],
        scenarios: [
          'A softphone offers "Session-Expires: 90" in every INVITE, although RFC 4028 §4 says an element inserting Session-Expires should not choose less than 30 minutes. The operator\'s SBC keeps call state and accepts no session interval under 30 minutes, so it answers "422 Session Interval Too Small" with "Min-SE: 1800"; a client that retries sends "Session-Expires: 1800" and "Min-SE: 1800".',
          'An OpenSIPS proxy uses its sst module to enforce a minimum interval (its reject_to_small parameter, on by default, makes it answer 422 with its own Min-SE). An IP-PBX trunking through it places calls with a shorter Session-Expires and "Supported: timer", and every call fails at once because the PBX treats the 422 as final instead of retrying.',
          'A B2BUA accepts a call with one interval on the inbound leg and starts the outbound leg with its own, shorter default. The carrier downstream rejects the outbound INVITE with 422, and the trace shows the failure on a leg the original caller never saw.',
        ],
        fixes: [
          'Handle the 422 as RFC 4028 §7.3 and §7.4 describe: resend the request as a new transaction, with the same Call-ID, To and From (SHOULD) and a CSeq one higher (RFC 4028 §7.3), a Min-SE header carrying the largest Min-SE received in the 422 responses (within a dialog, counting also the Min-SE of session refresh requests received on it), and Session-Expires raised to at least that value. The Min-SE is a MUST (RFC 4028 §7.4). In a retried initial INVITE, raising Session-Expires is our advice, since a proxy on the path that follows the session-timer rules of RFC 4028 MUST raise a lower value to Min-SE anyway (RFC 4028 §8.1); in a refresh within a dialog whose session timer is active, RFC 4028 §7.4 asks for it (SHOULD: the larger of Min-SE and the current session interval). Stacks such as pjsip do this automatically once session timers are enabled. The retry itself is optional (RFC 4028 §7.3), so a stack that gives up is not breaking the RFC; if yours does, raise its session interval instead (next fix).',
          'Raise the default session interval on phones, PBXs and B2BUAs to the 1800 seconds that RFC 4028 §4 recommends, so that the first INVITE already clears any minimum on the path up to 30 minutes.',
          'If your server sends it: only reject requests that carry "Supported: timer", always include Min-SE with your real minimum (90 seconds or more), and, as a proxy, handle requests without timer support by inserting or raising Min-SE and raising Session-Expires to match instead of rejecting (RFC 4028 §8.1).',
        ],
      },
      ja: {
        title: 'セッション間隔が短すぎる',
        summary:
          'Session-Expires で提案されたセッション間隔が、プロキシまたは UAS の定める最小値より短いため受け入れられない。許容される最小値は 422 の Min-SE ヘッダで示される。',
        description: [
          'セッションタイマ（RFC 4028）は、ダイアログがまだ生きていることを定期的に確認させる仕組みである。リフレッシャとなった一方が、合意した間隔が切れる前に re-INVITE または UPDATE を送る。リフレッシュが届かなければ、両端の UA は BYE を送ることになっており、呼状態を保持するプロキシはその呼の状態を削除できる（RFC 4028 §1）。リフレッシュはダイアログを Record-Route している各装置に処理負荷をかけるため、それらの装置はいずれも間隔の下限を設けてよい（RFC 4028 §2）。Session-Expires の値がその下限を下回るリクエストは 422 で拒否してよく、その場合は応答にその下限を示す Min-SE ヘッダを付けなければならない（RFC 4028 §6）。この値は 90 秒未満であってはならない（MUST NOT、RFC 4028 §5）。',
          'RFC 4028 が 422 を返してよい（MAY）としているのは、送信側がセッションタイマを理解していることがリクエストから分かる場合、つまり Supported ヘッダに「timer」がある場合である（プロキシは RFC 4028 §8.1、UAS は §9）。そうでなければ、プロキシが拒否しても呼が失敗するだけで意味がない。プロキシは代わりに、自らの最小値で Min-SE を挿入するか既存の値を引き上げるべきであり（SHOULD）、そのうえで Session-Expires を自らその値まで引き上げてから転送しなければならない（MUST、RFC 4028 §8.1）。422 を受けた UAC は、リクエストを送り直してもよい（RFC 4028 §7.3）。送り直す場合、新しいリクエストには Min-SE ヘッダを入れなければならない（MUST）。その値は、ダイアログの確立前であれば、同じ Call-ID の INVITE に対して受けた 422 の Min-SE のうち最大の値であり、ダイアログ内であれば、そのダイアログで受けた 422 とセッションリフレッシュのリクエストの Min-SE のうち最大の値である（RFC 4028 §7.4）。送り直す最初の INVITE の Session-Expires については、RFC 4028 は要求レベルを定めていない。セッションタイマが動作しているダイアログ内のリフレッシュでは、Session-Expires を入れ、その値を Min-SE と現在のセッション間隔のうち大きいほうと等しくすべきである（SHOULD、RFC 4028 §7.4）。いずれの場合も、RFC 4028 のセッションタイマの規則に従う経路上のプロキシは Session-Expires を Min-SE より小さくしてはならず、小さければ Min-SE まで引き上げなければならない（MUST、RFC 4028 §8.1）。',
          '名前も番号も [[423]] Interval Too Brief に近く、どちらも「タイマが短すぎる」という意味だが、対象とする時間が違う。422 は INVITE セッションの寿命と Min-SE ヘッダ、423 は登録・サブスクリプション・パブリケーションの Expires と Min-Expires ヘッダを扱う。確立済みのダイアログ内のセッションリフレッシュに 422 が返った場合、拒否されるのはそのリフレッシュだけで、セッションは元のまま続く。ただしセッションの期限も延びないため、その期限までにリフレッシュを成功させる必要がある（RFC 4028 §10）。',
        ],
        scenarios: [
          'ソフトフォンがすべての INVITE で「Session-Expires: 90」を提示する（RFC 4028 §4 は、Session-Expires を入れる側は 30 分未満の値を選ぶべきでないとしている）。呼状態を保持する事業者の SBC は 30 分未満のセッション間隔を受け付けないため、「Min-SE: 1800」を付けた「422 Session Interval Too Small」を返す。再試行するクライアントは「Session-Expires: 1800」と「Min-SE: 1800」を付けて送り直す。',
          'OpenSIPS のプロキシが sst モジュールで最小間隔を強制している（既定で有効な reject_to_small パラメータにより、自らの Min-SE を付けた 422 を返す）。そこを経由する IP-PBX が短い Session-Expires と「Supported: timer」で発信すると、PBX が 422 を再試行せずに最終的な失敗として扱うため、すべての呼が即座に失敗する。',
          'B2BUA が、呼を受けた側の区間ではある間隔で呼を受け付け、自らが呼を送り出す側の区間は自装置のより短い既定値で開始する。下流のキャリアがその INVITE を 422 で拒否し、トレースには元の発信者からは見えない区間での失敗が記録される。',
        ],
        fixes: [
          'RFC 4028 §7.3、§7.4 のとおりに 422 を処理する。受けた 422 の Min-SE のうち最大の値（ダイアログ内では、そのダイアログで受けたセッションリフレッシュのリクエストの Min-SE も含めて最大の値）を Min-SE ヘッダに入れ、Session-Expires をその値以上に引き上げて、新しいトランザクションとしてリクエストを送り直す。Call-ID、To、From は前のリクエストと同じにし（SHOULD）、CSeq は 1 つ大きくする（RFC 4028 §7.3）。Min-SE を入れることは必須である（MUST、RFC 4028 §7.4）。送り直す最初の INVITE で Session-Expires を引き上げるのは本サイトの助言である。いずれにせよ、RFC 4028 のセッションタイマの規則に従う経路上のプロキシは Min-SE より小さい Session-Expires を Min-SE まで引き上げなければならない（MUST、RFC 4028 §8.1）からである。セッションタイマが動作しているダイアログ内のリフレッシュでは、RFC 4028 §7.4 が Session-Expires を Min-SE と現在のセッション間隔のうち大きいほうにするよう求めている（SHOULD）。pjsip などのスタックは、セッションタイマを有効にしていればこれを自動で行う。再試行自体は任意であり（RFC 4028 §7.3）、再試行せずに断念するスタックが RFC に反しているわけではない。その場合は、次の対処のとおり既定のセッション間隔を引き上げる。',
          '電話機、PBX、B2BUA の既定のセッション間隔を、RFC 4028 §4 が推奨する 1800 秒に引き上げ、経路上の最小値が 30 分以下であれば最初の INVITE の時点で満たせるようにする。',
          '自分のサーバが返している場合は、「Supported: timer」を含むリクエストだけを拒否し、実際の最小値（90 秒以上）を必ず Min-SE に入れる。プロキシとして動作する場合、タイマに対応していないクライアントのリクエストは拒否せず、Min-SE を挿入または引き上げ、Session-Expires もその値まで引き上げる（RFC 4028 §8.1）。',
        ],
      },
    },
  },
  {
    code: 423,
    phrase: 'Interval Too Brief',
    status: 'active',
    refs: ['RFC3261 §21.4.17'],
    seeAlso: ['RFC3261 §10.2.8', 'RFC3261 §10.3', 'RFC3261 §20.19', 'RFC3261 §20.23', 'RFC3903 §6'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['registrar', 'notifier', 'esc'],
        refs: ['RFC3261 §21.4.17', 'RFC3261 §10.3', 'RFC6665 §4.2.1.1', 'RFC3903 §6'],
        byRole: {
          registrar: ['RFC3261 §21.4.17', 'RFC3261 §10.3'],
          notifier: ['RFC6665 §4.2.1.1'],
          esc: ['RFC3903 §6'],
        },
      },
      methods: {
        value: 'any',
        named: ['REGISTER', 'SUBSCRIBE', 'PUBLISH'],
        namedRefs: { REGISTER: ['RFC3261 §10.3'], SUBSCRIBE: ['RFC6665 §4.2.1.1'], PUBLISH: ['RFC3903 §6'] },
        refs: ['RFC3261 §21.4.17', 'RFC3261 §10.3', 'RFC6665 §4.2.1.1', 'RFC3903 §6'],
      },
      retry: {
        value: 'modify',
        refs: ['RFC3261 §10.2.8', 'RFC3261 §21.4.17', 'RFC3261 §21.4'],
        // RFC 3261 §10.2.8 sets its own level for a 423 to a REGISTER: the UA MAY retry once every expiration interval is at least Min-Expires.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); after a 423 to a REGISTER, the UA MAY retry the registration with the expiration interval of every contact address at least the Min-Expires of the response',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、REGISTER への 423 を受けた UA は、すべてのコンタクトアドレスの有効期間を応答の Min-Expires 以上にして登録を再試行してよい（MAY）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; after a 423 to a REGISTER, the UA MAY retry the registration after making the expiration interval of all contact addresses in the REGISTER equal to or greater than the one in the Min-Expires header field of the 423',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、REGISTER への 423 を受けた UA は、REGISTER のすべてのコンタクトアドレスの有効期間を 423 の Min-Expires ヘッダが示す値以上にしたうえで、登録を再試行してよい（MAY）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Min-Expires',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §10.3',
        note: {
          en: 'Gives, in seconds, the shortest expiration the server is willing to keep state for. A registrar MUST include it in a 423 to REGISTER (RFC 3261 §10.3); RFC 6665 §4.2.1.1 describes the 423 to SUBSCRIBE as one that contains it, without a requirement level. A UA MAY retry the registration with every expiration interval at or above this value (RFC 3261 §10.2.8).',
          ja: 'サーバが状態を保持してもよいと考える最短の有効期間を秒で示す。REGISTER への 423 ではレジストラがこれを含めなければならない（MUST、RFC 3261 §10.3）。SUBSCRIBE への 423 については、RFC 6665 §4.2.1.1 がこれを含む応答として示しているが、要求レベルは付けていない。UA は、すべての有効期間をこの値以上にして登録を再試行してよい（MAY、RFC 3261 §10.2.8）。',
        },
        // RFC 3261 §10.3 binds the registrar; for SUBSCRIBE, RFC 6665 §4.2.1.1 sets no requirement level.
        when: { methods: ['REGISTER'] },
      },
      {
        name: 'Min-Expires',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3903 §6',
        note: {
          en: 'In a 423 to PUBLISH the event state compositor MUST include it, stating the shortest expiration interval it is willing to honor.',
          ja: 'PUBLISH への 423 では、イベント状態コンポジタがこれを含め、受け入れる最短の有効期間を示さなければならない。',
        },
        when: { methods: ['PUBLISH'] },
      },
      {
        name: 'Expires',
        in: 'request',
        ref: 'RFC3261 §20.19',
        note: {
          en: 'The lifetime the client asks for (in REGISTER also the "expires" parameter of each Contact); 423 means it is shorter than the server\'s minimum.',
          ja: 'クライアントが要求する有効期間である（REGISTER では各 Contact の「expires」パラメータも含む）。423 は、これがサーバの最小値より短いことを示す。',
        },
      },
    ],
    related: [422, 412, 489],
    keywords: {
      en: ['Min-Expires', 'Expires', 'registration interval', 're-registration', 'NAT keepalive', 'expires too short', 'REGISTER'],
      ja: ['有効期間', '登録間隔', '再登録', 'Min-Expires', 'Expires', 'NAT', '短すぎる'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'r', role: 'registrar' },
      ],
      steps: [
        { from: 'a', to: 'r', label: 'REGISTER + Expires: 30' },
        { from: 'r', to: 'a', label: '423 Interval Too Brief' },
        { from: 'a', to: 'r', label: 'REGISTER + Expires: 60' },
        { from: 'r', to: 'a', label: '200 OK + Contact;expires=60' },
      ],
      caption: {
        en: 'A softphone asks for a 30-second registration; the registrar answers 423 with Min-Expires: 60, and a new REGISTER with Expires: 60 succeeds.',
        ja: 'ソフトフォンが 30 秒の登録を要求すると、レジストラは Min-Expires: 60 を付けた 423 を返す。Expires: 60 で送り直した REGISTER は成功する。',
      },
    },
    example: {
      request: [
        'REGISTER sip:example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds7',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=a73kszlfl',
        'To: Alice <sip:alice@example.com>',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Expires: 30',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 423 Interval Too Brief',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds7;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=a73kszlfl',
        'To: Alice <sip:alice@example.com>;tag=37GkEhwl6',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'Min-Expires: 60',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Expires', 'Min-Expires'],
    },
    text: {
      en: {
        title: 'Interval Too Brief',
        summary:
          'The registrar or other soft-state server refuses the requested lifetime (in Expires, or for a registration also in a Contact\'s "expires" parameter) because it is shorter than it is willing to handle; Min-Expires in the 423 gives the minimum.',
        description: [
          'Registrations, subscriptions and publications are soft state: the client asks for a lifetime, and the state expires unless it is refreshed before then (RFC 3261 §10.2.2, RFC 6665 §4.2.1.4, RFC 3903 §3). Very short lifetimes mean very frequent refreshes, and a server may protect itself by refusing them. RFC 3261 §21.4.17 defines 423 for that purpose, with the registrar as the main example. According to RFC 3261 §10.3 a registrar may reject a REGISTER with 423 only when the requested interval is above zero, below one hour and below the minimum it has configured, and the response must then carry Min-Expires with that minimum.',
          'A registrar is not obliged to reject: it may also simply accept, and it may grant a shorter interval than asked for, telling the client in the 200 response (RFC 3261 §10.3). A contact whose requested expiration is 0, a de-registration, is never grounds for a 423. The requested expiration is read contact by contact, and a Contact\'s expires parameter takes precedence over the Expires header (RFC 3261 §10.3): a REGISTER with Expires 0 whose Contact carries, say, expires=30 requests 30 seconds for that contact and can be answered 423. When a client receives 423, RFC 3261 §10.2.8 lets it send the REGISTER again with every contact\'s expiration raised to at least Min-Expires. Notifiers, such as presence servers, may use the same code and header for SUBSCRIBE (RFC 6665 §4.2.1.1), and event state compositors for PUBLISH (RFC 3903 §6).',
          'Do not confuse it with [[422]] Session Interval Too Small, which concerns the session timer of an INVITE dialog and carries Min-SE rather than Min-Expires. A 423 is not about a call: it is about how long the server keeps a binding, a subscription or a publication alive. It can still arrive inside a dialog: a notifier SHOULD answer 423 to a subscription refresh that asks for too short a time (RFC 6665 §4.2.1.4), and the subscription then stays valid until its current expiration (RFC 6665 §4.1.2.2).',
        ],
        scenarios: [
          'A softphone behind NAT registers with "Expires: 30" to keep its NAT binding open. The provider\'s registrar has a minimum of 60 seconds and answers "423 Interval Too Brief" with "Min-Expires: 60"; a phone that handles 423 re-registers at once with "Expires: 60".',
          'A presence client publishes its state with "Expires: 10". The event state compositor keeps publications for at least 60 seconds, rejects the PUBLISH with 423 and "Min-Expires: 60", and stores nothing until the client publishes again with a longer interval (RFC 3903 §6).',
          'A desk phone subscribes to the state of twenty colleagues for its busy lamp field (BLF) keys, with an Expires below the PBX\'s minimum; the PBX, as notifier, refuses each SUBSCRIBE with 423 and a Min-Expires (RFC 6665 §4.2.1.1), and the lamps stay dark on phones that do not retry.',
        ],
        fixes: [
          'Set the registration or subscription interval to at least the Min-Expires the server returned, either by letting the stack retry automatically, if it does, or by changing the "registration expiry" setting on the phone or trunk.',
          'If the short interval exists to keep a NAT binding alive, keep the registration interval at the server\'s minimum and use a separate keepalive instead: CRLF keepalives on TCP/TLS flows, OPTIONS pings, or SIP Outbound (RFC 5626).',
          'If your server sends it: include Min-Expires with the real minimum, and answer 423 only where your role allows it. A registrar may reject a REGISTER with 423 if and only if the requested interval is above zero, under one hour and below its configured minimum (RFC 3261 §10.3), and a notifier an initial SUBSCRIBE under the same three conditions (RFC 6665 §4.2.1.1); an event state compositor may reject a PUBLISH only if the interval is above zero and below its minimum, a rule with no one-hour bound (RFC 3903 §6). So never answer 423 because of a contact whose requested expiration is 0, keeping in mind that a Contact\'s expires parameter, where present, gives that contact\'s requested expiration instead of the Expires header (RFC 3261 §10.3); and a Min-Expires no higher than the requested value gives the client nothing to fix.',
        ],
      },
      ja: {
        title: '有効期間が短すぎる',
        summary:
          'Expires（登録では Contact の「expires」パラメータも）で要求された有効期間が、レジストラなどソフトステートを扱うサーバの受け入れる長さより短いため拒否された。最小値は 423 の Min-Expires に示される。',
        description: [
          '登録、サブスクリプション、パブリケーションはいずれもソフトステートである。クライアントが有効期間を要求し、それまでにリフレッシュされなければ状態は期限切れになる（RFC 3261 §10.2.2、RFC 6665 §4.2.1.4、RFC 3903 §3）。有効期間が極端に短ければリフレッシュも極端に頻繁になるため、サーバはそれを拒否して自らを守ることができる。そのために RFC 3261 §21.4.17 が定めるのが 423 であり、主な例としてレジストラが挙げられている。RFC 3261 §10.3 によれば、レジストラが REGISTER を 423 で拒否してよいのは、要求された間隔が 0 より大きく、1 時間未満で、かつ設定された最小値を下回る場合に限られ、その際は最小値を Min-Expires に入れて返さなければならない。',
          'レジストラに拒否の義務はない。そのまま受け付けることもできるし、要求より短い期間を与えて 200 応答で伝えることもできる（RFC 3261 §10.3）。要求された有効期間が 0 の Contact（つまり登録解除）が 423 の理由になることはない。要求された有効期間は Contact ごとに決まり、Contact の expires パラメータは Expires ヘッダより優先される（RFC 3261 §10.3）。そのため、Expires 0 の REGISTER でも、Contact に expires=30 などが付いていれば、その Contact には 30 秒が要求されたことになり、423 が返りうる。423 を受けたクライアントは、すべての Contact の有効期間を Min-Expires 以上に引き上げて REGISTER を送り直してよい（RFC 3261 §10.2.8）。プレゼンスサーバなどのノーティファイアは SUBSCRIBE に（RFC 6665 §4.2.1.1）、イベント状態コンポジタは PUBLISH に（RFC 3903 §6）、同じ応答コードとヘッダを使ってよい。',
          'INVITE ダイアログのセッションタイマに関する [[422]] Session Interval Too Small と混同しないこと。422 が運ぶのは Min-Expires ではなく Min-SE である。423 は呼に関わるものではなく、サーバが登録のバインディング、サブスクリプション、パブリケーションをどれだけの期間保持するかを扱う。それでもダイアログ内で返ることはある。ノーティファイアは、短すぎる期間を求めるサブスクリプションのリフレッシュに 423 を返すべきであり（SHOULD、RFC 6665 §4.2.1.4）、その場合サブスクリプションは現在の期限まで有効なままである（RFC 6665 §4.1.2.2）。',
        ],
        scenarios: [
          'NAT 配下のソフトフォンが NAT のバインディングを保つために「Expires: 30」で登録する。事業者のレジストラの最小値は 60 秒なので、「Min-Expires: 60」を付けた「423 Interval Too Brief」が返る。423 を処理できる電話機はすぐに「Expires: 60」で再登録する。',
          'プレゼンスクライアントが「Expires: 10」で状態を PUBLISH する。パブリケーションを最低 60 秒保持する ESC は、「Min-Expires: 60」を付けた 423 でこの PUBLISH を拒否し、クライアントがより長い間隔で公開し直すまで何も保存しない（RFC 3903 §6）。',
          '卓上電話機が、BLF（話中ランプ表示）キーのために同僚 20 人分の状態を、PBX の最小値より短い Expires でサブスクライブする。ノーティファイアである PBX は各 SUBSCRIBE を Min-Expires 付きの 423 で拒否し（RFC 6665 §4.2.1.1）、再試行しない電話機ではランプが点かないままになる。',
        ],
        fixes: [
          '登録やサブスクリプションの間隔を、サーバが返した Min-Expires 以上にする。スタックが自動で再試行するならそれに任せ、そうでなければ電話機やトランクの「登録有効期間」設定を変更する。',
          '短い間隔の目的が NAT バインディングの維持であれば、登録間隔はサーバの最小値に合わせ、キープアライブは別の手段で行う。TCP/TLS フローでの CRLF キープアライブ、OPTIONS による死活監視、SIP Outbound（RFC 5626）などがある。',
          '自分のサーバが返している場合は、実際の最小値を Min-Expires に入れ、423 は自分の役割で許される場合にだけ返す。レジストラが REGISTER を 423 で拒否してよいのは、要求値が 0 より大きく、1 時間未満で、かつ設定された最小値を下回る場合に限られ（RFC 3261 §10.3）、ノーティファイアが最初の SUBSCRIBE を拒否してよいのも同じ 3 つの条件を満たす場合に限られる（RFC 6665 §4.2.1.1）。ESC が PUBLISH を拒否してよいのは、要求値が 0 より大きく、かつ自分の最小値を下回る場合だけであり、この規則に 1 時間という上限はない（RFC 3903 §6）。したがって、要求された有効期間が 0 の Contact を理由に決して 423 を返さない。ただし、Contact に expires パラメータがあれば、Expires ヘッダではなくそのパラメータがその Contact の要求値となる（RFC 3261 §10.3）。また、要求値以下の Min-Expires では、クライアントは何も直せない。',
        ],
      },
    },
  },
  {
    code: 424,
    phrase: 'Bad Location Information',
    status: 'active',
    refs: ['RFC6442 §4.3'],
    seeAlso: ['RFC6442 §3.4', 'RFC6442 §4.1', 'RFC6442 §4.2', 'RFC6442 §4.4', 'RFC6442 §4.5'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy'],
        refs: ['RFC6442 §4.3'],
        byRole: {
          uas: ['RFC6442 §4.3'],
          proxy: ['RFC6442 §4.3'],
        },
      },
      methods: {
        value: ['INVITE', 'REGISTER', 'OPTIONS', 'BYE', 'UPDATE', 'INFO', 'MESSAGE', 'REFER', 'SUBSCRIBE', 'NOTIFY', 'PUBLISH'],
        refs: ['RFC6442 §4.1', 'RFC6442 §4.3'],
      },
      retry: { value: 'modify', refs: ['RFC6442 §4.3', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Geolocation-Error',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC6442 §4.3',
        note: {
          en: 'Carries exactly one location error code: 100 "Cannot Process Location", 200/201/202 for missing permissions, 300 "Dereference Failure".',
          ja: '位置情報エラーのコードを 1 つだけ運ぶ。100「Cannot Process Location」、権限不足を示す 200/201/202、300「Dereference Failure」がある。',
        },
      },
      {
        name: 'Geolocation',
        in: 'request',
        ref: 'RFC6442 §4.1',
        note: {
          en: 'Points to the location, either a cid: URI for a PIDF-LO body in the request or a URI to dereference; a request without this header MUST NOT draw a 424 (RFC 6442 §4.3).',
          ja: '位置情報の所在を示す。リクエスト内の PIDF-LO ボディを指す cid: URI か、参照先から取得する URI である。このヘッダのないリクエストに 424 を返してはならない（MUST NOT、RFC 6442 §4.3）。',
        },
      },
      {
        name: 'Geolocation-Routing',
        in: 'request',
        ref: 'RFC6442 §4.2',
        note: {
          en: 'Says whether intermediaries may route on the location; "no", or its absence when Geolocation is present, means they MUST NOT view or dereference it. Geolocation-Error 202 is the code a proxy that needs to route on the location can give for this (RFC 6442 §4.4).',
          ja: '中継装置が位置情報に基づいてルーティングしてよいかを示す。「no」の場合、または Geolocation があるのにこのヘッダがない場合、中継装置は位置情報を見ても参照してもならない（MUST NOT）。位置情報でルーティングする必要のあるプロキシがこの場合に返せるコードが Geolocation-Error 202 である（RFC 6442 §4.4）。',
        },
      },
    ],
    related: [425, 500, 488],
    keywords: {
      en: ['location', 'geolocation', 'PIDF-LO', 'emergency call', '911', '112', 'NG911', 'LIS', 'HELD', 'dereference'],
      ja: ['位置情報', '緊急通報', '110', '119', '112', 'PIDF-LO', 'ジオロケーション'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'e', role: 'proxy' },
      ],
      steps: [
        { from: 'a', to: 'e', label: 'INVITE + Geolocation', note: { en: 'location URI', ja: '位置情報 URI' } },
        { from: 'e', to: 'a', label: '424 Bad Location Information' },
        { from: 'a', to: 'e', label: 'ACK' },
      ],
      caption: {
        en: 'A proxy that routes calls to a taxi service by the caller\'s location, as the INVITE permits with "Geolocation-Routing: yes", cannot dereference the location URI, so it answers 424 with Geolocation-Error 300, which the caller acknowledges.',
        ja: 'タクシー配車サービスへの呼を発信者の位置情報でルーティングするプロキシ（INVITE は「Geolocation-Routing: yes」でそれを許している）が、位置情報 URI から位置情報を取得できないため、Geolocation-Error 300 を付けた 424 を返し、発信側が ACK で確認する。',
      },
    },
    example: {
      request: [
        'INVITE sips:taxi@example.net SIP/2.0',
        'Via: SIP/2.0/TLS 192.0.2.10:5061;branch=z9hG4bK0b3f9a',
        'Max-Forwards: 70',
        'From: <sip:alice@example.com>;tag=5f2c71',
        'To: <sips:taxi@example.net>',
        'Call-ID: 7e1b2d4f9a3c@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sips:alice@192.0.2.10:5061>',
        'Geolocation: <https://lis.example.com/loc/7f3a9c12>',
        'Geolocation-Routing: yes',
        'Supported: geolocation-http',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 424 Bad Location Information',
        'Via: SIP/2.0/TLS 192.0.2.10:5061;branch=z9hG4bK0b3f9a;received=192.0.2.10',
        'From: <sip:alice@example.com>;tag=5f2c71',
        'To: <sips:taxi@example.net>;tag=c41e7b20',
        'Call-ID: 7e1b2d4f9a3c@192.0.2.10',
        'CSeq: 1 INVITE',
        'Geolocation-Error: 300 ;code="Dereference Failure"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Geolocation', 'Supported', 'Geolocation-Error'],
    },
    text: {
      en: {
        title: 'Bad Location Information',
        summary:
          'The request carried location information (RFC 6442 Geolocation) that the recipient could not use: malformed, not good enough for its purpose, or impossible to dereference.',
        description: [
          'RFC 6442 lets a user agent attach the geographic location of the caller to a SIP request, either by value as a PIDF-LO body or by reference as a URI that the recipient dereferences, and marks it with a Geolocation header. RFC 6442 §3.3 names intermediaries that verify location for emergency calls as the best example of an intermediary that cares whether the location is complete and correct, but the same can hold for any routing by location, down to reaching a local pizza delivery service. When the location is malformed, not satisfactory for the recipient\'s purpose, or cannot be dereferenced, and the recipient cannot accept the request without a suitable location, it answers 424 (RFC 6442 §4.3, §4.4) and must add a Geolocation-Error header whose code says what went wrong: 1xx for location that cannot be processed, 2xx for a missing permission, 3xx for a dereference failure (RFC 6442 §4.4).',
          'The rules around it are tight. A 424 is only appropriate when the responder needs a location and none in the request is usable, or when it has additional location information to provide: an intermediary that believes the caller is somewhere else may reject with 424 and put its own location in the response body, which the user agent then includes in a new request (RFC 6442 §4.3, §3.4). A request that has no Geolocation header must never be answered 424, because its sender may not implement the extension at all (RFC 6442 §4.3); an intermediary that added the location itself must deal with a 424 about it and not pass it upstream (RFC 6442 §4.1), and proxies forwarding a 424 must not add, change or remove the location it carries (RFC 6442 §4.3). A 424 ends only its own transaction: it must not terminate an existing dialog (RFC 6442 §4.3).',
          'Unlike a generic [[400]] or a [[488]], 424 concerns only the location, not the syntax of the SIP message or its SDP. A recipient that simply cannot or will not handle location SHOULD answer [[500]], with or without Retry-After, not 424 (RFC 6442 §4.4). Emergency calls are a case apart: RFC 6881 §9.3 asks proxies that process them not to return 424 (SHOULD NOT) but to handle the INVITE as best they can, dereferencing a location URI, asking a LIS or supplying a default location so that the call can be routed. For non-interactive emergency alerts (RFC 8876) a problem with the alert itself, not its location, is the domain of [[425]] Bad Alert Message, which is appropriate only when nothing else in the request is usable (RFC 8876 §5.1).',
        ],
        scenarios: [
          'A caller phones a taxi service whose proxy picks the nearest depot from the caller\'s location. The INVITE carries "Geolocation-Routing: yes" and a location URI, but the proxy\'s request to the LIS fails, so it has no location to route on and answers 424 with "Geolocation-Error: 300" (RFC 6442 §4.4).',
          'An enterprise phone sends its provisioned civic address with a call to a location-based service, such as a dispatch desk that routes to the nearest branch, while the enterprise\'s own call server, which "Geolocation-Routing: yes" in the INVITE allows to view the location (RFC 6442 §4.2), knows from the network that the device is in another building. The call server rejects the INVITE with 424 and includes its location in a PIDF-LO body; the phone retries with the composed location object (RFC 6442 §3.4). RFC 6442 does not expect emergency calls to get such a corrective 424: there the intermediary would rather insert the location itself, as a B2BUA.',
          'A caller\'s device sets "Geolocation-Routing: no", yet the next proxy can only route the call by location; it answers 424 with "Geolocation-Error: 202" (Permission to Route based on Location Information).',
        ],
        fixes: [
          'Read the Geolocation-Error code first. For 100, check that the PIDF-LO body is present, well formed and referenced correctly by the cid: URI in Geolocation; for 300, make sure the location URI is reachable and authorised for the recipient (the LIS must answer the dereference with a PIDF-LO the recipient can parse) and that the request lists the matching location profile, such as geolocation-http, in Supported (RFC 6442 §4.6); for 200 to 202, the request must grant the permission named, or be sent along another path.',
          'If the 424 carries a location body from an intermediary, build the next request with that location object, as RFC 6442 §3.4 intends, rather than resending the original. If instead the 424s keep asking for location the user chose to leave out, do not reveal more each time: RFC 6442 §4.4 says implementations MUST guard against a recipient that rejects repeatedly to learn more; a limit on such rejections SHOULD be configurable, with a RECOMMENDED maximum of three for each related transaction.',
          'If your server sends it: only send 424 when the request has a Geolocation header and either you need a location and none in it is usable, or you have additional location information to give back (RFC 6442 §4.3); if you are a proxy handling emergency calls, you should not send it but process the call as best you can (SHOULD NOT, RFC 6881 §9.3). Always include exactly one Geolocation-Error value (RFC 6442 §4.4), and use 500 instead when you simply do not process location (SHOULD, RFC 6442 §4.4).',
        ],
      },
      ja: {
        title: '位置情報が不正',
        summary:
          'リクエストに付いていた位置情報（RFC 6442 の Geolocation）を受信側が使えなかった。形式の誤り、受信側の目的を満たさないこと、参照先から取得できないことのいずれかが原因である。',
        description: [
          'RFC 6442 では、UA は発信者の地理的な位置情報を SIP リクエストに添付できる。PIDF-LO ボディとして値で渡すか、受信側が参照して取得する URI として渡し、Geolocation ヘッダでその所在を示す。RFC 6442 §3.3 は、位置情報が完全で正しいかを気にかける中継装置の最もよい例として、緊急通報の位置情報を検証する中継装置を挙げているが、地元のピザ宅配店に連絡するといった、位置情報に基づくあらゆるルーティングにも同じことが当てはまりうる。位置情報の形式が誤っている、受信側の目的を満たさない、あるいは参照先から取得できない場合で、適切な位置情報なしにはリクエストを受け付けられないとき、受信側は 424 を返す（RFC 6442 §4.3、§4.4）。その際は Geolocation-Error ヘッダを付けなければならず、そのコードが問題の種類を示す。1xx は位置情報を処理できないこと、2xx は必要な権限がないこと、3xx は参照先からの取得に失敗したことを表す（RFC 6442 §4.4）。',
          '使用条件は厳しい。424 が適切なのは、応答側が位置情報を必要としているのにリクエスト内に使えるものがない場合か、応答側に提供する追加の位置情報がある場合に限られる。発信者が別の場所にいると判断した中継装置は 424 で拒否し、自らの把握する位置情報を応答のボディに入れることができ、UA はそれを次のリクエストに含める（RFC 6442 §4.3、§3.4）。Geolocation ヘッダのないリクエストに 424 を返してはならない。送信側がこの拡張を実装していない可能性があるからである（RFC 6442 §4.3）。位置情報を自ら加えた中継装置は、それに対する 424 を自分で処理し、上流へ転送してはならない（RFC 6442 §4.1）。424 を転送するプロキシは、そこに含まれる位置情報を追加、変更、削除してはならない（RFC 6442 §4.3）。424 が終わらせるのは自身のトランザクションだけであり、既存のダイアログを終了させてはならない（RFC 6442 §4.3）。',
          '一般的な [[400]] や [[488]] と異なり、424 が扱うのは位置情報だけであり、SIP メッセージの構文や SDP については何も示さない。位置情報を処理できない、あるいは処理しない受信側は、424 ではなく [[500]]（Retry-After は付けても付けなくてもよい）を返すべきである（SHOULD、RFC 6442 §4.4）。緊急通報は別扱いである。RFC 6881 §9.3 は、緊急通報を処理するプロキシに対し、424 を返すのではなく（SHOULD NOT）、位置情報 URI の参照、LIS への問い合わせ、既定の位置情報の使用などによって、できる限り INVITE を処理してルーティングするよう求めている。音声通話を伴わない非会話型の緊急通報（RFC 8876）で、位置情報ではなく警報そのものに問題がある場合は [[425]] Bad Alert Message の領分であり、それもリクエストの他の部分に使える情報がない場合に限って適切とされる（RFC 8876 §5.1）。',
        ],
        scenarios: [
          '発信者がタクシー配車サービスに電話をかけ、そのサービスのプロキシが発信者の位置情報から最寄りの営業所を選ぶ。INVITE には「Geolocation-Routing: yes」と位置情報 URI が含まれているが、プロキシから LIS への参照要求が失敗し、ルーティングに使う位置情報が得られない。プロキシは「Geolocation-Error: 300」を付けた 424 を返す（RFC 6442 §4.4）。',
          '企業内の電話機が、設定済みの住所情報を付けて、最寄りの拠点へ振り分ける受付窓口のような位置情報を使うサービスへ発信する。一方、INVITE の「Geolocation-Routing: yes」によって位置情報を見ることを許された社内の呼制御サーバ（RFC 6442 §4.2）は、ネットワーク情報から端末が別の建物にあることを把握している。呼制御サーバは INVITE を 424 で拒否して自らの位置情報を PIDF-LO ボディに入れ、電話機はその位置情報オブジェクトで再試行する（RFC 6442 §3.4）。なお RFC 6442 は、緊急通報がこのような訂正のための 424 を受けることを想定していない。その場合、中継装置はむしろ B2BUA として自ら位置情報を挿入する。',
          '発信端末が「Geolocation-Routing: no」を設定しているが、次のプロキシは位置情報でしか呼をルーティングできない。プロキシは「Geolocation-Error: 202」（位置情報に基づくルーティングの許可）を付けた 424 を返す。',
        ],
        fixes: [
          'まず Geolocation-Error のコードを読む。100 なら PIDF-LO ボディが存在し、形式が正しく、Geolocation の cid: URI から正しく参照されているかを確認する。300 なら位置情報 URI が到達可能で、受信側に参照が許可されているか（LIS が受信側の解析できる PIDF-LO で参照要求に応答するか）、またリクエストの Supported に geolocation-http など対応する位置情報プロファイルがあるかを確認する（RFC 6442 §4.6）。200 から 202 なら、示された権限をリクエストで与えるか、別の経路で送る。',
          '中継装置からの 424 に位置情報のボディが含まれている場合は、元のリクエストをそのまま送り直すのではなく、RFC 6442 §3.4 の意図どおり、その位置情報オブジェクトを使って次のリクエストを組み立てる。一方、ユーザが意図して省いた位置情報を求めて 424 が繰り返される場合は、そのたびに多くを明かさない。RFC 6442 §4.4 は、より多くの位置情報を得るために拒否を繰り返す受信側に対して実装が備えなければならない（MUST）とし、そうした拒否の回数の上限は設定可能にすべきであり（SHOULD）、関連するトランザクションごとに最大 3 回とすることを推奨している（RECOMMENDED）。',
          '自分のサーバが返している場合は、Geolocation ヘッダがあり、かつ位置情報が必要なのにリクエスト内に使えるものがないか、追加の位置情報を返せるときだけ 424 を送る（RFC 6442 §4.3）。緊急通報を処理するプロキシであれば、424 を返すべきではなく、できる限り呼を処理する（SHOULD NOT、RFC 6881 §9.3）。Geolocation-Error の値は必ず 1 つだけ入れる（RFC 6442 §4.4）。位置情報を処理しないだけなら 500 を使う（SHOULD、RFC 6442 §4.4）。',
        ],
      },
    },
  },
  {
    code: 425,
    phrase: 'Bad Alert Message',
    status: 'active',
    refs: ['RFC8876 §5.1'],
    seeAlso: ['RFC8876 §1', 'RFC8876 §3', 'RFC8876 §4.1', 'RFC8876 §4.2', 'RFC8876 §4.3', 'RFC8876 §5.2', 'RFC8876 §8', 'RFC6442 §4.3'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy'],
        refs: ['RFC8876 §5.1'],
        byRole: {
          uas: ['RFC8876 §5.1'],
          proxy: ['RFC8876 §5.1'],
        },
      },
      methods: { value: 'any', named: ['MESSAGE'], namedRefs: { MESSAGE: ['RFC8876 §5.2'] }, refs: ['RFC8876 §5.1', 'RFC8876 §4.1', 'RFC8876 §5.2'] },
      retry: { value: 'modify', refs: ['RFC8876 §5.1', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'AlertMsg-Error',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC8876 §5.1',
        note: {
          en: 'Says what was wrong with the alert: 100 cannot process the payload, 101 payload absent or not found, 102 not enough information to tell the purpose, 103 payload corrupted.',
          ja: '警報メッセージの問題点を示す。100 はペイロードを処理できない、101 はペイロードがないか見つからない、102 は警報の目的を判断するための情報が足りない、103 はペイロードが壊れていることを表す。',
        },
      },
    ],
    related: [424, 415, 400],
    keywords: {
      en: ['CAP', 'Common Alerting Protocol', 'non-interactive emergency call', 'emergency alert', 'sensor alarm', 'PSAP', 'ESInet', 'NG911'],
      ja: ['CAP', '緊急通報', '警報', 'アラーム', 'センサー', 'PSAP', '非会話型'],
    },
    flow: {
      parties: [
        { id: 's', role: 'uac' },
        { id: 'e', role: 'proxy' },
        { id: 'p', role: 'uas' },
      ],
      steps: [
        { from: 's', to: 'e', label: 'MESSAGE + Call-Info', note: { en: 'CAP URI not found', ja: 'CAP の URI から取得できない' } },
        { from: 'e', to: 's', label: '425 Bad Alert Message' },
        { from: 's', to: 'e', label: 'MESSAGE + CAP', note: { en: 'CAP alert in the body', ja: 'CAP 警報をボディに格納' } },
        { from: 'e', to: 'p', label: 'MESSAGE + CAP' },
        { from: 'p', to: 'e', label: '200 OK' },
        { from: 'e', to: 's', label: '200 OK' },
      ],
      caption: {
        en: 'An alarm gateway\'s MESSAGE points in Call-Info to a CAP alert by an HTTPS URI that returns nothing; the emergency routing proxy, which needs the alert, answers 425 with AlertMsg-Error 101, and the MESSAGE sent again with the CAP alert in its body reaches the PSAP.',
        ja: '警報ゲートウェイの MESSAGE は、Call-Info の HTTPS URI で CAP 警報を示しているが、その URI からは何も取得できない。警報を必要とする緊急通報のルーティングプロキシは AlertMsg-Error 101 を付けた 425 を返し、CAP 警報をボディに入れて送り直した MESSAGE が PSAP に届く。',
      },
    },
    example: {
      request: [
        'MESSAGE urn:service:sos SIP/2.0',
        'Via: SIP/2.0/TLS 192.0.2.30:5061;branch=z9hG4bK6c1e0f',
        'Max-Forwards: 70',
        'From: <sip:alarm-gw17@example.com>;tag=8e4a1b',
        'To: <urn:service:sos>',
        'Call-ID: 5c9d2e7a41@192.0.2.30',
        'CSeq: 1 MESSAGE',
        'Call-Info: <https://alarm-gw17.example.com/cap/7f3e.xml>;purpose=EmergencyCallData.cap',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 425 Bad Alert Message',
        'Via: SIP/2.0/TLS 192.0.2.30:5061;branch=z9hG4bK6c1e0f;received=192.0.2.30',
        'From: <sip:alarm-gw17@example.com>;tag=8e4a1b',
        'To: <urn:service:sos>;tag=2b7d90e3',
        'Call-ID: 5c9d2e7a41@192.0.2.30',
        'CSeq: 1 MESSAGE',
        'AlertMsg-Error: 101;message="Alert payload was not present or could not be found"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Call-Info', 'AlertMsg-Error'],
    },
    text: {
      en: {
        title: 'Bad Alert Message',
        summary:
          'The recipient of a non-interactive emergency call (a PSAP, or an aggregator the alert was sent to) or an intermediary on its way rejects it because the alert it carries or points to (a CAP document) cannot be found, is corrupted or is too incomplete to act on.',
        description: [
          'Not every emergency call has a person behind it. RFC 8876 covers "non-interactive" emergency calls: a sensor or a medical monitor (the examples of RFC 8876 §1) sends a SIP MESSAGE carrying an alert in the Common Alerting Protocol (CAP) format, in the body or by a URI in Call-Info (RFC 8876 §4.1). The MESSAGE transaction creates no session and establishes no interactive media streams (RFC 8876 §4.3), although an aggregator that receives such an alert may go on to set up a third-party-initiated emergency call towards a PSAP, which can include audio, video and data (RFC 8876 §3). When the alert in such a request is so damaged that no reasonable emergency response can be derived from it, and the recipient cannot accept the request without a suitable alert, it answers 425 (RFC 8876 §5.1, §5.2). The answer can come from the recipient, a PSAP or an aggregator that the alert was sent to (RFC 8876 §3), or from an intermediary that checks the alert on the way (RFC 8876 §5.1).',
          'The response includes an AlertMsg-Error header naming the problem: 100 when the payload cannot be processed, 101 when it is absent or cannot be found, 102 when it lacks the information needed to understand what the alert is about, 103 when it is corrupted. RFC 8876 §5.1 observes that emergency calls are usually not rejected while anything in them can be acted on, and makes 425 appropriate only when the responder has no other usable information in the request; a CAP document that is merely imperfect is no reason for it. A 425 MUST NOT answer a request that carries no alert at all, since its sender may not support the extension, and it MUST NOT terminate an existing dialog (RFC 8876 §5.1). A recipient may instead accept the MESSAGE despite a bad alert and put AlertMsg-Error in its 200 OK, and one that cannot or chooses not to process alerts SHOULD answer [[500]] (RFC 8876 §5.2).',
          'The pattern resembles the location error of [[424]] Bad Location Information, with AlertMsg-Error in the role of Geolocation-Error (RFC 6442 §4.3). A non-interactive call can carry a Geolocation header as well as the alert (RFC 8876 §3): 424 would judge the location, 425 judges the alert content itself. Non-interactive calls are routed like other emergency calls (RFC 8876 §4.3), and a proxy processing emergency calls is asked not to return 424 (SHOULD NOT, RFC 6881 §9.3), so such a proxy is not expected to answer a location problem with 424. A body in a format the server does not support for the requested method is a case for [[415]] Unsupported Media Type rather than 425 (RFC 8876 §4.1).',
        ],
        scenarios: [
          'An alarm-monitoring gateway forwards a fire alarm as a SIP MESSAGE into the emergency services network, but the gateway\'s template produced an empty CAP <info> block. The PSAP cannot tell what the alert is about, finds nothing else in the request it can act on, and answers 425 with "AlertMsg-Error: 102".',
          'A sensor sends MESSAGE with a multipart body in which the CAP part is referenced by a Content-ID that does not match any body part; the emergency services routing proxy (ESRP), set up to require the alert in order to process the request, answers 425 with "AlertMsg-Error: 101" (RFC 8876 §5.2).',
          'A CAP document is truncated by a misconfigured SBC that limits body size, leaving invalid XML at the receiving PSAP. Finding nothing else in the request it can act on, the PSAP answers 425 with "AlertMsg-Error: 103" (RFC 8876 §5.1).',
        ],
        fixes: [
          'Read AlertMsg-Error: for 101 check that the CAP body is really present and correctly referenced, or that the URI in Call-Info can be fetched from the emergency services network, for 103 validate the XML and look for truncation or re-encoding by SBCs and gateways on the path, for 102 make sure the CAP <info> block says what happened, as the <category>, <event> and <urgency> elements do in the example of RFC 8876 §8.',
          'Validate CAP documents before sending, against the CAP schema and the additional rules of RFC 8876 §4.2, and test with the operator of the emergency services network before going live.',
          'If your server sends it: reject only when nothing in the request can be acted on, never answer 425 to a request that carries no alert, always include AlertMsg-Error with the code that fits, and treat imperfect but usable alerts as calls to handle, not errors to return (RFC 8876 §5.1).',
        ],
      },
      ja: {
        title: '警報メッセージが不正',
        summary:
          '非会話型の緊急通報が運ぶ、または参照する警報（CAP 文書）が見つからない、壊れている、あるいは対応を決められないほど不完全であるため、通報の受信側（PSAP や、警報の宛先である集約装置）または途中の中継装置が拒否した。',
        description: [
          '緊急通報の発信元が人間とは限らない。RFC 8876 は「非会話型」の緊急通報を扱う。センサーや医療用モニタ（RFC 8876 §1 の例）が、CAP（Common Alerting Protocol）形式の警報をボディに入れるか Call-Info の URI で示した SIP MESSAGE を送るもので（RFC 8876 §4.1）、この MESSAGE トランザクションはセッションを確立せず、会話型のメディアストリームも確立しない（RFC 8876 §4.3）。ただし、警報を受けた集約装置が次の対応として、音声・映像・データを含みうる第三者発信の緊急通報を PSAP に向けて確立することはある（RFC 8876 §3）。こうしたリクエストの警報が、妥当な緊急対応を導き出せないほど損なわれており、適切な警報なしにはリクエストを受け付けられない場合、受信側は 425 を返す（RFC 8876 §5.1、§5.2）。応答は受信側、つまり PSAP や警報の宛先である集約装置（RFC 8876 §3）が返すこともあれば、途中で警報を検査する中継装置が返すこともある（RFC 8876 §5.1）。',
          '応答には問題の種類を示す AlertMsg-Error ヘッダが付く。100 はペイロードを処理できない、101 はペイロードがないか見つからない、102 は警報が何についてのものかを理解するための情報が足りない、103 はペイロードが壊れていることを表す。RFC 8876 §5.1 は、対応に使える情報が少しでもあれば緊急通報は通常拒否されないとしたうえで、425 が適切なのは、応答側がリクエストの中に他に使える情報を何も持たない場合だけだとしている。不完全なだけの CAP 文書に返すものではない。警報をまったく含まないリクエストに 425 を返してはならない。送信側がこの拡張に対応していない可能性があるからである。また、425 で既存のダイアログを終了させてはならない（RFC 8876 §5.1）。受信側は、警報に問題があっても MESSAGE を受け付け、200 OK に AlertMsg-Error を付けてもよい。警報を処理できない、あるいは処理しないことにした場合は [[500]] を返すべきである（SHOULD、RFC 8876 §5.2）。',
          'この仕組みは [[424]] Bad Location Information の位置情報エラーに似ており、Geolocation-Error（RFC 6442 §4.3）の役割を AlertMsg-Error が担う。非会話型の通報は警報に加えて Geolocation ヘッダを持つことがあり（RFC 8876 §3）、424 が判定するのは位置情報、425 が判定するのは警報の内容そのものである。ただし、緊急通報を処理するプロキシは 424 を返すべきではないとされ（SHOULD NOT、RFC 6881 §9.3）、RFC 8876 §4.3 は非会話型の通報も他の緊急通報と同じようにルーティングするとしているため、そうしたプロキシが位置情報の問題に 424 で応えることは想定されていない。ボディが要求されたメソッドについてサーバが対応していない形式である場合は、425 ではなく [[415]] Unsupported Media Type の扱いとなる（RFC 8876 §4.1）。',
        ],
        scenarios: [
          '警報監視ゲートウェイが火災警報を SIP MESSAGE として緊急通報網へ転送するが、ゲートウェイのテンプレートが空の CAP `<info>` ブロックを生成していた。PSAP は警報の内容を判断できず、リクエストの他の部分にも対応に使える情報がないため、「AlertMsg-Error: 102」を付けた 425 を返す。',
          'センサーがマルチパートボディの MESSAGE を送るが、CAP 部分を指す Content-ID がどのボディパートとも一致しない。リクエストの処理に警報を必要とする設定の緊急通報用ルーティングプロキシ（ESRP）は、「AlertMsg-Error: 101」を付けた 425 を返す（RFC 8876 §5.2）。',
          'ボディサイズを制限する設定の誤った SBC が CAP 文書を途中で切り詰め、受信側の PSAP には不正な XML が届く。リクエストの他の部分にも対応に使える情報がないため、PSAP は「AlertMsg-Error: 103」を付けた 425 を返す（RFC 8876 §5.1）。',
        ],
        fixes: [
          'AlertMsg-Error を読む。101 なら CAP ボディが実際に存在し、正しく参照されているか、あるいは Call-Info の URI を緊急通報網から取得できるかを確認する。103 なら XML を検証し、経路上の SBC やゲートウェイによる切り詰めや再エンコードがないかを調べる。102 なら、何が起きたのかを CAP の `<info>` ブロックが示しているかを確認する。RFC 8876 §8 の例では `<category>`・`<event>`・`<urgency>` がそれを示している。',
          '送信前に CAP 文書を CAP スキーマと RFC 8876 §4.2 の追加規則に照らして検証し、運用開始前に緊急通報網の運用者と接続試験を行う。',
          '自分のサーバが返している場合は、リクエストに対応の手掛かりがまったくないときだけ拒否し、警報を含まないリクエストには 425 を返さない。該当するコードの AlertMsg-Error を必ず付け、不完全でも使える警報は、返すべきエラーではなく処理すべき通報として扱う（RFC 8876 §5.1）。',
        ],
      },
    },
  },
  {
    code: 428,
    phrase: 'Use Identity Header',
    status: 'active',
    refs: ['RFC8224 §6.2.2'],
    seeAlso: ['RFC8224 §4', 'RFC8224 §6.1.1', 'RFC8224 §6.2', 'RFC8224 §6.2.1', 'RFC8224 §6.2.3'],
    alsoSeen: [
      {
        phrase: 'Use Supported PASSporT Format',
        source: {
          en: 'the reason phrase RFC 8224 §6.2.2 suggests when every Identity header carries a "ppt" value the verifier does not support',
          ja: 'すべての Identity ヘッダが検証側の対応していない「ppt」値を持つ場合に RFC 8224 §6.2.2 が示すリーズンフレーズ',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['verifier'],
        refs: ['RFC8224 §6.2.2'],
        byRole: {
          verifier: ['RFC8224 §6.2.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC8224 §6.2.2', 'RFC8224 §6.2'] },
      retry: { value: 'modify', refs: ['RFC8224 §6.2.2', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Identity',
        in: 'request',
        ref: 'RFC8224 §4',
        note: {
          en: 'Carries the signed PASSporT that asserts the caller\'s identity; 428 means no usable one was present (missing, or only with unsupported "ppt" values) while local policy demands one.',
          ja: '発信者の身元を表明する署名付き PASSporT を運ぶ。428 は、ローカルポリシーが要求しているのに、使えるものがなかった（ヘッダがない、または未対応の「ppt」値のものしかない）ことを示す。',
        },
      },
    ],
    related: [436, 437, 438, 403, 608],
    keywords: {
      en: ['STIR', 'SHAKEN', 'STIR/SHAKEN', 'PASSporT', 'Identity header', 'caller ID authentication', 'signing', 'attestation', 'robocall'],
      ja: ['STIR/SHAKEN', '発信者番号認証', '発信者番号偽装', 'なりすまし', '署名', 'PASSporT', 'Identity ヘッダ'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
        { id: 'v', role: 'verifier' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE' },
        { from: 's', to: 'v', label: 'INVITE', note: { en: 'no Identity', ja: 'Identity なし' } },
        { from: 'v', to: 's', label: '428 Use Identity Header' },
        { from: 's', to: 'v', label: 'ACK' },
        { from: 's', to: 'a', label: '428 Use Identity Header' },
        { from: 'a', to: 's', label: 'ACK' },
      ],
      caption: {
        en: 'The originating SBC forwards an unsigned INVITE to a network whose policy requires signatures; the verifier answers 428, and each hop acknowledges the failure on its way back to the caller.',
        ja: '発信側の SBC が、署名を必須とするポリシーの網へ署名のない INVITE を転送する。検証サービスは 428 を返し、失敗応答は各ホップで ACK されながら発信者まで戻る。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12155550131@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK3f8a21',
        'Max-Forwards: 69',
        'From: <sip:+12155550121@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>',
        'Call-ID: 0f3c9a7e51d2@198.51.100.5',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12155550121@198.51.100.5:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 428 Use Identity Header',
        'Via: SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK3f8a21;received=198.51.100.5',
        'From: <sip:+12155550121@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>;tag=91d4e2aa',
        'Call-ID: 0f3c9a7e51d2@198.51.100.5',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Use Identity Header',
        summary:
          'A STIR verification service requires the request to carry a signed Identity header (a PASSporT) and found none it could use, so it refuses the request until one is added.',
        description: [
          'Under STIR (RFC 8224), an authentication service on the originating side signs the caller\'s identity into a PASSporT and adds it to the request in an Identity header; a verification service further along checks that signature. Verification by itself entails no particular treatment of the request: RFC 8224 §6.2.1 leaves the handling of signed, badly signed and unsigned requests to local policy. When that policy requires a signature, for example for everything from a given sending domain or sending user, and the request has no Identity header the verifier can use, the verifier must send 428 back (RFC 8224 §6.2). "Cannot use" covers both a missing header and headers whose "ppt" parameter names a PASSporT extension the verifier does not support; in the latter case RFC 8224 §6.2.2 suggests the reason phrase "Use Supported PASSporT Format".',
          'After a verification service\'s failure response, RFC 8224 §6.2.3 lets the authentication service retry the request: if the originating network can sign, it may retry the request with an Identity header, and an authentication service inside a proxy does so as a sequential fork to the same target. A telephone or a PBX that has no signing credentials cannot repair a 428 itself: the signature has to come from an authentication service that holds the private key of a credential for the caller\'s domain or number (RFC 8224 §6.1), such as one its provider runs.',
          '428 is the first of the four failure codes RFC 8224 keeps from RFC 4474 (RFC 8224 §6.2.2), and the only one that means "nothing to check". The others answer a signature that was present but failed: [[436]] when the credential referenced in "info" cannot be fetched, [[437]] when it is fetched, or already held, but not supported, for example because the issuing authority is not trusted, [[438]] when no Identity header holds a valid and supported PASSporT, one whose signature and claims check out. A stale Date may be reported with [[403]] and the reason phrase "Stale Date". An intermediary that rejects a call as unwanted, for example on the verdict of call analytics, may answer [[608]] Rejected instead (RFC 8688 §3.1).',
        ],
        scenarios: [
          'A terminating carrier has a policy of rejecting unsigned calls from one interconnect partner that is contractually obliged to sign. A call arrives from that partner without an Identity header, and the carrier\'s verification service answers 428 instead of completing it.',
          'An originating carrier\'s signing service has failed, so its SBC forwards INVITEs unsigned. A downstream network that requires signatures on that route starts returning 428 for every call, and the originating side sees a sudden wave of failures with this code.',
          'An operator experiments with a PASSporT extension such as "ppt=div" or a private one, and sends only that form. A verifier that does not support the extension ignores the header, and because its policy requires a signature on that route, it treats the request as unsigned and answers "428 Use Supported PASSporT Format".',
        ],
        fixes: [
          'Make sure the call is signed before it leaves your network: check that the authentication service (in an SBC, a softswitch or a separate signing server) is running, has a valid certificate, and adds an Identity header to every INVITE on routes where the peer requires one.',
          'If you send PASSporT extensions, make sure at least one Identity header is of a type the peer\'s verifier supports: the baseline form without a "ppt" parameter, or a "ppt" value agreed with the peer, such as "shaken" (RFC 8588 §6; the parameter mirrors the PASSporT\'s own "ppt", RFC 8224 §9). A 428 answers a request with no Identity header of either kind (RFC 8224 §6.2.2).',
          'If you are an enterprise or PBX owner receiving 428 from your provider, you can sign only if you hold the private key of a credential for your domain or numbers (RFC 8224 §6.1); otherwise open a ticket with the provider so that it signs your calls, with full attestation (SHAKEN "attest" value A, RFC 8588 §4) where it can fully attest to your calling identity (RFC 8588 §3).',
          'If your server sends it: send 428 only when your policy really requires a signature for that source, and expect the far side to be unable to repair it if it is not an authentication service; consider accepting and marking unsigned calls instead of rejecting them.',
        ],
      },
      ja: {
        title: 'Identity ヘッダが必要',
        summary:
          'STIR の検証サービスが、リクエストに署名付きの Identity ヘッダ（PASSporT）を求めているのに使えるものがなかったため、付与されるまでリクエストを受け付けない。',
        description: [
          'STIR（RFC 8224）では、発信側の認証サービスが発信者の身元を PASSporT に署名して Identity ヘッダとしてリクエストに付け、その先の検証サービスが署名を検査する。検証そのものはリクエストの特定の扱いを伴わない。署名付き、署名が不正、署名なしのリクエストをどう扱うかは、RFC 8224 §6.2.1 によりローカルポリシーに委ねられている。特定の送信元ドメインや送信元ユーザからのものはすべて署名が必要といったポリシーがあり、かつリクエストに検証側が使える Identity ヘッダがない場合、検証サービスは 428 を返さなければならない（RFC 8224 §6.2）。「使えない」には、ヘッダが存在しない場合と、「ppt」パラメータが検証側の対応していない PASSporT 拡張を示している場合の両方が含まれる。後者については、RFC 8224 §6.2.2 が「Use Supported PASSporT Format」というリーズンフレーズを示している。',
          'RFC 8224 §6.2.3 は、検証サービスが失敗応答を返した場合、認証サービスがリクエストを再試行してよいとしている。発信側の網が署名できるなら、Identity ヘッダを付けてリクエストを再試行できる。プロキシ内の認証サービスは、同じ宛先への逐次フォーキングとしてこれを行う。署名用の認証情報を持たない電話機や PBX は自力で 428 を解消できない。署名を付けられるのは、発信者のドメインや電話番号に対する認証情報の秘密鍵を持つ認証サービスであり（RFC 8224 §6.1）、事業者が運用するものがその例である。',
          '428 は RFC 8224 が RFC 4474 から引き継いだ 4 つの失敗コードの 1 つ目であり（RFC 8224 §6.2.2）、「検査すべきものがない」ことを意味する唯一のものである。残りは署名が存在したが失敗した場合の応答で、「info」が参照する認証情報を取得できないときは [[436]]、取得できた、またはすでに保持しているが、発行した認証局を信頼していないなどの理由で対応していないときは [[437]]、署名とクレームの検証に通る、有効で対応している PASSporT を持つ Identity ヘッダが一つもないときは [[438]] となる。Date が古すぎる場合は [[403]] とリーズンフレーズ `Stale Date` で通知してよい。呼分析の判定などにより、不要な呼として中継装置が拒否する場合は、代わりに [[608]] Rejected を返してよい（RFC 8688 §3.1）。',
        ],
        scenarios: [
          '着信側キャリアが、契約上署名が義務付けられている相互接続先からの署名なし呼を拒否するポリシーを持っている。その相手から Identity ヘッダのない呼が届き、キャリアの検証サービスは呼を接続せずに 428 を返す。',
          '発信側キャリアの署名サービスが停止し、SBC が署名なしの INVITE をそのまま転送している。その経路で署名を必須とする下流網がすべての呼に 428 を返し始め、発信側ではこのコードによる失敗が突然大量に発生する。',
          'ある事業者が「ppt=div」や独自の PASSporT 拡張を試験的に使い、その形式だけを送る。拡張に対応していない検証サービスはヘッダを無視し、その経路では署名を必須とするポリシーがあるため、署名なしのリクエストとして扱って「428 Use Supported PASSporT Format」を返す。',
        ],
        fixes: [
          '呼が自網を出る前に署名されていることを確認する。認証サービス（SBC、ソフトスイッチ、独立した署名サーバなど）が稼働していて有効な証明書を持ち、相手が署名を求める経路ではすべての INVITE に Identity ヘッダを付けているかを調べる。',
          'PASSporT の拡張を送る場合は、相手の検証サービスが対応している種類の Identity ヘッダを少なくとも 1 つ含める。「ppt」パラメータのない基本形か、「shaken」（RFC 8588 §6。このパラメータは PASSporT 自身の「ppt」と同じ値をとる、RFC 8224 §9）のように相手と取り決めた「ppt」値のものである。428 は、そのどちらの Identity ヘッダもないリクエストへの応答である（RFC 8224 §6.2.2）。',
          '企業や PBX の運用者が事業者から 428 を受け取った場合、自分で署名できるのは、自分のドメインや番号に対する認証情報の秘密鍵を持っているときだけである（RFC 8224 §6.1）。持っていなければ事業者に連絡し、呼に署名してもらう。発信者の身元を完全に証明できる場合は、完全な証明レベル（SHAKEN の「attest」値 A、RFC 8588 §4）で署名してもらう（RFC 8588 §3）。',
          '自分のサーバが返している場合は、その発信元に本当に署名を要求するポリシーがあるときだけ 428 を送る。相手が認証サービスでなければ解消できないことを念頭に置き、拒否せずに署名なしと表示して受け付ける選択肢も検討する。',
        ],
      },
    },
  },
  {
    code: 429,
    phrase: 'Provide Referrer Identity',
    status: 'active',
    refs: ['RFC3892 §5'],
    seeAlso: ['RFC3892 §2.3', 'RFC3892 §3', 'RFC3892 §4', 'RFC3892 §4.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3892 §2.2', 'RFC3892 §2.3'],
        byRole: {
          uas: ['RFC3892 §2.2', 'RFC3892 §2.3'],
        },
      },
      methods: {
        value: 'any',
        named: ['INVITE', 'REFER'],
        namedRefs: { INVITE: ['RFC3892 §7.3'], REFER: ['RFC3892 §2.2'] },
        refs: ['RFC3892 §1', 'RFC3892 §2.3', 'RFC3892 §2.2', 'RFC3892 §7.3'],
      },
      retry: {
        value: 'modify',
        refs: ['RFC3892 §2.1', 'RFC3261 §21.4'],
        // RFC 3892 §2.1 sets its own level for the referrer: it MAY submit a new REFER containing a Referred-By token.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); a referrer that wishes to re-attempt the refer MAY submit a new REFER request containing a Referred-By token',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、参照をやり直したいリファラは、Referred-By トークンを含む新しい REFER リクエストを送ってよい（MAY）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; a referrer that wishes to re-attempt to refer the referee after a 429, received as a response or in a NOTIFY, MAY submit a new REFER request containing a Referred-By token',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、429 を応答または NOTIFY で受けた後にリファリへの参照をやり直したいリファラは、Referred-By トークンを含む新しい REFER リクエストを送ってよい（MAY）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Referred-By',
        in: 'request',
        ref: 'RFC3892 §3',
        note: {
          en: 'Names the referrer and, through its "cid" parameter, points to the signed Referred-By token in the body; 429 means that token is missing, stale or invalid.',
          ja: '転送を指示した側（リファラ）を示し、「cid」パラメータでボディ内の署名付き Referred-By トークンを指す。429 は、このトークンがない、古い、または無効であることを意味する。',
        },
      },
    ],
    related: [428, 202, 403],
    keywords: {
      en: ['REFER', 'Referred-By', 'Referred-By token', 'call transfer', 'referrer', 'referee', 'S/MIME', 'sipfrag', 'AIB'],
      ja: ['REFER', 'Referred-By', '呼転送', 'リファラ', 'S/MIME', 'sipfrag', '転送元'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'transferor' },
        { id: 'b', role: 'transferee' },
        { id: 'c', role: 'transfer-target' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'REFER (Refer-To: Carol)' },
        { from: 'b', to: 'a', label: '200 OK' },
        { from: 'b', to: 'a', label: 'NOTIFY (SIP/2.0 100 Trying)' },
        { from: 'a', to: 'b', label: '200 OK' },
        { from: 'b', to: 'c', label: 'INVITE + Referred-By', note: { en: 'no Referred-By token', ja: 'Referred-By トークンなし' } },
        { from: 'c', to: 'b', label: '429 Provide Referrer Identity' },
        { from: 'b', to: 'c', label: 'ACK' },
        { from: 'b', to: 'a', label: 'NOTIFY (SIP/2.0 429)' },
        { from: 'a', to: 'b', label: '200 OK' },
      ],
      caption: {
        en: 'The transfer target admits referred calls only with a signed Referred-By token, which the INVITE lacks; the transferee acknowledges the 429 and reports it to the transferor in a NOTIFY sipfrag.',
        ja: '転送先は署名付きの Referred-By トークンを持つ転送呼しか受け付けないが、INVITE にはトークンがない。被転送者は 429 に ACK を返し、NOTIFY の sipfrag で転送元にその結果を伝える。',
      },
    },
    example: {
      request: [
        'INVITE sip:carol@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK9a1c3e',
        'Max-Forwards: 70',
        'From: Bob <sip:bob@example.com>;tag=6d2f8a',
        'To: Carol <sip:carol@example.com>',
        'Call-ID: 4b7e0c2d9f1a@192.0.2.20',
        'CSeq: 1 INVITE',
        'Contact: <sip:bob@192.0.2.20>',
        'Referred-By: <sip:alice@example.com>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 429 Provide Referrer Identity',
        'Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK9a1c3e;received=192.0.2.20',
        'From: Bob <sip:bob@example.com>;tag=6d2f8a',
        'To: Carol <sip:carol@example.com>;tag=e52a1c07',
        'Call-ID: 4b7e0c2d9f1a@192.0.2.20',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Referred-By'],
    },
    text: {
      en: {
        title: 'Provide Referrer Identity',
        summary:
          'The target of a referred request (the third party in a call transfer, for example), or the referee of a REFER, insists on cryptographic proof of who asked for the request, a signed Referred-By token, and the request did not carry a valid one.',
        description: [
          'A REFER has three parties: the referrer asks the referee to send a request to the refer target, and a referee that accepts a REFER to a SIP or SIPS URI must copy any Referred-By header of the REFER, which names the referrer, into that request without modification (RFC 3892 §2.2), as in a call transfer. Because the referee could write anything into that header, RFC 3892 lets the referrer supply a Referred-By token: an S/MIME-signed message/sipfrag containing the Refer-To, Referred-By and Date of the original REFER, carried as a body part that Referred-By points to with its "cid" parameter (RFC 3892 §4, §2.1). A refer target may reject the request with 429 when the token is absent or stale, and SHOULD require a valid token if a forged or altered Referred-By could affect its admission policy; any refer target MUST reject an otherwise well-formed request whose token is invalid with 429 (RFC 3892 §2.3).',
          'The referee cannot repair this alone, since only the referrer can sign. RFC 3892 §5 therefore expects the referee to pass the 429 back to the referrer as the outcome of the REFER, in the message/sipfrag body of a NOTIFY on the implicit subscription; a referrer that can sign MAY then send a new REFER with a token (RFC 3892 §2.1). A refer target that does not insist is free to process a request without a token, but if it shows its user anything from the Referred-By header, it must say that the information is suspect (RFC 3892 §2.3). A referee may also demand a token itself and reject a REFER without one with 429 (RFC 3892 §2.2); the referrer then gets the 429 directly as the answer to its REFER.',
          'RFC 3892 §2.3 explicitly separates this from [[428]] Use Identity Header: 428 asks the sender of the request (the referee) to prove its own identity, 429 asks for proof of the referrer\'s identity, a token the referrer signs and the referee only carries. A 429 reported in a NOTIFY is also unrelated to the [[202]] or 200 that the referee returned for the REFER itself: the transfer was accepted, and only the referred request failed.',
        ],
        scenarios: [
          'An attended transfer is set up with REFER. The referee sends INVITE with "Referred-By: <sip:alice@example.com>" to a target whose policy only admits referred calls with a signed Referred-By token, and since the referrer\'s phone never creates tokens, the target answers 429; the referrer then sees "SIP/2.0 429 Provide Referrer Identity" inside a NOTIFY sipfrag.',
          'A referrer does sign its REFER, but an SBC or B2BUA between referee and target removes the multipart body of the INVITE. Referred-By still carries a "cid" that points to nothing, the target finds no token, and it rejects with 429.',
          'The referee waits a long time before acting on the REFER, for example because a user confirmation is pending. When the INVITE finally reaches the target, the Date inside the token is too old, the token counts as stale, and the target answers 429.',
        ],
        fixes: [
          'On the referrer side, enable Referred-By token generation (S/MIME signing with a certificate whose identity matches the Referred-By URI) if the targets you transfer to require it. After a 429, received directly or reported in a NOTIFY, a referrer that wishes to try again MAY send a new REFER containing a token (RFC 3892 §2.1).',
          'Make sure the token survives the path: SBCs and B2BUAs between referee and target need to pass multipart bodies and the Referred-By header unchanged (RFC 3892 §3 forbids removing or modifying Referred-By only for proxies, so this is our advice, not a rule of the RFC).',
          'On the referee side, act on REFER promptly and report the 429 to the referrer in the NOTIFY rather than retrying the triggered request unchanged.',
          'If your server sends it: where a forged or altered Referred-By could affect your admission policy, RFC 3892 §2.3 says you SHOULD require a valid token; otherwise you MAY process a request that has none. If you show your user anything from the Referred-By header of a request without a token, you MUST tell the user it is suspect, and you MUST reject an otherwise well-formed request whose token is invalid with 429 (RFC 3892 §2.3).',
        ],
      },
      ja: {
        title: '転送元の身元証明が必要',
        summary:
          '転送などで誘発されたリクエストの宛先（たとえば呼転送の第三者）、または REFER を受けたリファリが、誰がそのリクエストを指示したかの暗号的な証明、すなわち署名付き Referred-By トークンを求めたが、有効なものが付いていなかった。',
        description: [
          'REFER には 3 者が関わる。リファラがリファリ（referee）に対し、リファー先へのリクエスト送信を依頼し、SIP または SIPS の URI を対象とする REFER を受け付けたリファリは、REFER にリファラを示す Referred-By ヘッダがあれば、それを変更せずにそのリクエストへコピーしなければならない（RFC 3892 §2.2）。呼転送がその典型である。リファリはこのヘッダに何でも書けてしまうため、RFC 3892 ではリファラが Referred-By トークンを用意できる。トークンは元の REFER の Refer-To、Referred-By、Date を含む message/sipfrag を S/MIME で署名したもので、ボディパートとして運ばれ、Referred-By の「cid」パラメータから参照される（RFC 3892 §4、§2.1）。リファー先は、トークンがない、または古い場合に 429 で拒否してもよく、偽造や改変された Referred-By が受け入れの判断に影響しうるなら、有効なトークンを求めるべきである（SHOULD）。またどのリファー先も、トークンが無効であれば、それ以外は正しい形式のリクエストを 429 で拒否しなければならない（MUST、RFC 3892 §2.3）。',
          '署名できるのはリファラだけなので、リファリは単独ではこれを解消できない。そのため RFC 3892 §5 は、リファリが 429 を REFER の結果としてリファラに伝えることを想定している。伝達手段は、暗黙のサブスクリプション上の NOTIFY の message/sipfrag ボディである。署名できるリファラは、その後トークン付きの新しい REFER を送ってよい（MAY、RFC 3892 §2.1）。トークンを必須としないリファー先は、トークンのないリクエストを処理してよいが、Referred-By の情報をユーザに示すなら、その情報が疑わしいことを伝えなければならない（RFC 3892 §2.3）。リファリ自身がトークンを求め、トークンのない REFER を 429 で拒否してもよい（RFC 3892 §2.2）。その場合、リファラは REFER への応答として 429 を直接受け取る。',
          'RFC 3892 §2.3 は、これを [[428]] Use Identity Header とはっきり区別している。428 はリクエストの送信者（リファリ）自身の身元の証明を求めるのに対し、429 はリファラの身元の証明を求めるもので、その証明はリファラが署名し、リファリは運ぶだけのトークンである。また NOTIFY で報告された 429 は、リファリが REFER 自体に返した [[202]] や 200 とも無関係である。転送は受け付けられており、失敗したのは誘発されたリクエストだけである。',
        ],
        scenarios: [
          '在席転送が REFER で開始される。リファリは「Referred-By: <sip:alice@example.com>」付きの INVITE を、署名付き Referred-By トークンのある転送呼しか受け付けないポリシーの宛先へ送る。リファラの電話機はトークンを作らないため宛先は 429 を返し、リファラ側では NOTIFY の sipfrag に「SIP/2.0 429 Provide Referrer Identity」が現れる。',
          'リファラは REFER に署名しているが、リファリとリファー先の間にある SBC や B2BUA が INVITE のマルチパートボディを削除してしまう。Referred-By の「cid」はどこも指さなくなり、トークンを見つけられないリファー先は 429 で拒否する。',
          'ユーザの確認待ちなどでリファリが REFER の処理を長く保留する。INVITE がようやくリファー先に届いたときにはトークン内の Date が古すぎ、トークンは期限切れとみなされて 429 が返る。',
        ],
        fixes: [
          '転送先がトークンを要求する場合は、リファラ側で Referred-By トークンの生成（Referred-By の URI と一致する身元の証明書による S/MIME 署名）を有効にする。429 を直接受けた場合も、NOTIFY で報告された場合も、転送をやり直したいリファラは、トークンを入れた新しい REFER を送ってよい（MAY、RFC 3892 §2.1）。',
          'トークンが経路上で失われないようにする。リファリとリファー先の間の SBC や B2BUA は、マルチパートボディと Referred-By ヘッダをそのまま通す必要がある（RFC 3892 §3 が Referred-By の削除・変更を禁じているのはプロキシに対してだけであり、これは当サイトの助言であって RFC の規則ではない）。',
          'リファリ側では REFER を速やかに処理し、誘発したリクエストを変更なしに再試行するのではなく、429 を NOTIFY でリファラに報告する。',
          '自分のサーバが返している場合、RFC 3892 §2.3 によれば、偽造や改変された Referred-By が受け入れの判断に影響しうるなら有効なトークンを求めるべきであり（SHOULD）、そうでなければトークンのないリクエストを処理してもよい（MAY）。トークンのないリクエストの Referred-By の情報をユーザに示す場合は、その情報が疑わしいことを伝えなければならない（MUST）。また、トークン以外は正しい形式のリクエストでも、トークンが無効なら 429 で拒否しなければならない（MUST、RFC 3892 §2.3）。',
        ],
      },
    },
  },
  {
    code: 430,
    phrase: 'Flow Failed',
    status: 'active',
    refs: ['RFC5626 §11.5'],
    seeAlso: ['RFC5626 §5.1', 'RFC5626 §5.3', 'RFC5626 §5.3.1', 'RFC5626 §5.4', 'RFC5626 §4.4.1', 'RFC5626 §4.5', 'RFC5626 §7', 'RFC5626 §9.3', 'RFC3261 §16.5', 'RFC3261 §16.7'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['edge-proxy'],
        refs: ['RFC5626 §11.5', 'RFC5626 §5.3.1'],
        byRole: {
          'edge-proxy': ['RFC5626 §11.5', 'RFC5626 §5.3.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC5626 §11.5', 'RFC5626 §5.3.1'] },
      retry: { value: 'never', refs: ['RFC5626 §11.5', 'RFC3261 §21.4'] },
      failover: { value: 'other-flow', refs: ['RFC5626 §11.5', 'RFC5626 §7'] },
    },
    headers: [
      {
        name: 'Route',
        in: 'request',
        ref: 'RFC5626 §5.3',
        note: {
          en: 'Its topmost value names the edge proxy and carries a flow token (RFC 5626 §5.1 lets the edge proxy put it in the user part, as in the example); 430 means the flow that token identifies no longer exists.',
          ja: '先頭の値はエッジプロキシを指し、フロートークンを含む（RFC 5626 §5.1 により、例のようにユーザ部に入れてもよい）。430 は、このトークンが示すフローがもう存在しないことを意味する。',
        },
      },
    ],
    related: [439, 480, 408, 503],
    keywords: {
      en: ['SIP Outbound', 'outbound', 'flow token', 'reg-id', 'instance-id', '+sip.instance', 'connection reuse', 'TCP connection closed', 'NAT', 'edge proxy'],
      ja: ['SIP Outbound', 'アウトバウンド', 'フロー', 'フロートークン', 'reg-id', 'TCP 接続', 'NAT', 'エッジプロキシ'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'e1', role: 'edge-proxy', tag: '1' },
        { id: 'e2', role: 'edge-proxy', tag: '2' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'e1', label: 'INVITE', note: { en: 'over the flow with reg-id=1', ja: 'reg-id=1 のフロー経由' } },
        { from: 'e1', to: 'p', label: '430 Flow Failed' },
        { from: 'p', to: 'e1', label: 'ACK' },
        { from: 'p', to: 'e2', label: 'INVITE', note: { en: 'over the flow with reg-id=2', ja: 'reg-id=2 のフロー経由' } },
        { from: 'e2', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'e2', label: '200 OK' },
        { from: 'e2', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'e2', label: 'ACK' },
        { from: 'e2', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'The authoritative proxy routes an INVITE over the callee\'s first flow; the edge proxy finds that flow gone and answers 430, so the proxy tries the same instance\'s second flow and the caller never sees the 430.',
        ja: '権威プロキシが着信側の 1 つ目のフローで INVITE を送るが、エッジプロキシはそのフローが失われていることを知って 430 を返す。プロキシは同じインスタンスの 2 つ目のフローで送り直し、発信者に 430 は届かない。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20:49152;transport=tcp SIP/2.0',
        'Via: SIP/2.0/TCP proxy.example.com;branch=z9hG4bK3a8f21',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK74bf9;received=198.51.100.10',
        'Max-Forwards: 69',
        'Route: <sip:wkZ4Ba7yrP0qJhS8nH5v@edge1.example.com;lr;ob>',
        'From: Alice <sip:alice@example.net>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 3848276298220188511@198.51.100.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@198.51.100.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 430 Flow Failed',
        'Via: SIP/2.0/TCP proxy.example.com;branch=z9hG4bK3a8f21;received=198.51.100.4',
        'Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK74bf9;received=198.51.100.10',
        'From: Alice <sip:alice@example.net>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>;tag=0c7d3b2f',
        'Call-ID: 3848276298220188511@198.51.100.10',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Route'],
    },
    text: {
      en: {
        title: 'Flow Failed',
        summary:
          'An edge proxy cannot deliver a request to a user agent because the SIP Outbound flow (the connection, or UDP address pair, the UA registered over) that the request was routed to has gone away; another flow to the same UA may still work.',
        description: [
          'SIP Outbound (RFC 5626) lets a UA behind NAT or a firewall keep one or more long-lived flows (a TCP or TLS connection, or a UDP exchange between one pair of addresses and ports) to edge proxies and register over each of them with the same +sip.instance and a distinct reg-id. Requests for the UA travel back over those flows: the edge proxy records a flow token in Path, and later requests from the authoritative proxy reach it with that token in the Route header. If the flow the token names no longer exists, for example because its connection has closed, the edge proxy cannot deliver the request and SHOULD answer 430 (RFC 5626 §5.3.1).',
          'The response is meant for the authoritative proxy, not for the caller. That proxy MUST NOT have more than one flow of the same UA instance in its target set at a time; when a branch fails with 430, it should replace it with another registered flow of the same instance, one with a different reg-id, if there is one (RFC 5626 §7). After any final response other than 408 or 430, that proxy MUST NOT send the same request to another flow of the same instance (RFC 5626 §7). According to the registration in RFC 5626 §11.5, a 430 should never reach an endpoint, and an endpoint that does receive one should handle it like [[400]] Bad Request.',
          'Its sibling from the same RFC, [[439]] First Hop Lacks Outbound Support, is returned to a UA whose REGISTER asks for Outbound (a reg-id and the outbound option tag) when the first hop does not support it (RFC 5626 §6); 430 appears later, on requests toward the UA, when a flow that once worked has died. RFC 5626 does not say what the authoritative proxy answers when no flow of the instance is left. RFC 3261 §16.7 would have it forward the best response it received, here the 430, which RFC 5626 §11.5 says endpoints should never receive; a proxy that keeps to the latter answers with a final response of its own choosing, which neither RFC names. Once the failed bindings are gone (in the example of RFC 5626 §9.3 the proxy deletes the binding after the 430), a later request finds no target, and for that case RFC 3261 §16.5 recommends [[480]] Temporarily Unavailable, until the UA registers a new flow.',
        ],
        scenarios: [
          'A mobile softphone registered over TCP through an edge proxy loses its connection when the phone switches from Wi-Fi to LTE. Once the edge proxy has seen that connection close, an incoming INVITE that reaches it before the app has re-registered finds no flow for its token, and the edge proxy answers 430 to the authoritative proxy. While the edge proxy still holds the dead connection, the flow still exists as far as it knows, so it forwards the INVITE over it and answers no 430.',
          'A UA keeps two flows, reg-id 1 and 2, through two edge proxies. One edge proxy restarts and loses all its TCP connections; calls routed over flow 1 get 430 there, and the authoritative proxy re-sends each INVITE over flow 2, so the callee still rings.',
          'A NAT or firewall silently drops an idle TCP mapping because the UA\'s CRLF keep-alives are spaced further apart than its idle timeout, and later pings no longer reach the edge proxy. An edge proxy that sent a Flow-Timer with the registration can take the flow as failed once longer than that time has passed without a keep-alive: RFC 5626 §5.4 makes it wait beyond the Flow-Timer, as a grace period for transport delay. A request for that flow then gets 430.',
        ],
        fixes: [
          'On the authoritative proxy, make sure 430 triggers the next flow of the same instance instead of ending the call, and that a 430 is never passed on to the caller.',
          'On the UA, check Outbound keepalives (CRLF on TCP/TLS or STUN on UDP) against the NAT and firewall idle timeouts, and register over at least two flows so that one failed flow does not make the user unreachable.',
          'After a network change or an edge proxy restart, the UA has to notice the failed flow (on TCP, no CRLF pong within 10 seconds of a ping, RFC 5626 §4.4.1) and register a new flow with the same reg-id (RFC 5626 §4.5). Until it does, an edge proxy that knows the flow is gone SHOULD answer a request routed over it with 430 (RFC 5626 §5.3.1), while one that has not noticed yet forwards the request into the dead flow; either way, if the UA has no other flow, the request does not reach it.',
          'If an endpoint in your network receives 430, some proxy is forwarding it where it should have tried another flow or answered with its own final response: fix that proxy.',
        ],
      },
      ja: {
        title: 'フロー障害',
        summary:
          'リクエストのルーティング先である SIP Outbound のフロー（UA が登録に使った接続、または UDP のアドレスとポートの組）が失われたため、エッジプロキシが UA へリクエストを届けられない。同じ UA への別のフローなら届く可能性がある。',
        description: [
          'SIP Outbound（RFC 5626）では、NAT やファイアウォールの内側の UA がエッジプロキシとの間にフロー（TCP や TLS の接続、または 1 組のアドレスとポートの間の UDP のやり取り）を長期にわたって 1 本以上保ち、それぞれのフローで同じ +sip.instance と異なる reg-id を使って登録する。UA 宛てのリクエストはこれらのフローを逆向きにたどる。エッジプロキシは Path にフロートークンを記録し、その後権威プロキシからのリクエストは Route ヘッダにそのトークンを載せて届く。接続が閉じたなどの理由でトークンが示すフローがもう存在しなければ、エッジプロキシはリクエストを届けられず、430 を返すべきである（SHOULD、RFC 5626 §5.3.1）。',
          'この応答の宛先は発信者ではなく権威プロキシである。このプロキシは、同じ UA インスタンスのフローを一度に 2 本以上ターゲットセットに入れてはならず（MUST NOT）、ブランチが 430 で失敗したら、同じインスタンスの別の登録済みフロー（reg-id の異なるもの）があればそれに置き換えるべきである（RFC 5626 §7）。408 と 430 以外の最終応答を受けた場合、このプロキシは同じインスタンスの別のフローへ同じリクエストを送ってはならない（MUST NOT、RFC 5626 §7）。RFC 5626 §11.5 の登録内容によれば、430 がエンドポイントに届くことは本来ないはずであり、届いた場合は [[400]] Bad Request と同様に扱うべきとされる。',
          '同じ RFC の [[439]] First Hop Lacks Outbound Support は、REGISTER で Outbound を求めた（reg-id と outbound オプションタグを付けた）UA に、ファーストホップが Outbound に対応していないときに返されるものである（RFC 5626 §6）。一方 430 は、一度は機能していたフローが切れた後に、UA 宛てのリクエストで現れる。インスタンスのフローが残っていないときに権威プロキシが何を返すかを、RFC 5626 は定めていない。RFC 3261 §16.7 に従えば受け取った中で最良の応答、つまり 430 を転送することになるが、RFC 5626 §11.5 はエンドポイントが 430 を受け取ることはないはずだとしている。後者に従うプロキシは自ら選んだ最終応答を返すことになり、その応答はどちらの RFC も定めていない。失敗したバインディングが消えた後（RFC 5626 §9.3 の例では、プロキシは 430 を受けてそのバインディングを削除する）は、後続のリクエストにはターゲットが見つからず、その場合について RFC 3261 §16.5 は [[480]] Temporarily Unavailable を勧めている。これは UA が新しいフローを登録するまで続く。',
        ],
        scenarios: [
          'エッジプロキシ経由で TCP 登録していたスマートフォンのソフトフォンが、Wi-Fi から LTE への切り替えで接続を失う。エッジプロキシがその接続の切断を認識した後、アプリが再登録する前に着信の INVITE が届くと、トークンに対応するフローが見つからず、エッジプロキシは権威プロキシへ 430 を返す。エッジプロキシが切れた接続をまだ保持している間は、エッジプロキシにとってフローはまだ存在するので、INVITE はその接続で転送され、430 は返らない。',
          'UA が 2 台のエッジプロキシを経由して reg-id 1 と 2 の 2 本のフローを持っている。一方のエッジプロキシが再起動して TCP 接続をすべて失い、フロー 1 経由の呼はそこで 430 となる。権威プロキシは各 INVITE をフロー 2 で送り直し、着信者の端末は問題なく鳴る。',
          'UA の CRLF キープアライブの間隔が NAT やファイアウォールのアイドルタイムアウトより長かったため、アイドル状態の TCP マッピングが黙って削除され、その後のピングはエッジプロキシに届かなくなる。登録時に Flow-Timer を送ったエッジプロキシは、その時間を超えてもキープアライブが来なければフローを失敗とみなすことができる。RFC 5626 §5.4 は、転送遅延の猶予として Flow-Timer より長く待つことを求めている。その後、そのフロー宛てのリクエストには 430 を返す。',
        ],
        fixes: [
          '権威プロキシでは、430 を受けたら呼を終わらせずに同じインスタンスの次のフローを試し、430 を発信者へそのまま転送しないようにする。',
          'UA では、Outbound のキープアライブ（TCP/TLS なら CRLF、UDP なら STUN）の間隔を NAT やファイアウォールのアイドルタイムアウトと照らし合わせて確認し、2 本以上のフローで登録して、1 本のフローの障害でユーザに着信できなくならないようにする。',
          'ネットワークの切り替えやエッジプロキシの再起動の後、UA は失敗したフローに気付き（TCP ならピングの後 10 秒以内に CRLF のポングが返らないこと、RFC 5626 §4.4.1）、同じ reg-id で新しいフローを登録する必要がある（RFC 5626 §4.5）。それまでは、失敗したフローにルーティングされたリクエストに対し、フローが失われたことを知っているエッジプロキシは 430 を返すべきであり（SHOULD、RFC 5626 §5.3.1）、まだ気付いていないエッジプロキシはリクエストを切れたフローへ転送する。いずれにしても、UA に他のフローがなければリクエストは届かない。',
          '自網のエンドポイントが 430 を受け取っている場合は、別のフローを試すか自ら最終応答を返すべきプロキシが 430 を転送している。そのプロキシを修正する。',
        ],
      },
    },
  },
  {
    code: 433,
    phrase: 'Anonymity Disallowed',
    status: 'active',
    refs: ['RFC5079 §5'],
    seeAlso: ['RFC5079 §1', 'RFC5079 §3', 'RFC5079 §4', 'RFC5079 §7', 'RFC3323 §4.1.1.3', 'RFC3323 §4.2', 'RFC3325 §9.1', 'RFC8197 §1', 'RFC8688 §3', 'RFC8688 §3.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'proxy'],
        refs: ['RFC5079 §3', 'RFC5079 §1'],
        byRole: {
          uas: ['RFC5079 §3', 'RFC5079 §1'],
          proxy: ['RFC5079 §1'],
        },
      },
      methods: { value: 'any', refs: ['RFC5079 §5'] },
      retry: { value: 'without-anonymity', refs: ['RFC5079 §4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Privacy',
        in: 'request',
        ref: 'RFC3323 §4.2',
        note: {
          en: 'The values "id" and "user" say the caller wants its identity withheld, so RFC 5079 §3 says the request should be considered anonymous; "header" or "session" alone are not among its cases.',
          ja: '「id」と「user」の値は、発信者が身元を秘匿したいことを示すので、RFC 5079 §3 はそのリクエストを匿名とみなすべきだとしている。「header」や「session」だけでは、同節の挙げる場合に当たらない。',
        },
      },
      {
        name: 'From',
        in: 'request',
        ref: 'RFC5079 §3',
        note: {
          en: 'RFC 3323 §4.1.1.3 recommends "Anonymous" <sip:anonymous@anonymous.invalid> here for a caller seeking anonymity. On its own, a URI in the anonymous.invalid domain or the display name "Anonymous" means the request should be considered anonymous; a missing P-Asserted-Identity on its own should not be taken as a sign of anonymity (RFC 5079 §3).',
          ja: '匿名を望む発信者には、RFC 3323 §4.1.1.3 がここに「\"Anonymous\" <sip:anonymous@anonymous.invalid>」を推奨している。anonymous.invalid ドメインの URI か表示名「Anonymous」があれば、それだけでリクエストを匿名とみなすべきである。P-Asserted-Identity がないことだけを匿名の兆候とみなすべきではない（RFC 5079 §3）。',
        },
      },
    ],
    related: [403, 603, 607, 608],
    keywords: {
      en: ['anonymous call rejection', 'ACR', 'caller ID blocked', 'withheld number', 'private number', 'CLIR', 'Privacy: id', 'anonymous.invalid'],
      ja: ['非通知拒否', '非通知着信拒否', '番号非通知', '匿名', '発信者番号', '184', 'ACR'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE + Privacy: id' },
        { from: 'p', to: 'a', label: '433 Anonymity Disallowed' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'a', to: 'p', label: 'INVITE', note: { en: 'identity shown', ja: '身元を通知' } },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'A server running anonymous call rejection for the callee refuses a call that withholds the caller\'s identity; the caller chooses to call again with its identity shown, and the call goes through.',
        ja: '着信側の非通知着信拒否を実行するサーバが、発信者の身元を隠した呼を拒否する。発信者は身元を通知してかけ直すことを選び、呼は接続される。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds8',
        'Max-Forwards: 70',
        'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=hyh8',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 8f2d6a0c1e4b@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:192.0.2.10:5060>',
        'Privacy: id',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 433 Anonymity Disallowed',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds8;received=192.0.2.10',
        'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=hyh8',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: 8f2d6a0c1e4b@192.0.2.10',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['From', 'Privacy'],
    },
    text: {
      en: {
        title: 'Anonymity Disallowed',
        summary:
          'A server that refuses anonymous requests, generally for the called party, turned the call down because the caller withheld its identity; it may succeed if made again with identity shown.',
        description: [
          'SIP callers can hide who they are: RFC 3261 allows an "Anonymous" From header, RFC 3323 adds the Privacy header, and RFC 3325 its "id" value, with which the caller asks the network to remove its asserted identity. Users who receive such calls may in turn want to refuse them, the SIP counterpart of the telephone network\'s anonymous call rejection. RFC 5079 gives that refusal its own code so that the caller learns why it failed: 433 says the request was turned down because it was anonymous (RFC 5079 §5).',
          'The rejection is generally made on behalf of the callee, though RFC 5079 §3 says this need not be the case: by the callee\'s own UA, or by a proxy acting on its behalf (RFC 5079 §1). The point of a code of its own is that automata can act on it, with a prompt in the user interface or, at a gateway, the equivalent PSTN error (RFC 5079 §1); and the caller knows that the same call may go through if it is made again without anonymity. Whether to give up privacy is the caller\'s choice: a UAC must not retry without anonymity unless its user confirms it, directly or through a policy the user has set (RFC 5079 §4). The same holds for an anonymizer acting as a B2BUA: it MUST NOT retry without anonymization unless the user has explicitly configured it to (RFC 5079 §7). A 433 to a request inside a dialog should end neither the dialog nor that usage of it (RFC 5079 §4).',
          'Before RFC 5079 the closest code was [[403]] Forbidden, which gives no specific reason, and a reason phrase saying why is of no use to automata (RFC 5079 §1). 433 is also different from [[607]] Unwanted, with which the called party\'s user agent, on the user\'s input or by its own logic, says the call is unwanted (RFC 8197 §1), and [[608]] Rejected, with which an intermediary acting for the user, a proxy or B2BUA, rejects a call as unwanted by the user (RFC 8688 §3.1), for example on a call-analytics engine\'s verdict (RFC 8688 §1, §3): 433 is about an identity the caller has chosen to withhold, not about whose identity it is. A request that merely lacks a network-asserted identity should not be considered anonymous on that ground alone, and one whose identity could not be validated, through no action of the caller, is not anonymous (RFC 5079 §3).',
        ],
        scenarios: [
          'A subscriber has enabled anonymous call rejection. A caller who dials with the number withheld (Privacy: id, From anonymous@anonymous.invalid) is answered "433 Anonymity Disallowed" by the application server that runs the service for the subscriber, and the caller\'s phone shows that withheld calls are not accepted.',
          'A bank\'s contact centre PBX is configured to refuse calls whose caller has withheld the number, so that it can look up the customer. Calls arriving from the SIP trunk with "Privacy: id" are rejected with 433.',
          'A softphone has "hide my number" enabled by default after a profile change. Calls to several colleagues suddenly fail with 433 while others go through, because only those colleagues block anonymous calls.',
        ],
        fixes: [
          'If you are the caller and the call matters, call again with identity shown: turn off "hide caller ID" or CLIR for this call, or for a prefix-based service dial without the privacy prefix, so that the request carries no Privacy: id and a real From.',
          'On a PBX or SBC, check that privacy is not applied by accident: a default "Privacy: id" or anonymised From on a trunk turns every outbound call into an anonymous one, which destinations with anonymous call rejection can refuse with 433, or with 403 where they keep the reason to themselves (RFC 5079 §7).',
          'If your server sends it: reserve 433 for requests that are anonymous by the caller\'s choice, not for an identity that merely could not be validated (RFC 5079 §3), and answer with 433 rather than 403 or 603 so the caller knows how to succeed. The exception is a callee for whom it is sensitive that it refuses anonymous calls: then a UAS SHOULD answer 403 instead (RFC 5079 §7).',
        ],
      },
      ja: {
        title: '非通知着信拒否',
        summary:
          '匿名のリクエストを受け付けないサーバ（一般には着信者のために動くもの）が、発信者が身元を隠したことを理由に呼を拒否した。身元を明かして発信し直せば成功する可能性がある。',
        description: [
          'SIP の発信者は身元を隠すことができる。RFC 3261 は From ヘッダを「Anonymous」とすることを認めており、RFC 3323 は Privacy ヘッダを、RFC 3325 はその「id」値を追加した。発信者は「id」を使って、網に認証済みの身元情報を削除するよう求める。一方で着信するユーザの側にも、電話網の非通知着信拒否にあたる形で、そうした呼を拒否したい場合がある。RFC 5079 はその拒否に専用のコードを与え、失敗の理由が発信者に分かるようにした。433 は、リクエストが匿名であったために拒否されたことを示す（RFC 5079 §5）。',
          '拒否は一般に着信者のために行われるが、RFC 5079 §3 はそうでなくてもよいとしている。着信者自身の UA が行う場合もあれば、その代理として動作するプロキシが行う場合もある（RFC 5079 §1）。専用のコードにしたのは、機械がそれに基づいて動けるようにするためである。ユーザインタフェースでの案内や、ゲートウェイでの PSTN の対応するエラーへの変換に使える（RFC 5079 §1）。発信者は、同じ呼を匿名にせずにかけ直せば通る可能性があることを知る。プライバシーを手放すかどうかは発信者が決めることであり、UAC は、ユーザが直接またはあらかじめ設定したポリシーで了承しない限り、匿名をやめて再試行してはならない（RFC 5079 §4）。B2BUA として動く匿名化サービスも同じであり、ユーザが明示的に設定していない限り、匿名化をやめて再試行してはならない（MUST NOT、RFC 5079 §7）。ダイアログ内のリクエストに 433 が返っても、ダイアログもその用途も終了させるべきではない（RFC 5079 §4）。',
          'RFC 5079 以前に最も近かったのは [[403]] Forbidden だが、具体的な理由を伝えず、理由をリーズンフレーズに書いても機械には解釈できない（RFC 5079 §1）。433 は、着信側の UA がユーザの操作または UA 内部のロジックに基づいて呼を不要と伝える [[607]] Unwanted（RFC 8197 §1）とも、ユーザに代わって動く中継装置（プロキシまたは B2BUA）が、たとえば通話分析エンジンの判定に従って（RFC 8688 §1、§3）、ユーザにとって不要な呼として拒否する [[608]] Rejected（RFC 8688 §3.1）とも異なる。433 が問題にするのは発信者が自ら身元を隠したことであり、誰の身元かではない。網が認証した身元情報がないことだけを理由にリクエストを匿名とみなすべきではなく、発信者の行為によらず身元を検証できなかったリクエストも匿名には当たらない（RFC 5079 §3）。',
        ],
        scenarios: [
          '加入者が非通知着信拒否を設定している。番号を非通知にして（Privacy: id、From は anonymous@anonymous.invalid）発信した相手に対し、そのサービスを提供するアプリケーションサーバが「433 Anonymity Disallowed」を返し、発信側の電話機には非通知の呼は受け付けられない旨が表示される。',
          '銀行のコンタクトセンターの PBX が、顧客を照会できるよう、発信者が番号を非通知にした呼を拒否する設定になっている。SIP トランクから「Privacy: id」付きで届く呼は 433 で拒否される。',
          'プロファイルの変更後、ソフトフォンで「番号を通知しない」が既定で有効になっていた。一部の同僚への呼だけが突然 433 で失敗し、他は通る。失敗するのは非通知着信を拒否している同僚だけだからである。',
        ],
        fixes: [
          '発信者として呼を通す必要があるなら、番号を通知してかけ直す。この呼について「番号非通知」や CLIR を解除するか、プレフィックスで非通知にするサービスならそのプレフィックスを付けずにダイヤルし、リクエストに Privacy: id が付かず、実際の From が入るようにする。',
          'PBX や SBC で、意図せずプライバシーが適用されていないかを確認する。トランクに既定の「Privacy: id」や匿名化した From が設定されていると、すべての発信が匿名になり、非通知着信拒否を設定している宛先はそれを 433 で拒否しうる。拒否の理由を明かさない宛先なら 403 で拒否しうる（RFC 5079 §7）。',
          '自分のサーバが返している場合は、発信者自身の選択で匿名になっているリクエストに限って 433 を使い、身元を検証できなかっただけのリクエストには使わない（RFC 5079 §3）。発信者が成功する方法を知れるよう、403 や 603 ではなく 433 で応答する。ただし、非通知の呼を拒否していること自体が着信者にとって知られたくない情報である場合は、UAS は代わりに 403 で拒否すべきである（SHOULD、RFC 5079 §7）。',
        ],
      },
    },
  },
  {
    code: 436,
    phrase: 'Bad Identity Info',
    status: 'active',
    refs: ['RFC8224 §6.2.2'],
    seeAlso: ['RFC8224 §4', 'RFC8224 §13.2'],
    alsoSeen: [
      {
        phrase: 'Bad Identity-Info',
        source: {
          en: 'RFC 4474, the SIP Identity specification that RFC 8224 replaced, which named the code after its Identity-Info header; the status tables of pjsip, OpenSIPS and Wireshark still print it',
          ja: 'RFC 8224 が置き換えた SIP Identity の仕様 RFC 4474。Identity-Info ヘッダにちなんでこの名称を付けた。pjsip、OpenSIPS、Wireshark の応答コード表にも今なおこの表記が残っている',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['verifier'],
        refs: ['RFC8224 §6.2.2'],
        byRole: {
          verifier: ['RFC8224 §6.2.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC8224 §6.2.2', 'RFC8224 §6.2'] },
      retry: { value: 'modify', refs: ['RFC8224 §6.2.2', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Identity',
        in: 'request',
        ref: 'RFC8224 §4',
        note: {
          en: 'Carries the PASSporT and, in its info parameter, the URI of the credential (such as a certificate) needed to check it. 436 means the verifier could not dereference that URI or acquire the credential, and that this held for every Identity header in the request (RFC 8224 §6.2.2).',
          ja: 'PASSporT と、その検証に必要な認証情報（証明書など）の URI（info パラメータ）を運ぶ。436 は、検証側がこの URI を参照できなかったか認証情報を入手できなかったこと、しかもそれがリクエスト中のすべての Identity ヘッダについて当てはまったことを示す（RFC 8224 §6.2.2）。',
        },
      },
    ],
    related: [437, 438, 428, 403],
    keywords: {
      en: ['STIR', 'SHAKEN', 'STIR/SHAKEN', 'x5u', 'info parameter', 'certificate URL', 'certificate repository', 'caller ID verification', 'PASSporT', 'Identity-Info'],
      ja: ['STIR/SHAKEN', '発信者番号認証', '認証情報', '証明書', '証明書取得', '署名検証', 'なりすまし', 'x5u', 'PASSporT'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
        { id: 'v', role: 'verifier' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE' },
        { from: 's', to: 'v', label: 'INVITE + Identity' },
        { from: 'v', to: 's', label: '436 Bad Identity Info' },
        { from: 's', to: 'v', label: 'ACK' },
        { from: 's', to: 'a', label: '436 Bad Identity Info' },
        { from: 'a', to: 's', label: 'ACK' },
      ],
      caption: {
        en: 'The verifier cannot fetch the certificate that the info parameter of the Identity header points to and, by local policy, rejects the INVITE with 436; each hop acknowledges the failure on its way back.',
        ja: '検証サービスが Identity ヘッダの info パラメータの指す証明書を取得できず、ローカルポリシーに従って INVITE を 436 で拒否する。失敗応答は各ホップで ACK されながら戻る。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12155550131@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK5d02c8',
        'Max-Forwards: 69',
        'From: <sip:+12155550121@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>',
        'Call-ID: 6a1f0d93c27e@198.51.100.5',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12155550121@198.51.100.5:5060>',
        'Date: Wed, 12 Jun 2024 13:46:40 GMT',
        'Identity: eyJhbGciOiJFUzI1NiIsInBwdCI6InNoYWtlbiIsInR5cCI6InBhc3Nwb3J0IiwieDV1IjoiaHR0cHM6Ly9jZXJ0LmV4YW1wbGUub3JnL3NoYWtlbi9zcC0xMjM0LnBlbSJ9.eyJhdHRlc3QiOiJBIiwiZGVzdCI6eyJ0biI6WyIxMjE1NTU1MDEzMSJdfSwiaWF0IjoxNzE4MjAwMDAwLCJvcmlnIjp7InRuIjoiMTIxNTU1NTAxMjEifSwib3JpZ2lkIjoiNDQzN2M3ZWItOGY3YS00ZjBlLWE4NjMtZjUzYTBlNjAyNTFhIn0.pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p_tqg7ui5mX9cfCmZ_a_lkyU81lSvTfrXFA;info=<https://cert.example.org/shaken/sp-1234.pem>;alg=ES256;ppt="shaken"',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 436 Bad Identity Info',
        'Via: SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK5d02c8;received=198.51.100.5',
        'From: <sip:+12155550121@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>;tag=3f7b19e4',
        'Call-ID: 6a1f0d93c27e@198.51.100.5',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Identity'],
    },
    text: {
      en: {
        title: 'Bad Identity Info',
        summary:
          'The STIR verification service could not fetch the credential (such as a certificate) that the info parameter of the Identity header points to, for any Identity header in the request, so it never got to check the signature.',
        description: [
          'Under STIR (RFC 8224), an authentication service on the originating side signs the caller\'s identity and places the result, a PASSporT, in an Identity header. The header\'s info parameter gives a URI, which the x5u header parameter of the PASSporT must repeat (RFC 8224 §4.1), from which the verifier can fetch the signer\'s credential, such as a certificate (RFC 8224 §7.2, §7.3, §7.4). When the verification service cannot dereference that URI or acquire a credential from it, for every Identity header the request carries, RFC 8224 §6.2.2 gives it 436 to reject the request.',
          '436 says nothing about whether the signature is good: verification stopped before the signature was looked at. That separates it from its neighbours: [[437]] means the credential was obtained (or was already cached) but is untrusted or unsupported, [[438]] means that the signature and claims of no Identity header checked out, and [[428]] means that the verifier\'s local policy requires an Identity header and none arrived that it can use, that is, none without a "ppt" parameter or with a "ppt" value it supports (RFC 8224 §6.2, §6.2.2). For a Date or iat older than its freshness policy allows, the verifier may send [[403]], and the phrase "Stale Date" can be used (RFC 8224 §6.2.2). RFC 8224 §6.2.2 calls 436 possibly repairable: the signer can send the request again with an info URI that the verifier is able to reach.',
          'The code was born in RFC 4474 as "Bad Identity-Info", after the separate Identity-Info header of that time. RFC 8224 folded the header into the info parameter (RFC 8224 §4) and changed the phrase to "Bad Identity Info" (RFC 8224 §13.2), which is why both spellings turn up in traces. What a network does with a request it cannot verify is local policy: RFC 8224 §6.2.1 prescribes no treatment and expects policies that change forwarding decisions or how the identity is shown to the user. A 436 in a status line therefore means this network chose to reject the call rather than deliver it unverified.',
        ],
        scenarios: [
          'A terminating carrier\'s SBC verifies SHAKEN on an INVITE from an interconnect partner. The info URL points at the originating provider\'s certificate repository, which answers HTTP 404 or never answers; the verifier\'s policy blocks calls it cannot verify and returns 436.',
          'An originating provider renews its signing certificate, publishes it under a new URL and takes the file at the old URL down, but the old URL is still in its authentication service configuration. Every call that crosses a strictly verifying network fails with 436 until the signer is corrected. RFC 8224 §7.4 asks for a new info URI for each new credential and for older URIs to stay available for longer than a SIP transaction lasts.',
          'A newly deployed verifier has no outbound HTTPS to the internet, or cannot resolve the repository\'s host name in DNS. Every signed call fails with 436 whoever signed it: the fault is the verifier\'s, not the originators\'.',
        ],
        fixes: [
          'Signing side: copy the info URI from the Identity header in the trace and fetch it from outside your own network. RFC 8224 §7.3 asks that it be dereferenceable by any entity that could plausibly receive the request, which for common cases means anyone on the public Internet, and it must lead to the credential whose key signed the PASSporT.',
          'Verifying side: if your verifier answers 436 to calls from every originator, test the verifier\'s own path to the internet (outbound firewall, HTTP proxy, DNS, the CA store used for the HTTPS connection) and its fetch timeout, and check whether it keeps credentials it has already fetched, as RFC 8224 §7.2 suggests, instead of downloading them for every call.',
          'Review the policy: rejecting with 436 is allowed, not required. Where signing is not yet universal, delivering the call as unverified avoids dropping legitimate traffic because one repository is down.',
        ],
      },
      ja: {
        title: '認証情報の取得失敗',
        summary:
          'STIR の検証サービスが、リクエスト中のどの Identity ヘッダについても、info パラメータが指す認証情報（証明書など）を取得できず、署名の検証に進めなかった。',
        description: [
          'STIR（RFC 8224）では、発信側の認証サービスが発信者の ID に署名し、その結果である PASSporT を Identity ヘッダに入れる。ヘッダの info パラメータには、検証側が署名者の認証情報（証明書など）を取得できる URI が入り（RFC 8224 §7.2、§7.3、§7.4）、PASSporT の x5u ヘッダパラメータにも同じ URI を入れなければならない（RFC 8224 §4.1）。リクエスト中のどの Identity ヘッダについても、この URI を参照できないか認証情報を入手できない場合、検証サービスは 436 でリクエストを拒否できる（RFC 8224 §6.2.2）。',
          '436 は署名の正否については何も示さない。署名を見る前の段階で検証が止まったことを示すだけである。この点が周辺のコードとの違いである。[[437]] は認証情報は入手できた（あるいはキャッシュ済みだった）が信頼できない・対応していない場合、[[438]] は署名とクレームの検証に通った Identity ヘッダが一つもなかった場合、[[428]] は、検証側のローカルポリシーが Identity ヘッダを必須としているのに、使える Identity ヘッダ、つまり「ppt」パラメータのないものか、対応している「ppt」値を持つものが一つも届かなかった場合である（RFC 8224 §6.2、§6.2.2）。Date や iat が検証側の鮮度ポリシーより古い場合は [[403]] を送ってよく、リーズンフレーズ `Stale Date` を使うこともできる（RFC 8224 §6.2.2）。RFC 8224 §6.2.2 は 436 を回復できる場合があるエラーとしており、署名側は検証側が到達できる info URI を付けてリクエストを送り直せばよい。',
          'このコードは RFC 4474 で、当時独立していた Identity-Info ヘッダの名を取って「Bad Identity-Info」として生まれた。RFC 8224 でこのヘッダが info パラメータに統合され（RFC 8224 §4）、名称も「Bad Identity Info」に改められた（RFC 8224 §13.2）。トレースに両方の綴りが現れるのはこのためである。検証できないリクエストをどう扱うかは各網のローカルポリシーで決まる。RFC 8224 §6.2.1 は扱いを定めておらず、転送の判断やユーザへの ID の表示方法を変えるといったポリシーを想定している。ステータス行に 436 が出ているなら、その網は未検証のまま着信させるのではなく、拒否を選んだということである。',
        ],
        scenarios: [
          '着信側キャリアの SBC が、相互接続先から届いた INVITE の SHAKEN 署名を検証する。info の URL が指す発信側事業者の証明書リポジトリが HTTP 404 を返すかタイムアウトし、検証できない呼を遮断するポリシーの検証サービスが 436 を返す。',
          '発信側事業者が署名用の証明書を更新して新しい URL で公開し、古い URL のファイルを削除したが、認証サービスの設定には古い URL が残っている。厳格に検証する網を経由する呼は、署名側の設定が直るまですべて 436 で失敗する。RFC 8224 §7.4 は、新しい認証情報ごとに新しい info の URI を用意し、古い URI も SIP のトランザクションが続きうる時間より長く参照できるようにしておくよう求めている。',
          '新たに導入した検証サービスにインターネットへの HTTPS の出口がない、あるいは DNS でリポジトリのホスト名を解決できない。誰が署名した呼でも 436 になり、原因は発信側ではなく検証側にある。',
        ],
        fixes: [
          '署名側では、トレースの Identity ヘッダから info の URI を取り出し、自社網の外から取得してみる。RFC 8224 §7.3 は、この URI をリクエストを受け取りうるどの装置からも参照できるようにすること（一般的な場合は公衆インターネット上の誰からでも）を求めている。また、取得できるのは PASSporT に署名した鍵に対応する認証情報でなければならない。',
          '検証側では、自分の検証サービスがどの発信元からの呼にも 436 を返しているなら、検証サービス自身のインターネットへの経路（送信方向のファイアウォール、HTTP プロキシ、DNS、HTTPS 接続に使う CA ストア）と取得のタイムアウト値を確認する。また、RFC 8224 §7.2 が示すように、取得済みの認証情報を保持して呼のたびにダウンロードし直さないようになっているかも確かめる。',
          'ポリシーを見直す。436 による拒否は許されているが義務ではない。署名がまだ全体に行き渡っていない段階では、未検証として着信させれば、リポジトリ 1 つの障害で正当な呼まで落とさずに済む。',
        ],
      },
    },
  },
  {
    code: 437,
    phrase: 'Unsupported Credential',
    status: 'active',
    refs: ['RFC8224 §6.2.2'],
    seeAlso: ['RFC8224 §4', 'RFC8224 §4.1', 'RFC8224 §13.2', 'RFC8225 §4.3'],
    alsoSeen: [
      {
        phrase: 'Unsupported Certificate',
        source: {
          en: 'RFC 4474, which defined the code for X.509 certificates only, and SIP stacks and logs that kept its phrase after RFC 8224 renamed it',
          ja: 'X.509 証明書だけを想定してこのコードを定義した RFC 4474。RFC 8224 での改名後もこの名称を使い続けている SIP スタックやログ',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['verifier'],
        refs: ['RFC8224 §6.2.2'],
        byRole: {
          verifier: ['RFC8224 §6.2.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC8224 §6.2.2', 'RFC8224 §6.2'] },
      retry: { value: 'modify', refs: ['RFC8224 §6.2.2', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Identity',
        in: 'request',
        ref: 'RFC8224 §4',
        note: {
          en: 'Its info parameter names the credential the verifier fetched or already held; 437 means that credential, not the signature, was what the verifier does not support (RFC 8224 §6.2.2).',
          ja: 'info パラメータが、検証側が取得した（あるいは既に保持していた）認証情報を示す。437 は、署名ではなくこの認証情報そのものに検証側が対応しなかったことを意味する（RFC 8224 §6.2.2）。',
        },
      },
    ],
    related: [436, 438, 428],
    keywords: {
      en: ['STIR', 'SHAKEN', 'STIR/SHAKEN', 'certificate', 'untrusted CA', 'trust anchor', 'STI-CA', 'certificate chain', 'Unsupported Certificate', 'caller ID verification'],
      ja: ['STIR/SHAKEN', '認証情報', '証明書', '認証局', 'ルート証明書', 'トラストアンカー', '証明書チェーン', '発信者番号認証', '署名検証'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
        { id: 'v', role: 'verifier' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE' },
        { from: 's', to: 'v', label: 'INVITE + Identity' },
        { from: 'v', to: 's', label: '437 Unsupported Credential' },
        { from: 's', to: 'v', label: 'ACK' },
        { from: 's', to: 'a', label: '437 Unsupported Credential' },
        { from: 'a', to: 's', label: 'ACK' },
      ],
      caption: {
        en: 'The verifier fetches the certificate named in the Identity header but does not trust the authority that issued it, so it rejects the INVITE with 437; each hop acknowledges the failure on its way back.',
        ja: '検証サービスは Identity ヘッダが示す証明書を取得できたが、発行した認証局を信頼していないため、INVITE を 437 で拒否する。失敗応答は各ホップで ACK されながら戻る。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12155550131@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK8e61a3',
        'Max-Forwards: 69',
        'From: <sip:+12155550121@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>',
        'Call-ID: b83e5c07a1f4@198.51.100.5',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12155550121@198.51.100.5:5060>',
        'Date: Wed, 12 Jun 2024 13:46:40 GMT',
        'Identity: eyJhbGciOiJFUzI1NiIsInBwdCI6InNoYWtlbiIsInR5cCI6InBhc3Nwb3J0IiwieDV1IjoiaHR0cHM6Ly9jZXJ0LmV4YW1wbGUub3JnL3NoYWtlbi9zcC0xMjM0LnBlbSJ9.eyJhdHRlc3QiOiJBIiwiZGVzdCI6eyJ0biI6WyIxMjE1NTU1MDEzMSJdfSwiaWF0IjoxNzE4MjAwMDAwLCJvcmlnIjp7InRuIjoiMTIxNTU1NTAxMjEifSwib3JpZ2lkIjoiNDQzN2M3ZWItOGY3YS00ZjBlLWE4NjMtZjUzYTBlNjAyNTFhIn0.pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p_tqg7ui5mX9cfCmZ_a_lkyU81lSvTfrXFA;info=<https://cert.example.org/shaken/sp-1234.pem>;alg=ES256;ppt="shaken"',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 437 Unsupported Credential',
        'Via: SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK8e61a3;received=198.51.100.5',
        'From: <sip:+12155550121@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>;tag=d2c4a95b',
        'Call-ID: b83e5c07a1f4@198.51.100.5',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Identity'],
    },
    text: {
      en: {
        title: 'Unsupported Credential',
        summary:
          'The STIR verifier obtained the credential referenced by the Identity header but does not support it, for example because it does not trust the issuing certification authority or does not support the algorithm the credential was signed with.',
        description: [
          'A verifier sends 437 when it has the credential named by the info parameter of at least one Identity header in hand, fetched or cached, yet cannot accept any of them (RFC 8224 §6.2.2). The reasons the RFC gives as examples are a certification authority the verifier does not trust and an algorithm, used to sign the credential, that it does not implement. The credential is in hand, whether fetched or already held, so this is not [[436]]; the signature was never weighed, so it is not [[438]] either.',
          'Which authorities to trust is up to the verifier: RFC 8226 §3 says verification services must make sure they trust the trust anchor that issued the certificate, and RFC 8224 §7.4 asks deployments to use widely trusted anchors or to restrict the mechanism to environments where business arrangements assure reliance on particular anchors. A certificate that one terminating network accepts may therefore draw 437 from another whose set of trust anchors differs. A certificate whose chain the verifier cannot complete up to an anchor it knows, for instance because an intermediate certificate is missing, is in the same position as one from an unknown authority; RFC 4474 §6 already listed a certificate "signed by an untrusted or unknown certificate authority" among the reasons for 437.',
          'RFC 4474 called the code "Unsupported Certificate", since credentials were then always X.509 certificates; RFC 8224 §13.2 generalised the phrase to "Unsupported Credential". The remedy lies with whoever issued or published the credential, or with the verifier: its trust configuration, or the algorithms it supports. Resending the same request with the same credential cannot succeed.',
        ],
        scenarios: [
          'A provider signs calls with a certificate from a test or lab certification authority that only its own verifier trusts. Calls to its own customers verify, while a partner network whose trust anchors do not include that authority answers 437.',
          'A verifier\'s trust store was loaded once and never refreshed. When an originating provider moves to a certificate issued by a certification authority that was added to the trusted set later, the verifier rejects its calls with 437 although other networks accept them.',
          'The originating provider publishes only its end-entity certificate at the info URL, without the intermediate certificate that links it to the root, although the resource may hold the certificate chain (RFC 8225 §4.3). A verifier with no other copy of that intermediate certificate cannot complete the chain and reports 437.',
        ],
        fixes: [
          'Signing side: fetch what the info URL serves and check that it chains to a root that the terminating networks trust. The x5u of the PASSporT, which MUST equal the info URI (RFC 8224 §4.1), refers to the resource for the certificate or certificate chain (RFC 8225 §4.3), so the intermediate certificates can be published there with the signing certificate rather than left to the verifier to find. Failing to trust the issuing certification authority is the first reason RFC 8224 §6.2.2 gives for a verifier\'s 437. Check also that the Date header field and the current time fall within the certificate\'s validity period, which the authentication service MUST verify (RFC 8224 §6.1, Step 3).',
          'Verifying side: if 437 hits calls from a legitimate provider, compare its issuing certification authority against your trust anchors and update them from whatever source your deployment\'s trust arrangements name (RFC 8224 §7.4), rather than adding single end-entity certificates by hand.',
          'Do not resend with the same credential: 437 is repaired only by a credential the verifier supports, or by a change on the verifier\'s side, in its trust configuration or in the algorithms it supports.',
        ],
      },
      ja: {
        title: '非対応の認証情報',
        summary:
          'STIR の検証サービスが Identity ヘッダの参照する認証情報を入手したものの、発行元の認証局を信頼していない、認証情報の署名に使われたアルゴリズムに対応していないなどの理由で、その認証情報に対応しない。',
        description: [
          '437 は、リクエスト中の少なくとも 1 つの Identity ヘッダについて、info パラメータが示す認証情報を取得済みまたはキャッシュ済みでありながら、そのどれも受け入れられない場合に検証サービスが返す（RFC 8224 §6.2.2）。RFC は理由の例として、信頼していない認証局が発行したこと、認証情報の署名に使われたアルゴリズムを検証側が実装していないことを挙げている。認証情報は、取得したにせよ既に保持していたにせよ手元にあるので [[436]] ではなく、署名の正否は判定していないので [[438]] でもない。',
          'どの認証局を信頼するかは検証側が決める。RFC 8226 §3 は、証明書を発行したトラストアンカーを信頼できるか確かめる責任を検証サービスに負わせ、RFC 8224 §7.4 は、広く信頼されたトラストアンカーを使うか、業務上の取り決めでアンカーを定めた環境に限って使うよう求めている。したがって、ある着信網が受け入れた証明書でも、トラストアンカーの構成が異なる別の網では 437 になりうる。中間証明書が欠けているなどの理由で、既知のアンカーまで証明書チェーンを組めない場合も、未知の認証局が発行した証明書と同じ扱いになる。RFC 4474 §6 も、信頼されていない、あるいは未知の認証局が署名した証明書を 437 の理由に挙げていた。',
          'RFC 4474 の時代は認証情報といえば X.509 証明書だったため、このコードは「Unsupported Certificate」と呼ばれていた。RFC 8224 §13.2 で名称が「Unsupported Credential」へと一般化された。直すべきは認証情報を発行・公開した側か、検証側の信頼設定または対応するアルゴリズムであり、同じ認証情報のまま同じリクエストを送り直しても成功しない。',
        ],
        scenarios: [
          'ある事業者が、自社の検証サービスしか信頼していない試験用の認証局の証明書で署名している。自社の顧客宛ての呼は検証に通るが、その認証局をトラストアンカーに含めていない相互接続先の網は 437 を返す。',
          '検証サービスのトラストストアが導入時に一度読み込まれたきり更新されていない。発信側事業者が、後から信頼の対象に加わった認証局の証明書に切り替えると、他網では受け入れられている呼が、この検証サービスでは 437 で拒否される。',
          '発信側事業者が info の URL にエンドエンティティ証明書だけを置き、ルートへつなぐ中間証明書を含めていない。この URL が指すリソースには証明書チェーンを置くこともできる（RFC 8225 §4.3）。その中間証明書を他に持たない検証側は証明書チェーンを完成できず、437 を返す。',
        ],
        fixes: [
          '署名側では、info の URL が返すものを取得し、着信網が信頼するルートまでつながるかを確認する。PASSporT の x5u は info の URI と同じでなければならず（MUST、RFC 8224 §4.1）、証明書または証明書チェーンのリソースを指す（RFC 8225 §4.3）。したがって中間証明書は、検証側に探させるのではなく、署名に使う証明書とともにそこに置くことができる。発行した認証局を検証側が信頼していないことは、RFC 8224 §6.2.2 が 437 の理由として最初に挙げているものである。また、Date ヘッダの値と現在時刻が証明書の有効期間内にあるかも確認する。これは認証サービスが確認しなければならない（MUST）ことである（RFC 8224 §6.1 のステップ 3）。',
          '検証側では、正当な事業者からの呼に 437 が出る場合、その発行認証局を自分のトラストアンカーと照合する。更新は、個々のエンドエンティティ証明書を手作業で追加するのではなく、自分の網の信頼の取り決めが定める配布元から行う（RFC 8224 §7.4）。',
          '同じ認証情報のまま送り直さない。437 が解消するのは、検証側が対応する認証情報に替えたときか、検証側で信頼設定や対応するアルゴリズムが変わったときだけである。',
        ],
      },
    },
  },
  {
    code: 438,
    phrase: 'Invalid Identity Header',
    status: 'active',
    refs: ['RFC8224 §6.2.2'],
    seeAlso: ['RFC8224 §4', 'RFC8224 §6.2', 'RFC8224 §6.2.1', 'RFC8224 §6.2.4', 'RFC8224 §8.3'],
    alsoSeen: [
      {
        phrase: 'Invalid PASSporT',
        source: {
          en: 'the alternative reason phrase RFC 8224 §6.2.2 allows when a full-form PASSporT lacks claims or headers its extension requires',
          ja: '拡張の必須クレームやヘッダが欠けたフルフォームの PASSporT に対して、RFC 8224 §6.2.2 が使ってよいとする別のリーズンフレーズ',
        },
      },
    ],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['verifier'],
        refs: ['RFC8224 §6.2.2'],
        byRole: {
          verifier: ['RFC8224 §6.2.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC8224 §6.2.2', 'RFC8224 §6.2'] },
      retry: {
        value: 'modify',
        refs: ['RFC8224 §6.1.1'],
        // RFC 8224 §6.1.1: SHOULD retry with the full form if the compact form was sent; SHOULD NOT retry more than once.
        label: {
          en: 'If it sent the compact form, the authentication service SHOULD retry with the full form of PASSporT, and SHOULD NOT retry more than once',
          ja: '認証サービスは、コンパクトフォームを送っていた場合、PASSporT のフルフォームで再試行すべきであり（SHOULD）、2 回以上再試行すべきではない（SHOULD NOT）',
        },
        next: {
          en: 'if the authentication service did not send the full form of PASSporT in the Identity header field, it SHOULD retry the request with the full form; implementations SHOULD NOT retry the request more than once',
          ja: '認証サービスが Identity ヘッダで PASSporT のフルフォームを送っていなかった場合、フルフォームでリクエストを再試行すべきであり（SHOULD）、実装はリクエストを 2 回以上再試行すべきではない（SHOULD NOT）',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Identity',
        in: 'request',
        ref: 'RFC8224 §6.2.2',
        note: {
          en: 'Holds the PASSporT whose signature or claims failed; with several Identity headers, 438 means none of them carried a valid PASSporT of a supported type.',
          ja: '署名またはクレームの検証に失敗した PASSporT を運ぶ。Identity ヘッダが複数ある場合、438 は有効で対応可能な PASSporT がどれにもなかったことを意味する。',
        },
      },
      {
        name: 'Date',
        in: 'request',
        ref: 'RFC8224 §6.2.2',
        note: {
          en: 'Takes part in the signed data; RFC 8224 names a transit network that rewrites Date as one innocent way to break an Identity header.',
          ja: '署名対象のデータに関わる。RFC 8224 は、中継網による Date の書き換えを、なりすましとは無関係に Identity ヘッダを壊してしまう例として挙げている。',
        },
      },
    ],
    related: [436, 437, 428, 403],
    keywords: {
      en: ['STIR', 'SHAKEN', 'STIR/SHAKEN', 'signature verification failed', 'PASSporT', 'compact form', 'full form', 'spoofed caller ID', 'orig tn', 'Invalid PASSporT'],
      ja: ['STIR/SHAKEN', '署名検証失敗', 'なりすまし', '発信者番号偽装', 'PASSporT', 'コンパクトフォーム', 'フルフォーム', '番号正規化'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc', tag: '1' },
        { id: 't', role: 'sbc', tag: '2' },
        { id: 'v', role: 'verifier' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE' },
        { from: 's', to: 't', label: 'INVITE + Identity' },
        { from: 't', to: 'v', label: 'INVITE', note: { en: 'From number replaced', ja: 'From の番号を書き換え済み' } },
        { from: 'v', to: 't', label: '438 Invalid Identity Header' },
        { from: 't', to: 'v', label: 'ACK' },
        { from: 't', to: 's', label: '438 Invalid Identity Header' },
        { from: 's', to: 't', label: 'ACK' },
        { from: 's', to: 'a', label: '438 Invalid Identity Header' },
        { from: 'a', to: 's', label: 'ACK' },
      ],
      caption: {
        en: 'A transit network rewrites the calling number after the originating network signed the call, so the orig claim no longer matches the request; the verifier answers 438 and each hop acknowledges the failure on its way back.',
        ja: '発信側の網が署名した後で中継網が発信者番号を書き換えたため、orig クレームがリクエストと一致しなくなる。検証サービスは 438 を返し、失敗応答は各ホップで ACK されながら戻る。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12155550131@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK2c71f5',
        'Max-Forwards: 68',
        'From: <sip:+12155550100@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>',
        'Call-ID: 2d95e7b0f6c3@203.0.113.40',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12155550121@203.0.113.40:5060>',
        'Date: Wed, 12 Jun 2024 13:46:40 GMT',
        'Identity: eyJhbGciOiJFUzI1NiIsInBwdCI6InNoYWtlbiIsInR5cCI6InBhc3Nwb3J0IiwieDV1IjoiaHR0cHM6Ly9jZXJ0LmV4YW1wbGUub3JnL3NoYWtlbi9zcC0xMjM0LnBlbSJ9.eyJhdHRlc3QiOiJBIiwiZGVzdCI6eyJ0biI6WyIxMjE1NTU1MDEzMSJdfSwiaWF0IjoxNzE4MjAwMDAwLCJvcmlnIjp7InRuIjoiMTIxNTU1NTAxMjEifSwib3JpZ2lkIjoiNDQzN2M3ZWItOGY3YS00ZjBlLWE4NjMtZjUzYTBlNjAyNTFhIn0.pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p_tqg7ui5mX9cfCmZ_a_lkyU81lSvTfrXFA;info=<https://cert.example.org/shaken/sp-1234.pem>;alg=ES256;ppt="shaken"',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 438 Invalid Identity Header',
        'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK2c71f5;received=203.0.113.40',
        'From: <sip:+12155550100@example.com;user=phone>;tag=7c2b9e',
        'To: <sip:+12155550131@example.net;user=phone>;tag=48e1b7c6',
        'Call-ID: 2d95e7b0f6c3@203.0.113.40',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['From', 'Date', 'Identity'],
    },
    text: {
      en: {
        title: 'Invalid Identity Header',
        summary:
          'None of the Identity headers in the request carried a valid PASSporT of a supported type: the signature did not verify, or the signed claims do not match the request.',
        description: [
          'Of the four failure codes that RFC 8224 §6.2.2 keeps from RFC 4474 (428, 436, 437 and 438), 438 is the only one that reaches the signature itself. A verifier MUST take the steps of RFC 8224 §6.2 in order, and it validates the signature (Step 5) only after making sure that it has the keying material to validate it, a credential it does not support being treated as unsupported (Step 3); a 438 then says that no Identity header in the request holds a valid and supported PASSporT (RFC 8224 §6.2.2). Like [[428]], it is sent when the verifier\'s local policy makes a broken signature a reason to refuse the request (RFC 8224 §6.2.2); a network that merely records the result delivers the call instead.',
          'A failed check is not proof of spoofing. The PASSporT signs the calling and called identities and a timestamp, and the verifier compares them with what it sees in the request; RFC 8224 itself points out that a transit network which rewrites the Date header can break a valid signature. A calling or called number that a transit network replaced, or a To header rewritten by a B2BUA, has the same effect; a mere change between national and E.164 form need not, because canonicalisation SHOULD convert numbers to E.164 before signing and verifying, and may skip that step only where it cannot tell how (RFC 8224 §8.3); a signer and a verifier that canonicalise the same number differently still disagree. The recommended repair is to resend the request with the full form of the PASSporT if it was sent in the compact form (RFC 8224 §6.2.2). The full form carries the iat the signer used, which the verifier SHOULD use in place of a changed Date as long as the iat is within its freshness policy (RFC 8224 §6.2, Step 4), and the signer\'s canonical orig and dest, which make canonicalisation problems visible (RFC 8224 §6.2.4). It does not excuse rewriting the signed identities: the verifier always derives the originating identity from the SIP headers and recomputes the signature with it.',
          'Keep it apart from its neighbours: [[436]] means the credential could not be acquired and [[437]] that it was acquired, or was already held, but is not supported, both before the signature was examined, while for a Date or iat older than the verifier\'s freshness policy allows, the code RFC 8224 §6.2.2 names is not 438 but [[403]], which the verifier may send, with the phrase "Stale Date" if it wishes. RFC 8224 also allows the phrase "Invalid PASSporT" for a full-form PASSporT that lacks the claims or headers its extension requires, so both phrases can appear with this code.',
        ],
        scenarios: [
          'After the originating network signed the call, a transit carrier\'s B2BUA replaces the calling number with the customer\'s main number. Canonicalisation cannot turn one number into another, so the number the verifier derives from the request no longer matches the signed orig claim, and a verifier with a blocking policy answers 438.',
          'After renewing its certificate, an originating provider publishes the new certificate but its authentication service still signs with the old private key. Every signature fails against the published certificate, and strict verifiers return 438.',
          'A B2BUA in the path regenerates the Date header or rewrites the To URI of an INVITE signed with a compact-form PASSporT; the verifier rebuilds different claims from the altered headers and the signature no longer verifies.',
        ],
        fixes: [
          'Compare what was signed with what arrived. For a full-form PASSporT, decode the payload (the base64url middle part of the Identity value) and check the orig, dest and iat claims against the From or P-Asserted-Identity, To, and Date of the request as the verifier received it; for the compact form, whose middle part is empty, compare those headers as the signer sent them with the headers at the verifier. A change on the way to the identity one of these headers carries (its telephone number, or its URI where the identity is not a number, RFC 8224 §4.1) breaks the signature unless canonicalisation (RFC 8224 §8.3) undoes it, and so does a changed Date, unless the PASSporT is in the full form, its iat is still within the verifier\'s freshness policy, and the verifier computes the signature with the iat instead of the Date, as RFC 8224 §6.2, Step 4 says it SHOULD. RFC 8224 itself does not sign the display name (RFC 8224 §12.6), so a changed display name does not break the signature of a baseline PASSporT, one without a "ppt" extension.',
          'Signing side: confirm that the private key in use belongs to the certificate at the info URL. Where transit networks rewrite Date, send the full form of the PASSporT: the verifier can then check the signature against its iat, and the orig and dest it carries make canonicalisation mismatches easy to debug (RFC 8224 §6.2.2, §6.2.4). The full form does not survive a rewritten From, P-Asserted-Identity or To, because the verifier still takes the identities from the SIP headers. After a 438, an authentication service that sent the compact form SHOULD retry the request once with the full form, and SHOULD NOT retry it more than once (RFC 8224 §6.1.1).',
          'Transit side: leave signed headers alone. If numbers must be normalised for routing, do it in a way that keeps the identity the PASSporT signed recoverable, or leave verification to a point before the change.',
        ],
      },
      ja: {
        title: '署名ヘッダの検証失敗',
        summary:
          'リクエスト中のどの Identity ヘッダにも、有効で対応可能な PASSporT がなかった。署名が検証できなかったか、署名されたクレームがリクエストの内容と一致しない。',
        description: [
          'RFC 8224 §6.2.2 が RFC 4474 から引き継いだ 4 つの失敗コード（428、436、437、438）のうち、署名そのものまで踏み込んで判定するのは 438 だけである。検証サービスは RFC 8224 §6.2 の手順を順番どおりに実行しなければならず（MUST）、署名の検証（ステップ 5）に進むのは、検証に必要な鍵情報を利用できることを確かめた後である。対応していない認証情報は、対応外として扱われる（ステップ 3）。そのうえで 438 は、リクエストのどの Identity ヘッダにも有効で対応可能な PASSporT がなかったことを示す（RFC 8224 §6.2.2）。[[428]] と同様、検証サービスのローカルポリシーが、署名が無効であることをリクエスト拒否の理由とする場合に送られる（RFC 8224 §6.2.2）。結果を記録するだけの網では、呼はそのまま着信する。',
          '検証に失敗したからといって、なりすましの証拠にはならない。PASSporT には発信側・着信側の ID とタイムスタンプが署名されており、検証サービスはそれをリクエストの内容と突き合わせる。RFC 8224 自身、中継網が Date ヘッダを書き換えると正当な署名も壊れると指摘している。中継網による発信番号・着信番号の差し替えや、B2BUA による To ヘッダの書き換えも同じ結果を招く。一方、国内形式と E.164 形式の間の書き換えだけなら、署名が壊れるとは限らない。RFC 8224 §8.3 の正規化では、番号を E.164 形式に直してから署名・検証すべきであり（SHOULD）、この手順を省いてよいのは変換の方法を判断できない場合だけだからである。ただし、署名側と検証側が同じ番号を異なる形に正規化すれば、やはり一致しない。RFC 8224 §6.2.2 が推奨する対処は、コンパクトフォームで送ったリクエストをフルフォームの PASSporT で送り直すことである。フルフォームには署名側が使った iat が入っており、Date が書き換えられていても、iat が鮮度ポリシーの範囲内なら検証側は Date の代わりにその iat を使うべきである（SHOULD、RFC 8224 §6.2 のステップ 4）。また、署名側が正規化した orig と dest も入っているため、正規化の食い違いを突き止めやすくなる（RFC 8224 §6.2.4）。ただし、署名された ID の書き換えが許されるわけではない。検証側は発信者の ID を常に SIP ヘッダから取り出し、それを使って署名を計算し直す。',
          '周辺のコードとの違いを整理しておく。[[436]] は認証情報を取得できなかった場合、[[437]] は取得できた（または既に保持していた）が対応していない場合で、どちらも署名を調べる前の段階である。Date や iat が検証側の鮮度ポリシーより古い場合に RFC 8224 §6.2.2 が挙げるのは 438 ではなく [[403]] であり、検証側はこれを送ってよく、リーズンフレーズ `Stale Date` を付けることもできる。なお RFC 8224 は、拡張が求めるクレームやヘッダを欠いたフルフォームの PASSporT に対してリーズンフレーズ `Invalid PASSporT` を使うことも認めているため、このコードには 2 通りのリーズンフレーズが現れうる。',
        ],
        scenarios: [
          '発信側の網が署名した後で、中継キャリアの B2BUA が発信者番号を顧客の代表番号に差し替える。正規化で別の番号を元に戻すことはできないため、検証側がリクエストから取り出した番号は署名済みの orig クレームと一致せず、遮断ポリシーの検証サービスが 438 を返す。',
          '発信側事業者が証明書を更新して新しい証明書を公開したが、認証サービスは古い秘密鍵で署名を続けている。公開された証明書ではどの署名も検証できず、厳格な検証サービスは 438 を返す。',
          'コンパクトフォームの PASSporT で署名された INVITE について、経路上の B2BUA が Date ヘッダを付け直したり To の URI を書き換えたりする。検証側は変更後のヘッダから異なるクレームを組み立てることになり、署名が一致しなくなる。',
        ],
        fixes: [
          '署名された内容と届いた内容を比べる。フルフォームの PASSporT なら、ペイロード（Identity の値の中央にある base64url 部分）をデコードし、orig・dest・iat の各クレームを、検証側が受け取ったリクエストの From または P-Asserted-Identity、To、Date と照合する。中央部分が空のコンパクトフォームなら、署名側が送ったこれらのヘッダと検証側に届いたヘッダを比べる。途中でこれらのヘッダが運ぶ ID（電話番号、または ID が番号でない場合は URI。RFC 8224 §4.1）に生じた変更は、正規化（RFC 8224 §8.3）で元に戻らない限り署名を壊す。Date の変更も署名を壊す。壊さないのは、フルフォームの PASSporT で、その iat が検証側の鮮度ポリシーの範囲内にあり、かつ検証側が Date の代わりに iat を使って署名を計算する場合である。RFC 8224 §6.2 のステップ 4 は、検証側がそうすべきである（SHOULD）としている。RFC 8224 自体は表示名に署名しないので（RFC 8224 §12.6）、表示名の変更は、「ppt」拡張を使わない基本の PASSporT の署名を壊さない。',
          '署名側では、使っている秘密鍵が info の URL にある証明書と対になっているかを確認する。中継網が Date を書き換える経路では、フルフォームの PASSporT を送る。検証側はその iat で署名を検証でき、フルフォームに入った orig と dest から正規化の食い違いも調べやすくなる（RFC 8224 §6.2.2、§6.2.4）。ただし、From、P-Asserted-Identity、To が書き換えられた場合はフルフォームでも救えない。検証側は ID を SIP ヘッダから取り出すからである。コンパクトフォームで送った認証サービスは、438 を受けたらフルフォームでリクエストを 1 回再試行すべきであり（SHOULD）、2 回以上再試行すべきではない（SHOULD NOT、RFC 8224 §6.1.1）。',
          '中継側では、署名済みのヘッダに手を加えない。ルーティングのために番号の正規化が必要なら、PASSporT が署名した ID を復元できる形で行うか、変更より手前の地点で検証を済ませる。',
        ],
      },
    },
  },
  {
    code: 439,
    phrase: 'First Hop Lacks Outbound Support',
    status: 'active',
    refs: ['RFC5626 §11.6'],
    seeAlso: ['RFC5626 §4.2.1', 'RFC5626 §5.1', 'RFC5626 §6'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['registrar'],
        refs: ['RFC5626 §11.6'],
        byRole: {
          registrar: ['RFC5626 §11.6'],
        },
      },
      methods: { value: ['REGISTER'], refs: ['RFC5626 §11.6'] },
      retry: {
        value: 'modify',
        refs: ['RFC5626 §4.2.1', 'RFC3261 §21.4'],
        // RFC 5626 §4.2.1 sets its own level after a 439: the UA MAY re-attempt registration without Outbound, subject to local policy at the client.
        label: {
          en: 'Should not be resent unchanged (SHOULD NOT); the UA MAY re-attempt the registration without using the outbound mechanism, subject to local policy at the client',
          ja: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、UA は、クライアントのローカルポリシーに従い、Outbound の仕組みを使わずに登録を再試行してよい（MAY）',
        },
        next: {
          en: 'the client SHOULD NOT retry the same request without modification; the registering UA MAY re-attempt registration without using the outbound mechanism, subject to local policy at the client',
          ja: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、登録する UA は、クライアントのローカルポリシーに従い、Outbound の仕組みを使わずに登録を再試行してよい（MAY）',
        },
      },
      failover: { value: 'other-proxy', refs: ['RFC5626 §4.2.1'] },
    },
    headers: [
      {
        name: 'Contact',
        in: 'request',
        ref: 'RFC5626 §4.2.1',
        note: {
          en: 'The reg-id and +sip.instance parameters on the Contact, together with the outbound option tag in Supported, are what ask the registrar for SIP Outbound; a REGISTER without reg-id must not be answered with 439 (RFC 5626 §6, §11.6).',
          ja: 'Contact の reg-id と +sip.instance パラメータが、Supported の outbound オプションタグとともに、レジストラに SIP Outbound を求める印である。reg-id のない REGISTER に 439 を返してはならない（RFC 5626 §6、§11.6）。',
        },
      },
      {
        name: 'Supported',
        in: 'request',
        ref: 'RFC5626 §6',
        note: {
          en: 'A UA that supports Outbound MUST list the outbound option tag here (RFC 5626 §4.2.1). When the REGISTER came through a proxy and has no Path header, or its first Path URI has no "ob", the registrar answers 439 if the REGISTER has both this tag and a reg-id, and not otherwise; with a reg-id but no tag it ignores the reg-id instead, and its response carries no outbound option tag in Require (RFC 5626 §6).',
          ja: 'Outbound に対応した UA は、ここに outbound オプションタグを入れなければならない（RFC 5626 §4.2.1）。プロキシを経由して届いた REGISTER に Path ヘッダがないか、最初の Path URI に「ob」がない場合、レジストラは、REGISTER にこのタグと reg-id の両方があれば 439 を返し、そうでなければ返さない。reg-id はあるがタグがなければ、レジストラは代わりに reg-id を無視し、応答の Require に outbound オプションタグを入れない（RFC 5626 §6）。',
        },
      },
      {
        name: 'Path',
        in: 'request',
        ref: 'RFC5626 §5.1',
        note: {
          en: 'For a REGISTER whose Contact carries a reg-id, an Outbound edge proxy that is the first hop must add a Path URI carrying the "ob" parameter, and one that is not the first hop must not put "ob" in its Path URI (RFC 5626 §5.1). When the registrar is not the first hop and the Path header is missing or its first URI has no "ob", it answers 439 if the REGISTER carries a reg-id and the outbound option tag, and otherwise ignores the reg-id (RFC 5626 §6).',
          ja: 'Contact に reg-id のある REGISTER については、Outbound に対応したエッジプロキシは、ファーストホップであれば「ob」パラメータ付きの Path URI を追加しなければならず、ファーストホップでなければ Path URI に「ob」を付けてはならない（RFC 5626 §5.1）。レジストラ自身がファーストホップでなく、Path ヘッダがないか最初の URI に「ob」がない場合、REGISTER に reg-id と outbound オプションタグがあれば 439 を返し、そうでなければ reg-id を無視する（RFC 5626 §6）。',
        },
      },
    ],
    related: [430],
    keywords: {
      en: ['SIP Outbound', 'outbound', 'reg-id', 'ob parameter', 'Path', 'edge proxy', 'NAT traversal', 'persistent connection', 'flow', 'registration failed'],
      ja: ['SIP Outbound', 'アウトバウンド', 'reg-id', 'ob パラメータ', 'エッジプロキシ', 'NAT 越え', '常時接続', 'フロー', '登録失敗'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'r', role: 'registrar' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'REGISTER + reg-id, Supported: outbound' },
        { from: 'p', to: 'r', label: 'REGISTER + Path', note: { en: 'no ob in the Path URI', ja: 'Path URI に ob なし' } },
        { from: 'r', to: 'p', label: '439 First Hop Lacks Outbound Support' },
        { from: 'p', to: 'a', label: '439 First Hop Lacks Outbound Support' },
        { from: 'a', to: 'p', label: 'REGISTER', note: { en: 'no reg-id', ja: 'reg-id なし' } },
        { from: 'p', to: 'r', label: 'REGISTER + Path' },
        { from: 'r', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
      ],
      caption: {
        en: 'A first-hop proxy without SIP Outbound support relays a REGISTER that asks for Outbound but adds a Path URI without "ob"; the registrar answers 439, and the client registers again without Outbound.',
        ja: 'SIP Outbound に対応していないファーストホップのプロキシが、Outbound を求める REGISTER を「ob」のない Path URI を付けて中継する。レジストラは 439 を返し、クライアントは Outbound なしで登録し直す。',
      },
    },
    example: {
      request: [
        'REGISTER sip:example.com SIP/2.0',
        'Via: SIP/2.0/UDP sbc.example.com;branch=z9hG4bK87asdks7',
        'Via: SIP/2.0/TLS 192.0.2.10:49152;branch=z9hG4bKnashds7;received=203.0.113.5;rport=51320',
        'Max-Forwards: 69',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'Supported: path, outbound',
        'Path: <sip:sbc.example.com;lr>',
        'Contact: <sip:alice@192.0.2.10:49152;transport=tls>;reg-id=1;+sip.instance="<urn:uuid:00000000-0000-1000-8000-000A95A0E128>"',
        'Expires: 3600',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 439 First Hop Lacks Outbound Support',
        'Via: SIP/2.0/UDP sbc.example.com;branch=z9hG4bK87asdks7;received=203.0.113.8',
        'Via: SIP/2.0/TLS 192.0.2.10:49152;branch=z9hG4bKnashds7;received=203.0.113.5;rport=51320',
        'From: <sip:alice@example.com>;tag=a73kszlfl',
        'To: <sip:alice@example.com>;tag=7e2d1c0b',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 REGISTER',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Supported', 'Contact', 'Path'],
    },
    text: {
      en: {
        title: 'First Hop Lacks Outbound Support',
        summary:
          'The registrar refuses a REGISTER that asks for SIP Outbound (RFC 5626) because the proxy the client registered through gave no sign that it supports Outbound.',
        description: [
          'SIP Outbound lets a user agent behind NAT keep long-lived flows (TCP or TLS connections, or UDP with keepalives) to one or more edge proxies, and lets calls reach it back over those same flows. A client asks for this by putting reg-id and +sip.instance on the Contact of its REGISTER and the outbound option tag in Supported (RFC 5626 §4.2.1). The scheme only works if the first hop remembers which flow the REGISTER came in on, so the edge proxy that is the first hop must either keep a flow token in its Path URI or reject the request, and must mark that URI with the "ob" parameter; an edge proxy further along must not add "ob" (RFC 5626 §5.1).',
          'When a REGISTER asks for Outbound and arrived through a proxy, but has no Path header or its first Path URI carries no "ob", the registrar cannot promise that incoming requests will be sent back over the client\'s flow and answers 439 (RFC 5626 §6, §11.6). The refusal concerns the first hop, not the client or its credentials: RFC 5626 §4.2.1 allows the client to register again through another outbound proxy if it has one, or without Outbound, subject to its own policy. A REGISTER without reg-id must not be refused with 439 (RFC 5626 §11.6), but it can still be refused: RFC 5626 §6 lets a registrar be configured to reject registrations that do not include the instance-id and reg-id.',
          'Do not confuse it with [[430]] Flow Failed, the other RFC 5626 code. 430 is sent by an edge proxy when a request has to go to a client over a flow that no longer exists; it arrives later, on a request towards the client, and tells the sender to try another flow. 439 comes at registration time and says the path never offered Outbound at all.',
        ],
        scenarios: [
          'A softphone with SIP Outbound switched on registers over TLS through an SBC that relays REGISTER but knows nothing of RFC 5626 and adds no "ob" Path. The Outbound-capable registrar behind it answers 439, and the softphone does not register unless it retries without Outbound or through another outbound proxy.',
          'An operator\'s registrar supports Outbound, but the edge proxy in front of it is configured without it. A handset that registers with reg-id and "Supported: outbound" receives 439, while handsets that do not ask for Outbound register as before.',
          'A migration puts a new edge proxy in front of an existing registrar. The old edge proxy inserted "Path: <sip:...;lr;ob>", the new one inserts Path without "ob"; clients that used Outbound start failing registration with 439 while clients without reg-id are unaffected.',
        ],
        fixes: [
          'Client side: RFC 5626 §4.2.1 allows two ways forward after a 439. If another outbound proxy is configured, register through it; if the first hop cannot be changed, register without Outbound, by leaving reg-id off the Contact or by turning the SIP Outbound option off in the softphone or SDK. When only reg-id is dropped, keep the outbound option tag in Supported: the same section requires it in the REGISTER requests of a UA that supports Outbound, and lets the UA decide per registration whether to ask for Outbound by including or omitting reg-id.',
          'Edge proxy side: enable RFC 5626 support so the proxy records the flow and adds a Path URI with "ob"; check in a trace that the REGISTER reaching the registrar has that Path.',
          'Registrar side: a 439 to a client that is directly connected (a single Via) is a bug, because the registrar is then its own first hop and needs no Path.',
        ],
      },
      ja: {
        title: 'ファーストホップがアウトバウンド非対応',
        summary:
          'SIP Outbound（RFC 5626）を求める REGISTER を、経由したプロキシが Outbound への対応を示していないという理由でレジストラが拒否した。',
        description: [
          'SIP Outbound は、NAT の内側にいる UA が 1 つ以上のエッジプロキシとの間に長時間維持するフロー（TCP や TLS の接続、またはキープアライブ付きの UDP）を張り、着信もそのフローを通して届けられるようにする仕組みである。クライアントは REGISTER の Contact に reg-id と +sip.instance を付け、Supported に outbound オプションタグを入れてこれを求める（RFC 5626 §4.2.1）。この仕組みは、ファーストホップが REGISTER の届いたフローを覚えていて初めて成り立つ。そのため、ファーストホップとなるエッジプロキシは、自分の Path URI にフロートークンを入れるか、リクエストを拒否するかしなければならず、その URI には「ob」パラメータを付けなければならない。ファーストホップでないエッジプロキシは「ob」を付けてはならない（RFC 5626 §5.1）。',
          'Outbound を求める REGISTER がプロキシを経由して届いたのに、Path ヘッダがないか、最初の Path URI に「ob」がない場合、レジストラは着信リクエストがクライアントのフローを通って戻ることを保証できず、439 を返す（RFC 5626 §6、§11.6）。拒否の理由はファーストホップにあり、クライアントや認証情報の問題ではない。RFC 5626 §4.2.1 では、クライアントは別のアウトバウンドプロキシがあればそれを経由して登録し直してよく、また自身のポリシーに従って Outbound を使わずに登録し直してもよい。reg-id のない REGISTER を 439 で拒否してはならない（RFC 5626 §11.6）が、拒否されないとは限らない。RFC 5626 §6 は、instance-id と reg-id を含まない登録を拒否するようレジストラをローカルポリシーで設定することを認めている。',
          'RFC 5626 のもう 1 つのコードである [[430]] Flow Failed と混同しないこと。430 は、クライアント宛てのリクエストを既に存在しないフローで送らなければならないときにエッジプロキシが返すもので、後になってクライアント方向のリクエストに対して届き、別のフローを試すよう促す。439 は登録の時点で返り、経路がそもそも Outbound を提供していないことを告げる。',
        ],
        scenarios: [
          'SIP Outbound を有効にしたソフトフォンが、REGISTER を中継するだけで RFC 5626 を知らず「ob」付きの Path も追加しない SBC を経由して、TLS で登録する。その奥にある Outbound 対応のレジストラが 439 を返し、ソフトフォンは Outbound なしで、または別のアウトバウンドプロキシ経由で再試行しない限り登録できない。',
          '事業者のレジストラは Outbound に対応しているが、その手前のエッジプロキシは Outbound 非対応の設定になっている。reg-id と「Supported: outbound」を付けて登録した端末には 439 が返り、Outbound を求めない端末はこれまでどおり登録できる。',
          '移行作業で既存のレジストラの前に新しいエッジプロキシを置く。旧プロキシは「Path: <sip:...;lr;ob>」を挿入していたが、新プロキシの Path には「ob」がない。Outbound を使っていたクライアントが 439 で登録に失敗し始めるが、reg-id を付けないクライアントには影響がない。',
        ],
        fixes: [
          'クライアント側では、RFC 5626 §4.2.1 が 439 を受けた後の対応を 2 つ認めている。別のアウトバウンドプロキシが設定されていればそれを経由して登録する。ファーストホップを変えられないなら、Contact に reg-id を付けずに、またはソフトフォンや SDK の SIP Outbound 設定を無効にして、Outbound なしで登録する。reg-id だけを外す場合、Supported の outbound オプションタグは残す。同節は Outbound に対応した UA の REGISTER にこのタグを求めており、Outbound を求めるかどうかは登録ごとに reg-id の有無で決められるとしている。',
          'エッジプロキシ側では、RFC 5626 対応を有効にし、プロキシがフローを記録して「ob」付きの Path URI を追加するようにする。レジストラに届く REGISTER にその Path が入っていることをトレースで確認する。',
          'レジストラ側では、直接接続しているクライアント（Via が 1 つだけ）に 439 を返すのは不具合である。その場合はレジストラ自身がファーストホップであり、Path は必要ない。',
        ],
      },
    },
  },
  {
    code: 440,
    phrase: 'Max-Breadth Exceeded',
    status: 'active',
    refs: ['RFC5393 §5.3'],
    seeAlso: ['RFC3261 §16.3', 'RFC5393 §1', 'RFC5393 §4.1', 'RFC5393 §4.2.2', 'RFC5393 §5.3.3.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'b2bua'],
        refs: ['RFC5393 §5.3.3', 'RFC7332 §6'],
        byRole: {
          proxy: ['RFC5393 §5.3.3'],
          b2bua: ['RFC7332 §6'],
        },
      },
      methods: { value: 'any', refs: ['RFC5393 §5.3.3', 'RFC5393 §6.2'] },
      retry: { value: 'modify', refs: ['RFC5393 §5.1', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Max-Breadth',
        in: 'request',
        ref: 'RFC5393 §5.3',
        note: {
          en: 'Caps how many branches may be active at once below this point; a forking proxy shares the value it received among its parallel branches, and answers 440 when the value is too small for the parallel fork it wants and it will not fork serially or redirect instead.',
          ja: 'その地点より先で同時に存在できるブランチの数の上限を示す。フォーキングするプロキシは受け取った値を並列ブランチに分け合う。行いたい並列フォーキングには値が足りず、順次フォーキングやリダイレクトで代えることもしない場合に 440 を返す。',
        },
      },
    ],
    related: [483, 482],
    keywords: {
      en: ['Max-Breadth', 'parallel forking', 'fork', 'amplification attack', 'forking loop', 'hunt group', 'ring all', 'branch limit'],
      ja: ['Max-Breadth', '並列フォーキング', 'フォーク', '増幅攻撃', 'ループ', '一斉呼出し', 'グループ着信', 'ブランチ数'],
    },
    flow: {
      parties: [
        { id: 's', role: 'sbc' },
        { id: 'p1', role: 'proxy', tag: '1' },
        { id: 'p2', role: 'proxy', tag: '2' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 's', to: 'p1', label: 'INVITE + Max-Breadth: 2' },
        { from: 'p1', to: 'b', label: 'INVITE (Max-Breadth: 1)' },
        { from: 'p1', to: 'p2', label: 'INVITE (Max-Breadth: 1)' },
        { from: 'p2', to: 'p1', label: '440 Max-Breadth Exceeded' },
        { from: 'p1', to: 'p2', label: 'ACK' },
        { from: 'b', to: 'p1', label: '200 OK' },
        { from: 'p1', to: 's', label: '200 OK' },
        { from: 's', to: 'p1', label: 'ACK' },
        { from: 'p1', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'An SBC caps Max-Breadth at 2; the PBX proxy splits it between a phone and a nested group whose proxy, left with 1, cannot ring all its members in parallel, does not ring them in turn either, and answers 440, while the phone\'s branch takes the call.',
        ja: 'SBC が Max-Breadth を 2 に制限する。PBX のプロキシはこれを電話機と入れ子のグループに 1 ずつ割り当てる。1 しか残っていないグループ側のプロキシは、メンバ全員を並列に呼び出せず、順番に呼び出すこともしないので 440 を返す。呼は電話機のブランチで応答される。',
      },
    },
    example: {
      request: [
        'INVITE sip:support-team@example.com SIP/2.0',
        'Via: SIP/2.0/UDP pbx.example.com;branch=z9hG4bK5f3a2c',
        'Via: SIP/2.0/UDP sbc.example.com;branch=z9hG4bK1d9e7b;received=203.0.113.5',
        'Max-Forwards: 68',
        'Max-Breadth: 1',
        'From: <sip:+12155550121@example.com;user=phone>;tag=4c81f2',
        'To: <sip:sales@example.com>',
        'Call-ID: 9e0a3f5b72c1@sbc.example.com',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12155550121@sbc.example.com>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 440 Max-Breadth Exceeded',
        'Via: SIP/2.0/UDP pbx.example.com;branch=z9hG4bK5f3a2c;received=198.51.100.20',
        'Via: SIP/2.0/UDP sbc.example.com;branch=z9hG4bK1d9e7b;received=203.0.113.5',
        'From: <sip:+12155550121@example.com;user=phone>;tag=4c81f2',
        'To: <sip:sales@example.com>;tag=b07e6d13',
        'Call-ID: 9e0a3f5b72c1@sbc.example.com',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Max-Breadth'],
    },
    text: {
      en: {
        title: 'Max-Breadth Exceeded',
        summary:
          'A proxy wanted to fork the request to more parallel branches than the Max-Breadth it received allows, and would not fall back to forking serially or redirecting.',
        description: [
          'RFC 5393 addresses a weakness of SIP forking. Max-Forwards limits how deep a request can travel, but not how wide it can spread: a few proxies that fork in parallel to each other\'s addresses can turn one request into an exponential number of copies, which an attacker can exploit for amplification. The remedy has two parts: a proxy that forks MUST ensure the request is not looping through it (RFC 5393 §4.1), and a new request header, Max-Breadth, limits the number of concurrent branches a request may fan out into. It limits concurrency only, not the total number of branches over the request\'s lifetime, and by RFC 5393 §1\'s own account an attacker with enough distinct resources can still cause a very large number of messages, spread over a longer time.',
          'The rules sit in RFC 5393 §5.3. A proxy that forks in parallel divides the Max-Breadth it received among the branches it keeps open at the same time, each branch getting at least 1, and the total must not exceed what came in; branches tried one after another can reuse the budget once the earlier branch has ended. A proxy whose budget is too small for the parallel fork it wants, and that is unwilling or unable to fork serially or send a redirect instead, must answer 440 (RFC 5393 §5.3.3). A Max-Breadth of 1 still allows serial forking, but a proxy is not obliged to fork at all and may answer 440.',
          'The code sits beside two other path-limit failures, each with a different cause. [[483]] Too Many Hops means Max-Forwards, the depth counter, reached zero, and [[482]] Loop Detected means a proxy saw the request come back to itself (RFC 3261 §16.3) or a user agent received another copy of a request it is already processing, most likely because of forking (RFC 3261 §8.2.2.2). 440 is the width budget falling short of the parallel fork a proxy wants. A larger Max-Breadth helps only where the value was set low to begin with, by the client or by a proxy or SBC configured with a low maximum, and then it is that client, proxy or SBC that has to send a larger one. A proxy MUST overwrite a value above its own maximum, 60 by recommendation, with one that SHOULD be no greater than that maximum, and SHOULD NOT use less Max-Breadth than the request brought unless that value exceeded its maximum (RFC 5393 §5.3.3); an SBC that acts as a B2BUA MUST follow the same proxy rules (RFC 7332 §6). 60 is also the value RFC 5393 §5.3.4 recommends to a UAC. Otherwise the cure is to make the search less broad, as RFC 5393 §5.1 suggests.',
        ],
        scenarios: [
          'A hosted PBX rings a call group in parallel, and some members are themselves group aliases forked again by another proxy. Each level divides the budget further, until a proxy deep in the tree receives less Max-Breadth than the parallel fork it wants; unless it rings the members in turn or redirects the request instead, it answers 440 to the request.',
          'Two users forward their calls to each other with simultaneous ringing on both sides. A proxy that forks must make sure the request is not looping through it (RFC 5393 §4.1); with the loop-detection test of RFC 5393 §4.2.2, a request that comes back with its Request-URI and the other values that decide its routing unchanged is rejected with [[482]]. Meanwhile Max-Breadth bounds how many branches are open at once, and a proxy left with too little of it for the parallel fork it wants answers 440 unless it forks serially or redirects.',
          'An SBC at a network border is configured with a Max-Breadth maximum far below the 60 that RFC 5393 §5.3.3 recommends and, following the proxy rules as RFC 7332 §6 requires of a B2BUA, caps the value of every inbound INVITE at it. An application server behind it that rings many devices at once can no longer open all its branches together; unless it rings them in turn or redirects the request, it answers 440, and calls to large groups fail with it.',
        ],
        fixes: [
          'Look for fan-out on fan-out: group members that are groups, forwarding to numbers that fork again, or contacts registered to another forking address. Flatten the structure so that one proxy forks to the final devices.',
          'Where a proxy has to ring more targets than the budget allows, configure it to ring them in sequence or in smaller waves; under RFC 5393 §5.3.3.1 the share of a branch that has received a final response becomes free for the next one.',
          'If your own proxy or SBC lowers Max-Breadth, make sure the value still leaves room for the largest legitimate group behind it; RFC 5393 §5.3.3 recommends 60 as a proxy\'s maximum. Do not strip the header to get around 440: every proxied request MUST carry one (RFC 5393 §5.3.3), and the limit is what bounds forking amplification.',
        ],
      },
      ja: {
        title: 'フォーキング幅の上限超過',
        summary:
          'プロキシが、受け取った Max-Breadth の許す数より多くのブランチへ並列にフォーキングしようとし、順次フォーキングやリダイレクトに切り替えることもしなかった。',
        description: [
          'RFC 5393 は SIP のフォーキングに潜む弱点に対処する仕様である。Max-Forwards はリクエストが進める深さを制限するが、広がる幅は制限しない。互いのアドレスへ並列にフォーキングし合うプロキシが数台あるだけで、1 つのリクエストが指数関数的な数の複製に膨れ上がり、攻撃者はこれを増幅攻撃に悪用できる。対策は 2 つあり、フォーキングするプロキシには、リクエストが自分を通ってループしていないことの確認を義務付け（MUST、RFC 5393 §4.1）、新しいリクエストヘッダ Max-Breadth で同時に広がれるブランチの数を制限する。制限するのは同時に存在する数だけで、リクエストの生存期間全体でのブランチの総数ではない。RFC 5393 §1 自身も、十分な数の異なるリソースを使える攻撃者なら、時間をかけて非常に多くのメッセージを発生させられるとしている。',
          '規則は RFC 5393 §5.3 にある。並列にフォーキングするプロキシは、受け取った Max-Breadth を同時に開いているブランチに分け与える。各ブランチは 1 以上を受け取り、合計は受け取った値を超えてはならない。順番に試すブランチは、先のブランチが終われば枠を再利用できる。行いたい並列フォーキングには枠が足りず、順次フォーキングやリダイレクトで代えることもできない、またはしないプロキシは、440 を返さなければならない（RFC 5393 §5.3.3）。Max-Breadth が 1 でも順次フォーキングはできるが、プロキシにフォーキングの義務はなく、440 を返してもよい。',
          '経路の上限に関わる失敗コードは他に 2 つあり、原因がそれぞれ違う。[[483]] Too Many Hops は深さのカウンタである Max-Forwards が 0 になったこと、[[482]] Loop Detected は、リクエストが自分のところへ戻ってきたのをプロキシが検出したこと（RFC 3261 §16.3）か、処理中のリクエストの別の複製を UA が受け取ったこと（RFC 3261 §8.2.2.2）を示す。後者は、多くの場合フォーキングによって起こる。440 は、プロキシの行いたい並列フォーキングに幅の枠が足りないことを示す。Max-Breadth を大きくして効果があるのは、クライアントや、小さな上限を設定されたプロキシや SBC が、もともと小さな値にしていた場合だけであり、その場合はそのクライアント、プロキシ、SBC が大きな値を送る必要がある。プロキシは、自身の上限（推奨値は 60）を超える値を受け取れば書き換えなければならず（MUST）、書き換えた値はその上限以下であるべきである（SHOULD）。また、受け取った値が上限を超えていなければ、それより少ない Max-Breadth を使うべきではない（SHOULD NOT、RFC 5393 §5.3.3）。B2BUA として動作する SBC も、同じプロキシの規則に従わなければならない（MUST、RFC 7332 §6）。RFC 5393 §5.3.4 が UAC に推奨する値も 60 である。それ以外の場合は、RFC 5393 §5.1 が示すとおり、探索の範囲を狭めることが解決策になる。',
        ],
        scenarios: [
          'ホスティング型の PBX がグループ着信で全員を並列に呼び出すが、メンバの一部は別のプロキシがさらにフォーキングするグループのエイリアスになっている。階層を下るごとに枠が細分され、木の深い位置にあるプロキシが受け取る Max-Breadth は、行いたい並列フォーキングに足りなくなる。このプロキシは、メンバを順番に呼び出すかリクエストをリダイレクトするのでなければ、そのリクエストに 440 を返す。',
          '2 人のユーザが互いに着信を転送し合い、しかも双方で同時呼出しを設定している。フォーキングするプロキシは、リクエストが自分を通ってループしていないことを確認しなければならず（RFC 5393 §4.1）、RFC 5393 §4.2.2 のループ検出テストでは、Request-URI などルーティングを決める値が変わらないまま戻ってきたリクエストは [[482]] で拒否される。その間、Max-Breadth が同時に開いているブランチの数を抑え、行いたい並列フォーキングに足りない値しか持たないプロキシは、順次フォーキングもリダイレクトもしないのであれば 440 を返す。',
          '網の境界にある SBC に、RFC 5393 §5.3.3 が推奨する 60 を大きく下回る Max-Breadth の上限が設定されており、SBC は RFC 7332 §6 が B2BUA に求めるとおりプロキシの規則に従って、着信 INVITE すべての値をこの上限に抑える。その奥で多数の端末を一斉に呼び出すアプリケーションサーバは、ブランチをすべて同時に開けなくなる。順番に呼び出すかリクエストをリダイレクトするのでなければ 440 を返し、大きなグループ宛ての呼はこれで失敗する。',
        ],
        fixes: [
          'フォーキングの上にさらにフォーキングが重なっていないかを探す。グループのメンバが別のグループになっていないか、転送先の番号がさらにフォーキングしていないか、別のフォーキング用アドレスに登録された Contact がないかを確認し、1 台のプロキシが最終的な端末へ直接フォーキングする構成に平らにする。',
          '枠を超える数の宛先を呼び出す必要があるプロキシは、順次呼出しか、小さな単位に分けて呼び出すように設定する。RFC 5393 §5.3.3.1 により、最終応答を受けたブランチの枠は次のブランチに使える。',
          '自分のプロキシや SBC が Max-Breadth を下げているなら、その奥にある正当なグループのうち最大のものを呼び出せる余地が残っているかを確認する。RFC 5393 §5.3.3 はプロキシの上限として 60 を推奨している。440 を避けるためにヘッダを削除してはならない。プロキシが転送するリクエストには必ず Max-Breadth が含まれなければならず（MUST、RFC 5393 §5.3.3）、この上限こそがフォーキングによる増幅を抑えている。',
        ],
      },
    },
  },
  {
    code: 469,
    phrase: 'Bad Info Package',
    status: 'active',
    refs: ['RFC6086 §11.6'],
    seeAlso: ['RFC6086 §2', 'RFC6086 §4.2.1', 'RFC6086 §4.2.2', 'RFC6086 §5.2.3', 'RFC6086 §7.2', 'RFC5057 §5.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC6086 §4.2.2'],
        byRole: {
          uas: ['RFC6086 §4.2.2'],
        },
      },
      methods: { value: ['INFO'], refs: ['RFC6086 §4.2.2'] },
      retry: { value: 'modify', refs: ['RFC6086 §4.2.1', 'RFC6086 §4.2.2', 'RFC3261 §21.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Recv-Info',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC6086 §4.2.2',
        note: {
          en: 'Lists the Info Packages the recipient is willing to receive in this dialog; it may be empty, which means none at all.',
          ja: '受信側がこのダイアログで受け付ける Info パッケージを列挙する。空でもよく、その場合はどのパッケージも受け付けないという意味になる。',
        },
      },
      {
        name: 'Info-Package',
        in: 'request',
        ref: 'RFC6086 §4.2.1',
        note: {
          en: 'Names the package the INFO belongs to; 469 means it is not one the recipient declared in its Recv-Info.',
          ja: 'その INFO が属するパッケージを示す。469 は、それが受信側の Recv-Info で宣言されたものではないことを意味する。',
        },
      },
    ],
    related: [489, 415, 481, 501],
    keywords: {
      en: ['INFO', 'Info Package', 'Recv-Info', 'Info-Package', 'DTMF over INFO', 'SIP INFO DTMF', 'mid-call signalling', 'RFC 6086'],
      ja: ['INFO', 'Info パッケージ', 'Recv-Info', 'DTMF', 'SIP INFO', '通話中シグナリング', 'トーン送信'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'INVITE + Recv-Info' },
        { from: 'b', to: 'a', label: '200 OK + Recv-Info', note: { en: 'empty Recv-Info', ja: '空の Recv-Info' } },
        { from: 'a', to: 'b', label: 'ACK' },
        { from: 'a', to: 'b', label: 'INFO + Info-Package: infoDtmf' },
        { from: 'b', to: 'a', label: '469 Bad Info Package' },
      ],
      caption: {
        en: 'The callee\'s 200 OK declared that it accepts no Info Packages; when the caller sends an INFO for a DTMF package anyway, the callee answers 469 with an empty Recv-Info, and the call itself continues.',
        ja: '着信側は INVITE への 200 OK で、どの Info パッケージも受け付けないと宣言している。それでも発信側が DTMF 用パッケージの INFO を送ると、着信側は空の Recv-Info を付けた 469 を返す。通話自体はそのまま続く。',
      },
    },
    example: {
      request: [
        'INFO sip:bob@192.0.2.20:5060 SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK7d3e91',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>;tag=8321234356',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 2 INFO',
        'Info-Package: infoDtmf',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 469 Bad Info Package',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK7d3e91;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>;tag=8321234356',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 2 INFO',
        'Recv-Info:',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Info-Package', 'Recv-Info'],
    },
    text: {
      en: {
        title: 'Bad Info Package',
        summary:
          'The recipient of an INFO request refuses it because the Info Package named in its Info-Package header is not one the recipient said it would accept in this dialog.',
        description: [
          'The original INFO method carried application data inside a call with no way to say which application the data belonged to, so legacy uses of INFO often needed static configuration on both sides (RFC 6086 §2). RFC 6086 added Info Packages: during the INVITE exchange each side lists in a Recv-Info header the packages it is willing to receive, and may change that set later in the dialog, and an INFO sent for a package names it in an Info-Package header. A UA that receives an INFO for a package that is not in its current set MUST answer it with 469, and that response MUST carry a Recv-Info header stating what the UA does accept, possibly nothing (RFC 6086 §4.2.2).',
          '469 rejects only the one INFO. The INVITE dialog and the call go on: RFC 6086 §4.2.1 and §4.2.2 class it as a Transaction Only failure in the terms of RFC 5057, and the sender MUST NOT terminate the invite dialog usage. The sender learns from the Recv-Info in the 469 which packages it may use instead; for a package that is not listed there it MUST NOT send INFO (RFC 6086 §4.2.1).',
          'The neighbouring codes answer different questions. [[489]] Bad Event is the equivalent refusal for the event packages of SUBSCRIBE, NOTIFY and PUBLISH. [[415]] is what RFC 6086 §4.2.2 recommends when the UA supports the MIME type of the body part with Content-Disposition "Info-Package", but not in the context of that Info Package. [[501]] means the recipient does not recognise the INFO method at all (RFC 3261 §21.5.2), and a 405 that it recognises INFO but does not allow it for this address (RFC 3261 §21.4.6). [[481]] means the recipient has no state for the dialog usage the INFO belongs to: RFC 5057 §5.1 counts it as ending that invite dialog usage and says the dialog itself should not be destroyed unless this was its last usage, while noting that some implementations destroy the whole dialog.',
        ],
        scenarios: [
          'A media gateway sends DTMF digits in INFO requests under an Info Package, but the far-end PBX listed only other packages (or an empty Recv-Info) in its 200 OK to the INVITE. Each key press draws a 469, and the IVR behind the PBX never receives the digits.',
          'A browser softphone built on a WebRTC client library has no handler for incoming INFO. The library answers every INFO with 469 and an empty Recv-Info, including legacy ones without an Info-Package header, although RFC 6086 §4.2.2 calls for 469 only for an INFO that names a package.',
          'A call is transferred through a B2BUA and the new far end declares a different Recv-Info in a re-INVITE. The sender keeps using the package negotiated with the previous party and starts receiving 469.',
        ],
        fixes: [
          'Read the Recv-Info in the 469 and the latest one the peer sent, in its INVITE, re-INVITE, UPDATE or PRACK or in its reliable 18x or 2xx (RFC 6086 §7.1), and send only packages listed there: a UA MUST NOT send an INFO for an Info Package that the remote UA has not indicated willingness to receive in the dialog (RFC 6086 §4.2.1). For DTMF, RFC 4733 telephone-events in RTP are an alternative, a payload that sender and receiver negotiate by out-of-band means, such as SDP (RFC 4733 §2.5.1.1).',
          'On the receiving side, put every package you handle in the Recv-Info of your initial INVITE, which MUST carry one, or of your reliable 18x or 2xx to an INVITE that carried one (RFC 6086 §5.2.3). Sending the header empty says you accept no packages, and until you list a package the peer MUST NOT send INFO for it (RFC 6086 §4.2.1).',
          'If your stack sends 469, make sure it includes Recv-Info as RFC 6086 §4.2.2 requires, and decide deliberately how to answer legacy INFO without an Info-Package header rather than rejecting all INFO by default.',
        ],
      },
      ja: {
        title: '受け付けない情報パッケージ',
        summary:
          'INFO リクエストの Info-Package ヘッダが示すパッケージが、このダイアログで受信側が受け付けると宣言したものではないため、受信側が拒否した。',
        description: [
          '当初の INFO メソッドは、データがどのアプリケーションのものかを示す手段を持たないまま通話中のアプリケーションデータを運んでいたため、従来型の INFO の使い方では双方に静的な設定が必要になることが多かった（RFC 6086 §2）。RFC 6086 はここに Info パッケージを導入した。INVITE のやり取りの中で、各 UA は受信する意思のあるパッケージを Recv-Info ヘッダに列挙し、その集合はダイアログの途中で変えることもできる。パッケージのために送る INFO は、Info-Package ヘッダでそのパッケージを示す。自分の現在の集合にないパッケージの INFO を受けた UA は 469 を返さなければならず（MUST）、その応答には、その UA が受け付けるパッケージ（何もない場合もある）を示す Recv-Info ヘッダを付けなければならない（RFC 6086 §4.2.2）。',
          '469 が拒否するのはその INFO 1 件だけである。INVITE のダイアログと通話は続く。RFC 6086 §4.2.1 と §4.2.2 は、RFC 5057 の用語でこれをトランザクションだけの失敗（`Transaction Only`）と位置付けており、送信側は INVITE のダイアログの用途（ユーセージ）を終了してはならない（MUST NOT）。送信側は 469 の Recv-Info から、代わりに使えるパッケージを知ることができる。そこに列挙されていないパッケージの INFO は送ってはならない（MUST NOT、RFC 6086 §4.2.1）。',
          '似たコードはそれぞれ別の問いに答えている。[[489]] Bad Event は、SUBSCRIBE・NOTIFY・PUBLISH のイベントパッケージに対する同種の拒否である。[[415]] は、Content-Disposition が「Info-Package」のボディパートの MIME タイプに UA が対応しているが、その Info パッケージの文脈では対応していない場合に、RFC 6086 §4.2.2 が推奨する応答である。[[501]] は受信側が INFO メソッドをそもそも認識しない場合（RFC 3261 §21.5.2）、405 は INFO を認識しているがこのアドレスには許可していない場合（RFC 3261 §21.4.6）である。[[481]] は INFO が属するダイアログの用途の状態を受信側が持っていない場合である。RFC 5057 §5.1 は 481 を、その INVITE のダイアログの用途を終わらせるものに分類し、それが最後の用途でない限りダイアログ自体は破棄すべきではないとしている。ただし、ダイアログ全体を破棄する実装もあると記している。',
        ],
        scenarios: [
          'メディアゲートウェイが DTMF の数字を Info パッケージ付きの INFO で送るが、相手の PBX は INVITE への 200 OK で別のパッケージしか列挙していない（あるいは空の Recv-Info を返している）。ボタンを押すたびに 469 が返り、PBX の奥の IVR には数字が届かない。',
          'WebRTC クライアントライブラリで作ったブラウザのソフトフォンに、着信 INFO のハンドラが登録されていない。ライブラリは、Info-Package ヘッダのない従来型の INFO も含め、すべての INFO に空の Recv-Info を付けた 469 を返す。ただし RFC 6086 §4.2.2 が 469 を求めているのは、パッケージを示す INFO に対してだけである。',
          '呼が B2BUA を介して転送され、新しい相手が re-INVITE で異なる Recv-Info を宣言する。送信側は前の相手と取り決めたパッケージを使い続け、469 を受け始める。',
        ],
        fixes: [
          '469 の Recv-Info と、相手が最後に送った Recv-Info（INVITE・re-INVITE・UPDATE・PRACK、または信頼性のある 18x や 2xx の中にある、RFC 6086 §7.1）を読み、そこに列挙されたパッケージだけを送る。相手の UA がそのダイアログで受信する意思を示していない Info パッケージの INFO を送ってはならない（MUST NOT、RFC 6086 §4.2.1）。DTMF であれば RTP の RFC 4733 telephone-event が代わりになる。そのペイロードは、送信側と受信側が SDP などの帯域外の手段で取り決める（RFC 4733 §2.5.1.1）。',
          '受信側では、扱えるパッケージをすべて、自分の最初の INVITE（Recv-Info を必ず含めなければならない）の Recv-Info、または Recv-Info を含む INVITE に対する信頼性のある 18x や 2xx の Recv-Info に入れる（RFC 6086 §5.2.3）。ヘッダを空で送ればどのパッケージも受け付けないという意味になり、パッケージを列挙するまで、相手はそのパッケージの INFO を送ってはならない（MUST NOT、RFC 6086 §4.2.1）。',
          '自分のスタックが 469 を送る場合は、RFC 6086 §4.2.2 の要求どおり Recv-Info を付けているかを確認する。また、Info-Package ヘッダのない従来型の INFO にどう応答するかを意識して決め、既定ですべての INFO を拒否するような実装は避ける。',
        ],
      },
    },
  },
  {
    code: 470,
    phrase: 'Consent Needed',
    status: 'active',
    refs: ['RFC5360 §5.9.2'],
    seeAlso: ['RFC5360 §4.1', 'RFC5360 §5.2', 'RFC5360 §5.9.1'],
    alsoSeen: [],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'uas'],
        refs: ['RFC5360 §5.9.1', 'RFC5360 §2', 'RFC5360 §5.9.2'],
        byRole: {
          proxy: ['RFC5360 §5.9.1', 'RFC5360 §2'],
          // The relay answering as a user agent server (a B2BUA, for example).
          uas: ['RFC5360 §5.9.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC5360 §5.9.1'] },
      retry: {
        value: 'later',
        refs: ['RFC5360 §5.9.2', 'RFC5360 §5.9.1', 'RFC5360 §5.2'],
        // RFC 5360 §5.9.2: the client adds the URIs, the relay obtains permissions; §5.9.1: with permissions for all
        // the URIs, the relay performs the translation; §5.2: the client may need to retry the request later. No level.
        label: {
          en: 'May succeed later: once the relay has permissions for all the URIs of the list, it performs the translation (no requirement level)',
          ja: '後で成功しうる：リストのすべての URI について許可を得ていれば、リレーは変換を行う（要求レベルの規定はない）',
        },
        next: {
          en: 'the client adds the URIs without permission to the relay\'s list with a manipulation mechanism such as XCAP, and the relay obtains permissions for them; once it has permissions for all the URIs of a request-contained list, the relay performs the translation, so the request may succeed later; RFC 5360 sets no requirement level for sending it again',
          ja: 'クライアントは XCAP などの操作手段で許可のない URI をリレーのリストに加え、リレーはそれらの許可を得て、リクエストに含まれるリストのすべての URI について許可を得ていれば変換を行うので、リクエストは後で成功しうるが、送り直すことについて RFC 5360 は要求レベルを定めていない',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Permission-Missing',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC5360 §5.9.2',
        note: {
          en: 'Lists the URIs from the request\'s list for which the relay holds no permission, so the sender knows whose consent is missing.',
          ja: 'リクエストのリストにある URI のうち、リレーが許可を持っていないものを列挙する。送信側は、誰の同意が欠けているかをここから知る。',
        },
      },
    ],
    related: [403, 603],
    keywords: {
      en: ['consent', 'permission', 'URI list', 'URI-list server', 'exploder', 'relay', 'amplification', 'opt-in', 'RFC 5360'],
      ja: ['同意', '許可', 'URI リスト', 'リストサーバ', '一斉送信', 'リレー', '増幅攻撃', 'オプトイン'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'r', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'r', label: 'MESSAGE + recipient-list', note: { en: 'URI list of three recipients', ja: '受信者 3 人の URI リスト' } },
        { from: 'r', to: 'a', label: '470 Consent Needed' },
      ],
      caption: {
        en: 'A MESSAGE asks a URI-list server to relay it to three recipients, two of whom have not given permission for this traffic; the server refuses with 470 and names them in Permission-Missing.',
        ja: 'MESSAGE が URI リストサーバに 3 人の受信者への中継を求めるが、そのうち 2 人はこの通信を受け取る許可を与えていない。サーバは 470 で拒否し、その 2 人を Permission-Missing に挙げる。',
      },
    },
    example: {
      request: [
        'MESSAGE sip:list-service@example.com SIP/2.0',
        'Via: SIP/2.0/TCP 192.0.2.10:5060;branch=z9hG4bKhjhs8ass83',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=32331',
        'To: <sip:list-service@example.com>',
        'Call-ID: d432fa84b4c76e66710@192.0.2.10',
        'CSeq: 1 MESSAGE',
        'Require: recipient-list-message',
        'Content-Type: multipart/mixed;boundary="boundary1"',
        'Content-Length: 437',
        '',
        '--boundary1',
        'Content-Type: text/plain',
        '',
        'Lunch at noon?',
        '--boundary1',
        'Content-Type: application/resource-lists+xml',
        'Content-Disposition: recipient-list',
        '',
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<resource-lists xmlns="urn:ietf:params:xml:ns:resource-lists">',
        '  <list>',
        '    <entry uri="sip:bob@example.com"/>',
        '    <entry uri="sip:carol@example.net"/>',
        '    <entry uri="sip:dave@example.org"/>',
        '  </list>',
        '</resource-lists>',
        '--boundary1--',
      ].join('\n'),
      response: [
        'SIP/2.0 470 Consent Needed',
        'Via: SIP/2.0/TCP 192.0.2.10:5060;branch=z9hG4bKhjhs8ass83;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=32331',
        'To: <sip:list-service@example.com>;tag=2d8f3e1a',
        'Call-ID: d432fa84b4c76e66710@192.0.2.10',
        'CSeq: 1 MESSAGE',
        'Permission-Missing: <sip:carol@example.net>, <sip:dave@example.org>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Permission-Missing'],
    },
    text: {
      en: {
        title: 'Consent Needed',
        summary:
          'A relay asked to pass the request on to a list of URIs carried in the request refuses, because at least one of those targets has not given its permission to receive such traffic.',
        description: [
          'SIP lets a single request fan out: a URI-list server sends one MESSAGE to every address on a list (RFC 5365), a conference focus invites every participant named in an INVITE (RFC 5366), a resource-list server subscribes to many presentities at once (RFC 5367). Without a brake, any of them could be used to flood people who never asked for the traffic. RFC 5360 supplies the brake: a relay that translates one address into others sends traffic only to targets that have given it permission, and simply leaves out the others (RFC 5360 §4.1). When the list arrives inside the request, the rule is different: if permission is missing for even one URI on it, the relay MUST NOT perform the translation at all, and SHOULD answer 470 (RFC 5360 §5.9.1).',
          'A 470 indicates that the request carried such a URI list and that the relay, acting as the user agent server for it, had no permission for at least one URI on the list; RFC 5360 §5.9.2 defines it so and says the response should name those URIs in a Permission-Missing header. The request is not refused on its merits: the client adds the missing URIs to the relay\'s list with a manipulation mechanism such as XCAP, the relay asks those targets for permission (RFC 5360 §5.9.2), and once it holds permissions for every URI on the list, the relay performs the translation when the same request is sent again (RFC 5360 §5.9.1); a client can subscribe to the Pending Additions event package to learn when that happens (RFC 5360 §5.2). Until then, retrying changes nothing, which is why 470 calls for waiting on the targets rather than for an immediate second attempt.',
          'Compare it with the refusals that look similar. [[403]] Forbidden refuses the request itself, and RFC 3261 §21.4.4 says it should not be repeated. [[603]] Decline is the callee\'s own answer to one call. 470 says that recipients have not given their permission, whether or not they have been asked yet, and it comes from the relay, not from the recipients\' devices.',
        ],
        scenarios: [
          'An instant-messaging client sends a MESSAGE carrying a list of recipients to its provider\'s URI-list server. Two of the recipients have not given the server permission to send them such messages, so the server answers 470 with their URIs in Permission-Missing.',
          'A user starts an ad hoc conference by sending an INVITE with a list of participants to the conference factory. One participant\'s address is new to the service and has not given consent, and the factory refuses with 470.',
          'A presence application subscribes to a request-contained resource list through a resource-list server that enforces RFC 5360, and one presentity on the list has not granted permission; the SUBSCRIBE is answered with 470.',
        ],
        fixes: [
          'Read Permission-Missing, which the relay SHOULD include (RFC 5360 §5.9.2): it names the URIs for which the relay had no permission. Either add them to the relay\'s list (with XCAP, for example), let the relay obtain their permission and send the request again once it has, or remove those targets and send it now to the others.',
          'If 470 appears for targets who expect your traffic, check with the relay\'s operator whether the permission requests reached them and how they are meant to answer; consent that was never recorded looks the same as consent refused. Permissions can also lapse: RFC 5360 §4.1 recommends that relays ask recipients to refresh them periodically and says a relay should delete those that are not refreshed.',
          'If your relay sends 470, list the targets in Permission-Missing; without it the sender has to find them by other means, such as XCAP (RFC 5360 §5.9.2).',
        ],
      },
      ja: {
        title: '同意が必要',
        summary:
          'リクエストに載った URI リストの宛先へリクエストを中継するよう求められたリレーが、その宛先の少なくとも 1 つからこの通信を受け取る許可を得ていないため、リクエストを拒否した。',
        description: [
          'SIP では 1 つのリクエストが多数に広がることがある。URI リストサーバはリストの全アドレスに 1 通の MESSAGE を送り（RFC 5365）、会議フォーカスは INVITE に列挙された参加者全員を招待し（RFC 5366）、リソースリストサーバは多数のプレゼンティティをまとめてサブスクライブする（RFC 5367）。歯止めがなければ、これらはどれも、望んでもいない相手に大量の通信を浴びせる道具になりうる。RFC 5360 はその歯止めを定める。あるアドレスを別のアドレスへ変換するリレーは、許可を与えた宛先にだけ通信を送り、それ以外の宛先は単に除外する（RFC 5360 §4.1）。リストがリクエストの中に載って届いた場合は規則が異なり、リスト中の 1 つの URI についてでも許可がなければ、リレーは変換をまったく行ってはならず（MUST NOT）、470 を返すべきである（SHOULD、RFC 5360 §5.9.1）。',
          '470 は、リクエストがこのような URI リストを載せており、UAS として応答するリレーがリストの少なくとも 1 つの URI に対する許可を持っていなかったことを示す。RFC 5360 §5.9.2 はこのコードをそう定義し、その URI を Permission-Missing ヘッダに入れて示すべきだとしている。リクエストそのものが不適切だとして拒否されたわけではない。クライアントが XCAP などの操作手段で足りない URI をリレーのリストに加えると、リレーがその宛先に許可を求め（RFC 5360 §5.9.2）、リスト中のすべての URI について許可がそろえば、同じリクエストを送り直したときにリレーは変換を行う（RFC 5360 §5.9.1）。クライアントは pending-additions イベントパッケージをサブスクライブすれば、それがいつかを知ることができる（RFC 5360 §5.2）。それまでは再試行しても何も変わらないため、470 を受けたらすぐに送り直すのではなく、宛先の許可を待つことになる。',
          '似た拒否と比べておく。[[403]] Forbidden はリクエストそのものを拒否するもので、RFC 3261 §21.4.4 は繰り返すべきではないとしている。[[603]] Decline は、1 つの呼に対する着信者自身の応答である。470 は、すでに尋ねられたかどうかにかかわらず受信者が許可を与えていないことを示し、受信者の端末ではなくリレーが返す。',
        ],
        scenarios: [
          'インスタントメッセージのクライアントが、受信者のリストを載せた MESSAGE を事業者の URI リストサーバに送る。受信者のうち 2 人は、このようなメッセージを送ることをサーバに許可しておらず、サーバは 2 人の URI を Permission-Missing に入れて 470 を返す。',
          'ユーザが参加者リスト付きの INVITE を会議ファクトリに送り、アドホック会議を始めようとする。参加者の 1 人のアドレスはサービスにとって新しく、同意を与えていないため、ファクトリは 470 で拒否する。',
          'プレゼンスアプリケーションが、RFC 5360 を適用するリソースリストサーバを通じて、リクエスト内に記載したリソースリストをサブスクライブする。リスト中の 1 人のプレゼンティティが許可を与えておらず、SUBSCRIBE に 470 が返る。',
        ],
        fixes: [
          'Permission-Missing を読む。リレーはこのヘッダを付けるべきであり（SHOULD、RFC 5360 §5.9.2）、リレーが許可を持っていなかった URI がそこに挙がっている。その宛先を（たとえば XCAP で）リレーのリストに加え、リレーが許可を得た後で送り直すか、その宛先を外して残りの宛先に今すぐ送る。',
          '通信を待っているはずの相手について 470 が出るなら、許可要求がその相手に届いたか、どう回答すればよいかをリレーの運用者に確認する。記録されなかった同意は、拒否された同意と見分けがつかない。許可が失効することもある。RFC 5360 §4.1 は、リレーが受信者に定期的な許可の更新を求めることを推奨し、更新されなかった許可は削除すべきだとしている。',
          '自分のリレーが 470 を返すなら、宛先を Permission-Missing に列挙する。ヘッダがなければ、送信側は XCAP など別の手段でそれを調べなければならない（RFC 5360 §5.9.2）。',
        ],
      },
    },
  },
];
