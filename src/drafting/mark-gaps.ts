/**
 * Figures staff do not have yet, as the visible placeholder the seed documents use (「全年新发展
 * 中药材X万亩」): 「全社会研发投入数据统计局还没出」 → 「全社会研发投入×万元」, 「授权发明专利具体数字回头补」
 * → 「授权发明专利×件」, 「入库若干家」 → 「入库×家」. The reviewer fills the 「×」 in; the draft never
 * guesses a number, and a figure not yet known is neither a problem nor a plan.
 *
 * The unit follows what the noun counts (money in 万元, rates in %, enterprises in 家…); when the
 * noun says nothing about its unit, the placeholder is a bare 「×」.
 */

/** What says the figure is not known yet (after the noun it counts). */
const NOT_YET =
  "(?:还没(?:有)?出(?:来)?|没出来|尚未出(?:来)?|还没(?:有)?统计(?:出来|完)?|没(?:有)?统计|还没算出来|还没汇总|待统计|正在统计|还在统计|在统计|统计中|待核实|待定|暂缺|回头(?:再)?补|待补(?:充)?|后补|之后(?:再)?补|过后(?:再)?补|还不清楚|还不知道|不清楚|说不准)";
/** Nouns a figure is stated for, with the unit a 公文 writes after the placeholder. */
const UNITS: Array<[RegExp, string]> = [
  [/(?:投入|资金|金额|交易额|成交额|产值|收入|投资|经费|销售额|营收|税收|补贴|奖补|额)$/u, "万元"],
  [/(?:率|占比|比例|比重|强度|增速|增幅)$/u, "%"],
  [/(?:企业|公司|单位|机构|合作社)$/u, "家"],
  [/(?:专利|论文|标准|证书|案件)$/u, "件"],
  [/人次$/u, "人次"],
  [/(?:人才|人员|专家|特派员|人数)$/u, "名"],
  [/(?:项目|成果|合同|课题)$/u, "项"],
  [/面积$/u, "亩"],
  [/(?:团队|平台|基地|站|中心|园区|空间|天地)$/u, "个"],
];
const NOUN_END = new RegExp(UNITS.map(([re]) => re.source.replace(/\$$/u, "")).join("|"), "u");
const GAP = new RegExp(
  `^([\\u4e00-\\u9fffA-Za-z]{2,18}?)(?:的)?(?:具体)?(?:的)?(?:数据|数字|数|总数|金额|情况)?(?:的话)?[，,]?(?:统计局|统计部门|上面|省里|市里|系统里)?(?:那边)?(?:的)?(?:数据|数字)?(?:也)?${NOT_YET}(?:呢|啊|哈|吧)*(?:[，,]|$)`,
  "u",
);
/** 「若干家」「若干个」: a count staff did not give. */
const SOME = /若干(?=个|家|项|名|件|次|场|所|处|户|人|座|条|批|套|台|期|亩|万|亿|元|位|篇|本|份)/gu;

function unitOf(noun: string): string {
  return UNITS.find(([re]) => re.test(noun))?.[1] ?? "";
}

/**
 * The placeholder a clause stands for when it says a figure is not known yet, or undefined when
 * the clause says something else (「补贴还没到位」 is a problem, not a missing figure).
 */
export function gapPlaceholder(clause: string): string | undefined {
  const m = GAP.exec(clause.trim());
  if (!m) return undefined;
  const noun = (m[1] as string).replace(/(?:的|具体)+$/u, "");
  const rest = clause.trim().slice(m[0].length);
  // 「研发投入数据还没出」 names what the figure counts; 「项目结果还没出来」 does not.
  if (!NOUN_END.test(noun) && !/数据|数字|总数|金额/u.test(m[0])) return undefined;
  if (rest.replace(/[，,。；;\s]/gu, "") !== "") return undefined;
  return `${noun}×${unitOf(noun)}`;
}

/** A text with every missing figure written as its placeholder (see module comment). */
export function markGaps(text: string): string {
  return text
    .replace(SOME, "×")
    .split(/([，,；;。！？!?\n])/u)
    .map((piece) => gapPlaceholder(piece) ?? piece)
    .join("");
}

/** Placeholders for the missing figures of a text, in order. */
export function gapsIn(text: string): string[] {
  return text
    .split(/[，,；;。！？!?\n]/u)
    .map((c) => gapPlaceholder(c))
    .filter((g): g is string => g !== undefined);
}
