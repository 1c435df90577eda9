import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial37, found on the console: 「今年过了3家高企，还有两家材料不全，评上了科技型中小企业入库18家」 reached the draft (item and
 * opening) as 「过了3家高新技术企业，评上了科技型中小企业入库18家」. Round thirty-six wrote 过了 as 通过 only after an application
 * said before it (申报…过了3家); here the status granted on review (高企、专精特新、科技型中小企业…) is named right after the
 * count, and the application is in its name. The class: 过了/评上了 + a count + such a status, or 评上了 + the status + 入库/认定.
 */
const written = (t: string) => cleanChat(t, "2026-12-05");

describe("a status granted on review, named after its count", () => {
  it.each([
    ["今年过了3家高企，评上了科技型中小企业入库18家", "3家企业通过高新技术企业认定，科技型中小企业入库18家"],
    ["上半年过了2家专精特新企业", "2家企业通过专精特新企业认定"],
    ["评上了4家创新型中小企业", "4家企业入选创新型中小企业"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(written(text)).toContain(want);
  });

  it.each([
    // Time, and a count of something else, are no status granted.
    ["过了3天才把材料交上去", "过了3天"],
    ["过了2家企业门口", "过了2家企业"],
    // After an application the round-36 rule still writes it.
    ["申报高企5家，过了3家", "通过3家"],
  ])("「%s」 keeps 「%s」", (text, want) => {
    expect(written(text)).toContain(want);
  });
});
