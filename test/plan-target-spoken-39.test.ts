import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * Trial39, console: 「到位资金650万，明年力争过千万」 was planned 「力争过千万。」 — no subject, a spoken 过, and a number
 * in characters the 定稿 check then asked the leader to fix. A target reached with a spoken 过/破 is 突破 in writing,
 * takes what it measures from its message as a target with 突破/达到 already does (plan-target-object.ts), and a
 * round 千万/百万 said alone is written in digits.
 */
describe("a spoken target (过千万、破3亿) is written with its subject and 突破", () => {
  it.each([
    [
      "项目申报这块，今年争取到省级项目8个，到位资金650万，明年力争过千万",
      "明年力争过千万",
      "力争到位资金突破1000万元",
    ],
    ["技术合同成交额2.3亿，明年争取破3亿", "明年争取破3亿", "争取技术合同成交额突破3亿元"],
  ])("「%s」: 「%s」 → 「%s」", (message, plan, want) => {
    expect(planSentence(plan, "2026-10-02", message)).toBe(want);
  });

  it("with nothing measured in the message, nothing is guessed", () => {
    expect(planSentence("明年力争过千万", "2026-10-02", "明年力争过千万")).not.toContain("突破");
  });
});
