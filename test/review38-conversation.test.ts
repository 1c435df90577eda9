import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import type { IntentContext } from "../src/conversation/intent-types.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Review of round thirty-seven (docs/understanding.md 第三十八轮 review38), the conversation side. Lines written for the
 * test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const read = (text: string, awaiting: IntentContext["awaiting"] = "confirm", pendingDrafts = 1) => {
  const got = classifyIntent(
    text,
    intentContextFor(t.app, "li-rd", { awaiting, justAsked: true, pendingDrafts, guess: null }),
  );
  return got.kind === "command" ? got.command : got.kind;
};

describe("a withdrawal under a no with 再 or 急着 between is no withdrawal (one source: withdraw-denied.ts)", () => {
  it.each([
    "第2条别急着删",
    "这条不要再撤",
    "第3条不用再删了",
    "这条莫再删",
    "第2条不要急着撤回",
    "3号甭再撤了",
  ])("「%s」", (said) => {
    expect(read(said)).not.toBe("撤回");
  });
  it.each(["第2条撤了吧 报重了", "这条再删一下", "第2条要不删了吧"])("「%s」 still withdraws", (said) => {
    expect(read(said)).toBe("撤回");
  });
});

describe("the button's word said with a dialect's 不用 takes closing particles as the word itself does", () => {
  it.each(["不消记了", "甭记了", "不消记吧"])("「%s」 with nothing waiting is 不用记", (said) => {
    expect(read(said, "nothing", 0)).toBe("不用记");
  });
  it("「不消记错了」 is not the button's word (what follows 记 is a word of its own)", () => {
    expect(read("不消记错了", "nothing", 0)).not.toBe("不用记");
  });
});
