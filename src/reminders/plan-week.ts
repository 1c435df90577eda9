import { Cron } from "croner";
import { type LocalDate, addDays, formatDate, isoWeek, isoWeekOfDate, toLocal } from "../domain/period.js";
import { AppError } from "../errors.js";
import { type WorkingCalendar, mondayOfIsoWeek, shiftToWorkingDay, weekdayName } from "./calendar.js";

/**
 * When a weekly job (reminder or digest) is due in a given ISO week: the first run of its cron
 * expression inside that week, in the bureau's time zone, moved onto a working day by the
 * calendar. Pure: the week and the calendar are passed in, never read from a clock.
 */
export interface WeekPlan {
  week: string;
  /** The cron's own instant in the week (undefined when the cron never fires that week). */
  scheduled?: Date;
  /** When to run after the calendar shift; undefined when the week has no working day. */
  due?: Date;
  shifted: boolean;
  /** One Chinese sentence explaining the plan, for dry runs and logs. */
  note: string;
}

const crons = new Map<string, Cron>();

function cronFor(pattern: string, tz: string): Cron {
  const key = `${tz}\u0000${pattern}`;
  let c = crons.get(key);
  if (!c) {
    try {
      c = new Cron(pattern, { timezone: tz, paused: true });
    } catch (e) {
      throw new AppError("CONFIG_INVALID", `cron 表达式无效: "${pattern}" (${(e as Error).message})`, {
        cause: e,
        hint: 'REMIND_CRON / DIGEST_CRON 使用五段式 cron，例如 "0 16 * * 5"（每周五16:00）',
      });
    }
    crons.set(key, c);
  }
  return c;
}

/** Throws CONFIG_INVALID for a pattern croner cannot parse; call at start-up to fail early. */
export function checkCron(pattern: string, tz: string): void {
  cronFor(pattern, tz);
}

/** The instant at which the wall clock in `tz` shows the given local date and time. */
export function localToInstant(d: LocalDate, hour: number, minute: number, tz: string): Date {
  const target = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const l = toLocal(new Date(guess), tz);
    const shown = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
    if (shown === target) break;
    guess += target - shown;
  }
  return new Date(guess);
}

/** "10月3日（周五）16:00" */
export function describeInstant(at: Date, tz: string): string {
  const l = toLocal(at, tz);
  return `${l.month}月${l.day}日（${weekdayName(l)}）${String(l.hour).padStart(2, "0")}:${String(l.minute).padStart(2, "0")}`;
}

/** Plans one ISO week ("2025-W40") for a cron expression. */
export function planWeek(cron: string, week: string, tz: string, calendar: WorkingCalendar): WeekPlan {
  const monday = mondayOfIsoWeek(week);
  const start = localToInstant(monday, 0, 0, tz);
  const end = localToInstant(addDays(monday, 7), 0, 0, tz);
  const scheduled = cronFor(cron, tz).nextRun(new Date(start.getTime() - 1000)) ?? undefined;
  if (!scheduled || scheduled.getTime() >= end.getTime()) {
    return { week, shifted: false, note: `cron "${cron}" 在 ${week} 没有运行时间` };
  }
  const local = toLocal(scheduled, tz);
  const day: LocalDate = { year: local.year, month: local.month, day: local.day };
  const moved = shiftToWorkingDay(day, calendar);
  const what = `${local.month}月${local.day}日${calendar.describe(day)}`;
  if (!moved) {
    return { week, scheduled, shifted: true, note: `${week} 整周没有工作日（${what}），本周不提醒` };
  }
  const due = localToInstant(moved, local.hour, local.minute, tz);
  if (formatDate(moved) === formatDate(day)) {
    return { week, scheduled, due, shifted: false, note: `按计划于 ${describeInstant(due, tz)} 发送` };
  }
  const direction = due.getTime() < scheduled.getTime() ? "提前到" : "顺延到调休工作日";
  return {
    week,
    scheduled,
    due,
    shifted: true,
    note: `${what}不是工作日，${direction} ${describeInstant(due, tz)}${special(moved, calendar)}`,
  };
}

/** "（国庆节调休上班）" for a make-up day, nothing for an ordinary working day. */
function special(d: LocalDate, calendar: WorkingCalendar): string {
  const what = calendar.describe(d);
  return what === weekdayName(d) ? "" : `（${what.replace(weekdayName(d), "").replace(/^（|）$/g, "")}）`;
}

/** The ISO week before the one containing `at`. */
export function previousWeek(week: string): string {
  return isoWeekOfDate(addDays(mondayOfIsoWeek(week), -7));
}

/** The ISO week after the given one. */
export function nextWeek(week: string): string {
  return isoWeekOfDate(addDays(mondayOfIsoWeek(week), 7));
}

/**
 * The first plan of this or a later week whose due time is strictly after `now`
 * (looks ahead at most `maxWeeks`, enough to cross a holiday week or a rare cron).
 */
export function nextDuePlan(
  cron: string,
  now: Date,
  tz: string,
  calendar: WorkingCalendar,
  maxWeeks = 60,
): WeekPlan | undefined {
  let week = isoWeek(now, tz);
  for (let i = 0; i < maxWeeks; i++) {
    const plan = planWeek(cron, week, tz, calendar);
    if (plan.due && plan.due.getTime() > now.getTime()) return plan;
    week = nextWeek(week);
  }
  return undefined;
}

/** "11月17日—11月23日" for an ISO week. */
export function weekLabel(week: string): string {
  const mon = mondayOfIsoWeek(week);
  const sun = addDays(mon, 6);
  return `${mon.month}月${mon.day}日—${sun.month}月${sun.day}日`;
}

/** First and last local dates (YYYY-MM-DD) of an ISO week. */
export function weekRange(week: string): { from: string; to: string } {
  const mon = mondayOfIsoWeek(week);
  return { from: formatDate(mon), to: formatDate(addDays(mon, 6)) };
}
