import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Review39 (spoken-counts.ts): 搞 with its result (搞活、搞明白、搞大、搞对) is no work carried out and stays — but round
 * 38 kept it out by the result's first character alone, so 搞活动、搞大型义诊、搞对接 (work carried out, whose words only
 * begin with 活、大、对) were left as chat in the draft. The result is told by its word.
 */
describe("搞 + the work is written; 搞 + its result stays", () => {
  it.each([
    ["周末在广场搞活动", "活动"],
    ["下乡搞大型义诊", "大型义诊"],
    ["帮企业搞对接", "对接"],
  ])("「%s」 is written, 「%s」 kept", (text, work) => {
    const written = cleanChat(text, "2026-11-20");
    expect(written).not.toContain("搞");
    expect(written).toContain(work);
  });

  it.each([
    "搞活了村集体经济",
    "搞明白政策",
    "要把产业搞大做强",
    "这回搞对了",
  ])("「%s」 keeps its 搞", (text) => {
    expect(cleanChat(text, "2026-11-20")).toContain("搞");
  });
});
