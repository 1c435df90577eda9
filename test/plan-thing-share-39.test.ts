import { describe, expect, it } from "vitest";
import { countedThingFromProblem, troubledThing } from "../src/drafting/plan-counted-object.js";

/**
 * Seen by the lead in the console after round thirty-nine's merges: 「大棚有好多坏了没人修 明年争取资金改造」 was drafted
 * 「争取资金改造大棚有已。」 — the problem as written (大棚有部分已损坏) lost its share word 部分 but kept the 有 before it
 * and the 已 after it. A share said with 有 (X有部分、X有好多、X有不少) and 已 before the trouble are not the thing.
 */
describe("a thing said with a share of it broken is named without 有 or 已", () => {
  it.each([
    ["大棚有部分已损坏、无人维修", "大棚"],
    ["大棚有好多坏了没人修", "大棚"],
    ["路灯有不少已经老化了", "路灯"],
    ["展厅设备已老化", "展厅设备"],
    // Still whole: a thing whose name ends in 有 is not cut (现有 is a word before the thing, not after it).
    ["现有设备老化", "现有设备"],
  ])("「%s」 names 「%s」", (problem, thing) => {
    expect(troubledThing(problem)).toBe(thing);
  });

  it("the plan to mend takes the thing whole from the written problem", () => {
    expect(countedThingFromProblem("争取资金改造。", "大棚有部分已损坏、无人维修")).toBe(
      "争取资金改造大棚。",
    );
  });
});
