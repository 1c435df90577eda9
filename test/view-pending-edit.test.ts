import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 查看 N while an edit of N waits: the card says the edit is not saved yet and what it would be, and its buttons act on
 * the edit. It showed the saved record with 修改/撤回 only — the edit looked lost, and 撤回 there withdrew the update.
 */
const { open } = appPerTest();

describe("查看 an update with an edit waiting", () => {
  it("says the edit is waiting, shows it, and offers 确认修改 / 放弃修改, not 撤回", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("li-rd", "今年争取到省级科技项目32项");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "修改 1 今年争取到省级科技项目33项");
    const [card] = await t.say("li-rd", "查看 1");
    const shown = JSON.stringify(card);
    expect(shown).toContain("还有一处修改没确认");
    expect(shown).toContain("今年争取到省级科技项目33项");
    const buttons = card?.card?.buttons?.map((b) => b.command) ?? [];
    expect(buttons).toEqual(["确认 1", "放弃修改 1"]);
    // The edit still waits after the look: 确认 saves it.
    await t.say("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.originalText).toContain("33项");
    expect(u?.status).toBe("confirmed");
  });

  it("with no edit waiting, 查看 shows 修改 and 撤回 as before", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("li-rd", "今年争取到省级科技项目32项");
    await t.say("li-rd", "确认");
    const [card] = await t.say("li-rd", "查看 1");
    expect(JSON.stringify(card)).not.toContain("还有一处修改没确认");
    expect(card?.card?.buttons?.map((b) => b.command)).toEqual(["修改 1", "撤回 1"]);
  });
});
