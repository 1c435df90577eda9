import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { splitBySection } from "../src/domain/split-by-section.js";

/**
 * Round fifty-one (lead, console trial): 何婷's 「【本周工作】1.组织辖区12家企业参加高企申报培训 2.走访科技型中小企业5家，了解研发
 * 费用加计扣除落实情况 3.下周计划赴市科技局对接项目」 showed 「【工作】 1」 and 「.组织辖区 12家企业」 as figures (the list number
 * after 】 was not cut), and 「了解研发费用加计扣除落实情况」 was cut off from the visit it was the purpose of into another section.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const read = (t: string) => extractUpdate(t, org, { today: "2026-12-07" } as never);

describe("a time header in brackets is the title, not work", () => {
  it.each([
    "【本周工作】1.组织辖区12家企业参加高企申报培训 2.走访科技型中小企业5家",
    "【工作动态】1、组织辖区12家企业参加高企申报培训；2、走访科技型中小企业5家",
    "[本月工作]1.组织辖区12家企业参加高企申报培训 2.走访科技型中小企业5家",
    "【12月第一周】1.组织辖区12家企业参加高企申报培训 2.走访科技型中小企业5家",
  ])("「%s」 reads two items and two figures", (said) => {
    const ex = read(said);
    expect(ex.items.map((i) => i.text)).toEqual([
      "组织辖区12家企业参加高企申报培训",
      "走访科技型中小企业5家",
    ]);
    expect(ex.figures.map((f) => f.raw)).toEqual(["12家", "5家"]);
  });

  it("a topic in brackets stays: 【科普】 says where the work goes", () => {
    expect(read("【科普】进校园讲座3场").items[0]!.text).toContain("科普");
  });
});

describe("a purpose piece stays with the act before it", () => {
  it.each([
    "走访科技型中小企业5家，了解研发费用加计扣除落实情况",
    "到高企走访3家，摸清研发投入底数",
    "下乡走访特派员服务点4个，宣传成果转化政策",
  ])("「%s」 is not cut at the comma", (said) => {
    const ex = read(said);
    const parts = splitBySection(ex, org, ["rd", "hitech", "transfer", "envoy"]);
    expect(parts === undefined || parts.length === 1).toBe(true);
  });

  it("two acts each with a count are still cut", () => {
    const ex = read("成果转化那边登记技术合同18份，人才这块引进博士2名");
    expect(splitBySection(ex, org, ["transfer", "talent"])?.length).toBe(2);
  });
});
