import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * Trial39, console: 「明年打算在两个乡镇再推广一下」 was planned 「在2个乡镇，推广一下」 — the 再 after a place was read as a
 * run-on's second measure and cut off its place, and 推广一下 kept its chat 一下. 在 + a place + 再 + a verb is one
 * measure (where it is done again); a run-on of two measures still splits at 再.
 */
describe("在 + a place + 再 + a verb is one measure", () => {
  it.each([
    ["明年打算在两个乡镇再推广一下", "在2个乡镇再推广"],
    ["明年在石门村再建两个示范基地", "在石门村再建2个示范基地"],
  ])("「%s」 → 「%s」", (plan, want) => {
    expect(planSentence(plan, "2026-10-02")).toBe(want);
  });

  it("a run-on of two measures still splits", () => {
    expect(planSentence("明年搞个考核办法再新建两个示范基地", "2026-10-02")).toContain("，");
  });
});
