import { describe, expect, it } from "vitest";
import { getState } from "../src/conversation/state.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * One pending yes/no question (pending-question.ts) for every question whose answers are commands:
 * the bot's offers (「要撤回 #1 吗？」, the 请假 offer, 「您是要定稿吗？」) and the learned guess's
 * 「您是想…吗？」. The newest question is the one answered; a redelivered message asks it again;
 * questions stored in the two earlier shapes are still answered.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";

describe("one pending question", () => {
  it("a newer question replaces the older: 好的 answers the withdraw offer, not the 请假 offer", async () => {
    const t = await open({ now: NOW });
    await t.say("chen-kp", "今天开展科普讲座三场，来了两百多人");
    await t.say("chen-kp", "确认");
    // Days not fixed (下周) are offered; fixed ones would be registered at once (staff18).
    const offer = await t.sayText("chen-kp", "下周我去市里出差 都不在局里");
    expect(offer).toContain("请假 2026-12-07 至 2026-12-11");
    expect(await getState(t.app.services.store, "chen-kp")).toMatchObject({
      mode: "ask-command",
      yes: "请假 2026-12-07 至 2026-12-11",
    });
    expect(await t.sayText("chen-kp", "刚才那条发错了")).toContain("要撤回 #1 吗？");
    const yes = await t.sayText("chen-kp", "好的");
    expect(yes).toContain("已撤回 #1");
    expect(yes).not.toContain("已记录请假");
    expect(await t.sayText("chen-kp", "好的")).not.toContain("已记录请假");
    expect((await getState(t.app.services.store, "chen-kp")).mode).not.toBe("ask-command");
  });

  it("a redelivered message asks its question again and does nothing", async () => {
    const t = await open({ now: NOW });
    await t.say("sun-tp", "培训农民120人次");
    await t.say("sun-tp", "确认");
    await t.say("sun-tp", "刚才发错了", { messageId: "ask-again-1" });
    const again = await t.sayText("sun-tp", "刚才发错了", { messageId: "ask-again-1" });
    expect(again).toContain("要撤回 #1 吗？");
    expect((await t.app.services.store.findBySeq("sun-tp", 1))?.status).toBe("confirmed");
    expect(await t.sayText("sun-tp", "不用")).toContain("没有撤回");
  });

  it.each([
    ["the yes/no shape", { mode: "ask-yes-no", yes: "撤回 1", no: "不撤回 1" }],
    ["the guess's shape", { mode: "ask-command", command: "撤回 1", text: "那条不要了吧" }],
  ])("a question stored in %s is still answered", async (_shape, stored) => {
    const t = await open({ now: NOW });
    await t.say("li-rd", "组织加计扣除政策培训2场");
    await t.say("li-rd", "确认");
    await t.app.services.store.setConversation("li-rd", { ...stored, at: new Date(NOW).toISOString() });
    expect(await getState(t.app.services.store, "li-rd")).toMatchObject({
      mode: "ask-command",
      yes: "撤回 1",
    });
    expect(await t.sayText("li-rd", "嗯")).toContain("已撤回 #1");
  });

  it("the 不是 button declines any pending question with its own words", async () => {
    const t = await open({ now: NOW });
    await t.say("chen-kp", "今天开展科普讲座三场，来了两百多人");
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "我12月7号到11号去市里出差");
    expect(await t.sayText("chen-kp", "不用办")).toContain("什么也没有做");
    expect((await getState(t.app.services.store, "chen-kp")).mode).toBe("idle");
    expect(await t.sayText("chen-kp", "好的")).not.toContain("已记录请假");
  });
});
