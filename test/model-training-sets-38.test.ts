import { describe, expect, it } from "vitest";
import { commandTrainingLines } from "./corpus/command-model.js";
import { trainingSources } from "./corpus/report-model.js";
import {
  COMMAND_UNTRAINED,
  loadIntentCorpus,
  SEALED_SPLITS,
  UNTRAINED_SPLITS,
} from "./corpus/score-intents.js";
import { talkTrainingLines } from "./corpus/talk-model.js";

/**
 * Round thirty-eight (model38, model38b): which lines each learned model learns. The report gate and the talk model
 * learn the tuned batches; so does the command guess since model38b (帮助 needs HELP_MORE beyond the margin, 歇不歇 is
 * read by the rule); nothing learns a sealed batch (blind81, kept out while it was tuned on, is learned since round
 * forty-four: model-training-sets-44.test.ts).
 */
const corpus = loadIntentCorpus();
const texts = (lines: ReadonlyArray<{ text: string }>) => new Set(lines.map((l) => l.text));
const linesOf = (split: string) => corpus.filter((c) => c.split === split).map((c) => c.text);

describe("the models' training sets", () => {
  it("the command guess leaves out all the others leave out", () => {
    for (const s of UNTRAINED_SPLITS) expect(COMMAND_UNTRAINED.has(s)).toBe(true);
    for (const s of SEALED_SPLITS) expect(UNTRAINED_SPLITS.has(s)).toBe(true);
  });
  it("the report gate, the talk model and the command guess all learn blind77", () => {
    const report = texts(trainingSources(corpus).intent);
    const talk = texts(talkTrainingLines(corpus));
    const command = texts(commandTrainingLines(corpus));
    const b77 = linesOf("blind77");
    expect(b77.some((t) => report.has(t))).toBe(true);
    expect(b77.some((t) => talk.has(t))).toBe(true);
    expect(b77.filter((t) => command.has(t)).length).toBeGreaterThan(100);
    for (const s of ["blind73", "i34b", "blind75", "i35b", "i36a", "i37b"])
      expect(COMMAND_UNTRAINED.has(s)).toBe(false);
    for (const s of SEALED_SPLITS) expect(COMMAND_UNTRAINED.has(s)).toBe(true);
  });
  it("an explicit untrained set is honoured", () => {
    const without = texts(talkTrainingLines(corpus, new Set([...UNTRAINED_SPLITS, "blind77"])));
    const only77 = linesOf("blind77").filter(
      (t) => !corpus.some((c) => c.text === t && c.split !== "blind77"),
    );
    expect(only77.some((t) => without.has(t))).toBe(false);
  });
});
