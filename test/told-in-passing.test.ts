import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Told in passing (docs/understanding.md 第二十六轮 dlg26): someone else's day off or absence is not the sender's
 * leave, one's own private errand is not work though its words sound like work (检查、办) — both answered as talk,
 * never stored, no leave registered. Work after a clause that only says where one has been (刚从X回来，…讲了…) is a
 * report. Lines here are written for this test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-03T16:00:00+08:00" });
const read = (who: string, text: string) =>
  classifyIntent(text, intentContextFor(t.app, who, { guess: null }));

describe("someone else's leave or absence", () => {
  it.each([
    ["he-gq", "小周前天去镇上搞了消防演练，今天补休"],
    ["li-rd", "老孙今天请了病假"],
    ["xu-dj", "科长这礼拜在省里出差 礼拜五才回"],
    ["chen-kp", "小吴今天调休 没来上班"],
  ])("%s: 「%s」 is talk about others", (who, text) => {
    expect(read(who, text)).toEqual({ kind: "smalltalk", topic: "others" });
  });

  it.each([
    // One's own leave, with kin named: still the sender's (老母亲 is no colleague).
    ["li-rd", "老父亲住院，下礼拜一到礼拜三请假陪护"],
    ["sun-tp", "我今天调休 有事打电话"],
  ])("%s: 「%s」 is the sender's own leave", (who, text) => {
    expect(read(who, text)).toMatchObject({ kind: "command", command: "请假" });
  });

  it("work done after someone's absence is not their absence", () => {
    expect(read("wang-ban", "主任出差回来 给全局传达了会议精神")).not.toEqual({
      kind: "smalltalk",
      topic: "others",
    });
  });

  it("a report that mentions others' leave stays a report", () => {
    expect(read("xu-dj", "书记给全体党员上了堂党课，到了三十几个人，有两个同志请假")).toMatchObject({
      kind: "report",
    });
  });
});

describe("one's own private errand", () => {
  it.each([
    ["li-rd", "上礼拜五去医院做了个CT"],
    ["chen-kp", "中午去菜鸟驿站取了个包裹"],
    ["sun-tp", "刚去学校接了娃"],
    ["he-gq", "上午去政务大厅换了个新身份证"],
    ["zhao-zh", "陪老人去中医院复查了 等了半天"],
  ])("%s: 「%s」 is an errand, not work", (who, text) => {
    expect(read(who, text)).toEqual({ kind: "smalltalk", topic: "errand" });
  });

  it.each([
    ["li-rd", "上午去人民医院检查了消防通道"],
    ["chen-kp", "在卫生院给村医办了场培训"],
  ])("%s: 「%s」 is work at such a place", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });

  it("an errand beside work done is not only the errand", () => {
    expect(read("chen-kp", "中午去驿站取了个快递 下午在社区开了个座谈会")).not.toEqual({
      kind: "smalltalk",
      topic: "errand",
    });
  });

  it("an errand still to come is an absence, not talk", () => {
    expect(read("xu-dj", "下午去医院做个检查")).not.toEqual({ kind: "smalltalk", topic: "errand" });
  });
});

describe("work after a clause that says where one has been", () => {
  it.each([
    ["chen-kp", "刚从光荣院回来，给老兵们讲了防电诈"],
    ["sun-tp", "从河湾村回来了 下午在那儿给果农讲了冬剪"],
    ["li-rd", "今天到实验小学去了，给娃们上了节科学课"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });

  it.each([
    ["chen-kp", "刚从医院回来，给娃打了针"],
    ["sun-tp", "刚从县里回来，冻死了"],
  ])("%s: 「%s」 is not", (who, text) => {
    expect(read(who, text).kind).not.toBe("report");
  });
});
