import { describe, expect, it } from "vitest";
import {
  type CommandModel,
  GUESS_MARGIN,
  guessCommand,
  HELP_MORE,
  rankClasses,
} from "../src/conversation/command-guess.js";
import { reportFeatures } from "../src/conversation/report-odds.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Round thirty-eight (model38b): 帮助 needs HELP_MORE beyond GUESS_MARGIN. The help class learns every dialect's
 * how-questions, so a model retrained on more batches pushes talk that merely asks something towards it; right 帮助
 * guesses stand far clear. Other commands keep GUESS_MARGIN. A made-up two-class model sets the margin exactly.
 */
const t = appPerFile();

/** A model in which `text` ranks `cls` over chat by exactly `margin`. */
function modelFor(text: string, cls: string, margin: number): CommandModel {
  const features = reportFeatures(text);
  const alpha = 0.5;
  // Every feature seen only in `cls`, each as often: the margin is features × log(1 + count / alpha).
  const count = alpha * (Math.exp(margin / features.length) - 1);
  const counts: CommandModel["counts"] = {};
  for (const f of features) counts[f] = [0, count];
  return { classes: [cls, "chat"], docs: [50, 50], totals: [500, 500], vocab: 1000, alpha, counts };
}

describe("帮助 needs more than GUESS_MARGIN", () => {
  const text = "你这玩意儿都会些啥";
  const between = GUESS_MARGIN + HELP_MORE / 2;
  it("the made-up model gives the margin asked for", () => {
    const [top, next] = rankClasses(text, modelFor(text, "帮助", between));
    expect(top!.cls).toBe("帮助");
    expect(top!.logp - next!.logp).toBeCloseTo(between, 6);
  });
  it("帮助 past GUESS_MARGIN but short of GUESS_MARGIN + HELP_MORE is not guessed", () => {
    expect(HELP_MORE).toBeGreaterThan(0);
    expect(
      guessCommand(text, intentContextFor(t.app, "li-rd"), modelFor(text, "帮助", between)),
    ).toBeUndefined();
  });
  it("帮助 clear of GUESS_MARGIN + HELP_MORE is guessed", () => {
    const model = modelFor(text, "帮助", GUESS_MARGIN + HELP_MORE + 0.5);
    expect(guessCommand(text, intentContextFor(t.app, "li-rd"), model)?.command).toBe("帮助");
  });
  it("another read-only command at the same margin is guessed (only 帮助 needs more)", () => {
    const said = "我交过的那些都给我列列";
    const model = modelFor(said, "我的填报", between);
    expect(guessCommand(said, intentContextFor(t.app, "li-rd"), model)?.command).toBe("我的填报");
  });
  it("an explicit helpMore of 0 gives 帮助 the plain margin (leave-one-batch-out compares both)", () => {
    const model = modelFor(text, "帮助", between);
    expect(guessCommand(text, intentContextFor(t.app, "li-rd"), model, GUESS_MARGIN, 0)?.command).toBe(
      "帮助",
    );
  });
});
