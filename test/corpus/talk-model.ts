import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type TalkModel, talkFeatures } from "../../src/conversation/talk-odds.js";
import { isLeader, parseOrg } from "../../src/domain/org.js";
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

/** Two decimals, and never −0 (JSON writes it as 0). */
const round = (x: number) => Math.round(x * 100) / 100 + 0;

export function trainTalkModel(examples: readonly TalkExample[], alpha = 0.5, minCount = 2): TalkModel {
  const counts = new Map<string, [number, number]>();
  const docs: [number, number] = [0, 0];
  for (const e of examples) {
    const k = e.unclear ? 0 : 1;
    docs[k]++;
    for (const f of talkFeatures(e.text, e.leader)) {
      const c = counts.get(f) ?? [0, 0];
      counts.set(f, c);
      c[k]++;
    }
  }
  const kept = [...counts].filter(([, c]) => c[0] + c[1] >= minCount).sort(([a], [b]) => (a < b ? -1 : 1));
  const totals: [number, number] = [0, 0];
  for (const [, c] of kept) for (const k of [0, 1] as const) totals[k] += c[k];
  const v = kept.length;
  const denom = totals.map((t) => Math.log(t + alpha * v)) as [number, number];
  const weights: TalkModel["weights"] = {};
  for (const [f, c] of kept) {
    const w = round(Math.log(c[0] + alpha) - denom[0] - (Math.log(c[1] + alpha) - denom[1]));
    if (w !== 0) weights[f] = w;
  }
  return { prior: round(Math.log((docs[0] + 1) / (docs[1] + 1))), weights };
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
export function talkTrainingLines(corpus: readonly IntentCase[]): TalkExample[] {
  return corpus
    .filter(
      (c) =>
        !UNTRAINED_SPLITS.has(c.split) &&
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
