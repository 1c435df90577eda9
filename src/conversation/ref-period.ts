/** The day periods of a /ref code (recent:yesterday, recent:wd5): how far back, and how said. */

/** The words of a /ref period code, for replies. */
export const PERIOD_WORDS: Record<string, string> = {
  lastweek: "上周",
  daybefore: "前天",
  yesterday: "昨天",
  today: "今天",
};
/** How many days back a day period lies. */
const DAYS_BACK: Record<string, number> = { daybefore: 2, yesterday: 1, today: 0 };
const WEEKDAYS = "一二三四五六日";

/**
 * How many days back a day period lies from `today` (YYYY-MM-DD, local): 前天 2, 昨天 1; a day of the week (wd1 周一 …
 * wd7 周日) is this week's when it is today or has passed, else last week's; lwd5 (上礼拜五) is last week's.
 */
export function daysBack(period: string, today: string): number {
  const wd = /^(l?)wd([1-7])$/.exec(period);
  if (!wd) return DAYS_BACK[period] ?? 0;
  const [y, m, d] = today.split("-").map(Number);
  const now = ((new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7) + 1;
  const n = Number(wd[2]);
  return wd[1] ? now - n + 7 : (now - n + 7) % 7;
}

/** 周一、上周五: the day a weekday period names, for the reply. */
export function weekdayWord(period: string): string {
  const wd = /^(l?)wd([1-7])$/.exec(period);
  return wd ? `${wd[1] ? "上" : ""}周${WEEKDAYS[Number(wd[2]) - 1]}` : "";
}
