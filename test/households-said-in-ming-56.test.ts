import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * draft56's leftover: 「给12名农户讲了嫁接」 was drafted 「为农户12户讲解嫁接」 — a count of people the speaker made in 名 turned into
 * households. Households said in 个 are still written in 户 (trial39: 走访农户15户); said in 名, the people stay people.
 */
describe("农户 counted in 名 stay people", () => {
  it.each([
    ["给12名农户讲了嫁接", "12名农户"],
    ["帮12名农户申请了补贴", "12名农户"],
    ["组织30余名脱贫户参加技能培训", "30余名脱贫户"],
  ])("「%s」 keeps 「%s」", (said, kept) => {
    const out = cleanChat(said, "2026-12-08");
    expect(out).toContain(kept);
    expect(out).not.toMatch(/\d+(?:余|多)?户/);
  });

  it("said in 个, households are still written in 户", () =>
    expect(cleanChat("去了12个农户", "2026-12-08")).toBe("走访农户12户"));
});
