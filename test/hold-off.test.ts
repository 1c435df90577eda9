import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「先不确认 我再看看」「稍等 我核对一下数字」 while a draft's card waits put the confirmation off: the
 * draft stays unconfirmed and unchanged, and the reply says so — it used to ask 「#1 哪里不对？」 as if
 * the draft were wrong (console trial, round seventeen). A no that says something is wrong still asks.
 */
describe("putting a confirmation off", () => {
  const { open } = appPerTest();

  it.each([
    "先不确认 我再看看",
    "等会儿再确认哈",
    "稍等 我核对一下数字",
    "先放着吧",
    // Said in a few words with a later (round eighteen; 「回头再确認」 was answered as small talk).
    "回头再确認",
    "晚点再确认哈",
    "明天再说吧",
  ])("「%s」 keeps the draft as it is and says how to confirm it later", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "下周要组织高企申报培训，预计来40家");
    const reply = await t.sayText("李明", said);
    expect(reply).toContain("先不确认");
    expect(reply).not.toContain("哪里不对");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.status).toBe("draft");
    // Ready later, a bare 确认 confirms it (nothing was disputed).
    expect(await t.sayText("李明", "确认")).toContain("已确认保存（#1");
  });

  it("a no that says the draft is wrong still asks what is wrong", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "下周要组织高企申报培训，预计来40家");
    expect(await t.sayText("李明", "不对 先不确认")).toContain("哪里不对");
  });
});
