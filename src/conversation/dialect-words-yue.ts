/**
 * Cantonese (粤西、桂南 白话) words typed in Mandarin chat that the first folds (dialect-words-first.ts) did not read,
 * folded before them on the raw characters (佢、嘢、系、嗰 are still as typed here): a question closed by 未 after a
 * result (交齐未、搞掂未: 了没) and 未 before a verb of reporting (未交嘅: 没交的), 同我 before a verb of the bot's (帮我),
 * 咁 (这样、这么), 埋 after a verb (确认埋: that one too — nothing to add), the parts of the day (朝早、上昼、下昼、晏昼、
 * 琴晚、听朝) and 半日, 记低/记落 (记下), a hold-on alone (咪住先、等阵先: 先等等), 一次过 (一起), 嗰度/呢度 (那里/这里),
 * 边几 (哪几), 系 opening a clause (是: 系工作、系我屋企嘅事), 做嘢 (做事) and V唔到 / 登唔上 (can't: 不了、登不上). Round
 * thirty-six (blind78, i36a).
 */
export const YUE_FOLDS: Array<[RegExp, string]> = [
  [/(?<=[齐完好妥掂晒])未(?=[？?。～~\s啊呀]*$)/g, "了没"],
  [/(?<![尚并从未])未(?=[交报填])/g, "没"],
  // 同我催下、同我查下 (帮我…) — 同我一起去、同我讲 (with me, to me) stay.
  [/同我(?=[催查看睇改删撤导发弄搞整确认揾拉出])/g, "帮我"],
  [/咁样/g, "这样"],
  [/(?<=[就照系係是])咁/g, "这样"],
  [/咁(?=多|快|慢|大|细|忙|难|麻烦|好|冻|热|累|早|夜|迟)/g, "这么"],
  // 埋 closing what is done (确认埋、要埋、删埋佢) — 埋单、埋伏、埋怨 (埋 before a word) stay.
  [/(?<=[认要删撤交报填存记])埋(?=[佢啦吧啊喇了先]*(?:[\s，,。！!？?～~]|$))/g, ""],
  [/朝头早|朝早/g, "早上"],
  [/上昼/g, "上午"],
  [/下昼|晏昼/g, "下午"],
  [/琴晚|寻晚/g, "昨晚"],
  [/听朝/g, "明早"],
  [/(?<=[一两半])日(?=假)/g, "天"],
  // 记低佢、记落去 (记下): what the card asks to keep — 佢 the card, not a person.
  [/记(?:低|落)(?:佢|去|嚟|来)?/g, "记下"],
  [/(?<=^|[\s，,。！!])(?:咪住|等阵|等一阵|等等)先?(?=[\s，,。！!]|$)/g, "先等等"],
  [/一次过/g, "一起"],
  [/[嗰𠮶]度(?=[\s，,。！!？?啊呀啦嘞]|$)/gu, "那里"],
  [/呢度(?=[\s，,。！!？?啊呀啦嘞]|$)/g, "这里"],
  [/(?<=^|[\s，,。！!？?、有是系係])边(?=几)/g, "哪"],
  // 系 opening a clause before what it is (系工作、算系做嘢): 是 — 系统、系列、系数、系里, and 系咪/系唔系 (read next) stay.
  [/(^|[\s，,。！!？?、]|算)(?:系|係)(?![统列数里主部咪唔])/g, "$1是"],
  [/做嘢/g, "做事"],
  // V唔到 (can't: 点开唔到、登唔到、睇唔到、揾唔到): 不了 — 唔 is read nowhere else before 到.
  [/(?<=[开入上进收打听睇看揾搵登载发传])唔到/g, "不了"],
  [/(?<=[登入上进])唔(?=入|上|进)/g, "不"],
];
