import { afterEach, describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A leader's 「行，就这样吧」 while a draft waits for review may mean 定稿 or only "read it": the bot
 * never finalises on it, and asks in one line with the 定稿 button instead of the staff reply
 * 「工作情况请直接发给我」.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

async function reviewing(): Promise<TestApp> {
  t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
  return draftInReview(t, "li-rd", "本周走访县内规上企业8家，宣讲研发费用加计扣除政策");
}

describe("a leader's assent while a draft is in review", () => {
  // 「好 晓得了」 (b60-016), 「好，知道了」 (b22-128), 「好 知道咧」 (b42-029), 「好嘅 知道咧」 (b51-011): what the bot said
  // was heard — no verdict on the draft, so no 「您是要定稿吗？」 left open for the next 好的 to finalise.
  it.each([
    "好 晓得了",
    "好，知道了",
    "好嘅 知道咧",
    "收到",
    // A leader's thanks (dlg28, i28c: 「好的 谢谢撒」 was asked 「您是要定稿吗？」): a courtesy, no verdict.
    "辛苦了",
    "好的谢谢",
    "好的 谢谢撒",
    "蛮好 谢了哈",
    "要得 辛苦你们哒",
    "行 辛苦王主任",
  ])("「%s」 is heard, not asked about", async (say) => {
    const app = await reviewing();
    const [reply] = await app.say("zhou-ju", say);
    expect(reply?.text).not.toContain("您是要定稿吗");
    expect(
      (await app.app.services.store.getConversation("zhou-ju")) as { mode?: string } | undefined,
    ).not.toMatchObject({
      mode: "ask-command",
    });
  });

  it.each([
    "行，就这样吧",
    "可以",
    "好的",
    "没问题",
  ])("「%s」 asks whether to finalise and finalises nothing", async (say) => {
    const app = await reviewing();
    const [reply] = await app.say("zhou-ju", say);
    expect(reply?.text).toContain("还在审核中，没有定稿");
    expect(reply?.card?.buttons?.map((b) => b.command)).toContain("定稿 2025");
    const api = app.app.services.features.drafting as DraftingApi;
    expect((await api.service.get({ year: 2025 }))?.status).toBe("draft");
  });

  it("the button then runs the pre-approval check", async () => {
    const app = await reviewing();
    const [reply] = await app.say("zhou-ju", "行，就这样吧");
    const button = reply?.card?.buttons?.find((b) => b.command === "定稿 2025");
    expect(button).toBeDefined();
    expect(await app.sayText("zhou-ju", button!.command)).toMatch(/暂未定稿|已定稿/);
  });

  it("is not asked of staff, nor once the draft is finalised", async () => {
    const app = await reviewing();
    expect(await app.sayText("li-rd", "行，就这样吧")).not.toContain("定稿");
    await app.say("zhou-ju", "仍要定稿 2025");
    expect(await app.sayText("zhou-ju", "行，就这样吧")).not.toContain("定稿");
  });

  it("with no draft, a leader is pointed to the leader's commands, not asked for work", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const text = await t.sayText("zhou-ju", "行，就这样吧");
    expect(text).toContain("生成总结");
    expect(text).not.toContain("工作情况请直接发给我");
  });

  it("「不行，重新弄」 changes nothing and says how to send back, rewrite a part or regenerate", async () => {
    const app = await reviewing();
    const [reply] = await app.say("zhou-ju", "不行，重新弄");
    expect(reply?.text).toContain("没有改动");
    expect(reply?.text).toContain("退回 意见");
    expect(reply?.card?.buttons?.map((b) => b.command)).toContain("生成总结 2025");
    const api = app.app.services.features.drafting as DraftingApi;
    const d = await api.service.get({ year: 2025 });
    expect(d?.status).toBe("draft");
    expect(d?.versions).toHaveLength(1);
  });

  it("「退回吧，材料太少了」 sends the draft back with the comment; 「算了，还是通过吧」 runs the check", async () => {
    const app = await reviewing();
    expect(await app.sayText("zhou-ju", "退回吧，材料太少了")).toContain("意见已记录：材料太少了");
    const api = app.app.services.features.drafting as DraftingApi;
    expect((await api.service.get({ year: 2025 }))?.status).toBe("returned");
    expect(await app.sayText("zhou-ju", "算了，还是通过吧")).toMatch(/暂未定稿|已定稿/);
  });
});
