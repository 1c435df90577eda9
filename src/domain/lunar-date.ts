import { parseChineseNumber } from "./chinese-number.js";
import type { LocalDate } from "./period.js";

/**
 * A day of the lunar calendar's first or last month (正月十五、正月初八、腊月二十三、腊月廿八), as said around the
 * Spring Festival, read as the day of the common calendar it falls on. 正月 is no January: 正月十五 of 2026 is
 * 3 March, 腊月二十三 is in late January or early February. Read from the Spring Festival's day of each year;
 * 腊月 is taken as thirty days (a day off at most in a short year).
 */

/** The common-calendar day of 正月初一 (the Spring Festival), by year. */
const NEW_YEAR: Record<number, [number, number]> = {
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
  2031: [1, 23],
};

/** 正月十五, 正月初八, 腊月二十三, 腊月廿八, 正月十五前 (the day, not the month alone nor 正月里). */
export const LUNAR_DAY =
  /(正|腊)月(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)/;

const DAY_MS = 86_400_000;

/**
 * The common-calendar day a lunar day in `text` falls on, in the lunar year nearest the message's day
 * (腊月 said in December is the coming Spring Festival's); undefined when none is said or the year is unknown.
 */
export function lunarDay(text: string, today: LocalDate): LocalDate | undefined {
  const m = LUNAR_DAY.exec(text);
  if (!m) return undefined;
  const said = m[2]!;
  const day = said.startsWith("初")
    ? parseChineseNumber(said.slice(1))
    : parseChineseNumber(said.replace(/^廿/, "二十"));
  if (!day || day < 1 || day > 30) return undefined;
  const now = Date.UTC(today.year, today.month - 1, today.day);
  let best: number | undefined;
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const ny = NEW_YEAR[year];
    if (!ny) continue;
    const first = Date.UTC(year, ny[0] - 1, ny[1]);
    const at = m[1] === "正" ? first + (day - 1) * DAY_MS : first - (31 - day) * DAY_MS;
    if (best === undefined || Math.abs(at - now) < Math.abs(best - now)) best = at;
  }
  if (best === undefined) return undefined;
  const d = new Date(best);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
