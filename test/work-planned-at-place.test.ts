import { describe, expect, it } from "vitest";
import { openReminderCollections } from "../src/reminders/reminder-records.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Work one will run at a place in the county (「明天去石板村开培训会」「下周三去城关镇办培训班」) is work planned, not an
 * absence: no 请假 offered, and a 好的 after it never records leave. Found in round 31's console trial: 好的 recorded
 * 请假 for tomorrow. Going to be trained or to sit in a meeting elsewhere (明天去省里培训、去市里开会) stays an absence.
 */
const { open } = appPerTest();

describe("work planned at a place is not an absence", () => {
  it.each([
    "明天去石板村开培训会",
    "明天到石板村开培训会哈",
    "后天去大坪乡中心小学搞个防溺水讲座",
    "明天去石板村给果农搞培训",
    "下周三去城关镇办培训班",
    "礼拜四我要去红星合作社开个现场会",
    "明兒去柏樹村開座談會",
  ])("「%s」: no leave offered; 好的 after it records no leave", async (said) => {
    const t = await open();
    const text = await t.sayText("li-rd", said);
    expect(text).not.toContain("请假");
    expect(text).not.toContain("暂停填报提醒");
    const after = await t.sayText("li-rd", "好的");
    expect(after).not.toContain("已记录请假");
    const { prefs } = await openReminderCollections(t.app.services.store);
    expect((await prefs.get("li-rd"))?.leaves ?? []).toHaveLength(0);
  });

  it.each([
    "明天去省里培训",
    "明天去市里开会",
    "下周一到周三在市委党校学习",
  ])("「%s」 is still one's absence (leave offered)", async (said) => {
    const t = await open();
    const text = await t.sayText("li-rd", said);
    expect(text).toMatch(/暂停填报提醒|已记录请假/);
  });
});
