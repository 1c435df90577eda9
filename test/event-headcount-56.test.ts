import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * A people count typed right after the event (round 56 console trial: 「11月20号在城关镇办了场科普讲座 80人」 was
 * drafted 「…在城关镇举办场科普讲座80人」 — the 一 of 一场 lost and the count glued to the event). The count is who
 * took part, in its own clause; a count of the event itself (3场讲座) or one with its own verb is left alone.
 */
describe("a headcount after the event", () => {
  it.each([
    ["11月20号在城关镇办了场科普讲座 80人", "举办科普讲座，80人参加"],
    ["在村里办了次读书会 30人参加", "读书会，30人参加"],
    ["周五在文化广场搞了个义诊 120多人", "义诊，120多人参加"],
    ["给种植户办了期培训班 45名", "培训班，45名参加"],
  ])("「%s」", (said, written) => {
    const out = cleanChat(said, "2026-12-08");
    expect(out).toContain(written);
    expect(out).not.toMatch(/举办[场次期个]/);
  });

  it.each([
    ["办了3场讲座", /举办3场讲座/],
    ["讲座听众有80人", /80人/],
    ["开展培训两期 培训农民200人次", /培训农民200人次/],
    ["邀请专家培训300余人", /培训300余人/],
    ["给村民宣讲120人", /宣讲120人/],
  ])("「%s」 is left as it was written", (said, kept) => {
    const out = cleanChat(said, "2026-12-08");
    expect(out).toMatch(kept);
    expect(out).not.toContain("参加参加");
  });
});
