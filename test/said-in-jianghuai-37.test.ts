import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 江淮官话 classes missed by blind80 (盐城) and intent37's first-sight batch i37a (合肥/六安/扬州), the rules alone (no
 * learned guess): docs/understanding.md 第三十七轮 intent37. The lines here are written for the test, not taken from the
 * corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, said, heard } = rulesReading(t);
const card = { awaiting: "confirm", justAsked: true, pendingDrafts: 1 } as const;
const commandOf = (who: string, text: string) => {
  const got = read(who, text);
  return got.kind === "command" ? got.command : got.kind;
};

describe("round thirty-seven's 江淮 classes (intent37)", () => {
  it.each([
    // A wait said the 江淮 way (慢点 + a verb of keeping, 慢些子 alone, 等一刻儿, 先不忙): the card held, a no.
    ["sun-tp", "慢点确认 亩数我去问问村里"],
    ["he-gq", "慢些子 企业家数我再核一下"],
    ["chen-kp", "等一刻儿 我问问校长"],
    ["li-rd", "先不忙记 金额我还要对一下"],
    ["zhao-zh", "等一歇 我再查一下合同号"],
    // 不消 (不用) + a verb of keeping: not wanted.
    ["xu-dj", "这条不消存了"],
  ])("%s: 「%s」 to a card is a no", (who, text) => {
    expect(heard(who, text, card)).toBe("no");
  });

  it("reads 不消记 after a line the bot could not place as a no, not chat", () => {
    expect(heard("sun-tp", "不消记 手滑了", { justAsked: true })).toBe("no");
    expect(heard("chen-kp", "不消记 跟同事说的", { awaiting: "report-or-not", justAsked: true })).toBe("no");
  });

  it.each([
    // 可 asking before coming in, or before 上班 with more said after it: whether the day is worked.
    ["chen-kp", "这个礼拜天可要到单位"],
    ["wang-ban", "元旦可放假 要不要安排人"],
    ["li-rd", "下个礼拜六可得来局里"],
  ])("%s: 「%s」 asks 上班吗", (who, text) => {
    expect(commandOf(who, text)).toBe("上班吗");
  });

  it("reads 可 + a report handed in + 了 (可交齐了、可都填了) as asked whether it is done: 进度", () => {
    expect(commandOf("lin-fen", "这个月的填报可交齐了")).toBe("进度");
    expect(commandOf("zhou-ju", "上礼拜的填报可报齐了")).toBe("进度");
  });

  it("reads whether the reports of a period are all in (填报都交了没, in Mandarin too) as 进度", () => {
    expect(commandOf("zhou-ju", "上个月的填报都报了没")).toBe("进度");
    expect(commandOf("lin-fen", "这礼拜的填报可都交了")).toBe("进度");
    // Asked with 了吗 as well as 了没.
    expect(commandOf("zhou-ju", "上个月的填报都交了吗")).toBe("进度");
    expect(commandOf("lin-fen", "各科室这礼拜都交了吗")).toBe("进度");
  });

  it("reads 有啥两样 (有什么不同) of two drafts as 对比", () => {
    expect(commandOf("zhou-ju", "第二稿和第三稿有啥两样")).toBe("对比");
  });

  it("reads 港 (说) relayed from a superior as a notice passed on, not a task", () => {
    expect(read("xu-dj", "科长叫我跟大家港一下 下午两点开会")).toEqual({
      kind: "smalltalk",
      topic: "notice",
    });
  });

  it.each([
    "这个月的表格堆成山了",
    "年底的材料摞得跟座山似的",
  ])("reads 「%s」 (the load said as a pile) as a sigh", (text) => {
    expect(read("he-gq", text)).toEqual({ kind: "smalltalk", topic: "mood" });
  });

  it.each([
    ["he-gq", "填岔了可能撤 咋撤"],
    ["li-rd", "发错了还能撤吗 怎么撤"],
    ["chen-kp", "报上去的怎么撤啊"],
  ])("%s: 「%s」 (撤 alone asked how) is 帮助 on withdrawing", (who, text) => {
    expect(said(who, text)).toBe("帮助 撤回");
  });

  it("keeps 撤 of other things out of the withdrawal (撤离、撤村并居)", () => {
    expect(said("sun-tp", "汛期怎么撤离群众")).not.toBe("帮助 撤回");
  });

  it("keeps the Mandarin words the folds must not touch", () => {
    expect(toMandarin("天天加班真吃不消")).toContain("吃不消");
    expect(toMandarin("帮张家港2家企业对接")).toContain("张家港");
    expect(toMandarin("还有两样设备没到")).toContain("两样");
    expect(toMandarin("开了一刻钟的会")).toContain("一刻钟");
    expect(toMandarin("这个可能要改")).toContain("可能");
    expect(heard("sun-tp", "帮村里清走了堆成山的秸秆 40吨")).toBe("report");
  });
});

describe("one's own area said with 上 (党建上、科普上) and nothing new this week (intent37, b77-d16)", () => {
  it.each([
    ["xu-dj", "这个礼拜光忙着迎检了 党务上没动"],
    ["chen-kp", "这周都在陪检查组 科普上没啥进展"],
  ])("%s: 「%s」 is 本周无进展", (who, text) => {
    expect(said(who, text)).toBe("本周无进展");
  });

  it("keeps a named piece of work stalled a report", () => {
    expect(said("li-rd", "中试项目上这周没进展 卡在设备采购")).toBe("report");
  });
});

describe("what is left to check asked with the check doubled or once over (intent37, i37b rules alone)", () => {
  it.each([
    ["lin-fen", "初稿里还有哪些数得复核"],
    ["zhou-ju", "总结里还有哪些地方要再核一遍"],
    ["zhou-ju", "这版还有哪些数字得核核"],
  ])("%s: 「%s」 is 待核实", (who, text) => {
    expect(said(who, text)).toBe("待核实");
  });
});
