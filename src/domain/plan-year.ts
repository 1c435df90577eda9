import { parseChineseNumber } from "./chinese-number.js";
import type { LocalDate } from "./period.js";
import { yearOf } from "./resolve-dates.js";

/**
 * The year a plan is for, read against the day it was said. 「下半年将…」「9月底前完成」「国庆前再搞一次」
 * said in June are plans for later that year: by the year summary they are done (and reported as
 * work) or were never reported, and they never belong to the next year's plan. 「明年…」「2027年…」 are
 * the next year's whenever said. A plan with no time of its own takes the time of the plan before it
 * in the same message (「下半年将继续送戏下乡，再办2期培训班」), else the time of year it was said:
 * before November, 「下一步」「接下来」「准备」 speak of the rest of that year; in November and
 * December, of the year to come. Pure: no clock, only the day given.
 */

/** A year said by name or relative to the day: 明年、来年、下一年、次年、2027年、27年. */
const YEAR_WORD = /(明年|来年|下一年|次年|新的一年|今年|本年度?|(?<!\d)20\d\d年(?!代))/u;
/** This year's later parts, deadlines and seasons (with no year named before them). */
const THIS_YEAR =
  /下半年|年内|年底|年末|年前(?!后)|[三四]季度|下周|下个?礼拜|下个?星期|月底|月末|暑期|暑假|汛期|秋收|秋冬|中秋|国庆|两节|七一|八一/u;
/**
 * Days and weeks from the day said (周五前、这两天、明天、马上、这个月、元旦前): this year's, even in
 * December — 「月底前完成政审」 and 「这两天过来修」 said on 17 December are no plan for the next year.
 */
const NEAR =
  /这周|本周|这个?月|本月|今天|今晚|明天|后天|这两天|这几天|这一两天|过(?:两|几|一两)天|周[一二三四五六日天]前|元旦前|马上|即将/u;
/** From now on, every year (以后、今后、往后、每年): a standing measure, next year's plan too. */
const FROM_NOW_ON = /以后|今后|往后|每年|长期坚持/u;
/** A day of the month without a month (31号晚上): this month's while it is still to come. */
const DAY_OF_MONTH = /(?<![\d月年.〕】\]）)])(\d{1,2})[号日]/u;
/** The next month or quarter: this year's unless said in the year's last month or quarter. */
const NEXT_MONTH = /下个?月/u;
const NEXT_QUARTER = /下个?季度/u;
/** A month said as when (9月、九月份、10月底前): this year when it is still to come, else next year's. */
/** The second half of a year and its third quarter: gone by November, so said then they are the next year's. */
const HALF_TO_COME = /下半年|三季度/u;
/** A season rather than a day: after a plan for the next year, that year's. */
const SEASON = /下半年|[三四]季度/u;
const MONTH = /(?<![\d一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3}|元|正)月/u;

export type PlanYearSign = "next" | "this" | undefined;

/** What the text itself says of its year, or undefined when it says nothing. */
export function planYearSign(text: string, said: LocalDate): PlanYearSign {
  const y = YEAR_WORD.exec(text);
  if (y) {
    if (/次年|新的一年/u.test(y[1] ?? "")) return "next";
    const year = yearOf(y[1], said);
    if (year !== undefined) return year > said.year ? "next" : "this";
  }
  if (NEXT_QUARTER.test(text)) return said.month >= 10 ? "next" : "this";
  if (NEXT_MONTH.test(text)) return said.month === 12 ? "next" : "this";
  // draft44: 下半年 said in November or December is the next year's second half — this year's is all but gone
  // (「下半年再搞一次科普赶集」 said on 5 December belongs to the plan part, not to this year's remaining work).
  if (said.month >= 11 && HALF_TO_COME.test(text) && !NEAR.test(text)) return "next";
  if (THIS_YEAR.test(text) || NEAR.test(text)) return "this";
  // 「以后每年都要办」「今后要定个驻站天数」: from now on, the year to come included.
  if (FROM_NOW_ON.test(text)) return "next";
  const day = DAY_OF_MONTH.exec(text);
  if (day && !MONTH.test(text)) return Number(day[1]) >= said.day ? "this" : "next";
  const m = MONTH.exec(text);
  if (m) {
    const raw = m[1] ?? "";
    const month =
      raw === "元" ? 1 : raw === "正" ? 2 : /\d/u.test(raw) ? Number(raw) : (parseChineseNumber(raw) ?? 0);
    if (month >= 1 && month <= 12) return month >= said.month ? "this" : "next";
  }
  return undefined;
}

/**
 * The year each of a message's plan sentences is for, in order: its own sign, else the sign of
 * the plan before it, else the time of year the message was sent (November on: the next year).
 */
export function planYears(plans: readonly string[], said: LocalDate): number[] {
  let carried: PlanYearSign;
  return plans.map((p) => {
    const own = planYearSign(p, said);
    // draft44: 「明年打算办三场培训，下半年再搞一次科普赶集」 — a season with no year of its own after a plan for the
    // next year is that year's season.
    const season =
      own === "this" && carried === "next" && SEASON.test(p) && !YEAR_WORD.test(p) && !NEAR.test(p);
    const sign = season ? "next" : (own ?? carried ?? (said.month >= 11 ? "next" : "this"));
    carried = sign;
    return sign === "next" ? said.year + 1 : said.year;
  });
}
