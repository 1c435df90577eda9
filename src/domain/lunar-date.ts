import { chineseDaysWith } from "./chinese-days-api.js";
import { addDays, formatDate, type LocalDate, parseDate } from "./period.js";

/**
 * A day of the lunar calendar's first or last month (正月十五、大年初八、腊月二十三、腊月廿八), as said around the
 * Spring Festival, and the common-calendar day it falls on — from the `chinese-days` package's lunar calendar, the
 * one source both a report's date (clause-date.ts) and a day off asked about (reminders/holiday-days.ts) read;
 * never a hand-written table. 正月 is no January: 正月十五 of 2026 is 3 March.
 */

/**
 * 正月十五, 正月初八, 大年初八, 腊月二十三, 腊月廿八 (the day, not the month alone nor 正月里). 大年 is 正月 only before
 * 初N: 大年三十 is 除夕, the year's last day (holiday-days.ts reads it as 年三十).
 */
export const LUNAR_DAY =
  /(大年(?=初)|正月|腊月)(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)/;

/** A lunar month (1 or 12) and day said in `text`, or undefined. */
export function lunarSaid(text: string): { month: 1 | 12; day: number } | undefined {
  const m = LUNAR_DAY.exec(text);
  if (!m) return undefined;
  const d = m[2]!.replace(/^初/, "");
  const tens = d.startsWith("二十") || d.startsWith("廿") ? 20 : d.startsWith("十") ? 10 : 0;
  const unit = d.replace(/^(?:二十|廿|十)/, "");
  const day = d === "三十" ? 30 : tens + (unit ? "一二三四五六七八九".indexOf(unit) + 1 : 0);
  return { month: m[1] === "腊月" ? 12 : 1, day };
}

type LunarApi = { getSolarDateFromLunar(d: string): { date: string } };

/**
 * The common-calendar day of lunar `month`-`day` of lunar `year` (what the package covers: 1901–2099); 腊月三十 is
 * 除夕, the day before the next 正月初一, whether or not that 腊月 has a thirtieth.
 */
export function solarOfLunar(year: number, month: number, day: number): LocalDate | undefined {
  if (year < 1901 || year > 2099 || day < 1 || day > 30) return undefined;
  if (month === 12 && day === 30) {
    const next = solarOfLunar(year + 1, 1, 1);
    return next ? addDays(next, -1) : undefined;
  }
  const md = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const solar = chineseDaysWith<LunarApi>("getSolarDateFromLunar")?.getSolarDateFromLunar(
    `${year}-${md}`,
  ).date;
  return solar ? parseDate(solar) : undefined;
}

const dayNumber = (d: LocalDate) => Date.UTC(d.year, d.month - 1, d.day);

/**
 * The common-calendar day a lunar day in `text` falls on, in the lunar year nearest the message's day
 * (腊月 said in December is the coming Spring Festival's, 腊月 said in late February the one just past);
 * undefined when none is said or the year is outside the calendar.
 */
export function lunarDay(text: string, today: LocalDate): LocalDate | undefined {
  const said = lunarSaid(text);
  if (!said) return undefined;
  let best: LocalDate | undefined;
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const at = solarOfLunar(year, said.month, said.day);
    if (!at) continue;
    const off = Math.abs(dayNumber(at) - dayNumber(today));
    if (!best || off < Math.abs(dayNumber(best) - dayNumber(today))) best = at;
  }
  return best;
}

/** The coming common-calendar day (today's, if it is today) of lunar `month`-`day`. */
export function comingLunar(month: number, day: number, today: LocalDate): LocalDate | undefined {
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const d = solarOfLunar(year, month, day);
    if (d && formatDate(d) >= formatDate(today)) return d;
  }
  return undefined;
}
