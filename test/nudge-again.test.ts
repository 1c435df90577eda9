import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 周建国 typed 「催一下他们」 twice within a minute: everyone got the same reminder twice. A chase repeated within
 * three hours says who was chased when and asks before sending again; 「再催一次」 (or the button) sends; hours
 * later it sends unasked; someone newly behind is chased, the recently chased are named and skipped — found in
 * console trials.
 */
const { open } = appPerTest();
const chased = (t: { sent: Array<{ personId: string }> }) => t.sent.length;

describe("催报 again soon after", () => {
  it("asks before chasing the same people again, sends on 再催一次, and unasked hours later", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    expect(await t.sayText("zhou-ju", "催一下没报的")).toContain("已提醒本周还没填报的 7 人");
    expect(chased(t)).toBe(7);
    const again = await t.sayText("zhou-ju", "催一下他们");
    expect(again).toContain("刚提醒过");
    expect(again).toContain("10:00");
    expect(again).toContain("要再提醒一次吗");
    expect(chased(t)).toBe(7);
    expect(await t.sayText("zhou-ju", "再催一次")).toContain("已提醒本周还没填报的 7 人");
    expect(chased(t)).toBe(14);
    t.setNow("2026-12-03T14:30:00+08:00");
    expect(await t.sayText("zhou-ju", "催报")).toContain("已提醒本周还没填报的 7 人");
    expect(chased(t)).toBe(21);
  });

  it("chases only those not chased recently, and names the others", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("sun-tp", "本周下乡培训农民60人");
    await t.say("sun-tp", "确认");
    await t.say("zhou-ju", "催报");
    expect(chased(t)).toBe(6);
    await t.say("sun-tp", "撤回 1");
    t.setNow("2026-12-03T10:30:00+08:00");
    const reply = await t.sayText("zhou-ju", "催报");
    expect(reply).toContain("已提醒本周还没填报的 1 人：孙磊");
    expect(reply).toContain("刚提醒过，这次没有再发");
    expect(chased(t)).toBe(7);
  });
});
