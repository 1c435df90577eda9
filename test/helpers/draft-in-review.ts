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
