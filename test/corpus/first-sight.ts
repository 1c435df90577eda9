import path from "node:path";
import { z } from "zod";
import type { Intent } from "../../src/conversation/classify-intent.js";
import { guessWhereUnsure } from "../../src/conversation/command-guess.js";
import { intentText } from "../../src/conversation/intent-lexicon.js";
import { buildTable } from "../../src/conversation/match-command.js";
import type { Command } from "../../src/conversation/types.js";
import { findPerson, isLeader, type Org, reportableSections } from "../../src/domain/org.js";
import { type GuessRow, guessTrainedWithout, scoreBatch } from "./command-guess-loo.js";
import { batchOf } from "./report-gate-loo.js";
import type { LeaderCase } from "./score-leader.js";
import { type IntentCase, readJsonl } from "./score-intents.js";

/**
 * What the rules said about each open blind batch at first sight (tools/record-first-sight.ts ran
 * the classifier of the commit where the batch was scored untouched): the command guess is judged
 * on top of those answers, leave-one-batch-out, so it is measured on phrasing the rules had never
 * seen — as it will meet the next batch — and not only on what is left after tuning on the batch.
 */
export const FIRST_SIGHT_FILE = path.resolve(import.meta.dirname, "first-sight.jsonl");

const FirstSightSchema = z.object({
  id: z.string(),
  split: z.string(),
  commit: z.string(),
  got: z.looseObject({ kind: z.string() }),
});

export function loadFirstSight(file = FIRST_SIGHT_FILE): Array<z.infer<typeof FirstSightSchema>> {
  return readJsonl(file, FirstSightSchema);
}

export function firstSightGuess(
  corpus: readonly IntentCase[],
  leaders: readonly LeaderCase[],
  org: Org,
  commands: readonly Command[],
  margin: number,
): Array<GuessRow & { commit: string }> {
  const recorded = loadFirstSight();
  const table = buildTable(commands);
  const batches = [...new Set(recorded.map((r) => r.split))];
  return batches.map((batch) => {
    const said = new Map(recorded.filter((r) => r.split === batch).map((r) => [r.id, r.got as Intent]));
    const guess = guessTrainedWithout(corpus, leaders, batch, margin);
    const cases = corpus.filter((c) => batchOf(c) === batch && said.has(c.id));
    const row = scoreBatch(
      batch,
      cases,
      (c) => said.get(c.id)!,
      (c) => {
        const person = findPerson(org, c.context.who)!;
        return guessWhereUnsure(said.get(c.id)!, intentText(c.text).norm, {
          awaiting: c.context.awaiting,
          justAsked: c.context.justAsked,
          pendingDrafts: c.context.pendingDrafts,
          sections: reportableSections(org, person),
          commands: table,
          leader: isLeader(person),
          people: org.people.filter((p) => p.id !== person.id).map((p) => p.name),
          guess,
        });
      },
    );
    return { ...row, commit: recorded.find((r) => r.split === batch)!.commit };
  });
}
