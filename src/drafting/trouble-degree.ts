import type { Rewrite } from "./whole-phrases.js";

/**
 * A problem said with chat's degree and share (trial38, console): 「服务车老化得很」「设备陈旧得厉害」「展厅有些设备老化了」.
 * A 公文's problems part says how bad in a word (老化严重、陈旧严重、十分紧张) and which share with 部分 (展厅部分设备老化).
 * 有些 is 部分 only between a place or owner and a thing that is then said to be worn or short: 「有些困难」「有些老化」
 * (somewhat) are left to the other rules.
 * Trial39: how many of the things are broken is a share too (好多坏了、不少坏了、很多都坏了 → 部分已损坏), and nobody
 * mending or minding them is 无人维修 / 无人管护 (没人修、没人管); too much so (太复杂、太分散、太单一) is 过于 so.
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
  // 好多坏了、不少都坏了 → 部分已损坏 (a share broken, not a spoken 「好多」).
  [/(?:好多|好些|不少|很多|许多|挺多)(?:都|也)?(?:已经)?(?:坏了|坏掉了|损坏了)/gu, "部分已损坏"],
  // 没人修、没人管 → 无人维修、无人管护; not where 修/管 begins another verb (没人修剪、没人修改、没人管控、没人管得了).
  [/(?:没人|没有人|没得人)(?:维修|修理|修(?![剪改建订正补缮筑整饰葺]))/gu, "无人维修"],
  [/(?:没人|没有人|没得人)(?:管护|打理|管(?![理控制辖得住着事教]))/gu, "无人管护"],
  // 申报流程太复杂、资金太分散 → 过于复杂、过于分散 (太少、太低 have their own rules); 不太复杂 (not very) stays.
  [
    /(?<![不没])太(复杂|繁琐|烦琐|分散|零散|单一|薄弱|滞后|笼统|粗放|宽泛|频繁|集中|偏远|陈旧)了?(?=[，,。；;！？!?\s]|$)/gu,
    "过于$1",
  ],
  // draft49: 资金到位太慢了 → 资金到位偏慢; 专业技术人员缺得很 → 专业技术人员紧缺; 带动不起来 → 带动作用不强;
  // (年龄偏大，)跑不动 → 体力不足. 不太慢 (not very) stays.
  [/(?<![不没][^\u4e00-\u9fff]?|不是)太(慢|迟|晚)了?(?=[，,。；;！？!?\s]|$)/gu, "偏$1"],
  [/缺(?:得|的)(?:很|厉害|要命|不得了|狠)(?=[，,。；;！？!?\s]|$)/gu, "紧缺"],
  [/带动不起来|带不起来/gu, "带动作用不强"],
  [/(?<=[，,])跑不动了?(?=[，,。；;！？!?\s]|$)/gu, "体力不足"],
  // 难搞得很、不好弄、搞不定、没法弄 → 推进难度较大 (hard to get done, said of the work: no trouble made up); 拖后腿 →
  // 进度滞后; 批下来的钱还没到 → 已获批资金尚未到位.
  [
    /(?:真|太|很|挺|比较)?(?:难搞|难弄|不好搞|不好弄|搞不定|弄不动|没法弄|没办法弄)(?:得很|得要命|得不得了|了|啊|呀)?(?=[，,。；;！？!?\s]|$)/gu,
    "推进难度较大",
  ],
  [/拖(?:了)?后腿/gu, "进度滞后"],
  [/批下来的(?:钱|资金|款)(?:还|一直)?没(?:有)?(?:到|到位|下来)/gu, "已获批资金尚未到位"],
  // 「部分已损坏没人修」 said in one breath: the two troubles are listed (、).
  [/(?<=部分已损坏)(?=无人)/gu, "、"],
];
