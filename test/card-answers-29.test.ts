import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Answers to a draft's card said in everyday words, round twenty-nine (docs/understanding.md 第二十九轮 cmd29).
 * 「先莫撤 我看一哈」: a not-yet of withdrawing keeps the draft as it is and says so (it was read as a vague pointer:
 * 「没看懂」). 「1」 typed to a card (the console numbers its buttons [1 确认] [2 修改] [3 撤回]) was 「没有记为填报」:
 * with one draft it is the card's 确认; where it could be another draft or another button it is asked, nothing done.
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
    // 西南 看哈 (看一下), round 29's second batch.
    "先莫删 我再看哈",
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

  const report = "今天帮3家企业做了研发费用加计扣除辅导";
  const statusOf = async (t: Awaited<ReturnType<typeof open>>, seq: number) =>
    (await t.app.services.store.findBySeq("li-rd", seq))?.status;

  it.each([
    "1",
    "１",
    "按1",
  ])("「%s」 to the one draft's card confirms it, after confirmed updates too", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "上午组织了2场项目申报培训，来了60人");
    await t.sayText("李明", "确认");
    await t.sayText("李明", report);
    expect(await t.sayText("李明", said)).toContain("已确认保存（#2");
    expect(await statusOf(t, 2)).toBe("confirmed");
  });

  it("「1」 with draft #1 waiting beside the card of #2 asks which, nothing confirmed", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "上午组织了2场项目申报培训，来了60人");
    await t.sayText("李明", report);
    const reply = await t.sayText("李明", "1");
    expect(reply).toContain("是要确认 #1 吗");
    expect(await statusOf(t, 1)).toBe("draft");
    expect(await statusOf(t, 2)).toBe("draft");
  });

  it("「3」 naming no draft asks whether the card's 撤回 was meant; 是 then withdraws", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "上午组织了2场项目申报培训，来了60人");
    await t.sayText("李明", "确认");
    await t.sayText("李明", report);
    const reply = await t.sayText("李明", "3");
    expect(reply).toContain("「3」是指卡片上的「撤回」吗");
    expect(reply).not.toContain("没有记为填报");
    expect(await statusOf(t, 2)).toBe("draft");
    await t.sayText("李明", "是");
    expect(await statusOf(t, 2)).toBe("withdrawn");
  });
});
