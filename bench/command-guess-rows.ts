import { GUESS_MARGIN } from "../src/conversation/command-guess.js";
import type { Command } from "../src/conversation/types.js";
import type { Org } from "../src/domain/org.js";
import { type GuessRow, guessLeaveOneOut, sumRows } from "../test/corpus/command-guess-loo.js";
import { firstSightGuess } from "../test/corpus/first-sight.js";
import { type IntentCase, SEALED_SPLITS } from "../test/corpus/score-intents.js";
import { loadLeaderCorpus } from "../test/corpus/score-leader.js";
import type { Row } from "./lib/stats.js";

/**
 * The learned command guess (command-guess.ts), leave-one-batch-out: each blind batch scored with
 * the rules alone (the baseline, same run) and with rules + a guess that never saw the batch.
 * An asked-about turn (「您是想…吗？」) is not counted right; it is printed apart.
 */
export function guessRows(
  corpus: readonly IntentCase[],
  org: Org,
  commands: readonly Command[],
  data: Record<string, unknown>,
): Row[] {
  const leaders = loadLeaderCorpus();
  const today = guessLeaveOneOut(corpus, leaders, org, commands, GUESS_MARGIN);
  // The sealed batches (never trained on by any model): totals only, as for the rules.
  const sealedPresent = [...SEALED_SPLITS].filter((s) => corpus.some((c) => c.split === s));
  const sealed = guessLeaveOneOut(corpus, leaders, org, commands, GUESS_MARGIN, sealedPresent);
  // The rules as they were when each batch was first scored (tools/record-first-sight.ts).
  const first = firstSightGuess(corpus, leaders, org, commands, GUESS_MARGIN);
  data.commandGuess = { margin: GUESS_MARGIN, today, sealed, firstSight: first };
  // The blind batches one by one; the author's own check lines (b3z-, s5a- …) as one total.
  const blind = (r: GuessRow) => r.batch.startsWith("blind");
  const checks = first.filter((r) => !blind(r));
  return [
    ...today.map((r) => row(r, "today's rules")),
    ...sealed.map((r) => row(r, "today's rules (sealed batch)")),
    ...first.filter(blind).map((r) => row(r, `first-sight rules ${r.commit}`)),
    row(sumRows(`${checks.length} families of check lines`, checks), "first-sight rules"),
  ];
}

function row(r: GuessRow, rules: string): Row {
  return {
    bench: "understanding",
    figure: `${rules} + command guess, leave-one-batch-out, ${r.batch} (${r.n})`,
    value: pct(r.guessRight, r.n),
    baseline: pct(r.rulesRight, r.n),
    ratio: "",
    note: `baseline: the same rules alone; asked about the right command ${r.askedRight}, a wrong one ${r.askedWrong}; read-only run right ${r.ranRight}, wrong ${r.ranWrong}; wrong commands run ${r.rulesWrongRun} → ${r.guessWrongRun}; non-reports stored ${r.rulesStored} → ${r.guessStored}`,
  };
}

function pct(a: number, n: number): string {
  return n === 0 ? "—" : `${((100 * a) / n).toFixed(1)} % (${a}/${n})`;
}
