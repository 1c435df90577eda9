import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind101 (宣溪县, 皖南宣城), read by the rules alone (no learned guess): docs/understanding.md
 * 第四十八轮 intent48. The lines are written for the test, in several regions' words, plain Mandarin and Traditional
 * characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("which listed draft, said by when it was sent (which-draft-answer.ts)", () => {
  const listed = {
    awaiting: "which-draft",
    justAsked: true,
    pendingDrafts: 3,
    draftNumbers: [4, 5, 6],
  } as const;
  it.each([
    ["后来发的", 6],
    ["后来发的那条", 6],
    ["后头报的那个", 6],
    ["后面发的", 6],
    ["最后交的那一条", 6],
    ["后發的", 6],
    ["起先发的那个", 4],
    ["一开始报的", 4],
    ["前头交的那条", 4],
    ["早先发的", 4],
  ])("%s → #%i", (text, n) => {
    expect(heard("he-gq", text, listed)).toBe(`number ${n}`);
  });
  it.each([
    "后来的",
    "后来发的那条不要",
    "先发的那条撤了",
    "后来又发了一条",
  ])("not a pick by time: %s", (text) => {
    expect(heard("he-gq", text, listed)).not.toMatch(/^number/);
  });
});

describe("leaving now, with who waits, is a goodbye, never a report (leaving-now.ts)", () => {
  it.each([
    "走了走了 伢还在学校等我",
    "我先撤了哈 娃在幼儿园等着接",
    "先走咯 屋里头等我吃饭",
    "下班了 要去接孩子",
    "溜了溜了 细伢放学了",
    "俺先走了 閨女在校門口等俺",
  ])("%s", (text) => {
    expect(heard("wang-ban", text)).toBe("smalltalk");
  });
  it.each([
    "走了 今天在学校给孩子讲了两场科普",
    "先走了 村里还有八户等我去看 明天再报",
  ])("work or a figure after it is not a goodbye: %s", (text) => {
    expect(heard("sun-tp", text)).not.toBe("smalltalk");
  });
});

describe("whether the message just sent was stored, asked, is 我的填报 (stored-asked.ts)", () => {
  it.each([
    "刚才那条存上没 我怎么冇看到",
    "刚发的那个记下了没得 我咋个没看到",
    "我才报的存进去了吗",
    "那条存好了冇",
    "剛才那條存上了嗎",
    "刚刚那个保存上了没有",
  ])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("我的填报");
  });
  it.each([
    "记上嘛",
    "存上么",
    "存起来不",
    "存上没问题",
    "刚才那条写错了",
    "这个数据存在问题没",
    "刚才那条存上没 再加一句 下午去了竹岭村",
  ])("not asked whether it was stored: %s", (text) => {
    expect(heard("sun-tp", text)).not.toBe("我的填报");
  });
  it("while a card waits it is left to the card's readings", () => {
    expect(heard("sun-tp", "存上了吗", { awaiting: "confirm", justAsked: true, pendingDrafts: 1 })).not.toBe(
      "我的填报",
    );
  });
});

describe("a leader settling this draft: 定这个、这稿先定, and the check not waited for with 冇核的 (approval-request.ts)", () => {
  it.each([
    ["第三稿蛮好 就定这个", "定稿"],
    ["这版可以 就定这一版", "定稿"],
    ["第二稿还行 定它", "定稿"],
    ["这稿先定", "定稿"],
    ["冇核的不等了 这稿先定", "仍要定稿"],
    ["没核完的不等了 这一稿先定", "仍要定稿"],
    ["未核的不等了 定稿", "仍要定稿"],
  ])("%s → %s", (text, want) => {
    expect(heard("zhou-ju", text)).toBe(want);
  });
  it.each([
    "就定这个方案",
    "先别定这个",
    "定这个要多久",
    "这个方案先定下来 下周报",
  ])("not the draft settled: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toMatch(/定稿/);
  });
});
