import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Console trial, round thirty-seven: 「来了大概四百来号人」 came out 「大概约400人参加」 — the rough count already
 * turned into 约400人, and the spoken hedge before it stayed. One estimate word is written, never two.
 */
describe("a spoken hedge before a rough count (round thirty-seven)", () => {
  it.each([
    ["科技周现场来了大概四百来号人", "约400人"],
    ["培训班差不多八十来号人参加", "约80人"],
    ["估计有三十几号人到场", "30多人"],
    ["大约二百来号人听了讲座", "约200人"],
  ])("%s → %s", (text, written) => {
    const out = cleanChat(text, "2026-12-05");
    expect(out).toContain(written);
    expect(out).not.toMatch(/大概|大约|差不多|估计|约约|约近/u);
  });
});
