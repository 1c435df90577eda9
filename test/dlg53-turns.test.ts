import { describe, expect, it } from "vitest";
import { keepAfterReason } from "../src/conversation/keep-after-reason.js";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * dlg53: turns of a conversation read by class, each with sentences of this round's own (莆田-flavoured 普通话 among them):
 * a leader's 「删掉第2条」 answered 「是」, an item taken out of the draft by its number, and the leftovers of round fifty-two.
 */
const { open } = appPerTest();

async function reviewing(): Promise<TestApp> {
  const t = await open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("chen-kp", "在湄洲岛搞了妈祖文化科普周 开展活动六场 群众一千来人参加");
  await t.say("chen-kp", "确认");
  return draftInReview(t, "chen-kp", "在仙游县新建木雕工艺科普长廊两处 发放资料四百份");
}

async function popsciItems(app: TestApp): Promise<string[]> {
  const api = app.app.services.features.drafting as DraftingApi;
  await api.whenIdle();
  const d = await api.service.get({ year: 2025 });
  const part = d && latestVersion(d).parts.find((p) => p.sectionId === "popsci");
  return (part?.items ?? []).map((i) => `${i.title}${i.text}`);
}

describe("a leader's 「删掉第2条」 answered 「是」", () => {
  it.each(["删掉第2条", "第二条不要了"])("「%s」 then 「是」 takes the item out whole", async (said) => {
    const app = await reviewing();
    const before = await popsciItems(app);
    expect(before.length).toBe(2);
    const asked = await app.sayText("zhou-ju", said);
    expect(asked).toContain("您是要删掉草稿（三）的第 2 条");
    expect(asked).toContain("没有改动草稿");
    const yes = await app.sayText("zhou-ju", "是");
    expect(yes).not.toContain("定稿");
    expect(yes).toContain("删去（三）第 2 条");
    const after = await popsciItems(app);
    expect(after).toEqual([before[0]]);
  });

  it("「不是」 changes nothing", async () => {
    const app = await reviewing();
    const before = await popsciItems(app);
    await app.sayText("zhou-ju", "删掉第2条");
    await app.sayText("zhou-ju", "不是");
    expect(await popsciItems(app)).toEqual(before);
  });
});

describe("重写 with an item's number (offline)", () => {
  it("「重写 （三） 删掉第1条」 removes the whole first item", async () => {
    const app = await reviewing();
    const before = await popsciItems(app);
    const reply = await app.sayText("zhou-ju", "重写 （三） 删掉第1条");
    expect(reply).toContain("删去（三）第 1 条");
    expect(await popsciItems(app)).toEqual([before[1]]);
  });

  it("「重写 （三） 第五条删了」: the part has no such item, said so, nothing changed", async () => {
    const app = await reviewing();
    const before = await popsciItems(app);
    const reply = await app.sayText("zhou-ju", "重写 （三） 第五条删了");
    expect(reply).toContain("没有第 5 条");
    expect(await popsciItems(app)).toEqual(before);
  });
});

async function onCard(who: string, report: string, said: string): Promise<{ reply: string; app: TestApp }> {
  const t = await open({ now: "2026-12-07T10:00:00+08:00" });
  await t.say(who, report);
  return { reply: await t.sayText(who, said), app: t };
}
const statuses = async (app: TestApp, who: string) =>
  (await app.app.services.store.listUpdates({ author: who })).map((u) => u.status);

describe("a withdrawal said with a complaint about what the draft left out", () => {
  it.each([
    "讲了底事一个字都没写 这条收回 我补全了再发",
    "学了些啥一个字都没写 这条收回",
    "讲了些什么一句也没记上 这条撤了 我重新发",
  ])("「%s」 withdraws the draft on the card", async (said) => {
    const { reply, app } = await onCard(
      "chen-kp",
      "今天在城厢区一个小学讲妈祖文化里的航海科普 来了九十个学生",
      said,
    );
    expect(reply).toContain("已撤回 #1");
    expect(await statuses(app, "chen-kp")).toEqual(["withdrawn"]);
  });
});

describe("a short reason, then the keep said bare", () => {
  it.each([
    "着 存",
    "金额是厂里财务报的 存",
    "专利号我核过了 存吧",
    "她走之前交代过的 替她存",
  ])("「%s」 keeps the card", async (said) => {
    const { app } = await onCard("sun-tp", "今天在常太镇教果农给枇杷疏果套袋 套了三千个袋", said);
    expect(await statuses(app, "sun-tp")).toEqual(["confirmed"]);
  });

  it("「袋数还没点清 存」 (a doubt beside it) is no plain keep after a reason", () => {
    expect(keepAfterReason("袋数还没点清 存")).toBe(false);
    expect(keepAfterReason("金额是厂里财务报的 存")).toBe(true);
  });
});

describe("莆仙 伓 (不)", () => {
  it("「先伓存 证书还没拿到」 does not keep the card and is no chat", async () => {
    const { reply, app } = await onCard(
      "he-gq",
      "涵江一家鞋业企业今年认定了高新技术企业",
      "先伓存 证书还没拿到",
    );
    expect(reply).not.toContain("没有记为填报");
    expect(await statuses(app, "he-gq")).toEqual(["draft"]);
  });
});

describe("a figure struck out with the new figure after it", () => {
  it.each([
    ["~~三千~~ 三千五", "三千五"],
    ["点完了 ~~三千~~ 四千二百个", "四千二百个"],
  ])("「%s」 changes the card's figure", async (said, now) => {
    const { app } = await onCard("sun-tp", "今天在常太镇教果农给枇杷疏果套袋 套了三千个袋", said);
    await app.say("sun-tp", "确认");
    const [u] = await app.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.normalizedText).toContain(now);
    expect((await app.app.services.store.listUpdates({ author: "sun-tp" })).length).toBe(1);
  });

  it("「~~八十万~~ 八十五万 批文上写的」 on a card is no second draft: a change of the card, asked or made", async () => {
    const { reply, app } = await onCard(
      "li-rd",
      "东庄镇海产养殖的育苗项目今年市里立项了 给了八十万",
      "~~八十万~~ 八十五万 批文上写的",
    );
    expect(reply).toContain("修改");
    expect((await app.app.services.store.listUpdates({ author: "li-rd" })).length).toBe(1);
  });

  it("struck text inside a report is still only dropped: 「来了~~40~~ 45个学生」", async () => {
    const t = await open({ now: "2026-12-07T10:00:00+08:00" });
    await t.say("chen-kp", "今天在荔城区一个小学讲科普 来了~~40~~ 45个学生");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.normalizedText).toContain("来了45个学生");
  });
});
