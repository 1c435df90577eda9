import { intentText } from "../../src/conversation/intent-lexicon.js";
import { doubtsReport } from "../../src/conversation/report-odds.js";
import type { Command } from "../../src/conversation/types.js";
import { judgeWork } from "../../src/conversation/work-content.js";
import type { Org } from "../../src/domain/org.js";
import type { ReportCase } from "./load-reports.js";
import {
  countReportSources,
  learnable,
  type ReportWeighting,
  reportModelFrom,
  trainingSources,
  WEIGHTING,
} from "./report-model.js";
import { classifyCase, type IntentCase, intentMatches, sectionsOf } from "./score-intents.js";

/**
 * Leave-one-batch-out for the learned second opinion on reports (src/conversation/report-odds.ts):
 * for each batch — a split or family of intent lines, or a file of the extraction corpus — a model
 * trained on every other batch (never on a sealed one) asks instead of storing where the rules
 * say report and its log-odds fall below the threshold. Aggregates only, so sealed batches can
 * take part.
 */
export interface GateRow {
  batch: string;
  n: number;
  /** Right by the rules alone. */
  right: number;
  /** Labelled other than report, stored by the rules. */
  stored: number;
  /** Of those, asked about with the gate. */
  caught: number;
  /** Labelled report, stored by the rules, asked about with the gate. */
  asked: number;
  /** Right with the gate. */
  after: number;
}

/** A batch: a split, or within `tune` the family of its ids (t…, b3x-…, s5a-…, s10b-…). */
export const batchOf = (c: IntentCase): string =>
  c.split === "tune" ? (/^(?:t(?=\d)|[a-z]\d{1,2}[a-z])/.exec(c.id)?.[0] ?? "t") : c.split;
const fileOf = (r: ReportCase) => r.id.split(":")[0] ?? "";

interface Item {
  batch: string;
  text: string;
  report: boolean;
  /** The rules store it. */
  stored: boolean;
  /** Right by the rules; what is right when asked instead. */
  ok: boolean;
  okAsked: boolean;
}

export function gateLeaveOneOut(
  corpus: readonly IntentCase[],
  reports: readonly ReportCase[],
  org: Org,
  commands: readonly Command[],
  threshold: number,
  /** How the sources are weighed, and which report files may be trained on (all learnable ones). */
  opts: { weighting?: ReportWeighting; trainOn?: (r: ReportCase) => boolean } = {},
): GateRow[] {
  const weighting = opts.weighting ?? WEIGHTING;
  const trainOn = (r: ReportCase) => learnable(r) && (opts.trainOn?.(r) ?? true);
  const items: Item[] = corpus.map((c) => {
    const got = classifyCase(c, org, commands, null);
    return {
      batch: batchOf(c),
      text: c.text,
      report: c.expect.intent === "report",
      stored: got.kind === "report",
      ok: intentMatches(c.expect, got, c.context.awaiting, sectionsOf(c, org)),
      okAsked: c.expect.intent === "unclear",
    };
  });
  for (const r of reports) {
    const t = intentText(r.text);
    const stored = judgeWork(t.norm, t.core) === "report";
    const report = r.clauses.length > 0;
    items.push({ batch: fileOf(r), text: r.text, report, stored, ok: stored === report, okAsked: !report });
  }
  // Features are read once: the model without a batch is counted as all counts minus the batch's
  // (the same weights as training on every other batch, without recounting ~250 times).
  const trainedOn = (batch: string) =>
    trainingSources(
      corpus.filter((c) => batchOf(c) === batch),
      reports.filter((r) => fileOf(r) === batch && trainOn(r)),
    );
  const all = countReportSources(trainingSources(corpus, reports.filter(trainOn)));
  const rows: GateRow[] = [];
  for (const batch of [...new Set(items.map((i) => i.batch))]) {
    const model = reportModelFrom(all, countReportSources(trainedOn(batch)), weighting);
    const row: GateRow = { batch, n: 0, right: 0, stored: 0, caught: 0, asked: 0, after: 0 };
    for (const it of items.filter((x) => x.batch === batch)) {
      row.n++;
      if (it.ok) row.right++;
      let after = it.ok;
      if (it.stored) {
        const ask = doubtsReport(it.text, model, threshold);
        if (!it.report) row.stored++;
        if (ask && !it.report) row.caught++;
        if (ask && it.report) row.asked++;
        if (ask) after = it.okAsked;
      }
      if (after) row.after++;
    }
    rows.push(row);
  }
  return rows;
}
