import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Round 31 (fig31b): sums of trade and spending said without 元 — 「核销了230万 拉动消费1800多万」「进出口额…」 —
 * were read as bare numbers (no unit), so the figure was missed. 消费、核销 and the 额 of trade (零售额、进出口额、
 * 出口额、贸易额) now make a bare 万/亿 money, like 销售额、成交额 did.
 */
const read = (text: string) => findStatedFigures(text).map(({ figure: f }) => `${f.value}${f.unit}`);

describe("a bare 万/亿 of trade or spending is money", () => {
  it("消费 and 核销 (vouchers cashed, spending drawn in)", () => {
    expect(read("年货节带动周边消费三百多万")).toEqual(["3000000元"]);
    expect(read("惠民券今年累计核销85万")).toEqual(["850000元"]);
  });

  it("the 额 of trade: 出口额、零售额、贸易额", () => {
    expect(read("全县出口额两千三百万")).toEqual(["23000000元"]);
    expect(read("农产品网络零售额四千多万 比去年多了一成")).toEqual(["40000000元", "10%"]);
    expect(read("边境贸易额今年1.2亿")).toEqual(["120000000元"]);
  });

  it("消费者 are people: a count of them is not money", () => {
    expect(read("受理消费者投诉120件")).toEqual(["120件"]);
    expect(read("走访消费者1.2万人次")).toEqual(["12000人次"]);
  });
});
