import { describe, expect, it } from "vitest";
import { guessWhereUnsure } from "../src/conversation/command-guess.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { intentContextFor } from "./helpers/intent-context-for.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Where the rules are unsure and the learned guess says 修改, a question about what one wrote (「人数写的多少哇」)
 * is one's own list to look at, never 「您是想修改吗？」 — nothing is said wrong (i31b-007 at first sight, round
 * thirty-one). A guess of 修改 where something is said wrong is still asked about.
 */
const { open } = appPerTest();
const editGuess = () => ({ command: "修改", text: "修改", readOnly: false, margin: 10 });

describe("a question about what one wrote, guessed as an edit", () => {
  it.each([
    "俺前两天报的那次党课 人数写的多少哇",
    "我上回那条培训 填的几期来着",
    "上礼拜报的那个 金额写的啥呀",
  ])("「%s」 shows one's reports", async (text) => {
    const t = await open();
    const got = guessWhereUnsure({ kind: "unclear" }, intentText(text).norm, {
      ...intentContextFor(t.app, "li-rd"),
      guess: editGuess,
    });
    expect(got).toMatchObject({ kind: "command", command: "我的填报" });
  });

  it.each([
    "那条人数写的多少 不对啊",
    "人数写错了 应该是多少来着",
  ])("「%s」 is still asked about", async (text) => {
    const t = await open();
    const got = guessWhereUnsure({ kind: "unclear" }, intentText(text).norm, {
      ...intentContextFor(t.app, "li-rd"),
      guess: editGuess,
    });
    expect(got.kind).toBe("ask-command");
  });
});
