/** Japanese UI strings: the same keys as en.ts, checked by the `UiStrings` type. */
import type { Method, RetryPolicy } from '../data/schema';
import type { CodeClass } from '../data/validate';
import type { UiStrings } from './en';

type Named = { code: number; name: string };

const list = (items: readonly string[]) => items.join('、');
/** A registry date (2025-04-22) as Japanese text writes it: 2025 年 4 月 22 日. */
const jaDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};
/** A half-width space between Japanese and Latin text, as Japanese technical writing does. */
const spaced = (text: string) => `${/^[A-Za-z0-9]/.test(text) ? ' ' : ''}${text}${/[A-Za-z0-9)]$/.test(text) ? ' ' : ''}`;

const retryClause: Record<RetryPolicy, string> = {
  none: '再試行するものはない',
  never: '同じリクエストを再送してはならない',
  modify: '応答が指摘した点を直してから再送する',
  later: '時間をおけば同じリクエストが成功しうる（Retry-After があれば従う）',
  redirect: '応答が示す Contact のアドレスへ送り直す',
};

/**
 * Japanese engineers search SIP codes by number and English phrase ("SIP 486 Busy Here"); only a few
 * glosses are search terms of their own, so only glosses with these words go into page titles.
 */
const SEARCHED_GLOSS_WORDS = ['話中', '着信拒否', '呼び出し中', '認証'];

export const ja: UiStrings = {
  langName: '日本語',
  htmlLang: 'ja',
  site: {
    name: 'SIP 応答コード',
    tagline: 'IANA に登録されたすべての SIP 応答コードを、RFC に基づいて日本語と英語で解説する。',
    skipToContent: '本文へ移動',
    switchLanguage: '言語',
    otherLanguage: 'English',
  },
  nav: { home: 'ホーム', codes: 'コード一覧', label: 'メイン', breadcrumbs: 'パンくずリスト' },
  search: {
    open: '検索',
    shortcut: '/ キーで検索',
    label: 'コードと比較ページを検索',
    placeholder: 'コード・名称・用語：486、話中、認証…',
    close: '閉じる',
    loading: '検索を読み込み中…',
    none: (q: string) => `「${q}」に一致するページはありません。`,
    count: (n: number) => `${n} 件`,
    failed: '検索を読み込めませんでした。',
  },
  home: {
    title: 'SIP 応答コード（レスポンスコード）一覧：意味・原因・対処を RFC で解説',
    intro:
      'SIP のトレースを前にしたエンジニアのためのリファレンス。各応答コードの意味、送信元、発生する状況、対処方法を、根拠となる RFC のセクションへのリンクとともに示す。',
    guides: '使い分けガイドと対応表',
    byClass: 'クラス別のコード',
    featured: '混同しやすい組み合わせ',
    allCodes: 'すべてのコードを見る',
    compareTitle: '2 つのコードを比較',
    compareHelp: '2 つのコードを選ぶと、違いを比較できる。',
    q850Description: 'ゲートウェイが SIP の応答と ISUP の理由表示を相互に変換する際の対応（RFC 3398）。',
  },
  codes: {
    indexTitle: 'SIP 応答コード一覧',
    indexIntro: (n: number, date: string) =>
      `IANA「Session Initiation Protocol (SIP) Parameters」レジストリ（${jaDate(date)}更新）に登録された ${n} 個の応答コードをクラス別に示す。`,
    pageTitle: (code: number, phrase: string) => `SIP ${code} ${phrase}`,
    // The gloss goes into the title only where it is a word Japanese engineers search for (話中, 着信拒否 …).
    metaTitle: (code: number, phrase: string, gloss: string) =>
      SEARCHED_GLOSS_WORDS.some((word) => gloss.includes(word))
        ? `SIP ${code} ${phrase}（${gloss}）の意味・原因と対処`
        : `SIP ${code} ${phrase}：意味・原因・対処`,
    metaDescription: (code: number, phrase: string, gloss: string, summary: string) => `SIP ${code} ${phrase}（${gloss}）は、${summary}`,
    topics: '関連用語',
    confused: '混同しやすいコードとの比較（解説付き）',
    registeredPhrase: '登録されたリーズンフレーズ',
    alsoSeen: 'ログで見かける別表記',
    meaning: '意味',
    scenarios: '発生する状況',
    fixes: '対処方法',
    facts: '概要',
    headers: 'ヘッダ',
    inResponse: 'この応答',
    inRequest: 'この応答を引き起こすリクエスト',
    noHeaders: 'このコードに固有のヘッダはない。',
    related: '関連するコード',
    references: '仕様',
    definedIn: '定義',
    seeAlso: '参考',
    compareWith: '他のコードと比較',
    compareLabel: '比較するコード',
    compareGo: '比較',
    compareAll: (code: number) => `${code} との比較一覧`,
    deprecatedNote: 'IANA レジストリではこのコードは非推奨とされている。',
  },
  unregistered: {
    heading: 'ログで見かけるが登録されていないコード',
    intro: 'IANA に登録されていないにもかかわらず、SIP スタックが出力したり送信したりするコード。各ページで出どころと対処を示す。',
    pageTitle: (code: string, phrase: string) => `SIP ${code} ${phrase}（未登録）`,
    notice: 'これは IANA に登録された SIP 応答コードではない。',
    origin: '出どころ',
  },
  facts: {
    class: 'クラス',
    status: 'レジストリ上の状態',
    finality: '応答の種類',
    scope: '適用範囲',
    sentBy: '主な送信元',
    methods: '対象のリクエスト',
    retry: '再試行',
    failover: '別のサーバへフェイルオーバーするか',
    anyMethod: 'すべてのメソッド',
    yes: 'する',
    no: 'しない',
  },
  status: { active: '有効', deprecated: '非推奨' },
  finality: { provisional: '暫定応答（1xx）：この後に最終応答が続く', final: '最終応答：トランザクションを終了する' },
  classes: {
    name: { 1: '暫定応答', 2: '成功', 3: 'リダイレクト', 4: 'クライアントエラー', 5: 'サーバエラー', 6: 'グローバルエラー' },
    label: (k: CodeClass) => `${k}xx`,
    pageTitle: (k: CodeClass, name: string) => `SIP ${k}xx ${name}の応答`,
  },
  scope: {
    hop: 'ホップごと：転送されない',
    endpoint: 'このサーバまたは UA に限る',
    global: 'グローバル：どの宛先でも結果は同じ',
  },
  roles: {
    uas: 'UAS（ユーザエージェントサーバ）',
    proxy: 'プロキシ',
    'edge-proxy': 'エッジプロキシ（SIP Outbound）',
    registrar: 'レジストラ',
    'redirect-server': 'リダイレクトサーバ',
    notifier: 'ノーティファイア',
    esc: 'イベント状態コンポジタ（ESC）',
    verifier: 'STIR 検証サービス',
    gateway: 'ゲートウェイ',
    analytics: '通話分析を行う中継装置',
  },
  retry: {
    none: '再試行の対象外',
    never: '同じリクエストでの再試行は不可',
    modify: '修正して再試行',
    later: '時間をおいて再試行',
    redirect: 'Contact の宛先へ再試行',
  },
  parties: {
    uac: 'UAC（発信側）',
    uas: 'UAS（着信側）',
    proxy: 'プロキシ',
    'edge-proxy': 'エッジプロキシ',
    registrar: 'レジストラ',
    'redirect-server': 'リダイレクトサーバ',
    b2bua: 'B2BUA',
    sbc: 'SBC',
    notifier: 'ノーティファイア',
    esc: 'ESC',
    gateway: 'ゲートウェイ',
    verifier: '検証サービス',
    analytics: '通話分析',
    transferor: '転送元',
    transferee: '被転送者',
    'transfer-target': '転送先',
    pstn: 'PSTN',
  },
  flow: {
    heading: 'コールフロー',
    asText: '同じフローをテキストで示す',
    step: (from: string, to: string, label: string) => `${from} → ${to}：${label}`,
    title: (code: number) => `${code} のコールフロー`,
  },
  example: {
    heading: 'メッセージ例',
    request: 'リクエスト',
    response: '応答',
    copy: 'コピー',
    copied: 'コピーしました',
    marked: '強調した行は、このコードで注目すべきヘッダである。',
  },
  interworking: {
    heading: 'PSTN との相互接続（Q.850／ISUP）',
    toIsup: (code: number) => ({ before: `${code} を受けたゲートウェイは、ISUP の呼を解放する際の理由表示（cause 値）を `, after: 'とする' }),
    toIsupNone: (code: number) => `RFC 3398 の対応表では、${code} に決まった理由表示（cause 値）がない`,
    fromIsup: (code: number, first: boolean) => ({
      before: `ISUP の解放メッセージ（REL）の理由表示${first ? '（cause 値）' : ''}が `,
      after: `のとき、ゲートウェイは ${code} を返す`,
    }),
    noCause: '対応なし',
    reason: 'RFC 6432 以降は、SIP の応答自体が Reason ヘッダで理由表示を運べる。例',
    tableLink: 'すべての対応を 1 つの表で見る',
    pageTitle: 'SIP 応答コードと Q.850／ISUP 理由表示（cause 値）の対応表',
    pageIntro:
      '呼が SIP と電話網の間をまたぐとき、ゲートウェイは SIP の応答コードと ISUP（ITU-T Q.850）の理由表示（cause 値、切断理由）を相互に変換する。RFC 3398 が推奨する対応を以下に示す。多くのゲートウェイはこれに従っており、Reason ヘッダ（RFC 6432）を使えば元の理由表示を SIP 側へそのまま伝えられる。',
    namesNote:
      '理由表示の名称は、NTT の INS ネットや国内機器のマニュアルと同じ TTC JT-Q850 の名称である。＊を付けた名称は JT-Q850 の表で確認できていないため、英語名を説明的に訳して示す。',
    unconfirmedName: '＊',
    isupToSipHeading: 'ISUP の理由表示 → SIP の応答',
    sipToIsupHeading: 'SIP の応答 → ISUP の理由表示',
    cause: '理由表示',
    causeName: '名称',
    englishName: 'Q.850 の英語名',
    response: 'SIP の応答',
    note: '注記',
    source: '出典',
  },
  httpFriend: {
    heading: '同じ番号の HTTP コードとは別物',
    differentMeaning: (code: number, phrase: string) => `HTTP の ${code}（${phrase}）は、SIP の ${code} とは意味が異なる。`,
    differentPhrase: (code: number, phrase: string) => `HTTP の ${code} の名称は「${phrase}」で、意味は近いが名称が異なる。`,
  },
  strength: { MUST: '必須（MUST）', SHOULD: '推奨（SHOULD）', MAY: '任意（MAY）' },
  compare: {
    pageTitle: (a: Named, b: Named) => `SIP ${a.code} ${a.name} と ${b.code} ${b.name} の違い`,
    metaTitle: (a: number, b: number) => `SIP ${a} と ${b} の違い`,
    metaDescription: (a: Named, b: Named) =>
      `SIP ${a.code}（${a.name}）と ${b.code}（${b.name}）の違い：クラス、適用範囲、再試行とフェイルオーバー、ヘッダ、メソッド、RFC。どちらを返すべきかの指針も示す。`,
    summary: '要点',
    differences: '違い',
    shared: '共通点',
    nothingShared: 'ここで比較した性質に共通点はない。',
    aspect: '項目',
    whenToUse: 'どちらを返すか、受信したら何を意味するか',
    guide: '解説',
    eachCode: '2 つのコード',
    pickerTitle: '2 つのコードを比較',
    first: '1 つ目のコード',
    second: '2 つ目のコード',
    go: '比較',
    sameCode: '異なるコードを 2 つ選んでください。',
    aspects: {
      status: 'レジストリ上の状態',
      class: 'クラス',
      finality: '応答の種類',
      scope: '適用範囲',
      methods: '対象のリクエスト',
      sentBy: '主な送信元',
      retry: '再試行',
      failover: 'フェイルオーバー',
      headers: 'ヘッダ',
      rfcs: '定義',
    },
    says: {
      status: (dep: Named, active: Named) => `${dep.code} は IANA レジストリで非推奨とされ、${active.code} は現在も使われている。`,
      class: (a: Named & { klass: CodeClass }, b: Named & { klass: CodeClass }, names: Record<CodeClass, string>) =>
        `${a.code} は ${a.klass}xx（${names[a.klass]}）、${b.code} は ${b.klass}xx（${names[b.klass]}）の応答である。`,
      finality: (prov: Named, fin: Named) =>
        `${prov.code} は暫定応答で、トランザクションは続き、後に最終応答が届く。${fin.code} は最終応答で、トランザクションを終了させる。`,
      scopeGlobal: (global: Named, other: Named) =>
        `${global.code} はユーザのすべての宛先について答えるもので、プロキシはフォーキングをやめて他のブランチをキャンセルする（RFC 3261 §16.7）。${other.code} は送信したサーバだけの答えであり、他のブランチや宛先はまだ成功しうる。`,
      scopeHop: (hop: Named, other: Named) =>
        `${hop.code} は 1 ホップだけの応答で転送されない。${other.code} はクライアントまで届く。`,
      methodsDisjoint: (a: Named, am: readonly Method[], b: Named, bm: readonly Method[]) =>
        `両者が同じリクエストに返されることはない。${a.code} は ${list(am)}、${b.code} は ${list(bm)} に対する応答である。`,
      methodsOneAny: (specific: Named, methods: readonly Method[], general: Named) =>
        `${specific.code} は ${list(methods)} に限られるが、${general.code} はどのリクエストにも返されうる。`,
      methodsShared: (a: Named, am: readonly Method[], b: Named, bm: readonly Method[], shared: readonly Method[]) =>
        `どちらも ${list(shared)} に返されうる。${a.code} の対象は ${list(am)}、${b.code} の対象は ${list(bm)} である。`,
      sentBy: (a: Named, ar: string[], b: Named, br: string[]) =>
        `送信元が異なる。${a.code} は${spaced(list(ar))}、${b.code} は${spaced(list(br))}から返される。`,
      retry: (a: Named, ar: RetryPolicy, b: Named, br: RetryPolicy) =>
        `${a.code} の後は、${retryClause[ar]}。${b.code} の後は、${retryClause[br]}。`,
      failover: (yes: Named, no: Named) =>
        `${yes.code} は別のサーバ、ルート、ゲートウェイを試す理由になる。${no.code} はそうではなく、別のサーバに送っても同じ答えが返る可能性が高い。`,
      headers: (a: Named, ah: string[], b: Named, bh: string[]) =>
        `${a.code} に関わるヘッダは${ah.length ? `${spaced(list(ah))}である` : '特にない'}。${b.code} に関わるヘッダは${bh.length ? `${spaced(list(bh))}である` : '特にない'}。`,
      rfcs: (a: Named, ar: number[], b: Named, br: number[]) =>
        `${a.code} は ${list(ar.map((n) => `RFC ${n}`))}、${b.code} は ${list(br.map((n) => `RFC ${n}`))} で定義されている。`,
    },
    noDifference:
      'ここで比較した性質（クラス、適用範囲、対象のリクエスト、送信元、再試行、フェイルオーバー）はすべて同じである。両者を分けるのは、それぞれが伝える状況であり、以下に示す。',
    situational: (a: Named, aSummary: string, b: Named, bSummary: string) =>
      `プロトコル上の振る舞いは似ているが、伝える状況が異なる。${a.code}：${aSummary} ${b.code}：${bSummary}`,
    deprecated: (code: number) => `${code} はレジストリで非推奨とされているため、送信してはならない。`,
  },
  footer: {
    dataset: 'データセット',
    json: 'JSON',
    csv: 'CSV',
    schema: 'JSON Schema',
    registry: (date: string) => `リーズンフレーズと参照は、${jaDate(date)}更新の IANA レジストリに従う。`,
    rfcNote: 'すべての記述は根拠となる RFC のセクションにリンクしている。',
    corrections: '訂正履歴',
  },
  corrections: {
    title: '訂正履歴',
    metaTitle: '訂正履歴：誤っていた記述と、根拠となる RFC の原文',
    intro:
      '公開済みのページで事実に関する記述を訂正した記録である。訂正日、訂正したページ、誤っていた内容、判断の根拠となる RFC の原文（英語）を示す。訂正したページからは、それぞれの項目にリンクしている。',
    none: '訂正したページはまだない。',
    pages: '訂正したページ',
    wrong: '誤っていた内容',
    now: '訂正後の内容',
    source: '根拠',
    date: (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return `${y}年${m}月${d}日`;
    },
    noteBefore: '',
    noteAfter: 'に訂正した。訂正履歴：',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスにページはありません。コード一覧か検索をお使いください。',
  },
  languagePicker: { title: 'SIP 応答コード', choose: '言語を選択' },
};
