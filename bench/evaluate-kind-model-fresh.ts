/**
 * The learned clause-kind guess against the rules as they were when each check batch was written
 * (docs/extraction.md): the rules of the commit before the one that tuned them on that batch, with
 * and without a model trained on every other batch (14- and 21- left out of training). Read-only on git:
 * the old src/domain is unpacked with `git archive` into .fresh-rules/ and removed afterwards.
 *   npx tsx bench/evaluate-kind-model-fresh.ts
 */
import { parseOrg } from "../src/domain/org.js";
import { examplesOf, guesser, POLICY } from "../test/corpus/leave-one-out.js";
import { trainKindModel } from "../test/corpus/kind-model.js";
import { loadReports, type ReportCase } from "../test/corpus/load-reports.js";
import { scoreSplit } from "../test/corpus/score-extraction.js";
import { FIRST_SIGHT, freshRules, removeFreshRules } from "./lib/fresh-rules.js";

/** The round-three batches its table in docs/extraction.md reports (13-, 15-–19-). */
const FRESH = FIRST_SIGHT.filter(([batch]) => batch < "20-");

const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const all = loadReports();
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
let [n, r, m] = [0, 0, 0];
try {
  console.log("| 批次 | 当时的规则 | 分句 | 当时的规则 | 当时的规则+模型 |\n|---|---|---|---|---|");
  for (const [batch, commit] of FRESH) {
    const { extractUpdate } = await freshRules(commit);
    const model = trainKindModel(
      examplesOf(all.filter((c) => !c.id.startsWith(batch) && !/^(?:14|21)-/.test(c.id))),
    );
    const run = (guess?: ReturnType<typeof guesser>) => (c: ReportCase) => {
      const ex = extractUpdate(c.text, org, { today: c.date, time: c.time, ...(guess ? { guess } : {}) });
      return { clauses: ex.clauses ?? [], figures: ex.figures };
    };
    const test = all.filter((c) => c.id.startsWith(batch));
    const rules = await scoreSplit(test, run());
    const withModel = await scoreSplit(test, run(guesser(model, POLICY)));
    n += rules.clauses;
    r += rules.clausesRight;
    m += withModel.clausesRight;
    console.log(
      `| \`${batch}\` | ${commit} | ${rules.clauses} | ${pct(rules.clausesRight, rules.clauses)} | ${pct(withModel.clausesRight, rules.clauses)} |`,
    );
  }
  console.log(`| 合计 | | ${n} | ${pct(r, n)} | ${pct(m, n)} |`);
} finally {
  removeFreshRules();
}
