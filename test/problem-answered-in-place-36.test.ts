import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { type DraftRow, offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";
import { answeredRightAfter } from "../src/drafting/problem-measures.js";

/**
 * A measure typed right after its problem in the same message (「…两家材料不全 明年再报」), pointing back at it, answers it:
 * the plan part must not tell the reviewer 「问题…在计划中没有对应措施」 beside that very measure (lead's console trial,
 * round thirty-six). A plan typed next to a problem that does not point back at it is still checked by its words.
 */
const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [
    { id: "proj", name: "科技项目" },
    { id: "pop", name: "科普宣传" },
  ],
  people: [
    { id: "a", name: "甲", role: "staff", sections: ["proj"] },
    { id: "b", name: "乙", role: "staff", sections: ["pop"] },
  ],
});

async function unansweredOf(rows: readonly DraftRow[]) {
  const plan = (await offlineDraftOfRows(org, rows)).parts.find((p) => p.kind === "plan")!;
  return { plan, unanswered: plan.unanswered ?? [] };
}

describe("a measure said right after its problem", () => {
  it.each([
    ["a", "proj", "9月帮6家企业报了科技型中小企业 批了4家，还有两家佐证材料不全 明年再报"],
    ["b", "pop", "科普大篷车进了8个村，有3个村的场地没落实，打算明年重新对接"],
    ["a", "proj", "研发费用加计扣除宣讲搞了2场 还有5家企业账目不规范，明年上门帮他们逐家整改"],
  ])("%s (%s): 「%s」 — its problem is not listed as unanswered", async (author, section, text) => {
    const { plan, unanswered } = await unansweredOf([{ author, section, date: "2026-10-12", text }]);
    expect(plan.items.length).toBeGreaterThan(0);
    expect(unanswered).toEqual([]);
  });

  it("a plan next to a problem that does not point back at it leaves the problem for the reviewer", async () => {
    const { unanswered } = await unansweredOf([
      {
        author: "b",
        section: "pop",
        date: "2026-10-12",
        text: "科普馆的展品老化严重，明年要组织5场青少年科普讲座",
      },
    ]);
    expect(unanswered).toHaveLength(1);
    expect(unanswered[0]).toContain("老化");
  });

  it("reads only a plan said right after the problem, in its own message", () => {
    const plans = ["明年再报"];
    expect(answeredRightAfter("还有两家材料不全 明年再报", "还有两家材料不全", plans)).toBe(true);
    expect(answeredRightAfter("还有两家材料不全，所以明年再报", "还有两家材料不全", plans)).toBe(true);
    // Other work between them: the plan is not the problem's.
    expect(
      answeredRightAfter("还有两家材料不全，另外科普月办了3场，明年再报", "还有两家材料不全", plans),
    ).toBe(false);
    // 再 + more of the work is no taking up again.
    const more = "部分村群众参与积极性不高。明年计划再新建示范基地两个";
    expect(answeredRightAfter(more, "部分村群众参与积极性不高", ["明年计划再新建示范基地两个"])).toBe(false);
    // The plan before the problem.
    expect(answeredRightAfter("明年再报，还有两家材料不全", "还有两家材料不全", plans)).toBe(false);
  });
});
