import { describe, expect, it } from "vitest";
import { pieceKind } from "../src/domain/clause-kind.js";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * draft43: 「今年出了十来回差」 is trips away on duty, told done. Before, the 差 closing it was read as a bad state (the
 * clause went under 问题与困难 and the draft wrote 「二是出了十开展差」). 差 said of a count short or of quality stays a
 * problem.
 */
const day = "2026-12-05";

describe("trips away on duty are work, not a problem", () => {
  it.each([
    "今年出了十来回差",
    "今年出了五六趟差",
    "这个月出了两趟差",
    "上半年出了8次差",
    "今年出了十几回差",
  ])("「%s」 is no problem", (said) => {
    expect(pieceKind(said, day)).not.toBe("problem");
  });

  it.each([
    "还差十来户没签",
    "质量太差",
    "出了两次问题",
    "信号差得很",
  ])("「%s」 is still a problem", (said) => {
    expect(pieceKind(said, day)).toBe("problem");
  });

  it("the draft writes the trips as 出差 with the count as said", () => {
    expect(cleanChat("今年出了十来回差", day)).toBe("出差约10次");
    expect(cleanChat("上半年出了8次差", day)).toBe("上半年出差8次");
  });
});
