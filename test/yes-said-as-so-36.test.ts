import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 「是这样」「就是这样」「是这样的」 alone to a card or an edit preview agree with it (白话 「系咁样」 folds to 是这样:
 * intent36b's test failed once intent36's folds were merged, and plain 「就是这样」 to a card was never read as a yes).
 * 「不是这样」 stays a no.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("agreement said as 是这样", () => {
  it.each([
    ["是这样", "confirm"],
    ["就是这样", "confirm"],
    ["嗯 是这样的", "confirm"],
    ["是这样", "edit-confirm"],
    ["就是这个样子", "edit-confirm"],
  ] as const)("「%s」 to %s is yes", (text, awaiting) => {
    expect(heard("li-rd", text, { awaiting, justAsked: true, pendingDrafts: 1 })).toBe("yes");
  });
  it("「不是这样」 is a no", () => {
    expect(heard("li-rd", "不是这样", { awaiting: "confirm", justAsked: true, pendingDrafts: 1 })).toBe("no");
  });
});
