import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * Trial39, console: 「示范基地的灌溉设施太差了，好多坏了没人修，明年争取资金改造一下」 was planned 「争取资金改造。」 — the
 * plan stops at a verb that mends or renews and leaves what to the problem said before it, and the 定稿 check then
 * reported that problem as having no measure. As a counted plan does (trial38), the thing comes from the same
 * message's problem (what it calls worn, broken, poor or short); a plan that names its thing, or whose message names
 * no such thing, stays as said.
 */
describe("a plan that mends or renews, without its thing, takes it from its message's problem", () => {
  it.each([
    [
      "示范基地的灌溉设施太差了，好多坏了没人修，明年争取资金改造一下",
      "明年争取资金改造一下",
      "争取资金改造示范基地灌溉设施",
    ],
    ["乡镇科普e站的显示屏破损严重，明年统一维修", "明年统一维修", "统一维修乡镇科普e站显示屏"],
    ["实验室通风系统老化，明年申请资金更新", "明年申请资金更新", "申请资金更新实验室通风系统"],
    ["实验室通风系统太老了，经常出故障，明年申请资金更新", "明年申请资金更新", "申请资金更新实验室通风系统"],
  ])("「%s」: 「%s」 → 「%s」", (message, plan, want) => {
    expect(planSentence(plan, "2026-10-02", message)).toBe(want);
  });

  it.each([
    // The plan already names what it mends.
    ["灌溉设施老化，明年争取资金改造灌溉设施", "明年争取资金改造灌溉设施", "争取资金改造灌溉设施"],
    // No problem names a worn thing: nothing guessed.
    ["今年完成了3个村的改造，明年继续改造", "明年继续改造", "继续改造"],
    // Money is not what gets mended.
    ["经费太少了，明年争取改造", "明年争取改造", "争取改造"],
  ])("「%s」: 「%s」 stays 「%s」", (message, plan, want) => {
    expect(planSentence(plan, "2026-10-02", message)).toBe(want);
  });
});
