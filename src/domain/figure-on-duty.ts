import type { ElidedCount } from "./figure-people-elided.js";

/**
 * 「节日期间一共十四个轮流值守」「春节假期值守二十四个分八个班次」「卡口上三个轮流值班」: a bare 个 said with standing
 * watch (值守、值班、执勤、守夜) counts the people on duty (round forty-four, fig44: i7-hetan, i2-penhu). The watch may
 * follow the count (…个轮流值守) or head it (值守…个, the count closing its clause or going on to how they were shared
 * out: 分…班次、轮…). What is watched over, or how long, said after the count stays what it is: 「值班二十四个小时」
 * 「值守三个晚上」「十四个卡口轮流值守」「值守三个点位」.
 */
// 「科室轮值 每天两个」「派五个到会场协助安保」: taking turns (轮值) and keeping order (安保、维持秩序) are watch too (fig50).
const WATCH = "(?:值守|值班|轮值|执勤|守夜|站岗|看守|巡守|安保|维持秩序)";
// 「六个配合景区搞应急值守」: or helping another body stand watch.
const WATCH_AFTER = new RegExp(
  `^(?:都|一起)?(?:(?:到|去)[^，,。；;\\s\\d]{1,6}?(?=配合|协助|帮))?(?:(?:配合|协助|帮)[^，,。；;\\s\\d]{0,6}?)?(?:轮流|轮班|轮换|倒班|分班|排班)?(?:着)?${WATCH}(?![室表点岗亭电话车台处])`,
);
// 「春节值班：县城和三个乡镇的供水站各安排了三个」: the watch, then the posts it is shared over, each given its people (fig52).
const WATCH_BEFORE = new RegExp(
  `${WATCH}(?:人员|的|的人)?(?:\\s*[：:]?\\s*[^，,。；;\\s\\d]{1,14}?各(?=安排|排))?(?:\\s*(?:每天|每日|每晚|每班|一天))?(?:一共|总共|共|共有|有|安排了?|排了?)?(?:近|约|大概|差不多)?$`,
);
const AFTER_WATCH_COUNT =
  /^(?:$|[，,。；;！!？?\s]|分(?:成)?[一二两三四五六七八九十\d]+(?:个)?(?:班|组|批|轮)|轮(?:流|班|换)|(?:每|一)(?:班|组|天|晚))/;

// 「值班表排好了 全局三十个轮着来」: a roster told just before, then how many take turns on it (fig53).
const TURNS_AFTER = /^(?:人)?(?:都)?(?:轮着|轮流|倒着)(?:来|上|值|排|(?=$|[，,。；;\s]))/;
const WATCH_NEAR = new RegExp(`${WATCH}[^。！!？?\\n]{0,24}$`);

export function onDutyPeople(c: ElidedCount): boolean {
  if (c.unit !== "个") return false;
  const after = c.t.slice(c.end);
  if (WATCH_AFTER.test(after)) return true;
  if (TURNS_AFTER.test(after) && WATCH_NEAR.test(c.t.slice(0, c.cs))) return true;
  let a = c.cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(c.t[a - 1] ?? "")) a--;
  return WATCH_BEFORE.test(c.t.slice(a, c.cs)) && AFTER_WATCH_COUNT.test(after);
}
