import { describe, expect, it } from "vitest";
import { getState } from "../src/conversation/state.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * While #1's edit preview waits for 确认, a short line with a figure that #1 already counts
 * (「哦还有 来了90个人」 when #1 says 来了80人) may be a second change to #1 or a new thing: it is asked in
 * one line with buttons — 改 #1 (the preview with both changes) or 另记一条 — nothing stored meanwhile,
 * and #1's preview kept. Found in a console trial (round 30, left; round 31): it was stored as #2.
 * A new report that shares nothing with #1 but a unit is recorded as before.
 */
const { open } = appPerTest();
const REPORT = "下午组织了科技政策宣讲会，来了80人，发放宣传册1200份";

async function previewOpen(): Promise<TestApp> {
  const t = await open();
  await t.say("li-rd", REPORT);
  await t.say("li-rd", "确认");
  const shown = await t.sayText("li-rd", "修改 1 宣传册1500份");
  expect(shown).toContain("1500份");
  return t;
}

const buttonsOf = (replies: Awaited<ReturnType<TestApp["say"]>>) =>
  replies.flatMap((r) => r.card?.buttons ?? []);

describe("a figure #1 counts, said while #1's edit preview waits", () => {
  it.each([
    ["哦还有 来了90个人", "来了90人"],
    ["还有人数 90", "来了90人"],
    ["噢 宣讲会来了九十人", "来了九十人"],
  ])("「%s」 is asked about, nothing stored, the preview kept; 改 #1 shows both changes", async (said, after) => {
    const t = await previewOpen();
    const replies = await t.say("li-rd", said);
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups).toHaveLength(1);
    const state = await getState(t.app.services.store, "li-rd");
    expect(state.mode).toBe("confirm-edit");
    const buttons = buttonsOf(replies);
    const edit = buttons.find((b) => b.command.startsWith("修改 1"));
    expect(edit, JSON.stringify(replies)).toBeDefined();
    expect(buttons.some((b) => b.command === "记为填报")).toBe(true);
    const text = replies.map((r) => r.text).join("\n");
    expect(text).not.toContain("没有保存，#1 还是原样");
    const preview = await t.sayText("li-rd", edit!.command);
    expect(preview).toContain(after);
    if (!said.includes("宣传册")) expect(preview).toContain("1500份");
    await t.say("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.originalText ?? u?.normalizedText).toContain(after);
  });

  it("另记一条 records the line as its own draft and says #1's preview was not saved", async () => {
    const t = await previewOpen();
    await t.say("li-rd", "哦还有 来了90个人");
    const text = await t.sayText("li-rd", "记为填报");
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups).toHaveLength(2);
    expect(ups.find((u) => u.seq === 2)?.status).toBe("draft");
    expect(text).toContain("#1 的修改没有保存");
  });

  it.each([
    "下午又去石板村给果农培训了一场，来了60人",
    // Round thirty-five: 「明天到城关镇开座谈会…」 said for tomorrow is now asked about (README: 自己要去某个村、乡镇…办的事
    // … 问要不要记为下一步计划); a plan said as a plan is still recorded.
    "下周准备到城关镇开座谈会，邀请企业20家",
  ])("a new report 「%s」 is recorded as before (the preview set aside, said so)", async (said) => {
    const t = await previewOpen();
    const text = await t.sayText("li-rd", said);
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups).toHaveLength(2);
    expect(text).toContain("#1 的修改没有保存");
  });
});

describe("a correction's figure keeps the update's way of writing it", () => {
  it.each([
    ["人数也不对 是90个人", "来了90人"],
    ["人数也写错了，应该是90个人", "来了90人"],
    ["对了 来的人是90个", "来了90人"],
    ["来的人有90个 不是80", "来了90人"],
  ])("「%s」 on 来了80人 is 「%s」", async (said, after) => {
    const t = await previewOpen();
    const preview = await t.sayText("li-rd", said);
    expect(preview).toContain(after);
    expect(preview).toContain("1500份");
    expect(preview).not.toContain("90个人，");
  });
});
