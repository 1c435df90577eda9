import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-three's fig43b classes: an estimate said before the figure, a rough sum of 万 typed straight into
 * what follows, how long a thing was held up (一等就是十来天). Sentences of our own — 赣北, 湘, 粤, plain
 * Mandarin, Traditional. The rules alone.
 */
const found = (text: string) =>
  (run(text, "2026-06-10").figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}${f.approx ? "~" : ""}`);
const texts = (text: string) =>
  (run(text, "2026-06-10").clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);

describe("an estimate word before the figure (大概、差不多、估计、大致) marks it approximate", () => {
  it("大概 / 差不多 / 估计有 / 大致 + a count: approximate; the word stays in the text, out of raw (edits replace the figure)", () => {
    expect(found("宣讲会来了大概六百人")).toEqual(["六百人=600人~"]);
    expect(found("国庆接待游客差不多1万人次")).toEqual(["1万人次=10000人次~"]);
    expect(found("估计有五十来户还没领")).toEqual(["五十来户=50户~"]);
    expect(found("今年种植面积大致三千亩")).toEqual(["三千亩=3000亩~"]);
    expect(found("講座來了大概兩百人")).toEqual(["两百人=200人~"]);
    expect(found("每亩纯收入大概两千出头")).toEqual(["两千出头=2000元~"]);
  });
  it("already approximate words stay as they were (大约、将近、左右)", () => {
    expect(found("听课的党员大约两百人")).toEqual(["大约两百人=200人~"]);
    expect(found("参赛队伍40支左右")).toEqual(["40支左右=40支~"]);
    expect(found("将近三十家企业报了名")).toEqual(["将近三十家=30家~"]);
  });
  it("near misses: a figure said exactly, or 是 between the estimate and the figure, is not marked", () => {
    expect(found("宣讲会来了六百人")).toEqual(["六百人=600人"]);
    expect(found("签约三十家企业")).toEqual(["三十家=30家"]);
    expect(found("活干得差不多了，验收了两百亩")).toEqual(["两百亩=200亩"]);
    expect(found("大概是三十家")).toEqual(["三十家=30家"]);
  });
});

describe("a rough sum of 万 (十几万、十多万、十来万) typed straight into what follows", () => {
  it("is read as money after a verb of losing, borrowing or spending, as 二十几万 already was", () => {
    expect(found("跑运输亏了十几万弗肯再跑了")).toEqual(["十几万=100000元~"]);
    expect(found("亏了十多万就不干了")).toEqual(["十多万=100000元~"]);
    expect(found("贷了十来万买车")).toEqual(["十来万=100000元~"]);
    expect(found("投了十几萬进去")).toEqual(["十几万=100000元~"]);
    expect(found("亏咗十几万唔做了")).toEqual(["十几万=100000元~"]);
    expect(found("亏了二十几万不肯再跑了")).toEqual(["二十几万=200000元~"]);
  });
  it("near misses: set phrases of two numerals still count nothing", () => {
    expect(found("一来二去就熟了")).toEqual([]);
    expect(found("心里七上八下的")).toEqual([]);
    expect(found("做事三心二意")).toEqual([]);
    expect(found("一五一十说了")).toEqual([]);
  });
});

describe("how long a thing was held up: 等了 / 一等就是 / 一拖就是 + a span closing what is said", () => {
  it("is a state of the problem, not labelled (test/corpus/README.md)", () => {
    expect(found("有的户等了十来天 损失估计不小")).toEqual([]);
    expect(found("危废转移要等省厅审批 一等就是十来天 企业急得很")).toEqual([]);
    expect(found("手续一卡就是二十多天，群众意见大")).toEqual([]);
    expect(found("报批一拖就是三个月。")).toEqual([]);
    expect(found("審批一等就是半個月")).toEqual([]);
  });
  it("一 + a verb + 就是 is no turn to a problem: the clause stays whole", () => {
    expect(texts("审批一等就是半个月")).toHaveLength(1);
    expect(texts("老张在村里一干就是十五年")).toHaveLength(1);
    expect(texts("证一等就是两个礼拜")).toHaveLength(1);
  });
  it("near misses: work done for a span counts; 就是 after work still turns to the problem", () => {
    expect(found("试点一搞就是三个月")).toEqual(["三个月=3个月"]);
    expect(found("专家组等了三天才到齐")).toEqual(["三天=3天"]);
    expect(texts("报了三家就是还没批")).toEqual([
      ["done", "报了三家"],
      ["problem", "就是还没批"],
    ]);
    expect(texts("会开得很顺 就是人少了点").map((c) => c[0])).toEqual(["done", "problem"]);
  });
});

describe("the years of the thing just replaced (原来那套用了十几年了) say why it went, not a problem", () => {
  it("a new one bought or changed, then 原来 / 以前 / 之前 那… 用了 N 年: the work done", () => {
    expect(texts("会议室音响换了一套 花了9k 原来那套用了十几年了").map((c) => c[0])).toEqual(["done"]);
    expect(texts("買了新水泵 以前那台用了二十多年了").map((c) => c[0])).toEqual(["done"]);
    expect(texts("换了新电脑，之前的用了十多年了").map((c) => c[0])).not.toContain("problem");
    expect(found("会议室音响换了一套 花了9k 原来那套用了十几年了")).toEqual(["9k=9000元"]);
  });
  it("near misses: a thing still in use for years, or old and failing, is still a problem", () => {
    expect(texts("设备用了十几年了").map((c) => c[0])).toEqual(["problem"]);
    expect(texts("老的那台用了十几年了").map((c) => c[0])).toEqual(["problem"]);
    expect(texts("救护车开了十几年了").map((c) => c[0])).toEqual(["problem"]);
    expect(texts("原来那台用了十几年了 三天两头坏").map((c) => c[0])).toContain("problem");
  });
});
