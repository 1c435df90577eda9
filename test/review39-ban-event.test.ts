import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Review39 (document-words.ts): 办了 + a count of cases or filings is 办理, but a count of events is held, 举办 — round
 * 38's list of events for it was shorter than clean-chat.ts's EVENT, so 「办了3项活动」 was written 「办理3项活动」.
 */
describe("办了 + a count of events is 举办", () => {
  it.each([
    ["今年办了3项活动", "举办3项活动"],
    ["办了2项技能培训", "举办2项技能培训"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-11-20")).toContain(want);
  });

  it("a count of filings is still 办理", () => {
    expect(cleanChat("帮企业办了2件专利转让登记", "2026-11-20")).toContain("办理2件专利转让登记");
  });
});
