import { type CommandModel, guessCommand, HELP_MORE } from "../../src/conversation/command-guess.js";
import type { Intent, IntentContext } from "../../src/conversation/classify-intent.js";
import type { Command } from "../../src/conversation/types.js";
import type { Org } from "../../src/domain/org.js";
import { commandTrainingLines, trainCommandModel } from "./command-model.js";
import { batchOf } from "./report-gate-loo.js";
import type { LeaderCase } from "./score-leader.js";
import { classifyCase, type IntentCase, intentMatches } from "./score-intents.js";

/**
 * Leave-one-batch-out for the learned command guess (src/conversation/command-guess.ts): each
 * blind batch is scored with the rules alone and with rules + a guess trained on every other open
 * line (never on that batch, never on a sealed one), in the same run. Aggregates only.
 */
export interface GuessRow {
  batch: string;
  n: number;
  /** Right by the rules alone / with the guess (an asked-about turn is not right). */
  rulesRight: number;
  guessRight: number;
  /** Asked 「您是想…吗？」 about the labelled command / about another one. */
  askedRight: number;
  askedWrong: number;
  /** Read-only commands the guess ran: the labelled one / another. */
  ranRight: number;
  ranWrong: number;
  /** Right by the rules, made wrong by the guess. */
  spoiled: number;
  /** Commands run that the label does not ask for: by the rules alone / with the guess. */
  rulesWrongRun: number;
  guessWrongRun: number;
  /** Non-reports that would be stored: rules alone / with the guess. */
  rulesStored: number;
  guessStored: number;
}

/** The blind batches the table reports (each was written by someone who never read the rules). */
export const GUESS_BATCHES = ["blind", "blind5", "blind7", "blind8", "blind9", "blind11"] as const;

const emptyRow = (batch: string): GuessRow => ({
  batch,
  n: 0,
  rulesRight: 0,
  guessRight: 0,
  askedRight: 0,
  askedWrong: 0,
  ranRight: 0,
  ranWrong: 0,
  spoiled: 0,
  rulesWrongRun: 0,
  guessWrongRun: 0,
  rulesStored: 0,
  guessStored: 0,
});

const wrongRun = (c: IntentCase, got: Intent) =>
  got.kind === "command" &&
  !intentMatches(c.expect, got, c.context.awaiting) &&
  !(c.expect.intent === "command" && c.expect.command === got.command);

export function guessLeaveOneOut(
  corpus: readonly IntentCase[],
  leaders: readonly LeaderCase[],
  org: Org,
  commands: readonly Command[],
  margin: number,
  batches: readonly string[] = GUESS_BATCHES,
  helpMore = HELP_MORE,
): GuessRow[] {
  return guessLeaveOneOutByHelp(corpus, leaders, org, commands, margin, batches, [helpMore])[0]!;
}

/**
 * The same table for each of `helpMores` (what 帮助 needs beyond `margin`): one model trained per batch and the
 * rules read once per line, whatever the number of settings compared.
 */
export function guessLeaveOneOutByHelp(
  corpus: readonly IntentCase[],
  leaders: readonly LeaderCase[],
  org: Org,
  commands: readonly Command[],
  margin: number,
  batches: readonly string[],
  helpMores: readonly number[],
): GuessRow[][] {
  const tables = helpMores.map((): GuessRow[] => []);
  for (const batch of batches) {
    const model = modelTrainedWithout(corpus, leaders, batch);
    const cases = corpus.filter((x) => batchOf(x) === batch);
    // The guess alone: the talk second opinion (talk-odds.ts), consulted after it, is left out.
    const rules = new Map(cases.map((c) => [c, classifyCase(c, org, commands, undefined, null, null)]));
    helpMores.forEach((help, i) => {
      const guess: NonNullable<IntentContext["guess"]> = (text, ctx) =>
        guessCommand(text, ctx, model, margin, help);
      tables[i]!.push(
        scoreBatch(
          batch,
          cases,
          (c) => rules.get(c)!,
          (c) => classifyCase(c, org, commands, undefined, guess, null),
        ),
      );
    });
  }
  return tables;
}

/** A command model trained on every open line outside `batch`. */
function modelTrainedWithout(
  corpus: readonly IntentCase[],
  leaders: readonly LeaderCase[],
  batch: string,
): CommandModel {
  return trainCommandModel(
    commandTrainingLines(
      corpus.filter((c) => batchOf(c) !== batch),
      leaders,
    ),
  );
}

/** The guess as a model trained on every open line outside `batch` would make it. */
export function guessTrainedWithout(
  corpus: readonly IntentCase[],
  leaders: readonly LeaderCase[],
  batch: string,
  margin: number,
  helpMore = HELP_MORE,
): NonNullable<IntentContext["guess"]> {
  const model = modelTrainedWithout(corpus, leaders, batch);
  return (text, ctx) => guessCommand(text, ctx, model, margin, helpMore);
}

/** One batch's row: what the rules say of each line, and what they say with the guess. */
export function scoreBatch(
  batch: string,
  cases: readonly IntentCase[],
  rulesOf: (c: IntentCase) => Intent,
  guessedOf: (c: IntentCase) => Intent,
): GuessRow {
  const row = emptyRow(batch);
  for (const c of cases) {
    const rules = rulesOf(c);
    const got = guessedOf(c);
    const rulesOk = intentMatches(c.expect, rules, c.context.awaiting);
    const ok = intentMatches(c.expect, got, c.context.awaiting);
    row.n++;
    if (rulesOk) row.rulesRight++;
    if (ok) row.guessRight++;
    if (rulesOk && !ok) row.spoiled++;
    if (got.kind === "ask-command") {
      // On a card, a section answered and 科室 said of it move the same draft (score-intents.ts, b53-079, b57-040): asking
      // 「您是想更换科室吗？」 of 「这条应该算人才那块的」 (b16-005) asks the act the label names.
      const sectionOnCard =
        c.context.awaiting === "confirm" &&
        c.expect.intent === "answer" &&
        c.expect.answer === "section" &&
        got.guess.command === "科室";
      if ((c.expect.intent === "command" && c.expect.command === got.guess.command) || sectionOnCard)
        row.askedRight++;
      // A line labelled unclear is to be asked about in one line with nothing stored; 「您是想修改吗？」
      // on 「写错了 我重新报」 is such a question, so it is not counted as asking the wrong command.
      else if (c.expect.intent !== "unclear") row.askedWrong++;
    }
    if (got.kind === "command" && got.guessed) ok ? row.ranRight++ : row.ranWrong++;
    if (wrongRun(c, rules)) row.rulesWrongRun++;
    if (wrongRun(c, got)) row.guessWrongRun++;
    if (c.expect.intent !== "report" && rules.kind === "report") row.rulesStored++;
    if (c.expect.intent !== "report" && got.kind === "report") row.guessStored++;
  }
  return row;
}

/** Rows added up under one name. */
export function sumRows(batch: string, rows: readonly GuessRow[]): GuessRow {
  const total = { ...rows[0]!, batch };
  for (const k of Object.keys(total) as Array<keyof GuessRow>)
    if (k !== "batch") (total[k] as number) = rows.reduce((a, r) => a + (r[k] as number), 0);
  return total;
}
