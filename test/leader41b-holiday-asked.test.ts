import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { holidayDataAsked } from "../src/conversation/holiday-data-asked.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * leader41b: whether next year's holidays are in the working calendar, asked in everyday words by a leader or the
 * admin, is the 节假日数据 reply; a day asked about (明天放假吗) keeps the calendar's answer, for everyone.
 */
let t: TestApp;
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
beforeAll(async () => {
  t = await makeTestApp({ now: "2026-12-03T10:00:00+08:00" });
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

const ASKED = [
  "明年的放假安排录了没",
  "27年的节假日弄了没有",
  "后年的放假通知有了吗",
  "2027年节假日数据补上了没",
  "明年放假安排有了吗？",
  "来年的节假日录进去没有",
  "节假日数据还缺哪年",
  "下一年放假的安排更新了吗",
  "明年法定假日导进去了没",
  "今年的节假日全不全",
];
const NOT_ASKED = [
  "明天放假吗",
  "明年元旦放假吗",
  "国庆放假安排出来了没",
  "节假日值班安排弄好了吗",
  "放假通知发给大家了没",
  "我明年的休假安排报一下",
  "明年的放假安排已经录进去了",
  "这周六放假不",
];

describe("holidayDataAsked", () => {
  it.each(ASKED)("「%s」 asks whether the calendar has the year", (s) =>
    expect(holidayDataAsked(s)).toBe(true));
  it.each(NOT_ASKED)("「%s」 does not", (s) => expect(holidayDataAsked(s)).toBe(false));
});

describe("on the app", () => {
  it.each([
    ["wang-ban", "明年的放假安排录了没"],
    ["wang-ban", "27年的节假日弄了没有"],
    ["zhou-ju", "明年放假安排有了吗"],
    ["lin-fen", "2027年节假日数据补上了没"],
  ])("%s 「%s」 gets the 节假日数据 reply", async (who, said) => {
    const out = all(await t.say(who, said));
    expect(out).toContain("节假日数据：");
    expect(out).toContain("缺 2027 年");
  });
  it.each(["li-rd", "wang-ban", "zhou-ju"])("%s 「明天放假吗」 still gets the day answered", async (who) => {
    const out = all(await t.say(who, "明天放假吗"));
    expect(out).toContain("12月4日");
    expect(out).not.toContain("节假日数据：");
  });
  it("staff asking about next year's holidays are not given the leaders' command", async () => {
    const out = all(await t.say("li-rd", "明年的放假安排录了没"));
    expect(out).not.toContain("节假日数据：");
  });
});
