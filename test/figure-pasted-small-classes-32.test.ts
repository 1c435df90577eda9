import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Round 32 (val32): small classes of figure values from the open report files and f8-val32 — a lone 伍 ending
 * 队伍 is no 5; a word count in 字 after an Arabic number; days in a row said with 日; a count of one installed
 * or bought (新上了一台); a bare sum over or short of a sum just said (超了一百多万); the round count right after
 * the people who came (听的学生二百多).
 */
const read = (text: string) => findStatedFigures(text).map(({ figure: f }) => `${f.value}${f.unit}`);

describe("a lone formal numeral that ends a word", () => {
  it("is no number (队伍、入伍、大陆)", () => {
    expect(read("民兵队伍人员年龄偏大")).toEqual([]);
    expect(read("今年退伍人员安置到位")).toEqual([]);
  });
  it("formal numerals before a unit still count", () => {
    expect(read("共计伍人参加")).toEqual(["5人"]);
    expect(read("拨付资金叁拾伍万元")).toEqual(["350000元"]);
  });
});

describe("字 after an Arabic number", () => {
  it("counts words written", () => {
    expect(read("调研报告写了12000字，下周交")).toEqual(["12000字"]);
    expect(read("材料初稿写完了，大概5000字")).toEqual(["5000字"]);
  });
});

describe("days in a row said with 日", () => {
  it("are days", () => {
    expect(read("连续巡河5日，未发现问题")).toEqual(["5天"]);
    expect(read("一连三日下乡入户")).toEqual(["3天"]);
  });
  it("a date stays no figure", () => {
    expect(read("12月3日开展巡查")).toEqual([]);
  });
});

describe("a count of one installed or bought", () => {
  it("counts at the end of its clause", () => {
    expect(read("乡卫生院彩超新购一台，已投入使用")).toEqual(["1台"]);
    expect(read("村部空调安装了一台。")).toEqual(["1台"]);
  });
  it("一 inside a clause stays unread", () => {
    expect(read("新上一台设备要花不少钱")).toEqual([]);
  });
});

describe("a bare sum over or short of a sum just said", () => {
  it("is money", () => {
    expect(read("招商任务1.2亿 目前还差两千多万")).toEqual(["120000000元", "20000000元"]);
    expect(read("年初定的目标三百万，已经超了五十来万")).toEqual(["3000000元", "500000元"]);
  });
  it("of people stays people", () => {
    expect(read("目标培训800人，已经超了100人")).toEqual(["800人", "100人"]);
  });
});

describe("a round count right after the people who came", () => {
  it("counts people", () => {
    expect(read("上午讲座来的家长一百多")).toEqual(["100人"]);
    expect(read("参加的村民大概三百多")).toEqual(["300人"]);
  });
  it("a sum of 万 there is not a head count", () => {
    expect(read("参加的学员补贴二十多万")).not.toContain("200000人");
  });
});

describe("numbers that name or wait rather than count", () => {
  it("how long a delay has lasted is no figure", () => {
    expect(read("审批一直卡着，已经拖了两个多月")).toEqual([]);
    expect(read("设备款压了半年多，又耽误了三个月")).toEqual([]);
  });
  it("doing something for days in a row still counts", () => {
    expect(read("连续巡查了5天")).toEqual(["5天"]);
  });
  it("介两天 (这两天) is no figure", () => {
    expect(read("介两天忙着迎检，台账补了12本")).toEqual(["12本"]);
  });
  it("a service number before 热线 names it", () => {
    expect(read("农机110热线本月接听咨询53个")).toEqual(["53个"]);
  });
});

describe("a delay said with what it holds up", () => {
  it("stays a figure (wages held back for months)", () => {
    expect(read("有两个村保洁员工资拖了三个月还没发")).toContain("3个月");
  });
});
