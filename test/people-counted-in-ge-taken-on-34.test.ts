import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * More bare 个 counts of people (docs/understanding.md, 第三十四轮 fig34): more of the people named before taken on or
 * trained again (明年争取再培养10个), a target of those to come (争取来一百个), the people served then 做了 + count
 * (学生体检今天做了九十几个), and person nouns the list missed (校医, 定向村医).
 */
describe("bare 个 of people taken on, coming or served", () => {
  it("reads more of the people named before, taken on again, as people", () => {
    expect(units("技术经纪人太少了 好多合同都是企业自己摸索，明年争取再培养10个")).toContain("10个=10人");
    expect(units("技术经纪人太少了 好多合同都是企业自己摸索明年争取再培养10个")).toContain("10个=10人");
    expect(units("企业太少，明年再引进10个")).toContain("10个=10个");
  });

  it("reads a target of those to come as people", () => {
    expect(units("电商培训来了六十几个，下个月再办一期，争取来一百个")).toContain("一百个=100人");
  });

  it("reads the people served, then 做了 and the count, as people", () => {
    expect(units("秋季学生体检今天做了九十几个校医就俩忙不赢")).toEqual(["九十几个=90人", "俩=2人"]);
    expect(units("设备检查做了九十几个，")).toContain("九十几个=90个");
  });

  it("reads 定向村医 as people", () => {
    expect(units("明年招十个定向村医")).toContain("十个=10人");
  });
});

describe("bare 个 of people placed in posts, or named as 小年轻", () => {
  it("reads those placed in posts (推荐上岗) as people", () => {
    expect(units("安置点就业帮扶 推荐上岗四十三个，工资一个月三千五左右")).toContain("四十三个=43人");
    expect(units("推荐上岗三个企业")).toContain("三个=3个");
  });

  it("reads 小年轻 as people, and a few of them after it", () => {
    expect(units("培训电商主播 来了十八个小年轻能坚持播的估计就五六个")).toEqual([
      "十八个=18人",
      "五六个=5人",
    ]);
  });
});
