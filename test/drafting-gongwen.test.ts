import { describe, expect, it } from "vitest";
import {
  checkGongwen,
  fixPunctuation,
  formatFindings,
  loadGongwenRules,
} from "../src/drafting/check-gongwen.js";
import type { DraftPart } from "../src/drafting/draft-model.js";

function part(p: Partial<DraftPart> & Pick<DraftPart, "key" | "kind">): DraftPart {
  return {
    heading: "",
    paragraphs: [],
    items: [],
    status: "draft",
    origin: "llm",
    unverified: [],
    setAside: [],
    sourceIds: [],
    inputHash: "",
    ...p,
  };
}
const item = (text: string, title = "") => ({ title, text, sourceIds: [] });

function doc(year: number): { title: string; parts: DraftPart[] } {
  return {
    title: `示例县科学技术局${year}年工作总结和${year + 1}年工作计划`,
    parts: [
      part({
        key: "opening",
        kind: "opening",
        paragraphs: [
          `${year}年，我局坚持以党的十九大精神为指导，扎实推进各项工作，成效明显。现将${year}年工作总结如下：`,
        ],
      }),
      part({
        key: "section:rd",
        kind: "section",
        heading: "抓项目，强研发，创新能力稳步提升",
        items: [
          item("4月26日组织召开项目申报培训会，成效明显。"),
          item('开展"科技活动周",发放资料1.2万份;成效明显。', "科普宣传扎实推进"),
          item("一是完成专利申请指导5次；二是走访企业12家；四是举办培训2期。", "服务企业"),
          item("新建育苗大棚190米×24米，完成投资×万元，成效明显。", "基地建设"),
        ],
      }),
      part({ key: "problems", kind: "problems", items: [item("研发投入增长放缓")] }),
    ],
  };
}

describe("公文 check", () => {
  it("finds what an office editor fixes by hand, each with its place and a fix", () => {
    const f = checkGongwen(doc(2025));
    const by = (rule: string) => f.filter((x) => x.rule === rule);
    expect(by("outdated")).toEqual([
      expect.objectContaining({
        place: "开头",
        found: "党的十九大精神",
        suggestion: expect.stringContaining("党的二十大精神"),
      }),
    ]);
    expect(by("set-phrase")).toEqual([
      expect.objectContaining({
        found: "「成效明显」4次",
        place: "开头、（一）第1条、（一）第2条、（一）第4条",
      }),
    ]);
    expect(by("number-run")).toEqual([
      expect.objectContaining({ place: "（一）第1条", found: "1.4月26日组织召" }),
    ]);
    expect(by("punctuation").map((x) => x.suggestion)).toEqual([
      expect.stringContaining("直引号"),
      expect.stringContaining("直引号"),
      expect.stringContaining("半角逗号"),
      expect.stringContaining("半角分号"),
    ]);
    expect(by("numbering")).toEqual([
      expect.objectContaining({
        place: "（一）第3条",
        found: "二是之后是四是",
        suggestion: "序号不连续，应为三是",
      }),
    ]);
    // 190米×24米 is a size; only the one blank counts.
    expect(by("placeholder")).toEqual([expect.objectContaining({ found: "「×」1处", place: "（一）第4条" })]);
    expect(formatFindings(f)[0]).toMatch(/^〔公文检查〕开头：党的十九大精神——过时提法/u);
  });

  it("judges formulations by the draft's year", () => {
    expect(checkGongwen(doc(2021)).filter((x) => x.rule === "outdated")).toEqual([]);
  });

  it("finds nothing in clean text", () => {
    const clean = {
      title: "示例县科学技术局2025年工作总结",
      parts: [
        part({ key: "opening", kind: "opening", paragraphs: ["2025年，我局认真学习贯彻党的二十大精神。"] }),
      ],
    };
    expect(checkGongwen(clean)).toEqual([]);
  });

  it("reads the maintained list from data/ and rejects a malformed one", () => {
    expect(loadGongwenRules().outdated.length).toBeGreaterThan(5);
    expect(() => loadGongwenRules("package.json")).toThrow();
  });

  it("fixPunctuation gives Chinese quotes and full-width marks, leaving figures alone", () => {
    expect(fixPunctuation('开展"科技活动周",发放资料1.2万份;效果良好')).toBe(
      "开展“科技活动周”，发放资料1.2万份；效果良好",
    );
    expect(fixPunctuation("规格3.5米,共2,000株")).toBe("规格3.5米，共2,000株");
  });
});
