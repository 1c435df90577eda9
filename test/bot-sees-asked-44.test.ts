import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead's console trial, round forty-four: 陈静 asked 「这个机器人能看到我发给别人的私信吗」 and got 「这个问题我答不了」;
 * 「你能看到我私信不」 and 「领导能看到我报的吗」 got the help lines of 我的填报 and 查看 (the how-to lines touch 我报的)
 * instead of an answer. What the bot sees and who sees a report are answered, truly: a group message that does not @ the
 * bot is dropped by the Feishu transport; a report counts once confirmed, and the leaders draft from it.
 */
const { open } = appPerTest();
const SEES = /只收到您直接发给我的消息和群里@我的消息[\s\S]*私聊我收不到/;
const WHO = /确认后的填报会计入年度总结[\s\S]*局领导/;
const STORED = /请确认填报内容|已确认保存/;

describe("what the bot sees, and who sees a report, asked", () => {
  it.each([
    "这个机器人能看到我发给别人的私信吗",
    "你能看到我私信不",
    "我跟别人聊天你能看到吗",
    "群里说的话你会记下来吗",
    "你会不会偷看我的聊天记录",
    "我發給別人的消息你看得到嗎",
    "你能看我微信吗？",
  ])("「%s」 is told what the bot receives", async (say) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const reply = await t.sayText("chen-kp", say);
    expect(reply).toMatch(SEES);
    expect(reply).not.toMatch(STORED);
  });

  it.each([
    "领导能看到我报的吗",
    "我报的东西谁能看到",
    "局长看得到我填的不",
  ])("「%s」 is told who sees a report, not the help lines", async (say) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const reply = await t.sayText("chen-kp", say);
    expect(reply).toMatch(WHO);
    expect(reply).not.toMatch(/我的填报 \[|查看 编号 —/);
  });

  it.each([
    // Work that names a chat or a look is a report, not the question.
    "今天和企业聊了两个小时，看到他们新上的2条生产线",
    "组织科普志愿者看了科技馆，参加30人",
  ])("「%s」 is still a report", async (say) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    expect(await t.sayText("chen-kp", say)).toMatch(/请确认填报内容/);
  });

  it("a how-to question is still answered with its feature", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    expect(await t.sayText("chen-kp", "怎么撤回")).toMatch(/撤回 编号/);
  });
});
