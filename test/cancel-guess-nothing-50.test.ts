import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import type { Guess } from "../src/conversation/command-guess.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Round fifty (model50): retrained on blind100–102 and i47/i48, the command guess learned lines said while a guided
 * report waited for its answer (「领导喊我 等哈再说」, labelled 取消 there) and offered 「您是想取消正在进行的操作吗？」
 * for the same words said with nothing waiting (i16a-030). With nothing waiting there is nothing to cancel or give up:
 * a guess of 取消 or 放弃修改 is dropped and the rules' reading stands, whatever the model says. While something waits
 * the guess is still asked about.
 */
const t = appPerFile();

const cancelling = (command: string): Guess => ({ command, text: command, readOnly: false, margin: 99 });

// Putting something off or stepping away, nothing named to cancel.
const AWAY = ["先等等 局长叫我", "过会弄 主任叫我"];

describe("a cancel guessed with nothing waiting", () => {
  for (const command of ["取消", "放弃修改"])
    for (const say of AWAY)
      it(`「${say}」 with nothing waiting is not offered as ${command}`, () => {
        for (const pendingDrafts of [0, 1]) {
          const ctx = intentContextFor(t.app, "sun-tp", { awaiting: "nothing", pendingDrafts, talk: null });
          const rules = classifyIntent(say, { ...ctx, guess: null });
          const guessed = classifyIntent(say, { ...ctx, guess: () => cancelling(command) });
          expect(guessed.kind, say).not.toBe("ask-command");
          expect(guessed).toEqual(rules);
        }
      });

  it("while a guided report waits, a guessed 取消 is still asked about or taken by the rules", () => {
    const ctx = intentContextFor(t.app, "sun-tp", { awaiting: "guided", talk: null });
    for (const said of AWAY) {
      const rules = classifyIntent(said, { ...ctx, guess: null });
      const guessed = classifyIntent(said, { ...ctx, guess: () => cancelling("取消") });
      const open =
        (rules.kind === "unclear" && !rules.suggest) ||
        (rules.kind === "smalltalk" && (rules.topic === "other" || rules.topic === "question"));
      if (open) expect(guessed.kind, said).toBe("ask-command");
      else expect(guessed, said).toEqual(rules);
    }
  });
});
