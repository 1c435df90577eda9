import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Round fifty (lead, console trial): with no model, 「存在问题那块加一句经费保障不足」 was answered 「没有做到」 — yet the
 * sentence is the leader's own, dictated word for word, and 改写 would take it. Now the offline review puts it at the end
 * of the part as a new version (no source: the leader's text, said so), 撤销上一步 takes it out; words that only point at
 * a kind of content, or carry a figure, are still not written.
 */
const { open } = appPerTest();

async function reviewing(): Promise<TestApp> {
  const app = await open({ now: "2025-12-10T10:00:00+08:00" });
  await app.say("chen-kp", "科普经费有点紧张 明年打算再建两个科普e站");
  await app.say("chen-kp", "确认");
  return draftInReview(app, "chen-kp", "今年新建科普画廊三处 科技活动周搞了七场活动");
}
const api = (app: TestApp) => app.app.services.features.drafting as DraftingApi;
const versions = async (app: TestApp) => (await api(app).service.get({ year: 2025 }))?.versions ?? [];
const part = async (app: TestApp, key: string) =>
  JSON.stringify((await versions(app)).at(-1)?.parts.find((p) => p.key === key));

describe("a sentence the leader dictates, added offline", () => {
  it("「存在问题那块加一句经费保障不足」 adds it at the end of 存在的问题 as a new version", async () => {
    const app = await reviewing();
    const before = (await versions(app)).length;
    const reply = await app.sayText("zhou-ju", "存在问题那块加一句经费保障不足");
    expect(await part(app, "problems")).toContain("经费保障不足。");
    expect((await versions(app)).length).toBe(before + 1);
    expect(reply).toContain("加上您的一句「经费保障不足。」");
    expect(reply).toContain("不算填报材料");
    expect(reply).not.toContain("没有做到");
  });

  it("撤销上一步 takes the added sentence out again", async () => {
    const app = await reviewing();
    await app.say("zhou-ju", "重写 问题 补一句：基层科普人员力量薄弱");
    expect(await part(app, "problems")).toContain("基层科普人员力量薄弱。");
    await app.say("zhou-ju", "撤销上一步");
    expect(await part(app, "problems")).not.toContain("基层科普人员力量薄弱");
  });

  it("words that only point at a kind of content, or carry a figure, are not written", async () => {
    const app = await reviewing();
    const before = (await versions(app)).length;
    const pointed = await app.sayText("zhou-ju", "重写 问题 加一句关于人才的");
    const figured = await app.sayText("zhou-ju", "重写 问题 加一句缺口3人");
    expect((await versions(app)).length).toBe(before);
    expect(pointed).toContain("没有生成新版本");
    expect(figured).toContain("没有生成新版本");
  });

  it("the same sentence twice is not added twice", async () => {
    const app = await reviewing();
    await app.say("zhou-ju", "重写 问题 加一句经费保障不足");
    const n = (await versions(app)).length;
    const again = await app.sayText("zhou-ju", "重写 问题 加一句经费保障不足");
    expect((await versions(app)).length).toBe(n);
    expect(again).toContain("没有重复添加");
  });
});
