import { trainTwoClass } from "./two-class-bayes.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type TalkModel, talkFeatures } from "../../src/conversation/talk-odds.js";
import { isLeader, parseOrg } from "../../src/domain/org.js";
import { featuresDigest } from "./features-digest.js";
import { type IntentCase, UNTRAINED_SPLITS } from "./score-intents.js";

/**
 * Training for the learned second opinion on unclear vs small talk (src/conversation/talk-odds.ts):
 * multinomial naive Bayes, add-α smoothing, features seen fewer than `minCount` times dropped — the
 * trainer of report-model.ts on two other classes. Deterministic: the same lines give the same weights.
 */
export interface TalkExample {
  text: string;
  leader: boolean;
  unclear: boolean;
}

export function trainTalkModel(examples: readonly TalkExample[], alpha = 0.5, minCount = 2): TalkModel {
  return trainTwoClass(
    examples.map((e) => ({ first: e.unclear, features: talkFeatures(e.text, e.leader) })),
    alpha,
    minCount,
  );
}

/** The example roster's leaders (the corpus' senders are its people). */
const LEADERS: ReadonlySet<string> = new Set(
  parseOrg(JSON.parse(readFileSync(join(import.meta.dirname, "../../data/org.example.json"), "utf8")))
    .people.filter((p) => isLeader(p))
    .map((p) => p.id),
);

/**
 * The lines the shipped model learns from: every intent line outside the sealed and held-out batches
 * (UNTRAINED_SPLITS) labelled
 * unclear or smalltalk, sent with nothing pending or a card shown (the place the model is consulted).
 */
export function talkTrainingLines(
  corpus: readonly IntentCase[],
  untrained: ReadonlySet<string> = UNTRAINED_SPLITS,
): TalkExample[] {
  return corpus
    .filter(
      (c) =>
        !untrained.has(c.split) &&
        (c.expect.intent === "unclear" || c.expect.intent === "smalltalk") &&
        (c.context.awaiting === "nothing" || c.context.awaiting === "confirm"),
    )
    .map((c) => ({
      text: c.text,
      leader: LEADERS.has(c.context.who),
      unclear: c.expect.intent === "unclear",
    }));
}

/** A digest of the lines learned from, kept in talk-model.json: the test fails when it is stale. */
export function talkLinesDigest(corpus: readonly IntentCase[]): string {
  const lines = talkTrainingLines(corpus).map((l) => `${l.unclear ? 1 : 0}\t${l.leader ? 1 : 0}\t${l.text}`);
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

/**
 * A digest of what the model learns from as features (features-digest.ts), kept in talk-model.json as
 * `features`: the test fails when a fold or talkFeatures changes what a training line turns into.
 */
export function talkFeaturesDigest(corpus: readonly IntentCase[]): string {
  return featuresDigest(
    talkTrainingLines(corpus).map((l) => ({
      label: l.unclear ? "unclear" : "smalltalk",
      features: talkFeatures(l.text, l.leader),
    })),
  );
}
