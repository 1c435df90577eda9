import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

const raws = (t: string) => run(t, "2026-11-20").figures.map((f) => f.raw);

describe("village names built on a numeral and 家", () => {
  it("are no count of households or firms", () => {
    expect(raws("上礼拜在三家子村开了土豆种植现场会 来了40户")).toEqual(["40户"]);
    expect(raws("到六家窝堡屯走访脱贫户12户")).toEqual(["12户"]);
    expect(raws("明年打算在九家庄村建一个育苗基地200亩")).toEqual(["200亩"]);
    expect(raws("七家营子嘎查的棚圈改造完成了")).toEqual([]);
  });
  it("leave counts of firms said with 家 alone", () => {
    expect(raws("集团今年新设了三家子公司")).toEqual(["三家"]);
    expect(raws("上门走访了四家乡镇企业")).toEqual(["四家"]);
  });
});
