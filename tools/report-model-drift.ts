/**
 * Does the learned second opinion on reports (src/conversation/report-odds.ts) drift with how much
 * extraction material there is? For each weighting of the two sources (test/corpus/report-model.ts),
 * trains with every learnable report file and without the newest ones, and prints on the OPEN
 * material only (sealed splits and sealed report files never take part, not even as totals):
 *
 *   - the leave-one-batch-out gate (test/corpus/report-gate-loo.ts) over the open batches;
 *   - the open intent splits classified plain with each model (correct, non-reports stored);
 *   - how far the log-odds of the open lines the rules would store move, and how many gate
 *     decisions flip, when the newest files are left out.
 *
 *   npx tsx tools/report-model-drift.ts                       (the shipped weighting)
 *   npx tsx tools/report-model-drift.ts pooled intent:0.5:even --drop=e8-,e9-,f1-
 *
 * A weighting is `pooled` (one for one, the old training) or `prior:share[:new]` with prior
 * intent|pooled|even, share the extraction messages' mass per intent report mass, and `new` for
 * the extraction messages weighing only features the intent lines lack.
 */
import type { Intent } from "../src/conversation/types.js";
import { ASK_BELOW, doubtsReport, type ReportModel, reportOdds } from "../src/conversation/report-odds.js";
import { type ReportCase, loadReports } from "../test/corpus/load-reports.js";
import { batchOf, gateLeaveOneOut } from "../test/corpus/report-gate-loo.js";
import {
  type ReportWeighting,
  trainingSources,
  trainReportModel,
  WEIGHTING,
} from "../test/corpus/report-model.js";
import {
  classifyCase,
  intentMatches,
  loadIntentCorpus,
  SEALED_SPLITS,
  sectionsOf,
} from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

/** Report files sealed by the rounds' rules (never scored here, even as totals). */
const SEALED_FILE =
  /^(14|21|29|36|51|52|57|58|63|64|69|70|75|76|81|82|87|88|95|96|b1|b2|b3|b5|b6|b7|b9|d0|d4|d5|d6|d7|g0|g2|g5|g7|g9|i5|i6|i9|j0|j2|k3|k4|k5|k6|k7|k8|k9)-/;

const args = process.argv.slice(2);
const drop = (args.find((a) => a.startsWith("--drop="))?.slice(7) ?? "e8-,e9-,f1-").split(",");
const parse = (a: string): ReportWeighting => {
  if (a === "pooled") return { extractionShare: null, prior: "pooled" };
  const [prior, share, newOnly] = a.split(":");
  return { prior: prior as ReportWeighting["prior"], extractionShare: Number(share), newOnly: newOnly === "new" };
};
const weightings = args.filter((a) => !a.startsWith("--")).map(parse);
if (weightings.length === 0) weightings.push(WEIGHTING);
const name = (w: ReportWeighting) =>
  w.extractionShare === null ? "pooled" : `${w.prior}:${w.extractionShare}${w.newOnly ? ":new" : ""}`;

const corpus = loadIntentCorpus();
const open = corpus.filter((c) => !SEALED_SPLITS.has(c.split as never));
const reports = loadReports().filter((r) => !SEALED_FILE.test(r.id));
const kept = (r: ReportCase) => !drop.some((p) => r.id.startsWith(p));

await withCorpusApp((app) => {
  const org = app.services.org;
  const commands = app.engine.commands;
  // Each open line classified once without the gate and once gated: any model's verdict is one of the two.
  const lines = open.map((c) => {
    let asked: string | undefined;
    const plain = classifyCase(c, org, commands, null);
    const gated = classifyCase(c, org, commands, (t) => {
      asked = t;
      return true;
    });
    const ok = (got: Intent) => intentMatches(c.expect, got, c.context.awaiting, sectionsOf(c, org), org.sections);
    return { c, asked, plain, gated, okPlain: ok(plain), okGated: ok(gated) };
  });
  const score = (model: ReportModel) => {
    let right = 0;
    let stored = 0;
    for (const l of lines) {
      const ask = l.asked !== undefined && doubtsReport(l.asked, model);
      if (ask ? l.okGated : l.okPlain) right++;
      if (!ask && l.plain.kind === "report" && l.c.expect.intent !== "report") stored++;
    }
    return `${right}/${lines.length} right, ${stored} non-reports stored`;
  };
  const loo = (w: ReportWeighting, trainOn?: (r: ReportCase) => boolean) => {
    const rows = gateLeaveOneOut(open, reports, org, commands, ASK_BELOW, {
      weighting: w,
      ...(trainOn ? { trainOn } : {}),
    });
    const t = { n: 0, stored: 0, caught: 0, asked: 0, after: 0 };
    for (const r of rows) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += r[k];
    return `${t.after}/${t.n} right, caught ${t.caught}/${t.stored} wrongly stored, asked ${t.asked} real reports`;
  };
  console.log(`open: ${open.length} intent lines in ${new Set(open.map(batchOf)).size} batches, ${reports.length} report messages; dropped: ${drop.join(" ")}`);
  for (const w of weightings) {
    const all = trainReportModel(trainingSources(corpus, loadReports()), w);
    const less = trainReportModel(trainingSources(corpus, loadReports().filter(kept)), w);
    let moved = 0;
    let shift = 0;
    let flips = 0;
    let n = 0;
    let chat = 0;
    let chatShift = 0;
    for (const l of lines) {
      if (l.asked === undefined) continue;
      n++;
      const d = reportOdds(l.asked, all) - reportOdds(l.asked, less);
      if (l.c.expect.intent !== "report") {
        chat++;
        chatShift += d;
      }
      shift += d;
      moved += Math.abs(d);
      if (doubtsReport(l.asked, all) !== doubtsReport(l.asked, less)) flips++;
    }
    console.log(`\n${name(w)}  prior ${all.prior} (without: ${less.prior})`);
    console.log(`  LOO, all files:     ${loo(w)}`);
    console.log(`  LOO, without drop:  ${loo(w, kept)}`);
    console.log(`  plain, all files:   ${score(all)}`);
    console.log(`  plain, without:     ${score(less)}`);
    console.log(
      `  ${n} lines the rules store: log-odds moved by the dropped files ${(shift / n).toFixed(3)} on average (|·| ${(moved / n).toFixed(3)}), ${flips} gate decisions flip; on the ${chat} non-reports among them ${(chatShift / Math.max(1, chat)).toFixed(3)}`,
    );
  }
});
