import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from g3-ounan (目标4000万 已经完成了 超了一百多万): a bare 万/亿 said as what went over
 * a bare sum just named (超了、超出、多了) is money as that one is, even when a voice run-on parts them with
 * spaces only; over a count in its own unit it stays no money. Sentences written for this test, not corpus lines.
 */
const figs = (text: string) => run(text, "2026-12-04").figures.map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("a sum over a sum just said", () => {
  it("is money", () => {
    expect(figs("今年招商目标两个亿 已经超了一百二十多万")).toContain("一百二十多万=1200000元");
    expect(figs("技术合同登记年初定的2000万 现在超出了三百来万")).toContain("三百来万=3000000元");
  });
  it("over a count in its own unit is no money", () => {
    expect(figs("油菜种了两万多亩 超了三千多").join()).not.toMatch(/元/);
  });
});
