import * as chineseDaysModule from "chinese-days";

/**
 * The `chinese-days` package (statutory holidays and the lunar calendar, data only) ships CJS (Node) and ESM
 * (bundlers) builds with different default shapes: the one of them that has the function `fn` — the working
 * calendar asks for isWorkday (reminders/calendar.ts), a lunar day for getSolarDateFromLunar (lunar-date.ts).
 */
export function chineseDaysWith<T>(fn: string): T | undefined {
  const ns = chineseDaysModule as unknown as Record<string, unknown>;
  const candidates = [ns, ns.default, (ns.default as Record<string, unknown> | undefined)?.default];
  for (const c of candidates) {
    if (c && typeof (c as Record<string, unknown>)[fn] === "function") return c as T;
  }
  return undefined;
}
