import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Commands said loosely with nothing pending (docs/understanding.md 第二十三轮 cmd23), by shape: the completed 了 as
 * each region says it after any verb of the bot's things (确认咧、删错哒、改哒), a look asked with the dialect's verb
 * (瞭、望) or the give-me of 把我, a yes-no question closed with the Wu no-word 弗 or opened with the Jianghuai 可,
 * how-many said 几许, 该 as 这 before a measure word, and an update's edit turned down with nothing waiting
 * (3号那个改的不算) — 放弃修改, never a withdrawal. Lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t, { asMe: false });

describe("commands said loosely, read by shape", () => {
  it.each([
    ["li-rd", "两条都没毛病 都确认哒", 2, "全部确认"],
    ["li-rd", "哎 撤错咧 刚撤的那条还把我", 0, "恢复"],
    ["zhou-ju", "跟上一版比到底改咧么子", 0, "对比"],
    ["he-gq", "第5条调出来给我瞭一下", 0, "查看 5"],
    ["sun-tp", "我这礼拜报的东西把我望一下", 0, "我的填报 本周"],
    ["lin-fen", "赵丽报了些么子 我望望", 0, "查看填报 赵丽"],
    ["chen-kp", "下礼拜一放假弗", 0, "上班吗"],
    ["xu-dj", "元旦可放假啊", 0, "上班吗"],
    ["zhou-ju", "专利今年授权了几许件", 0, "查数"],
    ["zhou-ju", "该个稿子能定稿了弗", 0, "待核实"],
    ["li-rd", "5号那个改的不作数 还是按原来的", 0, "放弃修改 5"],
    ["he-gq", "第二条的改动先放弃吧", 0, "放弃修改 2"],
    // After i23b: a region's particle after 你…问, 定得了 asked, 咯样 (这样), 刚那条 (刚才那条), 一下子 closing.
    ["chen-kp", "你一项一项问嘞 我来填", 0, "填报"],
    ["lin-fen", "这版稿子定得了吗", 0, "待核实"],
    ["zhou-ju", "冇么子要改的 就咯样定了吧", 0, "定稿"],
    ["li-rd", "刚那条草稿帮我确认下子", 1, "确认"],
    // Round twenty-four (cmd24): what changed asked of a version (改了哪儿 is no how-to), the bot's draft as 那个,
    // an edit turned down as 改的那个, 咧 after 重, Tianjin 没嘛 (没啥) and 多儿 (多少).
    ["zhou-ju", "跟上一版比都改了哪儿", 0, "对比"],
    ["lin-fen", "和第一版比 动了哪些地方", 0, "对比"],
    ["li-rd", "刚才那个草稿帮我确认一下", 1, "确认"],
    ["he-gq", "第四条刚刚改的那个不要了 还是用原先的", 0, "放弃修改 4"],
    ["xu-dj", "兀条发重咧 撤了", 0, "撤回"],
    ["sun-tp", "介礼拜没嘛进展", 0, "本周无进展"],
    ["zhou-ju", "今年专利授权多儿件", 0, "查数"],
    ["zhao-zh", "第二条其实是人才那块儿的活 挪过去", 0, "科室 2"],
  ])("%s: 「%s」 is %s", (who, text, pending, command) => {
    expect(said(who, text, pending)).toMatch(new RegExp(`^${command}`));
  });

  it.each([
    ["he-gq", "第3条改的不对 应该是12家", "修改 3"],
    ["li-rd", "3号那条删了", "撤回 3"],
    ["chen-kp", "希望下周能把科普大篷车的方案定下来", "report"],
    ["xu-dj", "今天去敬老院看望了12位老党员", "report"],
    // Talk put off with 再 and any verb but one of work (再谈, the typed 再谞 of b42-111): small talk, never stored.
    ["sun-tp", "那个补贴的事过两天再谈", "smalltalk"],
    ["li-rd", "材料明天再改", "unclear"],
    // A superior's question relayed is no 查数 asked of the bot; where to edit is still a how-to.
    ["li-rd", "市局打电话来问我们研发统计报了没", "unclear"],
    ["li-rd", "改错了的在哪里改", "帮助"],
    ["chen-kp", "县科协打电话来问我们科普日材料交了没", "unclear"],
    ["he-gq", "给5家企业打了电话 问研发投入报了没", "report"],
  ])("%s: near miss 「%s」 stays %s", (who, text, expected) => {
    expect(said(who, text)).toMatch(new RegExp(`^${expected}`));
  });
});
