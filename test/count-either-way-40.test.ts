import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial40: the written verb before a count must not turn on whether the count was typed in digits or in words.
 * 「上半年办了两场」 reached the card as 「办了 2场」 and the draft as 「办了2场」 (办了2场 was written 举办2场); 「发了2000多份资料」
 * stayed as said (发了两千多份 was written 发放). Phrasings are this test's own.
 */
const DAY = "2026-12-06";

describe("办了 / 发了 before a count: written the same, digits or words", () => {
  const pairs: Array<[string, string, string]> = [
    // (trial41: an event counted after its verb is written verb first: 举办社区科普讲座3场.)
    ["社区科普讲座办了三场", "社区科普讲座办了3场", "举办社区科普讲座3场"],
    ["上半年办了两期培训班", "上半年办了2期培训班", "举办2期"],
    ["农技培训办了十来场", "农技培训办了10来场", "举办10余场"],
    ["下乡发了三千多份明白纸", "下乡发了3000多份明白纸", "发放3000多份"],
    ["给种植户发了两百袋有机肥", "给种植户发了200袋有机肥", "发放200袋"],
  ];
  for (const [words, digits, written] of pairs)
    it(`「${words}」 and 「${digits}」`, () => {
      const a = cleanChat(words, DAY);
      const b = cleanChat(digits, DAY);
      expect(a).toBe(b);
      expect(a).toContain(written);
    });

  it("what is not handed out or held stays: 发了3篇稿件, 办了一些手续", () => {
    expect(cleanChat("在县融媒体发了3篇稿件", DAY)).toContain("发了3篇稿件");
    expect(cleanChat("帮企业办了一些手续", DAY)).not.toContain("举办");
  });
});

describe("the card's label says the written verb for a count in words", () => {
  it("「办了两场」 on the card: 举办 2场", () => {
    const text = "上半年组织科普进社区活动 办了两场 参加的居民有300多人";
    const f = findFigures(text)
      .map((x) => x.figure)
      .find((x) => x.unit === "场")!;
    const line = cardFigure(f, DAY);
    expect(line).toMatch(/^举办 2场$/);
  });
});
