/**
 * The Japanese terms this site uses. Every Japanese text of the site (code data, MDX, UI strings,
 * Q.850 and HTTP data, classes, unregistered codes) is held to it by tests/unit/glossary.test.ts;
 * docs/ja-style.md explains the choices.
 * - `avoid`: spellings that must not appear in Japanese text (a variant, a mistranslation or a
 *   calque). A RegExp avoids a spelling only in some contexts (ビジー, but not in 着ユーザビジー).
 * - `allowIn`: kinds of text where the avoided spelling is fine (a search keyword may keep it).
 * - `required`: when the English text of a code uses the English term (matched by `match`),
 *   its Japanese text must use the Japanese term.
 */
export type JaTextKind = 'prose' | 'title' | 'keyword' | 'ui' | 'cause-name';

export interface GlossaryTerm {
  en: string;
  ja: string;
  /** Case-insensitive pattern for the English term in English prose. */
  match?: RegExp;
  avoid?: (string | RegExp)[];
  allowIn?: JaTextKind[];
  required?: boolean;
  note?: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { en: 'dialog', ja: 'ダイアログ', match: /\bdialogs?\b/i, avoid: ['対話', 'ダイヤログ'], required: true },
  // A request outside a dialog (RFC 3261 §8), as the facts and comparisons of 607 and 608 say it (RFC 8197 §4, RFC 8688 §3.1).
  {
    en: 'outside a dialog / out-of-dialog',
    ja: 'ダイアログ外',
    match: /\bout-of-dialog\b|\boutside (?:of )?(?:a|any) dialog\b/i,
    avoid: ['ダイアログ外部', 'アウトオブダイアログ'],
    required: true,
  },
  // A request sent within a dialog (RFC 3261 §12.2), as the facts and comparisons of 204 and 491 say it (RFC 5839 §7.1, RFC 3261 §21.4.27).
  { en: 'within a dialog / in-dialog', ja: 'ダイアログ内', match: /\bin-dialog\b|\b(?:within|inside) (?:a|an established|the same) dialog\b/i, avoid: ['ダイアログ内部', 'インダイアログ'], required: true },
  { en: 'transaction', ja: 'トランザクション', match: /\btransactions?\b/i, avoid: ['取引'], required: true },
  { en: 'registrar', ja: 'レジストラ', match: /\bregistrars?\b/i, avoid: ['登録サーバ', 'レジストラー'], required: true },
  { en: 'proxy', ja: 'プロキシ', match: /\bprox(?:y|ies)\b/i, avoid: ['プロクシ', '代理サーバ'], required: true },
  // As in 権威 DNS サーバ (authoritative DNS server), the established Japanese for the analogous role.
  // The two forms of a PASSporT in the Identity header (RFC 8224 §7), as the code pages write them.
  { en: 'compact form / full form (PASSporT)', ja: 'コンパクトフォーム／フルフォーム', avoid: ['短縮形', /完全形/] },
  { en: 'authoritative proxy', ja: '権威プロキシ', match: /\bauthoritative prox(?:y|ies)\b/i, avoid: ['オーソリタティブプロキシ'], required: true },
  { en: 'early media', ja: 'アーリーメディア', match: /\bearly media\b/i, avoid: ['早期メディア'], required: true },
  {
    en: 'busy',
    ja: '話中',
    match: /\bbusy\b/i,
    // 着ユーザビジー is the JT-Q850 name of cause 17, the one place ビジー belongs.
    avoid: [/(?<!着ユーザ)ビジー/, '通話中です'],
    allowIn: ['keyword'],
    required: true,
  },
  { en: 'authentication', ja: '認証', match: /\bauthenticat(?:ion|e|ed)\b/i, required: true },
  { en: 'credentials', ja: '認証情報', match: /\bcredentials\b/i, avoid: ['クレデンシャル'] },
  {
    en: 'pending (a branch or transaction still waiting for its final response)',
    ja: '応答待ち',
    // 保留 is "on hold" to a Japanese telephony engineer: a call put on hold, not a branch awaiting an answer.
    avoid: [/保留中の(?:他の|すべての)? ?(?:ブランチ|クライアントトランザクション|INVITE|リクエスト)/],
  },
  // フォーキングする／フォーキングされた, as the site writes it 40 times; a search keyword may say フォーク.
  { en: 'forking', ja: 'フォーキング', match: /\bfork(?:ing|ed|s)?\b/i, avoid: ['分岐転送', /フォーク(?:さ|し|す)/] },
  {
    en: 'cancel (a branch, a transaction or an INVITE, with CANCEL)',
    ja: 'キャンセルする',
    // 取り消す stays for a caller abandoning a call attempt (発信を取り消す). Old text quoted in 「」 keeps its words.
    avoid: [/(?<!「[^」]*)(?:ブランチ|トランザクション|INVITE) ?を取り消/],
  },
  {
    en: 'branch (of a forked request)',
    ja: 'ブランチ',
    // 分岐 stays only for a path through a stack's code (「既定の分岐」, a fall-through). Search keywords may keep 分岐.
    avoid: [/(?<!既定の|フォールスルーの|「[^」]*)分岐(?!転送)/],
    allowIn: ['keyword'],
  },
  { en: 'provisional response', ja: '暫定応答', match: /\bprovisional responses?\b/i, avoid: ['仮応答', '暫定レスポンス'], required: true },
  { en: 'final response', ja: '最終応答', match: /\bfinal responses?\b/i, avoid: ['最終レスポンス'], required: true },
  {
    en: 'response code',
    ja: '応答コード',
    // A search word: the home page may gloss 「応答コード（レスポンスコード）」, prose never uses it.
    avoid: [/(?<!（)レスポンスコード/],
    allowIn: ['keyword'],
    note: '「応答コード」と書く',
  },
  { en: 'reason phrase', ja: 'リーズンフレーズ', avoid: ['理由フレーズ'] },
  { en: 'request', ja: 'リクエスト', avoid: ['要求メッセージ'] },
  { en: 'header', ja: 'ヘッダ', avoid: ['ヘッダー'], note: '通信分野の表記に合わせて長音なし' },
  { en: 'server', ja: 'サーバ', avoid: ['サーバー'], note: '長音なし' },
  { en: 'user', ja: 'ユーザ', avoid: ['ユーザー', '利用者'], note: '長音なし' },
  { en: 'member', ja: 'メンバ', avoid: ['メンバー'], note: '長音なし' },
  { en: 'timer', ja: 'タイマ', avoid: [/\bTimer [A-K]\b/, 'タイマー'], note: '「タイマ B」と書く' },
  { en: 'user agent', ja: 'UA（ユーザエージェント）', avoid: ['ユーザーエージェント'] },
  { en: 'subscription', ja: 'サブスクリプション', match: /\bsubscriptions?\b/i, avoid: ['購読'], required: true },
  { en: 'notifier', ja: 'ノーティファイア', avoid: ['通知者'] },
  {
    en: 'subscriber (SIP events, RFC 6665 §2: the user agent that sends SUBSCRIBE)',
    ja: 'サブスクライバ',
    // 加入者 is a telephone-network subscriber (理由表示 20 加入者不在, 22 相手加入者端末番号変更, a mobile
    // subscriber, a service's subscriber) and stays so. In a sentence that also names SUBSCRIBE, NOTIFY, a
    // subscription, the notifier, an entity-tag or Timer N, the SIP-events role is meant: サブスクライバ.
    // Old text quoted in 「」 (the corrections log) keeps its words.
    avoid: [
      /(?<!「[^」]*)加入者(?=[^。]*(?:SUBSCRIBE|NOTIFY|サブスクリプション|ノーティファイア|エンティティタグ|Suppress-If-Match|SIP-ETag|タイマ N|イベント))|(?:SUBSCRIBE|NOTIFY|サブスクリプション|ノーティファイア|エンティティタグ|Suppress-If-Match|SIP-ETag|タイマ N|イベント)[^。]*(?<!「[^」]*)加入者/,
      'サブスクライバー',
      '購読者',
    ],
    note: '長音なし。電話網の加入者（加入者不在など）は「加入者」',
  },
  { en: 'transfer', ja: '転送', match: /\btransfer(?:s|red)?\b/i, required: true },
  { en: 'decline (reject a call)', ja: '着信拒否', note: '603 Decline の訳語。Q.850 の理由表示 21 は「通信拒否」' },
  { en: 'caller', ja: '発信者', match: /\bcallers?\b/i, avoid: ['呼び出し元'], required: true },
  { en: 'callee', ja: '着信者', match: /\bcallees?\b/i, avoid: ['呼び出し先'], required: true },
  { en: 'call', ja: '呼', note: '「呼」「通話」を文脈で使い分ける' },
  {
    en: 'retry',
    ja: '再試行',
    match: /\bretr(?:y|ies|ied)\b/i,
    // 再送 is transaction-layer retransmission (タイマ A/E); sending a new or corrected request is 再試行.
    avoid: ['リトライ', '再試行の嵐', '時間をおいて再送', /(?:修正|直)して(?:から)?再送/, /(?:修正せず|そのまま)[^。]{0,20}再送/, '同じリクエストを再送', '再送するリクエスト', /Contact (?:の宛先)?へ再送/],
    required: true,
  },
  { en: 'retransmission', ja: '再送', note: 'タイマ A/E/G による再送、応答の再送に限る' },
  { en: 'timeout', ja: 'タイムアウト', match: /\btime-?outs?\b|\btimed out\b/i, required: true },
  { en: 'failover', ja: 'フェイルオーバー', match: /\bfail ?over\b/i, avoid: ['フェールオーバー'], required: true },
  { en: 'codec', ja: 'コーデック', match: /\bcodecs?\b/i, required: true },
  { en: 'gateway', ja: 'ゲートウェイ', match: /\bgateways?\b/i, avoid: ['ゲートウエイ'], required: true },
  { en: 'redirect', ja: 'リダイレクト', match: /\bredirect(?:s|ed|ion)?\b/i, required: true },
  { en: 'registration', ja: '登録', match: /\bregistrations?\b/i, required: true },
  { en: 'entity-tag', ja: 'エンティティタグ', match: /\bentity-tags?\b/i, required: true },
  { en: 'deprecated', ja: '非推奨', match: /\bdeprecated\b/i, required: true },
  // Q.850 / ISUP interworking.
  { en: 'cause (Q.850)', ja: '理由表示', avoid: ['原因値', '原因コード'], note: '初出は「理由表示（cause 値）」' },
  { en: 'cause location', ja: 'ロケーション', avoid: ['原因の発生場所'] },
  // Terms of the review of the Japanese pages (table S12).
  // RFC 4412's "resource value" (namespace.priority in Resource-Priority), as the retry rows write it.
  { en: 'resource value (RFC 4412)', ja: 'Resource-Priority の値', match: /\bresource values?\b/i, avoid: ['リソース値'], required: true },
  { en: 'realm', ja: 'レルム', avoid: [/(?<!レルム（)\brealm\b(?!=)/], note: '初出は「レルム（realm）」' },
  {
    en: 'network of an operator or a service (telephone, transit, mobile, emergency-services, IMS, originating)',
    ja: '網',
    // 電話網・中継網・移動体網・緊急通報網・IMS 網・発信側の網. An IP network, "on the wire" (ネットワーク上)
    // and network resources stay ネットワーク.
    avoid: ['緊急通報ネットワーク', 'IMS ネットワーク', '電話ネットワーク', '中継ネットワーク', '移動体ネットワーク', /(?:発信|着信)側のネットワーク/],
  },
  { en: 'intermediary', ja: '中継装置', avoid: ['仲介者', '中間装置', '仲介装置'] },
  { en: 'usage (of a dialog, RFC 5057)', ja: '用途', avoid: [/(?<!用途（)ユーセージ/], note: '必要なら「用途（ユーセージ）」' },
  { en: 'SIP element', ja: '装置', avoid: [/(?<!情報|構成)要素/], note: 'SIP エンティティ、プロキシ、PBX など具体的に書く' },
  { en: 'first hop', ja: 'ファーストホップ', avoid: ['最初のホップ'] },
  { en: 'call waiting', ja: '割込通話', avoid: ['割込み通話', 'コールウェイティング'], allowIn: ['keyword'], note: '初出は「割込通話（キャッチホン）」' },
  { en: 'voicemail', ja: 'ボイスメール', avoid: ['留守番電話'], allowIn: ['keyword'] },
  // リングバック only as the first-use gloss 「呼出音（リングバック）」 or in old text quoted in 「」; a search keyword keeps リングバックトーン.
  { en: 'ringback / alerting tone', ja: '呼出音', avoid: ['呼び出し音', /(?<!呼出音（|「[^」]*)リングバック/], allowIn: ['keyword'] },
  { en: 'reliable provisional response', ja: '信頼性のある暫定応答（100rel）', avoid: ['高信頼'] },
  { en: 'do not disturb', ja: 'DND（応答不可）', avoid: ['おやすみモード'], allowIn: ['keyword'] },
  { en: 'everywhere (6xx)', ja: '全端末', avoid: ['全域'] },
  { en: 'not (公用文表記)', ja: 'ない', avoid: ['無い', '無く'] },
  { en: 'give up', ja: '断念する／打ち切る', avoid: ['あきらめ', '諦め'] },
  // English calques (review S13): say what the text means in Japanese.
  { en: 'claims', ja: '示す', avoid: ['主張'] },
  { en: 'says / speaks for', ja: '示す／定める', avoid: ['述べ'] },
  { en: 'is expected to', ja: '〜する／〜とされる', avoid: ['期待されて', '期待される'] },
  { en: 'well-behaved', ja: '適切に実装された', avoid: ['行儀の良い', '行儀のよい'] },
  { en: 'the honest answer', ja: '返すべき応答', avoid: ['正直な'] },
  { en: 'binds', ja: '〜だけの判断である', avoid: ['拘束する'] },
  { en: 'on behalf of', ja: '〜に代わって', avoid: ['代表して'] },
  { en: 'silences', ja: '打ち切る', avoid: ['黙らせ'] },
  { en: 'about the machine', ja: '装置や経路の側の問題', avoid: ['機械についての話'] },
  { en: 'should not', ja: '〜べきではない', avoid: ['ないべき'] },
  { en: 'everywhere', ja: 'すべての端末で', avoid: ['どこにおいても'] },
];

/**
 * English words that may stand inside Japanese text in runs (names, not prose): besides every
 * registered and also-seen reason phrase, Q.850-free names of standards, products and features.
 */
export const ENGLISH_NAMES: readonly string[] = [
  'Session Initiation Protocol',
  'SIP Outbound',
  'Session Timers',
  'Microsoft Teams',
  'Oracle Communications Session Border Controller',
  'Skype for Business',
  'Direct Routing',
  'Cisco Unified Communications Manager',
  'Unified Communications Manager',
  'Cisco Unified Border Element',
  'Let\'s Encrypt',
  'Internet Draft',
  'Internet-Draft',
  'Push Notification',
  'Common Alerting Protocol',
  // A PBX feature name, quoted as configured.
  'busy on busy',
  // Warning texts of RFC 3261 §20.43 and Geolocation-Error reason phrases of RFC 6442 §8.6: protocol strings.
  'Incompatible network protocol',
  'Incompatible network address formats',
  'Incompatible transport protocol',
  'Incompatible bandwidth units',
  'Media type not available',
  'Incompatible media format',
  'Attribute not understood',
  'Session description parameter not understood',
  'Multicast not available',
  'Unicast not available',
  'Insufficient bandwidth',
  'Miscellaneous warning',
  'Cannot Process Location',
  'Permission To Use Location Information',
  'Permission To Retransmit Location Information to a Third Party',
  'Permission to Route based on Location Information',
  'Dereference Failure',
];
