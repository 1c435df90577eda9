import { describe, expect, it } from "vitest";
import { kindOf, run } from "./helpers/extract-shapes.js";

/** Four small classes of round thirty-five (docs/understanding.md, 第三十五轮 fig35), each seen in more than one line. */
const figs = (t: string) => run(t, "2026-12-03").figures.map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("years a vehicle has run or a shop been open (开了十几年)", () => {
  it("are an age, no figure", () => {
    expect(figs("乡镇卫生院的救护车三辆都是老车 开了十几年 三天两头趴窝")).toEqual(["三辆=3辆"]);
    expect(figs("这家小卖部开了二十多年了")).toEqual([]);
  });
  it("leaves days and meetings alone", () => {
    expect(figs("培训班开了5天")).toContain("5天=5天");
  });
});

describe("patients treated (救治、收治、抢救、接诊), counted with a bare 个", () => {
  it("counts people", () => {
    expect(figs("今年大病专项救治了一百三十几个")).toContain("一百三十几个=130人");
    expect(figs("县医院这个月收治了二十来个")).toContain("二十来个=20人");
  });
});

describe("where it fell short (差在…上、输在…上)", () => {
  it("is a problem", () => {
    const t = "省级专精特新中小企业今年申报了5家 过了2家 另外3家差在研发投入上";
    expect(kindOf(t, "申报了")).toBe("done");
    expect(kindOf(t, "差在")).toBe("problem");
    expect(kindOf("评比输在台账上", "输在")).toBe("problem");
  });
});

describe("a remedy with the problem word right after it (清理逾期项目、整治违建)", () => {
  it("is work done", () => {
    expect(kindOf("（二）清理逾期项目4项，收回资金18.6万元。", "清理逾期")).toBe("done");
  });
  it("keeps a verdict on the remedy a problem", () => {
    expect(kindOf("河道清理不彻底", "清理")).toBe("problem");
  });
});
