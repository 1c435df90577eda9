import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * While one card waits (docs/understanding.md 第二十六轮 dlg26): a yes followed by what is still to do today
 * (「晚上还要开会」「晚黑仲要加班整材料」) is the yes; 那条 or 它 with only that card waiting is the card. Lines here are
 * written for this test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-03T16:00:00+08:00" });
const onCard = (who: string, text: string) =>
  classifyIntent(
    text,
    intentContextFor(t.app, who, { guess: null, awaiting: "confirm", pendingDrafts: 1, justAsked: true }),
  );

describe("a yes with the rest of the day after it", () => {
  it.each([
    ["chen-kp", "可以 就这样 等会还要去社区送表"],
    ["li-rd", "嗯 没毛病 晚上还要加班弄台账"],
    ["xu-dj", "中 冇得问题 夜里还得写材料"],
  ])("%s: 「%s」 is the yes", (who, text) => {
    expect(onCard(who, text)).toEqual({ kind: "answer", answer: "yes" });
  });

  it("a put-off said the same way is no yes", () => {
    expect(onCard("sun-tp", "先莫存 晚上还要核一下数")).not.toEqual({ kind: "answer", answer: "yes" });
  });
});

describe("那条 or 它 with one card waiting", () => {
  it.each([
    ["sun-tp", "那条帮我撤了嘛 发重了"],
    ["chen-kp", "那一条帮我删咯"],
    ["li-rd", "把它撤了吧 发重了"],
  ])("%s: 「%s」 withdraws the card shown", (who, text) => {
    expect(onCard(who, text)).toMatchObject({
      kind: "command",
      command: "撤回",
      text: expect.stringContaining("shown"),
    });
  });
});
