import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Trial35, class 3: 「我的填报」 for a span inside this week (本周、今天, 这礼拜 said in dialect) said 「已确认 2 条；本周已确认
 * 2 条」 — the same count twice. A span within this week says 已确认 once; the year's list and last week's keep the
 * week's count, which there tells something.
 */
describe("「我的填报」 for this week counts once", () => {
  const { open } = appPerTest();

  async function twoConfirmed() {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.sayText("李明", "组织企业申报市级研发项目，上报12项");
    await t.sayText("李明", "确认");
    await t.sayText("李明", "召开科技项目推进会，参会企业20家");
    await t.sayText("李明", "确认");
    return t;
  }

  for (const asked of ["我的填报 本周", "我的填报 今天", "我这礼拜报了么事啊"])
    it(asked, async () => {
      const t = await twoConfirmed();
      const reply = await t.sayText("李明", asked);
      expect(reply).toMatch(/已确认 2 条/u);
      expect(reply).not.toContain("本周已确认");
    });

  it("the year's list keeps the week's count", async () => {
    const t = await twoConfirmed();
    expect(await t.sayText("李明", "我的填报")).toContain("本周已确认 2 条");
  });
});
