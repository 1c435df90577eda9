import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「我这周还有啥没报的吗」「我这周报齐了没」: what of one's own is still unreported this week. 我的填报
 * answers, with a line naming this week's own sections that have no confirmed update yet (the weekly
 * reminder's rule) — it got the generic 「有什么需要帮忙的？」 (console trial, round seventeen).
 */
describe("what is still unreported this week", () => {
  const { open } = appPerTest();

  it.each([
    "我这周还有啥没报的吗",
    "我这周报齐了没",
    "我还有啥没报的",
  ])("「%s」 names the sections still open", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("赵丽", "这周帮企业对接了2个成果转化项目");
    await t.sayText("赵丽", "确认");
    const reply = await t.sayText("赵丽", said);
    expect(reply).toContain("#1");
    expect(reply).toContain("本周还没有已确认填报的科室：「科技人才与创新环境」");
    expect(reply).not.toContain("有什么需要帮忙的");
  });

  it("says every section is reported once both are", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("赵丽", "这周帮企业对接了2个成果转化项目");
    await t.sayText("赵丽", "确认");
    await t.sayText("赵丽", "人才公寓这周分配了6套");
    await t.sayText("赵丽", "确认");
    const reply = await t.sayText("赵丽", "我的填报 本周");
    expect(reply).toContain("本周您负责的科室都已填报「成果转化与知识产权」「科技人才与创新环境」");
  });

  it("a leader's list has no such line", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    expect(await t.sayText("周建国", "我的填报")).not.toContain("本周还没有已确认填报的科室");
  });
});
