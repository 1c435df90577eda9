import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/** Round forty's leftovers (fig40c), in other words than the corpus's. The rules alone. */
const texts = (text: string, today = "2026-11-05") =>
  (run(text, today).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);
const figures = (text: string, today = "2026-11-05") =>
  (run(text, today).clauses ?? []).flatMap((c) =>
    (c.figures ?? []).map((f) => [f.raw, f.value, f.unit, f.kind]),
  );

describe("防冻伤、预防冻伤 is prevention taught, no harm: the piece is work done and stays whole", () => {
  it("a talk on frostbite at a school named on a numeral is not cut after the numeral", () => {
    expect(texts("上午在二台小学讲了防冻伤")).toEqual([["done", "上午在二台小学讲了防冻伤"]]);
    expect(texts("给敬老院的老人讲预防冻伤")).toEqual([["done", "给敬老院的老人讲预防冻伤"]]);
  });
  it("near miss: a crop frostbitten is still a problem", () => {
    expect(texts("核桃苗冻伤了不少")).toEqual([["problem", "核桃苗冻伤了不少"]]);
  });
});

describe("a bare sum in 万 before a space and 年底前 is money, not years (四十多万 年底前…)", () => {
  it("the sum after 合计 survives the deadline said next", () => {
    expect(figures("拖欠的工钱合计三十多万 年底前督促老板结清").map((f) => f.slice(0, 3))).toEqual([
      ["三十多万", 300000, "元"],
    ]);
  });
  it("typed with no space at all, a time opening the next step after the sum (亿年后、万月底) leaves it money", () => {
    expect(figures("招商会上意向投资2.5亿年后去对接").map((f) => f.slice(0, 3))).toEqual([
      ["2.5亿", 250000000, "元"],
    ]);
  });
  it("near miss: a count of years still counts years", () => {
    expect(figures("这个项目连续实施了三年").map((f) => f.slice(0, 3))).toEqual([["三年", 3, "年"]]);
  });
});

describe("a rate set as the mark to reach (覆盖率要到、参保率要提到) is a plan and its figure a target", () => {
  it("要到 / 要提到 / 得达到 over a rate", () => {
    expect(texts("全县农村卫生厕所普及率要到百分之八十五")).toEqual([
      ["plan", "全县农村卫生厕所普及率要到百分之八十五"],
    ]);
    expect(figures("城乡居民医保参保率得达到96%")[0]?.[3]).toBe("target");
  });
  it("near miss: a rate reached is done, a guess is not a plan", () => {
    expect(texts("普及率到了百分之八十五")[0]?.[0]).toBe("done");
    expect(texts("估计普及率要到八成")[0]?.[0]).not.toBe("plan");
  });
});

describe("a total of the year estimated as it closes (经费/产值 + 预计 + figure) is a result told, not a plan", () => {
  it("产值预计 + a sum, with last year compared", () => {
    expect(texts("全镇农业总产值预计三个多亿 比去年多了两千来万")[0]?.[0]).toBe("done");
    expect(figures("全镇农业总产值预计三个多亿")[0]?.[3]).toBe("achieved");
  });
  it("near miss: 预计 before a step, or with no total named, stays a plan", () => {
    expect(texts("预计投资八百万改造老旧管网")[0]?.[0]).toBe("plan");
    expect(texts("工业产值预计下个月回升")[0]?.[0]).toBe("plan");
  });
});

describe("the share of returns filed as zero, left out or wrong (填零的、漏报的、填错的占了…) is a problem", () => {
  it("填零 / 漏报 / 填错 + 的占了 + a share", () => {
    expect(texts("交上来的年报里 漏报的占了两成")[0]?.[0]).toBe("problem");
    expect(figures("季报里报零的占了一半")[0]?.[3]).toBe("problem");
    expect(texts("报表里填错的占了三成")[0]?.[0]).toBe("problem");
  });
  it("near miss: the share of those who got it right or got through is work done", () => {
    expect(texts("参训的企业里 拿到证书的占了四成")[0]?.[0]).toBe("done");
  });
});
