import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 西南官话 classes missed by blind84 (灌溪县, 川西) and intent39's first-sight batch i39a (遵义), the rules alone (no
 * learned guess): docs/understanding.md 第三十九轮 intent39. The lines here are written for the test, not taken from the
 * corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, said, heard } = rulesReading(t);
const editShown = { awaiting: "edit-confirm" as const, justAsked: true, pendingDrafts: 1 };

describe("round thirty-nine's 西南官话 (intent39)", () => {
  it.each([
    ["猕猴桃今年总共嫁接了好多株", "猕猴桃今年总共嫁接了多少株"],
    ["科普基地到底有好多个", "科普基地到底有多少个"],
    ["培训总共搞了好多场次", "培训总共搞了多少场次"],
    ["补助好久发", "补助什么时候发"],
    ["稿子好久能出来", "稿子什么时候能出来"],
    ["勒两天跑忙了", "这两天跑忙了"],
    ["我各人来填", "我自己来填"],
    ["手上没得哪样新东西", "手上没得什么新东西"],
    ["搞忘交了", "忘交了"],
    ["摆哈龙门阵嘛", "聊一下天嘛"],
    ["帮我催哈", "帮我催一下"],
  ])("folds 「%s」 to 「%s」", (said, mandarin) => {
    expect(toMandarin(said)).toBe(mandarin);
  });

  it.each([
    ["今天来了好多人"],
    ["有好多家企业想申报"],
    ["好久没下乡了"],
    ["科室不对哈"],
    ["哈哈哈"],
  ])("leaves 「%s」 as it is (many, for long, a particle)", (text) => {
    expect(toMandarin(text)).toBe(text);
  });

  it.each([
    ["茶园今年一共管护了好多亩"],
    ["今年特派员一共服务了好多人次"],
    ["全县星创天地有好多家 帮我查哈"],
  ])("reads how many asked with 好多 as 查数: 「%s」", (text) => {
    expect(said("zhou-ju", text)).toMatch(/^查数/);
  });

  it.each([
    ["勒个礼拜都在外头学习 手上的活没得哪样进展"],
    ["这周在省里培训了五天 手头的项目没动"],
    ["这个礼拜出差了三天 课题没啥进展"],
  ])("reads a week spent away (days at a meeting, a course, a trip) with nothing new as 本周无进展: 「%s」", (text) => {
    expect(said("li-rd", text)).toBe("本周无进展");
  });

  it("keeps field work with its days a report", () => {
    expect(read("sun-tp", "这周下乡4天 别的没啥新情况").kind).toBe("report");
  });

  it.each([
    ["2号还是按没改之前的来", "放弃修改 2"],
    ["第四条 还是用原来的吧", "放弃修改 4"],
    ["5号照改以前那版", "放弃修改 5"],
  ])("reads an update's original kept (改之前的、原来的) as dropping its edit: 「%s」", (text, command) => {
    expect(said("chen-kp", text)).toBe(command);
  });

  it.each([
    ["嗯 这下改对了"],
    ["这回写对了"],
    ["对头 现在弄对了"],
  ])("reads the change said right on an edit's preview as the yes: 「%s」", (text) => {
    expect(heard("xu-dj", text, editShown)).toBe("yes");
  });

  it.each([
    ["下午陪市局领导看了城东的孵化器"],
    ["上午带客人看了高新区的众创空间"],
    ["陪省里来的同志看了两江的星创天地"],
  ])("reads a visit to an innovation carrier (孵化器、众创空间) as work: 「%s」", (text) => {
    expect(read("zhou-ju", text).kind).toBe("report");
  });
});

describe("a place in a form named alone (intent39)", () => {
  it.each([
    ["台账第三栏"],
    ["汇总表第5行"],
    ["统计表的第二页"],
  ])("asks what about it when only a form and a place in it are named: 「%s」", (text) => {
    expect(read("he-gq", text)).toMatchObject({ kind: "unclear", suggest: "vague" });
  });

  it("reads a place in a form with something said of it as it was", () => {
    expect(read("he-gq", "表格第二页填了23家企业").kind).toBe("report");
  });
});

describe("湘 and 西南 跟我 and 哒, an official visit accompanied (intent39, after i39b)", () => {
  it.each([
    ["跟我查下专利", "帮我查下专利"],
    ["跟我撤咯", "帮我撤咯"],
    ["这周六要补班迈", "这周六要补班吗"],
    ["我搞不醒豁", "我搞不清楚"],
    ["昨日跑哒三个村", "昨日跑了三个村"],
  ])("folds 「%s」 to 「%s」", (said, mandarin) => {
    expect(toMandarin(said)).toBe(mandarin);
  });

  it.each([
    ["跟我说一声"],
    ["跟我一起去"],
    ["老人年迈"],
    ["写得豪迈"],
  ])("leaves 「%s」 as it is (told to me, with me)", (text) => {
    expect(toMandarin(text)).toBe(text);
  });

  it("reads a workday asked with 迈 as 上班吗 on that day", () => {
    expect(said("li-rd", "这个礼拜六要补班迈")).toMatch(/^上班吗/);
  });

  it("reads a leader's chase with 跟我催下 as 催报", () => {
    expect(said("lin-fen", "还有哪几个冇报 跟我催下")).toBe("催报");
  });

  it.each([
    ["下午陪市局领导看了城东的茶厂"],
    ["上午陪省里的客人看哒两江的农庄"],
    ["陪县里领导转了转河西的加工厂"],
  ])("reads accompanying officials or guests on a visit (陪领导、陪客人) as work: 「%s」", (text) => {
    expect(read("zhou-ju", text).kind).toBe("report");
  });
});
