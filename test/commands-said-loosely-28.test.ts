import { describe, expect, it } from "vitest";
import { parseDate } from "../src/domain/period.js";
import { leaveDates } from "../src/reminders/parse-leave.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Commands said with nothing pending, round twenty-eight (docs/understanding.md 第二十八轮 cmd28), by shape, the
 * rules alone (no learned guess): 帮助 asked with a region's what-word; a word for «all» before 确认; 改写成：
 * and its kin before a leader's own text; 查数 with where the things counted went; 冇么/没甚要改的 + 定; leave on 后个、大后个、外天; work told, then
 * 「这个要不要报」「这个算不算」 (a report or the report-or-not question, never chat). Lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, said } = rulesReading(t);

describe("commands said with nothing pending, round twenty-eight", () => {
  it.each([
    // What the bot can do, asked with a region's what-word after a modal and a verb (甚、么斯、么哩、么事、啥子).
    ["li-rd", "这东西能闹甚"],
    ["sun-tp", "这个能搞么事"],
    ["he-gq", "你会干么哩"],
    ["chen-kp", "这个小程序能做啥子"],
    ["zhao-zh", "你到底能干么斯 讲讲"],
    ["xu-dj", "这个助手是搞么事的"],
    ["li-rd", "这机器人是干甚的"],
    ["sun-tp", "这玩意能干甚呀"],
  ])("%s: 「%s」 is 帮助", (who, text) => {
    expect(said(who, text)).toMatch(/^帮助/);
  });

  it.each([
    // 能干 as «capable» before 甚至, a project's prospects, a meeting's purpose: no question about the bot.
    ["li-rd", "小王很能干甚至周末都在加班"],
    ["sun-tp", "这个项目能搞么事名堂 我也说不清"],
    ["chen-kp", "下午开会是搞么事的 有人晓得不"],
  ])("%s: 「%s」 is not 帮助", (who, text) => {
    expect(said(who, text)).not.toMatch(/^帮助/);
  });

  it.each([
    // A word for «all» before 确认, with several drafts waiting: 全部确认.
    ["li-rd", "一满确认", 2],
    ["sun-tp", "通通确认", 3],
    ["he-gq", "通通确认 么得问题", 2],
    ["chen-kp", "三条一律确认", 3],
    ["zhao-zh", "都照 一满确认掉", 3],
    ["xu-dj", "这两条通通给我确认了", 2],
  ])("%s: 「%s」 (%i drafts waiting) is 全部确认", (who, text, pending) => {
    expect(said(who, text, pending)).toBe("全部确认");
  });

  it.each([
    // One draft named, or 一满 as a full measure in work done: not all of them.
    ["he-gq", "第二条通通确认", 2, "确认 2"],
    ["sun-tp", "给农户送了一满车化肥 通通发下去了", 0, "report"],
  ])("%s: 「%s」 (%i drafts waiting) is %s", (who, text, pending, what) => {
    expect(said(who, text, pending)).toBe(what);
  });

  it.each([
    // 改写成：、改为：、写成下面的： before the leader's own text put it in (改写), never asked of the model (重写).
    ["zhou-ju", "开头那段改写成：今年以来，我局紧扣创新驱动，各项工作稳中有进", "改写 开头 今年以来"],
    ["lin-fen", "开头改为：今年以来，全局上下真抓实干", "改写 开头 今年以来"],
    ["zhou-ju", "问题那部分写成下面的：一是投入不足，二是人才短缺", "改写 问题 一是投入不足"],
    ["zhou-ju", "计划部分改写成这样：明年突出抓好三件事", "改写 计划 明年突出"],
    ["lin-fen", "（二）改写成：全年新认定高新技术企业15家", "改写 （二） 全年新认定"],
    // An opinion with no text of the leader's own stays a rewrite.
    ["zhou-ju", "开头改写一下 写得提气点", "重写 开头"],
  ])("%s: 「%s」 is %s…", (who, text, start) => {
    expect(said(who, text)).toMatch(new RegExp(`^${start.replace(/[()（）]/g, "\\$&")}`));
  });

  it.each([
    // A count asked with where the things counted went (下乡、下基层、到企业去、进村): 查数 of the things, the place dropped.
    ["zhou-ju", "今年派了多少特派员下乡", "特派员"],
    ["zhou-ju", "今年选派了多少科技特派员下基层", "科技特派员"],
    ["zhou-ju", "今年派了几批专家到企业去 帮我查查", "专家"],
    ["lin-fen", "今年送了多少份资料进村 有数没", "资料"],
  ])("%s: 「%s」 is 查数 of %s", (who, text, thing) => {
    const got = said(who, text);
    expect(got).toMatch(/^查数 /);
    expect(got).toContain(thing);
    expect(got).not.toMatch(/下乡|下基层|到企业|进村/);
  });

  it.each([
    // 几个 for «a few» in work told beside what was done there: a report.
    ["sun-tp", "上午派了几个技术员下乡 帮农户剪枝"],
    ["chen-kp", "今天派了两个同事下乡 发资料300份"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });

  it.each([
    // Nothing to change said with 冇么、没么 (江淮、鄂) or 没甚 (晋), then 定: 定稿 — asked whether it can, 待核实.
    ["zhou-ju", "冇么要改的 定了吧", "定稿"],
    ["zhou-ju", "没甚要改的 就这样定了", "定稿"],
    ["lin-fen", "没么问题了 就这样定吧", "定稿"],
    ["zhou-ju", "冇么要改的了 就这么定", "定稿"],
    ["zhou-ju", "冇么要改的了 能定了不", "待核实"],
  ])("%s: 「%s」 is %s", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });

  it.each([
    // 后个 (后天), 大后个 (大后天), 外天 (大后天) in leave, read on Tuesday 2026-12-01.
    ["he-gq", "我后个请一天假 家来有点事", "2026-12-03", "2026-12-03"],
    ["he-gq", "后个跟大后个我请两天假", "2026-12-03", "2026-12-04"],
    ["li-rd", "我外天请假 上合肥看病", "2026-12-04", "2026-12-04"],
    ["he-gq", "我后个到下礼拜二请假", "2026-12-03", "2026-12-08"],
  ])("%s: 「%s」 is 请假 %s to %s", (who, text, from, to) => {
    const got = said(who, text);
    expect(got).toMatch(/^请假 /);
    const dates = leaveDates(got.replace(/^请假 /, ""), parseDate("2026-12-01")!);
    expect(dates.ok && [dates.from, dates.to]).toEqual([from, to]);
  });

  it.each([
    // 以后个把月 (a month or so from now), 户外天气: no day.
    ["sun-tp", "以后个把月都在乡下跑 这个活真累"],
    ["chen-kp", "户外天气冷 科普活动改到室内了"],
  ])("%s: 「%s」 is no leave", (who, text) => {
    expect(said(who, text)).not.toMatch(/^请假/);
  });

  it("the 请假 command typed with 后个、外天 reads the same days", () => {
    const tuesday = parseDate("2026-12-01")!;
    const days = (said: string) => {
      const d = leaveDates(said, tuesday);
      return d.ok ? [d.from, d.to] : undefined;
    };
    expect(days("后个")).toEqual(["2026-12-03", "2026-12-03"]);
    expect(days("外天")).toEqual(["2026-12-04", "2026-12-04"]);
    expect(days("后个到大后个")).toEqual(["2026-12-03", "2026-12-04"]);
  });

  it.each([
    // Work told, then whether it is reported asked of it: the work is read — a report.
    ["li-rd", "今个上午到双墩镇给企业讲了研发费用加计扣除 这个要不要报啊"],
    ["zhao-zh", "昨天给两家企业讲了技术合同登记 这个要不要报"],
    ["xu-dj", "上午组织支部党员学了二十届四中全会精神 这个算不算工作啊"],
    ["chen-kp", "在社区发了些宣传单 这也要报不"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });

  it.each([
    // Thin work or another's doings before it: asked whether to record it (the report-or-not question), never chat.
    ["sun-tp", "上午去村里看了大棚 这个算不算"],
    ["he-gq", "局长今天去市里开会了 这个要报不"],
  ])("%s: 「%s」 is asked about, not answered as chat", (who, text) => {
    expect(["report", "unclear"]).toContain(read(who, text).kind);
  });

  it.each([
    // The rules asked, no work told: 帮助 on the rules.
    ["li-rd", "出差那几天的事要不要报啊"],
    ["li-rd", "加班那两天算不算"],
    ["sun-tp", "下乡陪同检查这种要不要报"],
  ])("%s: 「%s」 asks the rules", (who, text) => {
    expect(said(who, text)).toBe("帮助 规矩");
  });

  // After i28b (苏北扬州 speech): the same classes in words the first fixes did not know.
  it.each([
    ["sun-tp", "你会弄什呢啊", "帮助"],
    ["zhao-zh", "你有什呢本事啊 说来听听", "帮助"],
    ["lin-fen", "计划那块替成：明年重点抓三件事", "改写 计划 明年重点"],
    ["zhou-ju", "专家今年去了几趟企业", "查数 "],
    ["sun-tp", "下乡帮忙那种可要报啊", "帮助 规矩"],
  ])("%s: 「%s」 is %s…", (who, text, start) => {
    expect(said(who, text).startsWith(start)).toBe(true);
  });

  it.each([
    ["zhao-zh", "后朝我请一天假 家去有事", "2026-12-03", "2026-12-03"],
    ["chen-kp", "大后朝请假 带伢儿打疫苗", "2026-12-04", "2026-12-04"],
    ["he-gq", "我明朝后朝请两天假", "2026-12-02", "2026-12-03"],
  ])("%s: 「%s」 is 请假 %s to %s", (who, text, from, to) => {
    const got = said(who, text);
    expect(got).toMatch(/^请假 /);
    const dates = leaveDates(got.replace(/^请假 /, ""), parseDate("2026-12-01")!);
    expect(dates.ok && [dates.from, dates.to]).toEqual([from, to]);
  });

  it("才将…这个可要报啊 is the work, a report", () => {
    expect(read("he-gq", "才将到仪征给企业讲了高企政策 这个可要报啊").kind).toBe("report");
  });
});
