import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Trial40: a bare number past the card's three buttons ([1 确认] [2 修改] [3 撤回]), naming no draft of the person's,
 * typed to a draft's card. It was answered as chat (「收到，这条我没有记为填报…」, which reads as if the draft were
 * dropped) and the card stopped being the question: the 「对」 after it was asked again instead of confirming.
 * Now: nothing done, said so, the card still the question. Phrasings are this test's own.
 */
const { open } = appPerTest();
const NOW = "2026-12-06T11:00:00+08:00";

async function mine(t: TestApp, who: string) {
  return (await t.app.services.store.listUpdates({ author: who })).sort((a, b) => a.seq - b.seq);
}

describe("a bare number that is no button and no draft, on a card", () => {
  for (const n of ["4", "7"])
    it(`「${n}」 says nothing was done and the card still waits; 对 then confirms`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "在城关二小办了科普实验课 来了两个班80多个学生");
      const reply = await t.sayText("chen-kp", n);
      expect(reply).toMatch(new RegExp(`「${n}」是指什么`));
      expect(reply).toMatch(/还没有做任何操作/);
      expect(reply).toMatch(/#1 仍在等您确认/);
      expect(reply).not.toMatch(/没有记为填报/);
      expect((await mine(t, "chen-kp")).map((u) => u.status)).toEqual(["draft"]);
      expect(await t.sayText("chen-kp", "对")).toMatch(/已确认保存（#1/);
      expect((await mine(t, "chen-kp")).map((u) => u.status)).toEqual(["confirmed"]);
    });

  it("a held draft stays held through it: 对 to a later fix still keeps it a draft", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "在城关二小办了科普实验课 来了80多个学生");
    await t.sayText("chen-kp", "先别存 我问问学校");
    await t.sayText("chen-kp", "5");
    await t.sayText("chen-kp", "人数不对 是90多个");
    await t.sayText("chen-kp", "对");
    const [u] = await mine(t, "chen-kp");
    expect(u!.status).toBe("draft");
    expect(u!.normalizedText).toContain("90多");
  });
});
