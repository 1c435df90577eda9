import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";
import { intentContextFor } from "./helpers/intent-context-for.js";
import { classifyIntent } from "../src/conversation/classify-intent.js";

/**
 * Round fifty-six (intent56): classes of blind109's misses and last round's leftovers, each checked with lines written
 * for the test in other words (中原、冀北、西南 speech, Traditional characters, full-width punctuation, emoji).
 */
const t = appPerFile({ now: "2026-12-02T10:00:00+08:00" });
const { said, heard } = rulesReading(t);

describe("whether the update just sent was stored, with 入库 or a look asked after: 我的填报", () => {
  it.each([
    "我刚报的记上了没 查一哈",
    "今早报的那条 入库冇",
    "俺刚报那条记上木有 给俺瞅瞅",
    "剛才發的那條 存上了沒 幫我看下",
    "早上填的那个入库了没有？",
  ])("%s", (text) => {
    expect(said("sun-tp", text)).toBe("我的填报");
  });
  it("a look at one update by number stays 查看", () => {
    expect(said("sun-tp", "5号那条我想看下 看有没有写错")).toBe("查看 5");
  });
});

describe("what the bot just asked, missed: unclear, no look at an update", () => {
  it.each([
    "你刚刚问我啥来着 没看清",
    "恁刚才问俺啥 俺木看清",
    "你剛剛問我什麼？沒看到",
    "你刚才说的啥 没看懂",
  ])("%s", (text) => {
    expect(said("he-gq", text)).toBe("unclear");
  });
  it("a look at the update just sent stays 查看", () => {
    expect(said("he-gq", "刚才那条我看看")).toMatch(/^\/ref 查看 recent/);
  });
});

describe("the section question answered by whose work it is or what it is about", () => {
  const onSection = (who: string, text: string) =>
    heard(who, text, { awaiting: "section", pendingDrafts: 1 });
  it.each([
    ["he-gq", "这事儿归李明他们管"],
    ["he-gq", "算李明他们那块的"],
  ])("%s: %s → 研发 (李明's section)", (who, text) => {
    expect(onSection(who, text)).toBe("section");
  });
  it.each([
    ["wang-ban", "歸徐芳她們管的", "party"],
    ["xu-dj", "徐芳那边党建的活", "party"],
    ["wang-ban", "我这边 安全生产的事", "office"],
    ["zhao-zh", "跟转化有关 卖技术的那种", "transfer"],
    ["zhao-zh", "和专利相关的", "transfer"],
    ["zhao-zh", "跟人才引进有关係的事", "talent"],
    ["zhao-zh", "虽然跟人才有关 还是算转化", "transfer"],
  ])("%s: %s → %s", (who, text, id) => {
    const got = classifyIntent(
      text,
      intentContextFor(t.app, who, { guess: null, awaiting: "section", pendingDrafts: 1, justAsked: true }),
    );
    expect(got).toEqual({ kind: "answer", answer: "section", section: id });
  });
});

describe("nothing done this week said as standing still (原地没动) or with 中原 木 for 没: 本周无进展", () => {
  it.each([
    ["li-rd", "这周一直在地区开评审会 项目这块原地没动"],
    ["sun-tp", "这一礼拜都叫抽去弄秸秆禁烧了 特派员这块啥也木干"],
    ["he-gq", "這個禮拜都在迎檢 高企那攤原地沒動😮‍💨"],
  ])("%s: %s", (who, text) => {
    expect(said(who, text)).toMatch(/^本周无进展/);
  });
  it("a matter stalled with why stays a report of it", () => {
    expect(said("li-rd", "项目这块原地没动 卡在审批")).toBe("report");
  });
});
