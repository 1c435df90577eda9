import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * 豫/皖北 木人 = 没人 after 就/都/也/还 (docs/understanding.md, 第三十四轮 fig34): nobody left is a problem, cut from
 * the work before it, as 没人了 is.
 */
describe("就木人了", () => {
  it("reads 就木人了 as 就没人了, a problem after the work", () => {
    const t = "第四届农民丰收节俺们负责展销区 设了摊位120个 卖了四十多万天冷 下午三点以后就木人了";
    expect(kindOf(t, "摊位")).toBe("done");
    expect(kindOf(t, "木人")).toBe("problem");
  });
});
