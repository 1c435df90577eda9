import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { splitBySection } from "../src/domain/split-by-section.js";

const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const split = (text: string, options: string[]) =>
  splitBySection(extractUpdate(text, org, { today: "2025-12-15" }), org, options)?.map((p) => [
    p.section,
    p.text,
    p.extraction.figures.map((f) => f.raw),
  ]);

describe("one message about two of the author's sections", () => {
  it("cuts where work done turns to another section, each part with its problems, plans and figures", () => {
    expect(
      split("成果转化这块技术合同登记15份、专利导航服务4家企业，人才方面引进硕士6名，人才驿站还没建", [
        "transfer",
        "talent",
      ]),
    ).toEqual([
      ["transfer", "成果转化这块技术合同登记15份、专利导航服务4家企业", ["15份", "4家"]],
      ["talent", "人才方面引进硕士6名；人才驿站还没建", ["6名"]],
    ]);
  });

  it("counts only the author's sections: a common word of another section (签约项目) does not block the cut", () => {
    expect(
      split("组织企业参加省里的成果对接会，签约项目7个；人才驿站新挂牌2个", ["transfer", "talent"]),
    ).toEqual([
      ["transfer", "组织企业参加省里的成果对接会，签约项目7个", ["7个"]],
      ["talent", "人才驿站新挂牌2个", ["2个"]],
    ]);
    // A part of what was just counted (其中…) stays with it, whatever it names.
    expect(split("开展高企培育辅导，覆盖企业40家，其中研发投入较大的15家", ["hitech", "rd"])).toBeUndefined();
  });

  it("does not cut on a problem or a plan that names another section, nor on going back and forth", () => {
    const options = ["hitech", "rd"];
    expect(
      split("新认定高新技术企业6家。问题：企业研发投入偏低。下一步力争高企达到35家", options),
    ).toBeUndefined();
    expect(
      split("研发费用加计扣除辅导20家，认定高新技术企业3家，研发投入统计报了40家", options),
    ).toBeUndefined();
  });

  it("does not cut for one section only, for a section the author does not report for, or on one keyword", () => {
    expect(split("登记技术合同20份，技术合同成交额900万元", ["transfer", "talent"])).toBeUndefined();
    expect(split("专利申请辅导8家，科普讲座3场", ["transfer", "talent"])).toBeUndefined();
    expect(split("技术合同登记18份，引进新品种3个", ["transfer", "talent"])).toBeUndefined();
  });
});
