import { afterEach, describe, expect, it } from "vitest";
import { removalWords } from "../src/conversation/draft-removal-offer.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * lead47 (console): 周建国, reviewing the draft, typed 「科普画廊不要了」「把科普画廊那句删掉」 without 「重写」 and was told
 * 「您还没有填报记录，不需要撤回」. When the words are in the draft in review, the bot says where and which command takes them
 * out — and changes nothing itself. Staff saying the same about their own update are still offered the withdrawal.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

describe("what is to go, read out of a removal", () => {
  it.each([
    ["科普画廊不要了", "科普画廊"],
    ["把科普画廊那句删掉", "科普画廊"],
    ["科普画廊那条也不要了吧", "科普画廊"],
    ["删掉科普画廊", "科普画廊"],
    ["去掉稻田养鱼那段", "稻田养鱼"],
    ["把科普畫廊那句刪掉", "科普画廊"],
  ])("「%s」 → 「%s」", (said, words) => expect(removalWords(said)).toBe(words));
});

async function reviewing(): Promise<TestApp> {
  t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
  return draftInReview(t, "chen-kp", "今年科技活动周搞了七场活动 参加群众两千来人；新建科普画廊三处");
}

describe("a leader's removal typed without 重写", () => {
  it.each([
    "科普画廊不要了",
    "把科普画廊那句删掉",
    // Read as a withdrawal by 那条 (correction-target.ts): the same pointer.
    "科普画廊那条也不要了吧",
  ])("「%s」 names the part and the command; nothing changes", async (said) => {
    const app = await reviewing();
    const api = app.app.services.features.drafting as DraftingApi;
    const before = (await api.service.get({ year: 2025 }))?.versions.length;
    const reply = await app.sayText("zhou-ju", said);
    expect(reply).toContain("草稿（三）里写了「科普画廊」");
    expect(reply).toContain("重写 （三） 把科普画廊那句删掉");
    expect(reply).toContain("没有改动草稿");
    expect(reply).not.toContain("不需要撤回");
    expect((await api.service.get({ year: 2025 }))?.versions.length).toBe(before);
    const [u] = await app.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.status).toBe("confirmed");
  });

  it("the command it names does take the sentence out", async () => {
    const app = await reviewing();
    const reply = await app.sayText("zhou-ju", "重写 （三） 把科普画廊那句删掉");
    expect(reply).toContain("科普画廊");
    const api = app.app.services.features.drafting as DraftingApi;
    const d = await api.service.get({ year: 2025 });
    const last = d?.versions.at(-1);
    expect(last?.parts.flatMap((p) => p.items.map((i) => i.text)).join("")).not.toContain("科普画廊");
  });

  it("words the draft does not have get the old answer", async () => {
    const app = await reviewing();
    expect(await app.sayText("zhou-ju", "博士那句删掉")).not.toContain("草稿");
  });

  it("staff saying it of their own update are offered the withdrawal, as before", async () => {
    const app = await reviewing();
    const reply = await app.sayText("chen-kp", "科普画廊不要了");
    expect(reply).not.toContain("草稿（三）");
    expect(reply).toContain("撤回");
  });
});
