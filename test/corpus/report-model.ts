import { countTwoClass, type TwoClassCounts, trainTwoClass, trainWithout } from "./two-class-bayes.js";
import { type ReportModel, reportFeatures } from "../../src/conversation/report-odds.js";
import { createHash } from "node:crypto";
import type { ReportCase } from "./load-reports.js";
import { type IntentCase, UNTRAINED_SPLITS } from "./score-intents.js";

/**
 * Training for the learned second opinion on reports (src/conversation/report-odds.ts):
 * multinomial naive Bayes, add-α smoothing, features seen fewer than `minCount` times dropped.
 * Deterministic: the same lines give the same weights.
 */
export interface ReportExample {
  text: string;
  report: boolean;
}

const ALPHA = 0.5;
const MIN_COUNT = 2;

export function trainReportModel(examples: readonly ReportExample[]): ReportModel {
  return trainTwoClass(
    examples.map((e) => ({ first: e.report, features: reportFeatures(e.text) })),
    ALPHA,
    MIN_COUNT,
  );
}

/** Counts of report examples (features read once), for training many models on parts of them. */
export function countReportExamples(examples: readonly ReportExample[]): TwoClassCounts {
  return countTwoClass(examples.map((e) => ({ first: e.report, features: reportFeatures(e.text) })));
}

/** The model trained on what `all` counted except what `part` counted (trainReportModel on the rest). */
export function reportModelWithout(all: TwoClassCounts, part: TwoClassCounts): ReportModel {
  return trainWithout(all, part, ALPHA, MIN_COUNT);
}

/**
 * The lines the shipped model learns from: every labelled intent line outside the sealed batches,
 * and every message of the extraction corpus (test/corpus/reports/, a report when it has a clause
 * of work). Intent lines that carry report text as something else — the new text of an edit, a
 * guided answer, 修改 N 新内容 — are left out: their words are a report's, their label is not.
 */
export function trainingLines(
  corpus: readonly IntentCase[],
  reports: ReadonlyArray<Pick<ReportCase, "id" | "split" | "text" | "clauses">> = [],
): ReportExample[] {
  const lines = corpus
    .filter((c) => !UNTRAINED_SPLITS.has(c.split) && !carriesReportText(c))
    .map((c) => ({ text: c.text, report: c.expect.intent === "report" }));
  return [
    ...lines,
    ...reports.filter(learnable).map((r) => ({ text: r.text, report: r.clauses.length > 0 })),
  ];
}

/** Report messages outside the batches the extraction work keeps unseen (blind files, 14-). */
export function learnable(r: Pick<ReportCase, "id" | "split">): boolean {
  return r.split !== "blind" && !r.id.startsWith("14-");
}

export function carriesReportText(c: IntentCase): boolean {
  const e = c.expect;
  if (e.intent === "answer" && e.answer === "text") return true;
  return (
    e.intent === "command" && (e.command === "修改" || e.command === "改写") && (e.args ?? "").length > 4
  );
}

/**
 * A digest of the intent lines the model learns from, kept in report-model.json: the test fails
 * when intents.jsonl changed and the model was not retrained. (Edits to the extraction corpus,
 * which other work touches, only shift the weights a little and do not fail it.)
 */
export function intentsDigest(corpus: readonly IntentCase[]): string {
  const lines = trainingLines(corpus).map((l) => `${l.report ? 1 : 0}\t${l.text}`);
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}
