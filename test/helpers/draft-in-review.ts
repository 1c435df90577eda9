import type { DraftingApi } from "../../src/drafting/review-commands.js";
import type { TestApp } from "./test-app.js";

/** One update reported and confirmed by `who`, then 周建国's 2025 draft made and finished: a draft in review. */
export async function draftInReview(t: TestApp, who: string, report: string): Promise<TestApp> {
  await t.say(who, report);
  await t.say(who, "确认");
  await t.say("zhou-ju", "生成总结 2025");
  await (t.app.services.features.drafting as DraftingApi).whenIdle();
  return t;
}

/** The 2025 draft in review the undo tests share: 陈静's 科普画廊 and 科技活动周 report, on 10 December 2025. */
export async function galleryDraftInReview(
  open: (opts: { now: string }) => Promise<TestApp>,
): Promise<TestApp> {
  return draftInReview(
    await open({ now: "2025-12-10T10:00:00+08:00" }),
    "chen-kp",
    "今年新建科普画廊三处 科技活动周搞了七场活动",
  );
}
