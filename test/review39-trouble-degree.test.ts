import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Review39 of round thirty-eight's drafting rewrites: a rewrite may make chat read as a document, never change what
 * it says.
 */
describe("a degree said with 得 is read whole (trouble-degree.ts)", () => {
  it.each([
    // 很厉害 is one degree: taking 很 alone left 厉害 behind (老化严重厉害).
    ["服务车老化得很厉害", "服务车老化严重"],
    ["经费紧张得很厉害", "经费十分紧张"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toBe(want);
  });
});

describe("有的、有些 inside a word or after an adverb is no share (trouble-degree.ts)", () => {
  it.each([
    // 所有的 is all of them: 「所部分」 said the opposite.
    ["所有的路灯都坏了", "所部分"],
    // 原有的、现有的 (what there is already) are words of their own.
    ["原有的设备老化了", "原部分"],
    ["现有的监控设备陈旧", "现部分"],
    // 还有些 / 也有些: the adverb goes with 有, which says there are some.
    ["村里还有些设备老化了", "还部分"],
  ])("「%s」 never says 「%s」", (text, garbled) => {
    expect(cleanChat(text, "2026-10-02")).not.toContain(garbled);
  });

  it.each([
    ["所有的路灯都坏了", "所有的路灯"],
    ["原有的设备老化了", "原有的设备老化"],
    // After an adverb the share is said with 有 kept (还有部分), as 有一些 is.
    ["村里还有些设备老化了", "村里还有部分设备老化"],
    ["站里也有一些仪器坏了", "站里也有部分仪器"],
  ])("「%s」 keeps 「%s」", (text, kept) => {
    expect(cleanChat(text, "2026-10-02")).toContain(kept);
  });
});
