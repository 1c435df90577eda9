import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「不用记」 said on the card of a draft just made: the draft goes (withdrawn, restorable, said so) — the bot
 * used to answer 「好的，没有保存。」 while the draft stayed and was listed later as 「#1 还没有确认，已保留为草稿」.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");

describe("「不用记」 on a draft's card", () => {
  it("withdraws that draft and says how to restore it; nothing claims it was never saved", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("li-rd", "明天上午去县政府开会 汇报研发投入的事");
    const out = text(await t.say("li-rd", "不用记"));
    expect(out).toContain("已撤回 #1");
    expect(out).toContain("恢复 1");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.status).toBe("withdrawn");
    const next = text(await t.say("li-rd", "今年全县规上企业研发投入4.2亿元，增长12%"));
    expect(next).not.toContain("#1 还没有确认");
  });

  it.each([
    "不要记",
    "算了 不记了",
    "这条不用存",
  ])("「%s」 on the card withdraws the draft the same way", async (said) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("li-rd", "明天上午去县政府开会 汇报研发投入的事");
    const out = text(await t.say("li-rd", said));
    expect(out).toContain("已撤回 #1");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.status).toBe("withdrawn");
  });

  it("「不对」 on the card still asks what is wrong and withdraws nothing", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("li-rd", "明天上午去县政府开会 汇报研发投入的事");
    expect(text(await t.say("li-rd", "不对"))).toContain("哪里不对");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.status).toBe("draft");
  });

  it("never withdraws a confirmed update, and with nothing shown claims nothing", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("li-rd", "今年全县规上企业研发投入4.2亿元，增长12%");
    await t.say("li-rd", "确认");
    const out = text(await t.say("li-rd", "不用记"));
    expect(out).not.toContain("已撤回");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.status).toBe("confirmed");
    expect(out).not.toContain("没有保存。");
  });
});
