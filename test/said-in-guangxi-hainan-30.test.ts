import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Commands and near misses said in 广西桂柳话-flavoured Mandarin and 海南 speech, round thirty (docs/understanding.md
 * 第三十轮 intent30), by class, the rules alone (no learned guess). Lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("said in 桂柳话 and 海南 speech, round thirty", () => {
  it.each([
    // 桂柳 哪门 (怎么) before what is done.
    ["xu-dj", "哪门报嘛 我还搞不懂", "帮助"],
    ["chen-kp", "这个哪门用哦", "帮助"],
    ["li-rd", "哪门撤回嘛", "帮助 撤回"],
    // 哪样 (什么) in 「是做X用的」, the bot named doing it without 是.
    ["chen-kp", "你这个是做哪样用的哦 教哈我嘛", "帮助"],
    ["sun-tp", "这个机器人做哪样的", "帮助"],
    ["he-gq", "这个是搞么事用的嘛", "帮助"],
    // 海南/江淮 么 alone after a modal and a verb of doing; 有么功能.
    ["sun-tp", "你会做么 讲给我听下咯", "帮助"],
    ["zhao-zh", "你有么功能", "帮助"],
  ])("%s: 「%s」 is 「%s」", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });

  it.each([
    // The Mandarin 哪门子 and 哪门课 are no how.
    ["li-rd", "这算哪门子事"],
    ["he-gq", "孩子哪门课没考好"],
  ])("%s: 「%s」 is no 帮助", (who, text) => {
    expect(said(who, text)).not.toMatch(/^帮助/);
  });

  it.each([
    // A trip of one's own still ahead today or tomorrow (要/得 + 去/克/到), any verb after it: asked, never stored.
    ["sun-tp", "下午要克三江那边看示范基地"],
    ["he-gq", "下午要去企业看看研发中心"],
    ["zhao-zh", "等会要去园区看孵化器"],
    ["li-rd", "明天得去财政局对一下研发经费"],
  ])("%s: 「%s」 is asked about, not a report", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });

  it.each([
    // Done beside it, or gone and done: a report.
    ["sun-tp", "上午去了两家企业调研 下午要去三江看示范基地"],
    ["sun-tp", "下午克三江那边看了示范基地 特派员3个都到了"],
  ])("%s: 「%s」 is still a report", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  it.each([
    // This week's report put off to next week, no time said or not: 下周提醒.
    ["sun-tp", "这礼拜来不赢报咯 下礼拜一起报"],
    ["he-gq", "这礼拜忙不过来 下礼拜一起报"],
    ["xu-dj", "这周来不及了 下周一块儿报"],
  ])("%s: 「%s」 is 下周提醒", (who, text) => {
    expect(said(who, text)).toBe("下周提醒");
  });

  it.each([
    // Asked, or put off to a day back from an absence: not this.
    ["sun-tp", "这周忙 下礼拜一起报行不"],
    ["li-rd", "我这周出差，下周二回来再报"],
  ])("%s: 「%s」 is no 下周提醒", (who, text) => {
    expect(said(who, text)).not.toBe("下周提醒");
  });

  it.each([
    // Whether what one reported is confirmed, in Mandarin and with 桂柳 滴 (的/些) and 粤桂 有冇 (有没有).
    ["chen-kp", "我这礼拜报滴有冇确认"],
    ["li-rd", "我上礼拜报的有没有确认"],
    ["he-gq", "我报的那几条都确认了没"],
    ["sun-tp", "我还有哪滴冇确认"],
  ])("%s: 「%s」 is 我的填报", (who, text) => {
    expect(said(who, text)).toMatch(/^我的填报/);
  });

  it.each([
    // 滴 as a drop, or drip irrigation, is no 的.
    ["sun-tp", "今天搞了滴灌示范 覆盖农田30亩", "report"],
  ])("%s: 「%s」 is %s", (who, text, kind) => {
    expect(said(who, text)).toBe(kind);
  });

  it.each([
    // The draft named, then 起 and its measure closing the request: 生成总结 (起个头 is none).
    ["zhou-ju", "上半年的稿子起一个咯", "生成总结 上半年"],
    ["lin-fen", "今年的总结起一个出来嘛", "生成总结 今年"],
  ])("%s: 「%s」 is 「%s」", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });

  it("「稿子起个头就行」 makes no draft", () => {
    expect(said("zhou-ju", "稿子起个头就行")).not.toMatch(/^生成总结/);
  });

  it.each([
    // A colleague's leave, called 小 + a surname common in 广西 and 海南 (覃、蒙、符、黎): theirs, not the sender's.
    ["wang-ban", "小覃后天请假 她的事我先顶到"],
    ["wang-ban", "小符明天请假"],
    ["li-rd", "小蒙这礼拜休年假"],
    ["xu-dj", "小黎后天请一天假"],
  ])("%s: 「%s」 registers no leave of the sender's", (who, text) => {
    const got = said(who, text);
    expect(got).not.toMatch(/^请假/);
    expect(got).not.toBe("unclear");
  });
});
