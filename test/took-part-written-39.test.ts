import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial39, console: 「党员参加了300多人次」「组织去红色教育基地参观学习了一回」 reached the draft with their chat aspect.
 * Taking part (参加了、参与了) drops its perfective 了 as the other work verbs do; a body going somewhere to learn
 * or look (组织去、带领…去) goes 赴 there; and a spoken 一回 closing what was done is 一次.
 */
describe("taking part and going as a body, written", () => {
  it.each([
    ["主题党日全年搞了12次，党员参加了300多人次", "主题党日全年开展12次，党员参加300多人次"],
    ["企业参与了40多家", "企业参与40多家"],
    ["还组织去红色教育基地参观学习了一回", "还组织赴红色教育基地参观学习一次"],
    ["带领种植户去邻县考察了一回", "带领种植户赴邻县考察一次"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it("一回事 is not a count", () => {
    expect(cleanChat("宣传和落实不是一回事", "2026-11-20")).toContain("一回事");
  });
});
