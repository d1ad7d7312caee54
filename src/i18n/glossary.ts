/**
 * The Japanese terms this site uses for SIP concepts. Every Japanese text in the data
 * module is held to it by tests/unit/glossary.test.ts:
 * - `avoid`: spellings that must not appear in Japanese text (a variant or a mistranslation);
 * - `required`: when the English text of a code uses the English term (matched by `match`),
 *   its Japanese text must use the Japanese term.
 */
export interface GlossaryTerm {
  en: string;
  ja: string;
  /** Case-insensitive pattern for the English term in English prose. */
  match?: RegExp;
  avoid?: string[];
  required?: boolean;
  note?: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { en: 'dialog', ja: 'ダイアログ', match: /\bdialogs?\b/i, avoid: ['対話', 'ダイヤログ'], required: true },
  { en: 'transaction', ja: 'トランザクション', match: /\btransactions?\b/i, avoid: ['取引'], required: true },
  { en: 'registrar', ja: 'レジストラ', match: /\bregistrars?\b/i, avoid: ['登録サーバ', 'レジストラー'], required: true },
  { en: 'proxy', ja: 'プロキシ', match: /\bprox(?:y|ies)\b/i, avoid: ['プロクシ', '代理サーバ'], required: true },
  { en: 'early media', ja: 'アーリーメディア', match: /\bearly media\b/i, avoid: ['早期メディア'], required: true },
  { en: 'busy', ja: '話中', match: /\bbusy\b/i, avoid: ['ビジー', '通話中です'], required: true },
  { en: 'authentication', ja: '認証', match: /\bauthenticat(?:ion|e|ed)\b/i, required: true },
  { en: 'credentials', ja: '認証情報', match: /\bcredentials\b/i, avoid: ['クレデンシャル'] },
  { en: 'forking', ja: 'フォーキング', match: /\bfork(?:ing|ed|s)?\b/i, avoid: ['分岐転送'] },
  { en: 'provisional response', ja: '暫定応答', match: /\bprovisional responses?\b/i, avoid: ['仮応答', '暫定レスポンス'], required: true },
  { en: 'final response', ja: '最終応答', match: /\bfinal responses?\b/i, avoid: ['最終レスポンス'], required: true },
  { en: 'response', ja: '応答', avoid: ['レスポンスコード'], note: '「応答コード」と書く' },
  { en: 'request', ja: 'リクエスト', avoid: ['要求メッセージ'] },
  { en: 'header', ja: 'ヘッダ', avoid: ['ヘッダー'], note: '通信分野の表記に合わせて長音なし' },
  { en: 'server', ja: 'サーバ', avoid: ['サーバー'], note: '長音なし' },
  { en: 'user', ja: 'ユーザ', avoid: ['ユーザー'], note: '長音なし' },
  { en: 'user agent', ja: 'UA（ユーザエージェント）', avoid: ['ユーザーエージェント'] },
  { en: 'subscription', ja: 'サブスクリプション', match: /\bsubscriptions?\b/i, avoid: ['購読'], required: true },
  { en: 'notifier', ja: 'ノーティファイア', avoid: ['通知者'] },
  { en: 'transfer', ja: '転送', match: /\btransfer(?:s|red)?\b/i, required: true },
  { en: 'decline (reject a call)', ja: '着信拒否', note: '603 Decline の訳語' },
  { en: 'caller', ja: '発信者', match: /\bcallers?\b/i, avoid: ['呼び出し元'], required: true },
  { en: 'callee', ja: '着信者', match: /\bcallees?\b/i, avoid: ['呼び出し先'], required: true },
  { en: 'call', ja: '呼', note: '「呼」「通話」を文脈で使い分ける' },
  { en: 'retry', ja: '再試行', match: /\bretr(?:y|ies|ied)\b/i, avoid: ['リトライ'], required: true },
  { en: 'timeout', ja: 'タイムアウト', match: /\btime-?outs?\b|\btimed out\b/i, required: true },
  { en: 'failover', ja: 'フェイルオーバー', match: /\bfail ?over\b/i, avoid: ['フェールオーバー'], required: true },
  { en: 'codec', ja: 'コーデック', match: /\bcodecs?\b/i, required: true },
  { en: 'gateway', ja: 'ゲートウェイ', match: /\bgateways?\b/i, avoid: ['ゲートウエイ'], required: true },
  { en: 'redirect', ja: 'リダイレクト', match: /\bredirect(?:s|ed|ion)?\b/i, required: true },
  { en: 'registration', ja: '登録', match: /\bregistrations?\b/i, required: true },
  { en: 'entity-tag', ja: 'エンティティタグ', match: /\bentity-tags?\b/i, required: true },
  { en: 'deprecated', ja: '非推奨', match: /\bdeprecated\b/i, required: true },
];
