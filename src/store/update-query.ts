import type { Update, UpdateStatus } from "../domain/update.js";
import { monthsOfWeek } from "./shard.js";
import type { UpdateQuery } from "./types.js";

/** The test an update must pass to be listed for `q`. */
export function matcher(q: UpdateQuery): (u: Update) => boolean {
  const statuses =
    q.status === undefined ? undefined : new Set(Array.isArray(q.status) ? q.status : [q.status]);
  return (u) =>
    !(
      (q.author !== undefined && u.author !== q.author) ||
      (q.section !== undefined && u.section !== q.section) ||
      (q.from !== undefined && u.date < q.from) ||
      (q.to !== undefined && u.date > q.to) ||
      (q.week !== undefined && u.week !== q.week) ||
      (q.sourceMessageId !== undefined && u.sourceMessageId !== q.sourceMessageId) ||
      (q.messageId !== undefined &&
        u.sourceMessageId !== q.messageId &&
        !u.history.some((h) => h.messageId === q.messageId)) ||
      (statuses && !statuses.has(u.status))
    );
}

/** The months (YYYY-MM, inclusive) that can hold a match for `q`; undefined ends are open. */
export function monthRange(q: UpdateQuery): { from?: string; to?: string } {
  let from = q.from?.slice(0, 7);
  let to = q.to?.slice(0, 7);
  const week = q.week === undefined ? undefined : monthsOfWeek(q.week);
  if (week) {
    if (from === undefined || week.from > from) from = week.from;
    if (to === undefined || week.to < to) to = week.to;
  }
  return { from, to };
}

/** The statuses asked for, or undefined for all. */
export function statusesOf(q: UpdateQuery): UpdateStatus[] | undefined {
  return q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status];
}

export function byDateThenCreated(a: Update, b: Update): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return 0;
}
