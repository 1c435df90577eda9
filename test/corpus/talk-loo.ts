import type { Intent } from "../../src/conversation/classify-intent.js";
import { type TalkModel, talkFlip } from "../../src/conversation/talk-odds.js";
import type { Command } from "../../src/conversation/types.js";
import { findPerson, isLeader, type Org } from "../../src/domain/org.js";
import { loadFirstSight } from "./first-sight.js";
import { batchOf } from "./report-gate-loo.js";
import {
  classifyCase,
  type IntentCase,
  intentMatches,
  sectionsOf,
  UNTRAINED_SPLITS,
} from "./score-intents.js";
import { talkTrainingLines, trainTalkModel } from "./talk-model.js";

/**
 * Leave-one-batch-out for the learned second opinion on unclear vs small talk (talk-odds.ts): each
 * batch is scored by a model trained on every other open line (never on that batch, never on a
 * sealed one), on the rules as they were at the batch's first sight (test/corpus/first-sight.jsonl)
 * and on today's rules. Aggregates only.
 */
export interface TalkRow {
  batch: string;
  /** Lines with a first-sight record / all lines. */
  firstN: number;
  n: number;
  /** Right without / with the model, wrong made right, right made wrong: at first sight. */
  firstRight: number;
  firstAfter: number;
  firstFixed: number;
  firstSpoiled: number;
  /** The same on today's rules. */
  nowRight: number;
  nowAfter: number;
  nowFixed: number;
  nowSpoiled: number;
  /** Lines made stored, run or answered by the model (must stay 0). */
  madeOther: number;
}

/** The open blind batches: each written by someone who had never read the rules (not the held-out ones). */
export function openBlindBatches(corpus: readonly IntentCase[]): string[] {
  return [
    ...new Set(
      corpus.filter((c) => c.split.startsWith("blind") && !UNTRAINED_SPLITS.has(c.split)).map((c) => c.split),
    ),
  ];
}

export function talkLeaveOneOut(
  corpus: readonly IntentCase[],
  org: Org,
  commands: readonly Command[],
  batches: readonly string[],
  at?: number,
): TalkRow[] {
  const recorded = new Map(loadFirstSight().map((r) => [r.id, r.got as Intent]));
  return batches.map((batch) => {
    const model: TalkModel = trainTalkModel(talkTrainingLines(corpus.filter((c) => batchOf(c) !== batch)));
    const flip = (i: Intent, text: string, leader: boolean) => talkFlip(i, text, leader, model, at);
    const row: TalkRow = {
      batch,
      firstN: 0,
      n: 0,
      firstRight: 0,
      firstAfter: 0,
      firstFixed: 0,
      firstSpoiled: 0,
      nowRight: 0,
      nowAfter: 0,
      nowFixed: 0,
      nowSpoiled: 0,
      madeOther: 0,
    };
    for (const c of corpus.filter((x) => batchOf(x) === batch)) {
      const ok = (got: Intent) =>
        intentMatches(c.expect, got, c.context.awaiting, sectionsOf(c, org), org.sections);
      const consulted = c.context.awaiting === "nothing" || c.context.awaiting === "confirm";
      const leader = isLeader(findPerson(org, c.context.who)!);
      const count = (before: Intent, after: Intent, k: "first" | "now") => {
        const [b, a] = [ok(before), ok(after)];
        if (b) row[`${k}Right`]++;
        if (a) row[`${k}After`]++;
        if (a && !b) row[`${k}Fixed`]++;
        if (b && !a) row[`${k}Spoiled`]++;
        if (after.kind !== before.kind && after.kind !== "unclear" && after.kind !== "smalltalk")
          row.madeOther++;
      };
      const first = recorded.get(c.id);
      if (first) {
        row.firstN++;
        count(first, consulted ? flip(first, c.text, leader) : first, "first");
      }
      row.n++;
      count(
        classifyCase(c, org, commands, undefined, undefined, null),
        classifyCase(c, org, commands, undefined, undefined, flip),
        "now",
      );
    }
    return row;
  });
}
