import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-one (fig21): a figure's label never runs across a typed space, shows the words as
 * said (俩, not the 两 it is read as), and drops the northern day words (夜儿个、今儿个). Sentences
 * written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figures = (text: string) => extractUpdate(text, org, { today: "2026-12-02" }).figures;
const shown = (text: string) => figures(text).map((f) => describeFigure(f));

describe("a figure's label with typed spaces", () => {
  it("is the phrase before the space, not the whole message, and the previous figure's when it holds one", () => {
    expect(shown("去实验小学上了堂消防课 一百二十多个娃")).toEqual(["去实验小学上了堂消防课 一百二十多个娃"]);
    expect(shown("下午去中学讲了堂禁毒课 七年级俩班 九十多个娃")).toEqual([
      "七年级 俩班",
      "七年级 九十多个娃",
    ]);
  });

  it("never holds the next figure said in words (给十二个村装了六十多盏…)", () => {
    const labels = shown("上个月给十二个村装了六十多盏太阳能路灯");
    // fig22: the previous figure's noun (村) is its own, so the second label starts after it.
    expect(labels).toEqual(["给十二个村装了", "装了 六十多盏太阳能路灯"]);
  });

  it("reads people who came before a typed space as people", () => {
    const [f] = figures("晚上开了村民代表会 各组组长都来了 十一个");
    expect([f?.value, f?.unit, f?.context]).toEqual([11, "人", "各组组长都来了"]);
  });

  it("drops 夜儿个、今儿个 said before the work", () => {
    expect(shown("夜儿个城管中队拆了违规广告牌十一块")).toEqual(["城管中队拆了违规广告牌 十一块"]);
    expect(shown("今儿个俩村送了消毒液")).toEqual(["送了消毒液 俩村"]);
  });
});
