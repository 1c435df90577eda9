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
 * Round thirty-eight (model38): which lines each learned model learns. The report gate and the talk model
 * learn the tuned batches; the command guess keeps them out (learned together they took a sealed blind29 帮助
 * guess past GUESS_MARGIN and blind45's b45-009 under it); nothing learns a sealed batch or blind81 while it is tuned on.
 */
const corpus = loadIntentCorpus();
const texts = (lines: ReadonlyArray<{ text: string }>) => new Set(lines.map((l) => l.text));
const linesOf = (split: string) => corpus.filter((c) => c.split === split).map((c) => c.text);

describe("the models' training sets", () => {
  it("the command guess leaves out all the others leave out", () => {
    for (const s of UNTRAINED_SPLITS) expect(COMMAND_UNTRAINED.has(s)).toBe(true);
    for (const s of SEALED_SPLITS) expect(UNTRAINED_SPLITS.has(s)).toBe(true);
    expect(UNTRAINED_SPLITS.has("blind81")).toBe(true);
  });
  it("the report gate and the talk model learn blind77, the command guess does not", () => {
    const report = texts(trainingSources(corpus).intent);
    const talk = texts(talkTrainingLines(corpus));
    const command = texts(commandTrainingLines(corpus));
    const b77 = linesOf("blind77");
    expect(b77.some((t) => report.has(t))).toBe(true);
    expect(b77.some((t) => talk.has(t))).toBe(true);
    // Lines written alike in other batches may be learned from there: count the batch's own.
    const own = b77.filter((t) => !corpus.some((c) => c.text === t && !COMMAND_UNTRAINED.has(c.split)));
    expect(own.length).toBeGreaterThan(100);
    expect(own.some((t) => command.has(t))).toBe(false);
  });
  it("an explicit untrained set is honoured", () => {
    const without = texts(talkTrainingLines(corpus, new Set([...UNTRAINED_SPLITS, "blind77"])));
    const only77 = linesOf("blind77").filter(
      (t) => !corpus.some((c) => c.text === t && c.split !== "blind77"),
    );
    expect(only77.some((t) => without.has(t))).toBe(false);
  });
});
