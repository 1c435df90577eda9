import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial39, console: 「企业反映申报流程太复杂」 reached the problems part with chat's 太. A problem that says a thing is
 * too much so (太复杂、太分散、太单一、太薄弱) is 过于 so in a 公文; 太少、太低 keep their own rules (人手不足、偏低), and 太
 * inside a word (太阳能) is not touched.
 */
describe("太 + how a thing falls short, written 过于", () => {
  it.each([
    ["企业反映申报流程太复杂", "企业反映申报流程过于复杂"],
    ["项目资金太分散了", "项目资金过于分散"],
    ["宣传形式太单一", "宣传形式过于单一"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it.each([
    ["人手太少", "人手不足"],
    ["安装太阳能路灯20盏", "安装太阳能路灯20盏"],
  ])("「%s」 stays as the other rules write it: 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });
});
