import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * 吴语 words of a time ahead (docs/understanding.md, 第三十四轮 fig34): 到辰光 (= 到时候) and 下趟 before a step
 * (= 下次) open a plan typed straight after work done, as their Mandarin words do.
 */
describe("吴 到辰光、下趟", () => {
  it("reads 下趟 before a step as a plan after the work done", () => {
    const t = "海洋牧场项目的可研报告批下来了下趟去省里跑一下海域使用证";
    expect(kindOf(t, "批下来了")).toBe("done");
    expect(kindOf(t, "海域使用证")).toBe("plan");
  });

  it("reads 到辰光 as 到时候, a plan", () => {
    const t = "冬季征兵宣传进了9所学校到辰光体检再跟武装部对接";
    expect(kindOf(t, "宣传进了")).toBe("done");
    expect(kindOf(t, "武装部对接")).toBe("plan");
  });
});
