/**
 * What both tie-break evaluations share (bench/evaluate-kind-tiebreak.ts by first-sight batch,
 * bench/evaluate-kind-tiebreak-writers.ts by blind writer): the pieces the rules find no sign in with their
 * labels, the learned guess as a tie-break there, and the clause score of a set of report cases.
 */
import type { ClauseKind } from "../../src/domain/clause-kind.js";
import type { extractUpdate, ExtractOptions } from "../../src/domain/extract.js";
import { normalizeText } from "../../src/domain/normalize.js";
import { parseOrg } from "../../src/domain/org.js";
import { guessKind, type KindExample, type KindModel } from "../../test/corpus/kind-model.js";
import type { ReportCase } from "../../test/corpus/load-reports.js";
import { scoreSplit } from "../../test/corpus/score-extraction.js";

export type Extract = typeof extractUpdate;

/** A one-section roster: clause kinds do not depend on sections. */
export const ONE_SECTION_ORG = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});

function grams(s: string): Map<string, number> {
  const t = normalizeText(s).replace(/[\s，,。；;：:！!？?、]/g, "");
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** The labelled kind of the clause a piece shares most character pairs with. */
function goldOf(c: ReportCase, piece: string): ClauseKind | undefined {
  const g = grams(piece);
  let best: { kind: ClauseKind; n: number } | undefined;
  for (const clause of c.clauses) {
    const h = grams(clause.text);
    let n = 0;
    for (const [k, v] of g) n += Math.min(v, h.get(k) ?? 0);
    if (n > 0 && (!best || n > best.n)) best = { kind: clause.kind, n };
  }
  return best?.kind;
}

/** The no-sign pieces of some cases as these rules read them, each with what the rules gave it and its label. */
export function noSignPieces(extract: Extract, cases: readonly ReportCase[]): KindExample[] {
  const out: KindExample[] = [];
  for (const c of cases) {
    const guess: ExtractOptions["guess"] = (piece, prev, own) => {
      const kind = own === undefined ? goldOf(c, piece) : undefined;
      if (kind) out.push({ text: piece, prev, rule: prev ?? "done", kind });
      return undefined;
    };
    extract(c.text, ONE_SECTION_ORG, { today: c.date, time: c.time, guess });
  }
  return out;
}

/**
 * Where the rules find no sign, the model's kind when it is `margin` surer of it than of the rules' own;
 * `fromDone`: only a piece that would follow work done may become a problem or a plan.
 */
export function tieBreak(
  model: KindModel,
  margin: number,
  fromDone: boolean,
): NonNullable<ExtractOptions["guess"]> {
  return (piece, prev, own) => {
    if (own !== undefined) return undefined;
    const rule = prev ?? "done";
    if (fromDone && rule !== "done") return undefined;
    const g = guessKind(model, piece, prev, rule);
    return g.kind !== rule && g.margin >= margin ? g.kind : undefined;
  };
}

/** Clauses right of clauses labelled, these rules (and tie-break, if any) on these cases. */
export async function clausesRight(
  extract: Extract,
  cases: readonly ReportCase[],
  guess?: ExtractOptions["guess"],
): Promise<{ right: number; of: number }> {
  const s = await scoreSplit(cases, (c) => {
    const ex = extract(c.text, ONE_SECTION_ORG, { today: c.date, time: c.time, ...(guess ? { guess } : {}) });
    return { clauses: ex.clauses ?? [], figures: ex.figures };
  });
  return { right: s.clausesRight, of: s.clauses };
}

export const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
