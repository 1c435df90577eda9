import { intentText } from "./intent-lexicon.js";
import shipped from "./report-model.json" with { type: "json" };

/**
 * A learned second opinion on whether a message reports work, consulted only where the rules
 * (work-content.ts) would store it: multinomial naive Bayes over the message's character
 * 1–3-grams (digits folded to 0, punctuation and emoji dropped) and a length bucket, trained on
 * the labelled intent corpus (report vs everything else) and, as a fixed share that does not grow
 * with the files, the extraction corpus's report messages (`npx tsx tools/train-report-model.ts`
 * writes report-model.json). Character n-grams reach past word lists: 「发没发」 shares 「没发」
 * with 「交没交」, 「别忘了」 with 「别忘记」. Where the two disagree strongly the bot asks
 * instead of storing (docs/understanding.md).
 */
export interface ReportModel {
  /** log P(report) − log P(other), before any feature. */
  prior: number;
  /** Per feature: log P(f | report) − log P(f | other), rounded. */
  weights: Record<string, number>;
}

/**
 * Below these log-odds of a report, a message the rules would store is asked about instead
 * (leave-one-batch-out over the open corpus: 6 real reports in ~5000 asked about at this threshold).
 */
export const ASK_BELOW = -5;

export function reportFeatures(text: string): string[] {
  const core = intentText(text).core.replace(/[0-9]+(?:\.[0-9]+)?/g, "0");
  const s = `^${core}$`;
  const out: string[] = [];
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n));
  const len = [...core].length;
  out.push(`#len:${len <= 4 ? "≤4" : len <= 8 ? "≤8" : len <= 14 ? "≤14" : len <= 24 ? "≤24" : ">24"}`);
  return out;
}

/** Log-odds that `text` is a report (positive: report). */
export function reportOdds(text: string, model: ReportModel = shipped): number {
  let score = model.prior;
  for (const f of reportFeatures(text)) score += model.weights[f] ?? 0;
  return score;
}

/**
 * Longer messages carry their own evidence (several clauses of work): the model is consulted
 * only up to this many characters (leave-one-batch-out: beyond it, it asked about real reports
 * and caught no stored chat).
 */
export const DOUBT_MAX_CHARS = 18;

/** Whether the model doubts a message the rules would store as a report. */
export function doubtsReport(text: string, model: ReportModel = shipped, threshold = ASK_BELOW): boolean {
  return [...intentText(text).core].length <= DOUBT_MAX_CHARS && reportOdds(text, model) < threshold;
}
