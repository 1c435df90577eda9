import type { Rewrite } from "./whole-phrases.js";

/**
 * Trial39b, on the console: three spoken ways of stating an amount that a 公文 writer would not let through.
 * - A running total said 到了 (总数到了35家、累计到了120个、总量到了3万吨) is 达到 in writing.
 * - Money handed out said 发了 with a bare 万 (科技创新券发了120万、奖补资金发了80万): 发放 + the money + 万元.
 * - A shortfall said 不够 at the end of its clause (讲解员也不够、人手还不够用) is 不足 (还 kept as 仍: 仍不足); and the size of a trouble said
 *   after it with 才 (入住率不高，才六成左右) is 仅 (offline-plan keeps that clause in the problem: problem-size.ts).
 */
const END = "(?=[，,。；;！？!?\\s]|$)";
/** Money-like things that are handed out (a bare 万 after them is 万元). */
const MONEY = "券|补贴|奖补资金|奖补|资金|经费|奖金|奖励资金|补助|贴息|补偿款|补偿金|款";

export const REACHED_AND_SHORT: Array<[RegExp, Rewrite]> = [
  [
    /(总数|总量|累计|总计|数量|规模|总额|人数|户数)(?:已经|已)?到了(?=[\d一二两三四五六七八九十])/gu,
    "$1达到",
  ],
  [
    // A rough amount keeps its 多/余/来 before the 元 (补贴发了3.2万多 → 发放补贴3.2万多元, not 3.2万元多).
    new RegExp(
      `([\\u4e00-\\u9fffA-Za-z]{0,8}(?:${MONEY}))(?:一共|共|共计|总共)?发了([\\d.一二两三四五六七八九十百千]+万(?:多|余|来)?)(?:元|块钱|块)?`,
      "gu",
    ),
    "发放$1$2元",
  ],
  // 还 (still) is kept as 仍 (人手还不够用 → 人手仍不足); 也、都 stay as said. 够不够 asks, and stays.
  [new RegExp(`(?<=[\\u4e00-\\u9fff])(?<!够)还不够(?:用)?(?:了)?${END}`, "gu"), "仍不足"],
  [new RegExp(`(?<=[\\u4e00-\\u9fff])(也|都)?(?<!够)不够(?:用)?(?:了)?${END}`, "gu"), "$1不足"],
  [/(?<=[，,]\s?)才(?=[\d一二两三四五六七八九十几]+(?:成|%|个|家|人|名|户|项|次|场|万|亿))/gu, "仅"],
];
