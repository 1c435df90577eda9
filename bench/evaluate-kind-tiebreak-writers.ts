/**
 * The learned clause-kind tie-break (docs/extraction.md, 第五轮 and 第二十一轮) measured on the open blind
 * writers' report files (tools/kind-misses.ts): each writer's file is read by the rules of the commit that
 * added it (first sight, unpacked with `git archive`) and by today's rules; the pieces the rules find no
 * sign in (they follow the piece before) are the examples, with the rules' own choice among the features.
 * Leave one writer out: train on the other writers' pieces (first sight and today), score the writer's
 * file with its first-sight rules and with today's rules, each alone and with the tie-break, same run.
 * Then a tie-break trained on every writer, on today's rules' tuned and held-out parts. Aggregates only;
 * sealed files and 14- take no part.
 *   npx tsx bench/evaluate-kind-tiebreak-writers.ts [--from-done] [--with-tune]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ClauseKind } from "../src/domain/clause-kind.js";
import { extractUpdate as todayRules, type ExtractOptions } from "../src/domain/extract.js";
import { normalizeText } from "../src/domain/normalize.js";
import { parseOrg } from "../src/domain/org.js";
import { guessKind, type KindExample, type KindModel, trainKindModel } from "../test/corpus/kind-model.js";
import { loadReports, type ReportCase } from "../test/corpus/load-reports.js";
import { scoreSplit } from "../test/corpus/score-extraction.js";
import { OPEN_WRITERS } from "../tools/kind-misses.js";

const THRESHOLDS = [0, 2, 4, 6, 8];
const FROM_DONE = process.argv.includes("--from-done");
/** `--with-tune`: the tuned part's no-sign pieces (today's rules) join every training set; 调参部分 is then not a fair check. */
const WITH_TUNE = process.argv.includes("--with-tune");
type Extract = typeof todayRules;
const ORG = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const repo = resolve(import.meta.dirname, "..");
const scratch = join(repo, ".tiebreak-writers");
const all = loadReports();

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

function noSignPieces(extract: Extract, cases: readonly ReportCase[]): KindExample[] {
  const out: KindExample[] = [];
  for (const c of cases) {
    const guess: ExtractOptions["guess"] = (piece, prev, own) => {
      const kind = own === undefined ? goldOf(c, piece) : undefined;
      if (kind) out.push({ text: piece, prev, rule: prev ?? "done", kind });
      return undefined;
    };
    extract(c.text, ORG, { today: c.date, time: c.time, guess });
  }
  return out;
}

function tieBreak(model: KindModel, margin: number): NonNullable<ExtractOptions["guess"]> {
  return (piece, prev, own) => {
    if (own !== undefined) return undefined;
    const rule = prev ?? "done";
    if (FROM_DONE && rule !== "done") return undefined;
    const g = guessKind(model, piece, prev, rule);
    return g.kind !== rule && g.margin >= margin ? g.kind : undefined;
  };
}

async function right(extract: Extract, cases: readonly ReportCase[], guess?: ExtractOptions["guess"]) {
  const s = await scoreSplit(cases, (c) => {
    const ex = extract(c.text, ORG, { today: c.date, time: c.time, ...(guess ? { guess } : {}) });
    return { clauses: ex.clauses ?? [], figures: ex.figures };
  });
  return { right: s.clausesRight, of: s.clauses };
}

async function oldRules(commit: string): Promise<Extract> {
  const dir = join(scratch, commit);
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} src/domain src/errors.ts | tar -x -C "${dir}"`], {
    cwd: repo,
  });
  const file = join(dir, "src/domain/extract.ts");
  if (!existsSync(file)) throw new Error(`no extract.ts at ${commit}`);
  return ((await import(file)) as typeof import("../src/domain/extract.js")).extractUpdate;
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
try {
  const writers: { prefix: string; cases: ReportCase[]; first: Extract; pieces: KindExample[] }[] = [];
  for (const [prefix, commit] of OPEN_WRITERS) {
    const cases = all.filter((c) => c.id.startsWith(prefix) && c.split === "blind");
    if (cases.length === 0) continue;
    const first = await oldRules(commit);
    writers.push({
      prefix,
      cases,
      first,
      pieces: [...noSignPieces(first, cases), ...noSignPieces(todayRules, cases)],
    });
  }
  const tuned = WITH_TUNE
    ? noSignPieces(
        todayRules,
        all.filter((c) => c.split === "tune"),
      )
    : [];
  const sum = { first: [0, ...THRESHOLDS.map(() => 0)], today: [0, ...THRESHOLDS.map(() => 0)], n: 0 };
  console.log(
    `| 写手文件 | 分句 | 首次规则 | ${THRESHOLDS.map((t) => `+模型≥${t}`).join(" | ")} | 今天规则 | ${THRESHOLDS.map((t) => `+模型≥${t}`).join(" | ")} |`,
  );
  for (const w of writers) {
    const model = trainKindModel([...tuned, ...writers.filter((x) => x !== w).flatMap((x) => x.pieces)]);
    const cells: string[] = [];
    let n = 0;
    for (const [key, extract] of [
      ["first", w.first],
      ["today", todayRules],
    ] as const) {
      const base = await right(extract, w.cases);
      n = base.of;
      sum[key][0]! += base.right;
      cells.push(pct(base.right, base.of));
      for (const [j, t] of THRESHOLDS.entries()) {
        const s = await right(extract, w.cases, tieBreak(model, t));
        sum[key][j + 1]! += s.right;
        cells.push(pct(s.right, s.of));
      }
    }
    sum.n += n;
    console.log(`| \`${w.prefix}\` | ${n} | ${cells.join(" | ")} |`);
  }
  console.log(`| 合计 | ${sum.n} | ${[...sum.first, ...sum.today].map((r) => pct(r, sum.n)).join(" | ")} |`);

  const model = trainKindModel([...tuned, ...writers.flatMap((x) => x.pieces)]);
  console.log(
    `\n| 今天的规则，用全部写手训练 | 分句 | 只用规则 | ${THRESHOLDS.map((t) => `+模型≥${t}`).join(" | ")} |`,
  );
  for (const [name, cases] of [
    ["调参部分", all.filter((c) => c.split === "tune")],
    ["留出部分", all.filter((c) => c.split === "heldout")],
    ["自写检验批 `a0-` `a1-` `a4-`", all.filter((c) => /^a[014]-/.test(c.id))],
  ] as const) {
    const base = await right(todayRules, cases);
    const cells: string[] = [];
    for (const t of THRESHOLDS)
      cells.push(pct((await right(todayRules, cases, tieBreak(model, t))).right, base.of));
    console.log(`| ${name} | ${base.of} | ${pct(base.right, base.of)} | ${cells.join(" | ")} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
