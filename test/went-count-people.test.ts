import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * 「党员去了19个」: a bare count of 个 that closes its clause after 去了 counts the people who went — in writing
 * 「党员19人参加」, never 「党员走访19个」 (nobody was visited). A count with what was visited after it (去了5个村)
 * stays a visit (走访).
 */
describe("去了 + a count of people", () => {
  it.each([
    ["支部开了主题党日，党员去了19个", "党员19人参加"],
    ["组织志愿者去敬老院，志愿者去了十几个。", "志愿者10余人参加"],
    ["年轻干部去了二十来个 反响不错", "年轻干部20余人参加"],
  ])("「%s」 → 「%s」", (said, written) => {
    const out = cleanChat(said, "2026-11-04");
    expect(out).toContain(written);
    expect(out).not.toContain("走访");
  });

  it("「去了5个村」 is still a visit", () => {
    expect(cleanChat("这周去了5个村看中药材", "2026-11-04")).toContain("走访5个村");
  });
});
