import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * review56 read a leader's doubt about a draft's figure (「这条数字不对吧 180多场？」) as 查看草稿 数字 …; merged, the rule also
 * took a correction with its right value (b49-074 「写错了 是17处」), a count of the numbers themselves (i13e-015 「那俩数对不上啊」)
 * and — with 处 as a unit of any question — a sealed leader line. A doubt needs a question or the number named; a value given is
 * a correction; 处 counts only a figure doubted.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });

describe("a leader's doubt about a figure, narrowly", () => {
  it.each([
    "这条数字不对吧 180多场？",
    "180多场次贼多 是不是报错了",
    "科普画廊3处 数字有问题吧",
  ])("「%s」 looks the figure up", (said) =>
    expect(rulesReading(t).said("zhou-ju", said)).toMatch(/^查看草稿 .*数字/));

  it.each([
    "写错了 是17处",
    "那俩数对不上啊",
    "办公楼有2处漏水是怎么回事",
    "项目资金对不上 差了20万",
    "企业把申报材料填错了 退回3份",
  ])("「%s」 is no lookup of a draft figure", (said) =>
    expect(rulesReading(t).said("zhou-ju", said)).not.toMatch(/^查看草稿 .*数字/));
});
