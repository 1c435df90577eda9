import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { undoSaid } from "../src/conversation/undo-said.js";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * review55: the change just made taken back in fewer words than round fifty read — 「改回去」「还是原来那样」「莫搞了 还是用原来的」
 * alone (nothing else it could mean to a leader reviewing), and 「撤回刚才的改动」 (撤回 pointing at the change, not at an
 * update: a leader with no update of their own was told 「您还没有可以修改或撤回的填报」).
 */
const { open } = appPerTest();
const api = (app: TestApp) => app.app.services.features.drafting as DraftingApi;
const versions = async (app: TestApp) => (await api(app).service.get({ year: 2025 }))!.versions;

describe("going back said alone, or 撤回 pointing at the change", () => {
  it.each([
    "改回去",
    "改回来吧",
    "还是原来那样",
    "莫搞了 还是原来那样",
    "算了，还是用原来的",
    "不改了 恢复原样",
    "撤回刚才的改动",
    "刚才改的撤回",
    "刚刚删的那句撤回吧",
    "換回去",
  ])("「%s」 is 撤销上一步", (said) => {
    expect(undoSaid(said)).toBe(true);
  });

  it.each([
    "撤回 3",
    "刚才报的那条撤回",
    "原来那样写的数字不对",
    "改回去 把180改成200",
    "还是原来那个科室的事",
    "恢复一下科普画廊那句",
  ])("「%s」 is not", (said) => {
    expect(undoSaid(said)).toBe(false);
  });

  it.each([
    "改回去",
    "莫搞了 还是原来那样",
    "撤回刚才的改动",
  ])("a leader's 「%s」 after a rewrite restores v1", async (said) => {
    const app = await galleryDraftInReview(open);
    await app.say("zhou-ju", "改写 （三） 举办科技活动周7场");
    const reply = await app.sayText("zhou-ju", said);
    expect(reply).toContain("已撤销上一步");
    const vs = await versions(app);
    expect(JSON.stringify(vs.at(-1)!.parts)).toBe(JSON.stringify(vs[0]!.parts));
  });

  it("with nothing changed yet, 「撤回刚才的改动」 says there is nothing to undo", async () => {
    const app = await galleryDraftInReview(open);
    const reply = await app.sayText("zhou-ju", "撤回刚才的改动");
    expect(reply).toContain("没有可以撤销的");
    expect(await versions(app)).toHaveLength(1);
  });

  it("staff saying 「改回去」 are not sent to the draft", async () => {
    const app = await galleryDraftInReview(open);
    const reply = await app.sayText("chen-kp", "改回去");
    expect(reply).not.toContain("撤销上一步");
    expect(await versions(app)).toHaveLength(1);
  });
});
