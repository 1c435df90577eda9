import { describe, expect, it } from "vitest";
import { checkGongwen } from "../src/drafting/check-gongwen.js";
import { offlineDraftOf } from "./fixtures/drafting/one-section-draft.js";

/**
 * Seen in `npm run demo`: the offline draft wrote 「1.2025年5月19日至5月23日组织全县科技活动周…」 and its own
 * 公文 check then flagged it (「1.2025」 reads as a decimal). An item that opens with a date and then says
 * what was done says when with 于; one whose date comes before a subject is left for the reviewer.
 */
const draftOf = (text: string) => offlineDraftOf([text]);
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
