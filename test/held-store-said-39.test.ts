import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Review39b. A draft held to check (「先别存」), then fixed: the preview of the fix says a yes (对、行) only puts the
 * change in. But a store word said to that preview in so many words (存吧、存起来、行 存上) is the keep the hold
 * waited for: before, the edit was saved, the draft kept, and the reply asked the person to say 「存吧」 to store it —
 * the very words just said. The store word now saves the edit and confirms; a plain yes still only changes it.
 */
const { open } = appPerTest();
const NOW = "2026-12-18T16:00:00+08:00";

async function mine(t: TestApp, who: string) {
  return (await t.app.services.store.listUpdates({ author: who })).sort((a, b) => a.seq - b.seq);
}

async function heldThenFixed(t: TestApp) {
  await t.sayText("sun-tp", "在东岭村办了蜜蜂养殖培训 来了26人");
  await t.sayText("sun-tp", "先别存 人数我再核一下");
  const preview = await t.sayText("sun-tp", "人数不对 是29人");
  expect(preview).toMatch(/仍是草稿/);
}

describe("a store word to a held draft's edit preview stores it", () => {
  for (const said of ["存吧", "存起来", "行 存上"])
    it(`「${said}」: the edit saved and the update confirmed, said so`, async () => {
      const t = await open({ now: NOW });
      await heldThenFixed(t);
      const reply = await t.sayText("sun-tp", said);
      expect(reply).toMatch(/已保存修改并确认（#1/);
      expect(reply).not.toMatch(/仍是草稿/);
      const [u, ...rest] = await mine(t, "sun-tp");
      expect(rest).toEqual([]);
      expect(u!.status).toBe("confirmed");
      expect(u!.normalizedText).toContain("29人");
      expect(u!.history.map((h) => h.action)).toEqual(["created", "edited", "confirmed"]);
    });

  it("a plain 对 to the same preview still only puts the change in", async () => {
    const t = await open({ now: NOW });
    await heldThenFixed(t);
    const reply = await t.sayText("sun-tp", "对");
    expect(reply).toMatch(/仍是草稿/);
    const [u] = await mine(t, "sun-tp");
    expect(u!.status).toBe("draft");
    expect(u!.normalizedText).toContain("29人");
  });

  it("the store word delivered twice confirms once and says so again", async () => {
    const t = await open({ now: NOW });
    await heldThenFixed(t);
    await t.sayText("sun-tp", "存吧", { messageId: "om-store-once" });
    const before = await mine(t, "sun-tp");
    const again = await t.sayText("sun-tp", "存吧", { messageId: "om-store-once" });
    expect(again).toMatch(/已保存修改并确认（#1/);
    expect(await mine(t, "sun-tp")).toEqual(before);
  });
});
