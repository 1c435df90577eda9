import { describe, expect, it } from "vitest";
import { minePeriodDates } from "../src/conversation/mine-period.js";
import { parseDate } from "../src/domain/period.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Commands said loosely with nothing pending, round twenty-five (docs/understanding.md 第二十五轮 cmd25), by shape:
 * a command's word mistyped by its sound (确任、撤会、尽度、定搞), one's own name before 报了啥 with a period between,
 * a period the list did not know (上半年、去年) or said after the request, the check's findings owned before 定
 * (仍要定稿), a section named by the work it does, and the near misses — a part word heading work done, others
 * counted away beside a meeting's turnout. Lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, said } = rulesReading(t);

describe("commands said loosely, round twenty-five", () => {
  it.each([
    // A command's word one sound off, inside everyday phrasing.
    ["chen-kp", "确任下吧", 1, "确认"],
    ["li-rd", "第二条却认一下", 2, "确认 2"],
    ["sun-tp", "第三条撤会吧 发重了", 0, "/ref 撤回 #3"],
    ["lin-fen", "这礼拜的尽度发我看看", 0, "进度"],
    ["zhou-ju", "没报的崔报一下", 0, "催报"],
    ["zhou-ju", "行了 定搞", 0, "定稿"],
    ["he-gq", "修该 3 入库企业是42家", 0, "修改 3 入库企业是42家"],
    ["he-gq", "刚删的那条帮我恢附一下", 0, "恢复"],
    // One's own name, a period between; a period the list did not know, or said where the request does not expect it.
    ["zhao-zh", "上礼拜我报的东西 给我列一下", 0, "我的填报 上周"],
    ["li-rd", "我去年交的那些还有没有 翻出来看看", 0, "我的填报 去年"],
    // An update's edit turned down, the update named after 刚才.
    ["sun-tp", "刚刚第二条改的那个算了 还是按原来的", 0, "放弃修改 2"],
    ["sun-tp", "孙磊上个月报了些啥 我瞅瞅", 0, "我的填报 上月"],
    ["zhao-zh", "去年我报的那些拿出来看看", 0, "我的填报 去年"],
    ["chen-kp", "我报的东西 下半年的 给我列一下", 0, "我的填报 下半年"],
    // The check's findings owned, then 定.
    ["lin-fen", "标红那几处俺心里有数 就这么定了吧", 0, "仍要定稿"],
    ["zhou-ju", "问题我都清楚 定稿", 0, "仍要定稿"],
    ["zhou-ju", "待核实那些我都晓得 照定不误", 0, "仍要定稿"],
    // Cantonese: 确认咗佢 (了 it), 一齐 (together), 点改 (how to change).
    ["zhao-zh", "两条都啱 一齐确认咗佢", 2, "全部确认"],
    ["chen-kp", "报错咗可以点删啊", 0, "帮助"],
    // A section named by the work it does.
    ["he-gq", "第4条是搞平台孵化那块的 挪一下", 0, "科室 4 高企"],
  ])("%s: 「%s」 (%i drafts waiting) is %s", (who, text, pending, command) => {
    expect(said(who, text, pending).startsWith(command)).toBe(true);
  });

  it.each([
    // Real words one sound from a command's word stay what they are.
    ["chen-kp", "今天去到出差的地方 冷得很", "导出"],
    ["sun-tp", "回复了村里的几条留言", "恢复"],
    // 定搞 inside 一定搞好, 初搞 inside 当初搞的: no 定稿, no 初稿 (a staff resolution was refused as 定稿).
    ["chen-kp", "一定搞好这次活动", "定稿"],
    ["zhou-ju", "一定搞好这次活动", "定稿"],
    ["zhou-ju", "当初搞的那个方案还在不在", "查看草稿"],
    // The findings asked about, or 定 withheld, is no insistence.
    ["zhou-ju", "问题我知道了 先别定", "仍要定稿"],
  ])("%s: 「%s」 is not %s", (who, text, command) => {
    const got = read(who, text);
    expect(got.kind === "command" && got.command === command).toBe(false);
  });

  it.each([
    // A part word heading work done, no count: a report (an admin may also use the leaders' commands).
    ["wang-ban", "综合这块 整理了全年的收发文台账 保密自查报告也写好报上去了"],
    // Others counted away beside a meeting's turnout.
    ["xu-dj", "昨天支部开了组织生活会 到会党员19名 有三个在外地出差没来"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });

  it("a part word with a judgement or a request is still a rewrite", () => {
    expect(said("wang-ban", "党建这块写得太长了 再压一压")).toMatch(/^重写 /);
  });

  it("上半年, 下半年 and 去年 are dates the list can take", () => {
    const today = parseDate("2026-03-10")!;
    expect(minePeriodDates("上半年", today)).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(minePeriodDates("下半年", today)).toEqual({ from: "2025-07-01", to: "2025-12-31" });
    expect(minePeriodDates("去年", today)).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });
});
