import { readAtClauseEnd } from "./figure-clause-end.js";
import { topicFromMessage } from "./figure-label-topic.js";
import { type FoundFigure, findStatedFigures } from "./figures.js";

/**
 * A clause's figures read where the clause stands in the message, so what was said before it
 * counts: 「征收410万元，比去年少了60多万」 (money), 「新招了12个毕业生 有3个还没到岗」 (people).
 * `at` is the clause's place in the message (-1: not found, read on its own); `message`, when given, is
 * the text `found` was read in: a number ending the clause is read as if a comma followed it
 * (figure-clause-end.ts).
 */
export function figuresInPlace(
  found: FoundFigure[],
  clause: string,
  at: number,
  labelled = clause,
  message?: string,
) {
  const own = findStatedFigures(labelled);
  if (at < 0) return own.map((f) => f.figure);
  // What it counts is read in the message; its label, from the clause's own words (a voice run's with
  // the commas of its turns: the same figures in the same order).
  let next = 0;
  const ownOf = (f: FoundFigure) => {
    if (labelled === clause) return own.find((o) => o.start + at === f.start);
    const i = own.findIndex((o, j) => j >= next && o.figure.raw === f.figure.raw);
    if (i >= 0) next = i + 1;
    return own[i];
  };
  const mineIn =
    message === undefined
      ? found.filter((f) => f.start >= at && f.end <= at + clause.length)
      : readAtClauseEnd(message, found, at, at + clause.length);
  return mineIn.map((f) => {
    const mine = ownOf(f)?.figure;
    if (!mine) return f.figure;
    const { counted, ...rest } = f.figure;
    // A topic said in a clause of its own before this one reaches the label through the message (figure-label-topic.ts).
    const context = topicFromMessage(mine.context, f.figure.context);
    return { ...rest, context, ...(mine.counted ? { counted: mine.counted } : {}) };
  });
}
