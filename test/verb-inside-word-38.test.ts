import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial38, class 6 (found while checking class 3): the word rule 办了 → 举办 also fired inside words that already end
 * in 办 — 「今年举办了3场讲座」 became 「举举办3场讲座」, 「承办了2次比赛」 「承举办…」 — and 开了 → 召开 inside 公开了、展开了
 * (「公召开政务信息」). A spoken verb is written out only when it stands alone, not as the last character of a word.
 */
describe("a spoken verb inside a word is not written out again", () => {
  it.each([
    ["今年举办了3场讲座", "举办3场讲座"],
    ["举办了6期培训班", "举办6期培训班"],
    ["承办了2次比赛", "承办了2次比赛"],
    ["开办了5期夜校", "开办了5期夜校"],
    ["公开了政务信息120条", "公开了政务信息120条"],
    ["全面展开了技术攻关", "全面展开了技术攻关"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toBe(want);
  });

  it.each([
    // Standing alone, they are still written out.
    ["办了两期培训班", "举办2期培训班"],
    ["上周开了推进会", "召开推进会"],
  ])("alone: 「%s」 → 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toBe(want);
  });
});
