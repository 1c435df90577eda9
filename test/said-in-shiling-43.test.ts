import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind91 (浉岭县, 豫南信阳) and i43a (黔东南), read by the rules alone (no learned guess):
 * docs/understanding.md 第四十三轮 intent43. The lines are written for the test, in several regions' words, plain
 * Mandarin and Traditional characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const nothing = { awaiting: "nothing" as const, justAsked: false };

describe("a colleague's own update passed on, with work done and its count, is work (not-own-work.ts)", () => {
  it.each([
    ["zhou-ju", "转发 孙磊：今年油茶低改新做了六百亩 带动农户九十多户"],
    ["lin-fen", "转发 赵丽：这个月登记技术合同11份 成交额八百多万"],
    ["zhou-ju", "【转发】老孙：上礼拜在茶棚村教了修剪 来了四十几个人"],
    ["lin-fen", "转发 陈静：科普大篷车今年下乡跑了26趟"],
    ["zhou-ju", "转发 何主任：帮三家企业报了高企 材料都交上去了"],
    ["lin-fen", "轉發 李明：研發中心今年新建了兩個 都驗收了"],
    ["zhou-ju", "转发 小徐：支部昨日过了主题党日 十五个党员都到咗"],
    ["wang-ban", "转发 王工：机房的空调换了3台 已经装好了"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toBe("report");
  });
  it.each([
    ["wang-ban", "转发 市科技局：关于开展2026年度科技统计调查的通知"],
    ["zhou-ju", "转发 孙磊：明天九点在三楼开会 请各科室准时参加"],
    ["lin-fen", "转发 县政府办：今年已完成目标考核的12项 请各单位于周五前报送材料"],
    ["zhou-ju", "转发 孙磊：下礼拜打算去5个村看茶园"],
    ["lin-fen", "转发 东岗镇：今年茶园冻害面积3000亩"],
    ["wang-ban", "转发 办公室群：周五前每人交2张证件照"],
  ])("from an office, asking, or ahead, it is no report: %s: %s", (who, text) => {
    expect(heard(who, text, nothing)).not.toBe("report");
  });
});
