import type { CodeEntryInput, HeaderUse } from '../schema';

/** Contact in a 180, 181 or 182 that carries a To tag: the response creates an early dialog. */
function earlyDialogContact(code: number): HeaderUse {
  return {
    name: 'Contact',
    in: 'response',
    strength: 'MUST',
    ref: 'RFC3261 §13.3.1.1',
    note: {
      en: `A ${code} with a To tag creates an early dialog, so it follows the dialog-creating rules of RFC 3261 §12.1.1: Contact present, Record-Route copied from the INVITE.`,
      ja: `To タグ付きの ${code} はアーリーダイアログを生成するため、RFC 3261 §12.1.1 のダイアログ生成規則に従う。Contact を付け、INVITE の Record-Route をコピーする。`,
    },
    when: { toTag: true },
  };
}

export const codes1xx: CodeEntryInput[] = [
  {
    code: 100,
    phrase: 'Trying',
    status: 'active',
    refs: ['RFC3261 §21.1.1'],
    seeAlso: ['RFC3261 §8.2.6.1', 'RFC3261 §16.2', 'RFC3261 §16.7', 'RFC3261 §17.2.1', 'RFC3261 §9.1', 'RFC3262 §3', 'RFC4320 §4.1'],
    facts: {
      scope: { value: 'hop', refs: ['RFC3261 §21.1.1', 'RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'uas', 'gateway'],
        refs: ['RFC3261 §21.1.1', 'RFC3261 §8.2.6.1', 'RFC3261 §16.2', 'RFC3398 §7.2.1'],
        byRole: {
          proxy: ['RFC3261 §21.1.1', 'RFC3261 §16.2'],
          uas: ['RFC3261 §21.1.1', 'RFC3261 §8.2.6.1'],
          gateway: ['RFC3398 §7.2.1'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §17.2.1', 'RFC4320 §4.1'] },
      retry: { value: 'none', refs: ['RFC3261 §21.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Timestamp',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §8.2.6.1',
        note: {
          en: 'If the request carried a Timestamp, the 100 must copy it, and should add the processing delay when there was one; RFC 3261 §20.38 defines no use for the value but notes that applications can use it to estimate round-trip times.',
          ja: 'リクエストに Timestamp があれば、100 はそれをコピーしなければならず、処理に遅延があればその値を加えるべきである。RFC 3261 §20.38 はこの値の使い方を定めていないが、アプリケーションが往復時間の見積もりに使えるとしている。',
        },
        when: { requestHas: 'Timestamp' },
      },
    ],
    related: [180, 183, 408, 487],
    keywords: {
      en: ['Trying', 'INVITE retransmission', 'Timer A', 'hop-by-hop', 'UDP retransmits', 'rport'],
      ja: ['試行中', 'トライング', 'INVITE 再送', 'タイマ A', 'ホップバイホップ', '暫定応答'],
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
        { from: 'b', to: 'p', label: '100 Trying' },
        { from: 'b', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
      ],
      caption: {
        en: 'Each hop answers the INVITE with its own 100 Trying, which the proxy absorbs instead of forwarding, while the callee\'s 180 Ringing travels back end to end.',
        ja: '各ホップが INVITE にそれぞれ 100 Trying を返し、プロキシはそれを中継せずに吸収するが、着信者の 180 Ringing はエンドツーエンドで発信者まで届く。',
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
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Timestamp: 54',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 100 Trying',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Timestamp: 54',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Via', 'To', 'Timestamp'],
    },
    text: {
      en: {
        title: 'Trying',
        summary:
          'The next hop has received the request and is working on it; after it the caller\'s client transaction should no longer retransmit an INVITE, and a stateful proxy never relays it further upstream.',
        description: [
          '100 Trying speaks for the next hop, not for the called user: it may come from a proxy, a PBX or an SBC, or from the callee\'s own user agent, since the INVITE server transaction rule below applies to a UAS as much as to a proxy (RFC 3261 §17.2.1). RFC 3261 §21.1.1 defines it as a sign that the next hop holds the request and is doing something with it, for example consulting a database. Like any provisional response it moves the caller\'s INVITE client transaction into the Proceeding state, in which the client transaction should no longer retransmit the request, Timer A retransmissions over UDP included (RFC 3261 §17.1.1.2). Unlike the others, a stateful proxy must not forward it (RFC 3261 §16.7), so behind stateful proxies each 100 in a trace speaks for one hop. A stateless proxy must not generate a 100 of its own, but it passes on the responses that come back through it, a 100 included (RFC 3261 §16.11).',
          'For INVITE it is close to mandatory: the INVITE server transaction must generate a 100 unless it knows the transaction user will respond within 200 ms (RFC 3261 §17.2.1). For other methods the advice points the other way. A UAS should not send provisional responses to non-INVITE requests and a stateful proxy should not generate 100 for them (RFC 3261 §8.2.6.1, §16.2); RFC 4320 §4.1 later changed this for non-INVITE requests: a 100 is allowed at any time over a reliable transport, forbidden over UDP until the client\'s Timer E would have backed off to T2, and required on any transport once that time has passed without another response.',
          'A 100 says nothing about the called user. Under RFC 3261 it creates no dialog: RFC 3261 §12.1 lets only 101–199 and 2xx responses with a To tag to an INVITE establish one; it may carry a To tag, though a transaction layer that builds it should not add one when the request had none (RFC 3261 §17.2.1); a UAS must not send it reliably with 100rel, since only 101–199 responses may be sent reliably (RFC 3262 §3); and it does not restart a proxy\'s Timer C, which only 101–199 responses refresh (RFC 3261 §16.7). That is what separates it from [[180]] and [[183]], which travel end to end from the user agent actually handling the call.',
        ],
        scenarios: [
          'A desk phone sends INVITE over UDP to its PBX or to a carrier SBC. The SBC replies 100 Trying within milliseconds and the phone stops retransmitting, although the callee has not been reached yet.',
          'On the path caller → outbound proxy → inbound proxy → callee, with both proxies stateful, each proxy answers the INVITE with its own 100, and so does the callee unless it knows it will send a provisional or final response within 200 ms (RFC 3261 §17.2.1); yet the caller\'s capture only ever shows the 100 from the first hop: each proxy absorbs the 100s arriving from further downstream.',
          'A client library tries to create an early dialog from a 100 Trying that a proxy sent with a To tag but without Contact, and fails. The fault is the library\'s: RFC 3261 §12.1 lets only 101–199 and 2xx responses with a To tag to an INVITE establish a dialog, so under RFC 3261 a 100 creates none.',
        ],
        fixes: [
          'If the capture shows the same INVITE repeated at intervals of 0.5 s, 1 s, 2 s and so on with no 100 coming back, the request or its responses are being lost. Check that responses are sent to the address in the top Via (received and rport parameters) and look for a firewall or NAT binding that drops them.',
          'If the call sits after 100 Trying and then ends with [[408]] or a CANCEL, the 100 only shows that the first hop received the INVITE (RFC 3261 §21.1.1); it does not show that the INVITE went any further. Check whether the first hop forwarded it, then follow it to the next proxy or to the callee and find which element never produced a 180 or 183. A 100 alone does not keep a proxy\'s Timer C (longer than three minutes) from firing.',
          'If a phone cannot abandon a call attempt before it rings, remember that a CANCEL may only be sent after some provisional response has arrived (RFC 3261 §9.1); the 100 from the first hop is what allows it.',
          'If you build a SIP stack: let the server transaction send 100 for INVITE whenever the answer may take longer than 200 ms, echo any Timestamp header, never send it reliably, never build dialog state from a received 100, and for a non-INVITE request over UDP send no 100 before the Timer E interval of RFC 4320 §4.1 has passed, but do send one then if no final response has gone out.',
        ],
      },
      ja: {
        title: '試行中',
        summary:
          '次ホップのサーバがリクエストを受け取り、処理を始めたことを示す。これを受けた発信側のクライアントトランザクションは INVITE をそれ以上再送すべきではなく、ステートフルプロキシはこれをそれより上流へ中継しない。',
        description: [
          '100 Trying が示すのは次ホップの状態であり、着信ユーザの状態ではない。送るのはプロキシ、PBX、SBC のこともあれば、着信者の UA そのもののこともある。後述の INVITE サーバトランザクションの規則は、プロキシだけでなく UAS にも適用されるからである（RFC 3261 §17.2.1）。RFC 3261 §21.1.1 では、次ホップがリクエストを受け取り、データベースの照会など何らかの処理を進めていることを示す応答と定義されている。他の暫定応答と同じく、発信者側の INVITE クライアントトランザクションを Proceeding 状態に移す。この状態のクライアントトランザクションは、UDP でのタイマ A による再送を含め、リクエストをそれ以上再送すべきではない（RFC 3261 §17.1.1.2）。一方、ステートフルプロキシは 100 を中継してはならない（RFC 3261 §16.7）。そのためステートフルプロキシを経由する経路では、トレース上の 100 はそれぞれ 1 ホップ分の事実しか表さない。ステートレスプロキシは自ら 100 を生成してはならないが、自分を経由して戻ってくる応答は 100 も含めて中継する（RFC 3261 §16.11）。',
          'INVITE に対しては、送信はほぼ義務である。INVITE サーバトランザクションは、TU（トランザクションユーザ）が 200 ms 以内に応答すると分かっている場合を除き、100 を生成しなければならない（RFC 3261 §17.2.1）。他のメソッドでは逆の扱いになる。UAS は非 INVITE リクエストに暫定応答を返すべきではなく、ステートフルプロキシもそれらに 100 を生成すべきではない（RFC 3261 §8.2.6.1、§16.2）。その後 RFC 4320 §4.1 は非 INVITE リクエストの扱いを改めた。100 は、信頼性のあるトランスポートではいつ送ってもよいが、UDP ではクライアントのタイマ E が T2 まで伸びるまでの間は送ってはならず、その時間が過ぎても他の応答を返していなければ、トランスポートによらず送らなければならない。',
          '100 は着信者の状態について何も示さない。RFC 3261 のもとでは、100 はダイアログを生成しない。RFC 3261 §12.1 がダイアログを確立するとしているのは、INVITE に対する To タグ付きの 101〜199 と 2xx の応答だけだからである。To タグを付けてもよいが、トランザクション層が生成する場合、リクエストに To タグがなければ付けるべきではない（RFC 3261 §17.2.1）。信頼性のある応答として送ってよいのは 101〜199 だけであり、UAS は 100 を 100rel で信頼性のある応答として送ってはならない（RFC 3262 §3）。プロキシのタイマ C を再始動させるのも 101〜199 の応答だけである（RFC 3261 §16.7）。この点が、実際に呼を処理している UA からエンドツーエンドで届く [[180]] や [[183]] との違いである。',
        ],
        scenarios: [
          '卓上電話機が UDP で PBX や通信事業者の SBC に INVITE を送る。SBC は数ミリ秒で 100 Trying を返し、着信者にはまだ到達していないにもかかわらず、電話機は再送をやめる。',
          '発信者 → 発信側プロキシ → 着信側プロキシ → 着信者という経路で、両プロキシがステートフルであれば、各プロキシがそれぞれ INVITE に 100 を返し、着信者も 200 ms 以内に暫定応答か最終応答を返すと分かっている場合を除いて 100 を返す（RFC 3261 §17.2.1）。しかし発信者側のキャプチャに現れるのはファーストホップの 100 だけである。下流から届く 100 は各プロキシが吸収してしまう。',
          'クライアントライブラリが、プロキシから To タグ付き・Contact なしで届いた 100 Trying をもとにアーリーダイアログを作ろうとし、失敗する。誤っているのはライブラリの側である。RFC 3261 §12.1 によれば、ダイアログを確立するのは INVITE に対する To タグ付きの 101〜199 と 2xx の応答だけであり、RFC 3261 のもとでは 100 はダイアログを生成しない。',
        ],
        fixes: [
          '同じ INVITE が 0.5 秒、1 秒、2 秒…の間隔で繰り返し送られ、100 が返ってこない場合は、リクエストか応答が失われている。応答が先頭 Via のアドレス（received、rport パラメータ）へ送られているかを確認し、応答を落としているファイアウォールや NAT バインディングを探す。',
          '100 Trying の後で呼が止まり、[[408]] や CANCEL で終わる場合、100 が示すのはファーストホップが INVITE を受け取ったことだけであり（RFC 3261 §21.1.1）、INVITE がその先へ進んだことは示さない。ファーストホップが INVITE を転送したかを確かめ、次のプロキシや着信者まで追って、180 や 183 を一度も返していない装置を特定する。100 だけではプロキシのタイマ C（3 分超）の満了は防げない。',
          '相手が鳴る前に発信を取り消せない端末については、CANCEL は何らかの暫定応答を受信した後でなければ送ってはならない（RFC 3261 §9.1）ことに注意する。ファーストホップから 100 が届けば CANCEL を送れる。',
          'SIP スタックを実装する場合、応答に 200 ms を超える時間がかかりうるときはサーバトランザクションから INVITE に 100 を送り、Timestamp ヘッダをそのまま返す。100 を信頼性のある応答として送らず、受信した 100 からダイアログ状態を作らない。UDP で届いた非 INVITE リクエストには、RFC 4320 §4.1 のタイマ E の間隔が過ぎるまで 100 を返さず、その時点で最終応答を返していなければ 100 を返す。',
        ],
      },
    },
  },
  {
    code: 180,
    phrase: 'Ringing',
    status: 'active',
    refs: ['RFC3261 §21.1.2'],
    seeAlso: ['RFC3261 §12.1', 'RFC3261 §13.2.2.1', 'RFC3261 §13.3.1.1', 'RFC3261 §14.2', 'RFC3261 §16.7', 'RFC3261 §20.4', 'RFC3960 §3.2'],
    facts: {
      scope: { value: 'provisional', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'gateway'],
        refs: ['RFC3261 §21.1.2', 'RFC3398 §7.2.6'],
        byRole: {
          uas: ['RFC3261 §21.1.2'],
          gateway: ['RFC3398 §7.2.6'],
        },
      },
      methods: { value: ['INVITE'], refs: ['RFC3261 §21.1.2', 'RFC4320 §4.1'], othersForbidden: true },
      retry: { value: 'none', refs: ['RFC3261 §21.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Alert-Info',
        in: 'response',
        strength: 'MAY',
        // The level is Table 2 of §20 ("o" for Alert-Info in a 180 to INVITE, "ar" for a proxy); §20.4 gives the meaning only.
        ref: 'RFC3261 §20',
        note: {
          en: 'As RFC 3261 §20.4 defines it, in a 180 it names an alternative ringback tone for the caller\'s UA to play instead of the default one. The header table marks it optional there: the UAS or a proxy MAY add it, and the caller\'s UA MAY ignore it.',
          ja: 'RFC 3261 §20.4 の定義では、180 に付いた場合、発信者の UA が標準の音の代わりに鳴らす呼出音を指定する。ヘッダの一覧表はこの場合を任意としており、UAS やプロキシは付けてよく（MAY）、発信者の UA は無視してよい（MAY）。',
        },
      },
      earlyDialogContact(180),
    ],
    related: [183, 100, 181, 182, 487, 480],
    keywords: {
      en: ['ringing', 'ringback', 'ring back tone', 'alerting', 'no ringback', 'early dialog', 'distinctive ring'],
      ja: ['呼出音', 'リングバックトーン', '鳴動', '呼出中', 'RBT', 'アーリーダイアログ'],
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
        { from: 'b', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'The callee\'s 180 Ringing passes through the record-routing proxy to the caller, who may play local ringback (RFC 3261 §21.1.2) until the 200 OK arrives and is acknowledged.',
        ja: '着信者の 180 Ringing は Record-Route を付けたプロキシを経由して発信者に届き、発信者はそれを契機に、200 OK が届いて ACK を返すまでローカルで呼出音を鳴らしてよい（RFC 3261 §21.1.2）。',
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
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 180 Ringing',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9',
        'Record-Route: <sip:p1.example.com;lr>',
        'From: Alice <sip:alice@example.com>;tag=9fxced76sl',
        'To: Bob <sip:bob@example.com>;tag=8321234356',
        'Call-ID: 3848276298220188511@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:bob@192.0.2.20>',
        'Alert-Info: <http://www.example.com/sounds/moo.wav>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['To', 'Contact', 'Alert-Info'],
    },
    text: {
      en: {
        title: 'Ringing',
        summary:
          'The user agent that received the INVITE is alerting its user, and the caller may now start ringback locally.',
        description: [
          '180 is the end-to-end sign that a device is really ringing. RFC 3261 §21.1.2 gives it just two meanings: the UA that received the INVITE is trying to alert its user, and the caller MAY use it to start ringback locally. A stateful proxy that has not yet sent a final response MUST forward it upstream immediately, whereas it MUST NOT forward a [[100]] (RFC 3261 §16.7). When it carries a To tag it opens an early dialog with the ringing device (RFC 3261 §12.1, §13.3.1.1), so it must include a Contact and the Record-Route values of the INVITE.',
          'With forking, several devices can ring at once. Each sends its own 180 with a different To tag and the caller holds one early dialog per device (RFC 3261 §13.2.2.1). Each stateful proxy on the path MUST also reset its Timer C for that branch whenever a 180 arrives (RFC 3261 §16.7); a callee that lets a call ring for a long time has to repeat a provisional response other than 100 at least once a minute, so that no proxy cancels the transaction after its three-minute limit (RFC 3261 §13.3.1.1).',
          'Whether the caller hears a locally generated ring or audio from the far end is a matter of each UA\'s local policy (RFC 3960 §3.2). As an example for a UA that imitates a telephone, §3.2 gives this one: unless a 180 has been received, never generate local ringing; after a 180 with no incoming media, play local ringback; after a 180 with media arriving, play the media. Under that policy the 180 decides whether local ringback can start at all, and arriving media decides what plays after it. One cause of silence after a 180 is a UA that decides on the presence of SDP instead of on arriving RTP, which §3.2 warns against: from the signalling alone a UAC cannot be sure early media will come, and it has to check whether media packets are arriving. Progress that is not alerting and that no other code describes, such as an announcement played as early media, belongs in [[183]], which RFC 3261 §21.1.5 defines for progress not otherwise classified; a 180 should be sent whenever the user is really being alerted.',
        ],
        scenarios: [
          'A PBX forks an incoming call to a desk phone and a softphone. Both answer the INVITE with 180 Ringing under different To tags, and the caller\'s capture shows two early dialogs until one device sends [[200]].',
          'A softphone stays silent while the far phone rings: the carrier\'s 180 carried SDP, so the softphone waited for early media instead of generating local ringback, and a NAT or SBC then blocked that media.',
          'A hunt group or a PSTN gateway waiting for an answer keeps a call ringing for minutes. A proxy on the path MUST reset its Timer C on every new 180 (RFC 3261 §16.7); when the caller gives up and sends CANCEL, the UAS SHOULD end the INVITE with [[487]] (RFC 3261 §9.2), or the network closes the attempt with [[480]] or [[408]].',
        ],
        fixes: [
          'No ringback at the caller: check whether the 180 (or a 183 before it) carried SDP. If so, verify that RTP from the far end actually reaches the caller; if early media cannot be provided, have the SBC or gateway send 180 without SDP, or set the phone to play local ringback when no media arrives.',
          'Calls cancelled after about three minutes of ringing: make the ringing side repeat 180 at least once a minute (RFC 3261 §13.3.1.1) and check the Timer C values of the proxies in between.',
          'A caller\'s UA confused by forking: keep one early dialog per To tag. A [[199]] ends only the early dialog it belongs to, and the other devices can keep ringing (RFC 6228 §4); a non-2xx final response ends all of them at once (RFC 3261 §13.2.2.3).',
          'No 180 for a re-INVITE is normal: a UAS MAY skip it there because UACs do not typically show it to the user (RFC 3261 §14.2). Do not treat its absence as an error.',
        ],
      },
      ja: {
        title: '呼び出し中',
        summary:
          'INVITE を受け取った UA がユーザを呼び出しており、発信者はローカルで呼出音を鳴らし始めてよい。',
        description: [
          '180 は、端末が実際に鳴っていることをエンドツーエンドで伝える応答である。RFC 3261 §21.1.2 が与える意味は二つだけで、INVITE を受け取った UA がユーザを呼び出そうとしていること、そして発信者がこれを契機にローカルで呼出音を鳴らし始めてよいことである。まだ最終応答を送っていないステートフルプロキシは 180 を直ちに上流へ中継しなければならず（MUST）、[[100]] は中継してはならない（MUST NOT、RFC 3261 §16.7）。To タグ付きの 180 は鳴っている端末とのアーリーダイアログを開く（RFC 3261 §12.1、§13.3.1.1）ため、Contact と INVITE の Record-Route の値を含めなければならない。',
          'フォーキングでは複数の端末が同時に鳴ることがある。各端末が異なる To タグの 180 を返し、発信者は端末ごとに一つずつアーリーダイアログを持つ（RFC 3261 §13.2.2.1）。経路上の各ステートフルプロキシは、180 を受けるたびに、そのブランチのタイマ C もリセットしなければならない（MUST、RFC 3261 §16.7）。長時間鳴らし続ける着信者側は、プロキシが 3 分の上限でトランザクションをキャンセルしないよう、100 以外の暫定応答を少なくとも 1 分ごとに送り直さなければならない（RFC 3261 §13.3.1.1）。',
          '発信者に聞こえるのがローカル生成の呼出音か相手側の音声かは、各 UA のローカルポリシーで決まる（RFC 3960 §3.2）。§3.2 は電話機を模した UA の例として、180 を受けるまではローカルの呼出音を鳴らさず、180 を受けてメディアが届かなければローカルの呼出音を鳴らし、メディアが届いていればそれを再生する、というポリシーを挙げている。このポリシーでは、ローカルの呼出音を鳴らし始められるかどうかは 180 で決まり、その後に何を再生するかは届くメディアで決まる。180 の後に無音になる原因の一つは、届く RTP ではなく SDP の有無で判断する UA である。§3.2 はこれを戒めており、シグナリングだけではアーリーメディアが来るかどうか確実には分からないので、UAC はメディアパケットが届いているかを確かめる必要があるとしている。呼出しでも他のコードが表す進捗でもないもの、たとえばアーリーメディアとして流すアナウンスを伝えるのは [[183]] の役割である。RFC 3261 §21.1.5 は 183 を、他に分類されない進捗を伝える応答と定めている。180 はユーザを実際に呼び出しているときに送るべきものである。',
        ],
        scenarios: [
          'PBX が着信を卓上電話機とソフトフォンにフォーキングする。両方が異なる To タグの 180 Ringing を返し、どちらかが [[200]] を送るまで、発信者側のキャプチャには二つのアーリーダイアログが並ぶ。',
          '相手の電話は鳴っているのに、ソフトフォンが無音のままになる。通信事業者の 180 に SDP が付いていたため、ソフトフォンはローカルの呼出音を生成せずにアーリーメディアを待ち、そのメディアを NAT や SBC が遮断していた。',
          'ハントグループや、応答を待つ PSTN ゲートウェイでは、呼が何分も鳴り続ける。経路上のプロキシは、180 が届くたびにタイマ C をリセットしなければならない（RFC 3261 §16.7）。発信者が発信を断念して CANCEL を送れば、UAS は INVITE を [[487]] で終えるべきであり（SHOULD、RFC 3261 §9.2）、網側が [[480]] や [[408]] で打ち切ることもある。',
        ],
        fixes: [
          '発信者側で呼出音が聞こえない場合は、180（またはその前の 183）に SDP が付いていたかを確認する。付いていれば、相手側からの RTP が実際に発信者まで届いているかを調べる。アーリーメディアを提供できないなら、SBC やゲートウェイから SDP なしの 180 を送らせるか、メディアが届かないときはローカルの呼出音を鳴らすよう電話機を設定する。',
          '3 分ほど鳴らしたところで呼が取り消される場合は、鳴動している側に 180 を少なくとも 1 分ごとに送り直させ（RFC 3261 §13.3.1.1）、途中のプロキシのタイマ C の値も確認する。',
          'フォーキングで発信者側の UA が混乱する場合は、To タグごとにアーリーダイアログを保持する。[[199]] が終わらせるのはそれが属するアーリーダイアログだけで、他の端末は鳴り続けうる（RFC 6228 §4）。2xx 以外の最終応答は、すべてのアーリーダイアログを一度に終わらせる（RFC 3261 §13.2.2.3）。',
          're-INVITE に 180 が返らないのは正常である。UAC は通常それをユーザに示さないため、UAS はそこで 180 を省略してよい（RFC 3261 §14.2）。180 がないことを異常と判断しない。',
        ],
      },
    },
  },
  {
    code: 181,
    phrase: 'Call Is Being Forwarded',
    status: 'active',
    refs: ['RFC3261 §21.1.3'],
    seeAlso: ['RFC3261 §8.1.3.2', 'RFC3261 §13.3.1.1', 'RFC3261 §16.7', 'RFC3960 §3.2'],
    facts: {
      scope: { value: 'provisional', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        // §21.1.3 says "a server"/"the server", which RFC 3261 §6 extends to proxies; §16.7 says that a non-100
        // provisional response comes from a UAS, possibly sharing the element with a proxy, not from the proxy on its own.
        refs: ['RFC3261 §21.1.3', 'RFC3261 §16.7'],
        byRole: {
          uas: ['RFC3261 §21.1.3', 'RFC3261 §16.7'],
        },
      },
      methods: { value: ['INVITE'], refs: ['RFC3261 §21.1.3', 'RFC4320 §4.1'], othersForbidden: true },
      retry: { value: 'none', refs: ['RFC3261 §21.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      earlyDialogContact(181),
    ],
    related: [180, 302, 183, 182],
    keywords: {
      en: ['call forwarding', 'call diversion', 'forwarded call', 'forward on no answer', 'voicemail', 'History-Info', 'Diversion'],
      ja: ['着信転送', '転送', '不在転送', '無応答転送', '話中転送', 'ボイスメール', 'History-Info', 'Diversion'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'x', role: 'b2bua' },
        { id: 'b', role: 'uas', tag: '1' },
        { id: 'c', role: 'uas', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'x', label: 'INVITE' },
        { from: 'x', to: 'b', label: 'INVITE' },
        { from: 'b', to: 'x', label: '180 Ringing' },
        { from: 'x', to: 'a', label: '180 Ringing' },
        { from: 'x', to: 'b', label: 'CANCEL' },
        { from: 'x', to: 'a', label: '181 Call Is Being Forwarded' },
        { from: 'b', to: 'x', label: '200 OK (CANCEL)' },
        { from: 'b', to: 'x', label: '487 Request Terminated' },
        { from: 'x', to: 'b', label: 'ACK' },
        { from: 'x', to: 'c', label: 'INVITE' },
        { from: 'c', to: 'x', label: '200 OK' },
        { from: 'x', to: 'a', label: '200 OK' },
        { from: 'a', to: 'x', label: 'ACK' },
        { from: 'x', to: 'c', label: 'ACK' },
      ],
      caption: {
        en: 'Forwarding on no answer: the PBX cancels the ringing desk phone, tells the caller with 181 and sends the call on to voicemail, which answers.',
        ja: '無応答転送では、PBX が鳴動中の卓上電話機への INVITE を CANCEL で取り消し、181 で発信者に知らせたうえで呼をボイスメールへ送り、ボイスメールが応答する。',
      },
    },
    example: {
      request: [
        'INVITE sip:1001@pbx.example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8a7f3e',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=5fxced92',
        'To: <sip:1001@pbx.example.com>',
        'Call-ID: 62f1a8c3b9@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 181 Call Is Being Forwarded',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK8a7f3e',
        'From: Alice <sip:alice@example.com>;tag=5fxced92',
        'To: <sip:1001@pbx.example.com>;tag=c7d2e91',
        'Call-ID: 62f1a8c3b9@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:pbx.example.com>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['To'],
    },
    text: {
      en: {
        title: 'Call Is Being Forwarded',
        summary:
          'A server on the path is sending the call on to other destinations, such as a forwarding number or voicemail, and lets the caller know while it does so.',
        description: [
          'RFC 3261 §21.1.3 says only that a server MAY send 181 to show that the call is being forwarded to a different set of destinations. The code is purely informative: the INVITE transaction stays open, nothing is asked of the caller, and a final response, when one comes, may be that of the new destination. A phone may display that the call was forwarded, but the call attempt goes on until a final response arrives. A UA that does not recognise 181 still handles it safely, since RFC 3261 §8.1.3.2 makes any unknown provisional code other than 100 behave like [[183]].',
          'The sender is the element that applies the forwarding rule, such as a PBX or feature server doing call forwarding on no answer or on busy. It answers as a user agent: a proxy must not add a To tag to a 1xx response when the request had none, so it cannot issue a non-100 provisional response like 181 on its own; such a response comes from a UAS role, possibly one living in the same box as the proxy (RFC 3261 §16.7). If the forwarding server then proxies the INVITE toward the new destination, the 180 or 200 that follows carries the new target\'s own To tag, so a caller can hold two early dialogs for one call.',
          '181 is not a redirection. With [[302]] the server hands a new address back, and the requesting client SHOULD retry the request there with a new INVITE (RFC 3261 §21.3.3); with 181 the server keeps the call, retargets it itself, and the caller merely learns that it happened. Nor is it an alerting signal. RFC 3960 §3.2 leaves ringback to each UA\'s local policy, and in the example policy it gives for a UA that imitates a telephone, only a [[180]] starts local ringback. Under that policy a 181 that arrives before any 180 starts no local ringback, though the caller may still hear ringback or an announcement sent as early media; one that follows a 180 changes nothing, and local ringback goes on as long as no media arrives.',
        ],
        scenarios: [
          'A PBX user has forwarding on no answer to a mobile number. After the desk phone has rung for 20 seconds, the PBX cancels that leg, sends 181 Call Is Being Forwarded to the caller and places a new INVITE toward the mobile over its SIP trunk.',
          'A hosted voice platform sends unanswered calls to voicemail. The caller\'s capture shows 180, then 181, then a 200 OK from the voicemail server under a different To tag.',
          'A network application server applying call diversion for the called user sends 181, so that the calling handset can show that the call was diverted before the new destination starts ringing.',
        ],
        fixes: [
          'Nothing is wrong when you receive 181: keep the INVITE transaction and its early dialogs alive and wait for further provisional or final responses. Do not start a new call or treat 181 as a failure.',
          'If the display or the call records show the wrong party after forwarding, look at the headers in which the forwarding server records the diversion (History-Info or Diversion) rather than at the 181 itself; RFC 3261 requires no header in a 181 that names the new target.',
          'If you run the forwarding server: send 181 only when you actually retarget the call, and during long forwarding chains keep sending a non-100 provisional response at least once a minute so that proxies do not cancel the INVITE (RFC 3261 §13.3.1.1).',
        ],
      },
      ja: {
        title: '着信転送中',
        summary:
          '経路上のサーバが、転送先番号やボイスメールなど別の宛先へ呼を回しており、その最中であることを発信者に知らせる。',
        description: [
          'RFC 3261 §21.1.3 の規定は、呼が別の宛先群へ転送されていることを示すためにサーバが 181 を送ってもよい、というだけである。情報提供のみを目的とする応答であり、INVITE トランザクションは継続し、発信者に何かを求めることもない。後に最終応答が届く場合、それは新しい宛先からの応答であることもある。端末は転送されたことを表示してもよいが、発信の試みは最終応答が届くまで続く。181 を知らない UA でも安全に扱える。RFC 3261 §8.1.3.2 により、認識できない 100 以外の暫定応答は [[183]] として処理されるからである。',
          '181 を送るのは、転送ルールを適用する装置、たとえば無応答転送や話中転送を行う PBX やフィーチャーサーバである。このとき装置は UA として応答する。プロキシは、To タグのないリクエストへの 1xx 応答に To タグを付けてはならないため、181 のような 100 以外の暫定応答を自ら送ることはできない。そうした応答は UAS として動作する機能が送り、その UAS はプロキシと同じ装置内にあってもよい（RFC 3261 §16.7）。転送サーバが続けて新しい宛先へ INVITE をプロキシする場合、その後の 180 や 200 には転送先自身の To タグが付くため、一つの呼で発信者側に二つのアーリーダイアログができることがある。',
          '181 はリダイレクトではない。[[302]] ではサーバが新しいアドレスを返し、リクエストを送ったクライアントは、新しい INVITE でそのアドレスへリクエストを再試行すべきである（SHOULD、RFC 3261 §21.3.3）。181 ではサーバが呼を手放さずに自ら宛先を変え、発信者はその事実を知らされるだけである。また呼出しの通知でもない。RFC 3960 §3.2 は呼出音の扱いを各 UA のローカルポリシーに委ねており、電話機を模した UA の例として挙げるポリシーでは、発信側端末が自ら呼出音を鳴らすのは [[180]] を受けたときだけである。このポリシーでは、180 より前に届いた 181 で発信側端末が自ら呼出音を鳴らすことはないが、アーリーメディアとして送られる呼出音やアナウンスは聞こえうる。180 の後に届いた 181 は何も変えず、メディアが届かない限り発信側端末は呼出音を鳴らし続ける。',
        ],
        scenarios: [
          'PBX のユーザが携帯番号への無応答転送を設定している。卓上電話機が 20 秒鳴っても応答がないため、PBX はその電話機への INVITE を CANCEL で取り消し、発信者に 181 Call Is Being Forwarded を返したうえで、SIP トランク経由で携帯番号へ新たな INVITE を送る。',
          'クラウド型の音声サービスが、応答のない呼をボイスメールへ回す。発信者側のキャプチャには 180、181 の順に応答が現れ、続いてボイスメールサーバから別の To タグの 200 OK が届く。',
          '着信ユーザのために着信転送を行う網のアプリケーションサーバが 181 を送り、新しい宛先が鳴り始める前に、発信側の端末に転送されたことを表示させる。',
        ],
        fixes: [
          '181 を受信しても異常ではない。INVITE トランザクションとアーリーダイアログを維持したまま、後続の暫定応答や最終応答を待つ。新たな発信を始めたり、181 を失敗として扱ったりしない。',
          '転送後に端末の表示や通話記録の相手が正しくない場合は、181 そのものではなく、転送サーバが転送の経緯を記録したヘッダ（History-Info や Diversion）を確認する。RFC 3261 は、181 に転送先を示すヘッダを求めていない。',
          '転送サーバを運用する側は、実際に宛先を変えたときだけ 181 を送る。転送が長く連なる場合は、プロキシに INVITE をキャンセルされないよう、100 以外の暫定応答を少なくとも 1 分ごとに送り続ける（RFC 3261 §13.3.1.1）。',
        ],
      },
    },
  },
  {
    code: 182,
    phrase: 'Queued',
    status: 'active',
    refs: ['RFC3261 §21.1.4'],
    seeAlso: ['RFC3261 §8.1.3.2', 'RFC3261 §13.3.1.1', 'RFC3261 §16.7'],
    facts: {
      scope: { value: 'provisional', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas'],
        // §21.1.4 says "a server"/"the server", which RFC 3261 §6 extends to proxies; §16.7 says that a non-100
        // provisional response comes from a UAS, possibly sharing the element with a proxy, not from the proxy on its own.
        refs: ['RFC3261 §21.1.4', 'RFC3261 §16.7'],
        byRole: {
          uas: ['RFC3261 §21.1.4', 'RFC3261 §16.7'],
        },
      },
      methods: { value: ['INVITE'], refs: ['RFC3261 §21.1.4', 'RFC4320 §4.1'], othersForbidden: true },
      retry: { value: 'none', refs: ['RFC3261 §21.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      earlyDialogContact(182),
    ],
    related: [180, 183, 181, 486, 480],
    keywords: {
      en: ['queue', 'call queue', 'call center', 'contact centre', 'ACD', 'camp-on', 'waiting time'],
      ja: ['キュー', '待ち呼', 'コールセンター', '順番待ち', 'キャンプオン', '待ち時間'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'q', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'q', label: 'INVITE' },
        { from: 'q', to: 'p', label: '182 Queued' },
        { from: 'p', to: 'a', label: '182 Queued' },
        { from: 'q', to: 'p', label: '182 Queued' },
        { from: 'p', to: 'a', label: '182 Queued' },
        { from: 'q', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'q', label: 'ACK' },
      ],
      caption: {
        en: 'A contact centre queues the call, repeats 182 Queued at least once a minute so that the proxy resets its Timer C before it fires, and sends 200 OK when an agent answers.',
        ja: 'コンタクトセンターは呼をキューに入れ、プロキシのタイマ C が満了しないよう 182 Queued を少なくとも 1 分ごとに送り直し、オペレータが応答した時点で 200 OK を送る。',
      },
    },
    example: {
      request: [
        'INVITE sip:support@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3c9d0a',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.org>;tag=7a2b91f0',
        'To: <sip:support@example.com>',
        'Call-ID: 4e8b1d77c2@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 182 Queued',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3c9d0a',
        'Record-Route: <sip:p1.example.com;lr>',
        'From: Alice <sip:alice@example.org>;tag=7a2b91f0',
        'To: <sip:support@example.com>;tag=q8812ab',
        'Call-ID: 4e8b1d77c2@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:queue@198.51.100.50>',
        'Content-Length: 0',
      ].join('\n'),
      highlight: [],
    },
    text: {
      en: {
        title: 'Queued',
        summary:
          'The callee cannot take the call right now, but instead of rejecting it the server has put it in a queue; when the callee becomes available, the server returns the appropriate final response.',
        description: [
          'RFC 3261 §21.1.4 presents 182 as the alternative to refusing a call to someone who is temporarily unavailable: the server holds the INVITE and, once the called party is free, returns whatever final status fits. The reason phrase may be rewritten to tell the caller where they stand, for example how many calls are ahead and how long the wait should be, and the server may send several 182 responses as the position changes.',
          'Queuing keeps the INVITE transaction open for a long time, which collides with proxy timers. A proxy may cancel a transaction after a three-minute gap between responses, so the queuing server must send a provisional response other than 100 at least every minute (RFC 3261 §13.3.1.1). Repeated 182s with an updated reason phrase do that job, because for an INVITE a proxy must reset its Timer C on every provisional response from 101 to 199 (RFC 3261 §16.7).',
          '182 is the opposite decision to [[486]] or [[480]]: the server could have refused, and chose to keep the caller waiting instead. It differs from [[180]] in that nobody is being alerted yet. A UA that does not know 182 treats it like [[183]] (RFC 3261 §8.1.3.2), and no client is required to display the reason phrase (RFC 3261 §7.2), so what the caller actually experiences depends on early media or on how the phone presents a 182.',
        ],
        scenarios: [
          'A customer dials a support line. The contact centre\'s SIP front end finds every agent occupied, answers 182 with a reason phrase such as "3 calls ahead of you", and sends 200 OK when an agent picks up.',
          'A queuing server sends a fresh 182 every 45 seconds so that the carrier\'s proxies, which may cancel the branch once their Timer C fires after three minutes or more without a provisional response other than 100, keep the call alive.',
          'A PBX camp-on feature holds a call to an extension that is on another call, signals 182 until the extension is free, and then lets it ring with [[180]].',
        ],
        fixes: [
          'When you receive 182, keep waiting for the final response. Show the reason phrase if the interface allows it, and do not apply a short no-answer timer meant for ringing calls.',
          'If queued calls drop after about three minutes, make the queuing server repeat 182 (or another non-100 provisional response) at least once a minute and check the Timer C values of the proxies on the path.',
          'If callers hear silence while queued: a 182 carries no audio by itself. Play the announcement or music as early media, with SDP in a provisional response, or answer the call and play the queue audio inside the established session.',
        ],
      },
      ja: {
        title: 'キュー待ち',
        summary:
          '着信者はすぐには応答できないが、サーバが呼を拒否せずに待ち行列に入れていることを示す。着信者が応答できるようになった時点で、サーバは適切な最終応答を返す。',
        description: [
          'RFC 3261 §21.1.4 は、一時的に応答できない相手への呼を拒否する代わりの手段として 182 を位置づけている。サーバは INVITE を保持し、着信者が空いた時点で状況に合った最終応答を返す。リーズンフレーズは発信者に状況を伝えるために書き換えてよく、前に待っている呼の数や予想待ち時間を入れることができる。順番が変わるたびに 182 を何度送ってもよい。',
          'キューイングは INVITE トランザクションを長時間開いたままにするため、プロキシのタイマと衝突する。プロキシは応答の間隔が 3 分空いたトランザクションをキャンセルすることができるので、キューイングするサーバは 100 以外の暫定応答を少なくとも 1 分ごとに送らなければならない（RFC 3261 §13.3.1.1）。INVITE については、プロキシは 101〜199 の暫定応答を受けるたびにタイマ C をリセットしなければならない（RFC 3261 §16.7）ため、リーズンフレーズを更新した 182 を繰り返し送ることがその役目を果たす。',
          '182 は [[486]] や [[480]] とは反対の判断である。サーバは拒否することもできたが、発信者を待たせることを選んだ。まだ誰も呼び出していない点で [[180]] とも異なる。182 を知らない UA はこれを [[183]] として扱い（RFC 3261 §8.1.3.2）、クライアントはリーズンフレーズを表示しなくてもよい（RFC 3261 §7.2）。発信者が実際にどう感じるかは、アーリーメディアの有無や端末による 182 の見せ方に左右される。',
        ],
        scenarios: [
          '顧客がサポート窓口に電話する。コンタクトセンターの SIP フロントエンドは全オペレータが対応中であることを確認し、`3 calls ahead of you`（順番待ち 3 件）のようなリーズンフレーズを付けた 182 を返し、オペレータが応答した時点で 200 OK を送る。',
          'キューイングサーバが 45 秒ごとに新しい 182 を送る。100 以外の暫定応答のないまま 3 分以上たってタイマ C が満了するとブランチをキャンセルすることがある通信事業者のプロキシに、呼を維持させるためである。',
          'PBX のキャンプオン機能が、通話中の内線への呼を保持し、内線が空くまで 182 を返し続け、空いたところで [[180]] により呼び出す。',
        ],
        fixes: [
          '182 を受信したら、最終応答を待ち続ける。画面が対応していればリーズンフレーズを表示し、呼出中の呼を想定した短い無応答タイマを適用しない。',
          'キュー待ちの呼が 3 分ほどで切れる場合は、キューイングサーバに 182（または 100 以外の暫定応答）を少なくとも 1 分ごとに送り直させ、経路上のプロキシのタイマ C の値も確認する。',
          'キュー待ちの間に発信者が無音になる場合、182 自体は音声を運ばない。暫定応答に SDP を付けてアーリーメディアでアナウンスや保留音を流すか、呼に応答して確立したセッションの中でキューの音声を流す。',
        ],
      },
    },
  },
  {
    code: 183,
    phrase: 'Session Progress',
    status: 'active',
    refs: ['RFC3261 §21.1.5'],
    seeAlso: ['RFC3261 §8.1.3.2', 'RFC3261 §13.2.1', 'RFC3261 §13.3.1.1', 'RFC3262 §3', 'RFC3960 §1', 'RFC3960 §3.2'],
    // drachtio-server src/controller.cpp line 197 (commit 9c2dd4cb): {183, "Session in Progress"}; doubango
    // tinySIP/src/dialogs/tsip_dialog_invite.server.c line 439 (commit 7604ae67) and sipML5
    // src/tinySIP/src/dialogs/tsip_dialog_invite__server.js line 208 (commit 66811b16) send 183 "Session in Progress".
    alsoSeen: [
      {
        phrase: 'Session in Progress',
        source: {
          en: 'drachtio-server\'s reason-phrase table and the doubango (sipML5) IMS stack',
          ja: 'drachtio-server のリーズンフレーズ表、doubango（sipML5）の IMS スタック',
        },
      },
    ],
    facts: {
      scope: { value: 'provisional', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['uas', 'gateway'],
        // §21.1.5 names no sender; §16.7 says that a non-100 provisional response comes from a UAS, not from a proxy on its own.
        refs: ['RFC3261 §21.1.5', 'RFC3261 §16.7', 'RFC3398 §7.2.6'],
        byRole: {
          uas: ['RFC3261 §21.1.5', 'RFC3261 §16.7'],
          gateway: ['RFC3398 §7.2.6'],
        },
      },
      methods: { value: ['INVITE'], refs: ['RFC3261 §21.1.5', 'RFC4320 §4.1'], othersForbidden: true },
      retry: { value: 'none', refs: ['RFC3261 §21.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'RSeq',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3262 §3',
        note: {
          en: 'Required when the 183 is sent reliably, which the UAS MAY do when the INVITE listed 100rel in Supported and MUST do when it listed it in Require (RFC 3262 §3); the 183 then also carries Require: 100rel, and the caller confirms it with a PRACK whose RAck quotes this number.',
          ja: '183 を信頼性のある応答として送る場合に必須。UAS は、INVITE の Supported に 100rel があればそう送ってよく（MAY）、Require に 100rel があればそう送らなければならない（MUST、RFC 3262 §3）。このとき 183 は Require: 100rel も持ち、発信者はこの番号を RAck に入れた PRACK で受信を確認する。',
        },
        when: { responseHas: { name: 'Require', value: '100rel' } },
      },
      {
        name: 'Contact',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §13.3.1.1',
        note: {
          en: 'A 183 with a To tag opens an early dialog, so it follows the dialog-creating rules of RFC 3261 §12.1.1: Contact present, Record-Route copied from the INVITE. The caller takes that Contact as the remote target of the early dialog (RFC 3261 §12.1.2) and sends its requests there, PRACK for instance.',
          ja: 'To タグ付きの 183 はアーリーダイアログを開くため、RFC 3261 §12.1.1 のダイアログ生成規則に従う。Contact を付け、INVITE の Record-Route をコピーする。発信者はその Contact をアーリーダイアログのリモートターゲットとし（RFC 3261 §12.1.2）、PRACK などのリクエストをそこへ送る。',
        },
        when: { toTag: true },
      },
    ],
    related: [180, 199, 181, 182, 404, 480],
    keywords: {
      en: ['early media', 'ringback', 'announcement', 'SDP in 183', 'PRACK', '100rel', 'P-Early-Media', 'no audio before answer'],
      ja: ['アーリーメディア', 'トーキー', 'ガイダンス', 'リングバックトーン', 'PRACK', '100rel', '応答前の音声'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'g', role: 'gateway' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE + SDP offer' },
        { from: 'p', to: 'a', label: '100 Trying' },
        { from: 'p', to: 'g', label: 'INVITE + SDP offer' },
        { from: 'g', to: 'p', label: '183 Session Progress + SDP' },
        { from: 'p', to: 'a', label: '183 Session Progress + SDP' },
        { from: 'a', to: 'p', label: 'PRACK (RAck: 988789 314159 INVITE)' },
        { from: 'p', to: 'g', label: 'PRACK (RAck: 988789 314159 INVITE)' },
        { from: 'g', to: 'p', label: '200 OK (PRACK)' },
        { from: 'p', to: 'a', label: '200 OK (PRACK)' },
        { from: 'g', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'g', label: 'ACK' },
      ],
      caption: {
        en: 'A call through a PSTN gateway: a reliable 183 carries the SDP answer so that network ringback plays as early media, and the caller confirms it with PRACK before the 200 OK.',
        ja: 'PSTN ゲートウェイ経由の発信で、信頼性のある 183 が SDP アンサーを運んで網の呼出音をアーリーメディアとして流し、発信者は 200 OK の前に PRACK でその受信を確認する。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12125550123@gw.example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds8',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:+12125550123@gw.example.net;user=phone>',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Supported: 100rel',
        'Content-Type: application/sdp',
        'Content-Length: 214',
        '',
        'v=0',
        'o=alice 2890844526 2890844526 IN IP4 192.0.2.10',
        's=-',
        'c=IN IP4 192.0.2.10',
        't=0 0',
        'm=audio 49170 RTP/AVP 0 8 101',
        'a=rtpmap:0 PCMU/8000',
        'a=rtpmap:8 PCMA/8000',
        'a=rtpmap:101 telephone-event/8000',
        'a=fmtp:101 0-15',
      ].join('\n'),
      response: [
        'SIP/2.0 183 Session Progress',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKnashds8',
        'Record-Route: <sip:p1.example.com;lr>',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: <sip:+12125550123@gw.example.net;user=phone>;tag=a6c85cf',
        'Call-ID: a84b4c76e66710@192.0.2.10',
        'CSeq: 314159 INVITE',
        'Contact: <sip:gw1@203.0.113.5>',
        'Require: 100rel',
        'RSeq: 988789',
        'Content-Type: application/sdp',
        'Content-Length: 183',
        '',
        'v=0',
        'o=gw 1827364 1827364 IN IP4 203.0.113.5',
        's=-',
        'c=IN IP4 203.0.113.5',
        't=0 0',
        'm=audio 20000 RTP/AVP 0 101',
        'a=rtpmap:0 PCMU/8000',
        'a=rtpmap:101 telephone-event/8000',
        'a=fmtp:101 0-15',
      ].join('\n'),
      highlight: ['Supported', 'Require', 'RSeq', 'Content-Type'],
    },
    text: {
      en: {
        title: 'Session Progress',
        summary:
          'A catch-all progress report from the far end; it can carry SDP so that the caller hears early media such as ringback or an announcement before the call is answered.',
        description: [
          'RFC 3261 §21.1.5 defines 183 loosely: it reports progress that fits no other class, and the reason phrase, header fields or body may give the details. The detail can be an SDP body: the offer/answer rules allow the answer to an INVITE\'s offer to appear in provisional responses sent before the 2xx (RFC 3261 §13.2.1), so a 183 with SDP can give the caller the answer while the call is still unanswered, and the callee\'s side can then send early media; RFC 3960 §1 gives ringing tones and announcements (of queuing status, for example) as typical examples of early media generated by the callee. The SDP alone does not mean that media will flow (RFC 3960 §3.2). Every UAC must be able to process a 183, and an unknown provisional code is handled as a 183 (RFC 3261 §8.1.3.2).',
          'Plain provisional responses are not delivered reliably, so a network that depends on that SDP can send the 183 reliably with RFC 3262: the INVITE offers or requires 100rel, the 183 carries Require: 100rel and an RSeq number, and the caller acknowledges it with PRACK (RFC 3262 §3, §4). A 183 with a To tag opens an early dialog like any 101–199 response, and with forking each branch can send its own 183 with its own media.',
          'The difference from [[180]] can decide what the caller hears. Under the example ringback policy that RFC 3960 §3.2 gives for a UA that imitates a telephone, local ringing starts only after a 180, so a 183 without any incoming media leaves the caller in silence until a 180 arrives; after a 180 the 183 changes nothing, and local ringing goes on as long as no media arrives. A 183 also promises nothing about the outcome: a network can play an announcement as early media after a 183 and then end the call with a failure such as [[404]] or [[480]], so a 183 followed by a 4xx is not a protocol error.',
        ],
        scenarios: [
          'A call to a mobile number leaves through a carrier trunk. The carrier returns 183 Session Progress with SDP and its network ringback flows as early media, followed later by 180 or directly by 200 OK.',
          'A call to a disconnected number: the carrier sends 183 with SDP, plays an announcement that the number is not in service, then sends [[404]] or another failure. The capture shows a failed call, yet the user heard a recorded message.',
          'A handset that uses QoS preconditions sends an INVITE with 100rel in Supported, as RFC 3312 §11 requires, and a precondition offer; the terminating side answers with a reliable 183 carrying SDP and RSeq, and the handset answers with PRACK while resources are being reserved.',
        ],
        fixes: [
          'Silence after 183: check that the 183 carries SDP and that RTP from the address in that SDP really reaches the caller (NAT, SBC media anchoring, firewall). If the far end sends 183 without SDP and never a 180, the phone may never start local ringback. Some SBCs can then play ringback themselves: the documentation of Oracle Communications Session Border Controller, for one, describes mapping such a 183 to a 180 with its header manipulation rules so that the 180 triggers the SBC\'s own local media playback.',
          'Reliable 183 that is never acknowledged: when it carries Require: 100rel, the caller has to send PRACK (RFC 3262 §4), with an RAck that quotes the RSeq of the 183 (RFC 3262 §7.2). Without it the far end keeps retransmitting the 183 and, after 64*T1, SHOULD reject the INVITE with a 5xx (RFC 3262 §3). Only list 100rel in Supported or Require if the UAC really implements PRACK.',
          'Announcement followed by a failure: read the final response, and any Reason header in it, for the real cause; the 183 only carried the audio. If your platform has to translate failure codes for routing or billing, do it on the final response, not on the 183.',
          'If you send 183 from a gateway or SBC: send 180 whenever the user is really being alerted, whatever the state of early media (RFC 3960 §3.2), so that phones relying on local ringback still play it. SDP in a 183 does not by itself promise media: with preconditions, for instance, the answer can come in a reliable provisional response, such as a 183, with no early media intended (RFC 3960 §3.2), and a caller whose UA waits for media because of that SDP hears silence.',
        ],
      },
      ja: {
        title: 'セッション進行中',
        summary:
          '相手側からの汎用的な進捗通知である。SDP を伴うことができ、応答前に呼出音やアナウンスなどのアーリーメディアを発信者に聞かせられる。',
        description: [
          'RFC 3261 §21.1.5 の 183 の定義は緩やかで、他のどの分類にも当てはまらない進捗を伝え、その詳細はリーズンフレーズ、ヘッダ、ボディで示してよい、というものである。その詳細が SDP ボディであることもある。オファー／アンサーの規則では、INVITE のオファーに対するアンサーを 2xx より前の暫定応答に入れてもよい（RFC 3261 §13.2.1）。そのため SDP 付きの 183 で、呼が未応答のうちにアンサーを発信者に届けることができ、着信者の側はアーリーメディアを送ることができる。RFC 3960 §1 は、着信者の側が生成するアーリーメディアの典型例として、呼出音とアナウンス（キューの状況など）を挙げている。ただし、SDP があるだけではメディアが流れるとは限らない（RFC 3960 §3.2）。すべての UAC は 183 を処理できなければならず、認識できない暫定応答も 183 として扱われる（RFC 3261 §8.1.3.2）。',
          '通常の暫定応答は確実に届く保証がないため、その SDP に依存する網は、RFC 3262 により 183 を信頼性のある応答として送ることができる。INVITE が 100rel を提示または要求し、183 は Require: 100rel と RSeq 番号を持ち、発信者は PRACK で受信を確認する（RFC 3262 §3、§4）。To タグ付きの 183 は他の 101〜199 の応答と同様にアーリーダイアログを開き、フォーキング時にはブランチごとに別々の 183 とメディアが届きうる。',
          '[[180]] との違いは、発信者に何が聞こえるかを左右することがある。RFC 3960 §3.2 が電話機を模した UA の例として挙げる呼出音のポリシーでは、ローカルで呼出音を鳴らすのは 180 を受けた後だけなので、メディアの届かない 183 では、180 が届くまで発信者は無音のまま待つことになる。180 の後に届いた 183 は何も変えず、メディアが届かない限りローカルの呼出音は鳴り続ける。また 183 は結果について何も約束しない。網は 183 の後にアーリーメディアでアナウンスを流し、[[404]] や [[480]] などの失敗応答で呼を終えることがあり、183 の後に 4xx が続いてもプロトコル違反ではない。',
        ],
        scenarios: [
          '携帯番号への発信が通信事業者のトランクを経由する。事業者は SDP 付きの 183 Session Progress を返し、網の呼出音がアーリーメディアとして流れ、その後 180 または直接 200 OK が届く。',
          '使われていない番号への発信では、事業者が SDP 付きの 183 を送って「この番号は現在使われていない」旨のアナウンスを流し、その後 [[404]] などの失敗応答を送る。キャプチャ上は失敗した呼だが、ユーザには録音メッセージが聞こえている。',
          'QoS プリコンディションを使う端末が、RFC 3312 §11 の定めどおり Supported に 100rel を入れ、プリコンディションを含むオファーで INVITE を送る。着信側は SDP と RSeq を含む信頼性のある 183 を返し、端末はリソース予約を進めながら PRACK で応える。',
        ],
        fixes: [
          '183 の後が無音の場合は、183 に SDP が付いているか、その SDP のアドレスからの RTP が実際に発信者まで届いているか（NAT、SBC のメディアアンカー、ファイアウォール）を確認する。相手が SDP なしの 183 だけを送り 180 を送らない場合、端末はローカルの呼出音を鳴らし始めないことがある。このとき SBC 自身が呼出音を流せる製品もある。たとえば Oracle Communications Session Border Controller の文書は、ヘッダ操作ルールでこのような 183 を 180 に変換し、その 180 をきっかけに SBC 自身のローカルメディア再生を始めさせる設定を説明している。',
          '信頼性のある 183 が確認されない場合、183 に Require: 100rel があれば、発信者は PRACK を送らなければならない（RFC 3262 §4）。PRACK の RAck には 183 の RSeq の値を入れる（RFC 3262 §7.2）。PRACK を送らなければ、相手は 183 を再送し続け、64*T1 を過ぎると INVITE を 5xx で拒否すべきである（SHOULD、RFC 3262 §3）。UAC が実際に PRACK を実装している場合に限り、Supported や Require に 100rel を入れる。',
          'アナウンスの後に失敗した場合は、最終応答とそこに含まれる Reason ヘッダから本当の原因を読む。183 は音声を運んだだけである。ルーティングや課金のために失敗コードを変換する必要があるなら、183 ではなく最終応答に対して行う。',
          'ゲートウェイや SBC から 183 を送る側は、ユーザを本当に呼び出しているときは、アーリーメディアの状態にかかわらず 180 を送る（RFC 3960 §3.2）。ローカルの呼出音に頼る端末でも呼出音が鳴るようにするためである。183 の SDP は、それだけではメディアが流れることを約束しない。たとえばプリコンディションを使う場合は、アーリーメディアを送るつもりがなくても、183 などの信頼性のある暫定応答でアンサーを返すことがある（RFC 3960 §3.2）。その SDP を見てメディアを待つ UA では、発信者は無音のまま待つことになる。',
        ],
      },
    },
  },
  {
    code: 199,
    phrase: 'Early Dialog Terminated',
    status: 'active',
    refs: ['RFC6228 §1'],
    seeAlso: ['RFC6228 §6', 'RFC3261 §8.1.3.2', 'RFC3261 §12.3', 'RFC3261 §16.7'],
    facts: {
      scope: { value: 'provisional', refs: ['RFC3261 §16.7'] },
      sentBy: {
        value: ['proxy', 'uas'],
        refs: ['RFC6228 §1'],
        byRole: {
          proxy: ['RFC6228 §1'],
          uas: ['RFC6228 §1'],
        },
      },
      methods: { value: ['INVITE'], refs: ['RFC6228 §1', 'RFC4320 §4.1'], othersForbidden: true },
      retry: { value: 'none', refs: ['RFC3261 §21.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Supported',
        in: 'request',
        ref: 'RFC6228 §6',
        note: {
          en: 'A caller willing to receive 199 MUST list the option tag 199 here (RFC 6228 §4); a forking proxy generates 199 only for callers that did.',
          ja: '199 を受け取る意思のある発信者は、INVITE のこのヘッダにオプションタグ 199 を入れなければならない（MUST、RFC 6228 §4）。フォーキングプロキシが 199 を生成するのは、これを示した発信者に対してだけである。',
        },
      },
      {
        name: 'Reason',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC6228 §6',
        note: {
          en: 'Names the SIP response code that ended the early dialog (Reason: SIP;cause=486): a forking proxy copies the code of the final response it received, a UAS gives its own reason (RFC 6228 §5).',
          ja: 'アーリーダイアログを終わらせた SIP の応答コードを示す（Reason: SIP;cause=486）。フォーキングプロキシは受け取った最終応答のコードを入れ、UAS は自らの理由を入れる（RFC 6228 §5）。',
        },
      },
    ],
    related: [487, 180, 183, 200],
    keywords: {
      en: ['forking', 'parallel forking', 'serial forking', 'early dialog', 'branch failed', 'option tag 199'],
      ja: ['フォーキング', 'アーリーダイアログ', '並列フォーキング', '分岐の失敗', 'オプションタグ 199'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas', tag: '1' },
        { id: 'c', role: 'uas', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE (Supported: 199)' },
        { from: 'p', to: 'b', label: 'INVITE' },
        { from: 'p', to: 'c', label: 'INVITE' },
        { from: 'b', to: 'p', label: '183 Session Progress + SDP' },
        { from: 'p', to: 'a', label: '183 Session Progress + SDP' },
        { from: 'b', to: 'p', label: '486 Busy Here' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'a', label: '199 Early Dialog Terminated' },
        { from: 'c', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
        { from: 'c', to: 'p', label: '200 OK' },
        { from: 'p', to: 'a', label: '200 OK' },
        { from: 'a', to: 'c', label: 'ACK' },
      ],
      caption: {
        en: 'A forked call: when the branch that sent early media rejects the INVITE, the proxy sends the caller a 199 with that branch\'s To tag, while the other branch goes on to answer.',
        ja: 'フォーキングされた呼で、アーリーメディアを送っていたブランチが INVITE を拒否すると、プロキシはそのブランチの To タグを付けた 199 を発信者に送り、もう一方のブランチはそのまま応答に至る。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@example.com SIP/2.0',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK5e1c9d',
        'Max-Forwards: 70',
        'From: Alice <sip:alice@example.com>;tag=a73kszlfl',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10>',
        'Supported: 199',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 199 Early Dialog Terminated',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK5e1c9d',
        'From: Alice <sip:alice@example.com>;tag=a73kszlfl',
        'To: Bob <sip:bob@example.com>;tag=b1x7fd',
        'Call-ID: 1j9FpLxk3uxtm8tn@192.0.2.10',
        'CSeq: 1 INVITE',
        'Reason: SIP;cause=486;text="Busy Here"',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Supported', 'To', 'Reason'],
    },
    text: {
      en: {
        title: 'Early Dialog Terminated',
        summary:
          'A forking proxy or a UAS reports that one early dialog of a still-pending INVITE has ended, before any final response reaches the caller.',
        description: [
          'Under RFC 3261 alone, an early dialog ends silently. When one branch of a forked INVITE fails, the proxy keeps that failure in its response context and goes on waiting for the other branches (RFC 3261 §16.7), so the caller is not told at that moment that the device behind that early dialog has gone. The caller and other upstream entities may keep the resources associated with that early dialog reserved until the proxy sends a final response, whether or not the branch was sending early media (RFC 6228 §1); a non-2xx final response then ends all early dialogs at once (RFC 3261 §12.3).',
          'RFC 6228 §1 introduces 199 to close that gap. When a forking proxy receives a non-2xx final response that ends an early dialog and does not intend to forward that response at once, it MUST send a 199 upstream for that early dialog, carrying the dialog\'s To tag and a Reason header with the response code that ended it (RFC 6228 §6). The caller has to ask for it: the proxy does so only if the INVITE listed the option tag 199 in its Supported header and did not require 100rel, only until it has sent a final response, and not for an early dialog for which it has already received and forwarded a 199 from downstream. A UAS can send 199 too, before its own non-2xx final response, but RFC 6228 §5 says that a UAS receiving an INVITE that lists 199 in Supported SHOULD NOT, and that when the INVITE does not list it, a 199 MUST NOT be sent on any of its early dialogs. The section names the cases where a UAS might: it is configured to because proxies on the path do not support 199, or its environment requires it; and a note adds that when the INVITE requires 100rel, so that proxies cannot generate 199, the UAS might choose to send one.',
          '199 is still a provisional response. The INVITE transaction goes on, other branches may yet ring or answer, and the final response has not come yet. That sets it apart from [[487]], the final response that closes the whole INVITE once it has been terminated, for example by a CANCEL. On receipt the caller may release what it kept for the terminated early dialog, but SHALL NOT when that early dialog carries several usages and it is unclear which one the 199 ends (RFC 6228 §4). Once it has accepted the 199 it MUST NOT send media on that early dialog, nor process received media it can associate with it (RFC 6228 §4), and it MUST NOT send further requests on it except to acknowledge reliable responses (RFC 6228 §7). A stack that predates RFC 6228 simply processes it as an unknown 1xx, which RFC 3261 §8.1.3.2 maps to [[183]].',
        ],
        scenarios: [
          'An operator\'s network forks an INVITE, whose Supported header lists 199, to a subscriber\'s handset and a fixed-line device. The handset sends 183 with early media and then rejects with [[486]]; the forking proxy, still waiting for the fixed device, sends 199 Early Dialog Terminated with the handset\'s To tag, and the calling phone stops playing that branch\'s media.',
          'A proxy doing serial forking (desk phone first, then mobile) gets a failure from the first target after that target had sent 180. Because the caller listed 199 in Supported and did not require 100rel, the proxy sends 199 for that early dialog and goes on to the next target.',
          'Wireshark\'s SIP statistics show a row for 199 labelled "Informational - Others" although no device on the network implements RFC 6228: Wireshark files any 1xx code missing from its table under 199 (and likewise under 299, 399 and so on for the other classes), so that row mixes real 199 responses with unlisted provisional codes.',
        ],
        fixes: [
          'When you receive 199, find the early dialog by its To tag, stop sending media on it and, if you can tell its incoming media apart, stop processing that media, playing it included (RFC 6228 §4), then keep waiting for the final response: the call attempt is not over. You may free what you reserved for that early dialog, unless it carries several usages and it is unclear which one the 199 ends: then RFC 6228 §4 says its resources SHALL NOT be released. The Reason header tells you which response ended that branch.',
          'If you never see 199 although branches fail, check that the caller\'s INVITE carries Supported: 199 and lists 100rel neither in Require nor in Proxy-Require (a proxy generates 199 only for a request that has not required reliable provisional responses in either header, and MUST NOT generate it for one whose Require lists 100rel, RFC 6228 §6), and that the forking proxy implements RFC 6228; otherwise early dialogs end silently as in plain RFC 3261. Expect no 199 either when the failed branch was the last one pending and the proxy tries no further target: the proxy then forwards a final response at once, which ends every early dialog, and RFC 6228 §6 asks for a 199 only when the proxy does not forward the final response immediately. Since a 199 can also be lost, RFC 6228 §3 requires the application to work acceptably without it.',
          'Do not mistake it for [[487]]: a 199 followed by a 200 OK from another branch is an ordinary forked call that was answered elsewhere.',
        ],
      },
      ja: {
        title: 'アーリーダイアログ終了',
        summary:
          'フォーキングプロキシまたは UAS が、まだ完了していない INVITE のアーリーダイアログの一つが終わったことを、最終応答より前に発信者へ知らせる。',
        description: [
          'RFC 3261 だけでは、アーリーダイアログは黙って終わる。フォーキングされた INVITE の一つのブランチが失敗しても、プロキシはその失敗応答を応答コンテキストに保持したまま他のブランチを待つ（RFC 3261 §16.7）。そのため、そのアーリーダイアログの先にいた端末が消えたことは、その時点では発信者に伝わらない。発信者をはじめとする上流の装置は、そのブランチがアーリーメディアを流していたかどうかにかかわらず、プロキシが最終応答を送るまで、そのアーリーダイアログに関わるリソースを確保し続けることがある（RFC 6228 §1）。2xx 以外の最終応答が届けば、それがすべてのアーリーダイアログを一度に終わらせる（RFC 3261 §12.3）。',
          'RFC 6228 §1 は、この隙間を埋めるために 199 を導入した。フォーキングプロキシは、アーリーダイアログを終わらせる 2xx 以外の最終応答を受け取り、それをすぐには上流へ中継しない場合、そのアーリーダイアログについて 199 を上流へ送らなければならない（MUST）。199 には、そのダイアログの To タグと、ダイアログを終わらせた応答コードを示す Reason ヘッダを入れる（RFC 6228 §6）。ただし発信者が求めていることが前提で、プロキシが 199 を送るのは、INVITE の Supported ヘッダにオプションタグ 199 があり、100rel を要求していない場合に限られる。また、最終応答を送った後は送らず、下流から受け取った 199 をすでに転送したアーリーダイアログについても生成しない。UAS も自らの 2xx 以外の最終応答の前に 199 を送ることができるが、RFC 6228 §5 は、Supported に 199 を含む INVITE を受けた UAS は送るべきではなく（SHOULD NOT）、INVITE が 199 を含まない場合は、その INVITE のどのアーリーダイアログでも 199 を送ってはならない（MUST NOT）としている。同節が UAS が送りうる場合として挙げるのは、経路上のプロキシが 199 に対応していないために送るよう設定されている場合と、送ることを定めた環境で使われる場合である。また注記は、INVITE が 100rel を要求していてプロキシが 199 を生成できないときは、UAS が 199 を送ることを選びうるとしている。',
          '199 はあくまで暫定応答である。INVITE トランザクションは続き、他のブランチはまだ鳴ることも応答することもあり、最終応答はまだ届いていない。この点で、CANCEL などで終了させられた INVITE 全体を閉じる最終応答 [[487]] とは異なる。199 を受けた発信者は、終了したアーリーダイアログのために確保していたものを解放してよい。ただし、そのアーリーダイアログに複数の用途があり、199 がどれを終わらせるのかが明らかでない場合は、解放してはならない（SHALL NOT、RFC 6228 §4）。199 を受け入れた後は、そのアーリーダイアログでメディアを送ってはならず、そのダイアログに対応付けられる受信メディアを処理してもならない（RFC 6228 §4）。信頼性のある応答への確認を除き、そのダイアログでリクエストを送ってはならない（RFC 6228 §7）。RFC 6228 以前のスタックは、これを未知の 1xx として処理するだけである。RFC 3261 §8.1.3.2 により、その扱いは [[183]] と同じになる。',
        ],
        scenarios: [
          '事業者の網が、Supported に 199 を含む INVITE を加入者の携帯端末と固定端末へフォーキングする。携帯端末はアーリーメディア付きの 183 を送った後、[[486]] で拒否する。固定端末の応答を待っているフォーキングプロキシは携帯端末の To タグを付けた 199 Early Dialog Terminated を送り、発信側の端末はそのブランチのメディア再生をやめる。',
          'シリアルフォーキング（卓上電話機、次に携帯の順に試す）を行うプロキシが、180 を送っていた最初の宛先から失敗応答を受け取る。発信者が Supported に 199 を入れ、100rel を要求していなかったため、プロキシはそのアーリーダイアログについて 199 を送り、次の宛先へ進む。',
          'Wireshark の SIP 統計に、網内に RFC 6228 対応の装置がないのに、`Informational - Others` と表示された 199 の行が現れる。Wireshark は表にない 1xx のコードを 199 の行に集計する（他のクラスも同様に 299、399 などに集計する）ため、この行には本物の 199 と表にない暫定応答が混ざる。',
        ],
        fixes: [
          '199 を受信したら、To タグで該当するアーリーダイアログを特定し、そのダイアログでのメディアの送信をやめ、受信メディアをそのダイアログに対応付けられる場合はその処理（再生を含む）もやめた（RFC 6228 §4）うえで、最終応答を待ち続ける。発信の試みはまだ終わっていない。そのアーリーダイアログのために確保していたリソースは解放してよいが、そのダイアログに複数の用途があり、199 がどれを終わらせるのかが明らかでない場合は、RFC 6228 §4 により解放してはならない（SHALL NOT）。そのブランチを終わらせた応答は Reason ヘッダでわかる。',
          'ブランチが失敗しているのに 199 が一度も来ない場合は、発信者の INVITE に Supported: 199 が入っていて、Require と Proxy-Require のどちらにも 100rel がないか（プロキシが 199 を生成するのは、どちらのヘッダでも暫定応答の信頼性のある送信を要求していないリクエストに対してだけであり、Require に 100rel があるリクエストに対しては生成してはならないと RFC 6228 §6 は定めている）、フォーキングプロキシが RFC 6228 を実装しているかを確認する。そうでなければ、素の RFC 3261 どおりアーリーダイアログは黙って終わる。失敗したブランチが最後の応答待ちのブランチで、プロキシがそれ以上の宛先を試さない場合も 199 は来ない。プロキシはそのとき最終応答を直ちに中継し、それがすべてのアーリーダイアログを終わらせる。RFC 6228 §6 が 199 を求めるのは、プロキシが最終応答を直ちには中継しない場合だけである。199 は失われることもあるため、RFC 6228 §3 は、199 が届かなくても支障なく動くようアプリケーションを作ることを求めている。',
          '[[487]] と取り違えない。199 の後に別のブランチから 200 OK が届くのは、別の端末で応答された、ごく普通のフォーキングの呼である。',
        ],
      },
    },
  },
];
