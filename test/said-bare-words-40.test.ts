import { describe, expect, it } from "vitest";
import { spokenWorkBare } from "../src/conversation/spoken-work-done.js";

/**
 * review40: intent39b's doing told bare (在X讲Y, spoken-work-done.ts spokenWorkBare) is kept from plans by any 想 or 要 in
 * the message — also the 想、要 inside 思想、重要、主要、需要、要求, which say nothing of an intention.
 */
describe("想/要 inside another word do not make the telling a plan", () => {
  it.each([
    "今天在社区讲主要医保政策",
    "上午在村部讲安全生产法规要求",
    "今天在社区讲思想政治理论知识",
    "上午在敬老院讲防诈骗知识 需要的老人来了三十多",
  ])("「%s」 is work told", (said) => {
    expect(spokenWorkBare(said)).toBe(true);
  });
});

describe("an intention or a time ahead still keeps it a plan", () => {
  it.each([
    "今天要在社区讲医保政策",
    "想在社区讲医保政策",
    "明天在社区讲医保政策",
    "打算在社区讲医保政策",
  ])("「%s」 is not told done", (said) => {
    expect(spokenWorkBare(said)).toBe(false);
  });
});
