import { describe, expect, it } from "vitest";
import { commandTrainingLines } from "./corpus/command-model.js";
import { trainingSources } from "./corpus/report-model.js";
import {
  COMMAND_UNTRAINED,
  LEARNED_54,
  loadIntentCorpus,
  SEALED_SPLITS,
  TALK_UNTRAINED,
  UNTRAINED_SPLITS,
} from "./corpus/score-intents.js";
import { loadLeaderCorpus } from "./corpus/score-leader.js";
import { talkTrainingLines } from "./corpus/talk-model.js";

/**
 * Round fifty-four (model54): the report gate and the command guess learn LEARNED_54 (blind105, tuned on in round
 * fifty-two, blind106, tuned on in round fifty-three, and those rounds' check batches i52a/b, i53a/b); the talk model none
 * (TALK_UNTRAINED). blind107 (opened to tune on this round), i48a, i44a, the check batches of round fifty (i50*) and every
 * sealed batch are learned by none.
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

describe("the models' training sets (round fifty-four)", () => {
  it.each(LEARNED_54)("the report gate and the command guess learn %s, the talk model none", (split) => {
    const own = ownLines(split);
    expect(own.length).toBeGreaterThan(20);
    expect(UNTRAINED_SPLITS.has(split)).toBe(false);
    expect(COMMAND_UNTRAINED.has(split)).toBe(false);
    expect(own.some((t) => report.has(t))).toBe(true);
    expect(own.some((t) => command.has(t) && !leaderSaid.has(t))).toBe(true);
    expect(TALK_UNTRAINED.has(split)).toBe(true);
    expect(own.some((t) => talk.has(t))).toBe(false);
  });
  const held = [
    "blind107",
    "i48a",
    "i44a",
    ...[...new Set(corpus.map((c) => c.split))].filter((s) => /^i50/.test(s)),
  ];
  it("the held-out batches are there", () => expect(held).toEqual(expect.arrayContaining(["i50a", "i50b"])));
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
