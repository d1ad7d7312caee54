import type { CodeEntryInput } from '../schema';

export const codes1xx: CodeEntryInput[] = [
  {
    code: 100,
    phrase: 'Trying',
    status: 'active',
    refs: ['RFC3261 §21.1.1'],
    seeAlso: ['RFC3261 §8.2.6.1', 'RFC3261 §16.2', 'RFC3261 §16.7', 'RFC3261 §17.2.1', 'RFC3261 §9.1', 'RFC3262 §3', 'RFC4320 §4.1'],
    facts: {
      scope: 'hop',
      sentBy: ['proxy', 'uas', 'gateway'],
      methods: 'any',
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'Timestamp',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §8.2.6.1',
        note: {
          en: 'If the request carried a Timestamp, the 100 must echo it (adding the processing delay when there was one), so that the client can estimate the round-trip time to this hop.',
          ja: 'リクエストに Timestamp があれば、100 はそれをそのまま返さなければならない（処理に遅延があればその値も加える）。クライアントはこれでこのホップまでの往復時間を見積もれる。',
        },
      },
    ],
    related: [180, 183, 408, 487],
    keywords: {
      en: ['Trying', 'INVITE retransmission', 'Timer A', 'hop-by-hop', 'UDP retransmits', 'rport'],
      ja: ['試行中', 'トライング', 'INVITE 再送', 'タイマ A', 'ホップバイホップ', '暫定応答'],
    },
    text: {
      en: {
        title: 'Trying',
        summary:
          'The next hop has received the request and is working on it; the answer stops INVITE retransmissions and is never relayed further upstream.',
        description: [
          '100 Trying comes from the neighbouring server, not from the called party. RFC 3261 §21.1.1 defines it as a sign that the next hop holds the request and is doing something with it, for example consulting a database. Like any provisional response it moves the caller\'s INVITE client transaction into the Proceeding state, which ends the Timer A retransmissions over UDP (RFC 3261 §17.1.1.2). Unlike the others, a stateful proxy must not forward it (RFC 3261 §16.7), so each 100 in a trace speaks for exactly one hop.',
          'For INVITE it is close to mandatory: the INVITE server transaction must generate a 100 unless it knows the transaction user will respond within 200 ms (RFC 3261 §17.2.1). For other methods the advice points the other way. A UAS should not send provisional responses to non-INVITE requests and a stateful proxy should not generate 100 for them (RFC 3261 §8.2.6.1, §16.2); RFC 4320 §4.1 later allowed a 100 to a non-INVITE request over a reliable transport at any time, but over UDP only once the client\'s Timer E has backed off to T2.',
          'A 100 says nothing about the callee. It never creates a dialog, because RFC 3261 §12.1 counts only 101–199 and 2xx responses; it may carry a To tag, though a transaction layer that builds it should leave the tag out (RFC 3261 §17.2.1); it can never be sent reliably with 100rel (RFC 3262 §3); and it does not restart a proxy\'s Timer C, which only 101–199 responses refresh (RFC 3261 §16.7). That is what separates it from [[180]] and [[183]], which travel end to end from the user agent actually handling the call.',
        ],
        scenarios: [
          'A desk phone sends INVITE over UDP to its PBX or to a carrier SBC. The SBC replies 100 Trying within milliseconds and the phone stops retransmitting, although the callee has not been reached yet.',
          'On the path caller → outbound proxy → inbound proxy → callee, every hop answers the INVITE with its own 100, yet the caller\'s capture only ever shows the 100 from the first hop: each proxy absorbs the 100s arriving from further downstream.',
          'A client library creates an early dialog from a 100 Trying that a proxy sent with a To tag but without Contact, and later fails when it tries to use that dialog. The baresip/re library fixed exactly this: a 100 must never create a dialog.',
        ],
        fixes: [
          'If the capture shows the same INVITE repeated at 0.5 s, 1 s, 2 s and so on with no 100 coming back, the request or its responses are being lost. Check that responses are sent to the address in the top Via (received and rport parameters) and look for a firewall or NAT binding that drops them.',
          'If the call sits after 100 Trying and then ends with [[408]] or a CANCEL, the fault lies beyond the first hop: follow the INVITE to the next proxy or to the callee and find which element never produced a 180 or 183. A 100 alone does not keep a proxy\'s Timer C (longer than three minutes) from firing.',
          'If a phone cannot abandon a call attempt before it rings, remember that a CANCEL may only be sent after some provisional response has arrived (RFC 3261 §9.1); the 100 from the first hop is what allows it.',
          'If you build a SIP stack: let the server transaction send 100 for INVITE whenever the answer may take longer than 200 ms, echo any Timestamp header, never send it reliably, never build dialog state from a received 100, and do not send 100 to non-INVITE requests over UDP before the Timer E interval of RFC 4320 §4.1.',
        ],
      },
      ja: {
        title: '試行中',
        summary:
          '次ホップのサーバがリクエストを受け取り、処理を始めたことを示す。INVITE の再送を止めるが、それより上流へは中継されない。',
        description: [
          '100 Trying を返すのは着信者ではなく、隣接する次ホップのサーバである。RFC 3261 §21.1.1 では、次ホップがリクエストを受け取り、データベースの照会など何らかの処理を進めていることを示す応答と定義されている。他の暫定応答と同じく、発信者側の INVITE クライアントトランザクションを Proceeding 状態に移し、UDP でのタイマ A による再送を止める（RFC 3261 §17.1.1.2）。一方、ステートフルプロキシは 100 を中継してはならない（RFC 3261 §16.7）。そのためトレース上の 100 は、それぞれ 1 ホップ分の事実しか表さない。',
          'INVITE に対しては、送信はほぼ義務である。INVITE サーバトランザクションは、TU（トランザクションユーザ）が 200 ms 以内に応答すると分かっている場合を除き、100 を生成しなければならない（RFC 3261 §17.2.1）。他のメソッドでは逆の扱いになる。UAS は非 INVITE リクエストに暫定応答を返すべきではなく、ステートフルプロキシもそれらに 100 を生成すべきではない（RFC 3261 §8.2.6.1、§16.2）。その後 RFC 4320 §4.1 は、非 INVITE リクエストへの 100 を、信頼性のあるトランスポートではいつでも、UDP ではクライアントのタイマ E が T2 まで伸びた後に限って認めた。',
          '100 は着信者の状態について何も語らない。RFC 3261 §12.1 がダイアログを生成するとしているのは 101〜199 と 2xx だけなので、100 がダイアログを作ることはない。To タグを付けてもよいが、トランザクション層が生成する場合は付けるべきではない（RFC 3261 §17.2.1）。100rel による信頼性のある送信の対象にもならず（RFC 3262 §3）、プロキシのタイマ C を再始動させるのも 101〜199 の応答だけである（RFC 3261 §16.7）。この点で、実際に呼を処理している UA からエンドツーエンドで届く [[180]] や [[183]] とは性質がまったく異なる。',
        ],
        scenarios: [
          '卓上電話機が UDP で PBX や通信事業者の SBC に INVITE を送る。SBC は数ミリ秒で 100 Trying を返し、着信者にはまだ到達していないにもかかわらず、電話機は再送をやめる。',
          '発信者 → 発信側プロキシ → 着信側プロキシ → 着信者 という経路では、各ホップがそれぞれ INVITE に 100 を返す。しかし発信者側のキャプチャに現れるのは最初のホップの 100 だけである。下流から届く 100 は各プロキシが吸収してしまう。',
          'クライアントライブラリが、プロキシから To タグ付き・Contact なしで届いた 100 Trying をもとにアーリーダイアログを作り、後でそのダイアログを使おうとして失敗する。baresip/re ライブラリで実際に修正された不具合であり、100 がダイアログを生成することはない。',
        ],
        fixes: [
          '同じ INVITE が 0.5 秒、1 秒、2 秒…と繰り返し送られ、100 が返ってこない場合は、リクエストか応答が失われている。応答が先頭 Via のアドレス（received、rport パラメータ）へ送られているかを確認し、応答を落としているファイアウォールや NAT バインディングを探す。',
          '100 Trying の後で呼が止まり、[[408]] や CANCEL で終わる場合、障害は最初のホップより先にある。INVITE を次のプロキシや着信者まで追い、180 や 183 を一度も返していない装置を特定する。100 だけではプロキシのタイマ C（3 分超）の満了は防げない。',
          '着信前に発信を取りやめられない端末では、CANCEL は何らかの暫定応答を受け取った後でなければ送れないこと（RFC 3261 §9.1）を確認する。最初のホップから届く 100 があれば CANCEL を送れる。',
          'SIP スタックを実装する場合、応答に 200 ms 以上かかりうるときはサーバトランザクションから INVITE に 100 を送り、Timestamp ヘッダをそのまま返す。100 を信頼性のある応答として送らず、受信した 100 からダイアログ状態を作らない。非 INVITE リクエストには、RFC 4320 §4.1 のタイマ E の間隔が過ぎるまで UDP で 100 を返さない。',
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
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: ['INVITE'],
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'Alert-Info',
        in: 'response',
        strength: 'MAY',
        ref: 'RFC3261 §20.4',
        note: {
          en: 'In a 180 it names an alternative ringback tone for the caller to play instead of the default one.',
          ja: '180 に付いた場合、発信者が標準の音の代わりに鳴らすリングバックトーンを指定する。',
        },
      },
      {
        name: 'Contact',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §13.3.1.1',
        note: {
          en: 'A 180 with a To tag creates an early dialog, so it follows the dialog-creating rules of RFC 3261 §12.1.1: Contact present, Record-Route copied from the INVITE.',
          ja: 'To タグ付きの 180 はアーリーダイアログを生成するため、RFC 3261 §12.1.1 のダイアログ生成規則に従う。Contact を含め、INVITE の Record-Route をコピーする。',
        },
      },
    ],
    related: [183, 100, 181, 182, 487, 480],
    keywords: {
      en: ['ringing', 'ringback', 'ring back tone', 'alerting', 'no ringback', 'early dialog', 'distinctive ring'],
      ja: ['呼び出し音', 'リングバックトーン', '鳴動', '呼出中', 'RBT', 'アーリーダイアログ'],
    },
    text: {
      en: {
        title: 'Ringing',
        summary:
          'The user agent that received the INVITE is alerting its user, and the caller may now start ringback locally.',
        description: [
          '180 is the end-to-end sign that a device is really ringing. RFC 3261 §21.1.2 gives it just two meanings: the UA that received the INVITE is trying to alert its user, and the caller MAY use it to start ringback locally. Every proxy forwards it upstream immediately (RFC 3261 §16.7), unlike [[100]]. When it carries a To tag it opens an early dialog with the ringing device (RFC 3261 §12.1, §13.3.1.1), so it must include a Contact and the Record-Route values of the INVITE.',
          'With forking, several devices can ring at once. Each sends its own 180 with a different To tag and the caller holds one early dialog per device (RFC 3261 §13.2.2.1). Every 180 also restarts Timer C in each proxy on the path; a callee that lets a call ring for a long time has to repeat a provisional response other than 100 at least once a minute, so that no proxy cancels the transaction after its three-minute limit (RFC 3261 §13.3.1.1).',
          'Whether the caller hears a locally generated ring or audio from the far end depends on early media, not on the code. RFC 3960 §3.2 describes the usual policy: after a 180 with no incoming media, play local ringback; after a 180 with media arriving, play the media. A 180 with SDP therefore often ends in silence when the RTP never arrives. Progress that is not alerting, such as an announcement, belongs in [[183]]; a 180 should be sent whenever the user is really being alerted.',
        ],
        scenarios: [
          'A PBX forks an incoming call to a desk phone and a softphone. Both answer the INVITE with 180 Ringing under different To tags, and the caller\'s capture shows two early dialogs until one device sends [[200]].',
          'A softphone stays silent while the far phone rings: the carrier\'s 180 carried SDP, so the softphone waited for early media instead of generating local ringback, and a NAT or SBC then blocked that media.',
          'A hunt group or a PSTN gateway waiting for an answer keeps a call ringing for minutes. Each new 180 keeps the proxies\' Timer C running; when the caller gives up, the CANCEL ends the INVITE with [[487]], or the network closes the attempt with [[480]] or [[408]].',
        ],
        fixes: [
          'No ringback at the caller: check whether the 180 (or a 183 before it) carried SDP. If so, verify that RTP from the far end actually reaches the caller; if early media cannot be provided, have the SBC or gateway send 180 without SDP, or set the phone to play local ringback when no media arrives.',
          'Calls cancelled after about three minutes of ringing: make the ringing side repeat 180 at least once a minute (RFC 3261 §13.3.1.1) and check the Timer C values of the proxies in between.',
          'A caller\'s UA confused by forking: keep one early dialog per To tag, and accept that a [[199]] or the final response may end some of them while another device keeps ringing.',
          'No 180 for a re-INVITE is normal: a UAS may skip it there because nobody is being alerted (RFC 3261 §14.2). Do not treat its absence as an error.',
        ],
      },
      ja: {
        title: '呼び出し中',
        summary:
          'INVITE を受け取った UA がユーザを呼び出しており、発信者はローカルでリングバックトーンを鳴らし始めてよい。',
        description: [
          '180 は、端末が実際に鳴っていることをエンドツーエンドで伝える応答である。RFC 3261 §21.1.2 が与える意味は二つだけで、INVITE を受け取った UA がユーザを呼び出そうとしていること、そして発信者がこれを契機にローカルでリングバックを始めてよいことである。[[100]] と違い、各プロキシは 180 を直ちに上流へ中継する（RFC 3261 §16.7）。To タグ付きの 180 は鳴っている端末とのアーリーダイアログを開く（RFC 3261 §12.1、§13.3.1.1）ため、Contact と INVITE の Record-Route の値を含めなければならない。',
          'フォーキングでは複数の端末が同時に鳴る。各端末が異なる To タグの 180 を返し、発信者は端末ごとに一つずつアーリーダイアログを持つ（RFC 3261 §13.2.2.1）。180 は経路上の各プロキシのタイマ C も再始動させる。長時間鳴らし続ける着信者側は、プロキシが 3 分の上限でトランザクションを取り消さないよう、100 以外の暫定応答を少なくとも 1 分ごとに送り直さなければならない（RFC 3261 §13.3.1.1）。',
          '発信者に聞こえるのがローカル生成の呼び出し音か相手側の音声かは、応答コードではなくアーリーメディアで決まる。RFC 3960 §3.2 が示す一般的なポリシーは、180 を受けてメディアが届かなければローカルのリングバックを鳴らし、メディアが届いていればそれを再生する、というものである。そのため SDP 付きの 180 を受けたのに RTP が来ないと、無音になりやすい。アナウンスなど呼び出し以外の進捗を伝えるのは [[183]] の役割であり、180 はユーザを実際に呼び出しているときに送るべきものである。',
        ],
        scenarios: [
          'PBX が着信を卓上電話機とソフトフォンにフォーキングする。両方が異なる To タグの 180 Ringing を返し、どちらかが [[200]] を送るまで、発信者側のキャプチャには二つのアーリーダイアログが並ぶ。',
          '相手の電話は鳴っているのに、ソフトフォンが無音のままになる。通信事業者の 180 に SDP が付いていたため、ソフトフォンはローカルのリングバックを生成せずにアーリーメディアを待ち、そのメディアを NAT や SBC が遮断していた。',
          'ハントグループや、応答を待つ PSTN ゲートウェイでは、呼が何分も鳴り続ける。180 が届くたびにプロキシのタイマ C が延長される。発信者があきらめれば CANCEL により INVITE は [[487]] で終わり、網側が [[480]] や [[408]] で打ち切ることもある。',
        ],
        fixes: [
          '発信者側でリングバックが聞こえない場合は、180（またはその前の 183）に SDP が付いていたかを確認する。付いていれば、相手側からの RTP が実際に発信者まで届いているかを調べる。アーリーメディアを提供できないなら、SBC やゲートウェイから SDP なしの 180 を送らせるか、メディアが届かないときはローカルのリングバックを鳴らすよう電話機を設定する。',
          '3 分ほど鳴らしたところで呼が取り消される場合は、鳴動している側に 180 を少なくとも 1 分ごとに送り直させ（RFC 3261 §13.3.1.1）、途中のプロキシのタイマ C の値も確認する。',
          'フォーキングで発信者側の UA が混乱する場合は、To タグごとにアーリーダイアログを保持し、別の端末が鳴り続けている間に [[199]] や最終応答がその一部を終わらせることを前提に作る。',
          're-INVITE に 180 が返らないのは正常である。誰も呼び出していないため、UAS はそこで 180 を省略してよい（RFC 3261 §14.2）。180 がないことを異常と判断しない。',
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
      scope: 'endpoint',
      sentBy: ['uas', 'proxy'],
      methods: ['INVITE'],
      retry: 'none',
      failover: false,
    },
    headers: [],
    related: [180, 302, 183, 182],
    keywords: {
      en: ['call forwarding', 'call diversion', 'forwarded call', 'forward on no answer', 'voicemail', 'History-Info', 'Diversion'],
      ja: ['着信転送', '転送', '不在転送', '無応答転送', '話中転送', 'ボイスメール', '迂回'],
    },
    text: {
      en: {
        title: 'Call Is Being Forwarded',
        summary:
          'A server on the path is sending the call on to other destinations, such as a forwarding number or voicemail, and lets the caller know while it does so.',
        description: [
          'RFC 3261 §21.1.3 says only that a server MAY send 181 to show that the call is being forwarded to a different set of destinations. The code is purely informative: the INVITE transaction stays open, nothing is asked of the caller, and the final answer will come from whichever new destination responds. A phone may display that the call was forwarded, but it has to keep waiting. A UA that does not recognise 181 still handles it safely, since RFC 3261 §8.1.3.2 makes any unknown provisional code other than 100 behave like [[183]].',
          'The sender is normally the element that applies a forwarding rule, such as a PBX or feature server doing call forwarding on no answer or on busy. It answers as a user agent: a proxy cannot put a To tag on a provisional response of its own, so a non-100 provisional response like 181 comes from a UAS role, possibly one living in the same box as the proxy (RFC 3261 §16.7). If the forwarding server then proxies the INVITE toward the new destination, the 180 or 200 that follows carries the new target\'s own To tag, so a caller can hold two early dialogs for one call.',
          '181 is not a redirection. With [[302]] the server hands a new address back and the caller\'s side sends a fresh INVITE; with 181 the server keeps the call, retargets it itself, and the caller merely learns that it happened. Nor is it an alerting signal: under the common ringback policy of RFC 3960 §3.2 only a [[180]] starts local ringback, so the caller hears ringing again only when the new destination rings.',
        ],
        scenarios: [
          'A PBX user has forwarding on no answer to a mobile number. After the desk phone has rung for 20 seconds, the PBX cancels that leg, sends 181 Call Is Being Forwarded to the caller and places a new INVITE toward the mobile over its SIP trunk.',
          'A hosted voice platform sends unanswered calls to voicemail. The caller\'s capture shows 180, then 181, then a 200 OK from the voicemail server under a different To tag.',
          'An IMS application server applying call diversion sends 181, so that the calling handset can show that the call was diverted before the new destination starts ringing.',
        ],
        fixes: [
          'Nothing is wrong when you receive 181: keep the INVITE transaction and its early dialogs alive and wait for further provisional or final responses. Do not start a new call or treat 181 as a failure.',
          'If the display or the call records show the wrong party after forwarding, look at the identity headers the forwarding server added (History-Info or Diversion) rather than at the 181 itself; RFC 3261 requires no header in a 181 that names the new target.',
          'If you run the forwarding server: send 181 only when you actually retarget the call, and during long forwarding chains keep sending a non-100 provisional response at least once a minute so that proxies do not cancel the INVITE (RFC 3261 §13.3.1.1).',
        ],
      },
      ja: {
        title: '着信転送中',
        summary:
          '経路上のサーバが、転送先番号やボイスメールなど別の宛先へ呼を回しており、その最中であることを発信者に知らせる。',
        description: [
          'RFC 3261 §21.1.3 の規定は、呼が別の宛先群へ転送されていることを示すためにサーバが 181 を送ってもよい、というだけである。純粋に情報を伝える応答であり、INVITE トランザクションは継続し、発信者に何かを求めることもない。最終応答は新しい宛先のいずれかから届く。端末は転送されたことを表示してもよいが、応答を待ち続けなければならない。181 を知らない UA でも安全に扱える。RFC 3261 §8.1.3.2 により、認識できない 100 以外の暫定応答は [[183]] として処理されるからである。',
          '181 を送るのは、通常は転送ルールを適用する装置、たとえば無応答転送や話中転送を行う PBX やフィーチャーサーバである。このとき装置は UA として応答する。プロキシは自ら生成した暫定応答に To タグを付けられないため、181 のような 100 以外の暫定応答は UAS の役割から送られる。その UAS はプロキシと同じ装置内にあってもよい（RFC 3261 §16.7）。転送サーバが続けて新しい宛先へ INVITE をプロキシする場合、その後の 180 や 200 には転送先自身の To タグが付くため、一つの呼で発信者側に二つのアーリーダイアログができることがある。',
          '181 はリダイレクトではない。[[302]] ではサーバが新しいアドレスを返し、発信者側が改めて INVITE を送る。181 ではサーバが呼を手放さずに自ら宛先を変え、発信者はその事実を知らされるだけである。また呼び出しの通知でもない。RFC 3960 §3.2 の一般的なリングバックポリシーでは、ローカルのリングバックを始めるのは [[180]] だけなので、発信者に再び呼び出し音が聞こえるのは新しい宛先が鳴ったときである。',
        ],
        scenarios: [
          'PBX のユーザが携帯番号への無応答転送を設定している。卓上電話機が 20 秒鳴った後、PBX はその呼を取り消し、発信者に 181 Call Is Being Forwarded を返して、SIP トランク経由で携帯番号へ新たな INVITE を送る。',
          'クラウド型の音声サービスが、応答のない呼をボイスメールへ回す。発信者側のキャプチャには 180、181 の順に応答が現れ、続いてボイスメールサーバから別の To タグの 200 OK が届く。',
          'IMS の着信転送サービスを提供するアプリケーションサーバが 181 を送り、新しい宛先が鳴り始める前に、発信側の端末に転送されたことを表示させる。',
        ],
        fixes: [
          '181 を受信しても異常ではない。INVITE トランザクションとアーリーダイアログを維持したまま、後続の暫定応答や最終応答を待つ。新たな発信を始めたり、181 を失敗として扱ったりしない。',
          '転送後に端末の表示や通話記録の相手が正しくない場合は、181 そのものではなく、転送サーバが付加した識別用のヘッダ（History-Info や Diversion）を確認する。RFC 3261 は、181 に転送先を示すヘッダを求めていない。',
          '転送サーバを運用する側は、実際に宛先を変えたときだけ 181 を送る。転送が長く連なる場合は、プロキシに INVITE を取り消されないよう、100 以外の暫定応答を少なくとも 1 分ごとに送り続ける（RFC 3261 §13.3.1.1）。',
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
      scope: 'endpoint',
      sentBy: ['uas'],
      methods: ['INVITE'],
      retry: 'none',
      failover: false,
    },
    headers: [],
    related: [180, 183, 181, 486, 480],
    keywords: {
      en: ['queue', 'call queue', 'call center', 'contact centre', 'ACD', 'camp-on', 'waiting time'],
      ja: ['キュー', '待ち呼', 'コールセンター', '順番待ち', 'キャンプオン', '待ち時間'],
    },
    text: {
      en: {
        title: 'Queued',
        summary:
          'The callee cannot take the call right now, but instead of rejecting it the server has put it in a queue and will send the real final response later.',
        description: [
          'RFC 3261 §21.1.4 presents 182 as the alternative to refusing a call to someone who is temporarily unavailable: the server holds the INVITE and, once the called party is free, returns whatever final status fits. The reason phrase may be rewritten to tell the caller where they stand, for example how many calls are ahead and how long the wait should be, and the server may send several 182 responses as the position changes.',
          'Queuing keeps the INVITE transaction open for a long time, which collides with proxy timers. A proxy may cancel a transaction after a three-minute gap between responses, so the queuing server must send a provisional response other than 100 at least every minute (RFC 3261 §13.3.1.1). Repeated 182s with an updated reason phrase do that job, because every 101–199 response restarts each proxy\'s Timer C (RFC 3261 §16.7).',
          '182 is the opposite decision to [[486]] or [[480]]: the server could have refused, and chose to keep the caller waiting instead. It differs from [[180]] in that nobody is being alerted yet. A UA that does not know 182 treats it like [[183]] (RFC 3261 §8.1.3.2), and many UAs never display the reason phrase, so what the caller actually experiences depends on early media or on how the phone presents a 182.',
        ],
        scenarios: [
          'A customer dials a support line. The contact centre\'s SIP front end finds every agent occupied, answers 182 with a reason phrase such as "3 calls ahead of you", and sends 200 OK when an agent picks up.',
          'A queuing server sends a fresh 182 every 45 seconds so that the carrier\'s proxies, which would otherwise give up on the branch after three minutes without a provisional response, keep the call alive.',
          'A PBX camp-on feature holds a call to an extension that is on another call, signals 182 until the extension is free, and then lets it ring with [[180]].',
        ],
        fixes: [
          'When you receive 182, keep waiting: the final response will follow. Show the reason phrase if the interface allows it, and do not apply a short no-answer timer meant for ringing calls.',
          'If queued calls drop after about three minutes, make the queuing server repeat 182 (or another non-100 provisional response) at least once a minute and check the Timer C values of the proxies on the path.',
          'If callers hear silence while queued: a 182 carries no audio by itself. Play the announcement or music as early media, with SDP in a provisional response, or answer the call and play the queue audio inside the established session.',
        ],
      },
      ja: {
        title: 'キュー待ち',
        summary:
          '着信者はすぐには応答できないが、サーバは呼を拒否せずに待ち行列に入れており、本来の最終応答は後で返す。',
        description: [
          'RFC 3261 §21.1.4 は、一時的に応答できない相手への呼を拒否する代わりの手段として 182 を位置づけている。サーバは INVITE を保持し、着信者が空いた時点で状況に合った最終応答を返す。理由フレーズは発信者に状況を伝えるために書き換えてよく、前に待っている呼の数や予想待ち時間を入れることができる。順番が変わるたびに 182 を何度送ってもよい。',
          'キューイングは INVITE トランザクションを長時間開いたままにするため、プロキシのタイマと衝突する。プロキシは応答の間隔が 3 分空いたトランザクションを取り消すことができるので、キューイングするサーバは 100 以外の暫定応答を少なくとも 1 分ごとに送らなければならない（RFC 3261 §13.3.1.1）。101〜199 の応答はどれも各プロキシのタイマ C を再始動させる（RFC 3261 §16.7）ため、理由フレーズを更新した 182 を繰り返し送ることがその役目を果たす。',
          '182 は [[486]] や [[480]] とは反対の判断である。サーバは拒否することもできたが、発信者を待たせることを選んだ。まだ誰も呼び出していない点で [[180]] とも異なる。182 を知らない UA はこれを [[183]] として扱い（RFC 3261 §8.1.3.2）、理由フレーズを表示しない UA も多い。発信者が実際にどう感じるかは、アーリーメディアの有無や端末による 182 の見せ方に左右される。',
        ],
        scenarios: [
          '顧客がサポート窓口に電話する。コンタクトセンターの SIP フロントエンドは全オペレータが対応中であることを確認し、「3 calls ahead of you」のような理由フレーズを付けた 182 を返し、オペレータが応答した時点で 200 OK を送る。',
          'キューイングサーバが 45 秒ごとに新しい 182 を送る。暫定応答のないまま 3 分たつと分岐をあきらめてしまう通信事業者のプロキシに、呼を維持させるためである。',
          'PBX のキャンプオン機能が、通話中の内線への呼を保持し、内線が空くまで 182 を返し続け、空いたところで [[180]] により呼び出す。',
        ],
        fixes: [
          '182 を受信したら待ち続ける。最終応答は後で届く。画面が対応していれば理由フレーズを表示し、呼び出し中の呼を想定した短い無応答タイマを適用しない。',
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
    seeAlso: ['RFC3261 §8.1.3.2', 'RFC3261 §13.2.1', 'RFC3261 §13.3.1.1', 'RFC3262 §3', 'RFC3960 §3.2'],
    alsoSeen: [
      {
        phrase: 'Session in Progress',
        source: {
          en: 'drachtio-server\'s reason-phrase table and the doubango (sipML5) IMS stack',
          ja: 'drachtio-server の理由フレーズ表、doubango（sipML5）の IMS スタック',
        },
      },
    ],
    facts: {
      scope: 'endpoint',
      sentBy: ['uas', 'gateway'],
      methods: ['INVITE'],
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'RSeq',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3262 §3',
        note: {
          en: 'Required when the 183 is sent reliably (the INVITE offered or required 100rel); the 183 then also carries Require: 100rel, and the caller confirms it with a PRACK whose RAck quotes this number.',
          ja: '183 を信頼性のある応答として送る場合（INVITE が 100rel を提示または要求した場合）に必須。このとき 183 は Require: 100rel も持ち、発信者はこの番号を RAck に入れた PRACK で受信を確認する。',
        },
      },
      {
        name: 'Contact',
        in: 'response',
        strength: 'MUST',
        ref: 'RFC3261 §13.3.1.1',
        note: {
          en: 'A 183 with a To tag opens an early dialog; its Contact is where the caller sends PRACK or UPDATE while early media is playing.',
          ja: 'To タグ付きの 183 はアーリーダイアログを開く。その Contact は、アーリーメディアの再生中に発信者が PRACK や UPDATE を送る宛先となる。',
        },
      },
    ],
    related: [180, 199, 181, 182, 404, 480],
    keywords: {
      en: ['early media', 'ringback', 'announcement', 'SDP in 183', 'PRACK', '100rel', 'P-Early-Media', 'no audio before answer'],
      ja: ['アーリーメディア', 'トーキー', 'ガイダンス', 'リングバックトーン', 'PRACK', '100rel', '応答前の音声'],
    },
    text: {
      en: {
        title: 'Session Progress',
        summary:
          'A catch-all progress report from the far end, most often carrying SDP so that the caller hears early media such as ringback or an announcement before the call is answered.',
        description: [
          'RFC 3261 §21.1.5 defines 183 loosely: it reports progress that fits no other class, and the reason phrase, header fields or body may give the details. In practice the detail is nearly always an SDP body. The offer/answer rules allow the answer to an INVITE\'s offer to appear in provisional responses sent before the 2xx (RFC 3261 §13.2.1), so a 183 with SDP sets up a media path while the call is still unanswered; the far end, typically a PSTN gateway or a network announcement server, can then stream ringback, a queue message or an error announcement. Every UAC must be able to process it, and an unknown provisional code is handled as a 183 (RFC 3261 §8.1.3.2).',
          'Plain provisional responses are not delivered reliably, so networks that depend on that SDP send the 183 reliably with RFC 3262: the INVITE offers or requires 100rel, the 183 carries Require: 100rel and an RSeq number, and the caller acknowledges it with PRACK (RFC 3262 §3). A 183 with a To tag opens an early dialog like any 101–199 response, and with forking each branch can send its own 183 with its own media.',
          'The difference from [[180]] decides what the caller hears. Under the common ringback policy of RFC 3960 §3.2 a phone generates local ringing only after a 180, so a 183 without any incoming media leaves the caller in silence. A 183 also promises nothing about the outcome: carriers often play an announcement through a 183 and then end the call with a failure such as [[404]] or [[480]], so a 183 followed by a 4xx is normal behaviour, not a protocol error.',
        ],
        scenarios: [
          'A call to a mobile number leaves through a carrier trunk. The carrier returns 183 Session Progress with SDP and its network ringback flows as early media, followed later by 180 or directly by 200 OK.',
          'A call to a disconnected number: the carrier sends 183 with SDP, plays an announcement that the number is not in service, then sends [[404]] or another failure. The capture shows a failed call, yet the user heard a recorded message.',
          'An IMS handset sends an INVITE with Require: 100rel and QoS preconditions; the terminating side answers with a reliable 183 carrying SDP and RSeq, and the handset answers with PRACK while resources are being reserved.',
        ],
        fixes: [
          'Silence after 183: check that the 183 carries SDP and that RTP from the address in that SDP really reaches the caller (NAT, SBC media anchoring, firewall). If the far end sends 183 without SDP and never a 180, the phone may never start local ringback; many gateways and SBCs can be configured to convert 183 to 180 or to add one.',
          'Reliable 183 that is never acknowledged: when it carries Require: 100rel, the caller has to send PRACK with an RAck matching the RSeq. Without it the far end keeps retransmitting the 183 and, after 64*T1, should reject the INVITE with a 5xx (RFC 3262 §3). Only list 100rel in Supported or Require if the UAC really implements PRACK.',
          'Announcement followed by a failure: read the final response, and any Reason header in it, for the real cause; the 183 only carried the audio. If your platform has to translate failure codes for routing or billing, do it on the final response, not on the 183.',
          'If you send 183 from a gateway or SBC: include SDP only when media will actually flow, and send 180 when the user is really being alerted, so that phones relying on local ringback still play it.',
        ],
      },
      ja: {
        title: 'セッション進行中',
        summary:
          '相手側からの汎用的な進捗通知。多くは SDP を伴い、応答前にリングバックトーンやアナウンスなどのアーリーメディアを発信者に聞かせるために使われる。',
        description: [
          'RFC 3261 §21.1.5 の 183 の定義は緩やかで、他のどの分類にも当てはまらない進捗を伝え、その詳細は理由フレーズ、ヘッダ、ボディで示してよい、というものである。実際には、その詳細はほぼ必ず SDP ボディである。オファー／アンサーの規則では、INVITE のオファーに対するアンサーを 2xx より前の暫定応答に入れてもよい（RFC 3261 §13.2.1）。そのため SDP 付きの 183 は、呼が未応答のうちにメディア経路を張る。相手側、多くは PSTN ゲートウェイや網のアナウンスサーバが、そこでリングバックトーン、キューのメッセージ、エラーアナウンスを流す。すべての UAC は 183 を処理できなければならず、認識できない暫定応答も 183 として扱われる（RFC 3261 §8.1.3.2）。',
          '通常の暫定応答は確実に届く保証がないため、その SDP に依存する網では RFC 3262 により 183 を信頼性のある応答として送る。INVITE が 100rel を提示または要求し、183 は Require: 100rel と RSeq 番号を持ち、発信者は PRACK で受信を確認する（RFC 3262 §3）。To タグ付きの 183 は他の 101〜199 の応答と同様にアーリーダイアログを開き、フォーキング時には分岐ごとに別々の 183 とメディアが届きうる。',
          '[[180]] との違いは、発信者に何が聞こえるかを左右する。RFC 3960 §3.2 の一般的なリングバックポリシーでは、端末がローカルで呼び出し音を鳴らすのは 180 を受けた後だけなので、メディアの届かない 183 では発信者は無音のまま待つことになる。また 183 は結果について何も約束しない。通信事業者は 183 でアナウンスを流した後、[[404]] や [[480]] などの失敗応答で呼を終えることが多く、183 の後に 4xx が続くのは正常な動作であってプロトコル違反ではない。',
        ],
        scenarios: [
          '携帯番号への発信が通信事業者のトランクを経由する。事業者は SDP 付きの 183 Session Progress を返し、網のリングバックトーンがアーリーメディアとして流れ、その後 180 または直接 200 OK が届く。',
          '使われていない番号への発信では、事業者が SDP 付きの 183 を送って「この番号は現在使われていない」旨のアナウンスを流し、その後 [[404]] などの失敗応答を送る。キャプチャ上は失敗した呼だが、ユーザには録音メッセージが聞こえている。',
          'IMS 端末が Require: 100rel と QoS プリコンディションを指定して INVITE を送る。着信側は SDP と RSeq を含む信頼性のある 183 を返し、端末はリソース予約を進めながら PRACK で応える。',
        ],
        fixes: [
          '183 の後が無音の場合は、183 に SDP が付いているか、その SDP のアドレスからの RTP が実際に発信者まで届いているか（NAT、SBC のメディアアンカー、ファイアウォール）を確認する。相手が SDP なしの 183 だけを送り 180 を送らない場合、端末はローカルのリングバックを始めないことがある。多くのゲートウェイや SBC では、183 を 180 に変換する、または 180 を追加する設定ができる。',
          '信頼性のある 183 が確認されない場合、183 に Require: 100rel があれば、発信者は RSeq に対応する RAck を付けた PRACK を送らなければならない。送らなければ相手は 183 を再送し続け、64*T1 を過ぎると INVITE を 5xx で拒否すべきとされている（RFC 3262 §3）。UAC が実際に PRACK を実装している場合に限り、Supported や Require に 100rel を入れる。',
          'アナウンスの後に失敗した場合は、最終応答とそこに含まれる Reason ヘッダから本当の原因を読む。183 は音声を運んだだけである。ルーティングや課金のために失敗コードを変換する必要があるなら、183 ではなく最終応答に対して行う。',
          'ゲートウェイや SBC から 183 を送る側は、実際にメディアが流れるときだけ SDP を付け、ユーザを本当に呼び出しているときは 180 を送る。ローカルのリングバックに頼る端末でも呼び出し音が鳴るようにするためである。',
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
      scope: 'endpoint',
      sentBy: ['proxy', 'uas'],
      methods: ['INVITE'],
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'Supported',
        in: 'request',
        ref: 'RFC6228 §6',
        note: {
          en: 'The INVITE must list the option tag 199 here; a forking proxy generates 199 only for callers that did.',
          ja: 'INVITE のこのヘッダにオプションタグ 199 を入れる。フォーキングプロキシが 199 を生成するのは、これを示した発信者に対してだけである。',
        },
      },
    ],
    related: [487, 180, 183, 200],
    keywords: {
      en: ['forking', 'parallel forking', 'serial forking', 'early dialog', 'branch failed', 'option tag 199'],
      ja: ['フォーキング', 'アーリーダイアログ', '並列フォーキング', '分岐の失敗', 'オプションタグ 199'],
    },
    text: {
      en: {
        title: 'Early Dialog Terminated',
        summary:
          'A forking proxy or a UAS reports that one early dialog of a still-pending INVITE has ended, before any final response reaches the caller.',
        description: [
          'Under RFC 3261 alone, an early dialog ends silently. When one branch of a forked INVITE fails, the proxy keeps that failure in its response context and goes on waiting for the other branches (RFC 3261 §16.7), so the caller is never told that the device behind that early dialog has gone. If the branch was sending early media, the caller may hold resources for it until the whole INVITE completes, when a non-2xx final response ends all early dialogs at once (RFC 3261 §12.3).',
          'RFC 6228 §1 introduces 199 to close that gap. When a forking proxy receives a non-2xx final response on a branch that had created an early dialog, and does not forward that response at once, it should send a 199 upstream on that early dialog, carrying the dialog\'s To tag (RFC 6228 §6). A UAS that manages several early dialogs itself can send 199 in the same way. The caller has to ask for it: a proxy generates 199 only if the INVITE listed the option tag 199 in its Supported header.',
          '199 is still a provisional response. The INVITE transaction goes on, other branches may yet ring or answer, and a final response arrives later. That sets it apart from [[487]], the final response that closes the whole INVITE after a CANCEL. On receipt the caller can release what it kept for the terminated early dialog, such as that branch\'s media stream, and expect nothing more on it. A stack that predates RFC 6228 simply processes it as an unknown 1xx, which RFC 3261 §8.1.3.2 maps to [[183]].',
        ],
        scenarios: [
          'An IMS network forks an INVITE to a subscriber\'s handset and a fixed-line device. The handset sends 183 with early media and then rejects with [[486]]; the S-CSCF, still waiting for the fixed device, sends 199 Early Dialog Terminated with the handset\'s To tag, and the calling phone stops playing that branch\'s media.',
          'A proxy doing serial forking (desk phone first, then mobile) gets a failure from the first target after that target had sent 180. Because the caller listed 199 in Supported, the proxy sends 199 for that early dialog before it tries the next target.',
          'Wireshark\'s SIP statistics show a 199 row although no device on the network implements RFC 6228: Wireshark\'s response-code table uses values ending in 99 as catch-all rows for each class, which collides with the registered 199.',
        ],
        fixes: [
          'When you receive 199, find the early dialog by its To tag, stop rendering its media and free its resources, then keep waiting for the final response: the call attempt is not over.',
          'If you never see 199 although branches fail, check that the caller\'s INVITE carries Supported: 199 and that the forking proxy implements RFC 6228; without both, early dialogs end silently as in plain RFC 3261.',
          'Do not mistake it for [[487]]: a 199 followed by a 200 OK from another branch is an ordinary forked call that was answered elsewhere.',
        ],
      },
      ja: {
        title: 'アーリーダイアログ終了',
        summary:
          'フォーキングプロキシまたは UAS が、まだ完了していない INVITE のアーリーダイアログの一つが終わったことを、最終応答より前に発信者へ知らせる。',
        description: [
          'RFC 3261 だけでは、アーリーダイアログは黙って終わる。フォーキングされた INVITE の一つの分岐が失敗しても、プロキシはその失敗応答を応答コンテキスト（response context）に保持したまま他の分岐を待つ（RFC 3261 §16.7）。そのアーリーダイアログの先にいた端末が消えたことは、発信者には伝わらない。その分岐がアーリーメディアを流していた場合、発信者は INVITE 全体が完了するまでその分岐用のリソースを確保し続けることがある。完了した時点で、2xx 以外の最終応答がすべてのアーリーダイアログを一度に終わらせる（RFC 3261 §12.3）。',
          'RFC 6228 §1 は、この隙間を埋めるために 199 を導入した。フォーキングプロキシは、アーリーダイアログを生成していた分岐で 2xx 以外の最終応答を受け取り、それをすぐには上流へ中継しない場合、そのアーリーダイアログの To タグを付けた 199 を上流へ送るべきとされる（RFC 6228 §6）。自ら複数のアーリーダイアログを扱う UAS も同様に 199 を送れる。ただし発信者が求めていることが前提で、プロキシが 199 を生成するのは INVITE の Supported ヘッダにオプションタグ 199 がある場合に限られる。',
          '199 はあくまで暫定応答である。INVITE トランザクションは続き、他の分岐はまだ鳴ることも応答することもあり、最終応答は後で届く。この点で、CANCEL の後に INVITE 全体を閉じる最終応答 [[487]] とは異なる。199 を受けた発信者は、終了したアーリーダイアログのために確保していたもの（その分岐のメディアストリームなど）を解放でき、そのダイアログでそれ以上何かを待つ必要はない。RFC 6228 以前のスタックは、これを未知の 1xx として処理するだけである。RFC 3261 §8.1.3.2 により、その扱いは [[183]] と同じになる。',
        ],
        scenarios: [
          'IMS 網が INVITE を加入者の携帯端末と固定端末へフォーキングする。携帯端末はアーリーメディア付きの 183 を送った後、[[486]] で拒否する。固定端末の応答を待っている S-CSCF は携帯端末の To タグを付けた 199 Early Dialog Terminated を送り、発信側の端末はその分岐のメディア再生をやめる。',
          'シリアルフォーキング（卓上電話機、次に携帯の順に試す）を行うプロキシが、180 を送っていた最初の宛先から失敗応答を受け取る。発信者が Supported に 199 を入れていたため、プロキシは次の宛先を試す前に、そのアーリーダイアログについて 199 を送る。',
          'Wireshark の SIP 統計に、網内に RFC 6228 対応の装置がないのに 199 の行が現れる。Wireshark の応答コード表は各クラスの末尾 99 の値を「その他」の集計行として使っており、登録済みの 199 と重なっている。',
        ],
        fixes: [
          '199 を受信したら、To タグで該当するアーリーダイアログを特定し、そのメディアの再生をやめてリソースを解放したうえで、最終応答を待ち続ける。発信の試みはまだ終わっていない。',
          '分岐が失敗しているのに 199 が一度も来ない場合は、発信者の INVITE に Supported: 199 が入っているか、フォーキングプロキシが RFC 6228 を実装しているかを確認する。どちらかが欠ければ、素の RFC 3261 どおりアーリーダイアログは黙って終わる。',
          '[[487]] と取り違えない。199 の後に別の分岐から 200 OK が届くのは、別の端末で応答された、ごく普通のフォーキングの呼である。',
        ],
      },
    },
  },
];
