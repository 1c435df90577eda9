import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Clear requests are done as asked (round twelve, docs/understanding.md): a section move on an update
 * named by number moves that update; a how-to question is answered about its feature; whether a day is
 * worked, asked with padding or emoji, is answered from the calendar. Tuesday 1 December 2026.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";

describe("clear requests, done as asked", () => {
  it("「第1条科室改成高企」 moves #1, not the update in the dialogue", async () => {
    const t = await open({ now: NOW });
    await t.say("he-gq", "组织申报市级科技计划项目5个，立项2个");
    await t.say("he-gq", "项目");
    await t.say("he-gq", "确认");
    await t.say("he-gq", "研发费用加计扣除政策宣讲1场，企业30家参加");
    const out = await t.sayText("he-gq", "第1条科室改成高企");
    expect(out).toContain("#1");
    const [first] = (await t.app.services.store.listUpdates({ author: "he-gq" })).sort(
      (a, b) => a.seq - b.seq,
    );
    expect(first?.section).toBe("hitech");
  });

  it("「撤回了还能找回来吗」 is answered about 恢复 alone, not with the whole manual", async () => {
    const t = await open({ now: NOW });
    const out = await t.sayText("li-rd", "撤回了还能找回来吗");
    expect(out).toContain("恢复");
    expect(out).not.toContain("【怎么填报】");
    expect(await t.sayText("li-rd", "帮助 恢复")).toBe(out);
  });

  it.each([
    ["请问这周六要上班吗🙏", "12月5日"],
    ["12月12号上班不上班呀", "12月12日"],
    ["明天调不调休啊", "12月2日"],
    ["元旦第二天上不上班哦", "1月2日"],
  ])("「%s」 is answered for %s", async (said, day) => {
    const t = await open({ now: NOW });
    expect(await t.sayText("chen-kp", said)).toContain(day);
  });
});
