import { describe, expect, it } from "vitest";
import { weakLabel } from "../tools/figure-misses.js";

/** tools/figure-misses.ts: 同 ending a noun (合同、共同) is no preposition before the number (第三十七轮 fig37b). */
const got = (context: string) =>
  ({ raw: "七十一份", value: 71, unit: "份", kind: "achieved", context }) as never;

describe("the weak-label check", () => {
  it("reads 同 closing a noun (技术合同) as part of the label", () => {
    expect(weakLabel(got("技术合同"))).toBeUndefined();
  });
  it("still flags 同 and 跟 as prepositions before the number", () => {
    expect(weakLabel(got("这次同"))).toMatch(/preposition/);
    expect(weakLabel(got("上报跟"))).toMatch(/preposition/);
  });
});
