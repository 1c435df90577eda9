import { describe, expect, it } from "vitest";
import { segmentsOf } from "../src/conversation/correction-segments.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Trial37, found on the console: 「研发那条 不是20来家 是23家」 on 「…跑了20来家规上企业，有两家材料不全 明年再报」 was
 * previewed as 「跑了23家规上企业，有20来家材料不全」 — the space after 「不是20来家」 cut the correction in two, and the
 * first piece, naming only the old figure with its unit, was planned as a change of its own: the other count of 家 (两家)
 * became 20来家. The class: a clause that only names the old value (不是 / 写成 / 打成 + a figure with its unit) never
 * makes a change of its own; said before the new value it goes with the clause after it, said after, with the one before
 * (as 「不是60」 without a unit already did).
 */
describe("the old figure named with its unit, in a clause of its own", () => {
  it.each([
    ["研发那条 不是20来家 是23家", ["研发那条 不是20来家 是23家"]],
    ["不是12家，是13家", ["不是12家 是13家"]],
    ["明白纸是80份 不是60份", ["明白纸是80份 不是60份"]],
    ["资金那条 写成380万了 应该是390万元", ["资金那条 写成380万了 应该是390万元"]],
  ])("「%s」 is one change", (said, want) => {
    expect(segmentsOf(said)).toEqual(want);
  });

  it("two changes said one after the other stay two", () => {
    expect(segmentsOf("讲座是4场 听众是650人")).toEqual(["讲座是4场", "听众是650人"]);
    expect(segmentsOf("明白纸是80份 不是60份，讲座是180人")).toEqual([
      "明白纸是80份 不是60份",
      "讲座是180人",
    ]);
  });

  const { open } = appPerTest();
  it.each([
    ["研发那条 不是20来家 是23家", "跑了23家规上企业，有两家材料不全"],
    ["不是20来家，应该是23家", "跑了23家规上企业，有两家材料不全"],
  ])("「%s」 changes only the count named: 「%s」", async (said, want) => {
    const t = await open({ now: "2026-12-05T17:10:00+08:00" });
    await t.sayText("li-rd", "帮企业搞研发费用加计扣除政策宣讲，跑了20来家规上企业，有两家材料不全 明年再报");
    await t.sayText("li-rd", "确认");
    const preview = await t.sayText("li-rd", said);
    expect(preview).not.toContain("改成「20来家」");
    await t.sayText("li-rd", "确认");
    const u = await t.app.services.store.findBySeq("li-rd", 1);
    expect(u?.normalizedText).toContain(want);
  });
});
