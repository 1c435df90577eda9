import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { type DraftRow, offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * The offline opening lists the year's results after 「全年，」: a clause typed with the month its one event fell in
 * (「10月份帮5家企业申报高企」) reads 「全年，10月帮助…」 — as if the year were that month (lead's console trial, round
 * thirty-six). The month goes, as a day did before; a month that opens the stretch counted (「1月至10月」「6月以来」) stays.
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

async function openingOf(rows: readonly DraftRow[]) {
  const parts = (await offlineDraftOfRows(org, rows)).parts;
  return parts.find((p) => p.kind === "opening")!.paragraphs[0]!;
}

describe("the opening's results, without the month one event fell in", () => {
  it("drops a month alone or with 份 at a clause's head", async () => {
    const opening = await openingOf([
      { author: "a", section: "proj", date: "2026-10-20", text: "10月份帮5家企业申报高企 过了3家" },
      { author: "b", section: "pop", date: "2026-09-25", text: "9月组织科技活动周，参加群众1200人次" },
    ]);
    for (const raw of ["5家", "1200人次"]) expect(opening).toContain(raw);
    expect(opening).not.toMatch(/[，,、]\d{1,2}月(?!至)/u);
  });

  it("keeps a month that opens the stretch counted", async () => {
    const opening = await openingOf([
      {
        author: "a",
        section: "proj",
        date: "2026-11-02",
        text: "3月起在全县推行特派员积分管理，覆盖特派员85名",
      },
      { author: "b", section: "pop", date: "2026-11-03", text: "6月以来累计开展科普进校园活动14场" },
    ]);
    expect(opening).toContain("3月起");
    expect(opening).toContain("6月以来");
  });
});
