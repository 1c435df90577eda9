import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Trial40b, on the console as 周建国 and 林晓梅 (example roster, no model), with a draft made from three people's reports:
 * - 「高企那块的数字核一下」 (a part named by a topic, its figures to be checked, no 把) was asked back 「这条要记为工作填报吗？」;
 *   a leader's figure check of a part is a review request, whether or not 把 heads it;
 * - the part a topic names may hold no material while the topic's figures sit in another part (李明 reports 高企
 *   work under 科技项目): the check says the named part is a placeholder and lists the figures where they are;
 * - 「把存在问题挪到最后」「问题那部分放到最后面」: moving a whole part got a which-part question, or a rewrite of the part
 *   that could not move it; the parts follow the 公文 order, and the reply says so, changing nothing.
 */
let t: TestApp;
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const api = () => t.app.services.features.drafting as DraftingApi;
const version = async () => latestVersion((await api().service.current())!).version;

beforeAll(async () => {
  t = await makeTestApp({ now: "2026-12-04T10:00:00+08:00" });
  await t.say("li-rd", "今年组织企业申报培训4场，新认定高新技术企业8家，全县高企总数到了41家");
  await t.say("li-rd", "确认");
  await t.say("chen-kp", "上半年办了科普讲座12场，听众1500多人");
  await t.say("chen-kp", "确认");
  await t.say("zhou-ju", "生成总结");
  await api().whenIdle();
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

describe("a leader's figure check of a part named by its topic", () => {
  it.each([
    "高企那块的数字核一下",
    "科普那段的数据再核对一遍",
    "高企那部分数字对一下",
  ])("「%s」 is a review request: figures listed, nothing stored or changed", async (said) => {
    const before = (await t.app.services.store.listUpdates({ author: "zhou-ju" })).length;
    const text = all(await t.say("zhou-ju", said));
    expect(text).not.toContain("记为填报");
    expect(text).not.toContain("工作填报吗");
    expect(text).toContain("没有改动");
    expect(text).toMatch(/41家|12场/);
    expect((await t.app.services.store.listUpdates({ author: "zhou-ju" })).length).toBe(before);
    expect(await version()).toBe(1);
    await t.say("zhou-ju", "取消");
  });

  it("points to the figures in another part when the part named holds no material", async () => {
    const text = all(await t.say("zhou-ju", "重写 （五） 数字核一下"));
    expect(text).toContain("没有填报材料");
    // 李明's 高企 figures were drafted under （一）: shown there, with their source.
    expect(text).toContain("（一）");
    expect(text).toContain("8家");
    expect(text).toContain("41家");
    expect(text).toContain("李明");
    expect(text).not.toContain("12场");
    expect(await version()).toBe(1);
  });
});

describe("moving a whole part", () => {
  it.each([
    "把存在问题挪到最后",
    "问题那部分放到最后面",
    "重写 问题 放到最后",
    "计划那块提到前面",
    "存在问题放到计划后面",
  ])("「%s」 says the parts keep the 公文 order and nothing changed", async (said) => {
    const text = all(await t.say("zhou-ju", said));
    expect(text).toContain("存在的问题");
    expect(text).toContain("顺序");
    expect(text).toContain("草稿没有改动");
    expect(text).not.toContain("要重写哪一部分");
    expect(text).not.toContain("只能做去掉某个说法");
    expect(await version()).toBe(1);
    await t.say("zhou-ju", "取消");
  });

  it("an item moved inside a part is still the offline rewrite's to do", async () => {
    const text = all(await t.say("zhou-ju", "重写 （一） 把高新技术企业放到前面"));
    expect(text).not.toContain("顺序按");
  });
});

/**
 * The card after 仍要定稿 said 「待核实 0 处」 (it counted only the drafter's own marks) while the reply above it listed a
 * spoken sentence of a hand-written part as 〔待核实〕: one count, the one the lists give (review-view.ts toCheck).
 */
describe("the card counts what 待核实 and the approval list", () => {
  it("a spoken hand-written part counts on the card, the part's line too", async () => {
    await t.say("zhou-ju", "改写 （三） 咱们今年搞了科普讲座二十二场，听众两千七百多人");
    const listed = all(await t.say("zhou-ju", "待核实"));
    expect(listed).toContain("〔待核实〕（三）");
    await t.say("zhou-ju", "定稿");
    const replies = await t.say("zhou-ju", "仍要定稿");
    expect(all(replies)).toContain("已定稿");
    expect(all(replies)).toContain("〔待核实〕（三）");
    const card = replies.flatMap((r) => r.card?.blocks ?? []).join("\n");
    expect(card).toContain("待核实 1 处");
    expect(card).not.toContain("待核实 0 处");
    expect(card).toMatch(/（三）科普宣传与培训｜[^\n]*｜待核实 1 处/u);
  });
});
