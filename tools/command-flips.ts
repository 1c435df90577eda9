/**
 * Which batch, learned by the command guess, spoils test/command-guess.test.ts's two leave-one-batch-out checks
 * (today's rules; the rules as they were at each batch's first sight) — and on which line, through which n-grams:
 *
 *   npx tsx tools/command-flips.ts --learn=blind81,blind85            (the checks with these taken out of COMMAND_UNTRAINED)
 *   npx tsx tools/command-flips.ts --learn=… --each --batches=i16c    (then, on the held-out batches named, each learned
 *                                                                      batch alone and all of them but it)
 *   --keep=blind94,i44a   also take these out of the base set (compare learning on top of them)
 *
 * Every open batch is held out in turn as the test does (a model trained without it); a line's reading with the
 * guess is recomputed only where the classifier consulted the guess at all. For each batch whose counts move it
 * prints the row before → after, and each line whose reading moved: open lines named with the top class's margin
 * before → after and the features that moved it most; sealed batches are never held out by the checks (open only),
 * and any sealed line would print as a count. Nothing is written.
 */
import type { Intent, IntentContext } from "../src/conversation/classify-intent.js";
import {
  type CommandModel,
  GUESS_MARGIN,
  guessCommand,
  guessWhereUnsure,
  rankClasses,
} from "../src/conversation/command-guess.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { buildTable } from "../src/conversation/match-command.js";
import { reportFeatures } from "../src/conversation/report-odds.js";
import { findPerson, isLeader, reportableSections } from "../src/domain/org.js";
import { type GuessRow, scoreBatch } from "../test/corpus/command-guess-loo.js";
import { commandTrainingLines, trainCommandModel } from "../test/corpus/command-model.js";
import { loadFirstSight } from "../test/corpus/first-sight.js";
import { batchOf } from "../test/corpus/report-gate-loo.js";
import {
  COMMAND_UNTRAINED,
  classifyCase,
  type IntentCase,
  intentMatches,
  loadIntentCorpus,
  SEALED_SPLITS,
} from "../test/corpus/score-intents.js";
import { loadLeaderCorpus } from "../test/corpus/score-leader.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const list = (name: string) => (opt(name) ?? "").split(",").filter(Boolean);
const learn = list("learn");
const keep = list("keep");
for (const s of [...learn, ...keep]) if (SEALED_SPLITS.has(s as never)) throw new Error(`${s} is sealed`);
const each = args.includes("--each");
const margin = Number(opt("margin") ?? GUESS_MARGIN);

const corpus = loadIntentCorpus();
const leaders = loadLeaderCorpus();
const base = new Set([...COMMAND_UNTRAINED].filter((s) => !keep.includes(s)));
const withLearned = (u: ReadonlySet<string>, more: readonly string[]) =>
  new Set([...u].filter((s) => !more.includes(s)));
const sealed = (c: IntentCase) => SEALED_SPLITS.has(c.split as never);
const open = [...new Set(corpus.filter((c) => !sealed(c)).map(batchOf))];
const recorded = loadFirstSight();
const firstBatches = new Set(recorded.map((r) => r.split));
const heldOut = list("batches").length > 0 ? list("batches") : [...new Set([...open, ...firstBatches])];

/**
 * A model trained on every line outside `batch` and outside `untrained`, as the test trains one — counted once per
 * training set and the batch's own lines taken away (checked against trainCommandModel on the first batch).
 */
const NON = ["answer", "chat", "report"];
const classOrder = (a: string, b: string) =>
  NON.includes(a) === NON.includes(b) ? (a < b ? -1 : 1) : NON.includes(a) ? -1 : 1;
interface Counted {
  perFeature: Map<string, Map<string, number>>;
  docs: Map<string, number>;
  keys: string[];
}
const countedMemo = new Map<string, Counted>();
const featuresOf = (t: string) => reportFeatures(t);
const featMemo = new Map<string, readonly string[]>();
const feats = (t: string) => {
  let f = featMemo.get(t);
  if (!f) featMemo.set(t, (f = featuresOf(t)));
  return f;
};
function counted(untrained: ReadonlySet<string>): Counted {
  const key = [...untrained].sort().join(",");
  let k = countedMemo.get(key);
  if (k) return k;
  const perFeature = new Map<string, Map<string, number>>();
  const docs = new Map<string, number>();
  for (const e of commandTrainingLines(corpus, leaders, untrained)) {
    docs.set(e.cls, (docs.get(e.cls) ?? 0) + 1);
    for (const f of feats(e.text)) {
      let m = perFeature.get(f);
      if (!m) perFeature.set(f, (m = new Map()));
      m.set(e.cls, (m.get(e.cls) ?? 0) + 1);
    }
  }
  k = { perFeature, docs, keys: [...perFeature.keys()].sort((a, b) => (a < b ? -1 : 1)) };
  countedMemo.set(key, k);
  return k;
}
const modelMemo = new Map<string, CommandModel>();
function modelWithout(batch: string, untrained: ReadonlySet<string>): CommandModel {
  const key = `${batch}|${[...untrained].sort().join(",")}`;
  const memo = modelMemo.get(key);
  if (memo) return memo;
  const all = counted(untrained);
  const out = commandTrainingLines(
    corpus.filter((c) => batchOf(c) === batch),
    [],
    untrained,
  );
  const docs = new Map(all.docs);
  const minus = new Map<string, Map<string, number>>();
  for (const e of out) {
    docs.set(e.cls, docs.get(e.cls)! - 1);
    for (const f of feats(e.text)) {
      let m = minus.get(f);
      if (!m) minus.set(f, (m = new Map()));
      m.set(e.cls, (m.get(e.cls) ?? 0) + 1);
    }
  }
  const classes = [...docs].filter(([, n]) => n > 0).map(([c]) => c).sort(classOrder);
  const index = new Map(classes.map((c, i) => [c, i]));
  const totals = classes.map(() => 0);
  const counts: CommandModel["counts"] = {};
  let vocab = 0;
  for (const f of all.keys) {
    const less = minus.get(f);
    const c = classes.map(() => 0);
    let sum = 0;
    for (const [cls, n] of all.perFeature.get(f)!) {
      const i = index.get(cls);
      const left = n - (less?.get(cls) ?? 0);
      if (i === undefined || left <= 0) continue;
      c[i] = left;
      sum += left;
    }
    if (sum < 2) continue;
    vocab++;
    const flat: number[] = [];
    c.forEach((n, i) => {
      totals[i]! += n;
      if (n > 0) flat.push(i, n);
    });
    counts[f] = flat;
  }
  const m: CommandModel = { classes, docs: classes.map((c) => docs.get(c)!), totals, vocab, alpha: 0.5, counts };
  modelMemo.set(key, m);
  return m;
}
/** The subtraction gives what the trainer gives (one batch, checked once per run). */
function checkModel(batch: string, untrained: ReadonlySet<string>) {
  const trained = trainCommandModel(
    commandTrainingLines(
      corpus.filter((c) => batchOf(c) !== batch),
      leaders,
      untrained,
    ),
  );
  if (JSON.stringify(trained) !== JSON.stringify(modelWithout(batch, untrained)))
    throw new Error(`the counted model without ${batch} is not the trained one`);
}

const topMargin = (text: string, m: CommandModel) => {
  const [a, b] = rankClasses(intentText(text).norm, m);
  return a && b ? `${a.cls}+${(a.logp - b.logp).toFixed(2)}>${b.cls}` : "-";
};

/** The features whose weight for `cls` over `other` moved most between two models (log-ratio of smoothed counts). */
function movers(text: string, cls: string, other: string, before: CommandModel, after: CommandModel): string {
  const w = (m: CommandModel, f: string, k: string) => {
    const i = m.classes.indexOf(k);
    if (i < 0) return 0;
    const flat = m.counts[f];
    let n = 0;
    if (flat) for (let j = 0; j < flat.length; j += 2) if (flat[j] === i) n = flat[j + 1]!;
    return Math.log((n + m.alpha) / (m.totals[i]! + m.alpha * m.vocab));
  };
  const known = (m: CommandModel, f: string) => m.counts[f] !== undefined;
  const rows = [...new Set(reportFeatures(intentText(text).norm))].map((f) => {
    const b = known(before, f) ? w(before, f, cls) - w(before, f, other) : 0;
    const a = known(after, f) ? w(after, f, cls) - w(after, f, other) : 0;
    return { f, d: a - b, a };
  });
  return rows
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d))
    .slice(0, 6)
    .map((r) => `${r.f} ${r.d >= 0 ? "+" : ""}${r.d.toFixed(2)}`)
    .join(", ");
}

const KEYS = ["rulesRight", "guessRight", "spoiled", "ranWrong", "askedWrong", "rulesStored", "guessStored"] as const;
const rowLine = (r: GuessRow) => KEYS.map((k) => `${k} ${r[k]}`).join(" ");
const describe = (got: Intent) =>
  got.kind === "command"
    ? `${got.guessed ? "ran " : ""}${got.text}`
    : got.kind === "ask-command"
      ? `asked ${got.guess.text}`
      : got.kind;

await withCorpusApp((app) => {
  const org = app.services.org;
  const commands = app.engine.commands;
  const table = buildTable(commands);

  // Today's rules: each line read once without a guess, and whether the guess is consulted at all.
  const rules = new Map<IntentCase, Intent>();
  // What the classifier handed the guess, per line: the reading is recomputed only where some model's answer to
  // those calls differs from the base model's (the path up to the first call does not depend on the guess).
  const consulted = new Map<IntentCase, Array<[string, Parameters<typeof guessCommand>[1]]>>();
  for (const c of corpus.filter((x) => heldOut.includes(batchOf(x)))) {
    rules.set(c, classifyCase(c, org, commands, undefined, null, null));
    const calls: Array<[string, Parameters<typeof guessCommand>[1]]> = [];
    classifyCase(c, org, commands, undefined, (text, ctx) => (calls.push([text, ctx]), undefined), null);
    if (calls.length) consulted.set(c, calls);
  }
  const readMemo = new Map<string, Intent>();
  const todayOf = (c: IntentCase, m: CommandModel): Intent => {
    const calls = consulted.get(c);
    if (!calls) return rules.get(c)!;
    // No guess at all from this model on the recorded calls: the rules' reading (the classifier, given nothing, goes on
    // as with no guess — checked by reading the line in full otherwise).
    if (calls.every(([text, ctx]) => guessCommand(text, ctx, m, margin) === undefined)) {
      const key = `${c.id}|none`;
      let r = readMemo.get(key);
      if (!r) readMemo.set(key, (r = classifyCase(c, org, commands, undefined, () => undefined, null)));
      return r;
    }
    return classifyCase(c, org, commands, undefined, (text, ctx) => guessCommand(text, ctx, m, margin), null);
  };

  // First sight: what the rules said then, the guess where they were unsure.
  const said = new Map(recorded.map((r) => [r.id, r.got as Intent]));
  const firstOf = (c: IntentCase, m: CommandModel): Intent => {
    const person = findPerson(org, c.context.who)!;
    return guessWhereUnsure(said.get(c.id)!, intentText(c.text).norm, {
      awaiting: c.context.awaiting,
      justAsked: c.context.justAsked,
      pendingDrafts: c.context.pendingDrafts,
      sections: reportableSections(org, person),
      commands: table,
      leader: isLeader(person),
      people: org.people.filter((p) => p.id !== person.id).map((p) => p.name),
      guess: (text: string, ctx: Parameters<typeof guessCommand>[1]) => guessCommand(text, ctx, m, margin),
    });
  };

  /** The two checks' rows for one held-out batch under one training set. */
  const rowsFor = (batch: string, untrained: ReadonlySet<string>) => {
    const m = modelWithout(batch, untrained);
    const cases = corpus.filter((c) => batchOf(c) === batch);
    const today = scoreBatch(batch, cases, (c) => rules.get(c)!, (c) => todayOf(c, m));
    const fsCases = firstBatches.has(batch) ? cases.filter((c) => said.has(c.id)) : [];
    const first = fsCases.length
      ? scoreBatch(batch, fsCases, (c) => said.get(c.id)!, (c) => firstOf(c, m))
      : undefined;
    return { m, cases, today, first };
  };

  /** Lines of `batch` whose reading differs between two training sets. */
  const lineMoves = (batch: string, u0: ReadonlySet<string>, u1: ReadonlySet<string>) => {
    const a = rowsFor(batch, u0);
    const b = rowsFor(batch, u1);
    const out: string[] = [];
    for (const c of a.cases) {
      const pairs: Array<[string, Intent, Intent, Intent]> = [["today", rules.get(c)!, todayOf(c, a.m), todayOf(c, b.m)]];
      if (a.first && said.has(c.id)) pairs.push(["first", said.get(c.id)!, firstOf(c, a.m), firstOf(c, b.m)]);
      for (const [which, r, x, y] of pairs) {
        // A guess's margin moving is no move: what is done (run, asked, which command, or not) is.
        if (describe(x) === describe(y)) continue;
        if (sealed(c)) {
          out.push(`  ${which}: a sealed line moved`);
          continue;
        }
        const ok = (g: Intent) => (intentMatches(c.expect, g, c.context.awaiting) ? "right" : "wrong");
        const [top, next] = rankClasses(intentText(c.text).norm, b.m);
        out.push(
          `  ${which} ${c.id} 「${c.text}」 label ${JSON.stringify(c.expect)}; rules ${describe(r)} (${ok(r)})` +
            `; ${describe(x)} (${ok(x)}) → ${describe(y)} (${ok(y)}); ${topMargin(c.text, a.m)} → ${topMargin(c.text, b.m)}` +
            (top && next ? `; moved by ${movers(c.text, top.cls, next.cls, a.m, b.m)}` : ""),
        );
      }
    }
    return { a, b, out };
  };

  const after = withLearned(base, learn);
  checkModel(heldOut[0]!, after);
  console.log(`learn: ${learn.join(",") || "(none)"}; keep: ${keep.join(",") || "(none)"}; margin ${margin}`);
  const total = { t0: 0, t1: 0, f0: 0, f1: 0, spoiled: [0, 0], ranWrong: [0, 0], fsRanWrong: [0, 0], fsAskedWrong: [0, 0] };
  for (const batch of heldOut) {
    const { a, b, out } = lineMoves(batch, base, after);
    total.t0 += a.today.guessRight;
    total.t1 += b.today.guessRight;
    total.spoiled[0]! += a.today.spoiled;
    total.spoiled[1]! += b.today.spoiled;
    total.ranWrong[0]! += a.today.ranWrong;
    total.ranWrong[1]! += b.today.ranWrong;
    if (a.first && b.first) {
      total.f0 += a.first.guessRight;
      total.f1 += b.first.guessRight;
      total.fsRanWrong[0]! += a.first.ranWrong;
      total.fsRanWrong[1]! += b.first.ranWrong;
      total.fsAskedWrong[0]! += a.first.askedWrong;
      total.fsAskedWrong[1]! += b.first.askedWrong;
    }
    const moved =
      out.length > 0 || rowLine(a.today) !== rowLine(b.today) || (a.first && rowLine(a.first) !== rowLine(b.first!));
    if (!moved) continue;
    console.log(`${batch}: today ${rowLine(a.today)} → ${rowLine(b.today)}`);
    if (a.first) console.log(`${batch}: first sight ${rowLine(a.first)} → ${rowLine(b.first!)}`);
    for (const o of out) console.log(o);
    if (!each) continue;
    // Which learned batch does it: each alone on top of the base set, and all of them but it.
    for (const l of learn) {
      const alone = lineMoves(batch, base, withLearned(base, [l]));
      const allBut = lineMoves(batch, base, new Set([...after, l]));
      console.log(`    ${l} alone: ${alone.out.length} moved${alone.out.length ? `\n  ${alone.out.join("\n  ")}` : ""}`);
      console.log(`    all but ${l}: ${allBut.out.length} moved${allBut.out.length ? `\n  ${allBut.out.join("\n  ")}` : ""}`);
    }
  }
  console.log(
    `today's rules: guess right ${total.t0} → ${total.t1}, spoiled ${total.spoiled.join(" → ")}, ran wrong ${total.ranWrong.join(" → ")}`,
  );
  console.log(
    `first sight: guess right ${total.f0} → ${total.f1}, ran wrong ${total.fsRanWrong.join(" → ")}, asked wrong ${total.fsAskedWrong.join(" → ")}`,
  );
});
