import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Round fifty-one (lead, console trial): 周建国's 「看看改了啥」 right after a change to the draft was asked back as staff are
 * (「您问的是哪件事？…我只查得到您自己报过的内容」). From a leader it is 对比 — the last change.
 */
const { open } = appPerTest();

describe("a leader asking what changed", () => {
  it.each([
    "看看改了啥",
    "刚才都动了哪些地方",
    "稿子改了哪儿",
    "这次改了些什么",
  ])("「%s」 is 对比", async (said) => {
    const app = await galleryDraftInReview(open);
    const got = classifyIntent(said, intentContextFor(app.app, "zhou-ju"));
    expect(got.kind === "command" ? got.command : got.kind).toBe("对比");
  });

  it.each([
    ["第4条改了啥", "查看"],
    ["查一下2号改了哪些", "查看"],
  ])("「%s」 is still about an update (%s)", async (said, command) => {
    const app = await galleryDraftInReview(open);
    const got = classifyIntent(said, intentContextFor(app.app, "zhou-ju"));
    expect(got.kind === "command" ? got.command : got.kind).toBe(command);
  });

  it("staff saying it are not comparing drafts", async () => {
    const app = await galleryDraftInReview(open);
    const got = classifyIntent("看看改了啥", intentContextFor(app.app, "li-rd"));
    expect(got.kind === "command" ? got.command : got.kind).not.toBe("对比");
  });

  it("after a rewrite, 「看看改了啥」 shows the change", async () => {
    const app = await galleryDraftInReview(open);
    await app.say("zhou-ju", "改写 （三） 举办科技活动周7场");
    const reply = await app.sayText("zhou-ju", "看看改了啥");
    expect(reply).toContain("v1");
    expect(reply).toContain("v2");
    expect(reply).not.toContain("您问的是哪件事");
  });
});
