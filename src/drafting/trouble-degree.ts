import type { Rewrite } from "./whole-phrases.js";

/**
 * A problem said with chat's degree and share (trial38, console): 「服务车老化得很」「设备陈旧得厉害」「展厅有些设备老化了」.
 * A 公文's problems part says how bad in a word (老化严重、陈旧严重、十分紧张) and which share with 部分 (展厅部分设备老化).
 * 有些 is 部分 only between a place or owner and a thing that is then said to be worn or short: 「有些困难」「有些老化」
 * (somewhat) are left to the other rules.
 */

/** Troubles that take a degree. */
const WORN = "老化|陈旧|破旧|破损|损坏|磨损|落后|滞后|紧张|紧缺|短缺|不足|薄弱";
/** Troubles of too little, said with 十分 rather than 严重. */
const SHORT = /^(?:紧张|紧缺|短缺|不足|薄弱)$/u;
/** Chat's degree after 得: very, badly — a longer degree before the word it starts with (很厉害 before 很). */
const BADLY = "(?:很厉害|太厉害|厉害|很|不行|不得了|要命|够呛)";
/**
 * Before 有的、有些: a character that makes 有 part of a word of its own (所有的 is all of them, 原有的、现有的 what there
 * is already, 没有、拥有、具有…) — no share is said there, and the words stay (review39).
 */
const HAS_WORD = "所原现固仅没拥具特专应旧已共享占含富持保留存设建配装";
/** An adverb before 有 (还有些、也有的): 有 says there are some, and stays before the share (还有部分设备). */
const ADVERB = "还也都就只仍尚另";

export const TROUBLE_DEGREE: Array<[RegExp, Rewrite]> = [
  // 老化得很、陈旧得厉害 → 老化严重、陈旧严重; what is short is 十分 so (人手紧张得很 → 人手十分紧张).
  [
    new RegExp(`(${WORN})得${BADLY}(?:了)?`, "gu"),
    (_m: string, t: string) => (SHORT.test(t) ? `十分${t}` : `${t}严重`),
  ],
  // 展厅有些设备老化、村里有的大棚破损: a share of the things → 部分.
  [
    new RegExp(
      `(?<=[\\u4e00-\\u9fff])(?<![${HAS_WORD}])(有些|有的|一些)([\\u4e00-\\u9fff]{1,6}?)(?=(?:已经|都|也)?(?:${WORN}|故障|坏))`,
      "gu",
    ),
    (_m: string, some: string, thing: string, at: number, whole: string) =>
      `${some !== "一些" && ADVERB.includes(whole[at - 1] ?? "") ? "有" : ""}部分${thing}`,
  ],
];
