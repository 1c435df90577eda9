import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { figureCheckAnswer } from "../src/drafting/figure-check.js";

/**
 * Round forty-one lead, on the console: 「数字核一下」 answered 「有3处写法和填报原文不同」 and the three were 2026年 in the
 * opening and 2027年 twice in the plan, each 「原文不是这个写法，可能是汉字数字」 — the years of the opening and closing
 * formulas, which nobody reported and which are not data. A year (2026年、2027年度), a month or a day of the month
 * (12月、5日) is a date, not a figure: it is not listed, not counted as written otherwise.
 */
const v = DraftVersionSchema.parse({
  version: 1,
  createdAt: "2026-12-05T00:00:00Z",
  createdBy: "zhou-ju",
  note: "生成",
  title: "示例县科学技术局2026年工作总结和2027年工作计划",
  offline: true,
  parts: [
    {
      key: "opening",
      kind: "opening",
      heading: "",
      origin: "offline",
      items: [],
      paragraphs: ["2026年，我局紧紧围绕年度目标任务，全年高新技术企业申报12家。现将2026年工作总结如下："],
      sourceIds: ["u1"],
    },
    {
      key: "section:rd",
      kind: "section",
      sectionId: "rd",
      sectionName: "科技项目与研发投入",
      heading: "抓项目，强研发",
      origin: "offline",
      items: [
        { title: "", text: "12月上旬举办农民田间学校5期。", sourceIds: ["u1"] },
        { title: "", text: "带动农户120户。", sourceIds: ["u2"] },
      ],
    },
    {
      key: "plan",
      kind: "plan",
      heading: "",
      origin: "offline",
      items: [{ title: "", text: "2027年度力争新增高企5家。", sourceIds: ["u1"] }],
      paragraphs: ["2027年，我局将围绕重点工作推动各项工作提质增效。"],
      sourceIds: ["u1"],
    },
  ],
});
const reports: Record<string, string> = {
  u1: "高企今年共报了12家，12月上旬农民田间学校办了5期，明年力争再新增5家高企",
  u2: "带动农户120个",
};
const label = Object.assign((id: string) => `#${id.slice(1)}`, { textOf: (id: string) => reports[id] });

describe("a figure check lists figures, not the dates of the formulas", () => {
  it("years, months and days are not listed or counted as written otherwise", () => {
    const out = figureCheckAnswer(v, v.parts, "数字核一下", label);
    expect(out).not.toMatch(/2026年|2027年|12月/);
    expect(out).not.toContain("可能是汉字数字");
    expect(out).toContain("12家");
    expect(out).toContain("5期");
    expect(out).toContain("5家");
    // The one figure written otherwise is the unit the drafter changed: 120个 → 120户.
    expect(out).toContain("有1处写法和填报原文不同");
    expect(out).toContain("120户（原文「120个」）");
  });

  it("a count of months or days is still a figure", () => {
    const w = DraftVersionSchema.parse({
      ...v,
      parts: [
        { ...v.parts[1], items: [{ title: "", text: "驻村帮扶3个月，连续培训5天。", sourceIds: ["u3"] }] },
      ],
    });
    const out = figureCheckAnswer(
      w,
      w.parts,
      "数字核一下",
      Object.assign(label, { textOf: () => "驻村3个月 培训连着5天" }),
    );
    expect(out).toContain("3个月");
    expect(out).toContain("5天");
  });
});
