import type { IntentContext } from "./classify-intent.js";

/**
 * A leader asking for the figures of one section only (「只要高企那块的数 别的科不用」「把特派员那块的数据给我拉一下」
 * 「科普科报了哪些数」): 查数 by that section's word, as said — the figures of the confirmed reports, each with who
 * reported it. Not 重写: nothing in the draft is to change. From staff the same words get 查数 too, which tells them
 * honestly that only leaders and the office look up the bureau's figures. An instruction about the draft's figures
 * (「高企那块的数字核一下」「科普那块写的数太多了 精简点」「高企那块的数往前放」) stays a rewrite.
 */

/** The section's word, then 那块/那边/科…, then its figures (数、数据、数字; 報了哪些數); 个/嘅 (吴、粤: 的) may join them. */
const UNIT = "(?:那一?[块塊快]|那[边邊]|这一?[块塊]|這一?[塊块]|那[头頭]|科|口)";
const FIGURES = "(?:的|个|個|嘅)?(?:数据|數據|数字|數字|数|數)(?!量|学|學|字化|据库)";
const REPORTED =
  "(?:报|報|交|填|存)(?:了|过|過)?(?:哪些|些|啥|什么|甚么|哪几个)(?:的)?(?:数据|數據|数字|數字|数|數)";
/** Only this section (只要、光要、就要、单看), or the figures fetched (拉、调、导、列、发我、给我、拿来). */
const ONLY = /(?:只|光|就|单|單|仅|僅)(?:要|看|查|拉|调|調)|(?:别|別|其他|其它)(?:的|个|個|嘅)?(?:科|不)/u;
const FETCHED =
  /(?:拉|调|調|导|導|列|拿|找|查)(?:一下|下|出来|出來|个|個|一份)|(?:发|發|给|給)(?:我|一下)|拿来|拿來/u;
/** Something to be done to the draft's figures: checked, corrected, cut, moved — a rewrite, not a look. */
const EDITED =
  /核|改|错|錯|精简|精簡|删|刪|挪|往前|往后|往後|放前|放后|突出|补|補|写|寫|太多|太少|少了|多了|不对|不對|换|換|统一|統一/u;

/** The section word said before 那块…的数, when it is a section's name, alias or keyword. */
export function sectionFiguresAsked(
  norm: string,
  ctx: Pick<IntentContext, "sections" | "rosterSections">,
): string | undefined {
  if (EDITED.test(norm)) return undefined;
  const words = (ctx.rosterSections ?? ctx.sections)
    .flatMap((s) => [s.name, ...s.aliases])
    .filter((w) => [...w].length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const w of words) {
    const unit = new RegExp(`${w}${UNIT}(?:今年|全年|这个?月|上半年|下半年)?${FIGURES}`, "u");
    const reported = new RegExp(`${w}${UNIT}?(?:今年|全年|这个?月|上半年|下半年)?${REPORTED}`, "u");
    if (reported.test(norm)) return w;
    if (unit.test(norm) && (ONLY.test(norm) || FETCHED.test(norm))) return w;
  }
  return undefined;
}
