import { describe, expect, it } from "vitest";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Lead53's console trial: a leader replacing ONE item of a draft part in everyday words — 「计划第一条改成：…」 went to the
 * leader's own update #1 and was answered about deleting an item; 「计划部分第2条换成：…」 replaced the whole plan with one
 * line. Now the item alone is replaced, every other item (and its source) kept, and a number the part lacks changes nothing.
 */
const { open } = appPerTest();

async function reviewing(): Promise<TestApp> {
  const t = await open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("sun-tp", "今年下乡服务一百八十多场次 培训农民两千三百人 明年打算新建示范基地3个");
  await t.say("sun-tp", "确认");
  return draftInReview(
    t,
    "chen-kp",
    "科技活动周搞了七场 新建科普画廊三处 明年计划办青少年科技营2期 问题是讲解员太少",
  );
}

async function current(app: TestApp) {
  const api = app.app.services.features.drafting as DraftingApi;
  const d = await api.service.get({ year: 2025 });
  return d ? { versions: d.versions.length, parts: latestVersion(d).parts } : undefined;
}

describe("a leader's own words for one item of a draft part", () => {
  it.each([
    ["计划第一条改成：组织科技特派员开展技术服务200场次以上", "plan"],
    ["计划部分第1条换成：组织科技特派员开展技术服务200场次以上", "plan"],
    ["工作计划第一项改为 组织科技特派员开展技术服务200场次以上", "plan"],
  ])("「%s」 replaces that item only", async (said, key) => {
    const app = await reviewing();
    const before = await current(app);
    const plan = before!.parts.find((p) => p.key === key)!;
    expect(plan.items.length).toBeGreaterThanOrEqual(2);
    const reply = await app.sayText("zhou-ju", said);
    expect(reply).toContain("第 1 条换成您的文字");
    expect(reply).not.toContain("没有找到您的第");
    const after = await current(app);
    expect(after!.versions).toBe(before!.versions + 1);
    const next = after!.parts.find((p) => p.key === key)!;
    expect(next.items).toHaveLength(plan.items.length);
    expect(next.items[0]!.text).toBe("组织科技特派员开展技术服务200场次以上。");
    // The other items keep their words and their sources.
    expect(next.items.slice(1)).toEqual(plan.items.slice(1));
    expect(next.paragraphs).toEqual(plan.paragraphs);
    expect(next.closing).toBe(plan.closing);
  });

  it("「问题第一条改成…」 replaces the problem, not the leader's update", async () => {
    const app = await reviewing();
    const reply = await app.sayText("zhou-ju", "问题第一条改成基层科普讲解人员力量不足");
    expect(reply).toContain("第 1 条换成您的文字");
    const problems = (await current(app))!.parts.find((p) => p.key === "problems")!;
    expect(problems.items[0]!.text).toContain("基层科普讲解人员力量不足");
  });

  it("an item number the part lacks changes nothing and says so", async () => {
    const app = await reviewing();
    const before = await current(app);
    const reply = await app.sayText("zhou-ju", "计划第九条改成：开展科技下乡活动20场次");
    expect(reply).toMatch(/只有 \d+ 条，没有第 9 条/);
    expect(reply).toContain("草稿没有改动");
    expect((await current(app))!.versions).toBe(before!.versions);
  });

  it("the typed 「改写 计划 第2条 …」 does the same, and 撤销上一步 brings the old item back", async () => {
    const app = await reviewing();
    const plan = (await current(app))!.parts.find((p) => p.key === "plan")!;
    await app.sayText("zhou-ju", "改写 计划 第2条 举办青少年科技营2期");
    const next = (await current(app))!.parts.find((p) => p.key === "plan")!;
    expect(next.items[1]!.text).toBe("举办青少年科技营2期。");
    expect(next.items[0]).toEqual(plan.items[0]);
    await app.sayText("zhou-ju", "撤销上一步");
    const back = (await current(app))!.parts.find((p) => p.key === "plan")!;
    expect(back.items).toEqual(plan.items);
  });

  it("a staff member's 「问题第二条改成…」 is still about their own update", async () => {
    const app = await reviewing();
    const reply = await app.sayText("li-rd", "问题第二条改成人员力量不足");
    expect(reply).not.toContain("换成您的文字");
  });
});

describe("a part of one item", () => {
  it("says the other parts are untouched, without 「其余 0 条」", async () => {
    const t = await open({ now: "2025-12-10T10:00:00+08:00" });
    await draftInReview(t, "chen-kp", "科技活动周搞了七场 明年计划建3个科普e站");
    const reply = await t.sayText("zhou-ju", "计划第一条改成：新建社区科普e站3个");
    expect(reply).toContain("第 1 条换成您的文字");
    expect(reply).toContain("其他部分未改动");
    expect(reply).not.toContain("其余 0 条");
  });
});

describe("help and README name the one-item 改写", () => {
  it("帮助 to a leader and the README's table say 「改写 计划 第2条」", async () => {
    const t = await open({ now: "2025-12-10T10:00:00+08:00" });
    expect(await t.sayText("zhou-ju", "帮助")).toContain("改写 计划 第2条");
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(new URL("../README.md", import.meta.url), "utf8")).toContain("改写 计划 第2条");
  });
});
