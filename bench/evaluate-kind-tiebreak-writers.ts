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
import { extractUpdate as todayRules } from "../src/domain/extract.js";
import { type KindExample, trainKindModel } from "../test/corpus/kind-model.js";
import { loadReports, type ReportCase } from "../test/corpus/load-reports.js";
import { OPEN_WRITERS } from "../tools/kind-misses.js";
import {
  clausesRight as right,
  type Extract,
  noSignPieces,
  pct,
  tieBreak as tieBreakOf,
} from "./lib/kind-tiebreak.js";

const THRESHOLDS = [0, 2, 4, 6, 8];
const FROM_DONE = process.argv.includes("--from-done");
/** `--with-tune`: the tuned part's no-sign pieces (today's rules) join every training set; 调参部分 is then not a fair check. */
const WITH_TUNE = process.argv.includes("--with-tune");
const tieBreak = (model: Parameters<typeof tieBreakOf>[0], margin: number) =>
  tieBreakOf(model, margin, FROM_DONE);
const repo = resolve(import.meta.dirname, "..");
const scratch = join(repo, ".tiebreak-writers");
const all = loadReports();

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
