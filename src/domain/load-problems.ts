/**
 * Work piling up, said as a load (joined into PLAIN_PROBLEM through verdict-problems.ts, so the remedy and check
 * filters of clause-kind.ts still apply): what is still to be handled (要审的单位、待办的案子、需要复查的户) or
 * the work items themselves (任务、案子、图斑、工单) said to be many, with their count right after or in the
 * next piece —
 * 「要审的单位多 六百四十家」「这一期图斑多 三百一十个」. The office is short of hands for it, so it is a
 * difficulty, not a result. What was done (办结的案子多) or who came (来的人多) is not a load: only a verb of
 * work still ahead (要、待、需要、得) or a work item names one.
 */
const N = "[\\d一二两三四五六七八九十百千万几]";

export const LOAD_PROBLEM_PARTS = [
  `(?:(?:要|待|需要?|得|等着)[\\u4e00-\\u9fff]{1,3}的[\\u4e00-\\u9fff]{0,4}?|(?<![办结完理处成]了?的?)(?:任务|活儿?|工作量|案子|案件|案卷|图斑|工单|单子))(?:也|还|特别|比较|太|很|更)?多[\\s，,]*(?:$|(?:有|达|共)?(?:近|约|大概|差不多)?${N})`,
];

const LOAD = new RegExp(LOAD_PROBLEM_PARTS.join("|"));
/** A rise said with no subject of its own: 比去年多了三成、比春季翻了一番、同比增加了两成. */
const BARE_RISE =
  /^(?:比[^，。；比]{0,6}?|[同环]比)(?:又|还)?(?:多了|多出|增加了?|增长了?|翻了|涨了|上升了?|高了)|^(?:又|还)?(?:多了|翻了|增加了)(?=[\d一二两三四五六七八九十几百千万半]|一番|一倍|不少|很多|好多)/;

/** 「今年要审的单位多 六百四十家 比去年多了三成」: the rise, said after a load, is the load grown — a problem too. */
export function loadGrew(piece: string, before: string | undefined): boolean {
  return before !== undefined && BARE_RISE.test(piece.trim()) && LOAD.test(before);
}
