import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f7-fig32: steps ahead typed in one breath after a problem — a visit arranged
 * for a day ahead (约了礼拜二去看), someone who said they will come soon (厂家讲这礼拜来修), someone told to put it
 * right this week after clutter (堆了杂物喊学校这礼拜清掉) — and 主要在 that says where the trouble lies, no plan.
 * Sentences written for this test, not corpus lines.
 */
const kinds = (text: string) => (run(text, "2026-12-04").clauses ?? []).map((c) => c.kind);

describe("a step arranged ahead, typed straight after the problem", () => {
  it("a visit arranged for a day ahead", () => {
    expect(kinds("约好了县电力公司礼拜四去看线路")).toEqual(["plan"]);
    expect(kinds("上礼拜二约了企业来谈 已经谈妥了")).toEqual(["done"]);
  });
  it("someone said they will come", () => {
    expect(kinds("水泵坏了停了好几天师傅说这礼拜来修")).toEqual(["problem", "plan"]);
  });
  it("clutter, then who is told to clear it", () => {
    expect(kinds("消防通道堆了好多纸箱叫物业这周搬走")).toEqual(["problem", "plan"]);
  });
  it("主要在 says where the trouble lies", () => {
    expect(kinds("丢分主要在群众满意度不高")).toEqual(["problem"]);
  });
});
