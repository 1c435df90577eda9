import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * 「个」 counting people by the structure of the sentence (round twenty-one, fig21): who came, who is
 * sent to study, the rest of people just counted, workers named by their trade (…工). Sentences
 * written for this test, not taken from the report corpus.
 */
const vu = (text: string) => findStatedFigures(text).map((f) => `${f.figure.value}${f.figure.unit}`);

describe("people counted in 个", () => {
  it("reads what came to a meeting as people, unless it is named as a body, a place or a thing", () => {
    expect(vu("表彰会来了二十几个小年轻")).toEqual(["20人"]);
    expect(vu("现场会来了四十多个养鸭大户")).toEqual(["40人"]);
    expect(vu("上午来了三个检查组")).toEqual(["3个"]);
    expect(vu("来了十来个外地的收购车")).toEqual(["10个"]);
    // Who takes part, named between the count and 参加 (a draft writes 来了… over this way).
    expect(vu("培训班办了两期，一百多个养蜂户参加")).toEqual(["2期", "100人"]);
    expect(vu("三个村参加了评比")).toEqual(["3个"]);
  });

  it("reads who lives in a home as people, and a bare head count after who signed up or was trained", () => {
    expect(vu("福利院住了三十来个老辈子")).toEqual(["30人"]);
    expect(vu("今年报名参军的有一百挂零")).toEqual(["100人"]);
    expect(vu("育婴师培训班培训了八十出头")).toEqual(["80人"]);
    // A sum reached is money, not a head count.
    expect(vu("技术合同登记额到了3400万")).toEqual(["34000000元"]);
  });

  it("reads a number raised or cut to in the unit of the figure before it", () => {
    expect(vu("今年种了辣椒两千三百亩，明年打算扩到三千")).toEqual(["2300亩", "3000亩"]);
  });

  it("reads those sent somewhere to study or train as people", () => {
    expect(vu("明年选派五个去省农科院进修")).toEqual(["5人"]);
    expect(vu("下个月再送八个到市里跟班学习")).toEqual(["8人"]);
  });

  it("reads the rest of a count of people as people, what they are said as a 的-phrase", () => {
    expect(vu("帮30个下岗的大哥找了活，还有七八个岁数大的不好安排")).toEqual(["30人", "7人"]);
    expect(vu("今年退捕安置了一百多个，还有二十几个没找到活干")).toEqual(["100人", "20人"]);
    expect(vu("乡里老师本来就少，今年又走哩三个")).toEqual(["3人"]);
    expect(vu("报告会到会的有九十多个")).toEqual(["90人"]);
  });

  it("reads workers named by their trade (…工) as people, not work (施工、用工)", () => {
    expect(vu("给两百来个保洁工发了手套")).toEqual(["200人"]);
    expect(vu("三个施工点停工了")).toEqual(["3个"]);
    expect(vu("新开了五个用工岗位")).toEqual(["5个"]);
  });
});
