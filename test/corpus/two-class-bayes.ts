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
  return { prior: round(Math.log((docs[0] + 1) / (docs[1] + 1))), weights: weighKept(kept, alpha) };
}

function weighKept(
  kept: readonly [string, [number, number]][],
  alpha: number,
  fixed?: Denominators,
): Record<string, number> {
  const totals: [number, number] = fixed ? fixed.totals : [0, 0];
  if (!fixed) for (const [, c] of kept) for (const k of [0, 1] as const) totals[k] += c[k];
  const v = fixed ? fixed.vocabulary : kept.length;
  const denom = totals.map((t) => Math.log(t + alpha * v)) as [number, number];
  const weights: Record<string, number> = {};
  for (const [f, c] of kept) {
    const w = round(Math.log(c[0] + alpha) - denom[0] - (Math.log(c[1] + alpha) - denom[1]));
    // A feature as likely in either class tells nothing: left out.
    if (w !== 0) weights[f] = w;
  }
  return weights;
}

/**
 * What the smoothed class probabilities divide by, when given rather than read off the features
 * kept: each class's total count and the vocabulary the pseudo-counts spread over.
 */
export interface Denominators {
  totals: [number, number];
  vocabulary: number;
}

/** The counts of `all` less those of `part`, a subset of the same examples. */
export function countsWithout(all: TwoClassCounts, part: TwoClassCounts): TwoClassCounts {
  const counts = new Map<string, [number, number]>();
  for (const [f, c] of all.counts) {
    const p = part.counts.get(f);
    counts.set(f, p ? [c[0] - p[0], c[1] - p[1]] : c);
  }
  return { counts, docs: [all.docs[0] - part.docs[0], all.docs[1] - part.docs[1]] };
}

/**
 * Naive Bayes over several sources of examples, each counted with its own scale (a source's
 * weight in the likelihoods need not grow with how many examples it has), the prior given.
 * A feature is kept when the sources together saw it `minCount` times; weights in the order the
 * features were first counted.
 */
export function weighScaled(
  sources: ReadonlyArray<{ counts: TwoClassCounts; scale: number }>,
  prior: number,
  alpha: number,
  minCount: number,
  /** Default: the kept features' totals and number. */
  fixed?: Denominators,
): { prior: number; weights: Record<string, number> } {
  const raw = new Map<string, number>();
  const scaled = new Map<string, [number, number]>();
  for (const { counts, scale } of sources)
    for (const [f, c] of counts.counts) {
      raw.set(f, (raw.get(f) ?? 0) + c[0] + c[1]);
      const s = scaled.get(f) ?? [0, 0];
      scaled.set(f, s);
      s[0] += scale * c[0];
      s[1] += scale * c[1];
    }
  const kept = [...scaled].filter(([f]) => (raw.get(f) ?? 0) >= minCount);
  return { prior: round(prior), weights: weighKept(kept, alpha, fixed) };
}

/**
 * Naive Bayes on `base` (both classes), with `extra` (its counts times `scale`) lending weights only
 * to features `base` saw fewer than `minCount` times. The denominators are `base`'s alone, so
 * however much `extra` there is, no weight of a feature `base` knows moves.
 */
export function weighBackedOff(
  base: TwoClassCounts,
  extra: TwoClassCounts,
  scale: number,
  prior: number,
  alpha: number,
  minCount: number,
): { prior: number; weights: Record<string, number> } {
  const known = [...base.counts].filter(([, c]) => c[0] + c[1] >= minCount);
  const totals: [number, number] = [0, 0];
  for (const [, c] of known) for (const k of [0, 1] as const) totals[k] += c[k];
  const d0 = Math.log(totals[0] + alpha * known.length);
  const d1 = Math.log(totals[1] + alpha * known.length);
  const weights: Record<string, number> = {};
  const put = (f: string, c0: number, c1: number) => {
    const w = round(Math.log(c0 + alpha) - d0 - (Math.log(c1 + alpha) - d1));
    if (w !== 0) weights[f] = w;
  };
  for (const [f, c] of known) put(f, c[0], c[1]);
  for (const [f, c] of extra.counts) {
    const b = base.counts.get(f) ?? [0, 0];
    if (b[0] + b[1] >= minCount) continue;
    const c0 = b[0] + scale * c[0];
    const c1 = b[1] + scale * c[1];
    // A hair under, so that a count scaled back to a whole number is not lost to rounding.
    if (c0 + c1 >= minCount - 1e-9) put(f, c0, c1);
  }
  return { prior: round(prior), weights };
}
