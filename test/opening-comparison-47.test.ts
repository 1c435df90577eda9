import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * lead47 (console): 李明 reported 「组织了6家企业申报省级研发平台，批下来4家」 and 赵丽 「技术合同登记38项 成交额一千二百多万
 * 比去年多了百分之二十几」. The offline opening read 「…成交额1200多万元，组织6家企业申报省级研发平台，比2025年增长20%几」: 赵丽's
 * rise hung on 李明's work, and 「百分之二十几」 came out as 「20%几」.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function opening(rows: Array<[string, string, string]>): Promise<string> {
  const store = memoryStore();
  await importRows(
    store,
    org,
    rows.map(([author, section, text], i) => ({ row: i + 1, author, section, date: "2026-11-20", text })),
    new Date("2026-12-20T00:00:00Z"),
  );
  const d = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
  return d.parts.find((p) => p.kind === "opening")?.paragraphs.join("") ?? "";
}

describe("the opening never hangs a comparison on someone else's clause", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "今年促成技术合同登记38项 成交额一千二百多万 比去年多了百分之二十几",
      "成交额",
      /成交额1200多万元，比2025年增长20%以上/u,
    ],
    ["技术合同成交额3600万元，同比增长百分之十五", "成交额", /成交额3600万元，同比增长15%/u],
    ["专利授权量达到215件，较上年提高了百分之十二", "专利", /专利授权量达到215件，较上年提高12%/u],
  ];
  for (const [said, topic, joined] of cases) {
    it(`${said} — its rise stays with its own figure`, async () => {
      const text = await opening([
        ["li-rd", "rd", "今年组织了6家企业申报省级研发平台，批下来4家"],
        ["zhao-zh", "transfer", said],
      ]);
      expect(text).toContain(topic);
      // Never after 李明's clause, never alone after 「全年，」.
      expect(text).not.toMatch(/研发平台(?:，获批4家)?，(?:比|同比|较)/u);
      expect(text).not.toMatch(/全年，(?:比|同比|较)/u);
      if (joined.test(text)) return;
      // Either joined to its figure, or left out of the opening entirely.
      expect(text).not.toMatch(/(?:比2025年|同比|较上年)(?:增长|提高)/u);
    });
  }

  it("a comparison that is its own update's only clause with a figure is not quoted", async () => {
    const text = await opening([
      ["li-rd", "rd", "今年组织了6家企业申报省级研发平台，批下来4家"],
      ["zhao-zh", "transfer", "技术合同这块 比去年增长了百分之三十"],
    ]);
    expect(text).not.toMatch(/比2025年增长30%/u);
    expect(text).toContain("组织6家企业申报省级研发平台");
  });

  it("the rise and its figure are both in the opening when they are its headline", async () => {
    const text = await opening([
      ["zhao-zh", "transfer", "今年技术合同成交额一千二百多万 比去年多了百分之二十几"],
    ]);
    expect(text).toMatch(/成交额1200多万元，比2025年增长20%以上/u);
  });
});

describe("a rate said roughly is written as a floor, never 「20%几」", () => {
  const cases: Array<[string, string]> = [
    ["比去年多了百分之二十几", "比2025年增长20%以上"],
    ["同比增长百分之二十多", "同比增长20%以上"],
    ["增长了百分之十几", "增长10%以上"],
    ["覆盖率百分之三十来", "覆盖率30%左右"],
    ["增长了20%多", "增长20%以上"],
    ["百分之九十几嘅企业都用上咗", "90%以上"],
    ["好評率百分之九十多", "好评率90%以上"],
  ];
  for (const [said, want] of cases)
    it(`${said} → ${want}`, () => {
      expect(cleanChat(said, "2026-12-05")).toContain(want);
      expect(cleanChat(said, "2026-12-05")).not.toMatch(/%[几多来余]/u);
    });
  const untouched: Array<[string, string]> = [
    ["增长了百分之十五左右", "增长15%左右"],
    ["二十几家企业", "20余家企业"],
    ["提高了二十几个百分点", "提高20余个百分点"],
    ["占比百分之四十", "占比40%"],
  ];
  for (const [said, want] of untouched)
    it(`${said} stays ${want}`, () => expect(cleanChat(said, "2026-12-05")).toContain(want));
});
