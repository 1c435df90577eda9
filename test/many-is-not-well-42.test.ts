import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * draft42 console trial: 「问题是好多老人智能手机不会用」 was read as something that went well (its 好多 has 好) and
 * reached the work items as 「问题是好多老人…」 while 二、 had nothing of it. 好多、好几、好些 say how many, not how well.
 */
const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [{ id: "proj", name: "科技项目" }],
  people: [{ id: "a", name: "甲", role: "staff", sections: ["proj"] }],
});

async function parts(text: string) {
  return (await offlineDraftOfRows(org, [{ author: "a", section: "proj", date: "2026-10-12", text }])).parts;
}
const textOf = async (text: string, kind: string) =>
  (await parts(text))
    .filter((p) => p.kind === kind)
    .flatMap((p) => p.items.map((i) => i.text))
    .join("；");

describe("好多 (many) in a problem is no sign that it went well", () => {
  it.each([
    ["问题是好多老人智能手机不会用", "不会使用智能手机"],
    ["问题是好几个村的站点没人管", "站点无人管护"],
  ])("「%s」 is a problem, not a work item", async (said, want) => {
    expect(await textOf(said, "problems")).toContain(want);
    expect(await textOf(said, "section")).not.toContain("问题是");
  });
  it("「问题是群众反响挺好」 is still no problem", async () => {
    expect(await textOf("走访了12个村，问题是群众反响挺好", "problems")).not.toContain("反响");
  });
});
