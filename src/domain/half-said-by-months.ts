/**
 * A half-year said by its months or by its place in the year, as the period words name it: 一到六月、1月至6月、年初到六月、
 * 前半年、年中那份 (the mid-year summary) are 上半年; 七月到十二月、7-12月、七月到年底、后半年 are 下半年 (b89-105, b90-135,
 * b91-124, i43c). Other month ranges (三到五月) and 年中 said of a time (年中的时候) are left as said.
 */
const FIRST_HALF =
  /(?:(?<![\d十])(?:1|一)\s*(?:月份?)?|元月份?|年初)\s*(?:到|至|—|－|-|~|～)\s*(?:6|六)\s*月份?(?:底|末)?|前半年|前六个?月|年中(?=(?:那|这)(?:份|个|篇)|的?(?:总结|稿))/g;
const SECOND_HALF =
  /(?<![\d十])(?:7|七)\s*(?:月份?)?\s*(?:到|至|—|－|-|~|～)\s*(?:(?:12|十二)\s*月份?(?:底|末)?|年底|年末)|后半年|后六个?月/g;

/** The text with a half-year said by its months put as 上半年 / 下半年. */
export function halfSaidByMonths(text: string): string {
  return text.replace(FIRST_HALF, "上半年").replace(SECOND_HALF, "下半年");
}
