import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Round 31 (fig31b): sums of trade and spending said without 元, with another figure earlier in the clause or
 * words typed straight after — 「消费券第二批发放完了 核销了230万 拉动消费1800多万」 — were read as bare numbers
 * (no unit), so the figure was missed. 消费、核销 and the 额 of trade (零售额、进出口额、出口额、进口额、贸易额) now
 * make a bare 万/亿 money, like 销售额、成交额 did.
 */
const read = (text: string) => findStatedFigures(text).map(({ figure: f }) => `${f.value}${f.unit}`);

describe("a bare 万/亿 of trade or spending is money", () => {
  it("消费 and 核销 after another figure in the clause", () => {
    expect(read("惠民券发了2万张 核销了一百六十万 带动消费九百多万")).toEqual([
      "20000张",
      "1600000元",
      "9000000元",
    ]);
  });

  it("the 额 of trade, with words typed straight after", () => {
    expect(read("全县出口额两千三百万比去年多了一成")).toEqual(["23000000元", "10%"]);
    expect(read("边贸进口额八百多万主要是木材")).toEqual(["8000000元"]);
  });

  it("消费者 are people: a count of them is not money", () => {
    expect(read("受理消费者投诉120件")).toEqual(["120件"]);
    expect(read("走访消费者1.2万人次")).toEqual(["12000人次"]);
  });
});
