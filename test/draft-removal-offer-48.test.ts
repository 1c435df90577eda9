import { afterEach, describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * draft48: a leader's 「科普画廊不要了」 typed without 重写. Nothing is removed on these words alone — no command puts a
 * removed sentence back (only 改写 with the text typed again) — but the answer shows the sentence that would go and one
 * button sends the command; the command then takes the sentence out of the body and the opening's quote of it.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

async function reviewing(): Promise<TestApp> {
  t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
  return draftInReview(t, "chen-kp", "今年新建科普画廊三处 科技活动周搞了七场活动");
}

describe("a leader's removal without 重写 shows what would go, with one button", () => {
  it("shows the sentence and a button carrying the command; nothing changes yet", async () => {
    const app = await reviewing();
    const api = app.app.services.features.drafting as DraftingApi;
    const before = (await api.service.get({ year: 2025 }))?.versions.length;
    const [reply] = await app.say("zhou-ju", "科普画廊不要了");
    expect(reply?.card?.blocks.join("")).toContain("科普画廊3处");
    expect(reply?.card?.blocks.join("")).toContain("还没有改动草稿");
    expect(reply?.card?.buttons?.map((b) => b.command)).toEqual(["重写 （三） 把科普画廊那句删掉"]);
    expect(reply?.text).toContain("没有改动草稿");
    expect((await api.service.get({ year: 2025 }))?.versions.length).toBe(before);
  });

  it("the button's command takes the sentence out, and says so", async () => {
    const app = await reviewing();
    const api = app.app.services.features.drafting as DraftingApi;
    const opening = (await api.service.get({ year: 2025 }))?.versions.at(-1)?.parts[0]?.paragraphs.join("");
    const [reply] = await app.say("zhou-ju", "科普画廊不要了");
    const reply2 = await app.sayText("zhou-ju", reply?.card?.buttons?.[0]?.command ?? "");
    const last = (await api.service.get({ year: 2025 }))?.versions.at(-1);
    expect(
      last?.parts.map((p) => [...p.paragraphs, ...p.items.map((i) => i.text)].join("")).join(""),
    ).not.toContain("科普画廊");
    // One update: the opening quotes no figure here (review-removal-48 holds the opening's quote going with it).
    expect(opening).not.toContain("科普画廊");
    expect(reply2).toContain("去掉写「科普画廊」的句子");
  });
});
