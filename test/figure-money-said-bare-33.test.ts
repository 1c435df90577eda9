import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * Money said with no 元 and no comma after it (docs/understanding.md, 第三十三轮 fig33): a wage followed straight by
 * the people who turn it down, a standard paid per head per month, a sum per village or per head where the
 * paying (奖励、慰问) was said before the per-thing word; and 来 between a round number and 床.
 */
describe("bare sums and rough counts of beds", () => {
  it("reads a wage glued to the people of the next clause as money", () => {
    expect(units("保洁岗位一个月工资就三千出头大学生都不愿意来")).toContain("三千出头=3000元");
  });

  it("reads a standard per head per month as money", () => {
    expect(units("特困供养标准调到每人每月九百二")).toContain("九百二=920元");
  });

  it("reads a sum per village or per head after paying said before it", () => {
    expect(units("镇里奖励环境整治先进村，每村八千")).toContain("八千=8000元");
    expect(units("重阳节慰问高龄老人每人三百")).toContain("三百=300元");
  });

  it("reads 两千来床 as beds", () => {
    expect(units("福利院冬天的被褥添了三百来床都发下去了")).toContain("三百来床=300床");
  });

  it("leaves counts that are no money as they were", () => {
    expect(units("每村八个网格员")).toContain("八个=8人");
    expect(units("标准化考场建了每校两个")).not.toContain("两个=2元");
  });
});
