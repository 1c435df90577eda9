import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";
import { countedByTimes } from "../src/domain/piece-context.js";
import { PLAIN_PROBLEM } from "../src/domain/plain-problems.js";

/**
 * Review of round thirty-seven (docs/understanding.md 第三十八轮 review38), the reading side. Lines written for the
 * test, not taken from the corpus.
 */
const kindOf = (text: string, words: string) =>
  (run(text, "2026-09-01").clauses ?? []).find((c) => c.text.includes(words))?.kind;

describe("work counted by the times held: a shortfall in words is no such count", () => {
  it.each(["只有十二场", "才三十期", "仅二十次", "总共就十来批"])("「%s」 is not work held", (piece) => {
    expect(countedByTimes(piece)).toBe(false);
  });
  it.each([
    "巡展十二场",
    "讲座办了三十期",
    "送戏下乡12场",
    "接待1.2万人次",
    "巡回义诊诊断300人次",
    "不断送服务上门40次",
  ])("「%s」 is", (piece) => {
    expect(countedByTimes(piece)).toBe(true);
  });
});

describe("a breakdown counted by times is no work held (breakdown-words.ts)", () => {
  it.each(["今年线路跳闸7次", "泵站坏过3次", "网络中断5次", "投影仪故障4次"])("「%s」", (piece) => {
    expect(countedByTimes(piece)).toBe(false);
  });
});

describe("held up said under a no with a helping verb between is not held up", () => {
  it.each([
    "没有耽误工期",
    "不会耽误进度",
    "未曾延误",
    "不能耽误农时",
  ])("「%s」 is no held-up problem", (said) => {
    expect(PLAIN_PROBLEM.test(said)).toBe(false);
  });
  it.each(["今年雨多耽搁了", "工期给耽误了", "进度延误了"])("「%s」 still is", (said) => {
    expect(PLAIN_PROBLEM.test(said)).toBe(true);
  });
  it("「砂石料按时进场 没有耽误工期」 is no problem in the message", () => {
    expect(kindOf("砂石料按时进场，没有耽误工期", "耽误")).not.toBe("problem");
  });
});
