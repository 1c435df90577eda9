import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 东北 and 内蒙古 (赤峰) classes missed by blind83, the rules alone (no learned guess): docs/understanding.md 第三十八轮
 * intent38b. The lines here are written for the test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, said, heard } = rulesReading(t);
const guided = { awaiting: "guided" as const, justAsked: true };

describe("round thirty-eight's 东北 speech (intent38b)", () => {
  it.each([
    ["那先退出吧 明儿个再填"],
    ["我先撤了 回头再报"],
    ["退出填报 下午再弄"],
  ])("reads the guided questions left with 退出/撤了 as 取消, whatever follows: 「%s」", (text) => {
    expect(heard("chen-kp", text, guided)).toBe("取消");
  });

  it("still reads a put-off with no leaving in it as talk, the questions open", () => {
    expect(heard("chen-kp", "等会再填", guided)).toBe("smalltalk");
  });

  it.each([
    ["还没交的都给提个醒"],
    ["没填的挨个吱一声"],
    ["没报的那几个 给言语一声"],
  ])("reads a leader's chase said as a word given (提个醒、吱一声、言语一声) as 催报: 「%s」", (text) => {
    expect(said("zhou-ju", text)).toMatch(/^催报/);
  });

  it.each([
    ["没报的给我吱一声"],
    ["没交的都没吱声"],
  ])("leaves 「%s」 no chase (told to me, or nobody spoke)", (text) => {
    expect(said("zhou-ju", text)).not.toMatch(/^催报/);
  });

  it.each([
    ["填报的那些给我导个excel"],
    ["提交的材料给我拉个表格"],
    ["填报的东西出个excel"],
  ])("reads what was reported (填报的/提交的 + 那些、东西、材料) asked for as a file as 导出 csv: 「%s」", (text) => {
    expect(said("lin-fen", text)).toBe("导出 csv");
  });

  it.each([
    ["表格一沓一沓的 忙蒙圈了"],
    ["报表一摞摞的"],
    ["这几天会一个接一个 整懵圈了"],
    ["文件成堆成堆的 脑瓜子嗡嗡的"],
  ])("reads the load sighed at (a measure said twice, 懵圈/蒙圈, 脑瓜子嗡嗡的) as talk: 「%s」", (text) => {
    expect(read("zhao-zh", text).kind).toBe("smalltalk");
  });

  it("reads a pile with a figure as work", () => {
    expect(read("zhao-zh", "今天给三个村送了一摞宣传册 发了200份").kind).toBe("report");
  });

  it.each([
    ["上礼拜大伙都交了没", "进度 上周"],
    ["上星期大家伙儿报得咋样", "进度 上周"],
    ["大伙这周的情况咋样", "进度"],
  ])("reads a leader's 大伙/大家伙儿 asked after as 进度 with the week said: 「%s」", (text, want) => {
    expect(said("lin-fen", text)).toBe(want);
  });

  it("never reads staff's 大伙 in a report as 进度", () => {
    expect(said("xu-dj", "上礼拜组织大伙交了学习笔记二十来篇")).toBe("report");
  });
});

describe("round thirty-eight's 东北 words folded (intent38b, dialect-words-dongbei.ts)", () => {
  it.each([
    ["咱俩唠两句嗑呗", "聊两句天"],
    ["那可拉倒吧 不弄了", "算了吧"],
    ["这回弄得杠杠的", "很好"],
    ["数嘎嘎准", "很准"],
    ["备不住下礼拜还得去旗里", "说不定"],
  ])("「%s」 reads %s", (text, part) => {
    expect(toMandarin(text)).toContain(part);
  });

  it.each([
    ["围墙被大风拉倒了"],
    ["合作社的鸭子嘎嘎叫"],
    ["把危房拉倒重建"],
  ])("leaves 「%s」 as it is", (text) => {
    expect(toMandarin(text)).toBe(text);
  });

  it("reads a chat offered with no one named (唠会嗑呗) as talk, never unclear", () => {
    expect(read("li-rd", "唠会嗑呗").kind).toBe("smalltalk");
    expect(read("li-rd", "咱俩聊会儿吧").kind).toBe("smalltalk");
  });

  it("reads 可拉倒吧 to a guided question as 取消 and 杠杠的 on a card as yes", () => {
    expect(heard("li-rd", "可拉倒吧", guided)).toBe("取消");
    expect(heard("li-rd", "杠杠的", { awaiting: "confirm", justAsked: true, pendingDrafts: 1 })).toBe("yes");
  });
});
