import { describe, expect, it } from "vitest";
import type { Intent } from "../src/conversation/classify-intent.js";
import { withoutTrailingMarks } from "../src/conversation/trailing-marks.js";
import { classifyCase, type IntentCase } from "./corpus/score-intents.js";
import { appPerFile } from "./helpers/app-per-file.js";

/**
 * A complete command outranks an answer word inside it (command-over-answer.ts), for every command
 * and every question that takes a short answer: the answer word (好/对/嗯嗯/不用/不要了/别/算了) is no
 * answer when the message carries a command with what it needs. Near misses stay answers.
 */
const t = appPerFile();

type Awaiting = IntentCase["context"]["awaiting"];
function read(text: string, awaiting: Awaiting, who = "li-rd", draftNumbers?: number[]): Intent {
  const c: IntentCase = {
    id: "x",
    split: "tune",
    text,
    context: { awaiting, pendingDrafts: 1, justAsked: true, who, ...(draftNumbers ? { draftNumbers } : {}) },
    expect: { intent: "unclear" },
  };
  return classifyCase(c, t.app.services.org, t.app.engine.commands, null, null);
}
const said = (i: Intent) =>
  i.kind === "command" ? i.text : i.kind === "answer" ? `answer:${i.answer}` : i.kind;

describe("a complete command outranks the answer word in it", () => {
  it.each<[string, Awaiting, string]>([
    // A card waits.
    ["好的 另外第3条帮我删掉", "confirm", "撤回 3"],
    ["嗯嗯 再把第4条恢复一下", "confirm", "恢复 4"],
    ["行 第五条给我看下", "confirm", "查看 5"],
    ["不要了 修改 2 把80改成85", "confirm", "修改 2 把80改成85"],
    ["对 请问这周六要上班不", "confirm", "上班吗 这周六要上班不"],
    // 「要记为工作填报吗？」 waits.
    ["不用记 下礼拜三四我调休", "report-or-not", "请假 下礼拜三四我调休"],
    ["不是 我是想看看我都报了啥", "report-or-not", "我的填报"],
    ["好 下礼拜记得再提醒我", "report-or-not", "下周提醒"],
    ["下礼拜一到礼拜三我休年假 别催我", "report-or-not", "请假 下礼拜一到礼拜三我休年假 别催我"],
    // An edit preview waits.
    ["算了 不改了 直接把2号撤了", "edit-confirm", "撤回 2"],
    // 「确认哪一条？」 lists #4 and #5.
    ["不确认了 这周没啥进展 都在迎检", "which-draft", "本周无进展"],
  ])("「%s」 while %s → %s", (text, awaiting, command) => {
    const got = read(text, awaiting, "li-rd", awaiting === "which-draft" ? [4, 5] : undefined);
    expect(said(got)).toBe(command);
  });

  it("a section asked: leave said with its days is the leave", () => {
    expect(said(read("别问了 我下周一到周三休年假", "section", "he-gq"))).toBe("请假 我下周一到周三休年假");
  });
});

describe("answers that stay answers", () => {
  it.each<[string, Awaiting, string]>([
    ["好的 确认 谢谢", "confirm", "answer:yes"],
    ["不对 别删 那个80是对的", "edit-confirm", "answer:no"],
    ["对 改成50家", "edit-confirm", "answer:yes"],
    ["可以 就这么改", "edit-confirm", "answer:yes"],
    ["不用记 那是同事请假的事", "report-or-not", "answer:no"],
    ["对的没问题 请假的事回头再说", "confirm", "answer:yes"],
    ["不用了 谢谢", "report-or-not", "answer:no"],
  ])("「%s」 while %s → %s", (text, awaiting, answer) => {
    expect(said(read(text, awaiting))).toBe(answer);
  });

  it("a listed draft named beside one kept back is the answer, not a look at it", () => {
    const got = read("第4条吧 第5条我再看看", "which-draft", "he-gq", [4, 5]);
    expect(got).toEqual({ kind: "answer", answer: "number", n: 4, left: [5] });
  });
});

describe("trailing marks", () => {
  it("drops spaces, emoji and closing marks; commas or question marks only when asked", () => {
    expect(withoutTrailingMarks("请问这周六要上班吗🙏")).toBe("请问这周六要上班吗");
    expect(withoutTrailingMarks("下周再提醒我哈😄～ ")).toBe("下周再提醒我哈");
    expect(withoutTrailingMarks("好的👍\ufe0f。!")).toBe("好的");
    expect(withoutTrailingMarks("能定吗？")).toBe("能定吗？");
    expect(withoutTrailingMarks("能定吗？", "？?")).toBe("能定吗");
    expect(withoutTrailingMarks("删了吧，", "，,")).toBe("删了吧");
    expect(withoutTrailingMarks("删了吧，")).toBe("删了吧，");
  });
});
