import { describe, expect, it } from "vitest";
import { kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round fifty-three's fig53 classes (j9-yuanhe 山东潍坊, f29-fig53 凉山自然资源和规划局, fig52 leftovers).
 * Sentences of our own — 胶辽官话、西南官话、普通话.
 */
const found = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("a voice message's length is no figure", () => {
  it("[语音 1分03秒]、【语音 45秒】 before what was said", () => {
    expect(found("[语音 1分03秒] 今日在东庄教大棚放风 二十来户")).toEqual(["二十来户=20户"]);
    expect(found("【语音 0分45秒】下午查了三家加油站")).toEqual(["三家=3家"]);
  });
  it("near miss: a talk's length said in words is still read", () => {
    expect(found("讲座讲了两个小时 听的四十多人")).toContain("四十多人=40人");
  });
});

describe("days nothing went wrong in", () => {
  it("「五天没出啥问题」「七天莫得出啥子问题」", () => {
    expect(found("防汛值守 五天没出啥问题")).toEqual([]);
    expect(found("国庆七天莫得出啥子问题 窗口办了八十件")).toEqual(["八十件=80件"]);
  });
  it("near miss: days worked (连续) are read", () => {
    expect(found("连续巡堤六天没出啥问题")).toEqual(["六天=6天"]);
  });
});

describe("「N件大事」 counts lines of work, not a figure", () => {
  it("今年局里三件大事：…", () => {
    expect(found("今年局里三件大事：招商、环保、安全")).toEqual([]);
    expect(found("下半年就抓两件大事 一个是项目 一个是安全")).toEqual([]);
  });
  it("near miss: 办了N件实事 and 调解了N件纠纷 are read", () => {
    expect(found("今年为群众办了十二件实事")).toEqual(["十二件=12件"]);
  });
});

describe("a duty roster's 个 are people", () => {
  it("「全局三十三个轮着来」", () => {
    expect(found("春节值班表排好了 全局二十八个轮着来")).toEqual(["二十八个=28人"]);
  });
  it("near miss: 十四个卡口轮流值守 keeps 个", () => {
    expect(found("设了十四个卡口轮流值守")).toEqual(["十四个=14个"]);
  });
});

describe("a map's scale is no figure", () => {
  it("1:500比例尺、比例尺1：2000", () => {
    expect(found("按1:500比例尺完成村庄规划测绘一百二十六平方公里")).toEqual([
      "一百二十六平方公里=126平方公里",
    ]);
    expect(found("比例尺1：2000 完成地形图测量八平方公里")).toEqual(["八平方公里=8平方公里"]);
  });
});

describe("「没出啥子问题」 is good news, not a problem", () => {
  it("「到现在没出啥子问题」", () => {
    expect(kinds("到现在没出啥子问题")).toEqual(["done"]);
  });
  it("near miss: 老出问题 is a problem", () => {
    expect(kinds("这个系统老出问题")).toEqual(["problem"]);
  });
});

describe("money and measures", () => {
  it("a deal struck (交易了、成交了) before a bare 万 is a price, after an area in the clause", () => {
    expect(found("去年复垦三百二十亩 节余指标交易了两千一百来万")).toEqual([
      "三百二十亩=320亩",
      "两千一百来万=21000000元",
    ]);
  });
  it("near miss: a deal in 亩 keeps its unit", () => {
    expect(found("节余指标交易了四十亩")).toEqual(["四十亩=40亩"]);
  });
  it("a budget between things counted in 块 and the count makes it money", () => {
    expect(found("把宣传牌全部换新 预算大概万把块")).toEqual(["万把块=10000元"]);
  });
  it("near miss: 宣传牌都换新了 又补了八块 are pieces", () => {
    expect(found("宣传牌都换新了 又补了八块")).toEqual(["八块=8块"]);
  });
  it("公分 is a length", () => {
    expect(found("挡墙的裂缝宽了十几公分")).toEqual(["十几公分=10公分"]);
  });
});

describe("numbers taken back or places in a ranking", () => {
  it("「前面报的九个作废」", () => {
    expect(found("今年治理了十二个矿山 前面报的十个作废")).toEqual(["十二个=12个"]);
  });
  it("「比去年掉了三位」 is no count and a setback", () => {
    expect(found("考核排全市第七 比去年掉了两位")).toEqual([]);
    expect(kinds("比去年掉了两位")).toEqual(["problem"]);
  });
  it("near miss: 来了三位专家", () => {
    expect(found("排查会来了三位专家")).toEqual(["三位=3位"]);
  });
});

describe("clause kinds", () => {
  it("talks that went on for months and a contract still not signed are a problem", () => {
    expect(kinds("谈了半年 合同还没签下来 对方嫌价高")).toEqual(["problem"]);
    expect(kinds("跟了大半年 那个项目的协议到现在还是没签下来")).toEqual(["problem"]);
  });
  it("near miss: a contract signed after talks is done", () => {
    expect(kinds("谈了半年 合同终于签下来了")).toEqual(["done"]);
  });
  it("a duty roster set to run to a month's end is work done (an arrangement in force)", () => {
    expect(kinds("汛期值班排到九月底 每天两个在岗", "2026-07-10")).toEqual(["done"]);
    expect(kinds("值班表排到月底了 每天三个人", "2026-07-10")).toEqual(["done"]);
  });
  it("near miss: 准备排到… is still a plan", () => {
    expect(kinds("下个月准备把值班排到年底", "2026-07-10")).toEqual(["plan"]);
    expect(kinds("座谈会安排到八月底开", "2026-07-10")).toEqual(["plan"]);
  });
});
