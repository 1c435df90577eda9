import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";

/**
 * trial41: colloquial problem and plan clauses as the offline drafter writes them under 二、 and 三、. A clause reads as
 * 公文 when none of its spoken fragments (`bad`) is left and every word that carries its meaning (`keep`) is still there:
 * a rewrite that drops what was said counts as a miss, like one that leaves the speech. Lines written before the rules.
 */
interface Clause {
  kind: "problem" | "plan";
  said: string;
  bad: string[];
  keep: string[];
}
const date = "2026-12-05";
const clauses: Clause[] = readFileSync(
  new URL("./fixtures/spoken-problems-plans-41.jsonl", import.meta.url),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Clause);

const written = (c: Clause) =>
  c.kind === "problem" ? problemText(c.said, date) : planSentence(c.said, date);
const reads = (c: Clause) => {
  const w = written(c);
  return c.bad.every((b) => !w.includes(b)) && c.keep.every((k) => w.includes(k));
};

describe("colloquial problem and plan clauses read as 公文 without losing what was said", () => {
  it("counts the clauses that read as written (before 0/36 → after at least 32/36)", () => {
    const missed = clauses.filter((c) => !reads(c)).map((c) => `${c.said} → ${written(c)}`);
    console.log(`spoken clauses read as 公文: ${clauses.length - missed.length}/${clauses.length}`);
    for (const m of missed) console.log(`  miss: ${m}`);
    expect(clauses.length).toBeGreaterThanOrEqual(30);
    expect(clauses.length - missed.length).toBeGreaterThanOrEqual(32);
  });
});

const problem = (s: string) => problemText(s, date);
const plan = (s: string) => planSentence(s, date);

describe("problem rules fire on the way of speaking, in other words and regions too", () => {
  it.each([
    ["偏远村小去得少", "偏远村小覆盖不足"],
    ["山区学校下去得太少", "山区学校覆盖不足"],
    ["有的合作社跑的少", "部分合作社覆盖不足"],
    ["企业对知识产权不上心", "企业对知识产权重视不够"],
    ["乡镇报材料总拖", "乡镇报送材料经常拖延"],
    ["審批手續太麻煩", "审批手续较为繁琐"], // Traditional 麻煩 too; the draft is simplified since draft43
    ["群众参与不太积极", "群众参与不够积极"],
    ["会议记录写得很乱", "会议记录书写较为混乱"],
    ["设施养护跟不上", "设施养护不到位"],
    ["护林员年纪都大了", "护林员年龄偏大"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(problem(said)).toBe(want);
  });
});

describe("problem rules do not fire where the words say something else", () => {
  it.each([
    "企业去得早", // early, not seldom
    "群众来得多",
    "老拖拉机坏了两台", // 拖拉机 is a tractor
    "申报流程不太复杂", // not very complex: no trouble in it
    "手续也不麻烦",
    "台账记得清楚",
    "技术跟不上", // not a service: left as said
    "年纪不大经验少",
    "钱够用",
    "学习不太够", // 不太 + a word not in the list
  ])("「%s」 keeps its words", (said) => {
    const w = problem(said);
    expect(w).not.toMatch(/覆盖不足|经常拖延|较为繁琐|较为混乱|不到位|年龄偏大|资金|不够主动/u);
  });
});

describe("plan rules: the measure in written words, its object and count kept", () => {
  it.each([
    ["明年把流程简化一下，再办2场培训", "简化流程，再举办2场培训"],
    ["明年再办几场辅导", "举办多场辅导"],
    ["明年想多跑跑偏远的学校，再招点志愿者", "加大偏远学校走访力度，增招志愿者"],
    ["明年把台账管起来，学习抓紧点", "加强台账管理，抓紧抓实学习"],
    ["明年把考核办法调整一下", "调整考核办法"],
    ["明年多宣传宣传防诈知识", "加大防诈知识宣传力度"],
    ["明年弄弄直播带货培训", "开展直播带货培训"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(plan(said)).toBe(want);
  });
});

describe("plan rules do not fire where the words say something else", () => {
  it.each([
    ["明年办理产权登记20件", /举办/u], // 办理 is not 举办
    ["明年申办省级科普基地", /申举办/u],
    ["明年了解一下企业需求", /加大|举办/u],
    ["明年多跑几趟市里争取项目", /走访力度/u], // 几趟 is not the doubled 跑跑
    ["明年帮困难的农户找销路", /困难农户/u], // only 偏远/边远/偏僻 drop their 的
    ["明年把培训办好", /举办/u],
  ])("「%s」 not rewritten by the class rules", (said, not) => {
    expect(plan(said)).not.toMatch(not);
  });
});
