import { beforeEach, describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Review39 (talk-aside.ts): a slip said with the right value is a correction, never a withdrawal offer — but 一 in an
 * update named (是上一条、是这一条、是最后一条) is no value: 「发错了 是上一条」 says which one was sent by mistake, as a
 * bare 「发错了」 does, and is offered the withdrawal.
 */
const { open } = appPerTest();
let t: TestApp;
beforeEach(async () => {
  t = await open({ now: "2026-12-01T10:00:00+08:00" });
  await t.say("chen-kp", "上午去二中搞了个科普讲座 来了差不多三百个学生");
  await t.say("chen-kp", "确认");
});

describe("a slip with the update named", () => {
  it.each([
    "刚才发错了 是上一条",
    "报错了 是这一条",
    "发重了 是最后一条",
  ])("「%s」 is asked about, as 发错了 is", async (said) => {
    expect(await t.sayText("chen-kp", said)).toContain("要撤回");
  });

  it.each([
    "报错了 是走访企业12家",
    "报错了 是上个月走访12家",
  ])("「%s」 with its value is still no offer", async (said) => {
    expect(await t.sayText("chen-kp", said)).not.toContain("要撤回");
  });
});
