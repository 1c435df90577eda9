/**
 * The learned clause-kind guess as a tie-break (docs/extraction.md, 第五轮): asked only where the
 * rules find no sign in a piece (they let it follow the piece before), with the rules' own
 * decision among its features, and trained only on batches as the rules first saw them — each
 * check batch run through the rules of the commit before anyone tuned on it (13-, 15-–20-, 22-).
 * Leave one batch out: train on the others' no-sign pieces, score the batch with its first-sight
 * rules alone and with the tie-break, same run. Then the tie-break trained on all of them, on the
 * current rules' tuned and held-out parts: it is kept only if it helps on first sight without
 * hurting there. 14- and 21- take no part (never examined). Aggregates only.
 *   npx tsx bench/evaluate-kind-tiebreak.ts [--from-done]
 */
import { extractUpdate as currentRules } from "../src/domain/extract.js";
import { type KindExample, trainKindModel } from "../test/corpus/kind-model.js";
import { loadReports, type ReportCase } from "../test/corpus/load-reports.js";
import { FIRST_SIGHT, freshRules, removeFreshRules } from "./lib/fresh-rules.js";
import {
  clausesRight as score,
  type Extract,
  noSignPieces,
  pct,
  tieBreak as tieBreakOf,
} from "./lib/kind-tiebreak.js";

const THRESHOLDS = [0, 1, 2, 3, 4, 6];
/** `--from-done`: the tie-break may only move a piece that would follow work done. */
const FROM_DONE = process.argv.includes("--from-done");

const all = loadReports();
const tieBreak = (model: Parameters<typeof tieBreakOf>[0], margin: number) =>
  tieBreakOf(model, margin, FROM_DONE);

try {
  const rulesOf = new Map<string, Extract>();
  const pieces = new Map<string, KindExample[]>();
  for (const [batch, commit] of FIRST_SIGHT) {
    const { extractUpdate } = await freshRules(commit);
    rulesOf.set(batch, extractUpdate);
    pieces.set(
      batch,
      noSignPieces(
        extractUpdate,
        all.filter((c) => c.id.startsWith(batch)),
      ),
    );
  }
  const totals = new Map<number, number>(THRESHOLDS.map((t) => [t, 0]));
  let [n, alone] = [0, 0];
  console.log(
    `| 批次 | 当时的规则 | 无标志小句 | 分句 | 只用规则 | ${THRESHOLDS.map((t) => `把握≥${t}`).join(" | ")} |`,
  );
  console.log(`|---|---|---|---|---|${THRESHOLDS.map(() => "---").join("|")}|`);
  for (const [batch, commit] of FIRST_SIGHT) {
    const model = trainKindModel([...pieces].filter(([b]) => b !== batch).flatMap(([, p]) => p));
    const cases = all.filter((c) => c.id.startsWith(batch));
    const rules = rulesOf.get(batch)!;
    const base = await score(rules, cases);
    n += base.of;
    alone += base.right;
    const cells: string[] = [];
    for (const t of THRESHOLDS) {
      const s = await score(rules, cases, tieBreak(model, t));
      totals.set(t, (totals.get(t) ?? 0) + s.right);
      cells.push(pct(s.right, s.of));
    }
    console.log(
      `| \`${batch}\` | ${commit} | ${pieces.get(batch)?.length} | ${base.of} | ${pct(base.right, base.of)} | ${cells.join(" | ")} |`,
    );
  }
  console.log(
    `| 合计 | | ${[...pieces.values()].reduce((a, p) => a + p.length, 0)} | ${n} | ${pct(alone, n)} | ${THRESHOLDS.map((t) => pct(totals.get(t)!, n)).join(" | ")} |`,
  );

  // Trained on every first-sight batch, on the current rules.
  const model = trainKindModel([...pieces.values()].flat());
  const parts: [string, ReportCase[]][] = [
    ["调参部分", all.filter((c) => c.split === "tune")],
    ["留出部分", all.filter((c) => c.split === "heldout")],
    ["`13-` `20-` `22-`（调过）", all.filter((c) => /^(?:13|20|22)-/.test(c.id))],
  ];
  console.log(`\n| 现在的规则 | 分句 | 只用规则 | ${THRESHOLDS.map((t) => `把握≥${t}`).join(" | ")} |`);
  console.log(`|---|---|---|${THRESHOLDS.map(() => "---").join("|")}|`);
  for (const [name, cases] of parts) {
    const base = await score(currentRules, cases);
    const cells: string[] = [];
    for (const t of THRESHOLDS)
      cells.push(pct((await score(currentRules, cases, tieBreak(model, t))).right, base.of));
    console.log(`| ${name} | ${base.of} | ${pct(base.right, base.of)} | ${cells.join(" | ")} |`);
  }
} finally {
  removeFreshRules();
}
