import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * Console trial, round thirty-seven: 「今年帮扶企业申报高企，过了5家，还有2家材料没弄齐，明年接着报」 put 「接着报」 in the
 * plan — the plan goes on with work its message said, and a written plan names that work.
 */
describe("a plan that only goes on with the message's work (round thirty-seven)", () => {
  const day = "2026-12-05";
  it.each([
    ["明年接着报", "今年组织企业申报省级科技项目14项，立项6项，明年接着报", "继续申报省级科技项目"],
    ["明年继续办", "今年办了农村实用技术培训班5期，培训农民300人，明年继续办", "继续举办农村实用技术培训班"],
    ["下一步接着建", "今年新建科普e站8个，下一步接着建", "继续新建科普e站"],
  ])("「%s」 (message: %s) → 「%s」", (plan, context, written) => {
    expect(planSentence(plan, day, context)).toBe(written);
  });

  it("takes what is left, counted, when the message counts it", () => {
    expect(
      planSentence("明年接着报", day, "今年帮扶企业申报高企，过了5家，还有2家材料没弄齐，明年接着报"),
    ).toBe("推动其余2家申报");
  });

  it("stays as it was when the message never said the verb with an object", () => {
    // draft49: no longer a bare 「接着报」 — the verb as written and a visible blank for what is reported, nothing made up.
    expect(planSentence("明年接着报", day, "明年接着报")).toBe("继续申报×");
  });
});
