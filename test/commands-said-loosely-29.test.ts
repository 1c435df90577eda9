import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Commands and answers said in everyday words, round twenty-nine (docs/understanding.md 第二十九轮 cmd29), by shape,
 * the rules alone (no learned guess). Lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, said } = rulesReading(t);

describe("commands and answers said in everyday words, round twenty-nine", () => {
  it.each([
    // A rough count typed with digits (40几、30几、100几) is a count in a report, not a question word.
    ["chen-kp", "下午的培训来了40几个人"],
    ["sun-tp", "上午在村里讲了课 来了30几个农户"],
    ["chen-kp", "今天科普进校园 发了100几份资料"],
    ["he-gq", "走访了20几家企业 摸了下研发底数"],
    ["xu-dj", "主题党日来了50几个党员"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  it.each([
    // A count asked, or one not said (几个 after a verb of going, 几十): no rough count of a report.
    ["zhou-ju", "培训来了几个人"],
    ["lin-fen", "下午的培训来了多少人啊"],
  ])("%s: 「%s」 is no report", (who, text) => {
    expect(said(who, text)).not.toBe("report");
  });

  it.each([
    // Asking after one's own reporting, 是不是 / 哪条 / a southern particle (own-status-asked.ts, one place).
    ["li-rd", "我是不是还有哪条没确认齁"],
    ["chen-kp", "我还有哪条没确认喔"],
    ["sun-tp", "我是不是还有几条没确认啊"],
    ["he-gq", "我这礼拜是不是还有哪个没确认的"],
    ["xu-dj", "我还有哪个科室没报啦"],
  ])("%s: 「%s」 is 我的填报", (who, text) => {
    expect(said(who, text)).toMatch(/^我的填报/);
  });

  it.each([
    // Others' reporting asked by a leader stays 进度; a colleague's unconfirmed draft is no list of one's own.
    ["zhou-ju", "还有谁没报"],
    ["lin-fen", "哪些科室还没确认的"],
  ])("%s: 「%s」 is not 我的填报", (who, text) => {
    expect(said(who, text)).not.toMatch(/^我的填报/);
  });

  it.each([
    // A leader's chase said with a word of again shortly before it (nudge-records.ts's one list: 再、还是、仍、重新、又).
    ["zhou-ju", "阿没报的那几个再催一遍啦", "催报 再提醒"],
    ["zhou-ju", "还是提醒一下他们吧", "催报 再提醒"],
    ["lin-fen", "仍催一下", "催报 再提醒"],
    // No again word at the chase: a first chase (the three-hour check stands).
    ["zhou-ju", "帮我催一下没报的", "催报"],
    ["lin-fen", "又到月底了 帮我催一下没报的", "催报"],
    // 又 qualifying the asking (又要麻烦你: sorry to trouble you again), not the chase: a first chase (round thirty).
    ["lin-fen", "那几个还没交的 又要麻烦你催一下喔", "催报"],
    ["lin-fen", "再麻烦你催一下没交的", "催报"],
    // 又 right at the chase is again.
    ["lin-fen", "又催一下没报的", "催报 再提醒"],
  ])("%s: 「%s」 is 「%s」", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });

  it.each([
    // Min 拢/攏、拢总/攏總 (all) right before 确认, several drafts waiting: 全部确认.
    ["zhao-zh", "攏確認啦 沒問題", 2],
    ["he-gq", "拢确认啦", 2],
    ["li-rd", "拢总确认", 3],
    ["chen-kp", "这几条拢总给我确认", 3],
  ])("%s: 「%s」 (%i drafts waiting) is 全部确认", (who, text, pending) => {
    expect(said(who, text, pending)).toBe("全部确认");
  });

  it.each([
    // 拢 as gathering (靠拢、拉拢、合拢): no all word.
    ["xu-dj", "支部要主动向先进靠拢 这是局长说的"],
  ])("%s: 「%s」 is not 全部确认", (who, text) => {
    expect(said(who, text, 2)).not.toBe("全部确认");
  });

  it.each([
    // What the bot can do, 阿 opening and 是有 for 有 (闽/台).
    ["sun-tp", "阿你是有什么功能喔 讲来听看嘛"],
    ["chen-kp", "你是有什么功能"],
    ["li-rd", "啊这个是有哪些功能"],
  ])("%s: 「%s」 is 帮助", (who, text) => {
    expect(said(who, text)).toMatch(/^帮助/);
  });

  it.each([
    // A colleague called 阿X仔 / 阿X (闽、粤), then the leave: theirs, no 请假 and no absence of the sender's offered.
    ["wang-ban", "阿明仔后个请假 他那边我先帮他顾"],
    ["wang-ban", "阿明后个请假"],
    ["li-rd", "阿华仔明天请一天假 材料我来交"],
  ])("%s: 「%s」 is someone else's leave", (who, text) => {
    const got = read(who, text);
    expect(got.kind).toBe("smalltalk");
  });

  it.each([
    // One's own leave with 阿嬷 as the reason stays one's own.
    ["sun-tp", "我后个请一天假 阿嬷生日要回厝", "请假"],
  ])("%s: 「%s」 is still %s", (who, text, command) => {
    expect(said(who, text)).toMatch(new RegExp(`^${command}`));
  });

  // i29b (贵州遵义), written after the fixes above: what did not carry over, by class.
  it.each([
    // 西南 抓子 after a verb (啥) and 勒 before a measure (这).
    ["xu-dj", "勒个机器人是做抓子的", /^帮助/],
    ["li-rd", "你会搞抓子嘛", /^帮助/],
    // 好多条 (多少条) and 喃 asking after one's own drafts.
    ["li-rd", "我还有好多条没确认喃", /^我的填报/],
    ["sun-tp", "我还有好多个没确认的", /^我的填报/],
    // 好多 + unit beside a lookup (查哈) after any verb: 查数, never a report.
    ["zhou-ju", "今年专利授权好多件 查哈", /^查数/],
    ["lin-fen", "今年高企认定好多家 帮我查一下", /^查数/],
    // 外后天 is 大后天.
    ["he-gq", "外后天请假哈 带娃儿克打针", /^请假/],
  ])("%s: 「%s」", (who, text, re) => {
    expect(said(who, text)).toMatch(re);
  });

  it("外后天 registers the day after the day after tomorrow", () => {
    expect(said("he-gq", "外后天请假哈 带娃儿克打针")).toMatch(/大后天/);
  });

  it.each([
    // 勒令、勾勒 and 好多 told (not asked) stay.
    ["li-rd", "上级勒令整改的3处隐患都改完了", "report"],
  ])("%s: 「%s」 stays %s", (who, text, kind) => {
    expect(said(who, text)).toBe(kind);
  });

  it("好多 told with no lookup beside it is no 查数", () => {
    expect(said("sun-tp", "今天授权了好多件专利 大家辛苦了")).not.toMatch(/^查数/);
  });
});
