import { isoWeekOfDate, parseDate } from "../../src/domain/period.js";
import { type Update, UpdateSchema } from "../../src/domain/update.js";

let counter = 0;

/**
 * A valid Update for tests: every field filled with plausible values, overridden by `partial`.
 * Ids are unique per call; `seq` is 0 (the store assigns it) unless given;
 * `week` follows `date` unless given. The result is
 * validated, so a bad override fails loudly here rather than deep inside the code under test.
 */
export function makeUpdate(partial: Partial<Update> = {}): Update {
  counter += 1;
  const date = partial.date ?? "2025-03-12";
  const at = partial.createdAt ?? `${date}T09:00:00.000+08:00`;
  const base = {
    id: `u-test-${counter}`,
    seq: 0,
    author: "zhangsan",
    section: "bgs",
    date,
    week: isoWeekOfDate(parseDate(date) ?? { year: 2025, month: 3, day: 12 }),
    createdAt: at,
    updatedAt: at,
    originalText: "举办科技活动周，1500名群众参与，发放资料1.2万份",
    normalizedText: "举办科技活动周，1500名群众参与，发放资料1.2万份",
    items: [{ text: "举办科技活动周", figures: [] }],
    figures: [
      { raw: "1500名", value: 1500, unit: "名", context: "群众参与", approx: false },
      { raw: "1.2万份", value: 12000, unit: "份", context: "发放资料", approx: false },
    ],
    problems: [],
    plans: [],
    status: "confirmed" as const,
    noProgress: false,
    source: "chat" as const,
    history: [{ at, by: partial.author ?? "zhangsan", action: "created" as const }],
  };
  const merged = { ...base, ...partial };
  // seq 0 is the store's "assign one" marker, which the schema itself does not allow.
  const parsed = UpdateSchema.parse({ ...merged, seq: merged.seq === 0 ? 1 : merged.seq });
  return { ...parsed, seq: merged.seq };
}
