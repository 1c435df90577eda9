import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import type { DraftPart } from "../src/drafting/draft-model.js";
import { checkRegister } from "../src/drafting/check-register.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * Lead, round thirty-five (console trial after the merges): 「12月20号前把年度科技统计报上去」 confirmed on 5 December
 * came out 「下一步，12月20日前将年度科技统计报上去。」 — the sent-up verb of chat (报上去、交上去、递上去、送上去) was
 * written as 上报/报送 only before a count. What is moved by 把/将 and sent up is 上报 (报送 for 交/送) at the end of its
 * clause too; 报上去 before a count keeps its rule, and other 上去 (爬上去、跟上去) are untouched.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

describe("sent up, written the 公文 way with no count after it", () => {
  it.each([
    ["将年度科技统计报上去。", "将年度科技统计上报。"],
    ["把考核材料交上去了，", "把考核材料报送，"],
    ["年底前把3家企业的申报书递上去", "年底前把3家企业的申报书上报"],
    ["把样品送上去", "把样品报送"],
  ])("%s → %s", (said, written) => {
    expect(writtenAmounts(said)).toBe(written);
  });

  it.each([
    ["申报研发项目，报上去20余个", "申报研发项目，上报20余项"],
    ["进度总算跟上去了", "进度总算跟上去了"],
    ["报上去的材料退回来了", "报上去的材料退回来了"],
  ])("leaves the rest: %s", (said, written) => {
    expect(writtenAmounts(said)).toBe(written);
  });

  it("the year's remaining work in the draft says 上报", async () => {
    const store = memoryStore();
    await importRows(
      store,
      org,
      [
        {
          row: 1,
          author: "chen-kp",
          section: "popsci",
          date: "2026-12-05",
          text: "12月20号前把年度科技统计报上去",
        },
      ],
      new Date("2026-12-05T00:00:00Z"),
    );
    const parts = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates)).parts;
    const s = parts.find((p: DraftPart) => p.kind === "section" && p.sectionId === "popsci");
    const text = s ? s.items.map((i) => `${i.title}${i.text}`).join("\n") : "";
    expect(text).toContain("年度科技统计上报");
    expect(text).not.toContain("报上去");
    // 「下一步，将…」「近期，将…」 are the document's own leads (like 下半年，我局将…), not chat for the check to flag.
    expect(checkRegister(parts).map((f) => JSON.stringify(f))).toEqual([]);
  });
});
