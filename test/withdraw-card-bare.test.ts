import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * The withdrawing said bare or of 它/佢 on the card just shown — 「撤咗佢先啦」「先把它撤哒 重复哒」「先撤了它」「删了吧 发重了」 —
 * withdraws the draft on the card, said so with how to restore it (README: 卡片刚发出…「把它删了」说的就是这条). A 先 in
 * front or a particle after the verb made it a guess asked about (要撤回 #1 吗？) (dlg26 left 撤咗佢先, dlg28 i28c).
 * A no in front (先莫撤) withdraws nothing.
 */
describe("withdrawing the card on screen, said bare", () => {
  const { open } = appPerTest();

  it.each([
    "撤咗佢先啦",
    "先把它撤哒 重复哒",
    "先撤了它",
    "删了吧 发重了",
    "撤哒它先",
    "先删了它 我重新报",
  ])("「%s」 withdraws the draft shown", async (said) => {
    const t = await open({ now: "2026-12-04T16:00:00+08:00" });
    await t.sayText("李明", "帮4家企业过了一遍研发费用归集台账");
    const reply = await t.sayText("李明", said);
    expect(reply).toContain("已撤回 #1");
    expect(reply).toContain("恢复 1");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.status).toBe("withdrawn");
  });

  it.each(["先莫撤 我看一哈", "先别删 我再看看"])("「%s」 withdraws nothing", async (said) => {
    const t = await open({ now: "2026-12-04T16:00:00+08:00" });
    await t.sayText("李明", "帮4家企业过了一遍研发费用归集台账");
    await t.sayText("李明", said);
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.status).toBe("draft");
  });
});
