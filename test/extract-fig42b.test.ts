import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/** Round forty-two's second figure and kind classes (fig42b), in other words than the corpus's. The rules alone. */
const texts = (text: string, today = "2026-06-10") =>
  (run(text, today).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);

describe("bad goods and how many are already sold are one problem (read where the pieces are joined)", () => {
  it("a defect said first, then 已经卖掉 / 卖出去 + a count: Wu, plain Mandarin, comma, Traditional", () => {
    expect(texts("上虞那边批发过来的一批电动自行车 呒没3C认证 已经卖掉了九十几辆")).toEqual([
      ["problem", "上虞那边批发过来的一批电动自行车呒没3C认证已经卖掉了九十几辆"],
    ]);
    expect(texts("一批儿童玩具没有中文标签，已经卖出去两百多个")).toEqual([
      ["problem", "一批儿童玩具没有中文标签已经卖出去两百多个"],
    ]);
    expect(texts("查出来的过期奶粉 早就卖掉了四十来罐")).toEqual([
      ["problem", "查出来的过期奶粉早就卖掉了四十来罐"],
    ]);
    expect(texts("這批電熱毯不合格 已經賣出去一百多條")).toEqual([
      ["problem", "这批电热毯不合格已经卖出去一百多条"],
    ]);
    expect(texts("送来的蜂蜜化验是糖浆仿的 已经卖出去三十几瓶了")).toEqual([
      ["problem", "送来的蜂蜜化验是糖浆仿的已经卖出去三十几瓶了"],
    ]);
  });
  it("near misses: goods sold with nothing wrong, bad goods sold and recovered, a recall after it", () => {
    expect(texts("合作社的茶叶今年已经卖掉了九十几吨")).toEqual([
      ["done", "合作社的茶叶今年已经卖掉了九十几吨"],
    ]);
    expect(texts("冬枣品质好 已经卖掉了九十几吨")).toEqual([["done", "冬枣品质好已经卖掉了九十几吨"]]);
    expect(texts("县里的商品房没有库存压力 已经卖掉了九十几套")).toEqual([
      ["done", "县里的商品房没有库存压力已经卖掉了九十几套"],
    ]);
    expect(texts("查获一批假冒化肥 已经卖出去的三百多袋全部追回")).toEqual([
      ["done", "查获一批假冒化肥已经卖出去的三百多袋全部追回"],
    ]);
    expect(texts("一批假冒农药 已经卖出去六十几瓶 已经全部召回")).toEqual([
      ["problem", "一批假冒农药已经卖出去六十几瓶"],
      ["done", "已经全部召回"],
    ]);
  });
});

describe("a window closing on a day, then what came in so far, is work done (read where the pieces are joined)", () => {
  const kindsOn = (text: string) => (run(text, "2026-03-16").clauses ?? []).map((c) => c.kind);
  it("截止 on a day ahead, then 收到 / 已经有…报名 + a count: plain Mandarin, comma, Traditional", () => {
    expect(kindsOn("今年县级科技计划3月31日截止 收到申报书八十三份 种薯 风电 莜麦加工的都有")).toEqual([
      "done",
    ]);
    expect(kindsOn("高企申报3月31日截止，目前已收到材料四十二份")).toEqual(["done"]);
    expect(kindsOn("职业技能补贴报名下周五截止 已经有一百二十多人报名")).toEqual(["done"]);
    expect(kindsOn("创业大赛報名月底截止 收到項目書六十幾份")).toEqual(["done"]);
  });
  it("near misses: a step asked or planned after the window, a target, a deadline one's own", () => {
    expect(kindsOn("材料3月31日截止 请各单位抓紧报送")).toEqual(["plan"]);
    expect(kindsOn("申报3月31日截止 计划收到申报书一百份")).toEqual(["plan"]);
    expect(kindsOn("申报3月31日截止 要组织专家评审")).toEqual(["plan"]);
    expect(kindsOn("申报书3月31日前要交 收到八十三份")).toEqual(["plan"]);
  });
});

describe("spans that are states, and a division of the work, are no figures", () => {
  const raws = (text: string) => (run(text, "2026-05-10").figures ?? []).map((f) => f.raw);
  it("how long a thing has been off (掉线三天以上, 离线了十几个小时) is what it was checked for", () => {
    expect(raws("危险品运输企业查了二十六家 动态监控有四家掉线三天以上 都约谈了")).toEqual([
      "二十六家",
      "四家",
    ]);
    expect(raws("有两个摄像头离线了十几个小时")).toEqual(["两个"]);
    expect(raws("村里停電十幾個小時 搶修隊到了")).toEqual([]);
  });
  it("how long since a road opened or a job was handed over (才通车两个月, 刚交付三个月) is its age", () => {
    expect(raws("新修的通村路 才通车两个月就裂了七八条缝")).toEqual(["七八条"]);
    expect(raws("新修的桥刚交付三个月 桥面就起皮了")).toEqual([]);
    expect(raws("路面才修好一个月又坏了")).toEqual([]);
  });
  it("分两批 said on its own counts the batches too (README, fig43: 分几批 / 几期 / 几组 is how many rounds the work takes)", () => {
    expect(raws("农村公路路长培训 分两批 每批六十个左右")).toEqual(["两批", "六十个左右"]);
    expect(raws("村医轮训分成三组，每组二十人")).toEqual(["三组", "二十人"]);
    expect(raws("新招的协管员培訓分兩批，每批四十人")).toEqual(["两批", "四十人"]);
  });
  it("near misses: work done for a span, lines opened, batches counted as work", () => {
    expect(raws("连续值守了三天")).toEqual(["三天"]);
    expect(raws("修了两个月的路")).toEqual(["两个月"]);
    expect(raws("今年新通车两条线 共12公里")).toEqual(["两条", "12公里"]);
    expect(raws("停电期间抢修了三天")).toEqual(["三天"]);
    expect(raws("培训了两批 共一百二十人")).toEqual(["两批", "一百二十人"]);
    expect(raws("这个月分了两批货给超市")).toEqual(["两批"]);
    expect(raws("党员分三期轮训 每期两天")).toEqual(["三期", "两天"]);
  });
});
