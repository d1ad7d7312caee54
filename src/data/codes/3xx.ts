import type { CodeEntryInput } from '../schema';

export const codes3xx: CodeEntryInput[] = [
  {
    code: 300,
    phrase: 'Multiple Choices',
    status: 'active',
    refs: ['RFC3261 §21.3.1'],
    seeAlso: ['RFC3261 §8.1.3.4', 'RFC3261 §8.3', 'RFC3261 §13.3.1.2', 'RFC3261 §16.7', 'RFC3261 §20.10', 'RFC3261 §21.4.23'],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['redirect-server', 'uas'],
        refs: ['RFC3261 §21.3.1', 'RFC3261 §8.3', 'RFC3261 §13.3.1.2'],
        byRole: {
          'redirect-server': ['RFC3261 §8.3'],
          uas: ['RFC3261 §21.3.1', 'RFC3261 §13.3.1.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.3.1'] },
      retry: { value: 'redirect', refs: ['RFC3261 §21.3.1', 'RFC3261 §8.1.3.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Contact',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §21.3.1',
        note: {
          en: 'Lists the alternative locations, as several Contact fields or one field with a list; `q` parameters may rank them (RFC 3261 §8.1.3.4).',
          ja: '代替の接続先を、複数の Contact ヘッダまたは 1 つのヘッダ内のリストとして列挙する。`q` パラメータで優先度を付けられる（RFC 3261 §8.1.3.4）。',
        },
      },
    ],
    related: [302, 301, 485, 380],
    keywords: {
      en: ['multiple choices', 'redirect server', 'Contact list', 'q-value', 'alternative locations', 'recursion'],
      ja: ['複数の選択肢', 'リダイレクト', 'リダイレクトサーバ', '接続先一覧', 'q 値'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'r', role: 'redirect-server' },
        { id: 'b', role: 'uas', tag: '1' },
        { id: 'c', role: 'uas', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'r', label: 'INVITE' },
        { from: 'r', to: 'a', label: '300 Multiple Choices' },
        { from: 'a', to: 'r', label: 'ACK' },
        { from: 'a', to: 'b', label: 'INVITE sip:sales@198.51.100.21' },
        { from: 'b', to: 'a', label: '480 Temporarily Unavailable' },
        { from: 'a', to: 'b', label: 'ACK' },
        { from: 'a', to: 'c', label: 'INVITE sip:sales@198.51.100.22' },
        { from: 'c', to: 'a', label: '180 Ringing' },
        { from: 'c', to: 'a', label: '200 OK' },
        { from: 'a', to: 'c', label: 'ACK' },
      ],
      caption: {
        en: 'The redirect server returns the Contacts of the user\'s devices; the caller tries them in q order and moves to the next one after a failure.',
        ja: 'リダイレクトサーバがユーザの各端末の Contact を返し、発信者は q 値の高い順に試して、失敗すれば次の Contact へ進む。',
      },
    },
    example: {
      request: [
        'INVITE sip:sales@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKkjshdyff',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.org>;tag=88sja8x',
        'To: <sip:sales@example.com>',
        'Call-ID: 9876asdf7c3e@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 300 Multiple Choices',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKkjshdyff',
        'From: Alice <sip:alice@example.org>;tag=88sja8x',
        'To: <sip:sales@example.com>;tag=99sa0xk',
        'Call-ID: 9876asdf7c3e@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:sales@198.51.100.21>;q=1.0',
        'Contact: <sip:sales@198.51.100.22>;q=0.7',
        'Contact: <sip:sales@198.51.100.23>;q=0.3',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Contact'],
    },
    text: {
      en: {
        title: 'Multiple Choices',
        summary:
          'The address resolved to several locations, which the server SHOULD list in Contact header fields; the caller or its user agent can pick one and send the request there.',
        description: [
          'RFC 3261 §21.3.1 defines 300 for a Request-URI that maps to several distinct endpoints (a desk phone, a mobile client, a home line) when the server answering cannot, or prefers not to, proxy the request to them itself. The choices SHOULD be listed as Contact header field values; unlike HTTP, SIP allows several Contact fields or one field carrying a list. The response MAY also carry a body listing the choices, but only if the Accept header field of the request allows it, and RFC 3261 notes that no MIME type has been defined for such a body, so the Contact list is what a client can act on.',
          'What the client does with the list is open: it may redirect automatically or ask the user to choose, and RFC 3261 defines no standard for automatic selection. The generic 3xx rules of RFC 3261 §8.1.3.4 apply: the client builds a target set, may order it by the Contact `q` values, may try the targets serially or in parallel, sends each attempt in a new client transaction with a new branch, and must never add the same URI to the set twice, which is what stops two servers redirecting to each other forever. A proxy that receives a 300 may instead recurse on the contacts itself (RFC 3261 §16.7); if it recurses on all of them, it SHOULD NOT add the emptied 300 to the responses it chooses from, and the caller then gets the outcome of the new attempts instead.',
          'Do not confuse 300 with [[485]]. RFC 3261 §21.4.23 draws the line: the choices of a 300 are assumed to reach the same person or service, so an automatic or sequential search makes sense, while the alternatives of a 485 need not reach the same person, so a user has to choose. And unlike [[301]] or [[302]], a 300 says nothing about whether the original address is gone for good or only temporarily elsewhere.',
        ],
        scenarios: [
          'A redirect server in front of a small company\'s location service receives an INVITE for sip:sales@example.com, finds three registered contacts and, instead of forking the call itself, answers 300 with three Contact values carrying q=1.0, q=0.7 and q=0.3.',
          'A softphone calls a colleague who has registered a desk phone and a mobile client; the colleague\'s home server is configured as a pure redirect server and returns 300. The softphone tries the contact with the highest q first and, after a failure response there, moves to the next one (RFC 3261 §8.1.3.4).',
          'A user agent without automatic redirection reports the call as failed with "300 Multiple Choices", although the Contact list in the trace held perfectly usable addresses.',
        ],
        fixes: [
          'When you receive 300: build the target set from the Contact values (RFC 3261 §8.1.3.4), order it by `q`, and send a new INVITE to each target in turn, keeping To, From and Call-ID and using a new branch each time. Move to the next target on a failure response (above 399), but first answer a 401 or 407 challenge, or another 4xx that RFC 3261 §8.1.3.5 says to retry with a change, at the same target: a retried request is not a failure.',
          'If your client gives up at the first 300, enable its 3xx (redirect) handling, or let the outbound proxy recurse on 3xx responses on its behalf (RFC 3261 §16.7).',
          'If your server sends 300: list every choice in Contact and never the Request-URI itself (RFC 3261 §8.3 forbids a redirect server to redirect a request to a URI equal to it). Where callers\' clients are known not to follow redirects, proxy and fork the request instead.',
        ],
      },
      ja: {
        title: '複数の選択肢',
        summary:
          'Request-URI のアドレスが複数の接続先に解決された。サーバは各接続先を Contact ヘッダに列挙すべきであり（SHOULD）、発信者または UA はそこから選んでリクエストを送り直すことができる。',
        description: [
          'RFC 3261 §21.3.1 の 300 は、1 つの Request-URI が卓上電話・モバイルクライアント・自宅回線のように別々の端末に対応しており、応答するサーバがそれらへリクエストをプロキシできない、またはプロキシしたくない場合に使う。選択肢は Contact ヘッダの値として列挙すべき（SHOULD）とされ、HTTP と違って SIP では Contact ヘッダを複数並べても、1 つのヘッダにリストを入れてもよい。選択肢を列挙するボディを応答に含めてもよい（MAY）が、それはリクエストの Accept ヘッダが許す場合に限られる。また、そのボディの MIME タイプは定義されていないと RFC 3261 自身が注記しており、クライアントが処理に使えるのは Contact の一覧である。',
          '一覧をどう使うかはクライアントに任されている。自動でリダイレクトしても、ユーザに選ばせてもよく、自動選択の標準は RFC 3261 にはない。処理は RFC 3261 §8.1.3.4 の 3xx 共通規則に従う。クライアントはターゲットセットを作り、Contact の `q` 値で順序付けしてもよく、直列でも並列でも試してよい。試行ごとに新しい branch を持つ新しいクライアントトランザクションを使い、同じ URI をターゲットセットに 2 度入れてはならない。この規則があるので、2 台のサーバが互いにリダイレクトし合っても無限ループにはならない。300 を受けたプロキシが、自ら Contact へ再帰することもある（RFC 3261 §16.7）。すべての Contact へ再帰した場合、Contact を取り除いた 300 を、選択の対象となる応答に加えるべきではない（SHOULD NOT）。発信者には、300 ではなく新しい試行の結果が届く。',
          '[[485]] と混同しないこと。RFC 3261 §21.4.23 によれば、300 の選択肢はどれも同じ人物またはサービスにつながる前提なので、自動選択や順次探索が成り立つ。485 の候補は同じ人物につながるとは限らないので、ユーザが選ぶ必要がある。また [[301]] や [[302]] と違い、300 は元のアドレスが恒久的に使えないのか、一時的に別の場所にいるだけなのかを何も示さない。',
        ],
        scenarios: [
          '小規模企業のロケーションサービスの前段に置かれたリダイレクトサーバが sip:sales@example.com 宛ての INVITE を受信し、登録済みの接続先を 3 つ見つける。自らフォーキングはせず、q=1.0、q=0.7、q=0.3 を付けた 3 つの Contact を載せて 300 を返す。',
          'ソフトフォンから、卓上電話とモバイルクライアントを登録している同僚に発信する。同僚側のホームサーバは純粋なリダイレクトサーバとして設定されており、300 を返す。ソフトフォンは q 値が最も高い接続先から試し、そこで失敗応答を受けると次の接続先に進む（RFC 3261 §8.1.3.4）。',
          '自動リダイレクトを実装していない UA が、トレース上の Contact 一覧には使えるアドレスが並んでいるのに、「300 Multiple Choices」で呼が失敗したと表示する。',
        ],
        fixes: [
          '300 を受信した場合は、Contact の値からターゲットセットを作り（RFC 3261 §8.1.3.4）、`q` の順に並べて、各ターゲットへ順に新しい INVITE を送る。To、From、Call-ID は元のリクエストのものを使い、branch は毎回新しくする。失敗応答（400 以上）を受けたら次のターゲットへ進む。ただし 401 や 407 のチャレンジ、RFC 3261 §8.1.3.5 が変更を加えての再試行を求めるその他の 4xx には、まず同じターゲットで応じる。再試行するリクエストは失敗とは見なされない。',
          'クライアントが最初の 300 で発信を断念してしまう場合は、クライアントの 3xx（リダイレクト）処理を有効にするか、アウトバウンドプロキシに 3xx への再帰を任せる（RFC 3261 §16.7）。',
          '自分のサーバが 300 を返す場合は、すべての選択肢を Contact に列挙し、Request-URI 自体は含めない（RFC 3261 §8.3 は、リダイレクトサーバが Request-URI と同一の URI へリダイレクトすることを禁じている）。発信者側のクライアントがリダイレクトに追従しないとわかっているなら、リクエストをプロキシしてフォーキングする。',
        ],
      },
    },
  },
  {
    code: 301,
    phrase: 'Moved Permanently',
    status: 'active',
    refs: ['RFC3261 §21.3.2'],
    seeAlso: ['RFC3261 §8.1.3.4', 'RFC3261 §8.3', 'RFC3261 §13.3.1.2', 'RFC3398 §7.2.4.1'],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['redirect-server', 'uas', 'gateway'],
        refs: ['RFC3261 §21.3.2', 'RFC3261 §8.3', 'RFC3261 §13.3.1.2', 'RFC3398 §7.2.4.1'],
        byRole: {
          'redirect-server': ['RFC3261 §8.3'],
          uas: ['RFC3261 §21.3.2', 'RFC3261 §13.3.1.2'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.3.2'] },
      retry: { value: 'redirect', refs: ['RFC3261 §21.3.2', 'RFC3261 §8.1.3.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Contact',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §13.3.1.2',
        note: {
          en: 'Gives the new address. RFC 3261 §13.3.1.2 asks for it (SHOULD) in a 301 to INVITE. The client SHOULD retry there and SHOULD replace the old address in directories and caches (RFC 3261 §21.3.2).',
          ja: '新しいアドレスを示す。RFC 3261 §13.3.1.2 が含めるべき（SHOULD）としているのは INVITE への 301 である。クライアントはそこで再試行し、ディレクトリやキャッシュの旧アドレスを置き換えるべきである（SHOULD、RFC 3261 §21.3.2）。',
        },
        when: { methods: ['INVITE'] },
      },
    ],
    related: [302, 300, 410, 404],
    keywords: {
      en: ['moved permanently', 'number changed', 'new number', 'permanent redirect', 'address book update', 'Q.850 22'],
      ja: ['恒久的な移動', '番号変更', '新番号', 'リダイレクト', '理由表示 22'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'r', role: 'redirect-server' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'r', label: 'INVITE sip:alice@old.example.com' },
        { from: 'r', to: 'a', label: '301 Moved Permanently' },
        { from: 'a', to: 'r', label: 'ACK' },
        { from: 'a', to: 'b', label: 'INVITE sip:alice@new.example.com' },
        { from: 'b', to: 'a', label: '180 Ringing' },
        { from: 'b', to: 'a', label: '200 OK' },
        { from: 'a', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'A redirect server left at the old domain answers 301 with the new address; the caller retries there and replaces the old address in its records.',
        ja: '旧ドメインに残したリダイレクトサーバが新しいアドレスを付けた 301 を返し、発信者はそこへ再試行して、保存している旧アドレスを置き換える。',
      },
    },
    example: {
      request: [
        'INVITE sip:alice@old.example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK2d4790',
        'Max-Forwards: 70',
        'From: Bob <sip:bob@example.net>;tag=a48s',
        'To: Alice <sip:alice@old.example.com>',
        'Call-ID: f81d4fae7dec11d0a76500a0c91e6bf6@192.0.2.20',
        'CSeq: 1 INVITE',
        'Contact: <sip:bob@192.0.2.20>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 301 Moved Permanently',
        'Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bK2d4790',
        'From: Bob <sip:bob@example.net>;tag=a48s',
        'To: Alice <sip:alice@old.example.com>;tag=1r8dkw',
        'Call-ID: f81d4fae7dec11d0a76500a0c91e6bf6@192.0.2.20',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@new.example.com>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Contact'],
    },
    text: {
      en: {
        title: 'Moved Permanently',
        summary:
          'The user can no longer be reached at the Request-URI; the client SHOULD retry at the Contact address and SHOULD update the old address wherever it has stored it.',
        description: [
          'RFC 3261 §21.3.2 gives the requesting client two instructions. It SHOULD retry at the new address in the Contact header field, and it SHOULD update local directories, address books and user location caches so that future requests go straight to the new address. The second instruction is what separates 301 from [[302]]: a 301 is meant to be remembered, while the address from a 302 may be cached only for the expiry time the response gives, and without one serves this single retry (RFC 3261 §21.3.3).',
          'Redirect servers and UASs send 301, but the new location need not be a different user. RFC 3261 §8.3 notes that a 301 or 302 may keep the same user and only name a different server, or only change transport parameters, for example from UDP to TCP. The retry follows the general 3xx processing of RFC 3261 §8.1.3.4: a new client transaction with a new branch and the Request-URI copied from the Contact, and the client MUST NOT add any URI to its target set more than once.',
          'At the PSTN boundary, RFC 3398 §7.2.4.1 maps ISUP cause 22 "number changed" to 301 when the release message carries the new number in its diagnostic field (a gateway able to process that number SHOULD put it in Contact), and to [[410]] when it does not. A 301 from a gateway that follows this mapping therefore means the dialled number was changed; if the gateway could process the new number from the diagnostic, it SHOULD have put that number in the Contact. Compared with [[404]], a 301 says the user exists elsewhere; compared with [[410]], it also says where.',
        ],
        scenarios: [
          'A caller dials a number whose subscriber has moved to a new one. The terminating switch releases with cause 22 and a diagnostic holding the new number, and the SIP gateway answers the INVITE with 301 and `Contact: <sip:+12125550199@gw.example.net;user=phone>`.',
          'A company migrates its users from sip:alice@old.example.com to sip:alice@new.example.com; a redirect server left at the old domain answers every request with 301 and the new URI, so that phones and address books pick up the change.',
          'A SIP trunk provider\'s redirect server answers 301 with a Contact that keeps the same user but names another host and adds `transport=tcp`, steering clients to a new server farm (RFC 3261 §8.3 allows a 301 or 302 that changes only the server or transport).',
        ],
        fixes: [
          'When you receive 301: the client SHOULD send the request again to the Contact URI, and SHOULD update what it has stored (speed dials, address book entries, cached routes) so that future requests go to the new address (RFC 3261 §21.3.2).',
          'If every Contact address fails too, the request has failed. Do not loop back to the original Request-URI: a client must not add a URI to its target set twice (RFC 3261 §8.1.3.4).',
          'If you run the server: use 301 only for a change that really is permanent, because clients are told to overwrite their records. For a temporary diversion such as call forwarding send [[302]]; for a number withdrawn without a successor send [[410]] or [[404]].',
        ],
      },
      ja: {
        title: '恒久的な移動',
        summary:
          'ユーザが Request-URI のアドレスではもう見つからないことを示す。クライアントは Contact のアドレスで再試行すべきであり（SHOULD）、旧アドレスを保存している箇所はすべて更新すべきである（SHOULD）。',
        description: [
          'RFC 3261 §21.3.2 は、301 を受けたクライアントに 2 つのことを求めている。Contact ヘッダの新しいアドレスで再試行すべきこと（SHOULD）と、ローカルのディレクトリ、アドレス帳、ユーザ位置のキャッシュを更新して以後のリクエストを新しいアドレスへ直接送るべきこと（SHOULD）である。後者が [[302]] との違いで、301 は記憶されることを前提とする。302 のアドレスは応答が示す有効期限の間だけキャッシュしてよく、期限が示されていなければ今回の再試行 1 回にしか使えない（RFC 3261 §21.3.3）。',
          '301 を送るのはリダイレクトサーバや UAS だが、移動先が別のユーザである必要はない。RFC 3261 §8.3 によれば、301 や 302 はユーザを変えずに別のサーバだけを示したり、UDP から TCP への切り替えのようにトランスポートパラメータだけを変えたりできる。再試行は RFC 3261 §8.1.3.4 の 3xx 共通処理に従う。新しい branch を持つ新しいクライアントトランザクションを使って Request-URI には Contact の値をコピーし、クライアントは同じ URI をターゲットセットに 2 度加えてはならない（MUST NOT）。',
          'PSTN との境界では、RFC 3398 §7.2.4.1 が ISUP の理由表示（cause 値）22（相手加入者端末番号変更）を、解放メッセージの診断フィールドに新番号がある場合は 301 に（その番号を処理できるゲートウェイは Contact に入れるべきとされる）、ない場合は [[410]] に対応付けている。したがって、この対応表に従うゲートウェイから来た 301 は、ダイヤルした番号が変更されたことを意味する。ゲートウェイが診断フィールドの新しい番号を処理できた場合は、その番号を Contact に入れているべきである（SHOULD）。[[404]] と比べると 301 はユーザが別の場所に存在することを示し、[[410]] と比べるとその場所まで示す。',
        ],
        scenarios: [
          '加入者が新しい番号に移った旧番号に発信者がダイヤルする。着信側の交換機は理由表示 22 と新番号入りの診断情報で呼を解放し、SIP ゲートウェイは INVITE に対して `Contact: <sip:+12125550199@gw.example.net;user=phone>` を付けた 301 を返す。',
          '企業がユーザを sip:alice@old.example.com から sip:alice@new.example.com へ移行する。旧ドメインに残したリダイレクトサーバがすべてのリクエストに新しい URI を載せた 301 を返し、電話機やアドレス帳に変更を反映させる。',
          'SIP トランク事業者のリダイレクトサーバが、ユーザは同じまま別のホストを示し `transport=tcp` を加えた Contact で 301 を返し、クライアントを新しいサーバ群へ誘導する（RFC 3261 §8.3 は、サーバやトランスポートだけを変える 301 や 302 を認めている）。',
        ],
        fixes: [
          '301 を受信したクライアントは、Contact の URI へリクエストを送り直すべきであり（SHOULD）、短縮ダイヤル、アドレス帳、キャッシュしたルートなど保存済みの情報を更新して、以後のリクエストを新しいアドレスへ送るべきである（SHOULD、RFC 3261 §21.3.2）。',
          'Contact のアドレスでの試行もすべて失敗したら、そのリクエストは失敗である。元の Request-URI に戻ってループさせてはならない。クライアントは同じ URI をターゲットセットに 2 度加えてはならない（RFC 3261 §8.1.3.4）。',
          'サーバを運用する側は、301 を本当に恒久的な変更にだけ使う。クライアントは記録を上書きするよう求められるからである。着信転送のような一時的な振り向けには [[302]] を、後継のない廃止番号には [[410]] または [[404]] を返す。',
        ],
      },
    },
  },
  {
    code: 302,
    phrase: 'Moved Temporarily',
    status: 'active',
    refs: ['RFC3261 §21.3.3'],
    seeAlso: ['RFC3261 §8.1.3.4', 'RFC3261 §8.3', 'RFC3261 §13.3.1.2', 'RFC3261 §16.7', 'RFC3261 §20.19', 'RFC3398 §8.2.5'],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['redirect-server', 'uas'],
        refs: ['RFC3261 §21.3.3', 'RFC3261 §8.3', 'RFC3261 §13.3.1.2'],
        byRole: {
          'redirect-server': ['RFC3261 §8.3'],
          uas: ['RFC3261 §21.3.3', 'RFC3261 §13.3.1.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.3.3'] },
      retry: { value: 'redirect', refs: ['RFC3261 §21.3.3', 'RFC3261 §8.1.3.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Contact',
        in: 'response',
        strength: 'SHOULD',
        ref: 'RFC3261 §13.3.1.2',
        note: {
          en: 'Names the temporary target. RFC 3261 §13.3.1.2 asks for it (SHOULD) in a 302 to INVITE. An `expires` parameter or an Expires header field bounds how long it may be cached; without either it is good for this one retry only (RFC 3261 §21.3.3).',
          ja: '一時的なターゲットを示す。RFC 3261 §13.3.1.2 が含めるべき（SHOULD）としているのは INVITE への 302 である。キャッシュできる期間は `expires` パラメータまたは Expires ヘッダで決まり、どちらもなければ今回の再試行 1 回にしか使えない（RFC 3261 §21.3.3）。',
        },
        when: { methods: ['INVITE'] },
      },
    ],
    related: [301, 300, 305, 181],
    keywords: {
      en: ['call forwarding', 'call forward', 'CFU', 'temporary redirect', 'deflection', 'redirect server'],
      ja: ['着信転送', '転送', '一時的な移動', 'リダイレクト', '無条件転送'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
        { id: 'x', role: 'uas' },
        { id: 'g', role: 'gateway' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE' },
        { from: 's', to: 'a', label: '100 Trying' },
        { from: 's', to: 'x', label: 'INVITE' },
        { from: 'x', to: 's', label: '302 Moved Temporarily' },
        { from: 's', to: 'x', label: 'ACK' },
        { from: 's', to: 'g', label: 'INVITE sip:+447700900123' },
        { from: 'g', to: 's', label: '180 Ringing' },
        { from: 's', to: 'a', label: '180 Ringing' },
        { from: 'g', to: 's', label: '200 OK' },
        { from: 's', to: 'a', label: '200 OK' },
        { from: 'a', to: 's', label: 'ACK' },
        { from: 's', to: 'g', label: 'ACK' },
      ],
      caption: {
        en: 'Unconditional forwarding on a hosted PBX: the PBX answers 302 with the mobile number in Contact, and the carrier\'s SBC places the new call itself, so the caller never sees the redirect.',
        ja: 'ホスティング型 PBX の無条件転送で、PBX が携帯番号を Contact に入れた 302 を返し、事業者の SBC が自ら新しい呼を発信するため、発信者にはリダイレクトが見えない。',
      },
    },
    example: {
      request: [
        'INVITE sip:+441632960123@pbx.example.com;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 203.0.113.1:5060;branch=z9hG4bK4b43c2ff8',
        'Max-Forwards: 69',
        'From: <sip:+12125550123@sbc.example.net;user=phone>;tag=6ddf2a',
        'To: <sip:+441632960123@pbx.example.com;user=phone>',
        'Call-ID: 7c9a2a41e05b@203.0.113.1',
        'CSeq: 101 INVITE',
        'Contact: <sip:+12125550123@203.0.113.1;user=phone>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 302 Moved Temporarily',
        'Via: SIP/2.0/UDP 203.0.113.1:5060;branch=z9hG4bK4b43c2ff8',
        'From: <sip:+12125550123@sbc.example.net;user=phone>;tag=6ddf2a',
        'To: <sip:+441632960123@pbx.example.com;user=phone>;tag=3b1f77e0',
        'Call-ID: 7c9a2a41e05b@203.0.113.1',
        'CSeq: 101 INVITE',
        'Contact: <sip:+447700900123@sbc.example.net;user=phone>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Contact'],
    },
    text: {
      en: {
        title: 'Moved Temporarily',
        summary:
          'The user is temporarily reachable elsewhere; retry the request at the Contact address, and cache that address only as long as an expiry value allows.',
        description: [
          'On a 302 the client SHOULD retry the request at the address or addresses in the Contact header field, and the new request uses the Contact value as its Request-URI (RFC 3261 §21.3.3). Because the move is temporary, caching is bounded: proxies and UAs MAY keep the Contact URI for the time given by an Expires header field or an `expires` Contact parameter, and when neither is present the address is valid only for this one recursion and MUST NOT be cached for later transactions.',
          'There is also a fallback that [[301]] lacks: if a URI cached from a 302 stops working, the client MAY try the original Request-URI once more, since a newer temporary address may have appeared (RFC 3261 §21.3.3). Otherwise the general 3xx processing of RFC 3261 §8.1.3.4 applies, and a proxy may recurse on the Contact itself (RFC 3261 §16.7). A proxy that has recursed on all the Contact addresses SHOULD NOT keep the emptied 302 as a candidate for its final response, so the caller normally sees the forwarded call, not the 302.',
          'A PBX or hosted platform can implement call forwarding by redirection with 302: the callee\'s server hands the caller a new target and drops out of the signalling. A gateway that receives a 302 SHOULD try the Contact URIs and, where a target is best reached through the PSTN, place a new call there (RFC 3398 §8.2.5). The same section asks for care with any redirection because of charging: in the PSTN the caller normally pays for the first leg and the forwarding party for the second.',
        ],
        scenarios: [
          'A hosted-PBX user has set unconditional forwarding to a mobile number. When an INVITE arrives from the SIP trunk, the PBX answers `302 Moved Temporarily` with `Contact: <sip:+447700900123@sbc.example.net;user=phone>`, and the carrier\'s SBC sends a fresh INVITE to that target.',
          'A routing server answers every INVITE with a 302 whose Contact names the media server or gateway chosen for that call, and so stays out of the call path (the redirect-server model of RFC 3261 §8.3).',
          'A carrier or SBC that does not follow redirects from customer PBXs passes the 302 back to the caller or turns it into a failure, so forwarded calls fail although the PBX did exactly what it was configured to do.',
        ],
        fixes: [
          'When you receive 302: the client SHOULD retry at the Contact URI (RFC 3261 §21.3.3), in a new transaction (a new branch; RFC 3261 §8.1.3.4 recommends keeping To, From and Call-ID), and SHOULD reuse the original headers and body except where header parameters in the Contact URI replace or add to them (RFC 3261 §8.1.3.4).',
          'If forwarded calls die at your trunk, check whether the carrier or SBC follows 3xx responses. If it does not, make the PBX forward by proxying or with a B2BUA leg instead of redirecting, or ask the carrier to enable redirect handling.',
          'Do not cache a 302 target beyond its expiry: with neither an Expires header field nor an `expires` parameter it serves this single retry only (RFC 3261 §21.3.3). For a permanent move use [[301]]. To forward the call yourself and only tell the caller that forwarding is under way, answer as a UAS with [[181]] and retarget the INVITE; a proxy acting only as a proxy cannot send it, because it must not add a To tag to a 1xx response when the request had none (RFC 3261 §16.7).',
        ],
      },
      ja: {
        title: '一時的な移動',
        summary:
          'ユーザが一時的に別の場所にいることを示す。Contact のアドレスでリクエストを再試行し、そのアドレスは有効期限が許す間だけキャッシュする。',
        description: [
          '302 を受けたクライアントは、Contact ヘッダのアドレスでリクエストを再試行すべきであり（SHOULD）、新しいリクエストの Request-URI には Contact の値を使う（RFC 3261 §21.3.3）。移動は一時的なのでキャッシュには上限がある。プロキシも UA も、Expires ヘッダまたは Contact の `expires` パラメータが示す期間だけこの URI をキャッシュしてよい（MAY）。どちらもなければ、そのアドレスは今回のリダイレクト処理で 1 回使えるだけで、以後のトランザクションのためにキャッシュしてはならない（MUST NOT）。',
          '[[301]] にはない予備の規則もある。302 からキャッシュした URI が使えなくなった場合、新しい一時アドレスが用意されている可能性があるので、元の Request-URI をもう 1 回だけ試してよい（MAY、RFC 3261 §21.3.3）。それ以外は RFC 3261 §8.1.3.4 の 3xx 共通処理に従う。プロキシは自ら Contact へ再帰してもよい（RFC 3261 §16.7）。Contact のアドレスすべてへ再帰したプロキシは、Contact のなくなった 302 を最終応答の候補に加えるべきではない（SHOULD NOT）ため、発信者から見えるのは通常、転送後の呼であって 302 ではない。',
          'PBX やホスティング型の基盤は、着信転送を 302 によるリダイレクトで実現することができる。着信者側のサーバは新しいターゲットを発信者に渡し、シグナリングから抜ける。302 を受けたゲートウェイは Contact の URI への到達を試みるべきであり（SHOULD）、PSTN 経由が最適なターゲットにはそこで新しい呼を発信すべきである（SHOULD、RFC 3398 §8.2.5）。同節は課金の観点からもリダイレクトには注意が必要だとしている。PSTN では通常、発信者が最初の区間を、転送した側が 2 番目の区間を支払うからである。',
        ],
        scenarios: [
          'ホスティング型 PBX のユーザが携帯番号への無条件転送を設定している。SIP トランクから INVITE が届くと、PBX は `Contact: <sip:+447700900123@sbc.example.net;user=phone>` を付けた `302 Moved Temporarily` を返し、事業者の SBC がそのターゲットへ新しい INVITE を送る。',
          'ルーティングサーバが、呼ごとに選んだメディアサーバやゲートウェイを Contact に入れた 302 をすべての INVITE に返し、自らは通話経路に残らない（RFC 3261 §8.3 のリダイレクトサーバのモデル）。',
          '顧客 PBX からのリダイレクトに追従しない事業者や SBC が、302 をそのまま発信者に返すか失敗に変えてしまう。PBX は設定どおりに動いているのに、転送された呼が失敗する。',
        ],
        fixes: [
          '302 を受信したクライアントは、Contact の URI で再試行すべきであり（SHOULD、RFC 3261 §21.3.3）、新しいトランザクション（新しい branch。To、From、Call-ID は元のままにすることが RFC 3261 §8.1.3.4 で推奨されている）で送る。元のヘッダとボディは、Contact URI のヘッダパラメータで上書きまたは追加されるもの以外そのまま使うべきである（SHOULD、RFC 3261 §8.1.3.4）。',
          '転送された呼がトランクで切れる場合は、事業者や SBC が 3xx に追従するかを確認する。追従しないなら、PBX の転送をリダイレクトではなくプロキシまたは B2BUA の別レッグで行うよう変えるか、事業者にリダイレクト処理の有効化を依頼する。',
          '302 のターゲットを有効期限を超えてキャッシュしない。Expires ヘッダも `expires` パラメータもなければ、その URI は今回の再試行 1 回にしか使えない（RFC 3261 §21.3.3）。恒久的な移動には [[301]] を使う。自分で呼を転送し、転送中であることを発信者に知らせるだけなら、UAS として [[181]] を返したうえで INVITE の宛先を変える。単なるプロキシとして動作している装置は、To タグのないリクエストへの 1xx 応答に To タグを付けてはならないため、181 を送ることはできない（RFC 3261 §16.7）。',
        ],
      },
    },
  },
  {
    code: 305,
    phrase: 'Use Proxy',
    status: 'active',
    refs: ['RFC3261 §21.3.4'],
    seeAlso: ['RFC3261 §6', 'RFC3261 §8.1.3.4', 'RFC3261 §16.6', 'RFC3261 §16.7', 'RFC2616 §10.3.6'],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.3.4'],
        byRole: {
          uas: ['RFC3261 §21.3.4'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.3.4'] },
      retry: { value: 'via-proxy', refs: ['RFC3261 §21.3.4'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Contact',
        in: 'response',
        strength: null,
        ref: 'RFC3261 §21.3.4',
        note: {
          en: 'Gives the URI of the proxy through which the resource MUST be accessed, not a new target; the Request-URI stays the same. The MUST binds the recipient; RFC 3261 puts no requirement level on the header field itself: its Table 2 marks Contact optional in 3xx responses.',
          ja: '新しいターゲットではなく、リソースへのアクセスに経由しなければならないプロキシの URI を示す。Request-URI は変わらない。この MUST は受信側に課される要求である。RFC 3261 はヘッダ自体には要求レベルを定めておらず、Table 2 も 3xx 応答の Contact を任意としている。',
        },
      },
    ],
    related: [302, 300],
    keywords: {
      en: ['use proxy', 'outbound proxy', 'first hop', 'route through proxy'],
      ja: ['プロキシ経由', 'アウトバウンドプロキシ', 'ファーストホップ', '経路指定'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'a', label: '305 Use Proxy' },
        { from: 'a', to: 'b', label: 'ACK' },
        { from: 'a', to: 's', label: 'INVITE + Route: sbc.example.com' },
        { from: 's', to: 'b', label: 'INVITE' },
        { from: 'b', to: 's', label: '200 OK' },
        { from: 's', to: 'a', label: '200 OK' },
        { from: 'a', to: 's', label: 'ACK' },
        { from: 's', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'The UAS refuses an INVITE sent straight to it and names the SBC in Contact; the caller sends the same INVITE again through that SBC.',
        ja: 'UAS は直接送られてきた INVITE を受け付けずに Contact で SBC を指定し、発信者は同じ INVITE をその SBC 経由で送り直す。',
      },
    },
    example: {
      request: [
        'INVITE sip:carol@192.0.2.30 SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK9f2e1a',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.org>;tag=4f2c8a1b',
        'To: Carol <sip:carol@192.0.2.30>',
        'Call-ID: 5d3e9b0f12@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 305 Use Proxy',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK9f2e1a',
        'From: Alice <sip:alice@example.org>;tag=4f2c8a1b',
        'To: Carol <sip:carol@192.0.2.30>;tag=e2d7c3',
        'Call-ID: 5d3e9b0f12@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:sbc.example.com;lr>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Contact'],
    },
    text: {
      en: {
        title: 'Use Proxy',
        summary:
          'The requested resource must be reached through the proxy named in the Contact header field; the client is expected to repeat this one request via that proxy.',
        description: [
          'A 305 does not move the user. It says the requested resource MUST be accessed through a particular proxy, whose URI is in the Contact header field, and that the recipient is expected to repeat this single request through it (RFC 3261 §21.3.4). The Request-URI stays as it was; only the first hop changes.',
          'RFC 3261 §21.3.4 also names the sender: 305 responses MUST only be generated by UASs. The RFC does not say which elements this leaves out: a piece of software that responds to a request acts as a UAS for that transaction (RFC 3261 §6), and an element issuing a 3xx to 6xx response is effectively acting as a UAS (RFC 3261 §16.7). A proxy that wants a request to traverse another proxy also has its own means, such as pushing a Route header field value (RFC 3261 §16.6). The instruction covers the request it answers; it does not configure a permanent outbound proxy in the client.',
          'RFC 3261 says nothing more about 305 than the four sentences of §21.3.4, so whether a given user agent acts on it depends on the implementation; check yours before relying on it. The section repeats HTTP/1.1\'s 305 almost word for word (RFC 2616 §10.3.6), and HTTP warns that ignoring its two limits, a single request and a response from the origin server only, has significant security consequences: a client that follows any 305 lets whoever sent it choose the next proxy for the request. A careful client therefore acts on a 305 only when it trusts the sender. Compared with [[302]], which replaces the target, a 305 keeps the target and replaces the path.',
        ],
        scenarios: [
          'An enterprise UAS that accepts calls only through the company\'s border proxy receives an INVITE sent straight to its address and answers 305 with `Contact: <sip:sbc.example.com;lr>`, asking the caller to send the same INVITE through the SBC.',
          'A softphone with no outbound proxy configured sends REGISTER directly to a server that expects traffic through an access proxy; the server answers 305 naming that proxy.',
          'A trace shows a 305 coming from a proxy in the middle of the path, which answered the request itself instead of forwarding it. RFC 3261 §21.3.4 says 305 MUST only be generated by UASs, but an element that responds to a request acts as a UAS for that transaction (RFC 3261 §6), so the text does not settle whether this proxy may send it. A client that follows the 305 lets that proxy choose the next hop for the request.',
        ],
        fixes: [
          'When you receive 305 and trust the sender: send the same request again in a new transaction with the Contact URI as the first hop, for example as a Route header field value, leaving the Request-URI unchanged.',
          'If your client does not act on 305, first confirm with whoever runs the destination that the proxy named in Contact is the one to use; then configure it as the outbound proxy for that destination, so that later requests take that path from the start. That is your own choice: RFC 3261 §21.3.4 makes a 305 cover only the single request it answers.',
          'If you run the server: rather than relying on 305, which a client may not follow, document or provision the proxy clients must use. A proxy whose policy requires a request to visit another proxy can, instead of answering 305, push that proxy\'s URI into the Route header field of the request it forwards (RFC 3261 §16.6).',
        ],
      },
      ja: {
        title: 'プロキシ使用指示',
        summary:
          '要求されたリソースには Contact ヘッダで示されたプロキシを経由して到達しなければならない。クライアントはこのリクエストに限ってそのプロキシ経由で送り直すものとされる。',
        description: [
          '305 はユーザの移動を示すものではない。305 は、要求されたリソースへは特定のプロキシを経由してアクセスしなければならない（MUST）ことを示す。そのプロキシの URI は Contact ヘッダに入っており、受信側はこのリクエストに限ってそのプロキシ経由で送り直すものとされる（RFC 3261 §21.3.4）。Request-URI は元のままで、変わるのはファーストホップだけである。',
          'RFC 3261 §21.3.4 は送信側についても定めており、305 を生成するのは UAS だけでなければならない（MUST）。ただし、これによってどの装置が除かれるかは RFC に示されていない。リクエストに応答するソフトウェアは、そのトランザクションの間 UAS として動作し（RFC 3261 §6）、3xx〜6xx の応答を出す装置は事実上 UAS として動作している（RFC 3261 §16.7）。別のプロキシを経由させたいプロキシには、Route ヘッダ値を挿入するといった手段もある（RFC 3261 §16.6）。この指示が有効なのは当該リクエストだけで、クライアントに恒久的なアウトバウンドプロキシを設定させるものではない。',
          'RFC 3261 が 305 について定めているのは §21.3.4 の 4 文だけなので、UA が 305 に従うかどうかは実装次第である。頼る前に自分の UA の動作を確認すること。この節は HTTP/1.1 の 305（RFC 2616 §10.3.6）をほぼそのまま引き継いでおり、HTTP 側は、対象を 1 つのリクエストに限ること、オリジンサーバだけが返すこと、という 2 つの制限を守らなければ、セキュリティ上の重大な問題が生じると注記している。どの 305 にも従うクライアントは、応答を送ってきた相手にリクエストの次のプロキシを選ばせることになる。したがって慎重なクライアントは、送信元を信頼できる 305 にだけ従う。ターゲットを置き換える [[302]] に対して、305 はターゲットをそのままにして経路を置き換える。',
        ],
        scenarios: [
          '社内の境界プロキシ経由の着信しか受け付けない企業の UAS が、自分のアドレスへ直接送られた INVITE を受信する。UAS は `Contact: <sip:sbc.example.com;lr>` を付けた 305 を返し、同じ INVITE を SBC 経由で送り直すよう発信者に求める。',
          'アウトバウンドプロキシを設定していないソフトフォンが、アクセスプロキシ経由の通信を前提とするサーバに REGISTER を直接送り、サーバがそのプロキシを示す 305 を返す。',
          'トレースを見ると、経路途中のプロキシがリクエストを転送せずに自ら 305 を返している。RFC 3261 §21.3.4 は、305 を生成するのは UAS だけでなければならない（MUST）としているが、リクエストに応答する装置はそのトランザクションの間 UAS として動作する（RFC 3261 §6）ため、このプロキシが 305 を送ってよいかどうかは RFC の文面からは決まらない。この 305 に従うクライアントは、そのリクエストの次ホップをこのプロキシに選ばせることになる。',
        ],
        fixes: [
          '305 を受信し、送信元を信頼できる場合は、Contact の URI をファーストホップとして（たとえば Route ヘッダ値として）同じリクエストを新しいトランザクションで送り直す。Request-URI は変えない。',
          'クライアントが 305 に従わない場合は、まず宛先の運用者に、Contact に示されたプロキシが経由すべきものであることを確認する。そのうえで、そのプロキシをその宛先向けのアウトバウンドプロキシとして設定すれば、以後のリクエストは最初からその経路を通る。これは自分の判断による設定であり、RFC 3261 §21.3.4 では 305 の対象は応答した 1 つのリクエストに限られる。',
          'サーバ側では、クライアントが従うとは限らない 305 に頼らず、クライアントが使うべきプロキシを文書化するか端末に事前設定する。リクエストに別のプロキシを経由させるポリシーを持つプロキシは、305 を返す代わりに、転送するリクエストの Route ヘッダにそのプロキシの URI を挿入できる（RFC 3261 §16.6）。',
        ],
      },
    },
  },
  {
    code: 380,
    phrase: 'Alternative Service',
    status: 'active',
    refs: ['RFC3261 §21.3.5'],
    seeAlso: ['RFC3261 §8.1.3.2', 'RFC3261 §13.2.2.2'],
    facts: {
      scope: { value: 'branch', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.3.5', 'RFC3261 §6'],
        byRole: {
          uas: ['RFC3261 §21.3.5', 'RFC3261 §6'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.3.5'] },
      retry: { value: 'alternative', refs: ['RFC3261 §21.3.5'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [300, 302, 606],
    keywords: {
      en: ['alternative service', 'emergency call', 'IMS emergency', 'application/3gpp-ims+xml', 'emergency registration', 'P-CSCF', 'IR.92', 'CODE_SIP_ALTERNATE_EMERGENCY_CALL'],
      ja: ['代替サービス', '緊急通報', '緊急呼', 'IMS', '緊急登録', 'P-CSCF'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 's', role: 'sbc' },
      ],
      steps: [
        { from: 'a', to: 's', label: 'INVITE urn:service:sos' },
        { from: 's', to: 'a', label: '100 Trying' },
        { from: 's', to: 'a', label: '380 Alternative Service' },
        { from: 'a', to: 's', label: 'ACK' },
      ],
      caption: {
        en: 'As Oracle\'s manual describes it, its SBC in the P-CSCF role receives an emergency call that it cannot complete (here, it has no next hop for it) and answers 380 with an application/3gpp-ims+xml body; what the device does next is outside RFC 3261.',
        ja: 'Oracle のマニュアルの説明では、P-CSCF として動作する同社の SBC が、完了できない緊急呼（この例では転送先のネクストホップがない）を受けると、application/3gpp-ims+xml ボディ付きの 380 を返す。端末がその後どうするかは RFC 3261 の範囲外である。',
      },
    },
    example: {
      request: [
        'INVITE urn:service:sos SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK6c1a0e',
        'Max-Forwards: 70',
        'Route: <sip:pcscf.ims.example.net;lr>',
        'From: <sip:+447700900456@ims.example.net>;tag=3f5a1c',
        'To: <urn:service:sos>',
        'Call-ID: 8d2f6a4e91@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 380 Alternative Service',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK6c1a0e',
        'From: <sip:+447700900456@ims.example.net>;tag=3f5a1c',
        'To: <urn:service:sos>;tag=pc7e91',
        'Call-ID: 8d2f6a4e91@192.0.2.10',
        'CSeq: 1 INVITE',
        'P-Asserted-Identity: <sip:pcscf.ims.example.net>',
        'Content-Type: application/3gpp-ims+xml',
        'Content-Length: 258',
        '',
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ims-3gpp version="1">',
        '  <alternative-service>',
        '    <type>emergency</type>',
        '    <reason>Emergency call cannot be completed</reason>',
        '    <action>emergency-registration</action>',
        '  </alternative-service>',
        '</ims-3gpp>',
      ].join('\n'),
      highlight: ['Content-Type'],
    },
    text: {
      en: {
        title: 'Alternative Service',
        summary:
          'The call did not succeed as requested, but other services could handle it; the response body describes them, in a format RFC 3261 leaves undefined.',
        description: [
          '380 is the odd one out in the 3xx class. RFC 3261 §21.3.5 says the call was not successful but alternative services are possible, and that those services are described in the message body. It defines no format for that body and leaves it to future standardization. The alternatives are in the body, not in Contact, so a client that cannot read the body has nothing defined to act on.',
          'Its meaning therefore lives in whichever specification defines the body. For IMS networks, vendor documentation describes a body defined by 3GPP, the "3GPP IM CN subsystem XML body" with the media type `application/3gpp-ims+xml`; we describe it from that documentation, not from the 3GPP specifications, which we have not read. Oracle\'s manuals for its Session Border Controller (releases 8.3 and 8.4) say that the product, in its P-CSCF role, answers an emergency call it cannot complete (for example, when it has no next hop for the call or has hit a load limit) with a 380 whose `<ims-3gpp>` body has an `<alternative-service>` element holding `<type>emergency</type>`, a `<reason>` taken from its configuration and `<action>emergency-registration</action>`. The manual presents this as support for GSMA\'s VoLTE profile (IR.92), to redirect VoLTE emergency calls to a circuit-switched network.',
          'A UAC that cannot interpret the body has little to work with: unlike [[300]] or [[302]], the code defines no Contact list to recurse on. A UAC that does not recognise 380 treats it as 300 under RFC 3261 §8.1.3.2, but with no Contact values there is nowhere to go and the attempt simply ends. Read 380 as a failure that points to alternative services described in the body, not as a redirect.',
        ],
        scenarios: [
          'A handset dials a number that the network treats as an emergency number but the handset does not, and its ordinary INVITE is answered with 380. Android\'s IMS API has a call-failure reason for this case, `CODE_SIP_ALTERNATE_EMERGENCY_CALL`: a call that failed with 380 while dialling an "undetected emergency number". RFC 3261 does not say what the handset does next.',
          'An Oracle Communications Session Border Controller in its P-CSCF role cannot complete an emergency call, for example because no next hop exists for it, and answers 380. According to its manual, the `<reason>` element carries the text configured in its send-380-response setting, and the trace shows `Content-Type: application/3gpp-ims+xml` and an `<action>` element reading `emergency-registration`.',
          'A softphone outside the mobile network receives a 380 relayed from a mobile network, cannot interpret the body, and reports the call as failed with "380 Alternative Service".',
        ],
        fixes: [
          'When you receive 380: read the body and its Content-Type first; the code alone only says that alternative services are possible. In the `application/3gpp-ims+xml` body that Oracle\'s manual shows, RFC 3261 does not define the values of `<type>` and `<action>`; their meaning is in the 3GPP specification the body follows.',
          'If emergency calls get 380, find which element sent it and why. The handset may not have recognised the number as an emergency number (the case Android reports as `CODE_SIP_ALTERNATE_EMERGENCY_CALL`): compare its list of emergency numbers with the network\'s, since a device that recognises the number can mark the request itself, for example with the emergency service URN `urn:service:sos` (RFC 5031) in the Request-URI. If the 380 came from an SBC such as Oracle\'s, it could not complete the emergency call, so check how the network routes emergency calls.',
          'If you generate 380, include a body whose type the calling device understands, since that is where RFC 3261 §21.3.5 puts the alternatives; a bare 380 gives a client nothing to act on. For a plain relocation of the user, send [[302]] with a Contact instead.',
        ],
      },
      ja: {
        title: '代替サービス',
        summary:
          '要求どおりの呼は成功しなかったが、別のサービスなら扱える可能性があることを示す。その内容は応答のボディに記述されるが、形式は RFC 3261 では定義されていない。',
        description: [
          '380 は 3xx クラスの中で異質な存在である。RFC 3261 §21.3.5 によれば、呼は成功しなかったが代替サービスが利用できる可能性があり、そのサービスは応答のメッセージボディに記述される。ボディの形式は定義されておらず、将来の標準化に委ねられている。代替サービスは Contact ではなくボディに記述されるので、ボディを読めないクライアントには、処理の手がかりとして定義されたものがない。',
          'したがって 380 の意味は、ボディを定義する仕様の側にある。IMS 網向けには、3GPP が定めるボディ（「3GPP IM CN subsystem XML body」、メディアタイプ `application/3gpp-ims+xml`）をベンダーの文書が説明している。ここではその内容を、読んでいない 3GPP の仕様書ではなく、その文書に基づいて説明する。Oracle Communications Session Border Controller のマニュアル（リリース 8.3 と 8.4）によれば、P-CSCF として動作する同製品は、完了できない緊急呼（転送先のネクストホップがない、負荷の上限に達した、など）に対して 380 を返す。その `<ims-3gpp>` ボディの `<alternative-service>` には、`<type>emergency</type>`、設定から取った `<reason>`、`<action>emergency-registration</action>` が入る。マニュアルはこれを、VoLTE の緊急呼を回線交換網へ振り向けるための、GSMA の VoLTE プロファイル（IR.92）への対応と位置付けている。',
          'ボディを解釈できない UAC には手がかりがほとんどない。[[300]] や [[302]] と違い、このコードには再帰の対象となる Contact の一覧が定められていない。380 を認識しない UAC は RFC 3261 §8.1.3.2 に従ってこれを 300 として扱うが、Contact の値がないので行き先はなく、試行はそのまま終わる。380 はリダイレクトではなく、ボディに記述された代替サービスを示す失敗として読むべきである。',
        ],
        scenarios: [
          '端末は緊急番号と認識していないが網は緊急番号として扱う番号に発信し、通常の INVITE に 380 が返る。Android の IMS API には、この場合のための呼失敗理由 `CODE_SIP_ALTERNATE_EMERGENCY_CALL`（「検出されなかった緊急番号」への発信中に 380 で失敗した呼）がある。端末がその後どうするかは、RFC 3261 には書かれていない。',
          'P-CSCF として動作する Oracle Communications Session Border Controller が、転送先のネクストホップがないなどの理由で緊急呼を完了できず、380 を返す。マニュアルによれば、`<reason>` には設定項目 send-380-response に設定した文字列が入り、トレースには `Content-Type: application/3gpp-ims+xml` と、`emergency-registration`（緊急登録）を指定した `<action>` が見える。',
          '移動体網の外にあるソフトフォンが、移動体網から中継された 380 を受信するが、ボディを解釈できず、「380 Alternative Service」で呼が失敗したと表示する。',
        ],
        fixes: [
          '380 を受信したら、まずボディと Content-Type を読む。コードだけでは、代替サービスが利用できる可能性があることしかわからない。Oracle のマニュアルが示す `application/3gpp-ims+xml` ボディの `<type>` と `<action>` の値は RFC 3261 では定義されていない。その意味はボディが従う 3GPP の仕様にある。',
          '緊急呼に 380 が返る場合は、どの装置がなぜ返したのかを確認する。端末がその番号を緊急番号と認識していない可能性がある（Android が `CODE_SIP_ALTERNATE_EMERGENCY_CALL` として報告する場合）。端末の緊急番号リストを網側と比べる。番号を認識できれば、端末自身がリクエストを緊急呼として示せる。たとえば Request-URI に緊急サービス URN `urn:service:sos`（RFC 5031）を入れる。Oracle のような SBC が返した 380 なら、その SBC は緊急呼を完了できなかったので、網が緊急呼をどうルーティングしているかを確認する。',
          '自分で 380 を生成する場合は、RFC 3261 §21.3.5 が代替サービスを記述する場所としているボディを、発信側の端末が理解できる形式で付ける。ボディのない 380 ではクライアントは何もできない。ユーザの単純な移動であれば、Contact を付けた [[302]] を返す。',
        ],
      },
    },
  },
];
