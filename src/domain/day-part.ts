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
 * Whether the text names a part of today that had not begun at the send time (HH:MM); false when
 * it names none or the send time is unknown.
 */
export function beforeDayPart(t: string, time?: string): boolean {
  const m = DAY_PART.exec(t);
  const at = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  if (!m || !at) return false;
  return Number(at[1]) * 60 + Number(at[2]) < (DAY_PART_STARTS[m[1] ?? ""] ?? 0);
}
