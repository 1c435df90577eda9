import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { undoSaid } from "../src/conversation/undo-said.js";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Round fifty (lead, console trial): a leader who did not like the change just made says so in everyday words —
 * 「不对 刚才那个改得不好 退回去」 — and means the change taken back (撤销上一步), not the whole draft sent back to the
 * office with 「刚才那个改得不好」 as the comment (it was: 退回 went to 王志强).
 */
const { open } = appPerTest();

const reviewing = () => galleryDraftInReview(open);
const api = (app: TestApp) => app.app.services.features.drafting as DraftingApi;
const latest = async (app: TestApp) => (await api(app).service.get({ year: 2025 }))?.versions.at(-1);

describe("the last change taken back, said in everyday words", () => {
  it.each([
    "不对 刚才那个改得不好 退回去",
    "刚才改的不行，改回去",
    "刚刚那下改坏了 还原一下",
    "刚删的那句还是要的 恢复回来",
    "上一步撤了吧",
    "回到上一版",
    "刚才重写的那个不要 退回原来的",
    "剛才改的不對 改回去",
  ])("「%s」 is 撤销上一步", (said) => {
    expect(undoSaid(said)).toBe(true);
  });

  it.each([
    "退回去 材料太少了",
    "退回给办公室重写",
    "这稿子写得不好 退回去",
    "刚才那个数字改成15家",
    "撤回 3",
    "刚才报的那条撤回",
    "恢复一下科普画廊那句",
  ])("「%s」 is not", (said) => {
    expect(undoSaid(said)).toBe(false);
  });

  it("a leader's 「不对 刚才那个改得不好 退回去」 after a rewrite restores v1 and sends nothing back", async () => {
    const app = await reviewing();
    await app.say("zhou-ju", "改写 （三） 举办科技活动周7场");
    const reply = await app.sayText("zhou-ju", "不对 刚才那个改得不好 退回去");
    expect(reply).toContain("已撤销上一步");
    expect(reply).not.toContain("已退回");
    expect(JSON.stringify(await latest(app))).not.toContain("刚才那个改得不好");
    expect(app.sent.filter((m) => m.personId === "wang-ban" && /退回/.test(m.reply.text ?? ""))).toHaveLength(
      0,
    );
  });

  it("with no change made yet, it says there is nothing to undo and sends nothing back", async () => {
    const app = await reviewing();
    const reply = await app.sayText("zhou-ju", "不对 刚才那个改得不好 退回去");
    expect(reply).toContain("没有可以撤销的");
    expect(reply).not.toContain("已退回");
  });
});
