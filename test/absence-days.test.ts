import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { openReminderCollections } from "../src/reminders/reminder-records.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * An absence said with days in words — a range, weekdays, this or next week, 明后天 — gets the
 * 请假 offer with the dates worked out from the message's date; a vague time (月底、中旬) gets the
 * offer without dates and a one-line question, whose answer with days is the 请假. Nothing is
 * stored as work (second new-user trial: 「下周一到周五去省里培训，别催我了哈」 was asked 「要记为
 * 工作填报吗？」).
 */
const { open } = appPerTest();
const TUESDAY = "2026-12-01T10:00:00+08:00";

const all = (rs: Reply[]) =>
  rs.map((r) => [r.text, ...(r.card?.buttons ?? []).map((b) => `[${b.command}]`)].join(" ")).join("\n");

async function leaves(t: TestApp, who: string): Promise<string[]> {
  const { prefs } = await openReminderCollections(t.app.services.store);
  return ((await prefs.get(who))?.leaves ?? []).map((l) => `${l.from}..${l.to}`);
}

describe("days said in words become the 请假 offer's dates (said on Tuesday 1 December 2026)", () => {
  const cases: Array<[string, string, string]> = [
    // The closing note's line (the tester's, 「…别催我了哈」, asks for the pause: registered, below).
    ["sun-tp", "周三下午到周五在市里开会", "2026-12-02..2026-12-04"],
    // Own phrasings: colloquial, typos, full-width punctuation, emoji, Traditional characters.
    ["chen-kp", "下下周整周都在省里跟班学习 报不了", "2026-12-14..2026-12-18"],
    ["he-gq", "下周二出差，周四回来", "2026-12-08..2026-12-10"],
  ];
  for (const [who, said, dates] of cases)
    it(`「${said}」 → 请假 ${dates}; 好的 records it; nothing stored as work`, async () => {
      const t = await open({ now: TUESDAY });
      const [from, to] = dates.split("..");
      const text = all(await t.say(who, said));
      expect(text).toContain("没有记为填报");
      expect(text).toContain(`[请假 ${from} 至 ${to}]`);
      expect(text).not.toContain("要记为工作填报吗");
      expect(all(await t.say(who, "好的"))).toContain("已记录请假");
      expect(await leaves(t, who)).toEqual([dates]);
      expect(await t.app.services.store.listUpdates()).toEqual([]);
    });
});

// Round twelve: leave asked for in so many words on whole days worked out from the words is nothing
// left to ask — registered at once (leave-request.ts), the reply naming the days.
describe("leave asked for in so many words, days in words: registered", () => {
  it.each([
    ["chen-kp", "这周五请一天事假", "2026-12-04..2026-12-04"],
    ["li-rd", "我周四周五请假两天", "2026-12-03..2026-12-04"],
    ["zhao-zh", "這週五到下週二休年假～", "2026-12-04..2026-12-08"],
    // Round thirteen: away with no reminder asked for on those days is that pause; half a day is the day.
    ["li-rd", "下周一到周五去省里培训，别催我了哈", "2026-12-07..2026-12-11"],
    ["xu-dj", "明天起去省委党校集训三天，先别提醒我了", "2026-12-02..2026-12-04"],
    ["sun-tp", "星期五去县医院复查 请半天假", "2026-12-04..2026-12-04"],
    // Round eighteen (staff18): one's own trip on fixed days to come, two or more, is registered too.
    ["he-gq", "明后天去市里学习，有事电话联系", "2026-12-02..2026-12-03"],
    ["xu-dj", "下礼拜三到礼拜五在党校脱产培训😂", "2026-12-09..2026-12-11"],
  ])("「%s」 registers 请假 %s; nothing stored as work", async (who, said, dates) => {
    const t = await open({ now: TUESDAY });
    const [from, to] = dates.split("..");
    expect(all(await t.say(who, said))).toContain(`已记录请假：${from} 至 ${to}`);
    expect(await leaves(t, who)).toEqual([dates]);
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });
});

describe("a vague time: the offer without dates, and one question", () => {
  it.each([
    ["zhao-zh", "月底休年假", "月底"],
    ["chen-kp", "12月中旬要去北京培训一周", "中旬"],
  ])("「%s」 asks which days; the days answered are the 请假", async (who, said, word) => {
    const t = await open({ now: TUESDAY });
    const text = all(await t.say(who, said));
    expect(text).toContain("没有记为填报");
    expect(text).toContain(`「${word}」具体是哪几天？`);
    expect(text).not.toMatch(/\[请假 /);
    expect(await leaves(t, who)).toEqual([]);
    expect(all(await t.say(who, "28号到31号吧"))).toContain("已记录请假：2026-12-28 至 2026-12-31");
    expect(await leaves(t, who)).toEqual(["2026-12-28..2026-12-31"]);
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });
});

describe("not an absence", () => {
  it("leave asked for while a question waits is the leave, not a no to the question", async () => {
    const t = await open({ now: TUESDAY });
    expect(all(await t.say("chen-kp", "材料下午发你哈"))).toContain("要记为工作填报吗");
    // Console trial: the 别 in 别催我 was read as 「不用记」 and the leave was dropped.
    expect(all(await t.say("chen-kp", "下礼拜一到礼拜三我休年假 别催我"))).toContain(
      "已记录请假：2026-12-07 至 2026-12-09",
    );
    expect(await leaves(t, "chen-kp")).toEqual(["2026-12-07..2026-12-09"]);
    // A plain no afterwards stores nothing either.
    expect(all(await t.say("chen-kp", "不用"))).toMatch(/没有(?:保存|记为填报)/);
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });

  it("work planned for those days, or a trip already made, is no absence", async () => {
    const t = await open({ now: TUESDAY });
    const plan = all(await t.say("sun-tp", "下周二到周四去柳河乡开展科技下乡，培训农民两期"));
    expect(plan).not.toContain("暂停填报提醒");
    const done = all(await t.say("li-rd", "上周三去市里开会了，传达了省里的科技创新大会精神"));
    expect(done).not.toContain("暂停填报提醒");
  });

  it("someone else's trip is no absence of the sender's", async () => {
    const t = await open({ now: TUESDAY });
    expect(all(await t.say("chen-kp", "王主任下周一到周五去省里培训"))).not.toContain("[请假");
  });
});
