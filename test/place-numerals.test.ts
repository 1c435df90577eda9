import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const raws = (t: string) => extractUpdate(t, org, { today: "2026-11-20" }).figures.map((f) => f.raw);

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
