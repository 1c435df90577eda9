import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-five (fig25): what a figure counts and in what unit, on phrasing of several writers —
 * a number typed straight into the next clause with no comma, read as if the comma were there: a bare 个
 * count of people (b4-, b8-, e2-), a sum with no 元 (b4-, d1-, e2-); …
 * Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const units = (text: string, today = "2026-12-03") =>
  extractUpdate(text, org, { today }).figures.map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("a bare 个 count ending its clause with no comma before the next", () => {
  it("reads people as it would with the comma typed", () => {
    expect(units("村里开党员大会，党员到了三十一个还有五个请假了")[0]).toBe("三十一个=31人");
    expect(units("村里开党员大会，党员到了三十一个，还有五个请假了")[0]).toBe("三十一个=31人");
    expect(units("给低保户老人送温暖，送了一百二十多个没在家的下回补上")).toEqual(["一百二十多个=120人"]);
  });

  it("leaves things counted as they are", () => {
    expect(units("报上去项目五个还有两个在准备材料")).toEqual(["五个=5个", "两个=2个"]);
    expect(units("今年新建大棚六十个还有八个没盖膜")[0]).toBe("六十个=60个");
  });
});

describe("a sum with no 元 ending its clause with no comma before the next", () => {
  it("reads money as it would with the comma typed", () => {
    expect(units("危房改造干完了，每户补了一万五还有3户嫌少不愿意拆")).toContain("一万五=15000元");
    expect(units("招商引资到位资金1.8亿元离全年目标还差3000万12月份重点跟两个项目")).toContain(
      "3000万=30000000元",
    );
  });

  it("keeps a unit or a date that runs past the cut", () => {
    expect(units("鱼塘今年卖了12万斤村里年轻人少")).toEqual(["12万斤=120000斤"]);
    expect(units("有的企业新换的会计，啥也不懂11月底前把数据审一遍")).toEqual([]);
  });
});
