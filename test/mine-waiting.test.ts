import { beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「还有哪些没确认的」 got the whole year's list (confirmed, withdrawn and all), and 「哪些还没确认啊」 got
 * 「这个问题我答不了」 (29th-round console trial). Asked what is still unconfirmed, the answer is the drafts
 * waiting and only those — or that none waits — and nothing is changed.
 */
const { open } = appPerTest();

let t: TestApp;
beforeEach(async () => {
  t = await open({ now: "2026-12-01T10:00:00+08:00" });
});

/** #1 confirmed, #2 withdrawn, #3 waiting. */
async function three(): Promise<void> {
  await t.say("chen-kp", "上午去二中搞了个科普讲座 来了差不多三百个学生");
  await t.say("chen-kp", "确认");
  await t.say("chen-kp", "跟县融媒体对接了下科技活动周宣传方案");
  await t.say("chen-kp", "撤回 2");
  await t.say("chen-kp", "下午又跑了趟城关镇，发了宣传册子1200份");
}

const ASKED = [
  "还有哪些没确认的",
  "哪些还没确认啊",
  "我有几条还没确认",
  "待确认的",
  "没确认的都有啥",
  "还有哪几条没确认呢？",
];

describe("what is still unconfirmed, asked", () => {
  it.each(ASKED)("「%s」 lists the one draft waiting, not the confirmed or withdrawn", async (said) => {
    await three();
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain("待确认的填报 1 条");
    expect(reply).toContain("#3");
    expect(reply).not.toContain("#1 ");
    expect(reply).not.toContain("#2 ");
    expect(reply).not.toContain("答不了");
    const statuses = (await t.app.services.store.listUpdates({ author: "chen-kp" }))
      .map((u) => u.status)
      .sort();
    expect(statuses).toEqual(["confirmed", "draft", "withdrawn"]);
  });

  it.each(ASKED.slice(0, 3))("「%s」 with none waiting says so", async (said) => {
    await three();
    await t.say("chen-kp", "确认 3");
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain("您没有待确认的填报");
    expect(reply).toContain("已确认的 2 条");
  });

  it("「我的填报」 still lists every one", async () => {
    await three();
    const reply = await t.sayText("chen-kp", "我的填报");
    expect(reply).toMatch(/#1[\s\S]*#2[\s\S]*#3/);
  });
});
