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
