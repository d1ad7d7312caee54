/** Japanese UI strings: the same keys as en.ts, checked by the `UiStrings` type. */
import type { RetryPolicy } from '../data/schema';
import type { CodeClass } from '../data/validate';
import type { UiStrings } from './en';

type Named = { code: number; name: string };

/** A registry date (2025-04-22) as Japanese text writes it: 2025 年 4 月 22 日. */
const jaDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};
/** Items inside a sentence are joined with 「・」; 「、」 separates clauses. */
const items = (list: readonly string[]) => list.join('・');
/** Mixed Japanese and Latin items inside a sentence: a half-width space only next to Latin text. */
const spaced = (text: string) => `${/^[A-Za-z0-9]/.test(text) ? ' ' : ''}${text}${/[A-Za-z0-9)]$/.test(text) ? ' ' : ''}`;


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
    inRequest: 'この応答の原因となるリクエスト',
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
    hop: 'ホップごと：ステートフルプロキシは上流へ転送しない',
    provisional: 'ただちに転送され、後に最終応答が続く',
    success: 'ただちに転送され、他のブランチはキャンセルされる',
    branch: 'ブランチ単位：フォーキングプロキシが他の応答と比べて選ぶ',
    'not-relayed': 'プロキシは上流へ転送しない（代わりに 500 を返す）',
    global: '探索を終わらせる：他のブランチはキャンセルされる',
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
    authenticate: '認証情報を付けて再試行',
    later: '時間をおいて再試行',
    'if-retry-after': 'Retry-After で時刻が示されたときに限る',
    redirect: 'Contact のアドレスへ新しいリクエスト',
    'via-proxy': 'Contact のプロキシ経由で同じリクエスト',
    alternative: '本文が示す代替サービス',
  },
  failover: {
    no: 'しない',
    'next-server': 'する：別のサーバを試す',
    'local-timeout': '自分のタイマ（B または F）が満了した場合',
    'other-flow': '権威プロキシが別のフローを試す',
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
    differentPhrase: (code: number, phrase: string) => `HTTP では ${code} の名称は「${phrase}」で、意味は SIP とほぼ同じである。`,
  },
  strength: { MUST: '必須（MUST）', SHOULD: '推奨（SHOULD）', MAY: '任意（MAY）' },
  compare: {
    pageTitle: (a: Named, b: Named) => `SIP ${a.code}（${a.name}）と ${b.code}（${b.name}）の違い`,
    metaTitle: (a: number, b: number) => `SIP ${a} と ${b} の違い`,
    metaDescription: (a: Named, b: Named, guided: boolean) =>
      `SIP ${a.code}（${a.name}）と ${b.code}（${b.name}）の違い。それぞれの意味、受信後の対応、異なる点を RFC の根拠とともに示す。${guided ? 'どちらを返すべきかの解説付き。' : ''}`,
    summary: '要点',
    differences: '違い',
    shared: '共通点',
    nothingShared: 'ここで比較した性質に共通点はない。',
    aspect: '項目',
    whenToUse: 'どちらを返すか、受信したら何を意味するか',
    onReceipt: '受信したら',
    receipt: (next: string, cite: string) => `受信したら、${next}${cite}。`,
    fullPage: (code: number) => `${code} のページ（原因・発生する状況・対処方法）`,
    pickerTitle: '2 つのコードを比較',
    first: '1 つ目のコード',
    second: '2 つ目のコード',
    go: '比較',
    sameCode: '異なるコードを 2 つ選んでください。',
    aspects: {
      status: 'レジストリ上の状態',
      class: 'クラス',
      finality: '応答の種類',
      scope: 'プロキシでの扱い',
      methods: '対象のリクエスト',
      sentBy: '主な送信元',
      retry: '再試行',
      failover: 'フェイルオーバー',
      headers: 'ヘッダ',
      rfcs: '定義',
    },
    list: items,
    cite: (refs: readonly string[]) => (refs.length ? `（${refs.join('、')}）` : ''),
    roles: {
      uas: 'UAS',
      proxy: 'プロキシ',
      'edge-proxy': 'エッジプロキシ',
      registrar: 'レジストラ',
      'redirect-server': 'リダイレクトサーバ',
      notifier: 'ノーティファイア',
      esc: 'ESC',
      verifier: 'STIR 検証サービス',
      gateway: 'ゲートウェイ',
      analytics: '通話分析装置',
    },
    onlyMethods: (methods: readonly string[]) => `${items(methods)} のみ`,
    anyNamed: (methods: readonly string[]) => `制限なし（RFC が挙げるのは ${items(methods)}）`,
    meaning: (a: Named, summary: string) => `${a.code}（${a.name}）：${summary}`,
    classClause: {
      1: 'サーバがまだ処理中であることを示す暫定応答である',
      2: 'リクエストの成功を示す',
      3: 'ユーザの新しい所在や代替サービスを示すリダイレクトである',
      4: '特定のサーバが返したリクエストの失敗である',
      5: 'サーバ側の失敗である',
      6: 'ユーザについての確定的な情報に基づくグローバルな失敗である',
    },
    scopeClause: {
      hop: 'ステートフルプロキシは上流へ転送しない',
      provisional: 'プロキシはただちに上流へ転送し、その後に最終応答が続く',
      success: 'プロキシはただちに転送し、保留中の他のブランチをキャンセルする',
      branch: 'フォーキングプロキシは他のブランチの応答と比べたうえで、最良の最終応答を転送する',
      'not-relayed': 'プロキシは上流へ転送すべきではなく（SHOULD NOT）、ほかに応答がなければ代わりに 500 を返す',
      global: 'プロキシは他のブランチをキャンセルすべきであり（SHOULD）、ほかの失敗応答より 6xx を優先して転送する',
    },
    retryClause: (retry: RetryPolicy, retryAfter: boolean) =>
      ({
        none: '再試行の対象ではない',
        never: '同じリクエストを再び送らない',
        modify: '応答が指摘した点を直してから再試行する',
        authenticate: '応答のチャレンジに対する認証情報を付けて再試行する',
        later: retryAfter ? '時間をおいて同じリクエストを再試行でき、Retry-After があればその時刻に従う' : '時間をおいて同じリクエストを再試行できる',
        'if-retry-after': 'Retry-After で時刻が示されない限り再試行しない',
        redirect: 'Contact のアドレスを Request-URI として新しいリクエストを送る',
        'via-proxy': 'Request-URI は変えずに、Contact が示すプロキシ経由で同じリクエストを送り直す',
        alternative: '応答の本文が示す代替サービスを検討する',
      })[retry],
    failoverClause: {
      no: 'フェイルオーバーの理由にはならない',
      'next-server': '別のサーバを試す理由になる',
      'local-timeout': '自分のトランザクションがタイマ B または F で満了して生じたものなら次のサーバを試す理由になるが、サーバから受信したものはそうではない',
      'other-flow': '権威プロキシが同じ端末への別のフローを試す理由になる（端末が受けた場合は 400 として扱う）',
    },
    failoverNext: {
            'next-server': '別のサーバを試す',
      'local-timeout': '自分のトランザクションがタイマ B または F で満了したのなら次のサーバを試す（サーバから受信した 408 ではフェイルオーバーしない）',
      'other-flow': '権威プロキシは同じ端末への別のフローを試す。端末が受けた場合は 400（Bad Request）として扱う',
    },
    waitNext: {
      hop: '最終応答を待つ。100 はこのホップでの INVITE の再送を止めるもので、それより先へは転送されない',
      provisional: '後に続く最終応答を待つ',
      success: 'リクエストは成功しており、再試行の対象ではない',
    },
    nextWithFailover: (failover: string, retry: string) => `${failover}。そうでなければ、${retry}`,
    leadNext: (a: Named, aNext: string, aCite: string, b: Named, bNext: string, bCite: string) =>
      `${a.code} を受けたら、${aNext}${aCite}。${b.code} を受けたら、${bNext}${bCite}。`,
    leadSame: (next: string, cite: string) => `どちらを受けても次の対応は同じで、${next}${cite}。両者を分けるのは、それぞれが伝える状況である。`,
    says: {
      status: (dep: Named, cite: string, active: Named) => `${dep.code} は IANA レジストリで非推奨とされている${cite}。${active.code} は現在も使われている。`,
      class: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} は${aClause}${aCite}。${b.code} は${bClause}${bCite}。`,
      finality: (prov: Named, fin: Named, cite: string) =>
        `${prov.code} は暫定応答で、トランザクションは続き、後に最終応答が届く${cite}。${fin.code} は最終応答で、トランザクションを終わらせる。`,
      scope: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} の場合、${aClause}${aCite}。${b.code} の場合、${bClause}${bCite}。`,
      methodsDisjoint: (a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `両者が同じリクエストへの応答になることはない。${a.code} の対象は ${items(am)} のみ${aCite}、${b.code} の対象は ${items(bm)} のみである${bCite}。`,
      methodsShared: (shared: readonly string[], a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `どちらも ${items(shared)} への応答になりうる。ただし対象は、${a.code} が ${items(am)} のみ${aCite}、${b.code} が ${items(bm)} のみである${bCite}。`,
      methodsOneRestricted: (r: Named, rm: readonly string[], rCite: string, u: Named, uCite: string) =>
        `${r.code} の対象は ${items(rm)} のみである${rCite}。${u.code} は特定のメソッドに限定されていない${uCite}。`,
      methodsNamed: (parts: readonly string[]) => `どちらも特定のメソッドに限定されていない。RFC が挙げるメソッドは、${parts.join('、')}である。`,
      methodsNamedPart: (a: Named, methods: readonly string[], cite: string) => `${a.code} では ${items(methods)}${cite}`,
      sentByDisjoint: (a: Named, ar: readonly string[], aCite: string, b: Named, br: readonly string[], bCite: string) =>
        `主な送信元が異なる。${a.code} は${spaced(items(ar))}から${aCite}、${b.code} は${spaced(items(br))}から返される${bCite}。`,
      sentByShared: (shared: readonly string[], cite: string) => `どちらも${spaced(items(shared))}から返されうる${cite}。`,
      sentByAlso: (a: Named, roles: readonly string[], cite: string) => `${a.code} は${spaced(items(roles))}からも返される${cite}。`,
      retry: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} を受けたら、${aClause}${aCite}。${b.code} を受けたら、${bClause}${bCite}。`,
      failover: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} は${aClause}${aCite}。${b.code} は${bClause}${bCite}。`,
      headersOf: (a: Named, parts: readonly string[]) =>
        parts.length ? `${a.code} に関係するヘッダは、${parts.join('と')}である。` : `${a.code} に固有のヘッダはない。`,
      headersPart: (names: readonly string[], where: 'response' | 'request', cite: string) =>
        `${where === 'response' ? '応答' : 'リクエスト'}の ${items(names)}${cite}`,
      rfcs: (a: Named, ar: readonly string[], b: Named, br: readonly string[]) =>
        `${a.code} は ${items(ar)}、${b.code} は ${items(br)} で定義されている。`,
    },
    noDifference: 'ここで比較した性質はすべて同じである。両者を分けるのは、冒頭に示したそれぞれが伝える状況である。',
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
    everyComparisonWith: (code: number) => `${code} とのすべての比較`,
    everyComparison: 'すべての比較ページ',
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
