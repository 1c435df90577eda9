import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round seventeen's class (docs/extraction.md, 第十七轮, ext17): what a figure is and what kind a clause
 * is, read by meaning — on wording of its own (none of these sentences is in the corpus), with the
 * near misses that must stay as they were.
 */
const DAY = "2026-12-02";
const kinds = (text: string, today = DAY) => (run(text, today).clauses ?? []).map((c) => c.kind);
const figs = (text: string, today = DAY) => run(text, today).figures.map((f) => [f.raw, f.unit, f.kind]);

describe("what a figure is", () => {
  it("reads 个点 as percentage points only beside a rate, and a thing + 次 as a measure", () => {
    expect(figs("这周跑了十几个点，抽了土样")).toEqual([["十几个", "个", "achieved"]]);
    expect(figs("覆盖率比去年提高了2个点")).toEqual([["2个点", "个点", "achieved"]]);
    expect(figs("今年督查企业58企次")).toEqual([["58企次", "企次", "achieved"]]);
    expect(figs("铺设管道2600延米")).toEqual([["2600延米", "延米", "achieved"]]);
  });

  it("counts people by their status or by the people named just before the count", () => {
    expect(figs("所里在编的一共12个，今年调走了2个").map((f) => f[1])).toEqual(["人", "人"]);
    expect(figs("村医还是缺，还差七八个").map((f) => f[1])).toEqual(["人"]);
    // Near misses: what the people did, or a place between, is what is counted.
    expect(figs("今天接到群众来电9个").map((f) => f[1])).toEqual(["个"]);
    expect(figs("帮老人办了证，服务点建了6个").map((f) => f[1])).toEqual(["个"]);
  });

  it("drops a count said again in the same measure word, and reads a sum heading money as 元", () => {
    expect(figs("新修了3座便桥，三座桥都通了").map((f) => f[0])).toEqual(["3座"]);
    expect(figs("明年争取五十万路灯改造资金")).toEqual([["五十万", "元", "target"]]);
    expect(figs("服务中心开通五个月，接待群众830人次").map((f) => f[0])).toEqual(["830人次"]);
  });
});

describe("what kind a clause is", () => {
  it("keeps a plan's target apart from what was actually done", () => {
    expect(kinds("年初定的是培训300人，结果实际培训了356人")).toEqual(["plan", "done"]);
    expect(figs("原计划种植800亩，实际种了920亩").map((f) => f[2])).toEqual(["target", "achieved"]);
    expect(kinds("按年初计划已完成村道硬化28公里")).toEqual(["done"]);
  });

  it("reads a plan word inside the object of a verb told done as work done", () => {
    expect(kinds("上午开了明年防汛物资采购的协调会")).toEqual(["done"]);
    expect(kinds("会上定下了明年要改造的6个老旧小区")).toEqual(["done"]);
    // Near miss: the plan itself.
    expect(kinds("明年要改造6个老旧小区")).toEqual(["plan"]);
  });

  it("reads faults, delays and a workforce about to retire as problems", () => {
    expect(kinds("有5个教室的墙皮一到梅雨天就起皮")).toEqual(["problem"]);
    expect(kinds("新建的公厕水管都锈蚀了")).toEqual(["problem"]);
    expect(kinds("污水站原定年底投运，环评没通过推到了明年")).toEqual(["problem"]);
    expect(kinds("站里技术员就4个，有两个是快退休的")).toEqual(["problem"]);
    expect(kinds("文化礼堂平时基本锁着")).toEqual(["problem"]);
    // Near misses: the repair of a fault, a delay already made up.
    expect(kinds("维修了渗漏的屋面420平方米")).toEqual(["done"]);
    expect(kinds("运动会因为下雨推到了十一月，上个月顺利办完了")).toEqual(["done"]);
  });

  it("reads 差不多了 as done and a weekday deadline ahead as a plan", () => {
    expect(kinds("秋收秋种搞得差不多了")).toEqual(["done"]);
    expect(kinds("本周四前把报表收齐")).toEqual(["plan"]);
    expect(kinds("本周走访了18户")).toEqual(["done"]);
  });
});
