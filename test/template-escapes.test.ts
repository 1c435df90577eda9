import { describe, expect, it } from "vitest";
import { ASKED_TO_BE_ASKED } from "../src/conversation/guided-request.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { reportPutToNextWeek } from "../src/conversation/next-week-report.js";

/**
 * A `\s` written inside a template literal is the letter s, not whitespace: three patterns built with templates read
 * 「提醒推到下礼拜吧 谢谢」 as if the space were a letter and missed it. Written `\\s` now, and biome's
 * noUselessEscapeInString is an error (biome.json), so the lint catches the next one.
 */
describe("whitespace inside patterns built from template literals", () => {
  it.each([
    "提醒推到下礼拜吧 谢谢",
    "提醒挪到下周 这周实在没空",
    "下周再提醒我报 谢了",
  ])("「%s」 puts the reminder off to next week", (said) => {
    const t = intentText(said);
    expect(reportPutToNextWeek(t.norm, t.core)).toBe(true);
  });

  it("「行 问我答吧」: the question-and-answer way asked after a space", () => {
    expect(ASKED_TO_BE_ASKED.test("行 问我答吧")).toBe(true);
    expect(ASKED_TO_BE_ASKED.test("领导问我答不上来")).toBe(false);
  });
});
