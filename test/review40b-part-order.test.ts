import { describe, expect, it } from "vitest";
import { movesAPart } from "../src/drafting/part-order.js";

/**
 * Review40b: part-order.ts (trial40b) read a move anywhere in a rewrite's words as a whole part moved, also after a
 * part named first — 「重写 （一） 成绩放在前面」「重写 （二） 问题放到最后」 ask for an order inside that part (the
 * model's rewrite of it can do that), yet were answered 「部分之间不能调换先后，草稿没有改动」 and the instruction was
 * never passed on. A part named, a space, then what to move in it is an instruction for that part.
 */
describe("a move inside a named part is no part moved", () => {
  it.each(["（一） 成绩放在前面", "（二） 问题放到最后", "（一）科技创新 成绩排在前面"])("「%s」", (args) => {
    expect(movesAPart(args)).toBe(false);
  });
  it.each([
    "把存在问题挪到最后",
    "问题那部分放到最后面",
    "问题 放到最后",
    "计划那块提到前面",
    "存在问题放到计划后面",
    "请把问题部分放到最后",
  ])("「%s」 still moves a part", (args) => {
    expect(movesAPart(args)).toBe(true);
  });
});
