import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Round 31 (fig31b): 「讲解员唔够人，得两个」 (d3-zhupu) read 2个: Cantonese 得 right after a comma is 只有, and the
 * people named just before are what the bare 个 counts, as with 就、才、只剩.
 */
const read = (text: string) => findStatedFigures(text).map(({ figure: f }) => `${f.value}${f.unit}`);

describe("Cantonese 得 (只有) after a comma, people named just before", () => {
  it("counts those people", () => {
    expect(read("图书馆管理员唔够，得三个")).toEqual(["3人"]);
    expect(read("村里嘅网格员好少，得五个。")).toEqual(["5人"]);
  });

  it("things named before stay things; 得 inside a clause is not 只有", () => {
    expect(read("展板不够，得两个")).toEqual(["2个"]);
    expect(read("这个活做得两个礼拜")).toEqual(["2个礼拜"]);
  });
});
