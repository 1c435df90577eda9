import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Lead, round thirty-eight: 「去了12个党员」 was written 「走访12名党员」 — the people who went became people we visited.
 * 去了 + a count of people says who took part (as 来了300多学生 does); 去了 + places or households stays 走访.
 */
describe("去了 + a count of people is who took part, not whom we visited", () => {
  it.each([
    ["开展主题党日活动，去了十五个党员", "开展主题党日活动，15名党员参加"],
    ["到敬老院做义诊，去了8名干部", "到敬老院做义诊，8名干部参加"],
    ["科技下乡赶集那天去了三十多个学生", "科技下乡赶集那天30多名学生参加"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it.each([
    ["去了4个村", "走访4个村"],
    // Households are counted in 户 (trial39, household-count.ts; it was 「走访12名农户」).
    ["去了12个农户", "走访农户12户"],
    ["去了3家企业", "走访3家企业"],
  ])("places and households stay visited: 「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });
});
