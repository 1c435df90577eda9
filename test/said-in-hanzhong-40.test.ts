import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 陕南 (汉中) classes missed by blind87 (沔川县), the rules alone (no learned guess): docs/understanding.md 第四十轮
 * intent40b. The lines here are written for the test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("汉中 莫 as 没 before what a week brings (dialect-words-hanzhong.ts)", () => {
  it.each([
    ["莫啥子动静", "没啥动静"],
    ["莫什么变化", "没什么变化"],
    ["莫进展", "没进展"],
  ])("%s → %s", (line, folded) => {
    expect(toMandarin(line)).toBe(folded);
  });

  it.each(["莫急 慢慢来", "莫报了", "莫搞错了"])("%s: 莫 before a verb is 别, never 没", (line) => {
    expect(toMandarin(line)).not.toContain("没");
  });
});

describe("nothing new this week said in 汉中 speech is 本周无进展, never stored (week-nothing.ts)", () => {
  it.each([
    "这礼拜下大雨进不了山 莫啥子名堂",
    "这星期一直在陪检 我这边莫什么动静",
    "这周都在开会 手头的活莫得动",
    "这礼拜全在整迎检台账 自己的事没得推",
  ])("%s", (line) => {
    expect(said("li-rd", line)).toBe("本周无进展");
  });

  it("a named matter that did not move stays a report of that matter", () => {
    expect(said("li-rd", "项目这礼拜莫得推 卡在环评")).toBe("report");
  });
});

describe("a talk given on something kept or looked after, with who came counted, is work done (spoken-work-done.ts)", () => {
  it.each([
    "夜个下午去城关小学讲大鲵保护 娃娃来了一百多",
    "前天去村小讲野生动物保护 孩子来了六十几个",
  ])("%s", (line) => {
    expect(said("li-rd", line)).toBe("report");
  });

  it("said of a day to come it is no report", () => {
    expect(said("li-rd", "明天去镇中学讲水源地保护")).not.toBe("report");
  });
});
