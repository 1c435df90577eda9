import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * A problem that leaves its thing to the figure before it (「…申报高企 过了3家，还有两家材料不全」) is written in the
 * problems part with that thing put back (「2家企业材料不全」), the part being read on its own (lead's console trial,
 * round thirty-six). A count that names its own thing keeps it, and falling short of a standard (不达标) is a problem, not
 * work put back among the work items.
 */
const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [{ id: "proj", name: "科技项目" }],
  people: [{ id: "a", name: "甲", role: "staff", sections: ["proj"] }],
});

async function partsOf(text: string) {
  const parts = (await offlineDraftOfRows(org, [{ author: "a", section: "proj", date: "2026-10-12", text }]))
    .parts;
  return parts;
}
async function problemsOf(text: string): Promise<string[]> {
  return (await partsOf(text)).find((p) => p.kind === "problems")!.items.map((i) => i.text);
}

describe("a problem's elided thing", () => {
  it.each([
    ["10月份帮5家企业申报高企 过了3家，还有两家材料不全 明年再报", "2家企业材料不全"],
    ["走访了12个村的科技示范户，有3个村还没通宽带", "3个村"],
    ["组织8所学校参加科技创新大赛，还有2所没报作品 材料不全", "2所学校"],
  ])("「%s」 — the problem says 「%s」", async (text, want) => {
    const problems = (await problemsOf(text)).join("；");
    expect(problems).toContain(want);
  });

  it("a count that names its own thing keeps it", async () => {
    const problems = (await problemsOf("帮5家企业申报研发中心，2家研发中心场地不达标")).join("；");
    expect(problems).toContain("2家研发中心");
    expect(problems).not.toContain("企业研发中心");
    const work = (await partsOf("帮5家企业申报研发中心，2家研发中心场地不达标")).find(
      (p) => p.key === "section:proj",
    )!;
    expect(work.items.map((i) => i.text).join("")).not.toContain("不达标");
  });

  it("the plan that takes up what is left counts it in digits, as the problem does", async () => {
    const parts = await partsOf("10月份帮5家企业申报高企 过了3家，还有两家材料不全 明年再报");
    const plan = parts
      .find((p) => p.kind === "plan")!
      .items.map((i) => i.text)
      .join("");
    expect(plan).toContain("其余2家");
    expect(plan).not.toMatch(/[两二三四五六七八九十]家/u);
  });
});
