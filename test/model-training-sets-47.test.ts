import { describe, expect, it } from "vitest";
import { commandTrainingLines } from "./corpus/command-model.js";
import { trainingSources } from "./corpus/report-model.js";
import {
  COMMAND_UNTRAINED,
  LEARNED_44,
  LEARNED_46,
  LEARNED_47,
  loadIntentCorpus,
  SEALED_SPLITS,
  UNTRAINED_SPLITS,
} from "./corpus/score-intents.js";
import { loadLeaderCorpus } from "./corpus/score-leader.js";
import { talkTrainingLines } from "./corpus/talk-model.js";

/**
 * Round forty-seven (model47): the command guess reads a Latin word as one unit (command-features.ts) — read letter by
 * letter, blind94's 「各科这周的report交了几份」 (进度) pulled a sealed blind93 line with English in it past the margin.
 * Since, the command guess learns the six of LEARNED_44 it had left out and LEARNED_46; all three models learn
 * LEARNED_47 (blind98, i46a/b). blind100 (opened this round), this round's check batches and every sealed batch are
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
  it.each([...LEARNED_44, ...LEARNED_46])("the command guess learns %s", (split) => {
    expect(COMMAND_UNTRAINED.has(split)).toBe(false);
    expect(ownLines(split).some((t) => command.has(t) && !leaderSaid.has(t))).toBe(true);
  });
  it.each(LEARNED_47)("all three models learn %s", (split) => {
    const own = ownLines(split);
    expect(own.length).toBeGreaterThan(20);
    expect(UNTRAINED_SPLITS.has(split)).toBe(false);
    expect(COMMAND_UNTRAINED.has(split)).toBe(false);
    expect(own.some((t) => report.has(t))).toBe(true);
    expect(own.some((t) => talk.has(t))).toBe(true);
    expect(own.some((t) => command.has(t) && !leaderSaid.has(t))).toBe(true);
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
