import { describe, expect, it } from "vitest";
import { troubledThing } from "../src/drafting/plan-counted-object.js";

/**
 * Review39 of round thirty-eight's drafting rewrites: a rewrite may make chat read as a document, never change what
 * it says.
 */
describe("the thing a plan renews is named whole (plan-counted-object.ts)", () => {
  it.each([
    // 太 of 太阳能 and 都 of 都市 are no adverbs.
    ["太阳能路灯老化了", "太阳能路灯"],
    ["都市农业展厅设备陈旧", "都市农业展厅设备"],
    // The adverbs between the thing and its trouble still go.
    ["展厅有些设备都老化了", "展厅设备"],
    ["服务车也经常坏了", "服务车"],
  ])("「%s」 names 「%s」", (problem, thing) => {
    expect(troubledThing(problem)).toBe(thing);
  });
});
