/** Two decimals, and never −0 (JSON writes it as 0). */
const round = (x: number) => Math.round(x * 100) / 100 + 0;

/** Per-feature counts of each class and the number of examples of each: what training reads. */
export interface TwoClassCounts {
  counts: Map<string, [number, number]>;
  docs: [number, number];
}

export function countTwoClass(
  examples: ReadonlyArray<{ first: boolean; features: readonly string[] }>,
): TwoClassCounts {
  const counts = new Map<string, [number, number]>();
  const docs: [number, number] = [0, 0];
  for (const e of examples) {
    const k = e.first ? 0 : 1;
    docs[k]++;
    for (const f of e.features) {
      const c = counts.get(f) ?? [0, 0];
      counts.set(f, c);
      c[k]++;
    }
  }
  return { counts, docs };
}

/**
 * The model trained on the examples of `all` that are not in `part` (a subset of the same examples),
 * from the counts alone: leave-one-batch-out trains once per batch without recounting the rest.
 * Same weights as training on the rest (only the order of the keys differs).
 */
export function trainWithout(
  all: TwoClassCounts,
  part: TwoClassCounts,
  alpha: number,
  minCount: number,
): { prior: number; weights: Record<string, number> } {
  const entries: [string, [number, number]][] = [];
  for (const [f, c] of all.counts) {
    const p = part.counts.get(f);
    entries.push([f, p ? [c[0] - p[0], c[1] - p[1]] : c]);
  }
  return weigh(entries, [all.docs[0] - part.docs[0], all.docs[1] - part.docs[1]], alpha, minCount);
}

/**
 * Multinomial naive Bayes for two classes (the shared trainer of the report and talk second opinions):
 * add-α smoothing, features seen fewer than `minCount` times dropped, weights = log-odds of the first
 * class per feature, rounded. Deterministic: the same examples give the same weights.
 */
export function trainTwoClass(
  examples: ReadonlyArray<{ first: boolean; features: readonly string[] }>,
  alpha: number,
  minCount: number,
): { prior: number; weights: Record<string, number> } {
  return weighTwoClass(countTwoClass(examples), alpha, minCount);
}

export function weighTwoClass(
  { counts, docs }: TwoClassCounts,
  alpha: number,
  minCount: number,
): { prior: number; weights: Record<string, number> } {
  return weigh(
    [...counts].sort(([a], [b]) => (a < b ? -1 : 1)),
    docs,
    alpha,
    minCount,
  );
}

function weigh(
  entries: readonly [string, [number, number]][],
  docs: [number, number],
  alpha: number,
  minCount: number,
): { prior: number; weights: Record<string, number> } {
  const kept = entries.filter(([, c]) => c[0] + c[1] >= minCount);
  const totals: [number, number] = [0, 0];
  for (const [, c] of kept) for (const k of [0, 1] as const) totals[k] += c[k];
  const v = kept.length;
  const denom = totals.map((t) => Math.log(t + alpha * v)) as [number, number];
  const weights: Record<string, number> = {};
  for (const [f, c] of kept) {
    const w = round(Math.log(c[0] + alpha) - denom[0] - (Math.log(c[1] + alpha) - denom[1]));
    // A feature as likely in either class tells nothing: left out.
    if (w !== 0) weights[f] = w;
  }
  return { prior: round(Math.log((docs[0] + 1) / (docs[1] + 1))), weights };
}
