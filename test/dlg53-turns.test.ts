import { afterEach, describe, expect, it } from "vitest";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * dlg53: turns of a conversation read by class, each with sentences of this round's own (莆田-flavoured 普通话 among them):
 * a leader's 「删掉第2条」 answered 「是」, an item taken out of the draft by its number, and the leftovers of round fifty-two.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

async function reviewing(): Promise<TestApp> {
  t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
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
