import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * draft49 (round-48 leftover): 「继续申报。」 stood bare in 三、 when the message named no object. The plan now says what the
 * message knows — the object said before the verb (高企申报了5家 → 继续申报高新技术企业) — or leaves a visible blank
 * (继续申报×) for the reviewer; it never makes a thing up.
 */
const date = "2026-12-05";
describe("a bare 继续 + verb plan says what is known, or leaves ×", () => {
  it.each([
    ["明年继续申报", "今年高企申报了5家，明年继续申报", "继续申报高新技术企业"],
    ["明年接着办", "农民夜校办了8期 明年接着办", "继续举办农民夜校"],
  ])("「%s」 after 「%s」 → %s", (plan, context, want) => {
    expect(planSentence(plan, date, context)).toBe(want);
  });

  it.each([
    ["继续申报", ""],
    ["明年继续申报", "今年跑了二十多家企业"],
  ])("「%s」 with nothing that names it → 继续申报×, nothing made up", (plan, context) => {
    const out = planSentence(plan, date, context);
    expect(out).toBe("继续申报×");
  });

  it("a plan that names its object is left alone", () => {
    expect(planSentence("明年继续申报省级科技项目", date, "")).toBe("继续申报省级科技项目");
  });
});
