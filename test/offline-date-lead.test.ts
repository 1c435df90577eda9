import { describe, expect, it } from "vitest";
import { checkGongwen } from "../src/drafting/check-gongwen.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { parseOrg } from "../src/domain/org.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * Seen in `npm run demo`: the offline draft wrote 「1.2025年5月19日至5月23日组织全县科技活动周…」 and its own
 * 公文 check then flagged it (「1.2025」 reads as a decimal). An item that opens with a date and then says
 * what was done says when with 于; one whose date comes before a subject is left for the reviewer.
 */
const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [{ id: "pop", name: "科普宣传与培训" }],
  people: [{ id: "c", name: "丙", role: "staff", sections: ["pop"] }],
});

async function draftOf(text: string) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    [{ row: 1, author: "c", section: "pop", date: "2026-11-20", text }],
    new Date("2026-12-01T00:00:00Z"),
  );
  return draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
}
const firstItem = (d: Awaited<ReturnType<typeof draftOf>>) =>
  d.parts.find((p) => p.kind === "section" && p.items.length > 0)?.items[0]?.text ?? "";

describe("an offline item that opens with a date", () => {
  it.each([
    [
      "2026年5月19日至5月23日组织全县科技活动周，群众参与1500人次",
      "于2026年5月19日至5月23日组织全县科技活动周",
    ],
    ["5月份开展了科技特派员培训3期", "于2026年5月"],
    ["2026年9月中旬赴省农科院对接项目2个", "于2026年9月中旬赴省农科院"],
  ])("「%s」 says when with 于, and the 公文 check finds no 「1.2026」", async (text, start) => {
    const d = await draftOf(text);
    expect(firstItem(d).startsWith(start)).toBe(true);
    expect(checkGongwen(d, { year: 2026 }).filter((f) => f.rule === "number-run")).toEqual([]);
  });

  it("leaves a date before a subject as it is", async () => {
    const d = await draftOf("2026年6月全县科技周活动圆满结束，参与群众2000人次");
    expect(firstItem(d).startsWith("2026年6月全县")).toBe(true);
  });
});
