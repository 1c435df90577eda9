import { chineseDaysWith } from "../domain/chinese-days-api.js";
import { addDays, formatDate, type LocalDate, parseDate, weekDates } from "../domain/period.js";
import type { HolidayTable } from "./holiday-file.js";

/**
 * The working calendar of mainland China (statutory holidays and 调休 make-up working days),
 * backed by the `chinese-days` package's data — never a hand-written table. Pure: no clock.
 *
 * An administrator's holiday file (data/holidays.json, see holiday-file.ts) takes precedence:
 * a day it lists is what it says, and a year it has is decided by it alone.
 *
 * Outside the years either covers it falls back to Monday–Friday and warns once per year,
 * naming the year and the file to fill, so missing data degrades to "ignore holidays", never
 * to "no reminders at all".
 */
export interface WorkingCalendar {
  /** True on a working day: a weekday that is not a holiday, or a 调休 make-up weekend day. */
  isWorkingDay(date: LocalDate): boolean;
  /** What kind of day it is, in Chinese, for dry-run explanations (「国庆节」「调休上班」「周末」…). */
  describe(date: LocalDate): string;
  /** Whether the holiday data covers the year (outside it, Monday–Friday is assumed). */
  covers(year: number): boolean;
}

interface ChineseDaysApi {
  isWorkday(date: Date): boolean;
  getDayDetail(date: Date): { work: boolean; name: string; date: string };
}

function resolveApi(): ChineseDaysApi {
  const api = chineseDaysWith<ChineseDaysApi>("isWorkday");
  if (!api) throw new Error("chinese-days: isWorkday not found — has the package's API changed?");
  return api;
}

const WEEKDAY_CN = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"];

/** 1 = Monday … 7 = Sunday, for a calendar date. */
export function weekdayOf(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
}

export function weekdayName(d: LocalDate): string {
  return WEEKDAY_CN[weekdayOf(d)] ?? "";
}

/**
 * The package reads a Date with the process's local getters (and parses "YYYY-MM-DD" strings
 * as UTC, which shifts the day west of Greenwich). Local noon of the date is read back as that
 * same date in every process time zone.
 */
function asPackageDate(d: LocalDate): Date {
  return new Date(d.year, d.month - 1, d.day, 12, 0, 0);
}

export interface ChinaCalendarOptions {
  /** Called once per uncovered year. */
  warn?: (msg: string) => void;
  /** The administrator's holiday file, checked (it wins over the package). */
  holidays?: HolidayTable;
  /** The file to name in warnings (default: the table's file, else data/holidays.json). */
  holidaysFile?: string;
}

/** Creates the mainland-China calendar. */
export function createChinaCalendar(opts: ChinaCalendarOptions = {}): WorkingCalendar {
  const api = resolveApi();
  const coverage = new Map<number, boolean>();
  const warned = new Set<number>();
  const table = opts.holidays;
  const fileName = opts.holidaysFile ?? table?.file ?? "data/holidays.json";

  function packageCovers(year: number): boolean {
    let c = coverage.get(year);
    if (c === undefined) {
      // 1 January (元旦) is a statutory holiday every year: a year the package has data for
      // names it; a year it does not know gives only the weekday. (One look-up: scanning the
      // year's holidays cost ~1 ms a year, ~80 ms for the range in the start-up warning.)
      c = api.getDayDetail(new Date(year, 0, 1, 12)).name.includes("元旦");
      coverage.set(year, c);
    }
    return c;
  }

  const covers = (year: number) => table?.years.has(year) === true || packageCovers(year);

  function known(d: LocalDate): boolean {
    if (covers(d.year)) return true;
    if (!warned.has(d.year)) {
      warned.add(d.year);
      opts.warn?.(missingYearWarning(d.year, fileName, coveredYearsLabel(packageCovers)));
    }
    return false;
  }

  /** What the holiday file says about a day, when it decides it. */
  function fromFile(d: LocalDate): { work: boolean; name?: string } | undefined {
    const listed = table?.days.get(formatDate(d));
    if (listed) return listed;
    if (table?.years.has(d.year)) return { work: weekdayOf(d) <= 5 };
    return undefined;
  }

  return {
    covers,
    isWorkingDay(d) {
      const f = fromFile(d);
      if (f) return f.work;
      if (!known(d)) return !fixedHoliday(d) && weekdayOf(d) <= 5;
      return api.isWorkday(asPackageDate(d));
    },
    describe(d) {
      const wd = weekdayOf(d);
      const f = fromFile(d);
      if (f?.name)
        return f.work ? `${weekdayName(d)}（${f.name}调休上班）` : `${weekdayName(d)}（${f.name}假期）`;
      if (f) return wd <= 5 ? weekdayName(d) : `${weekdayName(d)}（周末）`;
      if (!known(d)) {
        const fixed = fixedHoliday(d);
        if (fixed) return `${weekdayName(d)}（${fixed}，法定节假日）`;
        return wd <= 5 ? `${weekdayName(d)}（无节假日数据，按工作日）` : `${weekdayName(d)}（周末）`;
      }
      const detail = api.getDayDetail(asPackageDate(d));
      const holidayName = detail.name.split(",")[1];
      if (detail.work) return wd >= 6 ? `${weekdayName(d)}（${holidayName ?? ""}调休上班）` : weekdayName(d);
      if (holidayName) return `${weekdayName(d)}（${holidayName}假期）`;
      return `${weekdayName(d)}（周末）`;
    },
  };
}

/**
 * The statutory holidays on fixed dates of the solar calendar (全国年节及纪念日放假办法: 元旦 1 day,
 * 劳动节 2 days, 国庆节 3 days): days off in any year, even before that year's notice (which only adds
 * the days moved around them, 调休) is published or filled in. The lunar ones need the notice.
 */
const FIXED_HOLIDAYS: Readonly<Record<string, string>> = {
  "01-01": "元旦",
  "05-01": "劳动节",
  "05-02": "劳动节",
  "10-01": "国庆节",
  "10-02": "国庆节",
  "10-03": "国庆节",
};

/** 元旦、劳动节、国庆节 by their fixed dates, when `d` is one of them. */
export function fixedHoliday(d: LocalDate): string | undefined {
  return FIXED_HOLIDAYS[formatDate(d).slice(5)];
}

/** The warning for a year no data covers: which year, and which file to fill. */
export function missingYearWarning(year: number, file: string, packageLabel: string): string {
  return (
    `节假日数据缺少 ${year} 年（chinese-days ${packageLabel}）：请按国务院办公厅 ${year} 年放假通知填写 ${file}` +
    `（格式见 docs/reminders.md），在此之前按周一至周五计算工作日 / no holiday data for ${year}: fill ${file}`
  );
}

/** "数据覆盖 2004–2026 年", computed from the package itself, for messages and docs. */
function coveredYearsLabel(covers: (y: number) => boolean): string {
  const { from, to } = coveredYearRange(covers);
  return from === undefined ? "无数据" : `数据覆盖 ${from}–${to} 年`;
}

/** The contiguous range of years around 2000–2100 the package has data for. */
export function coveredYearRange(covers: (y: number) => boolean): { from?: number; to?: number } {
  let from: number | undefined;
  let to: number | undefined;
  for (let y = 2000; y <= 2100; y++) {
    if (covers(y)) {
      from ??= y;
      to = y;
    }
  }
  return { from, to };
}

/** Monday–Friday, no holidays: for tests and for deployments outside mainland China. */
export const weekdayCalendar: WorkingCalendar = {
  isWorkingDay: (d) => weekdayOf(d) <= 5,
  describe: (d) => (weekdayOf(d) <= 5 ? weekdayName(d) : `${weekdayName(d)}（周末）`),
  covers: () => true,
};

/**
 * Where a scheduled day moves to. If it is a working day, it stays. Otherwise: the last
 * working day before it in the same ISO week; failing that, the first working day after it in
 * the same week (a 调休 make-up Saturday or Sunday); failing that, `undefined` — the week has no
 * working day and gets no reminder.
 */
export function shiftToWorkingDay(day: LocalDate, calendar: WorkingCalendar): LocalDate | undefined {
  if (calendar.isWorkingDay(day)) return day;
  const week = weekDates(day).map((s) => parseDate(s) as LocalDate);
  const idx = weekdayOf(day) - 1;
  for (let i = idx - 1; i >= 0; i--) {
    const d = week[i] as LocalDate;
    if (calendar.isWorkingDay(d)) return d;
  }
  for (let i = idx + 1; i < 7; i++) {
    const d = week[i] as LocalDate;
    if (calendar.isWorkingDay(d)) return d;
  }
  return undefined;
}

/** Monday of an ISO week given as "2025-W07". */
export function mondayOfIsoWeek(week: string): LocalDate {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const n = Number(m[2]);
  // 4 January is always in week 1.
  const jan4: LocalDate = { year, month: 1, day: 4 };
  const monday1 = addDays(jan4, 1 - weekdayOf(jan4));
  return addDays(monday1, (n - 1) * 7);
}
