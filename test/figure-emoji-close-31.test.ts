import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Round 31 (fig31b): 「组织了健康讲座，来了19个😄」 read 19个, while the same words without the emoji read 19人 —
 * the emoji right after the count kept it from closing its clause, so the people who came were not counted as
 * people. An emoji typed after a count now closes the clause the way a comma does, for the reading in context.
 */
const read = (text: string) => findStatedFigures(text).map(({ figure: f }) => `${f.value}${f.unit}`);

describe("an emoji right after a count closes its clause", () => {
  it("people who came, counted with 个, then an emoji", () => {
    expect(read("周五搞了场防诈骗讲座，来了三十几个🙏")).toEqual(["30人"]);
    expect(read("夜校今晚来了二十几个👍👍 下礼拜接着办")).toEqual(["20人"]);
  });

  it("the same as without the emoji; things stay things", () => {
    expect(read("书屋今天又装了5个空调😂")).toEqual(read("书屋今天又装了5个空调"));
    expect(read("路灯又装了5个😂")).toEqual(["5个"]);
  });
});
