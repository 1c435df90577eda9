import { type FoundFigure, findStatedFigures } from "./figure-scan.js";

/**
 * A number that ends its clause where the writer typed straight on into the next one, with no comma
 * between (「党员到了二十六个还有仨在外地」「头一个月卖了12万村里年轻人少」「每户补八百有二十来户改完了不用」):
 * what it counts is read as if the comma were there — the clause split (kind-turns.ts) found the turn, so
 * the words after it are the next clause, not the thing counted, its unit, nor a step of those counted.
 * The figure read across the cut is kept when it runs past it (12万斤: the cut is in a word, not between
 * clauses). Grounding (extraction-schema.ts) reads the same cut, so such a figure is the message's own.
 */

/** Whether `at` is a cut between clauses typed with nothing between them, right after a number. */
function gluedCut(message: string, at: number): boolean {
  return (
    /^[\u4e00-\u9fff\d]/.test(message.slice(at)) &&
    /[\d一二两三四五六七八九十百千万亿个多来几余俩仨]$/.test(message.slice(0, at))
  );
}

/** The figures read up to the cut `at`, as if a comma followed it, that end there; none if it is no glued cut. */
export function figuresAtCut(message: string, at: number, whole?: FoundFigure[]): FoundFigure[] {
  if (at <= 0 || !gluedCut(message, at)) return [];
  const across = whole ?? findStatedFigures(message);
  // A number before 月、号、点 is a date or a time the cut would break (盯紧11月底前), and a bare number
  // with no unit is no reading of what it counts.
  if (/^(?:[月日号时点年]|个?(?:月|小时|钟头))/.test(message.slice(at))) return [];
  return findStatedFigures(`${message.slice(0, at)}，`).filter(
    (f) => f.end === at && f.figure.unit !== "" && !across.some((g) => g.start < at && g.end > at),
  );
}

/**
 * The figures `found` in `message` that lie in [from, to), with the one ending at `to` read as if a comma
 * followed it (added when only the cut reading finds it).
 */
export function readAtClauseEnd(
  message: string,
  found: FoundFigure[],
  from: number,
  to: number,
): FoundFigure[] {
  const inside = found.filter((f) => f.start >= from && f.end <= to);
  const cut = figuresAtCut(message, to, found).filter((f) => f.start >= from);
  if (cut.length === 0) return inside;
  const out = inside.filter(
    (f) => !cut.some((c) => c.start === f.start || (f.start < c.end && f.end > c.start)),
  );
  return [...out, ...cut].sort((a, b) => a.start - b.start);
}
