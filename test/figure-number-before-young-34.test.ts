import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * A number followed straight by 年轻人 (docs/understanding.md, 第三十四轮 fig34): the 年 is the first character of the
 * people who open the next clause, not a year nor a count of years, with or without a space before it.
 */
describe("a number glued to 年轻人", () => {
  it("reads a wage before 年轻人 as money, with or without a space", () => {
    expect(units("岗位工资才两千五年轻人瞅不上")).toContain("两千五=2500元");
    expect(units("工资才两千五 年轻人瞅不上")).toContain("两千五=2500元");
    expect(units("工资才3000 年轻人不愿意干")).toContain("3000=3000元");
  });

  it("keeps years and counts of years that are no 年轻", () => {
    expect(units("2026年年轻人就业搞得还行")).toEqual([]);
    expect(units("新品种试点了3年")).toContain("3年=3年");
    expect(units("培训了三十多个年轻人")).toContain("三十多个=30人");
  });
});
