import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * A bare 个 count of people typed straight into the next clause with no comma (voice input): what comes after it —
 * 后头…、个把人…、还差…, or a 的-phrase and what it comes to (…血压高的占了…) — is no noun it counts, so the count
 * reads as it would with the comma typed (docs/understanding.md, 第三十三轮 fig33).
 */
describe("people counted with a bare 个, the next clause glued on", () => {
  it("reads the count as people", () => {
    expect(units("义诊给老人测血糖 测了一百三十多个血糖高的占了三成")).toContain("一百三十多个=130人");
    expect(units("妇女技能培训每期来的三十来个后头就少了")).toContain("三十来个=30人");
    expect(units("征兵 报名的四十几个，政审过了的十来个视力不行的也不少")).toContain("十来个=10人");
  });

  it("leaves a count of things glued to its noun as things", () => {
    expect(units("今年新建的三个村史馆有两个没开门")).toContain("三个=3个");
    expect(units("给老人装了一百多个烟感报警器")).toContain("一百多个=100个");
  });
});
