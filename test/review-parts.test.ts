import { describe, expect, it } from "vitest";
import { markedChanges } from "../src/drafting/compare-versions.js";
import { resolvePart, withSectionName } from "../src/drafting/resolve-part.js";
import { sampleVersion } from "./fixtures/drafting/make-material.js";

/** Part names as reviewers type them, and the word-level marks of 对比. */
const v = sampleVersion();
const key = (args: string) => resolvePart(v, args).part?.key;

describe("resolvePart", () => {
  it("reads brackets as sections and 二、/三、 as the level-one parts", () => {
    expect(key("（三） 再精炼")).toBe("section:envoy");
    expect(key("(2)再精炼")).toBe("section:popsci");
    expect(key("第（二）部分 再精炼")).toBe("section:popsci");
    expect(key("三、 目标更具体")).toBe("plan");
    expect(key("二、 问题写实")).toBe("problems");
    expect(resolvePart(v, "一、 全部重写").hint).toContain("（一）");
  });

  it("asks about 「第三部分」 when both 三、 and （三） exist; 第N部分 beyond three is a section", () => {
    const r = resolvePart(v, "第三部分目标不够具体");
    expect(r.ambiguous?.map((p) => p.key)).toEqual(["plan", "section:envoy"]);
    expect(r.rest).toBe("目标不够具体");
    expect(key("第四部分 补充")).toBe("section:party");
    expect(resolvePart(v, "第九部分 补充").hint).toContain("只有 4 个部分");
  });

  it("reads 开头, 问题, 计划 and their longer names, a section's name, part of it, or its heading", () => {
    expect(key("开头 更简洁")).toBe("opening");
    expect(key("存在的问题 写实些")).toBe("problems");
    expect(key("下一年工作计划 量化")).toBe("plan");
    expect(key("计划：量化")).toBe("plan");
    expect(key("科普宣传与培训 再精炼")).toBe("section:popsci");
    expect(key("科普 再精炼")).toBe("section:popsci");
    const heading = v.parts.find((p) => p.key === "section:rd")?.heading ?? "";
    expect(key(`${heading} 再精炼`)).toBe("section:rd");
    expect(resolvePart(v, "科技 再精炼").ambiguous?.length).toBeGreaterThan(1);
    expect(key("再精炼些")).toBeUndefined();
  });
});

describe("withSectionName", () => {
  const sections = [
    { name: "高新技术企业与创新平台", aliases: ["高企", "创新平台", "平台"] },
    { name: "科技项目与研发投入", aliases: ["项目", "研发", "项目科"] },
    { name: "科普宣传与培训", aliases: ["科普", "宣传", "培训"] },
    { name: "党建与作风建设", aliases: ["党建"] },
    { name: "机关党务", aliases: ["党建"] },
  ];
  it("writes a roster alias the name lacks as the section's name, and leaves the rest alone", () => {
    expect(withSectionName("高企 再精炼", sections)).toBe("高新技术企业与创新平台 再精炼");
    expect(withSectionName("项目科那段写短点", sections)).toBe("科技项目与研发投入那段写短点");
    expect(withSectionName("科普 再精炼", sections)).toBe("科普 再精炼");
    expect(withSectionName("党建 再精炼", sections)).toBe("党建 再精炼");
    expect(withSectionName("（三） 再精炼", sections)).toBe("（三） 再精炼");
  });
});

describe("markedChanges", () => {
  it("marks inserted and deleted words inside the changed line only", () => {
    const before = "1.举办科技活动周，当天1500名群众参与。\n2.发放资料1.2万份。";
    const after = "1.举办科技活动周，1500余名群众参与。\n2.发放资料1.2万份。";
    expect(markedChanges(before, after)).toEqual(["1.举办科技活动周，［-当天］1500［+余］名群众参与。"]);
  });
});
