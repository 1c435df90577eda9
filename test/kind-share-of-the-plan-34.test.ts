import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * 占计划、超计划 (docs/understanding.md, 第三十四轮 fig34): a share of a plan already running, said after the work done
 * (秋冬种完成38.6万亩，占计划92%), is no plan ahead — nor does the next item of a pasted list turn into one.
 */
describe("占计划92%", () => {
  it("reads a share of the plan as the work done, and the next item too", () => {
    const t =
      "报一下农业农村这周情况：\n1.秋冬种完成38.6万亩，占计划92%；\n2.发放耕地地力保护补贴1.2亿元；\n3.下周到4个乡镇督导冬季农田水利建设。";
    expect(kindOf(t, "占计划")).toBe("done");
    expect(kindOf(t, "地力保护补贴")).toBe("done");
    expect(kindOf(t, "督导")).toBe("plan");
  });

  it("keeps 计划 + a step as a plan", () => {
    expect(kindOf("计划占地50亩", "占地")).toBe("plan");
  });
});
