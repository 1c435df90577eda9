import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import type { IntentContext } from "../src/conversation/intent-types.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Review of rounds 35–36 (docs/understanding.md 第三十七轮 review37): a withdrawal said the other way round — the
 * verb under a no (别删、不要撤) or the reason for going said not to hold (没有重复、不重复、不是报重的) — is no 撤回.
 * Before, 「这条别删」 withdrew the update shown, and 不要 + any 重复 later in the clause read as 「这条不要 重复了」.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const read = (text: string, awaiting: IntentContext["awaiting"] = "confirm") => {
  const got = classifyIntent(
    text,
    intentContextFor(t.app, "li-rd", { awaiting, justAsked: true, pendingDrafts: 1, guess: null }),
  );
  return got.kind === "command" ? got.command : got.kind;
};

describe("a withdrawal turned down is not a withdrawal", () => {
  it.each([
    "这条别删",
    "这条不要撤",
    "第2条莫删",
    "这条不要撤 没有重复",
    "第2条不要删 不重复",
    "这条别撤 不是重复的",
    "这条先不要 我看看有没有重复",
    "2号别删了",
    "第3条别撤回",
    "别删第2条",
  ])("「%s」", (said) => {
    expect(read(said)).not.toBe("撤回");
  });
  it.each([
    "这条不要 跟科长那条重复了",
    "这条删了吧",
    "第2条撤了 报重了",
    "第2条要不删了吧",
    "第2条删掉",
    "这条要删掉",
    "这条要不撤了吧",
  ])("「%s」 still withdraws", (said) => {
    expect(read(said)).toBe("撤回");
  });
});
