import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * A sum of 万 or 亿 followed straight by 月底/月初 (docs/understanding.md, 第三十四轮 fig34): no date runs to 万, so the
 * month's part opens the next clause and the sum is read (发了58万月底前把台账再对一遍).
 */
describe("a sum of 万 glued to 月底", () => {
  it("reads the sum before 月底、月初", () => {
    expect(units("困难群众救助资金发了58万月底前把台账再对一遍")).toContain("58万=580000元");
    expect(units("救助资金发了五十八万月初再发一批")).toContain("五十八万=580000元");
  });

  it("keeps dates and 万 before other 月 words as they were", () => {
    expect(units("发了三万月饼")).toEqual([]);
    expect(units("12月底前完成")).toEqual([]);
  });
});
