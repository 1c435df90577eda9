import { beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * The guided mode started again halfway (29th-round console trial): two answers given, 「等下 我先去开个会」,
 * then 「填报」 — the questions began again from 1/4 and the answers were gone without a word. The restart
 * now says they were not kept, and what they were; nothing is stored either way.
 */
const { open } = appPerTest();

let t: TestApp;
beforeEach(async () => {
  t = await open({ now: "2026-12-01T10:00:00+08:00" });
});

async function halfway(): Promise<void> {
  await t.say("chen-kp", "填报");
  await t.say("chen-kp", "开展了几场科普讲座吧 具体记不清了");
  await t.say("chen-kp", "大概三场 三百来人");
  await t.say("chen-kp", "等下 我先去开个会");
}

describe("the guided questions started again halfway", () => {
  it.each([
    "填报",
    "我要填报",
    "一项一项来吧",
    "你问我答",
  ])("「%s」 says the answers so far were not kept, and shows them", async (again) => {
    await halfway();
    const reply = await t.sayText("chen-kp", again);
    expect(reply).toContain("没有保存");
    expect(reply).toContain("开展了几场科普讲座吧");
    expect(reply).toContain("大概三场 三百来人");
    expect(reply).toContain("1/4");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toEqual([]);
  });

  it("a first start, or one with only 「无」 answered, says nothing of it", async () => {
    expect(await t.sayText("chen-kp", "填报")).not.toContain("没有保存");
    await t.say("chen-kp", "取消");
    await t.say("chen-kp", "填报");
    await t.say("chen-kp", "走访了两所学校");
    await t.say("chen-kp", "取消");
    expect(await t.sayText("chen-kp", "填报")).not.toContain("已回答");
  });
});
