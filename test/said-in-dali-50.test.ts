import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes of round fifty's intent work (docs/understanding.md 第五十轮 intent50), read by the rules alone. The lines are
 * written for the test — 滇西、黔、吴 (丽水)、普通话 — not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
const preview = { awaiting: "edit-confirm" as const, justAsked: true, pendingDrafts: 1 };
const which = { awaiting: "which-draft" as const, justAsked: true, pendingDrafts: 2, draftNumbers: [6, 7] };

describe("the week spent away (a place said between) and 哪样/啥西 都没整 is 本周无进展", () => {
  it.each([
    ["li-rd", "这个礼拜都在县里陪督查 项目上哪样都没搞"],
    ["xu-dj", "一个礼拜全在省里开会 支部哪样都没整"],
    ["li-rd", "这礼拜一直在市里陪巡视 科里啥西都没弄"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text)).toMatch(/^本周无进展/u);
  });
  it.each([
    ["li-rd", "这礼拜在县里陪督查 看了四家企业"],
    ["li-rd", "项目上哪样进展"],
  ])("not: %s: %s", (who, text) => {
    expect(heard(who, text)).not.toMatch(/^本周无进展/u);
  });
});

describe("the change named and praised (这个改得板扎、该记改得蛮好) agrees to the preview", () => {
  it.each(["这条改得板扎", "该记改得蛮好", "这个改得不错", "这条改得挺好"])("%s", (text) => {
    expect(heard("li-rd", text, preview)).toBe("yes");
  });
  it.each(["这个改得不好", "这条改得不错 就是金额还不对"])("not: %s", (text) => {
    expect(heard("li-rd", text, preview)).not.toBe("yes");
  });
});

describe("put in (存进去、记进去、入进去) keeps the card", () => {
  it.each(["记进去", "存进去吧", "数没问题 存进去", "对的 录进去"])("%s", (text) => {
    expect(heard("sun-tp", text, card)).toBe("yes");
  });
  it("both put in, to the list of drafts, is all", () => {
    expect(heard("sun-tp", "茶叶那条民宿那条 都入库", which)).toBe("all");
  });
});

describe("keeping put off (晏些再存、搁一下), the figures not checked yet, a recount beside a wait hold the card", () => {
  it.each([
    "晚点再存 户数还要再数一遍",
    "晏些再存 亩数我还要去点一下",
    "等哈 账还没对完",
    "搁一下 我下午核完再存",
    "人数还没核",
  ])("%s", (text) => {
    expect(heard("sun-tp", text, card)).toBe("no");
  });
  it.each(["村支书说要再点一遍", "人数还没核 是四十二个"])("not: %s", (text) => {
    expect(heard("sun-tp", text, card)).not.toBe("no");
  });
});

describe("which draft by its place in the sending order", () => {
  it.each([
    ["第一个发的嘛", "number 6"],
    ["第二条报的", "number 7"],
    ["后发那个", "number 7"],
    ["先发那条 茶叶的", "number 6"],
  ])("%s → %s", (text, want) => {
    expect(heard("sun-tp", text, which)).toBe(want);
  });
});

describe("whether the update sent earlier was stored, asked with 给 before the verb (滇) or 否 closing it (吴), is 我的填报", () => {
  it.each([
    "我早上发的那条 给记上了",
    "我先头报的那个 给存进去了",
    "我下昼发的那条 记进去了否",
  ])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("我的填报");
  });
  it("not: 上午发的那条 给我删了", () => {
    expect(heard("sun-tp", "上午发的那条 给我删了")).not.toBe("我的填报");
  });
});

describe("否 closing a question (吴) asks it, as 吗", () => {
  it.each([
    ["lin-fen", "食用菌的产值有人报过否", /^查数/u],
    ["wang-ban", "礼拜六要来单位值班否", /^上班吗/u],
  ])("%s: %s", (who, text, want) => {
    expect(heard(who, text)).toMatch(want);
  });
});

describe("the bureau's own before a section's keyword (机关党支部这块) names that section", () => {
  const asked = { awaiting: "section" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["机关党支部那块", "局机关党支部的"])("%s", (text) => {
    expect(heard("xu-dj", text, asked)).toBe("section");
  });
});

describe("a line forwarded from a work group of the bureau, saying work done with its count, is a report", () => {
  it.each([
    "转发 古村落保护工作群：金竹村九栋老屋今天测绘完了",
    "转发 茶产业推进工作群：今年帮二十三家茶厂上了自动化生产线",
  ])("%s", (text) => {
    expect(heard("lin-fen", text)).toBe("report");
  });
  it.each([
    "转发 茶产业工作专班群：明天去五个村查茶园",
    "转发 市科技局：今年全市技术合同成交额一百亿",
  ])("not: %s", (text) => {
    expect(heard("lin-fen", text)).not.toBe("report");
  });
});

describe("looked over (瞧过、瞧完) then all at once, and the summary started or a 小结 made, are commands", () => {
  it.each(["四个都瞧过了 一起确认", "两个都瞧了 一把确认"])("%s", (text) => {
    expect(heard("sun-tp", text, { pendingDrafts: 3 })).toBe("全部确认");
  });
  it.each(["今年的工作总结 你先起个头", "上半年的小结另外出一份"])("%s", (text) => {
    expect(heard("zhou-ju", text)).toMatch(/^生成总结/u);
  });
});

describe("stopping for now (先停一哈) said beside why, to a guided question, is 取消", () => {
  const guided = { awaiting: "guided" as const, justAsked: true };
  it.each(["村上来人了 先停一哈", "先停一下 局长喊我"])("%s", (text) => {
    expect(heard("sun-tp", text, guided)).toBe("取消");
  });
  it("not: 烤房停了一下午 修好了三座", () => {
    expect(heard("sun-tp", "烤房停了一下午 修好了三座", guided)).not.toBe("取消");
  });
});

describe("a place or a contact card shared alone (「[位置]」) is no text to read: unclear, never talk", () => {
  it.each(["[位置]", "【定位】", "[名片]"])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("unclear");
  });
  it("not: [位置] 茶叶合作社 今天在这里教了三十来户", () => {
    expect(heard("sun-tp", "[位置] 茶叶合作社 今天在这里教了三十来户")).toBe("report");
  });
});
