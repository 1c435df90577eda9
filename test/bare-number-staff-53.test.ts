import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead53 (behalf53's leftover): a staff member's bare 「1」 with nothing waiting was asked 「这条要记为工作填报吗？」 and the 「好」
 * after it stored 「1」 as work. Now the number is asked about: their own #1 if they have one (nothing done), else what it
 * could mean — and nothing is ever stored.
 */
const { open } = appPerTest();

describe("a staff member's bare number with nothing waiting", () => {
  it.each([
    "1",
    "２",
    "3",
  ])("「%s」 with no update of that number: asked what it means, 「好」 after it stores nothing", async (said) => {
    const t = await open({ now: "2026-12-09T10:00:00+08:00" });
    const reply = await t.sayText("li-rd", said);
    expect(reply).toContain("指的是什么");
    expect(reply).not.toContain("要记为工作填报吗");
    await t.sayText("li-rd", "好");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("「1」 with a confirmed #1: asked what to do with it, nothing done", async () => {
    const t = await open({ now: "2026-12-09T10:00:00+08:00" });
    await t.sayText("li-rd", "本周走访企业5家 收集技术需求12条");
    await t.sayText("li-rd", "确认");
    const [reply] = await t.say("li-rd", "1");
    expect(reply?.card?.title).toContain("#1 要怎么处理");
    await t.sayText("li-rd", "好");
    const mine = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(mine).toHaveLength(1);
    expect(mine[0]?.status).toBe("confirmed");
  });
});
