import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * lead47 (console, guided filling): 李明 answered the plan question 「有两家材料没弄完 明年再报」 after saying 「今年组织了6家企业
 * 申报省级研发平台」; the offline plan read 「持续抓好科技项目与研发投入。报。」 — 明年 and 再 gone, a bare verb left. A bare verb
 * points back at the work of its message, as 「明年接着报」 already did.
 */
const date = "2026-12-05";
describe("a plan that is only a verb once its year is gone names the work it goes on with", () => {
  const cases: Array<[string, string, string]> = [
    ["明年再报", "今年组织了6家企业申报省级研发平台，批下来4家", "继续申报省级研发平台"],
    ["明年再报吧", "今年组织了6家企业申报省级研发平台，批下来4家", "继续申报省级研发平台"],
    ["明年再申报", "帮企业申报高新技术企业 过了五家", "继续申报高新技术企业"],
    ["来年再報", "今年幫企業申報高新技術企業，過了5家", "继续申报高新技术企业"],
    ["明年再办", "今年办了农村实用技术培训班5期", "继续举办农村实用技术培训班"],
    ["明年接着报", "组织企业申报市级研发项目20多项", "继续申报市级研发项目"],
  ];
  for (const [plan, context, want] of cases)
    it(`${plan} after 「${context}」 → ${want}`, () => expect(planSentence(plan, date, context)).toBe(want));

  const untouched: Array<[string, string, string]> = [
    // A plan that names its object keeps it.
    ["明年再报3个项目", "今年组织了6家企业申报省级研发平台", "报3个项目"],
    ["明年再申报2家省级平台", "今年组织了6家企业申报省级研发平台", "申报2家省级平台"],
  ];
  for (const [plan, context, want] of untouched)
    it(`${plan} keeps its own object`, () => expect(planSentence(plan, date, context)).toContain(want));

  it("with no work that says the verb with an object, nothing is made up for it", () => {
    // draft49: no longer a bare 「报」: the verb as written and a visible blank for what is reported (继续申报×).
    expect(planSentence("明年再报", date, "今年走访企业30家")).not.toMatch(/走访|企业/u);
    expect(planSentence("明年再报", date, "今年走访企业30家")).toContain("申报×");
  });
});
