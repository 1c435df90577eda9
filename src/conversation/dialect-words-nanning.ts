/**
 * 南宁白话 and 平话 as typed in Mandarin chat (round thirty-six, blind79), folded before the other Cantonese words
 * (dialect-words-first.ts spreads these first): each fold is a word with no Mandarin reading in the place it stands,
 * read as the Mandarin the lexicons know. Used for understanding only; what is stored is the message as written.
 */
export const NANNING_FOLDS: Array<[RegExp, string]> = [
  // 喺度 before a doing (喺度迎检、喺度开会: 在, the doing under way) or alone (我喺度: 在).
  [/喺度/g, "在"],
  // 咁样、就咁 (这样: 就咁改 is 就这样改); 咁 before a degree (咁多、咁快: 这么).
  // 系咁、系咁样 said as a clause of its own (就这样: that is it, the yes of 白话).
  [/(?<=^|[\s，,。！!])(?:系|係)(?:咁|噉)(?:样)?(?=[啦喇咯啊呀吖]*(?:[\s，,。！!～~]|$))/g, "就这样"],
  [/咁样|噉样/g, "这样"],
  [/[咁噉](?=多|快|慢|难|急|忙|好|大|细|少|耐|远|早|夜|迟|紧要|麻烦)/g, "这么"],
  [
    /(?<=^|[\s，,。！!]|就|系|是|照|都)[咁噉](?![\u4e00-\u9fff])|(?<=就)[咁噉](?=改|写|定|报|存|记|办|搞|弄)/g,
    "这样",
  ],
  // 等阵、等阵先、慢住、等等先 (等一下): the card or the talk put off a moment.
  [/等阵(?:先)?|慢住(?:先)?|等等先/g, "等一下"],
  // 记低、记落(去)、存落、录落 (记下、存下): kept, said with the verb of keeping.
  [/(?<=[记存录])(?:低|落去|落嚟|落)/g, "下"],
  // 录 as 记 before 住/下 or after 唔 (唔录住、录低: 不记、记下), 住 after a verb of keeping (for now: no part of it).
  [/(?<=唔|不)录|录(?=下|住)/g, "记"],
  [/(?<=[记存])住(?=[\s，,。！!]|先|$)/g, ""],
  // 唔理、唔睬 (不管: 待核实嗰几条唔理住 is 不管那几条), before 唔 + a verb below.
  [/唔(?:理|睬)(?:住)?/g, "不管"],
  // 照定、照存、照报 (照样定稿、照样存): as it stands, said with the verb alone.
  [/(?<=^|[\s，,。！!])照定(?:稿)?(?=[吧啦喇啊咯]*(?:[\s，,。！!]|$))/g, "照样定稿"],
  [/(?<=^|[\s，,。！!])照(存|报|交|记)(?=[吧啦喇啊咯]*(?:[\s，,。！!]|$))/g, "照样$1"],
  // 唔 before 关、理、睬、想 (不关、不理): 唔关工作 is 不关工作.
  [/唔(?=关|理|睬|想|肯|够|同)/g, "不"],
  // 要返、攞返 closing a clause (要回来: 删嗰条要返 is the one withdrawn wanted back).
  [/(?:要|攞)返(?=[\s，,。！!～~]|$)/g, "要回来"],
  // 屋企 (家里); 朝早 (早上); 后尾 (最后: 后尾嗰个 is the last one listed).
  [/屋企/g, "家里"],
  [/朝早/g, "早上"],
  [/后尾/g, "最后"],
  // 点用 closing a how (呢个点用、点用嘅: 怎么用); 教下我 (教一下我).
  [/(?<=^|[\s，,。！!？?]|个|嘢|件|份|张|系统)点用(?=[嘅的]?(?:[啊呀呢嘞喇啦㗎]|[？?。！!\s]|$))/g, "怎么用"],
  [/教(?:下|吓)(?=我|你|佢)/g, "教一下"],
  // 同 joining two versions or drafts (第二版同第三版: 和); 有乜唔同、有咩唔同 (有什么不同).
  [/(?<=版|稿|条)同(?=第|上|前|后|头|最|\d|[vV])/g, "和"],
  [/(?:有|冇)(?:乜|咩)(?:嘢)?唔同/g, "有什么不同"],
  // 确认佢、存咗佢、记低佢 (确认它、存了它): 佢 the draft, after a verb of keeping.
  [/(?<=确认|定)咗佢/g, "了"],
  // 存咗佢、记咗佢 (存上): kept, as 存上 says; 存啦、记啦 closing a clause (存上吧).
  [/(?<=存|记|保存)咗佢/g, "上"],
  [/(?<=^|[\s，,。！!])(存|记)[啦喇咯](?=[\s，,。！!]|$)/g, "$1上吧"],
  [/(?<=确认|存|记|保存|定|记下|存下)佢/g, ""],
  // 得 alone as a clause (得、得啦、得咯: 行), the yes of 白话.
  [/(?<=^|[\s，,。！!])得(?=[咯啦喇嘞囉啰]?(?:[\s，,。！!]|$))|(?<=[条个份版稿])得(?=[咯啦喇嘞囉啰])/g, "行"],
  // 退出先、走先 (先退出): 先 closing a clause after the verb.
  [/(?<=^|[\s，,。！!])(退出|取消|走)先(?=[\s，,。！!]|$)/g, "先$1"],
];
