import {
  countsWithout,
  countTwoClass,
  type TwoClassCounts,
  weighBackedOff,
  weighScaled,
} from "./two-class-bayes.js";
import { type ReportModel, reportFeatures } from "../../src/conversation/report-odds.js";
import { createHash } from "node:crypto";
import { featuresDigest } from "./features-digest.js";
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

/**
 * How the two sources are weighed. The extraction corpus's messages are many, long and nearly all
 * reports: pooled one for one with the intent lines, every report file added tilted short chat
 * toward "report" (round 28: three files, 89 messages, stored three more chats in sealed splits).
 * `extractionShare`: the extraction messages' feature mass as a fixed share of the intent lines'
 * report mass, however many files there are (null: pooled one for one, the old training).
 * `prior`: from the intent lines alone (the messages the bot is actually sent), from both pooled,
 * or even. `newOnly`: the extraction messages weigh only features the intent lines saw too rarely
 * to weigh themselves (the intent lines, both classes, decide the rest).
 */
export interface ReportWeighting {
  extractionShare: number | null;
  prior: "intent" | "pooled" | "even";
  newOnly?: boolean;
}

export const WEIGHTING: ReportWeighting = { extractionShare: 0.5, prior: "intent" };

/** The training examples by source: intent lines, and messages of the extraction corpus. */
export interface ReportSources<T> {
  intent: T;
  extraction: T;
}

const count = (examples: readonly ReportExample[]): TwoClassCounts =>
  countTwoClass(examples.map((e) => ({ first: e.report, features: reportFeatures(e.text) })));

/** Counts of each source (features read once), for training many models on parts of them. */
export function countReportSources(
  s: ReportSources<readonly ReportExample[]>,
): ReportSources<TwoClassCounts> {
  return { intent: count(s.intent), extraction: count(s.extraction) };
}

function mass(c: TwoClassCounts, cls: 0 | 1 | "both"): number {
  let m = 0;
  for (const v of c.counts.values()) m += cls === "both" ? v[0] + v[1] : v[cls];
  return m;
}

/** The model from counted sources, less `part` (a subset of the same examples) when given. */
export function reportModelFrom(
  all: ReportSources<TwoClassCounts>,
  part?: ReportSources<TwoClassCounts>,
  w: ReportWeighting = WEIGHTING,
): ReportModel {
  const intent = part ? countsWithout(all.intent, part.intent) : all.intent;
  const extraction = part ? countsWithout(all.extraction, part.extraction) : all.extraction;
  const ext = mass(extraction, "both");
  const scale = w.extractionShare === null || ext === 0 ? 1 : (w.extractionShare * mass(intent, 0)) / ext;
  const [ri, oi] = intent.docs;
  const [re, oe] = extraction.docs;
  const prior =
    w.prior === "even"
      ? 0
      : w.prior === "intent"
        ? Math.log((ri + 1) / (oi + 1))
        : Math.log((ri + scale * re + 1) / (oi + scale * oe + 1));
  if (w.newOnly) return weighBackedOff(intent, extraction, scale, prior, ALPHA, MIN_COUNT);
  return weighScaled(
    [
      { counts: intent, scale: 1 },
      { counts: extraction, scale },
    ],
    prior,
    ALPHA,
    MIN_COUNT,
    // Weighed, the class totals count every feature (the share stays the share whatever is dropped
    // as rare) and the pseudo-counts spread over the intent lines' vocabulary: more report files add
    // features without thinning every other feature's probability.
    w.extractionShare === null
      ? undefined
      : {
          totals: [
            mass(intent, 0) + scale * mass(extraction, 0),
            mass(intent, 1) + scale * mass(extraction, 1),
          ],
          vocabulary: known(intent),
        },
  );
}

/** How many features a source saw at least MIN_COUNT times. */
function known(c: TwoClassCounts): number {
  let n = 0;
  for (const v of c.counts.values()) if (v[0] + v[1] >= MIN_COUNT) n++;
  return n;
}

/** Multinomial naive Bayes on both sources, weighed as WEIGHTING says; keys sorted (deterministic). */
export function trainReportModel(
  s: ReportSources<readonly ReportExample[]>,
  w: ReportWeighting = WEIGHTING,
): ReportModel {
  const m = reportModelFrom(countReportSources(s), undefined, w);
  const weights: Record<string, number> = {};
  for (const f of Object.keys(m.weights).sort((a, b) => (a < b ? -1 : 1))) weights[f] = m.weights[f]!;
  return { prior: m.prior, weights };
}

/**
 * The lines the shipped model learns from: every labelled intent line outside the sealed batches,
 * and every message of the extraction corpus (test/corpus/reports/, a report when it has a clause
 * of work). Intent lines that carry report text as something else — the new text of an edit, a
 * guided answer, 修改 N 新内容 — are left out: their words are a report's, their label is not.
 */
export function trainingSources(
  corpus: readonly IntentCase[],
  reports: ReadonlyArray<Pick<ReportCase, "id" | "split" | "text" | "clauses">> = [],
  untrained: ReadonlySet<string> = UNTRAINED_SPLITS,
): ReportSources<ReportExample[]> {
  return {
    intent: corpus
      .filter((c) => !untrained.has(c.split) && !carriesReportText(c))
      .map((c) => ({ text: c.text, report: c.expect.intent === "report" })),
    extraction: reports.filter(learnable).map((r) => ({ text: r.text, report: r.clauses.length > 0 })),
  };
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
  const lines = trainingSources(corpus).intent.map((l) => `${l.report ? 1 : 0}\t${l.text}`);
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

/**
 * A digest of the intent lines as features (features-digest.ts), kept in report-model.json as `features`:
 * the test fails when a fold or reportFeatures changes what a training line turns into. The extraction
 * corpus's messages are left out, as in intentsDigest.
 */
export function reportFeaturesDigest(corpus: readonly IntentCase[]): string {
  return featuresDigest(
    trainingSources(corpus).intent.map((l) => ({
      label: l.report ? "report" : "other",
      features: reportFeatures(l.text),
    })),
  );
}
