import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { type DraftRow, offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * Trial36b (left over by trial36's console run): the offline opening lists the year's results after 「全年，」, and a
 * result that says the stretch it counts or the event it fell in came straight after it — 「全年，6月以来累计…」
 * 「全年，科技活动周期间在…举办…」, the year read as that stretch. Such clauses now follow the others; when all have one,
 * the list opens without 「全年，」. The stretch itself stays (it says what the figure counts).
 */
const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [
    { id: "proj", name: "科技项目" },
    { id: "pop", name: "科普宣传" },
    { id: "tal", name: "人才服务" },
  ],
  people: [
    { id: "a", name: "甲", role: "staff", sections: ["proj"] },
    { id: "b", name: "乙", role: "staff", sections: ["pop"] },
    { id: "c", name: "丙", role: "staff", sections: ["tal"] },
  ],
});

async function openingOf(rows: readonly DraftRow[]) {
  const parts = (await offlineDraftOfRows(org, rows)).parts;
  return parts.find((p) => p.kind === "opening")!.paragraphs[0]!;
}

describe("the opening's 全年 is not followed by a stretch of the year", () => {
  it("puts a clause with its own stretch after one without", async () => {
    const opening = await openingOf([
      {
        author: "b",
        section: "pop",
        date: "2026-11-03",
        text: "7月以来累计举办乡村科普大讲堂16场，听众2100人次",
      },
      { author: "a", section: "proj", date: "2026-10-20", text: "组织申报省级科技计划项目9项，立项4项" },
      { author: "c", section: "tal", date: "2026-09-12", text: "三季度以来帮助企业引进急需紧缺人才23名" },
    ]);
    for (const raw of ["16场", "9项", "7月以来"]) expect(opening).toContain(raw);
    expect(opening).not.toMatch(/(?:全年|上半年)，(?:\d{1,2}月|[上下]半年|[\u4e00-\u9fff]{2,8}?期间)/u);
  });

  it("opens the list without 全年 when every clause has its own", async () => {
    const opening = await openingOf([
      {
        author: "b",
        section: "pop",
        date: "2026-05-25",
        text: "科技周期间在文化广场开展科普展览，发放资料3000份",
      },
      { author: "a", section: "proj", date: "2026-11-02", text: "4月起推行项目经理制，覆盖在研项目31个" },
    ]);
    for (const raw of ["3000份", "31个", "4月起"]) expect(opening).toContain(raw);
    expect(opening).not.toMatch(/全年，/u);
  });
});
