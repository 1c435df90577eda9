import { describe, expect, it } from "vitest";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind75 (清巴县, 鄂西 speech) and intent35's first-sight batch i35a (山东济南/淄博 speech) —
 * docs/understanding.md 第三十五轮 intent35. Each class in other words than the corpus's, the rules alone.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const said = (who: string, text: string, awaiting: "nothing" | "confirm" | "edit-text" = "nothing") =>
  heard(who, text, awaiting === "nothing" ? {} : { awaiting, justAsked: true, pendingDrafts: 1 });
const norm = (text: string) => intentText(text).norm;

describe("鄂、川 哈子 right after a verb (看哈子、改哈子、放哈子: 一下)", () => {
  it("is a moment, never part of what is said", () => {
    expect(norm("第4条我瞄哈子")).toBe("第4条我瞄一下");
    expect(said("li-rd", "第4条改哈子 示范户是36户")).toBe("修改 4 示范户是36户");
  });
  it("a not-yet on a card said with it is a no", () => {
    expect(said("he-gq", "等哈子 莫忙存 我再对哈子数", "confirm")).toBe("no");
  });
  it("哈子 after no verb stays (你个哈子)", () => {
    expect(norm("你个哈子")).toBe("你个哈子");
  });
});

describe("鄂 么样 before a verb of doing (么样弄: 怎么弄), 将将 (刚刚), 算哒 before a no", () => {
  it("how to set a wrong report right is 帮助", () => {
    expect(said("chen-kp", "填错哒么样弄")).toBe("帮助");
  });
  it("the one just sent, withdrawn", () => {
    expect(said("chen-kp", "将将报的那条撤哒 人数写错哒")).toMatch(/撤回/);
    expect(norm("将将就就用着")).toBe("将将就就用着");
  });
  it("算哒 before 不改 is 算了: the edit dropped", () => {
    expect(norm("算哒不弄哒")).toBe("算了不弄了");
  });
});

describe("冀鲁、东北 白 (别) before a verb of the bot's things, 夜来 (昨天)", () => {
  it.each([
    ["li-rd", "第5条白撤了 还留着", "nothing"],
    ["sun-tp", "先白记 俺再对对", "confirm"],
  ] as const)("%s: 「%s」 is a don't", (who, text, awaiting) => {
    expect(norm(text)).toContain("别");
    expect(said(who, text, awaiting)).not.toBe("report");
  });
  it("白 of «in vain» stays (白跑了一趟、白干了)", () => {
    expect(norm("白跑了一趟")).toBe("白跑了一趟");
    expect(norm("这回算白干了")).toBe("这回算白干了");
  });
  it("夜来 is yesterday after a person or opening a clause; 夜来香 stays", () => {
    expect(norm("俺夜来去了趟园区")).toBe("我昨天去了趟园区");
    expect(norm("院里的夜来香开了")).toBe("院里的夜来香开了");
  });
});

describe("one colleague asked as 你 how far they got, a time past before the going", () => {
  it("is talk among colleagues, not 查数 nor a report", () => {
    expect(said("zhao-zh", "你上午去了几家企业")).toBe("smalltalk");
    expect(said("zhao-zh", "恁夜来个下去转了几个村")).toBe("smalltalk");
  });
});

describe("南京、合肥 阿 + a verb asked at the clause's end (阿要上班、阿放假: 是不是), tuned after i35b's first sight", () => {
  it("asks whether one works that day", () => {
    expect(said("li-rd", "下礼拜天阿要补班")).toMatch(/^上班吗/);
    expect(said("li-rd", "元旦那天阿放假")).toMatch(/^上班吗/);
  });
  it("阿姨 and the answer 阿行 stay", () => {
    expect(norm("阿姨要上班")).toBe("阿姨要上班");
    expect(norm("阿行 就这么存")).toBe("阿行 就这么存");
  });
});
