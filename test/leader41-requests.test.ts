import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Round forty-one, leader41: leaders' and the admin's requests through a half-year review on the real app (example
 * roster, no model), in words of my own. Each request says what a leader would accept as the answer. Counted before
 * and after the round's changes (docs/understanding.md 「第四十一轮 leader41」).
 */
let t: TestApp;
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const api = () => t.app.services.features.drafting as DraftingApi;
const versions = async () => (await api().service.get({ year: 2026, half: 1 }))?.versions.length ?? 0;

beforeAll(async () => {
  t = await makeTestApp({ now: "2026-06-22T10:00:00+08:00" });
  await t.say("li-rd", "组织高企申报培训4场，新认定高新技术企业9家，全县高企总数到了41家");
  await t.say("li-rd", "确认");
  await t.say("sun-tp", "新建科技示范基地3个，带动农户120个，争取项目资金50万");
  await t.say("sun-tp", "确认");
  await t.say("li-rd", "企业研发投入积极性不高。下半年打算在两个园区再办3场辅导");
  await t.say("li-rd", "确认");
  await t.say("zhou-ju", "生成总结 上半年");
  await api().whenIdle();
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

/** A half-year draft in review: asking for it by name shows it, no new version. */
describe("the half-year summary asked for while one is in review", () => {
  it.each([
    ["zhou-ju", "上半年的总结"],
    ["zhou-ju", "年中那个总结"],
    ["lin-fen", "今年上半年的工作总结"],
    ["lin-fen", "上半年那个总结呢"],
  ])("%s 「%s」 shows v1", async (who, said) => {
    const out = all(await t.say(who, said));
    await api().whenIdle();
    expect(out).toContain("上半年");
    expect(out).not.toMatch(/已开始生成|您是想/);
    expect(await versions()).toBe(1);
  });
});

/** The plan part said without 那块/部分 and asked to be more concrete. */
describe("the plan part asked to be rewritten without a part word", () => {
  it.each([
    "明年计划再具体点",
    "来年打算再具体些",
    "计划再具体些",
    "明年的打算再详细点",
    "下一步工作计划写具体一点",
    "明年计划具体点",
  ])("「%s」 is a rewrite of 三、工作计划", async (said) => {
    const out = all(await t.say("zhou-ju", said));
    expect(out).toContain("工作计划");
    expect(out).not.toMatch(/您是想|哪一部分|记为填报/);
    await t.say("zhou-ju", "取消");
  });
});

/** 核数: the reply says which figures were written differently from the report, and never that all were copied. */
describe("figures checked", () => {
  it.each([
    "数字核一下",
    "数据再核对一遍",
    "（四）的数字核一下",
    "特派员那块的数据对一下",
  ])("「%s」 names the rewritten unit", async (said) => {
    const out = all(await t.say("zhou-ju", said));
    expect(out).toContain("120");
    expect(out).not.toMatch(/记为填报|都照填报原文抄录/);
    expect(out).toMatch(/120个/);
    await t.say("zhou-ju", "取消");
  });
});

it("a making verb still drafts the half again", async () => {
  await t.say("zhou-ju", "上半年总结写一下");
  await api().whenIdle();
  expect(await versions()).toBe(2);
});

/** Plain steps of a review that should keep working. */
describe("the rest of a review", () => {
  it.each([
    ["zhou-ju", "看看计划那块", /工作计划/],
    ["zhou-ju", "待核实", /核实/],
    ["lin-fen", "问题那部分给我瞧瞧", /存在的问题/],
    ["zhou-ju", "进度", /填报|进度/],
    ["wang-ban", "查看草稿", /上半年/],
  ])("%s 「%s」", async (who, said, want) => {
    expect(all(await t.say(who, said))).toMatch(want);
  });
});

/** From 2027 the package has no holidays: the admin is told which year, and how to fill it, when asking. */
describe("the holiday data for a year not covered", () => {
  it.each([
    ["wang-ban", "节假日数据"],
    ["wang-ban", "放假安排"],
    ["lin-fen", "节假日数据"],
    ["wang-ban", "帮助"],
  ])("%s 「%s」 names 2027 and holidays.json", async (who, said) => {
    t.setNow("2026-12-04T10:00:00+08:00");
    const out = all(await t.say(who, said));
    expect(out).toContain("2027");
    expect(out).toContain("holidays.json");
  });
  it("staff asking for help are not told about it", async () => {
    expect(all(await t.say("li-rd", "帮助"))).not.toContain("holidays.json");
  });
});

/** Where the new readings must not fire. */
describe("not a plan rewrite, not a figure check, not a look", () => {
  const said = async (text: string, who = "zhou-ju") => {
    const { classifyIntent } = await import("../src/conversation/classify-intent.js");
    const { intentContextFor } = await import("./helpers/intent-context-for.js");
    const i = classifyIntent(text, intentContextFor(t.app, who));
    return i.kind === "command" ? i.text : i.kind;
  };
  it.each([
    "明年计划细化到每个月",
    "计划具体到每个人头上",
  ])("「%s」 from a leader is no 重写 计划", async (text) => {
    expect(await said(text)).not.toMatch(/^重写 计划/);
  });
  it("a staff member checking figures is not sent to 重写", async () => {
    expect(await said("数字核一下", "li-rd")).not.toMatch(/^重写/);
  });
  it.each([
    "数字核一下吧",
    "稿子里的数据都核对一下",
  ])("「%s」 from a leader checks the draft's figures", async (text) => {
    expect(await said(text)).toMatch(/^重写/);
  });
  it.each(["数字核一下 再写短点", "核一下预算"])("「%s」 is not only a figure check", async (text) => {
    expect(await said(text)).not.toBe(`重写 ${text}`);
  });
});
