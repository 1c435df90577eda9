import { describe, expect, it } from "vitest";
import { kindsAndFigures } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f7-fig32: in a voice run-on a count said with 千/万 and an approximation before
 * its measure word (三千来个、两万多件) was cut between the number and 来个, losing the figure and handing the
 * work before it to the problem after it. Sentences written for this test, not corpus lines.
 */
const read = (text: string) => kindsAndFigures(text, "2026-12-04");

describe("an approximate count of 千/万 typed into the next clause", () => {
  it("stays whole, with the work before it", () => {
    expect(read("防汛仓库盘点完了 编织袋两千来个雨衣150件抽水泵那台一直打不着火修了几回都没好")).toEqual({
      kinds: ["done", "problem"],
      figures: ["两千来个:achieved", "150件:achieved"],
    });
  });
  it("a count of 万 with 来 before a measure word other than 个 closes its clause", () => {
    expect(read("这个礼拜烘了三万来斤烘干机不够用")).toEqual({
      kinds: ["done", "problem"],
      figures: ["三万来斤:achieved"],
    });
  });
});
