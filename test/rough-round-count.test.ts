import { describe, expect, it } from "vitest";
import { findFigures } from "../src/domain/figures.js";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * A rough round count said the northern way (百十号人、百把人、千把份、万把块钱) is about a hundred, a
 * thousand, ten thousand: the figure reads 100 and approximate (never 110), and the draft writes it
 * 100余人 / 1000余份 / 1万余元 — no precise number nobody reported, no broken 「1000把份」.
 */
describe("rough round counts", () => {
  it.each([
    ["每场来了百十号人", 100, "人"],
    ["来了百十个人", 100, "人"],
    ["发了千把份资料", 1000, "份"],
  ])("「%s」 reads %d%s, approximate", (said, value, unit) => {
    const [f] = findFigures(said);
    expect(f?.figure).toMatchObject({ value, unit, approx: true });
  });

  it("「一百一十人」「一百十人」 stay 110, as said", () => {
    expect(findFigures("一百一十人")[0]?.figure.value).toBe(110);
    expect(findFigures("来了一百十人")[0]?.figure.value).toBe(110);
  });

  it.each([
    ["每场来了百十号人", "100余人"],
    ["发了千把份资料", "1000余份资料"],
    ["花了万把块钱", "1万余元"],
  ])("「%s」 is written 「…%s」 in the draft", (said, written) => {
    const t = cleanChat(said, "2026-12-01");
    expect(t).toContain(written);
    expect(t).not.toMatch(/110|把份|把块/u);
  });
});
