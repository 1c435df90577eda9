import type { Command } from "../src/conversation/types.js";
import type { Org } from "../src/domain/org.js";
import { ContextScorer, scoreInContext } from "../test/corpus/score-in-context.js";
import {
  type IntentCase,
  loadIntentCorpus,
  SEALED_SPLITS,
  SPLITS,
  scoreIntents,
} from "../test/corpus/score-intents.js";
import { LEADER_SPLITS, loadLeaderCorpus, scoreLeader } from "../test/corpus/score-leader.js";
import type { Row } from "./lib/stats.js";

const pct = (a: number, n: number) => (n === 0 ? "—" : `${((100 * a) / n).toFixed(1)} % (${a}/${n})`);

/**
 * Every split of the intent corpora played in its labelled situation through the engine
 * (test/corpus/score-in-context.ts), beside the plain scorer's figure for the same lines (the
 * classifier alone, with no store state). Sealed splits: totals only, no miss listed or kept.
 * `quick`: every tenth line of each split.
 */
export async function inContextRows(
  org: Org,
  commands: readonly Command[],
  data: Record<string, unknown>,
  quick: boolean,
): Promise<Row[]> {
  const rows: Row[] = [];
  const intents = loadIntentCorpus();
  const leaders = loadLeaderCorpus();
  const scorer = new ContextScorer(org);
  try {
    for (const split of [...SPLITS, ...LEADER_SPLITS]) {
      const all: IntentCase[] = [...intents, ...leaders].filter((c) => c.split === split);
      const cases = quick ? all.filter((_, i) => i % 10 === 0) : all;
      if (cases.length === 0) continue;
      const leader = (LEADER_SPLITS as readonly string[]).includes(split);
      const plain = leader
        ? scoreLeader(
            leaders.filter((c) => cases.includes(c)),
            org,
            commands,
          )
        : scoreIntents(cases, org, commands);
      const s = await scoreInContext(scorer, cases);
      rows.push({
        bench: "understanding",
        figure: `in context: lines handled as labelled, ${split} (${cases.length}${quick ? ", sample" : ""})`,
        value: pct(s.correct, s.n),
        baseline: pct(plain.correct, plain.n),
        ratio: "",
        note: `baseline: the plain scorer (classifier alone); stored wrongly ${s.nonReportsStored} (plain ${plain.nonReportsStored})`,
      });
      const sealed = (SEALED_SPLITS as ReadonlySet<string>).has(split);
      data[`in-context-${split}`] = {
        n: s.n,
        correct: s.correct,
        stored: s.nonReportsStored,
        plain: plain.correct,
        failures: sealed ? undefined : s.failures,
      };
    }
  } finally {
    scorer.close();
  }
  return rows;
}
