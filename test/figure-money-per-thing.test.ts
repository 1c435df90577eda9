import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * A bare sum per household, person or time (round twenty-one, fig21): money said without 元 right
 * after 每户、一户、一次. Sentences written for this test, not taken from the report corpus.
 */
const vu = (text: string) => findStatedFigures(text).map((f) => `${f.figure.value}${f.figure.unit}`);

describe("a bare sum per thing", () => {
  it("is money after a verb of paying or getting, or in a sentence about money", () => {
    expect(vu("危房改造每户补一万八")).toEqual(["18000元"]);
    expect(vu("村里给五保户送了慰问金，一户六百")).toEqual(["600元"]);
    expect(vu("那台空调修一回就得两千多")).toEqual(["2000元"]);
  });

  it("is not money with a unit of its own, without a word of money, or below ten", () => {
    expect(vu("每人发了两套")).toEqual(["2套"]);
    expect(vu("今年每户养了三十")).toEqual([]);
    expect(vu("每户补两")).toEqual([]);
  });
});
