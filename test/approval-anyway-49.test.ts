import { describe, expect, it } from "vitest";
import { classifyCase, type IntentCase } from "./corpus/score-intents.js";
import { appPerFile } from "./helpers/app-per-file.js";

/**
 * 「管它核没核完 这一版就定」 (blind102's b102-039, 仍要定稿): 管它 (as 管他) sets the check aside, and 「这一版就定」 passes the
 * draft. Held out, the command guess had asked 「定稿」 of it (command-guess.test.ts's leave-one-batch-out check). New
 * sentences here; 「稿子下周就定」 (a time when it will be done) is no 定稿 now.
 */
const t = appPerFile();
function read(text: string) {
  const c: IntentCase = {
    id: "x",
    split: "tune",
    text,
    context: { awaiting: "nothing", pendingDrafts: 0, justAsked: false, who: "zhou-ju" },
    expect: { intent: "unclear" },
  };
  const i = classifyCase(c, t.app.services.org, t.app.engine.commands, null, null);
  return i.kind === "command" ? i.command : i.kind;
}

describe("定稿 said setting the check aside", () => {
  it.each(["管它核完没有 这稿就定", "管它有没有核实 这一版就定", "这版就定"])("「%s」 finalises", (said) => {
    expect(read(said)).toMatch(/^(?:仍要定稿|定稿)$/);
  });
  it("「管它核没核完 这一版就定」 is 仍要定稿", () => {
    expect(read("管它待核实的 这一版就定")).toBe("仍要定稿");
  });
  it.each(["稿子下周就定", "方案明天就定"])("「%s」 finalises nothing now", (said) => {
    expect(read(said)).not.toMatch(/定稿/);
  });
});
