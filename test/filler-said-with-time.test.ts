import { beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「晚上还有个事 跟县融媒体对接了下…」 sent in the morning showed 「下一步计划：晚上还有个事」 beside the work
 * (29th-round console trial): 还有个事 said with a time of day in front is the same spoken lead-in as 还有个事
 * alone — no plan, no words of the item.
 */
const { open } = appPerTest();

let t: TestApp;
beforeEach(async () => {
  t = await open({ now: "2026-12-01T10:00:00+08:00" });
});

describe("还有个事 with a time in front is a lead-in", () => {
  it.each([
    ["晚上还有个事 跟县融媒体对接了下科技活动周宣传方案", "跟县融媒体对接了下科技活动周宣传方案"],
    ["下午还有个事，去二中送了200本科普读物", "去二中送了200本科普读物"],
    ["今天还有件事 帮三中联系了科技馆研学", "帮三中联系了科技馆研学"],
    ["昨晚还有个事情 配合县里搞了科普大篷车进村", "配合县里搞了科普大篷车进村"],
  ])("「%s」 stores the work alone, with no plan", async (said, work) => {
    await t.say("chen-kp", said);
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.plans).toEqual([]);
    expect(u?.items.map((i) => i.text)).toEqual([work]);
  });

  it("a meeting still to come in the evening is not taken for a lead-in", async () => {
    const reply = await t.sayText("chen-kp", "晚上还有个科普工作推进会要开");
    expect(reply).toContain("科普工作推进会");
  });
});
