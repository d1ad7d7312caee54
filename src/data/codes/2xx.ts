import type { CodeEntryInput } from '../schema';

export const codes2xx: CodeEntryInput[] = [
  {
    code: 202,
    phrase: 'Accepted',
    status: 'deprecated',
    refs: ['RFC6665 §8.3.1', 'RFC7647 §5'],
    seeAlso: ['RFC3515 §2.4.2', 'RFC3515 §2.4.4', 'RFC3515 §2.4.5'],
    facts: {
      scope: 'endpoint',
      sentBy: ['notifier', 'uas'],
      methods: ['SUBSCRIBE', 'REFER'],
      retry: 'none',
      failover: false,
    },
    headers: [
      {
        name: 'Refer-To',
        in: 'request',
        ref: 'RFC3515 §2.1',
        note: {
          en: 'The REFER names the target the recipient should contact; the 2xx only says the REFER was accepted.',
          ja: 'REFER で受信側に接続させたい宛先を示す。2xx が伝えるのは REFER を受け付けたことだけ。',
        },
      },
      {
        name: 'Event',
        in: 'request',
        ref: 'RFC3515 §2.4.4',
        note: {
          en: 'The NOTIFY requests that follow carry "Event: refer" and report progress in a message/sipfrag body.',
          ja: '後続の NOTIFY は「Event: refer」を持ち、進捗を message/sipfrag ボディで通知する。',
        },
      },
    ],
    related: [],  // INTEGRATION: [200, 204, 489, 481]
    alsoSeen: [],
    keywords: {
      en: ['call transfer', 'blind transfer', 'REFER', 'implicit subscription', 'sipfrag'],
      ja: ['転送', '呼転送', 'ブラインド転送', 'サブスクリプション', '非推奨'],
    },
    text: {
      en: {
        title: 'Accepted',
        summary:
          'A deprecated success code that once meant "accepted, result to follow"; receivers treat it exactly like 200 OK and senders must use 200 instead.',
        description: [
          'RFC 3265 introduced 202 so that a notifier could accept a SUBSCRIBE before it knew whether the subscriber was authorized, and RFC 3515 used it to accept a REFER. In both cases the answer carried no outcome: the real result arrived later in NOTIFY requests.',
          'The distinction never helped anyone. RFC 6665 §8.3.1 deprecated 202 for SUBSCRIBE and NOTIFY: a notifier must not send it, and a subscriber that receives it must process it as 200 OK. RFC 7647 §5 closed the remaining gap for REFER: wherever RFC 3515 said to send 202, a 200 must be sent instead.',
          'Engineers still meet 202 because older user agents, PBXs and SBCs answer REFER (and sometimes SUBSCRIBE) with it. Nothing is wrong with the call when that happens; the transfer or subscription proceeds exactly as after a 200.',
        ],
        scenarios: [
          'A phone performs a blind transfer: it sends REFER with a Refer-To header inside the call, and an older PBX answers 202 Accepted. The outcome of the transfer comes next in NOTIFY requests with "Event: refer" whose message/sipfrag bodies read "SIP/2.0 100 Trying", then "SIP/2.0 200 OK" or a failure status (RFC 3515 §2.4.5).',
          'A presence client sends SUBSCRIBE to a notifier implemented before RFC 6665, which answers 202 while the subscription is still pending authorization. The first NOTIFY that follows carries "Subscription-State: pending" or "active".',
          'A test tool or a strict stack flags a 202 answer to SUBSCRIBE or NOTIFY as a protocol violation: since RFC 6665 a notifier must not send it.',
        ],
        fixes: [
          'When you receive 202: handle it exactly like 200 OK (RFC 6665 §8.3.1). Establish the subscription, or the implicit subscription of a REFER, and wait for NOTIFY; do not treat 202 as a partial failure or wait for a second final response.',
          'When your own stack sends 202 to SUBSCRIBE, NOTIFY or REFER: change it to send 200 OK (RFC 6665 §8.3.1, RFC 7647 §5). Receivers have to accept both, so the change is safe.',
          'When a transfer seems stuck after 202: the result is in the NOTIFY requests, not in the 202. Check that NOTIFYs with "Event: refer" reach the transferor, and read the status line inside their message/sipfrag bodies.',
        ],
      },
      ja: {
        title: '受理（非推奨）',
        summary:
          '「受け付けた、結果は後で通知する」という意味で使われていた非推奨の成功応答。受信側は 200 OK と同じに扱い、送信側は 200 を返さなければならない。',
        description: [
          '202 は RFC 3265 で導入された応答で、ノーティファイアが加入者の認可を判断する前に SUBSCRIBE を受け付けるためのものだった。RFC 3515 も REFER の受付にこのコードを使った。どちらの場合も 202 自体は結果を含まず、実際の結果は後続の NOTIFY で届く。',
          'この区別は実運用で役に立たなかった。RFC 6665 §8.3.1 は SUBSCRIBE と NOTIFY に対する 202 を非推奨とし、ノーティファイアは 202 を送信してはならず、加入者は受信した 202 を 200 OK として処理しなければならないと定めた。REFER については RFC 7647 §5 が、RFC 3515 で 202 を返すとされていた箇所すべてで 200 を返さなければならないと改めた。',
          'それでも現場で 202 を目にするのは、古い UA、PBX、SBC が REFER（ときには SUBSCRIBE）に 202 を返すためである。その場合も呼に問題はなく、転送やサブスクリプションは 200 のときとまったく同じように進む。',
        ],
        scenarios: [
          '電話機がブラインド転送を行う。通話中のダイアログで Refer-To ヘッダを付けた REFER を送ると、古い PBX が 202 Accepted を返す。転送の結果はその後の「Event: refer」付き NOTIFY で届き、message/sipfrag ボディに「SIP/2.0 100 Trying」、続いて「SIP/2.0 200 OK」または失敗のステータスが入る（RFC 3515 §2.4.5）。',
          'プレゼンスクライアントが RFC 6665 以前の実装のノーティファイアに SUBSCRIBE を送ると、認可がまだ保留中のため 202 が返る。続く最初の NOTIFY には「Subscription-State: pending」または「active」が入っている。',
          '試験ツールや厳格なスタックが、SUBSCRIBE や NOTIFY への 202 をプロトコル違反として検出する。RFC 6665 以降、ノーティファイアは 202 を送信してはならない。',
        ],
        fixes: [
          '202 を受信した場合は 200 OK とまったく同じに扱う（RFC 6665 §8.3.1）。サブスクリプション（REFER の場合は暗黙のサブスクリプション）を確立して NOTIFY を待つ。202 を部分的な失敗とみなしたり、別の最終応答を待ったりしてはならない。',
          '自分のスタックが SUBSCRIBE、NOTIFY、REFER に 202 を返している場合は、200 OK を返すよう修正する（RFC 6665 §8.3.1、RFC 7647 §5）。受信側はどちらも受け付けなければならないので、この変更で相互接続が壊れることはない。',
          '202 の後で転送が進まないように見える場合、結果は 202 ではなく NOTIFY にある。「Event: refer」付きの NOTIFY が転送元に届いているかを確認し、message/sipfrag ボディ内のステータス行を読む。',
        ],
      },
    },
  },
];
