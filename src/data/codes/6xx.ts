import type { CodeEntryInput } from '../schema';

export const codes6xx: CodeEntryInput[] = [
  {
    code: 600,
    phrase: 'Busy Everywhere',
    status: 'active',
    refs: ['RFC3261 §21.6.1'],
    seeAlso: ['RFC3261 §13.3.1.3', 'RFC3261 §16.7', 'RFC3261 §20.33', 'RFC3261 §21.4.24', 'RFC3398 §8.2.6.1'],
    facts: {
      scope: { value: 'global', refs: ['RFC3261 §16.7', 'RFC3261 §21.6'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.6.1', 'RFC3261 §13.3.1.3'],
        byRole: {
          // §21.6.1 names "the callee's end system"; §13.3.1.3 names the UAS that SHOULD send 600.
          uas: ['RFC3261 §21.6.1', 'RFC3261 §13.3.1.3'],
        },
      },
      methods: { value: 'any', named: ['INVITE'], namedRefs: { INVITE: ['RFC3261 §13.3.1.3'] }, refs: ['RFC3261 §21.6.1', 'RFC3261 §13.3.1.3'] },
      retry: { value: 'if-retry-after', refs: ['RFC3261 §21.6.1'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.6.1',
        note: {
          en: 'May say when the callee expects to be free; an optional `duration` parameter says how long they will then be reachable (RFC 3261 §20.33).',
          ja: '着信者が空く見込みの時刻を示せる。任意の `duration` パラメータで、その後どれだけの間つながるかも示せる（RFC 3261 §20.33）。',
        },
      },
    ],
    related: [486, 603, 480],
    keywords: {
      en: ['busy', 'busy everywhere', 'user busy', 'all devices busy', 'busy on busy', 'Q.850 17'],
      ja: ['話中', '全端末話中', 'ユーザ話中', '通話中', '理由表示 17'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b1', role: 'uas', tag: '1' },
        { id: 'b2', role: 'uas', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'b1', label: 'INVITE' },
        { from: 'p', to: 'b2', label: 'INVITE' },
        { from: 'b2', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
        { from: 'b1', to: 'p', label: '600 Busy Everywhere' },
        { from: 'p', to: 'b1', label: 'ACK' },
        { from: 'p', to: 'b2', label: 'CANCEL' },
        { from: 'b2', to: 'p', label: '200 OK (CANCEL)' },
        { from: 'b2', to: 'p', label: '487 Request Terminated' },
        { from: 'p', to: 'b2', label: 'ACK' },
        { from: 'p', to: 'a', label: '600 Busy Everywhere' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The proxy forks the call to a desk phone and a softphone; the desk phone, busy on another call and set to answer 600 when busy, answers 600, so the proxy cancels the ringing branch and forwards the 600 once that branch has ended.',
        ja: 'プロキシが卓上電話機とソフトフォンに呼をフォーキングする。話中時に 600 を返す設定の卓上電話機が別の通話中のため 600 を返すと、プロキシは呼出し中のブランチを CANCEL し、そのブランチが終了してから 600 を発信者へ転送する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.21:5060 SIP/2.0',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK4b43c2ff8.1',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;received=192.0.2.10',
        'Max-Forwards: 69',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 600 Busy Everywhere',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK4b43c2ff8.1;received=198.51.100.4',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 314159 INVITE',
        'Retry-After: 300',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Retry-After'],
    },
    text: {
      en: {
        title: 'Busy Everywhere',
        summary:
          'The callee was reached but is busy, and the responder knows that no other device or service, voicemail included, will take the call.',
        description: [
          'RFC 3261 §21.6.1 starts where [[486]] starts, with the callee\'s end system contacted successfully and the call not taken (for 600, the callee is busy and does not wish to take the call at this time), and adds one claim: no other end point, such as a voicemail system, will answer the request. That claim is what the 6xx class stands for; the server has definitive information about the user, not just about the instance in the Request-URI (RFC 3261 §21.6). A callee who would rather not reveal that being busy is the reason sends [[603]] instead.',
          'The difference matters once a call forks. A stateful proxy that receives a 6xx on one branch SHOULD cancel all pending client transactions and MUST NOT create new branches, and when it picks the final response it must choose from the 6xx responses if there are any (RFC 3261 §16.7). With a proxy that follows these rules, a 600 from one phone therefore stops the user\'s other phones ringing and opens no new branch to voicemail, where a 486 would let the other branches carry on.',
          'Because a single device rarely knows that nothing else will take the call, RFC 3261 §13.3.1.3 expects 600 to be uncommon and says a UAS SHOULD send 486 in the usual case. For gateways, RFC 3398 §8.2.6.1 recommends the same ISUP cause for both, 17 "user busy" (when no encapsulated ISUP release says otherwise), but says that by default the cause location should be "user" for a 6xx and "network" for a 4xx or 5xx, so the difference can survive into the telephone network.',
        ],
        scenarios: [
          'A user\'s desk phone has a "busy on busy" option that answers any new INVITE with 600 while a call is active. During a second call the forking proxy cancels the branches to the user\'s softphone and mobile client, and the caller hears busy instead of reaching them.',
          'In a hunt group, an agent\'s phone answers a new INVITE with 600 because the agent is on a call. The group\'s proxy stops forking and does not try the remaining agents, so callers who should have reached a free agent hear busy.',
          'A trace of a multi-device user shows a 600 from one device followed by [[487]] responses on the other branches. Those are the results of the CANCELs the proxy sent after the 600 (RFC 3261 §16.7), not separate failures.',
        ],
        fixes: [
          'When you receive 600: do not retry at once and do not try other contacts for the same user; the response speaks for all of them. If it carries Retry-After, that says when the callee expects to be available again (RFC 3261 §20.33).',
          'If your phones send 600 for an ordinary busy line, make them send [[486]]: RFC 3261 §13.3.1.3 says 486 SHOULD be returned in that case, and RFC 3261 §21.6.1 has 600 returned only when it is known that no other end point, such as a voicemail system, will answer. After each needless 600, a forking proxy MUST NOT start new branches, to voicemail or to the rest of a hunt group, and SHOULD cancel those still ringing, such as the user\'s other devices (RFC 3261 §16.7).',
          'If a hunt group or simultaneous ring stops at the first busy member, look for a 600 (or any 6xx) among the branch responses. The proxy is required to stop forking on it, so the fix belongs in the device, or in a B2BUA that rewrites the response, not in the proxy.',
        ],
      },
      ja: {
        title: '全端末話中',
        summary:
          '着信者に到達したが話中であり、ボイスメールを含め他のどの端末・サービスもこの呼を受けないことを応答側が知っている。',
        description: [
          'RFC 3261 §21.6.1 が 600 で表す状況の出発点は [[486]] と同じで、着信者の端末には到達したが呼は受けられない（600 では、着信者が話中で、今は呼を受けたくない）。違いは、ボイスメールシステムのような他のエンドポイントもこのリクエストに応答しないことを、600 が示す点にある。これが 6xx クラスの意味であり、サーバは Request-URI が示す特定のインスタンスではなく、ユーザそのものについて確定的な情報を持っている（RFC 3261 §21.6）。話中が理由であることを明かしたくない着信者は、代わりに [[603]] を返す。',
          'この違いは呼がフォーキングされたときに効いてくる。ステートフルプロキシは、あるブランチで 6xx を受けると、応答待ちのクライアントトランザクションをすべてキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT）。さらに最終応答を選ぶ際、6xx があればその中から選ばなければならない（RFC 3261 §16.7）。そのため、これらの規則に従うプロキシでは、1 台の電話機が返した 600 でそのユーザの他の電話機は鳴りやみ、ボイスメールへの新しいブランチも作られない。486 であれば他のブランチはそのまま続く。',
          '他のどの端末も呼を受けないと 1 台の端末が知っていることはまれである。そのため RFC 3261 §13.3.1.3 は、600 が使われる場面は少ないとし、通常は UAS が 486 を返すべきである（SHOULD）としている。ゲートウェイについて RFC 3398 §8.2.6.1 は、カプセル化された ISUP の REL が別の値を示していない限り、600 にも 486 にも同じ ISUP の理由表示（cause 値）17（着ユーザビジー）を推奨している。ただし既定では、6xx には「ユーザ」、4xx と 5xx には「網」のロケーションを付けるべきであるとしているので、両者の違いは電話網側にも伝わりうる。',
        ],
        scenarios: [
          'ユーザの卓上電話機に、通話中は新しい INVITE にすべて 600 を返す設定（いわゆる `busy on busy`）がある。2 本目の呼が来ると、フォーキングしているプロキシはそのユーザのソフトフォンとモバイルクライアントへのブランチをキャンセルし、発信者はそれらの端末につながらずに話中音を聞く。',
          'ハントグループで、通話中のエージェントの電話機が新しい INVITE に 600 を返す。グループのプロキシはフォーキングをやめて残りのエージェントを呼び出さないので、空いているエージェントにつながるはずの発信者が話中音を聞く。',
          '複数端末を持つユーザのトレースで、1 台からの 600 の後に他のブランチの [[487]] が並んでいる。これは個別の失敗ではなく、600 を受けたプロキシが送った CANCEL の結果である（RFC 3261 §16.7）。',
        ],
        fixes: [
          '600 を受信した場合は、すぐに再試行せず、同じユーザの他のコンタクトも試さない。600 はそれらすべてについての応答だからである。Retry-After が付いていれば、それは着信者が再び応答できると見込む時刻を示す（RFC 3261 §20.33）。',
          '電話機が通常の話中で 600 を返しているなら、[[486]] を返すように変更する。RFC 3261 §13.3.1.3 によれば、この場合に返すべき応答は 486 である（SHOULD）。RFC 3261 §21.6.1 によれば、600 を返すのは、ボイスメールシステムなど他のどのエンドポイントも応答しないとわかっている場合に限られる。不要な 600 のたびに、フォーキングしているプロキシは、ボイスメールやハントグループの残りのメンバへの新しいブランチを作ってはならず（MUST NOT）、ユーザの他の端末など、まだ呼び出し中のブランチはキャンセルすべきである（SHOULD、RFC 3261 §16.7）。',
          'ハントグループや一斉呼出しが最初の話中メンバで止まる場合は、ブランチの応答に 600（または他の 6xx）がないかを調べる。プロキシは 6xx でフォーキングを止めることが求められているので、直すべきはプロキシではなく、端末か、応答を書き換える B2BUA である。',
        ],
      },
    },
  },
  {
    code: 603,
    phrase: 'Decline',
    status: 'active',
    refs: ['RFC3261 §21.6.2'],
    seeAlso: ['RFC3261 §9.2', 'RFC3261 §16.7', 'RFC3261 §20.33', 'RFC3261 §21.6.1', 'RFC3398 §7.2.4.1', 'RFC3398 §8.2.6.1', 'RFC8197 §3'],
    facts: {
      scope: { value: 'global', refs: ['RFC3261 §16.7', 'RFC3261 §21.6'] },
      sentBy: {
        value: ['uas', 'gateway'],
        refs: ['RFC3261 §21.6.2', 'RFC3398 §7.2.4.1'],
        byRole: {
          uas: ['RFC3261 §21.6.2'],
          gateway: ['RFC3398 §7.2.4.1'],
        },
      },
      methods: {
        value: 'any',
        named: ['INVITE', 'SUBSCRIBE'],
        namedRefs: { INVITE: ['RFC3891 §3'], SUBSCRIBE: ['RFC6665 §4.2.1.3'] },
        refs: ['RFC3261 §21.6.2', 'RFC6665 §4.2.1.3', 'RFC3891 §3'],
      },
      retry: { value: 'if-retry-after', refs: ['RFC3261 §21.6.2'] },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Retry-After',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.6.2',
        note: {
          en: 'May name a better time to call; RFC 8197 §3 reads a 603 as a refusal based on the callee\'s current, possibly temporary, state.',
          ja: 'より適切な発信時刻を示せる。RFC 8197 §3 は、603 を着信者の現在の（一時的かもしれない）状態による拒否と位置付けている。',
        },
      },
    ],
    related: [486, 600, 607, 608, 480, 487],
    keywords: {
      en: ['decline', 'reject', 'call rejected', 'reject button', 'declined call', 'Q.850 21'],
      ja: ['着信拒否', '拒否', '拒否ボタン', '通話拒否', '理由表示 21'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b1', role: 'uas', tag: '1' },
        { id: 'b2', role: 'uas', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE' },
        { from: 'p', to: 'b1', label: 'INVITE' },
        { from: 'p', to: 'b2', label: 'INVITE' },
        { from: 'b2', to: 'p', label: '180 Ringing' },
        { from: 'p', to: 'a', label: '180 Ringing' },
        { from: 'b1', to: 'p', label: '603 Decline + Retry-After: 3600' },
        { from: 'p', to: 'b1', label: 'ACK' },
        { from: 'p', to: 'b2', label: 'CANCEL' },
        { from: 'b2', to: 'p', label: '200 OK (CANCEL)' },
        { from: 'b2', to: 'p', label: '487 Request Terminated' },
        { from: 'p', to: 'b2', label: 'ACK' },
        { from: 'p', to: 'a', label: '603 Decline + Retry-After: 3600' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The user, in a meeting, declines the call on the mobile client, which answers 603 with Retry-After; the forking proxy cancels the branch still ringing the desk phone and forwards the 603 to the caller.',
        ja: '会議中のユーザがモバイルクライアントで呼を拒否し、クライアントは Retry-After 付きの 603 を返す。フォーキングしたプロキシは卓上電話機を呼び出しているブランチを CANCEL し、603 を発信者へ転送する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@203.0.113.45:50632;transport=tcp SIP/2.0',
        'Via: SIP/2.0/TCP proxy.example.com:5060;branch=z9hG4bK4b43c2ff8.1',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;received=192.0.2.10',
        'Max-Forwards: 69',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 314159 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 603 Decline',
        'Via: SIP/2.0/TCP proxy.example.com:5060;branch=z9hG4bK4b43c2ff8.1;received=198.51.100.4',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=1928301774',
        'To: Bob <sip:bob@example.com>;tag=5f35a3',
        'Call-ID: a84b4c76e66710@pc33.example.com',
        'CSeq: 314159 INVITE',
        'Retry-After: 3600',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Retry-After'],
    },
    text: {
      en: {
        title: 'Decline',
        summary:
          'The callee\'s device was reached, but the user explicitly does not wish to or cannot take part, and the responder knows that no other end point will answer.',
        description: [
          'RFC 3261 §21.6.2 defines 603 for a call that reached the callee\'s machine where the user explicitly does not wish to, or cannot, participate. It is to be returned only when it is known that no other end point will answer the request, and it MAY name a better time to call in Retry-After. Unlike [[600]] it gives no reason: RFC 3261 §21.6.1 points a callee who prefers not to say they are busy to 603.',
          'Being a 6xx, a 603 on one branch forbids a forking proxy to create new branches, and the proxy SHOULD cancel the others (RFC 3261 §16.7): the proxy opens no branch to voicemail, and a proxy that follows the SHOULD stops the user\'s other devices ringing. That is why the choice between 603 and [[486]] for a reject button matters: 486 leaves the rest of the user\'s setup, such as voicemail or other devices, free to handle the call, while 603 ends the search for the callee. A CANCEL from the caller is another matter: a UAS that has not yet sent a final response to the INVITE SHOULD answer the INVITE with [[487]], while a CANCEL that arrives after the final response, a 603 for example, has no effect on that response (RFC 3261 §9.2).',
          'RFC 8197 §3 separates 603 from [[607]]: 603 suits a callee who is at dinner or in a meeting and gives no reason, a refusal tied to the callee\'s own state, while 607 says the caller\'s identity is the reason. [[608]] is different again: an intermediary, not the user, refused the call. At the PSTN boundary, RFC 3398 §8.2.6.1 recommends mapping a 603 that carries no encapsulated ISUP to ISUP cause 21 "call rejected", and RFC 3398 §7.2.4.1 recommends mapping cause 21 back to [[403]], adding that a gateway could give 603 instead when the cause location is "user".',
        ],
        scenarios: [
          'A user presses Reject on a ringing desk phone configured to send 603. The enterprise proxy cancels the parallel branch to the user\'s softphone, which stops ringing, and the caller is not offered voicemail.',
          'A PSTN gateway receives an ISUP release with cause 21 "call rejected" and location "user", and uses the option RFC 3398 §7.2.4.1 leaves it to answer the SIP INVITE with 603 rather than [[403]]. In the other direction, a gateway that follows the recommendation of RFC 3398 passes a 603 from a SIP phone to the PSTN caller as cause 21 (RFC 3398 §8.2.6.1).',
          'A user in a meeting declines a call on their mobile client, which answers 603 with `Retry-After: 3600`. The forking proxy cancels the branch still ringing the user\'s desk phone, and the caller is told when the user expects to be available again (RFC 3261 §20.33).',
        ],
        fixes: [
          'When you receive 603: end the attempt, and do not try other contacts of the same callee, since a 603 is returned only when it is known that no other end point will answer (RFC 3261 §21.6.2). RFC 3261 sets no rule on calling again: the 603 MAY carry a Retry-After with a better time to call (RFC 3261 §21.6.2), the time at which the called party expects to be available again (RFC 3261 §20.33). Calling back at once asks a user who has just declined.',
          'If a reject button should still let voicemail or the user\'s other devices take the call, configure it to send [[486]] (or [[480]] for do-not-disturb) instead of 603; check the phone\'s reject-code setting or the B2BUA\'s response mapping.',
          'If callers complain about rejections nobody made, look for an intermediary (feature server, SBC, call-blocking service) generating 603 on the user\'s behalf. RFC 8688 §3.1 gives an intermediary that rejects a call as unwanted [[608]], which it MAY send; the code exists so that a caller can tell an intermediary\'s rejection from the user\'s (RFC 8688 §1). A UA whose user marks a call as unwanted MAY send [[607]] (RFC 8197 §4).',
        ],
      },
      ja: {
        title: '着信拒否',
        summary:
          '着信者の端末には到達したが、ユーザが明示的に応じることを望まない、または応じられない。他のどのエンドポイントも応答しないことを応答側が知っている。',
        description: [
          'RFC 3261 §21.6.2 の 603 は、呼が着信者の端末まで届いたものの、ユーザが明示的に参加を望まない、または参加できない場合の応答である。603 を返すのは、他のエンドポイントがこのリクエストに応答しないとわかっている場合に限られ、Retry-After でより適切な発信時刻を示してもよい（MAY）。[[600]] と違って理由は示さない。RFC 3261 §21.6.1 は、話中であることを明かしたくない着信者に 603 を使うよう指示している。',
          '6xx なので、あるブランチで 603 が返ると、フォーキングしているプロキシは新しいブランチを作ってはならず、他のブランチをキャンセルすべきである（RFC 3261 §16.7）。ボイスメールへのブランチは作られず、この SHOULD に従うプロキシであれば、ユーザの他の端末の呼出しも止める。拒否ボタンに 603 と [[486]] のどちらを割り当てるかが重要なのはこのためである。486 ならボイスメールや他の端末といったユーザ側の仕組みが呼を引き継げるが、603 では着信者の探索が終わる。発信者の CANCEL はこれとは別である。INVITE にまだ最終応答を返していない UAS は、その INVITE に [[487]] を返すべきであり（SHOULD）、最終応答（たとえば 603）を返した後に届いた CANCEL はその応答に影響しない（RFC 3261 §9.2）。',
          'RFC 8197 §3 は 603 と [[607]] を区別している。603 は着信者が食事中や会議中で理由を言わない場合に合う、着信者自身の状態に基づく拒否であり、607 は発信者の ID こそが拒否の理由だと示す。[[608]] はさらに別物で、ユーザではなく中継装置が呼を拒否したことを表す。PSTN との境界について、RFC 3398 §8.2.6.1 は、カプセル化された ISUP を含まない 603 を ISUP の理由表示（cause 値）21（通信拒否）に対応付けることを推奨し、RFC 3398 §7.2.4.1 は逆に理由表示 21 を [[403]] に対応付けることを推奨したうえで、ロケーションが「ユーザ」であれば代わりに 603 を返してもよいとしている。',
        ],
        scenarios: [
          'ユーザが鳴っている卓上電話で「拒否」を押す。電話機は 603 を返すよう設定されており、社内のプロキシはユーザのソフトフォンへの並列ブランチをキャンセルしてその呼出しを止め、発信者はボイスメールに案内されない。',
          'PSTN ゲートウェイが、理由表示 21（通信拒否）でロケーションが「ユーザ」の ISUP 解放を受信し、RFC 3398 §7.2.4.1 が認める選択肢に従って、SIP の INVITE に [[403]] ではなく 603 を返す。逆方向では、RFC 3398 の推奨に従うゲートウェイであれば、SIP 電話機の 603 は PSTN の発信者に理由表示 21 として届く（RFC 3398 §8.2.6.1）。',
          '会議中のユーザがモバイルクライアントで着信を拒否し、クライアントは `Retry-After: 3600` 付きの 603 を返す。フォーキングしたプロキシはまだ鳴っている卓上電話機へのブランチをキャンセルし、発信者には、ユーザが再び応対できると見込む時刻が伝わる（RFC 3261 §20.33）。',
        ],
        fixes: [
          '603 を受信したら、その発信を終える。603 は他のどのエンドポイントも応答しないとわかっている場合にだけ返されるので（RFC 3261 §21.6.2）、同じ着信者の他のコンタクトは試さない。再試行について RFC 3261 は規則を定めていない。603 は Retry-After でより適切な発信時刻を示してもよく（MAY、RFC 3261 §21.6.2）、それは着信者が再び応対できると見込む時刻である（RFC 3261 §20.33）。すぐにかけ直せば、断ったばかりのユーザにもう一度尋ねることになる。',
          '拒否ボタンを押してもボイスメールやユーザの他の端末に呼を渡したい場合は、603 ではなく [[486]]（DND なら [[480]]）を送るよう設定する。電話機の拒否時応答コードの設定や、B2BUA の応答変換設定を確認する。',
          '誰も拒否していないのに「拒否された」という苦情がある場合は、ユーザに代わって 603 を生成している中継装置（フィーチャーサーバ、SBC、迷惑電話ブロックサービス）を探す。RFC 8688 §3.1 は、呼を不要なものとして拒否する中継装置のために [[608]] を用意しており、中継装置はこれを送ってもよい（MAY）。このコードは、中継装置による拒否とユーザによる拒否を発信者が区別できるようにするためのものである（RFC 8688 §1）。ユーザが呼を不要と指定した UA は [[607]] を送ってもよい（MAY、RFC 8197 §4）。',
        ],
      },
    },
  },
  {
    code: 604,
    phrase: 'Does Not Exist Anywhere',
    status: 'active',
    refs: ['RFC3261 §21.6.3'],
    seeAlso: ['RFC3261 §16.7', 'RFC3261 §21.4', 'RFC3261 §21.4.5', 'RFC3398 §8.2.6.1', 'RFC3666 §3.4', 'RFC6665 §4.1.2.2', 'RFC6665 §4.2.2', 'RFC8688 §1'],
    facts: {
      scope: { value: 'global', refs: ['RFC3261 §16.7', 'RFC3261 §21.6'] },
      sentBy: {
        value: ['proxy', 'uas'],
        refs: ['RFC3261 §21.6.3', 'RFC3666 §3.4', 'RFC6665 §4.1.2.2', 'RFC6665 §4.2.2'],
        byRole: {
          // §21.6.3 names only "the server". RFC 3666 §3.4 has a proxy that finds no route for the number reject the
          // INVITE with 604. RFC 6665 gives 604 as an answer to a refresh SUBSCRIBE (from the notifier) and to a NOTIFY
          // (from the subscriber), both user agents (§2). No section names a redirect server with 604 (§8.3: it "refuses").
          proxy: ['RFC3261 §21.6.3', 'RFC3666 §3.4'],
          uas: ['RFC3261 §21.6.3', 'RFC6665 §4.1.2.2', 'RFC6665 §4.2.2'],
        },
      },
      methods: { value: 'any', refs: ['RFC3261 §21.6.3'] },
      retry: {
        value: 'never',
        refs: ['RFC3261 §7.2', 'RFC3261 §21.6.3'],
        // RFC 3261 §7.2 and §21.6.3 set no level for sending the request again: the texts say what they do say.
        label: {
          en: 'No retry rule in the cited sections: a 6xx means the request cannot be fulfilled at any server, and a 604 that the user does not exist anywhere',
          ja: '引用した節に再試行の規定はない。6xx はリクエストがどのサーバでも処理できないことを、604 はユーザがどこにも存在しないことを示す',
        },
        next: {
          en: 'the cited sections set no rule for sending the request again: a 6xx means that the request cannot be fulfilled at any server, and a 604 that the server has authoritative information that the user does not exist anywhere',
          ja: '引用した節はリクエストを送り直すことについて規定しておらず、6xx はリクエストがどのサーバでも処理できないことを、604 はユーザがどこにも存在しないという権威ある情報をサーバが持っていることを示す',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [404, 410, 608],
    keywords: {
      en: ['does not exist', 'no such user', 'unknown number', 'unallocated number', 'invalid number', 'Q.850 1'],
      ja: ['ユーザ不存在', '存在しない番号', '空番', '欠番', '理由表示 1'],
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
        { from: 'p2', to: 'p1', label: '604 Does Not Exist Anywhere' },
        { from: 'p1', to: 'p2', label: 'ACK' },
        { from: 'p1', to: 'a', label: '604 Does Not Exist Anywhere' },
        { from: 'a', to: 'p1', label: 'ACK' },
      ],
      caption: {
        en: 'The carrier\'s routing proxy, authoritative for the number range, finds the dialled number unallocated and answers 604; the originating proxy tries no other carrier and relays the 604 to the caller.',
        ja: 'その番号帯について権威を持つ事業者のルーティングプロキシが、ダイヤルされた番号は未割当であると判断して 604 を返す。発信側のプロキシは別の事業者を試さず、604 を発信者へ中継する。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12025550199@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK87asdks7.1',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bKa7c6a8dlze;received=192.0.2.10',
        'Max-Forwards: 69',
        'From: Alice <sip:alice@example.com>;tag=2y3c4e8q',
        'To: <sip:+12025550199@example.net;user=phone>',
        'Call-ID: 5f8a3cd1e2b9@pc33.example.com',
        'CSeq: 1 INVITE',
        'Contact: <sip:alice@192.0.2.10:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 604 Does Not Exist Anywhere',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK87asdks7.1;received=198.51.100.4',
        'Via: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bKa7c6a8dlze;received=192.0.2.10',
        'From: Alice <sip:alice@example.com>;tag=2y3c4e8q',
        'To: <sip:+12025550199@example.net;user=phone>;tag=rt-09d2',
        'Call-ID: 5f8a3cd1e2b9@pc33.example.com',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['To'],
    },
    text: {
      en: {
        title: 'Does Not Exist Anywhere',
        summary:
          'A server with authoritative information states that the user in the Request-URI does not exist at all, not merely at this domain.',
        description: [
          'RFC 3261 §21.6.3 gives 604 a single sentence: the server has authoritative information that the user indicated in the Request-URI does not exist anywhere. The weight is on "authoritative" and "anywhere". [[404]] says only that the user does not exist at the domain in the Request-URI, or that the domain is not one the server handles (RFC 3261 §21.4.5); another route or domain might still succeed. A 604 claims there is nowhere left to look.',
          'Being a 6xx, a 604 on one branch means a stateful proxy should cancel the others and must start no new ones (RFC 3261 §16.7). For a gateway translating a 604 that carries no encapsulated ISUP, RFC 3398 §8.2.6.1 recommends cause 1 "unallocated number", the same cause it recommends for 404, though it says the cause location should by default be "user" for a 6xx and "network" for a 404. The difference that matters shows in SIP routing: after a 4xx the same request to a different server might succeed (RFC 3261 §21.4), so a least-cost router may try the next carrier after a 404, whereas after a 604 it must not start another branch.',
          'RFC 8688 §1 records a misuse worth knowing: some call-blocking services may answer with 604, possibly as a way to get the number removed from calling databases. Other network elements might then conclude that the user really does not exist, so the user might not receive calls from anyone, even wanted ones; in many jurisdictions such false signalling is also illegal. A blocking intermediary has [[608]] for that purpose, and [[410]] is the code for a resource that is permanently no longer available at the server.',
        ],
        scenarios: [
          'A carrier\'s routing database finds the dialled number unallocated in a number range the carrier is authoritative for and answers the INVITE with 604, so the originating network stops trying alternative routes.',
          'A call-blocking service in front of a subscriber returns 604 to calls it classifies as robocalls, hoping to get the number removed from the callers\' databases. Other network elements take the 604 at its word and treat the subscriber as non-existent, so callers the subscriber wants stop getting through as well: the side effect RFC 8688 §1 warns about.',
          'An enterprise\'s central proxy, authoritative for the whole company directory, answers 604 for a name found in no department, where a departmental proxy that knows only its own registrations would send [[404]].',
        ],
        fixes: [
          'When you receive 604: treat the number or URI as invalid, but check the dialled digits and the number normalization (country code, leading zeros, `user=phone`) before concluding that the user really does not exist. Do not try other routes for the same Request-URI.',
          'If a server in your network sends 604 while knowing only part of the picture (one registrar, the range of one trunk), change it to send [[404]]; 604 belongs to a server with authoritative knowledge (RFC 3261 §21.6.3).',
          'If you block unwanted calls, do not disguise the block as 604. Send [[608]], with Call-Info for redress, so that other network elements do not conclude that the subscriber does not exist and stop delivering calls the subscriber wants (RFC 8688 §1).',
        ],
      },
      ja: {
        title: 'どこにも存在しない',
        summary:
          '権威ある情報を持つサーバが、Request-URI のユーザはこのドメインに限らずどこにも存在しないと断定している。',
        description: [
          'RFC 3261 §21.6.3 の 604 の定義は 1 文しかない。サーバは、Request-URI が示すユーザがどこにも存在しないという権威ある情報を持っている、というものである。要点は「権威ある」と「どこにも」にある。[[404]] が示すのは、Request-URI のドメインにそのユーザがいないこと、またはそのドメインがサーバの管轄外であることだけで（RFC 3261 §21.4.5）、別の経路やドメインなら成功する余地がある。604 は、これ以上探す先がないことを示す。',
          '6xx なので、あるブランチで 604 を受けたステートフルプロキシは他のブランチをキャンセルすべきであり、新しいブランチを作ってはならない（RFC 3261 §16.7）。ISUP へ変換するゲートウェイについて、RFC 3398 §8.2.6.1 は、カプセル化された ISUP を含まない 604 を理由表示（cause 値）1（欠番）に対応付けるよう推奨している。これは 404 に推奨されているのと同じ理由表示だが、既定のロケーションは 6xx なら「ユーザ」、404 なら「網」とすべきだとしている。実務上の違いは SIP のルーティングに現れる。4xx の後は別のサーバへの同じリクエストが成功しうるので（RFC 3261 §21.4）、最小コストルーティングは 404 を受けても次の事業者を試せるが、604 を受けた後は新たなブランチを作ってはならない。',
          'RFC 8688 §1 は知っておくべき誤用を記録している。一部の迷惑電話ブロックサービスは 604 を返すことがある。発信者側のデータベースから番号を消させる狙いと考えられる。すると網内の他の装置がそのユーザは本当に存在しないと判断し、ユーザは望む呼も含めて誰からの呼も受けられなくなるおそれがある。多くの法域では、こうした偽のシグナリングは違法でもある。ブロックする中継装置には、そのための [[608]] があり、そのサーバでもう恒久的に利用できなくなったリソースには [[410]] を使う。',
        ],
        scenarios: [
          '事業者のルーティングデータベースが、自らが権威を持つ番号帯の中で、ダイヤルされた番号が未割当であると判断し、INVITE に 604 を返す。発信側の網は代替経路を試すのをやめる。',
          '加入者の前段にある迷惑電話ブロックサービスが、発信者のデータベースから番号を消させようとして、ロボコールと判定した呼に 604 を返す。網内の他の装置はこの 604 を額面どおりに受け取って加入者が存在しないものと扱い、加入者が受けたい相手からの呼まで届かなくなる。RFC 8688 §1 が警告している副作用そのものである。',
          '会社全体のディレクトリに権威を持つ企業の中央プロキシが、どの部署にもない名前に対して 604 を返す。自部署の登録情報しか知らない部署のプロキシであれば、ここで返すのは [[404]] である。',
        ],
        fixes: [
          '604 を受信したら、その番号や URI は無効として扱う。ただし、ユーザが本当に存在しないと結論づける前に、ダイヤルした番号と番号の正規化（国番号、先頭の 0、`user=phone`）を確認する。同じ Request-URI で他の経路は試さない。',
          '網内のサーバが、一部の情報しか持たないのに 604 を返している（1 台のレジストラ、1 本のトランクの番号帯しか知らない、など）なら、[[404]] を返すよう変更する。604 は権威ある知識を持つサーバが返すものである（RFC 3261 §21.6.3）。',
          '不要な呼をブロックする場合、それを 604 に偽装しない。救済用の Call-Info を付けた [[608]] を送れば、網内の他の装置が加入者は存在しないと判断して、加入者が受けたい呼まで届けなくなる事態を避けられる（RFC 8688 §1）。',
        ],
      },
    },
  },
  {
    code: 606,
    phrase: 'Not Acceptable',
    status: 'active',
    refs: ['RFC3261 §21.6.4'],
    seeAlso: ['RFC3261 §13.3.1.3', 'RFC3261 §16.7', 'RFC3261 §20.43', 'RFC3261 §21.4.26', 'RFC3398 §8.2.6.1'],
    facts: {
      scope: { value: 'global', refs: ['RFC3261 §16.7', 'RFC3261 §21.6'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC3261 §21.6.4'],
        byRole: {
          uas: ['RFC3261 §21.6.4'],
        },
      },
      methods: { value: 'any', named: ['INVITE'], namedRefs: { INVITE: ['RFC3261 §21.6.4'] }, refs: ['RFC3261 §21.6.4'] },
      // §7.2: a 6xx cannot be fulfilled at any server as sent; §21.6.4: the initiator decides whether to act on
      // the media the 606 lists, which means changing the offer.
      retry: {
        value: 'modify',
        refs: ['RFC3261 §7.2', 'RFC3261 §21.6.4'],
        // RFC 3261 §7.2 and §21.6.4 set no level for sending the request again: the texts say what they do say.
        label: {
          en: 'No retry rule in the cited sections: a 6xx means the request cannot be fulfilled at any server, and it is up to the invitation initiator to decide whether or not to act on a 606',
          ja: '引用した節に再試行の規定はない。6xx はリクエストがどのサーバでも処理できないことを示し、606 に応じて動くかどうかは招待の発信者が決める',
        },
        next: {
          en: 'the cited sections set no rule for sending the request again: a 6xx means that the request cannot be fulfilled at any server, a 606 that the user wishes to communicate but cannot adequately support the session described, and it is up to the invitation initiator to decide whether or not to act on it',
          ja: '引用した節はリクエストを送り直すことについて規定しておらず、6xx はリクエストがどのサーバでも処理できないことを、606 はユーザが通信を望みながら、記述されたセッションには十分に対応できないことを示し、606 に応じて動くかどうかは招待の発信者が決める',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Warning',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §21.6.4',
        note: {
          en: 'May list why the session cannot be supported, with the warn-codes of RFC 3261 §20.43 (for example 304 media type not available, 305 incompatible media format, 370 insufficient bandwidth).',
          ja: 'セッションをサポートできない理由を、RFC 3261 §20.43 の警告コード（304 メディア種別なし、305 メディア形式の非互換、370 帯域不足など）で列挙できる。',
        },
      },
    ],
    related: [488, 415, 406],
    keywords: {
      en: ['not acceptable', 'codec mismatch', 'no common codec', 'SDP rejected', 'incompatible media', 'Warning 305'],
      ja: ['コーデック不一致', 'メディア不一致', 'SDP 拒否', '受付不可', 'ネゴシエーション失敗'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p', role: 'proxy' },
        { id: 'b', role: 'uas' },
      ],
      steps: [
        { from: 'a', to: 'p', label: 'INVITE (SDP: opus, G729)' },
        { from: 'p', to: 'b', label: 'INVITE (SDP: opus, G729)' },
        { from: 'b', to: 'p', label: '606 Not Acceptable + Warning: 305' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'a', label: '606 Not Acceptable + Warning: 305' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'a', to: 'p', label: 'INVITE (SDP: PCMU)' },
        { from: 'p', to: 'b', label: 'INVITE (SDP: PCMU)' },
        { from: 'b', to: 'p', label: '200 OK (SDP: PCMU)' },
        { from: 'p', to: 'a', label: '200 OK (SDP: PCMU)' },
        { from: 'a', to: 'p', label: 'ACK' },
        { from: 'p', to: 'b', label: 'ACK' },
      ],
      caption: {
        en: 'A G.711-only phone, the user\'s only device, refuses an Opus and G.729 offer with 606, a 305 warning and an SDP listing PCMU and PCMA; the caller builds a new INVITE from that list and the call is set up.',
        ja: 'ユーザ唯一の端末である G.711 専用の電話機が、Opus と G.729 のオファーを、警告コード 305 と PCMU・PCMA を列挙した SDP を付けた 606 で拒否する。発信側はその一覧から新しい INVITE を組み立て、通話が確立する。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20:5060 SIP/2.0',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK83749.1',
        'Via: SIP/2.0/UDP conf.example.org:5060;branch=z9hG4bKnashds7;received=203.0.113.30',
        'Max-Forwards: 69',
        'From: "Weekly sync" <sip:room42@conf.example.org>;tag=76341',
        'To: Bob <sip:bob@example.com>',
        'Call-ID: 843817637684230@conf.example.org',
        'CSeq: 1 INVITE',
        'Contact: <sip:room42@conf.example.org>',
        'Content-Type: application/sdp',
        'Content-Length: 189',
        '',
        'v=0',
        'o=conf 2890844526 2890844526 IN IP4 203.0.113.30',
        's=-',
        'c=IN IP4 203.0.113.30',
        't=0 0',
        'm=audio 49170 RTP/AVP 96 18',
        'a=rtpmap:96 opus/48000/2',
        'a=rtpmap:18 G729/8000',
        'a=fmtp:18 annexb=no',
      ].join('\n'),
      response: [
        'SIP/2.0 606 Not Acceptable',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK83749.1;received=198.51.100.4',
        'Via: SIP/2.0/UDP conf.example.org:5060;branch=z9hG4bKnashds7;received=203.0.113.30',
        'From: "Weekly sync" <sip:room42@conf.example.org>;tag=76341',
        'To: Bob <sip:bob@example.com>;tag=a6c85cf',
        'Call-ID: 843817637684230@conf.example.org',
        'CSeq: 1 INVITE',
        'Warning: 305 phone.example.com "Incompatible media format"',
        'Content-Type: application/sdp',
        'Content-Length: 152',
        '',
        'v=0',
        'o=bob 2890844730 2890844730 IN IP4 192.0.2.20',
        's=-',
        'c=IN IP4 192.0.2.20',
        't=0 0',
        'm=audio 0 RTP/AVP 0 8',
        'a=rtpmap:0 PCMU/8000',
        'a=rtpmap:8 PCMA/8000',
      ].join('\n'),
      highlight: ['Warning', 'Content-Type'],
    },
    text: {
      en: {
        title: 'Not Acceptable',
        summary:
          'The user\'s agent was reached and the user wants to talk, but the session described in the offer (media, bandwidth, addressing) cannot be supported, and it is known that no other end point of the user will answer.',
        description: [
          'RFC 3261 §21.6.4 defines 606 for an offer the user\'s agent cannot accept: some aspect of the session description, such as the requested media, bandwidth or addressing style, is not acceptable. It says explicitly that the user wishes to communicate but cannot adequately support the session described. The response MAY list reasons in Warning header fields, using the warn-codes of RFC 3261 §20.43, and MAY carry a body describing the media capabilities it does support, formatted as in a 200 to OPTIONS.',
          'Its look-alike [[488]] has the same meaning restricted to the resource in the Request-URI, so the request may succeed elsewhere (RFC 3261 §21.4.26). A 606 is returned only when it is known that no other end point will answer (RFC 3261 §21.6.4), and as a 6xx it means a forking proxy SHOULD cancel the remaining branches and MUST NOT start new ones (RFC 3261 §16.7). RFC 3261 §13.3.1.3 says a UAS rejecting an offer contained in an INVITE SHOULD send 488, so 606 is the exception, for when it is known that no other end point of the user will answer.',
          'What happens next is the initiator\'s decision: RFC 3261 §21.6.4 leaves it to the inviting side whether to act on a 606 at all. For a 606 that carries no encapsulated ISUP, RFC 3398 §8.2.6.1 has a gateway choose the ISUP cause, as for a 488, by its Warning header, and recommends 31 "normal, unspecified" by default for most warn-codes and 65 "bearer capability not implemented" when the warning is about an unavailable bearer capability. Neither code is about the body\'s MIME type: a body in a format the server does not support for the requested method is [[415]] (RFC 3261 §21.4.13), and a response format excluded by the Accept header is [[406]].',
        ],
        scenarios: [
          'A SIP phone that supports only G.711 receives an INVITE from a conferencing service whose SDP offers only Opus and G.729. It is the user\'s only device, so it answers 606 with a Warning carrying warn-code 305 and an SDP body listing PCMU and PCMA.',
          'A client invites a user to a multicast conference session; the user\'s agent, the only one the user has, cannot receive multicast and answers 606 with `Warning: 330 ua.example.com "Multicast not available"` (RFC 3261 §20.43, §21.6.4).',
          'An INVITE\'s SDP asks for more bandwidth (`b=` line) than the callee\'s access link can carry, and the UAS, knowing that no other end point of the user will answer, answers 606 with warn-code 370 "Insufficient bandwidth" (RFC 3261 §21.6.4).',
        ],
        fixes: [
          'When you receive 606: read the Warning header and any SDP in the body, when present; they tell you which media, codec or bandwidth failed. Either send a new offer built from that list (a new request) or give up: the same offer describes the same session, which the user cannot adequately support (RFC 3261 §21.6.4), and RFC 3261 leaves it to the initiator whether or not to act on a 606.',
          'Check the caller\'s SDP offer: codecs (`m=` lines and `a=rtpmap`), media types, `b=` bandwidth and addressing (IPv4 or IPv6, multicast). Adding a widely supported codec such as G.711 (PCMU/PCMA) can remove the mismatch.',
          'If your UA sends 606 for a codec mismatch, send [[488]] instead, with a Warning header saying why the offer was rejected (both SHOULD, RFC 3261 §13.3.1.3), unless it is known that no other end point will answer the request (RFC 3261 §21.6.4): after a 606 from one phone, a forking proxy MUST NOT start new branches and SHOULD cancel the others (RFC 3261 §16.7).',
        ],
      },
      ja: {
        title: '全端末で受付不可',
        summary:
          'ユーザの UA には到達し、ユーザも通話を望んでいるが、オファーが記述するセッション（メディア、帯域、アドレス形式）をサポートできず、ユーザの他のエンドポイントも応答しないとわかっている。',
        description: [
          'RFC 3261 §21.6.4 の 606 は、UA がオファーを受け入れられない場合の応答である。要求されたメディア、帯域、アドレス形式など、セッション記述の一部が受け入れられない。同節は、ユーザは通信を望んでいるが、記述されたセッションを十分にサポートできない、と明記している。応答には、RFC 3261 §20.43 の警告コードを使って理由を Warning ヘッダに列挙してもよく（MAY）、サポートできるメディア能力を OPTIONS への 200 と同じ形式で記述したボディを付けてもよい（MAY）。',
          'よく似た [[488]] は、同じ意味を Request-URI が指すリソースに限ったもので、リクエストは別の場所なら成功しうる（RFC 3261 §21.4.26）。606 を返すのは、他のエンドポイントが応答しないとわかっている場合だけである（RFC 3261 §21.6.4）。また 6xx なので、フォーキングプロキシは残りのブランチをキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT、RFC 3261 §16.7）。RFC 3261 §13.3.1.3 は、INVITE に含まれるオファーを拒否する UAS は 488 を返すべきである（SHOULD）としているので、606 は、ユーザの他のエンドポイントが応答しないとわかっている場合の例外である。',
          '606 を受けてどう対応するか、そもそも対応するかどうかは、RFC 3261 §21.6.4 により発信側に委ねられている。RFC 3398 §8.2.6.1 は、カプセル化された ISUP を含まない 606 について、ゲートウェイが 488 と同様に ISUP 理由表示を Warning ヘッダから決めるとしており、既定では大半の警告コードに 31（その他の正常クラス）、伝達能力が使えないことを示す警告には 65（未提供伝達能力指定）を推奨している。どちらもボディの MIME タイプの問題ではない。ボディが要求されたメソッドについてサーバが対応していない形式なら [[415]]（RFC 3261 §21.4.13）、Accept ヘッダが許さない応答形式なら [[406]] である。',
        ],
        scenarios: [
          'G.711 しかサポートしない SIP 電話機が、Opus と G.729 だけをオファーする会議サービスから INVITE を受信する。この電話機はユーザ唯一の端末なので、警告コード 305 の Warning と、PCMU と PCMA を列挙した SDP ボディを付けて 606 を返す。',
          'クライアントがユーザをマルチキャストの会議セッションに招待するが、ユーザが持つ唯一の UA はマルチキャストを受信できず、`Warning: 330 ua.example.com "Multicast not available"` を付けた 606 を返す（RFC 3261 §20.43、§21.6.4）。',
          'INVITE の SDP が要求する帯域（`b=` 行）が着信者のアクセス回線で運べる量を超えており、ユーザの他のエンドポイントが応答しないとわかっている UAS が、警告コード 370（`Insufficient bandwidth`、帯域不足）を付けて 606 を返す（RFC 3261 §21.6.4）。',
        ],
        fixes: [
          '606 を受信したら、Warning ヘッダとボディの SDP があればそれを読む。どのメディア、コーデック、帯域が原因かがわかる。その一覧から組み立てた新しいオファーを送る（新しいリクエストになる）か、発信を断念する。同じオファーが記述するのは、ユーザが十分に対応できない同じセッションである（RFC 3261 §21.6.4）。606 に応じて動くかどうかは、RFC 3261 では招待の発信者が決める。',
          '発信者側の SDP オファーを確認する。コーデック（`m=` 行と `a=rtpmap`）、メディア種別、`b=` の帯域、アドレス形式（IPv4 か IPv6 か、マルチキャストか）を見直す。G.711（PCMU/PCMA）のように広く対応しているコーデックを加えれば不一致が解消することがある。',
          '自分の UA がコーデック不一致で 606 を返しているなら、他のどのエンドポイントも応答しないとわかっている場合（RFC 3261 §21.6.4）を除き、代わりに [[488]] を返し、オファーを拒否した理由を Warning ヘッダで示す（いずれも SHOULD、RFC 3261 §13.3.1.3）。1 台の電話機が 606 を返すと、フォーキングしているプロキシは新しいブランチを作ってはならず（MUST NOT）、他のブランチをキャンセルすべきである（SHOULD、RFC 3261 §16.7）。',
        ],
      },
    },
  },
  {
    code: 607,
    phrase: 'Unwanted',
    status: 'active',
    refs: ['RFC8197 §1'],
    seeAlso: ['RFC8197 §3', 'RFC8197 §4', 'RFC8197 §5.2', 'RFC8197 §6', 'RFC8688 §1', 'RFC3261 §8.1.3.2'],
    facts: {
      scope: { value: 'global', refs: ['RFC3261 §16.7', 'RFC3261 §21.6'] },
      sentBy: {
        value: ['uas'],
        refs: ['RFC8197 §1', 'RFC8197 §4'],
        byRole: {
          uas: ['RFC8197 §1', 'RFC8197 §4'],
        },
      },
      methods: { value: 'any', dialog: 'outside', dialogRefs: ['RFC8197 §4'], named: ['INVITE', 'MESSAGE', 'SUBSCRIBE'], namedRefs: { INVITE: ['RFC8197 §4'], MESSAGE: ['RFC8197 §4'], SUBSCRIBE: ['RFC8197 §4'] }, refs: ['RFC8197 §4'] },
      retry: {
        value: 'never',
        refs: ['RFC3261 §7.2', 'RFC8197 §1', 'RFC8197 §4'],
        // RFC 8197 §4 obliges no action beyond those for any 6xx, and RFC 3261 §7.2 sets no level: the texts say what they do say.
        label: {
          en: 'No retry rule in the cited sections: no action is required beyond those appropriate for 6xx responses; future attempts are likely to be similarly rejected',
          ja: '引用した節に再試行の規定はない。6xx に適した処理を超える動作は義務づけられておらず、以後の試みも同様に拒否される可能性が高い',
        },
        next: {
          en: 'the entities receiving it are not obligated to take any action beyond those appropriate for 6xx responses, and RFC 3261 says that the request of a 6xx cannot be fulfilled at any server; the code tells that future attempts are likely to be similarly rejected; none of the cited sections sets a rule for sending the request again',
          ja: '受信したエンティティは 6xx に適した処理を超える動作を義務づけられておらず、RFC 3261 によれば 6xx のリクエストはどのサーバでも処理できないとされ、このコードは、以後の試みも同様に拒否される可能性が高いことを示すが、引用した節はいずれもリクエストを送り直すことについて規定していない',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [],
    related: [603, 608, 486],
    keywords: {
      en: ['unwanted call', 'spam', 'robocall', 'spam button', 'report spam', 'nuisance call', 'sip.607'],
      ja: ['迷惑電話', '迷惑電話報告', 'スパム', 'ロボコール', '着信ブロック'],
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
        { from: 'b', to: 'p', label: '607 Unwanted' },
        { from: 'p', to: 'b', label: 'ACK' },
        { from: 'p', to: 'a', label: '607 Unwanted' },
        { from: 'a', to: 'p', label: 'ACK' },
      ],
      caption: {
        en: 'The called user taps "Report spam" while the phone rings; the phone rejects the INVITE with 607, and the operator\'s proxy relays it to the caller and can pass the caller\'s identity to its analytics.',
        ja: '呼出し中に着信ユーザが「迷惑電話として報告」をタップすると、電話機は INVITE を 607 で拒否する。事業者のプロキシは 607 を発信者へ中継し、発信者の識別情報を分析エンジンに渡すことができる。',
      },
    },
    example: {
      request: [
        'INVITE sip:bob@192.0.2.20:5060 SIP/2.0',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK5e1a2c.1',
        'Via: SIP/2.0/UDP gw.example.net:5060;branch=z9hG4bKd82f4b;received=203.0.113.77',
        'Max-Forwards: 69',
        'From: <sip:+12025550188@example.net;user=phone>;tag=3c9f2a',
        'To: <sip:+12025550123@example.com;user=phone>',
        'Call-ID: 91c4e7a2b05d@gw.example.net',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12025550188@gw.example.net:5060>',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 607 Unwanted',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK5e1a2c.1;received=198.51.100.4',
        'Via: SIP/2.0/UDP gw.example.net:5060;branch=z9hG4bKd82f4b;received=203.0.113.77',
        'From: <sip:+12025550188@example.net;user=phone>;tag=3c9f2a',
        'To: <sip:+12025550123@example.com;user=phone>;tag=8a21f0',
        'Call-ID: 91c4e7a2b05d@gw.example.net',
        'CSeq: 1 INVITE',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['From'],
    },
    text: {
      en: {
        title: 'Unwanted',
        summary:
          'The called party\'s user agent, on the user\'s input or by its own logic, flagged this call or message as unwanted; later attempts from the same caller are likely to be rejected too.',
        description: [
          'RFC 8197 defines 607 as feedback from the called party. The user agent sends it, on the user\'s input or by its own logic, to say that this communication is unwanted and that future attempts are likely to be rejected the same way (RFC 8197 §1). It may answer an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request, and the same value may appear as the cause in a Reason header field, for example when the user hangs up an answered call with BYE, or when a forking proxy sends CANCEL after a 607 arrived on one branch (RFC 8197 §4).',
          'Receivers owe it nothing beyond normal 6xx handling, but the provider delivering calls to that user MAY act on it: add the caller to the user\'s personal block list, feed it into crowd-sourced scoring of likely unwanted callers, start a traceback, or report the identity to complaint databases (RFC 8197 §4). Because caller IDs can be spoofed, 607 SHOULD NOT be used to build global filters unless the caller identity was authenticated with the SIP identity mechanism of RFC 8224 (RFC 8197 §6). A registrar can advertise with the `sip.607` feature-capability indicator in Feature-Caps of its REGISTER response that its proxy supports 607 (RFC 8197 §4, RFC 8197 §5.2), so that a phone can offer a spam button where the provider handles the code. The indicator promises no particular action, such as blocking future calls, and a phone may show such a button without it, for example to feed a block list on the device (RFC 8197 §4).',
          'What sets 607 apart from its neighbours is who decided, and why. RFC 8197 treats [[603]] as a refusal based on the callee\'s own state that gives no reason, whereas 607 says the caller\'s identity is the reason (RFC 8197 §3). [[608]] comes not from the user but from an intermediary acting for the user, a proxy or B2BUA, for example on a call-analytics engine\'s verdict (RFC 8688 §1, §3); RFC 8688 §1 also explains that downstream analytics may weigh a 607 as a human judgement, which is why RFC 8688 gives an automated blocker 608 instead: an intermediary MAY send it (RFC 8688 §3.1). A UAC that predates RFC 8197 treats 607 as [[600]] (RFC 3261 §8.1.3.2), so its screen may report the callee as busy.',
        ],
        scenarios: [
          'A smartphone user taps "Report spam" on an incoming call. The phone\'s SIP client rejects the INVITE with 607; the operator\'s proxy forwards it upstream and passes the From value and other details of the caller to its call-analytics engine (RFC 8688 §1, Figure 2).',
          'A user answers a robocall, realizes what it is and hangs up with the phone\'s spam key. The phone sends BYE with `Reason: SIP ;cause=607 ;text="Unwanted"`, so the provider can count the report even though the call was answered (RFC 8197 §4).',
          'An enterprise phone registers and finds `Feature-Caps: *;+sip.607` in the 200 OK to its REGISTER, which tells it the provider supports 607, so it displays a spam button that answers calls with 607 (RFC 8197 §4).',
        ],
        fixes: [
          'When your calls get 607: the called party (the user, or logic in the user\'s phone) marked them as unwanted. RFC 8688 §1 says a 607 can tell a legitimate caller to stop trying to call that user; if you believe the user rejected your calls in error, reach them through another channel.',
          'If many of your calls get 607, sign them (the STIR/SHAKEN Identity header, RFC 8224). RFC 8197 §6 warns that reports on calls that spoof a number can get the legitimate user of that number blocked, and says 607 SHOULD NOT feed network-wide filters unless the caller identity was authenticated. Signing lets networks tell your calls from spoofed ones; it does not shield you from reports on your own signed calls, which are exactly the reports such filters may use.',
          'If you build the reporting side: send 607 from the called party\'s user agent, on the user\'s action or by the UA\'s own logic (RFC 8197 §1), not on a network analytics verdict, which downstream analytics might weigh as a human rejection (that is what [[608]] is for, RFC 8688 §1); put it in the Reason of the BYE when the call was already answered; and keep the user\'s block list visible and reversible (RFC 8197 §6).',
        ],
      },
      ja: {
        title: '迷惑着信',
        summary:
          '着信側の UA が、ユーザの操作または UA 内部のロジックに基づいて、この呼またはメッセージを不要（迷惑）と判断した。同じ発信者からの今後の試行も同様に拒否される可能性が高い。',
        description: [
          'RFC 8197 は 607 を着信側からのフィードバックとして定義している。UA はユーザの操作または UA 内部のロジックに基づいてこれを送り、この通信が不要であること、今後の試行も同じように拒否される可能性が高いことを伝える（RFC 8197 §1）。INVITE、MESSAGE、SUBSCRIBE などダイアログ外のリクエストに対する失敗応答として使えるほか、同じ値を Reason ヘッダの `cause` パラメータとして使うこともできる。たとえば、応答済みの呼をユーザが BYE で切る場合や、あるブランチで 607 を受けたフォーキングプロキシが CANCEL を送る場合である（RFC 8197 §4）。',
          '受信側に 6xx としての通常の処理以上の義務はないが、そのユーザに呼を届けている事業者は 607 をもとに行動してよい（MAY）。発信者をそのユーザ個人のブロックリストに加える、不要な呼を発信していそうな相手をクラウドソーシングで評価する際の入力にする、トレースバックを始める、苦情データベースに発信者の ID を報告する、といった対応である（RFC 8197 §4）。発信者 ID は詐称されうるので、STIR（RFC 8224）で発信者 ID が認証されていない限り、607 を網全体のフィルタ作りに使うべきではない（SHOULD NOT、RFC 8197 §6）。レジストラは REGISTER への応答の Feature-Caps に `sip.607` を入れて、自分のプロキシが 607 に対応していることを通知できる（RFC 8197 §4、RFC 8197 §5.2）。電話機はこれを見て、事業者が 607 を扱う場合に迷惑電話ボタンを表示できる。ただし、この表示は将来の呼のブロックといった特定の対応を約束するものではなく、端末内のブロックリストに使う場合など、表示がなくても電話機がボタンを出すことはある（RFC 8197 §4）。',
          '隣接するコードとの違いは、誰がどんな理由で判断したかにある。RFC 8197 は [[603]] を、理由を示さない、着信者自身の状態による拒否と位置付けており、これに対して 607 は発信者の ID そのものが理由だと示す（RFC 8197 §3）。[[608]] はユーザではなく、ユーザに代わって動く中継装置（プロキシまたは B2BUA）が、たとえば通話分析エンジンの判定に従って送る（RFC 8688 §1、§3）。RFC 8688 §1 はまた、下流の分析システムが 607 を人間の判断として重み付けしうると説明しており、RFC 8688 が自動ブロック装置のために 607 とは別に 608 を定め、それを送ってもよい（MAY、RFC 8688 §3.1）とした理由はここにある。RFC 8197 より前の UAC は 607 を [[600]] として扱う（RFC 3261 §8.1.3.2）ので、画面上は着信者が話中だったと表示されることがある。',
        ],
        scenarios: [
          'スマートフォンのユーザが着信中に「迷惑電話として報告」をタップする。電話機の SIP クライアントは INVITE を 607 で拒否し、事業者のプロキシはそれを上流へ返すとともに、From の値などの発信者情報を通話分析エンジンに渡す（RFC 8688 §1 の図 2）。',
          'ユーザがロボコールに応答してしまい、気づいて電話機の迷惑電話キーで切る。電話機は `Reason: SIP ;cause=607 ;text="Unwanted"` を付けた BYE を送るので、応答済みの呼であっても事業者は報告として数えられる（RFC 8197 §4）。',
          '企業の電話機が登録を行い、REGISTER への 200 OK に `Feature-Caps: *;+sip.607` があることを確認する。これで事業者が 607 に対応していると分かるので、電話機は着信を 607 で拒否する迷惑電話ボタンを表示する（RFC 8197 §4）。',
        ],
        fixes: [
          '自分の呼に 607 が返る場合、着信側（ユーザ、またはユーザの電話機のロジック）がその呼を不要と判断している。RFC 8688 §1 によれば、607 は正当な発信者に、そのユーザへの発信をやめるよう伝えうる。ユーザが誤って拒否していると考えられる場合は、別の手段で連絡する。',
          '多くの呼に 607 が返るなら、呼に署名する（STIR/SHAKEN の Identity ヘッダ、RFC 8224）。RFC 8197 §6 は、番号を詐称した呼への報告によってその番号の正当なユーザの呼までブロックされうると警告し、発信者 ID が認証されていない限り 607 を網全体のフィルタ作りに使うべきではない（SHOULD NOT）としている。署名すれば網は自分の呼と詐称された呼を区別できるが、署名した自分の呼への報告は防げない。網全体のフィルタが使いうるのは、まさにそうした報告である。',
          '報告する側を実装する場合は、607 を着信側の UA から、ユーザの操作または UA 内部のロジックに基づいて送り（RFC 8197 §1）、網の分析判断では送らない。下流の分析システムがそれを人間による拒否として重み付けしかねないからである（その用途には [[608]] がある。RFC 8688 §1）。応答済みの呼では BYE の Reason に入れ、ユーザのブロックリストは本人が確認でき元に戻せるようにしておく（RFC 8197 §6）。',
        ],
      },
    },
  },
  {
    code: 608,
    phrase: 'Rejected',
    status: 'active',
    refs: ['RFC8688 §3.1'],
    seeAlso: ['RFC8688 §1', 'RFC8688 §3', 'RFC8688 §3.2', 'RFC8688 §3.3', 'RFC8688 §3.4', 'RFC8688 §3.5', 'RFC8688 §5.2', 'RFC8688 §6', 'RFC3261 §16.7'],
    facts: {
      scope: { value: 'global', refs: ['RFC3261 §16.7', 'RFC3261 §21.6'] },
      sentBy: {
        value: ['analytics'],
        refs: ['RFC8688 §3', 'RFC8688 §3.1'],
        byRole: {
          analytics: ['RFC8688 §3', 'RFC8688 §3.1'],
        },
      },
      methods: { value: 'any', dialog: 'outside', dialogRefs: ['RFC8688 §3.1'], named: ['INVITE', 'MESSAGE', 'SUBSCRIBE'], namedRefs: { INVITE: ['RFC8688 §3.1'], MESSAGE: ['RFC8688 §3.1'], SUBSCRIBE: ['RFC8688 §3.1'] }, refs: ['RFC8688 §3.1'] },
      retry: {
        value: 'never',
        refs: ['RFC3261 §7.2', 'RFC8688 §3.3'],
        // RFC 8688 §3.3 asks only for the normal processing of a 6xx, and RFC 3261 §7.2 sets no level: the texts say what they do say.
        label: {
          en: 'No retry rule in the cited sections: the UAC performs normal SIP processing for 6xx responses, whose request cannot be fulfilled at any server',
          ja: '引用した節に再試行の規定はない。UAC は 6xx に対する通常の SIP 処理を行い、6xx のリクエストはどのサーバでも処理できない',
        },
        next: {
          en: 'the UAC performs normal SIP processing for 6xx responses, and RFC 3261 says that the request of a 6xx cannot be fulfilled at any server; neither sets a rule for sending the request again',
          ja: 'UAC は 6xx に対する通常の SIP 処理を行い、RFC 3261 によれば 6xx のリクエストはどのサーバでも処理できないが、どちらもリクエストを送り直すことについては規定していない',
        },
      },
      failover: { value: 'no', refs: ['RFC3263 §4.3'] },
    },
    headers: [
      {
        name: 'Call-Info',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC8688 §3.1',
        note: {
          en: 'Required unless there are signs the caller would misuse it: `purpose=jwscard` and a URI to a JWS-signed jCard with contact details for disputing the block.',
          ja: '発信者が悪用する兆候がない限り必須である。`purpose=jwscard` を付け、ブロックへの異議申立て先を載せた JWS 署名付き jCard の URI を示す。',
        },
        when: { untestable: true },
      },
      {
        name: 'Feature-Caps',
        in: 'request',
        ref: 'RFC8688 §3.3',
        note: {
          en: '`sip.608` in the INVITE says that the element that added it, the caller\'s UA or one on the way, will be responsible for passing on to the caller the information the 608\'s Call-Info refers to (RFC 8688 §5.2); without it the intermediary counts as that element and MUST play the announcement itself, unless the caveats of RFC 8688 §3.5 and §6 hold (RFC 8688 §3.4).',
          ja: 'INVITE の `sip.608` は、それを入れた装置（発信者の UA または途中の装置）が、608 の Call-Info が指す情報を発信者に伝える責任を負うことを示す（RFC 8688 §5.2）。これがなければ中継装置がその装置とみなされ、RFC 8688 §3.5 と §6 の留意点に当たらない限り、自らアナウンスを流さなければならない（MUST、RFC 8688 §3.4）。',
        },
      },
      {
        name: 'Supported',
        in: 'request',
        ref: 'RFC8688 §3.4',
        note: {
          en: '`100rel` in the INVITE: the UAC MUST include support for 100rel, and an element that conveys an announcement before the 608 MUST Require 100rel in the 183 that sets up its media (RFC 8688 §3.4, RFC 3262).',
          ja: 'INVITE の `100rel`。UAC は 100rel のサポートを示さなければならず、608 の前にアナウンスを伝える装置は、メディアを確立する 183 で 100rel を Require に入れなければならない（MUST、RFC 8688 §3.4、RFC 3262）。',
        },
      },
    ],
    related: [607, 603, 604],
    keywords: {
      en: ['rejected', 'call blocking', 'blocked call', 'robocall', 'call analytics', 'STIR/SHAKEN', 'jCard', 'jwscard', 'redress', 'sip.608'],
      ja: ['迷惑電話', '着信ブロック', '通話ブロック', '誤ブロック', '異議申立て', '分析エンジン'],
    },
    flow: {
      parties: [
        { id: 'a', role: 'uac' },
        { id: 'p1', role: 'proxy', tag: '1' },
        { id: 'p2', role: 'proxy', tag: '2' },
      ],
      steps: [
        { from: 'a', to: 'p1', label: 'INVITE + Feature-Caps: *;+sip.608' },
        { from: 'p1', to: 'a', label: '100 Trying' },
        { from: 'p1', to: 'p2', label: 'INVITE + Feature-Caps: *;+sip.608' },
        { from: 'p2', to: 'p1', label: '608 Rejected + Call-Info (purpose=jwscard)' },
        { from: 'p1', to: 'p2', label: 'ACK' },
        { from: 'p1', to: 'a', label: '608 Rejected + Call-Info (purpose=jwscard)' },
        { from: 'a', to: 'p1', label: 'ACK' },
      ],
      caption: {
        en: 'The called party\'s proxy in the terminating network (proxy 2) asks its call-analytics engine about the call, outside SIP, and on an "unwanted" verdict rejects it with 608 before the callee is alerted; Call-Info points the caller to a signed jCard for disputing the block.',
        ja: '着信側網にある着信者のプロキシ（プロキシ 2）が、SIP とは別の手段で通話分析エンジンに呼を照会する。迷惑電話と判定されたため、着信者を呼び出す前に 608 で拒否する。Call-Info は、ブロックへの異議申立て先を記した署名付き jCard を発信者に示す。',
      },
    },
    example: {
      request: [
        'INVITE sip:+12025550123@example.net;user=phone SIP/2.0',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK6d2e8f.1',
        'Via: SIP/2.0/UDP pbx.example.com:5060;branch=z9hG4bK19a7c3;received=192.0.2.50',
        'Max-Forwards: 69',
        'From: "Example Corp" <sip:+12025550100@example.com;user=phone>;tag=7f2b91',
        'To: <sip:+12025550123@example.net;user=phone>',
        'Call-ID: 2c8e5a91f3d7@pbx.example.com',
        'CSeq: 1 INVITE',
        'Contact: <sip:+12025550100@pbx.example.com:5060>',
        'Supported: 100rel',
        'Feature-Caps: *;+sip.608',
        'Content-Length: 0',
      ].join('\n'),
      response: [
        'SIP/2.0 608 Rejected',
        'Via: SIP/2.0/UDP proxy.example.com:5060;branch=z9hG4bK6d2e8f.1;received=198.51.100.4',
        'Via: SIP/2.0/UDP pbx.example.com:5060;branch=z9hG4bK19a7c3;received=192.0.2.50',
        'From: "Example Corp" <sip:+12025550100@example.com;user=phone>;tag=7f2b91',
        'To: <sip:+12025550123@example.net;user=phone>;tag=blk-4e7a',
        'Call-ID: 2c8e5a91f3d7@pbx.example.com',
        'CSeq: 1 INVITE',
        'Call-Info: <https://block.example.net/redress/7c9e1b2a>;purpose=jwscard',
        'Content-Length: 0',
      ].join('\n'),
      highlight: ['Call-Info', 'Feature-Caps', 'Supported'],
    },
    text: {
      en: {
        title: 'Rejected',
        summary:
          'An intermediary acting for the called user, such as a proxy that consulted a call-analytics engine, rejected the call; unless the caller seems likely to misuse it, a Call-Info header points to a signed contact card for disputing the block.',
        description: [
          'RFC 8688 created 608 so that a caller can tell when a network element, not the called user, refused a call. An intermediary (a proxy or B2BUA acting as UAS on the user\'s behalf, for example after consulting a call-analytics engine) MAY send it in a failure response to an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request, or use it as the cause in a Reason header field (RFC 8688 §3, RFC 8688 §3.1). The user\'s own phone typically never receives the INVITE (RFC 8688 §1).',
          'The code exists for redress. Unless there are signs the caller would misuse it, the intermediary MUST add a Call-Info header field with `purpose=jwscard` whose URI refers to a JWS-signed jCard (RFC 8688 §3.1). The JOSE header carries `typ` "vcard+json", `alg` (ES256 must be supported) and an `x5u` certificate URL; the payload holds an `iat` timestamp and a `jcard` claim with at least one URL, EMAIL, TEL or ADR property for reaching the operator of the block (RFC 8688 §3.2). A UAC that implements RFC 8688 MUST list `sip.608` in the Feature-Caps of its INVITE, processes the 608 like any 6xx, and MUST reject a jCard whose `iat` has expired, about a minute being a reasonable limit (RFC 8688 §3.3). For a caller that does not understand 608, the element that inserted `sip.608` on its behalf MUST be able to convey at least how to contact the operator of the intermediary (RFC 8688 §3.4). That element is responsible for conveying the information the Call-Info refers to, but RFC 8688 does not mandate how: a service provider would be expected to play an announcement toward the caller, while a call center\'s outbound proxy may simply handle the information digitally (RFC 8688 §3.5). If no element inserted `sip.608`, the intermediary counts as the one that did, and MUST play the announcement unless the caveats of RFC 8688 §3.5 and §6 hold. An element that conveys an announcement MUST set up its media with a 183 that requires 100rel, and MUST still forward the 608 as the final response, and the UAC MUST include support for 100rel in its INVITE (RFC 8688 §3.4).',
          'Keep the three refusals apart. [[603]] is the user declining; [[607]] is the called party\'s user agent reporting the caller as unwanted, on the user\'s input or by its own logic (RFC 8197 §1), which downstream analytics may weigh as a human judgement; 608 is a decision by a machine or process, which downstream elements should not count as a human report (RFC 8688 §1). Disguising a block as another code has its own cost: RFC 8688 §1 notes that if a blocking service answers [[604]], other network elements might conclude that the user truly does not exist, and that such false signalling is illegal in many jurisdictions. As with any 6xx, after a 608 on one branch a forking proxy should cancel the others and must open no new ones (RFC 8688 §3.1, RFC 3261 §16.7).',
        ],
        scenarios: [
          'A carrier\'s terminating proxy asks its analytics engine whether an incoming INVITE is acceptable. The engine scores the calling number as a likely robocaller, and the proxy answers 608 with `Call-Info: <https://block.example.net/redress/jws>;purpose=jwscard` without ever alerting the subscriber (RFC 8688 §1, Figure 3).',
          'A call center\'s outbound proxy, which inserts `Feature-Caps: *;+sip.608`, receives 608 for part of a campaign. It fetches the jCard, checks the JWS signature against the `x5u` certificate and the age of `iat`, and queues the operator\'s contact details for the compliance team instead of showing them to agents (RFC 8688 §3.5).',
          'A PSTN caller\'s call is blocked in the terminating network by an intermediary acting on an analytics verdict. No element on the caller\'s side inserted `sip.608`, so the intermediary sends a reliable 183, plays an announcement naming the contact for disputing the block, and then sends the 608 as the final response; the gateway releases the PSTN call (RFC 8688 §3.4).',
        ],
        fixes: [
          'When your calls get 608: an intermediary blocked them, not the person you called. Fetch the Call-Info URI, verify the JWS signature and `iat`, and use the jCard\'s URL, EMAIL, TEL or ADR entry to ask the operator to review the block. Do not keep redialling the number meanwhile.',
          'Sign your calls with STIR (RFC 8224): RFC 8688 §6 says that intermediary operators may wish to include the Call-Info only for an INVITE or other signed initiating request that passes STIR validation, and, as one remediation against amplification attacks, that devices inserting the `sip.608` feature capability play media only in response to a STIR-signed INVITE that passes validation. Those devices are responsible for conveying the redress information to callers that do not understand 608, by means RFC 8688 §3.5 leaves open, such as an announcement; the intermediary is one of them when no element before it inserted `sip.608` (RFC 8688 §3.4). An unsigned call can therefore be blocked with no redress information at all. RFC 8197 §4 names call duration and call volume, and their changes over time, among the inputs call-filtering algorithms may use, so how a caller places its calls, and not only who it is, may affect the verdict. Ask your carrier which analytics providers handle your terminating traffic.',
          'If you operate the blocking intermediary: send 608, not [[607]] or [[604]]; include the signed jCard in Call-Info unless there are indications the caller would misuse it (RFC 8688 §3.1, RFC 8688 §6); if your Call-Info URIs encode per-call data, you MUST use a non-deterministic URI reference mechanism and be prepared to return dummy responses to requests for URIs of calls that do not exist (RFC 8688 §6); and play the announcement yourself when the INVITE lacks `sip.608`, unless the caveats of RFC 8688 §3.5 and §6 apply, setting up its media with a 183 that requires 100rel and still sending the 608 as the final response (both MUST, RFC 8688 §3.4).',
        ],
      },
      ja: {
        title: '中継装置による拒否',
        summary:
          '着信ユーザに代わって動く中継装置（通話分析エンジンに問い合わせたプロキシなど）が呼を拒否した。発信者が悪用しそうでない限り、Call-Info ヘッダが、ブロックに異議を申し立てるための署名付き連絡先カードを指す。',
        description: [
          'RFC 8688 は、呼を拒否したのが着信ユーザではなく網内の装置であることを発信者が見分けられるように 608 を定めた。中継装置（たとえば通話分析エンジンに問い合わせたうえで、ユーザに代わって UAS として動くプロキシまたは B2BUA）は、INVITE、MESSAGE、SUBSCRIBE などダイアログ外のリクエストに対する失敗応答として 608 を送ってよく（MAY）、Reason ヘッダの `cause` パラメータとして使ってもよい（RFC 8688 §3、RFC 8688 §3.1）。ユーザ自身の電話機には、通常 INVITE すら届かない（RFC 8688 §1）。',
          'このコードの存在理由は救済にある。発信者が悪用する兆候がない限り、中継装置は `purpose=jwscard` の Call-Info ヘッダを付けなければならず（MUST）、その URI は JWS で署名された jCard を指す（RFC 8688 §3.1）。JOSE ヘッダには `typ`（"vcard+json"）、`alg`（ES256 のサポートは必須）、証明書の所在を示す `x5u` が入り、ペイロードには `iat` と、ブロックの運用者に連絡するための URL、EMAIL、TEL、ADR のいずれかを含む `jcard` クレームが入る（RFC 8688 §3.2）。RFC 8688 を実装する UAC は、INVITE の Feature-Caps に `sip.608` を入れなければならない。608 は他の 6xx と同様に処理し、`iat` が期限切れの jCard は拒否しなければならない。期限は 1 分程度が妥当とされる（RFC 8688 §3.3）。608 を理解しない発信者については、その発信者に代わって `sip.608` を挿入した装置が、少なくとも中継装置の運用者への連絡方法を伝えられなければならない（MUST、RFC 8688 §3.4）。この装置は Call-Info が指す情報を発信者に伝える責任を負うが、伝え方は RFC 8688 では定められていない。事業者であれば発信者に向けてアナウンスを流すと考えられ、コールセンターのアウトバウンドプロキシであれば情報をデジタルに処理するだけでもよい（RFC 8688 §3.5）。`sip.608` を挿入した装置がなければ中継装置がそれを挿入した装置とみなされ、RFC 8688 §3.5 と §6 の留意点に当たらない限り、アナウンスを流さなければならない（MUST）。アナウンスを伝える装置は、100rel を必須とする 183 でメディアを確立しなければならず、その場合も 608 を最終応答として転送しなければならない。また、UAC は INVITE で 100rel のサポートを示さなければならない（MUST、RFC 8688 §3.4）。',
          '3 種類の拒否を区別しておくこと。[[603]] はユーザ自身が断ったもの、[[607]] は着信側の UA が、ユーザの操作または UA 内部のロジックに基づいて発信者を不要と報告したもので（RFC 8197 §1）、下流の分析システムはこれを人間の判断として重み付けしうる。608 は機械やプロセスによる判断であり、下流の装置はこれを人間の報告として数えるべきではない（RFC 8688 §1）。ブロックを他のコードに偽装することにも代償がある。RFC 8688 §1 は、ブロックサービスが [[604]] を返すと網内の他の装置がそのユーザは本当に存在しないと判断しかねず、多くの法域ではそうした偽のシグナリングは違法でもある、と指摘している。他の 6xx と同じく、あるブランチで 608 を受けたフォーキングプロキシは他のブランチをキャンセルすべきであり、新しいブランチを作ってはならない（RFC 8688 §3.1、RFC 3261 §16.7）。',
        ],
        scenarios: [
          '事業者の着信側プロキシが、届いた INVITE を通してよいか分析エンジンに問い合わせる。エンジンは発信番号をロボコールの可能性が高いと評価し、プロキシは加入者を一度も呼び出さずに `Call-Info: <https://block.example.net/redress/jws>;purpose=jwscard` を付けた 608 を返す（RFC 8688 §1 の図 3）。',
          '`Feature-Caps: *;+sip.608` を挿入するコールセンターのアウトバウンドプロキシが、キャンペーン発信の一部で 608 を受ける。プロキシは jCard を取得し、`x5u` の証明書で JWS 署名を、`iat` で鮮度を検証し、運用者の連絡先をオペレータに見せる代わりにコンプライアンス担当の処理待ちに入れる（RFC 8688 §3.5）。',
          'PSTN の発信者からの呼が、着信側網で、分析の判定に従う中継装置にブロックされる。発信側では誰も `sip.608` を挿入していないので、中継装置自身が信頼性のある 183 を送ってブロックへの異議申立て先を案内するアナウンスを流し、その後 608 を最終応答として送る。ゲートウェイは PSTN 側の呼を解放する（RFC 8688 §3.4）。',
        ],
        fixes: [
          '自分の呼に 608 が返る場合、ブロックしたのは相手本人ではなく中継装置である。Call-Info の URI を取得して JWS の署名と `iat` を検証し、jCard の URL、EMAIL、TEL、ADR を使ってブロックの見直しを運用者に依頼する。その間、同じ番号に発信を繰り返さない。',
          '呼に STIR の署名を付ける（RFC 8224）。RFC 8688 §6 は、中継装置の運用者が、Call-Info を付けるのを STIR の検証に通った INVITE などの署名付きの開始リクエストに限ることもありうるとしている。また、増幅攻撃への対策の一つとして、`sip.608` の機能表示を挿入する装置が、STIR の署名があり検証に通った INVITE に対してだけメディアを流す方法を挙げている。この装置は、608 を理解しない発信者に救済情報を伝える責任を負う。伝え方は RFC 8688 §3.5 では定められておらず、アナウンスはその一例である。それより手前で `sip.608` を挿入した装置がなければ、中継装置自身がこの装置に当たる（RFC 8688 §3.4）。そのため、署名のない呼は救済情報のないままブロックされうる。RFC 8197 §4 は、迷惑呼を判定するアルゴリズムが使いうる入力として通話時間や通話量とその推移を挙げているので、発信者が誰かだけでなく、どのように発信しているかも判定に影響しうる。自社の発信がどの分析事業者の判定を経て着信先に届くのかを、キャリアに確認する。',
          'ブロックする中継装置を運用する場合は、[[607]] や [[604]] ではなく 608 を送る。発信者が悪用する兆候がない限り、署名付き jCard を Call-Info に入れる（RFC 8688 §3.1、RFC 8688 §6）。Call-Info の URI に呼ごとの情報を含める場合は、非決定的な URI 参照の仕組みを使い、存在しない呼を指す URI へのリクエストにはダミーの応答を返せるようにしておかなければならない（MUST、RFC 8688 §6）。INVITE に `sip.608` がなければ、RFC 8688 §3.5 と §6 の留意点に当たらない限り、自らアナウンスを流す。その際は 100rel を必須とする 183 でメディアを確立し、アナウンスの後も 608 を最終応答として送る（いずれも MUST、RFC 8688 §3.4）。',
        ],
      },
    },
  },
];
