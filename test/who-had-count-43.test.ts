import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { whoHadCountWritten } from "../src/drafting/who-had-count.js";

// lead43: staff count a result with 「…的有N个X」; the draft names what was counted before the count.
describe("a result counted with 的有 (lead43)", () => {
  it.each([
    ["双创大赛组织了1场，进决赛的有12个项目", "进决赛的项目12个"],
    // draft52: 报名/到场/参赛 + 的 + what + a count drops its 的 (报名企业30多家, spoken-culture.ts) — written either way.
    ["报名的有30多家企业", "报名企业30多家"],
    ["今年申报的有十几个项目，其中获奖的有3个项目。", "获奖的项目3个"],
    ["签约的有5家企业，总投资2亿元", "签约的企业5家"],
    ["评上市级示范的有两个合作社", "评上市级示范的合作社2个"],
    ["驗收的有8個基地", "验收的基地8个"],
    ["其中入围的有4支队伍；", "其中入围的队伍4支"],
  ])("%s → …%s…", (said, written) => {
    expect(cleanChat(said, "2026-12-06")).toContain(written);
    expect(cleanChat(said, "2026-12-06")).not.toContain("的有");
  });

  it.each([
    "这次培训目的有两个方面",
    "参加的有200人",
    "签约的有3个项目已开工",
    "我们这边有12个项目在做",
    "有的有2个，有的一个没有",
    "来了好些人，问的有很多",
  ])("leaves 「%s」 as said", (said) => {
    expect(whoHadCountWritten(said)).toBe(said);
  });
});
