import type { DraftVersion } from "./draft-model.js";

/**
 * Trial40b: 「把存在问题挪到最后」「问题那部分放到最后面」「计划那块提到前面」 — a whole part of the draft moved among the
 * others. The parts follow the 公文 order of a year's summary (开头；一、工作开展情况 with （一）… in the sections' order；
 * 二、存在的问题；三、工作计划), which neither the offline drafter nor a model's rewrite of one part can change: the
 * instruction went to a which-part question, or to a part's rewrite that could not move it. Said as it is, nothing
 * changed. An item moved inside a part (「重写 （三） 把科普讲座放到前面」) is not this: the offline rewrite does that.
 */
const PART =
  "(?:存在的?问题(?:和不足)?|问题(?:和不足)?|不足|(?:下一年|明年|来年)?的?(?:工作)?计划|开头|开篇|导语|工作(?:开展)?情况|成绩|第[一二三四五六七八九十\\d]{1,2}大?部分|[一二三四五六七八九十]、|[（(][一二三四五六七八九十\\d]{1,2}[)）])";
const SUFFIX = "(?:那|这)?一?(?:大?部分|块|段)?";
const PLACE =
  "(?:最后|最前|前面|后面|前头|后头|末尾|最末|开头|第[一二三四五六七八九十\\d]{1,2}大?部分|[^，,。\\s]{1,8}(?:前面|后面|之前|之后|前头|后头))";
const MOVED = new RegExp(
  `(?:^|[把将\\s，,])${PART}${SUFFIX}\\s*(?:挪|放|移|调|搬|提|排)(?:到|至|在)?${PLACE}`,
);

/**
 * Whether a rewrite's words move a whole part (its name, then where to). A part named first and a space before the
 * move (「（一） 成绩放在前面」「（二） 问题放到最后」) orders things inside that part: the rewrite's to do (review40b).
 */
export function movesAPart(args: string): boolean {
  const s = args.trim();
  const m = MOVED.exec(s);
  return m !== null && !(m.index > 0 && /\s/u.test(s[m.index] ?? ""));
}

/** The reply: the order the parts keep, nothing changed, and what can be done instead. */
export function partOrderReply(v: DraftVersion): string {
  const sections = v.parts.filter((p) => p.kind === "section").length;
  const within =
    sections > 1 ? `（（一）至（${"一二三四五六七八九十"[Math.min(sections, 10) - 1]}）按科室顺序）` : "";
  return `草稿各部分的顺序按年度总结的公文结构排定：开头，一、工作开展情况${within}，二、存在的问题，三、工作计划；部分之间不能调换先后，草稿没有改动。要调整一个部分里各项工作的先后，可发送如「重写 （三） 把××放到前面」；自己改文字：「改写 问题 新的文字」（每行一条）。`;
}
