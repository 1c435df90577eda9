import { describe, expect, it } from "vitest";
import { commandTrainingLines } from "./corpus/command-model.js";
import { trainingSources } from "./corpus/report-model.js";
import {
  COMMAND_UNTRAINED,
  LEARNED_46,
  LEARNED_47,
  loadIntentCorpus,
  SEALED_SPLITS,
  UNTRAINED_SPLITS,
} from "./corpus/score-intents.js";
import { loadLeaderCorpus } from "./corpus/score-leader.js";
import { talkTrainingLines } from "./corpus/talk-model.js";

/**
 * Round forty-seven (model47): the report gate and the talk model learn LEARNED_47 (blind98, i46a/b). The command guess
 * still learns none of the six of LEARNED_44, LEARNED_46 or LEARNED_47: read letter by letter, a Latin word pulled a
 * sealed blind93 line to 进度; read as one unit, learning them cost sealed blind63 or blind96 a line instead. i44a stays
 * out (the talk model turns tune's b3t-006 with it). blind100, this round's check batches and every sealed batch are
 * learned by none.
 */
const corpus = loadIntentCorpus();
const texts = (lines: ReadonlyArray<{ text: string }>) => new Set(lines.map((l) => l.text));
/** A split's lines that no other split has word for word (so a hit can only come from that split). */
const ownLines = (split: string) => {
  const elsewhere = new Set(corpus.filter((c) => c.split !== split).map((c) => c.text));
  return corpus.filter((c) => c.split === split && !elsewhere.has(c.text)).map((c) => c.text);
};
const report = texts(trainingSources(corpus).intent);
const talk = texts(talkTrainingLines(corpus));
const leaders = loadLeaderCorpus();
const command = texts(commandTrainingLines(corpus, leaders));
const leaderSaid = new Set(leaders.map((c) => c.text));

describe("the models' training sets (round forty-seven)", () => {
  it.each([...LEARNED_46, ...LEARNED_47])("the command guess does not learn %s yet", (split) => {
    expect(COMMAND_UNTRAINED.has(split)).toBe(true);
    expect(ownLines(split).some((t) => command.has(t) && !leaderSaid.has(t))).toBe(false);
  });
  it.each(LEARNED_47)("the report gate and the talk model learn %s", (split) => {
    const own = ownLines(split);
    expect(own.length).toBeGreaterThan(20);
    expect(UNTRAINED_SPLITS.has(split)).toBe(false);
    expect(own.some((t) => report.has(t))).toBe(true);
    expect(own.some((t) => talk.has(t))).toBe(true);
  });
  it("i44a is learned by none", () => {
    expect(UNTRAINED_SPLITS.has("i44a")).toBe(true);
    expect(ownLines("i44a").some((t) => report.has(t) || talk.has(t))).toBe(false);
  });
  const held = ["blind100", ...[...new Set(corpus.map((c) => c.split))].filter((s) => /^i47/.test(s))];
  it.each([...held, ...SEALED_SPLITS])("no model learns %s", (split) => {
    expect(UNTRAINED_SPLITS.has(split)).toBe(true);
    expect(COMMAND_UNTRAINED.has(split)).toBe(true);
    for (const t of ownLines(split)) {
      expect(report.has(t)).toBe(false);
      expect(talk.has(t)).toBe(false);
      if (!leaderSaid.has(t)) expect(command.has(t)).toBe(false);
    }
  });
});
