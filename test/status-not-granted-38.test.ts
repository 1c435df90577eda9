import { describe, expect, it } from "vitest";
import type { Update } from "../src/domain/update.js";
import { withElidedSubject } from "../src/drafting/problem-subject.js";

/**
 * Trial38, class 4: 「今年过了5家高企，还有3家没过」 — the problems part wrote 「3家高新技术企业未通过」, as if three
 * 高新技术企业 had failed something; they are firms that did not pass that review. A count left without its thing, put
 * back from a status granted on review (高新技术企业、专精特新、科技型中小企业), and said to have failed it, is written the
 * way the work done is (5家企业通过高新技术企业认定): 3家企业未通过高新技术企业认定, 2家企业未入选专精特新企业.
 */
function figures(...fs: Array<[number, string, string]>): Pick<Update, "figures" | "date"> {
  return {
    date: "2026-11-20",
    figures: fs.map(([value, unit, counted]) => ({ value, unit, counted, raw: `${value}${unit}` })),
  } as unknown as Pick<Update, "figures" | "date">;
}

describe("firms that failed a status review are firms, not holders of the status", () => {
  it.each([
    ["还有3家没过", figures([5, "家", "高企"]), "还有3家企业未通过高新技术企业认定"],
    ["另有2家没评上", figures([4, "家", "专精特新企业"]), "另有2家企业未入选专精特新企业"],
    [
      "2家还没通过，材料要补",
      figures([6, "家", "科技型中小企业"]),
      "2家企业未通过科技型中小企业认定，材料要补",
    ],
    ["有1家未能获批", figures([3, "家", "高新技术企业"]), "有1家企业未通过高新技术企业认定"],
  ])("「%s」 → 「%s」", (problem, u, want) => {
    expect(withElidedSubject(problem, u)).toBe(want);
  });

  it.each([
    // Another trouble of such a count keeps the thing as it was restored (round thirty-seven).
    ["还有两家材料不全", figures([3, "家", "高企"]), "还有两家高新技术企业材料不全"],
    // A thing that is no status: the count gets its thing back as before.
    ["还有3家没过", figures([8, "家", "企业"]), "还有3家企业没过"],
    // A count of something else (个) is not a firm.
    ["还有2个没过", figures([5, "个", "研发中心"]), "还有2个研发中心没过"],
  ])("「%s」 stays as restored: 「%s」", (problem, u, want) => {
    expect(withElidedSubject(problem, u)).toBe(want);
  });
});
