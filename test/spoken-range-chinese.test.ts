import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figure-scan.js";

/**
 * A range said in Chinese numerals (「三到五个」「五千到八千块」「三至五人」) is stated at its lower end, approximate,
 * as 「2到3名」 is (figure-candidate.ts spokenRangeStarts); before, only the upper end was read (5个, 8000元).
 * Found in kind30's f4-leibie30.
 */
const stated = (t: string) =>
  findStatedFigures(t).map((f) => `${f.figure.raw}=${f.figure.value}${f.figure.unit}`);

describe("a range in Chinese numerals", () => {
  it("is one figure at its lower end", () => {
    expect(stated("明年每个乡镇建三到五个示范点")).toEqual(["三到五个=3个"]);
    expect(stated("每人补助五千到八千块不等")).toEqual(["五千到八千块=5000元"]);
    expect(stated("每个村安排三至五人值守")).toEqual(["三至五人=3人"]);
    expect(stated("每户补三到五万元")).toEqual(["三到五万元=30000元"]);
    expect(findStatedFigures("培训两到三期").map((f) => f.figure.approx)).toEqual([true]);
  });

  it("leaves 一到两个, an ordinal and months alone", () => {
    expect(stated("每个村一到两个")).toEqual(["两个=2个"]);
    expect(stated("第三到五个项目")).toEqual(["五个=5个"]);
    expect(stated("十一到十二月")).toEqual([]);
  });
});
