import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { parseOrg } from "../src/domain/org.js";
import { createLogger } from "../src/log.js";
import { createChinaCalendar } from "../src/reminders/calendar.js";
import { holidayDigestLine } from "../src/reminders/holiday-status.js";
import { openReminderCollections } from "../src/reminders/reminder-records.js";
import { runDigestRound } from "../src/reminders/run-rounds.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/types.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Leader41: from 2027 the holiday package has no data and reminders fall back to 周一至周五 — said in the start-up log only.
 * The admin's weekly digest says it, while the year (or, from November, next year) is missing; leaders' digests do not.
 */
useTmpDirs();
const org = parseOrg(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../data/org.example.json"), "utf8")),
);
let store: Store;
beforeEach(async () => {
  store = await openStore(makeTmpDir("zongjie-hol41-"), { backups: 0, log: () => {} });
});
afterEach(async () => {
  await store.close();
});

async function digestOn(now: string) {
  const sent: Array<{ personId: string; reply: Reply }> = [];
  await runDigestRound(
    {
      org,
      store,
      log: createLogger({ level: "error", sink: () => {} }),
      timezone: "Asia/Shanghai",
      now: () => new Date(now),
      collections: await openReminderCollections(store),
      deliver: async (personId, reply) => {
        sent.push({ personId, reply });
      },
      sleep: async () => {},
      retry: { attempts: 1, baseDelayMs: 0 },
      maxRounds: 1,
      calendar: createChinaCalendar(),
    },
    { week: "2026-W49", now: new Date(now), late: false },
  );
  return (id: string) => sent.find((s) => s.personId === id)?.reply.text ?? "";
}

describe("the holiday year missing, in the admin's digest", () => {
  it("in December 2026 the admin is told 2027 is missing; the leaders are not", async () => {
    const of = await digestOn("2026-12-07T09:00:00+08:00");
    expect(of("wang-ban")).toContain("2027年的放假安排");
    expect(of("wang-ban")).toContain("节假日数据");
    expect(of("zhou-ju")).not.toContain("放假安排");
  });
  it("in June 2026, a year the package covers, nothing is said", async () => {
    const of = await digestOn("2026-06-08T09:00:00+08:00");
    expect(of("wang-ban")).not.toContain("放假安排");
  });
  it("the line itself: names the year, and nothing for a covered year or no calendar", () => {
    const cal = createChinaCalendar();
    expect(holidayDigestLine(cal, new Date("2026-11-02T09:00:00+08:00"), "Asia/Shanghai")).toContain("2027");
    expect(holidayDigestLine(cal, new Date("2026-10-30T09:00:00+08:00"), "Asia/Shanghai")).toBeUndefined();
    expect(
      holidayDigestLine(undefined, new Date("2027-03-01T09:00:00+08:00"), "Asia/Shanghai"),
    ).toBeUndefined();
    expect(holidayDigestLine(cal, new Date("2027-03-01T09:00:00+08:00"), "Asia/Shanghai")).toContain("2027");
  });
});
