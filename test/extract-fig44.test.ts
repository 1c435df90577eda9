import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-four's fig44 classes (i7-hetan, i2-penhu, f20-fig44). Sentences of our own — 闽北, 苏北, 赣北, plain
 * Mandarin, Traditional. The rules alone.
 */
const found = (text: string) =>
  (run(text, "2026-06-10").figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}${f.approx ? "~" : ""}`);

describe("a bare 个 said with standing watch (值守、值班、执勤、守夜) counts people", () => {
  it("the watch after the count or heading it: people", () => {
    expect(found("节日期间一共十四个轮流值守")).toEqual(["十四个=14人"]);
    expect(found("春节假期值守二十四个分八个班次")).toEqual(["二十四个=24人", "八个=8个"]);
    expect(found("國慶期間卡口上三个輪流值班")).toEqual(["三个=3人"]);
    expect(found("除夕夜留了五个守夜")).toEqual(["五个=5人"]);
    expect(found("执勤的有十二个 分两班")).toEqual(["十二个=12人", "两班=2班"]);
    expect(found("防汛期间局里二十个都轮流值班")).toEqual(["二十个=20人"]);
  });
  it("near misses: what is watched over, or for how long, stays as it was", () => {
    expect(found("十四个卡口轮流值守")).toEqual(["十四个=14个"]);
    expect(found("值守三个点位")).toEqual(["三个=3个"]);
    expect(found("新设了五个值班室")).toEqual(["五个=5个"]);
  });
});

describe("people said by what they did (参演的、劝回…的、疏散的) then a bare 个", () => {
  it("counts people", () => {
    expect(found("五一前搞了一次应急演练 参演的八十多个")).toEqual(["八十多个=80人~"]);
    expect(found("劝回带火种进山的三百多个")).toEqual(["三百多个=300人~"]);
    expect(found("疏散的二十多个 都安置在村部")).toEqual(["二十多个=20人~"]);
    expect(found("清明在路口劝返的有四十来个")).toEqual(["四十来个=40人~"]);
  });
  it("near misses: a thing named between them stays 个", () => {
    expect(found("参演的车辆八十多个")).toEqual(["八十多个=80个~"]);
    expect(found("劝返的车辆三十多个")).toEqual(["三十多个=30个~"]);
  });
});

describe("a holiday's duty roster said before the holiday is drawn up already (done)", () => {
  const kinds = (text: string, day: string) => (run(text, day).clauses ?? []).map((c) => c.kind);
  it("holiday + 值守 / 值班 + a count of people: done", () => {
    expect(kinds("春节假期值守二十四个分八个班次 值班电话挂在大门口", "2026-01-16")).toEqual(["done"]);
    expect(kinds("春节期间值班安排了十二名干部", "2026-01-16")).toEqual(["done"]);
    expect(kinds("春節假期值班人員一共十八名", "2026-01-16")).toEqual(["done"]);
    expect(kinds("国庆期间执勤的民警二十个", "2026-09-20")).toEqual(["done"]);
  });
  it("near misses: a plan word, or work that is no roster, keeps the holiday ahead", () => {
    expect(kinds("春节假期要安排二十个人值守", "2026-01-16")).toEqual(["plan"]);
    expect(kinds("春节期间走访困难户二十户", "2026-01-16")).toEqual(["plan"]);
  });
});

describe("letters and tolerance signs next to a number", () => {
  it("a tolerance (±, 正负) after a figure is no figure; a rare measure after Chinese numerals is read", () => {
    expect(found("涂层厚度四百微米±20微米")).toEqual(["四百微米=400微米"]);
    expect(found("涂层厚度400微米±20微米")).toEqual(["400微米=400微米"]);
    expect(found("误差控制在正负五毫米")).toEqual([]);
    expect(found("滤膜孔径二十微米")).toEqual(["二十微米=20微米"]);
  });
  it("an acronym in capitals before a count in Chinese numerals is what is counted", () => {
    expect(found("KPI九项全部达标")).toEqual(["九项=9项"]);
    expect(found("汇报用的PPT做了二十页")).toEqual(["二十页=20页"]);
  });
  it("near misses: codes stay codes", () => {
    expect(found("5G基站建了三十个")).toEqual(["三十个=30个"]);
    expect(found("G318改造了十二公里")).toEqual(["十二公里=12公里"]);
    expect(found("A级景区三个")).toEqual(["三个=3个"]);
  });
});

describe("a bare count restating the things just named together (X和Y … 两家一共)", () => {
  it("is no new figure", () => {
    expect(found("给风电装备和滩涂米业办了专利质押融资 两家一共贷到三千二百万")).toEqual([
      "三千二百万=32000000元",
    ]);
    expect(found("帮城关、柳河和石桥对接了银行 三个一共贷了两百万")).toEqual(["两百万=2000000元"]);
    expect(found("元坑和埔上的油茶基地验收了 两个都合格")).toEqual([]);
  });
  it("near misses: no names before, or a different count, stays a figure", () => {
    expect(found("全县两家一共贷了三千二百万")).toEqual(["两家=2家", "三千二百万=32000000元"]);
    expect(found("去了张村和李村 三家一共贷了三百万")).toEqual(["三家=3家", "三百万=3000000元"]);
    expect(found("城关、柳河两个乡镇都完成了")).toEqual(["两个=2个"]);
  });
});
