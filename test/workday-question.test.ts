import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「明天是不是调休上班啊」: a day asked about is answered from the working calendar the reminders
 * use (statutory holidays and 调休 make-up days), for the day said in words on the message's date
 * — never the generic reply, and nothing stored.
 */
const { open } = appPerTest();

describe("上班吗: a day asked about, answered from the holiday calendar", () => {
  it.each([
    // Said on Saturday 3 January 2026, in the 元旦 holiday; Sunday 4 January is a make-up working day.
    // A holiday's day off also says the days off in a row (holiday-days.ts).
    ["明天是不是调休上班啊", "1月4日是周日（元旦调休上班），要上班。"],
    ["明天上不上班", "1月4日是周日（元旦调休上班），要上班。"],
    [
      "这周六上班吗",
      "1月3日是周六（元旦假期），不上班；连着放 1月1日（周四）至1月3日（周六），共3天，1月4日（周日）上班。",
    ],
    [
      "今天放假吗？",
      "1月3日是周六（元旦假期），不上班；连着放 1月1日（周四）至1月3日（周六），共3天，1月4日（周日）上班。",
    ],
    ["下周日要不要上班", "1月11日是周日（周末），不上班。"],
    [
      "1月1号放假不",
      "1月1日是周四（元旦假期），不上班；连着放 1月1日（周四）至1月3日（周六），共3天，1月4日（周日）上班。",
    ],
    ["請問下週一上班嗎", "1月5日是周一，要上班。"],
  ])("「%s」 → %s", async (said, answer) => {
    const t = await open({ now: "2026-01-03T10:00:00+08:00" });
    expect(await t.sayText("li-rd", said)).toBe(answer);
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });

  it("Spring Festival 2026: the Saturday before is worked, the days after are off", async () => {
    const t = await open({ now: "2026-02-12T10:00:00+08:00" });
    expect(await t.sayText("chen-kp", "这周六是不是调休")).toContain("要上班");
    expect(await t.sayText("chen-kp", "下周三上班吗")).toContain("不上班");
  });

  it("a day said without a question is no question: 「明天休息」 is not answered from the calendar", async () => {
    const t = await open({ now: "2026-01-03T10:00:00+08:00" });
    expect(await t.sayText("li-rd", "明天休息")).not.toMatch(/要上班|不上班/);
  });

  // Console trial, round 29: 「王主任让我问下 这周六要不要加班」 was taken for a task handed down (「要记为下一步计划吗？」).
  // A question relayed (X让我问下、帮小李问一下) is the question; overtime is the office's call, which the calendar
  // cannot answer — said so, never 「不上班」 as if it knew.
  it.each([
    [
      "王主任让我问下 下周六要不要加班",
      "1月10日是周六（周末），按日历不上班。要不要加班我这里查不到，请以单位的安排为准。",
    ],
    ["科长让我问问 下周六上不上班", "1月10日是周六（周末），不上班。"],
    ["帮小李问一下 下周日要上班不", "1月11日是周日（周末），不上班。"],
    [
      "明天要加班吗",
      "1月4日是周日（元旦调休上班），是工作日，照常上班。要不要加班我这里查不到，请以单位的安排为准。",
    ],
  ])("a relayed or overtime question 「%s」 → %s", async (said, answer) => {
    const t = await open({ now: "2026-01-03T10:00:00+08:00" });
    expect(await t.sayText("wang-ban", said)).toBe(answer);
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });
});
