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
import type { ClauseKind } from "../src/domain/clause-kind.js";
import { extractUpdate as currentRules, type ExtractOptions } from "../src/domain/extract.js";
import { normalizeText } from "../src/domain/normalize.js";
import { parseOrg } from "../src/domain/org.js";
import { guessKind, type KindExample, type KindModel, trainKindModel } from "../test/corpus/kind-model.js";
import { loadReports, type ReportCase } from "../test/corpus/load-reports.js";
import { scoreSplit } from "../test/corpus/score-extraction.js";
import { FIRST_SIGHT, freshRules, removeFreshRules } from "./lib/fresh-rules.js";

const THRESHOLDS = [0, 1, 2, 3, 4, 6];
/** `--from-done`: the tie-break may only move a piece that would follow work done. */
const FROM_DONE = process.argv.includes("--from-done");

type Extract = typeof currentRules;
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const all = loadReports();

function grams(s: string): Map<string, number> {
  const t = normalizeText(s).replace(/[\s，,。；;：:！!？?、]/g, "");
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** The labelled kind of the clause a piece shares most character pairs with. */
function goldOf(c: ReportCase, piece: string): ClauseKind | undefined {
  const g = grams(piece);
  let best: { kind: ClauseKind; n: number } | undefined;
  for (const clause of c.clauses) {
    const h = grams(clause.text);
    let n = 0;
    for (const [k, v] of g) n += Math.min(v, h.get(k) ?? 0);
    if (n > 0 && (!best || n > best.n)) best = { kind: clause.kind, n };
  }
  return best?.kind;
}

/** The no-sign pieces of a batch as these rules read it, each with what the rules gave it and its label. */
function noSignPieces(extract: Extract, cases: readonly ReportCase[]): KindExample[] {
  const out: KindExample[] = [];
  for (const c of cases) {
    const guess: ExtractOptions["guess"] = (piece, prev, own) => {
      const kind = own === undefined ? goldOf(c, piece) : undefined;
      if (kind) out.push({ text: piece, prev, rule: prev ?? "done", kind });
      return undefined;
    };
    extract(c.text, org, { today: c.date, time: c.time, guess });
  }
  return out;
}

/** Where the rules find no sign, the model's kind when it is `margin` surer of it than of the rules' own. */
function tieBreak(model: KindModel, margin: number): NonNullable<ExtractOptions["guess"]> {
  return (piece, prev, own) => {
    if (own !== undefined) return undefined;
    const rule = prev ?? "done";
    // FROM_DONE: only a piece that would follow work done may become a problem or a plan.
    if (FROM_DONE && rule !== "done") return undefined;
    const g = guessKind(model, piece, prev, rule);
    return g.kind !== rule && g.margin >= margin ? g.kind : undefined;
  };
}

async function score(extract: Extract, cases: readonly ReportCase[], guess?: ExtractOptions["guess"]) {
  const s = await scoreSplit(cases, (c) => {
    const ex = extract(c.text, org, { today: c.date, time: c.time, ...(guess ? { guess } : {}) });
    return { clauses: ex.clauses ?? [], figures: ex.figures };
  });
  return { right: s.clausesRight, of: s.clauses };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
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
