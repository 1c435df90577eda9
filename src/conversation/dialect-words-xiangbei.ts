/**
 * 湘北 (常德、澧县、津市) and the Xiang-coloured 西南官话 words typed in Mandarin chat, folded after the other dialect
 * folds (dialect-words.ts spreads these last; 冇/冇得、么子、上半天/下半天、莫要、搞错哒 are read there already). Each is
 * a word with no Mandarin reading where it stands. Round thirty-nine (blind86 澧溪县). Used for understanding only;
 * what is stored is the message as written.
 *
 * - 哒 (了) closing a clause after any word (不填哒、跑软哒、发错哒、忙死哒) — 好哒 (an answer, read by the answer words),
 *   么么哒、萌萌哒 and 哒哒 (a sound) stay;
 * - 一上半天、一下半天 (一上午、一下午: the whole morning), as 上半天/下半天 alone are read before;
 * - 咯 (这) before a span of time opening what is asked (咯礼拜、咯个月、咯几天、咯段时间) — 咯 after a verb (搞咯两天:
 *   了) stays for the 了 rules;
 * - 莫 (别) before a verb of minding or hurrying (莫管、莫理、莫急、莫慌、莫催) — 莫非、莫名、莫大、莫斯科 stay;
 * - 伢儿、伢子、细伢子 (孩子).
 */
export const XIANGBEI_FOLDS: Array<[RegExp, string]> = [
  [/(?<=[\u4e00-\u9fff])(?<![好么萌哒嘀滴啪])哒(?!哒)(?=[\s，,。！!？?～~]|啊|咯|哦|噻|$)/g, "了"],
  [/一上半天/g, "一上午"],
  [/一下半天/g, "一下午"],
  [
    /(?<=^|[\s，,。！!？?]|大家|大伙|们|我|你|他|她|的)咯(?=礼拜|星期|个?月|几天|两天|段时间|阵子?|一向|周)/g,
    "这",
  ],
  [/莫(?=管|理|急|慌|催|着急)/g, "别"],
  // 岳阳 (round forty-four, i44a): 咯 (这) opening a clause before a measure word or 回/下 (咯回改对咖、咯个东西、咯一稿) —
  // 咯 closing a clause (蛮好咯) stays; 咖 (了) after a verb (来咖四十几个、改对咖、过期咖) — 咖啡、咖喱 stay.
  [/(?<=^|[\s，,。！!？?])咯(?=个|回|下|次|条|份|一稿|稿|件|事|些|样)/g, "这"],
  [/(?<=[\u4e00-\u9fff])咖(?![啡喱])/g, "了"],
  [/细?伢(?:儿|子)/g, "孩子"],
];
