import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 周建国 looked at 「谁还没报」 and then typed 「催一下他们」: 「收到，这条我没有记为填报…」. Chasing "them" (他们、
 * 这几个人、大家) right after the progress card is 催报; 「科普那块今年都有些啥材料」 asks for a section's
 * reports (查看填报), not 「这个问题我答不了」 — found in console trials. The leader chasing in person
 * (我催一下他们) is still no request.
 */
const { open } = appPerTest();

describe("a leader chasing them, and a section's material asked", () => {
  it.each([
    "催一下他们",
    "把这几个人催一催",
    "给他们都提醒一下吧",
    "通知一下大家",
  ])("「%s」 chases now", async (said) => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("zhou-ju", "谁还没报");
    const reply = await t.sayText("zhou-ju", said);
    expect(reply).toContain("已提醒本周还没填报的");
  });

  it("「我催一下他们」 (the leader in person) sends nothing", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    const reply = await t.sayText("zhou-ju", "我催一下他们");
    expect(reply).not.toContain("已提醒");
  });

  it.each([
    ["科普那块今年都有些啥材料", "科普宣传与培训"],
    ["高企那边材料有哪些", "高新技术企业与创新平台"],
  ])("「%s」 lists %s's reports", async (said, section) => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("chen-kp", "科普大篷车下乡32趟，发放资料1.2万份");
    await t.say("chen-kp", "确认");
    const reply = await t.sayText("zhou-ju", said);
    expect(reply).toContain(section);
    expect(reply).not.toContain("答不了");
    if (section === "科普宣传与培训") expect(reply).toContain("大篷车");
  });
});
