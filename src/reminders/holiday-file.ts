import { readFile } from "node:fs/promises";
import { z } from "zod";
import { addDays, formatDate, type LocalDate, parseDate } from "../domain/period.js";
import { AppError } from "../errors.js";

/**
 * The holiday file an administrator keeps (data/holidays.json): per year, the statutory holidays
 * and the 调休 make-up working days exactly as the State Council's annual notice
 * (国务院办公厅关于 YYYY 年部分节假日安排的通知) lists them. It takes precedence over the
 * `chinese-days` package, so next year's calendar does not wait for a package release.
 *
 * {
 *   "2027": {
 *     "source": "国办发明电〔…〕…号",
 *     "holidays": [{ "name": "春节", "from": "2027-02-06", "to": "2027-02-13" }],
 *     "workdays": [{ "name": "春节", "date": "2027-02-14" }]
 *   }
 * }
 */
const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");

const YearSchema = z.object({
  /** Where the dates were copied from (the notice's number or title). */
  source: z.string().optional(),
  holidays: z
    .array(
      z.object({
        name: z.string().min(1),
        from: DateString,
        /** Last day off; the same as `from` for a single day. */
        to: DateString.optional(),
      }),
    )
    .min(1, "至少要有一个法定节假日"),
  workdays: z.array(z.object({ name: z.string().min(1), date: DateString })).default([]),
});

export const HolidayFileSchema = z.record(z.string(), YearSchema).superRefine((file, ctx) => {
  for (const key of Object.keys(file)) {
    if (!/^\d{4}$/.test(key)) ctx.addIssue({ code: "custom", path: [key], message: "年份应为四位数字" });
  }
});
export type HolidayFile = z.infer<typeof HolidayFileSchema>;

export interface HolidayDay {
  work: boolean;
  name: string;
}

/** The file, checked and flattened: the years it covers and what each listed day is. */
export interface HolidayTable {
  file: string;
  years: Set<number>;
  days: Map<string, HolidayDay>;
}

const weekday = (d: LocalDate) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
/** The longest statutory break so far is 9 days (春节 2026); anything much longer is a typo. */
const MAX_BREAK_DAYS = 12;

/** Validate a parsed holiday file; throws CONFIG_INVALID listing every problem with its place. */
export function parseHolidayFile(raw: unknown, file: string): HolidayTable {
  const parsed = HolidayFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw invalid(file, lines);
  }
  const problems: string[] = [];
  const days = new Map<string, HolidayDay>();
  const years = new Set<number>();
  for (const [yearKey, entry] of Object.entries(parsed.data)) {
    const year = Number(yearKey);
    years.add(year);
    // The notice for year Y may start 元旦 on the last days of Y-1 (2019: 2018-12-30).
    const inRange = (d: LocalDate) =>
      d.year === year || (d.year === year - 1 && d.month === 12) || (d.year === year + 1 && d.month === 1);
    const put = (at: string, day: HolidayDay, where: string) => {
      const prev = days.get(at);
      if (prev && prev.work !== day.work) problems.push(`${where}: ${at} 既是假日又是调休上班日`);
      days.set(at, day);
    };
    for (const [i, h] of entry.holidays.entries()) {
      const where = `${yearKey}.holidays[${i}]（${h.name}）`;
      const problem = holidayProblem(h, yearKey, inRange, (at) =>
        put(at, { work: false, name: h.name }, where),
      );
      if (problem) problems.push(`${where}: ${problem}`);
    }
    for (const [i, w] of entry.workdays.entries()) {
      const where = `${yearKey}.workdays[${i}]（${w.name}）`;
      const d = parseDate(w.date);
      if (!d) problems.push(`${where}: 日期不存在（${w.date}）`);
      else if (!inRange(d)) problems.push(`${where}: 日期不在 ${yearKey} 年内`);
      // 调休上班 is always a Saturday or Sunday; a weekday here is a copying mistake.
      else if (weekday(d) <= 5) problems.push(`${where}: ${w.date} 不是周末，调休上班日应为周六或周日`);
      else put(w.date, { work: true, name: w.name }, where);
    }
  }
  if (problems.length > 0) throw invalid(file, problems);
  return { file, years, days };
}

/** Check one holiday range and hand each of its days to `put`; returns the problem, if any. */
function holidayProblem(
  h: { from: string; to?: string },
  yearKey: string,
  inRange: (d: LocalDate) => boolean,
  put: (at: string) => void,
): string | undefined {
  const from = parseDate(h.from);
  const to = parseDate(h.to ?? h.from);
  if (!from || !to) return `日期不存在（${h.from}${h.to ? ` 至 ${h.to}` : ""}）`;
  if (!inRange(from) || !inRange(to)) return `日期不在 ${yearKey} 年内`;
  if (formatDate(to) < formatDate(from)) return "结束日期早于开始日期";
  const days: string[] = [];
  for (let d = from; formatDate(d) <= formatDate(to); d = addDays(d, 1)) {
    days.push(formatDate(d));
    if (days.length > MAX_BREAK_DAYS) return `超过 ${MAX_BREAK_DAYS} 天，请检查起止日期`;
  }
  days.forEach(put);
  return undefined;
}

/** Read the holiday file; a missing file is no error (the package's data is used alone). */
export async function loadHolidayFile(file: string): Promise<HolidayTable | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new AppError("CONFIG_INVALID", `节假日文件无法读取 / cannot read holiday file: ${file}`, {
      cause: e,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw invalid(file, [`不是有效的 JSON：${(e as Error).message}`]);
  }
  return parseHolidayFile(json, file);
}

function invalid(file: string, lines: string[]): AppError {
  return new AppError(
    "CONFIG_INVALID",
    `节假日文件 ${file} 有误 / invalid holiday file:\n  ${lines.join("\n  ")}`,
    {
      hint: "按国务院办公厅当年的放假通知核对日期；格式见 docs/reminders.md「节假日数据及其更新」",
    },
  );
}
