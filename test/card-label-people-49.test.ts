import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";

/**
 * draft49 (round-48 leftover): people counted by 个 after a verb of bringing them in (引进了三个硕士) read 「引进 3个硕士」 on
 * the confirm card while the draft wrote 「引进硕士3人」. The card now reads them the draft's way — what they are after the
 * verb, the count in 人 — so the person confirms the reading the leaders will see. A written count (2名博士), a verb that
 * is no bringing-in (请了3个村干部讲课) and things (建了3个基地) stay as before.
 */
const labels = (text: string) => findFigures(text).map((f) => cardFigure(f.figure, "2026-12-05"));
const drafted = (text: string) => writtenAmounts(cleanChat(text, "2026-12-05"));

describe("people counted by 个: the card reads them as the draft writes them", () => {
  it.each([
    ["今年引进了三个硕士", "引进硕士 3人", "引进硕士3人"],
    ["引进了3个林学硕士", "引进林学硕士 3人", "引进林学硕士3人"],
  ])("「%s」 → card %s, draft %s", (text, card, draft) => {
    expect(labels(text)).toContain(card);
    expect(drafted(text)).toContain(draft);
  });

  it.each([
    "今年引进了三个硕士",
    "引进了3个林学硕士",
    "今年培养了五个技术员",
    "选派了十二个科技特派员",
    "招了5个大学生",
  ])("「%s」: the card's row is the draft's words", (text) => {
    for (const l of labels(text)) expect(drafted(text)).toContain(l.replace(" ", ""));
  });

  it.each([
    ["引进2名博士", "引进 2名博士"],
    ["请了3个村干部讲课", "请了 3个村干部讲课"],
    ["新建了三个示范基地", "新建 3个示范基地"],
  ])("unchanged: 「%s」 → %s", (text, card) => {
    expect(labels(text)).toContain(card);
  });
});
