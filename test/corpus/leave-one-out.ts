import { type KindExample, type KindModel, guessKind, trainKindModel } from "./kind-model.js";
import { type ExtractOptions, extractUpdate } from "../../src/domain/extract.js";
import { parseOrg } from "../../src/domain/org.js";
import type { ReportCase } from "./load-reports.js";
import { type Score, scoreSplit } from "./score-extraction.js";

/**
 * Leave-one-batch-out for the learned clause-kind guess: for each batch file, train on every
 * other file and score that file with the rules alone and with rules + model, in the same run.
 * Only aggregates are returned (no per-message misses), so the never-examined batch can take part.
 */

const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});

/** A message's labelled clauses as comma pieces, each with its clause's kind and the kind before it. */
export function examplesOf(cases: readonly ReportCase[]): KindExample[] {
  const out: KindExample[] = [];
  for (const c of cases) {
    let prev: KindExample["prev"];
    for (const clause of c.clauses)
      for (const piece of clause.text.split(/[，,\n]/)) {
        if (!/[\u4e00-\u9fff]/.test(piece)) continue;
        out.push({ text: piece, kind: clause.kind, prev });
        prev = clause.kind;
      }
  }
  return out;
}

export interface GuessPolicy {
  /** Margin the model needs where the rules find no sign. */
  bare: number;
  /** Margin the model needs to overrule a piece the rules call done (Infinity: never). */
  overDone: number;
  /** Only move a piece away from done (never overrule a plan or problem the piece follows). */
  promoteOnly?: boolean;
}

export const POLICY: GuessPolicy = { bare: 4, overDone: 8 };

export function guesser(
  model: KindModel,
  policy: GuessPolicy = POLICY,
): NonNullable<ExtractOptions["guess"]> {
  return (piece, prev, own) => {
    const g = guessKind(model, piece, prev);
    const need = own === undefined ? policy.bare : policy.overDone;
    if (
      policy.promoteOnly &&
      (g.kind === "done" || (own === undefined && prev !== undefined && prev !== "done"))
    )
      return undefined;
    return g.margin >= need && g.kind !== own ? g.kind : undefined;
  };
}

export function extractWith(guess?: ExtractOptions["guess"]) {
  return (c: ReportCase) => {
    const ex = extractUpdate(c.text, org, { today: c.date, time: c.time, ...(guess ? { guess } : {}) });
    return { clauses: ex.clauses ?? [], figures: ex.figures };
  };
}

export interface BatchResult {
  batch: string;
  rules: Score;
  withModel: Score;
  /** The model alone on the labelled clauses (given the labelled kind before each): right of all. */
  modelAlone: { right: number; clauses: number };
}

const batchOf = (c: ReportCase) => c.id.split(":")[0] ?? "";

/** Per batch file: rules alone vs rules + a model trained on every other batch. */
export async function leaveOneOut(
  all: readonly ReportCase[],
  policy: GuessPolicy = POLICY,
): Promise<BatchResult[]> {
  const batches = [...new Set(all.map(batchOf))].sort();
  const out: BatchResult[] = [];
  for (const batch of batches) {
    const test = all.filter((c) => batchOf(c) === batch);
    const model = trainKindModel(examplesOf(all.filter((c) => batchOf(c) !== batch)));
    const rules = await scoreSplit(test, extractWith());
    const withModel = await scoreSplit(test, extractWith(guesser(model, policy)));
    rules.misses = [];
    withModel.misses = [];
    const modelAlone = { right: 0, clauses: 0 };
    for (const c of test) {
      let prev: KindExample["prev"];
      for (const clause of c.clauses) {
        modelAlone.clauses++;
        if (guessKind(model, clause.text, prev).kind === clause.kind) modelAlone.right++;
        prev = clause.kind;
      }
    }
    out.push({ batch, rules, withModel, modelAlone });
  }
  return out;
}
