import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * Review of rounds 35–36 (docs/understanding.md 第三十七轮 review37): the share a 的-part takes is a problem when the
 * part is named by a bad property (bad-state.ts). That property was any 高、低、偏、超 anywhere in the part, so a
 * breakdown naming 高企、高中以上学历、低保户、超市 read as a problem. Only too high or low (血压高、偏低、高血压) or over a
 * line (超标、超龄) is bad.
 */
describe("高、低、偏、超 inside a name are no bad property", () => {
  it.each([
    ["今年新申报企业四十家，高企的占了一半", "高企的"],
    ["培训学员三百人，高中以上学历的占了六成", "高中以上"],
    ["走访商户五十家，超市的占了两成", "超市的"],
    ["服务对象八十户，低保户的占了一半", "低保户的"],
  ])("「%s」", (t, part) => {
    expect(kindOf(t, part)).not.toBe("problem");
  });
  it.each([
    ["给老人免费查体二百多人，血糖偏高的占了三成", "血糖偏高"],
    ["体检四百多人，高血压的占了快一半", "高血压的"],
    ["抽检农药残留六十批次，超标的占了一成", "超标的"],
  ])("「%s」 is still a problem", (t, part) => {
    expect(kindOf(t, part)).toBe("problem");
  });
});
