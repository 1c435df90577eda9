import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/domain/figures.js";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * Round thirteen's class (docs/extraction.md, 第十三轮): problems said without a problem word, and
 * the figures in them — on wording of its own, none of these sentences is in the corpus — and the
 * near misses that are work done.
 */
const figureKinds = (text: string) => run(text).figures.map((f) => [f.raw, f.kind]);
const figs = (text: string) => extractFigures(text).map((f) => [f.value, f.unit]);

describe("a problem said as a plain state", () => {
  it("a change that happened to the subject, not work done by the office", () => {
    expect(kindOf("今年扶持了8个小作坊，有3个已经关门了", "关门")).toBe("problem");
    expect(kindOf("驻村的设计院的人年后都撤了", "撤了")).toBe("problem");
    expect(kindOf("小区的监控坏了二十几个", "坏了")).toBe("problem");
    expect(kindOf("把占道的摊点都撤了", "撤了")).toBe("done");
  });

  it("too few, short of a mark, stuck, put off, staffed by stand-ins", () => {
    expect(kindOf("全乡会开挖机的就俩", "就俩")).toBe("problem");
    expect(kindOf("今年村村通客车，离全覆盖还有一段距离", "距离")).toBe("problem");
    expect(kindOf("文化站的项目现在还卡在财政评审那里", "卡在")).toBe("problem");
    expect(kindOf("食堂改造的工期又往后拖了", "往后拖")).toBe("problem");
    expect(kindOf("村里的卫生保洁员大部分是低保户兼着的", "兼着")).toBe("problem");
  });

  it("the frame a problem is told in goes with it, and its figures are problem figures", () => {
    expect(figureKinds("前年有14个合作社，今年掉到9个了")).toEqual([
      ["14个", "problem"],
      ["9个", "problem"],
    ]);
    expect(figureKinds("年初定的任务是600户，看样子要差一百来户")).toEqual([
      ["600户", "problem"],
      ["一百来户", "problem"],
    ]);
    expect(kindOf("这个泵站喊了好几年了，还是一张图纸", "泵站")).toBe("problem");
  });

  it("near misses: work on a problem, a count of what a check found, a saving", () => {
    expect(kindOf("帮3个村解决了吃水难题", "难题")).toBe("done");
    expect(kindOf("补录漏报的低保户17户", "补录")).toBe("done");
    expect(kindOf("会议费比去年压减了三成", "会议费")).toBe("done");
    expect(kindOf("追回挪用的补贴资金12万元，比去年少追了一半", "少追")).toBe("problem");
    expect(kindOf("对辖区内的私搭乱建进行了整治", "整治")).toBe("done");
    expect(kindOf("对存在的问题还没有整改", "整改")).toBe("problem");
    expect(kindOf("有5户无劳动能力的纳入了低保", "低保")).toBe("done");
    expect(kindOf("今年关了6个违规砂石点", "砂石点")).toBe("done");
    expect(kindOf("今年有3家企业没有发生安全事故", "事故")).toBe("done");
  });
});

describe("figures in such problems", () => {
  it("money owed or spent on costs, people counted at the head of what they did, a fall in the unit just said", () => {
    expect(figs("还欠着施工队十二万")).toEqual([[120000, "元"]]);
    expect(figs("帮企业降低物流成本五百多万")).toEqual([[5000000, "元"]]);
    expect(figs("录用护士20名，三个没来上班")).toEqual([
      [20, "名"],
      [3, "人"],
    ]);
    expect(figs("去年有3200户，掉了四百多")).toEqual([
      [3200, "户"],
      [400, "户"],
    ]);
    expect(figs("村里就剩俩人了")).toEqual([[2, "人"]]);
  });

  it("a range of tenths is read at its lower end; years ago, halfway and 二次 are no figures", () => {
    expect(figs("玉米减产三四成")).toEqual([[30, "%"]]);
    expect(figs("这批水泵是二十年前装的")).toEqual([]);
    expect(figs("报表填到一半就死机了")).toEqual([]);
    expect(figs("搞二次供水改造")).toEqual([]);
  });
});
