import { figureKey } from "../../src/domain/figures.js";
import { normalizeText } from "../../src/domain/normalize.js";
import type { ClauseKind, FigureKind, ReportCase } from "./load-reports.js";

/**
 * How well an extraction matches the corpus labels.
 *
 * Clause kind: each labelled clause is matched to the predicted clause sharing the most
 * character bigrams with it (both normalised), and counts as right when their kinds agree; a
 * labelled clause that no predicted clause overlaps (a dropped clause) counts as wrong.
 * Figures: predicted and labelled figures are matched one to one by value and canonical unit
 * (1500名 = 1500人); precision and recall over all messages, plus how many matched figures also
 * have the labelled kind (achieved / target / problem).
 */

export interface Predicted {
  clauses: { text: string; kind: ClauseKind }[];
  figures: { value: number; unit: string; kind?: FigureKind; raw?: string }[];
}

export interface Score {
  messages: number;
  clauses: number;
  clausesRight: number;
  figuresLabelled: number;
  figuresPredicted: number;
  figuresMatched: number;
  figureKindRight: number;
  /** Per message, what went wrong (for the tune split's failure listing). */
  misses: { id: string; what: string }[];
}

export function bigrams(s: string): Map<string, number> {
  const t = normalizeText(s).replace(/[\s，,。；;：:！!？?、]/g, "");
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const b = t.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  if (t.length === 1) m.set(t, 1);
  return m;
}

export function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}

export function emptyScore(): Score {
  return {
    messages: 0,
    clauses: 0,
    clausesRight: 0,
    figuresLabelled: 0,
    figuresPredicted: 0,
    figuresMatched: 0,
    figureKindRight: 0,
    misses: [],
  };
}

/** Add one message's comparison to `s`. */
export function scoreCase(s: Score, c: ReportCase, p: Predicted): void {
  s.messages++;
  const predicted = p.clauses.map((x) => ({ kind: x.kind, grams: bigrams(x.text) }));
  for (const gold of c.clauses) {
    const g = bigrams(gold.text);
    let best: { kind: ClauseKind; n: number } | undefined;
    for (const x of predicted) {
      const n = overlap(g, x.grams);
      if (n > 0 && (!best || n > best.n)) best = { kind: x.kind, n };
    }
    s.clauses++;
    if (best?.kind === gold.kind) s.clausesRight++;
    else s.misses.push({ id: c.id, what: `clause ${gold.kind}→${best?.kind ?? "dropped"}: ${gold.text}` });
  }
  const open = p.figures.map((f) => ({ key: figureKey(f), kind: f.kind, raw: f.raw, used: false }));
  s.figuresLabelled += c.figures.length;
  s.figuresPredicted += p.figures.length;
  for (const gold of c.figures) {
    const key = figureKey(gold);
    const same = open.filter((o) => !o.used && o.key === key);
    const hit = same.find((o) => o.kind === gold.kind) ?? same[0];
    if (!hit) {
      s.misses.push({ id: c.id, what: `figure missed: ${gold.raw} (${key})` });
      continue;
    }
    hit.used = true;
    s.figuresMatched++;
    if (hit.kind === gold.kind) s.figureKindRight++;
    else s.misses.push({ id: c.id, what: `figure kind ${gold.kind}→${hit.kind}: ${gold.raw}` });
  }
  for (const o of open)
    if (!o.used) s.misses.push({ id: c.id, what: `figure extra: ${o.raw ?? ""} (${o.key})` });
}

export interface Rates {
  clauseAccuracy: number;
  figurePrecision: number;
  figureRecall: number;
  figureKindAccuracy: number;
}

export function rates(s: Score): Rates {
  const r = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    clauseAccuracy: r(s.clausesRight, s.clauses),
    figurePrecision: r(s.figuresMatched, s.figuresPredicted),
    figureRecall: r(s.figuresMatched, s.figuresLabelled),
    figureKindAccuracy: r(s.figureKindRight, s.figuresMatched),
  };
}

/** Score every case of a split with a synchronous or asynchronous extractor. */
export async function scoreSplit(
  cases: readonly ReportCase[],
  extract: (c: ReportCase) => Predicted | Promise<Predicted>,
): Promise<Score> {
  const s = emptyScore();
  for (const c of cases) scoreCase(s, c, await extract(c));
  return s;
}
