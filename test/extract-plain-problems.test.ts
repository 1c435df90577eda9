import { describe, expect, it } from "vitest";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * Round thirteen's class (docs/extraction.md, 第十三轮): problems said without a problem word, and
 * the figures in them — on wording of its own, none of these sentences is in the corpus — and the
 * near misses that are work done.
 */
const figureKinds = (text: string) => run(text).figures.map((f) => [f.raw, f.kind]);

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
  });
});
