import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { unitMismatches } from "../src/drafting/check-units.js";
import { DraftPartSchema } from "../src/drafting/draft-model.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * Trial39, console (and a round-38 leftover): 「下村去了15个农户」 was drafted 「下村走访15名农户」 and the 定稿 check then
 * found its own 「15名」 against the reported 「15个」. Households (农户、脱贫户、种植户、养殖户…) are counted in 户, not 名:
 * 走访农户15户. People (党员、群众) stay 名, places (村) stay 个.
 */
describe("households are counted in 户", () => {
  it.each([
    ["去了12个农户", "走访农户12户"],
    ["下半年下村去了15个农户", "下半年下村走访农户15户"],
    ["带动了20多个种植户", "带动种植户20多户"],
    ["走访了30来个脱贫户", "走访脱贫户30余户"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it.each([
    ["去了12个党员参加", "12名党员参加"],
    ["去了4个村", "走访4个村"],
    ["走访了8户农户", "走访8户农户"],
  ])("「%s」 stays counted as before: 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toContain(want);
  });
});

describe("the 定稿 check takes 户 for a household count reported in 个", () => {
  const part = (text: string) =>
    DraftPartSchema.parse({
      key: "section:envoy",
      kind: "section",
      heading: "派专家，助振兴",
      origin: "offline",
      items: [{ title: "", text }],
    });
  const u = makeUpdate({ normalizedText: "下半年下村去了15个农户，送了技术手册200多本" });

  it("「走访农户15户」 agrees with 「15个农户」", () => {
    expect(unitMismatches([part("下半年下村走访农户15户，发放技术手册200多本。")], [u])).toEqual([]);
  });

  it("another unit for another reported count is still named", () => {
    expect(unitMismatches([part("下半年下村走访15户，发放技术手册200多元。")], [u])).toEqual([
      expect.stringContaining("「200多元」"),
    ]);
  });
});
