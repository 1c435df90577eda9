import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「这周的都报完了吧」: one's own reporting asked after as a presumption (吧, 哈) is the same question as 「报完了吗」 —
 * answered with 我的填报 (this week's sections), never asked whether to record it. Found in round 31's console trial
 * as a new staff member.
 */
const { open } = appPerTest();

describe("own reporting asked with 吧", () => {
  it.each([
    "这周的都报完了吧",
    "这礼拜的都交齐了吧",
    "我这周的都报了吧？",
    "本周要报的都报好了吧",
    "我该交的都交了吧哈",
  ])("「%s」 is answered with this week's sections; nothing stored", async (said) => {
    const t = await open();
    await t.say("chen-kp", "今天上午去红星合作社指导了3户种植户");
    await t.say("chen-kp", "确认");
    const text = await t.sayText("chen-kp", said);
    expect(text).not.toContain("要记为工作填报吗");
    expect(text).toContain("本周您负责的科室");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(1);
  });
});
