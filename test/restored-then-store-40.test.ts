import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Trial40: a confirmed update withdrawn and restored comes back confirmed (「已恢复 #1（已确认状态）」). The person then
 * says 存吧 / 确认 — and was answered a bare 「好的。」 or 「当前没有待确认的内容。」, which says nothing of whether it is
 * stored. Now told as after a confirm (just-confirmed.ts): it is confirmed, counted, nothing to store again.
 * A restored draft still asks its own card (存吧 then confirms it). Phrasings are this test's own.
 */
const { open } = appPerTest();
const NOW = "2026-12-06T10:00:00+08:00";

async function mine(t: TestApp, who: string) {
  return (await t.app.services.store.listUpdates({ author: who })).sort((a, b) => a.seq - b.seq);
}

describe("restored to confirmed, then a store word: told it is stored, nothing done twice", () => {
  for (const said of ["存吧", "那就存上吧", "确认"])
    it(`「${said}」 after 恢复`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("xu-dj", "组织党员到烈士陵园开展主题党日3次");
      await t.sayText("xu-dj", "对");
      await t.sayText("xu-dj", "撤回 1");
      expect(await t.sayText("xu-dj", "恢复 1")).toMatch(/已确认状态/);
      const before = await mine(t, "xu-dj");
      const reply = await t.sayText("xu-dj", said);
      expect(reply).toMatch(/#1 恢复后就是已确认状态/);
      expect(reply).toMatch(/不用再存/);
      expect(reply).not.toMatch(/^好的。$|当前没有待确认/);
      expect(await mine(t, "xu-dj")).toEqual(before);
    });

  it("a restored draft: 存吧 confirms it", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "组织党员到烈士陵园开展主题党日3次");
    await t.sayText("xu-dj", "撤回");
    expect(await t.sayText("xu-dj", "恢复 1")).toMatch(/已恢复为草稿/);
    expect(await t.sayText("xu-dj", "存吧")).toMatch(/已确认保存（#1/);
    const [u] = await mine(t, "xu-dj");
    expect(u!.status).toBe("confirmed");
  });
});
