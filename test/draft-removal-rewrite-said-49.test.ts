import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-nine's console trial: a leader reviewing the draft typed 「科普画廊那句不要了 重写」 — the removal with 重写
 * said after it, not before. It was asked 「这条要记为工作填报吗？」 as if it were chat of unknown kind. Said with 重写
 * before or after, the removal is read as draft48's 「科普画廊不要了」: the sentence that would go is shown, with one
 * button; nothing is stored and the draft is not changed before the tap.
 */
const { open } = appPerTest();

describe("a removal with 重写 said after it", () => {
  it.each([
    "科普画廊那句不要了 重写",
    "科普画廊那句删掉 重写一下",
  ])("「%s」 shows the sentence and the button; nothing stored or changed", async (said) => {
    const t = await draftInReview(
      await open({ now: "2025-12-10T10:00:00+08:00" }),
      "chen-kp",
      "今年新建科普画廊三处 科技活动周搞了七场活动",
    );
    const api = t.app.services.features.drafting as DraftingApi;
    const before = (await api.service.get({ year: 2025 }))?.versions.length;
    const [reply] = await t.say("zhou-ju", said);
    expect(reply?.card?.title ?? "").not.toContain("要记为工作填报吗");
    expect(reply?.card?.buttons?.map((b) => b.command)).toEqual(["重写 （三） 把科普画廊那句删掉"]);
    expect((await api.service.get({ year: 2025 }))?.versions.length).toBe(before);
    expect(await t.app.services.store.listUpdates({ author: "zhou-ju" })).toHaveLength(0);
  });

  it("「把科普画廊那句删了重写」 (the part's name begins the words) takes that sentence out, whole words, and says so", async () => {
    const t = await draftInReview(
      await open({ now: "2025-12-10T10:00:00+08:00" }),
      "chen-kp",
      "今年新建科普画廊三处 科技活动周搞了七场活动",
    );
    const api = t.app.services.features.drafting as DraftingApi;
    const reply = await t.sayText("zhou-ju", "把科普画廊那句删了重写");
    expect(reply).not.toContain("没有做到");
    expect(reply).toContain("科普画廊");
    const last = (await api.service.get({ year: 2025 }))?.versions.at(-1);
    expect(last?.version).toBe(2);
    const body = last?.parts.map((p) => [...p.paragraphs, ...p.items.map((i) => i.text)].join("")).join("");
    expect(body).not.toContain("科普画廊");
    expect(body).toContain("科技活动周");
  });
});
