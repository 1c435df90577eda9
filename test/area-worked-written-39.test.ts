import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial39, console (and a round-38 leftover): 「在柳河乡弄了50亩羊肚菌」 was drafted 「在柳河乡开展50亩羊肚菌」 — 弄了/搞了
 * before an area fell to the catch-all 开展. An area is planted (a crop), built (a base, a demonstration field, sheds)
 * or, with nothing named, developed (发展); 种上了 is 种植. What is counted in 场/次 keeps its own rules.
 */
describe("弄了/搞了 + an area is written by what the area holds", () => {
  it.each([
    ["在柳河乡弄了50亩羊肚菌", "在柳河乡种植50亩羊肚菌"],
    ["河湾村搞了120多亩中药材", "河湾村种植120多亩中药材"],
    ["今年搞了200亩水稻绿色高产示范", "建设200亩水稻绿色高产示范"],
    ["在石门村弄了30亩育苗基地", "在石门村建设30亩育苗基地"],
    ["中药材又弄了40亩", "中药材又发展40亩"],
    ["带动周边20来户种上了", "带动周边20余户种植"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it("搞了 + a count of events keeps its held verb", () => {
    expect(cleanChat("搞了3场讲座", "2026-11-20")).toBe("举办3场讲座");
  });
});
