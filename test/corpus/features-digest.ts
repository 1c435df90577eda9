import { createHash } from "node:crypto";

/**
 * A digest of a featurised training set: each line's label and the features the featuriser gives it
 * today, in order. A learned model's weights depend on nothing else, so the digest stored next to a model
 * (`features` in src/conversation/*-model.json) changes exactly when retraining would change the model:
 * new or relabelled lines, and also a fold or featuriser change that turns an old line into other
 * features (round forty's folds did, unnoticed: the old digests hashed the sentences only — 第四十一轮 model41).
 */
export function featuresDigest(rows: Iterable<{ label: string; features: readonly string[] }>): string {
  const h = createHash("sha256");
  for (const r of rows) h.update(`${JSON.stringify([r.label, r.features])}\n`);
  return h.digest("hex").slice(0, 16);
}
