import { describe, expect, it } from "vitest";
import { remindersFeature } from "../src/reminders/feature.js";
import { runRemindCli } from "../src/reminders/remind-cli.js";
import { makeTestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The 请假 example offered to staff is next week's Monday to Friday from the day it is sent, never fixed dates long
 * past: the weekly reminder sent in the week of 11月30日 offered 「请假 11-20 至 11-27」 (console trials). Typed back
 * as offered, it registers those days — across a month end and the year end too.
 */
useTmpDirs();

const SENDS: ReadonlyArray<[sentAt: string, example: string, registered: string]> = [
  ["2026-12-04T16:05:00+08:00", "请假 12-07 至 12-11", "2026-12-07 至 2026-12-11"],
  ["2026-11-27T16:05:00+08:00", "请假 11-30 至 12-04", "2026-11-30 至 2026-12-04"],
  ["2026-12-25T16:05:00+08:00", "请假 12-28 至 01-01", "2026-12-28 至 2027-01-01"],
  ["2026-12-31T16:05:00+08:00", "请假 01-04 至 01-08", "2027-01-04 至 2027-01-08"],
  ["2027-02-22T10:00:00+08:00", "请假 03-01 至 03-05", "2027-03-01 至 2027-03-05"],
];

describe("the 请假 example is next week's Monday to Friday", () => {
  it.each(
    SENDS,
  )("the reminder sent %s offers %s, which typed back registers %s", async (at, example, days) => {
    const t = await makeTestApp({ now: at, features: [remindersFeature] });
    try {
      await runRemindCli(t.app, {}, () => {});
      const reminder = t.sent.find((s) => s.personId === "sun-tp")?.reply;
      expect(reminder?.text).toContain(`外出或休假可回复「${example}」`);
      expect(reminder?.card?.note).toContain(example);
      expect(await t.sayText("sun-tp", example)).toContain(days);
    } finally {
      await t.app.close();
    }
  });

  it.each(SENDS)("asked at %s, 请假 with no dates and the rule question give %s", async (at, example) => {
    const t = await makeTestApp({ now: at, features: [remindersFeature] });
    try {
      expect(await t.sayText("chen-kp", "请假")).toContain(`用法：「${example}」`);
      expect(await t.sayText("chen-kp", "出差期间还要报吗")).toContain(`如「${example}」`);
    } finally {
      await t.app.close();
    }
  });
});
