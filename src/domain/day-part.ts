/** Parts of today and the hour each begins (read by clause-kind.ts for 「下午去…」). */
export const DAY_PART = /(?:今天|今日)?(上午|中午|下午|傍晚|晚上|今晚)/;
const DAY_PART_STARTS: Record<string, number> = {
  上午: 8 * 60,
  中午: 11 * 60 + 30,
  下午: 13 * 60,
  傍晚: 17 * 60,
  晚上: 18 * 60,
  今晚: 18 * 60,
};

/**
 * Before this hour the night still belongs to the day just past: 「上午去3家企业宣讲」「下午又帮2家企业梳理了台账」
 * sent at 01:03 after a late evening's work tell that day's work, not work ahead (a console trial, round thirty-two).
 */
const DAY_BEGINS = 5 * 60;

/**
 * Whether the text names a part of today that had not begun at the send time (HH:MM); false when
 * it names none, the send time is unknown, or it is sent in the small hours (DAY_BEGINS).
 */
export function beforeDayPart(t: string, time?: string): boolean {
  const m = DAY_PART.exec(t);
  const at = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  if (!m || !at) return false;
  const minute = Number(at[1]) * 60 + Number(at[2]);
  return minute >= DAY_BEGINS && minute < (DAY_PART_STARTS[m[1] ?? ""] ?? 0);
}
