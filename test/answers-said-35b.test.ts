import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import type { IntentContext } from "../src/conversation/intent-types.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Answers to what the bot just asked, said in more words (blind77, 宁夏, docs/understanding.md 第三十五轮 intent35b):
 * the changed version agreed to (这样就对了、照你改的来), the edit said done the wrong way round (改拧了、弄反了), the card
 * held off (先等等、缓一缓 + a check), the yes to 「要记为工作填报吗？」 with why it counts (这是我们股的事), the edit
 * dropped because the old text was fine (原先这样写的挺好). In other words than the corpus's.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const said = (awaiting: IntentContext["awaiting"], text: string) => {
  const got = classifyIntent(
    text,
    intentContextFor(t.app, "li-rd", { awaiting, justAsked: true, pendingDrafts: 1, guess: null }),
  );
  if (got.kind === "command") return got.command;
  if (got.kind === "answer") return got.answer;
  return got.kind;
};

describe("answers in more words", () => {
  it.each(["这样就对了", "照你改的来", "就照您改的"])("to an edit preview, 「%s」 is the yes", (text) => {
    expect(said("edit-confirm", text)).toBe("yes");
  });
  it.each(["改拧了", "弄反了", "写颠倒了"])("to an edit preview, 「%s」 is the no", (text) => {
    expect(said("edit-confirm", text)).toBe("no");
  });
  it.each(["先等等 我再核一下数", "缓一缓 我问问主任"])("to a card, 「%s」 holds it: the no", (text) => {
    expect(said("confirm", text)).toBe("no");
  });
  it.each([
    "算 是我们股的事",
    "是 这本来就是我的工作",
  ])("to 「要记为工作填报吗？」, 「%s」 is the yes", (text) => {
    expect(said("report-or-not", text)).toBe("yes");
  });
  it("while the new text is asked for, the old one said fine drops the edit (放弃修改, or 取消 which does the same there)", () => {
    expect(["放弃修改", "取消"]).toContain(said("edit-text", "那就不动了 之前这样写的挺好"));
  });
  it("what is wrong said of the content is no yes", () => {
    expect(said("edit-confirm", "这样不对")).not.toBe("yes");
    expect(said("report-or-not", "算 这是我们科跟村里一起搞的培训 一共来了40人")).not.toBe("no");
  });
});

describe("a place in the list said leaning to one end (靠上、靠下: 宁夏、西北)", () => {
  const which = (text: string, draftNumbers: number[]) =>
    classifyIntent(
      text,
      intentContextFor(t.app, "he-gq", {
        awaiting: "which-draft",
        justAsked: true,
        pendingDrafts: draftNumbers.length,
        draftNumbers,
        guess: null,
      }),
    );
  it.each([
    ["靠上那个", [2, 7], 2],
    ["靠后边那个哈", [6, 8], 8],
    ["最靠后的那条", [1, 2, 3], 3],
  ] as const)("「%s」 of %j is #%i", (text, listed, n) => {
    expect(which(text, [...listed])).toMatchObject({ kind: "answer", answer: "number", n });
  });
});

describe("a holiday's days off asked, duty the other side of the choice", () => {
  it.each(["春节放不放 还是得值班", "国庆放几天 还是都要值班"])("「%s」 is 上班吗", (text) => {
    const got = classifyIntent(text, intentContextFor(t.app, "li-rd", { guess: null }));
    expect(got).toMatchObject({ kind: "command", command: "上班吗" });
  });
  it("one's own duty day told stays talk", () => {
    const got = classifyIntent(
      "元旦那天我值班 在局里守着",
      intentContextFor(t.app, "li-rd", { guess: null }),
    );
    expect(got.kind).toBe("smalltalk");
  });
});
