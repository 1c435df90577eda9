import { describe, expect, it } from "vitest";
import { kindOf, units } from "./helpers/extract-shapes.js";

/**
 * A rough number closed by its own word, 出头 or 挂零 (docs/understanding.md, 第三十四轮 fig34): nothing more belongs
 * to it, so the next clause may be typed straight after it — the head count (after those served: 量血压测血糖的)
 * and the paired count (线上…线下三百出头) are read, and the clause is cut there when the kind changes.
 */
describe("a number closed by 出头 or 挂零, the next clause glued on", () => {
  it("reads a bare head count after those served, with 大概 before it", () => {
    expect(units("今天搞义诊 量血压测血糖的大概两百出头来的基本上都是老人家")).toContain("两百出头=200人");
    expect(units("报名的大概两百，")).toContain("两百=200人");
  });

  it("reads a paired bare count with the next clause glued on", () => {
    expect(units("全员培训搞完了 线上一千二百来人线下三百出头乡下学校网卡")).toContain("三百出头=300人");
  });

  it("cuts the work from the problem glued after the count", () => {
    const t = "今天搞义诊 量血压测血糖的大概两百出头来的基本上都是老人家 年轻人没几个";
    expect(kindOf(t, "两百出头")).toBe("done");
    expect(kindOf(t, "老人家")).toBe("problem");
  });

  it("reads 粤 嚟 as 来", () => {
    const t = "义诊四场 量血压测血糖嘅大概三百出头嚟嘅都系老人";
    expect(kindOf(t, "三百出头")).toBe("done");
    expect(kindOf(t, "都系老人")).toBe("problem");
  });

  it("leaves a sum with no people before it as it was", () => {
    expect(units("收入大概两千出头村里")).not.toContain("两千出头=2000人");
  });
});
