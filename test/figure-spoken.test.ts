import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Figures said the spoken way and things that only look like figures (round fourteen, ext14):
 * each class on sentences written for this test, not taken from the report corpus.
 */
const vu = (text: string) => findStatedFigures(text).map((f) => [f.figure.value, f.figure.unit]);

describe("spoken figures", () => {
  it("reads prices in 块 and 毛 run together, and a bare 毛 where the sentence speaks of a price", () => {
    expect(vu("鸡蛋收购价两块八一斤涨到了三块一")).toEqual([
      [2.8, "元"],
      [3.1, "元"],
    ]);
    expect(vu("猪肉每斤便宜了六毛五")).toEqual([[0.65, "元"]]);
    expect(vu("白菜价比上周高了一毛，一斤五块二毛三")).toEqual([
      [0.1, "元"],
      [5.23, "元"],
    ]);
    // 12块一顿: the price of a meal, not 12.1; 8块宣传牌 still counts boards; 毛巾 is no money.
    expect(vu("午餐十五块一顿")).toEqual([[15, "元"]]);
    expect(vu("做了8块宣传牌")).toEqual([[8, "块"]]);
    expect(vu("发了三毛巾")).toEqual([]);
  });

  it("reads doubling, tenths with a digit, 廿, 几 and 把 after a round number, 蚊 and rare measures", () => {
    expect(vu("网上销售额翻了两番")).toEqual([[4, "倍"]]);
    expect(vu("合格率才五成二")).toEqual([[52, "%"]]);
    expect(vu("来了一百廿八个人")).toEqual([[128, "人"]]);
    expect(vu("报名的有三百几人")).toEqual([[300, "人"]]);
    expect(vu("大概千把块钱")).toEqual([[1000, "元"]]);
    expect(vu("每个月补贴八百蚊")).toEqual([[800, "元"]]);
    expect(vu("氨氮浓度降到0.8毫克每升")).toEqual([[0.8, "毫克"]]);
    expect(vu("送了一百五十床被子")).toEqual([[150, "床"]]);
  });

  it("reads a unit and a half, 廿几, a sum right after 投入, a spoken range of visits, and part of the people", () => {
    expect(vu("每亩撒了两吨半")).toEqual([[2.5, "吨"]]);
    expect(vu("一共跑了一趟半")).toEqual([[1.5, "趟"]]);
    expect(vu("走访了廿几户")).toEqual([[20, "户"]]);
    expect(vu("每个村投入五千出头")).toEqual([[5000, "元"]]);
    expect(vu("一个季度才来三四回")).toEqual([[3, "回"]]);
    expect(vu("这是两回事")).toEqual([]);
    expect(vu("护林员平均年龄五十六，有二十几个都过了六十")).toEqual([[20, "人"]]);
  });

  it("keeps both ends of a range said with their own scale as one figure", () => {
    expect(vu("每户奖补3万到5万元")).toEqual([[30000, "元"]]);
  });
});

describe("things that look like figures", () => {
  it("skips set phrases of two numerals, standards' numbers, m.d spans and generations", () => {
    expect(vu("这件事一波三折，大家七嘴八舌")).toEqual([]);
    expect(vu("新来的对业务两眼一抹黑")).toEqual([]);
    expect(vu("执行GB 3838-2002标准，采样12份")).toEqual([[12, "份"]]);
    expect(vu("3.5-3.9开展了集中宣传")).toEqual([]);
    expect(vu("新招的基本都是95后，")).toEqual([]);
    // 是 before a round number with no 后 is no generation: 是60人, 是85家.
    expect(vu("参训的是60人")).toEqual([[60, "人"]]);
    // A real count of four things is still read.
    expect(vu("一共三百二十床")).toEqual([[320, "床"]]);
    expect(vu("全长四点五公里")).toEqual([[4.5, "公里"]]);
  });

  it("reads a phase or a group as a name when the sentence names another one", () => {
    expect(vu("一期安置房交付了，二期还在打桩")).toEqual([]);
    expect(vu("一组二组的水渠修好了，三组下周开工")).toEqual([]);
  });
});
