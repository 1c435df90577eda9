import { afterEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Round nine's classes of loosely said messages (own phrasings, s9a-/s9b- in intents.jsonl), through
 * the real engine: what is replied, and that nothing is stored that should not be.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

const NOW = "2025-12-10T10:00:00+08:00"; // a Wednesday

describe("loosely said messages", () => {
  it.each([
    "要得",
    "得行",
    "莫得问题",
    "内容无误。",
    "核对无误",
    "信息无误👌",
    "准确无误",
  ])("「%s」 to a card confirms it", async (yes) => {
    t = await makeTestApp({ now: NOW });
    await t.say("sun-tp", "入户走访困难群众5户");
    const reply = await t.sayText("sun-tp", yes);
    expect(reply).toMatch(/已确认/);
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.status).toBe("confirmed");
  });

  // The formal 无误 words and the dialect 没得 lines were written before their fix: 5 of 7 failed at first sight.
  it.each([
    "这礼拜都在迎检 没得啥子进展",
    "本周没得新进展",
    "这个星期没得东西可报 都在开会",
  ])("dialect 没得 in 「%s」 is nothing this week, not a report", async (none) => {
    t = await makeTestApp({ now: NOW });
    const text = await t.sayText("sun-tp", none);
    expect(text).toMatch(/无进展/);
    expect(text).not.toMatch(/请确认填报内容/);
  });

  it.each([
    ["报错科室了能改不", "科室 名称"],
    ["确认过的还能删不", "撤回 编号"],
    ["咋个删嘛", "撤回 编号"],
  ])("「%s」 is answered about that feature, not with the generic line", async (q, expected) => {
    t = await makeTestApp({ now: NOW });
    const text = await t.sayText("li-rd", q);
    expect(text).toContain(expected);
    expect(text).not.toContain("没有记为填报。工作情况请直接发给我");
  });

  it.each([
    "又要交总结了啊 好烦😩",
    "今天风好大 下乡冻得手都僵了🥶",
    "今天好冷哦 村里路都结冰了🥶",
  ])("「%s」 is a word said aside: answered with care, nothing stored or asked", async (mood) => {
    t = await makeTestApp({ now: NOW });
    const replies = await t.say("chen-kp", mood);
    expect(replies[0]!.text).toContain("辛苦了");
    expect(replies[0]!.card).toBeUndefined();
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(0);
  });

  it("a count typed as ×N after the work is a report (a draft card)", async () => {
    t = await makeTestApp({ now: NOW });
    await t.say("chen-kp", "科普讲座x2 👌");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(1);
  });

  it("「这个礼拜六调休要上班不」 is answered from the calendar, not offered leave", async () => {
    t = await makeTestApp({ now: NOW });
    const text = await t.sayText("sun-tp", "这个礼拜六调休要上班不");
    expect(text).toMatch(/12月13日/);
    expect(text).not.toContain("请假");
  });

  it("「企业是五家 我写成四家了」 on a card previews the change of that figure", async () => {
    t = await makeTestApp({ now: NOW });
    await t.say("he-gq", "走访高企培育企业4家，开展政策辅导2场");
    const text = await t.sayText("he-gq", "哎不对 企业是5家 我写成4家了");
    expect(text).toContain("修改预览");
    expect(text).toMatch(/「4家」改成「5家」/);
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u?.originalText).toContain("4家");
  });

  it("how a subsidy stands, asked, is no report: asked about with its own line, nothing stored", async () => {
    t = await makeTestApp({ now: NOW });
    const replies = await t.say("li-rd", "县里那个科技奖补资金到位没有");
    expect(JSON.stringify(replies)).toContain("我查不到");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("a greeting before and an emoji after a request leave it a request", async () => {
    t = await makeTestApp({ now: NOW });
    const text = await t.sayText("xu-dj", "嗨 下周再提醒我哈😄");
    expect(text).toMatch(/本周不再提醒/);
  });
});
