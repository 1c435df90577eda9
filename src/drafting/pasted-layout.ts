/**
 * A report pasted in its own layout — headings on lines of their own (「一、本月主要工作」「二、存在问题」「三、下步打算」)
 * and numbered lines (「1.在城关一小…」「2.科技活动周期间…」) — read as the prose a document is drafted from: the
 * headings dropped (the draft has its own parts, and the problems and plans go to 二、 and 三、), the list numbers
 * dropped (the draft numbers its own items), and each line ended as a clause so no two lines run together
 * (「覆盖学生860人次2.科技活动周…」, a console trial in round thirty-two).
 */
const HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\d{1,2}[、.．](?!\d))?\s*(?:(?:本|今|上|下|这)(?:个)?(?:周|月|年|季度|半年)|近期|\d{1,2}月份?|\d{4}年)?(?:的)?(?:主要)?(?:工作(?:开展)?(?:情况|完成情况|内容|进展)?|完成情况|主要工作|主要成效|取得的?成效|存在(?:的)?(?:问题|困难|不足)(?:和不足|和困难)?|问题(?:和|与)?(?:困难|不足)?|困难|不足|下(?:一)?步(?:工作)?(?:计划|打算|安排|思路)?|(?:下(?:周|月|阶段|一阶段)|明年)(?:工作)?(?:计划|打算|安排)|工作计划|计划|打算)[：:]?\s*$/u;
const LIST_MARK =
  /^\s*(?:\d{1,2}[、.．)）](?!\d)|（\d{1,2}）|\(\d{1,2}\)|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]+、)\s*/u;
const ENDED = /[。；;！？!?，,：:]$/u;

export function proseOfPasted(text: string): string {
  const lines = text
    .split(/\n+/u)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length < 2) return text;
  const kept = lines.filter((l) => !HEADING.test(l)).map((l) => l.replace(LIST_MARK, ""));
  if (kept.length === 0) return text;
  return kept.map((l, i) => (i < kept.length - 1 && !ENDED.test(l) ? `${l}；` : l)).join("");
}
