import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-eight's fig48 classes (f24-fig48 退役军人事务局 in 陕北榆林, j4-xuanxi 皖南宣城) and the conventions
 * round forty-seven left open (test/corpus/README.md). Sentences of our own — 陕北晋语、吴语、西南官话、普通话、繁体.
 */
const found = (text: string, day = "2026-06-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
const clauses = (text: string, day = "2026-06-10") => (run(text, day).clauses ?? []).map((c) => c.text);

describe("个 counting people when the noun is far or not said", () => {
  it("signed up, signed on or taken, in a sentence of people or hiring", () => {
    expect(found("冬季征兵宣传搞了 这两天报了二十来个 下礼拜体检")).toEqual(["二十来个=20人"]);
    expect(found("退役军人专场招聘会 来了三百多人 签了五十二个")).toEqual([
      "三百多人=300人",
      "五十二个=52人",
    ]);
    expect(found("公益岗招聘 面试完录用了十二个")).toEqual(["十二个=12人"]);
  });
  it("the whole staff of a body, then a step only people take", () => {
    expect(found("党史学习教育讲座 全科十一个都参加了")).toEqual(["十一个=11人"]);
    expect(found("植树节 全局六十来个都去了")).toEqual(["六十来个=60人"]);
  });
  it("people named by what they do with 的", () => {
    expect(found("全镇退役军人当网格员的有二十三个")).toEqual(["二十三个=23人"]);
    expect(found("村里婆姨们会做剪纸的只有九个")).toEqual(["九个=9人"]);
  });
  it("what a drill had them do", () => {
    expect(found("搞了一回地震疏散演练 八十六个两分钟内全部下了楼")).toEqual([
      "八十六个=86人",
      "两分钟=2分钟",
    ]);
  });
  it("people moved to a place named after the verb (转到了学校) are still people", () => {
    expect(found("防汛转移 把村里四十几个老人转到了学校")).toEqual(["四十几个=40人"]);
    expect(found("退役士兵报了三十来个")).toEqual(["三十来个=30人"]);
  });
  it("near misses: things signed or counted stay 个", () => {
    expect(found("招商引资 今天跟客商签了三个")).toEqual(["三个=3个"]);
    expect(found("能用的大棚有十七个")).toEqual(["十七个=17个"]);
    expect(found("全局的电脑换了二十个")).toEqual(["二十个=20个"]);
    expect(found("五十个老人活动中心都建好了")).toEqual(["五十个=50个"]);
  });
});

describe("N分钟内: what a drill took is a figure, a set limit is not", () => {
  it("the time it took", () => {
    expect(found("演练那天全校十五分钟内疏散完了")).toEqual(["十五分钟=15分钟"]);
  });
  it("the limit set is no figure", () => {
    expect(found("按规定接到电话三十分钟内就得赶到")).toEqual([]);
    expect(found("接警后五分鐘內必須到場")).toEqual([]);
    expect(found("要求2小时内到位")).toEqual([]);
  });
});

describe("分三个组: labelled N个 with 组 outside the braces, as most open files do (README, fig48)", () => {
  it("reads the count of 个, and 组织、组长 give nothing more", () => {
    expect(found("培训的人多 打算分三个组轮着上")).toEqual(["三个=3个"]);
    expect(found("工作专班分了五个组")).toEqual(["五个=5个"]);
  });
});

describe("a pasted table whose units stand only in its header", () => {
  const table =
    "慰问情况（从表里粘的）\n乡镇 走访户数（户） 发放金额（元）\n鱼河镇 36 18000\n镇川镇 4 200\n归德堡 待补 待补";
  it("each cell takes its column's unit, and 「4 200」 is two cells", () => {
    expect(found(table)).toEqual(["36=36户", "18000=18000元", "4=4户", "200=200元"]);
  });
  it("the 待补 row is no figure and stays in the message", () => {
    expect(clauses(table).join("\n")).toContain("归德堡 待补 待补");
  });
  it("near misses: a thousands space outside a table, and a header without units, read as before", () => {
    expect(found("全年接待来访4 200人次")).toEqual(["4 200人次=4200人次"]);
    expect(found("乡镇 户数 金额\n鱼河镇 36 18000")).not.toContain("36=36户");
  });
});

describe("money said after what it is, 元 left out", () => {
  it("慰问金、救助金、资金 then a bare number", () => {
    expect(found("给中队送了两台洗衣机 慰问金五千")).toEqual(["两台=2台", "五千=5000元"]);
    expect(found("临时救助金三千五")).toEqual(["三千五=3500元"]);
  });
});

describe("not figures: a network address, the nights worked late", () => {
  it("a network path's address is no figure", () => {
    expect(found("模板在共享盘 \\\\10.12.0.8\\年报 自己下")).toEqual([]);
  });
  it("加了…的班 says how long people worked (README: 人干了多久 不标)", () => {
    expect(found("迎检这个月加了十来个晚上的班")).toEqual([]);
    expect(found("这礼拜加了三天班 材料整了二十三盒")).toEqual(["二十三盒=23盒"]);
  });
});
