import { parseDate } from "../domain/period.js";
import { planYears } from "../domain/plan-year.js";

/**
 * The opening words of a plan said in chat (下一步打算、明年呢我们准备), which the written plan drops — all but a 下半年
 * that names when (draft43b).
 */
const LEAD_TAIL =
  "(?:的时候|的话|呢|嘛|啊)?[，,]?(?:我局|我们|科里|我科)?(?:的)?(?:工作)?(?:打算|准备|要|想着|想|计划是|计划)?[，,：:]?";
const PLAN_LEAD = new RegExp(
  `^(?:下一步|下步|下阶段|明年|来年|下半年|今后|接下来|\\d{4}年)${LEAD_TAIL}`,
  "u",
);
/**
 * draft45: a 下半年 that opens a plan for the year after it was said (domain/plan-year.ts: said in November or December,
 * or after a plan for 明年 in the same message) is the second half of that year — when the plan is, kept
 * (下半年再搞一次科普赶集 → 下半年再开展一次科普赶集). A plan for the year it was said in (下半年 said in June or in
 * August) speaks of the half it is in or the one coming, the plan's own period, and 下半年 goes as before. plan-year.ts
 * decides the year; this file only asks it (draft43b kept 下半年 from July on, while plan-year counted a 下半年 said in
 * August as this year's).
 */
const PLAN_LEAD_NOT_HALF = new RegExp(
  `^(?:下一步|下步|下阶段|明年|来年|今后|接下来|\\d{4}年)${LEAD_TAIL}`,
  "u",
);
const HALF_CHAT = /^下半年(?:的时候|的话|呢|嘛|啊)?[，,]?(?:我局|我们|科里|我科)?(?=[\u4e00-\u9fff\d])/u;

/**
 * Whether a plan said on `date` is for the year after: `year` when the caller knows it (the plan part's plans are the
 * next year's, offline-plan.ts plansFor), else read from the plan alone (domain/plan-year.ts).
 */
export function forNextYear(plan: string, date: string, year?: number): boolean {
  const said = parseDate(date);
  if (!said) return false;
  return (year ?? planYears([plan], said)[0] ?? said.year) > said.year;
}

/** The year of the plan part's plans (offline-plan.ts plansFor): the next year's, but for the first half's draft. */
export const partYear = (date: string, half: 1 | 2 | undefined) =>
  half === 1 ? undefined : Number(date.slice(0, 4)) + 1;

/** The lead of a plan: 下半年 kept when the plan is the next year's (`nextYear`, see PLAN_LEAD_NOT_HALF). */
export function withoutLead(t: string, nextYear: boolean): string {
  if (!nextYear) return t.replace(PLAN_LEAD, "");
  return t.replace(PLAN_LEAD_NOT_HALF, "").replace(HALF_CHAT, "下半年");
}

/** 「下半年呢，再到石桥村搞一次义诊」: the time said as a clause of its own is joined to the plan, or clean-chat drops it. */
export function halfYearJoined(text: string, nextYear: boolean): string {
  return nextYear
    ? text.replace(/^下半年(?:的时候|的话|呢|嘛|啊)?[，,]?\s*(?=[\u4e00-\u9fff])/u, "下半年")
    : text;
}
