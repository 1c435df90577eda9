import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A leader asks what a colleague reported in a period — 「小李这周报了啥」「赵丽上个月报了哪些」. Found in round
 * forty-nine's console trial: the period was dropped and the whole year listed. 查看填报 now keeps the period (the
 * same words and dates as 我的填报's, mine-period.ts) and says it in the header; with nothing in it, says so.
 */
const { open } = appPerTest();

async function twoReports() {
  const t = await open({ now: "2026-11-10T10:00:00+08:00" });
  await t.say("li-rd", "走访县内规上企业8家 了解研发投入情况");
  await t.say("li-rd", "确认");
  t.setNow("2026-12-02T10:00:00+08:00");
  await t.say("li-rd", "组织召开科技型中小企业评价培训会 参会企业21家");
  await t.say("li-rd", "确认");
  return t;
}

describe("查看填报 with a period", () => {
  it.each([
    "小李这周报了啥",
    "李明本周报了什么",
    "李明这礼拜都报了哪些",
    "查看填报 李明 本周",
  ])("「%s」 lists this week's only", async (said) => {
    const t = await twoReports();
    const text = await t.sayText("zhou-ju", said);
    expect(text).toContain("评价培训会");
    expect(text).not.toContain("规上企业8家");
    expect(text).toContain("本周（2026-11-30 至 2026-12-06）");
  });

  it("「赵丽上个月报了哪些」 with nothing in that month says so, naming the dates", async () => {
    const t = await twoReports();
    const text = await t.sayText("zhou-ju", "赵丽上个月报了哪些");
    expect(text).toContain("赵丽上月（2026-11-01 至 2026-11-30）没有填报");
  });

  it("a month named, or a section's week, keeps the period too", async () => {
    const t = await twoReports();
    const nov = await t.sayText("zhou-ju", "李明11月报了啥");
    expect(nov).toContain("规上企业8家");
    expect(nov).not.toContain("评价培训会");
    const section = await t.sayText("zhou-ju", "查看填报 研发 本周");
    expect(section).toContain("评价培训会");
    expect(section).not.toContain("规上企业8家");
  });

  it("without a period it is still the whole year", async () => {
    const t = await twoReports();
    const text = await t.sayText("zhou-ju", "李明报了啥");
    expect(text).toContain("规上企业8家");
    expect(text).toContain("评价培训会");
    expect(text).toContain("2026年填报 2 条");
  });
});
