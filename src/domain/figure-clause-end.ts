import { type FoundFigure, findStatedFigures } from "./figure-scan.js";
import type { Figure } from "./update.js";

/**
 * A bare 个 count that ends its clause where the writer typed straight on into the next one, with no
 * comma between (「党员到了二十六个还有仨在外地」「体检过了的二十来个视力不合格的老鼻子了」「收缴打火机40多个山里老人家上坟」):
 * whether it counts people is read as if the comma were there — the clause split (kind-turns.ts) found the
 * turn, so the words after it are the next clause, not the thing counted nor a step of those counted.
 * Only 个 ↔ 人 changes; the value, its words and everything else stay as first read.
 */
export function readAtClauseEnd(message: string, f: FoundFigure, clauseEnd: number): Figure {
  if (f.end !== clauseEnd || !/个$/.test(f.figure.raw) || !/^(?:个|人)$/.test(f.figure.unit)) return f.figure;
  const next = message.slice(f.end);
  if (!/^[\u4e00-\u9fff]/.test(next)) return f.figure;
  const again = findStatedFigures(`${message.slice(0, f.end)}，${next}`).find((g) => g.start === f.start);
  if (!again || again.figure.value !== f.figure.value || !/^(?:个|人)$/.test(again.figure.unit))
    return f.figure;
  return again.figure.unit === f.figure.unit ? f.figure : { ...f.figure, unit: again.figure.unit };
}
