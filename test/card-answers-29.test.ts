import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Answers to a draft's card said in everyday words, round twenty-nine (docs/understanding.md 第二十九轮 cmd29).
 * 「先莫撤 我看一哈」: a not-yet of withdrawing keeps the draft as it is and says so (it was read as a vague pointer:
 * 「没看懂」).
 */
describe("answers to a draft's card, round twenty-nine", () => {
  const { open } = appPerTest();

  it.each([
    "先莫撤 我看一哈",
    "先不要撤啦 我再看一下",
    "先别删 等我看看",
    "先不撤 我看一下",
    "先不通撤啦 我看一下齁",
    "暂时不撤",
  ])("「%s」 keeps the draft unwithdrawn and unconfirmed, and says so", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "今天帮3家企业做了研发费用加计扣除辅导");
    const reply = await t.sayText("李明", said);
    expect(reply).toContain("先不撤");
    expect(reply).not.toMatch(/没看懂|哪里不对|已撤回/);
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.status).toBe("draft");
  });

  it.each(["撤了它先", "先撤了吧 重复了"])("「%s」 still withdraws the card's draft", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "今天帮3家企业做了研发费用加计扣除辅导");
    await t.sayText("李明", said);
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.status).toBe("withdrawn");
  });
});
