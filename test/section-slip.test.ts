import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * A section named with a slip owned beside it, while the bot asks which section (docs/understanding.md 第二十六轮
 * dlg26): 「项目那块 俺记岔了」 is that section — the slip is the section given before — not a correction nor an unclear
 * remark. A figure beside it still corrects. Lines here are written for this test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-03T16:00:00+08:00" });
const asked = (who: string, text: string) =>
  classifyIntent(
    text,
    intentContextFor(t.app, who, { guess: null, awaiting: "section", pendingDrafts: 1, justAsked: true }),
  );

describe("a section named with a slip owned", () => {
  it.each([
    ["he-gq", "研发那块 我记叉了", "rd"],
    ["he-gq", "算高企的 刚才俺看错了", "hitech"],
    ["zhao-zh", "人才那边 我刚刚弄混了", "talent"],
  ])("%s: 「%s」 is the section %s", (who, text, section) => {
    expect(asked(who, text)).toEqual({ kind: "answer", answer: "section", section });
  });

  it("with a figure it is a correction", () => {
    expect(asked("he-gq", "项目那块 写错了 是5家")).toMatchObject({ kind: "command", command: "修改" });
  });
});
