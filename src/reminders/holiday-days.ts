import { addDays, formatDate, type LocalDate, parseDate } from "../domain/period.js";
import { comingLunar, lunarSaid, solarOfLunar } from "../domain/lunar-date.js";
import type { WorkingCalendar } from "./calendar.js";
import { weekdayName } from "./calendar.js";

/**
 * 「元旦放几天」「过年哪天放」「国庆上不上班」: a holiday named instead of a day — the coming one (on or after
 * today), solar (元旦、五一、国庆) or lunar (春节、除夕、端午、中秋, from the `chinese-days` package's lunar
 * calendar through domain/lunar-date.ts, never a hand-written table) — and the run of days off around it, from the working calendar.
 */
export const HOLIDAY_NAME = /元旦|春节|过年|大年初一|除夕|年三十|五一|劳动节|国庆|端午|中秋/;

const SOLAR: Record<string, string> = { 元旦: "01-01", 五一: "05-01", 劳动节: "05-01", 国庆: "10-01" };
/** Lunar month, day, and a shift in days (除夕 is the day before 正月初一). */
const LUNAR: Record<string, [number, number, number]> = {
  春节: [1, 1, 0],
  过年: [1, 1, 0],
  大年初一: [1, 1, 0],
  除夕: [1, 1, -1],
  年三十: [1, 1, -1],
  端午: [5, 5, 0],
  中秋: [8, 15, 0],
};

/**
 * 「大年初八」「正月初六」「正月十五」「腊月二十九」「腊月廿八」: a day of the lunar calendar named by month and
 * day (domain/lunar-date.ts reads it, for a report's dates too); 腊月三十 is 除夕 whether or not the month has a 30th.
 */
export { LUNAR_DAY } from "../domain/lunar-date.js";

/** The coming day of the holiday named in `text` (today's, if it is today), or undefined. */
export function holidayDate(text: string, today: LocalDate): LocalDate | undefined {
  const lunar = lunarSaid(text);
  if (lunar) return comingLunar(lunar.month, lunar.day, today);
  const name = HOLIDAY_NAME.exec(text)?.[0];
  if (!name) return undefined;
  for (const year of [today.year, today.year + 1]) {
    let d: LocalDate | undefined;
    if (SOLAR[name]) d = parseDate(`${year}-${SOLAR[name]}`);
    else {
      const [month, day, shift] = LUNAR[name]!;
      const solar = solarOfLunar(year, month, day);
      d = solar ? addDays(solar, shift) : undefined;
    }
    if (d && formatDate(d) >= formatDate(today)) return d;
  }
  return undefined;
}

/**
 * The days off in a row around a day off (holiday and weekend together), for a year the calendar
 * covers: 「连着放 1月1日（周四）至1月3日（周六），共3天，1月4日（周日）上班」. Undefined on a working
 * day, a plain weekend, or outside the data (the caller says the year is not covered).
 */
export function daysOffAround(d: LocalDate, calendar: WorkingCalendar): string | undefined {
  if (calendar.isWorkingDay(d) || !calendar.covers(d.year)) return undefined;
  let from = d;
  let to = d;
  for (let i = 0; i < 15 && !calendar.isWorkingDay(addDays(from, -1)); i++) from = addDays(from, -1);
  for (let i = 0; i < 15 && !calendar.isWorkingDay(addDays(to, 1)); i++) to = addDays(to, 1);
  const back = addDays(to, 1);
  const label = (x: LocalDate) => `${x.month}月${x.day}日（${weekdayName(x)}）`;
  const n =
    Math.round(
      (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
    ) + 1;
  // A plain weekend is no holiday: only a run that holds a holiday is told.
  if (n === 1 || !calendar.describe(d).includes("假期")) return undefined;
  return `连着放 ${label(from)}至${label(to)}，共${n}天，${label(back)}上班`;
}
