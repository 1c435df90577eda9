import { describe, expect, it } from "vitest";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * review56: words a leader says to add to a part of the draft in review (「计划里加上…」「第三部分加一句：…」「计划里再整一条：…」)
 * are an instruction about the draft — asked once whether to add them as the part's next item — never a report of the
 * leader's own (记为填报). 「第三部份」 (份 for 分) names part three as 「第三部分」 does.
 */
const { open } = appPerTest();
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

async function reviewing(): Promise<TestApp> {
  const t = await open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("sun-tp", "今年下乡服务一百八十多场次 培训农民两千三百人 明年打算新建示范基地3个");
  await t.say("sun-tp", "确认");
  return draftInReview(t, "chen-kp", "科技活动周搞了七场 新建科普画廊三处 明年计划办青少年科技营2期");
}
const versions = async (t: TestApp) => (await api(t).service.get({ year: 2025 }))!.versions.length;

describe("a leader's words to add to a part", () => {
  it.each([
    ["计划里加上明年搞个科技活动周", "明年搞个科技活动周"],
    ["计划里再整一条：明年搞两期特派员培训", "明年搞两期特派员培训"],
    ["明年计划里头再添一条，举办科技成果对接会1场", "举办科技成果对接会1场"],
    ["工作计划中補一句：建設科普e站2個", "科普e站2"],
    ["计划里加上：明年建科普基地2个👍", "明年建科普基地2个"],
  ])(
    "「%s」 asks to add it as item 3, nothing changed, not a report",
    async (said, words) => {
      const t = await reviewing();
      const reply = await t.sayText("zhou-ju", said);
      expect(reply).toContain("加为第 3 条");
      expect(reply).toContain(words);
      expect(reply).not.toContain("记为填报");
      expect(await versions(t)).toBe(1);
    },
    60000,
  );

  it("「是」 to the question adds the leader's words as the plan's last item", async () => {
    const t = await reviewing();
    await t.sayText("zhou-ju", "计划里加上明年搞个科技活动周");
    const yes = await t.sayText("zhou-ju", "是");
    expect(yes).toContain("末尾加上第 3 条");
    const plan = latestVersion((await api(t).service.get({ year: 2025 }))!).parts.find(
      (p) => p.key === "plan",
    )!;
    expect(plan.items.map((i) => i.text)).toContain("明年搞个科技活动周。");
    expect(await versions(t)).toBe(2);
  }, 60000);

  it("「第三部分加一句：…」 asks which part three, never a report", async () => {
    const t = await reviewing();
    const reply = await t.sayText("zhou-ju", "第三部分加一句：全年接待参观群众1.2万人次");
    expect(reply).toContain("（三）");
    expect(reply).toContain("1.2万人次");
    expect(reply).not.toContain("记为填报");
    expect(reply).not.toContain("加一条？");
    expect(await versions(t)).toBe(1);
  }, 60000);

  it("a part with no items says so and changes nothing", async () => {
    const t = await reviewing();
    const reply = await t.sayText("zhou-ju", "问题那块加一句：基层科普人员少");
    expect(reply).toContain("没有编号的条目");
    expect(reply).toContain("草稿没有改动");
    expect(reply).not.toContain("记为填报");
    expect(await versions(t)).toBe(1);
  }, 60000);

  it.each([
    "第三部份改成：科技活动周开展7场次",
    "第3部份改成：科技活动周开展7场次",
  ])("「%s」 names part three (部份 for 部分), not update 3", async (said) => {
    const t = await reviewing();
    const reply = await t.sayText("zhou-ju", said);
    expect(reply).toContain("（三）");
    expect(reply).not.toContain("第 3 条填报");
    expect(await versions(t)).toBe(1);
  }, 60000);
});
