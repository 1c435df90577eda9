import { createHash } from "node:crypto";
import { type CommandModel, NON_COMMANDS } from "../../src/conversation/command-guess.js";
import { reportFeatures } from "../../src/conversation/report-odds.js";
import { rulesAnswer } from "../../src/conversation/staff-questions.js";
import { featuresDigest } from "./features-digest.js";
import { carriesReportText } from "./report-model.js";
import type { LeaderCase } from "./score-leader.js";
import { COMMAND_UNTRAINED, type IntentCase } from "./score-intents.js";

/**
 * Training for the learned command guess (src/conversation/command-guess.ts): multinomial naive
 * Bayes over the classes of the labelled lines, features seen fewer than `minCount` times dropped.
 * Deterministic: the same lines give the same model.
 */
export interface CommandExample {
  text: string;
  cls: string;
}

/** A labelled line's class: its command, or report / chat (small talk and unclear) / answer. */
export function classOf(c: Pick<IntentCase, "expect" | "text">): string {
  const e = c.expect;
  // A question about the reporting rules is labelled 帮助 (docs/understanding.md 第十三轮) and answered by
  // the rules themselves (staff-questions.ts) before any guess: the guess learns 帮助 from how-to lines only.
  if (e.intent === "command" && e.command === "帮助" && rulesAnswer(c.text, undefined)) return "chat";
  if (e.intent === "command") return e.command ?? "chat";
  if (e.intent === "report" || e.intent === "answer") return e.intent;
  return "chat";
}

/** Features of a line, read once per process: leave-one-batch-out trains a model per batch on the same lines. */
const featureMemo = new Map<string, readonly string[]>();
function featuresOf(text: string): readonly string[] {
  let f = featureMemo.get(text);
  if (!f) {
    f = reportFeatures(text);
    featureMemo.set(text, f);
  }
  return f;
}

export function trainCommandModel(
  examples: readonly CommandExample[],
  alpha = 0.5,
  minCount = 2,
): CommandModel {
  const classes = [...new Set(examples.map((e) => e.cls))].sort((a, b) =>
    NON_COMMANDS.has(a) === NON_COMMANDS.has(b) ? (a < b ? -1 : 1) : NON_COMMANDS.has(a) ? -1 : 1,
  );
  const index = new Map(classes.map((c, i) => [c, i]));
  const docs = classes.map(() => 0);
  const perFeature = new Map<string, number[]>();
  for (const e of examples) {
    const k = index.get(e.cls)!;
    docs[k]!++;
    for (const f of featuresOf(e.text)) {
      const c = perFeature.get(f) ?? classes.map(() => 0);
      perFeature.set(f, c);
      c[k]!++;
    }
  }
  const kept = [...perFeature]
    .filter(([, c]) => c.reduce((a, b) => a + b, 0) >= minCount)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const totals = classes.map(() => 0);
  const counts: CommandModel["counts"] = {};
  for (const [f, c] of kept) {
    const flat: number[] = [];
    c.forEach((n, k) => {
      totals[k]! += n;
      if (n > 0) flat.push(k, n);
    });
    counts[f] = flat;
  }
  return { classes, docs, totals, vocab: kept.length, alpha, counts };
}

/**
 * The lines the shipped model learns from: every intent line outside the sealed batches and the
 * leaders' tuned lines (`leader`; `leader-heldout` stays unseen). Lines that carry report text as
 * something else — the new text of an edit, a guided answer — are left out, as for report-odds.
 */
export function commandTrainingLines(
  corpus: readonly IntentCase[],
  leaders: readonly LeaderCase[] = [],
  untrained: ReadonlySet<string> = COMMAND_UNTRAINED,
): CommandExample[] {
  return [...corpus.filter((c) => !untrained.has(c.split)), ...leaders.filter((c) => c.split === "leader")]
    .filter((c) => !carriesReportText(c))
    .map((c) => ({ text: c.text, cls: classOf(c) }));
}

/** A digest of the training lines, kept in command-model.json: the test fails when it is stale. */
export function commandLinesDigest(corpus: readonly IntentCase[], leaders: readonly LeaderCase[]): string {
  const lines = commandTrainingLines(corpus, leaders).map((l) => `${l.cls}\t${l.text}`);
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

/**
 * A digest of the training lines as features (features-digest.ts), kept in command-model.json as
 * `features`: the test fails when a fold or reportFeatures changes what a training line turns into.
 */
export function commandFeaturesDigest(corpus: readonly IntentCase[], leaders: readonly LeaderCase[]): string {
  return featuresDigest(
    commandTrainingLines(corpus, leaders).map((l) => ({ label: l.cls, features: reportFeatures(l.text) })),
  );
}
