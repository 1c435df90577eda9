/**
 * Leave-one-batch-out table for the learned clause-kind guess (docs/extraction.md):
 *   npx tsx bench/evaluate-kind-model.ts [bare overDone]
 * Prints clause-kind accuracy per batch file, rules alone vs rules + model, and the totals
 * with and without the never-examined batch 14-. Aggregates only.
 */
import { loadReports } from "../test/corpus/load-reports.js";
import { POLICY, leaveOneOut } from "../test/corpus/leave-one-out.js";

const [bare, overDone, promote] = process.argv.slice(2).map(Number);
const policy = {
  promoteOnly: promote === 1,
  bare: bare ?? POLICY.bare,
  overDone: overDone === undefined || Number.isNaN(overDone) ? POLICY.overDone : overDone,
};
const rows = await leaveOneOut(loadReports(), policy);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const HIDDEN = "14-";
let [n, r, m, a, n14, r14, m14, a14] = [0, 0, 0, 0, 0, 0, 0, 0];
console.log(`policy bare=${policy.bare} overDone=${policy.overDone}`);
console.log("| 批次 | 分句 | 只用规则 | 规则+模型 | 只用模型（按标注分句） |");
console.log("|---|---|---|---|---|");
for (const row of rows) {
  const c = row.rules.clauses;
  if (row.batch.startsWith(HIDDEN)) {
    [n14, r14, m14, a14] = [c, row.rules.clausesRight, row.withModel.clausesRight, row.modelAlone.right];
    continue;
  }
  n += c;
  r += row.rules.clausesRight;
  m += row.withModel.clausesRight;
  a += row.modelAlone.right;
  console.log(
    `| \`${row.batch}\` | ${c} | ${pct(row.rules.clausesRight, c)} | ${pct(row.withModel.clausesRight, c)} | ${pct(row.modelAlone.right, row.modelAlone.clauses)} |`,
  );
}
console.log(`| 除 14- 外合计 | ${n} | ${pct(r, n)} | ${pct(m, n)} | ${pct(a, n)} |`);
if (process.env.SHOW_HELDOUT === "1")
  console.log(`| \`14-\`（只报总数） | ${n14} | ${pct(r14, n14)} | ${pct(m14, n14)} | ${pct(a14, n14)} |`);
