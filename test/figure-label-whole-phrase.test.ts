import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { extractFigures } from "../src/domain/figure-scan.js";

/**
 * Figure labels as whole phrases (30th-round console trial): 「有2家想今年报」 read 「想报 2家想今年报」 (the
 * time cut out of the plan, the plan taken for the noun counted), and 「帮两家企业算了研发费用加计扣除」 read
 * 「两家企业算了研发费用加计扣除」 (the co-verb dropped: the enterprises seemed to do the work); 「一场专家座谈会参加人数
 * 12个专家」 kept the count of one (一场) in the label.
 */
const labels = (text: string) => extractFigures(text).map((f) => describeFigure(f));

describe("a time right after a modal verb is the plan's, and a plan is no noun", () => {
  it.each([
    ["还有2家想今年报", "想今年报 2家"],
    ["另外3户打算明年建大棚", "打算明年建大棚 3户"],
    ["有5家准备下个月申报", "准备下个月申报 5家"],
  ])("「%s」 → 「%s」", (text, label) => {
    expect(labels(text)).toEqual([label]);
  });
});

describe("a co-verb before the count stays in the label", () => {
  it.each([
    ["帮两家企业算了研发费用加计扣除", "帮两家企业算了研发费用加计扣除"],
    ["上个月给三家企业办了辅导", "给三家企业办了辅导"],
    ["替4个村申请了饮水工程", "替4个村申请了饮水工程"],
  ])("「%s」 → 「%s」", (text, label) => {
    expect(labels(text)).toEqual([label]);
  });
});

describe("a count of one opening the phrase is no part of the label", () => {
  it.each([
    ["一场专家座谈会参加人数 12个专家", "专家座谈会参加人数 12个专家"],
    ["一轮督查发现问题12个", "督查发现问题 12个"],
    // 一次性 is a word of its own.
    ["一次性补贴发放300户", "一次性补贴发放 300户"],
  ])("「%s」 → 「%s」", (text, label) => {
    expect(labels(text)).toEqual([label]);
  });
});
