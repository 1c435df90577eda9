import { describe, expect, it } from "vitest";
import { checkGongwen } from "../src/drafting/check-gongwen.js";
import { offlineDraftOf } from "./fixtures/drafting/one-section-draft.js";

/**
 * More verbs of work after a date opening an offline item (lead's console trial, round thirty-six: 「1.2026年10月帮助5家
 * 企业申报…」 was flagged by the draft's own 公文 check): helping, pushing on, carrying out, checking, receiving, signing —
 * each says when with 于. A date before a subject still stays for the reviewer.
 */
const draftOf = (text: string) => offlineDraftOf([text]);
const firstItem = (d: Awaited<ReturnType<typeof draftOf>>) =>
  d.parts.find((p) => p.kind === "section" && p.items.length > 0)?.items[0]?.text ?? "";

describe("an offline item opening with a date and a verb of work", () => {
  it.each([
    ["10月份帮5家企业申报高企", "于2026年10月帮助5家企业"],
    ["2026年7月推动3家企业建立研发机构", "于2026年7月推动3家企业"],
    ["8月下旬督导4个乡镇的科普示范点建设", "于2026年8月下旬督导4个乡镇"],
    ["3月份签订产学研合作协议6份", "于2026年3月签订产学研合作协议6份"],
    ["6月接待省里考察团2批", "于2026年6月接待"],
  ])("「%s」 opens 「%s」, and the 公文 check finds no 「1.2026」", async (text, start) => {
    const d = await draftOf(text);
    expect(firstItem(d).startsWith(start)).toBe(true);
    expect(checkGongwen(d, { year: 2026 }).filter((f) => f.rule === "number-run")).toEqual([]);
  });

  it("leaves a date before a subject as it is", async () => {
    const d = await draftOf("2026年9月全县科普日活动顺利举办，参与群众3000人次");
    expect(firstItem(d).startsWith("2026年9月全县")).toBe(true);
  });
});
