import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * draft49: a leader who deleted a sentence or rewrote a part by hand can go back. 「撤销上一步」 (or 「恢复上一版」, or the
 * button on the edit's reply) saves a new version with exactly the text of the version before the last step, says what it
 * undid and which version it restored, and says plainly when there is nothing to undo.
 */
const { open } = appPerTest();

const reviewing = () => galleryDraftInReview(open);

const api = (app: TestApp) => app.app.services.features.drafting as DraftingApi;
const versions = async (app: TestApp) => (await api(app).service.get({ year: 2025 }))?.versions ?? [];
const textOf = (v: { parts: unknown } | undefined) => JSON.stringify(v?.parts);

describe("undo the last step of a draft in review", () => {
  it("a deleted sentence comes back exactly, from the button on the deletion's reply", async () => {
    const app = await reviewing();
    const [deleted] = await app.say("zhou-ju", "重写 （三） 把科普画廊那句删掉");
    const undo = deleted?.card?.buttons?.find((b) => b.label === "撤销上一步");
    expect(undo?.command).toBe("撤销上一步");
    const reply = await app.sayText("zhou-ju", undo?.command ?? "");
    const vs = await versions(app);
    expect(vs).toHaveLength(3);
    expect(textOf(vs[2])).toBe(textOf(vs[0]));
    expect(vs[2]?.title).toBe(vs[0]?.title);
    expect(reply).toContain("已撤销上一步");
    expect(reply).toContain("把科普画廊那句删掉");
    expect(reply).toContain("恢复为 v1");
    expect(reply).toContain("v3");
  });

  it("a part rewritten by hand comes back with 恢复上一版", async () => {
    const app = await reviewing();
    const [done] = await app.say("zhou-ju", "改写 （三） 举办科技活动周7场");
    expect(done?.card?.buttons?.map((b) => b.command)).toContain("撤销上一步");
    const reply = await app.sayText("zhou-ju", "恢复上一版");
    const vs = await versions(app);
    expect(textOf(vs.at(-1))).toBe(textOf(vs[0]));
    expect(reply).toContain("改写");
    expect(reply).toContain("恢复为 v1");
  });

  it("steps back one edit at a time, then says there is nothing left to undo", async () => {
    const app = await reviewing();
    await app.say("zhou-ju", "重写 （三） 把科普画廊那句删掉");
    await app.say("zhou-ju", "改写 （三） 举办科技活动周7场");
    await app.say("zhou-ju", "撤销上一步");
    let vs = await versions(app);
    expect(textOf(vs.at(-1))).toBe(textOf(vs[1]));
    const second = await app.sayText("zhou-ju", "撤销上一步");
    vs = await versions(app);
    expect(textOf(vs.at(-1))).toBe(textOf(vs[0]));
    expect(second).toContain("恢复为 v1");
    const third = await app.sayText("zhou-ju", "撤销上一步");
    expect(await versions(app)).toHaveLength(vs.length);
    expect(third).toContain("没有可以撤销的");
    expect(third).not.toContain("已撤销");
  });

  it("a draft just generated has nothing to undo, and says so without a new version", async () => {
    const app = await reviewing();
    const reply = await app.sayText("zhou-ju", "撤销上一步");
    expect(await versions(app)).toHaveLength(1);
    expect(reply).toContain("没有可以撤销的");
    expect(reply).toContain("v1");
  });

  it("a finalised draft is not changed by an undo", async () => {
    const app = await reviewing();
    await app.say("zhou-ju", "改写 （三） 举办科技活动周7场");
    await app.say("zhou-ju", "仍要定稿 2025");
    const reply = await app.sayText("zhou-ju", "撤销上一步");
    expect(await versions(app)).toHaveLength(2);
    expect(reply).toContain("已定稿");
  });

  it("staff saying the same words mean their own update: not refused, the draft untouched", async () => {
    const app = await reviewing();
    const reply = await app.sayText("chen-kp", "撤销上一步");
    expect(reply).not.toContain("仅限局领导");
    expect(reply).not.toContain("已撤销上一步");
    expect(await versions(app)).toHaveLength(1);
  });
});
