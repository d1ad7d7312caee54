import type { CodeEntryInput } from '../schema';

export const codes6xx: CodeEntryInput[] = [
  {
    code: 600,
    phrase: 'Busy Everywhere',
    status: 'active',
    refs: ['RFC3261 §21.6.1'],
    seeAlso: ['RFC3261 §13.3.1.3', 'RFC3261 §16.7', 'RFC3261 §20.33', 'RFC3261 §21.4.24', 'RFC3398 §8.2.6.1'],
    facts: {
      scope: 'global',
      sentBy: ['uas'],
      methods: ['INVITE'],
      retry: 'later',
      failover: false,
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
      ja: ['話中', '全端末話中', 'ユーザ話中', '通話中', '原因値 17'],
    },
    text: {
      en: {
        title: 'Busy Everywhere',
        summary:
          'The callee was reached but is busy, and the responder knows that no other device or service, voicemail included, will take the call.',
        description: [
          'RFC 3261 §21.6.1 describes the same situation as [[486]] (the callee\'s end system was contacted and the callee is busy) plus one claim: no other end point, such as a voicemail system, will answer the request. That claim is what the 6xx class stands for; the server has definitive information about the user, not just about the instance in the Request-URI (RFC 3261 §21.6). A callee who would rather not reveal that being busy is the reason sends [[603]] instead.',
          'The difference matters once a call forks. A stateful proxy that receives a 6xx on one branch SHOULD cancel all pending client transactions and MUST NOT create new branches, and when it picks the final response it must choose from the 6xx responses if there are any (RFC 3261 §16.7). A 600 from one phone therefore stops the user\'s other phones ringing and keeps the call away from voicemail, where a 486 would let the other branches carry on.',
          'Because a single device rarely knows that nothing else will take the call, RFC 3261 §13.3.1.3 expects 600 to be uncommon and tells a UAS to send 486 in the usual case. Gateways translate 600 into ISUP cause 17 "user busy", the same cause as 486 (RFC 3398 §8.2.6.1), so on the PSTN side the two look alike; the difference only exists in SIP.',
        ],
        scenarios: [
          'A user\'s desk phone has a "busy on busy" option that answers any new INVITE with 600 while a call is active. During a second call the forking proxy cancels the branches to the user\'s softphone and mobile client, and the caller hears busy instead of reaching them.',
          'In a hunt group, an agent\'s phone answers a new INVITE with 600 because the agent is on a call. The group\'s proxy stops forking and does not try the remaining agents, so callers who should have reached a free agent hear busy.',
          'A trace of a multi-device user shows a 600 from one device followed by [[487]] responses on the other branches. Those are the results of the CANCELs the proxy sent after the 600 (RFC 3261 §16.7), not separate failures.',
        ],
        fixes: [
          'When you receive 600: do not retry at once and do not try other contacts for the same user; the response speaks for all of them. If it carries Retry-After, that is the earliest sensible time to call again.',
          'If your phones send 600 for an ordinary busy line, make them send [[486]], which RFC 3261 §13.3.1.3 prescribes when the UAS cannot know that no other device will answer. Otherwise voicemail, ringing on the user\'s other devices and hunt groups stop working.',
          'If a hunt group or simultaneous ring stops at the first busy member, look for a 600 (or any 6xx) among the branch responses. The proxy is required to stop forking on it, so the fix belongs in the device, or in a B2BUA that rewrites the response, not in the proxy.',
        ],
      },
      ja: {
        title: '全端末話中',
        summary:
          '着信者に到達したが話中であり、留守番電話を含め他のどの端末・サービスもこの呼を受けないことを応答側が知っている。',
        description: [
          'RFC 3261 §21.6.1 が 600 で表す状況は [[486]] と同じで、着信者の端末には到達したが着信者が話中である。違いは、留守番電話システムのような他のエンドポイントもこのリクエストに応答しない、という主張が加わることである。これが 6xx クラスの意味であり、サーバは Request-URI が示す特定のインスタンスではなく、ユーザそのものについて確定的な情報を持っている（RFC 3261 §21.6）。話中が理由であることを明かしたくない着信者は、代わりに [[603]] を返す。',
          'この違いは呼がフォーキングされたときに効いてくる。ステートフルプロキシは、あるブランチで 6xx を受けると、保留中のクライアントトランザクションをすべてキャンセルすべきであり（SHOULD）、新しいブランチを作ってはならない（MUST NOT）。さらに最終応答を選ぶ際、6xx があればその中から選ばなければならない（RFC 3261 §16.7）。そのため 1 台の電話機が返した 600 で、そのユーザの他の電話機は鳴りやみ、呼は留守番電話にも届かない。486 であれば他のブランチはそのまま続く。',
          '1 台の端末が「他に誰も受けない」と知っていることはまれなので、RFC 3261 §13.3.1.3 は 600 はあまり使われないと見込み、通常は 486 を返すよう UAS に求めている。ゲートウェイは 600 を ISUP の原因値 17「ユーザ話中」に変換するが、これは 486 と同じ原因値である（RFC 3398 §8.2.6.1）。PSTN 側では両者は同じに見え、違いは SIP の中にしか存在しない。',
        ],
        scenarios: [
          'ユーザの卓上電話に、通話中は新しい INVITE にすべて 600 を返す「busy on busy」設定がある。2 本目の呼が来ると、フォーキングしているプロキシはそのユーザのソフトフォンとモバイルクライアントへのブランチをキャンセルし、発信者はそれらの端末につながらずに話中を聞く。',
          'ハントグループで、通話中のエージェントの電話機が新しい INVITE に 600 を返す。グループのプロキシはフォーキングをやめて残りのエージェントを呼び出さないので、空いているエージェントにつながるはずの発信者が話中を聞く。',
          '複数端末を持つユーザのトレースで、1 台からの 600 の後に他のブランチの [[487]] が並んでいる。これは個別の失敗ではなく、600 を受けたプロキシが送った CANCEL の結果である（RFC 3261 §16.7）。',
        ],
        fixes: [
          '600 を受信した場合は、すぐに再試行せず、同じユーザの他の連絡先も試さない。この応答はそれらすべてを代表している。Retry-After が付いていれば、それが改めて発信してよい最も早い時刻である。',
          '自社の電話機が通常の話中で 600 を返しているなら、[[486]] を返すよう変更する。他の端末が応答しないことを UAS が知り得ない場合、RFC 3261 §13.3.1.3 は 486 を求めている。600 のままでは、留守番電話、ユーザの他の端末での呼出し、ハントグループが機能しなくなる。',
          'ハントグループや一斉呼出しが最初の話中メンバーで止まる場合は、ブランチの応答に 600（または他の 6xx）がないかを調べる。プロキシは 6xx でフォーキングを止めることが求められているので、直すべきはプロキシではなく、端末か、応答を書き換える B2BUA である。',
        ],
      },
    },
  },
  {
    code: 603,
    phrase: 'Decline',
    status: 'active',
    refs: ['RFC3261 §21.6.2'],
    seeAlso: ['RFC3261 §16.7', 'RFC3261 §20.33', 'RFC3261 §21.6.1', 'RFC3398 §7.2.4.1', 'RFC3398 §8.2.6.1', 'RFC8197 §3'],
    facts: {
      scope: 'global',
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
      ja: ['着信拒否', '拒否', '拒否ボタン', '通話拒否', '原因値 21'],
    },
    text: {
      en: {
        title: 'Decline',
        summary:
          'The callee\'s device was reached, but the user explicitly does not wish to or cannot take part, and no other end point will answer.',
        description: [
          'RFC 3261 §21.6.2 defines 603 for a call that reached the callee\'s machine where the user explicitly does not wish to, or cannot, participate. Like every 6xx it carries the claim that no other end point will answer the request, and it MAY name a better time to call in Retry-After. Unlike [[600]] it gives no reason: RFC 3261 §21.6.1 points a callee who prefers not to say they are busy to 603.',
          'Being a 6xx, a 603 on one branch makes a forking proxy cancel the other branches and forbids new ones (RFC 3261 §16.7), so the user\'s other devices stop ringing and voicemail is never reached. That is why the choice between 603 and [[486]] for a reject button matters: 486 leaves the rest of the user\'s setup, such as voicemail or other devices, free to handle the call, while 603 ends it everywhere. A caller who cancelled the INVITE gets [[487]], not 603.',
          'RFC 8197 §3 separates 603 from [[607]]: 603 suits a callee who is at dinner or in a meeting and gives no reason, a refusal tied to the callee\'s own state, while 607 says the caller\'s identity is the reason. [[608]] is different again: an intermediary, not the user, refused the call. At the PSTN boundary, RFC 3398 §8.2.6.1 maps 603 to ISUP cause 21 "call rejected", and RFC 3398 §7.2.4.1 maps cause 21 back to [[403]], or to 603 when the cause location is the user.',
        ],
        scenarios: [
          'A user presses Reject on a ringing desk phone configured to send 603. The enterprise proxy cancels the parallel branch to the user\'s softphone, which stops ringing, and the caller is not offered voicemail.',
          'A PSTN gateway receives an ISUP release with cause 21 "call rejected" and location "user", and answers the SIP INVITE with 603 (RFC 3398 §7.2.4.1). In the other direction, a 603 from a SIP phone reaches the PSTN caller as cause 21 (RFC 3398 §8.2.6.1).',
          'A mobile client in a do-not-disturb period answers incoming INVITEs with 603 and `Retry-After: 3600`, telling callers that an attempt in an hour may succeed.',
        ],
        fixes: [
          'When you receive 603: end the attempt, and do not try other contacts or routes for the same callee, since the response speaks for all of them. Retry only if Retry-After says when, and not before that time.',
          'If a reject button should still let voicemail or the user\'s other devices take the call, configure it to send [[486]] (or [[480]] for do-not-disturb) instead of 603; check the phone\'s reject-code setting or the B2BUA\'s response mapping.',
          'If callers complain about rejections nobody made, look for an intermediary (feature server, SBC, call-blocking service) generating 603 on the user\'s behalf. A machine that blocks calls is expected to send [[608]], and a user flagging a call as unwanted sends [[607]].',
        ],
      },
      ja: {
        title: '着信拒否',
        summary:
          '着信者の端末には到達したが、ユーザが明示的に応じない、または応じられない。他のエンドポイントも応答しない。',
        description: [
          'RFC 3261 §21.6.2 の 603 は、呼が着信者の端末まで届いたものの、ユーザが明示的に参加を望まない、または参加できない場合の応答である。他の 6xx と同じく、他のエンドポイントもこのリクエストに応答しないという主張を含み、Retry-After でより適切な発信時刻を示してもよい（MAY）。[[600]] と違って理由は示さない。RFC 3261 §21.6.1 は、話中であることを明かしたくない着信者に 603 を使うよう指示している。',
          '6xx なので、あるブランチで 603 が返るとフォーキングしているプロキシは他のブランチをキャンセルし、新しいブランチも作れない（RFC 3261 §16.7）。ユーザの他の端末は鳴りやみ、留守番電話にも届かない。拒否ボタンに 603 と [[486]] のどちらを割り当てるかが重要なのはこのためである。486 なら留守番電話や他の端末といったユーザ側の仕組みが呼を引き継げるが、603 はあらゆる場所で呼を終わらせる。なお、INVITE をキャンセルした発信者が受け取るのは [[487]] であって 603 ではない。',
          'RFC 8197 §3 は 603 と [[607]] を区別している。603 は着信者が食事中や会議中で理由を言わない場合に合う、着信者自身の状態に基づく拒否であり、607 は発信者の ID こそが拒否の理由だと示す。[[608]] はさらに別物で、ユーザではなく仲介者が呼を拒否したことを表す。PSTN との境界では、RFC 3398 §8.2.6.1 が 603 を ISUP の原因値 21「呼拒否」に対応付け、RFC 3398 §7.2.4.1 は逆に原因値 21 を [[403]] に、原因の場所がユーザであれば 603 に対応付けている。',
        ],
        scenarios: [
          'ユーザが鳴っている卓上電話で「拒否」を押す。電話機は 603 を返すよう設定されており、社内のプロキシはユーザのソフトフォンへの並列ブランチをキャンセルしてその呼出しを止め、発信者は留守番電話に案内されない。',
          'PSTN ゲートウェイが、原因値 21「呼拒否」で場所が「ユーザ」の ISUP 解放を受信し、SIP の INVITE に 603 を返す（RFC 3398 §7.2.4.1）。逆方向では、SIP 電話機の 603 が PSTN の発信者に原因値 21 として届く（RFC 3398 §8.2.6.1）。',
          'おやすみモード中のモバイルクライアントが、着信 INVITE に `Retry-After: 3600` 付きの 603 を返し、1 時間後なら発信が成功するかもしれないと発信者に伝える。',
        ],
        fixes: [
          '603 を受信したら、その発信を終える。この応答は着信者のすべての連絡先を代表しているので、同じ着信者の他の連絡先や経路は試さない。再試行は Retry-After で時刻が示された場合に限り、その時刻より前には行わない。',
          '拒否ボタンを押しても留守番電話やユーザの他の端末に呼を渡したい場合は、603 ではなく [[486]]（おやすみモードなら [[480]]）を送るよう設定する。電話機の拒否時応答コードの設定や、B2BUA の応答変換設定を確認する。',
          '誰も拒否していないのに「拒否された」という苦情がある場合は、ユーザに代わって 603 を生成している仲介装置（フィーチャーサーバ、SBC、迷惑電話ブロックサービス）を探す。機械的に呼をブロックする装置は [[608]] を送るのが筋であり、ユーザが不要な呼として申告するなら [[607]] を送る。',
        ],
      },
    },
  },
  {
    code: 604,
    phrase: 'Does Not Exist Anywhere',
    status: 'active',
    refs: ['RFC3261 §21.6.3'],
    seeAlso: ['RFC3261 §16.7', 'RFC3261 §21.4', 'RFC3261 §21.4.5', 'RFC3398 §8.2.6.1', 'RFC8688 §1'],
    facts: {
      scope: 'global',
      sentBy: ['proxy', 'redirect-server', 'uas'],
      methods: 'any',
      retry: 'never',
      failover: false,
    },
    headers: [],
    related: [404, 410, 608],
    keywords: {
      en: ['does not exist', 'no such user', 'unknown number', 'unallocated number', 'invalid number', 'Q.850 1'],
      ja: ['ユーザ不存在', '存在しない番号', '空番', '欠番', '原因値 1'],
    },
    text: {
      en: {
        title: 'Does Not Exist Anywhere',
        summary:
          'A server with authoritative information states that the user in the Request-URI does not exist at all, not merely at this domain.',
        description: [
          'RFC 3261 §21.6.3 gives 604 a single sentence: the server has authoritative information that the user indicated in the Request-URI does not exist anywhere. The weight is on "authoritative" and "anywhere". [[404]] says only that the user does not exist at the domain in the Request-URI, or that the domain is not one the server handles (RFC 3261 §21.4.5); another route or domain might still succeed. A 604 claims there is nowhere left to look.',
          'Being a 6xx, a 604 on one branch makes a stateful proxy cancel the others and start no new ones (RFC 3261 §16.7). A gateway translating it into ISUP uses cause 1 "unallocated number", the same cause it uses for 404 (RFC 3398 §8.2.6.1), so on the PSTN side the two look alike. The difference shows in SIP routing: after a 4xx the same request to a different server might succeed (RFC 3261 §21.4), so a least-cost router may try the next carrier after a 404, whereas a 604 should end the search.',
          'RFC 8688 §1 records a misuse worth knowing: some call-blocking services answer unwanted calls with 604, hoping to get the number removed from calling lists. Other network elements may then conclude that the user really does not exist, so the user can lose calls they want, and in many jurisdictions such false signalling is itself illegal. A blocking intermediary has [[608]] for that purpose, and [[410]] is the code for a user or number that existed and is gone.',
        ],
        scenarios: [
          'A carrier\'s routing database finds no allocation for the dialled number in any number range it is authoritative for and answers the INVITE with 604, so the originating network stops trying alternative routes.',
          'A call-blocking service in front of a subscriber returns 604 to calls it classifies as robocalls; a legitimate caller\'s dialler marks the number as invalid and never calls again, the side effect RFC 8688 §1 warns about.',
          'An enterprise redirect server that is authoritative for the whole company directory answers 604 for a name found in no department, where a proxy that knows only its own registrations would send [[404]].',
        ],
        fixes: [
          'When you receive 604: treat the number or URI as invalid, but check the dialled digits and the number normalization (country code, leading zeros, `user=phone`) before concluding that the user really does not exist. Do not try other routes for the same Request-URI.',
          'If a server in your network sends 604 while knowing only part of the picture (one registrar, the range of one trunk), change it to send [[404]]; 604 belongs to a server with authoritative knowledge (RFC 3261 §21.6.3).',
          'If you block unwanted calls, do not disguise the block as 604. Send [[608]], with Call-Info for redress, so that legitimate callers are not told the subscriber has ceased to exist (RFC 8688 §1).',
        ],
      },
      ja: {
        title: 'ユーザ不存在（全域）',
        summary:
          '権威ある情報を持つサーバが、Request-URI のユーザはこのドメインに限らずどこにも存在しないと断定している。',
        description: [
          'RFC 3261 §21.6.3 の 604 の定義は 1 文しかない。サーバは、Request-URI が示すユーザがどこにも存在しないという権威ある情報を持っている、というものである。要点は「権威ある」と「どこにも」にある。[[404]] が示すのは、Request-URI のドメインにそのユーザがいないこと、またはそのドメインがサーバの管轄外であることだけで（RFC 3261 §21.4.5）、別の経路やドメインなら成功する余地がある。604 は、もう探す場所がないと主張する。',
          '6xx なので、あるブランチで 604 を受けたステートフルプロキシは他のブランチをキャンセルし、新しいブランチを作らない（RFC 3261 §16.7）。ISUP へ変換するゲートウェイは 604 を原因値 1「欠番（未割当番号）」にするが、これは 404 と同じ原因値であり（RFC 3398 §8.2.6.1）、PSTN 側では両者の区別はつかない。違いは SIP のルーティングに現れる。4xx の後は別のサーバへの同じリクエストが成功しうるので（RFC 3261 §21.4）、最小コストルーティングは 404 を受けても次の事業者を試せるが、604 を受けたら探索を終えるべきである。',
          'RFC 8688 §1 は知っておくべき誤用を記録している。一部の迷惑電話ブロックサービスは、発信リストから番号を消させようとして不要な呼に 604 を返す。すると他のネットワーク要素がそのユーザは本当に存在しないと判断し、ユーザは望む呼まで受けられなくなるおそれがある。多くの法域では、こうした偽のシグナリング自体が違法である。ブロックする仲介者のためには [[608]] があり、かつて存在していて今はないユーザや番号には [[410]] を使う。',
        ],
        scenarios: [
          '事業者のルーティングデータベースが、自らが権威を持つどの番号帯にもダイヤルされた番号の割当てを見つけられず、INVITE に 604 を返す。発信側の網は代替経路を試すのをやめる。',
          '加入者の前段にある迷惑電話ブロックサービスが、ロボコールと判定した呼に 604 を返す。正当な発信者の自動発信システムはその番号を無効と記録し、二度と発信しない。RFC 8688 §1 が警告している副作用そのものである。',
          '会社全体のディレクトリに権威を持つ企業のリダイレクトサーバが、どの部署にもない名前に対して 604 を返す。自分の登録情報しか知らないプロキシであれば、ここで返すのは [[404]] である。',
        ],
        fixes: [
          '604 を受信したら、その番号や URI は無効として扱う。ただし、ユーザが本当に存在しないと結論づける前に、ダイヤルした番号と番号の正規化（国番号、先頭の 0、`user=phone`）を確認する。同じ Request-URI で他の経路は試さない。',
          '網内のサーバが、一部の情報しか持たないのに 604 を返している（1 台のレジストラ、1 本のトランクの番号帯しか知らない、など）なら、[[404]] を返すよう変更する。604 は権威ある知識を持つサーバが返すものである（RFC 3261 §21.6.3）。',
          '不要な呼をブロックする場合、それを 604 に偽装しない。救済用の Call-Info を付けた [[608]] を送れば、正当な発信者に加入者がいなくなったと誤解させずに済む（RFC 8688 §1）。',
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
      scope: 'global',
      sentBy: ['uas'],
      methods: ['INVITE'],
      retry: 'modify',
      failover: false,
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
      ja: ['コーデック不一致', 'メディア不一致', 'SDP 拒否', '受け入れ不可', 'ネゴシエーション失敗'],
    },
    text: {
      en: {
        title: 'Not Acceptable',
        summary:
          'The user\'s agent was reached and the user wants to talk, but the session described in the offer (media, bandwidth, addressing) cannot be supported anywhere the user is.',
        description: [
          'RFC 3261 §21.6.4 defines 606 for an offer the user\'s agent cannot accept: some aspect of the session description, such as the requested media, bandwidth or addressing style, is not acceptable. It says explicitly that the user wishes to communicate but cannot adequately support the session described. The response MAY list reasons in Warning header fields, using the warn-codes of RFC 3261 §20.43, and MAY carry a body describing the media capabilities it does support, formatted as in a 200 to OPTIONS.',
          'Its look-alike [[488]] has the same meaning restricted to the resource in the Request-URI, so the request may succeed elsewhere (RFC 3261 §21.4.26). A 606 is returned only if the client knows that no other end point will answer (RFC 3261 §21.6.4), and as a 6xx it makes a forking proxy cancel the remaining branches (RFC 3261 §16.7). RFC 3261 §13.3.1.3 tells a UAS rejecting an offer to send 488, so 606 is the exception, for a user whose every device shares the same limitation.',
          'What happens next is the initiator\'s decision: RFC 3261 §21.6.4 leaves it to the inviting side whether to act on a 606 at all. RFC 3398 §8.2.6.1 derives the ISUP cause for a 606 from its Warning header, as it does for 488. Neither code is about the body\'s MIME type: a Content-Type the UAS cannot handle is [[415]], and a response format excluded by the Accept header is [[406]].',
        ],
        scenarios: [
          'A SIP phone that supports only G.711 receives an INVITE from a conferencing service whose SDP offers only Opus and G.729. It is the user\'s only device, so it answers 606 with a Warning carrying warn-code 305 and an SDP body listing PCMU and PCMA.',
          'A client invites a user to a multicast conference session; the user\'s agent cannot receive multicast and answers 606 with `Warning: 330 ua.example.com "Multicast not available"` (RFC 3261 §20.43).',
          'An INVITE\'s SDP asks for more bandwidth (`b=` line) than the callee\'s access link can carry, and the UAS answers 606 with warn-code 370 "Insufficient bandwidth".',
        ],
        fixes: [
          'When you receive 606: read the Warning header and any SDP in the body; they tell you which media, codec or bandwidth failed. Either send a new offer built from that list (a new request) or give up; do not resend the same offer.',
          'Check the caller\'s SDP offer: codecs (`m=` lines and `a=rtpmap`), media types, `b=` bandwidth and addressing (IPv4 or IPv6, multicast). Adding a widely supported codec such as G.711 (PCMU/PCMA) often removes the mismatch.',
          'If your UA sends 606 for a codec mismatch, send [[488]] instead unless you know that none of the user\'s other devices could accept the offer (RFC 3261 §13.3.1.3); a 606 from one phone stops forking to all the others.',
        ],
      },
      ja: {
        title: 'セッション受け入れ不可（全域）',
        summary:
          'ユーザの UA には到達し、ユーザも通話を望んでいるが、オファーが記述するセッション（メディア、帯域、アドレス形式）はユーザのどの端末でもサポートできない。',
        description: [
          'RFC 3261 §21.6.4 の 606 は、UA がオファーを受け入れられない場合の応答である。要求されたメディア、帯域、アドレス形式など、セッション記述の一部が受け入れられない。同節は、ユーザは通信を望んでいるが、記述されたセッションを十分にサポートできないのだと明記している。応答には、RFC 3261 §20.43 の警告コードを使って理由を Warning ヘッダに列挙してもよく（MAY）、サポートできるメディア能力を OPTIONS への 200 と同じ形式で記述したボディを付けてもよい（MAY）。',
          'よく似た [[488]] は、同じ意味を Request-URI が指すリソースに限ったもので、リクエストは別の場所なら成功しうる（RFC 3261 §21.4.26）。606 を返すのは他のエンドポイントが応答しないとわかっている場合だけであり（RFC 3261 §21.6.4）、6xx なのでフォーキング中のプロキシに残りのブランチをキャンセルさせる（RFC 3261 §16.7）。RFC 3261 §13.3.1.3 はオファーを拒否する UAS に 488 を返すよう求めているので、606 は、ユーザのすべての端末が同じ制約を抱えている場合の例外である。',
          'その後どうするかは招待した側が決める。RFC 3261 §21.6.4 は、606 に対応して何かするかどうかを発信側に委ねている。RFC 3398 §8.2.6.1 は、488 と同様に 606 の ISUP 原因値も Warning ヘッダから決めるとしている。どちらもボディの MIME タイプの問題ではない。UAS が扱えない Content-Type なら [[415]]、Accept ヘッダが許さない応答形式なら [[406]] である。',
        ],
        scenarios: [
          'G.711 しかサポートしない SIP 電話機が、Opus と G.729 だけをオファーする会議サービスから INVITE を受信する。この電話機はユーザ唯一の端末なので、警告コード 305 の Warning と、PCMU と PCMA を列挙した SDP ボディを付けて 606 を返す。',
          'クライアントがユーザをマルチキャストの会議セッションに招待するが、ユーザの UA はマルチキャストを受信できず、`Warning: 330 ua.example.com "Multicast not available"` を付けた 606 を返す（RFC 3261 §20.43）。',
          'INVITE の SDP が要求する帯域（`b=` 行）が着信者のアクセス回線で運べる量を超えており、UAS が警告コード 370「Insufficient bandwidth」を付けて 606 を返す。',
        ],
        fixes: [
          '606 を受信したら、Warning ヘッダとボディの SDP を読む。どのメディア、コーデック、帯域が原因かがわかる。その一覧から組み立てた新しいオファーを送る（新しいリクエストになる）か、発信を諦める。同じオファーを再送してはならない。',
          '発信者側の SDP オファーを確認する。コーデック（`m=` 行と `a=rtpmap`）、メディア種別、`b=` の帯域、アドレス形式（IPv4 か IPv6 か、マルチキャストか）を見直す。G.711（PCMU/PCMA）のように広く対応しているコーデックを加えるだけで不一致が解消することが多い。',
          '自分の UA がコーデック不一致で 606 を返しているなら、ユーザの他の端末もそのオファーを受けられないと確実にわかっている場合を除き、[[488]] を返す（RFC 3261 §13.3.1.3）。1 台の電話機の 606 で、他のすべての端末へのフォーキングが止まってしまう。',
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
      scope: 'global',
      sentBy: ['uas'],
      methods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
      retry: 'never',
      failover: false,
    },
    headers: [],
    related: [603, 608, 486],
    keywords: {
      en: ['unwanted call', 'spam', 'robocall', 'spam button', 'report spam', 'nuisance call', 'sip.607'],
      ja: ['迷惑電話', '迷惑電話報告', 'スパム', 'ロボコール', '着信ブロック'],
    },
    text: {
      en: {
        title: 'Unwanted',
        summary:
          'The called user flagged this call or message as unwanted; later attempts from the same caller are likely to be rejected too.',
        description: [
          'RFC 8197 defines 607 as feedback from the called party. The user agent sends it, on the user\'s input or by its own logic, to say that this communication is unwanted and that future attempts are likely to be rejected the same way (RFC 8197 §1). It may answer an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request, and the same value may appear as the cause in a Reason header field, for example when the user hangs up an answered call with BYE, or when a forking proxy sends CANCEL after a 607 arrived on one branch (RFC 8197 §4).',
          'Receivers owe it nothing beyond normal 6xx handling, but the provider delivering calls to that user MAY act on it: add the caller to the user\'s personal block list, feed it into crowd-sourced scoring of likely unwanted callers, start a traceback, or report the identity to complaint databases (RFC 8197 §4). Because caller IDs can be spoofed, 607 SHOULD NOT be used to build global filters unless the caller identity was authenticated with STIR (RFC 8224) (RFC 8197 §6). A registrar can advertise support with the `sip.607` feature-capability indicator in Feature-Caps of its REGISTER response (RFC 8197 §4, RFC 8197 §5.2), so that phones show a spam button only where it has an effect.',
          'What sets 607 apart from its neighbours is who decided, and why. [[603]] is a refusal based on the callee\'s own state and gives no reason; 607 says the caller\'s identity is the reason (RFC 8197 §3). [[608]] comes from an intermediary such as an analytics engine, not from the user; RFC 8688 §1 explains that downstream analytics may weigh a 607 as a human judgement, which is why an automated blocker should send 608 rather than 607. A UAC that predates RFC 8197 treats 607 as [[600]] (RFC 3261 §8.1.3.2), so its screen may report the callee as busy.',
        ],
        scenarios: [
          'A smartphone user taps "Report spam" on an incoming call. The VoLTE client rejects the INVITE with 607; the operator\'s proxy forwards it upstream and passes the From value and other details of the caller to its call-analytics engine (RFC 8688 §1, Figure 2).',
          'A user answers a robocall, realizes what it is and hangs up with the phone\'s spam key. The phone sends BYE with `Reason: SIP ;cause=607 ;text="Unwanted"`, so the provider can count the report even though the call was answered (RFC 8197 §4).',
          'An enterprise phone registers and finds `Feature-Caps: *;+sip.607` in the 200 OK to its REGISTER; only then does it display a spam button that answers calls with 607 (RFC 8197 §4).',
        ],
        fixes: [
          'When your calls get 607: the called user marked them as unwanted. Do not call that number again from the same identity; stop automatic retries and remove it from dialling lists. A legitimate business should reach the customer through another channel, as RFC 8688 §1 describes.',
          'If many of your calls are flagged, sign them with an authenticated identity (the STIR/SHAKEN Identity header, RFC 8224). RFC 8197 §6 restricts network-wide filters built from 607 to authenticated callers, so a verified, consistent caller ID is your best protection against being confused with spoofed robocalls.',
          'If you build the reporting side: send 607 only on a user\'s action or a user-configured rule, never from a network analytics decision (that is what [[608]] is for); put it in the Reason of the BYE when the call was already answered; and keep the user\'s block list visible and reversible (RFC 8197 §6).',
        ],
      },
      ja: {
        title: '不要な着信',
        summary:
          '着信したユーザがこの呼またはメッセージを不要（迷惑）と判断した。同じ発信者からの今後の試行も同様に拒否される可能性が高い。',
        description: [
          'RFC 8197 は 607 を着信側からのフィードバックとして定義している。UA はユーザの操作または UA 内部のロジックに基づいてこれを送り、この通信が不要であること、今後の試行も同じように拒否される可能性が高いことを伝える（RFC 8197 §1）。INVITE、MESSAGE、SUBSCRIBE などダイアログ外のリクエストに対する失敗応答として使えるほか、同じ値を Reason ヘッダの cause として使うこともできる。たとえば、応答済みの呼をユーザが BYE で切る場合や、あるブランチで 607 を受けたフォーキングプロキシが CANCEL を送る場合である（RFC 8197 §4）。',
          '受信側に 6xx としての通常の処理以上の義務はないが、そのユーザに呼を届けている事業者は 607 をもとに行動してよい（MAY）。発信者をそのユーザ個人のブロックリストに加える、不要な呼を発信していそうな相手をクラウドソーシングで評価する際の入力にする、トレースバックを始める、苦情データベースに発信者の ID を報告する、といった対応である（RFC 8197 §4）。発信者 ID は詐称されうるので、STIR（RFC 8224）で発信者 ID が認証されていない限り、607 を網全体のフィルタ作りに使うべきではない（SHOULD NOT、RFC 8197 §6）。レジストラは REGISTER への応答の Feature-Caps に `sip.607` を入れて対応を通知でき（RFC 8197 §4、RFC 8197 §5.2）、電話機は効果がある場合にだけ迷惑電話ボタンを表示できる。',
          '隣接するコードとの違いは、誰がどんな理由で判断したかにある。[[603]] は着信者自身の状態による拒否で、理由は示さない。607 は発信者の ID そのものが理由だと示す（RFC 8197 §3）。[[608]] はユーザではなく、分析エンジンのような仲介者が送る。RFC 8688 §1 は、下流の分析システムが 607 を人間の判断として重み付けしうると説明しており、自動ブロック装置が 607 ではなく 608 を送るべき理由はここにある。RFC 8197 より前の UAC は 607 を [[600]] として扱う（RFC 3261 §8.1.3.2）ので、画面上は着信者が話中だったと表示されることがある。',
        ],
        scenarios: [
          'スマートフォンのユーザが着信中に「迷惑電話として報告」をタップする。VoLTE クライアントは INVITE を 607 で拒否し、事業者のプロキシはそれを上流へ返すとともに、From の値などの発信者情報を通話分析エンジンに渡す（RFC 8688 §1 の図 2）。',
          'ユーザがロボコールに応答してしまい、気づいて電話機の迷惑電話キーで切る。電話機は `Reason: SIP ;cause=607 ;text="Unwanted"` を付けた BYE を送るので、応答済みの呼であっても事業者は報告として数えられる（RFC 8197 §4）。',
          '企業の電話機が登録を行い、REGISTER への 200 OK に `Feature-Caps: *;+sip.607` があることを確認する。電話機はその場合にだけ、着信を 607 で拒否する迷惑電話ボタンを表示する（RFC 8197 §4）。',
        ],
        fixes: [
          '自分の呼に 607 が返る場合、着信したユーザがその呼を不要と判断している。同じ発信者 ID でその番号に発信し直さず、自動再試行を止めて発信リストから番号を外す。正当な事業者であれば、RFC 8688 §1 が述べるように別の手段で顧客に連絡する。',
          '多くの呼に 607 が付けられるなら、呼に認証済みの ID（STIR/SHAKEN の Identity ヘッダ、RFC 8224）を付ける。RFC 8197 §6 は、607 から網全体のフィルタを作ることを認証済みの発信者に限っているので、検証された一貫した発信者番号が、詐称されたロボコールと混同されないための最善の防御になる。',
          '報告する側を実装する場合は、607 をユーザの操作かユーザが設定したルールでだけ送り、網の分析判断では送らない（その用途には [[608]] がある）。応答済みの呼では BYE の Reason に入れ、ユーザのブロックリストは本人が確認でき元に戻せるようにしておく（RFC 8197 §6）。',
        ],
      },
    },
  },
  {
    code: 608,
    phrase: 'Rejected',
    status: 'active',
    refs: ['RFC8688 §3.1'],
    seeAlso: ['RFC8688 §1', 'RFC8688 §3', 'RFC8688 §3.2', 'RFC8688 §3.3', 'RFC8688 §3.4', 'RFC8688 §3.5', 'RFC8688 §6', 'RFC3261 §16.7'],
    facts: {
      scope: 'global',
      sentBy: ['analytics', 'proxy'],
      methods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
      retry: 'never',
      failover: false,
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
      },
      {
        name: 'Feature-Caps',
        in: 'request',
        ref: 'RFC8688 §3.3',
        note: {
          en: '`sip.608` in the INVITE says an element on the caller\'s side understands 608; without it the intermediary must play the redress information itself (RFC 8688 §3.4).',
          ja: 'INVITE の `sip.608` は、発信側の要素が 608 を理解することを示す。これがなければ、仲介者自身が救済情報をアナウンスしなければならない（RFC 8688 §3.4）。',
        },
      },
    ],
    related: [607, 603, 604],
    keywords: {
      en: ['rejected', 'call blocking', 'blocked call', 'robocall', 'call analytics', 'STIR/SHAKEN', 'jCard', 'jwscard', 'redress', 'sip.608'],
      ja: ['迷惑電話', '着信ブロック', '通話ブロック', '誤ブロック', '異議申立て', '分析エンジン'],
    },
    text: {
      en: {
        title: 'Rejected',
        summary:
          'An intermediary, typically a call-analytics engine acting for the called user, rejected the call; a Call-Info header points to a signed contact card for disputing the block.',
        description: [
          'RFC 8688 created 608 so that a caller can tell when a network element, not the called user, refused a call. An intermediary (a proxy or B2BUA acting as UAS on the user\'s behalf, usually after consulting a call-analytics engine) MAY send it in a failure response to an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request, or use it as the cause in a Reason header field (RFC 8688 §3, RFC 8688 §3.1). The user\'s own phone normally never sees the INVITE.',
          'The code exists for redress. Unless there are signs the caller would misuse it, the intermediary MUST add a Call-Info header field with `purpose=jwscard` whose URI refers to a JWS-signed jCard (RFC 8688 §3.1). The JOSE header carries `typ` "vcard+json", `alg` (ES256 must be supported) and an `x5u` certificate URL; the payload holds an `iat` timestamp and a `jcard` claim with at least one URL, EMAIL, TEL or ADR property for reaching the operator of the block (RFC 8688 §3.2). A UAC MUST list `sip.608` in the Feature-Caps of its INVITE, processes the 608 like any 6xx, and MUST reject a jCard whose `iat` has expired, about a minute being a reasonable limit (RFC 8688 §3.3). For legacy callers, the first element that understands 608 plays the information as an announcement in early media, using a reliable 183, and still forwards the 608 as the final response (RFC 8688 §3.4, RFC 8688 §3.5).',
          'Keep the three refusals apart. [[603]] is the user declining; [[607]] is the user reporting the caller as unwanted, a human judgement that analytics may weigh; 608 is a decision by a machine or process, which downstream elements should not count as a human report (RFC 8688 §1). Intermediaries should not disguise blocks as other codes either: RFC 8688 §1 notes that blocking with [[604]] can lead the network to believe the user does not exist. As with any 6xx, a 608 on one branch makes a forking proxy cancel the others and open no new ones (RFC 8688 §3.1, RFC 3261 §16.7).',
        ],
        scenarios: [
          'A carrier\'s terminating proxy asks its analytics engine whether an incoming INVITE is acceptable. The engine scores the calling number as a likely robocaller, and the proxy answers 608 with `Call-Info: <https://block.example.net/redress/jws>;purpose=jwscard` without ever alerting the subscriber (RFC 8688 §1, Figure 3).',
          'A call center\'s outbound proxy, which inserts `Feature-Caps: *;+sip.608`, receives 608 for part of a campaign. It fetches the jCard, checks the JWS signature against the `x5u` certificate and the age of `iat`, and queues the operator\'s contact details for the compliance team instead of showing them to agents (RFC 8688 §3.5).',
          'A PSTN caller\'s call is blocked by an analytics service in the terminating network. No element on the caller\'s side inserted `sip.608`, so the intermediary sends a reliable 183, plays an announcement naming the contact for disputing the block, and then forwards the 608; the gateway releases the PSTN call (RFC 8688 §3.4).',
        ],
        fixes: [
          'When your calls get 608: an intermediary blocked them, not the person you called. Fetch the Call-Info URI, verify the JWS signature and `iat`, and use the jCard\'s URL, EMAIL, TEL or ADR entry to ask the operator to review the block. Do not keep redialling the number meanwhile.',
          'To reduce blocking, sign your calls with STIR/SHAKEN (full attestation where possible) and keep caller IDs consistent. RFC 8197 §4 names call duration and call volume, and their changes over time, among the inputs such algorithms use, so avoid bursts of very short calls. Ask your carrier which analytics providers handle your terminating traffic.',
          'If you operate the blocking intermediary: send 608, not [[607]] or [[604]]; include the signed jCard in Call-Info unless the caller is clearly malicious (RFC 8688 §3.1, RFC 8688 §6); use unguessable URIs if they encode per-call data (RFC 8688 §6); and play the announcement yourself when the INVITE lacks `sip.608` (RFC 8688 §3.4).',
        ],
      },
      ja: {
        title: '仲介者による拒否',
        summary:
          '着信ユーザに代わって動く仲介者（多くは通話分析エンジン）が呼を拒否した。Call-Info ヘッダが、ブロックに異議を申し立てるための署名付き連絡先カードを指す。',
        description: [
          'RFC 8688 は、呼を拒否したのが着信ユーザではなくネットワーク要素であることを発信者が見分けられるように 608 を定めた。仲介者（通常は通話分析エンジンに問い合わせたうえで、ユーザに代わって UAS として動くプロキシまたは B2BUA）は、INVITE、MESSAGE、SUBSCRIBE などダイアログ外のリクエストに対する失敗応答として 608 を送ってよく（MAY）、Reason ヘッダの cause として使ってもよい（RFC 8688 §3、RFC 8688 §3.1）。ユーザ自身の電話機には、通常 INVITE すら届かない。',
          'このコードの存在理由は救済にある。発信者が悪用する兆候がない限り、仲介者は `purpose=jwscard` の Call-Info ヘッダを付けなければならず（MUST）、その URI は JWS で署名された jCard を指す（RFC 8688 §3.1）。JOSE ヘッダには `typ`（"vcard+json"）、`alg`（ES256 のサポートは必須）、証明書の所在を示す `x5u` が入り、ペイロードには `iat` と、ブロックの運用者に連絡するための URL、EMAIL、TEL、ADR のいずれかを含む `jcard` クレームが入る（RFC 8688 §3.2）。UAC は INVITE の Feature-Caps に `sip.608` を入れなければならず、608 は通常の 6xx として処理し、`iat` が期限切れの jCard は拒否しなければならない。期限は 1 分程度が妥当とされる（RFC 8688 §3.3）。608 を理解しない旧来の発信者に対しては、608 を理解する最初の要素が高信頼の 183 を使ってアーリーメディアでアナウンスを流し、それでも 608 を最終応答として転送する（RFC 8688 §3.4、RFC 8688 §3.5）。',
          '3 種類の拒否を区別しておくこと。[[603]] はユーザ自身が断ったもの、[[607]] はユーザが発信者を不要と報告したもので、分析システムが人間の判断として重み付けしうる。608 は機械やプロセスによる判断であり、下流の要素はこれを人間の報告として数えるべきではない（RFC 8688 §1）。仲介者がブロックを他のコードに偽装することも避ける。RFC 8688 §1 が指摘するとおり、[[604]] でブロックすると、網がそのユーザは存在しないと判断しかねない。他の 6xx と同じく、あるブランチで 608 を受けたフォーキングプロキシは他のブランチをキャンセルし、新しいブランチを作らない（RFC 8688 §3.1、RFC 3261 §16.7）。',
        ],
        scenarios: [
          '事業者の着信側プロキシが、届いた INVITE を通してよいか分析エンジンに問い合わせる。エンジンは発信番号をロボコールの可能性が高いと評価し、プロキシは加入者を一度も呼び出さずに `Call-Info: <https://block.example.net/redress/jws>;purpose=jwscard` を付けた 608 を返す（RFC 8688 §1 の図 3）。',
          '`Feature-Caps: *;+sip.608` を挿入するコールセンターのアウトバウンドプロキシが、キャンペーン発信の一部で 608 を受ける。プロキシは jCard を取得し、`x5u` の証明書で JWS 署名を、`iat` で鮮度を検証し、運用者の連絡先をオペレータに見せる代わりにコンプライアンス担当の処理待ちに入れる（RFC 8688 §3.5）。',
          'PSTN の発信者からの呼が、着信側網の分析サービスにブロックされる。発信側では誰も `sip.608` を挿入していないので、仲介者自身が高信頼の 183 を送ってブロックへの異議申立て先を案内するアナウンスを流し、その後 608 を転送する。ゲートウェイは PSTN 側の呼を解放する（RFC 8688 §3.4）。',
        ],
        fixes: [
          '自分の呼に 608 が返る場合、ブロックしたのは相手本人ではなく仲介者である。Call-Info の URI を取得して JWS の署名と `iat` を検証し、jCard の URL、EMAIL、TEL、ADR を使ってブロックの見直しを運用者に依頼する。その間、同じ番号に発信を繰り返さない。',
          'ブロックを減らすには、呼に STIR/SHAKEN の署名を付け（可能なら完全な証明レベルで）、発信者番号を一貫させる。RFC 8197 §4 は、こうしたアルゴリズムの入力として通話時間や通話量とその推移を挙げているので、ごく短い呼を一度に大量に発信するのは避ける。自社の呼がどの分析事業者を経て着信するのかを事業者に確認する。',
          'ブロックする仲介者を運用する場合は、[[607]] や [[604]] ではなく 608 を送る。発信者が明らかに悪意を持つ場合を除き、署名付き jCard を Call-Info に入れる（RFC 8688 §3.1、RFC 8688 §6）。呼ごとの情報を URI に含めるなら推測できない URI を使い（RFC 8688 §6）、INVITE に `sip.608` がなければ自らアナウンスを流す（RFC 8688 §3.4）。',
        ],
      },
    },
  },
];
