/** Japanese UI strings: the same keys as en.ts, checked by the `UiStrings` type. */
import type { ExceptBasis } from '../data/schema';
import type { CodeClass } from '../data/validate';
import type { UiStrings } from './en';

type Named = { code: number; name: string };

/** A registry date (2025-04-22) as Japanese text writes it: 2025 年 4 月 22 日. */
const jaDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};
/** A day of the corrections log (2026-12-05): 2026年12月5日. */
const logDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
/** Items inside a sentence are joined with 「・」; 「、」 separates clauses. */
const items = (list: readonly string[]) => list.join('・');
/** 494 の例外の元になるヘッダの表が示すこと（RFC 3329 §2.6、§2.3.1 を RFC 3261 §20 の凡例とあわせて読む）。 */
const headerTableMarks = (methods: readonly string[], code: number) =>
  `すべての ${code} に入れなければならないヘッダについて ${items(methods)} の欄を「-」としており、RFC 3261 §20 の凡例では、そのようなヘッダは UAS が応答に入れてはならないものである`;
/** 「… 102 である」「…既定値）である」: a space only after a Latin letter or digit. */
const copula = (text: string) => `${text}${/[A-Za-z0-9]$/.test(text) ? ' ' : ''}である`;
/** A topic with 「は」: a half-width space only after Latin text (「Asterisk は」, 「chan_sip（旧ドライバ）は」). */
const topic = (text: string) => `${text}${/[A-Za-z0-9)]$/.test(text) ? ' ' : ''}は`;
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
    q850Description: 'RFC 3398 が推奨する、SIP の応答と ISUP の理由表示の対応。',
  },
  codes: {
    indexTitle: 'SIP 応答コード一覧',
    indexIntro: (n: number, date: string) =>
      `${jaDate(date)}更新の IANA「Session Initiation Protocol (SIP) Parameters」レジストリに登録された ${n} 個の応答コードをクラス別に示し、続けて、ログで見かけるが IANA に登録されていないコードを示す。`,
    pageTitle: (code: number, phrase: string) => `SIP ${code} ${phrase}`,
    // The gloss goes into the title only where it is a word Japanese engineers search for (話中, 着信拒否 …).
    metaTitle: (code: number, phrase: string, gloss: string) =>
      SEARCHED_GLOSS_WORDS.some((word) => gloss.includes(word))
        ? `SIP ${code} ${phrase}（${gloss}）の意味・原因と対処`
        : `SIP ${code} ${phrase}：意味・原因・対処`,
    // A colon, not 「は、」: a summary is a sentence of its own (「着信者の端末には到達したが、…」), and
    // 「486 は、着信者の端末には到達したが…」 would make the code its subject.
    metaDescription: (code: number, phrase: string, gloss: string, summary: string) => `SIP ${code} ${phrase}（${gloss}）：${summary}`,
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
    inResponseTo: (methods: readonly string[]) => `${items(methods)} への応答`,
    underCondition: '注記の条件を満たす場合',
    inRequest: 'この応答の原因となるリクエスト',
    noHeaders: 'このコードに固有のヘッダはない。',
    related: '関連するコード',
    references: '仕様',
    definedIn: '定義',
    registryRefs: 'IANA レジストリの参照',
    seeAlso: '参考',
    compareWith: '他のコードと比較',
    compareLabel: '比較するコード',
    compareGo: '比較',
    compareAll: (code: number) => `${code} との比較一覧`,
    deprecatedNote: 'IANA レジストリではこのコードは非推奨とされている。',
  },
  unregistered: {
    heading: 'ログで見かけるが登録されていないコード',
    intro: 'IANA に登録されていないにもかかわらず、SIP のログやトレースに現れるコード。特定の SIP スタックのコード、RFC 2543 の名残、HTTP のコードがある。各ページで出どころと対処を示す。',
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
    anyMethod: '応答を受けるすべてのリクエスト',
    retryAfterCell: {
      modify: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、変える点は応答が示す。Retry-After があれば、クライアントはその時間の後に再試行してよい（MAY）',
      never: '同じリクエストを変更せずに再試行すべきではない（SHOULD NOT）。Retry-After があれば、着信者が再び応答できると見込む時刻を示す',
      later: '後で再試行してよく（MAY）、Retry-After があれば、その時期を示す',
    },
    yes: 'する',
    no: 'しない',
  },
  status: { active: '有効', deprecated: '非推奨' },
  finality: { provisional: '暫定応答（1xx）：サーバはまだ最終応答を得ていない', final: '最終応答：トランザクションを終了する' },
  classes: {
    name: { 1: '暫定応答', 2: '成功', 3: 'リダイレクト', 4: 'リクエストエラー', 5: 'サーバエラー', 6: 'グローバルエラー' },
    label: (k: CodeClass) => `${k}xx`,
    pageTitle: (k: CodeClass, name: string) => `SIP ${k}xx ${name.endsWith('応答') ? name : `${name}の応答`}`,
  },
  scope: {
    hop: 'ホップごと：ステートフルプロキシは上流へ転送しない',
    provisional: 'プロキシは、最終応答を送るまでは、ただちに転送しなければならない（MUST）',
    success: 'プロキシは、最終応答を送るまでは（INVITE への 2xx は送った後も）ただちに転送しなければならず（MUST）、転送したステートフルプロキシは応答待ちのブランチに CANCEL を送らなければならない（MUST）。この CANCEL は INVITE を終わらせうるが、SUBSCRIBE・NOTIFY には効果がない',
    branch: 'ブランチ単位：フォーキングプロキシが他の応答と比べて選ぶ',
    'not-relayed': 'プロキシは、転送しうるどのリクエストにも 503 が返ると判断できる場合を除き、上流へ転送すべきではなく（SHOULD NOT）、受けた応答がこれだけなら 500 を返すべきである（SHOULD）',
    global: '探索を終わらせる：新しいブランチを作ってはならず（MUST NOT）、他のブランチはキャンセルすべきである（SHOULD）',
  },
  roles: {
    uas: 'UAS（ユーザエージェントサーバ）',
    proxy: 'プロキシ',
    'edge-proxy': 'エッジプロキシ（SIP Outbound）',
    registrar: 'レジストラ',
    'redirect-server': 'リダイレクトサーバ',
    b2bua: 'B2BUA（バックツーバックユーザエージェント）',
    notifier: 'ノーティファイア',
    esc: 'イベント状態コンポジタ（ESC）',
    verifier: 'STIR 検証サービス',
    gateway: 'ゲートウェイ',
    analytics: 'ユーザに代わって動く中継装置（プロキシまたは B2BUA）',
  },
  retry: {
    none: '再試行の対象外',
    never: '同じリクエストを変更せずに再試行すべきではない（SHOULD NOT）',
    modify: '同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、変える点は応答が示す',
    'without-anonymity': 'ユーザの了承がない限り、匿名をやめて再試行してはならない（MUST NOT）。了承があれば UAC は再試行してよい（MAY）',
    authenticate: 'チャレンジに対する認証情報を付けて再試行すべきである（SHOULD）',
    'resource-value': 'UAC は同じまたは別の Resource-Priority の値で再試行してよく（MAY）、Accept-Resource-Priority があれば、その中から自分に認められた値を選ぶべき（SHOULD）',
    later: '後で再試行してよい（MAY）',
    'if-retry-after': 'Retry-After でより適切な発信時刻を示してもよい（MAY）',
    redirect: 'クライアントは Contact のアドレスへ新しいリクエストを送るべきである（SHOULD）',
    'via-proxy': 'Contact のプロキシを経由してアクセスしなければならず（MUST）、受信側はこのリクエストに限ってそのプロキシ経由で送り直すものとされる',
    alternative: '引用した節に再試行の規定はない：代替サービスが可能であり、ボディに記述される',
    unspecified: 'コードを定義する節に再試行の規定はない',
  },
  failover: {
    no: 'しない',
    'next-server': 'する：クライアントは別のサーバを試すべき（SHOULD）',
    'local-timeout': '応答を一つも受けないまま自分のトランザクションがタイムアウトした場合（タイマ B または F）は試すべき（SHOULD）',
    'other-flow': '権威プロキシは別のフローを試すべき（SHOULD）',
    'other-proxy': 'UA は別のアウトバウンドプロキシ経由で登録し直してもよい（MAY）',
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
    // A label that ends in a half-width bracket, 「INVITE (CSeq 4)」, is set off from the note's （ by a
    // space, as Latin text is from Japanese, so that the two brackets never touch.
    step: (from: string, to: string, label: string, note?: string) => `${from} → ${to}：${label}${note ? `${label.endsWith(')') ? ' ' : ''}（${note}）` : ''}`,
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
    toIsup: (code: number) => ({
      before: `RFC 3398 は、ISUP がカプセル化されていない ${code} を受けたゲートウェイが、ISUP の呼を解放する際の理由表示（cause 値）を `,
      after: 'とすることを推奨している',
    }),
    toIsupNone: (code: number) => `RFC 3398 の対応表では、${code} に決まった理由表示（cause 値）がない`,
    fromIsup: (code: number, first: boolean) => ({
      before: `RFC 3398 は、ISUP の解放メッセージ（REL）の理由表示${first ? '（cause 値）' : ''}が `,
      after: `のとき、ゲートウェイが ${code} を返すことを推奨している`,
    }),
    fromIsupAllowed: (code: number, instead: number) => ({
      before: `RFC 3398 では、理由表示が `,
      after: `でロケーションが「ユーザ」のとき、ゲートウェイは ${instead} の代わりに ${code} を返してもよい`,
    }),
    fromIsupDefault: (code: number) => `RFC 3398 は、表に挙げていない理由表示を受けたときは既定の応答 ${code} を使うべきである（SHOULD）としている。`,
    noCause: '対応なし',
    byWarning: 'Warning ヘッダに応じて 31 か 65',
    reason: 'RFC 6432 以降は、SIP の応答自体が Reason ヘッダで理由表示を運べる。例',
    tableLink: 'すべての対応を 1 つの表で見る',
    pageTitle: 'SIP 応答コードと Q.850／ISUP 理由表示（cause 値）の対応表',
    pageIntro:
      '呼が SIP と電話網の間をまたぐとき、ゲートウェイは SIP の応答コードと ISUP（ITU-T Q.850）の理由表示（cause 値、切断理由）を相互に変換する。RFC 3398 が推奨する対応を以下に示す。どこまでこれに従うかはスタックによって異なり、Asterisk と FreeSWITCH は一部の SIP 応答コードを別の理由表示に対応付けている（どのコードが異なるかは各スタックのページに示す）。Reason ヘッダ（RFC 6432）を使えば元の理由表示を SIP 側へそのまま伝えられる。',
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
    sipToIsupRules:
      'RFC 3398 がこの表を推奨するのは、ISUP がカプセル化されていない応答に限られる。カプセル化された REL を含む応答では、その REL の理由表示を使うべきである（SHOULD）。表にない応答は理由表示 31（その他の正常クラス）に対応させるべきである。ロケーションは既定で、6xx の応答なら「ユーザ」、4xx と 5xx の応答なら「網」とすべきである。',
    isupToSipRules:
      'この表は、ゲートウェイが INVITE に最終応答を送る前に REL を受けた場合のものである。表にない理由表示には既定の応答 500 を使うべきである（SHOULD）。ただし理由表示 44（要求回線／チャネル利用不可）は ISUP 側だけで意味をもつため（発信側の交換機が別の回線で IAM を送り直すのが適切な動作とされる）、RFC 3398 はどの SIP 応答コードも送るべきではないとしている。',
  },
  httpFriend: {
    heading: { 'different-meaning': '同じ番号の HTTP コードとは別物', 'different-phrase': '同じ番号の HTTP コード' },
    // The citation goes inside the brackets of the HTTP phrase, after 「、」, so that two brackets never stand side by side.
    differentMeaning: (code: number, phrase: string) => ({ before: `HTTP の ${code}（${phrase}、`, after: `）は、SIP の ${code} とは意味が異なる。` }),
    differentPhrase: (code: number, phrase: string) => ({ before: `HTTP では ${code} の名称は「${phrase}」である（`, after: '）。' }),
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
      rfcs: 'IANA レジストリの参照',
    },
    list: items,
    cite: (refs: readonly string[]) => (refs.length ? `（${refs.join('、')}）` : ''),
    roles: {
      uas: 'UAS',
      proxy: 'プロキシ',
      'edge-proxy': 'エッジプロキシ',
      registrar: 'レジストラ',
      'redirect-server': 'リダイレクトサーバ',
      b2bua: 'B2BUA',
      notifier: 'ノーティファイア',
      esc: 'ESC',
      verifier: 'STIR 検証サービス',
      gateway: 'ゲートウェイ',
      analytics: 'ユーザに代わって動く中継装置（プロキシまたは B2BUA）',
    },
    onlyMethods: (methods: readonly string[]) => `${items(methods)} のみ`,
    onlyMethodsFromStateful: (methods: readonly string[]) => `トランザクションステートフルな装置が送る場合は ${items(methods)} のみ`,
    onlyMethodsOthersForbidden: (methods: readonly string[]) => `${items(methods)}：SIP 装置は、${items(methods)} 以外のリクエストにこのコードを返してはならない（MUST NOT）`,
    anyNamed: (methods: readonly string[]) => `応答を受けるすべてのリクエスト。RFC が挙げるのは ${items(methods)}`,
    outsideDialog: (named: readonly string[]) => (named.length ? `ダイアログ外の、応答を受けるリクエスト。RFC が挙げるのは ${items(named)}` : 'ダイアログ外の、応答を受けるリクエスト'),
    insideDialog: (named: readonly string[]) => (named.length ? `ダイアログ内の、応答を受けるリクエスト。RFC が挙げるのは ${items(named)}` : 'ダイアログ内の、応答を受けるリクエスト'),
    onlyMethodsInsideDialog: (methods: readonly string[]) => `ダイアログ内の ${items(methods)} のみ`,
    inRequest: (name: string) => `${name}（リクエスト側）`,
    anyExcept: (except: readonly string[], named: readonly string[], basis: ExceptBasis = 'forbidden') => {
      const but = `${items(except)} 以外の、応答を受けるすべてのリクエスト${basis === 'inferred' ? '（この例外はヘッダの表からの推論）' : ''}`;
      return named.length ? `${but}。RFC が挙げるのは ${items(named)}` : but;
    },
    meaning: (a: Named, summary: string) => `${a.code}（${a.name}）：${summary}`,
    classClause: {
      1: 'サーバがまだ処理中であることを示す暫定応答である',
      2: 'リクエストの成功を示す',
      3: 'ユーザの新しい所在や代替サービスを示すリダイレクトである',
      4: '特定のサーバが返したリクエストの失敗である',
      5: 'サーバ側の失敗である',
      6: 'グローバルな失敗であり、サーバは Request-URI が示すインスタンスに限らず、そのユーザについての確定的な情報を持っている',
    },
    scopeClause: {
      hop: 'ステートフルプロキシは上流へ転送しない',
      provisional: 'まだ最終応答を送っていないプロキシは、ただちに上流へ転送しなければならない（MUST）',
      success: 'まだ最終応答を送っていないプロキシは（INVITE への 2xx なら送った後でも）ただちに転送しなければならず（MUST）、ステートフルプロキシは転送したら応答待ちの他のブランチに CANCEL を送らなければならない（MUST）が、この CANCEL は INVITE を終わらせうるものの、SUBSCRIBE・NOTIFY には効果がない',
      branch: 'フォーキングプロキシは他のブランチの応答と比べたうえで、2xx を転送しないまますべてのブランチが終わったら、最良の最終応答を転送しなければならない（MUST）',
      'not-relayed': 'プロキシは、転送しうるどのリクエストにも 503 が返ると判断できる場合を除き、上流へ転送すべきではなく（SHOULD NOT）、ほかに応答がなければ代わりに 500 を返すべきである（SHOULD）',
      global: 'ステートフルプロキシは他のブランチをキャンセルすべきであり（SHOULD）、転送する応答は、ほかの失敗応答ではなく受信した 6xx から選ばなければならない（MUST）',
    },
    scopeClauseRecurse: {
      contacts:
        'フォーキングプロキシは他のブランチの応答と比べたうえで、2xx を転送しないまますべてのブランチが終わったら、最良の最終応答を転送しなければならない（MUST）が、代わりに Contact のアドレスすべてへ再帰したプロキシは、この応答を選択の対象となる応答に加えるべきではない（SHOULD NOT）',
      'sip-uri':
        'フォーキングプロキシは他のブランチの応答と比べたうえで、2xx を転送しないまますべてのブランチが終わったら、最良の最終応答を転送しなければならない（MUST）が、SIP または SIPS の Request-URI を別のスキームに変えて転送したプロキシは、代わりに、試した URI の SIP URI 版を試すべきであり（SHOULD）、その場合は 416 を選択の対象となる応答に加えるべきではない（SHOULD NOT）',
    },
    scopeRecurse: {
      contacts: 'ブランチ単位：フォーキングプロキシが他の応答と比べて選ぶ。ただし Contact のアドレスすべてへ再帰したプロキシは、これを選択の対象に加えるべきではない（SHOULD NOT）',
      'sip-uri': 'ブランチ単位：フォーキングプロキシが他の応答と比べて選ぶ。ただし SIP URI 版で試し直したプロキシは、これを選択の対象に加えるべきではない（SHOULD NOT）',
    },
    retryClause: {
      none: '再試行の対象ではない',
      never: 'クライアントは同じリクエストを変更せずに再試行すべきではない（SHOULD NOT）',
      modify: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、変える点は応答が示している',
      'without-anonymity': 'ユーザが直接、またはユーザが設定したポリシーで了承しない限り、UAC は匿名をやめてリクエストを送り直してはならず（MUST NOT）、了承があれば、匿名を求めずに再試行してよい（MAY）',
      authenticate: 'UAC は応答のチャレンジに対する認証情報を付けて再試行すべきである（SHOULD）',
      'resource-value': 'UAC は同じまたは別の Resource-Priority の値で再試行してよく（MAY）、応答に Accept-Resource-Priority があれば、そこに挙げられた値のうち自分に認められたものを選ぶべきである（SHOULD）',
      later: 'クライアントは後でリクエストを再試行してよい（MAY）',
      'if-retry-after': '応答は Retry-After でより適切な発信時刻を示してもよく（MAY）、RFC 3261 はそれ以外に発信し直す時期を示していない',
      redirect: 'クライアントは Contact ヘッダのアドレスを用いて一つ以上の新しいリクエストを作るべきであり（SHOULD）、各リクエストの Request-URI はそのアドレスの一つである',
      'via-proxy': '要求されたリソースには Contact が示すプロキシを経由してアクセスしなければならず（MUST）、受信側はこのリクエストに限ってそのプロキシ経由で送り直すものとされる',
      alternative: 'RFC 3261 はリクエストを送り直すことについて規定しておらず、代替サービスが可能であること、それが応答のボディに記述されることを示している',
      unspecified: '再試行するかどうかも、その方法も、コードを定義する RFC には規定がない',
    },
    retryAfterClause: {
      never: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、Retry-After があれば、それが着信者の再び応答できると見込む時刻を示す',
      modify: 'クライアントは同じリクエストを変更せずに再試行すべきではなく（SHOULD NOT）、変える点は応答が示しており、Retry-After が付いていれば、その時間の後に再試行してよい（MAY）',
      later: 'クライアントは後でリクエストを再試行してよく（MAY）、Retry-After があれば、その時期が示されている',
    },
    failoverClause: {
      no: 'クライアントが同じ宛先の別のサーバを試すべき（SHOULD）失敗として RFC 3263 が挙げるものには含まれない',
      'next-server': 'クライアントが同じ宛先の別のサーバを試すべき（SHOULD）失敗に当たる',
      'local-timeout': '暫定応答も最終応答も受けないまま自分のトランザクションがタイマ B または F で満了して生じたものなら次のサーバを試す理由になる（SHOULD）が、サーバから受信したものはそうではない',
      // One clause, as in English: a bracket at its end would take the citation in and seem to cite only itself.
      'other-flow': '権威プロキシが、同じ UA インスタンスの別のフローが登録されていればそれを試すべき（SHOULD）理由になり、端末が受けた場合は 400 として扱うべきとされる',
      'other-proxy': '登録しようとした UA が、別のアウトバウンドプロキシがあればそれを経由して登録し直してよい理由になる（MAY）',
    },
    failoverNext: {
      // What to do next is one sentence, as in English, so that the citation after it backs all of it. next-server,
      // local-timeout and other-proxy are continued by nextWithFailover (連用形); other-flow stands alone.
      'next-server': 'クライアントは同じ宛先の別のサーバを試すべきであり（SHOULD）',
      'local-timeout': 'サーバから受信した 408 は RFC 3263 では次のサーバを試す理由にならないが、応答を一つも受けないまま自分のトランザクションがタイマ B または F で満了したのなら、クライアントは新しいトランザクションとして次のサーバへリクエストを送り直すべきであり（SHOULD）',
      'other-flow': '権威プロキシは、同じ UA インスタンスの別のフローが登録されていればそれを試すべきであり（SHOULD）、端末が受けた場合は 400（Bad Request）として扱うべきとされる',
      'other-proxy': 'UA は、別のアウトバウンドプロキシがあればそれを経由して登録し直してもよく（MAY）',
    },
    waitNext: {
      hop: '最終応答を待つ段階であり、このホップの INVITE クライアントトランザクションはリクエストをそれ以上再送すべきではなく（SHOULD NOT）、ステートフルプロキシは 100 を上流へ転送しない',
      provisional: 'リクエストはまだ処理中であり、最終応答を待つ',
      success: 'リクエストは成功しており、再試行の対象ではない',
    },
    nextWithFailover: (failover: string, retry: string) => `${failover}、そうでない場合は、${retry}`,
    leadNext: (a: Named, aNext: string, aCite: string, b: Named, bNext: string, bCite: string) =>
      `${a.code} を受けたら、${aNext}${aCite}。${b.code} を受けたら、${bNext}${bCite}。`,
    leadSame: (next: string, cite: string) => `どちらのコードでも、${next}${cite}。両者を分けるのは、それぞれが伝える状況である。`,
    says: {
      status: (dep: Named, cite: string, active: Named) => `${dep.code} は IANA レジストリで非推奨とされている${cite}。${active.code} は非推奨ではない。`,
      class: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} は${aClause}${aCite}。${b.code} は${bClause}${bCite}。`,
      finality: (prov: Named, fin: Named, provCite: string, finCite: string) =>
        `${prov.code} は暫定応答で、サーバはまだ最終応答を得ておらず、トランザクションは続く${provCite}。${fin.code} は最終応答で、トランザクションを終わらせる${finCite}。`,
      scope: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} の場合、${aClause}${aCite}。${b.code} の場合、${bClause}${bCite}。`,
      methodsDisjoint: (a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `両者が同じリクエストへの応答になることはない。${a.code} の対象は ${items(am)} のみ${aCite}、${b.code} の対象は ${items(bm)} のみである${bCite}。`,
      methodsShared: (shared: readonly string[], a: Named, am: readonly string[], aCite: string, b: Named, bm: readonly string[], bCite: string) =>
        `どちらも ${items(shared)} への応答になりうる。ただし対象は、${a.code} が ${items(am)} のみ${aCite}、${b.code} が ${items(bm)} のみである${bCite}。`,
      methodsOneRestricted: (r: Named, rm: readonly string[], rCite: string, u: Named, uCite: string, uExcept: readonly string[], uNamed: readonly string[], namedCite: string, basis: ExceptBasis = 'forbidden') =>
        `${r.code} の対象は ${items(rm)} のみである${rCite}。${uExcept.length ? (basis === 'inferred' ? `${u.code} は、ヘッダの表から推論される例外の ${items(uExcept)} を除き、応答を受けるすべてのリクエストへの応答になりうる` : `${u.code} は ${items(uExcept)} 以外の、応答を受けるすべてのリクエストへの応答になりうる`) : `${u.code} は、応答を受けるリクエストの中で特定のメソッドに限定されていない`}${uCite}${uNamed.length ? `が、RFC が挙げるのは ${items(uNamed)} である${namedCite}` : ''}。`,
      methodsNamed: (parts: readonly string[]) => `応答を受けるリクエストの中で、どちらも特定のメソッドに限定されていない。RFC が挙げるメソッドは、${parts.join('、')}である。`,
      methodsNamedPart: (a: Named, methods: readonly string[], cite: string) => `${a.code} では ${items(methods)}${cite}`,
      methodsExcept: (a: Named, except: readonly string[], cite: string, basis: ExceptBasis = 'forbidden') =>
        basis === 'inferred'
          ? `${items(except)} に ${a.code} を返すことを禁じる文は RFC にない。この例外はヘッダの表からの推論である。表は、${headerTableMarks(except, a.code)}${cite}。`
          : basis === 'never'
            ? `RFC は、${items(except)} リクエスト自身に ${a.code} が返ることはないとしている${cite}。`
            : `サーバは ${items(except)} に ${a.code} を返してはならない${cite}。`,
      methodsOnlyFromStateful: (a: Named, m: readonly string[], cite: string) =>
        `トランザクションステートフルな装置は、${items(m)} 以外のリクエストに ${a.code} を返してはならない${cite}。`,
      methodsOthersForbidden: (a: Named, m: readonly string[], cite: string) => `SIP 装置は、${items(m)} 以外のリクエストに ${a.code} を返してはならない${cite}。`,
      methodsOnly: (a: Named, m: readonly string[], cite: string) => `${a.code} の対象は ${items(m)} のみである${cite}。`,
      methodsOutsideDialog: (a: Named, cite: string, named: readonly string[], namedCite: string) =>
        named.length
          ? `${a.code} の対象はダイアログ外の、応答を受けるリクエストであり${cite}、RFC が挙げるのは ${items(named)} である${namedCite}。`
          : `${a.code} の対象はダイアログ外の、応答を受けるリクエストである${cite}。`,
      methodsInsideDialog: (a: Named, cite: string, named: readonly string[], namedCite: string) =>
        named.length
          ? `${a.code} の対象はダイアログ内の、応答を受けるリクエストであり${cite}、RFC が挙げるのは ${items(named)} である${namedCite}。`
          : `${a.code} の対象はダイアログ内の、応答を受けるリクエストである${cite}。`,
      methodsOnlyInsideDialog: (a: Named, m: readonly string[], cite: string) => `${a.code} の対象はダイアログ内で送られた ${items(m)} のみである${cite}。`,
      methodsUnrestricted: (a: Named, cite: string, named: readonly string[], namedCite: string) =>
        `${a.code} は、応答を受けるリクエストの中で特定のメソッドに限定されていない${cite}${named.length ? `が、RFC が挙げるのは ${items(named)} である${namedCite}` : ''}。`,
      methodsExcluded: (r: Named, rm: readonly string[], rCite: string, u: Named, uCite: string, basis: ExceptBasis = 'forbidden') =>
        basis === 'inferred'
          ? `${r.code} の対象は ${items(rm)} のみである${rCite}。${items(rm)} に ${u.code} を返すことを禁じる文は RFC にないが、ヘッダの表は、${headerTableMarks(rm, u.code)}${uCite}。`
          : basis === 'never'
            ? `${r.code} の対象は ${items(rm)} のみであり${rCite}、RFC は、${items(rm)} リクエスト自身に ${u.code} が返ることはないとしている${uCite}。`
            : `${r.code} の対象は ${items(rm)} のみであり${rCite}、サーバは ${items(rm)} に ${u.code} を返してはならない${uCite}。`,
      /** No role in common: each code's typical senders, never called different (a redirect server and a B2BUA are UASs, RFC 3261 §6; a registrar too, §10.3). */
      sentByEach: (a: Named, ar: readonly string[], aCite: string, b: Named, br: readonly string[], bCite: string) =>
        `${a.code} は主に${spaced(items(ar))}から${aCite}、${b.code} は主に${spaced(items(br))}から返される${bCite}。`,
      sentByShared: (shared: readonly string[], cite: string) => `どちらも${spaced(items(shared))}から返されうる${cite}。`,
      sentByAlso: (a: Named, roles: readonly string[], cite: string) => `${a.code} は${spaced(items(roles))}からも返されうる${cite}。`,
      retry: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} を受けたら、${aClause}${aCite}。${b.code} を受けたら、${bClause}${bCite}。`,
      failover: (a: Named, aClause: string, aCite: string, b: Named, bClause: string, bCite: string) =>
        `${a.code} は${aClause}${aCite}。${b.code} は${bClause}${bCite}。`,
      headersOf: (a: Named, parts: readonly string[]) =>
        parts.length ? `${a.code} に関係するヘッダは、${parts.join('と')}である。` : `${a.code} に固有のヘッダはない。`,
      headersPart: (names: readonly string[], where: 'response' | 'request', cite: string) =>
        `${where === 'response' ? '応答' : 'リクエスト'}の ${items(names)}${cite}`,
      rfcs: (a: Named, ar: readonly string[], b: Named, br: readonly string[]) =>
        `IANA レジストリが参照として挙げるのは、${a.code} では ${items(ar)}、${b.code} では ${items(br)} である。`,
    },
    noDifference: 'ここで比較した性質はすべて同じである。両者を分けるのは、冒頭に示したそれぞれが伝える状況である。',
    deprecated: (code: number) => `${code} は IANA レジストリで非推奨とされている。どのリクエストへの応答としてなお使えるかは、${code} のページに示す。`,
  },
  stacks: {
    heading: 'SIP スタックでの扱い',
    intro: '各プロジェクトのソースがこのコードをどう扱うかを、スタックのページに記したコミットで読んだ結果である。値はすべて、読んだソースの行にリンクしている。',
    stack: 'スタック',
    name: 'ソース上の名前',
    phrase: 'リーズンフレーズ',
    phraseShown: '表にあるフレーズ',
    asRegistered: '登録どおり',
    noEntry: 'エントリなし：',
    noEntryWireshark: 'エントリなし。統計では次の行に数える：',
    asteriskNoName: (code: number) => `rc_map にエントリなし：PJSIPHangup は ${code} の名前を受け付けない`,
    asteriskPhraseEmpty: (code: number, chanSipHasText: boolean) =>
      `chan_pjsip は独自のフレーズ表を持たず、pjsip のものを使う（pjsip の行）。${chanSipHasText ? `chan_sip の ${code} の文字列は登録どおりのフレーズである` : `chan_sip の hangup_cause2sip() には ${code} の文字列がない`}`,
    pjsipNoConstant: (code: number) => `pjsip には ${code} の定数がない`,
    sofiaNoMacro: (code: number) => `sofia-sip には SIP_${code}_* マクロがない`,
    errorReplies: '内部エラー：',
    proxyNote: { tm_parameter: 'tm 自身の 408（reply_408_reason）：', tm_remap_503_500: 'tm が最終応答 503 を 500 として中継するとき（remap_503_500、既定で有効）：' },
    filter: '表示フィルタ',
    causesCaption: '切断理由（理由表示）',
    onReceipt: (code: number | string) => `${code} 受信時の理由表示`,
    sendsFor: (code: number | string) => `${code} を送る理由表示`,
    fallbackMark: '（既定の分岐）',
    anyOtherCause: 'case のないすべての理由表示',
    rfcAnyOtherCause: '表にないすべての理由表示（既定値）',
    rfcNoteMark: (note: number) => `（NOTE ${note}）`,
    legacy: 'chan_sip（旧ドライバ）',
    differences: 'RFC 3398・RFC 4497 との違い',
    noDifferences: 'このコードについて、Asterisk と FreeSWITCH は両 RFC に従っている。',
    conditionalRule: {
      21: '理由表示 21 について、RFC 4497 はロケーションが「ユーザ」なら 603、それ以外なら 403 とし、RFC 3398 は 403 としたうえで、ロケーションが「ユーザ」なら 603 を返してもよいとしている',
      22: '理由表示 22 について、RFC 3398 は診断情報があれば 301 を、RFC 4497 は診断情報が Contact ヘッダの生成に適していれば 301 を返し、どちらもそうでなければ 410 を返すとしている。RFC 3398 では、診断情報の新しい番号を処理できるゲートウェイは、その番号を Contact ヘッダに入れるべき（SHOULD）とされる',
    } as Record<number, string>,
    conditionalMappers: (names: string, cause: number) => `${names} の対応関数は理由表示の値だけを受け取るため、${cause === 21 ? 'ロケーション' : '診断情報の内容'}にかかわらず、`,
    conditionalSend: { before: (name: string) => `${name} は `, join: '、', both: 'どちらも ', names: ' と ' },
    conditionalAfter: { 21: ' を返す。', 22: ' を返す。' } as Record<number, string>,
    nothingToCompare: 'どちらの RFC も、このコードを理由表示に対応させておらず、どの理由表示に対してもこのコードを送らないため、比較するものがない。',
    // A space before a number (「では 503」), none before Japanese (「ではどの応答コードも…」).
    rfcSays: (rfcs: string[], values: string) => `${rfcs.join('・')} では${/^[A-Za-z0-9]/.test(values) ? ' ' : ''}${values}`,
    rfcDefault: (value: number) => `${value}（表にない値の既定値）`,
    rfcNote3: (value: number) => `${value}（既定値。応答を送る必要がある場合はこれを使うべきである。通常は代わりに BYE か CANCEL を送る）`,
    rfcNote7: (value: number) => `${value}（既定値。切断を始める必要がある場合はこれを使うべきである。通常はすでに切断済みか切断中である）`,
    rfcNote2: (congestion: number, failure: number) => `ほかのチャネルを試せない場合に ${congestion} または ${failure}（その場合ゲートウェイは輻輳かゲートウェイの障害として扱うべきであり、輻輳なら ${congestion}、障害なら既定値の ${failure}）`,
    rfcNoCode: '応答コードなし（変換できない理由表示）',
    defaultsDiff: (stack: string, causes: number[], code: number, rejects = false) =>
      `${stack}${/[A-Za-z0-9)]$/.test(stack) ? ' ' : ''}の対応関数は理由表示 ${causes.join('・')} の case を持たない${rejects ? `。${topic(stack)}いずれについても、応答前の着信 INVITE を拒否する場合に既定の ${code} を送る` : `ため、いずれにも既定の ${code} を返す`}。RFC 3398 または RFC 4497 は、どれについても別のコードを示しており、詳細は各理由表示のページにある。`,
    rfcWarning: '31、または Warning のコードが伝達能力の問題を示す場合は 65',
    rfcNote8: '31、または 65（65 は、伝達能力を変えた再試行で問題を避けられる可能性がある場合に限って生成すべきである）',
    or: ' または ',
    receiptDiff: (stack: string, code: number, cause: string, fallback: boolean, rfcs: string[]) =>
      `${code} を受信すると、${topic(stack)}${fallback ? '既定の分岐で' : ''}理由表示 ${cause}を設定する。${copula(rfcs.join('、'))}。`,
    sendDiff: (stack: string, cause: string, code: number, explicit: boolean, rfcs: string[], rejects = false) =>
      `理由表示 ${cause}に対して、${stack}${/[A-Za-z0-9)]$/.test(stack) ? ' ' : ''}の対応関数は${!explicit && rejects ? ` case を持たず、応答前の着信 INVITE を拒否する場合はドライバが既定の ${code} を送る` : ` ${code} を返す${explicit ? '' : '（case がない理由表示の既定値）'}`}。${copula(rfcs.join('、'))}。`,
    asteriskDefault: 'Asterisk が既定の 603 を送るのは、応答前の着信 INVITE を拒否する場合に限られる。',
    asteriskSends: 'Asterisk がこの表のコードや既定の 603 を送るのは、応答前の着信 INVITE を拒否する場合に限られる。それ以外の状態では、応答ではなくリクエスト（BYE か CANCEL）で呼を終える（res_pjsip_session.c の 3448〜3516 行）。',
    freeswitchOverrides:
      'INVITE に対する 400 以上の最終応答を受信し、その応答に Q.850 の理由表示を載せた Reason ヘッダがあれば、上の表の理由表示ではなく、その理由表示を設定する。ただし ignore_q850_reason が true ならそうしない（sofia.c の 6680〜6683 行と 8731〜8735 行）。FreeSWITCH がこの表のコードを送るのは、応答前の着信呼を拒否する場合に限られる。接続先の SIP レッグが SIP のコードで終わっていれば、代わりにそのコードを送る。ただし sip_ignore_remote_cause が true ならそうしない（mod_sofia.c の 456〜467 行と 537〜585 行）。ダイヤルプランが respond や redirect でコードを設定していれば、表のコードや接続先のレッグのコードではなく、そのコードを送る（587〜588 行）。',
    indexTitle: 'SIP スタックとツールにおける SIP 応答コード',
    indexIntro:
      'Asterisk、FreeSWITCH、pjsip、sofia-sip、Kamailio、OpenSIPS、Wireshark が SIP 応答コードをどう扱うかを、各プロジェクトのソースを特定のコミットで読んでまとめた（Wireshark は GitHub 上のミラーで読んだ）。pjsip・sofia-sip・Kamailio・OpenSIPS・Wireshark の表にあるリーズンフレーズ（Wireshark はこの表を SIP 統計と、プロトコルが SIP の Reason ヘッダの cause の表示に使う）と、Asterisk と FreeSWITCH が各コードと Q.850 理由表示をどう対応させるかを示す。',
    source: '読んだソース',
    commit: 'コミット',
    files: 'ファイル',
    rows: (n: number) => `${n} 行`,
    pageTitle: (name: string, mapsCauses: boolean) => (mapsCauses ? `${name} における SIP 応答コードと理由表示` : `${name} における SIP 応答コード`),
    pageIntro: (name: string) => `${name} が SIP 応答コードをどう名付け、どう扱うかを、ソースから読んでまとめた。`,
    mappingHeading: '対応表の全体',
    code: 'コード',
    iana: 'IANA のフレーズ',
    internalHeading: 'FreeSWITCH 独自の理由表示（127 超）',
    internalIntro:
      '127 を超える値は FreeSWITCH 独自のもので、Q.850 の値ではない。これで呼が終わると、mod_sofia は Reason ヘッダを Q.850;cause= ではなく SIP;cause=<値> として書く。ただし disable_q850_reason が true であるか sip_reason が設定されていればそうならない。PICKED_OFF と LOSE_RACE では、インターセプトされた呼と同じく、代わりに SIP;cause=200（別の場所で応答済みであることを示すテキスト付き）となる。ただし ignore_completed_elsewhere が true ならそうならない（mod_sofia.c の 499〜511 行）。先に受信した 603+ の Reason は、sip_603plus_passthrough が true ならこのヘッダを置き換え、false ならこのヘッダを取り除く（516〜531 行）。',
    value: '値',
    sends: '送るコード',
    unregisteredHeading: 'リーズンフレーズ表やエラー応答にある IANA 未登録のコード',
    phrasesHeading: 'IANA と異なるリーズンフレーズ',
    missingHeading: 'エントリのない登録済みコード',
    fieldsHeading: '表示フィルタのフィールド',
    field: 'フィールド',
    type: '型',
    expertInfo: 'エキスパート情報',
    mirrorNote: 'Wireshark は GitHub 上のミラー（1g4-mirror/wireshark）から読んだ。読んだスナップショットには行番号がないため、リンク先はファイル全体である。',
    sourceLink: 'ソース',
    legend: '値はすべて、読んだソースの行にリンクしている。「（既定の分岐）」は、その値専用の case ではなく、フォールスルーの分岐から来る値を示す。',
    legendPhrases: '値はすべて、読んだソースにリンクしている。「エントリなし」は表にないコードを示し、その後にそのプロジェクトが代わりに返すものを示す。',
    legendWireshark: '値はすべて、読んだソースにリンクしている。「エントリなし」は表にないコードを示し、その後に、Wireshark の SIP 統計でそのコードを数える行（sip_stat_packet 関数）を示す。',
    freeswitchPhrase: 'FreeSWITCH は独自のフレーズ表を持たない。呼を拒否するときのリーズンフレーズは、sofia-sip の sip_status_phrase() がそのコードに返す文字列である。ただし respond_phrase が設定されていればそれを使い、603+ の Reason を引き継いだ 603 では、網による遮断を示す固定のフレーズとなる（mod_sofia.c の 574〜585 行）。フレーズは sofia-sip のページにまとめた。',
    errorsHeading: '応答に変換される内部エラー',
    errorsIntro: 'err2reason_phrase() は内部エラーを応答コードとテキストに変換する。応答のテキストの後には、エラー番号と、ステートレス応答なら SL、トランザクションモジュールなら TM が付く。',
    error: 'エラー',
    replyText: '応答のテキスト',
    otherErrors: 'その他のエラー',
    debugBuildsOnly: '（DEBUG ビルドのみ）',
    debugOnly: { before: '（DEBUG を定義したビルドだけ。ほかのビルドでは ', after: ' を返す）' },
    stackIntro: {
      asterisk: 'Asterisk は、受信した SIP 応答に対する切断理由を ast_sip_hangup_sip2cause 関数（res/res_pjsip.c）で決め、理由表示に対して送る応答を hangup_cause2sip 関数（channels/chan_pjsip.c）で選ぶ。2023 年に master から削除された旧ドライバ chan_sip は、タグ 20.20.1 で読んだ。chan_pjsip は独自のフレーズ表を持たず、pjsip のフレーズを使う。chan_sip の hangup_cause2sip 関数は、コードに独自のフレーズを付けた文字列を返していた（たとえば 480 のフレーズは登録名と大文字・小文字が異なる）。',
      freeswitch: 'FreeSWITCH は、受信した SIP 応答に対する切断理由を sofia_glue_sip_cause_to_freeswitch() で決め、理由表示に対して送る応答を hangup_cause_to_sip 関数（mod_sofia）で選ぶ。これらの関数のコメントは RFC 4497 の §8.4.4 と §8.4.1 を挙げている。',
      pjsip: 'pjsip（pjproject）は、応答コードに enum pjsip_status_code（sip_msg.h）で名前を付け、リーズンフレーズを pjsip_get_status_text 関数（sip_msg.c）で返す。',
      sofia: 'sofia-sip は、応答コードに SIP_NNN_* マクロ（sip_status.h）で名前を付け、リーズンフレーズを sip_status_phrase 関数（sip_status.c）で返す。100〜699 のうちエントリのないコードには空文字列を返し、この範囲外のコードには NULL を返す。FreeSWITCH が呼を拒否するときは、respond_phrase が設定されているか 603+ の Reason を引き継ぐ場合を除き、リーズンフレーズを sip_status_phrase 関数から取る。FreeSWITCH が組み立てるほかの応答には、処理中の呼が上限に達したことを示すフレーズを付けた 503 のように、独自のフレーズを付けるものもある。',
      kamailio: 'Kamailio の error_text 関数（src/core/error.c）は、トランザクションモジュールがローカルに生成する最終応答など、Kamailio 自身が組み立てる応答の一部についてリーズンフレーズを返す（408 だけは reply_408_reason パラメータのテキストを使う）。エントリのないコードにはクラス名が付く。err2reason_phrase() は内部エラーを応答コードとテキストに変換する。',
      opensips: 'OpenSIPS の error_text 関数（error.c）は、応答コードに対するリーズンフレーズを返す。エントリのないコードにはクラス名が付く。err2reason_phrase() は内部エラーを応答コードとテキストに変換するが、その番号は 2007 年以降 Kamailio と異なる。',
      wireshark: 'Wireshark では、応答コードを sip.Status-Code フィールド（数値で、フレーズ表は付いていない）で絞り込む。独自のフレーズ表 sip_response_code_vals は、SIP の統計と Reason ヘッダの sip.reason_cause_sip フィールドに使われる。',
    } as Record<'asterisk' | 'freeswitch' | 'pjsip' | 'sofia' | 'kamailio' | 'opensips' | 'wireshark', string>,
    causesHeading: 'Q.850 の理由表示',
    causesIntro: 'Asterisk、FreeSWITCH、RFC 3398、RFC 4497 のいずれかが対応させる理由表示ごとに、それぞれが送る応答と、その理由表示になる応答をまとめた。',
    indexLink: '理由表示ごとのページ（Asterisk と FreeSWITCH での対応）と、ほかの SIP スタックでの応答コードの扱い',
    allStacks: 'スタック一覧',
  },
  causes: {
    pageTitle: (cause: number, name: string) => `理由表示 ${cause}：${name}`,
    metaTitles: (cause: number, name: string) => [`Q.850 理由表示 ${cause}（${name}）と SIP 応答コード`, `Q.850 理由表示 ${cause} と SIP 応答コードの対応`],
    description: (cause: number, name: string) =>
      `Q.850 の理由表示 ${cause}（${name}）について、RFC 3398 と RFC 4497 が対応させる SIP 応答コードと、Asterisk・FreeSWITCH の送出・設定をまとめた。`,
    intro: 'この理由表示（cause 値）を RFC 3398（ISUP）と RFC 4497（QSIG）がそれぞれの向きでどの SIP 応答コードに対応させているか、また Asterisk と FreeSWITCH の対応関数がそれぞれの向きで何を返すかを、各プロジェクトのソースから読んでまとめた。スタックの値はすべて、読んだソースの行にリンクしている。',
    toSipIntro: 'この理由表示で呼が終わるとき、まだ応答していない INVITE に返す応答である。スタックの行は対応関数が返すコードであり、関数に case のない理由表示では、そのときスタックが送るコードである。',
    fromSipIntro: 'RFC の行は、INVITE に対して受けるとこの理由表示で呼を終える最終応答である。ただし 401・407 と、RFC が印を付けたプロトコルエラーについては、ゲートウェイが自ら認証することも、リクエストを直して再試行することもできない場合に限る。RFC 3398 がこの対応を推奨するのは ISUP がカプセル化されていない応答に限られ、カプセル化された REL があれば、その REL の理由表示を使うべきである（SHOULD）。スタックの行は、登録済みのすべてのコードと 409・411 について読んだうち、そのスタックの対応関数がこの理由表示に変換するコードで、400 未満のコードも含む。「（既定の分岐）」は、関数の既定の分岐でこの理由表示になるコードを示す。Asterisk は、受信した Reason ヘッダからも理由表示を設定する。Q.850 の理由表示はそのまま使い、Reason: SIP;cause=N ではそのコードに対応関数を使う（res_pjsip_rfc3326.c の 62〜66 行）。',
    names: '名前',
    ituName: 'ITU-T Q.850 の名前',
    jaName: '日本語の説明（JT-Q850 の表で未確認）',
    asterisk: 'Asterisk の定数',
    jtQ850Name: 'TTC JT-Q850 の名前',
    freeswitch: 'FreeSWITCH の名前',
    none: 'なし',
    searchTerms: '別の表記',
    toSip: (cause: number) => `理由表示 ${cause} → SIP の応答`,
    fromSip: (cause: number) => `SIP の応答 → 理由表示 ${cause}`,
    who: '対象',
    result: '結果',
    noResponse: '表に応答はない（理由表示 16 は通常 BYE か CANCEL になるとしている）',
    note3: '通常は BYE か CANCEL。応答を送る必要がある場合は既定値の 500 を使うべきである',
    note2: (congestion: number, failure: number) => `まず別のチャネルで再試行する。試せない場合、ゲートウェイは輻輳（${congestion}）またはゲートウェイの障害（${failure}、既定値）として扱うべきである`,
    codes: 'コード',
    noCodes: 'なし',
    andUnlisted: '、および表にないすべての応答（既定値）',
    agree: 'この理由表示について、Asterisk と FreeSWITCH は両 RFC に従っている。',
    byDefault: '（表にない理由表示の既定値）',
    freeswitchSends:
      'FreeSWITCH がその行のコードを送るのは、応答前の着信呼を拒否する場合に限られる（mod_sofia.c の 537〜554 行と 650 行）。接続先のレッグが SIP のコードで終わっていれば、代わりにそのコードを送る。ただし sip_ignore_remote_cause が true ならそうしない（456〜467 行）。ダイヤルプランが respond や redirect でコードを設定していれば、行のコードや接続先のレッグのコードではなく、そのコードを送る（587〜588 行）。',
    freeswitchReceipt:
      'FreeSWITCH が送った INVITE に対する 400 以上の最終応答に、Q.850 の理由表示を載せた Reason ヘッダがあれば、FreeSWITCH はその行の理由表示ではなく、Reason ヘッダの理由表示で呼を終える。ただし ignore_q850_reason が true ならそうしない（sofia.c の 6680〜6683 行と 8731〜8735 行）。',
    causeLink: (cause: number) => `理由表示 ${cause}`,
  },
  trace: {
    nav: 'トレース解析',
    title: 'SIP トレース解析',
    metaDescription:
      'SIP トレースを貼り付けるか pcap をドロップすると、含まれる SIP メッセージを読み取り、呼ごとのラダー図を描き、各応答を RFC に基づいて解説する。データはブラウザの外に出ない。',
    intro:
      'SIP トレースを貼り付けるか、キャプチャファイルをドロップする。このページは見つけた SIP メッセージを読み取り、呼ごとにラダー図を描き、各応答を RFC に基づいて解説する。',
    privacy: '貼り付けたテキストやファイルはブラウザの外に送られない。読み取りはこの端末の中で行われ、リクエストは発生しない。',
    formats:
      '対応する形式：Asterisk（pjsip のロガー出力、chan_sip のデバッグ出力）、FreeSWITCH の siptrace、Kamailio・OpenSIPS のログ、ngrep -W byline、sngrep、Wireshark（ストリームの追跡、テキスト書き出し）、SIPp、pjsua、linphone、baresip、JsSIP、SIP.js、drachtio の出力、メッセージそのもの、pcap・pcapng キャプチャ（UDP 上の SIP と、メッセージ全体を含む TCP セグメント）。',
    inputLabel: 'SIP トレース',
    fileLabel: 'またはファイルを開く（テキスト、.pcap、.pcapng）',
    dropHint: 'テキスト欄にファイルをドロップすることもできます。',
    submit: '解析する',
    working: '読み込み中… {p} %',
    countOne: '1 件のメッセージを読み込みました',
    countMany: '{n} 件のメッセージを読み込みました',
    dialogCount: 'Call-ID の数（呼・登録などのやり取り）：{n} 件',
    none: 'SIP メッセージが見つかりません。開始行（「INVITE sip:… SIP/2.0」や「SIP/2.0 486 Busy Here」）とそれに続くヘッダフィールドを含むメッセージそのものを貼り付けてください。',
    empty: 'トレースを貼り付けるか、ファイルを選んでください。',
    notCapture: 'このファイルはテキストでも pcap・pcapng キャプチャでもありません。',
    captureNoSip: 'キャプチャには {n} 個のパケットがありますが、UDP または TCP で運ばれた SIP メッセージはありません。TLS 上の SIP は暗号化されているため、キャプチャからは読み取れません。',
    captureCut: 'キャプチャファイルがパケットの途中で終わっています。途切れる前までのパケットを表示します。',
    failed: 'トレースを読み取れませんでした（{e}）。',
    messagesHeading: '入力順のメッセージ',
    dialogsHeading: 'ラダー図',
    diagramTitle: 'Call-ID {id} のメッセージ',
    diagramDescription: '{parties} の間の {n} 件のメッセージ。',
    separator: '、',
    asText: '図の内容をテキストで表示',
    showMore: 'さらに {n} 件を表示',
    moreDialogs: '図を表示',
    local: 'このホスト',
    about: '{code} の解説',
    unregistered: 'IANA レジストリにないコード。',
    line: '{n} 行目',
    problemsHeading: '不正な箇所',
    copyRedacted: '匿名化してコピー',
    copied: 'コピーしました',
    redactNote: 'コピーの前に、電話番号、アドレスのユーザ部、表示名、IP アドレスを置き換えます。',
    problems: {
      truncated: '途切れている：ボディが Content-Length に達する前に、トレースが終わるか次のメッセージが始まっている。',
      'content-length-negative': 'Content-Length が負の値である（{d}）。',
      'content-length-invalid': 'Content-Length が数値ではない（{d}）。',
      'content-length-multiple': 'Content-Length が複数ある（{d}）。',
      'start-line-spaces': '開始行の各部分の間に空白が 2 つ以上ある。',
      'start-line-trailing-space': 'リクエスト行の末尾に空白がある。',
      'request-uri-angle': 'Request-URI が < > で囲まれている（{d}）。',
      'request-uri-space': 'Request-URI に空白が含まれている（{d}）。',
      'request-uri-headers': 'Request-URI の「?」の後にヘッダパラメータがある（{d}）。',
      version: 'SIP/2.0 ではない（{d}）。',
      'status-code': '100〜699 のステータスコードではない（{d}）。',
      'missing-header': '必須のヘッダフィールドがない：{d}。',
      'cseq-invalid': 'CSeq が「数値 メソッド」の形ではない（{d}）。',
      'cseq-method-mismatch': 'リクエスト行と CSeq のメソッドが異なる（{d}）。',
      overlarge: '{h} の値が許される範囲を超えている（{d}）。',
      'unterminated-quote': '{h}：引用符で始まる文字列が閉じていない。',
      'display-name': '{h}：表示名は引用符で囲む必要がある（{d}）。',
      'addr-spec': '{h}：アドレスの形が不正か、< > で囲む必要がある（{d}）。',
      date: 'Date が GMT ではない（{d}）。',
      'warn-code': 'Warning の警告コードが 3 桁の数字ではない（{d}）。',
      via: 'Via の形が不正である。「SIP/2.0/トランスポート」とホストで始まらない値か、空のパラメータまたは区切りがある。',
      'header-line': 'ヘッダ部に「名前：値」の形でない行がある（{d}）。',
    } as Record<string, string>,
    findings: {
      'missing-header': '{header} がない。{code} はこれを含めなければならない（{ref}）。',
      deprecated: '{code} は非推奨である（{refs}）。',
      'auth-retried': 'メッセージ {n} で {header} を付けてリクエストが送り直された。',
      'auth-rejected-again': 'その再試行も再びチャレンジされた。ユーザ名、パスワード、レルムを確認すること。',
      'auth-stale': 'その再試行は stale=true を付けて再びチャレンジされた。サーバは nonce の期限切れを理由に拒否しており、このフラグはその nonce に対するダイジェストが正しかった場合だけ付けるべきものとされている。クライアントはパスワードを改めて求めずに新しい nonce で再試行できる（RFC 2617 §3.2.1）。',
      'auth-not-retried': 'このトレースには {header} を付けたリクエストが続いていない。',
      codecs: 'メッセージ {n} のオファーが提示したもの：{list}。',
      'no-offer': 'このトレースでは、この応答に対応するリクエストに SDP オファーがない。',
      'retry-after': 'Retry-After：{value}（クライアントがこのサーバへリクエストを再び送れるようになるまでの秒数）。',
      'no-retry-after': 'Retry-After がない。クライアントは 500 を受信した場合と同じように動作しなければならない（{ref}）。',
      cancelled: 'INVITE はキャンセルされた（メッセージ {n} の CANCEL）。CANCEL を送ったのは発信者か、経路上のプロキシである。',
      'not-cancelled': 'このトレースには、この INVITE に対する CANCEL がない。',
      'cancel-result': 'メッセージ {invite} の INVITE をキャンセルする。INVITE は {status} で終わった（メッセージ {n}）。',
      'cancel-no-final': 'このトレースには、キャンセルされた INVITE への最終応答がない。',
    } as Record<string, string>,
  },
  footer: {
    dataset: 'データセット',
    json: 'JSON',
    csv: 'CSV',
    schema: 'JSON Schema',
    registry: (date: string) => `リーズンフレーズと参照は、${jaDate(date)}更新の IANA レジストリに従う。`,
    rfcNote: 'RFC についての記述は、根拠となるセクションにリンクしている。',
    corrections: '訂正履歴',
  },
  corrections: {
    title: '訂正履歴',
    metaTitle: '訂正履歴：誤っていた記述と、根拠となる原文',
    intro:
      '公開済みのページで事実に関する記述を訂正した記録である。訂正日、訂正したページ、誤っていた内容、判断の根拠となる原文を示す。根拠は RFC の原文（英語）か、SIP スタックの動作については特定のコミットにおけるそのソースの該当行である。訂正したページからは、そのページの項目にリンクしている。',
    none: '訂正したページはまだない。',
    pages: '訂正したページ',
    wrong: '誤っていた内容',
    now: '訂正後の内容',
    source: '根拠',
    everyComparisonWith: (code: number) => `${code} とのすべての比較`,
    everyComparison: 'すべての比較ページ',
    guide: { failover: 'フェイルオーバーの使い分けガイド', 'rejecting-calls': '着信拒否の使い分けガイド' },
    classPage: (klass: number) => `${klass}xx クラスのページ`,
    q850Page: 'Q.850 対応表',
    causePage: (cause: number) => `理由表示 ${cause} のページ`,
    stackPage: (name: string) => `${name} のページ`,
    indexPage: { codes: 'SIP 応答コード一覧', stacks: 'スタック一覧', trace: 'SIP トレース解析', corrections: 'この訂正履歴' },
    comparisonsWithBefore: '',
    comparisonsWithAfter: ' とのすべての比較',
    date: (iso: string) => logDate(iso),
    noteBefore: '',
    noteAfter: 'に訂正した。訂正履歴：',
    more: (count: number) => `このページにはほかに ${count} 件の訂正がある`,
    byDayIntro: '訂正を日ごとに新しい順に示す。日ごとに項目の数と、訂正したコードのページを示す。項目の全文はその日のページにあり、各コードからはその訂正のタイトルの一覧にリンクしている。',
    dayCodes: '訂正したコードのページ：',
    dayHeading: (iso: string, count: number) => `${logDate(iso)}（${count} 件）`,
    dayTitle: (iso: string) => `${logDate(iso)}の訂正`,
    dayMetaTitle: (iso: string) => `訂正履歴：${logDate(iso)}`,
    dayIntro: (iso: string, count: number) =>
      `${logDate(iso)}に行った ${count} 件の訂正の全文である。それぞれについて、訂正したページ、誤っていた内容、訂正後の内容、判断の根拠となる原文を示す。`,
    allDays: '訂正履歴の日ごとの一覧',
    dayHeadingParts: (iso: string, count: number, parts: number) => `${logDate(iso)}（${count} 件、${parts} ページ）`,
    dayPartTitle: (iso: string, first: number, last: number, total: number) => `${logDate(iso)}の訂正（${total} 件中 ${first}〜${last} 件目）`,
    dayPartMetaTitle: (iso: string, part: number, parts: number) => `訂正履歴：${logDate(iso)}（${parts} ページ中 ${part} ページ目）`,
    dayParts: (iso: string) => `${logDate(iso)}の訂正のページ`,
    partRange: (first: number, last: number) => `${first}〜${last} 件目`,
    previousPart: '前のページ：',
    nextPart: '次のページ：',
    byCodePage: 'コードのページごとの訂正',
    byCodePageIntro: '訂正したことのあるコードのページと、その訂正の数、最新の訂正日を示す。各件数から、その訂正のタイトルの一覧にリンクしている。',
    codeCount: (count: number) => `${count} 件の訂正`,
    latestBefore: '（最新：',
    latestAfter: '）',
    codeLogTitleBefore: '',
    codeLogTitleAfter: ' の訂正',
    codeLogMetaTitle: (code: number) => `訂正履歴：${code}`,
    codeLogIntro: (code: number, count: number) =>
      `${code} のページに行った ${count} 件の訂正を新しい順に示す。各タイトルから、その日のページにある項目の全文にリンクしている。`,
    codeLogPage: (code: number) => `${code} のページ`,
    allCodePages: '訂正したコードのページの一覧',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスにページはありません。コード一覧か検索をお使いください。',
  },
  languagePicker: { title: 'SIP 応答コード', choose: '言語を選択' },
};
