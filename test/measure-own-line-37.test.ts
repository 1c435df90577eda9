import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * Trial37, found on the console: once 「有两家材料不全 明年再报」 was written as its measure (推动材料不全的2家规上企业申报),
 * that measure of the 项目 line also silenced 高企's 「2家高企材料不全」, which has no measure at all — the plan part matched
 * problems to measures by shared words across all work lines. The class: a measure answers the problems of its own work line
 * (the sections of the updates it was written from); a problem of another line is still listed for the reviewer.
 */
const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [
    { id: "rd", name: "科技项目与研发投入" },
    { id: "hitech", name: "高新技术企业与创新平台" },
  ],
  people: [
    { id: "a", name: "甲", role: "staff", sections: ["rd"] },
    { id: "b", name: "乙", role: "staff", sections: ["hitech"] },
  ],
});

describe("a measure answers the problems of its own work line", () => {
  it("the 高企 problem with no measure stays listed beside the 项目 measure that says the same trouble", async () => {
    const draft = await offlineDraftOfRows(org, [
      {
        author: "a",
        section: "rd",
        date: "2026-11-20",
        text: "帮企业搞研发费用加计扣除政策宣讲，跑了23家规上企业，有两家材料不全 明年再报",
      },
      { author: "b", section: "hitech", date: "2026-11-20", text: "今年过了3家高企，还有两家材料不全" },
    ]);
    const plan = draft.parts.find((p) => p.kind === "plan")!;
    expect(plan.items.map((i) => i.text).join("")).toContain("推动材料不全的2家规上企业申报");
    expect(plan.unanswered).toEqual(["2家高新技术企业材料不全"]);
  });

  it("a measure of the same line still answers by its words", async () => {
    const draft = await offlineDraftOfRows(org, [
      { author: "b", section: "hitech", date: "2026-11-20", text: "今年过了3家高企，孵化场地不足" },
      { author: "b", section: "hitech", date: "2026-11-22", text: "明年新建孵化场地2000平方米" },
    ]);
    const plan = draft.parts.find((p) => p.kind === "plan")!;
    expect(plan.unanswered).toEqual([]);
  });
});
