import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Trial35, class 2: a new money figure said with its magnitude but not the 元 (「补贴资金是15万」 for 「补贴资金12万元」).
 * The preview said 「您没说单位」 — the user said 万 — or wrote 「15万」, dropping the 元 the update had. 万 (亿) said
 * for a figure the update writes in 万元 (亿元) reads as 万元: written so, and no note claims a unit was left out.
 * A bare number (「是15」) still gets the note: then the unit was not said.
 */
const REPORT = "组织企业申报研发补贴，补贴资金12万元，帮助企业3家";

describe("万 said for a 万元 figure", () => {
  const { open } = appPerTest();

  for (const said of ["补贴资金是15万", "补贴资金15万", "是15万", "应该是15万", "资金改成15万"])
    it(`修改 1 ${said}`, async () => {
      const t = await open({ now: "2026-12-03T10:00:00+08:00" });
      await t.sayText("李明", REPORT);
      await t.sayText("李明", "确认");
      const reply = await t.sayText("李明", `修改 1 ${said}`);
      expect(reply).toContain("修改预览（#1）");
      expect(reply).toContain("补贴资金15万元");
      expect(reply).not.toContain("您没说单位");
      // What was added is said truly: the 元, from the old figure.
      expect(reply).toContain("补上「元」");
    });

  it("a bare number still says the unit was taken from the old figure", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.sayText("李明", REPORT);
    await t.sayText("李明", "确认");
    const reply = await t.sayText("李明", "修改 1 补贴资金是15");
    expect(reply).toContain("补贴资金15万元");
    expect(reply).toContain("您没说单位");
  });

  it("亿 for 亿元 likewise", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.sayText("李明", "全县R&D经费投入2.1亿元");
    await t.sayText("李明", "确认");
    const reply = await t.sayText("李明", "修改 1 是2.3亿");
    expect(reply).toContain("2.3亿元");
    expect(reply).not.toContain("您没说单位");
  });
});
