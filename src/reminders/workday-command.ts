import type { Command, CommandContext, Reply } from "../conversation/types.js";
import { formatDate, type LocalDate, parseDate, toLocal } from "../domain/period.js";
import { resolveDaySpan } from "../domain/resolve-dates.js";
import { fixedHoliday, type WorkingCalendar } from "./calendar.js";
import { daysOffAround, holidayDate } from "./holiday-days.js";

/**
 * 「明天是不是调休上班啊」「这周六上班吗」「12月31号放假不」: answered from the working calendar
 * the reminders use (statutory holidays and 调休 make-up days, calendar.ts), for the day said —
 * in words, resolved on the message's date (resolve-dates.ts), or written (12-31、12月31日).
 */
const WRITTEN = /(?:(\d{4})\s*[年.\-/]\s*)?(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/;

export function daySaid(args: string, today: LocalDate): LocalDate | undefined {
  const w = WRITTEN.exec(args);
  if (w) {
    const d = parseDate(`${w[1] ?? today.year}-${w[2]}-${w[3]}`);
    // 「1月2号」 said in December is next year's.
    if (d && !w[1] && formatDate(d) < formatDate(today) && today.month - d.month > 6)
      return parseDate(`${today.year + 1}-${w[2]}-${w[3]}`);
    return d;
  }
  const span = resolveDaySpan(args, today);
  // 「1号上不上班」 asked on the 1st: today is asked as 今天; a bare 1号 is next month's (元旦 in December).
  const bare = /(?<![月\d])(\d{1,2})\s*[号日]/.exec(args);
  if (span && !("vague" in span) && bare && Number(bare[1]) === today.day && !/今天|今儿/.test(args)) {
    const next = parseDate(
      `${today.month === 12 ? today.year + 1 : today.year}-${(today.month % 12) + 1}-${today.day}`,
    );
    if (next) return next;
  }
  if (span && !("vague" in span)) return span.from;
  // 「过年哪天放」「国庆上班吗」: the coming holiday named (holiday-days.ts; 元旦 is read above too).
  const holiday = holidayDate(args, today);
  if (holiday) return holiday;
  return /今天|今儿/.test(args) || args.trim() === "" ? today : undefined;
}

async function runWorkday(ctx: CommandContext): Promise<Reply> {
  const calendar = (ctx.services.features.reminders as { calendar?: WorkingCalendar } | undefined)?.calendar;
  if (!calendar) return { text: "没有配置工作日历，查不了哪天上班。" };
  const today = toLocal(ctx.services.clock.now(), ctx.services.timezone);
  const d = daySaid(ctx.args, today);
  if (!d) return { text: "没看出是哪一天。可以问「明天上班吗」「这周六是不是调休」「12月31号放假不」。" };
  const label = `${d.month}月${d.day}日`;
  const what = calendar.describe(d);
  const work = calendar.isWorkingDay(d);
  const fixed = fixedHoliday(d);
  const sure = calendar.covers(d.year)
    ? ""
    : fixed
      ? `（${d.year}年的放假通知还没有：${fixed}是法定节假日，前后怎么调休以通知为准）`
      : `（还没有${d.year}年的放假安排，按周一到周五算）`;
  // 「元旦放几天」: the days off in a row around it, when the calendar knows them.
  const around = daysOffAround(d, calendar);
  // 「这周六要不要加班」: the calendar says whether the day is worked, not whether the office wants overtime.
  if (/加班/.test(ctx.args))
    return {
      text: `${label}是${what}，${work ? "是工作日，照常上班" : "按日历不上班"}${around ? `；${around}` : ""}。要不要加班我这里查不到，请以单位的安排为准。${sure}`,
    };
  // 「礼拜六排班有我没得」「周日轮不轮到我值班」: who is on duty is the office's roster, which the bot does not keep.
  if (/排班|值班/.test(ctx.args))
    return {
      text: `${label}是${what}，${work ? "是工作日" : "按日历不上班"}。值班排班表我这里没有，轮不轮到您请看办公室发的值班表或问办公室。${sure}`,
    };
  return { text: `${label}是${what}，${work ? "要上班" : "不上班"}${around ? `；${around}` : ""}。${sure}` };
}

export const workdayCommand: Command = {
  names: ["上班吗", "/workday"],
  help: "上班吗 [明天|这周六|12-31] — 查某天上不上班（按法定节假日和调休；也可以说：明天上班吗、这周六上班不、明个要上班不）",
  run: runWorkday,
};
