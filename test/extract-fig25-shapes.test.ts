import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * Round twenty-five (fig25): what a figure counts and in what unit, on phrasing of several writers —
 * a number typed straight into the next clause with no comma, read as if the comma were there: a bare 个
 * count of people (b4-, b8-, e2-), a sum with no 元 (b4-, d1-, e2-); and bare 个 counts of people read by
 * who they are or what they do (伢、中层、渔民; 有三个岁数大了、有两个嫌远; 每期二十来个; 征兵走了十五个).
 * Sentences written for this test, not corpus lines.
 */

describe("a bare 个 count ending its clause with no comma before the next", () => {
  it("reads people as it would with the comma typed", () => {
    expect(units("村里开党员大会，党员到了三十一个还有五个请假了")).toEqual(["三十一个=31人", "五个=5人"]);
    // Dictated with spaces (a voice run, its clauses carrying commas of their own): the same.
    expect(units("今天开了党员大会 党员到了三十一个还有五个请假了 下礼拜补开一次")).toEqual([
      "三十一个=31人",
      "五个=5人",
    ]);
    // The count before a part said of it, with 零 in it (一百零五).
    expect(units("冬训到了一百零五个，八个请假")).toEqual(["一百零五个=105人", "八个=8人"]);
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

  it("reads a sum per head as money when no cut was found there", () => {
    expect(units("今年引进的三个硕士，生活补贴发下去了，每人3万材料还得补一份")).toEqual([
      "三个=3人",
      "3万=30000元",
    ]);
    // No money said: a bare sum may count what follows it.
    expect(units("营养餐今年覆盖2.8万学生")).toEqual(["2.8万=28000"]);
  });

  it("keeps a unit or a date that runs past the cut", () => {
    expect(units("鱼塘今年卖了12万斤村里年轻人少")).toEqual(["12万斤=120000斤"]);
    expect(units("有的企业新换的会计，啥也不懂11月底前把数据审一遍")).toEqual([]);
  });
});

describe("a bare 个 count of people, by who they are or what they do", () => {
  it("reads people named after or before the count", () => {
    expect(units("搞了一次送法进校园，三百多个伢听了讲座")).toEqual(["三百多个=300人"]);
    expect(units("下午约谈了12个中层，都表了态")).toEqual(["12个=12人"]);
    expect(units("禁渔期宣传走了4个码头，发动渔民转产，今年转了五十几个")).toEqual([
      "4个=4个",
      "五十几个=50人",
    ]);
  });

  it("reads a part of the people said by their age or what they dislike", () => {
    expect(units("全所农技员就九个，有三个岁数大了跑不动")).toEqual(["九个=9人", "三个=3人"]);
    expect(units("培训考试过了的四十个，剩下六个年纪大了看不懂")).toEqual(["四十个=40人", "六个=6人"]);
    expect(units("新建大棚60个，有3个年底完工")).toEqual(["60个=60个", "3个=3个"]);
  });

  it("reads who came to each session, and those called up", () => {
    expect(units("今年办了3期电工培训，每期二十来个")).toEqual(["3期=3期", "二十来个=20人"]);
    expect(units("冬季征兵今年走了十五个")).toEqual(["十五个=15人"]);
    expect(units("抽检每批3个样品，一共抽了20批")).toEqual(["3个=3个", "20批=20批"]);
  });
});
