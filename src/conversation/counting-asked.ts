import { FIGURE } from "./work-lexicon.js";

/**
 * 「研发费用该个口径 到底咋算」「加计扣除的基数怎么核算」「工时到底按啥口径统计」: how a quantity of the business is
 * counted, asked — a fact the bot neither keeps nor decides, so asked back in one line (work-matter.ts «asked»),
 * never stored as work. A quantity of accounts (费用、成本、口径、基数、比例、工时…) and a how-counted question closing
 * the message; no figure, and nothing said done beside it (a word of work alone — 研发费用 — is the quantity's name) (「研发费用统计好了 口径咋算再问问」 is read elsewhere).
 */
const COUNTED =
  /口径|基数|费用|成本|收入|支出|开支|金额|比例|占比|比重|增幅|增速|工时|人次|加计扣除|折旧|税额|亩数|户数|人数|工作量|分值|得分/;
const HOW_COUNTED =
  /(?:到底|究竟|具体)?(?:咋|怎么|怎样|如何|按啥|按什么|按哪个)(?:个)?(?:口径)?(?:算|计算|核算|统计|计|认定|折算|界定|划分|填)(?:的|法)?(?:[啊呀哈吧嘛呢哦啦嘞咧]|[?？])*$/;
/** Work said done beside the question (统计好了、报上去了、已核算). */
const DONE_BESIDE = /了(?!吗|么)|已|完成/;

export function countingAsked(norm: string): boolean {
  if (!COUNTED.test(norm) || !HOW_COUNTED.test(norm) || FIGURE.test(norm)) return false;
  return !DONE_BESIDE.test(norm.replace(HOW_COUNTED, ""));
}
