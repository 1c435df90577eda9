import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial39, console: the problem 「示范基地的灌溉设施太差了，好多坏了没人修」 was drafted 「…偏差，好多坏了没人修」 and the
 * 定稿 check itself called 好多 spoken. How many of the things are broken is a share (部分、较多) and nobody mending or
 * minding them is 无人维修 / 无人管护 in a 公文's problems.
 */
describe("a problem's broken share and its unmended things, written", () => {
  it.each([
    ["示范基地的灌溉设施太差了，好多坏了没人修", "示范基地的灌溉设施偏差，部分已损坏、无人维修"],
    ["村里的路灯不少坏了，没人管", "村里的路灯部分已损坏，无人管护"],
    ["宣传栏很多都坏了", "宣传栏部分已损坏"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });
});
