import type { Rewrite } from "./whole-phrases.js";

/**
 * Trial40, on the console: the written verb before a count must not turn on how the count was typed. Staff type
 * 办了两场 as often as 办了2场, and 发了2000份 as often as 发了两千份; clean-chat's verb rules each looked at one form
 * only (办了 before a digit → 举办, 发了 before a Han character → 发放), so 「上半年办了两场」 reached the draft and the
 * card as 「办了2场」 and 「发了2000多份资料」 stayed as said, while the other form of each was written.
 * - 办了 + a count in words + 场/期/次/届/轮 (an event's measure) → 举办, as 办了 + digits already was;
 * - 发了 + digits + the measure of something handed out (份、本、册、张、套、袋…) → 发放, as 发了 + words already was.
 * Money (发了120万) is reached-and-short.ts's, before this; 发了3篇稿件 (no handed-out measure) stays.
 */
/**
 * Review40b: 发 and 办 closing another verb (转发、开发、研发、颁发、核发、补发、签发、批发、派发、收发; 代办、试办、合办、经办、
 * 督办、包办、联办、申办、交办、领办) keep that verb — 转发了3份文件 had come out 「转发放3份文件」, 代办了三十多次 「代举办」.
 * Used by clean-chat's verb rules too.
 */
export const FA_OPENS = "(?<![分印下出转开研颁核补签批派收揭启爆散引激蒸挥])";
export const BAN_OPENS = "(?<![举承主开创协筹代试合经督包联申交领兴])";
const IN_WORDS = "[一二两三四五六七八九十百几]+(?:多|余|来)?";
const HANDED_OUT = "(?:份|本|册|张|套|袋|箱|盒|包|瓶|株|棵|斤|公斤|吨|台|件)";

export const COUNT_EITHER_WAY: Array<[RegExp, Rewrite]> = [
  [new RegExp(`${BAN_OPENS}办了(?=${IN_WORDS}[场期次届轮])`, "gu"), "举办"],
  [new RegExp(`${FA_OPENS}发了(?=[\\d.]+(?:多|余|来)?[万千百]?(?:多|余)?${HANDED_OUT})`, "gu"), "发放"],
];
