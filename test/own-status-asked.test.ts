import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 何婷 asked 「我还有哪些没确认的」 and 「我这周要报的都报完了吗」: both got 「这个问题我答不了」. Asking after the state
 * of one's own reports is 我的填报 (each update with its status) — found in console trials. A report with what is
 * left (还有3户没签约) and a leader's question about others stay what they were.
 */
const { open } = appPerTest();

describe("asking after one's own reports' state", () => {
  it.each([
    "我还有哪些没确认的",
    "我这周要报的都报完了吗",
    "我还有没确认的吗",
    "待确认的有哪些？",
    "我的都报齐了没",
    "还有几条没确认啊",
  ])("「%s」 lists one's own updates with their status", async (said) => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("he-gq", "本周召开高企申报培训会1场");
    const reply = await t.sayText("he-gq", said);
    expect(reply).toContain("【待确认】");
    expect(reply).not.toContain("答不了");
    expect(await t.app.services.store.listUpdates({ author: "he-gq" })).toHaveLength(1);
  });

  it("「还有3户没签约」 is still work material, not a look at one's reports", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    const reply = await t.sayText("sun-tp", "食用菌基地签约农户40户，还有3户没签约");
    expect(reply).toContain("请确认填报内容");
  });
});
