import type { Command, CommandContext, Reply } from "../conversation/types.js";
import { toLocal } from "../domain/period.js";
import { coveredYearRange, type WorkingCalendar } from "./calendar.js";

/**
 * Leader41: from 2027 the `chinese-days` package knows no holidays, and the reminders fall back to 周一至周五 with a warning in
 * the start-up log only — which an office does not read. The admin (and leaders) are told, where they look:
 * - 「节假日数据」 says which years the calendar covers, which year it lacks, and how to fill data/holidays.json;
 * - 帮助 for leaders and the admin carries one line while this year (or, from November, next year) is missing — nothing once covered.
 */
interface CalendarFeature {
  calendar?: WorkingCalendar;
  holidaysFile?: string;
}

/** The years to have on `now`: this year, and from November next year too (the reminders of its first weeks). */
function yearsOn(now: Date, timezone: string): number[] {
  const today = toLocal(now, timezone);
  return today.month >= 11 ? [today.year, today.year + 1] : [today.year];
}
function yearsWanted(ctx: CommandContext): number[] {
  return yearsOn(ctx.services.clock.now(), ctx.services.timezone);
}

/** The weekly digest's line for the admin while a year is missing (run-rounds.ts); undefined when none is. */
export function holidayDigestLine(
  calendar: WorkingCalendar | undefined,
  now: Date,
  timezone: string,
): string | undefined {
  const missing = calendar ? yearsOn(now, timezone).filter((y) => !calendar.covers(y)) : [];
  if (missing.length === 0) return undefined;
  return `工作日历还没有${missing.join("、")}年的放假安排，这期间的填报提醒按周一至周五发；发「节假日数据」查看怎么补。`;
}

function calendarOf(ctx: CommandContext): WorkingCalendar | undefined {
  return (ctx.services.features.reminders as CalendarFeature | undefined)?.calendar;
}

/** How to fill the file the deployment reads (HOLIDAYS_FILE, data/holidays.json by default). */
function how(ctx: CommandContext): string {
  const file =
    (ctx.services.features.reminders as CalendarFeature | undefined)?.holidaysFile ?? "data/holidays.json";
  return `请按国务院办公厅当年的放假通知填写 ${file}（每年一项：放假的日期和调休上班的日期，格式见 docs/reminders.md），改好后重启服务生效`;
}

/** The years wanted that no holiday data covers (empty when all are covered, or there is no calendar). */
export function missingHolidayYears(ctx: CommandContext): number[] {
  const calendar = calendarOf(ctx);
  return calendar ? yearsWanted(ctx).filter((y) => !calendar.covers(y)) : [];
}

/** 帮助's line for leaders and the admin while a year is missing; undefined when nothing is missing. */
export function holidayHelpLine(ctx: CommandContext): string | undefined {
  const missing = missingHolidayYears(ctx);
  if (missing.length === 0) return undefined;
  const file =
    (ctx.services.features.reminders as CalendarFeature | undefined)?.holidaysFile ?? "data/holidays.json";
  return `【节假日数据】还没有${missing.join("、")}年的放假安排，填报提醒暂按周一至周五算；放假通知出来后请填 ${file}，发「节假日数据」看怎么填。`;
}

async function runHolidayStatus(ctx: CommandContext): Promise<Reply> {
  const calendar = calendarOf(ctx);
  if (!calendar) return { text: "没有配置工作日历，填报提醒按周一至周五算。" };
  const { from, to } = coveredYearRange((y) => calendar.covers(y));
  const covered = from === undefined ? "还没有任何年份的放假安排" : `已有 ${from}–${to} 年的放假安排`;
  const missing = missingHolidayYears(ctx);
  if (missing.length === 0)
    return { text: `节假日数据：${covered}，${yearsWanted(ctx).join("、")}年都有，不用补。` };
  return {
    text:
      `节假日数据：${covered}，缺 ${missing.join("、")} 年。` +
      `在补上之前，${missing.join("、")}年的填报提醒和「上班吗」按周一至周五算（元旦、劳动节、国庆节按固定日期算放假，春节、清明、端午、中秋的假期和调休上班的日子都没有）。\n` +
      `${how(ctx)}。`,
  };
}

export const holidayStatusCommand: Command = {
  names: ["节假日数据", "放假安排", "/holidays"],
  help: "节假日数据 — 查看工作日历有哪几年的放假安排、缺哪一年、怎么补（领导、办公室）",
  leadersOnly: true,
  run: runHolidayStatus,
};
