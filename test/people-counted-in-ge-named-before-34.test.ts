import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * Bare 个 counts of people whose noun was said before (docs/understanding.md, 第三十四轮 fig34): a count followed by
 * 都/全/已经 and a verb only people do (参加、报名、报到); a few, with 就/才, followed straight by what they do
 * (就两个在撑); a whole followed by 里/里头 and the part of it told next (十八个里就五个会用…); a count after the
 * body of those people (村医队伍 全乡二十一个). A thing or place
 * named between, or counted, keeps 个.
 */
describe("bare 个 of people named before", () => {
  it("reads a count with 都 before a verb only people do as people", () => {
    expect(units("搞了一次消防演练机关四十几个都参加了")).toContain("四十几个=40人");
    expect(units("十几个村都参加了")).toContain("十几个=10个");
    expect(units("三个乡镇全参加了")).toContain("三个=3个");
  });

  it("reads a few of them followed straight by what they do as people", () => {
    expect(units("护理员招不到人，现在就两个在撑")).toContain("两个=2人");
  });

  it("reads a whole said before its part (里、里头) as the people named before it", () => {
    expect(units("嘎查的会计都是兼职的，十八个里就五个会用财务软件")).toEqual(["十八个=18人", "五个=5人"]);
    expect(units("招了五个护林员，原来的十一个里头有三个年纪太大想辞")).toContain("十一个=11人");
  });

  it("reads a count after the body of those people (村医队伍 全乡…) as people", () => {
    expect(units("村医队伍 全乡二十一个，五十岁往上的占了六成")).toContain("二十一个=21人");
    expect(units("队伍三个")).toContain("三个=3个");
  });

  it("keeps 个 when a thing was named between", () => {
    expect(units("查了二十个养殖场，十个里头有三个没证")).toContain("十个=10个");
    expect(units("三个会议开完了")).toContain("三个=3个");
  });
});
