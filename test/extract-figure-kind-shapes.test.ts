import { describe, expect, it } from "vitest";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * Round fourteen (ext14): the kind a figure takes from its clause, on wording of its own (none of
 * these sentences is in the corpus), with the near misses that keep their kind.
 */
const figureKinds = (text: string) => run(text).figures.map((f) => [f.raw, f.kind]);

describe("the kind of a figure", () => {
  it("what weather knocked down or washed away, and the loss, is a problem; the clean-up is work", () => {
    expect(kindOf("前天晚上下冰雹，砸坏温室大棚14个", "砸坏")).toBe("problem");
    expect(kindOf("山洪冲垮河堤两处，经济损失约六十万", "冲垮")).toBe("problem");
    expect(kindOf("抢修被冲垮的河堤两处", "抢修")).toBe("done");
    expect(kindOf("给被淹的18户送了救灾米面", "送了")).toBe("done");
    expect(kindOf("会同保险公司核定直接损失32万元", "核定")).toBe("done");
  });

  it("a stock said roughly (三十几个, 二十来个) set against too few to serve it is a problem", () => {
    expect(figureKinds("托管中心现在住着二十来个孩子，生活老师就两个")).toEqual([
      ["二十来个", "problem"],
      ["两个", "problem"],
    ]);
  });

  it("a target said with 达到 after a plan carries the plan; 达到了 is done", () => {
    expect(figureKinds("明年力争农机化率提高到九成，主要作物耕种收综合机械化率达到95%")).toEqual([
      ["九成", "target"],
      ["95%", "target"],
    ]);
    expect(kindOf("今年主要作物耕种收综合机械化率达到了92%", "达到了")).toBe("done");
  });

  it("held up waiting for money or approval is a problem; waiting, then doing, is a plan", () => {
    expect(kindOf("已经修好9座，还有2座只能等专项资金批下来", "只能等")).toBe("problem");
    expect(kindOf("等专项资金到位再开工", "再开工")).toBe("plan");
  });
});
