import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * review56: a leader reading the draft asks what a 「×」 is (the item, who reported it, who can fill it in), or doubts a
 * figure in words of their own before or after it (which figure, whose report, how it is changed) — real answers,
 * nothing changed, never 「您还没有可以修改或撤回的填报」 or 「我只查得到您自己报过」.
 */
const { open } = appPerTest();
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;
const versions = async (t: TestApp) => (await api(t).service.get({ year: 2025 }))!.versions.length;

async function reviewing(gap: boolean): Promise<TestApp> {
  const t = await open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("sun-tp", "今年下乡服务一百八十多场次 培训农民两千三百人");
  await t.say("sun-tp", "确认");
  if (gap) {
    await t.say("li-rd", "今年组织申报省级科技项目5项 全社会研发投入统计局还没出");
    await t.say("li-rd", "确认");
  }
  return draftInReview(t, "chen-kp", "科技活动周搞了七场 新建科普画廊三处");
}

describe("what a 「×」 of the draft is", () => {
  it.each([
    "这个×是嘎哈的",
    "那个×咋整",
    "那個×是啥意思",
    "稿子里的叉叉怎么填",
    "×是什么？",
  ])("「%s」 names the item, its reporter and who can fill it", async (said) => {
    const t = await reviewing(true);
    const reply = await t.sayText("zhou-ju", said);
    expect(reply).toContain("全社会研发投入×元");
    expect(reply).toContain("（一）第1条");
    expect(reply).toContain("李明");
    expect(reply).toContain("修改");
    expect(reply).not.toContain("我只查得到您自己报过");
    expect(await versions(t)).toBe(1);
  }, 60000);

  it("a draft without 「×」 says it has none", async () => {
    const t = await reviewing(false);
    const reply = await t.sayText("zhou-ju", "这个×是啥");
    expect(reply).toContain("没有「×」");
    expect(await versions(t)).toBe(1);
  }, 60000);

  it("待核实 lists each 「×」 with its reporter", async () => {
    const t = await reviewing(true);
    const reply = await t.sayText("zhou-ju", "待核实");
    expect(reply).toContain("1 处「×」");
    expect(reply).toMatch(/（一）第1条.*李明/u);
  }, 60000);
});

describe("a figure of the draft doubted", () => {
  it.each([
    ["这条数字不对吧 180多场？", "180多场", "孙磊"],
    ["180多场次贼多 是不是报错了", "180多场次", "孙磊"],
    ["这数儿对不上吧，科普画廊3处？", "3处", "陈静"],
    ["2300人？怕是写错了", "2300人", "孙磊"],
    ["科普画廊3處 数字有問題吧", "3处", "陈静"],
  ])(
    "「%s」 says where 「%s」 stands and that %s reported it",
    async (said, figure, who) => {
      const t = await reviewing(false);
      const reply = await t.sayText("zhou-ju", said);
      expect(reply).toMatch(new RegExp(`${figure}」在`));
      expect(reply).toContain(who);
      expect(reply).toContain("修改");
      expect(reply).not.toContain("您还没有可以修改或撤回的填报");
      expect(await versions(t)).toBe(1);
    },
    60000,
  );
});
