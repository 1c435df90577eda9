import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from g3-ounan (已经拖了四个多月) and f7-fig32: how long a thing has been held up
 * (拖了、停了、卡了、耽误了、等了 + a span, closing what is said) is a state of the problem, not a figure —
 * a span going on to what is owed (拖了三个月还没发) or put back (往后拖十来天) is the problem's figure; work done for a span
 * (连续、试点、整改了15天) still is. Sentences written for this test, not corpus lines.
 */
const raws = (text: string) => run(text, "2026-12-04").figures.map((f) => f.raw);

describe("how long a thing has been held up", () => {
  it("is no figure", () => {
    expect(raws("土地流转合同一直签不下来 都拖了快半年了")).toEqual([]);
    expect(raws("污水站的泵坏了 都停了十几天了")).toEqual([]);
    expect(raws("审批材料在市里卡了两个多月")).toEqual([]);
    expect(raws("补助资金到账等了二十来天")).toEqual([]);
  });
  it("work done for a span still is", () => {
    expect(raws("工地停工整改了15天")).toEqual(["15天"]);
    expect(raws("连续巡查了5天")).toEqual(["5天"]);
  });
  it("a span that goes on to say what is owed or put back is the problem's figure", () => {
    expect(raws("护林员补助拖了三个月还没发下去")).toEqual(["三个月"]);
    expect(raws("竣工时间要往后拖十来天")).toEqual(["十来天"]);
  });
});
