import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { offlineParts } from "./helpers/offline-parts.js";

/**
 * lead47 (CLI import and draft): 「研发投入这块 上半年统计下来四点二个亿」 was drafted 「4.2个亿」 — spoken money, where a 公文
 * writes 4.2亿元 (and 两个多亿 → 2亿余元). The figure stays what the scanner read.
 */
describe("a sum said in 个亿 is written in 亿元", () => {
  const cases: Array<[string, string]> = [
    ["研发投入上半年统计下来四点二个亿", "4.2亿元"],
    ["全县研发投入两个多亿", "2亿余元"],
    ["招商到位资金三个亿", "3亿元"],
    ["签约项目总投资十二个亿", "12亿元"],
    ["投资1.5个亿", "1.5亿元"],
    ["總投資八個億", "8亿元"],
  ];
  for (const [said, want] of cases)
    it(`${said} → ${want}`, () => {
      const w = cleanChat(said, "2026-12-05");
      expect(w).toContain(want);
      expect(w).not.toMatch(/个多?亿/u);
    });
  it("a sum already written in 亿元 is left alone", () => {
    expect(cleanChat("全年研发投入4.2亿元", "2026-12-05")).toContain("4.2亿元");
    expect(cleanChat("全年研发投入4.2亿元", "2026-12-05")).not.toContain("亿元元");
  });
  it("the draft item carries 4.2亿元 and the opening the same", async () => {
    const { work } = await offlineParts(
      "rd",
      "li-rd",
      "2026-07-02",
      "规上工业企业研发投入这块 上半年统计下来四点二个亿",
    );
    expect(work).toContain("4.2亿元");
    expect(work).not.toContain("个亿");
  });
});
