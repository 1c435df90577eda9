import type { ClauseKind } from "../../src/domain/clause-kind.js";
import { normalizeText } from "../../src/domain/normalize.js";

/**
 * A small learned guess at a clause's kind, for the pieces the rules find no sign in: multinomial
 * naive Bayes over character 1–3-grams of the piece (digits folded to 0) plus the kind of the
 * piece before it. Character n-grams generalise past word lists (「吃不透」 shares 「不透」 with
 * 「摸不透」). Training is deterministic: same examples, same weights.
 */

export const KINDS: readonly ClauseKind[] = ["done", "problem", "plan"];

export interface KindExample {
  text: string;
  kind: ClauseKind;
  /** The kind of the piece before it in the message, if any. */
  prev?: ClauseKind;
  /** What the rules decided for it, when that is a feature (the tie-break, bench/evaluate-kind-tiebreak.ts). */
  rule?: ClauseKind;
}

/** Trained weights: per feature, log P(feature | kind) for done, problem, plan (rounded). */
export interface KindModel {
  prior: [number, number, number];
  weights: Record<string, [number, number, number]>;
}

export function features(text: string, prev?: ClauseKind, rule?: ClauseKind): string[] {
  const t = normalizeText(text)
    .replace(/[0-9０-９]+(?:\.[0-9]+)?/g, "0")
    .replace(
      /[\s，,。；;：:！!？?、“”"「」『』《》（）()【】]|\p{Extended_Pictographic}|\uFE0F|\u200D/gu,
      "",
    );
  const out: string[] = [];
  const s = `^${t}$`;
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n));
  out.push(`#prev:${prev ?? "none"}`);
  if (rule) out.push(`#rule:${rule}`, `#prev-rule:${prev ?? "none"}-${rule}`);
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Train on labelled pieces; features seen fewer than `minCount` times are dropped (keeps it small). */
export function trainKindModel(examples: readonly KindExample[], alpha = 0.5, minCount = 2): KindModel {
  const counts = new Map<string, [number, number, number]>();
  const docs: [number, number, number] = [0, 0, 0];
  for (const e of examples) {
    const k = KINDS.indexOf(e.kind) as 0 | 1 | 2;
    docs[k]++;
    for (const f of features(e.text, e.prev, e.rule)) {
      const c = counts.get(f) ?? [0, 0, 0];
      counts.set(f, c);
      c[k]++;
    }
  }
  const kept = [...counts]
    .filter(([, c]) => c[0] + c[1] + c[2] >= minCount)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const totals: [number, number, number] = [0, 0, 0];
  for (const [, c] of kept) for (const k of [0, 1, 2] as const) totals[k] += c[k];
  const v = kept.length;
  const denom = totals.map((t) => Math.log(t + alpha * v)) as [number, number, number];
  const n = docs[0] + docs[1] + docs[2];
  const weights: KindModel["weights"] = {};
  for (const [f, c] of kept)
    weights[f] = [0, 1, 2].map((k) => round(Math.log(c[k]! + alpha) - denom[k]!)) as [number, number, number];
  return {
    prior: [0, 1, 2].map((k) => round(Math.log((docs[k]! + 1) / (n + 3)))) as [number, number, number],
    weights,
  };
}

/** The model's kind for a piece and its margin (log-odds of the best kind over the runner-up). */
export function guessKind(
  model: KindModel,
  text: string,
  prev?: ClauseKind,
  rule?: ClauseKind,
): { kind: ClauseKind; margin: number } {
  const score = [...model.prior];
  for (const f of features(text, prev, rule)) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < 3; k++) score[k]! += w[k]!;
  }
  const order = [0, 1, 2].sort((a, b) => score[b]! - score[a]! || a - b);
  return { kind: KINDS[order[0]!]!, margin: score[order[0]!]! - score[order[1]!]! };
}
