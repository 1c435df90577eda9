import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round fifty's fig50 classes (f26-fig50 水利局 in 鄂北襄阳, j6-erchuan 云南大理, f22/f24/f25/j4/j5 leftovers).
 * Sentences of our own — 西南官话、鄂北话、关中话、普通话、全角.
 */
const found = (text: string, day = "2026-06-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("thousands typed with a full-width comma between full-width digits", () => {
  it("reads ４，５６０ as one number", () => {
    expect(found("今年完成植树４，５６０株")).toEqual(["4,560株=4560株"]);
    expect(found("全年接待群众１２，３００多人次")).toEqual(["12,300多人次=12300人次"]);
    expect(found("争取上级资金２，１５０万元")).toEqual(["2,150万元=21500000元"]);
  });
  it("near misses: a list of numbers after full-width commas stays two numbers", () => {
    expect(found("查了３家，１２个点位")).toEqual(["3家=3家", "12个=12个"]);
  });
});

describe("a spoken range whose lower end leaves out the scale (三到四千 = 3000–4000)", () => {
  it("the lower end takes the upper end's 千 / 万 / 百", () => {
    expect(found("年底前计划动员群众五到六千人次")).toEqual(["五到六千人次=5000人次"]);
    expect(found("每户补贴三到四千块")).toEqual(["三到四千块=3000元"]);
  });
  it("near misses: a range that says its scale at both ends reads as before", () => {
    expect(found("每户补五千到八千块")).toEqual(["五千到八千块=5000元"]);
    expect(found("每个点安排三到五个")).toHaveLength(1);
  });
});

describe("N个工作日内: a time limit, not a figure", () => {
  it("a limit in working days", () => {
    expect(found("要求各乡镇七个工作日内把台账交上来")).toEqual([]);
    expect(found("整改报告须在十个工作日内报局里")).toEqual([]);
  });
  it("near misses: working days spent are still counted", () => {
    expect(found("验收组连续干了五个工作日")).toEqual(["五个工作日=5个工作日"]);
  });
});
