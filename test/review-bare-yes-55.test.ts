import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * review55: a leader's bare 「是」 with no question pending (after 「删掉第5条」 that found nothing, after an item changed
 * without a question) was read as a verdict on the draft — 「好的…您是要定稿吗？」 — and the question left open, so the next
 * 「好」 ran 定稿. A bare yes answers a question; with none asked it says so in one line and leaves nothing open.
 */
const { open } = appPerTest();
const api = (app: TestApp) => app.app.services.features.drafting as DraftingApi;

describe("a bare yes with nothing to answer", () => {
  it.each([
    "是",
    "是的",
    "对",
    "对的。",
    "嗯",
    "是滴",
  ])("「%s」 says there is no question, asks no 定稿", async (yes) => {
    const app = await galleryDraftInReview(open);
    const reply = await app.sayText("zhou-ju", yes);
    expect(reply).toContain("没有等您回答");
    expect(reply).not.toContain("您是要定稿吗");
    expect(reply).toContain("草稿没有改动");
    // Nothing left open: a 「好的」 next is not an answer that approves the draft.
    await app.sayText("zhou-ju", "好的");
    expect((await api(app).service.get({ year: 2025 }))!.status).not.toBe("approved");
  });

  it("after a change made without a question it is the same", async () => {
    const app = await galleryDraftInReview(open);
    await app.say("zhou-ju", "改写 （三） 举办科技活动周7场");
    const reply = await app.sayText("zhou-ju", "是的");
    expect(reply).toContain("没有等您回答");
    expect(reply).toContain("v2");
  });

  it("「好的」「可以」 still ask whether to finalise", async () => {
    const app = await galleryDraftInReview(open);
    expect(await app.sayText("zhou-ju", "可以")).toContain("您是要定稿吗");
  });
});
