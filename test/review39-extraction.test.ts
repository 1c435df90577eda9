import { describe, expect, it } from "vitest";
import { withoutTakenBack } from "../src/domain/figure-scan.js";
import { kinds, units } from "./helpers/extract-shapes.js";

/**
 * Review39 of round thirty-eight's extraction rules: a rule reads the class its comment names, no more.
 */
describe("a round made again is work, not people who left (states-problem.ts)", () => {
  it.each([
    // 又走了、也走了 + a count of places: a round made, as 走了6个苏木 is.
    "这周又走了5个村，发放宣传资料300份",
    "今年也走了3个乡镇，摸排了用工需求",
  ])("「%s」 is work done", (text) => {
    expect(kinds(text)).toEqual(["done"]);
  });

  it.each(["刚培训完就走了两个医生", "今年又走了3个老师"])("「%s」 is still a problem", (text) => {
    expect(kinds(text)).toContain("problem");
  });
});

describe("a bare number taken back is taken back whole (figure-scan.ts)", () => {
  it.each([
    // With a space before the number, only its tail was taken out: 「四四万二千人次」.
    ["现场群众 四千二 不对 是四万二千人次", "现场群众 四万二千人次"],
    ["参与群众 三千多 说错了 是五千多", "参与群众 五千多"],
    ["现场群众四千二 不对 是四万二千人次", "现场群众四万二千人次"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(withoutTakenBack(text)).toBe(want);
  });

  it("the figure kept is the one said last", () => {
    expect(units("科技周广场活动现场群众 四千二 哦不对 是四万二千人次")).toEqual(["四万二千人次=42000人次"]);
  });
});
