import { describe, expect, it } from "vitest";
import { judgeWork } from "../src/conversation/work-content.js";

/**
 * Review of rounds 35–36 (docs/understanding.md 第三十七轮 review37): round 36's choice asked (「是交州里还是交到局里」)
 * took any character said again after 还是 for the repeated verb — a pronoun or a pointer too, so an opinion or a
 * statement (我觉得还是我们科牵头比较好、这次还是这么搞) read as a question about a matter. Only a verb repeated asks.
 */
describe("a choice asked repeats its verb, not a pronoun", () => {
  it.each([
    "这个算项目还是算平台",
    "申报表是交州里还是交到局里",
    "报市里还是报省里呢",
  ])("「%s」 asks", (said) => {
    expect(judgeWork(said, said, true)).toBe("unclear");
  });
  it.each([
    "我觉得还是我们科牵头比较好",
    "这次培训还是这么搞",
    "他说还是他来弄",
  ])("「%s」 is no choice asked", (said) => {
    expect(judgeWork(said, said, true)).not.toBe("unclear");
  });
});
