import type { Intent } from "../../src/conversation/classify-intent.js";
import {
  QUESTION_MORE,
  type TalkModel,
  talkFlip,
  talkOdds,
  talkOpen,
} from "../../src/conversation/talk-odds.js";
import type { Command } from "../../src/conversation/types.js";
import { findPerson, isLeader, type Org } from "../../src/domain/org.js";
import { loadFirstSight } from "./first-sight.js";
import { batchOf } from "./report-gate-loo.js";
import {
  classifyCase,
  type IntentCase,
  intentMatches,
  sectionsOf,
  UNTRAINED_SPLITS,
} from "./score-intents.js";
import { talkTrainingLines, trainTalkModel } from "./talk-model.js";

/**
 * Where the talk model's edges (FLIP_AT, LEADER_MORE in talk-odds.ts) should sit, by leave-one-batch-out over the
 * open batches only: each open batch is scored by a model trained without it (and without any sealed or held-out
 * batch), once on today's rules and, where a first-sight record exists, on the rules as they were then. For every
 * line the model may turn over it keeps the held-out odds and whether the line is right as the rules read it and
 * right turned over; `edgeTally` then counts, for any pair of edges, the lines each would fix and spoil. No sealed
 * line is read: sealed splits are never among the batches and never trained on.
 */
export interface EdgeLine {
  batch: string;
  /** Which rules' answer the model may turn: unclear into talk, talk or a bare question into an ask. */
  side: "unclear" | "smalltalk" | "question";
  leader: boolean;
  /** Held-out log-odds (positive: unclear). */
  odds: number;
  /** Right as the rules read it / right turned over. */
  right: boolean;
  rightTurned: boolean;
  /** On the rules at first sight (else today's). */
  first: boolean;
}

/** A model leaning nowhere: talkFlip at edge −∞ turns over every line its guards let through. */
const ANY: TalkModel = { prior: 0, weights: {} };

export function openBatches(corpus: readonly IntentCase[]): string[] {
  return [...new Set(corpus.filter((c) => !UNTRAINED_SPLITS.has(c.split)).map(batchOf))];
}

export function talkEdgeLines(
  corpus: readonly IntentCase[],
  org: Org,
  commands: readonly Command[],
  batches: readonly string[] = openBatches(corpus),
): EdgeLine[] {
  const recorded = new Map(loadFirstSight().map((r) => [r.id, r.got as Intent]));
  const out: EdgeLine[] = [];
  for (const batch of batches) {
    const lines = corpus.filter((c) => batchOf(c) === batch && !UNTRAINED_SPLITS.has(c.split));
    if (lines.length === 0) continue;
    const model = trainTalkModel(talkTrainingLines(corpus.filter((c) => batchOf(c) !== batch)));
    for (const c of lines) {
      const ok = (got: Intent) =>
        intentMatches(c.expect, got, c.context.awaiting, sectionsOf(c, org), org.sections);
      const push = (intent: Intent, text: string, leader: boolean, first: boolean) => {
        const side = talkOpen(intent);
        const turned = talkFlip(intent, text, leader, ANY, Number.NEGATIVE_INFINITY);
        if (!side || turned === intent) return;
        const odds = talkOdds(text, leader, model);
        out.push({ batch, side, leader, odds, right: ok(intent), rightTurned: ok(turned), first });
      };
      const leader = isLeader(findPerson(org, c.context.who)!);
      const first = recorded.get(c.id);
      const consulted = c.context.awaiting === "nothing" || c.context.awaiting === "confirm";
      if (first && consulted) push(first, c.text, leader, true);
      // Today's rules: the classifier hands its last reading to the model (talk is consulted once, at the end).
      let seen: [Intent, string, boolean] | undefined;
      classifyCase(c, org, commands, undefined, undefined, (i, text, l) => {
        seen = [i, text, l];
        return i;
      });
      if (seen) push(seen[0], seen[1], seen[2], false);
    }
  }
  return out;
}

/** Whether edges (at, leaderMore) turn the line over (talkFlip's comparison, the guards already applied). */
export function turnsAt(l: EdgeLine, at: number, leaderMore: number): boolean {
  if (l.side === "unclear") return l.odds < -at;
  const toAsk = at + (l.leader ? leaderMore : 0);
  return l.odds > (l.side === "question" ? toAsk + QUESTION_MORE : toAsk);
}

export interface EdgeTally {
  at: number;
  leaderMore: number;
  firstFixed: number;
  firstSpoiled: number;
  nowFixed: number;
  nowSpoiled: number;
  /** Of the above, leaders' lines. */
  leaderFixed: number;
  leaderSpoiled: number;
}

export function edgeTally(lines: readonly EdgeLine[], at: number, leaderMore: number): EdgeTally {
  const t: EdgeTally = {
    at,
    leaderMore,
    firstFixed: 0,
    firstSpoiled: 0,
    nowFixed: 0,
    nowSpoiled: 0,
    leaderFixed: 0,
    leaderSpoiled: 0,
  };
  for (const l of lines) {
    if (!turnsAt(l, at, leaderMore) || l.right === l.rightTurned) continue;
    const k = l.first ? "first" : "now";
    if (l.rightTurned) t[`${k}Fixed`]++;
    else t[`${k}Spoiled`]++;
    if (l.leader) l.rightTurned ? t.leaderFixed++ : t.leaderSpoiled++;
  }
  return t;
}

/** The candidate edges: FLIP_AT 8–16 by halves, a leader's extra 0–6 by halves. */
export const EDGE_GRID: ReadonlyArray<[number, number]> = Array.from(
  { length: 17 },
  (_, i) => 8 + i / 2,
).flatMap((at) => Array.from({ length: 13 }, (_, j): [number, number] => [at, j / 2]));

/** What a pair of edges is worth: lines fixed less twice the lines spoiled, at first sight and today together. */
export const edgeWorth = (t: EdgeTally): number =>
  t.firstFixed + t.nowFixed - 2 * (t.firstSpoiled + t.nowSpoiled);

/**
 * The edges to ship: the candidate worth most (a right reading turned wrong counts twice a wrong one put right —
 * the person is asked 「您说的是哪件事？」 about what was plain, or answered with talk when they wanted something).
 * Of equal worth: the one that spoils fewer lines, then the one that gains more at first sight, then the lower edges
 * (a plateau of equal counts is left at its low end, not wherever the grid happens to stop).
 */
export function chooseEdges(lines: readonly EdgeLine[], grid = EDGE_GRID): EdgeTally {
  const key = (t: EdgeTally) => [
    edgeWorth(t),
    -(t.firstSpoiled + t.nowSpoiled),
    t.firstFixed - t.firstSpoiled,
    -t.at,
    -t.leaderMore,
  ];
  return grid
    .map(([a, l]) => edgeTally(lines, a, l))
    .reduce((best, t) => {
      const [a, b] = [key(t), key(best)];
      const i = a.findIndex((x, k) => x !== b[k]);
      return i >= 0 && a[i]! > b[i]! ? t : best;
    });
}
