import type { CodeEntryInput } from '../schema';

export const codes4xxRequest: CodeEntryInput[] = [
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
    related: [202],  // INTEGRATION: [580, 489, 423, 202]
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
          'Despite the number, this is not HTTP\'s "412 Precondition Failed", and it has nothing to do with the QoS preconditions of RFC 3312, which fail with 580.',
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
          '番号は同じでも HTTP の「412 Precondition Failed」とは別物であり、RFC 3312 の QoS プリコンディションとも関係がない。プリコンディションの失敗は 580 で通知される。',
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
];
