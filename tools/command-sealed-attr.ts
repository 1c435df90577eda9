/**
 * Which training lines push a line over the command guess's edge when batches are learned — for sealed lines too,
 * without showing them:
 *
 *   npx tsx tools/command-sealed-attr.ts --learn=blind85,i42a        (these taken out of COMMAND_UNTRAINED)
 *   --unlearn=blind85,i42a      the same for batches COMMAND_UNTRAINED already leaves learned
 *   --splits=blind29,blind93   only these splits (default: every split)
 *   --drop=FEATURE,…           also leave these features out of both models (an experiment: does the move go away?)
 *
 * Every line is read by the classifier as score-splits reads it (the shipped talk model and report gate), once with a
 * command model trained as shipped and once with the batches learned. Per split it prints the lines gained and lost. Open
 * lines are named; a sealed line only as `<split> line #k`. For each line that moved, the training lines whose leaving
 * out would move the guess's margin most (leave-one-line-out, exact for naive Bayes with the min-count cut) are named
 * by id, class and margin change, with the totals by class and by whether the line is newly learned. The sealed line's
 * own text, features and margins are never printed. Nothing is written.
 */
import type { Intent } from "../src/conversation/classify-intent.js";
import { type CommandModel, guessCommand, rankClasses } from "../src/conversation/command-guess.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { reportFeatures } from "../src/conversation/report-odds.js";
import { carriesReportText } from "../test/corpus/report-model.js";
import { classOf, trainCommandModel } from "../test/corpus/command-model.js";
import { loadLeaderCorpus } from "../test/corpus/score-leader.js";
import {
  COMMAND_UNTRAINED,
  classifyCase,
  type IntentCase,
  intentMatches,
  loadIntentCorpus,
  SEALED_SPLITS,
} from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const list = (name: string) => (opt(name) ?? "").split(",").filter(Boolean);
const learn = [...list("learn"), ...list("unlearn")];
const drop = new Set(list("drop"));
for (const s of learn) if (SEALED_SPLITS.has(s as never)) throw new Error(`${s} is sealed`);
const splits = list("splits");
const top = Number(opt("top") ?? 15);

const corpus = loadIntentCorpus();
const leaders = loadLeaderCorpus();
// --unlearn=…: the base set with these put back in (to look at batches already learned).
const before = new Set([...COMMAND_UNTRAINED, ...list("unlearn")]);
// --keepout=…: left out of the learned set all the same (to try part of what is learned).
const after = new Set([...[...before].filter((s) => !learn.includes(s)), ...list("keepout")]);
const sealed = (c: { split: string }) => SEALED_SPLITS.has(c.split as never);

interface Line {
  id: string;
  split: string;
  text: string;
  cls: string;
}
const linesOf = (untrained: ReadonlySet<string>): Line[] =>
  [...corpus.filter((c) => !untrained.has(c.split)), ...leaders.filter((c) => c.split === "leader")]
    .filter((c) => !carriesReportText(c))
    .map((c) => ({ id: c.id, split: c.split, text: c.text, cls: classOf(c) }));
const feats = (t: string) => reportFeatures(t).filter((f) => !drop.has(f));
const train = (lines: readonly Line[]): CommandModel => {
  if (drop.size === 0) return trainCommandModel(lines);
  // The features left out: the trainer reads reportFeatures, so strip them from the model it gives.
  const m = trainCommandModel(lines);
  const counts = { ...m.counts };
  const totals = [...m.totals];
  let vocab = m.vocab;
  for (const f of drop) {
    const flat = counts[f];
    if (!flat) continue;
    for (let i = 0; i < flat.length; i += 2) totals[flat[i]!]! -= flat[i + 1]!;
    delete counts[f];
    vocab--;
  }
  return { ...m, counts, totals, vocab };
};
const linesAfter = linesOf(after);
const m0 = train(linesOf(before));
const m1 = train(linesAfter);
const learnedIds = new Set(linesAfter.filter((l) => learn.includes(l.split)).map((l) => l.id));

/** Raw per-feature counts of the after-set, every feature (the min-count cut applied when scoring). */
const classes = m1.classes;
const ci = new Map(classes.map((c, i) => [c, i]));
const raw = new Map<string, number[]>();
const lineFeats = new Map<string, string[]>();
for (const l of linesAfter) {
  const fs = feats(l.text);
  lineFeats.set(l.id, fs);
  const k = ci.get(l.cls)!;
  for (const f of fs) {
    let c = raw.get(f);
    if (!c) raw.set(f, (c = classes.map(() => 0)));
    c[k]!++;
  }
}
const sum = (c: readonly number[]) => c.reduce((a, b) => a + b, 0);

/** The score gap a − b for `features` in m1 with training line `out` taken away (none: as trained). */
function gap(features: readonly string[], a: number, b: number, out?: Line): number {
  const docs = [...m1.docs];
  const totals = [...m1.totals];
  let vocab = m1.vocab;
  const less = new Map<string, number>();
  if (out) {
    const k = ci.get(out.cls)!;
    docs[k]!--;
    for (const f of lineFeats.get(out.id)!) less.set(f, (less.get(f) ?? 0) + 1);
    for (const [f, n] of less) {
      const c = raw.get(f)!;
      const s = sum(c);
      if (s < 2) continue; // was never kept
      if (s - n < 2) {
        vocab--;
        c.forEach((x, j) => {
          totals[j]! -= x;
        });
      } else totals[k]! -= n;
    }
  }
  const count = (f: string, j: number) => {
    const c = raw.get(f);
    if (!c) return undefined;
    const minus = out && ci.get(out.cls) === j ? (less.get(f) ?? 0) : 0;
    const s = sum(c) - (out ? (less.get(f) ?? 0) : 0);
    return s < 2 ? undefined : c[j]! - minus;
  };
  const score = (j: number) => {
    let s = Math.log(docs[j]! + 1);
    let known = 0;
    for (const f of features) {
      const n = count(f, j);
      if (n === undefined) continue;
      known++;
      s += Math.log(n + m1.alpha) - Math.log(m1.alpha);
    }
    return s + known * (Math.log(m1.alpha) - Math.log(totals[j]! + m1.alpha * vocab));
  };
  return score(a) - score(b);
}

const describe = (g: Intent) =>
  g.kind === "command" ? `${g.guessed ? "ran " : ""}${g.text}` : g.kind === "ask-command" ? `asked ${g.guess.text}` : g.kind;

await withCorpusApp((app) => {
  const org = app.services.org;
  const commands = app.engine.commands;
  const cases = corpus.filter((c) => splits.length === 0 || splits.includes(c.split));
  const bySplit = new Map<string, { up: number; down: number }>();
  const moved: Array<{ c: IntentCase; calls: string[]; right0: boolean; right1: boolean }> = [];
  for (const c of cases) {
    const g0 = classifyCase(c, org, commands, undefined, (t, ctx) => guessCommand(t, ctx, m0));
    const calls: string[] = [];
    const g1 = classifyCase(c, org, commands, undefined, (t, ctx) => (calls.push(t), guessCommand(t, ctx, m1)));
    if (describe(g0) === describe(g1)) continue;
    const ok = (g: Intent) => intentMatches(c.expect, g, c.context.awaiting);
    const r = bySplit.get(c.split) ?? { up: 0, down: 0 };
    bySplit.set(c.split, r);
    if (ok(g0) && !ok(g1)) r.down++;
    if (!ok(g0) && ok(g1)) r.up++;
    moved.push({ c, calls, right0: ok(g0), right1: ok(g1) });
    if (!sealed(c))
      console.log(`${c.id} 「${c.text}」 ${describe(g0)} (${ok(g0) ? "right" : "wrong"}) → ${describe(g1)} (${ok(g1) ? "right" : "wrong"})`);
  }
  console.log(`learn: ${learn.join(",")}${drop.size ? `; drop ${[...drop].join(",")}` : ""}`);
  for (const [s, r] of bySplit) console.log(`${s}${sealed({ split: s }) ? " (sealed)" : ""}: +${r.up} −${r.down}`);
  const nth = new Map<string, number>();
  for (const { c, calls, right0, right1 } of moved) {
    const k = (nth.get(c.split) ?? 0) + 1;
    nth.set(c.split, k);
    const name = sealed(c) ? `${c.split} line #${k}` : c.id;
    // The model's two leading classes for the text the guess was asked about.
    const text = calls[calls.length - 1];
    if (text === undefined) continue;
    const fs = reportFeatures(intentText(text).norm).filter((f) => !drop.has(f));
    const rank = classes
      .map((cls, j) => ({ cls, j, g: gap(fs, j, 0) }))
      .sort((x, y) => y.g - x.g);
    const [a, b] = rank;
    if (!a || !b) continue;
    const g = gap(fs, a.j, b.j);
    const [ra, rb] = rankClasses(intentText(text).norm, m1);
    if (!ra || !rb || Math.abs(ra.logp - rb.logp - g) > 1e-6) throw new Error(`${name}: the recount is not the model`);
    const rows = linesAfter
      .map((l) => ({ l, d: g - gap(fs, a.j, b.j, l) }))
      .filter((r) => Math.abs(r.d) > 1e-9)
      .sort((x, y) => y.d - x.d);
    const byClass = new Map<string, number>();
    let newly = 0;
    let old = 0;
    for (const r of rows) {
      byClass.set(r.l.cls, (byClass.get(r.l.cls) ?? 0) + r.d);
      if (learnedIds.has(r.l.id)) newly += r.d;
      else old += r.d;
    }
    console.log(
      `\n${name}: ${right0 ? "right" : "wrong"} → ${right1 ? "right" : "wrong"}; top ${a.cls} over ${b.cls}` +
        (sealed(c) ? "" : ` by ${g.toFixed(2)}`) +
        `; pushed by newly learned lines ${newly.toFixed(2)}, by the others ${old.toFixed(2)}`,
    );
    console.log(
      `  by class: ${[...byClass]
        .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
        .slice(0, 8)
        .map(([k2, v]) => `${k2} ${v >= 0 ? "+" : ""}${v.toFixed(2)}`)
        .join(", ")}`,
    );
    for (const r of rows.slice(0, top))
      console.log(`  ${r.d >= 0 ? "+" : ""}${r.d.toFixed(3)} ${r.l.id} (${r.l.cls})${learnedIds.has(r.l.id) ? " new" : ""}`);
    const newRows = rows.filter((r) => learnedIds.has(r.l.id));
    console.log(`  newly learned, most: ${newRows.slice(0, top).map((r) => `${r.l.id} ${r.d.toFixed(3)}`).join(", ")}`);
  }
});
