import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/** 半成 is half of a tenth, 5 % (docs/understanding.md, 第三十四轮 fig34): 亩产高了半成; not 半成品. */
describe("半成", () => {
  it("reads 半成 as 5 %", () => {
    expect(units("亩产比去年高了半成")).toContain("半成=5%");
    expect(units("半成品仓库建好了")).toEqual([]);
    expect(units("收了一半成本")).toContain("一半=50%");
  });
});
