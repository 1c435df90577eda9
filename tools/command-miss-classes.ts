/**
 * Command misses of the open blind batches grouped by class, with the number of DIFFERENT writers' batches
 * each class occurs in — at first sight (test/corpus/first-sight.jsonl: the rules of the commit where the
 * batch was scored untouched) and today (the classifier as it is now):
 *
 *   npx tsx tools/command-miss-classes.ts            (classes, writers at first sight / today)
 *   npx tsx tools/command-miss-classes.ts --lines    (and the lines of each class, open batches only)
 *   npx tsx tools/command-miss-classes.ts --held-out (and the open batch held out from the models this round,
 *                                                     whose rules may be tuned on: blind53 in round twenty-three)
 *
 * A miss is a command one: the line is labelled a command, or the classifier read it as one. Its class is
 * the labelled command and what went wrong (asked: a question instead of the act, talk: read as small talk,
 * unclear, neighbour: another command, args: the right command with another argument, answer, report), and
 * a form tag each for what is around the command (a number in Chinese numerals, a number before the verb,
 * a reason or thanks, something waiting, a period). A fix is worth making by structure when its class turns
 * up in three or more writers' batches (docs/understanding.md 第二十轮). Sealed batches are never read here; the
 * held-out open one (UNTRAINED_SPLITS, not sealed) only with --held-out.
 */
import type { Intent } from "../src/conversation/classify-intent.js";
import { loadFirstSight } from "../test/corpus/first-sight.js";
import { batchOf } from "../test/corpus/report-gate-loo.js";
import {
  classifyCase,
  type IntentCase,
  intentMatches,
  loadIntentCorpus,
  SEALED_SPLITS,
  sectionsOf,
  UNTRAINED_SPLITS,
} from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const showLines = process.argv.includes("--lines");
const withHeldOut = process.argv.includes("--held-out");
const corpus = loadIntentCorpus();
const firstSight = new Map(loadFirstSight().map((r) => [r.id, r.got as unknown as Intent]));
/** The writers' batches: every open blind batch (one writer each), not the helpers' own lines. */
const blind = (c: IntentCase) =>
  /^blind\d*$/.test(c.split) &&
  !SEALED_SPLITS.has(c.split as never) &&
  (withHeldOut || !UNTRAINED_SPLITS.has(c.split));

type Miss = { c: IntentCase; got: Intent; when: "first" | "today" };

function outcome(c: IntentCase, got: Intent): string {
  const e = c.expect;
  if (e.intent !== "command") return `${e.intent}→cmd:${got.kind === "command" ? got.command : got.kind}`;
  if (got.kind === "ask-command") return got.guess.command === e.command ? "asked" : `asked:${got.guess.command}`;
  if (got.kind === "command") {
    if (got.command !== e.command) return `neighbour:${got.command}`;
    return "args";
  }
  if (got.kind === "smalltalk") return "talk";
  return got.kind;
}

const CN_NUM = /[一二两三四五六七八九十]+\s*(?:号|条|个)|第[一二两三四五六七八九十]+/;
const AR_NUM = /(?:第|#)?\d+\s*(?:号|条)|第\d+|#\d+/;
const VERB = /撤|删|恢复|还原|找回|弄回|看|瞅|瞄|查|改|确认|提醒|催|报/;
function tags(c: IntentCase): string[] {
  const t = c.text;
  const out: string[] = [];
  if (CN_NUM.test(t)) out.push("numeral-cn");
  else if (AR_NUM.test(t) || /\d/.test(t)) out.push("number");
  const num = CN_NUM.exec(t) ?? AR_NUM.exec(t);
  const verb = VERB.exec(t);
  if (num && verb) out.push(num.index < verb.index ? "number-first" : "verb-first");
  if (/谢|辛苦|麻烦|劳驾|多谢|感谢/.test(t)) out.push("thanks");
  if (/因为|重了|重复|错了|写错|搞错|弄错|报错|有事|忙/.test(t)) out.push("reason");
  if (c.context.awaiting !== "nothing") out.push(`waiting:${c.context.awaiting}`);
  else if (c.context.pendingDrafts > 0) out.push("drafts-pending");
  if (/上周|上礼拜|上个?星期|本周|这周|这礼拜|本月|这个月|上个?月/.test(t)) out.push("period");
  return out;
}

await withCorpusApp((app) => {
  const org = app.services.org;
  const misses: Miss[] = [];
  for (const c of corpus.filter(blind)) {
    const judge = (got: Intent, when: Miss["when"]) => {
      const involved = c.expect.intent === "command" || got.kind === "command" || got.kind === "ask-command";
      if (involved && !intentMatches(c.expect, got, c.context.awaiting, sectionsOf(c, org), org.sections))
        misses.push({ c, got, when });
    };
    const first = firstSight.get(c.id);
    if (first) judge(first, "first");
    judge(classifyCase(c, org, app.engine.commands), "today");
  }
  // class → writers at first sight / today, and the lines.
  const classes = new Map<string, { first: Set<string>; today: Set<string>; lines: Miss[] }>();
  const add = (key: string, m: Miss) => {
    const k = classes.get(key) ?? { first: new Set(), today: new Set(), lines: [] };
    k[m.when].add(batchOf(m.c));
    k.lines.push(m);
    classes.set(key, k);
  };
  for (const m of misses) {
    const base = `${m.c.expect.intent === "command" ? m.c.expect.command : "(not a command)"} | ${outcome(m.c, m.got)}`;
    add(base, m);
    for (const tag of tags(m.c)) add(`${base} | ${tag}`, m);
  }
  const writers = (k: { first: Set<string>; today: Set<string> }) => new Set([...k.first, ...k.today]).size;
  const rows = [...classes.entries()].sort((a, b) => writers(b[1]) - writers(a[1]) || a[0].localeCompare(b[0]));
  console.log("writers (first sight / today / either)  class");
  for (const [key, k] of rows) {
    if (writers(k) < 2 && !showLines) continue;
    console.log(`${String(k.first.size).padStart(3)} /${String(k.today.size).padStart(3)} /${String(writers(k)).padStart(3)}  ${key}`);
    if (showLines && !key.split(" | ")[2])
      for (const m of k.lines)
        console.log(`        ${m.when === "first" ? "F" : "T"} ${m.c.id} ${m.c.text}  → ${JSON.stringify(m.got).slice(0, 90)}`);
  }
});
