import { type LocalDate, addDays, weekDates } from "../domain/period.js";

/** Next week's Monday and Friday (YYYY-MM-DD) from the day given. */
export function nextWorkWeek(today: LocalDate): { from: string; to: string } {
  const next = weekDates(addDays(today, 7));
  return { from: next[0] ?? "", to: next[4] ?? "" };
}

/**
 * The example of 请假's dates offered to staff (「请假 12-07 至 12-11」): next week's Monday to Friday from the day
 * the text is sent — days still ahead, never a fixed date that has long passed. Across the year end it reads as
 * typed back (「请假 12-28 至 01-01」: an end before the start rolls into the next year, parse-leave.ts).
 */
export function leaveExample(today: LocalDate): string {
  const { from, to } = nextWorkWeek(today);
  return `请假 ${from.slice(5)} 至 ${to.slice(5)}`;
}
