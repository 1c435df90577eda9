/**
 * Leave-one-batch-out table for the learned command guess (docs/understanding.md):
 *   npx tsx bench/evaluate-command-guess.ts [margin …] [--help-more=1.5,0] [--today]
 * (--help-more: what 帮助 needs beyond the margin, each value its own table; --today: no first-sight table.)
 * Per blind batch: right by the rules alone and with the guess (a guess trained on every other
 * open line), turns asked about the right / a wrong command, read-only commands run right /
 * wrong, non-reports stored. Aggregates only.
 */
import { GUESS_MARGIN, HELP_MORE } from "../src/conversation/command-guess.js";
import { type GuessRow, guessLeaveOneOutByHelp, sumRows } from "../test/corpus/command-guess-loo.js";
import { batchOf } from "../test/corpus/report-gate-loo.js";
import { firstSightGuess } from "../test/corpus/first-sight.js";
import { loadIntentCorpus, SEALED_SPLITS } from "../test/corpus/score-intents.js";
import { loadLeaderCorpus } from "../test/corpus/score-leader.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const args = process.argv.slice(2);
const margins = args.filter((a) => !a.startsWith("--")).map(Number);
if (margins.length === 0) margins.push(GUESS_MARGIN);
const helpArg = args.find((a) => a.startsWith("--help-more="))?.slice("--help-more=".length);
const helpMores = helpArg ? helpArg.split(",").map(Number) : [HELP_MORE];
const todayOnly = args.includes("--today");
await withCorpusApp((app) => {
  const corpus = loadIntentCorpus();
  const leaders = loadLeaderCorpus();
  for (const m of margins) {
    // Today's rules on every open batch: the blind ones and the families of check lines (batchOf).
    const open = [...new Set(corpus.filter((c) => !SEALED_SPLITS.has(c.split as never)).map(batchOf))];
    const tables = guessLeaveOneOutByHelp(
      corpus,
      leaders,
      app.services.org,
      app.engine.commands,
      m,
      open,
      helpMores,
    );
    helpMores.forEach((help, i) => {
      printTable(`margin ${m} (帮助 +${help}), today's rules`, tables[i]!);
    });
    if (todayOnly) continue;
    const first = firstSightGuess(corpus, leaders, app.services.org, app.engine.commands, m);
    printTable(
      `margin ${m}, the rules at first sight (${first.map((r) => `${r.batch} ${r.commit}`).join(", ")})`,
      first,
    );
  }
});

function printTable(title: string, rows: GuessRow[]): void {
  console.log(`\n${title}`);
  console.log(
    "| 批次 | 条数 | 只用规则对 | 加猜测后对 | 问对了命令 | 问错了命令 | 只读命令执行对/错 | 执行错的命令（规则→加猜测） | 误存 |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  const blind = rows.filter((r) => r.batch.startsWith("blind"));
  const checks = rows.filter((r) => !r.batch.startsWith("blind"));
  const lines = [...blind, sumRows("盲写批合计", blind)];
  if (checks.length > 0) lines.push(...checks, sumRows("其余各批合计", checks), sumRows("合计", rows));
  for (const r of lines)
    console.log(
      `| ${r.batch} | ${r.n} | ${r.rulesRight} | ${r.guessRight} | ${r.askedRight} | ${r.askedWrong} | ${r.ranRight}/${r.ranWrong} | ${r.rulesWrongRun}→${r.guessWrongRun} | ${r.rulesStored}→${r.guessStored} |`,
    );
}
