import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f6-shuju31 (卖了四十多万天冷…): no count of days runs to 万, so a sum typed
 * straight into 天冷、天热 is the sum, then the weather — not 四十多万天. Sentences written for this test.
 */
const figs = (text: string) => run(text, "2026-12-04").figures.map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("a sum in 万 typed into the weather", () => {
  it("is money, not days", () => {
    expect(figs("年货集市两天卖了六十来万天太冷了人不多")).toEqual(["两天=2天", "六十来万=600000元"]);
  });
  it("days are still days", () => {
    expect(figs("连续巡查了三天冷得够呛")).toEqual(["三天=3天"]);
  });
});
