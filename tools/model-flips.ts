/**
 * Which learned model moves which line when the models are retrained on more batches — counted per
 * split, sealed splits as totals and numbers only (never a line's text or id):
 *
 *   npx tsx tools/model-flips.ts                          (learn every tuned held-out batch but blind81; since
 *                                                          model38b all three models learn them, so name new ones)
 *   npx tsx tools/model-flips.ts --learn=blind73,i34b     (learn only these)
 *   npx tsx tools/model-flips.ts --talk-at=12.5 --margin=4.5 --ask-below=-5
 *
 * The three models (report gate, talk model, command guess) are trained in memory with the named
 * batches taken out of COMMAND_UNTRAINED (the widest held-out set); nothing is written. Every line is classified five ways: the
 * shipped models, each retrained model alone in place of its shipped one, and all three retrained.
 * For every split whose total moves under any of them it prints the five totals, and for each line a
 * single model turned (right ↔ wrong) the model's number on that line before → after against its edge:
 * the report gate's log-odds (asks below ASK_BELOW), the talk model's log-odds (turns over past FLIP_AT),
 * the command guess's margin of its top class (guesses at GUESS_MARGIN). Open lines are named.
 */
import { guessCommand, GUESS_MARGIN, rankClasses } from "../src/conversation/command-guess.js";
import shippedCommand from "../src/conversation/command-model.json" with { type: "json" };
import type { Intent, IntentContext } from "../src/conversation/classify-intent.js";
import { ASK_BELOW, doubtsReport, type ReportModel, reportOdds } from "../src/conversation/report-odds.js";
import shippedReport from "../src/conversation/report-model.json" with { type: "json" };
import { FLIP_AT, type TalkModel, talkFlip, talkOdds, talkOpen } from "../src/conversation/talk-odds.js";
import shippedTalk from "../src/conversation/talk-model.json" with { type: "json" };
import type { CommandModel } from "../src/conversation/command-guess.js";
import { commandTrainingLines, trainCommandModel } from "../test/corpus/command-model.js";
import { loadReports } from "../test/corpus/load-reports.js";
import { trainingSources, trainReportModel } from "../test/corpus/report-model.js";
import { loadLeaderCorpus } from "../test/corpus/score-leader.js";
import {
  classifyCase,
  intentMatches,
  loadIntentCorpus,
  SEALED_SPLITS,
  sectionsOf,
  COMMAND_UNTRAINED,
} from "../test/corpus/score-intents.js";
import { talkTrainingLines, trainTalkModel } from "../test/corpus/talk-model.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** The tuned batches held out at the start of round thirty-eight (blind81 is still being tuned on). */
const TUNED = "blind73,i34b,blind75,i35b,i36a,i36b,i36c,blind77,blind78,blind79,blind80,blind82,i37a,i37b";
const learn = new Set((opt("learn") ?? TUNED).split(",").filter(Boolean));
for (const s of learn) if (SEALED_SPLITS.has(s as never)) throw new Error(`${s} is sealed`);
const flipAt = Number(opt("talk-at") ?? FLIP_AT);
const marginAt = Number(opt("margin") ?? GUESS_MARGIN);
const askAt = Number(opt("ask-below") ?? ASK_BELOW);
const untrained = new Set([...COMMAND_UNTRAINED].filter((s) => !learn.has(s)));

const corpus = loadIntentCorpus();
const oldM = {
  report: shippedReport as ReportModel,
  talk: shippedTalk as TalkModel,
  command: shippedCommand as CommandModel,
};
const newM = {
  report: trainReportModel(trainingSources(corpus, loadReports(), untrained)),
  talk: trainTalkModel(talkTrainingLines(corpus, untrained), Number(opt("talk-alpha") ?? 0.5), Number(opt("talk-min") ?? 2)),
  command: trainCommandModel(
    commandTrainingLines(corpus, loadLeaderCorpus(), untrained),
    Number(opt("cmd-alpha") ?? 0.5),
    Number(opt("cmd-min") ?? 2),
  ),
};
type Which = "report" | "talk" | "command";
const ALL_CONFIGS: ReadonlyArray<{ name: string; swap: readonly Which[] }> = [
  { name: "old", swap: [] },
  { name: "R", swap: ["report"] },
  { name: "T", swap: ["talk"] },
  { name: "C", swap: ["command"] },
  { name: "all", swap: ["report", "talk", "command"] },
];
const only = opt("configs")?.split(",");
const CONFIGS = ALL_CONFIGS.filter((c) => c.name === "old" || !only || only.includes(c.name));
/** Models trained with one learned batch alone, and with all learned batches but one (--attribute). */
const attribute = args.includes("--attribute");
const trainWith = (u: ReadonlySet<string>) => ({
  report: trainReportModel(trainingSources(corpus, loadReports(), u)),
  talk: trainTalkModel(talkTrainingLines(corpus, u)),
  command: trainCommandModel(commandTrainingLines(corpus, loadLeaderCorpus(), u)),
});
const perBatch = attribute
  ? [...learn].map((b) => ({
      b,
      alone: trainWith(new Set([...COMMAND_UNTRAINED].filter((s) => s !== b))),
      without: trainWith(new Set([...untrained, b])),
    }))
  : [];

/** The numbers each model gave the line when last consulted (shipped → retrained). */
interface Seen {
  report?: [number, number];
  talk?: [number, number, string];
  command?: [string, string];
  talkText?: string;
  talkLeader?: boolean;
  commandText?: string;
}
const topMargin = (text: string, m: CommandModel) => {
  const [a, b] = rankClasses(text, m);
  return a && b ? `${a.cls}+${(a.logp - b.logp).toFixed(2)}>${b.cls}` : "-";
};

await withCorpusApp((app) => {
  const org = app.services.org;
  const bySplit = new Map<string, { n: number; right: number[]; stored: number[]; moves: string[] }>();
  for (const c of corpus) {
    const seen: Seen = {};
    const results = CONFIGS.map(({ name, swap }) => {
      const m = (w: Which) => (swap.includes(w) ? newM[w] : oldM[w]);
      // The shipped models at the shipped edges; every other column at the edges asked for.
      const [askBelow, margin, talkAt] = name === "old" ? [ASK_BELOW, GUESS_MARGIN, FLIP_AT] : [askAt, marginAt, flipAt];
      const doubt = (text: string) => {
        seen.report = [reportOdds(text, oldM.report), reportOdds(text, newM.report)];
        return doubtsReport(text, m("report"), askBelow);
      };
      const guess = (text: string, ctx: IntentContext) => {
        seen.command = [topMargin(text, oldM.command), topMargin(text, newM.command)];
        seen.commandText = text;
        return guessCommand(text, ctx, m("command"), margin);
      };
      const talk = (intent: Intent, text: string, leader: boolean) => {
        seen.talk = [
          talkOdds(text, leader, oldM.talk),
          talkOdds(text, leader, newM.talk),
          talkOpen(intent) ?? "-",
        ];
        seen.talkText = text;
        seen.talkLeader = leader;
        return talkFlip(intent, text, leader, m("talk"), talkAt);
      };
      const got = classifyCase(c, org, app.engine.commands, doubt, guess, talk);
      return {
        right: intentMatches(c.expect, got, c.context.awaiting, sectionsOf(c, org), org.sections),
        stored: got.kind === "report" && c.expect.intent !== "report",
      };
    });
    const s = bySplit.get(c.split) ?? { n: 0, right: CONFIGS.map(() => 0), stored: CONFIGS.map(() => 0), moves: [] };
    bySplit.set(c.split, s);
    s.n++;
    results.forEach((r, i) => {
      if (r.right) s.right[i]!++;
      if (r.stored) s.stored[i]!++;
    });
    const sealed = SEALED_SPLITS.has(c.split as never);
    results.forEach((r, i) => {
      if (i === 0 || r.right === results[0]!.right) return;
      const cfg = CONFIGS[i]!;
      const dir = r.right ? "wrong→right" : "right→wrong";
      const num =
        cfg.name === "R"
          ? `report ${seen.report?.map((x) => x.toFixed(2)).join(" → ")} (asks < ${askAt})`
          : cfg.name === "T"
            ? `talk[${seen.talk?.[2]}] ${seen.talk?.slice(0, 2).map((x) => Number(x).toFixed(2)).join(" → ")} (turns past ±${flipAt})`
            : cfg.name === "C"
              ? `command ${seen.command?.join(" → ")} (guesses at ${marginAt})`
              : "all three";
      s.moves.push(`  ${cfg.name} ${dir} ${num}${sealed ? "" : `  ${c.id} ${c.text}`}`);
      // Which learned batch moves the number: each alone on top of the shipped set, and all but it.
      const x = cfg.name === "T" ? seen.talk : cfg.name === "C" ? seen.command : undefined;
      if (!attribute || !x) return;
      const leader = org.people.find((p) => p.id === c.context.who)?.roles?.includes("leader") ?? false;
      const text = (cfg.name === "T" ? seen.talkText : seen.commandText) ?? "";
      const at = (m: typeof newM) =>
        cfg.name === "T" ? talkOdds(text, seen.talkLeader ?? leader, m.talk).toFixed(2) : topMargin(text, m.command);
      for (const p of perBatch) s.moves.push(`    ${p.b}: alone ${at(p.alone)}, all but it ${at(p.without)}`);
    });
  }
  console.log(`learn: ${[...learn].join(",")}  talk-at ${flipAt}  margin ${marginAt}  ask-below ${askAt}`);
  console.log(`columns: ${CONFIGS.map((c) => c.name).join(" / ")}`);
  const sum = CONFIGS.map(() => ({ sealedDrop: 0, openGain: 0, storedMore: 0 }));
  for (const [split, s] of bySplit) {
    const sealed = SEALED_SPLITS.has(split as never);
    s.right.forEach((r, i) => {
      const d = r - s.right[0]!;
      if (sealed && d < 0) sum[i]!.sealedDrop += -d;
      if (!sealed) sum[i]!.openGain += d;
      if (s.stored[i]! > s.stored[0]!) sum[i]!.storedMore += s.stored[i]! - s.stored[0]!;
    });
    if (s.right.every((r) => r === s.right[0]) && s.stored.every((x) => x === s.stored[0]) && s.moves.length === 0)
      continue;
    console.log(
      `${split}${sealed ? " (sealed)" : ""}: ${s.right.join(" / ")} of ${s.n}; stored ${s.stored.join(" / ")}`,
    );
    for (const m of s.moves) console.log(m);
  }
  CONFIGS.forEach((c, i) =>
    console.log(
      `${c.name}: sealed lines lost ${sum[i]!.sealedDrop}, open lines net ${sum[i]!.openGain}, stored more ${sum[i]!.storedMore}`,
    ),
  );
});
