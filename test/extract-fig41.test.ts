import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/** Round forty-one's classes (fig41), in other words than the corpus's. The rules alone. */
const texts = (text: string, today = "2026-10-20") =>
  (run(text, today).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);
const figures = (text: string, today = "2026-10-20") =>
  (run(text, today).clauses ?? []).flatMap((c) =>
    (c.figures ?? []).map((f) => [f.raw, f.value, f.unit, f.kind]),
  );

describe("今年 + a month or the year's end + 前 is a deadline still ahead, one time, not work done this year", () => {
  it("said in October: 今年十二月底前 / 今年11月底前 / 今年年底前 / 今年底前 / 今年内 are plans, not cut inside", () => {
    expect(texts("今年十二月底前把取暖补贴发下去")).toEqual([["plan", "今年十二月底前把取暖补贴发下去"]]);
    expect(texts("今年11月底前发下去")).toEqual([["plan", "今年11月底前发下去"]]);
    expect(texts("今年年底前全部换成新表")).toEqual([["plan", "今年年底前全部换成新表"]]);
    expect(texts("今年底前装好")).toEqual([["plan", "今年底前装好"]]);
    expect(texts("今年內完成驗收")).toEqual([["plan", "今年内完成验收"]]);
  });
  it("after work done, the deadline opens the next clause whole (not 今年|年底前)", () => {
    expect(texts("培训做完了 今年年底前再办一期")).toEqual([
      ["done", "培训做完了"],
      ["plan", "今年年底前再办一期"],
    ]);
  });
  it("near misses: a past month of this year with 了, 今年 + 了, and 明年年底前 keep their readings", () => {
    expect(texts("今年6月底前全部发下去了", "2026-12-15")).toEqual([["done", "今年6月底前全部发下去了"]]);
    expect(texts("今年装好了三百台")).toEqual([["done", "今年装好了三百台"]]);
    expect(texts("今年内完成了验收")).toEqual([["done", "今年内完成了验收"]]);
    expect(texts("明年年底前建成")).toEqual([["plan", "明年年底前建成"]]);
    expect(figures("今年装好了三百台")).toEqual([["三百台", 300, "台", "achieved"]]);
  });
});

describe("三日两头 / 隔三岔五 (吴语 and written variants of 三天两头) count nothing and say a thing goes wrong often", () => {
  it("no figure 两头, and the piece is a problem", () => {
    expect(figures("那台抽水泵三日两头坏")).toEqual([]);
    expect(texts("那台抽水泵三日两头坏")).toEqual([["problem", "那台抽水泵三日两头坏"]]);
    expect(texts("城东片区隔三岔五停电")).toEqual([["problem", "城东片区隔三岔五停电"]]);
  });
  it("near miss: two head of cattle are still counted", () => {
    expect(figures("给贫困户买了两头牛").map((f) => f.slice(0, 3))).toEqual([["两头", 2, "头"]]);
  });
});

describe("a sum said in 万 in Chinese numerals before a space and 年底前 / 年后 is money, no year (四十万 年底前)", () => {
  it("借款合计四十万 年底前还清 / 工钱合计四十万 年后结 keep the sum", () => {
    expect(figures("借款合计四十万 年底前还清").map((f) => f.slice(0, 3))).toEqual([
      ["四十万", 400000, "元"],
    ]);
    expect(figures("工钱合计四十万 年后结").map((f) => f.slice(0, 3))).toEqual([["四十万", 400000, "元"]]);
  });
  it("near misses: years of a body's life and years of work kept up are no money", () => {
    expect(figures("这个合作社办了四十年")).toEqual([]);
    expect(figures("试点连续搞了三年").map((f) => f.slice(0, 3))).toEqual([["三年", 3, "年"]]);
  });
});

describe("V掉了 + a count (处理掉了、检掉了、卖掉了): 掉 closes a job done, it is no fall in numbers", () => {
  it("a job closed with 掉 is work done", () => {
    expect(texts("投诉当天处理掉了四十二件")).toEqual([["done", "投诉当天处理掉了四十二件"]]);
    expect(texts("上午已经检掉了三台")).toEqual([["done", "上午已经检掉了三台"]]);
    expect(texts("积压的化肥卖掉了一半")).toEqual([["done", "积压的化肥卖掉了一半"]]);
  });
  it("near misses: a count that dropped (人数掉了、掉了五十多个) is still a problem", () => {
    expect(texts("参保人数掉了一千多")).toEqual([["problem", "参保人数掉了一千多"]]);
    expect(texts("订单今年掉了三成")).toEqual([["problem", "订单今年掉了三成"]]);
  });
});

describe("a crop hit by the weather, told by the share of it (冻了一半、冻了三成), after a frost named (一场霜)", () => {
  it("the share hit is a problem; the frost named before it is its cause, in the same clause", () => {
    expect(texts("茶园冻了三成", "2026-05-15")).toEqual([["problem", "茶园冻了三成"]]);
    expect(texts("河滩的核桃淹了一小半", "2026-08-15")).toEqual([["problem", "河滩的核桃淹了一小半"]]);
    expect(texts("清明前一场霜 坡上的杏花冻了一半 请农技站来看看", "2026-05-15")).toEqual([
      ["problem", "清明前一场霜坡上的杏花冻了一半"],
      ["plan", "请农技站来看看"],
    ]);
  });
  it("near misses: frozen on purpose, half a task done, and a talk on frost are work done", () => {
    expect(texts("把收购的肉冷冻了一半", "2026-05-15")).toEqual([["done", "把收购的肉冷冻了一半"]]);
    expect(texts("上半年任务完成了一半", "2026-07-15")).toEqual([["done", "上半年任务完成了一半"]]);
    expect(texts("四月底一场霜 我们组织了防霜冻培训", "2026-05-15")).toEqual([
      ["done", "四月底一场霜我们组织了防霜冻培训"],
    ]);
  });
});

describe("a place named after talent (人才培养基地、人才实训平台) counted in 个 counts places, not people", () => {
  it("申报了三个 after a base or platform of talent is 个", () => {
    expect(figures("人才培养基地申报了三个", "2026-12-18").map((f) => f.slice(0, 3))).toEqual([
      ["三个", 3, "个"],
    ]);
    expect(figures("人才实训平台申报了两个", "2026-12-18").map((f) => f.slice(0, 3))).toEqual([
      ["两个", 2, "个"],
    ]);
  });
  it("near miss: applicants of a talent scheme are still people", () => {
    expect(figures("高层次人才申报了四个", "2026-12-18").map((f) => f.slice(0, 3))).toEqual([
      ["四个", 4, "人"],
    ]);
  });
});

describe("firms counted with 里/中 after them (四十三家规上企业里), then the share of a bad part: the set frames the problem", () => {
  it("after a piece of its own, the set counted with 里 goes with the share, not with the piece before", () => {
    expect(texts("二季度快报出来了 三十一家规上企业里 报零的占了三成", "2026-03-19")).toEqual([
      ["done", "二季度快报出来了"],
      ["problem", "三十一家规上企业里报零的占了三成"],
    ]);
  });
  it("the set and the share are one problem, its count a problem figure", () => {
    expect(texts("走访的二十家企业中 没建辅助账的占了三成", "2026-03-19")).toEqual([
      ["problem", "走访的二十家企业中没建辅助账的占了三成"],
    ]);
    expect(figures("走访的二十家企业中 没建辅助账的占了三成", "2026-03-19").map((f) => f[3])).toEqual([
      "problem",
      "problem",
    ]);
  });
  it("near miss: the share of a good part stays work done", () => {
    expect(texts("二十家企业里 拿到补贴的占了六成", "2026-03-19")).toEqual([
      ["done", "二十家企业里拿到补贴的占了六成"],
    ]);
  });
});
