import { type LocalDate, formatDate, parseDate } from "../domain/period.js";
import { resolveDaySpan } from "../domain/resolve-dates.js";

/**
 * Parses the dates of 「请假 …」: "11-20 至 11-27", "2025-11-20 到 2025-11-27",
 * "11月20日-11月27日", "11.20~11.27", "11月20日至27日", or one day "11-20".
 *
 * Year inference, when no year is written: the current year, unless that puts the start more
 * than 60 days in the past — then next year (in December, 「请假 1-3 至 1-5」 means January).
 * An end before the start rolls into the following year (12-29 至 1-2). Bounded: at most
 * MAX_LEAVE_DAYS long, starting at most a year ahead (「请假 9999-01-01 至 9999-12-31」 would
 * otherwise switch reminders off for ever).
 */
export type LeaveParse = { ok: true; from: string; to: string } | { ok: false; error: string };

/** Longest leave, in days (both ends counted): reminders must not be silenced for good. */
export const MAX_LEAVE_DAYS = 90;
/** How far ahead a leave may start. */
export const MAX_LEAVE_AHEAD_DAYS = 366;
const TOKEN = /(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g;

function valid(year: number, month: number, day: number): LocalDate | undefined {
  return parseDate(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

function dayNumber(d: LocalDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

export function parseLeave(text: string, today: LocalDate): LeaveParse {
  const s = daysOfMonth(
    text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim(),
    today,
  );
  const tokens = [...s.matchAll(TOKEN)].map((m) => ({
    year: m[1] ? Number(m[1]) : undefined,
    month: Number(m[2]),
    day: Number(m[3]),
    end: (m.index ?? 0) + m[0].length,
  }));
  const first = tokens[0];
  if (!first) return { ok: false, error: "没有看懂日期" };
  let second = tokens[1];
  if (!second) {
    // 「11月20日至27日」: the end gives only a day of the same month.
    // 「12月9号10号两天」: or the next day said right after it.
    const dayOnly = /^\s*(?:至|到|~|～|—|–|-|、|和)?\s*(\d{1,2})\s*[日号]/.exec(s.slice(first.end));
    if (dayOnly) second = { year: first.year, month: first.month, day: Number(dayOnly[1]), end: 0 };
  }

  let fromYear = first.year ?? today.year;
  if (first.year === undefined) {
    const candidate = valid(fromYear, first.month, first.day);
    if (candidate && dayNumber(today) - dayNumber(candidate) > 60) fromYear += 1;
  }
  const from = valid(fromYear, first.month, first.day);
  if (!from) return { ok: false, error: `${first.month}月${first.day}日不是有效日期` };

  let to = from;
  if (second) {
    let toYear = second.year ?? from.year;
    let t = valid(toYear, second.month, second.day);
    if (t && second.year === undefined && dayNumber(t) < dayNumber(from)) {
      toYear += 1;
      t = valid(toYear, second.month, second.day);
    }
    if (!t) return { ok: false, error: `${second.month}月${second.day}日不是有效日期` };
    to = t;
  }
  if (dayNumber(to) < dayNumber(from)) return { ok: false, error: "结束日期早于开始日期" };
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days > MAX_LEAVE_DAYS)
    return {
      ok: false,
      error: `一次请假最长 ${MAX_LEAVE_DAYS} 天（您写的是 ${formatDate(from)} 至 ${formatDate(to)}，共 ${days} 天），没有记录。如确需更长时间，请联系办公室`,
    };
  if (dayNumber(from) - dayNumber(today) > MAX_LEAVE_AHEAD_DAYS)
    return {
      ok: false,
      error: `开始日期 ${formatDate(from)} 太远了：请假最多提前一年设置，没有记录`,
    };
  return { ok: true, from: formatDate(from), to: formatDate(to) };
}

/**
 * 「15号到17号」 with no month: days of this month, or of the next when the first has passed
 * (said on the 28th, 「3号到5号」 is next month's), written with the month for the reader above.
 */
function daysOfMonth(s: string, today: LocalDate): string {
  if (/\d\s*[月.\-/]\s*\d/.test(s)) return s;
  const m = /^(?:[^\d]*?)(\d{1,2})\s*[号日]?\s*(?:至|到|~|～|—|–|-)\s*(\d{1,2})\s*[号日]/.exec(s);
  if (!m) return s;
  const month = Number(m[1]) < today.day ? (today.month % 12) + 1 : today.month;
  return `${month}月${m[1]}号到${m[2]}号`;
}

/**
 * The dates of 「请假 …」: written dates (parseLeave), else days in words resolved on the
 * message's date (「请假 下周一到周五」「请假 28号到31号」, resolve-dates.ts).
 */
export function leaveDates(args: string, today: LocalDate): LeaveParse {
  const written = parseLeave(args, today);
  if (written.ok || /\d{1,2}\s*[月.\-/]\s*\d{1,2}/.test(args)) return written;
  const span = resolveDaySpan(args, today);
  if (!span || "vague" in span) return written;
  return parseLeave(`${formatDate(span.from)} 至 ${formatDate(span.to)}`, today);
}
