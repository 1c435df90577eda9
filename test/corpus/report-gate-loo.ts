import { reportOdds } from "../../src/conversation/report-odds.js";
import type { Command } from "../../src/conversation/types.js";
import type { Org } from "../../src/domain/org.js";
import { trainingLines, trainReportModel } from "./report-model.js";
import { classifyCase, type IntentCase, intentMatches } from "./score-intents.js";

/**
 * Leave-one-batch-out for the learned second opinion on reports (src/conversation/report-odds.ts):
 * for each batch, a model trained on every other batch (never on a sealed one) asks instead of
 * storing where the rules say report and its log-odds fall below the threshold. Aggregates only,
 * so sealed batches can take part.
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

/** A batch: a split, or within `tune` the family of its ids (t…, b3x-…, s5a-…). */
export const batchOf = (c: IntentCase): string =>
  c.split === "tune" ? (/^(?:t(?=\d)|[a-z]\d[a-z])/.exec(c.id)?.[0] ?? "t") : c.split;

export function gateLeaveOneOut(
  corpus: readonly IntentCase[],
  org: Org,
  commands: readonly Command[],
  threshold: number,
): GateRow[] {
  const rows: GateRow[] = [];
  const rules = new Map(corpus.map((c) => [c.id, classifyCase(c, org, commands, null)]));
  for (const batch of [...new Set(corpus.map(batchOf))]) {
    const model = trainReportModel(trainingLines(corpus.filter((c) => batchOf(c) !== batch)));
    const row: GateRow = { batch, n: 0, right: 0, stored: 0, caught: 0, asked: 0, after: 0 };
    for (const c of corpus.filter((x) => batchOf(x) === batch)) {
      row.n++;
      const got = rules.get(c.id)!;
      const ok = intentMatches(c.expect, got, c.context.awaiting);
      if (ok) row.right++;
      const isReport = c.expect.intent === "report";
      let after = ok;
      if (got.kind === "report") {
        const ask = reportOdds(c.text, model) < threshold;
        if (!isReport) row.stored++;
        if (ask && !isReport) row.caught++;
        if (ask && isReport) row.asked++;
        if (ask) after = c.expect.intent === "unclear";
      }
      if (after) row.after++;
    }
    rows.push(row);
  }
  return rows;
}
