/**
 * Leave-one-batch-out table for the learned second opinion on reports (docs/understanding.md):
 *   npx tsx bench/evaluate-report-gate.ts [threshold …] [--extra=fresh-lines.jsonl …]
 * Per batch: non-reports the rules would store, how many the gate asks about instead, real reports
 * it would ask about, accuracy without and with it. Aggregates only (sealed batches take part).
 */
import { ASK_BELOW } from "../src/conversation/report-odds.js";
import { type GateRow, gateLeaveOneOut } from "../test/corpus/report-gate-loo.js";
import { loadReports } from "../test/corpus/load-reports.js";
import { loadIntentCorpus } from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const args = process.argv.slice(2);
/** Files of fresh lines (not in the corpus), each a batch of its own. */
const extra = args.filter((a) => a.startsWith("--extra=")).map((a) => a.slice(8));
const thresholds = args.filter((a) => !a.startsWith("--")).map(Number);
if (thresholds.length === 0) thresholds.push(ASK_BELOW);
await withCorpusApp((app) => {
  const corpus = [...loadIntentCorpus(), ...extra.flatMap((f) => loadIntentCorpus(f))];
  const reports = loadReports();
  for (const th of thresholds) {
    const rows = gateLeaveOneOut(corpus, reports, app.services.org, app.engine.commands, th);
    console.log(`\nthreshold ${th}`);
    console.log("| 批次 | 条数 | 只用规则对 | 规则会误存 | 其中改为问 | 真填报被问 | 加上模型后对 |");
    console.log("|---|---|---|---|---|---|---|");
    const line = (r: GateRow) =>
      console.log(
        `| ${r.batch} | ${r.n} | ${r.right} | ${r.stored} | ${r.caught} | ${r.asked} | ${r.after} |`,
      );
    const tot: GateRow = { batch: "合计", n: 0, right: 0, stored: 0, caught: 0, asked: 0, after: 0 };
    for (const r of rows) {
      line(r);
      for (const k of ["n", "right", "stored", "caught", "asked", "after"] as const) tot[k] += r[k];
    }
    line(tot);
  }
});
